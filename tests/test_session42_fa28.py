"""Session 42 (fa28): fatalities of the sets written blind.  A dual that is itself a casualty noun ("قتيلان") counts
two, also before a count of the wounded joined by "و"; a dual after "قتل فيه" is of the dead, not of the wounded
told after it; a bare "الحصيلة" that rises after a first toll of the same sentence replaces it (the wounded told
with the new figure too); the singular subject of a death told with his rank and his
unit, or of a pluperfect "قد قتل" with no object, is one dead; the returnee, the wanted man and the imam are
counted singulars."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 5, 6)


def _killed(text: str, day: dt.date = DAY) -> list[int]:
    return [int(str(r["fatalities"])) for r in record_rows(text, day)]


def test_nominative_dual_casualty_noun_counts_two() -> None:
    assert _killed("سقط قتيلان في شجار مسلح بين عائلتين في بلدة المزيريب بريف درعا الغربي، اليوم الثلاثاء.") == [2]


def test_dual_casualty_noun_before_joined_wounded_count() -> None:
    text = "قتيلان وأربعة جرحى باشتباك بين عشيرتين في قرية تابعة لقضاء الزبير، اليوم الثلاثاء."
    rows = record_rows(text, DAY)
    assert [r["fatalities"] for r in rows] == [2]
    assert rows[0]["quantities"].get("injured") == 4  # type: ignore[union-attr]


def test_dual_after_pronoun_preposition_is_of_the_dead() -> None:
    text = "تعرضت دورية لقوى الأمن لكمين قرب بلدة القصير مساء الخميس، قُتل فيه عنصران وجرح أربعة آخرون."
    assert _killed(text) == [2]


def test_bare_toll_revised_in_the_same_sentence() -> None:
    text = ("قالت وزارة الصحة إن القصف على مطار الحديدة أمس أسفر عن سقوط قتيل و9 جرحى في حصيلة أولية، قبل أن "
            "تعلن صباح اليوم ارتفاع الحصيلة إلى أربعة قتلى و22 جريحاً.")
    rows = record_rows(text, DAY)
    assert [r["fatalities"] for r in rows] == [4]
    assert rows[0]["quantities"].get("injured") == 22  # type: ignore[union-attr]


def test_singular_with_rank_and_unit_before_his_verb_is_one() -> None:
    text = ("وأوضح المصدر أن جندياً برتبة عريف من مرتبات اللواء الثامن استشهد، وأصيب اثنان من رفاقه، فجر اليوم، "
            "في اشتباك مع مهربين قرب بلدة الرويشد.")
    assert _killed(text) == [1]


def test_pluperfect_killed_without_object_is_one() -> None:
    text = "وكان شاب من بلدة سرمدا قد قتل في 3 من آذار الماضي برصاص حرس الحدود التركي قرب بلدة خربة الجوز."
    assert _killed(text) == [1]


def test_returnee_and_wanted_man_are_counted_singulars() -> None:
    assert _killed("مقتل عائد بانفجار لغم أرضي داخل أرضه الزراعية في بلدة مارع، اليوم الثلاثاء.") == [1]
    text = ("دهمت قوة من الجيش حي الشراونة في بعلبك اليوم فتعرضت لإطلاق نار وردت بالمثل، ما أدى إلى مقتل "
            "مطلوب وإصابة عسكري.")
    assert _killed(text) == [1]


def test_assassinated_imam_is_one() -> None:
    assert _killed("اغتال مسلحون مجهولون مساء اليوم إمام مسجد في مديرية المعلا بمدينة عدن.") == [1]
    # "إمام وخطيب" is one man's title, not two dead
    assert _killed("اغتال مسلحون مجهولون مساء اليوم إمام وخطيب مسجد في مديرية المعلا بمدينة عدن.") == [1]


def test_first_toll_told_back_is_replaced() -> None:
    text = ("وأعلنت وزارة الصحة أن الغارة على بلدة ميس الجبل أدت في حصيلة نهائية إلى استشهاد ثلاثة مواطنين وإصابة "
            "اثنين، بعدما كانت الحصيلة الأولية قد تحدثت عن شهيدين.")
    assert _killed(text) == [3]
    text = ("ارتفع عدد قتلى عناصر الشرطة الذين سقطوا في الهجوم على حاجز قرب بلدة القرداحة، أمس الأحد، إلى 9 قتلى، "
            "بعد أن كانت الحصيلة الأولية تتحدث عن خمسة قتلى.")
    assert _killed(text) == [9]
    # alone, the first toll is still the only figure told
    assert _killed("وكانت الحصيلة الأولية لقصف بلدة حولا اليوم قد تحدثت عن ثلاثة قتلى.") == [3]


def test_count_of_a_group_before_its_plural_verb() -> None:
    text = ("قال المرصد السوري إن ما لا يقل عن 9 عناصر من الميليشيات الموالية لإيران قتلوا في غارات جوية "
            "استهدفت مستودعات في مدينة الميادين اليوم.")
    assert _killed(text) == [9]
    # the dead of a period ("قتلوا خلال المعارك الدائرة") are a running total, no toll of the act
    text = ("وأكدت وسائل إعلام أن 31 جندياً من القوات المهاجمة قتلوا خلال المعارك الدائرة في محيط مدينة خان يونس "
            "اليوم.")
    assert _killed(text) != [31]


def test_attackers_killed_at_least_and_captured_not_dead() -> None:
    text = ("وقال المصدر إن القوات صدت هجوماً على مواقعها في مديرية حيس اليوم، مضيفاً أن خمسة على الأقل من المهاجمين "
            "لقوا مصرعهم، وأن القوات أسرت أربعة آخرين.")
    rows = record_rows(text, DAY)
    assert [r["fatalities"] for r in rows] == [5]
    assert rows[0]["quantities"].get("captured") == 4  # type: ignore[union-attr]
