"""Session 17 (TY3): event types at their boundaries in Syrian local outlets — a settlement or a truce named as a time
or a basis of another matter ("بعد اتفاق التسوية", "بموجب اتفاق آذار") is no agreement reached, and a blast of unknown
cause in an arms or ammunition depot, told by the bare word with no weapon, strike or side, is no explosion event."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 12)  # a Thursday


def _subs(text: str) -> list[str]:
    return [str(r["sub_event_type"]) for r in record_rows(text, DAY)]


# --- an agreement named as a time or a basis ---

def test_settlement_named_as_a_time_is_no_agreement() -> None:
    subs = _subs("أصيب رجل بجروح إثر إطلاق النار عليه في بلدة نوى أمس الأربعاء، ولم يكن قد التحق بأي فصيل "
                 "بعد اتفاق التسوية.")
    assert "Agreement" not in subs
    assert "Attack" in subs or "Armed clash" in subs


def test_settlement_of_a_year_named_as_a_time_is_no_agreement() -> None:
    subs = _subs("قتل شاب برصاص مجهولين في بلدة داعل مساء أمس، وكان الشاب قد رفض الانضمام إلى أي مجموعة مسلحة "
                 "بعد اتفاق \"التسوية\" عام 2018.")
    assert subs and "Agreement" not in subs


def test_agreement_of_a_month_named_as_a_basis_is_no_agreement() -> None:
    subs = _subs("انتشرت قوات الأمن الداخلي أمس في حي الأشرفية بمدينة حلب بموجب اتفاق آذار بين الحكومة وقسد، "
                 "وهو اتفاق لم يطبق كاملاً حتى الآن.")
    assert "Agreement" not in subs


def test_since_the_agreement_is_no_agreement() -> None:
    subs = _subs("قتل شاب برصاص مجهولين في مدينة جاسم أمس، في حادثة هي الأحدث منذ الاتفاق الذي أنهى المعارك في "
                 "المنطقة.")
    assert "Agreement" not in subs


def test_guard_a_new_deal_after_talks_stays_an_agreement() -> None:
    # pure guard (passes on the old code too): an indefinite deal reached now, not a named one
    subs = _subs("توصلت الحكومة السورية ووجهاء مدينة الصنمين أمس الأربعاء إلى اتفاق يقضي بتسليم السلاح "
                 "المتوسط، بعد مفاوضات استمرت أياماً.")
    assert "Agreement" in subs


# --- a blast of unknown cause in a depot ---

def test_depot_blast_of_unknown_cause_is_no_event() -> None:
    rows = record_rows("هز انفجار عنيف مستودعاً للذخيرة في مدينة الميادين فجر اليوم الخميس، دون أن تعرف أسبابه "
                       "حتى الآن.", DAY)
    assert not rows


def test_depot_blast_with_its_toll_is_no_event() -> None:
    rows = record_rows("قتل ثلاثة عناصر بانفجار وقع في مخزن أسلحة قرب مدينة البوكمال مساء أمس، ولم تعرف "
                       "أسباب الانفجار.", DAY)
    assert not rows


def test_guard_depot_blast_from_a_drone_stays_a_strike() -> None:
    # pure guard: a weapon named beside the blast keeps the event
    subs = _subs("استهدفت طائرة مسيرة مجهولة مستودعاً للذخيرة في مدينة الميادين فجر اليوم الخميس، ما أدى "
                 "إلى انفجاره.")
    assert subs and subs[0] == "Air/drone strike"


def test_guard_bomb_in_a_depot_stays_an_ied() -> None:
    # pure guard: the bomb is named
    subs = _subs("انفجرت عبوة ناسفة عند مدخل مستودع للحبوب في بلدة الصنمين صباح اليوم الخميس، ما أدى إلى إصابة "
                 "عنصرين من الأمن العام.")
    assert "Remote explosive/landmine/IED" in subs


# --- fighters killed and one taken in the same breath: the capture ends the fight ---

def test_killed_two_and_arrested_a_third_is_one_clash() -> None:
    subs = _subs("اشتبكت قوات الأمن الداخلي فجر اليوم الخميس مع خلية مسلحة قرب بلدة الفرقلس في ريف حمص الشرقي، "
                 "وقتلت اثنين من أفرادها وألقت القبض على ثالث.")
    assert subs == ["Armed clash"]


def test_attackers_killed_and_one_detained_is_one_clash() -> None:
    subs = _subs("هاجم مسلحون حاجزاً للأمن العام قرب مدينة جاسم مساء أمس الأربعاء، واندلعت اشتباكات قتل خلالها "
                 "عناصر الحاجز ثلاثة من المهاجمين واعتقلوا رابعاً.")
    assert subs == ["Armed clash"]


def test_patrol_downed_two_and_detained_a_third_is_one_clash() -> None:
    subs = _subs("اشتبكت دورية للجيش السوري مع مجموعة مسلحة في محيط مدينة جاسم مساء أمس الأربعاء، وأردت اثنين "
                 "من عناصرها واعتقلت ثالثاً.")
    assert subs == ["Armed clash"]


def test_guard_arrest_in_its_own_sentence_stays() -> None:
    # pure guard: an arrest told apart from the fight, in a sentence of its own, stays a record
    subs = _subs("اشتبكت قوات الأمن الداخلي مساء أمس الأربعاء مع مسلحين في بلدة الفرقلس بريف حمص الشرقي. "
                 "وفي مدينة حمص، اعتقلت دورية للأمن العام اليوم الخميس شاباً متهماً بالسرقة.")
    assert "Arrests" in subs and "Armed clash" in subs
