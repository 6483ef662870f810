"""The ``kb_lexicon`` component and the lexicon data it loads."""

from __future__ import annotations

import doctest
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from spacy.language import Language

from extractors import lexicon as lexicon_module
from extractors.candidates import ENTITY_LABELS
from extractors.lexicon import DEFAULT_PATHS, Lexicon, load_lexicon, lookup
from extractors.normalise import match_key
from extractors.tokenizer import make_nlp

MINIMUM = {"METHOD": 400, "DATASET": 300, "METRIC": 150, "TASK": 300}
#: Spellings deliberately shared by two entries (none so far). Each item is the
#: case-folded match key; add one only with a reason in a comment.
INTENDED_SHARED: set[str] = set()
#: Words that are never an entity on their own (ANNOTATION.md: no generic words).
GENERIC = {"model", "models", "data", "network", "networks", "learning", "benchmark",
           "benchmarks", "method", "methods", "approach", "framework", "system", "dataset",
           "datasets", "task", "tasks", "metric", "metrics", "performance", "score",
           "baseline", "algorithm", "architecture", "training", "evaluation", "attention",
           "corpus", "results", "experiments", "accuracy score"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = make_nlp()
    nlp.add_pipe("kb_lexicon")
    nlp.initialize()
    return nlp


def found(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(text[c.start:c.end], c.label, c.canonical) for c in doc._.kb_candidates or []]


def canonicals(nlp: Language, text: str) -> list[str]:
    return [c for _, _, c in found(nlp, text)]


# --------------------------------------------------------------------------- matching


@pytest.mark.parametrize("spelling", ["CoNLL 2003", "CoNLL-2003", "CoNLL-03", "conll2003",
                                      "CoNLL03", "CoNLL'03", "CONLL 2003"])
def test_conll_spellings_in_running_text(nlp: Language, spelling: str) -> None:
    text = f"We report results on the {spelling} benchmark and beyond."
    assert found(nlp, text) == [(spelling, "DATASET", "CoNLL-2003")]


def test_measures_sharing_a_head_word_named_once(nlp: Language) -> None:
    assert canonicals(nlp, "entity and relation F1 scores of 89.7 and 66.1") == ["entity F1", "relation F1"]
    assert canonicals(nlp, "the macro and micro F1") == ["macro-F1", "micro-F1"]
    assert canonicals(nlp, "speed and relation F1") == ["relation F1"]  # no "speed F1"


def test_spelled_out_and_spaced_names_are_aliases(nlp: Language) -> None:
    assert canonicals(nlp, "On TREC Deep Learning 2019 and Science QA") == ["TREC DL 2019", "ScienceQA"]
    assert canonicals(nlp, "On Blocks World") == ["Blocksworld"]
    assert canonicals(nlp, "on the NIST Speaker Recognition Evaluation with a UBM") == ["NIST SRE", "universal background model"]


def test_one_canonical_for_coco_spellings(nlp: Language) -> None:
    text = "Results on MS-COCO, MS COCO, MSCOCO and COCO."
    assert canonicals(nlp, text) == ["MS COCO"] * 4


def test_case_sensitive_acronyms_skip_common_words(nlp: Language) -> None:
    assert found(nlp, "The arc of the map shows that adam and em dashes help a gap.") == []
    assert found(nlp, "It matches superpoints with SuperPoint features.") == [("SuperPoint", "METHOD", "SuperPoint")]
    # a causal-inference benchmark named by a common word only as a name
    assert found(nlp, "We match twins and jobs in the census data.") == []
    assert [label for _, label, _ in found(nlp, "On IHDP, Jobs and Twins it lowers the error.")] == ["DATASET"] * 3
    got = found(nlp, "On ARC we report EM and mAP, trained with Adam.")
    assert [(s, label) for s, label, _ in got] == [
        ("ARC", "DATASET"), ("EM", "METRIC"), ("mAP", "METRIC"), ("Adam", "METHOD")]


def test_case_sensitive_aliases_keep_long_forms_insensitive(nlp: Language) -> None:
    assert found(nlp, "The roots of the darts.") == []
    assert found(nlp, "A bird sits on the bird feeder.") == []
    assert canonicals(nlp, "On BIRD it reaches 58.4%.") == ["BIRD benchmark"]
    assert canonicals(nlp, "with a Spearman coefficient of 0.92") == ["Spearman correlation"]
    assert canonicals(nlp, "the bad 2.0 error on Middlebury") == ["bad pixel rate", "Middlebury"]
    assert canonicals(nlp, "TAPAS on SQA, in VQA score") == ["TAPAS", "SQA", "VQA score"]
    assert canonicals(nlp, "the tapas and the sqa") == []
    assert canonicals(nlp, "the SODA_c score and typing speed in words per minute") == ["SODA", "words per minute",
                                                                                          "words per minute"]
    assert canonicals(nlp, "We use DARTS.") == ["DARTS"]
    assert canonicals(nlp, "a 71% win rate on the TL;DR summarization task") == ["win rate", "TL;DR", "text summarization"]
    assert canonicals(nlp, "too long; didn't read") == []
    # a short form spelled like another name matches only as written ("MOCHA" is a dataset)
    assert canonicals(nlp, "It replaces soft attention with MoChA.") == ["monotonic chunkwise attention"]
    assert canonicals(nlp, "MOCHA data are never combined.") == []
    assert canonicals(nlp, "It elicits preferences through natural questions.") == []
    assert canonicals(nlp, "It improves the penalized logP of molecules.") == ["penalized logP"]
    assert canonicals(nlp, "an EX of 59.2% on BIRD dev; the ex-post view") == ["execution accuracy", "BIRD benchmark"]
    assert canonicals(nlp, "a UTMOS of 3.91 on LibriTTS test-clean and 2.1% WER on test-clean") == [
        "UTMOS", "LibriTTS test-clean", "word error rate", "LibriSpeech test-clean"]
    assert canonicals(nlp, "On Natural Questions (NQ) it wins.") == ["Natural Questions", "Natural Questions"]
    assert canonicals(nlp, "We use differentiable architecture search.") == ["DARTS"]


def test_longest_match_wins(nlp: Language) -> None:
    assert found(nlp, "We use BERT-large and BERT.") == [
        ("BERT-large", "METHOD", "BERT-large"),
        ("BERT", "METHOD", "BERT"),
    ]
    assert canonicals(nlp, "BLEU on WMT14 English-German.") == ["BLEU", "WMT14 English-German"]
    assert canonicals(nlp, "We use Mask R-CNN.") == ["Mask R-CNN"]
    assert canonicals(nlp, "over the GIZA++ baseline") == ["GIZA++"]  # punctuation inside the name
    assert canonicals(nlp, "running at 5 fps, or 5 FPS") == ["frames per second"] * 2


def test_no_overlapping_lexicon_candidates(nlp: Language) -> None:
    doc = nlp("Faster R-CNN with a ResNet-50-FPN backbone on Pascal VOC 2007 and VOC2012.")
    spans = sorted((c.start, c.end) for c in doc._.kb_candidates)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    assert [c.canonical for c in doc._.kb_candidates] == [
        "Faster R-CNN", "ResNet-50", "Feature Pyramid Network", "Pascal VOC 2007", "Pascal VOC 2012"]


def test_offsets_are_character_offsets(nlp: Language) -> None:
    text = "Our model beats GPT-4 on GSM8K."
    doc = nlp(text)
    assert [text[c.start:c.end] for c in doc._.kb_candidates] == ["GPT-4", "GSM8K"]
    assert all(c.extractor == "lexicon" for c in doc._.kb_candidates)


def test_sentence_final_period_is_not_part_of_the_name(nlp: Language) -> None:
    assert found(nlp, "We report ROUGE-L.") == [("ROUGE-L", "METRIC", "ROUGE-L")]
    assert found(nlp, "Pretrained on ImageNet-1K.") == [("ImageNet-1K", "DATASET", "ImageNet-1K")]


def test_a_top_share_is_no_top_k_metric(nlp: Language) -> None:
    assert found(nlp, "We train on the top 5% of the pairs.") == []
    assert canonicals(nlp, "We report top 5 accuracy.") == ["top-5 accuracy"]


def test_plural_and_version_spellings(nlp: Language) -> None:
    assert canonicals(nlp, "LSTMs and Transformers and YOLO v3.") == [
        "long short-term memory", "Transformer", "YOLOv3"]
    assert canonicals(nlp, "on WMT 2014 English-German") == ["WMT14 English-German"]
    # British spellings of "-ize" words
    assert canonicals(nlp, "with batch normalisation and the Adam optimiser") == ["batch normalization", "Adam"]
    # an "-ing" noun with a plural, unlike "learning"
    assert canonicals(nlp, "rotary position embeddings and positional encodings") == [
        "rotary position embedding", "positional encoding"]
    # prefixed words with and without their hyphen
    assert canonicals(nlp, "co-reference resolution with multitask learning") == [
        "coreference resolution", "multi-task learning"]


def test_model_size_suffix_extends_the_name(nlp: Language) -> None:
    got = found(nlp, "We compare Llama 2 70B, Llama-2-7B-chat and Mixtral 8x7B.")
    assert got == [
        ("Llama 2 70B", "METHOD", "Llama 2 70B"),
        ("Llama-2-7B-chat", "METHOD", "Llama 2-7B-chat"),
        ("Mixtral 8x7B", "METHOD", "Mixtral 8x7B"),
    ]
    # techniques are never extended by a size word
    assert found(nlp, "dropout large") == [("dropout", "METHOD", "dropout")]
    assert canonicals(nlp, "Instruction Tuning Large Models") == ["instruction tuning"]
    assert canonicals(nlp, "We use BERT base and T5-XXL.") == ["BERT-base", "T5-XXL"]
    # a variant word after a size, and named variants joined by hyphens
    assert canonicals(nlp, "We use Llama 3 8B Instruct and Qwen2.5-Math-7B-Instruct.") == [
        "Llama 3 8B Instruct", "Qwen2.5-math-7B-instruct"]
    # a product tier written apart is a model of its own, after a release number too
    assert canonicals(nlp, "We compare Claude 3 Opus, Claude 3 Haiku and Gemini 1.0 Ultra.") == [
        "Claude 3 Opus", "Claude 3 Haiku", "Gemini 1.0 Ultra"]
    # a size written as one letter after a hyphen
    assert [f[0] for f in found(nlp, "We use Swin-T and DeiT-Ti.")] == ["Swin-T", "DeiT-Ti"]
    assert [f[0] for f in found(nlp, "It beats ViT-e and ViT-g on it.")] == ["ViT-e", "ViT-g"]
    assert canonicals(nlp, "surpassing SiT-XL/2 (2.06)") == ["SiT-XL/2"]
    # a size word with a release joined to it, written apart from the name or not
    assert canonicals(nlp, "We use Whisper large-v3, then Whisper-large-v3.") == ["Whisper large-v3", "Whisper-large-v3"]


def test_a_release_number_extends_a_model_name_but_a_year_or_a_score_does_not(nlp: Language) -> None:
    assert canonicals(nlp, "We use Stable Diffusion v1.5 and Vicuna 1.5.") == ["Stable Diffusion v1.5", "Vicuna 1.5"]
    assert canonicals(nlp, "BERT 2019 and Vicuna 1.5 points higher.") == ["BERT", "Vicuna"]
    assert canonicals(nlp, "We quantise it as in BitNet b1.58 and BitNet b2.") == ["BitNet b1.58", "BitNet"]


def test_a_coined_variant_part_makes_another_model(nlp: Language) -> None:
    assert found(nlp, "We train DeepSeek-GRM-27B and DeepSeek-R1.") == [
        ("DeepSeek-GRM-27B", "METHOD", "DeepSeek-GRM-27B"), ("DeepSeek-R1", "METHOD", "DeepSeek-R1")]
    # two known methods joined by a hyphen stay two; a capitalised word is no variant part
    assert canonicals(nlp, "A CNN-LSTM tagger.") == ["convolutional neural network", "long short-term memory"]
    assert [f[0] for f in found(nlp, "Towards DeepSeek-Based Agents")] == ["DeepSeek"]
    # a product tier is a variant part
    assert [f[0] for f in found(nlp, "We distill Whisper into Whisper-Lite.")] == ["Whisper", "Whisper-Lite"]


def test_a_release_number_extends_a_dataset_name(nlp: Language) -> None:
    assert found(nlp, "on Universal Dependencies 2.2, reaching 87.8 LAS") == [
        ("Universal Dependencies 2.2", "DATASET", "Universal Dependencies 2.2"),
        ("LAS", "METRIC", "labeled attachment score")]
    assert ("SQuAD v1.1", "DATASET") in [f[:2] for f in found(nlp, "We test on SQuAD v1.1 too.")]
    assert ("AIME 2024", "DATASET") in [f[:2] for f in found(nlp, "We test on AIME 2024 and GSM8K.")]  # a year
    # a clause that starts after it ("On the Chinese Treebank 5.1 the gains are larger")
    assert ("Universal Dependencies 2.2", "DATASET") in [
        f[:2] for f in found(nlp, "On Universal Dependencies 2.2 the gains are larger, and on it we win.")]
    assert ("AVA v2.2", "DATASET") in [f[:2] for f in found(nlp, "Fine-tuning on AVA v2.2 yields 39.3 mAP.")]
    assert ("MasakhaNER 2.0", "DATASET") in [f[:2] for f in found(nlp, "Tests on MasakhaNER 2.0 show gains.")]
    assert ("FewRel 2.0", "DATASET") in [f[:2] for f in found(nlp, "On the FewRel 2.0 domain adaptation track")]
    # a year before any word, and an upper-case "V"
    assert ("AIME 2024", "DATASET") in [f[:2] for f in found(nlp, "On the AIME 2024 competition problems, we win.")]
    assert ("Speech Commands V2", "DATASET") in [f[:2] for f in found(nlp, "Tests on Speech Commands V2 show gains.")]
    # two digits before ".0"
    assert ("Common Voice 17.0", "DATASET") in [f[:2] for f in found(nlp, "On Common Voice 17.0, WER drops.")]
    # a score after the name is no release number
    assert [f[0] for f in found(nlp, "on Universal Dependencies 8.2 points")] == ["Universal Dependencies"]
    assert [f[0] for f in found(nlp, "on Universal Dependencies 2.2 F1")][:1] == ["Universal Dependencies"]
    assert [f[0] for f in found(nlp, "on Universal Dependencies 17.5, the best")][:1] == ["Universal Dependencies"]


def test_hyphenated_metric_modifier_is_not_a_metric(nlp: Language) -> None:
    assert canonicals(nlp, "scaling inference-time compute") == []
    # but a verb or a preposition after it is no noun it modifies
    assert canonicals(nlp, "Time-to-first-token drops by 64%, and time-to-first-token of 80 ms.") == [
        "time to first token", "time to first token"]
    assert canonicals(nlp, r"$\textit{effective inference-time scalability}$. Then") == []  # markup after it
    assert canonicals(nlp, "the inference time of the model") == ["inference time"]


def test_clustering_alone_is_no_task_but_a_kind_of_clustering_is(nlp: Language) -> None:
    # a bare "clustering" is as often the technique as the task (SciERC, SciER train)
    assert canonicals(nlp, "we use clustering to group the data") == []
    assert canonicals(nlp, "results on document clustering") == ["document clustering"]


@pytest.mark.parametrize(("text", "expected"), [
    ("we stack two denoising auto-encoders", ["denoising autoencoder"]),
    ("a conditional denoising diffusion process", ["diffusion model"]),
])
def test_denoising_that_modifies_a_model_is_no_denoising_task(nlp: Language, text: str, expected: list) -> None:
    assert canonicals(nlp, text) == expected


def test_denoising_alone_names_no_kind_of_data(nlp: Language) -> None:
    assert canonicals(nlp, "it learns speech prediction and denoising") == ["denoising"]  # not image denoising


def test_a_quality_is_no_task(nlp: Language) -> None:
    # "accuracy and interpretability", "supporting interpretability of the representations": a property
    assert canonicals(nlp, "It improves accuracy and interpretability.") == ["accuracy"]
    assert canonicals(nlp, "a survey of XAI methods") == ["explainable AI"]


def test_a_word_glued_onto_a_dataset_s_name_names_a_dataset_of_its_own(nlp: Language) -> None:
    assert [(surface, label) for surface, label, _ in found(nlp, "It scores 61.2 on AfriMMLU and 55.0 on plWordNet.")] \
        == [("AfriMMLU", "DATASET"), ("plWordNet", "DATASET")]
    # not one or two capitals, nor a base of fewer than four characters
    assert [surface for surface, _, _ in found(nlp, "We use MSCAN and the PlainVQA model.")] == []


@pytest.mark.parametrize("text", ["We pretrain on the ImageNet dataset.", "Results on the GLUE benchmark.",
                                  "Detection on the COCO dataset."])
def test_a_dataset_name_is_matched_without_the_word_dataset_after_it(nlp: Language, text: str) -> None:
    # ANNOTATION.md names the dataset, not "the ImageNet dataset"
    assert [surface for surface, _, _ in found(nlp, text)] == [text.split()[-2]]


@pytest.mark.parametrize("text", ["We train an encoder-decoder architecture.", "An encoder-decoder model is used."])
def test_the_encoder_decoder_is_named_without_its_head_word(nlp: Language, text: str) -> None:
    assert [surface for surface, _, _ in found(nlp, text)] == ["encoder-decoder"]


def test_no_alias_is_a_dataset_or_metric_name_plus_a_head_word(entries) -> None:
    # ANNOTATION.md names "ImageNet" and "BLEU", not "ImageNet dataset" or "BLEU score"; a
    # capitalised head is part of an official name ("Procgen Benchmark"), and a name may
    # itself end in one ("F1 score")
    heads = {"DATASET": {"dataset", "benchmark", "data", "corpus"}, "METRIC": {"score", "metric"}}
    for e in entries:
        if e.type not in heads or e.name.rsplit(" ", 1)[-1] in heads[e.type]:
            continue
        forms = {e.name.casefold(), *(a.casefold() for a in e.aliases)}
        for alias in e.aliases:
            head = alias.rsplit(" ", 1)
            assert not (len(head) == 2 and head[1] in heads[e.type]
                        and head[0].casefold() in forms), (e.name, alias)


def test_confidence_rule(nlp: Language) -> None:
    doc = nlp("question answering with SAM and dropout")
    conf = {doc.text[c.start:c.end]: c.confidence for c in doc._.kb_candidates}
    assert conf["question answering"] > conf["dropout"] > conf["SAM"]
    assert all(0 < c <= 1 for c in conf.values())


def test_generic_sentence_has_no_lexicon_entities(nlp: Language) -> None:
    text = ("We propose a novel framework and a new model that learns from data; "
            "experiments on five benchmarks show strong performance of our approach.")
    assert found(nlp, text) == []


def test_works_without_initialize() -> None:
    nlp = make_nlp()
    nlp.add_pipe("kb_lexicon")
    assert canonicals(nlp, "SQuAD 2.0") == ["SQuAD 2.0"]


def test_extra_lexicon_files(tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text(json.dumps({"name": "FooNet-3", "type": "METHOD", "aliases": ["FN3"]}) + "\n")
    nlp = make_nlp()
    nlp.add_pipe("kb_lexicon", config={"extra_paths": [str(extra)]})
    nlp.initialize()
    assert canonicals(nlp, "FooNet 3 and FN3 beat BERT.") == ["FooNet-3", "FooNet-3", "BERT"]
    assert nlp.get_pipe("kb_lexicon").lookup("foonet3").name == "FooNet-3"


def test_bad_lexicon_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "X", "type": "METHOD"}\n{"name": "Y", "type": "THING"}\n')
    with pytest.raises(ValueError, match="bad.jsonl:2"):
        load_lexicon([bad])


def test_lookup() -> None:
    assert lookup("MS-COCO").name == "MS COCO"
    assert lookup("conll03").name == "CoNLL-2003"
    assert lookup("LSTMs").name == "long short-term memory"
    assert lookup("named entity recognition").type == "TASK"
    assert lookup("a novel framework") is None
    assert lookup("arc") is None  # "ARC" is case-sensitive
    assert lookup("ARC").name == "ARC"


def test_module_doctests() -> None:
    assert doctest.testmod(lexicon_module).failed == 0


# --------------------------------------------------------------------------- data sanity


@pytest.fixture(scope="module")
def entries() -> list:
    return load_lexicon(DEFAULT_PATHS)


def test_every_file_parses_and_holds_one_type(entries) -> None:
    for path in DEFAULT_PATHS:
        kind = path.stem.removeprefix("lexicon_").upper()
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert rows, path
        assert {r["type"] for r in rows} == {kind}, path
        allowed = {"name", "type", "aliases", "case_sensitive", "case_sensitive_aliases", "year_variants", "not_in"}
        assert all(set(r) <= allowed for r in rows), path


def test_files_sorted_by_name() -> None:
    for path in DEFAULT_PATHS:
        names = [json.loads(line)["name"] for line in path.read_text(encoding="utf-8").splitlines()]
        assert names == sorted(names, key=lambda n: (n.casefold(), n)), path


def test_counts_per_type(entries) -> None:
    counts = Counter(e.type for e in entries)
    for label in ENTITY_LABELS:
        assert counts[label] >= MINIMUM[label], (label, counts[label])


def test_no_duplicate_names_within_a_type(entries) -> None:
    seen = Counter((e.type, match_key(e.name)) for e in entries)
    assert [k for k, n in seen.items() if n > 1] == []


def test_no_generic_words(entries) -> None:
    bad = [(e.name, a) for e in entries for a in e.spellings if a.casefold() in GENERIC]
    assert bad == []


def test_no_class_of_models_is_named(entries) -> None:
    from extractors.resolver import load_generic_words

    classes = load_generic_words().model_classes
    assert [(e.name, a) for e in entries for a in e.spellings if a.casefold().removesuffix("s") in classes] == []


def test_no_word_vague_alone_is_named(entries) -> None:
    # "fine-tuning" or "prompting" alone says how a model is used; its kinds are names
    from extractors.resolver import load_generic_words

    alone = load_generic_words().alone
    assert [(e.name, a) for e in entries for a, case_sensitive in Lexicon.spellings(e)
            if not case_sensitive and a.casefold() in alone] == []


@pytest.mark.parametrize("text", ["It saves 42.5% of training costs.", "The computational cost is lower.",
                                  "It cuts inference cost."])
def test_a_cost_is_no_measure_of_the_lexicon(nlp: Language, text: str) -> None:
    # annotators mark a named measure ("latency", "GPU memory", "FLOPs"), not what a method costs in
    # general (written sets: 'inference cost' in 4 of 25 texts, the others in none; SciER train 0 of 13)
    assert found(nlp, text) == []


def test_case_sensitive_aliases_are_aliases(entries) -> None:
    assert [e.name for e in entries if not e.case_sensitive_aliases <= set(e.spellings)] == []


def test_no_spelling_shared_by_two_entries(entries) -> None:
    """Every generated spelling must point to one entry, whatever its type.

    A case-insensitive spelling collides with anything of the same folded key; two
    case-sensitive spellings collide only when identical ("HANs" and "HANS" do not).
    """
    folded: dict[str, set[str]] = defaultdict(set)  # case-insensitive spellings
    exact: dict[str, set[str]] = defaultdict(set)  # case-sensitive spellings
    exact_folded: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        ident = f"{e.type}:{e.name}"
        for spelling, cs in Lexicon.spellings(e):
            if cs:
                exact[match_key(spelling, casefold=False)].add(ident)
                exact_folded[match_key(spelling)].add(ident)
            else:
                folded[match_key(spelling)].add(ident)
    conflicts = []
    for key, owners in folded.items():
        every = owners | exact_folded.get(key, set())
        if len(every) > 1 and key not in INTENDED_SHARED:
            conflicts.append((key, sorted(every)))
    for key, owners in exact.items():
        if len(owners) > 1 and match_key(key) not in INTENDED_SHARED:
            conflicts.append((key, sorted(owners)))
    assert conflicts == []


def test_pattern_token_sequences_are_how_each_spelling_tokenizes_alone_and_before_a_stop() -> None:
    # _token_sequences tokenizes most spellings once; it must give what two calls give
    nlp = make_nlp()
    tokenize = lexicon_module._pattern_tokenizer(nlp)

    def both(text: str) -> set[tuple[str, ...]]:
        alone = tuple(t.text for t in tokenize(text))
        dotted = [t.text for t in tokenize(text + ".")]
        dotted = dotted[:-1] if dotted and dotted[-1] == "." else dotted
        return {seq for seq in (alone, tuple(dotted)) if seq}

    spellings = [s for e in load_lexicon(DEFAULT_PATHS) for s, _ in Lexicon.spellings(e)]
    spellings += ["ROUGE-L", "1K", "e.g.", "U.S.", "F1", "et al.", "(SAM)", "12.5\\%", ""]
    assert [s for s in spellings if lexicon_module._token_sequences(tokenize, s) != both(s)] == []
    assert lexicon_module._token_sequences(tokenize, "Llama 2 70B") == {("Llama", "2", "70B")}


def test_human_evaluation_is_a_metric(nlp: Language) -> None:
    # the NLP-TDMS annotators marked it as the measure in every dev paper that reports one
    assert found(nlp, "Human evaluation shows that our summaries are more fluent.")[0][:2] == ("Human evaluation", "METRIC")


def test_joined_spellings_of_two_word_dataset_names(nlp: Language) -> None:
    assert canonicals(nlp, "Results on NaturalQuestions and VisualGenome.") == ["Natural Questions", "Visual Genome"]


@pytest.mark.parametrize("text", ["precision agriculture systems", "mixed-precision arithmetic",
                                  "in half precision"])
def test_a_name_inside_a_term_listed_as_not_it_is_no_mention(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc._.kb_candidates == []
    (start, end, label), = doc._.kb_non_entities
    assert label == "METRIC" and "precision" in text[start:end]


def test_a_name_outside_its_not_in_terms_is_still_matched(nlp: Language) -> None:
    assert canonicals(nlp, "precision agriculture at 90% precision") == ["precision"]


# --------------------------------------------------------------------------- test set directions


def test_a_direction_coordinated_with_a_test_set_is_that_series_test_set(nlp: Language) -> None:
    text = "On the WMT 2014 English-to-German and English-to-French translation tasks it gains."
    assert found(nlp, text) == [("WMT 2014 English-to-German", "DATASET", "WMT14 English-German"),
                                ("English-to-French", "DATASET", "WMT14 English-French")]


def test_each_direction_of_a_list_and_one_the_lexicon_lacks(nlp: Language) -> None:
    text = "We evaluate on WMT14 En-De, En-Fr and En-Hi."
    assert canonicals(nlp, text) == ["WMT14 English-German", "WMT14 English-French", "WMT14 English-Hindi"]


def test_a_direction_written_alone_later_names_the_same_test_set(nlp: Language) -> None:
    text = "On WMT14 En-De and En-Fr it gains 0.7 BLEU on En-De and 0.5 on En-Fr."
    assert canonicals(nlp, text) == ["WMT14 English-German", "WMT14 English-French", "BLEU",
                                     "WMT14 English-German", "WMT14 English-French"]


@pytest.mark.parametrize("text", [
    "We use WMT14 En-De. The En-De translation task is hard.",  # a task, not the test set
    "We use WMT14 En-De and WMT16 En-De; on En-De it gains.",  # which of the two?
    "We translate En-De and use CoNLL-2003.",  # no test set series named
])
def test_no_test_set_for_a_direction_alone_that_names_none_for_sure(nlp: Language, text: str) -> None:
    assert "En-De" not in [surface for surface, *_ in found(nlp, text)]


def test_rounds_and_regularisers_named_r1_are_no_rouge(nlp: Language) -> None:
    # "R-1" would also be written "R1": ANLI's rounds, R1 regularisation, "R1 to R3"
    assert found(nlp, "On ANLI rounds R1, R2 and R3 it gains.") == [("ANLI", "DATASET", "ANLI")]


@pytest.mark.parametrize(("text", "name"), [("an Ign F1 of 62.3", "Ign F1"), ("CHAIRs of 5.1", "CHAIR"),
                                            ("we chair the session", None)])
def test_relation_extraction_and_hallucination_measures(nlp: Language, text: str, name: str | None) -> None:
    assert canonicals(nlp, text) == ([name] if name else [])


@pytest.mark.parametrize(("text", "name"), [("It beats ConvNeXt-T. It is small.", "ConvNeXt-T"),
                                            ("We report ROUGE-L. It is high.", "ROUGE-L")])
def test_a_hyphenated_name_at_the_end_of_a_sentence(nlp: Language, text: str, name: str) -> None:
    assert canonicals(nlp, text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("We train DiT-XL/2 here.", "DiT-XL/2"), ("We train SwinIR-light here.", "SwinIR-light"),
    ("We train Point Transformer V3 here.", "Point Transformer V3"), ("We test on COCO-LT here.", "COCO-LT"),
])
def test_patch_sizes_light_variants_releases_and_dataset_variants_extend_a_name(nlp: Language, text: str,
                                                                                name: str) -> None:
    assert [surface for surface, *_ in found(nlp, text)] == [name]


@pytest.mark.parametrize(("text", "names"), [
    ("On TREC DL 2019 and 2020 it wins.", ["TREC DL 2019", "TREC DL 2020"]),
    ("We use PASCAL VOC 2007, 2012 and 2010 here.", ["Pascal VOC 2007", "Pascal VOC 2012", "Pascal VOC 2010"]),
    ("We use TREC DL 2019 and 2020-style queries.", ["TREC DL 2019"]),
    # and the other versions the lexicon knows
    ("F1 on SQuAD 1.1 and 2.0, respectively.", ["F1 score", "SQuAD 1.1", "SQuAD 2.0"]),
    ("F1 on SQuAD v1.1 and v2.0.", ["F1 score", "SQuAD 1.1", "SQuAD 2.0"]),
    ("On SQuAD 1.1 and 7.5 points more.", ["SQuAD 1.1"]),
])
def test_the_other_years_of_a_dataset_series_named_once(nlp: Language, text: str, names: list[str]) -> None:
    assert canonicals(nlp, text) == names


@pytest.mark.parametrize(("text", "name"), [("We train on the Pile.", "The Pile"), ("On MVTec AD it wins.", "MVTec AD"),
                                            ("We test on VoxCeleb1-O here.", "VoxCeleb1-O")])
def test_anomaly_speaker_and_pretraining_datasets(nlp: Language, text: str, name: str) -> None:
    assert [c if surface != "VoxCeleb1-O" else surface for surface, _, c in found(nlp, text)] == [name]


@pytest.mark.parametrize(("text", "surfaces"), [
    ("We compare with Video-LLaVA here.", ["Video-LLaVA"]),
    ("A Non-LLaVA baseline and a Retrieval-Augmented LLaVA.", ["LLaVA", "LLaVA"]),
])
def test_a_capitalised_word_joined_before_a_model_name_makes_another_model(nlp: Language, text: str,
                                                                          surfaces: list[str]) -> None:
    assert [surface for surface, *_ in found(nlp, text)] == surfaces


def test_box_and_mask_ap_written_glued(nlp: Language) -> None:
    assert canonicals(nlp, "It gains 1.1 APbox and 0.9 APmask.") == ["box AP", "mask AP"]


def test_the_other_members_of_a_collection_named_once(nlp: Language) -> None:
    text = "On the SemEval-2014 Restaurant and Laptop datasets and on Rest15 it wins."
    assert canonicals(nlp, text) == ["Restaurant14", "Laptop14", "Restaurant15"]
    assert canonicals(nlp, "On SemEval-2014 Restaurant and Twitter it wins.") == ["Restaurant14"]


@pytest.mark.parametrize("name", ["recall@64", "Acc@7", "MRR@100", "pass@10", "R@1", "R1@0.5"])
def test_a_measure_at_a_cut_off(nlp: Language, name: str) -> None:
    assert (name, "METRIC") in [(surface, label) for surface, label, _ in found(nlp, f"It reaches {name} of 91.2.")]


@pytest.mark.parametrize(("text", "name"), [("We tune Zephyr-7B-beta here.", "Zephyr-7B-beta"),
                                            ("We tune Qwen2.5-14B-Instruct-1M here.", "Qwen2.5-14B-Instruct-1M")])
def test_beta_releases_and_context_sizes_cut_by_the_tokenizer_extend_a_model(nlp: Language, text: str,
                                                                             name: str) -> None:
    assert [surface for surface, *_ in found(nlp, text)] == [name]


def test_the_small_reasoning_models_are_models_of_their_own(nlp: Language) -> None:
    assert canonicals(nlp, "We compare o1-mini, o3-mini and o1-preview.") == ["o1-mini", "o3-mini", "OpenAI o1"]


def test_keyphrase_and_chinese_ner_datasets(nlp: Language) -> None:
    assert canonicals(nlp, "On Inspec, Krapivin and KP20k, and on Weibo NER.") == ["Inspec", "Krapivin", "KP20k", "Weibo NER"]
    # generation also produces absent keyphrases: another task than extraction
    assert canonicals(nlp, "keyphrase generation and keyphrase extraction") == ["keyphrase generation",
                                                                                 "keyphrase extraction"]


def test_when_something_happens_is_no_measure(nlp: Language) -> None:
    assert found(nlp, "At inference time, it is fast.") == []
    assert canonicals(nlp, "It halves the inference time.") == ["inference time"]


def test_a_lower_case_name_inside_a_hyphenated_compound_is_not_matched(nlp: Language) -> None:
    assert found(nlp, "a domain-adversarial NLI model") == []
    assert canonicals(nlp, "Adversarial NLI and domain-adversarial NLI") == ["ANLI"]
    assert canonicals(nlp, "summaries on GSM8K, CNN/DM and XSum") == ["GSM8K", "CNN/DailyMail", "XSum"]


@pytest.mark.parametrize("spelling", ["GSM8K", "GSM8k", "gsm8k"])
def test_a_name_a_unit_suffix_splits_matches_in_any_case(nlp: Language, spelling: str) -> None:
    # the tokenizer splits "GSM8K" like "128K" ("GSM8", "K") but keeps "GSM8k" whole
    assert (spelling, "DATASET", "GSM8K") in found(nlp, f"It reaches 78.5% on {spelling}.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Robust on Spider-Syn and Spider-Realistic.", {"Spider-Syn", "Spider-Realistic"}),
    ("We test ImageNet-Pretrained models with COCO-Style boxes.", {"ImageNet", "MS COCO"}),
])
def test_a_capitalised_word_hyphened_to_a_dataset_makes_a_variant(nlp: Language, text: str, expected: set) -> None:
    assert {canonical for _, label, canonical in found(nlp, text) if label == "DATASET"} == expected


def test_measures_and_crowd_counting_sets_written_as_papers_write_them(nlp: Language) -> None:
    assert canonicals(nlp, "a LogLoss of 0.4381 on UCF-QNRF and NWPU-Crowd") == ["log loss", "UCF-QNRF", "NWPU-Crowd"]
    # "TAR" alone is no measure: it is as often the CLEF collections' name
    assert canonicals(nlp, "a true acceptance rate of 96.2% on the CLEF TAR collections") == [
        "true accept rate", "CLEF TAR"]


def test_shared_task_sets_measures_and_tools_by_their_short_names(nlp: Language) -> None:
    assert canonicals(nlp, "On eRisk 2018 it has an ERDE50 of 6.3%; Ghidra and maximum softmax probability fail.") == [
        "eRisk 2018", "early risk detection error", "Ghidra", "maximum softmax probability"]  # (with its year)
    # the ASTE benchmarks are named by year and domain
    assert canonicals(nlp, "the four datasets (14res, 14lap, 15res, 16res)") == [
        "Restaurant14", "Laptop14", "Restaurant15", "Restaurant16"]


def test_document_dewarping_measures(nlp: Language) -> None:
    assert canonicals(nlp, "it lowers local distortion from 8.38 to 6.95") == ["local distortion"]


def test_summarization_benchmarks_written_in_capitals(nlp: Language) -> None:
    assert canonicals(nlp, "on the English-to-Chinese subset of NCLS and on Chart-to-Text") == ["NCLS", "Chart-to-Text"]
    assert canonicals(nlp, "for chart-to-text summarization") == []  # the task's words, no benchmark


def test_an_acronym_with_a_name_glued_before_it_is_a_model_of_its_own(nlp: Language) -> None:
    assert canonicals(nlp, "It beats SL-GCN and ST-GCN on CSL-Daily.") == ["SL-GCN", "ST-GCN", "CSL-Daily"]
    assert canonicals(nlp, "It beats a Bi-GCN and a GCN.") == ["graph convolutional network"] * 2  # an English prefix


def test_a_dataset_named_by_an_upper_case_english_word_matches_only_in_upper_case(nlp: Language) -> None:
    assert found(nlp, "On PROTEINS and ENZYMES it wins; proteins fold.") == [
        ("PROTEINS", "DATASET", "PROTEINS"), ("ENZYMES", "DATASET", "ENZYMES")]


def test_knowledge_editing_benchmarks_and_measures(nlp: Language) -> None:
    assert found(nlp, "It retains 92.4% edit success on CounterFact and zsRE.") == [
        ("edit success", "METRIC", "edit success"), ("CounterFact", "DATASET", "CounterFact"), ("zsRE", "DATASET", "zsRE")]


def test_a_dataset_with_a_size_joined_by_a_hyphen_is_a_dataset_of_its_own(nlp: Language) -> None:
    assert canonicals(nlp, "We use Dolly-15k, WebVid-10M and Dolly.") == ["Dolly-15k", "WebVid-10M", "Dolly"]


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("Correlations on WordSim-353 rise.", "WordSim-353", "DATASET"),
    ("We test on Senseval-3 all-words data.", "Senseval-3", "DATASET"),
    ("Marginals come from the forward-backward algorithm.", "forward-backward algorithm", "METHOD"),
    ("Poses are docked with AutoDock Vina.", "AutoDock Vina", "METHOD"),
    ("The critical success index improves.", "critical success index", "METRIC"),
    ("We study molecular docking.", "molecular docking", "TASK"),
    ("Poses are rescored with GNINA.", "GNINA", "METHOD"),
    ("The Heidke skill score improves.", "Heidke skill score", "METRIC"),
])
def test_names_of_classic_and_scientific_fields_are_known(nlp: Language, text: str, surface: str, label: str) -> None:
    assert (surface, label) in [f[:2] for f in found(nlp, text)]


@pytest.mark.parametrize("text", ["The module adds a small overhead.", "A tiger walks past the camera.",
                                  "Water (H2O) molecules are shown."])
def test_names_that_are_english_words_in_lower_case_do_not_fire(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "surface", "canonical"), [
    ("FastServe cuts end-to-end latency by 30%.", "end-to-end latency", "latency"),
    ("It improves relaxed accuracy by 3 points.", "relaxed accuracy", "accuracy"),
    ("It lowers held-out perplexity to 21.3.", "held-out perplexity", "perplexity"),
    ("It reaches a relation-level F1 of 71.2.", "relation-level F1", "F1 score"),
    ("It improves macro AUROC on CheXpert.", "macro AUROC", "AUROC"),
    ("The instance mIoU rises to 86.1.", "instance mIoU", "mean intersection over union"),
    ("Its pairwise accuracy is 71.2.", "pairwise accuracy", "accuracy"),
    # no shot count, praise or size
    ("Zero-shot BLEU rises.", "BLEU", "BLEU"),
    ("It yields high-quality BLEU gains.", "BLEU", "BLEU"),
])
def test_a_measure_named_with_its_modifier_is_still_the_lexicon_s_measure(nlp: Language, text: str, surface: str,
                                                                        canonical: str) -> None:
    assert (surface, "METRIC", canonical) in found(nlp, text)


@pytest.mark.parametrize(("text", "surface", "canonical"), [
    ("In semi-supervised node classification, it wins.", "semi-supervised node classification",
     "semi-supervised node classification"),
    ("We study zero-shot dialogue state tracking.", "zero-shot dialogue state tracking",
     "zero-shot dialogue state tracking"),
    # a modifier that is no learning setting stays outside
    ("We study robust node classification.", "node classification", "node classification"),
])
def test_a_task_named_in_its_learning_setting_is_a_task_of_its_own(nlp: Language, text: str, surface: str,
                                                                   canonical: str) -> None:
    assert (surface, "TASK", canonical) in found(nlp, text)
