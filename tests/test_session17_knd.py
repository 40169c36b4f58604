"""Session 17 (KND): event types at their boundaries in Syrian local outlets — a headline's undated second act
that the body dates "yesterday" or "last Friday", a monitor's tally in an explaining clause or since the fall of the
regime, "أقدم … على" + the act's verbal noun, attackers who withdraw after their attack, arson of homes, and the
Interior Ministry's internal-security units."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, event_rows

from rasd.output.records import records

DAY = dt.date(2025, 6, 12)  # a Thursday


def _article(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    """The records of an article whose first line is its title (as `rasd extract FILE.txt` reads it)."""
    return records(article_doc(text, on))


def _kinds(rows: list[dict[str, object]]) -> list[tuple[str, str, str]]:
    return [(str(r["event_type"]), str(r["sub_event_type"]), str(r["location"])) for r in rows]


# --- a headline with no day of its own re-tells the body's act of the last days ---

def test_undated_headline_second_act_folds_into_yesterdays_act() -> None:
    # guard: a headline's second act over the body's "مساء أمس" stays one record (this shape already folded)
    rows = _article("مقتل راعٍ بانفجار لغم قرب المزيريب.. وعبوة ناسفة تستهدف دورية قرب نوى\n"
                    "قُتل راعٍ صباح اليوم بانفجار لغم أرضي من مخلفات الحرب قرب بلدة المزيريب بريف درعا الغربي.\n"
                    "وفي سياق آخر، انفجرت عبوة ناسفة مساء أمس بدورية للأمن العام على الطريق بين نوى والشيخ مسكين، "
                    "ما أدى إلى إصابة عنصرين.\n")
    blasts = [r for r in rows if r["location"] == "Nawa"]
    assert len(blasts) == 1
    assert blasts[0]["event_date"] == "2025-06-11"


def test_undated_arrest_headline_folds_into_last_fridays_arrest() -> None:
    rows = _article("اغتيال شاب في داعل.. وقوة إسرائيلية تعتقل رعاة في القنيطرة\n"
                    "قُتل شاب برصاص مسلحين مجهولين في مدينة داعل صباح اليوم.\n"
                    "وفي محافظة القنيطرة، توغلت قوة إسرائيلية يوم الجمعة الماضي غربي بلدة خان أرنبة واعتقلت "
                    "ثلاثة رعاة قبل أن تفرج عن أحدهم.\n")
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert len(arrests) == 1
    assert arrests[0]["event_date"] == "2025-06-06"


def test_headline_not_folded_into_an_act_recalled_vaguely() -> None:
    # guard: the body's act of "a few days ago" is not what an undated headline tells
    rows = _article("مقتل عنصر من الأمن العام بهجوم مسلح قرب طفس\n"
                    "وقبل أيام، قُتل مدني برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي.\n")
    assert all(r["event_date"] != "2025-06-12" or r["historical"] is False for r in rows)


# --- a tally is no event ---

def test_monitor_tally_in_an_explaining_clause() -> None:
    for text in ("وتشهد المحافظة فلتاناً أمنياً، إذ وثّق مكتب التوثيق خلال شهر أيار الماضي 21 عملية اغتيال، "
                 "أسفرت عن مقتل 15 شخصاً في درعا.",
                 "ويعاني الريف الشرقي من الفوضى، حيث سجّلت الشبكة خلال الشهر الماضي مقتل 9 أشخاص بهجمات "
                 "مسلحين مجهولين في دير الزور."):
        assert event_rows(text, DAY) == [], text


def test_toll_since_the_fall_of_the_regime() -> None:
    for text in ("ويقدّر ناشطون أن أكثر من ثلاثين مدنياً قُتلوا بانفجار مخلّفات الحرب في درعا منذ سقوط النظام.",
                 "وقُتل 40 شخصاً بانفجار ألغام في ريف إدلب الجنوبي منذ التحرير، بحسب الدفاع المدني."):
        assert event_rows(text, DAY) == [], text


# --- "أقدم X على" + the act's verbal noun ---

def test_undertook_abduction_in_a_long_sentence() -> None:
    rows = event_rows("أقدم مسلحون مجهولون، مساء اليوم، على اختطاف شاب من أبناء مدينة الميادين بعد أن اعترضوا "
                      "طريقه قرب السوق واقتادوه تحت تهديد السلاح إلى جهة مجهولة، وسط مخاوف من طلب فدية "
                      "مالية من ذويه.", DAY)
    assert [(t, s) for t, s, _, _ in rows] == [("Violence against civilians", "Abduction/forced disappearance")]


def test_undertook_subject_is_the_doer() -> None:
    for text, key in (("أقدم عناصر من الفرقة الرابعة على نهب منازل في بلدة العشارة أمس.", "syr_4th_div"),
                      ("أقدم عناصر من قوات النظام على إحراق منازل في بلدة العشارة أمس.", "syr_gov")):
        rows = event_rows(text, dt.date(2024, 11, 20))
        assert rows and rows[0][1] == "Looting/property destruction", text
        assert rows[0][2] == key and rows[0][3] != key, text


# --- attackers who withdraw end their attack ---

def test_attackers_withdrawal_is_no_development_of_its_own() -> None:
    for text in ("وقال مصدر عسكري إن المهاجمين استخدموا الأسلحة الرشاشة، وانسحبوا باتجاه البادية بعد وصول "
                 "التعزيزات أمس.",
                 "انسحب المهاجمون باتجاه البساتين بعد اشتباك مع عناصر الحاجز قرب جاسم مساء أمس."):
        assert all(t != "Strategic developments" for t, _, _, _ in event_rows(text, DAY)), text


def test_force_withdrawal_stays_a_development() -> None:
    # guard: a force that leaves a town is still a withdrawal
    rows = event_rows("انسحبت قوات النظام من بلدة جاسم مساء أمس بعد اتفاق مع الوجهاء.", dt.date(2023, 5, 22))
    assert any(s == "Other" for _, s, _, _ in rows)


# --- arson of homes, the internal-security units ---

def test_arson_of_homes_is_property_destruction() -> None:
    for text in ("اتهم ناشطون عناصر الفرقة الرابعة بإحراق منازل المهجرين في العشارة مساء أمس.",
                 "شنّ مسلحون هجوماً على قرية قرب المزرعة مساء أمس وقاموا بحرق منازل الأهالي."):
        assert any(s == "Looting/property destruction" for _, s, _, _ in event_rows(text, DAY)), text


def test_internal_security_units_are_the_police() -> None:
    rows = event_rows("ألقت وحدات الأمن الداخلي في منطقة جبلة، اليوم، القبض على خمسة أفراد من خلية تتبع لفلول "
                      "النظام البائد.", dt.date(2025, 4, 15))
    assert rows and rows[0][1] == "Arrests"
    assert rows[0][2] in ("syr_police", "hts_gen_sec", "syr_gen_sec")  # the Interior Ministry's forces


def test_fire_set_after_its_subject_is_no_gunfire() -> None:
    for text in ("أضرمت مجموعة مسلحة النار في منزل مختار القرية قرب المزرعة مساء أمس.",
                 "أضرم محتجون غاضبون النيران في مبنى البلدية في مدينة السويداء مساء أمس."):
        assert all(t != "Battles" for t, _, _, _ in event_rows(text, DAY)), text


def test_gunfire_after_a_firing_verb_unchanged() -> None:
    # guard: "أطلق … النار" is still gunfire
    rows = event_rows("أطلق مسلحون النار على سيارة مدنية قرب المزرعة مساء أمس، ما أدى إلى إصابة رجل.", DAY)
    assert rows and rows[0][0] == "Violence against civilians"


def test_former_member_killed_is_the_side_hit() -> None:
    # the force a former member served is never the attacker; the man himself is the side hit, a civilian
    # (ACLED: a former fighter out of service; see test_session17_dra.py for the rule that makes him one)
    for text, key in (("قُتل قيادي سابق في فصائل المعارضة فجر اليوم جراء انفجار عبوة ناسفة في سيارته في بلدة "
                       "الحراك.", "rebels"),
                      ("أصيب عنصر سابق في فصائل المعارضة بجروح فجر اليوم بانفجار عبوة ناسفة قرب منزله في بلدة "
                       "الحراك.", "rebels")):
        rows = event_rows(text, dt.date(2025, 8, 3))
        assert rows and rows[0][2] != key and rows[0][3] == "civilians", text
