"""Session 17 (DP3): one act told twice in outlet-style articles — a headline's second act that took its first act's
place, a clash told again by its definite noun at a village near it, and the raid that set a clash off."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2025, 3, 9)


def _rows(title: str, body: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=title + "\n" + body if title else body, title=title, published=DAY)
    return [(str(r["sub_event_type"]), str(r["location"])) for r in records(Pipeline()(doc), timestamp=0)]


def test_headline_second_act_takes_its_own_place() -> None:
    rows = _rows("دورية إسرائيلية تعتقل راعياً قرب بلدة حضر وعبوة ناسفة تستهدف سيارة عسكرية في نوى",
                 "اعتقلت قوة إسرائيلية، صباح أمس السبت، راعياً خلال توغلها في الأراضي الزراعية المحيطة ببلدة حضر.\n"
                 "وفي ريف درعا الغربي، أصيب عنصران من الجيش السوري، مساء الجمعة، جراء انفجار عبوة ناسفة زرعها "
                 "مجهولون على طريق فرعي عند مدخل مدينة نوى أثناء مرور سيارة عسكرية.")
    ieds = [p for s, p in rows if s.startswith("Remote explosive")]
    assert ieds == ["Nawa"], rows


def test_headline_one_act_at_two_towns_stays_two() -> None:
    # pure guard (passes on the old code too): one act the headline names at two towns ("قصف يطال X وY")
    rows = _rows("قصف مدفعي يطال سرمين وآفس بريف إدلب",
                 "استهدفت قوات النظام بقذائف المدفعية، صباح اليوم الأحد، بلدة آفس شمال مدينة سراقب، "
                 "ما أدى إلى إصابة امرأة بجروح.")
    assert len([r for r in rows if r[0].startswith("Shelling")]) == 2, rows


def test_clash_told_again_at_an_axis_village() -> None:
    rows = _rows("اشتباكات في محيط سد تشرين",
                 "تجددت الاشتباكات، أمس السبت، بين قوات سوريا الديمقراطية وفصائل الجيش الوطني في محيط سد تشرين "
                 "بريف منبج.\n"
                 "وقالت مصادر في قسد إن مقاتليها صدوا هجوماً شنته الفصائل من محور قرية الخفسة، وإن خمسة من "
                 "عناصر الفصائل قتلوا خلال المواجهات.")
    assert [r for r in rows if r[0] == "Armed clash"] == [("Armed clash", "Tishrin Dam")], rows


def test_raid_that_set_the_clash_off_is_no_arrest() -> None:
    rows = _rows("قتلى باشتباكات في الشحيل",
                 "اندلعت اشتباكات، مساء أمس السبت، بين مقاتلين من العشائر وعناصر من قسد في بلدة الشحيل بريف دير "
                 "الزور، أسفرت عن مقتل عنصرين.\n"
                 "وبدأت المواجهات بعد أن داهمت دورية لقسد منزلاً في البلدة بحثاً عن مطلوبين، ليرد مسلحون "
                 "بإطلاق النار على الدورية.")
    assert [s for s, _ in rows] == ["Armed clash"], rows


def test_raid_that_set_the_clash_off_in_its_own_paragraph() -> None:
    # the raid told apart ("وبدأت المواجهات بعد أن داهمت …") is the clash's start, no second arrest record
    rows = _rows("قتيلان باشتباكات في ذيبان وحملة اعتقالات في البصيرة",
                 "اندلعت اشتباكات، مساء أمس السبت، بين مقاتلين من العشائر وعناصر من قسد في بلدة ذيبان بريف دير "
                 "الزور الشرقي، أسفرت عن مقتل عنصرين.\n"
                 "وبدأت المواجهات بعد أن داهمت دورية لقسد منزلاً في الحي الغربي من البلدة، قبل أن تمتد إلى السوق.\n"
                 "وصباح اليوم، شنت قسد حملة اعتقالات في بلدة البصيرة المجاورة طالت خمسة شبان.\n"
                 "ويشكو أهالي البصيرة من غياب الخدمات.")
    assert rows.count(("Arrests", "Basira")) == 1, rows


def test_steps_after_the_clash_are_part_of_it() -> None:
    rows = _rows("اشتباكات بين العشائر وقسد في الشحيل",
                 "اندلعت اشتباكات، مساء اليوم الأحد، بين مقاتلين من العشائر وعناصر من قسد في بلدة الشحيل بريف دير "
                 "الزور، أسفرت عن مقتل عنصر.\n"
                 "وفرضت قسد حظراً للتجول في البلدة إثر المواجهات، واستقدمت تعزيزات عسكرية من حقل العمر.")
    assert [s for s, _ in rows] == ["Armed clash"], rows
