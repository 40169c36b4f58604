"""Session 19 (ac6): actors of bombings in outlet and Al Mayadeen style — the security men counted among the dead
after "بينهم" are victims, not the attacker; the people a suicide bomber blew himself up among (police, worshippers)
are never the bomber; the fallen regime named as an era in a neighbouring sentence ("منذ سقوط النظام") is no side."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 18)


def _violent(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, on) if r["event_type"] != "Strategic developments"]


def test_police_among_the_dead_of_a_bomb_are_victims() -> None:
    rows = _violent("قُتل خمسة أشخاص، بينهم عنصر من الأمن العام، بانفجار عبوة ناسفة في مدينة جاسم صباح اليوم.")
    assert rows and rows[0]["inter1"] != 1
    assert rows[0]["inter2"] in (1, 7)


def test_policemen_among_civilians_killed_by_shelling() -> None:
    rows = _violent("استشهد ثلاثة مدنيين بينهم عنصران من الشرطة جراء قصف على بلدة طفس أمس.")
    assert rows and rows[0]["inter1"] != 1


def test_fighters_among_the_dead_of_a_suicide_bombing_are_not_the_bomber() -> None:
    rows = _violent("قُتل سبعة أشخاص بينهم ثلاثة من عناصر قسد في هجوم انتحاري بمدينة منبج.")
    assert rows and rows[0]["actor1"] != "QSD: Syrian Democratic Forces"


def test_among_them_with_min_bayn() -> None:
    rows = _violent("قُتل أربعة أشخاص، من بينهم عنصر في الجيش السوري، بانفجار سيارة مفخخة في مدينة منبج.")
    assert rows and rows[0]["inter1"] != 1


def test_police_who_stopped_the_suicide_bomber_are_his_target() -> None:
    rows = _violent("وعندما اعترضه عناصر الأمن العام المكلفون بحماية المسجد في السيدة زينب فجّر الانتحاري نفسه بينهم.")
    assert rows and rows[0]["sub_event_type"] == "Suicide bomb"
    assert rows[0]["inter1"] == 3 and rows[0]["inter2"] == 1


def test_bomber_among_a_crowd_of_policemen() -> None:
    rows = _violent("فجّر انتحاري نفسه وسط حشد من عناصر الشرطة أمام مبنى قيادة الشرطة في مدينة منبج صباح اليوم.")
    assert rows and rows[0]["inter1"] != 1


def test_named_suicide_bomber_group_is_kept() -> None:
    # guard: a group named as the bomber stays the attacker, the soldiers it killed the target
    rows = _violent("قُتل عشرة من عناصر الجيش السوري في هجوم انتحاري نفذه تنظيم داعش على موقع عسكري في بادية الميادين.",
                    dt.date(2023, 8, 10))
    assert rows and rows[0]["actor1"] == "Islamic State (Syria)" and rows[0]["inter2"] == 1


def test_fallen_regime_in_the_next_sentence_is_no_side() -> None:
    rows = _violent("قُتل طفلان بانفجار لغم في بلدة المزيريب صباح اليوم. وقُتل أكثر من أربعين مدنياً بمخلّفات الحرب "
                    "في المحافظة منذ سقوط النظام.", dt.date(2025, 6, 1))
    assert rows and rows[0]["inter1"] != 1 and rows[0]["inter2"] == 7


def test_regime_era_with_the_word_baid() -> None:
    rows = _violent("قُتل راعٍ بانفجار لغم قرب بلدة طفس أمس. ويقدّر ناشطون أن عشرات المدنيين قُتلوا بمخلّفات الحرب "
                    "منذ سقوط النظام البائد.", dt.date(2025, 6, 1))
    assert rows and rows[0]["inter1"] != 1


def test_internal_security_administration_seizes_weapons() -> None:
    rows = record_rows("تمكنت إدارة الأمن الداخلي في منطقة القصير من ضبط شحنة أسلحة وذخائر معدّة للتهريب أمس.",
                       dt.date(2025, 5, 12))
    assert rows and rows[0]["inter1"] == 1


def test_internal_security_administration_arrests() -> None:
    rows = record_rows("اعتقلت إدارة الأمن الداخلي في مدينة جبلة ثلاثة أشخاص أمس بتهمة حيازة أسلحة.",
                       dt.date(2025, 5, 12))
    assert rows and rows[0]["actor1"] == "Police Forces of Syria (2024-)"
