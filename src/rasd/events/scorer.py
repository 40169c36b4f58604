"""Does a sentence report an event?  A small linear model over explainable features.

For the violent family (Battles, Explosions/Remote violence, Violence against civilians) and the
demonstration family (Protests, Riots), :func:`family_features` describes a sentence by what the
lexicons found in it (trigger strength, past-tense verbs, casualties and numbers, time anchors,
negation, plans and threats, condemnations, generic background, actors …).  The weights live in
``data/events/scorer.tsv`` (family, feature, weight; ``_bias`` and ``_threshold`` rows), written by
``python -m rasd.events.train`` from annotated sentences and readable by an analyst.  Without the
file, hand-set weights apply.

Besides the named, trigger and word features, ``v:0`` … ``v:63`` hold the direction of the sentence in
a distributional word space (:mod:`rasd.events.wordvec`, PPMI + SVD over a news corpus): the mean of
the vectors of the sentence's words (``w:`` features) or of the words within 5 tokens
(``rasd.events.frames.WINDOW``) of the family's first trigger (``win:`` features, falling back to the
whole sentence when none is known), so a word the training sentences never used counts like the words
it is used alike with.  The source and the
scale of the vector are data too: ``_vec_source`` (``sentence`` or ``window``) and ``_vec_scale`` rows
per family in scorer.tsv (default: sentence × 1.5).  :func:`with_vectors` adds them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from pathlib import Path

from rasd.events.wordvec import sentence_vector

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "events" / "scorer.tsv"

FEATURES: tuple[str, ...] = (
    "w_max", "n_triggers", "verb", "specific", "casualty", "plural_only", "casualty_number", "number",
    "anchor", "result", "attribution", "generic", "historical", "denial", "claim", "irrealis", "condemn",
    "negation", "embed", "blocked_all", "armed_actor", "civ_actor", "protester_actor", "long",
    "early", "quote", "other_family", "first", "length", "late", "two_sides", "crowd_agent", "crowd_object",
    "dated", "accompaniment",
)
# plus "t:<trigger key>" (the trigger word itself) and "w:<word>" (a word of the sentence) features

# hand-set fallback weights (used when scorer.tsv is absent)
_HAND: dict[str, float] = {
    "_bias": -2.0, "_threshold": 0.5, "w_max": 2.0, "n_triggers": 0.6, "verb": 0.5, "casualty_number": 1.0,
    "anchor": 0.4, "result": 0.8, "generic": -1.2, "denial": -2.0, "irrealis": -1.0, "condemn": -1.0,
    "embed": -0.6, "blocked_all": -3.0, "plural_only": -0.8, "armed_actor": 0.3, "protester_actor": 0.8,
}


VEC_SOURCES = ("sentence", "window")  # values of a family's _vec_source row
_VEC_ROWS = ("_vec_source", "_vec_scale")  # settings rows, read by vector_settings(), not weights


@lru_cache(maxsize=1)
def weights() -> dict[str, dict[str, float]]:
    """{family: {feature: weight}} from scorer.tsv (hand-set weights where it is absent)."""
    out: dict[str, dict[str, float]] = {}
    if DATA_FILE.is_file():
        for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.startswith("family\t"):
                continue
            cells = line.split("\t")
            if len(cells) < 3 or cells[1] in _VEC_ROWS:  # vector_settings()
                continue
            try:
                out.setdefault(cells[0], {})[cells[1]] = float(cells[2])
            except ValueError:
                continue
    for fam in ("violent", "demo"):
        out.setdefault(fam, dict(_HAND))
    return out


VECTOR_SCALE = 1.5  # default size of the unit vector next to the 0/1 features (no _vec_scale row)
_DEFAULT_VEC = ("sentence", VECTOR_SCALE)  # a family with no _vec_source / _vec_scale rows


@lru_cache(maxsize=1)
def vector_settings() -> dict[str, tuple[str, float]]:
    """{family: (vector source, scale)} from the ``_vec_source`` / ``_vec_scale`` rows of scorer.tsv
    (default ``sentence`` × VECTOR_SCALE; an unknown source or a bad scale keeps the default)."""
    out: dict[str, tuple[str, float]] = {}
    if DATA_FILE.is_file():
        for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) < 3 or cells[1] not in _VEC_ROWS or line.startswith("#"):
                continue
            source, scale = out.get(cells[0], _DEFAULT_VEC)
            if cells[1] == "_vec_source" and cells[2].strip() in VEC_SOURCES:
                source = cells[2].strip()
            elif cells[1] == "_vec_scale" and _positive(cells[2]):
                scale = float(cells[2])
            out[cells[0]] = (source, scale)
    return out


def _positive(cell: str) -> bool:
    """Whether a cell holds a number above zero."""
    try:
        return float(cell) > 0
    except ValueError:
        return False


@lru_cache(maxsize=4)
def _uses_vectors(family: str) -> bool:
    """Whether the family's stored weights include word-space features ``v:<i>``."""
    return any(k.startswith("v:") for k in weights().get(family, {}))


def _vector(feats: dict[str, float], source: str) -> list[float] | None:
    """The unit word-space vector of :func:`with_vectors` (None: no table or no known word)."""
    vec = None
    if source == "window":
        vec = sentence_vector([k[4:] for k in feats if k.startswith("win:")])
    if vec is None:
        vec = sentence_vector([k[2:] for k in feats if k.startswith("w:")])
    return None if vec is None else vec.tolist()


@lru_cache(maxsize=4)
def _vec_keys(n: int) -> tuple[str, ...]:
    """``v:0`` … ``v:<n - 1>``."""
    return tuple(f"v:{i}" for i in range(n))


def with_vectors(feats: dict[str, float], source: str = "sentence", scale: float = VECTOR_SCALE
                 ) -> dict[str, float]:
    """The features plus ``v:<i>`` (a word-space direction × ``scale``) when the word vectors are
    installed and a word is known; ``feats`` itself when not.  ``source`` ``sentence``: the mean of
    the sentence's words (``w:``); ``window``: of the words near the first trigger (``win:``), or of
    the sentence's words when the table knows none of them."""
    if "v:0" in feats:
        return feats
    vec = _vector(feats, source)
    if vec is None:
        return feats
    out = dict(feats)
    out.update(zip(_vec_keys(len(vec)), [x * scale for x in vec], strict=True))
    return out


def family_vectors(family: str, feats: dict[str, float]) -> dict[str, float]:
    """:func:`with_vectors` with the family's source and scale from scorer.tsv."""
    source, scale = vector_settings().get(family, _DEFAULT_VEC)
    return with_vectors(feats, source, scale)


def probability(family: str, feats: dict[str, float]) -> float:
    w = weights().get(family) or _HAND
    get = w.get
    terms: Iterable[float] = (get(k, 0.0) * v for k, v in feats.items())
    if _uses_vectors(family) and "v:0" not in feats:
        source, scale = vector_settings().get(family, _DEFAULT_VEC)
        vec = _vector(feats, source)
        if vec is not None:
            keys = _vec_keys(len(vec))
            if feats.keys().isdisjoint(keys):
                # the terms of family_vectors(family, feats), in its order, without building the dict
                terms = chain(terms, (get(k, 0.0) * (x * scale) for k, x in zip(keys, vec, strict=True)))
            else:
                terms = (get(k, 0.0) * v for k, v in family_vectors(family, feats).items())
    z = get("_bias", 0.0) + sum(terms)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def threshold(family: str) -> float:
    return (weights().get(family) or _HAND).get("_threshold", 0.5)


def validate() -> list[str]:
    problems: list[str] = []
    if not DATA_FILE.is_file():
        return problems
    known = set(FEATURES) | {"_bias", "_threshold", "_vec_scale"}
    for i, line in enumerate(DATA_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("family\t"):
            continue
        cells = line.split("\t")
        where = f"{DATA_FILE.name}:{i}"
        if len(cells) < 3:
            problems.append(f"{where}: needs family, feature, weight")
            continue
        if cells[0] not in ("violent", "demo"):
            problems.append(f"{where}: unknown family {cells[0]!r}")
        if cells[1] == "_vec_source":
            if cells[2].strip() not in VEC_SOURCES:
                problems.append(f"{where}: _vec_source {cells[2]!r} is not one of {', '.join(VEC_SOURCES)}")
            continue
        if cells[1] == "_vec_scale" and not _positive(cells[2]):
            problems.append(f"{where}: _vec_scale {cells[2]!r} is not a positive number")
            continue
        if cells[1] not in known and not cells[1].startswith(("t:", "w:", "v:")):
            problems.append(f"{where}: unknown feature {cells[1]!r}")
        try:
            float(cells[2])
        except ValueError:
            problems.append(f"{where}: weight {cells[2]!r} is not a number")
    return problems


# the cues of a non-event that keep the lexicon rule from a sentence (rasd.events.frames reads them too, through
# :func:`rule_blocked`, for its own rules of a told act)
RULE_BLOCKERS = ("generic", "irrealis", "condemn", "embed", "negation", "denial", "claim", "blocked_all",
                 "plural_only", "quote", "historical")


def rule_blocked(feats: dict[str, float]) -> bool:
    """The sentence carries a cue of a non-event (:data:`RULE_BLOCKERS`)."""
    return any(feats.get(k) for k in RULE_BLOCKERS)


def rule_accepts(feats: dict[str, float]) -> bool:
    """The lexicon rule alone: a strong trigger (or a fair past-tense verb) with an armed actor (or
    protesters), anchored in time and realised (past verb, toll, result, or the trigger leads the
    sentence) or naming two opposed armed parties up front, in a short sentence (or one the trigger
    opens) with no cue of a non-event.  A strong trigger anchored in time that caused a toll or a
    result ("وقعت اشتباكات … أمس، ما أدى إلى …"), or a past-tense one that opens the sentence
    ("سقطت قذائف على الحي مساء أمس"), needs no named actor (unattributed shelling is common).
    A dated recall (:func:`_dated_recall`) passes under no cue but the historical one.
    Catches clear reports that the trained weights, fitted on few sentences of the kind, score low."""
    if feats.get("w_max", 0.0) < 0.6 or not feats.get("specific"):
        return False
    blockers = [k for k in RULE_BLOCKERS if feats.get(k)]
    if blockers:
        return blockers == ["historical"] and _dated_recall(feats)
    if feats.get("ventured") and (feats.get("anchor") or feats.get("dated")):
        # "أقدم مسلحون، مطلع الشهر، على خطف شاب …": the doer went as far as the act, placed in time; the light
        # verb tells it done however long the sentence and whoever reports it
        return True
    if _dated_recall(feats):
        return True  # a dated recall with no cue of a background at all ("وكانت المزيريب قد شهدت يوم الجمعة الماضي …")
    # (after a connective: "وفي سياق متصل، سقطت …"; first in a source's reported clause: "أفاد مصدر بأن مجهولين
    # اختطفوا")
    first = bool(feats.get("first") or feats.get("turn_first") or feats.get("said_first"))
    if feats.get("long") and not first:
        return False  # a long sentence that does not open with the act
    # (a verb of breaking out before the act's noun, "وتجددت الاشتباكات فجر اليوم", tells it done as its own verb would)
    strong = feats.get("w_max", 0.0) >= 0.9 and bool(feats.get("anchor")) and bool(
        feats.get("result") or feats.get("casualty_number")
        or ((feats.get("verb") or feats.get("outbreak")) and first))
    if not (feats.get("armed_actor") or feats.get("protester_actor") or strong):
        return False
    if feats.get("w_max", 0.0) < 0.9 and not feats.get("verb"):
        return False
    realised = ("verb", "casualty_number", "result", "early")
    if feats.get("two_sides") and feats.get("early"):
        return True  # "X attacked Y" with both parties named up front
    return bool(feats.get("anchor")) and any(feats.get(k) for k in realised)


def _dated_recall(feats: dict[str, float]) -> bool:
    """A background act told in the pluperfect by its own strong verb in a short sentence, with its own time
    ("وكانت عبوة قد انفجرت الشهر الماضي قرب …", "وكان الحي قد قُصف في آذار 2024"): an event of the past, coded
    with its date and the historical flag, though the sentence carries no toll and no named actor.  A verb of
    taking place after "قد" realises the act it names as its object ("وكانت البلدة قد شهدت في آذار اغتيال …"), the act
    noun a weaker trigger than a verb of its own, in a sentence that may go on long with the act's toll.  So does a
    sequel that names the act right after the days passed since it, with the act's own date
    ("ويأتي ذلك بعد أيام من مقتل شابين …، في الخامس من الشهر")."""
    sequel = bool(feats.get("recall_sequel"))
    # (a "not the first" recall, "وليست هذه المرة الأولى، إذ …", tells the earlier act done: frames, not_first)
    realised = (feats.get("w_max", 0.0) >= 0.9 and bool(feats.get("verb"))) or bool(feats.get("recall_seen")) \
        or sequel or bool(feats.get("not_first"))
    recall = bool(feats.get("recall_act")) or sequel
    # (a long sequel whose act clause ends on its own time is as short as that clause: frames, sequel_clause_short)
    # (so is a recall of a verb of taking place whose act ends where its toll begins: frames, recall_clause_short)
    short = not feats.get("long") or (sequel and bool(feats.get("sequel_clause_short"))) \
        or bool(feats.get("recall_clause_short"))
    return realised and recall and bool(feats.get("dated")) and short


def accepts(family: str, feats: dict[str, float]) -> tuple[bool, float]:
    """(does the sentence report an event of the family alone, probability from the weights)."""
    p = probability(family, feats)
    return p >= threshold(family) or rule_accepts(feats), p
