"""Session 39 (dm23): Damascus, its countryside, Qalamoun and Quneitra.  A journey's start "في العاصمة دمشق" is no
place of an arrest; an earlier act told after "similar acts" or "not the first of its kind" and "إذ" is an event of
its own, at its own place; a reminder's pluperfect of air defences meeting an attack recalls that attack; blasts heard
as the air defences meet a strike are that strike; "تمكنت … من إلقاء القبض" reports an arrest; "توقيف عدد من" counts
the arrested; quoted slogans are no list of villages; Al-Hamidiyah of Quneitra is a place; the release of some of
those an arrest took is that arrest's sequel."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 4, 13)  # a Wednesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_journey_from_the_capital_is_not_the_arrest_place() -> None:
    rows = [r for r in _rows("اعتقل عناصر حاجز للأمن العسكري، صباح أمس الثلاثاء، ثلاثة طلاب من أبناء بلدة بلودان "
                             "على الحاجز الواقع عند المدخل الشمالي لمدينة الزبداني، أثناء عودتهم من جامعاتهم في "
                             "العاصمة دمشق.")
            if r["sub_event_type"] == "Arrests"]
    assert [r["location"] for r in rows] == ["Az-Zabdani"]


def test_not_the_first_of_its_kind_recalls_a_long_clause_act() -> None:
    rows = _rows("قتل مسلحون مجهولون رجلاً في بلدة الكسوة فجر اليوم. وليست هذه الحادثة الأولى من نوعها في ريف "
                 "دمشق، إذ نجا عضو آخر في المجلس المحلي بمدينة صيدنايا من محاولة اغتيال منتصف آذار الماضي، عندما "
                 "انفجرت عبوة ناسفة لاصقة زرعها مجهولون تحت سيارته، ما أسفر عن إصابته بجروح متوسطة.")
    past = [r for r in rows if r["historical"]]
    assert past and past[0]["event_type"] == "Explosions/Remote violence" and past[0]["location"] == "Sidnaya"
    assert str(past[0]["event_date"]).startswith("2022-03")


def test_similar_acts_then_idh_recalls_the_act_at_its_own_place() -> None:
    rows = _rows("خطف مسلحون مجهولون صاحب محل صرافة في مدينة جرمانا مساء أمس. وسبق أن شهدت المنطقة حوادث مماثلة، "
                 "إذ خُطف شاب في بلدة الكسوة مطلع شباط الماضي، وأُفرج عنه لاحقاً بعد دفع ذويه مبلغاً مالياً كبيراً "
                 "للخاطفين.")
    past = [r for r in rows if r["historical"]]
    assert past and past[0]["sub_event_type"] == "Abduction/forced disappearance"
    assert past[0]["location"] == "Kisweh" and str(past[0]["event_date"]).startswith("2022-02")


def test_reminder_of_air_defences_meeting_an_earlier_attack() -> None:
    rows = _rows("تصدت وسائط دفاعنا الجوي فجر اليوم لعدوان إسرائيلي بالصواريخ على محيط مدينة الكسوة. ويذكر أن "
                 "الدفاعات الجوية كانت قد تصدت في السابع من الشهر الماضي لعدوان إسرائيلي استهدف محيط دمشق.")
    past = [r for r in rows if r["historical"]]
    assert past and past[0]["event_type"] == "Explosions/Remote violence" and past[0]["event_date"] == "2022-03-07"


def test_blasts_heard_as_air_defences_meet_the_strike_are_that_strike() -> None:
    rows = _rows("استهدف عدوان جوي إسرائيلي بالصواريخ فجر اليوم نقاطاً عسكرية في محيط مدينة الكسوة، ما أدى إلى "
                 "إصابة جنديين. وسمع سكان في المنطقة الجنوبية دوي انفجارات في السماء ناجمة عن تصدي وسائط الدفاع "
                 "الجوي لأهداف معادية.")
    assert [r["location"] for r in rows if r["event_type"] == "Explosions/Remote violence"] == ["Kisweh"]


def test_managed_to_arrest_is_an_arrest() -> None:
    rows = _rows("وقال قائد الأمن الداخلي في المنطقة إن الحملة شملت مدينة النبك، حيث تمكنت الدوريات من إلقاء "
                 "القبض على ستة أشخاص من المطلوبين بتهم سرقة.")
    assert [r["location"] for r in rows if r["sub_event_type"] == "Arrests"] == ["An Nabk"]
    # (not negated: "لم تتمكن من" is no arrest)
    rows = _rows("وقال قائد الأمن الداخلي في المنطقة إن الدوريات لم تتمكن من إلقاء القبض على المطلوبين في مدينة "
                 "النبك.")
    assert not [r for r in rows if r["sub_event_type"] == "Arrests"]


def test_campaign_resulting_in_arrest_of_a_number_of_people() -> None:
    rows = _rows("وكانت قوى الأمن قد نفذت في 20 كانون الثاني الماضي حملة في مدينة النبك، أسفرت عن توقيف عدد من "
                 "المطلوبين.")
    assert [(r["sub_event_type"], r["event_date"]) for r in rows] == [("Arrests", "2022-01-20")]


def test_quoted_slogans_are_no_list_of_villages() -> None:
    rows = _rows("واعتصم عشرات من أهالي جرمانا ظهر اليوم أمام مبنى البلدية، رافعين لافتات كتب عليها \"نريد الأمان\" "
                 "و\"جرمانا ليست غابة\"، وطالبوا بملاحقة العصابات.")
    assert [r["location_mentions"] for r in rows if r["event_type"] == "Protests"] == [["جرمانا"]]


def test_hamidiyah_of_quneitra() -> None:
    rows = _rows("جرفت آليات إسرائيلية اليوم أراضي زراعية على أطراف بلدة الحميدية بريف القنيطرة.")
    assert [r["location"] for r in rows] == ["Al-Hamidiyah (Quneitra)"]


def test_release_of_some_of_the_arrested_is_the_arrest_sequel() -> None:
    rows = _rows("توغلت قوة إسرائيلية فجر اليوم في بلدة خان أرنبة بريف القنيطرة، واعتقلت أربعة شبان من أبناء "
                 "البلدة. وأفرجت القوة الإسرائيلية عن اثنين من الشبان الأربعة بعد ساعات قرب بلدة جبا.")
    assert [r["sub_event_type"] for r in rows if r["event_type"] == "Strategic developments"] == ["Arrests"]


def test_since_days_after_a_present_verb_of_lasting_does_not_date_the_act() -> None:
    rows = _rows("تظاهر عشرات من أهالي مدينة البعث بعد ظهر أمس رفضاً للتوغلات. وفي بلدة جبا، توجه شبان نحو أرض زراعية "
                 "حيث تعمل جرافات إسرائيلية منذ أيام على شق طريق، فأطلق جنود الاحتلال الرصاص باتجاههم، ما أدى إلى "
                 "إصابة شاب بجروح.")
    hit = [r for r in rows if r["location"] == "Jaba"]
    assert hit and all(r["event_date"] == "2022-04-12" and not r["historical"] for r in hit)
