"""Session 41 (dt27): dates carried from one paragraph to the next.  An undated paragraph that names again the
place of one of the earlier paragraph's two dated clauses goes on with that clause's day, not with the day told
last; and an earlier day that the lead tells only as what its news came after ("تجددت الاشتباكات صباح اليوم …
بعد ليلة هادئة أعقبت مواجهات شهدتها البلدة أمس") is no day the next paragraph goes on with."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 2, 12)  # a Wednesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_paragraph_naming_the_first_clause_place_goes_on_with_its_day() -> None:
    text = ("قُتل مزارع برصاص قناص، صباح اليوم الأربعاء، في أطراف بلدة كفرنبل جنوبي إدلب، فيما ارتفع عدد ضحايا "
            "الغارة التي استهدفت بلدة سرمين مساء أمس إلى أربعة قتلى.\n\n"
            "وأوضح شهود عيان أن مسلحين أطلقوا النار على المزارع أثناء عمله في أرضه عند الطرف الغربي من بلدة "
            "كفرنبل، ما أدى إلى مقتله على الفور.")
    rows = [r for r in _rows(text) if r["location"] == "Kafr Nobol"]
    assert rows and all(r["event_date"] == "2025-02-12" for r in rows)


def test_next_paragraph_goes_on_with_the_news_not_with_what_it_came_after() -> None:
    text = ("تجددت الاشتباكات، صباح اليوم، بين مسلحين محليين وعناصر الأمن العام في مدينة الصنمين شمالي درعا، "
            "بعد ليلة هادئة أعقبت مواجهات دامية شهدتها المدينة أمس الثلاثاء.\n\n"
            "وفي موازاة ذلك، سقطت قذائف هاون على أطراف مدينة إنخل المجاورة، ما أدى إلى إصابة ثلاثة مدنيين.")
    rows = [r for r in _rows(text) if r["location"] == "Inkhil"]
    assert rows and rows[0]["event_date"] == "2025-02-12"

