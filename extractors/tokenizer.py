"""The project's tokenizer: spaCy's English rules, plus splits that entity names need.

Hyphens and slashes between letters or digits are split off ("CoNLL-2003" becomes
``CoNLL - 2003``, "En-De" becomes ``En - De``) so that spelling variants of a name
("CoNLL 2003", "CoNLL-2003") line up on token boundaries, which lexicon matching and
the trained NER both rely on. LaTeX escapes such as ``\\%`` become their own tokens.
Character offsets are unchanged: a token's ``idx`` always points into the input text.

>>> nlp = make_nlp()
>>> [t.text for t in nlp("CoNLL-2003 and ResNet-50 reach 12.5\\\\% on En/De.")]
['CoNLL', '-', '2003', 'and', 'ResNet', '-', '50', 'reach', '12.5', '\\\\%', 'on', 'En', '/', 'De', '.']
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

_EXTRA_INFIXES = (
    r"(?<=[\w.])[-‐‑–/](?=\w)",  # name-internal hyphen or slash
    r"(?<=\d)\\%",
)
_EXTRA_SUFFIXES = (r"\\%", r"\\\$")
_EXTRA_PREFIXES = (r"\\\$", r"\$")


def _build(nlp: Language) -> Tokenizer:
    defaults = nlp.Defaults
    infixes = list(defaults.infixes or []) + list(_EXTRA_INFIXES)
    suffixes = list(_EXTRA_SUFFIXES) + list(defaults.suffixes or [])
    prefixes = list(_EXTRA_PREFIXES) + list(defaults.prefixes or [])
    return Tokenizer(
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
