"""Session 29 (sd11, strategic developments of styles8): a handover verb that carries its object as a pronoun takes
the ground named before it ("انسحبت … من ثلاثة مواقع، وتسلّمتها الشرطة"); a side evacuating its posts ("أخلت …
حواجزها") hands the ground over, not a town or a hospital emptied of people; a numbered phase of a deal ("المرحلة
الأولى من تطبيق الاتفاق") marks no analysis; an observation post set up ("أنشأت … نقطة مراقبة جديدة") is a base
established."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

LATER = dt.date(2025, 6, 18)  # a Wednesday, after December 2024
EARLIER = dt.date(2021, 11, 23)  # a Tuesday


def _subs(rows: list[dict]) -> list[str]:
    return [r["sub_event_type"] for r in rows]


def test_handover_pronoun_takes_the_posts_named_before() -> None:
    rows = record_rows("وصباح اليوم، انسحبت وحدات من الجيش من أربعة مواقع في محيط بلدة المزرعة، وتسلّمتها عناصر من "
                       "الشرطة المحلية.", LATER)
    assert "Non-violent transfer of territory" in _subs(rows)


def test_posts_evacuated_change_hands() -> None:
    rows = record_rows("وفي صباح اليوم الأربعاء، دخلت وحدات من الجيش مدينة منبج بعد أن أخلت قوات سوريا الديمقراطية "
                       "حواجزها على مداخل المدينة.", LATER)
    assert _subs(rows) == ["Non-violent transfer of territory"]


def test_a_hospital_evacuated_is_no_handover() -> None:
    rows = record_rows("أخلت إدارة المستشفى الوطني في مدينة حماة صباح اليوم المرضى بعد تسرب للغاز.", LATER)
    assert "Non-violent transfer of territory" not in _subs(rows)


def test_villages_emptied_of_people_are_no_handover() -> None:
    rows = record_rows("أخلى الجيش يوم أمس سكان ثلاث قرى قرب مدينة القنيطرة بسبب الحرائق.", LATER)
    assert "Non-violent transfer of territory" not in _subs(rows)


def test_first_phase_of_a_deal_is_no_analysis() -> None:
    rows = record_rows("تسلّمت وحدات من الجيش العربي السوري مساء أمس الثلاثاء المواقع التي كانت تشغلها قسد في مدينة "
                       "الطبقة، ضمن المرحلة الأولى من تطبيق الاتفاق.", LATER)
    assert "Non-violent transfer of territory" in _subs(rows)


def test_new_observation_post_set_up() -> None:
    rows = record_rows("وأوضح المتحدث أن وحدات من الشرطة العسكرية الروسية أنشأت أمس الاثنين نقطة مراقبة جديدة على "
                       "أطراف بلدة تل تمر.", EARLIER)
    assert _subs(rows) == ["Headquarters or base established"]
    assert rows[0]["inter1"] == 8


def test_phase_of_a_deal_in_force_is_no_agreement_reached() -> None:
    rows = record_rows("وقال المتحدث إنه \"ستجري صفقة ثانية تشمل 300 محتجز من كل طرف\"، وذلك خلال لقاء صحافي عُقد في "
                       "مطار دمشق الدولي، بمناسبة استكمال تنفيذ المرحلة الثانية من اتفاق تبادل المحتجزين.", LATER)
    assert "Agreement" not in _subs(rows)
