"""Session 18 (SPLIT): distinct incidents kept apart — acts pointed back at by their definite noun as the time of
what follows ("وعقب الهجومين، …") open no record of their own, and a governorate's capital named as a city ("وسط
مدينة X") does not swallow the other towns of its province that the article tells apart."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2025, 5, 9)


def _rows(title: str, body: str) -> list[tuple[str, str, str]]:
    doc = Document(id="t", text=title + "\n" + body, title=title, published=DAY)
    return [(str(r["event_type"]), str(r["sub_event_type"]), str(r["location"]))
            for r in records(Pipeline()(doc), timestamp=0)]


def test_dual_pointed_back_opens_no_record() -> None:
    # pure guard (passes on the old code too): two attacks told, then "after the two attacks" reinforcements: no
    # third (clash) record at the second town
    rows = _rows("هجومان على قسد",
                 "هاجم مسلحون من خلايا التنظيم نقطة لقوات سوريا الديمقراطية في بلدة ذيبان، فجر اليوم.\n"
                 "وفي هجوم آخر، استهدف مسلحون بالرصاص سيارة لقسد قرب بلدة البصيرة.\n"
                 "وعقب الهجومين، استقدمت \"قسد\" تعزيزات عسكرية إلى بلدة البصيرة.")
    assert len([r for r in rows if r[0] == "Battles" and r[2] == "Basira"]) <= 1, rows


def test_pointed_back_alone_is_no_act() -> None:
    # the sentence's only act word points back at an act ("عقب الغارتين،"): nothing to code from it alone
    for opening in ("وعقب الغارتين،", "وفي أعقاب الهجومين،", "وبعد هذين الانفجارين،"):
        rows = _rows("تعزيزات", f"{opening} أرسل الجيش تعزيزات إلى مدينة تدمر.")
        assert not [r for r in rows if r[0] in ("Battles", "Explosions/Remote violence")], (opening, rows)


def test_pointed_back_with_its_own_harm_keeps_the_act() -> None:
    # pure guard: a harm the sentence goes on to tell ("… إصابة طفل") keeps the noun and joins the clash told before
    rows = _rows("اشتباكات في نوى",
                 "اندلعت اشتباكات عنيفة، اليوم، بين مسلحين محليين وقوات الأمن العام في مدينة نوى.\n"
                 "وعقب الاشتباكات، انسحبت القوات من المدينة، وأفادت مصادر بإصابة طفل بالرصاص.")
    assert len([r for r in rows if r[2] == "Nawa"]) == 1, rows


def test_capital_named_as_city_keeps_towns_apart() -> None:
    # a protest in the capital told as a city, then vigils in two towns of its province: three protests
    rows = _rows("احتجاجات في حماة وريفها",
                 "خرج مئات المحتجين، اليوم الجمعة، في عدة مدن وبلدات بمحافظة حماة.\n"
                 "وتجمع المحتجون في ساحة العاصي وسط مدينة حماة، ورددوا هتافات تطالب بالإفراج عن المعتقلين.\n"
                 "كما شهدت مدينة السلمية وبلدة كفر زيتا وقفات احتجاجية مماثلة.")
    places = sorted(r[2] for r in rows if r[0] == "Protests")
    assert len(places) == 3 and "Hama" in places, rows


def test_capital_named_bare_still_sums_up() -> None:
    # pure guard: the capital named bare in a headline stands for its province; one town's protest stays one record
    rows = _rows("احتجاجات في إدلب",
                 "تجمع عشرات المحتجين، اليوم الجمعة، أمام مبنى البلدية في مدينة سرمدا شمالي إدلب.")
    assert [r[2] for r in rows if r[0] == "Protests"] == ["Sarmada"], rows


def test_same_day_opening_turns_to_another_incident() -> None:
    # "وفي الليلة ذاتها، …" opens another incident: a strike near a town 8 km off is not the first strike again
    rows = _rows("خبر", "استهدفت مسيرة إسرائيلية سيارة في بلدة سعسع، صباح اليوم.\n"
                        "وفي الليلة ذاتها، قصفت مسيرة إسرائيلية موقعاً قرب بلدة كناكر.")
    assert sorted(r[2] for r in rows if r[0] == "Explosions/Remote violence") == ["Kanakir", "Sa'sa'"], rows
