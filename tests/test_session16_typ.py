"""Session 16 (event type and what is no event, in Syrian local outlets' wording: Daraa 24, SOHR, Syria TV,
Suwayda 24).

- a body found killed ("عُثر على جثة شاب مقتولاً بطلقات نارية") is a killing: the adjective "killed" is a trigger and
  counts one dead (two or more by the noun before it); a shot told by the round ("بطلق ناري") is firing as "برصاص";
- a monitor's tally of a whole month headed by its verb of counting stays no event even when it breaks the dead down
  by cause ("قُتل 12 منهم برصاص مجهولين، وأربعة جراء انفجار مخلفات الحرب");
- gunmen withdrawing from the streets ("انسحبت المجموعات المسلحة من شوارع البلدة") is no strategic development;
- shots fired into the air ("أطلقت القوات النار في الهواء") attack no one; fired to disperse people who gathered
  ("لتفريق الأهالي الذين تجمعوا") they make the gathering a protest with intervention.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

WEDNESDAY = dt.date(2025, 4, 2)


def _types(text: str) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in record_rows(text, WEDNESDAY)]


# --- a body found killed ----------------------------------------------------------------------------------


def test_body_found_killed_is_an_attack_with_one_dead() -> None:
    rows = record_rows("عُثر صباح اليوم على جثة الشاب محمود العلي مقتولاً بطلقات نارية في الرأس، على طريق زراعي قرب "
                       "مدينة طفس في ريف درعا الغربي، بعد يومين من انقطاع الاتصال به.", WEDNESDAY)
    assert [(r["event_type"], r["sub_event_type"], r["fatalities"]) for r in rows] == [
        ("Violence against civilians", "Attack", 1)]


def test_woman_found_killed_at_home() -> None:
    rows = record_rows("وُجدت امرأة مقتولة داخل منزلها في مدينة نوى صباح اليوم.", WEDNESDAY)
    assert [(r["event_type"], r["fatalities"]) for r in rows] == [("Violence against civilians", 1)]


def test_two_bodies_found_killed_count_two() -> None:
    rows = record_rows("عُثر على جثتي شابين مقتولين في بلدة الحراك بريف درعا الشرقي.", WEDNESDAY)
    assert [(r["event_type"], r["fatalities"]) for r in rows] == [("Violence against civilians", 2)]


def test_fighter_found_killed_is_a_fight_with_his_side() -> None:
    rows = record_rows("عُثر صباح اليوم على جثة عنصر من قوات سوريا الديمقراطية مقتولاً في بلدة ذيبان بريف دير الزور.",
                       WEDNESDAY)
    assert [(r["event_type"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Battles", "QSD: Syrian Democratic Forces", 1)]


# --- a month's tally broken down by cause ------------------------------------------------------------------


def test_month_tally_with_its_breakdown_is_no_event() -> None:
    assert _types("ووثّق مكتب التوثيق مقتل 27 شخصاً في محافظة درعا خلال شهر شباط الماضي، قُتل 10 منهم برصاص "
                  "مسلحين مجهولين، وثلاثة جراء انفجار ألغام.") == []


def test_month_tally_with_dead_among_them_is_no_event() -> None:
    assert _types("كما سجّلت الشبكة مقتل 9 مدنيين خلال الشهر الماضي في ريف إدلب، بينهم ثلاثة قتلوا بقصف "
                  "مدفعي.") == []


def test_killing_told_first_then_counted_stays_an_event() -> None:
    """Guard: the verb of the act opens the sentence; the tally verb after it does not head it."""
    assert _types("قُتل شاب برصاص مسلحين مجهولين في مدينة نوى اليوم، ووثّق المكتب الحادثة.") == [
        ("Violence against civilians", "Attack")]


# --- gunmen leaving the streets -----------------------------------------------------------------------------


def test_withdrawal_from_the_streets_is_no_event() -> None:
    assert _types("انسحبت المجموعات المسلحة التابعة لمجلس دير الزور العسكري من شوارع بلدة ذيبان، بعد انتشار استمر "
                  "يومين.") == []


def test_withdrawal_from_the_streets_after_a_truce_is_no_event() -> None:
    assert _types("وبعد وساطة الوجهاء انسحب المسلحون من الشوارع في مدينة جرمانا مساء اليوم.") == []


def test_withdrawal_from_a_town_is_still_an_event() -> None:
    """Guard: a force leaving a town is the strategic development it was."""
    assert ("Strategic developments", "Other") in _types("انسحبت قوات النظام من بلدة خان شيخون اليوم.")


# --- shots into the air ----------------------------------------------------------------------------------------


def test_shots_into_the_air_attack_no_one() -> None:
    assert _types("أطلق عناصر الحاجز الرصاص الحي في الهواء قرب بلدة داعل لترهيب المارة اليوم.") == []


def test_shots_into_the_air_to_disperse_a_gathering_make_a_protest_with_intervention() -> None:
    assert _types("أطلقت القوات الإسرائيلية النار في الهواء لتفريق عشرات الأهالي الذين تجمعوا في بلدة خان أرنبة "
                  "احتجاجاً على التوغل، دون وقوع إصابات.") == [("Protests", "Protest with intervention")]


def test_dispersing_people_who_demonstrated_is_an_intervention() -> None:
    assert _types("تدخلت الشرطة لتفريق المواطنين الذين تظاهروا أمام مبنى المحافظة في مدينة السويداء اليوم.") == [
        ("Protests", "Protest with intervention")]


def test_shots_at_a_car_stay_an_attack() -> None:
    """Guard: firing at someone is the attack it was."""
    assert _types("أطلق عناصر الحاجز النار على سيارة مدنية قرب بلدة داعل اليوم، ما أدى إلى إصابة سائقها.") == [
        ("Violence against civilians", "Attack")]
