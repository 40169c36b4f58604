"""Session 19 (sc6): real reports that the rule layer in front of the sentence scorer declined — shelling told right
after a connective of the news ("وفي سياق متصل، سقطت قذائف …"), arrests told as a campaign's result ("أسفرت الحملة عن
القبض على سبعة …"), a like protest in another town ("كما شهدت مدينة X وقفة مماثلة"), a background blast told in the
pluperfect with its own date and no toll; and the guards they need: war remnants blown up on purpose are no attack,
and "منذ سنوات" after the missing or the detained does not make the day's protest background."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 7, 3)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def _subs(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["sub_event_type"]) for r in _rows(text, on)]


# --- a connective of the news before an unattributed act
def test_shells_after_related_news_connective() -> None:
    text = ("أعلنت مديرية الأوقاف افتتاح مسجد جديد في المدينة أمس.\n"
            "وفي سياق متصل، سقطت قذائف هاون على أطراف بلدة نوى مساء الثلاثاء، ولم يُعرف مصدرها.")
    assert "Shelling/artillery/missile attack" in _subs(text)


def test_two_shells_fell_after_ila_dhalik() -> None:
    # "سقطت قذيفتان" (the dual) is a verb of shelling as "سقطت قذائف" is (triggers.tsv)
    text = ("عقد المجلس المحلي اجتماعاً لبحث ملف المياه.\n"
            "إلى ذلك، سقطت قذيفتان صاروخيتان على أطراف مدينة جاسم صباح اليوم دون وقوع إصابات.")
    assert "Shelling/artillery/missile attack" in _subs(text)


def test_connective_then_statement_stays_out() -> None:
    # guard: a connective before a threat is no report of an act
    text = "وفي سياق متصل، هدد قائد الفصيل بقصف مواقع القوات الحكومية في بلدة نوى إذا استمرت الحملة."
    assert not [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]


# --- arrests as a campaign's result
def test_campaign_resulted_in_counted_arrests() -> None:
    text = ("أطلقت قيادة الأمن الداخلي حملة تمشيط في قرى ريف جبلة يوم الأربعاء بحثاً عن متهمين بالهجوم على دوريات.\n"
            "وأسفرت الحملة عن القبض على خمسة مطلوبين في بلدة الدالية.")
    assert "Arrests" in _subs(text)


def test_raids_resulted_in_arrest_of_counted_men() -> None:
    text = ("نفذت دوريات الأمن العام مداهمات في مدينة طفس صباح الثلاثاء.\n"
            "وأسفرت المداهمات عن القبض على ثلاثة أشخاص متهمين بتجارة المخدرات.")
    assert "Arrests" in _subs(text)


# --- a like protest in another town
def test_like_vigil_in_another_town_is_its_own_event() -> None:
    # guard: the capital named as a city ("وسط مدينة درعا") already kept the like vigil apart
    text = ("تجمع العشرات من ذوي المعتقلين، ظهر الجمعة، في ساحة السير وسط مدينة درعا، رافعين لافتات تطالب "
            "بالإفراج عن أبنائهم.\nكما شهدت مدينة نوى وقفة مماثلة أمام مبنى البلدية.")
    places = {str(r["location"]) for r in _rows(text) if r["event_type"] == "Protests"}
    assert "Nawa" in places and len(places) == 2


def test_like_protests_in_several_cities_stay_a_mention() -> None:
    # guard: "شهدت مدن عدة" names no one place: no event of its own
    text = ("تجمع العشرات من ذوي المعتقلين، ظهر الجمعة، في ساحة السير وسط مدينة درعا، رافعين لافتات تطالب "
            "بالإفراج عن أبنائهم.\nكما شهدت مدن عدة وقفات مماثلة.")
    assert len([r for r in _rows(text) if r["event_type"] == "Protests"]) == 1


# --- a background blast in the pluperfect with its own date
def test_pluperfect_blast_last_month_is_a_historical_event() -> None:
    text = ("جرح عنصران من الأمن العام صباح السبت بانفجار عبوة ناسفة قرب مدينة طفس.\n"
            "وكانت عبوة مماثلة قد انفجرت الشهر الماضي قرب دوار بلدة داعل، دون أن تسفر عن إصابات.")
    rows = [r for r in _rows(text, dt.date(2025, 9, 14)) if r["event_type"] == "Explosions/Remote violence"]
    old = [r for r in rows if r["historical"]]
    assert old and str(old[0]["event_date"]).startswith("2025-08")


def test_recalled_killing_in_a_headline_stays_out() -> None:
    # guard: a relative clause of a recalled act inside another act's headline ("… اغتيل قبل شهر") is not recalled
    # on its own
    text = "محاولة اغتيال تستهدف أرملة مرشح للرئاسة اغتيل قبل شهر"
    assert not [r for r in _rows(text) if r["historical"]]


# --- guards
def test_war_remnants_blown_up_on_purpose_are_no_attack() -> None:
    text = ("سُمع دوي انفجار قوي صباح اليوم في محيط مدينة الصنمين، تبيّن أنه ناجم عن تفجير فرق الهندسة "
            "مخلّفات حربية جُمعت من الأراضي الزراعية.")
    assert not [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]


def test_remnants_that_went_off_still_kill() -> None:
    # guard: a blast of remnants that went off by itself is an event
    text = "قُتل طفل صباح اليوم بانفجار مخلفات حربية في بلدة المزيريب بريف درعا الغربي."
    assert _rows(text)


def test_missing_for_years_does_not_make_the_protest_background() -> None:
    text = ("تجمّع عشرات من الأهالي، ظهر الجمعة 9 أيار، في ساحة الكرامة وسط مدينة السويداء، رافعين لافتات تطالب "
            "بالكشف عن مصير المفقودين منذ سنوات.\nكما شهدت مدينة شهبا وقفة مماثلة أمام مبنى المنطقة.")
    rows = [r for r in _rows(text, dt.date(2025, 5, 10)) if r["event_type"] == "Protests"]
    assert rows and not any(r["historical"] for r in rows)


def test_shells_whose_source_is_named_with_a_dual_pronoun() -> None:
    # "مصدرهما X" (the dual of "مصدرها X"): X fired the two shells, it is not what was hit
    text = "سقطت قذيفتان مدفعيتان، صباح اليوم، على أطراف بلدة الرفيد، مصدرهما مواقع الجيش الإسرائيلي في الجولان."
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["inter1"] == 8 and rows[0]["inter2"] != 8
