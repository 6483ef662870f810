"""The ``kb_linker`` component: canonical names, abbreviation typing, entity keys."""

from __future__ import annotations

import doctest
import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import extractors.lexicon  # noqa: F401  (registers kb_lexicon)
from extractors import linker as linker_module
from extractors.candidates import Abbreviation, Candidate
from extractors.linker import clean_surface, entity_key
from extractors.tokenizer import make_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = make_nlp()
    nlp.add_pipe("kb_lexicon")
    nlp.add_pipe("kb_linker")
    nlp.initialize()
    return nlp


def mention(text: str, surface: str, label: str, nth: int = 0, extractor: str = "cue",
            confidence: float = 0.8) -> Candidate:
    """A mention of the ``nth`` whole-word occurrence of ``surface`` in ``text``."""
    matches = list(re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text))
    m = matches[nth]
    return Candidate(m.start(), m.end(), label, confidence, extractor)


def abbreviation(text: str, long_form: str, short_form: str) -> Abbreviation:
    ls = text.index(long_form)
    ss = text.index("(" + short_form + ")", ls) + 1
    return Abbreviation(ls, ls + len(long_form), ss, ss + len(short_form), long_form, short_form)


def link(nlp: Language, text: str, mentions: list[Candidate],
         abbreviations: list[Abbreviation] | None = None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.kb_mentions = mentions
    doc._.kb_abbreviations = abbreviations
    return nlp.get_pipe("kb_linker")(doc)


def names(doc: Doc) -> list[tuple[str, str, str]]:
    return [(doc.text[m.start:m.end], m.label, m.canonical) for m in doc._.kb_mentions]


def test_coco_spellings_are_one_entity(nlp: Language) -> None:
    text = "We train on MS-COCO and MS COCO, then test on COCO."
    doc = link(nlp, text, [mention(text, s, "DATASET") for s in ("MS-COCO", "MS COCO", "COCO")])
    assert {m.canonical for m in doc._.kb_mentions} == {"MS COCO"}
    keys = {m.meta["entity_key"] for m in doc._.kb_mentions}
    assert keys == {entity_key("DATASET", "MS COCO")}


def test_entity_key_across_papers() -> None:
    assert entity_key("DATASET", "MS-COCO") == entity_key("DATASET", "MS COCO") == entity_key("DATASET", "mscoco")
    assert entity_key("METHOD", "Transformers") == entity_key("METHOD", "transformer")
    assert entity_key("METHOD", "Graph Foo Networks") == entity_key("METHOD", "graph-foo network")
    assert entity_key("METHOD", "BLEU") != entity_key("METRIC", "BLEU")


def test_abbreviation_long_and_short_form_share_the_long_canonical(nlp: Language) -> None:
    text = "We propose Sharpness-Aware Minimization (SAM). SAM improves generalization."
    mentions = [
        mention(text, "Sharpness-Aware Minimization", "METHOD"),
        mention(text, "SAM", "METHOD", 0, extractor="lexicon"),
        mention(text, "SAM", "METHOD", 1, extractor="lexicon"),
    ]
    doc = link(nlp, text, mentions, [abbreviation(text, "Sharpness-Aware Minimization", "SAM")])
    assert {m.canonical for m in doc._.kb_mentions} == {"Sharpness-Aware Minimization"}
    assert len({m.meta["entity_key"] for m in doc._.kb_mentions}) == 1


def test_unknown_abbreviation_uses_long_form_as_written(nlp: Language) -> None:
    text = "We introduce the  Gated\nSpectral Mixer (GSM-X). Experiments show GSM-X is fast."
    long_form = "Gated\nSpectral Mixer"
    mentions = [mention(text, long_form, "METHOD"), mention(text, "GSM-X", "METHOD")]
    doc = link(nlp, text, mentions, [abbreviation(text, long_form, "GSM-X")])
    got = names(doc)
    assert got[0][2] == got[1][2] == "Gated Spectral Mixer"
    # the second, unproposed occurrence of the short form becomes a mention too
    assert got[2] == ("GSM-X", "METHOD", "Gated Spectral Mixer")
    assert doc._.kb_mentions[2].extractor == "abbreviation"


def test_a_span_holding_long_and_short_form_is_named_like_them(nlp: Language) -> None:
    text = "We present the Knowledge Aided Reader (KAR). KAR reaches 72.4 EM."
    mentions = [mention(text, "Knowledge Aided Reader (KAR)", "METHOD"), mention(text, "KAR", "METHOD", 1)]
    doc = link(nlp, text, mentions, [abbreviation(text, "Knowledge Aided Reader", "KAR")])
    assert {m.canonical for m in doc._.kb_mentions} == {"Knowledge Aided Reader"}


def test_short_form_takes_the_type_of_its_long_form(nlp: Language) -> None:
    text = "We study Dense Trajectory Reasoning (DTR). DTR is hard."
    mentions = [
        mention(text, "Dense Trajectory Reasoning", "TASK"),
        mention(text, "DTR", "METHOD", 0),
        mention(text, "DTR", "METHOD", 1),
    ]
    doc = link(nlp, text, mentions, [abbreviation(text, "Dense Trajectory Reasoning", "DTR")])
    assert [m.label for m in doc._.kb_mentions] == ["TASK", "TASK", "TASK"]
    assert [e.label_ for e in doc.ents] == ["TASK", "TASK", "TASK"]


@pytest.mark.parametrize(("short", "label"), [("RAPGen", "METHOD"), ("PatGen", "METHOD"), ("RAPG", "TASK")])
def test_a_short_form_in_mixed_case_names_a_system_though_its_long_form_reads_like_a_task(
        nlp: Language, short: str, label: str) -> None:
    text = f"Retrieval-Augmented Patch Generation ({short}) retrieves fixes. {short} fixes 94 bugs."
    mentions = [mention(text, "Retrieval-Augmented Patch Generation", "TASK"),
                mention(text, short, "METHOD", 0, "ner"), mention(text, short, "METHOD", 1, "ner")]
    doc = link(nlp, text, mentions, [abbreviation(text, "Retrieval-Augmented Patch Generation", short)])
    assert [m.label for m in doc._.kb_mentions] == [label] * 3


def test_plural_short_form_folds_the_long_form(nlp: Language) -> None:
    text = "Hyperbolic Foo Networks (HFNs) are strong; HFNs scale."
    mentions = [mention(text, "Hyperbolic Foo Networks", "METHOD"), mention(text, "HFNs", "METHOD", 0)]
    doc = link(nlp, text, mentions, [abbreviation(text, "Hyperbolic Foo Networks", "HFNs")])
    assert {m.canonical for m in doc._.kb_mentions} == {"Hyperbolic Foo Network"}


def test_long_form_known_to_lexicon_gives_lexicon_name(nlp: Language) -> None:
    text = "We use long short-term memory (LSTM) networks."
    mentions = [mention(text, "long short-term memory", "METHOD"), mention(text, "LSTM", "METHOD")]
    doc = link(nlp, text, mentions, [abbreviation(text, "long short-term memory", "LSTM")])
    assert {m.canonical for m in doc._.kb_mentions} == {"long short-term memory"}


def test_a_short_form_the_lexicon_names_gives_its_name_to_its_long_form(nlp: Language) -> None:
    text = "We propose a Fast Region-based Convolutional Network method (Fast R-CNN). Fast Region-based " \
           "Convolutional Network trains fast."
    long_form = "Fast Region-based Convolutional Network"
    mentions = [mention(text, "Fast R-CNN", "METHOD", extractor="lexicon"),
                mention(text, "Fast Region-based Convolutional Network", "METHOD", 1, extractor="ner")]
    doc = link(nlp, text, mentions, [abbreviation(text, long_form, "Fast R-CNN")])
    assert {m.canonical for m in doc._.kb_mentions} == {"Fast R-CNN"}
    # an acronym in capitals keeps the paper's own long form
    text = "We propose Sparse Attention Mixing (SAM)."
    doc = link(nlp, text, [mention(text, "SAM", "METHOD", extractor="lexicon")],
               [abbreviation(text, "Sparse Attention Mixing", "SAM")])
    assert {m.canonical for m in doc._.kb_mentions} == {"Sparse Attention Mixing"}


def test_lexicon_names_without_abbreviations(nlp: Language) -> None:
    text = "BERT-Large beats LSTMs on conll2003 in named-entity recognition."
    mentions = [mention(text, "BERT-Large", "METHOD"), mention(text, "LSTMs", "METHOD"),
                mention(text, "conll2003", "DATASET"), mention(text, "named-entity recognition", "TASK")]
    doc = link(nlp, text, mentions)
    assert [m.canonical for m in doc._.kb_mentions] == [
        "BERT-large", "long short-term memory", "CoNLL-2003", "named entity recognition"]


def test_a_lexicon_name_of_another_type_is_not_the_canonical_name(nlp: Language) -> None:
    text = "It solves most instances of the MAPF benchmark."
    doc = link(nlp, text, [mention(text, "MAPF", "DATASET")])  # the lexicon lists MAPF as a TASK
    assert [m.canonical for m in doc._.kb_mentions] == ["MAPF"]


def test_surface_forms_are_cleaned(nlp: Language) -> None:
    text = "The FooNets outperform the Graph Bar Networks and a ZetaFormer."
    mentions = [mention(text, "The FooNets", "METHOD"), mention(text, "the Graph Bar Networks", "METHOD"),
                mention(text, "a ZetaFormer", "METHOD")]
    doc = link(nlp, text, mentions)
    assert [m.canonical for m in doc._.kb_mentions] == ["FooNet", "Graph Bar Network", "ZetaFormer"]


def test_a_dataset_name_keeps_its_final_s_but_not_its_identity(nlp: Language) -> None:
    text = "We test on WikiEvents and on the FooNets corpora; FooNets also names a model."
    doc = link(nlp, text, [mention(text, "WikiEvents", "DATASET"), mention(text, "FooNets", "METHOD", nth=1)])
    assert {(label, canonical) for _, label, canonical in names(doc)} == {("DATASET", "WikiEvents"),
                                                                        ("METHOD", "FooNet")}
    assert doc._.kb_mentions[0].meta["entity_key"] == entity_key("DATASET", "WikiEvent")


def test_a_one_word_name_keeps_its_final_s_where_the_paper_never_writes_the_singular(nlp: Language) -> None:
    text = "Our system, Volctrans, has two modules. Transformers help: a Transformer encodes."
    doc = link(nlp, text, [mention(text, "Volctrans", "METHOD"), mention(text, "Transformers", "METHOD")])
    assert [m.canonical for m in doc._.kb_mentions][:2] == ["Volctrans", "Transformer"]


def test_one_spelling_per_entity_within_a_doc(nlp: Language) -> None:
    text = "Graph Bar Networks work. graph bar network is simple. Graph-Bar networks win."
    mentions = [mention(text, s, "METHOD") for s in ("Graph Bar Networks", "graph bar network", "Graph-Bar networks")]
    doc = link(nlp, text, mentions)
    assert {m.canonical for m in doc._.kb_mentions} == {"Graph Bar Network"}
    assert len({m.meta["entity_key"] for m in doc._.kb_mentions}) == 1


def test_label_decides_between_types(nlp: Language) -> None:
    text = "We report BLEU."
    doc = link(nlp, text, [mention(text, "BLEU", "METRIC")])
    assert doc._.kb_mentions[0].canonical == "BLEU"
    assert doc._.kb_mentions[0].meta["entity_key"] == entity_key("METRIC", "BLEU")


def test_later_occurrences_of_a_coined_name_a_cue_typed_are_mentions(nlp: Language) -> None:
    text = "We release KorFinSTS, a new benchmark. Gains reach +0.22 on KorFinSTS and on KorFinSTS's test split."
    doc = link(nlp, text, [mention(text, "KorFinSTS", "DATASET", extractor="cue")])
    assert [(surface, label) for surface, label, _ in names(doc)] == [("KorFinSTS", "DATASET")] * 3
    assert [m.meta.get("from") for m in doc._.kb_mentions] == [None, "repeat", "repeat"]


@pytest.mark.parametrize(("confidence", "expected"), [(0.34, ["METHOD", "METHOD"]), (0.9, ["METHOD", "DATASET"])])
def test_a_repeat_takes_the_cue_type_from_a_less_confident_ner_mention(nlp: Language, confidence: float,
                                                                      expected: list[str]) -> None:
    text = "We obtain EdgeWhisper, a small model. On LibriSpeech, EdgeWhisper obtains 3.9% WER."
    doc = link(nlp, text, [mention(text, "EdgeWhisper", "METHOD", extractor="cue", confidence=0.88),
                           mention(text, "EdgeWhisper", "DATASET", nth=1, extractor="ner", confidence=confidence)])
    assert [label for surface, label, _ in names(doc) if surface == "EdgeWhisper"] == expected


def test_a_short_form_of_a_modifier_names_the_whole_phrase_the_lexicon_knows(nlp: Language) -> None:
    text = "A criterion for out-of-distribution (OOD) detection. It flags OOD questions."
    long_m = mention(text, "out-of-distribution", "TASK", extractor="ner", confidence=0.6)
    short_m = mention(text, "OOD", "TASK", nth=1, extractor="abbreviation", confidence=0.6)
    doc = link(nlp, text, [long_m, short_m], [abbreviation(text, "out-of-distribution", "OOD")])
    assert names(doc) == [("out-of-distribution (OOD) detection", "TASK", "out-of-distribution detection")]
    # a long form the lexicon knows stays an entity of its own
    text = "Graph neural network (GNN) layers stack."
    doc = link(nlp, text, [mention(text, "Graph neural network", "METHOD", extractor="lexicon")],
               [abbreviation(text, "Graph neural network", "GNN")])
    assert {(label, canonical) for _, label, canonical in names(doc)} == {("METHOD", "graph neural network")}


@pytest.mark.parametrize(("inside", "long_label", "widened"), [
    ("METHOD", "METHOD", True), ("TASK", "METHOD", True),  # a method's name may hold a task ("Spectral Denoising")
    ("METHOD", "TASK", False),  # a task's no method
    (None, "METHOD", True)])  # in the title, also where nothing was found
def test_another_occurrence_of_a_defined_long_form_is_the_long_form_over_a_part_of_its_type(
        nlp: Language, inside: str | None, long_label: str, widened: bool) -> None:
    text = "Temporal Token Merging for Video\n\nWe present Temporal Token Merging (TTM). TTM cuts FLOPs."
    long_start = text.index("Temporal Token Merging", 5)
    short_start = text.index("(TTM)") + 1
    definition = Abbreviation(long_start, long_start + 22, short_start, short_start + 3,
                              "Temporal Token Merging", "TTM")
    mentions = [mention(text, "Temporal Token Merging", long_label, nth=1, extractor="ner")]
    if inside is not None:
        mentions.append(mention(text, "Token Merging", inside, extractor="lexicon"))
    doc = link(nlp, text, mentions, [definition])
    title = [text[m.start:m.end] for m in doc._.kb_mentions if m.start < text.index("\n")]
    assert title == (["Temporal Token Merging"] if widened else ["Token Merging"])


@pytest.mark.parametrize(("text", "label"), [
    ("Masked image modeling is strong. We compare with DINO and MAE.", "METHOD"),
    ("The text is masked at test time; it reduces MAE by 3.1.", "METRIC"),  # masking, no masked modelling
])
def test_mae_is_the_masked_autoencoder_where_masked_modelling_is_spoken_of(nlp: Language, text: str, label: str) -> None:
    doc = link(nlp, text, [Candidate(text.index("MAE"), text.index("MAE") + 3, "METRIC", 0.99, "lexicon",
                                     "mean absolute error")])
    assert [m.label for m in doc._.kb_mentions] == [label]


def test_a_long_form_inside_another_defined_long_form_is_not_added(nlp: Language) -> None:
    text = "The vector space model (VSM) fails, so the sentiment vector space model (s-VSM) is proposed."
    defs = [abbreviation(text, "vector space model", "VSM"), abbreviation(text, "sentiment vector space model", "s-VSM")]
    doc = link(nlp, text, [mention(text, "vector space model", "METHOD", extractor="lexicon")], defs)
    inner = text.index("sentiment vector space model") + len("sentiment ")
    assert not any(m.start == inner for m in doc._.kb_mentions)


def test_a_repeat_of_a_coined_name_replaces_the_mentions_of_its_parts(nlp: Language) -> None:
    text = "We introduce QAT-2, a recipe. QAT-2 quantizes models."
    doc = link(nlp, text, [mention(text, "QAT-2", "METHOD", extractor="cue"),
                           Candidate(30, 33, "METHOD", 0.7, "lexicon")])  # the "QAT" of the second QAT-2
    assert [(surface, m.meta.get("from")) for (surface, _, _), m in zip(names(doc), doc._.kb_mentions)] == [
        ("QAT-2", None), ("QAT-2", "repeat")]


@pytest.mark.parametrize(("surface", "extractor", "confidence"), [
    ("KorFinSTS", "ner", 0.4), ("KORFIN", "ner", 0.8), ("Reformer", "cue", 0.8)])
def test_uncertain_ner_names_acronyms_it_typed_and_words_are_not_repeated(
        nlp: Language, surface: str, extractor: str, confidence: float) -> None:
    text = f"We release {surface}, a new model. {surface} is fast."
    doc = link(nlp, text, [mention(text, surface, "METHOD", extractor=extractor, confidence=confidence)])
    assert len(doc._.kb_mentions) == 1


def test_a_coined_name_the_ner_typed_confidently_is_repeated(nlp: Language) -> None:
    # "Our remedy, NoiseTrust, ... NoiseTrust trains ResNet-50 to 76.2%": the claim's subject
    text = "Our remedy, NoiseTrust, rescales trust ratios. NoiseTrust trains ResNet-50 to 76.2% accuracy."
    doc = link(nlp, text, [mention(text, "NoiseTrust", "METHOD", extractor="ner", confidence=0.75)])
    assert [(surface, label) for surface, label, _ in names(doc)] == [("NoiseTrust", "METHOD")] * 2


def test_empty_inputs(nlp: Language) -> None:
    doc = link(nlp, "Nothing here.", None)  # type: ignore[arg-type]
    assert doc._.kb_mentions == []
    doc = nlp("Plain text through the whole two-component pipeline.")
    assert doc._.kb_mentions == []


def test_clean_surface() -> None:
    assert clean_surface("the  Graph Attention\nNetworks") == "Graph Attention Network"
    assert clean_surface("(LLMs)") == "LLM"
    assert clean_surface("An ensemble") == "ensemble"
    # a plural that is the object of "of" is no head to fold
    assert clean_surface("identification of paraphrases") == "identification of paraphrases"
    assert clean_surface("Sparsely Gated Mixture of Experts") == "Sparsely Gated Mixture of Experts"


def test_module_doctests() -> None:
    assert doctest.testmod(linker_module).failed == 0


def uncertain(doc: Doc) -> list[str]:
    return [doc.text[m.start:m.end] for m in doc._.kb_mentions if m.meta.get(linker_module.UNCERTAIN)]


def test_an_entity_only_the_ner_found_with_low_confidence_is_marked_uncertain(nlp: Language) -> None:
    text = "A massive neural PLM, a graph ranker and a graph ranker again, with a code task and BERT."
    mentions = [
        mention(text, "massive neural PLM", "METHOD", extractor="ner", confidence=0.3),  # uncertain
        mention(text, "graph ranker", "METHOD", extractor="ner", confidence=0.3),
        mention(text, "graph ranker", "METHOD", nth=1, extractor="ner", confidence=0.5),  # one sure mention
        mention(text, "code task", "TASK", extractor="cue", confidence=0.3),  # a rule found it
        mention(text, "BERT", "METHOD", extractor="ner", confidence=0.35),  # at the threshold
    ]
    assert uncertain(link(nlp, text, mentions)) == ["massive neural PLM"]


def test_a_term_the_paper_defines_is_never_uncertain(nlp: Language) -> None:
    text = "Two samplers, COnfusion Sampling (COS) and a graph ranker."
    mentions = [mention(text, s, "METHOD", extractor="ner", confidence=0.3)
                for s in ("COnfusion Sampling", "COS", "graph ranker")]
    doc = link(nlp, text, mentions, [abbreviation(text, "COnfusion Sampling", "COS")])
    assert uncertain(doc) == ["graph ranker"]


def test_the_ner_only_threshold_is_configurable() -> None:
    nlp = make_nlp()
    nlp.add_pipe("kb_linker", config={"min_ner_only_confidence": 0.0})
    text = "A massive neural PLM."
    doc = link(nlp, text, [mention(text, "massive neural PLM", "METHOD", extractor="ner", confidence=0.1)])
    assert uncertain(doc) == []


def test_uncertain_mentions_are_dropped_unless_a_claim_names_their_entity(nlp: Language) -> None:
    text = "A graph ranker and a neural PLM."
    doc = link(nlp, text, [mention(text, s, "METHOD", extractor="ner", confidence=0.2)
                           for s in ("graph ranker", "neural PLM")])
    linker_module.drop_unclaimed_uncertain(doc, {"neural PLM"})
    assert [doc.text[m.start:m.end] for m in doc._.kb_mentions] == [e.text for e in doc.ents] == ["neural PLM"]


def test_a_short_form_that_repeats_the_last_word_of_its_long_form_is_the_same_entity(nlp: Language) -> None:
    text = "We report the information transfer rate (ITR). The ITR rate rises, the ITR score does not."
    mentions = [mention(text, "information transfer rate", "METRIC"), mention(text, "ITR rate", "METRIC"),
                mention(text, "ITR score", "METRIC")]
    doc = link(nlp, text, mentions, [abbreviation(text, "information transfer rate", "ITR")])
    canonical = {surface: name for surface, _, name in names(doc)}
    assert (canonical["ITR rate"], canonical["ITR score"]) == ("information transfer rate", "ITR score")


def test_an_undefined_acronym_is_the_one_entity_whose_initials_it_spells(nlp: Language) -> None:
    text = "We propose Recurrent Highway Networks. RHNs beat Residual Highway Nets."

    def acronym(*named: tuple[str, str], extractor: str = "ner") -> tuple[str, str | None]:
        found = [mention(text, surface, label, extractor="ner") for surface, label in named]
        doc = link(nlp, text, found + [mention(text, "RHNs", "METHOD", extractor=extractor)])
        return next((m.label, m.canonical) for m in doc._.kb_mentions if doc.text[m.start:m.end] == "RHNs")

    assert acronym(("Recurrent Highway Networks", "METHOD")) == ("METHOD", "Recurrent Highway Network")
    # two entities with those initials: no guess
    assert acronym(("Recurrent Highway Networks", "METHOD"), ("Residual Highway Nets", "METHOD")) == ("METHOD", "RHN")
    # one of another type: the NER's guess of a type yields to it, a cue's does not
    assert acronym(("Recurrent Highway Networks", "TASK")) == ("TASK", "Recurrent Highway Network")
    assert acronym(("Recurrent Highway Networks", "TASK"), extractor="cue") == ("METHOD", "RHN")


def test_an_acronym_spells_a_versioned_name_or_a_surface(nlp: Language) -> None:
    text = "Point Transformer V3 is fast. Visual Document Understanding is hard. PTv3 helps VDU."
    found = [mention(text, "Point Transformer V3", "METHOD"), mention(text, "PTv3", "METHOD", extractor="ner"),
             mention(text, "Visual Document Understanding", "TASK"),
             mention(text, "VDU", "TASK", extractor="ner")]
    linked = {doc_text: (m.label, m.canonical) for m in link(nlp, text, found)._.kb_mentions
              if (doc_text := text[m.start:m.end]) in ("PTv3", "VDU")}
    assert linked == {"PTv3": ("METHOD", "Point Transformer V3"), "VDU": ("TASK", "document understanding")}


def test_the_parts_of_hyphenated_words_spell_an_acronym_too(nlp: Language) -> None:
    text = "We propose Expert-Specialized Fine-Tuning, or ESFT, which tunes experts."
    found = [mention(text, "Expert-Specialized Fine-Tuning", "METHOD"), mention(text, "ESFT", "METHOD", extractor="ner")]
    assert {m.canonical for m in link(nlp, text, found)._.kb_mentions} == {"Expert-Specialized Fine-Tuning"}


def test_a_name_its_extractor_decided_is_kept(nlp: Language) -> None:
    # the lexicon names "En-Fr" after "WMT14 En-De and" by the series, not by its words
    text = "Results on WMT14 En-De and En-Fr."
    doc = link(nlp, text, nlp.get_pipe("kb_lexicon")(nlp.make_doc(text))._.kb_candidates)
    assert names(doc) == [("WMT14 En-De", "DATASET", "WMT14 English-German"),
                          ("En-Fr", "DATASET", "WMT14 English-French")]


def test_a_model_named_with_a_size_letter_is_no_plural_of_its_family(nlp: Language) -> None:
    # "ResNet-S" and the plural "ResNets" share a match key once the hyphen is dropped
    doc = nlp.get_pipe("kb_lexicon")(nlp.make_doc("We propose ResNet-S. ResNet-S is faster than ResNet."))
    doc._.kb_mentions = list(doc._.kb_candidates)
    doc = nlp.get_pipe("kb_linker")(doc)
    assert [(doc.text[m.start:m.end], m.canonical) for m in doc._.kb_mentions] == [
        ("ResNet-S", "ResNet-S"), ("ResNet-S", "ResNet-S"), ("ResNet", "ResNet")]


def test_a_name_in_lower_case_gives_no_acronym_its_type(nlp: Language) -> None:
    text = "MR: sentiment prediction for movie reviews snippets."
    found = [mention(text, "MR", "METRIC", extractor="ner"), mention(text, "movie reviews", "TASK")]
    assert [(m.label, m.canonical) for m in link(nlp, text, found)._.kb_mentions if text[m.start:m.end] == "MR"] == [
        ("METRIC", "MR")]
