"""Session 17 (NEK): the north and north-east after 2024 in the voices of Hawar, North Press, SANA, Enab Baladi and
Deir ez-Zor 24 — a weapon that is the subject of a pluperfect ("وكانت طائرة تابعة لـ Y قد استهدفت"), a place
described by its holder ("منبج المحتلة من قبل Y"), a quarter placed in a named city ("حي X وسط مدينة Y"), attackers
slipping away after their attack, and the repetition of clashes as a trend."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.pipeline import extract_text

DAY = dt.date(2025, 1, 10)


def _rows(text: str, on: dt.date = DAY) -> list[tuple[str, str, int, str, int, str]]:
    return [(str(r["sub_event_type"]), str(r["actor1"]), int(r["inter1"]), str(r["actor2"]), int(r["inter2"]),
             str(r["location"])) for r in record_rows(text, on)]


# --- a weapon that is the subject of a pluperfect belongs to the attacker ---

def test_pluperfect_drone_of_owner_is_attacker() -> None:
    rows = _rows("وكانت طائرة مسيّرة تابعة لجيش الاحتلال التركي قد استهدفت، مساء أمس الخميس، قافلة مدنية قرب سد "
                 "تشرين، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert len(rows) == 1
    assert rows[0][2] == 8 and "Turkey" in rows[0][1]
    assert rows[0][4] == 7


def test_pluperfect_warplanes_of_owner_is_attacker() -> None:
    rows = _rows("وكانت طائرات حربية تابعة لسلاح الجو الروسي قد شنت غارات على بلدة قرب منبج أمس، ما أدى إلى مقتل "
                 "ثلاثة مدنيين.")
    assert rows and rows[0][2] == 8 and "Russia" in rows[0][1]


def test_pluperfect_owner_of_thing_hit_stays_target() -> None:
    # guard: the owner of the thing hit, named after the verb, is still the target
    rows = _rows("وكانت طائرة مسيرة قد استهدفت مقرا تابعا لقسد قرب منبج أمس، ما أدى إلى مقتل ثلاثة عناصر.")
    assert rows and "Syrian Democratic Forces" in rows[0][3] and rows[0][1] == ""


# --- a place described by its holder: the holder is no side of the act told there ---

def test_occupied_city_holder_is_not_the_bomber() -> None:
    rows = _rows("استشهد تسعة مدنيين اليوم بانفجار سيارة مفخخة وسط مدينة منبج المحتلة من قبل مرتزقة الاحتلال التركي.")
    assert len(rows) == 1
    assert "National Army" not in rows[0][1] and rows[0][4] == 7


def test_controlled_village_holder_is_not_the_bomber() -> None:
    rows = _rows("قتل ثلاثة مدنيين بانفجار عبوة ناسفة في قرية قرب منبج المسيطر عليها من قبل الجيش الوطني.")
    assert rows and "National Army" not in rows[0][1]


def test_agent_by_min_qibal_unchanged() -> None:
    # guard: "من قبل" right after the act still names its doer
    rows = _rows("قتل ثلاثة مدنيين بقصف مدفعي من قبل الجيش التركي على قرية قرب منبج.")
    assert rows and "Turkey" in rows[0][1]


# --- a quarter placed in a named city ---

def test_quarter_in_the_middle_of_named_city() -> None:
    rows = _rows("استشهد مدنيان اليوم بقذائف سقطت على حي الميدان وسط مدينة حلب.", dt.date(2026, 1, 7))
    assert rows and all(r[5] == "Aleppo" for r in rows)


def test_quarter_in_named_city_is_read_there() -> None:
    doc = extract_text("استشهد مدنيان اليوم بقذائف سقطت على حي الميدان في مدينة حلب.", published=dt.date(2026, 1, 7))
    quarter = next(sp for sp in doc.layer("places") if doc.span_text(sp) == "حي الميدان")
    assert "Damascus" not in quarter.value.name_en and quarter.value.admin1 == "Aleppo"


def test_quarter_with_ba_of_named_city() -> None:
    doc = extract_text("استشهد مدنيان اليوم بقذائف سقطت على حي الميدان بمدينة حلب.", published=dt.date(2026, 1, 7))
    quarter = next(sp for sp in doc.layer("places") if doc.span_text(sp) == "حي الميدان")
    assert quarter.value.admin1 == "Aleppo"


def test_quarter_of_its_own_city_unchanged() -> None:
    # guard: the quarter of the city named keeps its own entry
    rows = _rows("قتل مدني اليوم باشتباكات في حي الشيخ مقصود في مدينة حلب.", dt.date(2026, 1, 7))
    assert rows and rows[0][5] == "Sheikh Maqsoud"


def test_damascus_quarter_unchanged() -> None:
    # guard
    rows = _rows("قتل مدني اليوم بانفجار عبوة في حي الميدان وسط العاصمة دمشق.", dt.date(2026, 1, 7))
    assert rows and rows[0][5] == "Al-Midan (Damascus)"


# --- attackers slipping away after their attack ---

def test_attackers_withdraw_before_reinforcements() -> None:
    rows = _rows("قتل عنصران من قسد بهجوم نفذه مسلحون على حاجز في ذيبان.\nوبحسب مصادر محلية، فإن المهاجمين "
                 "استخدموا أسلحة رشاشة، وانسحبوا باتجاه البادية قبل وصول التعزيزات.")
    assert [r[0] for r in rows] == ["Armed clash"]


def test_attackers_withdraw_to_unknown_place() -> None:
    rows = _rows("قتل عنصران من قسد بهجوم نفذه مسلحون على حاجز في ذيبان.\nوأفادت مصادر بأن المسلحين أطلقوا "
                 "النار على الحاجز ثم انسحبوا إلى جهة مجهولة.")
    assert [r[0] for r in rows] == ["Armed clash"]


def test_force_withdrawal_from_village_unchanged() -> None:
    # guard: a force leaving a village is still reported
    rows = _rows("انسحبت قوات قسد من قرية قرب دير حافر اليوم، وتسلمها الجيش السوري.")
    assert rows and rows[0][0] in ("Other", "Non-violent transfer of territory")


# --- the repetition of clashes as a trend ---

def test_repetition_of_clashes_is_analysis() -> None:
    rows = _rows("اندلعت اشتباكات بين قسد والجيش السوري في حي الشيخ مقصود بحلب أمس.\nويرى محللون أن تكرار هذه "
                 "الاشتباكات يعكس تعثر تطبيق بنود اتفاق آذار، في ظل خلافات حول آلية دمج مقاتلي قسد ضمن الجيش "
                 "السوري.")
    assert len(rows) == 1


def test_aim_to_repeat_strike_keeps_withdrawal() -> None:
    # guard: "لتكرار" is the aim of another act, not a trend: the withdrawal told is kept
    rows = _rows("انسحبت القوات الروسية من جزيرة قرب أوديسا، بعد محاولات أوكرانية للسيطرة عليها، في محاولة "
                 "لتكرار ضربة البارجة.")
    assert rows and rows[0][0] == "Other"


# --- a withdrawal that tells the leaving side of a handover ---

def test_handover_after_withdrawal_is_one_transfer() -> None:
    rows = _rows("تسلم الجيش السوري اليوم قرية قرب دير حافر بعد انسحاب قسد منها.")
    assert [r[0] for r in rows] == ["Non-violent transfer of territory"]


def test_withdrawal_elsewhere_stays_apart() -> None:
    # guard: a withdrawal from another place on the same day is another record
    rows = _rows("تسلم الجيش السوري اليوم قرية قرب دير حافر، فيما انسحبت القوات الروسية من قاعدة قرب القامشلي.")
    assert "Other" in [r[0] for r in rows]
