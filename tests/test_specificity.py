"""Step 3b of the resolver: NER-only candidates that are too vague to be entities."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.resolver import headline_title_end, is_generic, load_generic_words
from extractors.tokenizer import make_nlp
from test_resolver import make_nlp_with_resolver, mentions, run

WORDS = load_generic_words()


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


@pytest.mark.parametrize("text", [
    "in-batch manner", "fine-tuning strategy", "feature representation", "auxiliary task",
    "generalization ability", "a novel framework", "existing methods", "Optimization",
    "networks", "sequence encoder", "generalization ability of LLMs", "SOTA", "LEARNING",
    "End-to-End", "Pre-Trained", "fine-tuned", "Multi-task", "French", "supervised", "Hybrid",
    "ablation studies", "user study", "Indian scenario", "European setting", "generation", "verification",
    "exploration", "empirical analysis", "in-depth analysis", "systematic evaluation", "plain",
    "discriminative and generative ones", "its counterpart", "counterparts", "multi-task benchmark",
    "Multi-Task Benchmark",
])
def test_vague_phrases_are_generic(nlp: Language, text: str) -> None:
    doc = nlp("We study " + text)
    assert is_generic(doc[2:], WORDS)


@pytest.mark.parametrize("text", [
    "translation model", "phrase-based translation model", "BERT model", "Transformer model",
    "ResNet-50", "knowledge distillation", "beam search", "question answering",
    "T5 strategy", "dropout", "BLEU", "COMPLEX", "sentiment analysis", "factor analysis", "supervised learning",
])
def test_specific_phrases_are_kept(nlp: Language, text: str) -> None:
    doc = nlp("We study " + text)
    assert not is_generic(doc[2:], WORDS)


def test_title_cased_generic_phrase_is_generic(nlp: Language) -> None:
    doc = nlp("We compare with a Novel Framework")
    assert is_generic(doc[4:], WORDS)  # headline style is no name


def test_resolver_drops_only_ner_only_vague_spans() -> None:
    nlp = make_nlp_with_resolver()
    text = "We train in an in-batch manner with the dropout strategy and a novel framework."
    doc = run(nlp, text, [
        ("in-batch manner", "METHOD", "ner", 0.6),
        ("dropout strategy", "METHOD", "ner", 0.6),
        ("dropout", "METHOD", "lexicon", 0.9),
        ("novel framework", "METHOD", "ner", 0.6),
        ("novel framework", "METHOD", "cue", 0.6),  # a rule agrees: kept
    ])
    assert mentions(doc) == [("dropout", "METHOD"), ("novel framework", "METHOD")]


def test_flag_off_keeps_vague_spans() -> None:
    nlp = make_nlp_with_resolver(specific_only=False)
    text = "We train in an in-batch manner."
    doc = run(nlp, text, [("in-batch manner", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("in-batch manner", "METHOD")]


def test_trim_kinds_keeps_the_name() -> None:
    nlp = make_nlp_with_resolver()
    text = "The RCN model is fast."
    doc = run(nlp, text, [("RCN model", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("RCN", "METHOD")]


@pytest.mark.parametrize("text,span,label,kept", [
    ("Results on the CoNLL dataset are good.", "CoNLL dataset", "DATASET", "CoNLL"),
    ("It helps machine translation tasks a lot.", "machine translation tasks",
     "TASK", "machine translation"),
    ("It solves the image segmentation problem well.", "image segmentation problem", "TASK",
     "image segmentation"),
    ("We use a reinforcement learning algorithm.", "reinforcement learning algorithm", "METHOD",
     "reinforcement learning"),
    ("It adds a multi-hop attention mechanism.", "multi-hop attention mechanism", "METHOD",
     "multi-hop attention"),
    ("Results on the Hutter Prize dataset are good.", "Hutter Prize dataset", "DATASET", "Hutter Prize"),
    ("Experiments on the Gigaword benchmark dataset show it.", "Gigaword benchmark dataset",
     "DATASET", "Gigaword"),
    ("Both EM and F1 metrics improve.", "F1 metrics", "METRIC", "F1"),
    ("It helps the hypernym discovery task.", "hypernym discovery task", "TASK", "hypernym discovery"),
    ("It replaces spoken language understanding models.", "spoken language understanding models",
     "TASK", "spoken language understanding"),
])
def test_trim_kinds_by_default(text: str, span: str, label: str, kept: str) -> None:
    doc = run(make_nlp_with_resolver(), text, [(span, label, "ner", 0.6)])
    assert mentions(doc) == [(kept, label)]


@pytest.mark.parametrize("text,span,label", [
    ("We build a large text corpus here.", "large text corpus", "DATASET"),  # no name left
    ("We use the British National Corpus here.", "British National Corpus", "DATASET"),
    ("A translation model helps.", "translation model", "METHOD"),  # a term, not a name + kind
    ("It beats AI-based systems.", "AI-based systems", "METHOD"),
    ("It won the WMT20 shared task.", "WMT20 shared task", "TASK"),
    ("It helps masked language tasks.", "masked language tasks", "TASK"),
    ("A phrase-based translation model helps.", "phrase-based translation model", "METHOD"),
    ("A detection method helps.", "detection method", "METHOD"),  # "detection" alone is a task
    ("A parameter-efficient method helps.", "parameter-efficient method", "METHOD"),
    ("It uses the AI-based approach.", "AI-based approach", "METHOD"),
    ("Our evaluation measures agree.", "evaluation measures", "METRIC"),  # no name left
])
def test_trim_kinds_leaves_terms_and_names(text: str, span: str, label: str) -> None:
    doc = run(make_nlp_with_resolver(generic_methods_out=False), text, [(span, label, "ner", 0.6)])
    assert mentions(doc) == [(span, label)]


@pytest.mark.parametrize("phrase", ["rule-based model", "phrase-based translation model",
                                    "extractive approach", "attention mechanism", "parser",
                                    "relation classifier"])
def test_described_methods_are_dropped_unless_asked_to_keep_them(phrase: str) -> None:
    text = f"A {phrase} helps."
    assert mentions(run(make_nlp_with_resolver(), text, [(phrase, "METHOD", "ner", 0.6)])) == []
    kept = run(make_nlp_with_resolver(generic_methods_out=False), text, [(phrase, "METHOD", "ner", 0.6)])
    assert mentions(kept) == [(phrase, "METHOD")]


@pytest.mark.parametrize("phrase", ["Transformer model", "BERT-based model", "ResNet-50 backbone"])
def test_named_methods_with_a_kind_noun_are_no_described_methods(phrase: str) -> None:
    doc = run(make_nlp_with_resolver(), f"A {phrase} helps.", [(phrase, "METHOD", "ner", 0.6)])
    assert mentions(doc) != []


def test_a_sentence_initial_capital_does_not_make_a_name() -> None:
    text = "Attention models help."
    assert mentions(run(make_nlp_with_resolver(), text, [("Attention models", "METHOD", "ner", 0.6)])) == []


def test_a_language_and_a_kind_noun_is_no_dataset_name() -> None:
    doc = run(make_nlp_with_resolver(), "We release a Chinese dataset.", [("Chinese dataset", "DATASET", "ner", 0.6)])
    assert mentions(doc) == []


@pytest.mark.parametrize("phrase,label", [
    ("deep models", "METHOD"), ("neural networks", "METHOD"), ("supervised methods", "METHOD"),
    ("a hybrid approach", "METHOD"),  # vague modifiers and a kind noun
    ("word embeddings", "METHOD"), ("contextual sentence embeddings", "METHOD"),  # representations
    ("machine comprehension datasets", "TASK"),  # data for a task: no task, no name
    ("real-world images", "TASK"), ("Indian vehicle images", "TASK"),  # data, nothing done on it
    ("natural language processing", "TASK"), ("NLP", "TASK"), ("Computer Vision", "TASK"),
    ("NLP tasks", "TASK"), ("computer science", "TASK"), ("biology", "TASK"),  # research fields are no tasks
    ("computer vision community", "TASK"), ("deep clustering iteration", "METHOD"),  # vague heads
    ("training objective", "METRIC"),  # a kind noun after a vague word
    ("qualified lawyers", "METHOD"), ("professional coders", "METHOD"),  # people, no method
])
def test_vague_ner_spans_are_dropped(phrase: str, label: str) -> None:
    doc = run(make_nlp_with_resolver(), f"They compare {phrase} here.", [(phrase, label, "ner", 0.6)])
    assert mentions(doc) == []


@pytest.mark.parametrize("phrase", ["instance-level retrieval of images", "detecting emotions in codeswitching texts"])
def test_a_task_done_on_data_items_stays(phrase: str) -> None:
    doc = run(make_nlp_with_resolver(), f"They compare {phrase} here.", [(phrase, "TASK", "ner", 0.6)])
    assert mentions(doc) == [(phrase, "TASK")]


def test_a_company_alone_is_no_entity_but_names_with_it_stay() -> None:
    nlp = make_nlp_with_resolver()
    text = "We finetune OpenAI's models, compare DeepMind and use Google Translate."
    doc = run(nlp, text, [("OpenAI", "METHOD", "ner", 0.6), ("DeepMind", "METHOD", "ner", 0.6),
                          ("Google Translate", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("Google Translate", "METHOD")]


def test_word_list_roles_are_valid() -> None:
    assert "manner" in WORDS.heads and "model" in WORDS.kinds
    assert "learning" in WORDS.alone and "novel" in WORDS.vague_modifiers


@pytest.mark.parametrize("text,headline", [
    ("Deep Reinforced Model for Abstractive Summarization\n\nWe propose X.", True),
    ("NEURAL SEQUENCE MODELS\n\nWe propose X.", True),
    ("Learning to compose words into sentences\n\nWe propose X.", False),
    ("We propose X. It works.", False),
])
def test_headline_title_is_recognised(text: str, headline: bool) -> None:
    assert bool(headline_title_end(text)) is headline
    if headline:
        assert text[:headline_title_end(text)] == text.split("\n\n")[0]


def test_ner_spans_of_a_headline_title_need_a_coined_name_or_the_abstract() -> None:
    nlp = make_nlp_with_resolver()
    text = "Dynamic Evaluation of Neural Sequence Models with GPT-2\n\nWe study dynamic evaluation."
    doc = run(nlp, text, [
        ("Neural Sequence Models", "METHOD", "ner", 0.6),  # headline words only: dropped
        ("Dynamic Evaluation", "METHOD", "ner", 0.6),  # the abstract repeats it: kept
        ("GPT-2", "METHOD", "ner", 0.6),  # a coined name: kept
        ("dynamic evaluation", "METHOD", "ner", 0.6),
    ])
    assert mentions(doc) == [("Dynamic Evaluation", "METHOD"), ("GPT-2", "METHOD"),
                             ("dynamic evaluation", "METHOD")]


def test_a_headline_span_the_abstract_repeats_only_as_a_described_method_is_dropped() -> None:
    text = "Breaking the Barrier of Closed-Source Models in Code Intelligence\n\nIt rivals closed-source models."
    doc = run(make_nlp_with_resolver(), text, [("Closed-Source Models", "METHOD", "ner", 0.6)])
    assert mentions(doc) == []
    text = "Neural Rankers for Screening\n\nWe apply neural rankers to screening."
    doc = run(make_nlp_with_resolver(), text, [("Neural Rankers", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("Neural Rankers", "METHOD")]


def test_a_headline_dataset_needs_its_capitals_repeated_in_the_abstract() -> None:
    text = "A Fine-tuned Classifier for Mental Health Disorder\n\nWe detect mental health disorders."
    doc = run(make_nlp_with_resolver(), text, [("Mental Health Disorder", "DATASET", "ner", 0.6)])
    assert mentions(doc) == []
    text = "A Classifier Trained on Reddit Mental Health\n\nWe use Reddit Mental Health posts."
    doc = run(make_nlp_with_resolver(), text, [("Reddit Mental Health", "DATASET", "ner", 0.6)])
    assert mentions(doc) == [("Reddit Mental Health", "DATASET")]


def test_a_headline_title_kind_noun_is_trimmed_like_a_lower_case_one() -> None:
    text = "A Structured Learning Approach to Parsing\n\nOur structured learning approach helps."
    doc = run(make_nlp_with_resolver(), text, [("Structured Learning Approach", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("Structured Learning", "METHOD")]
    text = "We use the British National Corpus."
    doc = run(make_nlp_with_resolver(), text, [("British National Corpus", "DATASET", "ner", 0.6)])
    assert mentions(doc) == [("British National Corpus", "DATASET")]


def test_a_task_inside_a_field_phrase_is_kept() -> None:
    text = "This matters for natural language processing tasks such as parsing."
    doc = run(make_nlp_with_resolver(), text, [("parsing", "TASK", "ner", 0.6)])
    assert mentions(doc) == [("parsing", "TASK")]


@pytest.mark.parametrize("title,span", [
    ("DINOSTAR: Deep Iterative Neural Object Detector Training", "DINOSTAR"),
    ("Explicit Interaction Network for Aspect Sentiment Triplet Extraction", "Explicit Interaction Network"),
])
def test_the_name_slot_of_a_headline_title_keeps_the_ner_span(title: str, span: str) -> None:
    text = f"{title}\n\nWe study the problem."
    doc = run(make_nlp_with_resolver(), text, [(span, "METHOD", "ner", 0.6)])
    assert mentions(doc) == [(span, "METHOD")]


@pytest.mark.parametrize("title,span", [
    ("Fine-Tuning Large Neural Language Models for Biomedical Text", "Fine-Tuning Large Neural Language Models"),
    ("Probing Structured Pruning on Multilingual Models", "Probing Structured Pruning"),
])
def test_a_headline_phrase_opening_with_a_gerund_fills_no_name_slot(title: str, span: str) -> None:
    text = f"{title}\n\nWe study the problem."
    doc = run(make_nlp_with_resolver(), text, [(span, "METHOD", "ner", 0.6)])
    assert mentions(doc) == []


@pytest.mark.parametrize("span", ["Natural language processing", "Natural language processing (NLP)"])
def test_a_field_typed_only_by_the_ner_is_no_task_in_either_form(span: str) -> None:
    text = "Natural language processing (NLP) is hard. NLP needs parsing."
    doc = run(make_nlp_with_resolver(), text, [(span, "TASK", "ner", 0.6),
                                               ("parsing", "TASK", "lexicon", 0.9)])
    assert mentions(doc) == [("parsing", "TASK")]


@pytest.mark.parametrize("span", ["Large Language Models", "Large Language Models (LLMs)", "LLMs",
                                  "vision-language models", "foundation model"])
def test_a_class_of_models_is_no_entity_in_any_form(span: str) -> None:
    text = "Large Language Models (LLMs) and vision-language models beat a foundation model. LLMs need LoRA."
    doc = run(make_nlp_with_resolver(), text, [(span, "METHOD", "ner", 0.8), ("LoRA", "METHOD", "lexicon", 0.9)])
    assert mentions(doc) == [("LoRA", "METHOD")]


def test_computational_linguistics_is_a_field() -> None:
    doc = run(make_nlp_with_resolver(), "Work in Computational Linguistics.",
              [("Computational Linguistics", "TASK", "ner", 0.6)])
    assert mentions(doc) == []


@pytest.mark.parametrize(("span", "name"), [("Mask R-CNN baseline", "Mask R-CNN"),
                                            ("RNN-based encoder-decoder baseline", "RNN-based encoder-decoder")])
def test_a_baseline_is_trimmed_to_its_name(span: str, name: str) -> None:
    doc = run(make_nlp_with_resolver(), f"It beats the {span} by far.", [(span, "METHOD", "ner", 0.6)])
    assert mentions(doc) == [(name, "METHOD")]


def test_a_shared_task_submission_is_trimmed_to_the_system_name() -> None:
    text = "The ClearTK-TimeML submission ranked first."
    doc = run(make_nlp_with_resolver(), text, [("ClearTK-TimeML submission", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("ClearTK-TimeML", "METHOD")]


def test_computer_vision_is_a_field_in_both_forms() -> None:
    doc = run(make_nlp_with_resolver(), "Experiments on CV and NLP tasks.", [("CV", "DATASET", "ner", 0.6)])
    assert mentions(doc) == []


@pytest.mark.parametrize(("phrase", "label"), [("Reinforced Mnemonic Reader", "METHOD"),
                                               ("Stanford Chinese word segmenter", "METHOD"),
                                               ("transfer of entity recognizers", "TASK")])
def test_a_task_headed_by_a_tool_is_a_method(phrase: str, label: str) -> None:
    doc = run(make_nlp_with_resolver(), f"We build the {phrase} here.", [(phrase, "TASK", "ner", 0.6)])
    assert mentions(doc) == [(phrase, label)]


@pytest.mark.parametrize("phrase", ["multilingual pretraining", "data augmentation", "knowledge distillation"])
def test_a_task_headed_by_a_training_technique_is_a_method(phrase: str) -> None:
    doc = run(make_nlp_with_resolver(), f"We add {phrase} to it.", [(phrase, "TASK", "ner", 0.6)])
    assert mentions(doc) == [(phrase, "METHOD")]  # and no description: it stays without generic_methods_out


def test_vision_alone_is_a_field() -> None:
    doc = run(make_nlp_with_resolver(), "Gains in vision and speech.", [("vision", "TASK", "ner", 0.6)])
    assert mentions(doc) == []


def test_a_one_word_field_found_by_a_cue_is_no_task_but_a_longer_field_phrase_stays() -> None:
    text = "It helps vision tasks and computer vision tasks."
    doc = run(make_nlp_with_resolver(), text, [("vision", "TASK", "cue", 0.6),
                                               ("computer vision", "TASK", "cue", 0.6)])
    assert mentions(doc) == [("computer vision", "TASK")]


@pytest.mark.parametrize("phrase", ["learning task", "prediction tasks", "optimization problem"])
def test_a_kind_noun_after_one_word_vague_alone_is_generic(nlp: Language, phrase: str) -> None:
    doc = nlp("We study " + phrase)
    assert is_generic(doc[2:], WORDS)


@pytest.mark.parametrize("phrase", ["reinforcement learning methods", "translation task", "translation model"])
def test_a_kind_noun_after_a_term_is_not_generic(nlp: Language, phrase: str) -> None:
    doc = nlp("We study " + phrase)
    assert not is_generic(doc[2:], WORDS)


@pytest.mark.parametrize(("text", "surface", "name"), [("We follow the ACE-style annotation.", "ACE-style", "ACE"),
                                                     ("A ResNet-based encoder is used.", "ResNet-based", "ResNet"),
                                                     ("A Graph Based Framework for X", "Graph Based", "Graph")])
def test_a_name_with_a_modifier_suffix_is_no_entity_and_the_name_in_it_stays(text: str, surface: str,
                                                                             name: str) -> None:
    doc = run(make_nlp_with_resolver(), text, [(surface, "METHOD", "ner", 0.6), (name, "METHOD", "lexicon", 0.9)])
    assert mentions(doc) == [(name, "METHOD")]


def test_a_field_with_its_short_form_before_a_kind_noun_is_no_task() -> None:
    text = "It helps Natural Language Processing (NLP) tasks."
    doc = run(make_nlp_with_resolver(), text, [("Natural Language Processing (NLP) tasks", "TASK", "ner", 0.6)])
    assert mentions(doc) == []


@pytest.mark.parametrize(("phrase", "kept"), [
    ("learning rate", []), ("base learning rates", []), ("batch size", []),
    ("cosine learning rate decay", [("cosine learning rate decay", "METHOD")]),
    ("learning rate scheduler", [("learning rate scheduler", "METHOD")]),
    ("error rate", [("error rate", "METRIC")]),
])
def test_a_hyperparameter_is_no_metric_and_its_schedule_is_a_method(phrase: str, kept: list) -> None:
    doc = run(make_nlp_with_resolver(), f"We tune the {phrase} here.", [(phrase, "METRIC", "ner", 0.7)])
    assert mentions(doc) == kept


@pytest.mark.parametrize("phrase", ["tackle pixel prediction", "enhance reasoning", "address partial occlusion",
                                    "enhancing knowledge transfer", "addressing fine-tuning instability"])
def test_a_span_opening_with_a_goal_verb_is_no_entity(phrase: str) -> None:
    doc = run(make_nlp_with_resolver(), f"We {phrase} here.", [(phrase, "TASK", "ner", 0.6)])
    assert mentions(doc) == []


def test_boosting_is_a_method_not_a_goal() -> None:
    doc = run(make_nlp_with_resolver(), "We use boosting here.", [("boosting", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("boosting", "METHOD")]


@pytest.mark.parametrize(("phrase", "kept"), [
    ("hate speech detection software", [("hate speech detection", "TASK")]),
    ("machine translation (MT) systems", [("machine translation", "TASK"), ("MT", "TASK")]),
    ("production system", []), ("real-world search engine", []), ("Roadside LiDAR Application", []),
])
def test_a_task_phrase_ending_in_a_product_noun_names_its_task_or_none(phrase: str, kept: list) -> None:
    doc = run(make_nlp_with_resolver(), f"It helps {phrase} here.", [(phrase, "TASK", "ner", 0.55)])
    assert mentions(doc) == kept


@pytest.mark.parametrize(("phrase", "kept"), [
    ("visual tasks", []), ("joint task", []), ("video tasks", []), ("semantic problems", []), ("hard task", []),
    ("parsing task", [("parsing", "TASK")]), ("NER task", [("NER", "TASK")]),
    ("real-world tasks", [("real-world tasks", "TASK")]),
])
def test_a_task_noun_after_one_word_that_names_no_task_is_no_task(phrase: str, kept: list) -> None:
    doc = run(make_nlp_with_resolver(), f"It helps on {phrase} here.", [(phrase, "TASK", "ner", 0.55)])
    assert mentions(doc) == kept


@pytest.mark.parametrize(("span", "label"), [
    ("post-traumatic stress disorder", "METHOD"), ("Electronic Health Records", "DATASET"),
    ("Alzheimer's disease", "METRIC"), ("diabetic retinopathy", "METHOD"), ("protected health information", "METHOD"),
    ("adverse drug events", "DATASET"), ("electrocardiogram signals", "DATASET"),
])
def test_what_a_study_is_about_is_no_method_dataset_or_metric(span: str, label: str) -> None:
    doc = run(make_nlp_with_resolver(), f"We study {span} here.", [(span, label, "ner", 0.7)])
    assert mentions(doc) == []


def test_the_short_form_of_a_subject_goes_with_it_but_names_and_tasks_stay() -> None:
    text = "Data on post-traumatic stress disorder (PTSD) help. PTSD detection uses ReCoRD and TPD."
    doc = run(make_nlp_with_resolver(), text, [
        ("post-traumatic stress disorder", "METHOD", "ner", 0.7), ("PTSD", "METHOD", "ner", 0.7, 1),
        ("PTSD detection", "TASK", "ner", 0.7), ("ReCoRD", "DATASET", "ner", 0.7)])
    assert mentions(doc) == [("PTSD detection", "TASK"), ("ReCoRD", "DATASET")]


def test_items_of_a_dataset_a_rule_names_are_trimmed_to_it_and_other_items_are_no_dataset() -> None:
    text = "We use COCO images, RGB images and Google Images."
    doc = run(make_nlp_with_resolver(), text, [("COCO images", "DATASET", "ner", 0.7),
                                               ("COCO", "DATASET", "lexicon", 0.9),
                                               ("RGB images", "DATASET", "ner", 0.7),
                                               ("Google Images", "DATASET", "ner", 0.7)])
    assert mentions(doc) == [("COCO", "DATASET"), ("Google Images", "DATASET")]


@pytest.mark.parametrize(("phrase", "kept"), [
    ("evaluation metrics", False), ("automatic evaluation measures", False), ("objective measures", False),
    ("similarity measure", True), ("F1 metric", True)])
def test_described_metrics_are_dropped_unless_asked_to_keep_them(phrase: str, kept: bool) -> None:
    text = f"We report {phrase} here."
    cands = [(phrase, "METRIC", "ner", 0.7)]
    assert bool(mentions(run(make_nlp_with_resolver(), text, cands))) is kept
    assert mentions(run(make_nlp_with_resolver(generic_methods_out=False), text, cands))


def test_a_kind_noun_trimmed_off_a_modifier_leaves_no_name() -> None:
    text = "A Double-Graph Based Framework for Frame Semantic Parsing\n\nWe propose KID."
    doc = run(make_nlp_with_resolver(), text, [("Double-Graph Based Framework", "METHOD", "ner", 0.9)])
    assert mentions(doc) == []


@pytest.mark.parametrize(("phrase", "label", "kept"), [
    ("deep 3D CNNs", "METHOD", "3D CNNs"), ("vanilla Adam", "METHOD", "Adam"),
    ("pretrained ResNet-101", "METHOD", "ResNet-101"), ("supervised IE", "TASK", "IE"),
    ("multilingual BERT", "METHOD", "multilingual BERT"), ("deep belief networks", "METHOD", "deep belief networks"),
    ("robust 3D reconstruction", "TASK", "robust 3D reconstruction")])
def test_vague_modifiers_before_a_name_are_no_part_of_it(phrase: str, label: str, kept: str) -> None:
    doc = run(make_nlp_with_resolver(generic_methods_out=False), f"We use {phrase} here.", [(phrase, label, "ner", 0.7)])
    assert mentions(doc) == [(kept, label)]


def test_a_vague_modifier_before_a_field_leaves_no_entity() -> None:
    doc = run(make_nlp_with_resolver(), "We apply deep NLP here.", [("deep NLP", "METHOD", "ner", 0.7)])
    assert mentions(doc) == []
