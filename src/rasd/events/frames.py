"""Per-sentence event frames: which sentences report an event, of which type, between whom.

A :class:`Frame` is what one sentence says about one event: its trigger(s), the ACLED type, the
actors in their roles, the numbers, whom the sentence cites and whether the act is only claimed.
:func:`sentence_frames` builds them from the matches of the lexicons (``events/lexicon.py``), each
read in its sentence first (:func:`_readings`: "سيطرتها" is a zone of control, a weaponless "تصدت"
is a fight, "مسيّرة" a drone);
``events/stage.py`` merges the frames of an article into events.  Once the actors are known,
:func:`_retype` applies ACLED's actor-dependent types (who seized territory; an attack on armed men
is a clash), and a sentence about an intercepted weapon reports no strike of its own
(:func:`_drop_disrupted_weapons`).  :func:`family_features` describes a sentence for the scorer.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise

from rasd.actors.lexicon import (
    FORMER,
    ActorEntry,
    actors,
    anaphora,
    asset_duals,
    asset_nouns,
    generated_roles,
    nationality_adjectives,
    role_words,
    spokesman_family_names,
    vague_kinds,
)
from rasd.arabic.glue import words as corpus_words
from rasd.arabic.matcher import Match
from rasd.arabic.normalize import SHORT_VOWELS, NormText, norm, norm_key
from rasd.arabic.numbers import NumberValue, parse_number_words
from rasd.arabic.words import (
    PERSON_ASIDE,
    RELATIVE_FEMININE_PLURAL,
    RELATIVE_PRONOUNS,
    RELATIVE_SINGULAR,
    WITNESS_RELATIVE,
)
from rasd.document import PlaceRef, Span, TimeValue, Trigger
from rasd.events import scorer
from rasd.events.lexicon import Cue, TriggerEntry, casualty_keys, count_nouns, trigger_entries
from rasd.events.wordvec import strip_conj as scorer_strip_conj
from rasd.time.expressions import WHEN_BEGAN

# A word whose own first letter is و or ف ("وحدات", "وزارة", "فصائل", "فلسطينيين", "وكالة") is no conjunction and a
# word: a corpus word (arabic/words.tsv) seen at least _OWN_INITIAL_RATIO times as often as its rest without that
# letter ("وزاره" 3907, "زاره" 6), whose rest is no word the rules list.  A conjunction prefixed to a word is never
# that much commoner than the bare word, except for rare bare stems ("وهتف"), which the second condition keeps.
_OWN_INITIAL_RATIO = 50


@lru_cache(maxsize=1)
def _rule_words() -> frozenset[str]:
    """Every word of the word lists of this module (the words a stripped token is compared with)."""
    out: set[str] = set()
    for val in globals().values():
        if isinstance(val, (frozenset, set)) and all(isinstance(w, str) for w in val):
            out.update(val)
    return frozenset(out)


@lru_cache(maxsize=1)
def _own_initial() -> frozenset[str]:
    """The corpus words whose و/ف is their own first letter (see _OWN_INITIAL_RATIO)."""
    counts = corpus_words()
    return frozenset(v for v, n in counts.items() if (r := scorer_strip_conj(v)) != v
                     and counts.get(r, 0) * _OWN_INITIAL_RATIO < n and r not in _rule_words())


def strip_conj(v: str) -> str:
    """The word without a leading و/ف conjunction, for the rules' word lists; unlike the scorer's word features
    (:func:`rasd.events.wordvec.strip_conj`) it keeps a word whose و/ف is its own first letter ("وحدات", not
    "حدات")."""
    if len(v) <= 3 or v[0] not in "وف" or v in _own_initial():  # the scorer's test, then the word's own letter
        return v
    return v[1:]


VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
DEMO = ("Protests", "Riots")
# Evidence threshold: a frame is emitted when its score reaches this.
THRESHOLD = 1.0
# A sentence below the scorer's threshold but at or above this probability can still be a further
# mention of an event that another sentence of the article reports (it never creates an event).
MENTION_FLOOR = 0.08
# Explosions sub-types in order of preference when a sentence names several weapons.
_EXPLOSION_ORDER = ("Suicide bomb", "Chemical weapon", "Remote explosive/landmine/IED", "Air/drone strike",
                    "Grenade", "Shelling/artillery/missile attack")
_ABDUCTION = "Abduction/forced disappearance"
_VAC_SPECIFIC = (_ABDUCTION, "Sexual violence")
# weapon deliveries, and the bare words for an explosion or an attack that name no weapon or fight
_DELIVERY = ("Air/drone strike", "Shelling/artillery/missile attack")
_BARE_BLAST = frozenset({"انفجار", "انفجارات", "دوي انفجار", "انفجر", "انفجرت"})
_BARE_ATTACK = frozenset({"هجوم", "هجوما"})
_MASSACRE = frozenset({norm_key("مجزرة"), norm_key("مجازر")})
# bare words of bombarding or pounding ("قصف", "تقصف", "تدكّ"): no weapon of their own
_BOMBARD = frozenset(norm_key(w) for w in ("قصف", "قصفت", "قصفوا", "قصفا", "يقصف", "تقصف", "يدك", "تدك"))
# verbs of assault ("هاجمت طائرات إسرائيلية مواقع …"): with aircraft or drones for their subject, a strike from the air
_ASSAULT_VERBS = frozenset(norm_key(w) for w in ("هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "يهاجمون"))
# the weak nouns of aggression ("عاود الطيران الإسرائيلي اعتداءه على …", "اعتداء الطيران الحربي على …"): with aircraft
# or drones for their doer, a strike from the air, as the assault verbs
_AGGRESSION_NOUNS = frozenset(norm_key(w) for w in ("اعتداء", "اعتداءات"))
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
_NON_STATE_INTER = frozenset({2, 3, 4})
_ATTR_SKIP = frozenset({"ما", "قاله", "قالته", "اورده", "اوردته", "ذكره", "ذكرته", "نقله", "نقلته", "افاد",
                        "افادت", "به", "فيه", "ايضا", "كذلك", "نقلا", "عن", "لـ", "ل", "مثلا",
                        # "بحسب ما أورد / ذكرت / أكدت …": the verb after "ما" is no part of the name
                        "اورد", "اوردت", "ذكر", "ذكرت", "نقل", "نقلت", "قال", "قالت", "اكد", "اكدت", "اعلن",
                        "اعلنت", "نشر", "نشرت", "اشار", "اشارت", "كشف", "كشفت", "بها", "بهم", "بذلك"})
# words that end a cited name: adverbs after the verb ("أكد بدوره", "أعلنت مجدداً") and the nouns a
# statement publishes ("نشرت السرايا مشاهد …"); the verb's object is no part of its subject
_ATTR_END = frozenset(norm_key(w) for w in (
    "بدوره", "بدورها", "بدورهم", "مجددا", "مجدداً", "سابقا", "لاحقا", "أخيرا", "رسميا", "صراحة",
    "مشاهد", "صور", "صورا", "فيديو", "مقطع", "مقاطع", "تسجيلا", "شريطا",
    "تنفيذ", "تحقيق", "إطلاق", "تعليق", "بدء", "انطلاق",
    "مقتل", "استشهاد", "ارتقاء", "إصابة", "سقوط", "وقوع", "فور", "عقب", "إثر", "اثر",
    # more nouns of what a statement reports ("أكدت مصادر محلية وجود …") and adverbs after the name
    "وجود", "حدوث", "تعرض", "انتشال", "استمرار", "مواصلة", "أيضا", "أيضاً"))
# a pronoun on a noun the statement reports ("أعلنت تنفيذها هجوماً")
_OBJ_PRONOUN = re.compile(r"(?:ها|هم|هما|ه)$")
_ATTR_STOP = frozenset({"في", "من", "ان", "انه", "انها", "انهم", "فان", "بان", "اليوم", "امس", "علي", "الي",
                        "عن", "الذي", "التي", "الذين", "خلال", "بعد", "قبل", "منذ", "حيث", "لكن", "كما",
                        "مع", "و", "او", "ثم", "عبر", "بحسب", "حسب", "وفق", "الثلاثاء", "الاربعاء", "الخميس",
                        "الجمعه", "السبت", "الاحد", "الاثنين", "صباح", "مساء", "اليوم،"})
_OTHER_WORDS = frozenset({"اخري", "اخرين", "اخرون", "اخر", "اخرى"})
_NOT_PEOPLE = frozenset({"عاما", "عام", "سنه", "سنوات", "كلم", "كم", "متر", "مترا", "ساعه", "ساعات", "يوما",
                         "ايام", "دقيقه", "دقائق", "شهرا", "اشهر", "مم", "ملم", "دولار", "بالمئه", "بالمائه",
                         # a span of time served or spent ("قضى 5 أعوام في السجن", "بعد 3 أسابيع")
                         "اعوام", "سنين", "شهور", "اسابيع", "اسبوعا", "عقود"})
_MONTHS = frozenset({"كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
                     "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر",
                     "اكتوبر", "نوفمبر", "ديسمبر"})
# a quotation of four words or more (quoted speech, not a quoted name such as “قسد”)
_QUOTED_SPEECH = re.compile(r'[«“"][^«»“”"]*?(?:\s+[^\s«»“”"]+){3,}\s*[»”"]')
_TOLL_KINDS = ("killed", "injured", "captured", "arrested", "abducted", "combined")


@dataclass
class ActorMention:
    span: Span
    entry: ActorEntry
    role: str = ""  # agent | target | partner | ""


@dataclass
class Frame:
    sentence: Span
    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str
    score: float
    triggers: list[Span] = field(default_factory=list)
    casualty_only: bool = False
    primary: bool = True  # strong enough to report an event alone; else only a further mention of one
    flex: bool = False  # type follows the target (civilians → Violence against civilians)
    generic_type: bool = False  # typed from a general word ("استهداف", "عدوان") with no weapon named
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc1: list[ActorMention] = field(default_factory=list)
    assoc2: list[ActorMention] = field(default_factory=list)
    quantities: dict[str, int] = field(default_factory=dict)
    unnumbered_deaths: bool = False
    attribution: list[str] = field(default_factory=list)
    claimed_by: str = ""
    historical: bool = False
    civilian_targeting: bool = False
    flags: frozenset[str] = frozenset()  # flags of the trigger the type was chosen from
    infighting: bool = False  # two factions of one side fight each other ("اشتباكات بين X وY"): both are its sides


@dataclass
class SentenceContext:
    """Everything the frame builder needs about one sentence."""

    sentence: Span
    nt: NormText
    token_starts: list[int]
    token_values: list[str]
    token_spans: list[Span]
    triggers: list[Match]
    cues: list[Match]
    quantities: list[Match]
    numbers: list[Span]
    actors: list[tuple[Span, ActorEntry]]
    times: list[Span]
    # a clause cut from its sentence whose opening verb has the sentence's subject ("…، وتدكّ …" after "المقاومة
    # تواصل …", _goes_on_and_acts): those sides, named before the clause
    subject: list[tuple[Span, ActorEntry]] = field(default_factory=list)
    published: dt.date | None = None  # the article's publication date (a time after it is a plan, no act)
    headline: bool = False  # the sentence lies in the article's headline block (its title line, a repeated standfirst)
    places: list[Span] = field(default_factory=list)  # the place mentions of the sentence (the geo stage's)

    def tok(self, pos: int) -> int:
        """Index of the token that starts at or before ``pos``."""
        i = bisect_right(self.token_starts, pos) - 1  # (no max(): this runs some 700 times an article)
        return i if i > 0 else 0

    @cached_property
    def i0(self) -> int:
        """``tok(sentence.start)``, the index of the sentence's first token (computed once per sentence)."""
        return self.tok(self.sentence.start)

    @cached_property
    def i1(self) -> int:
        """``tok(sentence.end - 1)``, the index of the sentence's last token (computed once per sentence)."""
        return self.tok(self.sentence.end - 1)

    @cached_property
    def words(self) -> list[str]:
        """The sentence's token values with a leading و/ف conjunction stripped (computed once per sentence)."""
        return _stripped_values(self.token_values)[self.i0:self.i1 + 1]  # (the document's, made once per document)

    @cached_property
    def background(self) -> str:
        """What :func:`campaign` says of the sentence (computed once per sentence)."""
        return campaign(self)

    @cached_property
    def split_deaths(self) -> list[tuple[int, int, str]]:
        """:func:`_split_deaths` of the sentence (computed once per sentence; the caller does not change it)."""
        return _split_deaths(self)

    @cached_property
    def passed_away(self) -> list[tuple[int, int, str]]:
        """:func:`_passed_away` of the sentence (computed once per sentence; the caller does not change it)."""
        return _passed_away(self)

    @cached_property
    def dual_toll(self) -> bool:
        """:func:`_has_dual_toll` of the sentence (computed once per sentence)."""
        return _has_dual_toll(self)


# a campaign noun followed by a quoted name names a war or an operation, not a clash of the day
_CAMPAIGN_NOUNS = frozenset(norm_key(w) for w in ("معركة", "معركه", "عملية عسكرية", "حملة عسكرية"))
_QUOTES = frozenset('"«“\'')


# the drill words also name a war's ground operation ("المناورة البرية الإسرائيلية في غزة"): an invasion under way,
# fought on the ground, no rehearsal; the drill cue followed by a word of the ground does not block
_DRILLS = frozenset(norm_key(w) for w in ("المناورة", "المناورات", "مناورة", "مناورات"))
# the other words of an exercise ("خلال التدريبات المشتركة", "ضمن تمرين"), for :func:`_test_fire`
_EXERCISES = frozenset(norm_key(w) for w in ("تدريبات", "التدريبات", "تمرين", "التمرين", "تمارين", "التمارين"))


# a drill word reaches past _DRILL_NEAR tokens (its cue's window) only where the sentence tells the drill itself:
# the word follows a verb of taking part in, holding, opening or closing it, or "خلال" ("شارك في المناورة … 3 آلاف
# جندي من … الطيران المسير", "وبدأت المناورة بتمشيط المدفعية … والقصف"); not a drill named in passing ("وتأتي هذه
# المناورات في ظل … اقتحمت قوات الاحتلال …", "بعض المناورات التقليدية"), where a real act may follow
_DRILL_NEAR = 6
_DRILL_HEADS = frozenset(norm_key(w) for w in (
    "شارك", "شاركت", "يشارك", "تشارك", "نفذ", "نفذت", "ينفذ", "تنفذ", "أجرى", "أجرت", "يجري", "تجري", "بدأ",
    "بدأت", "انطلقت", "انطلق", "اختتمت", "اختتم", "انتهت", "خلال", "تضمنت", "تخللت", "شهدت"))
_DRILL_HEAD_REACH = 2  # tokens before the drill word within which its verb stands ("شارك في المناورة")
# a parade or a display of weapons ("عرض عسكري", "عرضاً عسكرياً"): the weapons a verb of holding lists after it
# ("ضمّ", "تضمّن", "شمل", "شاركت فيه") are shown, not fired, however long the list
_PARADES = frozenset(norm_key(w) for w in ("عرض عسكري", "عرضا عسكريا", "العرض العسكري"))
_SHOWN = frozenset(norm_key(w) for w in (
    "ضم", "ضمت", "تضمن", "تضمنت", "شمل", "شملت", "شارك", "شاركت", "يضم", "تضم", "يتضمن", "يشمل", "تشمل"))
_SHOWN_REACH = 3  # tokens after the parade word to that verb ("عرض عسكري في بلاده ضمّ …")


def _drill_told(ctx: SentenceContext, c: Match) -> bool:
    """The drill cue ``c`` (:data:`_DRILLS`) follows within :data:`_DRILL_HEAD_REACH` tokens a word of
    :data:`_DRILL_HEADS`: the sentence tells the drill (the rehearsed weapons and acts after it are no acts); a
    parade (:data:`_PARADES`) is told by a verb of holding what it shows right after it ("عرض عسكري ضمّ طائرات
    مسيرة وصواريخ")."""
    ci = ctx.tok(c.start)
    if c.key in _PARADES:
        k = ctx.tok(c.end - 1) + 1
        return any(strip_conj(v) in _SHOWN for v in ctx.token_values[k:k + _SHOWN_REACH])
    if c.key not in _DRILLS:
        return False
    s0 = ctx.i0
    return any(strip_conj(ctx.token_values[k]) in _DRILL_HEADS for k in range(max(s0, ci - _DRILL_HEAD_REACH), ci))


def _ground_operation(ctx: SentenceContext, c: Match) -> bool:
    """The cue ``c`` is a drill word (:data:`_DRILLS`) followed by a word of the ground (:data:`_GROUND`): the
    ground operation of a war, not an exercise."""
    if c.key not in _DRILLS:
        return False
    k = ctx.tok(c.end - 1) + 1
    return k < len(ctx.token_values) and strip_conj(ctx.token_values[k]) in _GROUND


def _cue(m: Match) -> Cue:
    return m.payloads[0]


def _trig(m: Match) -> TriggerEntry:
    return m.payloads[0]


# "منذ" followed by the start of a long period: a war's or a campaign's outbreak, a dated day, a year,
# weeks or months; not a span of the same day ("منذ الصباح", "منذ ساعات") or a few days ("منذ أيام")
_SINCE = frozenset({"منذ", "ومنذ"})
_SINCE_START = frozenset(norm_key(w) for w in (
    "أن", "بدء", "بداية", "بدايه", "انطلاق", "اندلاع", "مطلع", "أوائل", "اواخر", "أواخر", "عام", "العام",
    "سنوات", "سنة", "أعوام", "أشهر", "شهور", "أسابيع", "عقود", "عقد", "الحرب", "العدوان", "الأزمة", "الثورة",
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
    "نحو", "أكثر", "قرابة", "حوالي",
    # the fall of a regime or a town's capture as the start of an era ("منذ سقوط النظام", "منذ التحرير")
    "سقوط", "إسقاط", "التحرير", "تحرير"))
# a truce or an agreement as the start of a period ("منذ إعلان وقف إطلاق النار", "منذ دخول الهدنة حيز التنفيذ",
# "منذ توقيع الاتفاق", "منذ وقف إطلاق النار"): a ministry's or a monitor's count since the truce sums up many acts
_SINCE_TRUCE = frozenset(norm_key(w) for w in (
    "وقف", "الهدنة", "هدنة", "الاتفاق", "اتفاق", "التهدئة", "تهدئة", "اتفاقية", "الاتفاقية"))
# the words of a truce's start that may stand between منذ and it ("منذ إعلان وقف …"; not "منذ انهيار الهدنة", the
# truce's end, after which an act may be the first of its kind)
_TRUCE_ONSET = frozenset(norm_key(w) for w in ("إعلان", "اعلان", "دخول", "سريان", "توقيع", "إبرام", "ابرام"))
# the words of onset with the pronoun of a truce named within this many tokens before "منذ" ("لاتفاق وقف إطلاق النار
# منذ دخوله حيز التنفيذ")
_TRUCE_ONSET_OF = frozenset(norm_key(w + s) for w in ("إعلان", "اعلان", "دخول", "سريان", "توقيع", "إبرام", "ابرام")
                            for s in ("ه", "ها"))
_TRUCE_BACK = 6
# a vague count after منذ that, after a perfect with قد, counts back to the act ("قد نفذت منذ أسابيع", "قد أعلن منذ
# عدة أشهر"), as the time recogniser reads it
_AGO_COUNTS = frozenset(norm_key(w) for w in ("أسابيع", "أشهر", "شهور", "عدة", "بضعة"))
# the words that mark a time named as past ("الشهر الماضي", "الخميس الفائت", "تموز المنصرم") and the second word of a
# Levantine month's name ("كانون الأول", "تشرين الثاني"), for "منذ" + a month (:func:`_past_month`)
_PAST_MARKS = frozenset(norm_key(w) for w in ("الماضي", "الفائت", "المنصرم"))
_MONTH_NAME_PARTS = frozenset(norm_key(w) for w in ("الأول", "الثاني"))
_SINCE_MIDDLE = frozenset(norm_key(w) for w in ("منتصف", "أواسط"))
_NIGHT = frozenset(norm_key(w) for w in ("الليل", "ليل", "الليلة", "ليلة", "النهار"))
_LONG_UNITS = frozenset(norm_key(w) for w in (
    "عاما", "عام", "أعوام", "سنة", "سنوات", "شهرا", "أشهر", "شهور", "أسبوعا", "أسابيع", "عقود"))
# a comparison with the start of the period reports today's act ("الأعنف منذ بدء الحرب")
_COMPARE = frozenset(norm_key(w) for w in (
    "الأعنف", "أعنف", "الأول", "الأولى", "أول", "الأكبر", "أكبر", "الأشد", "أشد", "الأكثر", "الأخطر",
    "الأوسع", "الأعلى", "الثاني", "الثالث", "الثانية", "الثالثة"))
# an elative in construct with a definite plural ("من أكثر الهجمات دموية منذ مطلع العام", "أسوأ الأزمات منذ …"):
# a superlative as "الأعنف" is, not "أكثر من 500 قتيل منذ …" (a count)
_SUPERLATIVE_HEADS = frozenset(norm_key(w) for w in (
    "أكثر", "أخطر", "أسوأ", "أوسع", "أعلى", "أدمى", "أبرز", "أطول", "أقسى"))
_DAY_COUNTER = frozenset({"لليوم", "ولليوم"})
# a comparative elative before "من" and the act ("أصعب كثيراً من العمليات التي خاضها الجيش في X"، "أشد من قصف
# عام 2014"، "أسوأ بكثير من المجزرة …"): the act is the yardstick of a comparison, not an act of the news
_COMPARATIVES = frozenset(norm_key(w) for w in (
    "أصعب", "أسهل", "أشد", "أسوأ", "أخطر", "أعنف", "أقسى", "أفظع", "أبشع", "أكبر", "أوسع", "أدمى", "أضخم"))
_YARDSTICK_REACH = 5  # tokens from "من" to the act it compares with ("من العمليات المدمرة التي خاضها")
# an adverb of degree between the elative and "من" ("أصعب كثيراً من"، "أشد بكثير من")
_DEGREE = frozenset(norm_key(w) for w in ("كثيرا", "بكثير", "بمراحل", "جدا", "بأضعاف"))


# a clause of the pluperfect with no subject of its own, after a comma ("…، كان قد انضم إلى التسوية"): it tells what
# the person named before had done (original text, up to the trigger)
_DESCRIBED_PAST = re.compile(r"[،,]\s*[وف]?كان(?:ت|وا)?[\u064b-\u0652]*\s+قد\s+$")


def _compared_with(ctx: SentenceContext, ti: int) -> bool:
    """The act at token ``ti`` is told in the yardstick of a comparison, the noun phrase after "من" and a
    comparative elative (:data:`_COMPARATIVES`; an adverb of degree between them or not): "أصعب كثيراً من
    العمليات …", "أشد من العمليات التي خاضها الجيش …" (the nearest "من" within ``_YARDSTICK_REACH`` tokens)."""
    lo = ctx.i0
    for k in range(ti - 1, max(lo, ti - _YARDSTICK_REACH) - 1, -1):
        if strip_conj(ctx.token_values[k]) != "من" or k - 1 < lo:
            continue
        j = k - 1
        if ctx.token_values[j] in _DEGREE and j - 1 >= lo:
            j -= 1
        return ctx.token_values[j] in _COMPARATIVES
    return False


def _compares_since(vals: list[str], i: int) -> bool:
    """The "منذ" at ``i`` compares the act with a period ("الأعنف منذ …", "من أكثر الهجمات دموية منذ …")."""
    for j in range(max(i - 4, 0), i):
        if vals[j] in _COMPARE or (vals[j] in _SUPERLATIVE_HEADS and vals[j + 1].startswith("ال")):
            return True
    return False
_ORDINALS = frozenset(norm_key(w) for w in (
    "السابع", "الثامن", "التاسع", "العاشر", "الحادي", "الثاني عشر", "العشرين", "الثلاثين", "الأربعين",
    "الخمسين", "الستين", "المئة", "المائة"))
_CAMPAIGN_DAYS = 7  # an act "for the Nth day" with N this high is a campaign, not an incident
_REPEAT = frozenset(norm_key(w) for w in ("مرات", "مره", "مرة", "مرارا"))
# the count nouns of "tens / hundreds of times" ("عشرات المرات", "مئات المرات"): many acts, none of them told
_MANY = frozenset(norm_key(w) for w in ("عشرات", "مئات", "آلاف"))
# a count of incidents right before the act noun ("حادثتي قتل وخطف", "ثلاث حوادث اغتيال"): several acts summed up in a
# bulletin's lead, each told in its own item further on ("ففي الحادثة الأولى، …"، "وفي الحادثة الثانية، …")
# "وفي حادثة منفصلة، قُتل …", "وفي حادث آخر": the word turns to another incident of the report, no accident (a
# cue of its own for the accident: "حادث سير", even "حادث سير آخر")
_INCIDENT_WORD = norm_key("حادث")
_ANOTHER_INCIDENT = re.compile(r"[ةه]?\s+(?:منفصل[ةه]?|أخرى|اخرى|آخر|اخر|ثاني[ةه]?|ثالث[ةه]?|مماثل[ةه]?|مشابه[ةه]?"
                               r"|جديد[ةه]?)(?!\w)")
_INCIDENTS = frozenset(norm_key(w) for w in ("حادثتي", "حادثتين", "حادثتا", "حوادث"))
# incidents in the plural and scattered ("حوادث متفرقة لانفجار ألغام", "عدة حوادث خطف", "حالات متفرقة من القتل"),
# told with no day of their own: several acts over a span summed up, none placed or dated, no event of its own
_PLURAL_INCIDENTS = frozenset(norm_key(w) for w in ("حوادث", "الحوادث", "حالات", "الحالات"))
_SCATTERED = frozenset(norm_key(w) for w in ("متفرقة", "متفرقات", "متعددة", "عدة", "متنوعة", "مختلفة"))
# tokens after the sentence's first act within which those incidents are that act's ("توفي 25 مدنياً، وأصيب آخرون،
# في عدة حوادث منفصلة"); further on they are a clause of their own beside a dated act ("… في نهاية كانون الثاني،
# في ما أصيب أكثر من 130 جندياً في حالات مختلفة")
_SCATTER_REACH = 8
_ITEMISED = re.compile(r"(?<!\w)[وف]?[وف]?(?:في\s+)?الحادث[ةه]\s+(?:الأولى|الاولى|الأولي|الاولي|الثانية|الثانيه)(?!\w)")
_UNTIL = frozenset(norm_key(w) for w in ("حتى", "لغاية", "وحتى", "إلى"))
_SAME_DAY = frozenset(norm_key(w) for w in ("اليوم", "أمس", "الليلة", "فجر", "صباح", "مساء", "ظهر"))
# a weekday named as the day of the act ("يوم الإثنين", "الخميس الماضي"; not "منذ الإثنين", "حتى يوم الخميس"): a dated
# act, as "أمس" is, not a sum over the period a "منذ" of the same sentence opens
_WEEKDAY_NAMES = frozenset(norm_key(w) for w in (
    "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"))
_DAY_WORD = norm_key("يوم")
# the tens of a compound ordinal ("لليوم الثالث والعشرين"): with any unit before them, a campaign's day
_ORDINAL_TENS = frozenset(norm_key(w) for w in (
    "والعشرين", "والثلاثين", "والأربعين", "والخمسين", "والستين", "والسبعين", "والثمانين", "والتسعين"))
# repetition: the acts recur ("لاستهدافات متكررة", "وتكررت حوادث …", "تتكرر الاعتداءات"); the sentence tells
# a habit, not one act, unless it also tells an act of the same day or in the past tense
_HABITUAL = frozenset(norm_key(w) for w in (
    "متكررة", "المتكررة", "متكرر", "المتكرر", "متكررا", "تتكرر", "يتكرر", "تكرر", "تكررت", "يوميا"))
# "from time to time" ("بين حين وآخر", "بين الحين والآخر", "من حين لآخر", "من حين إلى آخر") beside an act told
# by a present-tense verb ("تستهدف القوات … بين حين وآخر"): a habit as well; beside a noun of the act ("تحدث
# الشهود عن تجدد مواجهات من حين إلى آخر") it tells a day's intermittent fighting, so it is not a habit there
_WHILE = frozenset(norm_key(w) for w in ("حين", "الحين"))
# "near-daily" ("لقصف شبه يومي", "الاغتيالات شبه اليومية", "بشكل شبه يومي"): a frequency, a habit as "يومياً"
_NEARLY = norm_key("شبه")
_ANOTHER = frozenset(norm_key(w) for w in ("وآخر", "والآخر", "لآخر", "آخر"))
# duration: the present of going on ("يواصل استهداف …", "تستمر الاعتداءات …", "لا تزال تتعرض"): a campaign
# as often as the fighting of the day at a named place ("تستمر المعارك وسط البلدة"), so such a sentence is
# only a further mention (_ongoing).  Not the adjectives ("مستمر", "متواصل"): "خلال الهجمات المستمرة" and
# "بصورة متواصلة" qualify the act of a day as often as a war
_ONGOING = frozenset(norm_key(w) for w in (
    "تواصل", "يواصل", "تتواصل", "يتواصل", "تستمر", "يستمر", "تزال", "يزال", "مازالت", "مازال"))
# a running total that adds the day's toll or act to earlier ones ("ويضاف هؤلاء إلى نحو 70 …")
_ADDED = frozenset(norm_key(w) for w in ("يضاف", "تضاف", "يضافون", "يضافان", "تضافان"))
_ADDED_TO = 5  # tokens after the verb of adding within which "إلى" names the total
# a toll that rises to a new figure ("ارتفاع حصيلة الشهداء إلى …", "ارتفع عدد الضحايا إلى …"): with a period
# ("منذ 24 يوماً", "منذ بدء العدوان") in the same sentence it is the war's running total, even told today
# (not "لترتفع/ليرتفع": a result clause after an act of its own, "يعلن مقتل جندي …، لترتفع حصيلة قتلاه إلى …")
_RISE = frozenset(norm_key(w) for w in ("ارتفاع", "بارتفاع", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ليرتفع", "لترتفع"))
# the result forms: their figure is the act's new total only where it holds the dead the sentence told before it
# and at most one more ("توفي أحد الجرحى، لترتفع حصيلة القصف إلى 2"); a larger one is read as any number
# (:func:`_too_large_result`)
_RISE_RESULT = frozenset(norm_key(w) for w in ("ليرتفع", "لترتفع"))
_TOLL = frozenset(norm_key(w) for w in ("حصيلة", "عدد", "الحصيلة"))
# a span of recent months or years ("خلال الأشهر الأخيرة", "في الآونة الأخيرة"): a period, as "منذ" + its start
_RECENT_SPANS = frozenset(norm_key(w) for w in (
    "الأشهر", "الشهور", "الأسابيع", "السنوات", "الأعوام", "الآونة", "الفترة"))
# a span of several past days ("خلال الأيام الـ4 الماضية", "خلال الأيام الأخيرة"): acts of several days summed up;
# the day word of such a sentence dates the announcement ("أعلن أمس مقتل 48 جندياً خلال الأيام الـ4 الماضية"),
# so a count of the dead over the span is a total even told "today" (ACLED codes one event per day)
_DAY_SPANS = frozenset(norm_key(w) for w in ("الأيام", "الايام"))
# a span of a whole day and night or more counted in hours ("خلال الساعات الـ24 الماضية", "خلال الـ48 ساعة
# الأخيرة", "في 24 ساعة"): a ministry's or an army's summary of the day across its fronts, as the span of days
_HOUR_SPANS = frozenset(norm_key(w) for w in ("الساعات", "ساعة", "ساعه"))
_SPAN_BEFORE = frozenset(norm_key(w) for w in ("خلال", "في", "طوال", "طيلة"))
# a whole calendar month or year counted by a monitor ("وثّق المكتب مقتل 38 شخصاً خلال تموز الماضي", "أحصت
# الشبكة مقتل 15 مدنياً خلال الشهر الماضي", "سجّل … خلال عام 2022"): a month's or a year's tally, never one act
_MONTH_SPAN_WORDS = frozenset(norm_key(w) for w in ("خلال", "طوال", "طيلة", "عن"))  # "تقريره عن عام 2022"
_MONTH_SPAN_UNITS = frozenset(norm_key(w) for w in ("الشهر", "شهر", "العام", "عام", "السنة", "سنة"))
_MONTH_TALLY_MIN = 3  # dead counted over a month: a tally from three on
_TALLY_HEAD_REACH = 2  # tokens from the sentence's start to the verb of counting that heads it
_FRONTED_SPAN = 4  # the tokens of a month fronted before that verb ("وخلال شهر تموز الماضي،")
# a whole week with a word of the past or the present ("خلال الأسبوع الماضي", "طوال الأسبوع الجاري"): with
# many acts counted (_MANY_ACTS), a week's tally as a month's ("قصفت خلال الأسبوع الماضي 37 قرية بـ300 قذيفة")
_WEEK_SPAN_UNITS = frozenset(norm_key(w) for w in ("الأسبوع", "أسبوع"))
# the words that open a clause explaining the sentence's first ("تشهد المحافظة فلتاناً أمنياً، إذ وثّق المكتب …"):
# a verb of counting right after one heads a tally as at the sentence's start
_TALLY_CLAUSE = frozenset(norm_key(w) for w in ("إذ", "اذ", "حيث"))
_MONTH_SPAN_AFTER = _PAST_MARKS | frozenset(norm_key(w) for w in ("الحالي", "الجاري", "المنقضي"))
_TALLY_VERBS = frozenset(norm_key(w) for w in (
    "وثق", "وثقت", "يوثق", "توثق", "أحصى", "أحصت", "يحصي", "تحصي", "سجل", "سجلت", "رصد", "رصدت", "توثيق",
    "إحصاء", "احصائية", "إحصائية", "حصيلة"))
# acts counted by the many over such a span ("استجابت فرقه لأكثر من 1200 هجوم خلال عام 2023", "شنّ 300 غارة خلال
# الشهر الماضي"): a month's or a year's tally of attacks, never one act, whatever its toll
_MANY_ACTS = 10
# a breakdown of a tally by kind or cause ("توزعت الهجمات بين قصف مدفعي وغارات جوية", "وتوزع الباقون بين حوادث
# ثأر ونزاعات") in a sentence that names the report or the tally ("التقرير", "الإحصائية"): the tally's parts
_SPREAD = frozenset(norm_key(w) for w in ("توزع", "توزعت", "تتوزع", "يتوزع", "توزعوا"))
_SPREAD_AMONG = frozenset(norm_key(w) for w in ("بين", "على"))
_REPORT_NOUNS = _TALLY_VERBS | frozenset(norm_key(w) for w in (
    "التقرير", "تقرير", "الإحصائية", "الاحصائية", "الحصيلة", "التوثيق", "الإحصاء"))
_HOURS_OF_A_DAY = 24
_ONE_DAY = (norm_key("يوم"), norm_key("واحد"))  # "خلال يوم واحد": a day's sum, as the 24 hours
# the head of a toll summed over such a span ("حصيلة خسائر الجيش خلال الساعات الـ24 الأخيرة"): not "عدد",
# which also opens a vague count of one act's dead ("عدد من المواطنين")
_SUM_HEADS = frozenset(norm_key(w) for w in ("حصيلة", "الحصيلة", "إجمالي", "اجمالي"))
# a period opened by a dated day ("الفترة الممتدة ما بين 31 آذار … حتى 6 نيسان", "خلال الفترة من 17 … وحتى 27 منه")
_SPAN_OPEN = frozenset(norm_key(w) for w in ("الممتدة", "الممتد", "بين", "من"))
# "بعد" + a dated day long past ("بعد 7 أكتوبر", "بعد السابع من تشرين الأول") beside a count word ("عدد",
# "حصيلة", "بلغ", "ارتفع"): the start of a running total, as "منذ" + its start
_AFTER = frozenset(norm_key(w) for w in ("بعد", "وبعد"))
# (also the words before a number that let its casualty noun stand far after it, ``_fill_numbers``: an earlier,
# narrower set of the same name, "عددهم", "حوالي", "نحو" …, was silently overridden by this one and is
# removed; restoring it changes three tolls on 2,754 articles, not yet judged)
_COUNT_WORDS = _TOLL | _RISE | frozenset(norm_key(w) for w in ("بلغ", "بلغت", "وصل", "وصلت", "إجمالي", "اجمالي"))
_RECENT = frozenset(norm_key(w) for w in ("الأخيرة", "الماضية"))
# two or more countries as the place of the act ("في سوريا والعراق", "في كل من سوريا والعراق والأردن",
# "في الأراضي السورية والعراقية"): acts in several countries summed up, never one event alone (ACLED codes
# one event per place and day); the sentence may still date or back the report of one of them
_COUNTRY_NAMES = frozenset(norm_key(w) for w in (
    "سوريا", "سورية", "العراق", "الأردن", "لبنان", "اليمن", "إيران", "تركيا", "فلسطين", "إسرائيل", "مصر",
    "السعودية", "الكويت", "البحرين", "قطر", "الإمارات"))
_COUNTRY_ADJECTIVES = frozenset(norm_key(w) for w in (
    "السورية", "العراقية", "الأردنية", "اللبنانية", "اليمنية", "الإيرانية", "التركية", "الفلسطينية"))
_COUNTRIES_AFTER = 6  # tokens after the first act within which the countries are its place
_NAMED_IN = frozenset(norm_key(w) for w in ("الإسلامية", "الوطنية", "الشعبية"))  # "المقاومة الإسلامية في …"


def _is_number(v: str) -> bool:
    return v.isdigit() or (v.startswith("ال") and v[2:].isdigit())


# the dead or wounded counted in thousands ("ارتقاء 9488 شهيداً", "أكثر من 11000 طفل", "4 آلاف جريح") in a
# sentence with no act but its tolls and the war word ("أسفر العدوان عن …", "قُتلوا في الحرب"): the war's running
# total, never one act (ACLED codes each act with its own toll); a year ("آذار 2015", "عام 2014") is no count
_THOUSANDS = frozenset(norm_key(w) for w in ("آلاف", "ألف", "ألفا", "ألفاً"))
_YEAR_BEFORE = frozenset(norm_key(w) for w in ("عام", "العام", "سنة", "مارس", "يناير", "فبراير", "أبريل", "مايو",
                                               "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"))
_TOLL_NEAR = 3  # tokens between a count and a casualty word that it counts


def _war_toll(ctx: SentenceContext) -> bool:
    """A count in thousands near a casualty word and no act of violence but tolls and the war word
    (:data:`_WAR_WORDS`, "الحرب", the war whose day is counted: _war_day): the war's running total (see
    _THOUSANDS)."""
    acts = [m for m in ctx.triggers if _trig(m).trigger.event_type in VIOLENT]
    if not acts or not all("casualty" in _trig(m).flags or _trig(m).trigger.key in _WAR_WORDS
                           or _war_bombing(ctx, m) or _war_day(ctx, m) for m in acts):
        return False
    vals = ctx.token_values
    i0, i1 = ctx.i0, ctx.i1
    if any(ctx.tok(m.start) > i0 and strip_conj(vals[ctx.tok(m.start) - 1]) in _TOLL_HEADS for m in acts):
        return False  # a count of the dead named as such ("حصيلة الشهداء …"): _running_toll keeps it a mention
    for m in acts:
        if "casualty" not in _trig(m).flags:
            continue
        ti = ctx.tok(m.start)
        for j in range(max(i0, ti - _TOLL_NEAR), min(i1, ti + _TOLL_NEAR) + 1):
            v = vals[j]
            if v in _THOUSANDS or (v.isdigit() and int(v) >= _WAR_TOLL and not (
                    j > i0 and (strip_conj(vals[j - 1]) in _YEAR_BEFORE or vals[j - 1] in _MONTHS))):
                return True
    return False


def _war_bombing(ctx: SentenceContext, m: Match) -> bool:
    """The bombing named in general, definite and with no object of its own ("قُتلوا في القصف الإسرائيلي على
    القطاع"): the war's bombardment as a whole, as "العدوان" (_war_toll)."""
    if _trig(m).trigger.key not in _BOMBARD or "verb" in _trig(m).flags:
        return False
    return strip_conj(ctx.token_values[ctx.tok(m.start)]).startswith(("ال", "بال", "لل"))


def _many_dead(ctx: SentenceContext, vals: list[str], counted: bool) -> bool:
    """The sentence counts its dead ("عدد الشهداء … تجاوز الثمانين", "ما أسفر عن استشهاد العشرات"): a word of the dead
    and a word of counting or "عشرات" (not one dated act's toll: "… استشهاد شخصين، في واحد من أعنف الخروقات منذ …")."""
    if not any("casualty" in _trig(m).flags for m in ctx.triggers):
        return False
    return counted or any(strip_conj(v) in _MANY or strip_conj(v).removeprefix("ال") in _MANY for v in vals)


def _since_truce(vals: list[str], i: int) -> bool:
    """The "منذ" at ``i`` opens a truce's start ("منذ وقف إطلاق النار", "منذ دخول الاتفاق حيز التنفيذ", "… لاتفاق وقف
    إطلاق النار منذ دخوله حيز التنفيذ": the truce named just before, its pronoun after the word of onset)."""
    nxt = vals[i + 1:i + 3]
    if not nxt:
        return False
    if nxt[0] in _SINCE_TRUCE or (nxt[0] in _TRUCE_ONSET and len(nxt) > 1 and nxt[1] in _SINCE_TRUCE):
        return True
    return nxt[0] in _TRUCE_ONSET_OF and any(v.removeprefix("ل").removeprefix("ا") in _SINCE_TRUCE
                                             or strip_conj(v) in _SINCE_TRUCE for v in vals[max(0, i - _TRUCE_BACK):i])


def _since_period(vals: list[str], i: int) -> bool:
    """Whether the "منذ" at ``i`` opens a long period (see _SINCE_START)."""
    nxt = vals[i + 1:i + 4]
    if not nxt:
        return False
    if i >= 2 and vals[i - 2] == "قد" and nxt[0] in _AGO_COUNTS:
        return False  # "كانت الخلية قد نفذت منذ أسابيع هجوماً": a finished act that long ago, no period
    if nxt[0] in _SINCE_START or nxt[0] in _SINCE_TRUCE or (
            nxt[0] in _TRUCE_ONSET and len(nxt) > 1 and nxt[1] in _SINCE_TRUCE):
        return True
    if nxt[0] in _SINCE_MIDDLE:  # "منذ منتصف نيسان", not "منذ منتصف الليل"
        return len(nxt) > 1 and nxt[1] not in _NIGHT
    if _is_number(nxt[0]):  # a year, a dated day ("منذ 7 أكتوبر") or a count of years, months, weeks
        return len(nxt[0]) == 4 or any(v in _MONTHS or v in _LONG_UNITS for v in nxt[1:3])
    return False  # a bare month ("منذ يناير") leaves open how long the span is


_TALLY_SINCE_MIN = 10  # a count from which "منذ" + a past month sums up a period (:func:`_tally_since_month`)
_PAST_MONTH_REACH = 5  # tokens from the month to its word of the past ("كانون الأول / ديسمبر الماضي")
_YEAR_DIGITS = 4


def _tally_since_month(ctx: SentenceContext, vals: list[str], i: int) -> bool:
    """The "منذ" at ``i`` opens a past month ("منذ كانون الأول/ديسمبر الماضي", :func:`_past_month`) in a sentence
    whose first count is of many ("قتلت مخلفات الحرب أكثر من 200 مدني منذ كانون الأول الماضي"): a running total
    since that month, no act of its own; without such a count the month may only date a state the act is part of
    ("ضمن الاحتجاجات المتواصلة منذ آب الماضي")."""
    if i + 1 >= len(vals) or vals[i + 1] not in _MONTHS:
        return False
    past = _past_month(vals, i + 1)
    if not past or (past == "year" and not any(q.payloads[0] == "killed" for q in ctx.quantities)):
        return False  # a month of a year counts a total of the dead ("أودت بحياة أكثر من مئة شخص منذ كانون الأول
        # 2024"); of acts with no dead ("تعرضت 55 سفينة للهجوم منذ يناير 2008") the GSR counts the sentence an assault
    for n in ctx.numbers:
        if any(t.start <= n.start < t.end for t in ctx.times) or getattr(n.value, "vague", False):
            continue
        # the sentence's first count: a smaller one before it is the toll of an act the sentence tells ("عثرت
        # الشرطة على 3 سجناء مشنوقين …، في سياق مواجهات أدت إلى مقتل أكثر من 400 منذ شباط 2021")
        return bool(getattr(n.value, "value", 0) >= _TALLY_SINCE_MIN)
    return False


def _past_month(vals: list[str], i: int) -> str:
    """Whether the month at ``i``, after "منذ", is said to be past ("منذ كانون الأول/ديسمبر الماضي", "منذ تموز
    الفائت": "past") or given its year ("منذ كانون الأول 2024": "year"): the span runs from a whole month back, a
    long period (a monitor's or a war's running total); a bare month ("منذ يناير") leaves it open ('')."""
    for v in vals[i + 1:i + 1 + _PAST_MONTH_REACH]:
        if v in _PAST_MARKS:
            return "past"
        if v.isdigit() and len(v) == _YEAR_DIGITS:
            return "year"
        if not (v in _MONTHS or v in _MONTH_NAME_PARTS or v == "/"):
            return ""
    return ""


# the words that open a counted span of time ("خلال 10 أشهر", "طوال 3 أعوام", "على مدى أسابيع")
_SPAN_WORDS = frozenset(norm_key(w) for w in ("خلال", "طوال", "طيلة", "مدى", "مدار"))
_WAR_SPANS = frozenset(norm_key(w) for w in ("الحرب", "العدوان", "القتال", "المعارك", "النزاع", "الصراع", "الإبادة"))
_SPAN_LEAD = 3  # tokens between the span word and the count ("خلال ما يقارب 10 أشهر")


def _counted_span(vals: list[str], i: int) -> bool:
    """The long unit at ``i`` closes a counted span of time ("خلال نحو 10 أشهر من الحرب"): a period summed up,
    as "منذ" and its start (:func:`_since_period`)."""
    if i < 2 or not _is_number(vals[i - 1]):
        return False
    lo = max(i - 2 - _SPAN_LEAD, 0)
    at = [j for j in range(lo, i - 1) if strip_conj(vals[j]) in _SPAN_WORDS]
    if not at:
        return False
    # the span opens the sentence, or is the war's ("… من الحرب"); not a span of one act's setting ("بعد حصار
    # استمر خلال 3 أشهر")
    return at[0] <= 1 or (vals[i + 1:i + 2] == ["من"] and vals[i + 2:i + 3] != [] and vals[i + 2] in _WAR_SPANS)


_WHEN = frozenset(norm_key(w) for w in ("حين", "حينما", "عندما"))
_SINCE_WHEN_REACH = 8  # tokens from "منذ" to the "when" that opens the clause of the act


def _since_when(ctx: SentenceContext, vals: list[str], i0: int, i: int) -> bool:
    """The period "منذ" opens at ``i`` (an index of ``vals``) is dated by a month or a day and a clause of "when"
    follows it ("منذ منتصف نيسان الماضي، حين اغتال مجهولون …", "منذ تشرين الثاني 2022، حين قصفت …"): the act that
    clause tells happened then, an act of its own (rasd.time.assign dates it), not a sum over the period."""
    when = next((j for j in range(i + 1, min(len(vals), i + 1 + _SINCE_WHEN_REACH)) if ctx.words[j] in _WHEN), -1)
    if when < 0 or i + 1 >= when or (when + 1 < len(vals) and ctx.words[when + 1] in WHEN_BEGAN):
        return False  # (a campaign begun then, "التصعيد المتواصل منذ …، حين بدأت الفصائل تستهدف …")
    # (the date right after "منذ", not an era it names, "منذ سقوط النظام في كانون الأول، حين …")
    # (a day or a month, not a year, "منذ عام 1976، حين …": an era remembered); a violent word in the clause
    lo, hi = ctx.token_spans[i0 + i + 1].start, ctx.token_spans[i0 + when].start
    if not any(hi < m.start and _trig(m).trigger.event_type in VIOLENT for m in ctx.triggers):
        return False
    return any(t.start == lo and t.end <= hi and t.value.kind == "absolute" and t.value.granularity in ("day", "month")
               for t in ctx.times)


# the words that open a clause telling why or how ("إذ", "حيث") after a period of "since"
_SINCE_CLAUSE_HEADS = frozenset(norm_key(w) for w in ("إذ", "اذ", "حيث"))
_SINCE_CLAUSE_WAS = frozenset(norm_key(w) for w in ("كان", "كانت"))
_SINCE_CLAUSE_REACH = 12  # tokens from "منذ" to the clause opener
_WAS_QAD_REACH = 6  # tokens from "كان" to its "قد"


def _since_then_pluperfect(ctx: SentenceContext, vals: list[str], i0: int, i: int) -> bool:
    """The period "منذ" opens at ``i`` is followed by a clause of "إذ/حيث كان … قد <verb>" that dates its act by a
    month or a day of its own ("وهذه ثالث عملية خطف منذ مطلع الخريف، إذ كان طبيب قد اختُطف في أيلول الماضي"): that
    clause recalls one earlier act (the date stage makes it background), not a sum over the period."""
    ws = ctx.words
    reach = range(i + 1, min(len(vals), i + 1 + _SINCE_CLAUSE_REACH))
    op = next((j for j in reach if ws[j] in _SINCE_CLAUSE_HEADS), -1)
    if op < 0 or op + 1 >= len(vals) or ws[op + 1] not in _SINCE_CLAUSE_WAS:
        return False
    qad = next((j for j in range(op + 2, min(len(vals), op + 2 + _WAS_QAD_REACH)) if vals[j] == "قد"), -1)
    if qad < 0:
        return False
    lo = ctx.token_spans[i0 + qad].end
    if not any(lo < m.start and _trig(m).trigger.event_type in VIOLENT for m in ctx.triggers):
        return False
    return any(t.start > lo and t.value.kind == "absolute" and t.value.granularity in ("day", "month")
               for t in ctx.times)


def campaign(ctx: SentenceContext) -> str:
    """Why a sentence tells a campaign or a total rather than one act ('' when it does not).

    - "since" the start of a long period (a war, a date, months) with no act of the same day: the
      sentence sums up what happened over the period ("صعّد عدوانه منذ بدء الحرب"), unless it compares
      today's act with the period ("الأعنف منذ …");
    - an act "for the Nth day" with N a week or more: an ongoing war, not an incident;
    - "N times", "many times", "repeatedly": several acts counted together;
    - a running total the sentence adds to ("ويضاف … إلى"): "total";
    - a word of repetition ("متكررة", "تكررت") with no act of the same day or in the past tense: "habitual";
    - a span of recent months ("خلال الأشهر الأخيرة") counts as "since".
    """
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values[i0:i1 + 1]
    ws = ctx.words  # strip_conj of each of vals, computed once per sentence
    same_day = False
    since = False
    habitual = False
    toll_rise = False
    day_span = False
    month_span = False
    week_span = False
    scattered = False
    bounded = False  # a period with its bounds ("خلال الفترة من 17 تشرين الأول وحتى 27 منه")
    counted = any(w in _COUNT_WORDS for w in ws)
    several = False  # "مرّات عدّة" (the count word after "times")
    times_counted = False  # "3 مرات", "عدة مرات" (a count before "times")
    opening = _fronted_since(ctx, vals, i0)
    truce_since = False  # "منذ دخول الاتفاق حيز التنفيذ": a count since a truce took effect
    for i, v in enumerate(vals):
        if ws[i] in _MONTH_SPAN_WORDS and _month_span(vals, i):
            month_span = True  # "خلال تموز الماضي", "خلال الشهر الماضي", "خلال عام 2022"
        elif ws[i] in _MONTH_SPAN_WORDS and _week_span(vals, i):
            week_span = True  # "خلال الأسبوع الماضي"
        if v in _DAY_SPANS and i > 0 and ws[i - 1] == "خلال" and any(
                w in _RECENT for w in vals[i + 1:i + 3]):
            day_span = True  # "خلال الأيام الـ4 الماضية"
        elif v in _HOUR_SPANS and _hours_span(vals, i):
            day_span = True  # "خلال الساعات الـ24 الماضية"
        elif v == _ONE_DAY[0] and i > 0 and ws[i - 1] == "خلال" and vals[i + 1:i + 2] == [_ONE_DAY[1]]:
            day_span = True  # "بلغت حصيلة المعارك 175 عسكرياً خلال يوم واحد"
        if v in _AFTER and counted and _dated_day(vals, i):
            since = True  # "عدد الشهداء بعد 7 أكتوبر بلغ …"
        if ws[i] in _RISE and i + 1 < len(vals) and vals[i + 1] in _TOLL \
                and any(w in _UNTIL for w in vals[i + 2:i + 2 + _ADDED_TO]):
            toll_rise = True  # "ارتفاع حصيلة الشهداء إلى …"
        if v in _SINCE and _since_truce(vals, i):
            truce_since = True
        if v in _SINCE and (_since_period(vals, i) or _tally_since_month(ctx, vals, i)) \
                and not _compares_since(vals, i) and not _since_when(ctx, vals, i0, i) \
                and not _since_then_pluperfect(ctx, vals, i0, i):
            since = True
        elif ws[i] in _ADDED and any(w in _UNTIL for w in vals[i + 1:i + 1 + _ADDED_TO]):
            return "total"
        elif v in _RECENT_SPANS and i > 0 and i + 1 < len(vals) and (
                vals[i + 1] in _RECENT or vals[i + 1] in _SPAN_OPEN) and vals[i - 1] in (
                "خلال", "في", "وفي", "طوال", "وخلال"):
            since = True
            bounded = bounded or vals[i + 1] in _SPAN_OPEN
        elif v in _LONG_UNITS and _counted_span(vals, i):
            since = True  # "وخلال نحو 10 أشهر من الحرب، ارتفع عدد قتلى …"
        elif ws[i] in _HABITUAL or (v == _NEARLY and vals[i + 1:i + 2] != [] and vals[i + 1].removeprefix(
                "ال").startswith("يومي")) or (
                v in _WHILE and any(w in _ANOTHER for w in vals[i + 1:i + 3]) and _act_verb(ctx, present=True)):
            habitual = True
        elif v in _DAY_COUNTER and i + 1 < len(vals):
            n = vals[i + 1]
            if n in ("ال", "الـ") and i + 2 < len(vals):
                n = vals[i + 2]  # "لليوم الـ 32": the article written apart from the number
            num = n[2:] if n.startswith("ال") and n[2:].isdigit() else n
            if (num.isdigit() and int(num) >= _CAMPAIGN_DAYS) or n in _ORDINALS or (
                    i + 2 < len(vals) and vals[i + 2] in _ORDINAL_TENS):
                return "campaign"
        elif (ws[i] in _SAME_DAY or _today(v)) and not (i > 0 and vals[i - 1] in _UNTIL) \
                and not (counted and _dates_saying(vals, i)) \
                and not (i < opening and not any(_today(w) for w in vals[i:i + 2])):
            same_day = True  # "حتى اليوم": the end of a running total, not the day of an act
        elif ws[i] in _WEEKDAY_NAMES and ((i > 0 and ws[i - 1] == _DAY_WORD) or (
                i + 1 < len(vals) and vals[i + 1] in _PAST_MARKS)) \
                and not any(w in _SINCE or w in _UNTIL for w in ws[max(0, i - 2):i]) and not opening:
            # "قُتل ثلاثة مدنيين يوم الإثنين الماضي …، في ظل تصعيد منذ مطلع الشهر": the act's own day (not in a
            # sentence that opens on its period, "ومنذ بداية العام، قُتل 60 …، بينهم 11 … يوم الأربعاء": a total)
            same_day = True
        if ws[i] in _INCIDENTS and any(ctx.tok(m.start) - i0 == i + 1 and _trig(m).trigger.event_type in VIOLENT
                                       for m in ctx.triggers) \
                and _ITEMISED.search(ctx.nt.original, ctx.sentence.end) is not None:
            return "repeated"  # "شهدت المحافظة حادثتي قتل وخطف منفصلتين": a bulletin's count, each told apart
        if ws[i] in _PLURAL_INCIDENTS and ((i + 1 < len(vals) and vals[i + 1] in _SCATTERED) or (
                i > 0 and ws[i - 1] in _SCATTERED)) and i - min(
                (ctx.tok(m.start) - i0 for m in ctx.triggers if _trig(m).trigger.event_type in VIOLENT),
                default=i) <= _SCATTER_REACH:
            scattered = True  # "شهد آذار 2023 حوادث متفرقة لانفجار ألغام"
        if v.startswith("ال") and v[2:] in _REPEAT and i > 0 and vals[i - 1] in _MANY:
            return "repeated"  # "قصفت قوات النظام البلدة عشرات المرات بين 2013 و2016": many acts told as one
        if v in _REPEAT and i > 0:
            prev, nxt = vals[i - 1], vals[i + 1] if i + 1 < len(vals) else ""
            if v == "مرارا" or nxt.startswith(("عديده", "كثيره", "متعدده")) or prev == "عشرات":
                return "repeated"
            if prev == "عده" or (_is_number(prev) and prev not in ("1", "2")):
                # "استهدفت القاعدة 3 مرات": several acts counted together, unless the sentence dates them to
                # one day ("3 مرات خلال اليوم"): ACLED codes the day's acts at one place as one event (below)
                times_counted = True
            if nxt.startswith("عده"):
                several = True  # "استهدفت القاعدة مرّات عدّة": a series, unless the sentence dates it today (below)
    if toll_rise and since:
        return "total"
    if _war_toll(ctx):
        return "total"
    if day_span and (_casualties_only(ctx) or any(w in _SUM_HEADS for w in ws)):
        return "total"
    if (month_span or week_span) and _counted_acts(ctx, vals, i0):
        # "استجابت لأكثر من 1200 هجوم خلال عام 2023", "قصفت خلال الأسبوع الماضي 37 قرية بأكثر من 300 قذيفة"
        return "total"
    if not same_day and _tally_counts(ctx, ws, i0) and _counted_acts(ctx, vals, i0, counts_only=True):
        # a monitor's count of many acts with no day of its own ("إذ رصد 27 عملية ومحاولة اغتيال، أسفرت عن مقتل 20
        # شخصاً"): the period's tally a report gives, its span named in another sentence ("للشهر")
        return "total"
    if any(w in _SPREAD and any(x in _SPREAD_AMONG for x in vals[i + 1:i + 4])
           for i, w in enumerate(ws)) and any(w in _REPORT_NOUNS for w in ws):
        return "total"  # "وأوضح التقرير أن الهجمات توزعت بين قصف مدفعي وغارات جوية"
    if any(w in _REPORT_NOUNS for w in ws) and _casualties_only(ctx) and _breakdown(vals):
        return "total"  # "وبحسب التقرير، فإن 14 من القتلى مدنيون، و5 منهم مقاتلون سابقون"
    if month_span and (_casualties_only(ctx) or _tally_heads(ctx, vals, i0)) and any(
            w in _TALLY_VERBS for w in ws) and any(
            _MONTH_TALLY_MIN <= n.value.value < 1900 for n in ctx.numbers if isinstance(n.value, NumberValue)):
        return "total"  # several dead counted (not one death documented in a month, "وثّق مقتل شاب …")
    if same_day and since and not counted and any(v in _SINCE for v in vals) and _counted_acts(ctx, vals, i0):
        return "total"  # "تعرّضت القوات لنحو 23 هجوماً منذ 17 تشرين الأول": many acts summed up, even told today
    if bounded and _counted_acts(ctx, vals, i0):
        return "total"  # "تعرّضت القوات لـ20 هجوماً خلال الفترة من 17 … وحتى 27 منه": so too over a bounded period
    if times_counted and not (same_day and not (since or month_span or week_span or day_span)):
        return "repeated"
    if several and not same_day:
        # "وكانت الفصائل استهدفت القاعدة مرّات عدّة": several acts counted together; "استهدفت الكتائب المدينة مرّات عدّة
        # اليوم" is the day's act at one place (ACLED: one event per day, place and pair of sides)
        return "repeated"
    if truce_since and (_casualties_only(ctx) or _counted_acts(ctx, vals, i0) or _many_dead(ctx, vals, counted)):
        # "عدد الشهداء الذين سقطوا بنيران الاحتلال منذ دخول الاتفاق حيز التنفيذ تجاوز الثمانين", even in a statement
        # of today: the dead or the breaches summed up since the truce, no act of their own
        return "total"
    if same_day:
        return ""
    if scattered:
        return "repeated"
    if since:
        return "since"
    if habitual and not _act_verb(ctx):
        return "habitual"  # a habit told with no act of its own
    return ""


_SAYING_REACH = 6  # tokens after the day word within which the complementizer closes the verb of saying


def _fronted_since(ctx: SentenceContext, vals: list[str], i0: int) -> int:
    """The end (a token index of ``vals``, 0 when none) of a phrase of "since" that opens the sentence and runs to
    its first comma, a long period's start ("ومنذ بدء العملية الجوية فجر الأحد الفائت، وثّق المرصد مقتل 42
    شخصاً"): a part of the day inside it ("فجر الأحد الفائت") dates the start of the period, not an act of the
    sentence, unless it is today's ("منذ بدء الهجوم فجر اليوم")."""
    k = next((k for k in range(min(2, len(vals))) if vals[k] in _SINCE), -1)
    if k < 0 or not _since_period(vals, k):
        return 0
    return next((j for j in range(k + 2, len(vals)) if _comma_before(ctx, i0 + j)), 0)


def _dates_saying(vals: list[str], i: int) -> bool:
    """The day word at ``i`` dates a statement, not an act: a count's sentence ("أوضحت الهيئة في بيان اليوم
    السبت أنّ حصيلة الاعتقالات بعد 7 أكتوبر بلغت …"): the sentence's first complementizer follows the day word
    closely (the day of the saying does not date the total it gives)."""
    return any(w in _THAT for w in vals[i + 1:i + 1 + _SAYING_REACH]) and not any(
        w in _THAT for w in vals[:i])


# the nouns of acts of any kind that a count may stand on before the act word they are ("أكثر من أربعين عملية
# ومحاولة اغتيال", "عشرات العمليات والهجمات", "نحو 30 حادثة قتل")
_ACT_COUNT_NOUNS = _PLURAL_INCIDENTS | frozenset(norm_key(w) for w in (
    "عملية", "عمليات", "العمليات", "حادثة", "حالة"))
# a vague count right after a verb of an act ("فكّكت عدداً منها خلال العام الماضي", "اعتقلت العشرات خلال الشهر
# الماضي"): many objects of an act over the span, summed up
_VAGUE_OBJECTS = frozenset(norm_key(w) for w in (
    "عددا", "عدداً", "العديد", "عدة", "عشرات", "العشرات", "مئات", "المئات", "الكثير"))
_YEARS_FROM = 1900  # a number from which on is a year, not a count


def _counted_acts(ctx: SentenceContext, vals: list[str], i0: int, counts_only: bool = False) -> bool:
    """An act word counted by a number of :data:`_MANY_ACTS` or more right before it ("لأكثر من 1200 هجوم",
    "300 غارة", written in words too: "أكثر من عشرين غارة", or with a noun of acts between: "أربعين عملية ومحاولة
    اغتيال"), or the verb of an act with a vague count for its object ("فكّكت عدداً منها"): many acts summed up
    (with a month's or a year's span, a tally)."""
    many = {ctx.tok(n.end - 1) - i0 for n in ctx.numbers
            if isinstance(n.value, NumberValue) and _MANY_ACTS <= n.value.value < _YEARS_FROM}
    for m in ctx.triggers:
        j = ctx.tok(m.start) - i0
        if _trig(m).trigger.event_type in VIOLENT and "casualty" not in _trig(m).flags and 0 < j < len(vals):
            n = vals[j - 1].removeprefix("ال")
            ordinal = j > 1 and vals[j - 2] in ("ال", "الـ")  # "في اليوم الـ 169 للعدوان": the war's day, no count
            if (not ordinal and ((n.isdigit() and int(n) >= _MANY_ACTS) or j - 1 in many)) or (
                    j > 1 and vals[j - 1] in _ACT_COUNT_NOUNS and j - 2 in many):
                return True
        if not counts_only and _vague_object(ctx, m):
            return True
    return False


def _vague_object(ctx: SentenceContext, m: Match) -> bool:
    """The verb of the act ``m`` has a vague count for its object, right after it ("فكّكت عدداً منها")."""
    je = ctx.tok(m.end - 1)
    return "verb" in _trig(m).flags and je < ctx.i1 and \
        ctx.token_values[je + 1] in _VAGUE_OBJECTS


def _tally_heads(ctx: SentenceContext, vals: list[str], i0: int) -> bool:
    """A monitor's verb of counting opens the sentence before any act word ("ووثّق المكتب مقتل 31 شخصاً خلال آذار،
    قُتل 12 منهم برصاص مجهولين، وأربعة جراء انفجار مخلفات الحرب"): the acts after it are the tally's breakdown."""
    acts = [ctx.tok(m.start) - i0 for m in ctx.triggers if _trig(m).trigger.event_type in VIOLENT]
    ws = ctx.words  # (strip_conj of each of vals, computed once per sentence)
    heads = [j for j, w in enumerate(ws) if w in _TALLY_VERBS]
    # the month fronted before the verb ("وخلال تموز الماضي، وثّقت الشبكة مقتل 73 مدنياً"): the verb still heads
    reach = _TALLY_HEAD_REACH + (_FRONTED_SPAN if ws and ws[0] in _MONTH_SPAN_WORDS
                                 and _month_span(vals, 0) else 0)
    return bool(acts) and bool(heads) and heads[0] < min(acts) and (
        heads[0] <= reach or vals[heads[0] - 1] in _TALLY_CLAUSE)


# the dead or wounded of a tally, definite, after "N من" ("14 من القتلى مدنيون", "ثلاثة من الضحايا أطفال")
_PARTITIVE_DEAD = frozenset(norm_key(w) for w in ("القتلى", "الضحايا", "الشهداء", "المصابين", "الجرحى"))


def _breakdown(vals: list[str]) -> bool:
    """A number of the tally's dead or wounded ("14 من القتلى"): with a report named and no act told, the sentence
    breaks a tally down by who the dead were, no act of its own."""
    return any(_is_number(v) and vals[i + 1:i + 2] == ["من"] and vals[i + 2:i + 3] != []
               and vals[i + 2] in _PARTITIVE_DEAD for i, v in enumerate(vals))


def _month_span(vals: list[str], i: int) -> bool:
    """Whether the span word at ``i`` opens a whole month or year: a month's name ("خلال تموز الماضي", "خلال
    شهر آب"), or the month or the year with a word of the past or the present or a year ("خلال الشهر الماضي",
    "خلال العام الحالي", "خلال عام 2022")."""
    nxt = vals[i + 1:i + 4]
    if nxt[:1] == [norm_key("شهر")] and len(nxt) > 1 and nxt[1] in _MONTHS:
        return True
    if nxt[:1] and nxt[0] in _MONTHS:
        return True
    if nxt[:1] and nxt[0].isdigit() and len(nxt[0]) == 4:
        return True  # "خلال 2022": a whole year
    return len(nxt) > 1 and nxt[0] in _MONTH_SPAN_UNITS and (
        nxt[1] in _MONTH_SPAN_AFTER or (nxt[1].isdigit() and len(nxt[1]) == 4))


def _week_span(vals: list[str], i: int) -> bool:
    """Whether the span word at ``i`` opens a whole week ("خلال الأسبوع الماضي", "طوال الأسبوع الجاري", or one
    bounded by its days)."""
    nxt = vals[i + 1:i + 3]
    # (or with its bounds: "خلال الأسبوع الممتد بين الأول والسابع من أيار", "خلال الأسبوع من 1 إلى 7 أيار")
    return len(nxt) > 1 and nxt[0] in _WEEK_SPAN_UNITS and (nxt[1] in _MONTH_SPAN_AFTER or nxt[1] in _SPAN_OPEN)


def _hour_count(v: str) -> int:
    """The number of hours a token gives ("24", "الـ24" as "ال24"; 0 when it is no number)."""
    v = v.removeprefix("ال")
    return int(v) if v.isdigit() else 0


def _hours_span(vals: list[str], i: int) -> bool:
    """Whether the hour word at ``i`` closes or opens a span of a day or more after a word of span ("خلال
    الساعات الـ24 الماضية", "خلال الـ24 ساعة الماضية", "في 48 ساعة")."""
    if vals[i] == norm_key("الساعات"):  # the count after the word, then "الماضية"/"الأخيرة"
        nxt = vals[i + 1:i + 4]
        return i > 0 and strip_conj(vals[i - 1]) in _SPAN_BEFORE and any(
            _hour_count(w) >= _HOURS_OF_A_DAY for w in nxt[:2]) and any(w in _RECENT for w in nxt)
    # "ساعة" after its count: "خلال الـ24 ساعة", "خلال 24 ساعة"
    return i > 1 and _hour_count(vals[i - 1]) >= _HOURS_OF_A_DAY and strip_conj(vals[i - 2]) in _SPAN_BEFORE


def _dated_day(vals: list[str], i: int) -> bool:
    """Whether the word after ``vals[i]`` opens a dated day: a number or an ordinal day before a month ("7
    أكتوبر", "السابع من تشرين الأول")."""
    nxt = vals[i + 1:i + 4]
    if not nxt:
        return False
    if _is_number(nxt[0]) and len(nxt[0]) <= 2:
        return len(nxt) > 1 and nxt[1] in _MONTHS
    return nxt[0] in _ORDINALS and len(nxt) > 2 and nxt[1] == "من" and nxt[2] in _MONTHS


def _casualties_only(ctx: SentenceContext) -> bool:
    """The sentence's violent words are all nouns of the dead or wounded ("مقتل 48 جندياً وإصابة العشرات"),
    beside at most the war's bombardment named in general ("نتيجة القصف الإسرائيلي"): no act is told, only
    its toll (an act told by its verb, "استهدفت … خلال الأيام السبعة الأخيرة", is a week's act, ACLED time
    precision 2)."""
    acts = [m for m in ctx.triggers if _trig(m).trigger.event_type in VIOLENT]
    return bool(acts) and any("casualty" in _trig(m).flags for m in acts) and all(
        ("casualty" in _trig(m).flags and "verb" not in _trig(m).flags) or _war_bombing(ctx, m)
        or _trig(m).trigger.key in _WAR_WORDS or _general_cause(ctx, m) for m in acts)


def _general_cause(ctx: SentenceContext, m: Match) -> bool:
    """The act word is a definite noun right after a word of cause ("نتيجة العدوان الإسرائيلي", "جراء
    القصف"): the cause of a toll named in general, not an act told with its own place (see _CAUSE)."""
    if "verb" in _trig(m).flags:
        return False
    ti = ctx.tok(m.start)
    if ti <= ctx.i0 or not strip_conj(ctx.token_values[ti]).startswith("ال"):
        return False
    before = strip_conj(ctx.token_values[ti - 1])
    return before in _CAUSE or before.removeprefix("من") in _CAUSE


def _act_verb(ctx: SentenceContext, present: bool = False) -> bool:
    """Whether a verb of the sentence in the past tense (``present``: the present) reports an act of violence or
    a toll ("قصفت", "قتل"; "تستهدف", "يقصف"). In the past tense it is the act itself, the present beside a word of
    repetition being the habit ("هجمات تستهدف …"); a protest word read as a verb ("وتجمعات لجيش الاحتلال") is no
    act of violence."""
    return any("verb" in _trig(m).flags and ("present" in _trig(m).flags) == present
               and _trig(m).trigger.event_type in VIOLENT for m in ctx.triggers)


# the tokens whose word without its conjunction (``strip_conj``) is one of _ONGOING: a cheap test on the raw tokens
# before the sentence's words are computed (no word of _ONGOING opens on و/ف, so none loses a letter of its own)
assert not any(w[0] in "وف" for w in _ONGOING)
_ONGOING_TOKENS = _ONGOING | frozenset(c + w for c in "وف" for w in _ONGOING if len(w) >= 3)


def _ongoing(ctx: SentenceContext) -> bool:
    """Whether the sentence tells violence going on (see _ONGOING) with no act of the same day or in the
    past tense: a further mention of an event the article reports elsewhere, never an event alone."""
    i0, i1 = ctx.i0, ctx.i1
    if _ONGOING_TOKENS.isdisjoint(ctx.token_values[i0:i1 + 1]):
        return False
    vals = ctx.words
    if not any(v in _ONGOING for v in vals) or _act_verb(ctx):
        return False
    return not _of_the_day(vals)


def _of_the_day(vals: list[str]) -> bool:
    """Whether the words (conjunction stripped) name the day of the news ("اليوم", "أمس", "فجر")."""
    return any((v in _SAME_DAY or _today(v)) and not _counted_day(vals, i) for i, v in enumerate(vals))


def _counted_day(vals: list[str], i: int) -> bool:
    """The day word at ``i`` counts a war's or a campaign's days ("في اليوم الـ150 من الحرب", "اليوم السابع
    للعدوان"): a number or an ordinal follows it, so it is no word of the news day."""
    if strip_conj(vals[i]) != "اليوم" or i + 1 >= len(vals):
        return False
    n = vals[i + 1]
    if n == "ال" and i + 2 < len(vals):
        n = "ال" + vals[i + 2]  # "اليوم الـ 150": the article written apart from the number
    return (n.startswith("ال") and n[2:].isdigit()) or n in _ORDINALS


def _today(v: str) -> bool:
    """A word of today ("اليوم"), not the adjective "daily" ("تقريرها اليومي", "الحصيلة اليومية"): a daily
    report sums up the war, it does not date an act to the news day."""
    return v.startswith("اليوم") and not v.startswith("اليومي")


# a present-tense verb of growth or spread said of protests ("تتصاعد الاحتجاجات من جانب العائلات", "التظاهرات تتسع
# وتكبر", "تتصاعد وتيرة الاحتجاجات في الجامعات"): the trend of a movement, no gathering of a day and a place
_GROWING = frozenset(norm_key(w) for w in (
    "تتصاعد", "يتصاعد", "تتزايد", "يتزايد", "تتسع", "يتسع", "تكبر", "يكبر", "تتنامى", "يتنامى", "تتسم", "يتسم"))
# the measure of the protests the verb of growth governs ("وتيرة الاحتجاجات", "رقعة الإضرابات", "دائرة الاحتجاج")
_MEASURES = frozenset(norm_key(w) for w in ("وتيرة", "رقعة", "دائرة", "حدة", "موجة", "أعداد"))
_TREND_REACH = 2  # tokens after the protest word within which the verb of growth follows it ("الاحتجاجات تتصاعد")


def _protest_trend(ctx: SentenceContext, demo: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """Whether the sentence's protest word (of ``demo``) is the subject of a verb of growth (:data:`_GROWING`):
    right after the verb (or after a measure word of :data:`_MEASURES` after it), or the verb within
    :data:`_TREND_REACH` tokens after the protest word, with no word of the news day (:func:`_of_the_day`)."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    grow = [k for k in range(i0, i1 + 1) if strip_conj(vals[k]) in _GROWING]
    if not grow or _of_the_day(ctx.words):
        return False
    for m, _te, _w in demo:
        ti = ctx.tok(m.start)
        for k in grow:
            if 0 < ti - k <= 1 or (ti - k == 2 and strip_conj(vals[k + 1]) in _MEASURES) \
                    or 0 < k - ctx.tok(m.end - 1) <= _TREND_REACH:
                return True
    return False


def several_countries(ctx: SentenceContext) -> bool:
    """Whether the sentence places its first act (or toll) "in" two countries joined by "و" (see _COUNTRY_NAMES):
    before that act or within _COUNTRIES_AFTER tokens after it, with no word of the news day; not where the
    words are part of a name ("المقاومة الإسلامية في العراق وسوريا").  Such a sentence is only a further
    mention (_frames_of)."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values[i0:i1 + 1]
    violent = [m.start for m in ctx.triggers if _trig(m).trigger.event_type in VIOLENT]
    acts = [m.start for m in ctx.triggers if _trig(m).trigger.event_type in VIOLENT
            and "casualty" not in _trig(m).flags]  # the act, not its toll ("وأصيب … في الهجمات على …")
    violent = acts or violent
    if not violent or _of_the_day(_stripped_values(ctx.token_values)[i0:i1 + 1]) or _weekday_told(ctx):
        return False  # "اليوم", "الاثنين الماضي": the claim of one day's acts in two countries, which dates each
    last = ctx.tok(min(violent)) - i0 + _COUNTRIES_AFTER
    named = [(a.start, a.end) for a, _ in ctx.actors]
    for i, v in enumerate(vals[:min(len(vals) - 2, last + 1)]):
        if v not in _IN or (i > 0 and vals[i - 1] in _NAMED_IN) or any(
                s <= ctx.token_spans[i0 + i].start < e for s, e in named):
            continue
        j = i + 1
        if vals[j] in ("كل", "كلا") and j + 2 < len(vals) and vals[j + 1] == "من":
            j += 2  # "في كل من سوريا والعراق"
        elif vals[j] in ("الاراضي", "الاراضى", "الساحتين", "البلدين"):
            j += 1  # "في الأراضي السورية والعراقية"
        if j + 1 >= len(vals):
            continue
        a, b = vals[j], vals[j + 1]
        names = _COUNTRY_ADJECTIVES if a in _COUNTRY_ADJECTIVES else _COUNTRY_NAMES
        if a in names and b.startswith("و") and b[1:] in names and b[1:] != a:
            return True
    return False


def _weekday_told(ctx: SentenceContext) -> bool:
    """Whether the sentence dates its acts to one named weekday ("والاثنين الماضي، أعلنت …", "يوم الأحد"), as
    "أمس" does (:func:`several_countries`); not the start of a period ("منذ الاثنين الماضي")."""
    for t in ctx.times:
        v = t.value
        if isinstance(v, TimeValue) and v.kind == "weekday" and v.granularity == "day":
            i = ctx.tok(t.start)
            before = ctx.token_values[max(i - 2, ctx.i0):i]
            if not any(w in _SINCE for w in before):
                return True
    return False


# the words that name a matter as the topic of talk ("ملف صفقة التبادل", "مفاوضات بشأن تبادل الأسرى"): an agreement
# word right after one is the subject talked about, not an agreement reached (ACLED codes the deal when it is made)
_TOPIC_WORDS = frozenset(norm_key(w) for w in ("ملف", "الملف", "بشأن", "بخصوص", "فيما يتعلق", "قضية"))


# an agreement named as what is sought, asked for, hoped for or hindered ("جهوداً للتوصّل إلى اتفاق", "مطالبين
# بإبرام صفقة تبادل", "فرص التوصّل إلى هدنة", "وضع العراقيل أمام التوصّل إلى اتفاق"): no agreement reached (ACLED
# codes the agreement when it is made, not the calls, hopes or efforts for one).  The verbal nouns of concluding a
# deal that may stand between the word and the agreement ("إبرام"، "عقد"، "إتمام" …); with the "ل" of purpose
# ("للتوصّل إلى اتفاق"، "لإبرام صفقة") the deal is an aim by itself
_CONCLUDE = frozenset(norm_key(w) for w in (
    "توصل", "التوصل", "إبرام", "الإبرام", "عقد", "إنجاز", "إتمام", "توقيع", "التوقيع", "تحقيق"))
_SEEK = frozenset(norm_key(w) for w in (
    # aim and effort
    "أجل", "بهدف", "هدف", "سعيا", "نحو", "تجاه", "باتجاه", "سبيل", "تمهيدا", "مساعي", "مساع", "المساعي", "جهود",
    "جهودا", "الجهود", "محاولات", "محاولة", "سعي", "يسعى", "تسعى", "يسعون", "سعت", "سعى",
    # demand, request and call
    "مطالبين", "مطالبا", "مطالبة", "المطالبة", "تطالب", "يطالب", "يطالبون", "طالب", "طالبت", "طالبوا", "دعوة",
    "مطالب", "مطالبهم", "مطالبها", "مطالبه", "طلب", "طلبت", "يطلب", "تطلب", "للمساعدة",
    "دعا", "دعت", "تدعو", "يدعو", "داعيا", "داعية", "داعين", "ينادي", "تنادي", "ناشد", "ناشدت", "حث", "حثت",
    "يحث", "تحث", "الضغط", "ضغوطا",
    # a proposal, a draft ("أحدث مقترح إسرائيلي بشأن اتفاق"): a deal offered, not made
    "مقترح", "المقترح", "مقترحا", "مقترحات", "اقتراح", "الاقتراح", "مسودة", "مشروع",
    # hope, chance, readiness, will
    "نأمل", "يأمل", "تأمل", "يأملون", "آمال", "أمل", "فرص", "فرصة", "احتمال", "احتمالات", "إمكانية", "إمكان",
    "ممكن", "ممكنة", "وشك", "يتوقع", "تتوقع", "يتوقعون", "يؤيد", "تؤيد", "استعداد", "استعدادها",
    "استعداده", "استعدادهما", "استعدادهم", "عازم", "عازمة", "عازمون", "عازمين", "عزم", "عزمها", "عزمه",
    "جاهزية", "جاهزة", "جاهزون", "مستعد", "مستعدة", "معنيا", "معنية", "معني", "اهتمام", "يريد",
    "تريد", "رغبة", "حان",
    # hindrance and failure
    "عرقلة", "يعرقل", "تعرقل", "عرقل", "تعقيد", "تقويض", "يقوض", "تعطيل", "يعطل", "فشل", "فشلت",
    "يخفق", "أخفق", "أخفقت", "يفشل", "تفشل", "تهرب", "التهرب", "يتهرب", "عائقا", "عقبة", "عقبات", "يعيق", "تعيق",
    "أعاق", "رفض", "رفضه", "رفضها", "رفضهم", "رفضت", "يرفض", "ترفض", "يرفضون",
    # thwarting a deal, preferring one, a path or option of one ("إفشال صفقة التبادل"، "يفضّل الذهاب إلى اتفاق"،
    # "نهج التسوية"، "خيار التسوية"): the deal talked of in an analysis, not made
    "إفشال", "افشال", "لإفشال", "يفضل", "تفضل", "يفضلون", "الذهاب", "نهج", "نهجي", "خيار", "خيارات",
    # need and nearness ("اقتراب القاهرة من التوصّل إلى هدنة": a deal near, not made)
    "ضرورة", "الحاجة", "حاجة", "يقترب", "تقترب", "يقتربان", "يقتربون", "اقتراب", "اقترابا", "اقترابه", "اقترابها",
    "يؤيدون", "تؤيدان",
    # the adjective of nearness ("كنّا قريبين من اتفاق تبادل", "الطرفان قريبان من التوصّل إلى هدنة")
    "قريبين", "قريبون", "قريبان", "قريب", "قريبة", "قريبا"))
# the same words that count only right before the agreement (or its verbal noun): elsewhere they name a place or
# another matter ("وقّعوا أمام الصحفيين اتفاقاً"): a hindrance ("عراقيل أمام التوصّل"), nearness ("قرب التوصّل"), a
# deal yet to come ("سيتم التوصّل"), talk of a deal ("الحديث عن هدنة") and a deal as the only way ("إلا بصفقة")
_SEEK_NEXT = frozenset(norm_key(w) for w in ("أمام", "قرب", "يتم", "سيتم", "الحديث", "حديث", "إلا"))
_SEEK_LINKS = frozenset(norm_key(w) for w in ("عن", "من", "خلال", "عبر"))  # "الحديث عن"، "إلا من خلال"
# the demand verbs whose object, however far, is marked by "ب" ("طالب ممثلو العائلات … بـصفقة تبادل")
_DEMAND = frozenset(norm_key(w) for w in (
    "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "مطالبين", "مطالبا", "مطالبة", "المطالبة", "ينادي",
    "تنادي", "نادى", "نادت"))
# talks ("مفاوضات") are no agreement: under way, planned, stalled or walked out of, ACLED codes nothing (or a
# strategic development where they matter), and the agreement when one is reached; talks told as what an outcome
# followed ("انسحبت القوات بعد مفاوضات أُجريت في …") name where that agreement was made
_TALKS = frozenset(norm_key(w) for w in ("مفاوضات",))
_AFTER_TALKS = frozenset(norm_key(w) for w in ("بعد", "إثر", "اثر", "عقب", "نتيجة", "بنتيجة"))
# the nouns of a deal that may stand between the verbal noun of concluding and the exchange it names
_DEAL_NOUNS = frozenset(norm_key(w) for w in ("صفقة", "الصفقة", "اتفاق", "الاتفاق"))
# an agreement in force named by what befalls it (its expiry, breach, violation, collapse, terms): it was reached
# before, ACLED codes it on the day it was made, not each time it is named ("انتهاك الهدنة", "انقضاء مهلة الاتفاق")
_STANDING = frozenset(norm_key(w) for w in (
    "انتهاء", "انقضاء", "تنقضي", "ينقضي", "انقضت", "مهلة", "خرق", "خروقات", "خرقا", "انتهاك", "انتهاكات", "انتهاكا",
    "يخرق", "تخرق", "خرقت", "انهيار", "بنود", "شروط", "سريان"))
_STANDING_REACH = 2  # tokens right before the agreement ("انقضاء مهلة الهدنة")
# the head noun of a deal's name right before the word of its matter ("لاتفاقية فض الاشتباك", "اتفاق وقف إطلاق
# النار"): the reach of what befalls the deal (_STANDING) starts before the head ("في خرق جديد لاتفاقية فض الاشتباك")
_DEAL_HEADS = frozenset(norm_key(w) for w in ("اتفاق", "اتفاقية", "معاهدة", "صفقة"))
_DEAL_HEAD_PREFIXES = ("بال", "لل", "ال", "ل", "ب")
# a deal named by the year it was made, right after its name ("اتفاقية فض الاشتباك لعام 1974", "اتفاق أضنة عام
# 1998"): an old deal named, not one reached now (unless the sentence tells it signed or concluded)
_YEAR_OF_DEAL = frozenset(norm_key(w) for w in ("عام", "لعام", "للعام", "سنة", "لسنة", "العام"))
_YEAR_OF_DEAL_REACH = 2  # tokens after the agreement word to the word of the year ("اتفاق أضنة لعام 1998")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
# an agreement named as a time or a basis of another matter ("لم ينضم إلى أي تشكيل بعد اتفاق التسوية", "منذ الاتفاق",
# "عادت المنطقة إلى سيطرة النظام بموجب اتفاق التسوية في 2018"): a deal made before and known by its name, not one
# reached now; only the definite deal ("الاتفاق", after a word of basis with its adjective: "بموجب الاتفاق النووي")
# or one named by its matter or date after it (_NAMED_DEAL, a number); "بعد اتفاق بين الطرفين" and "بعد التوصّل إلى
# اتفاق" may still tell a new deal.  So is the definite deal an act carries out ("تنفيذاً للاتفاق الموقّع في آذار",
# "تطبيقاً للاتفاق"): the act (a handover, a withdrawal) is the news, the deal was made before (_DEAL_CARRIED)
_DEAL_CARRIED = frozenset(norm_key(w) for w in ("تنفيذا", "تطبيقا", "استكمالا"))
_DEAL_AS_TIME = frozenset(norm_key(w) for w in (
    "بعد", "منذ", "قبل", "عقب", "إثر", "بموجب", "وفق", "وفقا", "بمقتضى")) | _DEAL_CARRIED
_DEAL_BASIS = frozenset(norm_key(w) for w in ("بموجب", "وفق", "وفقا", "بمقتضى"))
_IT_IS = frozenset(norm_key(w) for w in ("هو", "هي", "وهو", "وهي"))
# joining a deal known by its name ("انضمّ إلى اتفاق التسوية قبل سنوات"، "المنضمّين للتسوية"): a person's or a
# group's step into a deal made before, not a deal reached (ACLED codes the deal on the day it was made)
_JOIN_DEAL = frozenset(norm_key(w) for w in (
    "انضم", "انضمت", "انضموا", "ينضم", "تنضم", "ينضمون", "انضمام", "الانضمام", "انضمامه", "انضمامهم", "انضمامها",
    "المنضمين", "المنضمون", "منضم", "منضما", "منضمين", "منضمون"))
# a deal named by the article or a demonstrative alone ("جاء الاتفاق الإيراني-السعودي ليساهم في …"، "غير راضٍ عن
# هذا الاتفاق"): the deal the reader knows already, talked about, unless a word of concluding it stands in the
# sentence (a verbal noun of _CONCLUDE, a verb of signing or reaching: "وقّع الطرفان الاتفاق"، "توصّلا إلى اتفاق"; the
# mediation that brokered it: "غادرت القافلة وفق الاتفاق بعد وساطة قادها …")
_THIS_DEAL = frozenset(norm_key(w) for w in ("هذا", "هذه", "ذلك", "تلك"))
_DEAL_BARE = frozenset(norm_key(w) for w in ("اتفاق", "اتفاقية", "الاتفاق", "الاتفاقية"))
_SIGNED = frozenset(norm_key(w) for w in (
    "وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "يوقع", "توقع", "أبرم", "أبرمت", "أبرما", "أبرموا", "تم", "جرى",
    "أعلن", "أعلنت", "أعلنوا", "إعلان", "الإعلان", "أقر", "أقرت", "وافق", "وافقت", "وافقوا", "قبلت",
    "وساطة", "بوساطة", "الوساطة"))
# the names of deals made years ago that analyses recall ("اتفاق أوسلو"، "اتفاقية كامب ديفيد"، "اتفاق الطائف"): the
# deal noun right before one of them names that old deal, not one reached now (ACLED codes it on the day it was made)
_PAST_DEALS = frozenset(norm_key(w) for w in (
    "أوسلو", "اوسلو", "كامب", "الطائف", "دايتون", "مينسك", "سايكس", "وادي", "أبراهام", "ابراهام", "إبراهيم"))
_NAMED_DEAL = frozenset(norm_key(w) for w in (
    "التسوية", "تسوية", "المصالحة", "مصالحة", "الهدنة", "خفض", "آذار", "مارس", "أستانا", "سوتشي", "عمان", "فض",
    "وقف"))
# receiving or handing over ("تسلّم"، "تسليم") is a transfer of territory only when what changes hands is ground or a
# post on it (a base, positions, a town, a crossing, a headquarters) named within _HANDOVER_REACH tokens after the
# word: receiving a reply, a post in office, weapons, aid, an envelope or a notice is no transfer of territory
_HANDOVER_GROUND = tuple(norm_key(w) for w in (
    "قاعد", "قواعد", "موقع", "مواقع", "مدينة", "منطق", "مناطق", "معبر", "معابر", "مقرات", "حاجز", "حواجز", "نقطة",
    "نقاط", "مطار", "ميناء", "سيطرة", "أراض", "اراض", "قرية", "قرى", "بلدة", "ثكن", "مخيم", "أحياء", "احياء", "إقليم",
    "اقليم", "محافظة", "مراكز"))  # word starts, normalised
_HANDOVER_EXACT = frozenset(norm_key(w) for w in ("مقر", "مقره", "مقرها", "حي", "مدن", "مركز", "مركزا"))
_HANDOVER_REACH = 4
# the dead handed over, the object of a handover verb ("تسلّمت العائلة جثمانه", "سلّموا جثث القتلى"، "رفات"): the
# ground named after them is where they were buried or found, no territory changing hands
_BODY_STEMS = tuple(norm_key(w) for w in ("جثة", "جثت", "جثث", "جثمان", "جثامين", "رفات"))
_TRANSFER = "Non-violent transfer of territory"
# the object pronouns a handover verb may carry ("تسلّمتها"، "سلّموها"، "تسلّمه"): the ground is then named before the
# verb, within _PRONOUN_GROUND_REACH tokens ("انسحبت القوات من ثلاثة مواقع في محيط البلدة، وتسلّمتها الشرطة المحلية")
_OBJECT_SUFFIXES = frozenset(norm_key(w) for w in ("ها", "ه", "هم", "تها", "ته", "تهم", "وها", "وه", "وهم"))
_PRONOUN_GROUND_REACH = 10
# verbs of evacuating ("دخلت وحدات الجيش المدينة بعد أن أخلت قسد حواجزها"، "أخلى الفصيل مواقعه وتسلّمها الجيش"): a
# transfer of territory only where the sentence tells another side entering or taking over, and with the side's own
# military posts left (_POSTS_LEFT with a possessive pronoun, or its headquarters), not a town, a village, houses, an
# airport or a hospital emptied of people, nor a post evacuated for safety ("أخلت القوات الموقع تحسباً لضربة")
_EVACUATED = frozenset(norm_key(w) for w in ("أخلت", "أخلى", "أخلوا"))
_POSTS_LEFT = tuple(norm_key(w) for w in (
    "قاعد", "قواعد", "موقع", "مواقع", "مقرات", "حاجز", "حواجز", "نقطة", "نقاط", "ثكن"))
_OWN_SUFFIXES = tuple(norm_key(w) for w in ("ها", "ه", "هم", "تها", "ته", "تهم"))
_HQ_LEFT = frozenset(norm_key(w) for w in ("مقره", "مقرها", "مقرهم"))
# the agreement named by the relative clause "what was agreed upon" ("ما تمّ الاتفاق عليه"، "الشروط التي تمّ الاتفاق
# عليها"، "نفّذت ما تمّ الاتفاق عليه"): "على" with a pronoun right after the verb points back at a matter named before,
# a deal made earlier and now carried out, kept, broken or recalled, not one concluded in the sentence
_AGREED_UPON = frozenset(norm_key(w) for w in ("عليه", "عليها", "عليهما", "عليهم"))
# a detention in force named by what befalls it ("استمرار الاعتقال السياسي"، "إنهاء اعتقاله الإداري"، "تمديد
# اعتقاله"): the prisoner is held already, ACLED codes the arrest on the day it is made, not its continuation or end
_HELD = frozenset(norm_key(w) for w in (
    "استمرار", "إنهاء", "انهاء", "تمديد", "انتهاء", "مواصلة", "بإنهاء", "لإنهاء", "باستمرار"))
_SEEK_REACH = 3  # tokens before the agreement (or the verbal noun of concluding it) that may name the seeking
# the verbs of appeal and call whose object, a verbal noun of renewing or concluding a deal, may stand after the one
# appealed to and the day ("ناشد المسؤول روسيا، اليوم السبت، تجديد اتفاق"، "داعياً إلى وقف العدوان والتوصّل إلى
# هدنة"): a deal asked for, within _CALL_REACH tokens before the agreement
_CALL = frozenset(norm_key(w) for w in (
    "ناشد", "ناشدت", "ناشدوا", "يناشد", "تناشد", "دعا", "دعت", "دعوا", "يدعو", "تدعو", "داعيا", "داعية", "داعين",
    "حث", "حثت", "يحث", "تحث"))
_CALL_REACH = 10
# talks and discussion named right before the deal they are about ("استئناف التفاوض على صفقة تبادل"، "قبل البحث في
# تبادل الأسرى"، "ضمن مباحثات التوصّل إلى اتفاق سلام"): a deal talked about, not made, unless the talks are told as
# what the deal followed or yielded ("في ختام المباحثات تمّ الاتفاق"، "أسفرت المحادثات عن اتفاق")
_TALK = frozenset(norm_key(w) for w in (
    "التفاوض", "تفاوض", "للتفاوض", "محادثات", "المحادثات", "مباحثات", "المباحثات", "البحث", "مناقشة", "ناقش",
    "ناقشت", "ناقشها", "ناقشه", "يناقش", "تناقش"))
_TALK_DONE = frozenset(norm_key(w) for w in ("ختام", "نهاية", "اختتام", "أعقاب", "عقب", "بعد", "إثر", "اثر"))
_YIELD = ("اسفر", "افض", "اثمر", "نتج", "تمخض", "توصل", "خلص", "انتهت", "انتهي")
_YIELD_EXACT = frozenset(norm_key(w) for w in ("تم", "تمّ", "جرى"))
# an agreement word joined by "و" to an agreement word before it ("الوقت حان لإبرام اتفاق لوقف إطلاق النار في قطاع
# غزة وتبادل الأسرى"): the same deal, sought when that one is, within _JOINED_REACH tokens
_JOINED_REACH = 6
# the matter reached by a verb of reaching that is no deal: a conclusion, a finding ("توصّل السعوديون إلى استنتاج")
# or what was reached named before ("ما توصّلت إليه الباحثة"، "الاتفاقات التي تمّ التوصّل إليها")
_FINDINGS = frozenset(norm_key(w) for w in (
    "استنتاج", "الاستنتاج", "استنتاجات", "نتيجة", "النتيجة", "نتائج", "قناعة", "القناعة", "خلاصة", "الخلاصة"))
_REACHED_BACK = frozenset(norm_key(w) for w in ("إليه", "إليها", "إليهما", "إليهم", "اليه", "اليها"))
_TO_DEAL = frozenset(norm_key(w) for w in ("إلى", "الى", "ل"))  # "التوصّل إلى اتفاق", "… لـ اتفاق"
_BACK_REACH = 3  # tokens before the verb where the deal it points back at may be named ("الاتفاق الذي")
_FINDING_REACH = 4  # tokens after the verb (its subject may stand between) to the "إلى" of its object
_DEMAND_REACH = 20  # tokens from a demand verb to its "ب" object


def _deal_word(v: str) -> tuple[str, str]:
    """(the preposition "ب" or "ل" prefixed to the word or '', the word without conjunction, preposition and
    article), in the normalised spelling."""
    v = strip_conj(v)
    pre = ""
    if v.startswith("لل") and len(v) > 4:
        pre, v = "ل", v[2:]
    elif v[:1] in ("ب", "ل") and len(v) > 3 and (v[1:] in _CONCLUDE or v[1:3] == "ال"):
        pre, v = v[0], v[1:]
    if v.startswith("ال") and len(v) > 4:
        v = v[2:]
    return pre, v


_CONCLUDE_BARE = frozenset(_deal_word(w)[1] for w in _CONCLUDE)


def _sought(ctx: SentenceContext, ti: int) -> bool:
    """The agreement whose trigger opens at token ``ti`` is sought, asked for, hoped for or hindered (_SEEK,
    _SEEK_NEXT, _DEMAND), or the aim of a verbal noun of concluding with the "ل" of purpose (_CONCLUDE), or the
    matter of such an agreement right before it: not reached."""
    s0 = ctx.i0
    vals = ctx.token_values
    for m in ctx.triggers:  # "… للتوصّل إلى اتفاق لوقف إطلاق النار": the ceasefire is that agreement's matter
        k = ctx.tok(m.start)
        if k < ti and ti - 2 <= ctx.tok(max(m.end - 1, m.start)) < ti \
                and _trig(m).trigger.sub_event_type == "Agreement":
            if _trig(m).trigger.key in _TALKS and not (
                    k > s0 and strip_conj(vals[k - 1]) in _AFTER_TALKS):
                return True  # "مفاوضات وقف إطلاق النار وتبادل الأسرى": the matter of talks, no deal reached
            return _sought(ctx, k)
    # "… اتفاق لوقف إطلاق النار في غزة وتبادل الأسرى", "… هدنة إنسانية في قطاع غزة، لتبادل الأسرى"
    if (vals[ti] != strip_conj(vals[ti]) and vals[ti][:1] == "و") or (vals[ti][:1] == "ل" and len(vals[ti]) > 3):
        prev = max((m for m in ctx.triggers if _trig(m).trigger.sub_event_type == "Agreement"
                    and s0 <= ctx.tok(m.start) and ctx.tok(max(m.end - 1, m.start)) < ti), key=lambda m: m.end,
                   default=None)
        if prev is not None and ti - ctx.tok(max(prev.end - 1, prev.start)) <= _JOINED_REACH \
                and "verb" not in _trig(prev).flags and _sought(ctx, ctx.tok(prev.start)):
            return True
    pre, word = _deal_word(vals[ti])
    j = ti - 1
    if word not in _CONCLUDE_BARE and j - 1 >= s0 and vals[j] in _TO_DEAL \
            and _deal_word(vals[j - 1])[1] in _CONCLUDE_BARE:
        j -= 1  # "اقتراب القاهرة من التوصّل إلى هدنة": the verbal noun of concluding before its "إلى"
    if word not in _CONCLUDE_BARE and j > s0 and strip_conj(vals[j]) in _DEAL_NOUNS:
        j -= 1  # "بإبرام صفقة لتبادل الأسرى": the deal noun between the verbal noun and the exchange
    if word not in _CONCLUDE_BARE and j >= s0:
        pre_j, word_j = _deal_word(vals[j])
        if word_j in _CONCLUDE_BARE:
            pre, word = pre_j, word_j
            j -= 1
        elif vals[j] in ("ب", "ل"):  # "بـ"صفقة تبادل""
            pre = vals[j]
            j -= 1
    if word in _CONCLUDE_BARE and pre == "ل":
        return True  # "للتوصل إلى اتفاق", "لإبرام صفقة": the aim
    for k in range(j, max(j - _SEEK_REACH, s0 - 1), -1):
        v = strip_conj(vals[k])
        if v in _SEEK or _deal_word(v)[1] in _SEEK or (v[:1] in ("ب", "ل") and v[1:] in _SEEK):
            return True
    for k in range(j, max(j - _SEEK_REACH, s0 - 1), -1):
        if strip_conj(vals[k]) in _TALK:  # "استئناف التفاوض على صفقة"
            done = k > s0 and strip_conj(vals[k - 1]) in _TALK_DONE
            if not done and not any(strip_conj(v).startswith(_YIELD) or strip_conj(v) in _YIELD_EXACT
                                    for v in vals[k + 1:j + 1]):
                return True
            break
    if any(strip_conj(v) in _CALL for v in vals[max(s0, j - _CALL_REACH + 1):j + 1]):
        return True  # "ناشد المسؤول روسيا، اليوم السبت، تجديد اتفاق الحبوب"
    k = j
    while k > s0 and vals[k] in _SEEK_LINKS:
        k -= 1
    # the demand's "ب" object, or a verbal noun of concluding joined by "و" to it ("تطالب بإطاحة …، وإبرام صفقة")
    joined = word in _CONCLUDE_BARE and j + 1 < len(vals) and vals[j + 1][:1] == "و" and pre == ""
    return (k >= s0 and strip_conj(vals[k]) in _SEEK_NEXT) or (  # "أمام التوصّل", "إلا من خلال صفقة"
        (pre == "ب" or joined) and any(_demand_word(v) for v in vals[max(s0, j - _DEMAND_REACH):j + 1]))


def _standing_mentions(ctx: SentenceContext) -> int:
    """How many agreements in force the sentence names by what befalls them (see :func:`_standing`)."""
    return sum(1 for m in ctx.triggers if _trig(m).trigger.sub_event_type == "Agreement"
               and "verb" not in _trig(m).flags and _standing(ctx, ctx.tok(m.start)))


def _demand_word(v: str) -> bool:
    """A demand verb or its noun, also with the "ل" of purpose ("تظاهرات لمطالبة الحكومة بإبرام صفقة")."""
    v = strip_conj(v)
    return v in _DEMAND or (v[:1] == "ل" and v[1:] in _DEMAND)


def _deal_as_time(ctx: SentenceContext, ti: int) -> bool:
    """The deal noun at token ``ti`` follows a word of time or basis and is definite or named (see _DEAL_AS_TIME)."""
    vals = ctx.token_values
    if ti <= ctx.i0 or strip_conj(vals[ti - 1]) not in _DEAL_AS_TIME:
        return False
    if _deal_word(vals[ti])[1] in _CONCLUDE_BARE:
        return False  # "بعد التوصّل إلى اتفاق": the deal reached, told as what came first
    nxt = vals[ti + 1] if ti + 1 < len(vals) else ""
    if nxt in _NAMED_DEAL or nxt[:1].isdigit():
        return True
    if strip_conj(vals[ti - 1]) in _DEAL_BASIS:  # "بموجب الاتفاق النووي", not the bare "وفق الاتفاق"
        return strip_conj(vals[ti]).startswith("ال") and nxt.startswith("ال")
    return strip_conj(vals[ti]).startswith("ال") or (
        strip_conj(vals[ti - 1]) in _DEAL_CARRIED and strip_conj(vals[ti]).startswith("لل"))


def _standing(ctx: SentenceContext, ti: int) -> bool:
    """The agreement whose trigger opens at token ``ti`` is one in force, named by what befalls it: its expiry,
    breach or terms ("تنقضي مهلة اتفاق وقف إطلاق النار", "خرق الهدنة", "بنود الاتفاق"), not a deal made now."""
    s0 = ctx.i0
    vals = ctx.token_values
    if _deal_as_time(ctx, ti) or (ti - 1 > s0 and strip_conj(vals[ti - 1]) in _DEAL_NOUNS
                                  and _deal_as_time(ctx, ti - 1)):
        return True  # "بعد اتفاق التسوية" (also its "التسوية"), "منذ الاتفاق", "بموجب اتفاق آذار": a deal known
    if ti - 1 > s0 and strip_conj(vals[ti - 1]) in _IT_IS and any(
            _trig(o).trigger.sub_event_type == "Agreement" and s0 <= ctx.tok(o.start) < ti - 1
            and _deal_as_time(ctx, ctx.tok(o.start)) for o in ctx.triggers):
        return True  # "… بموجب اتفاق التسوية، وهو اتفاق لم يُنهِ …": that known deal described
    first = ti - 2 if ti - 1 > s0 and _deal_head(vals[ti - 1]) else ti - 1  # (past the deal's head noun)
    for k in range(first, max(first - _STANDING_REACH, s0 - 1), -1):
        v = strip_conj(vals[k])
        if _deal_word(v)[1] in _STANDING or (v[:1] in ("ب", "ل") and v[1:] in _STANDING):
            return True  # also "اتهمت الجيش بانتهاك اتفاق هدنة"
    return False


def _deal_head(v: str) -> bool:
    """The token ``v`` is the head noun of a deal's name (_DEAL_HEADS), with a conjunction, a preposition or the
    article ("لاتفاقية", "بالاتفاق")."""
    w = strip_conj(v)
    if w in _DEAL_HEADS:
        return True
    return any(w.startswith(p) and w[len(p):] in _DEAL_HEADS for p in _DEAL_HEAD_PREFIXES)


def _deal_of_year(ctx: SentenceContext, m: Match) -> bool:
    """The agreement ``m`` is named by the year it was made, right after it (see _YEAR_OF_DEAL), and no word of
    signing or concluding stands in the sentence: an old deal named, not one reached now."""
    vals = ctx.token_values
    s0, s1 = ctx.i0, ctx.i1
    te = ctx.tok(max(m.end - 1, m.start))
    for k in range(te + 1, min(te + 1 + _YEAR_OF_DEAL_REACH, s1)):
        if strip_conj(vals[k]) in _YEAR_OF_DEAL and _YEAR_NUMBER.fullmatch(vals[k + 1]):
            return not any(_deal_word(v)[1] in _CONCLUDE_BARE or strip_conj(v) in _SIGNED
                           for v in vals[s0:s1 + 1])
    return False


def _joined_deal(ctx: SentenceContext, ti: int) -> bool:
    """The deal at token ``ti`` is named (the article or a name after it) and joined ("انضمّ إلى اتفاق التسوية",
    "المنضمّين لاتفاق التسوية"), see _JOIN_DEAL."""
    s0 = ctx.i0
    vals = ctx.token_values
    k = ti - 1
    if k > s0 and strip_conj(vals[k]) in _JOIN_PREPS:
        k -= 1
    if k < s0 or strip_conj(vals[k]) not in _JOIN_DEAL:
        return False
    nxt = vals[ti + 1] if ti + 1 < len(vals) else ""
    w = strip_conj(vals[ti])
    return w.startswith(("ال", "لل")) or nxt in _NAMED_DEAL


def _known_deal(ctx: SentenceContext, m: Match) -> bool:
    """The agreement ``m`` is the bare deal noun named by the article or a demonstrative ("جاء الاتفاق …"، "عن هذا
    الاتفاق"), and no agreement verb, verbal noun of concluding (_CONCLUDE) or verb of signing, reaching or
    announcing (_SIGNED) stands in the sentence: the known deal talked about (see _THIS_DEAL)."""
    s0, s1 = ctx.i0, ctx.i1
    ti = ctx.tok(m.start)
    vals = ctx.token_values
    w = strip_conj(vals[ti])
    if _trig(m).trigger.key not in _DEAL_BARE or ctx.tok(max(m.end - 1, m.start)) != ti:
        return False
    if not (w.startswith("ال") or (ti > s0 and strip_conj(vals[ti - 1]) in _THIS_DEAL)):
        return False
    if any(o is not m and _trig(o).trigger.sub_event_type == "Agreement" and "verb" in _trig(o).flags
           for o in ctx.triggers):
        return False
    return not any(_deal_word(v)[1] in _CONCLUDE_BARE or strip_conj(v) in _SIGNED for v in vals[s0:s1 + 1])


def _past_deal(ctx: SentenceContext, ti: int) -> bool:
    """The deal noun at token ``ti`` names a deal of years ago by its name (_PAST_DEALS: "عبر اتفاق أوسلو"، "منذ
    اتفاقية كامب ديفيد") and no word of signing or concluding stands in the sentence ("في أيلول 1993 وقّعت المنظمة
    اتفاق أوسلو" tells that deal made, a historical event): the old deal talked about, not one reached now."""
    vals = ctx.token_values
    nxt = vals[ti + 1] if ti + 1 < len(vals) else ""
    if _deal_word(vals[ti])[1] not in _DEAL_BARE or nxt not in _PAST_DEALS:
        return False
    s0, s1 = ctx.i0, ctx.i1
    return not any(_deal_word(v)[1] in _CONCLUDE_BARE or strip_conj(v) in _SIGNED for v in vals[s0:s1 + 1])


def _ground_word(v: str, evacuated: bool = False) -> bool:
    """The token ``v`` names ground or a post that can change hands (_HANDOVER_GROUND, _HANDOVER_EXACT); with
    ``evacuated``, only a military post (_POSTS_LEFT: an evacuated town or village is civilians moved out)."""
    w = strip_conj(v)
    for pre in ("لل", "ال", "ل", "ب"):
        if w.startswith(pre) and len(w) > len(pre) + 2:
            w = w[len(pre):]
            break
    if evacuated:
        return (w.startswith(_POSTS_LEFT) and w.endswith(_OWN_SUFFIXES)) or w in _HQ_LEFT
    return w in _HANDOVER_EXACT or w.startswith(_HANDOVER_GROUND)


def _object_pronoun(ctx: SentenceContext, m: Match) -> bool:
    """The handover verb ``m`` carries its object as a pronoun ("تسلّمتها"، "سلّموها"): what changed hands is named
    before it."""
    tok = ctx.token_spans[ctx.tok(m.start)]
    rest = norm_key(ctx.nt.original[m.end:tok.end])
    return "verb" in _trig(m).flags and rest in _OBJECT_SUFFIXES


def _no_ground(ctx: SentenceContext, m: Match) -> bool:
    """The handover word ``m`` names no ground or post changing hands within _HANDOVER_REACH tokens after it; the
    subject and the time told between the verb and its object ("سلّمت قوات سوريا الديمقراطية، أمس الجمعة، مواقعها
    في …") do not count.  A verb with an object pronoun ("انسحبت القوات من ثلاثة مواقع وتسلّمتها الشرطة") takes the
    ground named before it in the sentence; a verb of evacuating ("أخلت قسد حواجزها") takes only a military post."""
    evacuated = _trig(m).trigger.key in _EVACUATED
    if evacuated and not any(o is not m and ("movement" in _trig(o).flags or (
            _trig(o).trigger.sub_event_type == _TRANSFER and _trig(o).trigger.key not in _EVACUATED))
            for o in ctx.triggers):
        return True  # posts left with no side taking them over in the sentence: a withdrawal at most, no handover
    if _object_pronoun(ctx, m):
        i0, ti = ctx.i0, ctx.tok(m.start)
        return not any(_ground_word(v, evacuated) for v in ctx.token_values[max(i0, ti - _PRONOUN_GROUND_REACH):ti])
    nxt = ctx.tok(max(m.end - 1, m.start)) + 1
    between = [sp for sp, _e in ctx.actors if sp.start >= m.end] + [sp for sp in ctx.times if sp.start >= m.end]
    vals = [v for j, v in enumerate(ctx.token_values[nxt:], nxt)
            if not any(sp.start <= ctx.token_starts[j] < sp.end for sp in between)]
    if vals and strip_conj(vals[0]).startswith(_BODY_STEMS):
        return True  # a body handed over ("تسلّم ذووه جثته صباح اليوم ودُفن في المخيم"): no ground changes hands
    return not any(_ground_word(v, evacuated) for v in vals[:_HANDOVER_REACH])


def _in_concert(ctx: SentenceContext, m: Match) -> bool:
    """The agreement noun ``m`` is "بالاتفاق مع" ("in concert with"): the manner of another act, no deal told."""
    ti = ctx.tok(m.start)
    nxt = ctx.tok(max(m.end - 1, m.start)) + 1
    return "verb" not in _trig(m).flags and _deal_word(ctx.token_values[ti])[0] == "ب" \
        and strip_conj(ctx.token_values[ti]).startswith("بال") \
        and nxt < len(ctx.token_values) and strip_conj(ctx.token_values[nxt]) == norm_key("مع")


def _agreed_upon(ctx: SentenceContext, m: Match) -> bool:
    """The agreement trigger ``m`` is the verb of the relative clause "what was agreed upon" (see _AGREED_UPON)."""
    nxt = ctx.tok(max(m.end - 1, m.start)) + 1
    return nxt < len(ctx.token_values) and strip_conj(ctx.token_values[nxt]) in _AGREED_UPON


def _finding(ctx: SentenceContext, m: Match) -> bool:
    """The verb of reaching ``m`` reaches a conclusion or a finding, or what it reached is named before (see
    _FINDINGS, _REACHED_BACK)."""
    if "verb" not in _trig(m).flags or not _deal_word(ctx.token_values[ctx.tok(m.start)])[1].startswith("توصل"):
        return False
    nxt = ctx.tok(max(m.end - 1, m.start)) + 1
    vals = ctx.token_values
    if nxt < len(vals) and strip_conj(vals[nxt]) in _REACHED_BACK:  # not "الاتفاق الذي توصّلت إليه إيران …"
        ti = ctx.tok(m.start)
        return not any(_trig(o).trigger.sub_event_type == "Agreement" and o is not m
                       and ti - _BACK_REACH <= ctx.tok(o.start) < ti for o in ctx.triggers)
    s1 = min(len(vals), ctx.i1 + 1)
    for k in range(nxt, min(nxt + _FINDING_REACH, s1)):
        v = strip_conj(vals[k])
        if v in _TO_DEAL and k + 1 < s1:
            return strip_conj(vals[k + 1]) in _FINDINGS
        if v[:1] == "ل" and (v[1:] in _FINDINGS or "ا" + v[1:] in _FINDINGS):  # "لاستنتاج", "للنتيجة"
            return True
    return False


# tokens from an agreement word to the next one that names the deal ("توصّلت … إلى تسوية مالية"); from a verb of
# reaching its subject and time may stand between ("توصّل الرئيس ورئيس المجلس، أمس السبت، إلى اتفاق")
_ECONOMY_CHAIN = 6
_ECONOMY_CHAIN_VERB = 15
# a trigger that itself names the matter of a conflict deal (a truce, a ceasefire, an exchange of prisoners): only a
# cue right after it makes it economic ("هدنة تجارية"); further on the cue names a second matter of the same deal
# ("اتفاق لوقف إطلاق النار وتعزيز التنسيق", "تبادل الأسرى وتعزيز التعاون")
_CONFLICT_MATTER = frozenset(norm_key(w) for w in (
    "هدنة", "وقف إطلاق النار", "تبادل أسرى", "تبادل الأسرى", "صفقة تبادل", "تبادل المحتجزين",
    "اتفاق وقف إطلاق النار", "اتفاق هدنة"))
_CONFLICT_MATTER_REACH = 1


def _economic(ctx: SentenceContext, m: Match) -> bool:
    """The agreement's matter, named within the cue's window after the agreement word, is money, trade or the
    economy (cue kind ``economy``: "اتفاق لرفع سقف الدين", "اتفاقية التجارة", "تسوية مالية"): ACLED codes no such
    deal.  A verb of reaching passes it on from the deal word it reaches ("توصّلت الشركة إلى تسوية مالية"); another
    agreement word before the cue that is not economic keeps it ("اتفاق لوقف إطلاق النار وتعزيز التجارة"), and so
    does a truce, a ceasefire or an exchange named by the trigger itself unless the cue follows it at once (see
    _CONFLICT_MATTER).  Cooperation and contacts are no conflict deal either ("اتفقا على تعزيز الشراكة الدفاعية")."""
    te = ctx.tok(max(m.end - 1, m.start))
    nxt = min((o for o in ctx.triggers if o.start >= m.end and _trig(o).trigger.sub_event_type == "Agreement"),
              key=lambda o: o.start, default=None)
    matter = _trig(m).trigger.key in _CONFLICT_MATTER
    for c in ctx.cues:
        window = min(_cue(c).window, _CONFLICT_MATTER_REACH) if matter else _cue(c).window
        if _cue(c).kind == "economy" and c.start >= m.end and ctx.tok(c.start) - te <= window \
                and (nxt is None or c.start < nxt.start):
            return True
    reach = _ECONOMY_CHAIN_VERB if "verb" in _trig(m).flags else _ECONOMY_CHAIN
    return nxt is not None and ctx.tok(nxt.start) - te <= reach and _economic(ctx, nxt)


_WITHDRAW = "withdraw"
# sites named by the test they hold ("أماكن … اختبار المسيرات", "مراكز تطوير واختبار الصواريخ"): a target, not a test
_TEST_SITES = frozenset(norm_key(w) for w in (
    "أماكن", "الأماكن", "مواقع", "المواقع", "منشآت", "المنشآت", "مراكز", "المراكز", "مصانع", "المصانع", "ورش",
    "مستودعات", "المستودعات", "منشأة", "المنشأة", "مركز", "المركز", "مصنع", "المصنع"))
_TEST_SITE_REACH = 5
# "الهجوم المضاد", "الهجوم الأوكراني المضاد": the counteroffensive, a campaign of months named as the matter of the
# news (its failure, its pace, its start), not one attack; an indefinite one ("شنّ هجوماً مضاداً") is an act
_COUNTER = frozenset(norm_key(w) for w in ("المضاد", "المضادة"))
_COUNTER_REACH = 2
_COUNTER_NOUNS = frozenset(norm_key(w) for w in ("هجوم", "هجوما"))  # not "الصواريخ المضادة للدروع", a weapon
_DEFINITE = ("ال", "لل", "بال", "كال")


def _counteroffensive(ctx: SentenceContext, m: Match) -> bool:
    """The attack noun is the definite counteroffensive (see _COUNTER): a campaign, not an act."""
    if "verb" in _trig(m).flags or _trig(m).trigger.key not in _COUNTER_NOUNS:
        return False
    ti, te = ctx.tok(m.start), ctx.tok(m.end - 1)
    if not strip_conj(ctx.token_values[ti]).startswith(_DEFINITE):
        return False
    s1 = ctx.i1
    return any(v in _COUNTER for v in ctx.token_values[te + 1:min(te + 1 + _COUNTER_REACH, s1 + 1)])


# the launch a test is of ("أجرت تجارب على إطلاق 37 صاروخاً", "التجارب التي أجرتها على إطلاق صواريخ"): the weapon
# right after that launch noun is the one tested, however far the test word stands before it
_TESTED_LAUNCH = frozenset(norm_key(w) for w in ("إطلاق", "لإطلاق", "الإطلاق"))
_TESTED_LAUNCH_REACH = 8  # tokens from the test word to the launch noun
_TESTED_WEAPON_REACH = 2  # tokens from the launch noun to the weapon word ("إطلاق 37 صاروخاً")


def _tested_launch(ctx: SentenceContext, c: Match, ti: int) -> bool:
    """A launch noun of :data:`_TESTED_LAUNCH` stands after the test cue ``c``, at or just before the weapon word at
    token ``ti``, with no clause break between the cue and the weapon."""
    ce = ctx.tok(c.end - 1)
    if ti - ce > _TESTED_LAUNCH_REACH + _TESTED_WEAPON_REACH \
            or _CLAUSE_BREAK.search(ctx.nt.original, c.end, ctx.token_starts[ti]):
        return False
    return any(strip_conj(ctx.token_values[k]) in _TESTED_LAUNCH
               for k in range(max(ce + 1, ti - _TESTED_WEAPON_REACH), ti + 1))


def _overflight(ctx: SentenceContext, m: Match, c: Match, cue: Cue) -> bool:
    """A drone that only flies, hovers or circles overhead ("طائرة مسيّرة تحلق على علو منخفض", cue kind
    ``overflight`` within its window before or after the drone word), or that rides along with a patrol or a
    column ("بمشاركة عربات مدرعة وطائرات مسيرة": the drone word within the window after the ally cue "بمشاركة"):
    the weak drone noun (an Air/drone strike trigger that is no verb and weighs under 1) reports no strike when
    the sentence tells no toll and no other act of force."""
    t = _trig(m)
    if cue.kind not in ("overflight", "ally") or (cue.kind == "ally" and c.key not in _RIDE_ALONG) \
            or "verb" in t.flags or t.trigger.weight >= 1.0 or t.trigger.sub_event_type != "Air/drone strike":
        return False
    ti, ci = ctx.tok(m.start), ctx.tok(c.start)
    if c.end <= m.start:
        near = 0 < ti - ctx.tok(c.end - 1) <= max(cue.window, _OVERFLIGHT_REACH if cue.kind == "ally" else 0)
    else:
        near = cue.kind == "overflight" and c.start >= m.end and ci - ctx.tok(m.end - 1) <= cue.window
    if not near:
        return False
    return not any(o is not m and ("casualty" in _trig(o).flags or _trig(o).trigger.event_type in VIOLENT)
                   and not _linked_apart(ctx, ctx.tok(o.start), ti) for o in ctx.triggers)


def _linked_apart(ctx: SentenceContext, a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` stand in two clauses joined by a link of a second act ("فيما", "بينما", "في حين"):
    "أطلق الجنود النار على رعاة …، فيما حلّقت مسيّرات فوق القرى": the shots are no strike of the drones."""
    lo, hi = min(a, b), max(a, b)
    vals = ctx.token_values
    return any(_clause_link_at(vals, k, hi) for k in range(lo + 1, hi))


# the ally cue of taking part ("بمشاركة"), not of support ("بدعم من مسيّرة": a drone backing an attack strikes)
_RIDE_ALONG = frozenset({norm_key("بمشاركة")})
_OVERFLIGHT_REACH = 5  # tokens from "بمشاركة" to the drone word it lists ("بمشاركة عربات مدرعة وطائرات مسيرة")


# the cue kinds _not_an_act reads
_NOT_AN_ACT_KINDS = frozenset(("trial", "supply", "forum", "halt", "economy", "envoy", "ransom", "rebuke"))


def _not_an_act(ctx: SentenceContext, m: Match, c: Match, cue: Cue) -> str:
    """A weapon or a withdrawal named by a phrase that is no act of force (cue kinds ``trial``, ``supply``,
    ``forum``; '' when the cue does not bear on the trigger):

    - a weapon tested or unveiled ("تختبر صاروخين", "أطلقت صاروخاً في تجربة جديدة", "ستزيح الستار عن صاروخ"):
      the test word within its window before or after the weapon word;
    - weapons sent, sold or delivered ("صفقة قذائف مدفعية", "تزويد كييف بصواريخ"): a noun of a weapon after the
      word of supply in its sentence, another act noun within the window (not a verb of attack);
    - a withdrawal from a meeting, talks, a pact, a race or a government ("انسحاب المعارضة من الجلسة",
      "انسحبت من المعاهدة"): the forum within the window after the trigger, not a force leaving a place;
    - a verb of attacking whose subject right after it is an office holder ("هاجم الوزير …", "وهاجم رئيس الحزب
      …") or whose object is words and stands ("هاجم تصريحات …", "مواقف") within the window after it, in its
      clause, no side named between, and with no toll in the sentence: a rebuke, no fighting (cue kind
      ``rebuke``);
    - a protest word of demanding with a ransom after it, in its clause ("مطالبين بفدية مالية"): the kidnappers'
      demand, no protest (cue kind ``ransom``)."""
    if cue.kind not in _NOT_AN_ACT_KINDS:
        return ""  # (the cheap test first: no test below holds for another kind)
    t = _trig(m).trigger
    ti, ci = ctx.tok(m.start), ctx.tok(c.start)
    if cue.kind in ("trial", "supply") and t.event_type == "Explosions/Remote violence":
        if cue.kind == "trial" and ci > 0 and any(strip_conj(v) in _TEST_SITES for v in
                                                  ctx.token_values[max(ci - _TEST_SITE_REACH, 0):ci]):
            return ""  # "الأماكن التي يتم فيها تجميع واختبار القوارب المسيرة": the test site is a target
        if cue.kind == "supply":  # the weapon nouns after it are the weapons supplied, not an act told
            if not c.end <= m.start or "verb" in _trig(m).flags:
                return ""
            word = ctx.token_values[ti]
            far = any(st in word for st in _WEAPON_STEMS)  # "… ولكن هذه المرة قذائف بعيدة المدى"
            return cue.kind if far or ti - ctx.tok(c.end - 1) <= cue.window else ""
        if c.end <= m.start:
            near = ti - ctx.tok(c.end - 1) <= cue.window or (cue.kind == "trial" and _tested_launch(ctx, c, ti))
        else:
            near = c.start >= m.end and ci - ctx.tok(m.end - 1) <= cue.window
        return cue.kind if near else ""
    if cue.kind == "forum" and t.plover_mode == _WITHDRAW and c.start >= m.end \
            and ci - ctx.tok(m.end - 1) <= cue.window:
        return cue.kind
    if cue.kind in ("halt", "economy") and t.sub_event_type == "Arrests" and "verb" in _trig(m).flags \
            and strip_conj(ctx.token_values[ti]).startswith(_HALT_VERB) and c.start >= m.end \
            and 0 < ci - ctx.tok(m.end - 1) <= (cue.window if cue.kind == "halt" else _HALT_REACH) \
            and (cue.kind == "halt" or not c.key.endswith(_NISBA)) \
            and not _CLAUSE_BREAK.search(ctx.nt.original, m.end, c.start):
        return cue.kind  # "أوقفت مؤقتاً بعض برامج المساعدات", "أوقفت التنسيق الأمني": a thing stopped, no one held
    if cue.kind == "envoy" and t.event_type == "Protests" and "verb" not in _trig(m).flags \
            and strip_conj(ctx.token_values[ti]).startswith(_PROTEST_NOUN) \
            and (ci - ctx.tok(m.end - 1) if c.start >= m.end else ti - ctx.tok(c.end - 1)) <= cue.window \
            and not any(e.inter in _CROWD_INTER and not (sp.start < m.end and m.start < sp.end)
                        for sp, e in ctx.actors) \
            and not any(o is not m and _trig(o).trigger.event_type == "Protests" for o in ctx.triggers):
        return cue.kind  # "تستدعي سفيرة الدنمارك احتجاجاً", "مذكرة احتجاج": a state's protest to another, no crowd
    if cue.kind == "ransom" and t.event_type == "Protests" and c.start >= m.end \
            and 0 < ci - ctx.tok(m.end - 1) <= cue.window \
            and not _CLAUSE_BREAK.search(ctx.nt.original, m.end, c.start):
        return cue.kind  # "تواصلوا مع ذويه مطالبين بفدية مالية": the kidnappers' demand, no crowd
    if cue.kind == "rebuke" and t.event_type == "Battles" and "verb" in _trig(m).flags and c.start >= m.end \
            and 0 < ci - ctx.tok(m.end - 1) <= max(cue.window, 1) and not ctx.quantities \
            and not _CLAUSE_BREAK.search(ctx.nt.original, m.end, c.start) \
            and not any(m.end <= a.start < c.start for a, _ in ctx.actors):
        return cue.kind  # "هاجم الوزير … رئيس الحكومة", "هاجم تصريحات …": words against a person, no force
    return ""


# the verb of stopping that is an arrest when a person is stopped ("أوقفت الشرطة شخصين") and a suspension when its
# object is a thing or an activity (cue kind ``halt``: "أوقفت واشنطن مؤقتاً برامج المساعدات", "أوقفت التنسيق الأمني")
_HALT_VERB = norm_key("اوقف")
_HALT_REACH = 4  # tokens after the verb to an economic matter stopped (its subject may stand between)
# the endings of an adjective of relation ("تجاري", "الاقتصادية"): it describes a place or a thing ("أوقفته أمام مركز
# تجاري"), it names nothing stopped
_NISBA = ("ي", "يه", "ية")
# the noun "protest" itself ("احتجاجاً", "احتجاج"), which a state also lodges (cue kind ``envoy``: "استدعت السفير
# احتجاجاً على …", "مذكرة احتجاج", "احتجاجاً رسمياً"): with no crowd and no other protest word in its sentence, a
# diplomatic step, no demonstration
_PROTEST_NOUN = (norm_key("احتجاج"), norm_key("الاحتجاج"), norm_key("للاحتجاج"))


# how many tokens after the act's word its own day may stand ("وقفة احتجاجية يوم الأربعاء", "إضراباً عاماً الخميس")
_PLANNED_REACH = 3


def _planned_day(ctx: SentenceContext, m: Match) -> bool:
    """Whether the act's own day, right after its word in its clause, lies after the publication date: a coming
    day ("وقفة يوم الأربعاء المقبل", "برنامج للأسبوع المقبل يتضمن وقفة يوم الأربعاء"), the act is planned or
    called for, not reported."""
    if ctx.published is None:
        return False
    ti = ctx.tok(m.end - 1)
    for t in ctx.times:
        v = t.value
        if t.start < m.end or getattr(v, "granularity", None) != "day" or ctx.tok(t.start) - ti > _PLANNED_REACH:
            continue
        if any(ch in "،,." for ch in ctx.nt.original[m.end:t.start]):
            continue
        return bool(v.date > ctx.published)
    return False


# the word of an era before a fighting noun ("إبان المواجهات", "إبّان المعارك"): the time of another act, not a fight
_ERA_OF = frozenset(norm_key(w) for w in ("إبان", "ابان"))
# a relative clause of witnessing right before a fighting noun ("بلدة كفر زيتا، التي شهدت معارك عنيفة خلال …", "الذي
# كان قد شهد اشتباكات"): what the place went through, told of the place
_WITNESSED_BEFORE = re.compile(r"(?:^|[\s،,])[وف]?" + WITNESS_RELATIVE + r"\s+$")
_WITNESSED_REACH = 40  # characters before the fighting noun searched for the relative clause


def _fighting_as_setting(ctx: SentenceContext, m: Match) -> bool:
    """The fighting noun ``m`` (Battles, no verb, no casualty) names a place's past in a relative clause of witnessing
    (:data:`_WITNESSED_BEFORE`) or the era of another act after "إبان" (:data:`_ERA_OF`), while the sentence tells an
    act of another type ("قُتل متطوع بانفجار لغم في محيط بلدة، التي شهدت معارك عنيفة", "قصفت طائرات مبنى … إبان
    المواجهات"): that act keeps its own type; a sentence with no other act is left as it is."""
    te = _trig(m)
    if te.trigger.event_type != "Battles" or "verb" in te.flags or "casualty" in te.flags:
        return False
    if not any(o is not m and _trig(o).trigger.event_type in VIOLENT and _trig(o).trigger.event_type != "Battles"
               and "casualty" not in _trig(o).flags for o in ctx.triggers):
        return False
    ti, i0 = ctx.tok(m.start), ctx.i0
    if ti > i0 and strip_conj(ctx.token_values[ti - 1]) in _ERA_OF \
            and strip_conj(ctx.token_values[ti]) in _THE_FIGHTING:
        return True
    before = SHORT_VOWELS.sub("", ctx.nt.original[max(ctx.sentence.start, m.start - _WITNESSED_REACH):m.start])
    return _WITNESSED_BEFORE.search(before) is not None


# "على خلفية الهجوم", "وعلى خلفية الهجومين": the act named after these words is the cause of the sentence's own
# act (the raid, the arrests, the protest that followed it), told again or recalled, not a report of an act
_CAUSE_CUES = frozenset(norm_key(w) for w in ("خلفية",))
_CAUSE_ON = norm_key("على")  # (also the "على" of "أقدم … على", :func:`_undertaken`)


def _named_as_cause(ctx: SentenceContext, m: Match) -> bool:
    """The violent act noun ``m`` (definite, no verb) stands right after "على خلفية": named as a cause."""
    ti, i0 = ctx.tok(m.start), ctx.i0
    if "verb" in _trig(m).flags or ti - 2 < i0 or not ctx.token_values[ti].startswith("ال"):
        return False
    return ctx.token_values[ti - 1] in _CAUSE_CUES and strip_conj(ctx.token_values[ti - 2]) == _CAUSE_ON


# the act noun that only times another act of the sentence ("أطلقوا النار بعد دقائق من الانفجار على سيارة الإسعاف",
# "اقتحموا البلدة بعد ساعات على القصف"): "بعد" or "قبل", a span of time and "من" or "على" before the definite noun;
# the act it names was told on its own, and the act told by the sentence's verb keeps its own type
_TIMED_BY = frozenset(norm_key(w) for w in ("بعد", "قبل"))
_TIME_SPANS = frozenset(norm_key(w) for w in ("دقائق", "دقيقة", "دقيقتين", "لحظات", "قليل"))
_TIMED_PREPS = frozenset(norm_key(w) for w in ("من", "على"))


def _named_as_time(ctx: SentenceContext, m: Match) -> bool:
    """The violent act noun ``m`` (definite, no verb) only times an act of the same sentence, told by a verb or
    before it (see :data:`_TIMED_BY`)."""
    ti, i0 = ctx.tok(m.start), ctx.i0
    if "verb" in _trig(m).flags or ti - 3 < i0 or not ctx.token_values[ti].startswith("ال"):
        return False
    vals = ctx.token_values
    if not (vals[ti - 1] in _TIMED_PREPS and vals[ti - 2] in _TIME_SPANS and strip_conj(vals[ti - 3]) in _TIMED_BY):
        return False
    return any(o is not m and "verb" in _trig(o).flags and o.end <= m.start and "casualty" not in _trig(o).flags
               and _trig(o).trigger.event_type in VIOLENT and _trig(o).trigger.event_type != _trig(m).trigger.event_type
               for o in ctx.triggers)


# a verb of breaking the sound barrier and the barrier ("خرق الطيران الحربي جدار الصوت فوق …", "طائرات حربية تخترق
# جدار الصوت"): the aircraft named in that phrase fly over and boom, they strike nothing (no event, even when the
# boom breaks windows)
_SONIC = re.compile(r"(?<![\w])[وف]?(?:[تي]?خرق|[تي]?خترق|اخترق)\S*\s+(?:[^\s،,.؛;:]+\s+){0,4}?جدار\s+الصوت")
_SONIC_BEFORE = 30  # characters between an aircraft word and the verb after it ("طائرات حربية إسرائيلية تخرق …")


def _sonic_boom(ctx: SentenceContext, m: Match) -> bool:
    """The aircraft noun ``m`` (no verb) is the subject of breaking the sound barrier (:data:`_SONIC`)."""
    if "verb" in _trig(m).flags or _trig(m).trigger.plover_mode != "aerial":
        return False
    text = ctx.nt.original
    for sm in _SONIC.finditer(text, ctx.sentence.start, ctx.sentence.end):
        if sm.start() <= m.start < sm.end():
            return True
        if m.end <= sm.start() and sm.start() - m.end <= _SONIC_BEFORE \
                and not re.search(r"[،,.؛;:]", text[m.end:sm.start()]) \
                and not any(m.end <= o.start < sm.start() for o in ctx.triggers):
            return True  # no act of its own between ("شنت الطائرات غارة على X وخرقت جدار الصوت")
    return False


# the war's day counted by an ordinal ("في اليوم الثمانين للعدوان", "اليوم الرابع والعشرين للحرب على غزة", "في اليوم
# الـ 31 للعدوان"): the war word after it names the war whose day it is, never an act of the sentence
_WAR_DAY_UNITS = frozenset(norm_key(w) for w in ("اليوم", "الأسبوع", "الشهر"))
_WAR_DAY_REACH = 4  # tokens of the ordinal between the unit and the war word ("الحادي والعشرين", "الـ 169")


def _war_day(ctx: SentenceContext, m: Match) -> bool:
    """The violent act noun ``m`` (no verb) is a war word after "لـ" that an ordinal day, week or month precedes
    (:data:`_WAR_DAY_UNITS`): the war's count of days, the time of the sentence's news, not an act."""
    ti, i0 = ctx.tok(m.start), ctx.i0
    vals = ctx.token_values
    word = vals[ti]
    if "verb" in _trig(m).flags or not word.startswith("لل") or "ال" + word[2:] not in _WAR_NOUNS:
        return False
    for k in range(ti - 1, max(i0, ti - 1 - _WAR_DAY_REACH) - 1, -1):
        v = strip_conj(vals[k])
        if v in _WAR_DAY_UNITS:
            return k < ti - 1
        if not (v.startswith("ال") or v.isdigit() or v in ("عشر", "عشره")):
            return False  # "اليوم" + an ordinal only: definite words, digits, the "-teen" of "الثامن عشر"
    return False


# verbs of coinciding that open a sentence on the act told before ("وتزامن التفجير مع قصف مدفعي …", "وترافق الهجوم مع
# …"): the definite act noun after them recalls that act; the act of the sentence is the one after "مع"
_CONCURRENT_VERBS = frozenset(norm_key(w) for w in ("تزامن", "تزامنت", "ترافق", "ترافقت", "تواكب", "تواكبت"))
_WITH = norm_key("مع")


def _named_as_concurrent(ctx: SentenceContext, m: Match) -> bool:
    """The violent act noun ``m`` (definite, no verb) is the subject of a verb of coinciding that opens the sentence
    and "مع" follows it, before another violent act word: it recalls the act told before (see _CONCURRENT_VERBS)."""
    ti, i0 = ctx.tok(m.start), ctx.i0
    vals = ctx.token_values
    if "verb" in _trig(m).flags or ti - 1 < i0 or ti - 1 > i0 + 1 or not vals[ti].startswith("ال"):
        return False
    if strip_conj(vals[ti - 1]) not in _CONCURRENT_VERBS:
        return False
    k = ctx.tok(m.end - 1) + 1
    if k >= len(vals) or vals[k] != _WITH:
        return False
    at = ctx.token_spans[k].end
    return any(o.start >= at and "casualty" not in _trig(o).flags and _trig(o).trigger.event_type in VIOLENT
               for o in ctx.triggers)


# a store of arms or ammunition ("مستودع للذخيرة", "مخزن أسلحة"): a blast in it told by the bare word alone, with no
# weapon, strike, aircraft or fight named in its sentence ("دوي انفجار هزّ مستودعاً للذخيرة … دون أن تُعرف أسبابه",
# "وقع انفجار في مستودع ذخيرة داخل القاعدة"), is of unknown cause: ACLED codes no political violence unless a side
# or a weapon is named (at most a strategic development), so neither the blast nor its toll reports an act
_DEPOTS = frozenset(norm_key(w) for w in (
    "مستودع", "مستودعا", "المستودع", "مستودعات", "المستودعات", "مخزن", "مخزنا", "المخزن", "مخازن", "المخازن",
    # so is a factory ("انفجار كبير هزّ المدينة، وقع داخل مصنع عسكري"): an industrial blast unless a side is named
    "مصنع", "مصنعا", "المصنع", "مصانع", "المصانع", "معمل", "معملا", "المعمل"))


def _unexplained_blast(ctx: SentenceContext, m: Match) -> bool:
    """The bare blast word ``m``, or a toll beside one, is a blast in a depot with no cause named (see _DEPOTS), or
    one whose sentence names a mishap (cue kind ``mishap``: a gas leak, a short circuit, a technical fault)."""
    key = _trig(m).trigger.key
    if key not in _BARE_BLAST and "casualty" not in _trig(m).flags:
        return False
    acts = [o for o in ctx.triggers if "casualty" not in _trig(o).flags and not (
        _trig(o).trigger.key == _DETONATE and "verb" in _trig(o).flags and not _detonation(ctx, o))]
    if not acts or any(_trig(o).trigger.key not in _BARE_BLAST or _trig(o).trigger.event_type
                       != "Explosions/Remote violence" for o in acts):
        return False
    s0, s1 = ctx.i0, ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start)) + 1
    depot = any(strip_conj(v) in _DEPOTS or (v[:1] in ("ب", "ل") and strip_conj(v)[1:] in _DEPOTS)
                for v in ctx.token_values[s0:s1])
    mishap = any(_cue(c).kind == "mishap" for c in ctx.cues)  # "ناجم عن انفجار غازي", "بسبب ماس كهربائي"
    return (depot or mishap) and not _aircraft_agent(ctx)


# the anniversary words (cue kind embed): the act their phrase names, within a few words after them and in the
# same clause ("في الذكرى الثالثة لمجزرة …", "للذكرى السابعة للهجوم الكيماوي الذي استهدف المدينة"), is the one
# remembered, no act of the news (the article codes it where it tells it, with its own date); not the vigil or the
# march that marks it ("وأحيت المدينة الذكرى بوقفة …"), which is the news
# session 44 (iv31): so are the verbs of remembering ("أهالي القرية يستذكرون ضحايا هجوم داعش في ذكراه الثالثة",
# "استذكار مجزرة …"): the act they name is the one remembered, not one of the news
_ANNIVERSARY = frozenset(norm_key(w) for w in ("ذكرى", "الذكرى", "يستذكر", "يستذكرون", "تستذكر", "استذكر", "استذكرت",
                                               "استذكروا", "استذكار"))
_ANNIVERSARY_REACH = 6
# the participles of a side's verdict on an act told before ("واصفةً الضربات بأنها اعتداء"; cues.tsv, session 43):
# before a casualty word they describe the wounds ("واصفاً إصابة الشابين بالمتوسطة"), which keeps its act
_DESCRIBING = frozenset(norm_key(w) for w in ("واصفة", "واصفا", "واصفين"))


# a sentence (or a headline) that opens on the time passed since an earlier act, a week or more ("بعد شهرين على
# اشتباكات جرمانا.. هجوم على حاجز …", "وبعد أسابيع من الاحتجاجات، دعت الرئيسة …", "بعد نحو عام على الهجوم،
# …"): the act that phrase names, up to its clause's end, is that old, no act of the news (a sequel that dates it,
# "ويأتي ذلك بعد شهرين على …", is read by rasd.time.assign); not days ("بعد يومين من المعارك"), often the news still
_LAPSE_OPENING = re.compile(
    r"[\W\d]{0,3}[وف]?(?:بعد|عقب)\s+(?:مرور\s+)?(?:(?:نحو|حوالي|قرابة|زهاء|أكثر\s+من|اكثر\s+من)\s+)?"
    r"(?:(?:\d+|ثلاث|[أا]ربع|خمس|ست|سبع|ثماني?|تسع|عشر|بضع|عدة)[\u064b-\u0652ةه]*\s+)?"
    r"(?:[أا]سبوع|[أا]سبوعين|[أا]سابيع|شهر|شهرين|[أا]شهر|شهور|عام|عامين|[أا]عوام|سنة|سنتين|سنوات)[\u064b-\u0652]*"
    r"(?:\s+واحد[\u064b-\u0652]*)?\s+(?:من|على)\s[^،,.:؛]*")


# a sentence that opens on the act told before, named by its definite noun alone as the time its step came after,
# the noun's clause ending there ("وعقب الهجوم، استقدمت القوات تعزيزات …", "وعلى إثر الاشتباكات، فرضت قوى الأمن
# حظراً للتجول", "وبعد الهجوم مباشرة، بدأت عمليات تمشيط", "وعقب الهجومين، استقدمت قسد تعزيزات", "وفي أعقاب
# الاستهداف، …", "بعد هذه الغارة، …"): that noun only dates the step, it reports no act of its own (ACLED: one event
# per act, however often told); rasd.events.stage reads it too, for the steps told after a clash.  Also after a
# lapse of hours ("وعقب ساعات من الهجوم، اعتقلت القوات …") or of a few days where the sentence tells no act but a
# crowd's ("وبعد يوم من الغارات، شيّع الأهالي …"): the noun names the act told before, the sentence its sequel
_AFTER_ACT_OPENING = re.compile(
    r"[\W\d]{0,3}[وف]?(?:(?:على|في)\s+)?(?:عقب|[إا]ثر|بعد|[أا]عقاب)\s+"
    r"(?P<lapse>(?:(?:نحو|حوالي|قرابة)\s+)?(?:\d+\s+)?(?:ساعات|ساعة|ساعتين|يوم|يومين|[أا]يام|دقائق)[\u064b-\u0652]*"
    r"(?:\s+(?:واحد|قليلة)[\u064b-\u0652]*)?\s+(?:من|على)\s+)?(?:(?:هذا|هذه|هذين|هاتين|ذلك|تلك)\s+)?"
    r"ال[^\s،,.:؛]+(?:\s+(?:مباشرة|مباشرةً|بساعات|بقليل|بدقائق))?\s*[،,]")


# a lapse of days, not hours, in that opening (an act hours after the act told before is of that act's day)
_DAYS_LAPSE = re.compile(r"(?:\S+\s+){0,2}?(?:يوم|يومين|[أا]يام)")


def _opening_after_act(ctx: SentenceContext, m: Match) -> bool:
    """The trigger ``m`` is the act noun a sentence opens on as what its step came after (see
    :data:`_AFTER_ACT_OPENING`), and the sentence tells no harm after it (a toll told after it, "وعقب الاشتباكات
    انسحبت القوات، متحدثةً عن إصابة طفل", is still the act's, whose noun then adds to it). A violent act's noun is
    blocked whatever other act the sentence goes on to tell, a demonstration's only when no violent act follows; a
    violent act's word of harm or verb there only when the sentence goes on with another trigger of its own."""
    opening = _AFTER_ACT_OPENING.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
    if opening is None or m.start >= opening.end():
        return False
    te = _trig(m)
    later = [_trig(o) for o in ctx.triggers if o.start >= opening.end()]
    days = bool(opening.group("lapse")) and _DAYS_LAPSE.match(opening.group("lapse")) is not None
    if any("casualty" in t.flags for t in later) or (days and any(t.trigger.event_type not in DEMO for t in later)):
        return False  # (after days, "وبعد يومين من الهجوم، دهمت …", only a sentence of no act but a crowd's)
    own = "casualty" not in te.flags and "verb" not in te.flags
    if te.trigger.event_type in VIOLENT:
        return bool(later) or own
    return own and te.trigger.event_type in DEMO and not any(t.trigger.event_type in VIOLENT for t in later)


# "غداة" (the day after) and "عشية" (the eve), which date an act by another one named right after them
_MORROW_WORDS = frozenset(norm_key(w) for w in ("غداة", "عشية"))


def _after_morrow(ctx: SentenceContext, m: Match) -> bool:
    """The trigger ``m`` is the act noun right after "غداة" or "عشية" (its article glued to it)."""
    i = ctx.tok(m.start)
    return i > ctx.i0 and strip_conj(ctx.token_values[i - 1]) in _MORROW_WORDS


def _named_as_morrow(ctx: SentenceContext, m: Match) -> bool:
    """The trigger ``m`` names, right after "غداة" or "عشية", the act whose day dates another act the sentence tells
    by a trigger of its own ("وغداة التفجير، داهمت دورية منازل …", "أصيب عنصران بانفجار عبوة …، غداة هجوم شنّه
    مسلحون على حاجز في X"): that act is an earlier (or a later) one, told in its own sentence or only recalled here,
    not an act of the sentence's day (ACLED: one event per act, on its own day)."""
    return _after_morrow(ctx, m) and any(o.start != m.start and not _after_morrow(ctx, o) for o in ctx.triggers)


def _act_beside_toll(ctx: SentenceContext) -> bool:
    """The sentence names an act of violence besides its toll ("تشيّع ستة شهداء ارتقوا في عدوان الاحتلال على مخيم
    …", "ينسحب من جنين عقب عدوان واسع … ويشيعون شهداءهم"): the funeral's dead are that act's, which the toll
    reports, so the funeral cue leaves them be."""
    return any(_trig(t).trigger.event_type in VIOLENT and "casualty" not in _trig(t).flags for t in ctx.triggers)


def _protest_condemns(ctx: SentenceContext, m: Match) -> bool:
    """The sentence tells a protest before the act word ``m`` that a condemnation before it names ("ندّد المتظاهرون
    خلال الوقفة، التي دعت إليها …، بالعدوان على …", "شملت التظاهرات مدناً عدة، حيث استنكر المحتجون المجازر …"): the
    act the crowd condemns, however far from the verb, is the protest's cause told far from its place, no act there."""
    return any(_trig(t).trigger.event_type == "Protests" and t.start < m.start for t in ctx.triggers)


_UNDER = frozenset({norm_key("ظل")})
_AMID_SIDES_REACH = 8  # tokens after the act noun within which "بين" names its two sides


def _amid(ctx: SentenceContext, ti: int) -> bool:
    """The act noun at token ``ti`` is definite and governed by "في ظل" ("وفي ظل القصف، نزحت العائلات"), in a sentence
    that tells no toll: the act the article told before, named as the setting of another matter (not a fight whose
    two sides the clause names, "في ظل المعارك التي تشهدها العاصمة بين الجيش وقوات X": the fighting of the day, told
    there first)."""
    vals = ctx.token_values
    if ti - 2 < ctx.i0 or vals[ti - 1] not in _UNDER or vals[ti - 2] not in ("في", "وفي", "ففي") \
            or not _DEFINITE_WORD.match(vals[ti]):
        return False
    if any(v in _BETWEEN for v in vals[ti + 1:min(ctx.i1, ti + _AMID_SIDES_REACH) + 1]):
        return False
    return not any("casualty" in _trig(o).flags for o in ctx.triggers)


def _blocked(ctx: SentenceContext, m: Match, background: str = "") -> str:
    """Why a trigger does not report an event ('' when nothing blocks it); ``background``: what
    :func:`campaign` says of the sentence (it blocks the violent triggers)."""
    ti = ctx.tok(m.start)
    te = _trig(m)  # (read once: the entry and whether it is violent are asked of it some forty times)
    violent = te.trigger.event_type in VIOLENT
    casualty = "casualty" in te.flags
    if te.trigger.key in _CAMPAIGN_NOUNS and ctx.nt.original[m.end:m.end + 3].lstrip()[:1] in _QUOTES:
        return "named"  # the name of a war or an operation (معركة "…"), not a report of fighting
    if background and violent:
        return background
    if violent and _named_as_cause(ctx, m):
        return "cause"
    if violent and not casualty and "verb" not in te.flags and _amid(ctx, ti):
        return "setting"  # "وفي ظل القصف، نزحت مئات العائلات": the shelling told before, the setting of what follows
    if violent and _named_as_time(ctx, m):
        return "time"
    if violent and _compared_with(ctx, ti):
        return "compared"  # "أصعب كثيراً من العمليات التي خاضها الجيش في X": a yardstick, not the news
    if _fighting_as_setting(ctx, m):
        return "setting"  # "… بلدة X، التي شهدت معارك عنيفة", "قصفت طائرات … إبان المواجهات": a past or a time
    if _sonic_boom(ctx, m):
        return "overflight"  # "خرق الطيران الحربي جدار الصوت": a boom over the area, no strike
    if violent and _war_day(ctx, m):
        return "time"  # "في اليوم الثمانين للعدوان": the war's day, when the news is told
    if _opening_after_act(ctx, m):
        return "time"  # "وعقب الهجومين، استقدمت …": the act told before, the time of what follows
    if violent and _named_as_morrow(ctx, m):
        return "time"  # "وغداة التفجير، داهمت …", "…، غداة هجوم على حاجز …": another act, the day of the sentence's
    if te.trigger.event_type == "Strategic developments" and _DESCRIBED_PAST.search(
            ctx.nt.original, max(ctx.sentence.start, m.start - 16), m.start):
        return "standing"  # "اغتيال قيادي سابق، كان قد انضم إلى التسوية عام 2018": the person's past step, told of him
    if "verb" not in te.flags and "casualty" not in te.flags:
        sequel = _SEQUEL_OPENING.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
        if sequel is not None and m.start < sequel.end() and not any(
                0 <= ctx.tok(o.start) - ctx.tok(sequel.end() - 1) <= 2
                and _trig(o).trigger.event_type == te.trigger.event_type for o in ctx.triggers):
            # the sequel's subject ("وتأتي المظاهرات بعد يوم من اعتقال …", "وجاءت الاشتباكات بعد يومين من …"): the
            # news told before, named as what came after the act of another kind the sentence recalls (an act of
            # its own kind after it, "ويأتي هذا العدوان بعد أسبوعين من عدوان جوي …", is left to the recall rules)
            return "time"
    if violent and _named_as_concurrent(ctx, m):
        return "time"  # "وتزامن التفجير مع قصف مدفعي …": the blast told before, not the sentence's act
    if violent and _unexplained_blast(ctx, m):
        return "accident"  # "دوي انفجار هزّ مستودعاً للذخيرة دون أن تُعرف أسبابه": no side, no weapon
    if _counteroffensive(ctx, m):
        return "campaign"
    lapse = _LAPSE_OPENING.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
    if lapse is not None and m.start < lapse.end():
        return "earlier"  # "بعد شهرين على اشتباكات جرمانا.. هجوم على حاجز": the act the time has passed since
    if background in ("total", "since") and te.trigger.sub_event_type == "Arrests" and (
            background == "total" or _counts_arrests(ctx) or _mass_arrests(ctx) or _tally_opens(ctx)):
        return background  # a running count of the arrested ("ارتفعت حصيلة الاعتقالات منذ … إلى 7210")
    if background == "total" and _vague_object(ctx, m):
        return background  # "فكّكت عدداً منها خلال العام الماضي": many seized or held over a year, no one act
    if background == "since" and te.trigger.event_type == "Protests" and ti > ctx.i0 \
            and strip_conj(ctx.token_values[ti - 1]) in _GOES_ON:
        return background  # "وتتواصل الاحتجاجات … منذ أواخر شباط": a wave of protests since then, no one protest
    if te.trigger.sub_event_type == "Non-violent transfer of territory" and _no_ground(ctx, m):
        return "object"  # "تسلّمت الحركة ردّ الاحتلال", "تسلّم بلاده دبابات": no ground changes hands
    if te.trigger.sub_event_type == "Arrests" and "verb" not in te.flags \
            and ti > ctx.i0 and strip_conj(ctx.token_values[ti - 1]) in _HELD:
        return "standing"  # "استمرار الاعتقال السياسي", "إنهاء اعتقاله": a detention in force, not an arrest made
    if te.trigger.sub_event_type == "Arrests" and "verb" not in te.flags \
            and ti > ctx.i0 and strip_conj(ctx.token_values[ti - 1]) in _CASES \
            and ctx.token_values[ti].startswith(_DEFINITE):
        return "generic"  # session 29 (ar11): "تقريرها الخاص بتوثيق حالات الاعتقال": the kind of case, no arrest made
    if casualty and "verb" not in te.flags and _mourned(ctx, ti):
        return "mourned"
    if not casualty and violent and ti > ctx.i0:
        prev = strip_conj(ctx.token_values[ti - 1])
        if prev in _FRONTS or (prev in _AXES and ti - 2 >= ctx.i0
                               and strip_conj(ctx.token_values[ti - 2]) in _ALL_OF):
            return "generic"
        if te.trigger.key in _FIRE_NOUNS and prev in _BLAZE_BEFORE:
            return "blaze"  # "اشتعال النيران في المالكية": a fire burning, not gunfire
        if te.trigger.key in _FIRE_NOUNS and _blaze_after(ctx, ti) and not any(
                _trig(o).trigger.event_type in ("Protests", "Riots") for o in ctx.triggers):
            return "blaze"  # "أن النيران اشتعلت في خزانات الوقود", "النيران التي أشعلها المهاجمون": a fire burning
        if te.trigger.key in _FIRE_NOUNS and prev in _FIRE_SCOPE:
            return "generic"  # "تدخل المستوطنة على جدول نيرانها": a list of targets, not an act
        if prev in _DURING and strip_conj(ctx.token_values[ti]) in _THE_FIGHTING \
                and any(_trig(o).trigger.sub_event_type == _INTERCEPTION for o in ctx.triggers if o is not m):
            return "setting"  # "أسقطت سفينة حربية صاروخاً في أثناء القتال": the time of an interception, no clash
        if "missile" in te.flags and "verb" not in te.flags and any(
                _trig(o).trigger.sub_event_type == _INTERCEPTION and {"weapon_object", "present"} <= _trig(o).flags
                and o.end <= m.start and ti - ctx.tok(o.start) <= _DOWNED_OBJECT_REACH
                and not any(o.end <= t.start and t.end <= m.start for t in ctx.triggers)
                and not _CLAUSE_BREAK.search(ctx.nt.original[o.end:m.start]) for o in ctx.triggers):
            # "تُسقط سفينة حربية أميركية صاروخاً": an imperfect verb of downing, the missile stopped, no shelling of the
            # downer's (a past verb's interception takes its missile as the weapon named: "أسقطت الدفاعات صاروخاً")
            return "downed"
        skill = ctx.token_values[max(ti - 3, ctx.i0):ti]
        if any(strip_conj(v).startswith(_SKILL) for v in skill) and any(v in ("علي", "في") for v in skill):
            return "skill"
    if violent and "verb" not in te.flags:
        cause = _named_cause(ctx, ti, te.trigger.key)
        if cause:
            return cause
    if violent and "verb" in te.flags and not casualty \
            and _war_subject(ctx, ti):
        return "setting"
    if not casualty and violent and _into_the_air(ctx, m):
        return "warning"
    if _test_fire(ctx, m):
        return "trial"  # "أطلقت صاروخاً باتجاه البحر", "في ثالث تجربة خلال أسبوع": a test or a drill, not an attack
    if _set_alight(ctx, m):
        return "arson"  # "أضرمت مجموعة مسلحة النار في منزل": fire set to a thing, no shots fired
    if te.trigger.plover_mode == _WITHDRAW and _attackers_leave(ctx, m):
        return "flight"  # "انسحب المهاجمون باتجاه البادية": the end of their attack, no move of its own
    if te.trigger.plover_mode == "troops" and _on_arrival(ctx, ti):
        return "setting"  # "بعد وصول التعزيزات": the time of another act, no deployment told
    if te.trigger.sub_event_type == "Agreement":
        if te.trigger.key in _TALKS and not (
                ti > ctx.i0 and strip_conj(ctx.token_values[ti - 1]) in _AFTER_TALKS):
            return "talks"
        if "verb" not in te.flags and _sought(ctx, ti):
            return "sought"  # not a verb of reaching ("بوساطة مصرية توصّل الطرفان إلى …"): that tells the deal made
        if "verb" not in te.flags and (_standing(ctx, ti) or _joined_deal(ctx, ti) or _known_deal(ctx, m)
                                             or _past_deal(ctx, ti) or _deal_of_year(ctx, m)):
            return "standing"
        if _in_concert(ctx, m):
            return "manner"  # "أجرى محادثات … بالاتفاق مع الرئيس": done in concert with, no deal told
        if _agreed_upon(ctx, m):
            return "standing"  # "نفّذت ما تمّ الاتفاق عليه": the deal made before, pointed back at
        if _finding(ctx, m):
            return "finding"  # "توصّل السعوديون إلى استنتاج", "ما توصّلت إليه الباحثة": no deal reached now
        if _economic(ctx, m):
            return "economy"
    for c in ctx.cues:
        cue = _cue(c)
        if cue.kind == "denial" and c.end <= m.start:
            return "denial"  # what follows a denial ("نفت … أن تكون … قد شنت غارة")
        if cue.kind == "accident" and casualty and not (c.key == _INCIDENT_WORD
                                                         and _ANOTHER_INCIDENT.match(ctx.nt.original, c.end)):
            return "accident"
        why = _not_an_act(ctx, m, c, cue)
        if why:
            return why
        if _overflight(ctx, m, c, cue):
            return "overflight"  # "طائرة مسيّرة تحلق في أجواء المنطقة", "بمشاركة عربات وطائرات مسيرة": no strike
        if cue.kind == "funeral" and casualty and "verb" not in te.flags and c.end <= m.start \
                and ti - ctx.tok(c.start) <= cue.window and not _act_beside_toll(ctx):
            return "funeral"  # "شيّع أهالي البلدة أحد شهداء المقاومة": the dead of an act told elsewhere, no act here
        if cue.kind == "embed" and c.key in _ANNIVERSARY and c.end <= m.start \
                and violent \
                and ti - ctx.tok(c.start) <= _ANNIVERSARY_REACH \
                and not _CLAUSE_BREAK.search(ctx.nt.original, c.end, m.start):
            return "anniversary"  # "إحياءً للذكرى السابعة للهجوم الذي استهدف المدينة": an act of years ago, named
        if cue.kind == "embed" and c.key in _TOPIC_WORDS and c.end <= m.start \
                and te.trigger.sub_event_type == "Agreement" \
                and ctx.tok(m.start) - ctx.tok(c.start) <= cue.window:
            return "topic"  # "ملف صفقة التبادل", "بشأن تبادل الأسرى": the matter talked about, no deal reached
        if cue.kind == "capability" and not casualty and c.end <= m.start \
                and ti - ctx.tok(c.start) <= max(cue.window, 1) and not _ground_operation(ctx, c) \
                and (ti - ctx.tok(c.start) <= _DRILL_NEAR or _drill_told(ctx, c)):
            return "capability"  # "تمتلك صواريخ", "مناورات تحاكي هجوماً", "بيع قذائف": owned, rehearsed, sold
        if cue.kind in ("negation", "irrealis", "condemn") and c.end <= m.start:
            ci = ctx.tok(c.start)
            if ti - ci <= max(cue.window, 1) and not (cue.kind == "condemn" and _result_after(ctx, m)) \
                    and not (casualty and c.key in _DESCRIBING):
                return cue.kind
            if cue.kind == "condemn" and not casualty and violent \
                    and _protest_condemns(ctx, m) and not _result_after(ctx, m):
                return cue.kind
    if _planned_day(ctx, m):
        return "irrealis"  # "برنامج يتضمن وقفة احتجاجية يوم الأربعاء" (a coming Wednesday): a plan, no act yet
    return ""


# the doers of an act told before, named by what they did ("المهاجمون", "المنفذون", "الجناة", "الخاطفون"): their
# withdrawal ends that act (ACLED: one event), it moves no force of a side
_DOERS = frozenset(norm_key(w) for w in (
    "المهاجمون", "المهاجمين", "المنفذون", "المنفذين", "منفذو", "منفذي", "الجناة", "الخاطفون", "الخاطفين"))
_DOERS_REACH = 12  # tokens before the withdrawal word within which its doers are named


# a verb of setting alight ("أضرم المحتجون النار في …", "أضرمت مجموعة مسلحة النيران في منزل"): the fire word a few
# words after it is the fire set, not gunfire
_ALIGHT = frozenset(norm_key(w) for w in ("أضرم", "أضرمت", "أضرموا", "اضرم", "اضرمت", "اضرموا", "يضرم", "يضرمون"))
_FIRE_WORDS = frozenset(norm_key(w) for w in ("النار", "النيران", "نار", "نيران"))
_ALIGHT_REACH = 5  # tokens between the verb and the fire word (its subject: "مجموعة مسلحة", "المحتجون في العراق")


def _set_alight(ctx: SentenceContext, m: Match) -> bool:
    """The firing trigger ``m`` is the bare fire word after a verb of setting alight (:data:`_ALIGHT`)."""
    if _trig(m).trigger.plover_mode != "firearms":
        return False
    ti, lo = ctx.tok(m.start), ctx.i0
    vals = ctx.token_values
    if ctx.tok(m.end - 1) != ti or strip_conj(vals[ti]) not in _FIRE_WORDS:
        return False
    return any(strip_conj(vals[k]) in _ALIGHT for k in range(max(lo, ti - _ALIGHT_REACH), ti))


# "بعد وصول التعزيزات", "قبل وصول تعزيزات", "فور وصول التعزيزات": the arrival of reinforcements as the time of
# what the sentence tells (the attackers' flight, the end of a clash)
_ON_ARRIVAL = frozenset(norm_key(w) for w in ("بعد", "قبل", "مع", "عند", "لدى", "حتى", "فور", "إثر", "عقب"))
_ARRIVAL_NOUN = norm_key("وصول")


def _on_arrival(ctx: SentenceContext, ti: int) -> bool:
    """The reinforcement word at token ``ti`` follows "وصول" and a word of time ("بعد وصول التعزيزات")."""
    lo = ctx.i0
    vals = ctx.token_values
    return ti - 2 >= lo and vals[ti - 1] == _ARRIVAL_NOUN and strip_conj(vals[ti - 2]) in _ON_ARRIVAL


def _attackers_leave(ctx: SentenceContext, m: Match) -> bool:
    """The withdrawal word ``m`` has the doers of an attack as its subject, named a few words before it in its
    sentence ("وقال المصدر إن المهاجمين … وانسحبوا", "انسحب المهاجمون")."""
    ti, lo = ctx.tok(m.start), ctx.i0
    vals = ctx.token_values
    before = any(strip_conj(vals[k]) in _DOERS for k in range(max(lo, ti - _DOERS_REACH), ti))
    return before or (ti + 1 < len(vals) and strip_conj(vals[ti + 1]) in _DOERS)


# shots fired into the air ("أطلقت القوات النار في الهواء لتفريق الأهالي", "إطلاق الرصاص الحي في الهواء"): a warning,
# a dispersal or a celebration, no attack on anyone (ACLED codes the protest it breaks up "with intervention", and a
# wound or a death told beside it by its own casualty word)
_AIR = frozenset(norm_key(w) for w in ("الهواء", "بالهواء", "الهوا"))
_FIRED = frozenset(norm_key(w) for w in ("النار", "الرصاص", "النيران", "نار", "رصاص", "الأعيرة", "أعيرة"))
_AIR_REACH = 3  # tokens after the firing word to "الهواء" ("النار الحي في الهواء", "الرصاص بكثافة في الهواء")


def _into_the_air(ctx: SentenceContext, m: Match) -> bool:
    """The firing word ``m`` is followed closely by "في الهواء"/"بالهواء": shots into the air (see _AIR)."""
    if _trig(m).trigger.plover_mode != "firearms":
        return False
    te, s1 = ctx.tok(m.end - 1), ctx.i1
    if strip_conj(ctx.token_values[te]) not in _FIRED:  # "أطلقت القوات الإسرائيلية النار": the verb matched alone
        te = next((j for j in range(te + 1, min(te + 1 + _SPLIT_REACH, s1 + 1))
                   if strip_conj(ctx.token_values[j]) in _FIRED), te)
    for j in range(te + 1, min(te + 1 + _AIR_REACH, s1 + 1)):
        v = ctx.token_values[j]
        if v in _AIR and (v.startswith("بال") or ctx.token_values[j - 1] == norm_key("في")):
            return True
    return False


# a missile fired out to sea ("أطلقت صاروخين في اتجاه بحر اليابان", "باتجاه المياه قبالة ساحلها") or told as a test
# or a drill ("في ثالث تجربة خلال أسبوع", "في أحدث اختبار للأسلحة", "ستنفذ ضربات صاروخية خلال التدريبات"): a weapons
# test or an exercise, which ACLED does not code; not where the sentence names a casualty, a ship or a verb of
# aiming ("استهدفت سفينة في البحر الأحمر", "بينما كانت القوات تجري تدريبات شنت المقاومة هجوماً")
_SEAWARD = frozenset(norm_key(w) for w in ("باتجاه", "اتجاه", "نحو", "صوب", "تجاه"))
_SEA_WORDS = frozenset(norm_key(w) for w in ("البحر", "بحر", "المياه", "مياه"))  # not "المحيط": also "the vicinity"
_FROM_SIDE = frozenset(norm_key(w) for w in ("من", "انطلاقا"))
_SEAWARD_REACH = 16  # tokens after the weapon word to the heading ("صواريخ … أطلقت من منطقة … باتجاه البحر")
_TEST_FRAMES = frozenset(norm_key(w) for w in ("في", "ضمن", "خلال", "اطار", "إطار"))
_TEST_REACH = 10  # tokens from the weapon word to that test word in its clause (not "…، في أول اختبار للهدنة")
_TEST_FRAME_REACH = 3  # tokens from "في" to the test or drill word ("في سلسلة من اختبارات", "في أحدث اختبار")


def _test_fire(ctx: SentenceContext, m: Match) -> bool:
    """The remote weapon word ``m`` is fired out to sea or within a test or a drill (see _SEAWARD)."""
    t = _trig(m)
    if t.trigger.event_type != "Explosions/Remote violence" or "casualty" in t.flags:
        return False
    s0, s1 = ctx.i0, ctx.i1
    vals = _stripped_values(ctx.token_values)[s0:s1 + 1]
    if any(v in _AIMED for v in vals) or any("casualty" in _trig(x).flags for x in ctx.triggers):
        return False  # "قتل جنديان بقصف خلال التدريبات": the drill is hit
    te = ctx.tok(m.end - 1) - s0
    if not any(v in _SHIP_NOUNS for v in vals) and any(  # ships in a drill fire in it ("نفذت السفن … خلال المناورات")
            vals[j] in _SEAWARD and vals[j + 1] in _SEA_WORDS and vals[j - 1] not in _FROM_SIDE
            for j in range(te + 1, min(te + _SEAWARD_REACH, len(vals) - 1))):
        return True  # not "أطلقت صواريخها من اتجاه البحر …": the strike's origin, its target told after
    for c in ctx.cues:
        cue = _cue(c)
        if cue.kind not in ("trial", "capability") or (cue.kind == "capability" and c.key not in _DRILLS
                                                         and c.key not in _EXERCISES):
            continue
        if _ground_operation(ctx, c):
            continue
        ci = ctx.tok(c.start) - s0
        lo, hi = sorted((c.start, m.start))
        if abs(ci - te) <= _TEST_REACH and not _CLAUSE_BREAK.search(ctx.nt.original, lo, hi) \
                and any(vals[k] in _TEST_FRAMES for k in range(max(ci - _TEST_FRAME_REACH, 0), ci)):
            return True
    return False


# a phrase of reply or revenge names the act that the sentence's act answers ("ردّاً على عدوان الاحتلال على محيط
# بعلبك", "كثّفت ردودها على استهداف المدنيين", "انتقاماً لاغتيال …"): the noun of an act after it is the cause, an
# event reported on its own or not at all (ACLED codes an event from its own report), not an act of this sentence
_REPLY_HEADS = frozenset(norm_key(w) for w in (
    "ردا", "رد", "الرد", "للرد", "بالرد", "ردها", "رده", "ردهم", "ردود", "ردوده", "ردودها", "ردودهم",
    # the verb of reply ("المقاومة تردّ على الاعتداءات الإسرائيلية باستهداف …", "ردّت الفصائل على القصف بـ…")
    "ترد", "يرد", "ردت", "ردوا", "يردون", "سترد", "سيرد"))
_REPLY_ON = frozenset({norm_key("على")})
# an adjective of the reply between its noun and "على" ("في ردّ فوري على عدوان …", "ردّاً سريعاً على قصف …")
_REPLY_ADJECTIVES = frozenset(norm_key(w) for w in (
    "فوري", "فوريا", "الفوري", "سريع", "سريعا", "السريع", "مباشر", "مباشرا", "المباشر", "أولي", "أوليا", "الأولي",
    "عاجل", "عاجلا", "حاسم", "حاسما", "طبيعي", "طبيعيا", "الطبيعي", "أول", "الأول"))
_REVENGE_HEADS = frozenset(norm_key(w) for w in ("انتقاما", "ثأرا"))
# tokens between the phrase and the noun of the act it answers ("ردّاً على قيام الاحتلال باستهداف …"); a word joined
# by "و" between them opens another clause ("… رداً على استهداف المدنيين وتنفذ هجوماً …")
_REPLY_REACH = 2
# the war as a whole named as the setting of the news ("بالتزامن مع عدوان الاحتلال على غزة", "في ظل استمرار
# العدوان", "خلال العدوان الإسرائيلي المستمر"): the general aggression word there is background, not an act
_WAR_WORDS = frozenset(norm_key(w) for w in ("عدوان", "اعتداءات"))
_SETTING_BEFORE = frozenset(norm_key(w) for w in ("ظل", "وسط", "خلال", "اطار", "سياق"))
_ALONG_WITH = frozenset(norm_key(w) for w in ("بالتزامن", "تزامنا", "بالتوازي", "تزامن"))
_GOING_ON = frozenset(norm_key(w) for w in ("استمرار", "تصاعد", "تواصل", "مواصلة", "تصعيد"))
# the war as a whole as the subject of a verb of targeting: the war noun and an adjective of its lasting or its
# system ("ليشنّ الجيش عدواناً واسعاً مستمراً يستهدف القطاع", "عدوان الاحتلال الممنهج الذي يستهدف مقومات الحياة",
# "حربه المتواصلة التي تستهدف …"): the war described, no act of a day; not a war noun alone ("عدوان إسرائيلي يستهدف
# مطار حلب" tells a strike)
_WHOLE_WAR = frozenset(norm_key(w) for w in (
    "عدوان", "العدوان", "عدوانا", "عدوانه", "عدوانها", "بعدوان", "للعدوان", "حرب", "الحرب", "حربا", "حربه",
    "حربها", "بحرب", "للحرب"))
_LASTING = tuple(norm_key(w) for w in ("مستمر", "المستمر", "متواصل", "المتواصل", "ممنهج", "الممنهج"))
_WAR_SUBJECT_REACH = 5  # tokens before the verb within which the war noun and its adjective stand
_AGGRESSION = norm_key("عدوان")  # the war's word; not "اعتداءات" ("نفّذ اعتداءات متواصلة على …": acts of the day)
_LASTING_REACH = 3  # tokens after the general aggression word within which its adjective of lasting stands


def _war_subject(ctx: SentenceContext, ti: int) -> bool:
    """The verb at token ``ti`` has for subject the war as a whole (:data:`_WHOLE_WAR` followed by an adjective
    of :data:`_LASTING` right before the verb, or before a relative pronoun before it)."""
    s0 = ctx.i0
    vals = ctx.token_values
    k = ti - 1
    if k >= s0 and vals[k] in RELATIVE_PRONOUNS:
        k -= 1
    if k < s0 or not strip_conj(vals[k]).startswith(_LASTING):
        return False
    return any(strip_conj(vals[j]) in _WHOLE_WAR for j in range(max(s0, ti - _WAR_SUBJECT_REACH), k))


# the first person of a verb of counting ("أحصينا منذ كانون الأول أكثر من خمسين توغلاً"): a speaker's own tally
_TALLY_WE = frozenset(norm_key(w) for w in ("أحصينا", "وثقنا", "سجلنا", "رصدنا"))
_TALLY_OPENING = 3  # the first tokens of a sentence in which its verb of counting opens it


# the verbs of going on that open a clause on a wave of protests ("وتتواصل الاحتجاجات … منذ …", "وتستمر المظاهرات")
_GOES_ON = frozenset(norm_key(w) for w in ("تتواصل", "يتواصل", "تستمر", "يستمر", "تتوالى", "تتجدد"))


_TALLY_COUNT_REACH = 3  # tokens from a verb of counting to the count of acts it gives ("رصد أكثر من 27 عملية")


def _tally_counts(ctx: SentenceContext, ws: list[str], i0: int) -> bool:
    """A verb of counting gives a count of many right after it ("إذ رصد 27 عملية ومحاولة اغتيال") and no verb of an
    act comes before it ("المقاومة تستهدف مواقع … وتوثق 1650 عملية منذ …" reports the day's act first; "مشاهد
    توثق استهدافها … بصاروخين من نوع 107" documents one act)."""
    verbs = [k for k, w in enumerate(ws) if w in _TALLY_VERBS]
    if not verbs:
        return False
    acts = [ctx.tok(m.start) - i0 for m in ctx.triggers
            if _trig(m).trigger.event_type in VIOLENT and "verb" in _trig(m).flags and "casualty" not in _trig(m).flags]
    many = [ctx.tok(n.end - 1) - i0 for n in ctx.numbers
            if isinstance(n.value, NumberValue) and _MANY_ACTS <= n.value.value < _YEARS_FROM]
    return any(0 < n - k <= _TALLY_COUNT_REACH and not any(a < k for a in acts) for k in verbs for n in many)


def _tally_opens(ctx: SentenceContext) -> bool:
    """A verb of counting opens the sentence ("أحصينا منذ كانون الأول أكثر من خمسين توغلاً، واعتُقل خلالها قرابة
    عشرين شاباً", "ووثّق المرصد منذ مطلع العام …"): in a sentence summing up a period, the arrests it names are the
    tally's, whatever their number."""
    return any(w in _TALLY_VERBS or w in _TALLY_WE for w in ctx.words[:_TALLY_OPENING])


def _counts_arrests(ctx: SentenceContext) -> bool:
    """The sentence counts the arrested or the detainees ("حصيلة الاعتقالات", "عدد المعتقلين"): a count word
    right before a word of arrest or detention."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    return any(strip_conj(vals[j]) in _TOLL_HEADS and (vals[j + 1].startswith(_ARREST_STEMS) or _counted_arrested(
        vals, j, i1)) for j in range(i0, i1))


_COUNTED_REACH = 4  # tokens from the count word to the relative pronoun of its clause of arrest


def _counted_arrested(vals: list[str], j: int, i1: int) -> bool:
    """The count word at ``j`` heads the people a relative clause of arrest tells ("بلغ عدد أبناء المحافظة الذين
    اعتقلتهم الأجهزة الأمنية منذ مطلع العام 19 شخصاً"): the count of the arrested, as "عدد المعتقلين"."""
    for k in range(j + 1, min(i1, j + 1 + _COUNTED_REACH)):
        if vals[k] in RELATIVE_PRONOUNS:
            return vals[k + 1].startswith(_ARREST_VERB)
    return False


_ARREST_STEMS = tuple(norm_key(w) for w in ("الاعتقال", "اعتقال", "المعتقل", "معتقل", "الأسرى", "المحتجز"))
# hundreds or thousands arrested over a period ("7740 فلسطينياً اعتقلهم الاحتلال منذ 7 أكتوبر", "اعتقل منذ آذار
# 1397 عضواً", "اعتقلت منذ 2017 مئات الشخصيات"): a running count of the arrested, as "حصيلة الاعتقالات"
_MASS = frozenset(norm_key(w) for w in ("مئات", "آلاف", "ألف", "ألفا"))
_MASS_MIN = 100  # the least count of the arrested that sums up a period rather than one raid
_MASS_REACH = 6  # tokens between the count and the arrest verb
_ARREST_VERB = norm_key("اعتقل")


def _mass_arrests(ctx: SentenceContext) -> bool:
    """The sentence counts hundreds or thousands arrested (:data:`_MASS`, a number of :data:`_MASS_MIN` or more)
    within :data:`_MASS_REACH` tokens of an arrest verb ("اعتقلهم", "اعتقلت")."""
    vals = ctx.words
    verbs = [k for k, v in enumerate(vals) if v.startswith(_ARREST_VERB)]
    counts = [k for k, v in enumerate(vals) if v in _MASS or (v.isdigit() and int(v) >= _MASS_MIN and not (
        k > 0 and (vals[k - 1] in _YEAR_BEFORE or vals[k - 1] in _MONTHS)))]
    # a count written in words ("نحو ثلاثمئة شخص", "قرابة ألفين"): the number the text layer read there
    i0 = ctx.i0
    counts += [ctx.tok(n.end - 1) - i0 for n in ctx.numbers if isinstance(n.value, NumberValue)
               and _MASS_MIN <= n.value.value < _YEARS_FROM and not ctx.nt.original[n.start:n.end].strip().isdigit()]
    return any(abs(k - j) <= _MASS_REACH for k in counts for j in verbs)


def _reply_means(ctx: SentenceContext, k: int, ti: int) -> bool:
    """ "تردّ على الاعتداءات الإسرائيلية باستهداف …": the act noun at token ``ti``, glued to "بـ" after the object
    of a reply phrase (which opens at token ``k``), is the means of the reply, the sentence's own act."""
    return ti > k and ctx.token_values[ti].startswith("ب") \
        and any(ctx.tok(m.start) == ti and "casualty" not in _trig(m).flags for m in ctx.triggers)


def _after_reply(ctx: SentenceContext, ti: int) -> bool:
    """Token ``ti`` stands in the object of a phrase of reply or revenge (_REPLY_HEADS, _REVENGE_HEADS), in the
    same clause; not when the phrase opens the (part of the) sentence: the act replied to read apart, whose side
    the reply strikes (:func:`_two_acts`)."""
    s0 = ctx.i0
    vals = ctx.token_values
    for k in range(ti - 1, max(s0 + 1, ti - _REPLY_REACH - 2) - 1, -1):
        head = strip_conj(vals[k])
        if head in _REVENGE_HEADS and ti - k <= 2:
            return True
        on = k + 2 if k + 2 < ti and vals[k + 1] in _REPLY_ADJECTIVES else k + 1  # "ردّ فوري على …"
        if head in _REPLY_HEADS and on < ti and vals[on] in _REPLY_ON and ti - (on + 1) <= _REPLY_REACH \
                and not any(v.startswith("و") for v in vals[on + 1:ti]) and not _reply_means(ctx, on + 1, ti) \
                and not _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[on].end:ctx.token_spans[ti].start]):
            return True
        if vals[k] in _REPLY_ON and _reply_subject(ctx, k) and ti - (k + 1) <= _REPLY_REACH \
                and not any(v.startswith("و") for v in vals[k + 1:ti]) and not _reply_means(ctx, k + 1, ti) \
                and not _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[k].end:ctx.token_spans[ti].start]):
            return True  # "ردّ المقاومة على جريمة الاحتلال …": the replier named between the reply word and "على"
    return False


def _reply_subject(ctx: SentenceContext, k: int) -> bool:
    """The token before "على" at ``k`` ends an actor mention that a reply word (_REPLY_HEADS) right before it
    governs ("ردّ المقاومة على …", "ردّت الفصائل على …")."""
    s0 = ctx.i0
    return any(ctx.tok(s.end - 1) == k - 1 and ctx.tok(s.start) - 1 > s0
               and strip_conj(ctx.token_values[ctx.tok(s.start) - 1]) in _REPLY_HEADS for s, _e in ctx.actors)


def _named_cause(ctx: SentenceContext, ti: int, key: str) -> str:
    """Why the noun of an act at token ``ti`` is not an act of the sentence: "motive" after a phrase of reply or
    revenge (_REPLY_HEADS), "setting" for the general aggression word that names the war as the setting of the
    news (_WAR_WORDS), "origin" for the fighting whose spark or start is told by another act after it
    (_ORIGIN_HEADS); '' otherwise."""
    if _after_reply(ctx, ti):
        return "motive"
    s0 = ctx.i0
    vals = ctx.token_values
    if ti > s0 and strip_conj(vals[ti - 1]) in _ORIGIN_HEADS and strip_conj(vals[ti]).startswith("ال") and any(
            ctx.tok(o.start) == ti and _trig(o).trigger.sub_event_type == "Armed clash" for o in ctx.triggers) \
            and any(ctx.tok(o.start) > ti and _trig(o).trigger.event_type != "Battles" for o in ctx.triggers):
        return "origin"  # "كانت شرارة المواجهات قد اندلعت … عقب اعتقال …": the fighting told, its cause the news
    if key in _WAR_WORDS:
        after = vals[ti + 1:min(ti + 1 + _LASTING_REACH, ctx.i1 + 1)]
        if key == _AGGRESSION and any(strip_conj(v).startswith(_LASTING) for v in after):
            return "setting"  # "العدوان الإسرائيلي المستمر على القطاع", "عدوان الاحتلال الممنهج": the war as a whole
        k = ti - 1
        if k >= s0 and strip_conj(vals[k]) in _GOING_ON:
            k -= 1
        if k >= s0:
            prev = strip_conj(vals[k])
            if prev in _SETTING_BEFORE or (prev == "مع" and k > s0 and strip_conj(vals[k - 1]) in _ALONG_WITH):
                return "setting"
    return ""


# the spark, start or root of a fighting named by its definite noun ("شرارة المواجهات", "تعود بداية الاشتباكات إلى
# … حين اعتقلت …", "جذور القتال"): the fighting is the one the article tells; the act after it (an arrest, a
# killing) is its cause, no second fight at the cause's place and day
_ORIGIN_HEADS = frozenset(norm_key(w) for w in (
    "شرارة", "بداية", "بدايات", "جذور", "أصل", "انطلاقة", "فتيل"))
# "زفّ": a group announces its own dead as martyrs ("زفّت المقاومة الشهيد المجاهد …")
_ANNOUNCE_OWN = frozenset(norm_key(w) for w in ("تزف", "يزف", "زفت", "زف"))
# the verbs of mourning and announcing the dead ("تزف المدينة شهداءها", "نعت الفصائل قتلاها")
_MOURN_VERBS = _ANNOUNCE_OWN | frozenset(norm_key(w) for w in ("نعت", "نعى", "تنعى", "ينعى", "نعوا"))
# the people of the dead, their funeral and their memory: "عائلات الشهداء", "تشييع الضحايا", "ذوي القتلى"; and
# the verbs of mourning them
_MOURNERS = _MOURN_VERBS | frozenset(norm_key(w) for w in (
    "عائلات", "عائلة", "عوائل", "ذوي", "ذوو", "أسر", "أسرة", "أهالي", "أهل", "أمهات", "آباء", "أبناء", "أرامل",
    "أقارب", "تشييع", "شيع", "شيعت", "شيعوا", "جنازة", "جنازات", "جثامين", "جثمان", "أرواح", "ذكرى", "تأبين", "أسماء",
    "صور", "قبور", "ضريح", "أضرحة", "دماء", "حقوق", "ثأر", "تشيع", "يشيع"))
# a fighting word governed by a plural noun of places is the war in general ("على جبهات القتال", "في
# ميادين المعارك", "ساحات القتال", "تعزيزات إلى مناطق الاشتباكات", "بعد عودتهم من خطوط القتال", "الفارون من
# أماكن القتال"), not a fight of the day; so is "محاور" after a word of all ("في مختلف محاور القتال", "على كافة
# محاور القتال"), not the axes of one battle ("تراجع المسلحين على محاور الاشتباك")
_FRONTS = frozenset(norm_key(w) for w in ("جبهات", "ميادين", "ساحات", "مناطق", "خطوط", "أماكن"))
# "نيران" after a word of burning names a blaze ("اشتعال النيران", "اندلاع نيران في هدف", "إخماد النيران"), and
# after a word of range or list the reach of a side's weapons ("جدول نيرانها", "مرمى نيران", "دائرة نيرانه")
_FIRE_NOUNS = frozenset(norm_key(w) for w in ("نيران",))
_BLAZE_BEFORE = frozenset(norm_key(w) for w in (
    "اشتعال", "اندلاع", "اشتعلت", "اندلعت", "نشوب", "شبت", "إخماد", "اخماد", "ألسنة", "لهيب", "أضرمت", "إضرام"))
_FIRE_SCOPE = frozenset(norm_key(w) for w in ("جدول", "مرمى", "دائرة", "مدى", "نطاق"))
# the verbs of a fire burning told after "النيران", or after "التي" ("النيران اشتعلت في الخزانات", "النيران التي
# أشعلها المسلحون", "أتت النيران على …" is the verb before, :data:`_BLAZE_BEFORE`)
_BLAZE_AFTER = frozenset(norm_key(w) for w in (
    "اشتعلت", "اندلعت", "شبت", "التهمت", "أتت", "اتت", "امتدت", "أشعلها", "اشعلها", "أشعلوها", "اشعلوها",
    "أضرمها", "اضرمها", "أضرموها", "اضرموها", "تلتهم", "تشتعل"))


def _blaze_after(ctx: SentenceContext, ti: int) -> bool:
    """The word after the fire noun at token ``ti`` (or after a relative pronoun after it) is a verb of burning (in a
    sentence of a crowd, "اشتعلت النيران في المبنى بعدما اقتحمه متظاهرون", the crowd's arson: the caller keeps it)."""
    vals = ctx.token_values
    j = ti + 1
    if j <= ctx.i1 and strip_conj(vals[j]) in RELATIVE_PRONOUNS:
        j += 1
    return j <= ctx.i1 and strip_conj(vals[j]) in _BLAZE_AFTER
_AXES = frozenset(norm_key(w) for w in ("محاور", "المحاور"))
# a word of the time during which another act happened ("في أثناء القتال", "خلال المعارك"): a fighting noun after it
# in a sentence that tells an interception is the setting of the interception, no clash of its own
_DURING = frozenset(norm_key(w) for w in ("أثناء", "اثناء", "خلال"))
_INTERCEPTION = "Disrupted weapons use"
# the definite nouns of fighting in general that a word of "during" makes a time ("في أثناء القتال"); not a noun with
# a pronoun ("خلال هجومه على الموقع": the act itself)
_THE_FIGHTING = frozenset(norm_key(w) for w in ("القتال", "المعارك", "الاشتباكات", "المواجهات", "المعركة"))
_DOWNED_OBJECT_REACH = 5  # tokens from a verb of downing to the missile it names as its object (its subject between)
_ALL_OF = frozenset(norm_key(w) for w in ("مختلف", "كافة", "جميع", "كل", "شتى"))
# "cases" before a definite noun of arrest names the kind of case a report counts ("حالات الاعتقال"), not an arrest
_CASES = frozenset(norm_key(w) for w in ("حالات", "حالة"))
# a violent word after a word of training or skill names what fighters can do ("مدربين على العمليات
# الانتحارية", "خبرة في التفجيرات"), not an act
_SKILL = ("مدرب", "تدريب", "تدرب", "متخصص", "خبره", "خبرات", "اعداد")


def _mourned(ctx: SentenceContext, ti: int) -> bool:
    """A casualty noun governed by a word for the victims' kin, their funeral or their memory names the
    dead of an act the article reports elsewhere ("رفضت عائلات شهداء البلدة …", "شيّع الأهالي شهداء
    القصف"), not a death of its own."""
    if ti <= ctx.i0:
        return False
    prev = ctx.token_values[ti - 1]
    # (after "و", "ف" or "ل": "ثلاثة منازل تعود لأقارب القتيل")
    return prev in _MOURNERS or (len(prev) > 3 and prev[0] in "وفل" and prev[1:] in _MOURNERS)


# the path, legacy or sacrifice of the dead ("على درب الشهداء", "وفاءً لدماء الشهداء", "تضحيات الشهداء"): the dead
# in general, honoured, no death of the act told
_HONOURING = frozenset(norm_key(w) for w in (
    "درب", "دروب", "طريق", "نهج", "خطى", "مسيرة", "مسار", "تضحيات", "وصية", "وصايا", "عهد", "وفاء",
    "ذكرى", "أرواح", "دماء", "عائلات", "عوائل", "ذوي", "أسر", "أمهات", "أبناء", "روح"))


_PARTITIVE_REACH = 8  # tokens after "من" within which the verb of dying of "N من group …" stands


def _partitive_subject(ctx: SentenceContext, qs: list[tuple[int, int, str]], i1: int) -> str:
    """The number ending at token ``i1`` opens "N من group …" and is the subject of a verb of dying or wounding
    further on in the same clause ("اثنين من منفذي الهجوم على الحاجز استشهدا"): the verb's kind, "" otherwise.
    Another number, a clause break or another casualty word before the verb ends the search."""
    vals = ctx.token_values
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    if i1 + 3 <= last and (vals[i1 + 1], vals[i1 + 2]) == _AT_LEAST:
        i1 += 2  # "ثمانية على الأقل من المهاجمين لقوا مصرعهم" (session 42, fa28)
    if i1 + 2 > last or vals[i1 + 1] != "من":
        return ""
    nums = {ctx.tok(n.start) for n in ctx.numbers}
    at = {a: k for a, b, k in qs if a == b and k not in ("person", "vehicle")}
    for k in range(i1 + 2, min(last, i1 + 1 + _PARTITIVE_REACH) + 1):
        if k in nums or _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[k - 1].end:ctx.token_spans[k].start]):
            return ""
        v = strip_conj(vals[k])
        if v in _DYING_VERBS:
            return "injured" if v.startswith("اص") else "killed"
        if at.get(k):
            return ""
    return ""


_DYING_VERBS = frozenset(norm_key(w) for w in (
    "استشهدا", "استشهدتا", "استشهدوا", "استشهدن", "قتلا", "قتلوا", "قتلتا", "أصيبا", "أصيبوا", "أصيبتا",
    "لقيا", "توفيا", "توفوا", "ارتقيا", "ارتقوا", "لقوا"))
_AT_LEAST = (norm_key("على"), norm_key("الأقل"))


def _honoured(ctx: SentenceContext, ti: int) -> bool:
    """The casualty word at token ``ti`` is governed by a word of the kin, memory, path or sacrifice of the dead
    (:data:`_HONOURING`): the dead honoured in general, no unnumbered dead of the act (a verb of mourning,
    "تزف شهيداً", still announces a death)."""
    if ti <= ctx.i0:
        return False
    return strip_conj(ctx.token_values[ti - 1]) in _HONOURING


def _mourning(ctx: SentenceContext) -> bool:
    """The sentence mourns or buries dead it names ("تزف المدينة شهداءها الذين سقطوا جراء القصف"): the
    act that killed them is told as their cause, a further mention of an act the article reports, not
    a report of its own."""
    return any("casualty" in _trig(m).flags and "verb" not in _trig(m).flags and _mourned(ctx, ctx.tok(m.start))
               for m in ctx.triggers)


# the words of a funeral ("شيّع الأهالي …", "تشييع جثامين …", "جنازة …")
_FUNERAL = frozenset(norm_key(w) for w in (
    "شيع", "شيعت", "شيعوا", "يشيع", "تشيع", "يشيعون", "تشييع", "جنازة", "جنازات", "موكب"))


def _funeral_of_past_dead(ctx: SentenceContext, violent: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """A funeral sentence whose violence is told only in a clause on the dead it buries, with no day of its own
    ("شيّع الآلاف في القامشلي، أمس، جثامين مقاتلين قضوا في المعارك التي شهدها محيط السد خلال الأسابيع
    الماضية", "جرى تشييع عنصرين سقطا في المعارك الأخيرة"): the funeral is the news, the fighting its dead fell in
    the cause, told elsewhere or undated; not an event of the funeral's place and day.  A clause that dates the
    death to a day ("الشهيد الذي ارتقى، أمس، خلال مواجهات في …") still reports its act; a day named before the
    dead is the funeral's."""
    i0 = ctx.i0
    first = min(ctx.tok(m.start) for m, _te, _w in violent)
    vals = ctx.token_values
    funeral = [j for j in range(i0, first) if strip_conj(vals[j]) in _FUNERAL]
    if not funeral:
        return False
    if any("verb" in te.flags and "casualty" not in te.flags for _m, te, _w in violent):
        return False  # an act told by its own verb ("شيّع … وسط إطلاق نار استهدف …")
    # the clause on the dead: from a relative pronoun or a verb of dying after the funeral word
    dead = [j for j in range(funeral[0] + 1, first + 1) if strip_conj(vals[j]) in RELATIVE_PRONOUNS
            or strip_conj(vals[j]) in _DEAD_CLAUSE_VERBS or any("casualty" in te.flags and "verb" in te.flags
                                                          and ctx.tok(m.start) == j for m, te, _w in violent)]
    if not dead:
        return False
    at = ctx.token_spans[dead[0]].start
    return not any(t.start >= at and getattr(t.value, "granularity", "") == "day" for t in ctx.times)


# the verbs of falling dead in the plural and dual, and the singular ones a relative clause on the dead opens with
_DEAD_CLAUSE_VERBS = _DYING_VERBS | frozenset(norm_key(w) for w in (
    "قضوا", "قضيا", "قضى", "سقطوا", "سقطا", "سقط", "ارتقى", "استشهد", "قتل", "لقي", "لقوا"))


def _death_notice(ctx: SentenceContext, violent: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """A group or a family announces its dead with a verb of mourning ("زفّت المقاومة الشهيد المجاهد …
    الذي ارتقى على طريق القدس", "نعت الحركة القائد … الذي استشهد متأثراً بجراحه") and the sentence names no
    act of violence besides the death: an obituary, not an event; the act that killed him, where the article
    tells it, is the event ("نعت … الذي استشهد في غارة على …" keeps its strike)."""
    if not all("casualty" in te.flags for _m, te, _w in violent):
        return False
    i0, i1 = ctx.i0, ctx.i1
    first = min(ctx.tok(m.start) for m, _te, _w in violent)
    return any(strip_conj(v) in _MOURN_VERBS for v in ctx.token_values[i0:min(first, i1 + 1)])


# a count of the dead ("حصيلة الشهداء", "عدد القتلى", "إجمالي الضحايا")
_TOLL_HEADS = _TOLL | frozenset(norm_key(w) for w in ("إجمالي", "اجمالي"))


def _running_toll(ctx: SentenceContext, violent: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """The sentence gives a count of the dead ("حصيلة شهداء غزة تتجاوز 21 ألفاً", "عدد الشهداء يرتفع إلى …")
    before any other death it names, and no act, not even a verb of killing: the war's running total or a
    further count of an act the article reports, never an event alone (a toll that names its act, "حصيلة
    شهداء القصف على …", keeps it; "مقتل 4 جنود … ليرتفع عدد قتلاه إلى …" reports the deaths first)."""
    dead = [m for m, te, _w in violent if "casualty" in te.flags and "verb" not in te.flags]
    if not dead:
        return False
    # the war as a whole named as the dead's cause right after them ("حصيلة شهداء العدوان على القطاع"): the
    # war's running total, no act of its own
    war = {ctx.tok(m.end - 1) for m in dead}
    if not all(m in dead or (te.trigger.key in _WAR_WORDS and ctx.tok(m.start) - 1 in war)
               for m, te, _w in violent):
        return False
    i0 = ctx.i0
    ti = ctx.tok(min(m.start for m in dead))
    return ti > i0 and ti <= ctx.tok(min(m.start for m, _te, _w in violent)) \
        and strip_conj(ctx.token_values[ti - 1]) in _TOLL_HEADS


# "خلال" right before a time: the whole span the count sums up ("مقتل 37 شخصاً بعمليات اغتيال خلال تشرين الأول الماضي")
_OVER_SPAN = re.compile(r"(?<!\w)خلال\s*$")
_SPAN_TALLIES = ("month", "year")
# the acts a tally sums up, named as many right before the act's word ("بعمليات اغتيال", "في حوادث قصف")
_TALLIED_ACTS = frozenset(norm_key(w) for w in ("عمليات", "بعمليات", "حوادث", "بحوادث", "جرائم", "بجرائم", "حالات",
                                             "بحالات"))


# an agency's or a ministry's own running count the dead are given by ("وفق تعداد لفرانس برس", "بحسب تعداد
# لوكالة …", "استناداً إلى إحصاء …"), in normalised text
_BY_COUNT = re.compile(r"(?<!\w)[وف]?(?:وفق|وفقا\s+ل|بحسب|حسب|استنادا\s+(?:الي|الى))\s*"
                       r"(?:ال)?(?:تعداد|احصاء|احصاءات|احصائيه)(?!\w)")


def _agency_count(ctx: SentenceContext, violent: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """Session 44 (pa31): the sentence names the dead only, by no act word and no verb of killing, and gives them by
    a running count (:data:`_BY_COUNT`: "وأسفر التصعيد عن مقتل أكثر من 300 شخص، وفق تعداد لفرانس برس"): a war's
    total kept by an agency, no act of its own."""
    if not violent or any("casualty" not in te.flags or "verb" in te.flags for _m, te, _w in violent):
        return False
    return _BY_COUNT.search(ctx.nt.slice_norm(ctx.sentence.start, ctx.sentence.end)) is not None


def _period_tally(ctx: SentenceContext, violent: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """The sentence counts the dead of many acts over a whole month or year ("وثّق المكتب مقتل 37 شخصاً بعمليات اغتيال
    خلال تشرين الأول الماضي") and tells no act by its verb: a monitor's tally, no event of its own (ACLED codes each
    act where a report names it)."""
    if any("verb" in te.flags for _m, te, _w in violent) or not _has_casualty_number(ctx):
        return False
    if not any("plural" in te.flags or (ctx.tok(m.start) > 0 and strip_conj(ctx.token_values[ctx.tok(m.start) - 1])
                                        in _TALLIED_ACTS) for m, te, _w in violent):
        return False  # one act dated by the month ("وأسفر تفجير خلال الشهر الحالي عن مقتل 8 أفراد"): an event
    for t in ctx.times:
        if ctx.sentence.start <= t.start < ctx.sentence.end and isinstance(t.value, TimeValue) \
                and t.value.granularity in _SPAN_TALLIES \
                and _OVER_SPAN.search(ctx.nt.original[max(ctx.sentence.start, t.start - 12):t.start]):
            return True
    return False


def _toll_update(ctx: SentenceContext, violent: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """The sentence raises the count of the dead of an act it names by a definite noun only ("ارتفاع عدد قتلى
    الهجوم على القاعة إلى 115", "ارتفعت حصيلة شهداء العدوان على المدينة إلى 10"): a new figure for an act the
    article reports, told on the day of the count, never an event of its own (its figure is that act's toll)."""
    vals = ctx.token_values
    i0 = ctx.i0
    first = min(ctx.tok(m.start) for m, _te, _w in violent)
    if first < i0 + 2 or vals[first - 1] not in _TOLL or strip_conj(vals[first - 2]) not in _RISE:
        return False
    for m, te, _w in violent:
        if "casualty" in te.flags and ctx.tok(m.start) == first:
            continue
        if "verb" in te.flags or "casualty" in te.flags or ctx.tok(m.start) <= first \
                or not strip_conj(vals[ctx.tok(m.start)]).startswith("ال"):
            return False  # an act told by its verb, or deaths of their own: a report, not a count
    return True


# words of cause before the act that a toll is due to ("من جراء الاعتداء", "نتيجة القصف")
_CAUSE = frozenset(norm_key(w) for w in ("جراء", "نتيجة", "بسبب", "إثر", "أثر", "بفعل"))


def _toll_of_named_act(ctx: SentenceContext, f: Frame) -> bool:
    """A toll whose only act word is a definite, general "aggression" or "attack" after a word of
    cause ("استشهاد 3 مدنيين من جراء الاعتداء"): the sentence counts the dead of the act the article
    names elsewhere, with its weapon and its place; it adds casualties, not an event."""
    entries = {m.start: _trig(m) for m in _all_triggers(ctx)}
    acts = [t for t in f.triggers if t.start in entries and "casualty" not in entries[t.start].flags]
    if len(acts) != 1 or acts[0].value.weight >= 0.5 or not f.generic_type:
        return False
    ti = ctx.tok(acts[0].start)
    if not ctx.token_values[ti].startswith("ال") or ti < 1:
        return False
    before = [strip_conj(v) for v in ctx.token_values[max(ti - 2, ctx.i0):ti]]
    return any(v in _CAUSE or v.removeprefix("من") in _CAUSE for v in before)


def _result_after(ctx: SentenceContext, m: Match) -> bool:
    """A result cue ("أدى إلى", "أسفر عن") or a casualty word after the trigger: the sentence gives the
    toll of the act it names, so a condemnation before it condemns an act that happened ("تدين العدوان
    الذي … وأدى إلى استشهاد …", "ندد بالغارة التي استهدفت … وخلفت عشرات القتلى"), and the weapon it
    names keeps the act's type."""
    return any(_cue(c).kind == "result" and c.start >= m.end for c in ctx.cues) or (
        "casualty" not in _trig(m).flags
        and any("casualty" in _trig(t).flags and t.start >= m.end for t in ctx.triggers))


# "دون"/"بدون" negate only the noun after them ("مسلحون يستقلون سيارة دون لوحات أقدموا على خطف شاب", "دون سابق
# إنذار"): before the act word and beyond their window they say nothing of the act (unlike "لم", "لا")
_WITHOUT = frozenset(norm_key(w) for w in ("دون", "بدون"))


# "لم يكن الهجوم الأول من نوعه، إذ …", "ولم تكن هذه المواجهات الأولى": a negated ordinal "first" says that acts of
# the kind came before, and the act told after it is one of them (normalised)
_FIRST_ORDINAL = frozenset(norm_key(w) for w in ("الأول", "الأولى"))
_FIRST_REACH = 4  # tokens from the negation to the ordinal ("لم تكن هذه المرة الأولى")
_SINCE_AS = frozenset(norm_key(w) for w in ("إذ", "اذ"))  # "… الأول من نوعه إذ …": the earlier act follows


def _not_the_first(ctx: SentenceContext, c: Match, first: int) -> bool:
    """The negation cue ``c`` negates an ordinal "first" a few tokens on, before the act word at ``first``: it
    affirms earlier acts of the kind (the one the sentence goes on to tell), not denies the act."""
    ci, fi = ctx.tok(c.start), ctx.tok(first)
    vals = ctx.token_values
    return any(strip_conj(vals[j]) in _FIRST_ORDINAL for j in range(ci + 1, min(ci + _FIRST_REACH, fi - 1) + 1))


# the negations that open "not the first" ("ولم يكن", "وليست هذه المرة الأولى") (normalised)
_NOT_FIRST_HEADS = frozenset(norm_key(w) for w in ("لم", "ليس", "ليست"))
_NOT_FIRST_AT = 1  # tokens from the sentence's start to that negation (a conjunction written apart)


def _not_first_recall(ctx: SentenceContext, kept: list[Match]) -> bool:
    """The sentence opens on a negated ordinal "first" ("ولم يكن تفجير الأمس الأول من نوعه", "وليست هذه المواجهات
    الأولى") and then, past a clause break or "إذ", tells an act by its own past verb ("… إذ انفجرت عبوة مشابهة في
    أيار الماضي") or by its noun with a time of its own: the earlier act of the kind, an event of its own day, not the
    news told again."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    heads = [j for j in range(i0, min(i1, i0 + _NOT_FIRST_AT) + 1) if vals[j].removeprefix("و") in _NOT_FIRST_HEADS]
    if not heads:
        return False
    ordinal = next((j for j in range(heads[0] + 1, min(i1, heads[0] + _FIRST_REACH) + 1)
                    if strip_conj(vals[j]) in _FIRST_ORDINAL), None)
    if ordinal is None:
        return False
    after = ctx.token_spans[ordinal].end
    for m in kept:
        if m.start <= after:
            continue
        gap = ctx.nt.original[after:m.start]
        broken = bool(_CLAUSE_BREAK.search(gap)) or any(strip_conj(w) in _SINCE_AS for w in gap.split())
        if "verb" in _trig(m).flags:
            return broken
        if broken and any(after < t.start < ctx.sentence.end for t in ctx.times):
            # the act told by its noun past the break, with a time of its own there ("وليست هذه المرة الأولى التي
            # تتحول فيها البلدة إلى ساحة اشتباك؛ ففي أيار الماضي، دارت مواجهات …", "إذ قُتل … برصاص مسلحين في
            # تشرين الثاني 2021"): the earlier act of the kind, on its own day
            return True
    return False


def _violent_verb_after_first(ctx: SentenceContext, kept: list[Match]) -> bool:
    """A violent act told by its trigger after "إذ" in a "not the first" sentence whose side is a state named
    only by its country ("وليست هذه المرة الأولى التي تستهدف فيها إسرائيل محيط القصر، إذ شنت في الثاني من أيار
    الماضي غارة قربه"): the subject the clause leaves out is the country named before, an armed side."""
    vals = ctx.token_values
    ops = [ctx.token_spans[j].end for j in range(ctx.i0 + 1, ctx.i1) if strip_conj(vals[j]) in _SINCE_AS]
    return bool(ops) and any(m.start > ops[0] and "casualty" not in _trig(m).flags
                             and _trig(m).trigger.event_type in VIOLENT for m in kept)


# a word that says acts of the kind came before the news, said before "إذ" ("وسبق أن شهدت المدينة عمليات خطف مشابهة،
# إذ …", "وليست هذه الحادثة الأولى من نوعها في المنطقة، إذ …") (normalised)
_LIKENESS_ADJECTIVES = frozenset(norm_key(w) for w in ("مشابهة", "مشابه", "مشابهين", "مماثلة", "مماثل", "مماثلين"))
_LIKENESS_WORDS = _LIKENESS_ADJECTIVES | frozenset(norm_key(w) for w in ("نوعها", "نوعه"))
_LIKENESS_REACH = 12  # tokens from that word to "إذ"
_LIKENESS_TIME_REACH = 20  # tokens from "إذ" to the end of the recalled act's own time


def _likeness_clause(ctx: SentenceContext, kept: list[Match],
                     words: frozenset[str] = _LIKENESS_WORDS) -> tuple[int, int]:
    """The length in tokens (0: none) and the opener's offset of a clause opened by "إذ" after a word that says acts
    of the kind came before (:data:`_LIKENESS_WORDS`: "وسبق أن شهدت جرمانا عمليات خطف مشابهة، إذ خُطف طفل في بلدة X
    منتصف أيلول الماضي"، "وليست هذه الحادثة الأولى من نوعها، إذ نجا عضو في لجنة المصالحة من محاولة اغتيال مطلع
    شباط الماضي، عندما انفجرت عبوة …"), which tells an earlier act of the sentence's kind by a violent trigger and
    gives it a day or a month of its own before the publication day: that earlier act, recalled; the clause runs from
    "إذ" to the end of that time."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    ws = ctx.words  # strip_conj of vals[i0:i1 + 1]
    for op in range(i0 + 2, i1 - 1):
        if ws[op - i0] not in _SINCE_AS:
            continue
        if not any(vals[j].rstrip("،,") in words for j in range(max(i0, op - _LIKENESS_REACH), op)):
            return 0, -1
        opener = ctx.token_spans[op].start
        if not any(opener < m.start and _trig(m).trigger.event_type in VIOLENT and "casualty" not in _trig(m).flags
                   for m in kept):
            return 0, -1
        own = [t for t in ctx.times if opener < t.start < ctx.sentence.end and t.value.kind == "absolute"
               and t.value.granularity in ("day", "month") and t.value.date is not None
               and ctx.published is not None and t.value.date < ctx.published - dt.timedelta(days=1)]
        if not own:
            return 0, -1
        clause = ctx.tok(own[0].end - 1) - op + 1
        return (clause, opener) if clause <= _LIKENESS_TIME_REACH else (0, -1)
    return 0, -1


_PLUPERFECT_CLAUSE_REACH = 6  # tokens from "كان" to its "قد" ("إذ كان طبيب الأسنان سليم العلي قد اختُطف")


def _clause_pluperfect(ctx: SentenceContext, kept: list[Match]) -> tuple[int, int]:
    """The length in tokens (0: none) and the opener's offset of a clause past the sentence's opening that
    "إذ"/"حيث" opens on the pluperfect ("إذ كان/كانت … قد") and whose act follows "قد" at once, told by its own
    violent past verb, with a time of its own after it that is a month or a day of the past ("إذ كانت عبوة قد انفجرت
    بالسوق في آذار الماضي"): an earlier act recalled mid-sentence; the clause runs from the opener to the end of that
    time."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    ws = ctx.words  # strip_conj of vals[i0:i1 + 1]
    for op in range(i0 + 1, i1 - 2):
        if ws[op - i0] not in _SINCE_AS and vals[op] not in ("حيث", "وحيث"):
            continue
        if vals[op + 1] not in ("كان", "كانت"):
            continue
        qad = next((j for j in range(op + 2, min(i1, op + 2 + _PLUPERFECT_CLAUSE_REACH) + 1) if vals[j] == "قد"), -1)
        if qad < 0 or qad + 1 > i1:
            continue
        act = ctx.token_spans[qad + 1]
        if not any(m.start == act.start and "verb" in _trig(m).flags and _trig(m).trigger.event_type in VIOLENT
                   for m in kept):
            continue
        own = [t for t in ctx.times if act.end <= t.start < ctx.sentence.end and t.value.kind == "absolute"
               and t.value.granularity in ("day", "month") and t.value.historical]
        if own:
            return ctx.tok(own[0].end - 1) - op + 1, ctx.token_spans[op].start
    return 0, -1


def _own_complement(ctx: SentenceContext, c: Match, first: int) -> bool:
    """The negation cue ``c`` is "دون"/"بدون" whose window ends before the act word at ``first``: it negates its own
    complement, not the act; or it negates an ordinal "first" (:func:`_not_the_first`)."""
    if _cue(c).kind != "negation":
        return False
    if _not_the_first(ctx, c, first):
        return True
    if strip_conj(ctx.token_values[ctx.tok(c.start)]) not in _WITHOUT:
        return False
    return ctx.tok(first) - ctx.tok(c.start) > max(_cue(c).window, 1)


# the words of a cause that join a death told first to the act that caused it ("توفي رجل إثر سقوط قذيفة", "فارق طفل
# الحياة جراء انفجار لغم"); not "متأثراً بجراحه", whose wounds may be of an act of days before
_DEATH_CAUSE = frozenset(norm_key(w) for w in ("جراء", "جرّاء", "إثر", "اثر", "نتيجة", "بسبب"))
_CAUSE_REACH = 2  # tokens from the word of a cause to the act's first word
_OF_WOUNDS = norm_key("متأثر")  # "متأثراً بجراحه", "متأثرة بإصابتها": dead of wounds (the stem of its forms)


def _death_of_act(ctx: SentenceContext, fi: int) -> bool:
    """A death told by a word of ``quantities.tsv`` ("توفي", "فارق الحياة", "قضى", a split "لقي راعٍ حتفه") before
    the act's first word at token ``fi``, a word of its cause (:data:`_DEATH_CAUSE`) right before the act, or after
    the act as its result ("انهالوا بالضرب على شاب، ما أدى إلى وفاته"): the act's own toll, a casualty word of the
    sentence as "قتل" before the act ("قتل طفل جراء انفجار لغم") or "مقتل" after "أدى إلى" is."""
    vals = ctx.token_values
    i0 = ctx.i0
    deaths = [ctx.tok(q.start) for q in ctx.quantities if q.payloads[0] == "killed"]
    if any(d > fi and _result_of_act(ctx, d) for d in deaths):
        return True
    causes = [k for k in range(max(fi - _CAUSE_REACH, i0), fi) if strip_conj(vals[k]) in _DEATH_CAUSE]
    if not causes:
        return False
    deaths += [i for i, _j, _k in ctx.split_deaths + ctx.passed_away]
    # one dead or a counted few ("قضى شاب", not "عشرات الأسرى قضوا جراء القصف على أنحاء القطاع": a war's toll), dead
    # of this act, not of wounds of an earlier one ("ارتقت متأثرة بإصابتها من جراء الغارة")
    return any(0 < c - d <= _SPLIT_REACH + 2 and not vals[d].endswith("وا")
               and not any(strip_conj(vals[k]).startswith(_OF_WOUNDS) for k in range(d + 1, c))
               for d in deaths for c in causes)


def _has_casualty_number(ctx: SentenceContext) -> bool:
    for q in ctx.quantities:
        if q.payloads[0] in ("killed", "injured", "abducted", "combined"):
            qi = ctx.tok(q.start)
            for n in ctx.numbers:
                if abs(ctx.tok(n.start) - qi) <= 3:
                    return True
    return False


_EMBED_REACH = 3  # tokens after an embedding cue ("التحقيق في الهجوم") within which it covers the act, at least
WINDOW = 5  # tokens either side of the family's first trigger whose words give the `win:` keys

# what goes with a protest rather than the protest itself: the crowd ("المتظاهرون", "آلاف المحتجين"), its chants,
# slogans, banners and demands ("هتفوا", "رددوا شعارات", "رافعين لافتات", "مطالبين").  A sentence whose only
# protest words are these tells what the protesters of a protest named elsewhere did or said ("وردد المتظاهرون
# هتافات …"), seldom that a protest took place: the ``accompaniment`` feature
_ACCOMPANY = frozenset(norm_key(w) for w in (
    "هتف", "هتفوا", "يهتفون", "هتافات", "ردد", "رددوا", "مرددين", "شعارات", "لافتات", "رافعين", "رفعوا",
    "مطالبين", "للمطالبة", "المتظاهرون", "متظاهرون", "المحتجون", "محتجون", "المعتصمون", "آلاف المتظاهرين",
    "مئات المتظاهرين", "عشرات المتظاهرين", "آلاف المحتجين", "مئات المحتجين"))


# "X proceeded to …" with the act's verbal noun ("أقدم مسلحون على اختطاف شاب", "أقدمت دورية على اعتقال …"): a
# finite past verb that tells the act done, as the act's own verb would
_UNDERTOOK = frozenset(norm_key(w) for w in ("أقدم", "أقدمت", "أقدموا", "أقدما", "أقدمتا"))  # (also _VENTURE_ON's)
_UNDERTOOK_REACH = 12  # tokens between the verb and "على" (its subject and what it rode in, a time between commas)


def _undertaken(ctx: SentenceContext, m: Match) -> int:
    """The token of "أقدم" when the trigger ``m``, a verbal noun, is the object of "أقدم … على" right before it
    (that verb is the act's: where it opens the sentence, the act opens it); -1 otherwise."""
    i = ctx.tok(m.start)
    lo = ctx.i0
    if i - 1 < lo or ctx.token_values[i - 1] != _CAUSE_ON:
        return -1
    return next((k for k in range(max(lo, i - 2 - _UNDERTOOK_REACH), i - 1)
                 if strip_conj(ctx.token_values[k]) in _UNDERTOOK), -1)


# finite past verbs of going as far as an act, with the preposition of the act's noun (the nouns "إقدام" and the
# present "يعمد" tell a reference or a habit, not an act done)
_VENTURED = {_CAUSE_ON: _UNDERTOOK, norm_key("إلى"): frozenset(norm_key(w) for w in ("عمد", "عمدت", "عمدوا", "عمدا"))}
_STOP_BETWEEN = re.compile(r"[.:؛]")  # (commas may set off a time between the verb and its preposition)
_VENTURED_GAP = 12  # tokens between the verb and its preposition (the doer, a time between commas)


def _ventured(ctx: SentenceContext, m: Match) -> bool:
    """The trigger ``m``, a bare verbal noun, follows the preposition of a verb of :data:`_VENTURED` a few tokens
    before it in the same clause ("أقدم مسلحون مجهولون، مساء أمس، على خطف …", "عمدت القوات إلى هدم …")."""
    ti = ctx.tok(m.start)
    s0 = ctx.i0
    if ti - 1 <= s0 or m.prefix:
        return False
    verbs = _VENTURED.get(ctx.token_values[ti - 1])
    if verbs is None:
        return False
    k = next((j for j in range(ti - 2, max(ti - 2 - _VENTURED_GAP, s0) - 1, -1)
              if strip_conj(ctx.token_values[j]) in verbs), -1)
    return k >= 0 and not _STOP_BETWEEN.search(ctx.nt.original[ctx.token_spans[k].end:m.start])


def _undertaker(ctx: SentenceContext, span: Span) -> bool:
    """The mention stands between "أقدم" and the "على" of the act's verbal noun it governs: its subject."""
    for m in ctx.triggers:
        k = _undertaken(ctx, m)
        if k >= 0 and ctx.token_spans[k].end <= span.start and span.end <= m.start:
            return True
    return False


# the verbal nouns of "قام بـ" and "أقدم على" with the doer as their first complement ("ردّاً على قيام الجماعات
# المسلحة بإطلاق مسيّرات", "بعد إقدام مستوطنين على إحراق …"): the mention between the noun and the preposition of
# the act it governs is the act's doer, also inside a phrase of reply whose other mentions are the sides hit
_PERFORMING = {norm_key(w): norm_key(p) for w, p in (
    ("قيام", "ب"), ("بقيام", "ب"), ("لقيام", "ب"), ("إقدام", "على"), ("بإقدام", "على"), ("لإقدام", "على"))}
_PERFORMER_REACH = 4  # tokens of the doer's name between the verbal noun and the act


def _performer(ctx: SentenceContext, span: Span) -> bool:
    """The mention stands right after a verbal noun of :data:`_PERFORMING`, and its preposition ("بإطلاق" after
    "قيام", "على اختطاف" after "إقدام") opens, a few tokens on in the same clause, the act the noun governs: a
    violent trigger starts at that word or within a few words after it ("بإطلاق طائرات مسيّرة انتحارية")."""
    i, j = ctx.tok(span.start), ctx.tok(max(span.start, span.end - 1))
    vals = ctx.token_values
    lo = ctx.i0
    if i - 1 < lo:
        return False
    # the doer's men may stand between ("إقدام عناصر من X على اعتقال …", "إقدام أفراد X على …")
    h = _before_members(ctx, i, lo)
    prep = _PERFORMING.get(strip_conj(vals[h]))
    if prep is None:
        return False
    last = min(len(vals), j + 1 + _PERFORMER_REACH)
    k = next((k for k in range(j + 1, last) if vals[k] == prep or (
        len(prep) == 1 and vals[k].startswith(prep) and len(vals[k]) > 3)), -1)
    if k < 0 or ctx.token_spans[k].start >= ctx.sentence.end \
            or _CLAUSE_BREAK.search(ctx.nt.original[span.end:ctx.token_spans[k].start]):
        return False
    opened = ctx.token_spans[k].start
    return any(opened <= m.start and ctx.tok(m.start) - k <= _PERFORMER_REACH
               and (_trig(m).trigger.event_type in VIOLENT or _trig(m).trigger.sub_event_type == "Arrests")
               and not _CLAUSE_BREAK.search(ctx.nt.original[opened:m.start]) for m in ctx.triggers)


def named_entries(ctx: SentenceContext) -> list[ActorEntry]:
    """The actors the sentence names, a former member ("قيادي سابق في فصائل المعارضة", civilians as a side) counted
    as the force he served: the scorer weighs the forces a sentence names, not the roles they play in it."""
    out: list[ActorEntry] = []
    for s, e in ctx.actors:
        group = getattr(s.value, "group", "")
        was = actors().get(group[len(FORMER):]) if group.startswith(FORMER) else None
        out.append(was or e)
    return out


def family_features(ctx: SentenceContext, fam: list[Match], kept: list[Match],
                    other_family: bool) -> dict[str, float]:
    """Features of one sentence for one event family (see :mod:`rasd.events.scorer`); ``w:<word>`` for
    each word, ``win:<word>`` for those within WINDOW tokens of the first trigger (word vectors only)."""
    kinds = {_cue(c).kind for c in ctx.cues}
    tes = [_trig(m) for m in kept]
    f: dict[str, float] = {}
    if tes:
        f["w_max"] = max(t.trigger.weight for t in tes)
        f["n_triggers"] = min(len(tes), 3) / 3
        f["verb"] = float(any("verb" in t.flags for t in tes) or any(_undertaken(ctx, m) >= 0 for m in kept))
        f["specific"] = float(any("casualty" not in t.flags for t in tes))
        f["casualty"] = float(any("casualty" in t.flags for t in tes))
        f["plural_only"] = float(all("plural" in t.flags for t in tes))
        f["accompaniment"] = float(all(t.trigger.key in _ACCOMPANY for t in tes))
    else:
        f["blocked_all"] = 1.0
    f["casualty_number"] = float(_has_casualty_number(ctx))
    f["number"] = float(bool(ctx.numbers))
    first = min((m.start for m in (kept or fam)), default=ctx.sentence.start)
    # a denial, plan, threat, condemnation or negation speaks of the act only when it comes before the
    # act's first mention ("هددت بشن هجوم"); after it, it qualifies something else ("… يعتقد أنها …")
    scoped = {_cue(c).kind for c in ctx.cues if c.start < first and not _own_complement(ctx, c, first)}
    for k in ("anchor", "result", "attribution", "generic", "historical"):
        f[k] = float(k in kinds)
    for k in ("denial", "claim", "irrealis", "condemn", "negation"):
        f[k] = float(k in scoped)
    fi = ctx.tok(first)
    if tes and not f["casualty"] and _death_of_act(ctx, fi):
        f["casualty"] = 1.0  # "فارق طفل الحياة جراء انفجار لغم": the act's toll, as "قتل طفل جراء …" tells it
    verb_at = next((_undertaken(ctx, m) for m in kept if m.start == first), -1)
    # an embedding cue covers the act within its window ("التحقيق اللبناني في حادث الاعتداء"), at least 3 tokens
    f["embed"] = float(any(_cue(c).kind == "embed" and c.end <= first
                           and fi - ctx.tok(c.start) <= max(_cue(c).window, _EMBED_REACH) for c in ctx.cues))
    named = named_entries(ctx)
    inters = {e.inter for e in named}
    f["armed_actor"] = float(bool(inters & ARMED_INTER))
    armed = [e for e in named if e.inter in ARMED_INTER]
    f["two_sides"] = float(any(not _same_side(a, b) for a in armed for b in armed))
    f["civ_actor"] = float(7 in inters)
    f["protester_actor"] = float(bool(inters & _CROWD_INTER))
    f["crowd_agent"], f["crowd_object"] = (float(b) for b in _crowd_roles(ctx))
    # an explicit date or time of day ("12 ديسمبر 2005", "مساء الجمعة"): the act is placed in time
    f["dated"] = float(any(ctx.sentence.start <= t.start < ctx.sentence.end for t in ctx.times))
    n_tok = ctx.i1 - ctx.i0 + 1
    f["long"] = float(n_tok > _LONG_SENTENCE)
    opening = ctx.i0
    particle = -1
    if _CHRONICLE_HEAD.match(ctx.nt.original[ctx.sentence.start:first]):
        # an entry of a chronology ("* 3 مارس 2005: اغتيال الوزير …"): the entry's date anchors the act, which
        # opens the entry's text
        f["anchor"] = f["dated"] = 1.0
        opening = fi
    elif opening + 1 < fi and ctx.token_values[opening] in _PERFECT_PARTICLES \
            and ctx.token_values[opening + 1] in _TAKING_PLACE:
        # the particle before a verb of taking place ("وقد شهدت المدينة تجمعات احتجاجية"): the sentence reads
        # as if that verb opened it (for the position of its act and for its words)
        particle = opening
        opening += 1
    act_at = verb_at if verb_at >= 0 else fi  # "أقدم مسلحون، مساء اليوم، على اختطاف …": the act opens the sentence
    turn = _NEWS_TURN.match(ctx.nt.original, ctx.sentence.start, first)
    item_opening = opening
    if turn is not None and particle < 0:
        after = ctx.tok(turn.end() - 1) + 1
        if after < len(ctx.token_values) and strip_conj(ctx.token_values[after]) in _ADOPT_OPEN:
            # a side's claim of its act after a connective that turns to another item of the news ("إلى ذلك، تبنت
            # المقاومة الإسلامية في العراق في بيان هجوماً …"): the act is early when it is early in the claim's clause
            item_opening = after
    where = _PLACE_TURN.match(ctx.nt.original, ctx.sentence.start, first) if turn is None and particle < 0 else None
    if where is not None and any(where.start() <= p.start and p.end <= where.end() for p in ctx.places):
        # a place that turns a roundup to its next item ("وفي محافظة الضالع، استشهدت امرأة …", "وفي إقليم
        # كوردستان، قال مسؤول إن المدفعية التركية قصفت …") is no part of the item's clause: the act is early when it
        # is early in the clause after the place's comma
        item_opening = ctx.tok(where.end() - 1) + 1
    f["early"] = float(act_at - max(opening, item_opening) <= 8)
    f["first"] = float(act_at - opening <= 2)
    # rule-only features (no weight in scorer.tsv; read by rasd.events.scorer.rule_accepts): a connective of the
    # news item opens the sentence and the act follows its comma at once ("وفي سياق متصل، سقطت قذائف …", "إلى ذلك،
    # قتل …"), the act standing first as it would without it; and a background act told in the pluperfect ("وكانت
    # عبوة قد انفجرت الشهر الماضي قرب …")
    f["turn_first"] = float(turn is not None and particle < 0 and act_at - (ctx.tok(turn.end() - 1) + 1) <= 2)
    # (rule-only) a report's verb of saying opens the sentence (after a connective, too) and the act's own verb opens
    # the clause it reports, its doer between ("أفاد مصدر محلي بأن مجهولين اختطفوا، مساء السبت، شاباً …"): the act
    # stands first in the reported clause as it would without the source
    said_at = ctx.tok(turn.end() - 1) + 1 if turn is not None and particle < 0 else opening
    f["said_first"] = float(_said_first(ctx, kept, said_at, act_at))
    # (rule-only) a verb of breaking out or flaring up right before the act's noun (_FIGHT_OUTBREAK)
    f["outbreak"] = float(fi > ctx.i0 and strip_conj(ctx.token_values[fi - 1]) in _FIGHT_OUTBREAK)
    f["recall_act"] = float(_pluperfect(ctx) and _pluperfect_act(ctx))
    # (rule-only) the act told by its noun after a finite past verb of going as far as doing it ("أقدمت العصابة مطلع
    # الشهر على خطف الشاب", "عمد مجهولون فجر اليوم إلى تفجير عبوة"): the doer did the act, as its own verb would say
    # (a toll word, "عمدت القوات إلى قتل …", names deaths, seldom one act told)
    f["ventured"] = float(any(_ventured(ctx, m) for m in kept
                              if _trig(m).trigger.event_type in VIOLENT and "casualty" not in _trig(m).flags))
    # the pluperfect of a verb of taking place whose object is the act ("وكانت مدينة جاسم قد شهدت مطلع الشهر
    # اغتيال …"): the verb realises the act as "شهدت المدينة اغتيال …" does, however far the act stands from the start
    f["recall_seen"] = float(bool(f["recall_act"]) and _pluperfect_seen(ctx, first))
    if f["recall_seen"] and f["long"]:
        # (rule-only) a recall whose act is followed by its toll ("وكانت مدينة X قد شهدت مساء الأحد إلقاء قنبلة على
        # منزل …، ما أسفر عن إصابة امرأتين …"): the act's clause, up to the cue of its result, is its length
        res = min((c.start for c in ctx.cues if _cue(c).kind == "result" and c.start >= first), default=-1)
        clause = ctx.tok(res) - ctx.i0 if res > 0 else n_tok
        f["recall_clause_short"] = float(clause <= _LONG_SENTENCE)
    if not f["recall_act"] and (f["armed_actor"] or f["civ_actor"] or (f.get("casualty") and f["dated"])
                                or (f["dated"] and _violent_verb_after_first(ctx, kept))) \
            and _not_first_recall(ctx, kept):
        # "ولم تكن هذه المحاولة الأولى، إذ نجا قيادي سابق في الفصائل من عبوة الشهر الماضي …": the earlier act of the
        # kind the sentence goes on to tell by its own verb, with a side it names (or its dead and a time of its own:
        # "إذ قُتل رئيس المجلس السابق في آب الماضي بانفجار عبوة"), a recall as the pluperfect tells it; (rule-only)
        # realised as a dated recall is, whether a verb or a noun tells it (scorer._dated_recall)
        f["recall_act"] = f["not_first"] = 1.0
        if f["long"]:
            # (rule-only) "وليست هذه الحادثة الأولى من نوعها في ريف دمشق، إذ نجا … من محاولة اغتيال مطلع شباط
            # الماضي، عندما انفجرت عبوة …": the recalled act's clause, from "إذ" to its own time, is its length
            clause, _opener = _likeness_clause(ctx, kept)
            if clause:
                f["recall_clause_short"] = 1.0
    if not f["recall_act"] and (f["armed_actor"] or f["civ_actor"] or f["dated"]):
        # (likeness said by an adjective: "وتعد هذه الحادثة الثانية من نوعها، إذ …" counts acts the news belongs to, and
        # a shooting it recalls may be of any kind)
        clause, opener = _likeness_clause(ctx, kept, _LIKENESS_ADJECTIVES)
        if clause:
            # "وسبق أن شهدت جرمانا ومحيطها عمليات خطف مشابهة، إذ خُطف طفل في بلدة X منتصف أيلول الماضي": acts of the
            # kind said to have come before, then "إذ" tells one by its trigger with a time of its own: a recall as
            # "not the first" is (not_first); a general word or an embedding noun before "إذ" ("عمليات خطف
            # مشابهة") names the kind, not the act the clause tells
            f["recall_act"] = f["not_first"] = 1.0
            f["recall_clause_short"] = 1.0
            if all(c.start < opener for c in ctx.cues if _cue(c).kind == "generic"):
                f["generic"] = 0.0
            f["embed"] = 0.0  # (the embedding cues it reads stand before the act's first word, so before "إذ")
    if not f["recall_act"] and (f["armed_actor"] or f["civ_actor"] or f["dated"]):
        clause, opener = _clause_pluperfect(ctx, kept)
        if clause:
            # "وهذه ثالث عملية خطف في المدينة منذ مطلع الخريف، إذ كان طبيب قد اختُطف من عيادته في أيلول الماضي":
            # a clause of "إذ/حيث كان … قد" tells an earlier act by its own verb with a month or a day of its own,
            # a recall as a sentence opening on the pluperfect is; (rule-only) its clause, up to that time, its length;
            # a general word before the clause ("ثالث عملية خطف") names the kind, not the act the clause tells
            f["recall_act"] = 1.0
            f["recall_clause_short"] = float(clause <= _LONG_SENTENCE)
            if all(c.start < opener for c in ctx.cues if _cue(c).kind == "generic"):
                f["generic"] = 0.0
    if not f["recall_act"] and _reminder_pluperfect(ctx):
        # "يشار إلى أن وسائط دفاعنا الجوي كانت قد تصدت في الثالث من الشهر الجاري لعدوان إسرائيلي مماثل استهدف محيط
        # دمشق": a reminder's pluperfect whose verb met or saw the act recalls that act as "وكانت … قد شهدت" does
        f["recall_act"] = f["recall_seen"] = 1.0
    if not f["recall_act"] and _reminder_seen(ctx, first):
        # "يُذكر أن مدينة طفس شهدت في أيلول 2022 خطف تاجر …": a reminder whose place saw the act recalls it as the
        # pluperfect does ("وكانت المدينة قد شهدت …")
        f["recall_act"] = f["recall_seen"] = 1.0
    # a sequel that names the earlier act right after the time passed since it ("ويأتي ذلك بعد أيام من مقتل شابين …")
    sequel = _SEQUEL_OPENING.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
    named_at = ctx.tok(min((m.start for m in fam), default=first))  # the act's word, a toll's too ("من مقتل …")
    f["recall_sequel"] = float(sequel is not None and 0 <= named_at - ctx.tok(sequel.end() - 1) <= 2)
    if f["recall_sequel"] and _sequel_days(ctx, sequel):
        f["dated"] = 1.0  # "بعد يومين من اغتيال …": the days counted back from the news date the act
    if f["recall_sequel"] and f["long"] and sequel is not None:
        # a sequel whose act ends on its own time, then goes on to its aftermath ("ويأتي ذلك بعد أيام من اختطاف
        # مسلحين … في بادية X يوم الخميس الماضي، قبل أن يفرجوا عن …"): the act's clause, up to that time, is its length
        own_time = min((t.end for t in ctx.times if sequel.end() <= t.start < ctx.sentence.end), default=-1)
        clause = ctx.tok(own_time - 1) - ctx.i0 + 1 if own_time > 0 else n_tok
        f["sequel_clause_short"] = float(clause <= _LONG_SENTENCE)
    f["length"] = min(n_tok, 80) / 80
    f["late"] = float(n_tok > 12 and (fi - ctx.i0) / n_tok > 0.6)
    text = ctx.nt.original[ctx.sentence.start:ctx.sentence.end]
    f["quote"] = float(bool(_QUOTED_SPEECH.search(text)))
    f["other_family"] = float(other_family)
    for t in tes:
        f["t:" + t.trigger.key] = 1.0
    i0, i1 = ctx.i0, ctx.i1
    for i, v in enumerate(ctx.token_values[i0:i1 + 1], i0):
        v = scorer_strip_conj(v)  # the words the shipped weights were trained on
        if len(v) > 1 and i != particle and not v.isdigit():
            f["w:" + v] = 1.0
            if abs(i - fi) <= WINDOW:  # near the first trigger: the scorer's window word vector
                f["win:" + v] = 1.0
    return {k: v for k, v in f.items() if v}


# prepositions and particles that make the crowd noun after them an object or a place, not the actor
_CROWD_OBLIQUE_BEFORE = frozenset(norm_key(w) for w in (
    "على", "ضد", "إلى", "مع", "من", "بين", "أمام", "لدى", "عن", "بحق", "حول", "وسط"))
# quantity words after which a crowd noun in the genitive is still the subject ("تجمع آلاف المتظاهرين")
_CROWD_COUNT = frozenset(norm_key(w) for w in (
    "آلاف", "مئات", "عشرات", "ألوف", "ألف", "مئة", "مائة", "نحو", "حوالى", "حوالي", "ملايين", "مليون", "عدد"))
# crowd nouns (normalised stems) and the endings they take
_CROWD_STEMS = frozenset(norm_key(w) for w in ("متظاهر", "محتج", "معتصم", "مضرب"))
_CROWD_ENDINGS = ("", "ون", "و", "ين", "ا", "ان", "ه", "ات")
_CROWD_PREFIXES = ("", "ال", "بال", "لل", "ب", "ل")


def _crowd_word(v: str) -> tuple[str, str] | None:
    """(glued prefix, ending) of a crowd noun token ("بالمتظاهرين" → ("بال", "ين")), None for other words."""
    for pre in _CROWD_PREFIXES:
        if not v.startswith(pre):
            continue
        rest = v[len(pre):]
        for end in _CROWD_ENDINGS:
            if rest.endswith(end) and rest[:len(rest) - len(end)] in _CROWD_STEMS:
                return pre, end
    return None


_CROWD_FORMS: dict[str, tuple[str, str] | None] = {}  # token value → _crowd_word(strip_conj(value))


def _crowd_form(v: str) -> tuple[str, str] | None:
    """:func:`_crowd_word` of a token value without its conjunction, cached (each token is looked at once per
    family of each sentence)."""
    try:
        return _CROWD_FORMS[v]
    except KeyError:
        if len(_CROWD_FORMS) > 200_000:
            _CROWD_FORMS.clear()
        r = _CROWD_FORMS[v] = _crowd_word(strip_conj(v))
        return r


def _crowd_roles(ctx: SentenceContext) -> tuple[bool, bool]:
    """(protesters act, protesters are acted on) in the sentence, from the case and the neighbours of each
    crowd noun ("المتظاهرون", "محتجين", "متظاهرا"):

    - the nominative plural ("المتظاهرون", "محتجون", the construct "متظاهرو") or any form counted by a
      number or a quantity word ("آلاف المتظاهرين", "300 متظاهر"): the crowd is the subject of the act;
    - any other form after a preposition ("على المتظاهرين"), with a glued ب/ل ("بالمتظاهرين"), or up to three
      words after a casualty, arrest or violence word ("قتل متظاهر", "اعتقلت الشرطة عشرات المحتجين"): the
      crowd is what someone else did something to."""
    agent = obj = False
    s0, s1 = ctx.i0, ctx.i1
    hits = {ctx.tok(q.end - 1) for q in ctx.quantities
            if q.payloads[0] in ("killed", "injured", "arrested", "abducted", "captured")}
    hits |= {ctx.tok(m.end - 1) for m in ctx.triggers
             if _trig(m).trigger.event_type not in DEMO or _trig(m).trigger.sub_event_type != "Peaceful protest"}
    num_ends = {ctx.tok(max(n.end - 1, n.start)) for n in ctx.numbers}
    forms = _CROWD_FORMS
    for i in range(s0, s1 + 1):
        v = ctx.token_values[i]
        form = forms[v] if v in forms else _crowd_form(v)
        if form is None:
            continue
        pre, end = form
        prev = ctx.token_values[i - 1] if i > s0 else ""
        counted = prev in _CROWD_COUNT or (i - 1) in num_ends
        if pre in ("", "ال") and end in ("ون", "و") and prev not in _CROWD_OBLIQUE_BEFORE:
            agent = True
        elif pre not in ("", "ال") or prev in _CROWD_OBLIQUE_BEFORE or any(
                j in hits for j in range(max(i - 3, s0), i)):
            obj = True
        elif counted:
            agent = True
    return agent, obj


# the buildings a force blows up or demolishes (the object of "نسف")
_DEMOLISHED = frozenset(p + w for p in ("", "ال") for w in (
    "مباني", "مبان", "مبنى", "مبني", "مبنيين", "منازل", "منزل", "منزلا", "منزلين", "بيوت", "بيوتا", "بيت",
    "بنايات", "بنايه", "عمارات", "عماره", "ابراج", "برج", "مربعات", "مربعا", "مربع", "احياء", "حيا", "مسجد",
    "مسجدا", "مدرسه", "جسر", "جسرا", "جسور"))
# Verb–object phrases that Arabic splits with the subject (VSO): "أطلق مسلحون النار", "شنت طائرات
# حربية غارات", "ألقت الشرطة القبض".  verb forms (normalised) → object words → the trigger they form.
_SPLIT_GAP = 5
_SPLIT_PHRASES: tuple[tuple[frozenset[str], frozenset[str], str], ...] = (
    (frozenset({"اطلق", "اطلقت", "اطلقوا"}), frozenset({"النار", "النيران"}), "أطلق النار"),
    (frozenset({"فتح", "فتحت", "فتحوا"}), frozenset({"النار", "نيرانها", "نيرانه"}), "فتحت النار"),
    (frozenset({"القت", "القي", "القوا"}), frozenset({"القبض"}), "ألقت القبض"),
    (frozenset({"شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا"}), frozenset({"غاره", "غارات", "غارتين"}),
     "شنت غارة"),
    (frozenset({"شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا"}), frozenset({"هجوما", "هجمات", "هجومين"}),
     "شن هجوما"),
    (frozenset({"نصب", "نصبت", "نصبوا"}), frozenset({"كمينا", "كمين"}), "كمينا"),
    # rockets or shells fired by a named launcher ("أطلقت طائرة بلا طيار صاروخين", "أطلق المسلحون قذائف")
    (frozenset({"اطلق", "اطلقت", "اطلقوا"}),
     frozenset({"صاروخا", "صاروخين", "صواريخ", "قذيفه", "قذيفتين", "قذائف"}), "أطلقت صواريخ"),
    # a sit-in held or organised, its time or its organisers between ("أقيمت بعد ظهر اليوم وقفة", "نظّم العشرات من
    # طلاب الجامعة وقفة احتجاجية")
    (frozenset({"اقيمت", "نظم", "نظمت", "نظموا"}), frozenset({"وقفه", "وقفات"}), "أقيمت وقفة"),
    # hostages taken or held ("احتجز المسلحون عشرين موظفا رهائن", "أخذت الجماعة 30 رهينة")
    (frozenset({"احتجز", "احتجزت", "احتجزوا", "اخذ", "اخذت", "اخذوا", "اتخذ", "اتخذت", "اتخذوا"}),
     frozenset({"رهائن", "رهينه", "رهينتين", "كرهائن", "كرهينه", "كرهينتين"}), "احتجزوا رهائن"),
    # a downing or an interception of a counted weapon ("إسقاط ثلاث طائرات مسيرة"), or by a side named by the
    # noun's pronoun ("بإسقاطه الطائرة"): the weapon is the object of the air defence, not a strike of its own
    # (see _drop_disrupted_weapons)
    (frozenset(c + n + p for c in ("", "ب") for n in ("اسقاط", "اعتراض") for p in ("", "ه", "ها", "هم")),
     frozenset(p + w for p in ("", "ال") for w in ("طائره", "طائرات", "طائرتين", "مسيره", "مسيرات", "مسيرتين",
                                                    "صاروخ", "صواريخ", "صاروخين")),
     "إسقاط طائرة"),
    # buildings blown up by a force that holds the ground ("نسفت قوات الاحتلال مباني سكنية", "ونسف الجيش منازل"):
    # a destruction of property (ACLED), not a bombing of people; a plan or a deal "blown up" names no building
    (frozenset({"نسف", "نسفت", "نسفوا"}), _DEMOLISHED, "نسفت مباني"),
    # a defection announced by its subject ("أعلن ضابط في الجيش انشقاقه")
    (frozenset({"اعلن", "اعلنت", "اعلنوا"}), frozenset({"انشقاقه", "انشقاقهم", "انشقاقها"}), "أعلن انشقاق"),
    # fighters handing over their own weapons ("سلّم عشرات المسلحين أسلحتهم"; the possessive weapon noun is a
    # weak trigger of its own, so that the sentence is looked at)
    (frozenset({"سلم", "سلمت", "سلموا"}),
     frozenset({"اسلحتهم", "اسلحته", "اسلحتها", "سلاحهم", "سلاحه", "سلاحها", "انفسهم"}), "سلموا أسلحتهم"),
)
_SPLIT_VERBS = frozenset(v for vs, _, _ in _SPLIT_PHRASES for v in vs)
# rockets fired by a launcher named at length ("أطلقت طائرة بلا طيار تابعة لـ … صاروخين على منزل"): the object may
# stand this far from the verb when a preposition of aim follows it
_AIMED_SURFACES = frozenset({"أطلقت صواريخ", "شنت غارة"})  # (and raids launched by an air force named at length, a
# time set off by commas: "شنّ طيران العدوان الأمريكي البريطاني، فجر اليوم، ثلاث غارات على …")
_NOUN_SURFACES = frozenset({"إسقاط طائرة"})
_AIMED_GAP = 12
_AIM = frozenset(norm_key(w) for w in ("على", "باتجاه", "نحو", "صوب", "اتجاه", "في"))
# a vigil held by organisers named at length ("نظّم العشرات من أعضاء نقابة المعلمين في المدينة وقفة احتجاجية أمام
# …", "نظّم قاطنو مخيمات البلدة، اليوم، وقفة احتجاجية"): the noun may stand this far from the verb when a word that
# makes it a protest's follows it (:data:`_HELD_KINDS`)
_HELD_SURFACES = frozenset({"أقيمت وقفة"})
_HELD_GAP = 10  # tokens allowed between "أقيمت/نظّم" and a vigil noun that _HELD_KINDS follows
_HELD_KINDS = frozenset(norm_key(w) for w in ("احتجاجية", "احتجاجيتين", "تضامنية", "صامتة", "أمام"))
# every token that reads as a split verb (with a conjunction glued: see _split_triggers): a sentence with none
# has no split trigger
_SPLIT_TOKENS = _SPLIT_VERBS | frozenset(c + v for v in _SPLIT_VERBS for c in "وف" if len(v) >= 3)


def _split_triggers(ctx: SentenceContext) -> list[Match]:
    """Triggers of verb–object phrases split by their subject, anchored on the verb."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    out: list[Match] = []
    if _SPLIT_TOKENS.isdisjoint(vals[i0:i1 + 1]):
        return out
    for i in range(i0, i1 + 1):
        v = vals[i]
        if v not in _SPLIT_VERBS and len(v) > 3 and v[0] in "وف":
            v = v[1:]
        if v not in _SPLIT_VERBS:
            continue
        for verbs, objects, surface in _SPLIT_PHRASES:
            if v not in verbs:
                continue
            gap = _AIMED_GAP if surface in _AIMED_SURFACES else _HELD_GAP if surface in _HELD_SURFACES \
                else _SPLIT_GAP
            # a verbal noun whose doer is its pronoun has its object right after it ("بإسقاطه الطائرة")
            first = i + 1 if surface in _NOUN_SURFACES and vals[i].endswith(("ه", "ها", "هم")) else i + 2
            for j in range(first, min(i + 2 + gap, i1 + 1)):
                if vals[j] in objects:
                    far_ok = _HELD_KINDS if surface in _HELD_SURFACES else _AIM
                    if j >= i + 2 + _SPLIT_GAP and not any(w in far_ok for w in vals[j + 1:min(j + 3, i1 + 1)]):
                        break  # far from its verb and aimed at nothing (or no protest's): not its object
                    entry = trigger_entries().get(norm_key(surface))
                    sp = ctx.token_spans[i]
                    # a trigger already on the verb: the phrase adds nothing unless the verb alone is a weaker one
                    # ("احتجزت" 0.5 → "احتجزت … رهائن")
                    if entry is not None and not any(
                            m.start <= sp.start < m.end and (m.end > sp.end or _trig(m).trigger.weight >=
                                                             entry.trigger.weight) for m in ctx.triggers):
                        out.append(Match(sp.start, sp.end, sp.start, sp.end, norm_key(surface), [entry]))
                    break
    return out


# ---------------------------------------------------------------- acts on property told with words between

# Acts on property whose verb and object Arabic parts with a count, a time or the doer ("قطعوا نحو مئتي شجرة
# زيتون", "سوّت جرافات الجيش منزلاً بالأرض", "استولوا، الأسبوع الماضي، على أراضٍ"): the trigger entries are
# unbroken runs, so these are found here, anchored on the verb (ACLED: Looting/property destruction).
# trees cut or uprooted, fields burnt, homes looted, houses demolished: the verbs; a bare form that is the verbal
# noun as well ("قطع", "نهب", "هدم") is taken only after a light verb ("أقدموا على قطع …") or opening the sentence
# ("وقطع مستوطنون …"; within it "… وهدم المنازل" is mostly a noun in a list); the object is named within _CUT_GAP
# tokens after it, no preposition of place before it
_CUT_VERBS = frozenset(norm_key(w) for w in (
    "قطعت", "قطعوا", "اقتلع", "اقتلعت", "اقتلعوا", "قلعت", "قلعوا"))
_CUT_NOUNS = frozenset(norm_key(w) for w in ("قطع", "اقتلاع", "قلع"))
_TREES = frozenset(p + norm_key(w) for p in ("", "ال") for w in (
    "شجرة", "أشجار", "شجرات", "شجيرات", "أشجاراً", "شتلة", "شتلات", "غراس", "أغراس", "غرسة", "نخلة", "نخيل",
    "كروم"))
_BURN_VERBS = frozenset(norm_key(w) for w in ("أحرق", "أحرقت", "أحرقوا", "حرقت", "حرقوا"))
_BURN_NOUNS = frozenset(norm_key(w) for w in ("حرق", "إحراق"))
_FIELDS = frozenset(p + norm_key(w) for p in ("", "ال") for w in (
    "حقول", "حقل", "محاصيل", "محصول", "مزروعات", "أراضي", "أراض", "بيادر", "دونم", "دونماً", "دونمات"))
# (not "سرق": a theft, a burglary, mostly crime news with no armed side: "سرقوا المنزل")
_LOOT_VERBS = frozenset(norm_key(w) for w in ("نهبت", "نهبوا", "سلبت", "سلبوا"))
_LOOT_NOUNS = frozenset(norm_key(w) for w in ("نهب", "سلب"))
_GOODS = frozenset(p + norm_key(w) for p in ("", "ال") for w in (
    "محتويات", "ممتلكات", "محلات", "محال", "متاجر", "مواشي", "أغنام", "أثاث", "معدات", "مستودع", "مستودعات"))
_RAZE_VERBS = frozenset(norm_key(w) for w in ("هدمت", "هدموا"))
_RAZE_NOUNS = frozenset(norm_key(w) for w in ("هدم",))
_CUT_ENTRY = "قطعوا أشجار"
# a preposition of place before the object: it is where the act was, not its object ("قطعوا الطريق قرب أشجار …")
_BESIDE = frozenset(norm_key(w) for w in (
    "قرب", "بقرب", "في", "بين", "عند", "تحت", "حول", "داخل", "أمام", "خلف", "بجانب", "جانب", "إلى", "عبر",
    "وسط", "فوق", "ضمن", "لدى"))
_CUT_GAP = 8  # tokens after the verb within which the object is named (a time and a count between)
# (verbs, their ambiguous bare forms, the objects, the trigger entry they form; buildings are the objects of every act
# but the cutting of trees)
_PROPERTY_ACTS: tuple[tuple[frozenset[str], frozenset[str], frozenset[str], str], ...] = (
    (_CUT_VERBS, _CUT_NOUNS, _TREES, _CUT_ENTRY),
    (_BURN_VERBS, _BURN_NOUNS, _FIELDS | _TREES | _DEMOLISHED, "أحرقوا حقول"),
    (_LOOT_VERBS, _LOOT_NOUNS, _GOODS | _DEMOLISHED, "نهبوا منازل"),
    (_RAZE_VERBS, _RAZE_NOUNS, _DEMOLISHED, "هدموا منازل"),
)
# houses levelled ("سوّت الجرافات منزلاً بالأرض"): the building within _LEVEL_GAP tokens (the doer and the time may
# stand between: "سوّت جرافات تابعة للجيش، يوم أمس، منزلاً بالأرض"), "بالأرض" right after it
_LEVEL_GAP = 12
_LEVEL_VERBS = frozenset(norm_key(w) for w in ("سوّى", "سوّت", "سوّوا"))
_GROUND_LEVEL = frozenset(norm_key(w) for w in ("بالأرض", "بالارض"))
_LEVEL_ENTRY = "سوت منزلا بالأرض"
# land, groves or houses seized with a time or the doer between the verb and its "على" ("استولوا في تشرين الأول
# على نحو ثلاثمئة شجرة"); a town or a position after "على" is territory taken (_seized_place), not property
_SEIZE_VERBS = frozenset(norm_key(w) for w in ("استولى", "استولت", "استولوا"))
_SEIZE_GAP = 8  # tokens between the verb and its "على"
_SEIZE_ON_WORD = norm_key("على")
_SEIZE_ENTRY = "استولوا على ممتلكات"
# what a seizure of property takes: land, groves, trees, herds, houses, goods
_HOLDINGS = _TREES | _FIELDS | _GOODS | _DEMOLISHED | frozenset(p + norm_key(w) for p in ("", "ال") for w in (
    "أرض", "بستان", "بساتين", "كرم", "قطيع", "قطعان", "أموال", "سيارة", "سيارات", "عقارات", "عقار"))


_PROPERTY_WORDS = frozenset(v for vs, ns, _, _ in _PROPERTY_ACTS for v in vs | ns) | _LEVEL_VERBS | _SEIZE_VERBS
# every token that may open such an act (with a conjunction glued): a sentence with none has none
PROPERTY_TOKENS = _PROPERTY_WORDS | frozenset(c + v for v in _PROPERTY_WORDS for c in "وف")


def property_triggers(ctx: SentenceContext) -> list[Match]:
    """Triggers of acts on property whose verb and object stand apart (see :data:`_CUT_VERBS`,
    :data:`_LEVEL_VERBS`, :data:`_SEIZE_VERBS`), anchored on the verb; the sentence's context takes them among its
    triggers (rasd.events.stage.sentence_contexts), so that a sentence with no other trigger is read."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    out: list[Match] = []
    if PROPERTY_TOKENS.isdisjoint(vals[i0:i1 + 1]):
        return out
    if any(_trig(m).trigger.event_type in VIOLENT for m in ctx.triggers):
        # "هاجموا المزارعين … وأحرقوا نحو عشرة دونمات", "قُتل راعيان بعد أن استولى المسلحون على قطيع": the
        # property is that act's spoil or its damage, no event of its own (as "استولوا على" beside violence)
        return out
    for i in range(i0, i1 + 1):
        v = vals[i]
        if v not in _PROPERTY_WORDS and len(v) > 3 and v[0] in "وف":
            v = v[1:]
        surface = ""
        act = next((a for a in _PROPERTY_ACTS if v in a[0] or v in a[1]), None)
        if act is not None:
            verbs, nouns, objects, entry_surface = act
            sp = ctx.token_spans[i]
            told = trigger_entries().get(norm_key(entry_surface))
            if told is None or (v in nouns and i != i0 and not _light_verb(
                    ctx, Match(sp.start, sp.end, sp.start, sp.end, v, [told]))):
                continue
            if verbs is _CUT_VERBS and any(m.start <= sp.start < m.end for m in ctx.triggers):
                continue  # "قطعوا الطريق": the verb has an object of its own
            if any(vals[j] in objects and strip_conj(vals[j - 1]) not in _BESIDE
                   for j in range(i + 1, min(i + 1 + _CUT_GAP, i1 + 1))):
                surface = entry_surface
        elif v in _LEVEL_VERBS:
            if any(vals[j] in _DEMOLISHED and _GROUND_LEVEL.intersection(vals[j + 1:min(j + 3, i1 + 1)])
                   for j in range(i + 1, min(i + 1 + _LEVEL_GAP, i1 + 1))):
                surface = _LEVEL_ENTRY
        elif v in _SEIZE_VERBS and i + 1 <= i1 and vals[i + 1] != _SEIZE_ON_WORD:
            on = next((j for j in range(i + 2, min(i + 2 + _SEIZE_GAP, i1 + 1)) if vals[j] == _SEIZE_ON_WORD), -1)
            if on < 0:
                continue
            o = ctx.token_spans[on]
            if _seized_place(ctx, Match(o.start, o.end, o.start, o.end, _SEIZE_ON_WORD, [])) or not any(
                    vals[j] in _HOLDINGS for j in range(on + 1, min(on + 1 + _SEIZED_REACH, i1 + 1))):
                continue  # a town or a position (territory), or power, a government, the initiative: no property
            surface = _SEIZE_ENTRY
        if not surface:
            continue
        entry = trigger_entries().get(norm_key(surface))
        sp = ctx.token_spans[i]
        if entry is None or any(m.start <= sp.start < m.end and _trig(m).trigger.weight >= entry.trigger.weight
                                for m in ctx.triggers):
            continue
        out.append(Match(sp.start, sp.end, sp.start, sp.end, norm_key(surface), [entry]))
    return out


def _all_triggers(ctx: SentenceContext) -> list[Match]:
    # (kept on the context with the trigger list it was read from: the trigger filter and the scorer's features ask
    # for it one after the other, and the callers only read it)
    kept = ctx.__dict__.get("_all_triggers")
    if kept is not None and kept[0] is ctx.triggers:
        return kept[1]
    splits = _split_triggers(ctx)
    found = sorted(ctx.triggers + splits, key=lambda m: m.start) if splits else ctx.triggers
    out = _readings(ctx, found)
    ctx.__dict__["_all_triggers"] = (ctx.triggers, out)
    return out


# ---------------------------------------------------------------- the reading of ambiguous trigger words

# the third-person pronoun suffixes ("فجرها", "عناصرهم")
_PRONOUNS = frozenset({"ه", "ها", "هم", "هما"})
# words that name a weapon or an air defence: what a verb of stopping ("تصدت", "أسقطت") must have
_WEAPON_STEMS = ("صاروخ", "صواريخ", "قذيف", "قذائف", "طائر", "طيران", "مسير", "درون", "دفاعات", "مضاد",
                 "عبوه", "عبوات", "لغم", "الغام", "معادي", "قنبل", "قنابل")
_AIR_DEFENCE = frozenset({"الجوي", "الجويه"})
# the protest words "مسيرة" (a march) and "مسيّرة" (a drone) are one word once the shadda is gone: the
# shadda, or a word that only a weapon takes, tells the drone
_MARCH_KEYS = frozenset({norm_key("مسيرة"), norm_key("مسيرات")})
_SHADDA = "\u0651"
_DRONE_WORDS = frozenset(norm_key(w) for w in (
    "محملة", "محمّلة", "مفخخة", "ملغمة", "مذخرة", "انقضاضية", "انتحارية", "مجهولة", "معادية", "حربية",
    "مسلحة", "محملتين", "مفخختين"))
_DRONE_ENTRY = {norm_key("مسيرة"): norm_key("طائرة مسيرة"), norm_key("مسيرات"): norm_key("طائرات مسيرة")}
# "بمسيرة" is a drone as an instrument ("قتل بمسيّرة") unless, with no shadda, the word after it is a march's
# ("خرج الأهالي بمسيرة جابت شوارع المدينة", "شاركوا بمسيرة حاشدة"): then the march of a protest
_INSTRUMENT_DRONE = norm_key("بمسيرة")
_MARCH_AFTER = frozenset(norm_key(w) for w in (
    "جابت", "طافت", "انطلقت", "حاشدة", "شعبية", "جماهيرية", "احتجاجية", "سلمية", "راجلة", "ضخمة", "تضامنية",
    "مناهضة", "منددة", "رافضة"))


def _names_weapon_word(ctx: SentenceContext, triggers: list[Match]) -> bool:
    """The sentence names a weapon (a strike weapon trigger, a missile, a drone, air defences); "فجر" that is
    the dawn of a time ("تصدت الوحدات فجر اليوم لهجوم …", not the verb of detonating: :func:`_detonation`) names
    none."""
    if any(_trig(m).trigger.event_type == "Explosions/Remote violence" and "vac_if_civ" not in _trig(m).flags
           and _trig(m).trigger.key not in _BARE_ATTACK
           and not (_trig(m).trigger.key == _DETONATE and "verb" in _trig(m).flags and not _detonation(ctx, m))
           for m in triggers):
        return True
    i0, i1 = ctx.i0, ctx.i1
    return any(v in _AIR_DEFENCE or any(s in v for s in _WEAPON_STEMS) for v in ctx.token_values[i0:i1 + 1])


_BARE_ATTACKS = frozenset({norm_key("هجمات")})
# "الهجوم البري", "هجوماً برياً": an attack by ground forces is a fight (ACLED: Battles), not a bare attack word
# (also the word of the ground after a drill word, :func:`_ground_operation`)
_GROUND = frozenset(norm_key(w) for w in ("بري", "بريا", "برية", "البري", "البرية"))


def _ground_attack(ctx: SentenceContext, m: Match) -> bool:
    """The attack word is qualified as a ground attack ("الهجوم البري"), so it names its own kind."""
    ti = ctx.tok(m.end - 1)
    nxt = ctx.token_values[ti + 1:ti + 2]
    return bool(nxt) and norm_key(nxt[0]) in _GROUND
# an attack foiled ("إحباط هجوم"): a weapon stopped when the sentence names the weapon ("باستخدام طائرة مسيرة"),
# else the fight that repelled it, as "تصدت لهجوم" (the attack word is the phrase's own)
_FOILED_ATTACK = frozenset({norm_key("إحباط هجوم")})


def _remote_weapon(m: Match) -> bool:
    te = _trig(m)
    return te.trigger.event_type == "Explosions/Remote violence" and "vac_if_civ" not in te.flags


def _remote_only(found: list[Match]) -> bool:
    """The sentence names a remote weapon (a drone, rockets, an air strike) and no fighting word."""
    return any(_remote_weapon(o) for o in found) and not any(
        _trig(o).trigger.event_type == "Battles" and _trig(o).trigger.key not in _BARE_ATTACKS | _BARE_ATTACK
        and "casualty" not in _trig(o).flags for o in found)


def _with_entry(m: Match, entry: TriggerEntry) -> Match:
    return Match(m.start, m.end, m.nstart, m.nend, m.key, [entry], m.prefix, m.suffix, m.glued)


# "فجر" unvowelled is the verb "detonated" or the noun "dawn": the verb has an explosive or a self for object
# ("فجر نفسه", "فجروا قنابلهم", "فجّر الانتحاري حزامه") or an attacker for subject beside it; the noun is
# followed by the day ("فجر اليوم", "فجر الجمعة") or stands as an adverb ("فجراً")
_DETONATE = norm_key("فجر")
_SELF = frozenset(norm_key(w) for w in ("نفسه", "نفسها", "نفسيهما", "أنفسهم", "أنفسهما"))
# stems of explosive objects, as they begin ("عبوته", "سيارات", "قنابلهم")
_BLAST_OBJECTS = tuple(norm_key(w) for w in (
    "قنبل", "قنابل", "عبوه", "عبوت", "عبوات", "حزام", "أحزمة", "سيار", "شاحن", "دراج", "صهريج", "لغم", "ألغام",
    "متفجر", "مفخخ", "ناسف"))
_ATTACKERS = tuple(norm_key(w) for w in ("انتحاري", "مهاجم", "مسلح", "إرهابي", "الانتحاري", "المهاجم", "المسلح",
                                         "الإرهابي", "انتحارية", "الانتحارية"))
_DAY_WORDS = frozenset(norm_key(w) for w in (
    "اليوم", "أمس", "يوم", "أول", "الغد", "غد", "هذا", "ذلك", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "السبت", "الأحد", "الماضي", "الفائت"))


def _bare(v: str) -> str:
    v = strip_conj(v)
    return v[2:] if v.startswith("ال") and len(v) > 4 else v


def _detonation(ctx: SentenceContext, m: Match) -> bool:
    """The bare "فجر" reads as the detonation verb (see _BLAST_OBJECTS)."""
    if m.prefix not in ("", "و", "ف"):
        return False  # "بفجر", "لفجر": the noun
    if m.suffix in _PRONOUNS:
        return True  # "فجرها": the verb with its object
    if m.suffix:
        return False  # "فجراً": the adverb of time
    s0, s1 = ctx.i0, ctx.i1
    ti = ctx.tok(m.start)
    nxt = [_bare(v) for v in ctx.token_values[ti + 1:min(ti + 3, s1 + 1)]]
    if not nxt or nxt[0] in _DAY_WORDS or strip_conj(ctx.token_values[ti + 1]) in _DAY_WORDS:
        return False
    if nxt[0] in _SELF or nxt[0].startswith(_BLAST_OBJECTS) or nxt[0].startswith(_ATTACKERS):
        return True
    if len(nxt) > 1 and (nxt[1] in _SELF or nxt[1].startswith(_BLAST_OBJECTS)):
        return True  # "فجر شخص نفسه"
    prev = _bare(ctx.token_values[ti - 1]) if ti > s0 else ""
    return prev.startswith(_ATTACKERS)


# a noun of violence or protest made a done act by a light verb: "قام مسلحون بخطفه", "تعرض الرجل للضرب",
# "تم اغتصابها" (the doer or the victim may stand between the light verb and the noun)
_DID = frozenset(norm_key(w) for w in ("قام", "قامت", "قاموا", "قاما", "تقوم", "يقوم", "يقومون"))
# the past of "تعرّض" (also the subject before it: _suffers_after), and its other forms
_SUFFERED_PAST = frozenset(norm_key(w) for w in ("تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا"))
_UNDERWENT = _SUFFERED_PAST | frozenset(norm_key(w) for w in (
    "بتعرض", "لتعرض", "تعرضه", "تعرضها", "تعرضهم", "بتعرضه", "بتعرضها", "بتعرضهم"))
_DONE = frozenset({norm_key("تم")})
# "أقدم مسلحون على اختطاف …", "عمدت القوات إلى هدم …": the doer went as far as the act, told by its noun after
# the preposition right before it (the doer, a time or a place between the light verb and the preposition); the
# past only (the present "يعمد الاحتلال إلى قصف …" tells a habit)
_VENTURE_ON = {norm_key("على"): _UNDERTOOK | frozenset(norm_key(w) for w in ("إقدام", "بإقدام")),
    norm_key("إلى"): frozenset(norm_key(w) for w in ("عمد", "عمدت", "عمدوا", "عمدا"))}
_RESUMPTIVE = frozenset({"به", "بها", "بهم", "بهما"})
_LIGHT_GAP = 12  # tokens between the light verb and its noun
# "تعرض" puts its victim between itself and the noun, and other writers describe the victim at length, with its
# place and time ("تعرّض حاجز تابع لـ … عند المدخل الغربي لمدينة … في ريف …، ليل الاثنين، لرشقات رشاشة")
_UNDERWENT_GAP = 22
# a light verb adds this much evidence to the noun (a done act), up to _LIGHT_CAP: about the weight of the verb
# itself ("تعرض للخطف" ≈ "خُطف", "قامت باستهداف" ≈ "استهدفت"), so a general word stays general
_LIGHT_BONUS = 0.2
_LIGHT_CAP = 0.9


# the particles that stress a perfect verb after them ("قد شهدت"), with their conjunction, and the verbs of a
# place witnessing or an act breaking out after which the particle tells the act of the sentence ("وقد شهدت
# المدينة تجمعات احتجاجية"); before other verbs it often opens a comment, a background or a retelling ("وقد
# أثارت موجة الاحتجاجات قلق …", "وقد ارتقى العديد من الشهداء …", "وقد وقع الانفجار الأول عند …")
_PERFECT_PARTICLES = frozenset(norm_key(w) for w in ("قد", "وقد", "فقد", "لقد", "ولقد"))
_TAKING_PLACE = frozenset(norm_key(w) for w in ("شهد", "شهدت", "اندلع", "اندلعت", "جرى", "جرت"))
# verbs of a fight breaking out or flaring up again, right before the act's noun as its subject ("وتجددت الاشتباكات
# فجر اليوم"، "اندلعت مواجهات مساء أمس"، "دارت معارك …"): the verb tells the act done, as the act's own verb would
_FIGHT_OUTBREAK = frozenset(norm_key(w) for w in ("تجدد", "تجددت", "اندلع", "اندلعت", "دارت", "استؤنفت"))
# an entry of a chronology: a date, a colon, then the act as a noun ("* 3 مارس 2005: اغتيال الوزير …"), the
# headline style of a done act
_CHRONICLE_HEAD = re.compile(r"^[\W_\u0640]*\d{1,2}\s*[^\d:]{2,40}?\d{4}\s*:\s*$")


# a connective that turns to another item of the same news, up to its comma ("وفي سياق متصل،", "في السياق ذاته،",
# "إلى ذلك،", "في غضون ذلك،", "من جهة أخرى،", "بالتزامن،", "ميدانياً،") (original text; tatweel and marks allowed)
_NEWS_TURN = re.compile(
    r"[\W_\u0640]*[وف]?(?:(?:في\s+)?(?:ال)?سياق\s+(?:متصل|ذاته|نفسه|آخر|مماثل)|إلى\s+ذلك|الى\s+ذلك"
    r"|في\s+(?:غضون\s+ذلك|الأثناء|الاثناء|هذه\s+الأثناء|هذه\s+الاثناء|الأثناء\s+ذاتها)"
    r"|من\s+(?:جهة|ناحية)\s+(?:أخرى|اخرى|ثانية)|بالتزامن|بالتوازي|ميدانيا[ًّ]?"
    r"|في\s+(?:ال)?سياق\s+منفصل|في\s+(?:حادثة|حادث)\s+(?:منفصل|منفصلة|أخرى|اخرى|آخر|اخر|ثانية|ثان))"
    r"[\u064B-\u0652\u0640]*\s*[،,]")

# the verbs of a side adopting its act, opening a news item ("إلى ذلك، تبنت الفصائل هجوماً …")
_ADOPT_OPEN = frozenset(norm_key(w) for w in ("تبنت", "تبنى", "تتبنى", "يتبنى", "تبنوا"))

# a place that opens the sentence up to its comma, a roundup's turn to its next item ("وفي محافظة الضالع،", "وفي قضاء
# بنت جبيل،", "وفي الخليل،"): at most four words after "في" (original text; tatweel and marks allowed)
_PLACE_TURN = re.compile(r"[\W_\u0640]*[وف]?(?:في|فى)\s+(?:[^\s،,.؛:]+\s+){0,3}[^\s،,.؛:]+"
                         r"[\u064B-\u0652\u0640]*\s*[،,]")

# more tokens than this make a long sentence (feature ``long``): one that may tell several things
_LONG_SENTENCE = 35


# a sequel that opens on the days or weeks passed since an earlier act, up to the "من"/"على" the act follows ("ويأتي
# ذلك بعد أيام من مقتل …", "وتأتي الحادثة بعد أسبوع على اغتيال …", "وجاء ذلك بعد يومين من …") (original text: the
# rule layer's feature ``recall_sequel``; the day such a sequel counts back is rasd.time.assign's ``_OFFSET_RE``)
_SEQUEL_OPENING = re.compile(
    r"[\W_\u0640]*[وف]?(?:يأتي|تأتي|ياتي|تاتي|جاء|جاءت|أتى|أتت)(?:\s+[^\s،,]+){0,2}?\s+(?:بعد|عقب)\s+"
    r"(?:(?:نحو|حوالي|حوالى|قرابة|زهاء|[أا]كثر\s+من|[أا]قل\s+من)\s+)?(?:\d+\s+)?"
    r"(?:يوم|يومين|[أا]يام|[أا]سبوع|[أا]سبوعين|[أا]سابيع|شهر|شهرين|[أا]شهر)[\u064b-\u0652]*(?:\s+واحد[\u064b-\u0652]*)?"
    r"\s+(?:من|على)\s")


# a sequel's lapse counted in whole days ("بعد يوم واحد من", "بعد يومين على", "بعد 3 أيام من"), not "بعد أيام":
# it dates the act it names as exactly as "أمس" does
_SEQUEL_DAYS = re.compile(r"(?:بعد|عقب)\s+(?:(?:\d+|ثلاثة|أربعة|اربعة|خمسة)\s+[أا]يام|يومين|يوم(?:\s+واحد)?)"
                          r"[\u064b-\u0652]*\s+(?:من|على)\s$")


def _sequel_days(ctx: SentenceContext, sequel: re.Match[str] | None) -> bool:
    """A sequel whose subject is an act noun (not "ذلك") and whose lapse is whole days (:data:`_SEQUEL_DAYS`)."""
    return sequel is not None and _SEQUEL_DAYS.search(sequel.group(0)) is not None and any(
        ctx.sentence.start <= t.start < sequel.end() for t in ctx.triggers)


def _chronicle_head(ctx: SentenceContext, m: Match) -> bool:
    return bool(_CHRONICLE_HEAD.match(ctx.nt.original[ctx.sentence.start:m.start]))


def _light_verb(ctx: SentenceContext, m: Match) -> bool:
    """A nominal violent or protest trigger is the object of a light verb that tells it happened: "قام … ب<noun>"
    (the doer between), "تعرض … ل<noun>" (the victim between), "تم <noun>", "أقدم … على <noun>", "عمد … إلى
    <noun>"."""
    ti = ctx.tok(m.start)
    s0 = ctx.i0
    vals = ctx.token_values
    if ti > s0 and strip_conj(vals[ti - 1]) in _DONE:
        return True
    ventured = _VENTURE_ON.get(vals[ti - 1]) if ti > s0 and not m.prefix else None
    if ventured is not None:
        return any(strip_conj(vals[j]) in ventured for j in range(max(ti - _LIGHT_GAP, s0), ti - 1))
    if "ب" in m.prefix:  # the clitic, not a word that begins with it ("برصاص")
        lights = _DID
    elif "ل" in m.prefix or _trig(m).trigger.key.startswith("ل"):  # "لمحاولة اغتيال", "للخطف"
        lights = _UNDERWENT
    else:
        return False
    for j in range(max(ti - (_UNDERWENT_GAP if lights is _UNDERWENT else _LIGHT_GAP), s0), ti):
        if strip_conj(vals[j]) in lights:
            # "الجريمة التي قام بها … باستهداف": the light verb's object is the pronoun, what follows glosses it
            return not (lights is _DID and j + 1 < ti and vals[j + 1] in _RESUMPTIVE)
    return False


# a verb of breaking out or going out with a protest noun as its subject or, after "في", its frame: "اندلعت
# مظاهرات", "خرجت أمس في المدن تظاهرات", "تجددت الاحتجاجات", "خرج الآلاف في مسيرة احتجاجية": the protest is told
# as happening, as much as by "تظاهروا" (the noun alone may name a call, a plan or the movement in general)
_OUTBREAK_VERBS = frozenset(norm_key(w) for w in (
    "خرج", "خرجت", "خرجوا", "اندلع", "اندلعت", "انطلق", "انطلقت", "انطلقوا", "تجدد", "تجددت", "انفجرت", "عمت"))
_OUTBREAK_NOUNS = frozenset(norm_key(w) for w in (
    "مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات", "احتجاجات", "اعتصام", "إضراب", "مسيرة احتجاجية",
    "مسيرات احتجاجية", "وقفة احتجاجية", "وقفات احتجاجية"))
# nouns of calling: the protest noun after them is what was called for ("انطلقت استجابة لدعوة الإضراب")
_CALL_NOUNS = frozenset(norm_key(w) for w in ("دعوة", "لدعوة", "بدعوة", "دعوات", "لدعوات", "نداء", "لنداء"))
_OUTBREAK_GAP = 6  # tokens between the verb and its protest noun (a time, a place, the crowd)
_OUTBREAK_WEIGHT = 1.0  # as strong as the protest verb itself ("تظاهروا")


def _outbreak(ctx: SentenceContext, m: Match) -> bool:
    """A protest noun whose verb of breaking out or going out stands before it in the same clause."""
    if _trig(m).trigger.key not in _OUTBREAK_NOUNS or "ل" in m.prefix:
        return False
    ti = ctx.tok(m.start)
    s0 = ctx.i0
    vals = ctx.token_values
    if ti > s0 and strip_conj(vals[ti - 1]) in _CALL_NOUNS:
        return False
    for j in range(ti - 1, max(ti - 1 - _OUTBREAK_GAP, s0 - 1), -1):
        if strip_conj(vals[j]) in _OUTBREAK_VERBS:
            return "،" not in ctx.nt.original[ctx.token_spans[j].end:m.start]
    return False


_IED = "Remote explosive/landmine/IED"
# the words of making a device safe or seizing it: "تفكيك", "فكك", "إبطال مفعول", "نزع", "ضبط"
_DEFUSE = frozenset(norm_key(w) for w in (
    "تفكيك", "فكك", "فككت", "فككوا", "إبطال", "أبطل", "أبطلت", "نزع", "نزعت", "ضبط", "ضبطت", "صادرت", "مصادرة"))
# the words of a device readied for a blast ("عبوات معدّة للتفجير", "جاهزة للتفجير"): a charge found or seized before use
_PRIMED = frozenset(norm_key(w) for w in ("معدة", "المعدة", "معدّة", "المعدّة", "جاهزة", "الجاهزة"))
_DEFUSE_GAP = 3  # tokens between the word of making safe and the device ("تفكيك عدة عبوات")
_DEFUSED_ENTRY = norm_key("تفكيك عبوات")
# the past verbs of making safe, whose subject (the team, its force, a time) stands between the verb and the device
# (VSO: "فكّك فريق هندسي تابع لوزارة الدفاع أمس عبوة ناسفة"): the device is their object this far away, when no other
# act is told between them
_DEFUSE_VERB_REACH = 10
_DEFUSE_VERBS = frozenset(norm_key(w) for w in (
    "فكك", "فككت", "فككوا", "أبطل", "أبطلت", "أبطلوا", "نزعت", "نزعوا", "ضبطت", "ضبطوا", "صادرت", "صادروا"))


# the bare verb of dismantling a device ("فككت وحدات الهندسة عبوة"), and the groups that are dismantled instead
# ("فككت قوى الأمن الداخلي خلية تتبع للتنظيم", "فككت الشرطة شبكة لتهريب المخدرات"): a cell or a gang taken apart,
# its members held, not a weapon made safe
_DISMANTLE_VERBS = frozenset({norm_key("فككت")})
_DISMANTLED_GROUPS = frozenset(norm_key(w) for w in (
    "خلية", "خلايا", "خليتين", "شبكة", "شبكات", "عصابة", "عصابات", "مجموعة", "مجموعات", "تنظيم"))
_DISMANTLE_REACH = 8  # tokens after the verb for its subject and object ("فككت قوى الأمن الداخلي في محافظة حمص خلية")


def _group_dismantled(ctx: SentenceContext, m: Match) -> bool:
    """The object of the verb of dismantling is a cell, a network or a gang (:data:`_DISMANTLED_GROUPS`), named after
    it before any device or weapon word: a group taken apart, not a disrupted weapon."""
    ti = ctx.tok(m.end - 1)
    end = min(ti + 1 + _DISMANTLE_REACH, ctx.i1 + 1)
    for v in ctx.token_values[ti + 1:end]:
        w = strip_conj(v)
        if any(st in w for st in _WEAPON_STEMS):
            return False
        if w in _DISMANTLED_GROUPS or (w[:1] in "بل" and w[1:] in _DISMANTLED_GROUPS):
            return True
    return False


def _defused(ctx: SentenceContext, m: Match) -> bool:
    """An explosive device named as the object of making it safe or seizing it ("فككت وحدات الهندسة عدداً
    من الألغام", "بتفكيك عدة عبوات ناسفة", "فكّك فريق هندسي تابع لوزارة الدفاع أمس عبوة")."""
    ti = ctx.tok(m.start)
    s0 = ctx.i0
    if ti > s0 and strip_conj(ctx.token_values[ti - 1]) in _PRIMED:
        return True  # "ضبطت … عبوات معدّة للتفجير": charges readied for a blast that never came
    lo = max(ti - _DEFUSE_GAP, s0)
    for v in ctx.token_values[lo:ti]:
        v = strip_conj(v)
        if v in _DEFUSE or (v[:1] in "بل" and v[1:] in _DEFUSE):
            return True
    for j in range(max(ti - _DEFUSE_VERB_REACH, s0), lo):
        if strip_conj(ctx.token_values[j]) in _DEFUSE_VERBS:
            verb_end = ctx.token_spans[j].end
            return not any(verb_end <= o.start and o.end <= m.start for o in ctx.triggers)
    return False


# military vehicles as the object of a word of destroying (``vehicle_object``): tanks, armoured vehicles,
# troop carriers, in the singular, the dual (also in construct: "ناقلتي جند") and the plural, bare or with a
# possessive ("آلياته"); not bulldozers, cars or buildings, which a raid or a strike destroys as property
_MILITARY_VEHICLES = frozenset(norm_key(w) for w in (
    "دبابة", "دبابات", "دبابتين", "دبابتان", "دبابتي", "ميركافا", "آلية", "آليات", "آليتين", "آليتان", "آليتي",
    "مدرعة", "مدرعات", "مدرعتين", "مدرعتان", "مدرعتي", "ناقلة", "ناقلات", "ناقلتين", "ناقلتي", "ناقلتا",
    "عربة", "عربات", "عربتين", "عربتي"))
_VEHICLE_POSSESSIVES = ("ه", "ها", "هم")
_VEHICLE_GAP = 3  # tokens between the word of destroying and the vehicle ("تدمير 3 آليات", "دمّرت الكتائب دبابة")


def _vehicle_word(v: str) -> bool:
    v = strip_conj(v)
    forms = {v, v[2:] if v.startswith("ال") else v}
    forms |= {f[:-len(p)] for f in list(forms) for p in _VEHICLE_POSSESSIVES if f.endswith(p) and len(f) > len(p) + 3}
    return bool(forms & _MILITARY_VEHICLES)


def _vehicle_object(ctx: SentenceContext, m: Match) -> bool:
    """A word of destroying (``vehicle_object``) with a military vehicle as its object right after it
    ("تدميرها دبابتين إسرائيليتين", "دمّروا 3 آليات", "دمّرت دبابة ميركافا"): an attack on the vehicle's side."""
    ti = ctx.tok(m.end - 1)
    return any(_vehicle_word(v) for v in ctx.token_values[ti + 1:ti + 1 + _VEHICLE_GAP])


# session 32 (dr14): drones counted as the object of a past verb of destroying (``vehicle_object``), the doer or a
# time between ("دمّرت الدفاعات الجوية مساء أمس طائرتين مسيّرتين"), or told before and destroyed "in the air"
# ("جرى تدميرها في الجو"): the weapon destroyed in flight, a disrupted weapon (ACLED), not a drone strike; not a
# workshop, a depot or a launcher of drones destroyed ("دمّرت ورشة لتجميع الطائرات المسيّرة"), a strike's target
_DESTROYED_WEAPON = 0.6  # the verb, as "أسقطت" (its downed object adds _DOWNED_OBJECT)
_DESTROYED_WEAPON_NOUN = 0.9  # the verbal noun ("تدميرها في الجو"), as "إسقاط مسيرات"
_IN_THE_AIR = frozenset(norm_key(w) for w in ("جوا", "في الجو", "بالجو", "في السماء", "في الأجواء"))
_WEAPON_DESTROYED_REACH = 8  # tokens after the verb within which the drones are named (its doer and a time between)
_DESTROYED_THINGS = tuple(norm_key(w) for w in (
    "ورش", "مستودع", "مخزن", "مخاز", "مصنع", "معمل", "منص", "مرابض", "مربض", "مدرج", "حظير", "قاعد", "مقر",
    "موقع", "مواقع", "منشأ", "مركز", "غرف", "شحن", "محط", "معدات", "منظوم", "بطاري", "رادار"))


def _destroys_weapon(ctx: SentenceContext, m: Match) -> bool:
    """A past verb of destroying (``vehicle_object``) with drones as its object (see :data:`_DESTROYED_WEAPON`): the
    first drone word within :data:`_WEAPON_DESTROYED_REACH` tokens after it, in its clause, no thing that holds or
    launches drones before it and nothing dropped, the drones counted (a number, a dual or a plural: "دمّرت
    طائرتين مسيّرتين"), since a single drone after the verb is often its subject ("دمّرت مسيّرة منزلاً"); or a word
    of destroying with its object pronoun and "في الجو" after it ("جرى تدميرها في الجو")."""
    ti = ctx.tok(m.end - 1)
    last = ctx.i1
    if m.suffix in _PRONOUNS and ti + 1 <= last and (
            strip_conj(ctx.token_values[ti + 1]) in _IN_THE_AIR
            or " ".join(ctx.token_values[ti + 1:ti + 3]) in _IN_THE_AIR):
        return True  # "جرى تدميرها في الجو": the drones told before, destroyed in the air
    if m.suffix or _trig(m).trigger.key not in _DESTROY_VERBS:
        return False  # (the verbal noun with its drones after it, "تدمير طائرتين", is left to the scorer)
    starts = {n.start for n in ctx.numbers}
    counted = False
    for j in range(ti + 1, min(ti + 1 + _WEAPON_DESTROYED_REACH, last + 1)):
        v = strip_conj(ctx.token_values[j])
        w = v[2:] if v.startswith("ال") else v
        if any(w.startswith(s) for s in _DESTROYED_THINGS) or any(s in v for s in _DROPPED_STEMS):
            return False
        if ctx.token_starts[j] in starts or (
                (w.startswith(_AIRCRAFT) or any(s in w for s in _DRONE_STEMS)) and w.endswith(_DUAL_PLURAL)):
            counted = True
        if any(s in w for s in _DRONE_STEMS):
            # (another weapon or strike word between: the drones are one of the verb's doers, "دمّرت الغارات
            # والقذائف والطائرات المسيّرة المباني")
            return counted and not any(
                m.end <= o.start and o.end <= ctx.token_spans[j].start and _remote_weapon(o) for o in ctx.triggers)
        if _CLAUSE_BREAK.search(ctx.nt.original, ctx.token_spans[j].start, ctx.token_spans[j].end + 1):
            return False
    return False


_DESTROY_VERBS = frozenset(norm_key(w) for w in ("دمر", "دمرت", "دمروا"))
_DUAL_PLURAL = tuple(norm_key(w) for w in ("تين", "تان", "ات"))


# people as the object of a present verb of wounding (``victim_object``): civilians, persons, a family
# (the fighters' nouns below count too)
_VICTIM_NOUNS = frozenset(norm_key(w) for w in (
    "مدني", "مدنيا", "مدنيين", "مدنيون", "شخص", "شخصا", "شخصين", "أشخاص", "شاب", "شابا", "شابين", "شبان", "طفل",
    "طفلا", "طفلين", "أطفال", "طفلة", "امرأة", "نساء", "رجل", "رجلا", "مواطن", "مواطنا", "مواطنين", "فلسطينيا",
    "فلسطينيين", "سوريا", "سوريين", "عائلة", "أفراد", "مسعف", "مسعفين", "صحفي", "صحفيا", "صحفيين", "راع", "راعيا"))
_VICTIM_GAP = 2  # tokens after the verb within which its victims are counted or named
# what a verb of holding (``hold``) holds that is no one arrested: vessels, vehicles, bodies, goods, or how long the
# held was kept ("احتجزت ناقلة نفط", "احتجز جثمانه", "احتجزت مركبات", "احتجز مدة 9 شهور")
_HELD_THINGS = frozenset(norm_key(w) for w in (
    "ناقلة", "ناقلات", "سفينة", "سفن", "مركبة", "مركبات", "سيارة", "سيارات", "شاحنة", "شاحنات", "شحنة", "شحنات",
    "طائرة", "جثمان", "جثمانه", "جثمانها", "جثامين", "جثة", "جثته", "جثث", "أموال", "مدة", "لمدة", "طيلة"))
# hostages held anywhere in the verb's reach: a hostage-taking, which the hostage words tell ("عصابة احتجزت عدداً من
# الرهائن")
_HOSTAGES = frozenset(norm_key(w) for w in ("رهائن", "رهينة", "رهينتين", "كرهائن", "كرهينة"))
_HELD_OBJECTS = tuple(norm_key(w) for w in ("وه", "وها", "وهم", "وهما"))
_HOLD_GAP = 8  # tokens after the verb of holding within which its people are named (its doer may come first)


def _held_people(ctx: SentenceContext, m: Match) -> bool:
    """A verb of holding (``hold``) that holds people: its object pronoun ("احتجزوه") or people counted or named
    within a few words after it, its doer between ("احتجزت دوريات الأسايش 11 شاباً", "احتجز عناصر الحاجز
    الصحفي …"); not a vessel, a vehicle, a body or a span of time held ("احتجزت ناقلة نفط و12 من طاقمها",
    "احتجز جثمانه", "احتجز مدة 9 شهور"), nor a verb with no people after it ("الذين احتجزوا خلال اعتقالات")."""
    if m.suffix in _PRONOUNS and "verb" not in _trig(m).flags:
        return False  # the noun's possessive ("أثناء احتجازهم", "أماكن احتجازه"): their detention, a state, no act
    if m.suffix in _PRONOUNS or _trig(m).trigger.key.endswith(("وه", "وهم")) \
            or norm_key(ctx.nt.original[m.start:m.end]).endswith(_HELD_OBJECTS):
        # (a plural verb with its object pronoun, "احتجزوهما": lexicon.object_forms)
        return True
    ti, last = ctx.tok(m.end - 1), ctx.i1
    reach = ctx.token_values[ti + 1:min(ti + 1 + _HOLD_GAP, last + 1)]
    if any(strip_conj(v) in _HOSTAGES or strip_conj(v)[2:] in _HOSTAGES for v in reach):
        return False
    for v in reach:
        w = strip_conj(v)
        if w in _HELD_THINGS or (w.startswith("ال") and w[2:] in _HELD_THINGS):
            return False
        if _is_number(v) or parse_number_words([v]) is not None or _fighter_word(v) or w in _FIGHTER_COUNTS \
                or w in _VICTIM_NOUNS or (w.startswith("ال") and w[2:] in _VICTIM_NOUNS) or w in role_words()["member"]:
            return True
    return False


def _victim_object(ctx: SentenceContext, m: Match) -> bool:
    """A present verb of wounding (``victim_object``) with people as its object right after it ("مسيّرة تصيب عنصرين
    من …", "قذيفة تصيب ثلاثة مدنيين"), not a figure of speech ("تصيب عقل التفوق")."""
    ti = ctx.tok(m.end - 1)
    for v in ctx.token_values[ti + 1:ti + 1 + _VICTIM_GAP]:
        w = strip_conj(v)
        if _is_number(v) or parse_number_words([v]) is not None or _fighter_word(v) \
                or w in _VICTIM_NOUNS or (w.startswith("ال") and w[2:] in _VICTIM_NOUNS) or w in role_words()["member"]:
            return True
    return False


# the words of eliminating or neutralising ("القضاء على", "قضت على", "تحييد"): killing only with a count of
# fighters as their object (:func:`_fighters_object`); otherwise a war aim ("القضاء على حماس"), a policy
# ("تحييد العقوبات") or a weapon stopped ("تحييد 33 مسيّرة")
_ELIMINATE = frozenset(norm_key(w) for w in ("القضاء على", "قضت على", "قضى على", "قضوا على", "تحييد"))
# the nouns of fighters, soldiers and militants (bare, with the article, in the singular, the accusative and the
# plural) that a count before them makes the victims of an act of eliminating
_FIGHTER_NOUNS = frozenset(norm_key(w) for w in (
    "عسكري", "عسكريا", "عسكريين", "عسكريون", "جندي", "جنديا", "جنود", "مسلح", "مسلحا", "مسلحين", "مسلحون",
    "عنصر", "عنصرا", "عناصر", "إرهابي", "إرهابيا", "إرهابيين", "إرهابيون", "مقاتل", "مقاتلا", "مقاتلين",
    "مقاتلون", "مرتزق", "مرتزقا", "مرتزقة", "جهادي", "جهاديا", "جهاديين", "متمرد", "متمردا", "متمردين"))
# words of an unnumbered count ("عشرات المسلحين", "عدد من العناصر")
_FIGHTER_COUNTS = frozenset(norm_key(w) for w in ("عشرات", "مئات", "آلاف", "عدد", "عددا"))
_FIGHTERS_GAP = 5  # tokens after the word of eliminating within which its count of fighters is told


def _fighter_word(v: str) -> bool:
    v = strip_conj(v)
    return v in _FIGHTER_NOUNS or (v.startswith("ال") and v[2:] in _FIGHTER_NOUNS)


def _fighters_object(ctx: SentenceContext, m: Match) -> bool:
    """A word of eliminating ("القضاء على نحو 200 عسكري", "قضت على 90 عسكرياً", "تحييد 3 مسلحين", "القضاء على
    عشرات المسلحين") with a count and then a noun of fighters after it: the fighters were killed (ACLED: a fight
    with their side); "القضاء على حماس", "القضاء على المسلحين" (an aim) or a count of drones report no killing."""
    ti = ctx.tok(m.end - 1)
    last = min(ti + _FIGHTERS_GAP, ctx.i1)
    lo, hi = ctx.token_spans[min(ti + 1, last)].start, ctx.token_spans[last].end
    counted = any(lo <= n.start < hi for n in ctx.numbers)
    for j in range(ti + 1, last + 1):
        v = ctx.token_values[j]
        if strip_conj(v) in _FIGHTER_COUNTS:
            counted = True
        elif _fighter_word(v):
            return counted
    return False


# the noun of fighting, and the nouns of a front it completes ("محاور القتال", "جبهات القتال"): a place
_FIGHTING_NOUNS = frozenset({norm_key("قتال")})
_FRONT_NOUNS = frozenset(norm_key(w) for w in ("محور", "محاور", "خط", "خطوط", "جبهة", "جبهات", "ساحة", "ساحات",
                                                "ميدان", "ميادين"))


def _front_noun_before(ctx: SentenceContext, m: Match) -> bool:
    """The fighting noun ``m`` completes a noun of a front ("في محور القتال", "من خطوط القتال")."""
    i = ctx.tok(m.start)
    return i > ctx.i0 and strip_conj(ctx.token_values[i - 1]) in _FRONT_NOUNS


_INSTRUMENT_GAP = 3  # tokens between a word of striking and the instrument it names ("قصف إسرائيلي بالمسيرات")
# tokens between a verb of striking or launching and the drones it names further on, its object between them
# ("استهدفت المقاومة قاعدة أميركية في سوريا بالمسيرات", "أطلقت المقاومة اليوم مسيرات على قاعدة")
_INSTRUMENT_REACH = 10
_BY_MEANS = frozenset(norm_key(w) for w in ("بواسطة",))  # "بواسطة المسيرات": by means of drones
_LAUNCH_VERBS = frozenset(norm_key(w) for w in ("أطلق", "أطلقت", "أطلقوا", "إطلاق"))
# the stems of a protest's setting: a sentence with one of them tells marches, whatever verb stands before
_MARCH_SETTING = tuple(norm_key(w) for w in (
    "تظاهر", "مظاهر", "احتجاج", "احتجاجي", "محتج", "متظاهر", "حاشد", "جماهير", "تضامن", "تنديد", "منددة", "مشارك",
    "شارك", "هتف", "رافع"))


def _struck_with(ctx: SentenceContext, m: Match, found: list[Match]) -> bool:
    """ "بالمسيرات" right after a word of striking ("قصف اسرائيلي بالمسيرات", "تستهدف القوات التركية بالمسيرات")
    names the instrument of the strike, drones, not marches.  So do "بواسطة المسيرات", "بالمسيرات" after the
    object of a verb of striking ("استهدفت المقاومة قاعدة في سوريا بالمسيرات"), and "مسيرات" as the object of a
    verb of launching ("أطلقت المقاومة مسيرات على …"), in a sentence with no other protest word and none of a
    protest's setting (crowds, slogans, solidarity: :data:`_MARCH_SETTING`)."""
    ti = ctx.tok(m.start)
    s0 = ctx.i0
    strikes = [(o, ti - ctx.tok(o.end - 1)) for o in found if o is not m and _trig(o).trigger.event_type in VIOLENT
               and "casualty" not in _trig(o).flags and o.end <= m.start]
    if m.prefix == "ب" and any(0 < gap <= _INSTRUMENT_GAP for _o, gap in strikes):
        return True
    prev = strip_conj(ctx.token_values[ti - 1]) if ti > s0 else ""
    launched = any(strip_conj(v) in _LAUNCH_VERBS for v in ctx.token_values[max(s0, ti - _INSTRUMENT_REACH):ti])
    struck = any(0 < gap <= _INSTRUMENT_REACH and ("verb" in _trig(o).flags or _trig(o).trigger.key in _TARGET_WORDS
                                                   or _trig(o).trigger.key in _BOMBARD) for o, gap in strikes)
    if not ((m.prefix == "ب" and struck) or (prev in _BY_MEANS and strikes)
            or (launched and not m.prefix and prev not in _AIMED_AT)):
        return False
    if any(o is not m and _trig(o).trigger.event_type in DEMO for o in found):
        return False
    return not any(w in v for v in ctx.words for w in _MARCH_SETTING)


_GATHERING = norm_key("تجمع")
# the words for troops, fighters or their vehicles that make a gathering a concentration of forces
_TROOP_WORDS = frozenset(norm_key(w) for w in (
    "قوات", "جنود", "عسكريين", "عسكرية", "عسكري", "مسلحين", "مقاتلين", "آليات", "جيش", "عدو", "مرتزقة",
    "دبابات", "عناصر", "وحدات", "أفراد", "معدات"))
_TROOP_PREFIXES = ("لل", "ال", "ل", "")


def _troop_gathering(ctx: SentenceContext, m: Match) -> bool:
    """A gathering word ("تجمع", "تجمعات") whose next word names troops, fighters or their vehicles ("تجمعات
    للقوات الأوكرانية", "تجمعاً لجنود الاحتلال", "تجمعات عسكرية"): a concentration of forces, not a rally."""
    if not _trig(m).trigger.key.startswith(_GATHERING):
        return False
    nxt = ctx.tok(m.end - 1) + 1
    if nxt >= len(ctx.token_values) or nxt > ctx.i1:
        return False
    v = strip_conj(ctx.token_values[nxt])
    return any(v.startswith(p) and v[len(p):] in _TROOP_WORDS for p in _TROOP_PREFIXES)


# session 42 (ty28): the prepositions and nouns of dwelling before a gathering word that make it a noun of a place
# ("في تجمعات مسافر يطا", "سكان تجمع الخان الأحمر"): a hamlet or a community, not a rally
_COMMUNITY_BEFORE = frozenset(norm_key(w) for w in (
    "في", "من", "إلى", "الى", "داخل", "قرب", "بين", "سكان", "أهالي", "اهالي", "لسكان", "لأهالي"))
# the pronouns of the gathered crowd as the object of fire right after it ("النار باتجاههم", "الرصاص عليهم")
_AT_THEM = frozenset(norm_key(p + w) for p in ("", "ب") for w in (
    "عليهم", "نحوهم", "اتجاههم", "تجاههم", "صوبهم", "باتجاههم"))
# the words of a protest's purpose or setting beside a gathering ("وقفة", "شعارات", "للمطالبة"), stems
_PROTEST_PURPOSE = _MARCH_SETTING + tuple(norm_key(w) for w in (
    "وقف", "اعتصام", "شعار", "لافت", "مطالب", "للمطالب", "رفض", "استنكار", "غضب", "هتاف"))


def _gathering_as_community(ctx: SentenceContext, m: Match) -> bool:
    """A gathering word followed by a place's name, the plural noun or the singular right after a preposition or a
    noun of dwellers (:data:`_COMMUNITY_BEFORE`): a hamlet or a community ("يقيم ألف مواطن في تجمعات مسافر يطا",
    "هدم منازل في تجمع الخان الأحمر"), not people gathering."""
    if not _trig(m).trigger.key.startswith(_GATHERING) or m.prefix or m.suffix not in ("", "ات"):
        return False
    ti = ctx.tok(m.start)
    nxt = ctx.tok(m.end - 1) + 1
    if nxt > ctx.i1 or not any(ctx.tok(p.start) == nxt for p in ctx.places):
        return False  # (a crowd after it, "من تجمع مئات المحتجين في العاصمة", is people gathering)
    return m.suffix == "ات" or (ti > ctx.i0 and strip_conj(ctx.token_values[ti - 1]) in _COMMUNITY_BEFORE)


def _gathered_then_hit(ctx: SentenceContext, m: Match, found: list[Match]) -> bool:
    """A verb of gathering ("تجمّع آلاف المواطنين قرب مركز التوزيع") in a sentence that then tells fire aimed at
    the gathered (:data:`_AT_THEM`, after the gathering) and names no protest, no slogan and no demand
    (:data:`_PROTEST_PURPOSE`): people who came together for another end (aid, a queue) and were shot at, the
    victims of an attack, no rally."""
    if not _trig(m).trigger.key.startswith(_GATHERING) or "verb" not in _trig(m).flags:
        return False
    if any(o is not m and _trig(o).trigger.event_type in DEMO and not _trig(o).trigger.key.startswith(_GATHERING)
           and not (_trig(o).trigger.key in _MARCH_KEYS and _SHADDA in ctx.nt.original[o.start:o.end])
           for o in found):
        return False
    if any(w in v for v in ctx.words for w in _PROTEST_PURPOSE):
        return False
    ti = ctx.tok(m.start)
    return any(strip_conj(v) in _AT_THEM for v in ctx.token_values[ti + 1:ctx.i1 + 1])


def _readings(ctx: SentenceContext, found: list[Match]) -> list[Match]:
    """The triggers of a sentence as the words read in their context.

    - an intransitive verb with a pronoun suffix is the noun with a possessive ("مناطق سيطرتها", "أثناء
      سيطرته على المنطقة": the area it holds, not a seizure): no trigger;
    - a past verb whose "ه" is a "ة" in the text is its verbal noun ("استعادة دورها" is no "استعاده"): no verb;
    - a verb of stopping (``weapon_object``: "تصدت", "أسقطت", "اعترضت", "إحباط هجوم") reports a disrupted
      weapon only when the sentence names a weapon or air defences; "تصدت القوات لهجوم …" or "إحباط هجومين
      على النقاط" with no weapon is the fight that repelled the attack (Battles / Armed clash); with neither
      it reports nothing ("أسقطت الحكومة");
    - "مسيرة"/"مسيرات" written with a shadda ("مسيّرة") or followed by a word that only a weapon takes
      ("مسيرة محملة بالقنابل") is a drone, not a march;
    - an explosive device that is made safe or seized ("تفكيك عدة عبوات ناسفة") is a disrupted weapon;
    - a protest noun after its verb of breaking out or going out ("اندلعت مظاهرات", "خرجت … تظاهرة") is a
      protest told as happening, as strong as the protest verb (:func:`_outbreak`).
    """
    out: list[Match] = []
    weapon: bool | None = None
    for m in found:
        te = _trig(m)
        if "intransitive" in te.flags and m.suffix in _PRONOUNS:
            continue
        if "verb" in te.flags and m.suffix == "ه" and ctx.nt.original[m.end:m.end + 1] == "ة":
            continue  # "استعادة دورها", "إعادة": the verbal noun (its "ة" normalised to "ه"), not the verb with "him"
        if "movement" in te.flags and not _armed_move(ctx, m):
            continue
        if te.trigger.key in _DISMANTLE_VERBS and _group_dismantled(ctx, m):
            continue
        if "group_change" in te.flags and not _armed_group_change(ctx, m):
            continue
        if "present" in te.flags and not (
                _downs_weapon(ctx, m) if "weapon_object" in te.flags else _present_act(ctx, m)):
            continue
        if "vehicle_object" in te.flags and not _vehicle_object(ctx, m):
            if not _destroys_weapon(ctx, m):
                continue
            # "دمّرت الدفاعات الجوية طائرتين مسيّرتين": the drones destroyed in the air, a disrupted weapon
            t = te.trigger
            downed = Trigger("Strategic developments", _INTERCEPTION, "ASSAULT", "aerial", key=t.key,
                             weight=_DESTROYED_WEAPON if t.key in _DESTROY_VERBS else _DESTROYED_WEAPON_NOUN)
            m = _with_entry(m, TriggerEntry(downed, frozenset({"weapon_object"} | (
                {"verb"} if t.key in _DESTROY_VERBS else set()))))
            te = _trig(m)
        if "victim_object" in te.flags and not _victim_object(ctx, m):
            continue
        if "hold" in te.flags and not _held_people(ctx, m):
            continue
        if "body_marks" in te.flags and _marked_body(ctx, m) < 0:
            continue
        if "found_body" in te.flags and not _abducted_found(ctx, m):
            continue
        if te.trigger.key in _ELIMINATE and not _fighters_object(ctx, m):
            continue
        if te.trigger.event_type in DEMO and _troop_gathering(ctx, m):
            continue  # "قصفت تجمعات للقوات الأوكرانية": a concentration of troops, a target, not a rally
        if te.trigger.event_type in DEMO and (_gathering_as_community(ctx, m) or _gathered_then_hit(ctx, m, found)):
            continue  # "يقيم في تجمعات مسافر يطا", "تجمّع الآلاف … قبل أن تطلق الدبابات النار باتجاههم": no rally
        if te.trigger.key in _FIGHTING_NOUNS and _front_noun_before(ctx, m) and any(_remote_weapon(o) for o in found):
            # "قصف تجمعاً في محور القتال بقذائف الهاون": the front, a place, not a fight beside the weapon told
            continue
        if "weapon_object" in te.flags:
            if weapon is None:
                weapon = _names_weapon_word(ctx, found)
            if not weapon:
                if te.trigger.key not in _FOILED_ATTACK and not any(
                        _trig(o).trigger.event_type == "Battles" and _trig(o).trigger.sub_event_type not in
                        _TERRITORY and "casualty" not in _trig(o).flags for o in found if o is not m):
                    continue
                t = te.trigger
                fought = Trigger("Battles", "Armed clash", "ASSAULT", "firearms", key=t.key, weight=_REPEL_WEIGHT)
                m = _with_entry(m, TriggerEntry(fought, frozenset({"verb"})))
        elif te.trigger.key in _BARE_ATTACKS and _remote_only(found):
            # "الهجمات على القاعدة" in a sentence that names drones or rockets and no fighting: the attacks
            # are the weapon's, not a clash
            w = max((_trig(o).trigger for o in found if _remote_weapon(o)), key=lambda t: t.weight)
            t = te.trigger
            m = _with_entry(m, TriggerEntry(Trigger(w.event_type, w.sub_event_type, w.plover_type, w.plover_mode,
                                                    key=t.key, weight=t.weight), te.flags))
        elif te.trigger.key == _DETONATE and "verb" in te.flags:
            if not _detonation(ctx, m):
                continue
        elif te.trigger.key in _SEIZE_ON and not _seized_place(ctx, m):
            # "استولوا على مواشيهم", "استولى مستوطنون على منزل …": goods, herds, land or a house taken, no town
            # or position: a seizure of property (ACLED: Looting/property destruction), not of territory; beside
            # an act of violence of its own sentence ("اختطفوا الرعاة واستولوا على أغنامهم") it is that act's
            # spoil, no event of its own
            if any(o is not m and _trig(o).trigger.event_type in VIOLENT for o in found):
                continue
            t = te.trigger
            taken = Trigger("Strategic developments", "Looting/property destruction", "COERCE", "seize", key=t.key,
                            weight=t.weight)
            m = _with_entry(m, TriggerEntry(taken, te.flags))
        elif te.trigger.sub_event_type == _IED and "verb" not in te.flags and _defused(ctx, m):
            # "تفكيك عدة عبوات ناسفة", "قامت بتفكيك عبوات": a device made safe is a disrupted weapon
            # (ACLED: Strategic developments), not an explosion
            defused = trigger_entries().get(_DEFUSED_ENTRY)
            if defused is None:
                continue
            m = _with_entry(m, defused)
        elif ("verb" not in te.flags and te.trigger.event_type in VIOLENT + DEMO and "casualty" not in te.flags
              and "plural" not in te.flags and (_light_verb(ctx, m) or _chronicle_head(ctx, m))):
            t = te.trigger
            done = Trigger(t.event_type, t.sub_event_type, t.plover_type, t.plover_mode, key=t.key,
                           weight=max(t.weight, min(t.weight + _LIGHT_BONUS, _LIGHT_CAP)))
            m = _with_entry(m, TriggerEntry(done, te.flags | {"verb"}))
        elif te.trigger.event_type in DEMO and "verb" not in te.flags and _outbreak(ctx, m):
            t = te.trigger
            told = Trigger(t.event_type, t.sub_event_type, t.plover_type, t.plover_mode, key=t.key,
                           weight=max(t.weight, _OUTBREAK_WEIGHT))
            m = _with_entry(m, TriggerEntry(told, te.flags | {"verb"}))
        elif te.trigger.key.startswith(_DISPERSAL_NOUN) and (_undone_dispersal(ctx, m) or any(
                o is not m and _trig(o).trigger.event_type in DEMO for o in found)):
            # (a sentence with a protest word of its own reads the dispersal through _repressed: the noun is a
            # trigger only where it alone tells the protest broken up, a further mention of the protest told)
            continue
        elif te.trigger.key == _INSTRUMENT_DRONE and _SHADDA not in ctx.nt.original[m.start:m.end] \
                and _word_after(ctx, m) in _MARCH_AFTER:
            march = trigger_entries().get(norm_key("مسيرة"))
            if march is not None:
                m = _with_entry(m, march)
        elif te.trigger.key in _MARCH_KEYS and te.trigger.event_type in DEMO:
            nxt = ctx.tok(m.end - 1) + 1
            after = ctx.token_values[nxt] if nxt < len(ctx.token_values) else ""
            if _SHADDA in ctx.nt.original[m.start:m.end] or after in _DRONE_WORDS or _struck_with(ctx, m, found):
                drone = trigger_entries().get(_DRONE_ENTRY[te.trigger.key])
                if drone is not None:
                    m = _with_entry(m, drone)
        if _drone_downed(ctx, m):
            # "إسقاط 3 مسيّرات", "تدمير ثلاث طائرات مسيّرة": the drones downed, not a drone strike
            t = _trig(m).trigger
            m = _with_entry(m, TriggerEntry(Trigger("Strategic developments", _INTERCEPTION, "ASSAULT", "aerial",
                                                    key=t.key, weight=_DESTROYED_WEAPON_NOUN), frozenset()))
        out.append(m)
    return out


# a drone counted right after a noun of downing or intercepting (_DOWNING_NOUNS, "إسقاط 3 مسيّرات"): the drones
# downed (a disrupted weapon), the count between the noun and the drone word, which the noun entries ("إسقاط
# مسيرات") do not reach
_DRONE_STEMS = tuple(norm_key(w) for w in ("مسير", "طيار", "درون"))


def _drone_downed(ctx: SentenceContext, m: Match) -> bool:
    """A drone-strike trigger ``m`` whose drones are counted right after a noun of downing (see
    :data:`_DOWNING_NOUNS`): only a number between them."""
    t = _trig(m).trigger
    if t.sub_event_type != "Air/drone strike" or not any(s in t.key for s in _DRONE_STEMS):
        return False
    ti, s0 = ctx.tok(m.start), ctx.i0
    starts = {n.start for n in ctx.numbers}
    j = ti - 1
    if j < s0 or ctx.token_starts[j] not in starts:
        return False
    while j >= s0 and ctx.token_starts[j] in starts:
        j -= 1
    return j >= s0 and strip_conj(ctx.token_values[j]) in _DOWNING_NOUNS


_DISPERSAL_NOUN = norm_key("تفريق")


# the verbs of seizing with their "على" ("استولت على"): a territory taken only with a town, a position or a place
# named right after them (_seized_place)
_SEIZE_ON = frozenset(norm_key(w) for w in ("استولت على", "استولوا على"))
_SEIZED_REACH = 3  # tokens after "على" within which the place seized is named
# seats and facilities taken over ("استولوا على منشآت حكومية", "على مبنى المحافظة"): a site held, no property looted
_SEIZED_SITES = frozenset(norm_key(w) for w in (
    "منشآت", "منشأة", "المنشآت", "مبنى", "مباني", "المبنى", "مؤسسات", "ثكنة", "ثكنات", "مقار", "المقار"))


def _seized_place(ctx: SentenceContext, m: Match) -> bool:
    """The object of a verb of seizing ("استولوا على …") is a place: a noun of a settlement or a position
    (:data:`_PLACE_NOUNS`: "حواجز", "بلدة", "مواقع") or a place name within :data:`_SEIZED_REACH` tokens after it."""
    k, last = ctx.tok(m.end - 1) + 1, ctx.i1
    after = [strip_conj(v) for v in ctx.token_values[k:min(k + _SEIZED_REACH, last + 1)]]
    if any(_place_noun(v) or v in _SEIZED_SITES for v in after):
        return True
    hi = ctx.token_spans[min(k + _SEIZED_REACH, last + 1) - 1].end if k <= last else m.end
    return any(m.end <= p.start < hi for p in ctx.places)


def _undone_dispersal(ctx: SentenceContext, m: Match) -> bool:
    """A dispersal named by its verbal noun that failed or was not tried ("فشلت قوات الأمن في تفريق المتظاهرين",
    "دون تفريق المعتصمين"), or that a statement denounces ("إدانة تفريق المحتجين"): no intervention took place in
    the sentence (as :func:`_repressed` reads the word of dispersal)."""
    return _repression_undone(ctx, ctx.tok(m.start), ctx.i0)


def _word_after(ctx: SentenceContext, m: Match) -> str:
    """The token right after the match in its sentence ("" at the sentence's end)."""
    nxt = ctx.tok(m.end - 1) + 1
    return ctx.token_values[nxt] if nxt <= ctx.i1 else ""


_DOWNED_GAP = 3  # tokens after an imperfect verb of downing within which the weapon it downs is named


def _downs_weapon(ctx: SentenceContext, m: Match) -> bool:
    """An imperfect verb of downing ("تسقط", "يسقط") reports a weapon stopped as a headline's present (see
    :func:`_present_act`: after its subject, no particle or auxiliary before it) only when it is transitive: the
    weapon is named after it ("المقاومة الإسلامية تسقط مسيّرة إسرائيلية", "روسيا تسقط صاروخاً"); a weapon or an
    aircraft before it is its subject and the verb is "falls" ("صواريخ تسقط على البلدة", "مسيّرة تسقط في …")."""
    ti = _present_position(ctx, m)
    if ti is None:
        return False
    lo = ctx.token_spans[max(ti - _PRESENT_SUBJECT, ctx.i0)].start
    if any(lo <= t.start and t.end <= m.start and _trig(t).trigger.event_type in VIOLENT for t in ctx.triggers):
        return False
    if any(lo <= a.start and a.end <= m.start and _names_weapon(ctx, a) for a, _ in ctx.actors):
        return False
    last = ctx.i1
    return any(any(w in v for w in _WEAPON_STEMS) for v in ctx.token_values[ti + 1:min(ti + 1 + _DOWNED_GAP, last + 1)])


# the words before an imperfect verb after which it names no act of the day: relative pronouns ("التي
# تستهدف"), auxiliaries of a past or lasting state ("كانت تقصف", "لا تزال تستهدف", "ظلت"), and the particles
# of the subjunctive, the future and negation ("أن تستهدف", "لن", "لم", "قد")
_NOT_PRESENT_ACT = RELATIVE_PRONOUNS | frozenset(norm_key(w) for w in (
    "كان", "كانت", "كانوا", "يكون", "تكون", "يكونوا", "ظل", "ظلت", "ظلوا", "تزال", "يزال", "زالت", "زال", "تظل",
    "يظل", "باتت", "بات", "أن", "ان", "لن", "لم", "لا", "قد", "سوف", "كي", "لكي", "حتى", "عندما", "حين",
    "ما", "من", "مما", "ممن", "فيما"))
# proclitics of purpose and the future on the verb itself ("لتستهدف", "ستستهدف")
_NOT_PRESENT_PREFIX = ("ل", "س")
_PRESENT_SUBJECT = 4  # tokens before an imperfect verb within which its subject must be named
# the members, units or patrols of a side named before "من" and the side: the subject of a bulletin's present verb
# ("عناصر من قسد يعتقلون", "دورية من الأمن العام تداهم"); there "من" is no relative pronoun
_PARTY_OF = _FIGHTER_NOUNS | _TROOP_WORDS | frozenset(norm_key(w) for w in (
    "دورية", "دوريات", "قوة", "مجموعة", "مجموعات", "أفراد", "ضباط", "عدد", "عددا", "عشرات"))


def _present_position(ctx: SentenceContext, m: Match) -> int | None:
    """The token index of an imperfect verb that stands where a headline's present tells an act: not opening
    the sentence, not after a relative pronoun, an auxiliary or a particle (:data:`_NOT_PRESENT_ACT`), with
    no prefix of purpose or the future; None elsewhere."""
    if any(p in _NOT_PRESENT_PREFIX for p in m.prefix):
        return None
    ti = ctx.tok(m.start)
    if ti <= ctx.i0:
        return ti if ctx.subject else None  # a clause whose verb has its sentence's subject (_goes_on_and_acts)
    prev = ctx.token_values[ti - 1]
    if prev in _NOT_PRESENT_ACT or strip_conj(prev) in _NOT_PRESENT_ACT:
        return None
    return ti


def _present_act(ctx: SentenceContext, m: Match) -> bool:
    """An imperfect verb (flag ``present``) reports an act of the day as a headline's or a bulletin's present:
    after its subject ("المقاومة الإسلامية تستهدف مواقع …", "… وتستهدف …" after the first verb), not opening
    the sentence (a side's lasting practice: "وتستهدف المقاومة القواعد … بالتزامن مع …"), not after a
    relative pronoun, an auxiliary or a particle (:data:`_NOT_PRESENT_ACT`), nor with a prefix of purpose
    or the future."""
    ti = _present_position(ctx, m)
    if ti is None:
        return False
    # its subject: a named side ("المقاومة الإسلامية في العراق تستهدف") or the attack or weapon that hits
    # ("غارة جوية إسرائيلية تستهدف", "انفجار بعبوة ناسفة يستهدف"); not an abstract noun ("تصعيد أميركي
    # يستهدف ضرب استقرار …", "عمليات موسعة، تستهدف …")
    s0 = ctx.i0
    lo = ctx.token_spans[max(ti - _PRESENT_SUBJECT, s0)].start
    subjects = [a.start for a, _ in ctx.actors if lo <= a.start and a.end <= m.start] + [
        t.start for t in ctx.triggers if lo <= t.start and t.end <= m.start and _trig(t).trigger.event_type in VIOLENT]
    if not subjects:
        return bool(ctx.subject) and ti == s0
    # the subject itself after an auxiliary or a particle ("كانت صواريخ المقاومة تدكّ …", "مشيراً إلى أنّ
    # الاحتلال يقصف أماكن …"): a past or claimed practice, not a headline's act
    si = ctx.tok(min(subjects))
    if si > s0 + 1 and ctx.token_values[si - 1] in _OF and strip_conj(ctx.token_values[si - 2]) in _PARTY_OF:
        # "عناصر من قسد يعتقلون …", "دورية من الأمن العام تداهم …": "من" of the side's members, no pronoun (not after
        # an auxiliary or a particle either: "كان مقاتل من السرايا يقصف …" tells a scene, not a bulletin's act)
        return not (si - 2 > s0 and strip_conj(ctx.token_values[si - 3]) in _NOT_PRESENT_ACT)
    return not (si > s0 and strip_conj(ctx.token_values[si - 1]) in _NOT_PRESENT_ACT)


# ---------------------------------------------------------------- entering and seizing a place

# settlement and position nouns that make the object of a verb of entering or seizing a place
# ("دخلت القوات بلدات …", "سيطرة المقاتلين على غالبية بلدة …", "تقدموا نحو مواقع …")
_PLACE_NOUNS = frozenset(norm_key(w) for w in (
    "بلدة", "بلدات", "بلدتي", "بلدتين", "قرية", "قرى", "قريتي", "قريتين", "مدينة", "مدن", "مدينتي", "حي",
    "أحياء", "حيي", "منطقة", "مناطق", "ناحية", "مخيم", "موقع", "مواقع", "نقطة", "نقاط", "مقر", "مقرات", "معسكر",
    "قاعدة", "مطار", "تلة", "تلال", "حاجز", "حواجز", "مركز", "ريف", "أطراف", "أجزاء", "غالبية", "معظم", "كامل",
    "مزارع", "مزرعة", "محور", "جبهة"))
# words of a movement that is no fight: a truce or a law taking effect ("دخلت الهدنة حيز التنفيذ"),
# a convoy, reinforcements or a patrol on the move ("دخل رتل عسكري", "دخلت قوات … تعزيزات"), aid,
# delegations and civilians, and a handover agreed ("بموجب اتفاق التسوية")
_MOVE_NOT = frozenset(norm_key(w) for w in (
    "حيز", "مرحلة", "التنفيذ", "تعزيزات", "رتل", "رتلا", "أرتال", "أرتالا", "قافلة", "قوافل", "مساعدات", "شاحنات",
    "شاحنة", "دورية", "دوريات", "وفد", "لجنة", "الصليب", "المدنيين", "الأهالي", "النازحين", "المهجرين",
    "العائلات", "اللاجئين", "الصحفيين", "تسوية", "التسوية", "اتفاق", "الاتفاق", "مصالحة", "المصالحة", "بموجب",
    "سلميا", "انسحاب", "دون", "عام", "عامها", "عامه", "عامين", "أعوام", "شهرها", "يومها", "أسبوعها", "السباق",
    "المستشفى", "الخدمة", "السجن", "التاريخ"))
# a zone of control named as a state, not a seizure ("مناطق سيطرة قسد", "تحت سيطرة الجيش", "الخاضعة
# لسيطرة …", "خطوط السيطرة")
_CONTROL_STATE = frozenset(norm_key(w) for w in (
    "مناطق", "منطقة", "تحت", "الخاضعة", "خاضعة", "الخاضع", "خطوط", "خط", "نطاق", "مناطقها", "حدود"))
# what forces entering a place came to do when it is no fight ("اقتحمت … القرى وبدأت بحملة اعتقالات")
_RAID_ACTS = frozenset({"Arrests", "Looting/property destruction"})
# the words after which the noun "سيطرة" tells a seizure that happened ("بعد سيطرة المقاتلين على …",
# "أكدت المصادر سيطرة …", up to three words before it); elsewhere it mostly names the control one side
# holds ("في ظل سيطرة الجيش على المعبر", "مع سيطرة الفصائل على المدينة")
_SEIZURE_TOLD = frozenset(norm_key(w) for w in (
    "بعد", "عقب", "إثر", "أكدت", "أكد", "أعلنت", "أعلن", "أفادت", "أفاد", "ذكرت", "تؤكد", "يؤكد"))
_PREPS = frozenset(norm_key(w) for w in ("مع", "إلى", "في", "من", "على", "عن", "ضد", "بين"))
_MOVE_BEFORE = 4  # tokens before a verb of entering where its armed subject may stand (SVO)
_MOVE_AFTER = 4  # tokens after it where its armed subject may stand (VSO)
_MOVE_OBJECT = 9  # tokens after it within which the place it enters must be named


_STRIPPED: list[tuple[list[str], list[str]]] = []  # the last document's token values and their strip_conj forms


def _stripped_values(values: list[str]) -> list[str]:
    """``strip_conj`` of every token value of the document, computed once per document (the contexts of one
    document share their ``token_values`` list)."""
    if _STRIPPED and _STRIPPED[0][0] is values:
        return _STRIPPED[0][1]
    out = [strip_conj(v) for v in values]
    _STRIPPED[:] = [(values, out)]
    return out


def _negated(ctx: SentenceContext, m: Match) -> bool:
    """(session 43, ac31) A negation cue stands right before the trigger ``m``, within its window ("من دون تسجيل
    اشتباكات", "لم تقع اشتباكات"): the act is said not to have happened."""
    ti = ctx.tok(m.start)
    return any(_cue(c).kind == "negation" and c.end <= m.start and ti - ctx.tok(c.start) <= max(_cue(c).window, 1)
               for c in ctx.cues)


def _armed_move(ctx: SentenceContext, m: Match) -> bool:
    """A verb of entering, advancing on or seizing a place (``movement``: "دخلت", "تقدمت", "سيطرة … على")
    reports a fight only with an armed subject beside it and a settlement or a position after it
    ("قوات العشائر دخلت بلدات …", "بعد سيطرة المقاتلين على غالبية بلدة …"); not a truce or a law
    entering into force, a convoy, reinforcements, aid or civilians on the move, a handover agreed,
    nor a zone of control named as a state ("مناطق سيطرة قسد")."""
    s0, s1 = ctx.i0, ctx.i1
    ti, te_end = ctx.tok(m.start), ctx.tok(m.end - 1)
    vals = _stripped_values(ctx.token_values)
    noun = "verb" not in _trig(m).flags
    if noun and (ti == s0 or m.prefix or vals[ti - 1] in _CONTROL_STATE
                 or not any(v in _SEIZURE_TOLD for v in vals[max(ti - 3, s0):ti])):
        return False  # "في ظل سيطرة …", "مناطق سيطرة …", "لسيطرة …": control held, not a seizure told
    after = vals[te_end + 1:min(te_end + 1 + _MOVE_OBJECT, s1 + 1)]
    if any(v in _MOVE_NOT for v in vals[max(ti - _MOVE_BEFORE, s0):te_end + 1] + after):
        return False
    if any(_trig(o).trigger.sub_event_type in _RAID_ACTS for o in ctx.triggers):
        return False  # forces entering a place to arrest, loot or demolish: that act is the event
    agents = ARMED_INTER
    if _trig(m).trigger.sub_event_type not in _TERRITORY and not any(
            _trig(o).trigger.event_type == "Battles" and "movement" not in _trig(o).flags and not _negated(ctx, o)
            for o in ctx.triggers):
        # state forces entering a town with no fight told is an incursion or a raid ("دخلت قوات الاحتلال
        # بلدتي …"), not a battle; an armed group entering one is an offensive
        agents = _NON_STATE_INTER
    armed = [ctx.tok(sp.start) for sp, e in ctx.actors if e.inter in agents]
    lo = ti if noun else ti - _MOVE_BEFORE  # a noun takes its agent after it ("سيطرة مقاتلي …")

    def subject_after(a: int) -> bool:  # VSO: no preposition between the verb and its subject
        return te_end < a <= te_end + _MOVE_AFTER and not any(v in _PREPS for v in vals[te_end + 1:a])

    if not any(lo <= a < ti or subject_after(a) for a in armed):
        return False
    if any(e.inter == 7 and te_end < ctx.tok(sp.start) <= te_end + _MOVE_AFTER for sp, e in ctx.actors):
        return False
    obj = [i for i, v in enumerate(after) if _place_noun(v)]
    if not obj:
        return False
    if _trig(m).trigger.sub_event_type in _TERRITORY:
        # "سيطر X على بلدة …", "سيطرة X على غالبية بلدة …": the place comes within three words after "على"
        # (not "سيطر عليها", nor a place named elsewhere in the sentence)
        ons = [i for i, v in enumerate(after) if v == "علي"]
        return any(0 < o - i <= 3 for i in ons for o in obj)
    return True


def _place_noun(v: str) -> bool:
    for pre in ("", "ال", "ب", "بال", "ل", "لل"):
        if v.startswith(pre) and v[len(pre):] in _PLACE_NOUNS:
            return True
    return False


# ---------------------------------------------------------------- a change in an armed group

# words for an armed group or its men (without "ال"): the group a defection, a merger, a dissolution, a
# surrender or a recruitment is told of ("انشق ضابط", "دمج الفصائل", "استسلام عناصر", "تشكيل مجلس عسكري")
_ARMED_GROUP_WORDS = frozenset(norm_key(w) for w in (
    "فصيل", "فصائل", "فصيلين", "فصيلا", "عنصر", "عناصر", "عنصرا", "عنصرين", "مقاتل", "مقاتلين", "مقاتلا", "مقاتلون",
    "مقاتلي", "مقاتلو", "مسلح", "مسلحين", "مسلحا", "مسلحون", "مسلحي", "مسلحو", "مسلحة", "ضابط", "ضباط", "ضابطا",
    "ضابطين", "جندي", "جنود", "جنديا", "جنديين", "عسكري", "عسكريين", "عسكريا", "عسكرية", "لواء", "ألوية", "كتيبة",
    "كتائب", "فرقة", "فيلق", "جيش", "قوات", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "سرايا", "سرية",
    "حرس", "غرفة", "تنظيم", "صفوف", "تشكيلات"))
# what a change of membership or structure can also be told of that is no armed group: parties, governments,
# parliaments, alliances of states, and a fight, talks or a protest joined ("انشق عن الحزب", "انضمت السويد إلى
# الناتو", "انضمت الفصائل إلى المعركة", "تعيين قائد جديد للحزب")
_NOT_ARMED_GROUP = frozenset(norm_key(w) for w in (
    "حزب", "أحزاب", "حكومة", "حكومات", "وزير", "وزراء", "وزارة", "برلمان", "نواب", "نائب", "كنيست", "كتلة",
    "ائتلاف", "تحالف", "حلف", "ناتو", "منظمة", "اتحاد", "جامعة", "معاهدة", "اتفاقية", "اتفاق", "قائمة", "انتخابات",
    "معركة", "معارك", "قتال", "اشتباكات", "مواجهات", "حرب", "هجوم", "هجمات", "احتجاجات", "مظاهرات", "تظاهرات",
    "إضراب", "حراك", "مفاوضات", "محادثات", "حوار", "مبادرة", "جهود", "دعوى", "مجتمع", "نزاع", "صراع"))
_WAS = frozenset(norm_key(w) for w in ("كان", "كانت", "كانوا", "قد"))
# the pluperfect's "was … قد" with no conjunction after a noun, a clause that describes it (_armed_group_change)
_PLUPERFECT_WAS = frozenset(norm_key(w) for w in ("كان", "كانت", "كانوا"))
_QAD = norm_key("قد")
# the dead or the wounded the sentence describes: a change of group told of them is their past, not news
_DEAD_NOUNS = frozenset(norm_key(w) for w in (
    "القتيل", "القتيلة", "القتيلين", "القتيلان", "الضحية", "المغدور", "المغدورة", "الشهيد", "الفقيد", "الراحل",
    "المصاب", "الجريح"))
_DEAD_BEFORE = 12  # tokens before a change-of-group word within which the dead man it describes is named
_JOIN_PREPS = frozenset(norm_key(w) for w in ("إلى", "عن"))  # the object of joining or leaving
_GROUP_AFTER = 8  # tokens after a change-of-group word within which its group may be named (object, VSO subject)
_GROUP_BEFORE = 8  # tokens before it (SVO subject)


def _group_words(v: str) -> set[str]:
    """The readings of a word without its conjunction, preposition and article ("وللفصائل" → "فصائل"; "فصائل"
    itself, whose ف is no conjunction)."""
    out: set[str] = set()
    for w in {v, strip_conj(v)}:
        out.add(w)
        for pre in ("بال", "لل", "ال", "ب", "ل"):
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                out.add(w[len(pre):])
                break
    return out


def _armed_group_change(ctx: SentenceContext, m: Match) -> bool:
    """A change-of-group word (``group_change``: "انشق", "اندماج", "تسليم السلاح", "حملة تجنيد") reports an
    event only when the group it is told of is armed.  The nearest group word decides, looked for first in
    the trigger and after it (its object, or its subject after a verb: "انشق ضابط عن …", "حل الفصيل"),
    then before it (a subject before the verb): a non-state armed actor or a word for fighters, factions or
    forces is an armed group; a party, a government, an alliance of states, or a fight or talks joined is not
    ("انشق النائب عن الحزب", "انضمت إلى المعركة").  A verbal noun with the "ل" of purpose names an aim
    ("لتشكيل لواء"), and a verb in a relative clause ("الذي كان انشق عن …") says who someone is: neither is a
    change that happened."""
    s0, s1 = ctx.i0, ctx.i1
    ti = ctx.tok(m.start)
    if "verb" not in _trig(m).flags and m.prefix.endswith("ل"):
        return False  # a purpose ("خصصت أموالاً لتشكيل لواء", "سعياً لدمج الفصائل"): an aim, not an act
    before = [strip_conj(v) for v in ctx.token_values[max(ti - 2, s0):ti]]
    if before and (before[-1] in _RELATIVES or (len(before) == 2 and before[0] in _RELATIVES and before[1] in _WAS)):
        return False  # who someone is ("القيادي الذي كان انشق عن …", "الأقاليم التي انضمت إلى …"), not news
    if len(before) == 2 and before[0] in _PLUPERFECT_WAS and before[1] == _QAD and ti - 2 > s0 \
            and ctx.token_values[ti - 2] == before[0]:
        return False  # a clause with no pronoun that says who someone is ("عنصراً سابقاً كان قد انضم إلى التسوية")
    if any(strip_conj(v) in _DEAD_NOUNS for v in ctx.token_values[max(ti - _DEAD_BEFORE, s0):ti]):
        return False  # who the dead man was ("العنصر القتيل ينحدر من مدينة X، والتحق بصفوف الجيش عام …"), not news
    # a non-state armed group named; state forces count by their force word ("الجيش", "القوات"), not by the
    # name of the state ("الأقاليم التي انضمت إلى روسيا")
    armed_at = {ctx.tok(sp.start) for sp, e in ctx.actors if e.inter in _NON_STATE_INTER} | {
        ctx.tok(max(sp.end - 1, sp.start)) for sp, e in ctx.actors if e.inter in _NON_STATE_INTER}

    def verdict(i: int) -> bool | None:
        ws = _group_words(ctx.token_values[i])
        if not ws.isdisjoint(_NOT_ARMED_GROUP):
            return False
        if not ws.isdisjoint(_ARMED_GROUP_WORDS) or i in armed_at:
            return True
        return None

    last = min(ti + _GROUP_AFTER, s1)
    for i in range(ti + 1, last):
        if ctx.token_values[i] in _JOIN_PREPS and not _group_words(ctx.token_values[i + 1]).isdisjoint(
                _NOT_ARMED_GROUP):
            return False  # what is joined or left is no armed group ("انضمت الفصائل إلى المعركة")
    order = list(range(ti + 1, min(ti + 1 + _GROUP_AFTER, s1 + 1))) + list(range(ti - 1, max(ti - 1 - _GROUP_BEFORE,
                                                                                               s0 - 1), -1))
    for i in order:
        v = verdict(i)
        if v is not None:
            return v
    return False


def _dated_after_count(ctx: SentenceContext) -> int | None:
    """Where a clause dated to the news day starts after the war's count of days ("يستمر العدوان لليوم 90، وأفاد
    مراسلنا باستشهاد طفلين، اليوم الخميس، في قصف …"): the count makes its own clause a campaign
    (:func:`campaign`), not the act that a later clause dates to the news day; None when no clause after the
    count's comma names the day and an act of its own."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    count = next((i for i in range(i0, i1 + 1) if vals[i] in _DAY_COUNTER), None)
    if count is None:
        return None
    cut = next((j for j in range(count + 2, i1 + 1) if _comma_before(ctx, j)), None)
    if cut is None or not any(strip_conj(v) in _SAME_DAY or _today(v) for v in vals[cut:i1 + 1]):
        return None
    start = ctx.token_spans[cut].start
    if not any(m.start >= start and _trig(m).trigger.event_type in VIOLENT and "casualty" not in _trig(m).flags
               and _trig(m).trigger.key not in _WAR_WORDS and not _war_bombing(ctx, m) for m in ctx.triggers):
        return None  # the later clause tells no act of its own, only the dead or the war ("حصيلة شهداء العدوان")
    return start


# the words that open a clause giving an instance of what the sentence sums up ("…، إذ استهدفت …", "…، حيث قصفت …")
_EXAMPLE_OPENERS = frozenset(norm_key(w) for w in ("إذ", "اذ", "حيث", "فقد"))


# the pronoun of "one of them" that picks one act out of the ones a sentence sums up ("تعرّضت المدينة لعشرات
# التفجيرات، كان أحدها في تشرين الأول 2021 حين انفجرت …", "…، آخرها في 3 آذار الماضي حين …"), after "كان" or not
_PICKED_ONE = frozenset(norm_key(w) for w in (
    "أحدها", "إحداها", "آخرها", "أبرزها", "أعنفها", "أولها", "أحدثها", "أخطرها"))


def _one_of_them(vals: list[str], cut: int, j: int) -> bool:
    """The clause that starts at token ``cut`` opens on "one of them" (_PICKED_ONE, "كان" before it or not), its
    date at token ``j`` within a few words of it."""
    k = cut + 1 if strip_conj(vals[cut]) in _PLUPERFECT_WAS else cut
    return k < len(vals) and strip_conj(vals[k]) in _PICKED_ONE and j - k <= 3


def _recent_span(vals: list[str], i: int, i0: int, i1: int) -> bool:
    """Token ``i`` is a span of recent months or years ("خلال السنوات الماضية", "في الأشهر الأخيرة"): the period a
    sentence sums up, as "منذ" + its start (see :func:`campaign`)."""
    return vals[i] in _RECENT_SPANS and i0 < i < i1 and vals[i + 1] in _RECENT \
        and vals[i - 1] in ("خلال", "في", "وفي", "طوال", "وخلال")


def _dated_example(ctx: SentenceContext) -> int | None:
    """Where a clause starts that, after a period summed up since its start ("يشهد ريف إدلب تصعيداً منذ أشهر"،
    "ومنذ بدء الحرب، كثّف الاحتلال غاراته"), tells one act of it on a day of its own before the news ("، إذ استهدفت
    مسيّرات في الخامس من تشرين الأول 2023 …", "، حيث قصفت الطائرات في 3 آذار الماضي …"): that act is an
    event (of the background), not part of the period's sum; None when no such clause follows.  A past month
    dates such an act too ("، إذ قتل التنظيم في هجوم في كانون الثاني الماضي 14 عسكرياً"), when it ended before the
    report's own month."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    since = next((i for i in range(i0, i1 + 1) if vals[i] in _SINCE or _recent_span(vals, i, i0, i1)), None)
    if since is None:
        return None
    # (a span of recent years opens "one of them", "…، كان أحدها في …"; after "منذ" only a clause of "إذ"/"حيث" does)
    picked = vals[since] not in _SINCE
    for t in ctx.times:
        v = t.value
        if t.start <= ctx.token_spans[since].end or getattr(v, "granularity", "") not in ("day", "month") \
                or getattr(v, "kind", "") not in ("absolute", "mixed") or ctx.published is None \
                or not isinstance(getattr(v, "date", None), dt.date) or (ctx.published - v.date).days < 2:
            continue
        if v.granularity == "month" and (v.date.year, v.date.month) >= (ctx.published.year, ctx.published.month):
            continue
        j = ctx.tok(t.start)
        cut = next((k for k in range(j, since + 1, -1) if _comma_before(ctx, k)), None)
        if cut is None or not (vals[cut] in _EXAMPLE_OPENERS or (picked and _one_of_them(vals, cut, j))):
            continue
        start = ctx.token_spans[cut].start
        if any(m.start >= start and _trig(m).trigger.event_type in VIOLENT and "casualty" not in _trig(m).flags
               and _trig(m).trigger.key not in _WAR_WORDS for m in ctx.triggers):
            return start
    return None


def kept_triggers(ctx: SentenceContext) -> list[tuple[Match, TriggerEntry, float]]:
    """The sentence's triggers that no negation, plan, threat or condemnation blocks."""
    out: list[tuple[Match, TriggerEntry, float]] = []
    background = ctx.background
    dated = _dated_after_count(ctx) if background == "campaign" else _dated_example(ctx) if background == "since" \
        else None
    later = _sub_context(ctx, dated, ctx.sentence.end).background if dated is not None else background
    # a sentence that names a surface-to-air missile tells a defence against aircraft: its bare weapon nouns for the
    # missile and for the drone or aircraft it was fired at type no strike by themselves (a drone named right after a
    # verb or noun of downing stays, for _downed_weapons to make the downing of it; other weapons and strike words
    # of the sentence stay: "أسقطت مسيرة بصاروخ أرض جو واستهدفت موقعاً بالأسلحة المناسبة")
    sam = _names_surface_to_air(ctx)
    disposal = _ordnance_disposal(ctx)
    for m in _all_triggers(ctx):
        if disposal and _trig(m).trigger.event_type == "Explosions/Remote violence":
            continue  # the blast of war remnants blown up on purpose (_ordnance_disposal): no attack
        if _trig(m).trigger.sub_event_type == _DISRUPTED and _failed_stop(ctx, m):
            continue  # "فشل الدفاعات الجوية في اعتراض المسيّرة": the weapon got through, nothing was stopped
        if _accusation_of(ctx, m):
            continue  # "ضربوه بعد اتهامه بمحاولة خطف طفلة": the charge laid on the victim, no act of the sentence
        if _series_of(ctx, m):
            continue  # "لوقف مسلسل الاغتيالات": acts of a kind in general, no act of the sentence
        if _use_of_site(ctx, m):
            continue  # "مقر كانوا يستخدمونه لإطلاق القذائف": what a site served for, no act of the sentence
        if _remnant_of(ctx, m):
            continue  # "لغم من مخلفات المعارك": the fighting the charge was left over from, no act of the sentence
        if not _blocked(ctx, m, later if dated is not None and m.start >= dated else background):
            te = _trig(m)
            out.append((m, te, te.trigger.weight))
    if sam:
        stops = any(te.trigger.sub_event_type == _DISRUPTED for _, te, _ in out)
        out = [k for k in out if not ((_weapon_noun(k[1]) and _aimed_at_aircraft(ctx, k[0], stops))
                                      or _targets_aircraft(ctx, k[0], k[1]))]
    return out


# an accusation right before an act word ("بعد اتهامه بمحاولة خطف طفلة", "اتهموه بسرقة دراجة", "بتهمة قتل", the
# people wanted "بجرائم قتل", session 42: a link to an act, "لهما صلة بخطف الشاب"; not the singular "بجريمة قتل",
# which may tell the act itself): the act
# is what someone is accused of, no act the sentence reports (a verb or a noun of accusing, then "بـ", an attempt)
_ACCUSED_OF = re.compile(r"(?:^|\s)[وف]?(?:ب|ل|و)?(?:اتهام|اتهامه|اتهامها|اتهامهم|اتهموه|اتهموها|اتهموهم|يتهمونه"
                         r"|اتهمه|اتهمها|اتهمهم|اتهمته|اتهمتها|اتهمتهم|يتهمه|يتهمها|تتهمه|تتهمها"
                         r"|يتهمونها|يتهمونهم|بتهمة|بتهم|بجرائم|صلة|صلته|صلتهم|علاقة|علاقته|علاقتهم)\s+"
                         r"(?:ب?(?:محاولة|محاولته|محاولتهم)\s+)?ب?$")


# session 38 (dp20): a word of using or serving right before the "ل" of purpose and a verbal noun of firing or
# attacking ("مقر كانوا يستخدمونه لإطلاق القذائف", "منصة تستخدم لشن هجمات", "المستودع المستخدم في تخزين الصواريخ
# وإطلاقها"): what a place or a thing hit served for, said of it (the act word after it names a habit, not the
# sentence's act; its doer is the side hit, not a second attacker), in normalised text
_USED_FOR = re.compile(
    r"(?:^|\s)[وف]?(?:ال)?(?:يستخدم|تستخدم|استخدم|مستخدم|يستعمل|تستعمل|مستعمل|مخصص|معد|يستغل|تستغل)\w*"
    r"(?:\s+(?:من\s+قبل|في|كمنص\w*|كقاعد\w*|كمقر))?\s+(?:ل|في\s+)?(?:ال)?"
    r"(?:اطلاق|شن|تنفيذ|استهداف|قصف|تخزين|تصنيع|تجهيز|اعداد)\s*$")
_USED_FOR_REACH = 70  # characters before the act word looked at


def _use_of_site(ctx: SentenceContext, m: Match) -> bool:
    """The act word ``m`` names what a place or thing hit served for (:data:`_USED_FOR`)."""
    before = norm_key(ctx.nt.original[max(ctx.sentence.start, m.start - _USED_FOR_REACH):m.start])
    return _USED_FOR.search(before) is not None


# the people held or sought named as implicated in acts of a kind ("القبض على شخصين متهمين بالتورط في عمليات خطف
# وسلب", "اعتقال المتورطين في عمليات الخطف", "بتهمة الضلوع في جرائم قتل", session 42: "متورطان بعمليات خطف"): the
# acts they are charged with, told in general by a plural noun, no act the sentence reports (not one act named,
# "متورطون في الهجوم الذي استهدف …", which _relative_recall may code)
_IMPLICATED_IN = re.compile(
    r"(?:^|\s)[وف]?(?:ال)?(?:متهم|متهمة|متهمين|متهمون|متهمان|متهمي|متورط|متورطة|متورطين|متورطون|متورطان|متورطي"
    r"|ضالع|ضالعين|ضالعون|بتهمة|بتهم)\s+(?:ب(?:ال)?(?:تورط|ضلوع|مشاركة|المشاركة)\s+)?(?:(?:في|فى)\s+|ب)"
    r"(?:ال)?(?:عمليات|جرائم|حوادث|حالات)\s+(?:[^\s،,.]+\s+و)?(?:ال)?$")


# the people (a cell, a man sought) described as the ones behind acts of a kind ("منزلاً يتحصن فيه قيادي في الخلايا
# المسؤولة عن تنفيذ عمليات اغتيال وزرع عبوات ناسفة", "الشبكة المسؤولة عن جرائم الخطف"): who they are, the acts told
# in general by a plural noun (and a second kind joined by "و" with its verbal noun: "وزرع عبوات"), no act the sentence
# reports
_RESPONSIBLE_FOR = re.compile(
    r"(?:^|\s)[وف]?(?:ال)?(?:مسؤول|مسئول)(?:ة|ه|ين|ون|ان|ي)?\s+عن\s+(?:(?:تنفيذ|ارتكاب)\s+)?"
    r"(?:عمليات|جرائم|حوادث|سلسلة)\s+(?:[^\s،,.]+\s+و(?:[^\s،,.]+\s+)?)?(?:ال)?$")


# a series noun right before an act word: "مسلسل" (a serial: always acts in general, "وقف مسلسل الاغتيالات",
# "في مسلسل اغتيالات لا ينتهي"), "سلسلة" or "موجة" before a definite act noun ("موجة الاغتيالات التي تشهدها
# المحافظة", "سلسلة التفجيرات"), in normalised text ending with the act word.  Not an indefinite "سلسلة غارات"
# or "موجة من الغارات", which a side carries out on a day ("نفّذ الطيران سلسلة غارات على …"); the act words joined
# to the first by "و" are the series' too ("تواصل مسلسل الاغتيالات والتفجيرات في المحافظة، إذ قُتل …": the blasts in
# general, not the type of the act the clause then tells)
_SERIAL = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?مسلسل\s+\S+(?:\s+و\S+){0,2}$")
_SERIES = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:سلسله|موجه)\s+ال\S+(?:\s+وال\S+){0,2}$")
_SERIES_REACH = 50  # characters before the act word looked at (the series noun and up to two act words before it)


def _series_of(ctx: SentenceContext, m: Match) -> bool:
    """The act word ``m`` is governed by a series noun (:data:`_SERIAL`, :data:`_SERIES`): the acts of its kind in
    general, the setting of the news, no act of its own."""
    start = max(ctx.sentence.start, m.start - _SERIES_REACH)
    # (the patterns need "مسلسل", "سلسله" or "موجه"; the letters of a normalised slice, where no space parts them,
    # stand together in norm() of the original slice too, so a slice whose norm() holds none of them matches neither)
    letters = norm(ctx.nt.original[start:m.end])
    if "مسلسل" not in letters and "سلسله" not in letters and "موجه" not in letters:
        return False
    text = ctx.nt.slice_norm(start, m.end)
    return _SERIAL.search(text) is not None or _SERIES.search(text) is not None


def _accusation_of(ctx: SentenceContext, m: Match) -> bool:
    """The act word ``m`` is the content of an accusation told right before it (:data:`_ACCUSED_OF`,
    :data:`_IMPLICATED_IN`), or of a description of who stands behind acts of its kind (:data:`_RESPONSIBLE_FOR`)."""
    before = ctx.nt.original[max(ctx.sentence.start, m.start - 60):m.start]
    return _ACCUSED_OF.search(before[-40:]) is not None or _IMPLICATED_IN.search(before) is not None \
        or _RESPONSIBLE_FOR.search(before) is not None


# a word of failing a few tokens before a word of stopping a weapon ("فشل الدفاعات الجوية في اعتراض الطائرة", "بفشل
# القبة الحديدية في اعتراض الصواريخ", "عجز المنظومات عن التصدي"): the weapon was not stopped
_FAILED = frozenset(norm_key(w) for w in (
    "فشل", "فشلت", "فشلوا", "يفشل", "تفشل", "بفشل", "فشلها", "فشله", "الفشل", "عجز", "عجزت", "بعجز", "عجزها",
    "أخفق", "أخفقت", "إخفاق", "بإخفاق", "إخفاقها"))
_FAILED_REACH = 6  # tokens from the word of failing to the word of stopping ("فشل منظومات الدفاع الجوي في اعتراض")


def _failed_stop(ctx: SentenceContext, m: Match) -> bool:
    """A word of failing (:data:`_FAILED`) stands at most ``_FAILED_REACH`` tokens before the word of stopping ``m``,
    in the same clause."""
    k = ctx.tok(m.start)
    lo = max(ctx.i0, k - _FAILED_REACH)
    return any(strip_conj(ctx.token_values[q]) in _FAILED
               and not _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[q].end:m.start]) for q in range(lo, k))


# blowing up war remnants or unexploded munitions on purpose ("تفجير فرق الهندسة مخلّفات حربية جُمعت من الحقول",
# "فجّرت وحدات الهندسة ذخائر غير منفجرة"): the verb or noun of blowing up (normalised) and, within
# _DISPOSAL_GAP tokens after it, the remnants
_BLOW_UP = frozenset(norm_key(w) for w in ("تفجير", "بتفجير", "لتفجير", "فجرت", "فجر", "فجروا", "فجّرت", "فجّر"))
_REMNANTS = frozenset(norm_key(w) for w in ("مخلفات", "المخلفات", "مخلفاتها"))
_UNEXPLODED = norm_key("منفجرة")  # "ذخائر غير منفجرة", "القذائف غير المنفجرة"
_DISPOSAL_GAP = 6  # tokens between the word of blowing up and the remnants (its agent: "فرق الهندسة التابعة لـ…")


def _remnant_of(ctx: SentenceContext, m: Match) -> bool:
    """The act word ``m`` is the fighting or shelling a charge was left over from, right after the remnants ("انفجار
    لغم من مخلفات المعارك", "قذيفة من مخلّفات القصف"): it names a past war, no act of the sentence; the blast is the
    act (ACLED's explosive remnant, a remote explosive).  A word of a remote explosive itself stays."""
    if _trig(m).trigger.event_type not in VIOLENT or _trig(m).trigger.sub_event_type == _IED:
        return False
    i = ctx.tok(m.start)
    return i - 1 >= ctx.i0 and strip_conj(ctx.token_values[i - 1]) in _REMNANTS


def _ordnance_disposal(ctx: SentenceContext) -> bool:
    """The sentence tells war remnants or unexploded munitions blown up on purpose (the disposal of ordnance,
    often heard as a blast: "سُمع دوي انفجار …، تبيّن أنه ناجم عن تفجير مخلّفات حربية"): ACLED codes no attack.
    Not a blast of remnants that went off by itself ("انفجار مخلفات حربية"), which can kill."""
    i0, i1 = ctx.i0, ctx.i1
    vals = _stripped_values(ctx.token_values)  # (strip_conj of each token, once per document)
    for j in range(i0, i1 + 1):
        if vals[j] not in _BLOW_UP:
            continue
        for k in range(j + 1, min(i1, j + _DISPOSAL_GAP) + 1):
            v = vals[k]
            if v in _REMNANTS or (v.removeprefix("ال") == _UNEXPLODED and vals[k - 1] == "غير"):
                return True
    return False


# a missile named by its kind "surface-to-air" ("بصاروخ أرض جو", "صواريخ من طراز "أرض-جو"", "صاروخ دفاع أرض - جو")
_MISSILE_WORD = re.compile(r'صار[وي]خ[اًٌ]*|صواريخ')
_SURFACE_TO_AIR = re.compile(
    r'\s*(?:من\s+(?:طراز|نوع)\s+)?["«“]?\s*(?:دفاع\s+)?[أا]رض\s*[-–ـ]?\s*جو(?![\u0621-\u064A])')


def _names_surface_to_air(ctx: SentenceContext) -> bool:
    """The sentence names a missile of the kind "surface-to-air" ("بصاروخ أرض جو", "صاروخاً من نوع أرض – جو")."""
    text = ctx.nt.original[ctx.sentence.start:ctx.sentence.end]
    return any(_SURFACE_TO_AIR.match(text, k.end()) is not None for k in _MISSILE_WORD.finditer(text))


def _aimed_at_aircraft(ctx: SentenceContext, m: Match, stops: bool) -> bool:
    """The weapon trigger ``m`` is the surface-to-air missile itself, or an aircraft it was fired at, where neither
    a verb of downing (``stops``) nor a noun of downing right before it ("إسقاط مسيرة") tells it downed."""
    surface = norm_key(ctx.nt.original[m.start:m.end])
    if _MISSILE_WORD.search(ctx.nt.original[m.start:m.end]):
        return _SURFACE_TO_AIR.match(ctx.nt.original, m.end) is not None
    return any(w in surface for w in _AIRCRAFT) and not (stops or _downed_by_noun(ctx, m))


def _targets_aircraft(ctx: SentenceContext, m: Match, te: TriggerEntry) -> bool:
    """A noun of targeting whose object is an aircraft ("استهداف مجاهديها لمروحية", "استهدافها طائرة"), in a
    sentence of a surface-to-air missile: fire at an aircraft, not a strike on a place.  (A verb of targeting keeps
    its frame: what else the sentence tells then types it, seldom better.)"""
    if not _weapon_noun(te):
        return False
    i, i1 = ctx.tok(m.end - 1) + 1, ctx.i1
    for k in range(i, min(i + 2, i1 + 1)):
        v = strip_conj(ctx.token_values[k]).removeprefix("ل")
        if any(v.startswith(w) or v.startswith("ال" + w) for w in _AIRCRAFT_KEYS):
            return True
    return False


_AIRCRAFT_KEYS = tuple(norm_key(w) for w in ("طائر", "مسير", "مروحي"))


def _weapon_noun(te: TriggerEntry) -> bool:
    """A bare weapon noun ("صاروخ", "مسيّرة", "طائرة"): a trigger of a remote strike below a strike word, no verb."""
    t = te.trigger
    return t.event_type == "Explosions/Remote violence" and t.weight < _STRIKE_WORD and "verb" not in te.flags


_SAID_REACH = 8  # tokens from the verb of saying to its complementizer (the source's name between them)
_SAID_ACT_REACH = 2  # tokens from the complementizer to the act's verb (its doer between them)


def _said_first(ctx: SentenceContext, kept: list[Match], said_at: int, act_at: int) -> bool:
    """The sentence opens at token ``said_at`` on a past verb of saying (:data:`_PLUPERFECT_SAYING`) whose first
    complementizer, a few words on, is followed at once by the act's own verb at ``act_at``, its doer alone between
    them ("أفاد مصدر محلي من المدينة بأن مجهولين اختطفوا …", "وقال المرصد إن مسلحين قتلوا …")."""
    vals = ctx.token_values
    if said_at >= len(vals) or strip_conj(vals[said_at]) not in _PLUPERFECT_SAYING:
        return False
    that = next((j for j in range(said_at + 1, min(act_at, said_at + _SAID_REACH + 1))
                 if strip_conj(vals[j]) in _THAT), -1)
    if that < 0 or not 0 < act_at - that <= _SAID_ACT_REACH:
        return False
    return any(ctx.tok(m.start) == act_at and "verb" in _trig(m).flags for m in kept)


def family_inputs(ctx: SentenceContext, kept: list[tuple[Match, TriggerEntry, float]] | None = None
                  ) -> tuple[dict[str, float] | None, dict[str, float] | None]:
    """Scorer features of the violent and the demonstration family (None: no trigger of that family)."""
    if kept is None:
        kept = kept_triggers(ctx)
    trig = _all_triggers(ctx)
    fam_v = [m for m in trig if _trig(m).trigger.event_type in VIOLENT]
    fam_d = [m for m in trig if _trig(m).trigger.event_type in DEMO]
    kv = [k[0] for k in kept if k[1].trigger.event_type in VIOLENT]
    kd = [k[0] for k in kept if k[1].trigger.event_type in DEMO]
    fv = family_features(ctx, fam_v, kv, bool(fam_d)) if fam_v else None
    fd = family_features(ctx, fam_d, kd, bool(fam_v)) if fam_d else None
    return fv, fd


# the words that join a second act to the first in one sentence ("…، فيما ردّ الجيش بقصف …", "… بالتزامن
# مع هجوم …", "… في حين استهدفت …"): what follows may be another side's act, an event of its own
_CLAUSE_LINKS = frozenset(norm_key(w) for w in (
    "فيما", "وفيما", "بينما", "وبينما", "بالتزامن", "وبالتزامن", "تزامنا", "وتزامنا", "تزامن", "وتزامن",
    "بالتوازي", "وبالتوازي"))
_CLAUSE_LINK_PAIRS = frozenset({(norm_key("في"), norm_key("حين")), (norm_key("وفي"), norm_key("حين"))})
_CLAUSE_MIN = 3  # tokens each side of the link at the least


def _clause_link_at(vals: list[str], k: int, last: int) -> bool:
    """Token ``k`` opens a link of a second act (:data:`_CLAUSE_LINKS`, or "في حين" ending at or before ``last``)."""
    return vals[k] in _CLAUSE_LINKS or (k < last and (vals[k], vals[k + 1]) in _CLAUSE_LINK_PAIRS)


# "…، تلاه هجوم بمسيّرة …", "…، أعقبته غارة …": a later act of another kind told after the first (kind ``then``)
_THEN_LINKS = frozenset(norm_key(w) for w in ("تلاه", "تلته", "وتلاه", "وتلته", "أعقبه", "أعقبته", "وأعقبه",
                                              "وأعقبته", "تبعه", "تبعته"))
# "…، وبعد ساعة انفجر لغم …", "…، وبعدها بساعات اغتال مسلحون …": a lapse of minutes or hours after a comma opens a
# later act of the same day (kind ``then``), told by a verb of its own
_LAPSE_OPENS = frozenset(norm_key(w) for w in ("وبعد", "وبعدها", "بعدها", "وبعده"))
_LAPSE_UNITS = frozenset(norm_key(w) for w in (
    "ساعة", "بساعة", "ساعتين", "بساعتين", "ساعات", "بساعات", "دقائق", "بدقائق", "دقيقة", "بدقيقة", "قليل",
    "بقليل", "ذلك"))
_LAPSE_REACH = 3  # tokens after the opener within which the lapse is named ("وبعد نحو ساعة", "وبعد ذلك بساعات")


def _sub_context(ctx: SentenceContext, start: int, end: int) -> SentenceContext:
    """The part ``start``–``end`` of the sentence, as a sentence of its own."""
    def inside(s: Span | Match) -> bool:
        return start <= s.start and s.end <= end
    return SentenceContext(Span(start, end, ctx.sentence.label, ctx.sentence.value), ctx.nt, ctx.token_starts,
                           ctx.token_values, ctx.token_spans, [m for m in ctx.triggers if inside(m)],
                           [c for c in ctx.cues if inside(c)], [q for q in ctx.quantities if inside(q)],
                           [n for n in ctx.numbers if inside(n)], [a for a in ctx.actors if inside(a[0])],
                           [t for t in ctx.times if inside(t)], published=ctx.published, headline=ctx.headline,
                           places=[p for p in ctx.places if inside(p)])


# a result clause that adds the act's dead to a running total ("…، ليرتفع عدد الشهداء في الضفة منذ 7 أكتوبر إلى
# 95", "…، لتصل حصيلة الشهداء منذ مطلع العام إلى 120"): the verb of rising or reaching, then the count word, and a
# period or a whole region after them; not a new figure of the act's own dead ("…، ليرتفع عدد قتلى الهجوم إلى 3")
_TOTAL_RESULT = frozenset(norm_key(w) for w in ("ليرتفع", "لترتفع", "ليصل", "لتصل", "ويرتفع", "وترتفع"))
_TOTAL_SPAN = frozenset(norm_key(w) for w in ("منذ", "الضفة", "القطاع", "غزة", "فلسطين", "العام", "الحرب",
                                              "العدوان"))


def cut_running_total(ctx: SentenceContext) -> SentenceContext:
    """The sentence up to a result clause that gives a running total (see :data:`_TOTAL_RESULT`): the total's figure,
    period and region tell nothing of the act told before it (its toll is not that figure, nor is it a period's sum).
    """
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    for k in range(i0 + _CLAUSE_MIN, i1 - 1):
        if vals[k] in _TOTAL_RESULT and vals[k + 1] in _TOLL and _comma_before(ctx, k) \
                and any(strip_conj(v) in _TOTAL_SPAN for v in vals[k + 2:i1 + 1]):
            return _sub_context(ctx, ctx.sentence.start, ctx.token_spans[k].start)
    return ctx


# a reply verb that opens the other side's act ("فيما ردّ الجيش بقصف …", "لتردّ واشنطن … بقصف …", "فردّت
# المقاومة باستهداف …"): the reply is its subject's own act, told by the noun after "ب"; the last ones open
# a clause by themselves (the consecutive "ل" and "ف": "and then X replied")
_REPLY_VERBS = frozenset(norm_key(w) for w in ("رد", "ردت", "ردوا", "فرد", "فردت", "فردوا", "لترد", "ليرد",
                                               "ليردوا"))
# words between a reply verb and its "على" (the subject: "ردّت المقاومة الإسلامية في لبنان على …")
_REPLY_SUBJECT_REACH = 6
_REPLY_OPENS = frozenset(norm_key(w) for w in ("فرد", "فردت", "فردوا", "لترد", "ليرد", "ليردوا"))
# "ردّاً على …", "كردّ على …", "في ردّ على …": the words up to the next comma name the act replied to
_REPLIED = frozenset(norm_key(w) for w in ("ردا", "وردا", "كرد"))
_REPLIED_IN = frozenset(norm_key(w) for w in ("في", "وفي"))
_ON = norm_key("على")
# "… وسط قصف تشنه القوات …", "… بعد أن استهدفت المقاومة …": another side's act told as the circumstance or
# the cause of the first (only when a side and an act follow near: "وسط سوريا" is a place)
_CIRCUMSTANCE = frozenset(norm_key(w) for w in ("وسط", "بعد", "وبعد", "عقب"))
_CIRCUMSTANCE_REACH = 6  # tokens after the link within which the side and the act are named
# a side's announcement of its act in a bulletin ("والمقاومة تعلن استهداف …")
_ANNOUNCE = frozenset(norm_key(w) for w in ("تعلن", "أعلنت", "يعلن", "أعلن", "تتبنى", "تبنت", "يتبنى", "تبنى"))
_SUBJECT_REACH = 4  # tokens between a clause's subject and its verb ("والمقاومة الإسلامية في لبنان تعلن")


def _comma_before(ctx: SentenceContext, i: int) -> bool:
    gap = ctx.nt.original[ctx.token_spans[i - 1].end:ctx.token_spans[i].start]
    return "،" in gap or "," in gap


def _trigger_at(ctx: SentenceContext, i: int) -> Match | None:
    tok = ctx.token_spans[i]
    return next((m for m in ctx.triggers if tok.start <= m.start < tok.end), None)


def _actor_from(ctx: SentenceContext, i: int, reach: int) -> int | None:
    """Index of the last token of the first side named in tokens ``i``–``i + reach``, None when none is."""
    lo, hi = ctx.token_spans[i].start, ctx.token_spans[min(i + reach, len(ctx.token_spans) - 1)].end
    ends = [ctx.tok(a.end - 1) for a, _ in ctx.actors if lo <= a.start < hi]
    return min(ends) if ends else None


def _side_operations(ctx: SentenceContext, i: int) -> bool:
    """Token ``i``, after a comma, is "و" and a noun of operations or strikes owned by the side glued to "لـ" right
    after it ("…، وعمليات لكتائب القسام ضد الاحتلال في رفح", "…، وهجمات للمقاومة على مواقع …"): the acts of a
    side of their own, another item of a bulletin's line, not a side of the act told before."""
    v = ctx.token_values[i]
    # (the cheap tests first: a word of "و", a noun of strikes and "لـ" after it, before the text of the gap)
    return v.startswith("و") and strip_conj(v) in role_words()["strike_noun"] \
        and i + 1 < len(ctx.token_values) and ctx.token_values[i + 1].startswith("ل") \
        and _comma_before(ctx, i) and _actor_from(ctx, i + 1, 0) is not None


def _simultaneous(ctx: SentenceContext, c: Match) -> bool:
    """The cue ``c`` ("مع") follows a word of simultaneity right before it (roles.tsv ``simultaneous``: "بالتوازي مع",
    "بالتزامن مع"; not "اشتبكوا بالتزامن، مع جنود …", whose "مع" is the clash's).  Not before a word of a threat or a
    plan ("بالتزامن مع تهديد القوات …", an irrealis cue of cues.tsv): the side named there only threatens, no act of its
    own that would make it the initiator, so it is read as without the word."""
    k = ctx.tok(c.start)
    return k > ctx.i0 and strip_conj(ctx.token_values[k - 1]) in role_words()["simultaneous"] \
        and not _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[k - 1].end:c.start]) \
        and not any(_cue(d).kind == "irrealis" and ctx.tok(d.start) == k + 1 for d in ctx.cues)


def _new_subject(ctx: SentenceContext, i: int) -> bool:
    """Token ``i`` opens a clause of its own with a side and its act: "والمقاومة تستهدف …", "، واستهدفت
    المدفعية …" ("و" + a verb of an act and its subject), or "وسط قصف تشنه القوات …", "بعد أن قصفت …"."""
    v = ctx.token_values[i]
    if v in _CIRCUMSTANCE:
        i1 = ctx.i1
        end = _actor_from(ctx, i + 1, _CIRCUMSTANCE_REACH)
        hi = ctx.token_spans[min(i + _CIRCUMSTANCE_REACH, i1)].end
        return end is not None and any(ctx.token_spans[i].end <= m.start < hi for m in ctx.triggers)
    if v in _ALSO_TOLD and i + 1 < len(ctx.token_values) and _toll_by_own_means(ctx, i + 1):
        return True  # "…، كما أصيب طفل بقصف إسرائيلي قرب نوى"
    if not v.startswith("و"):
        return False
    own = _trigger_at(ctx, i)
    if own is not None and _toll_by_own_means(ctx, i):
        return True  # "مقتل شاب برصاص مجهولين في طفس وإصابة طفل بقصف إسرائيلي قرب نوى"
    if own is not None:  # "، وقصفت المدفعية …": a verb of an act, its subject just after it
        return (_comma_before(ctx, i) and bool({"verb", "present"} & _trig(own).flags)
                and _actor_from(ctx, i + 1, 2) is not None)
    return _subject_then_act(ctx, i)


_ALSO_TOLD = frozenset(norm_key(w) for w in ("كما", "وكما"))
_MEANS_REACH = 6  # tokens from a word of death or injury to the means that caused it ("وإصابة طفل بجروح بقصف …")


def _toll_by_own_means(ctx: SentenceContext, i: int) -> bool:
    """Token ``i`` is a word of death or injury ("وإصابة", "وأصيب", "ومقتل") whose own means and side follow a few
    words later ("وإصابة طفل بقصف إسرائيلي", "كما أصيب شاب برصاص قوات …"): a second act with its own side, told
    after another one in the same sentence (two acts of a headline or a bulletin's line)."""
    own = _trigger_at(ctx, i)
    if own is None or "casualty" not in _trig(own).flags or (
            i > 0 and (prev := _trigger_at(ctx, i - 1)) is not None and "casualty" in _trig(prev).flags):
        return False  # (not the second word of a toll, "شهداء وجرحى في غارات …")
    if not any("casualty" in _trig(m).flags and ctx.sentence.start <= m.start < own.start for m in ctx.triggers):
        return False  # a toll after another toll only ("مقتل … برصاص … وإصابة … بقصف …"), not after an arrest or a talk
    i1 = ctx.i1
    for j in range(i + 1, min(i + 1 + _MEANS_REACH, i1 + 1)):
        if _comma_before(ctx, j):
            return False
        m = _trigger_at(ctx, j)
        if m is not None and "casualty" not in _trig(m).flags:
            lo, hi = ctx.token_spans[j].start, ctx.token_spans[min(j + 2, len(ctx.token_spans) - 1)].end
            own = {e.key for a, e in ctx.actors if lo <= a.start < hi}
            before = {e.key for a, e in ctx.actors if a.start < ctx.token_spans[i].start}
            # a side of its own, not one the sentence named before ("اشتباكات بين قوات الاحتلال ومقاومين …
            # وأصيب العشرات برصاص الاحتلال": the same fight's wounded)
            return bool(own) and not own & before
    return False


def _subject_then_act(ctx: SentenceContext, i: int) -> bool:
    """A side named at token ``i`` and, a few words later, the verb of its act ("المقاومة تستهدف …",
    "والمقاومة تعلن استهداف …", "والمقاومة تواصل استهداف …")."""
    i1 = ctx.i1
    tok = ctx.token_spans[i]
    if not any(tok.start <= a.start < tok.end for a, _ in ctx.actors):
        return False
    end = _actor_from(ctx, i, 0)
    assert end is not None
    for j in range(end + 1, min(end + 1 + _SUBJECT_REACH, i1 + 1)):
        m = _trigger_at(ctx, j)
        if m is not None and _comma_before(ctx, j) and m.prefix.startswith("و"):
            # "… مستهدفة أماكن تموضع الضباط والجنود، وتقصف ثكنة X": a verb after a comma and its own "و" goes on
            # with the sentence's subject; the side before the comma ends a list of the earlier clause
            return False
        if m is not None:  # "والمقاومة تستهدف …": the subject, then the verb of its act
            return bool({"verb", "present"} & _trig(m).flags)
        if strip_conj(ctx.token_values[j]) in _ANNOUNCE:  # "والمقاومة تعلن استهداف …"
            return j + 1 <= i1 and _trigger_at(ctx, j + 1) is not None
        if ctx.token_values[j] in _ONGOING and j + 1 <= i1 and _trigger_at(ctx, j + 1) is not None:
            return True  # "والمقاومة تواصل استهداف …": its act going on, told by the noun
    return False


# the words that open a sentence with a toll told before the act that follows it ("بعد ارتقاء … في A قصف …")
_TOLL_FIRST = frozenset(norm_key(w) for w in ("بعد", "عقب", "إثر", "اثر"))
_TOLL_OPENING = 3  # tokens from the sentence's start (after "بعد") to the word of the toll that opens it
# the words before an act's noun that make it the cause of a toll, not an act of its own ("جراء قصف", "في قصف")
_CAUSE_BEFORE = frozenset(norm_key(w) for w in ("في", "جراء", "جرّاء", "إثر", "اثر", "عقب", "بعد", "خلال", "أثناء",
                                                "نتيجة", "بسبب", "بفعل", "من", "وسط"))


def _toll_opening(ctx: SentenceContext) -> tuple[Match, bool] | None:
    """The toll's trigger that opens the sentence (its word first, or after its verb and count: "بعد سقوط خمسة
    شهداء في …") and whether a word of :data:`_TOLL_FIRST` stands before it; None when the sentence opens otherwise."""
    if not ctx.triggers:
        return None
    i0 = ctx.i0
    after = ctx.token_values[i0] in _TOLL_FIRST
    first = min(ctx.triggers, key=lambda m: m.start)
    if "casualty" not in _trig(first).flags or ctx.tok(first.start) > i0 + after + _TOLL_OPENING:
        return None
    return first, after


def _act_after_toll(ctx: SentenceContext, i: int, opening: tuple[Match, bool]) -> bool:
    """Token ``i`` opens a second act after the toll that opens the sentence (``opening``: :func:`_toll_opening`),
    each at a place of its own: "مقتل طبيب في A وخطف تاجر في B", "بعد ارتقاء شهداء في A قصف مكثف على B" (a headline
    or a bulletin's line that joins two acts); not the toll's own cause ("مقتل شاب في A جراء قصف …", "… برصاص …"),
    nor an act at the toll's place."""
    first, after = opening
    own = _trigger_at(ctx, i)
    if own is None and ctx.token_values[i].startswith("و") and _subject_then_act(ctx, i):
        own = next((m for m in ctx.triggers if m.start > ctx.token_spans[i].end), None)  # "والمقاومة تدمر …"
        if own is None or own.prefix:
            return False
        own = replace(own, prefix="و")  # (the clause's "و" stands on its subject)
    if own is None or "casualty" in _trig(own).flags or ctx.token_values[i - 1] in _CAUSE_BEFORE:
        return False
    if own.prefix not in (("", "و") if after else ("و",)):
        return False  # "…، وخطف …" after a toll; a bare act's noun only after "بعد …" ("… في A قصف على B")
    lo = ctx.token_spans[i].start
    if any(first.start < m.start < lo and "casualty" not in _trig(m).flags
           and not ctx.token_values[ctx.tok(m.start)].startswith("ب") for m in ctx.triggers):
        return False  # another act told between ("مقتل … في اشتباكات …"), not the toll's means ("برصاص …")
    return _places_apart(ctx, first.end, lo)


def _places_apart(ctx: SentenceContext, lo: int, mid: int) -> bool:
    """The sentence names a place between offsets ``lo`` and ``mid`` and another one after ``mid``, none the same."""
    before = {p.value.id for p in ctx.places if lo <= p.start < mid and isinstance(p.value, PlaceRef)}
    later = {p.value.id for p in ctx.places if p.start >= mid and isinstance(p.value, PlaceRef)}
    return bool(before) and bool(later) and not before & later


def _also_act(ctx: SentenceContext, i: int) -> bool:
    """Token ``i`` is the "كما" after a comma that opens the same side's next act, told by a verb of its own at a
    place of its own ("هاجم المسلحون مواقع الجيش في ريف A، كما قصفوا قرى B بالهاون"): the verb's subject is the
    first clause's; not an act at the place of the first ("…، كما استهدفوا الموقع نفسه")."""
    if ctx.token_values[i] not in _ALSO_TOLD or i + 1 >= len(ctx.token_values) or not _comma_before(ctx, i):
        return False
    own = _trigger_at(ctx, i + 1)
    if own is None or own.prefix or not {"verb"} & _trig(own).flags or "casualty" in _trig(own).flags:
        return False
    if _actor_from(ctx, i + 2, 1) is not None or any(_trigger_at(ctx, j) is not None for j in range(i + 2, i + 4)
                                                    if j < len(ctx.token_values)):
        return False  # a subject of its own after the verb ("كما استهدفت طائرات الاحتلال …", "كما دكّت السرايا …")
    lo, mid = ctx.sentence.start, ctx.token_spans[i].start
    first = next((m for m in ctx.triggers if lo <= m.start < mid and "verb" in _trig(m).flags
                  and "casualty" not in _trig(m).flags), None)
    return first is not None and _places_apart(ctx, first.end, mid)


def _named_times(ctx: SentenceContext, lo: int, hi: int) -> list[TimeValue]:
    """The dates the text names in ``[lo, hi)`` (a day, a month or a year by its name, not a day counted from the
    news), with no span of days."""
    return [t.value for t in ctx.times if lo <= t.start < hi and isinstance(t.value, TimeValue)
            and t.value.kind == "absolute" and t.value.end is None]


def _dated_also(ctx: SentenceContext, i: int) -> bool:
    """Token ``i`` is the "كما" after a comma that opens a clause telling another act with a date of its own, the
    clause before named by another ("وكان المطار قد تعرّض في 14 نيسان لهجوم بمسيّرة …، كما قُتل متعاقد في هجوم
    صاروخي على المطار خلال شباط"): two acts of two days, each an event of its own day."""
    if ctx.token_values[i] not in _ALSO_TOLD or not _comma_before(ctx, i):
        return False
    mid = ctx.token_spans[i].start
    before, after = _named_times(ctx, ctx.sentence.start, mid), _named_times(ctx, mid, ctx.sentence.end)
    if len(before) != 1 or len(after) != 1 or before[0].date == after[0].date:
        return False
    if {before[0].granularity, after[0].granularity} - {"day", "month"}:
        return False
    if (before[0].date.year, before[0].date.month) == (after[0].date.year, after[0].date.month) \
            and "month" in (before[0].granularity, after[0].granularity):
        return False  # (a month and a day of it: one period)
    acts = [m for m in ctx.triggers if "casualty" not in _trig(m).flags]
    return any(m.start < mid for m in acts) and any(m.start > mid for m in acts)


_AND_AFTER = (norm_key("وبعد"), norm_key("وبعده"))  # (_lapse_then: "and after" with no unit of time after it)
_REPLY_WORD = norm_key("رد")  # (_clause_marks: "في رد على …")


def _lapse_then(ctx: SentenceContext, i: int, i1: int) -> bool:
    """Token ``i`` opens a clause after a comma by a lapse of minutes or hours ("، وبعد ساعة", "، وبعدها بساعات",
    _LAPSE_OPENS and _LAPSE_UNITS) and a verb of an act follows the lapse: a later act told in the same sentence."""
    vals = ctx.token_values
    if vals[i] not in _LAPSE_OPENS or not _comma_before(ctx, i):
        return False
    hi = min(i + _LAPSE_REACH, i1)
    unit = next((j for j in range(i + 1, hi + 1) if vals[j] in _LAPSE_UNITS), None)
    if unit is None and vals[i] in _AND_AFTER:
        return False
    start = (unit if unit is not None else i) + 1
    return any((m := _trigger_at(ctx, j)) is not None and "verb" in _trig(m).flags
               for j in range(start, min(start + 2, i1 + 1)))


def _clause_marks(ctx: SentenceContext) -> list[tuple[int, str]]:
    """Tokens that open a clause of another act, with the kind of the clause: ``act`` (a second act: "فيما",
    "في حين", "لتردّ"), ``side`` (another side and its act: "والمقاومة تستهدف", "وسط قصف تشنه …"),
    ``replied`` (the act a reply answers: "ردّاً على …"), ``then`` (a later act after "، تلاه": _THEN_LINKS),
    ``toll`` (an act after a toll that opens the sentence: _act_after_toll), ``also`` ("، كما" and the same
    side's next verb: _also_act)."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    marks: list[tuple[int, str]] = []
    opening = _toll_opening(ctx)
    for i in range(i0, i1 + 1):
        if (vals[i] in _REPLIED or (vals[i] in _REPLIED_IN and i + 1 <= i1 and vals[i + 1] == _REPLY_WORD)) \
                and any(vals[j] == _ON for j in range(i + 1, min(i + 3, i1 + 1))):
            marks.append((i, "replied"))
            continue
        if not i0 + _CLAUSE_MIN <= i <= i1 - _CLAUSE_MIN + 1:
            continue
        if _clause_link_at(vals, i, i1) or vals[i] in _REPLY_OPENS:
            marks.append((i, "act"))
        elif vals[i] in _THEN_LINKS and _comma_before(ctx, i):
            marks.append((i, "then"))
        elif _lapse_then(ctx, i, i1):
            marks.append((i, "then"))
        elif opening is not None and _act_after_toll(ctx, i, opening):  # (before a side's act: each at its place)
            marks.append((i, "toll"))
        elif _side_operations(ctx, i):
            marks.append((i, "ops"))
        elif _new_subject(ctx, i):
            marks.append((i, "side"))
        elif _also_act(ctx, i):
            marks.append((i, "also"))
        elif _dated_also(ctx, i):
            marks.append((i, "dated"))
    out: list[tuple[int, str]] = []
    for i, kind in marks:  # marks too near the one before are words of its clause
        if not out or out[-1][0] + _CLAUSE_MIN <= i:
            out.append((i, kind))
    return out


def _clause_cuts(ctx: SentenceContext) -> list[int]:
    """Offsets where a word of a second act ("فيما", "بالتزامن مع", "في حين") opens a clause."""
    return [ctx.token_spans[i].start for i, kind in _clause_marks(ctx) if kind != "replied"]


def _clauses(ctx: SentenceContext) -> list[tuple[int, int, str]]:
    """The clauses of a sentence (start, end, kind): ``first``, ``act`` or ``side`` (a clause opened by a
    word of a second act, or by another side acting), ``replied`` ("ردّاً على …" up to the next comma, or
    the clause's end), or ``then``, ``toll``, ``also`` (see :func:`_clause_marks`)."""
    i1 = ctx.i1
    out: list[tuple[int, int, str]] = []
    starts: list[tuple[int, str]] = []
    for i, kind in _clause_marks(ctx):
        starts.append((i, kind))
        if kind == "replied" and i == ctx.i0:
            # "ردّاً على …، قصف الجيش …": the act replied to ends at the next comma, the reply follows; after
            # the reply, "ردّاً على" runs to the next clause ("…، ولا سيما …" still names what is replied to)
            nxt = next((j for j in range(i + 2, i1 + 1) if _comma_before(ctx, j)), None)
            if nxt is None:
                # no comma: the reply opens with its side and the verb of its act ("ردّاً على قصف الاحتلال
                # القرى المقاومة تستهدف …"), after the act replied to
                nxt = next((j for j in range(i + _CLAUSE_MIN, i1 - _CLAUSE_MIN + 2)
                            if _trigger_at(ctx, j) is None and _subject_then_act(ctx, j)
                            and any(_trigger_at(ctx, k) is not None for k in range(i + 2, j))), None)
            if nxt is not None and i1 - nxt + 1 >= _CLAUSE_MIN:
                starts.append((nxt, "act"))
    bounds = sorted(set(starts))
    if bounds and ctx.token_spans[bounds[0][0]].start > ctx.sentence.start:
        bounds.insert(0, (ctx.i0, "first"))
    for k, (i, kind) in enumerate(bounds):
        a = ctx.sentence.start if k == 0 else ctx.token_spans[i].start
        b = ctx.token_spans[bounds[k + 1][0]].start if k + 1 < len(bounds) else ctx.sentence.end
        if a < b:
            out.append((a, b, kind))
    return out


_OFF_RECORD = frozenset({"negation", "denial", "irrealis", "condemn"})


def _reply_act(ctx: SentenceContext, f: Frame) -> bool:
    """A clause that opens with a reply verb and tells the reply by a noun after "ب" ("ردّ الجيش بقصف …"):
    the subject's own act, whatever the scorer makes of the short clause; not when it is denied, threatened
    or negated."""
    i = ctx.i0
    if not any(ctx.token_values[j] in _REPLY_VERBS for j in range(i, min(i + 2, len(ctx.token_values)))):
        return False
    if any(_cue(c).kind in _OFF_RECORD for c in ctx.cues):
        return False
    return (f.event_type in VIOLENT and f.actor1 is not None and not f.casualty_only
            and any("ب" in m.prefix for m in ctx.triggers if any(t.start == m.start for t in f.triggers)))


def _told_as_happening(ctx: SentenceContext, f: Frame) -> bool:
    """The act a reply answers is an event of its own when the clause tells it by a verb ("ردّاً على قصف
    استهدف مواقعه صباح اليوم"), not when it only names it ("ردّاً على استهداف إحدى نقاطها")."""
    vals = ctx.token_values
    for t in f.triggers:
        m = next((m for m in ctx.triggers if m.start == t.start), None)
        if m is None or "verb" not in _trig(m).flags or "casualty" in _trig(m).flags:
            continue
        ti = ctx.tok(m.start)
        if ti > 0 and strip_conj(vals[ti - 1]) not in RELATIVE_PRONOUNS:
            return f.primary
    return False


def _then_act(ctx: SentenceContext, f: Frame) -> bool:
    """The short clause after "، تلاه" tells its act by its weapon ("تلاه هجوم بطائرة مسيّرة"), whatever the scorer
    makes of it; not when it is denied, threatened or negated before its word (not "…، دون ورود معلومات عن إصابات")."""
    first = min((t.start for t in f.triggers), default=ctx.sentence.end)
    own = [m for m in ctx.triggers if any(t.start == m.start for t in f.triggers)]
    if not own or all(_trig(m).trigger.key in _BARE_BLAST for m in own):
        return False  # "…، تلته انفجارات عنيفة": the blasts of the act told, heard after it
    return f.event_type in VIOLENT and not f.casualty_only and not f.generic_type \
        and not any(_cue(c).kind in _OFF_RECORD and c.start < first for c in ctx.cues)


def _act_key(f: Frame) -> tuple[str, str, str]:
    return f.event_type, f.sub_event_type, f.actor1.entry.key if f.actor1 is not None else ""


def _two_acts(ctx: SentenceContext) -> list[Frame] | None:
    """The frames of a sentence that joins two acts ("قصفت القوات … فيما ردّ المسلحون بهجوم …", "الاحتلال
    يقصف … والمقاومة تستهدف …", "… لتردّ واشنطن بقصف …"): each clause reports its own event when both report
    one on their own, the second names the side that acts in it, and it is another act (another type or
    sub-type, or another side acting); None when the sentence is one act ("… بالتزامن مع قصف مدفعي": the
    same side's shelling, told with the strike). The act a reply answers ("ردّاً على استهداف …") lends the
    reply neither its sides nor its place: it is read apart, an event only when told as happening."""
    clauses = _clauses(ctx)
    if len(clauses) < 2:
        return None
    parts: list[list[Frame]] = []
    kinds: list[str] = []
    replied: list[Frame] = []
    agents: list[ActorMention] = []  # the sides acting in the acts replied to
    subject: list[tuple[Span, ActorEntry]] = []
    skipped: set[tuple[int, int]] = set()
    retold = False  # a later clause names the act told before (:func:`_retold`): read apart, it is left out
    for a, b, kind in clauses:
        sub = _sub_context(ctx, a, b)
        if kind == "also" and subject:
            sub.actors, sub.subject = subject + sub.actors, subject  # the verb has the first clause's subject
        frames = _frames_of(sub)
        if kind == "ops":
            if not frames:
                skipped.add((a, b))  # another side's operations that tell no act the reader knows: no side of this one
                continue
            kind = "side"
        if kind in ("act", "side") and _told_before(parts) and _retold(sub, frames):
            retold = True  # "…، في حين قالت الوزارة إن الهجوم أدى إلى مقتل …": the act told before, its toll or version
            continue
        if kind == "first":  # the side acting in the first clause (the subject of the later verb)
            subject = [(f.actor1.span, f.actor1.entry) for f in frames if f.primary and f.actor1 is not None][:1]
        if kind == "replied":
            replied += [f for f in frames if _told_as_happening(sub, f)]
            agents += [f.actor1 for f in frames if f.actor1 is not None]
            continue
        for f in frames:
            if not f.primary and (_reply_act(sub, f) or (kind == "then" and _then_act(sub, f))):
                f.primary = True
        parts.append(frames)
        kinds.append(kind)
    out = _joined_acts(parts, kinds) if len(parts) > 1 or not retold else list(parts[0])
    if out is None and retold:
        return None
    if out is not None and {"toll", "also", "then", "dated"} & set(kinds):
        for f in out:
            f.flags = f.flags | {OWN_CLAUSE}
    for f in out or []:
        f.flags = f.flags | {SPLIT_CLAUSE}
    if out is None:
        if len(parts) == len(clauses):
            return None  # a clause with no act, or a second act with no side of its own named (the first side's)
        # the act replied to read apart, the rest as one clause
        rest = [(a, b) for a, b, kind in clauses if kind != "replied" and (a, b) not in skipped]
        if len(rest) > 1 and all(r[1] == s[0] for r, s in pairwise(rest)):
            out = _frames_of(_sub_context(ctx, rest[0][0], rest[-1][1]))
        else:
            out = [f for p in parts for f in p]
        if _reported(out) != _reported(_frames_of(ctx)):
            # whether the sentence reports an act stays the reading of the whole sentence ("أعلنت … أنّ
            # قواتها شنّت غارات …، ردّاً على …"; "تؤكد … مواصلتها استهداف …، ردّاً على …"): the act replied
            # to only gives up its sides and its place
            return None
    for f in out:  # a reply strikes the side whose act it answers, when it names no target of its own
        if f.event_type in VIOLENT and f.actor1 is not None and f.actor2 is None:
            f.actor2 = next((g for g in agents if not _allied(g.entry, f.actor1.entry)), None)
    return out + replied


_DEFINITE_WORD = re.compile(r"^[وف]?[بك]?(?:ال|لل)")


def _told_before(parts: list[list[Frame]]) -> bool:
    """An earlier clause of the sentence tells a violent act by its own weapon or deed (not a general word, not a
    toll): the act a later clause's "الهجوم" may name again (not "ارتفعت حصيلة ضحايا العدوان …، بعد المجزرة التي
    ارتكبها الاحتلال في X": the massacre is told there for the first time)."""
    return any(f.primary and f.event_type in VIOLENT and not f.casualty_only and not f.generic_type
               for p in parts for f in p)


def _retold(ctx: SentenceContext, frames: list[Frame]) -> bool:
    """A later clause whose acts are all told by a general word made definite ("الهجوم", "العدوان", "بالقصف") with
    no weapon of its own ("…، في حين قالت الوزارة إن الهجوم أدى إلى مقتل عسكريين"): the act the clause before
    told, named again for its toll or a source's version of it, not a second act."""
    acts = [f for f in frames if f.primary and f.event_type in VIOLENT and not f.casualty_only]
    if not acts or any("verb" in _trig(m).flags for m in ctx.triggers):
        return False  # (a verb of its own, "فيما أكد الجيش أن قواته صدت الهجوم وقتلت …": the other side's part)
    for f in acts:
        if not f.generic_type:
            return False
        own = [m for m in ctx.triggers if any(t.start == m.start for t in f.triggers)
               and "casualty" not in _trig(m).flags]
        if not own or any("verb" in _trig(m).flags or not _DEFINITE_WORD.match(ctx.token_values[ctx.tok(m.start)])
                          for m in own):
            return False
    return True


def _sides_apart(ctx: SentenceContext) -> list[Frame] | None:
    """The frames of a sentence that opens with a side's violence going on and joins another side's act in a
    clause of its own, its subject first ("الفصائل تواصل التصدي للتوغل، وسرايا القدس تعلن تفجير ناقلة …", "…
    تواصل هجماتها على المواقع وفصيل عراقي يستهدف مطاراً …"): the verb of going on (_ONGOING) qualifies its own
    clause, so the act of the later clause is reported on its own, with the sides of its clause; None when the
    sentence as a whole reports an act, or no later clause does."""
    if not _ongoing(ctx):
        return None
    clauses = _clauses(ctx)
    if len(clauses) < 2 or any(kind not in ("first", "side") or (kind == "side" and not _subject_first(ctx, a))
                               for a, _, kind in clauses):
        return None
    parts = [_frames_of(_sub_context(ctx, a, b)) for a, b, _ in clauses]
    acts = [[f for f in p if f.primary and f.event_type in VIOLENT and not f.casualty_only] for p in parts]
    if acts[0] or not any(acts) or not any(v in _ONGOING for v in _sub_context(ctx, *clauses[0][:2]).words):
        return None  # the first clause is not the going on alone, or no other clause tells an act
    if "violent" in _reported(_frames_of(ctx)):
        return None
    return [f for p in parts for f in p]


def _subject_first(ctx: SentenceContext, start: int) -> bool:
    """The clause at ``start`` opens with "و" and its subject ("وكتائب القسام تعلن …", "والمقاومة في العراق
    تقصف …"): another side named first, not a verb whose object follows ("، وتدكّ تحشيدات الاحتلال": the
    first clause's side goes on acting) nor a circumstance ("وسط قصف …")."""
    i = ctx.tok(start)
    tok = ctx.token_spans[i]
    return ctx.token_values[i].startswith("و") and _trigger_at(ctx, i) is None and any(
        tok.start <= a.start < tok.end for a, _ in ctx.actors)


def _reported(frames: list[Frame]) -> set[str]:
    """The families of the acts that frames report on their own."""
    return {"demo" if f.event_type in DEMO else "violent" for f in frames
            if f.primary and f.event_type in VIOLENT + DEMO and not f.casualty_only}


def _joined_acts(parts: list[list[Frame]], kinds: list[str]) -> list[Frame] | None:
    """The frames of clauses read apart, when each reports its own act: each after the first names its
    side, another side than the clause before when it is opened by one ("والمقاومة تستهدف …", "بعد استهداف
    المقاومة …"), and tells another act (type, sub-type or side) than the one before it; None otherwise.  A clause
    told by its toll opens a line as an act when it names the side that struck ("عشرات الشهداء في مجازر إسرائيلية في X
    والمقاومة تدمر دبابات في Y": a bulletin line of two items, each with its side and place); a toll told after
    another clause is that clause's ("… بين القوات ومسلحين …، قتل فيها أربعة")."""
    if len(parts) < 2:
        return None
    # a toll told before an act at another place ("مقتل … في A وخطف … في B", kind ``toll``) is an act of its own
    acts = [[f for f in p if f.primary and f.event_type in VIOLENT + DEMO
             and (not f.casualty_only or (k == 0 and f.actor1 is not None) or kinds[k + 1:k + 2] == ["toll"])]
            for k, p in enumerate(parts)]
    # "هاجم المقاتلون مواقع القوات، بينما ردّت القوات بقذائف الهاون على تجمعات المهاجمين": the battle's own fire, read
    # with the clause of the battle alone
    fire = {k for k in range(1, len(parts)) if acts[k - 1] and acts[k] and kinds[k] in ("act", "side")
            and _fire_of_battle(acts[k - 1], acts[k])}
    if fire:
        parts, kinds, acts = ([x for k, x in enumerate(seq) if k not in fire] for seq in (parts, kinds, acts))
        if len(parts) == 1:
            return list(parts[0])
    if not all(acts) or not all(any(f.actor1 is not None for f in a) or kind in ("toll", "then", "dated")
                                or (kind == "act" and _other_kind_of_act(p, a))
                                for p, a, kind in zip(acts[:-1], acts[1:], kinds[1:], strict=True)):
        return None
    for (a, b), kind in zip(pairwise(acts), kinds[1:], strict=True):
        if kind in ("toll", "dated"):
            continue  # (each clause names its own place, or its own day)
        if kind == "then" and not {(f.event_type, f.sub_event_type) for f in b} - {
                (f.event_type, f.sub_event_type) for f in a}:
            return None  # "…، تلاه …" of the same kind of act: its further course, not another act
        ka, kb = {_act_key(f) for f in a}, {_act_key(f) for f in b}
        if kind == "side" and not any(x[2] and y[2] and x[2] != y[2] for x in ka for y in kb):
            return None  # "… وذلك بعد استهداف المقاومة …": the effect of that act and the act, not two sides
        if not any(x[:2] != y[:2] or (x[2] and y[2] and x[2] != y[2]) for x in ka for y in kb) \
                and not _strikes_back(a, b):
            return None  # the same act told twice ("قصفت … بالتزامن مع قصف …")
    for (a, b), kind in zip(pairwise(acts), kinds[1:], strict=True):
        # a toll with neither means nor side before a side's bombardment ("بعد ارتقاء شهداء في A قصف إسرائيلي على
        # B"): the dead of that side's fire, as its type and side
        g = next((g for g in b if g.event_type == "Explosions/Remote violence" and g.actor1 is not None), None)
        for f in a if kind == "toll" and g is not None else []:
            if f.casualty_only and f.actor1 is None:
                f.event_type, f.sub_event_type = g.event_type, g.sub_event_type
                f.plover_type, f.plover_mode, f.actor1 = g.plover_type, g.plover_mode, g.actor1
    return [f for p in parts for f in p]


def _fire_of_battle(before: list[Frame], acts: list[Frame]) -> bool:
    """The later clause's acts are remote fire of a side of the battle the clause before tells, at the other side
    or at fighters it does not name ("اشتبك المقاتلون مع القوات …، بينما ردّت القوات بالهاون والمسيّرات على
    تجمعات المهاجمين"): the weapons of that battle (ACLED codes the exchange as the battle), not an act of its own."""
    sides = {m.entry.key for f in before if f.event_type == "Battles" and f.actor1 is not None
             and f.actor2 is not None for m in (f.actor1, f.actor2)}
    if not sides:
        return False
    return all(f.event_type == "Explosions/Remote violence" and f.actor1 is not None and f.actor1.entry.key in sides
               and f.actor2 is not None and f.actor2.entry.key != f.actor1.entry.key
               and (f.actor2.entry.key in sides or f.actor2.entry.key.startswith("unidentified"))
               for f in acts)


def _strikes_back(before: list[Frame], acts: list[Frame]) -> bool:
    """The side acting in the later clause is the side an act of the clause before hits, and it strikes another
    target ("سقطت صواريخ على قاعدة للقوات الأميركية …، فيما قصفت القوات الأميركية مواقع …"): the target's own act,
    even when the first clause names no attacker."""
    return any(f.actor2 is not None and g.actor1 is not None and g.actor2 is not None
               and f.actor2.entry.key == g.actor1.entry.key and g.actor2.entry.key != f.actor2.entry.key
               for f in before for g in acts)


def _other_kind_of_act(before: list[Frame], acts: list[Frame]) -> bool:
    """The acts of a clause opened by "فيما"/"بينما" that names no side are of another event type than every act of the
    clause before, neither a battle ("اغتال مجهولون شاباً …، فيما انفجرت عبوة ناسفة بسيارة قيادي …"): a second
    act of its own, not the first side's other weapon ("… بالتزامن مع قصف مدفعي": the same type) nor a weapon of
    the fighting ("اشتبكت … فيما سقطت قذائف …": a remote weapon within a battle belongs to it)."""
    types = {f.event_type for f in before}
    return "Battles" not in types and all(
        f.event_type not in types and f.event_type != "Battles" and not f.casualty_only and not f.generic_type
        for f in acts)


def sentence_frames(ctx: SentenceContext) -> list[Frame]:
    """The event frames one sentence reports (empty when it reports none)."""
    if not ctx.triggers:
        return []
    split = _two_acts(ctx)
    if split is None:
        split = _present_clauses(ctx)
    if split is None:
        split = _sides_apart(ctx)
    if split is None:
        split = _goes_on_and_acts(ctx)
    frames = split if split is not None else _frames_of(ctx)
    if not any(f.primary for f in frames):
        recalled = _recalled_act_clause(ctx)
        if recalled is not None:
            own = [f for f in _frames_of(recalled) if f.primary]
            for f in own:
                f.sentence = ctx.sentence  # (the place and the doer the sentence named before the clause stay its)
            if own:
                cut = recalled.sentence.start
                frames = [f for f in frames if all(t.end <= cut for t in f.triggers)] + own
    if frames and _names_fire_origin(ctx):
        for f in frames:
            f.flags = f.flags | {FIRED_FROM}
    # "قُتل الشاب م. ع، وهو عنصر سابق انضم إلى التسوية عام 2018، برصاص …": a step of the person's past told in an
    # aside about who he is (joining, defecting, an old arrest) is no event of the report
    return [f for f in frames if f.event_type != "Strategic developments"
            or not f.triggers or not all(_in_person_aside(ctx, t.start) for t in f.triggers)]


_EXPLAINING = frozenset(norm_key(w) for w in ("إذ", "حيث"))
_HAD_BEFORE = frozenset(norm_key(w) for w in ("سبق",))
_PLUPERFECT_REACH = 8  # tokens from "كان" to its "قد" (the subject between)


def _recalled_act_clause(ctx: SentenceContext) -> SentenceContext | None:
    """The clause, opened after a comma by "إذ"/"حيث" and a verb of the past before ("سبق أن", "كان … قد"), that
    recalls an earlier act with a time of its own after a sentence that reports none ("وتكرّرت الغارات على محيط
    البلدة منذ بداية العام، إذ سبق أن استهدفت مسيّرة في الأسبوع الثاني من الشهر الماضي دراجة نارية …"): an act of
    its own day, background the coders code with its date, when the clause tells its dead; None when the sentence
    holds no such clause."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    for i in range(i0 + _CLAUSE_MIN, i1 - 1):
        if strip_conj(vals[i]) not in _EXPLAINING or not _comma_before(ctx, i):
            continue
        nxt = vals[i + 1]
        if nxt not in _HAD_BEFORE \
                and not (nxt in _AUX_WAS and _QAD in vals[i + 2:min(i + 2 + _PLUPERFECT_REACH, i1 + 1)]):
            continue
        start = ctx.token_spans[i].start
        if not any(start <= t.start < ctx.sentence.end and isinstance(t.value, TimeValue) and t.value.end is None
                   and ctx.published is not None and t.value.date < ctx.published for t in ctx.times):
            return None
        if not any(m.start >= start and "casualty" not in _trig(m).flags for m in ctx.triggers) \
                or not any(m.start >= start and "casualty" in _trig(m).flags for m in ctx.triggers):
            return None  # (an act and its dead: "… ما أدى إلى مقتل راكبها"; not damage alone)
        return _sub_context(ctx, start, ctx.sentence.end)
    return None


# a frame flag: its sentence names where the fire came from ("قصفت الميليشيات، انطلاقاً من مواقعها في X، بلدة Y")
FIRED_FROM = "fired_from"


@lru_cache(maxsize=1)
def _fire_origin_words() -> frozenset[str]:
    """roles.tsv's ``launched_from`` words longer than a preposition ("انطلاقاً", "مصدرها")."""
    return frozenset(w for w in role_words()["launched_from"] if len(w) > 2)


def _names_fire_origin(ctx: SentenceContext) -> bool:
    """The sentence holds a word of roles.tsv's ``launched_from`` longer than a preposition ("انطلاقاً", "مصدرها")."""
    words = _fire_origin_words()
    return any(w in words for w in ctx.words)  # (ctx.words: strip_conj of the sentence's tokens)


# a partitive relative clause that tells which people a person is one of ("قيادياً سابقاً ممن انضموا إلى اتفاق
# التسوية", "أحد العناصر من الذين أجروا المصالحة"): a step of the person's past, like an aside
_PERSON_CLASS = re.compile(r"(?<!\w)(?:م[\u064b-\u0652]*م[\u064b-\u0652]*ن|من\s+(?:الذين|اللواتي|اللاتي))"
                           r"\s+\S+[^،,.؛:]*$")


def _in_person_aside(ctx: SentenceContext, pos: int) -> bool:
    """An aside after a comma that tells who a person is ("، وهو عنصر سابق …", "، وهي ناشطة …"), or a partitive
    relative clause ("ممن انضموا إلى …", _PERSON_CLASS), holds ``pos``."""
    lo = max(ctx.sentence.start, pos - 120)
    return PERSON_ASIDE.search(ctx.nt.original, lo, pos) is not None \
        or _PERSON_CLASS.search(ctx.nt.original, lo, pos) is not None


def _goes_on_clauses(ctx: SentenceContext) -> list[tuple[int, bool]]:
    """Tokens that open a clause by "و" after a verb of going on (_ONGOING), with whether the clause's verb
    has the sentence's subject: a present-tense verb of violence, the same side acting again ("المقاومة تواصل
    التصدي للتوغل، وتدكّ التحشيدات بالصواريخ", "الجيش يواصل عدوانه ويشنّ غارات على …"; True), or a toll
    of an act named right after it ("… وشهداء في قصف على …"; False); not a verb of going on itself."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    k = next((i for i in range(i0, i1 + 1) if strip_conj(vals[i]) in _ONGOING), None)
    if k is None or any(v in _CLAUSE_LINKS for v in vals[i0:k]) or any(v in _SINCE for v in vals[k:i1 + 1]):
        # "يأتي ذلك فيما يواصل الاحتلال …": the background of the article's news; "… منذ أيام، وتدكّ …": the
        # period dates the sentence, not the act of the later clause
        return []
    out: list[tuple[int, bool]] = []
    for i in range(k + _CLAUSE_MIN, i1 - _CLAUSE_MIN + 2):
        if not vals[i].startswith("و") or strip_conj(vals[i]) in _ONGOING or (out and i - out[-1][0] < _CLAUSE_MIN):
            continue
        m = _trigger_at(ctx, i)
        if m is None or _trig(m).trigger.event_type not in VIOLENT or not ctx.token_spans[i].start < m.start:
            continue
        flags = _trig(m).flags
        if "casualty" in flags and "verb" not in flags:
            acts = (_trigger_at(ctx, j) for j in range(i + 1, min(i + _TOLL_ACT_REACH + 1, i1 + 1)))
            if any(a is not None and _trig(a).trigger.event_type in VIOLENT and "casualty" not in _trig(a).flags
                   for a in acts):
                out.append((i, False))
        elif "present" in flags and "verb" in flags and "casualty" not in flags:
            out.append((i, True))
    return out


GOES_ON = "goes_on"  # Frame flag: the act of a clause after a verb of going on (_goes_on_and_acts)
# Frame flag: the act of a clause read apart from the clause beside it in its sentence, each at a place of its own
# (a toll then another act, "…، كما …" with a new verb: _act_after_toll, _also_act), or a later act of another kind
# after "، تلاه" (_THEN_LINKS): one record each
OWN_CLAUSE = "own_clause"
# Frame flag: the act of one of the clauses that :func:`_two_acts` read apart (each another act, or another side
# acting): the clause beside it tells another act, not this one told again
SPLIT_CLAUSE = "split_clause"
_TOLL_ACT_REACH = 2  # "وشهداء في قصف …", "وشهيدان بغارة …": the act within two words of the toll


def _goes_on_and_acts(ctx: SentenceContext) -> list[Frame] | None:
    """The frames of a sentence (a bulletin line, a lead) that opens with a side's violence going on and tells,
    in a clause of "و", an act of the same side or a toll of an act (_goes_on_clauses): the going on is only a
    further mention (_ongoing), but the act of the later clause is reported on its own, the sentence's subject
    the subject of its verb; None when the sentence has no such clause, and the frames of the whole sentence
    when it already reports an act as a whole."""
    if not _ongoing(ctx):
        return None
    cuts = _goes_on_clauses(ctx)
    if not cuts:
        return None
    bounds = [ctx.sentence.start] + [ctx.token_spans[i].start for i, _ in cuts] + [ctx.sentence.end]
    first = _sub_context(ctx, bounds[0], bounds[1])
    k = next(i for i in range(ctx.tok(bounds[0]), ctx.tok(bounds[1] - 1) + 1)
             if strip_conj(ctx.token_values[i]) in _ONGOING)
    # the subject: the sides named before the verb of going on, or right after it ("تواصل المقاومة …"); a side
    # that opens a clause of its own after it ("… تواصل التصدي والقسام تكمن …، وتشتبك …") is the later one's
    joined = [a for a in first.actors if ctx.tok(a[0].start) > k and a[0].start == ctx.token_spans[
        ctx.tok(a[0].start)].start + 1 and ctx.token_values[ctx.tok(a[0].start)].startswith("و")]
    subject = joined[-1:] or [a for a in first.actors if ctx.tok(a[0].start) < k] or [
        a for a in first.actors if ctx.tok(a[0].start) <= k + 2][:1]
    parts = [_frames_of(first)]
    for (a, b), (_, same_subject) in zip(pairwise(bounds[1:]), cuts, strict=True):
        sub = _sub_context(ctx, a, b)
        if same_subject and subject:
            sub.actors, sub.subject = subject + sub.actors, subject  # the clause's verb has the sentence's subject
        parts.append(_frames_of(sub))
    later = [f for p in parts[1:] for f in p if f.primary and f.event_type in VIOLENT]
    if not later:
        return None
    whole = _frames_of(ctx)
    if "violent" in _reported(whole):
        return whole  # read as one sentence, as the caller would (not read a second time there)
    for f in later:
        f.flags = f.flags | {GOES_ON}
    return [f for p in parts for f in p]


def _present_clauses(ctx: SentenceContext) -> list[Frame] | None:
    """A headline that tells one side's act in the present and joins another side's after a comma ("الجيش
    يستهدف مقراً لـ…، وطائرة تركية تقصف مقار لـ…"): each clause is read on its own, so the sides of the second
    do not become those of the first act; so is one whose second act opens by "و" and its weapon or act noun before
    a present verb (:func:`_weapon_clause`: "… ومسيّرة تستهدف سيارة قرب عين عيسى"); None when the sentence has no
    such join."""
    present = [m for m in ctx.triggers if "present" in _trig(m).flags and _present_act(ctx, m)]
    i1 = ctx.i1
    after = ctx.tok(present[0].end - 1) + 1 if present else i1 + 1  # a side's clause joins after the present act
    for i in range(ctx.i0 + _CLAUSE_MIN, i1 + 1):
        tok = ctx.token_spans[i]
        gap = ctx.nt.original[ctx.token_spans[i - 1].end:tok.start]
        sided = i >= after and ("،" in gap or "," in gap) and any(tok.start <= a.start < tok.end for a, _ in ctx.actors)
        if ctx.token_values[i].startswith("و") and (sided or _weapon_clause(ctx, i) or _placed_clause(ctx, i)):
            return (_frames_of(_sub_context(ctx, ctx.sentence.start, tok.start))
                    + _frames_of(_sub_context(ctx, tok.start, ctx.sentence.end)))
    return None


# tokens from the noun of a headline's second act to its present verb ("ومسيّرة تستهدف", "وقصف مجهول يستهدف")
_WEAPON_VERB_REACH = 2


def _weapon_clause(ctx: SentenceContext, i: int) -> bool:
    """Token ``i`` ("و" and a noun of an act or a weapon: "ومسيّرة", "وقصف", "وغارة") opens a headline's second act
    whose subject is that noun and whose verb is in the present a word or two after it ("مرتزقة الاحتلال يقصفون قرى
    تل تمر ومسيّرة تستهدف سيارة قرب عين عيسى", "مقاتلو العشائر يطردون قسد من ذيبان وقصف مجهول يستهدف مواقع في
    البوكمال"): another act, in another place, whose sides are not the first clause's; no verb, no "و" of the
    verb itself ("ويستهدف"); a side named between noun and verb is the second act's ("وقصف مجهول يستهدف")."""
    own = _trigger_at(ctx, i)
    if own is None or {"verb", "present", "casualty"} & _trig(own).flags \
            or _trig(own).trigger.event_type not in VIOLENT + DEMO:
        return False
    if _trigger_at(ctx, i - 1) is not None or own.end < ctx.token_spans[i].end:
        return False  # one subject of two weapons ("الصواريخ والمسيّرات تدك"), or the first side's ("وصواريخها تستهدف")
    i1 = ctx.i1
    for k in range(i + 1, min(i + _WEAPON_VERB_REACH, i1) + 1):
        m = _trigger_at(ctx, k)
        if m is not None and "present" in _trig(m).flags and _trig(m).trigger.event_type in VIOLENT:
            return True
    return False


def _placed_clause(ctx: SentenceContext, i: int) -> bool:
    """Token ``i`` ("و" and the verbal noun of an act: "واشتباك", "واغتيال") opens a headline's second act that has
    a place of its own right after it ("اغتيال مختار في طفس واشتباك في جاسم بين مجموعة … وشبان …", "قصف على
    الأتارب وهجوم في سراقب"), after one violent act named with another place: two acts in two places, whose
    sides are each their own clause's (the sides named after the second act are not the first's)."""
    if not ctx.headline:
        return False
    own = _trigger_at(ctx, i)
    if own is None or {"verb", "present", "casualty"} & _trig(own).flags \
            or _trig(own).trigger.event_type not in VIOLENT:
        return False
    if _trigger_at(ctx, i - 1) is not None or own.end < ctx.token_spans[i].end:
        return False
    i1 = ctx.i1
    if i + 2 > i1 or ctx.token_values[i + 1] not in _IN:
        return False
    tok = ctx.token_spans[i]
    later = [p for p in ctx.places if ctx.token_spans[i + 2].start <= p.start < ctx.token_spans[i + 2].end]
    earlier = [p for p in ctx.places if p.end <= tok.start]
    first = [m for m in ctx.triggers if m.end <= tok.start and _trig(m).trigger.event_type in VIOLENT]
    if not later or not earlier or len(first) != 1:
        return False  # a list of three acts ("قصف على … وغارات روسية وانفجار في …") leaves the second without a place
    text = ctx.nt.original
    return all(text[p.start:p.end] != text[q.start:q.end] for p in earlier for q in later)


_ONE_MASSACRE = norm_key("مجزرة")
_MASSACRE_DUALS = frozenset(norm_key(w) for w in ("مجزرتين", "مجزرتان"))
_HOURS = frozenset(norm_key(w) for w in ("الساعات", "ساعات", "ساعة"))
_PAST = frozenset(norm_key(w) for w in ("الماضية", "الأخيرة", "المنصرمة"))


def _daily_tally(ctx: SentenceContext, violent: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """The sentence counts massacres ("ارتكب الاحتلال 8 مجازر ضد العائلات … خلال الساعات الـ24 الماضية",
    "مجزرتان للاحتلال في قطاع غزة: أكثر من 20 شهيداً"): a health ministry's tally of many strikes across a
    territory, not one event (ACLED codes each strike where the article names it), when it names the past hours
    or no act besides the massacres and their dead, and no one massacre among them."""
    i0 = ctx.i0
    vals = ctx.words
    if not any(v in _MASSACRE or v in _MASSACRE_DUALS for v in vals):
        return False
    # the numbers of the sentence by the index (in ``vals``) of their last token ("8", "ثلاث")
    nums = {ctx.tok(n.end - 1) - i0: n.value for n in ctx.numbers
            if isinstance(n.value, NumberValue) and not n.value.vague}
    counted = any(v in _MASSACRE_DUALS or (v in _MASSACRE and (i - 1) in nums and nums[i - 1].value >= 2)
                  for i, v in enumerate(vals))
    if not counted or any(v == _ONE_MASSACRE and (i - 1) not in nums for i, v in enumerate(vals)):
        return False  # one massacre named among them ("21 مجزرة، من بينها مجزرة بحق الجائعين …") is an event
    if all("casualty" in te.flags or te.trigger.key in _MASSACRE or te.trigger.key in _WAR_WORDS
           for _m, te, _w in violent):
        return True  # the massacres and their dead, beside at most the war named ("منذ بدء العدوان")
    return any(v in _HOURS and any(w in _PAST for w in vals[i + 1:i + 4]) for i, v in enumerate(vals))


# --- protest sub-types (ACLED): the words of the sentence that tell how the protest went
# "مكافحة الشغب": riot control (the police's gear, the riot police), not a riot of the crowd
_RIOT_CONTROL = frozenset(norm_key(w) for w in ("مكافحة", "لمكافحة", "بمكافحة", "مكافحه", "ضد"))
_RIOT_CONTROL_GAP = 2  # "مكافحة أعمال الشغب"
# repression or dispersal of the protest named right after it ("قمع الاحتجاجات", "تفريق المتظاهرين") or of the
# crowd named before it ("واجهت الشرطة المتظاهرين بالقمع"): the protest met an intervention
_REPRESSION = frozenset(norm_key(w) for w in (
    "قمع", "القمع", "بقمع", "لقمع", "بالقمع", "للقمع", "قمعت", "قمعوا", "تفريق", "لتفريق", "بتفريق", "فض", "لفض",
    "بفض", "فضت", "فضوا"))
_REPRESSION_AFTER = frozenset(norm_key(w) for w in ("بالقمع", "بالعنف", "بالهراوات"))
# the words before a repression word that make it the wrong a protest denounces ("إدانة قمع الطلاب")
_DENOUNCE_REPRESSION = frozenset(norm_key(w) for w in (
    "إدانة", "لإدانة", "ادانة", "تنديدا", "تنديداً", "احتجاجا", "احتجاجاً", "رفضا", "رفضاً", "استنكارا", "استنكاراً",
    "ضد", "انتقد", "انتقدت", "أدان", "أدانت", "يدين", "تدين"))
# a failed or absent dispersal ("فشل في تفريق المتظاهرين", "من دون قمع"): the protest went on as it was
_NOT_DONE = frozenset(norm_key(w) for w in (
    "فشل", "فشلت", "يفشل", "تفشل", "فشلوا", "عجز", "عجزت", "لم", "دون", "بدون", "رفض", "رفضت", "امتنع", "امتنعت"))
_NOT_DONE_GAP = 4  # "فشل في تفريق", "فشلت قوات الأمن في تفريق"
_REPRESSION_VERBS = frozenset(norm_key(w) for w in ("قمعت", "قمعوا", "فضت", "فضوا"))
# the people dispersed named by a count and a noun, their gathering by a verb after a relative pronoun ("لتفريق عشرات
# الأهالي الذين تجمعوا"): tokens from the word of dispersal to that verb
_DISPERSED_REACH = 5
_REPRESSION_VERB_GAP = 4  # "قمعت الشرطة أمس احتجاجات …": the subject and a time between the verb and its object
# what a crowd does that makes its protest a violent demonstration: storming, burning, smashing, stoning.
# Verbs with a plural subject ("أشعلوا", "يرشقون") follow the crowd named before them; the singular verb is
# followed by it ("هاجم متظاهرون السفارة")
_CROWD_ACTS_PLURAL = frozenset(norm_key(w) for w in (
    "هاجموا", "هجموا", "اقتحموا", "أشعلوا", "أحرقوا", "أضرموا", "حطموا", "كسروا", "خربوا", "رشقوا", "يرشقون",
    "يهاجمون", "يقتحمون", "يحطمون", "يكسرون", "يحرقون", "يشعلون", "يضربون"))
_CROWD_ACTS_SINGULAR = frozenset(norm_key(w) for w in (
    "هاجم", "هجم", "اقتحم", "أشعل", "أحرق", "أضرم", "حطم", "كسر", "رشق", "هاجمت", "اقتحمت", "أشعلت", "أحرقت"))
_CROWD_ATTEMPT = frozenset(norm_key(w) for w in ("حاولوا", "حاول", "محاولة", "محاولات", "لمحاولة", "يحاولون"))
_CROWD_ATTEMPTED = frozenset(norm_key(w) for w in ("اقتحام", "تحطيم", "إحراق", "احراق", "حرق", "إضرام", "اضرام"))
# "أقدم محتجون على اقتحام المقر": the act named by its noun after "أقدم … على" (they went as far as doing it)
_CROWD_VENTURED = frozenset(norm_key(w) for w in ("أقدم", "أقدموا", "أقدمت", "يقدم", "يقدمون"))
_CROWD_VENTURED_ON = norm_key("على")
_STRIKE_FROM = norm_key("عن")  # "يضربون عن الطعام": a hunger strike
# burning a flag, a picture or an effigy is a symbolic act of a peaceful protest (ACLED), not a riot:
# "أحرقوا العلم الإسرائيلي", "أشعلوا النار في صور الرئيس"
_CROWD_BURNS = frozenset(norm_key(w) for w in (
    "أشعلوا", "أحرقوا", "أضرموا", "يحرقون", "يشعلون", "أشعل", "أحرق", "أضرم", "أشعلت", "أحرقت"))
_SYMBOLS = frozenset(norm_key(w) for w in (
    "علم", "العلم", "أعلام", "الأعلام", "أعلاما", "صور", "صورة", "الصور", "دمية", "دمى", "مجسم", "مجسما"))
_SYMBOL_GAP = 4  # "أشعلوا النار في العلم", "أحرق المحتجون صور"
_VIOLENT_DEMO = Trigger("Riots", "Violent demonstration", "PROTEST", "riot", "_crowd_violence", 0.9)
# the tyres a crowd burns to block a road ("أضرموا النار في إطارات السيارات", "أحرقوا الدواليب")
_TYRES = frozenset(norm_key(w) for w in ("إطارات", "الإطارات", "إطار", "دواليب", "الدواليب", "العجلات", "عجلات"))
_TYRES_GAP = 4  # tokens from the end of the burning word to the tyres ("أضرموا النار في إطارات", "أشعلوا الإطارات")


def _burns_tyres(ctx: SentenceContext, m: Match) -> bool:
    """The burning word ``m`` has tyres for its object a few words after it (see _TYRES)."""
    te, s1 = ctx.tok(m.end - 1), ctx.i1
    return any(w in _TYRES for j in range(te + 1, min(s1, te + _TYRES_GAP) + 1)
               for w in _variants(ctx.token_values[j]))


def _variants(v: str) -> tuple[str, str]:
    """A token as written and without its و/ف conjunction (which strip_conj also takes off a word's own ف)."""
    return v, strip_conj(v)


def _riot_control(ctx: SentenceContext, k: tuple[Match, TriggerEntry, float]) -> bool:
    """A riot trigger ("الشغب") that names the police's riot control ("قوات مكافحة الشغب"), not a riot."""
    if k[1].trigger.event_type != "Riots":
        return False
    i = ctx.tok(k[0].start)
    s0 = ctx.i0
    return any(w in _RIOT_CONTROL for j in range(max(s0, i - _RIOT_CONTROL_GAP), i)
               for w in _variants(ctx.token_values[j]))


def _crowd_tokens(ctx: SentenceContext) -> set[int]:
    return {ctx.tok(sp.start) for sp, e in ctx.actors if e.inter in _CROWD_INTER}


def _repressed(ctx: SentenceContext, demo: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """The protest (a protest word or the crowd) is named as what was repressed or dispersed."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    protest = _crowd_tokens(ctx) | {ctx.tok(k[0].start) for k in demo
                                    if k[1].trigger.event_type in DEMO and "verb" not in k[1].flags}
    # the dispersal told by its word with the crowd's pronoun ("تجمّع العشرات …، فأطلق عناصر الأمن العام الرصاص في
    # الهواء لتفريقهم"): the crowd or its gathering named before it in the sentence was dispersed, by a force the
    # sentence names before the word (not armed men of no name: "خُطف على يد مجهولين" is the crowd's grievance)
    anyone = protest | {ctx.tok(k[0].start) for k in demo if k[1].trigger.event_type in DEMO}
    vague = vague_kinds()
    forces = [ctx.tok(sp.start) for sp, e in ctx.actors if e.inter in (1, 2, 3, 4, 8) and e.key not in vague]
    if any(strip_conj(vals[j]) in _DISPERSE_PRONOUN and not _repression_undone(ctx, j, i0)
           and any(i0 <= c < j for c in anyone) and any(i0 <= c < j for c in forces) for j in range(i0, i1 + 1)):
        return True
    if not any(w in _REPRESSION for j in range(i0, i1 + 1) for w in _variants(vals[j])):
        return False
    gathered = {ctx.tok(k[0].start) for k in demo if k[1].trigger.event_type in DEMO and "verb" in k[1].flags
                and k[0].start > ctx.token_spans[i0].start and strip_conj(vals[ctx.tok(k[0].start) - 1])
                in RELATIVE_PRONOUNS}
    for j in range(i0, i1 + 1):
        ws = _variants(vals[j])
        if not any(w in _REPRESSION for w in ws):
            continue
        if _repression_undone(ctx, j, i0):
            continue
        reach = _REPRESSION_VERB_GAP if any(w in _REPRESSION_VERBS for w in ws) else 2
        if any(j + d in protest for d in range(1, reach + 1)):
            return True
        if any(j < g <= j + _DISPERSED_REACH for g in gathered):
            return True  # "لتفريق عشرات الأهالي الذين تجمعوا": the people dispersed, then their gathering
        if any(w in _REPRESSION_AFTER for w in ws) and any(i0 <= c < j for c in protest):
            return True
    return False


def _repression_undone(ctx: SentenceContext, j: int, i0: int) -> bool:
    """The word of repression at token ``j`` (the sentence opening at token ``i0``) names no intervention: the wrong a
    protest denounces ("إدانة قمع الطلاب") or a dispersal that failed or was not tried ("فشل في تفريق التظاهرة")."""
    vals = ctx.token_values
    if j > i0 and any(w in _DENOUNCE_REPRESSION for w in _variants(vals[j - 1])):
        return True
    return any(w in _NOT_DONE for i in range(max(i0, j - _NOT_DONE_GAP), j) for w in _variants(vals[i]))


# the quantity (and frame flag) that carries the dead of a protest broken up by force to the event's fatalities
DISPERSAL_TOLL = "dispersal_killed"
# an armed man named in the sentence of a dispersal ("مسلحون أطلقوا النار لتفريق …"): not a state force's dispersal
_DISPERSAL_ARMED = ("مسلح", "مقاتل", "مجاهد", "مقاوم")


def _dispersal_by_force(ctx: SentenceContext, frames: list[Frame], violent: list[tuple[Match, TriggerEntry, float]],
                        demo: list[tuple[Match, TriggerEntry, float]]) -> list[Frame]:
    """A state force firing on a crowd to break it up ("أطلقت قوات الأمن الرصاص الحي لتفريق المحتجين، ما أدى إلى
    مقتل شخصين", "قتل شاب جراء إطلاق الشرطة النار لتفريق محتجين تجمعوا …"): ACLED codes one event, the protest
    with its intervention (excessive force against protesters where anyone was killed or wounded), never also an
    attack on civilians or an armed clash with the crowd.  The sentence names the crowd (or its protest) as what
    was dispersed (:func:`_repressed`), a state force (inter 1 or 8) and no armed group or armed men; its violence
    is firing and casualties only (no shelling or strike).  The violent frame gives way to the sentence's protest
    frame, which becomes the sentence's event."""
    fights = [f for f in frames if f.primary and f.event_type in VIOLENT]
    if not fights or not violent or not (_crowd_tokens(ctx) or demo):
        return frames
    if not all(k[1].flags & {"casualty", "vac_if_civ"} for k in violent):
        return frames
    inters = {e.inter for _, e in ctx.actors}
    # the force is a state's, or else non-state armed groups that hold the ground where they break the crowd up
    # ("تفرّقهم عناصر الهيئة بإطلاق الرصاص في الهواء" in Idlib, the Asayish in Qamishli): never state and non-state
    # forces together, never armed men named as such ("مسلحون"); the groups are not counted
    if not inters & ({1, 8} | _NON_STATE_INTER) or (inters & {1, 8} and inters & _NON_STATE_INTER) \
            or any(w in v for v in ctx.words for w in _DISPERSAL_ARMED):
        return frames
    if not _dispersed(ctx, demo):
        return frames
    hurt = any("casualty" in k[1].flags for k in violent)
    sub = "Excessive force against protesters" if hurt else "Protest with intervention"
    protest = next((f for f in frames if f.event_type == "Protests"), None)
    if protest is None:
        # no protest word, only the crowd fired on ("فتحت القوات النار على المتظاهرين لتفريقهم"): PLOVER (the GSR)
        # codes that an assault, not a protest; the frames stay as they are
        return frames
    if _DEMO_RANK_FRAME.get(sub, 0) > _DEMO_RANK_FRAME.get(protest.sub_event_type, 0):
        protest.sub_event_type = sub
    protest.primary = True
    return [f for f in frames if not any(f is g for g in fights)]


_DEMO_RANK_FRAME = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}
# the words of breaking up a gathering ("لتفريق المحتجين", "فض الاعتصام"), not of repression in general ("قمع
# المسيرات" may name days of a campaign); with a pronoun, the crowd named before them ("تجمع العشرات … فأطلقت
# الشرطة النار لتفريقهم")
_DISPERSE_WORDS = frozenset(norm_key(w) for w in ("تفريق", "لتفريق", "بتفريق", "فض", "لفض", "بفض", "فضت", "فضوا"))
# (and the verb with the crowd's pronoun: "قبل أن تفرّقهم عناصر الأمن", "ففرّقتهم الشرطة بالهراوات")
_DISPERSE_PRONOUN = frozenset(norm_key(p + w) for p in ("", "ل", "ب") for w in ("تفريقهم", "تفريقهن", "فضهم")) \
    | frozenset(norm_key(w) for w in ("تفرقهم", "يفرقهم", "فرقتهم", "فرقهم", "فرقوهم", "تفضهم", "فضتهم"))


def _dispersed(ctx: SentenceContext, demo: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """The sentence tells a crowd or its protest broken up: a word of dispersal with the crowd or the protest named
    right after it (:func:`_repressed`), or its pronoun form after the crowd."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    crowd = _crowd_tokens(ctx) | {ctx.tok(k[0].start) for k in demo}
    for j in range(i0, i1 + 1):
        if strip_conj(vals[j]) in _DISPERSE_PRONOUN and any(c < j for c in crowd):
            return True
    return any(strip_conj(vals[j]) in _DISPERSE_WORDS for j in range(i0, i1 + 1)) and _repressed(ctx, demo)


def _crowd_violence(ctx: SentenceContext) -> bool:
    """The crowd of the protest storms, burns, smashes or stones ("أشعل محتجون إطارات", "حاولوا اقتحام المصرف")
    and no state force or armed group is named to do it instead."""
    crowd = _crowd_tokens(ctx)
    if not crowd:
        return False
    first = min(crowd)
    if any(e.inter in (1, 2, 3, 4, 8) and ctx.tok(sp.start) < first for sp, e in ctx.actors):
        return False  # a force named before the crowd is what acts; one named after it is its target or stops it
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    for j in range(i0, i1 + 1):
        ws = _variants(vals[j])
        if any(w in _CROWD_BURNS for w in ws) and any(
                w in _SYMBOLS for i in range(j + 1, min(i1, j + _SYMBOL_GAP) + 1) for w in _variants(vals[i])):
            continue
        if any(w in _CROWD_ACTS_SINGULAR for w in ws) and (j + 1 in crowd or j + 2 in crowd):
            return True
        if j <= first:
            continue
        if any(w in _CROWD_ACTS_PLURAL for w in ws) and not (j < i1 and vals[j + 1] == _STRIKE_FROM):
            return True
        if any(w in _CROWD_ATTEMPTED for w in ws) and j > i0 and any(
                w in _CROWD_ATTEMPT for w in _variants(vals[j - 1])):
            return True
        if any(w in _CROWD_ATTEMPTED for w in ws) and j > i0 and vals[j - 1] == _CROWD_VENTURED_ON and any(
                w in _CROWD_VENTURED for i in range(i0, first) for w in _variants(vals[i])):
            return True
    return False


_PROTEST_WORD = 0.9  # a word that names one protest by itself ("تظاهرة", "وقفة احتجاجية"), not "مسيرات" or "احتجاج"


def _told_unblocked(feats: dict[str, float]) -> bool:
    """A sentence anchored in time with no cue of a non-event (generic, irrealis, denial, quote, history …): a
    protest sentence the scorer's rule would take but for its length, a body found with its marks."""
    return bool(feats.get("anchor")) and not scorer.rule_blocked(feats)


# words that make an act the like of one told before ("وقفة مماثلة", "هجوم مشابه") (normalised stems)
_LIKE_STEMS = tuple(norm_key(w) for w in ("مماثل", "مشابه"))
_LIKE_VERB_AT = 2  # tokens before the verb of taking place ("وكما شهدت", "كما شهدت")
_LIKE_NOUN_REACH = 5  # tokens from that verb to the act's noun (the place named between them)
# the one place named right after that verb ("شهدت مدينة X", "وشهد حي Y"), not several ("مدن هندية", "جامعات أخرى")
_LIKE_PLACE_NOUNS = frozenset(norm_key(w) for w in (
    "مدينة", "بلدة", "قرية", "مخيم", "حي", "ساحة", "ناحية", "منطقة", "محافظة", "ريف", "مركز"))


_LIKE_FRONT_OPENERS = frozenset(norm_key(w) for w in ("في", "وفي"))
_LIKE_FRONT_REACH = 5  # tokens from the opening "وفي" to the verb after the comma (the place's name between)
# verbs of taking place or breaking out after a fronted place ("وفي بلدة X، اندلعت/دارت/وقعت/جرت …")
_LIKE_FRONT_VERBS = _TAKING_PLACE | _FIGHT_OUTBREAK | frozenset(norm_key(w) for w in ("وقعت", "وقع"))


def _fronted_place_verb(ctx: SentenceContext) -> list[int]:
    """(session 42, rc29) The sentence opens on a place fronted by "وفي" and named by its kind, set off by a comma,
    then a verb of taking place or breaking out ("وفي بلدة هجين، اندلعت اشتباكات مماثلة …", "وفي قرية X، دارت
    معارك مشابهة"): the token of that verb (none: an empty list), the place the act's own."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    if i1 - i0 < 3 or vals[i0] not in _LIKE_FRONT_OPENERS or vals[i0 + 1] not in _LIKE_PLACE_NOUNS:
        return []
    text = ctx.nt.original
    for j in range(i0 + 3, min(i1, i0 + _LIKE_FRONT_REACH) + 1):
        gap = text[ctx.token_spans[j - 1].end:ctx.token_spans[j].start]
        if _CLAUSE_BREAK.search(gap):
            return [j] if strip_conj(vals[j]) in _LIKE_FRONT_VERBS and ("،" in gap or "," in gap) else []
    return []


# session 44 (iv31): the past verbs of marking an anniversary ("أحيا أهالي القرية الذكرى الثالثة للمجزرة"), the words
# of that anniversary they take, and how many words after the verb it may stand (the crowd, its place and its day
# between)
_COMMEMORATED = frozenset(norm_key(w) for w in ("أحيا", "أحيت", "أحيوا"))
_COMMEMORATION_REACH = 20


def _commemorated(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                  feats: dict[str, float]) -> bool:
    """A crowd marked an anniversary in the sentence's own words and a word of protest tells its gathering ("أحيا
    العشرات من أهالي القرية، اليوم، الذكرى الثالثة للهجوم، ورفع المشاركون في الوقفة لافتات تطالب …"): a vigil,
    ACLED's peaceful protest, however weak the word of protest alone (the definite "الوقفة" that names it again);
    not under a cue of a non-event, nor a remembrance with no gathering word."""
    if any(feats.get(k) for k in scorer.RULE_BLOCKERS if k != "embed"):
        return False  # (the anniversary word is itself a cue of kind embed)
    vals = ctx.token_values
    i0, i1 = ctx.i0, ctx.i1
    verbs = [j for j in range(i0, i1 + 1) if strip_conj(vals[j]) in _COMMEMORATED]
    marked = any(strip_conj(vals[k]) in _ANNIVERSARY for j in verbs
                 for k in range(j + 1, min(i1, j + _COMMEMORATION_REACH) + 1))
    return marked and any("casualty" not in te.flags for _m, te, _w in ks)


def _like_event(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                feats: dict[str, float]) -> bool:
    """The sentence opens on a verb of taking place whose object is an act's noun followed by a word of likeness
    ("كما شهدت مدينة شهبا وقفة مماثلة", "وشهدت بلدة نوى هجوماً مشابهاً"), or on a fronted place and such a verb
    ("وفي بلدة X، اندلعت اشتباكات مماثلة": :func:`_fronted_place_verb`): the like of an event the article told,
    in another place (one place, named by its kind: :data:`_LIKE_PLACE_NOUNS`), an event of its own; not in two
    countries at once, nor under a cue of a non-event."""
    if several_countries(ctx):
        return False
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    verbs = [j for j in range(i0, min(i1 - 1, i0 + _LIKE_VERB_AT) + 1) if strip_conj(vals[j]) in _TAKING_PLACE
             and vals[j + 1] in _LIKE_PLACE_NOUNS] if not scorer.rule_blocked(feats) else []
    if not any(feats.get(k) for k in scorer.RULE_BLOCKERS if k != "plural_only"):
        # (a plural noun alone, "دارت معارك مماثلة", is no general statement when a fronted place and a verb of
        # breaking out tell where it happened)
        verbs += _fronted_place_verb(ctx)
    for m, te, _w in ks:
        ti, te_end = ctx.tok(m.start), ctx.tok(m.end - 1)
        if "verb" in te.flags or "casualty" in te.flags or te_end >= i1:
            continue
        # (the word of likeness after the noun, or the trigger's own last word: "وقفة مماثلة")
        like = [strip_conj(vals[te_end + 1])] + ([vals[te_end]] if te_end > ti else [])
        if any(0 < ti - j <= _LIKE_NOUN_REACH for j in verbs) and any(
                v.removeprefix("ال").startswith(w) for v in like for w in _LIKE_STEMS):
            return True
    return False


# a monitor's past verb of documenting or recording that opens the sentence ("وثّق المركز اختطاف تاجر …", "رصدت
# الشبكة اعتقال سيدة …"): the act noun its object is the act the monitor reports
_DOCUMENTED = frozenset(norm_key(w) for w in ("وثق", "وثقت", "رصد", "رصدت", "سجل", "سجلت"))
_DOCUMENTED_AT = 1  # tokens from the sentence's start to that verb (a conjunction written apart)
_DOCUMENTED_REACH = 6  # tokens from the verb to the act noun (the monitor's name between them)
_DOCUMENTED_COUNT = 3  # a number from this on in the sentence makes it a count of many, left to the scorer


def _documented(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                feats: dict[str, float]) -> bool:
    """The sentence opens on a monitor's past verb of documenting (:data:`_DOCUMENTED`) whose object, a few words on
    in the same clause, is an act's noun, on a time the sentence names ("وثّق مركز توثيق الانتهاكات اختطاف تاجر من
    أبناء مدينة شهبا مساء يوم الجمعة"): the act reported as surely as by its own verb; not under a cue of a
    non-event, not a period's total (:func:`campaign`), nor with a count of many in the sentence (a tally)."""
    if scorer.rule_blocked(feats) or not feats.get("dated") or ctx.background:
        return False
    if any(isinstance(n.value, NumberValue) and _DOCUMENTED_COUNT <= n.value.value for n in ctx.numbers):
        return False
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    verbs = [j for j in range(i0, min(i1, i0 + _DOCUMENTED_AT) + 1) if strip_conj(vals[j]) in _DOCUMENTED]
    if not verbs:
        return False
    j = verbs[0]
    return any("verb" not in te.flags and 0 < ctx.tok(m.start) - j <= _DOCUMENTED_REACH
               and not _CLAUSE_BREAK.search(ctx.nt.original, ctx.token_spans[j].end, m.start)
               for m, te, _w in ks)


def _found_marked(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                  feats: dict[str, float]) -> bool:
    """A body found with the marks of shots or torture on it, on a day the sentence names ("عُثر اليوم على جثة شاب
    وعليها آثار طلقات نارية"): a killing reported as surely as "مقتولاً" tells it, though its words are only the
    body and its marks; not under a cue of a non-event (generic, denial, history …), nor where a casualty word of
    the sentence tells the killing itself ("وكان الشاب قد قُتل مساء السبت، حيث عُثر على جثته وعليها آثار طلقات"): the
    scorer weighs that sentence as it weighs any other."""
    if any("casualty" in te.flags and not te.flags & {"body_marks", "found_body"} for _m, te, _w in ks):
        return False
    if not _told_unblocked(feats) and (scorer.rule_blocked(feats) or not any(
            "body_marks" in te.flags and _found_by_verb(ctx, _marked_body(ctx, m)) for m, te, _w in ks)):
        return False
    return any(
        ("body_marks" in te.flags and _marked_body(ctx, m) >= 0)
        or ("found_body" in te.flags and _abducted_found(ctx, m)) for m, te, _w in ks)


# a body named for the first time ("جثة شاب", "جثتي رجلين"), not by the pronoun of one told before ("جثته")
_NEW_BODY = frozenset(norm_key(w) for w in ("جثة", "جثمان", "جثتي", "جثتين"))
# the past verbs of finding a body (not the noun "العثور", which a plan or a call may hold)
_FOUND_PAST = frozenset(norm_key(w) for w in ("عثر", "عثرت", "عثروا", "وجد", "وجدت", "وجدوا"))


def _found_by_verb(ctx: SentenceContext, body: int) -> bool:
    """The body at token ``body`` is the object of a past verb of finding shortly before it ("عثر أهالٍ على جثة …
    وعليها آثار طلقات"): the finding told as done, which other writers leave without its day in the sentence."""
    if body < 0:
        return False
    i0 = ctx.i0
    if any(strip_conj(v) in _PERFECT_PARTICLES for v in ctx.token_values[i0:body]):
        return False  # "وكان الأهالي قد عثروا على جثته …": a retelling, dated only by its own words
    if body > i0 and _is_number(ctx.token_values[body - 1]):
        return False  # "عثر على 14 جثة بها آثار تعذيب": a count of bodies, a tally a source gives, not one killing
    if strip_conj(ctx.token_values[body]).removeprefix("ب").removeprefix("ل") not in _NEW_BODY:
        return False  # "ثم عُثر على جثته": the body of one the article told of already, a retelling
    return any(strip_conj(v) in _FOUND_PAST for v in ctx.token_values[max(body - _BODY_FINDING_REACH, i0):body])


# the cues of a non-event that leave an act told in a relative clause with its day and its toll an event: the
# charge or the condemnation it is named under ("متورطون بالهجوم الذي …", "أدانت الهجوم الذي …") and an embedding
_RELATIVE_TOLD_CUES = frozenset({"condemn", "embed"})


def _relative_recall(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                     feats: dict[str, float]) -> bool:
    """An act noun whose relative clause tells the act by a past verb of its own, with its own day and its toll
    ("أفراد الخلية متورطون بالهجوم الذي استهدف دورية للأمن العام يوم الخميس الماضي، والذي أدى إلى ارتقاء
    عنصرين"): the act happened, however long the sentence and whatever charge or condemnation names it; not under
    any other cue of a non-event (denial, plan, negation, quote, generic …)."""
    if any(feats.get(k) for k in scorer.RULE_BLOCKERS if k not in _RELATIVE_TOLD_CUES):
        return False
    vals = ctx.token_values
    verbs = {ctx.tok(m.start) for m, te, _w in ks if "verb" in te.flags}
    i1 = ctx.i1
    for m, te, _w in ks:
        ti = ctx.tok(m.end - 1)
        if "verb" in te.flags or "casualty" in te.flags or ti + 2 > i1:
            continue
        if strip_conj(vals[ti + 1]) in RELATIVE_PRONOUNS and ti + 2 in verbs and _result_after(ctx, m) \
                and any(m.end <= t.start < ctx.sentence.end for t in ctx.times):
            return True
    return False


# the past verbs of launching or carrying out an act with its object pronoun, told right after the act's noun as a
# relative clause with no relative pronoun ("هجمات منسقة شنّها مسلحون على حواجز …", "عملية نفّذتها الخلية …")
_LAUNCHED_IT = frozenset(norm_key(w) for w in (
    "شنها", "شنه", "شنتها", "شنته", "شنوها", "شنوه", "نفذها", "نفذه", "نفذتها", "نفذته", "نفذوها", "نفذوه",
    "ارتكبها", "ارتكبه", "ارتكبتها", "ارتكبته", "ارتكبوها", "ارتكبوه"))
_LAUNCHED_REACH = 2  # tokens after the noun to that verb (an adjective between: "هجمات منسقة شنّها")


def _launched_recall(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                     feats: dict[str, float]) -> bool:
    """An act noun followed by a past verb of launching it with its object pronoun (:data:`_LAUNCHED_IT`), on a
    time the sentence names after the noun and with a toll told after it ("في أعقاب هجمات منسقة شنّها مسلحون على
    حواجز الأمن العام مساء الخميس السادس من آذار، قُتل فيها عشرات العناصر"): the act happened, as the relative
    clause of :func:`_relative_recall` tells it; not under a cue of a non-event (denial, plan, negation, quote …)."""
    if any(feats.get(k) for k in scorer.RULE_BLOCKERS if k not in _RELATIVE_TOLD_CUES):
        return False
    vals = ctx.token_values
    i1 = ctx.i1
    for m, te, _w in ks:
        ti = ctx.tok(m.end - 1)
        if "verb" in te.flags or "casualty" in te.flags:
            continue
        verb = next((j for j in range(ti + 1, min(i1, ti + _LAUNCHED_REACH) + 1)
                     if strip_conj(vals[j]) in _LAUNCHED_IT), None)
        if verb is None or any(strip_conj(vals[j]) in RELATIVE_PRONOUNS for j in range(ti + 1, verb)):
            continue  # (a relative pronoun before the verb, "المجزرة التي نفّذتها …", is _relative_recall's)
        if _result_after(ctx, m) and any(m.end <= t.start < ctx.sentence.end for t in ctx.times):
            return True
    return False


# (:data:`_WHEN`, the words of "when", opens a clause telling what happened at a time named before it: "تعود الأزمة
# إلى الأسبوع الماضي، عندما خطف مسلحون …", "في 2 من تموز 2023، حين أطلق مسلحون النار …")
_WHEN_WEIGHT = 0.8  # the least weight of the verb after it: a word that alone reports its act
_WHEN_KINDS = frozenset({"relative", "weekday"})  # the times of the news' own days and weeks


def _when_recall(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                 feats: dict[str, float]) -> bool:
    """A clause opened by "when" (:data:`_WHEN`) right before a strong past verb of an act, with an armed side named
    as its doer right after it and a time counted from the news (or a day's date) that the sentence gives before it
    ("وتعود بداية التوتر إلى الأسبوع الماضي، عندما خطف مسلحون من العشائر سائق حافلة"): the act of that time,
    recalled as the origin of the news, however the scorer weighs a sentence that opens on something else; not under a
    cue of a non-event (a plan, a denial, a quote …)."""
    if scorer.rule_blocked(feats) or not feats.get("armed_actor"):
        return False
    i0 = ctx.i0
    vals = ctx.token_values
    for m, te, _w in ks:
        if "verb" not in te.flags or "casualty" in te.flags or te.trigger.weight < _WHEN_WEIGHT:
            continue
        ti = ctx.tok(m.start)
        if ti - 1 < i0 or strip_conj(vals[ti - 1]) not in _WHEN or ti + 1 >= len(vals):
            continue
        subject = ctx.token_spans[ti + 1].start
        if not any(span.start == subject and e.inter in ARMED_INTER for span, e in ctx.actors):
            continue  # the verb's doer, right after it, is an armed side ("عندما خطف مسلحون …")
        when = ctx.token_spans[ti - 1].start
        # (a time counted from the news, "الأسبوع الماضي", "يوم الخميس", or a day named by its date, "في 2 من تموز
        # 2023": not a month or a year long ago that an analysis recalls, "في كانون الأول 2001، عندما هاجم مسلحون …")
        if any(ctx.sentence.start <= t.start and t.end <= when
               and (t.value.kind in _WHEN_KINDS or t.value.granularity == "day") for t in ctx.times):
            return True
    return False


# the mark that opens an entry of a list ("- في 20 شباط، …", "• 3 آذار: …", "1) …") before its date
_LIST_MARK = re.compile(r"\s*(?:[-–—•▪*]|\d{1,2}\s*[-.)])\s*")
_DATED_ENTRY_AT = 2  # tokens from the sentence's start to its date (a bullet or a conjunction before it)
_DATED_ENTRY_REACH = 6  # tokens from the date's end to the act's past verb (the doer between them)
_DATED_ENTRY_WEIGHT = 0.8  # the least weight of that verb: a word that alone reports its act


def _dated_entry(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                 feats: dict[str, float]) -> bool:
    """An entry of a log or a monitor's list (a list mark before it) that opens on its own day, named by its date,
    and tells the act by a strong past verb a few words on ("- في 20 شباط، أقدم مسلحون على خطف طفل …، وطالبوا ذويه
    بفدية، وأُفرج عنه بعد أيام"): the act of that day, whatever its sequel (a ransom, a release, a toll) weighs in the
    scorer; not under a cue of a non-event, not background."""
    if scorer.rule_blocked(feats) or ctx.background:
        return False
    i0 = ctx.i0
    days = [t for t in ctx.times if ctx.sentence.start <= t.start < ctx.sentence.end and t.value.precision == 1
            and t.value.granularity == "day" and t.value.kind == "absolute"
            and ctx.tok(t.start) - i0 <= _DATED_ENTRY_AT]
    if not days or not _LIST_MARK.match(ctx.nt.original, ctx.sentence.start, days[0].start):
        return False
    end = ctx.tok(days[0].end - 1)
    return any("verb" in te.flags and te.trigger.weight >= _DATED_ENTRY_WEIGHT and "casualty" not in te.flags
               and 0 < ctx.tok(m.start) - end <= _DATED_ENTRY_REACH
               and not _CLAUSE_BREAK.search(ctx.nt.original, days[0].end + 1, m.start) for m, te, _w in ks)


def _dated_recall(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                  feats: dict[str, float]) -> bool:
    """A recalled act (the pluperfect, "وكانت إسرائيل قد استهدفت المطار في العاشر من حزيران 2022، ما أدى إلى
    خروجه عن الخدمة") told by a specific past verb, on a full date of its own named right after the verb's clause, and
    with its result: an act that happened on that day, background the coders code with its own date; not under a cue
    of a non-event."""
    if scorer.rule_blocked(feats) or not all(feats.get(k) for k in ("recall_act", "dated", "result", "verb",
                                                                     "specific")):
        return False
    verbs = [m for m, te, _w in ks if "verb" in te.flags and "casualty" not in te.flags]
    if not verbs:
        return False
    return any(t.value.precision == 1 and t.value.granularity == "day" and t.value.kind == "absolute"
               and verbs[0].end <= t.start < ctx.sentence.end
               and not _CLAUSE_BREAK.search(ctx.nt.original, verbs[0].end, t.start) for t in ctx.times)


def _sequel_recall(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                   feats: dict[str, float]) -> bool:
    """The act a sequel counts whole days back to, named right after it, of another kind than the news it opens on,
    with an armed side named ("وجاءت الاشتباكات بعد يومين من اغتيال قيادي سابق … برصاص مسلحين مجهولين"): an act of
    its own day (rasd.time.assign dates it back), not the news told again, however the scorer weighs its words; an
    act of the news' own kind is left to the recall rules, and no cue of a non-event may stand in the sentence."""
    if any(feats.get(k) for k in scorer.RULE_BLOCKERS) or not feats.get("armed_actor"):
        return False
    sequel = _SEQUEL_OPENING.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
    if not _sequel_days(ctx, sequel) or sequel is None:
        return False
    news = {_trig(t).trigger.event_type for t in ctx.triggers if t.start < sequel.end()}
    first = min(ks, key=lambda k: k[0].start)[0]
    if first.start < sequel.end() or ctx.tok(first.start) != ctx.tok(sequel.end()):
        return False
    return _trig(first).trigger.event_type not in news


_FINDING_NOUNS = frozenset(norm_key(w) for w in ("العثور", "عثور"))
_FOUND_BODY_REACH = 2  # tokens from the noun of finding to the body ("العثور على جثة")


def _sequel_found_body(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]],
                       feats: dict[str, float]) -> bool:
    """A sequel that counts days back to the finding of a body, named right after it, and tells the dead found
    killed on a day of its own ("ويأتي ذلك بعد أيام من العثور على جثة رجل … يوم الخميس الماضي، مقتولاً بطلقات
    نارية"): the killing is an act of that day (an unnamed hand), as in :func:`_sequel_recall`; not under a cue of a
    non-event."""
    if any(feats.get(k) for k in scorer.RULE_BLOCKERS) or not feats.get("dated"):
        return False
    sequel = _SEQUEL_OPENING.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
    if sequel is None or not any(sequel.end() <= t.start < ctx.sentence.end and t.value.precision == 1
                                 and t.value.granularity == "day" for t in ctx.times):
        return False  # (the day of the finding named: the lapse may be vague, "بعد أيام من")
    j = ctx.tok(sequel.end())
    vals = ctx.token_values
    if j >= len(vals) or strip_conj(vals[j]) not in _FINDING_NOUNS:
        return False
    if not any(strip_conj(v) in _NEW_BODY for v in vals[j + 1:j + 2 + _FOUND_BODY_REACH]):
        return False
    return any(strip_conj(ctx.token_values[ctx.tok(m.start)]) in _FOUND_KILLED_ONE
               or ("body_marks" in te.flags and _marked_body(ctx, m) >= 0) for m, te, _w in ks)


# a day named by its date ("في الثالث من تشرين الثاني") anchors an arrest campaign as "أمس" does (an anchor cue)
_DATED_DAY = 0.3
_LIKE_RECALL = 0.5  # the support of an earlier act of the kind recalled with its doer and time (_like_act_recalled)
# "وتأتي هذه الاعتقالات بعد حملة مماثلة نفذتها الأجهزة الأمنية مطلع تموز الماضي": the sequel's noun of the news, then
# after "بعد/عقب" a noun of the like act and its doer's verb of carrying it out
_LIKE_RECALL_OPENING = re.compile(
    r"[\W_\u0640]*[وف]?(?:يأتي|تأتي|ياتي|تاتي|جاء|جاءت)\s+(?:هذه|هذا|هذان|هاتان)\s+(\S+)\s+(?:بعد|عقب)\s+"
    r"\S+\s+(?:مماثل|مشابه)[ةه]?\s+(?:نفذ|نفّذ|شن|شنّ|قام|قامت|أجرى|أجرت|اجرى|اجرت)\S*\s")


def _like_act_recalled(ctx: SentenceContext, m: Match) -> bool:
    """The sentence opens on a sequel whose noun of the news is ``m`` ("وتأتي هذه الاعتقالات") and goes on "بعد حملة
    مماثلة نفذتها <doer> <time> …", the time a month or a day of the past of its own: the earlier act of the same
    kind, an event of its own, not the news told again."""
    like = _LIKE_RECALL_OPENING.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
    if like is None or not (like.start(1) <= m.start < like.end(1)):
        return False
    return any(like.end() <= t.start < ctx.sentence.end and _earlier_time(ctx, t.value) for t in ctx.times)


def opens_like_recall(text: str, sentence: Span) -> bool:
    """The sentence opens on a sequel that recalls an earlier act of the kind by its doer's verb ("وتأتي هذه
    الاعتقالات بعد حملة مماثلة نفذتها الأجهزة الأمنية …", :func:`_like_act_recalled`)."""
    return _LIKE_RECALL_OPENING.match(text, sentence.start, sentence.end) is not None


def _earlier_time(ctx: SentenceContext, v: object) -> bool:
    """``v`` is a date of its own (a day or a month named, not a day counted from the news) before the article's
    month: an earlier act's time ("مطلع تموز الماضي" in an August article)."""
    if not isinstance(v, TimeValue) or v.kind != "absolute" or v.granularity not in ("day", "month"):
        return False
    if v.historical:
        return True
    pub = ctx.published
    return pub is not None and (v.date.year, v.date.month) < (pub.year, pub.month)


def _names_own_day(ctx: SentenceContext) -> bool:
    """The sentence names a day by its date ("في الرابع من آب الماضي", "في 25 من شباط 2020"): a day of its own, not
    a word of the news days ("أمس") nor a week, month or year."""
    return any(ctx.sentence.start <= t.start < ctx.sentence.end and t.value.precision == 1
               and t.value.granularity == "day" and t.value.kind == "absolute" for t in ctx.times)


_SINCE_THEN = frozenset(norm_key(w) for w in ("ذلك", "ذاك", "تلك"))
_LASTING_SUBJECT_REACH = 2  # tokens from the present verb of lasting to the noun of fighting it opens on


def _lasting_since(ctx: SentenceContext, m: Match) -> bool:
    """The violent noun ``m`` is the subject of a present verb of lasting right before it, in a clause that says
    since when ("فيما تتواصل الاشتباكات منذ ذلك الحين على محوري …", "وتستمر المعارك منذ ذلك التاريخ"): fighting
    going on from an earlier act to now, a state the clause tells, not an act on the day the sentence names."""
    vals = ctx.token_values
    i0, i1 = ctx.i0, ctx.i1
    ti = ctx.tok(m.start)
    if "verb" in _trig(m).flags:
        return False
    verb = [j for j in range(max(i0, ti - _LASTING_SUBJECT_REACH), ti) if strip_conj(vals[j]) in _ONGOING]
    if not verb or _CLAUSE_BREAK.search(ctx.nt.original, ctx.token_spans[verb[-1]].end, m.start):
        return False
    for q in range(verb[-1] + 1, i1 + 1):
        if _CLAUSE_BREAK.search(ctx.nt.original, ctx.token_spans[q - 1].end, ctx.token_spans[q].start):
            return False
        if vals[q] in _SINCE and q < i1:
            # since an earlier act or date ("منذ ذلك الحين", "منذ 9 كانون الأول"), not since a part of the news day
            # ("لا تزال تتعرّض للقصف منذ الصباح": the day's own act)
            nxt = ctx.token_spans[q + 1].start
            return strip_conj(vals[q + 1]) in _SINCE_THEN or any(
                t.start == nxt and t.value.kind == "absolute" for t in ctx.times)
    return False


def _mob_beating(ctx: SentenceContext, ks: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """A beating (a trigger of PLOVER mode ``beat``: "بالضرب", "اعتدوا") done by a crowd the sentence names as its
    subject (:func:`_mob_subject`: "انهال عليه عشرات الأهالي بالضرب", "اعتدى عشرات الشبان على رجل"): a mob's act
    told as it happened, however the rest of the sentence (the victim's death, the charge laid on him) reads."""
    if not any(k[1].trigger.plover_mode == _BEAT and "casualty" not in k[1].flags for k in ks):
        return False
    return any(e.key == "civilians" and _mob_subject(ctx, span) for span, e in ctx.actors)


def _frames_of(ctx: SentenceContext) -> list[Frame]:
    if not ctx.triggers:
        return []
    kinds = {_cue(c).kind for c in ctx.cues}
    protesters = any(e.inter in _CROWD_INTER for _, e in ctx.actors)
    kept = kept_triggers(ctx)
    if not kept:
        return []
    frames: list[Frame] = []
    feats_v, feats_d = family_inputs(ctx, kept)
    violent = [k for k in kept if k[1].trigger.event_type in VIOLENT]
    if len(violent) > 1:
        # (the fighting "going on since then" beside the act the sentence dates: a state, not an act of that day)
        violent = [k for k in violent if not _lasting_since(ctx, k[0])] or violent
    demo = [k for k in kept if k[1].trigger.event_type in DEMO]
    if violent and feats_v is not None and not _daily_tally(ctx, violent):
        ok, p = scorer.accepts("violent", feats_v)
        ok = ok or _like_event(ctx, violent, feats_v) or _found_marked(ctx, violent, feats_v) \
            or _relative_recall(ctx, violent, feats_v) or _launched_recall(ctx, violent, feats_v) \
            or _sequel_recall(ctx, violent, feats_v) \
            or _sequel_found_body(ctx, violent, feats_v) \
            or _documented(ctx, violent, feats_v) or _mob_beating(ctx, violent) \
            or _dated_entry(ctx, violent, feats_v) or _when_recall(ctx, violent, feats_v) \
            or _dated_recall(ctx, violent, feats_v)
        if ok or p >= MENTION_FLOOR:
            f = _violent_frame(ctx, violent, p)
            if f is not None:
                f.primary = ok and not _mourning(ctx) and not _ongoing(ctx) and not several_countries(ctx) \
                    and not _death_notice(ctx, violent) and not _running_toll(ctx, violent) \
                    and not _period_tally(ctx, violent) and not _agency_count(ctx, violent) \
                    and not _funeral_of_past_dead(ctx, violent) \
                    and not _toll_update(ctx, violent)
                if _toll_of_named_act(ctx, f):
                    f.primary, f.casualty_only = False, True
                frames.append(f)
    repressed = False  # the sentence's protest was repressed or dispersed
    crowd_riot = False  # the crowd storms, burns or stones: its damage is the violent demonstration's own
    if demo and feats_d is not None:
        ok, p = scorer.accepts("demo", feats_d)
        ok = ok or _like_event(ctx, demo, feats_d) or _commemorated(ctx, demo, feats_d)
        if ok or p >= MENTION_FLOOR:
            demo = [k for k in demo if not _riot_control(ctx, k)] or demo
            riot = [k for k in demo if k[1].trigger.event_type == "Riots"]
            src = riot or demo
            _m, te, _ = max(src, key=lambda k: k[2])
            t = te.trigger
            sub = t.sub_event_type
            # a riot word and the crowd's own burning or storming ("تحولت إلى أعمال شغب، حيث رشق المتظاهرون المبنى
            # بالحجارة وأضرموا النار في مدخله"): the damage is the riot's, as below for a protest word
            crowd_riot = bool(riot) and _crowd_violence(ctx)
            if not riot:
                # arrests told by their verb in the protest's sentence ("وفي التظاهرة المركزية اعتُقل 7 محتجين"):
                # the protest was broken up, "with intervention" (ACLED), not peaceful
                repressed = any(k[1].trigger.sub_event_type == "Protest with intervention" for k in demo) \
                    or _repressed(ctx, demo)
                intervened = repressed or (any(
                    k[1].trigger.sub_event_type == "Arrests" and "verb" in k[1].flags for k in kept)
                    and not _protest_over(ctx, demo))
                sub = "Protest with intervention" if intervened else "Peaceful protest"
                if not ok and repressed and _told_unblocked(feats_d) and not any(
                        "casualty" in k[1].flags for k in violent) and not any("plural" in k[1].flags for k in demo) \
                        and any(k[1].trigger.weight >= _PROTEST_WORD for k in demo):
                    # one crowd a force broke up, on a day the sentence names, no one hurt ("خرج المئات …، اليوم، في
                    # تظاهرة …، فيما أطلقت القوات الرصاص في الهواء لتفريق المتظاهرين"): the dispersal shows the protest
                    # took place; the firing of it lowers the scorer's odds of a demonstration, not the report's
                    # (a toll or days of protests are left to the scorer: often a clash or a campaign told)
                    ok = True
                if protesters and violent and any(
                        k[1].trigger.weight >= 0.5 and "casualty" in k[1].flags and not _denounced(ctx, k[0].start)
                        for k in violent):
                    # not the death the crowd protests ("احتجاجاً على مقتل متظاهر برصاص الشرطة"): its cause
                    sub = "Excessive force against protesters"
                elif sub == "Peaceful protest" and protesters and _crowd_violence(ctx):
                    # the crowd storms, burns or smashes ("أشعل محتجون الإطارات", "هاجم المتظاهرون السفارة"):
                    # ACLED's violent demonstration, whatever the protest word
                    t = _VIOLENT_DEMO
                    sub = t.sub_event_type
                    crowd_riot = True
            f = Frame(ctx.sentence, t.event_type, sub, t.plover_type, t.plover_mode, p,
                      [Span(k[0].start, k[0].end, "trigger", k[1].trigger) for k in demo])
            f.primary = ok and not _protest_trend(ctx, demo)
            if f.primary:
                # casualties without their own attack belong to the demonstration
                frames = [fr for fr in frames if not fr.casualty_only]
            frames.append(f)
            frames = _demo_absorbs_fight(ctx, frames)
    frames = _dispersal_by_force(ctx, frames, violent, demo)
    for fr in frames:
        if fr.primary and fr.sub_event_type == "Excessive force against protesters" and _dispersed(ctx, demo):
            # the dead of this sentence fell as the crowd was broken up: the protest event's own toll (not
            # the dead of weeks of protests summed up beside it, "احتجاجات خلّفت نحو 46 قتيلاً")
            fr.flags = fr.flags | {DISPERSAL_TOLL}
    # --- strategic developments: one frame per sub-type, evidence threshold
    sequel = _SEQUEL_OPENING.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
    # a numbered phase of a deal carried out ("ضمن المرحلة الأولى من تطبيق الاتفاق") marks no analysis for the step it
    # tells (a handover, a withdrawal, a release), but the deal it names is one in force, no agreement reached now
    generic = any(_cue(c).kind == "generic" and not _phase_of_plan(ctx, c) for c in ctx.cues)
    phase_only = "generic" in kinds and not generic
    support = (0.3 if "anchor" in kinds or _sequel_days(ctx, sequel) else 0.0) \
        - (0.5 if generic else 0.0) + (0.15 if ctx.actors else 0.0)
    by_sub: dict[str, list[tuple[Match, TriggerEntry, float]]] = {}
    for k in kept:
        if k[1].trigger.event_type == "Strategic developments":
            if k[1].trigger.sub_event_type == "Arrests" and _attempted(ctx, k[0]):
                continue  # "على خلفية محاولة الدورية اعتقال أحد الشبان": an arrest tried, none made
            by_sub.setdefault(k[1].trigger.sub_event_type, []).append(k)
    if crowd_riot and any(f.sub_event_type == "Violent demonstration" for f in frames):
        by_sub.pop("Looting/property destruction", None)
    elif any(f.event_type in DEMO for f in frames) and by_sub.get("Looting/property destruction") and all(
            _burns_tyres(ctx, m) for m, _te, _w in by_sub["Looting/property destruction"]):
        # tyres set alight by the crowd of the sentence's protest or riot ("خرجوا إلى الطريق وأضرموا النار في
        # إطارات السيارات وقطعوا الطريق"): the crowd's way of blocking a road, part of its demonstration (ACLED codes
        # the demonstration), no property destroyed
        by_sub.pop("Looting/property destruction", None)
    # (told in the pluperfect of a background paragraph, "وكانت قوى الأمن قد شنّت في 3 آذار حملة اعتقالات"; not beside
    # a word of violence in the sentence: the people its doers led away are the victims of that act)
    dated_arrest = "anchor" not in kinds and not any(_trig(t).trigger.event_type in VIOLENT for t in ctx.triggers) \
        and _names_own_day(ctx) and _pluperfect(ctx)
    like_recall = {sub: [k for k in ks if _like_act_recalled(ctx, k[0])] for sub, ks in by_sub.items()
                   if sub == "Arrests"}
    for sub, recalled in like_recall.items():
        if recalled:
            # "وتأتي هذه الاعتقالات بعد حملة مماثلة نفذتها الأجهزة الأمنية مطلع تموز الماضي في مدينة X": the earlier act
            # of the kind, told by its doer's verb with a month or a day of its own, an event of its own (the word
            # of the news, "هذه الاعتقالات", names its kind); a recall, as the pluperfect tells one
            by_sub[sub] = recalled
    for sub, ks in by_sub.items():
        best = max(w + support + (0.15 if "verb" in te.flags else 0.0)
                   + (_LIKE_RECALL if like_recall.get(sub) else 0.0)
                   - (0.5 if phase_only and sub == "Agreement" else 0.0)
                   + (_DOWNED_OBJECT if sub == _DISRUPTED and _downs_aircraft(ctx, m, te) else 0.0)
                   + (_COUNTED_ARRESTS if sub == "Arrests" and _arrests_headline(ctx, m, te) else 0.0)
                   + (_DATED_DAY if sub == "Arrests" and dated_arrest else 0.0)
                   + (_SET_UP_VERB if sub == _BASE and "verb" not in te.flags and _set_up_before(ctx, m) else 0.0)
                   + (_MANAGED if sub == "Arrests" and "verb" not in te.flags and _managed_to(ctx, m) else 0.0)
                   for m, te, w in ks)
        # an agreement in force named beside the one told ("بعد انتهاء الهدنة السابقة"): no event of its own, but
        # the sentence is about that truce
        best += 0.2 * (len(ks) - 1 + (_standing_mentions(ctx) if sub == "Agreement" else 0))
        if sub == "Arrests" and frames and frames[-1].event_type in DEMO and (protesters or repressed):
            # arrests at a protest ("قمعت الشرطة التظاهرة واعتقلت عدداً من الطلبة"): the protest "with intervention"
            continue
        if sub == "Arrests" and any(fr.event_type in DEMO for fr in frames) \
                and all("verb" not in te.flags and _denounced(ctx, m.start) for m, te, _ in ks):
            # the arrests a protest denounces ("وقفة رفضاً لحملات الاعتقال التي تنفذها الأفرع الأمنية"): the crowd's
            # grievance, told elsewhere or long going on, not an arrest made in the sentence
            continue
        if sub in _ONE_SIDED and not any("verb" in te.flags for _, te, _ in ks) and any(
                fr.event_type in VIOLENT and fr.triggers and fr.triggers[0].start < ks[0][0].start
                for fr in frames):
            # a troop movement named by a noun after the fighting the sentence reports ("هاجم مسلحون …
            # بالتوازي مع وصول تعزيزات", "تنخفض الاشتباكات … لاستقدام تعزيزات"): a circumstance of
            # that fighting, not an event of its own
            continue
        if best < THRESHOLD:
            continue
        _m, te, _ = max(ks, key=lambda k: k[2])
        t = te.trigger
        frames.append(Frame(ctx.sentence, t.event_type, sub, t.plover_type, t.plover_mode, min(best, 1.0),
                            [Span(k[0].start, k[0].end, "trigger", k[1].trigger) for k in ks]))
    if any(k[1].trigger.sub_event_type == "Arrests" for k in kept):
        frames = _raid_captures(frames)
    if not frames:
        return []
    anchor = min(k[0].start for k in kept)
    for f in frames:
        if _crowd_clash(ctx, f):
            # clashes between the police and demonstrators or rioters ("اشتباكات بين الشرطة والمتظاهرين"): ACLED
            # never makes a crowd a side of an armed clash; the crowd's violence is a violent demonstration
            f.event_type, f.sub_event_type = "Riots", "Violent demonstration"
            f.plover_type, f.plover_mode = "PROTEST", "riot"
            f.civilian_targeting = f.flex = False
        _fill_actors(ctx, f)
        _fill_numbers(ctx, f)
        if DISPERSAL_TOLL in f.flags and f.quantities.get("killed"):
            f.quantities[DISPERSAL_TOLL] = f.quantities["killed"]
        _retype(f, ctx)
        f.attribution = attribution(ctx)
        f.claimed_by = _claimed_by(ctx, anchor) or _claimed_by(ctx, _own_anchor(f, anchor))
        f.historical = "historical" in kinds or _pluperfect(ctx) or bool(like_recall.get(f.sub_event_type))
    # a verb of holding with no doer named ("احتُجز عدد من أبناء العشائر", a doer read as the one held): who holds
    # them, an authority (an arrest) or gunmen (an abduction), is unknown; no event of its own
    frames = [f for f in frames if not _held_by_nobody(ctx, f)]
    if _toll_list_head(ctx):
        # "وثّق المرصد مقتل أربعة أشخاص أمس، وهم:" over one line for each dead person: each line tells its own act,
        # the head only sums them up
        frames = [f for f in frames if f.event_type not in VIOLENT]
    if any(_told_by(f, _ABDUCTION) for f in frames):
        # the seizure told by an abduction word and again by a verb of taking ("أقدم مسلحون على خطف شاب …،
        # واقتادوه إلى جهة مجهولة"): one act, the abduction
        frames = [f for f in frames if not _told_by(f, "Arrests")]
    for f in frames:
        if f.primary and f.sub_event_type == "Looting/property destruction" and _national_wealth(ctx, f):
            f.primary = False
    return _found_and_destroyed(ctx, _drop_escorts(ctx, _drop_disrupted_weapons(ctx, _downed_weapons(ctx, kept,
                                                                                                    frames))))


# session 42 (ty28): a past verb of finding or seizing ("عثرت القوات على عبوات ناسفة", "ضبطت عبوة"), and a verb of
# blowing up or dismantling whose object is a pronoun of what was found ("وفجّرتها", "وقامت بتفكيكها"): the charges
# were disposed of, ACLED's disrupted weapons use, no blast of an attack
_FOUND_CHARGE = frozenset(norm_key(w) for w in (
    "عثر", "عثرت", "عثروا", "ضبط", "ضبطت", "ضبطوا", "اكتشف", "اكتشفت", "اكتشفوا", "رصد", "رصدت", "رصدوا"))
_DISPOSED = frozenset(norm_key(v + s) for v in (
    "فجر", "فجرت", "فجروا", "فكك", "فككت", "فككوا", "تفجير", "بتفجير", "تفكيك", "بتفكيك", "أتلف", "أتلفت", "إتلاف",
    "بإتلاف") for s in ("ها", "ه", "هما", "وها", "وه"))
_FOUND_CHARGE_REACH = 6  # tokens from the verb of finding to the charge found ("عثرت قواته على عبوات")


def _found_and_destroyed(ctx: SentenceContext, frames: list[Frame]) -> list[Frame]:
    """A remote explosive the sentence tells found (:data:`_FOUND_CHARGE`, a few words before the charge's word) and
    then blown up or dismantled by its finders (:data:`_DISPOSED`, its object a pronoun), with no one killed or hurt:
    "قال الجيش إن قواته عثرت على عبوات ناسفة مزروعة تحت الطريق وفجّرتها" tells a disposal (ACLED: Strategic
    developments / Disrupted weapons use), not a blast that hit anyone."""
    vals = _stripped_values(ctx.token_values)
    i0, i1 = ctx.i0, ctx.i1
    for f in frames:
        if f.sub_event_type != _IED or f.quantities.get("killed") or f.quantities.get("injured") \
                or f.unnumbered_deaths or not f.triggers:
            continue
        first = ctx.tok(f.triggers[0].start)
        found = next((j for j in range(max(i0, first - _FOUND_CHARGE_REACH), first) if vals[j] in _FOUND_CHARGE), None)
        if found is None or not any(vals[j] in _DISPOSED for j in range(first + 1, i1 + 1)):
            continue
        f.event_type, f.sub_event_type = "Strategic developments", _DISRUPTED
        f.plover_type, f.plover_mode = "COERCE", "seize"
        f.generic_type = f.flex = f.civilian_targeting = False
        f.actor2 = None
    return frames


# a country's wealth as the object of "looting" ("نهب الثروات الوطنية من نفط وغاز", "سرقة النفط السوري", "نهب
# خيرات البلاد"): the charge a government or its media lay on a foreign force's presence, no act at a place (ACLED
# codes the looting of property somewhere, not a charge of plunder)
_NATIONAL_WEALTH = frozenset(norm_key(w) for w in (
    "الثروات", "ثروات", "ثروة", "الثروة", "خيرات", "الخيرات", "مقدرات", "المقدرات", "النفط", "نفط", "القمح"))
_WEALTH_REACH = 2  # tokens after the word of looting to its object


def _national_wealth(ctx: SentenceContext, f: Frame) -> bool:
    """Every looting word of the frame has a country's wealth for its object (:data:`_NATIONAL_WEALTH`)."""
    words = [t for t in f.triggers if isinstance(t.value, Trigger)
             and t.value.sub_event_type == "Looting/property destruction"]
    if not words:
        return False
    last = ctx.i1
    for t in words:
        k = ctx.tok(t.end - 1) + 1
        if not any(strip_conj(v) in _NATIONAL_WEALTH for v in ctx.token_values[k:min(k + _WEALTH_REACH, last + 1)]):
            return False
    return True




# the words of trying an act ("محاولة", "حاولت", "لدى محاولتهم"), with the "ل"/"ب" of purpose or cause
_ATTEMPT_WORDS = frozenset(norm_key(p + w) for p in ("", "ل", "ب") for w in (
    "محاولة", "محاولات", "محاولته", "محاولتها", "محاولتهم", "محاولتهما", "حاول", "حاولت", "حاولوا", "يحاول",
    "تحاول", "يحاولون", "حاولا", "حاولتا"))
_ATTEMPT_REACH = 3  # tokens from the word of trying to the act tried ("محاولة عناصر الدورية اعتقال …")


def _attempted(ctx: SentenceContext, m: Match) -> bool:
    """The act word ``m`` is the object of a word of trying a few words before it, with no comma between ("على
    خلفية محاولة المجموعة اعتقال أحد الشبان", "حاولت دورية اعتقاله"): the act was tried, not done (an arrest tried
    that set off a fight is the fight, ACLED codes no arrest)."""
    i = ctx.tok(m.start)
    lo = max(ctx.i0, i - _ATTEMPT_REACH)
    vals = _stripped_values(ctx.token_values)
    for j in range(i - 1, lo - 1, -1):
        if any(c in ctx.nt.original[ctx.token_spans[j].end:ctx.token_spans[j + 1].start] for c in "،,."):
            return False
        if vals[j] in _ATTEMPT_WORDS:
            return True
    return False


# "المرحلة الأولى من تطبيق الاتفاق", "في مرحلة ثانية": a numbered phase of a deal or a plan carried out, one step
# of it told, not the era or a general stage ("المرحلة الراهنة", "هذه المرحلة") that marks analysis
_PHASE_WORDS = frozenset(norm_key(w) for w in ("مرحلة", "المرحلة"))
_PHASE_ORDINALS = frozenset(norm_key(w) for w in (
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "الأخيرة", "أولى", "ثانية", "ثالثة"))


def _phase_of_plan(ctx: SentenceContext, c: Match) -> bool:
    """The generic cue ``c`` is the word of a phase followed by its ordinal (_PHASE_WORDS, _PHASE_ORDINALS)."""
    k = ctx.tok(max(c.end - 1, c.start))
    return strip_conj(ctx.token_values[k]) in _PHASE_WORDS and k + 1 < len(ctx.token_values) \
        and ctx.token_spans[k + 1].start < ctx.sentence.end and ctx.token_values[k + 1] in _PHASE_ORDINALS


def _told_by(f: Frame, sub: str) -> bool:
    """Every trigger of ``f`` is a word of the sub-event type ``sub`` (whatever type the frame took since)."""
    subs = [sp.value.sub_event_type for sp in f.triggers if isinstance(sp.value, Trigger)]
    return bool(subs) and all(x == sub for x in subs)


# a verb of downing with the aircraft, drone or missile it downs after it ("أسقط الدفاع الجوي الروسي ليلاً طائرة
# بلا طيار", "أسقطت مسيرة أميركية"): as plain as the noun phrase "إسقاط طائرة" (weight 0.9), so it needs no time
# anchor or named actor; not what an aircraft drops ("أسقطت الطائرات قنابل"), nor debris ("أسقطت حطام صواريخ")
_DOWNED_OBJECT = 0.3
_DOWNABLE_STEMS = tuple(norm_key(w) for w in ("طائر", "مسير", "صاروخ", "صواريخ", "درون", "مروحي", "منطاد"))
_DROPPED_STEMS = tuple(norm_key(w) for w in ("قنبل", "قنابل", "براميل", "برميل", "حطام", "منشور"))
_DOWNS_REACH = 6  # tokens after the verb within which its object is named, its subject between them


# a line that opens on the noun of arrest and counts the arrested right after it ("اعتقال 14 شخصاً في …", "توقيف
# عشرات المحتجين"): the headline form of "اعتقلت الشرطة 14 شخصاً", as plain as the verb; so is that noun told as
# the result of a raid or a campaign ("أسفرت الحملة عن اعتقال 7 أشخاص", "أدت المداهمة إلى توقيف عشرات"); not a
# tally further on in a sentence ("…، واعتقال أكثر من 300 آخرين" since the war began)
_COUNTED_ARRESTS = 0.5


# a verb of managing before the noun of an arrest ("تمكنت الوحدات المشاركة من إلقاء القبض على تسعة أشخاص"): the doer
# made the arrest, as its own verb ("ألقت القبض") would say; not negated ("لم تتمكن من …"); not a withdrawal or an
# escape ("تمكّن منفذ العملية من الانسحاب": the attacker got away, no development of its own)
_MANAGED = 0.4
_MANAGED_VERBS = frozenset(norm_key(w) for w in ("تمكن", "تمكنت", "تمكنوا", "تمكنا", "تمكنتا"))
_MANAGED_NEGATION = frozenset(norm_key(w) for w in ("لم", "لن", "ما", "لا"))
_MANAGED_REACH = 5  # tokens from the verb of managing to its "من" (its subject between)
_MANAGED_NOUN_GAP = 1  # tokens between "من" and the trigger (a light noun: "من إلقاء القبض")


def _managed_to(ctx: SentenceContext, m: Match) -> bool:
    """A verb of managing (:data:`_MANAGED_VERBS`) stands a few tokens before "من" that governs the trigger ``m``
    (or a light noun before it) in the same clause, not negated."""
    ti, s0 = ctx.tok(m.start), ctx.i0
    vals = ctx.token_values
    prep = next((j for j in range(ti - 1, max(ti - 2 - _MANAGED_NOUN_GAP, s0 - 1), -1) if vals[j] == "من"), -1)
    if prep <= s0:
        return False
    k = next((j for j in range(prep - 1, max(prep - 1 - _MANAGED_REACH, s0 - 1), -1)
              if strip_conj(vals[j]) in _MANAGED_VERBS), -1)
    if k < 0 or _STOP_BETWEEN.search(ctx.nt.original[ctx.token_spans[k].end:m.start]) \
            or any(c in ctx.nt.original[ctx.token_spans[k].end:m.start] for c in "،,"):
        return False
    return k == s0 or strip_conj(vals[k - 1]) not in _MANAGED_NEGATION


# a verb of setting up told before the noun of a new post or base, its subject between them ("كما أقامت القوات
# الإسرائيلية نقطة عسكرية جديدة على تلة …", "أنشأ الجيش التركي قاعدة عسكرية جديدة"): as plain as the adjacent
# "أقامت نقطة", so the noun needs no time anchor of its own (a sentence going on with the article's day); the verb
# stands within a few words before the noun, no comma between (a strike on a new post is no base set up)
_BASE = "Headquarters or base established"
_SET_UP_VERB = 0.15
_SET_UP = re.compile(r"(?<!\w)[وف]?(?:أقام|أنشأ|استحدث|ثبّت|ثبت|شيّد|شيد)(?:ت|وا)?(?!\w)")
_SET_UP_REACH = 40  # characters before the noun: the verb and a subject of two or three words


def _set_up_before(ctx: SentenceContext, m: Match) -> bool:
    """A verb of setting up (_SET_UP) stands shortly before the trigger ``m`` in its clause."""
    lo = max(ctx.sentence.start, m.start - _SET_UP_REACH)
    text = ctx.nt.original[lo:m.start]
    for v in _SET_UP.finditer(text):
        if not any(c in text[v.end():] for c in "،,؛:."):
            return True
    return False
# (and "a number of": "أسفرت الحملة عن توقيف عدد من المطلوبين", "اعتقال عدد من الشبان في …")
_ROUGH_COUNTS = frozenset(norm_key(w) for w in ("عشرات", "العشرات", "مئات", "المئات", "عدد", "عددا", "عدداً"))
_COUNT_LEADS = frozenset(norm_key(w) for w in ("نحو", "قرابة", "حوالي", "أكثر", "اكثر", "من", "ما", "يقارب"))


_RESULT_SUBJECT = 5  # words of the subject between a verb of result and its preposition ("أسفرت الحملة الأمنية عن",
# "أسفرت الحملة التي بدأت الاثنين عن": a short relative clause too)


def _told_as_result(ctx: SentenceContext, ti: int) -> bool:
    """The word at token ``ti`` follows a verb of result and its preposition, the verb's subject between them or
    not ("أسفرت عن اعتقال", "أسفرت الحملة عن اعتقال")."""
    i0, vals = ctx.i0, ctx.token_values
    return _result_of_act(ctx, ti) or (ti - 2 >= i0 and vals[ti - 1] in _RESULT_PREPS and any(
        strip_conj(vals[k]) in _RESULT_VERBS for k in range(max(i0, ti - 2 - _RESULT_SUBJECT), ti - 2)))


# a verb of ending or result whose preposition is joined to the noun after it ("انتهت الحملة بتوقيف 4 أشخاص",
# "اختُتمت المداهمة باعتقال ثلاثة"), or that takes "عن"/"إلى" as the verbs of result do ("تمخّضت المداهمات عن
# اعتقال …", "أفضت إلى توقيف …"): the arrests told as what a raid or a campaign came to (see _COUNTED_ARRESTS)
_ENDED_WITH = frozenset(norm_key(w) for w in (
    "انتهت", "انتهى", "تنتهي", "ينتهي", "اختتمت", "اختتم", "تكللت", "تكلل", "توجت", "تتوج"))
_CAME_TO = frozenset(norm_key(w) for w in ("تمخضت", "تمخض", "أفضت", "أفضى", "تفضي", "يفضي"))


def _ended_with(ctx: SentenceContext, m: Match, ti: int) -> bool:
    """The noun of arrest ``m`` (at token ``ti``) is what a verb of ending or result (_ENDED_WITH, _CAME_TO) tells
    the raid came to, the verb's subject between them or not."""
    i0, vals = ctx.i0, ctx.token_values
    lo = max(i0, ti - 1 - _RESULT_SUBJECT)
    if m.prefix == "ب":
        return any(strip_conj(vals[k]) in _ENDED_WITH for k in range(lo, ti))
    return ti - 1 >= i0 and vals[ti - 1] in _RESULT_PREPS and any(
        strip_conj(vals[k]) in _CAME_TO for k in range(lo - 1, ti - 1))


def _arrests_headline(ctx: SentenceContext, m: Match, te: TriggerEntry) -> bool:
    """The noun of arrest ``m`` opens the sentence and a count of people follows it (see _COUNTED_ARRESTS); not a
    count "since" a date or a war began ("منذ"), a running total."""
    i0, i1 = ctx.i0, ctx.i1
    ti = ctx.tok(m.start)
    if "verb" in te.flags:
        return False
    ended = bool(ctx.times) and _ended_with(ctx, m, ti)  # (with a day of its own: not the raid told again)
    if not ended and (m.prefix not in ("", "و") or (ti != i0 and not _told_as_result(ctx, ti))):
        return False
    if "منذ" in ctx.words:  # (strip_conj of the sentence's tokens)
        return False
    starts = {n.start for n in ctx.numbers}
    te_end = ctx.tok(m.end - 1)  # the count follows the whole trigger ("القبض على سبعة مطلوبين")
    for j in range(te_end + 1, min(i1, te_end + 4) + 1):
        v = ctx.token_values[j]
        if v in _ROUGH_COUNTS or ctx.token_starts[j] in starts:
            return True
        if v not in _COUNT_LEADS:
            return False
    return False


def _downs_aircraft(ctx: SentenceContext, m: Match, te: TriggerEntry) -> bool:
    """A verb of downing (``weapon_object``, a verb) with an aircraft, a drone or a missile named after it and
    nothing dropped there (see :data:`_DOWNED_OBJECT`)."""
    if "weapon_object" not in te.flags or "verb" not in te.flags:
        return False
    ti = ctx.tok(m.end - 1)
    vals = ctx.token_values[ti + 1:min(ti + 1 + _DOWNS_REACH, ctx.i1 + 1)]
    if any(any(s in v for s in _DROPPED_STEMS) for v in vals):
        return False
    return any(any(s in v for s in _DOWNABLE_STEMS) for v in vals)


_RAID = frozenset({norm_key("غارة")})


def _raid_captures(frames: list[Frame]) -> list[Frame]:
    """A raid that ends in a capture ("اعتقلت قيادياً بعد تنفيذ غارة عبر مروحية", "تم القبض عليه خلال
    الغارة") is the arrest operation itself: one bare "raid" word with no toll and no weapon named
    beside an arrest word of the same sentence is not an air strike of its own."""
    return [f for f in frames if not (
        f.event_type == "Explosions/Remote violence" and f.triggers
        and all(t.value.key in _RAID for t in f.triggers))]


def _violent_frame(ctx: SentenceContext, violent: list[tuple[Match, TriggerEntry, float]],
                   score: float) -> Frame | None:
    non_cas = [k for k in violent if "casualty" not in k[1].flags]
    # hand grenades named beside machine guns or rifles, with another word for the act ("استهدفوا الحاجز بالأسلحة
    # الرشاشة والقنابل اليدوية"): an assault at close range, a fight (ACLED: Armed clash), not a grenade attack;
    # the grenades join it
    close = _grenades_with_guns(ctx, non_cas)
    if close:
        non_cas = [k for k in non_cas if k[1].trigger.sub_event_type != _GRENADE]
    def pick(etype: str, subs: tuple[str, ...] = ()) -> tuple[Match, TriggerEntry, float] | None:
        cands = [k for k in non_cas if k[1].trigger.event_type == etype and (
            not subs or k[1].trigger.sub_event_type in subs)]
        if not cands:
            return None
        if etype == "Explosions/Remote violence":
            # a bare "explosion" is what a named delivery (shelling, air strike, rockets, a drone)
            # caused, not a bomb; a general "targeting" word names no delivery
            delivered = any(k[1].trigger.sub_event_type in _DELIVERY and "vac_if_civ" not in k[1].flags
                            for k in cands)
            # a weapon shot down ("أسقطت مسيّرة إسرائيلية، وقصفت … بقذائف الهاون") carried no strike of the
            # sentence's side: it is the last choice
            cands.sort(key=lambda k: (_downed_noun(ctx, k[0]), delivered and k[1].trigger.key in _BARE_BLAST,
                                      _EXPLOSION_ORDER.index(k[1].trigger.sub_event_type)
                                      if k[1].trigger.sub_event_type in _EXPLOSION_ORDER else 99))
            return cands[0]
        return max(cands, key=lambda k: k[2])
    # fighting words, and a seizure of territory told by its own verb ("سيطرت", "استعادت"); a weaker
    # territory word ("مناطق السيطرة") does not outrank the weapon of a strike
    clash = [k for k in non_cas if k[1].trigger.event_type == "Battles" and "vac_if_civ" not in k[1].flags
             and (k[1].trigger.sub_event_type not in _TERRITORY
                  or ("verb" in k[1].flags and k[2] >= _SEIZURE_VERB_SCORE))]
    if any(k[1].trigger.event_type == "Explosions/Remote violence" and "vac_if_civ" not in k[1].flags
           for k in non_cas) and not any(_cue(c).kind == "partner" for c in ctx.cues):
        # a weak word for a campaign or an operation ("عملية عسكرية", "معركة") names no fight of its own
        # beside the weapon that carried the attack ("عملية عسكرية بطائرات مسيرة"), unless the sentence
        # sets two sides against each other ("معركة بين … و …")
        clash = [k for k in clash if k[2] >= _CLASH_WORD or "verb" in k[1].flags]
    if not clash and any(k[1].trigger.event_type == "Explosions/Remote violence" and "vac_if_civ" not in k[1].flags
                         for k in non_cas) and _small_arms(ctx) and not _aircraft_agent(ctx):
        # an assault carried out with machine guns or rifles ("شنت هجوماً بالأسلحة الرشاشة والقذائف
        # الصاروخية على نقاط …") is a fight at close range: the shells fired in it join the clash
        clash = [k for k in non_cas if k[1].trigger.event_type == "Battles" and k[1].trigger.plover_type == "ASSAULT"
                 and k[1].trigger.sub_event_type == "Armed clash" and k[2] >= _ASSAULT_WORD
                 and "plural" not in k[1].flags]
    chosen = None
    if clash:
        chosen = max(clash, key=lambda k: k[2])
    else:
        # an act against a person named by its own verb (assassinated, executed, kidnapped) outranks
        # the firing it was done with ("اغتال … بإطلاق النار عليه"); so does the noun of an assassination
        # ("اغتيال مختار … برصاص مسلحين"): a fight only where its target is armed (clash_if_armed, _retype)
        own = [k for k in non_cas if k[1].trigger.event_type == "Violence against civilians"
               and "vac_if_civ" not in k[1].flags and (("verb" in k[1].flags and k[2] >= 0.9)
                                                       or ("clash_if_armed" in k[1].flags and k[2] >= 0.8))]
        # a body found after the abduction the sentence tells ("اختطفوه … ثم عُثر على جثته"): the killing that ended
        # it outranks the abduction (found_body)
        found = [k for k in non_cas if "found_body" in k[1].flags]
        chosen = (pick("Explosions/Remote violence") or (found[0] if found else None)
                  or pick("Violence against civilians", _VAC_SPECIFIC)
                  or (max(own, key=lambda k: k[2]) if own else None)
                  or pick("Battles") or pick("Violence against civilians"))
    casualty_only = chosen is None
    if chosen is None:
        chosen = max(violent, key=lambda k: k[2])
    t = chosen[1].trigger
    f = Frame(ctx.sentence, t.event_type, t.sub_event_type, t.plover_type, t.plover_mode, score,
              [Span(k[0].start, k[0].end, "trigger", k[1].trigger) for k in violent], casualty_only)
    if close and casualty_only and t.sub_event_type == _GRENADE:
        # "إن المهاجمين استخدموا أسلحة رشاشة وقنبلة يدوية": the weapons of the act told before, a fight at close
        # range, not a grenade attack
        f.event_type, f.sub_event_type, f.plover_type, f.plover_mode = "Battles", "Armed clash", "ASSAULT", "firearms"
    # a general "استهداف" verb takes the weapon the sentence names; a firing word makes it a fight at
    # close range; with neither, a "targeting" is a strike from afar (ACLED: a clash needs two sides
    # in contact), and its kind is what the article reports elsewhere (generic)
    if (t.key in _CONFRONTATION and _youths_confront(ctx)) or (t.key in _CROWD_CLASH and t.key not in _CONFRONTATION
                                                              and _youths_confront(ctx, fight=True)):
        # confrontations between youths and a force ("اندلعت مواجهات بين شبان فلسطينيين وجيش الاحتلال"), or
        # townsfolk standing up to it ("تصدى الشبان لقوات الاحتلال وخاضوا اشتباكات معها"): stones against
        # soldiers, a violent demonstration (ACLED Riots), not a fight between two armed sides
        f.event_type, f.sub_event_type = "Riots", "Violent demonstration"
        f.plover_type, f.plover_mode = "PROTEST", "riot"
        f.triggers.sort(key=lambda s: s.start)
        f.civilian_targeting = f.flex = False
        f.flags = chosen[1].flags
        return f
    assault = t.key in _BOMBARD or t.key in _ASSAULT_VERBS or t.key in _AGGRESSION_NOUNS
    if (assault or (t.event_type == "Battles" and t.plover_mode == "firearms" and "vac_if_civ" in chosen[1].flags)) \
            and _aircraft_fires(ctx, chosen[0], assault):
        # aircraft or drones that fire, bomb or attack ("أطلقت طائرات الاحتلال النار على …", "قصف طائرات الاحتلال
        # الحربية عيادة …", "أطلقت طائرات الكواد كابتر نيرانها", "هاجمت طائرات حربية مواقع …"): an air/drone
        # strike (ACLED), whoever it hits
        f.event_type, f.sub_event_type, f.plover_mode = "Explosions/Remote violence", "Air/drone strike", "aerial"
        f.triggers.sort(key=lambda s: s.start)
        f.civilian_targeting = False
        f.flex = False
        f.flags = chosen[1].flags
        return f
    if t.event_type == "Explosions/Remote violence" and t.weight < 0.8 and "vac_if_civ" in chosen[1].flags:
        weapon = [k for k in non_cas if k[1].trigger.event_type == "Explosions/Remote violence"
                  and "vac_if_civ" not in k[1].flags and not _downed_noun(ctx, k[0])]
        # firing, or an assault word ("هجوم", "هاجم"); not the weak "aggression" words (عدوان، اعتداء)
        fire = [k for k in non_cas if k[1].trigger.event_type == "Battles"
                and k[1].trigger.sub_event_type not in _TERRITORY
                and (k[1].trigger.plover_mode == "firearms" or k[2] >= _ASSAULT_WORD)]
        if t.key in _TARGET_WORDS and _aircraft_fires(ctx, chosen[0], True):
            # aircraft or drones that target ("طيران الاستطلاع الإسرائيلي استهدف دراجة بصاروخين", "استهدفت
            # طائرات الاحتلال منزلاً"): the missiles came from the air, an air/drone strike (ACLED)
            f.sub_event_type, f.plover_mode = "Air/drone strike", "aerial"
        elif weapon:
            w = weapon[0][1].trigger
            f.sub_event_type, f.plover_mode = w.sub_event_type, w.plover_mode
        elif fire and any(_aircraft_fires(ctx, k[0]) for k in fire):
            # the firing is done by aircraft or drones ("أطلقت طائرات الكواد كابتر نيرانها"): a drone strike
            f.sub_event_type, f.plover_mode = "Air/drone strike", "aerial"
        elif fire or close or _gunmen_agent(ctx) or _point_blank(ctx):
            mode = max(fire, key=lambda k: k[2])[1].trigger.plover_mode if fire else "firearms"
            f.event_type, f.sub_event_type, f.plover_mode = "Battles", "Armed clash", mode
        elif _aircraft_agent(ctx):
            f.sub_event_type, f.plover_mode = "Air/drone strike", "aerial"
        elif t.key in _TARGET_WORDS and _manned_object(ctx, chosen[0]):
            # "استهداف دورية للأمن العام على طريق …": men on the ground reached with no weapon named, a fight at
            # close range; a weapon the article names elsewhere still types it (generic)
            f.event_type, f.sub_event_type, f.plover_mode = "Battles", "Armed clash", "firearms"
            f.generic_type = True
        else:
            f.generic_type = True
    elif t.event_type == "Battles" and chosen[1].trigger.sub_event_type == "Armed clash" and (
            t.weight < 0.5
            or (chosen[1].trigger.key in _BARE_ATTACK and not clash
                               and not _ground_attack(ctx, chosen[0]) and not _small_arms(ctx))
            or (t.key in _OPERATION and (any(k[1].trigger.event_type == "Explosions/Remote violence"
                                             for k in non_cas) or _naval_target(ctx)))):
        # a bare "attack" with no fighting word: its kind is what the article reports elsewhere (unless the
        # sentence names its guns, "تعرّض حاجز لهجوم بالأسلحة الرشاشة": gunfire at close range, a clash of its own,
        # not the bomb the article tells of another act); so is "an operation that targeted …" ("نفذت عملية عسكرية
        # استهدفت المدمرة"), whose weapon the article names apart
        f.generic_type = True
        if t.key in _OPERATION and _naval_target(ctx):
            # session 23 (FRESHIRQ): an operation that targeted a ship, a tanker or a warship ("نفذت عملية عسكرية
            # استهدفت سفينة في بحر العرب", "عملية ضد السفينة") is fought from afar, never a fight at close range:
            # a missile attack where the article names no one weapon that retypes it (ACLED's default for a
            # strike with no weapon named)
            f.event_type, f.sub_event_type, f.plover_mode = "Explosions/Remote violence", \
                "Shelling/artillery/missile attack", "explosives"
    elif t.key in _MASSACRE:
        # "مجزرة" names the toll of a killing, not how it was done: the kind is the weapon the article
        # names elsewhere (a strike, a shelling), and an attack on civilians when it names none
        f.generic_type = True
    elif t.key in _BOMBARD and not _aircraft_agent(ctx) and not any(
            k[1].trigger.event_type == "Explosions/Remote violence" and k[1].trigger.key not in _BOMBARD
            and "vac_if_civ" not in k[1].flags for k in non_cas):
        # a bare "قصف" names a bombardment, not its weapon: artillery, rockets or aircraft, as the
        # article says elsewhere ("قصف الاحتلال شاحنة" after "غارة إسرائيلية")
        f.generic_type = True
    if t.key in _BEAT_VERBS and not any("casualty" in k[1].flags for k in violent) and _property_object(ctx, chosen[0]):
        # "اعتدت على منازل المواطنين وممتلكاتهم", "اعتدوا على مصلى باب الرحمة": a beating verb whose object is
        # a building or belongings, no one hurt: damage to property (ACLED Strategic developments)
        f.event_type, f.sub_event_type = "Strategic developments", "Looting/property destruction"
        f.plover_type, f.plover_mode = "COERCE", "destroy"
        f.triggers.sort(key=lambda s: s.start)
        f.score = score
        f.civilian_targeting = f.flex = f.generic_type = False
        f.flags = chosen[1].flags
        return f
    if f.event_type == "Explosions/Remote violence" and f.sub_event_type == "Shelling/artillery/missile attack" \
            and any(_aircraft_fires(ctx, k[0], True) for k in non_cas
                    if k[1].trigger.key in _TARGET_WORDS or k[1].trigger.key in _BOMBARD):
        # the missiles of a strike whose verb has aircraft or drones for its subject ("طيران الاستطلاع
        # الإسرائيلي استهدف دراجة بصاروخين"): fired from the air, an air/drone strike (ACLED)
        f.sub_event_type, f.plover_mode = "Air/drone strike", "aerial"
        f.generic_type = False
    if f.event_type == "Explosions/Remote violence" and f.sub_event_type in _DROPPED_KINDS \
            and _dropped_from_air(ctx):
        # a bomb or a grenade that a drone or an aircraft drops ("ألقت مسيّرة إسرائيلية قنبلة قرب دورية", "ألقت
        # طائرة مسيرة قنبلتين على تجمع"): fired from the air, an air/drone strike (ACLED), not a planted device
        f.sub_event_type, f.plover_mode = "Air/drone strike", "aerial"
        f.generic_type = False
    if f.event_type == "Explosions/Remote violence" and f.sub_event_type == "Shelling/artillery/missile attack" \
            and _close_range_weapon(ctx) and not _remote_besides_shells(non_cas) and not _aircraft_agent(ctx):
        # shoulder-fired anti-armour rounds ("بقذيفة تاندوم", "بقذائف الياسين 105", "قذيفة RPG", "عبوات شواظ
        # المضادة للدروع") are fired at a tank or a squad from a few hundred metres: a fight at close range, a
        # clash (ACLED: a weapon used within a battle is part of the battle), not shelling from afar
        f.event_type, f.sub_event_type, f.plover_mode = "Battles", "Armed clash", "firearms"
        f.generic_type = False
    f.triggers.sort(key=lambda s: s.start)
    f.score = score
    f.civilian_targeting = False
    f.flex = "vac_if_civ" in chosen[1].flags
    f.flags = chosen[1].flags
    return f


# ---------------------------------------------------------------- ACLED typing after the actors

_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
_OPERATION = frozenset(norm_key(w) for w in ("عملية عسكرية",))
# the verbs and noun of targeting: they name no weapon of their own (_violent_frame)
_TARGET_WORDS = frozenset(norm_key(w) for w in ("استهدف", "استهدفت", "استهدفوا", "استهداف"))
_ASSAULT_WORD = 0.6  # an attack word this sure makes a weaponless "targeting" an assault (_violent_frame)
_CLASH_WORD = 0.7  # a fighting word this sure outranks the weapon named beside it (_violent_frame)
_SEIZURE_VERB_SCORE = 0.8  # a seizure verb this sure outranks the weapon of a strike (_violent_frame)
_REPEL_WEIGHT = 0.8  # "تصدت … لهجوم" with no weapon named: a fighting verb (_readings)


# the acts that rioters acting as the attacker turn into mob violence (:func:`_retype`), and the words of a passive's
# agent before them ("على يد", "من قبل")
# (an "assault" of a crowd on a police post, "هاجم شبان غاضبون المخفر", is no armed clash: rioters bear no arms)
_CROWD_ACTS = frozenset({"Attack", "Looting/property destruction", "Armed clash"})
_PASSIVE_AGENT = frozenset({"يد", "أيدي", "قبل"})
_VERB_SUBJECT_GAP = 3  # tokens from the verb to the crowd that is its subject ("اعتدى عشرات الشبان الغاضبين")
# the inter codes of a crowd: rioters (5) and protesters (6)
_CROWD_INTER = frozenset({5, 6})

# the lexicon row of unidentified gunmen and gangs, and the stems that name them so ("مسلحون مجهولون", "عصابة"):
# people they seize are abducted, not arrested (:func:`_retype`); an armed group of a faction that holds the ground
# ("مجموعة مسلحة تابعة للفرقة") may arrest
_UNKNOWN_TAKERS = "unidentified"
# (session 38, ce20: masked men, "مسلحون ملثمون اقتادوا الشاب", hide who they are as the unknown do: no authority
# that arrests shows its men masked and nameless, an abduction)
_UNKNOWN_TAKER_STEMS = tuple(norm_key(w) for w in ("مجهول", "عصاب", "ملثم"))
_TAKER_GAP = 3  # tokens from the verb to a doer named after it ("اعتقل مسلحون مجهولون", "أوقفت عصابة مسلحة")


def _unknown_takers(ctx: SentenceContext | None, f: Frame) -> bool:
    """The arrest frame ``f`` has for its doer gunmen named unknown or a gang (see :data:`_UNKNOWN_TAKERS`)."""
    a = f.actor1
    if ctx is None or a is None or a.entry.key != _UNKNOWN_TAKERS or a.role in ("target", "partner"):
        return False
    i, j = ctx.tok(a.span.start), ctx.tok(a.span.end - 1)
    if not any(j < ctx.tok(t.start) or i <= ctx.tok(t.end - 1) + _TAKER_GAP for t in f.triggers):
        return False  # named far after the act ("مذكرة اعتقال … بتهم تأليف عصابة"): not its doer
    if any(stem in v for v in ctx.token_values[i:j + 1] for stem in _UNKNOWN_TAKER_STEMS):
        return True
    # armed men of no force who take people "to an unknown place" ("هاجم مسلحون رعاة … واقتادوا ثلاثة منهم إلى جهة
    # مجهولة"): a forced disappearance, whoever they are believed to be
    end = max(t.end for t in f.triggers)
    return _UNKNOWN_PLACE in norm_key(ctx.nt.original[end:ctx.sentence.end])


_KIDNAPPERS = frozenset(norm_key(w) for w in ("الخاطفين", "الخاطفون", "الخاطفان", "خاطفين", "خاطفون", "خاطفيه"))


def _kidnappers_take(ctx: SentenceContext | None, f: Frame) -> bool:
    """The arrest frame ``f`` has no doer of a force named, and the kidnappers named by their act stand before its
    words in the sentence ("قال المصدر إن الخاطفين أوقفوا سيارته … واقتادوه"): the taking is their abduction."""
    if ctx is None or (f.actor1 is not None and f.actor1.role not in ("target", "partner")) or not f.triggers:
        return False
    first = ctx.tok(min(t.start for t in f.triggers))
    return any(strip_conj(v) in _KIDNAPPERS for v in ctx.token_values[ctx.i0:first])


_UNKNOWN_PLACE = norm_key("جهة مجهولة")
_CLAN_INTER = 4  # identity militias: clans, tribes, communal fighters


def _held_spans(ctx: SentenceContext, f: Frame) -> set[tuple[int, int]]:
    """The spans of the triggers of ``f`` that are verbs of holding (trigger flag ``hold``: "احتجز", "احتجزوهم")."""
    told = {(t.start, t.end) for t in f.triggers}
    return {(m.start, m.end) for m in ctx.triggers if (m.start, m.end) in told and "hold" in _trig(m).flags}


def _only_held(ctx: SentenceContext, f: Frame) -> bool:
    """Every trigger of ``f`` is a verb of holding (:func:`_held_spans`)."""
    held = _held_spans(ctx, f)
    return bool(held) and held == {(t.start, t.end) for t in f.triggers}


def _held_by_nobody(ctx: SentenceContext, f: Frame) -> bool:
    """An arrest told only by a verb of holding whose doer the sentence does not name, or whose doer is a clan
    ("احتجز أبناء العشيرة عدداً من …": a feud's hostages, whose sides are the feud's; left unread) (see
    :func:`_held_by_gunmen`)."""
    return f.sub_event_type == "Arrests" and (f.actor1 is None or f.actor1.role in ("target", "partner")
                                              or f.actor1.entry.inter == _CLAN_INTER) \
        and _only_held(ctx, f)


def _held_by_gunmen(ctx: SentenceContext | None, f: Frame) -> bool:
    """The arrest frame ``f`` is told by a verb of holding (trigger flag ``hold``: "احتجز") and its doer is
    armed men of no force ("احتجز مسلحون من أقارب المختار شابين"): no authority holds them, an abduction; a force
    or an authority that holds people ("احتجزت دوريات الأسايش 20 شاباً") arrests them."""
    a = f.actor1
    if ctx is None or a is None or a.role in ("target", "partner"):
        return False
    return a.entry.key == _UNKNOWN_TAKERS and bool(_held_spans(ctx, f))


def _crowd_acts(ctx: SentenceContext, f: Frame, a: int) -> bool:
    """The crowd named at ``a`` does ``f``'s act: it is named before every word of the act ("الشبان الغاضبون
    اعتدوا …"), right after the verb of the act ("اعتدى شبان غاضبون بالضرب على …", "هاجم حشد من الأهالي …"), or
    as the agent of a passive ("على يد الأهالي الغاضبين", "من قبل …"); not a crowd named further on after the act
    of another side ("أسفر اعتداء الجنود عن إصابة شاب …، كما أشعل الشبان الغاضبون الإطارات")."""
    before_acts = [t for t in f.triggers if t.start < a]
    if not before_acts or ctx.tok(a) - ctx.tok(max(t.end for t in before_acts) - 1) <= _VERB_SUBJECT_GAP:
        return True
    before = ctx.nt.original[max(ctx.sentence.start, a - 24):a].split()
    return any(w in _PASSIVE_AGENT for w in before[-4:])


def _retype(f: Frame, ctx: SentenceContext | None = None) -> None:
    """ACLED's rules where the type depends on who acts or who is hit.

    - A seizure of territory is "Government regains territory" when state forces take it and
      "Non-state actor overtakes territory" when a rebel group or militia does, whatever verb
      the sentence uses ("سيطرت", "استعادت", "حررت").
    - A direct attack on armed men (an assassination or a sniping of a soldier, an officer or a
      fighter) is a clash: Battles/Armed clash, not Violence against civilians; the trigger carries
      ``clash_if_armed``.  Remote weapons keep their type whoever they hit (an IED, a shell or an
      air strike that kills civilians stays Explosions/Remote violence, with civilian targeting).
    - A beating, an assault or a burning done by rioters, an angry crowd that is no demonstration ("تعرض سائق
      للضرب على يد الأهالي الغاضبين", "أحرق مشاغبون متجراً"), is ACLED's mob violence (Riots), not an attack of
      an armed side (see :data:`_CROWD_ACTS`).  Protesters named beside such an act are left as they are: they
      are as often its victims or its witnesses ("قال أحد المتظاهرين إن الحكومة هدمت 20 منزلاً").
    """
    a1 = f.actor1.entry.inter if f.actor1 is not None else 0
    a2 = f.actor2.entry.inter if f.actor2 is not None else 0
    if f.event_type == "Battles" and f.sub_event_type in _TERRITORY:
        if a1 == 1:
            f.sub_event_type = "Government regains territory"
        elif a1 in _NON_STATE_INTER:
            f.sub_event_type = "Non-state actor overtakes territory"
    elif (f.event_type == "Violence against civilians" and f.sub_event_type == "Attack"
          and "clash_if_armed" in f.flags and a2 in ARMED_INTER):
        f.event_type, f.sub_event_type = "Battles", "Armed clash"
        f.plover_mode = f.plover_mode or "firearms"
        f.civilian_targeting = False
    elif f.event_type == "Battles" and f.sub_event_type == "Armed clash" and (
            (a2 == 5 and a1 != 5) or (f.generic_type and a1 in _CROWD_INTER and a2 not in _CROWD_INTER)):
        # a force that fires on an angry crowd ("أطلق عناصر الحاجز النار على الشبان الغاضبين"), or an attack that a
        # general word names with a crowd as its doer ("اعتُقل المشاركون في الهجوم من المتظاهرين", "هجوم
        # المحتجين على المبنى"): ACLED makes no crowd a side of an armed clash; the crowd's clash with the force
        # is a violent demonstration, the rioters first
        f.event_type, f.sub_event_type = "Riots", "Violent demonstration"
        f.plover_type, f.plover_mode = "PROTEST", "riot"
        if a1 not in _CROWD_INTER:
            f.actor1, f.actor2 = f.actor2, f.actor1
        f.flex = f.civilian_targeting = False
    elif f.event_type == "Battles" and f.sub_event_type == "Armed clash" and f.flex and a1 == 0 and a2 == 0 \
            and ctx is not None and _found_shot(ctx):
        # one found shot dead by an unnamed hand, no side named ("عُثر عليه مقتولاً بطلقات في الرأس"): the killing
        # of a person (ACLED: an attack), not a fight between two sides the text never names
        f.event_type, f.sub_event_type, f.plover_mode = "Violence against civilians", "Attack", "firearms"
        f.civilian_targeting = True
    elif f.sub_event_type == "Arrests" and (_unknown_takers(ctx, f) or _held_by_gunmen(ctx, f)
                                            or _kidnappers_take(ctx, f)):
        # people seized by unidentified gunmen or a gang ("اعتقل مسلحون مجهولون شاباً", "اقتادوه إلى جهة مجهولة"):
        # no authority arrests them; ACLED's abduction/forced disappearance (Violence against civilians)
        f.event_type, f.sub_event_type = "Violence against civilians", _ABDUCTION
        f.plover_type, f.plover_mode = "ASSAULT", "abduct"
        f.civilian_targeting = True
    elif f.sub_event_type in _CROWD_ACTS and a1 == 5 and f.actor1 is not None \
            and f.actor1.role not in ("target", "partner") and ctx is not None:
        if _crowd_acts(ctx, f, f.actor1.span.start):
            f.event_type, f.sub_event_type = "Riots", "Mob violence"
            f.plover_type, f.plover_mode = "PROTEST", "riot"
            f.flex = f.civilian_targeting = False


def _found_shot(ctx: SentenceContext) -> bool:
    """The sentence tells a body found killed by its adjective or its marks ("مقتولاً", "آثار": a casualty word
    that tells the act, flagged ``clash_if_armed``) and names no fighting word of its own."""
    entries = [_trig(m) for m in ctx.triggers]
    return any({"casualty", "clash_if_armed", "verb"} <= e.flags for e in entries) and not any(
        e.trigger.event_type == "Battles" and "vac_if_civ" not in e.flags and "casualty" not in e.flags
        for e in entries)


# attackers whose missiles strike Syria from the air, with no launcher named (:func:`jets_missiles`)
_AIR_POWERS = frozenset({"isr"})
# the stems of a ground launcher or round: artillery, shells, mortars, tanks, rocket launchers
_LAUNCHER_STEMS = tuple(norm_key(w) for w in ("مدفع", "قذيف", "قذائف", "هاون", "دباب", "ميركاف", "راجم", "منصة",
                                               "منصات"))
_SURFACE_TO_SURFACE = re.compile(r'[أا]رض\s*[-–ـ]?\s*[أا]رض(?![\u0621-\u064A])')


def air_power_strike(f: Frame) -> bool:
    """``f`` is an air or drone strike by an attacker whose missiles strike Syria from the air (Israel), told by a
    word of striking ("عدوان إسرائيلي", "عدواناً جوياً", "غارة"), not a bare weapon noun ("مسيّرة إسرائيلية")."""
    return f.sub_event_type == "Air/drone strike" and f.actor1 is not None and f.actor1.entry.key in _AIR_POWERS \
        and f.actor1.role != "target" and any(isinstance(t.value, Trigger) and t.value.weight >= _STRIKE_WORD
                                              and t.value.sub_event_type == "Air/drone strike" for t in f.triggers)


def missiles_only(f: Frame) -> bool:
    """Every remote-weapon word of ``f`` is a missile or rocket word that names no launcher (``missile`` in
    triggers.tsv: "صواريخ", "رشقات صاروخية", "عدوان"), besides words of targeting or bombarding ("استهدف")."""
    entries = trigger_entries()
    remote = [entries.get(t.value.key) for t in f.triggers
              if isinstance(t.value, Trigger) and t.value.event_type == "Explosions/Remote violence"
              and t.value.key not in _TARGET_WORDS and t.value.key not in _BOMBARD]
    # the words of targeting and bombarding name no weapon: they neither make nor spoil the reading
    return bool(remote) and all(e is not None and "missile" in e.flags for e in remote)


def jets_missiles(text: str, f: Frame) -> bool:
    """Israel's missiles with no launcher named ("عدواناً بعدد من الصواريخ", "أطلق الاحتلال رشقات من الصواريخ من
    اتجاه الجولان", "عدواناً استهدف شاحنة"): over Syria they are fired by its jets from over the Golan or Lebanon, an
    air strike (ACLED), not shelling.  ``f`` is a shelling frame whose attacker is Israel and whose remote-weapon
    words are all missile words (:func:`missiles_only`); its sentence ``text`` names no ground launcher or round
    ("قصف مدفعي", "قذائف", "دبابة", "راجمات", "صواريخ أرض-أرض")."""
    if not (f.event_type == "Explosions/Remote violence" and f.sub_event_type == "Shelling/artillery/missile attack"
            and f.actor1 is not None and f.actor1.entry.key in _AIR_POWERS and f.actor1.role != "target"
            and missiles_only(f)):
        return False
    for v in text.split():
        w = strip_conj(norm_key(v.strip(".,،:\"«»()")))
        w = w[1:] if w[:1] in ("ب", "ل") and len(w) > 4 else w
        if w.removeprefix("ال").startswith(_LAUNCHER_STEMS):
            return False
    return _SURFACE_TO_SURFACE.search(text) is None


_DISRUPTED = "Disrupted weapons use"
# a trigger this heavy reports a strike by itself (a strike word, not a bare weapon noun)
_STRIKE_WEIGHT = 0.9


def _weapon_nouns_only(f: Frame) -> bool:
    """The frame's strike rests on weapon nouns alone ("صاروخ", "مسيّرة"): no strike word, no verb of striking,
    no toll."""
    return f.event_type == "Explosions/Remote violence" and not f.quantities and not f.unnumbered_deaths and all(
        isinstance(t.value, Trigger) and t.value.weight < _STRIKE_WEIGHT for t in f.triggers) and (
        "verb" not in f.flags)


def _downed_weapons(ctx: SentenceContext, kept: list[tuple[Match, TriggerEntry, float]],
                    frames: list[Frame]) -> list[Frame]:
    """A sentence whose verb or noun of downing names the weapon it stops ("تعلن إسقاط صاروخ أوكراني …
    وإسقاط 42 مسيّرة", "روسيا تسقط صاروخاً") tells a weapon stopped even where the word alone stays under the
    bar of a strategic development: the strike its bare weapon nouns made of it is that development (ACLED:
    Strategic developments / Disrupted weapons use), with the sentence's score.  A strike word ("عدوان
    إسرائيلي", "غارة"), a toll, or a defence that met an act ("تتصدى لعدوان …": the strike got through) keeps
    the strike (:func:`_drop_disrupted_weapons` weighs the two)."""
    if any(f.sub_event_type == _DISRUPTED for f in frames):
        return frames
    stops = [m for m, te, _ in kept if te.trigger.sub_event_type == _DISRUPTED]
    # a noun of downing whose weapon noun reads longer with its nationality ("إسقاط مسيرة إسرائيلية": the
    # matcher keeps "مسيرة إسرائيلية", not "إسقاط مسيرة") stops that weapon all the same, and that weapon only:
    # a target struck beside it ("… واستهداف موقع …") stays a strike
    nouns = [] if stops else [m for m, te, _ in kept if te.trigger.event_type == "Explosions/Remote violence"
                              and te.trigger.weight < _STRIKE_WORD and _downed_by_noun(ctx, m)
                              and not _failed_stop(ctx, m)]
    if not (stops or nouns) or any(_meets_act(ctx, m.end) for m in stops + nouns):
        return frames
    downed = {m.start for m in nouns}
    for f in frames:
        if nouns and not (f.triggers and all(t.start in downed for t in f.triggers)):
            continue
        if _weapon_nouns_only(f) and all(isinstance(t.value, Trigger) and t.value.weight < _STRIKE_WORD
                                         for t in f.triggers):
            f.event_type, f.sub_event_type = "Strategic developments", _DISRUPTED
            f.plover_type, f.plover_mode = "ASSAULT", "aerial"
            f.generic_type = f.flex = f.civilian_targeting = False
    return frames


def _drop_disrupted_weapons(ctx: SentenceContext, frames: list[Frame]) -> list[Frame]:
    """A missile intercepted or a drone shot down is "Strategic developments / Disrupted weapons
    use" only: the weapon nouns of that sentence ("اعترضت الدفاعات الجوية صاروخين") do not report
    a strike of their own unless a strike word or casualties go with them."""
    if not any(f.event_type == "Strategic developments" and f.sub_event_type == _DISRUPTED for f in frames):
        return frames
    met = all(_confronts_act(ctx, f) for f in frames if f.sub_event_type == _DISRUPTED)
    if any(f.event_type == "Explosions/Remote violence" for f in frames) and (met or _got_through(ctx, frames)):
        # "تصدت الدفاعات الجوية لعدوان … استهدف محيط المطار": the defences met an attack that struck its
        # target; the sentence reports that strike, not a weapon stopped.  So does a sentence where only
        # part of the weapons was stopped or the strike caused losses ("تصدت لصواريخ العدوان وأسقطت
        # بعضها، واقتصرت الخسائر على الماديات"): ACLED codes the strike, the interception part of it
        verbs = [f.triggers[0] for f in frames if f.sub_event_type == _DISRUPTED and f.triggers]
        out = [f for f in frames if f.sub_event_type != _DISRUPTED]
        air = not met and any(v in _AIR_DEFENCE for v in ctx.token_values[
            ctx.i0:ctx.i1 + 1])
        for f in out:
            f.primary = f.primary or f.event_type == "Explosions/Remote violence"
            if air and f.sub_event_type == "Shelling/artillery/missile attack":
                # what air defences stop is an air attack: its missiles came from aircraft (ACLED)
                f.sub_event_type, f.plover_mode = "Air/drone strike", "aerial"
            a1 = f.actor1
            if a1 is not None and a1.role != "agent" and any(
                    v.start <= a1.span.start and ctx.tok(a1.span.start) - ctx.tok(v.end - 1) <= 2 for v in verbs):
                # the defences that met the strike (the subject of the verb of stopping) are its target, the
                # side whose weapons they met its attacker ("تصدت وسائط الدفاع الجوي السوري لصواريخ إسرائيلية
                # استهدفت …": Israel strikes, Syria is hit), never the other way round
                f.actor1, f.actor2 = f.actor2, a1
            elif a1 is not None and a1.role != "agent" and any(
                    a1.span.end <= v.start and ctx.tok(v.start) - ctx.tok(a1.span.end - 1) <= 1 for v in verbs):
                # the defences named just before the verb of stopping, its subject in a clause of "أنّ" ("وقال إن
                # الدفاعات الجوية تصدت للصواريخ وأسقطت بعضها، وإن العدوان استهدف مبنى …"): never the strike's
                # attacker; where the sentence names no side whose weapons they met, the attacker stays unnamed
                # there and the hit side keeps its place
                if f.actor2 is not None and _same_side(f.actor2.entry, a1.entry):
                    # the defences and the soldiers the toll names are one side, the one hit ("وسائط الدفاع الجوي
                    # تصدت للصواريخ وأسقطت عدداً منها، وأن العدوان أدى إلى ارتقاء جنديين")
                    f.actor1, f.actor2 = None, a1
                elif f.actor2 is not None and f.actor2.entry.inter != 7:
                    f.actor1, f.actor2 = f.actor2, a1
                else:
                    f.actor1 = None
        return out
    stops = [t for f in frames if f.sub_event_type == _DISRUPTED for t in f.triggers]
    out: list[Frame] = []
    for f in frames:
        if _weapon_nouns_only(f) or _stopped_device(ctx, f, stops) or _downed_only(ctx, f, stops):
            continue
        out.append(f)
    return out


def _downed_only(ctx: SentenceContext, f: Frame, stops: list[Span]) -> bool:
    """Every weapon word of the strike ``f`` is the object of a past verb of downing of the sentence's disrupted
    weapon (``stops``) a few words before it ("أسقطوا طائرة مسيّرة انتحارية تابعة لقوات النظام"): a weapon shot
    down however strong its noun ("مسيرة انتحارية" names a kamikaze drone, not a strike), with no toll and no verb
    of striking of its own; the disrupted weapon is the event (ACLED: Strategic developments / Disrupted weapons
    use); so is a weapon noun that starts on the word after a noun of downing it overlaps ("إسقاط طائرة مسيّرة
    انتحارية").  Not a noun of intercepting ("فشله في اعتراض مسيّرات": the drones got through)."""
    if f.event_type != "Explosions/Remote violence" or f.quantities or f.unnumbered_deaths or "verb" in f.flags \
            or not f.triggers:
        return False
    entries = trigger_entries()
    verbs = [s for s in stops if isinstance(s.value, Trigger)
             and "verb" in getattr(entries.get(s.value.key), "flags", ())]
    # a noun of downing whose match the weapon's longer noun cut short ("إسقاط طائرة مسيّرة انتحارية": the stop
    # "إسقاط طائرة" keeps "إسقاط", the strike "طائرة مسيرة انتحارية") downs the weapon on the very next word
    nouns = [s for s in stops if isinstance(s.value, Trigger) and s not in verbs
             and s.value.key.split()[0] == "اسقاط"]
    return all(isinstance(t.value, Trigger) and (any(
        s.end <= t.start and ctx.tok(t.start) - ctx.tok(s.end - 1) <= _DOWNED_NOUN_GAP for s in verbs) or any(
        s.end <= t.start and ctx.tok(t.start) - ctx.tok(s.end - 1) == 1 for s in nouns))
        for t in f.triggers)


_DEVICE_OBJECT_REACH = 7  # tokens from a verb of defusing to the device, its object (a subject, a time between)


def _stopped_device(ctx: SentenceContext, f: Frame, stops: list[Span]) -> bool:
    """The frame's explosive device is the object of the sentence's verb of defusing or seizing ("فككت وحدات
    الهندسة، أمس، عبوة ناسفة زرعها مجهولون على الطريق"): a device stopped, no blast of its own, whoever planted it
    (not where a toll goes with it, nor beside a word of its blast: "انفجار عبوة ثانية")."""
    if f.sub_event_type != "Remote explosive/landmine/IED" or f.quantities or f.unnumbered_deaths or not f.triggers:
        return False
    return all(any(s.end <= t.start and ctx.tok(t.start) - ctx.tok(s.end - 1) <= _DEVICE_OBJECT_REACH for s in stops)
               for t in f.triggers)


def _drop_escorts(ctx: SentenceContext, frames: list[Frame]) -> list[Frame]:
    """A fighter that intercepts an aircraft near the border ("اعترضت مقاتلة روسية طائرة دورية …"), or a side
    that intercepts aircraft and turns them back ("وأجبرتها على الاستدارة والعودة"), escorts a flight away: no
    weapon is stopped, and ACLED codes no event.  Only a verb of intercepting counts, only where nothing is
    shot down and no missile or drone is named (a fighter intercepting missiles or drones downs them)."""
    if not any(f.sub_event_type == _DISRUPTED for f in frames):
        return frames
    s0, i1 = ctx.i0, ctx.i1
    vals = [v[1:] if len(v) > 3 and v[0] in "وف" else v for v in ctx.token_values[s0:i1 + 1]]
    if any(w in v for v in vals for w in _NOT_ESCORT):
        return frames
    fighter = any(v.startswith(w) for v in vals for w in _FIGHTER_JETS)
    turned = any(v.startswith(_FORCE) and k + 2 < len(vals) and vals[k + 1] == _ON and vals[k + 2] in _TURN_BACK
                 for k, v in enumerate(vals))
    if not (fighter or turned):
        return frames
    out: list[Frame] = []
    for f in frames:
        if f.sub_event_type == _DISRUPTED and f.triggers and all(
                strip_conj(ctx.token_values[ctx.tok(t.start)]).startswith(_INTERCEPT) for t in f.triggers):
            continue
        out.append(f)
    return out


_INTERCEPT = norm_key("اعترض")
# a fighter aircraft, as a word or its prefix (not :data:`_FIGHTERS`, the mourned named as fighters)
_FIGHTER_JETS = tuple(norm_key(w) for w in ("مقاتلة", "مقاتلات", "مقاتلتين", "المقاتلة", "المقاتلات", "ميغ", "سوخوي"))
# a shot down, a missile or a drone: the interception stopped a weapon
_NOT_ESCORT = tuple(norm_key(w) for w in ("أسقط", "إسقاط", "صاروخ", "صواريخ", "مسير", "درون", "دمرت", "تدمير"))
_FORCE = norm_key("أجبر")
_TURN_BACK = frozenset(norm_key(w) for w in (
    "الاستدارة", "العودة", "المغادرة", "الابتعاد", "الهبوط", "تغيير", "الانسحاب", "التراجع"))


# part of the weapons stopped ("أسقطت بعضها", "اعترضت معظم الصواريخ") and the losses of what got through
_PART = frozenset(norm_key(w) for w in ("بعضها", "بعض", "معظمها", "معظم", "أغلبها", "أغلب", "غالبيتها"))
_LOSSES = frozenset(norm_key(w) for w in ("الخسائر", "خسائر", "الأضرار", "أضرار", "اضرارا", "خسائرها", "خسائره",
                                          "أضراره", "أضرارها"))  # (its losses: "واقتصرت أضراره على الماديات")


# the words that tell a protest as over before what the sentence goes on to tell ("وبعد انتهاء مظاهرة البلدة بساعات
# داهمت دورية منزلاً واعتقلت ناشطين", "عقب انفضاض الوقفة اعتقلت …"), normalised, conjunctions stripped
_PROTEST_OVER = frozenset(norm_key(w) for w in ("بعد", "عقب", "إثر", "اثر", "انتهاء", "انفضاض", "ختام", "انتهت"))
_PROTEST_OVER_REACH = 2  # tokens before the protest word where they stand


def _protest_over(ctx: SentenceContext, demo: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """The sentence's first protest word follows a word that tells the protest over (:data:`_PROTEST_OVER`): the
    arrests the sentence goes on to tell came after it (the arrest of its organisers), not its breaking up."""
    if not demo:
        return False
    vals = ctx.token_values
    first = ctx.tok(min(m.start for m, _te, _p in demo))
    return any(strip_conj(vals[i]) in _PROTEST_OVER for i in range(max(ctx.i0, first - _PROTEST_OVER_REACH), first))


def _got_through(ctx: SentenceContext, frames: list[Frame]) -> bool:
    """The sentence of a stopped weapon says that some of it got through: the strike caused losses
    ("اقتصرت الخسائر على الماديات"; not "دون خسائر"), or a word of striking names the attack ("عدوان
    إسرائيلي استهدف مواقع") and the verb of stopping has only part of its weapons for its object
    ("وأسقطت بعضها"); "أسقطت معظم الصواريخ المعادية" alone tells a weapon stopped."""
    i1 = ctx.i1
    if _aimed_weapons(ctx, frames):
        return True
    # a word of striking, or the aggression itself named ("وأن العدوان أسفر عن إصابة مدنيين"): the stopped
    # weapons were that attack's, which happened
    struck = any(isinstance(t.value, Trigger) and t.value.event_type == "Explosions/Remote violence"
                 and (t.value.weight >= _STRIKE_WORD or t.value.key in _WAR_WORDS)
                 for f in frames for t in f.triggers)
    if any(f.sub_event_type != _DISRUPTED and f.event_type == "Explosions/Remote violence"
           and (f.quantities.get("killed") or f.quantities.get("injured") or f.unnumbered_deaths)
           and any(isinstance(t.value, Trigger) and t.value.key in _WAR_WORDS for t in f.triggers)
           for f in frames):
        # the aggression's own toll told beside the weapons stopped ("وأن العدوان أسفر عن إصابة مدنيين"): it got
        # through (not a war's running toll beside another side's drone downed)
        return True
    for f in frames:
        if f.sub_event_type != _DISRUPTED or not struck:
            continue
        for t in f.triggers:
            k = ctx.tok(t.end - 1) + 1
            # (the air defences named as the verb's subject stand between: "اعترضت وسائط دفاعنا الجوي معظمها")
            k = next((j + 1 for j in range(k, min(k + _DEFENCE_SUBJECT_REACH, i1 + 1))
                      if ctx.token_values[j] in _AIR_DEFENCE), k)
            if any(strip_conj(v) in _PART for v in ctx.token_values[k:min(k + _PART_GAP, i1 + 1)]):
                return True
    vals = ctx.words
    return any(v in _LOSSES and not any(w in _NO_LOSS for w in vals[max(i - _no_loss_gap(vals, i), 0):i])
               and not _no_result_before(vals, i)
               for i, v in enumerate(vals))


# the words between a "no" and the losses it denies through a verb of result ("دون أن يسفر ذلك عن أضرار", "ولم
# تؤد إلى وقوع أضرار", "من غير أن يخلف الاعتراض أي أضرار") (normalised, conjunctions stripped)
_RESULT_FILLER = frozenset(norm_key(w) for w in (
    "أن", "ان", "يسفر", "تسفر", "يؤد", "تؤد", "يؤدي", "تؤدي", "يخلف", "تخلف", "يوقع", "توقع", "ذلك", "عن", "إلى",
    "الى", "وقوع", "تسجيل", "أي", "اي"))
_NO_RESULT = frozenset(norm_key(w) for w in ("دون", "بدون", "لم", "عدم", "غير"))
_NO_RESULT_REACH = 6  # filler words a "no" may stand before the losses word


def _no_result_before(vals: list[str], i: int) -> bool:
    """The losses word at ``i`` is denied by a "no" before a verb of result ("دون أن يسفر ذلك عن أضرار", "ولم
    يؤدِّ إلى وقوع أضرار"): only the filler words of :data:`_RESULT_FILLER` stand between them."""
    j = i - 1
    while j >= 0 and i - j <= _NO_RESULT_REACH:
        if vals[j] in _NO_RESULT:
            return True
        if vals[j] not in _RESULT_FILLER:
            return False
        j -= 1
    return False


# words of aiming at a target ("لاستهداف نقاط", "استهدفت مواقع", "مستهدفةً نقاطاً", "اعتدت على البلاد")
_AIMED = frozenset(norm_key(w) for w in (
    "استهداف", "لاستهداف", "استهدف", "استهدفت", "مستهدفة", "مستهدفا", "مستهدفين", "اعتدت", "اعتدى"))


def _aimed_weapons(ctx: SentenceContext, frames: list[Frame]) -> bool:
    """Air defences met weapons that the sentence says were aimed at a target ("تصدت الدفاعات الجوية لصواريخ
    إسرائيلية أطلقت … لاستهداف نقاط في محيط دمشق"): the sentence tells the strike on that target, which ACLED
    codes with the side that fired it as actor1; the interception is part of it, not an event of its own.  Only
    a word of aiming after the verb of stopping counts, and only where the defences are air defences."""
    s0, i1 = ctx.i0, ctx.i1
    if not any(v in _AIR_DEFENCE for v in ctx.token_values[s0:i1 + 1]):
        return False
    for f in frames:
        if f.sub_event_type != _DISRUPTED or not f.triggers:
            continue
        k = ctx.tok(f.triggers[0].end - 1) + 1
        if any(strip_conj(v) in _AIMED for v in ctx.token_values[k:i1 + 1]):
            return True
    return False


def _no_loss_gap(vals: list[str], i: int) -> int:
    """The words before the losses word at ``i`` where a word of "no" covers it: two, or four where it is the
    second of a pair joined by "أو" ("من دون وقوع إصابات أو أضرار")."""
    return _NO_LOSS_PAIR_GAP if i > 0 and vals[i - 1] in _OR else 2


_PART_GAP = 2  # tokens after the verb of stopping where "some"/"most" stands
_DEFENCE_SUBJECT_REACH = 4  # tokens after the verb of stopping that its air-defence subject may take
_STRIKE_WORD = 0.7  # a trigger this sure names the strike itself, not only its weapon
_NO_LOSS = frozenset(norm_key(w) for w in ("دون", "بدون", "عدم", "لا", "أي", "اي"))
_OR = frozenset(norm_key(w) for w in ("أو", "او"))
_NO_LOSS_PAIR_GAP = 4  # "دون وقوع إصابات أو أضرار": the "no" before the first of the pair covers the second


# the acts (not the weapons) a defence can meet: "تصدت لعدوان", "التصدي للهجوم"
_ACT_OBJECTS = frozenset(norm_key(w) for w in ("عدوان", "العدوان", "اعتداء", "الاعتداء", "هجوم", "الهجوم"))


def _confronts_act(ctx: SentenceContext, f: Frame) -> bool:
    """The object of the frame's verb of stopping is an act, not a weapon ("تصدت الدفاعات الجوية لعدوان
    إسرائيلي استهدف …", against "تصدت لصواريخ العدوان"): the first noun after the verb phrase with the
    preposition "ل"."""
    return bool(f.triggers) and _meets_act(ctx, f.triggers[0].end)


def _meets_act(ctx: SentenceContext, end: int) -> bool:
    """The verb of stopping that ends at ``end`` has an act for its object (:func:`_confronts_act`)."""
    k = ctx.tok(end - 1) + 1
    last = ctx.i1
    for v in ctx.token_values[k:min(k + 4, last + 1)]:
        if v.startswith("ل"):
            w = v[1:]
            return w in _ACT_OBJECTS or ("ل" + w) in _ACT_OBJECTS
    return False


# ---------------------------------------------------------------- actors

# strategic developments that one side carries out alone (troop movements, withdrawals, bases)
_GROUP_CHANGE = "Change to group/activity"
_ONE_SIDED = frozenset({"Other", "Headquarters or base established", _GROUP_CHANGE})


# the pronouns of "ل" ("له", "لهم"): a link to the one who suffered, or an object after a verbal noun
_LAM_PRONOUNS = frozenset(norm_key(w) for w in ("له", "لها", "لهم", "لهما", "لهن"))


_LISTED_GAP = re.compile(r"(?:[،,]\s*)?و")  # "X وY", "X، وY": the next item of a list


def _suffers(ctx: SentenceContext, span: Span) -> bool:
    """The mention is the subject of "تعرّض" (to be subjected to), the side an act hit: right after the verb
    ("تعرضت قوة إسرائيلية لكمين"), or as the owner of the position, base or vehicle that is the verb's subject
    ("تعرضت قاعدة الاحتلال الأميركي لقصف", "تعرضت نقطة للجيش التركي لقصف مدفعي"), or of its units or members
    ("تعرضت وحدات من الجيش لهجوم"), or after its pronoun object in a
    relative clause ("الكارثة التي تعرض لها "الجيش"", "الهجوم الذي تعرضت له القاعدة")."""
    i = ctx.tok(span.start)
    s0 = ctx.i0
    raw = ctx.token_values[max(s0, i - 3):i]
    prev = [strip_conj(v) for v in raw]
    members = role_words()["member"]
    if len(prev) == 3 and prev[0].startswith(_SUFFERED) and prev[0] not in _SUFFERED_NOUNS \
            and (raw[1] in members or _bare(prev[1]) in members) and prev[2] == "من":
        return True  # "تعرضت وحدات من الجيش لهجوم" ("و" of "وحدات" is no conjunction): units of the force
    prev = prev[-2:]
    if prev and prev[-1].startswith(_SUFFERED) and prev[-1] not in _SUFFERED_NOUNS:
        return True
    if len(prev) == 2 and prev[0].startswith(_SUFFERED) and prev[0] not in _SUFFERED_NOUNS \
            and (prev[1] in _LAM_PRONOUNS or _bare(prev[1]) in role_words()["asset"]):
        return True
    # the next item of a list of the sides hit ("تعرضت القوات الأميركية وقوات التحالف لهجمات", "…، وقوات …")
    before = max((s for s, _ in ctx.actors if s.end <= span.start), key=lambda s: s.end, default=None)
    return before is not None and _LISTED_GAP.fullmatch(ctx.nt.original[before.end:span.start].strip()) is not None \
        and _suffers(ctx, before)


# the forces a base or a position hosts, named in the relative clause that describes it ("قاعدة عين الأسد التي تستضيف
# قوات من التحالف الدولي"، "القاعدة التي تضم جنوداً أمريكيين"، "المطار الذي تتمركز فيه قوات أمريكية"): the owners of the
# place an attack hits, never its doers
_HOSTED = re.compile(
    r"(?:^|\s)(?:التي|الذي|التى)\s+(?:تستضيف|يستضيف|تضم|يضم|تؤوي|يؤوي|تحتضن|يحتضن|"
    r"(?:تتمركز|يتمركز|تنتشر|ينتشر|تتواجد|يتواجد|توجد|يوجد)\s+(?:فيها|فيه|بها|به))\s+"
    r"(?:(?:ال)?(?:قوات|جنود|جنودا|جنوداً|عناصر|مستشارين|مستشارون|عسكريين|عسكريون)\s+(?:من\s+|تابعة\s+ل|لل?)?)?$")


def _hosted(ctx: SentenceContext, span: Span) -> bool:
    """The mention is the force a base, an airport or a position hosts, in the relative clause that describes that
    place (:data:`_HOSTED`): the side the place's attack hits."""
    return _HOSTED.search(ctx.nt.original, max(ctx.sentence.start, span.start - 60), span.start) is not None


def _suffers_after(ctx: SentenceContext, span: Span) -> bool:
    """The mention is the subject right before "تعرّض" and the act it suffered ("إن دورية من الأمن الداخلي تعرضت لإطلاق
    نار"; not the present of showing, "المقاومة تعرض مشاهد")."""
    j = ctx.tok(max(span.start, span.end - 1)) + 1
    return j + 1 < len(ctx.token_values) and ctx.token_spans[j + 1].start < ctx.sentence.end \
        and strip_conj(ctx.token_values[j]) in _SUFFERED_PAST and ctx.token_values[j + 1].startswith("ل")


_TANWIN_FATH = "\u064b"  # the accusative ending of an indefinite noun ("جندياً")


def _aimed_at(ctx: SentenceContext, m: ActorMention) -> bool:
    """The mention is what an attack word aims at: the act word's accusative object, or an attack verb, "على"/"ضد",
    or a position or vehicle hit ("استهدفت الكتائب قوة …", "هجوم على …", "دورية للشرطة") a word or two before it;
    not a unit "التابعة لـ" a group, which may be the subject ("سيطرت الوحدات التابعة لـ …"), nor the members a
    casualty cue counts ("عناصر من …", "صفوف …": a verbal noun's subject too, "هجوم عناصر من داعش على …")."""
    if m.role != "target":
        return False
    if _accusative_object(ctx, m.span):
        return True  # "قنصت جندياً": the object of the act word
    i = ctx.tok(m.span.start)
    words = role_words()
    return any(_cue(c).kind == "target" and c.end <= m.span.start and i - ctx.tok(c.start) <= 2
               and (c.key in words["verb"] or c.key in _HIT_PREPOSITIONS or _bare(c.key) in words["asset"])
               and ctx.token_values[i - 1] not in words["strike_noun"]  # "استهدف هجوم قوات العشائر": its agent
               for c in ctx.cues)


def _accusative_object(ctx: SentenceContext, span: Span) -> bool:
    """ "كما قنصت جندياً إسرائيلياً": an indefinite noun written in the accusative (its tanwin "ـاً")
    right after the word of an act is that act's object, the side hit, never its subject (a subject after
    its verb is nominative: "قنص جنديٌّ"; an accusative subject needs "إنّ" or a sister before it)."""
    i = ctx.tok(span.start)
    tok = ctx.token_spans[i]
    if _TANWIN_FATH not in ctx.nt.original[max(tok.start, tok.end - 2):tok.end + 1]:  # the mark may trail the token
        return False
    return i > ctx.i0 and _trigger_at(ctx, i - 1) is not None


def _present_object(ctx: SentenceContext, span: Span) -> bool:
    """ "غارة مجهولة تستهدف الميليشيات الإيرانية في البوكمال", "وقصف مجهول يستهدف قسد": a side named right after a
    headline's present verb of an act that follows its own subject (:func:`_present_act`: a weapon, an attack or a
    side before it) is that verb's object, the side hit, not the attacker."""
    i = ctx.tok(span.start)
    if i <= ctx.i0:
        return False
    m = _trigger_at(ctx, i - 1)
    if m is None or "present" not in _trig(m).flags or "casualty" in _trig(m).flags \
            or _trig(m).trigger.event_type not in VIOLENT or ctx.tok(m.end - 1) != i - 1:
        return False
    return _present_act(ctx, m)


def _reply_object(ctx: SentenceContext, span: Span) -> bool:
    """ "ردّت المقاومة على الاستهداف الإسرائيلي لسيارة … بقصف …": the side named in the object of a reply
    verb ("على" after the verb and its subject) is the side the reply strikes, not the reply's agent."""
    i = ctx.tok(span.start)
    s0 = ctx.i0
    vals = ctx.token_values
    on = next((k for k in range(i - 1, max(s0, i - _REPLY_REACH - 1) - 1, -1) if vals[k] in _REPLY_ON), None)
    if on is None or _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[on].end:span.start]):
        return False
    for k in range(on - 1, max(s0, on - _REPLY_SUBJECT_REACH - 1) - 1, -1):
        if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[k].end:ctx.token_spans[on].start]):
            return False
        if vals[k] in _REPLY_VERBS or strip_conj(vals[k]) in _REPLY_VERBS:
            # the reply verb's own subject stands between it and "على" ("ردّت المقاومة على …")
            return any(ctx.token_spans[k].end <= a.start and a.end <= ctx.token_spans[on].start
                       for a, _ in ctx.actors)
    return False


# the start of a war or campaign as the time of the sentence's act ("بعد بدء العدوان الإسرائيلي على غزة", "منذ
# بداية الحرب الإسرائيلية", "منذ العدوان الأميركي"): the side named there is the war's, a background of the act
_WAR_START = frozenset(norm_key(w) for w in ("بدء", "بداية", "بدايه", "انطلاق", "اندلاع"))
_WAR_START_BEFORE = frozenset(norm_key(w) for w in ("منذ", "بعد", "قبل", "مع", "عقب", "إثر", "من"))
_WAR_NOUNS = frozenset(norm_key(w) for w in ("العدوان", "الحرب", "الحملة", "الاحتلال"))
_QUOTE_CHARS = "\"'«»“”()،,:"


def dated_by_war(text: str, start: int, end: int) -> bool:
    """The actor mention at ``start:end`` names the side of a war whose start (or the war itself after "منذ")
    dates an act ("هجمات بدأت بعد بدء العدوان الإسرائيلي على غزة", "منذ الحرب الإسرائيلية"): the war's side,
    never a side of that act."""
    words = [strip_conj(norm_key(w.strip(_QUOTE_CHARS))) for w in text[max(0, start - 40):end].split()]
    first = norm_key(text[start:end].split()[0]) if text[start:end].split() else ""
    if first in _WAR_NOUNS:
        before = words[:-len(text[start:end].split())]  # the mention starts with the war word ("العدوان …")
    else:
        k = len(words) - len(text[start:end].split())
        if k < 1 or words[k - 1] not in _WAR_NOUNS:
            return False
        before = words[:k - 1]  # the war word, then the mention ("الحرب على غزة" has none)
    if not before:
        return False
    if before[-1] in _WAR_START:
        return len(before) >= 2 and before[-2] in _WAR_START_BEFORE
    return before[-1] in _SINCE


_MEANS_STEMS = ("صاروخ", "صواريخ", "قذيف", "قذائف", "مسير", "طائر")  # weapons that hit from afar


def _by_weapon(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "بصاروخ يمني", "بمسيرة إسرائيلية": a weapon noun with a state's adjective (``force_nouns.tsv``) glued to
    the preposition "بـ" of means."""
    tok = ctx.token_spans[i]
    key = norm_key(ctx.nt.original[span.start:span.end])
    return generated_roles().get(key, "") == "" and key.startswith(_MEANS_STEMS) \
        and ctx.nt.original[tok.start:span.start].lstrip("و") == "ب"


# an aside that tells whom a victim served ("قُتل الشاب م. ع، وهو عنصر في "اللواء الثامن"، برصاص …", "، وهو قيادي
# في …", "، وهم عناصر من …"): the force named in it up to the next comma is the victim's side, never the attacker
_MEMBER_ASIDE = re.compile(r"[،,]\s*وه(?:و|ي|م|ما)\s+(?:احد\s+|من\s+)?(?:ال)?(?:عنصر|عناصر|قيادي|قياديين|مقاتل|مقاتلين"
                           r"|ضابط|ضباط|جندي|جنود|عضو|اعضاء|قائد|مسؤول|منتسب|متطوع)(?!\w)[^،,.؛]*$"
                           r"|[،,]\s*وه(?:و|ي|م|ما)\s+(?:احد|احدي|من)\s*$")  # "، وهو أحد عناصر الأمن العام"


# the victims' side told right after them by a source or a finding ("ما أدى إلى مقتل 4 أشخاص، قالت مصادر محلية إنهم
# من عناصر X", "قُتل شابان وأصيب ثالث، تبيّن أنهم من عناصر X", "، وأكد ناشطون أنهم عناصر في X"): a few words after
# the victims, a comma, a short clause, "أنّ" with their pronoun and at most three words before the force
_SAID_IDENTITY = re.compile(r"^[^،,.؛]{0,40}[،,]\s*(?:[^\s،,.؛]+\s+){0,5}?(?:ان|بان)(?:هم|هما|ه|ها)\s+"
                            r"(?:[^\s،,.؛]+\s+){0,3}$")


def _said_identity(ctx: SentenceContext, victims: Span, span: Span) -> bool:
    """The mention names the victims' force in a clause right after them (see _SAID_IDENTITY), with no other
    actor named between them (the pronoun then is theirs, not an attacker's: "بهجوم نفذه مسلحون، يُعتقد أنهم …")."""
    return victims.end <= span.start and span.start - victims.end <= 120 \
        and not any(victims.end <= a.start and a.end <= span.start for a, _ in ctx.actors) \
        and _SAID_IDENTITY.match(ctx.nt.slice_norm(victims.end, span.start)) is not None


def _member_aside(ctx: SentenceContext, span: Span) -> bool:
    """The mention names the force of a victim in an aside about who he is (see _MEMBER_ASIDE)."""
    lo = max(ctx.sentence.start, span.start - 120)
    m = _MEMBER_ASIDE.search(ctx.nt.slice_norm(lo, span.start))
    # not a former member ("، وهو ضابط مدفعية سابق في الجيش البريطاني"): that force is no side of his
    return m is not None and "سابق" not in m.group()


def _role_of(ctx: SentenceContext, span: Span) -> str:
    """Role suggested by the words right before an actor mention ("source": it names whom the
    sentence cites, not a party)."""
    if _accused(ctx, span):
        return "agent"  # "اتهمت X Y بقصف …", "حمّلت X Y مسؤولية …": the accused is the act's agent
    if _is_source(ctx, span) or _reporting_speaker(ctx, span):
        toll = _toll_announcement(ctx, span)
        # a force that announces its own dead through its spokesman is the side hit, not only a source
        if toll is not None and toll[0] == "own":
            return "target"
        # "قال المتحدث باسم الجيش إن قواته قصفت …": the force tells its own men's act
        return "agent" if _own_men_clause(ctx, span) or _spokesman_announces_act(ctx, span) else "source"
    if _performer(ctx, span):
        return "agent"  # "ردّاً على قيام الجماعات المسلحة بإطلاق مسيّرات": the doer of the act told
    if _in_motive(ctx, span) or _after_reply(ctx, ctx.tok(span.start)):
        return "target"
    if _relative_perpetrator(ctx, span):
        return "agent"  # "حمّلت الفصائل واشنطن مسؤولية المجزرة التي ارتكبها الاحتلال": the one who committed it
    if _undertaker(ctx, span):
        return "agent"  # "أقدم عناصر من الفرقة الرابعة على نهب …": the subject of "أقدم" does the act
    stated = _statement_role(ctx, span)
    if stated:
        return stated
    if _downed(ctx, span):
        return "target"
    if _suffers(ctx, span) or _hosted(ctx, span):
        return "target"
    if _accusative_object(ctx, span) or _reply_object(ctx, span) or _present_object(ctx, span):
        return "target"
    if _device_victim(ctx, span):
        return "target"  # "انفجرت عبوة ناسفة بدورية إسرائيلية": the patrol was hit, the device's layer is unnamed
    key = norm_key(ctx.nt.original[span.start:span.end])
    fixed = generated_roles().get(key)
    if fixed:
        return fixed  # "غارة إسرائيلية": the attacker; "القاعدة الأميركية": the target
    if key.split(" ", 1)[0] in asset_nouns() or key.split(" ", 1)[0] in asset_duals():
        return "target"  # a state's position named by its name ("موقع "الوادي" العسكري الإسرائيلي"): the thing hit
    i = ctx.tok(span.start)
    best = ""
    for m in ctx.triggers:
        # the people a casualty word names are its victims ("مقتل عشرات المسلحين")
        if "casualty" in _trig(m).flags and m.end <= span.start and i - ctx.tok(m.start) <= 3 \
                and not _in_name(ctx, m.start, m.end) and not _active_killer(ctx, span, m, i):
            # but a weapon glued to "بـ" is the means that hit them ("أصيبت السفينة بصاروخ يمني",
            # "مقتل جندي بصاروخ إسرائيلي"): its state fired it
            best = "agent" if _by_weapon(ctx, span, i) else "target"
    backed = -1  # end of an ally cue whose force stands a few unit words later
    for c in ctx.cues:
        kind = _cue(c).kind
        if kind not in ("agent", "target", "partner", "ally"):
            continue
        if 0 <= backed <= c.start:
            continue  # "بمساندة عناصر حاجز تابع لـ X": "حاجز" is X's, not a target
        if kind == "partner" and i - ctx.tok(c.start) >= 2 and _simultaneous(ctx, c):
            continue  # "بالتوازي مع تنفيذ المقاومة عمليات …": "at the same time as", no partner of a clash
        if c.end <= span.start and kind == "ally" and i - ctx.tok(c.start) > 2 and _unit_between(ctx, c, i):
            best, backed = kind, c.end
            continue
        if c.end <= span.start and i - ctx.tok(c.start) <= 2:
            best = kind
            if kind == "target" and (_verb_subject(ctx, c, span, i) or _arresting_unit(ctx, c)
                                     or _unit_then_arrest(ctx, c, span)):
                best = "agent"
    if best != "agent" and _agent_unit(ctx, span, i):
        best = "agent"
    if best != "agent" and _arresting_members(ctx, span, i):
        best = "agent"
    if best != "agent" and _fired_from_posts(ctx, span, i):
        best = "agent"
    if best != "agent" and _strike_by(ctx, span, i):
        best = "agent"
    if best != "agent" and _masdar_subject(ctx, span, i):
        best = "agent"
    if best != "agent" and _fire_masdar_subject(ctx, span, i):
        best = "agent"
    if not best and _means_owner(ctx, span, i):
        best = "agent"
    if not best and _owner_of_target(ctx, span, i):
        best = "target"
    if best != "agent" and _relative_agent(ctx, span):
        best = "agent"
    if best != "target" and _relative_victim(ctx, span):
        best = "target"
    if not best and _passive_object(ctx, span, i):
        best = "target"
    if best != "target" and _stationed_at_target(ctx, span):
        best = "target"
    if not best:
        joined = _joined_role(ctx, span)
        best = "ally" if joined == "agent" else "target" if joined == "target" else ""
    return best


# auxiliaries of the impersonal passive ("تمّ قصف …", "جرى استهداف …", "يتم تدمير …")
_PASSIVE_AUX = frozenset(norm_key(w) for w in ("تم", "تمّ", "يتم", "جرى", "يجري"))
_PASSIVE_REACH = 12  # tokens from the act word to a mention it still governs


def _passive_object(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "تمّ قصف قوى ومعدات الألوية 14 و92 للقوات المسلحة الأوكرانية": after an act word in the impersonal passive
    (an auxiliary "تم"/"جرى" right before it), in the same clause, a mention no cue marks is the side hit (the
    passive names no doer; a doer comes with "من قبل"/"بواسطة", agent cues)."""
    lo = ctx.i0
    for m in ctx.triggers:
        if m.end > span.start:
            break
        k = ctx.tok(m.start)
        if k <= lo or i - k > _PASSIVE_REACH or strip_conj(ctx.token_values[k - 1]) not in _PASSIVE_AUX:
            continue
        t = _trig(m)
        if "casualty" in t.flags or t.trigger.event_type not in VIOLENT:
            continue
        if not _CLAUSE_BREAK.search(ctx.nt.original[m.end:span.start]):
            return True
    return False


def _joined_role(ctx: SentenceContext, span: Span) -> str:
    """ "استهدفت كتائب القسام وسرايا القدس آليات …", "أعلنت X وY قصف …": a mention joined by a bare "و" to
    the mention right before it, which is the act's agent, acts with it (an associate of the initiator: "agent"),
    never the side it hits.  Sides of a fight are joined after "بين" or a verb of clashing, whose first
    side is no agent by these cues.  Joined to the side hit ("هاجموا نقاطاً للجيش السوري والقوات الرديفة"), it was
    hit with it ("target").  "" when the mention is not so joined or the one before has no role."""
    prev = None
    for s, _ in ctx.actors:
        if s.end <= span.start and (prev is None or s.end > prev.end):
            prev = s
    if prev is None or ctx.nt.original[prev.end:span.start].strip() != "و":
        return ""
    role = _role_of(ctx, prev)
    return role if role in ("agent", "target") else ""


_MOTIVE_REACH = 6  # tokens after a phrase of motive within which the actor of the act it is about is named
_CLAUSE_BREAK = re.compile(r"[،,.:؛]")


@lru_cache(maxsize=16)  # (six kinds are asked in turn: four would drop and rebuild them)
def _role_phrases(kind: str) -> dict[str, list[tuple[str, ...]]]:
    """The phrases of ``roles.tsv`` of ``kind`` ("motive", "presence") as token tuples, by their first token."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for w in role_words()[kind]:
        toks = tuple(w.split())
        out.setdefault(toks[0], []).append(toks)
    return out


_PRESENCE_REACH = 4  # tokens between the phrase of presence and the side it names ("تحليق مكثف ومستمر للطائرات")


def _after_phrase(ctx: SentenceContext, span: Span, kind: str, reach: int) -> bool:
    """The mention stands at most ``reach`` tokens after a ``roles.tsv`` phrase of ``kind``, in the same clause."""
    return _phrase_end_before(ctx, span, kind, reach) is not None


def _phrase_end_before(ctx: SentenceContext, span: Span, kind: str, reach: int) -> int | None:
    """The end (a text offset) of the nearest ``roles.tsv`` phrase of ``kind`` at most ``reach`` tokens before the
    mention, in the same clause; None without one."""
    i = ctx.tok(span.start)
    lo = max(ctx.i0, i - reach - 3)
    phrases = _role_phrases(kind)
    vals = ctx.token_values
    for k in range(i - 1, lo - 1, -1):
        for p in phrases.get(vals[k], ()):
            end = k + len(p)
            if end <= i and tuple(vals[k:end]) == p and i - end <= reach \
                    and not _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[end - 1].end:span.start]):
                return ctx.token_spans[end - 1].end
    return None


def _only_present(ctx: SentenceContext, span: Span) -> bool:
    """ "… وسط تحليق لطائرات الاحتلال الحربية", "… مع تحليق لطيران التحالف في سماء المنطقة": the mention names
    a side whose aircraft or forces are only there while the act happens (a few words after a phrase of
    presence, ``roles.tsv``, in the same clause), not the side that acts."""
    return _after_phrase(ctx, span, "presence", _PRESENCE_REACH)


def _stationed_at_target(ctx: SentenceContext, span: Span) -> bool:
    """ "استهدف هجوم صاروخي قاعدة حقل العمر التي تتمركز فيها قوات التحالف": the mention stands right after a phrase
    (``roles.tsv``, "stationed") that names who is based at the post or place the act hit: the side hit."""
    end = _phrase_end_before(ctx, span, "stationed", 1)
    if end is None:
        return False
    # (not the post the act was launched from: "من المواقع التي تتمركز فيها قوات X")
    k = ctx.tok(end - 1)
    lo = ctx.i0
    launched_from = role_words()["launched_from"]  # "من", "انطلاقاً من": the post as where fire came from
    return not any(v in launched_from for v in ctx.token_values[max(lo, k - 5):k])


_BACKED_REACH = 4  # tokens between a phrase of support and the side it backs ("دعماً لشعبنا الصامد ولمقاومته")


def _backed_side(ctx: SentenceContext, span: Span) -> bool:
    """ "… دعماً للشعب والمقاومة في قطاع غزة", "… الداعم للمقاومة الفلسطينية": the mention names the side the act
    is waged in support of (a few words after a phrase of support, ``roles.tsv``, in the same clause), neither
    its doer nor the side it hits."""
    end = _phrase_end_before(ctx, span, "supported", _BACKED_REACH)
    if end is None:
        return False
    opposed = role_words()["opposed"]  # "دعماً لغزة ورفضاً للعدوان الإسرائيلي": the side opposed, not backed
    return not any(v in opposed for v in ctx.token_values[ctx.tok(end - 1) + 1:ctx.tok(span.start)])


# (session 43, ac31) a group named as another's offshoot ("وحدات … التي تتهمها أنقرة بأنها امتداد لحزب العمال",
# "ذراعاً عسكرياً لـ", "واجهة لـ", "فرع للتنظيم"): a description of the first group, no side of its own
_KIN_GROUP_BEFORE = re.compile(r"(?<!\S)(?:امتداد|امتدادا|امتداداً|ذراع|ذراعا|ذراعاً|واجهة|واجهه|فرع|فرعا|فرعاً)"
                               r"(?:\s+(?:ال)?(?:عسكري|عسكرياً|عسكريا|سياسي|سياسياً|سياسيا))?\s*(?:ل|لـ|ل\s)\s*[\"«“]?$")


def _kin_group(ctx: SentenceContext, span: Span) -> bool:
    """The mention names the group another one is told to be an offshoot of (:data:`_KIN_GROUP_BEFORE`)."""
    return bool(_KIN_GROUP_BEFORE.search(ctx.nt.original[max(0, span.start - 30):span.start]))


_AFTERMATH_BEFORE = 4  # tokens between a phrase of aftermath and the side after it ("فرضت الشرطة المدنية طوقاً أمنياً")
_AFTERMATH_AFTER = 3  # tokens between a side and the phrase of aftermath after it ("عناصر من الأمن الداخلي طوّقوا …")


def _at_aftermath(ctx: SentenceContext, span: Span) -> bool:
    """ "فرضت الشرطة المدنية طوقاً أمنياً حول موقع الانفجار", "أسعفت فرق الدفاع المدني …", "عناصر من الأمن الداخلي
    طوّقوا موقع الانفجار": the mention names a side that comes to the scene after the act (cordons it off, carries
    the wounded away, opens an inquiry: a phrase of aftermath, ``roles.tsv``, a few words before or after it in the
    same clause), a bystander, no side of the act."""
    i, j = ctx.tok(span.start), ctx.tok(max(span.start, span.end - 1))
    first, last = ctx.i0, len(ctx.token_values)
    phrases = _role_phrases("aftermath")
    vals, text = ctx.token_values, ctx.nt.original
    for k in range(max(first, i - _AFTERMATH_BEFORE - 2), min(last, j + _AFTERMATH_AFTER + 1)):
        if ctx.token_spans[k].start >= ctx.sentence.end or i <= k <= j:
            continue
        for p in phrases.get(strip_conj(vals[k]), ()):
            end = k + len(p)
            if end > last or k < i < end or tuple([strip_conj(vals[k]), *vals[k + 1:end]]) != p:
                continue
            a, b = (ctx.token_spans[end - 1].end, span.start) if end <= i else (span.end, ctx.token_spans[k].start)
            near = i - end <= _AFTERMATH_BEFORE if end <= i else k - j <= _AFTERMATH_AFTER
            if near and not _CLAUSE_BREAK.search(text[a:b]):
                return True
    return False


# "قبل سقوط النظام", "منذ إسقاط نظام الأسد", "بعد انهيار النظام": the regime named as the era that ended, no side
_FALL_WORDS = frozenset(norm_key(w) for w in ("سقوط", "إسقاط", "انهيار", "زوال", "هروب", "فرار", "رحيل"))
_REGIME_WORDS = frozenset(norm_key(w) for w in ("النظام", "نظام", "حكم", "الحكم"))  # not "إسقاط مسيرات يمنية"


def _fallen_regime(ctx: SentenceContext, span: Span, entry: ActorEntry) -> bool:
    """The state mention stands right after a word of the fall of a regime ("قبل سقوط النظام", "منذ سقوط نظام
    الأسد"): the era it names dates the matter, the regime is no side of the act."""
    i = ctx.tok(span.start)
    tok = ctx.token_spans[i]
    return entry.inter == 1 and i > ctx.i0 and tok.start == span.start \
        and ctx.token_values[i] in _REGIME_WORDS and strip_conj(ctx.token_values[i - 1]) in _FALL_WORDS


# session 36 (ac18): a site or store of arms (normalised) then, within a few words, a word of belonging or use ("مواقع
# عسكرية كانت تتبع لـ", "مستودعات تابعة لـ", "كانت تستخدمها") or the bare "لـ" of its owner ("مواقع لقوات …")
_SITE_OF_BEFORE = re.compile(
    r"(?<!\S)[وبل]?(?:ال)?(?:موقع|مواقع|مستودع|مستودعات|مخزن|مخازن|ثكنه|ثكنات|قاعده|قواعد|مطار|مقر|مقرات|منشاه|منشات"
    r"|مرابض|معسكر|معسكرات|كتيبه|فوج|مربض)(?:\s+\S+){0,3}?\s*(?:(?:التي\s+)?(?:كانت|كان)\s+)?"
    r"(?:(?:ال)?تابعه|(?:ال)?تابع|تتبع|يتبع|تستخدمها|يستخدمها|تشغلها|يشغلها)?\s*ل?$")
# the adjectives of a fallen regime ("النظام البائد", "جيش النظام السابق", "قوات النظام المخلوع"), and the words of its
# armed remnants, which are a side of their own ("فلول النظام البائد", "خلايا النظام السابق")
_FALLEN_ADJ = re.compile(r"(?<!\S)(?:ال)?(?:بائد|سابق|مخلوع|منحل|ساقط)(?!\S)")
_REMNANT_WORD = re.compile(r"(?:فلول|بقايا|خلايا|خليه|مجموع|عناصر|مسلح|ميليشي|مليشي)")
_FALLEN_OWNER_REACH = 60  # characters before the mention looked at for the site


def _fallen_owner(ctx: SentenceContext, span: Span) -> bool:
    """The mention names a fallen regime's army ("جيش النظام البائد", "قوات النظام المخلوع"), not its armed remnants,
    as the owner or user of the sites or stores an act hit ("غارات على مواقع عسكرية كانت تتبع لجيش النظام البائد"):
    the sites were the old army's; the army is no side of the act (ACLED leaves the side empty, or names the new
    state's forces that hold them)."""
    words = norm_key(ctx.nt.original[span.start:span.end])
    if not _FALLEN_ADJ.search(words) or _REMNANT_WORD.search(words):
        return False
    before = norm_key(ctx.nt.original[max(ctx.sentence.start, span.start - _FALLEN_OWNER_REACH):span.start])
    return _SITE_OF_BEFORE.search(before.rstrip(" \"'«»“”")) is not None


# the nouns of control a zone is named by ("لسيطرة", "نفوذ") and the words that make the phrase describe where the act
# took place ("الخاضعة لسيطرة …", "الواقعة تحت سيطرة …", "في مناطق سيطرة …"), not an object the act hit
_CONTROL_NOUNS = frozenset(norm_key(w) for w in ("سيطرة", "السيطرة", "نفوذ", "النفوذ"))
_ZONE_DESCRIBED = frozenset(norm_key(w) for w in (
    "الخاضعة", "الخاضع", "خاضعة", "خاضع", "الخاضعتين", "تحت", "الواقعة", "الواقع"))
_ZONE_NOUNS = frozenset(norm_key(w) for w in ("مناطق", "منطقة", "المناطق", "المنطقة"))
_ZONE_PREPS = frozenset(norm_key(w) for w in ("في", "ضمن", "داخل"))
_ZONE_REACH = 2  # tokens between the noun of control and the mention ("لسيطرة ميليشيا "قسد"")


def _zone_holder(ctx: SentenceContext, span: Span) -> bool:
    """:func:`names_zone_holder` for a mention of the sentence."""
    return names_zone_holder(ctx.nt.original, span.start, ctx.sentence.start)


_ZONE_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")


def names_zone_holder(text: str, start: int, lo: int = 0) -> bool:
    """The mention at ``start`` names the side that holds the zone where the act happened ("في البلدة الواقعة ضمن
    المنطقة الخاضعة لسيطرة قسد", "في مناطق سيطرة الفصائل"): a noun of control stands right before it (a force word
    or a quotation mark may come between), after a word that describes a place by who holds it or a zone noun after
    a preposition of place; it places the act, the ruler is no side of it.  ``lo``: the sentence's start."""
    words = [norm_key(w) for w in _ZONE_WORD.findall(text[max(lo, start - 80):start])]
    words = [strip_conj(w) for w in words if w]
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _ZONE_REACH), -1):
        v = words[k]
        if v[:1] in ("ل", "ب") and v[1:] in _CONTROL_NOUNS:
            v = v[1:]
        if v not in _CONTROL_NOUNS:
            continue
        if k < 1:
            return False
        before = words[k - 1]
        return before in _ZONE_DESCRIBED or (before in _ZONE_NOUNS and k >= 2 and words[k - 2] in _ZONE_PREPS)
    return False


def names_fallen_regime(text: str, start: int, end: int) -> bool:
    """The mention at ``start:end`` opens on a word of the regime right after a word of its fall ("منذ سقوط
    النظام البائد", "بعد انهيار النظام"): the era that dates a matter (:func:`_fallen_regime` on raw text),
    never a side of an act told next to it."""
    words = [strip_conj(norm_key(w.strip(_QUOTE_CHARS))) for w in text[max(0, start - 30):start].split()]
    first = text[start:end].split()
    return bool(words and first) and norm_key(first[0]) in _REGIME_WORDS and words[-1] in _FALL_WORDS


_LEADER_REACH = 6  # tokens from a phrase of leading to the leader's force ("يقودها شخص معروف بارتباطه السابق بالأمن")
# a word of "former" right before the force the leader served ("السابق بالأمن العسكري", "سابق في الفرقة الرابعة")
_FORMERLY = re.compile(r"(?<!\w)(?:ال)?(?:سابق|سابقا|سابقاً|سابقة|منشق|المنشق)\s+(?:\w+\s+)?[بل]?$")


def _leader_of_group(ctx: SentenceContext, span: Span, entry: ActorEntry) -> bool:
    """ "برصاص مجموعة يقودها ضابط سابق في الفرقة الرابعة", "مجموعة يتزعمها شخص معروف بارتباطه السابق بالأمن
    العسكري": the mention stands a few words after a phrase of leading (``roles.tsv``, "leader"), in the same clause:
    a person word there is the group's leader, not someone the act hit, and a force he once served (a word of
    "former" between) is no side of the act either."""
    end = _phrase_end_before(ctx, span, "leader", _LEADER_REACH)
    if end is None:
        return False
    return entry.inter == 7 or _FORMERLY.search(ctx.nt.original[end:span.start]) is not None


def _in_motive(ctx: SentenceContext, span: Span) -> bool:
    """ "نصرة لغزة التي تواجه العدوان الإسرائيلي", "لحين توقف القصف الإسرائيلي": the mention names who did
    the act that the sentence's act is waged over (a few words after a phrase of motive, ``roles.tsv``, in
    the same clause): the side the act hits, never its initiator."""
    return _after_phrase(ctx, span, "motive", _MOTIVE_REACH)


def _in_name(ctx: SentenceContext, start: int, end: int | None = None) -> bool:
    """The word at ``start`` (ending at ``end``, when given, inside the name too) is a word of an actor's name
    ("شهداء" in "كتائب شهداء الأقصى", "الشهيد" in "كتائب الشهيد أبو علي مصطفى"): no casualty, no act."""
    return any(s.start <= start < s.end and (end is None or end <= s.end) for s, _ in ctx.actors)


# the heads of a place or building named after the dead ("مستشفى شهداء الأقصى", "دوار الشهداء", "مقبرة الشهداء",
# "مسجد الشهداء"): the casualty word after one is a word of the name, no one killed
# (the head in the construct state, without the article: "المخيم، استشهد …" is no name)
_NAMED_PLACE_HEADS = frozenset(norm_key(p + w) for p in ("", "و", "ل", "ب", "ف")
                               for w in ("مستشفى", "مقبرة", "دوار", "ميدان", "ساحة", "شارع", "مسجد", "جامع",
                                         "مدرسة", "مخيم", "جسر", "روضة", "نصب"))


def _in_place_name(ctx: SentenceContext, start: int) -> bool:
    """The casualty word at ``start`` follows the head of a place named after the dead (:data:`_NAMED_PLACE_HEADS`),
    with or without a quotation mark between them ("مستشفى \"شهداء الأقصى\""): a word of the place's name."""
    i = ctx.tok(start)
    if i <= ctx.i0 or ctx.token_values[i - 1] not in _NAMED_PLACE_HEADS:
        return False
    gap = ctx.nt.original[ctx.token_spans[i - 1].end:ctx.token_spans[i].start]
    return not gap.strip(" \"«“'")


def _casualty_victim(ctx: SentenceContext, span: Span) -> bool:
    """ "مقتل جنديين أميركيين", "استشهاد ستة عناصر من القوات الرديفة": the mention names the people a
    casualty word (noun or verb) right before it counts: up to three words between them, or more when
    they are all numbers, member words ("عناصر", "جنود") and "من"."""
    i = ctx.tok(span.start)
    members = role_words()["member"] | _OTHERS
    # an active killing verb right before the mention takes it as subject ("قتل مسلحون مجهولون مدنيين");
    # with a count or a member word between them the verb is a passive ("قتل ثلاثة جنود", "قتل عنصر من …")
    hits = [m for m in ctx.triggers if "casualty" in _trig(m).flags and m.end <= span.start
            and not _in_name(ctx, m.start, m.end)
            and (strip_conj(norm_key(ctx.nt.original[m.start:m.end])) not in _KILL_VERBS
                 or _DAMMA in ctx.nt.original[m.start:m.end] or i > ctx.tok(m.end - 1) + 1)
            # (nor with a unit of the group between them and the people killed after it: "قتلت خلية لتنظيم داعش
            # راعيين")
            and not (i > ctx.tok(m.end - 1) + 1 and _active_killer(ctx, span, m, i))]
    # words of the casualty phrases and of the other actor mentions ("من القوات الرديفة للجيش السوري")
    covered = {k for m in hits for k in range(ctx.tok(m.start), ctx.tok(m.end - 1) + 1)}
    covered |= {k for s, _ in ctx.actors if s.end <= span.start
                for k in range(ctx.tok(s.start), ctx.tok(s.end - 1) + 1)}
    c = _count_start(ctx, i)
    for m in hits:
        k = ctx.tok(m.end - 1) + 1
        # the toll's people and the word that opens a part of it stand between too ("قُتل خمسة أشخاص، بينهم
        # عنصر من الأمن العام": the force of some of the dead, not the attacker)
        if i - k <= 2 or (i - k <= 8 and all(v in members or v == "من" or _is_number(v) or j in covered
                                             or parse_number_words([v]) is not None or v in _PART_WORDS
                                             or v in _VICTIM_NOUNS or (v == "في" and ctx.token_values[j - 1] in members)
                                             for j, v in enumerate(ctx.token_values[k:i], k))):
            return True
        if 0 <= c - k <= 2:
            return True  # "قتل انتحاري أكثر من 80 عنصر شرطة", "وقُتل ما لا يقل عن 15 جندياً": the count's people
    return (c >= 0 and _dies_after(ctx, span)) or _found_killed(ctx, span)


_FOUND_KILLED_KEYS = frozenset(norm_key(w) for w in ("مقتول", "مقتولة"))
_FOUND_KILLED_REACH = 3  # tokens from the mention to the adjective ("عنصر في الأمن العام مقتولاً")


def _found_killed(ctx: SentenceContext, span: Span) -> bool:
    """ "عُثر على عنصر في الأمن العام مقتولاً": the adjective "killed" right after the mention names it the one
    found dead, the victim (no killer is told)."""
    k = ctx.tok(span.end - 1)
    return any(_trig(m).trigger.key in _FOUND_KILLED_KEYS and 0 < ctx.tok(m.start) - k <= _FOUND_KILLED_REACH
               for m in ctx.triggers if m.start >= span.end)


# words of an approximate count before its number ("أكثر من 80", "ما لا يقل عن 15", "نحو 560", "قرابة 20")
_ABOUT = frozenset(norm_key(w) for w in ("أكثر", "اكثر", "أقل", "من", "ما", "لا", "يقل", "عن", "نحو", "بنحو", "حوالي",
                                         "حوالى", "قرابة", "زهاء", "قرابه"))


def _count_start(ctx: SentenceContext, i: int) -> int:
    """The first token of the count right before the mention at token ``i`` ("أكثر من 80 عنصر شرطة", "ما لا يقل
    عن 15 جندياً", "نحو 560 عسكرياً": a number, member words after it, approximation words before it); -1 when no
    number stands right before the mention."""
    members = role_words()["member"]
    lo = ctx.i0
    j = i - 1
    while j >= lo and ctx.token_values[j] in members:
        j -= 1
    if j > lo and ctx.token_values[j] == "من" and _is_number(ctx.token_values[j - 1]):
        j -= 1  # "3 من أفراد الخدمة الأميركيين": a count of a part
    if j < lo or not (_is_number(ctx.token_values[j]) or parse_number_words([ctx.token_values[j]]) is not None):
        return -1
    while j - 1 >= lo and strip_conj(ctx.token_values[j - 1]) in _ABOUT:
        j -= 1  # "ونحو 50 جندياً" in a list of counts, too
    return j


def _dies_after(ctx: SentenceContext, span: Span) -> bool:
    """ "وأضافت أن 25 جندياً أوكرانياً قتلوا في …": a casualty verb within two words after the (counted) mention
    (its nationality adjective between) and no actor named right after the verb: the count's people died."""
    k = ctx.tok(span.end - 1) + 1
    last = ctx.i1
    for m in ctx.triggers:
        if m.start < span.end or "casualty" not in _trig(m).flags or "verb" not in _trig(m).flags:
            continue
        if ctx.tok(m.start) - k > 1:
            break
        after = ctx.tok(m.end - 1) + 1
        nxt = ctx.token_spans[min(after + 2, last)].end
        return not any(m.end <= s.start < nxt for s, _ in ctx.actors)
    return False


# casualty verbs whose active reading takes the killer as subject ("قتل مسلحون مدنيين"; "قُتل" with its
# damma is passive)
_KILL_VERBS = frozenset(norm_key(w) for w in ("قتل", "قتلت", "قتلوا", "أصاب", "أصابت", "أصابوا"))
_OTHERS = frozenset(norm_key(w) for w in ("آخرين", "آخرون", "آخر", "جرح", "وجرح", "إصابة", "وإصابة", "جريح", "جرحى"))


# a unit of an armed group named between the killing verb and the group ("قتلت خلية لتنظيم داعش راعيين", "قتلت
# مجموعة تابعة للتنظيم شاباً"): the unit is the verb's subject, its group the killer (not members or gunmen: "قتل
# عناصر من التنظيم" is the passive, the members the dead)
_KILLER_UNITS = frozenset(norm_key(w) for w in ("خلية", "خلايا", "مجموعة", "مجموعات", "عصابة", "عصابات"))
# the words that tie the unit to its group, when the group's own word carries no "ل"
_KILLER_LINKS = frozenset(norm_key(w) for w in ("تابعة", "تتبع", "من"))


def _time_at(ctx: SentenceContext, k: int) -> Span | None:
    """The time expression of the sentence that starts at token ``k``, if any (a time passed over between a verb,
    its subject and its object)."""
    return next((t for t in ctx.times if ctx.tok(t.start) == k), None)


def _killer_at(ctx: SentenceContext, v: int, i: int) -> bool:
    """The mention at token ``i`` stands where the subject of the verb at token ``v`` is named: right after it, or
    after a unit word of :data:`_KILLER_UNITS` of it (with a link word of :data:`_KILLER_LINKS`, or "ل" on the
    mention's first word); a time right after the verb is passed over ("قتل أمس مسلحون مجهولون شاباً")."""
    when = _time_at(ctx, v + 1)
    if when is not None and i > v + 1:
        v = ctx.tok(when.end - 1)
    if i == v + 1:
        return True
    vals = ctx.token_values
    if i not in (v + 2, v + 3) or strip_conj(vals[v + 1]) not in _KILLER_UNITS:
        return False
    if i == v + 3:
        return vals[v + 2] in _KILLER_LINKS
    return vals[i].startswith("ل")


def _active_killer(ctx: SentenceContext, span: Span, m: Match, i: int) -> bool:
    """ "قتل مسلحون مجهولون الصيدلاني …", "قتلت مجموعة مسلحة شاباً …": an active killing verb (no damma) right
    before an armed group (or a unit of it, :func:`_killer_at`) that another mention follows as the verb's object
    (the people killed): the group is the killer, not the killed (with no object after it, "قتل مسلحون" stays the
    passive "قُتل")."""
    if strip_conj(norm_key(ctx.nt.original[m.start:m.end])) not in _KILL_VERBS \
            or _DAMMA in ctx.nt.original[m.start:m.end] or not _killer_at(ctx, ctx.tok(m.end - 1), i):
        return False
    own = next((e for s, e in ctx.actors if s.start == span.start), None)
    if own is None or own.inter not in (2, 3, 4):
        return False
    return _killers_object(ctx, span) is not None


def _killers_object(ctx: SentenceContext, span: Span) -> int | None:
    """The people killed named right after the killers ``span`` of an active killing verb, as the count their own
    noun gives (:func:`_count_noun`: one for a singular, two for a dual, with the kin joined to it: "قتل مسلحون
    شاباً", "قتلت مجموعة مسلحة راعيين"), 0 where a number counts them or a civilian mention names them ("قتل مسلحون
    مجهولون خمسة شبان", "… الصيدلاني"), None where no such object follows (then "قتل مسلحون" is the passive
    "قُتل").  Session 21 (gm9): a counted object or a singular written in the accusative was read as no object;
    (ak9) a time between the killers and the people killed is passed over ("قتل مسلحون، مساء أمس، شاباً")."""
    k = ctx.tok(span.end - 1) + 1
    last = ctx.i1
    when = _time_at(ctx, k) if k <= last else None
    if when is not None:  # (a time between the killers and their object, set off by commas or not: "قتل مسلحون
        k = ctx.tok(when.end - 1) + 1  # مجهولون أمس شاباً", "…، مساء الاثنين، شابين")
    if k > last or _bare_break(ctx, span.end, ctx.token_spans[k].end):
        return None
    counted = next((n for n in ctx.numbers if ctx.tok(n.start) == k), None)
    if counted is not None:
        k = ctx.tok(counted.end - 1) + 1
        if k > last or _CLAUSE_BREAK.search(ctx.nt.original[counted.end:ctx.token_spans[k].end]):
            return None
    civilians = any(e.inter == 7 and ctx.tok(s.start) == k for s, e in ctx.actors)
    hit = _count_noun(ctx.token_values[k])
    if counted is not None:  # (a count right after the subject is no passive's: "قتلت مجموعة مسلحة ثلاثة عناصر …")
        named = any(ctx.tok(s.start) == k for s, _e in ctx.actors) or _bare(strip_conj(ctx.token_values[k])) in \
            role_words()["member"]
        return 0 if civilians or named or (hit is not None and hit[0] == "person") else None
    if hit is not None and hit[0] == "person" and (hit[1] == 2 or _TANWIN_FATH in ctx.nt.original[
            ctx.token_spans[k].start:ctx.token_spans[k].end + 1] or strip_conj(ctx.token_values[k]).startswith("ال")):
        # "شاباً", "راعيين", "الصيدلاني سامر": no nominative subject after its verb (session 21, nm9: a singular
        # with the article after the killers is their one victim, not a second subject)
        return hit[1] + _kin_after(ctx, k + 1)
    return 0 if civilians else None


def _object_killed(ctx: SentenceContext, a: int) -> int:
    """The count of the people an active killing verb at token ``a`` kills (:func:`_killers_object`) after an armed
    group named right after it ("قتل مسلحون مجهولون شاباً": one; the unnumbered default of three is no reading of
    a singular victim); 0 when no such object counts them."""
    tok = ctx.token_spans[a]
    if strip_conj(ctx.token_values[a]) not in _KILL_VERBS or _DAMMA in ctx.nt.original[tok.start:tok.end]:
        return 0
    group = next((s for s, e in ctx.actors if _killer_at(ctx, a, ctx.tok(s.start)) and e.inter in (2, 3, 4)), None)
    return (_killers_object(ctx, group) or 0) if group is not None else 0


def _arresting_unit(ctx: SentenceContext, c: Match) -> bool:
    """ "اعتقلت دورية تابعة لـ X": a unit word (a patrol, a checkpoint, a force) right after an arrest
    verb is the verb's subject, so its owner X made the arrest; after a verb of attack the same word is
    as often the thing hit ("استهدفت دورية لـ X"), so only arrests read it this way."""
    if c.key not in role_words()["asset"]:
        return False
    k = ctx.tok(c.start)
    # the men of the unit may stand between ("اعتقل عناصر حاجز تابع لـ X", "اعتقل عناصر من حاجز لـ X": the
    # checkpoint's men)
    verb_at = _before_members(ctx, k, -1)
    return any(_trig(m).trigger.sub_event_type == "Arrests" and "verb" in _trig(m).flags and m.end <= c.start
               and ctx.tok(m.end - 1) == verb_at for m in ctx.triggers)


_OF = frozenset(norm_key(w) for w in ("من",))
# (a tuple, not a set: the module's word sets are the rules' words, :func:`_rule_words`)
_PLUPERFECT_QAD = ("قد", "وقد")  # (normalised; a tuple: no word of _rule_words)


def _unit_then_arrest(ctx: SentenceContext, c: Match, span: Span) -> bool:
    """ "دورية تابعة لفرع الأمن العسكري اعتقلت ثلاثة شبان", "وكانت دورية للأمن العام قد اعتقلت …": a unit word
    (a patrol, a checkpoint) that X owns, told before an active arrest verb that follows X's name (with "قد" of the
    pluperfect between or not), is the verb's subject: X made the arrest.  Not where an act word stands right
    before the unit (its object: "استهدفت دورية للأمن العام"), nor where an arrest is told before it."""
    if c.key not in role_words()["asset"]:
        return False
    lo, last = ctx.i0, ctx.i1
    u = ctx.tok(c.start)
    if u - 1 >= lo:
        before = ctx.token_spans[u - 1]
        if any(m.start < before.end and before.start < m.end for m in ctx.triggers):
            return False
    if any(m.end <= c.start and _trig(m).trigger.sub_event_type == "Arrests" for m in ctx.triggers):
        return False
    k = ctx.tok(span.end - 1) + 1
    if k <= last and ctx.token_values[k] in _PLUPERFECT_QAD:
        k += 1
    if k > last:
        return False
    verb = ctx.token_spans[k]
    return _DAMMA not in ctx.nt.original[verb.start:verb.end] and _arrest_verb_at(ctx, verb)


def _before_members(ctx: SentenceContext, i: int, lo: int) -> int:
    """The token right before the men of a force (roles.tsv ``member``), bare or with "من", that stand before token
    ``i`` ("عناصر من X", "أفراد X"; none before token ``lo``); ``i - 1`` when no such words stand there."""
    vals, member = ctx.token_values, role_words()["member"]
    if i - 2 > lo and vals[i - 1] in _OF and strip_conj(vals[i - 2]) in member:
        return i - 3
    if i - 1 > lo and strip_conj(vals[i - 1]) in member:
        return i - 2
    return i - 1


def _mob_subject(ctx: SentenceContext, span: Span) -> bool:
    """ "اعتدى أهالي البلدة بالضرب على شاب", "اعتدى عشرات من أهالي المدينة على …": the townspeople (roles.tsv
    ``crowd``), bare or counted before "من" (``crowd_count``), right after an active verb of attack (a trigger of an
    attack on civilians, not a casualty word) are its subject: a mob that beat someone, not the victims.  So are
    young men (``crowd_youth``: "اعتدى عشرات الشبان على رجل") after a verb of beating, townspeople or young men
    counted with no "من" ("عشرات الأهالي") after one, and either after a verb of setting upon someone
    (``mob_onset``: "انهال عليه عشرات الأهالي بالضرب") with the beating or attack told after them."""
    i = ctx.tok(span.start)
    lo = ctx.i0
    words = role_words()
    first = strip_conj(norm_key(ctx.nt.original[span.start:span.end]).split(" ", 1)[0])
    townsfolk = first in words["crowd"]
    if not townsfolk and first not in words["crowd_youth"]:
        return False
    if _crowd_then_onset(ctx, span):
        return True
    k = i - 1
    bare_count = False
    if k - 1 > lo and ctx.token_values[k] in _OF and strip_conj(ctx.token_values[k - 1]) in words["crowd_count"]:
        k -= 2
    elif k > lo and strip_conj(ctx.token_values[k]) in words["crowd_count"]:
        k -= 1  # "انهال عشرات الأهالي …": counted with no "من"
        bare_count = True
    if k < lo or _DAMMA in ctx.nt.original[ctx.token_spans[k].start:ctx.token_spans[k].end]:
        return False
    at = ctx.token_spans[k]
    verbs = [_trig(m) for m in ctx.triggers if m.start >= at.start and m.end <= at.end and "verb" in _trig(m).flags
             and "casualty" not in _trig(m).flags and _trig(m).trigger.sub_event_type == "Attack"]
    if townsfolk and not bare_count and verbs:
        return True
    if any(t.trigger.plover_mode == _BEAT for t in verbs):
        return True
    if strip_conj(ctx.token_values[k]) in _GATHERED and _gathered_then_onset(ctx, span):
        return True
    if k > lo and ctx.token_values[k] in _UPON:
        k -= 1  # "انهال عليه الأهالي": the one set upon between the verb and the crowd
    if strip_conj(ctx.token_values[k]) not in words["mob_onset"]:
        return False
    end = ctx.tok(span.end - 1)
    return any(end < ctx.tok(m.start) <= end + _ONSET_REACH and _trig(m).trigger.sub_event_type in _CROWD_ACTS
               and "casualty" not in _trig(m).flags for m in ctx.triggers)


# verbs of a crowd gathering round someone ("تجمّع عدد من الأهالي حول شاب", "تجمهر المارة"), normalised
_GATHERED = frozenset(norm_key(w) for w in ("تجمع", "تجمعوا", "تجمعت", "تجمهر", "تجمهروا", "تجمهرت", "احتشد",
                                            "احتشدوا", "التف", "التفوا"))


def _gathered_then_onset(ctx: SentenceContext, span: Span) -> bool:
    """ "تجمّع عدد من الأهالي حول شاب اتُّهم بالسرقة، وانهالوا عليه بالضرب": the crowd that gathered (the subject of
    :data:`_GATHERED` right before it) then set upon someone, a plural verb of setting upon (roles.tsv ``mob_onset``)
    after it with the beating or attack told after that verb: a mob, not a gathering of protest."""
    end = ctx.tok(span.end - 1)
    last = min(ctx.i1, end + _ONSET_REACH)
    onset = next((i for i in range(end + 1, last + 1)
                  if strip_conj(ctx.token_values[i]) in role_words()["mob_onset"]
                  and ctx.token_values[i].endswith("وا")), None)
    if onset is None:
        return False
    return any(onset < ctx.tok(m.start) <= onset + 4 and _trig(m).trigger.sub_event_type in _CROWD_ACTS
               and "casualty" not in _trig(m).flags for m in ctx.triggers)


# the pronoun that opens a circumstantial clause on the crowd just named ("عدداً من الشبان وهم ينهالون …")
_WHILE_THEY = frozenset(norm_key(w) for w in ("وهم", "وهن"))


def _crowd_then_onset(ctx: SentenceContext, span: Span) -> bool:
    """ "أظهر مقطع مصور عدداً من الشبان وهم ينهالون بالضرب على رجل": the crowd named first, then a circumstantial clause
    ("وهم" and a present verb of setting upon, roles.tsv ``mob_onset``) whose beating or attack follows: the crowd is
    the mob doing it, as a video's account shows it."""
    end = ctx.tok(span.end - 1)
    last = ctx.i1
    if end + 2 > last or ctx.token_values[end + 1] not in _WHILE_THEY \
            or strip_conj(ctx.token_values[end + 2]) not in role_words()["mob_onset"]:
        return False
    return any(end + 2 < ctx.tok(m.start) <= end + 2 + _ONSET_REACH and _trig(m).trigger.sub_event_type in _CROWD_ACTS
               and "casualty" not in _trig(m).flags for m in ctx.triggers)


_BEAT = "beat"  # the PLOVER mode of a beating ("اعتدى", "بالضرب")
_UPON = frozenset(norm_key(w) for w in ("عليه", "عليها", "عليهم", "عليهما"))
_ONSET_REACH = 25  # tokens from the crowd to the act told after it ("أقدم شبان من أقارب القتيل على مهاجمة … واعتدوا")


def _arresting_members(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "اعتقل عناصر من فرع الأمن العسكري شابين", "أوقفت دورية من الأمن الداخلي …": right after an arrest verb, a
    word of a force's men or units (roles.tsv ``member`` or ``manned``) and "من" before the mention: the men of
    that force are the verb's subject, the force made the arrest (the ones taken follow as its object)."""
    lo = ctx.i0
    if i - 2 < lo or ctx.token_values[i - 1] not in _OF:
        return False
    words = role_words()
    if strip_conj(ctx.token_values[i - 2]) not in words["member"] | words["manned"]:
        return False
    if i - 3 >= lo and (_arrest_verb_at(ctx, ctx.token_spans[i - 3]) or _taking_verb_at(ctx, ctx.token_spans[i - 3])):
        return True
    return _members_then_arrest(ctx, span)


# session 43 (sl30): the one-sided acts of taking whose verb a force's men may follow as its subject, like an arrest's
# ("نهبت عناصر من X محتويات المستشفى", "اختطف عناصر من X تاجرين")
_TAKING = frozenset({"Looting/property destruction", "Abduction/forced disappearance"})


def _taking_verb_at(ctx: SentenceContext, token: Span) -> bool:
    """A past-tense verb trigger of looting or abduction (:data:`_TAKING`), not a passive (its damma), lies within
    ``token``."""
    return _DAMMA not in ctx.nt.original[token.start:token.end] and any(
        m.start >= token.start and m.end <= token.end and _trig(m).trigger.sub_event_type in _TAKING
        and "verb" in _trig(m).flags for m in ctx.triggers)


def _arrest_verb_at(ctx: SentenceContext, token: Span) -> bool:
    """A verb trigger of an arrest lies within ``token``."""
    return any(m.start >= token.start and m.end <= token.end and _trig(m).trigger.sub_event_type == "Arrests"
               and "verb" in _trig(m).flags for m in ctx.triggers)


def _members_then_arrest(ctx: SentenceContext, span: Span) -> bool:
    """ "عناصر من قسد يعتقلون 12 شاباً", "دورية من الأمن الداخلي تعتقل …" (session 30, act30): the men or the unit of an
    armed force before "من" and its mention, and an arrest verb right after it, with no arrest word before them in the
    sentence and no act word right before the men: the men are the verb's subject, the force made the arrest (not a
    passive, marked by its damma)."""
    if not any(sp.start == span.start and e.inter in _STATE_INTER | _NON_STATE_INTER for sp, e in ctx.actors):
        return False  # "اعترضت قوات الأمن مجموعة من الأشخاص واحتجزتهم": people held, not a force's men
    if any(m.end <= span.start and _trig(m).trigger.sub_event_type == "Arrests" for m in ctx.triggers):
        return False
    i = ctx.tok(span.start)
    if i - 3 >= ctx.i0:
        before = ctx.token_spans[i - 3]
        if any(m.start < before.end and before.start < m.end for m in ctx.triggers):
            return False  # the men are the object of an act told before them, not the arrest's subject
    k = ctx.tok(span.end - 1) + 1
    if k > ctx.i1:
        return False
    verb = ctx.token_spans[k]
    return _DAMMA not in ctx.nt.original[verb.start:verb.end] and _arrest_verb_at(ctx, verb)


def _relative_victim(ctx: SentenceContext, span: Span) -> bool:
    """ "عدد الجنود الذين أصيبوا في الهجوم": a relative pronoun right after the mention and a casualty
    verb right after it: the mention names the victims, not a side that acted."""
    k = ctx.tok(span.end - 1) + 1
    if k + 1 > ctx.i1 or ctx.token_values[k] not in _RELATIVES:
        return False
    nxt = ctx.token_starts[k + 1]
    return any(m.start == nxt and "casualty" in _trig(m).flags and "verb" in _trig(m).flags
               for m in ctx.triggers)


_DAMMA = "\u064f"  # a damma written on an attack verb marks it passive ("استُهدف"): no agent
# the relative pronouns after a mention or before a verb (the feminine plurals are not looked for here)
_RELATIVES = RELATIVE_PRONOUNS - RELATIVE_FEMININE_PLURAL
# "إنّ"/"أنّ" with a subject pronoun ("قالت إنها …", "أعلن أنه …", "أكدوا أنهم …"): the subject of the verb after it
_THAT_PRONOUNS = frozenset(norm_key(w) for w in ("إنها", "أنها", "إنه", "أنه", "إنهم", "أنهم", "إنهما", "أنهما",
                                                 "إننا", "أننا"))


def _relative_agent(ctx: SentenceContext, span: Span) -> bool:
    """ "… من الجانب التركي، الذي استهدف مناطق …": a relative pronoun right after the mention and an
    active attack verb (or a violent event word) right after the pronoun: the mention is the attacker."""
    k = ctx.tok(span.end - 1) + 1
    last = ctx.i1
    while k <= last and not any(ch.isalpha() for ch in ctx.token_values[k]):
        k += 1  # a comma between the name and the pronoun
    if k >= last or ctx.token_values[k] not in _RELATIVES:
        return False
    pos = ctx.token_spans[k + 1].start
    verbs = role_words()["verb"]
    if any(c.key in verbs and c.start == pos and _DAMMA not in ctx.nt.original[c.start:c.end]
           for c in ctx.cues):
        return True
    return any(m.start == pos and "casualty" not in _trig(m).flags and _trig(m).trigger.event_type in VIOLENT
               for m in ctx.triggers)


def _unit_between(ctx: SentenceContext, c: Match, i: int) -> bool:
    """ "بمساندة عناصر حاجز تابع للجيش": up to five words between an ally cue and the force's name,
    all of them members, positions or possessives of that force (``roles.tsv``)."""
    k = ctx.tok(c.end - 1) + 1
    if not 0 < i - k <= 5:
        return False
    words = role_words()
    ok = words["member"] | words["asset"] | words["possessive"]
    return all(v in ok or v in ("ل", "لـ") or (len(v) > 3 and v[0] == "و" and v[1:] in ok)
               for v in ctx.token_values[k:i])


_BY_WHOM = norm_key("من قبل")
# "من"/"لـ" of belonging, and the areas a shelling comes from ("مصدرها مناطق سيطرة الفصائل", "مصدره مناطق انتشار
# المسلحين", "من أماكن تواجد عناصر X", "مناطق نفوذ قسد")
_SOURCE_AREAS = frozenset({"من", "ل", "لـ", *(norm_key(w) for w in (
    "مناطق", "منطقة", "أماكن", "انتشار", "تواجد", "وجود", "نفوذ", "تموضع"))})


def _agent_unit(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "قُتل شاب على يد عناصر من X", "برصاص دورية لـ X", "برصاص عناصر حاجز تابع لـ X", "قذائف مصدرها مواقع X":
    an agent cue ("برصاص", "على يد", "مصدرها"), then only words of the force's men, units, posts, areas or belonging,
    then the mention: the force whose men or post fired, the attacker (not the owner of a post that was hit)."""
    words = role_words()
    ok = words["member"] | words["asset"] | words["possessive"] | _SOURCE_AREAS
    for c in ctx.cues:
        if _cue(c).kind != "agent" or c.end > span.start or c.key == _BY_WHOM:
            continue  # (not "من قبل": also who used or holds a thing, "رصد استخدامها من قبل مجموعة تابعة لـ …")
        k = ctx.tok(c.end - 1) + 1
        if 0 < i - k <= 4 and all(v in ok for v in ctx.token_values[k:i]) \
                and not _CLAUSE_BREAK.search(ctx.nt.original[c.end:span.start]):
            return True
    return False


# session 34 (ac16): the posts a shelling was fired from ("قصف صاروخي من مواقع النظام", "قذائف انطلقت من نقاط قوات
# X"): "من" and a noun of posts, a "تابعة لـ" at most, then the force; a remote-violence word (no casualty word) a few
# tokens before "من", in the same clause, says the fire came from there: the force fired, it was not hit
_POST_NOUNS = frozenset(norm_key(w) for w in ("مواقع", "موقع", "نقاط", "نقطة", "مقرات", "ثكنات", "مرابض", "مناطق"))
_POST_LINKS = frozenset(norm_key(w) for w in ("تابعة", "التابعة", "تابع", "ل", "لـ", "سيطرة", "انتشار", "تمركز"))
_FIRED_FROM_REACH = 4  # tokens from the remote-violence word to "من"


def _fired_from_posts(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "قصف صاروخي من مواقع النظام", "سقطت قذائف مصدرها …" aside: "من" + a noun of posts (and at most two linking
    words: "تابعة لـ", "سيطرة") right before the mention, after a remote-violence word (not a casualty word) of the
    same clause at most four tokens before "من": the force whose posts the fire came from is the attacker."""
    lo = ctx.i0
    k = i - 1
    links = 0
    while k > lo and links < 2 and strip_conj(ctx.token_values[k]) in _POST_LINKS:
        k, links = k - 1, links + 1
    if k <= lo or ctx.token_values[k] not in _POST_NOUNS or ctx.token_values[k - 1] != "من":
        return False
    frm = ctx.token_spans[k - 1].start
    if k - 2 >= lo and strip_conj(ctx.token_values[k - 2]) in _NEAR_WORDS:
        return False  # "بالقرب من مواقع X", "قريباً من نقاط X": where the fire fell, near X's posts; "عدداً من
        # مواقع X": some of X's posts, the ones hit
    return any(m.end <= frm and ctx.tok(m.start) >= k - 1 - _FIRED_FROM_REACH
               and "casualty" not in _trig(m).flags
               and _trig(m).trigger.event_type == "Explosions/Remote violence"
               and not _CLAUSE_BREAK.search(ctx.nt.original[m.end:frm])
               for m in ctx.triggers)


_NEAR_WORDS = frozenset(norm_key(w) for w in ("بالقرب", "قرب", "قريبا", "قريبة", "القريبة", "مقربة", "بمقربة",
                                                "عدد", "عددا", "عدة", "بعض", "أحد", "إحدى", "العديد", "جملة", "سلسلة",
                                                "مجموعة", "كل", "عشرات", "العشرات", "مزيد", "مزيدا", "المزيد"))


# nouns of an attack whose "لـ" names the attacker ("بهجوم لمسلحين", "في هجوم لتنظيم داعش")
_ATTACK_NOUNS = frozenset(norm_key(w) for w in ("هجوم", "هجمات", "هجوما", "هجومين", "اعتداء", "اعتداءات"))


def _strike_by(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "أصيب طفلان بقصف لقوات النظام", "قتل مدني بغارة للطيران الروسي", "مقتل جندي بهجوم لمسلحين": a
    strike noun (remote violence, not a casualty word, not "استهداف" whose "لـ" marks the thing hit) or
    an attack noun followed by "لـ" and the mention names who fired: the attacker, even right after a
    casualty word."""
    lo = ctx.i0
    j = i - 1
    if j >= lo and ctx.token_values[j] in ("ل", "لـ"):
        j -= 1
    elif not ctx.nt.original[ctx.token_spans[i].start:span.start + 1].lstrip("و").startswith("ل"):
        return False
    if j < lo:
        return False
    pos = ctx.token_spans[j]
    return any(m.start >= pos.start and m.end <= pos.end and "casualty" not in _trig(m).flags
               and (_trig(m).trigger.event_type == "Explosions/Remote violence"
                    or norm_key(ctx.nt.original[m.start:m.end]) in _ATTACK_NOUNS)
               and not norm_key(ctx.nt.original[m.start:m.end]).endswith("استهداف")
               for m in ctx.triggers)


_MASDARS = frozenset(norm_key(w) for w in ("استهداف", "باستهداف", "واستهداف", "قصف", "بقصف", "وقصف"))
_TIME_OBJECTS = frozenset(norm_key(w) for w in ("لليوم", "لليلة", "للمرة", "لساعات", "لأيام", "للأسبوع"))
_OBJECT_COUNTS = frozenset(norm_key(w) for w in ("عددا", "عدة", "عشرات"))
# a noun of a group that, with "من" after it, counts the people hit ("استهداف الاحتلال مجموعةً من المواطنين")
_OBJECT_GROUPS = frozenset(norm_key(w) for w in ("مجموعة", "مجموعات", "تجمعا", "حشدا"))
# "بـ" + the verbal noun after a verb of falling (killed or wounded): the means of their death, its first
# complement the one who struck, never the one hit
_BY_MASDARS = frozenset(norm_key(w) for w in ("باستهداف", "بقصف"))
_FELL_VERBS = frozenset(norm_key(p + w) for p in ("", "و", "ف") for w in (
    "ارتقى", "ارتقت", "ارتقوا", "استشهد", "استشهدت", "استشهدوا", "قتل", "قتلت", "قتلوا", "أصيب", "أصيبت", "أصيبوا",
    "جرح", "جرحت", "جرحوا"))


def _nisba_adjective(v: str) -> bool:
    """A definite relational adjective (normalised: "الاسلاميه", "الفلسطينيه", "الوطني")."""
    return len(v) > 5 and v.startswith("ال") and (v.endswith("ي") or v.endswith("يه"))


_WEAPON_HEAD_REACH = 3  # tokens of a weapon noun, its adjective and "تابعة" between the verbal noun and the owner


def _weapon_run_start(ctx: SentenceContext, end: int, lo: int, reach: int, key: Callable[[str], str] = str) -> int:
    """The first token of the run of weapon words (roles.tsv ``weapon``: "طائرة مسيّرة") that ends right before
    token ``end``, at most ``reach`` tokens long and none before ``lo``, each word read through ``key``; ``end`` when
    there is none.  The one reader of a weapon named before its owner, for :func:`_weapon_head_start` and
    :func:`_weapon_subject`."""
    weapons = role_words()["weapon"]
    k, n, start = end, 0, end
    while n < reach:
        p = _pilotless_start(ctx, k, lo, key)
        if p < k:
            k, n = p, n + 1  # ("طائرات من دون طيار": the phrase of "pilotless" is one adjective of the weapon)
            continue
        if k - 1 < lo or key(ctx.token_values[k - 1]) not in weapons:
            break
        k, n, start = k - 1, n + 1, k - 1
    return start


def _pilotless_start(ctx: SentenceContext, k: int, lo: int, key: Callable[[str], str] = str) -> int:
    """The first token of the phrase "(من) دون طيار" / "بدون طيار" / "بلا طيار" ("pilotless") that ends right
    before token ``k``, none before ``lo``; ``k`` when there is none."""
    if k - 2 < lo or key(ctx.token_values[k - 1]) != "طيار" or key(ctx.token_values[k - 2]) not in _PILOTLESS:
        return k
    return k - 3 if key(ctx.token_values[k - 2]) == "دون" and k - 3 >= lo and key(ctx.token_values[k - 3]) == "من" \
        else k - 2


_PILOTLESS = frozenset({"دون", "بدون", "بلا"})  # the word before "طيار" in a drone's name, normalised


def _weapon_head_start(ctx: SentenceContext, i: int, lo: int, words: dict[str, frozenset[str]]) -> int:
    """The first token of a weapon noun that heads the mention ``i`` as its owner right after a verbal noun
    ("استهداف طائرة مسيّرة تابعة لجيش الاحتلال سيارةً"): the weapon, its adjective and a word of belonging with
    the mention glued to "لـ"; ``i`` when there is none."""
    v = ctx.token_values[i - 1]
    # (a word of belonging right before the mention, "تابعة", then the weapon before it)
    end = i - 1 if i - 1 > lo and v not in words["weapon"] and v in words["possessive"] else i
    j = _weapon_run_start(ctx, end, lo + 1, _WEAPON_HEAD_REACH - (i - end))
    if j == end or ctx.token_values[j - 1] not in _MASDARS:
        return i
    if ctx.token_values[i - 1] in words["possessive"] and not ctx.token_values[i].startswith("ل"):
        return i
    if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[j].start:ctx.token_spans[i].start]):
        return i
    return j


def _masdar_subject(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "بعد استهداف المقاومة الإسلامية في لبنان عدداً من مقار قيادة الاحتلال", "إسقاط حزب الله مسيرة
    إسرائيلية": a verbal noun of attacking or downing, the actor as its first complement and then a bare
    noun of the thing hit or downed (a position, a vehicle, an aircraft, "عدداً من …") or another actor: the
    first complement is the agent (subject genitive), the bare noun the object.  With nothing of the kind
    after it ("استهداف قوات النظام بالصواريخ") the actor is what was hit."""
    lo = ctx.i0
    if i - 1 < lo:
        return False
    words = role_words()
    j = _weapon_head_start(ctx, i, lo, words)
    before = ctx.token_values[j - 1]
    if before not in _MASDARS and (j != i or before not in words["downing"]):
        return False
    k = ctx.tok(span.end - 1) + 1
    for _ in range(2):
        # "استهداف المقاومة الإسلامية موقع …": an adjective of the actor the mention left out comes first
        if k < len(ctx.token_values) and ctx.token_spans[k].start < ctx.sentence.end and _nisba_adjective(
                ctx.token_values[k]) and not _CLAUSE_BREAK.search(ctx.nt.original[span.end:ctx.token_spans[k].start]) \
                and _bare(ctx.token_values[k]) not in words["facility"]:
            k += 1  # (not a place that only looks like one: "القرية", "البلدة")
    if k >= len(ctx.token_values) or ctx.token_spans[k].start >= ctx.sentence.end \
            or _CLAUSE_BREAK.search(ctx.nt.original[span.end:ctx.token_spans[k].start]):
        return False
    nxt = ctx.token_values[k]
    if nxt in words["asset"] or nxt in words["weapon"] or nxt in _OBJECT_COUNTS:
        return True
    if before in _MASDARS and nxt in _OBJECT_GROUPS and k + 1 < len(ctx.token_values) \
            and ctx.token_values[k + 1] == "من":
        return True  # "استهداف الاحتلال مجموعةً من الأشخاص": the people hit, the object; the actor their attacker
    if before in _MASDARS and (nxt in words["facility"] or (
            nxt.startswith("ال") and (_bare(nxt) in words["facility"] or _bare(nxt) in words["asset"]))):
        # "استهداف الاحتلال مطاري دمشق وحلب": a civilian facility, the object; the actor its attacker; so too a
        # definite one ("بعد استهداف المقاومة الإسلامية القرية الخضراء", "قصف الاحتلال المنازل")
        return True
    if before in _MASDARS and len(nxt) > 3 and nxt[0] == "ل" and nxt not in _TIME_OBJECTS:
        return True  # "استهداف الاحتلال لمخيم البريج": the object after "لـ", the first complement its agent
    if before in _MASDARS and nxt in _LAM_PRONOUNS:
        return True  # "من جراء استهداف الاحتلال لها": the object a pronoun after "لـ"
    if before in _BY_MASDARS and any(v in _FELL_VERBS for v in ctx.token_values[lo:i - 1]):
        return True  # "ارتقى ثلاثة شهداء باستهداف الاحتلال قرب البلدة بصاروخ": the fallen died by the actor's act
    return any(s.start == ctx.token_spans[k].start for s, _ in ctx.actors)


# session 38 (ac21): the verbal noun of opening fire ("إثر إطلاق عناصر حاجز الأمن العام النار على سيارتهما"), its
# subject genitive the force (its men, unit or post between), "النار" after it in the same clause
_FIRE_MASDARS = frozenset(norm_key(w) for w in ("إطلاق", "بإطلاق", "وإطلاق", "لإطلاق"))
_FIRE_OBJECT = frozenset(norm_key(w) for w in ("النار", "الرصاص", "نيران", "النيران"))
_FIRE_REACH = 8  # tokens from the force's name to "النار"


def _fire_masdar_subject(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "إثر إطلاق عناصر حاجز الأمن العام عند مدخل المدينة النار على سيارة": "إطلاق", only words of the force's men,
    units or belonging, then the force, and "النار" a few words after it in the same clause: the force fired (the
    subject of the verbal noun), it was not hit; "إطلاق النار على عناصر X" (the fire first) stays X hit."""
    lo = ctx.i0
    words = role_words()
    ok = words["member"] | words["asset"] | words["possessive"]
    j = i - 1
    while j >= lo and i - j <= 3 and ctx.token_values[j] in ok:
        j -= 1
    if j < lo or ctx.token_values[j] not in _FIRE_MASDARS:
        return False
    k = ctx.tok(span.end - 1) + 1
    for t in range(k, min(k + _FIRE_REACH, len(ctx.token_values))):
        if ctx.token_spans[t].start >= ctx.sentence.end \
                or _CLAUSE_BREAK.search(ctx.nt.original[span.end:ctx.token_spans[t].start]):
            return False
        if ctx.token_values[t] in _FIRE_OBJECT:
            return True
    return False


# object pronouns glued to an attack verb ("استهدفتها", "استهدفوهم", "قصفه")
_VERB_OBJECT_SUFFIXES = frozenset(("ه", "ها", "هم", "هما", "هن"))


def _verb_subject(ctx: SentenceContext, c: Match, span: Span, i: int) -> bool:
    """ "استهدفت قوات النظام البلدة": an active attack verb with no actor before it in the sentence,
    directly followed by the actor: verb-subject-object order, the actor is the attacker; not when a
    noun of a strike or weapon stands right before the verb as its subject ("غارة استهدفت مواقع …")."""
    words = role_words()
    gap = i - ctx.tok(c.start)
    if c.key not in words["verb"] or gap not in (1, 2):
        return False
    if gap == 2:
        # "استهدف مجاهدو المقاومة …", "استهدفت مدفعية الاحتلال …", "استهدفت غارات الاحتلال …": a head noun
        # between the verb and the actor (fighters in the nominative construct, guns or aircraft, strikes) is the
        # subject, the actor its owner
        head = ctx.token_values[i - 1]
        if (head not in words["subject_head"] and head not in words["weapon"]
                and strip_conj(head) not in words["strike_noun"]) \
                or _CLAUSE_BREAK.search(ctx.nt.original[c.end:span.start]):
            return False
    if _DAMMA in ctx.nt.original[c.start:c.end]:
        return False  # passive written with its damma ("اُستهدِفت")
    k = ctx.tok(c.start)
    if k > ctx.i0 and ctx.token_values[k - 1] in _RELATIVES \
            and strip_conj(ctx.token_values[k]) in words["verb"]:
        # "تبنّت X القصف، الذي استهدف القوات Y": the relative's antecedent is the verb's subject, Y what it hit
        # (not with an object pronoun on the verb: "القاعدة التي استهدفتها المقاومة")
        return False
    if _strike_subject(ctx, ctx.tok(c.start) - 1, words) and not _fronted(ctx, c):
        return False  # "عمليات استهدفت الإرهابيين": the noun before the verb is its subject
    if k > ctx.i0 and strip_conj(ctx.token_values[k - 1]) in _THAT_PRONOUNS:
        return False  # "قالت الكتائب إنها استهدفت آلية إسرائيلية": the pronoun on "إنّ" is the verb's subject
    if not any(s.end <= c.start for s, _ in ctx.actors):
        return True
    if gap == 1 and c.suffix in _VERB_OBJECT_SUFFIXES \
            and any(s == span and e.inter in ARMED_INTER for s, e in ctx.actors):
        return True  # "نقطة عسكرية استهدفتها المقاومة": the pronoun on the verb is its object, the side after it acts
    # an actor before the verb in an earlier clause only ("…، كما استهدفت المقاومة دباباته"): the new clause
    # has a subject of its own, an armed side (people or buildings after the verb are what it hit: "شنّ
    # الاحتلال غارة، استهدفت مبنى سكنياً")
    lo = ctx.sentence.start
    for b in _CLAUSE_BREAK.finditer(ctx.nt.original, ctx.sentence.start, c.start):
        lo = b.end()
    return not any(lo <= s.start and s.end <= c.start for s, _ in ctx.actors) \
        and any(s == span and e.inter in ARMED_INTER for s, e in ctx.actors)


# the words that may stand between a strike noun and the verb it is the subject of: its adjective (a
# relative adjective "قصف صاروخي", "غارة جوية"; "قصف ثان") or its means ("قصفاً بالصواريخ", "هجوم بمسيرة")
_STRIKE_MODIFIERS = frozenset(norm_key(w) for w in ("ثان", "ثاني", "ثانية", "جديد", "جديدة", "آخر", "أخرى", "مماثل",
                                                       "مماثلة", "عنيف", "عنيفة", "مكثف", "مكثفة"))
_STRIKE_MEANS = ("بال", "ب")


def _strike_noun(v: str, words: dict[str, frozenset[str]]) -> bool:
    """Token ``v`` is a strike or weapon noun ("غارة", "قصفاً", "والقذائف", "بقصف")."""
    v = strip_conj(v)
    for p in ("", "ب", "ال", "بال"):
        if v.startswith(p) and len(v) - len(p) >= 3 and (v[len(p):] in words["strike_noun"]
                                                         or v[len(p):] in words["weapon"]):
            return True
    return False


def _fronted(ctx: SentenceContext, c: Match) -> bool:
    """The words before the verb ``c`` are a fronted phrase set off by a comma ("وبقصف مماثل، استهدفت قوات X …",
    "وفي هجوم آخر، استهدف مسلحون …"): the strike noun there tells how, the verb's subject follows it."""
    k = ctx.tok(c.start)
    if k - 1 < ctx.i0:
        return False
    return bool(_CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[k - 1].end:c.start]))


def _strike_subject(ctx: SentenceContext, k: int, words: dict[str, frozenset[str]]) -> bool:
    """The tokens up to ``k`` (right before an attack verb) end in a strike noun, bare or with one modifier
    (:data:`_STRIKE_MODIFIERS`, a relative adjective, a "ب" phrase of its means), in the verb's clause: the noun
    is the verb's subject ("قصف صاروخي استهدف القوات X", "قصفاً بالصواريخ استهدف قاعدة"), so what follows the
    verb is what was hit."""
    lo = ctx.i0
    if k < lo:
        return False
    vals = ctx.token_values
    if _strike_noun(vals[k], words):
        return True
    if k - 1 < lo or vals[k].startswith("و") or _CLAUSE_BREAK.search(
            ctx.nt.original[ctx.token_spans[k - 1].end:ctx.token_spans[k].start]):
        return False
    v = vals[k]
    modifier = v in _STRIKE_MODIFIERS or (len(v) > 3 and (v.endswith("ي") or v.endswith("يه"))
                                          and not v.startswith(_STRIKE_MEANS)) \
        or (v.startswith(_STRIKE_MEANS) and _strike_noun(v, words))
    return modifier and _strike_noun(vals[k - 1], words) and not any(
        s.start < ctx.token_spans[k].end and ctx.token_spans[k].start < s.end for s, _ in ctx.actors)


# participles of being armed with or carrying ("المسلحة بصواريخ", "المحملة بالذخائر"): the weapon after them is
# the gear of the thing named before, not the means of the act
_ARMED_WITH = frozenset(norm_key(w) for w in ("مسلحة", "مسلح", "مسلحين", "مزودة", "مزود", "محملة", "محمل", "مجهزة",
                                            "مجهز"))
# verbs of firing whose subject may be the weapon ("قصفت مدفعية تابعة لـ Y …"), beside roles.tsv's ``verb`` words
_WEAPON_VERBS = frozenset(norm_key(w) for w in ("استهدف", "استهدفت", "قصف", "قصفت", "شن", "شنت", "هاجمت", "هاجم",
                                               "ضربت", "أغارت", "يستهدف", "تستهدف", "تقصف", "يقصف",
                                               # "بضربة نفذتها طائرة مسيرة تابعة لـ Y": the weapon carried it out
                                               "نفذت", "نفذتها", "نفذها", "نفذته", "نفذه",
                                               "شنتها", "شنها", "شنته", "شنه",
                                               # state media's verb of attack ("اعتدت طائرة مسيرة تابعة لـ Y على …")
                                               "اعتدت", "اعتدى",
                                               # a verb of going on or starting, its act told by "ب" and a noun
                                               # ("بدأ الطيران المسيّر التابع لـ Y باستهداف …")
                                               "بدأ", "بدأت", "واصل", "واصلت", "باشر", "باشرت"))
_MEANS_OWNER_REACH = 4  # tokens from the possessive back to the weapon noun glued to "بـ"


def _means_owner(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "قتل مزارع بطائرة مسيّرة انتحارية تابعة لقوات النظام", "بقصف من طائرات حربية تابعة لـ …": the owner,
    named after a possessive ("تابعة لـ"), of the weapon the act was done with (a ``weapon`` noun of roles.tsv glued
    to the "بـ" of means a few words before, same clause) fired it: the attacker, not the owner of a thing hit."""
    lo = ctx.i0
    j = i - 1
    if j >= lo and ctx.token_values[j] in ("ل", "لـ"):
        j -= 1
    words = role_words()
    if j <= lo or ctx.token_values[j] not in words["possessive"]:
        return False
    top = j
    if j - 2 > lo and strip_conj(ctx.token_values[j - 2]) in _LIKELY_WORDS and ctx.token_values[j - 1] in _THAT_IT:
        top = j - 2  # "بضربة من طائرة مسيرة يرجح أنها تابعة لـ Y": a hedge on whose weapon it was; its owner still
    for k in range(top - 1, max(lo, top - _MEANS_OWNER_REACH) - 1, -1):
        if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[k].end:ctx.token_spans[j].start]):
            return False
        v = ctx.token_values[k]
        if _bare(v) in words["asset"] or (len(v) > 3 and v[0] in "وفل" and v[1:] in words["asset"]):
            return False  # "بالصواريخ مقراً تابعاً لـ Y": Y owns the thing hit
        if len(v) > 3 and v.startswith("ب") and v[1:] in words["weapon"]:
            # not the arms a thing hit carries ("الآليات المسلحة بصواريخ … التابعة لـ Y"): Y owns the thing hit
            return not (k > lo and ctx.token_values[k - 1].removeprefix("ال") in _ARMED_WITH)
        if v in words["weapon"] and k - 1 > lo and ctx.token_values[k - 1] == "من" \
                and ctx.token_values[k - 2].startswith("ب") and ctx.token_values[k - 2][1:] in words["strike_noun"]:
            return True  # "بضربة من طائرة مسيرة تابعة لـ Y", "بقصف من مدفعية تابعة لـ Y": the strike's weapon is Y's
        if v.startswith("ل") and v[1:] in words["weapon"] and k > lo and ctx.token_values[k - 1].startswith("ب") \
                and ctx.token_values[k - 1][1:] in words["strike_noun"]:
            return True  # "بغارة لطائرة مسيرة تابعة لـ Y": the same, the weapon glued to "لـ" of the strike's owner
        if v in words["weapon"] and k > lo and (
                ctx.token_values[k - 1] in words["verb"] or strip_conj(ctx.token_values[k - 1]) in _WEAPON_VERBS
                or _pluperfect_weapon(ctx, k - 1, span)) \
                and all(w in words["weapon"] or w.endswith(("ه", "ي")) for w in ctx.token_values[k + 1:top]):
            # "استهدفت طائرة مسيّرة تابعة لقوات النظام سيارة …": the weapon is the subject of the attack verb right
            # before it, with only its adjectives between, so its owner fired it (not a verb of downing or destroying:
            # "دمرت 75 طائرة مسيرة تابعة لـ Y"; nor the owner of the thing hit: "قصفت طائرات مجهولة مخزناً تابعاً لـ Y")
            return True
        if v in words["weapon"] and _fronted_weapon(ctx, k, span, lo) \
                and all(w in words["weapon"] or w.endswith(("ه", "ي")) for w in ctx.token_values[k + 1:top]):
            # "وقال المراسل إن طائرة مسيّرة تابعة لقوات النظام استهدفت سيارة …": the weapon opens its clause and the
            # attack verb follows its owner's name, so the owner fired it
            return True
    return False


# the words that open a clause whose subject comes before its verb ("قال إن طائرة … استهدفت", "أفاد بأن مدفعية …")
_CLAUSE_OPENERS = frozenset(norm_key(w) for w in ("أن", "إن", "بأن", "وأن", "وإن", "فإن"))
_FRONTED_VERB_REACH = 2  # tokens from the end of the owner's name to the verb ("تابعة لقوات النظام السوري استهدفت")


def _fronted_weapon(ctx: SentenceContext, k: int, span: Span, lo: int) -> bool:
    """The weapon noun at token ``k`` is the fronted subject of an attack verb that follows its owner's mention
    ``span``: it opens the sentence or a clause after "أن/إن", and a verb of firing stands right after the owner's
    name (nothing but a word of the name between, no clause break)."""
    if k > lo and ctx.token_values[k - 1] not in _CLAUSE_OPENERS:
        return False
    hi = ctx.i1
    a = ctx.tok(span.end - 1) + 1
    for q in range(a, min(hi, a + _FRONTED_VERB_REACH - 1) + 1):
        if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[q - 1].end:ctx.token_spans[q].start]):
            return False
        v = strip_conj(ctx.token_values[q])
        if v in _WEAPON_VERBS or ctx.token_values[q] in role_words()["verb"]:
            return True
    return False


# a hedge on whose a weapon was, before the possessive ("يرجح أنها تابعة لـ", "يعتقد أنها", "يشتبه بأنها")
_LIKELY_WORDS = frozenset(norm_key(w) for w in ("يرجح", "يرجّح", "رجح", "يعتقد", "يُعتقد", "يشتبه", "يبدو", "قيل"))
_THAT_IT = frozenset(norm_key(w) for w in ("أنها", "انها", "أنه", "انه", "بأنها", "إنها", "إنه"))


_AUX_WAS = frozenset(norm_key(w) for w in ("كان", "كانت", "كانوا"))
_PLUPERFECT_VERB_REACH = 3  # tokens from the owner's name to "قد" of "كانت طائرة تابعة لـ Y قد استهدفت"


def _pluperfect_weapon(ctx: SentenceContext, k: int, span: Span) -> bool:
    """ "وكانت طائرة مسيّرة تابعة لجيش الاحتلال قد استهدفت …", "وكانت مدفعية تابعة لـ Y قد قصفت": the weapon is the
    subject of a pluperfect whose auxiliary stands before it and whose attack verb follows "قد" right after the
    owner's name (a word or two of its own at most)."""
    if strip_conj(ctx.token_values[k]) not in _AUX_WAS:
        return False
    hi = ctx.tok(ctx.sentence.end)
    a = ctx.tok(span.end - 1) + 1
    for q in range(a, min(hi, a + _PLUPERFECT_VERB_REACH)):
        if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[q - 1].end:ctx.token_spans[q].start]):
            return False
        if ctx.token_values[q] == "قد":
            return q + 1 <= hi and (ctx.token_values[q + 1] in role_words()["verb"]
                                    or ctx.token_values[q + 1] in _WEAPON_VERBS)
    return False


_MEMBER_OF = frozenset(("في", "من"))
_MEMBER_BODY = frozenset(norm_key(w) for w in ("جهاز", "صفوف"))
# one member of a force, whose own vehicle or home a thing hit may be ("سيارة عنصر في …", "منزل قيادي من …")
_ONE_MEMBER = frozenset(norm_key(w) for w in ("عنصر", "قيادي", "مقاتل", "ضابط", "متطوع", "مسؤول", "موظف"))


# (session 43, ac31) "one of" / "some of" between a thing hit and the group it belongs to ("تابعاً لأحد الفصائل")
_ONE_OF_OWNERS = frozenset(norm_key(w) for w in ("أحد", "إحدى", "بعض"))
_ONE_OF_OWNERS_GLUED = frozenset("ل" + w for w in _ONE_OF_OWNERS)


def _asset_word(v: str) -> bool:
    """``v`` is a position, base or vehicle word of roles.tsv, with a clitic or the article, or "بـ" of means
    ("بسيارة")."""
    assets = role_words()["asset"]
    return _bare(v) in assets or (len(v) > 3 and v[0] in "وفلب" and _bare(v[1:]) in assets)


# adjectives of a position or vehicle that may stand between it and its owner ("سيارة عسكرية للجيش")
_ASSET_ADJECTIVES = frozenset(norm_key(w) for w in ("عسكرية", "عسكري", "عسكرياً", "عسكريا", "أمنية", "أمني", "أمنياً"))


def _owner_of_target(ctx: SentenceContext, span: Span, i: int) -> bool:
    """ "… استهدفت مقراً تابعاً لـ Y", "قصفت مواقع Y": after the event word, the owner of the thing
    hit is a target."""
    j = i - 1
    lo = ctx.i0
    if j - 1 >= lo and strip_conj(ctx.token_values[j]) in _ONE_OF_OWNERS_GLUED:
        j -= 1  # (session 43, ac31) "مخزناً تابعاً لأحد الفصائل": the owner is one of the groups named after it
    elif j - 2 >= lo and ctx.token_values[j] in _ONE_OF_OWNERS and ctx.token_values[j - 1] in ("ل", "لـ"):
        j -= 1  # "تابعاً لـ أحد الفصائل"
    if j >= lo and ctx.token_values[j] in ("ل", "لـ"):
        j -= 1
    if j < lo:
        return False
    words = role_words()
    if ctx.nt.original[ctx.token_spans[i].start:span.start] == "و" and j > lo:
        # "قصفت حشود الجنود والآليات الإسرائيلية", "استهدفت مواقع وآليات إسرائيلية": joined by "و" to a
        # position, vehicle or gathering (one or two words back, same clause) the act hit, it was hit with it
        k = next((k for k in (j, j - 1) if k >= lo and _bare(ctx.token_values[k]) in words["asset"]
                  and not _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[k].end:span.start])), -1)
        if k >= 0:
            j = k
    if j - 1 >= lo and ctx.token_values[j] in _ASSET_ADJECTIVES and _asset_word(ctx.token_values[j - 1]):
        j -= 1  # "انفجرت عبوة بسيارة عسكرية للجيش", "قصفت نقطة عسكرية لـ Y": the thing's adjective, then its owner
    if j - 3 >= lo and ctx.token_values[j] in _MEMBER_BODY and ctx.token_values[j - 1] in _MEMBER_OF:
        j -= 1  # "سيارة عنصر في جهاز الأمن العسكري"
    members_thing = j - 2 >= lo and ctx.token_values[j] in _MEMBER_OF \
        and strip_conj(ctx.token_values[j - 1]) in _ONE_MEMBER and _asset_word(ctx.token_values[j - 2])
    if members_thing:
        j -= 2  # "انفجرت عبوة بسيارة عنصر في الأمن العسكري", "منزل قيادي من قسد": the member's vehicle or home was hit
    v = ctx.token_values[j]
    if not members_thing and v not in words["possessive"] and not _asset_word(v):
        return False  # "استهدفت مقراً لـ Y", "وانفجار عبوة بسيارة للأمن العام": "بـ" of means too
    pos = ctx.token_spans[j].start
    if v in words["possessive"] and _weapon_subject(ctx, j, lo):
        return False  # "جراء استهداف طائرة مسيّرة تابعة لجيش X تجمعاً …": X's aircraft struck, X is no target
    if j > lo and v in words["possessive"]:
        unit = next((s for s, _ in ctx.actors
                     if ctx.token_spans[j - 1].start < s.end <= ctx.token_spans[j].end and s.start < span.start), None)
        if unit is not None:
            # "وحدات حماية المرأة التابعة لـ قسد": a unit and its parent, one side; the parent of a unit that was
            # hit ("استهدفت الغارتان نقاطاً للقوات الرديفة للجيش") was hit with it, never the attacker
            return _role_of(ctx, unit) == "target"
    return any(m.end <= pos and "casualty" not in _trig(m).flags and _trig(m).trigger.event_type in VIOLENT
               for m in ctx.triggers)


_TARGETING = frozenset(norm_key(w) for w in ("استهداف", "باستهداف", "واستهداف", "لاستهداف"))


def _weapon_subject(ctx: SentenceContext, j: int, lo: int) -> bool:
    """The one or two weapon words (roles.tsv ``weapon``: "طائرة مسيّرة") right before the word of belonging at token
    ``j`` stand right after an attack verb or noun ("استهدفت طائرة مسيّرة تابعة لـ X …", "جراء استهداف طائرة …"): the
    weapon is the act's subject, its owner the attacker, not the owner of a thing hit."""
    k = _weapon_run_start(ctx, j, lo, 2, strip_conj) - 1
    if k == j - 1 or k < lo:
        return False
    at = ctx.token_spans[k]
    return any(m.start >= at.start and m.end <= at.end and "casualty" not in _trig(m).flags
               and _trig(m).trigger.event_type in VIOLENT for m in ctx.triggers)


def _targeting_object(ctx: SentenceContext, span: Span) -> bool:
    """ "مشاهد من استهداف مجاهديها لمروحية إسرائيلية": an aircraft after the "لـ" that marks the object of
    "استهداف" (right after it or after its subject) is the thing hit, not the attacker's weapon."""
    i = ctx.tok(span.start)
    if ctx.nt.original[ctx.token_spans[i].start:span.start] not in ("ل", "لـ"):
        return False
    lo = ctx.i0
    return any(k >= lo and ctx.token_values[k] in _TARGETING for k in (i - 1, i - 2))


_HIT_PREPOSITIONS = frozenset(norm_key(w) for w in ("على", "ضد", "تجاه", "باتجاه"))
_AIMING_SUBJECT_REACH = 4  # tokens from a verb of aiming to the aircraft, its subject named between


def _aimed_aircraft(ctx: SentenceContext, span: Span) -> bool:
    """ "أنّ مجاهديها استهدفوا مسيّرة إسرائيلية", "استهدفت كتائب القسام طائرة مروحية إسرائيلية": an aircraft named as
    the object of a verb of aiming, whose subject is already told (in the verb's plural ending, or by another actor
    named between the verb and it, same clause), is the thing hit, not the attacker's weapon ("استهدفت طائرة مسيرة
    تركية سيارة": the aircraft right after the verb is its subject)."""
    i = ctx.tok(span.start)
    lo = ctx.i0
    if i - 1 >= lo and strip_conj(ctx.token_values[i - 1]) in role_words()["aiming_plural"]:
        return True
    verbs = role_words()["verb"]
    for k in range(i - 2, max(lo, i - _AIMING_SUBJECT_REACH) - 1, -1):
        if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[k].end:span.start]):
            return False
        if strip_conj(ctx.token_values[k]) in verbs:
            after = ctx.token_spans[k].end
            return any(after <= a.start and a.end <= span.start and not _names_weapon(ctx, a) for a, _ in ctx.actors)
    return False


def _weapon_hit(ctx: SentenceContext, span: Span) -> bool:
    """ "أطلق الجيش النار على طائرة مسيرة إسرائيلية", "قصف المقاتلون مرابض المدفعية الإسرائيلية": aircraft
    or guns named right after a preposition of the thing aimed at, or as the owner of a position an act
    hit, are what the act hit, not the attacker's weapon."""
    i = ctx.tok(span.start)
    if i - 1 >= ctx.i0 and ctx.token_values[i - 1] in _HIT_PREPOSITIONS:
        return True
    return _owner_of_target(ctx, span, i)


def _site(ctx: SentenceContext, span: Span) -> bool:
    """The mention names a position or base of its actor ("موقع شتولا العسكري الإسرائيلي", "ثكنة زرعيت"):
    a place an act hits, never a side that fights."""
    key = norm_key(ctx.nt.original[span.start:span.end])
    head = key.split(" ", 1)[0]
    return generated_roles().get(key) == "target" or head in asset_nouns() or head in asset_duals()


def _names_weapon(ctx: SentenceContext, span: Span) -> bool:
    """The mention names aircraft, drones or artillery ("طائرة مسيرة تركية", "الطيران الروسي")."""
    first = norm_key(ctx.nt.original[span.start:span.end]).split(" ", 1)[0]
    return first in role_words()["weapon"]


_DUAL_WEAPONS = frozenset(norm_key(w) for w in ("طائرتين", "صاروخين", "مسيرتين", "مروحيتين"))


_DOWNED_FAR = 10


def _downed(ctx: SentenceContext, span: Span) -> bool:
    """ "أسقطت الدفاعات الجوية طائرة مسيرة إسرائيلية", "تعلن إسقاط مسيرة إسرائيلية": the first aircraft or
    missile named within six words after a verb or noun of downing is the thing downed, so its owner is
    the side hit (``roles.tsv``, kind "downing").  A dual weapon noun ("أسقطت طائرتين حربيتين أوكرانيتين")
    counts here only: after a verb of attack it is as often the thing hit as the attacker's weapon."""
    first = norm_key(ctx.nt.original[span.start:span.end]).split(" ", 1)[0]
    if not _names_weapon(ctx, span) and first not in _DUAL_WEAPONS:
        return False
    i = ctx.tok(span.start)
    # an air-defence unit named at length as the subject ("أسقط عناصر وحدة الدفاع الجوي التابعة للحزب في الجنوب
    # مسيرة …") stands between the verb and the aircraft: the verb may then stand further back
    near_only = _AIR_DEFENCE.isdisjoint(ctx.token_values[max(0, i - _DOWNED_FAR):i])
    lo = max(ctx.i0, i - (6 if near_only else _DOWNED_FAR))
    downing = role_words()["downing"]
    for k in range(i - 1, lo - 1, -1):
        v = ctx.token_values[k]
        # (a conjunction or the ب of a noun of downing glued: "وأسقطت", "أفاد بإسقاط طائرة أميركية")
        if v in downing or (len(v) > 3 and v[0] in "وفب" and v[1:] in downing):
            return True
        if k < i - 1 and any(s.start == ctx.token_spans[k].start and _names_weapon(ctx, s) for s, _ in ctx.actors):
            return False  # another aircraft nearer the verb is the one downed
    return False


# the word that ties a weapon to its owner ("طائرة مسيرة تابعة للقوات الجوية الأميركية"), normalised
_OWNED_BY = frozenset({norm_key(w) for w in ("تابعة", "التابعة", "تابع", "التابع", "تابعتين", "التابعتين")})
_OWNER_REACH = 6  # the most words from the verb or noun of downing to the tie word


def _owner_of_downed(ctx: SentenceContext, span: Span) -> bool:
    """ "تعلن اعتراض طائرة استطلاع تابعة للقوات الجوية الأميركية": the side a tie word names as the owner of the
    weapon right after a verb or noun of downing (``roles.tsv``, kind "downing") is the side whose weapon was
    stopped, the side hit, never the interceptor; not so a weapon before the verb, its subject ("مقاتلة تابعة
    لقوات الفضاء الروسية أسقطت طائرة …")."""
    i = ctx.tok(span.start)
    first = ctx.i0
    if i - 1 < first or ctx.token_values[i - 1] not in _OWNED_BY:
        return False
    downing = role_words()["downing"]
    for k in range(i - 2, max(first, i - 2 - _OWNER_REACH) - 1, -1):
        if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[k].end:ctx.token_spans[k + 1].start]):
            return False
        v = ctx.token_values[k]
        if v in downing or (len(v) > 3 and v[0] in "وفب" and v[1:] in downing):
            return True
    return False


_AIRCRAFT = ("طائر", "طيران", "مسير", "مروحي", "سلاح الجو")
# the confrontation words (not the fights of armed men: "اشتباكات", "مواجهات مسلحة")
_CONFRONTATION = frozenset(norm_key(w) for w in ("مواجهات", "مواجهات عنيفة", "مواجهة"))
# the youths of a street confrontation, and the words for armed men that make it a fight all the same
_YOUTHS = frozenset(norm_key(w) for w in ("شبان", "الشبان", "شبانا", "شباب", "الشباب", "فتية", "الفتية", "فتيان",
                                          "الفتيان", "راشقي"))
_ARMED_MEN = ("مقاوم", "مسلح", "مقاتل", "مجاهد", "عناصر")
# townsfolk named as the side of a confrontation or as its dead ("استشهد المواطنان … برصاص قوات الاحتلال
# بمواجهات في الخليل", "مواجهات بين الأهالي وقوات الاحتلال"): unarmed people against a force, as youths are
_TOWNSFOLK = frozenset(norm_key(w) for w in (
    "المواطنين", "مواطنين", "المواطنون", "مواطنون", "المواطنان", "مواطنان", "المواطن", "الأهالي", "أهالي",
    "السكان", "الفلسطينيين", "الفلسطينيون", "فلسطينيين", "فلسطينيون",
    # one of them hurt or killed in the confrontation ("أصيب شاب فلسطيني برصاص الاحتلال خلال المواجهات")
    "شاب", "الشاب", "شابا", "شابين", "شابان", "فتى", "الفتى", "فلسطيني", "فلسطينيا", "فلسطينيان"))
_UNARMED = _YOUTHS | _TOWNSFOLK
# the unarmed a word of fighting can set against a force: youths, citizens, residents, not "the Palestinians" (armed
# men among them as often: "اشتباكات بين الفلسطينيين وقوات الاحتلال" after "تصدى المقاومون")
_LOCALS = _YOUTHS | frozenset(norm_key(w) for w in (
    "المواطنين", "مواطنين", "المواطنون", "مواطنون", "الأهالي", "أهالي", "السكان"))


# the means of crowd control that mark the people hurt in a confrontation as a crowd ("أصيب العشرات بالاختناق خلال
# مواجهات", "بالرصاص المطاطي", "قنابل الغاز"): a force dispersing stone-throwers, not an exchange of fire
_CROWD_CONTROL = frozenset(norm_key(w) for w in (
    "بالاختناق", "الاختناق", "اختناق", "المطاطي", "المعدني", "المغلف", "بالغاز", "المسيل"))
# a verb of standing up to a force ("تصدى الشبان لقوات الاحتلال", "يتصدون لاقتحام"); its subject is a side
_STAND_UP_STEMS = tuple(norm_key(w) for w in ("تصدى", "تصدي", "تصدو", "يتصد", "تتصد"))


def _sentence_words(ctx: SentenceContext) -> list[str]:
    """The sentence's words both as :attr:`SentenceContext.words` and as tokens, since a word whose own first letter
    is و or ف ("فلسطينيين", "فتية") loses it as a conjunction in the former."""
    i0, i1 = ctx.i0, ctx.i1
    return ctx.words + ctx.token_values[i0:i1 + 1]


def _names_unarmed(ctx: SentenceContext, words: frozenset[str] = _UNARMED) -> bool:
    """The sentence names one of ``words`` (a clitic ب/ل/و/ف before it allowed)."""
    return any(v in words or (v[:1] in "بلوف" and v[1:] in words) for v in _sentence_words(ctx))


def _youths_confront(ctx: SentenceContext, fight: bool = False) -> bool:
    """The sentence names youths as a side of its confrontation ("مواجهات بين شبان فلسطينيين وقوات الاحتلال",
    "مواجهات مع شبّان"), or townsfolk, or people hurt by the means of crowd control ("أصيب العشرات بالاختناق"),
    and no armed group or armed men beside them ("المواجهات بين المقاومين وقوات الاحتلال").  With a word of
    fighting (``fight``: "اشتباكات", "اشتبك"), which may be an exchange of fire, the unarmed must be a side:
    youths or citizens who stand up to the force ("تصدى المواطنون لقوات الاحتلال واندلعت اشتباكات") or with
    whom the force clashed ("اشتبكت مع أهالي البلدة", "اشتباكات مع الشبان"), not the dead of a fight told
    beside it ("استشهد ثلاثة شبان … ارتقى أحدهم خلال اشتباكه مع قوات الاحتلال")."""
    vals = _sentence_words(ctx)
    i0, i1 = ctx.i0, ctx.i1
    # named as a side by the words as tuned on the GSR sentences (the scorer's stripping): read with its own ف,
    # "فلسطينيين" made the dead of a clash a side ("سقط قتلى فلسطينيون في مواجهات بين متظاهرين وحاجز للجيش")
    bare = [scorer_strip_conj(v) for v in ctx.token_values[i0:i1 + 1]]
    named = not fight and any(v in _UNARMED or (v[:1] in "بل" and v[1:] in _UNARMED) for v in bare)
    if fight:
        side = (_names_unarmed(ctx, _LOCALS) and any(v.startswith(_STAND_UP_STEMS) for v in vals)) or any(
            a in ("مع", "بين") and (b in _LOCALS or b[1:] in _LOCALS) for a, b in pairwise(vals))
        if not side:
            return False
    elif not named and not _names_unarmed(ctx) and not any(v in _CROWD_CONTROL for v in vals):
        return False
    if any(w in v for v in vals for w in _ARMED_MEN):
        return False
    if not named and any(entry.inter in _CROWD_INTER for _span, entry in ctx.actors):
        # demonstrators or rioters named as the side, and no youths or townsfolk beside them: :func:`_crowd_clash`
        # decides ("المواجهات بين قوات الأمن ومتظاهرين" stays as it was without the crowd's own violence told)
        return False
    return not any(entry.inter in _NON_STATE_INTER for _span, entry in ctx.actors)


# the words that make what follows them the wrong a protest denounces (or the side it backs)
_DENOUNCING = frozenset(norm_key(w) for w in (
    "تنديدا", "تنديداً", "احتجاجا", "احتجاجاً", "رفضا", "رفضاً", "استنكارا", "استنكاراً", "شجبا", "شجباً"))
_DENOUNCE_GAP = 2  # tokens between the word and the act ("تنديداً باستمرار العدوان")


# the fighting words a crowd can be a side of ("اشتباكات بين الشرطة والمحتجين"), not an exchange of fire
_CROWD_CLASH = _CONFRONTATION | frozenset(norm_key(w) for w in ("اشتباكات", "اشتباك", "اشتبك", "اشتبكت", "اشتبكوا"))
# the words of fighting itself, whose dead or wounded civilians are its victims, not a side (not an operation or a
# firing, which may be an attack on them: "عملية عسكرية استهدفت المخيم", "أطلق النار على شخصين")
_FIGHT_WORDS = _CROWD_CLASH | frozenset(norm_key(w) for w in (
    "مواجهات مسلحة", "معارك", "قتال", "اندلع قتال", "تبادل إطلاق النار", "تبادل لإطلاق النار"))
_RIOT_WORDS = frozenset(norm_key(w) for w in ("شغب", "الشغب"))  # "مثيري الشغب": the rioters
# the crowd's own violence: stones, fire bombs, burning, wrecking ("رشق المحتجون الشرطة بالحجارة", "أضرموا النار")
_CROWD_VIOLENCE = frozenset(norm_key(w) for w in (
    "الحجارة", "بالحجارة", "حجارة", "بالحجار", "مولوتوف", "المولوتوف", "الزجاجات", "زجاجات", "أضرموا", "أضرم",
    "أحرقوا", "أحرق", "إحراق", "حرق", "رشقوا", "رشق", "رشقت", "حطموا", "خربوا", "تخريب", "المفرقعات", "مفرقعات"))
_CROWD_VIOLENCE_STEMS = tuple(norm_key(w) for w in ("بالحجار", "بزجاجات", "بالزجاجات", "بالمفرقعات"))


def _crowd_clash(ctx: SentenceContext, f: Frame) -> bool:
    """An armed clash told by a fighting word whose side is a crowd: protesters or rioters named in the sentence
    ("مواجهات عنيفة بين المحتجين والشرطة", "اشتباكات بين الشرطة ومثيري الشغب", not riot police, "مكافحة الشغب"),
    with no armed group or armed men beside them."""
    if f.event_type != "Battles" or f.sub_event_type != "Armed clash" or not any(
            getattr(sp.value, "key", "") in _CROWD_CLASH for sp in f.triggers):
        return False
    if any(entry.inter in _NON_STATE_INTER for _span, entry in ctx.actors) \
            or any(w in v for v in ctx.words for w in _ARMED_MEN):
        return False
    if _crowd_tokens(ctx):
        # the crowd's own violence told (stones, fire, wrecking): a riot in ACLED's and PLOVER's terms alike. A
        # bare "clashes between the police and the protesters" stays as it was: PLOVER (the GSR's scheme) codes
        # that two-sided fighting as ASSAULT, and the GSR's annotators mark it no protest
        return any(w in _CROWD_VIOLENCE or w.startswith(_CROWD_VIOLENCE_STEMS) for w in ctx.words)
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    return any(strip_conj(vals[j]) in _RIOT_WORDS and not any(
        w in _RIOT_CONTROL for k in range(max(i0, j - _RIOT_CONTROL_GAP), j) for w in _variants(vals[k]))
        for j in range(i0, i1 + 1))


def _denounced(ctx: SentenceContext, pos: int) -> bool:
    """The trigger at ``pos`` follows a word of denouncing within a short gap ("تنديداً بالعدوان")."""
    k = ctx.tok(pos)
    s0 = ctx.i0
    return any(strip_conj(ctx.token_values[j]) in _DENOUNCING for j in range(max(s0, k - _DENOUNCE_GAP), k))


def _demo_absorbs_fight(ctx: SentenceContext, frames: list[Frame]) -> list[Frame]:
    """A fight told in the sentence of a protest (its last frame) whose sides are the crowd and a force: ACLED
    never makes demonstrators a side of an armed clash.  Police firing on the crowd ("قتل متظاهرون برصاص
    الشرطة خلال الاحتجاجات") is the protest's excessive force (the sub-type the protest frame already took from
    the casualties), rioters attacking officers ("شارك متظاهرون في أعمال شغب وهاجموا الشرطة") the riot, and
    confrontations with the police during the protests ("مواجهات بين المحتجين والشرطة في أثناء التظاهرات")
    a violent demonstration.  The fight is a Battles frame that names the crowd (a protester or rioter
    mention) or is a confrontation word; none with armed men or a non-state armed group beside them."""
    demo = frames[-1]
    # fire opened on the crowd ("أطلق عناصر من قسد النار على محتجين"): whoever fired, even a non-state group that
    # holds the town, it is the protest met by force, not a clash nor an attack of its own on the people hit; the
    # protest the fire tells is an act of the sentence even where the crowd is named only as the fire's object
    fired_on = _fire_on_crowd(ctx)
    if not demo.primary and not (fired_on and any(fr.primary and fr.event_type in VIOLENT for fr in frames[:-1])):
        return frames  # a protest only mentioned: the fight is the sentence's event
    # the wrong a protest denounces ("تظاهرات تنديداً بالعدوان الإسرائيلي على غزة", "احتجاجاً على القصف"):
    # what the crowd protests, told elsewhere, not an act in the sentence
    frames = [fr for fr in frames[:-1] if fr.event_type not in VIOLENT or not fr.triggers
              or not all(_denounced(ctx, sp.start) for sp in fr.triggers)] + [demo]
    # a confrontation already typed a riot (:func:`_youths_confront`) is the protest's fight all the same
    fights = [fr for fr in frames[:-1] if fr.triggers and (fr.event_type == "Battles" or (
        fr.event_type == "Riots" and any(getattr(sp.value, "key", "") in _CROWD_CLASH for sp in fr.triggers)) or (
        fired_on and fr.event_type == "Violence against civilians" and fr.sub_event_type == "Attack"))]
    if not fights:
        return frames
    confront = any(getattr(sp.value, "key", "") in _CONFRONTATION for fr in fights for sp in fr.triggers)
    crowd = any(e.inter in _CROWD_INTER for _, e in ctx.actors)
    if not (crowd or confront) or (not fired_on and (any(e.inter in _NON_STATE_INTER for _, e in ctx.actors)
                                                     or any(w in v for v in ctx.words for w in _ARMED_MEN))):
        return frames
    if confront and demo.event_type == "Protests" and demo.sub_event_type != "Excessive force against protesters":
        demo.event_type, demo.sub_event_type = "Riots", "Violent demonstration"
        demo.plover_type, demo.plover_mode = "PROTEST", "riot"
    if fired_on:
        demo.primary = True
        if demo.event_type == "Protests" and demo.sub_event_type == "Peaceful protest":
            demo.sub_event_type = "Protest with intervention"  # fired on: no peaceful protest (ACLED)
    return [fr for fr in frames if not any(fr is g for g in fights)]


# the objects of a verb of firing before "على" and the crowd it is aimed at ("أطلقوا النار على المحتجين")
_FIRE_OBJECTS = frozenset(norm_key(w) for w in (
    "النار", "الرصاص", "النيران", "نيرانها", "نيرانه", "نيرانهم", "الحي", "المطاطي"))
_FIRE_OBJECT_REACH = 3  # tokens before "على" within which the fire is named
_FIRER_REACH = 8  # tokens before the fire within which its verb stands ("أطلق عناصر من قوات … النار")


def _fire_on_crowd(ctx: SentenceContext) -> bool:
    """A crowd (protesters or rioters, an actor mention of inter 5 or 6) is the object of fire: named right after
    "على" with the fire just before it ("أطلق عناصر الأمن النار على محتجين", "أطلقوا الرصاص الحي على المتظاهرين")."""
    s0 = ctx.i0
    vals = ctx.token_values
    for span, entry in ctx.actors:
        k = ctx.tok(span.start)
        if entry.inter not in _CROWD_INTER or k - 1 < s0 or strip_conj(vals[k - 1]) != _ON:
            continue
        fire = [j for j in range(max(s0, k - 1 - _FIRE_OBJECT_REACH), k - 1) if strip_conj(vals[j]) in _FIRE_OBJECTS]
        # told by a past verb of firing ("أطلق … النار"), not a verbal noun of an accusation or a claim ("اتهم
        # حماس بإطلاق النار على المتظاهرين")
        if fire and any(strip_conj(vals[j]) in _FIRING_VERBS for j in range(max(s0, fire[0] - _FIRER_REACH), fire[0])):
            return True
    return False


# the words before an aircraft that make it what is fired at, not what fires ("النار على طائرة", "نحو المسيرة")
_AIMED_AT = frozenset(norm_key(w) for w in ("على", "نحو", "تجاه", "باتجاه", "اتجاه", "صوب", "ضد", "لطائرات",
                                            "لطائرة", "للطائرات", "للطائرة", "لمسيرة", "للمسيرة", "لمروحية"))
_AIRCRAFT_WORDS = frozenset(norm_key(w) for w in (
    "طائرة", "طائرات", "الطائرة", "الطائرات", "طائراته", "طائراتها", "طائراتهم", "مروحية", "مروحيات", "المروحية",
    "المروحيات", "الطيران", "طيران", "طيرانه", "طيرانها"))
# the verbs of firing whose subject an aircraft named right after them is ("أطلقت طائرات الاحتلال الرصاص")
_FIRING_VERBS = frozenset(norm_key(w) for w in ("أطلق", "أطلقت", "أطلقوا", "فتح", "فتحت", "فتحوا"))
_SUFFERED = "تعرض"  # "تعرضت طائرة لإطلاق نار": the aircraft is what was hit
_SUFFERED_NOUNS = frozenset(norm_key(w) for w in ("تعرضه", "تعرضها", "تعرضهم"))  # "بعد تعرضه": not a verb
_FIRER_GAP = 3  # tokens between an aircraft named before it and the firing word ("طائرات الاحتلال الرصاص")


def _aircraft_fires(ctx: SentenceContext, m: Match, bombard: bool = False) -> bool:
    """An aircraft or a drone of the sentence is the subject of the firing or bombardment word ``m``: named
    between the verb and its object ("أطلقت طائرات الاحتلال النار"), right after a firing verb before its object
    ("أطلقت طائرات الكواد كابتر نيرانها", "أطلقت طائرات الاحتلال الرصاص"), or for a bombardment (``bombard``)
    right after it ("قصف طائرات الاحتلال الحربية عيادة") or shortly before it ("يواصل سلاح الجو عمليات القصف");
    not an aircraft downed, fired at ("أطلقوا النار على طائرة") or hit ("تعرضت طائرة لإطلاق نار").
    An aircraft is an actor mention that names one, or a plain word for aircraft ("طائرات", not the
    ambiguous "مسيرة", a march, unless an actor mention)."""
    t0, t1 = ctx.tok(m.start), ctx.tok(m.end - 1)
    s0 = ctx.i0
    found: list[tuple[int, int, Span | None]] = [
        (ctx.tok(span.start), ctx.tok(span.end - 1), span) for span, _entry in ctx.actors
        if _names_weapon(ctx, span) and any(w in norm_key(ctx.nt.original[span.start:span.end]) for w in _AIRCRAFT)]
    lo, hi = max(s0, t0 - _FIRER_GAP - 1), min(t1 + 1, len(ctx.token_values) - 1)
    found += [(k, k, None) for k in range(lo, hi + 1) if strip_conj(ctx.token_values[k]) in _AIRCRAFT_WORDS]
    downing = role_words()["downing"]
    for a0, a1, span in found:
        prev = strip_conj(ctx.token_values[a0 - 1]) if a0 > s0 else ""
        if prev in _AIMED_AT or prev.startswith(_SUFFERED):
            continue
        inside = t0 < a0 <= t1
        after = a0 == t1 + 1 and (bombard or prev in _FIRING_VERBS)  # "قصف طائرات …", "أطلقت طائرات … النار"
        before = a1 < t0 and t0 - a1 <= _FIRER_GAP and (bombard or prev in _FIRING_VERBS)
        if not (inside or after or before):
            continue
        if span is not None and _downed(ctx, span):
            continue
        if span is None and any(strip_conj(v) in downing for v in ctx.token_values[max(s0, a0 - 3):a0]):
            continue
        return True
    return False


# the kinds a bomb word types an act by (:data:`_DROP_VERBS` can make of it a bomb dropped from the air)
_DROPPED_KINDS = ("Remote explosive/landmine/IED", "Grenade")
# verbs of dropping, in the past or the present ("ألقت", "ألقى", "تلقي", "ألقتا"), normalised, conjunctions stripped
_DROP_VERBS = frozenset(norm_key(w) for w in ("ألقت", "ألقى", "القت", "القى", "تلقي", "يلقي", "ألقتا", "ألقيا",
                                              "القتا", "القيا", "رمت", "رمى"))


def _dropped_from_air(ctx: SentenceContext) -> bool:
    """The sentence has aircraft or drones for an actor (:func:`_aircraft_agent`) and a verb of dropping
    (:data:`_DROP_VERBS`): the bomb it names was dropped from the air."""
    return any(strip_conj(v) in _DROP_VERBS for v in ctx.token_values[ctx.i0:ctx.i1 + 1]) and _aircraft_agent(ctx)


def _aircraft_agent(ctx: SentenceContext) -> bool:
    """An actor mention of the sentence names aircraft or drones ("طائرات مجهولة", "سلاح الجو
    الروسي"): an attack it carries out is an air or drone strike; not a drone shot down ("وأسقطت مسيّرة
    إسرائيلية"), which carried no attack of the sentence."""
    for span, _entry in ctx.actors:
        if not _names_weapon(ctx, span) or _downed(ctx, span):
            continue
        key = norm_key(ctx.nt.original[span.start:span.end])
        if any(w in key for w in _AIRCRAFT):
            return True
    return False


# the head word of a mention of armed men ("مسلحون مجهولون", "ملثمون"): a ground force
_GUNMEN = frozenset({"مسلحون", "مسلحين", "مسلحو", "مسلحي", "مسلح", "ملثمون", "ملثمين", "المسلحون", "المسلحين"})


_SMALL_ARMS = frozenset(norm_key(w) for w in (
    "رشاش", "رشاشات", "الرشاشات", "بالرشاشات", "رشاشة", "الرشاشة", "بنادق", "البنادق", "بالبنادق",
    "الخفيفة", "الخفيفه", "قناصة", "بالقناصة"))


# close-range anti-armour, anti-bunker and anti-personnel rounds: "تاندوم", "RPG" / "آر بي جي", "TBG",
# "المضادة للدروع", "المضاد للتحصينات", "المضادة للأفراد", and "الياسين" / "ياسين" before its calibre ("105")
_ANTI_ARMOUR = frozenset(norm_key(w) for w in ("تاندوم", "التاندوم", "rpg", "tbg", "للدروع", "للتحصينات",
                                                "للأفراد"))
_YASSIN = frozenset(norm_key(w) for w in ("الياسين", "ياسين"))
# the shell words of the trigger list (a shell fired by the round), besides which nothing is a remote weapon
_SHELL_STEM = norm_key("قذيف")
_SHELL_KEYS = frozenset(norm_key(w) for w in ("قذائف", "القذائف", "بقذائف", "هاون", "قذائف هاون"))


# the beating verbs (اعتدى على …) and the buildings and belongings that, as their object, make them damage to property
_BEAT_VERBS = frozenset(norm_key(w) for w in ("اعتدى", "اعتدت", "اعتدوا", "اعتداء"))
_PROPERTY = frozenset(norm_key(w) for w in (
    "منازل", "منزل", "بيوت", "بيت", "ممتلكات", "محال", "محلات", "متاجر", "سيارات", "مركبات", "أراضي", "أراض",
    "مزروعات", "أشجار", "مصلى", "مسجد", "كنيسة", "مقبرة", "ممتلكاتهم", "منازلهم", "بيوتهم"))


def _property_object(ctx: SentenceContext, m: Match) -> bool:
    """The object of the beating verb or noun ``m`` ("على" then the next word, its article and conjunction
    stripped; a day word may stand between) is a building or belongings (_PROPERTY)."""
    j, i1 = ctx.tok(m.end - 1) + 1, ctx.i1
    vals = ctx.token_values
    while j < i1 and (strip_conj(vals[j]) in _SAME_DAY or vals[j] == "يوم"):
        j += 1  # "اعتدوا يوم أمس على …"
    if j + 1 > i1 or vals[j] not in ("علي", "على"):
        return False
    obj = strip_conj(vals[j + 1])
    return obj in _PROPERTY or (obj.startswith("ال") and obj[2:] in _PROPERTY)


# "من مسافة صفر" (point-blank): a fight at arm's length, whatever the weapon
_DISTANCE = norm_key("مسافة")
_ZERO = frozenset(norm_key(w) for w in ("صفر", "الصفر"))


def _point_blank(ctx: SentenceContext) -> bool:
    """The sentence tells an act done at point-blank range ("من مسافة صفر", "من المسافة صفر")."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    if _DISTANCE not in " ".join(vals[i0:i1]):
        return False  # no word of distance at all (the cheap test first)
    return any(strip_conj(vals[j]).removeprefix("ال") == _DISTANCE and strip_conj(vals[j + 1]) in _ZERO
               for j in range(i0, i1))


_DOWNED_NOUN_GAP = 6  # tokens between a word of downing and the weapon it downs, as _downed ("أسقطت عدداً من مسيّرات")


def _downed_noun(ctx: SentenceContext, m: Match) -> bool:
    """The weapon trigger ``m`` is what a word of downing or intercepting just before it stops ("إسقاط مسيّرة
    إسرائيلية", "أسقطت عدداً من مسيّرات العدو"): a weapon the sentence's side shot down, not its own."""
    i, s0 = ctx.tok(m.start), ctx.i0
    downing = role_words()["downing"]
    return any(strip_conj(v) in downing for v in ctx.token_values[max(s0, i - _DOWNED_NOUN_GAP):i])


def _downed_by_noun(ctx: SentenceContext, m: Match) -> bool:
    """The weapon trigger ``m`` stands right after a verbal noun of downing or intercepting ("إسقاط",
    "وإسقاط", "بإسقاط", "اعتراض"; the article glued to the weapon allowed: "إسقاط المسيرة الأميركية")."""
    i, s0 = ctx.tok(m.start), ctx.i0
    return i > s0 and strip_conj(ctx.token_values[i - 1]).removeprefix("ب") in _DOWNING_NOUNS and any(
        w in ctx.token_values[i] for w in _DOWNABLE)


_DOWNING_NOUNS = frozenset({"اسقاط", "اعتراض"})
# what is shot down or intercepted; a shell or a bomb "dropped" ("إسقاط قذيفة على تجمع للجنود") is a strike
_DOWNABLE = ("طائر", "مسير", "مروحي", "صاروخ", "صواريخ")


def _close_range_weapon(ctx: SentenceContext) -> bool:
    """The sentence names a shoulder-fired anti-armour, anti-bunker or anti-personnel round (see _ANTI_ARMOUR),
    or tells the act done at point-blank range (:func:`_point_blank`)."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    for j in range(i0, i1 + 1):
        v = strip_conj(vals[j])
        if v in _ANTI_ARMOUR:  # (token values are normalised: Latin letters lower-cased)
            return True
        if v in _YASSIN and j < i1 and vals[j + 1].isdigit():
            return True
        if v == "ار" and vals[j + 1:j + 3] == ["بي", "جي"]:
            return True
    return _point_blank(ctx)


def _remote_besides_shells(non_cas: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """A weapon of the strike other than the shells (rockets, a missile, aircraft, a drone) is named."""
    return any(k[1].trigger.event_type == "Explosions/Remote violence" and "vac_if_civ" not in k[1].flags
               and _SHELL_STEM not in k[1].trigger.key and k[1].trigger.key not in _SHELL_KEYS
               and k[1].trigger.key not in _BOMBARD for k in non_cas)


def _small_arms(ctx: SentenceContext) -> bool:
    """The sentence names machine guns, rifles or light weapons ("بالأسلحة الرشاشة", "بالرشاشات")."""
    i0, i1 = ctx.i0, ctx.i1
    return any(v in _SMALL_ARMS or (len(v) > 3 and v[0] == "و" and v[1:] in _SMALL_ARMS)
               for v in ctx.token_values[i0:i1 + 1])


_GRENADE = "Grenade"


def _grenades_with_guns(ctx: SentenceContext, non_cas: list[tuple[Match, TriggerEntry, float]]) -> bool:
    """The only explosive weapon the sentence names is hand grenades, named beside machine guns or rifles, and
    another violent word tells the act ("استهدفوا الحاجز بالأسلحة الرشاشة والقنابل اليدوية", "هجوم بالرشاشات
    والقنابل")."""
    weapons = [k for k in non_cas if k[1].trigger.event_type == "Explosions/Remote violence"
               and "vac_if_civ" not in k[1].flags]
    return (bool(weapons) and all(k[1].trigger.sub_event_type == _GRENADE for k in weapons)
            and (any(k[1].trigger.sub_event_type != _GRENADE for k in non_cas) or _weapons_used(ctx))
            and _small_arms(ctx) and not _aircraft_agent(ctx))


# a verb of using weapons ("استخدم المهاجمون أسلحة رشاشة وقنبلة يدوية"): the sentence names the weapons of an act
# told before it (normalised, with the clitics and suffixes the token may carry)
_USED_RE = re.compile(r"^[وف]?(?:استخدم|استعمل)(?:ت|وا|ا)?$")


def _weapons_used(ctx: SentenceContext) -> bool:
    """The sentence names the weapons an act told before it was done with ("وقال المراسل إن المهاجمين استخدموا أسلحة
    رشاشة وقنبلة يدوية"): the act word is in the sentence before, the weapons tell its kind."""
    return any(_USED_RE.match(v) for v in ctx.words)


def _manned_object(ctx: SentenceContext, span: Span) -> bool:
    """The object of the targeting word ``span`` is a post or unit of men on the ground (``manned`` in roles.tsv:
    "استهداف دورية …", "استهدفوا حاجزاً …", "استهداف المسلحين الدورية"): the word right after it, or right after
    the attacker named between them."""
    k = ctx.tok(span.end - 1) + 1
    last = ctx.i1
    agent = next((s for s, _e in ctx.actors if ctx.tok(s.start) == k), None)
    if agent is not None and _bare(ctx.token_values[k]) not in role_words()["manned"]:
        k = ctx.tok(agent.end - 1) + 1
    return k <= last and _bare(ctx.token_values[k]) in role_words()["manned"]


def _gunmen_agent(ctx: SentenceContext) -> bool:
    """The attacker named by the sentence is armed men ("استهدف مسلحون سيارة"): with no weapon named,
    their attack is a shooting at close range, not a strike from afar."""
    for span, _entry in ctx.actors:
        first = norm_key(ctx.nt.original[span.start:span.end]).split(" ", 1)[0]
        if first in _GUNMEN and _role_of(ctx, span) == "agent":
            return True
    return False


def _is_source(ctx: SentenceContext, span: Span) -> bool:
    """The mention follows a source noun ("مصدر في شرطة حمص", "المتحدث باسم قسد", "مصادر أمنية في
    الجيش"): adjectives and prepositions from ``sources.tsv`` may stand between them.  A speaker noun right
    after a verb of saying also makes a source: before the mention ("قال قيادي في …", "بحسب ما قاله قيادي
    سابق بـ …"), or as the mention's own head right after the verb ("وأكد المستشار الإيراني أن …", "قال ضابط إسرائيلي
    إن …"); so does a speaker head right before a present verb of saying, as a headline puts it (roles.tsv
    ``said_by``: "مستشار إيراني يكشف …")."""
    words = role_words()
    heads, fillers = words["source"], words["filler"]

    def after_saying(k: int, reach: int) -> bool:
        pos = ctx.token_spans[k].start
        return any(_cue(c).kind == "attribution" and c.end <= pos and k - ctx.tok(c.start) <= reach
                   for c in ctx.cues)

    i = ctx.tok(span.start)
    if ctx.token_values[i] in words["speaker"] and after_saying(i, 1):
        return True  # the verb's subject itself (not "أفاد مراسلنا بمقتل ضابط …")
    if _spokesman_name(ctx, span) and after_saying(i, 1):
        return True  # a force's spokesman by his family name ("وأوضح Y أن …"), a source as his title is
    k = ctx.tok(span.end - 1) + 1
    if ctx.token_values[i] in words["speaker"] and k < len(ctx.token_values) \
            and ctx.token_spans[k].start < ctx.sentence.end and ctx.token_values[k] in words["said_by"]:
        return True  # a headline's speaker before its verb of saying ("مستشار إيراني يكشف …", "قيادي في … يؤكد")
    s0 = ctx.i0
    lo = max(s0, i - 5)
    j = i - 1
    while j >= lo:
        v = ctx.token_values[j]
        if len(v) > 3 and v[0] == "و":
            v = v[1:]
        if v in heads:
            return True
        if v in words["speaker"]:
            return after_saying(j, 3)
        if v not in fillers:
            return False
        j -= 1
    return False


_THAT = frozenset({"ان", "بان", "إن", "أن"})
# "أنّ" with the speaker's own pronoun ("زعم الجيش أنه قتل …"): the clause tells the speaker's act
_THAT_SELF = frozenset(norm_key(w) for w in ("أنه", "أنها", "أنهم", "بأنه", "بأنها", "بأنهم", "إنه", "إنها", "إنهم"))


def _reporting_speaker(ctx: SentenceContext, span: Span) -> bool:
    """The subject of a verb of saying whose "أنّ" clause opens on another actor ("قالت وزارة الدفاع
    إنّ العدو نفّذ …"): the speaker reports the act of the clause's subject and is no party to it.  A
    clause that resumes the speaker ("أعلنت … أنها استهدفت", "أن مجاهديها …") names no other subject,
    so the speaker stays a party there."""
    if _police_teller(ctx, span):
        return True
    if not _said_by(ctx, span):
        return False
    return _clause_subject(ctx, span) == "other"


def _said_by(ctx: SentenceContext, span: Span) -> bool:
    """``span`` (its apposition's head) is the subject of a verb of saying: an attribution cue ends before it, at most
    two words before its head ("قالت الشرطة", "وأعلنت وزارة الدفاع")."""
    i = ctx.tok(_apposition_head(ctx, span).start)
    return any(_cue(c).kind == "attribution" and c.end <= span.start and 0 < i - ctx.tok(c.start) <= 2
               for c in ctx.cues)


def _police_teller(ctx: SentenceContext, span: Span) -> bool:
    """A police force that tells a shooting or a toll is its reporter, not its shooter: the subject of a headline's
    present verb of saying ("الشرطة الأميركية تفيد بمقتل شخصين …"), or of a verb of saying whose "أنّ" clause opens
    on no actor and on none of its own men ("وقالت الشرطة إنّ 15 شخصاً أصيبوا …", "أوضحت الشرطة أن المهاجم فرّ").
    Its own act stays its own: "أعلنت الشرطة أنها اعتقلت …", "إن عناصرها …"; so does its own toll
    (:func:`_toll_announcement`)."""
    if not any(a == span and e.name.startswith("Police Forces of") for a, e in ctx.actors):
        return False
    if any(_trig(m).trigger.sub_event_type == "Arrests" or _trig(m).trigger.event_type == "Protests"
           for m in ctx.triggers):
        return False  # "قالت الشرطة إن 98 شخصاً اعتُقلوا", "… وتلقي القبض على المشتبه به": the police's own act
    k = ctx.tok(span.end - 1) + 1
    h = k
    while h < len(ctx.token_values) and h - k < 2 and ctx.token_values[h].startswith("ال"):
        h += 1  # its adjectives ("الشرطة الأميركية المحلية تفيد")
    if h < len(ctx.token_values) and ctx.token_spans[h].start < ctx.sentence.end \
            and ctx.token_values[h] in role_words()["said_by"]:
        return True
    if not _said_by(ctx, span):
        return False
    j = k
    last = ctx.i1
    while j < last and j - k <= 2 and ctx.token_values[j] not in _THAT:
        if ctx.token_values[j] in _THAT_SELF:
            return False
        j += 1
    if not (j < last and ctx.token_values[j] in _THAT):
        return False
    nxt = strip_conj(ctx.token_values[j + 1])
    return _clause_subject(ctx, span) == "self" and nxt not in _THAT_SELF and not _own_word(nxt) \
        and nxt not in _BRANCHES


_APPOSITION_GAP = re.compile(r"^[\s\"'«»()]*$")


def _apposition_head(ctx: SentenceContext, span: Span) -> Span:
    """The mention of the same actor right before ``span`` that it stands in apposition to ("القيادة المركزية
    الأميركية "سنتكوم""), else ``span`` itself."""
    entry = next((e for a, e in ctx.actors if a == span), None)
    for a, e in ctx.actors:
        if a.end <= span.start and e == entry and _APPOSITION_GAP.match(ctx.nt.original[a.end:span.start]):
            return a
    return span


def _own_men_clause(ctx: SentenceContext, span: Span) -> bool:
    """The "أنّ" clause right after the mention opens on its own men ("… باسم الجيش إن قواته قصفت",
    "… أن مقاتليها استهدفوا"): the mention's force did the act the clause tells."""
    j = ctx.tok(span.end - 1) + 1
    last = ctx.i1
    while j < last and j - ctx.tok(span.end - 1) <= 3 and ctx.token_values[j] not in _THAT:
        j += 1
    if not (j < last and ctx.token_values[j] in _THAT):
        return False
    nxt = strip_conj(ctx.token_values[j + 1])
    if nxt in _OPERATION_NOUNS and _spokesman_name(ctx, span) and not (
            j + 2 <= last and strip_conj(ctx.token_values[j + 2]) in _HOSTILE_ACT_ADJECTIVES):
        return True  # "وأوضح Y أن العملية الأولى استهدفت …": the operation the spokesman announces is his force's
    # "… أن القوات البحرية استهدفت": a branch of the force with no state of its own named (no actor there)
    return _own_word(nxt) or (nxt in _BRANCHES and not any(a.start == ctx.token_spans[j + 1].start
                                                           for a, _ in ctx.actors))


# session 23 (FRESHIRQ): the nouns of an operation a spokesman's clause may open on, and the adjectives that make it
# the enemy's ("العملية الإرهابية")
_OPERATION_NOUNS = frozenset(norm_key(w) for w in ("العملية", "العمليتين", "العمليتان", "العمليات", "عملية"))
_HOSTILE_ACT_ADJECTIVES = frozenset(norm_key(w) for w in (
    "الإرهابية", "الإجرامية", "الغادرة", "العدوانية", "الجبانة", "الإسرائيلية", "الأميركية", "الأمريكية"))


def _spokesman_name(ctx: SentenceContext, span: Span) -> bool:
    """The mention is one word, the family name of a force's spokesman the article introduced by title, force, rank and
    name (rasd.actors.lexicon.spokesman_family_names; the actor stage makes it a mention of the force)."""
    return ctx.tok(span.start) == ctx.tok(span.end - 1) and \
        strip_conj(norm_key(ctx.nt.original[span.start:span.end])) in spokesman_family_names(ctx.nt.norm)


# the branches a force's spokesman names as the doers of its act ("القوات البحرية", "القوة الصاروخية", "سلاح الجو")
_BRANCHES = frozenset(norm_key(w) for w in ("القوات", "القوة", "سلاح", "الدفاعات", "الوحدات"))
# the verbs by which a force's spokesman announces its act (not one of admitting: "أقرّ بسقوط طائرة" is a loss)
# (and the verb's noun, "إعلان المتحدث باسم X تنفيذ القوات البحرية عملية …", "بعد إعلان المتحدث باسم X استهداف …")
_CLAIM_VERBS = frozenset(norm_key(w) for w in ("أعلن", "أعلنت", "تعلن", "يعلن", "أكد", "أكدت", "تؤكد", "يؤكد",
                                               "إعلان", "بإعلان"))
# the words a spokesman's title, name and the day may fill before the act he announces
_ANNOUNCED_ACT_REACH = 10


def _spokesman_announces_act(ctx: SentenceContext, span: Span) -> bool:
    """An armed force announces through its spokesman an act named by its noun ("أعلن المتحدث باسم X، العميد
    Y، استهداف سفينة …", "المتحدث باسم X يعلن تنفيذ عملية …"): its own act, as when it announces it itself
    ("أعلنت X استهداف …").  Not when a "أنّ" clause or another actor comes before the act."""
    vals = ctx.token_values
    i, j = ctx.tok(span.start), ctx.tok(span.end - 1)
    lo, last = ctx.i0, ctx.i1
    named = i - 1 >= lo and _spokesman_name(ctx, span)  # "وأكد Y تنفيذ عملية …": the spokesman by his name
    if not named and (i - 2 < lo or vals[i - 1] not in _ON_BEHALF or vals[i - 2] not in _SPOKESMEN):
        return False
    entry = next((e for s, e in ctx.actors if s.start == span.start and s.end == span.end), None)
    if entry is None or entry.inter not in ARMED_INTER:
        return False
    announced = strip_conj(vals[i - 1]) in _CLAIM_VERBS if named else \
        i - 3 >= lo and strip_conj(vals[i - 3]) in _CLAIM_VERBS
    acts = {ctx.tok(m.start) for m in ctx.triggers
            if "verb" not in _trig(m).flags and "casualty" not in _trig(m).flags}
    for k in range(j + 1, min(last, j + _ANNOUNCED_ACT_REACH) + 1):
        v = strip_conj(vals[k])
        if vals[k] in _THAT or v in _THAT:
            return False
        if v in _CLAIM_VERBS:
            announced = True  # headline order: "المتحدث باسم X يعلن …"
            continue
        if any(a.start == ctx.token_spans[k].start for a, _ in ctx.actors):
            return False
        if k in acts:
            return announced
    return False


def _clause_subject(ctx: SentenceContext, span: Span) -> str:
    """Whose act the "أنّ" clause right after a speaker's mention tells: "other" when it opens on
    another actor ("… إنّ العدو نفّذ …"), "self" when it opens on none ("… أنها استهدفت …", "أن
    مجاهديها …": the speaker's own act), "" when no such clause follows."""
    j = ctx.tok(span.end - 1) + 1
    last = ctx.i1
    while j <= last and j - ctx.tok(span.end - 1) <= 3 and ctx.token_values[j] not in _THAT:
        if ctx.token_values[j] in _THAT_SELF:
            return "self"
        j += 1
    if j >= last or ctx.token_values[j] not in _THAT:
        return ""
    nxt = ctx.token_spans[j + 1].start
    if strip_conj(ctx.token_values[j + 1]) in _PERPETRATORS and any(
            a == span and e.inter in _STATE_INTER for a, e in ctx.actors):
        return "other"  # "أوضحت الشرطة أن منفذي الهجوم خرجا …": the attackers a state's force describes
    if strip_conj(ctx.token_values[j + 1]) in _SHIP_NOUNS and any(
            a.start > nxt and _by_weapon(ctx, a, ctx.tok(a.start)) for a, _ in ctx.actors):
        return "other"  # "أعلنت القيادة المركزية أن سفينة شحن أصيبت بصاروخ يمني": another state's weapon hit it
    if strip_conj(ctx.token_values[j + 1]) in _ARMS_OF_SIDE and j + 2 <= last:
        # "أعلنت وزارة الدفاع أن طائرات الاحتلال الإسرائيلي أطلقت …": the clause opens on the arms of another side
        nxt = ctx.token_spans[j + 2].start
    return "other" if any(a.start == nxt and a.start >= span.end for a, _ in ctx.actors) else "self"


# the aircraft, guns or drones of a side named right after them, opening a reported clause ("أن طائرات الاحتلال
# …", "إن مدفعية الجيش …"): the clause tells that side's act
_ARMS_OF_SIDE = _AIRCRAFT_WORDS | frozenset(norm_key(w) for w in (
    "مدفعية", "المدفعية", "مسيرة", "مسيرات", "المسيرة", "المسيرات", "بوارج", "زوارق", "دبابات", "راجمات"))


# ships and tankers opening a reported clause: the clause tells what befell the ship, not the speaker's act
_SHIP_NOUNS = frozenset(norm_key(w) for w in (
    "سفينة", "سفينتين", "سفينتان", "سفن", "سفنا", "ناقلة", "ناقلتين", "ناقلتان", "ناقلات", "السفينة", "السفن",
    "الناقلة"))


# the ships, tankers and warships an operation may target at sea (_violent_frame); not the singular "مدمرة", which is
# as often "destructive" ("الحرب المدمرة"), nor "حاملة" without "الطائرات" ("carrying")
_NAVAL_TARGETS = _SHIP_NOUNS | frozenset(norm_key(w) for w in (
    "مدمرتين", "المدمرتين", "مدمرات", "المدمرات", "بارجة", "البارجة", "بوارج", "فرقاطة", "الفرقاطة", "ناقلتي",
    "سفينتي"))
_CARRIER = (norm_key("حاملة"), frozenset(norm_key(w) for w in ("الطائرات", "طائرات")))


def _naval_target(ctx: SentenceContext) -> bool:
    """The sentence names a ship, a tanker or a warship (see above)."""
    vals = ctx.words
    return any(v in _NAVAL_TARGETS or (v == _CARRIER[0] and k + 1 < len(vals) and vals[k + 1] in _CARRIER[1])
               for k, v in enumerate(vals))


# the doers of an attack named by their act ("منفذ الهجوم", "منفذي العملية"): after a state's force, never its own
# men (a faction that says "أن منفذ العملية …" may be claiming its own fighter)
_PERPETRATORS = frozenset(norm_key(w) for w in (
    "منفذ", "المنفذ", "منفذو", "منفذي", "منفذا", "منفذان", "منفذين", "المنفذون", "المنفذين", "المنفذان"))


# the cue kinds whose verbs take a speaker as subject and an act (or a claim about one) as object:
# condemning and commenting ("دان", "استنكر", "ندد"), accusing and alleging ("اتهم", "زعم"), denying
_STATEMENT_KINDS = ("condemn", "claim", "denial")
# words that may stand between a verb of stating and its subject ("دانت اليوم وزارة …")
_BEFORE_SUBJECT = frozenset(norm_key(w) for w in ("اليوم", "أمس", "مساء", "صباح", "أيضا", "أيضاً", "بدورها",
                                                   "بدوره", "كذلك", "الليلة"))


def _subject_of(ctx: SentenceContext, c: Match, span: Span) -> bool:
    """The mention is the subject of the verb matched by ``c``: right after it (verb-subject order,
    a time word may stand between), or right before it (subject-verb, as in headlines: "حزب الله
    يدين …")."""
    i, j = ctx.tok(span.start), ctx.tok(span.end - 1)
    if c.end <= span.start:
        k = ctx.tok(c.end - 1)
        return i - k == 1 or (i - k == 2 and strip_conj(ctx.token_values[k + 1]) in _BEFORE_SUBJECT)
    if c.start >= span.end:
        return ctx.tok(c.start) - j == 1 and not ctx.nt.original[span.end:c.start].strip()
    return False


def _statement_role(ctx: SentenceContext, span: Span) -> str:
    """The subject of a verb of stating about an act (cue kinds ``condemn``, ``claim``, ``denial``:
    "دان حزب الله التفجير", "اتهمت وزارة الدفاع الفصائل بقصف …") or of a verb of mourning ("نعى")
    is a party to the statement, not to the act it names: "source", never an actor of that act.  A
    claim of one's own act keeps the claimer a party ("زعم الجيش أنه قتل …"); a mourner whose own
    members are the mourned ("نعى … ثلاثة من عناصره") is the side that was hit: "target"."""
    for c in ctx.cues:
        if _cue(c).kind in _STATEMENT_KINDS and _verb_form(c) and _subject_of(ctx, c, span):
            return "" if _clause_subject(ctx, span) == "self" else "source"
    toll = _toll_announcement(ctx, span)
    if toll is not None and toll[0] in ("own", "people"):
        return "target" if toll[0] == "own" else "source"
    i, j = ctx.tok(span.start), ctx.tok(span.end - 1)
    lo, last = ctx.i0, ctx.i1
    before = strip_conj(ctx.token_values[i - 1]) if i > lo else ""
    after = strip_conj(ctx.token_values[j + 1]) if j < last else ""
    verb = before if before in _MOURN_VERBS else after if after in _MOURN_VERBS else ""
    if not verb and (before in _VOW_VERBS or after in _VOW_VERBS):
        # a side that vows revenge for its own dead ("اللواء الثامن يتوعد بعد مقتل اثنين من عناصره",
        # "توعّد الجيش بالرد على مقتل ثلاثة من جنوده"): the side that was hit, not the killer
        return "target" if any(_own_word(strip_conj(v))
                                for v in ctx.token_values[j + 1:min(j + 1 + _VOW_REACH, last + 1)]) else ""
    if not verb:
        return ""
    if verb in _ANNOUNCE_OWN:
        return "target"
    members = role_words()["member"]
    for v in ctx.token_values[j + 1:min(j + 6, last + 1)]:
        v = strip_conj(v)
        # the mourned who are the mourner's own ("نعى … ثلاثة من عناصره"): a member noun with a pronoun
        if v in _FIGHTERS or any(v.endswith(x) and v[:-len(x)] in members | _FIGHTERS for x in _PRONOUNS):
            return "target"
    return "source"


# verbs that announce or admit a toll ("أعلن الجيش مقتل جندي", "تعلن وزارة الصحة عن استشهاد …", "أقرّ
# الجيش بمقتل …"); the mourning verbs are _MOURN_VERBS
_ANNOUNCE_VERBS = frozenset(norm_key(w) for w in (
    "أعلن", "أعلنت", "تعلن", "يعلن", "أعلنوا", "أكد", "أكدت", "تؤكد", "يؤكد", "أقر", "أقرت", "يقر", "تقر",
    "اعترف", "اعترفت", "يعترف", "تعترف"))
# the nouns of a toll such a verb takes as its object ("بـ" after a verb of admitting: "بمقتل")
_TOLL_NOUNS = frozenset(norm_key(w) for w in ("مقتل", "استشهاد", "ارتقاء", "إصابة", "مصرع", "سقوط", "جرح",
                                              "إصابات", "وقوع"))  # "أعلنت الشرطة وقوع 7 قتلى"
# words that may stand between the announcer and the toll ("أعلن الجيش، اليوم السبت، في بيان، عن مقتل …")
_TOLL_GAP = _DAY_WORDS | _BEFORE_SUBJECT | frozenset(norm_key(w) for w in (
    "عن", "في", "بيان", "له", "لها", "رسمياً", "رسميا", "لاحقاً", "لاحقا", "سابقاً", "سابقا", "الشهر", "الأسبوع"))
_TOLL_SPAN = 8  # tokens after the toll noun within which its dead are named
# words that end the naming of the dead: the place, time, cause or means of their death follow
_VICTIMS_END = _CAUSE | frozenset(norm_key(w) for w in (
    "في", "خلال", "أثناء", "بعد", "عقب", "اليوم", "أمس", "على", "إذ", "حيث", "وذلك", "ليرتفع"))
# the dead of a state force named by rank or trade ("مقتل جندي", "إصابة عسكريين اثنين", "مقتل ضابط"; the
# article is stripped before the look-up)
_SOLDIERS = frozenset(norm_key(w) for w in (
    "جندي", "جندياً", "جنديا", "جنود", "جنديين", "جنديان", "ضابط", "ضابطاً", "ضابطا", "ضباط",
    "عسكري", "عسكرياً", "عسكريا", "عسكريين", "عسكريان", "رقيب",
    "رقيباً", "رقيبا", "مجند", "مجنداً", "مجندا", "مجندين", "مجندة", "شرطي", "شرطياً", "شرطيا",
    "شرطيين", "ضابطي", "نقيب", "نقيباً", "نقيبا", "رائد", "رائداً", "رائدا", "مقدم", "عقيد", "ملازم", "عريف",
    "رقيبين", "رقيبان", "عسكرييها"))
# a force's own dead with its pronoun ("ثلاثة من عناصرها", "5 من جنوده", "مقتل زعيمه", "مقاتلوها")
_OWN_STEMS = frozenset(norm_key(w) for w in (
    "ضباط", "عسكريي", "منتسبي", "مقاتلو", "مجندي", "زعيم", "قائد", "أمير", "قادة", "كوادر", "أفراد",
    "عناصر", "جنود", "مقاتلي", "قوات", "مقاومي", "مجاهدي"))
_STATE_INTER = frozenset({1, 8})
# "المتحدث باسم X", "الناطق بلسان X": X announces through its spokesman
_SPOKESMEN = frozenset(norm_key(w) for w in ("المتحدث", "الناطق", "المتحدثة", "الناطقة", "متحدث", "ناطق"))
_ON_BEHALF = frozenset(norm_key(w) for w in ("باسم", "بلسان"))


def _own_word(v: str) -> bool:
    """A member of a force with the force's pronoun ("عناصرها", "جنوده", "مقاتلوها")."""
    stems = role_words()["member"] | _FIGHTERS | _OWN_STEMS
    return any(v.endswith(x) and v[:-len(x)] in stems for x in _PRONOUNS)


def _toll_announcement(ctx: SentenceContext, span: Span) -> tuple[str, int, int] | None:
    """The mention is the subject of a verb announcing a toll ("أعلنت قسد مقتل ثلاثة من عناصرها …",
    "الجيش يعلن عن مقتل جندي"): whose dead the toll counts and the character range that names them.
    "own": the announcer's own men (a member noun with its pronoun, a force named as its own, a soldier
    of a state force, a fighter of a group) — the announcer is the side hit; "people": civilians, whose
    deaths an announcer reports as a source unless its own forces did the act ("… برصاص قواته"), or
    unless no act follows for an armed announcer ("أعلن الجيش مقتل فلسطينيين": its own act); "other":
    another armed side (the announcer's act, "أعلن الجيش مقتل عشرة مسلحين"); "" unknown.  None when
    the mention announces no toll."""
    entry = next((e for s, e in ctx.actors if s.start == span.start and s.end == span.end), None)
    if entry is None:
        return None
    vals = ctx.token_values
    i, j = ctx.tok(span.start), ctx.tok(span.end - 1)
    lo, last = ctx.i0, ctx.i1
    k = j + 1
    if i > lo and strip_conj(vals[i - 1]) in _ANNOUNCE_VERBS:
        pass  # verb-subject: "أعلن الجيش …"
    elif i - 1 > lo and strip_conj(vals[i - 2]) in _ANNOUNCE_VERBS and vals[i - 1] in _BEFORE_SUBJECT:
        pass  # "أعلنت اليوم وزارة …"
    elif i - 2 > lo and vals[i - 1] in _ON_BEHALF and vals[i - 2] in _SPOKESMEN \
            and strip_conj(vals[i - 3]) in _ANNOUNCE_VERBS:
        pass  # the force speaks through its spokesman: "أعلن المتحدث باسم الجيش …"
    elif k <= last and strip_conj(vals[k]) in _ANNOUNCE_VERBS \
            and not ctx.nt.original[span.end:ctx.token_spans[k].start].strip():
        k += 1  # subject-verb, as in headlines: "الجيش الإسرائيلي يعلن …"
    else:
        return None
    gap = 0
    if k <= last and _nisba(vals[k]):
        k += 1  # a relative adjective the mention leaves out ("الشرطة الباكستانية")
    while k <= last and gap < 4 and strip_conj(vals[k]) in _TOLL_GAP:
        k, gap = k + 1, gap + 1
    if k >= last:
        return None
    admits = False
    if k + 1 < last and (vals[k] == "ب" or (vals[k][:1] == "ب" and vals[k][1:].isdigit())):
        # a count after "بـ" of admitting ("اعترف الجيش بـ 4 إصابات"): the toll noun follows the number
        n = k + 1 if vals[k][1:] else k + 2
        if n <= last and any(ctx.token_spans[n - 1].start <= x.start < ctx.token_spans[n - 1].end
                             for x in ctx.numbers) and strip_conj(vals[n]) in _TOLL_NOUNS:
            k, admits = n, True
    v = strip_conj(vals[k])
    if v not in _TOLL_NOUNS and not (v[:1] == "ب" and v[1:] in _TOLL_NOUNS) and vals[k] not in _TOLL_NOUNS:
        return None  # ("وقوع" opens with the letter of "و" and keeps it)
    k0 = k1 = k + 1
    while k1 <= last and k1 - k0 < _TOLL_SPAN and not _ends_victims(ctx, k1):
        k1 += 1
    if k1 == k0:
        return ("own", ctx.token_spans[k].start, ctx.token_spans[k].end) if admits else ("", 0, 0)
    a, b = ctx.token_spans[k0].start, ctx.token_spans[k1 - 1].end
    kind = _victims_kind(ctx, entry, a, b, k0, k1)
    if admits and not kind:
        kind = "own"  # a bare count a force admits ("بـ 4 إصابات خطيرة") is of its own men
    told = not kind and entry.ref().name.startswith("Police Forces of")
    if told:
        kind = "people"  # the police tell the dead of a crime or an attack as its investigators ("… وقوع 7 قتلى")
    if kind == "people" and (_self_agent(ctx, k1) or (
            not told and entry.inter in ARMED_INTER and not _act_after(ctx, ctx.token_spans[k1 - 1].end))):
        kind = "other"  # "… برصاص قواته", "أعلن الجيش مقتل فلسطينيين": the announcer's own act
    return kind, a, b


def _nisba(v: str) -> bool:
    """A definite relative adjective ("الباكستانية", "اللبناني"; normalised)."""
    return v.startswith("ال") and len(v) > 5 and v.endswith(("ي", "يه"))


def _ends_victims(ctx: SentenceContext, k: int) -> bool:
    """The token ends the naming of a toll's dead: a word of place, time or cause ("في", "جراء"), or
    the means of the death ("بهجوم", "بنيران", "برصاص" …: an agent cue or an act word)."""
    if strip_conj(ctx.token_values[k]) in _VICTIMS_END:
        return True
    pos = ctx.token_spans[k]
    if any(pos.start <= c.start < pos.end and _cue(c).kind == "agent" for c in ctx.cues):
        return True
    return any(pos.start <= m.start < pos.end and "casualty" not in _trig(m).flags
               and _trig(m).trigger.event_type in VIOLENT for m in ctx.triggers)


def _own_force(a: ActorEntry, b: ActorEntry) -> bool:
    """``b`` names ``a``'s own men: the same side, or soldiers or police of a state force ("أعلن
    الجيش الإسرائيلي مقتل جندي": "جندي" is a soldier of any state; a vague name that stands for state
    forces, actors.tsv's ``stands_for``)."""
    return _same_side(a, b) or (1 in vague_kinds().get(b.key, ()) and a.inter in _STATE_INTER)


def _victims_kind(ctx: SentenceContext, entry: ActorEntry, a: int, b: int, k0: int, k1: int) -> str:
    """Whose dead the words ``a:b`` (tokens ``k0:k1``) after a toll noun name, for the announcer
    ``entry`` (see :func:`_toll_announcement`): the first actor they name decides, else the words."""
    for s, e in ctx.actors:
        if a <= s.start < b:
            if _own_force(entry, e):
                return "own"
            if e.inter == 7:
                return "people"
            if e.inter in ARMED_INTER:
                return "other"
    state = entry.inter in _STATE_INTER
    for v in ctx.token_values[k0:k1]:
        v = strip_conj(v)
        if _own_word(v) or any(w in _SOLDIERS if state else w in _FIGHTERS for w in (v, _bare(v))):
            return "own"
    if state and strip_conj(ctx.token_values[k0]) in _STATE_CHIEFS and not _other_side_near(ctx, entry, k1):
        return "own"  # "أقرّ الجيش بمقتل قائد سرية"، "أعلن الجيش مقتل قائد الكتيبة 53": a commander of its own
    return ""


# the commanders a state force tells as its dead ("مقتل قائد سرية", "نائب قائد الكتيبة"), when no other side
# is named within the toll's reach ("مقتل قائد كتيبة … في حركة حماس" is the other side's)
_STATE_CHIEFS = frozenset(norm_key(w) for w in ("قائد", "قائدا", "قائداً", "نائب", "قادة"))


def _other_side_near(ctx: SentenceContext, entry: ActorEntry, k: int) -> bool:
    """An actor mention not of ``entry``'s own side within _TOLL_SPAN tokens from token ``k``."""
    last = ctx.i1
    if k > last:
        return False
    a, b = ctx.token_spans[k].start, ctx.token_spans[min(last, k + _TOLL_SPAN)].end
    return any(a <= s.start < b and not _own_force(entry, e) for s, e in ctx.actors)


def _self_agent(ctx: SentenceContext, k: int) -> bool:
    """From token ``k`` on, the act is told as done by the announcer's own men: a member noun with its
    pronoun right after an agent cue ("برصاص قواته", "بهجوم نفذه مقاتلوها", "على يد مقاتليها")."""
    last = ctx.i1
    for t in range(k, last + 1):
        if not _own_word(strip_conj(ctx.token_values[t])):
            continue
        lo = ctx.token_spans[max(k, t - 2)].start
        if any(lo <= c.start < ctx.token_spans[t].start and _cue(c).kind == "agent" for c in ctx.cues):
            return True
    return False


def _act_after(ctx: SentenceContext, pos: int) -> bool:
    """An act word or an agent cue after ``pos`` in the sentence (the toll's cause is told)."""
    return any(c.start >= pos and _cue(c).kind == "agent" for c in ctx.cues) or any(
        m.start >= pos and "casualty" not in _trig(m).flags and _trig(m).trigger.event_type in VIOLENT
        for m in ctx.triggers)


def _verb_form(c: Match) -> bool:
    """The cue is a verb ("دان", "اتهمت", "يدين"), not a noun of the same root ("إدانة", "محاكمة",
    "مزاعم", "المتهمين", "بتهمة", "بزعم"): no article, proclitic preposition or ta marbuta, no
    participle or plural "م" prefix."""
    return not (c.prefix[-1:] in ("ب", "ل") or c.key.startswith(("ال", "م", "ب", "ل")) or c.key.endswith("ه"))


# verbs of vowing revenge or a response ("يتوعد", "توعّدت"): their subject, when its own members are the dead the
# sentence names, is the side that was hit (see _statement_role)
_VOW_VERBS = frozenset(norm_key(w) for w in (
    "توعد", "توعدت", "يتوعد", "تتوعد", "يتوعدون", "توعدوا", "تعهد", "تعهدت", "يتعهد", "تتعهد"))
_VOW_REACH = 9  # tokens after the subject within which the vow names its own dead ("… بعد مقتل اثنين من عناصره")
# the mourned named as fighters ("نعت الحركة المجاهد …", "… أحد قادتها"): the mourner's own men
_FIGHTERS = frozenset(norm_key(w) for w in (
    "المجاهد", "مجاهد", "المجاهدين", "مجاهدين", "مجاهدي", "مقاتل", "المقاتل", "القائد", "قائد", "قادة",
    "كوادر", "مقاومي", "مقاوميها", "مقاتليها"))
# the thing an accused is held responsible for ("حمّلت … الاحتلال مسؤولية القصف")
_RESPONSIBILITY = frozenset(norm_key(w) for w in ("مسؤولية", "المسؤولية", "بالمسؤولية", "مسؤوليه", "المسؤوليه"))


# a verb of committing, in the past, with the pronoun of the act named before the relative pronoun ("المجزرة التي
# ارتكبها", "الجريمة التي اقترفتها"; normalised token): that act, done.  Not the present ("المجازر التي يرتكبها"), an
# accusation of a course of acts; nor "نفّذها"/"شنّها", which an article uses as often of a side's own operations that
# a reply recalls ("العمليات التي ينفذها حزب الله … رداً على …")
_PERPETRATED_RE = re.compile(r"^ا(?:رتكب|قترف)(?:ت|وا)?(?:ه|ها|هم)$")


# the words of a reply or of revenge before such a clause (_REPLY_VERBS, _REPLIED, _REVENGE_HEADS and the nouns and
# verbs of reply: "في ردّها على …", "ردّ الحزب على …", "تردّ المقاومة على …")
_ANSWERING = _REPLY_VERBS | _REPLIED | _REVENGE_HEADS | frozenset(norm_key(w) for w in (
    "ردها", "رده", "ترد", "يرد", "الرد"))


# the words of using a means ("مستخدمين صواريخ …", "باستخدام قذائف …") and how far before the weapon they stand
_USING = frozenset(norm_key(w) for w in (
    "مستخدمين", "مستخدما", "مستخدمًا", "مستخدماً", "مستخدمة", "مستخدمون", "باستخدام", "مستعملين", "مستعملا"))
_USING_REACH = 8
# a verb of launching, waging or carrying out with the pronoun of the act or weapon before it ("أطلقها", "شنّتها",
# "نفّذوها"): in "صواريخ أطلقها حزب الله", "الغارات التي شنّها الطيران" its subject, right after it, is the doer
_LAUNCHED_RE = re.compile(r"^(?:اطلق|شن|نفذ)(?:ت|وا|تا|ا)?(?:ه|ها|هم|هما)$")


def _launched_by(before: str, verb: str) -> bool:
    """ "الصواريخ التي أطلقها X", "مسيّرات أطلقها X", "الغارة التي شنّها X": the verb of launching, waging or
    carrying out with the object pronoun, after a relative pronoun or right after a weapon or strike word
    (roles.tsv: an indefinite antecedent takes no relative pronoun)."""
    if not _LAUNCHED_RE.match(verb):
        return False
    words = role_words()
    return before in _RELATIVES or strip_conj(before) in words["weapon"] | words["strike_noun"]


def _relative_perpetrator(ctx: SentenceContext, span: Span) -> bool:
    """The subject of a relative clause that names the doer of the act before it ("حمّلت الفصائل واشنطن مسؤولية
    المجزرة التي ارتكبها الاحتلال", "أكدت الحركة أنّ المجازر التي يرتكبها الاحتلال …"): the verb of committing right
    before the mention carries the act's pronoun, the relative pronoun right before the verb: the mention is the
    act's agent, whoever speaks of it."""
    i, i0 = ctx.tok(span.start), ctx.i0
    if i - i0 < 3:
        return False
    before, verb = ctx.token_values[i - 2], ctx.token_values[i - 1]
    if not (before in _RELATIVES and _PERPETRATED_RE.match(verb)):
        if not _launched_by(before, verb):
            return False
        # a weapon the sentence's doer used, told by who fired it first ("أوقع مقاتلو X قوة في كمين، مستخدمين
        # صواريخ أطلقها الجيش ولم تنفجر"): the side named after it fired it once, it is no side of this act
        if any(strip_conj(v) in _USING for v in ctx.token_values[max(i0, i - 2 - _USING_REACH):i - 1]):
            return False
        # a weapon shot down or intercepted ("أسقطت الدفاعات مسيّرات أطلقها X"): ACLED's disrupted weapons use has
        # the side that stopped it as its actor1, the launcher as the side hit (see "downing" in roles.tsv)
        downing = role_words()["downing"]
        if any(strip_conj(v) in downing for v in ctx.token_values[i0:i - 1]):
            return False
    # not the act a reply answers ("ردّت المقاومة على المجزرة التي ارتكبها العدو بقصف …", "في ردّها على …"): the
    # sentence's act is the reply, whose target that doer is
    return not any(strip_conj(v).removeprefix("ك") in _ANSWERING for v in ctx.token_values[i0:i - 2])


def _accused(ctx: SentenceContext, span: Span) -> bool:
    """The object of an accusation: after an accusing verb (cue kind ``claim``) and its subject, the
    mention followed by "بـ" and the act ("اتهمت دمشق الجيش الإسرائيلي بقصف مواقع …") or by the word
    for responsibility ("حمّلت الحكومة الاحتلال مسؤولية القصف"): the accused is the act's agent (the
    accuser is the claim's source, ``claimed_by``)."""
    i, j = ctx.tok(span.start), ctx.tok(span.end - 1)
    last = ctx.i1
    if j >= last:
        return False
    nxt = strip_conj(ctx.token_values[j + 1])
    if nxt in _RESPONSIBILITY:
        # the object after the verb and its subject; not the subject right after an opening verb
        # ("حمّلت الحكومة المسؤولية لـ …")
        return i - ctx.i0 >= 2
    if not nxt.startswith("ب") or nxt in _THAT or nxt in _THAT_SELF:
        return False  # "بأنه قصف …": a claim about the mention's own act, not an accusation
    if not any(_cue(c).kind == "claim" and c.end <= span.start and 2 <= i - ctx.tok(c.end - 1) <= 5
               for c in ctx.cues):
        return False
    lo, hi = ctx.token_spans[j + 1].start, ctx.token_spans[min(j + 3, last)].end
    # the act, or the deaths it caused ("اتهمت … الفصائل بقتل مدنيين", "… بالتسبب بمقتل …")
    return any(lo <= m.start < hi and _trig(m).trigger.event_type in VIOLENT for m in ctx.triggers)


# words between a death or injury verb and the people it names: a count ("أصيب عدد من الشبان", "استشهد 3 مواطنين")
_HIT_COUNT = frozenset(norm_key(w) for w in ("عدد", "من", "العديد", "بعض", "نحو", "قرابة", "حوالي", "أكثر"))
_HIT_REACH = 4  # tokens after the casualty word within which the people hit are named


def _people_hit(ctx: SentenceContext, t: Span) -> Span:
    """The mention of the people a death or injury word names ("أصيب الصحافي … برصاص الاحتلال", "أصيب عدد من
    الشبان في مواجهات"): the first word after it, past a count, before any punctuation, preposition or word of
    means ("بجروح", "برصاص"); the casualty word itself when no such word follows ("شهيد برصاص الاحتلال")."""
    if getattr(t.value, "key", "") not in casualty_keys():
        return Span(t.start, t.end, "actor")
    text, spans, vals = ctx.nt.original, ctx.token_spans, ctx.token_values
    k, last = ctx.tok(t.end - 1) + 1, ctx.i1
    while k <= last and k - ctx.tok(t.end - 1) <= _HIT_REACH:
        if any(ch in "،,.:؛()\"«»“”" for ch in text[spans[k - 1].end:spans[k].start]):
            break
        v = vals[k]
        if v in _HIT_COUNT or v.isdigit():
            k += 1
            continue
        if len(v) > 2 and v[0] not in "بلف" and v not in _NOT_HIT_WORDS and any(ch.isalpha() for ch in v):
            return Span(spans[k].start, spans[k].end, "actor")
        break
    return Span(t.start, t.end, "actor")


# words after a casualty word that name no people: a preposition, a time, "others" ("وإصابة 3 آخرين")
_NOT_HIT_WORDS = frozenset(norm_key(w) for w in (
    "في", "على", "خلال", "جراء", "إثر", "عقب", "بعد", "اليوم", "أمس", "مساء", "صباح", "فجر", "ليل", "قرب",
    "عند", "داخل", "إلى", "عن", "منذ", "حيث", "وسط", "أثناء", "آخرون", "آخرين", "خطرة", "خطيرة", "بالغة", "طفيفة",
    "متوسطة", "حرجة"))


# a preposition of the side an act is aimed at, opening a list of people ("أعمال عنف تجاه السكان وقياداتهم
# والصحافيين", "اعتداءات ضد المواطنين"): the people in the list are the ones hit, never a crowd that acts
_TOWARD_LIST = re.compile(r"(?:^|\s)(?:تجاه|ضد|بحق)\s+(?:[^\s،,.؛:؟!]+\s+){0,5}[وف]?$")
_TOWARD_REACH = 60  # characters before a people's word where the preposition of its list is looked for
# a word of solidarity or support and "مع"/"لـ" right before a crowd ("تضامناً مع المحتجين", "دعماً للمتظاهرين"):
# the crowd backed, elsewhere, not the one that acts
_SOLIDARITY_WITH = re.compile(r"(?:^|\s)[وف]?(?:تضامن|التضامن|دعم|مساندة|مناصرة|نصرة)\S*\s+(?:مع\s+\S*|ل\S+)?$")
_SOLIDARITY_REACH = 30


def _crowd(ctx: SentenceContext, f: Frame) -> ActorMention | None:
    """A protest or riot whose sentence names no crowd: ACLED always codes the demonstrators as
    actor1 ("خرجت مظاهرات في …": Protesters; a riot: Rioters); the event word is the mention."""
    if f.event_type not in DEMO or not f.triggers:
        return None
    entry = actors().get("rioters" if f.event_type == "Riots" else "protesters")
    if entry is None:
        return None
    t = f.triggers[0]
    who = _participants(ctx, t.start)
    return ActorMention(who if who is not None else _people_hit(ctx, t), entry, "agent")


# the people a protest's sentence counts by a quantity word: "نفذ عشرات المعلمين وقفة احتجاجية", "تجمع مئات من
# أبناء مدينة السويداء في الساحة", "شارك فيها المئات من طلاب الجامعة": the crowd by its trade or origin
_PARTICIPANT_COUNT = frozenset(norm_key(w) for w in (
    "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "ألوف", "حشود", "الحشود"))
_PARTICIPANT_OF = 3  # words of the people after "من" ("من أبناء مدينة السويداء")
# session 34 (ac16): the definite count alone, closing its clause ("خرجت مظاهرة شارك فيها العشرات، …", "تظاهر
# المئات."): the crowd named by its size
_PARTICIPANT_BARE = frozenset(norm_key(w) for w in ("العشرات", "المئات", "الآلاف", "الالاف"))


def _participants(ctx: SentenceContext, near: int | None = None) -> Span | None:
    """The counted people of a protest's sentence: a quantity word and the definite plural after it
    ("عشرات المعلمين"), or the quantity word, "من" and up to three words of one phrase ("مئات من أبناء مدينة
    السويداء"), or a definite quantity word alone closing its clause ("شارك فيها العشرات،"); None when the sentence
    counts no people.  With ``near`` (the offset of the protest's word), of several counts the one nearest to it."""
    found = list(_counted_crowds(ctx))
    if not found:
        return None
    if near is None:
        return found[0]
    return min(found, key=lambda sp: abs(sp.start - near))


def _counted_crowds(ctx: SentenceContext) -> Iterator[Span]:
    """The spans :func:`_participants` chooses from, in the order of the sentence."""
    text = ctx.nt.original
    s0, s1 = ctx.i0, ctx.i1
    vals, spans = ctx.token_values, ctx.token_spans

    def apart(a: int, b: int) -> bool:  # punctuation between tokens a and b
        return any(ch in "،,.:؛()\"«»“”" for ch in text[spans[a].end:spans[b].start])
    armed = [s for s, e in ctx.actors if e.inter in ARMED_INTER]
    members = role_words()["member"]
    for i in range(s0, s1 + 1):
        if strip_conj(vals[i]) in _PARTICIPANT_BARE and (i == s1 or apart(i, i + 1)) \
                and not any(s.start < spans[i].end and spans[i].start < s.end for s in armed):
            yield Span(spans[i].start, spans[i].end, "actor")  # "شارك فيها العشرات، …": the crowd by its count
            continue
        if i == s1 or strip_conj(vals[i]) not in _PARTICIPANT_COUNT or apart(i, i + 1):
            continue
        if any(s.start < spans[i + 1].end and spans[i].start < s.end for s in armed):
            continue  # "مئات الجنود": a force counted, no crowd
        nxt = vals[i + 1]
        if i + 2 <= s1 and (vals[i + 2 if nxt == "من" else i + 1] in members or any(
                spans[i].start < s.start <= spans[min(i + 4, s1)].end for s in armed)):
            continue  # "اعتقال المئات من عناصر "الهيئة"": members of an armed group counted, no crowd
        if nxt == "من":
            k = i + 1
            while k + 1 <= s1 and k - i - 1 < _PARTICIPANT_OF and not apart(k, k + 1) \
                    and vals[k + 1] not in ("في", "على", "امام", "من", "الى", "عند"):
                k += 1
            if k > i + 1:
                yield Span(spans[i].start, spans[k].end, "actor")
        elif nxt.startswith("ال") and len(nxt) > 4 and _crowd_form(nxt) is None:
            yield Span(spans[i].start, spans[i + 1].end, "actor")


# the heads of a state body whose nationality adjective names the force that announces a weapon stopped
# ("وزارة الدفاع الروسية", "السلطات الروسية", "الجيش الأوكراني")
_ANNOUNCING_BODY = frozenset(norm_key(w) for w in ("الدفاع", "السلطات", "الجيش", "القوات", "قيادة", "القيادة"))


# the ministry of the interior (or its provincial police command) named before the noun of an arrest it announces
_INTERIOR = re.compile(r"(?:^|\s)[وف]?(?:(?:ل|ب)?وزارة\s+الداخلية|(?:وال|ال|لل)داخلية\s+السورية"
                       r"|(?:ل|ب)?قيادة\s+(?:ال)?شرطة)(?=$|[\s،,.؛:])")


def _interior_announcer(ctx: SentenceContext, f: Frame) -> ActorMention | None:
    """ "أعلنت وزارة الداخلية القبض على سبعة مطلوبين"، "ذكرت قيادة شرطة حماة أنه تم القبض على …": an arrest with no
    arrester named, announced by the interior ministry or a police command (not an actor mention: an office that
    speaks), was made by its police (ACLED: the Police Forces of the country)."""
    police = actors().get("police_generic")
    if police is None or not f.triggers:
        return None
    t = min(f.triggers, key=lambda x: x.start)
    m = next(reversed(list(_INTERIOR.finditer(ctx.nt.original, ctx.sentence.start, t.start))), None)
    if m is None:
        return None
    start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    return ActorMention(Span(start, m.end(), "actor"), police, "agent")


def _colon_speaker(ctx: SentenceContext) -> str:
    """The two to four words before a colon that opens a headline ("الدفاع الروسية: …"), or ""."""
    text = ctx.nt.original
    i0, last = ctx.i0, ctx.i1
    for k in range(i0 + 1, min(i0 + 4, last)):
        if ":" in text[ctx.token_spans[k].end:ctx.token_spans[k + 1].start]:
            return " ".join(text[w.start:w.end] for w in ctx.token_spans[i0:k + 1])
    return ""


# a present verb of announcing after the body that announces, in a headline ("وزارة الدفاع الروسية تعلن إسقاط …")
_HEADLINE_ANNOUNCING = frozenset(norm_key(w) for w in ("تعلن", "يعلن", "تؤكد", "يؤكد"))


def _headline_announcer(ctx: SentenceContext) -> str:
    """The two to four words that open a sentence before a present verb of announcing ("وزارة الدفاع الروسية
    تعلن اعتراض …"), or ""."""
    text = ctx.nt.original
    i0, last = ctx.i0, ctx.i1
    for k in range(i0 + 2, min(i0 + 5, last + 1)):
        if ctx.token_values[k] in _HEADLINE_ANNOUNCING:
            return " ".join(text[w.start:w.end] for w in ctx.token_spans[i0:k])
    return ""


# the masdar and the verbs of "neutralising" enemies ("تحييد", "حيّدت", "حُيّدوا"), a state army's word for its kills
_NEUTRALISING = frozenset(norm_key(w) for w in ("تحييد", "بتحييد", "وتحييد", "حيدت", "وحيدت", "حيدوا", "تم تحييد"))
# the state's words for its enemy that the pronoun-free "neutralising" statement repeats as its object
_STATE_ENEMY_WORDS = frozenset(("rebels",))


def _neutralising(ctx: SentenceContext, trig: Span) -> bool:
    """The trigger is a word of "neutralising" (``_NEUTRALISING``)."""
    key = norm_key(ctx.nt.original[trig.start:trig.end])
    return key in _NEUTRALISING or strip_conj(key) in _NEUTRALISING


def _announcer_named(ctx: SentenceContext, force: ActorMention) -> ActorMention:
    """The announcing force (:func:`_announcing_force`) given the words of the body that announces in the sentence
    ("وزارة الدفاع التركية") where they stand in it; else as it is."""
    text = ctx.nt.original
    for name in [*attribution(ctx), _colon_speaker(ctx), _headline_announcer(ctx)]:
        if not name:
            continue
        at = text.find(name, ctx.sentence.start, ctx.sentence.end)
        if at >= 0:
            return ActorMention(Span(at, at + len(name), "actor"), force.entry, "agent")
    return force


def _announcing_force(ctx: SentenceContext, f: Frame, sources: list[ActorMention],
                      downed: list[ActorMention]) -> ActorMention | None:
    """The state force that announces a weapon stopped with no interceptor named ("أعلنت وزارة الدفاع الروسية
    إسقاط مسيرة أوكرانية", "قالت السلطات الروسية إنه تم إسقاط صاروخ"): its defences stopped it.  Only a state's
    military forces count, never the side whose weapon it was."""
    if not f.triggers:
        return None
    table = actors()

    def fits(e: ActorEntry) -> bool:
        return e.inter in (1, 8) and e.name.startswith("Military Forces") and all(
            d.entry.key != e.key and not _allied(d.entry, e) for d in downed)

    m = next((m for m in sources if fits(m.entry)), None)
    if m is not None:
        return m
    forms = nationality_adjectives()
    t = f.triggers[0]
    for name in [*attribution(ctx), _colon_speaker(ctx), _headline_announcer(ctx)]:
        words = norm_key(name).split()
        if len(words) < 2 or not any(w in _ANNOUNCING_BODY for w in words[:-1]):
            continue
        e = table.get(forms.get(words[-1], ""))
        if e is not None and fits(e):
            return ActorMention(Span(t.start, t.end, "actor"), e, "agent")
    return None


# a community named by its "sons" ("أبناء البلدة", "أبناء العشائر") after "من" and a count or people: the origin
# of the people counted (the dead, the kidnapped), not an armed side ("مسلحون من أبناء العشائر" stays the tribe's)
_ORIGIN_BEFORE = re.compile(r"(\S+)\s+من\s+$")
_SONS = ("أبناء", "ابناء")
# a pronoun of the person or people just named, before "من أبناء" ("وهو من أبناء المدينة", "وهم من أبناء القرية")
_PERSON_PRONOUNS = frozenset(norm_key(w) for w in ("هو", "وهو", "هي", "وهي", "هم", "وهم", "هما", "وهما"))
# a count with no number before "من" ("خروج عدد من أبناء المدينة", "اعتقال العشرات من أبناء البلدة"): people counted too
_PEOPLE_COUNT_WORDS = _FIGHTER_COUNTS | frozenset(norm_key(w) for w in ("العديد", "العشرات", "المئات", "الآلاف"))


def origin_of_people(text: str, span: Span, numbers: Iterable[Span], people: Iterable[Span]) -> bool:
    """The mention ``span`` of a community's "sons" tells where the people counted right before its "من" are from:
    the word before "من" is a number (``numbers``), a mention of civilians (``people``) or a source noun of
    ``roles.tsv`` ("مصادر"، "ناشطون")."""
    if not text[span.start:span.end].startswith(_SONS):
        return False
    m = _ORIGIN_BEFORE.search(text, max(0, span.start - 40), span.start)
    if m is None:
        return False
    a, b = m.span(1)
    if strip_conj(norm_key(m.group(1))) in role_words()["source"]:
        return True  # "بحسب ما أفاد به ناشطون من أبناء المنطقة": where the source is from
    if any(n.start < b and a < n.end for n in numbers) or any(p.start < b and a < p.end for p in people):
        return True
    if strip_conj(norm_key(m.group(1))) in _PEOPLE_COUNT_WORDS:
        return True
    if norm_key(m.group(1)) in _PERSON_PRONOUNS:
        return True  # "قُتل الشاب، وهو من أبناء المدينة، برصاص …": where the person just named is from
    # a number word made definite after its noun ("الشبان الثلاثة من أبناء المدينة"), or a noun that counts people by
    # its own form ("اعتقلت الشرطة شخصين من أبناء المدينة": count_nouns.tsv)
    word = norm_key(m.group(1))
    bare = word[2:] if word.startswith("ال") else word
    if word.startswith("ال") and parse_number_words([bare]) is not None:
        return True
    return count_nouns().get(bare, ("", 0))[0] == "person"


# "…، ومنها X،", "…، ومن بينها X", "…، بما فيها X": X is one of the group named right before, no side of its own
_ONE_OF_GROUP = re.compile(r"[،,]\s*(?:و?من\s+بين(?:ها|هم)|و?منها|و?منهم|بما\s+في(?:ها|هم))\s+[\"«]?$")


def _member_named(ctx: SentenceContext, span: Span) -> bool:
    """The mention ``span`` names a member of the armed group another mention names right before "، ومنها"."""
    text = ctx.nt.original
    m = _ONE_OF_GROUP.search(text, max(ctx.sentence.start, span.start - 20), span.start)
    if m is None:
        return False
    at = m.start()
    return any(sp.end <= at and not any(ch in "،,." for ch in text[sp.end:at]) and at - sp.end <= 30
               and e.inter in (2, 3, 4) for sp, e in ctx.actors)


# the people an arrest holds, counted or named by what they are ("سبعة مطلوبين"، "ثلاثة أفراد من خلية"), then "من"
# or a word of belonging before the group's name: the group is the side held
_HELD_BELONG = (r"(?:(?:من|في)\s+(?:عناصر\s+|صفوف\s+|بقايا\s+|خلايا\s+)?|(?:بال)?انتماء\S*\s+(?:إلى\s+|الى\s+|ل)"
                r"|(?:ال)?(?:تابع|يتبع|ينتم|منتم|مرتبط|موال)\S*\s+(?:ل|إلى\s+|الى\s+|ب)ـ?)[\"«“]?$")
# a verb that says whom a campaign of arrests took ("حملة اعتقالات تشمل قياديين من …", "طالت عناصر من …")
_HELD_TOOK = r"(?:[وف]?(?:تشمل|يشمل|شملت|شمل|طالت|طال|تطال|يطال)\s+)?"
# a member noun right before its group's name, with no "من" between ("اعتقال أحد أخطر عناصر تنظيم داعش", "القبض على
# قياديين في داعش" is _HELD_BELONG's): the group is the side held
_HELD_MEMBERS = (r"(?:(?:أحد|احد|إحدى|احدى|أبرز|ابرز|أخطر|اخطر|كبار)\s+){0,2}[وف]?(?:ال)?"
                 r"(?:عناصر|قادة|قيادات|قياديي|أعضاء|اعضاء|أفراد|افراد|أمراء|امراء|أمير|امير)\s+[\"«“]?$")
_HELD_BEFORE = re.compile(
    r"^\s*(?:[،,][^.؛:]{0,30}[،,]\s*)?" + _HELD_TOOK + r"(?:(?:على\s+(?:[^\s،,.؛:]+\s+){0,3}"
    r"|(?:[^\s،,.؛:]+\s+)?[وف]?(?:ال)?(?:مطلوب|أشخاص|اشخاص|شخص|متهم|مشتبه|متورط|خلي|أفراد|افراد|أعضاء|قيادي)\S*\s+)"
    + _HELD_BELONG + "|" + _HELD_MEMBERS + ")")
_HELD_REACH = 90  # characters from the noun of arrest to the group's name


def _held_group(ctx: SentenceContext, f: Frame, span: Span) -> bool:
    """ "تم القبض على سبعة مطلوبين من فلول النظام البائد"، "أعلنت الداخلية القبض على خلية تابعة لتنظيم الدولة": the
    armed group named after the noun of an arrest, through the people it holds or after "على", is the side held,
    never the arrester (who is the subject or the announcer, or unnamed)."""
    if f.sub_event_type != "Arrests":
        return False
    text = ctx.nt.original
    return any(0 <= span.start - t.end <= _HELD_REACH and _HELD_BEFORE.match(text[t.end:span.start]) is not None
               for t in f.triggers)


def _people_of_group(ctx: SentenceContext, span: Span) -> Span | None:
    """The mention of people ("أشخاص"، "شبان") is followed right after "من" by an armed group's mention ("خمسة أشخاص من
    فلول النظام البائد"، "شابين من عناصر التنظيم"), or after a word of belonging ("ثلاثة أشخاص يتبعون لفلول النظام"،
    "شخصين مرتبطين بخلايا التنظيم"، "أشخاص ينتمون إلى داعش"): they are of that group, no civilians (not a community's
    "sons", "من أبناء البلدة": where they are from).  Returns the group's mention."""
    text = ctx.nt.original
    m = _OF_RE.match(text, span.end)
    if m is None:
        return None
    return next((a for a, e in ctx.actors if a.start == m.end() and e.inter in (1, 2, 3, 4, 8)
                 and not text[a.start:a.end].startswith(_SONS)), None)


# "من" (of), or a word of belonging to a group ("يتبعون لـ", "تابعين لـ", "ينتمون إلى", "مرتبطين بـ", "موالين لـ")
_OF_RE = re.compile(r"\s+(?:من\s+(?:عناصر\s+|صفوف\s+)?|(?:ال)?(?:يتبعون|يتبعان|يتبع|تتبع|تابعين|تابعون|تابعة"
                    r"|ينتمون|ينتميان|ينتمي|منتمين|منتمون|مرتبطين|مرتبطون|موالين|موالون)\s+(?:ل|إلى\s+|الى\s+|ب)ـ?)"
                    r"[\"«“]?")

# an auxiliary named after the force it backs ("قوات الأمن العام ومجموعات مسلحة رديفة لها", "الجيش وفصائل موالية
# له"): the unnamed groups fight on that force's side, never the other side of the act
_AUXILIARY_AFTER = re.compile(r"\s*(?:ال)?(?:رديفة|موالية|مساندة|حليفة|داعمة)\s+(?:لها|له|لهم|لهما)(?=$|[\s،,.؛:])")


def _auxiliary_of_force(ctx: SentenceContext, span: Span, entry: ActorEntry) -> bool:
    """The generic group mention ``span`` is called an auxiliary ("رديفة لها") of a state force named right before
    it and joined to it by "و"."""
    if entry.inter not in (2, 3):
        return False
    text = ctx.nt.original
    if _AUXILIARY_AFTER.match(text, span.end) is None:
        return False
    return any(sp.end < span.start and e.inter in (1, 8) and span.start - sp.end <= 40
               and re.fullmatch(r"\s+و", text[sp.end:span.start]) is not None for sp, e in ctx.actors)


# the charge the people are held on ("اعتقلت خمسة أشخاص بتهمة التعامل مع خلايا التنظيم", "بتهمة الانتماء إلى
# داعش", "بذريعة التعاون مع قسد"): the group it names is what they are accused of, no side of the act
_CHARGE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:بتهمة|بتهم|بذريعة|بحجة|بدعوى)\s+(?:[^\s،,.؛:]+\s+){0,4}[\"«“]?$")


def _charged(ctx: SentenceContext, span: Span) -> bool:
    """The mention ``span`` is the group of a charge: up to five words after "بتهمة" / "بذريعة" in one clause."""
    text = ctx.nt.original
    return _CHARGE_BEFORE.search(text[max(ctx.sentence.start, span.start - 60):span.start]) is not None


# session 29 (ar11): the force the people are taken to serve in ("اعتقلت … سبعة شبان بهدف سوقهم إلى الخدمة الإلزامية
# في صفوف جيش النظام", "لتجنيدهم ضمن صفوف قسد"): the purpose of a conscription sweep, no side of the act
_CONSCRIPTED_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:ل|بهدف\s+|بغرض\s+|من\s+أجل\s+)?(?:ال)?(?:سوق|تجنيد|خدمة)\S*\s+"
                                 r"(?:[^\s،,.؛:]+\s+){0,6}(?:في|ضمن|إلى|الى)\s+صفوف\s+[\"«“]?$")


def _conscripted_into(ctx: SentenceContext, span: Span) -> bool:
    """The mention ``span`` closes the purpose of a conscription sweep: "في صفوف X" a few words after "سوقهم" or
    "تجنيدهم" in one clause."""
    text = ctx.nt.original
    return _CONSCRIPTED_BEFORE.search(text[max(ctx.sentence.start, span.start - 90):span.start]) is not None


def clan_of_person(text: str, span: Span, people: Iterable[Span]) -> bool:
    """Session 29 (ar11): the clan ``span`` names is that of a notable (``people``: mentions of actors.tsv's
    ``notables``) named right before it, bare or with "من" ("وجيهاً من عشيرة العكيدات", "أحد وجهاء عشيرة البكارة"):
    where he is from, no armed side."""
    return any(p.end <= span.start and _OF_CLAN.fullmatch(text[p.end:span.start]) is not None for p in people)


def _notable_of_clan(ctx: SentenceContext, span: Span) -> bool:
    return clan_of_person(ctx.nt.original, span, [sp for sp, e in ctx.actors if e.key == _NOTABLES])


_NOTABLES = "notables"  # the actor key of a community's notables and sheikhs (civilians)
_OF_CLAN = re.compile(r"[\u064b-\u0652]*\s+(?:من\s+)?[\"«“]?")


def _origin_of_people(ctx: SentenceContext, span: Span, entry: ActorEntry) -> bool:
    return entry.inter == 4 and origin_of_people(ctx.nt.original, span, ctx.numbers,
                                                 [sp for sp, e in ctx.actors if e.inter == 7])


def _kin_sides(ctx: SentenceContext, f: Frame, a1: ActorMention | None) -> bool:
    """ "اشتباك مسلح بين عائلتين", "بين مسلحين من عشيرتين": two families or clans fight each other (ACLED: a
    communal militia on each side), however few words the sentence spends on them; sets both sides."""
    if f.event_type != "Battles" or (kin := _two_kin_groups(ctx, a1)) is None:
        return False
    f.actor1 = ActorMention(kin[0], kin[1], "agent")
    f.actor2 = ActorMention(kin[0], kin[1], "target")
    f.infighting = True
    return True


# an explosive device, as its word begins ("عبوة ناسفة", "العبوات", "لغم أرضي", "الألغام")
_DEVICE_STEMS = tuple(norm_key(w) for w in ("عبوة", "عبوات", "لغم", "ألغام"))
# words that may stand between a device and the side it hit: its adjectives ("ناسفة", "أرضية", "محلية الصنع",
# "كبيرة") and the verbs of its hitting ("استهدفت", "أصابت", "طالت", "انفجرت"); any other word (a verb of laying
# or detonating it, "زرعها", "فجّرها", a new clause "وخاض بعدها مجاهدو …") leaves the mention to the other rules
_DEVICE_BETWEEN = tuple(norm_key(w) for w in (
    "ناسف", "أرضي", "ارضي", "محلي", "صنع", "كبير", "شديد", "استهدف", "أصاب", "طال", "انفجر"))
_DEVICE_REACH = 5  # tokens from the device to the side it hit ("انفجار عبوة ناسفة استهدفت ناقلة جند إسرائيلية")


def _device_victim(ctx: SentenceContext, span: Span) -> bool:
    """ "انفجرت عبوة ناسفة بدورية إسرائيلية", "استهدفت عبوة ناسفة ناقلة جند للاحتلال", "انفجار لغم بآلية عسكرية":
    a side named right after an explosive device, with only the device's adjectives or a verb of its hitting
    between, is what the device hit, never the one who set it off."""
    i = ctx.tok(span.start)
    lo = max(ctx.i0, i - _DEVICE_REACH)
    for k in range(i - 1, lo - 1, -1):
        v = _bare(ctx.token_values[k])
        if v.startswith(_DEVICE_STEMS) or (len(v) > 3 and v[0] == "ب" and v[1:].startswith(_DEVICE_STEMS)):
            return True
        between = ctx.nt.original[ctx.token_spans[k].end:span.start]
        if not v.startswith(_DEVICE_BETWEEN) or _CLAUSE_BREAK.search(between):
            return False
    return False


def _fill_actors(ctx: SentenceContext, f: Frame) -> None:
    if not ctx.actors:
        if not _kin_sides(ctx, f, None):
            f.actor1 = _crowd(ctx, f)
        return
    trig = f.triggers[0] if f.triggers else None
    hit = _announced_losses(ctx)
    ms: list[ActorMention] = []
    sources: list[ActorMention] = []
    war = {span.start for span, _ in ctx.actors if dated_by_war(ctx.nt.original, span.start, span.end)}
    present = {span.start for span, _ in ctx.actors if _only_present(ctx, span)}
    backed = {span.start for span, _ in ctx.actors if _backed_side(ctx, span) or _kin_group(ctx, span)}
    held: set[int] = set()  # starts of the groups whose members the arrest holds
    if present and not any(span.start not in present and _role_of(ctx, span) != "source" for span, _ in ctx.actors):
        present = set()  # the side whose aircraft are there is the only one named: it may be the one acting
    for span, entry in ctx.actors:
        if span.start in present or span.start in backed:
            # "قصفت المقاومة المستوطنات وسط تحليق لطائرات الاحتلال": the aircraft's side only is there;
            # "… دعماً للشعب والمقاومة في غزة": the side the act backs, even when the sentence names no other
            continue
        if f.event_type in VIOLENT and _at_aftermath(ctx, span):
            continue  # "… في حين فرضت الشرطة طوقاً أمنياً حول موقع الانفجار": a bystander at the scene
        if any(a <= span.start < b and _own_force(e, entry) and span.start != s for a, b, e, s in hit):
            continue  # "أعلن الجيش الإسرائيلي مقتل جندي": the soldier is the announcer's own
        if span.start in war and len(war) < len(ctx.actors) \
                and not (trig is not None and trig.start < span.end and span.start < trig.end):
            # "هجمات استهدفت القوات الأميركية … بعد بدء العدوان الإسرائيلي على غزة": the war that dates the act
            # is no side of it; named alone, the sentence tells the war itself ("… شهيداً منذ بدء العدوان"),
            # and so does a frame of the war word itself
            continue
        if entry.inter == 4 and _notable_of_clan(ctx, span):
            continue  # "اغتال مسلحون وجيهاً من عشيرة العكيدات": the notable's clan, not a side of the act
        if entry.inter in (2, 3, 4) and _member_named(ctx, span):
            continue  # "بين الفصائل المحلية، ومنها حركة رجال الكرامة، ومسلحي العشائر": one of the group before
        if _auxiliary_of_force(ctx, span, entry):
            continue  # "قوات تابعة للأمن العام ومجموعات مسلحة رديفة لها": the force's auxiliaries, not its foe
        if _fallen_regime(ctx, span, entry):
            continue  # "… كانت تتبع للأمن العسكري قبل سقوط النظام": the era, not a side
        if f.event_type in VIOLENT and entry.inter in (1, 3) and _fallen_owner(ctx, span):
            continue  # "غارات على مواقع عسكرية كانت تتبع لجيش النظام البائد": the fallen army's old sites, no side
        if f.event_type == "Violence against civilians" and _zone_holder(ctx, span):
            continue  # "اغتال مسلحون مختاراً في البلدة الخاضعة لسيطرة قسد": the place's ruler, not a side
        if _leader_of_group(ctx, span, entry):
            continue  # "برصاص مجموعة يقودها ضابط سابق في الفرقة الرابعة": the attackers' leader, not a side
        if entry.inter in (2, 3, 4, 8) and _charged(ctx, span):
            continue  # "اعتقلت قسد خمسة أشخاص بتهمة التعامل مع خلايا التنظيم": the charge, not a side
        if f.sub_event_type == "Arrests" and _conscripted_into(ctx, span):
            continue  # "… بهدف سوقهم إلى الخدمة في صفوف جيش النظام": the army they are taken to, not a side
        if f.event_type not in DEMO and _origin_of_people(ctx, span, entry):
            # "مقتل تسعة من أبناء البلدة", "اختطاف أربعة أشخاص من أبناء العشائر": where the victims are from;
            # "اعتقلت الشرطة شخصين من أبناء المدينة": where the arrested are from
            continue
        if entry.inter == 7 and (group := _people_of_group(ctx, span)) is not None:
            if f.sub_event_type == "Arrests" and _role_of(ctx, span) != "agent":
                held.add(group.start)  # the people arrested are the group's: the group is the side held
            continue  # "القبض على خمسة أشخاص من فلول النظام": the people are the armed group's, its members
        role = _role_of(ctx, span)
        if entry.key == "civilians" and f.sub_event_type in _CROWD_ACTS and role != "partner" \
                and _mob_subject(ctx, span) and (rioters := actors().get("rioters")) is not None:
            # "اعتدى عشرات من أهالي المدينة بالضرب على شاب", "انهال عليه الأهالي بالضرب": a mob, ACLED's rioters (the
            # crowd right after the verb is its subject, whatever the "على" of the one set upon made of its role)
            entry, role = rioters, "agent"
        if entry.inter == 5 and role not in ("target", "partner") and f.sub_event_type in _CROWD_ACTS \
                and not _crowd_acts(ctx, f, span.start):
            continue  # "أسفر اعتداء العدو عن إصابة شاب …، كما أشعل الشبان الغاضبون الإطارات": not the act's doer
        if role == "source":
            sources.append(ActorMention(span, entry, "agent"))
            continue
        if (span.start in held or (entry.inter in (2, 3, 4) and _held_group(ctx, f, span))) and role != "agent":
            role = "target"  # "القبض على ثلاثة أشخاص يتبعون لفلول النظام": the group of those held, not the arrester
        if f.event_type in VIOLENT and role != "agent" and _names_weapon(ctx, span) and not _downed(ctx, span) \
                and not _targeting_object(ctx, span) and not _weapon_hit(ctx, span):
            role = "agent"  # "استهدفت طائرة مسيرة تركية …": aircraft and guns belong to the attacker
        if f.event_type in VIOLENT and role != "target" and _names_weapon(ctx, span) and _aimed_aircraft(ctx, span):
            role = "target"  # "استهدف مجاهدوها مسيرة إسرائيلية": the aircraft they aimed at is the side hit
        if f.sub_event_type == _DISRUPTED and role != "target" and _owner_of_downed(ctx, span):
            role = "target"  # "اعتراض طائرة تابعة للقوات الأميركية": the owner of the weapon stopped is the side hit
        ms.append(ActorMention(span, entry, role))
    if not ms:
        if not _kin_sides(ctx, f, None):
            f.actor1 = _crowd(ctx, f)
        return
    if f.event_type in DEMO:
        # not the protesters elsewhere whom the crowd backs ("رفعوا لافتات تضامن مع المحتجين في ساحة الكرامة")
        prot = [m for m in ms if m.entry.inter in _CROWD_INTER and not _SOLIDARITY_WITH.search(
            ctx.nt.original, max(ctx.sentence.start, m.span.start - _SOLIDARITY_REACH), m.span.start)]
        others = [m for m in ms if m.entry.inter not in _CROWD_INTER]
        f.actor1 = prot[0] if prot else _crowd(ctx, f)
        if prot and f.event_type == "Riots" and prot[0].entry.key == "protesters" \
                and (rioters := actors().get("rioters")) is not None:
            # demonstrators who turn violent are ACLED's rioters ("هاجم المتظاهرون الشرطة": Rioters)
            f.actor1 = ActorMention(prot[0].span, rioters, prot[0].role)
        people = [m for m in others if m.entry.inter == 7 and m.role not in ("target", "partner")
                  and not _TOWARD_LIST.search(ctx.nt.original[max(0, m.span.start - _TOWARD_REACH):m.span.start])]
        counted = _participants(ctx, trig.start) if trig is not None else None
        if not prot and people and f.actor1 is not None and (
                counted is None or trig is None
                or abs(people[0].span.start - trig.start) < abs(counted.start - trig.start)):
            # "تصدى الأهالي للرتل": residents or citizens named in a protest or riot are its crowd (unless the
            # sentence counts a crowd nearer to the protest's word: "خرجت مظاهرة شارك فيها العشرات، فيما تجمّع
            # نحو مئتي شخص في …")
            f.actor1 = ActorMention(people[0].span, f.actor1.entry, "agent")
        if others and f.sub_event_type != "Peaceful protest":
            armed = [m for m in others if m.entry.inter in ARMED_INTER and m.role != "ally"]
            # the side the crowd faces, not the force that backs it ("بمساندة حاجز للجيش")
            f.actor2 = next((m for m in armed if m.role == "target"), armed[0] if armed else None)
        return
    if hit and f.event_type in VIOLENT and trig is not None and not any(
            m.role == "agent" or not any(_own_force(e, m.entry) for _, _, e, _ in hit) for m in ms):
        # an announcer's own dead and no attacker named ("أعلن الجيش مقتل جندي بنيران قناص"; its soldiers
        # named again, "حصيلة قتلى جنوده", are its own): ACLED's unidentified armed group (of the event's
        # country) initiates
        unknown = actors().get("unidentified")
        if unknown is not None:
            ms.insert(0, ActorMention(Span(trig.start, trig.end, "actor"), unknown, "agent"))
    agents = [m for m in ms if m.role == "agent"]
    targets = [m for m in ms if m.role in ("target", "partner")]
    rest = [m for m in ms if not m.role]
    allies = [m for m in ms if m.role == "ally"]
    if trig is not None:
        # victims named after casualty words are targets ("مقتل ثلاثة مدنيين")
        for m in list(rest):
            if m.entry.inter == 7:
                rest.remove(m)
                targets.append(m)
    # a second mention of a side the sentence already names as the target is that target, never the
    # initiator ("… إصابة جنود أميركيين داخل القاعدة الأميركية"; "أكدت الداخلية مقتل شرطي")
    rest = [m for m in rest if all(t.entry.key != m.entry.key or _other_act_target(ctx, f, m, t) for t in targets)]
    if trig is not None:
        # "استشهاد ستة عناصر وجرح آخرين من القوات الرديفة": the people a casualty word counts are the side hit
        for m in list(rest):
            if _casualty_victim(ctx, m.span):
                rest.remove(m)
                targets.append(m)
        # and so is a mention of the side those victims belong to ("أعلنت القيادة المركزية الأميركية أن 3 من أفراد
        # الخدمة الأميركيين قُتلوا": the command tells its own dead)
        rest = [m for m in rest
                if all(t.entry.key != m.entry.key or _other_act_target(ctx, f, m, t) for t in targets)]
    a1 = agents[0] if agents else None
    if a1 is None and rest:
        a1 = rest.pop(0)
    fighters = [m for m in targets if not _casualty_victim(ctx, m.span) and not _relative_victim(ctx, m.span)
                and not _site(ctx, m.span) and not (f.sub_event_type != _GROUP_CHANGE and _aimed_at(ctx, m))
                and not _suffers(ctx, m.span)]
    if a1 is None and hit and len(fighters) > 1:
        # "أقرّ الجيش بمقتل جنديين في معارك مع المقاومة": the force that tells its own dead is the side hit,
        # the side it fought (no side of its own) the side that acted
        fighters.sort(key=lambda m: any(m.span.start == s or _own_force(e, m.entry) for _, _, e, s in hit))
    if a1 is None and fighters and (f.event_type == "Battles" or f.sub_event_type == _GROUP_CHANGE):
        # a fight names both sides as its actors; a group that fighters join ("انضموا إلى صفوف …") is the
        # group that changes; the dead or wounded a casualty word names ("مقتل جنديين أميركيين في هجوم",
        # "الجنود الذين أصيبوا") are the side hit, never the side that attacked, nor is the side an attack
        # word aims at ("هاجم مسلحون دورية للشرطة", "استهدفت الكتائب قوة إسرائيلية"): only the side fought
        # "مع"/"بين" stands for a fighter with no other named; nor is the subject of "تعرّض" ("تعرضت قوة … لكمين",
        # "الهجوم الذي تعرضت له القوات …"): the side the attack hit
        a1 = fighters[0]
        targets.remove(a1)
    if f.event_type == "Battles" and a1 is not None and not a1.role and _suffers_after(ctx, a1.span):
        # "إن دورية من الأمن الداخلي تعرضت لإطلاق نار …، ما أدى إلى اشتباك قُتل فيه أحد أفراد عصابة": the side the
        # fire hit is the side hit; the armed group of another side whose dead the fight counts fired first
        firers = [m for m in targets if m.entry.inter in ARMED_INTER and _casualty_victim(ctx, m.span)
                  and not _same_side(m.entry, a1.entry)]
        if firers:
            targets.remove(firers[0])
            targets.insert(0, a1)
            a1 = firers[0]
    f.actor1 = a1
    if a1 is None and allies:
        a1 = allies.pop(0)
        f.actor1 = a1
    if a1 is None and f.sub_event_type == _DISRUPTED:
        # "أعلنت وزارة الدفاع الروسية إسقاط صاروخ أوكراني", "قالت السلطات الروسية إنه تم إسقاط مسيرة": a stopped
        # weapon told in the passive or as a bare noun names no interceptor but the state force announcing it,
        # whose defences stopped it (ACLED: the interceptor is actor1, the side whose weapon it was actor2)
        a1 = f.actor1 = _announcing_force(ctx, f, sources, targets + rest)
    if a1 is None and f.sub_event_type == "Arrests":
        a1 = f.actor1 = _interior_announcer(ctx, f)
    if f.event_type == "Battles" and trig is not None and _neutralising(ctx, trig) \
            and (a1 is None or (a1.role != "agent" and a1.entry.key in _STATE_ENEMY_WORDS)):
        # "أعلنت وزارة الدفاع التركية تحييد 5 إرهابيين": "neutralising" is a state army's word for the enemies it
        # killed or caught; with no doer named, the army of the state whose ministry or command announces it acted
        # (never the enemy the word "الإرهابيين" of its statement names again)
        force = _announcing_force(ctx, f, sources, targets + rest)
        if force is not None and force.span.start == trig.start:
            force = _announcer_named(ctx, force)
        if force is not None:
            if a1 is not None:
                rest.insert(0, a1)
            a1 = f.actor1 = force
    if f.event_type == "Strategic developments" and f.sub_event_type in _ONE_SIDED:
        # a withdrawal, a deployment, a new base: one side acts alone (ACLED codes no actor2); the
        # other actors of the sentence belong to the events around it ("انسحبت … عقب مواجهات مع …")
        return
    side2 = [m for m in targets + rest if (a1 is None or m.entry.key != a1.entry.key)
             and not (trig is not None and _beyond_act(ctx, trig, m)) and not _earlier_act_side(ctx, m, a1)
             and not (trig is not None and _later_act_owner(ctx, trig, m, a1))]
    if f.sub_event_type == _DISRUPTED:
        # the side whose weapon was stopped (ACLED), never the people it was aimed at
        side2 = [m for m in side2 if m.entry.inter != 7]
    a2 = None
    passed: list[ActorMention] = []  # allies of actor1 named where its opponent is looked for: its partners
    for m in side2:
        if a1 is None or not _allied(a1.entry, m.entry):
            a2 = m
            break
        passed.append(m)
    if a2 is not None and a1 is not None:
        # an ally named after the side hit is a partner too ("استهدفت المقاومة، ممثلة بكتائب …، آلية إسرائيلية")
        passed += [m for m in side2 if m.role != "target" and m not in passed and _allied(a1.entry, m.entry)]
    vague = vague_kinds()
    if a2 is not None and a2.entry.key in vague:
        # "قصفت حشود الجنود والآليات الإسرائيلية": a vague force word ("الجنود") hit beside a named force is
        # that force's men, so the named force is the side hit
        kinds = vague[a2.entry.key] | ({8} if 1 in vague[a2.entry.key] else set())  # a foreign army too
        a2 = next((m for m in side2 if m.role == a2.role and m.entry.inter in kinds
                   and m.entry.key not in vague and (a1 is None or not _allied(a1.entry, m.entry))), a2)
    if (a2 is None or (a2.entry.inter == 7 and a2.role != "agent")) and a1 is not None \
            and f.event_type == "Battles":
        # "اشتباكات بين فرقة الحمزة والفيلق الثالث": two factions of one side named as the two ends of "بين"
        # fight each other (ACLED names both factions), whatever their alliance; people the fight hurt, named
        # after them ("… وإصابة مدني كان يمرّ في المكان"), are its toll, not the faction's opponent
        other = _between_faction(ctx, a1, ms)
        if other is not None:
            a2, f.infighting = other, True
        elif a2 is None:
            f.infighting = False
    if (a2 is None or (a2.entry.inter == 7 and a2.role != "agent")) and _kin_sides(ctx, f, a1):
        # "قُتل رجل خلال اشتباكات بين مسلحين من عشيرتين": the man killed is the feud's toll, not a side of it
        a1, a2 = f.actor1, f.actor2
    if a1 is not None and a2 is not None and a2.entry.inter == 7:
        # "قُتل الشاب م. ع، وهو عنصر في "اللواء الثامن"، برصاص مسلحين": the man an attacker hit serves the force an
        # aside names; that force is the side hit (ACLED: an attack on a member of a force is no attack on civilians)
        a2 = next((m for m in side2 if m.span.start > a2.span.start and m.entry.inter in ARMED_INTER
                   and m.role != "agent" and not _allied(a1.entry, m.entry)
                   and (_member_aside(ctx, m.span) or _said_identity(ctx, a2.span, m.span))), a2)
    f.actor2 = a2
    for m in ms:
        if m is a1 or m is a2:
            continue
        if m in allies and a1 is not None and m.entry.key != a1.entry.key:
            if all(x.entry.key != m.entry.key for x in f.assoc1) and not _umbrella(m.entry, a1.entry):
                f.assoc1.append(m)
            continue
        # an ally of one front ("كتائب القسام وسرايا القدس تقنصان …") is an associate where it stands beside
        # the side, not where it follows an act word and tells an act of its own ("… تقصف …، وسرايا القدس تدك")
        if a1 is not None and _allied(a1.entry, m.entry) and m.entry.key != a1.entry.key:
            if all(x.entry.key != m.entry.key for x in f.assoc1) and not _umbrella(m.entry, a1.entry) \
                    and (_same_side(a1.entry, m.entry) or (any(m is x for x in passed) and (
                        _umbrella(a1.entry, m.entry)
                        or not any(a1.span.end <= t.start < m.span.start for t in ctx.triggers)))):
                f.assoc1.append(m)
        elif a2 is not None and _allied(a2.entry, m.entry) and m.entry.key != a2.entry.key:
            if all(x.entry.key != m.entry.key for x in f.assoc2) and not _umbrella(m.entry, a2.entry) \
                    and (_same_side(a2.entry, m.entry) or m.role in ("target", "partner")):
                f.assoc2.append(m)
    for side, allied in ((a1, f.assoc1), (a2, f.assoc2)):
        named = next((x for x in allied if side is not None and _umbrella(side.entry, x.entry)), None)
        if named is not None and side is not None:
            # "المقاومة … وكتائب القسام": the front's unnamed whole beside a group it names is that group
            allied.remove(named)
            if side is a1:
                f.actor1 = a1 = named
            else:
                f.actor2 = a2 = named
    if (a1 is not None and a1.entry.inter == 7 and f.event_type in ("Battles", "Explosions/Remote violence")
            and a2 is not None and a2.entry.inter in ARMED_INTER):
        # people named as civilians ("الشاب", "الفلسطينيين") who fight or strike an armed force are not
        # civilians (ACLED: civilians are never a side of a fight): the side is left unnamed, not coded
        # as civilians
        f.actor1 = a1 = None
    if a2 is not None and a2.entry.inter == 7 and f.event_type in VIOLENT and a1 is not None \
            and (f.flex or f.event_type == "Battles"):
        # civilians among the dead of a fight between two armed sides ("قتلى من المدنيين والمسلحين في
        # صفوف العشائر وقسد"): the fight is a clash (ACLED), the other armed side its actor2; a vague
        # mention of no particular force ("الجنود", "قوات الأمن", "مسلحون": actors.tsv's ``stands_for``) is
        # never the second side of a fight.  So in a clash told by its own word, where a toll of people names
        # the dead before the side fought ("بلغ عدد الشهداء 5 مواطنين بينما اشتبك المسلحون مع الجيش"): the armed
        # side is actor2, the people counted are its toll
        vague = vague_kinds()
        # a vague actor1 ("مسلحين") may face a named force it cannot stand for in a fight told by its own word
        # ("اشتباكات بين قوات الأمن العام ومسلحين"): armed men of no name are never the state's own men (not a force
        # named in another clause: "أطلق مسلحان النار على رجل …، وفتحت قيادة الأمن الداخلي تحقيقاً")
        fought = any(getattr(sp.value, "key", "") in _FIGHT_WORDS for sp in f.triggers)
        foe = next((m for m in ms if m.entry.inter in ARMED_INTER and m.role not in ("ally", "agent")
                    and trig is not None and m.span.start > trig.start
                    and m.entry.key not in vague
                    and (a1.entry.key not in vague or (m.entry.inter not in vague[a1.entry.key] | {a1.entry.inter}
                                                       and fought))
                    and a1.entry.inter in ARMED_INTER and not _allied(a1.entry, m.entry)), None)
        if foe is not None:
            f.actor2 = a2 = foe
            if f.event_type == "Violence against civilians" and f.sub_event_type == "Attack":
                f.event_type, f.sub_event_type = "Battles", "Armed clash"
    if f.event_type == "Battles" and f.sub_event_type == "Armed clash" and not f.flex and not f.casualty_only \
            and any(getattr(sp.value, "key", "") in _FIGHT_WORDS for sp in f.triggers) \
            and any(a is not None and a.entry.inter == 7 for a in (a1, a2)) \
            and any(q.payloads[0] in _TOLL_KINDS for q in ctx.quantities):
        # civilians hurt or killed in fighting told by its own word ("أدت الاشتباكات إلى مقتل عشرات المدنيين",
        # "اشتباكات مسلحة … وأصيب 3 مواطنين"): the fight's victims, not its second side (ACLED: civilians are
        # never a side of a battle); the side is left unnamed for the article to fill.  Townsfolk named as the
        # side with no one hurt ("اشتباكات بين عناصر قسد وأهالي البلدة") stay: armed locals
        if a2 is not None and a2.entry.inter == 7:
            f.actor2 = a2 = None
        if a1 is not None and a1.entry.inter == 7:
            f.actor1 = a1 = None  # "مقتل 134 شخصاً من جراء المعارك": the dead are no side either
    if a2 is None and a1 is not None and _one_sided_fire(ctx, f, a1) \
            and (civ := actors().get("civilians")) is not None and f.triggers:
        # "أصيب شاب برصاص الاحتلال", "شهيد برصاص قوات الاحتلال في نابلس": a force's fire that hurt or killed
        # people with no fight told and no armed side hit is an attack on civilians (ACLED), the people hit
        # its actor2 even where no word for them is a known civilian mention ("فلسطينية", "الشهيد"); so is
        # settlers' attack on villagers, their homes or their fields ("هاجم مستوطنون منازل الفلسطينيين")
        t0 = f.triggers[0]
        f.actor2 = a2 = ActorMention(_people_hit(ctx, t0), civ, "target")
    if a2 is not None and a2.entry.inter == 7 and f.event_type in VIOLENT:
        f.civilian_targeting = True
        if f.event_type == "Battles" and f.flex:
            # an attack on civilians with no weapon named (a targeting with no weapon, too)
            f.event_type, f.sub_event_type = "Violence against civilians", "Attack"
    if a1 is not None and a1.entry.inter == 7 and f.event_type in VIOLENT and a2 is None:
        # civilians are victims, never initiators of political violence
        f.actor2, f.actor1 = a1, None
        f.civilian_targeting = True
        if f.flex and f.event_type == "Battles":
            f.event_type, f.sub_event_type = "Violence against civilians", "Attack"
    if f.event_type == "Violence against civilians" and f.sub_event_type == "Attack" and f.flex \
            and a2 is not None and a2.entry.inter in _CROWD_INTER and a2.role == "target" \
            and (a1 is None or a1.entry.inter in ARMED_INTER) \
            and not any(w in _CROWD_VIOLENCE or w.startswith(_CROWD_VIOLENCE_STEMS) for w in ctx.words) \
            and any("casualty" not in _trig(m).flags for m in ctx.triggers
                    if any(sp.start == m.start for sp in f.triggers)):
        # a force's assault on a crowd named as its target ("اعتدت قوات الأمن على المتظاهرين", "اعتداء الشرطة على
        # المحتجين"): the protest met an intervention (ACLED: demonstrators are never a side of a clash nor the
        # civilians of an attack); the crowd is actor1 and the force actor2.  Not the crowd's own violence, where
        # the force is hit ("أصيب شرطيون خلال صدامات مع المتظاهرين") or the crowd's stones or fire are told
        # ("رشقهم المتظاهرون بالحجارة": :func:`_crowd_clash`); nor a killing told only by its casualty word
        # ("أدين بقتل متظاهرين"), which stays as it was
        f.event_type, f.sub_event_type = "Protests", "Protest with intervention"
        f.plover_type, f.plover_mode = "PROTEST", "demo"
        f.actor1, f.actor2 = a2, a1
        f.assoc1, f.assoc2 = f.assoc2, f.assoc1
        f.civilian_targeting = f.flex = False
        return
    if f.event_type == "Violence against civilians" and f.actor2 is not None and f.actor2.entry.inter != 7:
        # a killing of armed men is a clash in ACLED terms
        if f.sub_event_type == "Attack" and f.flex:
            f.event_type, f.sub_event_type = "Battles", "Armed clash"
    if f.event_type == "Violence against civilians":
        f.civilian_targeting = True


# words of shooting (triggers.tsv), and the words that make the people hit fighters or the event a fight
_SHOT_WORDS = frozenset(norm_key(w) for w in ("برصاص", "بالرصاص", "رصاص"))
_FIGHTER_STEMS = tuple(norm_key(w) for w in (
    "اشتب", "مواجه", "معارك", "معركة", "قتال", "مقاوم", "مسلح", "مقاتل", "مطارد", "تبادل", "عبوة", "عبوات"))

# the words of people killed or hurt ("استشهد", "شهيد", "ارتقى", "أصيب", "إصابات", "جريح", "مقتل")
_HURT_STEMS = tuple(norm_key(w) for w in (
    "استشهد", "استشهاد", "شهيد", "الشهيد", "شهداء", "ارتقى", "ارتقت", "ارتقاء", "ارتقيا", "أصيب", "أصيبت",
    "إصابة", "إصابات", "اصابه", "جريح", "جرحى", "مقتل", "قتل", "قتيل"))

# the one shot carried out an attack ("بعد تنفيذه عملية طعن", "ارتقاء المنفذ"): an attacker, not a bystander,
# unless the sentence only reports the force's claim ("بزعم تنفيذها عملية طعن", "بذريعة")
_ATTACKER_STEMS = tuple(norm_key(w) for w in ("منفذ", "تنفيذ", "نفذ"))
_ALLEGED = frozenset(norm_key(w) for w in ("بزعم", "زعم", "وزعم", "بذريعة", "بحجة", "بادعاء", "مزاعم"))


def _one_sided_fire(ctx: SentenceContext, f: Frame, a1: ActorMention) -> bool:
    """A battle typed by a word that may be a one-sided act (``flex``) is one: a force's fire hurt people
    (:func:`_shot_by_force`) or settlers attacked (:func:`_settlers_raid`), and the sentence names no armed side
    beside the first actor's allies and no word of a fight or of fighters ("اشتباكات", "مواجهات", "مقاومين",
    "مسلح"); an armed side named anywhere, even as the one that announces the dead as its own ("أشارت الحركة إلى
    أن الشهيد … ارتقى برصاص جنود الاحتلال"), makes the people hit its men, not bystanders."""
    if f.event_type != "Battles" or f.sub_event_type != "Armed clash" or not f.flex or f.casualty_only:
        return False
    s0, i1 = ctx.i0, ctx.i1
    words = [strip_conj(v) for v in ctx.token_values[s0:i1 + 1]]
    if _shot_by_force(ctx, f, a1, words):
        # the one shot carried out an attack, unless only the force claims so
        stems = _FIGHTER_STEMS if any(w in _ALLEGED for w in words) else _FIGHTER_STEMS + _ATTACKER_STEMS
    elif _settlers_raid(ctx, a1):
        stems = _FIGHTER_STEMS
        # session 42 (ty28): "عشرات المستعمرين المسلحين هاجموا …": the armed men right after the settlers are the
        # settlers armed, an adjective, no word of fighters (nor a side: the actor stage reads no mention there)
        k = ctx.tok(a1.span.end - 1) + 1
        if k <= i1 and strip_conj(ctx.token_values[k]) in _ARMED_ADJECTIVE:
            words[k - s0] = ""
    else:
        return False
    if any(e.inter in ARMED_INTER and e.key != a1.entry.key and not _allied(a1.entry, e)
           for sp, e in ctx.actors):
        return False
    return not any(w and (w.removeprefix("ال").startswith(stems) or w.startswith(stems)) for w in words)


# the adjective "armed" of the settlers' mention ("المستوطنين المسلحين", "مستعمرون مسلحون")
_ARMED_ADJECTIVE = frozenset(norm_key(w) for w in ("المسلحين", "المسلحون", "مسلحين", "مسلحون"))


def _shot_by_force(ctx: SentenceContext, f: Frame, a1: ActorMention, words: list[str]) -> bool:
    """A force's fire ("برصاص الاحتلال") hurt or killed people: a firing word typed the frame, the first actor is
    a state force whose fire it was, and a toll or a casualty word stands among the sentence's ``words``."""
    if a1.entry.inter not in _STATE_INTER or a1.role not in ("agent", ""):
        return False
    shots = [t for t in f.triggers if getattr(t.value, "key", "") in _SHOT_WORDS]
    if not any(t.end <= a1.span.start and ctx.tok(a1.span.start) - ctx.tok(t.end - 1) <= 2 for t in shots):
        return False  # the force is the one whose fire it was ("برصاص قوات الاحتلال"), not an announcer
    return any(w.startswith(_HURT_STEMS) for w in words)


def _settlers_raid(ctx: SentenceContext, a1: ActorMention) -> bool:
    """Settlers (actors.tsv ``settlers``, ACLED's identity militia) are the subject of a verb of attacking
    ("هاجم مستوطنون منازل المواطنين", "مستوطنون يهاجمون المزارعين"): with no armed side met and no fight told
    (:func:`_one_sided_fire`), the attack is one-sided, on the villagers (ACLED: Violence against civilians), not a
    clash with an empty side.  Settlers that an act hit ("حافلة تقل مستوطنين") are no attackers."""
    if a1.entry.key != "settlers" or a1.role:
        return False
    i = ctx.tok(a1.span.start)
    j = ctx.tok(a1.span.end - 1)
    if ctx.token_values[i].startswith("ل"):
        return False  # "حافلة للمستوطنين", "سيارة للمستوطنين": whose the thing hit is
    # the verb right before the settlers ("هاجم مستوطنون", "أطلق مستوطنون النار": a phrase split by its subject), or
    # within two words after ("مستوطنين هاجموا"), auxiliaries not counted ("مستوطنين كانوا قد أطلقوا النار")
    aux = sum(1 for v in ctx.token_values[j + 1:j + 3 + _SETTLER_AUX_MAX] if strip_conj(v) in _WAS)
    # (session 42, ty28: a count of them between the verb and the settlers, "هاجم عشرات المستوطنين")
    before = i - 2 if i - 1 >= ctx.i0 and strip_conj(ctx.token_values[i - 1]) in _SETTLER_COUNTS else i - 1
    return any("verb" in _trig(m).flags and "casualty" not in _trig(m).flags
               and (before in (ctx.tok(m.end - 1), ctx.tok(m.start)) or 0 < ctx.tok(m.start) - j <= 2 + aux)
               for m in ctx.triggers + _split_triggers(ctx))


# the words counting the settlers right before their mention ("عشرات المستوطنين", "مجموعة من المستوطنين" is read
# with its "من" by the actor table)
_SETTLER_COUNTS = frozenset(norm_key(w) for w in ("عشرات", "مئات", "آلاف", "عدد", "مجموعة", "مجموعات"))


_SETTLER_AUX_MAX = 2  # "كانوا قد" between the settlers and their verb (_settlers_raid)


def _other_act_target(ctx: SentenceContext, f: Frame, m: ActorMention, t: ActorMention) -> bool:
    """ "أغلقت قوات الاحتلال مداخل المدينة وأرسلت تعزيزات بعد إطلاق للنار باتجاه جنود الاحتلال": the side named before
    the word of a move (no violent act) is its subject even where it is also the target of a violent act word told
    after the frame's own (the shots fired at its soldiers): that target belongs to the later act."""
    trig = f.triggers[0] if f.triggers else None
    if trig is None or f.event_type in VIOLENT or m.span.end > trig.start or t.span.start < trig.end:
        return False
    return any(trig.end <= x.start and x.end <= t.span.start and x.start != trig.start for x in ctx.triggers)


def _beyond_act(ctx: SentenceContext, trig: Match, m: ActorMention) -> bool:
    """ "دانت … العدوان الإسرائيلي على الضاحية، داعيةً إلى التوحد في خندق المقاومة": a vague armed group or a
    general word for one ("مسلحون": actors.tsv's ``stands_for``; "المقاومة": anaphora.tsv) named after the act
    word in a later clause that no cue ties to the act, and no act word of its own clause, is no side of it."""
    if m.span.start < trig.end or m.role or m.entry.inter not in (2, 3, 4):
        return False
    if not (m.entry.generic or _general_word(ctx, m.span)):
        return False
    breaks = list(_CLAUSE_BREAK.finditer(ctx.nt.original, trig.end, m.span.start))
    # "…، فيما تصدّت المقاومة للقوات": an act word of its own clause makes it a side of the events told
    if not breaks or any(breaks[-1].end() <= t.start < m.span.start for t in ctx.triggers):
        return False
    # "…، فتصدى لها مقاتلون من أبناء البلدة": a verb of meeting the act (roles.tsv "downing") right before it too
    downing = role_words()["downing"]
    lo, i = ctx.tok(breaks[-1].end()), ctx.tok(m.span.start)
    return not any(strip_conj(v) in downing for v in ctx.token_values[max(lo, i - 3):i])


def _earlier_act_side(ctx: SentenceContext, m: ActorMention, a1: ActorMention | None) -> bool:
    """ "المقاومة في غزة تقصف المستوطنات بالصواريخ، شهداء في غارات إسرائيلية على وسط القطاع": a side named in an
    earlier clause that tells an act of its own (an act word after the side, before the clause ends) is no side
    of the act whose initiator a later clause names as the agent of its act word (two sides' acts, not one)."""
    if a1 is None or a1.role != "agent" or m.role or m.span.end > a1.span.start or m.entry.inter not in ARMED_INTER:
        return False
    brk = _CLAUSE_BREAK.search(ctx.nt.original, m.span.end, a1.span.start)
    if brk is None:
        return False
    # the earlier clause's own act, not a casualty word ("ارتقى الصحفي شهيداً، في عدوان إسرائيلي": the victim)
    return any(m.span.end <= t.start < brk.start() and "casualty" not in _trig(t).flags for t in ctx.triggers) \
        and any(brk.end() <= t.start < a1.span.end for t in ctx.triggers)


_LATER_OWNER_REACH = 3  # tokens from a later clause's act word to the side that owns it ("وعمليات نوعية للمقاومة")


def _later_act_owner(ctx: SentenceContext, trig: Match, m: ActorMention, a1: ActorMention | None) -> bool:
    """ "قصف إسرائيلي مكثف على وسط رفح، وعمليات نوعية للمقاومة ضد قوات الاحتلال": a side named, after "لـ", as the
    owner of the act word of a later clause (its operations, its attacks) tells an act of its own, the reply of the
    other side: it is no side hit by the act whose initiator the sentence names as the agent before it."""
    if a1 is None or a1.role != "agent" or m.role or m.span.start < trig.end or m.entry.inter not in ARMED_INTER:
        return False
    text = ctx.nt.original
    breaks = list(_CLAUSE_BREAK.finditer(text, trig.end, m.span.start))
    if not breaks:
        return False
    i = ctx.tok(m.span.start)
    if not strip_conj(ctx.token_values[i]).startswith("ل"):
        return False
    lo = ctx.tok(breaks[-1].end())
    nouns = role_words()["strike_noun"]
    # an act word of the clause, or a noun of operations that names none by itself ("عمليات", "هجمات")
    return any(lo <= ctx.tok(t.start) and 0 < i - ctx.tok(t.start) <= _LATER_OWNER_REACH
               and "casualty" not in _trig(t).flags for t in ctx.triggers if t.start < m.span.start) \
        or any(_bare(v) in nouns for v in ctx.token_values[max(lo, i - _LATER_OWNER_REACH):i])


def _general_word(ctx: SentenceContext, span: Span) -> bool:
    """The mention is a general word that refers back to a group ("المقاومة", "الفصائل": anaphora.tsv)."""
    key = norm_key(ctx.nt.original[span.start:span.end])
    words = anaphora()
    return key in words or (key[:1] in "وفبل" and key[1:] in words)


def _announced_losses(ctx: SentenceContext) -> list[tuple[int, int, ActorEntry, int]]:
    """The announcers of their own dead in the sentence ("أعلنت قسد مقتل ثلاثة من عناصرها"): the
    character range naming the dead, the announcer and the start of its mention."""
    out: list[tuple[int, int, ActorEntry, int]] = []
    for span, entry in ctx.actors:
        toll = _toll_announcement(ctx, span)
        if toll is not None and toll[0] == "own":
            out.append((toll[1], toll[2], entry, span.start))
    return out


def _same_side(a: ActorEntry, b: ActorEntry) -> bool:
    """One side: one actor, two units of one state, or allies of one ``side`` in ``actors.tsv``
    (the Syrian army and Russia; Turkey and the National Army; the SDF and the US-led coalition)."""
    if a.key == b.key or (a.side and a.side == b.side):
        return True
    if _opposition_collective(a, b) or _opposition_collective(b, a):
        return True
    na, nb = a.ref().name, b.ref().name
    if a.inter == 1 and b.inter == 1:
        # the rival forces of a divided state are named by their faction after the years ("Military Forces of
        # Yemen (2017-) Houthi", "… Southern Transitional Council"): two factions are two sides
        fa, fb = _faction(na), _faction(nb)
        return na.split("(")[0].strip() == nb.split("(")[0].strip() and not (fa and fb and fa != fb)
    return na == nb


def _faction(name: str) -> str:
    """The faction an ACLED state-force name gives after its years ("Houthi"), '' for none."""
    return name.rpartition(")")[2].strip() if ")" in name else ""


# the sides of the Syrian armed opposition's named groups (HTS and its allies in Idlib; Turkey's National Army)
_OPPOSITION_SIDES = frozenset({"idlib", "tur"})


def _opposition_collective(a: ActorEntry, b: ActorEntry) -> bool:
    """``a`` is ACLED's collective of the Syrian armed opposition ("فصائل المعارضة", Opposition Rebels) and ``b`` a
    named rebel group of one of its sides ("إدارة العمليات العسكرية التابعة لفصائل المعارضة"): one side, never
    each other's opponents (a fight between them names both groups)."""
    return a.collective and a.inter == 2 and b.inter in a.stands_for and b.side in _OPPOSITION_SIDES


_FACTION_QUOTES = "\"'«»“”‘’()"  # (not _QUOTES: that name holds the quotes after a campaign noun)
_FACTION_NOUNS = frozenset(norm_key(w) for w in ("فصيلي", "فصيلين", "فصائل", "مجموعتي", "مجموعتين", "عناصر", "مقاتلي"))
# the members of each end named before it ("بين عناصر من فصيل X وآخرين من Y", "بين مقاتلين من X ومسلحين من Y"): the
# fight is still between the two groups
_MEMBERS_OF = re.compile(
    r"^(?:(?:عناصر|مقاتلين|مسلحين|افراد|اخرين|اخري)\s+(?:من|في|تابعين\s+ل|تابعين\s+الي))?\s*(?:فصيل|جماعه|ميليشيا)?$")


def _between_faction(ctx: SentenceContext, a1: ActorMention, ms: list[ActorMention]) -> ActorMention | None:
    """The other end of "بين X وY" when ``a1`` is one of its two ends and the other is a distinct named group
    of the same side (a non-state faction with a name of its own, not a vague word), else None."""
    vague = vague_kinds()
    if a1.entry.inter not in (2, 3, 4) or a1.entry.key in vague:
        return None
    text = ctx.nt.original
    for x, y in pairwise(sorted(ms, key=lambda m: m.span.start)):
        if a1 not in (x, y) or x.span.end > y.span.start:
            continue
        gap = text[x.span.end:y.span.start].strip(_FACTION_QUOTES + " ")
        if gap != "و" and not (gap.startswith("و") and _MEMBERS_OF.match(
                _norm_text(gap[1:].strip(_FACTION_QUOTES + " ")).translate(_NO_QUOTES))):
            continue
        before = [norm_key(w) for w in text[:x.span.start].rstrip(_FACTION_QUOTES + " ").split()[-5:]]
        if before and before[-1] in _FACTION_NOUNS:
            before.pop()  # "بين فصيلي X وY"
        for k in range(len(before) - 1, -1, -1):
            if strip_conj(before[k]) in _BETWEEN:  # "بين عناصر من فصيل X": the members of X named first
                if _MEMBERS_OF.match(" ".join(before[k + 1:]).translate(_NO_QUOTES)):
                    before = before[:k + 1]
                break
        if not before or (strip_conj(before[-1]) not in _BETWEEN and before[-1] not in _BETWEEN):
            continue
        other = y if a1 is x else x
        if other.entry.inter not in (2, 3, 4) or other.entry.key in vague or not _allied(a1.entry, other.entry):
            continue
        if _norm_text(text[x.span.start:x.span.end]) == _norm_text(text[y.span.start:y.span.end]):
            continue
        return other
    return None


# two families or clans named by a dual after "بين" ("بين عائلتين", "بين مسلحين من عشيرتين", "بين أبناء قبيلتين")
_TWO_KIN = re.compile(r"(?:^|\s)و?بين\s+(?:(?:مسلحين|مقاتلين|أبناء|أفراد|عناصر|شبان)\s+(?:من\s+)?)?"
                      r"(عشيرتين|قبيلتين|عائلتين)(?=$|[\s،,.؛:])")
_KIN_ACTOR = {"عشيرتين": "tribal", "قبيلتين": "tribal", "عائلتين": "communal"}
# session 42 (ac29): a fight called tribal or a family feud by its adjective ("نزاع عشائري مسلح", "اشتباكات
# عشائرية", "بشجار عائلي", "اقتتال قبلي"): two clans (or families) fight each other, named by no dual
# (a feud's words name a fight between clans; "اشتباكات عشائرية" may be the tribes' fight with a force, "اشتباكات
# بين قسد ومسلحي العشائر", so a clash's word takes only the family's adjective, "اشتباك عائلي")
_KIN_FIGHT = re.compile(
    r"(?:^|[\s،,.؛:\"«(])(?:[وف]?(?:ب|ل)?(?:ال)?)(?:(?:نزاع|نزاعات|شجار|اقتتال|ثأر)[اًٍ]*\s+(?:ال)?(عشائري|قبلي|عائلي)"
    r"|(?:اشتباك|اشتباكات|مواجهات|مواجهة|معركة|معارك|قتال)[اًٍ]*\s+(?:ال)?(عائلي))(?:ة|ا|اً|ًا)?(?=$|[\s،,.؛:\"»)])")
_KIN_FIGHT_ACTOR = {"عشائري": "tribal", "قبلي": "tribal", "عائلي": "communal"}
_KIN_NAMED_AFTER = 400  # characters after the fight's sentence within which its clans' dual names them


def _two_kin_groups(ctx: SentenceContext, a1: ActorMention | None) -> tuple[Span, ActorEntry] | None:
    """The dual of "بين عائلتين" / "بين مسلحين من عشيرتين" in the sentence, and the militia it names, where the
    fight has no first side named outside that phrase; else None."""
    text = ctx.nt.original
    m = _TWO_KIN.search(text, ctx.sentence.start, ctx.sentence.end)
    key = _KIN_ACTOR[m.group(1)] if m is not None else ""
    if m is None:
        # "بنزاع عشائري مسلح", "اشتباكات عشائرية": the fight's adjective names its two sides
        m = _KIN_FIGHT.search(text, ctx.sentence.start, ctx.sentence.end)
        if m is None:
            return None
        g = 1 if m.group(1) else 2
        key = _KIN_FIGHT_ACTOR[m.group(g)]
        if a1 is not None and not (m.start() <= a1.span.start and a1.span.end <= m.end()):
            return None
        entry = actors().get(key)
        if entry is None:
            return None
        # the clans named by their dual in the report's next lines ("بنزاع عشائري" … "خلاف بين عشيرتين"): that name
        after = _TWO_KIN.search(text, ctx.sentence.end, min(len(text), ctx.sentence.end + _KIN_NAMED_AFTER))
        if after is not None and _KIN_ACTOR[after.group(1)] == key:
            return Span(after.start(1), after.end(1), "actor", None), entry
        return Span(m.start(g), m.end(g), "actor", None), entry
    if a1 is not None and not (m.start() <= a1.span.start and a1.span.end <= m.end()):
        return None
    entry = actors().get(key)
    if entry is None:
        return None
    return Span(m.start(1), m.end(1), "actor", None), entry


_NO_QUOTES = str.maketrans("", "", _FACTION_QUOTES)


def _norm_text(s: str) -> str:
    return " ".join(norm_key(w) for w in s.split())


def _allied(a: ActorEntry, b: ActorEntry) -> bool:
    """Never each other's opponents in one event: one side (:func:`_same_side`), or two actors of one
    ``front`` in ``actors.tsv`` (the Palestinian factions, Hezbollah, the Iraqi resistance: "كتائب القسام
    بالاشتراك مع سرايا القدس", "عملية مشتركة مع المقاومة العراقية"); the ally is the actor's associate."""
    return _same_side(a, b) or (bool(a.front) and a.front == b.front)


def _umbrella(m: ActorEntry, named: ActorEntry) -> bool:
    """``m`` is the front's unnamed whole ("المقاومة", "فصائل المقاومة": an unidentified armed group) beside
    a named group of that front: it is that group's resistance, no associate of its own."""
    return bool(m.front) and m.front == named.front and m.name.startswith("Unidentified") \
        and not named.name.startswith("Unidentified")


# ---------------------------------------------------------------- numbers

# the words that make the death after them what a crowd rose over ("في أعقاب مقتل", "على خلفية مقتل", "بعد مقتل")
_IN_WAKE_OF = frozenset(norm_key(w) for w in ("أعقاب", "خلفية", "بعد", "إثر", "اثر"))


# a rate of the dead or wounded ("استشهاد طفل كل عشر دقائق", "15 شهيداً في كل ساعة", "يُقتل 10 أطفال يومياً"):
# an average over a period, no act's toll
_RATE_UNITS = frozenset(norm_key(w) for w in (
    "ثانية", "ثوان", "ثوانٍ", "دقيقة", "دقائق", "ساعة", "ساعات", "ساعتين", "يوم", "أيام", "يومين", "أسبوع",
    "أسابيع", "شهر", "أشهر"))
_DAILY = frozenset(norm_key(w) for w in ("يومياً", "يوميا", "أسبوعياً", "أسبوعيا", "شهرياً", "شهريا", "سنوياً", "سنويا"))
_RATE_REACH = 3  # tokens after a casualty word or its count within which the rate follows it


def _rated(ctx: SentenceContext, i: int) -> bool:
    """The casualty word or count ending at token ``i`` is given as a rate (see _RATE_UNITS)."""
    vals = ctx.token_values
    for j in range(i + 1, min(i + 1 + _RATE_REACH, len(vals))):
        v = strip_conj(vals[j])
        if v in _DAILY:
            return True
        if v == "كل" and any(w in _RATE_UNITS for w in vals[j + 1:j + 3]):
            return True
    return False


_JOINED_TOLL = 6  # tokens from a toll's count to a count joined to it by "و" ("4 عناصر من قسد واثنين من …")
_JOINED_COUNT = re.compile(r"(?:^|[\s،,])و\s?$")  # "و" alone right before a count ("و3", "و 3")


def _joined_count(ctx: SentenceContext, n: Span) -> bool:
    """The count ``n`` is joined by a "و" of its own ("و3", "و 3", "واثنين"), not glued to a word ("وإصابة32")."""
    text = ctx.nt.original
    return bool(_JOINED_COUNT.search(text[max(0, n.start - 4):n.start])) \
        or (text.startswith("و", n.start) and not text.startswith("واحد", n.start))


_KILLS_REACH = 10  # tokens after a word of assassination within which its object is named ("اغتال مسلحون مجهولون
# يستقلون دراجة نارية، مساء اليوم، عنصراً …": the doers, their means and the time between)
# a stop, a colon or a semicolon: the end of a sentence part (no object, no count or cause is looked for past it)
_PART_BREAK = re.compile(r"[.:؛]")
# a word of wounding in the sentence ("أدت لإصابته", "أصيب بجروح"): the one the assassination aimed at lived
_WOUND_STEMS = tuple(norm_key(w) for w in ("إصاب", "أصيب", "جروح", "بجروح"))
# tokens before the assassination noun with "ب" within which a verb of doing (:data:`_DID`, "قامت باغتيال") makes it
# a done act; without one the noun with "ب" is what a threat, a call or an order names ("هدد باغتيال", "طالب باغتيال")
_CARRIED_OUT_REACH = 6


def _assassinated(ctx: SentenceContext, f: Frame) -> int:
    """The dead of an assassination told by its object (``kills_object``: "اغتيال قيادي سابق", "اغتال مسلحون
    مجهولون، ظهر اليوم، الشاب …", "اغتيال شابين"): the first noun of people of its own count after the word
    (:func:`_count_noun`: one, or two for a dual), with the kin joined to it ("وشقيقه"), in the same sentence part;
    0 where a number comes first (the numbers count), after a word of trying or a negation ("محاولة اغتيال"), or
    where the word has its object as a pronoun ("اغتياله": one told of elsewhere), or names the act that a reply or
    a revenge answers ("رداً على اغتيال القائد", "انتقاماً لاغتيال …").  Not in a headline, whose act
    the body tells with its own toll (the headline's record folds into the body's)."""
    if ctx.headline:
        return 0
    vals = ctx.token_values
    first = ctx.i0
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    starts = {t.start for t in f.triggers}
    num_toks = {ctx.tok(n.start) for n in ctx.numbers}
    for m in ctx.triggers:
        if m.start not in starts or "kills_object" not in _trig(m).flags:
            continue
        ti = ctx.tok(m.start)
        if strip_conj(vals[ti]).endswith(_OWN_ENDINGS) \
                or any(strip_conj(vals[i]) in _NEGATIONS for i in range(max(first, ti - 2), ti)):
            continue
        own = strip_conj(vals[ti])
        if own.startswith(("ال", "لا", "لل")) or any(
                strip_conj(v) in _REPLY_HEADS | _REVENGE_HEADS | _REPLIED for v in vals[max(first, ti - 3):ti]):
            continue  # no object after the article ("الاغتيال الذي …"); an act answered ("رداً على اغتيال …")
        if own.startswith("ب") and not any(
                strip_conj(vals[i]) in _DID for i in range(max(first, ti - _CARRIED_OUT_REACH), ti)):
            continue
        if any(v.lstrip("ولب").startswith(_WOUND_STEMS) for v in vals[first:last + 1]):
            return 0
        for k in range(ti + 1, min(last, ti + _KILLS_REACH) + 1):
            if k in num_toks or _PART_BREAK.search(ctx.nt.original[ctx.token_spans[ti].end:ctx.token_spans[k].start]):
                break
            hit = _count_noun(vals[k])
            if hit is None or hit[0] != "person":
                continue
            total = hit[1]
            j = k + 1
            while j <= last and vals[j].startswith("و") and j not in num_toks \
                    and (more := _count_noun(vals[j])) is not None and more[0] == "person":
                total += more[1]
                j += 1
            return total
    return 0


# the verbs of an execution done, the "killed" words of ``quantities.tsv`` whose dead only a killing of the defenceless
# counts
_EXECUTED = frozenset(norm_key(w) for w in ("أعدم", "أعدمت", "أعدموا"))
# an execution told by the verbal noun after a verb of doing ("أقدم مسلحون على إعدام خمسة شبان", "قامت القوات
# بإعدام أسيرين", "إقدام عناصر على إعدام …"): the executed are the dead, as after "أعدم"; the verbal noun alone is
# no death ("حكم بإعدام 5 متهمين" is a court's sentence, "احتجاجاً على إعدام" the cause of a protest)
_EXECUTION_NOUN = norm_key("إعدام")
# the verbs of doing with the preposition of their object: "على" after "أقدم", "ب" after "قام"
_DOING_VERBS = {**{norm_key(w): "على" for w in ("أقدم", "أقدمت", "أقدموا", "إقدام", "بإقدام", "يقدم", "تقدم")},
                **{norm_key(w): "ب" for w in ("قام", "قامت", "قاموا", "قيام", "بقيام", "يقوم", "تقوم")}}
_DOING_REACH = 12  # tokens from the verb of doing to the verbal noun, in one clause (its subject with the group it is
# of between them: "إقدام مسلحين تابعين لفصيل منضوٍ في وزارة الدفاع على إعدام …")


def _executions_done(ctx: SentenceContext) -> list[tuple[int, int, str]]:
    """The verbal nouns of an execution done (:data:`_EXECUTION_NOUN` after a verb of :data:`_DOING_VERBS` and its
    preposition, at most :data:`_DOING_REACH` tokens after the verb with no comma between but those of a time phrase,
    :func:`_bare_break`), each as a "killed" word of one token."""
    vals = ctx.token_values
    first = ctx.i0
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    out = []
    for j in range(first + 1, last + 1):
        v = strip_conj(vals[j])
        if v == _EXECUTION_NOUN and norm_key(vals[j - 1]) == norm_key("على"):
            prep = "على"
        elif v == "ب" + _EXECUTION_NOUN:
            prep = "ب"
        else:
            continue
        if any(_DOING_VERBS.get(strip_conj(vals[k])) == prep and not _bare_break(ctx, ctx.token_spans[k].end,
                                                                                 ctx.token_spans[j].start)
               for k in range(max(first, j - _DOING_REACH), j)):
            out.append((j, j, "killed"))
    return out


def _bare_break(ctx: SentenceContext, lo: int, hi: int) -> bool:
    """A comma or a stop between the offsets ``lo`` and ``hi`` other than those that set off a time phrase ("أقدم
    مسلحون، أمس الاثنين، على …")."""
    return any(not any(t.start - 3 <= b.start() <= t.end + 1 for t in ctx.times)
               for b in _CLAUSE_BREAK.finditer(ctx.nt.original, lo, hi))


def _fill_numbers(ctx: SentenceContext, f: Frame) -> None:
    split = ctx.split_deaths + _marked_bodies(ctx)
    if f.event_type == "Violence against civilians":
        split = split + _executions_done(ctx)  # "أقدم مسلحون على إعدام خمسة شبان": the executed, the act's dead
    if not ctx.numbers and not ctx.quantities and not ctx.dual_toll and not split:
        if f.event_type in VIOLENT and (item := _toll_list_item(ctx) or _assassinated(ctx, f)):
            # "- رجل بانفجار لغم …", an item of a toll's list, or "اغتيال قيادي سابق": the one assassinated (see below)
            f.quantities = {"killed": item}
        return
    protesters_hit = f.sub_event_type != "Peaceful protest"
    # a casualty word inside a name ("كتائب شهداء الأقصى", "قوات الشهيد عمر القاسم") counts no one
    qs = [(ctx.tok(q.start), ctx.tok(max(q.end - 1, q.start)), q.payloads[0]) for q in ctx.quantities
          if not (q.payloads[0] in _TOLL_KINDS and (_in_name(ctx, q.start) or _in_place_name(ctx, q.start)))]
    # "الشهيد" with the article is the title of a man already dead ("والدة الشهيد أحمد", "وهم الشهيد …"),
    # no new death
    qs = [q for q in qs if not (q[2] == "killed" and q[0] == q[1] and _martyr_title(ctx.token_values[q[0]]))]
    # a casualty told as a rate counts no one ("استشهاد طفل كل عشر دقائق")
    qs = [q for q in qs if not (q[2] in ("killed", "injured") and _rated(ctx, q[1]))]
    if f.event_type != "Violence against civilians":
        # the dead of an execution ("أعدمت القوات عشرات المعتقلين، فيما قُتل جندي في المعارك") are
        # the toll of a killing of the defenceless (ACLED: an attack), never of a clash or a strike told beside it
        qs = [q for q in qs if not (q[2] == "killed" and strip_conj(ctx.token_values[q[0]]) in _EXECUTED)]
    qs += split + ctx.passed_away
    kind_words = [q for q in qs if q[2] in _TOLL_KINDS]
    stale = _superseded_toll(ctx, kind_words) | _updated_toll(ctx, qs)
    if stale:
        qs = [q for q in qs if q[0] not in stale]
        kind_words = [q for q in kind_words if q[0] not in stale]
    counted: dict[str, int] = {}
    last_unit = ""
    used_kinds: set[int] = set()
    war_total = False
    vague_counted: dict[str, int] = {}  # dead and wounded counted by "عشرات" or "مئات"
    in_part, part_end = False, 0
    last_toll: tuple[int, str] | None = None  # the last token of the last count of people and its kind
    # a casualty word that opens a coordinated clause or has its own number ("وأصيب 8 آخرون", "وأصيب
    # آخرون") tells the kind of its own count, not of a number before it ("توفي … 14 مدنياً، وأصيب 8 آخرون")
    starts = {ctx.tok(n.start) for n in ctx.numbers}
    # a day of the month ("قُتلوا في 22 من تموز") counts no one: it takes no casualty word from a count before
    # it ("وكان 7 مدنيين قد قُتلوا في 22 من تموز")
    counts = {ctx.tok(n.start) for n in ctx.numbers if not any(t.start <= n.start < t.end for t in ctx.times)}
    owned = {a for a, _b, k in qs if k in _TOLL_KINDS and (
        a + 1 in counts or a + 2 in counts or _new_clause_word(ctx.token_values[a]))}
    risen = _rise_figures(ctx, qs, starts)
    alleged = _alleged_tokens(ctx, kind_words, counts)
    rose: set[str] = set()  # the kinds of the dead whose toll rose to a figure of the sentence
    rose_value: dict[str, int] = {}  # the figures those tolls rose to, by kind
    after_rise: dict[str, int] = {}  # counts of another kind told after a risen figure, by kind
    low_ends = _range_lows(ctx)
    for n in ctx.numbers:
        if any(t.start <= n.start < t.end for t in ctx.times):
            continue
        value = n.value.value if hasattr(n.value, "value") else 0
        if n.start in low_ends:
            if low_ends[n.start] is None:
                continue  # the low end of a range is counted at its high end, by its own value
            value = min(value, low_ends[n.start] or value)
        if value <= 0 or value > 100000:
            continue
        i0, i1 = ctx.tok(n.start), ctx.tok(max(n.end - 1, n.start))
        if i0 in stale:
            continue  # the first figure a later one replaced ("بعدما كانت الحصيلة الأولية تتحدث عن ثمانية قتلى")
        if _outlet_number(ctx, i0, i1):
            continue  # the number of an outlet's name ("درعا 24 – قُتل شاب …"): the dateline, no count of the dead
        nxt = ctx.token_values[i1 + 1] if i1 + 1 < len(ctx.token_values) else ""
        if nxt in ("منهم", "منها", "بينهم") and not (
                value < _WAR_TOLL and any(b == i0 - 1 and k in ("killed", "injured") for _a, b, k in kind_words)
                and not any(ctx.tok(o.start) < i0 for o in ctx.numbers
                            if not any(t.start <= o.start < t.end for t in ctx.times))):
            # a part of a number already counted ("سبعة منهم"); but right after a casualty word with no count before
            # it, the count of a group told uncounted ("استهدفت سيارة تقل عناصر …، ما أدى إلى مقتل اثنين منهم"; not
            # the thousands of a war: "استشهد الآلاف منهم")
            continue
        if _rated(ctx, i1) or (i1 + 1 < len(ctx.token_values) and _rated(ctx, i1 + 1)):
            continue  # a rate: "15 شهيداً في كل ساعة"
        if nxt in _NOT_PEOPLE:
            continue
        if nxt == "من" and i1 + 2 < len(ctx.token_values) and ctx.token_values[i1 + 2] in _MONTHS:
            continue  # a date: "15 من آذار"
        prev = ctx.token_values[i0 - 1] if i0 > 0 else ""
        if strip_conj(prev) in _UNIT_NAMED:
            continue  # a formation's number is its name, no count: "من الكتيبة 614", "جنود اللواء 401"
        if prev in _IN_WORDS:
            continue  # a count of places or acts, not of people: "اعتقال 200 متظاهر في 3 جامعات"
        # a part, or a number coordinated with one ("9 قتلى هم 6 مدنيين و3 من عناصر الأمن")
        part = _part_of(ctx, i0) or (in_part and i0 - part_end <= 3 and _coordinated(ctx, i0))
        in_part, part_end = part, i1
        unit = ""
        for a, _b, k in qs:
            if a in (i1 + 1, i1 + 2) and k in ("person", "vehicle"):
                unit = k
                break
        if not unit and nxt in _OTHER_WORDS:
            unit = last_unit or "person"
        if unit:
            last_unit = unit
        if unit == "vehicle":
            kind = _nearest(qs, i0, i1, ("destroyed", "damaged"), before=12, after=4)
            if not kind and _equipment_count(ctx, i0, i1):
                continue  # the vehicles a force moves or fights with ("اقتحم المخيم بأكثر من 60 آلية"), none hit
            kind_name = "vehicles_destroyed" if kind == "destroyed" else "vehicles_damaged"
            counted[kind_name] = counted.get(kind_name, 0) + value
            continue
        # a casualty word right after the number: "15 قتيلا", "ثلاثة قتلى"
        kind = ""
        # a casualty word joined by "و" right after the number opens the next clause ("مقتل اثنين وإصابة ثلاثة",
        # "مقتل مدنيين اثنين وإصابة آخرين", "قتل مدنيان اثنان وأصيب تسعة"): the number counts the clause before it
        joined = {a for a, _b, k in kind_words if a == i1 + 1 and _new_clause_word(ctx.token_values[a])}
        for a, _b, k in kind_words:
            # "ثلاثة قتلى", "15 عنصرا قتلى"; not a new coordinated clause: "7 عناصر وأصيب …"
            if (a == i1 + 1 and a not in joined) or (a == i1 + 2 and not ctx.token_values[a].startswith("و")
                               and not ctx.token_values[i1 + 1].startswith("و")
                               and ctx.token_values[i1 + 1] not in _PART_WORDS):
                kind = k
                break
        if not kind and value == 2 and i0 > ctx.i0 and (dual := _dual_toll(ctx.token_values[i0 - 1])):
            # session 43 (fa31): the number word of a dual that is itself a casualty noun ("سقوط شهيدين اثنين",
            # "قتيلان اثنان"): the dual's own count, of the kind the dual names
            kind, unit = dual, "person"
        if not kind:
            prev = ctx.token_values[i0 - 1] if i0 > 0 else ""
            far = 16 if prev in _COUNT_WORDS or (prev and prev[:3] in ("عدد", "وعد")) else 5
            free = [q for q in qs if not (q[0] > i1 and q[0] in owned) and q[0] not in joined]
            kind = _nearest(free, i0, i1, ("killed", "injured", "captured", "arrested", "abducted", "combined"),
                            before=far, after=4 if unit else 2)
            if not kind and unit == "person":
                kind = _verb_after_group(ctx, free, i1)
            if not kind and not getattr(n.value, "vague", False):  # not "العشرات من … استشهدوا" (a war's)
                kind = _partitive_subject(ctx, qs, i1)
                unit = unit or ("person" if kind else "")
            if last_toll is not None and kind in ("", last_toll[1]) and _joined_count(ctx, n) \
                    and i0 - last_toll[0] <= _JOINED_TOLL \
                    and (unit == "person" or nxt == "من") \
                    and not any(v in _PART_WORDS for v in ctx.token_values[last_toll[0]:i0]):
                # "مقتل أربعة عناصر من قسد واثنين من مقاتلي العشائر", "استشهاد 5 فلسطينيين و3 من عناصر الأمن": a
                # count of people joined by "و" to a toll just counted is more of that toll (of another group)
                kind, unit = last_toll[1], unit or "person"
        if i0 in risen and _too_large_result(ctx, i0, value, counted.get(kind or risen[i0], 0), kind_words):
            del risen[i0]  # read as any number
        if i0 in risen:
            if not risen[i0]:
                war_total = True  # the new figure of a running total over a period: no act's toll
                continue
            kind = kind or risen[i0]  # "ارتفعت حصيلة قتلى القصف على … إلى 5": the act's toll, updated
            rose.add(kind)
        if not kind or kind == "combined" or (kind == "killed" and i0 in alleged):
            # (the dead one side alleges, "زاعماً مقتل خمسة عناصر", "وقتل 10 مسلحين، على حد قوله": ACLED keeps
            # the conservative figure, the writer's own or another source's, never the claimant's word)
            continue
        if not unit and kind in ("killed", "injured") and i0 not in risen and not any(
                a == i1 + 1 or b == i0 - 1 for a, b, _k in kind_words):
            # a bare number far from a casualty word is not a toll
            if _nearest(qs, i0, i1, (kind,), before=2, after=1) != kind:
                continue
        if part and (kind in counted or war_total):
            # a part of the toll just counted ("45 شهيداً، بينهم 23 من النساء والأطفال"), or of a war's total
            continue
        if kind in ("killed", "injured") and value >= _WAR_TOLL:
            war_total = True  # "ارتفعت الحصيلة إلى 37 ألفاً و551 شهيداً": a war's running total, no one act's toll
            continue
        if rose and i0 not in risen and kind in ("killed", "injured") and kind not in rose \
                and i0 > min(risen, default=i0):
            # the wounded told with the dead a toll rose to ("ارتفاع الحصيلة إلى ثلاثة قتلى و35 جريحاً") are the
            # revised figure of the wounded, not more of them
            after_rise[kind] = after_rise.get(kind, 0) + value
        counted[kind] = counted.get(kind, 0) + value
        if i0 in risen and kind in rose:
            rose_value[kind] = rose_value.get(kind, 0) + value
        # a toll's head count, not a count of a list or of its parts ("19 شخصاً: 7 دركيين و5 عسكريين و7 مدنيين")
        last_toll = (i1, kind) if kind in _HUMAN_TOLL and not part and not _coordinated(ctx, i0) else None
        if getattr(n.value, "vague", False) and kind in ("killed", "injured"):
            vague_counted[kind] = vague_counted.get(kind, 0) + value
        used_kinds.add(i0)
    for k, v in ({} if war_total else rose_value).items():
        # the figure a toll rose to is the act's new total, which holds the death told with it ("توفي أحد الجرحى،
        # لترتفع حصيلة القصف إلى 3 قتلى": three, not four; ACLED: a toll update replaces the count)
        counted[k] = v
    if rose and not war_total:
        counted.update(after_rise)
    for k, v in _noun_counts(ctx, qs, kind_words, set(counted), stale).items():
        if k not in rose:  # the new figure holds the one whose death raised it ("ارتفع إلى 3 … بعد وفاة امرأة")
            counted[k] = counted.get(k, 0) + v
    num_at = {ctx.tok(n.start): n for n in ctx.numbers} if kind_words else {}
    for a, b, k in kind_words:
        if k == "killed" and k not in counted and _one_dying(ctx, a, b):
            counted[k] = 1  # "وقد فارق الحياة", "لقي حتفه": one dead, told by a singular verb and its object
            continue
        if a != b or k not in ("killed", "injured") or k in counted:
            continue
        if _single_toll(ctx, a, num_at):
            # one dead or wounded told by the bare singular ("سقط قتيل", "حصيلة الهجوم قتيلاً و13 إصابة")
            counted[k] = 1
        elif _another_one(ctx, a):
            counted[k] = 1  # "اختطاف شاب … ومقتل آخر برصاص مجهولين": one more man, told by "another"
        elif k == "killed" and _one_relative_death(ctx, a):
            counted[k] = 1  # "القائد X، الذي استُشهد في الغارة": one man, named before the relative pronoun
        elif k == "killed" and (own := _object_killed(ctx, a)):
            counted[k] = own  # "قتل مسلحون مجهولون شاباً": the one the killers killed, told by his singular noun
        elif k == "killed" and strip_conj(ctx.token_values[a]) in _FOUND_KILLED_ONE | _BODY_ONE:
            counted[k] = 1  # "عُثر على جثة شاب مقتولاً": the one found killed, told by the singular adjective
        elif k == "killed" and _one_pluperfect_death(ctx, a):
            counted[k] = 1  # "وكان فقيه قد قُتل عصر الجمعة …": one man, the subject named before the singular verb
        elif k == "killed" and strip_conj(ctx.token_values[a]) in _TOLL_PRONOUNS and _result_of_act(ctx, a):
            # (and the kin or companion named with him: "ما أدى إلى مقتله ومرافقه", two)
            counted[k] = _TOLL_PRONOUNS[strip_conj(ctx.token_values[a])] + _kin_after(ctx, a + 1)
        elif k == "killed" and strip_conj(ctx.token_values[a]) in _TOLL_GROUP_PRONOUNS and _result_of_act(ctx, a) \
                and (group := _group_before(ctx, a)):
            counted[k] = group  # "أطلقوا النار على 5 مدنيين، ما أدى إلى مقتلهم": the group counted before, all dead
    if "killed" not in counted and f.event_type in VIOLENT and not any(k == "killed" for *_x, k in kind_words):
        item = _toll_list_item(ctx)
        if item:
            counted["killed"] = item  # "- شاب إثر انفجار لغم …" under "وثّق المرصد مقتل 3 أشخاص، وهم:"
    if "killed" not in counted and f.event_type in VIOLENT and not war_total \
            and not any(k in ("killed", "injured") for *_x, k in kind_words) and (one := _assassinated(ctx, f)):
        # "اغتيال قيادي سابق برصاص مجهولين": the one assassinated (a word of death with no number, "واستشهاد عدد من
        # مرافقيه", tells more dead: ACLED's unnumbered; a word of wounding, "عملية اغتيال أدت لإصابته", tells he
        # lived)
        counted["killed"] = one
    if kind_words and not war_total and ("killed" in counted or any(k == "killed" for *_x, k in kind_words)) \
            and ctx.background in ("since", "total"):
        war_total = True  # the dead "since" the war began or a running total: a war's figure, as thousands are
    if vague_counted and not war_total and _long_since(ctx):
        war_total = True  # "النزاع المستمر منذ منتصف نيسان، والذي أودى بحياة مئات الأشخاص" (even told today)
    if war_total:
        # "مئات القتلى وآلاف الجرحى منذ اندلاع المعارك": the vague counts beside a war's total are its part
        for k, v in vague_counted.items():
            if counted.get(k, 0) > v:
                counted[k] -= v
            else:
                counted.pop(k, None)
    if f.event_type == "Strategic developments":
        counted = {k: v for k, v in counted.items() if k == "arrested" and f.sub_event_type == "Arrests"}
    elif f.event_type in DEMO:
        keep = ("arrested", "injured", "killed") if protesters_hit else ()
        counted = {k: v for k, v in counted.items() if k in keep}
        killed_at = [a for a, _b, k in kind_words if k == "killed"]
        if "killed" in counted and killed_at and all(
                a > 0 and (strip_conj(ctx.token_values[a - 1]) in _IN_WAKE_OF
                           or _denounced(ctx, ctx.token_spans[a].start)) for a in killed_at):
            # the killing the crowd rose over ("أعمال شغب في أعقاب مقتل الشاب", "على خلفية مقتل فتى"): its cause,
            # told elsewhere, none of the riot's dead
            counted.pop("killed")
    f.quantities = counted
    if "killed" not in counted and f.event_type in VIOLENT and not war_total:
        # deaths told with no number ("سقوط قتلى", "بين قتيل وجريح"): ACLED's unnumbered dead; not in a
        # sentence that gives a war's running total, whose casualty words are that total's
        # (a death told by its pronoun, "بعد أيام على استشهاده", is of one man told of elsewhere: never unnumbered)
        f.unnumbered_deaths = any(
            (k == "killed" and not _count_named(ctx, a) and not _death_denied(ctx, a) and a not in alleged
             and strip_conj(ctx.token_values[a]) not in _TOLL_PRONOUNS.keys() | _TOLL_GROUP_PRONOUNS
             and not _honoured(ctx, a))
            or (k == "combined" and a not in alleged and _some_dead(ctx, a, num_at)) for a, _b, k in kind_words)


# session 44 (iv31): the singular verbs of dying in the passive or intransitive (normalised), whose subject, told
# before them, is one person
# (not "قتلت", as often "she killed" as "she was killed")
_DIED_ONE = frozenset(norm_key(w) for w in ("قتل", "استشهد", "استشهدت"))
_ONE_SUBJECT_REACH = 4  # the words of the subject between "كان" and "قد"
_AUX_ONE = frozenset(norm_key(w) for w in ("كان", "كانت"))
_ONE_VICTIM_INTER = frozenset({0, 7})  # a subject of no side, or a civilian


def _one_pluperfect_death(ctx: SentenceContext, a: int) -> bool:
    """The word of death at ``a`` is a singular verb of the pluperfect whose subject stands between the auxiliary
    and "قد" ("وكان فقيه قد قُتل …", "وكانت الطفلة قد استشهدت …", in a death notice or a funeral report): one dead,
    the man the article names (not "وكان قد قُتل ثلاثة مدنيين": the subject, after the verb, is counted there;
    nor a plural subject, which takes a plural verb)."""
    vals = ctx.token_values
    if strip_conj(vals[a]) not in _DIED_ONE or a - 1 <= ctx.i0 or vals[a - 1] != _QAD \
            or (a < ctx.i1 and _is_number(vals[a + 1])):
        return False
    aux = next((j for j in range(a - 2, max(ctx.i0, a - 2 - _ONE_SUBJECT_REACH) - 1, -1)
                if strip_conj(vals[j]) in _AUX_WAS), None)
    if aux is None or aux >= a - 2 or strip_conj(vals[aux]) not in _AUX_ONE:
        return False
    # (an armed side for subject, "وكانت القوات قد قتلت …", is the killer, and its victims follow the verb)
    lo, hi = ctx.token_spans[aux].end, ctx.token_spans[a - 1].start
    return not any(_is_number(v) for v in vals[aux + 1:a - 1]) \
        and not any(lo <= span.start < hi and e.inter not in _ONE_VICTIM_INTER for span, e in ctx.actors)


# the words that tell a toll as one side's allegation, doubted by the writer ("زعم", "ادّعى", "زاعماً", "مدعياً"):
# before the casualty word in its clause ("وزعم أنه قتل وجرح خمسة عناصر"); and the closing "على حد قوله" /
# "بحسب زعمه" after it ("وقتل ما يصل إلى 10 مسلحين، على حد قوله"); see :func:`_alleged_tokens`
_TOLL_ALLEGED = frozenset(norm_key(w) for w in (
    "زعم", "زعمت", "زعموا", "يزعم", "تزعم", "زاعما", "زاعمة", "زاعمين", "مزاعم", "ادعى", "ادعت", "ادعوا", "يدعي",
    "تدعي", "مدعيا", "مدعية", "مدعين"))
_ALLEGED_CLOSE = frozenset(norm_key(w) for w in (
    "قوله", "قولها", "قولهم", "زعمه", "زعمها", "زعمهم", "ادعائه", "ادعائها", "ادعائهم"))
_ALLEGED_REACH = 5  # tokens after the word of alleging within which its word of death stands ("زعم الجيش أنه قتل")
_ALLEGED_CLOSE_HEADS = frozenset(norm_key(w) for w in ("حد", "بحسب", "حسب", "وفق", "وفقا"))
# a word of "no" a few words before a word of death ("من دون تسجيل أي حالة وفاة", "لم يسفر عن قتلى")
_DEATH_DENIED = frozenset(norm_key(w) for w in ("لم", "لا", "لن", "دون", "بدون", "عدم"))
_DEATH_DENIED_REACH = 4
# between the "no" and the word of death, a word that leaves the deaths told ("لم تُعرف حصيلة القتلى بعد", "لم يتم
# التعرف على هوية القتلى", "لا تزال جثث القتلى تحت الأنقاض"): still deaths, of a number not told
_DEATH_KNOWN = frozenset(norm_key(w) for w in (
    "عدد", "العدد", "أعداد", "حصيلة", "الحصيلة", "هوية", "هويات", "يزال", "تزال", "زال", "زالت", "جثث", "جثة"))


def _alleged_tokens(ctx: SentenceContext, kind_words: list[tuple[int, int, str]], counts: set[int]) -> set[int]:
    """The tokens of the clauses that tell a toll as one side's allegation: from a word of alleging
    (:data:`_TOLL_ALLEGED`) with a word of death a few words after it ("زاعماً مقتل", "وزعم أنه قتل") to the end of
    its clause; and the clause closed by "على حد قوله" / "بحسب زعمه" where a count follows its word of death ("وقتل
    ما يصل إلى 10 مسلحين، على حد قوله"; not "معلناً أنه قتل في انقلاب دبابة، على حد زعمه", the cause alleged)."""
    killed = sorted(a for a, _b, k in kind_words if k in ("killed", "combined"))
    if not killed:
        return set()
    vals, text = ctx.token_values, ctx.nt.original
    first, last = ctx.i0, ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))

    def brk(i: int) -> bool:  # a clause break between tokens i and i + 1
        return bool(_CLAUSE_BREAK.search(text[ctx.token_spans[i].end:ctx.token_spans[i + 1].start]))

    out: set[int] = set()
    for d in range(first, last + 1):
        if strip_conj(vals[d]) in _TOLL_ALLEGED:
            end = d
            while end < last and not brk(end):
                end += 1
            if any(d < a <= min(end, d + _ALLEGED_REACH) for a in killed):
                out.update(range(d, end + 1))
        elif d < last and strip_conj(vals[d]) in _ALLEGED_CLOSE_HEADS and vals[d + 1] in _ALLEGED_CLOSE:
            start = d  # the close's own clause part ("، على حد قوله"), then the clause it closes
            while start > first and not brk(start - 1):
                start -= 1
            end = start if start > first else d
            if start > first:
                start -= 1
                while start > first and not brk(start - 1):
                    start -= 1
            if any(start <= a < c < end for a in killed for c in counts):
                out.update(range(start, end))
    return out


def _death_denied(ctx: SentenceContext, a: int) -> bool:
    """A word of "no" (:data:`_DEATH_DENIED`) stands a few tokens before the word of death at ``a`` in its clause:
    the sentence says no one died ("دون تسجيل أي حالة وفاة")."""
    first = ctx.i0
    for i in range(a - 1, max(first, a - _DEATH_DENIED_REACH) - 1, -1):
        if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[i].end:ctx.token_spans[i + 1].start]):
            return False
        if strip_conj(ctx.token_values[i]) in _DEATH_KNOWN:
            return False  # the dead not yet counted or named ("لم تعرف حصيلة القتلى"), or still there ("لا يزال")
        if strip_conj(ctx.token_values[i]) in _DEATH_DENIED:
            return True
    return False


# words of the equipment a force uses, brings or is made of ("يستخدم في هجومه 70 آلية", "قوة مؤلفة من 4 آليات",
# "معززة بعشرات الآليات"): the vehicles counted after them are the force's, not vehicles hit
_EQUIPPED = frozenset(norm_key(w) for w in (
    "يستخدم", "تستخدم", "استخدم", "استخدمت", "باستخدام", "مستخدما", "مستخدمة", "يستعمل", "استعمل", "مكونة",
    "مكون", "مؤلفة", "مؤلف", "قوامها", "قوامه", "معززة", "معززا", "مدعومة", "مدعوما", "ترافقها", "يرافقها",
    "أدخل", "أدخلت", "يدخل", "دفع", "دفعت", "يدفع", "حشد", "حشدت", "يحشد", "بمشاركة"))
_EQUIPPED_REACH = 10  # tokens before the count within which the word of using or bringing stands ("يستخدم في
# هجومه على الحي أكثر من 500 جندي و70 آلية")
# a munition named right before the vehicle it is fired from ("12 قذيفة دبابة"): the number counts the rounds
_ROUNDS = frozenset(norm_key(w) for w in ("قذيفة", "قذائف", "قذيفه", "صاروخ", "صواريخ", "طلقة", "طلقات"))


def _equipment_count(ctx: SentenceContext, i0: int, i1: int) -> bool:
    """The vehicle count at tokens ``i0``..``i1`` counts what a force moves or fights with, not vehicles hit: a
    munition counted in front of the vehicle word ("بنحو 12 قذيفة دبابة"), the preposition "ب" of means on the
    count ("اقتحمت المخيم بأكثر من 60 آلية", "معززة بالعشرات من الآليات"), or a word of using or bringing a few
    words before it (:data:`_EQUIPPED`) with no clause break between."""
    vals = ctx.token_values
    if i1 + 1 < len(vals) and vals[i1 + 1] in _ROUNDS:
        return True
    first = ctx.i0
    while i0 > first and (vals[i0 - 1] in _ABOUT or (vals[i0 - 1].startswith("ب") and vals[i0 - 1][1:] in _ABOUT)):
        i0 -= 1  # the approximation before the number ("بأكثر من", "نحو")
    head = vals[i0]
    if head.startswith("ب") and (head[1:] in _ABOUT or head[1:].isdigit() or head[1:] in ("عشرات", "العشرات")):
        return True
    for j in range(i0 - 1, max(first, i0 - _EQUIPPED_REACH) - 1, -1):
        if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[j].end:ctx.token_spans[j + 1].start]):
            return False
        if strip_conj(vals[j]) in _EQUIPPED:
            return True
    return False


def others_toll(ctx: SentenceContext, part: SentenceContext) -> dict[str, int]:
    """The toll of a later clause ``part`` of the sentence ``ctx`` told as "more of the same" ("استشهد 12 بقصف منزل
    في X، و9 آخرين من جراء قصف في Y"): a number joined by "و" and followed by "آخرين" / "آخرون", with no casualty
    word of its own clause, counts people of the kind of the last dead or wounded counted before the clause."""
    vals = ctx.token_values
    lo = part.sentence.start
    own = [q for q in part.quantities if q.payloads[0] in _TOLL_KINDS]
    before = [q for q in ctx.quantities if q.end <= lo and q.payloads[0] in ("killed", "injured")
              and not _in_name(ctx, q.start) and not _in_place_name(ctx, q.start)]
    if own or not before:
        return {}
    kind = max(before, key=lambda q: q.start).payloads[0]
    out: dict[str, int] = {}
    for n in part.numbers:
        i0, i1 = ctx.tok(n.start), ctx.tok(max(n.end - 1, n.start))
        value = n.value.value if hasattr(n.value, "value") else 0
        # (a count joined by "و" right before the place of its own, "قتل 4 في X و2 في Y", counts the same kind too)
        nxt = vals[i1 + 1] if i1 + 1 < len(vals) else ""
        if 0 < value < _WAR_TOLL and (nxt in _OTHER_WORDS or nxt in _AT_PLACE) and _coordinated(ctx, i0) \
                and not any(t.start <= n.start < t.end for t in part.times):
            out[kind] = out.get(kind, 0) + value
    if not out:
        # "قتل شابان في X وآخر في Y": "another" alone, joined by "و" right before its place, is one more
        lo_i, hi_i = ctx.tok(lo), ctx.tok(max(part.sentence.end - 1, lo))
        for i in range(lo_i, min(hi_i, len(vals) - 1)):
            if vals[i] in _ONE_OTHER and vals[i + 1] in _AT_PLACE:
                out[kind] = out.get(kind, 0) + 1
    return out


_ONE_OTHER = frozenset({"واخر", "واخرى", "واخري"})  # "وآخر", "وأخرى": one more, joined by "و"
_AT_PLACE = frozenset({"في", "فى"})  # the preposition of a place right after an item's count


_BETWEEN = frozenset(norm_key(w) for w in ("بين", "وبين"))


def _range_lows(ctx: SentenceContext) -> dict[int, int | None]:
    """The ranges of the sentence ("ما بين 5 و8 عناصر", "بين 10 إلى 15 قتيلاً"), keyed by the start of each of
    their two numbers: None for the low end (no count of its own), the low end's value for the high end, which
    stands by the counted noun and counts the range at its lowest (ACLED: the most conservative figure), never
    the sum of the two."""
    vals = ctx.token_values
    out: dict[int, int | None] = {}
    nums = sorted(ctx.numbers, key=lambda n: n.start)
    for a, b in pairwise(nums):
        i0, i1, j = ctx.tok(a.start), ctx.tok(max(a.end - 1, a.start)), ctx.tok(b.start)
        if i0 == 0 or (strip_conj(vals[i0 - 1]) not in _BETWEEN and vals[i0 - 1] not in _BETWEEN):
            continue
        if (j == i1 + 1 and _coordinated(ctx, j)) or (j == i1 + 2 and strip_conj(vals[i1 + 1]) in _TO):
            low = a.value.value if hasattr(a.value, "value") else 0
            if low > 0:
                out[a.start], out[b.start] = None, low
    return out


_RISE_REACH = 20  # tokens after "ارتفعت حصيلة" within which "إلى" gives its new figures
_THOUSAND_STEMS = frozenset(norm_key(w) for w in ("آلاف", "ألف", "ألفا"))  # "إلى نحو 10 آلاف" (also glued: "آلافمن")
_TO = frozenset({norm_key("إلى")})


def _too_large_result(ctx: SentenceContext, k: int, value: int, counted: int,
                      kind_words: list[tuple[int, int, str]]) -> bool:
    """The figure at token ``k``, told by a result form of rising (:func:`_result_rise`) with no period, is more
    than the dead the sentence told before it (its counts and its words of death) and one more: a side's or a
    war's count ("قُتل جندي …، ليرتفع عدد قتلى القوات إلى 40"), not this act's new total; it is read as any
    number is."""
    if not _result_rise(ctx, k):
        return False
    deaths = sum(1 for a, _b, q in kind_words if q == "killed" and a < k)
    return value > counted + deaths + 1


def _result_rise(ctx: SentenceContext, k: int) -> bool:
    """The figure at token ``k`` is told by a result form of rising (:data:`_RISE_RESULT`) a few tokens before it,
    with no other form of rising between."""
    first = ctx.i0
    for i in range(k - 1, max(first, k - _RISE_REACH) - 1, -1):
        v = strip_conj(ctx.token_values[i])
        if v in _RISE_RESULT:
            return True
        if v in _RISE:
            return False
    return False


def _rise_figures(ctx: SentenceContext, qs: list[tuple[int, int, str]], starts: set[int]) -> dict[int, str]:
    """The numbers a toll rises to ("ارتفعت حصيلة الشهداء … إلى 313 شهيداً، ومنذ بداية العام إلى 521"), by the
    index of their first token: the kind of the dead the toll head names ("حصيلة قتلى", "عدد الشهداء"; '' for
    none), or '' for every figure of a toll told with a period ("منذ السابع من أكتوبر", "منذ بداية العام"): a
    running total, never an act's toll, even in a sentence that tells the act that raised it (ACLED)."""
    i0, i1 = ctx.i0, ctx.i1
    vals = ctx.token_values
    out: dict[int, str] = {}
    for i in range(i0, i1):
        if strip_conj(vals[i]) not in _RISE:
            continue
        if strip_conj(vals[i + 1]) in _TO:
            # the figure before the toll ("ارتفع إلى 3 عدد المدنيين الذين قتلوا في القصف"): the kind of the dead the
            # words after the toll head name, a few tokens on
            k = next((k for k in range(i + 2, min(i + 4, i1 + 1)) if k in starts), None)
            if k is None or k + 1 > i1 or strip_conj(vals[k + 1]) not in _TOLL:
                continue
            kind = next((q for a, _b, q in sorted(qs) if k + 1 < a <= k + 6 and q in ("killed", "injured")), "")
            if kind:
                out[k] = kind
            continue
        if vals[i + 1] not in _TOLL:
            continue
        kind = next((k for a, _b, k in qs if a == i + 2 and k in ("killed", "injured")), "")
        end = min(i1, i + _RISE_REACH)
        # "منذ" opens the period of any rise ("منذ 24 يوماً", "منذ الصباح"); so does a span of hours or days
        period = any(vals[j] in _SINCE or (vals[j] in _HOUR_SPANS and _hours_span(vals, j)) or (
            vals[j] in _DAY_SPANS and strip_conj(vals[j - 1]) == "خلال") for j in range(i, end))
        for j in range(i + 2, end):
            if strip_conj(vals[j]) in _TO:
                k = next((k for k in range(j + 1, min(j + 4, i1 + 1)) if k in starts), None)
                if k is not None:
                    thousands = k + 1 <= i1 and strip_conj(vals[k + 1])[:4] in _THOUSAND_STEMS
                    # a toll that names no kind but names its act ("حصيلة ضحايا التفجير", "حصيلة الاشتباكات في X"),
                    # told with no period, takes the casualty noun the figure counts ("إلى تسعة قتلى"); "عدد
                    # الضحايا" and a bare "حصيلة الضحايا" are a war's count
                    own = kind or (next((q for a, _b, q in qs if a == k + 1 and q in ("killed", "injured")), "")
                                   if _act_toll(ctx, i, j) or _revised_toll(ctx, qs, i, j, k) else "")
                    out[k] = "" if period or thousands else own
    return out


_TOLL_OF_ACT = frozenset(norm_key(w) for w in ("حصيلة", "الحصيلة"))
# session 42 (fa28): the first toll a later figure of the sentence replaced, told back ("إلى 16 قتيلاً، بعد أن كانت
# الحصيلة الأولية تتحدث عن ثمانية قتلى", "أدت في حصيلة نهائية إلى استشهاد أربعة، بعدما كانت الحصيلة الأولية قد
# تحدثت عن شهيدين"): the toll head, its word of "first", and the "was" (or "after") a few tokens before it
_FIRST_TOLL = frozenset(norm_key(w) for w in ("الأولية", "أولية", "الأولى", "السابقة"))
_FIRST_TOLL_WAS = frozenset(norm_key(w) for w in ("كانت", "كان", "بعدما", "بعد"))
_FIRST_TOLL_REACH = 10  # tokens of the first toll's clause after its head


def _verb_after_group(ctx: SentenceContext, qs: list[tuple[int, int, str]], i1: int) -> str:
    """The kind of the plural verb of dying or wounding told after the counted noun at token ``i1 + 1`` and the
    group it is of ("13 عنصراً من الفصائل الموالية لإيران قتلوا في ضربات"), in one clause part with no other
    number: its subject's count (session 42, fa28); '' when none."""
    vals = ctx.token_values
    if i1 + 3 > ctx.i1 or vals[i1 + 2] != "من":
        return ""
    for a in range(i1 + 3, min(ctx.i1, i1 + 3 + _OWN_GROUP_REACH) + 1):
        if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[i1].end:ctx.token_spans[a].start]) \
                or any(ctx.tok(n.start) == a for n in ctx.numbers):
            return ""
        kind = next((k for b, _e, k in qs if b == a and k in ("killed", "injured")), "")
        if kind:
            # not "23 جندياً من الجيش قتلوا خلال المعارك الدائرة": the dead of a period, a running total
            over = a + 1 <= ctx.i1 and strip_conj(vals[a + 1]) in _OVER_PERIOD
            return kind if vals[a].endswith("وا") and not over else ""
    return ""


def _superseded_toll(ctx: SentenceContext, kind_words: list[tuple[int, int, str]]) -> frozenset[int]:
    """The tokens of a first toll told back as replaced ("بعد أن كانت الحصيلة الأولية تتحدث عن ثمانية قتلى") in a
    sentence that tells its act's dead outside it too: none of its figures is the act's (ACLED: the latest figure
    replaces the first); empty when the sentence tells no other dead."""
    vals = ctx.token_values
    i0, i1 = ctx.i0, ctx.i1
    for i in range(i0 + 1, i1):
        if strip_conj(vals[i]) not in _TOLL_OF_ACT or strip_conj(vals[i + 1]) not in _FIRST_TOLL \
                or not any(strip_conj(vals[k]) in _FIRST_TOLL_WAS for k in range(max(i0, i - 3), i)):
            continue
        end = i + 1
        while end + 1 <= min(i1, i + 1 + _FIRST_TOLL_REACH) and not _CLAUSE_BREAK.search(
                ctx.nt.original[ctx.token_spans[end].end:ctx.token_spans[end + 1].start]):
            end += 1
        span = frozenset(range(i, end + 1))
        if any(k == "killed" and a not in span and not (i - 3 <= a < i) for a, _b, k in kind_words) \
                or any(_dual_toll(vals[a]) == "killed" for a in range(i0, i - 3)):
            return span
    return frozenset()
_BARE_TOLL = norm_key("الحصيلة")

# session 43 (fa31): a toll told as updated ("أدت في حصيلة محدثة إلى استشهاد 7 مواطنين", "بحصيلة جديدة", "وفق الحصيلة
# النهائية"): its figure is the act's whole toll (ACLED: the latest figure replaces the first), so the first figure the
# sentence told before it ("أفادت المعلومات الأولية عن سقوط أربعة شهداء، قبل أن تعلن …") and the death that raised it,
# told after it ("بعدما فارق أحد الجريحين الحياة", "بعد وفاة أحد الجرحى"), are in it, never more dead
_UPDATED_TOLL_HEAD = frozenset(norm_key(w) for w in ("حصيلة", "الحصيلة", "بحصيلة", "بالحصيلة", "للحصيلة"))
_UPDATED_TOLL = frozenset(norm_key(w) for w in (
    "محدثة", "المحدثة", "محدّثة", "المحدّثة", "جديدة", "الجديدة", "نهائية", "النهائية"))
_UPDATED_FIGURE_REACH = 5  # tokens after the updated toll's head within which its figure or word of death stands
_RAISED_BY = frozenset(norm_key(w) for w in ("بعد", "بعدما", "إثر", "اثر", "عقب"))


def _updated_toll(ctx: SentenceContext, qs: list[tuple[int, int, str]]) -> frozenset[int]:
    """The tokens of the counts an updated toll (:data:`_UPDATED_TOLL`) of the sentence holds: the killed and wounded
    told before its head, and a death told after its figure as what raised it ("بعدما توفي أحد الجرحى"); empty when
    the sentence tells no such toll or no figure follows its head."""
    vals = ctx.token_values
    i0, i1 = ctx.i0, ctx.i1
    counts = {ctx.tok(n.start) for n in ctx.numbers if not any(t.start <= n.start < t.end for t in ctx.times)}
    for i in range(i0, i1):
        if strip_conj(vals[i]) not in _UPDATED_TOLL_HEAD or strip_conj(vals[i + 1]) not in _UPDATED_TOLL:
            continue
        reach = range(i + 2, min(i1, i + 1 + _UPDATED_FIGURE_REACH) + 1)
        if not any(a in reach and k == "killed" for a, _b, k in qs) and not any(k in counts for k in reach):
            continue  # "في حصيلة جديدة للحرب": no figure of its own
        if any(strip_conj(v) in _OVER_PERIOD for v in vals[i:min(i1, i + 12) + 1]):
            continue  # "بلغت في حصيلة جديدة منذ بدء الحرب …": a running total, no act's
        out = {a for a, _b, k in qs if a < i and k in _TOLL_KINDS} | {k for k in counts if k < i}
        later = next((k for k in range(i + 2, i1 + 1) if strip_conj(vals[k]) in _RAISED_BY
                      and any(a > k and q == "killed" for a, _b, q in qs)), None)
        if later is not None:
            out |= set(range(later, i1 + 1))
        return frozenset(out)
    return frozenset()


def _revised_toll(ctx: SentenceContext, qs: list[tuple[int, int, str]], i: int, j: int, k: int) -> bool:
    """The bare toll that rises at token ``i`` ("… أسفرت عن سقوط قتيل و14 جريحاً في حصيلة أولية، قبل أن تعلن
    ارتفاع الحصيلة إلى ثلاثة قتلى"), with no period before its "إلى" at token ``j``, revises a first toll the same
    sentence told: a casualty word of the kind its figure at token ``k`` counts stands before it (session 42,
    fa28; ACLED: the revised figure replaces the first)."""
    vals = ctx.token_values
    if vals[i + 1] != _BARE_TOLL or any(strip_conj(v) in _OVER_PERIOD for v in vals[i:j + 4]):
        return False
    kind = next((q for a, _b, q in qs if a == k + 1 and q in ("killed", "injured")), "")
    return bool(kind) and any(a < i and q == kind for a, _b, q in qs)
_OVER_PERIOD = frozenset(norm_key(w) for w in ("خلال", "طوال", "منذ"))


def _act_toll(ctx: SentenceContext, i: int, j: int) -> bool:
    """The toll that rises at token ``i`` ("ارتفعت حصيلة …") names, before its "إلى" at token ``j``, the act it is
    the toll of (a trigger word: "ضحايا التفجير", "الاشتباكات"), with no period ("خلال الأسبوعين")."""
    vals = ctx.token_values
    if strip_conj(vals[i + 1]) not in _TOLL_OF_ACT or any(strip_conj(v) in _OVER_PERIOD for v in vals[i:j + 4]):
        return False
    return any(i + 1 < ctx.tok(m.start) < j for m in ctx.triggers)


# the singular verbs of dying that cannot be active verbs of killing ("الذي قَتل": who killed; "الذي قُتل", with its
# damma: who was killed)
_DIED_SINGULAR = frozenset(norm_key(w) for w in ("استشهد", "استشهدت", "توفي", "توفيت", "ارتقى", "ارتقت"))
_KILLED_SINGULAR = frozenset(norm_key(w) for w in ("قتل", "قتلت"))


def _one_relative_death(ctx: SentenceContext, a: int) -> bool:
    """The death word at token ``a`` is a singular verb of dying right after the singular relative pronoun
    ("موسوي، الذي استُشهد في الغارة", "القيادي الذي قُتل بالتفجير"): the one person named before it died (ACLED:
    a named individual killed counts one, not the three of deaths told without a number)."""
    if a <= ctx.i0 or strip_conj(ctx.token_values[a - 1]) not in RELATIVE_SINGULAR:
        return False
    v = ctx.token_values[a]
    if v in _DIED_SINGULAR:
        return True
    tok = ctx.token_spans[a]
    return v in _KILLED_SINGULAR and _DAMMA in ctx.nt.original[tok.start:tok.start + 2]


# the bare singular casualty nouns: one dead or wounded where the noun is the subject of a verb of
# occurrence or arrival ("سقط قتيل", "ووصل شهيد", "وقع جريح"), the value of a toll ("حصيلة الهجوم قتيلاً")
# or a headline's first word ("سوريا: قتيل وإصابات …")
_SINGLE_TOLL = frozenset(norm_key(w) for w in ("قتيل", "قتيلا", "شهيد", "شهيدا", "جريح", "جريحا", "مصاب", "مصابا"))
_ONE_BEFORE = frozenset(norm_key(w) for w in (
    "سقوط", "وقوع", "سقط", "وقع", "يسقط", "وصل", "وصول", "ارتقى", "ارتقت", "ارتقاء", "بلغت", "بلغ", "تصبح",
    "أصبحت", "باتت", "حصيلة", "الحصيلة"))
_ONE_REACH = 3  # tokens before the noun within which its verb or toll word stands
# the singular adjective of one found killed ("عُثر على جثته مقتولاً", "وُجدت مقتولة في منزلها"): one dead when no
# number or counted noun gives more (the dual or plural "مقتولين" counts by the noun before it: "جثتي شابين")
_FOUND_KILLED_ONE = frozenset(norm_key(w) for w in ("مقتول", "مقتولا", "مقتولة"))
# a body found with the marks of shots, stabs or torture on it (``body_marks``: "عُثر على جثة شاب وعليها آثار
# طلقات نارية", "جثته تحمل آثار تعذيب"): the marks tell a killing as "مقتولاً" does, only with the body named before
# them in the sentence, within this many tokens (where it lay between them: "جثة شاب مرمية على جانب الطريق الواصل
# بين …، وعليها آثار"; not a car or a wall "عليها آثار رصاص"); one body is one dead
_BODY_ONE = frozenset(norm_key(w) for w in ("جثة", "جثته", "جثتها", "جثمان", "جثمانه", "جثمانها"))
# (one body or two: bodies by the dozen with marks on "some of them" are the finds of mass graves, the acts behind them
# untold)
_BODIES = _BODY_ONE | frozenset(norm_key(w) for w in ("جثتي", "جثتين"))
_BODY_MARKS_REACH = 20


# the violence whose marks the word names, right after it ("آثار طلقات نارية", "آثار تعذيب", "آثار الرصاص")
_MARKS_OF = frozenset(norm_key(w) for w in (
    "طلقات", "طلق", "طلقة", "رصاص", "الرصاص", "رصاصات", "إطلاق", "تعذيب", "التعذيب", "طعنات", "طعن", "ضرب",
    "الضرب", "كدمات"))


def _marked_body(ctx: SentenceContext, m: Match) -> int:
    """The token of the body word that the marks of violence of ``m`` (``body_marks``: the marks, and the violence
    named right after them) are on, or -1."""
    ti = ctx.tok(m.start)
    i1 = ctx.i1
    if ti + 1 > i1 or ctx.token_values[ti + 1] not in _MARKS_OF:
        return -1
    for j in range(ti - 1, max(ti - 1 - _BODY_MARKS_REACH, ctx.i0 - 1), -1):
        v = strip_conj(ctx.token_values[j])
        if v in _BODIES or (v[:1] in "بل" and v[1:] in _BODIES):
            return j
    return -1


# the words of an abduction, as the stems of the sentence's words (normalised): "اختطف", "اختطافه", "خطفوه", "المخطوف"
_ABDUCTION_STEMS = tuple(norm_key(w) for w in ("اختطف", "اختطاف", "خطف", "مخطوف", "المخطوف", "مختطف", "المختطف"))


_BODY_FINDING = _FOUND_PAST | frozenset(norm_key(w) for w in ("العثور", "بالعثور", "يعثر", "تعثر", "عثور"))
_BODY_FINDING_REACH = 12  # tokens from the verb of finding to the body (its time, its finders, their village and "على")


def _abducted_found(ctx: SentenceContext, m: Match) -> bool:
    """The body ``m`` (``found_body``) is found ("عُثر صباح اليوم على جثة", "عثر الأهالي على جثته": a verb of finding
    shortly before it) and the sentence tells the dead was abducted ("بعد أيام من اختطافه", "اختطفه مسلحون … ثم
    عُثر على جثته")."""
    i0, i1 = ctx.i0, ctx.i1
    ti = ctx.tok(m.start)
    if not any(strip_conj(v) in _BODY_FINDING for v in ctx.token_values[max(ti - _BODY_FINDING_REACH, i0):ti]):
        return False
    return any(strip_conj(v).startswith(_ABDUCTION_STEMS) or v.startswith(_ABDUCTION_STEMS)
               for v in ctx.token_values[i0:i1 + 1])


@lru_cache(maxsize=1)
def _outlet_names_of_words() -> frozenset[tuple[str, ...]]:
    """The Arabic names of known outlets (``data/outlets.tsv``) of more than one word ("تجمع أحرار حوران"), as
    tuples of normalised words."""
    from rasd.io.outlets import outlet_name_keys

    return frozenset(t for t in (tuple(k.split()) for k in outlet_name_keys()) if len(t) > 1)


@lru_cache(maxsize=1)
def _outlet_name_words() -> frozenset[str]:
    """Every word of the names of :func:`_outlet_names_of_words`: a trigger that is none of them is in no name."""
    return frozenset(w for name in _outlet_names_of_words() for w in name)


def _in_outlet_name(ctx: SentenceContext, m: Match) -> bool:
    """The trigger ``m`` is a word of a known outlet's name ("تجمع أحرار حوران: العسكري يعتقل …", "قال تجمع أحرار
    حوران إن …"): the outlet that reports, no gathering."""
    i, j = ctx.tok(m.start), ctx.tok(m.end - 1)
    vals = ctx.token_values
    known = _outlet_name_words()
    if i >= len(vals) or (vals[i] not in known and strip_conj(vals[i]) not in known):
        return False  # (the trigger's first word must stand in a name, bare or after its conjunction)
    for name in _outlet_names_of_words():
        n = len(name)
        for lo in range(max(0, j - n + 1), i + 1):
            words = vals[lo:lo + n]
            if len(words) == n and (tuple(words) == name or (strip_conj(words[0]), *words[1:]) == name):
                return True
    return False


# the nouns of a medium before its quoted name ("قناة "المسيرة"", "صحيفة "الثورة"") and the verbs of reporting
# whose subject a quoted name is ("ذكرت "المسيرة" أن …", "وبثّت "المسيرة" صوراً …")
_MEDIA_NOUNS = frozenset(norm_key(w) for w in (
    "قناة", "القناة", "فضائية", "الفضائية", "صحيفة", "الصحيفة", "جريدة", "الجريدة", "موقع", "الموقع", "وكالة",
    "الوكالة", "إذاعة", "الإذاعة", "تلفزيون", "شبكة", "مجلة", "المجلة"))
_REPORTING_VERBS = frozenset(norm_key(w) for w in (
    "ذكرت", "قالت", "أفادت", "افادت", "نقلت", "بثت", "بثّت", "أوردت", "اوردت", "نشرت", "أضافت", "اضافت", "أشارت",
    "اشارت", "زعمت", "ادعت", "ادّعت", "تحدثت", "أكدت", "اكدت"))
_QUOTES_OPEN = "\"«“'"
_QUOTES_CLOSE = "\"»”'"


def _quoted_outlet(ctx: SentenceContext, m: Match) -> bool:
    """The trigger ``m`` is a word quoted alone after a medium's noun or a verb of reporting ("قالت قناة "المسيرة"
    إن …", "وذكرت "المسيرة" أن …"): the name of the outlet that reports, no march."""
    text = ctx.nt.original
    before, after = text[max(0, m.start - 2):m.start].rstrip(), text[m.end:m.end + 2].lstrip()
    if not before or before[-1] not in _QUOTES_OPEN or not after or after[0] not in _QUOTES_CLOSE:
        return False
    ti = ctx.tok(m.start)
    if ti <= ctx.i0:
        return False
    prev = strip_conj(ctx.token_values[ti - 1])
    return prev in _MEDIA_NOUNS or prev in _REPORTING_VERBS


def drop_outlet_words(ctx: SentenceContext) -> None:
    """Take out of the sentence's triggers the words of a known outlet's name (:func:`_in_outlet_name`) and a word
    quoted alone as an outlet's name (:func:`_quoted_outlet`)."""
    ctx.triggers = [m for m in ctx.triggers if not _in_outlet_name(ctx, m) and not _quoted_outlet(ctx, m)]


def drop_name_words(ctx: SentenceContext) -> None:
    """Take out of the sentence's triggers the casualty words that are words of an actor's longer name ("شهداء" in
    "كتائب شهداء الأقصى", "الشهيد" in "كتائب الشهيد أبو علي مصطفى": :func:`_in_name`): a name tells no death, and
    the group it names is no attacker of anyone by it."""
    ctx.triggers = [m for m in ctx.triggers if not (
        "casualty" in _trig(m).flags and any(s.start <= m.start and m.end <= s.end
                                             and (s.start, s.end) != (m.start, m.end) for s, _ in ctx.actors))]


# the dead named by a definite adjective after a definite noun ("العنصر القتيل", "الشاب القتيل"): the man whose death
# the article told, named again to say who he was (normalised)
_DEAD_EPITHETS = frozenset(norm_key(w) for w in ("القتيل", "القتيلة", "القتيلين", "القتيلان"))


def drop_dead_epithets(ctx: SentenceContext) -> None:
    """Take out of the sentence's triggers the dead named again by a definite adjective after a definite noun, his
    past told right after ("وأضاف أن العنصر القتيل كان يقاتل سابقاً في صفوف الفصائل"): who the victim was, no
    death of its own."""
    def epithet(m: Match) -> bool:
        i = ctx.tok(m.start)
        if "casualty" not in _trig(m).flags or i <= ctx.i0 or strip_conj(ctx.token_values[i]) not in _DEAD_EPITHETS:
            return False
        prev = strip_conj(ctx.token_values[i - 1])
        nxt = ctx.token_values[i + 1] if i + 1 <= ctx.i1 else ""
        # (only where his past is told next, "… القتيل كان يقاتل …": "الجندي القتيل هو …" may still count the dead)
        return prev.startswith("ال") and len(prev) > 3 and prev not in _DEAD_EPITHETS and nxt in _WAS
    ctx.triggers = [m for m in ctx.triggers if not epithet(m)]


def drop_unmet_bodies(ctx: SentenceContext) -> None:
    """Take out of the sentence's triggers the marks of violence with no body named before them (``body_marks``)
    and the bodies not found after an abduction (``found_body``): words that say nothing of an act by themselves,
    which no other rule of the sentence may count as a trigger either."""
    ctx.triggers = [m for m in ctx.triggers if not (
        ("body_marks" in _trig(m).flags and _marked_body(ctx, m) < 0)
        or ("found_body" in _trig(m).flags and not _abducted_found(ctx, m)))]


def _marked_bodies(ctx: SentenceContext) -> list[tuple[int, int, str]]:
    """The one body found with marks of violence (:func:`_marked_body`) or after an abduction (``found_body``), as a
    "killed" word of one token."""
    out = []
    for m in ctx.triggers:
        flags = _trig(m).flags
        if "body_marks" in flags:
            j = _marked_body(ctx, m)
        elif "found_body" in flags and _abducted_found(ctx, m):
            j = ctx.tok(m.start)
        else:
            continue
        if j >= 0 and strip_conj(ctx.token_values[j]) in _BODY_ONE:
            out.append((j, j, "killed"))
    return out


# the killing of one or two told by the verbal noun and its pronoun as the result of the act ("استهداف جنديين …
# أدى إلى مقتلهما"): the dead were named before with no casualty word of their own.  Not a death told as a time or
# a cause ("بعد أيام على استشهاده", "أعلن عن مقتله"), the toll of another act
# (also with the preposition joined to it, after a verb of result: "ما أدى لمقتله", "أسفر لاستشهادها"); so is a death
# ("ما أدى إلى وفاته")
_TOLL_PRONOUNS = {norm_key(pre + stem + end): (2 if end == "هما" else 1)
                  for pre in ("", "ل") for stem in ("مقتل", "استشهاد", "وفات") for end in ("ه", "ها", "هما")}
# (the words read as strip_conj reads them: "وفاتهما" loses its first letter as if it were the conjunction)
_TOLL_PRONOUNS.update({strip_conj(k): n for k, n in _TOLL_PRONOUNS.items()})
# the killing of a group named before, told by the plural pronoun as the result of the act ("أطلقوا النار على 5 مدنيين
# … ما أدى إلى مقتلهم"; also of two, as the press writes it: "استهداف جنديين … أدت إلى مقتلهم"): the dead are the
# people last counted before it in the sentence (:func:`_group_before`); with no count, a group of unknown size,
# never an unnumbered toll of the act (ACLED's conservative rule)
# (each also as strip_conj reads it: "وفاتهم" loses its first letter as if it were the conjunction)
_TOLL_GROUP_PRONOUNS = frozenset(w for pre in ("", "ل") for stem in ("مقتل", "استشهاد", "وفات")
                                 for w in (norm_key(pre + stem + "هم"), strip_conj(norm_key(pre + stem + "هم"))))
_RESULT_VERBS = frozenset(norm_key(w) for w in ("أدى", "أدت", "أسفر", "أسفرت", "يؤدي", "تؤدي", "ما أدى"))
_RESULT_PREPS = frozenset(norm_key(w) for w in ("إلى", "عن"))


def _result_of_act(ctx: SentenceContext, a: int) -> bool:
    """The word at token ``a`` follows a verb of result and its preposition ("أدى إلى", "أسفرت عن")."""
    vals = ctx.token_values
    first = ctx.i0
    if vals[a].startswith("ل") and a - 1 >= first and strip_conj(vals[a - 1]) in _RESULT_VERBS:
        return True  # the preposition joined to the word: "ما أدى لمقتله"
    return a - 2 >= first and vals[a - 1] in _RESULT_PREPS and strip_conj(vals[a - 2]) in _RESULT_VERBS


def _group_before(ctx: SentenceContext, a: int) -> int:
    """The people last counted before token ``a`` in the sentence, by a number and a noun of people right after it
    ("5 مدنيين", "ثلاثة شبان") or by a dual noun ("جنديين", "الشابان"); 0 if none, or if the nearest count is
    vague ("عشرات") or larger than one act's toll."""
    vals = ctx.token_values
    first = ctx.i0
    people = {ctx.tok(q.start) for q in ctx.quantities if q.payloads[0] == "person"}
    nums = {ctx.tok(max(n.end - 1, n.start)): n for n in ctx.numbers
            if not any(t.start <= n.start < t.end for t in ctx.times)}
    for j in range(a - 1, first - 1, -1):
        if j in nums and j + 1 in people:
            value = nums[j].value.value if hasattr(nums[j].value, "value") else 0
            return value if 0 < value <= 1000 and not getattr(nums[j].value, "vague", False) else 0
        if _count_noun(vals[j]) == ("person", 2):
            return 2
    return 0


# a death told by a verb and its object with the subject between them ("لقي راعٍ حتفه", "فارق طفل الحياة",
# "لقي 3 عناصر حتفهم"): the two-word casualty phrases of ``quantities.tsv`` whose second word is the verb's object
# (:data:`_DEATH_NOUNS` with a possessive pronoun, or "الحياة"), split by at most this many words of the same clause
# (the subject with the group it is of: "لقي عنصر في ميليشيا الدفاع الوطني حتفه")
_SPLIT_REACH = 6
# the objects whose pronoun is the dead subject itself ("حتفه", "مصرعهم") or life ("الحياة"); not the act's victims
# told by its pronoun ("راح ضحيتها", "أودت بحياة"), whose subject may be a vague many
_DEATH_NOUNS = (norm_key("حتف"), norm_key("مصرع"))
_LIFE = frozenset({norm_key("الحياة")})


@lru_cache(maxsize=1)
def _split_pairs() -> frozenset[tuple[str, str]]:
    """(verb, object) of the two-word "killed" phrases of ``quantities.tsv`` whose object may follow the subject."""
    from rasd.events.lexicon import QUANTITIES_FILE
    from rasd.tsv import read_rows
    pairs = set()
    for _, c in read_rows(QUANTITIES_FILE):
        words = c[0].split() if len(c) >= 2 and c[1] == "killed" else []
        if len(words) == 2:
            verb, obj = norm_key(words[0]), norm_key(words[1])
            if obj in _LIFE or any(obj.startswith(d) and obj[len(d):] in _OWN_ENDINGS for d in _DEATH_NOUNS):
                pairs.add((verb, obj))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def _split_verbs(pairs: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The verbs of ``pairs`` (:func:`_split_pairs`): a token that is none of them opens no split phrase."""
    return frozenset(verb for verb, _ in pairs)


def _one_dying(ctx: SentenceContext, a: int, b: int) -> bool:
    """Tokens ``a``..``b`` are a two-word death phrase of :func:`_split_pairs` read whole, its verb singular and its
    object of one ("فارق الحياة", "لقي حتفه", "لقيت مصرعها"; not "لقوا حتفهم") with no number in the sentence."""
    vals = ctx.token_values
    if b != a + 1 or (strip_conj(vals[a]), vals[b]) not in _split_pairs() or ctx.numbers:
        return False
    verb, obj = strip_conj(vals[a]), vals[b]
    return not verb.endswith("وا") and not obj.endswith(("هم", "هما", "هن"))


def _split_deaths(ctx: SentenceContext) -> list[tuple[int, int, str]]:
    """The verbs of the split death phrases of the sentence (:func:`_split_pairs`), each as a "killed" word of one
    token: the subject between verb and object is then counted as after any casualty word ("مقتل راعٍ")."""
    pairs = _split_pairs()
    vals = ctx.token_values
    first = ctx.i0
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    out = []
    stripped = _stripped_values(vals)
    verbs = _split_verbs(pairs)
    for i in range(first, last):
        verb = stripped[i]
        if verb not in verbs:
            continue  # (no pair of it: the loop below would find none)
        for k in range(i + 2, min(last, i + 1 + _SPLIT_REACH) + 1):
            if (verb, vals[k]) in pairs:
                gap = ctx.nt.original[ctx.token_spans[i].end:ctx.token_spans[k].start]
                if not _CLAUSE_BREAK.search(gap):
                    out.append((i, i, "killed"))
                break
    return out


# "قضى" is "died" only with what killed him after it ("الذين قضوا جراء القصف", "قضى ثلاثة مدنيين، بينهم طفل، إثر
# انفجار لغم", "قضى متأثراً بجراحه", "قضوا نحبهم"); else it is "spent" ("قضى سنوات في السجن") or "ruled" ("قضت
# المحكمة"): its past forms, and the words of a cause, of dying of wounds or of "نحب", within a few words of the
# same sentence part, with no word of a verdict or a decision between ("قضت المحكمة بسجن 3 رجال بسبب …": a word
# of "ب" that is no "بين")
_PASSED = frozenset(norm_key(w) for w in ("قضى", "قضت", "قضوا", "قضين", "قضيا", "قضتا"))
_PASSED_CAUSE = _DEATH_CAUSE | frozenset(norm_key(w) for w in (
    "متأثرا", "متأثراً", "متأثرة", "متأثرين", "متأثرات", "متأثرتين", "نحبه", "نحبها", "نحبهم"))
# session 21 (sy9): other writers put the dead's description between ("قضى راعي أغنام يبلغ من العمر سبعة عشر عاماً،
# صباح الثلاثاء، جراء انفجار لغم") and name the cause by the act with "ب" ("قضى ثلاثة مدنيين بقصف مدفعي"); a span of
# time right after the verb is "spent" ("قضى 20 عاماً …", "قضوا سنوات في السجن … بسبب …") whatever follows
_PASSED_REACH = 14
_PASSED_BY_ACT = frozenset(norm_key(w) for w in (
    "بقصف", "بغارة", "بغارات", "بانفجار", "برصاص", "بنيران", "بقذيفة", "بقذائف", "بصاروخ", "بضربة"))
_SPENT_SPAN = _NOT_PEOPLE | frozenset(norm_key(w) for w in (
    "فترات", "فترة", "عامين", "سنتين", "حياته", "عمره", "أياما", "ليلة", "ليلته", "عطلة", "إجازة"))


def _passed_away(ctx: SentenceContext) -> list[tuple[int, int, str]]:
    """The verbs "قضى/قضوا" of the sentence that tell a death by its cause (:data:`_PASSED_CAUSE`), each as a
    "killed" word of one token: the dead counted before it ("3 مدنيين قضوا جراء …") or after it ("قضى 3 مدنيين
    جراء …") count as after any casualty word."""
    vals, words = ctx.token_values, ctx.words
    first = ctx.i0
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    out = []
    for i in range(first, last):
        if words[i - first] not in _PASSED:
            continue
        if any(vals[k] in _SPENT_SPAN for k in range(i + 1, min(last, i + 3) + 1)):
            continue
        for k in range(i + 1, min(last, i + _PASSED_REACH) + 1):
            if words[k - first].startswith("ب") and not words[k - first].startswith("بين") \
                    and vals[k] not in _PASSED_CAUSE and vals[k] not in _PASSED_BY_ACT:
                break
            if vals[k] in _PASSED_CAUSE or vals[k] in _PASSED_BY_ACT:
                gap = ctx.nt.original[ctx.token_spans[i].end:ctx.token_spans[k].start]
                if not _PART_BREAK.search(gap):
                    out.append((i, i, "killed"))
                break
    return out


# the singular "another" right after a casualty noun ("ومقتل آخر", "وإصابة ثانٍ"): one more person (the plural,
# "وإصابة آخرين", tells no number)
_ANOTHER_ONE = frozenset(norm_key(w) for w in ("آخر", "ثان", "ثانٍ", "ثاني"))


def _another_one(ctx: SentenceContext, a: int) -> bool:
    """The casualty word at token ``a`` is followed by the singular "another" (:data:`_ANOTHER_ONE`) in its
    sentence: one person."""
    vals = ctx.token_values
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    return a + 1 <= last and vals[a + 1] in _ANOTHER_ONE


# A monitor's or a ministry's toll told as a list: a head line that counts the dead and ends with a colon ("وثّق
# المرصد مقتل ثلاثة أشخاص …، توزعوا على النحو التالي:", "ومن بين القتلى:"), then one line for each, opened by a dash,
# a bullet or an item number and by the dead person himself, with no word of death of its own ("- شاب إثر انفجار لغم
# …", "2) طفلان بقصف مدفعي على …", "- 3 عناصر من …")
_TOLL_ITEM_MARK = re.compile(r"[ \t\u200f\u200e]*(?:[-–—•*·▪●]|\(?[0-9٠-٩]{1,2}[-–.)])[ \t]*")
_TOLL_HEAD_DEATH = re.compile(r"مقتل|قتلى|قتيل|استشهاد|شهداء|وفاة|ضحايا")
_TOLL_ITEM_ONE = frozenset(norm_key(w) for w in (
    "مواطن", "مواطنة", "شاب", "شابة", "رجل", "طفل", "طفلة", "امرأة", "سيدة", "فتى", "فتاة", "مسن", "مسنة", "شخص",
    "عنصر", "مقاتل", "جندي", "سائق", "عامل", "راع", "راعي", "طالب", "سجين", "معتقل", "مدني"))
_TOLL_ITEM_TWO = frozenset(norm_key(w) for w in (
    "شابان", "شابين", "رجلان", "رجلين", "طفلان", "طفلين", "طفلتان", "طفلتين", "امرأتان", "امرأتين", "سيدتان",
    "سيدتين", "عنصران", "عنصرين", "مواطنان", "شقيقان", "شقيقين", "مقاتلان", "مقاتلين", "جنديان", "جنديين"))


def _toll_list_item(ctx: SentenceContext) -> int:
    """The dead a line of a toll's list counts (:data:`_TOLL_ITEM_MARK`), 0 where the sentence is no such item: the
    line opens the sentence with its mark, the lines before it back to the list's head are items too, and the head
    ends with a colon and names the dead (:func:`_toll_head_line`); the line counts as :func:`_toll_item_count`
    reads it."""
    text = ctx.nt.original
    start = ctx.sentence.start
    line = text.rfind("\n", 0, start) + 1
    m = _TOLL_ITEM_MARK.match(text, line)
    if m is None or m.end() == line or not line <= start <= m.end():
        return 0
    head_end = line - 1
    while head_end > 0:
        head_start = text.rfind("\n", 0, head_end) + 1
        prev = text[head_start:head_end]
        if not prev.strip():
            head_end = head_start - 1
            continue
        pm = _TOLL_ITEM_MARK.match(prev)
        if pm is not None and pm.end() > 0:
            head_end = head_start - 1  # another item of the list
            continue
        if not _toll_head_line(prev):
            return 0
        break
    else:
        return 0
    return _toll_item_count(text, line)


def _toll_item_count(text: str, line: int) -> int:
    """The dead the line at ``line`` counts as an item of a toll's list: one for a singular person noun after its
    mark, two for a dual, the number before a noun; 0 for a line that opens no such way (a name, an act)."""
    m = _TOLL_ITEM_MARK.match(text, line)
    if m is None or m.end() == line:
        return 0
    words = text[m.end():m.end() + 40].split()
    if not words:
        return 0
    first = norm_key(words[0])
    if first in _TOLL_ITEM_ONE:
        return 1
    if first in _TOLL_ITEM_TWO:
        return 2
    if first.isdigit() and 0 < int(first) < 100 and len(words) > 1:
        return int(first)
    return 0


def _toll_list_head(ctx: SentenceContext) -> bool:
    """The sentence heads a toll's list: it names the dead, ends its line with a colon, and the next line is an item
    that counts a dead person (:func:`_toll_item_count`)."""
    text = ctx.nt.original
    end = text.find("\n", ctx.sentence.start)
    if end < 0 or end > ctx.sentence.end + 2:
        return False
    return _toll_head_line(text[ctx.sentence.start:end]) and _toll_item_count(text, end + 1) > 0


def _toll_head_line(line: str) -> bool:
    """The text of a line (or of its last sentence) heads a toll's list: it names the dead
    (:data:`_TOLL_HEAD_DEATH`) and ends with a colon."""
    return line.rstrip().endswith(":") and _TOLL_HEAD_DEATH.search(line) is not None


def _single_toll(ctx: SentenceContext, a: int, num_at: dict[int, Span]) -> bool:
    """The casualty word at token ``a`` is a bare singular (:data:`_SINGLE_TOLL`) that counts one: no
    number before or right after it, after a verb of occurrence or a toll word, or a headline's first word."""
    vals = ctx.token_values
    if strip_conj(vals[a]) not in _SINGLE_TOLL or (a + 1 in num_at and not _coordinated(ctx, a + 1)) \
            or any(j in num_at for j in range(a - _ONE_REACH, a)):
        return False
    first = ctx.i0
    for j in range(a - 1, max(first, a - _ONE_REACH) - 1, -1):
        if strip_conj(vals[j]) in _ONE_BEFORE:
            return True
    if a == first:
        return True
    sp, prev = ctx.token_spans[a], ctx.token_spans[a - 1]
    return a - 1 == first and ":" in ctx.nt.original[prev.end:sp.start]


def _some_dead(ctx: SentenceContext, a: int, num_at: dict[int, Span]) -> bool:
    """A combined phrase at token ``a`` with no number of its own ("أوقعوا أفرادها بين قتيل وجريح") tells dead
    without their number: ACLED's unnumbered dead.  A number before it counts the dead and the wounded together
    ("25 شخصاً بين شهيد وجريح"), of which no part is known to be dead: that total is no toll."""
    return not any(j in num_at for j in range(a - _ONE_REACH, a))


@lru_cache(maxsize=1)
def _outlet_names_with_numbers() -> frozenset[tuple[str, ...]]:
    """The Arabic names of known outlets (``data/outlets.tsv``) that end in a number ("درعا 24", "السويداء 24"),
    as tuples of normalised words."""
    from rasd.io.outlets import outlet_name_keys

    names = (tuple(k.split()) for k in outlet_name_keys())
    return frozenset(t for t in names if len(t) > 1 and t[-1].isdigit())


def _outlet_number(ctx: SentenceContext, i0: int, i1: int) -> bool:
    """The number at tokens ``i0``..``i1`` closes the name of a known outlet ("درعا 24", "لـ السويداء 24"): the
    outlet, no count."""
    if i0 != i1:
        return False
    vals = ctx.token_values
    for name in _outlet_names_with_numbers():
        k = len(name) - 1
        if i0 < k or vals[i0] != name[-1]:
            continue
        before = [strip_conj(v) if j == 0 else v for j, v in enumerate(vals[i0 - k:i0])]
        if tuple(before) == name[:-1] or tuple(vals[i0 - k:i0]) == name[:-1]:
            return True
    return False


def _long_since(ctx: SentenceContext) -> bool:
    """The sentence names a long period with "منذ" (:func:`_since_period`): "منذ منتصف نيسان", "منذ بدء الحرب"."""
    i0, i1 = ctx.i0, ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    vals = ctx.token_values[i0:i1 + 1]
    return any(v in _SINCE and _since_period(vals, i) for i, v in enumerate(vals))


# a count's name before the dead it counts ("عدد الشهداء", "أعداد شهداء القطاع", "متوسط الشهداء"), not "عدد من"
_COUNT_HEADS = frozenset(norm_key(w) for w in (
    "عدد", "أعداد", "حصيلة", "الحصيلة", "أرقام", "متوسط", "إجمالي", "نسبة"))
_COUNT_HEAD_REACH = 2  # tokens before the casualty word ("عدد الأطفال الشهداء")


def _count_named(ctx: SentenceContext, a: int) -> bool:
    """The casualty word at token ``a`` is the name of a count ("46 في المئة من عدد الشهداء", "شكك في أعداد
    الشهداء"): a figure given elsewhere or in the sentence, no deaths told without a number."""
    vals = ctx.token_values
    first = ctx.i0
    for j in range(a - 1, max(first, a - _COUNT_HEAD_REACH) - 1, -1):
        if vals[j] in ("من", "ومن"):
            return False  # "عدد من الشهداء": some dead
        if strip_conj(vals[j]) in _COUNT_HEADS:
            # "وارتفع عدد الشهداء" with no figure: more dead, unnumbered
            return not (j > first and strip_conj(vals[j - 1]) in _RISE)
    return False


_NOUN_PREFIXES = ("", "و", "ال", "وال", "بال", "ب", "ل", "لل", "ول", "ف", "وب")
_HUMAN_TOLL = ("killed", "injured", "captured", "arrested", "abducted")


def _count_noun(tok: str) -> tuple[str, int] | None:
    """(unit, count) of a dual or singular count noun, allowing leading clitics."""
    table = count_nouns()
    for p in _NOUN_PREFIXES:
        if tok.startswith(p) and len(tok) - len(p) >= 3:
            hit = table.get(tok[len(p):])
            if hit is not None:
                return hit
    return None


# (not _TOLL_NOUNS: that name holds the nouns an announced toll opens with, and a second binding of it made
# the announcer check read this table once filled, so that a document's result hung on the documents before it)
_TOLL_NOUN_KINDS: dict[str, str] = {}


def _toll_nouns() -> dict[str, str]:
    """The casualty nouns of ``quantities.tsv`` (one word: "شهيد", "قتيل", "جريح") → their kind."""
    if not _TOLL_NOUN_KINDS:
        from rasd.events.lexicon import QUANTITIES_FILE
        from rasd.tsv import read_rows
        _TOLL_NOUN_KINDS.update({norm_key(c[0]): c[1] for _, c in read_rows(QUANTITIES_FILE)
                                 if len(c) >= 2 and c[1] in _HUMAN_TOLL and " " not in c[0].strip()})
    return _TOLL_NOUN_KINDS


def _has_dual_toll(ctx: SentenceContext) -> bool:
    """Whether a word of the sentence is a dual casualty noun (:func:`_dual_toll`)."""
    first = ctx.i0
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    return any(_dual_toll(v) for v in ctx.token_values[first:last + 1])


@lru_cache(maxsize=65536)
def _dual_toll(tok: str) -> str:
    """The kind of a dual that is itself a casualty noun ("شهيدين", "قتيلين": two killed), "" otherwise."""
    for p in _NOUN_PREFIXES:
        stem = tok[len(p):] if tok.startswith(p) else ""
        for end in ("ين", "ان"):
            if stem.endswith(end) and len(stem) > 4:
                kind = _toll_nouns().get(stem[: -len(end)], "")
                if kind:
                    return kind
    return ""


def _noun_counts(ctx: SentenceContext, qs: list[tuple[int, int, str]],
                 kind_words: list[tuple[int, int, str]], counted: set[str] | None = None,
                 stale: frozenset[int] = frozenset()) -> dict[str, int]:
    """Counts carried by the noun's own form, with no number word.

    A dual counts two next to a casualty, detention or destruction word ("قتل عنصران",
    "دمروا آليتين"); a singular person right after a casualty or detention word counts one
    ("مقتل مدني", "اعتقال شاب"), and so does each singular coordinated with it ("استشهاد طفل
    وامرأة").  Nouns next to a number are left to the number ("عنصر واحد", "عنصرين اثنين").  A
    noun after "بينهم" / "منهم" is a part of a toll of its kind already ``counted`` ("4 شهداء،
    بينهم طفلان"), not more dead.
    """
    if not kind_words and not any(k in ("destroyed", "damaged") for _a, _b, k in qs) \
            and not ctx.dual_toll:
        return {}
    vals = ctx.token_values
    first = ctx.i0
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    num_toks = {ctx.tok(n.start) for n in ctx.numbers} | {ctx.tok(max(n.end - 1, n.start)) for n in ctx.numbers}
    word_toks = {i for a, b, k in qs if k not in ("person", "vehicle") for i in range(a, b + 1)}
    ends = {b: k for _a, b, k in kind_words if k in _HUMAN_TOLL}
    people = {a for a, _b, k in qs if k == "person"}
    # a singular of detention right after a word of dying is the one who died ("استشهاد الأسير X"): one dead
    held = {a for a, b, k in qs if a == b and k in ("captured", "arrested") and ends.get(a - 1) == "killed"}
    out: dict[str, int] = {}
    j = first
    while j <= last:
        hit = (_count_noun(vals[j]) or _marked_dual(ctx, j) or (_owned_one(ctx, j) if j - 1 in ends else None)) \
            if (j not in word_toks or j in held) and j not in stale else None
        one_of = j not in word_toks and hit is None and _one_of(ctx, j, ends, people)
        if one_of:
            hit = ("person", 1)
        if hit is None or (j - 1) in num_toks or ((j + 1) in num_toks and not _age_number(ctx, j + 1)
                                                  and not _dual_then_count(ctx, j, hit[1])) \
                or (j > first and vals[j - 1] in _IDENTITY_PRONOUNS):
            j += 1
            continue
        unit, count = hit
        if unit == "vehicle":
            if count == 2:
                kind = _nearest(qs, j, j, ("destroyed", "damaged"), before=12, after=4)
                if kind:
                    name = "vehicles_destroyed" if kind == "destroyed" else "vehicles_damaged"
                    out[name] = out.get(name, 0) + 2
            j += 1
            continue
        kind = ends.get(j - 1, "")
        if not kind and count == 1 and (when := next((t for t in ctx.times if ctx.tok(t.end - 1) == j - 1), None)):
            kind = ends.get(ctx.tok(when.start) - 1, "")  # a time between the word and its singular: "قتل أمس شاب"
        if not kind and count == 1 and _subject_of_dying(ctx, j, last):
            kind = "killed"  # "أفادت بأن عسكرياً سورياً استشهد": one, named before its singular verb
        if not kind and j - 2 >= first and vals[j - 1] in _ACT_PRONOUN_PREPS:
            # "اقتحامات استشهد خلالها الفتى …", "غارة قتل فيها ضابط": one; "كمين قتل فيه عنصران وأصيب ثلاثة": two
            # killed, not wounded (session 42, fa28)
            kind = ends.get(j - 2, "")
        if not kind and count == 2:
            # a dual that is itself a casualty noun says its own kind ("قتيلان وثلاثة جرحى": two killed)
            kind = _dual_toll(vals[j]) or _nearest(qs, j, j, (*_HUMAN_TOLL, "combined"), before=5, after=3)
        if not kind or kind == "combined" or (counted and kind in counted and (
                _part_of(ctx, j) or strip_conj(vals[j]) in _ONE_OF_THEM)):
            # ("خمسة جرحى، إصابة أحدهم خطرة": one of those counted, no one more)
            j += 1
            continue
        total = count
        k = j + 2 if one_of else j + 1  # "مقتل أحد جنوده": the noun after "أحد" is the group he is one of
        if count == 2 and k <= last and k not in word_toks and not vals[k].startswith("و") \
                and (_count_noun(vals[k]) or (0, 0))[1] == 2:
            k += 1  # an adjective agreeing with the dual counts no more: "مستوطنان إسرائيليان"
        # coordinated singulars and duals: "مقتل طفل وامرأة", "إصابة رجل وطفلين"; also after the group each is
        # one of ("مقتل مسلح من العشائر وعنصر من قسد")
        while k <= last and k not in word_toks and k + 1 <= last and strip_conj(vals[k]) == "من" \
                and not vals[k].startswith("و"):
            m = next((x for x in range(k + 1, min(last, k + 1 + _OF_GROUP_REACH) + 1) if vals[x].startswith("و")), 0)
            gap = ctx.nt.original[ctx.token_spans[k].end:ctx.token_spans[m].start] if m else ""
            if not m or (_count_noun(vals[m]) or ("", 0))[0] != "person" or m in word_toks \
                    or any(x in num_toks for x in range(k + 1, m + 2)) or _CLAUSE_BREAK.search(gap):
                break
            k = m
        if k + 1 <= last and vals[k] == _BY_RANK and k not in word_toks and k + 1 not in word_toks:
            # the rank of the singular just counted ("استشهاد ضابط برتبة ملازم أول وجندي"): its words count no one,
            # the noun joined after them does
            k += 2
            while k <= last and vals[k] in _RANK_TAILS:
                k += 1
        while k <= last and vals[k].startswith("و") and k not in num_toks and (k + 1) not in num_toks:
            more = _count_noun(vals[k]) or (("person", 1) if _kin_one(vals[k]) else None)  # "رجل وابنه"
            if more is None or more[0] != "person" or k in word_toks:
                break
            total += more[1]
            k += 1
        if total == 1 and (kin := _kin_after_name(ctx, k, last, word_toks | num_toks)):
            total, k = total + kin[0], kin[1]  # "استشهاد القيادي في الحركة أبو تقوى ومرافقه": two
        others = _and_others(ctx, k, last) if kind == "killed" else 0
        if others:
            j = others + 1  # "استشهاد رئيس البلدية وعدد من أفراد أسرته": more dead with no number, ACLED's unnumbered
            continue
        out[kind] = out.get(kind, 0) + total
        j = k
    return out


def _dual_then_count(ctx: SentenceContext, j: int, count: int) -> bool:
    """Whether the number right after the dual at token ``j`` is joined to it by "و" as a count of its own ("قتيلان
    وثلاثة جرحى", "شهيدان و5 مصابين"): the dual keeps its two (session 42, fa28), where "عنصرين اثنين" is the
    dual's own number."""
    return count == 2 and ctx.token_values[j + 1].startswith("و")


# session 41 (iq27): a rank after a counted singular ("ضابط برتبة ملازم أول", "منتسب برتبة عريف"), as the Iraqi security
# statements write it, and the words that end a two-word rank ("ملازم أول", "عقيد ركن")
_BY_RANK = norm_key("برتبة")
_RANK_TAILS = frozenset(norm_key(w) for w in ("أول", "اول", "ثان", "ثاني", "ركن"))


# an unnumbered many joined to the counted singulars ("مقتل رجل وعدد من أبنائه", "استشهاد طفل وآخرين")
_AND_OTHERS = frozenset(norm_key(w) for w in ("وعدد", "وآخرين", "وآخرون", "وعشرات", "والعشرات"))
# tokens after the singular within which the many is joined (the singular's own words between: "رئيس بلدية الزهراء
# مروان حمد، وعدد من أفراد أسرته"), before a preposition that tells where or how
_AND_OTHERS_REACH = 5
_AND_OTHERS_STOP = frozenset(norm_key(w) for w in ("في", "على", "من", "جراء", "إثر", "اثر", "خلال", "بعد", "قرب",
                                                     "برصاص", "بقصف", "بغارة", "بانفجار", "بنيران", "بقذيفة"))


def _and_others(ctx: SentenceContext, k: int, last: int) -> int:
    """The token of an unnumbered many (:data:`_AND_OTHERS`) joined to the singular just counted, from token ``k``
    on, or 0."""
    vals = ctx.token_values
    for i in range(k, min(last, k + _AND_OTHERS_REACH) + 1):
        if vals[i] in _AND_OTHERS:
            return i
        if vals[i] in _AND_OTHERS_STOP \
                or _PART_BREAK.search(ctx.nt.original[ctx.token_spans[k].start:ctx.token_spans[i].start]):
            return 0
    return 0


_KIN_NAME_REACH = 6  # tokens of the name and title of a singular counted before his kin ("القيادي في الحركة أبو تقوى")


def _kin_after_name(ctx: SentenceContext, k: int, last: int, taken: set[int]) -> tuple[int, int] | None:
    """Session 43 (fa31): the kin or companions (:func:`_kin_one`) joined after the name and title of the singular
    just counted, from token ``k`` on, in one clause part ("استشهاد القيادي في الحركة أبو تقوى السعيدي ومرافقه"):
    their number and the token after them; None when no kin follows before another word joined by "و", a count, a
    word of the toll or a comma."""
    vals = ctx.token_values
    for i in range(k, min(last, k + _KIN_NAME_REACH) + 1):
        if i in taken or _PART_BREAK.search(ctx.nt.original[ctx.token_spans[k].start:ctx.token_spans[i].start]):
            return None
        if vals[i].startswith("و"):
            n = _kin_after(ctx, i)
            return (n, i + n) if n and i > k else None
    return None


# one of a group told by its pronoun ("أحدهم", "إحداهن"): one of those the sentence counted already, if it did
_ONE_OF_THEM = frozenset(norm_key(w) for w in ("أحدهم", "أحدهما", "إحداهن", "إحداهما"))
# (session 43, fa31: 3 → 5 for a group of several words, "عنصران من فصائل الجيش الوطني السوري ومدني")
_OF_GROUP_REACH = 5  # words of the group after "من" before the next coordinated noun ("من قوات النظام وعنصر"); a
# number among them names a unit ("جنديان من اللواء 105 ومسعف"), where the list is left as it was


# a military formation named by its number ("الكتيبة 50", "اللواء 401", "الفرقة 98"): the number after it names it
_UNIT_NAMED = frozenset(norm_key(p + w) for w in ("كتيبة", "لواء", "فرقة", "وحدة", "فوج", "سرية")
                        for p in ("", "ال", "بال", "لل"))


_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


# kin and companions named by a possessive after "و" ("مقتل رجل وابنه", "مقتله ومرافقه", "استشهاد سيدة وطفلها"): one
# more person each
_KIN_STEMS = frozenset(norm_key(w) for w in (
    "ابن", "ابنت", "نجل", "زوجت", "زوج", "شقيق", "شقيقت", "اخ", "اخي", "اخت", "والد", "والدت", "حفيد", "حفيدت",
    "طفل", "طفلت", "مرافق", "رفيق", "صديق", "سائق", "عم", "خال"))
_KIN_ENDS = ("هما", "هم", "ها", "ه")


def _kin_one(tok: str) -> bool:
    """The token is "و" and a kin or companion noun with a possessive pronoun ("وابنه", "ومرافقه", "وطفلها")."""
    if not tok.startswith("و"):
        return False
    rest = tok[1:]
    return any(rest.endswith(e) and rest[:-len(e)] in _KIN_STEMS for e in _KIN_ENDS)


def _kin_after(ctx: SentenceContext, k: int) -> int:
    """How many kin or companions (:func:`_kin_one`) follow from token ``k`` on in the sentence."""
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    n = 0
    while k <= last and _kin_one(ctx.token_values[k]):
        n, k = n + 1, k + 1
    return n


def _owned_one(ctx: SentenceContext, j: int) -> tuple[str, int] | None:
    """The word at token ``j`` is a singular count noun with a possessive pronoun ("منفذها", "قائدهم"): one
    person.  The pronoun is read from the written word, whose "ه" is no "ة" ("مستوطنة" is a settlement or a woman
    settler, no "settler's")."""
    tok = ctx.token_values[j]
    sp = ctx.token_spans[j]
    written = ctx.nt.original[sp.start:sp.end].rstrip(_HARAKAT)
    for e in _OWN_ENDINGS:
        if tok.endswith(e) and written.endswith(e) and len(tok) - len(e) >= 3:
            hit = _count_noun(tok[:-len(e)])
            if hit is not None and hit == ("person", 1):
                return hit
    return None


# "one of" ("أحد", "إحدى"): right after a casualty word and before the group it takes one from ("مقتل أحد جنوده",
# "استشهدت إحدى النساء") it counts one; not "أحد" with no group ("لم يُقتل أحد", "لم يصب أحد بأذى")
_ONE_OF = frozenset(norm_key(w) for w in ("أحد", "إحدى"))
_NO_GROUP = frozenset(norm_key(w) for w in ("من", "منهم", "منها", "في", "بأذى", "بسوء", "بجروح", "جراء"))
# a negation or an aim before the casualty word: no one hit, or one only sought ("بهدف أسر أحد قادتها")
_NEGATIONS = frozenset(norm_key(w) for w in ("لم", "لا", "لن", "دون", "بدون", "عدم", "محاولة", "محاولات",
                                             "لمحاولة", "بهدف", "يحاول", "حاول", "حاولت", "تحاول", "بغية"))


def _one_of(ctx: SentenceContext, j: int, ends: dict[int, str], people: set[int]) -> bool:
    """The word at token ``j`` is "أحد" / "إحدى" (:data:`_ONE_OF`) right after a casualty word, with the group it
    takes one from after it in the same clause and no negation before the casualty word.  A casualty word with the
    article is a noun of whom "أحد" is said ("والأسير أحد قادة الكتائب": the captive is one of them), no toll of
    one more.  After a word of wounding,
    which also says a thing was hit ("إصابة أحد المباني"), the group must be a word of people (``people``: the
    tokens where one starts; "إصابة أحد الشبان")."""
    vals = ctx.token_values
    last = ctx.tok(max(ctx.sentence.end - 1, ctx.sentence.start))
    first = ctx.i0
    # the casualty word right before "أحد", or before the act's pronoun between them ("اشتباكات قُتل خلالها أحد
    # المهاجمين", "غارة أصيب فيها أحد العناصر": one)
    at = j - 1 if (j - 1) in ends else j - 2 if j - 2 >= first and vals[j - 1] in _ACT_PRONOUN_PREPS else -1
    if strip_conj(vals[j]) not in _ONE_OF or at not in ends or j + 1 > last or vals[j + 1] in _NO_GROUP:
        return False
    if strip_conj(vals[at]).startswith("ال"):
        return False
    if ends[at] == "injured" and j + 1 not in people and not _own_people(vals[j + 1]):
        return False
    if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[j].end:ctx.token_spans[j + 1].start]):
        return False
    return not any(strip_conj(vals[i]) in _NEGATIONS for i in range(max(first, at - 3), at))


_PERSON_NOUNS: set[str] = set()
_OWN_ENDINGS = ("هما", "هم", "ها", "ه", "نا")  # the possessive pronoun on a group ("جنوده", "عناصرها")


def _own_people(tok: str) -> bool:
    """The word is a noun of people of ``quantities.tsv`` with a possessive pronoun ("جنوده", "أفرادها")."""
    if not _PERSON_NOUNS:
        from rasd.events.lexicon import QUANTITIES_FILE
        from rasd.tsv import read_rows
        _PERSON_NOUNS.update(norm_key(c[0]) for _, c in read_rows(QUANTITIES_FILE) if len(c) >= 2 and c[1] == "person")
    return any(tok.endswith(e) and tok[:-len(e)] in _PERSON_NOUNS for e in _OWN_ENDINGS)


# the words that open a "that" clause whose subject an indefinite noun before its verb is ("أن عسكرياً استشهد")
_THAT_CLAUSE = frozenset(norm_key(w) for w in ("أن", "إن", "بأن", "لأن"))
_DYING_REACH = 2  # tokens after the noun within which its verb stands (after an agreeing adjective: "عسكرياً سورياً")
_WAS_SINGULAR = frozenset(norm_key(w) for w in ("كان", "كانت"))
_WAS_REACH = 9  # tokens after the noun of a pluperfect within which its "قد" stands (its age, its group between)


def _age_number(ctx: SentenceContext, k: int) -> bool | None:
    """Whether the token ``k`` is a number that tells an age or a span ("27 عاماً": True), a number of anything
    else (False), or no number (None)."""
    if not any(ctx.tok(n.start) <= k <= ctx.tok(max(n.end - 1, n.start)) for n in ctx.numbers):
        return None
    vals = ctx.token_values
    return k + 1 < len(vals) and vals[k + 1] in _NOT_PEOPLE


def _subject_of_dying(ctx: SentenceContext, j: int, last: int) -> bool:
    """The indefinite singular at token ``j`` opens a "that" clause and is the subject of a singular verb of dying
    right after it ("أن عسكرياً سورياً استشهد", "إن شاباً تُوفي"): one dead (ACLED: a singular counts one).  So is
    the singular, with the article or without, after the "was" of a pluperfect with its "قد" before the verb ("وكان
    الشاب قد قُتل أمس", "وكانت طفلة قد توفيت"), or with the verb right after it ("وكان مدني استشهد"): a death told
    back, of one."""
    vals = ctx.token_values
    if j == ctx.i0:
        return False
    was = strip_conj(vals[j - 1]) in _AUX_WAS
    if strip_conj(vals[j - 1]) in _THAT_CLAUSE and vals[j].startswith("ال"):
        # session 43 (fa31): "يُذكر أن المواطن X كان قد قُتل برصاص …": the definite singular (his name after it) as
        # the subject of a singular pluperfect of dying, in one clause part: one dead, told back
        w = next((k for k in range(j + 1, min(last - 2, j + _WAS_REACH) + 1)
                  if strip_conj(vals[k]) in _WAS_SINGULAR), 0)
        if not w or strip_conj(vals[w + 1]) != "قد" or _CLAUSE_BREAK.search(
                ctx.nt.original[ctx.token_spans[j].end:ctx.token_spans[w].start]):
            return False
        v, tok = strip_conj(vals[w + 2]), ctx.token_spans[w + 2]
        return v in _DIED_SINGULAR or (v in _KILLED_SINGULAR and (
            _DAMMA in ctx.nt.original[tok.start:tok.start + 3] or _no_object(ctx, w + 2, last)))
    if not was and (strip_conj(vals[j - 1]) not in _THAT_CLAUSE or vals[j].startswith("ال")):
        return False
    if was:
        # "وكان الشاب (27 عاماً) قد قُتل", "وكان متطوع في الدفاع المدني (الخوذ البيضاء) قد قُتل": the noun's age or
        # the body it serves in may stand before "قد", in one clause part
        q = next((k for k in range(j + 1, min(last, j + _WAS_REACH) + 1) if strip_conj(vals[k]) == "قد"), 0)
        if not q:
            # "وكان مدني استشهد وأصيب ثلاثة آخرون": the pluperfect without "قد", its verb of dying right after the
            # singular (or its agreeing adjective)
            was = False
        elif _CLAUSE_BREAK.search(re.sub(r"\([^()]*\)", "", ctx.nt.original[
                ctx.token_spans[j].end:ctx.token_spans[q].start])) or any(
                _age_number(ctx, k) is False for k in range(j + 1, q)):
            return False
        else:
            j = q - 1
    if not was and (own := _own_words_end(ctx, j, last)) > j:
        # "أن ضابطاً برتبة نقيب من مرتبات حرس الحدود استشهد": his rank and the body he serves in stand between the
        # singular and its verb (session 42, fa28)
        v = strip_conj(vals[own + 1]) if own + 1 <= last else ""
        return v in _DIED_SINGULAR
    for k in range(j + 1, min(last, j + _DYING_REACH + was) + 1):
        v = strip_conj(vals[k])
        if was and k == j + 1:
            continue
        tok = ctx.token_spans[k]
        if v in _DIED_SINGULAR or (v in _KILLED_SINGULAR and _DAMMA in ctx.nt.original[tok.start:tok.start + 3]):
            return True
        if was and k == j + 2 and v in _KILLED_SINGULAR and _no_object(ctx, k, last):
            return True  # "وكان شاب آخر قد قتل في 12 من أيار": "قد قتل" with no object after it is passive
        if (_count_noun(vals[k]) or (0, 0))[1] != 1:
            return False  # only an agreeing singular adjective may stand between
    return False


# what may follow a passive verb of killing with no object ("قد قُتل في …", "قد قتل برصاص …", "قد قتل أمس")
_AFTER_PASSIVE = frozenset(norm_key(w) for w in ("في", "خلال", "إثر", "اثر", "جراء", "أمس", "قبل", "منذ", "على",
                                                 "برصاص", "بقصف", "بغارة", "بانفجار", "بنيران", "بقذيفة"))
_OWN_GROUP_REACH = 5  # tokens of the body a singular serves in ("من مرتبات قوات حرس الحدود")


def _no_object(ctx: SentenceContext, k: int, last: int) -> bool:
    """The verb at token ``k`` has no object after it: it closes the sentence or its clause, or a preposition or a
    time follows it."""
    if k >= last:
        return True
    gap = ctx.nt.original[ctx.token_spans[k].end:ctx.token_spans[k + 1].start]
    return bool(_CLAUSE_BREAK.search(gap)) or strip_conj(ctx.token_values[k + 1]) in _AFTER_PASSIVE


def _own_words_end(ctx: SentenceContext, j: int, last: int) -> int:
    """The last token of the rank ("برتبة نقيب") and of the body ("من مرتبات قوات حرس الحدود") told right after
    the singular at token ``j``, in one clause part; ``j`` when neither follows it."""
    vals = ctx.token_values
    k = j
    if k + 2 <= last and vals[k + 1] == _BY_RANK:
        k += 2
        while k + 1 <= last and vals[k + 1] in _RANK_TAILS:
            k += 1
    if k + 1 <= last and vals[k + 1] == "من":
        for m in range(k + 2, min(last, k + 1 + _OWN_GROUP_REACH) + 1):
            if _CLAUSE_BREAK.search(ctx.nt.original[ctx.token_spans[j].end:ctx.token_spans[m].start]):
                return j
            if m + 1 <= last and strip_conj(vals[m + 1]) in _DIED_SINGULAR:
                return m
        return j
    return k


# a preposition with the pronoun of the act between the verb of dying and its subject ("اقتحام استشهد خلاله شاب",
# "غارة قتل فيها ضابط"): the noun after it is still the one the verb counts
_ACT_PRONOUN_PREPS = frozenset(norm_key(w) for w in ("خلالها", "خلاله", "فيها", "فيه", "خلالهما", "إثرها",
                                                     "إثره", "جراءها", "جراءه", "بسببها"))


# dead or wounded counted in thousands: the running total of a war or a campaign, never one act's toll
_WAR_TOLL = 1000
# a preposition of place or span before a number: it counts places or acts ("في 3 جامعات"), not people
_IN_WORDS = frozenset({"في", "وفي"})
# the words that open a part of a toll ("بينهم طفلان", "من بينهم 23", "منهم 36")
_PART_WORDS = frozenset({"بينهم", "منهم", "بينها", "منها", "بينهن", "منهن", "وبينهم", "ومنهم", "هم", "وهم"})


# the pronoun of an aside that tells who the dead already counted were ("ارتقاء شهيدين، وهما مزارعان", "، وهم
# طفلان وامرأة"): the nouns after it name them again, no more dead (session 21, gm9)
_IDENTITY_PRONOUNS = frozenset({"هما", "وهما", "هم", "وهم", "هو", "وهو", "هي", "وهي"})


_MARTYR_TITLES = frozenset({"الشهيد", "الشهيده", "والشهيد", "للشهيد", "بالشهيد", "والشهيده", "للشهيده"})


def _new_clause_word(v: str) -> bool:
    """The casualty word is a verb or noun joined by "و" ("وأصيب", "وإصابة"), not a word of "و" ("وفاة")."""
    return v.startswith("و") and not v.startswith("وفا")


def _martyr_title(v: str) -> bool:
    """The definite singular "الشهيد" (with its proclitics): a title before a name, not a toll word."""
    return v in _MARTYR_TITLES


def _coordinated(ctx: SentenceContext, i: int) -> bool:
    """The number at token ``i`` is joined by "و" to what goes before ("و3", "و 3")."""
    v = ctx.token_values[i]
    return v.startswith("و") or (i > 0 and ctx.token_values[i - 1] == "و")


def _part_of(ctx: SentenceContext, i: int) -> bool:
    """Whether the count at token ``i`` follows a word that opens a part of a toll ("بينهم", "منهم")."""
    return i > 0 and ctx.token_values[i - 1] in _PART_WORDS


_FATHA_YA_NUN = "\u064eين"


def _marked_dual(ctx: SentenceContext, j: int) -> tuple[str, int] | None:
    """A dual in ين that the writer marked with a fatha ("مدنيَين", "عسكريَين") where the same letters
    read as a plural (normalising drops the mark): its singular in ``count_nouns.tsv`` gives the unit."""
    v = ctx.token_values[j]
    if not v.endswith("ين") or len(v) < 5:
        return None
    sp = ctx.token_spans[j]
    if _FATHA_YA_NUN not in ctx.nt.original[sp.start:sp.end]:
        return None
    hit = _count_noun(v[:-2])
    return (hit[0], 2) if hit is not None and hit[1] == 1 else None


def _nearest(qs: list[tuple[int, int, str]], i0: int, i1: int, kinds: tuple[str, ...],
             before: int, after: int) -> str:
    best = ""
    best_d = 10**6
    for a, b, k in qs:
        if k not in kinds:
            continue
        if b < i0 and i0 - b <= before:
            d = i0 - b
        elif a > i1 and a - i1 <= after:
            d = a - i1
        else:
            continue
        if d < best_d:
            best, best_d = k, d
    return best


# ---------------------------------------------------------------- attribution and claims

def attribution(ctx: SentenceContext) -> list[str]:
    """Whom the sentence cites: the words after بحسب / قال / أفاد / نشرت …"""
    out: list[str] = []
    earlier = False  # a verb of saying before this one in the sentence
    for c in ctx.cues:
        if _cue(c).kind != "attribution" or c.prefix.endswith("ل") or _passive_cue(ctx, c):
            continue  # "لنقل جرحاه" (to carry), "نُقل إلى المستشفى" (was carried): no one is cited
        if _no_subject_after(ctx, c, earlier):
            name = "" if earlier else _subject_before(ctx, c)
            earlier = True
            if name and name not in out:
                out.append(name)
            continue
        earlier = True
        name = _cited_name(ctx, c) or _subject_before(ctx, c)
        if name and name not in out:
            out.append(name)
    if not out:
        name = _headline_source(ctx)
        if name:
            out.append(name)
    return out


# prepositions after which "عن" introduces the source ("نقلاً عن", "نقلت عن"); after other verbs "عن" is
# the topic ("تحدثت عن التصعيد", "كشف عن …") and the speaker stood before the verb
_FROM_SOURCE = frozenset({"نقل", "نقلت", "نقلا", "نقلته", "نقله"})
_IN = frozenset({"في", "فى"})  # (also :func:`several_countries`)
# a word that carries a name on past the three-word limit ("مدير مستشفى أبو يوسف النجار")
_NAME_LINKS = frozenset(norm_key(w) for w in ("أبو", "أبي", "أبا", "أم", "ابن", "بن", "بنت", "عبد", "آل"))


def _no_subject_after(ctx: SentenceContext, c: Match, earlier: bool) -> bool:
    """The verb of saying ``c`` has its subject before it or in itself, so the words after it are its object
    or topic, not whom it cites: a plural verb ("نقلوا جميعاً", "قالوا": a verb before its subject stays
    singular), a noun in ta marbuta ("في إشارة واضحة"), "عن" after a verb other than "نقل" ("تحدثت
    الصحيفة عن" has its subject after the verb, "تحدثت عن التصعيد" has none), or a verb joined by "و"
    to an earlier verb of saying in the sentence ("تحدثت … ونقلت الواقع")."""
    text = ctx.nt.original
    if c.suffix == "وا" or (c.suffix == "ه" and text[c.end:c.end + 1] == "ة"):
        return True
    i = bisect_left(ctx.token_starts, c.end)
    if i >= len(ctx.token_spans) or ctx.token_spans[i].start >= ctx.sentence.end:
        return False
    v = ctx.token_values[i]
    if v == "عن" and c.key not in _FROM_SOURCE:
        return True
    if not earlier or c.prefix not in ("و", "ف"):
        return False
    # a second verb has a subject of its own only when a source noun or an actor follows it
    words = role_words()
    return v not in words["source"] and v not in words["speaker"] and v not in _ATTR_SKIP \
        and not any(a.start == ctx.token_spans[i].start for a, _ in ctx.actors)


# the head of a subject that names a medium or a source before its verb ("صحيفة "معاريف" تحدّثت عن …")
_SOURCE_HEADS = frozenset(norm_key(w) for w in ("صحيفة", "وسائل", "قناة", "موقع", "شبكة", "وكالة", "إذاعة",
                                                "مصدر", "مصادر", "مراسل", "مراسلة", "الإعلام", "إعلام",
                                                "المتحدث", "الناطق", "مسؤول", "بيان"))
# what a report rests on that is no one's word ("بحسب المعطيات", "وفق المعلومات", "حسب التقديرات")
_NOT_SOURCES = frozenset(norm_key(w) for w in ("المعطيات", "المعلومات", "التقديرات", "الأرقام", "الإحصاءات",
                                               "الإحصائيات", "الوقائع", "الواقع", "القانون", "الاتفاق"))
_PREPOSITION_CUES = frozenset(norm_key(w) for w in ("بحسب", "حسب", "حسبما", "وفقا ل", "وفق"))


_GLUED_QUOTE = re.compile(r"(?<=\w)[\"«»“”](?=\w)")


def _subject_before(ctx: SentenceContext, c: Match) -> str:
    """The subject of a verb of saying that stands before it at the start of its sentence
    ("صحيفة "معاريف" الإسرائيلية، تحدّثت عن …", "وسائل إعلام إسرائيلية أكدت …"): up to five words
    after the sentence start or a comma, headed by a medium or source noun or a named actor."""
    if c.key in _PREPOSITION_CUES:
        return ""
    text = ctx.nt.original
    i0, ci = ctx.i0, ctx.tok(c.start)
    for k in range(i0, ci):
        if ci - k > 5:
            continue
        if k > i0 and not any(p in text[ctx.token_spans[k - 1].end:ctx.token_spans[k].start] for p in "،,") \
                and ctx.token_values[k - 1] not in ("ان", "بان"):
            continue  # a subject opens the sentence or its clause ("يذكر أن X أعلنت")
        head = strip_conj(ctx.token_values[k])
        named = any(a.start == ctx.token_spans[k].start and a.end <= c.start for a, _ in ctx.actors)
        if head not in _SOURCE_HEADS and not named:
            continue
        phrase = text[ctx.token_spans[k].start:ctx.token_spans[ci - 1].end]
        if any(p in phrase for p in ".؛:"):
            return ""
        # a quote glued between two words stands for a space ('وكالة"سانا"' → "وكالة سانا")
        phrase = _GLUED_QUOTE.sub(" ", phrase)
        phrase = "".join(ch for ch in phrase if ch not in "\"«»“”").strip(" ،,")
        return phrase[1:] if phrase[:1] == "و" and strip_conj(ctx.token_values[k]) != ctx.token_values[k] else phrase
    return ""


_AFFILIATED = ("التابع", "التابعة", "التابعين")
_TO_US = frozenset({"للميادين", "لـالميادين"})


def _headline_source(ctx: SentenceContext) -> str:
    """The speaker of a headline or a lead in the "X: …" form ("مصدر أمني للميادين: …", "إعلام إسرائيلي: …",
    '"هآرتس": …'): the words before a colon near the sentence start, when they name a source (a source or
    speaker noun first, an interview "للميادين", or a quoted outlet), not a place or a topic ("غزة: …")."""
    text = ctx.nt.original
    i0 = ctx.i0
    last = ctx.i1
    for k in range(i0, min(i0 + 9, last)):
        after = text[ctx.token_spans[k].end:ctx.token_spans[k + 1].start]
        if ":" not in after:
            continue
        vals = ctx.token_values[i0:k + 1]
        if vals[-1] in _TO_US:
            return " ".join(text[w.start:w.end] for w in ctx.token_spans[i0:k]) if k > i0 else ""
        if k - i0 > 3:
            return ""
        phrase = text[max(ctx.sentence.start, ctx.token_spans[i0].start - 1):ctx.token_spans[k].end + after.index(":")]
        phrase = phrase.strip()
        words = role_words()
        first = strip_conj(vals[0])
        if first in words["source"] or first in words["speaker"]:
            return phrase
        if phrase[:1] in "\"«“" and phrase[-1:] in "\"»”" and not any(q in phrase[1:-1] for q in "\"«»“”"):
            return phrase.strip("\"«»“”")
        return ""
    return ""


# "أقرّ بإصابة …", "أفاد بالإفراج …": a ب object right after the verb, whose subject went before it
_BI_OBJECT = ("بإ", "بأ", "بال")


def _passive_cue(ctx: SentenceContext, c: Match) -> bool:
    """A verb of saying written passive ("نُقل", "ذُكر"): a damma on its first letter."""
    text = ctx.nt.original
    return c.start + 1 < len(text) and text[c.start + 1] == "\u064f"


def _act_word(ctx: SentenceContext, j: int) -> bool:
    """Token ``j`` opens a trigger or ends a name: the verb's object ("أعلنت الكتائب استهداف …")."""
    v = ctx.token_values[j]
    if v in _ATTR_END or (len(v) > 5 and _OBJ_PRONOUN.sub("", v) in _ATTR_END):
        return True
    start = ctx.token_spans[j].start
    if _in_name(ctx, start):
        return False  # "كتائب شهداء الأقصى": a trigger word inside a group's name
    # a casualty noun ("شهداء", "قتلى") names victims, not the act a statement announces
    return any(t.start <= start < t.end and "casualty" not in _trig(t).flags for t in ctx.triggers)


def _cited_name(ctx: SentenceContext, c: Match) -> str:
    """The name of whom the verb or preposition ``c`` cites: the words after it, up to three (a
    quoted name whole), stopping at a preposition, a particle or punctuation."""
    text = ctx.nt.original
    i = bisect_left(ctx.token_starts, c.end)
    words: list[Span] = []
    n = len(ctx.token_spans)
    while i < n and ctx.token_spans[i].start < ctx.sentence.end and ctx.token_values[i] in _ATTR_SKIP:
        i += 1
    if i >= n or ctx.token_spans[i].start >= ctx.sentence.end or _act_word(ctx, i) \
            or text.startswith(_BI_OBJECT, ctx.token_spans[i].start):
        return ""  # "أعلنت استهداف …", "أكد بدوره ارتقاء …": the subject is not after the verb
    # a quoted name: take it whole (“درعا 24”)
    start = ctx.token_spans[i].start
    gap = text[c.end:start]
    j = i
    quoted = any(q in gap for q in "“\"«")
    if not quoted and j + 1 < n:
        between = text[ctx.token_spans[j].end:ctx.token_spans[j + 1].start]
        quoted = any(q in between for q in "“\"«")
        if quoted and ctx.token_values[j] in _ATTR_STOP:
            return ""  # "أضافت أنّ "…"": a clause follows, its subject is no one cited
        if quoted:
            words.append(ctx.token_spans[j])
            j += 1
    if quoted:
        close = min((p for p in (text.find(q, ctx.token_spans[j].start) for q in "”\"»") if p >= 0),
                    default=-1)
        if 0 < close <= ctx.sentence.end:
            while j < n and ctx.token_spans[j].end <= close:
                words.append(ctx.token_spans[j])
                j += 1
            # "أقرّ "جيش" الاحتلال": the definite word right after the quote belongs to the name
            if (words and j < n and ctx.token_spans[j].start < ctx.sentence.end and ctx.token_values[j].startswith("ال")
                    and ctx.token_values[j] not in _ATTR_STOP and not text[close + 1:ctx.token_spans[j].start].strip()):
                words.append(ctx.token_spans[j])
    else:
        cap = 3
        while j < n and len(words) < cap and ctx.token_spans[j].start < ctx.sentence.end:
            v = ctx.token_values[j]
            if v in _ATTR_STOP or (words and v[:1] in ("ب", "ل") and not v.startswith("ال")) or _act_word(ctx, j):
                break
            gap = text[words[-1].end:ctx.token_spans[j].start].strip(" ") if words else ""
            if gap:
                quoted_tail = _quoted_tail(ctx, j, gap) if len(words) < 3 else []
                words.extend(quoted_tail)  # "وكالة أنباء "تسنيم"": the quoted name ends the name
                break  # punctuation ends the name
            words.append(ctx.token_spans[j])
            j += 1
            if len(words) == cap and v in _NAME_LINKS:
                cap += 2  # "أبو يوسف النجار": a kunya or a patronymic goes on
            elif len(words) == cap == 3 and _nisba_at(ctx, j):
                cap += 1  # "جمعية الهلال الأحمر الفلسطيني": an adjective of origin ends the name
        words.extend(_in_group(ctx, j, words))
    if not words or strip_conj(ctx.token_values[ctx.tok(words[0].start)]) in _NOT_SOURCES:
        return ""  # "بحسب المعطيات": what is known, not who said it
    # a named actor that opens the name and runs past it: its mention whole ("كتائب الشهيد عز الدين القسام")
    whole = max((a.end for a, _ in ctx.actors if a.start == words[0].start and a.end <= ctx.sentence.end),
                default=-1)
    if whole > words[-1].end:
        name = text[words[0].start:whole]
        if not name.endswith(_AFFILIATED):  # "… التابعة" ends a mention that goes on "لـ X"
            return "".join(ch for ch in name if ch not in "\"«»“”")
    elif 0 < whole < words[-1].end:
        # the actor's name, then a definite noun in apposition ("كتائب القسام الجناح العسكري …"): the name ends
        # (a mention that ends inside the name's last word, before its pronoun suffix, has no word after it:
        # "وفق محاميه")
        k = next((x for x, w in enumerate(words) if w.start >= whole), 0)
        j_next, j_last = ctx.tok(words[k].start), ctx.tok(words[k - 1].start) if k else -1
        # a definite name ends before a definite noun; after an indefinite one it is its genitive
        # ("عائلات الأسرى")
        if k and strip_conj(ctx.token_values[j_last]).startswith("ال") \
                and ctx.token_values[j_next].startswith("ال") and not _nisba_at(ctx, j_next):
            words = words[:k]
    return " ".join(text[w.start:w.end] for w in words)


def _nisba_at(ctx: SentenceContext, j: int) -> bool:
    """Token ``j`` is a definite adjective of origin in the sentence ("الفلسطيني", "الإسرائيلية")."""
    if j >= len(ctx.token_values) or ctx.token_spans[j].start >= ctx.sentence.end:
        return False
    word = ctx.nt.original[ctx.token_spans[j].start:ctx.token_spans[j].end].rstrip(_HARAKAT)
    return _nisba(ctx.token_values[j]) and not word.endswith("ى")  # "الجرحى" ends in alef maqsura


def _quoted_tail(ctx: SentenceContext, j: int, gap: str) -> list[Span]:
    """The words of a short quoted name that opens at token ``j`` after an opening quote ``gap``
    ("وكالة أنباء "تسنيم""): up to three words up to the closing quote, none when it is speech."""
    if gap not in ("\"", "«", "“"):
        return []
    text = ctx.nt.original
    close = min((p for p in (text.find(q, ctx.token_spans[j].start) for q in "”\"»") if p >= 0), default=-1)
    if close < 0 or close >= ctx.sentence.end:
        return []
    out: list[Span] = []
    while j < len(ctx.token_spans) and ctx.token_spans[j].end <= close:
        out.append(ctx.token_spans[j])
        j += 1
    return out if 0 < len(out) <= 3 else []


def _in_group(ctx: SentenceContext, j: int, words: list[Span]) -> list[Span]:
    """A cited person of a group: "في" and the group's name after the name ("القيادي في حركة فتح",
    "مصدر في الجيش"), the words of the first actor mention that starts right after "في"."""
    if not words or j + 1 >= len(ctx.token_spans) or ctx.token_values[j] not in _IN:
        return []
    if ctx.nt.original[words[-1].end:ctx.token_spans[j].start].strip(" "):
        return []
    nxt = ctx.token_spans[j + 1]
    end = max((a.end for a, _ in ctx.actors if a.start == nxt.start and a.end <= ctx.sentence.end), default=-1)
    if end < 0:
        return []
    out = [ctx.token_spans[j]]
    k = j + 1
    while k < len(ctx.token_spans) and ctx.token_spans[k].end <= end:
        out.append(ctx.token_spans[k])
        k += 1
    return out


# "…، متهماً X بـ…": a participle whose claimer is the subject of the sentence's verb, before it; the
# words after it name the accused
_CLAIM_PARTICIPLES = frozenset(norm_key(w) for w in ("متهما", "متهمة", "متهمين", "زاعما", "زاعمة", "مدعيا",
                                                     "مدعية"))


def _participle_claimer(ctx: SentenceContext, c: Match) -> str:
    """The claimer of "متهماً …": whom a verb of saying before it cites ("أعلنت باكو …، متهمةً …"), else
    the first actor before it ("نفى الجيش …، متهماً …"), else the participle as written (no claimer named)."""
    for a in ctx.cues:
        if a.end <= c.start and _cue(a).kind == "attribution":
            name = _cited_name(ctx, a)
            if name:
                return name
    for span, entry in ctx.actors:
        if span.end <= c.start and not _accused(ctx, span):
            return entry.ref().name
    return ctx.nt.original[c.start:c.end]


def _own_anchor(f: Frame, anchor: int) -> int:
    """The first trigger of the frame's own type ("أعلنت X إطلاق عملية عسكرية، متهمةً Y بتفجير …": the
    blast, not the operation); ``anchor`` when none is later (the claim then covers the act too)."""
    own = [t.start for t in f.triggers
           if isinstance(t.value, Trigger) and t.value.sub_event_type == f.sub_event_type]
    return min(own) if own else anchor


def _claimed_by(ctx: SentenceContext, anchor: int) -> str:
    """Whose claim the sentence reports ("زعم X أن …", "اتهمت X Y بقصف …"): the subject of the claiming
    verb, never the accused; words that name no actor are taken as written ("اتهمت دمشق …").  A claim
    covers the act at ``anchor`` when it stands before it, within the cue's window."""
    for c in ctx.cues:
        cue = _cue(c)
        if cue.kind != "claim" or c.end > anchor:
            continue
        if ctx.tok(anchor) - ctx.tok(c.start) > cue.window:
            continue
        if c.key in _CLAIM_PARTICIPLES:
            return _participle_claimer(ctx, c)
        k = ctx.tok(c.end - 1) + 1
        for span, entry in ctx.actors:
            if _accused(ctx, span):
                continue
            # the subject, or the actor a source noun speaks for ("مزاعم إعلام الاحتلال بأنه …")
            if _subject_of(ctx, c, span) or (not _verb_form(c) and c.end <= span.start
                                             and ctx.tok(span.start) - k <= 2 and _is_source(ctx, span)):
                return entry.ref().name
        if c.prefix[-1:] in ("ب", "ل") or any(ctx.tok(s.start) == k for s, _ in ctx.actors):
            # "بزعم محاولته …" names no claimer; after a verb whose subject is not named, the accused
            return ctx.nt.original[c.start:c.end]
        name = _cited_name(ctx, c).split()
        nxt = min((ctx.tok(s.start) for s, _ in ctx.actors if s.start >= c.end), default=k + len(name))
        name = name[:max(nxt - k, 1)]  # the accused actor after the subject is no part of its name
        last = ctx.i1
        if len(name) > 1 and k + len(name) <= last and ctx.token_values[k + len(name)].startswith("ب"):
            name = name[:-1]  # "اتهمت دمشق إسرائيل بقصف": the word before the act is the accused
        return " ".join(name) or ctx.nt.original[c.start:c.end]
    return ""


def _pluperfect(ctx: SentenceContext) -> bool:
    """ "وكان ... قد" at the start of a sentence recalls an earlier event."""
    vals = ctx.token_values[ctx.i0:ctx.i0 + 6]
    if not (bool(vals) and vals[0] in ("وكان", "كان", "وكانت", "كانت") and "قد" in vals):
        return False
    # "وكانت … قد أعلنت أنها استهدفت، صباح اليوم، …": an earlier report of today's act is the news, not
    # the background; nor is yesterday's act told in the pluperfect ("وكانت مسيّرة قد استهدفت، مساء أمس، …"): the
    # date stage weighs it (news, or a recalled report of yesterday's)
    rest = ctx.token_values[ctx.i0:ctx.i1 + 1]
    if any(strip_conj(v) in _TODAY for v in rest):
        return False
    if not ctx.times and _pluperfect_saying(ctx):
        # "وكانت وكالة … قد أفادت أنّ الغارة استهدفت …", "وكان مراسلنا قد أفاد بـ…" with no time of its own: an earlier
        # report of the news itself (as the date stage reads it), not a recalled act; a time of its own ("قد أعلن في
        # نيسان الماضي …") dates a recall, and the date stage makes that background
        return False
    # "وكانت اشتباكات قد اندلعت، ليل السبت، …" in a Monday article: a day of the news (the two before the
    # publication day) is weighed the same way as yesterday
    recent = any(strip_conj(v) in _YESTERDAY for v in rest) or _news_day_time(ctx)
    return not (recent and _pluperfect_act(ctx))


def _pluperfect_seen(ctx: SentenceContext, first: int) -> bool:
    """ "قد" of the pluperfect is followed at once by a verb of taking place ("شهدت", "جرت") that stands before the
    act's first word ``first`` (the place or the scene saw the act)."""
    s0 = ctx.i0
    aux = next((q for q in range(s0, min(s0 + 8, ctx.i1)) if ctx.token_values[q] == "قد"),
               None)
    return aux is not None and ctx.token_values[aux + 1] in _TAKING_PLACE and ctx.token_spans[aux + 1].end <= first


# a reminder that opens the sentence ("يُذكر أن", "ويُشار إلى أنّ", "والجدير بالذكر أن"), in the original text
_REMINDER_HEAD = re.compile(r"\W*[وف]?(?:يُ?ذكر|يُ?شار\s+إلى|الجدير\s+بالذكر)\s+[أا]نّ?\s")
_REMINDER_SEEN_REACH = 4  # tokens after the reminder within which its verb of taking place stands ("أن مدينة طفس شهدت")
# the words a time may leave between the verb of taking place and the act ("شهدت في أيلول 2022 خطف …")
_REMINDER_GAP_WORDS = frozenset({"في", "خلال", "منذ", "،", ","})
# a span of several units up to now between the verb and the act ("شهدت في الأسابيع الماضية مظاهرات", "شهدت خلال
# الأشهر الأخيرة اشتباكات", "في الآونة الأخيرة"): the place saw a wave of acts over that span, no one act
_REMINDER_SPAN_WORDS = frozenset(norm_key(w) for w in (
    "الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات", "الأعوام", "السنين", "الآونة"))


def _reminder_seen(ctx: SentenceContext, first: int) -> bool:
    """The sentence opens on a reminder (:data:`_REMINDER_HEAD`) whose clause's verb of taking place stands before
    the act's first word ``first`` ("يُذكر أن مدينة طفس شهدت في أيلول 2022 خطف تاجر"): the place saw the act."""
    m = _REMINDER_HEAD.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
    if m is None:
        return False
    q0 = ctx.tok(m.end())
    last = min(q0 + _REMINDER_SEEN_REACH, ctx.i1)
    verb = next((q for q in range(q0, last + 1) if ctx.token_values[q] in _TAKING_PLACE
                 and ctx.token_spans[q].end <= first), None)
    if verb is None:
        return False
    if any(strip_conj(ctx.token_values[q]) in _REMINDER_SPAN_WORDS for q in range(verb + 1, ctx.tok(first))):
        return False  # acts over a span of weeks or months up to now: a wave
    # the act is the verb's object, only its time between ("شهدت في أيلول 2022 خطف …"); not a count of acts ("شهد
    # العام الماضي عدة حوادث خطف": a trend, no event)
    gap = list(ctx.nt.original[ctx.token_spans[verb].end:first])
    for t in ctx.times:
        for i in range(max(t.start, ctx.token_spans[verb].end), min(t.end, first)):
            gap[i - ctx.token_spans[verb].end] = " "
    return all(w in _REMINDER_GAP_WORDS for w in "".join(gap).split())


_REMINDER_AUX_REACH = 5  # tokens after the reminder within which "كان" stands ("أن وسائط دفاعنا الجوي كانت")
# verbs of meeting an attack after the pluperfect's "قد" ("كانت الدفاعات قد تصدت لعدوان …"): the attack came
_MET_ATTACK = frozenset(norm_key(w) for w in ("تصدت", "تصدى", "تصدوا"))


def _reminder_pluperfect(ctx: SentenceContext) -> bool:
    """The sentence opens on a reminder (:data:`_REMINDER_HEAD`) whose clause is in the pluperfect ("… أن X كانت
    قد …") and whose verb right after "قد" sees or meets the act ("شهدت", "تصدت لـ"), the act's trigger within
    :data:`_PLUPERFECT_ACT_REACH` words after that verb, a time between not counted ("يشار إلى أن وسائط دفاعنا الجوي
    كانت قد تصدت في الثالث من الشهر الجاري لعدوان إسرائيلي …"): an earlier act recalled."""
    m = _REMINDER_HEAD.match(ctx.nt.original, ctx.sentence.start, ctx.sentence.end)
    if m is None:
        return False
    q0, last = ctx.tok(m.end()), ctx.i1
    vals = ctx.token_values
    kana = next((q for q in range(q0, min(q0 + _REMINDER_AUX_REACH, last) + 1) if vals[q] in ("كان", "كانت", "كانوا")),
                None)
    aux = None if kana is None else next(
        (q for q in range(kana + 1, min(kana + _REMINDER_AUX_REACH, last)) if vals[q] == "قد"), None)
    if aux is None or aux + 1 > last or (vals[aux + 1] not in _TAKING_PLACE and vals[aux + 1] not in _MET_ATTACK):
        return False
    words = [q for q in range(aux + 2, last + 1)
             if not any(t.start <= ctx.token_spans[q].start < t.end for t in ctx.times)][:_PLUPERFECT_ACT_REACH]
    return any(any(t.start <= ctx.token_spans[q].start < t.end and _trig(t).trigger.event_type in VIOLENT
                   and "casualty" not in _trig(t).flags for t in ctx.triggers) for q in words)


PLUPERFECT_NEWS_DAYS = 2  # how many days before the publication date a pluperfect's own day may be news (rasd.time)


def _news_day_time(ctx: SentenceContext) -> bool:
    """The sentence names a day (a weekday or a relative day) of the two before the publication date."""
    if ctx.published is None:
        return False
    for t in ctx.times:
        v = t.value
        if getattr(v, "precision", 0) == 1 and getattr(v, "kind", "") in ("relative", "weekday") \
                and 1 <= (ctx.published - v.date).days <= PLUPERFECT_NEWS_DAYS:
            return True
    return False


_PLUPERFECT_ACT_REACH = 3  # words after "قد" (not counting a time) within which the pluperfect names its act


def _pluperfect_act(ctx: SentenceContext) -> bool:
    """The pluperfect "وكان … قد" tells an act itself: its subject is an act ("وكانت اشتباكات قد اندلعت"), or a trigger
    within ``_PLUPERFECT_ACT_REACH`` words after "قد" (in the clause a verb of carrying out opens, "قد شنت حملة …"),
    a time between not counted ("وكانت قوات الاحتلال قد شنت، يوم أمس، عدواناً …"), and no verb of saying right after
    it ("وكانت الوزارة قد أعلنت أمس …": an earlier report) nor an act of its own before the event's words ("وكان
    الرئيس قد ألقى خطابه، أمس، وسط تظاهرات …")."""
    s0 = ctx.i0
    last = ctx.i1
    aux = next((q for q in range(s0, min(s0 + 8, last + 1)) if ctx.token_values[q] == "قد"), None)
    if aux is None or aux + 1 > last or ctx.token_values[aux + 1] in _PLUPERFECT_SAYING:
        return False
    words = [q for q in range(aux + 1, last + 1)
             if not any(t.start <= ctx.token_spans[q].start < t.end for t in ctx.times)]
    if s0 + 1 < aux and any(m.start <= ctx.token_spans[s0 + 1].start < m.end for m in ctx.triggers):
        return True  # the act is the pluperfect's subject ("وكانت اشتباكات قد اندلعت، ليل السبت، …")
    if ctx.token_values[aux + 1] not in _CARRY_OUT_VERBS and ctx.token_values[aux + 1] not in _TAKING_PLACE:
        # "وكانت قوات الأمن قد شنت، أمس، حملة تمشيط في القرى، اعتقلت خلالها …": a verb of carrying out names its act
        # in the clause it opens, however many words on; so does a verb of taking place ("وكانت البلدة قد شهدت في
        # تشرين الثاني، قبل أسابيع من …، هجوماً …")
        words = words[:_PLUPERFECT_ACT_REACH]
    return any(any(m.start <= ctx.token_spans[q].start < m.end for m in ctx.triggers) for q in words)


def _pluperfect_saying(ctx: SentenceContext) -> bool:
    """The pluperfect "وكان … قد" that opens the sentence is of a verb of saying ("وكانت وكالة … قد أفادت",
    "وكان المصدر قد ذكر"): the sentence recalls a report, not an act (not a publication of footage)."""
    s0 = ctx.i0
    last = ctx.i1
    aux = next((q for q in range(s0, min(s0 + 8, last + 1)) if ctx.token_values[q] == "قد"), None)
    return aux is not None and aux + 1 <= last and ctx.token_values[aux + 1] in _PLUPERFECT_SAYING \
        and ctx.token_values[aux + 1] not in _PUBLISHED_FOOTAGE


# "وكان الإعلام الحربي قد نشر مشاهد توثّق استهداف …": footage published earlier shows an act older than its report
_PUBLISHED_FOOTAGE = frozenset(norm_key(w) for w in ("نشر", "نشرت"))


# verbs of carrying out an operation ("شنّت حملة"، "نفّذت عملية"، "أجرت تمشيطاً"), normalised
_CARRY_OUT_VERBS = frozenset(norm_key(w) for w in (
    "شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "أجرى", "أجرت", "أجروا"))


_TODAY = frozenset(norm_key(w) for w in ("اليوم", "الليلة"))
_YESTERDAY = frozenset(norm_key(w) for w in ("أمس", "البارحة"))
# the verb of saying of a pluperfect that recalls an earlier report ("وكانت الوزارة قد أعلنت أمس …"): its yesterday
# stays a recalled one
_PLUPERFECT_SAYING = frozenset(norm_key(w) for w in (
    "أفاد", "أفادت", "أعلن", "أعلنت", "ذكر", "ذكرت", "قال", "قالت", "أكد", "أكدت", "نقل", "نقلت", "كشف", "كشفت", "أشار",
    "أشارت", "تحدث", "تحدثت", "أوضح", "أوضحت", "نشر", "نشرت", "أقر", "أقرت", "اعترف", "اعترفت", "زعم", "زعمت"))


# every word list of the module is defined now: forget any reading of a token made while the module loaded
_rule_words.cache_clear()
_own_initial.cache_clear()
