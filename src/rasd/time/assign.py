"""Give each event the time expression that governs it.

Order of look-up for an event supported by ``evidence`` sentences (the first is the main one):

1. the time expressions of the main sentence — the first one in text order, skipping those
   that only bound a period (``حتى اليوم``, ``منذ عام 2011``, ``منذ بدء المعركة في 7 أكتوبر``,
   ``والتي بدأت في 17 أكتوبر``) or that a count of acts spans (``للمرة الثانية هذا العام``);
2. the other evidence sentences, in order;
3. a sentence that opens on a verb of continuing (``وتتواصل التظاهرات``، ``ولا تزال``) tells the
   situation at the time of writing: the publication date;
4. the nearest time expression before the main sentence in the same paragraph;
5. the last day named by the nearest earlier paragraph that names one (``ليل أمس الأحد``, ``يوم
   السبت``; a two-day range gives its last day): a paragraph without a time of its own goes on
   telling the day the text last named ("وأضاف مراسلنا …"، "وذكرت الوزارة، في بيان، أنّ …").  A
   coarser time (``الشهر الماضي``, ``قبل أيام``, ``عام 1993``) names no day to go on with and is
   passed over.  Not for a paragraph that sets its own time frame before the sentence (a time, even
   one that only bounds a period, ``حتى اليوم``, or a sentence of continuing), nor for a further act
   (``هجوم آخر``، ``غارة جديدة``), which the day told before does not date, nor across a paragraph that
   opens on a verb of continuing (``بالتوازي، تواصل الفصائل …``: the text is back at the time of writing),
   nor for a paragraph that turns to another matter (``على صعيد آخر، أفاد مراسلنا …``, ``من جهة أخرى``), nor, for a
   day more than a week old, from a paragraph that a roundup's turn to another place follows (``وفي غربي المدينة
   أيضاً، …``): that turn, and what follows it, tell the news again, not an act the text recalled in passing.
   A paragraph that recalls (``وكان … أكد في 17 تموز …``, ``يُذكر أنّ …``) is a flashback the look-up passes
   over, unless it recalls an earlier report of the news itself, in the pluperfect of a verb of saying, on a day
   of the news (``وكانت وسائل إعلام أفادت، اليوم الجمعة، بوقوع …``): the paragraph after it goes on telling that day;
6. the publication date (precision 1); for an article written before its day began (published in the small hours,
   before ``SMALL_HOURS``, or a morning news bulletin, before ``BULLETIN_HOURS``, whose lines name no bare dawn,
   ``فجراً``; naming no time of its publication day but ``الليلة``) the day before: what it tells with no day (an
   evening's demonstrations, the lines of the bulletin) happened then, and its ``الليلة`` is the night that began that
   evening.

Hours named as part of a day (``في الساعات الأخيرة من يوم الجمعة``) and a day the writer corrects in
brackets (``مساء اليوم (أمس) الأحد``) give the day named after them, not one of their own.

A time after the publication date (``غداً``, ``يوم الجمعة المقبل``) dates a call, a plan or an
announced act ("… ودعوة للإضراب العام غداً"), never an act the article reports: every step passes it
over.

A time that closes the phrase of a signed agreement or an issued decree ("رغم اتفاق التهدئة الموقّع في آذار 2020")
dates the document, never an act of the sentence (:func:`_of_a_document`); a part of "the month" named bare ("في منتصف
الشهر") in a report whose lead names an earlier whole month as its period is a part of that month.

In steps 4 and 5 a time inside a relative clause right after its noun (``ضحايا الهجوم الذي تعرّضت
له البلدة أمس``) is passed over: it identifies an act the text refers to, not the act it goes on to
tell.  Dates from steps 4 and 5 are weak (kind ``inherited``), like the publication date.

A later clause of the main sentence that recalls another, earlier act (opened after the act's word by a participle
or a connective, ``مشيرةً إلى أنّ``, and carrying a background cue: ``…، مشيرةً إلى أنّ المنطقة كانت قد تعرّضت لغارات
بداية العام``) dates and makes background only that act: the act told first keeps neither its time nor its cue.

An act is never later than the report of it: where the main sentence's first day dates an announcement
before the act's word and a later time of the same clause names an earlier day ("أقرّ الجيش، اليوم الجمعة،
بمقتل جندي …، مشيراً إلى أنه سقط ليلة أمس الخميس"), that earlier day is the act's.  A death notice ("زفّت
المقاومة الشهيد …", "نعت الحركة …") with no time of its own is of the time of writing (the publication date,
not the day an earlier paragraph named); a notice's own day outside a relative clause is the notice's, weak
(kind ``announced``), so that the events stage can join it to the act told with its real day.

A night (``الليلة الماضية``, ``ليل الخميس - الجمعة``) is one stretch of action, not two days:
an event dated by one is dated to the evening it began (its first day).  A span of more than a week of known
days (``خلال الفترة ما بين 21 و28 آذار``) names no day of its acts: the event is dated to the middle of the span,
precision 2 (3 beyond two weeks), as ACLED dates an act known only within a week or a month.

``historical`` is true when the main sentence carries a background cue from
``data/time/historical_cues.tsv`` (``سبق أن``، ``وكانت … قد``، ``منذ سنوات``; not the pluperfect of
a verb of saying, ``وكان مراسلنا قد أفاد``, which recalls an earlier report of the news), when the date
found lies well before the publication date (``في عام 2020``، ``العام الماضي``), or when it is a
recalled day: two days or more before the publication date (``والأحد``، ``في 20 أيار الجاري``,
``ليل الخميس`` in a Saturday article) and not a day the article's lead reports (the headline
and the first paragraphs tell the news itself, whatever its day; where the lead names no day, the
first recent day the article names is its news, as in an analysis piece two or three days after the
fight; not an earlier day named in a paragraph that recalls, "وكان مسؤول أفاد، فجر الأحد، بأنّ هجوماً استهدف،
السبت، …", or in a sentence that situates the news after an earlier act, "وسبق ذلك، دوّت انفجارات …، السبت").
Outside the lead, yesterday is background too when the lead names only later days ("وأمس،
استشهد مواطن …" in an article about today's raids), but not where every day the lead names dates only a
statement or a report that goes on ("أعلنت الوزارة، اليوم، أنّ القوات نفّذت …", "واصل الجيش، اليوم، …", "الدفاع
الروسية تعلن …"): the acts it reports may be of the day before, the news itself (not in a paragraph that recalls,
``يُذكر أنّ …``; a claim of the claimer's own act, "أعلنت الكتائب، اليوم، مسؤوليتها عن استهداف …", "تبنّت …،
اليوم، قصف …", dates the act, not only a statement); where the lead names no day, yesterday is still the news
unless the first recent day the article names is the publication day itself and the article tells an act of
that day, in any paragraph ("وفي وقت سابق اليوم، أعلنت … مسؤوليتها عن …", "واستهدفت المقاومة، اليوم، …"), not
where it dates only statements and reactions ("وفي وقت سابق اليوم، قال المتحدث إنّ …", "وأشار الحزب في بيان له
اليوم إلى أنّ …", "واليوم، دانت الوزارة الاعتداء …": the day before is the news they react to), nor where the lead
tells clashes or protests going on ("استمرار الاشتباكات في المخيم": the days they have lasted, yesterday among them,
are its news), and so it is in an article published in the small hours (before ``SMALL_HOURS``, where the source
gives the time, or a morning news bulletin, before ``BULLETIN_HOURS``): its "today"
(``فجر اليوم``) has only begun, and the evening before (``ومساء الخميس``، ``ليل أمس``) is the news it
reports (not in a paragraph that recalls, ``يُذكر أنّ …``).  Yesterday named by its calendar date outside
the lead (``وفي 29 تشرين الأول، استهدفت المقاومة …`` in an article of the 30th; not the end of a period, ``حتى
صباح 29 تشرين الأول``) is background unless the lead reports that day: the writer tells yesterday's news as
``أمس``; a calendar date lists an earlier act of a series.
A report told in sections under crossheadings tells an item of the week's news in each (a day up to a week old
there is no recalled one, outside a paragraph that recalls or a sequel), and a crossheading, or the sentence that
opens its section, is dated by the first day the section names after it, not by the section above.
A day inherited from an earlier paragraph carries that paragraph's standing.  A time in a
relative clause or a background sentence of the lead names no news day.  A sentence that situates
the news after an earlier act (``وسبق ذلك …``، ``وتأتي التطورات الميدانية بعد التصعيد الذي …``)
tells background, with the date found as usual; unless the sentence gives its act a day the lead reports
("وجاء حديثه بعد أن أعلنت الكتائب، اليوم السبت، أنها قصفت …"): that is more of the news.

A background sentence with no date of its own (``سبق أن …`` with no time expression in
the sentence) returns ``(None, True)``: the date is unknown, and the paragraph or
publication date would be wrong.  The events stage decides whether to drop such an event or
keep it undated; it is never given the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from rasd.arabic.matcher import Match
from rasd.arabic.normalize import norm_key
from rasd.arabic.numbers import parse_number_words
from rasd.arabic.words import (
    PERSON_ASIDE,
    RELATIVE_DUAL_NOMINATIVE,
    RELATIVE_PLURAL,
    RELATIVE_PRONOUNS,
    RELATIVE_SINGULAR,
    WITNESS_RELATIVE,
    alternation,
)
from rasd.document import Document, Span, TimeValue, Trigger
from rasd.geo.assign import is_bulletin, section_headings
from rasd.time.expressions import HISTORICAL_DAYS, WHEN_BEGAN
from rasd.time.lexicon import load
from rasd.time.stage import EVE_OF_WRITING

_CUE_RE = None

INHERITED = "inherited"  # TimeValue.kind of a date taken from an earlier sentence of the paragraph
ANNOUNCED = "announced"  # TimeValue.kind of the day of a death notice ("نعت الحركة، اليوم، الشهيد …"), not of the death
# TimeValue.kind of the day of a report that opens the sentence ("أكّدت الحركة، اليوم، فشل الهجوم …"), not of its act
REPORTED = "reported"
WEAK_KINDS = frozenset({"published", INHERITED, ANNOUNCED, REPORTED})  # dates the sentence does not give to its act
# the days of a news report ("اليوم", "أمس", "أمس الأول"): the publication day and the two before it, the days its
# undated sentences refer to
NEWS_DAYS = 2
RECALLED_DAYS = 2  # a day this many days before the publication date (or more) is a recalled one
LEAD_PARAGRAPHS = 3  # the headline, the summary and the first paragraph of the body
NEWS_FALLBACK_DAYS = 3  # how old the news of an article whose lead names no day may be
SMALL_HOURS = 6  # an article published before this local hour tells the day before as its news, not as background
# a morning news bulletin ("نشرة الثامنة صباحاً" posted at 08:00) published before this local hour sums up the night and
# the day before as the small hours' articles do: what its lines tell with no day is of the day before
BULLETIN_HOURS = 12
# a bare dawn ("بقصف إسرائيلي فجراً على …") in a morning bulletin: the dawn of its own day (normalised text)
_BULLETIN_DAWN_RE = re.compile(r"(?<!\w)[وف]?فجرا(?!\w)")
# "الأحد الفائت", "يوم الإثنين الماضي": a day the writer marks as past
_PAST_DAY_RE = re.compile(r"(?<!\w)(?:الفائت|الفائتة|الماضي|الماضية|المنصرم|المنصرمة)(?!\w)")
# normalised "ليل", "ليلة", "الليلة" ("ليل الخميس - الجمعة", "ليلة أمس", "الليلة الماضية")
_NIGHT_WORDS = frozenset({"ليل", "ليله", "الليل", "الليله"})


def _cue_regex():  # type: ignore[no-untyped-def]
    import regex

    global _CUE_RE
    if _CUE_RE is None:
        alts = []
        for parts in load().cues:
            pieces = []
            for p in parts:
                last = p.split()[-1]
                tail = "" if len(last) == 1 else r"(?!\w)"
                pieces.append(regex.escape(p) + tail)
            alts.append(r"(?:\s\S+){0,8}?\s".join(pieces))
        _CUE_RE = regex.compile(r"(?<!\w)[وف]?(?:" + "|".join(alts) + ")")
    return _CUE_RE


def historical_cues(doc: Document) -> list[Span]:
    """Background cue spans of the document (computed once, cached in ``doc.meta``)."""
    cached = doc.meta.get("time_cues")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    nt = doc.normalized()
    spans: list[Span] = []
    for m in _cue_regex().finditer(nt.norm):
        if _state_since(nt.norm, m.start(), m.group()) or _past_affiliation(nt.norm, m.start(), m.end()):
            continue
        a, b = nt.orig_span(m.start(), m.end())
        spans.append(Span(a, b, "historical_cue", m.group()))
    doc.meta["time_cues"] = spans
    return spans


# the verbs of a person's past step of affiliation (normalised): "عنصر سابق كان قد انضم إلى التسوية", "شاب كان قد
# أجرى تسوية", "ضابط كان قد انشق عن الجيش"
_AFFILIATION_VERBS = frozenset(norm_key(w) for w in (
    "انضم", "انضمت", "انضموا", "التحق", "التحقت", "التحقوا", "انشق", "انشقت", "انشقوا", "أجرى", "أجرت", "أجروا",
    "خضع", "خضعت", "خضعوا", "سوى", "سوت", "سووا"))
_PLUPERFECT_CUE = re.compile(r"^(?:كان|كانت|كانوا)\s+قد$")


def _past_affiliation(norm: str, start: int, end: int) -> bool:
    """The pluperfect cue at ``start:end`` of the normalised text ("كان قد", no "و" before it) follows a word (or a
    word and a comma) and comes right before a verb of affiliation: a clause that says who a person is ("اغتالوا
    عنصراً سابقاً كان قد انضم إلى التسوية"), not a recall of the sentence's act."""
    before = norm[max(0, start - 30):start].rstrip()
    if not _PLUPERFECT_CUE.match(norm[start:end]) or not before or not (before[-1].isalpha() or (
            before[-1] in "،," and before[:-1].rstrip()[-1:].isalpha())):
        return False
    nxt = norm[end:end + 20].split()
    return bool(nxt) and nxt[0] in _AFFILIATION_VERBS


# people in a lasting state (missing, detained, displaced …), normalised stems: "منذ سنوات" right after them
# ("الكشف عن مصير المفقودين منذ سنوات", "أبناؤهم المعتقلون منذ أعوام") tells how long the state has lasted, not
# that the sentence's act lies in the background
_HELD_STATE = tuple(norm_key(w) for w in (
    "مفقود", "معتقل", "مغيب", "مختطف", "مخطوف", "محتجز", "مسجون", "مهجر", "نازح", "مختف", "محاصر"))


def _state_since(norm: str, start: int, cue: str) -> bool:
    """The duration cue ``cue`` ("منذ سنوات") at ``start`` of the normalised text follows a word of people in a
    lasting state (:data:`_HELD_STATE`)."""
    if not cue.lstrip("وف").startswith("منذ"):
        return False
    before = norm[max(0, start - 30):start].split()
    if not before:
        return False
    # an adverb of manner may stand between ("صور مغيبين قسراً منذ سنوات", "المعتقلين تعسفياً منذ أعوام"): an
    # indefinite accusative word, no article, no pronoun suffix
    w = before[-2] if len(before) > 1 and _MANNER_ADVERB.fullmatch(before[-1]) else before[-1]
    for pre in ("وال", "بال", "لل", "ال", "و"):
        if w.startswith(pre) and len(w) - len(pre) > 3:
            w = w[len(pre):]
            break
    return any(w.startswith(s) for s in _HELD_STATE)


# an indefinite accusative adverb, normalised ("قسرا", "تعسفيا", "ظلما"): ends in alif, no article
_MANNER_ADVERB = re.compile(r"(?!ال)[^\s\d]{2,}(?:يا|ا)")


def _is_boundary(doc: Document, t: Span) -> bool:
    """Whether ``t`` only bounds a period ("حتى اليوم", "منذ عام 2011", "منذ بدء المعركة في 7 أكتوبر",
    "والتي بدأت في 17 أكتوبر", "منذ دخول الهدنة حيز التنفيذ قبل أسبوع") or is the span a count of acts covers
    ("للمرة الثانية هذا العام")."""
    words = doc.text[max(0, t.start - 30):t.start].split()
    if not words:
        return False
    w = norm_key(words[-1])
    # "منذ الـ 8 من تشرين الأول", "منذ يوم 16 نيسان", "منذ هجوم 7 أكتوبر", "بعد أحداث الـ7 من أكتوبر": the
    # word of the bound comes before the article, "يوم"/"تاريخ", or the noun of the act the date names
    named = False
    for k in (2, 3):
        if len(words) < k or not (w in _DATE_OPENERS or w.lstrip("وفبل") in _NAMED_ACTS):
            break
        named = named or w.lstrip("وفبل") in _NAMED_ACTS
        w = norm_key(words[-k])
    bounds = load().boundaries
    if w in bounds or (len(w) > 2 and w[0] in "وف" and w[1:] in bounds):
        return not (_since_news_part(doc, t, w) or _dates_back(doc, t, w)
                    or (named and _WHEN_AFTER.match(doc.text, t.end) is not None)
                    or (w.lstrip("وف") == "منذ" and (_since_when_act(doc, t) or _since_missing(doc, t))))
    if w.lstrip("وف") in _BEFORE_AFTER and _DAY_NUMBER.match(doc.text, t.start):
        return True  # "(ما) قبل 7 أكتوبر", "بعد 13 نيسان": the bound of a period (not "بعد ظهر اليوم")
    head = doc.text[max(0, t.start - 100):t.start]
    if _SINCE_START_RE.search(head) or _BEGAN_RE.search(head):
        return True
    if norm_key(doc.text[t.start:t.end]).startswith("قبل") and _SINCE_NOUN_RE.search(norm_key(head)):
        return True
    if _since_count(doc, t, w):
        return True
    return t.value.granularity in ("week", "month", "year") \
        and bool(_COUNT_RE.search(head) or _ORDINAL_COUNT_RE.search(norm_key(head)))


# a clause of "when" right after a bound that names an act by its date ("منذ أحداث تموز الماضي، حين شهدت المدينة
# مواجهات …", "بعد معركة آذار 2022، عندما …"): the date is the time of the act that clause tells, not only the start
# of a period
_WHEN_AFTER = re.compile(r"\s*[،,]?\s*[وف]?(?:حين|حينما|عندما|يوم)\s")


def _since_when_act(doc: Document, t: Span) -> bool:
    """The date ``t`` right after "منذ" is followed by a clause of "when" that tells an act ("منذ تشرين الثاني 2022،
    حين قصفت طائرات …", "منذ منتصف نيسان الماضي، حين اغتال مجهولون …"): the day of that act, not only the start of
    a period ("احتجاجات متواصلة منذ 20 آب، حين خرج المئات …": the first of them); not a campaign begun then
    ("التصعيد المتواصل منذ …، حين بدأت الفصائل تستهدف …")."""
    when = _WHEN_AFTER.match(doc.text, t.end)
    if when is None or t.value.granularity not in ("day", "month"):
        return False  # (not a year, "منذ عام 1976، حين …": an era remembered)
    after = doc.text[when.end():when.end() + 20].split()
    return not (after and norm_key(after[0]).lstrip("وف") in WHEN_BEGAN)


# a word of going missing before "منذ" ("مفقود منذ", "فقدان الاتصال به منذ", "انقطعت أخباره منذ", "مصيره مجهول
# منذ"): the day after it is when the person vanished (the act: the abduction, the arrest), not a bound
_MISSING_WORDS = frozenset(norm_key(w) for w in (
    "مفقود", "مفقودا", "مفقودة", "مفقودين", "فقدت", "فقدان", "اختفى", "اختفت",
    "اختفاء", "اختفائه", "اختفائها", "مختف", "مختفيا", "مغيب", "مغيبا", "مجهول", "مجهولا", "مجهولة", "أخباره",
    "أخبارها", "أثره", "أثرها", "الاتصال"))
_MISSING_REACH = 4  # words between the word of going missing and "منذ" ("فقدان الاتصال به منذ")
MISSING_DAYS = 31  # the oldest day "since" which a person is missing that dates the act (older: a long state)


def _since_missing(doc: Document, t: Span) -> bool:
    """The day ``t`` right after "منذ" follows a word of going missing (:data:`_MISSING_WORDS`: "ناشدت العائلة
    الكشف عن مصير ابنها المفقود منذ الثلاثاء", "بفقدان الاتصال به منذ يوم الأحد"): the day the person vanished,
    the act's (the abduction or arrest the sentence tells), not the start of a state; a day of the last month."""
    v: TimeValue = t.value
    if doc.published is None or v.granularity != "day" or not 0 < (doc.published - v.date).days <= MISSING_DAYS:
        return False
    words = [norm_key(x).strip("،,.\"«»()") for x in doc.text[max(0, t.start - 80):t.start].split()]
    k = max((i for i, x in enumerate(words) if x.lstrip("وف") == "منذ"), default=-1)
    if k < 0:
        return False
    return any(x.lstrip("وفبل") in _MISSING_WORDS or x in _MISSING_WORDS
               for x in words[max(0, k - _MISSING_REACH):k])


# a word between a boundary word and the date it opens
_DATE_OPENERS = frozenset({"ال", "يوم", "تاريخ", "بتاريخ"})
# the noun of an act named by its date ("هجوم 7 أكتوبر", "أحداث 11 سبتمبر")
_NAMED_ACTS = frozenset(norm_key(w) for w in ("عملية", "هجوم", "هجمات", "أحداث", "معركة", "مجزرة", "حرب"))
# before a day number: the bound of a period ("قبل 7 أكتوبر", "في أعقاب 7 أكتوبر", "الأيام التي سبقت 13 نيسان")
_BEFORE_AFTER = frozenset(norm_key(w) for w in ("قبل", "بعد", "أعقاب", "عقب", "إثر", "سبقت", "سبق", "تلت", "تلا"))
_DAY_NUMBER = re.compile(r"(?:الـ?\s?)?\d")
SINCE_COUNT_DAYS = 7  # "منذ 28 يوماً": a count of days beyond a week after منذ is how long a state has lasted
# "العدوان المستمر منذ", "المتواصل منذ", "المضرب عن الطعام منذ": a word of lasting before منذ
_LASTING_WORDS = frozenset({"المستمر", "المستمره", "مستمر", "مستمره", "المتواصل", "المتواصله", "متواصل",
                            "متواصله", "يتواصل", "تتواصل", "يستمر", "تستمر"})


# a verb of dating back before "إلى" ("تعود بداية المواجهات إلى 27 آب، حين …", "يعود تاريخ الحادثة إلى عام 2019",
# "ترجع جذور الخلاف إلى شباط 1988"): the date after it is the day of the act it names, not the end of a period
_DATES_BACK = frozenset(norm_key(w) for w in ("يعود", "تعود", "يرجع", "ترجع", "تعودان", "يعودان"))
_DATES_BACK_REACH = 6  # words between the verb and "إلى" ("يعود تاريخ آخر مجزرة في المدينة إلى")


def _dates_back(doc: Document, t: Span, before: str) -> bool:
    """Whether the boundary word ``before`` of ``t`` is "إلى" after a verb of dating back within a few words."""
    if before.lstrip("وف") != norm_key("إلى"):
        return False
    words = [norm_key(x) for x in doc.text[max(0, t.start - 90):t.start].split()]
    k = max((i for i, x in enumerate(words) if x == before), default=-1)
    return k > 0 and any(x in _DATES_BACK or x.lstrip("وف") in _DATES_BACK
                         for x in words[max(0, k - 1 - _DATES_BACK_REACH):k])


_DAY_NOUN = norm_key("يوم")


def _since_news_part(doc: Document, t: Span, before: str) -> bool:
    """Whether ``t`` after منذ is a part of a day of the news ("ومنذ ليل الجمعة - السبت، صعّد الاحتلال قصفه", "منذ
    فجر اليوم", "منذ مساء أمس"): an act going on since a few hours ago started then, on a day of the news; the
    day is the act's (not the bound of a long state, "منذ عام 2011", "منذ 7 أكتوبر")."""
    if before.lstrip("وف") != "منذ" or doc.published is None:
        return False
    v: TimeValue = t.value
    words = doc.text[t.start:t.end].split()
    if not words or not 0 <= (doc.published - v.date).days <= NEWS_DAYS:
        return False
    # (or a weekday of the last days in the lead, "أطلقت الحملة منذ يوم الخميس الماضي" on a Saturday: the act began
    # that day, a day of the news, not the bound of a long state)
    first = norm_key(words[0])
    if first == _DAY_NOUN and len(words) > 1:
        first = norm_key(words[1])  # "منذ يوم الخميس"
    if first in load().parts:
        return True
    if first.lstrip("وف") not in load().weekdays or v.granularity != "day" or v.precision != 1 \
            or t.start >= _lead_end(doc):
        return False  # (in the lead only: later, "فقدان الاتصال به منذ يوم الأحد" dates a state, not the news)
    # (not where the sentence names another day for what it tells, "تصاعدت الهجمات منذ الخميس، لتبلغ ذروتها ليلة
    # الجمعة": the weekday then only opens the period)
    s = doc.sentence_of(t.start)
    return s is None or not any(s.start <= o.start < s.end and o.start != t.start and _is_day(o.value)
                                for o in doc.layer("times"))


def _since_count(doc: Document, t: Span, before: str) -> bool:
    """Whether ``t`` is a count after منذ that measures how long a state has lasted, not how long ago an act
    was: "العدوان المستمر منذ 28 يوماً", "المضرب عن الطعام منذ 57 يوماً" (one says "منذ أسبوعين", not "منذ 14
    يوماً", of a day that long ago), or any count after a word of lasting ("المستمر منذ ثلاثة أيام")."""
    v: TimeValue = t.value
    if doc.published is None or not doc.text.startswith("منذ", t.start):
        return False
    if v.granularity != "day":
        return v.granularity == "week" and _present_since(doc, t)  # ("منذ أيام" after a present verb of lasting)
    return (doc.published - v.date).days > SINCE_COUNT_DAYS or before.lstrip("وف") in _LASTING_WORDS \
        or _present_since(doc, t)


# present verbs of a lasting activity or presence (normalised): "حيث تعمل جرافات إسرائيلية منذ أيام على شق طريق",
# "التي تنتشر فيها القوات منذ أيام": the time after "منذ" tells how long that activity has gone on, not the day of the
# sentence's act
_PRESENT_LASTING = frozenset(norm_key(w) for w in (
    "تعمل", "يعمل", "يعملون", "تنتشر", "ينتشر", "ينتشرون", "تتمركز", "يتمركز", "يتمركزون", "تتواجد", "يتواجد",
    "تتحصن", "يتحصن", "تحاصر", "يحاصر", "تفرض", "يفرض", "تقيم", "يقيم", "تواصل", "يواصل", "يواصلون"))
_PRESENT_LASTING_REACH = 5  # words from that verb to "منذ" (its subject between)


def _present_since(doc: Document, t: Span) -> bool:
    """"منذ" at ``t`` follows, in its clause, a present verb of a lasting activity (:data:`_PRESENT_LASTING`)."""
    head = doc.text[max(0, t.start - 80):t.start]
    cut = max(head.rfind("،"), head.rfind(","), head.rfind("."))
    words = [norm_key(w).lstrip("وف") for w in head[cut + 1:].split()][-_PRESENT_LASTING_REACH:]
    return any(w in _PRESENT_LASTING for w in words)


# "منذ بدء معركة "طوفان الأقصى" في 7 أكتوبر": the start of a period
_SINCE_START_RE = re.compile(r"(?<!\w)منذ\s+(?:بدء|بداية|انطلاق|اندلاع)\s[^،,.؛]{0,80}?\s(?:في|يوم)\s*$")
# "منذ دخول الهدنة حيز التنفيذ قبل أسبوع", "منذ توقيع الاتفاق قبل شهرين": "منذ" and the noun phrase of a start, then
# a time counted back — when the span began, not the day of an act (normalised text before the time)
_SINCE_NOUN_RE = re.compile(r"(?<!\w)[وف]?منذ\s+(?:ان\s+)?[^\W\d][^\s،,.؛:]*(?:\s+[^\s،,.؛:]+){0,5}\s*$")
# "والتي بدأت في 17 أكتوبر": the start of a period a relative clause names (a series of attacks, a
# campaign), not the date of an act: the singular and masculine plural relative pronouns, and "اللتي", a
# common misspelling of "التي"
_BEGAN_RE = re.compile(rf"(?<!\w)[وف]?{alternation(RELATIVE_SINGULAR | RELATIVE_PLURAL | {'اللتي'})}"
                       r"\s+(?:بدأت|بدأ|بدات|بدا|انطلقت|انطلق)\s+(?:في|منذ)?\s*$")
# "للمرة الثانية هذا العام", "ثلاث مرات خلال الشهر الجاري": the period a count of acts covers
_COUNT_RE = re.compile(r"(?<!\w)(?:للمرة|لمرة|مرة|مرات|مرّة|مرّات)(?:\s+\S+)?\s+(?:خلال|في)?\s*$")
# "الثالث من نوعه خلال الشهر الجاري", "ثاني هجوم صاروخي خلال الشهر الحالي", "الثانية خلال العام الجاري": an ordinal
# counts acts over the period after "خلال" (or after "من نوعه/ها في"), the period is no day of the act (normalised)
_ORDINAL_COUNT_RE = re.compile(r"(?<!\w)(?:ال)?(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع"
                               r"|سابعه|ثامن|ثامنه|تاسع|تاسعه|عاشر|عاشره)(?:\s+[^\s،,.]+){0,2}\s+خلال\s*$"
                               r"|(?<!\w)من\s+نوع(?:ه|ها)\s+في\s*$")


def _times(doc: Document) -> list[Span]:
    return [t for t in doc.layer("times") if isinstance(t.value, TimeValue)]


def _future(doc: Document, t: Span) -> bool:
    """Whether ``t`` names a time after the publication date ("غداً", "يوم الجمعة المقبل", "الأسبوع
    القادم"): the time of a call, a plan or an announced act in another clause ("ودعوة للإضراب غداً"),
    never of an act the article reports."""
    if doc.published is None:
        return False
    v: TimeValue = t.value
    if v.kind == "relative" and v.granularity == "day" and (v.date - doc.published).days == 1 \
            and _WRITERS_DAY_RE.search(said := doc.normalized().slice_norm(t.start, t.end)) \
            and any(w in load().weekdays for w in said.split()):
        # "صباح اليوم الإثنين", "أمس الأحد" whose weekday is the day after the publication date (a page updated the
        # next day, or stamped before midnight): the writer's today or yesterday, an act told as done, never a plan
        return False
    start = v.date  # a day or a range; a coarser time is future only if the whole period is
    if v.granularity == "month":
        start = v.date.replace(day=1)
    elif v.granularity == "year":
        start = v.date.replace(month=1, day=1)
    elif v.granularity == "week":
        start = v.date - dt.timedelta(days=2)  # a week is dated to its Wednesday: its Monday
    return start > doc.published


# the writer's today or yesterday ("اليوم", "أمس", "الأمس", "البارحة", normalised) with its weekday, which never names
# a coming day
_WRITERS_DAY_RE = re.compile(r"(?<!\w)(?:[وفب]?اليوم|[وف]?امس|[وفب]?الامس|[وف]?البارحه)(?!\w)")


def _times_in(doc: Document, sent: Span) -> list[Span]:
    found = [t for t in _times(doc) if sent.start <= t.start < sent.end and not _is_boundary(doc, t)
             and not _future(doc, t)]
    return [t for i, t in enumerate(found) if not _specified(doc, t, found[i + 1] if i + 1 < len(found) else None)]


def _relative_unit(doc: Document, t: Span) -> str | None:
    """The unit (``relative.tsv``) of the relative phrase the time ``t`` ends on ("حينها": then, "في اليوم التالي",
    "صباح اليوم التالي": same), or None for another time."""
    said = norm_key(doc.text[t.start:t.end]).strip()
    relative = load().relative
    memo = _RELATIVE_UNITS
    if memo[0] is not relative or memo[1] != len(relative) or len(memo[2]) >= _RELATIVE_UNITS_MAX:
        memo[:] = [relative, len(relative), {}]  # (another table, or a full memo: start afresh)
    said_units: dict[str, str | None] = memo[2]
    if said in said_units:
        return said_units[said]
    unit = next((rel.unit for key, rel in relative.items() if said == key or said.endswith(" " + key)
                 or (said.endswith(key) and len(said) - len(key) <= 2)), None)
    said_units[said] = unit
    return unit


# the unit of each time's words that _relative_unit read (it depends on the words and relative.tsv only: the rules
# ask it again for the same time), with the table it was read in and that table's size
_RELATIVE_UNITS: list = [None, 0, {}]
_RELATIVE_UNITS_MAX = 8192


def _dated_times(doc: Document, sent: Span) -> list[Span]:
    """The times of ``sent`` (:func:`_times_in`) but an anaphoric "then" ("حينها", "آنذاك"), which gives a sequel's
    act no day of its own ("ويأتي العدوان بعد يومين من استهداف …، بحسب ما أفاد المراسل حينها": the earlier act's
    day is the one the offset counts back, the "then" only repeats the day named before), and a month or a year of
    an aside on who a person is (:func:`_in_aside`), which dates the person's past, not the act."""
    return [t for t in _times_in(doc, sent) if _relative_unit(doc, t) != "then" and not _in_aside(doc, t)]


# what may stand between a vague time and the precise one that specifies it: "مؤخراً، في 19 حزيران",
# "قبل نحو 3 أسابيع (في 5 آب)", "الأسبوع الماضي، يوم الثلاثاء"
_APPOSITION_RE = re.compile(r"[\u064b-\u0652\s،,(\-–]*(?:في|يوم)?[\s(]*")


# a word that says the time after it specifies the one before ("قبل أشهر من الآن، وتحديداً في آذار", "بالتحديد")
_SPECIFYING_RE = re.compile(r"(?:\s*من\s+الآن)?[\s،,]*(?:و?تحديدا|و?بالتحديد)[\u064b-\u0652]*[\s،,]*(?:في|يوم)?\s*")


# hours of the day named right after them: "في الساعات الأخيرة من يوم الجمعة", "الساعات الأولى من فجر السبت"
_HOURS_RE = re.compile(r"(?:ال)?ساعات(?!\w)")
_PART_OF_RE = re.compile(r"[\s،,]*من\s+")
# a day corrected in brackets right after it: "مساء اليوم (أمس) الأحد"
_CORRECTION_RE = re.compile(r"[\s،,]*\(\s*")


def _specified(doc: Document, t: Span, nxt: Span | None) -> bool:
    """Whether the coarser time ``t`` is specified by the finer one right after it (in apposition), or
    names no day of its own beside the day right after it: hours of that day ("الساعات الأخيرة من يوم
    الجمعة": Friday's, not the day of writing), or a day the writer corrects in brackets ("مساء اليوم (أمس)")."""
    if nxt is None:
        return False
    if _is_day(t.value) and _is_day(nxt.value) and nxt.value.date != t.value.date:
        if _CORRECTION_RE.fullmatch(doc.text, t.end, nxt.start):
            return True
        if _HOURS_RE.match(doc.text, t.start) and _PART_OF_RE.fullmatch(doc.text, t.end, nxt.start):
            return True
    if nxt.value.precision <= t.value.precision and _SPECIFYING_RE.fullmatch(doc.text, t.end, nxt.start):
        return True  # "فقبل أشهر من الآن، وتحديداً في آذار الماضي": the month named after it
    if nxt.value.precision >= t.value.precision:
        return False
    m = _APPOSITION_RE.match(doc.text, t.end)
    return m is not None and m.end() >= nxt.start


def _paragraph_of(doc: Document, pos: int) -> Span | None:
    for p in doc.layer("paragraphs"):
        if p.start <= pos < p.end:
            return p
    return None


def _published(doc: Document) -> TimeValue | None:
    if doc.published is None:
        return None
    return TimeValue(doc.published, 1, "day", "published")


def _is_day(v: TimeValue) -> bool:
    return v.granularity == "day" or (v.granularity == "range" and v.precision == 1)


def _night(doc: Document, t: Span) -> bool:
    """Whether the two-day range ``t`` is a night ("الليلة الماضية", "ليل الخميس - الجمعة")."""
    v = t.value
    if v.granularity != "range" or v.end is None or (v.end - v.date).days != 1:
        return False
    words = [norm_key(w).lstrip("وفب") for w in doc.text[t.start:t.end].split()[:2]]
    return any(w in _NIGHT_WORDS for w in words)


def _as_day(doc: Document, t: Span) -> TimeValue:
    """The value of ``t`` for dating an event: a night is the evening it began; a part of "the month" with no word
    of which month, in a report on another month, a part of that month (:func:`_of_report_month`)."""
    v: TimeValue = t.value
    if _night(doc, t):
        return TimeValue(v.date, 1, "day", v.kind, historical=v.historical)
    if _tonight_begun(doc, t):
        return replace(v, date=v.date - dt.timedelta(days=1))
    return _of_report_month(doc, t, v)


# a part of "the month" with no word of which ("في منتصف الشهر"، "أواخر الشهر") (normalised text of the expression)
_BARE_MONTH_RE = re.compile(r"^\W*(?:[وفبل]|وب|وفي\s|في\s)?(?:\w+\s)?الشهر\W*$")


def _of_report_month(doc: Document, t: Span, v: TimeValue) -> TimeValue:
    """A part of "the month" named bare ("- في منتصف الشهر، قُتل طفلان …") in a report whose lead names a whole
    earlier month as its period (a monthly report on October published on 1 November, :func:`_report_period`): the
    month the report covers, not the month of its publication."""
    if v.granularity != "month" or v.kind != "relative" or doc.published is None \
            or (v.date.year, v.date.month) != (doc.published.year, doc.published.month) \
            or not _BARE_MONTH_RE.match(norm_key(doc.text[t.start:t.end])):
        return v
    period = _report_period(doc)
    if period is None or period[0].day != 1 or period[1] != _last_of_month(period[0]) \
            or (period[0].year, period[0].month) == (v.date.year, v.date.month):
        return v
    day = _last_of_month(period[0]).day if v.date == _last_of_month(v.date) else v.date.day
    return replace(v, date=period[0].replace(day=day))


_TONIGHT = frozenset({norm_key("الليلة"), norm_key("هذه الليلة")})


def _tonight_begun(doc: Document, t: Span) -> bool:
    """Whether ``t`` is "الليلة" (tonight) in an article written before its day began (``_written_before``): the
    night that began the evening before, which a night's act is dated to, as "الليلة الماضية"."""
    v = t.value
    return v.granularity == "day" and v.date == doc.published and _is_tonight(doc, t) and _written_before(doc)


def _small_hours(doc: Document) -> bool:
    """Whether the article is dated and was published before ``SMALL_HOURS`` (where the source gives the time), or
    is a news bulletin (:func:`rasd.geo.assign.is_bulletin`) of the morning, published before ``BULLETIN_HOURS``, whose
    lines name no bare dawn."""
    if doc.published is None or doc.published_hour is None:
        return False
    if doc.published_hour < SMALL_HOURS:
        return True
    # a bulletin whose lines name a bare dawn ("فجراً") tells the acts of its own morning too: its day, as before
    if doc.published_hour >= BULLETIN_HOURS:
        return False
    cached = doc.meta.get("time_morning_bulletin")
    if cached is None:
        cached = is_bulletin(doc) and not _BULLETIN_DAWN_RE.search(norm_key(doc.text))
        doc.meta["time_morning_bulletin"] = cached
    return bool(cached)


def _written_before(doc: Document) -> bool:
    """Whether the article was written before its publication day began: published in the small hours (before
    ``SMALL_HOURS``, "…T00:46", or a morning bulletin: :func:`_small_hours`) and naming no time of that day but
    "الليلة" (cached in ``doc.meta``).  Where it names
    its new day ("فجر اليوم", "اليوم الثلاثاء") it tells that day, and the night it tells runs into it."""
    cached = doc.meta.get("time_written_before")
    if cached is None:
        cached = _small_hours(doc) \
            and not any(o.value.date == doc.published and o.value.granularity == "day" and not _is_tonight(doc, o)
                        for o in _times(doc))
        # "اليوم الثلاثاء" in an article dated Wednesday (rasd.time.stage.eve_of_writing): written on Tuesday
        cached = cached or bool(doc.meta.get(EVE_OF_WRITING))
        doc.meta["time_written_before"] = cached
    return bool(cached)


def _is_tonight(doc: Document, t: Span) -> bool:
    return norm_key(doc.text[t.start:t.end]).lstrip("وفب") in _TONIGHT


def _news_time(doc: Document, t: Span) -> bool:
    """Whether the day time ``t`` can name a day of the article's news: not one that only bounds a
    period, identifies an act in a relative clause, lies in a background sentence or after the publication date."""
    if (not _is_day(t.value) or t.value.historical or _is_boundary(doc, t)
            or (_in_relative(doc, t) and not _toll_act(doc, t)) or _future(doc, t)):
        return False
    s = doc.sentence_of(t.start)
    return s is None or not _cued(doc, s)


# a toll risen, as a verb or its noun, before the time ("ارتفع عدد شهداء الاعتداء الذي نفذته مجموعة ليل الإثنين",
# "ارتفاع حصيلة ضحايا القصف الذي طال البلدة أمس"), in normalised text
_TOLL_ACT_RE = re.compile(r"(?<!\w)[وفل]{0,2}(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع)\s+(?:\S+\s+){0,3}?(?:ال)?(?:عدد|حصيله)"
                          r"(?!\w)")


def _toll_act(doc: Document, t: Span) -> bool:
    """Whether the time ``t``, in a relative clause, names the act whose toll its sentence tells risen
    (:data:`_TOLL_ACT_RE` before it): an update's news is that act, and its day the day of the news."""
    s = doc.sentence_of(t.start)
    return s is not None and bool(_TOLL_ACT_RE.search(doc.normalized().slice_norm(s.start, t.start)))


def _days_of(times: list[Span]) -> set[dt.date]:
    days: set[dt.date] = set()
    for t in times:
        v = t.value
        last = v.end or v.date
        days.update(v.date + dt.timedelta(days=k) for k in range((last - v.date).days + 1))
    return days


def _lead_end(doc: Document) -> int:
    """Where the lead ends: the end of its first ``LEAD_PARAGRAPHS`` paragraphs (0 for a text with none)."""
    paras = doc.layer("paragraphs")
    return paras[:LEAD_PARAGRAPHS][-1].end if paras else 0


def _lead_days(doc: Document) -> tuple[frozenset[dt.date], bool]:
    """The days of the article's news (cached in ``doc.meta``), and whether its lead names them: the
    days its lead (its first paragraphs) names; where the lead names none, those of the first paragraph
    that names a recent one (``NEWS_FALLBACK_DAYS``), not marked past (an analysis piece that opens on
    the setting, then tells the news: "وفي تسجيلٍ صوتيّ له ليل الاثنين 25 …").  A time in a relative
    clause or in a background sentence names no news day."""
    cached = doc.meta.get("time_lead_days")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    end = _lead_end(doc)
    news = [t for t in _times(doc) if _news_time(doc, t)]
    days = _days_of([t for t in news if t.start < end])
    out = (frozenset(days), bool(days))
    if not days and doc.published is not None:
        # not a paragraph that recalls in passing ("وكان مسؤول أفاد، فجر الأحد، بأنّ هجوماً استهدف، السبت، …") nor
        # a sentence that situates the news after an earlier act on an earlier day ("وسبق ذلك، دوّت انفجارات في
        # القاعدة، السبت"): their days are of an earlier report or act, not the news the article goes on telling
        first = next((t for t in news if (doc.published - (t.value.end or t.value.date)).days <= NEWS_FALLBACK_DAYS
                      and not _PAST_DAY_RE.search(doc.text, t.start, t.end)
                      and not _recalled_earlier(doc, t)), None)
        p = _paragraph_of(doc, first.start) if first is not None else None
        if p is not None:
            told = [t for t in news if p.start <= t.start < p.end and not _recalled_earlier(doc, t)]
            out = (frozenset(_days_of(told)), False)
    doc.meta["time_lead_days"] = out
    return out


def _recalled_earlier(doc: Document, t: Span) -> bool:
    """Whether the time ``t`` names a day before the publication date in a paragraph that recalls in passing or in
    a sentence that situates the news after an earlier act (see :func:`_lead_days`)."""
    if doc.published is None or (t.value.end or t.value.date) >= doc.published:
        return False
    return in_recall_paragraph(doc, t.start) or _in_sequel(doc, t)


def _in_sequel(doc: Document, t: Span) -> bool:
    """Whether the time ``t`` lies in a sentence that situates the news after an earlier act (:data:`_SEQUEL_RE`)."""
    s = doc.sentence_of(t.start)
    return s is not None and bool(_SEQUEL_RE.match(doc.normalized().slice_norm(s.start, s.end)))


def _lead_eve(doc: Document) -> TimeValue | None:
    """The day before the publication date when the lead of an article posted in the small hours (before
    ``SMALL_HOURS``) names it as the one day of its news (the evening's acts), else None."""
    if not _small_hours(doc):
        return None
    days, named = _lead_days(doc)
    if not named or len(days) != 1:
        return None
    day = next(iter(days))
    if (doc.published - day).days != 1:
        return None
    return TimeValue(day, 1, "day", INHERITED)


MONTH_PART_RECALLED_DAYS = 7  # a part of a month ("مطلع أيار") that ended this many days before the news is recalled
MONTH_PART_DAYS = 10  # the days of a month's start ("مطلع/أوائل/بداية"), told by its first day (expressions._month_rep)


def _month_part_end(v: TimeValue) -> dt.date | None:
    """The last day of the part of a month ``v`` names: its start ("مطلع أيار": the 1st, read as its first
    ``MONTH_PART_DAYS`` days) or its end ("أواخر نيسان": its last day); None for any other value (a whole month and
    its middle both stand at the 15th)."""
    if v.granularity != "month" or v.precision != 3 or v.kind != "absolute" or v.end is not None:
        return None
    if v.date.day == 1:
        return v.date + dt.timedelta(days=MONTH_PART_DAYS - 1)
    if (v.date + dt.timedelta(days=1)).month != v.date.month:
        return v.date
    return None


def _month_end(v: TimeValue) -> dt.date | None:
    """The last day of the month ``v`` names (a whole month, or its middle: both stand at the 15th), else None."""
    if v.granularity != "month" or v.precision != 3 or v.kind != "absolute" or v.end is not None or v.date.day != 15:
        return None
    return _last_of_month(v.date)


def _last_of_month(day: dt.date) -> dt.date:
    """The last day of the month of ``day``."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def news_days(doc: Document) -> frozenset[dt.date]:
    """The days of the article's news (see :func:`_lead_days`)."""
    return _lead_days(doc)[0]


def _recalled(doc: Document, v: TimeValue, pos: int) -> bool:
    """A day the article recalls rather than reports (see the module doc)."""
    if doc.published is None:
        return False
    if _is_day(v):
        last = v.end or v.date
    elif v.granularity == "week" and v.end is None and (doc.published - v.date).days >= WEEK_DAYS \
            and not _lasting_since(doc, v):
        # "وقبل نحو أسبوع، انفجرت عبوة …" in a speech or a follow-up: a week counted back from the writing stands for
        # a day that old (ACLED precision 2), recalled as that day is (never this week, whose days are the news)
        last = v.date
    else:
        # "وفي مطلع أيار، تصدّت الدفاعات …" in an article of 29 May: a part of a month that ended weeks before the
        # news is recalled as a day that old is (a whole month, or its middle, only once it has ended: the news may
        # lie in it; "إذ قُتل في تموز الماضي ثلاثة عناصر …" in an article of 19 August is recalled, like "الشهر الماضي")
        part_end = _month_part_end(v) or _month_end(v)
        if part_end is None or (doc.published - part_end).days < MONTH_PART_RECALLED_DAYS:
            return False
        last = part_end
    gap = (doc.published - last).days
    if gap < 1:
        return False
    lead = doc.layer("paragraphs")[:LEAD_PARAGRAPHS]
    if lead and pos < lead[-1].end:
        return False  # the lead tells the news itself
    news, named = _lead_days(doc)
    if last in news or v.date in news:
        return False
    span = _lead_spans_days(doc)
    if span == HOURS_SPAN and v.kind != "relative":
        # "شهد ريف دير الزور، خلال الساعات الأربع والعشرين الماضية، ثلاث هجمات": the hours a round-up sums up run
        # over into the day before and its eve, which it goes on to tell by their weekdays ("مساء الإثنين" on a
        # Wednesday); not a day counted back ("ومنذ يومين، أفاد …": an earlier report, outside those hours)
        span = NEWS_DAYS
    if gap <= span and not in_recall_paragraph(doc, pos):
        # a roundup whose lead names the last few days or the week as its news ("شهدت المحافظة خلال الأيام القليلة
        # الماضية عدة حوادث"، "خلال اليومين الماضيين"، "خلال الأسبوع الماضي"): each of those days it goes on to tell is
        # news, not background
        return False
    if gap <= WEEK_DAYS and _in_news_section(doc, pos):
        # a long report told in sections under crossheadings ("غارات على البوكمال"، "اشتباكات في ذيبان"): each section
        # tells an item of the week's news, whatever day its lead names, not a background of the lead's
        return False
    if named and max(news) < last and (doc.published - max(news)).days <= WEEK_DAYS \
            and not in_recall_paragraph(doc, pos):
        # a day after the last one the lead names, the lead's own news a few days old (an agency's follow-up, a
        # weekly feature: "ففي مساء الثلاثاء الماضي، هاجم مسلحون …" then "وفجر الخميس، انفجرت عبوة …" on a
        # Sunday): the story goes on after its lead, which it cannot be a background of (not in a paragraph that
        # recalls, "وكانت …"; not after a lead that dates an older act weeks back, an essay's starting point)
        return False
    if gap == 1 and _live_blog(doc) and not in_recall_paragraph(doc, pos):
        # a live blog's entries run on from the day before ("23:15 غارات إسرائيلية تستهدف …" under "الأربعاء" in a
        # page last updated on Thursday): the blog's own news of that day, no background (not in an entry that
        # recalls, "للتذكير: كانت طائرات قد قصفت …")
        return False
    if gap == 1 and _small_hours(doc) and not in_recall_paragraph(doc, pos):
        # an article of the small hours ("…T02:10") tells the day that has just ended as its news: its evening
        # ("ومساء الخميس، قصفت مسيّرة …") is no recalled day, even where the lead names only the new day (not in
        # a paragraph that recalls, "يُذكر أنّ …"، "وكان …")
        return False
    # yesterday, in an article whose lead tells today's news: a background act ("وأمس، استشهد مواطن …"); not
    # where the lead's days only date a statement or a report that goes on ("أعلنت الوزارة، اليوم، أنّ …",
    # "واصل الجيش، اليوم، عمليته"): the acts it reports may be of the day before, still the news (not in a
    # paragraph that recalls, "يُذكر أنّ …"، "وكانت مصادر أفادت، أمس، …")
    far = gap >= RECALLED_DAYS
    # a paragraph that turns to another matter ("وفي سياق منفصل، قُتل عنصر أمس …") tells another item of the news,
    # not a background of the lead's: its yesterday is recalled only for its distance
    para = _paragraph_of(doc, pos)
    if not far and para is not None and _shifts_topic(doc, para):
        return False
    if not far and v.kind == "absolute" and _is_day(v) and _dates_an_act(doc, v, pos):
        # yesterday named by its calendar date after the lead ("وفي 29 تشرين الأول، استهدفت المقاومة قاعدة …" in an
        # article of the 30th): the writer tells yesterday's news as "أمس"; a calendar date lists an earlier act of a
        # series, background to the news (not a day the lead reports, nor one of a round-up's days: see above)
        return True
    # where the lead names no day, the news is the first recent day the article names: yesterday is background to it
    # only where that is the publication day itself ("وأعلنت المقاومة، في وقت سابق اليوم، …" then "وأمس، استهدفت …")
    # — not where the lead tells a state that goes on ("استمرار الاشتباكات في المخيم"، "تتظاهر العواصم … في ظل
    # استمراره لليوم الـ22 على التوالي"): the days it has lasted are its news, yesterday's acts among them
    if gap < _lead_day_count(doc) and not in_recall_paragraph(doc, pos):
        # a lead that counts the days of an act going on ("في ثاني أيام العدوان على المخيم"، "لليوم الثالث على
        # التوالي"): the days it has lasted are its news, the evening before among them, no background
        return False
    told = named or (news == {doc.published} and not _lead_lasts(doc))
    return far or (told and last < min(news)
                   and not (_lead_reports_only(doc) and not in_recall_paragraph(doc, pos)))


# a live blog: its title says so ("مباشر | …"، "تغطية مباشرة"، "تغطية مستمرة"، "… لحظة بلحظة"), or its entries open on
# clock times, a line each ("18:10" then the entry, "08:05 | عاجل: …", "00:20 – …")
# ("مباشر" only opening or closing the title, "مباشر | …"، "… (مباشر)": "قصف مباشر" is a direct hit)
_LIVE_TITLE_RE = re.compile(r"^\W*مباشر(?!\w)|(?<!\w)مباشر\W*$|(?<!\w)(?:تغطيه\s+(?:مباشره|مستمره|حيه)|لحظه\s+بلحظه)"
                            r"(?!\w)")
_CLOCK_LINE_RE = re.compile(r"^[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*(?:$|[|–—:-])", re.MULTILINE)
LIVE_BLOG_ENTRIES = 3  # the fewest clock-time entries of a live blog


def _live_blog(doc: Document) -> bool:
    """Whether the article is a live blog (:data:`_LIVE_TITLE_RE`, :data:`_CLOCK_LINE_RE`; cached in ``doc.meta``):
    its entries of the day before the last are the blog's news, not background (:func:`_recalled`)."""
    cached = doc.meta.get("time_live_blog")
    if cached is None:
        paras = doc.layer("paragraphs")
        title = doc.normalized().slice_norm(paras[0].start, paras[0].end) if paras else ""
        cached = bool(_LIVE_TITLE_RE.search(title)) \
            or len(_CLOCK_LINE_RE.findall(doc.text)) >= LIVE_BLOG_ENTRIES
        doc.meta["time_live_blog"] = cached
    return bool(cached)


# a lead that tells a state going on: a sentence that names clashes or protests (_LASTING_ACT_RE) and a word of their
# lasting ("استمرار الاشتباكات في المخيم"، "انطلقت التظاهرات … حتى اليوم الـ22 على التوالي"; normalised text); not a
# side's campaign going on ("تواصل المقاومة عملياتها"): a front's daily report, whose yesterday is a recap
_LEAD_LASTING_RE = re.compile(r"(?<!\w)(?:[وف]?(?:ب|لل?)?(?:استمرار|مستمره|مستمرة|المستمره|متواصله|المتواصله|"
                              r"مستمر|متواصل)(?:ه|ها)?|عل[ىي]\s+التوالي)(?!\w)")
_LASTING_ACT_RE = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:اشتباكات|مواجهات|معارك|تظاهرات|مظاهرات|احتجاجات|متظاهرون|"
                             r"متظاهرين|تتظاهر|يتظاهرون)(?!\w)")


def _lead_lasts(doc: Document) -> bool:
    """Whether a sentence of the lead (its first paragraphs) tells clashes or protests going on
    (:data:`_LEAD_LASTING_RE`, :data:`_LASTING_ACT_RE`)."""
    end = _lead_end(doc)
    nt = doc.normalized()
    return any(_LEAD_LASTING_RE.search(txt) and _LASTING_ACT_RE.search(txt)
               for s in doc.layer("sentences") if s.start < end
               for txt in (nt.slice_norm(s.start, s.end),))


# the count of the days an act of the lead has lasted (normalised text): "في ثاني أيام العدوان"، "ثالث أيام
# الاقتحام"، "لليوم الثاني على التوالي"، "في اليوم الرابع على التوالي" (not of a feast, "ثاني أيام عيد الأضحى")
_DAY_ORDINALS = {"ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7}
_LEAD_DAY_COUNT_RE = re.compile(rf"(?<!\w)(?P<a>{'|'.join(_DAY_ORDINALS)})\s+ايام\s+(?:ال)?(?:عدوان|اقتحام|عمليه|حمله|"
                                r"هجوم|اجتياح|توغل|معارك|معركه|اشتباكات|مواجهات|حصار|قصف|تصعيد|حرب|تظاهرات|احتجاجات|"
                                r"اضراب)(?!\w)"
                                rf"|(?<!\w)(?:[وف]?(?:لل|في\s+ال|ال))يوم\s+ال(?P<b>{'|'.join(_DAY_ORDINALS)})\s+علي\s+التوالي(?!\w)")


def _lead_day_count(doc: Document) -> int:
    """The most days a sentence of the lead says an act has lasted (:data:`_LEAD_DAY_COUNT_RE`; 0 where it counts none;
    cached in ``doc.meta``)."""
    cached = doc.meta.get("time_lead_day_count")
    if cached is None:
        end = _lead_end(doc)
        nt = doc.normalized()
        cached = max((_DAY_ORDINALS[m.group("a") or m.group("b")]
                      for s in doc.layer("sentences") if s.start < end
                      for m in _LEAD_DAY_COUNT_RE.finditer(nt.slice_norm(s.start, s.end))), default=0)
        doc.meta["time_lead_day_count"] = cached
    return int(cached)


# a state going on since a time ("المعارك المستمرة منذ أسبوعين", "تتواصل منذ أسبوع"): how long it has lasted, up to
# the time of writing, not a past act (normalised text right before the time; the words of _LASTING_WORDS)
_LASTING_BEFORE_RE = re.compile(rf"(?<!\w)[وف]?{alternation(_LASTING_WORDS | {'مستمرين', 'المستمرين'})}\s*$")


def _lasting_since(doc: Document, v: TimeValue) -> bool:
    """Whether a time of value ``v`` follows a word of lasting (see :data:`_LASTING_BEFORE_RE`)."""
    nt = doc.normalized()
    return any(_LASTING_BEFORE_RE.search(nt.slice_norm(max(0, t.start - 30), t.start).strip())
               for t in _times(doc) if t.value == v)


# the end of a period named in the clause before a date ("حتى لحظة كتابة هذا المقال (صباح 23/10/2023)", "لغاية")
_UNTIL_IN_CLAUSE_RE = re.compile(r"(?<!\w)(?:حتى|حتّى|لغاية|ولغاية|وحتى|وحتّى)(?!\w)[^،,.؛:\n]*$")


def _in_news_section(doc: Document, pos: int) -> bool:
    """Whether ``pos`` lies in a section under a crossheading (:func:`rasd.geo.assign.section_headings`), in a
    paragraph that neither recalls ("وكانت واشنطن قد …") nor situates the news after an earlier act ("ويأتي الهجوم
    بعد …")."""
    if in_recall_paragraph(doc, pos):
        return False
    s = doc.sentence_of(pos)
    if s is not None and _SEQUEL_RE.match(doc.normalized().slice_norm(s.start, s.end)):
        return False
    return any(sec.end <= pos < end for sec, end in section_headings(doc))


def _dates_an_act(doc: Document, v: TimeValue, pos: int) -> bool:
    """The time expression of value ``v`` (the sentence's at ``pos``, or the one it inherited) names the day of an
    act, not the end of a period ("منذ 7 تشرين الأول حتى لحظة كتابة المقال (صباح 23/10)": the time of writing)
    nor a bound ("منذ 29 تشرين الأول")."""
    same = [t for t in _times(doc) if t.value == v]
    # the sentence's own time, else the one it inherited (the last before it)
    t = next((t for t in same if t.start >= pos), None) or next((t for t in reversed(same) if t.start < pos), None)
    if t is None or _is_boundary(doc, t):
        return False
    line = doc.text.rfind("\n", 0, t.start) + 1
    return _UNTIL_IN_CLAUSE_RE.search(doc.text[max(line, t.start - 80):t.start]) is None


# the words of a span of the last days ("الأيام القليلة الماضية"، "اليومين الماضيين"), not of hours or of lately
_DAYS_SPAN_WORDS = frozenset({"الايام", "اليومين"})
# the words of a span of the last hours after a word of span ("خلال الساعات الماضية"، "خلال الـ24 ساعة الماضية")
_HOURS_SPAN_WORDS = frozenset({"الساعات", "ساعه"})
HOURS_SPAN = 1  # a span of the last hours in the lead (distinct from the spans of days: see :func:`_recalled`)
# a week the lead sums up ("شهدت المناطق خلال الأسبوع الماضي تطورات …"، "حصيلة أسبوعية: … خلال الأسبوع الفائت"):
# a weekly round-up, each day of that week it goes on to tell is news (normalised; the word of span before it)
_WEEK_SPAN_WORD = "الاسبوع"
_WEEK_SPAN_BEFORE_RE = re.compile(r"(?:خلال|طوال|طيلة)\s*$")
WEEK_DAYS = 7  # the days a weekly round-up tells


def _lead_spans_days(doc: Document) -> int:
    """How many of the last days the lead names as its news (0: none): a ``recent`` span of days (``relative.tsv``,
    ``NEWS_FALLBACK_DAYS``), one of hours after a word of span (``HOURS_SPAN``) or a whole week after a word of span
    (``WEEK_DAYS``) in a sentence of the lead that is no background (cached in ``doc.meta``)."""
    cached = doc.meta.get("time_lead_spans_days")
    if cached is None:
        end = _lead_end(doc)
        lex = load()
        cached = 0
        for t in _times(doc):
            key = norm_key(doc.span_text(t))
            r = lex.relative.get(key)
            if t.start >= end or r is None:
                continue
            words = set(key.split())
            if r.unit == "recent" and _DAYS_SPAN_WORDS & words:
                span = NEWS_FALLBACK_DAYS
            elif r.unit == "recent" and _HOURS_SPAN_WORDS & words \
                    and _WEEK_SPAN_BEFORE_RE.search(doc.text, max(0, t.start - 8), t.start):
                span = HOURS_SPAN
            elif r.unit in ("week", "recent") and r.offset in (-1, 0) and _WEEK_SPAN_WORD in words \
                    and _WEEK_SPAN_BEFORE_RE.search(doc.text, max(0, t.start - 8), t.start):
                span = WEEK_DAYS
            else:
                continue
            s = doc.sentence_of(t.start)
            if s is None or not _cued(doc, s):
                cached = max(cached, span)
        doc.meta["time_lead_spans_days"] = cached
    return int(cached)


# a report's own period, named in its lead after a word of span ("وثّقت الشبكة مقتل 64 مدنياً خلال شهر شباط"،
# "خلال الفترة الممتدة بين 1 و7 أيار"، "ثلاث حوادث جديدة خلال الأسبوعين الأخيرين"): a monthly or weekly report of a
# monitor or a humanitarian agency, published days after its period ends, whose incidents are its news however old
_PERIOD_SPAN_BEFORE_RE = re.compile(r"(?:خلال|طوال|طيلة)"
                                    r"(?:\s+(?:شهر|الفترة(?:\s+الممتدة)?(?:\s+(?:بين|من|ما\s+بين))?))?\s*$")
_WEEKS_SPAN_WORDS = frozenset({"الاسبوعين"})
REPORT_PERIOD_DAYS = 31  # the longest period a report's lead names as its own (a month)


def _report_period(doc: Document) -> tuple[dt.date, dt.date] | None:
    """The period a report's lead (its first paragraphs) names as its own after a word of span: a whole month, a span
    of days, or the last two weeks (:data:`_PERIOD_SPAN_BEFORE_RE`), no longer than ``REPORT_PERIOD_DAYS``, ended by
    the publication and no more than ``HISTORICAL_DAYS`` before it, in a sentence that is no background (cached in
    ``doc.meta``; the earliest such period where the lead names several)."""
    if "time_report_period" in doc.meta:
        return doc.meta["time_report_period"]  # type: ignore[no-any-return]
    out: tuple[dt.date, dt.date] | None = None
    pub = doc.published
    if pub is not None:
        end = _report_lead_end(doc)
        for t in _times(doc):
            if t.start >= end:
                break
            if not _PERIOD_SPAN_BEFORE_RE.search(doc.text, max(0, t.start - 40), t.start):
                continue
            v = t.value
            if v.granularity == "month" and v.precision == 3 and v.end is None and v.date.day == 15:
                first = v.date.replace(day=1)
                last = _last_of_month(v.date)
            elif v.granularity == "range" and v.end is not None:
                first, last = v.date, v.end
            elif v.kind == "relative" and _WEEKS_SPAN_WORDS & set(norm_key(doc.span_text(t)).split()):
                first, last = pub - dt.timedelta(days=2 * WEEK_DAYS), pub
            else:
                continue
            if not first <= last <= pub or (last - first).days >= REPORT_PERIOD_DAYS \
                    or (pub - last).days > HISTORICAL_DAYS:
                continue
            s = doc.sentence_of(t.start)
            if s is None or _cued(doc, s):
                continue
            if out is None or first < out[0]:
                out = (first, last)
    doc.meta["time_report_period"] = out
    return out


HEADING_WORDS = 6  # a paragraph of no more words is a heading line (an outlet's name, a title, "أولاً: ملخص")


def _report_lead_end(doc: Document) -> int:
    """Where a report's lead ends: the end of its first ``LEAD_PARAGRAPHS`` paragraphs of running text, not counting
    the heading lines above and between them ("مركز توثيق …" / "التقرير الشهري لشهر …" / "أولاً: ملخص" / "وثّق المركز
    خلال شهر … مقتل …": the summary that names the period is the report's lead)."""
    paras = doc.layer("paragraphs")
    body = [p for p in paras if len(doc.text[p.start:p.end].split()) > HEADING_WORDS]
    lead = _lead_end(doc)
    return max(lead, body[:LEAD_PARAGRAPHS][-1].end) if body else lead


def in_report_period(doc: Document, v: TimeValue, pos: int) -> bool:
    """Whether a day ``v`` (of a sentence at ``pos`` after the lead) lies in the period the report's lead names as its
    own (:func:`_report_period`), outside a paragraph that recalls ("وكانت …"، "يُذكر أنّ …"): one of the report's
    incidents, news however many days before the publication it lies."""
    if not _is_day(v):
        return False
    period = _report_period(doc)
    return period is not None and period[0] <= v.date and (v.end or v.date) <= period[1] \
        and not in_recall_paragraph(doc, pos)


# a verb of continuing in the past ("واصلت القوات، اليوم، …") (normalised text)
_CONTINUED_RE = re.compile(r"^\W*[وف]?(?:واصل|واصلت|واصلوا|تابع|تابعت)(?!\w)")
# a summary's subject, then its verb of reporting in the present ("الدفاع الروسية تعلن …", "وزارة الصحة تفيد بـ…")
# (normalised text; up to five words, no comma between)
_SUBJECT_REPORTS_RE = re.compile(r"^\W*(?:[^\s،,.]+\s+){1,5}?(?:تعلن|يعلن|تفيد|يفيد|تؤكد|يؤكد|تكشف|يكشف)(?!\w)")


def _lead_reports_only(doc: Document) -> bool:
    """Whether every day the lead names dates a statement or a report (cached in ``doc.meta``): its sentence opens
    on a verb of reporting or of going on, with the day before it or right after it ("أعلنت وزارة الدفاع، اليوم
    الأربعاء، أنّ القوات نفّذت …", "واليوم، أكّدت الحركة …", "واصلت القوات، اليوم الأحد، عمليتها").  Such a lead tells
    the day of the report, not of its acts: a day before it that the body names (yesterday) is the news reported,
    not a recalled act.  A claim of the claimer's own act ("تبنّت الكتائب، اليوم، قصف …": :func:`_reports_act`) dates
    the act, no report only; where the lead names no day, the days of the first paragraph that names a recent one
    stand for it, and a day that dates only a statement or a reaction (:func:`_dates_statement`) is a report's day."""
    cached = doc.meta.get("time_lead_reports_only")
    if cached is None:
        cached = doc.meta["time_lead_reports_only"] = _lead_times_report(doc)
    return bool(cached)


# "وفي وقت سابق" before the day that opens a sentence ("وفي وقت سابق اليوم، أكّد …"; normalised)
_EARLIER_OPENING_RE = re.compile(r"^[وف]?(?:في\s+)?وقت\s+سابق$")


def _lead_times_report(doc: Document) -> bool:
    """Every news time of the lead dates a statement or a report (:func:`_lead_reports_only`, uncached)."""
    end = _lead_end(doc)
    lead = [t for t in _times(doc) if t.start < end and _news_time(doc, t)]
    undated = not lead and not _lead_days(doc)[1]
    if undated:
        # a lead that names no day: the first paragraph that names a recent one gives the news days
        # (:func:`_lead_days`); yesterday is background to them only where the article tells an act of one of them,
        # not where they bring only statements and reactions to it ("وأشار الحزب في بيان له اليوم إلى أنّ …")
        days = _lead_days(doc)[0]
        lead = [t for t in _times(doc) if _news_time(doc, t) and t.value.date in days]
    if not lead:
        return False
    nt = doc.normalized()
    for t in lead:
        s = doc.sentence_of(t.start)
        if s is None:
            return False
        before = nt.slice_norm(s.start, t.start).strip(" ،,")
        if _THAT_RE.search(before):
            return False  # "أعلنت الكتيبة أنها … نفّذتها فجر اليوم": the day of the act the report tells
        if _reports_act(doc, s, t):
            return False  # "تبنّت الكتائب، اليوم، استهداف …": a claim of an act is the act, of the day it names
        if undated and _dates_statement(doc, s, t):
            continue  # "وخلال اجتماع للحكومة، مساء اليوم، رأى الرئيس أنّ …": the day of a statement, not of an act
        if before in ("", "و", "ف"):
            before = (before + " " + nt.slice_norm(t.end, s.end).strip(" ،,")).strip()
        elif _EARLIER_OPENING_RE.match(before):
            before = nt.slice_norm(t.end, s.end).strip(" ،,")  # "وفي وقت سابق اليوم، أكّد …": the verb follows
        if not (_REPORT_OPENING_RE.match(before) or _CONTINUED_RE.match(before) or _ONGOING_RE.match(before)
                or _SUBJECT_REPORTS_RE.match(before)):
            return False
    return True


# what makes a sentence a statement: a verb of saying or of opinion, or the statement's setting ("في بيان له",
# "خلال اجتماع", "في حديث للميادين"; normalised)
_STATEMENT_WORD_RE = re.compile(r"(?<!\w)[وف]?(?:(?:في|خلال)\s+(?:بيان|تصريح|تصريحات|كلمه|مؤتمر|اجتماع|لقاء|مقابله"
                                r"|حديث|خطاب)|راي|رات|اعتبر|اعتبرت|دعا|دعت)(?!\w)")

# what the speaker says of its own act, right before the act's word: "أنّ مقاتليها استهدفوا …", "أنّ قواتها قصفت …"
# (normalised text ending where the act's word starts)
_OWN_ACT_SAID_RE = re.compile(r"(?<!\w)(?:ب|ل)?ان\s+\S+(?:ها|هم)\s*(?:قد\s+)?$")
# "أنّها"، "أنّه" right after the verb of saying: the speaker's own doing, told after ("أعلنت الكتائب أنّها ضربت …");
# not after "إلى" ("أشار البيان إلى أنّه …": the matter spoken of) (normalised text ending with the word)
_SELF_THAT_RE = re.compile(r"(?<!\w)(?<!الي )(?:ب|ل)?(?:انه|انها|انهم|انهما)$")


def _act_words(doc: Document) -> list[Match]:
    """The words of acts (the events' trigger matches) in the normalised text, found once per document (kept in its
    ``memo``) for :func:`_dates_statement` and :func:`_reports_act`."""
    from rasd.events.lexicon import trigger_matcher

    nt = doc.normalized()
    found = nt.memo.get("events.trigger")
    if found is None:
        found = nt.memo["events.trigger"] = trigger_matcher().find(nt)
    return found  # type: ignore[no-any-return]


def _dates_statement(doc: Document, sent: Span, t: Span) -> bool:
    """Whether the time ``t`` of ``sent`` dates a statement, not an act: a verb of saying or opinion or the
    statement's setting stands before the "أنّ"/"إنّ" that opens what is said, after the day, and no act's word
    stands before that ("وأشار الحزب في بيان له اليوم إلى أنّ …", "وخلال اجتماع، مساء اليوم، رأى الرئيس أنّ …"; not
    "وقصفت الطائرات، اليوم، …" nor "أعلن الجيش اليوم مقتل جندي")."""
    from rasd.events.lexicon import cue_matcher

    nt = doc.normalized()
    found = _act_words(doc)
    before = nt.slice_norm(sent.start, t.start).strip(" ،,")
    start = t.end if before in ("", "و", "ف") else sent.start
    # a condemnation that opens the clause, the act its object ("واليوم، دانت الوزارة الاعتداء …"; data/events/cues.tsv)
    opening = next((c for c in cue_matcher().find(nt) if start <= c.start < sent.end and not t.start <= c.start < t.end
                    and nt.slice_norm(start, c.start).strip(" ،,") in ("", "و", "ف")), None)
    if opening is not None and any(c.kind == "condemn" for c in opening.payloads):
        return not any(sent.start <= m.start < opening.start for m in found)
    rest = nt.slice_norm(t.end, sent.end)
    that = _THAT_RE.search(rest)
    if that is None or _SELF_THAT_RE.search(rest[:that.end()]):
        return False  # "أعلنت الكتائب، اليوم، أنّها ضربت …": the speaker may tell its own act
    said = nt.slice_norm(sent.start, t.start) + " " + rest[:that.start()]
    if not (_SAYS_RE.search(said) or _STATEMENT_WORD_RE.search(said)):
        return False
    if any(sent.start <= m.start < t.start for m in found):
        return False
    for m in found:
        if not t.end <= m.start < sent.end:
            continue
        said_before = nt.slice_norm(t.end, m.start)
        if not _THAT_RE.search(said_before) or _OWN_ACT_SAID_RE.search(said_before):
            return False  # an act the sentence tells itself, or its speaker's own ("أكّدت … أنّ مقاتليها استهدفوا …")
    return True


# a claim of responsibility for the act named after it ("مسؤوليتها عن استهداف …", "مسؤوليته عن ضرب …"; normalised)
_CLAIM_LINK_RE = re.compile(r"(?<!\w)[وف]?(?:مسؤوليته|مسؤوليتها|مسؤوليتهم|مسؤوليتهما)\s+عن(?!\w)")
# the possessive of an act's noun, the reporter's own act ("استهدافها"، "قصفهم"; the trigger matcher's suffixes)
_OWN_ACT_SUFFIXES = frozenset({"ه", "ها", "هم"})
# a verb of claiming that opens a sentence ("تبنّت الكتائب، اليوم، …"; normalised)
_CLAIM_OPENING_RE = re.compile(r"^\W*[وف]?(?:تبنت|تبنى)(?!\w)")


def _reports_act(doc: Document, sent: Span, t: Span) -> bool:
    """Whether the report that opens ``sent`` (dated by the lead's time ``t``) claims an act as its very object:
    the reporter's own act ("أعلنت المقاومة، اليوم، مسؤوليتها عن استهداف القاعدة …", "تبنّت الكتائب، اليوم، قصف …",
    "أكّدت المقاومة استهدافها القاعدة، اليوم"): the day is the act's (ACLED codes a claimed attack on the day of the
    claim), not only a statement's; not a report of another's act or of a toll ("أعلنت الوزارة، اليوم، إحباط
    هجوم …", "… مقتل …": the act may be of the night before) nor an act told in a clause of its own ("أعلنت
    الوزارة، اليوم، أنّ القوات نفّذت …")."""
    from rasd.events.lexicon import casualty_keys

    nt = doc.normalized()
    found = _act_words(doc)
    tolls = casualty_keys()
    act = next((m for m in found if sent.start <= m.start < sent.end and m.payloads[0].trigger.key not in tolls
                and "verb" not in m.payloads[0].flags), None)
    if act is None or act.start < t.end <= act.end:
        return False
    head = nt.slice_norm(sent.start, min(act.start, t.start))
    if _THAT_RE.search(head):
        return False
    # what stands between the day and an act told after it: nothing, a claim, or the report's verb and its subject
    # where the day opens the sentence ("وفي وقت سابق اليوم، أعلنت الجماعة مسؤوليتها عن …")
    gap = nt.slice_norm(t.end, act.start).strip(" ،,") if act.start >= t.end else ""
    if _THAT_RE.search(gap):
        return False
    if _CLAIM_LINK_RE.search(gap):
        return True
    if gap and not _REPORT_OPENING_RE.match(gap):
        return False
    return act.suffix in _OWN_ACT_SUFFIXES or bool(_CLAIM_OPENING_RE.match(head) or _CLAIM_OPENING_RE.match(gap))


ACT_TIME_CHARS = 60  # how far after the act's word its own time may follow ("الاستهداف … أمس السبت")
# what opens another act or clause between an act and a later time: a reply ("ردّاً على صواريخ أُطلقت
# الثلاثاء"), a clause after a comma ("، وأعلنت … اليوم")
# (also "after" and a verbal noun of the person's, "…، بعد اختفائه منذ أيام", "بعد اعتقاله الشهر الماضي": the time
# of that earlier step of his, not of the act)
_OTHER_CLAUSE = re.compile(r"(?<!\w)(?:ردا|رداً|ردّا|ردّاً|بعدما|إثر|اثر|عقب)(?!\w)|[،,]\s*و"
                           r"|(?<!\w)بعد\s+[^\s\d،,.]{3,}(?:ه|ها|هم|هما)(?!\w)")


# what the arrested are charged with, between the arrest and a later time ("القبض على خلية متورطة في الهجوم على حاجز
# في الخامس من كانون الأول", "اعتقال شخصين متهمين بقتل شاب مطلع الشهر"): the time is the crime's, not the arrest's
_CHARGE_CLAUSE = re.compile(r"(?<!\w)(?:ال)?(?:متورط|متهم|مشتبه|مسؤول)[\u064B-\u0652]*(?:ة|ه|ين|ون|تين|ان|ان)?"
                            r"[\u064B-\u0652]*(?!\w)|(?<!\w)(?:بتهمة|بتهمه|بتورط|لتورط|لتورطه|لتورطهم|لاتهامه|لاتهامهم)(?!\w)")
# "ولكن", "لكن", "غير أنّ", "إلا أنّ": a clause set against the act's, whose time is not the act's
_BUT_RE = re.compile(r"(?<!\w)(?:ولكن|لكن|ولكنّ|لكنّ|غير\s+(?:أن|أنّ|ان)|إلا\s+(?:أن|أنّ)|الا\s+ان)(?!\w)")


# what opens a later clause of contrast with its own subject and act ("…، فيما اعتقلت القوات …"، "بينما"، "في حين")
_WHILE_CLAUSE_RE = re.compile(r"(?<!\w)(?:فيما|بينما|في\s+حين)(?!\w)")


# the dead of an act told before, named again by a definite noun and the adjective "القتيل" ("العنصر القتيل", "الشاب
# المغدور", "الطفلة الضحية") (normalised text)
_DEAD_NAMED_AGAIN_RE = re.compile(r"(?<!\w)[وفب]?ال[^\s،,]{2,}\s+"
                                  r"(?:القتيل|القتيله|المقتول|المغدور|المغدوره|الضحيه)(?!\w)")


def _act_time(doc: Document, found: list[Span], main: Span, triggers: list[Span]) -> Span | None:
    """Of the times of the main sentence, the one that goes with the act: the first one, unless it
    comes before the act's word and the act's own clause gives another time right after it (a funeral
    or an announcement "today" of a strike "yesterday": "وشيّع الأهالي، اليوم، ضحايا القصف أمس")."""
    acts = sorted((t for t in triggers if main.start <= t.start < main.end), key=lambda t: t.start)
    if not acts:
        # only casualty words, after a verb of reporting that opens the sentence ("أقرّ الجيش، اليوم، بمقتل ضابط
        # في العملية التي نُفّذت أمس"): the first time dates the report, an earlier day told later in its clause
        # the deaths (not after another verb: "وشيّع الأهالي، اليوم، ضحايا القصف … أمس" is the funeral's day)
        if _DEAD_NAMED_AGAIN_RE.search(doc.normalized().slice_norm(main.start, found[0].start)):
            # "وأضاف أن العنصر القتيل كان قد التحق بعد التسوية في تموز 2018 بصفوف الفرع": the dead man of the act told
            # before, described; the sentence's time is of his past, not of his death
            return None
        if _REPORT_OPENING_RE.match(doc.normalized().slice_norm(main.start, found[0].start)):
            return _told_earlier(doc, found) or found[0]
        return found[0]
    later = _after_opening_time(doc, found, main, acts)
    if later is not None:
        return later
    if found[0].start > acts[0].start:
        if _is_day(found[0].value) and _BUT_RE.search(doc.text, acts[0].end, found[0].start):
            return None  # "…، ولكن بيانهم المعلن بالأمس أكّد …": the day of another clause's statement
        if _WITNESS_CLAUSE_RE.search(doc.text, acts[0].end, found[0].start):
            # "استقدمت تعزيزات إلى بلدة X، التي شهدت أمس مواجهات", "زار مدينة X التي تعرّضت مساء الجمعة لقصف": the
            # day of the act that the place's relative clause tells, not of the act told before it
            return None
        w = _WHILE_CLAUSE_RE.search(doc.text, acts[0].end, found[0].start)
        if _is_day(found[0].value) and w is not None \
                and any(w.end() <= a.start < found[0].start for a in doc.layer("triggers")):
            # "قُتل ثلاثة في الاشتباكات، فيما اعتقلت القوات في اليوم التالي عشرين شاباً": the day of the act of a
            # later clause of contrast, with its own subject, not of the act told before it
            return None
        m = _LATER_CLAUSE_RE.search(doc.text, max(a.end for a in acts if a.start < found[0].start), found[0].start)
        if _is_day(found[0].value) and m is not None \
                and not any(m.end() <= a.start < found[0].start for a in doc.layer("triggers")):
            # "أطلق الجنود النار على الشاب …، مشيراً إلى أنّ ذويه تسلّموا جثته صباح اليوم": the day of a later
            # step the further clause tells with no act of its own (the body handed over, the burial), not the
            # act's; the act goes on with the day the text told it
            return None
        return _day_after_period(doc, found) or found[0]
    act = acts[0]
    if found[-1].end <= act.start and _OFFSET_ACT_RE.search(doc.normalized().slice_norm(found[-1].end, act.start)):
        # "أطلقت القوات، صباح اليوم، حملة …، بعد ساعات من هجوم شنّه مسلحون على حاجز …": the act the news is timed
        # from lies hours before the time of the clause it follows, maybe the day before; that day is not its own
        return None
    for t in found:
        if t.start < act.end or t.start - act.end > ACT_TIME_CHARS:
            continue
        between = doc.text[act.end:t.start]
        if t.value.iso() != found[0].value.iso() and not _OTHER_CLAUSE.search(between) \
                and not _FURTHER_CLAUSE.search(between) and not _CHARGE_CLAUSE.search(between):
            return t
        break
    return _wounded_earlier(doc, found, main) or _told_earlier(doc, found) or _reported_time(doc, found, act) \
        or _clause_day(doc, found, act) or _day_after_period(doc, found) or found[0]


# a sentence that opens on the time passed since an earlier act, up to the "من"/"على" that names it ("وبعد أيام من
# الغارة …"، "وعقب أسبوعين على اغتيال …"، "بعد أقل من شهر على …") (normalised text)
_LAPSE_OPENING_RE = re.compile(
    r"^\W*[وف]?(?:بعد|عقب)\s+(?:مرور\s+)?(?:(?:نحو|حوالي|حوالى|قرابه|زهاء|اكثر\s+من|اقل\s+من)\s+)?"
    r"(?:[^\s،,]+\s+)?(?:يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور)(?:\s+واحد)?\s+(?:من|علي)(?!\w)")


def _after_opening_time(doc: Document, found: list[Span], main: Span, acts: list[Span]) -> Span | None:
    """The time of the sentence's own act where the sentence opens on the lapse since an earlier act whose day its
    opening clause names ("وبعد أيام من الغارة التي استهدفت معسكراً في 26 تشرين الأول، أصيب ثلاثة أطفال صباح اليوم
    بانفجار لغم"): the first time after that clause's comma, when an act word follows the comma too; the day of
    the opening clause is the earlier act's, not the one the sentence tells (None otherwise)."""
    if len(found) < 2 or not acts:
        return None
    nt = doc.normalized()
    head = nt.slice_norm(main.start, main.end)
    m = _LAPSE_OPENING_RE.match(head)
    if m is None:
        return None
    comma = next((k for k in range(m.end(), len(head)) if head[k] in "،,"), None)
    if comma is None:
        return None

    def at(t: Span) -> int:
        return len(nt.slice_norm(main.start, t.start))

    if not any(m.end() <= at(t) < comma for t in found) or not any(at(a) > comma for a in acts):
        return None
    return next((t for t in found if at(t) > comma), None)


# what follows the date of a dateline: the agency's name and a dash ("رام الله 26-6-2025 وفا-", "دمشق، 3 آذار (سانا) -")
_DATELINE_TAIL_RE = re.compile(r"\s*[(\[]?\s*(?:[^\s\d،,.()\-–—:]+\s*){0,3}[)\]]?\s*[-–—:]")
_DATELINE_HEAD_WORDS = 3  # the place a dateline opens on ("رام الله", "غزة", "دير الزور")


def _dateline(doc: Document, main: Span, t: Span) -> bool:
    """The time ``t`` is the date of a dateline that opens the sentence ("رام الله 26-6-2025 وفا- أحرق مستعمرون،
    مساء أمس الأربعاء، …"): the day the agency filed the story (the publication date or the day before), not the
    day of the act the sentence then dates itself."""
    v: TimeValue = t.value
    if v.kind != "absolute" or v.granularity != "day" or doc.published is None \
            or not 0 <= (doc.published - v.date).days <= 1:
        return False
    head = doc.text[main.start:t.start]
    if len(head.split()) > _DATELINE_HEAD_WORDS or any(c in head for c in "،,.\n"):
        return False
    return _DATELINE_TAIL_RE.match(doc.text, t.end, main.end) is not None


# what ties a death of wounds to the earlier act that wounded ("…، بعد تعرّضه لإطلاق نار مساء الثلاثاء", "إثر إصابته
# برصاص … أمس", "جراء إصابته"; normalised text)
_WOUNDED_BY_RE = re.compile(r"(?<!\w)(?:بعد|اثر|عقب|جراء|من\s+جراء)\s+(?:تعرض|اصابت|اصابات|استهداف|اطلاق)\w*")


def _wounded_earlier(doc: Document, found: list[Span], main: Span) -> Span | None:
    """The later time of an earlier day that dates the act a death of wounds goes back to, where the sentence's
    first time dates the death ("توفي صباح اليوم الخميس الرجل متأثراً بإصابته، بعد تعرّضه لإطلاق نار مساء الثلاثاء
    الماضي"): ACLED codes a later death with the act that wounded, on the act's day.  Only where the death of
    wounds is told before that time and the act is tied to it ("بعد تعرّضه", "إثر إصابته"), with no further clause
    between ("فيما", "كما")."""
    first: TimeValue = found[0].value
    if len(found) < 2 or not _is_day(first):
        return None
    nt = doc.normalized()
    for t in found[1:]:
        v: TimeValue = t.value
        if not _is_day(v) or (v.end or v.date) >= first.date or t.start >= main.end:
            continue
        head = nt.slice_norm(main.start, t.start)
        wounds = _OF_WOUNDS_RE.search(head)
        if wounds is None:
            return None
        tie = _WOUNDED_BY_RE.search(head, wounds.end())
        if tie is None or _FURTHER_CLAUSE.search(head, wounds.end()) or _BUT_RE.search(head, wounds.end()):
            return None
        return t
    return None


# a relative clause of a place's witnessing or undergoing an act, right before a time ("…، التي شهدت أمس", "الذي
# تعرّض، مساء الجمعة، …"): the time dates that clause's act (:func:`_act_time`)
_WITNESS_CLAUSE_RE = re.compile(r"(?:^|[\s،,])[وف]?" + WITNESS_RELATIVE + r"\s*[،,]?\s*$")


# an offset of hours right before the act word, after the sentence's times ("…، بعد ساعات من هجوم", "عقب ساعتين على
# اغتيال") (normalised text)
_OFFSET_ACT_RE = re.compile(r"(?<!\w)(?:بعد|عقب)\s+(?:(?:نحو|حوالي|قرابه|اكثر\s+من)\s+)?(?:\d+\s+)?"
                            r"(?:ساعات|ساعه|ساعتين)\s+(?:من|علي)\s+(?:ال)?$")


def _day_after_period(doc: Document, found: list[Span]) -> Span | None:
    """The day a later clause of the sentence names when its first time is only a week or "a few days ago" ("منذ
    أيام"، "خلال الأيام الماضية"، "الأسبوع الماضي"): "تصاعد القصف منذ أيام، وأدى يوم 11 أيلول إلى إصابة امرأة"
    tells the act of that day (ACLED codes the known day, not the week).  Only a day within that week
    (:data:`PERIOD_DAY_REACH`), not in a relative clause, in a clause of the act's outcome or occasion
    (:data:`_LED_TO_RE`), and not one of a report told after the act ("…، على ما أفاد مصدر عسكري الاثنين"،
    "وأكّد في خطابه، الخميس، أنّ …")."""
    first: TimeValue = found[0].value
    if first.precision != 2 or first.granularity != "week":
        return None
    nt = doc.normalized()
    for t in found[1:]:
        v: TimeValue = t.value
        if v.precision != 1 or not _is_day(v) or _in_relative(doc, t) \
                or not -PERIOD_DAY_REACH <= (v.date - first.date).days < PERIOD_DAY_REACH:
            continue
        between = nt.slice_norm(found[0].end, t.start)
        if _SAYS_RE.search(between) or not _LED_TO_RE.search(between):
            return None
        return t
    return None


PERIOD_DAY_REACH = 4  # how far from a week's representative day a day of that week may lie
# what opens the clause of a day that dates the act itself (normalised): its outcome ("وأدى يوم 11 أيلول إلى إصابة
# …"، "ما أسفر الثلاثاء عن مقتل …") or its occasion ("…، حيث قُصف المركز أمس الأربعاء"); not another act of the
# person it hit ("أصيب قبل أيام …، واستشهد أمس": the wounding is of days before)
_LED_TO_RE = re.compile(r"(?<!\w)(?:[وف]?(?:ما\s+)?(?:ادي|ادت|اسفر|اسفرت|تسبب|تسببت|خلف|خلفت)|[وف]?حيث)(?!\w)")
# a verb of saying (normalised): a day after it dates the report, not the act
_SAYS_RE = re.compile(r"(?<!\w)[وف]?(?:افاد|افادت|اعلن|اعلنت|ذكر|ذكرت|قال|قالت|اكد|اكدت|نقل|نقلت|كشف|كشفت|اشار|اشارت"
                      r"|اوضح|اوضحت|اضاف|اضافت|صرح|صرحت|بحسب|وفق)(?!\w)")


def _clause_day(doc: Document, found: list[Span], act: Span) -> Span | None:
    """An earlier day that the act's own clause names before the act's word, when the sentence's first time dates
    another clause ("شيّع الأهالي ظهر اليوم الشاب …، وكان الشاب قد قُتل أمس برصاص مسلحين": the funeral is today,
    the shooting yesterday): the last time before the act, after a clause break from the first time, with none
    between it and the act."""
    first = found[0]
    before = [t for t in found[1:] if t.end <= act.start and act.start - t.end <= ACT_TIME_CHARS]
    if not before or not _is_day(first.value):
        return None
    t = before[-1]
    if not _is_day(t.value) or (t.value.end or t.value.date) >= first.value.date:
        return None
    if not _OTHER_CLAUSE.search(doc.text, first.end, t.start) or _OTHER_CLAUSE.search(doc.text, t.end, act.start):
        return None
    return t


# a participle or a connective that opens a further clause of the sentence, after its act ("…، مشيراً إلى أنّ …",
# "…، مضيفةً أنّ …", "…، لافتاً إلى …", "…، علماً أنّ …"), with or without its short vowels
_LATER_CLAUSE_RE = re.compile(r"(?<!\w)(?:مشير|مضيف|لافت|موضح|منو\u0651?ه|مذك\u0651?ر|علم)[\u064B-\u0652]*[اة]"
                              r"[\u064B-\u0652]*(?!\w)")


_SINCE_WORD_RE = re.compile(r"(?<!\w)منذ(?!\w)")
# "منذ" and a word of a start ("منذ بدء المواجهات"، "منذ اندلاع المعارك"، "منذ انطلاق العملية"): a time after it
# dates when that count began (:func:`_told_earlier`)
_SINCE_BEGIN_RE = re.compile(r"(?<!\w)منذ\s+(?:بدء|بدءِ|بداية|بدايه|اندلاع|انطلاق|انطلاقة|تجدد|تجدّد|تفجر|تفجّر)(?!\w)")
_TODAY_WORD_RE = re.compile(r"(?<!\w)[وف]?اليوم(?!\w)")


def today_in_act_clause(doc: Document, sent: Span, triggers: list[Span]) -> bool:
    """Whether ``sent`` names the day of publication as "today" ("اليوم", "في وقت سابق اليوم", "فجر اليوم
    الاثنين") in the clause of its act: the act is of the article's own day.  Not when the day follows the act in a
    further clause ("كان الاحتلال قد اختطفها …، وسلّمها صباح اليوم": the handing over is today, the abduction
    earlier), nor in a sentence that counts since a past start ("… منذ بدء الحرب": the day of the count, not of its
    acts)."""
    if doc.published is None or _SINCE_WORD_RE.search(doc.text, sent.start, sent.end):
        return False
    acts = [t for t in triggers if sent.start <= t.start < sent.end]
    for t in _times_in(doc, sent):
        v: TimeValue = t.value
        if v.granularity != "day" or v.date != doc.published or not _TODAY_WORD_RE.search(doc.text, t.start, t.end):
            continue  # a weekday alone may name something else ("صلاة الجمعة")
        return not any(a.end <= t.start and _OTHER_CLAUSE.search(doc.text, a.end, t.start) for a in acts)
    return False


def _recalled_clause(doc: Document, main: Span, triggers: list[Span]) -> int | None:
    """The start of a later clause of ``main`` that recalls an earlier act: a clause opened after the sentence's
    first act word by a participle or connective (:data:`_LATER_CLAUSE_RE`, "مشيراً إلى أنّ") and carrying a
    background cue ("كانت قد", "سبق أن").  Its time dates the act it recalls, its cue makes that act background:
    neither is the first act's."""
    first = min((t.end for t in triggers if main.start <= t.start < main.end), default=None)
    if first is None:
        return None
    cue = next((c.start for c in historical_cues(doc) if first <= c.start < main.end and not _recalls_report(doc, c)),
               None)
    if cue is None:
        return None
    m = _LATER_CLAUSE_RE.search(doc.text, first, cue)
    if m is None and _BARE_PLUPERFECT_RE.match(doc.text, cue):
        # a clause of the pluperfect with no subject of its own, opened by a comma after the act ("اغتال مسلحون، مساء
        # الاثنين، شاباً …، كان قد أجرى التسوية عام 2018"): what the person named before had done, not the act
        m = _CLAUSE_COMMA_RE.search(doc.text, max(first, cue - 4), cue)
    if m is None:
        # a clause of the pluperfect that explains the act, opened by "إذ" or "حيث" after a comma ("واقتصرت الأضرار
        # على الماديات، إذ كان المحل قد أُخلي منذ أيام"): what had been done before, not the act
        m = _EXPLAINING_PLUPERFECT_RE.search(doc.text, max(first, cue - 12), cue)
        if m is not None and any(m.start() <= t.start < main.end for t in triggers):
            m = None  # (an act of its own in that clause, "إذ كانت الطائرات قد استهدفته الخميس الماضي": its time)
    return m.start() if m is not None else None


# the pluperfect's auxiliary right before "قد" ("كان قد", "وكانت قد"), and the comma that opens its clause
_BARE_PLUPERFECT_RE = re.compile(r"[وف]?كان(?:ت|وا)?[\u064B-\u0652]*\s+قد(?!\w)")
_CLAUSE_COMMA_RE = re.compile(r"[،,]\s*[وف]?$")
_EXPLAINING_PLUPERFECT_RE = re.compile(r"[،,]\s*(?:إذ|اذ|حيث)\s+$")


def _reported_time(doc: Document, found: list[Span], act: Span) -> Span | None:
    """A time of the reported clause that the act belongs to, when the sentence's first time dates the speech
    that reports it ("وخلال خطابه أمس، أكّد … أنّ القوات نفّذت، هذا الأسبوع، 8 عمليات"): the time after "أنّ" /
    "إنّ", before the act's word or right after it, in the same clause, and not after the speech's day, is the
    act's."""
    nt = doc.normalized()
    for t in found[1:]:
        if t.start > act.end + ACT_TIME_CHARS:
            break
        if t.value.iso() == found[0].value.iso() or t.value.date > (found[0].value.end or found[0].value.date):
            continue  # the speech's own day, or a later one: an act is never later than the report of it
        between = doc.text[found[0].end:t.start]
        if _OTHER_CLAUSE.search(between) or _FURTHER_CLAUSE.search(between) or _BUT_RE.search(between):
            return None
        if _THAT_RE.search(nt.slice_norm(found[0].end, t.start)):
            return t
    return None


def _dates_report(doc: Document, main: Span, t: Span, triggers: list[Span]) -> bool:
    """Whether the time ``t`` of the main sentence dates the report that opens it rather than the act it reports:
    the sentence opens on a verb of reporting, with ``t`` before or right after it, and the act is a noun it
    governs ("أكّدت حركة حماس، اليوم السبت، فشل الهجوم البري"، "واليوم، أعلنت الوزارة إحباط هجومين"، "أقرّ الجيش،
    الجمعة، بمقتل جندي").  The act may be of an earlier day that another sentence gives (ACLED: an act is dated
    when it happened, not when it was announced): the day is weak (kind ``reported``) so that the events stage
    can join the sentence to the act told with an earlier day of the news; with no such sentence the report's day
    stays the act's."""
    acts = [a.start for a in triggers if main.start <= a.start < main.end]
    nt = doc.normalized()
    if not acts:
        # only a toll, the noun the verb governs ("اعترف الجيش، اليوم، بمقتل جنديين"): the toll word stands for the act
        rest = nt.slice_norm(t.end, main.end)
        toll = _TOLL_RE.search(rest)
        if t.start < main.start:
            return False
        after = rest.strip(" ،,") if toll is None else rest[:toll.start()].strip(" ،,")
        if toll is None and not _THAT_RE.match(after):
            return False
    elif t.end > min(acts):
        return False
    else:
        after = nt.slice_norm(t.end, min(acts)).strip(" ،,")
    before = nt.slice_norm(main.start, t.start).strip(" ،,")
    if not acts and _THAT_RE.match(after) and not _THAT_RE.search(before) and _REPORT_OPENING_RE.match(before):
        # "وقال متحدث باسم الوزارة اليوم إنّ ثلاثة جنود أُصيبوا …": a toll alone, no act word, told as what a speaker
        # said on a day named between him and its "إنّ": the day he said it; the wounds may be of the act told
        # before with its own day (an act word after "إنّ" keeps the day: "أعلنت الوزارة اليوم أنّ قواتها نفّذت …")
        return True
    if _THAT_RE.search(before) or _THAT_RE.search(after):
        # "ذكر الناطق أنه … قُتل أمس", "وفجر اليوم، أفادت مصادر بأنّ قوات اقتحمت …": a reported clause of its own
        # (not a noun of the act, "فشل الهجوم", "إحباط هجومين") is the act's time
        return False
    head = before + ("" if before in ("", "و", "ف") else " ") + after
    return bool(_REPORT_OPENING_RE.match(head))


# a toll risen to a figure, the sentence's main verb ("وارتفعت حصيلة الاشتباكات إلى …", "ارتفع عدد القتلى إلى …"),
# normalised text
_TOLL_RISE_RE = re.compile(r"[وف]?(?:ارتفع|ارتفعت|يرتفع|ترتفع)\s+(?:عدد|حصيله)(?!\w)")


def _dates_toll_rise(doc: Document, main: Span, t: Span) -> bool:
    """Whether the time ``t`` that opens the main sentence dates the rise of a toll that the sentence reports ("وصباح
    اليوم، ارتفعت حصيلة الاشتباكات إلى أربعة قتلى"): the day the dead were counted, not the day of the act they died
    in (ACLED: a later death is coded with its event).  A time after the toll's noun ("… ضحايا القصف الذي استهدف
    المدينة أمس") is the act's own."""
    nt = doc.normalized()
    before = nt.slice_norm(main.start, t.start).strip(" ،,")
    if len(before.split()) > 1 or t.start < main.start:
        return False
    return bool(_TOLL_RISE_RE.match(nt.slice_norm(t.end, main.end).lstrip(" ،,")))


# a death of wounds ("متأثراً بجروحه", "متأثرين بجراحهم", "متأثرة بإصابتها"; normalised text)
_OF_WOUNDS_RE = re.compile(r"(?<!\w)متاثر(?:ا|ه|ين|ون|ان|تين|تان)?\s+ب(?:جروح|جراح|اصاب)\w*")


def _dates_death_of_wounds(doc: Document, main: Span, t: Span) -> bool:
    """Whether the time ``t`` dates a death of wounds that a report opening the sentence tells after it, with no
    other time between ("وأعلنت المديرية، مساء أمس، وفاة أحد العناصر متأثراً بجروحه التي أصيب بها جراء الانفجار"):
    the day he died, not the day of the act that wounded him (ACLED: a later death is coded
    with its event)."""
    if not main.start <= t.start < main.end:
        return False
    if not _REPORT_OPENING_RE.match(doc.normalized().slice_norm(main.start, t.start).strip(" ،,")):
        # only where a verb of reporting opens the sentence before the time: "وصباح اليوم، توفي العنصر الثاني متأثراً
        # بجراحه، لترتفع حصيلة الهجوم إلى قتيلين" is a toll the events stage carries to the act told before
        return False
    # (no other time and no act word between: "أُصيب … مساء الجمعة، عندما أطلق مسلحون النار …، وتوفي متأثراً
    # بإصابته صباح السبت" dates the shooting, whose death of the next day has a time of its own)
    limit = min((o.start for o in [*_times(doc), *doc.layer("triggers")] if t.end <= o.start < main.end),
                default=main.end)
    return _OF_WOUNDS_RE.search(doc.normalized().slice_norm(t.end, limit)) is not None


# a word of a toll that a verb of reporting governs ("بمقتل", "مقتل", "بإصابة", "باستشهاد", normalised)
_TOLL_RE = re.compile(r"(?<!\w)ب?(?:مقتل|اصابه|استشهاد|سقوط)(?!\w)")


# the word that opens a reported clause ("أنّ", "إنّ", "بأنّ", "أنه", normalised)
_THAT_RE = re.compile(r"(?<!\w)(?:ب|ل)?(?:ان|انه|انها|انهم|انهما)(?!\w)")


# a verb of reporting or acknowledging that opens a sentence ("أعلن الجيش …", "وأقرّ …", "اعترفت الشرطة …")
# (normalised text); an opener that sets the source beside another may stand before the verb ("من جهته، اعترف …",
# "من جانبها، أعلنت …", "بدورها، أكّدت …", "في المقابل، أقرّ …")
_REPORT_OPENING_RE = re.compile(r"^\W*(?:[وف]?(?:من\s+(?:جهت|جانب|ناحيت)(?:ه|ها|هم)|بدور(?:ه|ها|هم)|في\s+المقابل)\W*)?"
                                r"[وف]?(?:اعلن|اعلنت|اقر|اقرت|اعترف|اعترفت|اكد|اكدت|ذكر|ذكرت|افاد|افادت"
                                r"|كشف|كشفت|قال|قالت)(?!\w)")


# a further clause, whose time is not the act's: "كما أقرّ قبل ذلك …", "ليرتفع عدد القتلى …", "فيما …"
_FURTHER_CLAUSE = re.compile(r"(?<!\w)(?:كما|ليرتفع|لترتفع|ليصل|لتصل|ليبلغ|لتبلغ|فيما|بينما)(?!\w)")


def _told_earlier(doc: Document, found: list[Span]) -> Span | None:
    """A later time of the sentence that names a day before its first one, in the same clause: the day of the
    act that an announcement on the first day tells ("أقرّ الجيش، اليوم الجمعة، بمقتل جندي …، مشيراً إلى أنه
    سقط ليلة أمس الخميس", "نعت الحركة اليوم … الذي استشهد أمس"): an act is never later than the report of it.
    Not across another clause ("…، وكان قد أعلن أمس …", "بعدما …"), nor a bare weekday, which may be a coming
    day ("طلبت اليوم الجمعة إلغاء رحلات يومي الثلاثاء والأربعاء")."""
    first: TimeValue = found[0].value
    if not _is_day(first) or doc.text.startswith("منذ", found[0].start):
        return None
    for t in found[1:]:
        between = doc.text[found[0].end:t.start]
        if _OTHER_CLAUSE.search(between) or _FURTHER_CLAUSE.search(between) or _CHARGE_CLAUSE.search(between):
            return None
        if doc.text.startswith("منذ", t.start):
            continue  # "ليرتفع عدد القتلى منذ يوم أمس": the start of a count, not the act's day
        if _SINCE_BEGIN_RE.search(doc.text, found[0].end, t.start):
            # "شنّ الجيش، اليوم الأربعاء، غارات …، في تصعيد هو الأوسع منذ بدء المواجهات … قبل 3 أيام": the later
            # day dates the start the comparison counts from, not the act the first day dates
            continue
        v: TimeValue = t.value
        if _is_day(v) and (v.end or v.date) < first.date \
                and (v.kind != "weekday" or _PAST_DAY_RE.search(doc.text, t.start, t.end)
                     or _past_report_daypart(doc, found[0], t)):
            return t
    return None


def _past_report_daypart(doc: Document, report: Span, t: Span) -> bool:
    """The bare weekday ``t`` opens on a part of the day ("مساء الأحد", "فجر الجمعة") and the sentence's first time
    ``report`` is a day before the publication ("أعلنت الوزارة، أمس، مقتل ثلاثة جنود خلال اشتباك …، مساء الأحد"):
    the weekday is the act's own, an evening or a dawn before the report, not a coming day of a plan."""
    rv: TimeValue = report.value
    if doc.published is None or not isinstance(rv.date, dt.date) or rv.date >= doc.published:
        return False
    first = doc.normalized().slice_norm(t.start, t.end).split()
    parts = load().parts
    return bool(first) and (first[0] in parts or (first[0][1:] in parts and first[0][:1] in "وف"))


def _dated_back(day: dt.date, precision: int) -> TimeValue:
    """The day of an earlier act a sequel dates back (ACLED ``precision`` 1-3: day, week, month), inherited and
    background."""
    return TimeValue(day, precision, ("day", "week", "month")[precision - 1], INHERITED, historical=True)


def event_date(doc: Document, evidence: list[Span],
               triggers: list[Span] | None = None) -> tuple[TimeValue | None, bool]:
    """The date of an event supported by ``evidence`` sentences, and whether it is historical.

    ``triggers``: the words of the act (not its casualties); of several times in the main sentence,
    the one in the act's clause wins over one that dates a report or a funeral (:func:`_act_time`).

    Falls back to the publication date (precision 1) when the text gives no date; returns
    ``(None, True)`` for a background sentence that gives no date (see the module doc).

    An act the main sentence tells as what released footage shows ("نشرت المقاومة مشاهد لاستهداف موقع …",
    "تعرض مشاهد خاصة لاستهداف آليات …") is dated by a time of its own after the footage's word; without
    one, the day found (the release's, "وأمس، نشرت …", or the publication date) only bounds it: ACLED
    precision 2.  A day inherited from an earlier paragraph is kept as it is: that paragraph may have told the
    very act the footage shows ("أعلنت المقاومة، مساء أمس، استهداف قاعدة …" … "ونشر الإعلام الحربي مشاهد …").
    """
    date, hist = _event_date(doc, evidence, triggers or [])
    if date is None and hist and evidence and doc.published is not None:
        earlier = _sequel_offset(doc, evidence[0], triggers or [])
        if earlier is not None:
            # "وتأتي هذه التطورات بعد يومين من اغتيال …، وهي المرة الأولى منذ سنوات …": a background cue gives the act
            # no time, but the sequel's offset still counts it back from the news day (the latest the lead names)
            news, named = _lead_days(doc)
            base = max(news) if named and max(news) <= doc.published else doc.published
            return _dated_back(base - dt.timedelta(days=earlier[0]), earlier[1]), True
    if date is not None:
        date = _before_report(doc, _span_date(date))
    if date is not None and evidence and _is_day(date) and date.precision == 1 and date.end is None:
        again = _told_again_day(doc, evidence[0], date)
        if again is not None:
            # "قصفت قوات النظام البلدة يوم الإثنين، ثم عادت وقصفتها يوم الثلاثاء": the act done again on another day
            # is another act: the two days named, one event on each (the events stage splits them)
            return replace(date, granularity="range", end=again, listed=True), hist
    if date is not None and evidence and _is_day(date) and date.precision == 1:
        shift = _morrow_named(doc, evidence[0], triggers or [])
        if shift is not None:
            # "وغداة التفجير، داهمت دورية … صباح اليوم", "أصيب عنصران …، غداة هجوم على حاجز في X": the act named after
            # "غداة" (the day after) or "عشية" (the eve) is an earlier (a later) act, not one of the sentence's day;
            # a day the sentence inherits is already that act's own (the paragraph before told it)
            if date.kind == INHERITED:
                return date, hist
            return TimeValue(date.date - dt.timedelta(days=shift), 1, "day", date.kind,
                             historical=date.historical), hist
    if date is not None and evidence:
        earlier = _sequel_offset(doc, evidence[0], triggers or [])
        if earlier is not None:
            # "ويأتي ذلك بعد أسبوع من مقتل عنصر …": the act the sequel recalls lies that long before the news the
            # sentence follows (the day it would inherit), known to that precision; background
            base = _named_news_day(doc, evidence[0], date)
            return _dated_back(base - dt.timedelta(days=earlier[0]), earlier[1]), True
        own_time = _sequel_earlier_time(doc, evidence[0], triggers or [])
        if own_time is not None and own_time.value.date < date.date:
            # "وتأتي غارات اليوم بعد أسابيع من غارة مماثلة استهدفت، منتصف كانون الأول الماضي، منزلاً …": the day
            # before the offset is the news act's (the subject); the earlier act the sequel tells has the time after
            # the offset; background
            return replace(_before_report(doc, _span_date(own_time.value)), historical=True), True
    if date is not None and evidence and date.kind == "published":
        back = _title_offset(doc, evidence[0], triggers or [])
        if back is not None:
            # "مقتل شابين بعد يومين من اختطافهما" as the title, over a lead that tells the bodies found "صباح أمس": the
            # abduction lies two days before the news day the lead names, not on the day of publication
            return TimeValue(back, 1, "day", "relative", historical=False), hist
    if date is not None and evidence and _is_day(date) and date.kind != INHERITED:
        back = _clause_offset(doc, evidence[0], triggers or [])
        if back is not None:
            # "بدأت القوات، أمس الأحد، حملة تفتيش …، بعد يوم واحد من مقتل شقيقين …": the act told after the offset
            # lies that long before the day the sentence names for its first act
            day = date.date - dt.timedelta(days=back[0])
            old = doc.published is not None and (doc.published - day).days > NEWS_FALLBACK_DAYS
            return TimeValue(day, back[1], "day" if back[1] == 1 else "week", date.kind,
                             historical=date.historical or old), hist or old
    if date is not None and evidence and _is_day(date):
        # (every time of the sentence: a day after the news may lie past the publication, which _times_in drops)
        own = [t for t in _times(doc) if evidence[0].start <= t.start < evidence[0].end]
        back = _sequel_before(doc, evidence[0]) if own and _relative_unit(doc, own[0]) == "same" else None
        day = own[0].value.date - dt.timedelta(days=back[0]) if own and back is not None else None
        if back is not None and day is not None and doc.published is not None and day <= doc.published:
            # "ويأتي القصف بعد يومين من استهداف سيارة …" then "وفي اليوم التالي، انفجرت عبوة …": the day named counts
            # from the earlier act the sequel dated back, not from the news day the sequel follows (the day after
            # the news may even lie past the publication); background too
            return _dated_back(day, back[1]), True
    if date is not None and evidence and _is_day(date) and not _times_in(doc, evidence[0]) \
            and _THIS_ACT_OPENING.match(doc.normalized().slice_norm(evidence[0].start, evidence[0].end)):
        back = _sequel_before(doc, evidence[0], bare=True)
        if back is not None:
            # "وجاء البيان بعد يومين على استهداف قافلة …" then "وأدّى هذا الاستهداف إلى ارتقاء 15 شهيداً": the act
            # the sentence goes on telling is the earlier one the sequel dated back, on its day
            return _dated_back(date.date - dt.timedelta(days=back[0]), back[1]), True
    if date is not None and evidence and date.kind == INHERITED and _is_day(date):
        shift = _told_offset(doc, evidence[0], triggers or [])
        back = _sequel_before(doc, evidence[0]) if shift else None
        if shift and back is not None and shift[0] > 0:
            # "ويأتي ذلك بعد 4 أيام من غارات على X." then "وعقب يوم من الغارات، استُشهد …": the day counts from the
            # earlier act the sequel before it dated, not from the news day the sentence inherits; background too
            return TimeValue(date.date - dt.timedelta(days=back[0] - shift[0]), max(back[1], shift[1]),
                             "day" if max(back[1], shift[1]) == 1 else "week", INHERITED, historical=True), True
        if not shift:
            # "وبعد يوم على إعادة افتتاح المعبر، هاجم مسلحون المعبر." then "وردّ الجيش على الحشود …": the sentence
            # goes on with the act of the sentence before it, on the day that one counted on from the day inherited
            shift = _carried_offset(doc, evidence[0])
        if shift and doc.published is not None and date.date + dt.timedelta(days=shift[0]) <= doc.published:
            # "وبعد يومين من الهجوم، دهمت القوات …", "… غداة هجوم ذيبان": the act lies that long after the day the
            # sentence inherits (the earlier act's), not on it
            return TimeValue(date.date + dt.timedelta(days=shift[0]), shift[1], "day" if shift[1] == 1 else "week",
                             INHERITED, historical=date.historical), hist
    if date is not None and date.precision == 1 and date.granularity == "day" and date.kind != INHERITED \
            and evidence \
            and _footage_end(doc, evidence[0], triggers or []) is not None \
            and not _shown_times(doc, evidence[0], triggers or []):
        date = replace(date, precision=2)
    return date, hist


def _before_report(doc: Document, v: TimeValue) -> TimeValue:
    """A month or a year that takes in the day of publication ("هذا العام", "العام الحالي", "الشهر الجاري"), whose
    middle lies after that day: the middle of its part up to the publication, same precision.  An act the text
    tells is never later than the report of it (ACLED's middle of the period the act can lie in)."""
    pub = doc.published
    if pub is None or v.precision != 3 or v.granularity not in ("month", "year") or v.date <= pub:
        return v
    start = v.date.replace(day=1) if v.granularity == "month" else v.date.replace(month=1, day=1)
    if start > pub:
        return v
    return replace(v, date=start + dt.timedelta(days=(pub - start).days // 2))


# the longest span of known days dated as days (the events stage makes one event per day of it); a longer span
# ("خلال الفترة ما بين 21 و28 آذار") tells no day of its acts
SPAN_DAYS = 7
SPAN_WEEK_DAYS = 14  # the longest span dated as a week (ACLED precision 2); a longer one is dated as a month


def _span_date(v: TimeValue) -> TimeValue:
    """A range of more than ``SPAN_DAYS`` days ("بين 21 و28 آذار", "من 3 إلى 17 أيار") as ACLED dates an act
    the source places only within it: the middle of the span, precision 2 (a week) up to ``SPAN_WEEK_DAYS``
    days, else 3 (the month), not its first day as if that day were known."""
    if v.granularity != "range" or v.end is None:
        return v
    n = (v.end - v.date).days + 1
    if n <= SPAN_DAYS:
        return v
    mid = v.date + dt.timedelta(days=(n - 1) // 2)
    if n <= SPAN_WEEK_DAYS:
        return TimeValue(mid, 2, "week", v.kind, historical=v.historical)
    return TimeValue(mid, 3, "month", v.kind, historical=v.historical)


# how fine a time is (the lower the finer): a day, a week, a month, a year
_FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3}


def _within(inner: TimeValue, outer: TimeValue) -> bool:
    """``inner`` lies inside the period ``outer`` names (a month of that year, a day of that month)."""
    if outer.granularity == "year":
        return inner.date.year == outer.date.year
    if outer.granularity == "month":
        return (inner.date.year, inner.date.month) == (outer.date.year, outer.date.month)
    return False


def _finer_within(found: list[Span], own: Span) -> Span:
    """A year or a month chosen for the act, when the sentence names after it a finer time inside that period
    ("وتبقى أكثر الهجمات دموية خلال العام الماضي، تفجير السيارة المفخخة … في شباط 2025"): the year frames a
    comparison or a series; the month (the day) is the act's own time."""
    rank = _FINENESS.get(own.value.granularity)
    if rank is None or rank < 2 or own.value.end is not None:
        return own
    for t in found:
        v = t.value
        if t.start <= own.start or not isinstance(v, TimeValue) or v.end is not None:
            continue
        if _FINENESS.get(v.granularity, rank) < rank and _within(v, own.value):
            return t
    return own


# session 44 (iv31): the marks that open a question and an answer of an interview ("س: متى بدأت …؟" then "ج: كنت في
# …"; normalised text)
_QUESTION_RE = re.compile(r"^\W*(?:س|سؤال|السؤال)\s*[:\-–]")
_ANSWER_RE = re.compile(r"^\W*(?:ج|جواب|الجواب)\s*[:\-–]")


def _asked_time(doc: Document, main: Span) -> Span | None:
    """The time the question names, for an act an interview's answer tells with no time of its own ("س: عشت الغارة
    على السوق في أيار 2019، ماذا تتذكر؟" then "ج: كنت في المركز عندما سقطت الصواريخ …"): the answer (its paragraph
    opened by "ج:") tells the act the question dates (its first time that is not to come); None outside an answer,
    or when the question names no time."""
    paras = doc.layer("paragraphs")
    nt = doc.normalized()
    at = next((i for i, p in enumerate(paras) if p.start <= main.start < p.end), None)
    if at is None or _ANSWER_RE.match(nt.slice_norm(paras[at].start, paras[at].end)) is None:
        return None
    for p in reversed(paras[:at]):
        head = nt.slice_norm(p.start, p.end)
        if _ANSWER_RE.match(head) is not None:
            return None  # (another answer before: the question of this one is not the paragraph above)
        if _QUESTION_RE.match(head) is not None:
            # (its first time: "ذلك اليوم" after it points back to that time)
            found = _times_in(doc, p)
            return found[0] if found else None
    return None


def _event_date(doc: Document, evidence: list[Span], triggers: list[Span]) -> tuple[TimeValue | None, bool]:
    if not evidence:
        return _published(doc), False
    main = evidence[0]
    cue = _cued(doc, main)
    head = doc.normalized().slice_norm(main.start, main.end)
    sequel = bool(_SEQUEL_RE.match(head))
    notice = bool(_NOTICE_RE.match(head))

    def result(t: Span, cued: bool = False) -> tuple[TimeValue, bool]:
        v = _as_day(doc, t)
        recalled = _recalled(doc, v, main.start)
        if not recalled and v is not t.value:
            recalled = _recalled(doc, t.value, main.start)  # a night: the days it spans
        if recalled and doc.published is not None and _is_day(v) \
                and (doc.published - (v.end or v.date)).days <= NEWS_FALLBACK_DAYS \
                and (_opens_place_turn(doc, t) or _opens_news_item(doc, t)):
            # a recent day (yesterday, or a weekday of the last three) told in the first clause of a paragraph that
            # turns to another place ("وفي ريف حلب الشمالي، اندلعت مساء أمس …", "وفي ريف حمص الغربي، داهمت قوى
            # الأمن منازل في قرية …، يوم الخميس") or to another item ("وفي سياق متصل، أصيب عنصران …، مساء
            # الإثنين"): another item of the news cycle, not a background of the lead's
            recalled = False
        if recalled and not cued and doc.published is not None and _is_day(v) and main.start <= t.start < main.end \
                and (doc.published - (v.end or v.date)).days <= WEEK_DAYS and _toll_act(doc, t):
            # "وارتفعت حصيلة الغارة التي استهدفت مبنى في المدينة يوم الأربعاء إلى ثلاثة قتلى": the update brings the
            # act of a few days back into the news it reports, not a background of it
            recalled = False
        # a sequel that gives its act a day of the lead's news ("وجاء حديثه بعد أن أعلنت الكتائب، اليوم السبت،
        # أنها قصفت …") tells more of that news, not background
        later = sequel and not (main.start <= t.start < main.end and _is_day(v) and v.date in _lead_days(doc)[0])
        if later and main.start <= t.start < main.end and _is_day(v) and doc.published is not None \
                and 0 <= (doc.published - (v.end or v.date)).days <= NEWS_FALLBACK_DAYS \
                and _comes_after(head) and not in_recall_paragraph(doc, main.start):
            # a sequel that tells the news as coming after an act of the last three days, with that act's day
            # ("وتأتي الحادثة بعد أيام من مقتل مدني … يوم الجمعة الماضي" on a Monday, "ويأتي ذلك بعد يومين من
            # الغارات التي طالت، ليل الجمعة، …", "وجاءت الاشتباكات بعد هجوم نفذه مسلحون مساء أمس"): a recent act the
            # article reports with the news, not a background of it (not "وسبق ذلك، …، السبت": an earlier act set
            # before it)
            later = recalled = False
        if cued and _recent_pluperfect(doc, main, t, v):
            # "وكان الشاب قد قُتل أمس"، "وكانت مسيّرة قد استهدفت، مساء أمس الخميس، …": yesterday's act in the
            # pluperfect is news, told before another act of the news it led to (the pluperfect of a verb of saying,
            # "وكانت المصادر قد أفادت أمس …", recalls an earlier report and is no cue here); the events stage keeps
            # background the day before of the side whose acts of today the lead tells (:func:`series_pluperfect`)
            cued = recalled = False
        if not cued and not later and in_report_period(doc, v, main.start):
            # "- في 6 شباط، قُتل مدنيان …" in a monthly report of 2 March whose lead names February as its period:
            # one of the report's incidents, news however old, not a background of its publication day
            return replace(v, historical=False), False
        return v, cued or later or v.historical or recalled

    # a time of a passive clause that describes the thing the act hit ("منظومة تم تركيبها مؤخراً") is not the act's
    found = [t for t in _times_in(doc, main) if not _of_an_object(doc, t, triggers) and not _in_aside(doc, t)
             and not _of_a_count(doc, t) and not _of_a_document(doc, t, triggers)]
    if len(found) > 1 and _dateline(doc, main, found[0]):
        found = found[1:]
    recall = _recalled_clause(doc, main, triggers)
    if recall is not None:
        # "استهدفت الغارتان نقاطاً …، مشيرةً إلى أنّ المنطقة كانت قد تعرّضت لغارات بداية العام": the later clause
        # recalls another, earlier act with its own time and cue; the act told first keeps neither
        found = [t for t in found if t.start < recall]
        cue = any(main.start <= c.start < recall and not _recalls_report(doc, c) for c in historical_cues(doc))
    shown = _shown_times(doc, main, triggers)
    if shown:
        return result(shown[0], cue)  # "نشرت مشاهد لكمين نفّذه مجاهدوها، الاثنين": the act's own day
    own = _act_time(doc, found, main, triggers) if found else None
    if own is not None:
        own = _finer_within(found, own)
    eve = _act_eve_day(doc, main, own) if own is not None else None
    if eve is not None:
        return eve
    if own is not None:
        v, hist = result(own, cue)
        if notice and own is found[0] and not _in_relative(doc, own):
            v = replace(v, kind=ANNOUNCED)  # "نعت الحركة، اليوم، الشهيد …": the notice's day; the death may be earlier
        elif own is found[0] and _is_day(v) and (_dates_report(doc, main, own, triggers)
                                                 or _dates_toll_rise(doc, main, own)
                                                 or _dates_death_of_wounds(doc, main, own)):
            v = replace(v, kind=REPORTED)  # "أكّدت الحركة، اليوم، فشل الهجوم …": the report's day; the act may be before
        return v, hist
    if cue:
        return None, True
    asked = _asked_time(doc, main) if not found else None
    if asked is not None:
        v, hist = result(asked)
        return replace(v, kind=INHERITED), hist
    voided = bool(found)  # the sentence's only times date another clause: it names no day of its act
    for ev in evidence[1:]:
        found = _times_in(doc, ev)
        if found:
            v, hist = result(found[0])
            if _is_day(v) and (_dates_toll_rise(doc, ev, found[0]) or _dates_death_of_wounds(doc, ev, found[0])):
                # "وأعلنت المديرية، مساء أمس، وفاة أحد الجرحى متأثراً بجروحه …" joined to a headline with no day: the
                # day of the death or of the count, not of the act (the events stage joins it to the act's own day)
                v = replace(v, kind=REPORTED)
            return v, hist
    if _ongoing(doc, main) or notice:
        # a death notice with no time of its own ("وزفّت المقاومة الشهيد …") is of the time of writing, whatever
        # day the text told before: the death it announces may be of any recent day
        if not notice:
            # "بالتزامن، يواصل الجيش قصفه …" in an article posted just after midnight whose lead names the evening
            # before ("مساء الأحد"): the time of writing is the lead's day, not the calendar day of posting
            eve = _lead_eve(doc)
            if eve is not None:
                return eve, sequel
        return _untold_day(doc), sequel
    para = _paragraph_of(doc, main.start)
    if para is not None:
        told = _elaborated(doc, main)
        before = [t for t in _times(doc) if para.start <= t.start < main.start and not _is_boundary(doc, t)
                  and (not _in_relative(doc, t) or (told is not None and told.start <= t.start < told.end))
                  and not _in_object_clause(doc, t) and not _future(doc, t) and not _of_a_count(doc, t)]
        if not before and not voided and not _has_frame(doc, para, main) and not _another_act(doc, triggers) \
                and not _shifts_topic(doc, para):
            before = _place_clause_day(doc, main, _place_turn_news_day(doc, para, _earlier_paragraph_days(doc, para)))
            ahead = _section_opening_day(doc, para, main)
            if ahead is not None and not (before and ahead.value.date <= before[-1].value.date
                                          <= (ahead.value.end or ahead.value.date)):
                # a section's heading, or the sentence that opens its first paragraph ("اشتباكات في ذيبان" then
                # "عادت المواجهات بين … إلى الواجهة. فقد اندلعت يوم الخميس …"), tells the act its section goes on to
                # date, not the act of the section above (which is the same where the section's own night or days
                # take in the day it would inherit)
                v, hist = result(ahead)
                return replace(v, kind=INHERITED), hist
        if before:
            v, hist = result(before[-1])
            if v.granularity == "range" and v.end is not None:
                # "يومي الخميس والجمعة" told before: the sentence continues its last day
                v = TimeValue(v.end, 1, "day", v.kind, historical=v.historical)
            # the day of an earlier report: the sentence may continue it, or tell another act; the
            # events stage weighs it like the publication-date fallback
            return replace(v, kind=INHERITED), hist
    detail = _detail_day(doc, evidence, triggers)
    if detail is not None:
        return detail, False
    past = _anniversary(doc)
    if past is not None:
        return past, True
    return _untold_day(doc), sequel


# a source's account that opens the paragraph after the lead (normalised text): a verb of saying, then "إنّ"/"أنّ"
# (the account itself, which may tell the lead's act in detail, "وقال أحد أقاربه، اليوم، إن … مساء الإثنين")
_DETAIL_ACCOUNT_RE = re.compile(r"^\W*(?:و|ف)?(?:قال|قالت|افاد|افادت|اوضح|اوضحت|ذكر|ذكرت|روى|روت|اكد|اكدت|اضاف"
                                r"|اضافت|نقل|نقلت)(?!\w).*?(?<!\w)(?:ان|بان)(?!\w)", re.S)


_DETAIL_THAT_RE = re.compile(r"(?<!\w)ب?[إأ]ن(?!\w)")


def _detail_day(doc: Document, evidence: list[Span], triggers: list[Span]) -> TimeValue | None:
    """The day of an act the lead tells with no time at all ("خطف مسلحون مجهولون تاجراً في مدينة X") that the
    paragraph right after it gives in a source's account of that act ("وقال أحد أقاربه، اليوم الأربعاء، إن التاجر
    خرج من مستودعه مساء الإثنين الماضي، قبل أن …"): the first earlier day of the last week the account names, not the
    publication date (the day the source spoke is today's).  Not where the account names today for the act (after
    its "إنّ"), tells another act (a trigger of another kind) or recalls (a background cue); not where any earlier
    text names a day (but a dateline's, the publication date outside a sentence of an act); the news itself, never
    background; else None."""
    pub = doc.published
    if pub is None or not evidence or any(_times_in(doc, ev) for ev in evidence):
        return None
    last = max(ev.end for ev in evidence)
    first = min(ev.start for ev in evidence)
    acts = [r.start for r in doc.layer("triggers") if r.start < last]
    for t in _times(doc):
        if t.start >= last:
            break
        s = doc.sentence_of(t.start)
        if t.value.date != pub or t.value.end not in (None, pub) \
                or (s is not None and any(s.start <= a < s.end for a in acts)):
            return None
    paras = doc.layer("paragraphs")
    nxt = next((p for p in paras if p.start >= last), None)
    if nxt is None:
        return None
    sent = next((s for s in doc.layer("sentences") if nxt.start <= s.start < nxt.end), None)
    if sent is None or sent.start < first:
        return None
    nt = doc.normalized()
    said = _DETAIL_ACCOUNT_RE.match(nt.slice_norm(sent.start, sent.end))
    if said is None:
        return None
    that = _DETAIL_THAT_RE.search(doc.text, sent.start, sent.end)
    if that is None:
        return None
    if any(sent.start <= c.start < sent.end for c in historical_cues(doc)) or in_recall_paragraph(doc, sent.start):
        return None
    kinds = {r.value.sub_event_type for r in triggers if isinstance(r.value, Trigger)}
    if any(sent.start <= r.start < sent.end and isinstance(r.value, Trigger) and r.value.sub_event_type not in kinds
           for r in doc.layer("triggers")):
        return None
    for t in _times_in(doc, sent):
        v = t.value
        if t.start < that.start():
            continue  # "وقال أحد أقاربه، اليوم الأربعاء، إن …": the day the source spoke, not of the act
        if not _is_day(v) or v.end is not None or v.precision != 1 or not 0 < (pub - v.date).days <= WEEK_DAYS:
            return None
        for u in _times(doc):
            s2 = doc.sentence_of(u.start)
            if u.start >= sent.end and s2 is not None and _is_day(u.value) and u.value.date != v.date \
                    and 0 <= (pub - u.value.date).days <= WEEK_DAYS and not in_recall_paragraph(doc, u.start) \
                    and any(s2.start <= r.start < s2.end and isinstance(r.value, Trigger)
                            and r.value.sub_event_type in kinds for r in doc.layer("triggers")):
                return None  # "وفي اليوم التالي، انتقلت الاشتباكات إلى …": the lead sums up acts of more days
        return TimeValue(v.date, 1, "day", "relative", historical=False)
    return None


# the day before (after) an act the text names ("في اليوم السابق لعملية الاغتيال"، "في اليوم التالي للهجوم"): the
# time's words (normalised text), then "ل" and at most one word ("عملية") before that act's word
_ACT_EVE_TIME_RE = re.compile(r"^(?:في\s+)?(?:اليوم|النهار)\s+(السابق|التالي)$")
_ACT_EVE_GAP_RE = re.compile(r"^[\s\"«]*لـ?\s*[\"«]?[^\W\d_]+(?:\s+[\"«]?[^\W\d_]+){0,2}[\"»]?$")


def _act_eve_day(doc: Document, main: Span, t: Span) -> tuple[TimeValue, bool] | None:
    """The date of an act told "the day before" ("اليوم السابق لـ") or "the day after" ("اليوم التالي لـ") another act
    the text named before ``main`` ("وفي اليوم السابق للقصف، أصيب مزارعان …" after "القصف الذي استهدف البلدة يوم
    الخميس"): that act's day (:func:`_event_date` of the nearest earlier sentence with an act of the same kind) moved by
    one, not the day next to the time the text named last (a funeral's "ظهر اليوم"); None where ``t`` is no such time
    or no earlier sentence tells that act."""
    nt = doc.normalized()
    m = _ACT_EVE_TIME_RE.match(nt.slice_norm(t.start, t.end).strip())
    if m is None:
        return None
    shift = -1 if m.group(1) == "السابق" else 1
    named = next((r for r in doc.layer("triggers") if main.start <= r.start < main.end and t.end <= r.start
                  and isinstance(r.value, Trigger)
                  and _ACT_EVE_GAP_RE.match(doc.text[t.end:r.end])), None)
    if named is None:
        return None
    kind = named.value
    stem = kind.key.split()[0] if kind.key else ""
    told: list[tuple[Span, list[Span]]] = []
    for sent in reversed([s for s in doc.layer("sentences") if s.end <= main.start]):
        same = [r for r in doc.layer("triggers") if sent.start <= r.start < sent.end and isinstance(r.value, Trigger)
                and (r.value.sub_event_type == kind.sub_event_type
                     or (stem and r.value.key.split()[:1] == [stem]))]
        if same:
            told.append((sent, same))
    # the nearest sentence that dates that act with a time of its own ("القصف الذي استهدف البلدة، يوم الخميس"), not
    # one that goes on telling it ("وكان القصف مصدره مواقع …": its day, and its pluperfect cue, are borrowed)
    dated = [(s, same) for s, same in told if _times_in(doc, s)]
    if not (dated or told):
        return None
    sent, same = (dated or told)[0]
    v, hist = _event_date(doc, [sent], same)
    if v is None or not _is_day(v) or v.end is not None:
        return None
    day = v.date + dt.timedelta(days=shift)
    if doc.published is not None and day > doc.published:
        return None
    return TimeValue(day, 1, "day", "relative", historical=v.historical), hist if dated else v.historical


# a sentence that tells in detail the act the sentence before it named ("لم يكن التوغل الذي نفذته قوة فجر الأربعاء
# في بلدة X حدثاً معزولاً. فقد دخلت القوة …"): "فقد" and a verb of the past (normalised text)
_ELABORATES_RE = re.compile(r"^\W*فقد\s+[^\W\d_]{3,}")


def _elaborated(doc: Document, main: Span) -> Span | None:
    """The sentence right before ``main`` when ``main`` opens on "فقد" (:data:`_ELABORATES_RE`): it goes on to tell
    the act that sentence named, whose time dates it even where it lies in a relative clause ("التوغل الذي نفذته
    قوة … فجر الأربعاء"), else None."""
    if not _ELABORATES_RE.match(doc.normalized().slice_norm(main.start, main.end)):
        return None
    prev = [s for s in doc.layer("sentences") if s.end <= main.start]
    return prev[-1] if prev else None


# a headline that opens on the years gone by since an event ("5 سنوات على معركة …", "عشرون عاماً على التحرير"):
# a retrospective (normalised text; the count, then the unit, then "على")
_ANNIVERSARY_HEAD_RE = re.compile(r"^\W*(?:(عامان|عامين|سنتان|سنتين)|(?:(\d+)|(\S+(?:\s+و\S+)?))\s*"
                                  r"(?:سنوات|اعوام|عاما|سنه))\s+علي\s")
ANNIVERSARY_MIN_YEARS = 2  # "عام على الحرب": a year of a war still going on, not a retrospective of an ended event


def _anniversary(doc: Document) -> TimeValue | None:
    """The month of the event a retrospective's headline counts the years from ("6 سنوات على معركة الجرود" in an
    article of August 2023: August 2017), background (ACLED precision 3), else None.  An act such an article tells with
    no time of its own (and none to go on with) is of that event, not of the publication day."""
    paras = doc.layer("paragraphs")
    if not paras or doc.published is None:
        return None
    m = _ANNIVERSARY_HEAD_RE.match(doc.normalized().slice_norm(paras[0].start, paras[0].end))
    if m is None:
        return None
    if m.group(1):
        n = 2
    elif m.group(2):
        n = int(m.group(2))
    else:
        words = m.group(3).split()
        parsed = parse_number_words(words)
        if parsed is None or parsed[1] != len(words):
            return None
        n = parsed[0]
    if not ANNIVERSARY_MIN_YEARS <= n <= doc.published.year - 1900:
        return None
    day = doc.published.replace(year=doc.published.year - n, day=min(doc.published.day, 28))
    return TimeValue(day, 3, "month", INHERITED, historical=True)


def _section_opening_day(doc: Document, para: Span, main: Span) -> Span | None:
    """The first day named after ``main`` in the first paragraph of a section (:func:`rasd.geo.assign.section_headings`)
    where ``main`` lies in the section's heading or in that paragraph, else None."""
    paras = doc.layer("paragraphs")
    for sec, end in section_headings(doc):
        first = next((p for p in paras if sec.end <= p.start < end), None)
        if first is None or para.start not in (sec.start, first.start):
            continue
        return next((t for t in _times(doc) if first.start <= t.start < first.end and t.start >= main.end
                     and _is_day(t.value) and not _is_boundary(doc, t) and not _in_relative(doc, t)
                     and not _in_object_clause(doc, t) and not _future(doc, t)), None)
    return None


def _untold_day(doc: Document) -> TimeValue | None:
    """The day of an act the article tells with no time at all, or of the time of writing: the publication date,
    but the day before for an article of the small hours (``_written_before``): what it reports with no day (an
    evening's demonstrations, a night's raids) is of that day (weak, like the publication date)."""
    v = _published(doc)
    if v is not None and _written_before(doc):
        return replace(v, date=v.date - dt.timedelta(days=1))
    return v


# a publishing verb and the footage it releases ("نشرت المقاومة مشاهد", "تعرض مشاهد خاصة", "ونشر الإعلام الحربي
# مقطعاً مصوراً", "وأظهر فيديو"): the act the sentence goes on to name is what the footage shows (normalised text)
_FOOTAGE_RE = re.compile(r"(?<!\w)[وف]?(?:نشر|نشرت|تنشر|ينشر|عرض|عرضت|تعرض|يعرض|بث|بثت|تبث|يبث|وزع|وزعت|توزع|خص|خصت|تخص"
                         r"|اظهر|اظهرت|تظهر|يظهر)(?:[\s،,]+[^\s،,]+){0,6}?[\s،,]+(?:مشاهد|فيديو|الفيديو|مقطع|مقطعا|شريط"
                         r"|تسجيلا مصورا)"
                         r"(?!\w)")


def _footage(doc: Document) -> list[tuple[int, int]]:
    """Original spans of the document's footage phrases (computed once, cached in ``doc.meta``)."""
    cached = doc.meta.get("time_footage")
    if cached is None:
        nt = doc.normalized()
        cached = [nt.orig_span(m.start(), m.end()) for m in _FOOTAGE_RE.finditer(nt.norm)]
        doc.meta["time_footage"] = cached
    return cached  # type: ignore[no-any-return]


def _footage_end(doc: Document, sent: Span, triggers: list[Span]) -> int | None:
    """The end of the footage phrase of ``sent`` when the act's word (its first trigger in the sentence) comes
    after it: the act is what the footage shows, not an act the sentence reports with its own day."""
    spans = [b for a, b in _footage(doc) if sent.start <= a < sent.end]
    if not spans:
        return None
    acts = [t.start for t in triggers if sent.start <= t.start < sent.end]
    if acts and min(acts) < spans[0]:
        return None  # "تستهدف القوات الأميركية …، وتنشر مشاهد توثق العملية": the act is told first
    if _BACK_REFERENCE_RE.search(doc.text[spans[0]:min(sent.end, spans[0] + 60)]):
        return None  # "تسجيلاً قال إنه من المواجهات التي شهدتها المدينة": footage of an act the report has told
    return spans[0]


# "من" + a definite noun with a relative clause right after the footage ("… من المواجهات التي شهدتها", "من الهجوم
# الذي"): the footage is from an act the report has already told, whose day it keeps
_BACK_REFERENCE_RE = re.compile(r"(?<!\w)من\s+ال\w+\s+(?:التي|الذي|اللذين|اللتين|الذين)(?!\w)")


def _shown_times(doc: Document, sent: Span, triggers: list[Span]) -> list[Span]:
    """The times of ``sent`` after its footage phrase: the day of the act the footage shows."""
    end = _footage_end(doc, sent, triggers)
    if end is None:
        return []
    return [t for t in _times_in(doc, sent) if t.start >= end]


def _cued(doc: Document, sent: Span) -> bool:
    """Whether ``sent`` carries a background cue (not the pluperfect of a verb of saying)."""
    return any(sent.start <= c.start < sent.end and not _recalls_report(doc, c) for c in historical_cues(doc))


# a cue of the pluperfect ("كان قد"، "وكانت … قد"), normalised
_PLUPERFECT_CUE_RE = re.compile(r"^[وف]?كان(?:ت|وا)?(?:\s|$).*(?<!\w)قد$")


def _recent_pluperfect(doc: Document, sent: Span, t: Span, v: TimeValue) -> bool:
    """Whether the only background cues of ``sent`` are of the pluperfect and the act's day ``t``, in the clause the
    cue opens, is yesterday or today named from the writing ("وكان الشاب قد قُتل أمس"): the pluperfect places the
    act before another of the news (a funeral, a statement), not in the background.  Not a day of a later clause
    ("كان الاحتلال قد اختطفها …، وسلّمها صباح اليوم": the handing over is today, the abduction earlier)."""
    if doc.published is None or v.kind not in ("relative", "weekday") or not _is_day(v) \
            or not (0 if v.kind == "relative" else 1) <= (doc.published - v.date).days \
            <= (1 if v.kind == "relative" else NEWS_DAYS):
        # a weekday of the two days before ("وكانت اشتباكات قد اندلعت، ليل السبت، …" in a Monday article) is as
        # much a day of the news
        return False
    cues = [c for c in historical_cues(doc) if sent.start <= c.start < sent.end and not _recalls_report(doc, c)]
    if not cues or not all(_PLUPERFECT_CUE_RE.match(str(c.value).strip()) for c in cues):
        return False
    return any(c.end <= t.start and not _OTHER_CLAUSE.search(doc.text, c.end, t.start) for c in cues)


_SIDES = frozenset({1, 2, 3, 4, 8})  # the inter codes of armed sides
# a sentence that opens on the pluperfect ("وكانت المقاومة قد …"), normalised
_PLUPERFECT_OPENING_RE = re.compile(r"^\W*[وف]?كان(?:ت|وا)?\s+(?:[^\s.؟!]+\s+){0,8}?قد\s")
_QAD_RE = re.compile(r"(?<!\w)قد(?!\w)")  # the pluperfect's "قد" (original text)


def series_pluperfect(doc: Document, sent: Span, date: TimeValue | None) -> bool:
    """Whether ``sent`` tells in the pluperfect an act of the day before the publication date (not a day the lead
    tells as its news) by a side a sentence before it tells acting on the publication day ("أطلقت المقاومة اليوم
    صواريخ …" then "وكانت المقاومة قد استهدفت، أمس، …"): an earlier link of that side's series of acts, background,
    unlike yesterday's act of another side that led to the news ("وكان الشاب قد قُتل، مساء أمس، برصاص …")."""
    if date is None or doc.published is None or not _is_day(date) or (doc.published - date.date).days != 1 \
            or date.date in _lead_days(doc)[0]:
        return False  # not a day the lead tells as its news ("اعتقلت منذ مساء أمس وحتى صباح اليوم …")
    head = doc.normalized().slice_norm(sent.start, sent.end)
    if _PLUPERFECT_OPENING_RE.match(head) is None:
        return False
    aux_word = _QAD_RE.search(doc.text, sent.start, sent.end)
    cut = aux_word.start() if aux_word is not None else sent.end
    # an armed side: the people a passive tells killed ("وكان الشاب قد قُتل …") are no series of acts
    spans = [a for a in doc.layer("actors") if getattr(a.value, "key", "") and getattr(a.value, "inter", 0) in _SIDES]
    subject = {a.value.key for a in spans if sent.start <= a.start < cut}
    if not subject:
        return False
    # the sentences told before it that date an act to the publication day
    today = [s for s in doc.layer("sentences") if s.end <= sent.start and any(
        s.start <= t.start < s.end and _is_day(t.value) and t.value.date == doc.published for t in _times(doc))]
    return any(a.value.key in subject for a in spans for s in today if s.start <= a.start < s.end)


def told_as_background(doc: Document, sent: Span) -> bool:
    """Whether the sentence ``sent`` marks its act as background by its words (a background cue, an opening that
    situates the news after it: "ويأتي ذلك بعد …", "وكان … قد"), or lies in a paragraph that recalls an earlier
    report, rather than only by a day some days back."""
    head = doc.normalized().slice_norm(sent.start, sent.end)
    return _cued(doc, sent) or bool(_SEQUEL_RE.match(head)) or in_recall_paragraph(doc, sent.start)


# a sentence that situates the news after an earlier act: "وسبق ذلك استهداف …", "وتأتي التطورات
# الميدانية بعد التصعيد الذي …", "يأتي ذلك عقب …", "وأتى ذلك بعد أن …".  The act it tells is background, whatever
# day the text gave before; unlike "سبق أن" it does not void that day.  "وقبل ذلك، قُتل …" likewise, but not "قبل ذلك
# بساعات" (hours or days before the news told: still the news)
# the verbs that tell the news as coming ("ويأتي ذلك …", "وجاءت العملية …") (normalised text)
_COMES_VERBS = r"(?:ياتي|تاتي|اتي|اتت|جاء|جاءت)"
_SEQUEL_RE = re.compile(
    r"^\W*[وف]?(?:(?:سبق|سبقه|سبقها|سبقت|سبقته|سبقتها)\s+(?:ذلك|هذا|هذه|ذاك)"
    r"|قبل\s+(?:ذلك|هذا|هذه|ذاك)(?!\w)(?![\s،,]*(?:ب?(?:ساع|يوم|ايام|اسبوع|اسابيع|شهر|اشهر|عام|اعوام|سنه|سنوات"
    r"|دقائق|قليل|وقت|فتره|نحو|حوالي|اقل|اكثر)|في غضون))"
    rf"|{_COMES_VERBS}(?:\s+[^\s،,]+){{0,3}}?\s+(?:بعد|عقب|اثر|في اعقاب)(?=\s|ال|ما|[^\W\d_]{{3}}))")
# (the word after "بعد"/"عقب" may be glued to it where the source lost a space: "جاء ذلك بعدتنفيذ …")


# a sequel that says how long after an earlier act the news came ("ويأتي ذلك بعد أسبوع من اغتيال …", "وتأتي الحادثة
# بعد يومين من …", "بعد 5 أيام على …") (normalised text): the offset's unit, with its count
# (also "بعد يوم واحد على …", "بعد نحو أسبوعين من …", "بعد أكثر من شهرين على …")
# a count of days, weeks or months in words (normalised): "بعد ثلاثة أيام من"، "بعد خمسة أسابيع على"
_OFFSET_COUNTS = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10}
_OFFSET_COUNT_WORDS = "|".join(_OFFSET_COUNTS)


def _offset_count(word: str | None) -> int | None:
    """The count of an offset's group (:data:`_OFFSET_RE`): digits or a word of :data:`_OFFSET_COUNTS`."""
    return None if not word else int(word) if word.isdigit() else _OFFSET_COUNTS[word]


_OFFSET_RE = re.compile(r"(?:بعد|عقب)\s+(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من)\s+)?"
                        rf"(?:(\d+|{_OFFSET_COUNT_WORDS})\s+)?"
                        r"(يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)(?:\s+واحد)?\s+(?:من|علي)(?!\w)")
# the end of acts named after the offset ("بعد شهرين من توقف الهجمات", "من وقف إطلاق النار", "من انتهاء المعارك",
# "من الهدوء") (normalised text)
_STOPPED_RE = re.compile(r"\s+(?:توقف|وقف|ايقاف|انتهاء|نهايه|الهدوء|هدوء|تعليق|اعلان\s+وقف)(?!\w)")
# the sequel told as what a source says ("وأوضح المصدر أنّ هذا القصف يأتي بعد يوم واحد على غارات …"): its subject
# names the news act, the words after the offset the earlier one (normalised text)
_REPORTED_SEQUEL_RE = re.compile(r"(?<!\w)ان\s+(?:[^\s،,]+\s+){1,3}?(?:ياتي|تاتي|جاء|جاءت)\s+(?=بعد|عقب)")
# a sequel's subject that names the news act by an act noun ("وتأتي عملية الخطف بعد …", "وتأتي الحادثة بعد …", "وجاء
# الهجوم بعد …"), not a bare "ذلك" nor a statement ("وجاء بيان الأطباء بعد …") (normalised text, verb to offset)
_NAMED_SUBJECT_RE = re.compile(rf"^\W*[وف]?{_COMES_VERBS}\s+(?:[^\s،,]+\s+)?(?:ال)?"
                               r"(?:عمليه|حادثه|جريمه|هجوم|استهداف|اغتيال|خطف|اختطاف|تفجير|انفجار|قصف|غاره|كمين"
                               r"|اعتقال|مداهمه|اشتباكات|اشتباك)(?:\s|$)")
# a title or a sentence that opens on the offset itself ("بعد يومين من اشتباكات X.. مسلحون يختطفون …", "بعد 10 أيام
# من اعتقاله.. استشهاد الأسير …"): the clause up to its first break tells only the earlier act (normalised text)
_OFFSET_OPENING_RE = re.compile(r"^\W*[وف]?(?=(?:بعد|عقب)\s)")
_OFFSET_CLAUSE_END_RE = re.compile(r"[،,:؛]|\.\.|\s[-–—]\s")
# unit → (days, ACLED time precision); a bare plural is a few of them
_OFFSET_UNITS = {"يوم": (1, 1), "يومين": (2, 1), "ايام": (3, 2), "اسبوع": (7, 2), "اسبوعين": (14, 2),
                 "اسابيع": (21, 3), "شهر": (30, 3), "شهرين": (60, 3), "اشهر": (90, 3)}
_OFFSET_EXACT_DAYS = 3  # a count of days up to which the offset still gives the day (precision 1)
_CLAUSE_COUNTED_DAYS = 7  # the most days counted in words or digits after a day a sentence names (clause offset)
_OFFSET_MIN_DAYS = 7  # the shortest offset that moves the act back: a week
_OFFSET_DAY_UNITS = frozenset({"يوم", "يومين", "ايام"})  # days counted: after a named news act, they move it back too


def _offset_days(count: int | None, unit: str) -> tuple[int, int]:
    """The days an offset of ``count`` ``unit``s ("بعد 10 أيام من": 10; None: the unit alone, "بعد أسبوعين من": 14)
    counts back, with its ACLED time precision (1: up to three days counted; 2: up to two weeks; 3: longer)."""
    if count is None:
        return _OFFSET_UNITS[unit]
    days = count if unit in ("يوم", "ايام") else count * (7 if unit.startswith("اسبوع") or unit == "اسابيع" else 30)
    return days, 1 if unit in ("يوم", "ايام") and count <= _OFFSET_EXACT_DAYS else 2 if days <= 14 else 3


def _sequel_offset(doc: Document, main: Span, triggers: list[Span]) -> tuple[int, int] | None:
    """How long before the news the act of a sequel sentence lies ("ويأتي ذلك بعد أسبوع من مقتل …": 7 days,
    precision 2), when the sentence gives it no time of its own and its act words all follow the offset (an act
    told before it, "وجاء الهجوم بعد أسبوع من …", is the news itself); None otherwise."""
    nt = doc.normalized()
    head = nt.slice_norm(main.start, main.end)
    seq = _SEQUEL_RE.match(head)
    reported = None if seq else _REPORTED_SEQUEL_RE.search(head)
    dated = _dated_times(doc, main)
    if dated and not seq:
        return None
    if not (seq or reported):
        return _opening_offset(doc, main, head, triggers)
    m = _OFFSET_RE.search(head)
    if dated and (m is None or any(len(nt.slice_norm(main.start, t.start)) >= m.start() for t in dated)) \
            and not _vaguer_after_offset(doc, main, m, dated):
        # a time of the sequel's own, at or after its offset (not one of its subject, before the offset: "وتأتي
        # تطورات اليوم بعد يومين من غارة …", today's news that the earlier act comes before; ``seq`` matched at the
        # sentence's start, and every ``dated`` here has a ``seq``)
        return None
    if m is None or not triggers or _STOPPED_RE.match(head, m.end()):
        return None  # "يأتي بعد نحو شهرين من توقف استهداف القواعد": a lull before the news, no earlier act
    at = [len(nt.slice_norm(main.start, t.start)) for t in triggers]
    if reported is not None:
        # the news act named as the reported sequel's subject and an act word after the offset right after it: that
        # act is the earlier one, however few days back.  Not after an act told before the sequel in the same
        # sentence ("قال المراسل إنّ مسيّرة أصابت الموقع، وإنّ الهجوم يأتي بعد …"): the sentence's
        # news act, whose record this sentence may date too
        if m.start() != reported.end() or not any(reported.start() <= a < reported.end() for a in at) \
                or not any(a >= m.end() for a in at) or any(a < reported.start() for a in at):
            return None
        named = True
    else:
        # the news act named as the sequel's subject ("وجاء الانفجار بعد يومين من انفجار عبوة مماثلة …"): the act
        # words after the offset tell another, earlier act, however few days back
        assert seq is not None
        named = all(a < seq.end() or a >= m.end() for a in at) and any(a < seq.end() for a in at) \
            and any(a >= m.end() for a in at)
        if not named and at and all(a >= m.end() for a in at):
            # the news act named as the subject by an act noun of another record ("وتأتي عملية الخطف بعد يومين من
            # اشتباكات …", "وتأتي الحادثة بعد …"), not a bare "ذلك": the act after the offset is the earlier one
            named = bool(_NAMED_SUBJECT_RE.match(head[seq.start():m.start()]))
        if not named and any(a < m.end() for a in at):
            return None
    # a few days counted ("ويأتي ذلك بعد يومين من مقتل شابين …", "وتأتي الحادثة بعد يوم من …") move the act back
    # too, whether the subject names the news act or is a bare "ذلك": every act word follows the offset, so the act
    # told is the earlier one, on its own day, never the news's
    return _moved_back(m)


def _sequel_earlier_time(doc: Document, main: Span, triggers: list[Span]) -> Span | None:
    """In a sequel whose subject names the news act with a time of its own before the offset ("وتأتي غارات اليوم
    بعد أسابيع من غارة …"), the first time after the offset, where an act word follows the offset too: the time of
    the earlier act the sequel tells; None otherwise."""
    nt = doc.normalized()
    head = nt.slice_norm(main.start, main.end)
    seq = _SEQUEL_RE.match(head)
    m = _OFFSET_RE.search(head) if seq else None
    if seq is None or m is None or _STOPPED_RE.match(head, m.end()):
        return None

    def at(pos: int) -> int:
        return len(nt.slice_norm(main.start, pos))

    times = [t for t in _times_in(doc, main) if isinstance(t.value, TimeValue) and not _future(doc, t)]
    before = [t for t in times if at(t.start) < m.start()]
    after = [t for t in times if at(t.start) >= m.end()]
    if not before or not after or not any(at(t.start) >= m.end() for t in triggers):
        return None
    return after[0]


def _vaguer_after_offset(doc: Document, main: Span, m: re.Match[str] | None, dated: list[Span]) -> bool:
    """Every time of the sequel at or after its offset ``m`` is only a month or a part of one ("وتأتي غارة الخميس بعد
    أسبوع من غارة … أواخر الشهر الماضي"), while the offset counts days or a week from a day the subject names
    before it: the count back from that day dates the earlier act more closely than the month does."""
    if m is None:
        return False
    moved = _moved_back(m)
    if moved is None or moved[1] > 2:
        return False
    nt = doc.normalized()
    after = [t for t in dated if len(nt.slice_norm(main.start, t.start)) >= m.start()]
    before = [t for t in dated if len(nt.slice_norm(main.start, t.start)) < m.start()]
    return bool(after) and any(_is_day(t.value) and t.value.precision == 1 for t in before) \
        and all(isinstance(t.value, TimeValue) and t.value.precision == 3 for t in after)


def sequel_own_day(doc: Document, sent: Span, triggers: list[Span]) -> bool:
    """A sequel sentence that tells the earlier act after its offset and gives that act a day of its own, named in
    full after the offset ("ويأتي هذا العدوان بعد نحو أسبوعين من اعتداء نفذته الطائرات في الخامس من شباط الجاري",
    "وتأتي الحادثة بعد أقل من أسبوعين على مقتل شاب …، حيث عُثر عليه في الثاني من حزيران"): every act word and every
    time of the sentence follow the offset, the times at least one a day of the calendar (not "أمس", not a weekday)."""
    if not triggers:
        return False
    nt = doc.normalized()
    head = nt.slice_norm(sent.start, sent.end)
    seq = _SEQUEL_RE.match(head)
    m = _OFFSET_RE.search(head) if seq else None
    if seq is None or m is None or m.start() >= seq.end() or _STOPPED_RE.match(head, m.end()):
        return False
    if any(not sent.start <= t.start < sent.end or len(nt.slice_norm(sent.start, t.start)) < m.end()
           for t in triggers):
        return False
    dated = _dated_times(doc, sent)
    if not dated or any(len(nt.slice_norm(sent.start, t.start)) < m.end() for t in dated):
        return False
    return any(isinstance(t.value, TimeValue) and t.value.kind == "absolute" and t.value.granularity == "day"
               for t in dated)


# a gang, a ring or a cell whose trade the act word after it names ("عصابة خطف", "عصابات الخطف", "شبكة تهريب",
# "خلية اغتيالات") (normalised text, up to the act word)
_AGENT_NOUN_BEFORE = re.compile(r"(?<!\w)(?:عصابه|عصابات|شبكه|شبكات|خليه|خلايا)\s+(?:ال)?$")
# "وذلك" / "ذلك" just before an offset (normalised text)
_THAT_BEFORE_RE = re.compile(r"(?<!\w)[وف]?ذلك\s*$")


def _counted_offset(m: re.Match[str]) -> tuple[int, int]:
    """The days and precision of the offset ``m`` (:data:`_OFFSET_RE`, :func:`_offset_days`); days counted one by one,
    up to :data:`_CLAUSE_COUNTED_DAYS`, are precise to the day ("أفرجت العصابة، مساء أمس الأحد، عن الطفل بعد خمسة أيام
    على اختطافه": counted from the day the sentence names, they give the earlier act's own day)."""
    days, precision = _offset_days(_offset_count(m.group(1)), m.group(2))
    if precision != 1 and m.group(1) and m.group(2) == "ايام" and days <= _CLAUSE_COUNTED_DAYS:
        precision = 1
    return days, precision


def _clause_offset(doc: Document, main: Span, triggers: list[Span]) -> tuple[int, int] | None:
    """How long before the day of the sentence's first act lies the act of ``triggers`` told in a later clause after an
    offset of up to three days counted ("…، أمس الأحد، …، بعد يوم واحد من مقتل …": 1 day): every trigger follows the
    offset, and the sentence's only day lies before it; None otherwise (see :func:`_sequel_offset` for a sentence that
    opens on the sequel and names no day)."""
    if not triggers:
        return None
    nt = doc.normalized()
    head = nt.slice_norm(main.start, main.end)
    if _SEQUEL_RE.match(head) or _REPORTED_SEQUEL_RE.search(head):
        return None
    m = _OFFSET_RE.search(head)
    if m is None or _STOPPED_RE.match(head, m.end()) or _THAT_BEFORE_RE.search(head, 0, m.start()):
        # ("…، وذلك بعد يوم من هجوم صاروخي …": a sequel that points to an act the article tells on its own)
        return None
    times = _times_in(doc, main)
    if len(times) != 1 or len(nt.slice_norm(main.start, times[0].end)) > m.start() \
            or "\n" in doc.text[times[0].start:main.end]:
        return None
    at = [len(nt.slice_norm(main.start, t.start)) for t in triggers if main.start <= t.start < main.end]
    if not at or len(at) != len(triggers):
        return None
    # ("أفرجت عصابة خطف …، بعد خمسة أيام على اختطافه": an act word that names a gang's trade is no act told)
    at = [a for a in at if not _AGENT_NOUN_BEFORE.search(head, 0, a)]
    if not at or any(a < m.end() for a in at) \
            or re.search(r"[،,؛:.]", head[m.end():min(at)]):
        # (not "وصباح اليوم، بعد يومين من العثور على جثة …، انفجرت عبوة": the act after the offset's clause is the
        # sentence's own)
        return None
    days, precision = _counted_offset(m)
    # only a day or a few days counted: "بعد أيام من الاحتجاجات", "بعد أسبوع من الاشتباكات" also tell how long an act
    # went on before the news ("after days of protests")
    return (days, precision) if precision == 1 else None


def _title_offset(doc: Document, main: Span, triggers: list[Span]) -> dt.date | None:
    """The day of the act a title with no time tells after an offset of days counted, behind the news it names first
    ("مقتل شابين بعد يومين من اختطافهما"): the latest day the lead names as its news, less the offset; None where the
    sentence is no such title, the act's words do not all follow the offset, or the lead names no day."""
    if not triggers or not _in_title(doc, main) or _times_in(doc, main):
        return None
    nt = doc.normalized()
    head = nt.slice_norm(main.start, main.end)
    m = _OFFSET_RE.search(head)
    # (an offset that opens the title, "بعد يومين من اشتباكات.. مسلحون يختطفون …": :func:`_opening_offset`)
    if m is None or _SEQUEL_RE.match(head) or not head[:m.start()].strip(" \"«'وف") \
            or _STOPPED_RE.match(head, m.end()):
        return None
    at = [len(nt.slice_norm(main.start, t.start)) for t in triggers if main.start <= t.start < main.end]
    if len(at) != len(triggers) or min(at) < m.end() or re.search(r"[،,؛:.]|\s[-–—|]\s", head[m.end():min(at)]):
        return None
    days, precision = _counted_offset(m)
    news, named = _lead_days(doc)
    if precision != 1 or not named:
        return None
    # (the latest day the lead names: the news the title names first; an earlier one is the act the lead goes back to)
    day = max(news) - dt.timedelta(days=days)
    return day if doc.published is None or day <= doc.published else None


def _moved_back(m: re.Match[str]) -> tuple[int, int] | None:
    """The days and precision (:func:`_offset_days`) of a sequel's offset ``m`` (:data:`_OFFSET_RE`) that moves its
    act back from the news: a week or more, or a count of days; None otherwise."""
    days, precision = _offset_days(_offset_count(m.group(1)), m.group(2))
    return (days, precision) if days >= _OFFSET_MIN_DAYS or m.group(2) in _OFFSET_DAY_UNITS else None


def _in_title(doc: Document, main: Span) -> bool:
    """The sentence lies in the article's title line (its first paragraph, when the text opens with the title)."""
    title = doc.title_paragraph()
    return title is not None and title.start <= main.start < title.end


def _opening_offset(doc: Document, main: Span, head: str, triggers: list[Span]) -> tuple[int, int] | None:
    """How long before the news the act lies that a title clause opening on an offset tells ("بعد يومين من اشتباكات
    عريقة.. مسلحون يختطفون …", the title's first item: two days, precision 1), when all the act's words follow the
    offset within the clause it opens; an act of the clause after it ("بعد يومين من الهجوم، قتل …") is the news.
    (In the body the day the sentence inherits may already be the earlier act's own: "احتجاج يوم الإثنين" … "فبعد
    يومين من التظاهرات، وردت شكاوى …".)"""
    opening = _OFFSET_OPENING_RE.match(head)
    if opening is None or not triggers or not _in_title(doc, main):
        return None
    m = _OFFSET_RE.match(head, opening.end())
    if m is None or _STOPPED_RE.match(head, m.end()):
        return None
    stop = _OFFSET_CLAUSE_END_RE.search(head, m.end())
    end = stop.start() if stop is not None else len(head)
    nt = doc.normalized()
    at = [len(nt.slice_norm(main.start, t.start)) for t in triggers]
    if not all(m.end() <= a < end for a in at):
        return None
    return _offset_days(_offset_count(m.group(1)), m.group(2))


# a sentence that goes on with the act told right before it, named by a demonstrative ("وأدّى هذا الاستهداف إلى …",
# "وأسفرت هذه الغارات عن …", "وقد أسفر هذا القصف …") (normalised text)
_THIS_ACT_OPENING = re.compile(r"^\W*[وف]?(?:قد\s+)?(?:[^\s،,]+\s+)?(?:هذا|هذه|هذين|هاتين)\s+ال[^\s،,]+")


def _sequel_before(doc: Document, main: Span, bare: bool = False) -> tuple[int, int] | None:
    """The offset of the sentence right before ``main`` when that sentence is a sequel that dates an earlier act back
    from the news by a count of days or more (:func:`_sequel_offset`), with an act noun right after the offset; None
    otherwise.  ``bare``: only a sequel with no act noun as its own subject ("وجاء الهجوم بعد يومين من …": "هذا
    الهجوم" after it is the news)."""
    before = [s for s in doc.layer("sentences") if s.end <= main.start]
    if not before:
        return None
    prev = before[-1]
    if _dated_times(doc, prev):
        return None
    head = doc.normalized().slice_norm(prev.start, prev.end)
    seq = _SEQUEL_RE.match(head)
    reported = None if seq else _REPORTED_SEQUEL_RE.search(head)
    if not (seq or reported) or (bare and _NAMED_SUBJECT_RE.match(head)):
        return None
    m = _OFFSET_RE.search(head)
    if m is None or _STOPPED_RE.match(head, m.end()) or (reported is not None and m.start() != reported.end()) \
            or _ACT_WORD_AFTER_RE.match(head, m.end()) is None:
        return None
    return _moved_back(m)


# the act noun right after a sequel's offset ("بعد يومين على استهداف …", "من مقتل …", "من غارات …") (normalised)
_ACT_WORD_AFTER_RE = re.compile(r"\s*(?:ال)?(?:استهداف|مقتل|قتل|اغتيال|هجوم|هجمات|غاره|غارات|قصف|تفجير|انفجار|اشتباكات"
                                r"|مجزره|كمين|اعتداء|عدوان|ضربه|ضربات)(?!\w)")


# a sentence that opens on how long after an earlier act its own act came ("وبعد يومين من الهجوم، دهمت …", "وبعد
# ثلاثة أيام على المجزرة، …", "وعقب أسبوع من …") (normalised text)
_AFTER_OPENING_RE = re.compile(rf"^\W*[وف]?(?:بعد|عقب)\s+(?:(?:نحو|حوالي|قرابه)\s+)?(?:(\d+|{_OFFSET_COUNT_WORDS})\s+)?"
                               r"(يوم|يومين|ايام|اسبوع)(?:\s+واحد)?\s+(?:من|علي)(?!\w)")
# "غداة" (the day after) and "عشية" (the eve) of an act named after it (normalised text)
_MORROW_RE = re.compile(r"(?<!\w)[وف]?(غداه|عشيه)\s+(?!يوم|اليوم|ليله|الليله)")
# a sentence that tells its subject as coming ("وتأتي العملية …", "وجاء ذلك …") (normalised text)
_COMES_RE = re.compile(rf"^\W*[وف]?{_COMES_VERBS}(?!\w)")


def _opening_days(m: re.Match[str]) -> tuple[int, int]:
    """The days and precision (:func:`_offset_days`) of a sentence's opening offset ``m`` (:data:`_AFTER_OPENING_RE`:
    "وبعد يومين من", "وبعد ثلاثة أيام على", "وعقب أسبوع من")."""
    return _offset_days(_offset_count(m.group(1)), m.group(2))


def _told_offset(doc: Document, main: Span, triggers: list[Span]) -> tuple[int, int] | None:
    """How many days after the day it inherits the act of ``main`` lies, with the ACLED precision, where the sentence
    has no time of its own and dates its act only from an earlier one: it opens on the offset ("وبعد يومين من الهجوم،
    دهمت …": 2) with its act words after it, or names the morrow or the eve of an act ("غداة الهجوم": 1, "عشية
    الهجوم": -1); None otherwise (a sequel, "ويأتي ذلك بعد يومين من …", names the earlier act:
    :func:`_sequel_offset`)."""
    if _times_in(doc, main):
        return None
    nt = doc.normalized()
    head = nt.slice_norm(main.start, main.end)
    m = _AFTER_OPENING_RE.match(head)
    if m is not None and not _STOPPED_RE.match(head, m.end()):
        at = [len(nt.slice_norm(main.start, t.start)) for t in triggers]
        comma = next((k for k in range(m.end(), len(head)) if head[k] in "،,"), None)
        if not at or comma is None or max(at) < comma or min(at) < m.end():
            return None  # "فبعد يومين من التظاهرات …": the act named is the earlier one
        # (the earlier act's words before the comma, "وعقب يوم من الغارات على ريف حلب، استُشهد مدني بانفجار لغم",
        # only name it: the act after the comma is the sentence's own)
        return _opening_days(m)
    if _SEQUEL_RE.match(head) or _COMES_RE.match(head):
        return None  # "وتأتي العملية غداة أخرى …": the act after "غداة" is the earlier one
    e = _MORROW_RE.search(head)
    if e is None:
        return None
    return (1, 1) if e.group(1) == "غداه" else (-1, 1)


# "ثم عاد/عادت/عادوا و…" or "ثم عاود/عاودت …" between two days of one sentence: the act done again (normalised text)
_AGAIN_RE = re.compile(r"(?<!\w)ثم\s+(?:عاد|عادت|عادوا|عاود|عاودت|عاودوا)(?:\s+|$)")


def _told_again_day(doc: Document, main: Span, date: TimeValue) -> dt.date | None:
    """The later day of a sentence that tells its act on ``date`` and then, after "ثم عاد(ت) و…" ("then it went back
    and …"), the act done again on another day it names ("قصفت قوات النظام البلدة يوم الإثنين، ثم عادت وقصفتها يوم
    الثلاثاء"): that day, where the sentence names exactly these two days, the first being ``date``; None otherwise."""
    days = [t for t in _dated_times(doc, main) if _is_day(t.value) and t.value.end is None]
    if len(days) != 2 or days[0].value.date != date.date or not date.date < days[1].value.date:
        return None
    if doc.published is not None and days[1].value.date > doc.published:
        return None
    gap = doc.normalized().slice_norm(days[0].end, days[1].start)
    if (days[1].value.date - date.date).days > _AGAIN_MAX_DAYS or not _AGAIN_RE.search(gap):
        return None
    later: dt.date = days[1].value.date
    return later


_AGAIN_MAX_DAYS = 7  # the longest lapse between an act and its repeat told in one sentence that keeps both days


def _named_news_day(doc: Document, main: Span, date: TimeValue) -> dt.date:
    """The day a sequel's offset counts back from: the day ``date`` it inherits, but where its subject names the news
    act by an act noun ("ويأتي التفجير بعد يوم من هجوم …") and the day inherited is a later one than the one day the
    lead gives its news (a statement told in between, "وأصدر اللواء بياناً، اليوم، …"), the lead's day: the act's
    own, not the day it was spoken of."""
    if date.kind != INHERITED or not _NAMED_SUBJECT_RE.match(doc.normalized().slice_norm(main.start, main.end)):
        return date.date
    days, named = _lead_days(doc)
    if not named or len(days) != 1:
        return date.date
    day = next(iter(days))
    return day if day < date.date else date.date


def _morrow_named(doc: Document, main: Span, triggers: list[Span]) -> int | None:
    """The days between the sentence's day and the act its ``triggers`` name, where every one of them is the act
    noun right after "غداة" (the day after: 1) or "عشية" (the eve: -1) in ``main`` ("وغداة التفجير، داهمت …",
    "…، غداة هجوم شنّه مسلحون على …"): that noun names another act as the time of the sentence's own; None
    otherwise."""
    own = [t for t in triggers if main.start <= t.start < main.end]
    if not own or len(own) != len(triggers):
        return None
    nt = doc.normalized()
    shifts: set[int] = set()
    for t in own:
        m = _MORROW_BEFORE_RE.search(nt.slice_norm(max(main.start, t.start - 12), t.start))
        if m is None:
            return None
        shifts.add(1 if m.group(1) == "غداه" else -1)
    return shifts.pop() if len(shifts) == 1 else None


# "غداة"/"عشية" right before an act noun (its article aside) (normalised text)
_MORROW_BEFORE_RE = re.compile(r"(?<!\w)[وف]?(غداه|عشيه)\s+(?:ال)?$")


def _carried_offset(doc: Document, main: Span) -> tuple[int, int] | None:
    """The days (with the ACLED precision) that sentences right before ``main``, with no time of their own, count on
    from the day ``main`` inherits with them: each opens on an offset of days with its own act after a comma ("وبعد
    يوم على إعادة الافتتاح، هاجم مسلحون …" :func:`_told_offset`); None where none does."""
    days, precision = 0, 1
    for sent in reversed([s for s in doc.layer("sentences") if s.end <= main.start]):
        if _times_in(doc, sent):
            break
        head = doc.normalized().slice_norm(sent.start, sent.end)
        m = _AFTER_OPENING_RE.match(head)
        if m is None or _STOPPED_RE.match(head, m.end()) or not any(c in "،," for c in head[m.end():]):
            continue
        shift = _opening_days(m)
        days, precision = days + shift[0], max(precision, shift[1])
    return (days, precision) if days else None


# a sequel that sets an earlier act before the news ("وسبق ذلك، …", "وقبل ذلك، …") (normalised text)
_PRECEDED_RE = re.compile(r"^\W*[وف]?(?:سبق|قبل)")


def _comes_after(head: str) -> bool:
    """Whether the normalised sequel ``head`` tells the news as coming after an earlier act ("وجاءت الاشتباكات بعد
    ساعات من هجوم …", "ويأتي ذلك بعد يومين من …"), not an earlier act as preceding it ("وسبق ذلك، …")."""
    return _PRECEDED_RE.match(head) is None


def _has_frame(doc: Document, para: Span, main: Span) -> bool:
    """Whether the paragraph sets its own time frame before ``main``: a time, even one that only bounds
    a period ("وتستمر الاحتجاجات حتى اليوم") or a count ("للمرة الثانية هذا العام"), but not one that
    identifies another act in a relative clause; or a sentence of continuing ("وتتواصل التظاهرات")."""
    if any(para.start <= t.start < main.start and not _in_relative(doc, t) and not _future(doc, t)
           for t in _times(doc)):
        return True
    return any(para.start <= s.start < main.start and _ongoing(doc, s) for s in doc.layer("sentences"))


# "آخر", "ثانية", "جديد" after an act word: a further act ("هجوم آخر", "غارة ثانية", "استهداف جديد"); a regex
# alternation, shared with rasd.events.stage
ANOTHER_WORDS = "آخر|اخر|أخرى|اخرى|ثان|ثانٍ|ثاني|ثانية|ثانيه|جديد|جديدة|جديده"
# a further act, which the day told before does not date
_ANOTHER_RE = re.compile(rf"\s*(?:{ANOTHER_WORDS})(?!\w)")


def _another_act(doc: Document, triggers: list[Span]) -> bool:
    """Whether the sentence opens its acts on a further one ("وفي هجوم آخر، …"): not "another" said of an act the
    sentence itself told before it ("أُطلق صاروخ نحو X، كما استهدف صاروخ آخر Y")."""
    first = min(triggers, key=lambda t: t.start, default=None)
    return first is not None and bool(_ANOTHER_RE.match(doc.text, first.end))


def _place_turn_news_day(doc: Document, para: Span, days: list[Span]) -> list[Span]:
    """The days an undated paragraph inherits from an earlier one (``days``, the last one wins), for a paragraph that
    turns to another place ("وفي مدينة عامودا، نظّم العشرات وقفة …"): where the earlier paragraph named a day of the
    news and, after it, an earlier day of the act behind that news ("شيّع الأهالي، اليوم، ضحايا استهداف …، يوم السبت
    الماضي"), the turn tells another item of the news, on the news day, not on the day of the act recalled."""
    if len(days) < 2 or not _place_turn_paragraph(doc, para):
        return days
    last = days[-1].value
    lead = _lead_days(doc)[0]
    later = [t for t in days if _is_day(t.value) and t.value.date in lead and t.value.date > (last.end or last.date)
             and not _dates_attribution(doc, t)
             and not ((s := doc.sentence_of(t.start)) is not None and _dates_statement(doc, s, t))]
    # (not a day of a statement about the act of the earlier day: "أكّد قائد، اليوم الأربعاء، أنّ الاحتلال تكبّد
    # خسائر أمس")
    return [*days, later[-1]] if later else days


def _place_key(p: Span) -> str:
    return str(getattr(p.value, "id", "")) or norm_key(p.value if isinstance(p.value, str) else "")


def _place_clause_day(doc: Document, main: Span, days: list[Span]) -> list[Span]:
    """The days an undated sentence inherits (``days``, the last one wins), cut back to the day of the clause whose
    place the sentence names again: where the earlier paragraph tells two acts of two days, each by its place
    ("استشهد شاب، صباح اليوم، شرق حي X، فيما ارتفع عدد شهداء القصف الذي استهدف بلدة Y مساء أمس"), a sentence that
    goes on at X ("وأفادت مصادر بأن القوات أطلقت النار صوب الشاب … شرق حي X") goes on with the act of X's day, not
    with the day told last.  A place counts for the day nearest to it in its sentence; the last day's clause must
    name another place, and X must be no place of it."""
    dated = [t for t in days if _is_day(t.value)]
    if len({t.value.date for t in dated}) < 2:
        return days
    places = doc.layer("places")
    named = {_place_key(p) for p in places if main.start <= p.start < main.end} - {""}
    if not named:
        return days

    def nearest(p: Span) -> Span | None:
        s = doc.sentence_of(p.start)
        if s is None:
            return None
        near = [t for t in dated if s.start <= t.start < s.end]
        if not near:
            return None
        return min(near, key=lambda t: min(abs(t.start - p.end), abs(p.start - t.end)))

    own: dict[str, set[dt.date]] = {}
    lo, hi = min(t.start for t in dated), max(t.end for t in dated)
    para = _paragraph_of(doc, lo)
    for p in places:
        if para is None or not (para.start <= p.start < para.end) or not (lo - 200 <= p.start <= hi + 200):
            continue
        t = nearest(p)
        if t is not None:
            own.setdefault(_place_key(p), set()).add(t.value.date)
    hits = {d for k in named for d in own.get(k, set())}
    last = dated[-1].value.date
    if len(hits) != 1 or last in hits or not any(last in ds for k, ds in own.items() if k not in named):
        # (the last day's clause must name a place of its own: "شيّع الأهالي في البلدة، اليوم، ضحايا استهداف ملعب
        # أمس" then "وذهب ضحية المجزرة 11 شهيداً من البلدة" goes on with the strike, whose place is the town too)
        return days
    day = hits.pop()
    keep = [t for t in days if t.value.date == day]
    if not keep or doc.sentence_of(keep[-1].start) != doc.sentence_of(dated[-1].start):
        # (only two clauses of one sentence: a timeline's sentences, "وقبل نهاية اليوم الـ31، تعرّضت قاعدة X …. وفي
        # الثاني من هذا الشهر، تعرّضت قاعدة Y …" then "وبالتزامن، استُهدفت قاعدة X …", go on with the last day)
        return days
    return days[:days.index(keep[-1]) + 1]


# a count of days ("يومين", "ثلاثة أيام", "عشرة أيام", "أيام"), normalised: no day named by its name or by "أمس"
_DAY_COUNT_RE = re.compile(r"(?<!\w)(?:يومين|ايام|يوما)(?!\w)")


def _since_ago(doc: Document, t: Span) -> bool:
    """Whether the time ``t`` is a count of days right after "منذ" ("منذ يومين", "منذ ثلاثة أيام"); not a day the
    text names ("منذ يوم أمس الجمعة": an act of the news going on since then)."""
    words = doc.text[max(0, t.start - 12):t.start].split()
    since = doc.text.startswith("منذ", t.start) or (bool(words) and norm_key(words[-1]).lstrip("وف") == "منذ")
    if not since and doc.text.startswith("قبل", t.start):
        # "منذ بدء المواجهات في المحافظة قبل 3 أيام": the start of a period named by its act, then dated back
        head = doc.text[max(0, t.start - _SINCE_ACT_CHARS):t.start]
        ends = [m.end() for m in _SINCE_WORD_RE.finditer(head)]
        since = bool(ends) and not _CLAUSE_BREAK_RE.search(head, ends[-1])
    return since and _DAY_COUNT_RE.search(norm_key(doc.text[t.start:t.end])) is not None


_SINCE_ACT_CHARS = 60  # how far before "قبل N أيام" the "منذ" of the period it dates may lie


# a death of wounds told later than the act, in the clause of its own time ("…، فارق على إثرها الحياة صباح اليوم",
# "وتوفي متأثراً بجراحه مساء أمس") (normalised text, from the clause's start to the time)
_LATER_DEATH_RE = re.compile(r"(?<!\w)(?:و|ف)?(?:فارق|فارقت|توفي|توفيت|توفى)(?!\w)"
                             r"|(?<!\w)متاثر\w*\s+ب(?:جروح|جراح|اصاب)")
_CLAUSE_BREAK_RE = re.compile(r"[،,؛;:.]")


def _dates_later_death(doc: Document, t: Span) -> bool:
    """The time ``t`` closes a clause that tells a wounded man's later death (:data:`_LATER_DEATH_RE`)."""
    s = doc.sentence_of(t.start)
    if s is None:
        return False
    before = doc.normalized().slice_norm(s.start, t.start)
    clause = _CLAUSE_BREAK_RE.split(before)[-1]
    return _LATER_DEATH_RE.search(clause) is not None


def _earlier_paragraph_days(doc: Document, para: Span) -> list[Span]:
    """The day times of the nearest earlier paragraph that names a day (see the module doc)."""
    if is_bulletin(doc):
        return []  # each line of a news bulletin is a story of its own: no day of another line's story
    times = _times(doc)
    paras = doc.layer("paragraphs")
    entry = _entry_opening(doc, para.start)
    for p in reversed([q for q in paras if q.end <= para.start]):
        if entry is not None and p.end <= entry:
            # a live blog's entry ("17:05" then "قوات النظام تستهدف الآن …") is a story of its own, told at its
            # clock time: it goes on with no day an earlier entry named ("مساء أمس" of the funeral's entry), only
            # with a day heading the blog sets over its entries ("الأربعاء 5 حزيران"); else the blog's day
            heads = _day_heading(doc, p, times)
            if heads:
                return heads
            continue
        own = [t for t in times if p.start <= t.start < p.end
               and not _is_boundary(doc, t) and (not _in_relative(doc, t) or _toll_act(doc, t))
               and not _future(doc, t)]
        days = [t for t in own if _is_day(t.value) and (t.value.end is None or (t.value.end - t.value.date).days <= 1)]
        acts = [t for t in own if t not in days and t.value.granularity == "week"]
        if len(days) > 1 and _since_ago(doc, days[-1]) and not _dates_attribution(doc, days[0]) \
                and not _since_ago(doc, days[0]):
            # "قُتل عنصران، مساء أمس، … في إطار حملة أطلقتها القوات منذ يومين": a day after "منذ" at the paragraph's
            # end starts a period that goes on (a campaign, a siege); the next paragraph goes on telling the act
            # the paragraph dated first, not the start of that period
            days = [t for t in days if not _since_ago(doc, t)]
        if len(days) > 1 and _dates_later_death(doc, days[-1]):
            # "استهدفت مسيّرة، ظهر أمس، سيارة …، وأصيب الثالث، فارق على إثرها الحياة صباح اليوم": the paragraph's last
            # day is the day a wounded man died, not the act's; the next paragraph ("وبعد ساعات، قصفت …") goes on
            # from the act's day
            days = days[:-1]
        if len(days) > 1 and _dates_attribution(doc, days[-1]) and not _dates_attribution(doc, days[0]) \
                and days[0].value.date < days[-1].value.date:
            # "ارتفعت حصيلة الضربات التي استهدفت، ليل الجمعة، مواقع …، بحسب ما أعلنه المتحدث، يوم السبت" then
            # "وبالتزامن، شنت الطائرات غارات …": the paragraph's last day names when the source told it; the next
            # paragraph goes on with the act of the earlier day, not with the telling
            days = [t for t in days if not _dates_attribution(doc, t)]
        if days and acts and all(_dates_attribution(doc, t) for t in days):
            # "ارتفعت حصيلة الهجوم …، الأسبوع الماضي، إلى 18، بحسب ما أفاد مراسلنا اليوم": the day names when the
            # source told it; the act the next paragraph goes on telling is of the week the paragraph gave it
            days = acts
        if len(days) > 1:
            days = _before_news_cut(doc, days)
        if p.start in _recall_paragraphs(doc) and not (
                days and p.start in _report_recall_paragraphs(doc) and all(_of_the_news(doc, t) for t in days)
                and any(p.start <= t.start < p.end for t in doc.layer("triggers"))):
            # a flashback ("وكان … أكد في 17 تموز …"): the next paragraph goes back to the news.  An earlier report
            # of an act of the news itself ("وكانت وسائل إعلام أفادت، اليوم الجمعة، بوقوع هجوم …", "وكان موقع قد
            # ذكر أنه … صباح الاثنين"), on a day of the news, is no flashback: the next paragraph goes on telling that
            # day (not a report of a statement with no act, "وكانت وسائل إعلام ذكرت اليوم أنّ الوزير لا يعطي …")
            continue
        if days and doc.published is not None and (doc.published - (days[-1].value.end or days[-1].value.date)).days \
                > WEEK_DAYS and any(_place_turn_paragraph(doc, q) for q in paras if p.end <= q.start <= para.start):
            # "وفي غربي المدينة أيضاً، ارتقى شهداء …" after a paragraph whose last day is of an act weeks old that it
            # recalls in passing ("… وارتقت حفيدته في 11 تشرين الثاني الماضي"): a roundup's turn to another place
            # tells another item of the news, and the paragraphs after it go on with the news, not with that act
            return []
        if days:
            return days
        weeks = [t for t in acts if t.value.historical and (s := doc.sentence_of(t.start)) is not None
                 and not _cued(doc, s) and not _OPENING_TIME_RE.match(doc.text, p.start, t.start)
                 and not _EARLIER_ACT_WORD_RE.search(doc.text, s.start, t.start)]
        if weeks and p.start < paras[:LEAD_PARAGRAPHS][-1].end \
                and any(p.start <= a.start < p.end for a in doc.layer("triggers")):
            # "قصفت طائرات روسية، الأسبوع الماضي، مواقع …" then "وأفاد مراسلنا بأنّ الغارات استهدفت …": the paragraph
            # dates its act only to an earlier week ("منذ أيام", "الأسبوع الماضي"), and the next goes on telling that
            # act in that week, not on the publication day (ACLED: the week, precision 2).  Only the lead's act: a
            # later paragraph that opens on the week ("وقبل أيام، قُتل …") is a flashback the text comes back from
            return weeks
        if _opens_ongoing(doc, p) or _shifts_topic(doc, p):
            # "وتواصل الفصائل خوض المعارك …": the text is back at the time of writing, whatever day (even a
            # biography's, "في 8 آذار 2003") it named before; "على صعيد آخر، …": another matter, whose day is
            # not the one named before it
            return []
    if entry is not None:
        return []
    return [t for t in _lead_period(doc) if t.start < para.start]


# what a news clause came after, between its day and an earlier day (normalised): "بعد", "عقب", "أعقبت", "تلت"
_CAME_AFTER_RE = re.compile(r"(?<!\w)(?:بعد|عقب|اعقب|اعقبت|تلت|تلا)(?!\w)")


# a news act told as a new round of an earlier one (normalised): "تجددت الاشتباكات", "تواصلت المواجهات", "عاد
# القصف", "استؤنفت المعارك"
_RENEWED_RE = re.compile(r"(?<!\w)[وف]?(?:تتجدد|يتجدد|تواصل|تواصلت|استمر|استمرت|عاد|عادت|استؤنف|استؤنفت"
                         r"|اندلعت\s+مجددا|تجدد\w*)(?!\w)")


def _before_news_cut(doc: Document, days: list[Span]) -> list[Span]:
    """The days of an earlier paragraph, without a last one that only tells what the news came after ("تجددت
    الاشتباكات صباح اليوم في البلدة، بعد ليلة من الهدوء أعقبت مواجهات شهدتها أمس الأحد"): an earlier day than a
    day of the same sentence that tells a new round of an act ("تجددت"، "تواصلت"، "عاد"), told after it behind
    "بعد"/"عقب"/"أعقبت", is the earlier round, background of that news, and the next
    paragraph goes on with the news ("وأشارت إلى أنّ الأسلحة استُخدمت في الاشتباكات …"), not with it.  Not where the
    sentence counts a toll risen: the update is of the earlier act, which the next paragraph may tell."""
    last = days[-1]
    s = doc.sentence_of(last.start)
    if s is None or not _is_day(last.value):
        return days
    nt = doc.normalized()
    for e in reversed(days[:-1]):
        if not (s.start <= e.start < s.end) or not _is_day(e.value) or e.value.date <= (last.value.end
                                                                                      or last.value.date):
            continue
        if _TOLL_ACT_RE.search(nt.slice_norm(s.start, last.start)) or _dates_attribution(doc, e):
            return days
        if (e.value.date - (last.value.end or last.value.date)).days > WEEK_DAYS and _of_a_document(doc, last, []):
            # "انتشرت وحدات الجيش أمس في المدينة، بعد انسحاب …، تنفيذاً للاتفاق الموقع في العاشر من آذار الماضي": a
            # day weeks before the sentence's own day, told after it, that dates a signed agreement or a decree the
            # news is set against (_of_a_document); the next paragraph goes on with the news day
            return days[:days.index(e) + 1]
        between = nt.slice_norm(e.end, last.start)
        if _CAME_AFTER_RE.search(between) and _RENEWED_RE.search(nt.slice_norm(s.start, e.start)):
            return days[:days.index(e) + 1]
        return days
    return days


def _entry_opening(doc: Document, pos: int) -> int | None:
    """In a live blog (:func:`_live_blog`), the start of the clock line that opens the entry ``pos`` lies in (the
    last one at or before ``pos``: "17:05" on a line of its own, or "08:05 | عاجل: …"); None elsewhere or before the
    first entry."""
    if not _live_blog(doc):
        return None
    cached = doc.meta.get("time_clock_lines")
    if cached is None:
        cached = [m.start() for m in _CLOCK_LINE_RE.finditer(doc.text)]
        doc.meta["time_clock_lines"] = cached
    starts = [k for k in cached if k <= pos]
    return starts[-1] if starts else None


# the words of a day heading besides its time ("الأربعاء 5 حزيران", "تحديثات الخميس 6 حزيران"): few
_HEADING_WORDS = 2


def _day_heading(doc: Document, p: Span, times: list[Span]) -> list[Span]:
    """The day of paragraph ``p`` when it is only a day heading (a day time and at most ``_HEADING_WORDS`` other
    words); [] otherwise."""
    own = [t for t in times if p.start <= t.start < p.end and _is_day(t.value)]
    if len(own) != 1:
        return []
    rest = doc.text[p.start:own[0].start] + " " + doc.text[own[0].end:p.end]
    return own if len(re.findall(r"[^\W\d_]{2,}", rest)) <= _HEADING_WORDS else []


# a trailing attribution that a day ends ("…، بحسب ما أفاد مراسل الميادين اليوم الثلاثاء", "وفق ما ذكرت وسائل إعلام
# رسمية أمس", "حسبما نقلت القناة الأحد"): the source's verb of telling after "بحسب/وفق/حسب (ما)" (normalised text)
_ATTRIBUTION_TAIL_RE = re.compile(r"(?<!\w)(?:[وف]?بحسب|حسب|حسبما|وفق|وفقا|طبقا)(?:\s+(?:ما|لما))?\s+"
                                  r"(?:افاد|افادت|افاده|افادته|اعلن|اعلنت|اعلنه|اعلنته|ذكر|ذكرت|ذكره|ذكرته|نقل|نقلت"
                                  r"|نقلته|قال|قالت|اكد|اكدت|اكده|اكدته|اورد|اوردت|اوردته)(?!\w)[^،,.؛:]*[،,]?\s*$")


# only a connective, spaces and punctuation before a time: the time opens its paragraph ("وقبل أيام، …")
_OPENING_TIME_RE = re.compile(r"\W*[وف]?\W*$")


# a word before a time in its sentence that names another, earlier act the time may date ("بعد ساعات على كشف …
# عن لقاء …، الأسبوع الماضي، خرجت تظاهرات": the meeting's week, not the protests)
_EARLIER_ACT_WORD_RE = re.compile(r"(?<!\w)[وف]?(?:بعد|عقب|إثر|اثر|أعقاب|منذ|(?<!من )قبل|غرار)(?!\w)")


def _dates_attribution(doc: Document, t: Span) -> bool:
    """Whether the day ``t`` closes an attribution of its clause ("…، بحسب ما أفاد مراسلنا اليوم"): it dates the
    telling, not the act the clause before it told."""
    nt = doc.normalized()
    return bool(_ATTRIBUTION_TAIL_RE.search(nt.slice_norm(max(0, t.start - 80), t.start)))


def _lead_period(doc: Document) -> list[Span]:
    """The recent days the lead frames the article's news by, when it names no day (cached in ``doc.meta``):
    its first week-level time of the news ("يعلن استهداف 3 سفن، خلال الأيام الأخيرة", "في الآونة الأخيرة", "هذا
    الأسبوع"), outside a relative clause, a bound or a background sentence, and not one that recalls an earlier
    act ("قبل أيام", "مؤخراً", "الأسبوع الماضي": background, whose act the body need not go on telling).  A body
    sentence that no day reaches goes on telling the news of those days, not of the publication day (ACLED:
    the week, precision 2, not a day the text does not give)."""
    cached = doc.meta.get("time_lead_period")
    if cached is None:
        cached = []
        paras = doc.layer("paragraphs")
        if paras and not _lead_days(doc)[1]:
            end = paras[:LEAD_PARAGRAPHS][-1].end
            for t in _times(doc):
                if t.start >= end:
                    break
                v: TimeValue = t.value
                if v.granularity == "week" and not v.historical and not _is_boundary(doc, t) \
                        and not _in_relative(doc, t) and not _future(doc, t):
                    s = doc.sentence_of(t.start)
                    if s is None or not _cued(doc, s):
                        cached = [t]
                        break
        doc.meta["time_lead_period"] = cached
    return cached  # type: ignore[no-any-return]


# a paragraph that opens on the pluperfect "كان" ("وكان الأمين العام أكد في 17 تموز …", "وكانت القوات قد …")
# or on "يُذكر أنّ" / "يُشار إلى أنّ" recalls an earlier act or statement in passing: the paragraph after it
# does not go on telling the day it names (normalised text)
_RECALL_OPENING_RE = re.compile(r"^\W*[وف]?(?:(?:كان|كانت|كانوا)\s|(?:يذكر|يشار)\s)")


def _opening_paragraphs(doc: Document, key: str, opens: Callable[[str], bool]) -> frozenset[int]:
    """The starts of the paragraphs whose normalised text ``opens`` accepts (cached in ``doc.meta`` under
    ``key``: every event's date looks back over the same paragraphs).  The whole paragraph is read: a cut at
    its end comes straight from the document's view, the tests are anchored at its start."""
    cached = doc.meta.get(key)
    if cached is None:
        heads: list[tuple[int, str]] | None = doc.meta.get("time_paragraph_norms")
        if heads is None:  # the paragraphs' normalised texts, read once for every key
            nt = doc.normalized()
            heads = [(p.start, nt.slice_norm(p.start, p.end)) for p in doc.layer("paragraphs")]
            doc.meta["time_paragraph_norms"] = heads
        cached = frozenset(start for start, head in heads if opens(head))
        doc.meta[key] = cached
    return cached  # type: ignore[no-any-return]


# a connective that turns to another matter ("على صعيد آخر، أفاد مراسلنا …", "من جهة أخرى", "في سياق منفصل"):
# the paragraph it opens does not go on telling the day of the paragraph before (normalised text)
_OTHER_MATTER_RE = re.compile(
    r"^\W*[وف]?(?:علي|في|من)\s+(?:صعيد|سياق|جهه|ناحيه|شان|موضوع)\s+(?:اخر|اخري|منفصل|مختلف)(?!\w)")


# a roundup paragraph that turns to another place ("وفي ريف حلب الشمالي، …", "وفي مدينة طفس المجاورة، …", "وفي بلدة
# …"): another item of the news, like a turn to another matter; its yesterday is recalled only for its distance
# (normalised text: "وفي" + a kind of place + up to 5 words, then a comma)
_OTHER_PLACE_RE = re.compile(
    r"^\W*[وف]?في\s+(?:مدينه|بلده|قريه|ريف|محافظه|حي|مخيم|منطقه|باديه|ناحيه)\s+(?:[^\s،,.؟!]+\s+){0,5}?"
    r"[^\s،,.؟!]+\s*[،,]")


PLACE_TURN_WORDS = 4  # the most words between the comma of the turn to another place and the time of its clause
# between the turn's comma and a time further on: another act, an earlier one, or a likeness ("على غرار هجوم يوم أمس",
# "بعد أيام من …", "إثر خلاف نشب …") that the time may date instead of the clause's own act
_PLACE_TURN_OTHER_RE = re.compile(
    r"(?<!\w)(?:على غرار|غرار|مماثل|مماثلة|مماثلاً|شبيه|شبيهة|بعد|عقب|إثر|اثر|أعقاب|(?<!من )قبل|منذ|ردا|رداً|ردّاً)(?!\w)"
    r"|(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين|اللواتي)(?!\w)")


# a turn to a part of the country or of a region ("وفي شرق البلاد، …", "وفي الشمال السوري، …", "وفي جنوب سوريا، …")
# (normalised text: "وفي" + a word of direction + up to 3 words, then a comma)
_DIRECTION_TURN_RE = re.compile(
    r"^\W*[وف]?في\s+(?:ال)?(?:شرق|غرب|شمال|جنوب|وسط)(?:ي)?(?:\s+[^\s،,.؟!]+){0,3}?\s*[،,]")
# a turn to a place told by its bare name ("وفي السويداء، …", "وفي دير الزور، …"): "وفي" then the words up to the
# comma (normalised text), which must be one place mention of the places layer
_NAMED_TURN_RE = re.compile(r"^(\W*[وف]?في\s+)((?:[^\s،,.؟!]+\s+){0,3}?[^\s،,.؟!]+)\s*[،,]")


def _place_turn_paragraph(doc: Document, para: Span) -> bool:
    """Whether the paragraph ``para`` opens on a turn to another place of a roundup ("وفي ريف حلب، …", "وفي شرقي
    المدينة أيضاً، …", "وفي السويداء، …"), whatever its clause's time."""
    if para.start in _opening_paragraphs(
            doc, "time_other_place_paragraphs",
            lambda head: bool(_OTHER_PLACE_RE.match(head) or _DIRECTION_TURN_RE.match(head))):
        return True
    return bool(doc.layer("places")) and _turns_to_named_place(doc, para, doc.normalized().slice_norm(para.start,
                                                                                                   para.end))


def _turns_to_named_place(doc: Document, para: Span, head: str) -> bool:
    """Whether the paragraph ``para`` (normalised ``head``) opens on "وفي" and a place named by its bare name up to the
    turn's comma: the words between are those of a place mention (not a time: "وفي تموز الماضي، …")."""
    m = _NAMED_TURN_RE.match(head)
    if m is None:
        return False
    cut = min((k for k in (doc.text.find("،", para.start, para.end), doc.text.find(",", para.start, para.end))
               if k >= 0), default=-1)
    if cut < 0 or any(para.start <= t.start < cut for t in _times(doc)):
        return False
    words = len(m.group(2).split())
    return any(para.start <= p.start and p.end <= cut and len(doc.text[p.start:p.end].split()) >= words
               and not doc.text[para.start:p.start].split()[1:] for p in doc.layer("places"))


def _opens_place_turn(doc: Document, t: Span) -> bool:
    """Whether the time ``t`` dates the first clause of a paragraph that opens on a turn to another place of a
    roundup ("وفي ريف درعا الغربي، دارت مساء أمس …", "وفي شرق البلاد، لقي …", "وفي السويداء، نظّم …"): at most
    ``PLACE_TURN_WORDS`` words after the turn's comma, not a time told further on ("وفي بلدة …، حاول مستوطنون
    تنفيذ هجوم على غرار هجوم يوم أمس")."""
    para = _paragraph_of(doc, t.start)
    if para is None:
        return False
    turns = para.start in _opening_paragraphs(
        doc, "time_other_place_paragraphs",
        lambda head: bool(_OTHER_PLACE_RE.match(head) or _DIRECTION_TURN_RE.match(head)))
    if not turns and doc.layer("places"):
        head = doc.normalized().slice_norm(para.start, para.end)
        turns = _turns_to_named_place(doc, para, head)
    return turns and _dates_turned_clause(doc, t, para)


def _dates_turned_clause(doc: Document, t: Span, para: Span) -> bool:
    """Whether the time ``t`` dates the clause that follows the comma of the turn that opens ``para``: at most
    ``PLACE_TURN_WORDS`` words after the comma, or further on in the paragraph's first sentence, outside a relative
    clause, with no other act or comparison between ("وفي ريف دير الزور، قُتل شاب برصاص مجهولين قرب بلدة …، مساء
    أمس"; not "…، حاول مستوطنون تنفيذ هجوم على غرار هجوم يوم أمس")."""
    head = doc.text[para.start:t.start]
    cut = min((k for k in (head.find("،"), head.find(",")) if k >= 0), default=-1)
    if cut < 0:
        return False
    if len(head[cut + 1:].split()) <= PLACE_TURN_WORDS:
        return True
    sent = doc.sentence_of(t.start)
    return sent is not None and sent.start <= para.start + cut and not _in_relative(doc, t) \
        and not _PLACE_TURN_OTHER_RE.search(doc.text, para.start + cut, t.start)


# a paragraph that opens on a connective of another item of the news ("وفي سياق متصل، …", "في السياق ذاته، …", "وفي
# حادثة منفصلة، …", "وفي أحدث حوادث الاغتيال، …", "إلى ذلك، …", "إضافة إلى ذلك، …"; "في الأثناء، …", "وفي غضون ذلك، …",
# "وفي سياق آخر، …", "من جهة أخرى، …"), up to the connective's comma, or on an additive "كما" before its act ("كما
# انفجرت عبوة ناسفة، مساء الإثنين، …"; not "كما أفاد …", "كما سبق أن …": a report or a recall) (normalised text)
_RELATED_ITEM_RE = re.compile(
    r"^\W*(?:[وف]?في\s+(?:(?:ال)?سياق\s+(?:متصل|ذاته|نفسه|ذي\s+صله|مماثل)|حادث(?:ه)?\s+(?:منفصله|مماثله|مشابهه|اخري)"
    r"|(?:احدث|اخر)\s+(?:[^\s،,.؟!]+\s+){0,2}?[^\s،,.؟!]+)|[وف]?(?:اضافه\s+)?الي\s+ذلك"
    r"|[وف]?في\s+(?:(?:هذه\s+)?الاثناء|غضون\s+ذلك)"
    r"|[وف]?(?:علي|في|من)\s+(?:صعيد|سياق|جهه|ناحيه)\s+(?:اخر|اخري|منفصل))\s*[،,]")
# an additive "كما" that opens a paragraph right before its act ("كما انفجرت عبوة ناسفة، مساء الإثنين، …"; not "كما
# أفاد …", "كما سبق أن …": a report or a recall): another item of the news where it names its day by a weekday; with
# "أمس" or a calendar date after the lead's day ("كما استهدفت المقاومة، أمس، …", "…، في 29 تشرين الأول، …") it adds
# earlier acts to the lead's, a background of it (normalised text)
_ADDED_ITEM_RE = re.compile(
    r"^\W*[وف]?كما\s+(?!(?:(?:سبق|ذكر|افاد|اشار|اعلن|قال|اكد|اوضح|لفت|نقل)ت?|يذكر|يشار|هو|هي|ان|انه|انها)(?!\w))")


def _opens_news_item(doc: Document, t: Span) -> bool:
    """Whether the time ``t`` dates the first clause of a paragraph that opens on a connective of another, related
    item of the news (:data:`_RELATED_ITEM_RE`; one of another matter, "من ناحية أخرى، …", only for yesterday: see
    :func:`_recalled`), and is no link of a chain of recalls: not where the next paragraph opens on an earlier time
    ("وفي سياق متصل، استهدف الطيران …، أمس السبت، …" then "ويوم الجمعة الماضي، …", "وقبل أيام، …": the article's
    closing look back)."""
    para = _paragraph_of(doc, t.start)
    if para is None or not _dates_turned_clause(doc, t, para):
        return False
    if para.start not in _opening_paragraphs(
            doc, "time_related_item_paragraphs", lambda head: bool(_RELATED_ITEM_RE.match(head))) \
            and (t.value.kind != "weekday" or para.start not in _opening_paragraphs(
                doc, "time_added_item_paragraphs", lambda head: bool(_ADDED_ITEM_RE.match(head)))):
        return False
    paras = doc.layer("paragraphs")
    nxt = next((p for p in paras if p.start >= para.end), None)
    if nxt is None:
        return True
    return not any(nxt.start <= u.start < nxt.end and doc.text[nxt.start:u.start].strip() in _RECALL_CHAIN_HEADS
                   and (u.value.end or u.value.date) < t.value.date for u in _times(doc))


# what may stand before the time that opens a paragraph of a chain of recalls ("ويوم الجمعة الماضي، …", "وقبل أيام، …")
_RECALL_CHAIN_HEADS = frozenset({"", "و", "ف", "يوم", "ويوم", "في", "وفي"})


def _shifts_topic(doc: Document, para: Span) -> bool:
    """Whether the paragraph opens on a connective that turns to another matter."""
    return para.start in _opening_paragraphs(doc, "time_other_matter_paragraphs",
                                             lambda head: bool(_OTHER_MATTER_RE.match(head)))


def in_recall_paragraph(doc: Document, pos: int) -> bool:
    """Whether ``pos`` lies in a paragraph that opens on a recall ("وكان …"، "يُذكر أنّ …")."""
    para = _paragraph_of(doc, pos)
    return para is not None and para.start in _recall_paragraphs(doc)


def _recall_paragraphs(doc: Document) -> frozenset[int]:
    """The starts of the paragraphs that open on a recall."""
    return _opening_paragraphs(doc, "time_recall_paragraphs", lambda head: bool(_RECALL_OPENING_RE.match(head)))


# a recall that opens on the pluperfect of a verb of saying ("وكانت وسائل إعلام إسرائيلية أفادت …", "وكان موقع
# القناة قد ذكر أنه …", "وكانت المقاومة، قد أعلنت …"): an earlier report, of the news or of a background act
# (normalised text; the subject between, up to 8 words, ends before the verb)
_REPORT_RECALL_RE = re.compile(r"^\W*[وف]?(?:كان|كانت|كانوا)\s+(?:[^\s.؟!]+\s+){0,8}?(?:قد\s+)?"
                               r"(?:افاد|افادت|اعلن|اعلنت|ذكر|ذكرت|قال|قالت|اكد|اكدت|نقل|نقلت|كشف|كشفت|اشار|اشارت"
                               r"|اوضح|اوضحت|نشر|نشرت|تحدث|تحدثت|اورد|اوردت)(?!\w)")


def _report_recall_paragraphs(doc: Document) -> frozenset[int]:
    """The starts of the paragraphs that open on the pluperfect of a verb of saying."""
    return _opening_paragraphs(doc, "time_report_recall_paragraphs",
                               lambda head: bool(_REPORT_RECALL_RE.match(head)))


def _of_the_news(doc: Document, t: Span) -> bool:
    """Whether the day time ``t`` is a day of the news: the publication day or one of the ``NEWS_DAYS`` before it,
    not a recalled one."""
    if doc.published is None:
        return False
    v: TimeValue = t.value
    gap = (doc.published - (v.end or v.date)).days
    return 0 <= gap <= NEWS_DAYS and not v.historical and not _recalled(doc, v, t.start)


# a sentence that opens on a verb of continuing ("وتتواصل التظاهرات", "ويواصل المحتجون", "ولا تزال الاشتباكات", "وتشهد
# المنطقة …"): the situation at the time of writing
# also after "يأتي ذلك فيما / في وقت / بينما" ("يأتي ذلك فيما يواصل الاحتلال قصفه …": the state of the time of
# writing the news comes amid, not the day told before)
_ONGOING_RE = re.compile(r"^\W*[وف]?(?:(?:ياتي|تاتي)\s+(?:ذلك|هذا)[،,]?\s*(?:فيما|بينما|في وقت|في حين)\s*)?"
                         r"(?:تتواصل|يتواصل|تواصل|يواصل|تستمر|يستمر|لا تزال|لا يزال|ما تزال|ما يزال"
                         r"|ما زالت|ما زال|مازالت|مازال|تشهد|يشهد)"
                         r"(?!\w)")


# a death notice: "زفّت المقاومة الشهيد …", "نعت الحركة القائد …", "تنعى العائلة …" (normalised text)
_NOTICE_RE = re.compile(r"^\W*[وف]?(?:زفت|زف|تزف|يزف|زفوا|نعت|نعي|تنعي|ينعي|نعوا|نعتا)(?!\w)")


def _ongoing(doc: Document, sent: Span) -> bool:
    """Whether ``sent`` opens on a verb of continuing, possibly after a connective of simultaneity ("بالتزامن،
    يواصل الجيش قصف البلدات …", "في الأثناء، تتواصل الغارات …"): the state of the time of writing, not the day
    of an act an earlier paragraph recalled ("… الذي جرى الخميس الماضي")."""
    head = doc.normalized().slice_norm(sent.start, sent.end)
    lead = _LEAD_CONNECTIVE_RE.match(head)
    return bool(_ONGOING_RE.match(head[lead.end():] if lead else head))


# a connective that may lead a paragraph of continuing ("بالتوازي، تواصل الأجنحة العسكرية …", "في الأثناء، يواصل
# الجيش …", "ميدانياً، تتواصل …") (normalised text)
_LEAD_CONNECTIVE_RE = re.compile(r"^\W*[وف]?(?:بالتوازي|بالتزامن|في الاثناء|في غضون ذلك|الى ذلك|ميدانيا|ميدانياً)"
                                 r"\s*[،,]\s*")


def _continuing_head(head: str) -> bool:
    """The normalised paragraph opens on a sentence of continuing, possibly after a connective."""
    lead = _LEAD_CONNECTIVE_RE.match(head)
    m = _ONGOING_RE.match(head[lead.end():] if lead else head)
    return m is not None and "شهد" not in m.group()  # "وتشهد للشهيد …" bears witness, it does not go on


def _opens_ongoing(doc: Document, para: Span) -> bool:
    """Whether the paragraph (of the document's ``paragraphs`` layer) opens on a sentence of continuing."""
    return para.start in _opening_paragraphs(doc, "time_ongoing_paragraphs", _continuing_head)


# a relative clause right after its noun ("ضحايا الهجوم الذي تعرّضت له البلدة أمس"): its time dates the
# act the clause names to identify it, not the act the text goes on to tell (the relative pronouns but the
# nominative duals, as geo.assign's relative clauses; the noun may end in a short vowel or tanween: "شهيداً الذي")
_REL_RE = re.compile(rf"\w[\u064B-\u0652]*\s+[وف]?{alternation(RELATIVE_PRONOUNS - RELATIVE_DUAL_NOMINATIVE)}"
                     r"\s[^،,.؛:«»\"]*$")


def _in_relative(doc: Document, t: Span) -> bool:
    return bool(_REL_RE.search(doc.text[max(0, t.start - 50):t.start]))


# a passive clause that describes a thing by how it was set up, with or without a relative pronoun: "التي تم
# تثبيتها …", "منظومة تجسسية، تم تثبيتها …", "آليات جرى استقدامها …" (up to a time after it; no comma inside)
_OBJECT_CLAUSE_RE = re.compile(rf"(?<!\w)(?:[وف]?{alternation(RELATIVE_PRONOUNS - RELATIVE_DUAL_NOMINATIVE)}\s+)?"
                               r"(?:تم|تمّ|جرى|يتم|يجري)\s+\w+?(?:ه|ها|هم|هما)\s[^،,.؛:«»\"]*$")
_DEFINITE_RE = re.compile(r"^[وفبل]?(?:ال|لل)")
OBJECT_NOUN_WORDS = 3  # how near before the clause an act noun must be for the clause to describe that act


def _in_aside(doc: Document, t: Span) -> bool:
    """Whether ``t``, a month or a year, lies in an aside that tells who a person is ("قُتل الشاب م. ع، وهو عنصر
    سابق انضم إلى التسوية عام 2018، برصاص …"): it dates the person's past, never the act.  A period (weeks, months,
    a year; not a day) in the clause that says who is among the people the act hit ("اعتقلت القوات 11 شخصاً، بينهم
    عناصر سابقون أجروا تسويات خلال الأسابيع الماضية") likewise dates those people's past."""
    if t.value.granularity in ("week", "month", "year") and not _is_day(t.value) \
            and _AMONG_CLAUSE_RE.search(doc.normalized().slice_norm(max(0, t.start - 120), t.start)) is not None:
        among = [m.start() for m in _AMONG_WORD_RE.finditer(doc.text, max(0, t.start - 120), t.start)]
        # (not where the clause tells an act of its own before the time: "بينهم المتورط في تفجير سوق الكرادة في تموز
        # عام 2016" dates that bombing)
        if among and (t.value.granularity == "week" or not any(among[-1] <= a.start < t.start
                                                                for a in doc.layer("triggers"))):
            return True  # (a span of weeks is the people's recent past, whatever act words the clause holds)
    if not (_is_day(t.value) and t.value.end is None) \
            and _REPEATED_CLAUSE_RE.search(doc.normalized().slice_norm(max(0, t.start - 120), t.start)) is not None:
        # "أغلقوا أبواب الشعبة باللحام، في خطوة رمزية تكررت في أكثر من بلدة خلال الأيام الماضية": the period dates the
        # step's earlier repeats elsewhere, not the act the sentence tells
        return True
    if t.value.granularity not in ("month", "year"):
        return False
    return PERSON_ASIDE.search(doc.text, max(0, t.start - 120), t.start) is not None \
        or _AFFILIATION_CLAUSE_RE.search(doc.normalized().slice_norm(max(0, t.start - 120), t.start)) is not None


# the clause, after a comma, that says the act was a step repeated before ("، في خطوة تكررت في أكثر من بلدة …"،
# "، وهو مشهد يتكرر …") up to the time (normalised text, no break between); a verb, not the adjective of an act
# noun ("محاولات قواته المتكررة في الأيام الماضية": the attempts themselves are of those days)
_REPEATED_CLAUSE_RE = re.compile(r"[،,][^،,.؛:]*(?<!\w)(?:تكرر|تكررت|يتكرر|تتكرر)(?!\w)[^،,.؛:]*$")


# the clause, after a comma, that says who is among the people an act hit ("، بينهم عناصر سابقون …", "، من بينهم
# نساء …", "، منهم ثلاثة …"), up to the time (normalised text, no break between)
_AMONG_WORD_RE = re.compile(r"(?<!\w)[وف]?(?:بينهم|بينهن|بينهما|منهم|منهن|منهما)(?!\w)")  # original text
_AMONG_CLAUSE_RE = re.compile(r"[،,]\s*[وف]?(?:من\s+)?(?:بينهم|بينهن|بينهما|منهم|منهن|منهما)(?!\w)[^،,.؛:]*$")


# a clause of the pluperfect with a verb of affiliation before a month or a year ("اغتيال قيادي سابق، كان قد انضم
# إلى التسوية عام 2018، برصاص …"; normalised text): the person's past step, as in an aside (_past_affiliation); so
# is a relative clause of the same verb ("قيادي سابق، من الذين أجروا التسوية عام 2018"، "عنصر، ممن انشقوا عام 2012")
_AFFILIATION_CLAUSE_RE = re.compile(rf"[،,]\s*(?:(?:كان|كانت|كانوا)\s+قد|(?:من\s+)?(?:الذين|الذي|التي)|ممن)\s+"
                                    rf"{alternation(_AFFILIATION_VERBS)}(?!\w)[^،,.؛]*$")


# the noun of a count of the dead, wounded or held right before a time, which names the period counted ("عدد شهداء
# هذا الشهر", "حصيلة قتلى الأسبوع الماضي", "إجمالي الضحايا منذ بداية العام"; normalised text)
_COUNT_PERIOD_RE = re.compile(r"(?<!\w)(?:عدد|حصيله|اجمالي)\s+(?:ال)?(?:شهداء|قتلي|ضحايا|جرحي|مصابين|اصابات|معتقلين)"
                              r"\s*$")

# the same noun of a toll right before a month or a week ("حصيلة تشرين الأول", "إجمالي الشهر الماضي")
_TOLL_PERIOD_RE = re.compile(r"(?<!\w)[وف]?(?:حصيله|اجمالي)\s*$")


def _of_a_count(doc: Document, t: Span) -> bool:
    """Whether ``t`` is the period of a count it follows (:data:`_COUNT_PERIOD_RE`): "وتشير إلى أنّ عدد شهداء هذا
    الشهر …" tells how many died in the month, not the day of the death the sentence reports."""
    nt = doc.normalized()
    head = nt.slice_norm(max(0, t.start - 40), t.start)
    # (a toll of a month or a week named right after its noun, "حصيلة تشرين الأول في درعا: 37 قتيلاً": a monitor's
    # tally of the period, whatever acts the sentence also tells)
    return bool(_COUNT_PERIOD_RE.search(head)) or (
        t.value.granularity != "day" and _TOLL_PERIOD_RE.search(head) is not None)


def _of_an_object(doc: Document, t: Span, triggers: list[Span]) -> bool:
    """Whether ``t`` lies in a passive clause, after the act's word, that describes a thing the act hit rather than
    an act: "استهدفوا منظومة تجسس تم تركيبها مؤخراً", "التجهيزات التي تم تثبيتها مؤخراً".  Its time dates the
    thing (its setting up), never the act, which the sentence tells with a time of its own or none.  Not when the
    clause describes an act noun right before it ("الهجوم الذي تم تنفيذه أمس": the attack's day), nor when an act
    word stands in the clause before the time ("تم استهدافها أمس": an act, with its day)."""
    first = min((a.end for a in triggers), default=None)
    return first is not None and t.start > first and _in_object_clause(doc, t, first)


# an agreement, a truce or a decree that a participle of signing or issuing describes, up to the time right after it
# ("رغم اتفاق وقف إطلاق النار الموقّع بين روسيا وتركيا في آذار 2020"، "الهدنة المبرمة مطلع العام"، "القرار الصادر
# في 3 أيار"): the time dates the document, never an act the sentence tells
_DOCUMENT_CLAUSE_RE = re.compile(
    r"(?<!\w)(?:[وبلف]?(?:ال)?|[وف]?لل)(?:اتفاق|اتفاقية|اتفاقيات|تفاهم|تفاهمات|هدنة|معاهدة|قرار|مرسوم)(?!\w)[^.،,؛:\n]{0,60}?"
    r"(?<!\w)(?:ال)?(?:مو[\u064b-\u0652]*ق[\u064b-\u0652]*ع|مو[\u064b-\u0652]*ق[\u064b-\u0652]*عة|مبرم|مبرمة|صادر|صادرة)"
    r"[\u064b-\u0652]*(?!\w)(?:\s+[^\s.،,؛:]+){0,5}?\s+(?:(?:في|عام|بتاريخ|تاريخ)\s+)?$")


def _of_a_document(doc: Document, t: Span, triggers: list[Span]) -> bool:
    """Whether ``t`` closes a phrase that describes a signed agreement or an issued decree (:data:`_DOCUMENT_CLAUSE_RE`)
    with no word of the act in it: "وتتعرض المدينة لقصف متكرر رغم اتفاق التهدئة الموقّع في آذار 2020، وكانت قد شهدت
    في تشرين الأول قصفاً …" is dated by October, not by the agreement's March.  Not where the act's word lies in the
    phrase (the agreement is the act: "وقّع الطرفان اتفاقاً …")."""
    m = _DOCUMENT_CLAUSE_RE.search(doc.text, max(0, t.start - 120), t.start)
    return m is not None and not any(m.start() <= a.start < t.start for a in triggers)


def _in_object_clause(doc: Document, t: Span, start: int = 0) -> bool:
    """Whether ``t`` lies in a passive clause that describes a thing (see :func:`_of_an_object`), opened after
    ``start``."""
    m = _OBJECT_CLAUSE_RE.search(doc.text, max(start, t.start - 60), t.start)
    if m is None:
        return False
    acts = doc.layer("triggers")
    if any(m.start() <= a.start < t.start for a in acts):
        return False
    near = doc.text[max(0, m.start() - 80):m.start()].split()[-OBJECT_NOUN_WORDS:]
    lo = m.start() - len(" ".join(near)) - 2
    return not any(lo <= a.start < m.start() and _DEFINITE_RE.match(doc.text[a.start:a.end]) for a in acts)


# "وكان مراسلنا قد أفاد بـ…", "وكانت مصادر قد ذكرت أنّ …": the pluperfect of a verb of saying recalls an
# earlier report of the news, not a background act
_REPORT_VERB_RE = re.compile(
    r"\s*(?:أفاد|أفادت|افاد|افادت|أعلن|أعلنت|اعلن|اعلنت|ذكر|ذكرت|قال|قالت|أكد|أكدت|اكد|اكدت|أكّد|أكّدت|"
    r"نقل|نقلت|كشف|كشفت|أشار|أشارت|اشار|اشارت|تحدث|تحدثت|تحدّث|تحدّثت|أوضح|أوضحت|نشر|نشرت)(?!\w)")


def _recalls_report(doc: Document, cue: Span) -> bool:
    """Whether the background cue ``cue`` ("كان … قد") is the pluperfect of a verb of saying."""
    return bool(_REPORT_VERB_RE.match(doc.text, cue.end))
