"""Rule-based sentence boundaries that survive scientific abstracts.

spaCy's statistical parsers are not available (no downloaded models), and the plain
``sentencizer`` splits at every period: after "e.g.", "et al.", "Fig. 3" or "U.S.", which
cuts claims such as "outperforms BERT (Devlin et al. 2019) by 2.1 F1" in half. This
component makes one pass over the tokens and starts a sentence

* at the first token (always);
* after a blank line (a whitespace token holding two or more newlines): the title and the
  abstract are passed as ``"title\\n\\nabstract"``, so the title is always its own sentence;
* after ``.``, ``?``, ``!`` (plus any closing quotes / brackets glued to them) followed by
  whitespace and then an uppercase letter, a digit, an opening quote or bracket, or a
  mixed-case name written lowercase-first ("word2vec", "fastText");

unless the period belongs to an abbreviation or ends an enumerator ("1. We propose ...").
A period glued to a token ("128K.", "U.S.") counts as a terminal too. Abbreviations come in
two kinds:
"e.g.", "i.e.", "vs.", "cf." ... never end a sentence; "Fig.", "Eq.", "Sec.", "et al.",
"resp.", "U.S." and initials ("J. Smith") end one only when the next word is a common
sentence opener ("We", "The", "However", ...), since "Fig. 3" and "et al. (2019)" are
frequent but "in the U.S. We show" is still a boundary. Decimals ("88.5"), version numbers
("v1.2.3") and LaTeX escapes ("12.5\\%") are single tokens for the project tokenizer, so
they never look like a boundary.

>>> from extractors.tokenizer import make_nlp
>>> nlp = make_nlp(); _ = nlp.add_pipe("kb_sentences")
>>> doc = nlp("A Title\\n\\nWe use e.g. BERT (Devlin et al. 2019). It gets 88.5 F1.")
>>> [s.text for s in doc.sents]
['A Title\\n\\n', 'We use e.g. BERT (Devlin et al. 2019).', 'It gets 88.5 F1.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_SPACE, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from extractors.candidates import HYPHENS, token_table

#: Tokens that can end a sentence.
_TERMINALS = frozenset({".", "?", "!", "...", "…", "?!", "!?", "?.", "!."})

#: Closing punctuation glued to a terminal (``"Yes."``, ``(see below.)``) stays in its sentence.
_CLOSERS = frozenset({")", "]", "}", '"', "'", "”", "’", "»"})

#: First characters (besides uppercase letters and digits) that can open a sentence.
_OPENERS = frozenset('"\'“‘«([{')

#: Abbreviations (lowercased, without the final period) that never end a sentence.
_NEVER_FINAL = frozenset({
    "e.g", "i.e", "eg", "ie", "vs", "viz", "cf", "approx", "ca", "esp", "incl", "w.r.t",
    "wrt", "a.k.a", "aka", "c.f",
})

#: Abbreviations that end a sentence only before a common sentence opener ("Fig. 3" vs
#: "... in Fig. 3. We"); lowercased, without the final period.
_USUALLY_INNER = frozenset({
    "fig", "figs", "eq", "eqs", "eqn", "eqns", "sec", "secs", "sect", "tab", "tbl", "ref",
    "refs", "vol", "pp", "p", "ch", "chap", "thm", "alg", "app", "appx", "def", "prop",
    "lem", "cor", "ex", "al", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "inc", "ltd",
    "corp", "co", "dept", "univ", "resp", "est",
})

#: Words that commonly open a sentence in an abstract; only consulted after an
#: abbreviation that usually does not end one.
_SENTENCE_OPENERS = frozenset("""
We Our Ours This These That Those The It Its In On To For However Moreover Furthermore
Finally Additionally Further Also As By With Here Specifically Overall Thus Hence Therefore
Unlike While Although Though Despite A An Such Each Both All Most Many Existing Recent
Previous Prior Compared When Then They Their There Given Using Through Based Since Because
Importantly Notably Interestingly Surprisingly Meanwhile Instead Besides First Second Third
Lastly Experiments Experimental Extensive Results Empirical Empirically Code Yet But
Nevertheless Nonetheless Consequently Accordingly Similarly Likewise Inspired Motivated
Building Evaluation Evaluations Analysis I My Your If Comprehensive
""".split())

_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")  # "U.S" / "A" once the final period is gone
_ENUMERATOR = re.compile(r"^\d{1,2}$")


@dataclass(frozen=True)
class _Tokens:
    """The token attributes the splitter reads, copied out in one array read: iterating a
    ``Doc`` builds a ``Token`` object per token, and three such passes cost more than the
    splitting itself."""

    text: list[str]
    space_after: list[bool]
    is_space: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        if not len(doc):
            return cls([], [], [])
        space_after, is_space = doc.to_array([SPACY, IS_SPACE]).T.tolist()
        return cls(token_table(doc)[0], [bool(s) for s in space_after], [bool(s) for s in is_space])


def _abbreviation_before(toks: _Tokens, i: int) -> str | None:
    """The word a terminal period at ``i`` is attached to: "Fig" for ``Fig .``, "e.g" for
    ``e.g.``; None for a free-standing period."""
    text = toks.text[i].rstrip("\\~")
    if text == ".":
        if i > 0 and not toks.space_after[i - 1] and not toks.is_space[i - 1]:
            return _glued_word(toks, i - 1) + toks.text[i - 1]
        return None
    if len(text) > 1 and text.endswith("."):
        return _glued_word(toks, i) + text[:-1]
    return None


def _glued_word(toks: _Tokens, i: int) -> str:
    """The tokens glued before token ``i`` that make one word with it: a word the tokenizer
    split stays one ("GSM8K." is no initial "K.", nor "TRACE-H." or "GPT-J." an "H.")."""
    k = i
    while k > 0 and not toks.space_after[k - 1] and (
            toks.text[k - 1].isalnum() or toks.text[k - 1] in HYPHENS):
        k -= 1
    return "".join(toks.text[k:i])


def _is_terminal(text: str) -> bool:
    """A terminal token, or one with a period glued on ("e.g.", "U.S.", "128K.")."""
    text = text.rstrip("\\~")
    return text in _TERMINALS or (len(text) > 1 and text.endswith(".") and text[-2] != ".")


def _opens_sentence(text: str) -> bool:
    first = text[0]
    if first.isupper() or first.isdigit() or first in _OPENERS:
        return True
    # Lowercase-first names ("word2vec", "fastText", "mBERT") open sentences too.
    return first.islower() and any(c.isupper() or c.isdigit() for c in text[1:])


def _blocked(toks: _Tokens, i: int, nxt: str, starts: list[bool]) -> bool:
    """Whether the terminal at ``i`` is an abbreviation (or an enumerator) rather than an end."""
    word = _abbreviation_before(toks, i)
    if word is None:
        return False
    lower = word.lower()
    if lower in _NEVER_FINAL:
        return True
    if word == "No" or lower == "nos":  # "No. 5", but "the answer is no. We" ends a sentence
        return nxt[:1].isdigit()
    if lower in _USUALLY_INNER or _INITIALS.match(word):
        return nxt not in _SENTENCE_OPENERS
    # "1. We propose ... 2. We show ...": the number opens the sentence or follows a colon.
    if toks.text[i] == "." and _ENUMERATOR.match(word):
        return starts[i - 1] or (i > 1 and toks.text[i - 2] in {":", ";"})
    return False


def sentence_starts(doc: Doc) -> list[bool]:
    """One flag per token: does a sentence start there (the first token always does)."""
    toks = _Tokens.of(doc)
    n = len(toks.text)
    starts = [False] * n
    if n:
        starts[0] = True
    for i, text in enumerate(toks.text):
        if toks.is_space[i]:
            if text.count("\n") >= 2:
                k = i + 1
                while k < n and toks.is_space[k]:
                    k += 1
                if k < n:
                    starts[k] = True
            continue
        if not _is_terminal(text):
            continue
        j = i + 1
        while j < n and toks.text[j] in _CLOSERS and not toks.space_after[j - 1]:
            j += 1
        if j >= n or not (toks.space_after[j - 1] or toks.is_space[j]):
            continue
        k = j
        while k < n and toks.is_space[k]:
            k += 1
        if k < n and _opens_sentence(toks.text[k]) and not _blocked(toks, i, toks.text[k], starts):
            starts[k] = True
    return starts


def set_sentence_starts(doc: Doc) -> Doc:
    """Assign ``is_sent_start`` to every token of ``doc`` (first token True).

    Written in one ``from_array`` call: setting ``Token.is_sent_start`` one token at a time
    rescans the doc for each token, which is quadratic on long documents.
    """
    if len(doc):
        values = numpy.array([1 if s else -1 for s in sentence_starts(doc)], dtype="int64")
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
    return doc


@Language.factory("kb_sentences", assigns=["token.is_sent_start"])
def make_sentence_splitter(nlp: Language, name: str):
    """Registered factory; the component is stateless."""
    return set_sentence_starts
