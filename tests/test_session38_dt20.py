"""Session 38 (dt20, dates and the historical flag): a live blog's entry with no day of its own is of the blog's day,
not of a day an earlier entry named; "the day before the shelling" ("في اليوم السابق للقصف") counts from the shelling
the text dated, not from the time named last; a title that tells its act after an offset ("مقتل … بعد يومين من
اختطافهما") counts back from the lead's news day; "وعشية الهجوم" with its conjunction is the eve of the attack; a
sequel's offset still dates an act a background cue leaves with no time; a period after "في خطوة تكررت" dates the
step's repeats, not the act."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records


def _rows(text: str, published: dt.date, sub_event: str) -> list[tuple[object, object]]:
    return sorted((r["event_date"], r["location"]) for r in record_rows(text, published)
                  if r["sub_event_type"] == sub_event)


def test_a_live_blog_entry_does_not_inherit_an_earlier_entrys_yesterday() -> None:
    text = ("تغطية متواصلة | التصعيد في ريف إدلب\n\n"
            "نتابع هنا التطورات الميدانية في ريف إدلب لحظة بلحظة.\n\n"
            "09:10\n"
            "قصفت قوات النظام بالمدفعية، صباح اليوم، أطراف مدينة سرمين من دون إصابات.\n\n"
            "12:30\n"
            "شيّع الأهالي في مدينة أريحا ظهر اليوم رجلاً قُتل بقصف صاروخي لقوات النظام على المدينة مساء أمس.\n\n"
            "16:45\n"
            "عاجل | قوات النظام تستهدف الآن بقذائف الهاون منازل المدنيين في قرية البارة بجبل الزاوية.\n")
    rows = _rows(text, dt.date(2024, 3, 12), "Shelling/artillery/missile attack")
    assert ("2024-03-12", "Al-Bara") in rows


def test_the_day_before_the_shelling_counts_from_the_shelling() -> None:
    text = ("ارتفاع ضحايا قصف على قباسين\n"
            "ارتفعت اليوم حصيلة القصف المدفعي الذي استهدف بلدة قباسين شرقي حلب، يوم الخميس، إلى ثلاثة قتلى من "
            "المدنيين، بحسب الدفاع المدني.\n"
            "وشيّع الأهالي الضحية الثالثة ظهر اليوم في مقبرة البلدة.\n"
            "وفي اليوم السابق للقصف، أصيب راعيان بجروح إثر استهداف طائرة مسيّرة قطيع أغنام في محيط مدينة مارع "
            "شمالي حلب.\n")
    rows = _rows(text, dt.date(2024, 3, 9), "Air/drone strike")
    assert [d for d, _ in rows] == ["2024-03-06"]


def test_a_title_act_after_an_offset_counts_back_from_the_lead_day() -> None:
    text = ("مقتل سائق بعد ثلاثة أيام من اختطافه قرب حماة\n"
            "عُثر، صباح أمس الأحد، على جثة سائق شاحنة من أبناء بلدة السقيلبية ملقاة على طريق فرعي قرب مدينة حماة، "
            "وعليها آثار طلقات نارية.\n")
    rows = [r["event_date"] for r in records(article_doc(text, dt.date(2025, 4, 14)))
            if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert rows == ["2025-04-10"]


def test_the_eve_of_the_attack_with_its_conjunction() -> None:
    text = ("هجوم على حاجز في الشحيل\n"
            "هاجم مسلحون مجهولون، فجر اليوم الأربعاء، حاجزاً لقوات سوريا الديمقراطية عند مدخل بلدة الشحيل شرقي دير "
            "الزور، ما أدى إلى مقتل عنصر.\n"
            "وعشية الهجوم، قصفت قوات النظام بقذائف الهاون أطراف بلدة الطيانة المجاورة، ما أدى إلى إصابة طفل.\n")
    rows = _rows(text, dt.date(2023, 12, 6), "Shelling/artillery/missile attack")
    assert [d for d, _ in rows] == ["2023-12-05"]


def test_a_cued_sequel_act_is_still_counted_back() -> None:
    text = ("مواجهات في مخيم جنين\n"
            "اندلعت مواجهات عنيفة، فجر اليوم، بين مقاومين وقوات الاحتلال التي اقتحمت مخيم جنين.\n"
            "وتأتي هذه المواجهات بعد ثلاثة أيام من اغتيال الاحتلال مقاومَين بقصف من طائرة مسيّرة استهدف سيارتهما "
            "قرب بلدة عرابة، وهي المرة الأولى منذ سنوات التي يلجأ فيها إلى هذا الأسلوب.\n")
    rows = [r for r in record_rows(text, dt.date(2023, 9, 20)) if r["location"] == "Arraba (Jenin)"]
    assert rows and all(r["event_date"] == "2023-09-17" for r in rows)


def test_a_repeated_step_period_does_not_date_the_act() -> None:
    text = ("احتجاجات في السويداء\n"
            "خرج المئات اليوم الجمعة في تظاهرة وسط مدينة السويداء للمطالبة بالإفراج عن المعتقلين.\n"
            "وفي مدينة شهبا، أغلق محتجون أبواب مبنى شعبة حزب البعث باللحام، في خطوة رمزية تكررت في عدة قرى خلال "
            "الأيام الماضية.\n")
    rows = _rows(text, dt.date(2023, 9, 8), "Peaceful protest")
    assert ("2023-09-08", "Shahba") in rows
