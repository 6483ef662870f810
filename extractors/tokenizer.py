"""The project's tokenizer: spaCy's English rules, plus splits that entity names need.

Hyphens and slashes between letters or digits are split off ("CoNLL-2003" becomes
``CoNLL - 2003``, "En-De" becomes ``En - De``) so that spelling variants of a name
("CoNLL 2003", "CoNLL-2003") line up on token boundaries, which lexicon matching and
the trained NER both rely on. LaTeX escapes such as ``\\%`` become their own tokens, and
so do the math delimiters and the formatting commands around a name (``$\\textbf{X}$``).
Character offsets are unchanged: a token's ``idx`` always points into the input text.

>>> nlp = make_nlp()
>>> [t.text for t in nlp("CoNLL-2003 and ResNet-50 reach 12.5\\\\% on En/De.")]
['CoNLL', '-', '2003', 'and', 'ResNet', '-', '50', 'reach', '12.5', '\\\\%', 'on', 'En', '/', 'De', '.']
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from extractors.candidates import remember_text

_EXTRA_INFIXES = (
    r"(?<=[\w.)\]])[-‐‑–/](?=\w)",  # name-internal hyphen or slash; "(NTK)-based" too
    r"(?<=\w)[)\]](?=[-‐‑–/]\w)",  # the bracket of "(NTK)-based"
    r"(?<=\d)\\%",
    r"(?<=\w)[→⇒↔](?=\w)",  # a transfer or translation direction: "GTA5→Cityscapes", "En→De"
)
#: LaTeX markup around a name is split off: "$\textbf{DeepSeek-GRM}$" gives "$",
#: "\textbf{", the name's tokens, "}" and "$", so the name lines up on token boundaries
_EXTRA_SUFFIXES = (r"\\%", r"\\\$", r"\$", r"\}",
                   r"(?<=[0-9][A-Za-z])\.",  # the full stop after a size: "Llama 2 70B."
                   # and after the letters that end a hyphenated name: "ROUGE-L.", "DeiT-Ti."
                   r"(?<=[-\u2010\u2011\u2013][A-Z])\.", r"(?<=[-\u2010\u2011\u2013][A-Z][a-z])\.",
                   r"(?<=[a-z][A-Z])\.",  # and of a coined name: "TabX.", "CoT."
                   r"(?<=[}$])\.")  # the full stop after markup: "\textit{... scalability}$."
_EXTRA_PREFIXES = (r"\\\$", r"\$", r"\\[A-Za-z]+\{")


class KbTokenizer(Tokenizer):
    """spaCy's tokenizer that also keeps each input text with its doc, so components read
    it without rebuilding ``doc.text`` (:func:`extractors.candidates.doc_text`)."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        _split_glued_abbreviations(doc, text)
        return remember_text(doc, text)

    def __reduce__(self):  # spaCy's own reduce would rebuild the base class
        return (_unpickle, super().__reduce__()[1])


#: an English abbreviation ("Gen.", "Rep.", "Inc.") that ends a hyphenated name, where its
#: full stop ends the sentence: "we propose RadFact-Gen. On MIMIC-CXR, ..."
_GLUED_ABBREVIATION = re.compile(r"[-\u2010\u2011\u2013][A-Z][a-z]{1,5}\.")


def _split_glued_abbreviations(doc: Doc, text: str) -> None:
    """Split the full stop off a tokenizer exception glued to a hyphen: spaCy's special
    cases would merge "Gen" and "." back into the abbreviation."""
    spans = (doc.char_span(m.start() + 1, m.end()) for m in _GLUED_ABBREVIATION.finditer(text))
    glued = [span[0] for span in spans if span is not None and len(span) == 1]  # one token: an exception kept it
    if glued:
        with doc.retokenize() as retokenizer:
            for t in glued:
                retokenizer.split(t, [t.text[:-1], "."], heads=[(t, 1), (t, 1)])


def _unpickle(*args) -> KbTokenizer:
    return KbTokenizer(*args)


def _build(nlp: Language) -> KbTokenizer:
    defaults = nlp.Defaults
    infixes = list(defaults.infixes or []) + list(_EXTRA_INFIXES)
    suffixes = list(_EXTRA_SUFFIXES) + list(defaults.suffixes or [])
    prefixes = list(_EXTRA_PREFIXES) + list(defaults.prefixes or [])
    return KbTokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=None,
        url_match=defaults.url_match,
    )


@registry.tokenizers("kb.tokenizer.v1")
def create_tokenizer():
    """Referenced from spaCy configs as ``@tokenizers = "kb.tokenizer.v1"``."""
    return _build


def make_nlp() -> Language:
    """A blank English pipeline with the project's tokenizer and nothing else."""
    nlp = spacy.blank("en")
    nlp.tokenizer = _build(nlp)
    return nlp
