"""Field mapping shared by the structured readers (JSON, CSV, BibTeX, arXiv, OpenAlex, S2).

Every structured format ends up as a dict of :class:`schema.models.Paper` fields. The
conversions that are the same everywhere live here, once: key aliases, author strings
(``"A and B"``, ``"A, B"``, ``"Last, First"``), dates in their many spellings, DOIs,
arXiv ids and LaTeX markup. A helper raises :class:`kb.errors.RecordError` with a
message that starts with the field name; :func:`to_raw` turns it into a Reject, so one
bad record never stops a run.

>>> split_author_string("Ada Lovelace, Alan Turing and Grace Hopper")
['Ada Lovelace', 'Alan Turing', 'Grace Hopper']
>>> split_author_string("Lovelace, Ada and Turing, Alan")
['Ada Lovelace', 'Alan Turing']
>>> parse_date("2021-03")
{'year': 2021, 'month': 3, 'day': None, 'date': None}
>>> latex_to_text(r"{\\\"U}ber {BERT} \\& M{\\'e}thodes")
'Über BERT & Méthodes'
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from kb.errors import RecordError
from kb.readers.base import RawRecord, Source, reject
from schema.models import Reject

# --------------------------------------------------------------------------- keys

#: Paper field -> accepted source keys (normalised by :func:`norm_key`), best first.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "paper_title", "display_name"),
    "abstract": ("abstract", "summary", "abstract_text", "paper_abstract"),
    "authors": ("authors", "author", "author_names", "creators", "authors_list"),
    "venue": ("venue", "journal", "booktitle", "conference", "container_title",
              "publication_venue", "journal_ref"),
    "year": ("year", "publication_year", "pub_year"),
    "month": ("month",),
    "day": ("day",),
    "date": ("date", "publication_date", "published", "pub_date", "published_date",
             "release_date"),
    "doi": ("doi",),
    "arxiv_id": ("arxiv_id", "arxiv", "eprint", "arxiv_identifier"),
    "url": ("url", "link", "abs_url", "landing_page_url", "paper_url"),
    "category": ("category", "primary_category", "categories", "subject", "subjects"),
    "has_code": ("has_code", "code_available"),
    "upvotes": ("upvotes", "votes", "likes"),
    "affiliations": ("affiliations", "affiliation", "institutions"),
}
#: Every key a generic record may use; sniffers count these to tell paper records apart.
KNOWN_KEYS: frozenset[str] = frozenset(k for keys in ALIASES.values() for k in keys) | {"id"}

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def norm_key(key: str) -> str:
    """``"Publication Date"``, ``"publicationDate"`` and ``"publication-date"`` are one key."""
    return _NON_ALNUM.sub("_", _CAMEL.sub("_", key.strip()).lower()).strip("_")


def known_key_count(keys: Iterable[str]) -> int:
    return len({norm_key(k) for k in keys} & KNOWN_KEYS)


def has_paper_keys(keys: Iterable[str]) -> bool:
    """A header or object that names a title or abstract and one more known field."""
    normed = {norm_key(k) for k in keys}
    core = normed & (set(ALIASES["title"]) | set(ALIASES["abstract"]))
    return bool(core) and len(normed & KNOWN_KEYS) >= 2


# --------------------------------------------------------------------------- text

_WS = re.compile(r"\s+")


def clean_text(value: Any, field: str) -> str | None:
    """One line of text with single spaces; numbers become text, containers are an error."""
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, (list, dict)):
        raise RecordError(f"{field}: expected text, got {type(value).__name__}")
    text = _WS.sub(" ", str(value)).strip()
    return text or None


def first_text(value: Any, field: str) -> str | None:
    """A category list (``["cs.CL", "cs.LG"]``) or string (``"cs.CL cs.LG"``) -> its first item."""
    if isinstance(value, list):
        value = next((v for v in value if v not in (None, "")), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("display_name") or value.get("term")
    text = clean_text(value, field)
    if text and field == "category" and re.fullmatch(r"[\w.\-]+(?: [\w.\-]+)+", text) and "." in text:
        text = text.split()[0]  # arXiv style "cs.CL cs.LG"
    return text


_ACCENTS = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303",
    "=": "\u0304", ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b",
    "c": "\u0327", "k": "\u0328", "r": "\u030a", "d": "\u0323", "b": "\u0331",
}
_SYMBOLS = {
    "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
    "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
    "textendash": "–", "textemdash": "—", "textquoteright": "’", "textquoteleft": "‘",
    "LaTeX": "LaTeX", "TeX": "TeX", "ldots": "…", "dots": "…",
}
_ACCENT_CMD = re.compile(
    r"""\\(?P<acc>["'`^~=.]|[uvHckrdb](?![A-Za-z]))\s*"""
    r"""(?:\{\s*(?P<braced>\\[ij](?![A-Za-z])|[A-Za-z])\s*\}|(?P<bare>\\[ij](?![A-Za-z])|[A-Za-z]))"""
)
_SYMBOL_CMD = re.compile(r"\\(?P<name>[A-Za-z]+)(?![A-Za-z])(?:\{\})?\s?")
_ESCAPED = re.compile(r"\\([&%$#_{}])")
_WRAPPER_CMD = re.compile(r"\\[A-Za-z]+\*?\s*\{")


def latex_to_text(text: str) -> str:
    """Plain text of a BibTeX/arXiv string: accents composed, protecting braces and markup gone.

    Math stays as written (``$\\alpha$`` keeps its dollars) because there is no faithful
    plain-text form; claims extraction sees it as an opaque token.
    """
    if "\\" not in text and "{" not in text and "~" not in text and "--" not in text:
        return _WS.sub(" ", text).strip()

    def accent(m: re.Match[str]) -> str:
        base = m.group("braced") or m.group("bare")
        base = base[1] if base.startswith("\\") else base  # \"{\i} -> ï
        return unicodedata.normalize("NFC", base + _ACCENTS[m.group("acc")])

    def symbol(m: re.Match[str]) -> str:
        name = m.group("name")
        if name in _SYMBOLS:
            return _SYMBOLS[name]
        return m.group(0)

    out = _ACCENT_CMD.sub(accent, text)
    out = _SYMBOL_CMD.sub(symbol, out)
    placeholders = {"&": "\x01", "%": "\x02", "$": "\x03", "#": "\x04", "_": "\x05", "{": "\x06", "}": "\x07"}
    out = _ESCAPED.sub(lambda m: placeholders[m.group(1)], out)
    out = _WRAPPER_CMD.sub("{", out)  # \emph{x}, \textbf{x} -> {x}
    if "$" not in out:  # outside math, ~ is a non-breaking space
        out = out.replace("~", " ")
    out = out.replace("---", "—").replace("--", "–")
    out = out.replace("{", "").replace("}", "")
    for char, mark in placeholders.items():
        out = out.replace(mark, char)
    return _WS.sub(" ", out).strip()


# --------------------------------------------------------------------------- authors

_AND = re.compile(r"\s+and\s+|\s*&\s*", re.I)
_DROP_NAMES = {"others", "et al", "et al."}
_INITIALS = re.compile(r"^(?:[A-Z]\.?-?\s*)+$")


def split_top_level(text: str, sep: re.Pattern[str]) -> list[str]:
    """Split on ``sep`` outside ``{...}`` (BibTeX protects ``{Barnes and Noble}``)."""
    if "{" not in text:
        return sep.split(text)
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = sep.match(text, i)
            if m and m.end() > i:
                parts.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    parts.append(text[start:])
    return parts


def flip_name(name: str) -> str:
    """``"Last, First"`` -> ``"First Last"``; ``"von Last, Jr, First"`` -> ``"First von Last Jr"``."""
    parts = [p.strip() for p in split_top_level(name, re.compile(r"\s*,\s*"))]
    if len(parts) == 2 and parts[1]:
        return f"{parts[1]} {parts[0]}"
    if len(parts) == 3 and parts[2]:
        return f"{parts[2]} {parts[0]} {parts[1]}".strip()
    return name


def split_author_string(text: str) -> list[str]:
    """Names in one string: ``"A and B"``, ``"A, B and C"``, ``"A; B"``, ``"A | B"``, BibTeX style."""
    text = text.strip()
    if not text:
        return []
    if ";" in text or "|" in text:
        names = [n for n in re.split(r"\s*[;|]\s*", text)]
        return [flip_name(n) if n.count(",") == 1 else n for n in names if n.strip()]
    parts = [p.strip() for p in split_top_level(text, _AND) if p.strip()]
    comma = re.compile(r"\s*,\s*")
    if len(parts) > 1 and all(len(split_top_level(p, comma)) in (2, 3) for p in parts):
        return [flip_name(p) for p in parts]  # "Last, First and Last, First"
    if len(parts) == 1:
        pieces = [p for p in split_top_level(parts[0], comma) if p.strip()]
        if len(pieces) == 2 and _INITIALS.match(pieces[1]):
            return [flip_name(parts[0])]  # "Turing, A. M."
        return pieces
    names: list[str] = []
    for part in parts:  # "A, B and C": commas separate all but the last
        names.extend(p for p in split_top_level(part, comma) if p.strip())
    return names


def _affiliation_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        names = [_affiliation_text(v) for v in value]
        return "; ".join(dict.fromkeys(n for n in names if n)) or None
    if isinstance(value, dict):
        return _affiliation_text(value.get("name") or value.get("display_name") or value.get("institution"))
    return clean_text(value, "affiliation")


def _name_from_dict(item: Mapping[str, Any]) -> str | None:
    for key in ("name", "full_name", "fullname", "display_name", "author"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, dict):
            return _name_from_dict(value)
    for first, last in (("given", "family"), ("first", "last"), ("forename", "surname"),
                        ("first_name", "last_name"), ("givenName", "familyName")):
        if item.get(first) or item.get(last):
            return " ".join(str(p) for p in (item.get(first), item.get(last)) if p)
    return None


def parse_authors(value: Any, clean: Callable[[str], str] | None = None) -> list[dict[str, Any]]:
    """Authors as ``[{"name", "affiliation"}]`` from a string, a list of strings, of objects or of
    ``[last, first, suffix]`` triples. ``clean`` (e.g. :func:`latex_to_text`) runs after splitting
    so that protecting braces still count.
    """
    if value in (None, "", []):
        return []
    items: list[tuple[str, str | None]] = []
    if isinstance(value, str):
        items = [(n, None) for n in split_author_string(value)]
    elif isinstance(value, list):
        for item in value:
            if item is None:
                continue
            if isinstance(item, str):
                items.append((flip_name(item) if item.count(",") == 1 else item, None))
            elif isinstance(item, dict):
                name = _name_from_dict(item)
                if name:
                    aff = next((item[k] for k in ("affiliation", "affiliations", "institutions",
                                                  "institution") if item.get(k)), None)
                    items.append((name, _affiliation_text(aff)))
            elif isinstance(item, (list, tuple)):
                parts = [str(p).strip() for p in item if p]
                if parts:  # ["Last", "First", "Suffix"]
                    items.append((" ".join(parts[1:2] + parts[:1] + parts[2:]), None))
            else:
                raise RecordError(f"authors: unexpected item of type {type(item).__name__}")
    else:
        raise RecordError(f"authors: expected a list or a string, got {type(value).__name__}")
    authors = []
    for name, affiliation in items:
        name = clean(name) if clean else name
        name = _WS.sub(" ", name).strip().strip(",")
        if name and name.lower() not in _DROP_NAMES:
            authors.append({"name": name, "affiliation": affiliation})
    return authors


def affiliations_of(authors: list[dict[str, Any]]) -> list[str]:
    """Distinct affiliations in author order (a paper-level list when the source has none)."""
    seen: dict[str, None] = {}
    for author in authors:
        for aff in (author.get("affiliation") or "").split("; "):
            if aff.strip():
                seen.setdefault(aff.strip(), None)
    return list(seen)


def parse_affiliations(value: Any) -> list[str]:
    if value in (None, "", []):
        return []
    if isinstance(value, str):
        return [a.strip() for a in re.split(r"\s*;\s*", value) if a.strip()]
    if isinstance(value, list):
        return [t for t in (_affiliation_text(v) for v in value) if t]
    raise RecordError(f"affiliations: expected a list or a string, got {type(value).__name__}")


# --------------------------------------------------------------------------- dates

_MONTHS = {
    name: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")], start=1)
    for name in names
}
_ISO = re.compile(r"(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?(?:[T ].*)?")
_DAY_MONTH_YEAR = re.compile(r"(?:\w+,?\s+)??(?P<d>\d{1,2})\s+(?P<mn>[A-Za-z]+)\.?,?\s+(?P<y>\d{4})\b.*")
_MONTH_DAY_YEAR = re.compile(r"(?P<mn>[A-Za-z]+)\.?\s+(?:(?P<d>\d{1,2}),?\s+)?(?P<y>\d{4})\b.*")


def parse_year(value: Any, field: str = "year") -> int | None:
    """An int from ``2021`` or ``"2021"``; the range check is the Paper model's."""
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise RecordError(f"{field}: not a year: {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    m = re.fullmatch(r"\s*(-?\d{1,5})\s*", str(value))
    if not m:
        raise RecordError(f"{field}: not a year: {str(value)[:40]!r}")
    return int(m.group(1))


def parse_month(value: Any) -> int | None:
    """1..12 from ``3``, ``"03"``, ``"mar"`` or ``"March"``."""
    if value in (None, ""):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        month = value
    elif isinstance(value, str) and value.strip().isdigit():
        month = int(value)
    elif isinstance(value, str) and value.strip().lower().rstrip(".") in _MONTHS:
        month = _MONTHS[value.strip().lower().rstrip(".")]
    else:
        raise RecordError(f"month: not a month: {str(value)[:40]!r}")
    if not 1 <= month <= 12:
        raise RecordError(f"month: {month} is not in 1..12")
    return month


def parse_day(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise RecordError(f"day: not a day: {str(value)[:40]!r}") from None


def parse_date(value: Any, field: str = "date") -> dict[str, Any]:
    """``{"year", "month", "day", "date"}`` from ISO (full or partial), RFC 2822 or
    ``"2 Apr 2007"``/``"Apr 2, 2007"``/``"April 2007"``; ``date`` only when all three are known.
    An impossible date (``2021-13-45``) is an error naming ``field``.
    """
    parts: dict[str, Any] = {"year": None, "month": None, "day": None, "date": None}
    if value in (None, ""):
        return parts
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return {"year": value.year, "month": value.month, "day": value.day, "date": value}
    if isinstance(value, int) and not isinstance(value, bool):
        return {**parts, "year": value}
    if not isinstance(value, str):
        raise RecordError(f"{field}: expected a date string, got {type(value).__name__}")
    text = value.strip()
    year = month = day = None
    if m := _ISO.fullmatch(text):
        year, month, day = int(m["y"]), m["m"] and int(m["m"]), m["d"] and int(m["d"])
    elif (rfc := email.utils.parsedate_tz(text)) and rfc[0] and re.search(r"\d{1,2}:\d{2}", text):
        year, month, day = rfc[0], rfc[1], rfc[2]
    elif (m := _DAY_MONTH_YEAR.fullmatch(text)) and m["mn"].lower().rstrip(".") in _MONTHS:
        year, month, day = int(m["y"]), _MONTHS[m["mn"].lower().rstrip(".")], int(m["d"])
    elif (m := _MONTH_DAY_YEAR.fullmatch(text)) and m["mn"].lower().rstrip(".") in _MONTHS:
        year, month = int(m["y"]), _MONTHS[m["mn"].lower().rstrip(".")]
        day = int(m["d"]) if m["d"] else None
    else:
        raise RecordError(f"{field}: cannot parse {text[:40]!r} as a date")
    if month is not None and not 1 <= month <= 12:
        raise RecordError(f"{field}: invalid date {text[:40]!r}: month {month} is not in 1..12")
    if day is not None:
        try:
            full = dt.date(year, month, day)  # type: ignore[arg-type]
        except ValueError as exc:
            raise RecordError(f"{field}: invalid date {text[:40]!r}: {exc}") from None
        return {"year": year, "month": month, "day": day, "date": full}
    return {**parts, "year": year, "month": month}


def date_fields(date: Any = None, year: Any = None, month: Any = None, day: Any = None,
                date_field: str = "date") -> dict[str, Any]:
    """Merge a date value with separate year/month/day values, refusing contradictions."""
    parts = parse_date(date, date_field)
    given = {"year": parse_year(year), "month": parse_month(month), "day": parse_day(day)}
    for key, value in given.items():
        if value is None:
            continue
        if parts[key] is not None and parts[key] != value:
            raise RecordError(f"{date_field}: {date!s} disagrees with {key} {value}")
        parts[key] = value
    if parts["date"] is None and None not in (parts["year"], parts["month"], parts["day"]):
        try:
            parts["date"] = dt.date(parts["year"], parts["month"], parts["day"])
        except ValueError as exc:
            raise RecordError(f"{date_field}: {exc}") from None
    return parts


# --------------------------------------------------------------------------- identifiers

_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_ARXIV_NEW = r"\d{4}\.\d{4,5}"
_ARXIV_OLD = r"[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}"
_ARXIV_ID = re.compile(rf"(?:arxiv:\s*)?(?P<id>{_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?", re.I)
_ARXIV_URL = re.compile(rf"arxiv\.org/(?:abs|pdf)/(?P<id>{_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?", re.I)


def clean_doi(value: Any) -> str | None:
    text = clean_text(value, "doi")
    return _DOI_PREFIX.sub("", text).strip() or None if text else None


def looks_like_doi(text: str) -> bool:
    return bool(re.match(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?10\.\d{4,9}/\S+$", text, re.I))


def clean_arxiv_id(value: Any) -> str | None:
    """``"arXiv:2106.09685v2"`` or its abs/pdf URL -> ``"2106.09685"`` (versions dropped)."""
    text = clean_text(value, "arxiv_id")
    if not text:
        return None
    if m := _ARXIV_URL.search(text):
        return m["id"]
    if m := _ARXIV_ID.fullmatch(text):
        return m["id"]
    return text


def arxiv_id_from_url(url: str | None) -> str | None:
    m = _ARXIV_URL.search(url or "")
    return m["id"] if m else None


def looks_like_arxiv_id(text: str) -> bool:
    return bool(_ARXIV_ID.fullmatch(text) or _ARXIV_URL.search(text))


def parse_flag(value: Any, field: str) -> bool | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y", "t"):
        return True
    if text in ("0", "false", "no", "n", "f"):
        return False
    raise RecordError(f"{field}: not a yes/no value: {str(value)[:40]!r}")


def parse_count(value: Any, field: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(str(value).strip().replace(",", ""))
    except ValueError:
        raise RecordError(f"{field}: not a whole number: {str(value)[:40]!r}") from None


# --------------------------------------------------------------------------- records


def nested(obj: Any, *path: str) -> Any:
    """``obj[path[0]][path[1]]...``, or None where a step is missing or not an object."""
    for key in path:
        if not isinstance(obj, Mapping):
            return None
        obj = obj.get(key)
    return obj


def pick(record: Mapping[str, Any], field: str) -> Any:
    """The first non-empty value under any alias of ``field`` (keys normalised)."""
    for alias in ALIASES[field]:
        value = record.get(alias)
        if value not in (None, "", []):
            return value
    return None


def map_generic(obj: Mapping[str, Any]) -> dict[str, Any]:
    """A generic paper record (JSON object or CSV row) -> Paper fields.

    ``id`` is not copied into ``Paper.id`` (ids are derived so that one paper read from two
    files gets one id); an ``id`` that is a DOI, arXiv id or URL is used as such.
    """
    record = {norm_key(str(k)): v for k, v in obj.items() if k is not None}
    authors = parse_authors(pick(record, "authors"))
    venue = pick(record, "venue")
    if isinstance(venue, dict):
        venue = venue.get("name") or venue.get("display_name")
    fields: dict[str, Any] = {
        "title": clean_text(pick(record, "title"), "title"),
        "abstract": clean_text(pick(record, "abstract"), "abstract"),
        "authors": authors,
        "venue": clean_text(venue, "venue"),
        "category": first_text(pick(record, "category"), "category"),
        "has_code": parse_flag(pick(record, "has_code"), "has_code"),
        "upvotes": parse_count(pick(record, "upvotes"), "upvotes"),
        "doi": clean_doi(pick(record, "doi")),
        "arxiv_id": clean_arxiv_id(pick(record, "arxiv_id")),
        "url": clean_text(pick(record, "url"), "url"),
        "affiliations": parse_affiliations(pick(record, "affiliations")) or affiliations_of(authors),
    }
    fields.update(date_fields(pick(record, "date"), pick(record, "year"),
                              pick(record, "month"), pick(record, "day")))
    identifier = record.get("id")
    if isinstance(identifier, str) and identifier.strip():
        identifier = identifier.strip()
        if looks_like_doi(identifier) and not fields["doi"]:
            fields["doi"] = clean_doi(identifier)
        elif looks_like_arxiv_id(identifier) and not fields["arxiv_id"]:
            fields["arxiv_id"] = clean_arxiv_id(identifier)
        elif re.match(r"https?://", identifier) and not fields["url"]:
            fields["url"] = identifier
    return fields


def require_text(fields: dict[str, Any], hint: str = "") -> dict[str, Any]:
    """Refuse a record without title or abstract, naming what is missing."""
    missing = [f for f in ("title", "abstract") if not fields.get(f)]
    if missing:
        raise RecordError(f"missing {' and '.join(missing)}{hint}")
    return fields


def excerpt_of(obj: Any) -> str:
    if isinstance(obj, Mapping):
        for key in ("title", "display_name", "paperId", "id", "ID"):
            if isinstance(obj.get(key), str):
                return obj[key]
        return json.dumps(obj, ensure_ascii=False, default=str)[:200]
    return str(obj)[:200]


def to_raw(source: Source, line: int, fmt: str, obj: Any,
           mapper: Callable[[Any], dict[str, Any]], excerpt: str | None = None) -> RawRecord | Reject:
    """Map one parsed record, or turn the reason it cannot be mapped into a Reject."""
    try:
        return RawRecord(line=line, fields=mapper(obj))
    except RecordError as exc:
        return reject(source, line, str(exc), excerpt_of(obj) if excerpt is None else excerpt, fmt)


def map_items(source: Source, fmt: str, items: Iterable[tuple[int, Any] | Reject],
              mapper: Callable[[Mapping[str, Any]], dict[str, Any]]) -> Iterator[RawRecord | Reject]:
    """Apply ``mapper`` to parsed ``(line, object)`` items (JSON values), passing parse Rejects
    through; a value that is not an object is a Reject."""
    for item in items:
        if isinstance(item, Reject):
            yield item
        elif not isinstance(item[1], Mapping):
            kind = "null" if item[1] is None else type(item[1]).__name__
            yield reject(source, item[0], f"record is not a JSON object (got {kind})",
                         excerpt_of(item[1]), fmt)
        else:
            yield to_raw(source, item[0], fmt, item[1], mapper)
