"""Normalisation shared by lexicon matching and entity linking.

Why one module: the lexicon matcher, the lexicon ``lookup`` used by the linker and the
entity keys that merge mentions across papers must agree on when two spellings are the
same name. Everything here is pure string manipulation (no spaCy), so it is easy to test;
:func:`normalise_space`, :func:`match_key` and :func:`singular` are called for every
mention and every lexicon look-up, mostly on names seen before, so they are memoised.

* :func:`match_key` is the identity of a surface form: case-, hyphen-, space-, slash- and
  punctuation-insensitive, but it keeps the characters that change a name's meaning
  (``+`` in "DeepLabv3+", ``#``, ``@`` in "nDCG@10", the dot in "SQuAD 1.1").
* :func:`singular` folds a plural last word ("LLMs" -> "LLM") without mangling words that
  only look plural ("bias", "dynamics", "Bayes").
* :func:`variants` expands one lexicon alias into the spellings seen in running text
  (hyphen / space / joined, version suffixes, 2- and 4-digit years, plurals), which the
  lexicon tokenizes into phrase-matcher patterns.

>>> match_key("CoNLL 2003") == match_key("CoNLL-2003") == match_key("conll2003")
True
>>> singular("Transformers"), singular("LLMs"), singular("dynamics")
('Transformer', 'LLM', 'dynamics')
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

__all__ = ["match_key", "normalise_space", "singular", "pluralise", "variants", "year_variants"]

_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d]")
#: Characters that never distinguish two names: separators and punctuation noise.
_NOISE = re.compile(r"[\s\-_/\\'\"`\u2018\u2019\u201c\u201d(),:;!?\[\]{}<>|~*^=\u00b7\u2022]+")
#: A dot only matters between digits ("1.1" is not "11"); anywhere else it is noise.
_STRAY_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")
_SPACE = re.compile(r"\s+")
#: entries per memoised function: far more than the distinct names in a batch of papers,
#: and at most a few MB each
_CACHE_SIZE = 1 << 15


@functools.lru_cache(maxsize=_CACHE_SIZE)
def normalise_space(text: str) -> str:
    """Collapse runs of whitespace (newlines from PDF extraction included) to one space.

    >>> normalise_space("  Sharpness-Aware\\n  Minimization ")
    'Sharpness-Aware Minimization'
    """
    return _SPACE.sub(" ", text).strip()


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def word_occurrences(text: str, word: str, *, plural: bool = False, after_hyphen: bool = True) -> list[tuple[int, int]]:
    """Offsets of ``word`` standing as a whole word in ``text`` (no letter, digit or "_"
    touching it), with a plural "s" if ``plural``; not right after a hyphen unless
    ``after_hyphen``. What ``re.finditer`` with ``(?<!\\w)word(?!\\w)`` would give, without
    compiling a pattern for every word (short forms differ from paper to paper).

    >>> word_occurrences("BERT, BERTs and RoBERTa; pre-BERT", "BERT", plural=True, after_hyphen=False)
    [(0, 4), (6, 11)]
    """
    out: list[tuple[int, int]] = []
    n, start = len(text), text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else ""
        if not (before and (_word_char(before) or (before == "-" and not after_hyphen))):
            if plural and end < n and text[end] == "s" and (end + 1 == n or not _word_char(text[end + 1])):
                end += 1
            elif end < n and _word_char(text[end]):
                end = -1
            if end > 0:
                out.append((start, end))
                start = text.find(word, end)
                continue
        start = text.find(word, start + 1)
    return out


@functools.lru_cache(maxsize=_CACHE_SIZE)
def match_key(text: str, *, casefold: bool = True) -> str:
    """The identity of a surface form, used for lexicon look-up and entity keys.

    Unifies case, Unicode compatibility forms, dashes, hyphens, slashes, underscores,
    spaces and quotes; keeps ``+ # @ & %`` and dots between digits because they change
    which thing is named. ``casefold=False`` keeps case, for case-sensitive acronyms.

    >>> match_key("CoNLL-2003"), match_key("CoNLL 2003"), match_key("conll2003")
    ('conll2003', 'conll2003', 'conll2003')
    >>> match_key("MS-COCO") == match_key("MS COCO") == match_key("mscoco")
    True
    >>> match_key("SQuAD 1.1"), match_key("SQuAD v1.1."), match_key("DeepLabv3+")
    ('squad1.1', 'squadv1.1', 'deeplabv3+')
    >>> match_key("DALL\u00b7E") == match_key("DALL-E")
    True
    >>> match_key("Cohen\u2019s kappa"), match_key("ARC", casefold=False)
    ('cohenskappa', 'ARC')
    """
    text = unicodedata.normalize("NFKC", text)
    text = _DASHES.sub("-", text)
    if casefold:
        text = text.casefold()
    text = _NOISE.sub("", text)
    return _STRAY_DOT.sub("", text)


# --------------------------------------------------------------------------- plurals

#: Words ending in "s" that are not plurals (or whose plural is the same word).
_INVARIANT = frozenset(
    """
    bayes means series species news alias atlas bias canvas gas pandas christmas texas thomas
    lucas vegas kansas chaos kudos cosmos ethos pathos logos thermos lens hastings physics
    mathematics dynamics statistics semantics robotics linguistics economics ethics optics
    acoustics mechanics pragmatics graphics electronics analytics kinetics aesthetics
    forensics ergonomics politics logistics informatics genetics phonetics diagnostics
    always perhaps whereas across plus thus towards afterwards besides pegasus
    """.split()
)
#: Plurals whose singular the suffix rules would get wrong.
_IRREGULAR = {
    "biases": "bias", "aliases": "alias", "atlases": "atlas", "caches": "cache",
    "niches": "niche", "avalanches": "avalanche", "headaches": "headache",
    "movies": "movie", "cookies": "cookie", "selfies": "selfie", "zombies": "zombie",
    "indices": "index", "matrices": "matrix", "vertices": "vertex", "analyses": "analysis",
    "hypotheses": "hypothesis", "theses": "thesis", "bases": "base", "axes": "axis",
    "criteria": "criterion", "phenomena": "phenomenon", "data": "data", "corpora": "corpus",
    "people": "people", "children": "child", "mice": "mouse",
}
_ACRONYM_PLURAL = re.compile(r"^[A-Z0-9][A-Za-z0-9]*[A-Z0-9]s$")
_INVARIANT_SUFFIX = ("ss", "us", "is", "omics", "ysics", "namics", "'s", "\u2019s")
#: a capitalised word ending in a hyphen, as in "Math-" of "Math-Minos"
_CAPITALISED_BEFORE_HYPHEN = re.compile(r"(?:^|[\s(/])[A-Z][A-Za-z0-9]*-$")
_LAST_WORD = re.compile(r"^(.*?)([A-Za-z][\w'\u2019]*)$", re.S)


def _singular_word(word: str) -> str:
    if _ACRONYM_PLURAL.match(word):
        return word[:-1]  # LLMs, CNNs, ViTs, GPUs, T5s
    low = word.lower()
    if low in _IRREGULAR:  # upper case is an acronym ("MICE"), not a plural
        return word if word.isupper() else _match_case(_IRREGULAR[low], word)
    if low in _INVARIANT or len(word) <= 3 or not word.endswith("s"):
        return word  # a capital S ends a name, not a plural: "BigNAS", "NAS"
    if low.endswith(_INVARIANT_SUFFIX) or (word[:1].isupper() and low.endswith("os")):
        return word  # and a capitalised name in "-os" ("Pharos", "Helios"), where "videos" is a plural
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if low.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    return word[:-1]


def _match_case(replacement: str, original: str) -> str:
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@functools.lru_cache(maxsize=_CACHE_SIZE)
def singular(text: str) -> str:
    """Fold a plural last word to the singular; the rest of the phrase is left alone.

    Deliberately conservative: a name that only looks plural should survive, because the
    result becomes part of an entity's identity.

    >>> [singular(w) for w in ["Transformers", "LLMs", "CNNs", "ViTs", "graph neural networks"]]
    ['Transformer', 'LLM', 'CNN', 'ViT', 'graph neural network']
    >>> [singular(w) for w in ["Fitness", "dynamics", "bias", "corpus", "analysis", "naive Bayes"]]
    ['Fitness', 'dynamics', 'bias', 'corpus', 'analysis', 'naive Bayes']
    >>> [singular(w) for w in ["policies", "beam searches", "losses", "biases", "k-means", "BERT"]]
    ['policy', 'beam search', 'loss', 'bias', 'k-means', 'BERT']
    >>> [singular(w) for w in ["metrics", "videos", "responses", "GAs", "ResNet-50"]]
    ['metric', 'video', 'response', 'GA', 'ResNet-50']
    >>> [singular(w) for w in ["Math-Minos", "Tree-LSTMs", "multi-heads", "BigNAS", "METRICS", "MICE"]]
    ['Math-Minos', 'Tree-LSTM', 'multi-head', 'BigNAS', 'METRICS', 'MICE']
    >>> [singular(w) for w in ["Pharos", "videos", "Transformers"]]
    ['Pharos', 'video', 'Transformer']
    """
    text = text.rstrip()
    m = _LAST_WORD.match(text)
    if not m:
        return text
    head, word = m.groups()
    if word[:1].isupper() and _CAPITALISED_BEFORE_HYPHEN.search(head) and not _ACRONYM_PLURAL.match(word):
        return text  # "Math-Minos": the capitalised parts of a coined name only look plural
    return head + _singular_word(word)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def name_key(surface: str) -> str:
    """A name up to case, spacing, hyphens and a plural: what makes two surface forms one
    name (entity keys, one type per name).

    >>> name_key("Large  Language Models") == name_key("large-language model")
    True
    """
    return match_key(singular(normalise_space(surface)))


def pluralise(word: str) -> str:
    """A regular English plural of one word, for generating plural patterns.

    >>> [pluralise(w) for w in ["LSTM", "network", "policy", "search", "day"]]
    ['LSTMs', 'networks', 'policies', 'searches', 'days']
    """
    low = word.lower()
    if word[:-1].isupper() or any(c.isdigit() for c in word):
        return word + "s"
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


# --------------------------------------------------------------------------- variants

_SEP_SPLIT = re.compile(r"(\s+|-|_|/)")
#: Optional boundaries inside a chunk: letters followed by a trailing number ("WMT14",
#: "ResNet50") or a version suffix ("YOLOv3", "MobileNetV2", "DINOv2").
_LETTER_DIGIT = re.compile(r"^([A-Za-z]*[A-Za-z]{2})(\d+)$")
_VERSION = re.compile(r"^(.*[A-Za-z]{2})([vV]\d+(?:\.\d+)?)$")
_YEAR4 = re.compile(r"^(19[5-9]\d|20[0-3]\d)$")
_YEAR2 = re.compile(r"^(\d\d)$")
#: More optional separators than this and only uniform spellings are generated,
#: to keep the pattern count linear in the lexicon size.
_MAX_FREE_SEPARATORS = 3
#: languages of translation directions, by name, with their ISO 639-1 codes
LANGUAGES = {
    "English": "en", "German": "de", "French": "fr", "Romanian": "ro", "Czech": "cs",
    "Russian": "ru", "Chinese": "zh", "Japanese": "ja", "Finnish": "fi", "Turkish": "tr",
    "Spanish": "es", "Vietnamese": "vi", "Estonian": "et", "Latvian": "lv", "Lithuanian": "lt",
    "Kazakh": "kk", "Gujarati": "gu", "Hindi": "hi", "Arabic": "ar", "Korean": "ko",
    "Portuguese": "pt", "Italian": "it", "Dutch": "nl", "Polish": "pl", "Inuktitut": "iu",
    "Tamil": "ta", "Pashto": "ps", "Khmer": "km", "Icelandic": "is", "Hausa": "ha",
    "Ukrainian": "uk", "Croatian": "hr", "Bengali": "bn", "Nepali": "ne", "Sinhala": "si",
    "Swahili": "sw", "Hebrew": "he", "Persian": "fa", "Indonesian": "id", "Thai": "th",
}
_NAMES = "|".join(LANGUAGES)
_LANGUAGE_OF = {**{name.lower(): name for name in LANGUAGES}, **{code: name for name, code in LANGUAGES.items()}}
#: a translation direction between two languages named in full ("English-German")
_LANGUAGE_PAIR = re.compile(rf"\b({_NAMES})[- ](?=[A-Z][a-z])")
_LANGUAGE = rf"(?:{_NAMES}|" + "|".join(
    spelling for code in LANGUAGES.values() for spelling in (code.capitalize(), code.upper())) + ")"
#: a translation direction written with language codes: "En-De", "EN-FR"
_CODE_PAIR = re.compile(rf"\b({_LANGUAGE})-(?={_LANGUAGE}\b)")
#: a written translation direction: "En-De", "EN→FR", "English-to-German", "German to English"
TRANSLATION_DIRECTION = re.compile(
    rf"\b({_LANGUAGE})(?:\s*(?:-|\u2192|->)\s*|-to-|\s+to\s+)({_LANGUAGE})(?![\w-])")


def language_pair(written: str) -> tuple[str, str] | None:
    """The two languages of a written translation direction, named in full.

    >>> language_pair("En-Fr"), language_pair("German to English"), language_pair("in-depth")
    (('English', 'French'), ('German', 'English'), None)
    """
    m = TRANSLATION_DIRECTION.fullmatch(written.strip())
    return (_LANGUAGE_OF[m[1].lower()], _LANGUAGE_OF[m[2].lower()]) if m else None


def year_variants(chunk: str, *, two_digit: bool) -> list[str]:
    """Spellings of a number chunk that may be a year: 2003 <-> 03 (and 14 -> 2014).

    >>> year_variants("2003", two_digit=False)
    ['2003', '03']
    >>> year_variants("14", two_digit=True), year_variants("14", two_digit=False)
    (['14', '2014'], ['14'])
    >>> year_variants("50", two_digit=True)
    ['50']
    """
    if _YEAR4.match(chunk):
        return [chunk, chunk[2:]]
    if two_digit and _YEAR2.match(chunk):
        value = int(chunk)
        if value <= 30:
            return [chunk, "20" + chunk]
        if value >= 87:
            return [chunk, "19" + chunk]
    return [chunk]


def _is_upperish(chunk: str) -> bool:
    """An acronym-like chunk ("MS", "COCO", "R", "CNN", "T5"): no lower-case letter."""
    return any(c.isalpha() for c in chunk) and not any(c.islower() for c in chunk)


def _joinable(left: str, right: str) -> bool:
    """May the separator between two chunks be dropped ("CoNLL2003", "Llama2", "MSCOCO")?

    Only before a number or between two acronyms: "14English" or "beamsearch" are never
    written, and every extra spelling is one more pattern.
    """
    if not left or not right:
        return False
    if right[0].isdigit() and left[-1].isalpha():
        return True
    if left[-1].isdigit() and right[0].isdigit():
        return False  # "T5-11B" is never "T511B"
    return _is_upperish(left) and _is_upperish(right)


def _split(alias: str) -> tuple[list[str], list[str]]:
    """Chunks and the separators between them; "" marks an optional in-chunk boundary."""
    parts = _SEP_SPLIT.split(alias)
    chunks, seps = [parts[0]], []
    for i in range(1, len(parts), 2):
        seps.append(" " if parts[i].isspace() else parts[i])
        chunks.append(parts[i + 1])
    out_chunks: list[str] = []
    out_seps: list[str] = []
    for i, chunk in enumerate(chunks):
        if i:
            out_seps.append(seps[i - 1])
        m = _VERSION.match(chunk) or _LETTER_DIGIT.match(chunk)
        if m:
            out_chunks.append(m.group(1))
            out_seps.append("")
            out_chunks.append(m.group(2))
        else:
            out_chunks.append(chunk)
    return out_chunks, out_seps


def _sep_choices(sep: str, left: str, right: str) -> list[str]:
    if sep == "/":
        return ["/", "-", " "]
    if sep == "":
        return ["", " ", "-"]
    return [" ", "-", ""] if _joinable(left, right) else [" ", "-"]


def variants(
    alias: str, *, plural: bool = False, two_digit_years: bool = False, years: bool = True
) -> set[str]:
    """Spellings of ``alias`` to turn into phrase patterns (case is left to the matcher).

    Separators (space, hyphen, underscore, slash) are interchangeable and may be dropped
    next to an acronym or a number; letters+number chunks ("WMT14") and version suffixes
    ("YOLOv3") may gain a separator; a 4-digit year may be written with 2 digits and,
    with ``two_digit_years``, a 2-digit year with 4; ``plural`` adds the plural of the
    last word ("LSTMs", "convolutional neural networks"); ``years=False`` turns all year
    rewriting off (for names whose number is a count, such as "CIFAR-10").

    >>> sorted(variants("CoNLL-2003"))
    ['CoNLL 03', 'CoNLL 2003', "CoNLL'03", 'CoNLL-03', 'CoNLL-2003', 'CoNLL03', 'CoNLL2003']
    >>> sorted(variants("MS COCO"))
    ['MS COCO', 'MS-COCO', 'MSCOCO']
    >>> "YOLO v3" in variants("YOLOv3") and "WMT 2014" in variants("WMT14", two_digit_years=True)
    True
    >>> sorted(variants("LSTM", plural=True))
    ['LSTM', 'LSTMs']
    >>> sorted(variants("beam search"))
    ['beam search', 'beam-search']
    >>> "WMT 2014 English-to-German" in variants("WMT14 English-German", two_digit_years=True)
    True
    >>> sorted(variants("coreference"))
    ['co-reference', 'coreference']
    >>> "multitask learning" in variants("multi-task learning"), "pretraining" in variants("pre-training")
    (True, False)
    """
    alias = normalise_space(_DASHES.sub("-", unicodedata.normalize("NFKC", alias)))
    if not alias:
        return set()
    spellings = _variants(alias, plural, two_digit_years, years)
    if _LANGUAGE_PAIR.search(alias):  # "English-German" is also written "English-to-German"
        spellings |= {_LANGUAGE_PAIR.sub(rf"\1{to}", v) for v in spellings for to in ("-to-", " to ", "→")}
    if _CODE_PAIR.search(alias):  # "En-De" is also written "En→De"
        spellings |= {_CODE_PAIR.sub(r"\1→", v) for v in spellings if _CODE_PAIR.search(v)}
    return spellings


#: the "z" of an American "-ize" word ("normalization", "optimizer"), which British spells "s"
_AMERICAN_Z = re.compile(r"(?<=[a-z]{3}i)z(e|es|er|ers|ed|ing|ation|ations)\b")
_PREFIXES = "co|pre|re|multi|non|semi|sub|cross|bi"
#: a word prefix and a hyphen, which may be dropped: "multi-task" is also "multitask". Not "pre-train...":
#: written "pretraining", annotators took it for no technique (5 of 5 in probe abstracts, 0 of 27 in SciER)
_HYPHENED_PREFIX = re.compile(rf"\b((?i:{_PREFIXES}))-(?!train)(?=[a-z]{{3}})")
#: a prefix joined to a stem that is also written after a hyphen: "coreference" is also
#: "co-reference". Only these stems: "conditional" or "binary" are no prefixed words.
_JOINED_PREFIX = re.compile(
    rf"\b((?i:{_PREFIXES}))(?=(?:reference|occurrence|task|rank|word|directional|lingual|modal|supervised"
    r"|autoregressive|attention|encoder|lstm|parametric|linear|process)[a-z]*\b)")
#: nouns in "-ing" that have a plural ("positional encodings"), unlike "learning" or "pooling"
_COUNTABLE_ING = frozenset({"embedding", "encoding", "mapping", "string"})


def _variants(alias: str, plural: bool, two_digit_years: bool, years: bool) -> set[str]:
    chunks, seps = _split(alias)
    chunk_options = [
        year_variants(c, two_digit=two_digit_years) if i and years else [c] for i, c in enumerate(chunks)
    ]
    sep_options = [_sep_choices(s, chunks[i], chunks[i + 1]) for i, s in enumerate(seps)]
    free = sum(len(o) > 1 for o in sep_options)
    out: set[str] = {alias}
    if free <= _MAX_FREE_SEPARATORS:
        sep_product = itertools.product(*sep_options)
    else:  # uniform spellings only: all spaces, all hyphens, as written
        original = [s if s else "" for s in seps]
        uniform = [[c if c in opts else orig for opts, orig in zip(sep_options, original)] for c in (" ", "-")]
        sep_product = [tuple(original), *map(tuple, uniform)]
    sep_combos = list(sep_product)
    for chunk_combo in itertools.product(*chunk_options):
        for sep_combo in sep_combos:
            text = chunk_combo[0] + "".join(s + c for s, c in zip(sep_combo, chunk_combo[1:]))
            out.add(text)
    # "CoNLL'03", "WMT'14 En-Fr": the apostrophe form of a shortened year.
    for i, chunk in enumerate(chunks):
        if i and years and len(year_variants(chunk, two_digit=two_digit_years)) > 1:
            head = chunks[0] + "".join(s + c for s, c in zip(seps[:i - 1], chunks[1:i]))
            tail = "".join(s + c for s, c in zip(seps[i:], chunks[i + 1:]))
            out.add(f"{head}'{chunk[-2:]}{tail}")
    if plural:
        last = chunks[-1]
        if last[-1:].isalpha() and len(last) > 1 and (
                not last.lower().endswith(("s", "ing", "ed")) or last.lower() in _COUNTABLE_ING):
            out |= {v[: len(v) - len(last)] + pluralise(last) for v in out if v.endswith(last)}
    # British spellings of "-ize" words: "batch normalisation", "Adam optimiser"
    out |= {_AMERICAN_Z.sub(r"s\1", v) for v in out if _AMERICAN_Z.search(v)}
    # prefixed words with and without their hyphen: "co-reference", "pretraining"
    out |= {_HYPHENED_PREFIX.sub(r"\1", v) for v in out if _HYPHENED_PREFIX.search(v)}
    out |= {_JOINED_PREFIX.sub(r"\1-", v) for v in out if _JOINED_PREFIX.search(v)}
    return {normalise_space(v) for v in out if v.strip()}
