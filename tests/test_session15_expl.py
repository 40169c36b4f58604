"""Session 15 (explosions and strikes placed too coarsely): a town abroad named inside its province ("منطقة X في
إقليم Y", "مدينة X في شبه جزيرة Y") is the event's place, not the province (the province abroad is a point with
no outline, hundreds of km from its towns, and the curated towns abroad have no village namesakes); Kabul written
"كابول" or named as "العاصمة الأفغانية" is Kabul; a place someone travelled to ("سافر ذووهم إلى X") is not where the
event happened; nor is the side a strike backs or the attack it answers, named with a possessive noun
("في إطار دعمها لغزة", "في إطار ردها على الاعتداء على بلدة X")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)


def _places(text: str) -> list[tuple[object, object]]:
    return [(r["location"], r["geo_precision"]) for r in record_rows(text, DAY)]


def test_a_town_abroad_inside_its_province_is_the_place() -> None:
    got = _places("قتل عشرة أشخاص، اليوم الثلاثاء، إثر انفجار استهدف تجمعاً في منطقة مستونغ في إقليم بلوشستان.")
    assert got == [("Mastung", 1)], got


def test_a_city_inside_a_peninsula_abroad_is_the_place() -> None:
    got = _places("سقط قتيلان، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة سيفاستوبول في شبه جزيرة القرم.")
    assert got == [("Sevastopol", 1)], got


def test_kabul_written_with_waw_is_kabul() -> None:
    got = _places("قتل خمسة أشخاص، اليوم الثلاثاء، في انفجار سيارة مفخخة في كابول.")
    assert got == [("Kabul", 1)], got


def test_the_afghan_capital_is_kabul() -> None:
    got = _places("قتل خمسة أشخاص، اليوم الثلاثاء، في انفجار سيارة مفخخة قرب مبنى حكومي في العاصمة الأفغانية.")
    assert got == [("Kabul", 1)], got


def test_a_place_relatives_travelled_to_is_not_the_event_place() -> None:
    got = _places("تتصاعد عمليات الخطف في أفغانستان منذ أشهر. وخطف مسلحون ثلاثة تجار، اليوم الثلاثاء، وطالبوا "
                  "بفدية مالية كبيرة. وسافر ذوو المخطوفين إلى كابل لدفع المال.")
    assert got and all(loc != "Kabul" for loc, _ in got), got


def test_the_side_a_strike_supports_with_a_possessive_is_not_its_place() -> None:
    got = _places("وقصفت المقاومة الإسلامية في لبنان، اليوم الثلاثاء، مواقع الاحتلال بالصواريخ في إطار دعمها "
                  "لقطاع غزة.")
    assert got and all(loc != "Gaza Strip" for loc, _ in got), got


def test_the_attack_a_strike_answers_with_a_possessive_is_not_its_place() -> None:
    got = _places("وقصفت المقاومة الإسلامية في لبنان، اليوم الثلاثاء، مواقع الاحتلال بالصواريخ في إطار ردها على "
                  "الاعتداء الإسرائيلي على بلدة الخيام.")
    assert got and all(loc != "Khiam" for loc, _ in got), got
