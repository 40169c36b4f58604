"""Session 40 (dt25): dates.  A later day inside "منذ بدء …" dates the start a comparison counts from, not the
act the sentence's first day dates; a sequel whose subject names the news act's day and whose earlier act has only
a month part ("أواخر الشهر الماضي") is counted back from that day by its offset; a paragraph's last day that closes
an attribution ("بحسب ما أعلنه …، يوم الأحد") dates the telling, so the next paragraph goes on with the act's day."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.pipeline import extract_text
from rasd.time.assign import event_date

DAY = dt.date(2024, 11, 13)  # a Wednesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_day_after_since_the_start_of_fighting_does_not_date_the_strike() -> None:
    text = ("شنّت طائرات حربية، بعد ظهر اليوم الأربعاء، سلسلة غارات على مستودع للذخيرة في أطراف مدينة القصير، "
            "في تصعيد هو الأعنف منذ بدء المواجهات في محافظة درعا جنوبي البلاد قبل 3 أيام.")
    doc = extract_text(text, DAY)
    sent = doc.layer("sentences")[0]
    acts = [t for t in doc.layer("triggers") if doc.text[t.start:t.end] == "غارات"]
    assert acts
    date, _ = event_date(doc, [sent], acts)
    assert date is not None and date.iso() == "2024-11-13"


def test_sequel_counts_back_from_the_news_day_it_names_rather_than_a_month_part() -> None:
    text = ("استهدفت مسيّرة إسرائيلية، مساء الإثنين، دراجة نارية في بلدة ميس الجبل جنوبي لبنان، ما أدى إلى "
            "مقتل راكبها.\n\n"
            "وتأتي غارة الإثنين بعد أسبوع من غارة مماثلة استهدفت سيارة في محيط بلدة الخيام مطلع الشهر الجاري، "
            "وأدت إلى مقتل شخصين.")
    rows = [r for r in _rows(text) if r["location"] == "Khiam"]
    assert rows and rows[0]["event_date"] == "2024-11-04"
    assert rows[0]["time_precision"] == 2


def test_next_paragraph_goes_on_with_the_act_day_not_the_day_of_the_statement() -> None:
    text = ("ارتفع عدد قتلى الغارات التي شنتها طائرات أمريكية، ليل الإثنين، على مواقع لفصائل مسلحة في مدينة "
            "البوكمال إلى تسعة، بحسب ما أعلنه المرصد السوري لحقوق الإنسان، يوم الثلاثاء.\n\n"
            "وبالتزامن، قصفت الطائرات مستودعاً للأسلحة قرب مدينة الميادين، من دون أن ترد أنباء عن إصابات.")
    rows = [r for r in _rows(text, dt.date(2024, 11, 14)) if r["location"] == "Al Mayadin"]
    assert rows and rows[0]["event_date"] == "2024-11-11"


def test_next_day_with_a_weekday_takes_the_weekday() -> None:
    text = ("اقتحم مسلحون بلدة تلكلخ بريف حمص الغربي صباح الجمعة وأحرقوا عدداً من المنازل، وبقي الأهالي محاصرين "
            "في بيوتهم حتى مساء اليوم التالي.\n\n"
            "وفي اليوم التالي، السبت، قصفت قوات الجيش بقذائف الهاون أطراف مدينة القصير، ما أدى إلى إصابة طفلين.")
    rows = [r for r in _rows(text, dt.date(2024, 11, 11)) if r["location"] == "Al-Qusayr"]
    assert rows and rows[0]["event_date"] == "2024-11-09"


def test_sequel_with_a_time_after_its_offset_dates_the_earlier_act_by_it() -> None:
    text = ("قُتل ثلاثة مدنيين بقصف مدفعي استهدف صباح اليوم منازل في بلدة كفرنبل بريف إدلب الجنوبي.\n\n"
            "ويأتي قصف اليوم بعد أسابيع من قصف مماثل طال، مطلع الشهر الماضي، سوقاً شعبية في مدينة أريحا، "
            "وأدى إلى مقتل امرأتين.")
    rows = [r for r in _rows(text) if r["location"] == "Ariha"]
    assert rows and rows[0]["event_date"].startswith("2024-10")
