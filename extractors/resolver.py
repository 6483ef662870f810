"""One consistent, non-overlapping set of entity mentions from every extractor's proposals.

The lexicon, the cues and the trained NER each propose spans independently, so the same
words may be proposed twice, with different boundaries or different labels. The linker and
the claim extractor need one answer per stretch of text; this component gives it.

Steps, in order:

1. **Clean.** Every candidate is snapped to token boundaries
   (``doc.char_span(..., alignment_mode="contract")``), loses leading determiners ("the",
   "a", "our", ...; a capitalised one is kept on lexicon candidates, whose entries may be
   names like "The Pile") and leading/trailing punctuation; candidates that vanish, whose
   label is not one of :data:`~extractors.candidates.ENTITY_LABELS`, or that are never an
   entity (a URL; a shot count such as "8-shot" or "16-shot learning", a setting with a
   number; a bare "few-shot"; a model size alone, "7B"; a span without a letter, such as
   "+31") are dropped. A leading decimal number or percentage is cut
   off ("2.64 error rate" -> "error rate"): it is a result, which the claim extractor
   needs, not part of a name. A span from the NER that starts inside a hyphenated word
   starts with the word: the model reads a headline title's "Pre-Trained Models" as
   "Trained Models"; one that stops before a hyphenated number takes it ("m2m" of
   "m2m-100") but is dropped where it stops inside a lower-case word ("throughput-accuracy
   trade" of "trade-off"), and one that starts at the "×" of a size takes its number ("1 × 1
   convolution": +18 exact gold on train+dev); one that runs into a clause stops before its
   verb ("CVT teaches auxiliary prediction" -> "CVT"), and one that opens with a word of
   judgement loses it ("substantial knowledge transfer", "prior sparse convolution"), and
   one that runs past a bracket and a hyphen written for a dash stops at the bracket
   ("sentiment analysis (TABSA)-extraction of ..."; "(NTK)-based" is a compound). A
   TASK acronym right before "dataset", "benchmark" or "corpus" names the task's dataset:
   "the VQA dataset" (+21 on train+dev), and so does a measure's name ("the SummaC
   benchmark"). (The hyphen rules change nothing on the SciERC,
   TDMSci and SciER train and dev splits, whose text has spaced hyphens.)
1a. **Titles read as abstracts.** A title's NER candidate takes the label and the
   confidence of a surer NER candidate of the same name in the abstract, and a title's
   measure its label anyway (:func:`title_read_as_abstract`; the NER was trained on texts
   without titles; NLP-TDMS dev unchanged).
1b. **Misread short forms.** A lexicon match on a short form that the paper defines as
   something else is dropped: the paper's "Knowledge-guided Incremental ... parser (KID)"
   is no Kernel Inception Distance.
1c. **Guessed labels give way.** A cue that finds a name but only guesses its type
   ("we propose X", ``default_label`` in the pattern file) is dropped where a rule that
   reads the type from the words gives the same name, anywhere in the paper, another
   label: "we propose M4LE, a comprehensive benchmark", or a title "M4LE: A ...
   Benchmark", makes M4LE a DATASET, not the METHOD a "propose" defaults to.
   (On the SciERC, TDMSci and SciER train and dev splits this fires on 9 spans: 7 end
   up DATASETs, 6 of them gold DATASETs, 3 of which were METHODs before; 1 gold METHOD
   becomes a DATASET: "Holistic SparseCNN, a collection of techniques".)
   Likewise the lexicon's type gives way to the one an apposition gives the paper's own
   work ("We propose FactCC, a weakly-supervised model": a method here, the measure named
   after it in later papers).
1d. **Vetoed terms.** No candidate of a type overlaps a term in which a lexicon entry of
   that type lists its name as only a word of another term (``not_in``, kept in
   ``doc._.kb_non_entities``): the NER's METRIC "precision" in "precision agriculture".
2. **Abbreviations.** For each long form / short form pair, the typed candidates that cover
   the long form, or coincide with the short form (at its definition or at a later bare
   use), are the evidence; the best of them (order below) types the pair, and between
   sources of equal priority the long form's evidence beats the short form's: an acronym
   means what its expansion means. The short form at
   its definition and at every later bare use then becomes an ``abbreviation`` candidate of
   that type, and so does the long form unless the evidence was exactly the long form (so
   a typed "SAM" types "Sharpness-Aware Minimization", and a sloppy "on named entity
   recognition" yields a clean long-form candidate). A pair no extractor typed takes the
   type its long form's head noun gives, at confidence 0.5: "targeted maximum likelihood
   estimation (TMLE)", "repeat factor sampling (RFS)" are METHODs (a plain term only, not
   "Workshop on ..."; task heads type nothing: "holistically-nested edge detection (HED)"
   is a method; no change on train+dev). Spans that
   already carry that label are left alone, so this never inflates their confidence.
3. **Exact duplicates** (same span, same label) become one candidate. Within one extractor
   the best confidence counts; across extractors the confidences combine by noisy-or
   (``1 - prod(1 - c)``, at most 0.99), since independent sources agreeing is real evidence.
   The highest-priority source gives the provenance (``extractor``, ``canonical``,
   ``meta``); ``meta["sources"]`` lists them all.
3b. **Specificity.** A candidate proposed only by the NER (no rule source agrees on the
   same span and label) is dropped when it is too vague to be an entity in the sense of
   the annotation guide (``/work/shared/ANNOTATION.md``: not "a novel framework", "our
   approach", "existing methods"). Word lists: ``data/generic_words.jsonl``
   (:class:`GenericWords`). Its head is its last token, or the token before the first
   "of"/"for"/... inside it ("generalization ability of LLMs"). Dropped when
   * it only coordinates vague modifiers ("French and German", "English or Chinese"),
   * the head is a vague noun (role ``head``: manner, strategy, ability, performance,
     setting, encoder, ...; plurals too) and no token up to the head is name-like
     ("in-batch manner", "fine-tuning strategy", "Closed-Source Model" is not: see below),
   * the head is a kind noun (role ``kind``: model, method, approach, framework, task,
     dataset, representation, module, ...) and every modifier is vague too (role
     ``vague_modifier``, stop words, number words, other head/kind nouns: "novel
     framework", "auxiliary task", "feature representation"), or its one modifier is a
     word vague alone ("learning task", "optimization problem"; on train+dev: 14 false
     spans and 4 gold SciERC TASKs go); a term such as "translation
     model" or "phrase-based translation model" stays (an established technique), unless
     it is a METHOD, see the last case, or
   * it opens with the base form of a verb of purpose ("tackle pixel prediction", "enhance
     reasoning"), or
   * it ends in a name and a modifier suffix ("ACE-style", "ResNet-based": the noun it
     modifies is missing; on train+dev 10 false spans go and 6 gold names inside them
     come back), or
   * it is one word, vague on its own (role ``alone``, or a head/kind noun:
     "Optimization", "networks", "learning"), whatever its case (a hyphenated word such as
     "End-to-End" counts as one), or is the short form of such a word ("Fine-Tuned (FT)":
     "FT"), or names a company or lab (role ``organisation``: "OpenAI's models"), or is a
     vague modifier not written in capitals ("French", "supervised"; train+dev: 38 false
     spans out, none gold), or
   * it is how a paper studies something: a study noun after a vague modifier ("empirical
     analysis", "in-depth analysis", "systematic evaluation"), or
   * it names a research field (role ``field``), alone or before a kind noun ("natural
     language processing", "NLP tasks"): a field is no task (ANNOTATION.md: "a research
     task or problem"). SciER and TDMSci annotate fields as tasks; this costs them 2.2
     and 0.2 points of dev TASK F1. The same holds for both forms of an abbreviation pair
     that only the NER typed ("Natural language processing (NLP)"), and for a TASK that
     only a cue found and that is one field word ("vision" in "for vision tasks"; train+dev:
     10 false spans out, none gold; "computer vision tasks" stays, the corpora count it).
   * it names a class of models (role ``model_class``: "large language models", "LLMs",
     "vision-language models"), in any case, or is the short form of one: a class is no
     model, as "existing methods" is no method (ANNOTATION.md's vague phrases). The
     annotators of the written sets marked such a phrase in 3 of 130 texts that use one.
   * it lies in a title written in headline style (:func:`headline_title_end`), where
     capitals mark no names, and is neither coined ("BiLSTM", "GPT-3"), nor in the
     title's name slot ("X: ...", "X for ..."), nor repeated in the abstract in words not
     vague there ("Deep Reinforced Model", "NEURAL SEQUENCE MODELS", and "Closed-Source
     Models" beside the abstract's "closed-source models", are dropped), or
   * it is a METHOD described rather than named (:func:`is_generic_method_phrase`:
     lower-case words ending in a kind noun, "rule-based model", "phrase-based translation
     model") and trimming (below) leaves no technique name, or a METRIC described the same
     way (:func:`is_generic_metric_phrase`: "evaluation metrics", "objective measures";
     train+dev: 6 false TDMSci spans out, none gold); off with
     ``generic_methods_out=False``, which ``kb eval`` uses for SciERC, whose annotators
     mark such phrases (:data:`extractors.corpora.GENERIC_METHOD_CONVENTION`).
   * it is a METHOD, DATASET or METRIC headed by a noun for what a study is about in the
     world (role ``subject``: "post-traumatic stress disorder", "electronic health
     records"), or the short form of such a long form ("PTSD"): no method, no named
     dataset (ANNOTATION.md: not "medical images").
   A NER span that opens with lower-case vague modifiers before a capitalised or coined
   word loses them ("deep 3D CNNs" -> "3D CNNs", "vanilla Adam" -> "Adam", "supervised IE"
   -> "IE"; not "multilingual BERT", a model of its own, nor a TASK before a digit: "robust
   3D reconstruction"; train+dev: 47 gold in, 2 out, 45 fewer false spans).
   A TASK headed by a tool noun (role ``tool``) is a METHOD: "POS tagger", "Reinforced
   Mnemonic Reader"; so is one headed by a training technique (role ``technique``:
   "multilingual pretraining", "data augmentation"). A TASK that only names data items
   ("real-world images": lower-case item noun, no noun of action, no preposition) is
   dropped (train+dev: 2 false spans out).
   A TASK ending in a product noun (system, software, application,
   engine, platform, tool) names the task before it ("hate speech detection software" ->
   "hate speech detection") or none ("production system", "real-world search engine";
   train+dev: 15 SciERC "X systems" TASKs lost, which ANNOTATION.md does not count as
   tasks, 2 gained elsewhere; dev TDMSci and nlp-tdms TASK up). A METRIC naming a
   hyperparameter (role ``hyperparameter``: "learning rate", "dropout rate") is dropped,
   one ending in a loss or objective is what a model is trained with, a METHOD ("MSE
   loss", "InfoNCE objective"; not "training loss" or "accuracy loss"; train+dev:
   +7/-7 on SciER, which annotates 122 losses as methods),
   and one naming its schedule ("learning rate decay", "learning rate scheduler") is a
   METHOD (train+dev: 92 spans out, 8 gold in, among them the lexicon's "dropout" inside
   "dropout rate").
   Name-like: a digit, or an upper-case letter inside a word not right after a hyphen
   ("BERT", "ResNet", "T5"), or a capitalised word that is not the first of its sentence
   when the head is lower-case ("Transformer model"; a title-cased phrase such as
   "Closed-Source Model" is headline style, not a name). Rule candidates inside a dropped
   span ("dropout" in "dropout technique") then compete without it; pairs typed through
   the NER are unaffected (their candidates come from the ``abbreviation`` source).
   With ``trim_kinds`` (on by default) a span that ends in a generic kind noun loses the
   noun when what is left is the name, as the guide asks: a METHOD after a name-like word
   ("RCN model" -> "RCN", "Mask R-CNN baseline" -> "Mask R-CNN"), or a technique of two words or more before algorithm/mechanism/
   approach/... ("reinforcement learning algorithm" -> "reinforcement learning"; not before
   model/network/system, which make terms: "translation model"), a TASK ending in task/problem whose rest is not vague ("machine translation
   tasks" -> "machine translation"), a DATASET ending in
   dataset/corpus/benchmark after a name-like or capitalised word ("the CoNLL dataset" ->
   "CoNLL", "Hutter Prize dataset" -> "Hutter Prize"), or in what it holds (images, videos,
   questions, ...) after a dataset a rule names ("COCO images" -> "COCO"; with no such
   name the span describes data and is dropped: "RGB-D images"), a METRIC ending in metric/measure/
   score after a name-like word ("F1 metrics" -> "F1"); never after a modifier ("AI-based
   systems", "WMT20 shared task" stay whole). Off with ``specific_only=False``. (Chosen on DEV, full-pipeline micro F1, before ->
   after: SciERC 0.570 -> 0.544 (SciERC annotates generic phrases), TDMSci 0.530 -> 0.534,
   SciER 0.579 -> 0.583. ``trim_kinds``, scored in each corpus's span conventions
   (:data:`extractors.corpora.HEAD_CONVENTION`), with model e12: SciERC 0.566 -> 0.566,
   TDMSci 0.597 -> 0.605, SciER 0.640 -> 0.674.)
4. **Agreeing nested spans.** When a candidate lies inside a longer one *with the same
   label*, the longer one takes its place (inheriting the higher priority and confidence of
   the two) if
   * the label is TASK and the longer span only adds words in front (same head noun),
     none of them a stop word ("on named entity recognition" is not more specific) —
     the annotation guide asks for the most specific task phrase ("open-domain question
     answering" over "question answering"), or
   * the longer one comes from a source of at least the same priority, or
   * the extra tokens only continue a name: versions, sizes, digits, capitalised parts,
     hyphens, dots ("BERT" -> "BERT-large", "Llama" -> "Llama 2"); not brackets, so a
     span "Sharpness-Aware Minimization (SAM)" does not swallow the pair's two mentions.
   A TASK with a word hyphened before it, where a rule types the whole name otherwise, is
   not taken in by either of the first and last cases: "We release HIPE-NER, a corpus"
   names a dataset, not an NER task ("DS-QA" alone stays a task).
   Otherwise (e.g. NER's "fine-tuned BERT" against the lexicon's "BERT") both stay and
   steps 5 and 6 decide.
5. **Statistical containers.** A span proposed only by the NER (no rule source agrees on
   it) that strictly contains rule candidates (lexicon, cue, abbreviation) beats them: the
   model saw the whole noun phrase in context ("statistical machine translation system",
   "word sense disambiguation (WSD) problems", as SciERC's and TDMSci's
   annotators mark them), while a rule matches a fixed piece of it. The contained rule
   candidates are dropped, whatever their label. This applies only when the NER span does
   not begin or end with a function word ("on named entity recognition", "BLEU and"), and
   no rule candidate
   crosses the NER span's boundaries, coincides with it (same span, other label) or
   contains it: then the NER span gets no such advantage and step 6 decides, by priority,
   so on partial overlaps the rule's boundaries win and on same-span label conflicts the
   rule's label wins. Decided on the input set as a whole, so order-independent. Off with
   ``containers_win=False``. A container that only adds a bracketed short form to a rule
   candidate ("reinforcement learning (RL)"), or that and a kind noun ("Penn Treebank
   (PTB) test set", "Natural Language Inference (NLI) task"; not "Named Entity (NE)
   tagging"; train+dev SciER +12 gold, -6 false, TDMSci -1 gold, +2 false), gets no
   advantage either: ANNOTATION.md makes the two forms two mentions of one entity, and
   the rule's label stands. Nor does
   one that lists rule candidates ("SemEval-2013 and SemEval-2015") or only
   describes a rule METHOD with lower-case words ending in a kind of component ("deep
   LSTM encoder": ANNOTATION.md names the entity, "LSTM"). A list inside it is enough:
   "SemEval-2013 and SemEval-2015 English All-Word WSD" names two datasets (train+dev:
   +5/-3 exact gold). Nor does one of another type whose rule name follows a
   conjunction in it: "coding and mathematical reasoning" is no METHOD around the TASK
   (no change on train+dev). Nor does a METHOD that holds a rule DATASET: "ImageNet-trained
   VGG-16" and "ImageNet pretraining" name the data they used (train+dev: +57/-9 exact
   gold; TASKs such as "CoNLL-2009 Shared Task" keep the advantage), nor a METRIC that opens
   with a rule DATASET or model name: "IFEval accuracy", "OPT-1.3B accuracy" name the data
   or the model and the measure (nor does it absorb the measure in step 4; train+dev SciER
   +2 gold, +2 false: "ImageNet", "MLM"; not "quantization error"), nor a TASK that opens
   with a rule DATASET and goes on in lower-case words: "COCO detection", "ImageNet
   classification" (a lexicon or cue DATASET; not "CoNLL-2009 Shared Task"; train+dev
   SciER +8/-2 gold, 6 fewer false spans). Nor does a NER span
   less sure than ``min_container_confidence`` (0.35, the threshold below which the
   linker does not report an entity only the NER found): it would take the rule names in
   it down with it ("WMT 2014 English-to-German" inside a doubtful "WMT 2014
   English-to-German translation task"; dev SciER 0.692 -> 0.693, TDMSci 0.628 -> 0.630,
   NLP-TDMS papers' entities 0.731 -> 0.732; ``kb eval`` keeps 0 for SciERC, as it keeps
   the linker's doubtful entities), unless it is a capitalised name right after "we
   propose/introduce/present": "We further propose Visual Chain-of-Thought tuning" names
   the paper's method, not chain-of-thought.
   (Chosen on DEV: full-pipeline micro F1 SciERC 0.435 -> 0.527,
   TDMSci 0.511 -> 0.558, SciER 0.553 -> 0.488 with the committed NER of the time;
   SciERC and TDMSci annotate long phrases and "X (Y)" definitions as one span, SciER
   does not.)
5b. **Proposed names.** A name the paper proposes, or introduces with its kind, in one
   hyphenated word ("We propose TTA-Seg, which ...", "BioNER-X, a span-based model") drops
   the rule candidates inside it that a hyphen joins to the rest: the lexicon's "TTA"
   (test-time adaptation) is only a part of the coined name.
6. **Overlaps.** Candidates are taken greedily, best first, skipping any that overlaps one
   already taken. "Best" is, in this order: higher source priority
   (``priorities``: lexicon 3, abbreviation 2, cue 2, ner 1 by default; unknown sources 0),
   then higher confidence, then the longer span, then the earlier start, then the label
   name (only so that the result never depends on input order).
   6b. A name set beside "a ... extension / version / subset of" a dataset is a dataset,
   wherever the abstract names it ("We release SLURP-Fr, a French extension of SLURP").
7. **One type per name.** A paper uses a name for one thing: when mentions with the same
   words (up to case, spacing, hyphens and a plural) carry different labels, those from a
   source of lower priority take the label of the best of them in step 6's order, so a
   rule's typing beats the NER's ("we introduce ArXivQA, a question-answering dataset"
   over the NER's METHOD elsewhere in the abstract).
8. **One type per list.** The items of one list ("A, B and C") are things of one kind:
   where the rule-typed items agree on a label, the names (a capital inside a word, or a
   digit) only the NER typed take it ("two benchmarks, FewNERD and SNIPS": the lexicon's
   DATASET SNIPS makes FewNERD a DATASET). (On the SciERC, TDMSci and SciER train and dev
   splits: 50 exact gold mentions gained, 30 lost.) A name that ends such a list and that
   no extractor proposed becomes a mention of the list's type ("Universal Dependencies,
   MasakhaNER, and AmericasNLI": the NER misses the last item after ", and"; no change on
   train and dev, whose text has no such miss).

Output: ``doc._.kb_mentions``, the taken candidates sorted by offset (guaranteed pairwise
non-overlapping and token-aligned), and ``doc.ents``, the same spans with their labels.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors.abbreviations import short_form_occurrences
from extractors.candidates import (ABBREVIATION, CUE, ENTITY_LABELS, HYPHENS, LEXICON, NAMED, NER,
                                   UNCERTAIN_NER_CONFIDENCE, Abbreviation, Candidate, candidates, char_span,
                                   doc_text, title_end)
from extractors.cues import glued_hyphen, is_markup, trim_punct
from extractors.normalise import LANGUAGES, language_pair, name_key, normalise_space, singular

DEFAULT_PRIORITIES: dict[str, int] = {LEXICON: 3, ABBREVIATION: 2, CUE: 2, NER: 1}
MAX_MERGED_CONFIDENCE = 0.99
#: a list's name that only step 8 found
LIST_TAIL_CONFIDENCE = 0.6

_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its", "this", "these", "those"})
#: Punctuation inside names ("GPT-3.5", "En/De"); brackets and commas are not.
_NAME_PUNCT = frozenset({"-", "\u2010", "\u2011", "\u2013", ".", "/", "+", "*", ":"})
_TIMES = frozenset({"×", "x", "*"})
#: participles after a model's name that open how it was trained ("... pretrained with", "trained on")
_TRAINED = frozenset("trained pretrained pre-trained finetuned fine-tuned learned optimized".split())
_TRAINED_HOW = frozenset("with on by using via from in for".split())
#: the letters of a size written after its number ("160M", "7B", "312K")
_SIZE_LETTERS = frozenset({"K", "M", "B", "T"})
#: "the VQA dataset": a task's acronym before one of these names the task's dataset
_DATASET_NOUNS = frozenset({"dataset", "benchmark", "corpus"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")
#: the word before a rival's name: "improving over SEAM", "outperforms LAMP"
_RIVAL_WORD = re.compile(r"^(?:over|than|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?)$")
#: verbs whose base form opens a goal, not a name ("address partial occlusion")
_GOAL_VERBS = frozenset("address tackle enhance improve reduce mitigate alleviate overcome facilitate "
                        "achieve leverage exploit capture boost accelerate strengthen".split())
#: the same verbs as gerunds ("enhancing knowledge transfer", "addressing fine-tuning instability")
_GOAL_GERUNDS = frozenset("addressing tackling enhancing improving reducing mitigating alleviating "
                          "overcoming facilitating achieving leveraging exploiting capturing "
                          "accelerating strengthening maximizing maximising minimizing minimising".split())
#: modifiers written as two words ("large scale", "fine grained"), of which a span may hold only the second
_FIRST_HALVES = frozenset("large small fine coarse high low full multi web".split())
_SECOND_HALVES = frozenset("scale grained level resolution".split())
#: what a sentence does with a named model it opens on ("Scaling Transformers to longer sequences ...")
_ACTION_GERUNDS = frozenset("scaling training fine-tuning finetuning pretraining pre-training using applying "
                            "adapting extending deploying running evaluating distilling compressing quantizing "
                            "pruning employing integrating incorporating combining comparing".split())
#: words that make a modifier of the name before the hyphen ("ACE-style", "BERT-based")
_HYPHEN_SUFFIXES = frozenset("style based like aware specific level oriented driven guided".split())
#: those that end a modifier even after a space ("Double-Graph Based Framework")
_PARTICIPLE_SUFFIXES = frozenset("based aware oriented driven guided".split())
#: Characters :func:`_balanced` looks at.
_BRACKET_CHARS = frozenset("()[]{}")
#: a model size: "7B", "8x7B", "13B-parameter"
_MODEL_SIZE = r"\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?[BMKT](?:[\s-]*param(?:eter)?s?)?"
#: spans that are never an entity: a URL, a shot count ("8-shot", "16-shot learning"), a
#: bare "few-shot", a model size alone ("7B", "13B-parameter"; ANNOTATION.md), anything
#: without a letter ("+31"), a language pair ("Si<->En"), a processor ("Titan X GPU"), a
#: number format ("FP16", "INT8"), an architecture's size alone ("6-layer", "4-bit"), a
#: resolution ("1248x1248"), "SOTA", a compound adjective alone ("hardware-friendly")
_NEVER_AN_ENTITY = re.compile(
    r"(?i:https?://|www\.|github\.com)"
    r"|^(?:\d+[\s-]*(?i:shots?)(?:\s+[a-z-]+)*|(?i:few|zero|one)[\s-]*(?i:shots?))$"
    rf"|^{_MODEL_SIZE}$|^[\W\d_]*$"
    r"|^\d+[\s-]*(?i:layers?|blocks?|heads?|stages?|bits?|ways?|hops?|dimensional)$|^\d+(?:\s*[x×]\s*\d+)+$"
    r"|^(?i:sota)s?$|^(?i:ensembles?)$"  # "such an ensemble": a kind of method, named by what it combines
    r"|^[1-4]D$"  # a dimensionality alone: "Generating 3D Point Clouds" (not "3DGS")
    r"|^(?:DNA|RNA|mRNA|cDNA)s?$"  # a molecule: what is read or generated, not a dataset or method
    r"|^(?i:non)-[A-Z][\w-]*$"  # "every non-BERT baseline": what the rivals are not
    r"|^(?:[KMGTP]i?B|ms|[kMG]?Hz)$"  # a unit: "from 48 GB to 11 GB"
    r"|^[a-z]+-(?:friendly|efficient|aware|free|agnostic|specific|intensive|oriented)$"  # "hardware-friendly"
    r"|^[A-Z][a-z]{1,2}\s*(?:<->|<=>|\u2194)\s*[A-Z][a-z]{1,2}$"  # a language pair: "Si<->En"
    r"|(?:^|\s)[GTC]PUs?$"  # hardware: "Titan X GPU", "GPUs", "RTX 3090", "A100", and the CUDA platform
    r"|^(?i:(?:mobile|edge|embedded|iot)\s+devices?|smartphones?|mobile\s+phones?)$"  # and what it runs on
    r"|^(?:(?:NVIDIA|Nvidia)\s+)?(?:(?:RTX|GTX)(?:\s*\d+\w*)?|[AHV]100s?|CUDA)$"
    r"|^(?:FP|BF|INT|fp|bf|int)(?:4|8|16|32|64)(?:\s+(?:model|baseline|precision|weights|inference))?$")  # "the FP16 model"
#: an imaging or recording modality, which names no dataset alone ("the Synapse multi-organ CT dataset")
_MODALITY = re.compile(r"CT|MRI|fMRI|PET|EEG|ECG|OCT")
#: the headings of a structured abstract ("BACKGROUND: ... RESULTS: ...")
_SECTION_HEADING = re.compile(r"BACKGROUND|OBJECTIVES?|PURPOSE|AIMS?|INTRODUCTION|METHODS?|METHODOLOGY|MATERIALS|"
                              r"DESIGN|SETTINGS?|PARTICIPANTS|INTERVENTIONS?|RESULTS?|FINDINGS|CONCLUSIONS?|"
                              r"DISCUSSION|SIGNIFICANCE|CONTEXT|MOTIVATION|IMPORTANCE|LIMITATIONS")
_PERCENT_BEFORE = re.compile(r"\d\s*%\s*$")
#: words that judge or count what follows, never the first word of a term
_EVALUATIVE = frozenset("substantial contemporary diverse custom novel new proposed existing "
                        "previous prior various several many other another additional certain "
                        "such some each every different improved powerful strong typical popular "
                        "lower higher better worse largest biggest latest best".split())  # "25% lower error"
#: judgements of how well a task is done, which open no task's name
_JUDGED = frozenset("inaccurate accurate poor subpar suboptimal imprecise unreliable erroneous incorrect "
                    "wrong better improved worse".split())
#: words no name ends in, which the NER sometimes takes along before what follows: function
#: words ("average speed of") and adverbs ("the arc scorer largely")
_NO_NAME_ENDS_IN = frozenset("of for on in with to by at from and or the a an largely significantly substantially "
                             "consistently considerably greatly slightly mostly mainly particularly especially "
                             "notably dramatically markedly respectively".split())
#: verbs that end a name the NER ran on into a clause ("framework leverages self-supervised")
_FINITE_VERBS = frozenset(
    "leverages teaches enables achieves improves outperforms requires allows provides yields exhibits "
    "demonstrates introduces proposes utilizes utilises employs exploits incorporates performs "
    "predicts learns captures surpasses obtains attains relies consists helps adopts treats "
    "focuses aims seeks matters works fails remains hurts suffers struggles generalizes scales converges "
    "underperforms lags preserve preserves retains reduces lowers raises boosts beats exceeds reaches "
    "trains uses produces generates delivers transmits removes adds degrades recovers selects assigns "
    "computes encodes".split())
#: any of those two, found in the text before a span's tokens are looked at
_CLAUSE_WORD = re.compile(r"(?i)\b(?:" + "|".join(sorted(_EVALUATIVE | _FINITE_VERBS)) + r")\b")
#: a model size opening a span: "39M-parameter encoder-decoder", "7B chat model"
_LEADING_SIZE = re.compile(_MODEL_SIZE + r"[\s-]+")
#: a number that reads as a result or a count, not as part of a name ("2.64 error rate", "12.5%", "1,200 problems")
_LEADING_RESULT = re.compile(r"^[+-]?\d+\.\d+%?$|^\d+%$|^\d{1,3}(?:,\d{3})+$")
#: the unit of a result glued to its number ("2.5-point")
_RESULT_UNITS = frozenset("point points pt pts pp percent fold times x".split())
#: Lowercase words that may continue a name ("BERT-large", "Llama-2-chat").
_NAME_WORDS = frozenset(
    "large base small tiny mini medium huge xl xxl instruct chat uncased cased v".split()
)


@dataclass
class _Work:
    """A candidate being resolved, with the priority it competes with."""

    cand: Candidate
    #: the priority it competes with: its source's, raised by the spans it absorbed
    priority: int
    sources: list[str] = field(default_factory=list)
    absorbed: list[Candidate] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        c = self.cand
        # larger is better for every component; start and label are negated/inverted ties
        return (self.priority, c.confidence, c.length, -c.start, _inverted(c.label))


@functools.lru_cache(maxsize=64)
def _inverted(label: str) -> tuple[int, ...]:
    """A key that sorts labels in reverse alphabetical order (a handful of labels: cached)."""
    return tuple(-ord(ch) for ch in label)


#: a kind noun a described method's name follows (lower case: "Graph Attention Network GAT" is one name)
_KIND_BEFORE_NAME = frozenset("""baseline baselines detector model models network method architecture system
framework algorithm classifier backbone encoder decoder tagger parser""".split())
_TOP_K_BEFORE = re.compile(r"(?<![\w-])[Tt]op[- ]?(?:\d+|k)\s+$")


def _clean(doc: Doc, cand: Candidate, text: str) -> Candidate | None:
    """Step 1: token-aligned, without determiners and edge punctuation; None if nothing is left.

    ``text`` is the doc's text (:func:`~extractors.candidates.doc_text`).
    """
    if cand.label not in ENTITY_LABELS:
        return None
    n = len(text)
    start, end = min(max(cand.start, 0), n), min(max(cand.end, 0), n)
    paragraph = text.find("\n\n", start, end)
    if paragraph >= 0:  # "Detecting Hallucinations\n\nSelfCheckGPT": a name ends with its paragraph (the title)
        end = paragraph
    if end <= start:
        return None
    span = char_span(doc, start, end, contract=True)
    if span is None:
        return None
    if _has_edges_to_trim(span, text, cand.extractor):  # most candidates have none
        span = _trim(span, cand.extractor)
        if span is None:
            return None
    if cand.extractor == NER:
        while span is not None and len(span) > 1 and span[-1].text in _NO_NAME_ENDS_IN and span[-2].whitespace_:
            span = trim_punct(span[:-1])  # "average speed of 1.2 m/s": a name never ends in a preposition
        if span is None:
            return None
        if glued_hyphen(doc, span.start - 1):
            span = _whole_words(span)
            if span is None:
                return None
        if glued_hyphen(doc, span.end) and _has_digit(doc[span.end + 1].text):
            span = _with_version(span)
        elif glued_hyphen(doc, span.end) and span[-1].is_lower and doc[span.end + 1].is_lower \
                and doc[span.end + 1].lower_ not in _HYPHEN_SUFFIXES and ")" not in span.text:
            # it stops inside a word: "throughput-accuracy trade" of "... trade-off" (after a
            # bracket the hyphen may be a dash, see below)
            return None
        if len(span) > 1 and span[0].lower_ in ("'s", "\u2019s"):
            span = span[1:]  # "FinRo's error rate": the owner's clitic is no part of the measure
        if span[0].lower_ in _PARTICIPLE_SUFFIXES and span.start > 0 and doc[span.start - 1].text == ")":
            # "(CNN) based object detection": the participle belongs to the bracket's name; a
            # single lower-case word left ("(NTK) aware scaling") names nothing
            span = span[1:]
            if not len(span) or (len(span) == 1 and span[0].is_lower):
                return None
        if cand.label == "METHOD" and len(span) > 1:
            cut = next((t.i + 1 for t in span[:-1] if t.text in _KIND_BEFORE_NAME
                        and (doc[t.i + 1].text[:1].isupper() or doc[t.i + 1].text[:1].isdigit()
                             or NAME_SHAPED.search(doc[t.i + 1].text))), None)
            if cut is not None:  # "the phrase-based baseline Pharaoh", "transformer-based detector SWIN-L
                span = doc[cut:span.end]  # Cascade-Mask R-CNN", "fast text classifier fastText": the name
        if cand.label == "TASK" and len(span) > 2 and span[0].lower_ in _JUDGED and span[1].lower_ not in ("and", "or"):
            span = span[1:]  # "resulting in inaccurate text classification": how well, not which task
        if len(span) > 1 and span[-1].lower_ in _TRAINED and span.end < len(doc) \
                and doc[span.end].lower_ in _TRAINED_HOW:
            span = span[:-1]  # "a keypoint-based encoder pretrained with ...": how it was trained follows
        if len(span) > 1 and span[0].lower_ in _SECOND_HALVES and span.start > 0 \
                and doc[span.start - 1].lower_ in _FIRST_HALVES:
            span = span[1:]  # "scale text classification" of "large scale text classification": half a modifier
        if len(span) > 1 and span.start > 0 and doc[span.start - 1].lower_ in ("we", "they") \
                and span[0].lower_ not in _GOAL_VERBS and span[0].lower_ not in _GOAL_GERUNDS:
            # "we cast event extraction as ...": the first word is the subject's verb (a goal verb
            # drops the span below: "We tackle pixel prediction")
            span = span[1:]
        comma = next((t.i for t in reversed(span) if t.text == ","), None)
        conjunction = next((t.i for t in reversed(span) if t.lower_ in ("and", "or")), None) if comma else None
        if conjunction is not None and conjunction > comma and span.end - conjunction > 2:
            # "image, speech and natural language understanding": a list, of which the NER span's last item
            # is named in full (not "detecting, tracking and recognizing", nor "small, rotated objects")
            span = doc[conjunction + 1:span.end]
        first, _, rest = span.text.partition(" ")
        if rest[:1].isupper() and first.lower() in _ACTION_GERUNDS and (span[0].is_sent_start or NAME_SHAPED.search(rest)):
            # "Scaling Transformers to ...", "Fine-tuning BERT on ...", "when fine-tuning Mistral-7B": the model,
            # not what is done with it
            span = char_span(doc, span.end_char - len(rest), span.end_char, contract=True)
            if span is None:
                return None
        if cand.label == "METHOD" and span[-1].lower_ in _CHANGE_NOUNS and span.start > 0 \
                and _AMOUNT.fullmatch(doc[span.start - 1].text):
            return None  # "with 10x GPU memory reduction": a change measured, no method
        if cand.label == "METHOD" and len(span) > 1 and span[-1].text in _MEASURE_HEADS:
            cand = _relabelled(cand, "METRIC")  # "Decoding throughput improves by 4.6x": what is measured
        if span[0].text in _SIZE_LETTERS and span.start > 0 and doc[span.start - 1].like_num \
                and not doc[span.start - 1].whitespace_:
            span = span[1:]  # "M model" of "the 160M model": the letter is the size's
            if not len(span):
                return None
        if span[0].text in _TIMES and span.start > 0 and doc[span.start - 1].like_num:
            span = doc[span.start - 1:span.end]  # "× 1 convolution" of "1 × 1 convolution"
        if len(span) > 2 and span[1].lower_ in ("'s", "’s") and cand.label == "METHOD" \
                and NAME_SHAPED.search(span[0].text) and all(t.is_lower for t in span[2:]):
            span = span[:1]  # "TimeFM's forecasts": the model, not what it makes (but "Bikel's parser" is a name)
        dash = text.find(")-", span.start_char, span.end_char)
        suffix = _WORD.match(text, dash + 2) if dash >= 0 else None
        if dash >= 0 and not (suffix and suffix.group(0).lower() in _HYPHEN_SUFFIXES):
            # "sentiment analysis (TABSA)-extraction of ...": the hyphen is a dash ("(NTK)-based" is not)
            span = char_span(doc, span.start_char, dash + 1, contract=True)
            if span is None:
                return None
        if _CLAUSE_WORD.search(text, span.start_char, span.end_char):  # rare: a cheap test first
            while len(span) > 1 and span[0].text in _EVALUATIVE and span[0].whitespace_:
                span = span[1:]  # "substantial knowledge transfer": the judgement is no part of a name
            verb = next((t.i for t in span[1:] if t.lower_ in _FINITE_VERBS), None)
            if verb is not None:  # "CVT teaches auxiliary prediction": a clause, not a name
                span = trim_punct(doc[span.start:verb])
                if span is None or not len(span):
                    return None
    if cand.extractor == NER and cand.label == "DATASET" and language_pair(span.text):
        return None  # "CoVoST 2 French-English": a translation direction, named with its dataset
    if (cand.extractor == NER and cand.label == "DATASET" and len(span) > 1 and span[-1].text in _DATA_UNITS
            and (span[-2].text[:1].isupper() or NAME_SHAPED.search(span[-2].text))):
        span = span[:-1]  # "HM3D scenes", "the Wall Street Journal portion": the name is the dataset
    if (cand.label in ("TASK", "METRIC") and span.end < len(doc) and doc[span.end].text in _DATASET_NOUNS
            and (_ACRONYM.fullmatch(span.text) or cand.label == "METRIC" and NAME_SHAPED.search(span.text))
            or cand.label == "METHOD" and cand.extractor == LEXICON and span.end < len(doc)
            and doc[span.end].text == "benchmark"):
        cand = _relabelled(cand, "DATASET")  # "the VQA dataset", "the SummaC benchmark", "the Vicuna benchmark"
    if cand.label == "METRIC" and span.end < len(doc) and doc[span.end].lower_ in ("baseline", "baselines"):
        cand = _relabelled(cand, "METHOD")  # "the cross-entropy baseline": the rival trained so, no measure
    elif cand.label == "DATASET" and _MODALITY.fullmatch(span.text):
        return None
    elif cand.extractor == NER and cand.label == "METRIC" and _ACRONYM.fullmatch(span.text) and span.start > 0 \
            and _RIVAL_WORD.match(doc[span.start - 1].lower_):
        cand = _relabelled(cand, "METHOD")  # "improving over SEAM by 3.3%": a rival beaten, no measure
    elif cand.extractor == NER and cand.label == "DATASET" and 0 < span.start and span.end < len(doc) \
            and doc[span.end].lower_ == "by" and (_RIVAL_WORD.match(doc[span.start - 1].lower_) or (
                doc[span.start - 1].lower_ in ("on", "upon") and span.start > 1
                and doc[span.start - 2].lower_.startswith("improv"))):
        cand = _relabelled(cand, "METHOD")  # "improving on COSMIC by 1.5": a rival beaten, no data
    elif cand.extractor == NER and cand.label == "METHOD" and _a_place_of_results(span, text):
        cand = _relabelled(cand, "DATASET")  # "a new state of the art on MLVU with 71.3%"
    if cand.label == "METRIC" and _a_setting(span):
        return None
    if cand.label == "TASK" and len(span) > 1 and span[0].like_num and span[1].is_lower:
        span = span[1:]  # "162 legal reasoning tasks": a count of tasks, not part of one
    if cand.label == "TASK" and len(span) > 2:
        span = _without_efficiency(span)
    if cand.label == "METRIC" and (top := _TOP_K_BEFORE.search(text, max(0, span.start_char - 12), span.start_char)):
        span = char_span(doc, top.start(), span.end_char) or span  # "top-20 passage retrieval accuracy"
    size = _LEADING_SIZE.match(text, span.start_char, span.end_char) if span[0].text[:1].isdigit() else None
    if size and size.end() < span.end_char:  # "39M-parameter encoder-decoder": a size, then the name
        span = char_span(doc, size.end(), span.end_char, contract=True)
        if span is None or not len(span):
            return None
    if _LEADING_RESULT.match(span[0].text) and len(span) > 1:
        span = trim_punct(span[1:])  # "2.64 error rate": the number is a result, not a name
        if span is not None and len(span) > 1 and span[0].lower_ in _RESULT_UNITS:
            span = span[1:]  # "2.5-point error reduction": and so is its unit
        if span is None or not len(span):
            return None
    if _NEVER_AN_ENTITY.search(text[span.start_char:span.end_char]) and not cand.meta.get(NAMED):
        return None  # but "2020" of "TREC DL 2019 and 2020" is named by its series
    if _SECTION_HEADING.fullmatch(text, span.start_char, span.end_char) and text.startswith(":", span.end_char) \
            or text.startswith("CI", span.start_char) and span.end_char - span.start_char == 2 \
            and _PERCENT_BEFORE.search(text, 0, span.start_char):
        return None  # a structured abstract's "CONCLUSIONS:"; a confidence interval, "95% CI"
    if (span.start_char, span.end_char) == (cand.start, cand.end):
        return cand
    return replace(cand, start=span.start_char, end=span.end_char, meta=dict(cand.meta))


_WORD = re.compile(r"\w+")
#: a quantity in the plural that experiments vary, and the words that say they vary it
_VARIED_SETTINGS = frozenset("sizes scales budgets lengths".split())
_RANGE_WORDS = frozenset("across all different various most several multiple many varying diverse".split())
#: a quantity that experiments hold fixed, and the words that say they hold it
_HELD_SETTINGS = frozenset("size budget compute parameters".split())
_SAME_WORDS = frozenset("same equal identical matched comparable similar fixed given".split())
#: what a dataset is made of, after its name: "HM3D scenes", "MIMIC-IV notes" (not "data": TDMSci
#: annotates "WMT09 data" whole)
_DATA_UNITS = frozenset("scenes portion subset section sections articles documents "
                        "sentences questions codes records notes reviews tweets posts queries".split())


#: "on" after these words names what a method builds on or addresses, not where it was measured
_NOT_A_PLACE_BEFORE_ON = frozenset("based built build builds relies rely relying depends depend focus focuses "
                                   "focusing conditioned".split())
_BEST_RESULTS_ON = re.compile(r"(?:state[- ]of[- ]the[- ]art|SOTA|results?)\s+on\s+$", re.IGNORECASE)


def _a_place_of_results(span: Span, text: str) -> bool:
    """Whether a capitalised name the NER reads as a method is where a result was measured:
    right after "on" and before "by/with" and a number ("on ProcessBench by 8.2 F1"), or after
    "state of the art on". A rival improved on ("improving on COSMIC by 1.5") stays a method."""
    doc, i, j = span.doc, span.start, span.end
    if i < 1 or doc[i - 1].lower_ != "on" or not span.text[:1].isupper():
        return False
    before = doc[i - 2].lower_ if i > 1 else ""
    if before.startswith("improv") or before in _NOT_A_PLACE_BEFORE_ON:
        return False
    if j + 1 < len(doc) and doc[j].lower_ in ("by", "with") and doc[j + 1].like_num:
        return True
    return bool(_BEST_RESULTS_ON.search(text, max(0, span.start_char - 30), span.start_char))


def _a_setting(span: Span) -> bool:
    """Whether a measure's span is a setting that runs vary ("across most model sizes", "at all
    context lengths") or hold ("given the same model size"): no measure either way."""
    last, doc = span[-1].lower_, span.doc
    words = {t.lower_ for t in doc[max(0, span.start - 2):span.start]}
    return last in _VARIED_SETTINGS and not words.isdisjoint(_RANGE_WORDS) \
        or last in _HELD_SETTINGS and not words.isdisjoint(_SAME_WORDS)


def _without_efficiency(span: Span) -> Span:
    """A task without a leading "efficient" or "sample-efficient": how well a method does
    the task is no part of the task's name ("Sample-Efficient Offline Reinforcement
    Learning" is offline reinforcement learning). Two words at least stay ("Efficient
    Inference" is kept whole).

    >>> from extractors.tokenizer import make_nlp
    >>> doc = make_nlp()("Sample-Efficient Offline Reinforcement Learning")
    >>> _without_efficiency(doc[:]).text
    'Offline Reinforcement Learning'
    """
    words = 3 if len(span) > 3 and span[1].text in HYPHENS and not span[0].whitespace_ else 1
    if span[words - 1].lower_ == "efficient" and len(span) - words >= 2:
        return span[words:]
    return span


#: words written before a hyphen as a prefix ("non-English", "pre-BERT", "multi-GPU")
_PREFIXES = frozenset("non pre post anti multi cross semi self sub super inter intra meta co re un de bi "
                      "tri mono uni over under out mid pseudo quasi ultra hyper mini micro macro".split())


def _whole_words(span: Span) -> Span | None:
    """A statistical span that starts inside a hyphenated word starts with the word: the
    NER reads "Pre-Trained Models" or "Code Input-Output Prediction" in a title as
    "Trained Models" and "Output Prediction". None where the word starts with a bracket
    ("(NTK)-based distillation" read as "based distillation"). A lower-case word glued to a
    capitalised one is a dash's stand-in, not one word ("tasks-Penn Treebank WSJ").

    >>> from extractors.tokenizer import make_nlp
    >>> doc = make_nlp()("Code Input-Output Prediction")
    >>> _whole_words(doc[3:5]).text
    'Input-Output Prediction'
    """
    start, doc = span.start, span.doc
    while glued_hyphen(doc, start - 1):
        if not doc[start - 2].text[-1:].isalnum():
            return None
        if doc[start - 2].is_lower and doc[start].text[:1].isupper() and doc[start - 2].text not in _PREFIXES:
            break  # "tasks-Penn Treebank": a hyphen written for a dash before a name, not "non-English"
        start -= 2
    return doc[start:span.end]


def _trimmed(cand: Candidate, span: Span, rest: Span) -> Candidate:
    """``cand`` cut from ``span`` down to ``rest``, the words it drops kept in ``meta``."""
    return replace(cand, start=rest.start_char, end=rest.end_char, meta={**cand.meta, "trimmed": span.text})


def _relabelled(cand: Candidate, label: str) -> Candidate:
    # the canonical name was the old type's ("the MAPF benchmark" is no "multi-agent path finding")
    return replace(cand, label=label, canonical=None, meta={**cand.meta, "relabelled_from": cand.label})


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _with_version(span: Span) -> Span:
    """A statistical span that stops before a hyphenated number takes it: the number is
    part of the name ("CRISS and m2m-100" read as "m2m").

    >>> from extractors.tokenizer import make_nlp
    >>> doc = make_nlp()("m2m-100-v2-based systems")
    >>> _with_version(doc[:1]).text
    'm2m-100-v2'
    """
    end, doc = span.end, span.doc
    while glued_hyphen(doc, end) and _has_digit(doc[end + 1].text):
        end += 2
    return doc[span.start:end]


def _has_edges_to_trim(span: Span, text: str, extractor: str) -> bool:
    """Whether :func:`_trim` could change ``span``: an edge token that is punctuation,
    space or LaTeX markup, a leading determiner, or a bracket anywhere (for :func:`_balanced`). A cheap
    test, so that the common clean candidate skips the token-by-token trimming."""
    first, last = span[0], span[-1]
    return (first.is_punct or first.is_space or last.is_punct or last.is_space
            or is_markup(first.text) or is_markup(last.text) or _is_determiner(first.text, extractor)
            or not _BRACKET_CHARS.isdisjoint(text[first.idx:last.idx + len(last)]))


def _trim(span: Span, extractor: str) -> Span | None:
    """Step 1's trimming: edge punctuation, leading determiners, half brackets."""
    span = trim_punct(span)
    while span is not None and len(span) > 1 and _is_determiner(span[0].text, extractor):
        span = trim_punct(span[1:])
    if span is None or (len(span) == 1 and _is_determiner(span[0].text, extractor)):
        return None
    return _balanced(span)


def _balanced(span: Span) -> Span | None:
    """A name never holds half a bracket: "NMIXX (Neural eMbedding" is cut to "NMIXX".

    >>> from extractors.tokenizer import make_nlp
    >>> doc = make_nlp()("We use SRL (semantic role labeling")
    >>> _balanced(doc[2:6]).text
    'SRL'
    """
    depth, cut = 0, None
    for token in span:
        if token.text in "([{":
            if depth == 0:
                cut = token.i
            depth += 1
        elif token.text in ")]}":
            if depth == 0:  # a closer with no opener: keep what follows it
                rest = trim_punct(span.doc[token.i + 1:span.end]) if token.i + 1 < span.end else None
                return _balanced(rest) if rest is not None else None
            depth -= 1
    if depth == 0:
        return span
    head = span.doc[span.start:cut]
    return trim_punct(head) if len(head) else None


def _is_determiner(text: str, extractor: str) -> bool:
    if text in _DETERMINERS:
        return True
    return text.lower() in _DETERMINERS and extractor != LEXICON


def _priority(extractor: str, priorities: Mapping[str, int]) -> int:
    return priorities.get(extractor, 0)


def _best(cands: Iterable[Candidate], priorities: Mapping[str, int]) -> Candidate | None:
    return max(
        cands,
        key=lambda c: _Work(c, _priority(c.extractor, priorities)).key,
        default=None,
    )


def _snap(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = char_span(doc, start, end, contract=True)
    return (span.start_char, span.end_char) if span is not None else None


def drop_misread_short_forms(text: str, cands: list[Candidate], abbreviations: list[Abbreviation]) -> list[Candidate]:
    """Step 1b: a lexicon match on a short form that the paper defines as something
    else is dropped ("Knowledge-guided Incremental ... parser (KID)" is not the Kernel
    Inception Distance; "Sharpness-Aware Minimization (SAM)" not the Segment Anything
    Model). Kept when the entry is named by the short form itself ("BERT")."""
    if not abbreviations:
        return cands
    meaning = {name_key(a.short_form): name_key(a.long_form) for a in abbreviations}

    def misread(c: Candidate) -> bool:
        if c.extractor != LEXICON or not c.canonical:
            return False
        short = name_key(text[c.start:c.end])
        long = meaning.get(short)
        entry = name_key(c.canonical)
        return long is not None and entry not in (short, long)

    return [c for c in cands if not misread(c)]


def drop_refuted_guesses(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Step 1c: a cue candidate with a ``default_label`` gives way to a rule candidate
    (not the NER) that types the same name otherwise, anywhere in the paper."""
    return _give_way(text, cands, yields=lambda c: bool(c.meta.get("default_label")),
                     types=lambda c: c.extractor not in STATISTICAL_SOURCES and not c.meta.get("default_label"))


#: the verb a paper introduces its own work with, right before its name
_PROPOSED_BEFORE = re.compile(r"\b(?:propose|introduce|present|develop|design|release)[sd]?\s+$", re.IGNORECASE)
#: narrower, for a doubtful NER span taking the rule names inside it (step 5): "we" must say it
_WE_PROPOSE_BEFORE = re.compile(r"\b(?:we|We)\s+(?:\w+ly\s+|further\s+|also\s+|then\s+|here\s+)?(?:propose|introduce|present)\s+$")


def drop_redescribed(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Step 1c (second half): the lexicon's type of a name gives way to the type the paper gives
    its own work in an apposition ("We propose FactCC, a weakly-supervised model": a method in
    this paper, the measure named after it in later ones), anywhere in the paper."""
    def proposed_in_apposition(c: Candidate) -> bool:
        return c.extractor == CUE and str(c.meta.get("pattern", "")).startswith("apposition_") \
            and not c.meta.get("default_label") and bool(_PROPOSED_BEFORE.search(text, max(0, c.start - 30), c.start))

    return _give_way(text, cands, yields=lambda c: c.extractor == LEXICON, types=proposed_in_apposition)


def _give_way(text: str, cands: list[Candidate], yields: Callable[[Candidate], bool],
              types: Callable[[Candidate], bool]) -> list[Candidate]:
    """``cands`` without those for which ``yields`` holds whose name the candidates for which
    ``types`` holds give other labels, and not theirs, anywhere in the paper."""
    if not any(map(yields, cands)):
        return cands
    typed: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if types(c):
            typed[name_key(text[c.start:c.end])].add(c.label)
    if not typed:
        return cands
    return [c for c in cands if not (yields(c) and (labels := typed.get(name_key(text[c.start:c.end])))
                                     and c.label not in labels)]


def drop_vetoed(cands: list[Candidate], vetoes: list[tuple[int, int, str]]) -> list[Candidate]:
    """Step 1d: no candidate of a type overlaps a term that the lexicon lists as holding a
    name of that type without being one (an entry's ``not_in``: the NER's METRIC
    "precision" in "precision agriculture", or "half precision arithmetic")."""
    if not vetoes:
        return cands
    return [c for c in cands
            if not any(label == c.label and start < c.end and c.start < end for start, end, label in vetoes)]


#: the head nouns that type a defined long form no extractor typed
_LONG_FORM_HEADS: dict[str, str] = {
    **dict.fromkeys("""estimation estimator sampling weighting regularization regularisation optimization
        optimisation training distillation decoding attention normalization normalisation encoding
        embedding embeddings augmentation pruning quantization quantisation consolidation regression
        classifier transformer encoder decoder algorithm mechanism descent propagation""".split(), "METHOD"),
    **dict.fromkeys("error accuracy".split(), "METRIC"),
}
#: the confidence of a pair typed by its long form's head noun alone
HEAD_TYPED_CONFIDENCE = 0.5
#: a short form that is an acronym ("TIBT", "CTB"), which a long form's words may type
_ACRONYM_SHORT_FORM = re.compile(r"[A-Z][\w-]*")
_FUNCTION_WORD = re.compile(r"\b(?:on|of|for|in|with|to|and|or|as|by|from|which|the|a|an)\b")


def _head_type(abbr: Abbreviation) -> str | None:
    """The type a defined long form's last word gives it, if it is a plain term ("repeat
    factor sampling"): not a phrase with function words ("Workshop on Statistical Machine
    Translation"), unless it qualifies a kind of model named before them ("dependency model
    with valence (DMV)": a method), nor a short form that is no acronym. Task heads type
    nothing: methods are often named like tasks ("holistically-nested edge detection (HED)")."""
    words = abbr.long_form.split()
    if len(words) < 2 or not _ACRONYM_SHORT_FORM.fullmatch(abbr.short_form):
        return None
    function_word = _FUNCTION_WORD.search(abbr.long_form)
    if function_word:
        # a kind of model qualified after it: "dependency model with valence (DMV)", "Network in Network (NiN)"
        before, after = abbr.long_form[:function_word.start()].split(), abbr.long_form[function_word.end():].split()
        named_kind = before and before[-1].lower() in _KINDS_BEFORE_QUALIFIER and 0 < len(after) <= 2 \
            and not _FUNCTION_WORD.search(abbr.long_form, function_word.end())
        return "METHOD" if named_kind else None
    return _LONG_FORM_HEADS.get(words[-1].lower())


def _tail_type(abbr: Abbreviation, long: tuple[int, int], cands: list[Candidate]) -> str | None:
    """The type of a lexicon name that ends a plain long form, which is a kind of it:
    "tagged iterative back-translation (TIBT)" is a back-translation. Not a TASK's (as in
    :func:`_head_type`), nor through function words ("Workshop on Machine Translation")."""
    if _FUNCTION_WORD.search(abbr.long_form) or not _ACRONYM_SHORT_FORM.fullmatch(abbr.short_form):
        return None
    return next((c.label for c in cands if c.extractor == LEXICON and c.end == long[1]
                 and long[0] < c.start and c.label != "TASK"), None)


_KINDS_BEFORE_QUALIFIER = frozenset("model network networks machine algorithm transformer encoder decoder".split())


def propagate_abbreviations(
    doc: Doc,
    cands: list[Candidate],
    abbreviations: list[Abbreviation],
    priorities: Mapping[str, int],
) -> list[Candidate]:
    """Step 2: the candidates that abbreviation pairs add (``cands`` must be cleaned)."""
    if not abbreviations:
        return []
    uses: dict[Abbreviation, list[tuple[int, int]]] = defaultdict(list)
    for start, end, abbr in short_form_occurrences(doc):
        uses[abbr].append((start, end))
    existing = {(c.start, c.end, c.label) for c in cands}
    added: list[Candidate] = []
    for abbr in abbreviations:
        long = _snap(doc, abbr.long_start, abbr.long_end)
        short = _snap(doc, abbr.short_start, abbr.short_end)
        if long is None or short is None:
            continue
        short_spans = [short] + [s for s in (_snap(doc, *u) for u in uses[abbr]) if s is not None]
        short_set = set(short_spans)
        long_evidence = [
            c for c in cands
            if c.extractor != ABBREVIATION and c.start <= long[0] and c.end >= long[1]
        ]
        short_evidence = [
            c for c in cands if c.extractor != ABBREVIATION and (c.start, c.end) in short_set
        ]
        # an acronym means what its expansion means: between sources of equal priority the
        # long form's evidence types the pair (the NER's label confidences would otherwise
        # always prefer one label, whatever the words)
        best_long, best_short = _best(long_evidence, priorities), _best(short_evidence, priorities)
        if best_long is None or (best_short is not None and _priority(best_short.extractor, priorities)
                                 > _priority(best_long.extractor, priorities)):
            best = best_short
        else:
            best = best_long
        tail = _tail_type(abbr, long, cands) if best is None or best.extractor == NER else None
        if tail is not None:
            # a name the lexicon knows ends the long form, which is a kind of it, whatever the
            # NER made of the pair: "tagged iterative back-translation (TIBT)"
            sure = best.confidence if best is not None and best.label == tail else 0.0
            best = Candidate(-1, -1, tail, max(HEAD_TYPED_CONFIDENCE, sure), "head")
        if best is None:
            label = _head_type(abbr)
            if label is None:
                continue
            # no extractor typed it: the long form's head noun does ("targeted maximum
            # likelihood estimation (TMLE)", "repeat factor sampling (RFS)")
            best = Candidate(-1, -1, label, HEAD_TYPED_CONFIDENCE, "head")
        targets = list(short_spans)
        if (best.start, best.end) != long:
            # typed through the short form, or through a wider span ("on named entity
            # recognition", "X (SAM)"): the long form itself becomes a candidate too
            targets.insert(0, long)
        for start, end in targets:
            if (start, end, best.label) in existing:
                continue
            existing.add((start, end, best.label))
            added.append(
                Candidate(start, end, best.label, best.confidence, ABBREVIATION,
                          meta={"long_form": abbr.long_form, "short_form": abbr.short_form,
                                "typed_by": best.extractor})
            )
    return added


def merge_duplicates(cands: list[Candidate], priorities: Mapping[str, int]) -> list[_Work]:
    """Step 3: one work item per (span, label), noisy-or across distinct extractors."""
    groups: dict[tuple[int, int, str], dict[str, Candidate]] = defaultdict(dict)
    for c in cands:
        per_source = groups[(c.start, c.end, c.label)]
        if c.extractor not in per_source or c.confidence > per_source[c.extractor].confidence:
            per_source[c.extractor] = c
    out: list[_Work] = []
    for per_source in groups.values():
        if len(per_source) == 1:  # most spans have one source: nothing to combine
            (top,) = per_source.values()
            confidence, canonical, meta = top.confidence, top.canonical or None, dict(top.meta)
            sources = [top.extractor]
        else:
            ranked = sorted(per_source.values(),
                            key=lambda c: (-_priority(c.extractor, priorities), -c.confidence))
            top = ranked[0]
            miss = math.prod(1.0 - min(max(c.confidence, 0.0), 1.0) for c in ranked)
            confidence = min(1.0 - miss, MAX_MERGED_CONFIDENCE)
            canonical = next((c.canonical for c in ranked if c.canonical), None)
            sources = [c.extractor for c in ranked]
            meta = {**top.meta, "sources": sources}
        # a copy: later steps and the linker change mentions, the candidates stay as proposed.
        # Built directly, not with dataclasses.replace (3x slower, once per span); every
        # field is listed (tests/test_resolver.py checks that none is lost)
        merged = Candidate(top.start, top.end, top.label, confidence, top.extractor,
                           canonical, meta)
        out.append(_Work(merged, _priority(top.extractor, priorities), sources))
    return out


#: sources whose spans come from a statistical model (steps 3b and 5)
STATISTICAL_SOURCES = frozenset({NER})

GENERIC_WORDS_PATH = Path(__file__).parent / "data" / "generic_words.jsonl"
#: prepositions after which a noun phrase's head has already come ("ability of LLMs")
_HEAD_BREAKS = frozenset("of for in on with to from by via over at as against between".split())


@dataclass(frozen=True)
class GenericWords:
    """The word lists of step 3b (``data/generic_words.jsonl``), lower-case.

    * ``heads``: nouns that make a phrase vague whatever modifies them ("manner",
      "strategy", "ability", "performance");
    * ``kinds``: nouns naming a kind of thing ("model", "method", "task", "dataset"):
      vague only with vague modifiers ("a novel framework", "existing methods"), not in a
      term ("translation model", "phrase-based translation model");
    * ``alone``: words vague when they stand alone ("learning", "Optimization");
      ``heads`` and ``kinds`` are vague alone too;
    * ``vague_modifiers``: modifiers that add no specificity ("novel", "proposed",
      "existing", "auxiliary", "closed-source");
    * ``fields``: whole phrases naming a research field, not a task or a method ("natural
      language processing", "computer vision");
    * ``tools``: nouns for a kind of system ("parser", "classifier"): a METHOD they end,
      written in lower case, describes rather than names (:func:`is_generic_method_phrase`);
    * ``organisations``: companies and labs, no entity alone ("finetuning OpenAI's models");
    * ``hyperparameters``: settings chosen before training ("learning rate", "batch size"):
      no METRIC; a schedule of one ("learning rate decay") is a METHOD;
    * ``subjects``: nouns for what a study is about in the world ("disorder", "disease",
      "record"): a phrase they head is no METHOD, DATASET or METRIC ("post-traumatic stress
      disorder", "electronic health records");
    * ``techniques``: nouns for a way of training a model ("pretraining", "distillation"):
      a TASK they head is a METHOD ("multilingual pretraining"), while a METHOD they end is
      no description (unlike ``tools``: "knowledge distillation" names one);
    * ``model_classes``: whole phrases naming a class of models, no model ("large language
      model", "LLM", "vision-language model").
    """

    heads: frozenset[str]
    kinds: frozenset[str]
    alone: frozenset[str]
    vague_modifiers: frozenset[str]
    fields: frozenset[str] = frozenset()
    tools: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    hyperparameters: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    techniques: frozenset[str] = frozenset()
    model_classes: frozenset[str] = frozenset()


def load_generic_words(path: Path | str = GENERIC_WORDS_PATH) -> GenericWords:
    """Step 3b's lists: one JSON object a line, ``{"word": "framework", "role": "kind"}``,
    role one of ``head``, ``kind``, ``alone``, ``vague_modifier``, ``field``, ``tool``,
    ``organisation``, ``hyperparameter``, ``subject``, ``technique`` or ``model_class``."""
    roles: dict[str, set[str]] = {"head": set(), "kind": set(), "alone": set(), "vague_modifier": set(),
                                  "field": set(), "tool": set(), "organisation": set(), "hyperparameter": set(),
                                  "subject": set(), "technique": set(), "model_class": set()}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        role = entry.get("role", "head")
        if role not in roles:
            raise ValueError(f"{path}: unknown role {role!r} for {entry.get('word')!r}")
        roles[role].add(entry["word"].strip().lower())
    heads, kinds = frozenset(roles["head"]), frozenset(roles["kind"])
    return GenericWords(heads, kinds, frozenset(roles["alone"]) | heads | kinds,
                        frozenset(roles["vague_modifier"]), frozenset(roles["field"]),
                        frozenset(roles["tool"]), frozenset(roles["organisation"]),
                        frozenset(roles["hyperparameter"]), frozenset(roles["subject"]),
                        frozenset(roles["technique"]), frozenset(roles["model_class"]))


@functools.lru_cache(maxsize=4096)  # pure, and called for the same few words again and again
def _singular_forms(word: str) -> frozenset[str]:
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        forms.add(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        forms.add(word[:-1])
    if word == "corpora":
        forms.add("corpus")
    return frozenset(forms)


def _in(words: frozenset[str], token_text: str) -> bool:
    return not words.isdisjoint(_singular_forms(token_text.lower()))


@functools.lru_cache(maxsize=4096)  # pure, and called for the same few words again and again
def _inner_capital(text: str) -> bool:
    """An upper-case letter after the first character, not right after a hyphen ("BERT",
    "ResNet", "GPT-NeoX"), or a digit."""
    return any(
        ch.isdigit() or (i > 0 and ch.isupper() and text[i - 1] not in "-\u2010\u2011")
        for i, ch in enumerate(text)
    )


def _names_a_field(toks: list[Token], words: GenericWords) -> bool:
    """"natural language processing", "NLP tasks": a research field, alone or before a kind
    noun (``toks`` without punctuation; a short form in brackets is ignored: "Natural
    Language Processing (NLP) tasks")."""
    if len(toks) > 1:
        toks = [t for t in toks if not (t.i > 0 and t.nbor(-1).text == "(")] or toks
    return " ".join(t.lower_ for t in toks) in words.fields or (
        len(toks) > 1 and _in(words.kinds, toks[-1].text)
        and " ".join(t.lower_ for t in toks[:-1]) in words.fields)


def _names_a_model_class(text: str, words: GenericWords) -> bool:
    """"LLMs", "Large Language Models (LLMs)", "open-source vision-language models": a class
    of models, perhaps after vague modifiers or what is done with it ("aligning Large
    Language Models"); a short form in brackets after it is ignored.

    >>> words = load_generic_words()
    >>> [_names_a_model_class(t, words) for t in ("Full Large Language Model", "aligning LLMs",
    ...                                            "masked language model", "LLaMA")]
    [True, True, False, False]
    """
    parts = normalise_space(_BRACKETED_END.sub("", text)).split(" ")
    for k, part in enumerate(parts):
        if _in(words.model_classes, " ".join(parts[k:])):
            return True
        if not (part.lower() in words.vague_modifiers or _in(words.alone, part)
                or k == 0 and part.islower() and part.endswith("ing")):
            return False
    return False


_BRACKETED_END = re.compile(r"\s*\([^()]*\)$")


def _names_a_subject(text: str, words: GenericWords) -> bool:
    """Whether the last word of ``text``, in lower case or capitalised, is a subject noun
    ("post-traumatic stress disorder", "Electronic Health Records"; not "ReCoRD")."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return (last.islower() or last.istitle()) and _in(words.subjects, last)


def _vague_word(word: str, words: GenericWords) -> bool:
    """A word vague alone, or a vague modifier standing alone not written in capitals
    ("supervised", "state-of-the-art"; "SOTA" is in the ``alone`` list)."""
    return _vague_alone(word, words) or (word.lower() in words.vague_modifiers and not word.isupper())


def _vague_alone(word: str, words: GenericWords) -> bool:
    # capitals mark a name ("BERT"), unless the word itself is written in capitals ("SOTA")
    return _in(words.alone, word) and (word.isupper() or not _inner_capital(word))


def _head_index(tokens: list[Token]) -> int:
    """The head of a noun phrase: its last token, or the one before the first "of"/"for"/...
    inside it ("generalization ability of LLMs")."""
    for i, t in enumerate(tokens):
        if i > 0 and t.lower_ in _HEAD_BREAKS:
            return i - 1
    return len(tokens) - 1


def _joined_at_hyphens(tokens: list[Token]) -> str:
    """The tokens as one word when only hyphens part them, spaced or not ("fine - tuning" in
    pre-tokenised text is "fine-tuning"); else the empty string."""
    if any(t.whitespace_ and t.text not in HYPHENS and after.text not in HYPHENS
           for t, after in zip(tokens, tokens[1:])):
        return ""
    return "".join(t.text for t in tokens)


def _hyphenated_head(span: Span) -> str:
    """The head word of ``span`` with what a hyphen joins to it ("fine-tuning" in
    "multi-task fine-tuning", where the tokenizer splits at the hyphen)."""
    i = start = _head_index(list(span))
    while start >= 2 and span[start - 1].text in HYPHENS and not span[start - 2].whitespace_ \
            and not span[start - 1].whitespace_:
        start -= 2
    return span[start:i + 1].text


#: what a paper does to find things out
_STUDY_NOUNS = frozenset("analysis analyses study studies evaluation evaluations investigation "
                         "investigations exploration examination assessment experiments".split())
#: what such a study looks at, no more specific a name for it: "error analysis", "ablation study"
_STUDY_MODIFIERS = frozenset("error ablation case qualitative quantitative".split())


def is_generic(span: Span, words: GenericWords) -> bool:
    """Step 3b: whether ``span`` is too vague to be an entity (see the module docstring)."""
    tokens = list(span)  # each ``span[i]`` would build a new Token object
    toks = [t for t in tokens if not t.is_punct]
    if not toks:
        return True
    if _names_a_field(toks, words) or _names_a_model_class(span.text, words):
        return True
    if len(toks) == 1:  # "Optimization", "OpenAI", "French", "supervised"
        return _vague_word(toks[0].text, words) or toks[0].lower_ in words.organisations
    if toks[0].lower_ not in ("and", "or") and any(t.lower_ in ("and", "or") for t in toks) and all(
            t.lower_ in ("and", "or") or t.lower_ in words.vague_modifiers and not t.text.isupper() for t in toks):
        return True  # vague modifiers coordinated: "French and German", "English or Chinese"
    if _vague_word(_joined_at_hyphens(tokens), words):
        return True  # one hyphenated word: "End-to-End", "Pre-Trained", "state-of-the-art", "fine - tuning"
    if toks[-1].lower_ in _STUDY_NOUNS:
        modifier = doc_text(span.doc)[span.start_char:toks[-1].idx].strip().lower()
        if modifier in words.vague_modifiers or modifier in _STUDY_MODIFIERS:
            return True  # "empirical analysis", "error analysis", "ablation study": how a paper studies, no task
    head_i = _head_index(tokens)
    head = tokens[head_i]
    strong = _in(words.heads, head.text)
    if not strong and not _in(words.kinds, head.text):
        return False
    upto = tokens[: head_i + 1]
    if any(_inner_capital(t.text) for t in upto):
        return False
    if head.text[:1].islower():
        for t in upto:
            if (t.text[:1].isupper() and not t.is_sent_start and t.i != head.i
                    and t.lower_ not in words.vague_modifiers):
                return False  # "Transformer model"; not "Chinese dataset"
    if strong:
        return True
    # a kind noun: vague only if every modifier is ("novel framework", "existing methods"),
    # or if its one modifier is vague alone ("learning task", "prediction tasks")
    if len(upto) == 2 and _in(words.alone, upto[0].text):
        return True
    if len(upto) > 2 and HEAD_NOUNS.get(head.lower_) == "DATASET":
        modifier = doc_text(span.doc)[upto[0].idx:head.idx].strip()
        if not any(ch.isspace() for ch in modifier) and _in(words.alone, modifier):
            return True  # data described by one hyphenated word: "multi-task benchmark" (not "pre-trained models")
    return all(
        t.is_punct or t.is_stop or t.like_num or t.lower_ in words.vague_modifiers
        or _in(words.kinds, t.text) or _in(words.heads, t.text)
        for t in upto if t.i != head.i
    )


#: generic head nouns, and the type a span ending in one has ("X system" is a METHOD even
#: when X is a TASK). The resolver trims the TASK and DATASET ones off names; kb eval adds
#: them back for corpora that annotate them (:func:`extractors.evaluation.include_head_nouns`).
HEAD_NOUNS: dict[str, str] = {
    **dict.fromkeys(("system", "systems", "model", "models", "method", "methods", "technique",
                     "techniques", "approach", "approaches", "algorithm", "algorithms",
                     "framework", "frameworks", "module", "modules", "component", "components",
                     "architecture", "architectures", "network", "networks"), "METHOD"),
    **dict.fromkeys(("task", "tasks", "problem", "problems"), "TASK"),
    **dict.fromkeys(("measure", "measures", "metric", "metrics", "score", "scores"), "METRIC"),
    **dict.fromkeys(("dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks"),
                    "DATASET"),
}
#: a TASK left after trimming must end like a noun ("parsing", "segmentation"), not an
#: adjective ("hard task", "masked language task" stay whole)
_NOMINAL_ENDINGS = ("ing", "tion", "sion", "ment", "sis", "ance", "ence", "ity", "ogy", "ics", "ery")
_MODIFIER_ENDINGS = ("ed", "ive", "ic", "al", "ful", "less", "ous", "able", "ible", "ary", "like",
                     "aware", "wise", "free", "level", "scale", "specific")


#: modifiers that make a name another one ("multilingual BERT" is a model of its own)
_LANGUAGE_MODIFIERS = frozenset("multilingual monolingual bilingual cross-lingual".split())


def _vague_lead(span: Span, words: GenericWords, label: str) -> int:
    """How many lower-case vague modifiers open ``span`` before a name-like or capitalised
    word ("deep 3D CNNs", "vanilla Adam"); 0 when what follows them is no name ("deep
    reinforcement learning", "unsupervised domain adaptation" stay whole).

    >>> from extractors.tokenizer import make_nlp
    >>> doc = make_nlp()("deep 3D CNNs and multilingual BERT and deep belief networks")
    >>> words = load_generic_words()
    >>> [_vague_lead(doc[i:j], words, "METHOD") for i, j in [(0, 3), (4, 6), (7, 10)]]
    [1, 0, 0]
    """
    lead = 0
    while (lead < len(span) - 1 and span[lead].is_lower and span[lead].lower_ in words.vague_modifiers
           and span[lead].lower_ not in _LANGUAGE_MODIFIERS):
        lead += 1
    first = span[lead].text if lead else ""
    # a digit makes a model's name ("3D CNNs") but not a task's ("robust 3D reconstruction")
    if first[:1].isupper() or (label != "TASK" and _inner_capital(first)):
        return lead
    return 0


#: what a model is trained to minimise: a METRIC the NER finds ending in one is a METHOD
#: ("MSE loss", "InfoNCE objective"), as SciER annotates 122 losses on train+dev
_TRAINING_OBJECTIVES = frozenset("loss losses objective objectives".split())
#: before "loss", words that make it a measured quantity ("training loss") or a drop ("accuracy loss")
_MEASURED_LOSSES = frozenset("training validation test accuracy performance".split())
#: what a dataset holds, written after its name ("COCO images", "SQuAD questions")
_DATA_ITEMS = frozenset("images videos clips frames samples examples instances sentences questions "
                        "documents articles texts utterances targets scans dialogues conversations "
                        "molecules proteins".split())
#: kind nouns written after a technique's name ("dropout technique", "beam search algorithm")
_TECHNIQUE_NOUNS = frozenset(
    "algorithm algorithms mechanism mechanisms architecture architectures approach approaches "
    "technique techniques framework frameworks procedure procedures method methods".split())


def _modifier_like(token) -> bool:
    """A word that modifies rather than names ("AI-based", "shared", "knowledge-intensive")."""
    last = token.lower_.rsplit("-", 1)[-1]
    return last.endswith(_MODIFIER_ENDINGS) and ("-" in token.text or token.is_lower)


def _trim_kind(span: Span, words: GenericWords, label: str, headline: bool = False) -> Span | None:
    """A span ending in a kind noun without the noun, when what is left is the name
    ("Kinetics-700 dataset" -> "Kinetics-700", "RCN model" -> "RCN") or, for a TASK, the
    task ("image segmentation task" -> "image segmentation"); else None. The word before
    the noun must be able to end a name: not a modifier ("AI-based systems", "WMT20 shared
    task" stay whole)."""
    # a capitalised kind noun is part of a name ("British National Corpus"), except in a
    # headline-style title ("Structured Learning Approach")
    if len(span) < 2 or not (span[-1].is_lower or headline) or not (
            _in(words.kinds, span[-1].text) or span[-1].lower_ in HEAD_NOUNS):
        return None
    rest = trim_punct(span[:-1])
    if rest is None or not len(rest) or rest[-1].is_stop or rest[-1].lower_ in _EDGE_FUNCTION_WORDS:
        return None
    last = rest[-1]
    if _modifier_like(last):
        return None
    if label == "METHOD":
        if any(_inner_capital(t.text) for t in rest):
            return rest
        # "reinforcement learning algorithm": the technique is the name; not after "model" /
        # "network" / "system", which make terms ("translation model"), and not one word, which
        # is rather a task ("detection method", "sampling technique")
        named = len([t for t in rest if not t.is_punct]) >= 2 and not (
            last.lower_.endswith("ent") and not last.lower_.endswith("ment"))  # "parameter-efficient"
        return rest if named and span[-1].lower_ in _TECHNIQUE_NOUNS and not is_generic(rest, words) else None
    # "hypernym discovery task"; "spoken language understanding models" are models for the
    # task, but "production system" is no "production" task
    if label == "TASK" and HEAD_NOUNS.get(span[-1].lower_) in ("TASK", "METHOD"):
        if HEAD_NOUNS[span[-1].lower_] == "METHOD" and len(rest) < 2 and not last.is_upper:
            return None
        ok = _inner_capital(last.text) or last.lower_.endswith(_NOMINAL_ENDINGS) or last.text.isupper()
        return rest if ok and not is_generic(rest, words) else None
    if label == "DATASET" and HEAD_NOUNS.get(span[-1].lower_) == "DATASET":
        if len(rest) > 1 and rest[-1].is_lower and HEAD_NOUNS.get(rest[-1].lower_) == "DATASET":
            rest, last = rest[:-1], rest[-2]  # "Gigaword benchmark dataset"
        # a name ends in a capitalised word ("Hutter Prize dataset", "CNN/Daily Mail dataset")
        named = _inner_capital(last.text) or (last.text[:1].isupper() and not last.is_sent_start)
        return rest if named and not is_generic(span, words) else None
    if label == "METRIC" and HEAD_NOUNS.get(span[-1].lower_) == "METRIC":
        return rest if _inner_capital(last.text) else None  # "F1 metrics", "BPC measure"
    return None


_AMOUNT = re.compile(r"[\d.,]*\d(?:x|×)?|%|x|×")
#: lower-case head words of what is measured, which no method's name ends in
_MEASURE_HEADS = frozenset("throughput latency runtime footprint".split())
_CHANGE_NOUNS = frozenset("reduction reductions improvement improvements gain gains increase increases "
                          "drop drops degradation".split())


def _measure_of_a_change(span: Span) -> Span | None:
    """The measure named in a METRIC span of a change in it: "relative WER reduction" ->
    "WER", "BLEU improvements" -> "BLEU"; a named measure only (an acronym or a name with an
    inner capital), so "error reduction" stays whole."""
    if len(span) < 2 or span[-1].lower_ not in _CHANGE_NOUNS:
        return None
    rest = span[:-1]
    while len(rest) > 1 and rest[0].lower_ in ("relative", "absolute", "average", "overall", "mean"):
        rest = rest[1:]
    return rest if len(rest) == 1 and _inner_capital(rest[0].text) else None


def headline_title_end(text: str) -> int:
    """End of the title when the text starts with a title block in headline style ("Deep
    Reinforced Model for Abstractive Summarization", "NEURAL SEQUENCE MODELS"), else 0.

    In headline style capitals mark no names, so the NER's spans there are unreliable.
    """
    end = title_end(text)
    if not end or end > 400:
        return 0
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text[:end]) if len(w) >= 4]
    capitalised = sum(w[0].isupper() for w in words)
    return end if words and capitalised >= 0.6 * len(words) else 0


_TITLE_NAME_BEFORE = re.compile(r"(?:(?:A|An|The)\s+)?$")
_TITLE_NAME_AFTER = re.compile(r"\s*(?::|(?:for|via|with|in|on|to)\b)")


_GERUND_FIRST = re.compile(r"[A-Za-z-]+ing\b")


def in_title_name_slot(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens the title, where papers put their method's name:
    "DINOSTAR: Deep Iterative ...", "Explicit Interaction Network for ..."; not a phrase
    that opens with a gerund, which says what the paper does ("Fine-Tuning Large Neural
    Language Models for ...", "Probing Structured Pruning on ...").

    >>> t = "Explicit Interaction Network for ASTE; Probing Structured Pruning on X"
    >>> in_title_name_slot(t, 0, 28), in_title_name_slot(t[39:], 0, 26)
    (True, False)
    """
    return bool(_TITLE_NAME_BEFORE.match(text, 0, start) and _TITLE_NAME_AFTER.match(text, end)
                and not _GERUND_FIRST.match(text, start))


def _confirmed_title_span(span: Span, text: str, title_end: int, vague: Callable[[Span], bool],
                          same_case: bool = False) -> bool:
    """A title span the NER alone proposed is kept when it looks like a coined name (a
    capital inside a word, a digit, an all-capital word in a title that is not all
    capitals: "BiLSTM", "GPT-3", "DINOSTAR"), fills the name slot at the start of the title
    ("DINOSTAR: Deep Iterative ...", "Explicit Interaction Network for ..."), or the
    abstract repeats it in words that are not ``vague`` there ("closed-source models", a
    described method, does not confirm the headline's "Closed-Source Model"), and with its
    capitals where ``same_case`` (a dataset's name keeps them: "mental health disorders"
    does not confirm "Mental Health Disorder")."""
    title = text[:title_end]
    all_caps = not any(c.islower() for c in title)
    for t in span:
        if _has_digit(t.text) or (_inner_capital(t.text) and (not t.is_upper or not all_caps)):
            return True
    if in_title_name_slot(title, span.start_char, span.end_char):
        return True
    at = text.find(span.text, title_end) if same_case else text.lower().find(span.text.lower(), title_end)
    if at < 0:
        return False
    end = at + len(span.text)
    while end < len(text) and text[end].isalnum():  # "neural rankers" repeats "Neural Ranker"
        end += 1
    again = char_span(span.doc, at, end, contract=True)
    return again is not None and not vague(again)


def _vague_in_abstract(span: Span, *, label: str, words: GenericWords, methods_out: bool) -> bool:
    return is_generic(span, words) or (methods_out and label == "METHOD" and is_generic_method_phrase(span, words))


def _described(span: Span) -> bool:
    """Lower-case words without a digit: a phrase that describes rather than names. A
    sentence's first word is capitalised whatever it is ("Attention models ...")."""
    text = span.text[1:] if span[0].is_sent_start else span.text
    return not any(c.isupper() or c.isdigit() for c in text)


def is_generic_method_phrase(span: Span, words: GenericWords) -> bool:
    """A METHOD described, not named: lower-case words, without a digit, ending in a kind
    noun ("rule-based model", "extractive approach", "attention mechanism"; two words at
    least) or in a tool noun ("parser", "relation classifier").

    >>> import spacy
    >>> doc = spacy.blank("en")("a rule-based model and a BERT model and a neural parser")
    >>> words = load_generic_words()
    >>> [is_generic_method_phrase(doc[i:j], words) for i, j in [(1, 5), (7, 9), (11, 13)]]
    [True, False, True]
    """
    if not _described(span):
        return False
    last = span[-1].text
    return _in(words.tools, last) or (len(span) > 1 and _in(words.kinds, last))


#: what a described metric phrase may say about its measures besides vague modifiers
_METRIC_DESCRIPTIONS = frozenset("evaluation automatic automated objective subjective quality scoring error "
                                 "quantitative qualitative internal external intrinsic extrinsic performance "
                                 "standard".split())
_METRIC_NOUNS = frozenset("metric metrics measure measures".split())


def is_generic_metric_phrase(span: Span, words: GenericWords) -> bool:
    """A METRIC described, not named: lower-case words ending in metric(s)/measure(s) whose
    other words only say what measures are for ("evaluation metrics", "automatic evaluation
    measures", "objective measures"); "similarity measure" or "BLEU metric" are not.

    >>> import spacy
    >>> doc = spacy.blank("en")("standard evaluation metrics and a similarity measure")
    >>> words = load_generic_words()
    >>> is_generic_metric_phrase(doc[0:3], words), is_generic_metric_phrase(doc[5:7], words)
    (True, False)
    """
    if not _described(span) or span[-1].lower_ not in _METRIC_NOUNS:
        return False
    return all(t.is_punct or t.is_stop or t.lower_ in _METRIC_DESCRIPTIONS or t.lower_ in words.vague_modifiers
               for t in span[:-1])


#: what is done to a hyperparameter over training ("learning rate decay")
_SCHEDULE_WORDS = frozenset("decay decays schedule schedules scheduler schedulers scheduling warmup "
                            "warm-up annealing policy policies".split())


def _hyperparameter(span: Span, words: GenericWords) -> str | None:
    """"value" for a span naming a hyperparameter ("learning rates", "base learning rate"),
    "schedule" for one naming its schedule ("cosine learning rate decay"), else None."""
    lowered = [t.lower_ for t in span if not t.is_punct or t.text == "-"]
    if lowered and lowered[-1] in _SCHEDULE_WORDS:
        lowered, kind = lowered[:-1], "schedule"
    else:
        kind = "value"
    if not lowered:
        return None
    lowered[-1] = singular(lowered[-1])
    text = " ".join(lowered)
    return kind if any(text == h or text.endswith(" " + h) for h in words.hyperparameters) else None


def drop_generic(
    doc: Doc, items: list[_Work], words: GenericWords, *, trim_kinds: bool = True,
    generic_methods_out: bool = True,
) -> list[_Work]:
    """Step 3b: NER-only work items that :func:`is_generic` rejects are dropped, and so
    are described METHODs (:func:`is_generic_method_phrase`) if ``generic_methods_out``;
    those that end in a kind noun after a name lose the noun (:func:`_trim_kind`) if
    ``trim_kinds``."""
    kept = []
    text = doc_text(doc)
    headline_end = headline_title_end(text)
    vague_short_forms = {a.short_form for a in doc._.kb_abbreviations or []
                         if _vague_word(normalise_space(a.long_form), words)}
    class_short_forms = {a.short_form for a in doc._.kb_abbreviations or []
                         if _names_a_model_class(a.long_form, words)}
    rule_datasets = {(w.cand.start, w.cand.end, w.cand.label) for w in items
                     if w.cand.label == "DATASET" and not _statistical_only(w)}
    subject_short_forms = {a.short_form for a in doc._.kb_abbreviations or []
                           if _names_a_subject(a.long_form, words)}
    for w in items:
        found = text[w.cand.start:w.cand.end]
        if w.cand.extractor != LEXICON and (found in class_short_forms or _names_a_model_class(found, words)):
            continue  # "Large Language Models (LLMs)", "open-source LLMs" (the lexicon names none)
        ner_typed = w.cand.extractor == ABBREVIATION and w.cand.meta.get("typed_by") == NER
        if _statistical_only(w) or ner_typed:
            if found in vague_short_forms:
                continue  # "FT" of "Fine-Tuned (FT)"
            if w.cand.label != "TASK" and (found in subject_short_forms or _names_a_subject(found, words)):
                continue  # "post-traumatic stress disorder (PTSD)" and "PTSD" are no METHOD
        if _statistical_only(w):
            span = char_span(doc, w.cand.start, w.cand.end)
            if span is None or is_generic(span, words):
                continue
            headline = w.cand.end <= headline_end
            if headline and not _confirmed_title_span(span, text, headline_end, functools.partial(
                    _vague_in_abstract, label=w.cand.label, words=words, methods_out=generic_methods_out),
                    same_case=w.cand.label == "DATASET"):
                continue
            if w.cand.label == "TASK" and span[-1].is_lower and HEAD_NOUNS.get(span[-1].lower_) == "DATASET":
                continue  # "machine comprehension datasets": data for a task, no task, no name
            if w.cand.label == "TASK" and span[-1].lower_ in _DATA_ITEMS and not any(
                    t.lower_.endswith(_NOMINAL_ENDINGS) or t.lower_ in _HEAD_BREAKS for t in span):
                continue  # "real-world images", "Indian vehicle images": data, no task done on it
            if span[0].lower_ in _GOAL_VERBS or span[0].lower_ in _GOAL_GERUNDS:
                continue  # "tackle facial attribute recognition", "enhancing support": a goal
            if w.cand.label == "TASK" and _kind_of_task(span):
                continue  # "visual tasks", "joint task": a class of tasks, not one
            if w.cand.label == "TASK" and span[-1].lower_ in _PRODUCT_NOUNS:
                task = _task_of_product(span, words)  # "hate speech detection software"
                if task is None:
                    continue  # "production system", "Roadside LiDAR Application": no task
                w = replace(w, cand=_trimmed(w.cand, span, task))
                span = task
            if len(span) > 1 and span[-1].lower_ in _HYPHEN_SUFFIXES and (
                    span[-2].text in HYPHENS or span[-1].lower_ in _PARTICIPLE_SUFFIXES):
                continue  # "ACE-style", "BERT-based", "Double-Graph Based": a modifier, its noun is missing
            if w.cand.label == "METRIC" and span[-1].lower_ in _TRAINING_OBJECTIVES and len(span) > 1 \
                    and span[-2].lower_ not in _MEASURED_LOSSES:
                w = replace(w, cand=_relabelled(w.cand, "METHOD"))  # "MSE loss": trained with, not measured
            if w.cand.label == "METRIC" and (setting := _hyperparameter(span, words)):
                if setting == "value":
                    continue
                w = replace(w, cand=_relabelled(w.cand, "METHOD"))
            head = _hyphenated_head(span)
            if w.cand.label == "TASK" and (_in(words.tools, head) or _in(words.techniques, head)):
                # "POS tagger": a tool for a task is a METHOD, and so is a way of training ("multilingual pretraining")
                w = replace(w, cand=_relabelled(w.cand, "METHOD"))
            lead = _vague_lead(span, words, w.cand.label)
            if lead:  # "deep 3D CNNs", "vanilla Adam", "pretrained ResNet-101": the name is what follows
                trimmed = span[lead:]
                if is_generic(trimmed, words):
                    continue  # "deep NLP": a field
                w = replace(w, cand=_trimmed(w.cand, span, trimmed))
                span = trimmed
            rest = _trim_kind(span, words, w.cand.label, headline) if trim_kinds else None
            if rest is None and w.cand.label == "METRIC":
                rest = _measure_of_a_change(span)
            if (rest is None and trim_kinds and w.cand.label == "DATASET" and len(span) > 1
                    and span[-1].lower_ in _DATA_ITEMS
                    and (span.start_char, span[-2].idx + len(span[-2]), "DATASET") in rule_datasets):
                rest = span[:-1]  # "COCO images", "CUB-200 images": items of a dataset a rule names
            elif rest is None and w.cand.label == "DATASET" and span[-1].is_lower and span[-1].lower_ in _DATA_ITEMS:
                continue  # "RGB-D images", "newswire texts": data described, no dataset named
            if rest is None and generic_methods_out and w.cand.label == "METHOD" \
                    and is_generic_method_phrase(span, words):
                continue  # described, not named ("rule-based model"); a trimmed technique stays
            if generic_methods_out and w.cand.label == "METRIC" and is_generic_metric_phrase(span, words):
                continue  # "evaluation metrics": described, not named
            if rest is not None and (_NEVER_AN_ENTITY.search(rest.text) or rest[-1].lower_ in _PARTICIPLE_SUFFIXES
                                     or rest.text in vague_short_forms):
                continue  # "7B models" -> "7B": a size alone; "Double-Graph Based Framework" -> a modifier;
                # "E2E model" -> "E2E" of "End-to-End (E2E)"
            if rest is not None:
                w = replace(w, cand=_trimmed(w.cand, span, rest))
        elif ner_typed:
            # a pair typed by the NER alone ("Natural language processing (NLP)", "Fine-Tuned (FT)")
            span = char_span(doc, w.cand.start, w.cand.end)
            if span is None or _names_a_field([t for t in span if not t.is_punct], words) \
                    or _vague_word(span.text, words):
                continue
        elif w.cand.label == "TASK" and set(w.sources or [w.cand.extractor]) == {CUE}:
            # "vision tasks" and "vision problems" are classes of tasks named by a field; the
            # corpora annotate the longer "computer vision (tasks)" as a task, so it stays
            span = char_span(doc, w.cand.start, w.cand.end)
            if span is None or len(span) == 1 and _names_a_field(list(span), words):
                continue
        kept.append(w)
    return kept


#: what a task is done by or for, not a task ("hate speech detection software")
_PRODUCT_NOUNS = frozenset("system systems software application applications engine engines platform "
                           "platforms tool tools".split())


def _task_of_product(span: Span, words: GenericWords) -> Span | None:
    """The task a product phrase names ("hate speech detection software" -> "hate speech
    detection", "question-answering (QA) systems" -> "question-answering"): two words at
    least before the product noun, ending like a noun of action; else None."""
    end = span.end - 1
    if span.doc[end - 1].text == ")" and "(" in span.doc[span.start:end].text:
        end = next(t.i for t in reversed(span.doc[span.start:end]) if t.text == "(")
    rest = span.doc[span.start:end]
    if len([t for t in rest if not t.is_punct]) < 2 or not rest[-1].lower_.endswith(_NOMINAL_ENDINGS):
        return None
    return None if is_generic(rest, words) else rest


def _kind_of_task(span: Span) -> bool:
    """Two lower-case words, a task noun after a word that names no task itself ("visual
    tasks", "joint task", "video tasks"; not "parsing task", "NER task").

    >>> from extractors.tokenizer import make_nlp
    >>> doc = make_nlp()("on semantic tasks and the summarization task")
    >>> _kind_of_task(doc[1:3]), _kind_of_task(doc[5:7])
    (True, False)
    """
    words = [t for t in span if not t.is_punct]
    return (len(words) == 2 and all(t.is_lower for t in words)
            and HEAD_NOUNS.get(words[1].lower_) == "TASK" and not words[0].lower_.endswith(_NOMINAL_ENDINGS))


def _continues_name(doc: Doc, outer: Candidate, inner: Candidate) -> bool:
    """Whether the tokens ``outer`` adds to ``inner`` only extend a name ("-large", " 2")."""
    extra = [t for t in char_span(doc, outer.start, outer.end) if t.idx < inner.start or t.idx >= inner.end]
    return all(
        t.text in _NAME_PUNCT
        or t.like_num
        or any(ch.isupper() or ch.isdigit() for ch in t.text)
        or t.lower_ in _NAME_WORDS
        for t in extra
    )


def _modifies(doc: Doc, outer: Candidate, inner: Candidate) -> bool:
    """Whether the words ``outer`` puts before ``inner`` are modifiers, not function words."""
    extra = doc.char_span(outer.start, inner.start, alignment_mode="expand")
    return extra is not None and all(not t.is_stop for t in extra)


#: what a task span adds to the dataset it opens with: "COCO detection", "ImageNet
#: classification"; not a shared task ("CoNLL-2009 Shared Task") or a bracket
_TASK_ON_DATA = re.compile(r"(?:\s+(?!(?:shared|tasks?)\b)[a-z][\w-]*){1,3}")


def _data_then_task(text: str, outer: Candidate, datasets: Iterable[Candidate], tasks: Iterable[Candidate]) -> bool:
    """Whether ``outer`` is one of ``datasets`` at its start, then one of ``tasks`` up to its
    end ("KITTI 3D object detection", "CoNLL-2003 English NER": a language may come between):
    a named dataset and the task done on it, not one task."""
    tasks = [t for t in tasks if t.label == "TASK" and t.end == outer.end]
    return any(d.label == "DATASET" and d.start == outer.start and any(
        d.end <= t.start and (not (gap := text[d.end:t.start].strip()) or gap in LANGUAGES)
        for t in tasks) for d in datasets)


def _measure_of_a_name(text: str, metric: Candidate, rules: list[Candidate]) -> bool:
    """Whether a METRIC span opens with a rule's DATASET or model name: "IFEval accuracy",
    "OPT-1.3B accuracy" measure on a named dataset or of a model, and name both."""
    return metric.label == "METRIC" and any(
        r.start == metric.start and r.end < metric.end and (r.label == "DATASET" or (
            r.label == "METHOD" and NAME_SHAPED.search(text, r.start, r.end))) for r in rules)


def _averaged_name(text: str, metric: Candidate, rules: list[Candidate]) -> bool:
    """Whether a METRIC span is a rule's measure name after "mean" or "average" ("mean ROC AUC",
    "average nDCG@10"): the measure is the name (the written sets name about 50 such measures
    without the average, 2 with it)."""
    return metric.label == "METRIC" and any(
        r.label == "METRIC" and r.end == metric.end and NAME_SHAPED.search(text, r.start, r.end)
        and _AVERAGED.fullmatch(text, metric.start, r.start) for r in rules)


_AVERAGED = re.compile(r"(?:mean|average|averaged)\s+", re.IGNORECASE)


def absorb_nested(doc: Doc, items: list[_Work]) -> list[_Work]:
    """Step 4: longer same-label spans replace the spans they contain, under the rules above.

    Whether a span may absorb another is decided on the sources' own priorities, never on
    priorities raised by earlier absorptions, so the outcome does not depend on the order
    the candidates arrived in.
    """
    items = sorted(items, key=lambda w: (w.cand.length, w.cand.start, w.cand.label))
    own = {id(w): w.priority for w in items}
    text = doc_text(doc)
    rule_names = [w.cand for w in items if not _statistical_only(w) and w.cand.label in ("DATASET", "METHOD")]
    other_rule_spans = {(c.start, c.end) for c in rule_names}
    alive = [True] * len(items)
    # only same-label spans interact: compare within each label, in the order above
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(items):
        by_label[w.cand.label].append(i)
    for same_label in by_label.values():
        for k, i in enumerate(same_label):
            inner = items[i]
            ic = inner.cand
            for j in same_label[k + 1:]:
                outer = items[j]
                oc = outer.cand
                if not (oc.start <= ic.start and ic.end <= oc.end) or oc.length == ic.length:
                    continue
                if _measure_of_a_name(text, oc, rule_names):
                    continue  # the metric inside it is the measure named
                if oc.label == "METHOD" and any(
                        r.label == "DATASET" and oc.start <= r.start and r.end <= oc.end for r in rule_names):
                    continue  # "ImageNet pretraining": the data is named beside the method inside it
                if oc.label == "METRIC" and _statistical_only(outer) and not _statistical_only(inner) \
                        and _lists_rule_names(text, oc, [w for w in items if not _statistical_only(w) and (
                            w.cand.label == "METRIC" and oc.start <= w.cand.start and w.cand.end <= oc.end)]):
                    continue  # "ROUGE-1/ROUGE-2": two measures joined, each its own entity
                if oc.label == "TASK" and _data_then_task(text, oc, rule_names, [ic]) \
                        or oc.label == "DATASET" and _data_then_task(text, oc, [ic], rule_names):
                    # "KITTI 3D object detection", "SQuAD v1.1 question answering": a named dataset, then the
                    # task done on it
                    continue
                # a capitalised word hyphened to a task's name that a rule types otherwise coins another
                # name: "We release HIPE-NER, a corpus" is no NER task (but "DS-QA" is a QA task)
                coined = ic.label == "TASK" and text[ic.start - 1:ic.start] in HYPHENS \
                    and (oc.start, oc.end) in other_rule_spans
                if (
                    (ic.label == "TASK" and oc.end == ic.end and _modifies(doc, oc, ic) and not coined)
                    or own[id(outer)] >= own[id(inner)]
                    or _continues_name(doc, oc, ic) and not coined
                    or _defined_kind_of(oc, ic)
                ):
                    alive[i] = False
                    outer.priority = max(outer.priority, inner.priority)
                    if ic.confidence > oc.confidence:
                        outer.cand = replace(oc, confidence=ic.confidence)
                    outer.absorbed.append(ic)
    return [w for w, keep in zip(items, alive) if keep]


def _defined_kind_of(outer: Candidate, inner: Candidate) -> bool:
    """A long form an abbreviation defines that ends in a rule's name names a kind of it: "tagged
    iterative back-translation (TIBT)", "Chinese Penn Treebank (CTB)" (the name is not the entity)."""
    return outer.extractor == ABBREVIATION and "long_form" in outer.meta and outer.end == inner.end


def _statistical_only(work: _Work) -> bool:
    return all(s in STATISTICAL_SOURCES for s in (work.sources or [work.cand.extractor]))


def _strictly_contains(outer: Candidate, inner: Candidate) -> bool:
    return (outer.start <= inner.start and inner.end <= outer.end
            and (outer.start, outer.end) != (inner.start, inner.end))


#: words a clean noun phrase does not begin or end with (step 5)
_EDGE_FUNCTION_WORDS = frozenset(
    "on in of for to with by from at as and or into via over than".split()
)


def _clean_edges(doc: Doc, cand: Candidate) -> bool:
    span = char_span(doc, cand.start, cand.end)
    return (span is not None and len(span) > 0
            and span[0].lower_ not in _EDGE_FUNCTION_WORDS
            and span[-1].lower_ not in _EDGE_FUNCTION_WORDS)


_SHORT_FORM_AFTER = re.compile(r"\s*\([^()]*\)")
#: a short form in brackets, then only a kind noun: "Penn Treebank (PTB) test set",
#: "Natural Language Inference (NLI) task" (not "Named Entity (NE) tagging")
_SHORT_FORM_BEFORE_KIND = re.compile(
    r"\s*\([^()]*\)\s+(?:(?:test|dev|development|validation|training|evaluation)\s+)?(?:sets?|splits?|data|"
    r"datasets?|benchmarks?|corpus|corpora|tasks?|problems?|models?|methods?|approach(?:es)?|frameworks?|"
    r"algorithms?|techniques?)", re.IGNORECASE)
#: a split of the data named before it, perhaps in one language: "CoNLL-2003 English test set",
#: "MNIST test set" (the data's name is the entity; SciER's train split annotates 26 names bare
#: before such a split and 7 with it)
_SPLIT_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:test|dev|development|validation|val|training|train|held-out|"
                          r"evaluation)\s+(?:sets?|splits?|data|portions?|partitions?)")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&|/)\s*")


#: the conjunction that closes a list: "A, B and C"
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")
_CONJUNCTION_NEXT = re.compile(r",?\s*(?:and|or)\b")
#: where results are measured, right before a dataset: "On FEMNIST and Shakespeare"
_PLACE_BEFORE = re.compile(r"\b(?:[Oo]n|[Aa]cross)\s+(?:the\s+)?$")
#: the plural kind noun after a list of data: "the A and B datasets"
_DATA_NOUNS_AFTER = re.compile(r"\s+(?:benchmarks|datasets|corpora|data\s+sets)\b", re.IGNORECASE)
#: a conjunction right before a position: "coding and |mathematical reasoning"
_CONJUNCT_BEFORE = re.compile(r"(?:,|\s(?:and|or))\s*$")


def _lists_rule_names(text: str, outer: Candidate, inside: list[_Work]) -> bool:
    """Whether ``outer`` joins rule candidates ``inside`` by commas or a conjunction
    ("SemEval-2013 and SemEval-2015", "SemEval-2013 and SemEval-2015 English WSD"): a
    list of names, not one name."""
    if len(inside) < 2:
        return False
    spans = sorted((w.cand.start, w.cand.end) for w in inside)
    return any(_LIST_SEPARATOR.fullmatch(text, a_end, b_start)
               for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


def _rule_method_described(doc: Doc, outer: Candidate, inside: list[_Work], words: GenericWords) -> str | None:
    """The word the METHOD ``outer`` ends in when it only describes the rule METHOD inside it:
    the words it adds are lower-case and it ends in a kind of component ("deep LSTM encoder",
    "Bi-LSTM sentence encoder"); the name is the entity (ANNOTATION.md). None otherwise."""
    if outer.label != "METHOD" or any(w.cand.label != "METHOD" for w in inside):
        return None
    span = char_span(doc, outer.start, outer.end)
    if span is None:
        return None
    last = span[-1].text
    if span[-1].idx < max(w.cand.end for w in inside) and not (
            len(inside) > 1 and (_in(words.kinds, last) or _in(words.heads, last))):
        return None  # the name ends it ("fine-tuned BERT"), unless that is a component ("MiniLM cross-encoder")
    extra = [t for t in span if not any(w.cand.start <= t.idx < w.cand.end for w in inside)]
    # "Vicuna-13B language model": the kind noun may follow the span
    after = doc[span.end].text if span.end < len(doc) else ""
    described = all(t.is_lower or t.text in _NAME_PUNCT for t in extra) and (
        _in(words.kinds, last) or _in(words.tools, last) or _in(words.heads, last) or _in(words.kinds, after))
    return last if described else None


def prefer_containers(doc: Doc, items: list[_Work], words: GenericWords | None = None,
                      min_confidence: float = 0.0) -> list[_Work]:
    """Step 5: NER-only spans drop the rule candidates they strictly contain, unless they
    begin or end with a function word, only add a short form, join rule candidates into
    a list or join a rule name of another type by a conjunction, are METHODs holding a
    rule DATASET, only describe a rule METHOD (with ``words``), are less sure than
    ``min_confidence``, or a rule candidate crosses, coincides with or contains them (then
    step 6 decides)."""
    text = doc_text(doc)
    stat: list[_Work] = []
    rules: list[_Work] = []
    for w in items:
        (stat if _statistical_only(w) else rules).append(w)
    dead: set[int] = set()
    for s in stat:
        sc = s.cand
        if sc.confidence < min_confidence and not (text[sc.start].isupper()
                                                   and _WE_PROPOSE_BEFORE.search(text, max(0, sc.start - 40), sc.start)):
            # a span the linker will not report must not take the rule names in it with it; but a name
            # the paper proposes is its own ("We further propose Visual Chain-of-Thought tuning")
            continue
        inside = [r for r in rules if sc.overlaps(r.cand)]
        if not inside or not all(_strictly_contains(sc, r.cand) for r in inside):
            continue
        if any(r.cand.start == sc.start and _SHORT_FORM_AFTER.fullmatch(text, r.cand.end, sc.end)
               for r in inside):
            continue  # "reinforcement learning (RL)" adds only the short form: the rule decides
        if any(r.cand.start == sc.start and _SHORT_FORM_BEFORE_KIND.fullmatch(text, r.cand.end, sc.end)
               for r in inside):
            continue  # "Penn Treebank (PTB) test set": the defined name is the entity
        if sc.label == "DATASET" and any(r.cand.start == sc.start and r.cand.label == "DATASET"
                                         and r.cand.extractor == LEXICON
                                         and _SPLIT_AFTER.fullmatch(text, r.cand.end, sc.end) for r in inside):
            continue  # "CoNLL-2003 English test set": the lexicon's name is the dataset
        if _lists_rule_names(text, sc, inside):
            continue
        if any(r.cand.label != sc.label and _CONJUNCT_BEFORE.search(text, sc.start, r.cand.start) for r in inside):
            continue  # "coding and mathematical reasoning": the rule's name is one conjunct
        if sc.label == "METHOD" and any(r.cand.label == "DATASET" for r in inside):
            continue  # "ImageNet-trained VGG-16", "ImageNet pretraining": the data is named
        inside_cands = [r.cand for r in inside]
        if _measure_of_a_name(text, sc, inside_cands) or _averaged_name(text, sc, inside_cands):
            continue
        named_data = [c for c in inside_cands if c.extractor in (LEXICON, CUE)]
        if sc.label == "TASK" and any(
                d.label == "DATASET" and d.start == sc.start and _TASK_ON_DATA.fullmatch(text, d.end, sc.end)
                for d in named_data) or sc.label in ("TASK", "DATASET") and _data_then_task(
                text, sc, named_data, inside_cands):
            continue  # "COCO detection", "ImageNet classification", "KITTI 3D object detection": the data is named
        if words is not None and (ending := _rule_method_described(doc, sc, inside, words)) is not None:
            if _in(words.heads, ending):
                dead.add(id(s))  # a part of the named model ("MiniLM cross-encoder"): the name is the entity
            continue
        if _clean_edges(doc, sc):  # last: it builds a Span
            dead.update(id(r) for r in inside)
            s.absorbed.extend(r.cand for r in inside if r.cand.label == sc.label)  # typed by a rule too
    return [w for w in items if id(w) not in dead]


#: cues that say a name is coined here: proposed, or given with its kind or by "called"
_COINING_CUES = ("propose_", "and_propose_", "apposition_", "called_", "copula_", "our_head_", "we_call")


def prefer_proposed_names(text: str, items: list[_Work]) -> list[_Work]:
    """Step 5b: a name the paper proposes or introduces by its kind ("We propose TTA-Seg,
    which ...", "BioNER-X, a span-based model") drops the rule candidates inside it that a
    hyphen joins to the rest of it: "TTA", a task's short form to the lexicon, is only a
    part of the coined name."""
    proposed = [w.cand for w in items if w.cand.extractor == CUE
                and str(w.cand.meta.get("pattern", "")).startswith(_COINING_CUES)
                and not any(ch.isspace() for ch in text[w.cand.start:w.cand.end])]
    if not proposed:
        return items
    return [w for w in items if not any(
        _strictly_contains(p, w.cand) and w.cand.extractor != CUE
        and (text[w.cand.end:w.cand.end + 1] in HYPHENS or text[w.cand.start - 1:w.cand.start] in HYPHENS)
        for p in proposed)]


def select_non_overlapping(items: list[_Work]) -> list[Candidate]:
    """Step 6: greedy, best first; the result is sorted by offset and never overlaps."""
    taken: list[Candidate] = []  # sorted by offset; pairwise disjoint, so ends are sorted too
    ends: list[int] = []
    for work in sorted(items, key=lambda w: w.key, reverse=True):
        cand = work.cand
        # the first taken span ending after cand starts is the only one that may overlap it
        i = bisect.bisect_right(ends, cand.start)
        if i < len(taken) and cand.overlaps(taken[i]):
            continue
        if work.absorbed:
            cand = replace(cand, meta={**cand.meta, "absorbed": [
                (a.start, a.end, a.extractor) for a in work.absorbed]})
        taken.insert(i, cand)
        ends.insert(i, cand.end)
    return taken


#: what a new dataset is of an older one, set beside its name: ", a French extension of"
_DERIVED_FROM = re.compile(r"\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:extension|version|variant|subset|translation|"
                           r"adaptation|expansion|re-annotation|reannotation|portion)\s+of\s+(?:the\s+)?")


def datasets_derived_from_datasets(text: str, mentions: list[Candidate]) -> None:
    """Step 6b: a name set beside "a ... extension / version / subset of" a dataset is a
    dataset too, wherever it is named ("We release SLURP-Fr, a French extension of SLURP,
    ... fine-tuned on SLURP-Fr")."""
    derived = {name_key(text[m.start:m.end]) for m, after in zip(mentions, mentions[1:])
               if m.label != "DATASET" and after.label == "DATASET" and _DERIVED_FROM.fullmatch(text, m.end, after.start)}
    for m in mentions if derived else ():
        if m.label != "DATASET" and name_key(text[m.start:m.end]) in derived:
            m.meta["relabelled_from"] = m.label
            m.label = "DATASET"


def title_read_as_abstract(text: str, cands: list[Candidate]) -> None:
    """Step 1a: a title's NER candidate takes the label and the confidence of the most
    confident NER candidate of the same name in the abstract where that one is surer: the
    NER, trained on texts without titles, reads capitalised title words less reliably
    ("Semantic Entropy Probes" a doubtful TASK in the title, a METHOD in "our semantic
    entropy probes (SEPs) reach"; but "TempEval 2013" stays a DATASET in the title where
    the abstract's "submission to Temp-Eval 2013" is a doubtful TASK). A measure, which
    titles seldom name, takes the abstract's label anyway ("Test-Time Training on Nearest
    Neighbors ..." a METRIC there, a METHOD in "Test-time training on just 20 neighbors
    reduces ...")."""
    end = title_end(text)
    if not end:
        return
    best: dict[str, Candidate] = {}
    for c in cands:
        if c.extractor == NER and c.start >= end:
            key = name_key(text[c.start:c.end])
            if key not in best or c.confidence > best[key].confidence:
                best[key] = c
    for i, c in enumerate(cands):
        same = best.get(name_key(text[c.start:c.end])) if c.extractor == NER and c.end <= end else None
        if same is not None and (same.confidence > c.confidence or same.label != c.label and c.label == "METRIC"):
            read = _relabelled(c, same.label) if same.label != c.label else c
            cands[i] = replace(read, confidence=max(c.confidence, same.confidence), meta=dict(read.meta))


def one_type_per_name(text: str, mentions: list[Candidate], priorities: Mapping[str, int]) -> None:
    """Step 7: mentions of one name (same words up to case, spacing, hyphens and a plural)
    from a source of lower priority take the label of the best of them, in step 6's order.
    Between equals (two NER mentions) nothing changes: the NER's confidence is a property
    of the label, so it would always prefer the same label, not the better-supported one."""
    by_name: dict[str, list[Candidate]] = defaultdict(list)
    for m in mentions:
        by_name[name_key(text[m.start:m.end])].append(m)
    for same in by_name.values():
        if len({m.label for m in same}) > 1:
            best = _best(same, priorities)
            label, rank = best.label, _priority(best.extractor, priorities)
            for m in same:
                if m.label != label and _priority(m.extractor, priorities) < rank:
                    m.meta["relabelled_from"] = m.label
                    m.label = label


#: a name, not a word: a capital inside it or a digit ("kNN-MT", "GPT-4", "SASRec")
NAME_SHAPED = re.compile(r"\w[A-Z]|\d")


#: the last item of a list, a word that ends there: "..., MasakhaNER, and AmericasNLI."
_LIST_TAIL = re.compile(r"([A-Za-z][\w-]*\w)(?=\s*(?:[,.;:)\]]|$|\s(?:datasets?|benchmarks?|corpus|corpora)\b))")


#: a name between two items of a list: "ARO, SVO-Probes, and Winoground"
_LIST_GAP = re.compile(r"\s*,\s*([A-Za-z][\w-]*\w)\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
#: capitalised parts joined by a hyphen: "Uni-Mol", "CODA-Prompt" (a list item only)
_HYPHENED_NAME = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z0-9]*)+")
#: a dataset named by one capitalised word ("Weather", "Sports"), which only a list types
_WORD_NAME = re.compile(r"[A-Z][a-z]+")


def _rule_typed_inside(m: Candidate, priorities: Mapping[str, int]) -> bool:
    """Whether a NER span absorbed a rule's name of its label ("CoNLL-2005 shared task
    dataset" holds the lexicon's CoNLL-2005): a rule typed it too."""
    ner_rank = _priority(NER, priorities)
    return any(_priority(extractor, priorities) > ner_rank for _, _, extractor in m.meta.get("absorbed", ()))


def _list_item_shaped(text: str, start: int, end: int, label: str) -> bool:
    """Whether ``text[start:end]`` looks like a name in a list of ``label`` items: a capital
    inside a word or a digit, capitalised parts joined by a hyphen ("GraphMVP and Uni-Mol"),
    or one capitalised word among datasets ("ETTh1, ETTm2, Weather and Electricity")."""
    return bool(NAME_SHAPED.search(text, start, end) or _HYPHENED_NAME.fullmatch(text, start, end)) or (
        label == "DATASET" and _WORD_NAME.fullmatch(text, start, end) is not None)


def _list_name(doc: Doc, text: str, start: int, end: int, label: str, pattern: str) -> Candidate | None:
    """A candidate for the list item ``text[start:end]`` that no extractor proposed, if it
    is name-shaped and on token boundaries."""
    if not _list_item_shaped(text, start, end, label) or char_span(doc, start, end) is None:
        return None
    return Candidate(start, end, label, LIST_TAIL_CONFIDENCE, CUE, meta={"pattern": pattern})


def _unproposed_list_item(doc: Doc, text: str, before: Candidate, after: Candidate,
                          after_retypable: bool) -> Candidate | None:
    """A name between two mentions of one label in a list, which no extractor proposed
    (``after_retypable``: the mention after it may still take the label of the list)."""
    gap = _LIST_GAP.fullmatch(text, before.end, after.start)
    if gap is None or (before.label != after.label and not after_retypable):
        return None
    return _list_name(doc, text, *gap.span(1), before.label, "list_item")


def _untyped_list_tail(doc: Doc, text: str, items: list[Candidate], label: str,
                       mentions: list[Candidate]) -> Candidate | None:
    """A name that ends the list ``items`` of one ``label`` and that no extractor proposed
    (the NER misses the last item after ", and" more often than the others)."""
    sep = _LIST_SEPARATOR.match(text, items[-1].end)
    tail = _LIST_TAIL.match(text, sep.end()) if sep and sep.end() > items[-1].end else None
    if not tail:
        return None
    start, end = tail.span(1)
    if any(m.start < end and start < m.end for m in mentions):
        return None
    return _list_name(doc, text, start, end, label, "list_tail")


def one_type_per_list(doc: Doc, text: str, mentions: list[Candidate], priorities: Mapping[str, int]) -> None:
    """Step 8: the items of one list are things of one kind ("two benchmarks, FewNERD and
    SNIPS"). Where the rule-typed items of a list agree on a label, the names in it (a
    capital inside a word, or a digit) only the NER typed take it. Other phrases keep
    their own label: commas also join a task to its data ("two tasks: handwritten digit
    recognition, MNIST dataset [11], and ..."), and keywords to each other ("LLMs and
    CNNs, Disease Detection with Vision Language Models"). On the SciERC, TDMSci and SciER
    train and dev splits this relabels 114 spans: 50 exact gold mentions gained, 30 lost
    (title-case phrases too: +53/-30; all phrases: +65/-47). A name between two items of
    one label, or ending a list whose items all carry that label, that no extractor
    proposed is added (:func:`_unproposed_list_item`, :func:`_untyped_list_tail`). Among
    datasets one capitalised word is a name too ("ETTh1, ETTm2, Weather and Electricity";
    train+dev: 6 gold spans gained, 2 false ones gone, none added). A list ends at its
    conjunction, two names joined by a bare comma are none ("On the ISBI 2015 challenge
    dataset, UA-Net obtains"), and a list before a plural data noun names data whatever the
    rules typed its other items ("the FRANK and SummaC benchmarks"). A pair where results are
    measured, "On FEMNIST and Shakespeare,", whose first name a rule typed as a dataset, adds
    the second as one."""
    ner_rank = _priority(NER, priorities)
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions):
            if j > i and _CONJUNCTION.search(text, mentions[j - 1].end, mentions[j].start):
                break  # "Weather and Electricity, PatchLinear reduces ...": the list ended at its "and"
            if not _LIST_SEPARATOR.fullmatch(text, mentions[j].end, mentions[j + 1].start):
                gap = _unproposed_list_item(doc, text, mentions[j], mentions[j + 1],
                                            _priority(mentions[j + 1].extractor, priorities) <= ner_rank)
                if gap is None:
                    break
                mentions.insert(j + 1, gap)
            j += 1
        if j > i and (j > i + 1 or _CONJUNCTION.search(text, mentions[i].end, mentions[j].start)
                      or _CONJUNCTION_NEXT.match(text, mentions[j].end)):
            # (two names and a bare comma are no list: "On the ISBI 2015 challenge dataset, UA-Net obtains")
            items = mentions[i:j + 1]
            typed = {m.label for m in items if _priority(m.extractor, priorities) > ner_rank}
            if "DATASET" in typed and _DATA_NOUNS_AFTER.match(text, items[-1].end):
                typed = {"DATASET"}  # "the FRANK and SummaC benchmarks": SummaC, a metric too, names data here
                for m in items:
                    if m.label != "DATASET" and _list_item_shaped(text, m.start, m.end, "DATASET"):
                        m.meta["relabelled_from"] = m.label
                        m.label = "DATASET"
            if len(typed) == 1:
                (label,) = typed
                for m in items:
                    if (m.label != label and _priority(m.extractor, priorities) <= ner_rank
                            and _list_item_shaped(text, m.start, m.end, label) and not _rule_typed_inside(m, priorities)):
                        m.meta["relabelled_from"] = m.label
                        m.label = label
                if all(m.label == label for m in items):
                    tail = _untyped_list_tail(doc, text, items, label, mentions)
                    if tail is not None:
                        mentions.insert(j + 1, tail)
                        j += 1
        elif (mentions[i].label == "DATASET" and _priority(mentions[i].extractor, priorities) > ner_rank
              and _PLACE_BEFORE.search(text, 0, mentions[i].start) and _CONJUNCTION_NEXT.match(text, mentions[i].end)):
            # "On FEMNIST and Shakespeare, ...": a pair of places, of which a rule typed the first
            tail = _untyped_list_tail(doc, text, [mentions[i]], "DATASET", mentions)
            if tail is not None:
                mentions.insert(i + 1, tail)
                j += 1
        i = j + 1


def resolve(
    doc: Doc,
    cands: Iterable[Candidate],
    priorities: Mapping[str, int] | None = None,
    *,
    containers_win: bool = True,
    specific_only: bool = True,
    generic_words: GenericWords | None = None,
    trim_kinds: bool = True,
    generic_methods_out: bool = True,
    min_container_confidence: float = 0.0,
) -> list[Candidate]:
    """Steps 1–8 on ``cands`` (the doc's abbreviations come from ``doc._.kb_abbreviations``).

    ``generic_words`` are step 3b's lists, by default :func:`load_generic_words`'s.
    """
    priorities = DEFAULT_PRIORITIES if priorities is None else priorities
    text = doc_text(doc)
    cleaned = [c for c in (_clean(doc, c, text) for c in cands) if c is not None]
    title_read_as_abstract(text, cleaned)
    abbreviations = doc._.kb_abbreviations or []
    cleaned = drop_misread_short_forms(text, cleaned, abbreviations)
    cleaned = drop_refuted_guesses(text, cleaned)
    cleaned = drop_redescribed(text, cleaned)
    cleaned = drop_vetoed(cleaned, doc._.kb_non_entities or [])
    cleaned += propagate_abbreviations(doc, cleaned, abbreviations, priorities)
    items = merge_duplicates(cleaned, priorities)
    words = None
    if specific_only:
        words = generic_words if generic_words is not None else _default_generic_words()
        items = drop_generic(doc, items, words, trim_kinds=trim_kinds,
                             generic_methods_out=generic_methods_out)
    items = absorb_nested(doc, items)
    if containers_win:
        items = prefer_containers(doc, items, words, min_container_confidence)
    items = prefer_proposed_names(text, items)
    mentions = select_non_overlapping(items)
    datasets_derived_from_datasets(text, mentions)
    one_type_per_name(text, mentions, priorities)
    one_type_per_list(doc, text, mentions, priorities)
    return mentions


@Language.factory(
    "kb_resolver",
    assigns=["doc.ents", "doc._.kb_mentions"],
    default_config={"priorities": DEFAULT_PRIORITIES, "containers_win": True,
                    "specific_only": True, "trim_kinds": True, "generic_methods_out": True,
                    "min_container_confidence": UNCERTAIN_NER_CONFIDENCE},
)
def make_resolver(
    nlp: Language, name: str, priorities: dict[str, int], containers_win: bool,
    specific_only: bool, trim_kinds: bool, generic_methods_out: bool, min_container_confidence: float,
) -> Resolver:
    return Resolver(priorities, containers_win=containers_win, specific_only=specific_only,
                    trim_kinds=trim_kinds, generic_methods_out=generic_methods_out,
                    min_container_confidence=min_container_confidence)


class Resolver:
    """Pipeline component: ``doc._.kb_mentions`` and ``doc.ents`` from ``doc._.kb_candidates``."""

    def __init__(
        self, priorities: Mapping[str, int] | None = None, *, containers_win: bool = True,
        specific_only: bool = True, trim_kinds: bool = True, generic_methods_out: bool = True,
        min_container_confidence: float = UNCERTAIN_NER_CONFIDENCE,
    ) -> None:
        self.priorities = dict(DEFAULT_PRIORITIES if priorities is None else priorities)
        self.containers_win = containers_win
        self.specific_only = specific_only
        self.trim_kinds = trim_kinds
        self.generic_methods_out = generic_methods_out
        self.min_container_confidence = min_container_confidence
        self.generic_words = _default_generic_words() if specific_only else None

    def __call__(self, doc: Doc) -> Doc:
        mentions = resolve(doc, candidates(doc), self.priorities,
                           containers_win=self.containers_win,
                           specific_only=self.specific_only,
                           generic_words=self.generic_words,
                           trim_kinds=self.trim_kinds,
                           generic_methods_out=self.generic_methods_out,
                           min_container_confidence=self.min_container_confidence)
        doc._.kb_mentions = mentions
        doc.ents = [_as_span(doc, m) for m in mentions]
        return doc


@functools.lru_cache(maxsize=1)
def _default_generic_words() -> GenericWords:
    return load_generic_words(GENERIC_WORDS_PATH)


def _as_span(doc: Doc, mention: Candidate) -> Span:
    span = char_span(doc, mention.start, mention.end, mention.label)
    assert span is not None, "resolved mentions are token-aligned by construction"
    return span
