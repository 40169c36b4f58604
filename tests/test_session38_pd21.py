"""Session 38 (pd21): acts on property whose verb and object Arabic parts with a count, a time or the doer:
trees cut ("قطعوا … نحو مئة شجرة"), a house levelled ("سوّت الجرافات … منزلاً بالأرض"), land seized with a time
between the verb and its "على" (ACLED: Strategic developments / Looting/property destruction)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday
LOOT = "Looting/property destruction"


def _loot(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["sub_event_type"] == LOOT]


def test_trees_cut_with_a_count_between_verb_and_noun() -> None:
    # a road cut beside trees, a threat to cut them: no act on the trees
    assert not _loot("وقطع المحتجون الطريق الرئيسي بالإطارات المشتعلة قرب أشجار الحديقة العامة.")
    assert not _loot("وهددت سلطات الاحتلال بتسوية منازل القرية بالأرض وقطع مئات أشجار الزيتون في الأراضي "
                     "المحيطة.")
    rows = _loot("وقال مزارعون إن مسلحين من أحد الفصائل قطعوا يوم السبت الماضي قرابة ثمانين شجرة زيتون في أرض "
                 "عائلة مهجرة قرب بلدة جنديرس.")
    assert rows and rows[0]["event_type"] == "Strategic developments"
    assert rows[0]["event_date"] == "2024-03-09"


def test_trees_cut_after_a_light_verb() -> None:
    rows = _loot("وأقدم عناصر من فصيل مسلح، أمس الاثنين، على قطع أكثر من مئة وخمسين شجرة زيتون في قرية شيخ "
                 "الحديد بريف عفرين.")
    assert rows and rows[0]["event_date"] == "2024-03-11"


def test_house_levelled_with_the_doer_and_time_between() -> None:
    rows = _loot("وفي مدينة طفس، سوّت جرافات تابعة لقوات الحكومة، مساء أمس الاثنين، منزلاً بالأرض يعود لأحد "
                 "المطلوبين.")
    assert rows and rows[0]["event_date"] == "2024-03-11"


def test_grove_seized_with_a_time_between_verb_and_preposition() -> None:
    # a town seized is territory taken, not property
    assert not _loot("وكانت الفصائل قد استولت، فجر اليوم، على بلدة تل رفعت بعد معارك عنيفة.")
    rows = _loot("وكان مسلحو الفصيل قد استولوا، الأسبوع الماضي، على بستان زيتون يعود لعائلة كردية في قرية كوران "
                 "بناحية جنديرس.")
    assert rows


def test_fields_burnt_goods_looted_houses_razed_by_a_verb_before_its_subject() -> None:
    # burning tyres in a street, a threat to raze: no act on property
    assert not _loot("وأحرق المتظاهرون أمس الإطارات في شوارع المدينة.")
    assert not _loot("وهددت قوات الاحتلال بهدم منازل في القرية.")
    assert _loot("وأحرق مستوطنون، مساء أمس، نحو عشرين دونماً من حقول القمح في قرية المغير.")
    assert _loot("ونهب مسلحون ينتمون إلى فصيل محلي أمس محتويات منازل المهجرين في بلدة البصيرة.")
    rows = _loot("وهدم الجيش صباح أمس منزلين قيد الإنشاء في قرية بيت أمر شمال الخليل.")
    assert rows and rows[0]["event_date"] == "2024-03-11"
