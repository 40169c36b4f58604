"""Session 38 (dp20, one act told twice, and real neighbours kept apart): a shelling of the outskirts of a
neighbouring town told after the act at another town is a second place struck, not a summary of that act; a toll
sentence that opens on the definite act word and gives what it did ("الرمايات أسفرت عن … وتدمير عربة") tells that
act again; a headline's act at one end of the road the body places it on joins the body's record even where the
side hit's reply was told beside it; a city's surroundings spelled out by an "إذ" clause that names a town beside
it are one act at that town.  A site's use for firing ("مقر يستخدمونه لإطلاق القذائف") is no act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

FRIDAY = dt.date(2023, 10, 6)


def _rows(text: str, day: dt.date) -> list[tuple[str, str, str]]:
    return sorted((str(r["event_date"]), str(r["sub_event_type"]), str(r["location"]))
                  for r in record_rows(text, day))


def test_outskirts_of_a_neighbour_told_after_are_a_second_place() -> None:
    text = ("قُتل مدنيان، مساء أمس الخميس، جراء قصف مدفعي شنّته قوات النظام على مدينة سرمين شرقي إدلب.\n\n"
            "وفي الوقت نفسه قصفت قوات النظام أطراف بلدة بنش المجاورة.\n")
    rows = _rows(text, FRIDAY)
    assert [r[2] for r in rows] == ["Bennsh", "Sarmin"]
    # (the outskirts told first and the act at a town near them after: the lead sums that act up)
    text = ("قصفت قوات النظام، صباح اليوم، أطراف مدينة سراقب شرقي إدلب.\n\n"
            "وقالت مصادر محلية إن قذائف القوات سقطت على بلدة سرمين وأصابت مدنيين اثنين.\n")
    assert len(_rows(text, FRIDAY)) == 1


def test_definite_toll_with_its_damage_is_the_act_again() -> None:
    text = ("الجيش يستهدف مواقع للإرهابيين في ريف حلب الغربي\n\n"
            "أفاد مصدر عسكري بأن وحدات الجيش العاملة في ريف حلب الغربي نفذت صباح اليوم رمايات مكثفة بالمدفعية "
            "والصواريخ على نقاط تمركز للتنظيمات الإرهابية قرب بلدة الأتارب.\n\n"
            "وبيّن المصدر أن الرمايات أسفرت عن سقوط عدد من القتلى في صفوف إرهابيي ما يسمى \"هيئة تحرير الشام\" "
            "وتدمير آلية مزودة برشاش ونقطة كانوا يستخدمونها لإطلاق القذائف.\n")
    rows = record_rows(text, dt.date(2022, 11, 20))
    assert [(r["sub_event_type"], r["location"]) for r in rows] == [("Shelling/artillery/missile attack", "Atareb")]
    assert rows[0]["actor1"].startswith("Military Forces of Syria")


def test_headline_at_a_road_end_joins_the_body_record_beside_a_reply() -> None:
    text = ("عبوة ناسفة تستهدف سيارة لقوات النظام في طفس\n\n"
            "انفجرت عبوة ناسفة، مساء أمس الأحد، بسيارة عسكرية لقوات النظام على الطريق الواصل بين بلدة المزيريب "
            "ومدينة طفس، ما أدى إلى إصابة عنصرين.\n\n"
            "وردّت قوات النظام بإطلاق نار عشوائي باتجاه الحقول المحيطة.\n")
    rows = [r for r in _rows(text, dt.date(2023, 8, 21)) if r[1] == "Remote explosive/landmine/IED"]
    assert len(rows) == 1


def test_capital_surroundings_spelled_out_by_a_town_are_one_act() -> None:
    text = ("غارات إسرائيلية على مواقع جنوب دمشق\n\n"
            "استهدفت غارات إسرائيلية فجر اليوم مواقع عسكرية قرب مدينة قطنا بريف دمشق.\n\n"
            "ويعد هذا القصف الثالث على محيط دمشق خلال شهرين، إذ سبق أن قصفت إسرائيل في العاشر من آذار الماضي "
            "مستودعاً قرب بلدة الكسوة جنوبي العاصمة، ما أدى إلى مقتل عنصرين.\n")
    rows = [r for r in _rows(text, dt.date(2023, 5, 9)) if r[0].startswith("2023-03")]
    assert len(rows) == 1 and rows[0][2] == "Kisweh"
