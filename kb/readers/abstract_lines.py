"""Pages of bare abstracts, one paper per line: ``Abstract:<text>``.

The page gives an abstract and nothing else: no title, authors, venue or date. Those
fields stay empty, except the title, which a paper must have. Rather than invent one,
the reader takes it from the abstract by a fixed, documented rule:

    **title = the abstract's first sentence, without its closing full stop, cut at a
    word boundary to at most 120 characters with "…" appended when cut.**

So the title is always a verbatim prefix of the abstract (plus "…" if shortened): no
word in it comes from anywhere else, it is the same every time the line is read, and
the paper id (hashed from title and abstract) is stable. It is a label, not the
paper's real title; records of this format are recognisable by their provenance
(``source.format == "abstract_lines"``).

A sentence ends at ".", "!" or "?" followed by a space and a capital letter, digit or
opening bracket, unless the word before the stop is a common abbreviation ("e.g.",
"et al.", "Fig."...). Blank lines are skipped; a line that does not start with
"Abstract:" and an "Abstract:" line with no text are rejected.

>>> derive_title("We present X. It is fast.")
'We present X'
>>> derive_title("Models (e.g. BERT) are big. They cost a lot.")
'Models (e.g. BERT) are big'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.readers.base import RawRecord, Source, reject
from kb.readers.pagetext import head_lines, looks_structured
from schema.models import Reject

NAME = "abstract_lines"
PREFIX = "Abstract:"
MAX_TITLE_CHARS = 120
ELLIPSIS = "…"

_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9(\[\"'“])")
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "al", "etc", "vs", "cf", "fig", "figs", "eq", "eqs", "sec", "no", "approx", "resp"}
)


def _first_sentence(text: str) -> str:
    for match in _SENTENCE_END.finditer(text):
        words = text[: match.start()].split()
        last_word = words[-1].lstrip("([").casefold() if words else ""
        if last_word in _ABBREVIATIONS:
            continue  # "e.g. BERT", "et al. (2020)"
        stop = match.start() if text[match.start()] == "." else match.end()
        return text[:stop]
    return text.rstrip().removesuffix(".")


def derive_title(abstract: str) -> str:
    """The title used for an abstract-only record; see the module docstring for the rule.

    >>> t = derive_title("word " * 40)
    >>> len(t) <= 121 and t.endswith("…")
    True
    """
    sentence = _first_sentence(abstract.strip())
    if len(sentence) <= MAX_TITLE_CHARS:
        return sentence
    cut = sentence[:MAX_TITLE_CHARS]
    if sentence[MAX_TITLE_CHARS] != " " and " " in cut:  # do not end inside a word
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + ELLIPSIS


class AbstractLinesReader:
    """Reads ``Abstract:`` lines; see the module docstring for the title rule."""

    name = NAME

    def sniff(self, head: str, path: str) -> float:
        if looks_structured(head):
            return 0.0
        lines = head_lines(head, limit=50)
        if not lines or not lines[0].startswith(PREFIX):
            return 0.0
        share = sum(line.startswith(PREFIX) for line in lines) / len(lines)
        return 0.5 + 0.45 * share

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        for number, line in source.lines():
            text = line.strip()
            if not text:
                continue
            if not text.startswith(PREFIX):
                yield reject(source, number, f"line does not start with {PREFIX!r}", text, NAME)
                continue
            abstract = text[len(PREFIX):].strip()
            if not abstract:
                yield reject(source, number, f"{PREFIX!r} line with no abstract text", text, NAME)
                continue
            yield RawRecord(number, {"title": derive_title(abstract), "abstract": abstract})


READER = AbstractLinesReader()
