"""Session 19 (sb6): event types of Syrian local outlets — a protest broken up by warning shots, a device defused in
another town on the day of a blast, angry young men who storm, burn or block roads (ACLED Riots), and a force firing
on such a crowd (no armed clash)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 2)


def _types(text: str) -> list[tuple[str, str, object, object]]:
    return [(str(r["event_type"]), str(r["sub_event_type"]), r["inter1"], r["inter2"]) for r in record_rows(text, DAY)]


def test_protest_dispersed_by_warning_shots_is_an_event() -> None:
    rows = _types("خرج المئات من أهالي بلدة طفس، اليوم الأحد، في تظاهرة رفضاً للتوغل الإسرائيلي، فيما أطلقت قوات "
                  "الاحتلال الرصاص في الهواء لتفريق المتظاهرين.")
    assert [r[:2] for r in rows] == [("Protests", "Protest with intervention")]


def test_vigil_dispersed_after_it_was_told() -> None:
    # guard: a vigil and its dispersal with no firing word of a fight, read as before
    rows = _types("نظم عشرات الطلاب أمس وقفة احتجاجية أمام مبنى المحافظة في مدينة السويداء للمطالبة بتحسين الخدمات، "
                  "قبل أن تطلق قوات الشرطة الرصاص في الهواء لتفريق المحتجين.")
    assert [r[:2] for r in rows] == [("Protests", "Protest with intervention")]


def test_dispersal_in_general_is_no_event() -> None:
    # guard: a habit of the police, no day and no one protest
    assert _types("تعمد قوات الأمن عادة إلى تفريق المتظاهرين بالرصاص في الهواء كلما خرجت تظاهرة في مدينة درعا.") == []


def test_device_defused_in_another_town_stays_its_own_event() -> None:
    rows = _types("قُتل راعٍ أمس إثر انفجار لغم أرضي قرب مدينة نوى في ريف درعا. وفي السياق، فكّك فريق هندسي عبوة "
                  "ناسفة كانت مزروعة على طريق بلدة داعل أمس.")
    subs = sorted(r[1] for r in rows)
    assert subs == ["Disrupted weapons use", "Remote explosive/landmine/IED"]


def test_second_device_defused_at_the_blast_site_joins_the_blast() -> None:
    # guard: a second device found where the first went off belongs to that attack
    rows = _types("أصيب ثلاثة عناصر من الجيش أمس جراء انفجار عبوة ناسفة عند مدخل مدينة الصنمين. وقال مصدر عسكري إن "
                  "وحدات الهندسة فككت عبوة ثانية في مدينة الصنمين.")
    assert [r[1] for r in rows] == ["Remote explosive/landmine/IED"]


def test_angry_young_men_storm_a_police_post() -> None:
    rows = _types("هاجم شبان غاضبون مخفر الشرطة في بلدة شهبا مساء أمس وأضرموا النار فيه.")
    assert [r[:3] for r in rows] == [("Riots", "Mob violence", 5)]


def test_angry_young_men_block_a_road_and_smash_a_building() -> None:
    rows = _types("تجمّع عشرات الشبان الغاضبين في بلدة القريا مساء أمس، وقطعوا الطريق الرئيسي بالإطارات المشتعلة، ثم "
                  "هاجموا مبنى البلدية وحطموا محتوياته.")
    assert rows and all(r[0] == "Riots" and r[2] == 5 for r in rows)


def test_force_firing_on_an_angry_crowd_is_no_armed_clash() -> None:
    rows = _types("أطلق عناصر الحاجز النار على الأهالي الغاضبين في بلدة شهبا أمس.")
    assert [r[:3] for r in rows] == [("Riots", "Violent demonstration", 5)]


def test_crowd_named_after_another_sides_act_is_not_its_doer() -> None:
    # guard: "…، كما أشعل الشبان الغاضبون الإطارات" after the soldiers' shooting: the soldiers shot
    rows = _types("أسفر اعتداء قوات الاحتلال عن إصابة شاب بالرصاص في بلدة بيتا أمس، كما أشعل الشبان الغاضبون الإطارات "
                  "قرب الحاجز.")
    vac = [r for r in rows if r[0] == "Violence against civilians"]
    assert vac and vac[0][2] == 8
