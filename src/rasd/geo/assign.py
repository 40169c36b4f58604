"""Give each event the place where it happened.

Order of preference: a place in the trigger's sentence (a town or site before a region, road,
governorate or country; then one in the trigger's clause, after a locative cue, nearest),
then the other evidence sentences, then an anaphor ("المدينة": the town
the article names most often before it) or the preceding sentences of the paragraph, then the
nearest earlier report of an event of the same kind, then the article's main place (the first place
named before the event).  An event known only to a governorate sits at the provincial capital's point
(:func:`capital_point`, ACLED geo_precision 3).
Places used only as references ("شمالي درعا") and country-level places are used only when
nothing more precise exists.  The origin of a strike or a movement ("من الجولان المحتل",
"انطلاقاً من", "من اتجاه", "من فوق"), where those who launched a weapon are based ("مسيّرة أطلقتها الفصائل
المنتشرة في ريف X"), a place in a person's nickname ("الملقب بـ أبو X الحلبي") and where a reporter is based
("مراسلنا في حلب") are not event places, nor is a hospital that casualties reached ("وصول 4 شهداء إلى مستشفى X"); the
seat of a body that announces the news ("أعلنت وزارة الصحة في رام الله استشهاد شاب في بلدة X") comes after the
sentence's other places.  A news bulletin's lines ("نشرة الثامنة") are separate stories: an event
whose line names no place takes none from another line (:func:`is_bulletin`).

:func:`target_places` lists the distinct places one sentence reports as targets ("غارات على بلدتي X
وY", "استهدف الأول X … فيما استهدف الثاني Y"): ACLED codes one event per place.
:func:`contains` tells whether one place includes another (a country, a governorate, a district's
countryside or a named region and the places in it), for merging mentions of one event.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from rasd.arabic.normalize import SHORT_VOWELS, norm_key, normalize
from rasd.arabic.words import (
    RELATIVE_DUAL_NOMINATIVE,
    RELATIVE_PRONOUNS,
    WITNESS_RELATIVE,
    WITNESS_VERBS,
    alternation,
)
from rasd.document import Document, PlaceRef, Span, TimeValue, Trigger
from rasd.events.lexicon import trigger_matcher
from rasd.geo.stage import FAR_NAMESAKES

if TYPE_CHECKING:
    from rasd.geo.gazetteer import Entry, Gazetteer

# ("عند مدخل بلدة X", "عند مداخل مدينة Y", "عند أطراف X": the place of an act at a town's entrance or edge;
# "في شمال شرقي سوريا": a compass region of a country)
# ("ضمن سلسلة جبال X", "ضمن قاطع عمليات Y": within, as the Iraqi security statements place an act; session 41, iq27)
_LOCATIVE = re.compile(r"(?:^|\s)(?:في|فى|على|عند|قرب|محيط|داخل|بالقرب من|أطراف|اطراف|مدخل|مداخل|ضمن)\s+"
                       r"(?:(?:ال)?(?:شمال|جنوب)(?:ي|يّ)?\s+(?:ال)?(?:شرق|غرب)(?:ي|يّ)?\s+|(?:\w+\s+){0,1})$")
# ("الأطراف الغربية للبلدة", "اقتحام الاحتلال للمدينة": "لل" joins the preposition to a settlement's article)
_ANAPHOR = re.compile(
    r"(?:^|\s)[وف]?(?:[بل]?(?:ال)?(?:مدينة|بلدة|قرية|المدينة|البلدة|القرية|المنطقة|المخيم)|لل(?:مدينة|بلدة|قرية|مخيم))"
    r"(?:\s|[.،,؛:\"»)]|$)"
)
# "البلدة", "في القرية": a definite settlement noun that points back to a town named before it
_DEFINITE_ANAPHOR = re.compile(r"(?:^|\s)[وف]?[بل]?(?:ال|لل)(مدينة|بلدة|قرية|مخيم)(?=[\s.،,؛:\"»)]|$)")
# "وفي البلدة ذاتها", "في المدينة نفسها", "وفي المنطقة نفسها": a definite place noun told as the same one points back
# to the place named last before it (a town called by that noun, when one was), never to the town the article names
# most
_SAME_ANAPHOR = re.compile(r"(?:^|\s)[وف]?[بل]?(?:ال|لل)(مدينة|بلدة|قرية|مخيم|منطقة|ناحية)\s+(?:نفس|ذات)(?:ها|ه)"
                           r"(?=[\s.،,؛:\"»)]|$)")
_TOWN_NOUNS = frozenset({"مدينة", "بلدة", "قرية"})  # head nouns of a definite anaphor that only a settlement takes
# "وفي محيطها، …", "وعلى أطرافها …", "انفجرت قربها عبوة", "بالقرب منه": a spot word with a pronoun points back to the
# place named just before it (the town of the sentence that named it), never to the place the article names first
_PRONOUN_SPOT = re.compile(r"(?:^|\s)[وفب]?(?:(?:في|على|عند|الى|إلى)\s+)?(?:محيط|أطراف|اطراف|مدخل|مداخل|قرب|داخل|وسط"
                           r"|أحياء|احياء|ضواحي|بالقرب\s+من|على\s+مقربة\s+من|مقربة\s+من)(?:ها|ه)(?=[\s.،,؛:\"»)]|$)")
# a bare "من (بلدة) X": a native's home town as often as an origin ("الشهيد X من بلدة Y … في البلدة" is at Y)
_PLAIN_FROM = re.compile(r"(?:^|\s)من\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم)\s+)?[\"«(]*$")
_ANAPHOR_REACH = 400  # characters back to the town an anaphor's head noun introduced ("قرية X" … "القرية")
_SETTLEMENT = {"city", "community", "town", "neighbourhood", "site", "subdistrict", "foreign_city"}
# "من X", "انطلاقاً من X", "من اتجاه X", "من داخل منطقة X", "من فوق X", "من أجواء X": where fire or troops
# came from; also past a bearing after the direction word ("من اتجاه شمال شرق X", "من جهة جنوبي X", the way the
# army's statements say where Israel's missiles came from)
_ORIGIN = re.compile(
    r"(?:^|[\s\"«(])(\S+\s+)?(?:انطلاقا\s+|انطلاقاً\s+)?من\s+(?:(?:اتجاه|جهة|جهه|ناحية|ناحيه)\s+"
    r"(?:(?:جنوب|شمال|شرق|غرب)(?:ي|ى)?(?:\s*(?:ال)?(?:شرق|غرب)(?:ي|ى)?)?\s+)?|(?:داخل|الاراضي|الأراضي"
    r"|فوق|أجواء|اجواء|الأجواء|الاجواء|سماء)\s+)?"
    r"(?:(?:منطقة|منطقه|مدينة|مدينه|بلدة|بلده|قرية|قريه|مواقع|مناطق|العاصمة|العاصمه)\s+)?$"
)
# words before "من" that make it partitive ("الجهة الشرقية من المطار") or "near", not an origin
_PARTITIVE = frozenset({"الجهة", "الجهه", "الجزء", "القسم", "أطراف", "اطراف", "أجزاء", "اجزاء", "بالقرب",
                        "قريبة", "قريبه", "القريبة", "القريبه", "قريب", "القريب", "مقربة", "مقربه", "عدد",
                        "كل", "كلا", "كلاً", "كلًا", "أي", "اي", "إحدى", "احدى", "أحد", "احد", "أكثر", "اكثر", "مزيد",
                        "الريف", "ريف", "أنحاء", "انحاء", "مختلف", "عدة", "عده", "بعض", "العديد", "كثير",
                        # a city's bank or side ("الجانب الأيمن من مدينة الموصل", "الساحل الأيسر من المدينة",
                        # "الشطر الشرقي" is the compass adjectives' rule below)
                        "الجانب", "الشطر", "الأيمن", "الايمن", "الأيسر", "الايسر"})
# the adjective of a plural of places before "من" ("مناطق متفرقة من X", "أحياء مختلفة من X", "مناطق واسعة من X"):
# parts of X, never where fire came from (see _origin_here)
_SPREAD = frozenset({"متفرقة", "متفرقه", "المتفرقة", "المتفرقه", "مختلفة", "مختلفه", "المختلفة", "المختلفه",
                     "واسعة", "واسعه", "الواسعة", "الواسعه", "عديدة", "عديده", "العديدة", "العديده", "شتى"})
# leaving a place happens there: "انسحاب القوات من مدينة X", "خروج المسلحين من X"
_LEAVE = frozenset({"انسحاب", "انسحبت", "انسحب", "انسحبوا", "سحب", "خروج", "خرج", "خرجت", "خرجوا", "طرد",
                    "طردت", "فرار", "فروا", "هروب", "نزوح", "نزح", "تهجير", "إخراج", "اخراج", "إخلاء",
                    "اخلاء", "أخلت", "اخلت", "إجلاء", "اجلاء", "طردهم", "إبعاد", "ابعاد"})
# "مراسلنا في حلب", "مراسل الميادين في": the reporter's base
_REPORTER_WORD = r"(?:مراسل|مراسلة|مراسله|مندوب)\S*"
_REPORTER = re.compile(_REPORTER_WORD + r"(?:\s+\S+)?\s*في\s*$")
# the same past a settlement word ("مراسلنا في مدينة X", "مراسل درعا 24 في بلدة X"), and where a monitor's activists
# are ("نشطاء المرصد السوري في مدينة X")
_SETTLED = r"(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|محافظة|محافظه|منطقة|منطقه|ريف)\s+)"
# the same with the outlet's name in quotes ("أفاد مندوب "الوكالة الوطنية للإعلام" في X", "مراسل «الأخبار» في بلدة X"):
# a name of several words that no outlet list needs to hold
_REPORTER_QUOTED = re.compile(_REPORTER_WORD + r"\s+[\"«“][^\"«»“”\n]{2,40}[\"»”]\s*في\s*"
                              r"(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|محافظة|محافظه|منطقة|منطقه|ريف)\s+)?$")
_REPORTER_SETTLED = re.compile(r"(?:" + _REPORTER_WORD + r"(?:\s+\S+)?\s*في\s*" + _SETTLED
                               + r"|(?:نشطاء|ناشطو|ناشطي)\s+المرصد(?:\s+السوري)?(?:\s+لحقوق\s+الإنسان)?\s*في\s*"
                               + _SETTLED + r"?)$")
_SPOT_WORDS = 4  # words at most before a spot word with a pronoun ("وبعد ساعات، انفجرت قربها") that opens its act
_WEAK_LEVELS = ("country", "governorate")
_WIDE_LEVELS = ("country", "governorate", "region")  # places that hold towns


# a tanween before a letter other than alif ends a word that the scraper glued to the next ("جوياًمن اتجاه"):
# a space goes there before the diacritics are dropped (as rasd.arabic.glue does for the normalised view)
_GLUED_TANWEEN = re.compile(r"([\u064b-\u064d])(?=[\u0621-\u0626\u0628-\u0648\u064a])")


def _before(doc: Document, p: Span, n: int = 40) -> str:
    return _text_before(doc.text, p.start, n)


@lru_cache(maxsize=4096)
def _text_before(text: str, pos: int, n: int) -> str:
    """The ``n`` characters before ``pos``, unvowelled (the rules ask for them a dozen times a place: kept; the key
    hashes the article's text once, Python keeps a string's hash)."""
    return SHORT_VOWELS.sub("", _GLUED_TANWEEN.sub(r"\1 ", text[max(0, pos - n):pos]))


# head nouns that, opening a place's own name, still call it so: "مخيم الدهيشة" is "المخيم" after; "مدينة غزة" (Gaza
# City, not the Strip) or "مدينة دي موين" carry the noun as part of their name, no choice of the writer's to pick them
# out from the article's other towns as "المدينة"
_OWN_NAME_NOUNS = frozenset({"مخيم"})


def _called_by(doc: Document, p: Span, head: re.Pattern[str], noun: str) -> bool:
    """Whether the text calls place ``p`` by the head noun ``noun``: the noun before it ("بلدة X", ``head``) or
    opening its own name ("مخيم الدهيشة": the camp is called "المخيم" after)."""
    own = SHORT_VOWELS.sub("", doc.text[p.start:p.end])
    return bool(head.search(_before(doc, p, 15))) or (noun in _OWN_NAME_NOUNS and own.startswith(noun + " "))


def _sentence_before(doc: Document, main: Span) -> Span | None:
    """The sentence right before ``main`` (none at the text's start)."""
    return next((s for s in reversed(doc.layer("sentences")) if s.end <= main.start), None)


# what may stand between an origin and a place that only describes it: "من البادية بين مدينتي X وY",
# "انطلاقاً من منطقة X قرب Y", "من X وY"
# "من اتجاه أثريا جنوبي شرقي محافظة X", "من البحر المتوسط غربي مدينة X": a compass bearing from a place also only
# describes the origin
_BEARING = r"(?:(?:جنوب|شمال|شرق|غرب)(?:ي|ى)?(?:\s*(?:ال)?(?:شرق|غرب)(?:ي|ى)?)?\s+)"
# A settlement noun with no link word before it opens the verb's object instead ("قصفت المدفعية من قواعدها في ريف X
# بلدة Y": Y is the target)
_ORIGIN_TAIL = re.compile(
    r"^[\s\"»«)(]*(?:(?:(?:بين|ما\s+بين|قرب|بالقرب\s+من|عند|و)\s*|" + _BEARING + r")"
    r"(?:(?:مدينتي|مدينتَي|بلدتي|قريتي|مدينة|بلدة|قرية|منطقة|منطقتي|ريف|ريفي|محافظة|محافظه)\s+)?)?[\s\"«(]*$"
)
# the same when the origin is no place of the gazetteer: "من اتجاه البحر المتوسط غربي مدينة X", "انطلاقاً من
# البادية شرقي X" (a direction word or "انطلاقاً" first; up to three words that are no act nor target before the bearing,
# the bearing also set off by a comma: "نُفّذ من اتجاه الأراضي اللبنانية، شمال غربي X"), or is placed near a town
# ("انطلاقاً من مناطق سيطرة النظام قرب مدينة X", "من جهة البساتين القريبة من بلدة Y")
_ORIGIN_BEARING = re.compile(
    r"(?:^|\s)(?:(?:انطلاقا|انطلاقاً)\s+من\s+(?:(?:اتجاه|جهة|جهه|ناحية|ناحيه)\s+)?|من\s+(?:اتجاه|جهة|جهه|ناحية|ناحيه)\s+)"
    r"(?:(?!(?:مستهدف|استهدف|طال|على|في|الى|إلى|نحو|باتجاه|ضد)\S*\s)[^\s.،,؛;:]+\s+){0,2}"
    r"(?!(?:مستهدف|استهدف|طال|على|في|الى|إلى|نحو|باتجاه|ضد)\S*\s)[^\s.،,؛;:]+[،,]?\s+"
    r"(?:" + _BEARING + r"|(?:قرب|بالقرب\s+من|(?:ال)?(?:قريبة|قريبه|قريب)\s+من)\s+)"
    r"(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|محافظة|محافظه)\s+)?[\"«(]*$"
)
_ORIGIN_GAP = 30  # characters at most between an origin and a place that describes it


def _place_before(doc: Document, p: Span) -> Span | None:
    """The place that ends last before ``p``, at most ``_ORIGIN_GAP`` characters before it (None when none does)."""
    prev = [q for q in doc.layer("places") if q.end <= p.start and p.start - q.end <= _ORIGIN_GAP]
    return max(prev, key=lambda q: q.end) if prev else None


def _origin(doc: Document, p: Span) -> bool:
    """The place is where a strike or a movement came from ("نُفّذ من الجولان المحتل"), or a place
    that only describes that origin ("أُطلقت من البادية بين مدينتي X وY")."""
    memo: dict[tuple[int, int], bool] = doc.meta.setdefault("origin_places", {})
    key = (p.start, p.end)
    got = memo.get(key)
    if got is None:
        got = _origin_here(doc, p)
        if not got:
            q = _place_before(doc, p)
            if q is not None:
                got = q.start < p.start and bool(_ORIGIN_TAIL.match(SHORT_VOWELS.sub("", doc.text[q.end:p.start]))) \
                    and _origin(doc, q)
        memo[key] = got
    return got


# a journey's start named through a spot in the town: "أثناء عودته من سوق الهال في دمشق", "خلال توجههم من
# المدينة الجامعية في حلب", "أثناء عودتهم من أماكن عملهم في العاصمة دمشق" (a travel noun of the same clause, "من",
# up to three words, then "في" or "ب", "العاصمة" maybe before the name; not the verb "توجه", also "directs": "توجه
# المزيد من الضربات لـ… في X", nor a journey's end "من X إلى بيوتهم في Y"); not a way out of a building ("أثناء
# خروجه من أحد المساجد في مدينة X": the act is at X)
_JOURNEY_FROM = re.compile(
    r"(?:^|\s)[وفب]?(?:ال)?(?:عودة|عودته|عودتها|عودتهم|عودتهما|توجهه|توجهها|توجههم|توجههما|قادم|قادمة|قادمين"
    r"|قادمون|قدومه|قدومها|قدومهم)"
    r"(?:\s+[^\s.،,؛;:]+){0,2}\s+من\s+(?:(?!(?:إلى|الى|نحو|باتجاه)\s)[^\s.،,؛;:]+\s+){1,3}(?:في\s+|ب)"
    r"(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|العاصمة|العاصمه)\s+)?[\"«(]*$")


# a person said to be "from" a town ("شاب من مدينة X، قُتل برصاص مجهولين", "طفلين من بلدة Y"): the town is the
# person's home, like "من أبناء مدينة X" (_NATIVE), not where a strike or a movement came from
_PERSON_FROM = re.compile(r"(?:^|\s)([^\s.،,؛;:]+)\s+من\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه)\s+)?[\"«(]*$")


# what may open a list item before its first word: dashes, bullets, a number with its dot or bracket (not a bare
# number, a count: "36 أسيراً من X قُتلوا")
_LIST_MARK = re.compile(r"^[\s\-–—•*·]*(?:[(]?[\d٠-٩]+\s*[.)\-–]\s*)?$")


def _person_from(doc: Document, p: Span, opening: bool = False) -> bool:
    """``p`` follows a noun of a person (``count_nouns.tsv``, unit ``person``) and "من" (:data:`_PERSON_FROM`); with
    ``opening``, only where that noun opens its sentence or list item ("- طفل من بلدة X، قضى بانفجار لغم"), the way
    a monitor's list names each victim by home town."""
    before = _visible(_before(doc, p))[0]
    m = _PERSON_FROM.search(before)
    if m is None:
        return False
    if opening:
        sent = doc.sentence_of(p.start)
        lead = _visible(doc.text[sent.start if sent is not None else p.start:p.start])[0]
        k = lead.rfind(m.group(1))
        if k < 0 or not _LIST_MARK.match(lead[:k]):
            return False
    from rasd.events.lexicon import count_nouns  # (the events package builds on this one)

    word = norm_key(m.group(1))
    table = count_nouns()
    return any(table.get(w, ("", 0))[0] == "person"
               for w in (word, word[1:] if word[:1] in "وف" else word, word[2:] if word.startswith("ال") else word))


# a person seized "from" a town ("اختطف مسلحون يوم الثلاثاء سائق سيارة أجرة من مدينة X", "اعتقلت الدورية شاباً من
# بلدة Y"): taken there, or a native of it; either way the act's town, not where a strike or a movement came from
# (unless a journey comes between: "اعتقلت شاباً أثناء عودته من لبنان", _ON_THE_WAY); in Syria only: a round-up of
# raids abroad names the detainees by home town ("اعتقلت قوات الاحتلال 20 شاباً من بلدة X ومخيم Y"), not by the
# place of each raid
# (session 38, ce20: the doer and the time between commas may stand before the persons, "اعتقلت دورية تابعة لفرع
# المخابرات، يوم أمس الثلاثاء، سبعة شبان من مدينة X": a comma that closes a word is no clause's end, unless "و" opens
# the next one, _SEIZED_TURN)
_SEIZED_FROM = re.compile(r"(?:^|\s)[وف]?(?:اختطف|اختطفت|اختطفوا|خطف|خطفت|خطفوا|اعتقل|اعتقلت|اعتقلوا|اختطاف|اعتقال)"
                          r"((?:\s+[^\s.،,؛;:]+[،,]?){1,12})\s+من\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه)\s+)?[\"«(]*$")
# (nor a verb of descent, "ناشطاً ينحدر من مدينة X": his home town, not where he was taken)
_SEIZED_TURN = re.compile(r"[،,]\s*و|(?:^|\s)[وف]?(?:ال)?(?:ينحدر|تنحدر|ينحدرون|منحدر)\S*\s*$")
_ON_THE_WAY = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:عودة|عودته|عودتها|عودتهم|عودتهما|قادم|قادما|قادمة|قادمين|قادمون"
                         r"|قدومه|قدومها|قدومهم|توجهه|توجهها|توجههم|طريقه|طريقها|طريقهم|أثناء|اثناء|خلال|بعد|قبل"
                         r"|هروبه|هروبهم|فراره|فرارهم|نزوحه|نزوحهم|خروجه|خروجهم|مغادرته|مغادرتهم|سفره)(?:\s|$)")


# abroad too, the detainees' town is the raid's when the clause says their homes or the town were raided right there
# ("اعتقلت قوات الاحتلال ثمانية شبان من بلدة X شمال Y، بعد دهم منازل ذويهم", "… من مخيم Z، عقب اقتحامه"): one town
# only, not a round-up's list ("من بلدة X ومخيم Y")
_RAIDED_THERE = re.compile(r"^[^.؛;:\n]{0,40}?[،,]?\s*(?:بعد|عقب|إثر|اثر|خلال|أثناء|اثناء)\s+"
                           r"(?:(?:اقتحامه|اقتحامها|مداهمته|مداهمتها|دهمه|دهمها)(?![^\s.،,؛;:])"
                           r"|(?:ال)?(?:دهم|مداهمة|مداهمه|اقتحام)\s+(?:منازل|منزل|بيوت|منازلهم|منزله|منازلهما|بيوتهم"
                           r"|البلدة|البلده|المخيم|القرية|القريه|المدينة|المدينه)(?![^\s.،,؛;:]))")


def _raided_there(doc: Document, p: Span) -> bool:
    """After the seized persons' town ``p``, the clause tells the raid there (:data:`_RAIDED_THERE`), and no "و" lists
    a second town with it."""
    after = _visible(SHORT_VOWELS.sub("", doc.text[p.end:p.end + 90]))[0]
    m = _RAIDED_THERE.match(after)
    return m is not None and _SECOND_TOWN.search(after[:m.end()]) is None


_SECOND_TOWN = re.compile(r"(?:^|\s)و(?:مخيم|بلدة|بلده|قرية|قريه|مدينة|مدينه)\s")


_SEIZE_VERB = re.compile(r"(?:^|\s)[وف]?(?:اختطف|اختطفت|اختطفوا|خطف|خطفت|خطفوا|اعتقل|اعتقلت|اعتقلوا|يعتقل|تعتقل)"
                         r"(?=\s)[^.؛;:!?؟\n]*$")


def _lone_seized_town(doc: Document, p: Span) -> bool:
    """Abroad, the one settlement that a sentence of seizing names after "من" ("الاحتلال يعتقل شابين من X"،
    "واعتقلت شابين من بلدة X شرقاً"، "اعتقلت قوات الاحتلال، فجر اليوم، أربعة شبان من قرية X غرب Y"، "كما اعتقلت
    مواطنين اثنين من مدينة X جنوب Y، وأربعة آخرين من مدينة Z"): where they were seized, as ACLED codes such a
    report, unless the sentence lists a second town with "و" right after it (a round-up: "من بلدة X ومخيم Y") or a
    journey comes between ("أثناء عودته من …")."""
    if p.value.country in ("", HOME_COUNTRY) or p.value.level not in ("foreign_city", "site"):
        return False
    before = _visible(_before(doc, p, 160))[0]
    if not re.search(r"(?:^|\s)من\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم)\s+)?[\"«(]*$", before):
        return False
    verb = _SEIZE_VERB.search(before)
    if verb is None or _ON_THE_WAY.search(verb.group()):
        return False
    after = _visible(SHORT_VOWELS.sub("", doc.text[p.end:p.end + 40]))[0]
    return _SECOND_TOWN.match(" " + after.lstrip()) is None


# the aircraft fired while flying over a place ("أطلق رشقات من الصواريخ وهو يحلّق فوق الجولان المحتل، مستهدفاً
# نقاطاً في ريف دمشق", "أطلقت صواريخها وهي تحلق في أجواء X"): where the weapons came from, the target named after it
_FLYING_OVER = re.compile(
    r"(?:^|\s)[وف]?(?:أطلق|اطلق|أطلقت|اطلقت|أطلقوا|اطلقوا|أطلقها|اطلقها|أطلقته|اطلقته)(?:\s+[^\s.،,؛;:]+){0,5}?"
    r"[،,]?\s+(?:و(?:هو|هي|هم)\s+)?(?:يحلق|تحلق|محلقا|محلقة|محلقه|محلقين|محلقتين)\s+(?:في\s+)?"
    r"(?:فوق|أجواء|اجواء|سماء)\s+(?:(?:ال)?(?:أراضي|اراضي|الأراضي|الاراضي|منطقة|منطقه)\s+)?[\"«(]*$")


def _fired_flying_over(doc: Document, p: Span) -> bool:
    """The aircraft fired while flying over ``p`` (:data:`_FLYING_OVER`) and its sentence names another place after
    it, the target."""
    if not _FLYING_OVER.search(SHORT_VOWELS.sub("", _before(doc, p, 90))):
        return False
    sent = doc.sentence_of(p.start)
    return sent is not None and any(p.end < q.start < sent.end and q.value != p.value for q in doc.layer("places"))


def _origin_here(doc: Document, p: Span) -> bool:
    """The words right before the place make it the origin of a strike or a movement (not a person's home town,
    :func:`_person_from`)."""
    if _JOURNEY_FROM.search(_before(doc, p, 90)):
        return True
    if _person_from(doc, p, opening=True) or _home_told_again(doc, p):
        return False
    seized = _SEIZED_FROM.search(_visible(_before(doc, p, 120))[0])
    if seized is not None and not _ON_THE_WAY.search(seized.group(1)) and not _SEIZED_TURN.search(seized.group(1)) \
            and (p.value.country in ("", HOME_COUNTRY) or _raided_there(doc, p)):
        return False
    if _lone_seized_town(doc, p):
        return False
    before = _before(doc, p)
    if _fired_flying_over(doc, p):
        return True
    m = _ORIGIN.search(before)
    if m is None:
        return bool(_ORIGIN_BEARING.search(_before(doc, p, 80)))
    prev = (m.group(1) or "").strip()
    if prev.startswith("و") and prev[1:] in _PARTITIVE:
        prev = prev[1:]
    if prev in _PARTITIVE:
        return False
    if prev in _SPREAD:
        # "أطلقت الطائرات النار في مناطق متفرقة من مدينة X": the act is at the town; "in various areas of" a
        # country or a region names no one place of an act (a summary), and such a place stays unused
        return isinstance(p.value, PlaceRef) and is_broad(p.value)
    # the act of leaving, right before "من" or before its adjective ("الانسحاب الإسرائيلي من X")
    head = before[:m.start(1)].split() if m.group(1) else []
    for v in (prev, *head[-1:]):
        for w in (v, v[1:], v[2:]):
            if w in _LEAVE:
                return False
    # "الريف الغربي من درعا", "القسم الشمالي من": a compass adjective before "من" is partitive (not any
    # word in -ية: "توجه الدورية من مدينة X" is an origin)
    # ("تقع إلى الشرق من مدينة X": a bearing from X, near it, where no distance is told and no place of its own
    # comes before it that X would only locate, "بلدة Y الواقعة إلى الشمال من مدينة X")
    if prev.startswith("ال") and prev[2:] in _COMPASS:
        wide = _before(doc, p, 90)
        return _far_bearing(doc, p, wide[:len(wide) - len(before) + m.start(1)])
    return not (prev.startswith("ال") and any(c in prev for c in _COMPASS)
                and (prev.endswith("ي") or prev.endswith("ية") or prev.endswith("يه")))


_COMPASS = ("شرق", "غرب", "شمال", "جنوب")
_DISTANCE = re.compile(r"(?:^|\s)(?:على\s+)?بعد(?:\s|$)|كيلومتر|كيلو\s*متر|(?:^|\s)(?:كم|كلم)(?:\s|$)|\d")
# what lies between a place and the town a compass bearing locates it by ("بلدة Y الواقعة إلى الشمال من مدينة X")
_LOCATING_BEARING = re.compile(
    r"^[\s\"»)]*[،,]?\s*(?:(?:ال)?واقع(?:ة|ه)?\s+|(?:التي|الذي)\s+[تي]قع\s+|[تي]قع\s+)?(?:(?:إلى|الى)\s+)?"
    r"ال(?:شرق|غرب|شمال|جنوب)\s+من\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|محافظة|محافظه)\s+)?"
    r"[\s\"«(]*$")


# the same of a town the gazetteer lacks, named by its settlement noun ("في بلدة Y الواقعة إلى الشمال من X")
_NAMED_LOCATED = re.compile(r"(?:^|\s)[وفب]?(?:بلدة|بلده|قرية|قريه|مدينة|مدينه|مخيم|حي)\s+(?:[^\s.،,؛;:]+\s+){1,3}"
                            r"(?:ال)?واقع(?:ة|ه)?\s+(?:(?:إلى|الى)\s+)?$")


def _far_bearing(doc: Document, p: Span, head: str) -> bool:
    """``head``, the words before a compass noun and "من" ahead of ``p``, tell a distance ("على بعد 500 كيلومتر إلى
    الشمال من X": X is far from the act), or a place of its own comes right before the bearing ("بلدة Y الواقعة إلى
    الشمال من مدينة X": X only locates Y): X is then no place of the act (else "تقع إلى الشرق من مدينة X" is near X)."""
    if _DISTANCE.search(head[-40:]) or _NAMED_LOCATED.search(head):
        return True
    return any(q.end <= p.start and _LOCATING_BEARING.match(SHORT_VOWELS.sub("", doc.text[q.end:p.start]))
               for q in doc.layer("places") if q is not p and p.start - q.end <= 60)


# "محيط دمشق", "في محيط العاصمة السورية دمشق", "بمحيط مدينة X": the surroundings of a place, not the place
_AROUND = re.compile(r"(?:^|\s)[وفب]?(?:ال)?محيط\s+(?:[^\s.،,؛;:]+\s+){0,2}$")


def named_around(doc: Document, evidence: list[Span], place: PlaceRef) -> bool:
    """One of the ``evidence`` sentences names ``place`` as the surroundings of a town ("على محيط العاصمة
    دمشق"): an act there may lie anywhere in the outskirts, at a place some km off the town."""
    for p in doc.layer("places"):
        if not isinstance(p.value, PlaceRef) or p.value.id != place.id:
            continue
        if not any(s.start <= p.start < s.end for s in evidence):
            continue
        if p.value.role == "near" or _AROUND.search(_before(doc, p, 45)):
            return True
    return False


# "أطراف مدينة X", "على أطراف بلدتي X وY": the edges of a town, a narrower ring than its surroundings ("محيط")
_EDGES = re.compile(r"(?:^|\s)[وفب]?(?:ال)?[أا]طراف\s+(?:[^\s.،,؛;:]+\s+){0,2}$")


def named_at_edges(doc: Document, evidence: list[Span], place: PlaceRef) -> bool:
    """One of the ``evidence`` sentences names ``place`` by its edges ("أطراف مدينة سراقب"): an act at the town's
    outskirts, not anywhere in the ring of its surroundings."""
    return any(isinstance(p.value, PlaceRef) and p.value.id == place.id and any(s.start <= p.start < s.end
                                                                                  for s in evidence)
               and _EDGES.search(_before(doc, p, 45)) for p in doc.layer("places"))


@cache
def _reporter_of_outlet() -> re.Pattern[str]:
    """ "مراسل عنب بلدي في", "مراسلة تلفزيون سوريا في": a reporter of an outlet whose name has several words
    (data/outlets.tsv), whose base is no event place either."""
    from rasd.io.outlets import outlets

    names = sorted({n for o in outlets() for n in o.names_ar if " " in n.strip()}, key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
    return re.compile(_REPORTER_WORD + rf"\s+(?:{alts})\s*في\s*" + _SETTLED + "?$")


# An agency's dateline that opens a paragraph: the city the story was filed from, then (after a date, at most) the
# agency in brackets and a dash ("دمشق (رويترز) -", "بيروت، 3 آذار (أ ف ب) –", "عمّان (الأناضول) —"),
# or a numeric date and the agency's name before the dash ("نابلس 4-3-2025 وفا-"): where the reporter sits, not where
# the act told after it happened
_DATELINE_TAIL = re.compile(r"^[^.!?؟\n()]{0,25}\([^()\n]{2,30}\)\s*[-–—]"
                            # (or a dash and the outlet's name in quotes before a colon: "دمشق – «القدس العربي»:")
                            r"|^\s*[-–—]\s*[«\"][^»\"\n]{2,30}[»\"]\s*:"
                            r"|^\s+[\d٠-٩]{1,2}[-/][\d٠-٩]{1,2}[-/][\d٠-٩]{4}\s+[^\s\d.،,]{2,12}\s*[-–—]"
                            # (or the outlet's name between two dashes: "عمان - الغد - أعلنت", "دمشق – خاص – قال")
                            # (or a line of its own, the city and the agency: "بغداد – واع")
                            r"|^\s*[-–—]\s*[^\s\d.،,()\-–—]{2,15}(?:\s[^\s\d.،,()\-–—]{2,15})?\s*(?:[-–—]|\n)")


def dateline_city(doc: Document, p: Span) -> bool:
    """``p`` is the city of an agency's or an outlet's dateline (:func:`_dateline`)."""
    return _dateline(doc, p)


def _dateline(doc: Document, p: Span) -> bool:
    """``p`` is the city of an agency's dateline that opens its paragraph (:data:`_DATELINE_TAIL`)."""
    head = doc.text[max(0, p.start - 30):p.start]
    line = head[head.rfind("\n") + 1:] if "\n" in head else (head if p.start <= 30 else None)
    # (the second city of a dateline of two, "بيروت/دمشق (د ب أ) -": the agency's desks, both)
    if line is None or _DATELINE_CITIES.sub("", line.strip(" \u200f\u200e\"«")) != "":
        return False
    return bool(_DATELINE_TAIL.match(doc.text[p.end:p.end + 60]))


# the cities of a dateline before the last one, joined by slashes ("بيروت/", "القدس / رام الله /")
_DATELINE_CITIES = re.compile(r"^(?:[^\s/()\d.،,]{2,12}(?:\s[^\s/()\d.،,]{2,12})?\s*/\s*)+$")


# a speaker's own seat named after a verb of speech ("مضيفاً من منزله في X", "قال من مكتبه في X", "متحدثاً من منفاه
# في X"): where he spoke from, not where the act he tells of happened
_SPOKE_FROM = re.compile(
    r"(?:^|\s)[وف]?(?:قال|قالت|أضاف|اضاف|أضافت|اضافت|مضيفا|مضيفة|مضيفه|قائلا|قائلة|قائله|متحدثا|متحدثة|متحدثه"
    r"|مخاطبا|مخاطبة|مخاطبه|تحدث|تحدثت|خاطب|خاطبت)(?:\s+[^\s.،,؛;:]+){0,3}?\s+من\s+"
    r"(?:منزل|منزله|منزلها|بيته|بيتها|مكتبه|مكتبها|مقره|مقرها|منفاه|منفاها|مقر\s+إقامته|مقر\s+اقامته)"
    r"\s+(?:في\s+|ب)" + _SETTLED + r"?[\"«(]*$")


# the office a statement came from, named with its seat ("بحسب بيان لمديرية الأمن العام في حمص", "في بيان لقيادة
# الشرطة في محافظة X"): where the office sits, not where the act it reports was
_STATEMENT_OFFICE = re.compile(r"(?:بيان|بلاغ|تعميم)\s+(?:ل|من\s+)(?:ال)?(?:مديرية|مديريه|قيادة|قياده|وزارة|وزاره|فرع)"
                               r"(?:\s+[^\s.،,؛;:]+){1,3}\s+في\s*(?:محافظة\s+|محافظه\s+)?$")


# where a statement was issued or a press conference held ("في بيان صدر في دمشق", "في بيان صادر من أنقرة", "خلال
# مؤتمر صحفي عقده في بغداد"): the venue of the words, not the act's place when the sentence names another
_STATEMENT_VENUE = re.compile(
    r"(?:^|\s)[وفل]?(?:بيان|بلاغ|تصريح|تصريحات|مؤتمر\s+صحفي|مؤتمر\s+صحافي)\s+"
    r"(?:صدر|صادر|صادرة|صادره|أصدره|اصدره|أصدرته|اصدرته|عقده|عقدته|عقد|نشره|نشرته|أدلى\s+به|ادلى\s+به|أدلت\s+به|ادلت\s+به)"
    r"\s+(?:(?:اليوم|امس|أمس|مساء|صباح|ظهر|فجر)\s+){0,2}(?:في|من|ب)\s*(?:(?:العاصمة|العاصمه|مدينة|مدينه)\s+)?"
    r"[\s\"«(]*$")


# a hospital or a rescue service named with its seat as the subject of a verb of telling, what it told right after
# the seat ("أفاد مستشفى العودة في مخيم X بأن …", "وذكر الدفاع المدني في X أن …"): where the dead and wounded were
# counted, not where they were hit
_REPORTING_SERVICE = re.compile(
    r"(?:^|\s)[وف]?(?:أفاد|افاد|قال|ذكر|أعلن|اعلن|أكد|اكد|أوضح|اوضح)\S{0,2}\s+"
    r"(?:مستشفى|مستشفي|المستشفى|مجمع|الهلال\s+الأحمر|الهلال\s+الاحمر|الدفاع\s+المدني|الإسعاف|الاسعاف)"
    r"(?:\s+[^\s.،,؛;:]+){0,2}?\s*(?:في\s*(?:مخيم\s+|مدينة\s+|بلدة\s+)?|ب)$")
_TOLD_AFTER = re.compile(r"^[\s\"»]*(?:بأن|بان|بأنّ|أن|ان|أنّ|إن|إنّ)(?!\w)")


def _reporter(doc: Document, p: Span) -> bool:
    before = _before(doc, p, 60)
    return bool(_REPORTER.search(before[-30:]) or _REPORTER_SETTLED.search(before[-45:])
                 or _REPORTER_QUOTED.search(before)
                 or _reporter_of_outlet().search(before) or _spoke_from(doc, p)
                 or _STATEMENT_OFFICE.search(before) or _statement_venue(doc, p)
                 or (_REPORTING_SERVICE.search(before) is not None
                     and _TOLD_AFTER.match(doc.text[p.end:p.end + 12]) is not None))


def _spoke_from(doc: Document, p: Span) -> bool:
    """``p`` is the seat a speaker spoke from (:data:`_SPOKE_FROM`)."""
    return _SPOKE_FROM.search(_before(doc, p, 60)) is not None


# "مسيّرة أطلقتها الجماعات المنتشرة بريف X", "اعتداء التنظيمات المتمركزة في X", "جنوده المتمركزين في محيط بلدة X
# قصفوا …": where the ones who launched the weapon (or committed the aggression) are based, its origin (web text
# often glues the words: "جرّاءاعتداء")
_BASED = re.compile(r"(?:ال)?(?:منتشر|متمركز|متواجد|موجود)(?:ة|ه|ين|ون)\s*(?:في\s+|ب"
                    r"|على\s+(?:(?:محاور|محور|جبهات|جبهة|جبهه|خطوط|خط|تلال|تلة|تله|قمة|قمه|سفوح)\s+)?)"
                    r"(?:(?:في\s+|ب)?(?:محيط|أطراف|اطراف)\s+)?"
                    r"(?:(?:ريف|ريفي|مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|محافظة|محافظه)\s+)?$")
# aircraft that took off from a base ("مقاتلات أقلعت من قاعدة X في محافظة Y شنّت غارات على …"): the base and the
# area it lies in are where the planes came from, not their target
_TOOK_OFF = re.compile(r"(?:^|\s)[وف]?(?:أقلعت|اقلعت|أقلع|اقلع|أقلعتا|اقلعتا|أقلعوا|اقلعوا)\s+من\s+"
                       r"(?:[^\s.،,؛;:]+\s+){0,3}?(?:(?:في|ب)\s*)?"
                       r"(?:(?:محافظة|محافظه|مدينة|مدينه|ريف|منطقة|منطقه)\s+)?[\"«(]*$")
# (also the shells' own setting off: "القذائف انطلقت من القواعد التركية المتمركزة في محيط X")
_LAUNCHED = re.compile(r"أطلق|اطلق|انطلق|اعتداء|إعتداء")
# the verb of a relative clause that names the doer of an act noun ("قصف مدفعي نفذته قوات X المتمركزة في Y على بلدة
# Z", "غارة شنّتها طائرات …"): the doer's base, with the act's own place after it in the sentence
_DONE_BY = re.compile(r"(?:^|\s)(?:نفذته|نفذتها|نفذها|نفذه|شنته|شنتها|شنها|شنه)(?=\s)")
# the verb of fire right after the base of the force that is its subject ("مدفعية متمركزة في X قصفت …", "قوات النظام
# المتمركزة في X استهدفت …"): X is where the fire came from, not its target (the force that an act hits, "استهدفت
# المقاومة القوات المتمركزة في X", has no such verb after it)
_FIRE_AFTER = re.compile(r"(?:\s+[^\s.،,؛;:]+){0,3}?\s+[وف]?(?:قصفت|قصف|استهدفت|استهدف|أطلقت|أطلق|اطلقت|اطلق|تقصف|يقصف"
                         r"|تستهدف|يستهدف|فتحت|فتح|قصفوا|استهدفوا|أطلقوا|اطلقوا|فتحوا|يقصفون|يستهدفون)(?!\w)")
_CLAUSE = re.compile(r"[.،,؛;:]")  # a mark that ends a clause
# the weapon right after the base of a force (past the place's own brackets and a comma): "قصفت الفصائل المتمركزة في
# X، بقذائف الهاون قرية Y"; with a further place after the weapon, X is where the fire came from and Y its target
_WEAPON_AFTER = re.compile(r"^\s*(?:\([^()\n]{1,30}\))?\s*[،,]?\s*(?:ب|بال)"
                           r"(?:قذائف|قذيفة|قذيفه|مدفعية|مدفعيه|صواريخ|صاروخ|هاون|راجمات|رشاشات|أسلحة|اسلحة|مسيرات"
                           r"|مسيّرات|طائرات)\S*(?:\s+[^\s.،,؛;:]+){0,3}?\s+")
_FIRE_VERB = re.compile(r"(?:^|\s)[وف]?(?:قصفت|قصف|استهدفت|استهدف|أطلقت|أطلق|اطلقت|اطلق|قصفوا|استهدفوا|أطلقوا|اطلقوا"
                        r"|يقصف|تقصف|يستهدف|تستهدف)(?=\s)")
# where the fire came from: "مصدرها مواقع قوات النظام في X", "مصدر القصف نقاط الجيش في X", "مصدره اليمن"
_FIRE_SOURCE = re.compile(
    r"(?:^|\s)[وف]?(?:مصدرها|مصدره|مصدرهم|مصدرهما|مصدر\s+(?:ال)?(?:قصف|نيران|إطلاق|اطلاق|قذائف|صواريخ|رصاص|النار))"
    r"(?:\s+(?:هو|هي|من))?(?:\s+[^\s.،,؛;:]+){0,4}?\s+(?:(?:في|من)\s+|ب)?"
    r"(?:(?:ريف|ريفي|مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|محافظة|محافظه|معسكر|مواقع|موقع|نقاط)\s+)?[\s\"«(]*$"
    # the sources told at length, the forces named in full and around a town ("مصدره مواقع قوات سوريا الديمقراطية
    # "قسد" وقوات النظام في محيط X"): up to nine words that are no act on a target, then "في (محيط) X"
    r"|(?:^|\s)[وف]?(?:مصدرها|مصدره|مصدرهم|مصدرهما)\s+(?:مواقع|موقع|نقاط|مناطق)"
    r"(?:\s+(?!(?:استهدف|طال|سقط|على|ضرب|أصاب|اصاب|في|ب)\S*\s)[^\s.،,؛;:]+){1,9}?"
    # (a town's surroundings and its settlement noun both: "في محيط بلدة X")
    r"\s+(?:في|ب)\s*(?:(?:محيط|أطراف|اطراف)\s+)?(?:(?:ريف|مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه)\s+)?"
    r"[\s\"«(]*$")
_LAUNCH_WORDS = 5  # words at most between the launch (or aggression) word and "المنتشرة في"
# "القيادي … الملقب بـ أبو X الحلبي": a nickname names a person, not a place
_NICKNAME = re.compile(r"(?:الملقب|الملقّب|الملقبة|المكنى|المكنّى)\s*(?:بـ|ب)?\s*(?:[^\s.،,؛;:]+\s+){0,3}$")


# the positions the fire was launched from: "قصفت قوات X من مواقعها في مدينة Y", "قذائف أطلقتها من نقطتها العسكرية
# قرب بلدة Y", "من مواقعها في محيط مدينة Y" (a fire word earlier in the sentence; not "نقطة من نقاطها في Y", a part of
# them that was hit, nor "انسحبت من مواقعها في Y", a leaving that happens there)
_POSTS_FROM = re.compile(
    r"(?:^|\s)(\S+)\s+من\s+(?:مواقع|موقع|نقاط|نقطت|نقطة|نقطه|ثكن|قاعدت|قاعدة|قاعده|قواعد|مقر|مقار|مرابض|منص|تمركز)"
    r"\S*(?:\s+[^\s.،,؛;:]+){0,3}?\s+(?:في|ب|قرب|بالقرب\s+من|عند|داخل|(?:في\s+|ب)?محيط)\s+"
    r"(?:(?:منطقة|منطقه|مدينة|مدينه|بلدة|بلده|قرية|قريه|ريف|ريفي|مطار|معسكر)\s+)?[\s\"«(]*$")
_SHOOT = re.compile(r"قصف|قذائف|قذيف|أطلق|اطلق|ستهدف|صاروخ|صواريخ|رشق|نيران|مدفع|رصاص|قنص|مسير|مسيّر|راجم|هاون")
_SETTING_OFF = re.compile(r"^[وف]?(?:انطلاقا|انطلاقاً|انطلاقًا)$")
_POST_NOUN = re.compile(r"^[وب]?(?:ال)?(?:مواقع|موقع|نقاط|نقطة|نقطه|ثكن|قاعد|قواعد|مقر|مقار|عدد|عدة|عده)")


# session 43 (pl30): the next item of a list of such positions ("أُطلقت من مواقع قوات النظام في الفوج 46 ومحيط قرية
# X"): "و", maybe a town's surroundings, after the first item's place (which the gazetteer may lack)
_POSTS_LIST = re.compile(
    r"(?:^|\s)(\S+)\s+من\s+(?:مواقع|موقع|نقاط|نقطت|نقطة|نقطه|ثكن|قاعدت|قاعدة|قاعده|قواعد|مقر|مقار|مرابض|منص|تمركز)"
    r"\S*(?:\s+[^\s.،,؛;:]+){0,3}?\s+(?:في|ب|قرب|عند|داخل)\s*(?:[^\s.،,؛;:]+\s+){1,3}?"
    r"و(?:(?:محيط|أطراف|اطراف)\s+)?(?:(?:منطقة|منطقه|مدينة|مدينه|بلدة|بلده|قرية|قريه|مطار|معسكر)\s+)?[\s\"«(]*$")


def _posts_from(doc: Document, p: Span) -> bool:
    """The place is where the positions that the sentence's fire was launched from lie ("من مواقعها في X"), or the
    next item of a list of them ("من مواقعها في X ومحيط قرية Y": every place between is such a position too)."""
    before = _before(doc, p, 90)
    m = _POSTS_FROM.search(before)
    if m is None:
        m = _POSTS_LIST.search(before)
        lo = p.start - (len(before) - m.start()) if m is not None else p.start
        if m is not None and any(lo <= q.start and q.end <= p.start and not _posts_from(doc, q)
                                 for q in doc.layer("places")):
            return False
    if m is None or m.group(1) in _PARTITIVE or _POST_NOUN.match(m.group(1)):
        return False
    # "انطلاقاً من مواقعها في X": setting off from the positions, by fire or by a movement (an infiltration, an
    # attack), says where it came from without a word of fire
    if _SETTING_OFF.match(m.group(1)):
        return True
    sent = doc.sentence_of(p.start)
    lo = sent.start if sent is not None else max(0, p.start - 160)
    head = SHORT_VOWELS.sub("", doc.text[lo:p.start])[:-(len(before) - m.start())]
    if any(w.strip("وفب") in _LEAVE for w in head.split()[-4:]):
        return False
    # (the verb of fire may be the word right before "من": "قصفت، من قواعدها في محيط X، قريتين …")
    return bool(_SHOOT.search(head[-120:]) or _SHOOT.search(m.group(1)))


def _launch_base(doc: Document, p: Span) -> bool:
    """The place is where the ones who launched the weapon are based, or continues a list of such places
    ("المنتشرة في ريفي اللاذقية وإدلب"), or where the fire came from ("قذائف مصدرها مواقع قوات X في بلدة Y",
    "صاروخ مصدره اليمن", "قصفت من مواقعها في X")."""
    before = _before(doc, p, 90)
    if _fire_source(doc, p) or _posts_from(doc, p) or _TOOK_OFF.search(before):
        return True
    m = _BASED.search(before)
    if m is not None:
        head = before[:m.start()]
        k = max((w.start() for w in _LAUNCHED.finditer(head)), default=-1)
        if k >= 0 and not _CLAUSE.search(head, k) and len(head[k:].split()) <= _LAUNCH_WORDS:
            return True
        # the words between the last verb of fire of the clause and "المتمركزة في" (None: no such verb)
        f = max((w.end() for w in _FIRE_VERB.finditer(head)), default=-1)
        subject = len(head[f:].split()) if f >= 0 and not _CLAUSE.search(head, f) else None
        # the nominative "المتمركزون في X" after a verb of fire in its clause ("قصف جيش الاحتلال ومرتزقته المتمركزون
        # في X بالمدفعية محيط Y"): X is the base of the verb's subject, where the fire came from (the side hit takes
        # "المتمركزين")
        if subject is not None and subject <= _LAUNCH_WORDS and m.group(0).split()[0].endswith("ون"):
            return True
        # the force right after a verb of fire, based in X, and a place after X in the same clause ("قصفت القوات
        # التركية المتمركزة في محيط X بالمدفعية قرى في ريف Y"): X is the base of the verb's subject, Y the target
        if subject is not None and subject <= _SUBJECT_WORDS and _place_after_in_clause(doc, p):
            return True
        if _FIRE_AFTER.match(doc.text, p.end, min(len(doc.text), p.end + 60)) is not None:
            return True
        done = max((w.end() for w in _DONE_BY.finditer(head)), default=-1)
        if done >= 0 and not _CLAUSE.search(head, done) and len(head[done:].split()) <= _LAUNCH_WORDS \
                and (sent := doc.sentence_of(p.start)) is not None \
                and any(p.end < q.start < min(sent.end, p.end + _TARGET_REACH) for q in doc.layer("places")):
            return True
        w = _WEAPON_AFTER.match(SHORT_VOWELS.sub("", doc.text[p.end:p.end + 90]))
        sent = doc.sentence_of(p.start)
        return w is not None and sent is not None and _FIRE_VERB.search(SHORT_VOWELS.sub("", head)) is not None \
            and any(p.end < q.start < sent.end for q in doc.layer("places"))
    q = _place_before(doc, p)
    if q is None:
        return False
    return q.start < p.start and bool(_ORIGIN_TAIL.match(SHORT_VOWELS.sub("", doc.text[q.end:p.start]))) \
        and _launch_base(doc, q)


_SUBJECT_WORDS = 3  # words at most between a verb of fire and "المتمركزة في" for the force to be its subject
_TARGET_REACH = 100  # characters at most from a base to the target named after it in its clause


def _place_after_in_clause(doc: Document, p: Span) -> bool:
    """Another place follows ``p`` in its clause, within :data:`_TARGET_REACH` characters."""
    return any(p.end < q.start <= p.end + _TARGET_REACH and q.value != p.value
               and not _CLAUSE.search(doc.text, p.end, q.start) for q in doc.layer("places"))


def _fire_source(doc: Document, p: Span) -> bool:
    """The place is where the fire came from, or lies in such a place or continues a list of them ("مصدرها مواقع
    قوات X في معسكر Y بسهل Z وبلدة W")."""
    if "مصدر" not in doc.text:
        return False  # (every source phrase of _FIRE_SOURCE holds the word)
    before = _before(doc, p, 90)
    m = _FIRE_SOURCE.search(before)
    if m is not None:
        # (the phrase ends at its first place: "مصدره مواقعها في X استهدف مدينة Y" is a strike on Y; a list of
        # sources goes on below)
        lo = p.start - (len(before) - m.start())
        return not any(lo <= q.start < p.start for q in doc.layer("places"))
    q = _place_before(doc, p)
    if q is None:
        return False
    tail = SHORT_VOWELS.sub("", doc.text[q.end:p.start])
    return q.start < p.start and bool(_ORIGIN_TAIL.match(tail) or _IN_TAIL.match(tail)) and _fire_source(doc, q)


# a place that only says where the one before it lies: "معسكر X بسهل Y", "X في ريف Y"
_IN_TAIL = re.compile(r"^[\s\"»«)(]*(?:في\s+|ب)(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|ريف|ريفي)\s+)?"
                      r"[\s\"«(]*$")


def _nickname(doc: Document, p: Span) -> bool:
    return bool(_NICKNAME.search(_before(doc, p, 40)))


# "عند الحدود مع لبنان", "على الحدود الشمالية مع X": the country named after the border is its far side; the event
# is on the near side (the land the sentence is about), unless the sentence strikes across it ("استهدف مواقع عند
# الحدود مع فلسطين المحتلة": a strike is at its target's side)
_ACROSS_BORDER = re.compile(r"(?:^|\s)\S{0,3}حدود\S{0,3}(?:\s+(?:ال)?\S+ي[ةه])?\s+مع\s*[\"«(]*$")
_STRIKE_WORDS = re.compile(r"ستهد|قصف|مواقع|موقع|عمليات|عملياته|صاروخ|صواريخ|قذائف|قذيف|غار[ةه]|غارات|مسير|مسيّر")


def _across_border(doc: Document, p: Span) -> bool:
    """A country named only as the far side of a border the event happens at."""
    if p.value.level != "country" or not _ACROSS_BORDER.search(_before(doc, p, 40)):
        return False
    sent = doc.sentence_of(p.start)
    head = doc.text[sent.start if sent is not None else max(0, p.start - 200):p.start]
    return not _STRIKE_WORDS.search(head)


def _usable(p: Span) -> bool:
    v: PlaceRef = p.value
    return v.role != "reference"


# the yardstick of a comparison, up to the place in its clause ("أصعب كثيراً من العمليات التي خاضها الجيش في X"،
# "أشد من قصف X عام 2014"): the place of the past act compared with, not of the news (events.frames._compared_with)
_YARDSTICK = re.compile(r"(?:^|\s)(?:أصعب|أسهل|أشد|أسوأ|اسوأ|أخطر|أعنف|أقسى|أفظع|أبشع|أدمى|أضخم)"
                        r"(?:\s+(?:كثيرا|كثيراً|بكثير|بمراحل|جدا|جداً|بأضعاف))?\s+من\s+[^.،,؛;:\n]*$")


# a clause that only describes the people of the act by their home area ("ألقت القبض على السائق ومرافقه، وهما من
# أبناء ريف دمشق"): a wide home area is who they are, not where the act happened (a town keeps the rules of
# _NATIVE)
_DESCRIBED_NATIVE = re.compile(r"(?:^|\s)[وف]?(?:هو|هي|هما|هم|هن)\s+(?:(?:جميعا|جميعاً|جميعهم|كلهم)\s+)?من\s+"
                               r"(?:أبناء|ابناء|مواليد|سكان|أهالي|اهالي)\s+"
                               r"(?:(?:محافظة|محافظه|منطقة|منطقه|مدينة|مدينه|بلدة|بلده|قرية|قريه)\s+)?"
                               r"[\"«(]*$")


# the same told of a part of the people already counted ("وأن اثنين منهم من سكان مخيم X"، "ثلاثة منهم من أبناء
# بلدة Y"): who some of them are, a town as well as a wide area; the act's place is the one told before
_PART_NATIVE = re.compile(r"(?:^|\s)منه(?:م|ما|ن)\s+(?:(?:جميعا|جميعاً)\s+)?من\s+"
                          r"(?:أبناء|ابناء|مواليد|سكان|أهالي|اهالي)\s+"
                          r"(?:(?:محافظة|محافظه|منطقة|منطقه|مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم)\s+)?[\"«(]*$")


def _placed_earlier(doc: Document, p: Span) -> bool:
    """A sentence before ``p``'s names a place of an act (not a reference, a road or a weak name)."""
    start = max((s.start for s in doc.layer("sentences") if s.start <= p.start), default=0)
    return any(q.end <= start and isinstance(q.value, PlaceRef) and q.value.role in ("place", "near")
               and q.value.level != "country" and not _weak(q) for q in doc.layer("places"))


def _described_native(doc: Document, p: Span) -> bool:
    """``p`` is a wide home area (:func:`is_broad`) in a clause that describes the people
    (:data:`_DESCRIBED_NATIVE`), or any home place of a part of them (:data:`_PART_NATIVE`)."""
    if not isinstance(p.value, PlaceRef) or p.value.level == "country":
        return False
    before = _visible(_before(doc, p, 60))[0]
    if (is_broad(p.value) and _DESCRIBED_NATIVE.search(before) is not None) or _PART_NATIVE.search(before):
        return True
    if _DESCRIBED_NATIVE.search(before) is not None and _placed_earlier(doc, p):
        # (a town too, in a sentence after the one that placed the act: "قُتل عنصران … قرب بلدة X" then "أدى
        # الانفجار إلى مقتل عنصرين، هما من أبناء بلدة Y": who the dead are, not a second or narrower place)
        return True
    # (a place that only says where that home lies: "من سكان مخيم X في مدينة Y")
    q = _place_before(doc, p)
    return q is not None and q.start < p.start and _IN_TAIL.match(SHORT_VOWELS.sub("", doc.text[q.end:p.start])) \
        is not None and _PART_NATIVE.search(_visible(_before(doc, q, 60))[0]) is not None


# the acts of a kind that the people held are charged with, and their area ("القبض على شخصين متهمين بالتورط في عمليات
# خطف وسلب على طريق X، خلال مداهمة في بلدة Y", "اعتقال مطلوبين بتهمة المشاركة في جرائم قتل في X"): the place of
# those acts told in general, not of the arrest (in one clause after the charge)
_CHARGED_ACTS = re.compile(
    r"(?:^|\s)[وف]?(?:ال)?(?:متهم|متورط|ضالع|بتهمة|بتهم)[^\s.،,؛;:]*\s+(?:[^\s.،,؛;:]+\s+){0,3}"
    r"(?:عمليات|جرائم|حوادث)\s+[^.،,؛;:!?؟\n]*$")


def _charged_acts_place(doc: Document, p: Span) -> bool:
    """The place ``p`` is the area of acts a charge names (:data:`_CHARGED_ACTS`)."""
    return _CHARGED_ACTS.search(_visible(_before(doc, p, 100))[0]) is not None


# session 39 (dp22): the sound of an act told before, heard far from it ("وتردد صدى الانفجارات في أرجاء القرى وصولاً
# إلى X", "سُمع دويّها في X", "دوي الغارات سُمع حتى X"): an echo or a sound with a pronoun or a definite act noun, and
# the place named in the same clause after it, is where it was heard, not where it struck (an indefinite "سُمع دوي
# انفجار في X" tells an explosion in X)
_HEARD_AT = re.compile(r"(?:^|\s)[وف]?(?:صداها|صداه|دويها|دويه|دويهما|دويّها|دويّه|صوتها|"
                       r"(?:صدى|أصداء|اصداء|دوي)\s+(?:الانفجار|الانفجارات|الغارة|الغارات|القصف|التفجير|التفجيرات|"
                       r"الضربات|الصواريخ|الاشتباكات|المعارك))"
                       r"[^.،,؛;:!?؟|\n]{0,90}$")


def _heard_at(doc: Document, p: Span) -> bool:
    """The place ``p`` is where the sound of an act told before was heard (:data:`_HEARD_AT`)."""
    return _HEARD_AT.search(_before(doc, p, 110)) is not None


# aircraft flying over places ("فيما حلّقت طائرات الاستطلاع في أجواء قرى قضاءَي صور وبنت جبيل", "حلق الطيران
# المسيّر فوق بلدات X وY"), unvowelled: a list of villages flown over, not of villages an act hit
_FLOWN_OVER = re.compile(r"(?:^|\s)[وف]?(?:حلق|حلقت|يحلق|تحلق|حلقوا|تحليق|وتحليق)(?:\s+[^\s.،,؛;:]+){0,4}?\s+"
                         r"(?:في\s+)?(?:أجواء|اجواء|سماء|فوق)(?:\s+[^\s.،,؛;:]+){0,5}?\s*[\"«(]*$")


def _target(doc: Document, p: Span, pivot: int | None = None) -> bool:
    """A place the event can be at: not a reference, an origin, a destination, a reporter's base, a
    gazetteer namesake that the sentence's own locating phrase contradicts, nor a place inside a
    "since …" phrase (unless ``pivot``, the trigger, lies in that phrase too)."""
    if not _usable(p):
        return False
    # the pivot-free part depends only on the text and the places layer: once per place and document
    memo: dict[tuple[int, int], tuple[bool, int | None, int]] = doc.meta.setdefault("target_places", {})
    key = (p.start, p.end)
    got = memo.get(key)
    if got is None:
        blocked = key in doc.meta.get(FAR_NAMESAKES, ()) \
            or _origin(doc, p) or _reporter(doc, p) or _dateline(doc, p) or _destination(doc, p) \
            or _namesake(doc, p) or _launch_base(doc, p) or _nickname(doc, p) or _speaker(doc, p) \
            or _across_border(doc, p) or _YARDSTICK.search(_before(doc, p, 90)) is not None \
            or _described_native(doc, p) or _charged_acts_place(doc, p) or _heard_at(doc, p)
        since, until = None, p.start
        if not blocked:
            since = _since_start(doc, p)
            if since is None:
                since = _cause_start(doc, p)
            if since is None:
                since = _their_act_start(doc, p)
            if since is None:
                since, until = _motive_bounds(doc, p)
        got = memo[key] = (blocked, since, until)
    blocked, since, until = got
    if blocked or (pivot is not None and _after_new_act(doc, p, pivot)):
        return False
    return since is None or (pivot is not None and since <= pivot < until)


def _after_new_act(doc: Document, p: Span, pivot: int) -> bool:
    """The place ``p`` follows, after the act word at ``pivot`` and a place of its own, the words of a further act
    joined by "و" (:data:`_NEW_ACT_GAP`: "مقتل جنديين بهجوم في X ومعلمون يحتجون في Y"): Y is that act's place, not
    the first act's."""
    sent = doc.sentence_of(p.start)
    if sent is None or not sent.start <= pivot < p.start:
        return False
    q = max((q for q in doc.layer("places") if pivot <= q.start and q.end <= p.start), key=lambda q: q.end,
            default=None)
    if q is None:
        # "وفي حي X، قصفت السرايا تجمعاً للجنود، كما تمكنت من قنص جندي في حي Y": the act placed by the sentence's
        # opening, then a clause of a further act ("، كما …") at a place of its own
        return _AS_WELL_CLAUSE.search(doc.text, pivot, p.start) is not None and any(
            sent.start <= o.start and o.end <= pivot and _usable(o)
            and _OPENING_IN.match(SHORT_VOWELS.sub("", doc.text[sent.start:o.start])) is not None
            for o in doc.layer("places"))
    gap = _INVISIBLE.sub("", doc.text[q.end:p.start])
    if _new_act_gap(gap):
        return True
    # a headline's second act, its object told at more length ("إسقاط مسيّرتين باتجاه X ونشر نقطة جديدة للشرطة
    # العسكرية في Y"): Y is that act's place
    first = next(iter(doc.layer("paragraphs")), None)
    return first is not None and first.start <= sent.start < first.end and len(gap) <= 45 \
        and not _CLAUSE.search(gap) and _NEW_ACT_GAP_LONG.search(gap) is not None


# the opening of a sentence that places its act ("وفي حي X، …"، "أما في مدينة X، …"; up to the place's name)
_OPENING_IN = re.compile(r"^\W*(?:[وف]?(?:أما|اما)\s+)?[وف]?(?:في|فى)\s+(?:[^\s،,.]+\s+){0,2}$")
# a clause that adds a further act after a comma ("، كما تمكنت من قنص …"، "، كما استهدفت …")
_AS_WELL_CLAUSE = re.compile(r"[،,]\s*[وف]?كما\s+(?!(?:أن|ان|أنّ|أفاد|أفادت|ذكر|ذكرت|أشار|أشارت|قال|قالت)\s)")


def _new_act_gap(gap: str) -> bool:
    """The words ``gap`` between two places, short and of one clause, open a further act joined by "و"
    (:data:`_NEW_ACT_GAP`): the place after them is that act's, no item of a list with the place before them."""
    return len(gap) <= 30 and not _CLAUSE.search(gap) and _NEW_ACT_GAP.search(gap) is not None


# "من X إلى Y", "أثناء توجه الدورية إلى Y": the end of a journey; what happens on the way happens
# neither at its origin nor at its destination
_DEST_TAIL = re.compile(
    r"^[\s\"»«)(]*(?:إلى|الى|حتى)\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|مخيم)\s+)?[\s\"«(]*$")
_DEST = re.compile(
    r"(?:^|\s)(?:إلى|الى|نحو|باتجاه|بإتجاه)\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|مخيم)\s+)?[\"«(]*$")
# the attackers' way out: "قبل أن ينسحبوا باتجاه X", "لاذوا بالفرار نحو X", also past a described noun ("انسحبوا
# باتجاه القرى الجبلية في ريف X", "فرّوا نحو الأحراج المحيطة بقرية X"); where they fled is not where they struck
# (the verb in any person and number, the dual too ("ثم لاذا بالفرار باتجاه X"), also before its subject: "قبل أن
# يفرّ المهاجمون باتجاه X", "هرب المسلح نحو X")
_WAY_OUT = re.compile(r"(?:^|\s)[وف]?(?:انسحب|انسحبت|انسحبوا|انسحبا|ينسحب|ينسحبوا|ينسحبون|ينسحبا|تنسحب|انسحابهم"
                      r"|انسحابهما|لاذ|لاذت|لاذوا|لاذا|[يت]فرّ?(?:وا|ون|ان|ا)?|فرّ(?:وا|ت|ا)?|فروا|فرت|فرا|فرارهم|فرارها"
                      r"|فراره|فرارهما"
                      r"|[يت]?هرب(?:وا|ت|ون|ان|ا)?)"
                      r"(?:\s+[^\s.،,؛;:]+){0,6}\s*$")
_WAY_OUT_TO = re.compile(
    r"(?:^|\s)(?:إلى|الى|نحو|باتجاه|بإتجاه)\s+(?:(?:ال[^\s.،,؛;:]+\s+){1,3}(?:في\s+|ب))?"
    # (session 42, pd28: also into the depth of a desert or a region: "لاذوا بالفرار باتجاه عمق البادية")
    r"(?:(?:عمق|أعماق|اعماق|داخل)\s+)?"
    # (session 43, iq30: also into the cover of a place's land, in construct: "قبل أن يفرّ المهاجمون باتجاه بساتين حوض
    # نهر X", "لاذوا بالفرار نحو أحراش قرية X")
    r"(?:(?:بساتين|بستان|أحراش|احراش|أحراج|احراج|مزارع|أراضي|اراضي|حوض|وادي|ضفاف|نهر|جبال|تلال|سلسلة|سلسله)\s+){0,3}"
    # (also to their own positions there: "انسحبوا نحو مواقعهم في ريف X", "انسحب العناصر نحو نقاط شرق الفرات")
    r"(?:(?:مواقع|مواقعها|مواقعهم|مواقعه|نقاط|نقاطها|نقاطهم|مقرات|مقراتها|مقراتهم)\s+(?:(?:في|ب)\s*)?)?"
    r"(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|مخيم|ريف)\s+)?[\"«(]*$")
# a journey named before the "إلى": a travel verb or noun of the same clause (no comma between; the participle also in
# the accusative, "متجهاً نحو مدينة X", whose tanween the unvowelled text keeps as an alif)
_TRAVEL = re.compile(
    r"(?:^|\s)[وفب]?(?:ال)?(?:توجه|توجّه|توجهه|توجهها|توجههم|متوجه|متوجهة|متوجهين|متوجها|متجه|متجهة|متجها|متجهين"
    r"|طريقها|طريقه|طريقهم"
    r"|عودة|عودته|عودتها|عودتهم|ذهاب|قادم|قادمة|قادمين|نقل|نقلهم|إسعاف|اسعاف|سفر|انتقال"
    r"|سافر|سافرت|سافروا|يسافر|تسافر|يسافرون|ذهب|ذهبت|ذهبوا|ذهبا|يذهب|تذهب|يذهبون"
    r"|اقتاد|اقتادت|اقتادوا|اقتادته|اقتادها|اقتادتها|اقتادهم|اقتادتهم|اقتادتهما|اقتادوه|اقتادوهم|اقتيد|اقتيدوا"
    r"|يقتادون|تقتاد)"
    r"(?:\s+[^\s.،,؛;:]+){0,8}\s*$")


# the way of the side hit, told by where it was heading only: "استهدفت مسيّرة قافلة مدنية كانت متجهة إلى سد X",
# "استُهدفت سيارة متوجهة نحو بلدة X" (a participle of heading right before the link word)
_HEADING_TO = re.compile(
    r"(?:^|\s)[وف]?(?:ال)?(?:متجه|متجهة|متجهه|متجها|متجهين|متجهون|متوجه|متوجهة|متوجهه|متوجها|متوجهين|متوجهون)"
    r"\s+(?:إلى|الى|نحو|باتجاه|بإتجاه)\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|مخيم)\s+)?[\"«(]*$")


def _headed_for(doc: Document, ev: Span) -> Span | None:
    """The place ``ev`` names only as where the side hit was heading ("قافلة … كانت متجهة إلى X"), with no origin
    of that journey ("من X متجهاً إلى Y": the act happened on the way, between them): the destination is the one
    place the text gives for the act."""
    places = _in(doc.layer("places"), ev.start, ev.end)
    heading = [p for p in places if _usable(p) and _HEADING_TO.search(SHORT_VOWELS.sub("", _before(doc, p, 60)))]
    if not heading or any(_origin(doc, q) for q in places):
        return None
    p = heading[0]
    if _reporter(doc, p) or _launch_base(doc, p) or _namesake(doc, p) or _speaker(doc, p):
        return None
    # (a guess at best: a headline that names a precise place of the act but not the destination, "استهداف قافلة
    # الجرحى أمام مستشفى X", tells where the act was, not the lead's "قافلة كانت متجهة نحو معبر Y")
    paras = doc.layer("paragraphs")
    if paras and not paras[0].start <= ev.start < paras[0].end:
        heads = [q for q in _in(doc.layer("places"), paras[0].start, paras[0].end) if not _weak(q) and _target(doc, q)]
        if heads and all(q.value.id != p.value.id for q in heads):
            return None
    return p


# the arrival of casualties: "وصول 12 شهيداً إلى مستشفى X", "وصلت إصابات إلى مجمع X الطبي"
# (no word boundary before: scraped text glues words, "مراسل الميادينبوصول")
_ARRIVAL = re.compile(r"(?:وصول|وصل|وصلت|وصلوا|يصل|تصل)(?:\s+[^\s.،,؛;:]+){0,6}\s*$")
_HOSPITAL = re.compile(r"(?:مستشفى|مستشفي|مشفى|مشفي|مجمع|المستشفى|المستشفي|المشفى|المشفي)")
_TO_WORD = re.compile(r"(?:^|\s)(?:إلى|الى)\s*$")


# the hospital the wounded were taken to, named before its town: "نُقل الجريح إلى المشفى الوطني في جبلة", "أسعف
# المصابون إلى مشفى مصياف الوطني" (the town after the hospital word, or after "في" up to three words on); so is the
# branch or prison detainees were led to ("واقتادتهم إلى فرع الأمن العسكري في درعا", "اقتيد إلى سجن X"): not
# where they were seized
_HOSPITAL_DEST = re.compile(
    r"(?:^|\s)(?:إلى|الى)\s+(?:ال)?(?:مستشفى|مستشفي|مشفى|مشفي|مستوصف|مجمع|فرع|سجن|معتقل|مقر|مفرزة|مفرزه|أحد\s+سجون|احد\s+سجون"
    r"|(?:أحد|احد)\s+(?:مشافي|مستشفيات))"
    r"(?:\s+[^\s.،,؛;:]+){0,3}?(?:\s+(?:في|ب))?\s*$")
# the same with a settlement word before the town, for those led away ("واقتادت معها ثلاثة شبان إلى فرع الأمن
# العسكري في مدينة درعا")
_LED_DEST = re.compile(_HOSPITAL_DEST.pattern[:-len(r"\s*$")] + r"(?:\s+(?:مدينة|مدينه|بلدة|بلده|قرية|قريه))?\s*$")


# a care facility named right before a place ("في عيادة طبية في بلدة X"، "من داخل مستشفى X"، "في مستوصف Y"; up to three
# words between, then "في"/"ب" and a word of settlement): with a verb of receiving care in the sentence
# (_CARE_VERB: "حيث يتلقى العلاج"، "يرقد في …"، "يخضع للعلاج"; or died there of wounds: "توفي في مشفى بمدينة X
# متأثراً بجروحه"), the town where someone is treated, not where an act was
_CARE_AT = re.compile(
    r"(?:^|\s)[وفب]?(?:ال)?(?:مستشفى|مستشفي|مشفى|مشفي|عيادة|عياده|مستوصف|مركز\s+طبي|مركز\s+صحي"
    # (session 43, pl30: one of a town's hospitals, "متأثراً بجراحه في أحد مشافي مدينة X")
    r"|مشافي|مستشفيات)"
    r"(?:\s+[^\s.،,؛;:]+){0,3}?(?:\s+(?:في|ب))?(?:\s+(?:بلدة|بلده|مدينة|مدينه|قرية|قريه|مخيم))?\s*$")
_CARE_VERB = re.compile(r"(?<!\w)[وف]?(?:يتلقى|تتلقى|يتلقون|تلقى|تلقت|يرقد|ترقد|يرقدون|يعالج|تعالج|يعالجون"
                        r"|يخضع|تخضع|متأثرا|متأثرة|متأثرين|متاثرا|متاثرة|متاثرين)(?!\w)")


# a relative clause whose verb of witnessing or undergoing makes the place before it the scene of the act it tells
# ("تعزيزات إلى بلدة X، التي شهدت أمس مواجهات", "وصلت إلى مدينة X التي تعرّضت لقصف"): not a mere destination
_WITNESS_RELATIVE = re.compile(r"\s*[،,]?\s*" + WITNESS_RELATIVE + r"(?=\s)")

# the passive, dual and plural verbs of taking the wounded to a hospital ("نُقلا على إثرها إلى المشفى الوطني في X",
# "أُسعفوا إلى مشفى X", "نُقلت الجريحة إلى مستشفى في X", "نُقل إلى مجمع X الطبي في Y", "نقلته سيارات الإسعاف إلى
# مستشفى في Y"), read only before a hospital ("نقلت وكالة …" quotes)
_TAKEN_TO_CARE = re.compile(r"(?:^|\s)[وف]?(?:نقل|نقله|نقلها|نقلهم|نقلته|نقلتها|نقلتهم|نقلوه|نقلا|نقلوا|نقلت|نقلتا"
                            r"|أسعف|اسعف|أسعفا|اسعفا|أسعفوا|اسعفوا|أسعفت|اسعفت)"
                            r"(?:\s+[^\s.،,؛;:]+){0,6}\s*$")


# a funeral or a burial told by its verb, the place after "في" ("وشُيّع جثمانه في بلدة Y", "جرى تشييعه في مسقط
# رأسه Y", "ودُفن في Y", "ووري الثرى في Y"): where the dead were buried, not where they were hit; not the mourners'
# town ("شيّع أهالي Y شهداءهم", often the act's own), nor the noun ("خلال تشييع …", "اضطروا إلى دفن …": an act
# there, or the news)
_BURIAL_VERB = re.compile(r"(?:^|\s)[وف]?(?:شيع|شيعت|شيعوا|شيعه|شيعته|شيعها|شيعهم|يشيع|تشيع|يشيعون"
                      r"|ودفن|فدفن|دفنت|دفنوا|دفنه|دفنها|دفنهم|ووري"
                      r"|(?:جرى|جري|تم|سيتم|يجري)\s+(?:تشييع|دفن)[^\s.،,؛;:]*)"
                      r"(?:\s+[^\s.،,؛;:]+){0,4}?\s+في\s+(?:مسقط\s+رأس\S*\s+|مسقط\s+راس\S*\s+)?"
                      r"(?:(?:بلدة|بلده|قرية|قريه|مدينة|مدينه|مخيم|بلدته|قريته|مدينته)\s+)?[\"«(]*$")


_BROAD_LEVELS = frozenset(("country", "governorate", "region", "district"))


# a hospital named after a place ("مجمع فلسطين الطبي", "مستشفى غزة الأوروبي"): that place is the hospital's name
_NAMED_HOSPITAL = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:مستشفى|مستشفي|مشفى|مشفي|مجمع)\s*$")

# "وصلت القوات إلى المكان"، "في المكان": the scene named before, not the hospital's town after it
_SCENE_WORD = re.compile(r"(?:^|\s)[وف]?(?:إلى|الى|في|من)\s+المكان(?=[\s.،,؛:]|$)")

# the wounded or the dead named by a definite noun before the hospital's clause ("أن المصابين نُقلوا إلى …", "ونُقل
# الجرحى إلى …"): those of an act told before, when the sentence tells no wounding of its own before the clause
_TOLD_WOUNDED = re.compile(r"(?:^|\s)[وف]?(?:ال)(?:مصابين|مصابون|مصاب|مصابة|مصابان|جرحى|جريح|جريحة|جريحين|جريحان"
                           r"|شهداء|شهيد|شهيدين|جثث|جثامين|جثمان|ضحايا)(?=[\s.،,؛:]|$)")
_HURT_HERE = re.compile(r"(?:^|\s)[وف]?(?:أصيب|اصيب|أصيبت|اصيبت|أصيبوا|اصيبوا|إصابة|اصابة|استشهد|استشهدت|استشهاد"
                        r"|قتل|قتلت|مقتل|جرح|جرحت|سقوط|ارتقى|ارتقاء)(?=[\s.،,؛:]|$)")


# the act named by a definite noun as the cause of the toll ("أسفرت الغارة عن استشهاد …", "وأدى القصف إلى إصابة …",
# "إن الغارة أسفرت عن مقتل …"):
# the act told before, at its own place, whose wounded the hospital's clause then takes away
_TOLL_VERB = r"(?:أسفرت|اسفرت|أسفر|اسفر|أدت|ادت|أدى|ادى|خلفت|خلف)"
_TOLD_ACT = r"(?:ال)(?:غارة|غاره|غارات|قصف|ضربة|ضربه|ضربات|هجوم|هجمات|انفجار|تفجير|استهداف|عملية|عمليه)"
# and so is the act the sentence itself told, whose toll a relative clause then gives ("انفجرت عبوة على عجلة في Z،
# ما أدى إلى إصابة ثلاثة جنود … نُقلوا إلى مستشفى Y"; session 43, iq30)
_TOLD_ACT_TOLL = re.compile(rf"(?:^|\s)[وف]?(?:قد\s+)?(?:{_TOLL_VERB}\s+{_TOLD_ACT}(?=[\s.،,؛:]|$)"
                            rf"|{_TOLD_ACT}\s+(?:قد\s+)?{_TOLL_VERB}\s+(?:عن|إلى|الى)(?=\s))"
                            rf"|[،,]\s*(?:مما|ما)\s+{_TOLL_VERB}\s+(?:عن|إلى|الى)(?=\s)")


def _named_before(doc: Document, sent: Span | None, p: Span) -> bool:
    """The sentence before ``sent`` names ``p``'s place: the hospital is in the act's own town ("انفجرت عبوة في مدينة
    Y. وقال المصدر إن الجرحى نُقلوا إلى المشفى الوطني في Y")."""
    prev = _sentence_before(doc, sent) if sent is not None else None
    return prev is not None and any(prev.start <= q.start and q.end <= prev.end and q.value.id == p.value.id
                                    for q in doc.layer("places"))


def _placed_before(doc: Document, p: Span) -> bool:
    """Another place, not an origin, stands before ``p`` in its sentence ("وفي مدينة X، انفجرت عبوة …، نُقلوا إلى
    مشفى في Y"; not "أُطلقت الصواريخ من أجواء الجولان …، نُقلوا إلى المستشفى في Y"), or after it where the act
    that the hospital's clause follows is told there ("وصل 5 شهداء إلى مستشفى في Y، إثر غارة على مخيم X"), itself
    no hospital's town nor a wide area that only locates Y ("… في Y وسط القطاع"); the hospital itself is no other
    place ("إلى مستشفى X في Y").  So does a definite settlement noun before the hospital's clause, which points back
    to a town named earlier ("قصفت الأحياء في المدينة، فأصيب مدنيان نُقلا إلى مستشفى Y"), and so does "المكان"
    ("وصلت قوات الاحتلال إلى المكان …، نُقل على إثرها إلى مجمع X الطبي في Y")."""
    sent = doc.sentence_of(p.start)
    lo = sent.start if sent is not None else 0
    hi = sent.end if sent is not None else len(doc.text)
    head = _text_before(doc.text, p.start, p.start - lo)
    h = _HOSPITAL_DEST.search(head)
    if h is not None and (_DEFINITE_ANAPHOR.search(head[:h.start()]) or _SCENE_WORD.search(head[:h.start()])):
        return True  # "قصفت الأحياء السكنية في المدينة، فأصيب مدنيان نُقلا إلى مستشفى Y": the town named before
    if h is not None and _TOLD_WOUNDED.search(head[:h.start()]) and not _HURT_HERE.search(head[:h.start()]) \
            and not _named_before(doc, sent, p):
        return True  # "وذكر مصدر أن المصابين نُقلوا إلى مستشفى X في مدينة Y": the wounded of the act told before
    if h is not None and _TAKEN_TO_CARE.search(head[:h.start()]) and _TOLD_ACT_TOLL.search(head[:h.start()]) \
            and not _named_before(doc, sent, p):
        return True  # "أسفرت الغارة عن استشهاد 3 وإصابة 6 نُقلوا إلى المستشفى الوطني في Y": the strike told before
    return any(lo <= q.start and q.end <= hi and (q.end <= p.start or q.start >= p.end)
               and doc.text[q.start:q.end] != doc.text[p.start:p.end] and not _origin(doc, q)
               and not _HOSPITAL.search(doc.text[q.start:q.end]) and not _NAMED_HOSPITAL.search(_before(doc, q, 20))
               and (q.end <= p.start or (q.value.role in ("place", "near") and q.value.level not in _BROAD_LEVELS
                                          and _HOSPITAL_DEST.search(_before(doc, q, 80)) is None))
               for q in doc.layer("places"))


def _destination(doc: Document, p: Span) -> bool:
    """The place ends a journey: "من مدينة X إلى مدينة Y" (X an origin) or "أثناء توجه الدورية إلى Y",
    "نُقل الجرحى إلى مشفى Y"; an ambush or a blast on the way is not at the destination, and a hospital that
    casualties reached ("وصول 4 شهداء إلى مستشفى X") is not where they were hit.  A destination that a relative
    clause of witnessing follows ("إلى بلدة X، التي شهدت أمس مواجهات") is the scene of that clause's act."""
    if _WITNESS_RELATIVE.match(SHORT_VOWELS.sub("", doc.text[p.end:p.end + 40])):
        return False
    before = _before(doc, p, 80)
    if _CARE_AT.search(before):
        sent = doc.sentence_of(p.start)
        if sent is not None and _CARE_VERB.search(SHORT_VOWELS.sub("", doc.text[sent.start:sent.end])):
            return True  # "قال في عيادة طبية في بلدة X، حيث كان يتلقى العلاج": where he is treated
    h = _HOSPITAL_DEST.search(before)
    if h is not None and _TRAVEL.search(before[:h.start()]):
        return True
    t = _TO_WORD.search(before)
    if t is not None and _HOSPITAL.match(SHORT_VOWELS.sub("", doc.text[p.start:p.end])) \
            and (_TAKEN_TO_CARE.search(before[:t.start()]) or _ARRIVAL.search(before[:t.start()])):
        return True  # "لافتاً إلى أن الجرحى نُقلوا إلى مشفى X" (the hospital a place of its own): where they were taken
    d = _LED_DEST.search(before)
    if d is not None and _TRAVEL.search(before[:d.start()]):
        return True
    if h is not None and (_TAKEN_TO_CARE.search(before[:h.start()])
                          or (_ARRIVAL.search(before[:h.start()]) and _HOSPITAL.search(h.group()))) \
            and _placed_before(doc, p):
        return True  # (the hospital's town is the act's own when the sentence names no other place before it)
    if _BURIAL_VERB.search(before) and _placed_before(doc, p):
        return True
    w = _WAY_OUT_TO.search(before)
    if w is not None and _WAY_OUT.search(before[:w.start()]):
        return True
    m = _DEST.search(before)
    if m is None:
        return False
    if _TRAVEL.search(before[:m.start()]):
        return True
    if _ARRIVAL.search(before[:m.start()]) and _HOSPITAL.search(doc.text[p.start:p.end]):
        return True
    q = _place_before(doc, p)
    if q is None:
        return False
    return bool(_DEST_TAIL.match(SHORT_VOWELS.sub("", doc.text[q.end:p.start]))) and _origin(doc, q)


# "منذ أن أطلقت الفصائل في X …", "منذ بدء العدوان على X": a place in a "since …" phrase belongs to the
# earlier event that the phrase dates the report by; so does one in a "hours / days before or after …" phrase that
# opens the sentence or a clause ("وقبل ساعات قليلة على الاعتداء على مطار X، قصف …", "، بعد يومين من غارة على X،
# أعلن …"), not one after the act it dates ("وجاءت الاشتباكات بعد ساعات من هجوم على حاجز في X": that act is the news)
_SINCE = re.compile(r"(?:^|\s)منذ\s+(?:أن|ان|بدء|بداية|بدايه|انطلاق|انطلاقة|اندلاع)\s+[^.،,؛;:]*$"
                    r"|(?:^|[\n.،,؛;:])\s*[وف]?(?:قبل|بعد)\s+(?:(?:بضع|بضعة|عدة|ثلاثة|ثلاث|أربعة|اربعة|خمسة|ستة|سبعة|24|48)\s+)?"
                    r"(?:ساعات|ساعة|ساعه|ساعتين|أيام|ايام|يوم|يومين|أسبوع|اسبوع|أسبوعين|اسبوعين|دقائق|لحظات)"
                    r"(?:\s+(?:قليلة|قليله|معدودة|معدوده))?(?:\s+فقط)?\s+(?:من|على|علي)\s+[^.،,؛;:]*$")


# a sequel's verb ("وتأتي العملية، بعد ساعات من طعن على حاجز X"): the act the phrase names is the sentence's news
_SEQUEL = re.compile(r"(?:^|\s)[وف]?(?:جاء|جاءت|يأتي|ياتي|تأتي|تاتي)\s")


def _since_start(doc: Document, p: Span) -> int | None:
    k = _phrase_start(doc, p, _SINCE)
    if k is not None and not doc.text.startswith("منذ", k):
        lo = max(doc.text.rfind(".", 0, k), doc.text.rfind("\n", 0, k), k - 60, 0)
        if _SEQUEL.search(SHORT_VOWELS.sub("", doc.text[lo:k])):
            return None
    return k


def reference_act(doc: Document, t: Span) -> bool:
    """The act word ``t`` only dates the report: it names the earlier or later act of a "since …" or "hours before
    …" phrase ("قبل ساعات على الاعتداء على مطار X، قصف الطيران موقعاً في Y": the shelling is placed by "قصف")."""
    return _since_start(doc, t) is not None


def _phrase_start(doc: Document, p: Span, phrase: re.Pattern[str]) -> int | None:
    """Where the phrase ``phrase`` that ends at ``p`` (within 90 characters before it) opens, or None."""
    lo = max(0, p.start - 90)
    m = phrase.search(SHORT_VOWELS.sub("", doc.text[lo:p.start]))
    if m is None:
        return None
    # tashkeel removal shifts offsets; search the raw text for the phrase's first word instead
    k = doc.text.rfind(m.group().split()[0], lo, p.start)
    return k if k >= 0 else lo + m.start()


# what the target had been doing: "استهدفت الطائرات المسلحين الذين كانوا يقصفون القرى في ريف X" (a relative clause
# of an attack verb after "كان"): its place is where the target attacked, not where it was struck
_THEIR_ACT = re.compile(
    r"(?:^|\s)(?:التي|الذي|الذين|اللواتي)\s+(?:كانت|كان|كانوا)\s+(?:ت|ي)(?:قصف|قصفون|ستهدف|ستهدفون|طلق|طلقون|هاجم"
    r"|هاجمون|عتدي|عتدون)\b[^.،,؛;:]*$")


def _their_act_start(doc: Document, p: Span) -> int | None:
    """Where the relative clause of the target's own earlier attacks that holds ``p`` opens, or None."""
    return _phrase_start(doc, p, _THEIR_ACT)


# a purpose or cause phrase: "مسيرة في صنعاء نصرة لغزة", "مواجهات في الضفة تنديداً بمجزرة نابلس", "تظاهرة
# للمطالبة بوقف الحرب على غزة": its first place is what the act is for or against, not where it happens; so is
# the topic of a protest, a condemnation or a warning, and the side it opposes right after "مناهضة لـ" ("مظاهرات
# مناهضة لفرنسا" in another country); "تظاهرة مندّدة بالمجزرة التي ارتكبها الاحتلال في X",
# "احتجاجاً على الوضع على الحدود مع لبنان", "حذّرت من عسكرة البحر الأحمر").  The long adverbs also glued to the
# word before them in scraped text ("مستوطني الشمالاحتجاجاً على …")
_CAUSE = re.compile(
    r"(?:(?:^|\s)[و]?(?:نصرة|نصره|نصرة|دعما|تضامنا|انتصارا|تنديدا|احتجاجا|رفضا|استنكارا|إسنادا|اسنادا|للمطالبة"
    r"|للمطالبه|للتضامن|للتنديد|للاحتجاج|مطالبين|مطالبات|تنديدهم|تضامنهم|دعمهم|نصرتهم"
    r"|(?:(?:ال)?(?:منددة|مندده|منددين|منددا|مستنكرة|مستنكره|مستنكرين|مستنكرا)|محذرا|محذرة|محذره|محذرين|تحذيرا"
    r"|للتحذير|حذر|حذرت|تحذر|يحذر|يحذرون|حذروا)(?=[\s\"«]|ب|ل))(?=[\s\"«]|ب|ل|$)"
    r"|(?:تنديدا|احتجاجا|استنكارا|منددة|مندده|منددين)(?=[\s\"«]|ب|ل))"
    r"(?:\s+(?:مع|ب|ل|على|من))?(?:\s*[^\s.،,؛;:!؟?]+){0,6}?\s*[لب]?$"
    # the side right after "مناهضة لـ" (not a place after it: "تظاهرات مناهضة له في X" are at X)
    r"|(?:^|\s)[و]?(?:ال)?(?:مناهضة|مناهضه|مناهضين|مناهضا|مناهض|مناهضون)\s+[\"«]?(?:لل|ل)?[\"«]?$")
_CAUSE_CHARS = 60


def _cause_start(doc: Document, p: Span) -> int | None:
    """Where the purpose phrase whose first place ``p`` is opens ("… نصرة لغزة"), or None."""
    lo = max(0, p.start - _CAUSE_CHARS)
    raw = doc.text[lo:p.start]
    m = _CAUSE.search(SHORT_VOWELS.sub("", raw))
    if m is None:
        return None
    word = m.group().split()[0]
    k = raw.rfind(word[:4])
    k = lo + (k if k >= 0 else 0)
    # only the phrase's first place: "مسيرة نصرة لغزة في صنعاء" is at Sanaa
    if any(k <= q.start < p.start for q in doc.layer("places")):
        return None
    # a spot the crowd stands at closes the phrase: "تجمعوا احتجاجاً على التوغلات عند مدخل بلدة X", "احتجاجاً على
    # الاعتقالات أمام مبنى المحافظة في X": X is where they gathered
    if _STAND_AT.search(doc.text, k, p.start):
        return None
    return k


_STAND_AT = re.compile(r"(?:^|\s)(?:عند|أمام|امام)\s")  # "عند مدخل …", "أمام مبنى …": where a crowd stands


# the war a protest is about: "تظاهرة ضد العدوان الإسرائيلي على غزة", "طالبوا بوقف إطلاق النار في قطاع غزة",
# "الإبادة بحق الشعب الفلسطيني في غزة": a place that a war, siege or massacre noun names (past its adjectives) is
# what the crowd protests, not where it gathered (ACLED places a demonstration where people gathered); only
# protest acts ask it, since a strike told beside "العدوان على غزة" is in Gaza
_WAR_TOPIC = re.compile(
    r"(?:^|[\s\"«(])[وفبلك]{0,2}(?:ال|ل)?(?:عدوان|حرب|إبادة|ابادة|إباده|اباده|مجازر|مجزرة|مجزره|حصار|اعتداءات"
    r"|هجمات|جرائم|تجويع|حروب|قصف|ارتكابات|انتهاكات|(?:وقف|إيقاف|ايقاف)\s+(?:إطلاق|اطلاق)\s+النار)"
    # the war's owner glued to it ("يواصل الاحتلال عدوانه على", "دعمه لإسرائيل في حربها على"), a quoted side ("جرائم
    # "إسرائيل" في"), a relative clause of its maker ("الإبادة التي يرتكبها الاحتلال الإسرائيلي في")
    r"(?:ه|ها|هم)?(?:\s+(?:[\"«]?[وبل]?ال[^\s.،,؛;:!؟?]+|بحق|ضد|شعب|[\"«][^\s\"»]+[\"»]"
    r"|(?:التي|الذي)(?:\s+[^\s.،,؛;:!؟?]+){1,4}?)){0,4}?\s+(?:على|علي|ضد|في|فى|بحق|ب)\s*"
    r"(?:(?:قطاع|مدينة|مدينه|أهالي|اهالي|أهل|اهل|سكان|شعب|أبناء|ابناء)\s+)?[\"«(]*$")
_WAR_TOPIC_CHARS = 70
_LIST_AND = re.compile(r"^\s*[،,]?\s*و\s*$")  # the "و" (maybe after a comma) of a further item


def war_topic(doc: Document, p: Span) -> bool:
    """``p`` is the place of the war, siege or massacre a protest is about ("… تنديداً بالعدوان على X")."""
    memo: dict[tuple[int, int], bool] = doc.meta.setdefault("war_topic", {})
    key = (p.start, p.end)
    got = memo.get(key)
    if got is None:
        before = doc.text[max(0, p.start - _WAR_TOPIC_CHARS):p.start]
        got = bool(_WAR_TOPIC.search(SHORT_VOWELS.sub("", before)))
        if not got:
            # a further item of the war's list: "العدوان على قطاع غزة والضفة الغربية"
            ends: dict[int, Span] = doc.meta.get("war_topic_ends") or doc.meta.setdefault(
                "war_topic_ends", {q.end: q for q in doc.layer("places")})
            k = p.start - 1
            while k >= 0 and k > p.start - 6 and doc.text[k] in " \t،,و":
                k -= 1
            q = ends.get(k + 1)
            got = q is not None and q.start < p.start and _LIST_AND.match(doc.text[q.end:p.start]) is not None \
                and war_topic(doc, q)
        memo[key] = got
    return got


# a crowd of protesters that the sentence's act befalls or involves ("اعتقلت الشرطة المتظاهرين", "اشتباكات بين الشرطة
# والطلاب المحتجين")
_CROWD = re.compile(r"متظاهر|المحتج(?!ز)|محتجين|محتجون|تظاهرات|مظاهرات|احتجاجات|معتصم")


def _crowd_act(trigger: Span | None) -> bool:
    """An arrest or a clash that a crowd's sentence may tell ("اعتقلت الشرطة مئات المتظاهرين المناهضين للعدوان على
    X"): the war the crowd protests is not its place either (a strike or a killing told beside it is in X)."""
    v = trigger.value if trigger is not None else None
    return isinstance(v, Trigger) and v.event_type in ("Strategic developments", "Battles", "Riots")


def _arrest_act(trigger: Span | None) -> bool:
    v = trigger.value if trigger is not None else None
    return isinstance(v, Trigger) and v.sub_event_type == "Arrests"


def _protest_act(trigger: Span | None) -> bool:
    v = trigger.value if trigger is not None else None
    return isinstance(v, Trigger) and v.event_type == "Protests"


# a retaliation phrase: "رداً على الاعتداءات الإسرائيلية على القرى الجنوبية، وآخرها في بلدة X", "في إطار الرد
# على الاغتيال الذي نفذه الاحتلال في بلدة X", "انتقاماً لاغتيال … في X": its places are where the act answered
# happened, not where the answer (the sentence's act) is
# (also the side an act supports: "إسناداً لغزة", "تضامناً مع X": the place it backs, not where it happens)
# (a possessive answer or support too: "في إطار ردها على الاغتيال في X", "في إطار دعمها لغزة")
# (scraped text may glue the phrase to the word before it, after a comma or a final taa marbuta, which ends a word:
# "الجمعة،دعماً لغزة", "العسكريةدعماً لغزة")
# (and the end an act is kept up for: "العمليات لن تتوقف حتى يتوقف العدوان ويُرفع الحصار عن غزة", "إلى حين وقف الحرب
# على X": the war it names is elsewhere)
_MOTIVE_OPEN = re.compile(r"(?:^|[\s\"«(،,]|(?<=ة))(?:[وفبك]?(?:ردا|الرد|رد|ردها|رده|ردهم|ردنا)[\s\"«]*على\s"
                          r"|[وفب]?(?:انتقاما|ثأرا|ثارا)\s*ل"
                          r"|(?:حتى|لحين|(?:إلى|الى)\s+حين)\s+(?:يتوقف|تتوقف|توقف|وقف|إيقاف|ايقاف|ينتهي|تنتهي|انتهاء"
                          r"|يرفع|رفع)\s"
                          r"|(?P<support>[وف]?(?:إسنادا|اسنادا|دعما|نصرة|نصره|تضامنا|انتصارا|مساندا"
                          r"|(?:دعم|إسناد|اسناد|نصرت|مساندت|تضامن)(?:ها|ه|هم|نا)"
                          r"|(?:ال)?(?:إسناد|اسناد|مساند|مساندة"
                          r"|مسانده|داعمة|داعمه|مؤيدة|مؤيده|مناصرة|مناصره))"
                          r"\s*(?:ل|مع\s)"
                          r"|[وف]?(?:دعم|إسناد|اسناد|نصرة|نصره|مساندة|مسانده)\s+(?=ال(?:شعب|مقاوم|أهل|اهل|أشقاء|اشقاء))))")
_SUPPORT_CHARS = 30  # a supported side is the noun phrase right after its word ("إسناداً لغزة", "تضامناً مع أهالي X")
_SUPPORT_BREAK = re.compile(r"(?:^|\s)[وف]?(?:في|فى|داخل|عند|قرب|على|علي|إلى|الى|ضد|من|نحو)\s|[،,.]")


# a people or a resistance supported "in" a place ("دعماً للمقاومة في غزة", "دعم الشعب الفلسطيني الصامد في غزة",
# "إسناداً لأهلنا في القطاع"): the place is still the side backed, not where the act is
_SUPPORTED_PEOPLE = re.compile(
    r"^\s*(?:لل|ل|ال)?(?:شعب|مقاوم|أهل|اهل|أهالي|اهالي|أشقاء|اشقاء|أبناء|ابناء|إخوان|اخوان|محتج|متظاهر|معتصم)[^\s،,.]*"
    r"(?:\s+[^\s،,.]+){0,3}?\s+(?:في|فى)\s+(?:قطاع\s+|مدينة\s+)?[\"«]?$")
_PEOPLE_CHARS = 50


def _far_support(gap: str) -> bool:
    """The place is no longer the side a support word names: too far after it, or after a preposition that
    says where the act is or what it hits ("نصرةً لغزة في مدينة X", "إسناداً لغزة على موقع X"); but a people
    "in" the place is the side backed (_SUPPORTED_PEOPLE)."""
    if len(gap) <= _PEOPLE_CHARS and _SUPPORTED_PEOPLE.match(gap):
        return False
    return len(gap) > _SUPPORT_CHARS or bool(_SUPPORT_BREAK.search(gap))
# what ends it: a sentence mark; a comma not followed by a further item of the answered act ("، وآخرها في",
# "، وخصوصاً في", "، ومجازر الاحتلال في", "، الذي طال"); a finite act verb of the main clause (a headline's
# "… المقاومة تستهدف X", not a relative's "الذي استهدف X"); the means of the answer ("بقصف X", glued to the word
# before it in scraped text too)
_MOTIVE_END = re.compile(
    r"[.؛;:!؟?\n]|[،,](?!\s*(?:و?(?:خصوصا|خاصة|بخاصة|لا\s*سيما|آخرها|اخرها|تحديدا|منها)|كان\s+آخرها|كان\s+اخرها"
    r"|و?(?:التي|الذي|الذين|اللذين|اللتين|اللذان)|وال|وم))"
    r"|(?:^|\s)(?<!الذي\s)(?<!التي\s)(?<!اللذين\s)[وف]?(?:استهدفت|استهدف|تستهدف|يستهدف|قصفت|تقصف|يقصف|دكت|تدك|شنت|تشن"
    r"|يشن|أطلقت|اطلقت|هاجمت|تهاجم|يهاجم|نفذت|تنفذ|ينفذ|أعلنت|اعلنت|تعلن|أسفر|اسفر|أسفرت|اسفرت|أدى|ادى|أدت|ادت"
    r"|حقق|حققت|أصاب|اصاب|أصابت|اصابت|أوقع|اوقع|أوقعت|اوقعت)(?=\s|$)"
    r"|ب(?:قصف|استهداف|إطلاق|اطلاق|شن|تنفيذ|ارتكاب|ارتكابه|هجوم|عملية)(?=\s|$)")
_MOTIVE_CHARS = 160
_INVISIBLE = re.compile(r"[\u064b-\u0652\u0640\u200b-\u200f\u202a-\u202e]")


def _visible(raw: str) -> tuple[str, Sequence[int]]:
    """``raw`` without tashkeel and invisible marks, with the offset in ``raw`` of each character kept."""
    marks = {m.start() for m in _INVISIBLE.finditer(raw)}
    if not marks:
        return raw, range(len(raw))
    return _INVISIBLE.sub("", raw), [k for k in range(len(raw)) if k not in marks]


def _motive_bounds(doc: Document, p: Span) -> tuple[int | None, int]:
    """Where the retaliation phrase that holds ``p`` opens ("… رداً على الاغتيال في بلدة X") and where it ends
    (an act of the phrase, "وإصابة مدنيين فيها" after the place too, is the answered act), or (None, p.start).
    It depends only on the text: once per span and document (places and act words ask it again per frame)."""
    memo: dict[tuple[int, int], tuple[int | None, int]] = doc.meta.setdefault("motive_bounds", {})
    key = (p.start, p.end)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _find_motive_bounds(doc, p)
    return got


# places of one supported side joined by "و" ("دعماً لفلسطين وغزة", "تضامناً مع لبنان وفلسطين"): each is the side
# backed, as the first
_LIST_JOIN = re.compile(r"\s*و\s*")
# a place that says where the one before it lies ("المحتجين في ساحة الكرامة بمدينة X"): one side with it
_CONTAINER_JOIN = re.compile(r"\s*(?:ب|في\s+)(?:(?:مدينة|مدينه|بلدة|بلده|محافظة|محافظه)\s+)?[\"«]?")


def _listed_with(doc: Document, after: int, p: Span) -> bool:
    """Whether the places between ``after`` (the end of a support word) and ``p`` are none, or items of one list
    with ``p`` joined by "و" (:data:`_LIST_JOIN`)."""
    items = sorted((q for q in doc.layer("places") if after <= q.start < p.start), key=lambda q: q.start)
    return all(_LIST_JOIN.fullmatch(doc.text[a.end:b.start])
               or (_CONTAINER_JOIN.fullmatch(doc.text[a.end:b.start]) and _holds(b, a))
               for a, b in pairwise([*items, p]))


def _holds(b: Span, a: Span) -> bool:
    """``b`` holds ``a`` or lies close to it ("ساحة X بمدينة Y"; not "داعمة لغزة في لاهاي")."""
    if contains(b.value, a.value):
        return True
    d = _km(a.value, b.value)
    return d is not None and d <= NAMESAKE_KM


def _side_start(doc: Document, after: int, p: Span) -> int:
    """Where the first place of the supported side's list that ends at ``p`` starts (``p``'s own start when no
    place stands between ``after`` and ``p``): the support word's noun phrase is read up to it."""
    return min((q.start for q in doc.layer("places") if after <= q.start < p.start), default=p.start)


def _find_motive_bounds(doc: Document, p: Span) -> tuple[int | None, int]:
    lo = max(0, p.start - _MOTIVE_CHARS)
    text, keep = _visible(doc.text[lo:p.start])
    m = max(_MOTIVE_OPEN.finditer(text), key=lambda m: m.start(), default=None)  # the nearest opening
    if m is None or _MOTIVE_END.search(text, m.end()):
        return None, p.start
    start = lo + keep[m.start()]
    if m.group("support"):
        after = lo + keep[m.end()] if m.end() < len(keep) else p.start
        first = _side_start(doc, after, p)
        upto = next((k for k in range(m.end(), len(keep)) if lo + keep[k] >= first), len(text))
        if _far_support(text[m.end():upto]) or not _listed_with(doc, after, p):
            return None, p.start
        return start, p.end  # the supported side is only the noun phrase that holds the place
    ahead, keep = _visible(doc.text[p.end:p.end + _MOTIVE_CHARS])
    e = _MOTIVE_END.search(ahead)
    end = keep[e.start()] if e is not None else (keep[-1] + 1 if keep else 0)
    return start, p.end + end


# a capital named for its government: "موسكو: قواتنا …", "أعلنت واشنطن", "طهران ستحتفظ بحق الرد"
_SPEECH_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:أعلنت|اعلنت|قالت|أكدت|اكدت|اتهمت|حذرت|نفت|طالبت|دعت|هددت|توعدت|ردت|أبلغت|ابلغت|اعتبرت"
    r"|إعلان|اعلان|تصريحات|موقف|اتهام|تحذير|رد|بيان"
    # a claim, a charge or a stance of the government: "كما تدعي واشنطن", "حملت موسكو واشنطن المسؤولية",
    # "لا صحة لاتهامات واشنطن", "في حين تتجاهل واشنطن", "التحالف بقيادة واشنطن", "أعرب عن استعداد طهران";
    # two governments' dealings: "العلاقات بين طهران وباكو"
    r"|تدعي|ادعت|ادعاءات|مزاعم|تزعم|زعمت|اتهامات|اتهم|تتهم|يتهم|حملت|تحمل|يحمل|تتجاهل|تجاهلت|تجاهل|تتماهى"
    r"|بقيادة|قيادة|استعداد|جهود|سياسة|ضغوط|مطالبة|رفض|قرار|اتفقت|رحبت|كشفت|دعمت|تدعم|بين|[لب]?اتهامات|[لب]?ادعاءات"
    r"|متهمة|متهمةً|متهما|متهماً|محملة|محملةً|محملا|محملاً"
    # the government's own words for an act, after a relative clause ("وهي التسمية التي تستخدمها أنقرة",
    # "كما تصفها موسكو"), and its arms ("ومدفعية أنقرة تقصف قرى في العمادية", "طائرات موسكو"): the act is
    # elsewhere, the capital only says whose it is
    r"|[تي](?:ستخدم|ستعمل|صف|سمي|عتبر|صنف|طلق)(?:ها|ه|هم)?"
    r"|مدفعية|طائرات|مسيرات|مسيّرات|صواريخ|جيش|قوات)"
    r"\s+(?:(?:دمشق|طهران|موسكو|واشنطن|أنقرة|انقرة|أنقره|لندن|باريس|بغداد)\s+و)?$")
_SPEECH_AFTER = re.compile(
    r"^\s+[وس]?(?:ت|ي)(?:علن|ؤكد|تهم|حذر|دين|نفي|رفض|طالب|هدد|رد|توعد|حتفظ|قول|عتبر|دعو|كشف|بلغ|شدد|لوح|رسل|زود|عتزم"
    r"|ستدعي|بحث|سعى|ريد|رى|دعم|تجاهل|فرض|ضغط|حمل)")  # "واشنطن سترسل", "موسكو تستدعي السفيرة", "واشنطن تبحث مع"
# foreign capitals that stand for their governments in the news (a Syrian or Palestinian town before "تعلن" is
# most often part of a group's name: "كتيبة جنين تعلن")
_GOVERNMENT_SEATS = frozenset({"city:moscow", "city:washington", "city:tehran", "city:ankara", "city:london",
                               "city:paris"})


# Damascus stands for the Syrian government only as the subject or the object of a finite verb of speech or charge
# ("وحمّلت دمشق الفصائل المسؤولية", "اتهمت دمشق", "الدول التي تتهم دمشق بتنفيذ هجوم"), never after a noun nor
# "شهدت" (events happen in Damascus far more often than foreign capitals are named in Syrian news)
_HOME_SEATS = frozenset({"geonames:170654"})
_SEAT_CHARGE = re.compile(
    r"(?:^|\s)[وف]?(?:أعلنت|اعلنت|قالت|أكدت|اكدت|اتهمت|تتهم|اتهم|يتهم|حملت|تحمل|يحمل|حذرت|نفت|تنفي|طالبت|تطالب"
    r"|ردت|اعتبرت|رحبت|دانت|أدانت|ادانت|رفضت|ترفض"
    # the participle of a charge that closes a statement: "… متهمةً دمشق بالوقوف وراء"، "محمّلاً دمشق المسؤولية"
    r"|متهمة|متهمةً|متهما|متهماً|محملة|محملةً|محملا|محملاً)"
    # a second government named with the first: "اتهمت دمشقَ وطهران", "متهمة طهران ودمشق"
    r"\s+(?:(?:دمشق|طهران|موسكو|واشنطن|أنقرة|انقرة|أنقره|لندن|باريس|بغداد)\s+و)?$")


# "قوات حكومة دمشق", "لحكومة دمشق": the government the capital names, not a place of the act
_GOVERNMENT_OF = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:حكومة|حكومه|لحكومة|لحكومه)\s+[\"«(]*$")
_SEAT_SPEAKS = re.compile(r"^\s+(?:ت|ي)(?:تحدث|علن|تهم|نفي|حذر|دين|رد|طالب|حمل|توعد|هدد|كتفي)(?=[\s،,:]|$)")


def _speaker(doc: Document, p: Span) -> bool:
    """The place names a government that speaks, not where an event happens: a foreign capital right after
    a speech verb ("إعلان واشنطن عن الهجوم"), before one ("طهران ستحتفظ") or heading a line before a colon
    ("موسكو: …"); Damascus right after a finite verb of speech or charge ("حمّلت دمشق") or "حكومة", or opening a
    line before a verb of speech ("دمشق تتحدث عن …")."""
    v: PlaceRef = p.value
    if v.id in _HOME_SEATS and v.role == "place":
        # (or opening a line or a sentence as the subject of a verb of speech: "دمشق تتحدث عن قتلى من جنودها",
        # "دمشق تتهم …", a headline's way of naming the government)
        return bool(_SEAT_CHARGE.search(_before(doc, p, 25))) or bool(_GOVERNMENT_OF.search(_before(doc, p, 25))) \
            or (bool(_SEAT_SPEAKS.match(doc.text[p.end:p.end + 25]))
                and bool(_OPENS.search(doc.text[max(0, p.start - 25):p.start])))
    if v.id not in _GOVERNMENT_SEATS or v.role != "place":
        return False
    if _SPEECH_BEFORE.search(_before(doc, p, 25)) or _SPEECH_AFTER.match(doc.text[p.end:p.end + 25]):
        return True
    return doc.text[p.end:p.end + 2].lstrip()[:1] == ":" and bool(_OPENS.search(doc.text[max(0, p.start - 25):p.start]))


def government_named(doc: Document, p: Span) -> bool:
    """The place stands for a government that speaks or acts (:func:`_speaker`: "ما دامت واشنطن تدعم …")."""
    return _speaker(doc, p)


_OPENS = re.compile(r"(?:^|[\n.!?؟|])[\s\"«]*$")  # a line or a sentence opens here


# what puts a place inside another: "X في Y", "X بريف Y", "X على طريق Y", "X الواقعة في Y", "X التابعة
# لمدينة Y", "X وZ في Y" (a list, the second name unknown to the gazetteer), "X شمالي Y"
_LOCATES = re.compile(
    r"^[\s\"»)]*(?:و[^\s.،,؛;:]+\s+){0,2}،?\s*(?:(?:الواقعة|الواقع|الواقعه|التابعة|التابع|التابعه)\s+)?"
    r"(?:في|فى|ب|على|قرب|بالقرب\s+من|ل|لـ)\s*"
    r"(?:(?:ريف|بريف|طريق|عام|محافظة|محافظه|منطقة|منطقه|مدينة|مدينه|لمدينة|بادية|ناحية)\s+){0,2}[\s\"«(]*$")
REGION_ABROAD_KM = 30.0  # a region abroad without an outline here ("قطاع غزة") reaches this far
NAMESAKE_GOV_KM = 150.0  # a place this far from a governorate's capital, in another governorate, lies outside it
NAMESAKE_KM = 60.0  # a village this far from the town, road or region said to hold it is another village


# a village told by its compass side of a town ("قرية X شرقي بلدة Y", "X إلى الشمال الغربي من مدينة Y", "X جنوب
# شرقي Y"): it lies a few km that way from Y
_BEARING_OF = re.compile(
    r"^[\s\"»)]*،?\s*(?:(?:الواقعة|الواقع|الواقعه)\s+)?"
    r"(?:(?:شمال|جنوب|شرق|غرب)(?:ي|يّ)?(?:\s+(?:شرق|غرب)(?:ي|يّ)?)?"
    r"|(?:إلى|الى)\s+(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:\s+(?:ال)?(?:شرقي|غربي))?\s+من)\s+"
    r"(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|ناحية|ناحيه)\s+)?[\s\"«(]*$")
BEARING_NAMESAKE_KM = 100.0  # a village this far from the town it is said to lie beside, in another governorate
_ONE_GOVERNORATE = {"Rif Dimashq": "Damascus"}  # the capital and its countryside, one area for a bearing


def _bearing_namesake(a: PlaceRef, q: PlaceRef) -> bool:
    """The village ``a`` is said to lie at a compass side of the town ``q`` (:data:`_BEARING_OF`) while its gazetteer
    entry lies in another governorate, more than :data:`BEARING_NAMESAKE_KM` away: a namesake of a village the
    gazetteer lacks."""
    if q.level not in _SETTLEMENT or q.level in ("site", "foreign_city") or not a.admin1 or not q.admin1:
        return False
    if _ONE_GOVERNORATE.get(a.admin1, a.admin1) == _ONE_GOVERNORATE.get(q.admin1, q.admin1):
        return False
    d = _km(a, q)
    return d is not None and d > BEARING_NAMESAKE_KM


def _far_from(a: PlaceRef, q: PlaceRef) -> bool:
    """``a``'s gazetteer entry cannot be the place that ``q`` says it lies in (a namesake elsewhere)."""
    if a.country and q.country and a.country != q.country:
        return True
    if q.level == "country":
        return False
    if q.level == "region" and q.country not in ("", HOME_COUNTRY) and a.country == q.country \
            and a.level == "foreign_city":
        # a province abroad (a point, no outline: "إقليم بلوشستان", "مقاطعة بيلغورود") holds towns of its
        # country hundreds of km from that point; the curated town list abroad has no village namesakes
        return False
    if _gov_abroad(q) and a.country == q.country and a.level in ("foreign_city", "site"):
        # so does a governorate abroad named by its capital ("مديرية اللحية بمحافظة الحديدة", 100 km from the port)
        return False
    if q.level == "governorate":
        if not a.admin1 or not q.admin1 or a.admin1 == q.admin1:
            return False
        cap = _seat(q.id, "admin1")
        d = _km(a, replace(q, lat=cap.lat, lon=cap.lon)) if cap is not None else _km(a, q)
        return d is not None and d > NAMESAKE_GOV_KM
    d = _km(a, q)
    if d is None or d <= NAMESAKE_KM:
        return False
    return not contains(q, a) if q.role == "road" or is_broad(q) else True


def _namesake(doc: Document, p: Span) -> bool:
    """The sentence locates the place inside another ("قرية X على طريق Y", "دوار X في منطقة Y",
    "بلدتي X وZ في ريف Y") that the gazetteer entry read for X lies far outside: X is a namesake of a
    village the gazetteer lacks, and the locating place is the better evidence."""
    memo: dict[tuple[int, int], bool] = doc.meta.setdefault("namesake_places", {})
    key = (p.start, p.end)
    got = memo.get(key)
    if got is None:
        got = False
        v: PlaceRef = p.value
        # only settlements: names of curated sites (bases, airports, fields) are unambiguous
        if v.level in _SETTLEMENT and v.level != "site" and v.role not in ("road", "region") and not is_broad(v):
            nxt = [q for q in doc.layer("places") if q.start >= p.end and q.start - p.end <= 40]
            if nxt:
                q = min(nxt, key=lambda q: q.start)
                gap = SHORT_VOWELS.sub("", doc.text[p.end:q.start])
                got = (bool(_LOCATES.match(gap)) and _far_from(v, q.value)) \
                    or (bool(_BEARING_OF.match(gap)) and _bearing_namesake(v, q.value))
            if not got and _LIST_HEAD.search(doc.text[max(0, p.start - 25):p.start]):
                got = _far_list_namesake(doc, p)
            if not got:
                got = _quarter_namesake(doc, p)
        memo[key] = got
    return got


# session 43 (pl30): a quarter's noun right before the name ("في حي X", "بحي X")
# (not the plural: "في أحد أحياء X" names the city X itself)
_QUARTER_HEAD = re.compile(r"(?:^|\s)[وفب]?حي\s+[\"«(]*$")
QUARTER_KM = 20.0  # a village this far from the city of the sentence is no quarter of it
_QUARTER_REACH = 250  # characters back to the city whose quarter the sentence names


def _quarter_namesake(doc: Document, p: Span) -> bool:
    """``p`` is named as a quarter ("في حي X") of the city the sentence names before it ("تشهد مدينة Y اقتتالاً …
    في حي X"), while the gazetteer entry read for X is a village far from that city: a quarter of Y that shares a
    village's name (the gazetteer lacks the quarter), not that village."""
    v: PlaceRef = p.value
    towns = ("community", "city", "foreign_city")
    if v.level not in towns \
            or not _QUARTER_HEAD.search(SHORT_VOWELS.sub("", doc.text[max(0, p.start - 20):p.start])):
        return False
    # (the city named last before it, in its sentence or, where the sentence names none, just before it: "قُتل مسلح
    # في حي X، وفق مصادر في المخيم" after a paragraph on the camp)
    # (never where the sentence names a town near the entry: "حي X في Y" is that town's quarter the gazetteer holds)
    sent = doc.sentence_of(p.start)
    if sent is not None and any(sent.start <= q.start < sent.end and q is not p
                                and (_km(v, q.value) or 1e9) <= QUARTER_KM for q in doc.layer("places")):
        return False
    cities = [q for q in doc.layer("places") if p.start - _QUARTER_REACH <= q.start and q.end <= p.start
              and q.value.id != v.id and q.value.level in towns and _usable(q)]
    if not cities:
        return False
    d = _km(v, cities[-1].value)
    return d is not None and d > QUARTER_KM


# the plural or dual noun that opens a list of villages or towns ("قرى X وY وZ في ريف T", "بلدتي X وY بريف T")
_LIST_HEAD = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:قرى|بلدات|قريتي|قريتا|بلدتي|بلدتا|مدن|مدينتي|مدينتا)"
                        r"\s+[\"«(]*$")
# the rest of such a list after its first item (one to five further items of one or two words, each opening with
# "و"), then the phrase that puts the whole list in a countryside or an area ("في ريف بلدة T", "بريف T")
_LIST_LOCATES = re.compile(
    r"^(?:\s*[،,]?\s*و[^\s.،,؛;:]+(?:\s+(?!(?:في|فى|على|قرب|ب)\s)[^\s.،,؛;:]+)?){1,5}[\s\"»)]*،?\s*"
    r"(?:(?:(?:الواقعة|الواقع|الواقعه|التابعة|التابع|التابعه)\s+)?(?:(?:في|فى)\s+|ب)"
    r"|(?:التابعة|التابع|التابعه|التابعتين|التابعين)\s+ل)"  # "… التابعة لناحية T": the area that holds them
    r"(?:ريف|منطقة|منطقه|ناحية|ناحيه|محافظة|محافظه)\s+(?:(?:بلدة|بلده|مدينة|مدينه)\s+)?[\s\"«(]*$")
LIST_REACH = 90  # characters at most from a list's first item to the place that holds the list


def _far_list_namesake(doc: Document, p: Span) -> bool:
    """``p`` opens a list of villages that the sentence puts in a countryside or an area after its last item ("قرى
    X وY وZ في ريف بلدة T"), and the gazetteer entry read for X lies far from T: X is a namesake of a village the
    gazetteer lacks (as :func:`_namesake` reads it of the place right before the locating phrase)."""
    for q in sorted((q for q in doc.layer("places") if p.end <= q.start <= p.end + LIST_REACH),
                    key=lambda q: q.start):
        gap = SHORT_VOWELS.sub("", doc.text[p.end:q.start])
        if re.search(r"[.؛;:\n]", gap):
            return False
        head = SHORT_VOWELS.sub("", doc.text[q.start:q.end]).split(" ")[0]
        if _LIST_LOCATES.match(gap) or _LIST_LOCATES.match(f"{gap}{head} "):
            # (the place's span may hold the countryside word itself: "في ريف بلدة T"); only at home, where the
            # gazetteer holds villages with namesakes (the curated towns abroad have none: "بلدات X وY في منطقة Z")
            return p.value.country == q.value.country == HOME_COUNTRY and _far_from(p.value, q.value)
    return False


def _weak(p: Span) -> bool:
    return p.value.level in _WEAK_LEVELS


# a preposition of a target before a country ("هجوم على إسرائيل", "صواريخ باتجاه إسرائيل"): the country is where
# the act lands, not a side
_TOWARD_COUNTRY = re.compile(r"(?:^|\s)[وف]?(?:على|ضد|نحو|باتجاه|تجاه|اتجاه|إلى|الى|عمق|داخل|أراضي|اراضي)\s+$")


def _side_country(doc: Document, p: Span, sent: Span, places: list[Span]) -> bool:
    """``p``, the best place of the act's sentence, is a country abroad named without a locative or a target's
    preposition ("أقامته إسرائيل", "وقالت إسرائيل"), in a sentence that places its act by a definite settlement noun
    ("عند أطراف البلدة", "في المخيم") after a settlement the article named before it: the country is a side of the
    act, whose place is that settlement (ACLED: the town the text names, never the country for want of it)."""
    if p.value.level != "country" or p.value.country in ("", HOME_COUNTRY) or _locative(doc, p) \
            or _TOWARD_COUNTRY.search(_before(doc, p, 20)):
        return False
    ana = _DEFINITE_ANAPHOR.search(doc.text, sent.start, sent.end)
    # (not when the sentence itself names a village the gazetteer lacks before the noun: "فرّوا إلى بلدة X … في أنحاء
    # البلدة" points to X, not to a town told before)
    if ana is None or _VILLAGE_NOUN.search(doc.text, sent.start, ana.start()):
        return False
    return any(q.end <= sent.start and ana.start() - q.end <= _ANAPHOR_REACH and q.value.level in _SETTLEMENT
               and q.value.level != "site" and not _weak(q) and _target(doc, q) for q in places)


def _in(spans: list[Span], a: int, b: int) -> list[Span]:
    return [p for p in spans if a <= p.start and p.end <= b]


def _locative(doc: Document, p: Span) -> bool:
    before = doc.text[max(0, p.start - 25):p.start]
    return bool(_LOCATIVE.search(before)) or doc.text[p.start - 1:p.start] == "ب"


# the adjectives of a source ("مصدر محلي", "مصادر أهلية مطلعة") and the seat after it ("في درعا", "بمدينة X"), shared by
# the announcers' and the sources' seats below
_SOURCE_ADJECTIVES = r"(?:\s+(?:[^\s.،,؛;:]+(?:ي|ية|يه|يون|يين)|مطلع|مطلعة|مطلعه)){0,2}"
_SEAT_TAIL = r"\s+(?:في\s+|ب)(?:(?:مدينة|مدينه|بلدة|بلده|محافظة|محافظه|منطقة|منطقه)\s+)?$"

# "أعلنت وزارة الصحة الفلسطينية في رام الله استشهاد شاب في بلدة X", "أكد الدفاع المدني في غزة أن …": the seat of the
# body that announces the news, named right after a speech verb and the body
_ANNOUNCER_SEAT = re.compile(
    r"(?:^|\s)[وف]?(?:أعلنت|اعلنت|أعلن|اعلن|قالت|قال|أكدت|اكدت|أكد|اكد|أفادت|افادت|أفاد|افاد|ذكرت|ذكر|أوضحت|اوضحت"
    r"|أوضح|اوضح|نشرت|أصدرت|اصدرت|بيان|إعلان|اعلان|وأفادت|وذكرت)\s+"
    r"(?:(?:ال)?(?:وزارة|وزاره|مديرية|مديريه|الدفاع\s+المدني|هيئة|هيئه|مكتب|دائرة|دائره|جمعية|جمعيه|الهلال\s+الأحمر"
    r"|الهلال\s+الاحمر|مركز|منظمة|منظمه|مؤسسة|مؤسسه|لجنة|لجنه|نقابة|نقابه|المرصد"
    # an official by the title of his office ("وأوضح مدير الأمن الداخلي في منطقة X أن دورية تعرضت لإطلاق نار على
    # الطريق إلى Y"): the area he is in charge of, not the act's place
    r"|مدير|مديرة|مديره|قائد|الناطق|المتحدث)(?:\s+[^\s.،,؛;:]+){0,4}"
    # a source or an official who tells the news from a town, with no more than the source's adjectives before it
    # ("قال مصدر محلي في درعا إن مسلحين هاجموا حاجزاً في بلدة X", "أفادت مصادر أهلية في دمشق بأن …"): where they
    # speak from, not where the act was ("أكدت مصادر للميادين وقوع انفجارات في X" is at X)
    r"|(?:مصدر|مصادر|مسؤول|مسؤولون|مسؤولين|ناشط|ناشطون|ناشطين)" + _SOURCE_ADJECTIVES
    # (session 42, pd28: a source inside an office named with its seat, "أوضح مصدر في قيادة الأمن العام بحمص أن
    # الوحدات اشتبكت مع خلية شمال مدينة تدمر": the office's seat, not the act's place)
    + r"(?:\s+(?:في|من)\s+(?:ال)?(?:قيادة|قياده|مديرية|مديريه|وزارة|وزاره|فرع|إدارة|ادارة|غرفة|غرفه)"
    r"(?:\s+[^\s.،,؛;:]+){1,3})?"
    + ")" + _SEAT_TAIL)


def _announcer_seat(doc: Document, p: Span) -> bool:
    """The place only says where the body that announces the news sits ("أعلنت وزارة الصحة في رام الله استشهاد
    شاب في بلدة X"): the event is at another place of the sentence when it names one."""
    return bool(_ANNOUNCER_SEAT.search(_before(doc, p, 60)))


def _statement_venue(doc: Document, p: Span) -> bool:
    """The place is where a statement was issued or a press conference held (:data:`_STATEMENT_VENUE`) and its
    sentence names another place, the act's ("في بيان صدر في دمشق … استهدف نقاطاً في ريف دمشق"); a venue that is
    the sentence's only place stays its place."""
    if not _STATEMENT_VENUE.search(_before(doc, p, 60)):
        return False
    sent = doc.sentence_of(p.start)
    return sent is not None and any(sent.start <= q.start < sent.end and q.value != p.value
                                    for q in doc.layer("places"))


# sources or activists who tell the news from a town ("قالت مصادر محلية في X إن …"), unlike a body that sits there
# ("أعلنت لجنة التسوية في منطقة X أن عناصر سلّموا أسلحتهم في مركز التسوية بالمدينة": the town is X)
_SOURCES_SEAT = re.compile(r"(?:^|\s)[وف]?(?:مصدر|مصادر|ناشط|ناشطون|ناشطين)" + _SOURCE_ADJECTIVES + _SEAT_TAIL)


def _seat_then_anaphor(doc: Document, best: Span, ev: Span, places: list[Span]) -> bool:
    """The sentence's only place is the seat of the sources that tell the news and its reported clause names the act's
    place by a definite town noun ("قالت مصادر محلية في إدلب إن الغارات أصابت أطراف المدينة"): the noun points back to
    a town named before the sentence, not to where the sources speak from."""
    if not _SOURCES_SEAT.search(_before(doc, best, 60)):
        return False
    if any(p is not best and _target(doc, p) for p in _in(places, ev.start, ev.end)):
        return False
    ana = _DEFINITE_ANAPHOR.search(doc.text, best.end, ev.end)
    if ana is None or ana.group(1) not in _TOWN_NOUNS:
        return False
    return any(p.end <= ev.start and _target(doc, p) and p.value.level in _SETTLEMENT and p.value.level != "site"
               and not _weak(p) for p in places)


# "قالت حركة X في العراق إن اغتيال القائد جريمة في سوريا", "وأكد حزب الله في لبنان أن …": the country that
# follows the speaker of a statement and closes its subject right before "إنّ/أنّ" only says where the speaker is; a
# place of the reported clause is the act's (the act is at the seat only when the clause names no place)
_SPEAKER_SEAT_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:قال|قالت|أكد|اكد|أكدت|اكدت|أعلن|اعلن|أعلنت|اعلنت|ذكر|ذكرت|أفاد|افاد|أفادت|افادت|أوضح|اوضح"
    r"|أوضحت|اوضحت|اعتبر|اعتبرت|رأى|رأت|شدد|شددت|أضاف|اضاف|أضافت|اضافت|أشار|اشار|أشارت|اشارت)"
    r"(?:\s+[^\s.،,؛;:]+){1,5}\s+(?:في\s+|ب)(?:(?:مدينة|مدينه|بلدة|بلده|محافظة|محافظه|منطقة|منطقه)\s+)?[\"«(]*$")
_SPEAKER_SEAT_AFTER = re.compile(r"^[\s\"»)]*[،,]?\s*(?:ب?[أإا]ن(?:ه|ها|هم|نا)?|بأن(?:ه|ها|هم)?)(?=[\s\"«]|$)")


def _speaker_seat(doc: Document, p: Span) -> bool:
    """The country closes the subject of a verb of speech right before its "إنّ/أنّ" ("قالت حركة X في العراق إن …"):
    where the speaker is, not the act the statement reports (a town there is most often where a local body tells
    of what happened around it: "قالت خدمة الإسعاف في بلدة X إن …")."""
    if p.value.level != "country":
        return False
    after = _INVISIBLE.sub("", doc.text[p.end:p.end + 12])
    if not _SPEAKER_SEAT_AFTER.match(after):
        return False
    return bool(_SPEAKER_SEAT_BEFORE.search(_INVISIBLE.sub("", _before(doc, p, 70))))


# what joins a town to its camp or quarter named right after it: "في نابلس ومخيم بلاطة", "مدينة غزة، ولا سيما في حي
# الشجاعية", "في جنين وتحديداً في مخيمها"
_WITH_PART = re.compile(r"^[\s\"»)]*[،,]?\s*(?:و\s*)?(?:(?:لا\s*سيما|لاسيما|خصوصا|خاصة|بخاصة|تحديدا|منها)\s*)?"
                        r"(?:في\s*|ب)?[\s\"«(]*$")


def _with_part(doc: Document, p: Span, cands: list[Span]) -> bool:
    """The town ``p`` is named with a camp or quarter of its own right after it ("في نابلس ومخيم بلاطة") or
    right before it in the same clause ("مخيم عسكر القديم قرب نابلس"): it only says where that lies, and the act
    is at the camp (ACLED: the most specific place)."""
    for q in cands:
        if not part_of(q.value, p.value):
            continue
        if 0 <= q.start - p.end <= 30 and _WITH_PART.match(SHORT_VOWELS.sub("", doc.text[p.end:q.start])):
            return True
        if 0 <= p.start - q.end <= 30 and not _CLAUSE.search(doc.text[q.end:p.start]):
            return True
    return False


# only "و" between a place and the act word after it, or "و" and one verb that carries the act noun (a headline's
# "… في X وتطلق النار على … قرب Y", "… في X وتشن غارة على …"; no definite noun nor settlement noun: "في X والقرى")
_AND_GAP = re.compile(r"^[\s\"»)]*(?:و?|و(?!ال|(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|ريف|محيط)(?:\s|$))"
                      r"[^\s\"«»()\d]{2,}\s+)\s*$")


def _other_acts_place(doc: Document, p: Span, pivot: int, cands: list[Span]) -> bool:
    """``p`` ends an earlier phrase ("… في X") and "و" joins the act at ``pivot`` to it, the act naming its own
    place right after it ("خطف تاجر في X ومظاهرة في Y", "مقتل شاب في X واعتقال آخر في Y"): the earlier act's
    place, as far from this act as a place in another clause."""
    if p.start >= pivot or not _AND_GAP.match(doc.text[p.end:pivot]) or not _locative(doc, p):
        return False
    return any(q.start > pivot and q.start - pivot <= _OWN_PHRASE and _locative(doc, q)
               and not _CLAUSE.search(doc.text[pivot:q.start]) for q in cands)


_OWN_PHRASE = 30  # characters at most between an act word and its own place after it

# session 41 (iq27): "و" and the word of another act right after an act's own place, then that act's place ("مقتل
# ثلاثة إرهابيين بضربة جوية في جبال X والقبض على مطلوب في Y"): the gap from the first place to the second
_NEXT_ACT_GAP = re.compile(r"^[\s\"»)]*،?\s*و(\S+)(?:\s+\S+){0,4}?\s+(?:في|فى)\s+(?:\S+\s+)?$")


def _next_acts_place(doc: Document, p: Span, pivot: int, cands: list[Span]) -> bool:
    """``p`` follows the act at ``pivot``, which names its own place right after it, and "و" then the word of
    another act separates the two ("بضربة جوية في جبال X والقبض على مطلوب في Y", "قتيل في X واعتقال آخرين في Y"): the
    mirror of :func:`_other_acts_place`, the later act's place, as far from this act as a place in another clause."""
    if p.start <= pivot or not _locative(doc, p):
        return False
    for q in cands:
        if not (pivot < q.start < p.start and q.end <= p.start and _locative(doc, q)
                and not _CLAUSE.search(doc.text[pivot:q.start])):
            continue
        # (the act's own place right after its word, or after the word of its means: "مقتل ثلاثة بضربة جوية في X")
        near = max((t.start for t in doc.layer("triggers") if pivot <= t.start < q.start), default=pivot)
        if q.start - near > _OWN_PHRASE:
            continue
        m = _NEXT_ACT_GAP.match(doc.text[q.end:p.start])
        if m is None:
            continue
        # (the word after "و" and the next one name an act, not a casualty of this one: "… في X وإصابة آخر في Y")
        words = doc.text[q.end + m.start(1) - 1:p.start].split()[:2]
        if any(h.start <= 1 and not (h.payloads[0].flags & {"casualty", "verb"})
               for h in trigger_matcher().find(normalize(" ".join(words)))):
            return True
    return False


_ROAD_NEIGHBOUR = 40  # characters at most between a road's end and a place that lies on that road


def _town_on_road(doc: Document, p: Span, cands: list[Span]) -> bool:
    """``p`` ends a road, and the sentence puts a town or site on that road in the same phrase ("قرية X على طريق
    A – B", "على طريق A – B قرب بلدة X"): the town is the more precise place.  A place past "و" and another act
    ("تستهدف سيارة على طريق A – B وقصف يطال بلدة X") belongs to that act, not to the road."""
    if p.value.role != "road":
        return False
    for q in cands:
        if q is p or q.value.role == "road" or is_broad(q.value):
            continue
        a, b = (q.end, p.start) if q.end <= p.start else (_road_tail(doc, p, cands).end, q.start)
        if b < a:
            continue
        gap = SHORT_VOWELS.sub("", doc.text[a:b])
        # a comma that only opens the spot on the road ("على طريق A – B، قرب بلدة X", "بلدة X، على طريق A – B")
        m = (_ROAD_SPOT if q.start >= p.end else _ON_ROAD_AFTER).match(gap)
        if m is not None:
            gap = gap[m.end():]
        if len(gap) <= _ROAD_NEIGHBOUR and not _CLAUSE.search(gap) and not _NEW_ACT.search(gap):
            return True
    return False


def _road_tail(doc: Document, p: Span, cands: list[Span]) -> Span:
    """The last end of the road that ``p`` begins ("طريق دمشق – درعا": درعا for دمشق)."""
    while True:
        nxt = [q for q in cands if q.start >= p.end and q.value.role == "road"
               and _ROAD_JOIN.match(doc.text[p.end:q.start])]
        if not nxt:
            return p
        p = min(nxt, key=lambda q: q.start)


# after a road's end, a comma and a word that puts the event at a spot of that road ("على الطريق الدولي دمشق – درعا،
# بالقرب من جسر بلدة X", "…، عند مدخل مدينة X", "…، في محيط قرية X")
_ROAD_SPOT = re.compile(r"^[\s\"»)]*[،,]\s*(?:(?:تحديدا|تحديدًا|تحديداً)\s+)?"
                        r"(?:بالقرب\s+من|على\s+مقربة\s+من|قرب|عند|مقابل|في\s+محيط|بمحيط|على\s+أطراف|على\s+اطراف|بين)\s")
# before a road's first end, a comma and the road itself ("قرب بلدة X، على الطريق الدولي A – B")
_ON_ROAD_AFTER = re.compile(r"^[\s\"»)]*[،,]\s*(?:على|عبر)\s+(?:ال)?(?:طريق|أوتوستراد|اوتوستراد|أتوستراد)\s+"
                            r"(?:(?:ال)?(?:دولي|الدولي|العام|عام|السريع|الرئيسي|الواصل|الرابط)\s+)?(?:بين\s+)?$")


# "و" opening a new word that is no settlement noun: another act's phrase begins ("وقصف", "واستهداف")
_NEW_ACT = re.compile(r"(?:^|\s)و(?!(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|مدينتي|بلدتي|قريتي|منطقة|منطقه|ريف)(?:\s|$))"
                      r"[^\s\"«»()]{2,}")


# the participle "overlooking" before a place ("جزيرة X التابعة لمحافظة Y، المطلّة على البحر الأحمر", "التلال المطلة على
# بلدة Z"): the place only describes the one named before it, whose act it is (a head word may come between)
_OVERLOOKING = re.compile(r"(?:^|\s)[وف]?(?:ال)?مطل(?:ة|ه|ين|ون|ان|تين|تان)?\s+(?:مباشرة\s+)?على\s+"
                          r"(?:[^\s.،,؛;:]+\s+)?$")


def _overlooked(doc: Document, p: Span) -> bool:
    """``p`` follows the participle "overlooking" (:data:`_OVERLOOKING`), tashkeel aside."""
    return _OVERLOOKING.search(_visible(_before(doc, p, 40))[0]) is not None


# the far end of a road told by where it leads ("قطع الأهالي الطريق الواصل إلى مدينة X", "انقطاع الطرق المؤدية إلى
# X"): the road only points at that town, so any other town or site of the sentence places the act better
_ROAD_TO = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:طريق|طرق|طرقات)\s+(?:ال)?(?:واصل|واصلة|واصله|مؤدي|مؤدية|مؤديه"
                      r"|موصل|موصلة|موصله|ذاهب|ذاهبة)\s+(?:إلى|الى)\s+"
                      r"(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|مخيم)\s+)?[\"«(]*$")


def _road_to(doc: Document, p: Span) -> bool:
    """``p`` is the far end of a road named by where it leads (:data:`_ROAD_TO`), tashkeel aside."""
    return _ROAD_TO.search(_visible(_before(doc, p, 60))[0]) is not None


def _beside_road_to(q: Span, p: Span) -> bool:
    """A place ``q`` that places an act better than ``p``, the far end of a road (:func:`_road_to`): a town or site,
    or a governorate of the home country that does not hold ``p`` (a region abroad, "جنوب لبنان", is no better)."""
    v = q.value
    if not is_broad(v):
        return True
    return v.level == "governorate" and v.country in ("", HOME_COUNTRY) and not contains(v, p.value)


def _best_in_sentence(doc: Document, cands: list[Span], pivot: int) -> Span | None:
    home = HOME_COUNTRY
    site_abroad = any(q.value.level == "site" and q.value.country not in ("", home) for q in cands)

    # a native's home town named beside another town: the other town is the act's, in Syria or abroad
    # (unless the clause goes on at that town by a bare "المدينة"/"البلدة": "هاجم شبان من مدينة X حاجزاً على مدخل
    # المدينة", _home_told_again)
    natives = {id(p) for p in cands if (_NATIVE.search(_before(doc, p)) or _person_from(doc, p))
               and not _home_told_again(doc, p)}
    # (the people of a place, "من أهالي قرية X", rank their town below the sentence's other places, but leave a place
    # abroad where it stands: "طال القصف قرية X … إصابة مواطن من أهالي قرية X" names the hit village twice)
    dwellers = {id(p) for p in cands if _DWELLERS.search(_before(doc, p))}
    # (and a place that only says where such a town lies: "من سكان بلدة X شمالي غربي Y", "من سكان مخيم X بمدينة Y")
    for p in sorted(cands, key=lambda q: q.start):
        q = _place_before(doc, p)
        if q is not None and id(q) in dwellers and q.start < p.start:
            tail = SHORT_VOWELS.sub("", doc.text[q.end:p.start])
            if _ORIGIN_TAIL.match(tail) or _IN_TAIL.match(tail):
                dwellers.add(id(p))
    # a road's end city yields to a native's town on that road, and a road told by one end to any town of the sentence
    yielding_roads = _native_on_road(doc, cands, natives) if natives else set()
    yielding_roads |= _lone_road_ends(doc, cands)

    def score(p: Span) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, int]:
        # a town or site beats the region or road around it ("الكوم … في بادية حمص"), a place in
        # Syria one abroad that the sentence lists with it ("استهدفت قاعدة X في العراق … كما استهدفت
        # قاعدة Y في سوريا"), then a place in the trigger's clause, a locative,
        # nearness; the trigger's object follows it, so a place before the trigger counts as twice as far
        dist = p.start - pivot if p.start >= pivot else 2 * (pivot - p.end)
        a, b = (pivot, p.start) if p.start >= pivot else (p.end, pivot)
        other_clause = bool(_CLAUSE.search(doc.text[a:b])) or _other_acts_place(doc, p, pivot, cands)
        # (a place of another act joined after this act's own place loses even to a broad place of this act: "بضربة
        # جوية في جبال X والقبض على مطلوب في مدينة Y" is in the mountains)
        next_act = _next_acts_place(doc, p, pivot, cands)
        wide = is_broad(p.value) or _town_on_road(doc, p, cands) or _announcer_seat(doc, p) \
            or _with_part(doc, p, cands) or id(p) in yielding_roads or _governorate_head(doc, p, cands, pivot)
        # (a region of no one country, "الشرق الأوسط", is no place in Syria either: it never beats a named site abroad,
        # "قاعدة البرج 22 في الأردن")
        abroad = p.value.level != "country" and (p.value.country != home if p.value.country else site_abroad) \
            and not natives
        # of two broad places, the smaller: "في إحدى قرى محافظة إدلب، شمالي غربي سوريا" is in the governorate
        # (a place the act's place is said to overlook describes it: "… لمحافظة X، المطلة على البحر" is in X)
        # (a road's far end yields even to a governorate that does not hold it: "شهدت بلدات محافظة X احتجاجات على
        # انقطاع الطرق المؤدية إلى Y"; not to one that does, "في جنوب لبنان … على الطريق المؤدي إلى بلدة Y")
        return (_weak(p) or id(p) in road_tos, p.value.level == "country", _speaker_seat(doc, p), abroad,
                id(p) in road_tos, next_act, wide,
                _overlooked(doc, p),
                id(p) in natives or id(p) in dwellers, other_clause, not _locative(doc, p), dist)

    # a foreign country named without a locative is a side ("وصعّدت إسرائيل عدوانها", "تتهم تركيا"),
    # not where the act happened
    strong = [p for p in cands if _target(doc, p, pivot)]
    # "استهدفت حي X في محيط مدينة Y": Y only says where X lies; the event is at X (even though only Y
    # follows a locative word)
    strong = [q for q in strong if not any(_locates(doc, p, q) for p in strong)]
    # "في البادية الواقعة شمال شرقي محافظة المفرق": a region told by a place after it that it does not hold (a desert
    # across the border from the one the gazetteer means by the bare name): that place's
    strong = [q for q in strong if not any(_placed_by(doc, q, p) for p in strong)]
    # (never to the seat of an official or a source who tells of it: "وأوضح مدير الأمن في منطقة X أن دورية تعرضت
    # لإطلاق نار على الطريق الواصل إلى Y" is on the road to Y)
    road_tos = {id(p) for p in strong if _road_to(doc, p)
                and any(q is not p and _beside_road_to(q, p) and not _announcer_seat(doc, q) for q in strong)}
    kicker = _kicker_place(doc, strong, pivot)
    if kicker is not None:
        return kicker
    return min(strong, key=score) if strong else None


# session 41 (nr28): a headline that opens on a place and a colon ("X: ارتفاع حصيلة الاشتباكات إلى خمسة قتلى") names
# the place of its whole line; "و" and the word of another clause ("… والقذائف تطال Y") begins that clause's own place
_KICKER_TAIL = re.compile(r"^[\s\"»)]*[:：]\s")
_KICKER_HEAD = re.compile(r"^[\s\"«(]*$")
_JOINED_CLAUSE = re.compile(r"(?:^|\s)و(?!(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|ريف|مخيم)(?:\s|$))"
                            r"([^\s\"«»()]{2,})")


def _kicker_place(doc: Document, strong: list[Span], pivot: int) -> Span | None:
    """The place a line opens with before a colon ("عين الحلوة: ارتفاع حصيلة الاشتباكات … والقذائف تطال صيدا"), when
    the act at ``pivot`` follows the colon and names no place of its own before "و" opens another clause: the line's
    place, not the place of the joined clause after it."""
    sent = doc.sentence_of(pivot)
    paras = doc.layer("paragraphs")
    # (the headline alone, the article's first line: a body line "X: …" is as often a correspondent's dateline)
    if sent is None or not paras or not (paras[0].start <= sent.start < paras[0].end):
        return None
    first = min(strong, key=lambda q: q.start, default=None)
    if first is None or first.end > pivot or not _KICKER_HEAD.match(doc.text[sent.start:first.start]) \
            or not _KICKER_TAIL.match(doc.text[first.end:pivot]) or first.value.level == "country":
        return None
    later = [q for q in strong if q.start > pivot]
    if not later:
        return None
    for q in later:
        joined = list(_JOINED_CLAUSE.finditer(doc.text, pivot, q.start))
        if not joined:
            return None
        word = normalize(joined[0].group(1))
        # (a casualty of the same act is no other clause: "X: مقتل شاب وإصابة آخر في Y" is at Y)
        if any(h.start <= 1 and h.payloads[0].flags & {"casualty"} for h in trigger_matcher().find(word)):
            return None
    return first


def _governorate_head(doc: Document, p: Span, cands: list[Span], pivot: int) -> bool:
    """``p`` is a governorate's capital named bare before the act ("في حمص، فارق طفل الحياة جراء انفجار لغم في بادية
    تدمر") and another place of that governorate is named after the act: the name stands for the governorate, as in
    :func:`_bare_capital`, wider than that place, even a countryside ("في مدينة حمص" names the city)."""
    v: PlaceRef = p.value
    if p.end <= pivot and v.country not in ("", HOME_COUNTRY) and (_gov_abroad(v) or v.level == "region"):
        # abroad, a governorate or a province named before the act ("وفي محافظة الضالع، استشهدت امرأة جراء قصف
        # … في مديرية قعطبة"): a place it holds, named after the act, is where the act was
        return any(q.start >= pivot and q.value.id != v.id and contains(v, q.value) for q in cands)
    if p.end > pivot or v.level not in ("city", "community") or v.role != "place" \
            or _capitals().get(v.name_ar) != v.admin1:
        return False
    span = SHORT_VOWELS.sub("", doc.text[p.start:p.end])
    if "مدينة" in span or "مدينه" in span or _CITY_HEAD.search(_before(doc, p, 20)):
        return False
    return any(q.start >= pivot and q.value.admin1 == v.admin1 and q.value.id != v.id for q in cands)


def _lone_road_ends(doc: Document, cands: list[Span]) -> set[int]:
    """The roads in ``cands`` named by one end only ("على طريق دمشق", "طريق حلب"): the road to a city, which a town
    or site of the sentence places more precisely than the city at its far end."""
    if not any(q.value.role != "road" and q.value.level in _SETTLEMENT for q in cands):
        return set()
    places = doc.layer("places")
    return {id(p) for p in cands if p.value.role == "road"
            and not any(q.value.role == "road" and _ROAD_JOIN.match(doc.text[p.end:q.start] if q.start >= p.end
                                                                    else doc.text[q.end:p.start])
                        for q in places if q.start >= p.end or q.end <= p.start)}


def _native_on_road(doc: Document, cands: list[Span], natives: set[int]) -> set[int]:
    """The ends of the roads in ``cands`` on which a native's home town of the sentence lies ("شابين من أبناء مدينة
    X … على طريق A – B", X between A and B): the act on the road is at that town, not at the road's far end city."""
    roads = [p for p in cands if p.value.role == "road"]
    if not roads:
        return set()
    places = sorted(doc.layer("places"), key=lambda q: q.start)
    ends = road_ends(doc)
    towns = [q.value for q in cands if id(q) in natives and q.value.role != "road" and not is_broad(q.value)]
    out: set[int] = set()
    for p in roads:
        head = _road_head(places, p, doc.text).value
        if any(t.id != head.id and t.id not in {e.id for e in ends.get(head.id, [])}
               and on_road(head, t, ends.get(head.id, [])) for t in towns):
            out.add(id(p))
    return out


# the settlement noun right before a home town ("من مدينة X", "من أبناء بلدة X") and, later in its clause, the same
# noun made definite after a word of where ("على مدخل المدينة", "عند أطراف البلدة", "داخل القرية"): the act is there
_HOME_NOUN = re.compile(r"(?:^|\s)(?:من\s+(?:(?:أبناء|ابناء|أهالي|اهالي|سكان)\s+)?)"
                        r"(مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم)\s+[\"«(]*$")
_AT_THE = re.compile(r"(?:^|\s)[وف]?(?:على|عند|في|داخل|قرب|بالقرب\s+من)\s+(?:(?:مدخل|مداخل|أطراف|اطراف|وسط|محيط|شوارع"
                     r"|أحياء|احياء|ساحة|ساحه|سوق|أحد\s+أحياء|احد\s+احياء)\s+)?ال(مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم)"
                     r"(?![^\s.،,؛;:])")
_HOME_AGAIN_CHARS = 90


def _home_told_again(doc: Document, p: Span) -> bool:
    """A home town ("شبان من مدينة X") that a bare definite noun of the same kind takes up later in its clause, as
    the act's place ("… حاجزاً لقوات النظام على مدخل المدينة"), before any other town: the town is where the act
    is, not only who acted."""
    m = _HOME_NOUN.search(_visible(_before(doc, p, 40))[0])
    if m is None:
        return False
    after = doc.text[p.end:p.end + _HOME_AGAIN_CHARS]
    cut = re.search(r"[.؛;:!?؟\n]", after)
    after = after[:cut.start()] if cut else after
    noun = m.group(1)[:3]
    again = next((a for a in _AT_THE.finditer(after) if a.group(1)[:3] == noun), None)
    if again is None:
        return False
    return not any(p.end < q.start < p.end + again.start() and not is_broad(q.value) for q in doc.layer("places"))


# a native of the place ("شاب سوري من أبناء مدينة X", "من مواليد بلدة X"): often where the act happened too
# ("قُتل تسعة من أبناء مدينة X"), but not where the sentence names another town for it ("… برصاص الجيش اللبناني في
# بلدة عرسال"), even one abroad
_NATIVE = re.compile(r"(?:^|\s)من\s+(?:أبناء|ابناء|مواليد)\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه)\s+)?[\"«(]*$")
# "من أهالي بلدة X", "من سكان مخيم Y": the people of a place, named to say who the victim is
_DWELLERS = re.compile(r"(?:^|\s)من\s+(?:أهالي|اهالي|سكان)\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم)\s+)?[\"«(]*$")


# what puts a place right after another inside it: "X في Y", "X في محيط مدينة Y", "X الواقعة في ريف Y", also past
# one adjective or a comma ("قاعدة X الأميركية في Y", "قاعدة "X"، الواقعة في Y"), or near it ("قرية X القريبة من Y")
_LOCATED_IN = re.compile(
    r"^[\s\"»)]*(?:ال[^\s.،,؛;:]+(?:ي|ية|يه)[\s\"»)]*)?[،,]?\s*"
    r"(?:(?:الواقعة|الواقع|الواقعه|التابعة|التابع|التابعه)\s+)?(?:في|فى|ب|قرب|بالقرب\s+من|داخل"
    r"|(?:ال)?(?:قريبة|قريبه|قريب|مجاورة|مجاوره|مجاور)\s+(?:من|ل))\s*"
    # (abroad, the districts of Lebanon and Iraq and Yemen: "بلدة ياطر في قضاء بنت جبيل", "منطقة X في مديرية Y")
    r"(?:(?:محيط|ريف|مدينة|مدينه|بلدة|بلده|منطقة|منطقه|محافظة|محافظه|ناحية|ناحيه|أطراف|اطراف|قضاء|مديرية|مديريه)\s+)"
    r"{0,2}[\s\"«(]*$")


# what tells where a region lies by the place after it: "البادية الواقعة شمال شرقي محافظة X", "الصحراء الممتدة غربي X"
_PLACED_BY = re.compile(r"^[\s\"»)]*[،,]?\s*(?:ال)?(?:واقعة|واقع|واقعه|ممتدة|ممتد|ممتده)\s+"
                        r"(?:(?:في|فى|ب|على|عند|قرب)\s*|(?:(?:أقصى|اقصى)\s+)?(?:(?:شمال|جنوب|شرق|غرب)(?:ي|يّ)?\s+){1,2})"
                        r"(?:(?:ال)?(?:محافظة|محافظه|منطقة|منطقه|مدينة|مدينه|حدود)\s+)?[\"«(]*$")


def _placed_by(doc: Document, q: Span, p: Span) -> bool:
    """The region ``q`` is told by the place ``p`` right after it ("البادية الواقعة شمال شرقي محافظة المفرق") and does
    not hold it: the name is another land's region of that kind, at ``p``."""
    if q.value.level != "region" or p.start < q.end or p.start - q.end > 45 or contains(q.value, p.value):
        return False
    return bool(_PLACED_BY.match(SHORT_VOWELS.sub("", doc.text[q.end:p.start])))


# session 41 (nr28): "في الناحية", "بالناحية": the sub-district named before (Iraq's "ناحية X"); "الناحية" is also "the
# side", which an adjective or "من" follows ("من الناحية الشرقية", "في الناحية الأخرى", "من هذه الناحية": no anaphor)
_SUBDISTRICT_ANAPHOR = re.compile(r"(?:^|\s)[وف]?(?:في|فى|داخل|ب)\s*الناحية(?=[\s.،,؛:\"»)]|$)"
                                  r"(?!\s+(?:ال|من\s|نفس|ذات))")
_SUBDISTRICT_HEAD = re.compile(r"(?:^|\s)[وفبل]?(?:ناحية|ناحيه)\s+$")
_SUBDISTRICT_REACH = 1200  # characters back to the "ناحية X" that "في الناحية" points to


def _subdistrict_antecedent(doc: Document, places: list[Span], ev: Span) -> Span | None:
    """The place "ناحية X" the article named last before a bare "في الناحية" of ``ev`` ("اندلع نزاع في ناحية X" …
    "نفذت القوات عملية دهم في الناحية"), when ``ev`` names no place of its own before it."""
    m = _SUBDISTRICT_ANAPHOR.search(doc.text, ev.start, ev.end)
    # (a governorate the sentence names, a police or a command's, "قوة من شرطة X نفذت حملة في الناحية", is no
    # place of the act more precise than the sub-district)
    if m is None or any(_target(doc, p) and not _weak(p) and not is_broad(p.value)
                        for p in _in(places, ev.start, ev.end) if p.end <= m.start() or p.start > m.end()):
        return None
    back = [p for p in places if p.end <= m.start() and m.start() - p.end <= _SUBDISTRICT_REACH
            and (_called_by(doc, p, _SUBDISTRICT_HEAD, "ناحية")
                 or re.match(r"[وفبل]?ناحي[ةه]\s", SHORT_VOWELS.sub("", doc.text[p.start:p.end])))
            and not _reporter(doc, p)]
    return back[-1] if back else None


# session 41 (nr28): "X شمالي Y", "X جنوب شرقي محافظة Y": a bearing from the place after, which only says where X lies
_BEARING_GAP = re.compile(rf"^[\s\"»)]*[،,]?\s*(?:ال)?{_BEARING}"
                          r"(?:(?:مدينة|مدينه|محافظة|محافظه|قضاء|ناحية|ناحيه|بلدة|بلده)\s+)?[\s\"«(]*$")


def _told_by_bearing(doc: Document, p: Span, q: Span) -> bool:
    """``q`` follows the precise place ``p`` by a compass bearing only ("في ناحية X شمالي Y"): ``p`` is the place."""
    if q.start < p.end or q.start - p.end > 30 or _weak(p) or is_broad(p.value) or p.value.level == "country":
        return False
    return bool(_BEARING_GAP.match(SHORT_VOWELS.sub("", doc.text[p.end:q.start])))


def _locates(doc: Document, p: Span, q: Span) -> bool:
    """``q`` follows the precise place ``p`` only to say where ``p`` lies: "حي X في مدينة Y" (Y holds X or
    lies within ``QUALIFIED_KM`` of it)."""
    if q.start < p.end or q.start - p.end > 30 or _weak(p) or is_broad(p.value) or p.value.role == "road":
        return False
    if not _LOCATED_IN.match(SHORT_VOWELS.sub("", doc.text[p.end:q.start])):
        return False
    if contains(q.value, p.value):
        return True
    d = _km(p.value, q.value)
    # a curated site's name is unambiguous: the place after it only says where it lies, also when that names
    # the province by its capital ("قاعدة حرير الواقعة في أربيل", ~50 km from the city)
    return d is not None and d <= (SITE_LOCATED_KM if p.value.level == "site" else QUALIFIED_KM)


SITE_LOCATED_KM = 100.0  # a site said to lie "in" a place lies at most this far from that place's point
HOME_COUNTRY = "Syria"  # the country rasd codes events for and its gazetteer details (PlaceRef's default)


def _road_head(places: list[Span], p: Span, text: str) -> Span:
    """A road is named by its ends ("طريق القامشلي - عامودا"): whichever end a sentence puts nearest
    the act, the event is on one road, so it takes the road's first end (mentions of one event at
    either end then agree)."""
    while p.value.role == "road":
        prev = [q for q in places if q.end <= p.start and q.value.role == "road"
                and _ROAD_JOIN.match(text[q.end:p.start])]
        if not prev:
            break
        p = max(prev, key=lambda q: q.end)
    return p


ROAD_KM = 20.0  # a place this close to the stretch between a road's two ends lies on the road


def road_ends(doc: Document) -> dict[str, list[PlaceRef]]:
    """The roads the article names by their ends ("طريق الفرقلس – حمص"): for the id of a road's first end
    (the place an event on the road takes, :func:`_road_head`), the points of its other ends."""
    places = sorted(doc.layer("places"), key=lambda p: p.start)
    out: dict[str, list[PlaceRef]] = {}
    for p in places:
        if p.value.role != "road":
            continue
        head = _road_head(places, p, doc.text)
        if head is p or head.value.id == p.value.id:
            continue
        end: PlaceRef = p.value
        if end.level == "governorate":  # "طريق دمشق - حمص" read as a governorate: its capital
            cap = _seat(end.id, "admin1")
            if cap is not None:
                end = replace(end, lat=cap.lat, lon=cap.lon)
        ends = out.setdefault(head.value.id, [])
        if all(e.id != end.id for e in ends):
            ends.append(end)
    return out


def on_road(road: PlaceRef, b: PlaceRef, ends: list[PlaceRef]) -> bool:
    """``b`` lies within ``ROAD_KM`` of the stretch between the road's first end (``road``) and one of its
    other ends: "قصف شاحنة على طريق الفرقلس – حمص" is not a strike on a town 80 km off that road."""
    if road.lat is None or road.lon is None or b.lat is None or b.lon is None:
        return False
    lat0, lon0 = road.lat, road.lon
    k = 111.2 * math.cos(math.radians(lat0))
    px, py = (b.lon - lon0) * k, (b.lat - lat0) * 111.2
    for e in ends:
        if e.lat is None or e.lon is None:
            continue
        ex, ey = (e.lon - lon0) * k, (e.lat - lat0) * 111.2
        n = ex * ex + ey * ey
        t = 0.0 if n == 0 else max(0.0, min(1.0, (px * ex + py * ey) / n))
        if math.hypot(px - t * ex, py - t * ey) <= ROAD_KM:
            return True
    return False


LEAD_PARAGRAPHS = 3  # title, standfirst and first paragraph: where an article names its main place


SECTION_HEADING_WORDS = 7  # the most words of a section heading ("اشتباكات في الباب", "وقفة احتجاجية في جاسم")
_SENTENCE_MARKS = ".!?؟:،,؛"
_ENDS_SENTENCE = tuple('.!?؟"»)”')


SECTION_LABEL_WORDS = 3  # the most words of a section heading's label before its colon ("القناة 12: …")


def _labelled(line: str) -> str:
    """A section heading's text after its label: a press review or a round-up heads each item with the outlet or the
    day it comes from and a colon ("هآرتس: رواية أخرى للغارة"، "القناة 12: اشتباكات في خان يونس").  The line itself
    when it has no such label (one colon, a label of at most ``SECTION_LABEL_WORDS`` words and two words after it)."""
    label, colon, rest = line.partition(":")
    if colon and 0 < len(label.split()) <= SECTION_LABEL_WORDS and len(rest.split()) >= 2 \
            and not any(c in _SENTENCE_MARKS for c in label):
        return rest
    return line


# a dateline line of its own under the headline: a city (one to three words), a dash and the outlet that filed it or a
# word that stands for one ("الحسكة – نورث برس", "بيروت – العربي الجديد", "دمشق – خاص"): where the story was filed
_DATELINE_LINE = re.compile(r"^[^\s\d.،,:()\-–—]{2,15}(?:\s[^\s\d.،,:()\-–—]{2,15}){0,2}\s*[-–—]\s*(.{2,30})$")
_DATELINE_WORDS = frozenset(norm_key(w) for w in ("خاص", "وكالات", "متابعات", "مراسلنا", "المراسل"))


def _dateline_line(t: str) -> bool:
    """``t`` (a short line) is a dateline: a city, a dash and an outlet's name (:data:`_DATELINE_LINE`)."""
    from rasd.io.outlets import outlet_name_keys

    m = _DATELINE_LINE.match(t)
    if m is None:
        return False
    rest = norm_key(m.group(1).strip(" \"«»“”'"))
    return rest in outlet_name_keys() or rest in _DATELINE_WORDS


def section_headings(doc: Document) -> list[tuple[Span, int]]:
    """The section headings of the body, each with where its section ends: a short line with no mark of a
    sentence between a paragraph that ends one and a longer paragraph that reads on (a crossheading an outlet puts
    over each act of a roundup: "اغتيال في طفس", "قصف تركي"; not a dateline under the title, "الحسكة – نورث
    برس").  It names the act of the section below it, not an act of its own.  Once per document (the events stage
    asks for each place it assigns)."""
    memo: list[tuple[Span, int]] | None = doc.meta.get("section_headings")
    if memo is not None:
        return memo
    paras = doc.layer("paragraphs")
    out: list[tuple[Span, int]] = []
    for k in range(1, len(paras) - 1):
        t = doc.text[paras[k].start:paras[k].end].strip()
        above = doc.text[paras[k - 1].start:paras[k - 1].end].rstrip()
        below = doc.text[paras[k + 1].start:paras[k + 1].end]
        if len(t.split()) <= SECTION_HEADING_WORDS and not any(c in _SENTENCE_MARKS for c in _labelled(t)) \
                and not _dateline_line(t) and above[-1:] in _ENDS_SENTENCE and len(below) > 2 * len(t) \
                and any(c in ".!?؟" for c in below):
            out.append((paras[k], len(doc.text)))
    for j in range(len(out) - 1):
        out[j] = (out[j][0], out[j + 1][0].start)
    doc.meta["section_headings"] = out
    return out


def _heading_place(doc: Document, places: list[Span], start: int) -> Span | None:
    """The one place the section heading over ``start`` names ("إطلاق نار في نوى" over "… قرب دوار المدينة"), or
    None: a sentence of the section that names no place of its own tells the act at it."""
    for sec, end in section_headings(doc):
        if sec.end <= start < end:
            own = [p for p in _in(places, sec.start, sec.end) if not _weak(p)]
            return own[0] if len({p.value.id for p in own}) == 1 else None
    return None


# a settlement noun right before a name ("في بلدة X", "قرية X"): the name is a town's
_TOWN_BEFORE = re.compile(r"(?:^|\s)[وفبل]?(?:مدينة|مدينه|بلدة|بلده|قرية|قريه)\s+[\"«(]*$")


def _lacked_village(doc: Document, p: Span) -> bool:
    """``p`` names a town the gazetteer lacks that its locating phrase put in a governorate ("في بلدة X بريف درعا
    الشرقي", X read as the governorate, not as its namesake abroad): an act there is at that unknown town, so in the
    governorate (or the side of it that the phrase names), never at another town of the lead (often another act's,
    "… وعبوة تستهدف دورية قرب Y")."""
    v: PlaceRef = p.value
    if v.level != "governorate" or v.role != "place" or not _TOWN_BEFORE.search(_before(doc, p, 20)):
        return False
    return norm_key(v.name_ar) not in norm_key(doc.text[p.start:p.end])


# the compass part of a governorate's countryside ("ريف دير الزور الغربي", "شرقي حلب", "ريف درعا الشمالي الغربي")
_COMPASS_PART = re.compile(r"(?<!\w)(?:ال)?(شمال|جنوب|شرق|غرب)(?:ي|ى)?(?:\s+(?:ال)?(شرق|غرب)(?:ي|ى)?)?(?!\w)")
_COMPASS_REACH = 60  # characters after a town where the text may place it in a part of its governorate


def _compass_of(text: str) -> tuple[str, ...]:
    """The compass part a place mention names ("ريف دير الزور الغربي" → ("غرب",)), empty when it names none."""
    m = _COMPASS_PART.search(text)
    return tuple(g for g in m.groups() if g) if m else ()


def _other_part(doc: Document, places: list[Span], p: Span, broad: Span) -> bool:
    """The text places ``p`` in another compass part of ``broad``'s governorate than ``broad`` names ("في بلدة هجين
    بريف دير الزور الشرقي، في حين قُتل … في ريف دير الزور الغربي"): that town is no place of the act told at the
    other part."""
    part = _compass_of(doc.text[broad.start:broad.end])
    if not part:
        return False
    for r in places:  # (any naming of the town: the headline's bare one, the body's placed one)
        if r.value.id != p.value.id:
            continue
        sentence = doc.sentence_of(r.start)
        stop = min(r.end + _COMPASS_REACH, sentence.end if sentence is not None else r.end + _COMPASS_REACH)
        if any(r.end <= q.start < stop and q.value.id == broad.value.id
               and (own := _compass_of(doc.text[q.start:q.end])) and own != part for q in places):
            return True
    return False


# a big city named only as the neighbourhood of the act: "قرب دمشق", "في محيط العاصمة دمشق", "جنوب دمشق"
_NEAR_CITY = re.compile(r"(?:^|\s)[وفب]?(?:قرب|بالقرب\s+من|محيط|ضواحي|أطراف|اطراف|(?:ال)?(?:جنوب|شمال|شرق|غرب)(?:ي|ى)?)"
                        r"\s+(?:(?:ال)?(?:العاصمة|العاصمه)\s+(?:السورية\s+|السوريه\s+)?)?[\"«(]*$")
NEAR_CITY_KM = 35.0  # how far from a city named as an act's neighbourhood its town may lie (events' fold too)


def _town_near_city(doc: Document, places: list[Span], best: Span, evidence: list[Span]) -> Span | None:
    """The first sentence of the act (most often the headline) names only a big city the act was near ("غارات
    إسرائيلية قرب دمشق"), and a later sentence of the act names the town it hit near that city ("استهدفت مواقع في
    محيط مدينة الكسوة جنوب العاصمة دمشق"): that town, the act's place."""
    v: PlaceRef = best.value
    if v.level != "city" or v.role != "place" or v.country not in ("", HOME_COUNTRY) \
            or _capitals().get(v.name_ar) is None or not _NEAR_CITY.search(_before(doc, best, 30)):
        return None
    for ev in evidence[1:]:
        for q in _in(places, ev.start, ev.end):
            w: PlaceRef = q.value
            if w.id == v.id or _weak(q) or is_broad(w) or w.country not in ("", HOME_COUNTRY) \
                    or not _target(doc, q) or _reporter(doc, q) or _origin(doc, q):
                continue
            km = _km(v, w)
            if km is not None and km <= NEAR_CITY_KM:
                return q
    return None


# the next sentence quotes the statement that the act's sentence reported ("أعلنت الوزارة … شمالي سوريا. وقالت
# الوزارة في بيان، إن …"; not "وأضاف البيان أن …", which goes on to the statement's next item)
_STATEMENT_NEXT = re.compile(r"^[\s\"«]*[وف]?(?:قال|قالت|أوضح|أوضحت|اوضح|اوضحت|ذكر|ذكرت|أفاد|أفادت|افاد|افادت)"
                             r"\s+(?:[^\s.،,؛;:]+\s+){0,4}?(?:في\s+)?(?:ال)?(?:بيان|البيان|بيانها|بيانه)(?=[\s.،,؛:]|$)")


def _statement_detail(doc: Document, places: list[Span], ev: Span, broad: Span) -> Span | None:
    """The act's last sentence places it no closer than a country or a compass part of it ("أعلنت وزارة الدفاع تحييد 5
    مسلحين حاولوا التسلل إلى منطقة عملية X شمالي سوريا"), and the very next sentence quotes the statement the act was
    announced in and names a precise place of that country ("وقالت الوزارة في بيان إن المسلحين حُيّدوا … غربي مدينة
    Y"): the statement's detail of the same act, at Y."""
    nxt = next((s for s in doc.layer("sentences") if s.start >= ev.end), None)
    if nxt is None or not _STATEMENT_NEXT.match(SHORT_VOWELS.sub("", doc.text[nxt.start:nxt.end])):
        return None
    best = _best_in_sentence(doc, _in(places, nxt.start, nxt.end), nxt.start)
    if best is None or (is_broad(best.value) and not best.value.side) or _weak(best) \
            or best.value.role not in ("place", "near", "region") or best.value.country != broad.value.country \
            or not _target(doc, best):
        return None
    return best


def _lead_place(doc: Document, places: list[Span], broad: PlaceRef, own: Span | None = None,
                broad_span: Span | None = None) -> Span | None:
    """The first precise place of the article's lead that lies in ``broad`` (a governorate, never a
    country): a later sentence that names only the governorate ("هجوم آخر جنوبي إدلب") most often
    continues the lead's story, at the lead's place.  None when that first place is the governorate's
    capital named bare (:func:`_bare_capital`): the lead names the governorate.  A headline act at the region
    (``own``, a sentence of the first line) never takes the place of the headline's other act ("غارات على ريف
    إدلب.. ومسيّرة تستهدف سرمين": Sarmin is the drone's), but the body's."""
    paras = doc.layer("paragraphs")
    end = paras[min(LEAD_PARAGRAPHS, len(paras)) - 1].end if paras else 0
    title = paras[0] if paras and own is not None and paras[0].start <= own.start < paras[0].end else None
    for p in places:
        if p.start >= end:
            break
        if title is not None and title.start <= p.start < title.end and not own.start <= p.start < own.end:
            continue
        if broad_span is not None and _other_part(doc, places, p, broad_span):
            continue  # a town the text places in another part of the governorate than the act's
        if not _weak(p) and _target(doc, p) and p.value.role != "road" and contains(broad, p.value):
            # a capital named bare ("تطورات إدلب") first: the lead tells of the governorate, no closer
            return None if _bare_capital(doc, p, broad) else p
    return None


_CITY_HEAD = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:مدينة|مدينه)\s*$")


def named_as_city(doc: Document, evidence: list[Span], place: PlaceRef) -> bool:
    """One of the ``evidence`` sentences names ``place`` with the head "مدينة" ("وسط مدينة السويداء"): the city
    itself, not the governorate that a capital named bare also stands for."""
    return any(isinstance(p.value, PlaceRef) and p.value.id == place.id
               and any(s.start <= p.start < s.end for s in evidence)
               and ("مدينة" in SHORT_VOWELS.sub("", doc.text[p.start:p.end]) or _CITY_HEAD.search(_before(doc, p, 20)))
               for p in doc.layer("places"))


def _bare_capital(doc: Document, p: Span, broad: PlaceRef) -> bool:
    """``p`` is the capital of the governorate ``broad`` named bare ("تطورات دير الزور", "غارة في إدلب"):
    a headline's name that stands for the governorate as well as for the city, so no more precise than
    ``broad`` ("مدينة إدلب" names the city)."""
    v: PlaceRef = p.value
    if v.level not in ("city", "community") or v.role != "place" or broad.level != "governorate" \
            or _capitals().get(v.name_ar) != v.admin1 or v.admin1 != broad.admin1:
        return False
    span = SHORT_VOWELS.sub("", doc.text[p.start:p.end])
    return "مدينة" not in span and "مدينه" not in span and not _CITY_HEAD.search(_before(doc, p, 20))


def _answer_pivot(doc: Document, sentence: Span, trigger: Span) -> int:
    """The act word that places an event: ``trigger``, unless it names the act a retaliation phrase answers
    ("شنّ حزب الله، رداً على الاغتيال في بلدة X، هجوماً على Y") and the sentence names an act outside such a
    phrase too (the answer, "هجوماً"), which then places it."""
    if _motive_bounds(doc, trigger)[0] is None:
        return trigger.start
    for t in sorted(doc.layer("triggers"), key=lambda t: t.start):
        if sentence.start <= t.start < sentence.end and t.start != trigger.start and _motive_bounds(doc, t)[0] is None:
            return t.start
    return trigger.start


# the words of a death that a later act word of the sentence explains ("باستشهاد الضابط، الذي قضى في عدوان على منطقة
# X", "مقتل شاب بغارة على بلدة X"): a toll, not the act; the act's own place follows the act word
_DEATH_KEYS = frozenset(norm_key(w) for w in ("استشهاد", "مقتل", "قتل", "مصرع", "استشهد", "قضى", "وفاة", "ارتقاء",
                                              "لقي", "لقيت", "لقوا", "قتلى", "شهداء", "ضحايا", "مصرعه", "مصرعهم"))
_CAUSE_REACH = 80  # characters at most from the death word to the act word that tells how it came
# the act that caused the death, after a preposition of means or cause ("قضى في عدوان", "قتل بغارة", "جراء قصف"),
# told for the first time (not "في الهجوم", an act the article already told and placed)
_CAUSE_ACT = re.compile(
    r"(?:^|\s)(?:[وف]?(?:في|جراء|جرّاء|إثر|اثر|بسبب|نتيجة|بفعل)\s+|ب)(?:عدوان|اعتداء|غارة|غاره|غارات|قصف|هجوم"
    r"|استهداف|ضربة|ضربه|ضربات|انفجار|تفجير|قذيفة|قذيفه|قذائف|صاروخ|صواريخ|مسيرة|مسيّرة|مسيره)(?!\w)")


def _cause_pivot(doc: Document, sentence: Span, pivot: int, places: list[Span], remote: bool | None = None) -> int:
    """The act word that places a death told at ``pivot`` (a death word there, or, when ``remote`` is
    given, the first one of the sentence read from its start ``pivot``): the act word of the cause
    phrase right after it ("استقبلت السفارة في X المعزين باستشهاد الضابط الذي قتل في غارة على منطقة Y"
    is at Y, not at the embassy's X), when no place stands between the two (a place there is the
    death's own: "مقتل شاب في بلدة X بقصف …") and one before the death word would compete with the
    act's own (with none, the nearest place after the death word is the act's already).
    ``remote``: whether the event is a remote attack; a sentence read from its start may tell a death
    of another act (a clash's sentence that goes on "في وقت قتل فيه مدنيان بقصف على بلدة Y"), so only
    a remote attack's takes it."""
    if remote is False:
        return pivot
    for w in re.finditer(r"[^\s.،,؛:\"«»()]+", doc.text[pivot:sentence.end]):
        key = norm_key(w.group())
        if key not in _DEATH_KEYS and key[1:] not in _DEATH_KEYS:
            if remote:
                continue
            return pivot
        end = pivot + w.end()
        cause = _CAUSE_ACT.search(doc.text, end, min(sentence.end, end + _CAUSE_REACH))
        if cause is None or "." in doc.text[end:cause.start()] or any(end <= p.start < cause.start() for p in places) \
                or not any(sentence.start <= p.start and p.end <= pivot + w.start() for p in places):
            return pivot
        return cause.start() + (doc.text[cause.start()].isspace())
    return pivot


def org_fronts(doc: Document, evidence: list[Span]) -> list[PlaceRef]:
    """The countries of the organisation names in the evidence sentences that hold one ("المقاومة الإسلامية في
    لبنان": Lebanon; rasd.geo.stage keeps them in ``doc.meta["org_fronts"]``): the fronts the group acts on."""
    return [ref for a, b, ref in doc.meta.get("org_fronts", []) if any(s.start <= a and b <= s.end for s in evidence)]


_ALONG_FRONT = re.compile(r"على\s+(?:طول|امتداد)\s+(?:الحدود|الجبهة|الخط)")
_FRONT_KM = 160.0  # a group's front: places this close to the country its name holds (Lebanon: up to Haifa)


# "وفي اليوم التالي، داهمت القوات المنازل في البلدتين": a definite dual place noun after a locative points back to the
# two towns (villages, cities, camps, areas) named before it; "بين البلدتين" is one front, not two places
# a facility's dual ("استُهدف المطاران", "قصف المطارين") needs no locative: its own noun names the two sites
_DUAL_ANAPHOR = re.compile(r"(?:^|\s)(?:[وف]?(?:في\s+|على\s+|داخل\s+|ب)ال(بلدتين|مدينتين|قريتين|مخيمين|منطقتين)"
                           r"|(?<!بين )[وفل]?ال(مطار(?:ين|ان)|قاعدت(?:ين|ان)|حقل(?:ين|ان)))"
                           r"(?=[\s.،,؛:\"»)]|$)")
# the singular and the dual (construct) of each: the nouns that introduced the two places
_DUAL_ANAPHOR_NOUNS = {"بلدتين": "بلدة|بلده|بلدتي|بلدتا", "مدينتين": "مدينة|مدينه|مدينتي|مدينتا",
                       "قريتين": "قرية|قريه|قريتي|قريتا", "مخيمين": "مخيم|مخيمي|مخيما",
                       "منطقتين": "منطقة|منطقه|منطقتي|منطقتا", "مطار": "مطار|مطاري|مطارا",
                       "قاعدت": "قاعدة|قاعده|قاعدتي|قاعدتا", "حقل": "حقل|حقلي|حقلا"}
_DUAL_ANAPHOR_REACH = 800  # characters back to the two places the dual noun points to


def dual_anaphor_places(doc: Document, sentence: Span) -> list[Span]:
    """The two places a sentence that names no precise place of its own tells its act at by a definite dual noun
    (:data:`_DUAL_ANAPHOR`, "حملة مداهمات في البلدتين"): the last two distinct places named before it by the same
    noun (:data:`_DUAL_ANAPHOR_NOUNS`), of the kind it names (settlements for "البلدتين"), within reach; [] when there
    is no such noun or pair."""
    m = _DUAL_ANAPHOR.search(doc.text, sentence.start, sentence.end)
    places = list(doc.layer("places"))
    if m is None or any(not _weak(p) for p in _in(places, sentence.start, sentence.end)):
        return []
    town = m.group(1) in ("بلدتين", "مدينتين", "قريتين")
    site = m.group(1) is None  # "المطاران": the two sites (or a place joined to a site by a dual: "مطاري دمشق وحلب")
    # the places the same noun introduced: each after its own noun ("بلدة X … بلدة Y") or a pair after its dual
    # ("بلدتي X وY"); not a town of another kind named between ("مدينة Z")
    nouns = _DUAL_ANAPHOR_NOUNS[m.group(1) or re.sub(r"(?:ين|ان)$", "", m.group(2))]
    noun = re.compile(rf"(?:^|\s)[وفبل]?(?:ال)?(?:{nouns})\s+$")
    opens = re.compile(rf"[وفبل]?(?:ال)?(?:{nouns})\s")
    before = sorted((p for p in places if sentence.start - _DUAL_ANAPHOR_REACH <= p.start and p.end <= sentence.start),
                    key=lambda p: p.start)
    pairs = _dual_pairs(doc, before)
    named = {id(p) for p in before if noun.search(_before(doc, p, 15)) or opens.match(doc.text, p.start, p.end)}
    named |= {pairs[i] for i in named if i in pairs}
    back: list[Span] = []
    for p in reversed(before):
        if id(p) not in named or not _target(doc, p) or _weak(p) or _reporter(doc, p) or p.value.level == "country" \
                or (town and (p.value.level not in _SETTLEMENT or p.value.level == "site")) \
                or (site and p.value.level != "site" and not any(q.value.level == "site" and pairs.get(id(q)) == id(p)
                                                                 for q in before)):
            continue
        if all(q.value.id != p.value.id for q in back):
            back.append(p)
        if len(back) == 2:
            return back[::-1]
    return []


def event_place(
    doc: Document, evidence: list[Span], trigger: Span | None, kin: list[Span] | None = None
) -> tuple[PlaceRef | None, list[str]]:
    """The place of an event and the Arabic spans that named it (:func:`_event_place`).

    A protest told abroad: a sentence that places the crowd by a nationality adjective ("في الجامعات الأميركية",
    "شهدت المدن الإيرانية مسيرات", "في عدة مدن بريطانية") is in that country, whatever place the sentence names
    only as the cause ("العدوان على قطاع غزة") or the article names elsewhere; a place the sentence names with a
    locative ("في نيويورك") or of that same country stands.
    """
    place, mentions = _event_place(doc, evidence, trigger, kin)
    place = _compass_part(doc, evidence, place)
    capital = _bare_capital_place(doc, evidence, place, mentions)
    if capital is not None:
        return capital
    if not evidence or not (_protest_act(trigger) or (_arrest_act(trigger)
                                                      and _CROWD.search(doc.text, evidence[0].start, evidence[0].end))):
        return place, mentions
    country, mention = _adjective_place(doc, evidence[0])
    if not country or (place is not None and place.country == country):
        return place, mentions
    # (a town the sentence names, or a place it names as where: "في نيويورك", "المدن المحتلة، وأبرزها تل أبيب")
    if place is not None and any((_placed_in(doc, p) or (p.value.geo_precision == 1 and not war_topic(doc, p)))
                                 and doc.text[p.start:p.end] in mentions
                                 for p in _in(doc.layer("places"), evidence[0].start, evidence[0].end)):
        return place, mentions
    # a precise place of that country the sentence names ("في العاصمة الأميركية واشنطن"), else the country
    own = [p for p in _in(doc.layer("places"), evidence[0].start, evidence[0].end)
           if p.value.country == country and not is_broad(p.value) and not war_topic(doc, p)]
    if own:
        return capital_point(own[0].value), [doc.text[own[0].start:own[0].end]]
    ref = _country_place(country)
    return (ref, [mention]) if ref is not None and mention else (place, mentions)


# "تظاهر الآلاف وسط العاصمة", "استمرت الاشتباكات في العاصمة وضواحيها", "بوسط العاصمة": the capital named by the bare
# noun after a locative (no name nor nationality adjective after it: "العاصمة الأردنية", "العاصمة كييف" are places
# the gazetteer reads)
_BARE_CAPITAL = re.compile(
    r"(?:^|[\s\"«(])[وف]?(?:(?:في|داخل|شوارع|ساحات|أمام|امام)\s+(?:(?:وسط|قلب|شوارع|ساحات)\s+)?|ب?وسط\s+|ب)"
    r"العاصم[ةه](?=[\s.،,؛;:\"»)]|$)")


def _bare_capital_place(
    doc: Document, evidence: list[Span], place: PlaceRef | None, mentions: list[str]
) -> tuple[PlaceRef, list[str]] | None:
    """The act's own sentence places it in the bare "العاصمة" ("تظاهر آلاف التونسيين وسط العاصمة") while the place
    chosen is only the country, or a place the sentence does not name (another paragraph's town): the event is in
    that country's capital (``capitals.tsv``), when the gazetteer knows it. None when the rule does not apply."""
    if not evidence or place is None or not place.country or place.level not in ("country", "foreign_city", "site"):
        return None  # a sea or a region abroad ("البحر الأحمر" is Yemen's) says nothing of the country's capital
    from rasd.geo.gazetteer import national_capitals

    cap = national_capitals().get(place.country)
    if cap is None or cap.id == place.id:
        return None
    from rasd.geo.gazetteer import get_gazetteer

    g = get_gazetteer()
    for sent in evidence if place.level == "country" else evidence[:1]:
        found = _capital_in(doc, sent, place, mentions, g)
        if found is not None:
            return replace(cap, role="place"), [found]
    return None


def _capital_in(doc: Document, sent: Span, place: PlaceRef, mentions: list[str], g: Gazetteer) -> str | None:
    """The bare "العاصمة" of one of the act's sentences that places it in ``place``'s country capital (its text), or
    None.  An act placed only at its country may take it from any of its sentences ("وسط العاصمة" after a headline
    that names the country); one placed at a town only from its first."""
    if _BARE_CAPITAL.search(doc.text, sent.start, sent.end) is None:
        return None  # (most sentences: no bare "العاصمة", before the places and words of the sentence are read)
    own = _in(doc.layer("places"), sent.start, sent.end)
    if place.level != "country" and any(doc.text[p.start:p.end] in mentions for p in own):
        return None  # the sentence names the place chosen
    if _other_nationality(doc, sent, place.country) \
            and (_foreign_actor_named(doc, sent, place.country)
                 or not any(p.value.country == place.country and p.value.level == "country" for p in own)):
        return None  # "الشرطة الأوغندية تعتقل … في العاصمة" with Kenya chosen: the capital of another country
        # (not when the sentence names the country chosen itself and the other nationality is no actor's but a
        # thing's: "ضد السياسة الفرنسية … من أجل سيادة بوركينا فاسو")
    for m in _BARE_CAPITAL.finditer(doc.text, sent.start, sent.end):
        after = doc.text[m.end():m.end() + 30].lstrip(" \"»)")
        word = after.split(maxsplit=1)[0] if after.split() else ""
        if after.startswith("ال") or any(m.end() <= p.start <= m.end() + 3 for p in own) \
                or (word and g.lookup(word)):
            continue  # "العاصمة الأردنية", "العاصمة طهران": a name or an adjective the place reader handles
        if any(p.value.country == place.country and p.value.level != "country" and not is_broad(p.value)
               for p in own):
            return None  # the sentence names a town of that country besides the capital
        return doc.text[m.start():m.end()].strip(" \"«(")
    return None


def _foreign_actor_named(doc: Document, sent: Span, country: str) -> bool:
    """A nationality adjective of another country than ``country`` stands inside one of the sentence's actor
    mentions or right after it ("الشرطة الأوغندية", "القوات الفرنسية"): the sentence's people or forces are of
    another country."""
    acts = _in(doc.layer("actors"), sent.start, sent.end)
    return any(named[0] != country and any(a.start <= at <= a.end + 2 for a in acts)
               for at, named in _nationality_words(doc, sent))


def _other_nationality(doc: Document, sent: Span, country: str) -> bool:
    """The sentence names people, forces or places by nationality adjectives ("التونسيين", "الشرطة الأوغندية") and
    none of them is of ``country``."""
    named = {c for _at, countries in _nationality_words(doc, sent) for c in countries}
    return bool(named) and country not in named


def _nationality_words(doc: Document, sent: Span) -> list[tuple[int, list[str]]]:
    """The nationality adjectives of the sentence ``sent``: each word's start and the countries it names, read as it
    stands and without its first letter (a clitic: "والتونسيين"), in that order."""
    from rasd.geo.demonyms import AR_WORD, demonym_forms

    forms = demonym_forms()
    out: list[tuple[int, list[str]]] = []
    for w in AR_WORD.finditer(doc.text, sent.start, sent.end):
        n = norm_key(w.group())
        named = [forms[k] for k in (n, n[1:]) if k in forms]
        if named:
            out.append((w.start(), named))
    return out


# "شمال شرقي سوريا", "في أقصى شمالي شرق سوريا": the country named by its north-eastern part, as reporting on the
# Hasakah, Raqqa and Deir ez-Zor front names it (the compass words before the country's name)
# the part: a centroid of the three governorates (geo_precision 3, ACLED's region-level point)
NORTH_EAST_SYRIA = PlaceRef(id="region:syria-northeast", name_en="North-eastern Syria (Hasakah, Raqqa, Deir ez-Zor)",
                            name_ar="شمال شرقي سوريا", level="region", lat=36.0, lon=40.5, geo_precision=3)
# "شمال غربي سوريا": the Idlib enclave and western Aleppo (the opposition-held north-west)
NORTH_WEST_SYRIA = PlaceRef(id="region:syria-northwest", name_en="North-western Syria (Idlib, western Aleppo)",
                            name_ar="شمال غربي سوريا", level="region", lat=35.95, lon=36.75, geo_precision=3)
# the other compass parts the text names before the country ("شرقي سوريا", "في جنوب سوريا", "شمالي سوريا",
# "وسط سوريا"): the point of the gazetteer's compass region (regions.tsv), read here as a part holding its
# governorates (own id, ":part"); a south-east or west of Syria has no part here ("")
_COMPASS_PARTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(r"(?:^|[\s،,(])(?P<and>و)?(?:أقصى\s+)?" + words + r"\s*$"), ref) for words, ref in (
        (r"شمالي?\s+شرقي?", NORTH_EAST_SYRIA.id),
        (r"شمالي?\s+غربي?", NORTH_WEST_SYRIA.id),
        (r"جنوبي?\s+(?:شرقي?|غربي?)", ""),
        (r"شمالي?", "region:syria-north"),
        (r"جنوبي?", "region:syria-south"),
        (r"شرقي?", "region:syria-east"),
        (r"وسط", "region:syria-centre"),
    ))
_PART = ":part"


@cache
def _compass_region(ref_id: str) -> PlaceRef | None:
    """The place of a compass part of Syria by its id (the two constants above or a compass row of the gazetteer)."""
    if ref_id in (NORTH_EAST_SYRIA.id, NORTH_WEST_SYRIA.id):
        return NORTH_EAST_SYRIA if ref_id == NORTH_EAST_SYRIA.id else NORTH_WEST_SYRIA
    from rasd.geo.gazetteer import get_gazetteer

    g = get_gazetteer()
    e = g.entries.get(ref_id)
    return replace(g.to_ref(e), role="place", id=ref_id + _PART) if e is not None else None


def _compass_part(doc: Document, evidence: list[Span], place: PlaceRef | None) -> PlaceRef | None:
    """An event placed only at Syria whose evidence names the country by a compass part ("اعتقال قيادي في شمال
    شرقي سوريا", "غارات على مواقع في شمال غرب سوريا", "تعزيزات إلى قواعده شرقي سوريا") is in that part, not at the
    country's centroid.  The compass words after a place ("قرب الحسكة، شمالي شرقي سوريا") only locate that place
    (which then is the event's place, not the country)."""
    if place is None or place.level != "country" or place.country != "Syria":
        return place
    places = doc.layer("places")
    for ev in evidence:
        for p in _in(places, ev.start, ev.end):
            if not isinstance(p.value, PlaceRef) or p.value.level != "country" or p.value.country != "Syria":
                continue
            before = doc.text[max(0, p.start - 30):p.start]
            found = next(((m, ref_id) for pattern, ref_id in _COMPASS_PARTS if (m := pattern.search(before))), None)
            if found is None:
                continue
            m, ref_id = found
            if m.group("and"):
                continue  # "في شمالي وشمالي شرقي سوريا": two parts together, the country stands
            gap_end = max(0, p.start - 30) + m.start() + (1 if m.group()[:1] in " ،,(" else 0)
            if any(0 <= gap_end - q.end <= 3 and not doc.text[q.end:gap_end].strip(" ،,(")
                   for q in _in(places, max(0, gap_end - 60), gap_end)):
                continue
            part = _compass_region(ref_id) if ref_id else None
            if part is not None:
                return part
    return place


# a place named as where something is ("في نيويورك", "في مدينة X", "داخل X", "بباريس"), not what it is against ("على X")
_PLACED_IN = re.compile(r"(?:^|\s)[وف]?(?:في|فى|داخل)\s+(?:[^\s.،,؛]+\s+)?[\"«]?$")


def _placed_in(doc: Document, p: Span) -> bool:
    return bool(_PLACED_IN.search(doc.text, max(0, p.start - 30), p.start)) or doc.text[p.start - 1:p.start] == "ب"


@cache
def _country_place(country: str) -> PlaceRef | None:
    """The gazetteer's country row of the English name ``country`` (its centroid, geo_precision 3)."""
    from rasd.geo.gazetteer import get_gazetteer

    g = get_gazetteer()
    for e in g.entries.values():
        if e.level == "country":
            r = g.to_ref(e)
            if r.country == country:
                return replace(r, role="place")
    return None


def _adjective_place(doc: Document, sentence: Span) -> tuple[str, str]:
    """The country a nationality adjective after a place head noun of ``sentence`` names ("الجامعات الأميركية",
    "مدن ومناطق تركية"), "" when none or when two countries are so named (not after a phrase of solidarity), and
    the text of the first such place phrase of the sentence ("" when none)."""
    from rasd.geo.demonyms import place_adjective_countries

    found = place_adjective_countries(doc.text, sentence, _NOT_ABROAD)
    countries: set[str] = set()
    for c, m in found:
        at = max(sentence.start, doc.text.find(m, sentence.start))
        if not _SOLIDARITY.search(doc.text, max(sentence.start, at - 60), at):
            countries.add(c)
    return (countries.pop() if len(countries) == 1 else ""), (found[0][1] if found else "")


# the crowd a protest backs, not the one that gathers: "وقفة تضامنية مع الحركات الاحتجاجية للطلاب في الجامعات
# الأميركية" (the stand is where the sentence's own place is)
_SOLIDARITY = re.compile(r"(?:تضامن|تأييد|مساند|دعما|دعم|نصرة|نصره)[^\s.،,؛]*\s+(?:مع|ل)[^.،,؛]*$")


# heads whose nationality adjective does not place a crowd abroad: "الأراضي الفلسطينية المحتلة" names the land of a
# protest in Israel or in Palestine alike
_NOT_ABROAD = frozenset({norm_key("أراضي"), norm_key("اراضي")})


# a clause mark, then "و" opening this act's phrase: what stands before the mark is another act's
# ("يقتلون شاباً في X.. وعبوة تستهدف", "قتل شاب في X، واستهدفت عبوة")
_PRIOR_ACT_GAP = re.compile(r"^[\s\"»)]*(?:\.{2,}|…|[،,؛;\-–])\s*و[^.،,؛;:]*$")


def _prior_acts_place(doc: Document, p: Span, pivot: int) -> bool:
    """``p`` closes the phrase of an earlier act that a clause mark and "و" separate from the act at ``pivot``."""
    return p.end <= pivot and bool(_PRIOR_ACT_GAP.match(doc.text[p.end:pivot]))


def _kin_place(doc: Document, places: list[Span], kin: list[Span] | None, after: int) -> Span | None:
    """The place of the first report of an event of the same kind from ``after`` on that names a precise one."""
    for s in sorted((s for s in kin or [] if s.start >= after), key=lambda s: s.start):
        best = _best_in_sentence(doc, _in(places, s.start, s.end), s.start)
        if best is not None and not _weak(best):
            return best
    return None


def _event_place(
    doc: Document, evidence: list[Span], trigger: Span | None, kin: list[Span] | None = None
) -> tuple[PlaceRef | None, list[str]]:
    """The place of an event and the Arabic spans that named it.

    ``kin``: the sentences of the article that report an event of the same kind (type and
    sub-type); a sentence that names no place ("وأضافت أن الضربات استهدفت …") continues the
    nearest earlier one of them that does.
    """
    places = sorted(doc.layer("places"), key=lambda p: p.start)
    if _protest_act(trigger) or (_crowd_act(trigger) and evidence
                                 and _CROWD.search(doc.text, evidence[0].start, evidence[0].end)):
        places = [p for p in places if not war_topic(doc, p)]
    if not places:
        # (a nationwide act of a state's office still has that state's country: "جرت في مختلف أنحاء البلاد")
        lead = evidence[0] if evidence else None
        para = next((p for p in doc.layer("paragraphs") if p.start <= lead.start < p.end), None) if lead else None
        own = _officials_country(doc, lead, para) if lead is not None and _nationwide(doc, lead, para) else None
        return own if own is not None else (None, [])
    pivot = trigger.start if trigger is not None else (evidence[0].start if evidence else 0)
    remote = trigger is not None and isinstance(trigger.value, Trigger) \
        and trigger.value.event_type == "Explosions/Remote violence"
    if trigger is not None and evidence:
        pivot = _cause_pivot(doc, evidence[0], _answer_pivot(doc, evidence[0], trigger), places)

    def result(p: Span) -> tuple[PlaceRef, list[str]]:
        p = _road_head(places, p, doc.text)
        mentions = [doc.text[p.start:p.end]]
        return capital_point(p.value), mentions

    # 0. "وفي البلدة ذاتها، …": the act's sentence names its place only by a definite noun told as the same one
    # (its other places, if any, broad: "وفق بيان … في محافظة X"): the place named last before it
    lead = evidence[0] if evidence else doc.sentence_of(pivot)
    same = _SAME_ANAPHOR.search(doc.text, lead.start, lead.end) if lead is not None else None
    if same is not None and not any(not _weak(p) for p in _in(places, lead.start, lead.end)):
        back = [p for p in places if p.end <= same.start() and _target(doc, p) and not _weak(p)
                and not _reporter(doc, p) and p.value.level != "country"
                and (same.group(1) not in _TOWN_NOUNS or (p.value.level in _SETTLEMENT and p.value.level != "site"))]
        head = re.compile(rf"(?:^|\s)[وفبل]?{same.group(1)}\s+$")
        # "بلدة X … مدينة Y … في البلدة ذاتها": the last town the same noun introduced, near enough ("منطقة" names
        # any kind of place: no such choice)
        called = [p for p in back if same.group(1) in _TOWN_NOUNS and same.start() - p.end <= 2 * _ANAPHOR_REACH
                  and _called_by(doc, p, head, same.group(1))]
        if called:
            return result(called[-1])
        told = doc.sentence_of(back[-1].start) if back else None
        if told is not None:
            # else the place of the sentence that named the last one ("في مخيم X، شمالي قطاع غزة. وفي المنطقة نفسها،
            # …": the camp, not the governorate that locates it)
            best = _best_in_sentence(doc, _in(back, told.start, told.end), told.start)
            return result(best or back[-1])
    # 0b. "نفذت القوات حملة دهم في الناحية": the sub-district the article named before ("في ناحية X")
    if lead is not None:
        sub = _subdistrict_antecedent(doc, places, lead)
        if sub is not None:
            return result(sub)
    # 1a. a border act told at no place more precise than a country or a front ("اشتبكت قوات حرس الحدود في المنطقة
    # العسكرية الشمالية مع مهربين قادمين من الأراضي السورية") whose next lines say where across the line the other
    # side came from ("انطلقت من المنطقة المقابلة لبلدة X", "على الشريط الحدودي المقابل لبلدة X"): that village
    if evidence:
        first = _best_in_sentence(doc, _in(places, evidence[0].start, evidence[0].end), pivot)
        if first is None or is_broad(first.value):
            opp = _opposite_place(doc, places, evidence[0])
            if opp is not None:
                return result(opp)
    # 1. the trigger's sentence (first evidence sentence), then the other evidence sentences
    for k, ev in enumerate(evidence):
        best = _best_in_sentence(doc, _in(places, ev.start, ev.end),
                                 pivot if k == 0 else _cause_pivot(doc, ev, ev.start, places, remote))
        if best is not None and _seat_then_anaphor(doc, best, ev, places):
            break  # "قالت مصادر محلية في X إن الغارات أصابت أطراف المدينة": the town the article named before
        if best is not None and _side_country(doc, best, ev, places):
            # "احتجزوا الراعيين عند أطراف البلدة، واقتادوهما إلى موقع أقامته إسرائيل": the state is a side of the
            # act, which the sentence places by its definite noun at the town named before (step 2)
            continue
        if best is not None and (is_broad(best.value) or _announcer_seat(doc, best)):
            # "أكد المكتب الإعلامي في غزة ارتكاب مذبحة داخل مدرسة التابعين": the building's place, which another
            # sentence gives ("مدرسة "التابعين" في حي الدرج"), when it lies in the sentence's wide place
            fac = _facility_place(doc, places, ev)
            if fac is not None and (_announcer_seat(doc, best) or contains(best.value, fac.value)):
                return result(fac)
            base = _unnamed_base(doc, places, ev, best)
            if base is not None:
                return result(base)
        if best is not None:
            span = _extent_country(doc, best, _in(places, ev.start, ev.end))
            if span is not None:
                return span
        if best is not None and (not _weak(best) or k == len(evidence) - 1):
            # "جنوبي إدلب": the lead's precise place inside the governorate, when it names one (never inside a
            # country: "إطلاق نار في شمالي فلسطين المحتلة" is not at the site the headline names, tens of km off)
            # (nor for an older story the sentence dates weeks before the report: "هاجمت في كانون الأول الماضي دورية
            # في ريف طرطوس" is not at the town of this week's ambush)
            if _weak(best) and best.value.level != "country" and not _older_story(doc, ev) \
                    and not any(q.value.id == best.value.id and _lacked_village(doc, q)
                                for q in _in(places, ev.start, ev.end)):
                inner = _lead_place(doc, places, best.value, ev, best)
                if inner is not None:
                    return result(inner)
            if k == len(evidence) - 1 and best.value.level == "country":
                detail = _statement_detail(doc, places, ev, best)
                if detail is not None:
                    return result(detail)
            if k == 0 and len(evidence) > 1:
                town = _town_near_city(doc, places, best, evidence)
                if town is not None:
                    return result(town)
            return result(best)
    # 1b. no place of the act in its sentences but where the side hit was heading: that destination
    for ev in evidence:
        if not any(_target(doc, p) for p in _in(places, ev.start, ev.end)):
            dest = _headed_for(doc, ev)
            if dest is not None:
                return result(dest)
    if evidence:
        # 1c. villages the gazetteer lacks ("قصف … قريتي X وY"), told by a correspondent of a town in the same
        # sentence ("أفاد مراسلنا في Z بأن …"): the correspondent's town is the nearest honest place
        desk = _village_desk(doc, evidence[0])
        if desk is not None:
            return result(desk)
    # 1d. "في الناحية" in an act's sentence that names no place: the sub-district the article called "ناحية X" before
    # (the first sentence, the lead, was asked at 0b)
    for ev in evidence[1:]:
        sub = _subdistrict_antecedent(doc, places, ev)
        if sub is not None:
            return result(sub)
    fronts = org_fronts(doc, evidence)
    if fronts and any(_ALONG_FRONT.search(doc.text, ev.start, ev.end) for ev in evidence):
        return None, []  # "استهدفت مواقع على طول الحدود": acts spread along the front, at no one place
    if fronts:
        # the act of a group named with its country ("المقاومة الإسلامية في لبنان") whose own sentences name no place:
        # a place of another sentence is its place only on the group's front (near that country), never a place of
        # another topic ("دعماً لغزة"); else it has none
        places = [p for p in places if any((_km(f, p.value) or 1e9) <= _FRONT_KM for f in fronts)]
        if not places:
            return None, []
    main = evidence[0] if evidence else doc.sentence_of(pivot)
    start = main.start if main else pivot
    para = next((p for p in doc.layer("paragraphs") if p.start <= start < p.end), None)
    if main is not None and _nationwide(doc, main, para):
        own = _officials_country(doc, main, para)
        if own is not None:
            return own
        land = _home_land(doc, places, start)
        if land is not None:
            return replace(land.value, role="place"), [doc.text[land.start:land.end]]
    bulletin = para is not None and is_bulletin(doc)
    if main is not None and not bulletin:
        fac = _facility_place(doc, places, main)  # "استهدف الاحتلال مدرسة "X" مرة ثانية": where the article put "X"
        if fac is not None:
            return result(fac)
    if bulletin and para is not None:
        # a news bulletin's lines are separate stories: a line that names no place of its own takes none
        # from another line ("وكالة الطيران الروسية تعلن مقتل …" is not at the town the next line names)
        places = _in(places, para.start, para.end)
        kin = [s for s in kin or [] if para.start <= s.start < para.end]
    # 2. an anaphor ("المدينة") or the paragraph before: the last named settlement before the event
    # (never the origin of a strike nor a reporter's base)
    lo = para.start if para else 0
    earlier = [p for p in places if p.end <= start and _target(doc, p)]
    if main is not None:
        # "الشهيد X من بلدة Y … استشهدا في العدوان على مركز في البلدة": a definite "البلدة" points back to the
        # town its own sentence named before it, even where that names someone's home town (never the town the fire
        # came from: "أطلق صواريخ من اتجاه شمال شرق X، طالت مواقع في محيط المدينة" is not at X)
        ana = _DEFINITE_ANAPHOR.search(doc.text, main.start, main.end)
        if ana is not None:
            own = [p for p in _in(places, main.start, ana.start()) if p.value.level in _SETTLEMENT
                   and p.value.level != "site" and not _weak(p) and not _reporter(doc, p) and not _namesake(doc, p)
                   and not _seat_then_anaphor(doc, p, main, places)
                   and not (_origin(doc, p) and not _PLAIN_FROM.search(_before(doc, p)))]
            if own:
                return result(own[-1])
        spot = _PRONOUN_SPOT.search(doc.text, main.start, main.end)
        # (the spot word opens the sentence's act: "وبعد ساعات، انفجرت قربها عبوة"; further on it belongs to a noun of
        # its own sentence: "استهدفت مدرسة للنازحين داخلها", "في العاصمة وضواحيها")
        if spot is not None and len(doc.text[main.start:spot.start()].split()) < _SPOT_WORDS \
                and not _in(places, main.start, main.end):
            back = [p for p in places if 0 <= spot.start() - p.end <= _ANAPHOR_REACH and _target(doc, p)
                    and not _weak(p) and not _reporter(doc, p)]
            told = doc.sentence_of(back[-1].start) if back else None
            if told is not None:
                best = _best_in_sentence(doc, _in(back, told.start, told.end), told.start)
                return result(best or back[-1])
    if main is not None and not bulletin:
        head = _heading_place(doc, places, start)
        if head is not None:
            return result(head)
    if main is not None and _ANAPHOR.search(doc.text[main.start:main.end]):
        ana = _DEFINITE_ANAPHOR.search(doc.text, main.start, main.end)
        towns = [p for p in earlier if p.value.level in _SETTLEMENT]
        if ana is not None and ana.group(1) in _TOWN_NOUNS:
            # "المدينة", "البلدة", "القرية" name a settlement: never a checkpoint, a base or a field the article
            # names more often ("حاجز X شرق بيت لحم" … "اقتحام أحياء المدينة" is in Bethlehem)
            towns = [p for p in towns if p.value.level != "site"]
        elif ana is not None and ana.group(1) == "مخيم":
            # "في حارات المخيم": a camp the article named ("مخيم X شرق مدينة Y"), not the city it keeps naming
            camps = [p for p in towns if p.value.id.startswith("camp:") or "camp" in p.value.name_en.lower()]
            towns = camps or towns
        if towns:  # "المدينة": the town the article keeps naming (ties: the latest)
            counts: dict[str, int] = {}
            for p in places:
                if _usable(p):
                    counts[p.value.id] = counts.get(p.value.id, 0) + 1
            best = max(range(len(towns)), key=lambda k: (counts.get(towns[k].value.id, 0), k))
            if ana is not None:
                # "… في قرية X غرب مدينة Y." then "اقتحام القرية": the head noun says which kind of place; the
                # town the article keeps naming stands unless it was never called so ("مدينة Y" is no "القرية"), so far:
                # a town called "بلدة" only after the sentence is not the one "البلدة" points back to
                head = re.compile(rf"(?:^|\s)[وفبل]?{ana.group(1)}\s+$")
                won = towns[best].value.id
                noun = ana.group(1)
                if not any(p.value.id == won and p.end <= start and _called_by(doc, p, head, noun) for p in places):
                    named = [p for p in towns if start - p.end <= _ANAPHOR_REACH and _called_by(doc, p, head, noun)]
                    if named:
                        return result(named[-1])
                # "اقتحمت القوات مدينة X ومخيمها." then "وجابت الآليات شوارع المدينة": the town the sentence right
                # before called by that same noun, not the one the article names most (a story of several towns)
                # (not when that sentence itself goes on with the article's town by the same noun, "مفاوضات في المدينة
                # … في مقر بمدينة Y", nor a town named "بمدينة Y" as where something else stands)
                prev = _sentence_before(doc, main)
                bare = re.compile(rf"(?:^|\s)[وفل]?{noun}\s+$")
                near = [p for p in towns if prev is not None and prev.start <= p.start and p.end <= prev.end
                        and _called_by(doc, p, bare, noun) and not _origin(doc, p)
                        and not any(m.group(1) == noun for m in _DEFINITE_ANAPHOR.finditer(doc.text, prev.start,
                                                                                             prev.end))]
                # (nor, for "المدينة", when that sentence names another town after it: "بمدينة X شمال القطاع … في Y
                # جنوبه"; a camp after it is no other town, "مدينة X ومخيمها"; "مخيم X شمالي Y" is still the camp)
                last = max((p for p in towns if prev is not None and prev.start <= p.start and p.end <= prev.end
                            and not p.value.id.startswith("camp:")
                            and not SHORT_VOWELS.sub("", doc.text[p.start:p.end]).startswith("مخيم")),
                           key=lambda p: p.start, default=None)
                if near and len({p.value.id for p in near}) == 1 and near[-1].value.id != won \
                        and (noun != "مدينة" or last is None or last.value.id == near[-1].value.id):
                    return result(near[-1])
            return result(towns[best])
    if main is not None:
        site = _site_antecedent_place(doc, places, main)
        if site is not None:
            return result(site)
    in_para = [p for p in earlier if p.start >= lo and not _weak(p)]
    if in_para and _prior_acts_place(doc, in_para[-1], pivot):
        # a headline of two acts, "مسلحون يقتلون شاباً في X.. وعبوة تستهدف عنصراً": X closes the first act's phrase;
        # this act is where the next report of its kind puts it, when one does
        later = _kin_place(doc, places, kin, start + 1)
        if later is not None:
            return result(later)
    if in_para:
        last = in_para[-1]
        if len(in_para) > 1 and _told_by_bearing(doc, in_para[-2], last):
            last = in_para[-2]  # "… في X شمالي Y": Y only says where X lies
        return result(last)
    # 3. the nearest earlier report of an event of the same kind that names its place (never a story dated weeks
    # away from the event's own sentences: "وفي آذار الماضي، قتل … في كابول" places no blast of this week)
    far = _far_stories(doc, evidence)
    places = [p for p in places if not far(p)]
    earlier = [p for p in earlier if not far(p)]
    for s in sorted((s for s in kin or [] if s.end <= start), key=lambda s: -s.start):
        best = _best_in_sentence(doc, _in(places, s.start, s.end), _cause_pivot(doc, s, s.start, places, remote))
        if best is not None and best.value.level != "country":
            return result(best)
    # 3a. a detail that goes on with the act told right before it, in other words ("… استهداف نقطة قرب مدينة X."
    # then "وأفاد المراسل بأن الغارات على الموقع أسفرت عن …", "وأوضح أن المسلحين هاجموا الحافلة …"): the sentence
    # just before, when it reports an act of the same type at a precise place, places it (not the next act's
    # place, another incident told after it); a sentence that turns to another incident does not go on
    behind = _prev_report(doc, main, trigger)
    if behind is not None:
        lasts = [p for p in _in(places, behind.start, behind.end) if _target(doc, p) and not _weak(p)]
        # one place only (the two ends of "الطريق بين مدينتي X وY" are one): a sentence of several places tells
        # several acts, and which one the detail goes on with is unknown
        ids = {q.value.id for q in lasts}
        one = len(ids) == 1 or (len(ids) == 2 and bool(_BETWEEN.search(doc.text[max(0, lasts[0].start - 40):
                                                                                  lasts[0].start])))
        best = _best_in_sentence(doc, lasts, behind.start) if lasts and one else None
        if best is None and not lasts:
            # (that act told only by where the side hit was heading: "قافلة متجهة إلى سد X" then "وقال شاهد إن
            # المسيّرة ضربت سيارتين …": its destination, as for the act itself)
            best = _headed_for(doc, behind)
        if best is not None:
            return result(best)
    # 3b. a summary followed by its details ("استهدفت مسيّرات مناطق سيطرة قسد." then "الاستهداف الأول
    # طال … في X، فيما …"): the next sentence, when it reports an act of the same type, names the place
    # (its first place: the details start with the first act)
    ahead = _next_report(doc, main, trigger)
    if ahead is not None:
        firsts = [p for p in _in(places, ahead.start, ahead.end) if _target(doc, p) and not _weak(p)
                  and not _announcer_seat(doc, p)]  # (never where the official who tells it sits)
        if firsts:
            return result(firsts[0])
    if fronts:
        # a group's act is not at the article's main place of another story ("مجزرة مجدل شمس" of an opinion piece, a
        # fighter's home town): its own sentences and paragraph did not place it
        return None, []
    # 4. the article's main place: the first precise place named before the event (else the first
    # place below the country named before it), then the first precise place, the first usable one
    before = [p for p in earlier if p.value.level != "country"]
    targets = [p for p in places if _target(doc, p)]
    # (any usable place at last, even an origin or a cause, except in a bulletin's line: "تظاهرات نصرة لفلسطين
    # تعمّ دولاً كثيرة" is not in Palestine)
    # (nor for a protest: its place is where people gathered, never what they rallied for: "احتجاجات الطلاب
    # مستمرة دعماً لغزة" names no place)
    rest = [] if bulletin or _protest_act(trigger) else [p for p in places if _usable(p) and not _across_border(doc, p)
                                                         and not _spoke_from(doc, p)]
    for group in ([p for p in before if not _weak(p)], before, [p for p in targets if not _weak(p)], targets, rest):
        if group:
            if group[0].value.role == "road":
                # "على الطريق الدولي X – Y قرب مدينة Z": the sentence's own choice, the town along the road
                told = doc.sentence_of(group[0].start)
                along = _best_in_sentence(doc, _in(group, told.start, told.end), told.start) if told else None
                if along is not None and along.value.role != "road":
                    return result(along)
            inner = _inner_place(group[0], before)
            return result(inner if inner is not None else group[0])
    return None, []


# a place named as the one across the border from a front ("المنطقة المقابلة لبلدة X", "الشريط الحدودي المقابل لقرية X",
# "قبالة بلدة X"), and the words of a border act ("الحدود", "الشريط الحدودي", "الواجهة الشمالية", "تسلل")
_OPPOSITE = re.compile(r"(?:^|\s)(?:ال)?(?:مقابل|مقابلة|مقابله|قبالة|قباله)\s+(?:لـ?\s*)?"
                       r"(?:(?:ال)?(?:بلدة|بلده|بلدات|قرية|قريه|قرى|مدينة|مدينه|منطقة|منطقه|مخفر|معبر)\s+)?[\"«(]*$")
_BORDER_ACT = re.compile(r"الحدود|الحدودي|الحدودية|الحدوديه|الواجهة|الواجهه|تسلل|التسلل|التهريب|تهريب|المهربين|مهربين")
_OPPOSITE_SENTENCES = 4  # the act's sentence and the three after it (its detail told by a source, then by locals)


def _opposite_place(doc: Document, places: list[Span], main: Span) -> Span | None:
    """The village across the border that a border act's sentence or the next three (within the next two paragraphs,
    turning to no other incident) name as facing the front (:data:`_OPPOSITE`), when the act's sentence tells of the
    border."""
    if not _BORDER_ACT.search(doc.text, main.start, main.end):
        return None
    sents = [s for s in doc.layer("sentences") if s.start >= main.start][:_OPPOSITE_SENTENCES]
    paras = doc.layer("paragraphs")
    k_main = next((k for k, q in enumerate(paras) if q.start <= main.start < q.end), None)
    for n, s in enumerate(sents):
        if n > 0:
            k = next((k for k, q in enumerate(paras) if q.start <= s.start < q.end), None)
            if k_main is None or k is None or k - k_main > 2 or _TURN.match(doc.text, s.start):
                break
        for p in _in(places, s.start, s.end):
            if not _weak(p) and not is_broad(p.value) and _OPPOSITE.search(_before(doc, p, 40)):
                return p
    return None


# a definite post noun that points back to the post named before ("هاجمت الحاجز …" after "هجوم على حاجز لها عند مدخل
# مدينة X"): the head noun, then its indefinite form (raw text)
_SITE_ANAPHOR = re.compile(r"(?:^|\s)[وفب]?(?:ال|لل)(حاجز|نقطة|مخفر|ثكنة|مقر)(?=[\s.،,؛:\"»)]|$)")
_SITE_REACH = 600  # characters back to the post's first mention
_SITE_PLACE_GAP = 80  # characters from the post's noun to the place that locates it


# a settlement noun before a name ("قرى X وY", "قرية X", "بلدة X"): with no place of the gazetteer right after it,
# a village the gazetteer lacks
_VILLAGE_NOUN = re.compile(r"(?:^|\s)[وفب]?(?:قرى|قريتي|قرية|قريه|بلدات|بلدتي|بلدة|بلده)\s+(?=[^\s.،,؛;:])")


def _village_desk(doc: Document, sent: Span) -> Span | None:
    """The town of a correspondent (:func:`_reporter`) named in ``sent`` when the act's targets there are only
    villages the gazetteer lacks and no other place of the sentence can be the act's."""
    places = _in(doc.layer("places"), sent.start, sent.end)
    desks = [p for p in places if _reporter(doc, p) and p.value.level in _SETTLEMENT and p.value.level != "site"]
    if not desks or any(_target(doc, p) for p in places):
        return None
    starts = {p.start for p in doc.layer("places")}
    unknown = [m for m in _VILLAGE_NOUN.finditer(doc.text, sent.start, sent.end)
               if m.end() not in starts and m.start() > desks[0].end]
    return desks[0] if unknown else None


def _site_antecedent_place(doc: Document, places: list[Span], main: Span) -> Span | None:
    """A sentence that names no place and hits a post by a definite noun ("هاجمت الحاجز مساء أمس") took the post
    the article named just before with its place ("بعد ساعات من هجوم على حاجز لها عند المدخل الجنوبي لمدينة X",
    where the paragraph's first place is another act's, "حملة تمشيط في ريف Y"): the place named right after that
    post, in its sentence."""
    m = _SITE_ANAPHOR.search(doc.text, main.start, main.end)
    if m is None:
        return None
    noun = re.compile(rf"(?:^|\s)[وفبل]?{m.group(1)}(?:اً|ًا|ا)?(?=[\s.،,؛:\"»)]|$)")
    if noun.search(doc.text, main.start, m.start()):
        return None  # "اعتقلت شاباً قرب حاجز "X" … قرب الحاجز": the sentence names the post itself
    lo = max(0, main.start - _SITE_REACH)
    prior = [k for k in noun.finditer(doc.text, lo, main.start)]
    if not prior:
        return None
    at = prior[-1].end()
    sent = doc.sentence_of(at)
    end = min(at + _SITE_PLACE_GAP, sent.end if sent is not None else main.start)
    # (the post's own phrase may be the past act the sentence times its news by: "بعد ساعات من هجوم على حاجز …")
    after = [p for p in places if at <= p.start < end and _target(doc, p, prior[-1].start()) and not _weak(p)
             and not _CLAUSE.search(doc.text[at:p.start])]
    return after[0] if after else None


INNER_MENTIONS = 2  # times at least the story's place inside a region is named before an event that names none


FAR_STORY_DAYS = 14  # days at least between the time of another sentence and the event's for another story


def _days(t: TimeValue) -> tuple[dt.date, dt.date]:
    """The first and last day a time expression covers."""
    if t.granularity == "range" and t.end is not None:
        return t.date, t.end
    if t.granularity == "month":
        first = t.date.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return first, nxt - dt.timedelta(days=1)
    if t.granularity == "year":
        return t.date.replace(month=1, day=1), t.date.replace(month=12, day=31)
    if t.granularity == "week":
        return t.date - dt.timedelta(days=3), t.date + dt.timedelta(days=3)
    return t.date, t.date


def _gap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two spans of days (0 when they overlap)."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _far_stories(doc: Document, evidence: list[Span]) -> Callable[[Span], bool]:
    """Whether a place lies in a sentence dated ``FAR_STORY_DAYS`` or more away from every time the event's own
    sentences give, for an event of these days: another story ("وفي أواخر آذار
    الماضي، قتل ستة في كابول" beside a blast reported yesterday), whose place is not the event's.  A sentence with
    no time is no other story; a country is never another story's only."""
    times = [t for t in doc.layer("times") if isinstance(t.value, TimeValue)]

    def spans(a: int, b: int) -> list[tuple[dt.date, dt.date]]:
        return [_days(t.value) for t in times if a <= t.start < b]

    ref = [d for ev in evidence for d in spans(ev.start, ev.end)]
    if doc.published is None or not ref:
        return lambda p: False  # an event its own sentences do not date may be the older story itself
    today = (doc.published, doc.published)
    if all(_gap(d, today) >= FAR_STORY_DAYS for d in ref):
        return lambda p: False  # a past event: the places of its background, of other dates, may be its own

    def far(p: Span) -> bool:
        if p.value.level == "country":
            return False  # the country of another story is still the country the article is about
        s = doc.sentence_of(p.start)
        own = spans(s.start, s.end) if s is not None else []
        return bool(own) and all(_gap(a, b) >= FAR_STORY_DAYS for a in own for b in ref)

    return far


def _older_story(doc: Document, sentence: Span) -> bool:
    """The sentence dates what it tells ``FAR_STORY_DAYS`` or more before the publication day (every time it gives)."""
    if doc.published is None:
        return False
    own = [_days(t.value) for t in doc.layer("times")
           if isinstance(t.value, TimeValue) and sentence.start <= t.start < sentence.end]
    return bool(own) and all(d[1] < doc.published and _gap(d, (doc.published, doc.published)) >= FAR_STORY_DAYS
                             for d in own)


def _inner_place(wide: Span, before: list[Span]) -> Span | None:
    """The precise place inside the region ``wide`` the article named first that the article keeps naming before
    the event (a headline's "غزة", "ريف إدلب الجنوبي" and then the story's quarter or town, named again and
    again; ties: the first named): a sentence that names no place of its own goes on with the story at that
    place, as a later sentence that names only the region does (:func:`_lead_place`).  None for a country, a
    place that holds no other, or when no place inside is named ``INNER_MENTIONS`` times and as often as the
    region itself (the article is about the region then, and a town it names is another act's)."""
    v: PlaceRef = wide.value
    if not is_broad(v) or v.level in _WEAK_LEVELS:
        return None
    inside = [p for p in before if not is_broad(p.value) and p.value.role not in ("road", "near")
              and contains(v, p.value)]
    counts: dict[str, int] = {}
    for p in inside:
        counts[p.value.id] = counts.get(p.value.id, 0) + 1
    top = max(counts.values(), default=0)
    if top < max(INNER_MENTIONS, sum(p.value.id == v.id for p in before)):
        return None  # a town named once, or less often than the region, is as likely another act's place
    return next(p for p in inside if counts[p.value.id] == top)


# "في عموم البلاد", "في مختلف أنحاء البلاد", "كافة مناطق البلاد": the whole country, not the article's town
_NATIONWIDE = re.compile(r"(?:^|\s)[وف]?(?:عموم|كل|كافة|كامل|جميع|مختلف|أنحاء|انحاء|أرجاء|ارجاء)\s+"
                         r"(?:(?:أنحاء|انحاء|أرجاء|ارجاء|مناطق|مدن|محافظات)\s+)?البلاد(?=[\s.،,؛:\"»)]|$)")


def _nationwide(doc: Document, main: Span, para: Span | None) -> bool:
    """The sentence, or the one before it in its paragraph (that it goes on with: "وقُتل … خلال تلك الاحتجاجات"),
    tells of the whole country ("اندلعت احتجاجات في عموم البلاد")."""
    if "البلاد" not in doc.text:
        return False  # every match ends on this word (the cheap test first)
    if _NATIONWIDE.search(doc.text, main.start, main.end):
        return True
    if para is None:
        return False
    prev = [s for s in doc.layer("sentences") if para.start <= s.start and s.end <= main.start]
    return bool(prev) and _NATIONWIDE.search(doc.text, prev[-1].start, prev[-1].end) is not None


@cache
def _office_adjective() -> re.Pattern[str]:
    """A state's office or force that a nationality adjective names ("وزير الداخلية التركي", "السلطات الإيرانية",
    "الشرطة الفرنسية"; head nouns: org_words.tsv, office): up to two words between the head and the adjective
    (group 1: the up to three words after the head)."""
    from rasd.geo.gazetteer import org_words

    return re.compile(r"(?:^|\s)[وف]?(?:ال)?" + alternation(org_words()["office"])
                      + r"((?:\s+[^\s.،,؛;:\"»)]+){1,3})")


def _officials_country(doc: Document, main: Span, para: Span | None) -> tuple[PlaceRef, list[str]] | None:
    """The country of a nationwide act ("اعتقال 50 شخصاً في حملة جرت في مختلف أنحاء البلاد") that the sentence
    holding the nationwide phrase names by its state's office ("أعلن وزير الداخلية التركي"): the act's sentence
    ``main`` when it holds the phrase (or when no paragraph is known), else only the sentence before it in its
    paragraph.  "البلاد" is that state's country, whatever other country the article names; None when no office, or
    offices of two countries, are so named."""
    from rasd.geo.demonyms import demonym_forms

    forms = demonym_forms()
    sents = [main]
    if para is not None and not _NATIONWIDE.search(doc.text, main.start, main.end):
        prev = [s for s in doc.layer("sentences") if para.start <= s.start and s.end <= main.start]
        sents = prev[-1:]
    found: list[tuple[str, str]] = []
    for s in sents:
        for m in _office_adjective().finditer(doc.text, s.start, s.end):
            for w in m.group(1).split():
                c = forms.get(norm_key(w), "") if w.startswith("ال") else ""
                if c:
                    found.append((c, w))
                    break
    if len({c for c, _ in found}) != 1:
        return None
    ref = _country_place(found[0][0])
    if ref is None:
        return None
    whole = next((m for s in sents for m in [_NATIONWIDE.search(doc.text, s.start, s.end)] if m is not None), None)
    return ref, [whole.group().strip() if whole is not None else found[0][1]]


# the two ends of an extent, each with its compass adverb ("من X شمالاً إلى Y جنوباً", "من X غرباً حتى Y شرقاً"): an act
# spread over the land between them, at neither end (group 1: the text between the two places)
_EXTENT_BEFORE = re.compile(r"(?:^|\s)[و]?من\s+(?:(?:مدينة|مدينه|منطقة|منطقه|بلدة|بلده)\s+)?[\"«]?$")
_EXTENT_GAP = re.compile(r"^[\"»]?\s*(?:شمال|جنوب|شرق|غرب)[اًٌٍ]*\s+[و]?(?:إلى|الى|حتى)\s+"
                         r"(?:(?:مدينة|مدينه|منطقة|منطقه|بلدة|بلده)\s+)?[\"«]?$")
_EXTENT_AFTER = re.compile(r"^[\"»]?\s*(?:شمال|جنوب|شرق|غرب)[اًٌٍ]*(?=[\s.،,؛;:\"»)]|$)")
_EXTENT_KM = 60.0  # ends closer than this are one town's quarters or one area: the place stands


def _extent_country(doc: Document, best: Span, cands: list[Span]) -> tuple[PlaceRef, list[str]] | None:
    """The country of an act told as spread between two far places of it ("تظاهر الآلاف من X شمالاً إلى Y جنوباً"),
    when ``best`` is one of the two ends; None otherwise."""
    for a, b in pairwise(sorted(cands, key=lambda p: p.start)):
        if best is not a and best is not b:
            continue
        if not (_EXTENT_GAP.match(doc.text[a.end:b.start]) and _EXTENT_BEFORE.search(_before(doc, a, 30))
                and _EXTENT_AFTER.match(doc.text[b.end:b.end + 12])):
            continue
        country = a.value.country
        if not country or b.value.country != country or is_broad(a.value) or is_broad(b.value):
            return None
        if (_km(a.value, b.value) or 0.0) < _EXTENT_KM:
            return None
        ref = _country_place(country)
        return (ref, [doc.text[a.start:b.end]]) if ref is not None else None
    return None


def _home_land(doc: Document, places: list[Span], start: int) -> Span | None:
    """The mention of the country an article's story happens in (the country of its first precise place) nearest
    to ``start``, earlier ones first: what "البلاد" of a sentence with no place of its own names."""
    first = next((p for p in places if not is_broad(p.value) and _target(doc, p)), None)
    if first is None:
        return None
    land = [p for p in places if p.value.level == "country" and p.value.country == first.value.country]
    return min(land, key=lambda q: (q.start >= start, abs(q.start - start))) if land else None


# a named building that an act hits ("مدرسة التابعين", "مدرستي "الزهراء" و"عبد الفتاح حمود"", "مستشفى المعمداني"): a
# report that names it without its place ("ارتكب مذبحة داخل مدرسة التابعين") is at the place another sentence gives it
# ("المجزرة في مدرسة "التابعين" في حي الدرج"); group 1: the head noun's article, group 2: a quoted name, group 3: a
# bare name ("ال…") after a head noun without article (a name's construct: "مدرسة التابعين", not "المبنى المستهدف")
_FACILITY = re.compile(
    r"(?:^|[\s\"«(])[وفبل]?(ال)?(?:مدرسة|مدرسه|مدرستي|مدرستا|مدارس|مستشفى|مستشفي|مستشفيي|مشفى|مشفي|مسجد|مسجدي|جامع|كنيسة|كنيسه"
    r"|جامعة|جامعه|مخبز|مبنى|برج|عمارة|عماره|سوق|مصلى|مصلي)\s*"
    r"(?:[\"«]\s*([^\"«»\n]{2,30}?)\s*[\"»]|(ال[^\s\"«»،,.؛;:()]{2,}))")
_FACILITY_MORE = re.compile(r"\s*(?:[،,]\s*)?و\s*[\"«]\s*([^\"«»\n]{2,30}?)\s*[\"»]")  # "… و"عبد الفتاح حمود""
# what lies between a building's name and the place that locates it: "في حي X", "، وسط مدينة X", "شرقي مدينة X"
_FACILITY_GAP = re.compile(
    r"^[\s\"»)]*[،,]?\s*(?:(?:الواقعة|الواقعه|الواقع|التابعة|التابعه|التابع)\s+)?"
    r"(?:(?:في|فى|ب|داخل|قرب|بالقرب\s+من|وسط|شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي)\s*){0,2}"
    r"(?:(?:حي|منطقة|منطقه|مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم)\s+)?[\s\"«(]*$")
_FACILITY_GAP_CHARS = 40


def _facility_names(doc: Document, a: int, b: int) -> list[tuple[str, int]]:
    """The names of the buildings that text ``a``–``b`` names (norm keys), each with where its name ends."""
    out: list[tuple[str, int]] = []
    for m in _FACILITY.finditer(doc.text, a, b):
        k = 2 if m.group(2) is not None else 3
        if k == 3 and m.group(1):
            continue  # "المبنى المستهدف", "السوق الشعبي": a definite noun and its adjective, no name
        out.append((norm_key(m.group(k)), m.end()))
        if k == 2:
            pos = m.end()
            while (more := _FACILITY_MORE.match(doc.text, pos, b)) is not None:
                out.append((norm_key(more.group(1)), more.end()))
                pos = more.end()
    return [(name, end) for name, end in out if name]


def _facility_homes(doc: Document) -> dict[str, list[Span]]:
    """For each building name of the article, the precise places that locate it where it is named with one
    ("مدرسة "التابعين" في حي الدرج"); once per document."""
    memo: dict[str, list[Span]] | None = doc.meta.get("facility_homes")
    if memo is not None:
        return memo
    memo = {}
    places = sorted(doc.layer("places"), key=lambda p: p.start)
    starts = [p.start for p in places]

    for name, end in _facility_names(doc, 0, len(doc.text)):
        k = bisect_left(starts, end)
        if k == len(places) or places[k].start - end > _FACILITY_GAP_CHARS:
            continue
        p = places[k]
        gap = SHORT_VOWELS.sub("", doc.text[end:p.start])
        if _FACILITY_GAP.match(gap) and "\n" not in gap and not is_broad(p.value) and not _weak(p) \
                and p.value.role != "road" and _target(doc, p):
            memo.setdefault(name, []).append(p)
    doc.meta["facility_homes"] = memo
    return memo


def _facility_place(doc: Document, places: list[Span], sentence: Span) -> Span | None:
    """The place another sentence gives a building that ``sentence`` names without a place of its own: the most
    precise one (a place that a further place locates, "في حي الدرج، وسط مدينة غزة", before that further place)."""
    names = _facility_names(doc, sentence.start, sentence.end)
    if not names:
        return None
    homes = _facility_homes(doc)
    found = [p for name, _ in names for p in homes.get(name, []) if not sentence.start <= p.start < sentence.end]
    if not found:
        return None

    def located(p: Span) -> bool:  # "حي الدرج، وسط مدينة غزة": a further place says where this one lies
        return any(0 <= q.start - p.end <= 25 and _FACILITY_GAP.match(SHORT_VOWELS.sub("", doc.text[p.end:q.start]))
                   for q in places)

    return min(found, key=lambda p: (p.value.geo_precision, not located(p), abs(p.start - sentence.start)))


# "هجوم على قاعدةٍ في شمال شرقي الأردن", "استهدف قاعدة أميركية في ريف X": a base the sentence leaves unnamed, placed
# only by the wide place after it
_UNNAMED_BASE = re.compile(
    r"(?:^|\s)[وفبل]?(?:ال)?(?:قاعدة|قاعده)[ًٌٍ]?\s+(?:(?:عسكرية|عسكريه|أميركية|أمريكية|اميركية|امريكية|جوية|جويه)"
    r"[ًٌٍ]?\s+)?(?:في|فى|ب|عند|قرب)\s*(?:(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?\s+){0,2}$")


def _unnamed_base(doc: Document, places: list[Span], sentence: Span, wide: Span) -> Span | None:
    """The base the article names (a site, "قاعدة البرج 22", "قاعدة التنف") when ``sentence`` places an unnamed base
    only in the wide place ``wide`` that holds it: the article's one base there, named in another sentence.  None
    when the article names two different sites there (which of them is not said)."""
    if not _UNNAMED_BASE.search(SHORT_VOWELS.sub("", doc.text[max(sentence.start, wide.start - 40):wide.start])):
        return None
    sites = [p for p in places if p.value.level == "site" and not sentence.start <= p.start < sentence.end
             and p.value.id != wide.value.id and contains(wide.value, p.value) and _target(doc, p)]
    if not sites or len({p.value.id for p in sites}) > 1:
        return None
    return sites[0]


# a news bulletin's title ("نشرة الثامنة", "نشرة منتصف الليل"): its body is a list of headlines, one story each
_BULLETIN_TITLE = re.compile(r"^\s*(?:ال)?نشرة(?:\s|$)")


def is_bulletin(doc: Document) -> bool:
    """The article is a news bulletin (its title names one): each line of its body is a story of its own."""
    return bool(_BULLETIN_TITLE.match(SHORT_VOWELS.sub("", doc.title or "")))


def _next_report(doc: Document, main: Span | None, trigger: Span | None) -> Span | None:
    """The sentence right after ``main`` (same or next paragraph) when it has a trigger of the same
    event type as ``trigger``."""
    if main is None or trigger is None or not isinstance(trigger.value, Trigger):
        return None
    sents = doc.layer("sentences")
    nxt = next((s for s in sents if s.start >= main.end), None)
    if nxt is None:
        return None
    paras = doc.layer("paragraphs")
    k_main = next((k for k, q in enumerate(paras) if q.start <= main.start < q.end), None)
    k_next = next((k for k, q in enumerate(paras) if q.start <= nxt.start < q.end), None)
    if k_main is not None and k_next is not None and k_next - k_main > 1:
        return None
    if _TURN.match(doc.text, nxt.start):
        return None  # "في سياق آخر، قُتل …", "وفي حادثة منفصلة، …": the next sentence turns to another incident
    if k_main is not None and k_next is not None and k_next != k_main \
            and _one_sentence(doc, paras[k_main]) and _one_sentence(doc, paras[k_next]) \
            and not _GOES_ON.match(doc.text, nxt.start):
        return None  # a list of headlines (a bulletin): the next line is another story
    title = doc.title_paragraph()
    if title is not None and title.start <= main.start and nxt.start < title.end \
            and _HEADLINE_JOINT.search(doc.text, max(main.start, main.end - 2), nxt.start + 2):
        return None  # "شهيدان بغارة على منزل في X.. والمقاومة تستهدف ثكنة Y": the headline's next item, another act
    kind = trigger.value.event_type
    if any(nxt.start <= t.start < nxt.end and isinstance(t.value, Trigger) and t.value.event_type == kind
           for t in doc.layer("triggers")):
        return nxt
    return None


# the mark that joins two items of a headline ("… في X.. وعبوة تستهدف …", "… في X… و…")
_HEADLINE_JOINT = re.compile(r"\.{2,}|…")
# a sentence that opens with a conjunction ("وأوضح", "فيما", "كما"), not with "في"
_CONJ_OPEN = re.compile(r"[\s\"«(]*(?:و\S|ف(?!ي(?:\s|$))\S|كما\s)")
# a turn to another incident at a sentence's opening ("وفي هجوم منفصل", "وفي حادثة أخرى", "في المقابل")
# (session 42, pd28: also a response that opens the sentence, "ورداً على الهجوم، شنّ الطيران غارات على …": the reply
# is an act of its own; "وجاء هذا الاستهداف رداً على …" only gives the motive of the act told before)
_TURN = re.compile(r"[^.،,؛]{0,30}?(?:منفصل|مماثل|آخر|أخرى|اخرى|المقابل|سياق)"
                   r"|[\s\"«(]*و?(?:ردا|رداً|ردّاً|ردًا|ردّا)\s+على")


def _prev_report(doc: Document, main: Span | None, trigger: Span | None) -> Span | None:
    """The sentence right before ``main`` (same or previous paragraph) when ``main`` goes on with it (opens with
    a conjunction, :data:`_CONJ_OPEN`, turns to no other incident and gives no time of its own) and it has a
    trigger of the same event type as ``trigger``; never the headline."""
    if main is None or trigger is None or not isinstance(trigger.value, Trigger):
        return None
    if not _CONJ_OPEN.match(doc.text, main.start) or _TURN.match(doc.text, main.start):
        return None
    if any(main.start <= t.start < main.end for t in doc.layer("times")):
        return None  # "وأمس، استشهد مواطن …": a sentence that dates its act itself tells an act of its own
    prev = _sentence_before(doc, main)
    if prev is None:
        return None
    paras = doc.layer("paragraphs")
    k_main = next((k for k, q in enumerate(paras) if q.start <= main.start < q.end), None)
    k_prev = next((k for k, q in enumerate(paras) if q.start <= prev.start < q.end), None)
    if k_main is None or k_prev is None or k_main - k_prev > 1 or (k_prev == 0 and k_main != k_prev):
        return None
    # (the act's kind, or, where its first word is a death's, the kind of an act word of its own sentence: a toll,
    # "وأكد المراسل مقتل 4 عناصر … خلال المواجهات", goes on with the clash told before it)
    from rasd.events.lexicon import casualty_keys  # (the events package builds on this one)

    kinds = {trigger.value.event_type}
    if trigger.value.key in casualty_keys():
        kinds |= {t.value.event_type for t in doc.layer("triggers") if main.start <= t.start < main.end
                  and isinstance(t.value, Trigger) and t.value.key not in casualty_keys()}
    if any(prev.start <= t.start < prev.end and isinstance(t.value, Trigger) and t.value.event_type in kinds
           for t in doc.layer("triggers")):
        return prev
    return None


# a sentence that goes on with the one before it ("والأول من أمس …", "كما استهدفت …", "الاستهداف الأول …"),
# not a headline of its own
_GOES_ON = re.compile(r"[\s\"«(]*(?:[وف]|كما\s|فيما\s|حيث\s|(?:ال)?\S+\s+(?:الأول|الاول|الأولى|الاولى|الثاني|الثانية)"
                      r"(?:\s|$))")


def _one_sentence(doc: Document, para: Span) -> bool:
    return sum(1 for s in doc.layer("sentences") if para.start <= s.start < para.end) <= 1


@cache
def _seat(unit_id: str, attr: str) -> Entry | None:
    """The located town that an admin unit is named after and that lies in it (``attr``: the
    town's admin field that holds the unit, ``admin1`` for a governorate's capital, ``admin2`` /
    ``admin3`` for a district's or sub-district's seat), None when there is none."""
    from rasd.geo.gazetteer import get_gazetteer

    g = get_gazetteer()
    unit = g.entries.get(unit_id)
    if unit is None:
        return None
    # (the article aside: the district "سلمية" is named after the town "السلمية"; names are compared without spaces,
    # the district "البوكمال" is the town "البو كمال", and a sub-district "مركز X" is the seat X's own)
    name = _seat_key(unit.name_ar.removeprefix("مركز ") if unit.level == "subdistrict" else unit.name_ar)
    return next((e for e in g.entries.values() if e.level in ("city", "community")
                 and getattr(e, attr, "") == unit.id and _seat_key(e.name_ar) == name
                 and e.lat is not None and e.lon is not None), None)


def _seat_key(name: str) -> str:
    """A place name as a seat is matched to its unit: without spaces or its article ("البو كمال" → "بوكمال")."""
    return _bare_name(name.replace(" ", ""))


def _bare_name(name: str) -> str:
    """A place name without its definite article ("السلمية" → "سلمية")."""
    return name[2:] if name.startswith("ال") and len(name) > 4 else name


def capital_point(ref: PlaceRef) -> PlaceRef:
    """An event known only to a governorate ("ريف درعا", "في محافظة إدلب") is put, as ACLED does, at
    the provincial capital's coordinates with geo_precision 3; the governorate stays the place
    (same id, name and admin names), so that merging still sees a governorate.  A countryside
    given a side ("ريف درعا الغربي", geo_precision 2 at a point shifted toward that side) keeps its
    own point: the issue's "the right point, not the city".  Only the capital's entry is cached,
    so nothing of one article's reference leaks into another."""
    if ref.country not in ("", "Syria"):
        return ref
    if ref.level in ("district", "subdistrict"):
        return _seat_point(ref)
    if ref.level != "governorate" or ref.geo_precision < 3:
        return ref
    cap = _seat(ref.id, "admin1") or _countryside_city(ref)
    if cap is None:
        return ref
    if ref.role == "region" and ref.lat is not None and ref.lon is not None and cap.lat is not None \
            and cap.lon is not None and _at_edge(ref.id, cap.lat, cap.lon):
        # "ريف اللاذقية", "ريف طرطوس": the countryside of a governorate whose capital is a port on its coast is the
        # inland hills, not the city on the shore: the governorate's area point (geo_precision 3)
        return replace(ref, geo_precision=3)
    return replace(ref, lat=cap.lat, lon=cap.lon, geo_precision=3)


_EDGE_KM = 10.0  # a capital this near its governorate's outline lies at its edge (Latakia, Tartus: on the coast)


def _at_edge(gov_id: str, lat: float, lon: float) -> bool:
    """The capital at ``lat``, ``lon`` lies within :data:`_EDGE_KM` of an edge of governorate ``gov_id``'s box."""
    from rasd.geo.stage import governorate_box

    box = governorate_box(gov_id)
    if box is None:
        return False
    s, w, n, e = box
    ky, kx = 111.2, 111.2 * math.cos(math.radians(lat))
    return min((lat - s) * ky, (n - lat) * ky, (lon - w) * kx, (e - lon) * kx) < _EDGE_KM


def _countryside_city(ref: PlaceRef) -> Entry | None:
    """The city a governorate named as its countryside ("ريف دمشق") surrounds: the point of a governorate-wide event
    there, rather than the governorate's centroid out in the desert, 100 km east of the city."""
    return _city_named(ref.name_ar[4:].replace(" ", "")) if ref.name_ar.startswith("ريف ") else None


@cache
def _city_named(name: str) -> Entry | None:
    """The most populous located city or community of the gazetteer named ``name`` (spaces ignored)."""
    from rasd.geo.gazetteer import get_gazetteer

    found = [e for e in get_gazetteer().entries.values() if e.level in ("city", "community")
             and e.name_ar.replace(" ", "") == name and e.lat is not None and e.lon is not None]
    return min(found, key=lambda e: -e.population) if found else None


def _seat_point(ref: PlaceRef) -> PlaceRef:
    """A district or sub-district named after its seat ("ريف القامشلي", "منطقة الميادين") is put
    at the seat town's point, not at the unit's centroid (an arbitrary spot in the countryside,
    often tens of km from anything the article names): ACLED's "coordinates of the nearest town".
    The unit stays the place (id, name, admin names) so merging still sees a broad place; a point
    already moved toward a side ("ريف القامشلي الشرقي") is kept."""
    from rasd.geo.gazetteer import get_gazetteer

    unit = get_gazetteer().entries.get(ref.id)
    if unit is None or unit.lat is None or (ref.lat, ref.lon) != (unit.lat, unit.lon):
        return ref
    seat = _seat(ref.id, "admin2" if ref.level == "district" else "admin3")
    return ref if seat is None else replace(ref, lat=seat.lat, lon=seat.lon)


_CAPITALS: dict[str, str] = {}  # Arabic name of a governorate → its admin1 name (P-code names)


def _capitals() -> dict[str, str]:
    if not _CAPITALS:
        from rasd.geo.gazetteer import get_gazetteer

        g = get_gazetteer()
        for e in g.entries.values():
            if e.level == "governorate" and e.admin1:
                _CAPITALS[e.name_ar] = g.admin_names.get(e.admin1, "")
    return _CAPITALS


_REACH: dict[str, float] = {}  # id of a region → how far its places lie from its point (reach_km of foreign/sites.tsv)


def _region_reach() -> dict[str, float]:
    """The reach of the provinces and states abroad the gazetteer gives one ("إقليم بلوشستان", "شبه جزيرة القرم",
    "مقاطعة بيلغورود"): a headline's province holds the town the body names, hundreds of km from its point; and of
    the long regions at home ("سهل الغاب" holds "سلحب", 38 km south of its point)."""
    if not _REACH:
        from rasd.geo.gazetteer import get_gazetteer

        _REACH.update({e.id: e.reach_km for e in get_gazetteer().entries.values() if e.reach_km > 0})
        _REACH.setdefault("", 0.0)  # filled once, even with no reach in the data
    return _REACH


def region_reach(p: PlaceRef) -> float:
    """How far from its point the places of a region ``p`` lie, when its gazetteer row gives a reach (a province or
    a state abroad, a long region at home), else 0."""
    return _region_reach().get(p.id, 0.0)


def capital_of(p: PlaceRef) -> str:
    """The governorate (admin1 name) whose capital ``p`` is, or "".  A city's gazetteer name may carry a
    stray space ("د مشق" for Damascus, whose governorate is "دمشق"): names are also compared without spaces."""
    caps = _capitals()
    if p.name_ar in caps:
        return caps[p.name_ar]
    bare = p.name_ar.replace(" ", "")
    return next((v for k, v in caps.items() if k.replace(" ", "") == bare), "")


def distance_km(a: PlaceRef, b: PlaceRef) -> float | None:
    """Distance between two located places in km (None when either has no point)."""
    return _km(a, b)


def _km(a: PlaceRef, b: PlaceRef) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    dy = (a.lat - b.lat) * 111.2
    dx = (a.lon - b.lon) * 111.2 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)


def is_broad(a: PlaceRef) -> bool:
    """A place that holds other places: a country, a governorate, a region or a countryside."""
    return a.level in ("country", "governorate", "region") or (
        a.role == "region" and a.level in ("district", "subdistrict", "city", "community")) or _gov_abroad(a)


def _gov_abroad(a: PlaceRef) -> bool:
    """A governorate abroad named by its capital ("محافظة خان يونس", read by :mod:`rasd.geo.stage` as the capital's
    area, geo_precision 3), unlike a side of the town abroad ("شرقي خان يونس", geo_precision 2)."""
    return a.role == "region" and a.level == "foreign_city" and a.geo_precision == 3


# the governorates (their English admin1 names) that a compass part of Syria ("شمال شرقي سوريا") covers
_COMPASS_GOVERNORATES = {NORTH_EAST_SYRIA.id: frozenset({"Al-Hasakah", "Deir ez-Zor", "Raqqa"}),
                         NORTH_WEST_SYRIA.id: frozenset({"Idlib", "Aleppo"}),
                         "region:syria-north" + _PART: frozenset({"Aleppo", "Idlib"}),
                         "region:syria-east" + _PART: frozenset({"Al-Hasakah", "Deir ez-Zor", "Raqqa"}),
                         "region:syria-south" + _PART: frozenset({"As-Suwayda", "Daraa", "Quneitra"}),
                         "region:syria-centre" + _PART: frozenset({"Hama", "Homs"})}


SIDE_KM = 12.0  # a compass side of a town ("جنوب القامشلي") holds the places this close to the town


def contains(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether place ``a`` includes place ``b`` (or is the same place).

    A country holds its places, a governorate (or its capital named bare, as headlines use it:
    "انفجار في درعا") the places of the governorate, a district's countryside ("ريف القامشلي") the
    places of the district, a named region ("جبل الزاوية", "البادية") the places within 40 km.
    """
    if a.id == b.id:
        return True
    if a.role == "road" or b.role == "road":
        # "طريق دمشق درعا": a point on the road, anywhere between its ends (intercity roads ≲ 150 km)
        if b.role == "road" or b.level in _WEAK_LEVELS:
            return False
        d = _km(a, b)
        return a.role == "road" and d is not None and d <= 150
    if a.level == "country":
        return b.level != "country" and b.country == a.country
    if b.level == "country":
        return False
    if a.level == "governorate":
        return bool(a.admin1) and b.admin1 == a.admin1
    if a.level in ("city", "community") and a.role != "region" and a.admin1 \
            and capital_of(a) == a.admin1:
        # the bare name of a governorate's capital also stands for the governorate
        return b.admin1 == a.admin1 and (b.level == "governorate" or not is_broad(b))
    if _gov_abroad(a):
        # the places around the capital, in its country, as far as a region abroad reaches
        d = _km(a, b)
        return not is_broad(b) and a.country == b.country and d is not None and d <= REGION_ABROAD_KM
    if a.role == "region" and a.level in ("district", "subdistrict", "city", "community"):
        if b.level == "governorate":
            return False
        if a.side:
            # "جنوب القامشلي": the town's outskirts on that side, not every town of its district ("عامودا")
            d = _km(a, b)
            return not is_broad(b) and d is not None and d <= SIDE_KM
        return bool(a.admin2) and b.admin2 == a.admin2
    if a.id in _COMPASS_GOVERNORATES:
        # a compass part of the country named after its governorates ("شمال شرقي سوريا"): their places
        return b.level != "region" and b.admin1 in _COMPASS_GOVERNORATES[a.id]
    if a.level == "region":
        # a named region has no outline here: a mountain or plain reaches ~25 km from its centre,
        # the Syrian desert (no governorate) ~150 km, a region abroad ("قطاع غزة") ~30 km (a province or a state
        # abroad as far as its gazetteer row says: "إقليم بلوشستان" holds "مستونغ", 200 km off its point) and never
        # across a border; a governorate capital is never "in" a region
        if b.level == "governorate" or (bool(b.admin1) and capital_of(b) == b.admin1):
            return False
        if a.country != b.country:
            return False
        d = _km(a, b)
        reach = _region_reach().get(a.id) or (
            25 if a.admin1 else (150 if a.country == HOME_COUNTRY else REGION_ABROAD_KM))
        return d is not None and d <= reach
    return a.role != "region" and part_of(b, a)


def part_of(b: PlaceRef, a: PlaceRef) -> bool:
    """``b`` is a camp or a neighbourhood of the town ``a`` abroad: its gazetteer entry names the town it lies in
    ("Balata camp (Nablus)", "Zeitoun (Gaza City)"), as the places abroad have no admin codes to say so."""
    return a.level == b.level == "foreign_city" and a.id != b.id and b.name_en.endswith(f"({a.name_en})")


# two places closer than this are one spot named twice (a village and its farms, two spellings);
# villages of one mountain or plain ("جبل الزاوية") lie 2-4 km apart and are coded one by one
SAME_SPOT_KM = 2.0
ONE_SPOT_KM = 0.5  # closer than this, two entries are one spot whatever their names
_AND = re.compile(r"(?:^|\s)و")
# what joins a place to the place that locates it: "X في Y", "X بريف Y", "X قرب Y", "X شرقي Y", and a side
# of a town or region, with or without its noun: "X شرق مدينة Y", "X (جنوب غربي مدينة Y)", "X وسط Y"; never a
# word that "و" opens ("X وشرقي Y" adds a place to a list)
# "موقع X في تلال Y", "ثكنة X في مزارع Y", "X على أطراف Y": a terrain word, too, only says where X lies
_QUALIFIER = re.compile(r"^[\s\"»)]*\(?\s*(?:في|ب|قرب|بالقرب من|في ريف|بريف|ريف|(?!و)(?:\S+ي|\S+ية)\s+"
                        r"|(?:في|ب|على)\s*(?:ال)?(?:تلال|تلة|تله|مرتفعات|جبل|جبال|سفح|سفوح|خراج|أطراف|اطراف|مزارع"
                        r"|سهل|وادي)\s+"
                        # (the district or province a town lies in: "كفركلا في قضاء مرجعيون", "X في مديرية Y")
                        r"|(?:في|ب|من)\s*(?:ال)?(?:قضاء|مديرية|مديريه|ناحية|ناحيه|محافظة|محافظه)\s+"
                        r"|(?:(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|يّ)?\s+){1,2}(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم)?)\s*$")
# ... unless X's gazetteer entry lies farther than this from Y: a namesake, so Y is the target
QUALIFIED_KM = 30.0
# a hyphen between two place names: the ends of a road or route ("طريق حلب - دمشق")
_ROUTE = re.compile(r"^\s*[-–—]\s*$")
_ROAD_JOIN = re.compile(r"^\s*[-–—_/]?\s*$")
_BETWEEN = re.compile(r"(?:^|\s)(?:بين|ما بين|الواقعة بين|الواصل بين|الواصلة بين|تربط|يربط)\s+(?:\S+\s+){0,2}$")


# a dual noun names two places of one report, wherever the act word stands: "خرج مطارا X وY عن الخدمة",
# "تعرضت بلدتا X وY لقصف", "القاعدتان في حقلي "X" و"Y" تعرضتا لقصف" (the site duals of geo.stage's dual site
# heads too); the noun may be followed by its adjectives or its owner ("قاعدتي الاحتلال الأميركي، "X" و"Y"",
# "القاعدتين الأميركيتين X وY"), and a definite dual stands in apposition before the names
_DUAL = re.compile(r"(?:^|\s)[وفبل]?(?:(?:ال)?(?:مطارا|مطاري|بلدتا|بلدتي|مدينتا|مدينتي|قريتا|قريتي|حيا|حيي|مخيما"
                   r"|مخيمي|معبرا|معبري|قاعدتا|قاعدتي|حقلا|حقلي|سجنا|سجني|موقعا|موقعي|ثكنتا|ثكنتي)"
                   r"|ال(?:مطارين|مطاران|قاعدتين|قاعدتان|حقلين|حقلان|معبرين|معبران|بلدتين|بلدتان|قريتين|قريتان"
                   r"|مدينتين|مدينتان)(?=\s+ال))(?:\s+ال[^\s،,.؛;:\"«»]+){0,2}[\s،,\"'«]*$")
# the "و" between the two names of a dual noun, the names maybe in quotes ("حقلي "X" و"Y"")
_DUAL_AND = re.compile(r"^[\s\"'«»]*و[\s\"'«»]*$")
# a dual noun of two countrysides or governorates ("في ريفي إدلب واللاذقية", "في محافظتي درعا والسويداء") names
# two regions of one report: ACLED codes one event per place, each at its region
_DUAL_REGION = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:ريفي|ريفا|محافظتي|محافظتا)\s+$")
_AND_ONLY = re.compile(r"^\s*و\s*$")
# "و" before the second place of a pair, maybe with its settlement noun ("الطريق الواصل بين مدينة X وبلدة Y")
_AND_HEAD = re.compile(r"^\s*و\s*(?:ال)?(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم|حي|ناحية|ناحيه|منطقة|منطقه)?\s*$")
# the words that add a further item ("إضافة إلى", "بالإضافة إلى", "فضلاً عن", "وكذلك"), and what adds one to a list
# of places, as "و" does: "X، إضافة إلى منطقة Y", "X، بالإضافة إلى Y", "فضلاً عن Y", "X، وكذلك نقاطها في قرية Y"
_ADD_WORDS = r"(?:و?(?:بال|ب)?(?:إضافة|اضافة)\s*(?:إلى|الى)|و?فضلا\S?\s*عن|وكذلك(?=\s))"
_ADDING = rf"(?:{_ADD_WORDS}\s*|و)"
# what may open a further item of a list of places: "، وبلدة Y", "وأجزاء من بلدات Y", "وفي محيط Y"
_LIST_NOUN = (r"(?:ال)?(?:بلدة|بلده|بلدات|بلدتي|بلدتا|قرية|قريه|قرى|قريتي|قريتا|مدينة|مدينه|مدن|مدينتي|مدينتا"
              r"|حي|احياء|أحياء|حيي|مخيم|مخيمي|منطقة|منطقه|مناطق|منطقتي|محيط|أطراف|اطراف|أجزاء|اجزاء|جزء"
              r"|غالبية|غالبيه|معظم|كامل|بعض|مزارع|تلة|تله|تل|محور|محوري|محاور|جبهة|جبهه|جبهات)")
# (a colon may follow the list noun: "وأطراف بلدات: X، Y، وZ")
_LIST_GAP = re.compile(rf"^[\s\"»)]*[،,]?\s*{_ADDING}(?:في|فى|ب|على)?\s*"
                       rf"(?:{_LIST_NOUN}\s*:?\s+(?:من\s+|في\s+)?){{0,3}}[\s\"«(]*$")


def _head(doc: Document, a: Span) -> str:
    """The words before a place and its first word ("بلدتي سراقب" → "… بلدتي ")."""
    return _INVISIBLE.sub("", doc.text[max(0, a.start - 20):a.start] + doc.text[a.start:a.end].split(" ", 1)[0] + " ")


def _dual_pairs(doc: Document, places: list[Span], dual: re.Pattern[str] = _DUAL) -> dict[int, int]:
    """The places named by a dual noun and the place joined to it ("مطارا دمشق وحلب"): the id of each
    mapped to the id of the other."""
    out: dict[int, int] = {}
    for a, b in pairwise(places):
        # the dual noun opens the place's span ("مطارا دمشق") or stands just before it ("بلدتي X")
        before = _INVISIBLE.sub("", doc.text[max(0, a.start - 45):a.start])
        if (dual.search(_head(doc, a)) or dual.search(before)) \
                and _DUAL_AND.match(_INVISIBLE.sub("", doc.text[a.end:b.start])):
            out[id(a)], out[id(b)] = id(b), id(a)
    return out


# "ريف X وريف Y": two countrysides, each named with its own noun
_COUNTRYSIDE = re.compile(r"^[وفب]?ريف\s")


def _countryside_pairs(doc: Document, places: list[Span]) -> dict[int, int]:
    """Two governorates' countrysides joined by "و", each with its own noun ("في ريف إدلب وريف اللاذقية"): the id
    of each mapped to the id of the other."""
    out: dict[int, int] = {}
    for a, b in pairwise(places):
        if a.value.level == b.value.level == "governorate" and a.value.id != b.value.id \
                and _COUNTRYSIDE.match(_INVISIBLE.sub("", doc.text[a.start:a.end])) \
                and _COUNTRYSIDE.match(_INVISIBLE.sub("", doc.text[b.start:b.end])) \
                and _DUAL_AND.match(_INVISIBLE.sub("", doc.text[a.end:b.start])):
            out[id(a)], out[id(b)] = id(b), id(a)
    return out


def region_pair(doc: Document, places: list[Span]) -> bool:
    """The places are the two countrysides or governorates of one pair ("في ريفي القنيطرة ودرعا", "في ريف إدلب
    وريف اللاذقية"): a toll the pair's sentence tells stays with the first (ACLED)."""
    return len(places) == 2 and id(places[1]) in (_dual_pairs(doc, places, _DUAL_REGION)
                                                  | _countryside_pairs(doc, places))


_SIDE = r"(?:ال)?(?:شمالي|جنوبي|شرقي|غربي|شمالية|جنوبية|شرقية|غربية)"
_SIDE_END = re.compile(rf"\s{_SIDE}$")
_SIDE_START = re.compile(rf"^\s+{_SIDE}(?:\s|[،,.]|$)")
# "في كل من محافظتي X وY": the act is told of each of them
_EACH_REGION = re.compile(r"(?:^|\s)كل من\s+(?:ال)?(?:ريفي|محافظتي)\s+$")


def _sided(doc: Document, a: Span) -> bool:
    """A side word ends place ``a`` or follows it ("ريفي إدلب الجنوبي", "وحلب الشمالي")."""
    return bool(_SIDE_END.search(_INVISIBLE.sub("", doc.text[a.start:a.end]))
                or _SIDE_START.match(_INVISIBLE.sub("", doc.text[a.end:a.end + 16])))


def _each(doc: Document, a: Span) -> bool:
    """Place ``a`` opens a pair "كل من ريفي/محافظتي X وY"."""
    before = _INVISIBLE.sub("", doc.text[max(0, a.start - 25):a.start])
    return bool(_EACH_REGION.search(_head(doc, a)) or _EACH_REGION.search(before))


# the adjectives that end a place's name before the list goes on ("في تلال Y اللبنانية المحتلة، وموقع Z")
_LEAD_ADJECTIVES = re.compile(r"^(?:[\s\"»)]*ال[^\s،,.؛;:\"»)]+(?:ية|يه|ي|ة|ه)(?=[\s،,\"»)]))+")


# where a list item lies, told with no name of its own: "مدينة X شمالي المحافظة، وبلدة Y في ريفها الجنوبي، إضافة
# إلى Z", "قرية X جنوب شرقي المدينة، وY"
_BARE_LOCATING = re.compile(
    r"^\s*(?:(?:في|فى|ب)\s*)?(?:(?:ال)?(?:شمال|جنوب|شرق|غرب)[يى]?(?:\s+(?:ال)?(?:شرق|غرب)[يى]?)?\s+"
    r"(?:ال)?(?:محافظة|محافظه|مدينة|مدينه|بلدة|بلده|عاصمة|عاصمه|بلاد|منطقة|منطقه)(?:ها|ه)?"
    r"|(?:ال)?ريف(?:ها|ه)?(?:\s+ال(?:شمالي|جنوبي|شرقي|غربي)(?:\s+ال(?:شرقي|غربي))?)?)(?=[\s،,])")


def _listed(doc: Document, a: Span, b: Span) -> bool:
    """``b`` continues a list that ``a`` is in: "X وY", "بلدة X وبلدة Y", "غالبية بلدة X، وأجزاء من بلدات Y",
    also past a nameless phrase that locates ``a`` (:data:`_BARE_LOCATING`: "X شمالي المحافظة، وبلدة Y"); not the
    place of a further act joined by "و" (:data:`_NEW_ACT_GAP`), unless list nouns open it."""
    gap = _INVISIBLE.sub("", doc.text[a.end:b.start])
    if _LIST_GAP.match(gap):
        return True
    bare = _BARE_LOCATING.match(gap)
    if bare is not None and _LIST_GAP.match(gap[bare.end():]) \
            and not any(a.end <= q.start and q.end <= b.start for q in doc.layer("places")):
        return True
    if not (len(gap) <= 30 and bool(_AND.search(gap)) and not _CLAUSE.search(gap)):
        return False
    # (the words of a further act, not a place named between: "ومعرة النعمان في Y")
    return not _new_act_gap(gap) or any(a.end <= q.start and q.end <= b.start for q in doc.layer("places"))


# a clause that goes on describing the place just named: "…، حيث اندلعت اشتباكات"
_WHERE = re.compile(r"[،,]\s*حيث\s")
# a verb of a relative clause describes a noun ("القوات التي هاجمت المنطقة"), it reports no act of its own
# (the relative pronouns but the nominative duals, as time.assign's relative clauses)
_RELATIVE = re.compile(rf"(?:^|\s){alternation(RELATIVE_PRONOUNS - RELATIVE_DUAL_NOMINATIVE)}\s+$")


def _blank_times(doc: Document, lo: int, hi: int) -> str:
    """The text between ``lo`` and ``hi`` with its time expressions blanked out."""
    gap = list(doc.text[lo:hi])
    for t in doc.layer("times"):
        for k in range(max(t.start, lo), min(t.end, hi)):
            gap[k - lo] = " "
    return "".join(gap)


def _time_only(doc: Document, lo: int, hi: int) -> bool:
    """The text between ``lo`` and ``hi`` is a time expression and nothing else ("، صباح الجمعة،")."""
    gap = _blank_times(doc, lo, hi)
    return bool(gap) and not gap.strip() and any(lo <= t.start < hi for t in doc.layer("times"))


def _clause_mark(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """The first mark that ends a clause between ``start`` and ``end``, past a time set off by commas ("بينما شهدت
    مدينة X، صباح الجمعة، مظاهرة": the time stays in X's clause, as in :func:`target_place_spans`)."""
    text = doc.text
    m = _CLAUSE.search(text, start, end)
    while m is not None and m.group() in "،,":
        nxt = _CLAUSE.search(text, m.end(), end)
        if nxt is None or nxt.group() not in "،," or not _time_only(doc, m.end(), nxt.start()):
            break
        m = _CLAUSE.search(text, nxt.end(), end)
    return m


def _own_act(doc: Document, sentence: Span, prev: Span, p: Span, triggers: list[Span]) -> bool:
    """An act word stands in the place's own clause, after the place ``prev`` named before it ("…،
    فيما استهدفت المسيرة الثانية Y", "…، كما شهدت بلدة Y اشتباكات", "… إلى مدينة Y، حيث اندلعت اشتباكات"):
    the place is the target of an act of its own (not a verb of a relative clause)."""
    text = doc.text
    lo = max((m.end() for m in _CLAUSE.finditer(text, sentence.start, p.start)), default=sentence.start)
    lo = max(lo, prev.end)
    m = _clause_mark(doc, p.end, sentence.end)
    hi = m.start() if m else sentence.end
    if m is not None and _WHERE.match(text, m.start()):
        m2 = _CLAUSE.search(text, m.end(), sentence.end)
        hi = m2.start() if m2 else sentence.end
    return any(lo <= t.start < hi and not (p.start <= t.start < p.end)
               and not _RELATIVE.search(text[max(0, t.start - 12):t.start]) for t in triggers)


def _same_spot(a: PlaceRef, b: PlaceRef) -> bool:
    """Two entries for one spot: a village and its farms or two spellings (names sharing a word, closer than
    ``SAME_SPOT_KM``), or any two entries closer than ``ONE_SPOT_KM``."""
    d = _km(a, b)
    if d is None:
        return False
    if d < ONE_SPOT_KM:
        return True

    def words(v: PlaceRef) -> set[str]:
        # a head noun that many names share ("موقع X", "ثكنة Y") tells nothing of the spot
        return {w[2:] if w.startswith("ال") and len(w) > 4 else w for w in SHORT_VOWELS.sub("", v.name_ar).split()
                if not _HEAD_NOUN.fullmatch(w)}

    return d < SAME_SPOT_KM and bool(words(a) & words(b))


def target_places(doc: Document, sentence: Span, triggers: list[Span]) -> list[tuple[PlaceRef, list[str]]]:
    """The distinct places one sentence reports an event at, when it names several, with the Arabic span
    of each (see :func:`target_place_spans`)."""
    return [(capital_point(p.value), [doc.text[p.start:p.end]]) for p in target_place_spans(doc, sentence, triggers)]


def place_clause(doc: Document, sentence: Span, p: Span, over_time: bool = False) -> tuple[int, int]:
    """The bounds of the clause of ``sentence`` that names place ``p`` ("…، كما استهدفت بلدة X عبر مسيّرة،
    …"), a clause that goes on describing it ("…، حيث اندلعت اشتباكات") included; ``over_time``: a time set off by
    commas after the place stays in it ("بينما شهدت مدينة X، صباح الجمعة، مظاهرة", for the clause's own day)."""
    text = doc.text
    lo = max((m.end() for m in _CLAUSE.finditer(text, sentence.start, p.start)), default=sentence.start)
    m = _clause_mark(doc, p.end, sentence.end) if over_time else _CLAUSE.search(text, p.end, sentence.end)
    hi = m.start() if m else sentence.end
    if m is not None and _WHERE.match(text, m.start()):
        m2 = _CLAUSE.search(text, m.end(), sentence.end)
        hi = m2.start() if m2 else sentence.end
    elif m is not None and m.group() in "،," and _fronted(doc, sentence, p) \
            and not any(lo <= t.start < hi for t in doc.layer("triggers")):
        # a fronted place set off by a comma, with no act in its clause ("وفي X، استشهد شاب في غارة، وفي Y، …",
        # "وفي حي X شرق المدينة، قصفت …"): its act is told after it, up to the next fronted place
        nxt = _NEXT_FRONTED.search(text, m.end(), sentence.end)
        hi = nxt.start() if nxt else sentence.end
    return lo, hi


# the phrase that locates a listed place before the list goes on ("… في X، والقاعدة في Y", "… خان شيخون في
# إدلب، وأيضاً في Z"): locative words and places, each place led by one
_LOCATING_GAP = re.compile(r"^[\s\"»)]*[،,]?\s*(?:(?:في|ب|قرب|بالقرب من|عند|محيط|بمحيط|ريف|بريف|ريفي|مدينة|مدينه|بمدينة"
                           r"|محافظة|محافظه|بمحافظة|العاصمة|العاصمه|بالعاصمة|(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يّ)?)\s*){1,4}$")
# a further item of a list of sites, with its own head noun and an adjective or two ("، والقاعدة الأميركية في
# حقل غاز Y", "، وأيضاً في Y", "، وكذلك مطار Y")
_SITE_NOUN = (r"(?:ال)?(?:قاعدة|قاعده|قاعدتي|قواعد|حقل|حقول|حقلي|مطار|مطارات|موقع|مواقع|مقر|مقرات|نقطة|نقطه|نقاط"
              r"|معسكر|معسكرات|ثكنة|ثكنه|مستودع|مستودعات|منشأة|منشاة|منشآت)")
# "وأخرى في Y", "وآخر في Y": another item of the list
_ANOTHER_ITEM = r"(?:آخر|اخر|أخرى|اخرى|آخرين|اخرين|آخران|اخران|أخريات|ثان|ثانية|ثانيه)"
# "وخصوصاً في Y", "وتحديداً في Y": the act's own place, named more precisely
_ESPECIALLY = r"(?:خصوصا|خصوصاً|خصوصًا|خاصة|خاصه|تحديدا|تحديداً|تحديدًا|لاسيما|لا\s+سيما)"
# what an act hits besides places and sites: "ومنازل في Y", "وآليات في Y"
_TARGET_NOUN = r"(?:منزل|منازل|بيوت|مبنى|مباني|مبان|آليات|اليات|سيارة|سيارات|خيام|مدارس|مستشفى|مستشفيات)"
_ITEM_WORD = rf"(?:{_LIST_NOUN}|{_SITE_NOUN})(?:\s+(?:ال\S+(?:ية|يه|ي)|غاز|النفط|نفط))?"
_SITE_LIST_GAP = re.compile(rf"^[\s\"»)]*[،,]?\s*{_ADDING}(?:أيضاً|أيضا|أيضًا|ايضا|كذلك)?\s*(?:في|ب|على)?\s*"
                            rf"(?:{_ITEM_WORD}\s+(?:من\s+|في\s+|ب)?){{0,3}}[\s\"«(]*$")


# "و" that opens a further act, one to three words before the preposition of its own place ("هجوم على حاجز في X
# ومداهمات في Y", "تستهدف أطراف X وتتوغل في Y", "اشتباكات في X وحملة اعتقالات في Y", "غارات على X وتوغل لقوات
# الاحتلال في Y"): no item of a list of X's
# (a definite noun, a place's or a site's noun after "و" is a further target of the list: "والأحياء السكنية في Y",
# "ومدينة X في Y", "وقواعد أميركية في Y")
def _act_gap(more_words: str) -> re.Pattern[str]:
    """The gap before a further act's place: "و", one word and ``more_words`` (a regex quantifier) more,
    then the place's preposition."""
    return re.compile(rf"(?:^|\s)و(?!(?:في|فى|على|قرب|ال)[\s\w])"
                      rf"(?!(?:{_LIST_NOUN}|{_SITE_NOUN}|{_TARGET_NOUN}|{_ANOTHER_ITEM}|{_ESPECIALLY})\s)"
                      rf"[^\s.،,؛;:]+(?:\s+[^\s.،,؛;:]+){more_words}\s+(?:في|فى|على|قرب)\s*$")


_NEW_ACT_GAP = _act_gap("{0,2}")
# the same with the second act's object told at more length (4–5 words: "ونشر نقطة جديدة للشرطة العسكرية في"), only
# in a headline's paragraph (:func:`_after_new_act`)
_NEW_ACT_GAP_LONG = _act_gap("{3,4}")


# the head noun of a military site's name ("موقع", "ثكنة", "قلعة"): no word of the name itself (two positions a
# kilometre apart are two targets; two quarters of a town, "حي X" and "حي Y", may still be one spot)
_HEAD_NOUN = re.compile(rf"{_SITE_NOUN}|(?:ال)?(?:مستوطنة|مستوطنه|مستعمرة|مستعمره|قلعة|قلعه|تلة|تله)")
# "… في X بصاروخ بركان، وآخر في Y", "مبنيين في X، وآخرين في Y", "موقع X بقذائف المدفعية، وموقع Y": a further
# target of the same act, after the weapon it was struck with ("ب" and a word or three) and a comma
_WEAPON_PHRASE = re.compile(r"^[\s\"»)]*ب\S+(?:\s+[^\s،,.؛;:]+){0,2}?[\s\"»)]*(?=[،,])")
# (the ordinal may take the article and the item an adjective: "، والثاني في جنوب موقع Y", "، وآخر فسفوري على
# أطراف بلدة Y"; a side word may locate the item against its site)
_OTHER_ITEM = re.compile(r"^[\s\"»)]*(?:[،,]\s*)?و(?:آخر|اخر|آخرين|اخرين|آخران|أخرى|اخرى|واحدا|واحد|ثان|(?:ال)?ثاني"
                         r"|(?:ال)?ثانية|(?:ال)?ثالث|(?:ال)?ثالثة|(?:ال)?رابع|(?:ال)?رابعة)"
                         r"(?:\s+(?!في\s)[^\s،,.؛;:]{2,}(?:ي|يّ|ية|يه))?\s+(?:في|ب|على|عند|قرب)\s*"
                         rf"(?:(?:محيط|(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يّ)?|{_ITEM_WORD})\s+){{0,3}}[\s\"«(]*$")


# "…، وتجمعاً لجنود العدو في محيط موقع Y", "…، وانتشاراً للجنود في Y": a further object of the same verb, the
# troops or a building at another place, with its own noun (also with an indefinite adjective of its kind: "…،
# ونقطة عسكرية في بلدة Y", "…، وآليات عسكرية في Y"); the troops' guns and works, too, and a second object joined
# by "و" ("…، ومرابض مدفعية العدو وانتشار جنوده جنوبي Y", "…، وتحصينات الجنود شرق Y"), the place maybe set off by
# a side word alone
_OBJECT_NOUN = (r"(?:تجمع|تجمعا|تجمعات|انتشار|انتشارا|تموضع|تموضعا|تحرك|تحركا|تحشد|تحشدا|مبنى|مبني|مبان|مباني"
                r"|نقاط|نقطة|نقطه|آليات|اليات|دبابة|دبابه|قوة|قوه|مرابض|مربض|تحصينات|تحصين|منصات|منصة|منصه)")
_OBJECT_ITEM = re.compile(rf"^[\s\"»)]*[،,]\s*و{_OBJECT_NOUN}"
                          r"(?:\s+(?:ل\S+|من\s+\S+))?(?:\s+(?:ال\S+|العدو|الاحتلال|(?!ال)[^\s،,.؛;:]+(?:ية|يه|ي)))?"
                          r"(?:\s+(?:ال\S+|العدو|الاحتلال))?"
                          rf"(?:\s+و{_OBJECT_NOUN}(?:\s+(?:ل\S+|ال\S+|[^\s،,.؛;:]+(?:ه|هم)))?)?"
                          r"\s+(?:(?:في|ب|على|عند|قرب)\s*|(?=(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يّ)?\s))"
                          rf"(?:(?:محيط|(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يّ)?|{_ITEM_WORD})\s+){{0,3}}[\s\"«(]*$")


# "…، وأخرى على دراجة نارية في بلدة Y", "…، وأخرى منزلاً في Y": another strike of the same kind, its object named
# before its place; "…، وأخرى أطراف بلدة Y": its place the verb's object itself (the verb left out)
_OTHER_OBJECT = re.compile(rf"^[\s\"»)]*(?:[،,]\s*)?و(?:آخر|اخر|أخرى|اخرى)\s+(?:(?:على|ب)\s*)?"
                           rf"(?:{_TARGET_NOUN}|دراجة|دراجه|دراجات)\S*(?:\s+(?!في\s)[^\s،,.؛;:]{{2,}}(?:ة|ه|ي|ية|يه))?"
                           r"\s+(?:في|ب|على|عند|قرب)\s*"
                           rf"(?:(?:محيط|(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يّ)?|{_ITEM_WORD})\s+){{0,3}}[\s\"«(]*$")
_OTHER_BARE = re.compile(rf"^[\s\"»)]*[،,]\s*و(?:آخر|اخر|أخرى|اخرى)\s+(?:{_LIST_NOUN}\s+){{1,3}}[\s\"«(]*$")
# the toll of the first item before the further one ("…، ما أدى إلى استشهاد شخصين، وأخرى على …")
_ITEM_TOLL = re.compile(r"^[\s\"»)]*[،,]\s*(?:ما\s+)?(?:أدى|ادى|أسفر|اسفر)\s+(?:إلى|الى|عن)\s+[^،,.؛;:]{2,40}?(?=[،,])")


def _other_of_kind(gap: str) -> bool:
    """``gap`` opens a further strike of the kind just told, its object or its place after "وأخرى" (past the first
    item's toll, if any): "، ما أدى إلى استشهاد شخصين، وأخرى على دراجة نارية في بلدة"، "، وأخرى أطراف بلدة"."""
    m = _ITEM_TOLL.match(gap)
    rest = gap[m.end():] if m else gap
    return bool(_OTHER_OBJECT.match(rest) or _OTHER_BARE.match(rest)
                or (m is not None and _OTHER_ITEM.match(rest)))


def _further_item(doc: Document, a: Span, b: Span, inside: list[Span]) -> bool:
    """``b`` is a further target of the act at ``a``, set off by the weapon phrase of ``a``, named as "another"
    ("وآخر في Y") or by an object noun of its own ("وتجمعاً لجنود العدو في محيط Y"): "في محيط ثكنة X بصاروخ بركان،
    وآخر في ثكنة Y", "موقع X بقذائف المدفعية، وموقع Y"."""
    if any(a.end <= q.start and q.end <= b.start for q in inside):
        return False
    gap = _INVISIBLE.sub("", doc.text[a.end:b.start])
    if len(gap) > 60:
        # the first item's weapon and outcome told at length ("… بصاروخين، محققة فيها إصابة مباشرة، ومرابض
        # مدفعيته جنوبي Y"): what follows them opens the further item
        rest = _past_manner(gap)
        return len(gap) <= 2 * 60 and len(rest) <= 60 and rest != gap and bool(_OBJECT_ITEM.match(rest))
    gap = _LEAD_ADJECTIVES.sub("", gap)  # "قاعدة X الأميركية، وأخرى في Y": the first item's adjective
    if _OTHER_ITEM.match(gap) or _OBJECT_ITEM.match(gap) or _other_of_kind(gap):
        return True
    m = _WEAPON_PHRASE.match(gap)
    if m is None:
        return False
    rest = gap[m.end():]
    return bool(_OTHER_ITEM.match(rest) or _LIST_GAP.match(rest) or _SITE_LIST_GAP.match(rest)
                or _OBJECT_ITEM.match(rest))


# "…، والمنطقة الواقعة بين بلدتي X وY": a further item of a list, the area between two places
_BETWEEN_ITEM = re.compile(rf"^[\s\"»)]*[،,]?\s*و(?:ال)?(?:منطقة|منطقه|مناطق)?\s*(?:ال)?(?:واقعة|واقعه|واقع)?\s*"
                           rf"(?:ما\s+)?بين\s+(?:{_LIST_NOUN}\s+)?[\s\"«(]*$")


def _between_item(doc: Document, a: Span, b: Span) -> bool:
    return bool(_BETWEEN_ITEM.match(_INVISIBLE.sub("", doc.text[a.end:b.start])))


# a comma between two bare names of a list ("هي \"X\"، \"Y\" و\"Z\""): the list's items before its last
_COMMA_GAP = re.compile(r"^[\s\"»)]*[،,][\s\"«(]*$")


# bare names between two known items of an enumeration, each set off by commas ("X، U، V، Y وZ", U and V names
# the gazetteer lacks): items of the same list, two words at most each, none opening a clause with "و"
_NAMES_GAP = re.compile(r"^[\s\"»)]*[،,](?:[\s\"«(]*(?!و)[^\s،,.؛;:\"«»()]+(?:\s+[^\s،,.؛;:\"«»()]+)?"
                        r"[\s\"»)]*[،,]){1,3}[\s\"«(]*$")
_NAME_MARKS = " \"«»()\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"  # around a name of the run


def _names_between(doc: Document, a: Span, b: Span) -> list[tuple[int, int]]:
    """The bare names (:data:`_NAMES_GAP`) that stand between places ``a`` and ``b`` of one enumeration, each set
    off by commas, none a place, a time, an act word or a word that ends a list; empty when the gap is no such run."""
    gap = doc.text[a.end:b.start]
    if not _NAMES_GAP.match(_INVISIBLE.sub("", gap)) \
            or any(a.end <= q.start < b.start for layer in ("places", "times", "triggers") for q in doc.layer(layer)):
        return []
    items: list[tuple[int, int]] = []
    for m in re.finditer(r"[^،,]+", gap):
        name = _INVISIBLE.sub("", m.group()).strip(" \"«»()")
        if not name:
            continue
        if any(_LIST_END.match(w) for w in name.split()):
            return []
        lo = a.end + m.start() + (len(m.group()) - len(m.group().lstrip(_NAME_MARKS)))
        items.append((lo, a.end + m.start() + len(m.group().rstrip(_NAME_MARKS))))
    return items


def _comma_list(doc: Document, a: Span, b: Span, inside: list[Span]) -> bool:
    """``a`` and ``b`` are items of an enumeration "X، Y وZ": only a comma stands between them (or bare names the
    gazetteer lacks, each set off by commas: :data:`_NAMES_GAP`), and the names after ``b`` go on by commas to a
    last item joined by "و" (a comma alone may also set off an apposition or a new clause: "دمشق، سوريا")."""
    if not _COMMA_GAP.match(_INVISIBLE.sub("", doc.text[a.end:b.start])) and not _names_between(doc, a, b):
        return False
    prev = b
    for q in (q for q in inside if q.start >= b.end):
        gap = _INVISIBLE.sub("", doc.text[prev.end:q.start])
        if _AND_ONLY.match(gap.strip(" \"«»()")) or _LIST_GAP.match(gap):
            return True
        if not _COMMA_GAP.match(gap):
            return False
        prev = q
    return False


def _listed_past(doc: Document, a: Span, b: Span, inside: list[Span]) -> bool:
    """``b`` continues a list that ``a`` is in, past the phrase that locates ``a`` and with the items' own
    head nouns: "القاعدة في X، والقاعدة الأميركية في حقل غاز Y، في ريف Z، والقاعدة في W",
    "في X في إدلب، وأيضاً في Y"; or ``a`` and ``b`` are items of an enumeration "X، Y وZ"."""
    if _comma_list(doc, a, b, inside):
        return True
    pos = a.end
    for q in (q for q in inside if a.end <= q.start and q.end <= b.start):
        if not _LOCATING_GAP.match(_INVISIBLE.sub("", doc.text[pos:q.start])):
            return False
        pos = q.end
    gap = _past_manner(_INVISIBLE.sub("", doc.text[pos:b.start]))
    return bool(_SITE_LIST_GAP.match(gap) or _SITE_LIST_GAP.match(_LEAD_ADJECTIVES.sub("", gap)))


# the weapon or the outcome of one item of a list of sites, set off by commas after its place ("…، بالصواريخ،",
# "…، عبر طائرتين مسيّرتين،", "…، محقّقةً إصابات مباشرة،"): the item's own details, before the next item
_ITEM_MANNER = re.compile(r"^[\s\"»)]*[،,]?\s*(?:(?:ب|عبر\s+)(?!ريف|محافظ|مدينة|منطقة)\S+(?:\s+[^\s،,.؛;:]+){0,2}?"
                          r"|(?:محقق|محقّق|مؤكد|مؤكّد)\S*(?:\s+[^\s،,.؛;:]+){1,3}?"
                          # the border the item lies at, told by adjectives ("…، في X عند الحدود العراقية - السورية،
                          # وفي Y"): where the item lies, no place of its own
                          r"|(?:عند|على|قرب|بالقرب\s+من)\s+(?:ال)?(?:حدود|الشريط\s+الحدودي)"
                          r"(?:\s*[-–]?\s*ال[^\s،,.؛;:]+(?:ية|يه|يّة)){1,3})[\s\"»)]*(?=[،,])")


def _past_manner(gap: str) -> str:
    """``gap`` less the weapon and outcome phrases (:data:`_ITEM_MANNER`, two at most) that open it."""
    for _ in range(2):
        m = _ITEM_MANNER.match(gap)
        if m is None:
            break
        gap = gap[m.end():]
    return gap


# the cause of an outcome told first: "…، بعد سقوط صواريخ", "من جراء قصف", "إثر غارة" (the act word follows)
_CAUSED = re.compile(r"(?:^|\s)(?:من\s+)?(?:بعد|إثر|اثر|أثر|جراء|جرّاء|نتيجة|بسبب)\s+(?:\S+\s+)?$")
# "…، بالإضافة إلى خيمة لقوة خاصة، جنوبي موقع Y": a further target (an object and the place that holds it)
# added to the act's list of targets
_ADDED_ITEM = re.compile(rf"[،,]\s*{_ADD_WORDS}\s*"
                         r"[^،,.؛;:]{0,50}?[،,]?\s*"
                         rf"(?:(?:في|ب|قرب|عند|محيط|بمحيط|(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يّ)?|{_ITEM_WORD})\s*){{0,3}}"
                         r"[\s\"«(]*$")
ADDED_GAP = 120  # characters at most between a target and the target a "بالإضافة إلى" adds


# the targets of a count told one by one by their ordinals ("غارات على موقعين، الأول في X، والثاني على أطراف Y"):
# the first ordinal before the first place, the next after a comma before the next place (a few words between)
_FIRST_ORDINAL = re.compile(r"(?:^|\s)(?:ال)?(?:أولى|اولى|أول|اول)\s+(?:[^\s.،,؛;:]+\s+){0,4}[\s\"«(]*$")
_NEXT_ORDINAL = re.compile(r"^[^.؛;:!?؟\n]{0,60}?[،,]\s*و\s*(?:ال)?(?:ثانية|ثانيه|ثاني|ثالثة|ثالثه|ثالث"
                           r"|رابعة|رابعه|رابع|أخرى|اخرى)\s+(?:[^\s.،,؛;:]+\s+){0,4}[\s\"«(]*$")


def _ordinal_item(doc: Document, a: Span, b: Span) -> bool:
    """``a`` and ``b`` are two targets a count names one by one by their ordinals (:data:`_NEXT_ORDINAL`)."""
    return _NEXT_ORDINAL.match(_INVISIBLE.sub("", doc.text[a.end:b.start])) is not None \
        and _FIRST_ORDINAL.search(_INVISIBLE.sub("", doc.text[max(0, a.start - 60):a.start])) is not None


def _added(doc: Document, a: Span, b: Span) -> bool:
    """``b`` is a further target that "بالإضافة إلى" / "فضلاً عن" / "وكذلك" adds after ``a``, with its own object noun
    (not another act: "قصفت المدفعية بلدة X، وكذلك نسفت مباني في Y"), or the next of targets told by their ordinals
    (:func:`_ordinal_item`)."""
    if _ordinal_item(doc, a, b):
        return True
    gap = _INVISIBLE.sub("", doc.text[a.end:b.start])
    m = _ADDED_ITEM.search(gap) if len(gap) <= ADDED_GAP else None
    if m is None:
        return False
    return "كذلك" not in m.group() or not any(a.end <= t.start < b.start for t in doc.layer("triggers"))


# a verb of witnessing whose subject is the place of what it witnessed ("شهدت مدينة X مظاهرات")
_TIME_COMMAS = re.compile(r"[،,]\s*[،,]")  # the commas around a time taken out of a clause
# ... and the verbs of undergoing an act ("تعرّضت القاعدة في X لهجوم، وردّت القوات بقصف Y"): their subject's
# place is the target of the act the sentence names after it
# (a lookbehind, not "^": a search from a sentence's start inside the text finds the verb that opens the sentence)
_WITNESS = re.compile(r"(?<!\S)[وف]?(?:" + WITNESS_VERBS + r"|شهدتا|شهدا|تعر\u0651?ضتا|تعر\u0651?ضا)(?=\s)")


# a clause that opens with the place of its act, the act told after it ("وفي بلدة X، استهدفت غارة منزلاً، وفي Y،
# قصفت مسيّرة سيارة", "وفي X استشهد شاب …"): the place is fronted, a new act's place (not an item of a list)
_IN_FRONT = r"[\s\"«(]*[وف]?\s*(?:في|فى)\s"  # "وفي ", "« في " (the locative that fronts a place)
_FRONTED = re.compile(rf"^{_IN_FRONT}\s*(?:{_LIST_NOUN}\s+)?[\s\"«(]*$")


# the comma before the next fronted place ("…، وفي Y")
_NEXT_FRONTED = re.compile(rf"[،,](?={_IN_FRONT})")


def _fronted(doc: Document, sentence: Span, p: Span) -> bool:
    """Place ``p`` opens its clause as a fronted locative ("وفي X،", "وفي بلدة X")."""
    lo = max((m.end() for m in _CLAUSE.finditer(doc.text, sentence.start, p.start)), default=sentence.start)
    return bool(_FRONTED.match(_INVISIBLE.sub("", doc.text[lo:p.start])))


# a clause that sets another act beside the one before it ("…، بينما نظم أهالي بلدة Y وقفة مماثلة", "…، فيما خرجت
# مظاهرة في Y", "…، في حين اعتصم العشرات في Y")
_CONTRAST_OPEN = re.compile(r"[\s\"»)]*(?:بينما|فيما|في\s+حين|كما|وكذلك)\s")


def _contrasted_protests(doc: Document, sentence: Span, head: Span, inside: list[Span],
                         triggers: list[Span]) -> list[Span]:
    """The places of protests told after a fronted place's own protest, each in a clause of its own opened by a
    word that sets it beside the first ("وفي مدينة X، تجمع العشرات …، بينما نظم أهالي بلدة Y وقفة مماثلة"): one
    event per town (ACLED). The first place of each such clause, with a protest act in that clause."""
    text = doc.text
    if not any(head.end <= t.start for t in triggers):
        return []
    out: list[Span] = []
    prev = head
    for p in sorted(inside, key=lambda p: p.start):
        if p.start < head.end:
            continue
        lo = max((m.end() for m in _CLAUSE.finditer(text, prev.end, p.start)), default=None)
        if lo is None or not _CONTRAST_OPEN.match(text, lo) \
                or not any(prev.end <= t.start < lo for t in triggers):
            continue
        if _weak(p) or p.value.role in ("road", "reference") or not _own_act(doc, sentence, prev, p, triggers) \
                or not _target(doc, p, min((t.start for t in triggers if t.start >= lo), default=p.start)):
            continue
        out.append(p)
        prev = p
    return out


# the people of a town named as a crowd ("العشرات من أهالي مدينة X", "أبناء بلدة Y") (raw text, before the name)
_CROWD_HOME = re.compile(r"(?:^|\s)[وف]?(?:أهالي|اهالي|سكان|أبناء|ابناء)\s+"
                         r"(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه)\s+)?$")


def _crowd_home(doc: Document, inside: list[Span], triggers: list[Span]) -> Span | None:
    """The town of a crowd named before its protest act, the sentence's first place ("نظّم العشرات من أهالي مدينة X
    وقفة احتجاجية"): where the crowd stands when its clause names no other place."""
    if not inside:
        return None
    p = min(inside, key=lambda q: q.start)
    if not any(p.end <= t.start for t in triggers):
        return None
    return p if _CROWD_HOME.search(doc.text[max(0, p.start - 40):p.start]) and not _weak(p) else None


def _fronted_places(doc: Document, sentence: Span, triggers: list[Span]) -> list[Span]:
    """The places of a sentence that tells its acts each after a place of its own, fronted ("وفي X، استهدفت غارة
    منزلاً، وفي Y، قصفت مسيّرة سيارة"): one event per place (ACLED). Each fronted place needs an act word of its own
    between it and the next fronted place; a place that holds or lies in another, the same place twice, a
    reference or a road make the sentence no such list (empty list)."""
    inside = [p for p in doc.layer("places") if sentence.start <= p.start and p.end <= sentence.end]
    heads = sorted((p for p in inside if _fronted(doc, sentence, p)), key=lambda p: p.start)
    if len(heads) == 1 and triggers and all(_protest_act(t) for t in triggers):
        heads += _contrasted_protests(doc, sentence, heads[0], inside, triggers)
    elif not heads and triggers and all(_protest_act(t) for t in triggers):
        # "نظّم العشرات من أهالي مدينة X وقفة احتجاجية …، كما خرجت مظاهرة مماثلة في بلدة Y": the crowd named by
        # its town before its own protest, then another town's protest set beside it: one event per town
        # (each later town's act may come before its name: "خرجت مظاهرة في Y", checked by _contrasted_protests)
        home = _crowd_home(doc, inside, triggers)
        more = _contrasted_protests(doc, sentence, home, inside, triggers) if home is not None else []
        towns = [home, *more] if home is not None and more else []
        return towns if all(a.value.id != b.value.id and not contains(a.value, b.value)
                            and not contains(b.value, a.value) and _km(a.value, b.value) is not None
                            for a, b in pairwise(towns)) else []
    if len(heads) < 2:
        return []
    ends = [q.start for q in heads[1:]] + [sentence.end]
    for p, end in zip(heads, ends, strict=True):
        own = [t for t in triggers if p.end <= t.start < end
               and not _RELATIVE.search(doc.text[max(0, t.start - 12):t.start])]
        if not own or _weak(p) or p.value.role in ("road", "reference") or not _target(doc, p, own[0].start):
            return []
    for a, b in pairwise(heads):
        if a.value.id == b.value.id or contains(a.value, b.value) or contains(b.value, a.value) \
                or _km(a.value, b.value) is None:
            return []
    return heads


def target_place_spans(doc: Document, sentence: Span, triggers: list[Span]) -> list[Span]:
    """The distinct places one sentence reports an event at, when it names several (:func:`_listed_targets`), or
    the fronted places of its acts when it lists none (:func:`_fronted_places`: "وفي X، …، وفي Y، …")."""
    out = _listed_targets(doc, sentence, triggers)
    if len(out) < 2 and triggers:
        out = _fronted_places(doc, sentence, triggers) or out
    return out


def _listed_targets(doc: Document, sentence: Span, triggers: list[Span]) -> list[Span]:
    """The distinct places one sentence reports an event at, when it names several.

    "غارات على بلدتي X وY", "استهدف الأول X … فيما استهدف الثاني Y", "دخلت القوات بلدات X وY وZ",
    "سيطرت على غالبية بلدة X، وأجزاء من بلدات Y وZ": ACLED codes one event per place.
    Only places after the first trigger count (or named by a dual noun with one), none may hold another
    (unless each has its own act in its own clause, or each its own noun in a "و" list), be an origin, a
    reference, a road or a governorate/country; a place that is the same spot as an earlier one
    (:func:`_same_spot`) is that place again; a pair "بين X وY" is one front, "X - Y" the two ends of a
    road, and in "X في/بريف/قرب Y" Y only locates X (one target).
    After the first, a place counts when it continues a list of counted places or has an act word in its
    own clause; places of the sentence's tail with no act of their own ("… بسبب خطوط إمدادها من X") are
    circumstances, not targets.
    Returns an empty list when the sentence names fewer than two such places.
    """
    if not triggers:
        return []
    first = min(t.start for t in triggers)
    # "شهدت مدينة X وبلدة Y وقفات احتجاجية", "كما شهد ريف X وY قصفاً": the places a verb of witnessing makes its
    # subject, in the act word's own clause, are where the act was (as after the act word)
    w = max((m for m in _WITNESS.finditer(doc.text, sentence.start, first)), key=lambda m: m.start(), default=None)
    subject: tuple[int, int] | None = None  # where the verb's subject stands
    if w is not None:
        # (a time set off by commas, "شهدت X وY، اليوم الجمعة، وقفات", stays in the clause)
        if not _CLAUSE.search(_TIME_COMMAS.sub(" ", _blank_times(doc, w.end(), first))):
            subject = (w.end(), first)
            first = w.end()
    inside = sorted((p for p in doc.layer("places") if sentence.start <= p.start and p.end <= sentence.end),
                    key=lambda p: p.start)
    if all(_protest_act(t) for t in triggers):
        inside = [p for p in inside if not war_topic(doc, p)]
    paired = _dual_pairs(doc, inside)
    # a place told before the act only as where its outcome was ("حريق في X بعد سقوط صواريخ …، بالإضافة إلى
    # إصابة منزل في Y") is the first act's place too
    caused = {id(p) for p in inside if p.start < first and _CAUSED.search(doc.text[p.end:first])
              and not any(p.end <= q.start and q.end <= first for q in inside)}
    # a governorate's capital named bare before the death ("في حمص، فارق طفل الحياة جراء انفجار لغم في بادية تدمر")
    # stands for the governorate (:func:`_governorate_head`): a place of it after the act is where the outcome was,
    # not a second target (even a countryside, which the bare capital is not taken to hold elsewhere)
    caused -= {id(p) for p in inside if id(p) in caused and _governorate_head(doc, p, inside, first)}
    # a name right after another, with no "و" or comma between, is no item of a list: an epithet or a word
    # read as a place ("مخيم X المطلة على البحر")
    cands = [p for p in inside if (p.start > first or id(p) in paired or id(p) in caused)
             and not any(q.end <= p.start and not doc.text[q.end:p.start].strip() for q in inside)]
    if subject is not None:
        # (session 44, pa31) a broad subject, or one around the targets the act word names after it ("تعرّض محيط
        # العاصمة دمشق لعدوان استهدف المطار ونقاطاً قرب الكسوة"), sums those targets up: no item of the list
        after = [q for q in cands if q.start >= subject[1]]

        def sums_up(p: Span) -> bool:
            around = "محيط" in doc.text[subject[0]:p.start]  # (not "أطراف بلدة X": the town's own edge is hit)
            return is_broad(p.value) or (around and any(
                (km := _km(p.value, q.value)) is not None and km <= QUALIFIED_KM for q in after))

        cands = [p for p in cands if not (subject[0] <= p.start < subject[1] and sums_up(p))]
    if len(cands) < 2:
        return []
    # two countrysides or governorates named by one dual noun ("في ريفي إدلب واللاذقية", "ريفي إدلب الجنوبي وحلب
    # الشمالي", "في محافظتي درعا والسويداء") or by a countryside each ("في ريف إدلب وريف اللاذقية") are two places
    # of the act, though each alone is too broad to count as a target of its own: ACLED codes one event at each
    regions = _dual_pairs(doc, cands, _DUAL_REGION) | _countryside_pairs(doc, cands)
    if all(_protest_act(t) for t in triggers):
        # protests "في ريفي X وY" are split only when told of each ("في كل من محافظتي X وY") or given a side: a bare
        # pair of countrysides mostly names the areas a movement spread over (an act's place is its town)
        regions = {k: v for k, v in regions.items()
                   if any(id(p) in (k, v) and (_sided(doc, p) or _each(doc, p)) for p in cands)}
    # the acts a retaliation phrase names ("رداً على الاغتيال في X") do not place the answer told beside them
    answers = [t for t in triggers if _motive_bounds(doc, t)[0] is None] or triggers
    # the home town of the people an act names ("العشرات من أهالي بلدة X وقفة احتجاجية … في بلدة Y", "مقتل مدني من
    # سكان قرية X بقصف على Y") says who they are, not a second place of the act, when the sentence names another
    # (each town of a list "من أهالي X ومن أهالي Y" is still its own)
    # (session 43, pl30: a native's town too, "استشهد شابان من أبناء بلدة X … بغارة … عند مدخل بلدة Y", "قُتل
    # شاب من مدينة X بقصف على Y": the victims' home, the strike's place is Y)
    dwellers = {id(p) for p in cands if _DWELLERS.search(_before(doc, p))
                or ((_NATIVE.search(_before(doc, p)) or _person_from(doc, p)) and not _home_told_again(doc, p))}
    for q, p in pairwise(cands):  # (and the places listed with such a town: "من سكان مدينة X وشمالي Y")
        if id(q) in dwellers and (_listed(doc, q, p) or _IN_TAIL.match(SHORT_VOWELS.sub("", doc.text[q.end:p.start]))):
            dwellers.add(id(p))
    if len(dwellers) == len(cands):
        dwellers = set()
    out: list[Span] = []
    partner: Span | None = None  # the second place of a pair "بين X وY" (one front, one spot: X stands for it)
    pair_end: dict[int, Span] = {}  # id of X → Y: a list goes on after the pair's last name ("بين X وY، وأطراف Z")
    for k, p in enumerate(cands):
        v: PlaceRef = p.value
        if p is partner or id(p) in dwellers:
            continue
        if (_weak(p) and not (id(p) in regions and v.level == "governorate")) or v.role in ("road", "reference") \
                or not any(_target(doc, p, t.start) for t in answers):
            continue
        if _BETWEEN.search(doc.text[max(0, p.start - 40):p.start]):
            # "الاشتباكات بين X وY": one front line; "غارة على المنطقة بين بلدتي X وY، وغارات على Z": the area
            # between the two is one target, and the list's other places are targets of their own
            nxt = cands[k + 1] if k + 1 < len(cands) else None
            if nxt is not None and _AND_HEAD.match(_INVISIBLE.sub("", doc.text[p.end:nxt.start]).strip(" \"«»()")):
                partner = nxt
                pair_end[id(p)] = nxt
        if any(q.value.id == v.id for q in out):
            continue
        out.append(p)
    # "منطقة X في Y", "قرية X بريف Y": Y only says where X lies, one target (X, unless X's gazetteer
    # entry is a namesake far from Y)
    kept: list[Span] = []
    locating: set[int] = set()  # ids of places that only locate the place before them
    locates: dict[int, int] = {}  # id of a place that only locates the kept place before it → that place's id
    for p in out:
        q = kept[-1] if kept else None
        if id(p) in regions and regions[id(p)] in locating:
            locating.add(id(p))  # "قرية X في ريفي A وB": B, too, only locates X
            continue
        if q is not None and _QUALIFIER.match(_INVISIBLE.sub("", doc.text[q.end:p.start])):
            d = _km(q.value, p.value)
            # (a curated site's name is unambiguous, as in :func:`_locates`: "غارات على الصليف ورأس عيسى
            # بالحديدة" names the province by its capital, ~50 km from the ports, not a namesake's town)
            if d is not None and d > (SITE_LOCATED_KM if q.value.level == "site" else QUALIFIED_KM):
                kept[-1] = p
                locating.add(id(q))
            else:
                locating.add(id(p))
                locates[id(p)] = id(q)
            continue
        kept.append(p)
    out = kept
    # a list that reaches abroad ("قاعدة X … في العراق، كما استهدفت قاعدة Y في سوريا"): towns and regions
    # abroad only widen the picture (a threat to a capital, the war a strike answers), but a base or an
    # airport abroad struck in the same campaign ("قاعدة الشدادي … وقاعدة عين الأسد") is an event of its own
    if any(p.value.country == HOME_COUNTRY for p in out):
        out = [p for p in out if not p.value.country or p.value.country == HOME_COUNTRY or p.value.level == "site"]
    if len(out) < 2:
        return []
    # after the first place, a place counts when it continues a list of counted places or has its own act
    # in its own clause; places of the sentence's tail that do neither only tell its circumstances ("…،
    # بسبب خطوط إمدادها من X وY"), but such a place amid counted ones means the sentence is no list of targets
    counted = [out[0]]
    prev_counted = True
    for a, b in pairwise(out):
        if _ROUTE.match(doc.text[a.end:b.start]):
            return []  # "طريق القامشلي - عامودا": the two ends of one road, not two targets
        a = pair_end.get(id(a), a)  # "بين بلدتي X وY، وأطراف بلدات Z وW": the list goes on from Y
        # the list goes on from the last name of ``a``'s place ("موقعي X وY في مزارع شبعا، وثكنة Z": Y and the
        # farms are X's place again; "موقع X في تلال Y، وموقع Z": Y only locates X)
        between = [q for q in inside if a.end <= q.start and q.end <= b.start]
        located = bool(between) and any(q.value.id != a.value.id for q in between)
        if between and all(q.value.id == a.value.id or locates.get(id(q)) == id(a) for q in between):
            a = between[-1]
        else:
            located = False
        # past a place that only locates the item before it, a bare "و" may open a clause of another act ("X في
        # Y والمقاومة تتصدى في Z"): only a list's own words ("، وموقع Z") go on with the list
        listed = _LIST_GAP.match(_INVISIBLE.sub("", doc.text[a.end:b.start])) is not None if located \
            else _listed(doc, a, b)
        ok = (prev_counted and (listed or _listed_past(doc, a, b, inside) or _added(doc, a, b)
                                or _further_item(doc, a, b, inside) or _between_item(doc, a, b))) \
            or _own_act(doc, sentence, a, b, triggers)
        if ok:
            if not prev_counted:
                return []
            counted.append(b)
        prev_counted = ok
    out = []
    for p in counted:  # the same spot named twice is one place
        if any(_same_spot(q.value, p.value) for q in out):
            continue
        out.append(p)
    if len(out) < 2:
        return []
    starts = sorted(t.start for t in triggers)

    def trigger_of(p: Span) -> int:
        return max((k for k, t in enumerate(starts) if t < p.start), default=-1)

    # consecutive places joined by "و" each with a noun of its own ("منطقة X في A والأحياء السكنية في B
    # وحي Y في C"): a list of distinct targets, even when one is a governorate's capital
    joined = [(bool(_AND.search(gap)) and not _CLAUSE.search(gap)) or bool(_LIST_GAP.match(gap))
              for gap in (_INVISIBLE.sub("", doc.text[a.end:b.start]) for a, b in pairwise(out))]
    dropped: set[int] = set()  # ids of regions that only sum up the places inside them
    for i, a in enumerate(out):
        for j in range(i + 1, len(out)):
            b = out[j]
            holder = a if part_of(b.value, a.value) else b if part_of(a.value, b.value) else None
            if holder is None and _quarter_located(doc, a, b, trigger_of(a) == trigger_of(b)):
                holder = b  # (the city of a quarter named after the quarter's list: :func:`_quarter_located`)
            if holder is not None:
                # a town and its camp or quarter named together ("في نابلس ومخيم بلاطة", "مدينة غزة، ولا سيما حي
                # الشجاعية") tell one act at the camp (ACLED: the most specific place); each with an act of its own
                # in its own clause ("غارة على مدينة غزة، واستهدفت المدفعية حي الزيتون") they are two
                if trigger_of(a) == trigger_of(b) or not _CLAUSE.search(doc.text[a.end:b.start]):
                    dropped.add(id(holder))
                continue
            # "في بلدة X بريف Y" is one place; "استهدف الأول … في ريف X، فيما استهدف الثاني … في Y"
            # (each with its own act, in its own clause) are two events even when Y lies in X's
            # countryside
            own = trigger_of(a) != trigger_of(b) and bool(_CLAUSE.search(doc.text[a.end:b.start])) \
                and (is_broad(a.value) or is_broad(b.value))
            own = own or (all(joined[i:j]) and not is_broad(a.value) and not is_broad(b.value))
            if not own and (contains(a.value, b.value) or contains(b.value, a.value)):
                # a region named beside places inside it ("على مناطق شمالي القطاع وشرقي حي X وباتجاه Y"):
                # the places say where the acts were, the region only sums them up; a town and a place
                # inside it (a capital named bare and its suburb) stay one report
                wide = [x for x in (a, b) if x.value.level in _WIDE_LEVELS]
                if len(wide) != 1 or not contains(wide[0].value, (b if wide[0] is a else a).value):
                    return []
                dropped.add(id(wide[0]))
            if _km(a.value, b.value) is None:
                return []
    out = [p for p in out if id(p) not in dropped]
    if len(out) < 2:
        return []
    # governorates named bare that go on with a list of towns ("وقفات في حلب وطرطوس، وأيضاً في حمص ودرعا")
    # are further towns of the list, each its own event (at its capital)
    for p in inside:
        last = out[-1]
        if p.start <= last.start or p.value.role == "reference":
            continue
        v = p.value
        if not (v.level == "governorate" and v.role == "place" and _target(doc, p, first)) \
                or not (_listed(doc, last, p) or _listed_past(doc, last, p, inside)) \
                or any(contains(v, q.value) or q.value.id == v.id for q in out):
            break
        out.append(p)
    return out


# session 41 (dp27): the locating words that close a list of a city's quarters ("… ومحيط دوار X في مدينة Y",
# "… وسط مدينة Y"): Y says where the quarters lie
_QUARTER_CITY_TAIL = re.compile(r"(?:^|\s)(?:في|فى|ب|وسط|داخل)\s*(?:(?:ال)?(?:مدينة|مدينه|مدينتي)\s+)?[\s\"«(]*$")


def _quarter_located(doc: Document, a: Span, b: Span, one_act: bool) -> bool:
    """A quarter of a city, then words the gazetteer does not know, then the city itself after a locating word
    ("غارات على حي X ومحيط دوار Y في مدينة Z", "استهدفت حي X وسوقه الشعبي وسط مدينة Z"): one act at the
    quarter, the city only saying where it lies (ACLED: the most specific place), not a list of two targets.
    The words between must hold no clause of another act."""
    if not one_act or a.value.level != "neighbourhood" or b.value.level == "neighbourhood":
        return False
    if not contains(b.value, a.value) or b.value.id == a.value.id:
        return False
    gap = _INVISIBLE.sub("", doc.text[a.end:b.start])
    return len(gap) <= 60 and not _CLAUSE.search(gap) and bool(_QUARTER_CITY_TAIL.search(gap))


# the plural or dual noun that opens a list of settlements ("بلدات X وY وZ", "قريتي X وY", "مستوطنتي X وY"), or
# the woods or farmland of several villages ("أحراج X وY وZ", "خراج X وY"): one act at each village
_SETTLEMENT_LIST = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:بلدات|بلدتي|بلدتا|قرى|قريتي|قريتا|مدن|مدينتي|مدينتا"
                              r"|مستوطنات|مستوطنتي|مستوطنتا|مخيمات|مخيمي|مخيما"
                              r"|(?:أحراج|خراج)(?!\s+(?:ال)?(?:بلدات|بلدتي|قرى|قريتي|مدن|مدينتي)\s))\s+(?=\S)")
# the words that end a list of names: a locating or linking word ("… والدحلة في ريف X", "… أثناء اجتماعهم")
_LIST_END = re.compile(r"^(?:في|فى|من|على|إلى|الى|ب(?:ال)?(?:قذائف|قذيفة|صواريخ|صاروخ|مدفعية|أسلحة|اسلحة|عدد|عدة"
                       r"|مسير\S*|مسيّر\S*|طائر\S*|غار\S*|ريف|محافظة|منطقة|شكل|سبب|هدف)|لل\S*|لصالح|لدى|عند|قرب|شمال\S*|جنوب\S*|شرق\S*|غرب\S*|وسط|حيث|أثناء|اثناء"
                       r"|خلال|بعد|قبل|التابع\S*|الواقع\S*|المحتل\S*|الحدودي\S*|ما|مما|الذي|التي|كما|فيما|بينما)$")
# first words of a two-word village name ("أبو حمام", "كفر عمة", "جديد بكارة"): a last item keeps its second word
_NAME_PREFIX = frozenset("أبو ابو أم ام بيت كفر دير عين تل خربة جديد جديدة بني رأس راس عرب حوش مزرعة مرج قصر برج"
                         " تل كفار نير".split())
# an item that is a common noun, not a name: "بلدات X وY والمناطق المحيطة بها"; a plural of places with a pronoun
# that stands for the item before it ("مدن X وقراها", "مدن Y ومخيماتها"): X's own villages, no village of its own
_NOT_NAME = re.compile(rf"^(?:{_LIST_NOUN}|{_SITE_NOUN}|(?:ال)?(?:مناطق|المحيطة|غيرها|سواها"
                       r"|مستوطنات|مستوطنة|مواقع|أهداف|اهداف|تجمعات|مراكز|مركز"
                       r"|مرتفعات|مرتفع|جبل|جبال|تلال|سهل|حرج|أحراج|خراج|على|عند|في|من|إلى)"
                       r"|(?:قرا|مدن|بلدات|مخيمات|أحياء|احياء|أرياف|ارياف|ضواحي|محيط|ريف)(?:ها|هما|هم))(?:\s|$)")
UNLISTED_MAX = 8  # items at most read from one list
# a reply told before a list ("ردّ الجيش على قصف قريتي X وY", "ردّاً على …"): its villages may be the act replied to
_REPLY_BEFORE = re.compile(r"(?<!\S)[وف]?(?:رد|ردّ|ردت|ردّت|ردا|رداً|ردًا|ردّاً)(?=\s)")
_QUOTED = re.compile(r"\"[^\"\n]{2,25}\"")
_QUOTED_LIST = re.compile(r"\"[^\"\n]{2,25}\"(?:\s*[،,]?\s*و\s*\"[^\"\n]{2,25}\")+")
# the words of a written or a chanted text before quotes ("رافعين لافتات كتب عليها "X" و"Y"", "مرددين هتافات"): the
# quotes are slogans, not names of villages
_SLOGAN_BEFORE = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:لافتات|لافتة|لافته|يافطات|شعارات|شعار|هتافات|هتاف|عبارات|عبارة"
                            r"|عباره|كتب|كتبت|مرددين|رددوا|هتفوا|يهتفون|رافعين)(?:\s|$)")
_LIST_WORD = re.compile(r"[^\s،,.؛;:()\[\]]+|[،,.؛;:()\[\]]")  # a word or a mark of punctuation (_list_items)
_FROM_BEFORE = re.compile(r"(?:^|\s)من\s*$")  # "من" right before a list's noun ("من بلدات X وY")


def _list_items(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The items of a list of names that begins at ``pos``: words up to the next "و" or comma, the last
    item one word (two after a name prefix), the list ending at a locating word or a punctuation mark."""
    items: list[tuple[int, int]] = []
    words = [(m.start(), m.end()) for m in _LIST_WORD.finditer(text[pos:end])]
    cur: list[tuple[int, int]] = []
    last = False
    for a, b in words:
        w = text[pos + a:pos + b].strip("\"«»'")
        if not w:
            continue
        if w in "،,.؛;:()[]" or _LIST_END.match(w):
            last = True  # a comma, too, ends it: what follows is mostly a new clause
            break
        if w.startswith("و") and len(w) > 2:
            if cur:
                items.append((pos + cur[0][0], pos + cur[-1][1]))
            cur = [(a + 1, b)]  # the item's name, without the conjunction
            if len(items) >= UNLISTED_MAX:
                break
            continue
        if cur and len(cur) >= 3:
            last = True
            break
        cur.append((a, b))
    if cur:
        # the last item: one word, or two after a name prefix
        first = text[pos + cur[0][0]:pos + cur[0][1]].strip("\"«»'")
        keep = cur[:2] if len(cur) > 1 and first in _NAME_PREFIX else cur[:1]
        if not last and len(cur) == 1:
            keep = cur
        items.append((pos + keep[0][0], pos + keep[-1][1]))
    return items


def _located_elsewhere(doc: Document, name: str, at: int) -> Span | None:
    """The town that another sentence of the article locates the unknown village ``name`` by ("قاعدة في محيط قرية
    "X" بالقرب من مدينة Y" … "دُكّت قواعد "Z" و"X""): the village lies there, not beside the list's other items."""
    text = doc.text
    for m in re.finditer(re.escape(name), text):
        if m.start() <= at < m.end() or abs(m.start() - at) < len(name):
            continue
        q = next((q for q in sorted(doc.layer("places"), key=lambda q: q.start)
                  if m.end() <= q.start <= m.end() + 40), None)
        if q is not None and q.value is not None and q.value.level in _SETTLEMENT and q.value.level != "site" \
                and not _weak(q) and _LOCATED_IN.match(SHORT_VOWELS.sub("", text[m.end():q.start])):
            return q
    return None


def unlisted_places(doc: Document, sentence: Span, triggers: list[Span]) -> tuple[list[Span], list[Span]]:
    """The settlements of a list that the gazetteer lacks, beside listed ones it knows: "قصف بلدات X وY وZ"
    where only X is known, "استهدفت قريتي X وY", "رشقات على "X" و"Y"".  ACLED codes one event per place, and a
    village it cannot locate at the nearest known town (geo_precision 2): each unknown item is put at the
    point of the known item before it (or after it, for the first); a list a settlement noun opens whose items
    are all unknown ("بلدتي X وY في ريف Z") puts each at the point of the place right after it that locates them,
    unless the list names the act a reply answers ("ردّ الجيش على قصف قريتي X وY").  Returns the list's known
    places and the unknown items (spans whose value is that point, as a place of its own), or two empty lists."""
    if not triggers:
        return [], []
    text = doc.text
    first = min(t.start for t in triggers)
    lists: list[list[tuple[int, int]]] = []
    nouned: set[int] = set()  # indexes in ``lists`` of the lists a settlement noun opens ("بلدتي X وY")
    for m in _SETTLEMENT_LIST.finditer(text, first, sentence.end):
        if _FROM_BEFORE.search(text[max(sentence.start, m.start() - 6):m.start() + 1]) \
                or _BETWEEN.search(text[max(sentence.start, m.start() - 40):m.end()]):
            continue  # "من بلدات X وY": where the act came from; "بين بلدتي X وY": one area, one target
        if _FLOWN_OVER.search(_text_before(text, m.start(), 90)):
            continue  # "حلّقت طائرات الاستطلاع في أجواء قرى X وY": villages flown over, no target
        nouned.add(len(lists))
        lists.append(_list_items(text, m.end(), sentence.end))
    # an enumeration of known places with bare names the gazetteer lacks between them ("X، U، V، Y وZ"): U and V
    # are items of the list, each placed at the known item before it
    named_places = sorted((p for p in doc.layer("places") if first < p.start and p.end <= sentence.end
                           and p.value is not None and p.value.role != "reference"), key=lambda p: p.start)
    for a, b in pairwise(named_places):
        names = _names_between(doc, a, b)
        if names and _comma_list(doc, a, b, named_places):
            lists.append([(a.start, a.end), *names, (b.start, b.end)][:UNLISTED_MAX])
    # quoted names joined by "و" ('"X" و"Y"'), one of them a known place
    for m in _QUOTED_LIST.finditer(text[first:sentence.end]):
        at = first + m.start()
        if _BETWEEN.search(text[max(sentence.start, at - 40):at]) \
                or _SLOGAN_BEFORE.search(text[max(sentence.start, at - 40):at]):
            continue
        lists.append([(at + q.start() + 1, at + q.end() - 1) for q in _QUOTED.finditer(m.group(0))][:UNLISTED_MAX])
    if not any(len(items) > 1 for items in lists):
        return [], []
    inside = [p for p in doc.layer("places") if sentence.start <= p.start and p.end <= sentence.end
              and p.value is not None and p.value.role != "reference"]
    known: list[Span] = []
    unknown: list[Span] = []
    named: set[str] | None = None  # the names of the article's places, read once when an unknown item turns up
    for n, items in enumerate(lists):
        if len(items) < 2:
            continue
        spans: list[Span | None] = []
        for a, b in items:
            hit = next((p for p in inside if p.start < b and a < p.end), None)
            spans.append(hit)
        found = [p for p in spans if p is not None]
        tail = items[-1][1]
        locating = None if found or n not in nouned else next(
            (p for p in inside if p.start >= tail and _LOCATING_GAP.match(_INVISIBLE.sub("", text[tail:p.start]))),
            None)
        if locating is not None and (_motive_bounds(doc, locating)[0] is not None
                                     or _REPLY_BEFORE.search(text, sentence.start, items[0][0])):
            continue  # "ردّ الجيش على قصف قريتي X وY في ريف Z": the villages of the act replied to, not the reply's
        if locating is not None:
            # "اشتباكات بين عناصر قسد وأهالي بلدتي X وY في ريف دير الزور": villages the gazetteer lacks, all of them,
            # that the place after the list locates: each is a place of its own at that place's point
            spans = [None] * len(items)
        elif not found or all(p is not None for p in spans) or any(is_broad(p.value) for p in found):
            continue
        for k, ((a, b), p) in enumerate(zip(items, spans, strict=True)):
            if p is not None:
                if all(q is not p for q in known):
                    known.append(p)
                continue
            name = _INVISIBLE.sub("", text[a:b]).strip(" \"«»'")
            if len(name) < 3 or (name.startswith("ال") and len(name) < 5) or _NOT_NAME.match(name) \
                    or any(q.start < b and a < q.end for q in unknown):
                continue
            if named is None:
                named = {_INVISIBLE.sub("", text[q.start:q.end]).strip(" \"«»'").split(" \"")[-1]
                         for q in doc.layer("places")}
            if name in named:
                continue  # a place the article names elsewhere: a known place, not an unknown village
            mate = _located_elsewhere(doc, name, a) or locating \
                or next((q for q in reversed(spans[:k]) if q is not None), None) \
                or next(q for q in spans[k + 1:] if q is not None)
            v: PlaceRef = mate.value
            ref = replace(v, id=f"{v.id}#{name}", name_ar=name, geo_precision=max(2, v.geo_precision))
            unknown.append(Span(a, b, "place", ref))
    return known, unknown
