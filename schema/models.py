"""Typed records of the knowledge base.

These pydantic models are the single definition of every field: readers produce
:class:`Paper` and :class:`Reject`, the extraction pipeline produces :class:`Entity`,
:class:`Mention` and :class:`Claim`, and the store's table models (``kb.store.tables``)
reuse the shared bases below rather than restating the fields.

>>> p = Paper(title="Attention Is All You Need", abstract="We propose the Transformer.",
...           authors=[Author(name="Ashish Vaswani")], year=2017,
...           source=Provenance(path="x.jsonl", line=1, format="jsonl"))
>>> p.id == Paper.model_validate(p.model_dump()).id
True
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator, model_validator
from sqlmodel import Field, SQLModel

from schema.ids import paper_id

MIN_YEAR, MAX_YEAR = 1900, 2100
#: Longer fields are refused, not cut: a 100k-character "abstract" is a parsing accident
#: (a whole file read as one record), and extracting from it would mislead.
MAX_TITLE_CHARS, MAX_ABSTRACT_CHARS = 2_000, 100_000


class EntityType(str, Enum):
    METHOD = "METHOD"
    DATASET = "DATASET"
    METRIC = "METRIC"
    TASK = "TASK"


class ClaimKind(str, Enum):
    SCORE = "score"
    IMPROVEMENT = "improvement"
    REDUCTION = "reduction"
    COMPARISON = "comparison"
    SOTA = "sota"


class Unit(str, Enum):
    PERCENT = "%"
    POINTS = "points"
    TIMES = "x"


class TextField(str, Enum):
    TITLE = "title"
    ABSTRACT = "abstract"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class _Fields(SQLModel):
    """Base of the field sets shared with the store's ``table=True`` models."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)  # type: ignore[assignment]


class Provenance(_Model):
    """Where a record was read: file path (or ``-`` for stdin), 1-based line, format name."""

    path: str
    line: int = Field(ge=0)
    format: str


class Author(_Model):
    name: str = Field(min_length=1)
    affiliation: str | None = None

    @field_validator("name")
    @classmethod
    def _strip_name(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("author name is empty")
        return value


class PaperFields(_Fields):
    """Bibliographic fields shared by the pydantic record and the ``paper`` table."""

    #: null only when the source gives no title (a page of bare abstracts)
    title: str | None = Field(default=None, max_length=MAX_TITLE_CHARS)
    abstract: str = Field(min_length=1, max_length=MAX_ABSTRACT_CHARS)
    venue: str | None = None
    year: int | None = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)
    date: dt.date | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    category: str | None = None
    has_code: bool | None = None
    upvotes: int | None = Field(default=None, ge=0)
    doi: str | None = None
    arxiv_id: str | None = None
    url: str | None = None


class Paper(PaperFields):
    """One paper record as read from an input file.

    ``id`` is derived (see :func:`schema.ids.paper_id`) unless given. ``date`` is a full
    date only when the source gives year, month and day; a partial date without a year
    keeps ``month``/``day`` with ``year`` and ``date`` null.
    """

    id: str = ""
    authors: list[Author] = Field(default_factory=list)
    affiliations: list[str] = Field(default_factory=list)
    source: Provenance

    @field_validator("title", "abstract")
    @classmethod
    def _not_blank(cls, value: str | None, info: Any) -> str | None:
        if value is not None and not value.strip():
            raise ValueError(f"{info.field_name} is empty")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Paper:
        if self.date is not None:
            if self.year is None:
                self.year = self.date.year
            elif self.year != self.date.year:
                raise ValueError(f"date {self.date} disagrees with year {self.year}")
            self.month = self.month or self.date.month
            self.day = self.day or self.date.day
        if self.month is not None and self.day is not None:
            try:
                # 2000 is a leap year: "Feb 29" without a year is a valid partial date.
                full = dt.date(self.year or 2000, self.month, self.day)
            except ValueError as exc:
                raise ValueError(f"date: {exc}") from None
            if self.year is not None:
                self.date = full
        if not self.id:
            self.id = paper_id(
                doi=self.doi, arxiv_id=self.arxiv_id, url=self.url,
                title=self.title or "", abstract=self.abstract,
            )
        return self


class MentionFields(_Fields):
    """One surface form of an entity; ``text == paper[field][start:end]``."""

    text: str
    field: TextField
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    confidence: float = Field(ge=0.0, le=1.0)
    extractor: str


class Mention(MentionFields):

    @model_validator(mode="after")
    def _ordered(self) -> Mention:
        if self.end <= self.start:
            raise ValueError(f"end {self.end} must be after start {self.start}")
        return self


class Entity(_Model):
    """A canonical entity as it occurs in one paper, with all its mentions there."""

    id: str = ""
    type: EntityType
    name: str = Field(min_length=1)
    mentions: list[Mention] = Field(default_factory=list)


class ClaimFields(_Fields):
    """One claimed outcome; ``text`` is the evidence sentence, offsets into the abstract."""

    kind: ClaimKind
    method: str | None = None
    dataset: str | None = None
    metric: str | None = None
    value: float | None = None
    unit: Unit | None = None
    baseline: str | None = None
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    confidence: float = Field(ge=0.0, le=1.0)
    extractor: str = "claims"


class Claim(ClaimFields):
    pass


class RejectFields(_Fields):
    """A record that could not be read; stored and reported, never dropped."""

    path: str
    line: int = Field(ge=0)
    reason: str
    excerpt: str = ""
    format: str | None = None



class Reject(RejectFields):
    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


class Extraction(_Model):
    """What the pipeline found in one paper."""

    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
