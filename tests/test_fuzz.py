"""Fuzzing with Hypothesis: readers and extractor never fail except on purpose.

* Every reader, forced on arbitrary bytes or text (and on text stitched from the
  fragments of the formats kb reads, which reaches deeper than random characters do),
  yields records and rejects, or raises one of kb's own errors (:class:`kb.errors.KBError`)
  — never anything else. The readers are called directly, not through
  :func:`kb.readers.read_source`, whose safety net would hide a reader's bug.
* The extractor, on arbitrary titles and abstracts: every mention's text is its field at
  ``[start:end]`` and every claim's text is the abstract at ``[start:end]``.

Example counts (250 per reader, 600 for the extractor) keep the module to about ten
seconds; raise them with
``HYPOTHESIS_PROFILE=thorough``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.errors import KBError
from kb.readers import READERS, to_paper
from kb.readers.base import RawRecord, Source
from schema.models import Paper, Reject

settings.register_profile("kb-fuzz", max_examples=250, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("thorough", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "kb-fuzz")

FRAGMENTS = [
    # JSON and API pages
    '{"title": ', '"abstract": ', '"authors": ', '"year": ', '"date": ', '"doi": ', '"results": [', '"data": [',
    '"abstract_inverted_index": {', '"display_name": ', '"paperId": ', '[', ']', '{', '}', ',', ':', '"', '\\"',
    '\\u00e9', '\\ud800', 'null', 'true', '1e999', '-0', '2021', '"2021-02-30"', '"13/45/2021"',
    # delimited
    'title,abstract,year\n', 'title\tabstract\n', ';', '\t', '"a ""quoted"" field"',
    # Atom
    '<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" '
    'xmlns:arxiv="http://arxiv.org/schemas/atom">', '<entry>', '</entry>', '<title>', '</title>', '<summary>',
    '</summary>', '<id>http://arxiv.org/abs/2101.00001v1</id>', '<published>2021-01-01T00:00:00Z</published>',
    '<author><name>', '</name></author>', '&amp;', '&bogus;', '<![CDATA[', ']]>', '</feed>',
    # BibTeX and LaTeX
    '@article{key,', '@inproceedings{', 'title = {', 'abstract = "', 'author = {A and B},', '}', '{\\"U}ber',
    '\\emph{', '$x^2$', '@string{s = "x"}', '@comment{', '%',
    # page text
    'Abstract', 'Authors:', '3 authors', 'Submitted on 1 Jan 2021', 'Upvotes 12', 'Code', '\n\n', '\n', '\r\n', '\r',
    # text
    'We propose BERT.', 'Accuracy of 90.5% on CIFAR-10.', 'é', '€', '\u00a0', '\u200b', '\ufeff', '\x00', '\x0c',
]
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
stitched = st.lists(st.one_of(st.sampled_from(FRAGMENTS), texts), max_size=60).map("".join)
documents = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=600).map(lambda s: s.encode("utf-8", "surrogatepass")),
    stitched.map(lambda s: s.encode("utf-8")),
    stitched.map(lambda s: s.encode("cp1252", "replace")),
    stitched.map(lambda s: s.encode("utf-16")),
)

# one scratch directory for the module: hypothesis runs many examples per test, and
# function-scoped fixtures such as tmp_path are not reset between them
_DIR = Path(tempfile.mkdtemp(prefix="kb-fuzz-"))


@pytest.fixture(scope="module", autouse=True)
def _remove_scratch_dir():
    yield
    shutil.rmtree(_DIR, ignore_errors=True)


def _read_all(fmt: str, data: bytes) -> list[Paper | Reject]:
    path = _DIR / f"input-{fmt}"
    path.write_bytes(data)
    source = Source(str(path))
    out: list[Paper | Reject] = []
    try:
        for item in READERS[fmt].read(source):
            if isinstance(item, RawRecord):
                out.append(to_paper(item, source, fmt))
            else:
                assert isinstance(item, Reject)
                out.append(item)
    except KBError:
        pass  # refusing on purpose is fine
    return out


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_reader_fails_only_on_purpose(fmt):
    @settings(settings.get_profile(PROFILE))
    @given(documents)
    def run(data: bytes) -> None:
        for item in _read_all(fmt, data):
            if isinstance(item, Reject):
                assert item.reason and item.line >= 0
                item.reason.encode("utf-8")  # storable: no lone surrogates
                item.excerpt.encode("utf-8")
            else:
                assert item.abstract.strip() and item.source.format == fmt
                (item.title or "").encode("utf-8")
                item.abstract.encode("utf-8")

    run()


# ---------------------------------------------------------------------- extractor
@pytest.fixture(scope="module")
def nlp():
    from extractors.pipeline import build_pipeline

    return build_pipeline(use_ner=False)


WORDS = [
    "BERT", "ResNet-50", "CIFAR-10", "ImageNet", "SQuAD 1.1", "accuracy", "F1", "BLEU", "WER", "error rate",
    "Transformer", "GPT-2", "LSTM", "machine translation", "named entity recognition", "state-of-the-art",
    "We propose", "Our method", "improves", "outperforms", "achieves", "reduces", "by", "on", "over", "than",
    "from", "to", "the baseline", "90.5%", "1.2 points", "2x", "±0.3", "(BERT)", "Bidirectional Encoder "
    "Representations from Transformers (BERT)", ".", ",", "(", ")", ";", " ", "\n", "\n\n", "\t", "\r\n",
    "\u00a0", "\u200b", "e\u0301", "ﬁne-tuning", "İ", "ß", "Σ", "😀", "–", "%",
]
prose = st.one_of(
    st.lists(st.one_of(st.sampled_from(WORDS), texts), max_size=50).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=50).map("".join),
    st.text(max_size=300),
)


def test_extractor_offsets_always_point_at_the_text(nlp):
    from extractors.document import extract_many

    @settings(settings.get_profile(PROFILE), max_examples=600)
    @given(st.one_of(st.none(), prose.map(lambda s: s[:300])), prose)
    def run(title: str | None, abstract: str) -> None:
        title = title if title and title.strip() else None
        if not abstract.strip():
            return
        try:
            ((extraction, _),) = list(extract_many(nlp, [(title, abstract, None)]))
        except KBError:
            return
        for entity in extraction.entities:
            assert entity.mentions
            for m in entity.mentions:
                text = title if m.field == "title" else abstract
                assert text is not None and text[m.start:m.end] == m.text, (m, title, abstract)
        for claim in extraction.claims:
            assert abstract[claim.start:claim.end] == claim.text, (claim, abstract)

    run()
