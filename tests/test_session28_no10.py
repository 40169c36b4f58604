"""Session 28 (no10, the north and north-west): an agency's dateline on a line of its own ("أنقرة / الأناضول") is
where the reporter sits, not the place of the act; two factions of one side fought each other when each end of
"بين" names the members of a faction ("بين عناصر من فصيل X وآخرين من Y"); a crowd broken up by the armed group
that holds the ground (HTS in Idlib, before December 2024) is the protest with its intervention, no armed clash
with the crowd."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.clean.debris import clean_text

DAY = dt.date(2024, 5, 18)  # a Saturday


def test_agency_dateline_after_the_place_is_dropped() -> None:
    cleaned = clean_text("حصيلة جديدة لهجوم في الشمال\nأنقرة / الأناضول\nقال بيان للوزارة إن الهجوم وقع أمس.")
    assert "أنقرة" not in cleaned.text
    assert ("byline", "أنقرة / الأناضول") in cleaned.dropped


def test_local_outlet_dateline_with_a_dash_stays() -> None:
    cleaned = clean_text("انفجار عبوة في سوق المدينة\nالقامشلي – نورث برس\nانفجرت عبوة ناسفة صباح اليوم.")
    assert "القامشلي – نورث برس" in cleaned.text


def test_members_of_two_factions_fight_each_other() -> None:
    rows = record_rows("اندلعت اشتباكات أمس بين عناصر من فصيل \"السلطان مراد\" وآخرين من \"أحرار الشرقية\" في مدينة "
                       "الباب بريف حلب، أصيب فيها ثلاثة مقاتلين.", DAY)
    clashes = [r for r in rows if r["event_type"] == "Battles"]
    assert len(clashes) == 1
    assert clashes[0]["actor2"] and clashes[0]["inter1"] == 2 and clashes[0]["inter2"] == 2


def test_crowd_dispersed_by_the_ruling_group_is_no_clash() -> None:
    rows = record_rows("تجمّع مئات المحتجين أمس في ساحة مدينة بنش ضد الهيئة، قبل أن تفرّقهم عناصر من \"هيئة تحرير "
                       "الشام\" بإطلاق الرصاص في الهواء والاعتداء على بعضهم بالعصي، ما أدى إلى إصابة متظاهرَين.", DAY)
    assert [r["event_type"] for r in rows] == ["Protests"]
