"""Stable identifiers.

A paper's id is derived from the strongest identifier it carries, normalised so that
the same paper read from two sources gets the same id:

>>> paper_id(doi="https://doi.org/10.18653/V1/2023.emnlp-main.1") == paper_id(doi="10.18653/v1/2023.EMNLP-main.1")
True
>>> paper_id(arxiv_id="arXiv:2106.09685v2") == paper_id(url="https://arxiv.org/abs/2106.09685")
True
>>> paper_id(title="A  Title", abstract="Text.") == paper_id(title="a title", abstract="text")
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/(?P<id>[^?#]+?)(?:\.pdf)?/?(?:[?#].*)?$", re.I)
_ARXIV_VERSION = re.compile(r"v\d+$")
_NON_WORD = re.compile(r"[\W_]+", re.U)


def normalise_doi(doi: str) -> str:
    return _DOI_PREFIX.sub("", doi.strip()).strip().lower()


def normalise_arxiv_id(arxiv_id: str) -> str:
    value = arxiv_id.strip()
    match = _ARXIV_URL.search(value)
    if match:
        value = match.group("id")
    value = re.sub(r"^arxiv:\s*", "", value, flags=re.I)
    return _ARXIV_VERSION.sub("", value).lower()


def normalise_url(url: str) -> str:
    value = url.strip()
    value = re.sub(r"^https?://(www\.)?", "", value, flags=re.I)
    host, _, rest = value.partition("/")
    return (host.lower() + ("/" + rest if rest else "")).rstrip("/")


def normalise_text(text: str) -> str:
    """Case-, accent-, punctuation- and whitespace-insensitive form used for hashing."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def paper_key(
    *,
    doi: str | None = None,
    arxiv_id: str | None = None,
    url: str | None = None,
    title: str = "",
    abstract: str = "",
) -> str:
    """The normalised identity string a paper id is hashed from."""
    if doi and normalise_doi(doi):
        return "doi:" + normalise_doi(doi)
    if arxiv_id and normalise_arxiv_id(arxiv_id):
        return "arxiv:" + normalise_arxiv_id(arxiv_id)
    if url:
        if _ARXIV_URL.search(url):
            return "arxiv:" + normalise_arxiv_id(url)
        if normalise_url(url):
            return "url:" + normalise_url(url)
    return "text:" + normalise_text(title) + "\n" + normalise_text(abstract)


def short_hash(value: str, length: int = 16) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:length]


def paper_id(**kwargs: str | None) -> str:
    return short_hash(paper_key(**kwargs))  # type: ignore[arg-type]


def entity_id(entity_type: str, canonical_name: str) -> str:
    """Entities are shared across papers: the id depends on type and canonical name only."""
    return short_hash(entity_type + "\n" + normalise_text(canonical_name))
