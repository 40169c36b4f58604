"""Session 21 (lg9): long reports and analyses with news inside.  A report told in sections under crossheadings
tells an item of the week's news in each section, not background of its lead; a crossheading and the sentence that
opens its section are dated by the day the section goes on to name, not by the section above; and a day named in a
later clause of contrast with its own act ("…، فيما اعتقلت القوات في اليوم التالي …") dates that act only."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc

from rasd.output.records import records

DAY = dt.date(2024, 6, 17)  # a Monday


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return records(article_doc(text, on))


_REPORT = """الجنوب السوري في أسبوع: توتر متصاعد
تعيش محافظات الجنوب السوري منذ أشهر حالة من التوتر الأمني، وتتبادل الأطراف الاتهامات بالمسؤولية عنها، وسط غياب أي حل.

هجوم على حاجز
قُتل جنديان من الجيش السوري، أمس الأحد، بهجوم شنه مسلحون على حاجز عسكري قرب مدينة إنخل بريف درعا الشمالي.

انفجار في بصرى الشام
وفي الريف الشرقي، أُصيب ثلاثة مدنيين بجروح، يوم الخميس، بانفجار عبوة ناسفة زُرعت قرب سوق مدينة بصرى الشام.

ويرى متابعون أنّ الأوضاع مرشحة للتصعيد في الأسابيع المقبلة ما لم تتغير المعادلة الأمنية في المحافظة.
"""


def test_an_act_told_in_its_own_section_of_a_report_is_news() -> None:
    rows = _rows(_REPORT)
    blast = [r for r in rows if r["location"] == "Busra Esh-Sham"]
    assert blast and blast[0]["event_date"] == "2024-06-13"
    assert blast[0]["historical"] is False


def test_a_recall_in_a_section_stays_background() -> None:
    # a paragraph of a section that opens on a recall ("وكانت … قد") tells background, whatever its day; its heading
    # joins it (the old code dated the heading by the section above, a record of its own)
    text = _REPORT.replace("وفي الريف الشرقي، أُصيب", "وكانت مصادر قد ذكرت أنّه أُصيب")
    rows = _rows(text)
    blast = [r for r in rows if r["location"] == "Busra Esh-Sham"]
    assert all(r["historical"] is True for r in blast)


def test_a_section_opening_sentence_takes_its_sections_day() -> None:
    text = """تقرير: الشرق السوري بين القواعد والعشائر
تتواصل في ريف دير الزور الشرقي حالة الاحتقان منذ أشهر، في ظل تعدد القوى المسيطرة على المنطقة.

غارة على الميادين
شنّت طائرة مسيرة مجهولة، مساء السبت، غارة على سيارة في مدينة الميادين، ما أدى إلى مقتل شخصين.

مواجهات في هجين
وفي الضفة الأخرى، تجددت المواجهات بين مقاتلين من العشائر وعناصر "قسد" في بلدة هجين. """ \
        """فقد اندلعت يوم الأربعاء اشتباكات بين الطرفين قرب مدخل البلدة، قُتل فيها عنصران من "قسد".
"""
    rows = _rows(text)
    clashes = [r for r in rows if r["sub_event_type"] == "Armed clash"]
    assert clashes and {r["event_date"] for r in clashes} == {"2024-06-12"}
    assert len(clashes) == 1


def test_a_day_of_a_later_clause_of_contrast_dates_its_own_act() -> None:
    for link in ("فيما", "بينما", "في حين"):
        text = ("اشتباكات في طفس\n"
                "اندلعت يوم الخميس اشتباكات بين مسلحين محليين ودورية للأمن العسكري في مدينة طفس بريف درعا الغربي. "
                f"وقُتل اثنان من المسلحين في الاشتباكات التي استمرت ساعات، {link} داهمت القوات في اليوم التالي "
                "منازل في المدينة واعتقلت خمسة شبان.")
        rows = _rows(text)
        clashes = [r for r in rows if r["sub_event_type"] == "Armed clash"]
        assert clashes and {r["event_date"] for r in clashes} == {"2024-06-13"}, link
        assert len(clashes) == 1, link
