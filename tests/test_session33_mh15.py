"""Session 33 (mh15): an act told by a light verb of going as far as doing it, in the past ("أقدم … على <noun>", "عمد
… إلى <noun>"), placed in time, is a done act even in a long reported sentence; and a shelling by a force named by
its name does not join a clash whose attacker is only the vague "مسلحون" at the same town: two acts."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 15)  # a Wednesday


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_abduction_told_by_aqdama_in_a_long_reported_sentence() -> None:
    text = ("أوقفت الشرطة أمس ثلاثة رجال في مدينة حماة. "
            "وذكر مصدر في الشرطة أن الرجال الثلاثة أقدموا مطلع الشهر الجاري على خطف طفل من أبناء حي الحاضر "
            "أثناء خروجه من مدرسته في المدينة، ثم اقتادوه إلى مزرعة مهجورة وطلبوا من أهله مبلغاً كبيراً "
            "لقاء إعادته إليهم سالماً.")
    assert any(r["sub_event_type"] == "Abduction/forced disappearance" for r in _rows(text))


def test_present_habit_of_amada_is_no_act() -> None:
    text = ("يعمد المهربون عادة إلى خطف المسافرين على الطرق الصحراوية في البادية بحسب تقارير حقوقية نشرت "
            "خلال الأعوام الماضية عن أوضاع تلك المناطق وعن المخاطر التي يواجهها المسافرون فيها من دون أي حماية "
            "من أي جهة كانت.")
    assert not any(r["sub_event_type"] == "Abduction/forced disappearance" for r in _rows(text))


def test_named_militia_shelling_stays_apart_from_gunmen_ambush() -> None:
    text = ("توتر أمني في ريف دير الزور الشرقي\n\n"
            "قتل عنصران من قوات سوريا الديمقراطية وأصيب ثالث مساء الثلاثاء بكمين نصبه مسلحون مجهولون لدوريتهم "
            "قرب بلدة ذيبان شرقي دير الزور، إذ أطلقوا النار بكثافة على سيارتهم. "
            "وفي اليوم ذاته، قصفت ميليشيات موالية لإيران، انطلاقا من مواقعها في مدينة الميادين، بلدة ذيبان "
            "بقذائف الهاون.")
    types = {r["event_type"] for r in _rows(text)}
    assert "Battles" in types and "Explosions/Remote violence" in types
