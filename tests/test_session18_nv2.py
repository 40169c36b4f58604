"""Session 18 (NONEV2): sidelines told around an act are no acts of their own: a sentence that opens on the act
("وعقب الهجوم، …"), reinforcements brought in after it, the blasts heard at its place, and a speaker's day before
the "إنّ" of a toll he reports."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

TUESDAY = dt.date(2025, 5, 20)


def _kinds(text: str, published: dt.date = TUESDAY) -> list[tuple[str, str, str]]:
    return [(str(r["event_date"]), str(r["event_type"]), str(r["sub_event_type"]))
            for r in record_rows(text, published)]


def test_sentence_opening_on_the_attack_dates_no_second_attack() -> None:
    text = ("قُتل عنصران من الأمن العام إثر هجوم نفّذه مسلحون على حاجز في مدينة جاسم مساء الاثنين. وعقب الهجوم، "
            "استقدمت إدارة الأمن العام تعزيزات من مدينة درعا، كما بدأت صباح اليوم، الثلاثاء، عمليات تمشيط في المزارع "
            "بحثاً عن المهاجمين.")
    assert _kinds(text) == [("2025-05-19", "Battles", "Armed clash")]


def test_reinforcements_arriving_after_an_attack_are_no_event() -> None:
    text = ("هاجم مسلحون مجهولون دورية للأمن العام قرب مدينة جاسم أمس الاثنين. "
            "ووصلت تعزيزات عسكرية إلى المدينة صباح اليوم.")
    assert _kinds(text) == [("2025-05-19", "Battles", "Armed clash")]


def test_reinforcements_sent_to_a_raided_town_are_no_event() -> None:
    text = ("اندلعت اشتباكات بين الجيش ومسلحين في بلدة الصنمين فجر اليوم. "
            "وقال مصدر محلي إن وزارة الدفاع دفعت بتعزيزات عسكرية إلى البلدة ظهر اليوم.")
    kinds = _kinds(text)
    assert ("2025-05-20", "Battles", "Armed clash") in kinds
    assert not any(k[1] == "Strategic developments" for k in kinds)


def test_reinforcements_alone_stay_an_event() -> None:
    """Guard: an article about reinforcements alone keeps them."""
    text = "استقدمت وزارة الدفاع تعزيزات عسكرية إلى مدينة الصنمين اليوم الثلاثاء وسط توتر أمني."
    assert _kinds(text) == [("2025-05-20", "Strategic developments", "Other")]


def test_blasts_heard_at_the_struck_place_retell_the_strike() -> None:
    text = ("قصفت طائرة مسيرة إسرائيلية موقعاً عسكرياً في مدينة الصنمين فجر اليوم. ودوّت انفجارات داخل الموقع، "
            "فيما حلقت مروحيات روسية في أجواء المنطقة.")
    assert _kinds(text) == [("2025-05-20", "Explosions/Remote violence", "Air/drone strike")]


def test_speakers_day_before_that_dates_no_new_battle() -> None:
    text = ("استهدفت طائرة مسيرة قاعدة حقل العمر أمس الاثنين. وقال متحدث باسم البنتاغون اليوم إن أربعة جنود "
            "أمريكيين أصيبوا بجروح طفيفة وعادوا إلى الخدمة.")
    assert _kinds(text) == [("2025-05-19", "Explosions/Remote violence", "Air/drone strike")]


def test_speakers_day_stays_the_day_of_an_act_word() -> None:
    """Guard: an act word after the "إنّ" keeps the speaker's day when no earlier act is told."""
    text = "قالت وزارة الدفاع اليوم إن جنديين قتلا بانفجار لغم في ريف جاسم."
    assert [k[0] for k in _kinds(text)] == ["2025-05-20"]


def test_toll_after_the_opening_stays_with_the_clash() -> None:
    """Guard: a toll told in a sentence that opens on the clash ("وعقب الاشتباكات، …") is no attack of its own."""
    text = ("اشتبك مسلحون مع قوات الاحتلال التي اقتحمت مدينة نابلس اليوم. وعقب الاشتباكات، أكدت مصادر محلية أن "
            "القوات انسحبت من المدينة، متحدثة عن إصابة طفل بالرصاص.")
    kinds = _kinds(text, dt.date(2024, 6, 23))
    assert not any(k[1] == "Violence against civilians" for k in kinds)
