"""Claimed results: which method reached which number on which dataset, or beat what.

Runs last, over the sentences of ``kb_sentences`` and the resolved ``doc._.kb_mentions``;
it still works without mentions (metrics then come from a word list, datasets stay None).
Numbers are parsed with regexes over the sentence text, not tokens, because results are
written in too many shapes for token patterns ("+1.9", "12.5\\%", "2-5%", "3.4x",
"from 71.2 to 75.0").

One claim dict per outcome, keys exactly those of :class:`schema.models.Claim`:
``kind, method, dataset, metric, value, unit, baseline, text, start, end, confidence,
extractor``. ``start``/``end`` are the sentence's offsets in ``doc.text`` (trailing
whitespace excluded) and ``text == doc.text[start:end]``.

Decisions (what a value means)
------------------------------
* ``score``: the number as written ("reaches 88.5 EM" -> 88.5).
* ``improvement``: the gain as written ("+1.9 BLEU", "by 2.3 points", "3.4 times faster");
  negative only when written with a minus sign ("-0.3 BLEU").
* ``reduction``: a quantity going down, the size of the fall as written, positive: a cut of a
  lower-is-better one ("reduces WER by 27.5%", "uses 40% less memory", "error drops by 1.2"),
  or a loss of a higher-is-better or unknown one ("accuracy drops by 1.2", "costs 1.6 BLEU";
  ANNOTATION.md: "the number as written"); the metric says which.
* "from A to B": ONE ``score`` claim of value B, the result reached, with B's unit as
  written (ANNOTATION.md: "the number as written"; the gain B - A is not written, and
  A is the baseline's number). Annotators of ``kb eval nlp-tdms`` did the same.
* Ranges ("improvements of 2-5%"): the lower bound, the part the paper guarantees.
* Units: ``%`` (also ``\\%``, "percent"), ``points`` ("points", "pp", "percentage points",
  "2.3 BLEU points"), ``x`` ("2x", "3.4 times", "10-fold"), else None.
* ``comparison`` (value None) for qualitative outcomes ("outperforms strong baselines",
  "is competitive with GPT-3", "significantly improves accuracy", "experiments demonstrate
  the effectiveness of the proposed method", "X is particularly effective"; 9,259 train/dev
  texts: 62 more claims, nearly all such closing sentences of abstracts; a comparison either
  way: "lags behind / falls short of DeepL", "is preferred over X"); ``sota`` for "new state
  of the art" claims, taking the value of any score in the same sentence ("sets a new
  state of the art with 91.2 F1" is one sota claim). In a sentence that has numeric claims
  a comparison cue lends them its baseline, and "outperforms the previous state of the art
  by 2.1 F1" is an improvement whose baseline is that state of the art; a win that no
  number measures, beside scores, is an outcome of its own ("achieves 1.20 BPC,
  outperforming the best known compressor" is a score and a comparison). Beating
  "(the) state-of-the-art methods" or "the previous best" claims a new state of the art
  (beating "several state-of-the-art methods" is a comparison), so a score in that
  sentence is a ``sota`` claim ("92.1 F1, 1.1 points over the previous best result").
* Qualitative claims need a subject that is the paper's work or a named method, not a
  bare generic noun phrase ("Large language models achieve strong results" is background);
  goals and hedges ("to improve", "may outperform", "To reduce X, we ...") are not outcomes.
* "It" opening a sentence right after one whose claims opened with a named model is that
  model ("Flan-PaLM outperforms PaLM by 9.4%. It achieves 75.2% on MMLU"), else the paper's own.
* Several numbers coordinated with as many datasets (or metrics) after them ("1.2 and 3.4
  F1 on A and B, respectively"), or before them with "respectively" ("on A and B to 51.1
  and 44.3 respectively"), are zipped: one claim each. One number "in terms of both EM and
  F1" is one claim per metric.
* Numbers that are not results are dropped: parameter counts ("7B", "175 billion"),
  sizes and counts ("10,000 images", "3 benchmarks"), context lengths ("128k"), shots
  ("5-shot"), years, section / figure / table numbers, hyper-parameters ("learning rate of
  0.001"), numbers inside entity names ("ResNet-50", "Llama 2", "SQuAD 2.0"), data
  proportions ("20% of the training data"), and numbers that are an unnamed baseline's
  result ("the previous best of 52.5", "from the 56.7 F1 of the previous best system").
* A named rival's number is that rival's ``score`` (ANNOTATION.md: one claim per outcome,
  the method being what the claim is about): "compared to 85.2 for BERT", "outperforms
  wav2vec 2.0 (WER 15.8%)", "ahead of GPT-3.5 (70.0%) and Llama 2 (68.9%)", "ahead of SimPLe
  at 0.14", "close to ColBERT (36.0)", "as fast as MobileNetV2 (74.7%)". It takes the
  metric written with it, else that of the score it is set against, and that score's
  dataset; its confidence is lowered, as the paper reports it second-hand. A rival's number
  set against a gain ("dropping only 0.6% ... compared with 6.3% for X") is no score, nor is
  an unnamed rival's ("over a simple baseline (20%)", "while the second-ranked entry obtains 0.76").
* Sentences that only report others' work ("Recent work has shown that ...") and the
  title (the first block before a blank line, when it does not end like a sentence) give
  no claims; nor does the first sentence of an abstract after its title when it does not
  speak of the paper's own work (abstracts open with context).

``method`` is the subject of the claim: the first METHOD mention (or "we" / "our model" /
"it", resolved to ``doc._.kb_own_method``) before the number or cue in its clause, not
inside a prepositional phrase ("using X", "over Y"); with no subject at all, the paper's
own method. ``doc._.kb_own_method`` is the METHOD introduced by "we propose/introduce/
present X" or "by proposing X" (the first named one in the object: "a novel recurrent
neural network architecture, the Fast-Slow RNN" gives "Fast-Slow RNN"; or "called X"), or
"X is (then) proposed", or "X, a novel ...", else the first METHOD of the title that is
a coined name ("SwiftGNN"), opens the title ("X for Y") or that the abstract names too
(a title alone is often a description in headline case, not the method's name).

Confidence
----------
A base per kind and pattern (``_BASE``), plus ``+0.15`` when the metric comes from a
METRIC mention (``+0.1`` from the word list), ``+0.1`` when a dataset is bound, ``+0.05``
with a unit, ``+0.05`` when the method was found in the sentence; ``-0.1`` for a score
known only from a result verb (no metric, no unit). Clamped to [0.05, 0.95].
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from extractors.candidates import LEXICON, Candidate, doc_text, title_end
from extractors.linker import drop_unclaimed_uncertain
from extractors.resolver import NAME_SHAPED, in_title_name_slot
from extractors.sentences import set_sentence_starts

EXTRACTOR = "claims"
SCORE, IMPROVEMENT, REDUCTION, COMPARISON, SOTA = (
    "score", "improvement", "reduction", "comparison", "sota")
PERCENT, POINTS, TIMES = "%", "points", "x"

#: the claim fields that name entities
_NAMED_FIELDS = ("method", "dataset", "metric", "baseline")
_BASE = {SCORE: 0.55, IMPROVEMENT: 0.6, REDUCTION: 0.6, SOTA: 0.65, COMPARISON: 0.55}

# --------------------------------------------------------------------------- regexes

class _Pattern:
    """A regex compiled twice: as written, and with ``re.ASCII`` for ASCII text.

    On ASCII text both give the same matches (except for the four control characters
    ``\\x1c``-``\\x1f``, which only Unicode ``\\s`` matches: text holding one keeps the
    pattern as written), and the ASCII twin is up to twice as fast: with IGNORECASE, Unicode
    matching folds the case of every character it compares. No pattern here holds a
    non-ASCII character that matches an ASCII one ("K" for "k") in Unicode mode.

    ``folded`` (for IGNORECASE patterns written in lowercase, the hot sentence-wide scans):
    the ASCII twin drops IGNORECASE and runs on ``text.lower()``, which has the same length
    and offsets, so spans are unchanged and matching is 2-3x faster again (case-sensitive
    literals let the engine skip non-matching alternatives). The matched text is then
    lowercase: callers must take the original spelling from the span.
    Offers the ``re.Pattern`` methods this module uses.
    """

    __slots__ = ("unicode", "ascii", "folded")

    def __init__(self, pattern: str, flags: int = 0, folded: bool = False) -> None:
        self.unicode = re.compile(pattern, flags)
        self.folded = folded
        if folded:
            # Escapes (\W, \S) and group names may hold capitals; literals may not.
            literal = re.sub(r"\\.|\(\?P<\w+>", "", pattern)
            if not flags & re.IGNORECASE or re.search(r"[A-Z]", literal):
                raise ValueError(f"a folded pattern is IGNORECASE and lowercase: {pattern!r}")
            flags &= ~re.IGNORECASE
        self.ascii = re.compile(pattern, flags | re.ASCII)

    def _for(self, text: str) -> tuple[re.Pattern, str]:
        if text.isascii() and "\x1c" not in text and "\x1d" not in text \
                and "\x1e" not in text and "\x1f" not in text:
            return self.ascii, text.lower() if self.folded else text
        return self.unicode, text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        rx, subject = self._for(text)
        return rx.search(subject, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        rx, subject = self._for(text)
        return rx.match(subject, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        rx, subject = self._for(text)
        return rx.fullmatch(subject, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, subject = self._for(text)
        return rx.finditer(subject, pos, endpos)

    def sub(self, repl, text: str) -> str:
        assert not self.folded, "sub() would return lowercased text"
        rx, subject = self._for(text)
        return rx.sub(repl, subject)


_FLAGS = re.IGNORECASE | re.VERBOSE

#: A sentence without a digit and without any of these cannot hold a claim.
_QUICK = _Pattern(
    r"\d|out-?perform|surpass|state[- ]of[- ]the[- ]art|\bsotas?\b|competitive|comparable|"
    r"on[- ]par|superior|better|exceed|\bbeat|rival|improv|boost|gain|best|match|"
    r"outstrip|first\s+place|faster|higher|highest|strong|compet|top-tier|outstanding|exceptional|"
    r"leading|impressive|remarkable|excellent|promising|encouraging|great|favou?rable|preferable|"
    r"effective", re.IGNORECASE, folded=True)

#: Comparisons that hold none of ``_QUICK``'s words ("more efficient than SNC", "compares
#: favourably with", "ranks first"); looked for only where ``_QUICK`` finds nothing, so that
#: its first match keeps marking where a sentence's claim can start.
_QUICK_MORE = _Pattern(r"\bthan\b|^\W*(?:compared|relative\s+to|in\s+comparison|versus)\b|compar\w*\s+favou?rably|"
                       r"\brank(?:s|ed)?\s+(?:first|top|1st)|leaderboard|"
                       r"advantages?\s+over|\blag|\btrail(?:s|ed|ing)\b|underperform|short\s+of|preferred|favou?red|indistinguishable|"
                       r"(?:reduc|decreas|mitigat|alleviat)es\s+(?:\S+\s+){0,2}?(?:hallucination|error|bias|toxicity|"
                       r"forgetting|overfitting|variance|perplexity|over-refusal|latency)|\bhalv(?:es|ed|ing)\b|"
                       r"unchanged|preserved|maintained|retained|intact|unaffected|unharmed|\bablation|"
                       # findings without a number
                       r"\bgaps?\b|benefit|beneficial|\bhelp|\bhurt|degrad|\bharm|robust|negligible|minimal|"
                       r"\bas\s+[a-z]+\s+as\b|perform\w*\s+(?:comparably|similarly|equally)|behind|fewer|trends?\s|"
                       r"advantages?\s|speed-?ups?\b|prov(?:es?|ed|en)\s|not\s+(?:statistically\s+)?significant|mixed|"
                       r"disappear|vanish|\blower(?:s|ed)\s|complementary|poorly|approach(?:es|ed)\s+th|"
                       r"without\s+(?:any\s+)?(?:re-?training|fine-?tuning|adaptation)|"
                       r"generali[sz]es?\s|transfers?\s+(?:\w+\s+)?(?:to|across)\s|carr(?:y|ies|ied)\s+over|"
                       r"preserv(?:es|ed)\s|not\s+(?:\w+ly\s+)?(?:reduce|sacrifice)\s|\bno\s+(?:\w+\s+)?effect\b|\blowest\b|"
                       r"remain\w*\s+(?:\w+ly\s+)?(?:more|less)\s", re.IGNORECASE, folded=True)

#: a decimal comma only before a percent sign ("97,5%"): elsewhere "1,2" may be a list
#: A number followed by a comma and one or two digits ("91,2 F1") is a decimal comma this
#: reading does not trust: neither of its parts is read.
_NUM = r"\d+(?:\.\d+)?[eE][-−+]?\d+(?!\w|\.\d)|\d+(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?=\s?\\?%)|\d+(?:\.\d+)?(?!\d|,\d)"
_UNIT = (r"(?:\s?(?:%p\b|\\?%|pp\b|p\.p\.|(?:[x×]|(?<=\d)X)(?![\w])|times\b)"  # and "2X-3X"
         r"|[\s-]?(?:percent(?:age)?[\s-]points?|percent|per[\s-]?cent|points?\b|pts?\b|fold\b))")  # ("3.1%p": points)
_NUMBER = _Pattern(
    rf"(?<![\w.@\\±^{{_])(?<![A-Za-z)]/)(?<!\w[-–])(?<!\d,)"
    rf"(?P<sign>[+\-−–](?=\d)|(?<!\+)\+\s(?=\d))?(?P<num>{_NUM})"  # (not the end of "chrF++ 41.8")
    rf"(?:(?:(?P<unit1>{_UNIT})|\s?(?:dB|mm|cm|ms|s|sec|seconds?|min|minutes?|h|hours?|[KMGT]i?B|[kmµμ]?J|[kmM]?Wh)\b)?"
    rf"\s{{0,3}}(?P<sep>-|–|—|~|to|→|->)\s{{0,3}}(?P<num2>{_NUM}))?"
    rf"(?:\s*±\s*(?:{_NUM}))?"  # a spread: "95.1±0.3%" is 95.1%
    rf"(?P<unit>{_UNIT})?")

#: Masked before numbers are read: links and e-mail addresses, citation brackets, LaTeX
#: with markup, confidence intervals and p-values ("0.87 (95% CI 0.85-0.89)", "p < 0.001").
_MASK = _Pattern(r"https?://\S+|www\.\S+|[\w.+-]+@[A-Za-z][\w-]*(?:\.[\w-]+)+|\[\d+(?:[,–-]\s*\d+)*\]|"
                   r"\$[^$]*(?:\\[A-Za-z]|[\^_{}])[^$]*\$|"
                   r"[(\[]\s*9[059]\s?%\s*(?:CI|confidence\s+interval)\b[^()\[\]]*[)\]]|"
                   r"\b[pP]\s*[<=>≤]\s*0?\.\d+")

_METRIC = _Pattern(r"""(?<![\w-])(?:(?i:
    (?:(?:word|character|char|label|symbol|phone(?:me)?|sentence|token|top-?[1-5]|relative
         |absolute)[\s-])?error[\s-]rates?
  | (?:(?:top-?[1-5]|balanced|mean|average|overall|classification|test|zero-shot|few-shot|answer
         |pixel|(?:macro|micro)(?:-averaged)?)\s+)?accurac(?:y|ies)
  | exact[\s-]match(?:\s+(?:score|accuracy))?
  | (?:macro|micro|weighted|span|token|entity)[\s-]?(?:averaged\s+)?F1(?:[\s-]?scores?)?
  | F1(?:[\s-]?scores?)? | F[\s-](?:score|measure)
  | (?:sacre)?BLEU(?:-?[1-4])?(?:\s+scores?)? | chrF\+*
  | ROUGE(?:-?(?:[12L]|Lsum|SU4))?(?:\s+scores?)?
  | METEOR | CIDEr(?:-D)? | SPICE | BERTScore | COMET | BLEURT | CLIPScore | mean\s+opinion\s+score
  | perplexit(?:y|ies) | bits[\s-]per[\s-](?:char(?:acter)?|byte|dim(?:ension)?)
  | bits?\s*/\s*(?:char|dim)
  | mean\s+average\s+precision | average\s+precision | AUROC | AUPRC | ROC[\s-]AUC | AUC
  | mIoU | IoU
  | PSNR | SSIM | LPIPS | FID | Inception\s+Score | mean\s+IoU
  | computational\s+costs? | computation\s+costs? | compute\s+costs?
  | mean\s+reciprocal\s+rank | MRR | NDCG(?:@\d+)? | Hits@\d+ | pass@\d+ | R@\d+ | P@\d+
  | recall(?:@\d+)?
  | (?<!full\s)(?<!half\s)(?<!mixed\s)(?<!single\s)(?<!double\s)(?<!low\s)(?<!lower\s)(?<!reduced\s)(?<!bit\s)
    precision(?:@\d+)?  # not a number format: "the gap to full precision", "in 4-bit precision"
  | win[\s-]rates? | success[\s-]rates? | pass[\s-]rates? | Elo(?:\s+(?:ratings?|scores?))?
  | Spearman(?:'s)?(?:\s+(?:rank\s+)?(?:correlation|rho|ρ))?
  | Pearson(?:'s)?(?:\s+correlation)? | Kendall(?:'s)?\s+tau | correlation
  | RMSE | MAE | MSE | EER | LAS | UAS | Smatch | WER | CER | BPC | BPD
  | errors?
  | latency | throughput | (?:inference\s+|training\s+)?FLOPs
  | memory(?:\s+(?:usage|footprint|consumption|cost))?
  | inference\s+(?:time|speed|latency|costs?) | training\s+(?:time|costs?|speed)
  | energy(?:\s+consumption)?
  | parameters | model\s+size | compute
  ) | EM | MOS | PER | TER | AP(?:50|75|_?[SML])? | mAP(?:@[\d.:]+)? | MAP | ECE | NLL | PPL
  | DER | SER
)(?![\w-])""", re.VERBOSE)

#: Metrics where going down is the good direction.
_LOWER_BETTER = _Pattern(
    r"error|\bWER\b|\bCER\b|(?-i:\bPER\b)|\bTER\b|perplexit|\bPPL\b|bits|\bBP[CD]\b|\bR?MSE\b|\bMAE\b|"
    r"\bEER\b|\bFID\b|LPIPS|latency|memory|FLOPs|(?<!watch\s)(?<!dwell\s)(?<!session\s)time|cost|energy|parameters|size|"
    r"\bNLL\b|"
    r"\bECE\b|\bDER\b|\bSER\b|compute|loss|distance|deviation|divergence|BD-rate|forgetting|toxicity|"
    r"distortion|\bMCD\b|attack\s+success|regret|false[\s-](?:positive|negative|alarm|discovery)|\bFPR|\bFNR|"
    r"miss\s+rate|hallucination|fertility|\bCRPS\b|continuous\s+ranked|\bBrier\b|\bMAPE\b|\b(?:min)?[AF]DE\b|"
    r"\bRMSD\b|\bHD95\b|Hausdorff|over-?refusal|hacking|consumption|collision|infraction|violation|failure\s+rate|"
    r"fall\s+rate|identity\s+switch|\bID\s+switch|"
    r"\btokens\b(?!\s*(?:/|per\b))|\btoken\s+(?:counts?|usage|budgets?|costs?)",
    re.IGNORECASE)
#: Quantities that are a resource, not a quality: bound to a number only when adjacent.
_RESOURCE = _Pattern(
    r"latency|throughput|FLOPs|memory|(?<!real-)(?<!real\s)time|speed|cost|energy|parameters|size|compute",
    re.IGNORECASE)  # (a real-time factor is a ratio, read without a unit)

#: resources measured in time, and the units that say a number is one
_TIMED = _Pattern(r"latency|time|speed|throughput", re.IGNORECASE)
_TIME_UNIT_AFTER = _Pattern(r"\s?(?:ms|s|sec|seconds?|milliseconds?|fps|FPS|[a-z]+\s?/\s?(?:s|sec|second)|"
                            r"[a-z]+\s+per\s+second)\b")  # and "6,298 images/s", "3.2 tables per second"

_PER_SECOND = _Pattern(r"\s?/\s?s\b|\s+per\s+second\b")

#: Resources that measure a model's size: a bare number of them is a size, not a score.
_SIZE = _Pattern(r"FLOPs|parameters|params|model\s+size|compute", re.IGNORECASE)

_QUANT = (r"(?:up\s+to|as\s+much\s+as|as\s+many\s+as|about|around|approximately|approx\.?|"
          r"roughly|nearly|almost|over|more\s+than|less\s+than|at\s+least|at\s+most|an\s+average\s+of|on\s+average|"
          r"only|just|a\s+further|an\s+additional|another|~|≈|∼|as\s+little\s+as|"
          r"a\s+(?:\w+\s+)?margin\s+of)")
#: approximation signs, which may be glued to their number ("~3%")
_APPROX = "[~≈∼]"
#: a quantifier before a number, spaced ("about 3", "~ 3") or a sign glued to it ("~3")
_QUANTIFIER = rf"(?:{_QUANT}\s+|{_APPROX})"
_UP_VERB = (r"improv\w*|gain\w*|boost\w*|increas\w*|out-?perform\w*|surpass\w*|exceed\w*|beat\w*|"
            r"help(?:s|ed|ing)?(?!\s+(?:to\s+)?(?:reduc|lower|cut|decreas|improv|increas|boost|rais))|"
            r"rais\w*|lift\w*|advanc\w*|push\w*|accelerat\w*|speed\w*\s+up|sped\s+up|enhanc\w*|"
            r"outstrip\w*|ris(?:es|en|ing)|rose|grow(?:s|n|ing)?|grew|climb\w*|jump(?:s|ed|ing)?|soar\w*")
_DOWN_VERB = (r"reduc\w*|cut\w*|shrink\w*|shrunk|shorten\w*|sav\w*|compress\w*|lessen\w*|trim\w*|halv\w*|"
              r"slash\w*|narrow(?:s|ed|ing)?|clos(?:e|es|ed|ing)")
_EITHER_VERB = r"decreas\w*|lower\w*"  # direction depends on the metric
_DROP_VERB = r"drop\w*|declin\w*|degrad\w*|fall\w*|fell|hurt\w*|deteriorat\w*|worsen\w*|underperform\w*|lag\w*|trail\w*"

_VERB_BY = _Pattern(
    rf"\b(?:(?P<up>{_UP_VERB})|(?P<down>{_DOWN_VERB})|(?P<either>{_EITHER_VERB})"
    rf"|(?P<drop>{_DROP_VERB}))"
    rf"\b(?![-‐‑])[^;:]{{0,110}}?\b(?:by|up\s+to)\s+{_QUANTIFIER}?(?:(?:a\s+)?factor\s+of\s+{_QUANTIFIER}?"
    rf"|an?\s+(?:relative|absolute)\s+)?$",  # and "by a relative 15%"
    re.IGNORECASE)
_VERB_WORD = _Pattern(rf"\b(?:{_UP_VERB}|{_DOWN_VERB}|{_EITHER_VERB}|{_DROP_VERB})\b(?![-‐‑])", re.IGNORECASE)


def _verb_by(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """:data:`_VERB_BY` from the verb nearest ``endpos``: "for closed-ended questions,
    improving over the previous best by 3.5%" is a gain."""
    endpos = len(text) if endpos is None else endpos
    for verb in reversed(list(_VERB_WORD.finditer(text, pos, endpos))):
        found = _VERB_BY.match(text, verb.start(), endpos)
        if found:
            return found
    return None


def _verb_of_change(text: str, change: "_Number") -> re.Match | None:
    """The cue of the verb of a from-to change, for a gain coordinated after it ("improves the
    F1 of X from 83.5 to 85.9 ..., and the accuracy of Y by 1.3"): the verb nearest before the
    change in its clause, read as "<verb> by" for its direction."""
    verbs = list(_VERB_WORD.finditer(text, _clause_start(text, change.start, commas=False), change.start))
    return _VERB_BY.fullmatch(f"{verbs[-1].group(0)} by ") if verbs else None


_VERB_DIRECT = _Pattern(
    rf"\b(?:(?P<up>gain(?:s|ed|ing)?|add(?:s|ed|ing)?|regain\w*|recover\w*)|"
    rf"(?P<down>sav(?:es|ed|ing)|cut(?:s|ting)?|reduc(?:es|ed|ing)|shav(?:es|ed|ing))|"
    rf"(?P<drop>lose|loses|lost|losing|drop(?:s|ped|ping)?|costs|costing))\s+"  # "dropping X costs 1.6 points"
    rf"{_QUANTIFIER}?(?:an?\s+)?(?:(?:absolute|relative|additional|extra|further)\s+)?$",
    re.IGNORECASE)
_NOUN_OF = _Pattern(  # (no result verb between: "BM25 with query reduction reaches an R-Precision of 0.42")
    r"\b(?:(?P<up>improvements?|gains?|increases?|boosts?|margins?|leads?|lifts?|jumps?|"
    r"advantages?|speed-?ups?|accelerations?|uplifts?)|(?P<down>reductions?|savings?|cuts?)|"
    r"(?P<either>decreases?)|(?P<drop>drops?|declines?|degradations?|losses|"
    r"(?<=at\sa\s)cost|(?<=at\sthe\s)cost))"
    rf"\b(?:\s+(?!(?:reach|achiev|obtain|attain|yield|scor|record)\w*\b)[\w@-]+){{0,4}}?\s*"  # ("in HR@10 of")
    # ("gains are smaller but consistent, at 0.7 BLEU", "The largest improvement, 2.3 points, is on CEAFe")
    rf"(?:,\s+|,?\s(?:of|by|at|is|was|are|were|reaches|reached|amounts\s+to|averag(?:e|ed)|total(?:led)?|above|exceeding|"
    rf"range\s+from|ranging\s+from|shr[iau]nk\s+to|shrinks\s+to|grow\s+to|grows\s+to)\s+|\()"
    rf"{_QUANTIFIER}?$",
    re.IGNORECASE)  # "a gain of 2.1", "the PSNR gain reaches 0.42 dB", "the WER reduction is 19%", "gains above 10",
# "WER reductions range from 6-11%", "the gains shrink to 2-3 points"
_NOUN_AFTER = _Pattern(
    r"[\s-]*(?:(?:absolute|relative|average|overall|mean|points?|pts|pp|percentage|point|"
    r"percent|improved|in|performance|score|accuracy|dB)\s+)*"
    r"(?:(?P<up>improvements?|gains?|increases?|boosts?|higher|better|more|faster|speed-?ups?|"
    r"leads?|advantages?|lifts?|jumps?|accelerations?|uplifts?|(?:absolute|relative)\s+(?:over|above)|above|ahead)|"
    r"(?P<down>reductions?|fewer|less|smaller|cheaper|shorter|savings?|compression)|(?P<either>decreases?|lower)|"
    r"(?P<drop>drops?|declines?|degradations?|worse|slower|losses|below|behind))\b", re.IGNORECASE)
_SPEED_CUE = _Pattern(
    r"faster|speed|accelerat|throughput|efficien|fewer|less\b|smaller|reduc|compress|lower|\bcut|sav|decreas|"
    r"cheaper|improv|gain|higher|better|more\s+(?:\w+-)?(?:efficient|accurate|robust)|\bas\s+fast\s+as\b",
    re.IGNORECASE)

#: a rise right after a factor: "a 2.1x increase in distinct-2"
_RISE_AFTER = _Pattern(r"\s*(?:increases?|rises?|boosts?|jumps?|growth)\b", re.IGNORECASE)
#: a factor's noun after how it was measured: "2.7x end-to-end speedup", "3.1x wall-clock speed-up"
#: what a factor measures, after up to two words: "2.7x end-to-end speedup", "10x GPU memory reduction"
_FACTOR_NOUN_AFTER = _Pattern(r"\s+(?:[\w-]+\s+){0,2}(?:speed-?ups?|acceleration|throughput|reductions?|savings?)\b",
                              re.IGNORECASE)

#: Words allowed right after a result number; any other word makes it a count or a size.
_NEXT_OK = frozenset("""
points point pts pp percent percentage times fold higher lower better worse more less fewer
faster slower smaller larger cheaper shorter absolute relative improvement improvements gain
gains increase increases decrease decreases reduction reductions drop drops decline declines
speedup speed-up speedups boost boosts lift margin lead jump on in at across over than and or
below above behind ahead according despite although though yet thereby zero-shot few-shot one-shot
for with compared relative vs versus respectively while when which from to of by average
averaged overall mean top improved reported under without among against using after was were
is are has have had can could would will whereas but as at per thanks due because alone only
even correct correctly success accurate performance db ev mev fps ms mm cm px pixels nats
""".split())

#: lengths, a result only right after the metric they measure
_LENGTH_UNITS = frozenset({"m", "km", "meters", "metres"})
#: a physical unit after a value, then no noun it would qualify ("1.21 K," but not "500 hPa geopotential")
_PHYSICAL_UNIT = _Pattern(r"\s?(?:K|°C|°|Å|eV|meV|kcal/mol|kJ/mol|Hz|kHz|hPa|Pa|mm|cm|m²/s²|m2/s2|m/s|ppm)(?![\w/])"
                          r"(?=\s*(?:[,.;:)]|$|(?:and|or|on|for|in|at|compared|versus|vs|than|with|relative|against|while|"
                          r"which|lower|higher|better|worse|less|more|smaller|larger|below|above)\b))")
_IS_BEFORE = _Pattern(r"\b(?:is|was|are|were|of|reaches|reached|achieves|achieved)\s+(?:only\s+|just\s+|about\s+)?$|[=:]\s*$")
#: a measure kept in time or bytes, then one value of it, or both ends of its change, in
#: those units: "p99 latency from 1.84 s to 1.12 s", "the memory footprint from 140 GB to 38 GB"
_MEASURE_IN_UNITS = {
    "time": (_Pattern(r"latency|time|runtime|duration", re.IGNORECASE),
             _Pattern(r"\s?(?:ms|s|sec|seconds?|milliseconds?|minutes?|min|hours?|h)\b")),
    "bytes": (_Pattern(r"memory|footprint|VRAM|storage|disk|cache|size", re.IGNORECASE),
              _Pattern(r"\s?(?:[KMGT]i?B|kB|bytes)\b")),
    "energy": (_Pattern(r"energy|power", re.IGNORECASE), _Pattern(r"\s?(?:[kmµμ]?J|[kmM]?Wh|[km]?W)\b")),
}
_UNIT_VALUE_BEFORE = _Pattern(r"\s*(?:(?:falls|fell|drops|dropped|decreases|decreased|declines|declined|rises|rose|"
                              r"increases|increased|goes|went|shrinks|shrank|grows|grew)\s+)?"  # "falls from 412 µJ to 96 µJ"
                              r"(?:(?:from\s+)?\d[\d.,]*\s*[A-Za-z]{1,7}\s+)?(?:from|to|of|is|was|at|=|:)?\s*"
                              r"(?:only\s+|just\s+|about\s+|around\s+)?")


def _measured_in_units(s: _Sentence, n: _Number, text: str) -> bool:
    """Whether ``n`` is a value, in its units, of a time or memory measure just before it.

    >>> ok = _MEASURE_IN_UNITS["time"][1].match
    >>> bool(ok(" s to")), bool(ok(" GB"))
    (True, False)
    """
    for measure, unit in _MEASURE_IN_UNITS.values():
        if unit.match(text, n.end) and any(
                m.label == "METRIC" and m.end <= n.start and measure.search(text, m.start, m.end)
                and _UNIT_VALUE_BEFORE.fullmatch(text, m.end, n.start) for m in s.mentions):
            return True
    return False
_METRIC_TO_VALUE = _Pattern(r"\s*(?:\([^()]{1,20}\)\s*)?(?:of|to|is|was|at|=|:)?\s*(?:only\s+|just\s+|about\s+)?")

_PRE_REJECT = _Pattern(
    r"(?:\b(?:Table|Tables|Tab|Figure|Figures|Fig|Figs|Section|Sections|Sec|Sect|Eq|Eqs|Equation|"
    r"Appendix|App|Chapter|Ch|Algorithm|Alg|Theorem|Thm|Lemma|Corollary|Definition|Step|Stage|"
    r"Phase|Task|Subtask|Track|Level|Version|Ver|Rule|Part|Experiment|Exp|Setting|Round|Volume|"
    r"Vol|No|Nos|Page|pp|Line|Row|Column|Claim|Proposition|Prop|Example|Case|Problem|Question|"
    r"Subsection|Subsections|Paragraph|Lines|Listing|Remark|Assumption|Hypothesis|"
    r"top|rank|ranked|version|layer|layers|epoch|epochs|step|steps|iteration|seed|order|degree|"
    r"stage|phase|level|task|round)\.?\s*|[#=<>≤≥^_]\s*|(?:±|\+/-|\\pm|\+-)\s*)$")
_HYPER = _Pattern(
    r"\b(?:learning\s+rate|lr|temperature|threshold|dropout(?:\s+rate)?|weight\s+decay|momentum|"
    r"batch\s+size|beam\s+(?:size|width)|window(?:\s+size)?|context\s+(?:length|window|size)|"
    r"sequence\s+length|length|hidden\s+(?:size|dimension)|embedding\s+(?:size|dimension)|"
    r"dimension(?:ality)?|rank|depth|width|resolution|ratio|coefficient|exponent|slope|alpha|beta|gamma|lambda|"
    r"epsilon|sparsity|budget|p-value|momentum|probability|thresholds?|[αβγλετη])"
    r"\s*(?:of|is|was|to|at|=|:|"
    r"set\s+to|equal\s+to|from)?\s*(?:only\s+|just\s+|about\s+|around\s+)?$|"
    r"\b(?:set|fixed|chosen|initiali[sz]ed|tuned|capped|limited)\s+(?:to|at|as)\s*$", re.IGNORECASE,
    folded=True)
#: a result verb and the words of a quantity it reaches, before the quantity's last word
_REACHED_A = _Pattern(r"\b(?:achiev|reach|obtain|attain)\w*\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: a level set as a goal: "reaches the target accuracy of 60% in 2.3x fewer rounds"
_TARGET_BEFORE = _Pattern(r"\btarget\s+(?:[\w-]+\s+){0,2}?(?:of\s+|=\s*|:\s*)$", re.IGNORECASE)
#: the start of a change whose end follows: "reduces the FPR95 from 41.2% with ..."
_CHANGE_FROM = _Pattern(r"\bfrom\s+[-−]?\d[\d.,]*\s*(?:\\?%|points?)?(?=\s)[^,;:\d]{0,60}$", re.IGNORECASE)
_DATA_SHARE = _Pattern(
    r"^\s*(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+)?(?:(?:training|labeled|labelled|annotated|"
    r"unlabeled|unlabelled|available|original|full|total|parallel|in-domain|synthetic|model|"
    r"pre-?training|target|trainable|learnable|tunable|tuned|active|activated)\s+)*"
    r"(?:data|dataset|corpus|corpora|labels|annotations|parameters|params|"
    r"weights|compute|examples|samples|tokens|vocabulary|neurons|training\s+set|budget|layers|"
    r"heads|images|sentences|documents|pairs|instances)\b", re.IGNORECASE)
#: what an addition costs: "adding 5% inference overhead", "adds 3% latency"
_OVERHEAD_AFTER = _Pattern(r"\s+(?:[\w-]+\s+)?(?:(?:of|to)\s+(?:[\w-]+\s+)?)?(?:overhead|latency|cost|compute|memory|time)\b",
                           re.IGNORECASE)  # "adding 5% inference overhead", "adds 120 ms of latency", "adds 8% to inference time"
_DATA_PRE = _Pattern(r"\b(?:(?<!compared )with|using|use|uses|on|trained\s+on|fine-tuned\s+on|"
                       r"(?<!ranging )(?<!range )(?<!varying )from|at)\s+"
                       r"(?:only\s+|just\s+|a\s+mere\s+)?$", re.IGNORECASE)
#: Verbs that report a result ("achieves 88.5", "reduces WER to 5.1%"), in their inflected
#: forms only, so that nouns sharing a stem ("dropout", "reduction") do not count.
_RESULT_VERB = _Pattern(r"\b(?:" + "|".join(
    f"{stem}(?:{ends})" for stem, ends in (
        ("achiev", "es|ed|ing|e"), ("reach", "es|ed|ing|"), ("obtain", "s|ed|ing|"),
        ("attain", "s|ed|ing|"), ("scor", "es|ed|ing|e"), ("record", "s|ed|ing"),
        ("yield", "s|ed|ing|"), ("get", "s|ting|"), ("got", ""), ("report", "s|ed|ing|"),
        ("deliver", "s|ed|ing|"), ("produc", "es|ed|ing|e"), ("hit", "s|"), ("top", "s|ped"),
        ("rank", "s|ed|ing"), ("solv", "es|ed|ing|e"), ("pass", "es|ed|ing"),
        ("answer", "s|ed|ing"), ("retain", "s|ed|ing|"), ("recover", "s|ed|ing|"), ("keep", "s|ing|"), ("kept", ""),
        ("preserv", "es|ed|ing|e"), ("maintain", "s|ed|ing|"), ("match", "es|ed|ing|"),
        ("win", "s|ning|"), ("won", ""),
        ("perform", "s|ed|ing|"), ("result", "s|ed|ing"), ("set", "s|ting"),
        ("establish", "es|ed|ing|"), ("exhibit", "s|ed|ing|"), ("show", "s|ed|ing|n|"),
        ("demonstrat", "es|ed|ing|e"), ("lead", "s|ing|"), ("led", ""), ("giv", "es|en|ing|e"),
        ("gave", ""), ("provid", "es|ed|ing|e"), ("reduc", "es|ed|ing|e"),
        ("improv", "es|ed|ing|e"), ("increas", "es|ed|ing|e"), ("decreas", "es|ed|ing|e"),
        ("rais", "es|ed|ing|e"), ("lower", "s|ed|ing"), ("boost", "s|ed|ing|"),
        ("push", "es|ed|ing|"), ("rise", "s|"), ("rose", ""), ("drop", "s|ped|ping"),
        ("fall", "s|ing"), ("fell", ""), ("bring", "s|ing|"), ("brought", ""),
        ("observ", "es|ed|ing|e"), ("scores", ""), ("accomplish", "es|ed|ing|"),
    )) + r")\b", re.IGNORECASE)
#: An unknown all-caps measure right after a number ("4.1 MOS"), but not a unit of size.
_ACRONYM = _Pattern(
    r"\s?(?!(?:[KMGT]B|GPUs?|TPUs?|CPUs?|FLOPS|USD|EUR|CI|[BMKT]|[KMG][WJV]|H2|O2|N2|CO2?|NO2?|CH4|NH3|SO2)\b)"
    r"([A-Z][A-Z0-9@-]{1,7})\b")  # nor a physical unit ("59.0 MW") or a gas ("5% H2/Ar")
#: "compared to 85.2 for BERT": the baseline's number, skipped to reach its name.
_QUANTITY_OF = _Pattern(
    r"\s*(?:\d[\d,]*\.\d+|[\d.,]+\s*\\?%)\s*(?:[\w-]+\s+)?(?:for|of|by|from)\s+(?:the\s+)?"
    r"|\s*[\d.,]+\s+(?:for|of|by|from)\s+(?:the\s+)?"
    # "comparable to a MOS of 4.58 for recorded speech"
    r"|\s*(?:an?\s+|the\s+)?[\w@-]+(?:\s+[\w@-]+)?\s+of\s+[\d.,]*\d\s*\\?%?\s+(?:for|by|from)\s+(?:the\s+)?")
_COORDINATED = _Pattern(
    r"\s*(?:\\?%|points?)?\s*(?:[A-Za-z][\w@-]*(?:/[A-Za-z][\w@-]*)?\s*)?(?P<sep>,\s*and|,|and|/|or|&)\s*(?:by\s+|from\s+)?"
    + _APPROX + "?",
    re.IGNORECASE)
_UNIT_AFTER = _Pattern(
    r"\s+(?:absolute|relative|average)\s+(percentage\s+points?|points?|pp|percent|%)\b",
    re.IGNORECASE)
#: "97% of the teacher's accuracy", "45% of the problems": a share that is itself a result.
_SHARE_OUTCOME = _Pattern(
    r"\s+of\s+(?:[\w'-]+\s+){0,4}?(?:performance|accuracy|quality|capabilit\w*|scores?|gains?|"
    r"improvements?|(?:error\s+)?reductions?|gap|cases|problems|questions|tasks|queries|instances|test\s+cases|"
    r"benchmarks?|comparisons|the\s+time|trials)\b", re.IGNORECASE)
#: a share of a system's outputs that pass a check: "62.1% of DeType's outputs recompile", "41% of the
#: generated programs are correct"
_SHARE_SUCCEEDING = _Pattern(
    r"\s+of\s+(?:[\w'-]+\s+){0,4}?(?:outputs|predictions|answers|generations|responses|programs|patches|solutions|"
    r"proofs|translations|summaries|functions|samples)\s+(?:\w+ly\s+)?(?:(?:re)?compil|pass|succe|solv|execut|"
    r"(?:are|were)\s+(?:\w+ly\s+)?(?:correct|valid|accepted|compilable|executable|faithful))", re.IGNORECASE)
#: from a gain over a rival to the next gain in another measure: " over CARE-GNN, and recall by "
_OVER_RIVAL_AND_BY = _Pattern(r"\s*(?:\\?%|points?)?\s*(?:over|compared\s+(?:with|to)|relative\s+to)\s+[^,;()]{1,40}?,?"
                              r"\s+and\s+(?:(?:in|on)\s+)?(?:[\w@-]+\s+){1,4}by\s+" + _QUANTIFIER + "?", re.IGNORECASE)
#: whose outputs a share is of: "62.1% of DeType's outputs"
_OUTPUTS_OF = _Pattern(r"\s+of\s+(?:the\s+)?(?P<name>\S+?)(?:'s|’s)\s", re.IGNORECASE)
#: a preference, whose share of comparisons is a win rate: "judges prefer X over Y 71% of the time"
_PREFERRED = _Pattern(r"\bpreferr?(?:s|ed|ing)?\b|\b(?:rated|judged)\s+(?:as\s+)?(?:more|better|higher)\b", re.IGNORECASE)
_SOLVED = _Pattern(r"\b(?:solv|pass|answer|resolv|fix|correct|classif|detect|win|won|refus|reject|block|verif|complet|travers|"
                  r"succe|truthful|accurate|judg|rated|prefer)\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# (and "truthful on 58% of questions"; raters' verdicts: "judged 68% of its summaries faithful")
#: a rank reached with a score: "Qwen-72B performs best with 61.3%" (not "works best with 15% masking")
_RANKED_WITH = _Pattern(r"\b(?:perform(?:s|ed)?|does|did|rank(?:s|ed)?|score(?:s|d)?|finish(?:es|ed)|comes?|came)\s+"
                        r"(?:the\s+)?(?:best|highest|first|second|third|top)\s+with\s+$", re.IGNORECASE)
#: a place in a ranking reached with a score: "(ranked) 1st on the unseen languages with 0.497"
_PLACED_WITH = _Pattern(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third)\b[^,;.]{0,60}?\bwith\s+(?:an?\s+\w+\s+of\s+)?$",
                        re.IGNORECASE)
#: the same as a finite verb, whose share of instances is an outcome: "solves 99.2% of the instances"
_SOLVES = _Pattern(r"\b(?:(?:solv|resolv|refus)(?:es|ed)|(?:answer|detect|reject|block)(?:s|ed)|(?:fix|pass)(?:es|ed)|"
                   r"(?:classifi|verifi)(?:es|ed)|complet(?:es|ed)|succeed(?:s|ed)|correctly\s+\w+)\s+(?:\w+\s+){0,2}$",
                   re.IGNORECASE)
#: a noun right after a share a verb of change cuts or adds: "(saving 75%) training memory"
_OWN_NOUN_AFTER = _Pattern(r"\s+(?!(?:of|in|on|at|for|over|than|compared|relative|and|or|with|while|to|from|by|across|"
                           r"points?|absolute|relative|fewer|less|more|lower|higher|better|worse|faster|slower)\b)"
                           r"[a-z][\w-]*", re.IGNORECASE)
#: things counted whose number a change is of: "(a 21% reduction in) factual errors"
_COUNTED_FAILURES = _Pattern(r"(?:[a-z-]+\s+){0,2}(?:errors|mistakes|hallucinations|failures|violations|crashes|"
                             r"collisions|false\s+alarms)\b", re.IGNORECASE)
_POINTS_AFTER = _Pattern(r"\s*(?:points?|pts|pp)\b", re.IGNORECASE)
_IN_METRIC = _Pattern(  # (not what was kept: "by 2.1x with no loss in accuracy")
    r"\s*(?:(?!(?:no|without|little|negligible|minimal|marginal|while|but|and|or)\b)[\w-]+\s+){0,3}?(?:in|on|of)\s+"
    r"(?:terms\s+of\s+)?(?:the\s+|both\s+)?", re.IGNORECASE)
#: Between coordinated metrics after "in terms of": one claim per metric.
_METRIC_LINK = _Pattern(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|/\s*)", re.IGNORECASE)
_COUNT_WORDS = _Pattern(r"^\s*(?:billion|million|thousand|hundred|trillion|[BMKkTG]\b)")

#: Marks a number as somebody else's result (the baseline's), not the claim.
_BASELINE_CLAUSE = _Pattern(
    r"\b(?:(?:previous|prior|former|earlier|current)\s+(?:best|state[- ]of[- ]the[- ]art|sota|"
    r"record|results?|methods?|models?|systems?)|compared\s+(?:to|with)|versus|vs\.?|"
    r"(?:comparable|similar)\s+to|on\s+par\s+with|close\s+to\s+(?:the|that\s+of|those\s+of)\s|"
    r"baselines?(?:'s?)?(?:\s+[\w-]+){0,3}\s+(?:of|at|is|was|with|:)|baselines?(?:\s+[\w-]+){0,2}'s?\s*$|"
    # an unnamed baseline's level: "where the baseline drops to 12.0%" (not "the Transformer baseline achieves
    # only 41.8", nor "outperforms the baseline achieving 4.5")
    r"\b(?:the|a|our|this)\s+(?-i:[a-z][\w-]*\s+)?baselines?\s+(?:only\s+)?(?:drops|dropped|falls|fell|degrades|"
    r"degraded|reaches|reached|achieves|achieved|obtains|obtained|gets|got|scores|scored)\s|"
    r"(?:second|third|next)[\s-](?:ranked|best|placed)\s+(?:[\w-]+\s+)?(?:entry|entries|system|team|model|method|"
    r"submission|approach|participant)s?\b|runners?-up|"  # "while the second-ranked entry obtains 0.76"
    r"(?:than|against)\s+(?:the\s+|a\s+)?[A-Za-z])", re.IGNORECASE)
#: A second verb of the same subject, which starts what its number belongs to
_AND_RESULT_VERB = _Pattern(r"\band\s+(?:\w+ly\s+)?(?:achiev|obtain|reach|attain|set|establish|yield|"
                            r"deliver|record)\w*\b", re.IGNORECASE)
#: Before a number: it is the human reference's ("reaches human-level performance (72.6 ...").
_HUMAN_REFERENCE = _Pattern(
    r"\bhuman(?:[\s-]level)?\s+(?:performance|parity|accuracy|scores?|results?)\s*\([^()]*$"
    r"|(?:^|[,;(]|\bwhile|\bwhereas|\bbut|\band)\s*(?:the\s+)?(?:humans|(?:human|expert)\s+(?:experts|annotators|raters"
    r"|participants|subjects)|people|crowd-?workers|ground[\s-]truth(?:\s+\w+)?|(?:an?\s+)?oracle(?:\s+\w+)?"
    r"|(?:unquantized|full[\s-]precision|uncompressed|unpruned|FP16|BF16)\s+(?:model|baseline|network|teacher)s?)"
    r"(?:\s+(?:who|that)\s[^,;()]{1,60}?)?"  # "Human annotators who watched the full videos answer 92.5%"
    r"\s+(?:\w+\s+){0,2}$",  # "while humans solve 97%", "while ground-truth recordings score 4.52"
    re.IGNORECASE)
#: After a number (and its metric): it belongs to what was beaten ("56.7 F1 of the previous best").
#: a score set against a target written right after it: "92.4% against GPT-4o"
_PARALLEL_AGAINST = _Pattern(r"\s*(?:\\?%|points?)?\s+(?P<word>against|on|for|with)\s+", re.IGNORECASE)
#: a share of judged cases: "preferred to those of a supervised baseline in 70% of cases" is a win rate
#: over the baseline, not the baseline's number
_SHARE_OF_CASES = _Pattern(r"\s*(?:\\?%|percent)?\s+of\s+(?:the\s+)?(?:cases|time|comparisons|pairs|judgments|judgements)\b",
                           re.IGNORECASE)
_BASELINE_AFTER = _Pattern(
    r"\s+(?:of|by|for)\s+(?:the\s+)?(?:previous|prior|former|earlier|existing)\s+(?:best|"
    r"state[- ]of[- ]the[- ]art|sota|record|results?|methods?|models?|systems?|approach\w*)\b",
    re.IGNORECASE)
_BASELINE_CUE = _Pattern(
    r"\b(?:(?<!averaged )(?:(?<!average )|(?<=on average ))(?<!aggregated )over|than|compared\s+(?:with|to)|relative\s+to|against|vs\.?|versus|upon|"
    r"in\s+comparison\s+(?:to|with)|with\s+respect\s+to|"
    r"(?:(?<=points\s)|(?<=%\s)|(?<=dB\s)|(?<=\d\s))(?:below|above|behind|ahead\s+of)|"  # "0.16 dB above EDSR"
    r"(?<=improving\s)on|(?<=improves\s)on|(?<=improved\s)on|(?<=improve\s)on|"
    r"as\s+(?:fast|good|accurate|efficient|strong|effective|small|cheap)\s+as)\s+",  # "1.7x as fast as X" (not "as well as")
    re.IGNORECASE)
_RESULT_NOUN = r"(?:performance|accuracy|results?|quality|scores?)"
_RESULT_OF = _Pattern(r"(?:the\s+|that\s+|those\s+)?" + _RESULT_NOUN + r"\s+of\s+", re.IGNORECASE)
_A_STATE_OF_THE_ART = _Pattern(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?state[- ]of[- ]the[- ]art"
                               r"(?=\s*(?:[,.;:)]|$)|\s+(?:by|on|in|with|while|and|across|at|for|when|among)\b)",
                               re.IGNORECASE)  # (the noun: not "state-of-the-art embedding models")
_SUCH_AS = _Pattern(r"\s*,?\s*(?:such\s+as|like|including|e\.g\.,?|i\.e\.,?)\s+", re.IGNORECASE)
_DETERMINERS = frozenset("the this these that those our its their it we such each both a an "
                         "all".split())
#: Sentence adverbials before a subject ("However, ", "In addition, ", "Specifically, ").
_OPENER = _Pattern(r"\s*(?:[A-Z]?[\w-]+(?:\s+[\w.-]+){0,6},\s+)+")
#: the words that set a rival against what follows them
_COMPARED_WITH = r"compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus"
_LEADING_BASELINE = _Pattern(
    rf"\W*(?:\w+,\s+)?(?:{_COMPARED_WITH}|unlike|over|against|vs\.?)\s+(?:the\s+)?", re.IGNORECASE)
_OBJECT_VERBS = (r"\b(?:out-?perform\w*|surpass\w*|exceed\w*|beat\w*|outstrip\w*|match\w*|rival\w*|"
                 r"underperform\w*|lag\w*\s+behind|trail\w*)\s+")
_OBJECT_VERB = _Pattern(_OBJECT_VERBS, re.IGNORECASE)
#: a coordinated predicate that beats a rival of its own (also after its place: "..., and on the
#: Nucleotide Transformer tasks it matches or exceeds NT-2.5B")
_SECOND_PREDICATE = _Pattern(r"(?:,\s+|\s+(?=and\s))(?:and|while|but)\s+(?:(?:on|in|for)\s+[^,;\d]{1,60}?\s+"
                             r"(?=it\s|they\s|its\s|their\s))?"  # (and "..., and for pneumonia its F1 score exceeds")
                             r"(?:(?:it|they|this|our\s+[\w-]+|(?:its|their)(?:\s+[\w@-]+){1,2}?)\s+)?(?:\w+ly\s+)?"
                             r"(?=" + _OBJECT_VERBS + ")", re.IGNORECASE)

#: the end of a list of results, before a clause of its own: "by 2.9, 0.9 and 3.1 points respectively, and
#: generates answers that ... than BART"
_RESPECTIVELY_AND = _Pattern(r"\brespectively\s*(?=,?\s*and\s|;)", re.IGNORECASE)

#: Qualitative comparison cues. Folded (see ``_Pattern``): written in lowercase, and the
#: text of a match may be lowercased.
_COMPARE = _Pattern(r"""\b(?:
    (?P<verb>(?:out-?perform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?|
       outstrip\w*|outperformance)(?![\w-]))  # (a whole word: not "beatmae" nor "beat-aligned")
  | (?P<rel>(?:highly\s+|very\s+|fully\s+|quite\s+|remarkably\s+|strongly\s+|performance\s+)?
       (?:(?:competitive|competitively|comparable|comparably)\s+(?:[\w-]+\s+)?|on[\s-]par\s+|at\s+par\s+|
       in\s+line\s+|compar\w+\s+favou?rably\s+|compet(?:e|es|ed|ing)\s+(?:favou?rably\s+)?)
       (?:with|to)|(?:statistically\s+)?indistinguishable\s+from)
  | (?P<match>match(?:es|ed|ing)?\s+(?:or\s+(?:\w+ly\s+)?(?:exceed|surpass|outperform|beat|improv)\w*\s+)?
       (?:the\s+)?(?:[\w-]+\s+){0,2}?(?:performance|accuracy|results|quality|scores?|loss|perplexity)\s+of\s+
       |match(?:es|ed|ing)?\s+(?:the\s+)?(?:best|previous\s+best|state-of-the-art)\s+(?:[\w-]+\s+){0,2}?
       (?:results?|performance|accuracy|scores?)\b
       |rival(?:s|ed|ing|ling)\s+
       |approach(?:es|ed)\s+(?:the\s+(?:[\w-]+\s+)?(?:performance|accuracy|quality|results?)\s+of\s+
       |that\s+of\s+|those\s+of\s+))
  | (?P<matchname>match(?:es|ed|ing)\s+)
  | (?P<rank>rank(?:s|ed|ing)?\s+(?:(?!the\b)\w+\s+)?(?:1\s?st|2\s?nd|3\s?rd|first|second|third|top|
       highest(?!\s+by\b))\b|(?:1\s?st|2\s?nd|first|second|top)\s+place\b|achiev\w*\s+(?:the\s+)?(?:1\s?st|2\s?nd|3\s?rd)\b
       |superiority\s+of\b)
  | (?P<behind>lag(?:s|ged|ging)?\s+(?:far\s+|well\s+|significantly\s+|considerably\s+)?behind\s+
       |(?:remains?|remained|falls?|fell|stays?)\s+(?:well\s+|far\s+|further\s+|slightly\s+|clearly\s+)?behind\s+
       |trail(?:s|ed)\s+|trailing\s+(?=[^.;]{1,60}?\bby\b)
       |underperform(?:s|ed|ing)?\s+(?!(?:when|on|in|at|with|for|by|if|under|across|and|or|compared|relative)\b)
       |f[ae]ll(?:s|ing)?\s+(?:far\s+|well\s+)?short\s+of\s+)
  | (?P<better>superior\s+to\s+|preferable\s+to\s+|
       (?<!we\s)(?:preferred|favou?red)\s+(?:[\w'’-]+\s+){0,4}?(?:over|to(?!\s+(?:use|be|have|make|do|work|read|see|choose|rely|keep)\b))\s+|
       (?:lower|fewer)\s+(?:(?!in\s)[\w-]+\s+){1,5}?than\s+|
       smaller\s+(?:[\w-]+\s+){0,2}?(?:drops?|degradation|decreases?|declines?|losses|loss|gaps?)\s+
          (?:[\w-]+\s+){0,4}?than\s+|
       (?:better|worse|superior|stronger|higher|faster|slower|more\s+(?:\w+ly\s+)?(?:accurate|robust|valuable|
       cleanly|faithfully|precise|precisely|strongly|efficient|effective|faithful|stable|reliable|consistent|fluent|
       coherent|powerful|scalable|
       expressive|interpretable|sample-efficient|data-efficient|efficiently|effectively|plausible|informative|
       diverse|natural|engaging|helpful|relevant|concise|readable|human-like|reliably|accurately|gracefully|
       practical|useful|factual|correct|convincing|persuasive))
       (?:\s+(?:and|or)\s+more\s+[\w-]+)?\s+(?:[\w-]+\s+){0,5}?than\s+
       |(?:smoother|sharper|sparser|cleaner|tighter|safer|cheaper|lighter|better\s+correlated|less\s+(?:sensitive|prone|
       affected|accurate|robust|stable|memory|compute|computation|time))\s+(?:[\w-]+\s+){0,5}?than\s+
       |(?:more|higher|better|lower|fewer|less)\s+(?!than\b)[^.;:()]{0,160}?,\s+(?:and\s+)?
       (?:more|higher|better|lower|fewer|less)\s+(?!than\b)[^.;:(),]{0,60}?\bthan\s+)
  | (?P<finding>(?:narrow|clos|shrink|halv)(?:s|es|e|ed|ing)?\s+(?:but\s+(?:does|do|did)\s+not\s+(?:fully\s+)?close\s+)?
       (?:much\s+of\s+|most\s+of\s+|half\s+of\s+|part\s+of\s+)?(?:the|its|this|their)\s+(?:[\w-]+\s+){0,2}?gaps?\b
       |(?:does|do|did)\s+not\s+(?:fully\s+)?close\s+(?:the|its|this|their)\s+(?:[\w-]+\s+){0,2}?gaps?\b
       |(?:gains?|improvements?|benefits?|advantages?|trends?|speed-?ups?)\s+(?:(?:is|are|was|were|remains?)\s+(?:also\s+)?
          (?:\w+ly\s+)?(?:largest|greatest|strongest|biggest|smallest|smaller|larger|consistent|stable|robust|observed|
          seen|(?:most\s+|more\s+)?pronounced|evident|concentrated)\b
          |(?:also\s+)?(?:holds?|held|appears?|occurs?|persists?|carry\s+over|carries\s+over|diminish(?:es)?|shrinks?|
          grows?|widens?|comes?\s+from|stems?\s+from|transfers?|generali[sz]es?)\b)
       |(?:helps?|helped|hurts?|benefit(?:s|ed|ted)?)\s+(?:most|least|less|more|little|all\s|(?:the\s+)?(?:performance|
          accuracy|recall|precision|results)\b|(?:for|on)\s+(?!example|instance))
       |(?:degrad|hurt|harm)\w*\s+(?:the\s+)?(?:far\s+|much\s+)?(?:performance|accuracy|results|less|more|sharply|
          substantially|significantly|gracefully)\b
       |(?<!has\s)(?<!have\s)(?<!had\s)prov(?:es?|ed|en)\s+(?:\w+ly\s+)?(?:more\s+)?(?:helpful|beneficial|harmful|
          essential|useful|important|effective|robust|valuable|crucial)\b
       |(?<!it\s)(?:is|are|was|were)\s+(?:also\s+)?(?:\w+ly\s+)?(?:most\s+|more\s+)?(?:helpful|beneficial)\b
          (?!\s+to\s)
       |(?:remains?|remained|stays?|stayed)\s+(?:\w+ly\s+)?robust\b
       |(?:is|are|was|were)\s+(?:also\s+)?(?:\w+ly\s+)?more\s+robust\b
       |(?:adds?|added|incurs?|incurred|introduces?|introduced)\s+(?:only\s+)?(?:negligible|minimal|little|marginal)\s+
          (?:[\w-]+\s+)?(?:overhead|cost|latency|computation)
       |(?:almost|nearly|just|equally|about)\s+as\s+(?:well|good|fast|accurate|effective|strong|efficient|robust)\s+as\b
       |perform\w*\s+(?:on\s+par|similarly|comparably|equally\s+well)\b(?!\s+(?:with|to)\b)
       |(?:is|are|was|were)\s+(?:\w+ly\s+)?comparable\s+across\b
       |(?:has|have|had)\s+no\s+(?:(?:measurable|significant|noticeable|clear|consistent)\s+)?effect\b
       |(?:remains?|remained|stays?|stayed)\s+(?:\w+ly\s+)?(?:more|less)\s+(?:accurate|robust|efficient|stable|
          sample-efficient)\b
       |improv(?:es|ed)\s+(?:[\w-]+\s+){0,3}?more\s+than\b
       |(?:brings?|brought|offers?|offered|yields?|yielded|gives?|gave|shows?|showed|provides?|provided)\s+(?:no|little)\s+
          (?:(?:measurable|significant|consistent|clear|additional|further|real)\s+)?
          (?:benefit|advantage|improvement|gain)s?\b
       |(?:gains?|improvements?|differences?|benefits?|effects?)\s+(?:[\w-]+\s+){0,4}?(?:is|are|was|were|remain|remains)\s+
          (?:\w+ly\s+)?(?:negligible|mixed|not\s+(?:statistically\s+)?significant)\b
       |(?:advantage|gain|benefit|improvement|gap)s?\s+(?:largely\s+|almost\s+|entirely\s+)?(?:disappears?|vanish(?:es)?)\b
       |(?:is|are|were|was|remains?)\s+statistically\s+indistinguishable\b(?!\s+from\b)
       |(?:is|are)\s+(?:also\s+)?(?:largely\s+|fully\s+)?complementary\s+to\b(?!\s+(?:each\s+other|one\s+another))
       |perform(?:s|ed)?\s+poorly\b
       |(?:hallucinat|forget|drift|overfit)\w*\s+(?:far\s+|much\s+|substantially\s+|significantly\s+)?less\s+
          (?:often\s+|frequently\s+)?than\b  # "hallucinates less than its teacher"
       |(?:listeners|raters|judges|annotators|participants|users|evaluators|clinicians|experts)\s+
          (?:also\s+|consistently\s+|clearly\s+)?(?:preferred|favou?red)\b(?!\s+to\s+[a-z]+\b(?!'s))
          # ("participants preferred its videos"; not "preferred to use")
       |transfer(?:s|red)?\s+(?:well\s+|directly\s+|zero-shot\s+)?(?:to|across)\s[^.;]{0,80}?\bwithout\s+(?:any\s+)?
          (?:re-?training|fine-?tuning|adaptation)
       |(?<!that\s)(?<!which\s)(?:generali[sz]es|transfers|(?<=also\s)(?:generali[sz]e|transfer)|carr(?:ies|ied)\s+over)
          \s+(?:well\s+|robustly\s+|effectively\s+|directly\s+|zero-shot\s+)?(?:to|across)\s
       |remain(?:s|ed|ing)?\s+(?:\w+ly\s+)?effective\b
       |(?<!that\s)(?<!which\s)preserv(?:es|ed)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:performance|accuracy|quality|capabilit(?:y|ies))\b
       |(?:does|do|did)\s+not\s+(?:\w+ly\s+)?(?:hurt|harm|degrade|reduce|sacrifice)\s+(?:the\s+)?(?:[\w-]+\s+)?
          (?:performance|accuracy|quality)\b
       |(?:is|are|was|were|remains?)\s+(?:\w+ly\s+)?robust\s+(?:across|to\s+the\s+choice)\b
       |(?:far\s+|substantially\s+|significantly\s+|markedly\s+|considerably\s+)?fewer\s+(?:[\w-]+\s+){0,2}?
          (?:errors|mistakes|contradictions|hallucinations|failures|collisions|violations|artifacts|artefacts)\b)
  | (?P<kept>(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:(?:essentially|largely|virtually|statistically|
       almost|nearly|fully|well|mostly|also)\s+)?(?:unchanged|preserved|maintained|retained|intact|unaffected|unharmed)\b
       |leav(?:es|ing)\s+(?:[\w-]+\s+){1,8}?(?:(?:essentially|largely|virtually|statistically|almost|nearly|mostly)\s+)?
       (?:unchanged|intact|unaffected|unharmed)\b)
  | (?P<gain>(?:improvements?|gains?|advantages?|advances|advancements)\s+(?:over|upon|against|
       compared\s+(?:to|with))\s+)
  | (?P<adv>(?:significantly|consistently|substantially|greatly|considerably|dramatically|markedly|
       notably|remarkably|largely|clearly|drastically|vastly|strongly|further)\s+
       (?:(?:improv|boost|enhanc|outperform|reduc|increas|accelerat|surpass|benefit)\w*|
       (?:lower|higher|better|fewer|less|faster|stronger|smaller)\b))
  | (?P<impq>(?:(?:improv|boost|enhanc)(?:es|ed)|(?<=[a-z]s\s)(?<!helps\s)(?<!aims\s)(?<!thus\s)(?:improve|boost|enhance))
       \s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:performance|
       accuracy|results|robustness|generali[sz]ation|quality|efficiency|f1|bleu|recall|precision)\b
       |(?:improv|boost|enhanc)(?:es|ed)\s+(?:the\s+|its\s+)?(?:(?!(?:to|through|of|for|with|by|in|on)\s)[\w-]+\s+)?
       (?:factuality|faithfulness|calibration|fairness|coherence|fluency|diversity|safety)\b
)
  | (?P<cut>(?:reduc|decreas|mitigat|alleviat|lower)(?:e?s|ed)\s+(?:the\s+|its\s+)?
       (?:(?!(?:to|through|of|for|with|by|in|on)\s)
       [\w-]+\s+)?(?:hallucinations?|errors|error\s+rates?|bias(?:es)?|toxicity|forgetting|overfitting|variance|perplexity|
       over-refusal|latency)\b
       |halv(?:es|ed|ing)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:error\s+rates?|errors?|wer|cer|latency|
       memory|cost|hallucinations?)\b)
  | (?P<over>(?:improv|boost|enhanc)(?:es|ed|ing|e)\s+(?:\w+ly\s+)?(?:over|upon)\s+)
  | (?P<effect>(?:show|demonstrat|verif|confirm|prov|validat|illustrat|reveal)\w*\s+(?:the\s+)?
       (?:effectiveness|efficacy|usefulness|merits?|benefits?)\s+of\s+
       |(?:is|are|was|were)\s+(?:particularly\s+|highly\s+|very\s+|especially\s+|quite\s+)?effective\b)
  | (?P<yield>(?:yield|lead|bring|brought|give|gave|deliver|achiev|obtain|show|demonstrat|provid
       |produc|attain|result|offer|exhibit|report|observ|has|have)\w*\s+(?:to\s+|in\s+)?(?:\w+\s+)?
       (?:significant|consistent|substantial|large|larger|greater|considerable|notable|clear|strong
       |competitive|comparable|superior|better|improved|higher|impressive|remarkable|promising
       |favorable|favourable|encouraging|excellent|great|state-of-the-art|top-tier|outstanding
       |exceptional|leading|further|additional)\s+(?:[\w-]+\s+){0,2}?
       (?:improvements?|gains?|performance|results|accuracy|speed-?ups?|reductions?|robustness
       |generali[sz]ation|efficiency|advances|advancements|scores?|quality)
       (?!\s+(?:degradation|drops?|loss|losses|declines?|decreases?|reductions?|deterioration
       |gaps?)))
)""", _FLAGS, folded=True)
_GOAL = _Pattern(
    r"(?:(?<!able )(?<!shown )(?<!found )(?<!proven )(?<!proved )(?<!observed )(?<!seen )"
    r"(?<!fails )(?<!failed )(?<!fail )"
    r"(?<!known )(?<!reported )(?<!demonstrated )(?<!likely )(?<!tends )(?<!tend )(?<!tended )"
    r"(?<!manages )(?<!managed )\bto(?:\s+(?!be\b)[a-z]+)?|"
    r"\bfor|\bnot|\bnever|\bcannot|"
    r"\bcan't|\bwhether|\bhow|\bif|\bwhich\s+can|\bmay|\bmight|\bwill|\bwould)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE, folded=True)
#: "we hypothesize that it can outperform ...": expected, not observed
_HYPOTHESIS = _Pattern(r"\b(?:(?:hypothesi[sz]\w*|conjectur\w*|speculat\w*|expect(?:s|ed)?|believe[sd]?)\s+"
                       r"(?:that\b|it\b)|expect(?:s|ed)?\s+to\b|we\s+expect\b)", re.IGNORECASE)
_JUDGED_TO = _Pattern(r"\b(?:judged|rated|found|considered|perceived)\s+(?:[\w'-]+\s+){1,4}?to\s+[a-z]+\s+$", re.IGNORECASE)
_FIRST_TO = _Pattern(r"\b(?:first|only)\s+(?:[\w-]+\s+){0,4}to\s+$", re.IGNORECASE)
#: A purpose clause ("To improve recall, we ...") states a goal, not an outcome.
_PURPOSE = _Pattern(r"^\W*(?:however,?\s+|thus,?\s+|therefore,?\s+)?(?:in\s+order\s+to|to(?!\s+(?:the\s+best\s+of\s+)?"
                      r"(?:our|my)\s+knowledge)|"
                      r"aiming\s+to|so\s+as\s+to)\s", re.IGNORECASE)
_SOTA_NOUN = r"(?:state[\s-]of[\s-]the[\s-]art|sota)"
#: After "state of the art" used as a claim: a results noun, a preposition or the clause end
#: (not "state-of-the-art methods", which names baselines).
_SOTA_TAIL = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|for|across|among|at|by|with|while|and|when|using|"
              r"without|under|as|to|results?|performances?|accurac\w*|scores?|numbers|status|levels?|"
              r"quality|f1|bleu|perplexit\w*|error\s+rates?|"
              r"(?:[\w-]+\s+){1,3}(?:results?|performances?|accurac\w*|scores?|perplexit\w*|error\s+rates?|errors?|"
              r"rank))\b)")
#: State-of-the-art claims. Folded like ``_COMPARE``: the baseline phrase is read from the
#: sentence by the match's span.
_SOTA = _Pattern(rf"""
    (?P<new>\b(?:new|novel)\s+(?:[\w-]+\s+)?(?:{_SOTA_NOUN}s?|records?|best\s+results?)\b
       |\bnew\s+best(?![\w-])\s+(?!practices?\b))  # "sets a new best overall accuracy of 85.9%"
  | (?P<verb>\b(?P<v>achiev|set|establish|obtain|reach|attain|yield|deliver|produc|report|push|
       advanc|represent|giv|lead|result|demonstrat|show|becom|rank|improv\w*(?:\s+(?:on|upon|over))?|
       out-?perform|surpass|exceed|beat|is|are|be|with|perform|provid)\w*\s+(?:or\s+[a-z]+\s+)?
       (?:(?:the|a|current|previous|prior|overall|best|consistently|significantly|remarkable|strong|
       new|highly)\s+){{0,3}}(?:[a-z]+(?:ive|al|ic)\s+|[a-z]+-[a-z]+\s+)?{_SOTA_NOUN}{_SOTA_TAIL})
  | (?P<beat>\b(?P<bv>out-?perform|surpass|exceed|beat|improv\w*\s+(?:on|upon|over)|
       (?:over|than|improv\w*)(?=\s+(?:the\s+)?(?:previous|prior|former)\s+best))\w*\s+
       (?:(?:the|all|previous|prior|current|existing|published)\s+){{0,3}}
       (?:{_SOTA_NOUN}\s+(?:models?|methods?|systems?|approach\w*|baselines?|works?|results?)
       |(?:previous|prior|former)\s+best)\b
       |\b(?:out-?perform|surpass|exceed|beat)\w*\s+all\s+(?:previously\s+)?(?:published|existing|prior|previous)\s+
       (?:[\w-]+\s+){{0,2}}?(?:models|methods|systems|approaches|works)\b)
  | (?P<best>\b(?:scor|rank|perform)\w*\s+(?:the\s+)?(?:highest|best)\b(?!\s+(?:among|of)\s+(?:the\s+)?baselines|\s+by\b)
       |\b(?:best|highest|top)\s+(?:[\w-]+\s+)?(?:reported|published|known|results?|
       performance|scores?|accuracy)\s+(?:to\s+date|so\s+far|ever|reported|in\s+the\s+literature)\b
       |\b(?:the\s+)?(?:best|highest)\s+(?:reported|published|known)\s+(?:results?|performance|
       scores?|accurac\w*)\b
       |\b(?:achiev|obtain|attain|reach|yield)\w*\s+(?:the\s+)?(?:best|highest)\s+(?:[\w-]+\s+)?
       (?:results?|performance|scores?|accurac\w*)\b
       |\b(?:achiev|obtain|attain|reach|yield)\w*\s+the\s+(?:best|highest|lowest)\s+(?:[\w@-]+\s+){{1,3}}?
       (?:on|across|among|in\s+(?:most|all|every|each))\s)
  | (?P<rank>\b(?:ranks?|ranked|ranking|placed?|placing|comes?|came|finish\w*)\s+
       (?:first|1st|top|\#1)\b
       |\b(?:win|wins|won|winning|take|takes|took|secur\w*|earn\w*|achiev\w*|obtain\w*)\s+
       (?:the\s+)?(?:first|1st)\s+place\b|\btop\s+of\s+the\s+(?:\w+\s+)?leaderboard)
  | (?P<attr>\ban?\s+(?:new\s+)?state[-\s]of[-\s]the[-\s]art\s+(?:[\w@-]+\s+){{1,3}}?(?:of|at)\s+(?=\d)
       |\b(?:achiev|obtain|reach|attain|set)\w*\s+(?:a\s+)?(?:new\s+)?state[-\s]of[-\s]the[-\s]art\s+
       (?:(?:[\w@-]+\s+){{1,3}}?(?:of|at)\s+)?(?=\d))
""", _FLAGS, folded=True)
_NEAR = _Pattern(
    r"\b(?:near|nearly|close\s+to|approach(?:es|ing|ed)|competitive\s+(?:with|to)|comparable\s+"
    r"(?:with|to)|on\s+par\s+with|rival\w*|match\w*|within|below|behind)[\s-]+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE)

#: Others' results: present perfect anywhere ("have been shown to outperform") ...
_BACKGROUND_VERB = _Pattern(
    r"\b(?:ha(?:ve|s)\s+(?:\w+ly\s+)?(?:been\s+)?(?:achiev|shown|show|demonstrat|becom|became|"
    r"attain|obtain|set|emerg|led|lead|enabl|outperform|surpass|dominat|improv|made|brought|"
    r"yield|gain|revolution|advanc|pushed|reached|prov|greatly|significantly)\w*|recently|"
    r"(?:well|widely|commonly|generally)\s+(?:known|believed|accepted|recogni[sz]ed|established))\b",
    re.IGNORECASE)
#: ... or a subject marked as earlier work (before the first cue, so "beats previous methods"
#: still counts; nor the object of a preposition: "Combining SSWE with existing features yields")
_BACKGROUND_SUBJECT = _Pattern(
    r"(?<!\bwith\s)(?<!\bto\s)(?<!\bthan\s)(?<!\bover\s)(?<!\bagainst\s)"
    r"\b(?:recent|previous(?:ly)?|prior\s+(?:work|studies|methods|approaches|art)|existing|"
    r"traditional|conventional|current|state[\s-]of[\s-]the[\s-]art)\b", re.IGNORECASE)
_OWN = _Pattern(
    r"\b(?:we|our|ours|us|this\s+(?:paper|work|study)|here(?:in)?|the\s+proposed|(?<!been\s)proposed|"
    r"(?:experiments?|experimental\s+results|results|evaluations?|analys[ie]s|studies)\s+"
    r"(?:[\w,-]+\s+){0,20}?(?:show|shows|showed|demonstrate|demonstrated|demonstrates|reveal|"
    r"reveals|"
    r"revealed|indicate|indicates|suggest|suggests|confirm|confirms|illustrate|illustrates|prove|"
    r"proves|verify|verifies|validate|validates))\b",
    re.IGNORECASE, folded=True)
_OWN_SUBJECT = _Pattern(
    r"\b(?:we|ours|it|our\s+(?:[\w-]+\s+){0,2}?(?:model|method|approach|framework|system|network|"
    r"architecture|algorithm|technique|solution|pipeline|agent|variant|parser|tagger|classifier|"
    r"detector|encoder|decoder|module|models|methods|approaches|systems|networks|results|"
    r"experiments|best\s+model|proposal|design)|the\s+proposed\s+(?:[\w-]+\s+){0,2}?[\w-]+|"
    r"this\s+(?:model|method|approach|framework|system|technique|architecture|algorithm)|"
    r"the\s+resulting\s+(?:models?|systems?|methods?))\b", re.IGNORECASE)
_PREPOSITION_BEFORE = _Pattern(
    r"\b(?:with|using|via|over|than|to|against|on|in|of|by|from|for|compared|vs\.?|versus|like|"
    r"as|upon|unlike|including|such\s+as|beyond|into|through|under|without|and|or|e\.g\.|i\.e\.|"
    r"across|among|between|at|within|after|before|during|per|adding|applying|combining|w/o|no)"
    r"\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: a plural kind word and the start of its examples: "models such as ", "LLMs like "
_EXAMPLE_OF_SUBJECT = _Pattern(r"\b[A-Za-z-]+s\s+(?:such\s+as|like|including)\s+$", re.IGNORECASE)
#: "the zero-shot performance of GPT-4o": the method whose result a subject is
_RESULT_OF_BEFORE = _Pattern(r"\b" + _RESULT_NOUN + r"\s+of\s+(?:the\s+)?$"  # "the performance of X"
                             r"|\b(?:produced|generated|predicted|returned|output|made)\s+by\s+(?:the\s+)?$",  # its agent
                             re.IGNORECASE)
#: An opening adverbial phrase ("Through X, ", "By adding Y, ", "Compared with Z, ").
_LEADING_PHRASE = _Pattern(
    r"\W*(?:through|by|with|using|via|compared|unlike|after|based|on|in|for|when|given|despite|"
    r"following|inspired|building|leveraging|utili[sz]ing|applying|adding|combining|trained|"
    r"combined|paired|coupled|equipped|augmented|integrated|plugged|inserted|added|attached|applied|incorporated|"
    r"deployed|evaluated|tested|measured|"
    r"when|while|without|from|over|across|among|at)\b[^,]*$", re.IGNORECASE)
#: The main verb of a claim clause; the subject is before it. Lowercase only, so that names
#: like "Set Transformer" are not verbs.
_MAIN_VERB = _Pattern(  # (not a participle of an agent: "the translations produced by the LSTM achieve")
    r"(?<!-)\b(?!(?:produc|obtain|achiev|attain|deliver)ed\s+by\s+(?:the\s+|an?\s+|our\s+)?[A-Za-z])"
    r"(?:achiev|reach|obtain|attain|out-?perform|surpass|exceed|beat|improv|boost|enhanc|reduc|"
    r"cut|lower|increas|decreas|rais|lift|halv|doubl|yield|gain|scor|sets|establish|deliver|produc|lead|bring|brings|"
    r"give|gives|show|demonstrat|perform(?!ance)|match|rival|sav|accelerat|speed|compress|shrink|drop(?!out)|"
    r"excel|rank|remain|is|are|was|were|has|have|uses|requires|needs|runs|makes|provid|exhibit|"
    r"solv|pass|retain|recover|preserv|maintain|compar(?!isons?\b)|compet|lags|trails|regain|consistently|"
    r"significantly|substantially|greatly|clearly|also|further|lose|lost|losing)\w*\b")
_CLAUSE_END = _Pattern(r";|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)
#: the start of a clause with a subject of its own: not "while being 1.94x faster", "while retaining accuracy",
#: nor the semicolon of an HTML entity ("sentences &lt; 40 words")
_CLAUSE_OF_ITS_OWN = _Pattern(r"(?<!&[a-z]{2})(?<!&[a-z]{3})(?<!&[a-z]{4});|\b(?:while|whereas|but)\s+(?![a-z]+ing\b)",
                              re.IGNORECASE)
_CLAUSE_BOUNDARY = _Pattern(
    r";|:|\bthat\b|\bwhile\b|\bwhereas\b|\bwhich\b|\bbut\b|\bwhen\b|\bwhere\b", re.IGNORECASE,
    folded=True)

_PROPOSE = _Pattern(
    r"\b(?:we|this\s+(?:paper|work|study|article))\s+(?:\w+ly\s+)?(?:also\s+)?(?:propose|introduce|"
    r"present|develop|describe|design|devise|build|put\s+forward|contribute|release|call|name|"
    r"dub|term|offer|train|fine-tun|distil)\w*\b|\bby\s+(?:propos|introduc|present|develop|design|devis)ing\b"
    # a second verb of the same subject: "We study knowledge distillation into shallow students and propose LayerMap"
    r"|\bwe\s+(?:[\w-]+\s+){1,14}?and\s+(?:then\s+)?(?:propose|introduce|present|develop|design|devise)\b"
    # what meets the problem just stated: "We address this with X", "We replace it with X"
    r"|\bwe\s+(?:address|tackle|solve|remedy|fix|overcome|mitigate|replace)\s+(?:this|these|it|them|both)\s+"
    r"(?:\w+\s+)?(?:with|through|via|using)\b",
    re.IGNORECASE, folded=True)
#: what a proposal is a variant of, right before a name in its object: "a new variant of AdaBoost"
_VARIANT_OF = _Pattern(r"\b(?:variants?|versions?|extensions?|generali[sz]ations?|modifications?|improvements?|types?|kinds?|"
                       r"famil(?:y|ies)|class(?:es)?)\s+"
                       r"(?:of|to|on|over)\s+(?:the\s+)?$", re.IGNORECASE)
#: "we distill X into Y": Y, what the distillation makes, is the paper's
_DISTIL = re.compile(r"distil", re.IGNORECASE)
_DISTILLED_INTO = _Pattern(r"\binto\s+(?:an?\s+|the\s+|our\s+)?", re.IGNORECASE)
_PHRASE_BREAK = _Pattern(r"[,;:.]\s|\b(?:and|or|at|with|for|on|by|using|to|of|in|that|which)\s", re.IGNORECASE)
#: Absolute praise, not a comparison: an outcome only when said of the paper's own work.
_PRAISE = _Pattern(r"\b(?:strong|impressive|remarkable|promising|encouraging|excellent|great)\s",
                   re.IGNORECASE)
#: "Experiments demonstrate strong performance ...": the paper's experiments report on its method
_EVIDENCE_SUBJECT = _Pattern(
    r"^\W*(?:(?:our|the|extensive|experimental|empirical|further)\s+)*(?:experiments?|"
    r"evaluations?|results)\s+(?:on\s+[^,]{1,60}?\s+)?(?:(?:show|demonstrat|indicat|confirm|reveal)\w*\s+"
    r"(?:that\s+)?)?$", re.IGNORECASE)
#: "X is (then) proposed", the paper's own proposal in the passive; not "was proposed by"
_PROPOSED = _Pattern(
    r"\b(?:is|are)\s+(?:then\s+|also\s+|first\s+|further\s+)?(?:proposed|introduced|presented|"
    r"developed|designed|devised)\b(?!\s+(?:by|in)\b)", re.IGNORECASE, folded=True)
_NAMING = _Pattern(
    r"\b(?:called|named(?!\s+entit)|dubbed|termed|coined|namely|denoted(?:\s+as)?|referred\s+to\s+as|"
    r"(?<=,\s)(?:obtaining|yielding|resulting\s+in))\s+"
    r"(?:as\s+)?", re.IGNORECASE, folded=True)  # not the "named" of "named entity recognition"
#: a suffix that makes a name a modifier ("LSTM-based", "BERT-style")
_MODIFIER_SUFFIX = re.compile(r"[-\u2010\u2011](?:based|style|like|driven|inspired|guided|oriented|aware|enhanced)\b",
                              re.IGNORECASE)
#: what a win is measured by, after "by" ("by a large 3%-8% margin", "by a mAP of 0.5"); a
#: win measured by nothing is an outcome of its own beside the scores
_MARGIN = re.compile(r"\bby\s+(?:(?:a|an|over|at\s+least|up\s+to)\s+)?(?:[\w-]+\s+){0,2}(?:of\s+)?(?:margin|\d)",
                     re.IGNORECASE)
#: "..., or LOOK for short": the name a proposal ends with
_FOR_SHORT = _Pattern(r"\bor\s+(?=\S+\s+for\s+short\b)", re.IGNORECASE, folded=True)
#: the object of a "we present" that is a study of something, not a thing of the paper's own
_STUDY_OF = _Pattern(r"\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:study|studies|analysis|analyses|"
                     r"investigation|survey|evaluation|comparison|review|exploration|examination|overview|"
                     r"assessment)\s+(?:of|on|into)\b", re.IGNORECASE)
_OBJECT_STOP = _Pattern(
    r"\b(?:for|to|that|which|based\s+on|using|on|in|into|with|by|via|where|whose|from|across)\b|[;:]",
    re.IGNORECASE, folded=True)
_APPOSITIVE = _Pattern(
    r"^\s*(?:\([^)]{1,40}\)\s*)?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:novel|new|simple|general|"
    r"unified|lightweight|efficient|effective|scalable|framework|method|model|approach|"
    r"architecture|system|technique|algorithm)\b", re.IGNORECASE, folded=True)
#: "Our system, Volctrans, ...", "The resulting model, Flan-PaLM, ...": the name right after this
#: is the paper's own method
_OUR_NAMED = _Pattern(
    r"\b(?:our|the\s+(?:resulting|tuned|fine-?tuned|trained|final|proposed))\s+(?:[\w-]+\s+){0,3}?(?:system|model|method|approach|framework|architecture|algorithm|network|agent|"
    r"pipeline|tool|toolkit|library|detector|recognizer|parser|classifier|encoder|retriever|tracker|planner|"
    r"remedy|solution|proposal|recipe|technique|scheme|strategy|procedure|optimi[sz]er|regulari[sz]er|estimator|solver)"
    r"(?:\s+(?:for|to|of)\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)?\s*,\s*(?:(?:dubbed|called|named|termed)\s+)?$",
    re.IGNORECASE)
_METRIC_OF = _Pattern(r"\b(?:of|=|:)\s*$")
_WE_NAME = _Pattern(r"\b(?:which|that|whom)\s+we\s+(?:call|name|dub|term)\s+$", re.IGNORECASE)
_CLOSES_APPOSITION = _Pattern(r"\s*(?:[,(]|\b(?:that|which)\b)(?!\s*(?:and|or)\b)")
_NAME_LIKE = _Pattern(r"^[A-Za-z][\w.+-]*(?:[A-Z0-9][\w.+-]*)$")

_GENERIC = frozenset("""
the a an its their our these those this that strong competitive previous prior existing current
other several many all most recent best leading popular standard conventional traditional
comparable similar various both published reported well-known widely used state-of-the-art
state-of-the art sota baseline baselines method methods model models approach approaches system
systems work works technique techniques counterpart counterparts alternative alternatives
competitor competitors result results performance ones one strongest art state of open-source
closed-source supervised unsupervised powerful larger smaller prominent representative
zero-shot few-shot one-shot pretrained pre-trained neural non-neural rule-based task-specific
parameter-efficient multilingual monolingual original vanilla base previously possible expected
well-established established widely-used commonly common typical known large small big
language deep certain some few much itself themselves alone
""".split())
_STOP_WORDS = _Pattern(
    r"\s*(?:,|\.(?!\w)|;|:|\(|\)|---|(?<![\w-])(?:by|on|in|across|with|while|and|or|which|that|"
    r"when|using|at|for|despite|without|under|as|of|whereas|after|before|within|during|given|"
    r"because|since|to|from|among|via|through|who|whose|where|but|yet|although|though|such)(?![\w-])|$)", re.IGNORECASE)


# --------------------------------------------------------------------------- data

@dataclass(frozen=True)
class _Mention:
    """A resolved mention, in sentence-relative offsets, with the name a claim should carry."""

    start: int
    end: int
    label: str
    name: str


@dataclass
class _Number:
    start: int
    end: int
    value: float
    unit: str | None
    signed: bool = False
    decimal: bool = False
    delta_from: float | None = None  # "from A to B": A
    kind: str | None = None
    metric: str | None = None
    metric_by_mention: bool = False
    metric_end: int = 0
    metric_near: bool = False  # bound next to the number, not only named in the sentence
    own_measure: bool = False  # measures the plain words before its "by": no metric of the sentence
    dataset: str | None = None
    baseline: str | None = None
    baseline_after: bool = False  # named after the number ("by 5.6% compared to PatchTST")
    method: str | None = None
    method_found: bool = False
    weak: bool = False
    also_metrics: list[str] = field(default_factory=list)  # "by 6% in terms of both EM and F1"
    of_rival: bool = False  # a rival's own score: no outcome of the sentence's subject


@dataclass
class _Sentence:
    text: str  # masked sentence text (same length as the original)
    original: str
    start: int
    end: int
    mentions: list[_Mention]
    own: str | None
    own_here: bool  # the sentence speaks of the paper's own work ("we", "our", its method)
    after_own: bool  # an earlier sentence of the abstract did: past the context, in the findings
    settings: list[int] = field(default_factory=list)  # where its operating points start
    own_named_before: bool = False  # the own method's name occurs before the sentence (the title included)
    _quality: dict[str, bool] | None = field(default=None, repr=False)

    def of(self, label: str) -> list[_Mention]:
        return [m for m in self.mentions if m.label == label]

    def quality_metrics(self) -> dict[str, bool]:
        """Quality metrics (not resources) named anywhere in the sentence, but not right after
        a number, whose metric it is ("45.2% pass@1 on HumanEval and 78.5 on MMLU"): name ->
        whether from a mention; found on first use, as only numbers without a nearby metric
        need it."""
        if self._quality is None:
            self._quality = {name: by for start, _, name, by in _metrics_in(self, 0, len(self.text))
                             if not _RESOURCE.search(name) and not _AFTER_A_NUMBER.search(self.text, 0, start)}
        return self._quality


# --------------------------------------------------------------------------- helpers

_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _to_float(raw: str) -> float:
    """
    >>> _to_float("1,921"), _to_float("97,5"), _to_float("12.5"), _to_float("4.1e-3")
    (1921.0, 97.5, 12.5, 0.0041)
    """
    if _DECIMAL_COMMA.fullmatch(raw):
        return float(raw.replace(",", "."))
    return float(raw.replace(",", "").replace("−", "-"))  # (and "4.1e−3")


def _unit_of(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip(" -").lower()
    if raw in {"x", "×", "times", "fold"}:
        return TIMES
    if raw.endswith("%") or raw.startswith("per"):
        return POINTS if "point" in raw else PERCENT
    return POINTS


def _words_before(text: str, pos: int) -> str:
    """The word right before ``pos`` (skipping spaces), for capitalisation tests."""
    m = re.search(r"([\w'-]+)\W*$", text[:pos])
    return m.group(1) if m else ""


@functools.lru_cache(maxsize=64)
def _last_boundary(text: str, pos: int) -> re.Match | None:
    """The last clause boundary before ``pos``. Cached: a number or cue asks for its clause
    several times (subject, baseline, goal tests)."""
    last = None
    for last in _CLAUSE_BOUNDARY.finditer(text, 0, pos):
        pass
    return last


def _boundary_before(text: str, pos: int) -> int:
    """End of the last clause boundary before ``pos`` (0 if none)."""
    last = _last_boundary(text, pos)
    return last.end() if last else 0


def _clause_start(text: str, pos: int, commas: bool) -> int:
    """Start of the clause holding ``pos``: after the last clause boundary before it."""
    start = _boundary_before(text, pos)
    if commas:
        start = max(start, text.rfind(",", 0, pos) + 1, text.rfind("(", 0, pos) + 1)
    return start


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


#: one or two lower-case words that qualify the metric after them
_METRIC_MODIFIERS = _Pattern(
    r"(?:(?!(?:and|or|a|an|the|of|for|in|on|with|to|at|by|as|is|are|was|were|be|its|their|our|this|that|"
    r"these|those|than|from|lists?|shows?|per|over|under|while|when|which|without|despite|using|after|before|"
    r"but|not|yet|also|still)\s)[a-z][a-z-]*\s+){1,2}(?=\S)")
#: a metric named by the gain itself, which a measure after it names better ("1.3x speedup in throughput")
_GAIN_WORD = _Pattern(r"(?:speed-?ups?|gains?|improvements?)", re.IGNORECASE)


def _metric_after(s: _Sentence, pos: int, limit: int = 30,
                  acronym: bool = False) -> tuple[str, int, bool] | None:
    """A metric starting right after ``pos`` ("88.5 EM", "2.3 BLEU points", "6.1% accuracy").

    With ``acronym`` (a decimal or a percentage), an unknown all-caps word right after the
    number counts too ("4.1 MOS"), and a metric after one or two qualifying words ("87.2
    instance mIoU"): such a number is followed by a measure far more often than by a count.
    """
    start = _after_space(s.text, pos)
    right_after = next((m for m in s.of("METRIC") if m.start == start and start - pos <= 1), None)
    # "15% average return": a metric whose name opens with a word skipped below; but a measure
    # after a gain word names it better ("1.3x speedup in throughput")
    gain = right_after is not None and _GAIN_WORD.fullmatch(s.text, right_after.start, right_after.end)
    if right_after is not None and not gain:
        return right_after.name, right_after.end, True
    rest = s.text[pos:pos + limit]
    skip = re.match(r"^[\s-]*(?:(?:absolute|relative|average|overall|mean|points?|pp|the|in|"
                    r"smaller|larger|faster|slower|cheaper|shorter|"
                    r"improvements?|gains?|increases?|reductions?|higher|lower|better|more|less|"
                    r"fewer|of|on|speed-?ups?|drops?|ms|s|sec|seconds?|milliseconds?)\s+)*", rest, re.IGNORECASE)
    offset = pos + (skip.end() if skip else 0)
    for m in s.mentions:
        if m.label == "METRIC" and offset <= m.start <= offset + 1:
            return m.name, m.end, True
    m = _METRIC.match(s.text, offset)
    if m and m.end() <= pos + limit + 20:
        return m.group(0), m.end(), False
    # a decimal or percentage: "84.9% fine-tuning top-1 accuracy", "87.2 instance mIoU"
    modified = _METRIC_MODIFIERS.match(s.text, offset) if acronym else None
    if modified:
        for m in s.mentions:  # "87.2 instance mIoU", "75.3 trigger classification F1"
            if m.label == "METRIC" and offset < m.start <= modified.end() and s.text[m.start - 1].isspace():
                return m.name, m.end, True
    if acronym:
        m = _ACRONYM.match(s.text, pos)
        # not a name another type took, except a task's acronym: "88.1% ASR" is a rate measured
        if m and not any(x.start <= m.start(1) < x.end and x.label != "TASK" for x in s.mentions):
            return m.group(1), m.end(1), False
    return (right_after.name, right_after.end, True) if gain else None


def _metrics_in(s: _Sentence, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
    """METRIC mentions in [lo, hi), else metric words; (start, end, name, by_mention)."""
    found = [(m.start, m.end, m.name, True) for m in s.mentions  # also one the window's start cuts
             if m.label == "METRIC" and lo < m.end <= hi]
    found += [(a, b, name, True) for m in s.mentions if m.label == "METRIC" and lo <= m.start and m.end < hi
              for a, b, name in _metric_family(s, m) if b <= hi]
    # a word any mention names ("FiD", the Fusion-in-Decoder, is no FID) is no metric word, nor
    # the end of a metric mention cut by ``lo`` ("accuracy" of "execution accuracy")
    covered = [(a, b) for a, b, _, _ in found] + [(m.start, m.end) for m in s.mentions]
    for m in _METRIC.finditer(s.text, lo, hi):
        if not any(a < m.end() and m.start() < b for a, b in covered):
            found.append((m.start(), m.end(), m.group(0), False))
    # a metric that names a threshold measures nothing here: "over IoU thresholds 0.1:0.7"
    return sorted(f for f in found if not _THRESHOLD_AFTER.match(s.text, f[1]))


_THRESHOLD_AFTER = _Pattern(r"\s+thresholds?\b", re.IGNORECASE)


_SETTING_BEFORE_DATASET = _Pattern(r"(?:zero|few|one|\d+)[- ]shot\s+|linear[- ]prob(?:e|ing)\s+", re.IGNORECASE)


def _metric_after_dataset(s: _Sentence, n: _Number) -> tuple[str, int, bool] | None:
    """A metric right after a dataset named right after the number: "87.8% ImageNet top-1 accuracy",
    "84.5% zero-shot ImageNet accuracy"."""
    start = _after_space(s.text, n.end)
    if start - n.end > 1 or n.unit is None and not n.decimal:
        return None
    if setting := _SETTING_BEFORE_DATASET.match(s.text, start):
        start = setting.end()
    dataset = next((d for d in s.of("DATASET") if d.start == start), None)
    return _metric_after(s, dataset.end, limit=2) if dataset else None


def _after_space(text: str, pos: int) -> int:
    """The first position from ``pos`` on that is not whitespace."""
    return len(text) - len(text[pos:].lstrip())


#: the kind word and comma before a name in apposition: "the previous best model, LUKE,"
_APPOSED_KIND = _Pattern(r"(?:\s+(?:models?|methods?|systems?|approach(?:es)?|baselines?))?\s*,\s*", re.IGNORECASE)
#: a rival described before its name: "the strongest multi-turn baseline"
_GENERIC_RIVAL = _Pattern(
    r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}(?:baselines?|methods?|models?|systems?|approach(?:es)?|attacks?|defen[cs]es?|"
    r"work|works|techniques|algorithms|competitors|alternatives|retrievers?|detectors?|parsers?|classifiers?|"
    r"networks?|architectures?|agents?|predecessors?)\b\s*",
    re.IGNORECASE)


_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple)\b"
#: a quantity after a cue word; after an article only a count of things ("the six tasks", "the 12
#: datasets"; not "the 3D-aware baseline")
_COUNTED = _Pattern(r"\s*(?:(?:the|all|its|their)\s+(?:\d+\s|" + _NUMBER_WORD + r")|(?P<count>[\d~≈$]|"
                   + _NUMBER_WORD + "))", re.IGNORECASE)
#: a name that opens with a digit: "3DGS", "4DGS" (not "3D" or "0dB")
_DIGIT_NAME = _Pattern(r"\s*\d+(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Za-z][\w-]*\b")
#: kind nouns after which lower-case words describe a rival ("the pipeline systems")
_DESCRIBED_KINDS = frozenset({"baseline", "baselines", "system", "systems", "model", "models", "method", "methods"})

_APPOSED_NAME = _Pattern(r",\s*(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})\s*(?:,|\bby\b)")


#: an article and adjectives only, before a rival's name: "the well-established and highly-optimized ", "the
#: previous best, " (not "the rule-based expert and ", which names a rival of its own)
_DESCRIBING_WORD = (r"(?!(?:on|in|by|with|for|from|of|to|at|as|than|that|which|and|or|the|an?|used|proposed|trained|"
                    r"reported|described)\b)[a-z][a-z-]*")
_DESCRIPTION_BEFORE_NAME = _Pattern(rf"\s*(?:the|a|an)\s+(?:{_DESCRIBING_WORD}(?:\s*,\s*|\s+and\s+|\s+)){{1,5}}"
                                    rf"{_DESCRIBING_WORD}(?:\s*,\s*|\s+)")
_PREPOSITION_FIRST = _Pattern(r"\s*(?:on|in|at|for|with|without|under|during|when)\s", re.IGNORECASE)


def _named_in_brackets(s: _Sentence, at: int) -> str | None:
    """The METHOD named in the brackets opening at ``at``."""
    return next((m.name for m in s.of("METHOD") if _BRACKETED.fullmatch(s.text, at, m.start)), None)


def _entity_after(s: _Sentence, pos: int) -> str | None:
    """The named thing right after a cue word: a mention, else a short named noun phrase."""
    lead = _RESULT_OF.match(s.text, pos)  # "surpasses the performance of X"
    if lead:
        pos = lead.end()
    quantity = _QUANTITY_OF.match(s.text, pos)
    if quantity:
        pos = quantity.end()  # "compared to 85.2 for BERT"
    elif (counted := _COUNTED.match(s.text, pos)) and not (counted["count"] and _DIGIT_NAME.match(s.text, pos)):
        # "more than 90%", "over 85.2", "over five seeds", "over the six transfer tasks": a quantity, not a
        # baseline (but "3DGS" is)
        return None
    elif _PREPOSITION_FIRST.match(s.text, pos) and not any(
            m.label == "METHOD" and pos <= m.start < pos + 40 for m in s.mentions):
        # "9.4 points higher on contaminated problems than on clean ones": a condition, no rival (but "than in
        # the outputs of T5-large")
        return None
    if _A_STATE_OF_THE_ART.match(s.text, pos):
        return None  # "the previous gloss-free state of the art": the state-of-the-art claim names it
    limit = _STOP_WORDS.search(s.text, pos)
    bound = limit.start() if limit and limit.start() > pos else min(len(s.text), pos + 40)
    if (paren := s.text.find("(", pos, bound)) > pos:
        bound = paren  # "exceeds that of the average radiologist (0.435 vs. 0.387)": numbers, no name
    comma = s.text.find(",", pos, bound + 1)
    if comma >= 0 and _GENERIC_RIVAL.fullmatch(s.text, pos, comma):
        # "the strongest multi-turn baseline, Crescendo, by 12.4": the name in apposition
        first = _after_space(s.text, comma + 1)
        named = next((m.name for m in s.of("METHOD") if m.start == first), None) or (
            (m := _APPOSED_NAME.match(s.text, comma)) and m["name"])
        if named:
            return named
    named = [m for m in s.of("METHOD") if pos <= m.start <= max(bound, pos + 30) and m.start < pos + 40
             and not re.search(r"[,;()]|\.(?!\d)", s.text[pos:m.start])
             and not s.text.endswith(" by ", 0, m.start)]  # "against reference summaries judged by GPT-4": a judge
    if named:
        # "the previous state-of-the-art LLM (GPT-3.5)": a kind of model, then its name in brackets
        if named[0].name.islower() and (bracketed := _named_in_brackets(s, named[0].end)):
            return bracketed
        # a name that only modifies the rival's description yields to the rival's own name ("both
        # transformer-based detector SWIN-L"), if it has one
        modifier = s.text.startswith(("-based", "-style", "-like"), named[0].end)
        if named[0].name.islower() and (name := next((m for m in s.of("METHOD") if m.start > named[0].end
                                                       and not s.text[named[0].end:m.start].strip()), None)):
            return name.name  # and a kind of model, to the name after it: "the unsupervised dense retriever Contriever"
        return named[1].name if modifier and len(named) > 1 else named[0].name
    if _PREPOSITION_FIRST.match(s.text, pos):
        return None  # a condition ("than in autografts"), whose METHOD mention nearby was no rival
    described = next((m for m in s.of("METHOD") if pos < m.start < pos + 80
                      and _DESCRIPTION_BEFORE_NAME.fullmatch(s.text, pos, m.start)), None)
    if described is not None:
        return described.name  # "on par with the well-established and highly-optimized Faster R-CNN baseline"
    words = s.text[pos:bound].split()
    if words and words[-1].lower() in _DESCRIBED_KINDS and (bracketed := _named_in_brackets(s, bound)):
        return bracketed  # "the best open 13B model (Llama 2)": a description of the rival, then its name
    while words and words[0].lower().strip(",") in _GENERIC and not (len(words) > 1 and words[1] == "learning"):
        words.pop(0)  # (but "deep learning classifiers" is no "learning classifiers")
    described = ""  # "the lexicalized reordering baseline", "the best pipeline systems": what the text describes
    if len(words) > 1 and words[-1].lower().strip(",") in _DESCRIBED_KINDS \
            and words[-2].lower().strip(",") not in _GENERIC:
        described = words.pop().strip(",")
    while words and words[-1].lower().strip(",") in _GENERIC:
        if words.pop().lower().strip(",") in ("result", "results", "performance") \
                and not any(re.search(r"[A-Z0-9]", w) for w in words):
            # "the previous best end-to-end result of 28.6": a result, whose method is not named (but "the
            # few-shot PatchCore results")
            return None
    example = _SUCH_AS.match(s.text, bound)
    if example and (not words or len(words) == 1 and words[0].islower()):
        return _entity_after(s, example.end())  # "models such as GPT-4", "state-of-the-art engines such as vLLM"
    if not words:
        return None
    if len(words) > 4:
        return None
    if any(w.lower() in _GENERIC or re.fullmatch(r"[\d.,]+%?", w) for w in words):
        return None
    if not described.lower().startswith("baseline") and any(w.endswith("ed") and not w[0].isupper() for w in words):
        return None
    phrase = " ".join(words).strip(" ,'\"").removesuffix(".")  # not the sentence's full stop
    if not phrase or not re.search(r"[A-Za-z]", phrase):
        return None
    if not described and not re.search(r"[A-Z0-9]", phrase) and len(words) == 1 and "-" not in phrase:
        return None  # a single plain lowercase word is too vague ("others", "humans")
    if phrase.lower().replace("-", " ") in {"real time", "realtime"}:
        return None  # "5.2x faster than real time": a speed, no rival
    # a name stays as it is ("the Transformer baseline"); a description keeps its kind word
    return f"{phrase} {described}" if described and phrase.islower() else phrase


def _baseline_near(s: _Sentence, lo: int, hi: int) -> str | None:
    """The baseline named in [lo, hi): after "over / than / compared to", or the object of
    "outperforms / surpasses"."""
    for rx in (_BASELINE_CUE, _OBJECT_VERB):
        for m in rx.finditer(s.text, lo, hi):
            if m.group(0)[:7].lower() == "against" and any(
                    x.label == "METRIC" and x.end <= m.start() and not s.text[x.end:m.start()].strip() for x in s.mentions):
                continue  # "66.1% robust accuracy against AutoAttack": what it was measured under, no rival
            if any(x.label == "METRIC" and x.start <= m.start() < x.end for x in s.mentions):
                continue  # the "match" of "exact match" is no verb
            name = _entity_after(s, m.end())
            if name:
                return name
    return None


def _leading_baseline(s: _Sentence) -> str | None:
    """The baseline of a sentence opening with "Compared with X, ..." / "Unlike X, ..."."""
    m = _LEADING_BASELINE.match(s.text)
    if not m:
        return None
    comma = s.text.find(",", m.end())
    if comma > 0 and _GENERIC_RIVAL.fullmatch(s.text, m.end(), comma):
        # "Compared with the strongest baseline, GraphCast-S improves": the name after the comma is the subject
        return s.text[m.end():comma].strip()
    return _entity_after(s, m.end())


def _subject(s: _Sentence, pos: int) -> tuple[str | None, bool]:
    """The method a claim at ``pos`` is about, and whether the sentence named it.

    The subject is looked for in the claim's clause (after "that", "while", ";" ...) before
    its main verb: the first METHOD mention or own reference ("we", "our model", "it") that
    is not inside a prepositional phrase ("Using beam search, ...", "over BERT"), else a
    name-like word in subject position ("CP-Tuning outperforms ..."), else the paper's own
    method.
    """
    text = s.text
    lo = _clause_start(text, pos, commas=False)
    if _AFTER_CONTRAST.search(text, max(0, lo - 12), lo) and (comma := text.rfind(",", lo, pos)) > 0 \
            and not _apposed_name_before(s, text.rfind(",", lo, comma), comma):
        # "while GPT-4 only solved 4% of tasks, our method achieved 74%": the main clause's subject (not "while
        # the strongest baseline, YourTTS, reaches only 3.45": a name set beside the subject)
        lo = comma + 1
    conj = text.rfind(", and ", lo, pos)
    if conj >= 0 and _MAIN_VERB.search(text, lo, conj) and (second := _MAIN_VERB.search(text, conj + 6, pos)) \
            and second.start() > conj + 6:
        lo = conj + 6  # "Foo-B reaches 84.1%, and Foo-L reaches 85.6%": a clause of its own
    verb = _MAIN_VERB.search(text, lo, pos)
    hi = verb.start() if verb else pos
    commas = text.count(",", lo, hi)
    if lo and text[lo - 1] == ":" and commas >= 2 and not (
            commas == 2 and _apposed_name_before(s, text.find(",", lo), text.rfind(",", lo, hi))):
        # "We use new features: WRC, CSP, CmBN, ... and combine them to achieve": the clause opens
        # with an enumeration, whose first item is no subject (but "...: the best classifier, X, scores")
        return _subject(s, lo - 1)
    if lo and not text[lo:hi].strip(" ,") and _RELATIVE_PRONOUN_END.search(text, max(0, lo - 8), lo):
        # "The resulting ViT-G model, which attains ...": the subject is the antecedent, a name
        # right before it first ("to obtain Flan-PaLM, which outperforms PaLM by 9.4%"; not one
        # a preposition takes: "a procedure based on genetic search, which is shown to outperform")
        named = next((m.name for m in s.of("METHOD") if _BEFORE_WHICH.fullmatch(text, m.end, lo)
                      and _NAME_CHARS.search(m.name)  # a name, not a kind ("DSA, an efficient attention mechanism that")
                      and not _OBJECT_OF_PREPOSITION.search(text, max(0, m.start - 12), m.start)), None)
        if named:
            return named, True
        hi = text.rfind(" ", 0, lo - 4) if lo > 5 else 0
        lo = _clause_start(text, max(hi, 0), commas=False)
    candidates: list[tuple[int, str | None]] = []
    clause_lo = lo
    if _ABLATING.fullmatch(text, lo, hi):
        return s.own, False  # "Removing the GPT-4 planner lowers success rate by 14.2 points": the own method's ablation
    if _APPLYING_OURS.match(text, lo, hi):
        return s.own, False  # "Applying the same recipe to Gemma-2-9B yields gains of 5.8 points": the recipe's
    replaced = _REPLACING.match(text, lo, hi) or _TRAINING_GERUND.match(text, lo, hi) or _LEADING_GERUND.match(
        text, lo, hi)
    if replaced:  # "Replacing RoPE with LRPB lowers perplexity", "Fine-tuning Qwen on X raises its accuracy"
        comma = text.rfind(",", replaced.end(), hi)
        lo = replaced.end() if comma < 0 else comma + 1  # "When pretraining GPT-2 on X, DSM reaches"
    for m in s.of("METHOD"):
        if m.name == s.own and lo <= m.start and m.end <= hi and _TRAINED_WITH.search(text, clause_lo, m.start):
            return m.name, True  # "A ViT-B fine-tuned with CRAT reaches", "Training GPT-3 with BubbleFill achieves"
        if lo <= m.start and m.end <= hi and _WE_NAME.search(text, max(0, m.start - 30), m.start) \
                and not text[m.end:hi].strip(" ,"):
            return m.name, True  # "Our best model family, which we name Guanaco, outperforms"
    for m in s.mentions:
        if (m.label == "METHOD" or m.name == s.own) and lo <= m.start and m.end <= hi:
            # "In a zero-shot setting GPT-4 reaches": a model's name right before the verb is its subject
            right_before_the_verb = verb is not None and not text[m.end:hi].strip() and bool(NAME_SHAPED.search(m.name))
            if (_in_prepositional(text, lo, m.start) and not right_before_the_verb) or text[m.end:m.end + 7].startswith(
                    ("-based", "-style", "-like")):
                continue
            own = re.search(r"\b(?:our|the\s+proposed)\s+$", text[max(lo, m.start - 15):m.start],
                            re.IGNORECASE) and not _BASELINE_NOUN.match(text, m.end)  # not "Our Transformer baseline"
            candidates.append((m.start, (s.own or m.name) if own and not _coined_other(m.name, s) else m.name))
    for m in _OWN_SUBJECT.finditer(text, lo, hi):
        if m.group(0).lower() == "it" and not re.match(r"\s+(?:\w+ly\s+)?\w+s\b",
                                                       text[m.end():]):
            continue  # "make it", "it is known"; only "it achieves", "it clearly reduces"
        if not _in_prepositional(text, lo, m.start()):
            own_noun = m.group(0).lower() not in ("we", "it", "ours")
            # (and "Our best model family, Guanaco, ...")
            # ("Our model, dubbed XLM-R, ...")
            comma = re.match(r"(?:\s+famil(?:y|ies))?\s*,\s*(?:(?:dubbed|called|named|termed)\s+)?|\s+(?=[A-Z])",
                             text[m.end():]) if own_noun else None
            named = next((x.name for x in s.mentions if x.label == "METHOD" and (
                # "Our agent, WebPilot, ..." and "our model GraphCast-S improves" name themselves
                comma and x.start == m.end() + comma.end() and ("," in comma.group(0) or NAME_SHAPED.search(x.name))
                or m.start() < x.start and x.end < m.end() and _coined_other(x.name, s)  # "Our kNN-MT variant"
                or m.start() < x.start and x.end == m.end() and text[m.start():x.start].lower().startswith(
                    "the proposed")  # "The proposed SpectralMAE achieves"
                # "our decomposed prompting approach", "Our hidden Markov model"
                or s.own is None and m.start() < x.start and x.end <= m.end()
                and not _MODIFIER_SUFFIX.match(text, x.end))), None)
            if named is None and m.group(0).lower() == "it" \
                    and (conj := text.rfind(", and ", 0, m.start())) > 0 and not text[conj + 6:m.start()].strip():
                named = _subject(s, conj)[0]  # "Medusa-Lite accelerates X by 2.3x, and it outperforms Y": the same
            candidates.append((m.start(), named or s.own))
    if candidates:
        name = min(candidates, key=lambda c: c[0])[1]
        return name, name is not None
    named = _named_subject(s, lo, hi)
    if named:
        return named, True
    comma = text.rfind(",", 0, clause_lo + 1)
    if comma > 0 and verb is not None and _AND_PREDICATE.fullmatch(text, comma, verb.start()):
        # "X removes 40% of the heads while keeping 99% of its score, and reduces latency by 1.6x": a
        # predicate with no subject of its own shares the first one's
        return _subject(s, comma)
    if "," not in text[clause_lo:hi] and (antecedent := _relative_antecedent(s, clause_lo)):
        return antecedent, True
    if _before_the_proposal(s) and (opener := _FOR_A_MODEL_FIRST.match(text, clause_lo)) and (
            named := next((m.name for m in s.of("METHOD") if m.start == opener.end() and NAME_SHAPED.search(m.name)),
                          None)):
        return named, True  # "For Llama-3-70B-Instruct, attack success rate rises" (not "For transfer learning, they")
    if clause_lo > 0 and (_SUBJECTLESS.fullmatch(text, clause_lo, pos) or _PARTICIPLE_CLAUSE.match(text, clause_lo, pos)):
        # "..., being 4.2x smaller than Swin-B while 0.4% more accurate", "... when using the same
        # compute, reaching a GLUE score of 89.4": the main clause's subject
        boundary = _last_boundary(text, clause_lo)
        if boundary is not None and boundary.end() == clause_lo:
            return _subject(s, boundary.start())
    return s.own, False


_BASELINE_NOUN = re.compile(r"\s+baselines?\b")


def _before_the_proposal(s: _Sentence) -> bool:
    """Whether the sentence reports what was found before (or without) the own method's name: an
    analysis's results are the models' it names."""
    return s.own is None or not (s.own_named_before or s.own in s.text)


#: a clause opening with the model its results are for
_FOR_A_MODEL_FIRST = _Pattern(r"\s*(?:[Ff]or|FOR)\s+")


def _relative_antecedent(s: _Sentence, lo: int) -> str | None:
    """The name a relative clause opening at ``lo`` describes, when the claim's clause names no
    subject of its own: "A fastText classifier that sees only the hypothesis achieves 67.0%"."""
    text = s.text
    if not lo or not _RELATIVE_PRONOUN_END.search(text, max(0, lo - 8), lo):
        return None
    return next((m.name for m in s.of("METHOD") if _KIND_BEFORE_WHICH.fullmatch(text, m.end, lo)
                 and not _OBJECT_OF_PREPOSITION.search(text, max(0, m.start - 12), m.start)), None)


#: a clause that opens right after a relative pronoun
_RELATIVE_PRONOUN_END = _Pattern(r"\b(?:which|that|who)$", re.IGNORECASE)
#: what stands between a name and the relative clause that describes it: ", which"
_BEFORE_WHICH_SOURCE = r"\s*,?\s*(?:which|that|who)\s*"
_BEFORE_WHICH = _Pattern(_BEFORE_WHICH_SOURCE, re.IGNORECASE)
#: the same, perhaps after the name's kind noun ("fastText classifier that")
_KIND_BEFORE_WHICH = _Pattern(
    r"(?:\s+(?:model|method|approach|framework|system|network|architecture|algorithm|pipeline|agent|variant|"
    r"parser|tagger|classifier|detector|encoder|decoder|module|configuration|baseline)s?)?" + _BEFORE_WHICH_SOURCE,
    re.IGNORECASE)


def _apposed_name_before(s: _Sentence, opening: int, closing: int) -> bool:
    """Whether a METHOD's name alone stands between two commas: "the strongest baseline, YourTTS,"."""
    return opening >= 0 and any(m.label == "METHOD" and not s.text[opening + 1:m.start].strip()
                                and not s.text[m.end:closing].strip() for m in s.mentions)


#: a subordinate clause of contrast that may open a sentence before its main clause
_AFTER_CONTRAST = _Pattern(r"\b(?:while|whereas|although|though)\s*$", re.IGNORECASE)
_OBJECT_OF_PREPOSITION = _Pattern(r"\b(?:on|using|with|via|by|from|in|of|for|than|over)\s+(?:the\s+|an?\s+)?$",
                                  re.IGNORECASE)
#: what a model was trained or built with, right before its name: a claim is about the
#: paper's own method used so, not about the model it was applied to
_TRAINED_WITH = _Pattern(r"(?:(?i:\b(?:train\w*|fine-?tun\w*|pre-?train\w*|equipped|augmented|enhanced|"
                         r"regulari[sz]ed|optimi[sz]ed|pruned|quanti[sz]ed|compressed|distilled|[a-z]+ing)\s+"
                         # "Fine-tuning Mistral-7B on 50K SynInstruct examples yields": trained on the own data
                         r"(?:[\w%.-]+\s+){0,6}?(?:with|on)\s+(?:the\s+|our\s+)?(?:[\d.,]+[KMB]?\s+)?)"
                         r"|\b[A-Z][\w.+-]*\s+(?i:with\s+(?:the\s+|our\s+)?))$")  # "A 64-layer GCN with ResGate"
#: a clause opening with the training of a model or the addition of a technique, up to its name:
#: what is measured ("Fine-tuning Qwen on X raises its accuracy", "Adding LayerDrop to a Transformer improves")
_TRAINING_GERUND = _Pattern(r"\s*(?i:(?:further\s+|continued\s+)?(?:fine-?tuning|training|pre-?training|"
                            r"instruction-tuning|distilling|adapting|prompting|adding|applying|incorporating|"
                            r"integrating|injecting)\s+(?:the\s+|a\s+)?)(?=[A-Z])")
#: a clause opening with what was done, closed by a comma before the subject: "Pruning 30% of
#: the weights of LLaMA-2, SlimLM keeps ...", "When pruning ..., SlimLM keeps ..."
_LEADING_GERUND = _Pattern(r"\s*(?i:(?:when|while|after|by)\s+)?[A-Za-z][a-z]+ing\b(?=[^,;]*,)")
#: a clause that is an ablation: a part of the own method taken away
_ABLATING = _Pattern(r"\s*(?:removing|dropping|ablating|disabling|excluding|omitting|discarding)\b[^,;]*",
                     re.IGNORECASE)
#: a clause opening with the own method applied to another model: "Applying the same recipe to Gemma-2-9B"
_APPLYING_OURS = _Pattern(r"\s*(?:applying|using|adding|plugging|transferring|extending)\s+(?:it|this|ours|"
                          r"(?:the\s+same|our|this)\s+(?:[\w-]+\s+){0,2}?(?:recipe|method|approach|procedure|technique|"
                          r"training|framework|strategy|objective|module|pipeline|scheme))\s+(?:to|on|in|into|with)\b",
                          re.IGNORECASE)
#: a clause opening with a replacement, up to the word before the replacement
_REPLACING = _Pattern(r"\s*(?:replacing|substituting|swapping)\b[^,;]*?\b(?:with|by|for)\s+", re.IGNORECASE)


def _coined_other(name: str, s: _Sentence) -> bool:
    """Whether "our <name>" names a model of its own, not the paper's method: "our kNN-MT
    variant" where the paper fine-tunes NLLB-200, "our TinyBERT"."""
    return name != s.own and bool(NAME_SHAPED.search(name))


#: a clause opening with a participle, which has no subject of its own
_PARTICIPLE_CLAUSE = _Pattern(r"\s*(?:(?:when|while|after|by)\s+)?[a-z]+ing\b", re.IGNORECASE)
#: a clause with no subject or verb of its own before its number: "while 0.4% more accurate"
_SUBJECTLESS = _Pattern(r"\s*(?:being\s+|also\s+|still\s+)?(?:only\s+|about\s+|nearly\s+)?", re.IGNORECASE)


def _in_prepositional(text: str, lo: int, start: int) -> bool:
    """Whether ``start`` sits in a prepositional phrase ("with BERT", "Through this
    continued pre-training, ...") rather than in subject position."""
    before = text[lo:start]
    if _LEADING_PHRASE.match(before):
        return True
    tail = before[-60:]
    example = _EXAMPLE_OF_SUBJECT.search(before)
    if example and not _in_prepositional(text, lo, lo + example.start()):
        return False  # "open-source models such as DeepSeek-Coder fix at most 21.5%": the subject's example
    return bool(_PREPOSITION_BEFORE.search(tail)) and not _RESULT_OF_BEFORE.search(tail)


def _named_subject(s: _Sentence, lo: int, hi: int) -> str | None:
    """A name-like word opening the clause ("CP-Tuning outperforms ..."), when no mention
    covers it as a METHOD; a word another type claims (a dataset) is not a subject."""
    clause = s.text[lo:hi]
    opener = _OPENER.match(clause)
    start = lo + (opener.end() if opener else len(clause) - len(clause.lstrip()))
    first = re.match(r"[\w+.-]+", s.text[start:hi])
    if not first:
        return None
    word = first.group(0).rstrip(".")
    if not (_NAME_LIKE.match(word) and re.search(r"[A-Z0-9]", word[1:])) or word.endswith(
            ("-based", "-like", "-style")):
        return None
    if any(m.start <= start < m.end for m in s.mentions):
        return None
    return word


# --------------------------------------------------------------------------- numbers

_FACTOR_OF = _Pattern(r"\bfactor\s+of\s+(?:(?:about|around|roughly|nearly|almost|over|up\s+to)\s+)?$",
                      re.IGNORECASE)


def _read_numbers(s: _Sentence) -> list[_Number]:
    """Every number that could be a result, with unit, sign, range and from-to resolved."""
    out: list[_Number] = []
    text = s.text
    for m in _NUMBER.finditer(text):
        num, num2 = m.group("num"), m.group("num2")
        unit = _unit_of(m.group("unit") or m.group("unit1"))
        after = text[m.end():m.end() + 2]
        if after[:1].isalnum() or re.match(r"[-.][A-Za-z]", after):
            if not (m.group("unit") and _unit_of(m.group("unit")) == TIMES):
                continue  # glued: "7B", "128k", "3D", "5-shot", "12-layer"
        if after.lstrip()[:1] == "°":
            continue  # "−100 °C", "rotated by 30°": a temperature or an angle
        sign = (m.group("sign") or "").strip()
        before = text[m.start() - 1] if m.start() else " "
        if sign and not (before.isspace() or before in "([{/"):
            continue  # "LDA*-4": part of a name, not a signed number
        if unit is None:
            spelled = _UNIT_AFTER.match(text, m.end())  # "9.5 absolute percentage points"
            unit = _unit_of(spelled.group(1)) if spelled else None
        if unit is None and _FACTOR_OF.search(text, 0, m.start()):
            unit = TIMES  # "reduce the error rate by a factor of 2.5"
        value = _to_float(num)
        if unit == TIMES and value == 0:
            continue
        n = _Number(m.start(), m.end(), value, unit, signed=bool(sign), decimal=value != int(value) or "." in num)
        if sign and sign != "+":
            n.value = -value
            if _VALUE_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _NOUN_OF.search(
                    text, max(0, m.start() - 60), m.start()):
                n.signed = False  # "a Vina score of -7.32": a value below zero, not a change
        if num2 is not None:
            sep = m.group("sep")
            from_to = sep in {"→", "->"} or (sep == "to" and (re.search(
                r"\bfrom\s+(?:\w+\s+){0,2}$", text[:m.start()], re.I) or _GAIN_BRACKET_BEFORE.search(text, 0, m.start())))
            if from_to and re.search(r"\b(?:rang\w*|vary\w*|varies|spanning)\s+from\s+$",
                                     text[:m.start()], re.I):
                from_to = False  # "accuracies ranging from 76.5% to 80.9%" is a range
            if from_to:
                n.delta_from = value
                n.value = _to_float(num2)
                n.decimal = "." in num2
            elif sep == "to" and _gain_then_result(text, m):
                # "improves accuracy by 1.4 points to 64.2%": the gain, then the result it reaches
                n.end = m.start() + len(m.group("sign") or "") + len(num) + len(m.group("unit1") or "")
                n.unit = _unit_of(m.group("unit1"))
                out.append(n)
                n = _Number(m.start("num2"), m.end(), _to_float(num2), _unit_of(m.group("unit")), decimal="." in num2)
            elif sep == "to" and not m.group("unit") and not re.search(r"\b(?:of|by|between|from)\s+$",
                                                                       text[:m.start()]):
                # "88.5 to" without "from" or a shared unit ("3 to 7 times"): a plain number followed by "to"
                n.end = m.start() + len(m.group("sign") or "") + len(num) + len(
                    m.group("unit1") or "")
                n.unit = _unit_of(m.group("unit1"))
            # otherwise a range: keep the lower bound
        out.append(n)
    for a, b in zip(out[:-1], out[1:]):
        if a.delta_from is None and b.delta_from is None and _FROM_FOR_TO.fullmatch(text, a.end, b.start) \
                and re.search(r"\bfrom\s+(?:\w+\s+){0,2}$", text[:a.start], re.I):
            b.delta_from = a.value  # "from 0.81 for the strongest baseline to 0.95": one change, to B
            # whose the first number was: "from 0.61 for ESM-2 to 0.68"
            # (not where it was read: "falls from 0.81 on Fitzpatrick types I-II to 0.64")
            b.baseline = next((m.name for m in s.of("METHOD") if a.end < m.start and m.end < b.start
                               and not _READ_ON.match(text, a.end)), None)
            a.start = -1
    return [n for n in out if n.start >= 0]


#: a speed a system runs at: "runs at 45 FPS", "operates at a throughput of 3.2 tables per second"
_RUNS_AT = _Pattern(r"\b(?:runs?|running|operat(?:es|ing))\s+at\s+(?:an?\s+|the\s+)?(?:(?:throughput|speed|rate|latency)\s+"
                    r"of\s+)?$", re.IGNORECASE)
_TO_THE_RESULT = _Pattern(r"\s*(?:\\?%|points?)?\s+to\s+", re.IGNORECASE)


def _gain_then_result(text: str, m: re.Match) -> bool:
    """Whether "by A to B" is a gain A and the result B reached ("by 1.4 points to 64.2%", "by 0.05
    to 0.68"), not a range of gains ("by 2 to 5 points", "by 2% to 5%"): A's unit is points or a
    factor and B's is not, or neither has a unit and B is at least twice A."""
    if not re.search(r"\bby\s+(?:(?:about|around|roughly|nearly|almost|up\s+to)\s+)?$", text[:m.start()], re.I):
        return False
    first, second = _unit_of(m.group("unit1")), _unit_of(m.group("unit"))
    if first in (POINTS, TIMES):  # (and "by 33x to 0.78 GB"; "by 2x to 4x" is a range)
        return second != first
    a, b = _to_float(m.group("num")), _to_float(m.group("num2"))
    return first is None and second is None and "." in m.group("num2") and a > 0 and b >= 2 * a


#: between the two numbers of "from 0.81 AUROC for the strongest zero-shot baseline to 0.95"
#: "from 0.81 on Fitzpatrick types I-II to 0.64": where the first number was read, no baseline
_READ_ON = _Pattern(r"\s*(?:\\?%|points?)?(?:\s+[\w@-]+){0,2}?\s+(?:on|in)\s", re.IGNORECASE)
_FROM_FOR_TO = _Pattern(r"\s*(?:\\?%|points?)?(?:(?:\s+[\w@-]+){0,2}?\s+(?:for|of|by|with|on|in)\s+"
                        r"(?:[^,;()\d]|(?<=[\w-])\d){1,60}?"
                        r"|\s+(?:up|down))"
                        r"\s+to\s+", re.IGNORECASE)  # (and "from 80% up to 85.4%")


#: a bracket right after a gain, which explains it: "by 16 percentage points (75.17% to 91.68%)"
_GAIN_BRACKET_BEFORE = _Pattern(r"\d\s*(?:\\?%|pp|(?:percentage\s+)?points?)\s*\(\s*$", re.IGNORECASE)


#: "at" opening a clause, or right after a result and its metric: an operating point follows
#: (a number inside a name is no result: "perplexity on WikiText-2 at 6.1", "the highest pass@1 at 47.6%")
_AT_CONDITION = _Pattern(r"(?:(?:^|[,;(])\s*|(?<![\w@-])\d[\d.,]*%?\s+(?:[\w@-]+\s+){0,3})at\s+(?:an?\s+|the\s+)?$"
                         # a threshold a measure is read at: "R@1 at IoU 0.5", "at IoU thresholds of 0.5 and 0.7"
                         r"|\b(?:at|with|under)\s+(?:an?\s+|the\s+)?(?:t?IoU|IOU|overlap|(?:[\w-]+\s+)?thresholds?)"
                         r"(?:\s+thresholds?)?(?:\s+of|\s*[=≥>]=?)?\s*(?:[\d.]+\s*(?:,\s*|and\s+|or\s+))*$"
                         # a time a forecast or a run is read at: "its RMSE at day 5", "at a lead time of 5 days"
                         r"|\bat\s+(?:an?\s+|the\s+)?(?:(?:lead\s+)?(?:day|hour|week|month|step|epoch|iteration|round|layer)"
                         r"|lead\s+time\s+of|(?:forecast(?:ing)?\s+|prediction\s+)?horizons?(?:\s+of)?)\s*$"
                         r"|(?:^|[,;(])\s*under\s+(?:an?\s+|the\s+)?$"  # "Under a 20% perturbation rate, ..."
                         r"|(?:^|[,;(])\s*(?:at|under)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+of\s+$"  # "At a sensitivity of 80%,"
                         # "a true positive rate of 38.2% at a false positive rate of 0.1%" (not "at a cost of")
                         # (after a result, not a count: "extracts 10,000 instances of 102 relations at a precision of 67.6%")
                         r"|(?<![\w-])(?:\d[\d,]*\.\d+%?|\d[\d,]*%)\s+(?:[\w@-]+\s+){0,3}at\s+(?:an?\s+|the\s+)?(?!cost\b)"
                         r"[\w-]+(?:\s+[\w-]+){0,2}\s+of\s+$"
                         r"|\bat\s+(?:an?\s+|the\s+)?(?:fixed|given|target|matched|equal|constant|same)\s+[\w@-]+"
                         r"(?:\s+[\w@-]+){0,2}\s+of\s+$",
                         re.IGNORECASE)
_KEEP = r"\b(?:keep\w*|kept|maintain\w*|retain\w*|hold\w*|held|preserv\w*)\s+"
#: a level kept, which is a result: "while keeping CIDEr at 128.4", "maintains accuracy at"
_KEPT_AT = _Pattern(_KEEP + r"(?:the\s+|its\s+)?(?:[\w@-]+\s+){1,3}at\s+$", re.IGNORECASE)
#: a model whose measure a method keeps: "keeps the WikiText-2 perplexity of Llama 2-70B at 3.94"
_KEPT_OF_AT = _Pattern(_KEEP + r"[^,;.]{0,80}?\bof\s+[^,;.]{1,40}?\s+at\s+$", re.IGNORECASE)
#: a speed, which is a result even where it reads as a setting ("45.2 AP at 30 FPS")
_FRAME_RATE = _Pattern(r"\s*(?:fps|frames\s+per\s+second)\b", re.IGNORECASE)


def _is_setting(s: _Sentence, n: _Number) -> bool:
    """Whether the number is an operating point: "At 0.3 bpp, ...", "95.2% recall at 1% FPR";
    not a comparison of cost ("..., at 340 times lower cost"), a model's standing ("Claude 2
    is at 61.0%", "ahead of SimPLe at 0.14") nor a level kept ("while keeping CIDEr at 128.4")."""
    if _between_metrics(s, n) or _threshold_of_a_measure(s, n) or _set_by_the_opening_clause(s, n):
        return True
    return bool(_AT_CONDITION.search(s.text, 0, n.start)) and not _FRAME_RATE.match(s.text, n.end) \
        and not (n.unit is not None and _NOUN_AFTER.match(s.text, n.end)) \
        and not ((n.unit is not None or n.decimal) and _model_at(s, n.start)) \
        and not _KEPT_AT.search(s.text, max(0, n.start - 60), n.start) \
        and not _GAIN_AT.search(s.text, max(0, n.start - 60), n.start)


def _set_by_the_opening_clause(s: _Sentence, n: _Number) -> bool:
    """A level the opening clause sets, at which the main clause measures: a target to reach ("To
    reach 80% test accuracy on FEMNIST, X needs 3.1x fewer rounds", "Training ResNet-50 on ImageNet
    to 75.9% top-1 accuracy, X reduces wall-clock time by 32%"; not "Training longer raises accuracy
    to 80%") or a ratio, factor or budget ("On CIFAR-100-LT with an imbalance ratio of 100, X ...")."""
    return bool(_TARGET_OPENER.match(s.text, 0, n.start) or _CONDITION_OPENER.match(s.text, 0, n.start)) \
        and bool(_CLAUSE_GOES_ON.match(s.text, n.end))


_TARGET_OPENER = _Pattern(r"\s*(?:to\s+(?:reach|attain|hit|match)\b|(?:when\s+)?train(?:ing|ed)\b[^,;]{0,80}?\bto\b)[^,;]*$",
                          re.IGNORECASE)
#: a ratio or factor the opening phrase sets: "On CIFAR-100-LT with an imbalance ratio of 100, X
#: attains 52.8%", "With a masking ratio of 75%, X reaches ..."
_CONDITION_OPENER = _Pattern(r"\s*(?:(?:on|at|under|for|using|in)\b[^,;]{0,80}?\s)?with\s+an?\s+(?:[\w-]+\s+){0,2}"
                             r"(?:ratio|factor|budget)\s+of\s+$", re.IGNORECASE)
_CLAUSE_GOES_ON = _Pattern(r"[^,;]{0,60},")
#: the size a gain is put at: "gains are smaller but consistent, at 0.7 BLEU"
_GAIN_AT = _Pattern(r"\b(?:gains?|improvements?|margins?)\s+(?:is|are|was|were|remains?)\b[^.;:()\d]{0,40},\s*at\s+$",
                    re.IGNORECASE)
_METRIC_AT = _Pattern(r"\s+at\s+(?:an?\s+|the\s+)?")


def _between_metrics(s: _Sentence, n: _Number) -> bool:
    """A level of one measure at which another is read: "the false positive rate at 95% true
    positive rate", "precision at 80% recall"."""
    if not any(m.label == "METRIC" and _METRIC_AT.fullmatch(s.text, m.end, n.start) for m in s.mentions):
        return False
    after = _metric_after(s, n.end)
    return after is not None and not _RESOURCE.search(after[0]) and not _FRAME_RATE.match(s.text, n.end)  # not "AP at 30 FPS"


def _threshold_of_a_measure(s: _Sentence, n: _Number) -> bool:
    """A threshold in brackets after a measure, which defines it: "success rate (RMSD below 2 Å)"."""
    return "(" in s.text[max(0, n.start - 30):n.start] and bool(_THRESHOLD_CLOSES.match(s.text, n.end)) \
        and _measure_at(s, n.start) is not None


def _setting_end(s: _Sentence, n: _Number) -> int:
    """Where an operating point's words end: its metric, which no later result takes (or the
    bracket a threshold is written in)."""
    if _threshold_of_a_measure(s, n):
        return _THRESHOLD_CLOSES.match(s.text, n.end).end()
    metric = _metric_after(s, n.end)
    return metric[1] if metric else n.end


def _share_of_a_metric(s: _Sentence, n: _Number) -> bool:
    """Whether "N% of" is followed, within a few words, by a metric: "98.1% of the teacher's
    Recall@20" is a result, where "20% of the training data" is not."""
    return any(m.label == "METRIC" and n.end < m.start <= n.end + 40 and not _LIST_BREAK.search(s.text, n.end, m.start)
               and not _RESOURCE.search(m.name) for m in s.mentions)  # (not "90% of the total model size")


_LIST_BREAK = _Pattern(r"[,;]")


def _mentioned_in(s: _Sentence, n: _Number) -> bool:
    """Whether the number is part of an entity name ("SQuAD 2.0", "ROUGE-1"), or of the
    metrics a name abbreviates after it ("ROUGE-1/2/L")."""
    return any(m.start <= n.start < m.end or (m.label == "METRIC" and m.end <= n.start
                                              and _METRIC_PARTS.fullmatch(s.text, m.end, n.end))
               for m in s.mentions)


#: the further members of a metric family written after one ("ROUGE-1/2/L", "BLEU-1/4")
_METRIC_PARTS = _Pattern(r"(?:/(?:\d|L|Lsum|SU4))+")


def _metric_family(s: _Sentence, m: _Mention) -> list[tuple[int, int, str]]:
    """The metrics "ROUGE-1/2/L" names after its mention "ROUGE-1": ROUGE-2 at "/2", ROUGE-L
    at "/L"; nothing unless the mention's name ends with the member it was written with."""
    parts = _METRIC_PARTS.match(s.text, m.end)
    surface = s.text[m.start:m.end]
    stem, dash, member = m.name.rpartition("-")
    if not parts or not dash or not surface.endswith(member):
        return []
    out, pos = [], m.end
    for part in s.text[m.end:parts.end()].split("/")[1:]:
        out.append((pos, pos + 1 + len(part), f"{stem}-{part}"))
        pos += 1 + len(part)
    return out


#: the join of a rival's bracketed number to the next rival: "X (0.51) and Y", "... and the full Y"
_NEXT_RIVAL_BEFORE = _Pattern(r"\)\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
#: an opening bracket, and a rival's kind word before the bracket of its number ("the GIN-VN
#: baseline (0.1395)"), and "at" before a rival's number ("ahead of SimPLe at 0.14")
_BRACKETED = _Pattern(r"\s*\(\s*")
#: (and how the rival was run: "matching Adam with a tuned warmup schedule (35.4)", not "with fewer parameters")
_KIND_BEFORE_BRACKET = _Pattern(r"\s*(?:(?:baseline|model|system|method)s?\s*)?"
                                r"(?:(?:with|using)\s+(?:an?\s+|the\s+|its\s+)?(?:(?!(?:fewer|less|more|lower|higher|"
                                r"smaller|larger|only)\b)[a-z][\w-]*\s*){1,4})?")
_AT_THE_NUMBER = _Pattern(r"\s+at\s+$")
#: a comparison right before a rival's name: "outperforming", "over", "than", "compared with",
#: "ahead of", "second only to", also through examples ("surpassing strong baselines such as")
_RIVAL_CUE_BEFORE = _Pattern(r"\b(?:out-?perform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|over|than|versus|vs\.?|"
                             r"on\s+par\s+with|comparable\s+to|match(?:es|ing)?|"
                             r"against|compared\s+(?:with|to)|ahead\s+of|close\s+to|as\s+[a-z]+\s+as|"
                             r"second\s+only\s+to|behind|trail(?:s|ing)?)\s+"
                             r"(?:(?:[\w-]+,?\s+){0,4}(?:such\s+as|including|like)\s+)?(?:the\s+|both\s+)?"
                             r"(?:[a-z\d][\w-]*\s+){0,2}(?:(?:[\w-]+\s+){0,2}[\w-]+,\s+)?$", re.IGNORECASE)  # ("768-dimensional")


def _rival_in_brackets(s: _Sentence, n: _Number) -> _Mention | None:
    """The rival a comparison names right before the brackets the number stands in, with no
    gain word before it in the brackets ("outperforming X (5.9% WER)", "better than X
    (-6.86)", not "X (+2.1)"), or right before "at" the number ("ahead of X at 0.14")."""
    text = s.text
    if n.signed and n.value > 0:
        return None
    if _OURS_VERSUS.match(text, n.end) and text[:n.start].rstrip().endswith("("):
        return None  # "on par with X (72.1 vs. 72.4 F1)": the subject's number, then the rival's
    bracket = text.rfind("(", max(0, n.start - 40), n.start)
    if bracket < 0 or re.search(r"[()]|\bby\b|gain|improv|\+", text[bracket + 1:n.start]):
        at = _AT_THE_NUMBER.search(text, max(0, n.start - 6), n.start)
        if at is None:
            return None
        bracket = at.start()
    named = next((m for m in s.mentions if m.label in ("METHOD", "METRIC") and m.end <= bracket
                  and _KIND_BEFORE_BRACKET.fullmatch(text, m.end, bracket) and _named_as_rival(s, m)), None)
    return named or _unnamed_rival_before(s, bracket)


#: a word right before a bracket, and the link from a rival's bracketed number to it
_WORD_BEFORE_BRACKET = _Pattern(r"([A-Za-z][\w+.-]*[\w+])\s*$")
_RIVAL_LIST_LINK = _Pattern(r"\d[^()]*\)\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _unnamed_rival_before(s: _Sentence, bracket: int) -> _Mention | None:
    """A name no entity covers, listed after a rival's bracketed number: "improving over VideoLDM
    (FVD 550) and Make-A-Video (FVD 367)". Its number is nobody's score (no claim is made for a
    name that is no mention), and not the subject's either."""
    word = _WORD_BEFORE_BRACKET.search(s.text, max(0, bracket - 40), bracket)
    if word is None:
        return None
    name, start, end = word.group(1), word.start(1), word.end(1)
    if not (NAME_SHAPED.search(name) or "-" in name and name[0].isupper()) \
            or any(m.start < end and start < m.end for m in s.mentions) \
            or not _RIVAL_LIST_LINK.search(s.text, max(0, start - 30), start):
        return None
    return _Mention(start, end, "NAME", name)


_OURS_VERSUS = _Pattern(r"\s*(?:\\?%|points?)?\s*(?:vs\.?|versus)\s+[-−]?\d", re.IGNORECASE)


def _named_as_rival(s: _Sentence, m: _Mention) -> bool:
    """Whether a comparison names the mention as a rival, directly ("outperforming X") or as the
    next of a list of rivals with their numbers ("outperforming CLIPScore (0.51) and CIDEr")."""
    text = s.text
    while not _RIVAL_CUE_BEFORE.search(text, max(0, m.start - 70), m.start):
        link = _NEXT_RIVAL_BEFORE.search(text, max(0, m.start - 30), m.start)
        if link:
            bracket = text.rfind("(", 0, link.start())
            m = next((x for x in s.mentions if x.end <= bracket and not text[x.end:bracket].strip()), None)
        else:  # "ahead of CLIP4Clip at 44.5, X-CLIP at 46.1 and ..."
            at = _NEXT_RIVAL_AT_BEFORE.search(text, max(0, m.start - 40), m.start)
            m = next((x for x in s.mentions if at and x.end == at.start()), None)
        if m is None:
            return False
    return True


#: the join of a rival's number after "at" to the next rival: "X at 44.5, Y", "... and Y"
_NEXT_RIVAL_AT_BEFORE = _Pattern(r"\s+at\s+[-−]?\d[\d.,]*\s*(?:\\?%|points?)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$",
                                 re.IGNORECASE)


#: the size a gap is brought down to: "narrowing the gap to gloss-based methods to under 1 BLEU"
_GAP_LEFT = _Pattern(r"\b(?:narrow|clos|reduc|shrink|cut|bring|brought|lower)\w*\s+(?:the|this|that|a)\s+(?:[\w-]+\s+)?gap\b"
                     r"[^,;.]{0,60}?\bto\s+(?:under|below|less\s+than|within|only|just|about|around)?\s*$", re.IGNORECASE)
#: what a field takes any such number to mean: "(an improvement of 0.001 in AUC) is considered significant"
_RULE_OF_THUMB_AFTER = _Pattern(r"[^.;,()]{0,40}?\b(?:is|are)\s+(?:often\s+|usually\s+|generally\s+|commonly\s+|widely\s+)?"
                                r"(?:considered|regarded|deemed|viewed|thought\s+to\s+be)\b", re.IGNORECASE)
_ANY_BEFORE = _Pattern(r"(?:^|[.;:]\s+|,\s+(?:and|but|as|since|where)\s+)(?:an?|any|even\s+an?)\s+[^.;,()\d]{0,40}$",
                       re.IGNORECASE)


_AGREEMENT = _Pattern(r"\b(?:agreement|kappa|alpha)\b", re.IGNORECASE)
#: who annotates ("two experts agree with each other at a kappa of 0.68"; not "mixture of experts")
_ANNOTATORS = _Pattern(r"\b(?:inter-?\s?(?:annotator|rater|coder)|annotators?|annotation|raters|coders|"
                       r"(?<!of\s)experts)\b", re.IGNORECASE)
_A_SYSTEM = _Pattern(r"\b(?:our|we|models?|systems?|methods?|approach)\b", re.IGNORECASE)


def _annotators_agreement(s: _Sentence, start: int) -> bool:
    """Whether a number is the annotators' agreement, a property of the data ("labeled by three
    annotators with a Krippendorff's alpha of 0.74"), not what a system reached ("our model
    agrees with human raters at a kappa of 0.83", "On X with full annotator agreement, FinRo
    achieves 97.2%", "GPT-4o shows the highest agreement with experts, with a kappa of 0.61": a model named)."""
    text = s.text
    lo = text.rfind(";", 0, start) + 1
    agreement = _AGREEMENT.search(text, lo, start)
    return agreement is not None and bool(_ANNOTATORS.search(text)) and not _A_SYSTEM.search(text, lo, start) \
        and not any(lo <= m.start < start for m in s.of("METHOD"))


#: a unit per unit of time after a number: a rate measured, not a count ("10 images" is one)
_RATE_UNIT = _Pattern(r"[\s-]*[A-Za-z]+\s*/\s*[A-Za-z]+|[\s-]*[A-Za-z]+\s+per\s+(?:second|sec|minute|hour)\b")


def _is_result(s: _Sentence, n: _Number) -> bool:
    """Whether the number reads as an outcome, not a count, size, year or name (operating
    points, :func:`_is_setting`, are sorted out before)."""
    text = s.text
    pre, post = text[:n.start], text[n.end:]
    if _mentioned_in(s, n):
        return False  # "SQuAD 2.0", "Llama 2", "ROUGE-1"
    if n.start and re.search(r"\d:$", text[max(0, n.start - 2):n.start]):
        return False  # "IoU thresholds 0.1:0.7", "a 1:10 ratio": the second half of a range or ratio
    if _VALUES_AFTER.match(post) and any(m.label == "METRIC" and _BRACKETED.fullmatch(text, m.end, n.start)
                                         for m in s.mentions):
        return False  # "Hausdorff distances (95%) of 4.1 and 5.9 mm": the measure's percentile, its values after
    integer = not n.decimal and n.unit is None and not n.signed
    metric_before = None
    for metric_before in _METRIC.finditer(pre[-30:]):  # the last: "UAS and LAS scores at 94.5%"
        pass
    metric_close_before = bool(metric_before and re.match(
        r"^(?:\s*(?:scores?|of|is|was|=|:|reaches|at|improves|by|\(|up\s+to|around|about|"
        r"over|stays|remains|stands)\s*)*$",
        pre[-30:][metric_before.end():]))
    # a metric mention right before it: "(NASA-TLX 32.1 vs. 47.8)", "an ADE of 0.21 m"
    mention_before = any(m.label == "METRIC" and m.end <= n.start and _METRIC_TO_VALUE.fullmatch(text, m.end, n.start)
                         for m in s.mentions)
    metric_close_before = metric_close_before or mention_before
    if _PRE_REJECT.search(pre) and not metric_close_before:
        return False
    if (hyper := _HYPER.search(pre)) and not metric_close_before and not _CHANGE_FROM.search(pre, 0, hyper.start()) \
            and not _REACHED_A.search(pre, max(0, hyper.start() - 60), hyper.start()):
        # (not "from 41.2% with maximum softmax probability to 18.9%": a change's end, a setting's name; nor
        # "achieves an average task length of 4.12": a quantity reached)
        return False
    if _TARGET_BEFORE.search(text, max(0, n.start - 40), n.start):
        return False  # "the target accuracy of 60%": a goal set, no result
    if _annotators_agreement(s, n.start):
        return False  # "Inter-annotator agreement reaches a Cohen's kappa of 0.81": the data's quality
    if _GAP_LEFT.search(text, max(0, n.start - 100), n.start):
        return False  # "narrowing the gap to gloss-based methods to under 1 BLEU": the gap left, no result
    if _RULE_OF_THUMB_AFTER.match(text, n.end) and _ANY_BEFORE.search(text, max(0, n.start - 60), n.start):
        return False  # "An improvement of 0.001 in AUC is considered significant": a rule of thumb, no result
    if integer and 1900 <= abs(n.value) <= 2100 and "," not in text[n.start:n.end] and not metric_close_before:
        return False  # a year (not "2,029 Elo", nor "an Elo rating of 2029")
    # a measure named right before a larger integer makes it a value: "X (FVD 550)", not "Table 4 (R score 1)"
    valued = mention_before and n.value >= 20
    if integer and post.lstrip(" ")[:1] == ")" and not valued:
        return False  # an enumerator: "(2) ...", "3) ..."
    if integer and _COUNT_OF.match(post):
        return False  # "in 8 of 9 settings"
    if n.unit == TIMES and _FEWER_THAN.search(pre) and not _COMPARATIVE_AFTER.match(post) \
            and not _FACTOR_NOUN_AFTER.match(post):
        # "codes that occur fewer than 10 times": a frequency ("more than 10 times faster", "more than 3x
        # speedup" are results)
        return False
    if n.unit == TIMES and _LARGER_RIVALS.search(pre) and re.match(r"\s*(?:larger|bigger)\b", post):
        return False  # "outperforms models up to 25x larger": the rivals' size, not a gain
    if _SETTING_RANGE.search(pre):
        return False  # "with horizons from 96 to 720": the settings, not a result
    if _MATH_BEFORE.search(pre):
        return False  # "noise rate eta < 1/2", "d^{-1/4}": a bound or a condition
    # "its RMSE at day 5 is 1.21 K", "a binding RMSD of 1.2 Å": a measure named in the clause, read in
    # physical units (a kelvin, not a thousand)
    measure = None
    if _PHYSICAL_UNIT.match(post) and _IS_BEFORE.search(pre):  # (the cheap tests first: this runs for every number)
        clause_lo = _clause_start(text, n.start, commas=True)
        measure = next((m for m in reversed(s.mentions) if m.label == "METRIC" and clause_lo <= m.start < n.start), None)
    physical = measure is not None
    if physical and n.metric is None:
        n.metric, n.metric_by_mention, n.metric_near = measure.name, True, True  # (past a setting: "at day 5 is")
    if _COUNT_WORDS.match(post) and not physical:
        return False  # "175 billion", "1.2 M"
    after_metric = _metric_after(s, n.end, acronym=n.decimal or n.unit is not None) or _metric_after_dataset(s, n)
    next_word = re.match(r"^[\s-]*([A-Za-z][\w-]*)", post)
    if next_word and not after_metric:
        word = next_word.group(1).lower()
        rate_unit = _RATE_UNIT.match(post)  # "bits/min", "tokens/s", "images per second"
        measured_speed = n.unit == TIMES and _FACTOR_NOUN_AFTER.match(post)  # "2.7x end-to-end speedup"
        # "an ADE of 0.21 m" (not "4.8 m long cores"), "latency from 1.84 s to 1.12 s", "RMSE ... is 1.21 K"
        measured = (word in _LENGTH_UNITS and mention_before) or physical or _measured_in_units(s, n, text)
        # "an RMSE of 1.21 pK units": a measure's value in its units
        in_units = mention_before and re.match(r"[\s-]*[A-Za-z]{1,6}\s+units?\b", post)
        # "an AUROC of 0.87 six hours before onset": a measure's decimal value, what follows is not counted
        measured_value = mention_before and n.decimal and _METRIC_OF.search(text, max(0, n.start - 6), n.start)
        # "by 20.1 points CorLoc": points of a measure named after them
        named_points = n.unit == POINTS and NAME_SHAPED.search(next_word.group(1))
        # "is 1.8x that of LLaVA-NeXT": a factor of the rival's own measure
        factor_of = n.unit == TIMES and re.match(r"\s*(?:that|those)\s+of\b", post)
        # "ahead of the 0.271 achieved by Qwen-Audio": a rival's number, named after it
        rival_number = re.match(r"\s*(?:achieved|obtained|reported|reached|attained)\s+(?:by|for)\b", post) \
            and _RIVAL_NUMBER_CUE.search(pre[-40:])
        # "saves 11.2% bitrate": a share of what a verb of change cuts or adds, a result
        changed = n.unit == PERCENT and (direct := _VERB_DIRECT.search(pre)) is not None and not direct.group("drop") \
            and not (direct.group("up") or "").lower().startswith("add")  # (what is added is a cost)
        if word not in _NEXT_OK and not rate_unit and not measured_speed and not measured and not in_units \
                and not measured_value and not named_points and not factor_of and not rival_number and not changed:
            return False  # "10,000 images", "3 epochs", "8 GPUs", "20% labeled data"
    verb = _VERB_DIRECT.search(pre)
    added = verb is not None and (verb.group("up") or "").lower().startswith("add")
    if added and _OVERHEAD_AFTER.match(post):
        return False  # "while adding less than 5% inference overhead": a cost, no gain
    if n.unit == PERCENT and _DATA_SHARE.match(post) and (verb is None or added) \
            and not _SOLVES.search(text, max(0, n.start - 40), n.start):
        # "20% of the training data", "adding only 3% parameters" (but "saves 32% of the training compute",
        # "solves 99.2% of the instances")
        return False
    if n.unit == PERCENT and re.match(r"\s+of\b", post) and not _SHARE_OUTCOME.match(post) \
            and not _SHARE_SUCCEEDING.match(post) and not _WITHIN.search(pre) \
            and not _SOLVED.search(pre) and not _VERB_DIRECT.search(pre) and not _share_of_a_metric(s, n):
        return False  # "40% of bus trips are ...": a proportion, unless of a result (or "within 1.2% of X")
    if n.unit is None and not metric_close_before and re.search(r"[A-Z][\w-]*\s$", pre):
        before = _words_before(text, n.start)
        if _NAME_LIKE.match(before) and re.search(r"[A-Z0-9]", before[1:]):
            return False  # "SFEW 2.0", "VOC 2012": a version of a name
    if n.unit == PERCENT and n.delta_from is None and _DATA_PRE.search(pre) and not after_metric \
            and not _NOUN_AFTER.match(post) and not metric_close_before and not _scored_on(s, n.end) \
            and not _model_at(s, n.start) and not _SOLVED.search(text, max(0, n.start - 40), n.start) \
            and not _RANKED_WITH.search(text, max(0, n.start - 40), n.start):
        # "with only 10% ..." describes the setting; "accuracy at 97.97%", "with 88.2% on MMLU", "truthful on
        # 58% of questions", "performs best with 61.3%" do not
        return False
    if integer and not valued:
        before = _words_before(text, n.start)
        if before[:1].isupper() and not _METRIC.fullmatch(before) and not re.search(
                r"[.:;]\s*$", pre) and pre.strip():
            return False  # "Llama 2", "Task 3" (no mention covered it)
    if n.unit == TIMES and re.match(r"\s*\d", post):
        return False  # "3 × 3 convolutions", "128 × 128": a size
    if n.unit == TIMES and not (_SPEED_CUE.search(text[max(0, n.start - 60):n.start])
                                or _SPEED_CUE.search(post[:40]) or _verb_by(text, max(0, n.start - 140), n.start)
                                or after_metric and _RISE_AFTER.match(post)):
        return False  # "a 2x larger batch" is a setting, not an outcome ("a 2.1x increase in distinct-2" is one)
    return True


#: counts, frequencies, setting ranges and formulas that read like results (:func:`_is_result`)
_VALUES_AFTER = _Pattern(r"\s*\)\s*(?:of|=|:|is|are|was|were)\s*[\d.]", re.IGNORECASE)
_COUNT_OF = _Pattern(r"\s+(?:out\s+)?of\s+(?:the\s+)?\d", re.IGNORECASE)
_FEWER_THAN = _Pattern(r"\b(?:fewer|more|less)\s+than\s+$", re.IGNORECASE)
_LARGER_RIVALS = _Pattern(r"\b(?:models?|baselines?|networks?|LLMs?|ones|counterparts)\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+)?$",
                          re.IGNORECASE)
_SETTING_RANGE = _Pattern(r"\b(?:(?:horizons?|lengths?|sizes?|windows?|budgets?)\s+from|the\s+range\s+(?:from|of))\s+"
                          r"(?:[\d.,]+\s*\S{0,3}\s+to\s+)?$", re.IGNORECASE)
_MATH_BEFORE = _Pattern(r"(?:[\^{]|(?<![\d.])\d{1,2}/|(?:\b[A-Za-z]|\\?(?:eta|alpha|beta|gamma|delta|epsilon|lambda|sigma|tau|rho|mu|"
                        r"theta|kappa)|[ηαβγδελστρμθκ])\s*[<>≤≥])\s*[-−+]?$")


_AT_BEFORE = _Pattern(r"\s+(?:(?:is|are|was|were|stands?|stood|lies|lie|remains?)\s+)?at\s+$")


_FOR_A_MODEL = _Pattern(r"\s*(?:\\?%|points?)?\s+for\s+(?:the\s+)?(?:best\s+|strongest\s+|largest\s+)?(?:open\s+)?"
                       r"(?:(?:model|baseline|system)s?,?\s+)?")


def _model_for(s: _Sentence, end: int) -> str | None:
    """The model named right after a score and "for": "the verdict flip rate is 23.5% for GPT-4",
    "falls to 38.6% for the best open model, Qwen2-VL-72B" (a study's scores, each its model's)."""
    after = _FOR_A_MODEL.match(s.text, end)
    return next((m.name for m in s.of("METHOD") if m.start == after.end()), None) if after else None


def _model_for_versus(s: _Sentence, n: _Number) -> bool:
    """A score for a named model set against another's: "is 88.7% for RoadDiff versus 79.2% for
    TimeGrad" (not any "N% for X": "a compression rate of 80.1% for VGG-16" is a setting)."""
    if n.unit is None and not n.decimal:
        return False
    after = _FOR_A_MODEL.match(s.text, n.end)
    return after is not None and any(m.start == after.end() and _VERSUS_NEXT.match(s.text, m.end)
                                     for m in s.of("METHOD"))


_VERSUS_NEXT = _Pattern(r"\s*,?\s*(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:only\s+)?\d", re.IGNORECASE)


def _model_labelled(s: _Sentence, start: int) -> str | None:
    """The model a number is labelled with in a bracket after a score: "its score is 71.8 (IQL:
    63.2; Diffusion-QL: 69.6)" lists the rivals' scores, each after its name."""
    label = _LABELLED_IN_BRACKET.search(s.text, max(0, start - 80), start)
    if label is None:
        return None
    lo, hi = label.span("name")
    return next((m.name for m in s.of("METHOD") if (m.start, m.end) == (lo, hi)),
                label.group("name") if _NAME_LIKE.match(label.group("name")) else None)


_LABELLED_IN_BRACKET = _Pattern(r"\d\s*(?:\\?%)?(?:\s+[\w@-]+){0,3}?\s*\((?:[^()]*[;,]\s*)?"
                                r"(?P<name>[A-Za-z][\w.+-]*(?:\s[\w.+-]+){0,2}?)\s*:\s*$")


_BEHIND_OBJECT = _Pattern(r"\b(?:trail(?:s|ed|ing)?|lag(?:s|ged|ging)?\s+behind|falls?\s+behind|fell\s+behind|"
                         r"underperform(?:s|ed|ing)?)\s+(?P<object>[^,;]{1,60}?)\s+by\s+(?:\w+\s+)?$", re.IGNORECASE)


def _model_bracketed(s: _Sentence, n: _Number) -> str | None:
    """The model named right before the bracket a score stands alone in: "followed by BIT (68.9)
    and a Siamese U-Net (63.2)"."""
    if not _ALONE_IN_BRACKET.match(s.text, n.end):
        return None
    return next((m.name for m in s.of("METHOD") if _BRACKET_OPENS.fullmatch(s.text, m.end, n.start)), None)


_BRACKET_OPENS = _Pattern(r"\s*\(\s*")
_ALONE_IN_BRACKET = _Pattern(r"\s*(?:\\?%|points?)?\s*\)")


def _trails_ours(s: _Sentence, start: int) -> bool:
    """Whether the number measures how far something trails the paper's own method ("X still
    trails PivotAlign by 1.2 F1", "lags behind ours by 3 points")."""
    behind = _BEHIND_OBJECT.search(s.text, max(0, start - 90), start)
    if behind is None:
        return False
    lo, hi = behind.span("object")
    return any(m.name == s.own and lo <= m.start and m.end <= hi for m in s.of("METHOD")) \
        or bool(re.fullmatch(r"(?:ours|our\s+(?:model|method|approach|system))", behind.group("object"), re.IGNORECASE))


def _model_at(s: _Sentence, start: int) -> str | None:
    """The model named right before "at" and the number: "with LLaMA-2-70B at 47.5%" is
    where that model stands, not a setting."""
    at = _AT_BEFORE.search(s.text, max(0, start - 16), start)
    return next((m.name for m in s.of("METHOD") if m.end == at.start()), None) if at else None


def _model_reaching(s: _Sentence, start: int) -> str | None:
    """The model of "with X reaching N": "..., with AdamW reaching 77.1% top-1 accuracy", "with GPT-4o
    losing only 4.2 points"."""
    return next((m.name for m in s.of("METHOD") if m.end < start and s.text.endswith("with ", 0, m.start)
                 and _REACHING.fullmatch(s.text, m.end, start)), None)


_REACHING = _Pattern(r"\s+(?:\w+ly\s+)?(?:reaching|achieving|scoring|obtaining|attaining|losing|gaining|dropping)\s+"
                     r"(?:[\w@-]+\s+){0,4}?(?:of\s+)?", re.IGNORECASE)


#: a rival named for the next number, right before it: "... and over RoBERTa by 1.3" (not "by 2.1 over
#: BERT and by 1.3 ...", where the rival after the number is its own)
_NEXT_GAINS_RIVAL = _Pattern(r"(?:,|\band)\s+(?:\w+\s+)?(?:over|than|against|versus|vs\.?|compared\s+(?:to|with)|relative\s+to)"
                             r"\s+(?:(?!\band\b)[^,;.]){1,60}?\s+by\s+(?:about\s+|nearly\s+|up\s+to\s+|roughly\s+)?$",
                             re.IGNORECASE)


def _opened_on_a_dataset(s: _Sentence, start: int) -> bool:
    """Whether the clause before ``start`` opens with "On <dataset>" and a pronoun or name ("On
    OCRBench it scores 861")."""
    lo = _clause_start(s.text, start, commas=False)
    on = re.match(r"\s*(?:On|on)\s+(?:the\s+)?", s.text[lo:start])
    return bool(on) and any(m.start == lo + on.end() and re.match(r",?\s+(?:it|they|we|[A-Z][\w.-]*)\s+\w+\s*$",
                                                                  s.text[m.end:start]) for m in s.of("DATASET"))


def _scored_on(s: _Sentence, end: int) -> bool:
    """Whether a dataset is named right after ``end``, as where a score was obtained ("88.2% on MMLU")."""
    on = re.match(r"\s+(?:on|in)\s+(?:the\s+)?", s.text[end:end + 12])
    return bool(on) and any(m.start == end + on.end() for m in s.of("DATASET"))


def _direction(word_groups: dict[str, str | None], metric: str | None) -> tuple[str, float]:
    """Kind and sign from the cue group that matched ("up", "down", "either", "drop")."""
    if word_groups.get("up"):
        # (an attack's success rate is lower-is-better only for its defender: "the attack raises ASR by
        # 55 points" is a gain)
        lower_better = bool(metric and _LOWER_BETTER.search(metric)) and not _ATTACKERS_AIM.search(metric)
        # "a relative word error rate increase of 4%": more of a lower-is-better measure is a loss, and
        # bettering one is a cut ("improves the 5-day RMSE by 4.1%")
        if lower_better and _LITERAL_RISE.match(word_groups["up"]):
            return IMPROVEMENT, -1.0
        if lower_better and _BETTERED.match(word_groups["up"]):
            return REDUCTION, 1.0
        return IMPROVEMENT, 1.0  # (and "2.3x faster in training time", "exceeds its attack success rate by")
    if word_groups.get("down") or word_groups.get("either"):
        # a cut, or a higher-is-better measure falling ("Removing the dictionary reduces average chrF by
        # 5.2 points"): the size of the fall, as written
        return REDUCTION, 1.0
    # a drop, decline or loss is a fall too; measured against a rival ("worse", "lags", "trails", "below")
    # it is a negative gain, whatever the measure ("a WER only 0.6% absolute worse than the teacher's")
    if not _JUDGED_WORSE.match(word_groups.get("drop") or ""):
        return REDUCTION, 1.0
    return IMPROVEMENT, -1.0


_ATTACKERS_AIM = _Pattern(r"attack\s+success", re.IGNORECASE)
_JUDGED_WORSE = _Pattern(r"worse|underperform|lag|trail|slower|below|behind", re.IGNORECASE)
_IT_OPENS = _Pattern(r"(?:(?:On|In|For|With|Across|Under|Moreover|Furthermore|Additionally|Finally)\b[^,;]{0,60},\s+(?=it\s))?"
                     r"[Ii]t\s+(?:\w+ly\s+|also\s+|further\s+)*(?!is\b|was\b)[a-z]+s\b")  # (and "On FiQA, it lowers")
_BETTERED = _Pattern(r"improv|better|enhanc|boost", re.IGNORECASE)
_LITERAL_RISE = _Pattern(r"increas|higher|more\b|rais|ris|grow|grew|climb|above", re.IGNORECASE)
#: a verb of change before "from A to B" ("improves from 56.8% to 74.3%")
_CHANGE_VERB = _Pattern(r"\b(?:improv|increas|rais|boost|lift|push|reduc|decreas|lower|drop|fall|fell|cut|"
                        r"declin|bring|brought|go|went|grow|grew|climb|jump|rise|rose|advanc|gain|enhanc|shr[iau]nk|"
                        r"narrow|widen)\w*",
                        re.IGNORECASE)


def _named_metrics_masked(s: _Sentence, lo: int, hi: int, labels: tuple[str, ...] = ("METRIC",)) -> str:
    """``s.text[lo:hi]`` with each METRIC (or ``labels``) mention in it one word: "exact match"
    is no verb, "the PASCAL VOC 2012 val set" one name."""
    out, pos = [], lo
    for m in s.mentions:
        if m.label in labels and lo <= m.start and m.end <= hi:
            out += [s.text[pos:m.start], "M"]
            pos = m.end
    return "".join(out) + s.text[pos:hi]


def _same_word_after(a: re.Match | None, b: re.Match | None) -> bool:
    return a is not None and b is not None and a.group("word").lower() == b.group("word").lower()


def _follows(pre_slot: str) -> bool:
    """Whether the text since the previous number continues its list ("88.5 on A and",
    "accuracy by 2.1% and F1 by"), with no verb of its own."""
    return len(pre_slot.split()) <= 6 and not _RESULT_VERB.search(pre_slot) and not _CLAUSE_END.search(pre_slot) \
        and bool(re.search(r"(?:,|\band\b|\bor\b|/|\bby\b|\bvs\.?)\s*(?:[\w@.-]+\s+){0,3}" + _APPROX + "?$", pre_slot))


#: a gain set beside a score, before the next score: "0.86% on A, a 21% relative reduction over X, and",
#: "a score of 58.3, 4.1 points higher than naive upcycling, and"
_GAIN_APPOSED = _Pattern(r"[^,;]{0,60}?(,\s+(?:(?:an?|the)\s+[^,;]{1,80}?|[^,;]{0,25}?\b(?:higher|better|lower|worse|"
                         r"above|below|ahead|behind)\b[^,;]{0,60}?),)\s*and\s+", re.IGNORECASE)
#: a noun phrase set beside the previous result: "85.3% on Spider, a new state of the art among prompting
#: methods, and 60.1% on BIRD"
_APPOSITION = _Pattern(r",\s+(?:an?|the)\s+[^,;\d]{1,60}?(?=,)", re.IGNORECASE)
_AT_LEVEL = _Pattern(r"\bat\s+" + _APPROX + "?$", re.IGNORECASE)
_AND_QUANTIFIED = _Pattern(r"\band\s+" + _QUANTIFIER + "?$", re.IGNORECASE)
_BY_BEFORE = _Pattern(r"\band\s+(?:[\w@.-]+\s+){0,5}by\s+" + _QUANTIFIER + "?$", re.IGNORECASE)  # ("and on MasakhaNER 2.0 by")


#: a parallel change or level on another place: "... to 63.8 and on ICEWS05-15 from", "... on 3DMatch to
#: 95.0% and on the low-overlap 3DLoMatch to", "... to 1.8% in clean conditions and from"
_NEXT_PLACE = _Pattern(r"(?:\s+(?:on|for|in|at|under)\s+(?:[^,;\d]|(?<=[A-Za-z-])\d+){1,40}?)?"
                      r"\s*,?\s*and\s+(?:(?:on|for|in)\s+[^,;]{1,60}?\s+|from\s+[\d.]+\s*%?\s+)?(?:from|to)\s+",
                      re.IGNORECASE)
_AND_BY = _Pattern(r"\band\s+by\s+" + _QUANTIFIER + "?$", re.IGNORECASE)
_BY_ONLY = _Pattern(r"\s*(?:\([^()]*\)\s*)?by\s+" + _QUANTIFIER + "?", re.IGNORECASE)
_WITHIN = _Pattern(r"\bwithin\s+(?:about\s+|only\s+|just\s+|roughly\s+)?$", re.IGNORECASE)
_POINTS_ASIDE = _Pattern(r"\s*(?:\\?%|points?|pp|percentage\s+points?)?\s*\)", re.IGNORECASE)
_POINTS_END = _Pattern(r"\s*(?:%|points?|pp|percentage\s+points?)?\s*(?:[.;]|,\s+(?:and|while|but)\b|$)",
                       re.IGNORECASE)
_POINTS_OF = _Pattern(r"\s*(?:%|points?|pp|percentage\s+points?|[A-Za-z@-]+\d*)?\s+of\s+(?:the\s+)?", re.IGNORECASE)


_CLOSES = _Pattern(r"\b(?:clos|narrow|bridg)(?:es|ed|ing|e)\s+(?:about\s+|over\s+|nearly\s+|almost\s+|up\s+to\s+)?$",
                  re.IGNORECASE)
_OF_THE_GAP = _Pattern(r"\s*(?:\\?%|percent)?\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:gap|difference)\b",
                       re.IGNORECASE)


#: a gain that grows to a size: "the gap widens to 5.8 mAP", "the margin grows to 3 points"
_GAP_GROWS_TO = _Pattern(r"\b(?:gap|margin|lead|advantage|gain|improvement)s?\s+(?:\w+\s+){0,2}?(?:widen|grow|increase|rise)"
                         r"(?:s|ed|n)?\s+(?:further\s+)?to\s+(?:about\s+|nearly\s+|almost\s+|over\s+)?$|\b(?:gap|margin)s?\s+"
                         r"(?:\w+\s+){0,2}?grew\s+to\s+$", re.IGNORECASE)


_SCORES_RIGHT_BEFORE = _Pattern(r"\b(?:scores|scored|reaches|reached|achieves|achieved|obtains|obtained|attains|"
                                r"attained)\s+(?:an?\s+)?(?:only\s+|just\s+)?$", re.IGNORECASE)


def _classify(s: _Sentence, n: _Number, lo: int, previous: _Number | None) -> bool:
    """Set ``n.kind`` (and the sign of its value); False when the number is no claim."""
    text = s.text
    pre_slot = text[lo:n.start]
    window = text[max(lo, n.start - 140):n.start]
    metric = n.metric
    if n.delta_from is not None:
        if n.metric is None and n.unit is None and not n.decimal:
            return False  # "from 86 to 338 languages": counts, not a measured change
        if n.metric is None and previous is not None and previous.delta_from is not None and previous.metric \
                and _NEXT_PLACE.fullmatch(pre_slot):
            n.metric = previous.metric  # "improves MRR on A from 60.1 to 63.8 and on B from 68.0 to 71.2"
        if n.metric is None and not _CHANGE_VERB.search(window) and not _RESULT_VERB.search(window):
            return False  # "Fe2O3 from 54.59% to 60.63%": a range of contents, no result
        n.kind = SCORE  # the result reached, as written; the gain itself is not written
        return True
    if _WITHIN.search(window):
        # "within 0.6 points of ColBERTv2", "matching QLoRA on MMLU (within 0.3 points)": short
        # of the rival by at most that much
        of_rival = _POINTS_OF.match(text, n.end)
        # or at the end of the clause: "while in-domain accuracy stays within 0.5%"
        if of_rival or _POINTS_ASIDE.match(text, n.end) or _POINTS_END.match(text, n.end):
            n.kind, n.value = IMPROVEMENT, -abs(n.value)
            if of_rival:
                n.baseline = n.baseline or _entity_after(s, of_rival.end())
            return True
    if n.unit == PERCENT and _OF_THE_GAP.match(text, n.end) and _CLOSES.search(window):
        # "closing 60% of the gap to the full-context model": a gain measured against a gap, in no
        # measure's own scale (not a word error rate of 60%)
        n.kind, n.metric, n.metric_by_mention, n.metric_near, n.own_measure = IMPROVEMENT, None, False, False, True
        return True
    if _GAP_GROWS_TO.search(window):
        n.kind = IMPROVEMENT  # "under linear probing the gap widens to 5.8 mAP": the gain's new size
        return True
    cue = _verb_by(window) or _NOUN_OF.search(window) or _VERB_DIRECT.search(window)
    if cue and n.unit == PERCENT and (cue.group("up") or "").lower().startswith(("recover", "regain")) \
            and re.match(r"\s+of\b", text[n.end:]):
        cue = None  # "recovers 90% of the loss": the share reached, a score, not a gain of 90%
    if cue and (cue.groupdict().get("drop") or "").lower().startswith("cost") and _COMPARATIVE_AFTER.match(
            text, _UNIT_ONLY.match(text, n.end).end()):
        cue = None  # "costs 20% more memory": the comparative after the number says which way
    if cue and (cue.groupdict().get("drop") or "").lower().startswith("drop") and re.match(r"\s+of\b", text[n.end:]) \
            and not re.search(r"\bby\s+(?:\w+\s+)?$", window):
        return False  # "drops 30% of the tokens": a share of things dropped, the method's setting
    and_by = None if cue else _BY_BEFORE.search(pre_slot)
    if not cue and (and_by or _BY_ONLY.fullmatch(pre_slot)):
        # "improves ROUGE-L from 44.1 to 47.9 and RadGraph F1 by 5.2": the verb is before the
        # previous number, in the same clause; or before an operating point ("reducing the FPR
        # at 95% TPR (FPR95) by 21.4%")
        cue = _verb_by(text, _clause_start(text, n.start, commas=False), n.start)
        if not cue and and_by and previous is not None and previous.delta_from is not None:
            cue = _verb_of_change(text, previous)  # too far before "by" for _verb_by
    if n.metric_near and n.metric and (own := _NOUN_AFTER.fullmatch(" " + n.metric.rsplit(None, 1)[-1])):
        cue = own  # "(12% error reduction)": the number's own noun, not an earlier cue
    saved = _FACTOR_NOUN_AFTER.match(text, n.end) if n.unit == TIMES else None
    if saved and saved.group(0).rstrip().lower().endswith(("reduction", "reductions", "saving", "savings")):
        # "with 10x GPU memory reduction": a factor cut off what the words before the noun name
        n.kind, n.value = REDUCTION, abs(n.value)
        measure = saved.group(0).split()[:-1]
        if measure and n.metric_end == n.end:  # (not a measure named before: "higher accuracy than X with")
            n.metric, n.metric_by_mention, n.metric_near = " ".join(measure), False, True
        return True
    after = _NOUN_AFTER.match(text, n.end)
    if not after and n.metric:
        after = _NOUN_AFTER.match(text, n.metric_end)  # "2.3 BLEU points higher"
    if not after and (unit := _PHYSICAL_UNIT.match(text, n.end)):
        after = _NOUN_AFTER.match(text, unit.end())  # "1.2 Å lower than AlphaFold2"
    if cue or after:
        groups = (cue or after).groupdict()
        # no measure named: what the clause says falls may be one where less is better ("the average
        # number of generated tokens falls by 21%", "Token consumption ... falls by 58%"; a rise keeps its
        # sign: "increased ... watch time by 1.9%")
        clause = "" if metric or groups.get("up") else text[_clause_start(text, n.start, commas=True):n.start]
        kind, sign = _direction(groups, metric or (clause if _LOWER_BETTER.search(clause) else None))
        if cue and after and after.group("down") and not cue.group("down"):
            kind, sign = REDUCTION, 1.0  # "by 3x fewer parameters"
        elif cue and after and after.group("up") and not cue.group("up") and after.start() == n.end:
            kind, sign = IMPROVEMENT, 1.0  # "never degrades throughput and is up to 2.3x faster"
        n.kind = kind
        n.value = abs(n.value) * sign if not n.signed else n.value
        if kind == REDUCTION and n.signed and n.value < 0 and not (metric and _LOWER_BETTER.search(metric)):
            n.kind = IMPROVEMENT  # "costs -0.3 BLEU": a loss written with its sign, kept as written
        elif kind == REDUCTION:
            n.value = abs(n.value)
        return True
    if n.signed:
        lower_better = bool(metric and _LOWER_BETTER.search(metric))
        if lower_better and n.value < 0:
            n.kind, n.value = REDUCTION, -n.value
        else:
            n.kind = IMPROVEMENT
        return True
    # (not a score in its own metric after the previous gain's rival: "an improvement of 5.1 AP
    # over Detic, and 43.1 box AP50 on OV-COCO")
    own_score = n.metric_near and previous is not None and n.metric != previous.metric \
        and bool(_BASELINE_CUE.search(pre_slot))
    # (nor a level: "improving over BEVFormer by 1.4 NDS, and runs at 12 FPS"; nor a number listed with one
    # dropped after the gain: "within 0.3 points of the MLE baseline (37.1 vs. 37.4)")
    if previous is not None and previous.kind in {IMPROVEMENT, REDUCTION} and not own_score \
            and not _AT_LEVEL.search(pre_slot) and not _STANDALONE_NUMBER.search(text, previous.end, lo) \
            and (_follows(pre_slot) or _follows(_named_metrics_masked(s, lo, n.start, ("METRIC", "DATASET", "TASK")))
                 or (_AND_BY.search(pre_slot) or n.unit == POINTS and _AND_QUANTIFIED.search(pre_slot))
                 and not _RESULT_VERB.search(pre_slot)):
        # (a task's name is no verb: "5.7% on question answering (RACE), and 1.5% on ..."; points are a
        # difference: "by up to 12 BLEU points for low-resource MT and over 5 BLEU points for ...")
        n.kind = previous.kind
        if previous.value < 0 <= n.value:
            n.value = -n.value
        elif n.metric and n.metric_near and n.metric != previous.metric and not n.signed \
                and (shared := _verb_by(before := text[max(0, previous.start - 140):previous.start])
                     or _VERB_DIRECT.search(before)) is not None and shared.group("up"):
            # a measure of its own, which the shared verb may move the other way: "improves WER by 3.8% and
            # MTWV by 0.0076", "increases accuracy by 2% and latency by 5%"
            n.kind, sign = _direction(shared.groupdict(), n.metric)
            n.value = abs(n.value) * (1.0 if n.kind == REDUCTION else sign)
        return True  # "by 1.2 and 3.4", "accuracy by 2.1% and F1 by 3.4", "by 12 BLEU on A ..., and by 5.3 on B"
    if n.unit == TIMES:
        n.kind = IMPROVEMENT
        return True
    # A score: needs a metric, a percent, or a result verb in its clause.
    clause = text[_clause_start(text, n.start, commas=True):n.start]
    for own_verb in _AND_RESULT_VERB.finditer(clause):  # "outperform previous results and achieve 1.27"
        clause = clause[own_verb.end():]
    # "92.4% against GPT-4o and 85.1% against Claude": scores set against targets, not a baseline's
    # (with the same word: not "0.56 with experimental values, compared with 0.43 for ThermoNet")
    parallel = previous is not None and previous.kind == SCORE and _same_word_after(
        _PARALLEL_AGAINST.match(text, previous.end), _PARALLEL_AGAINST.match(text, n.end))
    if (_BASELINE_CLAUSE.search(clause) and not parallel and not _SHARE_OF_CASES.match(text, n.end)) \
            or _BASELINE_AFTER.match(text, n.metric_end) or \
            _HUMAN_REFERENCE.search(text, max(0, n.start - 80), n.start) or re.search(
            r"(?<!ranging )(?<!range )\bfrom\s+(?:the\s+)?$", pre_slot):
        return False  # the baseline's number ("compared to 85.2 for BERT", "the 56.7 F1 of the prior best")
    if n.metric and _RESOURCE.search(n.metric) and n.metric_end == n.end and not (
            _TIMED.search(n.metric) and _TIME_UNIT_AFTER.match(text, n.end)) and not _measured_in_units(s, n, text):
        # "... parameters, using 5 ...": a resource named before is no score; but "a latency of 4.2 ms" and
        # "peak memory is 12 GB" are
        n.metric = None
    if n.metric and n.unit is None and n.metric_end > n.end and _SIZE.search(n.metric) \
            and not _PER_SECOND.match(text, n.metric_end):
        return False  # "200 MFLOPs", "110M parameters": a model's size, like a parameter count (not "612 TFLOPs/s")
    # Evidence for a score: a metric bound next to it, else a result verb before it (shared
    # by numbers coordinated with a previous score: "40.7% and 45.7%").
    if n.metric is not None and n.metric_near:
        n.kind = SCORE
        return True
    if n.unit is None and not n.decimal and previous is not None and previous.kind == SCORE and previous.metric \
            and previous.value and 1 / 3 <= n.value / previous.value <= 3 and _SCORES_RIGHT_BEFORE.search(pre_slot):
        # "GPT-4-Turbo leads with an Elo rating of 1251, and the strongest open model, Llama-2-70B-chat, scores
        # 1077": a score of the same kind as the one before, which a count is not
        n.metric, n.metric_by_mention, n.metric_near = previous.metric, previous.metric_by_mention, True
        n.kind = SCORE
        return True
    if n.unit is None and not n.decimal and _SCORING.search(text, max(lo, n.start - 12), n.start) and (
            _scored_on(s, n.end) or _opened_on_a_dataset(s, n.start)):
        # "scoring 725 on OCRBench", "reaches 1,612 on MME", "On OCRBench it scores 861": a benchmark's own
        # score, an integer
        n.kind = SCORE
        return True
    if n.unit is None and not n.decimal:
        return False  # an integer with neither metric nor unit is a count
    if previous is not None and previous.kind in (IMPROVEMENT, REDUCTION) and _TO_THE_RESULT.fullmatch(pre_slot):
        # "improves accuracy by 1.4 points to 64.2%": the result the gain reaches, in its measure
        if n.metric is None:
            n.metric, n.metric_by_mention = previous.metric, previous.metric_by_mention
        n.kind = SCORE
        return True
    coordinated = previous is not None and previous.kind in (SCORE, SOTA) and (
        _follows(_APPOSITION.sub("", _named_metrics_masked(s, lo, n.start, ("METRIC", "DATASET"))))
        or _labelled_by_a_dataset(s, lo, n) or _NEXT_PLACE.fullmatch(pre_slot)
        # each in brackets after its place: "Disgust (0.77) and Anger (0.78)", "A (84.3, +2.1 over X) and B (44.6%"
        or _NEXT_IN_BRACKETS.fullmatch(pre_slot) and text[:previous.start].rstrip().endswith("(")
        or _next_dataset(s, lo, n.start) or _same_condition_word(pre_slot, text, n.end)
        or _BUT_ONLY.fullmatch(pre_slot))
    colon = text.rfind(":", lo, n.start)
    # "achieves state-of-the-art performance on technical benchmarks without the use of external
    # tools: 50.3% on MATH": the results the clause before the colon announces
    listed = colon >= 0 and not text[colon + 1:n.start].strip() and _RESULT_VERB.search(text, lo, colon)
    preferred = n.unit == PERCENT and bool(_PREFERRED.search(text, max(0, n.start - 160), n.start)
                                           and _SHARE_OUTCOME.match(text, n.end))
    if not (coordinated or listed or _RESULT_VERB.search(text[max(lo, n.start - 80):n.start])
            or (n.unit == PERCENT and _SOLVED.search(text, max(lo, n.start - 40), n.start))  # "refuse 97.4% of"
            or (n.unit == PERCENT and _SHARE_SUCCEEDING.match(text, n.end))  # "62.1% of its outputs recompile"
            or _PERFORMANCE_OF.search(text, max(lo, n.start - 30), n.start)  # "its performance of 75% on"
            or _RUNS_AT.search(text, max(lo, n.start - 50), n.start)  # "runs at a throughput of 3.2 tables per second"
            or (text.endswith("with ", 0, n.start) and _scored_on(s, n.end))
            or _PLACED_WITH.search(text, max(lo, n.start - 80), n.start)  # "and 1st on unseen languages with 0.497"
            or ((n.unit == PERCENT or n.decimal) and _model_at(s, n.start))
            or _model_labelled(s, n.start)
            or _model_for_versus(s, n)
            or preferred):
        return False  # "Bus 27.03% 6.30% ...": a table row, not a claim; "with 88.2% on MMLU" is one
    if preferred and not n.metric_near:
        n.metric = None  # "..., and human raters prefer its summaries in 63% of cases": a share, not the ROUGE before
    n.kind, n.weak = SCORE, n.metric is None and n.unit is None
    return True


#: the verb of a benchmark's own score right before it: "scoring 725 on OCRBench" (narrower than
#: _VERB_BEFORE_RESULT: the number right after the verb, for an integer that is otherwise a count)
_SCORING = _Pattern(r"\b(?:scor|reach|achiev|obtain|attain)(?:es|ed|ing|e|s)?\s+$", re.IGNORECASE)
#: a result named as such: "as evidenced by its performance of 75% on a word analogy task"
_PERFORMANCE_OF = _Pattern(r"\b(?:its|their|our|a|an|the)\s+(?:\w+\s+)?(?:performance|results?)\s+of\s+$",
                           re.IGNORECASE)
#: a list item labelled by its dataset: "...; MKQA: 71.3; XOR-Retrieve: 76.4"
_LABEL_BEFORE = _Pattern(r"[;,]\s*(?:and\s+)?(?P<label>[^;,:()]{1,40}?)\s*:\s*$")


#: the previous score's place, long, up to the comma before the next score: "89.6% over the six
#: transfer tasks of Office-31, 71.3% on ..." (datasets masked as M)
_OWN_PLACE_THEN_NEXT = _Pattern(r"\s*(?:on|over|across|for|in)\s+[^,;\d]{0,50}?\bM\s*,\s*(?:and\s+)?", re.IGNORECASE)
#: the next place named before its score, after a comma: "... 5-shot classification, and on M 78.7%"
_ON_NEXT_PLACE = _Pattern(r"(?:[,;]|\band)\s*(?:and\s+)?(?:on|for)\s+(?:the\s+)?M\s*,?\s*$", re.IGNORECASE)


#: a condition closing the previous result's clause, then "and": "... unit tests at -O0, and"
_CONDITION_THEN_AND = _Pattern(r"\b(?P<word>at|under|with|for|in|on)\s+[^\s,;]+(?:\s+[^\s,;]+){0,2}\s*,?\s+and\s+$",
                               re.IGNORECASE)
_CONDITION_NEXT = _Pattern(r"\s*(?:\\?%|points?)?\s+(?P<word>at|under|with|for|in|on)\s", re.IGNORECASE)


def _same_condition_word(pre_slot: str, text: str, end: int) -> bool:
    """Whether two results are each set under a condition of the same kind: "62.1% of its outputs
    recompile ... at -O0, and 39.7% at -O2"."""
    return _same_word_after(_CONDITION_THEN_AND.search(pre_slot), _CONDITION_NEXT.match(text, end))


def _next_dataset(s: _Sentence, lo: int, start: int) -> bool:
    """Whether the text since the previous score only moves on to the next dataset."""
    slot = _named_metrics_masked(s, lo, start, ("DATASET",))
    return not _RESULT_VERB.search(slot) and bool(_OWN_PLACE_THEN_NEXT.fullmatch(slot) or _ON_NEXT_PLACE.search(slot))


def _labelled_by_a_dataset(s: _Sentence, lo: int, n: _Number) -> bool:
    """Whether the number follows "DATASET:" in a list after an earlier score."""
    label = _LABEL_BEFORE.search(s.text, lo, n.start)
    return bool(label) and any(label.start("label") <= m.start < label.end("label") for m in s.of("DATASET"))


#: a comparative right after a number ("1.5x smaller", "40% fewer")
_COMPARATIVE_AFTER = _Pattern(r"\s*(?:faster|slower|smaller|larger|bigger|cheaper|shorter|longer|fewer|less|more)\b",
                              re.IGNORECASE)
#: what introduces a value, so that a minus before it is the value's sign ("a score of -7.32")
_VALUE_BEFORE = _Pattern(r"(?:\b(?:of|is|was|are|were|reaches|reached|achieves|achieved|attains|obtains|yields)|[=:≈])\s*$",
                         re.IGNORECASE)
_AFTER_A_NUMBER = _Pattern(r"\d\s*(?:\\?%|points?)?\s*$")
_BEFORE_A_NUMBER = _Pattern(r"\s*(?:of|:|=|is|was)\s+[~≈]?\d", re.IGNORECASE)
_UNIT_ONLY = _Pattern(r"\s*(?:\\?%|points?)?\s*")


def _bind_metric(s: _Sentence, n: _Number, lo: int, hi: int) -> None:
    """Metric of a number: right after it ("88.5 EM"), else "in / of METRIC" just after it
    ("a 17% reduction in WER"), else the nearest before it in its slot ("improves BLEU by
    2.3"), else the sentence's only quality metric, except for a factor or a number before a
    comparative ("1.3x faster with no accuracy drop": accuracy is what was kept)."""
    n.metric_end = n.end
    found = _metric_after(s, n.end, acronym=n.decimal or n.unit is not None) or _metric_after_dataset(s, n)
    if found:
        n.metric, n.metric_end, n.metric_by_mention = found
        n.metric_near = True
        if n.unit is None and _POINTS_AFTER.match(s.text, n.metric_end):
            n.unit = POINTS  # "2.3 BLEU points"
        return
    after = _IN_METRIC.match(s.text, n.end, hi)
    if after:
        found = _metric_after(s, after.end(), limit=5)
        if not found and _COUNTED_FAILURES.match(s.text, after.end()) and _NOUN_AFTER.match(s.text, n.end):
            n.own_measure = True  # "a 21% reduction in factual errors": a count of its own, no metric named before
            return
        if found:
            n.metric, end, n.metric_by_mention = found
            n.metric_near = True
            while (link := _METRIC_LINK.match(s.text, end, hi)) and (
                    found := _metric_after(s, link.end(), limit=5)):
                n.also_metrics.append(found[0])
                end = found[1]
            return
    if n.unit == PERCENT and _OWN_NOUN_AFTER.match(s.text, n.end) \
            and (direct := _VERB_DIRECT.search(s.text, max(0, n.start - 40), n.start)) and direct.group("down"):
        n.own_measure = True  # "saving 75% training memory": the noun after says what was measured
        return
    versus = _VERSUS_NUMBER.match(s.text, n.end)
    if versus and (found := _metric_after(s, versus.end(), limit=5)):
        n.metric, _, n.metric_by_mention = found  # "(88.9 vs. 89.1 average score)": one measure for both
        n.metric_near = True
        return
    if _DB_AFTER.match(s.text, n.end):  # "by 1.02 dB" after "a PSNR of 24.31 dB and SSIM of 0.857"
        in_db = [m for m in _metrics_in(s, 0, n.start) if _DB_METRIC.search(m[2])]
        if in_db:
            n.metric, n.metric_by_mention, n.metric_near = in_db[-1][2], in_db[-1][3], True
            return
    if _measures_its_own_object(s, max(lo, n.start - 90), n.start):
        n.own_measure = True
        return
    named = _NAMED_SCORE.search(s.text, max(lo, n.start - 40), n.start)
    if named and not any(m.label == "METRIC" and named.start() <= m.start < n.start for m in s.mentions):
        # "compared to 0.72 for the qSOFA score, and a utility score of 0.43": a score named by its own word
        n.metric, n.metric_by_mention, n.metric_near = named[1] + " score", False, True
        return
    timed = _TIME_UNIT_AFTER.match(s.text, n.end) is not None  # "85 ms", "42 FPS": a time or a speed
    before = _metrics_in(s, max(lo, n.start - 70), n.start)
    if len(before) > 1 and _OF_THE.fullmatch(s.text, before[-2][1], before[-1][0]):
        before.pop()  # "the false negative rate of exact set match from 8.1% to 0.3%": the rate is measured
    if before:
        start, end, name, by_mention = before[-1]
        between = s.text[end:n.start]
        # the previous number's own metric: "45.2% pass@1 on HumanEval and 78.5 on MMLU"
        # (a slot opening at a bracket follows no number: "outperforming DCCRN (PESQ 2.94)")
        owned_by_previous = lo > 0 and (re.match(r"\s*(?:,|and\b)", between)
                                        or _UNIT_ONLY.fullmatch(s.text, lo, start) and s.text[lo - 1] != "(") \
            and not _RESTATED_AS.search(between)
        # "... of the teacher's Recall@20 while being 27x faster": a comparative in a clause of its own;
        # "reaches the target accuracy with 41% fewer communication rounds": the comparative's noun
        own_clause = (n.unit == TIMES or _COMPARATIVE_AFTER.match(s.text, n.end)) and _CLAUSE_END.search(between) \
            or _COMPARATIVE_OF_NOUN.match(s.text, n.end)
        # "an average accuracy of 64.9% ..., with a forgetting of only 15.8%": a quantity named after the metric
        renamed = _NAMED_QUANTITY.search(s.text, max(end, n.start - 40), n.start) is not None
        if not owned_by_previous and not own_clause and not renamed and not (timed and not _TIMED.search(name)) and (
                not _RESOURCE.search(name) or len(between.split()) <= 4 or _RESOURCE_OF_BY.fullmatch(between)):
            n.metric, n.metric_by_mention, n.metric_near = name, by_mention, True
            return
    if n.unit == TIMES or _COMPARATIVE_AFTER.match(s.text, n.end):
        # "1.3x faster", "40% smaller": the comparative says what was measured, no metric names it
        n.own_measure = bool(_COMPARATIVE_OF_NOUN.match(s.text, n.end))  # "45% fewer rounds"
        return
    if timed:
        return  # "decodes an image in 85 ms": a time, in no quality measure of the sentence
    # (not one that only introduces a later number: "a macro-F1 of 0.79 on A and 0.72 on B, and its
    # agreement (quadratic weighted kappa 0.83)": 0.72 is a macro-F1)
    # (two candidates left already rule the fallback out: each test scans the sentence's metrics)
    quality = list(itertools.islice(((name, by) for name, by in s.quality_metrics().items()
                                     if not _introduces_a_later_number(s, name, n.end)
                                     and not _names_a_setting(s, name)), 2))
    if len(quality) == 1 and not _names_another_quantity(s, n, lo, quality[0][0]):
        n.metric, n.metric_by_mention = quality[0]


def _names_another_quantity(s: _Sentence, n: _Number, lo: int, metric: str) -> bool:
    """Whether the words right before the number name a quantity other than ``metric``, the
    sentence's only quality metric: "a forgetting of 9.7%", or, after another result, a
    benchmark's own "a score of 7.41 on MT-Bench"."""
    return bool(_NAMED_QUANTITY.search(s.text, max(0, n.start - 40), n.start)) or (
        lo > 0 and "score" not in metric and bool(_A_SCORE_OF.search(s.text, max(0, n.start - 30), n.start)))


_NAMED_SCORE = _Pattern(r"\b(?:[Aa]n?|[Ii]ts)\s+(?!(?:overall|average|mean|median|total|final|high|higher|best|new|top|"
                        r"good|better|low|lower|perfect|maximum|minimum|similar|comparable|competitive|"
                        r"state-of-the-art|impressive|remarkable|excellent|outstanding|superior|promising|notable|"
                        r"solid|decent|reasonable|respectable|significant|strong|robust|leading|record|great|"
                        r"high-quality|cumulative|aggregate|combined|very|\w+ly)\s)([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)\s+score\s+of\s+$")
_A_SCORE_OF = _Pattern(r"\b(?:an?|its)\s+(?:overall\s+|average\s+)?(?-i:[A-Z][\w.-]*\s+){0,2}score\s+of\s+$",
                       re.IGNORECASE)  # (and a benchmark's own: "an MT-Bench score of 7.6")
#: a word of its own before "of" (not a word for any result: "a score of", "a margin of")
_NAMED_QUANTITY = _Pattern(r"\b(?:an?|the|its)\s+(?!(?:score|value|result|performance|total|average|mean|median|margin|"
                           r"factor|gain|improvement|increase|reduction|decrease|drop|level|maximum|minimum|peak|record|"
                           r"rate|overall|new|best|high|low|final)\s)[a-z][a-z-]*\s+of\s+"
                           r"(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+)?$")


#: a difference that restates the score before it: "0.521 MRR on WN18RR, which is 3.1 points higher"
_RESTATED_AS = _Pattern(r"\b(?:which|that)\s+(?:is|was|are|were)\s+(?:an?\s+)?$", re.IGNORECASE)
#: a comparative with its own noun: "41% fewer communication rounds", "2x less memory"
_COMPARATIVE_OF_NOUN = _Pattern(_COMPARATIVE_AFTER.unicode.pattern + r"\s+(?!than\b|on\b|in\b|at\b|for\b|with\b|and\b|or\b|"
                                r"while\b|when\b|compared\b|relative\b|to\b|overall\b)[a-z][\w-]*",
                                re.IGNORECASE)
_OF_THE = _Pattern(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
#: a resource's measure and where it was measured, up to the change: "execution time of the JOB benchmark by"
_RESOURCE_OF_BY = _Pattern(r"\s*(?:of|on|in|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+by\s+"
                           r"(?:up\s+to\s+|about\s+|nearly\s+|over\s+|roughly\s+)?", re.IGNORECASE)
#: the second number of a pair set against each other: "88.9 vs. 89.1"
_VERSUS_NUMBER = _Pattern(rf"\s*(?:vs\.?|versus)\s*(?:{_NUM}){_UNIT}?", re.IGNORECASE)
#: a number in decibels and the metrics measured in them
_DB_AFTER = _Pattern(r"\s?dB\b")
_DB_METRIC = _Pattern(r"PSNR|SNR|SDR|signal-to-noise|signal-to-distortion|decibel", re.IGNORECASE)
#: a conjunct or verb whose own object, in plain words, is what changed by the number:
#: "increased CTR by 3.2% and revenue per mille by 2.1%", "and it reduces communication by 35%",
#: "and reduced the average number of turns from 8.2 to 5.6"
_OWN_OBJECT_BY = _Pattern(r".*(?:\band\s+|,\s*|\b(?:reduc|lower|cut|decreas|improv|rais|increas|boost|sav)\w*\s+)"
                          r"(?:the\s+|its\s+|their\s+)?(?P<obj>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,9}?)\s+(?:by\s+"
                          r"(?:(?:up\s+to|about|around|nearly|over|almost)\s+)?|from\s+)$")
#: objects that are no measure of their own: a rival ("and the strongest baseline by"), a
#: place ("and on ImageNet by"), the result in general ("improves the performance by"), or an
#: adverb ("increases only from 3.32 to 3.41")
_NO_OWN_MEASURE = _Pattern(r"^(?:on|in|for|across|over|at|to|with|from|and|or|but|then|also|further)\b"
                           r"|^(?:(?:[a-z]+ly|just|much|far|even|still)\b\s*)+$"
                           r"|\b(?:baselines?|models?|methods?|approach\w*|"
                           r"systems?|works?|art|prior|previous|existing|competitors?|sota|performance|results?|"
                           r"scores?|quality|effectiveness|it|them|this|margins?|our|we|than|over|outperform\w*|surpass\w*|beats?|"
                           r"exceed\w*)\b")


def _measures_its_own_object(s: _Sentence, lo: int, hi: int) -> bool:
    """Whether the number right after ``hi`` measures the plain words before its "by", which
    no metric names, so that no metric of the sentence is bound to it."""
    m = _OWN_OBJECT_BY.search(s.text, lo, hi)
    if not m or _NO_OWN_MEASURE.search(m.group("obj")):
        return False
    return not any(m.start("obj") < x.end and x.start < m.end("obj") for x in s.mentions) \
        and not _metrics_in(s, m.start("obj"), m.end("obj"))


def _names_a_setting(s: _Sentence, name: str) -> bool:
    """Whether every mention of metric ``name`` is right before an operating point ("with an
    imbalance ratio of 100, X attains 52.8%, outperforming Y by 2.1": no ratio gained)."""
    spots = [end for _, end, found, _ in _metrics_in(s, 0, len(s.text)) if found == name]
    return bool(spots) and all((before := _BEFORE_A_NUMBER.match(s.text, end)) and before.end() - 1 in s.settings
                               for end in spots)


def _introduces_a_later_number(s: _Sentence, name: str, after: int) -> bool:
    """Whether every mention of metric ``name`` comes after ``after`` and right before a
    number of its own ("97% of ..., while achieving a perplexity of 2.3": 97% is no
    perplexity), in a later clause, or in what was kept ("without loss of ...")."""
    spots = [(start, end) for start, end, found, _ in _metrics_in(s, 0, len(s.text)) if found == name]
    return bool(spots) and all(start >= after and (
        _BEFORE_A_NUMBER.match(s.text, end) or _NEXT_CLAUSE.search(s.text, after, start)  # "72.5% ..., and improves the success rate by"
        or _CLAUSE_END.search(s.text, after, start)  # "from 1000 to 20 while keeping FID within 0.5"
        or _WITHOUT.search(s.text, after, start)) for start, end in spots)  # "by 40% without loss of quality as measured by FID"


#: where a clause of its own begins: "0.059, and on ogbg-molhiv ..." names the next result's data
_NEXT_CLAUSE = _Pattern(r",\s*(?:and|while|whereas|but)\b|;", re.IGNORECASE)


#: what joins a dataset to its result right after it: "on X by 2.3", "on X from 52.2% to", "on X: 45.1",
#: "on X with 93.1"
#: (and "on the WikiTableQuestions benchmark with 53.8%")
_RESULT_ON_BEFORE = _Pattern(r"(?:\s+(?:benchmark|dataset|corpus|test\s+set))?\s*(?::|=|\s(?:from|by|to|of|with))\s+"
                             r"(?:an?\s+)?", re.IGNORECASE)


#: the next in a ranking and its score: "followed by DeepSeek-R1 with 65.9"
_FOLLOWED_BY = _Pattern(r"\bfollowed\s+(?:closely\s+)?by\s+$", re.IGNORECASE)
_FOLLOWED_WITH = _Pattern(r"\s+(?:with|at)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?", re.IGNORECASE)
#: what puts a rival before its margin: "outperforms PPO by", "lags GPT-4 by", "... by 15% and SAC by"
#: (not "reduces the KV cache by", whose object is what shrinks)
_RIVAL_BEFORE = _Pattern(r"(?:\b(?:out-?perform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|trail(?:s|ing)?|"
                         r"lag(?:s|ging)?(?:\s+behind)?|falls?\s+behind)\s+"
                         r"(?:(?:the|both|strong|original|vanilla|standard)\s+)*|\bby\s+[^,;]{1,40}?(?:\s+and|,)\s+"
                         r"(?:(?:of|on|over)\s+(?:the\s+)?)?"  # "the accuracy of XGBoost by 1.4% and of CatBoost by 1.1%"
                         # "reduces the error of ZoeDepth by 36%": the rival's measure changed
                         r"|\b(?:reduc|lower|cut|decreas|improv|rais|increas|boost)\w*\s+(?:the\s+|its\s+)?"
                         r"(?:[\w@-]+\s+){1,3}?of\s+(?:the\s+|an?\s+)?(?:(?-i:[a-z][\w-]*)\s+)?"  # "of an unpretrained X by"
                         r"(?:(?:previous|prior)\s+best\s+(?:method|model|system|approach)\s*,\s*)?)$",
                         re.IGNORECASE)
#: a rival right before its margin: "SAC by 7%", "Swin-T by up to 2.1%"
_RIVAL_BY = _Pattern(r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:on|in)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?)?"
                     r",?\s+by\s+(?:(?:up\s+to|about|around|over|nearly|almost|roughly)\s+)?",
                     re.IGNORECASE)  # and "GPT-4 (early 2023 version) by 4.5%", "of CoT prompting on GSM8K by 17.9%"


#: "by 2.0 mIoU and object detection on COCO by 1.1": a conjunct of its own, with the next result
_NEXT_CONJUNCT = _Pattern(r"\s(?:and|or)\s+(?:[\w-]+\s+){1,3}(?:on|in|for)\s+(?:the\s+)?$", re.IGNORECASE)
#: "1.87 and reduces the Fl-all error on KITTI-2015": a predicate of its own, with its own data
_LATER_PREDICATE = _Pattern(r"\b(?:and|but|while|whereas)\s+(?:\w+ly\s+|also\s+)?(?:reduc|lower|improv|rais|increas|"
                            r"boost|achiev|reach|obtain|attain|cut|decreas|yield|outperform|surpass|lift|halv|perform|"
                            r"sets?\b|establish|deliver|scor)\w*\b", re.IGNORECASE)
#: "... of 0.768 and on California Housing an RMSE of ...": the next result's dataset
_NEXT_PARALLEL = _Pattern(r"\s+(?:and|or)\s+(?:on|in|for|across)\b", re.IGNORECASE)


_BRACKET_BEFORE_DATA = _Pattern(r"\s*\(\s*(?:on\s+)?(?:the\s+)?", re.IGNORECASE)


def _bind_dataset(s: _Sentence, n: _Number, lo: int, hi: int) -> None:
    """Dataset after "on / in / across" near the number, else nearest before in the slot,
    else the nearest in the sentence (before first, then after)."""
    # (not a source of pretraining: "surpassing supervised ImageNet pretraining by 1.1%")
    datasets = [m for m in s.of("DATASET") if not _PRETRAINING_AFTER.match(s.text, m.end)]
    if not datasets:
        return
    after = _UNIT_ONLY.match(s.text, max(n.end, n.metric_end)).end()
    bracketed = next((m for m in datasets if _BRACKET_BEFORE_DATA.fullmatch(s.text, after, m.start)
                      and s.text.startswith(")", _after_space(s.text, m.end))), None)
    if bracketed is not None:
        n.dataset = bracketed.name  # "2.1 BLEU (WMT14 En-De) and 1.5 BLEU (WMT14 En-Fr)": each its own
        return
    own = next((m for m in reversed(datasets) if m.end <= n.start), None)
    if own is not None and _RESULT_ON_BEFORE.fullmatch(s.text, own.end, n.start):
        n.dataset = own.name  # "on GSM8K from 52.2% to 68.9% and on MATH ...": not the next one's
        return
    named_before = any(m.end <= n.start for m in datasets)
    for m in datasets:
        gap = s.text[n.end:m.start]
        if n.end <= m.start < hi and m.start - n.end <= 80 and (re.search(
                r"\b(?:on|in|across|for|over|at|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\(?$", gap)
                or _DRAWN_FROM.search(gap) and re.search(r"\b(?:on|in|across)\s", gap)) \
                and not _NEXT_CLAUSE.search(gap) and not (named_before and _NEXT_PARALLEL.match(gap)) \
                and not _NEXT_CONJUNCT.search(gap) and not _LATER_PREDICATE.search(gap) \
                and not _WITHOUT.search(gap):  # "to 24.7%, without degrading accuracy on LibriSpeech"
            n.dataset = _target_of(s, m).name
            return
    counted = _COUNTED_PLACE_BEFORE.search(s.text, max(lo, n.start - 80), n.start)
    if counted and not any(counted.start() <= m.start < n.start for m in datasets):
        return  # "improves average few-shot accuracy on 12 downstream tasks by 2.1 points": a place of its own
    if _on_a_task_after_the_data(s, n) or _measured_on_a_task(s, n):
        # "from 81.4 to 85.0 on CAIL2018 and on the ECHR violation prediction task from 63.7 to 67.2";
        # "+13% F1 on MLQA, and +2.4% F1 score on NER": a place that is a task names no dataset
        return
    before = _evaluated_on([m for m in datasets if lo <= m.start and m.end <= n.start], s)
    if before:
        n.dataset = None if _ends_a_list(s, before) else before[-1].name
        return
    before = _evaluated_on([m for m in datasets if m.end <= n.start], s)
    if len({m.name for m in before}) > 1 and (pairing := _RESPECTIVELY.search(s.text, before[-1].end, n.start)) \
            and any(ch.isdigit() for ch in s.text[before[-1].end:pairing.start()]):
        # "71.4 on A and 80.2 on B, ... by 1.9 and 2.6 points, respectively, and reduces memory usage
        # by 45%": numbers paired with the datasets, then one on neither alone
        before = []
    after = [m for m in datasets if m.start >= n.end and not (  # not another result's conjunct
        m.start < hi < len(s.text) and _NEXT_CONJUNCT.search(s.text, n.end, m.start)) and not _in_a_later_result(s, n, m)]
    own_place = _OWN_PLACE.match(s.text, n.end)  # past the rest of "48.3/20.1/43.9" up to the next number
    if hi < len(s.text) and own_place and own_place.group("on"):
        # "48.3 on arXiv and 49.7 on PubMed": a place of its own, which no mention names; "82.5 on seven
        # STS tasks (STS12-16, STS-B and SICK-R)": an average over the datasets listed after it
        cut = own_place.end("on") if own_place.group("on")[-1].islower() else own_place.end()
        after = [m for m in after if m.start < cut]
    opening = _UNNAMED_PLACE_FIRST.match(s.text)
    if opening and opening.end() <= n.start and not any(m.start < opening.end() for m in datasets):
        # "On our English-Korean benchmark, the model reaches 0.842, ..., and on Tatoeba its accuracy
        # drops": the place the sentence opens with, which no mention names, not a later clause's
        after = [m for m in after if not _NEXT_CLAUSE.search(s.text, n.end, m.start)]
    chosen = before[-1] if before else after[0] if after else None
    n.dataset = None if before and _ends_a_list(s, before) else chosen.name if chosen else None


#: a counted place no mention names, before the result: "on 12 downstream tasks by"
_COUNTED_PLACE_BEFORE = _Pattern(r"\b(?:on|across|over)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                 r"several|multiple|many|all)\s+(?:[\w-]+\s+){0,3}?(?:tasks|datasets|benchmarks|languages|"
                                 r"domains)\b[^,;.\d]{0,30}$", re.IGNORECASE)
_PRETRAINING_AFTER = _Pattern(r"[\s-]*(?:pre-?train\w*|initiali[sz]\w*|weights|checkpoints?)\b", re.IGNORECASE)
#: a sentence opening with where its results were measured: "On our financial retrieval benchmark, "
_UNNAMED_PLACE_FIRST = _Pattern(r"(?:On|In|Across)\s+(?:our|the|a|an|this|its|their)\s+[^,;]{1,80},", re.IGNORECASE)


#: the condition a result was measured under, after its unit: "36.9 mm under Protocol 1 and 28.7 mm under Protocol 2"
_CONDITION_AFTER = _Pattern(r"\s*(?:[A-Za-z]{1,3}\s+)?(?:on|in|for|under|with|without)\s", re.IGNORECASE)
#: where a result was measured, right after it: "65.4 BLEU on seen categories"
_PLACE_AFTER = _Pattern(r"\s*(?:on|in|for)\s", re.IGNORECASE)
_RESPECTIVELY = _Pattern(r"\brespectively\b", re.IGNORECASE)
_ON_THE = _Pattern(r"\b(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _on_a_task_after_the_data(s: _Sentence, n: _Number) -> bool:
    """Whether the number is measured "on the <TASK>" named after another result that
    follows the last dataset before it: the task names where, and that dataset is the other
    result's (not "on the BUCC shared task on parallel corpus mining by 10 F1")."""
    data_end = max((m.end for m in s.of("DATASET") if m.end <= n.start), default=None)
    return data_end is not None and any(
        data_end < m.start and m.end <= n.start and n.start - m.end <= 40
        and _ON_THE.search(s.text, max(0, m.start - 8), m.start)
        and any(ch.isdigit() for ch in s.text[data_end:m.start]) for m in s.of("TASK"))


_PLACE_FIRST = _Pattern(r"\s*(?:on|in)\s+(?:the\s+)?", re.IGNORECASE)


#: what joins a task to the dataset named for it: "question answering (RACE)", "English-German WMT14"
_DATA_AFTER_TASK = _Pattern(r"\s*\(?\s*(?:the\s+)?")


def _measured_on_a_task(s: _Sentence, n: _Number) -> bool:
    """Whether the number, with its unit and measure, is followed by "on / in <TASK>" while
    the last dataset before it is another result's ("+13% F1 on MLQA, and +2.4% F1 on NER";
    not "On CoNLL-2003, it reaches 92.8 F1 on NER")."""
    after = _UNIT_ONLY.match(s.text, max(n.end, n.metric_end)).end()
    # (a task that a dataset's name follows only says what the dataset is for: "on English-German WMT14",
    # "on question answering (RACE)")
    if not any(_PLACE_FIRST.fullmatch(s.text, after, m.start)
               and not any(_DATA_AFTER_TASK.fullmatch(s.text, m.end, d.start) for d in s.of("DATASET"))
               for m in s.of("TASK")):
        return False
    data_start = max((m.start for m in s.of("DATASET") if m.end <= n.start), default=None)
    return data_start is None or _STANDALONE_NUMBER.search(s.text, 0, data_start) is not None


def _in_a_later_result(s: _Sentence, n: _Number, m: _Mention) -> bool:
    """Whether dataset ``m`` after number ``n`` is in a later clause with a number of its own
    ("80.2% ..., and on instruction following it achieves 85.6% on AlpacaEval")."""
    clause = _NEXT_CLAUSE.search(s.text, n.end, m.start)
    if clause is None:
        return False
    if _PLACE_FIRST.fullmatch(s.text, clause.end(), m.start):
        # the later clause opens with its place: "..., and on PG-19 its perplexity at 128k is 7.8"
        rest = _NEXT_CLAUSE.search(s.text, m.end)
        return any(ch.isdigit() for ch in s.text[m.end:rest.start() if rest else len(s.text)])
    # a clause with a verb of its own, not a list going on ("..., and 94.6% for verb phrases when trained on X")
    verb = _MAIN_VERB.search(s.text, clause.end(), m.start)
    return verb is not None and any(ch.isdigit() for ch in s.text[verb.end():m.start])


_WITHOUT = _Pattern(r"\bwithout\b", re.IGNORECASE)
#: the rest of a slashed run and the words up to the next number, with an "on <Name>" of its own
_OWN_PLACE = _Pattern(r"(?:\s*/\s*[\d.]+%?)*(?:[^\d]*?(?P<on>\bon\s+(?:the\s+)?[A-Za-z]*[A-Z]"
                      # "92.7% across six benchmarks, including 97.4% on IIIT5K": the average's place
                      r"|\b(?:on|across|over)\s+(?:all\s+)?(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
                      r"\d+|several|multiple|many|all)\s+(?:[a-z-]+\s+){0,3}?(?:benchmarks|datasets|tasks|languages|"
                      r"corpora|domains)\b"
                      # "78.5 on our biomedical test set": the paper's own data, which no mention names
                      r"|\bon\s+(?:our|its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:test\s+sets?|datasets?|data|"
                      r"corpus|corpora|benchmarks?)\b))?[^\d]*")
_SOURCE_DOMAIN = _Pattern(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: items drawn from a dataset, which is where they are evaluated: "15 tasks from the GLUE and SuperGLUE benchmarks"
_DRAWN_FROM = _Pattern(r"\b(?:tasks?|datasets?|benchmarks?|examples|samples|data|subsets?|splits?|images|questions|"
                       r"problems|treebanks|languages)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_ARROW_AFTER = _Pattern(r"\s*(?:→|->|⇒)\s*|-to-|\s+to\s+")  # and "GTA-to-Cityscapes", "GTA5 to Cityscapes"


def _target_of(s: _Sentence, m: _Mention) -> _Mention:
    """The target of a transfer written with an arrow ("on GTA5→Cityscapes": Cityscapes) or
    "to" ("on GTA-to-Cityscapes")."""
    arrow = _ARROW_AFTER.match(s.text, m.end)
    return next((t for t in s.of("DATASET") if arrow and t.start == arrow.end()), m)


def _evaluated_on(datasets: list[_Mention], s: _Sentence) -> list[_Mention]:
    """Without the source of a transfer when another dataset is named ("on Market-1501 when
    adapted from DukeMTMC-reID", "from GTA5 to Cityscapes"): results are on the target."""
    kept = [m for m in datasets if not _SOURCE_DOMAIN.search(s.text, max(0, m.start - 12), m.start)
            or _DRAWN_FROM.search(s.text, max(0, m.start - 30), m.start)]
    return kept if kept else datasets


def _ends_a_list(s: _Sentence, before: list[_Mention]) -> bool:
    """Whether the last dataset before a number ends a list of datasets ("on eight benchmarks,
    including ETTh1, ETTm2, Weather and Electricity, it reduces MSE by 8.1%"): a result on
    all of them names none; a list as long as the numbers pairs with them later."""
    return len(before) > 1 and bool(_LIST_JOIN.fullmatch(s.text, before[-2].end, before[-1].start)
                                    or _AND_ON.fullmatch(s.text, before[-2].end, before[-1].start))


#: "on Amazon Beauty, Sports and Toys and on Yelp": the last item of a list with its own preposition
_AND_ON = _Pattern(r"\s*,?\s*and\s+(?:on|in)\s+(?:the\s+)?", re.IGNORECASE)


def _runs(s: _Sentence, numbers: list[_Number]) -> list[list[_Number]]:
    """Numbers coordinated with "and" / "/" , possibly after commas ("2.54 F1 and 5.13 F1
    gains", "88.5/90.1 EM/F1", "1.2, 2.3 and 3.4"); "91.0 F1, 1.3 points higher" is no list."""
    links: list[str | None] = []  # for each pair of neighbours: None, "," or "and"
    for i, (a, b) in enumerate(zip(numbers, numbers[1:])):
        # past the measure named after a score, when it is that score's own: "89.7% Rank-1 accuracy and
        # 79.3% mAP", not "71.16% and 71.81% weighted precision rates and 73.42% ..." (the list's measure),
        # nor a gain's ("4.1x higher throughput and 800x smaller index size")
        own_measure = a.metric_end > a.end and a.kind == b.kind == SCORE \
            and not (i and links[-1] and numbers[i - 1].metric_end == numbers[i - 1].end)
        sep = _COORDINATED.fullmatch(s.text, a.end, b.start) or (
            own_measure and _COORDINATED.fullmatch(s.text, a.metric_end, b.start))
        links.append(None if not sep else "," if sep.group("sep") == "," else "and")
    runs: list[list[_Number]] = [[numbers[0]]] if numbers else []
    for i, link in enumerate(links):
        j = i
        while j < len(links) and links[j] == ",":
            j += 1  # a comma joins a list only if the list ends with "and": "1.2, 2.3 and 3.4"
        if link is not None and j < len(links) and links[j] == "and":
            runs[-1].append(numbers[i + 1])
        else:
            runs.append([numbers[i + 1]])
    return runs


def _listed_side_by_side(s: _Sentence, numbers: list[_Number]) -> bool:
    """Whether the numbers follow one another with only units, the measure named right after
    each and list joins between them ("9.7 and 24.3", "78.1%, 79.6% and 80.2%", "89.7% Rank-1
    and 79.3% mAP")."""
    return all(_LIST_JOIN.fullmatch(s.text, max(_UNIT_ONLY.match(s.text, a.end).end(), a.metric_end), b.start)
               for a, b in zip(numbers, numbers[1:]))


def _share_the_place_after(s: _Sentence, run: list[_Number]) -> None:
    """Scores listed side by side with one dataset right after the last are all on it: "85.1% on
    MVTec AD, and 78.1% and 79.6% on VisA" (not when "respectively" pairs them with datasets)."""
    last = run[-1]
    if len(run) < 2 or last.dataset is None or _RESPECTIVELY.search(s.text, last.end) \
            or not _listed_side_by_side(s, run) or any(n.kind != SCORE or n.delta_from is not None for n in run):
        return  # (not "from 87.6% to 93.2% and from 88.0% to 93.8% on B", nor "by 1.1 points and 24.54 BLEU on B")
    after = max(last.end, last.metric_end)
    if any(m.name == last.dataset and _PLACE_FIRST.fullmatch(s.text, after, m.start) for m in s.of("DATASET")):
        for n in run[:-1]:
            n.dataset = last.dataset


def _harmonise(run: list[_Number]) -> None:
    """A gain noun after the last of coordinated numbers applies to all of them."""
    for n in run[:-1]:
        n.baseline = n.baseline or run[-1].baseline  # "by 8.3%, 6.1% and 4.7% over SASRec"
    delta = next((n for n in reversed(run) if n.kind in {IMPROVEMENT, REDUCTION}), None)
    if delta is None:
        for n in run[:-1]:
            if n.metric in (None, run[-1].metric):  # not "41.3 BLEU and 88.2% accuracy"
                n.unit = n.unit or run[-1].unit
        # one metric for the list, named before it or after it: "perplexities ... to 51.1
        # and 44.3", "51.1 and 44.3 perplexity"
        named = [n.metric for n in run if n.metric]
        if len(set(named)) == 1:
            for n in run:
                n.metric = n.metric or named[0]
        return
    for n in run:
        if n.kind == SCORE:
            n.kind, n.weak = delta.kind, False
        elif n.unit == TIMES and delta.kind == REDUCTION and n.value > 0:
            n.kind = REDUCTION  # "with 8x and 17x fewer parameters": the noun after the last
    last = run[-1]
    for n in run[:-1]:
        n.unit = n.unit or last.unit  # "by 8 and 9.5 percentage points"
        if last.own_measure and n.metric_end == n.end:  # (no metric named right after it)
            n.metric, n.own_measure = None, True  # "the target accuracy in 38% and 45% fewer rounds"
        n.metric = n.metric or last.metric  # "8x and 17x fewer parameters"


#: metrics joined by slashes right before their numbers: "EM/F1 of 88.5/90.1", "improves ROUGE-1/2/L by
#: 1.21/0.98/1.10"
_SLASHED_BEFORE = _Pattern(r"[\w@-]+(?:/[\w@-]+)+(?:\s+(?:scores?|accuracy|gains?|improvements?))?(?P<names_end>)"
                           r"\s*(?:of|:|=|is|are|by)?\s*$",
                           re.IGNORECASE)
#: what joins the names of a list: "A, B and C", "A and B", "A/B"
_LIST_JOIN = _Pattern(r"\s*(?:,\s*(?:and\s+)?|and\s+|/)\s*", re.IGNORECASE)


#: what joins the datasets listed after coordinated numbers: "on A and on B", "on A, B, and the C"
_LIST_AFTER = _Pattern(r"\s*(?:/|(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:on|in)\s+)?(?:the\s+)?)\s*",
                       re.IGNORECASE)


#: what joins a list of datasets to the suite that holds them: "A, B and C from LongBench"
_CONTAINER_AFTER = _Pattern(r"\s+(?:from|of|in)\s+(?:the\s+)?", re.IGNORECASE)
_EXAMPLES_AFTER = _Pattern(r"(?:\s+[\w-]+){0,2}?\s*,?\s+(?:such\s+as|including|like|e\.g\.,?)\s+", re.IGNORECASE)


def _joined(s: _Sentence, mentions: list[_Mention]) -> list[_Mention]:
    """The first of ``mentions`` (in text order, or reversed) and those joined to it as one list."""
    group = mentions[:1]
    for m in mentions[1:]:
        a, b = (group[-1], m) if m.start > group[-1].start else (m, group[-1])
        if not _LIST_JOIN.fullmatch(s.text, a.end, b.start):
            break
        group.append(m)
    return group


_STANDALONE_NUMBER = _Pattern(r"(?<![\w.@-])\d+(?:\.\d+)?(?![\w-])")  # (not the 20 of "Recall@20")


def _zip_respectively(s: _Sentence, run: list[_Number], lo: int) -> None:
    """"1.2 and 3.4 F1 on A and B (respectively)": pair coordinated numbers with as many
    datasets / metrics listed after them, else listed before them since ``lo`` with
    "respectively" ("on A and B to 51.1 and 44.3 respectively") or as one list ("On A and
    B, it achieves 3.1% and 7.4%"), or metrics joined by slashes ("EM/F1 of 88.5/90.1")."""
    if len(run) < 2:
        return
    tail = s.text[run[-1].end:]
    respectively = "respectively" in tail
    # without "respectively", names after the run count up to the next clause ("74.9 EM and 91.2
    # F1 on A, and improves over X by 1.3 EM on B": B is the next result's)
    clause = _NEXT_CLAUSE.search(tail)
    end = run[-1].end + (tail.index("respectively") if respectively else clause.start() if clause else len(tail))
    for label in ("DATASET", "METRIC"):
        if label == "METRIC" and all(n.metric_near for n in run):
            continue  # "74.9 EM and 91.2 F1": each number names its own
        after = [m for m in s.mentions if m.label == label and run[-1].end <= m.start < end
                 # (a measure after a later number is that number's: "71.2% and 71.8% precision and 73.4% recall")
                 and not (label == "METRIC" and _STANDALONE_NUMBER.search(s.text, run[-1].end, m.start))]
        names = [m.name for m in after]
        if label == "DATASET" and not all(_LIST_AFTER.fullmatch(s.text, a.end, b.start)
                                          for a, b in zip(after, after[1:])):
            names = []  # "on Market-1501 when adapted from DukeMTMC-reID": one evaluation set, no list
        if label == "METRIC" and len(after) > len(run):
            after = _joined(s, after)  # "79.4%/94.6% top-1/top-5 accuracy ... with 2.9 GFLOPs"
            names = [m.name for m in after]
        if label == "METRIC" and not names:
            names = [name for _, _, name, _ in _metrics_in(s, run[-1].end, end)]
        if len(names) != len(run):
            # listed before: with "respectively", or as one list ("On A and B, it achieves 3.1%
            # and 7.4%", "ROUGE-1, ROUGE-2 and ROUGE-L scores of 44.7, 21.6 and 41.5, while
            # improving FactCC by 6.3")
            before = [m for m in s.mentions if m.label == label and lo <= m.start < run[0].start]
            before = [m for i, m in enumerate(before)  # not the suite of a list: "A, B and C from LongBench"
                      if not (i and _CONTAINER_AFTER.fullmatch(s.text, before[i - 1].end, m.start))
                      # nor the suite its examples come from: "BEIR tasks such as A, B and C"
                      and not (i + 1 < len(before) and _EXAMPLES_AFTER.fullmatch(s.text, m.end, before[i + 1].start))]
            if len(before) > len(run):  # "pretrained on QFSum-1M improve ROUGE-2 on the DUC 2006 and DUC 2007 ..."
                listed = _joined(s, before[::-1])[::-1]
                if len(listed) == len(before) or "," not in s.text[before[-len(listed) - 1].end:listed[0].start]:
                    before = listed  # but "STL10, an unsupervised variant of ImageNet, and CIFAR10": a list cut by an aside
            if respectively or all(_LIST_JOIN.fullmatch(s.text, a.end, b.start) for a, b in zip(before, before[1:])):
                names = list(dict.fromkeys(m.name for m in before)) or names
        if label == "METRIC" and len(names) != len(run):
            slashed = _SLASHED_BEFORE.search(s.text, max(lo, run[0].start - 60), run[0].start)
            if slashed:  # "EM/F1 of 88.5/90.1"
                names = [name for _, _, name, _ in _metrics_in(s, slashed.start(), slashed.end("names_end"))]
        if len(names) != len(run):
            continue
        for n, name in zip(run, names):
            if label == "DATASET":
                n.dataset = name
            else:
                n.metric, n.weak = name, False
    baseline = run[0].baseline
    if respectively and baseline and all(n.baseline == baseline for n in run):
        # "by 6.3 and 8.1 points over BEVFusion and TransFusion, respectively"
        rivals = list(dict.fromkeys(m.name for m in s.of("METHOD") if run[-1].end <= m.start < end))
        if baseline in rivals and len(rivals) - rivals.index(baseline) == len(run):
            for n, name in zip(run, rivals[rivals.index(baseline):]):
                n.baseline = name


def _pair_slashed(s: _Sentence, numbers: list[_Number]) -> None:
    """Numbers joined by slashes and followed by as many measures joined by slashes take them in
    order: "81.4/84.3 EM/F1" is 81.4 EM and 84.3 F1, also inside a longer list ("... and 45.2 BLEU")."""
    text, i = s.text, 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and text[numbers[j].end:numbers[j + 1].start] == "/":
            j += 1
        group, i = numbers[i:j + 1], j + 1
        if len(group) < 2:
            continue
        measures, pos = [], group[-1].end
        for m in s.of("METRIC"):
            if m.start < pos:
                continue
            gap = text[pos:m.start]
            if (gap != "/") if measures else gap.strip():
                break  # the first right after the numbers, each next one after a slash
            measures.append(m)
            pos = m.end
            if len(measures) == len(group):
                break
        if len(measures) == len(group):
            for n, m in zip(group, measures):
                n.metric, n.metric_by_mention, n.metric_near, n.metric_end = m.name, True, True, m.end


def _like_the_last_run(s: _Sentence, last: list[_Number], run: list[_Number]) -> None:
    """Coordinated numbers after coordinated numbers paired with a list: the same list, in
    the same order. Slashed numbers read the same metrics, on the dataset named right after
    them ("ROUGE-1/2/L gains of 1.8/1.2/1.5 on CNN/DailyMail and 1.1/0.9/1.0 on XSum"); other
    numbers the same datasets where no other dataset comes between ("on A and B, it improves
    BLEU by 1.3 and 0.9 respectively, reaching 30.2 and 43.8"), and the same metrics where
    they name none ("precision and recall of 93.4% and 93.9% for A, 93.6% and 94.6% for B")."""
    if len(run) < 2 or len(run) != len(last):
        return
    after = next((m for m in s.mentions if m.label == "DATASET" and m.start >= run[-1].end), None)
    named_after = after is not None and re.fullmatch(r"\s+(?:on|in|for)\s+(?:the\s+)?",
                                                     s.text[run[-1].end:after.start])
    if all(s.text[a.end:b.start] == "/" for a, b in zip(run, run[1:])):
        metrics = [n.metric for n in last]
        if len(set(metrics)) == len(metrics) and None not in metrics and len({n.metric for n in run}) == 1:
            for n, metric in zip(run, metrics):
                n.metric = metric
        if named_after:
            for n in run:
                n.dataset = after.name
        return
    metrics = [n.metric for n in last]
    # none named after a number ("while EnlightenGAN obtains 17.48 dB and 0.65" after "a PSNR of 16.76 dB
    # and an SSIM of 0.56": 0.65 had taken the PSNR too)
    unnamed = all(n.metric is None or n.metric in metrics and n.metric_end == n.end for n in run)
    # (and a list that repeats one: "weighted F1 scores of 66.8 on A and 65.9 on B, and a micro-F1 of 61.2
    # on C, improving on X by 1.5, 0.7 and 2.4 points, respectively")
    if len(set(metrics)) > 1 and None not in metrics and unnamed:
        for n, metric in zip(run, metrics):  # "precision and recall of 93.4% and 93.9% for A, 93.6% and 94.6% for B"
            n.metric = metric
    datasets = [n.dataset for n in last]
    if (len(set(datasets)) == len(datasets) and None not in datasets and len({n.dataset for n in run}) == 1
            and not named_after and not any(m.label == "DATASET" and last[-1].end <= m.start < run[0].start
                                            and m.name not in datasets for m in s.mentions)):
        for n, dataset in zip(run, datasets):
            n.dataset = dataset


_RESPECTIVELY_AFTER = _Pattern(r"[^.;]{0,40}?\brespectively\b", re.IGNORECASE)


def _zip_subjects(s: _Sentence, run: list[_Number]) -> None:
    """"GPT-4V and Gemini Ultra only achieve accuracies of 56% and 59% respectively": as many
    subjects listed before the numbers as there are numbers, one each; without "respectively"
    when the numbers are a list of their own and the subjects open the clause ("VALL-E and
    YourTTS, evaluated under the same protocol, score 3.81 and 3.47")."""
    if len(run) < 2:
        return
    respectively = bool(_RESPECTIVELY_AFTER.match(s.text, run[-1].end))
    if not respectively and not all(_LIST_JOIN.fullmatch(s.text, a.end, b.start) for a, b in zip(run, run[1:])):
        return
    lo = _clause_start(s.text, run[0].start, commas=respectively)
    methods = s.of("METHOD")
    subjects = [m for m in methods if lo <= m.start and m.end <= run[0].start]
    while subjects and len(subjects) < len(run) and (earlier := next(
            (m for m in methods if m.end <= subjects[0].start and _LIST_JOIN.fullmatch(s.text, m.end, subjects[0].start)),
            None)):
        subjects.insert(0, earlier)  # "Under the same protocol, MAE, DINO and iBOT obtain ...": the list's comma
    if len(subjects) == len(run) and run[0].method == subjects[0].name \
            and all(_LIST_JOIN.fullmatch(s.text, a.end, b.start) for a, b in zip(subjects, subjects[1:])):
        for n, m in zip(run, subjects):
            n.method = m.name


def _zip_rivals(s: _Sentence, numbers: list[_Number], baseline: str | None, after: int) -> None:
    """"outperforms X and Y, with gains of 7.2 and 5.0 BLEU respectively", "outperforms X and Y
    by 9.7 and 24.3 points": the methods named from the baseline on, before the numbers, are
    one baseline each."""
    if baseline is None or len(numbers) < 2 or any(n.baseline != baseline for n in numbers):
        return
    named = [m for m in s.mentions if m.label == "METHOD" and after <= m.start < numbers[0].start]
    rivals = list(dict.fromkeys(m.name for m in named))
    side_by_side = bool(named) and _RIVAL_BY.fullmatch(s.text, named[-1].end, numbers[0].start) is not None \
        and _listed_side_by_side(s, numbers)
    if not side_by_side and "respectively" not in s.text[numbers[-1].end:]:
        return
    if baseline in rivals and len(rivals) - rivals.index(baseline) == len(numbers):
        for n, name in zip(numbers, rivals[rivals.index(baseline):]):
            n.baseline = name


#: the verb right before a result: "reaches 85.3%", "achieves an 86.9"
_VERB_BEFORE_RESULT = _Pattern(r"\b(reach|achiev|obtain|attain|scor|get)\w*\s+(?:an?\s+|only\s+|about\s+|nearly\s+)?$",
                               re.IGNORECASE)


def _parallel_result(s: _Sentence, previous: _Number, n: _Number) -> bool:
    """Whether the number is the same kind of result as the previous one, said of another
    subject in a clause of its own ("X reaches 85.3% execution accuracy on Spider, while our
    approach reaches 86.9%"): then it is in the same measure."""
    text = s.text
    mine = _VERB_BEFORE_RESULT.search(text, previous.end, n.start)
    theirs = _VERB_BEFORE_RESULT.search(text, max(0, previous.start - 40), previous.start)
    return bool(mine and theirs and mine.group(1).lower() == theirs.group(1).lower()
                and _CLAUSE_END.search(text, previous.end, mine.start()))


#: what joins signed gains listed one after another: " on WMT'16 Ro-En, and +"
_GAIN_LIST_JOIN = _Pattern(r"[^;:()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)\+?", re.IGNORECASE)


#: from a score to a gain set beside it: "an MPJPE of 36.9 mm under Protocol 1, a "
_APPOSITION_TO_GAIN = r"[^,;()]{0,40},\s+(?:an?|the)\s+(?:[a-z]+\s+)?"
_TO_APPOSED_GAIN = _Pattern(_APPOSITION_TO_GAIN + "$", re.IGNORECASE)
#: the same with the gain's noun first: "an F1 of 54.3, an improvement of 9.8 points over X"
_TO_APPOSED_GAIN_OF = _Pattern(_APPOSITION_TO_GAIN + r"(?:improvement|gain|increase|boost|reduction|decrease)\s+of\s+$",
                               re.IGNORECASE)
#: a difference set beside a score with no article, which only a level's comparison word after it
#: marks: "an MRR@10 of 39.6 on MS MARCO, 2.1 points higher than TAS-B" (not "..., 3x faster")
_TO_BARE_DIFFERENCE = _Pattern(r"[^,;()]{0,40},\s+(?:only\s+|just\s+|merely\s+|about\s+|roughly\s+|nearly\s+)?$",
                               re.IGNORECASE)
_LEVEL_DIFFERENCE = _Pattern(r"\s*(?:\\?%|points?|pp|percentage\s+points?)?\s*(?:higher|better|lower|worse|above|below|"
                             r"ahead|behind)\b", re.IGNORECASE)


def _apposed_gain(s: _Sentence, previous: _Number, n: _Number) -> bool:
    """Whether the number is a gain set beside the score before it ("an MPJPE of 36.9 mm, a 7%
    reduction relative to X", "an F1 of 54.3, an improvement of 9.8 points"): it is a gain in
    that score's measure."""
    return previous.kind == SCORE and (
        _NOUN_AFTER.match(s.text, n.end) is not None and _TO_APPOSED_GAIN.fullmatch(s.text, previous.metric_end, n.start)
        or _TO_APPOSED_GAIN_OF.fullmatch(s.text, previous.metric_end, n.start)
        or _LEVEL_DIFFERENCE.match(s.text, n.end) and _TO_BARE_DIFFERENCE.fullmatch(s.text, previous.metric_end, n.start)
    ) is not None


#: from one gain to the next over another rival: "by 3.1 points and on AWP by", ", over X by"
_NEXT_RIVAL_BY = _Pattern(r"\s*(?:\\?%|points?|pp)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:on|over|than|against|versus|vs\.?|"
                          r"compared\s+(?:with|to)|relative\s+to)\s+[^,;()]{1,40}?\s+by\s+"
                          r"(?:up\s+to\s+|about\s+|nearly\s+|roughly\s+|over\s+)?", re.IGNORECASE)


def _listed_gain(s: _Sentence, previous: _Number, n: _Number) -> bool:
    """Whether both numbers are signed gains in one list ("+1.8 BLEU on A, +1.1 on B, and
    +0.9 on C"): the later ones are in the first one's measure."""
    return previous.signed and n.signed and n.value > 0 and previous.value > 0 and bool(
        _GAIN_LIST_JOIN.fullmatch(s.text, previous.metric_end, n.start))


#: a result set against the previous one without a verb of its own: "93.8% on RewardBench but only 76.5%"
_BUT_ONLY = _Pattern(r"(?:\s+(?:on|in|for|at|under|with)\s+[^,;]{1,60}?)?\s*,?\s+but\s+"
                     r"(?:(?:only|just|merely|still|barely|about|around|nearly|roughly)\s+){0,2}", re.IGNORECASE)
#: from one bracketed score to the next one's bracket: ") and Anger (", " and MedQA-USMLE ("
_NEXT_IN_BRACKETS = _Pattern(r"\s*\)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\w@.-]+\s+){0,3}[\w@.-]+\s*\(\s*", re.IGNORECASE)
#: what opens a bracketed gain: "(+", or "(84.3, +" after the score it is the gain of
_BRACKETED_GAIN_BEFORE = _Pattern(r"\((?:\s*\d[\d.]*\s*\\?%?\s*,)?\s*[+\-−]?$")
#: the closing bracket of a number in brackets
_ASIDE = _Pattern(r"\s*(?:\\?%|points?)?[^()\d]{0,40}\)")  # and "(7.7% point absolute improvement)"


#: (the point may name its own measure: "R@1 at IoU 0.5", "AP at IoU=0.75"), or a threshold in
#: brackets defines the measure: "a top-1 success rate (RMSD below 2 Å) of 52.1%"
_AT_POINT = _Pattern(r"\s+at\s+(?:a\s+|an\s+|the\s+)?(?:[A-Za-z]+\s*(?:=|≥|>=)?\s*)?$"
                     r"|\s*\(\s*(?:[\w@-]+\s+){0,2}(?:below|under|above|less\s+than|more\s+than|at\s+most|at\s+least|[<≤>≥])\s*$",
                     re.IGNORECASE)
#: the rest of such a bracket after its threshold: "2 Å)"
_THRESHOLD_CLOSES = _Pattern(r"\s*(?:[^\s()\d]+\s*)?\)")
#: a level matched, then how much sooner: "the same perplexity as X 4x faster"
_SAME_MEASURE_AS = _Pattern(r"\bsame\s+(?:[\w@-]+\s+){1,4}?as\s+", re.IGNORECASE)
_FASTER_AFTER = _Pattern(r"\s*(?:faster|quicker|sooner)\b", re.IGNORECASE)


def _measure_at(s: _Sentence, point: int) -> _Mention | None:
    """The measure an operating point qualifies, named right before it ("Sensitivity at 80%
    specificity", "recall at a 5% false positive rate")."""
    return next((m for m in s.of("METRIC") if m.end < point and _AT_POINT.fullmatch(s.text, m.end, point)), None)


#: the units of a score and of a gain in points over it: "88.3% ... by 2.9 points", "94.6 F1 ... by 1.8 points"
_POINTS_OF_SCORES = frozenset({(PERCENT, POINTS), (None, POINTS)})


def _numeric_claims(s: _Sentence) -> list[_Number]:
    read = _read_numbers(s)
    operating_point = [_is_setting(s, n) for n in read]
    candidates = [n for n, point in zip(read, operating_point) if not point]
    rivals = _rivals_of(s, candidates)  # a rival's own numbers are no outcome of the subject
    numbers = [n for n in candidates if id(n) not in rivals and _is_result(s, n)]
    settings = [(n.start, _setting_end(s, n)) for n, point in zip(read, operating_point) if point]
    s.settings = [start for start, _ in settings]
    kept: list[_Number] = []
    for i, n in enumerate(numbers):
        lo = max([numbers[i - 1].end if i else 0, *(end for _, end in settings if end <= n.start)])
        hi = numbers[i + 1].start if i + 1 < len(numbers) else len(s.text)
        previous = kept[-1] if kept else None
        if previous is not None and lo == previous.end and previous.kind != SCORE \
                and _ASIDE.match(s.text, previous.end) and _BRACKETED_GAIN_BEFORE.search(s.text, 0, previous.start):
            # "29.3 (+1.2) and 41.9", "80.5% (7.7% point absolute improvement), MultiNLI accuracy to 86.7%",
            # "on A (84.3, +2.1 over X) and B (44.6%, ...)": the bracketed gain is an aside; the next number
            # continues the one before it
            lo = _ASIDE.match(s.text, previous.end).end()
            previous = kept[-2] if len(kept) > 1 else None
        elif previous is not None and previous.kind != SCORE and len(kept) > 1 and kept[-2].kind == SCORE \
                and (aside := _GAIN_APPOSED.fullmatch(s.text, kept[-2].end, n.start)) \
                and aside.start(1) < previous.start:
            # "0.86% on A, a 21% relative reduction over X, and 1.12% on B": 1.12 continues 0.86
            lo, previous = aside.end(1), kept[-2]
        _bind_metric(s, n, lo, hi)
        if n.unit == TIMES and n.metric and _FASTER_AFTER.match(s.text, n.end):
            # "reaches the same perplexity as T5-XXL 4x faster": the measure is matched, the factor is time;
            # "At 3.9B parameters, X is 2.4 times faster": a factor of speed, not of the setting's measure
            same = _SAME_MEASURE_AS.search(s.text, lo, n.start)
            if same or not _TIMED.search(n.metric):
                n.metric, n.metric_by_mention, n.metric_near = None, False, False
            if same:
                n.baseline = _entity_after(s, same.end())
        point = next((start for start, end in settings if end == lo), None)
        if not n.metric_near and point is not None and (measure := _measure_at(s, point)):
            # "Sensitivity at 80% specificity was 71.2%": the measure named before its operating point
            n.metric, n.metric_by_mention, n.metric_near = measure.name, True, True
        if n.metric is None and previous is not None and previous.metric and (
                _parallel_result(s, previous, n) or _listed_gain(s, previous, n) or _apposed_gain(s, previous, n)):
            n.metric, n.metric_by_mention, n.metric_near = previous.metric, previous.metric_by_mention, True
        if not _classify(s, n, lo, previous):
            continue
        _bind_dataset(s, n, lo, hi)
        clause_lo = _clause_start(s.text, n.start, commas=True)
        # set by _classify for "within 0.6 points of X"; not a rival a second predicate beats ("from 68.9%
        # to 71.7% over training from scratch, and surpasses GraphCL by 2.1%")
        second = _SECOND_PREDICATE.search(s.text, n.end, hi) or _RESPECTIVELY_AND.search(s.text, n.end, hi)
        if n.kind not in (IMPROVEMENT, REDUCTION) or not _NEXT_GAINS_RIVAL.search(s.text, n.end, hi):
            # (a gain's rival is not the next gain's: "over BERT by 2.1 points and over RoBERTa by 1.3")
            n.baseline = n.baseline or _baseline_near(s, n.end, second.start() if second else hi)
        n.baseline_after = n.baseline is not None
        n.baseline = n.baseline or _baseline_near(s, max(lo, clause_lo), n.start) or _leading_baseline(s)
        n.method, n.method_found = _subject(s, n.start)
        follower = next((m for m in s.of("METHOD") if _FOLLOWED_WITH.fullmatch(s.text, m.end, n.start)
                         and _FOLLOWED_BY.search(s.text, max(0, m.start - 20), m.start)), None)
        if follower is not None:  # "o1-mini scores 68.2, followed by DeepSeek-R1 with 65.9"
            n.method = follower.name
        elif (n.unit == PERCENT or n.decimal) and (model_at := _model_at(s, n.start)) \
                and not _KEPT_OF_AT.search(s.text, max(0, n.start - 120), n.start):
            n.method = model_at  # "Open models lag far behind, with LLaMA-2-70B at 47.5%"
        elif model_with := _model_reaching(s, n.start):
            n.method = model_with  # "the four optimizers are indistinguishable, with AdamW reaching 77.1%"
        elif n.kind == SCORE and (model_for := _model_for(s, n.end)):
            n.method, n.baseline = model_for, None  # "accuracy falls to 49.2% for Claude 3.5 Sonnet"
        elif n.kind in (IMPROVEMENT, REDUCTION) and _before_the_proposal(s) and (model_for := _model_for(s, n.end)):
            # "Moving the answer to the last option lowers accuracy by 12.6 points for Mistral-7B": the
            # model's change (after a proposal, "by 1.9 points for Llama-2-7B" is the method's on that model)
            n.method = model_for
        elif n.kind == SCORE and (bracketed := _model_bracketed(s, n)):
            n.method, n.baseline = bracketed, None  # "the highest F1 (71.4), followed by BIT (68.9)"
        elif n.kind == SCORE and (labelled := _model_labelled(s, n.start)):
            n.method, n.baseline = labelled, None  # "is 71.8 (IQL: 63.2; Diffusion-QL: 69.6)"
            if n.metric is None and previous is not None:
                n.metric, n.metric_by_mention = previous.metric, previous.metric_by_mention
        if n.kind == IMPROVEMENT and n.value < 0 and s.own and _trails_ours(s, n.start):
            # "a translate-train baseline still trails PivotAlign by 1.2 F1": our gain over the subject
            subject = n.method if n.method != s.own else None
            n.value, n.method, n.method_found = -n.value, s.own, True
            n.baseline = subject if n.baseline in (None, s.own) else n.baseline
        elif n.unit == PERCENT and _SHARE_SUCCEEDING.match(s.text, n.end) and (owner := _OUTPUTS_OF.match(s.text, n.end)):
            # "62.1% of DeType's outputs recompile": the share of whose outputs
            n.method = next((m.name for m in s.of("METHOD") if m.start == owner.start("name")
                             and m.end == owner.end("name")), n.method)
        rival = next((m for m in s.of("METHOD") if _RIVAL_BY.fullmatch(s.text, m.end, n.start)), None)
        if rival and rival.name != n.method and _RIVAL_BEFORE.search(s.text, max(0, rival.start - 80), rival.start):
            n.baseline = rival.name  # "outperforms PPO by 15% and SAC by 7%": each gain its rival
        elif previous is not None and previous.baseline and not n.baseline and \
                _LIST_JOIN.fullmatch(s.text, previous.end, n.start):
            n.baseline = previous.baseline  # "reduces the error of ZoeDepth by 36% and 22%"
        elif previous is not None and previous.baseline and not n.baseline and n.kind == previous.kind \
                and n.kind in (IMPROVEMENT, REDUCTION) and _OVER_RIVAL_AND_BY.fullmatch(s.text, previous.end, n.start):
            n.baseline = previous.baseline  # "improves AUC by 5.8% over CARE-GNN, and recall by 8.3%": the same rival
        kept.append(n)
    for before, n in reversed(list(zip(kept, kept[1:]))):
        # (factors of a gain and of a cut share it too: "is 2.4 times faster and uses 3.32 times less memory than X")
        alike = n.kind == before.kind or n.unit == before.unit == TIMES and {n.kind, before.kind} <= {IMPROVEMENT, REDUCTION}
        if before.baseline is None and n.baseline_after and alike \
                and _follows(_named_metrics_masked(s, before.end, n.start)):  # (the "Hits" of Hits@10 is no verb)
            before.baseline, before.baseline_after = n.baseline, True  # "MSE by 8.1% and MAE by 5.6% over X"
    _pair_slashed(s, kept)
    last: list[_Number] = []
    for run in _runs(s, kept):
        _harmonise(run)
        previous = [n.end for n in kept if n.end <= run[0].start]
        _zip_respectively(s, run, previous[-1] if previous else 0)
        _zip_subjects(s, run)
        _share_the_place_after(s, run)
        if len(last) < len(run):  # "a GLUE score of 90.1 and a SuperGLUE score of 86.4, ... by 1.3 and 2.9"
            last = [n for n in kept if n.end <= run[0].start][-len(run):]
        _like_the_last_run(s, last, run)
        last = run
    for before, n in zip(kept, kept[1:]):
        other_dataset = before.dataset is not None and n.dataset not in (None, before.dataset)
        if n.kind == before.kind == SCORE and n.metric is None and before.metric and n.unit == before.unit \
                and (other_dataset or _PLACE_AFTER.match(s.text, before.metric_end) and _PLACE_AFTER.match(s.text, n.end)
                     or _CONDITION_AFTER.match(s.text, max(before.end, before.metric_end))
                     and _CONDITION_AFTER.match(s.text, n.end)) \
                and _follows(_named_metrics_masked(s, before.end, n.start, ("METRIC", "DATASET"))):
            # "81.5% top-1 accuracy on Kinetics-400 and 70.8% on SSv2", "65.4 BLEU on seen categories and 53.1
            # on unseen categories", "... on the val set and 68.1% on test"
            n.metric = before.metric
    for before, n in zip(kept, kept[1:]):
        if n.kind in {IMPROVEMENT, REDUCTION} and n.metric is None and before.metric and not n.own_measure and (
                before.kind in {SCORE, SOTA} and (n.unit == before.unit or (before.unit, n.unit) in _POINTS_OF_SCORES)
                or before.kind == n.kind and before.unit == n.unit and _LIST_JOIN.fullmatch(s.text, before.end, n.start)
                or before.kind == n.kind and _NEXT_RIVAL_BY.fullmatch(s.text, before.end, n.start)):
            # "an f-score of 92.1%, an absolute 1.1% (or 1.1-point) improvement"; "88.3% accuracy,
            # surpassing X by 5.5 and 2.9 points", "... on TRADES by 3.1 points and on AWP by 1.2 points":
            # the gains after a score are in its metric
            n.metric = before.metric
    kept += _rival_scores(s, candidates, rivals, kept)
    kept.sort(key=lambda n: n.start)
    return [claim for n in kept for claim in (n, *(replace(n, metric=m) for m in n.also_metrics))]


#: a comparison right before a rival's number ("compared with 77.6% for LoRA", "surpassing the
#: 70.1% reported for PaLM"), not a bound ("more than 80% of")
_RIVAL_NUMBER_CUE = _Pattern(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|(?<!more )(?<!less )(?<!fewer )than|against|ahead\s+of|(?:above|below|behind)(?=\s+the\s)|"
                             r"relative\s+to|in\s+comparison\s+(?:with|to))\s+(?:the\s+|only\s+|just\s+)?"
                             r"(?:(?:an?\s+|the\s+)?M\s+(?:(?:scores?|values?)\s+)?(?:of\s+)?)?$"  # (measures masked: "versus a success rate of 54.8%")
                             r"|\b(?:out-?perform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*)\s+the\s+$", re.IGNORECASE)
#: from a rival's number to its name: "77.6% for LoRA", "88.5 F1 achieved by BERT", "41.8 BLEU of X"
_TO_RIVAL = r"\s*(?:\\?%|points?)?(?:\s+[\w@-]+){0,3}?\s+(?:(?:achieved|obtained|reported)\s+)?(?:for|of|by|from)\s+"
#: words that cannot describe a rival between its number and its name ("57.9% for the
#: multilingual AfroXLMR-large encoder", "48.9% for standard cross-entropy training", but not
#: "4.1 for models trained on BERT" or "for all BERT variants")
_NOT_A_RIVAL_MODIFIER = (r"(?:with|without|using|on|in|of|by|for|from|and|or|to|at|than|that|which|is|are|was|were|"
                         r"all|each|every|both|other|most|many|some|these|those|its|their|our|we|it|they)")
_RIVAL_NUMBER_OF = _Pattern(_TO_RIVAL + r"(?:the\s+|an?\s+)?(?:(?!" + _NOT_A_RIVAL_MODIFIER
                            + r"\b)(?-i:(?:[A-Za-z\d]+-)?[a-z][a-z-]*)\s+){0,2}", re.IGNORECASE)  # ("an ImageNet-pretrained X")
#: from a rival's number to the next one's (over no number of its own): "32.4 for the RNNsearch
#: baseline and 31.8", "0.887 for ImageNet pretraining and 0.879", "0.71 for AlphaFold2 and 0.62"
_NEXT_RIVAL_NUMBER = _Pattern(_TO_RIVAL + r"(?:[^,;()\d]|(?<=\w)\d){1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)",
                              re.IGNORECASE)


def _rivals_of(s: _Sentence, numbers: list[_Number]) -> dict[int, _Mention]:
    """The rival each of a rival's own numbers belongs to (by ``id`` of the number): in
    brackets after its name ("outperforming VALL-E (5.9% WER, 0.50 similarity)"), or named
    after it in a comparison ("compared with 77.6% for LoRA and 75.1% for prefix tuning",
    "compared with 3.49 and 1.95 for Graph WaveNet", "... 0.78 and 0.83 for LR and XGBoost,
    respectively")."""
    text, out, cued_end = s.text, {}, -1
    for run in _runs(s, numbers):
        in_brackets = [(n, _rival_in_brackets(s, n)) for n in run]
        out.update((id(n), rival) for n, rival in in_brackets if rival is not None)
        if any(rival is not None for _, rival in in_brackets) or not (
                _RIVAL_NUMBER_CUE.search(_named_metrics_masked(s, max(0, run[0].start - 60), run[0].start))
                or cued_end >= 0  # (a name's digits are no number: "48.2% for Llama 3 8B and 57.9%")
                and _NEXT_RIVAL_NUMBER.fullmatch(_named_metrics_masked(s, cued_end, run[0].start, ("METHOD",)))):
            continue
        cued_end = last = run[-1].end
        first = next((m for m in s.of("METHOD") if last < m.start <= last + 60
                      and _RIVAL_NUMBER_OF.fullmatch(text, last, m.start) and not text.startswith("'", m.end)), None)
        pairing = _RESPECTIVELY.search(text, last) if first is not None and len(run) > 1 else None
        named = [m for m in s.of("METHOD") if pairing and first.start <= m.start < pairing.start()]
        if first is not None:
            out.update((id(n), m) for n, m in zip(run, named if len(named) == len(run) else [first] * len(run)))
    return out


def _rival_scores(s: _Sentence, numbers: list[_Number], rivals: dict[int, _Mention],
                  kept: list[_Number]) -> list[_Number]:
    """Scores of the named methods among ``rivals``: "outperforms wav2vec 2.0 (WER 15.8%)",
    "88.2% on MNLI, compared with 77.6% for LoRA". The metric is the one written with the
    number, else that of the score it is set against; the dataset is that score's. A rival's
    numbers are set against as many scores right before them, in order ("86.1 on A and 84.3
    on B, on par with X (86.2 and 85.5)"), else each against the nearest score."""
    text, out = s.text, []
    scores = [k for k in kept if k.kind in {SCORE, SOTA}]
    paired: dict[int, _Number] = {}
    for rival in {id(m): m for m in rivals.values()}.values():
        group = [n for n in numbers if rivals.get(id(n)) is rival]
        before = [k for k in scores if k.end <= group[0].start][-len(group):]
        if len(group) > 1 and len(before) == len(group):
            paired.update(zip(map(id, group), before))
    for i, n in enumerate(numbers):
        rival = rivals.get(id(n))
        if rival is None or rival.label != "METHOD" or not _is_result(s, n) \
                or all(w in _GENERIC for w in rival.name.lower().replace("-", "").split()):
            continue  # (nor "a simple base-line (20%)": an unnamed rival's number is nobody's score)
        # the metric is looked for in the number's brackets, or between it and the rival's name
        bracket = text.rfind("(", max(0, n.start - 40), n.start)
        bracketed = bracket > rival.end
        close = text.find(")", n.end) if bracketed else -1
        lo = max(bracket + 1 if bracketed else n.start, numbers[i - 1].end if i else 0)
        hi = min(numbers[i + 1].start if i + 1 < len(numbers) else len(text),
                 (close if close >= 0 else len(text)) if bracketed else rival.start)
        _bind_metric(s, n, lo, hi)
        if n.metric is None and n.unit is None and not n.decimal:
            continue  # "outperforming GPT-4 (0613)", "4 steps compared with 50 for DDPM": no score
        pair = paired.get(id(n))
        nearest = pair or min(kept, key=lambda k: (k.start > n.start, abs(k.start - n.start)), default=None)
        if nearest is not None and nearest.kind not in {SCORE, SOTA} and nearest.unit == n.unit and not n.metric_near:
            # "dropping only 0.6% ... compared with 6.3% for Baz": the rival's loss, not a score (but "1.94x
            # faster, outperforming DistilBERT (97.0%)" is its score)
            continue
        against = pair or min(scores, key=lambda k: (k.unit != n.unit, abs(k.start - n.start)), default=None)
        if n.metric is None and against is not None and against.unit == n.unit:
            n.metric, n.metric_by_mention = against.metric, against.metric_by_mention
        written = next((m.name for m in s.of("DATASET") if bracketed and n.end < m.start and m.end <= hi
                        and _PLACE_AFTER.fullmatch(s.text, _UNIT_ONLY.match(s.text, n.end).end(), m.start)), None)
        if written:
            n.dataset = written  # "surpassing CodeLlama-34B (48.8% on HumanEval) on MBPP": the bracket's own
        elif against is not None and against.dataset:
            n.dataset = against.dataset
        else:
            _bind_dataset(s, n, lo, hi)
        n.kind, n.method, n.method_found, n.baseline, n.of_rival = SCORE, rival.name, True, None, True
        out.append(n)
    return out


# --------------------------------------------------------------------------- qualitative

def _datasets_for(s: _Sentence, lo: int, hi: int) -> list[str | None]:
    names: list[str | None] = []
    for m in s.of("DATASET"):
        if lo <= m.start < hi and m.name not in names:
            names.append(m.name)
    return names[:6] or [None]


def _clause_metric(s: _Sentence, lo: int, hi: int) -> tuple[str | None, bool]:
    """The first quality metric (not a resource like memory) named in [lo, hi)."""
    for _, _, name, by_mention in _metrics_in(s, lo, hi):
        if not _RESOURCE.search(name):
            return name, by_mention
    return None, False


def _qualitative_claims(s: _Sentence, kind: str, cue_start: int, lo: int, hi: int,
                        baseline: str | None) -> list[dict]:
    """One claim without a value per dataset named in the cue's clause."""
    metric, by_mention = _clause_metric(s, cue_start, hi)
    if metric and baseline and metric.lower() in baseline.lower():
        metric, by_mention = None, False  # "outperformed the SOFA score": the rival, not the measure
    method, found = _subject(s, cue_start)
    frame = _REPORTING_FRAME.search(s.text, 0, lo)
    if frame and not any(lo <= m.start < hi for m in s.of("DATASET")):
        lo = frame.start()  # "Experiments on Inspec and SemEval-2010 show that X outperforms Y"
    out = []
    for dataset in _datasets_for(s, lo, hi):
        conf = _confidence(kind, metric, by_mention, dataset, None, found, False)
        out.append(_record(s, kind, method, dataset, metric, None, None, baseline, conf))
    return out


#: experiments named by their data, reporting the clause after them
_REPORTING_FRAME = _Pattern(r"\b(?:experiments?|results?|evaluations?|studies)\s+(?:on|over|across|using)\s+[^.;]*?"
                            r"\b(?:show|demonstrate|indicate|reveal|confirm|suggest|verify|prove)s?\s+that\s*$",
                            re.IGNORECASE)


#: a citation: "[12]", "[ reference ]", "Smith et al.", "(Lee, 2019)", "wu2016google"
_CITED = _Pattern(r"\[\s*(?:reference|\d)|\bet\s+al\b|\(\s*[A-Z][^()]{0,60}\d{4}[a-z]?\s*\)|\b[a-z]+\d{4}[a-z]+\b")
#: what holds in general, might hold or has held, or others did, not what was found
_IN_GENERAL = _Pattern(r"\b(?:can|could|may|might|would|should|must|typically|usually|often|generally|"
                       r"tends?\s+to|known|considered|believed|"
                       r"ha(?:s|ve)\s+(?:\w+ly\s+)?(?:not\s+)?(?:yet\s+)?\w+(?:ed|en|wn)|"
                       r"researchers|humans|people|research|prior\s+works?|previous\s+works?)\b", re.IGNORECASE)


def _own_work(s: _Sentence, cue_start: int) -> bool:
    """Whether the sentence speaks of the paper's own work, or its clause before the cue is
    the paper's experiments reporting ("Experiments demonstrate ...")."""
    return s.own_here or bool(
        _EVIDENCE_SUBJECT.match(s.text[_clause_start(s.text, cue_start, commas=False):cue_start]))


def _about_a_method(s: _Sentence, cue_start: int) -> bool:
    """Whether a qualitative cue has a subject worth a claim: the paper's own work, a METHOD
    mention, or a determined / named subject; not a bare generic noun phrase, which in an
    abstract states background ("Large language models achieve strong results ...")."""
    if s.own_here:
        return True
    lo = _clause_start(s.text, cue_start, commas=False)
    if any(m.label == "METHOD" and lo <= m.start and m.end <= cue_start for m in s.mentions):
        return True
    clause = s.text[lo:cue_start]
    if _OWN_SUBJECT.search(clause) or _EVIDENCE_SUBJECT.match(clause):
        return True

    def determined(text: str, inner: bool) -> bool:
        first = re.match(r"[\w+.-]+", text.lstrip())
        if not first:
            return False
        word = first.group(0)
        return word.lower() in _DETERMINERS or bool(_NAME_LIKE.match(word) and re.search(
            r"[A-Z0-9]", word[1:])) or (inner and word[0].isupper())

    if determined(clause, lo > 0):
        return True
    opener = _OPENER.match(clause)  # "In experiments on CoNLL-2005, LISA achieves ..."
    if opener and determined(clause[opener.end():], True):
        return True
    # Past the paper's own work, a finding needs no named subject ("Open-weight models are competitive
    # with proprietary ones"), unless it cites others or states what holds in general ("GPU code can be
    # two orders of magnitude faster than ...")
    return s.after_own and not _CITED.search(s.text) and not _IN_GENERAL.search(s.text, 0, cue_start)


def _is_goal(text: str, cue_start: int) -> bool:
    """Whether the cue is a goal or a hedge ("to improve", "for outperforming", "To reduce
    X, we ...", "whether it beats") rather than an outcome."""
    lo = _clause_start(text, cue_start, commas=True)
    first = max(0, text.rfind(",", 0, lo - 1) + 1) if lo else 0
    question = re.search(r"(?<!show )(?<!shows )(?<!showed )(?<!demonstrate )(?<!demonstrates )"
                         r"\b(?:whether|if|how)\b",
                         text[_clause_start(text, cue_start, commas=False):cue_start], re.I)
    if _FIRST_TO.search(text, max(0, cue_start - 60), cue_start) \
            or _JUDGED_TO.search(text, max(0, cue_start - 80), cue_start):
        # "the first neural approach to outperform ...", "annotators judged its summaries to contain
        # fewer ... than": an outcome
        return False
    return bool(_GOAL.search(text[max(0, cue_start - 30):cue_start]) or question
                or _PURPOSE.match(text[lo:cue_start]) or _PURPOSE.match(text[first:cue_start])
                or _HYPOTHESIS.search(text, 0, cue_start))


#: a clause with its own subject after a number: "reduces the MAE to 0.0791, and it sets a new
#: state of the art on ZINC", "..., and on PubMedQA it reaches 78.4%, a new state of the art"
#: (the first result is no state-of-the-art claim)
_NEW_CLAUSE = _Pattern(r";|,\s+and\s+(?:(?:on|in|for|across|with)\s+[^,;]{1,60}?\s+)?"
                       r"(?:it|we|they|this|these|our|the|its)\b"
                       r"|,\s+and\s+(?:\w+ly\s+)?(?:improv|outperform|surpass|exceed|beat|advanc|push|sets?\b|establish)",
                       re.IGNORECASE)


#: a contrasting clause after a state-of-the-art claim: "GPT-4 performs best with 68.3%, while
#: Claude 2 is at 61.0%" (the later results are no state-of-the-art claim)
_CONTRAST_CLAUSE = _Pattern(r",\s+(?:while|whereas)\b", re.IGNORECASE)
#: a second predicate that reports a change of its own, after a state-of-the-art claim: "ranks
#: first among 18 teams, and improves NDCG@30 on LeCaRD from 0.883 to 0.912" (but "outperforms
#: the state of the art and achieves an F1 of 84.1" reports the new state of the art)
_CHANGE_PREDICATE = _Pattern(r",?\s+and\s+(?:\w+ly\s+|also\s+)?(?:improv|reduc|lower|rais|increas|boost|cuts?\b)",
                             re.IGNORECASE)
#: a second clause with a place and subject of its own, after a state-of-the-art claim: "achieves the
#: best overall score of 72.4, and on LibriSpeech it reaches a WER of 3.2%" claims no state of the art there
_PLACE_CLAUSE = _Pattern(r",\s+and\s+(?:on|in|for|across)\s+[^,;]{1,60}?\s+(?:it|we|they|our|its|the)\b",
                         re.IGNORECASE)


def _sota_cue(s: _Sentence) -> re.Match | None:
    """The first real state-of-the-art claim: not "close to the state of the art", and
    "X is state-of-the-art" only about the paper's own work."""
    for m in _SOTA.finditer(s.text):
        noun = re.search(_SOTA_NOUN, m.group(0), re.IGNORECASE)
        noun_start = m.start() + (noun.start() if noun else 0)
        either = bool(m.group("verb")) and " or " in m.group("verb")  # "achieved or matched state-of-the-art results"
        if _NEAR.search(s.text[max(0, noun_start - 60):noun_start]) and not either or _is_goal(s.text, m.start()):
            continue
        if m.group("v") and m.group("v").lower() in {"is", "are", "be", "with"} and not s.own_here:
            continue
        if m.group("bv") and _COST_COMPARED.search(s.text, max(0, m.start() - 40), m.start()):
            continue  # "4x smaller and 6.5x cheaper than the previous best detector": a cost, no best result
        return m
    return None


_COST_COMPARED = _Pattern(r"\b(?:smaller|cheaper|faster|lighter|leaner|fewer\s+[\w-]+|less\s+[\w-]+)\s+$",
                          re.IGNORECASE)


def _qualitative(s: _Sentence, numeric: list[_Number]) -> list[dict]:
    """sota and comparison claims; a cue next to numbers only upgrades / completes them."""
    claims: list[dict] = []
    text = s.text
    sota = _sota_cue(s)
    if sota:
        if sota.group("attr"):
            # "an Inception score of 9.46 and a state-of-the-art FID score of 3.17": only the number it introduces
            converted = [n for n in numeric if n.kind == SCORE and n.start == sota.end()]
        else:
            leader = _subject(s, sota.start())[0]
            converted = [n for n in numeric if n.kind == SCORE and not (
                _NEW_CLAUSE.search(text, n.end, sota.end()) if n.end <= sota.start() else
                _CONTRAST_CLAUSE.search(text, sota.end(), n.start) or _CHANGE_PREDICATE.search(text, sota.end(), n.start)
                or _PLACE_CLAUSE.search(text, sota.end(), n.start))
                and (leader is None or n.method in (None, leader))]  # not "..., followed by Gemini Pro at 65.3%"
        for n in converted:
            n.kind = SOTA
        verb = sota.group("v") or sota.group("bv")
        beaten = verb and re.match(r"out-?perform|surpass|exceed|beat|improv|over|than", verb, re.IGNORECASE)
        if beaten and numeric:
            # "outperforms the previous state of the art by 2.1 F1": the gain is the claim,
            # the state of the art its baseline.
            phrase = re.sub(r"^[\w-]+\s+(?:(?:on|upon|over)\s+)?(?:(?:the|a)\s+)?", "",
                            text[sota.start():sota.end()])
            apposed = _APPOSED_KIND.match(text, sota.end())  # "over the previous best model, LUKE, by 1.7"
            phrase = next((m.name for m in s.of("METHOD") if apposed and m.start == apposed.end()), phrase)
            for n in numeric:
                if n.kind != SOTA and not (n.end <= sota.start() and _NEW_CLAUSE.search(text, n.end, sota.end())) \
                        and not _PLACE_CLAUSE.search(text, sota.end(), n.start):
                    n.baseline = n.baseline or phrase  # (a new state of the art beats the old one by definition)
        elif not converted and _about_a_method(s, sota.start()):
            lo = _clause_start(text, sota.start(), commas=False)
            hi = _clause_end(text, sota.end())
            hi = next((p for p in _second_predicates(s, lo, hi) if sota.end() <= p), hi)
            claims += _qualitative_claims(s, SOTA, sota.start(), lo, hi, None)
    compares = list(_COMPARE.finditer(text))
    for m in compares:
        if sota and sota.start() <= m.start() < sota.end() + 5:
            continue
        if _is_goal(text, m.start()):
            continue
        if m.group("matchname") and not _names_a_model(s, _after_space(text, m.end())):
            continue  # "matching" a pattern, not a model
        lo = _clause_start(text, m.start(), commas=True)
        hi = _clause_end(text, m.end())
        if (m.group("cut") or re.search(r"(?:improv|enhanc|boost|increas|reduc|accelerat)\w*$", m.group(0), re.I)) \
                and _BY_DOING.search(text, m.end(), hi) \
                and not re.search(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?$", text[:m.start()]):
            # "we improve X by adding Y", "reduces overfitting by intentionally introducing Y" describe the
            # method ("overfitting is greatly reduced by randomly omitting ..." reports what it does)
            continue
        if sota and sota.start() < hi and sota.end() > lo and not numeric:
            continue  # "achieves new state-of-the-art results, outperforming ..." is the sota
        takes_object = m.group("verb") or m.group("rel") or m.group("match") or m.group("matchname") or \
            m.group("behind") or m.group("better") or m.group("over") or _OBJECT_VERB.search(m.group(0) + " ")
        baseline = None
        if takes_object and not m.group(0).lower().endswith("performance"):
            baseline = _entity_after(s, _after_space(text, m.end()))
        elif m.group("cut") and (of := _OF_RIVAL.match(text, m.end())):
            baseline = _entity_after(s, of.end())  # "halves the word error rate of Whisper"
        # not past the next number, which has its own rival: "4.3 BLEU higher than the cascaded
        # system and 1.6 BLEU higher than XLS-R"
        next_number = min([n.start for n in numeric if n.start >= m.end()] + [hi])
        # nor past a predicate beating a rival of its own: "a 14.3-point improvement over the base
        # model, and surpasses o1-preview"
        second = _SECOND_PREDICATE.search(text, m.end(), next_number)
        baseline = baseline or _baseline_near(s, m.end(), second.start() if second else next_number) \
            or _leading_baseline(s)
        joined = _AND_PREDICATE.search(text, lo, m.start())
        if numeric and joined and (baseline or _GENERIC_RIVAL.match(text, m.end())) and takes_object \
                and not any(m.start() < n.start < hi for n in numeric):
            # "outperforms GPT-4 by 4.5% on MATH and surpasses MetaMath-70B by large margins":
            # a second predicate without a number is an outcome of its own
            claims += _qualitative_claims(s, COMPARISON, m.start(), joined.end(), hi, baseline)
            continue
        if numeric:
            # The numbers are the outcome; the comparison only names what they beat.
            comma = text.find(",", m.end(), hi)
            colon = text.find(":", m.end(), hi)
            if 0 <= colon < comma and not any(m.end() <= n.start < colon for n in numeric):
                comma = -1  # "outperforms BERT in ... tasks: A (0.62% F1 improvement), B (2.80% ...)": one list
            in_clause = [n for n in numeric if lo <= n.start < (comma if comma != -1 else hi)]
            # (not numbers before a clause of their own: "83.4% ..., while on PlotQA it is competitive with X")
            for n in in_clause or [n for n in numeric if not _CLAUSE_OF_ITS_OWN.search(text, n.end, m.start())]:
                # (not one compared on its own before this cue, nor one after a later verb naming a rival of
                # its own: "beats GPT-3.5 on 9 of 11 tasks, ... and matches ChatGPT on X (F1 0.91 vs. 0.90)")
                if not any(n.end <= other.start() < m.start() or m.end() <= other.start() < n.start
                           and _OBJECT_VERB.search(other.group(0) + " ")
                           and _entity_after(s, _after_space(text, other.end())) for other in compares):
                    n.baseline = n.baseline or (baseline if baseline != n.method else None)
            _zip_rivals(s, in_clause or numeric, baseline, m.end())
            measured = text[m.end():m.end() + 3].strip()[:1].isdigit() or _MARGIN.search(text, m.end(), hi)
            predicate = _NEXT_PREDICATE.search(text, m.end(), hi) or _NEW_CLAUSE.search(text, m.end(), hi)
            end = predicate.start() if predicate else hi
            if (baseline or m.group("match") or _GENERIC_RIVAL.match(text, m.end())) and _about_a_method(s, m.start()) and (
                    (m.group("verb") or m.group("match") or m.group("matchname") or (
                        m.group("rel") and "line" not in m.group("rel"))) and not measured
                    and all(n.kind in (SCORE, SOTA) for n in in_clause or numeric if n.start < end)
                    or (takes_object and not m.group("behind") and all(n.start >= end for n in numeric))):
                # "achieves 1.20 BPC, outperforming the best known compressor", "refuse 97.4%,
                # on par with the chat model", "outperforms X while using 38% fewer FLOPs": no
                # number measures the win or the tie, so it is an outcome of its own
                claims += _qualitative_claims(s, COMPARISON, m.start(),
                                              _clause_start(text, m.start(), commas=False), end, baseline)
            continue
        if m.group("kept"):
            # "Short-context performance on MMLU is preserved", "leaves the MT-Bench score essentially
            # unchanged": a quality kept is an outcome ("the object structure is preserved" describes, and
            # "so inference cost is unchanged" states what the design costs)
            lo = _clause_start(text, m.start(), commas=False)
            if any(m.start() <= n.start < hi for n in numeric) or not (
                    _KEPT_MEASURE.search(text, lo, m.end()) or any(
                        x.label == "METRIC" and lo <= x.start < m.end() and not _RESOURCE.search(x.name) for x in s.mentions)):
                continue
            claims += _qualitative_claims(s, COMPARISON, m.start(), lo, hi, None)
            continue
        # "Large language models achieve strong results": praise of others is background
        praise = m.group("yield") and _PRAISE.search(m.group(0))
        if not (_own_work(s, m.start()) if praise else _about_a_method(s, m.start())):
            continue
        lo = _clause_start(text, m.start(), commas=False)
        second = next((p for p in _second_predicates(s, lo, hi) if p < m.start()), None)
        claims += _qualitative_claims(s, COMPARISON, m.start(), lo if second is None else second, hi, baseline)
    if not claims and not numeric and not sota:
        claims = _improves_a_named_thing(s)
    if not claims and not numeric and not sota and _ABLATION_FINDING.match(text):
        # "Ablations show that the gate, not the extra parameters, accounts for most of the gain": what
        # a part does for the method is an outcome of the method (its own: no subject is looked for)
        claims = _qualitative_claims(s, COMPARISON, 0, 0, len(text), None)
    if not claims and not numeric and not sota and (lead := _COMPARED_FIRST.match(text)) \
            and (comma := text.find(",", lead.end())) > 0 and (better := _COMPARATIVE_WORD.search(text, comma)) \
            and (baseline := _leading_baseline(s)) and _about_a_method(s, better.start()) \
            and not _is_goal(text, better.start()) and _subject(s, better.start())[0] is not None:
        # "Compared with DExperts, ToxFree achieves lower toxicity": the rival opens the sentence, and
        # the comparative needs no "than"
        claims = _qualitative_claims(s, COMPARISON, better.start(), comma + 1, _clause_end(text, better.end()), baseline)
    return _distinct(claims)


#: the paper's ablations reporting what they found (not what they examine: "Ablations examine the role of")
_ABLATION_FINDING = _Pattern(r"\W*(?:(?:our|the|further|additional|extensive|detailed|careful|an?)\s+)*"
                             r"(?:ablations?|ablation\s+(?:stud(?:y|ies)|experiments?|analys[ie]s|results))\s+"
                             r"(?:also\s+|further\s+)?(?:show|indicat|confirm|reveal|attribut|demonstrat|suggest|"
                             r"verif|highlight|find|establish)", re.IGNORECASE)


def _improves_a_named_thing(s: _Sentence) -> list[dict]:
    """"QTempo also improves multi-object tracking on nuScenes": bettering a named task or
    measure is an outcome (not how it is done: "improves X by adding Y")."""
    text = s.text
    for m in _IMPROVES.finditer(text):
        # (a measure may move either way: "consistently lowers segment-level correlation"; not a
        # resource spent: "increases training cost")
        named = next((x for x in s.mentions if x.start == m.end() and (
            x.label == "TASK" and m.group("better") or x.label == "METRIC" and (m.group("better") or not _RESOURCE.search(x.name)))),
            None)
        if named is None or _is_goal(text, m.start()) or not _about_a_method(s, m.start()) \
                or _PROPOSE.search(text, 0, m.start()):
            continue  # (nor what a proposal is for: "we present X, a method ... which improves posterior inference")
        hi = _clause_end(text, named.end)
        if _BY_DOING.search(text, named.end, hi):
            continue
        return _qualitative_claims(s, COMPARISON, m.start(), _clause_start(text, m.start(), commas=False), hi, None)
    return []


#: the verb only: "improved recognition rates" is as often a description ("benefit from improved sample complexity")
_IMPROVES = _Pattern(r"\b(?:(?P<better>improves|enhances|boosts)|(?:rais|increas|decreas|reduc)es|lowers)\s+(?:the\s+)?",
                     re.IGNORECASE, folded=True)
#: how a method brings its change about: "improves X by adding Y"
_BY_DOING = _Pattern(r"\bby\s+(?:\w+ly\s+)?\w+ing\b")


#: a rival opening the sentence, set against what follows ("Unlike X, ..." says no better or worse)
_COMPARED_FIRST = _Pattern(rf"\W*(?:{_COMPARED_WITH})\s", re.IGNORECASE)
#: a comparative that says better or worse (not a scope: "we study a larger set of tasks")
_COMPARATIVE_WORD = _Pattern(r"\b(?:lower|higher|better|worse|fewer|less|faster|slower|stronger|weaker|"
                             r"more\s+(?:accurate|robust|efficient|faithful|fluent|coherent|diverse|stable|"
                             r"reliable|consistent|natural|helpful))\b", re.IGNORECASE)


#: what a kept outcome keeps: a measure or an ability
_KEPT_MEASURE = _Pattern(r"\b(?:performance|accuracy|abilit(?:y|ies)|capabilit(?:y|ies)|quality|scores?|results?|"
                         r"fluency|utility)\b", re.IGNORECASE)


#: an article and a hyphenated description before a model's name
_DESCRIBED = _Pattern(r"(?:the\s+|an?\s+)?(?:(?:[a-z]+ly|[a-z]+ed|(?![\w-]*(?:[a-z][A-Z]|\d))[A-Za-z]+-[a-z][\w-]*)\s+){0,3}")
#: a level matched that names no model: "matches task-specific state-of-the-art models on CoNLL-2003"
_MATCHED_STATE_OF_THE_ART = _Pattern(r"(?:the\s+)?(?:[\w-]+\s+)?state[- ]of[- ]the[- ]art\s+(?:models?|methods?|systems?|"
                                     r"results?|performance|approaches)\b", re.IGNORECASE)


def _names_a_model(s: _Sentence, pos: int) -> bool:
    """Whether a METHOD mention or a name-shaped word starts at ``pos`` ("matches AutoGluon"), or
    after an article and up to three describing words there ("matches the OCR-dependent LayoutLMv3",
    "matches a fully supervised RoBERTa-large tagger"), or the state of the art does."""
    return any(_model_name_at(s, at) for at in (pos, _DESCRIBED.match(s.text, pos).end())) \
        or bool(_MATCHED_STATE_OF_THE_ART.match(s.text, pos))


def _model_name_at(s: _Sentence, pos: int) -> bool:
    if any(m.start == pos for m in s.of("METHOD")):
        return True
    word = re.match(r"[A-Z][\w.+-]*", s.text[pos:pos + 40])
    return bool(word and NAME_SHAPED.search(word.group(0)[1:]))


#: a result verb joined by "and" after a comparison: "outperforms X by a wide margin and achieves 77.9%"
_NEXT_PREDICATE = _Pattern(r",?\s+and\s+(?:\w+ly\s+|also\s+)?(?:achiev|reach|obtain|attain|yield|improv|reduc|"
                           r"sets?\b|establish|deliver|boost|cuts?\b|lower|rais|increas|scor)", re.IGNORECASE, folded=True)


#: "of" before the rival whose measure is cut: "halves the word error rate of Whisper"
_OF_RIVAL = _Pattern(r"\s+of\s+")
#: "and" joining a second predicate of the subject: "is state of the art on A, and also
#: outperforms X on B"
_AND_PREDICATE = _Pattern(r",?\s+(?:and|but|yet)\s+(?:(?:it|they|this)\s+)?(?:(?:\w+ly|also|even|further|is|are|was|were|remains?)\s+)*$",
                          re.IGNORECASE)


def _second_predicates(s: _Sentence, lo: int, hi: int) -> list[int]:
    """Where each comparison joined by "and" to a predicate before it starts, in [lo, hi),
    where both name datasets: those named before it belong to the first predicate ("We
    evaluate X on A and demonstrate competitive results" shares A)."""
    starts = [m.start for m in s.of("DATASET") if lo <= m.start < hi]
    out = []
    for m in _COMPARE.finditer(s.text, lo, hi):
        second = _AND_PREDICATE.search(s.text, lo, m.start())
        if second and any(p < second.start() for p in starts) and any(p > m.start() for p in starts):
            out.append(second.start())
    return out


def _distinct(claims: list[dict]) -> list[dict]:
    """One qualitative claim per (kind, method, dataset, baseline); a claim without a
    baseline is dropped when another one names it ("outperforms X and improves results"),
    and one without a method or baseline when another one names a method."""
    named = {(c["kind"], c["method"], c["dataset"]) for c in claims if c["baseline"]}
    with_method = {(c["kind"], c["dataset"]) for c in claims if c["method"]}
    out: list[dict] = []
    keys: set[tuple] = set()
    for c in claims:
        key = (c["kind"], c["method"], c["dataset"], c["baseline"])
        if key in keys or (c["baseline"] is None and key[:3] in named) or (
                c["baseline"] is None and c["method"] is None and (c["kind"], c["dataset"]) in with_method):
            continue
        keys.add(key)
        out.append(c)
    return out


# --------------------------------------------------------------------------- records

def _confidence(kind: str, metric: str | None, by_mention: bool, dataset: str | None,
                unit: str | None, method_found: bool, weak: bool) -> float:
    """Base by kind, raised by each bound field, lowered for heuristic-only scores and a
    rival's scores, which the paper reports second-hand."""
    score = _BASE[kind]
    if metric:
        score += 0.15 if by_mention else 0.1
    if dataset:
        score += 0.1
    if unit:
        score += 0.05
    if method_found:
        score += 0.05
    if weak:
        score -= 0.1
    return round(min(0.95, max(0.05, score)), 3)


def _record(s: _Sentence, kind: str, method: str | None, dataset: str | None,
            metric: str | None, value: float | None, unit: str | None, baseline: str | None,
            confidence: float) -> dict:
    if method is not None and method == baseline:
        method = None  # "adaptive methods are faster than SGD" in a paper about SGD: not SGD's own win
    return {
        "kind": kind, "method": method, "dataset": dataset, "metric": metric,
        "value": value, "unit": unit, "baseline": baseline,
        "text": s.original, "start": s.start, "end": s.end,
        "confidence": confidence, "extractor": EXTRACTOR,
    }


def _number_record(s: _Sentence, n: _Number) -> dict:
    value = round(n.value, 6)
    conf = _confidence(n.kind, n.metric, n.metric_by_mention, n.dataset, n.unit,
                       n.method_found, n.weak or n.of_rival)
    return _record(s, n.kind, n.method, n.dataset, n.metric, value, n.unit, n.baseline, conf)


# --------------------------------------------------------------------------- documents

def _named_after(text: str, pos: int, methods: list[Candidate], limit: int) -> str | None:
    """The METHOD mention starting in [pos, pos + limit), else a name-like phrase at ``pos``
    ("we propose Graph Aggregation Network (GAIN)" -> "Graph Aggregation Network")."""
    for m in methods:
        if pos <= m.start < pos + limit:
            return m.canonical or text[m.start:m.end]
    words = []
    for token in text[pos:pos + 120].split():
        core = token.rstrip(",;:.)\"'")
        if not core or not core[0].isupper():
            break  # also stops at "(ABBR)" and quotes: the name is what precedes them
        words.append(core)
        if core != token:
            break  # punctuation ends the name: "we propose CRaSh, involving ..."
    if not words or words[0] in {"A", "An", "The", "In", "This", "Our", "Two", "Three"}:
        return None
    if len(words) == 1 and not _NAME_LIKE.match(words[0]):
        return None  # a single plain capitalised word ("Transformers") names nothing new
    name = " ".join(words[:6]).rstrip(".")
    return None if name.endswith(("-based", "-like", "-style")) else name


def find_own_method(doc: Doc, mentions: list[Candidate]) -> str | None:
    """The paper's own method, for claims whose subject is "we" / "our model" / "it".

    A METHOD named before a colon at the start of the title ("LLaMA-NAS: Efficient ...")
    is the paper's own. Otherwise looks for "we propose / introduce / present X" (X being
    the first METHOD mention in the object phrase with a capital or digit in its name, else
    the first, or the name after "called / named / dubbed"), then "X is proposed", then
    "X, a novel ..." or "our system, X,",
    then the first METHOD mention of the title that is a coined name, opens the title
    ("X: ...", "X for ...") or that the abstract mentions too.
    """
    return _own_method(doc_text(doc), _sentence_spans(doc), mentions)


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    if not doc.has_annotation("SENT_START"):
        set_sentence_starts(doc)
    return [(sent.start_char, sent.end_char) for sent in doc.sents]


#: A coined name: a capital after a lower-case letter ("SwiftGNN", "ULMFiT"), a digit, or
#: one all-capital word ("DINOSTAR").
_COINED = re.compile(r"[a-z][A-Z]|\d|^[A-Z][A-Z-]{3,}$")
#: A canonical name with a capital or a digit names a method; a lower-case one ("recurrent
#: neural network") is the kind of method.
_NAME_CHARS = re.compile(r"[A-Z\d]")
#: where an apposition naming the object starts
_APPOSITION_START = re.compile(r"[,:] ")
#: a short form in brackets, with a capital
_SHORT_FORM_AFTER = re.compile(r"\s*\(\s*[A-Za-z]*[A-Z]")


#: titles of studies of a topic rather than of a method: "Towards ...", "A Survey of ...",
#: "Rethinking ...", "Can Pre-trained Networks Detect ...?"
_STUDY_TITLE = re.compile(
    r"(?:towards?|a\s+survey|survey|rethinking|revisiting|understanding|exploring|exploration|on\s+the|"
    r"an?\s+(?:empirical|systematic|comparative|unified|closer)|a\s+study|analy[sz]ing|investigating|"
    r"evaluating|benchmarking|when|why|how|can|do|does|is|are)\b", re.IGNORECASE)


_QUESTION_BETWEEN = re.compile(r"[^?]*(?:,|\bor\b|\bvs\.?|\bversus\b)[^?]*\?", re.IGNORECASE)
#: a title's models that the method is applied to: "... for Vision Transformers", "... on BERT"
_APPLIED_TO_BEFORE = re.compile(r"\b(?:for|on|to|in|into|across)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
                                re.IGNORECASE)
_USING_BEFORE = re.compile(r"\b(?:using|with|via|through|by)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def _own_method(text: str, spans: list[tuple[int, int]], mentions: list[Candidate]) -> str | None:
    proposed = _proposed_method(text, spans, mentions)
    if proposed is None:
        return _proposed_measure(text, spans, mentions)
    if not _COINED.search(proposed):
        # "We train a Transformer-based masked language model ... Our model, dubbed XLM-R, ...": a
        # described proposal is the name the paper gives it later
        renamed = next((c.canonical or text[c.start:c.end] for c in mentions if c.label == "METHOD"
                        and _named_by_us(text, c)), None)
        return renamed or proposed
    return proposed


def _proposed_measure(text: str, spans: list[tuple[int, int]], mentions: list[Candidate]) -> str | None:
    """The coined measure a paper contributes, when it contributes no method: its results are
    the measure's ("ErrSpan: Interpretable Machine Translation Evaluation ...", "We present
    DecompFact, a reference-free metric that ..."; then "DecompFact achieves a balanced accuracy
    of 79.8%")."""
    end = title_end(text)
    for c in mentions:
        name = c.canonical or text[c.start:c.end]
        if c.label != "METRIC" or not _COINED.search(name):
            continue
        if c.start == 0 and c.end < end and text.startswith(":", c.end):
            return name
        if any(lo <= c.start < hi and _PROPOSE_RIGHT_BEFORE.search(text, max(lo, c.start - 40), c.start)
               for lo, hi in spans):
            return name
    return None


#: a proposing verb right before what it proposes ("We introduce ErrSpan")
_PROPOSE_RIGHT_BEFORE = re.compile(r"\bwe\s+(?:propose|introduce|present|develop)\s+$", re.IGNORECASE)


def _named_by_us(text: str, c: Candidate) -> bool:
    """Whether the paper names its own work so right before the mention: "Our system, Volctrans,",
    "we call the recipe NACap"."""
    return bool(_OUR_NAMED.search(text, max(0, c.start - 100), c.start)
                or _WE_CALL.search(text, max(0, c.start - 60), c.start))


#: "we call it", "we call the recipe", "we name our model": the name follows
_WE_CALL = _Pattern(r"\b[Ww]e\s+(?:call|name|dub|term)\s+(?:it|this|them|these|(?:the|this|our)\s+(?:[a-z][\w-]*\s+){0,2}?"
                    r"[a-z][\w-]*)\s+$")  # (lower-case words: not "our method Past" before "Decode Regularization")


def _proposed_method(text: str, spans: list[tuple[int, int]], mentions: list[Candidate]) -> str | None:
    ordered = sorted((m for m in mentions if m.label == "METHOD"), key=lambda m: m.start)
    methods = [(c, c.canonical or text[c.start:c.end]) for c in ordered]
    end = title_end(text)
    for c, name in methods[:1]:
        if c.end < end and text.startswith(":", c.end) and in_title_name_slot(text, c.start, c.end):
            return name  # "LLaMA-NAS: Efficient ...": the title names what the paper contributes
    for lo, hi in spans:
        for m in _PROPOSE.finditer(text, lo, hi):
            if _STUDY_OF.match(text, m.end(), hi):
                continue  # "We present an empirical study of neural scaling laws": studied, not proposed
            naming = _NAMING.search(text, m.end(), hi) or _FOR_SHORT.search(text, m.end(), hi)
            if naming:
                name = _named_after(text, naming.end(), ordered, 5)
                if name:
                    return name
            into = _DISTILLED_INTO.search(text, m.end(), hi) if _DISTIL.search(m.group(0).rsplit(None, 1)[-1]) else None
            if into:  # "We distill a 600M-parameter Conformer teacher into a 30M-parameter student": the student
                # (in the phrase after "into": not "into an end-to-end student ... and add a CTC-based loss")
                name = next((name for c, name in methods if into.end() <= c.start < into.end() + 60
                             and not _PHRASE_BREAK.search(text, into.end(), c.start)), None)
                if name:
                    return name
                continue
            stop = _OBJECT_STOP.search(text, m.end(), hi)
            obj_end = stop.start() if stop else hi
            # a name that starts in the object may hold a stop word: "... Model with a Tracker (GIT)";
            # one that only modifies the object names something else: "a LSTM-based sequential model"
            in_object = [(c, name) for c, name in methods if m.end() <= c.start < obj_end and c.end <= hi
                         and not _MODIFIER_SUFFIX.match(text, c.end)]
            # what it is a variant of, also by its short form: "two efficient variants of CornerNet:
            # CornerNet-Saccade and ...", "a new type of convolutional neural network (CNN)"
            varied = {name for c, name in in_object if _VARIANT_OF.search(text, max(m.end(), c.start - 30), c.start)}
            names = [name for _, name in in_object if name not in varied]
            if not any(_NAME_CHARS.search(n) for n in names):
                # "a novel loss function for long-tailed classification, Balanced Focal Loss (BFL)", "a neural
                # approach to extractive summarization, SummaRuNNer-X, that": a described object, then its name
                # after the comma that ends the clause (an apposition, not the next item of a list)
                # (or after a colon, and a name in lower case that the paper defines a short form for: "a
                # novel architecture for dependency parsing: stack-pointer networks (StackPtr)")
                sep = _APPOSITION_START.search(text, obj_end, hi)
                named = next((name for c, name in methods if sep and c.start == sep.end()
                              and (_NAME_CHARS.search(name) or _SHORT_FORM_AFTER.match(text, c.end))
                              and not _MODIFIER_SUFFIX.match(text, c.end)
                              and (names or _CLOSES_APPOSITION.match(text, c.end))), None)
                if named:
                    return named
            if names:
                # "a novel recurrent neural network (RNN) architecture, the Fast-Slow RNN": the name
                return next((n for n in names if _NAME_CHARS.search(n)), names[0])
            name = _named_after(text, m.end(), [], 0)
            start = _after_space(text, m.end())
            if name and not any(c.start == start and c.label != "METHOD" for c in mentions):
                return name  # not "we present MathVista, a benchmark": a DATASET is no method
    for lo, hi in spans:  # "The dual-attention sequence-to-sequence framework is then proposed"
        for m in _PROPOSED.finditer(text, lo, hi):
            subject = [name for c, name in methods if lo <= c.start and c.end <= m.start()]
            if subject:
                return subject[-1]
    for c, name in methods:
        if _APPOSITIVE.match(text[c.end:c.end + 120]) or _named_by_us(text, c):
            return name
    if end and not _QUESTION_BETWEEN.match(text, 0, end):
        # only a name the abstract uses too: a title is often a description in headline case;
        # a study's title names its topic ("Towards a Unified View of Parameter-Efficient
        # Transfer Learning"), only a coined name there is the paper's own; a question between
        # alternatives compares them ("Lion, Sophia or AdamW? A Tuning-Matched Comparison")
        named = {name for c, name in methods if c.start > end}
        topic = bool(_STUDY_TITLE.match(text))
        for c, name in methods:
            if c.end > end or _APPLIED_TO_BEFORE.search(text, 0, c.start):
                continue  # the title's names only, not what it applies a method to ("... for Vision Transformers")
            used = bool(_USING_BEFORE.search(text, 0, c.start))  # "Exploring ... Using A Convolution Tree Kernel"
            if (_COINED.search(text[c.start:c.end]) or (not topic or used) and (
                    name in named or in_title_name_slot(text, c.start, c.end))
                    # the title is a name: "Denoising Diffusion Probabilistic Models" (DDPM), "Universal
                    # Sentence Encoder" (a name in capitals; not a term, "convolutional network")
                    or c.start == 0 and c.end == end and (NAME_SHAPED.search(name)
                                                          or not topic and _NAME_CHARS.search(name))):
                if _COINED.search(text[c.start:c.end]) or name in named:
                    return name
                # a description in headline case the abstract does not repeat yields to the coined name
                # it keeps using ("Frequency-Aware Channel Recalibration for ..." and "FreqSE achieves")
                return _recurring_subject(text, spans, methods, end) or name
    for m in _EVALUATE.finditer(text, end):  # "We evaluate ChatGPT on machine translation": what is studied
        start = _after_space(text, m.end())
        for c, name in methods:
            if c.start == start and _EVALUATED_ALONE.match(text, c.end) and NAME_SHAPED.search(name):
                return name
    return _recurring_subject(text, spans, methods, end)


#: what may open a sentence before its subject: "On ActivityNet-v1.3, ", "Pre-trained on the same pairs, "
_SETTING_OPENER = re.compile(r"(?:[^,;]{1,100},\s*)?")
#: a verb right after a subject (and the short form it defines): "SkimNet uses", "CIDRec (...) instead assigns"
_VERB_AFTER_SUBJECT = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:(?:also|instead|further|then|first)\s+)?"
                                 r"(?:[a-z]+(?:s|ed)|is|was)\b")
#: what a rival follows: "over LightGCN", "than AdaFrame", "such as SimKGC", "for SASRec"
_NAMES_A_RIVAL = re.compile(r"\b(?:than|over|outperform\w*|surpass\w*|beat\w*|such\s+as|like|compared\s+(?:with|to)|"
                           r"versus|vs\.?|for|and|or|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _recurring_subject(text: str, spans: list[tuple[int, int]], methods: list[tuple[Candidate, str]],
                       end: int) -> str | None:
    """The paper's own method where no sentence proposes it: a coined name no lexicon knows that
    the abstract names at least twice, as the subject of a sentence once at least, and never as
    a rival ("SkimNet uses a MobileNetV3 skimmer to ... On ActivityNet-v1.3, SkimNet attains
    79.6% mAP"; "SpecDen (Spectral Denoising) learns a filter ... SpecDen improves Recall@20
    over LightGCN")."""
    count: dict[str, int] = {}
    subject: set[str] = set()
    rival: set[str] = set()
    for c, name in methods:
        if c.start < end or c.extractor == LEXICON or not NAME_SHAPED.search(text[c.start:c.end]) \
                or not _NAME_CHARS.search(name):  # (a kind's short form: "DNN" for "deep neural networks")
            continue
        count[name] = count.get(name, 0) + 1
        if _NAMES_A_RIVAL.search(text, max(0, c.start - 30), c.start):
            rival.add(name)
        lo = next((lo for lo, hi in spans if lo <= c.start < hi), None)
        if lo is not None and _SETTING_OPENER.fullmatch(text, lo, c.start) and _VERB_AFTER_SUBJECT.match(text, c.end):
            subject.add(name)
    ranked = sorted((n for n in subject - rival if count[n] > 1), key=lambda n: -count[n])
    return ranked[0] if ranked else None


#: a study of one system (a model's name: "ChatGPT", "GPT-4", not "transfer learning"):
#: "We evaluate ChatGPT on ...", "we systematically assess GPT-4 for ..."
_EVALUATE = _Pattern(r"\bwe\s+(?:\w+ly\s+)?(?:evaluate|assess|benchmark)\s+", re.IGNORECASE, folded=True)
_EVALUATED_ALONE = _Pattern(r"'s\b|\s+(?:on|in|for|across|as|at|with)\b|\s*[,.;:]", re.IGNORECASE)


#: LaTeX for the symbols results are written with ("2$\times$", "$\sim$3%", "$\pm$0.2")
_LATEX_SYMBOLS = {"\\times": "×", "\\sim": "~", "\\approx": "≈", "\\pm": "±"}
_LATEX_SYMBOL = re.compile(r"\\(?:times|sim|approx|pm)(?![A-Za-z])")
#: markup that only sets a result in bold or italics: "$\mathbf{41.3}$", "\textbf{88.2}\%"
_LATEX_EMPHASIS = re.compile(r"(\\(?:mathbf|textbf|bm|boldsymbol|mathrm|text|textit|emph|underline)\{)([^{}\\$]*)\}")
#: inline math with no markup left ("$2×     $"), whose dollar signs are only delimiters
_PLAIN_MATH = re.compile(r"\$([^$\\^_{}]*)\$")
#: a number alone in math: "$28.4$", "$+3.1$"
_NUMBER_MATH = re.compile(r"\$([+\-−]?\d[\d.,]*%?)\$")


def _plain_symbols(sentence: str) -> str:
    r"""``sentence`` with those LaTeX symbols written as the symbols and the delimiters of
    math left plain turned into spaces, at the same offsets, so that numbers and units
    read as in plain text. Other math stays, and ``_MASK`` hides it.

    >>> _plain_symbols(r"a $2\times$ speedup, 3.1$\pm$0.2")
    'a  2×       speedup, 3.1 ±   0.2'
    >>> _plain_symbols(r"reaches $\mathbf{41.3}$ BLEU")
    'reaches          41.3   BLEU'
    >>> _plain_symbols("from $12.3$ to $8.7$")
    'from  12.3  to  8.7 '
    """
    if "\\" not in sentence:
        return _NUMBER_MATH.sub(lambda m: " " + m.group(1) + " ", sentence) if "$" in sentence else sentence
    sentence = _LATEX_EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " ", sentence)
    sentence = _LATEX_SYMBOL.sub(lambda m: _LATEX_SYMBOLS[m.group(0)].ljust(len(m.group(0))), sentence)
    return _PLAIN_MATH.sub(lambda m: " " + m.group(1) + " ", sentence)


def _sentence(text: str, start: int, end: int, mentions: list[Candidate], starts: list[int],
              own: str | None, own_here: bool, after_own: bool) -> _Sentence:
    original = text[start:end]
    masked = _MASK.sub(lambda m: " " * len(m.group(0)), _plain_symbols(original))
    inside = []
    for c in mentions[bisect.bisect_left(starts, start):]:
        if c.start >= end:
            break
        if c.end <= end and c.label in {"METHOD", "DATASET", "METRIC", "TASK"}:
            inside.append(_Mention(c.start - start, c.end - start, c.label,
                                   c.canonical or text[c.start:c.end]))
    return _Sentence(masked, original, start, end, inside, own, own_here, after_own)


def extract_claims(doc: Doc) -> list[dict]:
    """All claims of a doc (sets ``doc._.kb_own_method`` as a side effect)."""
    text = doc_text(doc)
    spans = _sentence_spans(doc)
    mentions = sorted(doc._.kb_mentions or [], key=lambda c: (c.start, c.end))
    starts = [c.start for c in mentions]
    own = _own_method(text, spans, mentions)
    doc._.kb_own_method = own
    skip_until = title_end(text)
    claims: list[dict] = []
    # An abstract (a text after a title) opens with context: its first sentence, when it
    # does not speak of the paper's own work, reports others' ("Large Transformer models
    # achieved the state of the art for ..."). A text without a title may be any passage.
    opening = None if skip_until else False
    named_subject = None  # the method a sentence's claims opened with, named at its start
    last_numbers: list[dict] = []  # the numeric claims of the last sentence that had any
    own_seen = False
    for start, end in spans:
        end = start + len(text[start:end].rstrip())
        if end <= skip_until or end <= start:
            continue
        sentence = text[start:end]
        own_here = bool(_OWN.search(sentence)) or (own is not None and own in sentence)
        opening = not own_here if opening is None else False
        after_own, own_seen = own_seen, own_seen or own_here
        first_cue = _QUICK.search(sentence) or _QUICK_MORE.search(sentence)
        if not first_cue:
            continue  # no digit and no comparative: nothing to claim
        if not own_here and (opening or _BACKGROUND_VERB.search(sentence) or _BACKGROUND_SUBJECT.search(
                sentence, 0, max(first_cue.start(), 1))):
            continue  # "Recent work has shown that ...", or an abstract's opening context: others' results
        # "Flan-PaLM 540B outperforms PaLM 540B by 9.4%. It achieves ...": "It" is that model
        here = named_subject if named_subject and _IT_OPENS.match(sentence) else own
        s = _sentence(text, start, end, mentions, starts, here, own_here or here != own, after_own)
        s.own_named_before = own is not None and own in text[:start]
        numeric = _numeric_claims(s)
        qualitative = _qualitative(s, [n for n in numeric if not n.of_rival])
        first = next((n.method for n in numeric if not n.of_rival), None) or next(
            (c["method"] for c in qualitative), None)
        named_subject = first if first and first != own and first in sentence[:60] else None
        records: dict[tuple, dict] = {}
        about_the_last = last_numbers if _RESULTS_ANAPHORA.match(sentence) else []
        for n in numeric:
            record = _number_record(s, n)
            _take_from_the_results_before(record, about_the_last)
            records.setdefault((record["kind"], record["value"], record["metric"], record["dataset"]), record)
        if records:
            last_numbers = list(records.values())
        claims.extend(records.values())
        # a rival the sentence scores is compared by those numbers: "84.1% pass@1, exceeding
        # Reflexion (80.1%)" claims no more than its scores
        scored = {r["method"] for r in records.values()}
        claims.extend(c for c in qualitative if not (c["baseline"] and c["baseline"] in scored))
    return claims


#: a sentence about the results just reported: "These results exceed Soft Teacher by 3.1 points",
#: "On SSv2 this is 1.6 points above VideoMAE"
_RESULTS_ANAPHORA = _Pattern(r"\s*(?:(?:on|in|for|with|across|at)\b[^,;]{0,60}?,?\s+)?(?:these|this|those|that|such)\s+"
                             r"(?:(?:[a-z-]+\s+)?(?:results?|numbers?|scores?|figures?|gains?|improvements?)\b|"
                             r"(?:is|are|was|were|represents?|corresponds?\s+to|amounts?\s+to|translates?\s+to)\b)",
                             re.IGNORECASE)


def _take_from_the_results_before(record: dict, before: list[dict]) -> None:
    """A number about the results just reported is in their metric and of their method, where it
    names neither itself: "DeST-B obtains 71.8% top-1 accuracy on SSv2. On SSv2 this is 1.6
    points above VideoMAE" (one metric and one method before, or none is taken)."""
    for field in ("metric", "method"):
        values = {r[field] for r in before}
        if record[field] is None and len(values) == 1 and None not in values:
            record[field] = values.pop()


@Language.factory("kb_claims", assigns=["doc._.kb_claims", "doc._.kb_own_method"])
def make_claim_extractor(nlp: Language, name: str):
    """Registered factory; the component is stateless (all patterns compile at import)."""

    def kb_claims(doc: Doc) -> Doc:
        doc._.kb_claims = extract_claims(doc)
        drop_unclaimed_uncertain(doc, {c[f] for c in doc._.kb_claims for f in _NAMED_FIELDS if c[f]})
        return doc

    return kb_claims


__all__ = ["extract_claims", "find_own_method", "make_claim_extractor", "EXTRACTOR"]
