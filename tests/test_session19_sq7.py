"""Session 19 (sq7): sequels and offsets — "ويأتي ذلك بعد يومين من مقتل …" dates the earlier act it names two days
before the news even after a bare "ذلك"; a sentence right after such a sequel that goes on with the earlier act
("وأدّى هذا الاستهداف إلى …") or counts from it ("وعقب يوم من الغارات على X، قُتل …") is dated from that act's
day, not the news day; a sentence that opens on a lapse after the act told before ("وبعد يوم من الغارات، شيّع
الأهالي …") names no new act by that noun; men held "suspected of taking part in the attack" ("يُشتبه في مشاركتهم
بالهجوم") are held for the earlier act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _violent(text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["event_type"] != "Strategic developments"]


def _at(rows: list[dict[str, object]], place: str) -> list[dict[str, object]]:
    return [r for r in rows if r["location"] == place]


def test_bare_sequel_two_days_dates_the_earlier_act() -> None:
    rows = _violent("قصفت قوات الجيش صباح اليوم أطراف بلدة سرمين بالمدفعية. "
                    "ويأتي ذلك بعد يومين من مقتل ثلاثة مدنيين برصاص مسلحين في مدينة جاسم.")
    jasim = _at(rows, "Jasim")
    assert jasim and jasim[0]["event_date"] == "2024-03-10" and jasim[0]["historical"] is True


def test_bare_sequel_one_day_with_wahid() -> None:
    rows = _violent("استهدفت مسيّرة سيارة قرب مدينة القحطانية مساء اليوم. "
                    "وجاء ذلك بعد يوم واحد من مقتل شاب برصاص مسلحين مجهولين في مدينة نوى.")
    nawa = _at(rows, "Nawa")
    assert nawa and nawa[0]["event_date"] == "2024-03-11"


def test_bare_sequel_of_a_statement_makes_no_event() -> None:
    # guard: the earlier thing is a statement, not an act
    rows = _violent("قصفت قوات الجيش صباح اليوم أطراف بلدة بنش بالمدفعية. "
                    "ويأتي ذلك بعد يومين من إعلان وزارة الدفاع رفع الجاهزية في المنطقة.")
    assert all(r["event_date"] == "2024-03-12" for r in rows)


def test_this_act_after_a_sequel_joins_the_earlier_act() -> None:
    rows = _violent("أعلنت وزارة الصحة اليوم حصيلة جديدة للضحايا في المحافظة. "
                    "وجاء إعلان الوزارة بعد يومين على استهداف طائرة مسيّرة سيارة مدنية قرب مدينة تل تمر.\n"
                    "وأدّى هذا الاستهداف إلى مقتل 4 مدنيين بينهم طفلان.")
    tal = _at(rows, "Tal Tamer")
    assert tal and tal[0]["event_date"] == "2024-03-10" and tal[0]["fatalities"] == 4


def test_lapse_after_the_earlier_act_counts_from_its_day() -> None:
    rows = _violent("قصفت مدفعية الاحتلال فجر اليوم أطراف بلدة خان أرنبة.\n"
                    "ويأتي القصف بعد 5 أيام من غارات جوية على مواقع قرب مدينة السفيرة.\n"
                    "وعقب يوم من الغارات على ريف حلب، قُتل مدني بانفجار لغم قرب مدينة السخنة.")
    sokhneh = _at(rows, "Sokhneh")
    assert sokhneh and sokhneh[0]["event_date"] == "2024-03-08" and sokhneh[0]["historical"] is True


def test_lapse_opening_with_a_funeral_names_no_new_strike() -> None:
    # guard (this short shape already gave no strike at al-Mayadin; the article sq7-02 showed the fix)
    rows = _violent("استهدفت الفصائل بطائرات مسيّرة قاعدة حقل العمر اليوم الثلاثاء.\n"
                    "ويأتي هذا الاستهداف بعد 3 أيام من غارات جوية على مواقع في مدينة البوكمال.\n"
                    "وبعد يوم من الغارات، شيّع المئات من أهالي مدينة الميادين عدداً من الضحايا وسط هتافات غاضبة.")
    assert not [r for r in _at(rows, "Al Mayadin") if r["event_type"] == "Explosions/Remote violence"]


def test_suspected_of_taking_part_names_the_earlier_attack() -> None:
    rows = record_rows("اعتقلت قوات الأمن اليوم خمسة أشخاص في مدينة جاسم يُشتبه في مشاركتهم بالهجوم.", DAY)
    assert rows and not [r for r in rows if r["event_type"] == "Violence against civilians"]


def test_suspected_of_taking_part_after_a_pluperfect_attack() -> None:
    rows = record_rows("وكان مسلحون قد هاجموا حاجزاً في نوى أمس. واعتقلت وحدات من الجيش خلال حملة تفتيش في محيط نوى "
                       "اليوم ثلاثة أشخاص يُشتبه في مشاركتهم بالهجوم.", DAY)
    assert not [r for r in rows if r["event_type"] == "Violence against civilians"]


def test_hours_after_the_attack_names_no_new_attack() -> None:
    rows = record_rows("قُتل 3 جنود بهجوم مسلحين على حاجز قرب مدينة نوى فجر اليوم.\n"
                       "وعقب ساعات من الهجوم، نفّذت وحدات من الجيش حملة تفتيش في محيط نوى، اعتقلت خلالها أربعة أشخاص.",
                       DAY)
    assert not [r for r in rows if r["event_type"] == "Violence against civilians"]
    assert [r for r in rows if r["sub_event_type"] == "Arrests"]


def test_days_after_opening_still_moves_the_raid_forward() -> None:
    # guard: "وبعد يومين من الهجوم، دهمت …" keeps dating the raid two days after the day it inherits
    rows = record_rows("هاجم مسلحون حاجزاً لقسد في بلدة ذيبان يوم السبت الماضي.\n"
                       "وبعد يومين من الهجوم، دهمت قسد منازل في ذيبان واعتقلت 10 أشخاص.", DAY)
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["event_date"] == "2024-03-11"
