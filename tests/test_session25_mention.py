"""Session 25 (mention): the Arabic span that names the side hit on Israel's northern front.  An armed group of the
"axis" front that hits a force's spying gear named with the state's adjective ("تجهيزات تجسسية إسرائيلية") hits
that state's forces; a post told by its own name or unit before the event's place ("موقع الرادار في مزارع شبعا",
"مقر قيادة الفرقة في جعتون") or before the adjective that makes it Israel's ("موقع الصدح الإسرائيلي") names the
Israeli army as the side hit, the post's words its mention.  Words that only say a post is military name none, nor
does a post of the other side.  A warplane raid with the state's adjective ("غارة حربية إسرائيلية") names the
attacker."""

from __future__ import annotations

import datetime as dt

from helpers import one_record, record_rows

DAY = dt.date(2024, 3, 10)  # a Sunday
ISRAEL = "Military Forces of Israel (2009-)"


def _one(text: str) -> dict[str, object]:
    return one_record(text, DAY)


def test_spying_gear_with_the_state_adjective_is_the_side_hit() -> None:
    r = _one("أعلنت المقاومة الإسلامية في لبنان اليوم الأحد أن مجاهديها استهدفوا تجهيزات تجسسية إسرائيلية قبالة "
             "بلدة كفركلا وأصابوها.")
    assert r["actor1"] == "Hezbollah"
    assert r["actor2"] == ISRAEL
    assert "تجهيزات تجسسية إسرائيلية" in r["actor2_mentions"]  # type: ignore[operator]


def test_definite_spying_gear_is_the_side_hit() -> None:
    r = _one("واستهدف مجاهدو المقاومة الإسلامية اليوم الأحد التجهيزات الفنية الإسرائيلية مقابل بلدة الخيام.")
    assert r["actor2"] == ISRAEL
    assert "التجهيزات الفنية الإسرائيلية" in r["actor2_mentions"]  # type: ignore[operator]


def test_post_named_before_a_held_place_is_the_side_hit() -> None:
    r = _one("أعلنت المقاومة الإسلامية في لبنان اليوم الأحد أن مجاهديها استهدفوا موقع الرادار في مزارع شبعا "
             "اللبنانية المحتلة بالأسلحة الصاروخية.")
    assert r["actor2"] == ISRAEL
    assert r["actor2_mentions"][0] == "موقع الرادار"  # type: ignore[index]


def test_post_name_set_off_by_a_comma_before_its_place() -> None:
    r = _one("واستهدف مجاهدو المقاومة الإسلامية في لبنان اليوم الأحد موقع الرادار، في مزارع شبعا المحتلة، وأصابوه.")
    assert r["actor2"] == ISRAEL
    assert "موقع الرادار" in r["actor2_mentions"]  # type: ignore[operator]


def test_headquarters_of_a_unit_in_an_israeli_town_is_the_side_hit() -> None:
    r = _one("شن مجاهدو المقاومة الإسلامية في لبنان اليوم الأحد هجوماً بالمسيرات على مقر قيادة الفرقة 91 في جعتون.")
    assert r["actor2"] == ISRAEL
    assert "مقر قيادة الفرقة 91" in r["actor2_mentions"]  # type: ignore[operator]


def test_post_with_the_israeli_adjective_after_its_name() -> None:
    r = _one("هاجمت المقاومة الإسلامية في لبنان اليوم الأحد موقع الصدح الإسرائيلي قرب أفيفيم بالصواريخ الموجهة.")
    assert r["actor2"] == ISRAEL
    assert "موقع الصدح الإسرائيلي" in r["actor2_mentions"]  # type: ignore[operator]


def test_comma_glued_to_the_post_noun_still_ends_the_word_before_it() -> None:
    r = _one("هاجمت المقاومة الإسلامية في لبنان، اليوم الأحد،موقع الصدح الإسرائيلي قرب أفيفيم بالصواريخ الموجهة.")
    assert r["actor2"] == ISRAEL
    assert "موقع الصدح الإسرائيلي" in r["actor2_mentions"]  # type: ignore[operator]


def test_a_military_post_with_no_name_adds_no_mention() -> None:
    r = _one("واستهدفت المقاومة الإسلامية في لبنان اليوم الأحد آليات الاحتلال عند دخولها إلى الموقع العسكري في "
             "المالكية بقذائف المدفعية.")
    assert r["actor2"] == ISRAEL
    assert not any("الموقع العسكري" in m for m in r["actor2_mentions"])  # type: ignore[union-attr]


def test_post_without_a_name_before_the_place_adds_no_mention() -> None:
    r = _one("واستهدفت المقاومة الإسلامية في لبنان اليوم الأحد موقعاً في مزارع شبعا المحتلة بالأسلحة الصاروخية.")
    assert not any(m.startswith("موقعا") for m in r["actor2_mentions"])  # type: ignore[union-attr]


def test_warplane_raid_with_the_state_adjective_names_the_attacker() -> None:
    r = _one("وأفاد مراسلنا اليوم الأحد بوقوع غارة حربية إسرائيلية استهدفت بلدة بليدا الجنوبية.")
    assert r["actor1"] == ISRAEL
    assert r["actor1_mentions"] == ["غارة حربية إسرائيلية"]


def test_post_of_the_other_side_is_no_mention_of_the_israeli_army() -> None:
    rows = record_rows("وشنت طائرات الاحتلال اليوم الأحد غارة استهدفت موقعاً للمقاومة الفلسطينية في مخيم الشاطئ غربي "
                       "مدينة غزة.", DAY)
    assert rows
    assert not any("للمقاومة" in m for r in rows for m in r["actor2_mentions"])  # type: ignore[attr-defined]


def test_post_named_before_a_place_after_qubalat() -> None:
    # "قبالة" ends in ta marbuta: the preposition list is compared with normalised words, so it must be normalised too
    r = _one("أعلنت المقاومة الإسلامية في لبنان اليوم الأحد أن مجاهديها قصفوا موقع التلة الحمراء قبالة مسكاف عام "
             "بالصواريخ.")
    assert r["actor2"] == ISRAEL
    assert "موقع التلة الحمراء" in r["actor2_mentions"]  # type: ignore[operator]
