"""Assemble the extraction pipeline: ``spacy.blank("en")`` plus the project's components.

Order matters and is fixed here:

1. ``kb_sentences``      sentence boundaries that survive abstracts
2. ``kb_abbreviations``  long form <-> short form pairs
3. ``kb_lexicon``        curated names (JSONL lexicons)
4. ``kb_cues``           names no lexicon knows, from cue patterns
5. ``ner`` + ``kb_ner_candidates``  the trained statistical NER, when the model is present
6. ``kb_resolver``       one non-overlapping set of mentions
7. ``kb_linker``         canonical names, abbreviation typing, entity ids
8. ``kb_claims``         claimed results
"""

from __future__ import annotations

import logging
from pathlib import Path

from spacy.language import Language

# Importing the component modules registers their factories.
from extractors import (  # noqa: F401
    abbreviations,
    candidates,
    claims,
    cues,
    lexicon,
    linker,
    ner,
    resolver,
    sentences,
)
from extractors.tokenizer import make_nlp

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).parent / "model"


def build_pipeline(model_dir: Path | str | None = MODEL_DIR, *, use_ner: bool = True,
                   resolver_config: dict | None = None, linker_config: dict | None = None) -> Language:
    """The full pipeline. Without a trained model it still runs, with lower recall.

    ``resolver_config`` and ``linker_config`` override settings of ``kb_resolver`` and
    ``kb_linker`` (``kb eval`` uses them to keep the described phrases a corpus annotates)."""
    nlp = make_nlp()
    nlp.add_pipe("kb_sentences")
    nlp.add_pipe("kb_abbreviations")
    nlp.add_pipe("kb_lexicon")
    nlp.add_pipe("kb_cues")
    nlp.add_pipe("kb_resolver", config=resolver_config or {})
    nlp.add_pipe("kb_linker", config=linker_config or {})
    nlp.add_pipe("kb_claims")
    # Rule components load their data files here; the trained NER is added afterwards
    # so that initialisation cannot reset its weights.
    nlp.initialize()
    if use_ner:
        if model_dir is not None and ner.model_available(model_dir):
            ner.add_trained_ner(nlp, Path(model_dir), before="kb_resolver")
        else:
            log.warning(
                "no trained NER model at %s: running rules only (lower recall); "
                "`kb train` builds it", model_dir,
            )
    return nlp
