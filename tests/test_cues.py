"""Cue patterns (``kb_cues``): names no lexicon knows, found from the words around them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from extractors.candidates import CUE
from extractors import resolver  # noqa: F401  (registers kb_resolver)
from extractors.cues import DEFAULT_PATTERNS, CueMatcher, parse_patterns
from extractors.tokenizer import make_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = make_nlp()
    nlp.add_pipe("kb_cues")
    nlp.initialize()
    return nlp


def found(nlp: Language, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(doc.text[c.start:c.end], c.label) for c in doc._.kb_candidates}


def labelled(nlp: Language, text: str, label: str) -> set[str]:
    return {surface for surface, lab in found(nlp, text) if lab == label}


# --- METHOD -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Here we propose FlowMix, which interpolates hidden states.", "FlowMix"),
        ("We propose mCLS-Pivot, which uses English as a pivot.", "mCLS-Pivot"),
        ("In this work, we introduce GRACE to calibrate retrievers.", "GRACE"),
        ("This paper presents TinyStar-2, a compact student network.", "TinyStar-2"),
        ("We further develop QuoKKA for low-resource speech.", "QuoKKA"),
        ("We present Llama 3 and study its behaviour.", "Llama 3"),
        ("We propose Gradient Surgery Routing (GSR) for multi-task training.", "Gradient Surgery Routing"),
        ("We present RepoCoder++, an iterative framework.", "RepoCoder++"),
        ("We propose DuoRec+, which adds dropout.", "DuoRec+"),
        ("We propose ViT-QLoRA+, which adapts attention weights.", "ViT-QLoRA+"),
        ("We continue pretraining BERT on financial text to obtain FinDAPT. FinDAPT wins.", "FinDAPT"),
        ("We introduce Hamming embedding, which refines the matching.", "Hamming embedding"),  # an eponym's technique
        ("We train a sequence-to-sequence model, DeType, that predicts types.", "DeType"),
    ],
)
def test_propose_name(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


@pytest.mark.parametrize(("text", "label"), [
    ("We introduce TableBench-Pro, covering nine table types.", "DATASET"),
    ("We present CodeBench, a suite we release.", "DATASET"),
    ("We propose BenchPress, which compresses prompts.", "METHOD"),  # "Bench" begins it
])
def test_a_proposed_name_that_says_it_is_a_benchmark_is_data(nlp: Language, text: str, label: str) -> None:
    name = text.split()[2].rstrip(",")
    assert {lab for surface, lab in found(nlp, text) if surface == name} == {label}


@pytest.mark.parametrize("name", ["ReDial", "INSPIRED"])
def test_both_names_a_sentence_opens_on_are_data(nlp: Language, name: str) -> None:
    assert name in labelled(nlp, "On ReDial and INSPIRED, it improves recall.", "DATASET")


@pytest.mark.parametrize(("text", "name", "label"), [
    ("It outperforms strong baselines such as BertSumExt and MatchSum.", "BertSumExt", "METHOD"),
    ("Unlike retrievers like ColBERTer, it is sparse.", "ColBERTer", "METHOD"),
    ("We test on benchmarks such as MathQA-X and SVAMP.", "MathQA-X", "DATASET"),
])
def test_the_first_example_of_a_kind(nlp: Language, text: str, name: str, label: str) -> None:
    assert name in labelled(nlp, text, label)


@pytest.mark.parametrize(("text", "name"), [
    ("In the full-shot setting, it is competitive with PatchCore while using less memory.", "PatchCore"),
    ("It reduces the error by 35% relative to CFRNet.", "CFRNet"),
    ("Its correlation is higher than NASWOT and synflow.", "NASWOT"),
    ("It also outperforms methods like DER++ that store exemplars.", "DER++"),
    ("It outperforms GraphMVP and Uni-Mol.", "Uni-Mol"),
    ("It outperforms SimGCL, and NCNC-2 on Cora.", "NCNC-2"),
    ("It obtains a 21% reduction over SparseNeuS.", "SparseNeuS"),
    ("It improves recall by 9.6% over the strongest baseline, DuoRec.", "DuoRec"),
    ("It reaches 88.4%, compared with 84.1% for Per-FedAvg and 85.6% for pFedMe.", "Per-FedAvg"),
    ("It reaches 88.4%, compared with 84.1% for Per-FedAvg and 85.6% for pFedMe.", "pFedMe"),
    ("It improves accuracy by 4.6 points over M3AE.", "M3AE"),
    ("It is 3.3x faster than its predecessor, PTv2.", "PTv2"),
    ("It improves Recall@10 by 21% and 17% respectively over UniCRS.", "UniCRS"),
    ("It reaches a PESQ of 3.01, only 0.16 PESQ below DeepFilterNet2 while using fewer parameters.", "DeepFilterNet2"),
    ("It trails by 2.1 points behind GPT-4o on MMLU.", "GPT-4o"),
    ("It reduces the error of PatchCore by 40% at the image level.", "PatchCore"),
    ("Its HR@10 reaches 0.3412, compared with 0.3208 for BERT4Rec and 0.3350 for DuoRec.", "DuoRec"),
    ("It keeps the over-refusal rate at 3.2%, versus 14.8% for Circuit Breakers.", "Circuit Breakers"),
    ("It reaches 71.2%, compared with 61.0% for Selective Context and 58.2% for Random Token Dropping.",
     "Selective Context"),
    ("It reaches 71.2%, compared with 61.0% for Selective Context and 58.2% for Random Token Dropping.",
     "Random Token Dropping"),
])
def test_a_rival_after_a_comparison_that_is_no_win(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


def test_a_setting_for_a_dataset_names_no_rival(nlp: Language) -> None:
    # a three-digit integer without a percent sign is no score ("epochs 150, 225 and 300 for CIFAR")
    assert labelled(nlp, "The rate is divided by 10 at epochs 150, 225 and 300 for CIFAR and SVHN.", "METHOD") == set()




@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Experiments with PolyCoder, a new code generation model, show gains.", "PolyCoder"),
        ("we compare against HyperTune, a simple yet effective tuning algorithm for adapters.", "HyperTune"),
        ("results obtained with Neural Ordinary Solvers, a novel architecture for dynamics,", "Neural Ordinary Solvers"),
    ],
)
def test_apposition_method(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our system, Volctrans, is made of two modules.", "Volctrans"),
        ("The model, SAM-2, is fast.", "SAM-2"),
        ("Our detector, OVD-Prompt, learns region prompts.", "OVD-Prompt"),
        ("Our self-supervised method, BYOL-Aug, learns without negatives.", "BYOL-Aug"),
        ("Our approach to neural architecture search, ProxylessNAS-M, searches on the target device.",
         "ProxylessNAS-M"),
        ("We present a point cloud encoder, Point-BERT, pre-trained on ShapeNet.", "Point-BERT"),
    ],
)
def test_the_name_given_to_our_system_in_an_apposition(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


def test_a_capitalised_word_after_our_system_needs_delimiters_around_it(nlp: Language) -> None:
    assert labelled(nlp, "The model, However, fails. Our system, Given enough data it works.", "METHOD") == set()


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("DINOSTAR: Deep Iterative Neural Object Detector Self-Supervised Training", "DINOSTAR"),
        ("LLaMA-NAS: Efficient Neural Architecture Search for Large Language Models", "LLaMA-NAS"),
        ("CodeI/O: Condensing Reasoning Patterns via Code Input-Output Prediction", "CodeI/O"),
        ("ACMo: Angle-Calibrated Moment Methods for Stochastic Optimization", "ACMo"),
        ("Llama 2: Open Foundation and Fine-Tuned Chat Models", "Llama 2"),
        ("Mixture-of-Depths: Dynamically Allocating Compute in Transformers", "Mixture-of-Depths"),
        ("Plan-and-Solve: Prompting Improves Zero-Shot Reasoning", "Plan-and-Solve"),
    ],
)
def test_a_coined_name_opening_the_title_before_a_colon_is_a_method(nlp: Language, title: str, name: str) -> None:
    assert name in labelled(nlp, title + "\n\nWe train detectors on point clouds.", "METHOD")


@pytest.mark.parametrize(
    "text",
    [
        "Detectors for Roadside Data\n\nWe compare DINOSTAR: it trains detectors.",  # not the title's start
        "RESULTS: the detectors improve.\n\nWe train detectors.",  # a heading, no title
        "LLaMA NAS: Efficient Search\n\nWe search.",  # two words
        "Fine-Tuning: A Survey\n\nWe survey.",  # a setting
    ],
)
def test_only_a_one_word_name_at_the_start_of_a_title_counts(nlp: Language, text: str) -> None:
    assert not {n for n, lab in found(nlp, text) if lab == "METHOD" and n.split()[0] in (
        "DINOSTAR", "RESULTS", "LLaMA", "Fine-Tuning")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We design a retrieval framework called ReFiT that caches passages.", "ReFiT"),
        ("The resulting model, dubbed OrcaLite, runs on phones.", "OrcaLite"),
        ("We suggest a decoding method termed Contrastive Beam Search, which avoids loops.", "Contrastive Beam Search"),
        ("which we call SPADE.", "SPADE"),
        ("We propose a parameter-efficient adaptation approach (PEAR) for vision models.", "PEAR"),
    ],
)
def test_called_and_named(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We plug this mechanism into language modeling, named SpikeLM.", "SpikeLM"),
        ("We train with a new classification loss called SoftSig.", "SoftSig"),
        ("The first one, named as HRNetV1, keeps one resolution.", "HRNetV1"),
    ],
)
def test_a_coined_name_given_after_any_noun_is_a_method(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


@pytest.mark.parametrize(("text", "name"), [
    ("The first stage, termed Scale-Up, initializes the model.", "Scale-Up"),
    ("We add lightweight decoders called Lite Reduced ASPP, which are fast.", "Lite Reduced ASPP"),
])
def test_a_capitalised_name_given_after_any_noun_before_a_delimiter_is_a_method(nlp: Language, text: str,
                                                                               name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


def test_a_capitalised_name_given_without_a_delimiter_after_it_is_not_taken(nlp: Language) -> None:
    assert "Scale-Up" not in labelled(nlp, "The first stage termed Scale-Up initializes the model.", "METHOD")


@pytest.mark.parametrize("text", ["We query a knowledge graph named ConceptNet.",
                                  "It is scored by a measure called POURPRE.",
                                  "We release a new dataset, named RSICD, for captioning."])
def test_a_name_given_to_data_or_a_measure_is_no_method(nlp: Language, text: str) -> None:
    assert labelled(nlp, text, "METHOD") == set()


def test_outperforms_types_both_sides(nlp: Language) -> None:
    methods = labelled(nlp, "Overall, FastKAN consistently outperforms ResNet-50 on all splits.", "METHOD")
    assert {"FastKAN", "ResNet-50"} <= methods


@pytest.mark.parametrize("text", ["Our agent reaches 61% success, outperforming GPT-4 by 9 points.",
                                  "Our agent reaches 61% success, exceeding GPT-4 by 9 points.",
                                  "Our agent reaches 61% success, surpassing F-VLM by 9 points."])
def test_outperforming_rival(nlp: Language, text: str) -> None:
    assert text.split(", ")[1].split()[1] in labelled(nlp, text, "METHOD")


def test_a_rival_named_as_a_word_with_its_size(nlp: Language) -> None:
    assert "Oscar-base" in labelled(nlp, "It reaches 146.8 CIDEr, surpassing Oscar-base by 3.1 CIDEr.", "METHOD")
    # a capitalised word without a size is no name
    assert labelled(nlp, "It reaches 146.8 CIDEr, surpassing Oscar by 3.1 CIDEr.", "METHOD") == set()


@pytest.mark.parametrize(
    "text",
    [
        "We propose a novel framework for efficient inference.",
        "In this paper, we present a simple approach that works well.",
        "We introduce two new losses and a regularizer.",
        "We propose to use attention.",
        "We present results on three benchmarks.",
        "Our method outperforms existing methods by a large margin.",
        "We present LLM-based agents for planning.",
        "In Table 3, a model trained longer is better.",
    ],
)
def test_vague_phrases_give_no_method(nlp: Language, text: str) -> None:
    assert labelled(nlp, text, "METHOD") == set()


def test_outperforms_needs_name_shaped_rival(nlp: Language) -> None:
    # "ImageNet-pretrained" is not a model name: the rival must be followed by a boundary
    assert labelled(nlp, "It outperforms ImageNet-pretrained backbones.", "METHOD") == set()


# --- DATASET ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We evaluate on the WikiMedQA dataset and report accuracy.", "WikiMedQA"),
        ("Results on the ScienceWorld-2 benchmark improve.", "ScienceWorld-2"),
        ("Experiments on the Open Legal Contracts corpus show gains.", "Open Legal Contracts"),
        ("We annotate the Basque Dependency Treebank for this study.", "Basque Dependency Treebank"),
        ("trained on KoreanNLI-v2 datasets", "KoreanNLI-v2"),
        ("We release ChartQA-Pro, a challenging benchmark for chart reasoning.", "ChartQA-Pro"),
        ("We collect a corpus, called TalkBank5, of dialogues.", "TalkBank5"),
        ("Our system ranked second on SemEval-2016 Task 3.", "SemEval-2016 Task 3"),
        ("results on the SemEval 2019 task12 data", "SemEval 2019 task12"),
        ("evaluated on Senseval-2 and SensEval-3", "SensEval-3"),
        ("We propose M4LE, a Multi-ability, Multi-range, Multi-task, Multi-domain benchmark for long contexts.",
         "M4LE"),
        ("M4LE: A Multi-Ability Multi-Range Multi-Task Multi-Domain Long-Context Evaluation Benchmark for LLMs",
         "M4LE"),
        ("ArXivQA: An Open Dataset of Figures", "ArXivQA"),
        ("we release KoFinSTS, a 1,921-pair Korean STS benchmark of news.", "KoFinSTS"),
        ("On ChFinAnn, DocGEE obtains an F1 of 81.4.", "ChFinAnn"),
        ("On the Weibo and Pheme datasets, it wins.", "Weibo"),
        ("We introduce a new benchmark for multimodal reasoning, MMBench-Sci, with 3,000 questions.", "MMBench-Sci"),
        ("We release a dataset, Flickr-Faces, of photos.", "Flickr-Faces"),
        ("On the Weibo and Pheme datasets, it wins.", "Pheme"),
        ("We use the Yelp, Amazon and IMDb-2 corpora.", "Amazon"),
        ("We use the Yelp, Amazon and IMDb-2 corpora.", "IMDb-2"),
        ("It also wins on the CDR and GDA biomedical datasets.", "CDR"),
        # a place named in a later clause, a name with an underscore, a place right after a result
        ("On DRIVE, it achieves an AUC of 0.982; on CHASE_DB1, it reaches 0.987.", "CHASE_DB1"),
        ("It reaches 74.3% UA on IEMOCAP, and on the German EmoDB it reaches 91.2% UA.", "EmoDB"),
        ("AttU achieves an AUC of 0.9871 on ChaseDB.", "ChaseDB"),
        ("On Messidor-2, the AUC was 0.990.", "Messidor-2"),  # a versioned word
    ],
)
def test_dataset(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "DATASET")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We introduce a new dataset, Realtype, that includes realistic types.", "Realtype"),
        ("We construct a new corpus, called Wiki-40B, of clean text.", "Wiki-40B"),
        ("We release a benchmark (CodeBench) for repository-level code.", "CodeBench"),
        ("we collect test cases, and we name this dataset HateModerate; then we test.", "HateModerate"),
    ],
)
def test_a_name_given_to_the_dataset_a_paper_builds(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "DATASET")
    assert name not in labelled(nlp, text, "METHOD")


@pytest.mark.parametrize(
    "text",
    [
        "We present a dataset, Moreover, it is large.",
        "We build a new benchmark: Given a question, the model answers it.",
        "We use a dataset, which we split in two.",
    ],
)
def test_a_capitalised_word_after_the_dataset_noun_needs_a_delimiter_after_it(nlp: Language, text: str) -> None:
    assert labelled(nlp, text, "DATASET") == set()


@pytest.mark.parametrize(("text", "names"), [
    ("Experiments on two real-world datasets, MovieLens and Pinterest, show gains.", {"MovieLens", "Pinterest"}),
    ("We use three benchmarks: Foo-2, Barley, and Quxx.", {"Foo-2", "Barley", "Quxx"}),
    ("We use three datasets, and Table 2 lists them.", set()),
])
def test_the_names_a_count_of_datasets_lists(nlp: Language, text: str, names: set[str]) -> None:
    assert labelled(nlp, text, "DATASET") == names


@pytest.mark.parametrize("text", [
    "We release Llama 2, a collection of pretrained and fine-tuned large language models ranging in scale.",
    "We release FooNet-2, a family of models for code.",
])
def test_a_name_given_to_a_collection_of_models_is_a_method(nlp: Language, text: str) -> None:
    name = text.split(" ", 2)[2].split(",")[0]
    assert name in labelled(nlp, text, "METHOD")
    # and outranks the dataset reading of "a collection"
    best = {c.label: c.confidence for c in nlp(text)._.kb_candidates if text[c.start:c.end] == name}
    assert best["METHOD"] > best.get("DATASET", 0)


def test_a_capitalised_phrase_after_an_article_describes_the_benchmark(nlp: Language) -> None:
    text = "GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding"
    assert "Multi-Task Benchmark" not in labelled(nlp, text, "DATASET")
    # nor the last words of a coordinated description
    text = "MMMU: A Massive Multimodal Understanding and Reasoning Benchmark\n\nWe introduce it."
    assert "Reasoning Benchmark" not in labelled(nlp, text, "DATASET")
    assert "Penn Treebank" in labelled(nlp, "We annotate the Penn Treebank.", "DATASET")


def test_a_short_form_in_brackets_before_a_dataset_noun_is_a_dataset(nlp: Language) -> None:
    text = "compared with the Application-oriented License Plate (AOLP) dataset for US"
    assert labelled(nlp, text, "DATASET") == {"AOLP"}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Multimodal ArXiv: A Dataset for Improving Scientific Comprehension", "Multimodal ArXiv"),
        ("Natural Questions: A Benchmark for Question Answering Research", "Natural Questions"),
        ("Common Voice: A Massively-Multilingual Speech Corpus", "Common Voice"),
    ],
)
def test_capitalised_words_opening_a_title_that_announces_a_dataset_name_it(nlp: Language, title: str, name: str) -> None:
    assert name in labelled(nlp, title + "\n\nWe release it.", "DATASET")


@pytest.mark.parametrize("title", ["Towards Robust QA: A Benchmark for Robustness",
                                   "Learning Transferable Features: A Benchmark Study",
                                   "Robust Open Domain QA Models: A Benchmark for Robustness"])
def test_a_title_opening_with_a_verb_or_a_phrase_too_long_names_no_dataset(nlp: Language, title: str) -> None:
    assert labelled(nlp, title + "\n\nWe study it.", "DATASET") == set()


def test_a_name_said_to_be_a_dataset_is_a_dataset(nlp: Language) -> None:
    assert labelled(nlp, "ArXivCap is a figure-caption dataset comprising 6.4M images.", "DATASET") == {"ArXivCap"}


def test_a_title_names_the_benchmark_only_before_the_words_that_name_it(nlp: Language) -> None:
    assert "BERT" not in labelled(nlp, "BERT: Results on the SQuAD Benchmark", "DATASET")
    assert "BERT" not in labelled(nlp, "BERT: Pretraining for the GLUE Benchmark", "DATASET")


def test_a_capture_does_not_start_inside_a_hyphenated_word(nlp: Language) -> None:
    assert labelled(nlp, "Experiments on the ASTE-Data-V2 datasets show gains.", "DATASET") == {"ASTE-Data-V2"}


@pytest.mark.parametrize(
    "text",
    [
        "We train on a large corpus of web text.",
        "We evaluate on five benchmarks and two datasets.",
        "On the English dataset, the model is weaker.",
        "We use the test dataset for tuning.",
        "The medical images dataset is small.",
        "On average, the model is weaker.",
        "In BERT, the layers are deep.",
    ],
)
def test_generic_data_words_give_no_dataset(nlp: Language, text: str) -> None:
    assert labelled(nlp, text, "DATASET") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Our model outperforms prior methods on six popular ASTE datasets.",
        "We do not consider the well-known SR benchmarks here.",
        "Results on 3 UVOS benchmarks and three other VQA datasets.",
        "Efforts went into ANPR datasets like the Chinese parking one.",
    ],
)
def test_a_name_before_a_counted_or_qualified_plural_head_is_a_category(nlp: Language, text: str) -> None:
    assert labelled(nlp, text, "DATASET") == set()


def test_a_name_in_a_list_before_a_plural_head_is_a_dataset(nlp: Language) -> None:
    text = "We evaluate on the SVHN and CIFAR-100 datasets and the ImageNet benchmarks."
    assert labelled(nlp, text, "DATASET") == {"SVHN", "CIFAR-100", "ImageNet"}


def test_dataset_head_word_is_not_part_of_lowercase_name(nlp: Language) -> None:
    assert labelled(nlp, "Tests on the CoNLL-2003 dataset.", "DATASET") == {"CoNLL-2003"}


# --- METRIC -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It is better in terms of exact match and speed.", "exact match"),
        ("The system wins in terms of top-5 accuracy.", "top-5 accuracy"),
        ("Quality is measured by character error rate on held-out calls.", "character error rate"),
        ("We report chrF scores for all language pairs.", "chrF"),
        ("The gain in terms of BLEU is small.", "BLEU"),
        ("The baseline is weaker in terms of ROUGE-L, but faster.", "ROUGE-L"),
        # a name that a number is "a ... of": "a PSDS1 of 0.48", "an EER of 1.2%"
        ("On the validation set, the tagger obtains a QDS2 of 0.482.", "QDS2"),
        ("Transformer-XL learns a RECL of 900 words on WikiText-103.", "RECL"),
        ("The ranker reaches an SRR-5 of only 41.3%.", "SRR-5"),
    ],
)
def test_metric(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METRIC")


@pytest.mark.parametrize(
    "text",
    [
        "It is better in terms of efficiency and robustness.",
        "It is cheaper in terms of GPU memory.",
        "The average GLUE score rises by two points.",
        "Higher scores indicate better fluency.",
        "This is measured by the number of steps.",
        "MathCoder-S-7B scores 64.2% on GSM8K.",  # a verb
        "MathCoder-S-7B scores above 60% on GSM8K.",
        "ConsistBox scores each pseudo-box by the agreement of its views.",  # a verb with its object
        "Self-training yields a WSJ of 94.25 F1 for the parser.",  # the number's own measure follows
    ],
)
def test_vague_measures_give_no_metric(nlp: Language, text: str) -> None:
    assert labelled(nlp, text, "METRIC") == set()


# --- TASK -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We address the task of open-domain question answering.", "open-domain question answering"),
        ("This is a hard problem of multi-document summarization in practice.", "multi-document summarization"),
        ("Our encoder helps on relation extraction tasks.", "relation extraction"),
        ("We report results for the semantic role labeling task.", "semantic role labeling"),
        ("the model is tested on several image captioning benchmarks", "image captioning"),
        ("strong results on the commonsense reasoning task", "commonsense reasoning"),
    ],
)
def test_task(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "TASK")


@pytest.mark.parametrize("superlative", ["largest", "biggest", "latest", "best"])
def test_a_superlative_before_a_task_s_dataset_is_no_part_of_the_task(nlp: Language, superlative: str) -> None:
    tasks = labelled(nlp, f"We collect the {superlative} video segmentation dataset to date.", "TASK")
    assert not any(superlative in task for task in tasks)


@pytest.mark.parametrize(
    "text",
    [
        "We evaluate on many downstream tasks.",
        "The task of tagging semantic relations is hard.",
        "We study the problem of populating object detection datasets.",
        "Attention is an important research problem.",
        "the reasoning task is hard",
        "We consider the following tasks and a new task.",
        "We use the validation dataset for early stopping.",
        "It cannot be used for another classification task.",
    ],
)
def test_vague_or_verbal_phrases_give_no_task(nlp: Language, text: str) -> None:
    assert labelled(nlp, text, "TASK") == set()


# --- component behaviour ----------------------------------------------------------------

def test_candidates_carry_provenance(nlp: Language) -> None:
    doc = nlp("We propose FlowMix, which mixes flows.")
    (cand,) = [c for c in doc._.kb_candidates if c.label == "METHOD"]
    assert cand.extractor == CUE
    assert cand.meta["pattern"] == "propose_name"
    assert 0 < cand.confidence < 1


def test_one_candidate_per_span_and_label(nlp: Language) -> None:
    # several cues fire on "FlowMix" here; the resolver must see it once
    doc = nlp("We propose FlowMix, a novel mixing framework, which is fast.")
    keys = [(c.start, c.end, c.label) for c in doc._.kb_candidates]
    assert len(keys) == len(set(keys))


def test_appends_to_existing_candidates(nlp: Language) -> None:
    from extractors.candidates import Candidate

    doc = nlp.make_doc("We propose FlowMix, which mixes flows.")
    doc._.kb_candidates = [Candidate(0, 2, "METHOD", 0.5, "lexicon")]
    doc = nlp.get_pipe("kb_cues")(doc)
    assert doc._.kb_candidates[0].extractor == "lexicon"
    assert len(doc._.kb_candidates) == 2


def test_packaged_pattern_file_parses() -> None:
    with DEFAULT_PATTERNS.open(encoding="utf-8") as fh:
        cues = parse_patterns(fh)
    assert len(cues) >= 20
    assert {c.label for c, _ in cues} == {"METHOD", "DATASET", "METRIC", "TASK"}


# --- pattern file format ----------------------------------------------------------------

def _matcher_from(lines: list[dict]) -> tuple[Language, CueMatcher]:
    nlp = make_nlp()
    cue = CueMatcher(nlp)
    cue.load(parse_patterns([json.dumps(line) for line in lines]))
    return nlp, cue


def test_format_define_use_capture_and_groups() -> None:
    nlp, cue = _matcher_from([
        {"comment": "a test file"},
        {"define": "name", "tokens": [{"IS_TITLE": True}]},
        {"id": "beats", "label": "METHOD", "confidence": 0.5,
         "pattern": [{"USE": "name", "CAPTURE": "x"}, {"LOWER": "beats"}, {"USE": "name", "CAPTURE": "y"}],
         "group": ["x", "y"]},
    ])
    doc = nlp("Then Foo beats Bar easily.")
    assert sorted(doc.text[c.start:c.end] for c in cue.find(doc)) == ["Bar", "Foo"]


def test_format_not_after_ignores_a_match_after_those_words() -> None:
    nlp, cue = _matcher_from([
        {"id": "sets", "label": "DATASET", "confidence": 0.5,
         "pattern": [{"IS_UPPER": True}, {"LOWER": "sets"}], "not_after": ["Other", "#num"]},
    ])
    for text, found_there in (("the ABC sets", True), ("ABC sets", True), ("other ABC sets", False),
                              ("twelve ABC sets", False), ("12 ABC sets", False)):
        doc = nlp(text)
        assert [doc.text[c.start:c.end] for c in cue.find(doc)] == (["ABC sets"] if found_there else []), text


@pytest.mark.parametrize(("words", "cases"), [
    (["Like"], (("ABC sets here", True), ("ABC sets", True), ("ABC sets like DEF", False))),
    (["#cap"], (("ABC sets here", True), ("ABC sets.", True), ("ABC sets Filtering", False))),
])
def test_format_not_before_ignores_a_match_right_before_those_words(words: list, cases: tuple) -> None:
    nlp, cue = _matcher_from([
        {"id": "sets", "label": "DATASET", "confidence": 0.5,
         "pattern": [{"IS_UPPER": True}, {"LOWER": "sets"}], "not_before": words},
    ])
    for text, found_there in cases:
        doc = nlp(text)
        assert [doc.text[c.start:c.end] for c in cue.find(doc)] == (["ABC sets"] if found_there else []), text


def test_format_title_start_keeps_only_a_match_that_opens_the_title() -> None:
    nlp, cue = _matcher_from([
        {"id": "t", "label": "METHOD", "confidence": 0.5, "title_start": True,
         "pattern": [{"IS_UPPER": True, "CAPTURE": "x"}, {"TEXT": ":"}]},
    ])
    for text, names in (("ABC: a title\n\nDEF: more text.", ["ABC"]),
                        ("The ABC: a title\n\nDEF: more text.", []),
                        ("ABC: no title here.\n\nDEF: more.", [])):
        doc = nlp(text)
        assert [doc.text[c.start:c.end] for c in cue.find(doc)] == names, text


def test_format_title_only_keeps_only_a_match_inside_the_title() -> None:
    nlp, cue = _matcher_from([
        {"id": "t", "label": "TASK", "confidence": 0.5, "title_only": True,
         "pattern": [{"IS_UPPER": True, "CAPTURE": "x"}, {"LOWER": "task"}]},
    ])
    for text, names in (("Solving the ABC Task\n\nThe DEF task is hard.", ["ABC"]),
                        ("The DEF task is hard.", [])):
        doc = nlp(text)
        assert [doc.text[c.start:c.end] for c in cue.find(doc)] == names, text


@pytest.mark.parametrize(("title", "task"), [
    ("Deep Learning for Early Sepsis Prediction", "Early Sepsis Prediction"),
    ("Zero-Shot Cross-Lingual Event Extraction with Large Language Models", "Zero-Shot Cross-Lingual Event Extraction"),
    ("A Study on Medication Extraction from Clinical Notes", "Medication Extraction"),
    ("Knowledge-Grounded Radiology Report Generation", "Radiology Report Generation"),  # the method's words go
])
def test_a_capitalised_task_phrase_in_the_title(nlp: Language, title: str, task: str) -> None:
    assert task in labelled(nlp, title + "\n\nWe propose a model.", "TASK")


@pytest.mark.parametrize(("title", "task"), [
    ("Does Token-Drop Regularization Really Help Low-Resource Neural Machine Translation? A Study",
     "Low-Resource Neural Machine Translation"),
    ("When Do Vision-Language Features Help Fine-Grained Recognition? A Study with CLIP", "Fine-Grained Recognition"),
    ("Do Demonstrations Teach or Trigger? Disentangling Task Recognition in In-Context Learning", "Task Recognition"),
    ("Span-Level Contrastive Learning Improves Clinical Concept Extraction", "Clinical Concept Extraction"),
])
def test_a_title_s_task_phrase_starts_after_its_verb(nlp: Language, title: str, task: str) -> None:
    # a title that asks or states names the task after its verb; the subject is no part of it
    tasks = labelled(nlp, title + "\n\nWe propose a model.", "TASK")
    assert task in tasks and not any(t.endswith(task) and t != task for t in tasks), tasks


@pytest.mark.parametrize(("text", "names"), [
    ("Glimpse: Adaptive Visual Tokens\n\nGlimpse predicts which regions need crops.", {"Glimpse"}),
    # the word is not used again as written, or names a kind of paper
    ("Glimpse: Adaptive Visual Tokens\n\nWe take a glimpse at visual tokens.", set()),
    ("Position: Benchmarks Are Broken\n\nPosition papers argue.", set()),
])
def test_one_capitalised_word_opening_the_title_names_the_method_the_abstract_repeats(
        nlp: Language, text: str, names: set[str]) -> None:
    assert {doc_name for doc_name, label in found(nlp, text) if label == "METHOD"} == names


def test_a_capitalised_task_phrase_outside_the_title_is_no_cue(nlp: Language) -> None:
    assert "Early Sepsis Prediction" not in labelled(nlp, "Results on Early Sepsis Prediction are good.", "TASK")


def test_format_default_label_is_marked_on_the_candidates() -> None:
    nlp, cue = _matcher_from([
        {"id": "guess", "label": "METHOD", "confidence": 0.5, "default_label": True,
         "pattern": [{"LOWER": "propose"}, {"IS_UPPER": True, "CAPTURE": "x"}]},
        {"id": "typed", "label": "DATASET", "confidence": 0.5,
         "pattern": [{"IS_UPPER": True, "CAPTURE": "x"}, {"LOWER": "benchmark"}]},
    ])
    found = {c.meta["pattern"]: c.meta.get("default_label", False) for c in cue.find(nlp("we propose ABC benchmark"))}
    assert found == {"guess": True, "typed": False}


def test_format_trim_group() -> None:
    nlp, cue = _matcher_from([
        {"id": "uses", "label": "METHOD", "confidence": 0.5,
         "pattern": [{"LOWER": "using"}, {"IS_TITLE": True, "OP": "+"}, {"LOWER": "layers"}],
         "group": {"trim_left": 1, "trim_right": 1}},
    ])
    doc = nlp("built using Gated Linear layers only")
    assert [doc.text[c.start:c.end] for c in cue.find(doc)] == ["Gated Linear"]


def test_format_capture_with_optional_tokens_and_trailing_hyphen() -> None:
    # an optional hyphen that matched without a following part must not end the entity
    nlp, cue = _matcher_from([
        {"id": "n", "label": "METHOD", "confidence": 0.5,
         "pattern": [{"LOWER": "with"}, {"IS_UPPER": True, "CAPTURE": "x"},
                     {"TEXT": "-", "OP": "?", "CAPTURE": "x"}, {"IS_DIGIT": True, "OP": "?", "CAPTURE": "x"}]},
    ])
    assert [c.meta["pattern"] for c in cue.find(nlp("with ABC-50 now"))] == ["n"]
    doc = nlp("with ABC-based tools")
    assert [doc.text[c.start:c.end] for c in cue.find(doc)] == ["ABC"]
    doc = nlp("with ABC-50 now")
    assert [doc.text[c.start:c.end] for c in cue.find(doc)] == ["ABC-50"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"id": "x", "label": "GENE", "confidence": 1, "pattern": [{"LOWER": "a"}]}, "label"),
        ({"id": "x", "label": "TASK", "pattern": [{"LOWER": "a"}]}, "missing"),
        ({"id": "x", "label": "TASK", "confidence": 1, "pattern": [{"USE": "nope"}]}, "unknown definition"),
        ({"id": "x", "label": "TASK", "confidence": 1, "pattern": [{"LOWER": "a"}], "group": ["q"]}, "not captured"),
        ({"id": "x", "label": "TASK", "confidence": 1, "pattern": [{"LOWER": "a"}], "not_after": "the"}, "not_after"),
        ({"id": "x", "label": "TASK", "confidence": 1, "pattern": [{"LOWER": "a"}], "not_before": [1]}, "not_before"),
        ({"id": "x", "label": "TASK", "confidence": 1, "pattern": [{"LOWER": "a"}], "default_label": "yes"},
         "default_label"),
        ({"id": "x", "label": "TASK", "confidence": 1, "pattern": [{"LOWER": "a"}], "title_start": 1}, "title_start"),
        ({"id": "x", "label": "TASK", "confidence": 1, "pattern": [{"LOWER": "a"}], "title_only": 1}, "title_only"),
        ({"id": "x", "label": "TASK", "confidence": 1, "pattern": [{"LOWER": "a"}], "repeated": "yes"}, "repeated"),
    ],
)
def test_format_errors_name_the_problem(line: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_patterns([json.dumps(line)], "test.jsonl")


def test_users_can_point_to_their_own_pattern_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"id": "zap", "label": "DATASET", "confidence": 0.9,
                                "pattern": [{"LOWER": "zapdata"}]}) + "\n", encoding="utf-8")
    nlp = make_nlp()
    nlp.add_pipe("kb_cues", config={"patterns_path": str(path)})
    nlp.initialize()
    doc = nlp("We use ZapData here.")
    assert [(doc.text[c.start:c.end], c.label) for c in doc._.kb_candidates] == [("ZapData", "DATASET")]


@pytest.mark.parametrize(("text", "name"), [
    ("We propose M4LE, a comprehensive benchmark for long-context understanding.", "M4LE"),
    ("We introduce SciQuest, a new dataset of college-level science problems.", "SciQuest"),
])
def test_a_propose_cue_guesses_and_the_apposition_types_the_name(text: str, name: str) -> None:
    nlp = make_nlp()
    nlp.add_pipe("kb_cues")
    nlp.add_pipe("kb_resolver")
    nlp.initialize()
    doc = nlp(text)
    assert {(doc.text[c.start:c.end], c.label) for c in doc._.kb_candidates} >= {(name, "METHOD"), (name, "DATASET")}
    assert [(doc.text[m.start:m.end], m.label) for m in doc._.kb_mentions] == [(name, "DATASET")]


def test_a_capitalised_dataset_name_does_not_stop_where_the_capitals_go_on(nlp: Language) -> None:
    assert labelled(nlp, "Volctrans Parallel Corpus Filtering System for WMT 2020", "DATASET") == set()
    assert labelled(nlp, "We annotate the Brown Corpus.", "DATASET") == {"Brown Corpus"}


def test_a_title_dataset_name_is_not_cut_out_of_a_hyphenated_word(nlp: Language) -> None:
    text = "M4LE: A Multi-Ability Multi-Range Multi-Task Multi-Domain Long-Context Evaluation Benchmark"
    assert "Domain Long-Context Evaluation Benchmark" not in labelled(nlp, text, "DATASET")
    assert "Penn Treebank" in labelled(nlp, "Results on the Penn Treebank are good.", "DATASET")


@pytest.mark.parametrize("text", [
    "we propose GRIT, involving Pruning, Merging, and Sharing, a training-free strategy for LLMs.",
    "a pipeline of Filtering and Scoring, a cheap method for web text.",
    "tuned with Retrieval or Reranking, an efficient approach.",
    "built from Crawl and WebPages, a new corpus of forums.",
])
def test_the_last_item_of_a_list_is_not_what_the_apposition_names(nlp: Language, text: str) -> None:
    # "A, B, and C, a ... strategy" describes the whole, not C
    names = {surface for surface, _ in found(nlp, text)}
    assert not names & {"Sharing", "Scoring", "Reranking", "WebPages"}


def test_a_count_is_no_part_of_a_task(nlp: Language) -> None:
    assert not any(surface.startswith("six") for surface in labelled(nlp, "It wins on six classification tasks.", "TASK"))


@pytest.mark.parametrize(("text", "name"), [
    ("We introduce a benchmark for code repair, RepairSet, containing 1,204 real bugs.", "RepairSet"),
    ("We release a large-scale dataset for multimodal sarcasm detection, named SarcNet, with 20k posts.", "SarcNet"),
    ("We construct a corpus of clinical notes, MedNotes-5k, and train a tagger on it.", "MedNotes-5k"),
])
def test_a_built_dataset_is_named_after_what_it_is_for(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "DATASET")


@pytest.mark.parametrize(("text", "name"), [
    ("We introduce a new metric for evaluating text generation, GenScore++, which tracks human judgments.", "GenScore++"),
    ("We propose QAEval, a new metric for summarization.", "QAEval"),
    ("Summaries are scored by a measure called POURPRE.", "POURPRE"),
    ("We design a measure, FaithScore, and use it to rank models.", "FaithScore"),
])
def test_a_measure_named_by_its_kind_is_a_metric(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METRIC")


def test_a_name_after_a_second_kind_word_is_not_the_first_s(nlp: Language) -> None:
    assert "TransNet" not in labelled(nlp, "We propose a metric for translation and a model, TransNet, for parsing.",
                                      "METRIC")


@pytest.mark.parametrize("name", ["SnowFlake-Lite", "YOLO-Nano", "Gemini-Pro"])
def test_a_tier_word_after_a_hyphen_is_part_of_the_name(nlp: Language, name: str) -> None:
    assert name in labelled(nlp, f"Our network, {name}, reaches a Chamfer distance of 6.9.", "METHOD")


@pytest.mark.parametrize(("text", "name"), [
    ("We build WinoMT-Ext, a challenge set of 6,000 sentences in eight languages.", "WinoMT-Ext"),
    ("We release BLiMP2, a diagnostic test set for syntax.", "BLiMP2"),
])
def test_a_set_for_testing_in_an_apposition_names_a_dataset(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "DATASET")


def test_a_bare_set_in_an_apposition_names_no_dataset(nlp: Language) -> None:
    assert "RuleX" not in labelled(nlp, "We use RuleX, a set of rules.", "DATASET")


@pytest.mark.parametrize(("text", "name"), [
    ("In this work, we cast event extraction as question answering and propose EEQA-X.", "EEQA-X"),
    ("We analyse the errors and then introduce QAFix, which repairs them.", "QAFix"),
])
def test_a_proposal_verb_coordinated_with_an_earlier_predicate_names_a_method(nlp: Language, text: str,
                                                                               name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


def test_a_dataset_described_at_length_before_its_name_is_named(nlp: Language) -> None:
    text = "We introduce a dataset of 12,000 annotated tweets for stance detection towards vaccination, VaxStance."
    assert "VaxStance" in labelled(nlp, text, "DATASET")


def test_the_name_given_to_our_metric_in_an_apposition_is_a_metric(nlp: Language) -> None:
    text = "Ratings correlate strongly with our learned metric, DialEval (r = 0.64)."
    assert "DialEval" in labelled(nlp, text, "METRIC")


def test_a_proposed_name_of_three_hyphened_parts_is_whole(nlp: Language) -> None:
    assert "ViT-Adapter-M" in labelled(nlp, "We present ViT-Adapter-M. It achieves 60.5 box AP.", "METHOD")


@pytest.mark.parametrize(("text", "name"), [
    ("Our Retinex-based transformer, Retformer-E, achieves a PSNR of 25.16 dB.", "Retformer-E"),
    ("Our policy, RT-Lang, is trained on 130k demonstrations.", "RT-Lang"),
])
def test_the_name_given_to_our_policy_or_a_capitalised_kind_is_a_method(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


@pytest.mark.parametrize(("text", "name"), [
    ("Across 20 tasks, PTv3 attains state-of-the-art results.", "PTv3"),
    ("IBl attains an F-score of 82 on noun attachment.", "IBl"),
    ("Our best model family, which we name Guanaco, outperforms all open models.", "Guanaco"),
    ("It runs 3.3x faster than its predecessor PTv2.", "PTv2"),
    ("It obtains a field-level F1 of 84.1, compared with 82.2 for LayoutLMv2, while running faster.", "LayoutLMv2"),
    # a rival named after its number and unit, or matched in a quality
    ("DARTS achieves a test error of 2.76% using 4 GPU days, compared with 3150 GPU days for AmoebaNet.", "AmoebaNet"),
    ("It runs as fast as MobileNetV2x1.4 (1.6 ms, 74.7% top-1).", "MobileNetV2x1.4"),
    # a name that changes a result it names, or opens a sentence on how it works
    ("On NYU Depth v2, PlaneDepth lowers AbsRel from 0.098 to 0.084.", "PlaneDepth"),
    ("ConsistBox scores each pseudo-box by the agreement of its views.", "ConsistBox"),
    ("AdaDrop inserts a tiny scoring module before selected blocks.", "AdaDrop"),
    # and a long form with its short form, in apposition with a method's kind
    ("We address this with Boundary-Aware Mask Classification (BAMC), a decoder that sees edges.",
     "Boundary-Aware Mask Classification"),
    ("We address this with Boundary-Aware Mask Classification (BAMC), a decoder that sees edges.", "BAMC"),
    ("Decoupled Space-Time Tokens (DeST) split each clip into appearance and motion tokens.",
     "Decoupled Space-Time Tokens"),
    ("LAP (Lookahead Preconditioning) amortises this cost by computing it on stale weights.", "LAP"),
    ("LAP (Lookahead Preconditioning) amortises this cost by computing it on stale weights.",
     "Lookahead Preconditioning"),
])
def test_a_name_that_reaches_a_result_or_is_named_or_beaten_is_a_method(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "METHOD")


@pytest.mark.parametrize("text", [
    "WER improves by 2.1 points with the larger model.",  # a measure that itself changes
    "Results show that MMLU improves with scale.",
    "The model adds a layer; ImageNet contains a thousand classes.",  # not how a method works
])
def test_a_name_that_changes_without_an_object_or_is_no_design_is_no_method(nlp: Language, text: str) -> None:
    assert labelled(nlp, text, "METHOD") == set()


@pytest.mark.parametrize(("text", "name"), [
    ("Graphormer achieves a mean absolute error of 0.1234 on the PCQM4M-LSC validation set.", "PCQM4M-LSC"),
    ("It reaches 80% on the XYZ12 test split.", "XYZ12"),
])
def test_a_coined_name_before_one_of_its_splits_is_a_dataset(nlp: Language, text: str, name: str) -> None:
    assert name in labelled(nlp, text, "DATASET")
