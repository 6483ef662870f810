"""Persistence: SQLModel tables and the batched-write store."""

from kb.store.store import Store, content_hash, database_url
from kb.store.tables import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "content_hash", "database_url"]
