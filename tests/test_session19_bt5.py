"""Session 19 (bt5): "بين الطرفين" / "بين الجانبين" — a clash that names its sides only as "the two sides" takes
the two sides of the nearest earlier record whose sides are both armed, never another group its own sentence names
(a commander arrested, a council, a ministry), and keeps the initiator its own sentence gives."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 10, 12)


def _battles(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, on) if r["event_type"] == "Battles"]


def _sides(row: dict[str, object]) -> set[str]:
    return {str(row["actor1"]), str(row["actor2"])}


def test_background_clash_between_the_two_sides_takes_the_earlier_pair() -> None:
    rows = _battles("اندلعت اشتباكات عنيفة بين مقاتلي العشائر ومسلحي \"قسد\" في بلدة ذيبان بريف دير الزور الشرقي، "
                    "اليوم الخميس، ما أدى إلى مقتل 3 من مسلحي \"قسد\".\n"
                    "وكانت المواجهات قد اندلعت بين الطرفين أواخر آب/أغسطس الماضي، إثر اعتقال \"قسد\" قائد "
                    "\"مجلس دير الزور العسكري\" أحمد الخبيل.")
    assert len(rows) == 2
    assert all(_sides(r) == _sides(rows[0]) for r in rows)
    assert not any("Military Council" in str(r["actor1"]) + str(r["actor2"]) for r in rows)


def test_renewed_clash_between_the_two_sides_other_shape() -> None:
    rows = _battles("هاجم مقاتلو العشائر نقاطاً لقوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور، "
                    "صباح اليوم الخميس.\n"
                    "وكانت الاشتباكات قد تجددت بين الجانبين في بلدة البصيرة أواخر الشهر الماضي، بعد أن "
                    "اعتقلت \"قسد\" عدداً من قادة مجلس دير الزور العسكري.")
    hist = [r for r in rows if r["historical"]]
    assert hist and all(_sides(r) == _sides(rows[0]) for r in hist)
    assert not any("Military Council" in str(r["actor1"]) + str(r["actor2"]) for r in hist)


def test_sentence_naming_the_same_pair_keeps_its_initiator() -> None:
    # pure guard: the sentence's own attacker stays actor1
    rows = _battles("اشتبك الجيش الصومالي مع مسلحي حركة \"الشباب\" في إقليم شبيلي السفلى، أمس الأربعاء.\n"
                    "وهاجمت حركة \"الشباب\"، يوم الثلاثاء، قاعدة للجيش الصومالي في إقليم مدغ، ودارت مواجهات "
                    "مباشرة بين الطرفين.")
    tue = [r for r in rows if "Shabaab" in str(r["actor1"]) + str(r["actor2"]) and r["event_date"] == "2023-10-10"]
    assert all("Shabaab" in str(r["actor1"]) for r in tue)


def test_two_sides_named_before_in_its_own_sentence_stay() -> None:
    # pure guard: "هاجم X نقطة لـY، واندلعت اشتباكات بين الطرفين" points back inside its own sentence, not to an
    # earlier record of another pair
    rows = _battles("قُتل عنصر من قوى الأمن الداخلي (الأسايش) مساء الأربعاء إثر هجوم شنه مسلحون مجهولون على نقطة "
                    "أمنية في مدينة الحسكة.\n"
                    "وفي ريف الحسكة الجنوبي، هاجم مسلحون من أبناء العشائر العربية، فجر الخميس، نقطة عسكرية لقوات "
                    "سوريا الديمقراطية قرب بلدة الشدادي، واندلعت اشتباكات بين الطرفين استمرت ساعتين.",
                    dt.date(2024, 5, 9))
    thu = [r for r in rows if r["event_date"] == "2024-05-09"]
    assert thu and all("Tribal" in str(r["actor1"]) and "QSD" in str(r["actor2"]) for r in thu)
