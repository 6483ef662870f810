"""Storage models: the schema's shared field bases with ``table=True``.

Enumerations are stored as their plain string values (``"METHOD"``, ``"score"``) so
SQL users can filter on what the JSON export shows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, Integer, String, TypeDecorator, UniqueConstraint
from sqlmodel import Field, SQLModel

from schema.models import ClaimFields, MentionFields, PaperFields, RejectFields

#: Bumped whenever a table or column changes; see ``kb.store.migrations``.
SCHEMA_VERSION = 1


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class RunRow(SQLModel, table=True):
    """One ``kb ingest``/``kb build`` invocation: the PROV-O activity facts came from."""

    __tablename__ = "run"
    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    command: str
    kb_version: str
    pipeline: str
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    papers_read: int = 0
    papers_new: int = 0
    rejects: int = 0


class PaperRow(PaperFields, table=True):
    __tablename__ = "paper"
    id: str = Field(primary_key=True)
    #: JSON list of affiliation strings, as the page gives them
    affiliations: str = "[]"
    source_path: str
    source_line: int
    source_format: str
    #: hash of title + abstract: a changed record is re-extracted, an unchanged one skipped
    content_hash: str
    run_id: int | None = Field(default=None, foreign_key="run.id")

    __table_args__ = (
        Index("ix_paper_year", "year"),
        Index("ix_paper_doi", "doi"),
        Index("ix_paper_arxiv_id", "arxiv_id"),
    )


class PaperSourceRow(SQLModel, table=True):
    """Every place a paper was read from; a merged paper has several."""

    __tablename__ = "paper_source"
    paper_id: str = Field(foreign_key="paper.id", primary_key=True, ondelete="CASCADE")
    path: str = Field(primary_key=True)
    line: int = Field(primary_key=True)
    format: str


class AuthorRow(SQLModel, table=True):
    __tablename__ = "author"
    id: str = Field(primary_key=True)
    name: str = Field(index=True)


class PaperAuthorRow(SQLModel, table=True):
    __tablename__ = "paper_author"
    paper_id: str = Field(foreign_key="paper.id", primary_key=True, ondelete="CASCADE")
    position: int = Field(primary_key=True)
    author_id: str = Field(foreign_key="author.id", index=True)
    affiliation: str | None = None


class EntityRow(SQLModel, table=True):
    """A canonical entity shared across papers; its id depends on type and name only."""

    __tablename__ = "entity"
    id: str = Field(primary_key=True)
    type: str = Field(index=True)
    name: str = Field(index=True)


class MentionRow(MentionFields, table=True):
    __tablename__ = "mention"
    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    paper_id: str = Field(foreign_key="paper.id", ondelete="CASCADE")
    entity_id: str = Field(foreign_key="entity.id")
    field: str  # type: ignore[assignment]
    run_id: int | None = Field(default=None, foreign_key="run.id")

    __table_args__ = (
        Index("ix_mention_paper", "paper_id"),
        Index("ix_mention_entity", "entity_id", "paper_id"),
    )


class ClaimRow(ClaimFields, table=True):
    __tablename__ = "claim"
    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    paper_id: str = Field(foreign_key="paper.id", ondelete="CASCADE")
    kind: str  # type: ignore[assignment]
    unit: str | None = None  # type: ignore[assignment]
    method_id: str | None = Field(default=None, foreign_key="entity.id")
    dataset_id: str | None = Field(default=None, foreign_key="entity.id")
    metric_id: str | None = Field(default=None, foreign_key="entity.id")
    run_id: int | None = Field(default=None, foreign_key="run.id")

    __table_args__ = (
        Index("ix_claim_paper", "paper_id"),
        Index("ix_claim_dataset", "dataset_id"),
        Index("ix_claim_method", "method_id"),
        Index("ix_claim_metric", "metric_id"),
        Index("ix_claim_kind", "kind"),
    )


class RejectRow(RejectFields, table=True):
    __tablename__ = "reject"
    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    run_id: int | None = Field(default=None, foreign_key="run.id")

    # The same bad line read again is one reject, not two.
    __table_args__ = (UniqueConstraint("path", "line", "reason", name="uq_reject"),)


def _binary_collation_on_postgresql() -> None:
    """Compare and sort text by code point on PostgreSQL, as SQLite (and Python) do.

    Exports page through papers in id order and list sources by path; under a server's
    linguistic collation (``en_US``, ICU) ``ORDER BY`` and ``id > :last`` would order
    ``a_b`` and ``ab`` differently from SQLite, and the same input would give a different
    export. ``COLLATE "C"`` on every text column makes both databases agree, whatever
    locale the server was created with; SQLite's DDL is unchanged.
    """
    tables = (Meta, RunRow, PaperRow, PaperSourceRow, AuthorRow, PaperAuthorRow, EntityRow, MentionRow, ClaimRow,
              RejectRow)
    for model in tables:
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            # SQLModel's str columns are AutoString, a decorator around String
            text = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
            if isinstance(text, String) and text.collation is None:
                column.type = column.type.with_variant(String(text.length, collation="C"), "postgresql")


_binary_collation_on_postgresql()
