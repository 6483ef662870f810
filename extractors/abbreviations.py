"""Long form <-> short form pairs, found the Schwartz & Hearst (2003) way.

Abstracts define their coined names once ("Sharpness-Aware Minimization (SAM)") and then
use only the short form. Pairing the two lets the resolver type every later "SAM" from a
typed long form (or the long form from a typed "SAM"), and lets the linker treat both as
surface forms of one entity.

Both orders are recognised:

* ``long form (SF)``: the parenthesis holds a short-form candidate, the long form is chosen
  among the words before it;
* ``SF (long form)``: the word before the parenthesis is the short-form candidate and the
  parenthesis holds the long form.

The long form is found by Schwartz & Hearst's backward character matching: every letter or
digit of the short form, right to left, must occur in the long form in that order
(case-insensitively), and the short form's first character must start a word of the long
form. This accepts plural short forms ("large language models (LLMs)") and letters taken
from inside words ("WeIght DisENtanglement (WIDEN)") without any hand-written rules. A
capitalised long form then takes up to two capitalised words right before it, which the
shortest match leaves out ("Heterogeneous Graph-based Interaction Model with a Tracker
(GIT)"), but not a clause's first word or a function word.
It is written here rather than taken from a library so that offsets, the word window and
the rejection rules stay under our control.

>>> from extractors.tokenizer import make_nlp
>>> nlp = make_nlp(); _ = nlp.add_pipe("kb_abbreviations")
>>> doc = nlp("We study large language models (LLMs). LLMs are large.")
>>> [(a.long_form, a.short_form) for a in doc._.kb_abbreviations]
[('large language models', 'LLMs')]
>>> [doc.text[s:e] for s, e, _ in short_form_occurrences(doc)]
['LLMs']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extractors.candidates import Abbreviation, doc_text, token_table
from extractors.normalise import word_occurrences

#: A parenthesis without nested brackets. Square brackets are citations, not definitions.
_PAREN = re.compile(r"\(([^()\[\]]{1,200})\)")
#: Where the long-form window stops, looking backwards from the parenthesis: the end of a
#: sentence or clause, or another bracket. Commas also stop it: long forms rarely hold one,
#: while "In this paper, we propose ..." is common.
_WINDOW_STOP = re.compile(r"[.!?](?=\s)|[;:,()\[\]{}]|\n\s*\n")  # a blank line ends the title
#: Where the short form inside a parenthesis ends: "(SAM; Foret et al., 2021)" -> "SAM".
_SHORT_CUT = re.compile(r"\s*(?:[;,]\s|;|,$)")
#: Parenthesised words that look like short forms but never are.
_NOT_SHORT = frozenset(
    "e.g e.g. eg i.e i.e. ie cf cf. see etc etc. vs vs. viz viz. resp resp. ibid et al al. "
    "and or the ours left right top bottom middle above below".split()
)
_MAX_SHORT_CHARS = 10
_MAX_SHORT_WORDS = 2


def is_short_form_candidate(text: str) -> bool:
    """Whether ``text`` has the shape of a short form.

    2–10 characters, at most two words, at least one letter, starting with a letter or
    digit, not a common parenthetical word ("see", "e.g.") and not a long lowercase word
    ("(respectively)", "(namely)") — that last rule is what keeps "results (see Table 2)"
    or "significant (p < 0.05)" from being read the reverse way.
    """
    if not (2 <= len(text) <= _MAX_SHORT_CHARS) or len(text.split()) > _MAX_SHORT_WORDS:
        return False
    if not text[0].isalnum() or not any(ch.isalpha() for ch in text):
        return False
    if text.lower() in _NOT_SHORT or any(ch in "<>=≤≥±" for ch in text):
        return False
    words = text.split()
    return not all(w.isalpha() and w.islower() and len(w) >= 5 for w in words)


def match_long_form(short: str, candidate: str) -> int | None:
    """Schwartz–Hearst backward matching of ``short`` against ``candidate``.

    Returns the offset in ``candidate`` where the long form starts (the start of the word
    holding the match of the short form's first character), or None when some character of
    the short form cannot be matched. Matching right to left and taking the nearest match
    each time yields the shortest long form that explains the short form.
    """
    s_idx, l_idx = len(short) - 1, len(candidate) - 1
    while s_idx >= 0:
        ch = short[s_idx].lower()
        if not ch.isalnum():
            s_idx -= 1
            continue
        while l_idx >= 0 and (
            candidate[l_idx].lower() != ch
            # the short form's first character must start a word of the long form
            or (s_idx == 0 and l_idx > 0 and candidate[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    return candidate.rfind(" ", 0, l_idx + 1) + 1


#: a digit written for the word it sounds like, between letters: "E2E", "seq2seq"
_DIGIT_FOR_WORD = re.compile(r"(?<=[A-Za-z])[24](?=[A-Za-z])")
_DIGIT_WORDS = {"2": "to", "4": "for"}
#: a number or dimension the short form adds to its long form: "end-point error (EPE3D)"
_VARIANT_SUFFIX = re.compile(r"(?<=[A-Za-z])(?:[23]D|[1-9]\d*)$")  # (not a year: "WA05")


def _best_long_form(short: str, candidate: str) -> int | None:
    """The long-form start for ``short``, retrying a plural short form without its "s".

    Schwartz–Hearst usually matches a plural's "s" against the long form's own plural, but
    "convolutional neural network (CNNs)" only matches once the "s" is dropped. Where the
    words before spell an all-capital short form by their initials and reach further back,
    they are the long form: the shortest match takes "IOI" from inside "Informatics",
    "International Olympiad in Informatics (IOI)" spells it. A digit between letters may
    stand for the word it sounds like: "End-to-End (E2E)"; a number or dimension may be
    the short form's own: "end-point error (EPE3D)".
    """
    start = match_long_form(short, candidate)
    if start is None and len(short) > 2 and short.endswith("s") and short[-2].isupper():
        start = match_long_form(short[:-1], candidate)
    if start is None and _DIGIT_FOR_WORD.search(short):
        start = match_long_form(_DIGIT_FOR_WORD.sub(lambda m: _DIGIT_WORDS[m.group(0)], short), candidate)
    if start is None and (suffix := _VARIANT_SUFFIX.search(short)) and suffix.start() >= 2:
        start = match_long_form(short[:suffix.start()], candidate)
    if start is not None and len(short) >= 3 and short.isalpha() and sum(c.isupper() for c in short) >= 2:
        # a lower-case letter of a mixed-case short form may be a small word's: "Tree of Thoughts (ToT)",
        # which the shortest match reads as "Thoughts" alone
        spelled = _initials_start(short, candidate, every_word=not short.isupper())
        if spelled is not None and spelled < start:
            start = spelled
    return start


#: words an acronym skips ("International Olympiad in Informatics" -> IOI)
_SKIPPED_IN_ACRONYMS = frozenset("of in for and on the to with a an by via from".split())
_WORD = re.compile(r"[^\W_][\w'-]*")


def initials(name: str) -> str:
    """The upper-case initials of ``name``'s words but those acronyms skip.

    >>> initials("International Olympiad in Informatics"), initials("Recurrent Highway Networks")
    ('IOI', 'RHN')
    """
    return "".join(w.group(0)[0] for w in _WORD.finditer(name)
                   if w.group(0).lower() not in _SKIPPED_IN_ACRONYMS).upper()


def _initials_start(short: str, candidate: str, every_word: bool = False) -> int | None:
    """Where the words that end ``candidate`` start, if their initials (but those of
    :data:`_SKIPPED_IN_ACRONYMS` words, unless ``every_word``) spell ``short``; else None.

    >>> _initials_start("IOI", "gold in the International Olympiad in Informatics")
    12
    >>> _initials_start("ToT", "a new framework, Tree of Thoughts", every_word=True)
    17
    """
    letters = short.lower()
    initials = ""
    for word in reversed(list(_WORD.finditer(candidate))):
        if word.group(0).lower() in _SKIPPED_IN_ACRONYMS and not every_word:
            continue
        initials = word.group(0)[0].lower() + initials
        if initials == letters:
            return word.start()
        if not letters.endswith(initials):
            return None
    return None


#: words no long form starts with, unless a capitalised word follows
_NO_FIRST_WORDS = frozenset("in on at of for to by with from as and or than the a an".split())


def _valid_pair(short: str, long: str) -> bool:
    """Schwartz & Hearst's sanity checks, plus our word-count limit."""
    n_words = len(long.split())
    limit = min(len(short) + 5, len(short) * 2)
    if len(long) <= len(short) or n_words > limit:
        return False
    if n_words == 1 and len(long) < 2 * len(short):
        # "Transformer (Trans)" and friends: one short word is a spelling variant, not a definition
        return False
    first, second = (long.split(maxsplit=2) + [""])[:2]
    if first.lower() in _NO_FIRST_WORDS and not second[:1].isupper():
        # "In the 5-way 1-shot setting of Few-NERD (INTER)": a phrase's letters, no name (but "In Situ
        # Adaptive Tabulation (ISAT)")
        return False
    # "... BERT-based model (BERT)": the short form occurring inside is not a definition
    return not word_occurrences(long, short)


def _window(text: str, end: int, max_words: int) -> int:
    """Start offset of the at most ``max_words`` words before ``end``, within the clause."""
    clause_start = 0
    for m in _WINDOW_STOP.finditer(text, max(0, end - 400), end):
        clause_start = m.end()
    words = [m.start() for m in re.finditer(r"\S+", text[clause_start:end])]
    if not words:
        return end
    return clause_start + words[max(0, len(words) - max_words)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to begin and end on a letter or digit (quotes, hyphens, spaces)."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "+#*'"):
        end -= 1
    return start, end


#: a kind word after a long form, which is no part of the name unless the short form spells it
_KIND_AT_END = re.compile(r"(?<=\w)\s+(method|approach|technique|framework|algorithm|model)s?$", re.IGNORECASE)


def _long_before(text: str, short_start: int, short_end: int, paren_start: int) -> Abbreviation | None:
    """``long form (SF)``: search the words before the parenthesis."""
    short = text[short_start:short_end]
    n = len(short)
    max_words = min(n + 5, n * 2)
    window_start = _window(text, paren_start, max_words)
    candidate = text[window_start:paren_start].rstrip()
    if not candidate:
        return None
    rel = _best_long_form(short, candidate)
    if rel is None:
        return None
    long_start, long_end = _trim(text, window_start + rel, window_start + len(candidate))
    kind = _KIND_AT_END.search(text, long_start, long_end)
    last = short.removesuffix("s")[-1:].lower()  # the letter the short form ends with
    word_before = text[long_start:kind.start()].split()[-1].split("-")[-1] if kind else ""
    if kind and word_before[:1].lower() == last != kind.group(1)[0].lower():
        # "the direct simulation Monte Carlo method (DSMC)": the short form ends with the word before
        # the kind word (not "boundary element method (BEM)", nor "hierarchical sentence model (AdaSent)")
        long_end = kind.start()
    long = text[long_start:long_end]
    if not _valid_pair(short, long):
        return None
    long_start = _capitalised_words_before(text, long_start)
    return Abbreviation(long_start, long_end, short_start, short_end, text[long_start:long_end], short)


#: capitalised words that open a clause or qualify a name without being part of it
_NOT_NAME_WORDS = frozenset(
    "a an the in this that these those our its their we for to on by with from of and or "
    "as at both each every many most some such recently finally first second then".split())
_CAPITALISED_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][\w-]*)[ \t]+$")  # not across a line break


def _capitalised_words_before(text: str, start: int, limit: int = 2) -> int:
    """A capitalised long form starts with the capitalised words right before it, up to
    ``limit``: Schwartz-Hearst's shortest match leaves out words the short form does not
    spell ("we propose Heterogeneous Graph-based Interaction Model with a Tracker (GIT)"
    starts at "Heterogeneous"). Not a clause's first word ("Recently Graph Networks (GN)")
    nor a function word ("The", "In").

    >>> text = "we propose Heterogeneous Graph Model (GM) here"
    >>> text[_capitalised_words_before(text, text.index("Graph")):]
    'Heterogeneous Graph Model (GM) here'
    """
    if not text[start:start + 1].isupper():
        return start
    for _ in range(limit):
        m = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is None or m.group(1).lower() in _NOT_NAME_WORDS or _opens_clause(text, m.start(1)):
            break
        start = m.start(1)
    return start


def _opens_clause(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?:;,([{\n"


_DETERMINERS = frozenset({"the", "a", "an", "our", "its", "their"})


def _long_inside(text: str, word_start: int, word_end: int, inner_start: int, inner_end: int) -> Abbreviation | None:
    """``SF (long form)``: the word before the parenthesis is the short form.

    Stricter than the other order: the short form must hold an uppercase letter (bare
    lowercase words before a parenthesis are ordinary text), and the long form must cover the
    whole parenthesis apart from a leading determiner — "BERT (Devlin et al., 2019)" must
    not yield a long form made of a citation's last words.
    """
    short = text[word_start:word_end]
    if not any(ch.isupper() for ch in short) or not is_short_form_candidate(short):
        return None
    inner = text[inner_start:inner_end]
    rel = _best_long_form(short, inner)
    if rel is None:
        return None
    skipped = inner[:rel].split()
    if len(skipped) > 1 or (skipped and skipped[0].lower() not in _DETERMINERS):
        return None
    long_start, long_end = _trim(text, inner_start + rel, inner_end)
    long = text[long_start:long_end]
    if not _valid_pair(short, long):
        return None
    return Abbreviation(long_start, long_end, word_start, word_end, long, short)


def find_abbreviations(text: str) -> list[Abbreviation]:
    """All long form / short form pairs in ``text``, in text order."""
    found: list[Abbreviation] = []
    for m in _PAREN.finditer(text):
        inner_start, inner_end = m.start(1), m.end(1)
        inner = text[inner_start:inner_end]
        lead = len(inner) - len(inner.lstrip())
        cut = _SHORT_CUT.search(inner, lead)
        short_end_rel = cut.start() if cut else len(inner.rstrip())
        short_start, short_end = inner_start + lead, inner_start + short_end_rel
        if text[short_end - 2:short_end] in ("'s", "\u2019s"):
            short_end -= 2  # "(MRD's)": the possessive is not part of the short form
        short = text[short_start:short_end]
        pair = None
        if is_short_form_candidate(short):
            pair = _long_before(text, short_start, short_end, m.start())
        if pair is None and len(inner.split()) > 1:
            word = re.search(r"(\S+)\s*$", text[max(0, m.start() - 40):m.start()])
            if word:
                w_start = max(0, m.start() - 40) + word.start(1)
                w_start, w_end = _trim(text, w_start, max(0, m.start() - 40) + word.end(1))
                if w_end > w_start:
                    lo, hi = _trim(text, inner_start, inner_end)
                    pair = _long_inside(text, w_start, w_end, lo, hi)
        if pair is not None:
            found.append(pair)
    return found


def _token_texts(doc: Doc, start: int, end: int) -> tuple[str, ...] | None:
    span = doc.char_span(start, end)
    return tuple(t.text for t in span) if span is not None else None


def _variants(short: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The short form as tokens, plus its plural or singular: "LLM" defined, "LLMs" used."""
    last = short[-1]
    other = last[:-1] if len(last) > 2 and last.endswith("s") and last[-2].isupper() else last + "s"
    return {short, short[:-1] + (other,)}


def short_form_occurrences(doc: Doc) -> list[tuple[int, int, Abbreviation]]:
    """Every bare use of a defined short form after its definition, as char offsets.

    A use must match whole tokens exactly (case-sensitive, so "SAM" is not "Sam"), or
    be the plural/singular of the short form. When a short form is defined twice, each use
    belongs to the latest definition before it.
    """
    abbrs: list[Abbreviation] = doc._.kb_abbreviations or []
    if not abbrs:
        return []
    by_first: dict[str, list[tuple[tuple[str, ...], Abbreviation]]] = {}
    for abbr in abbrs:
        toks = _token_texts(doc, abbr.short_start, abbr.short_end)
        if not toks:
            continue
        for variant in _variants(toks):
            by_first.setdefault(variant[0], []).append((variant, abbr))
    # a short form inside another definition ("..., later X (SAM)") is not a bare use
    defined = [(a.long_start, a.long_end) for a in abbrs] + [(a.short_start, a.short_end) for a in abbrs]
    out: list[tuple[int, int, Abbreviation]] = []
    texts, starts = token_table(doc)
    for i, text in enumerate(texts):
        entries = by_first.get(text)  # most tokens start no short form: test that first
        start = starts[i]
        if not entries or any(s <= start < e for s, e in defined):
            continue
        for variant, abbr in _latest_first(entries, start):
            end_i = i + len(variant)
            if end_i <= len(texts) and tuple(texts[i:end_i]) == variant:
                out.append((start, starts[end_i - 1] + len(texts[end_i - 1]), abbr))
                break
    return out


def _latest_first(
    entries: list[tuple[tuple[str, ...], Abbreviation]], position: int
) -> Iterator[tuple[tuple[str, ...], Abbreviation]]:
    """Definitions that end before ``position``, the most recent first."""
    defined = [e for e in entries if e[1].short_end <= position and e[1].long_end <= position]
    return iter(sorted(defined, key=lambda e: (e[1].short_end, len(e[0])), reverse=True))


@Language.factory("kb_abbreviations", assigns=["doc._.kb_abbreviations"])
def make_abbreviations(nlp: Language, name: str) -> AbbreviationDetector:
    return AbbreviationDetector()


class AbbreviationDetector:
    """Pipeline component: sets ``doc._.kb_abbreviations`` (list[Abbreviation])."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.kb_abbreviations = find_abbreviations(doc_text(doc))
        return doc
