"""Session 23 (MEND23: mending what the first wave of this session made worse, without losing its gains).

- an undated lead that tells clashes or protests going on ("استمرار الاشتباكات في المخيم", "التظاهرات … لليوم
  العاشر على التوالي"): the day before is part of that news, not a background to the first day named after it;
- a care facility named before a town where someone is treated ("في عيادة طبية في بلدة X، حيث يتلقى العلاج") or
  that someone went to ("ذهبت إلى مستشفى X"): the town is not the act's place;
- the yardstick of a comparison ("أصعب كثيراً من العمليات التي خاضها الجيش في X"): no act of the news, and its
  place no place of another act;
- a sentence placed by its opening ("وفي حي X، قصفت …") whose clause after "، كما" tells a further act at a place of
  its own: the first act stays at X;
- a headline item closed by ".." that tells an act on a side takes no weapon from the other item's strike by that
  side;
- a remote act at a northern Israeli place told with Israel's forces as the subject of a verb of throwing or firing
  ("ألقت قوات الاحتلال قنبلة صوتية …") is Israel's own act.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline


def _rows(text: str, day: dt.date = dt.date(2024, 3, 10), hour: int = 15) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=day, published_hour=hour)
    return list(records(Pipeline()(doc)))


def test_yesterday_stays_news_where_the_lead_tells_clashes_going_on() -> None:
    for title, summary in (
            ("استمرار الاشتباكات في مخيم عين الحلوة رغم الاتفاق",
             "تستمر الاشتباكات في المخيم على الرغم من اتفاق الفصائل على وقف إطلاق النار."),
            ("اشتباكات متواصلة في مخيم عين الحلوة",
             "الاشتباكات المستمرة في المخيم توقع مزيداً من الجرحى."),
    ):
        text = (f"{title}\n{summary}\n"
                "وأفاد مراسلنا باستمرار إطلاق النار في أحياء المخيم على الرغم من الاتفاق.\n"
                "وتوصلت الفصائل إلى اتفاق على وقف فوري لإطلاق النار اليوم عند السادسة مساءً.\n"
                "وأمس، اندلعت اشتباكات عنيفة بين مسلحين في مخيم عين الحلوة جنوبي لبنان.\n")
        rows = [r for r in _rows(text) if r["event_date"] == "2024-03-09" and r["event_type"] == "Battles"]
        assert rows, title
        assert all(r["historical"] is False for r in rows), title


def test_yesterday_stays_news_in_a_roundup_of_protests_going_on() -> None:
    text = ("تظاهرات في عواصم عربية دعماً لغزة\n"
            "خرجت التظاهرات في عدد من العواصم، لليوم العاشر على التوالي، تنديداً بالعدوان.\n"
            "ورفع المتظاهرون الأعلام الفلسطينية وشعارات داعمة للمقاومة.\n"
            "وقال مراسلنا إنّ مدينة عمّان شهدت اليوم تظاهرة حاشدة أمام السفارة.\n"
            "وأمس، تظاهر الآلاف في مدينة نابلس في الضفة الغربية تنديداً بالعدوان على غزة.\n")
    rows = [r for r in _rows(text) if r["event_date"] == "2024-03-09"]
    assert rows
    assert all(r["historical"] is False for r in rows)


def test_the_town_of_a_care_facility_is_not_the_place_of_the_act() -> None:
    for care in ("وقال الشاب في عيادة طبية في بلدة بيت جالا، حيث كان يتلقى العلاج، إنّ الجنود أطلقوا النار عليه.",
                 "وقالت والدته إنها ذهبت إلى مستشفى بيت جالا الحكومي، فعرفت بإصابة ابنها برصاص الجنود."):
        text = ("إصابة شاب برصاص الاحتلال في مخيم الدهيشة\n"
                "أصيب شاب برصاص قوات الاحتلال الإسرائيلي خلال اقتحام مخيم الدهيشة في بيت لحم، فجر اليوم.\n"
                f"{care}\n")
        rows = _rows(text)
        assert rows, care
        assert all(r["location"] != "Beit Jala" for r in rows), care


def test_the_yardstick_of_a_comparison_is_no_act() -> None:
    for sent in ("ورجّحت الصحيفة أن تكون المعارك في المدينة أصعب كثيراً من العمليات التي خاضها الجيش الأميركي في "
                 "أحياء الفلوجة المكتظة، في حين اعتبرت القتال داخل الأنفاق كابوساً.",):
        text = (f"مسؤولون أميركيون: خطة الهجوم على غزة تفتقر إلى أهداف واضحة\n"
                "نقلت صحيفة أميركية عن مسؤولين قولهم إنّ واشنطن تحثّ إسرائيل على مراجعة خطتها لهجوم بري على قطاع "
                f"غزة.\n{sent}\n"
                "من جهتها، أشارت صحيفة أميركية إلى تحذيرات خبراء من أنّ الجيش سيواجه ألغاماً، في أثناء قتاله "
                "المقاومة الفلسطينية.\n")
        assert all(r["location"] != "Fallujah" for r in _rows(text)), sent


def test_a_further_act_after_kama_keeps_the_opening_place_for_the_first() -> None:
    text = ("المقاومة تتصدى لتوغل الاحتلال في مدينة غزة\n"
            "وفي حي الزيتون أيضاً، قصفت سرايا القدس تجمعاً لجنود الاحتلال بقذائف الهاون، كما تمكنت من قنص جندي "
            "إسرائيلي في حي الأمل غربي مدينة خان يونس.\n")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert rows
    assert rows[0]["location"] == "Zeitoun (Gaza City)"


def test_a_headline_item_on_a_side_takes_no_weapon_of_that_sides_strike() -> None:
    text = ("نشرة الظهيرة\n"
            "قصف يطال القوات الأميركية في قاعدة الشدادي.. الحكومة العراقية تعتبر الاعتداء الأميركي في بغداد عملاً "
            "عدائياً.\n")
    rows = [r for r in _rows(text, dt.date(2023, 12, 26)) if r["location"] == "Shadadah"]
    assert rows
    assert rows[0]["sub_event_type"] != "Air/drone strike"
    assert rows[0]["actor2"] == "Military Forces of the United States (2021-)"


def test_israels_forces_as_the_subject_of_their_throw_stay_the_doer() -> None:
    text = ("الجيش اللبناني يرد على اعتداءات الاحتلال\n"
            "وقبل ذلك، ألقت قوات الاحتلال، قنبلة صوتية بالقرب من مراسل قناة لبنانية قرب السياج عند حدود مستعمرة "
            "المطلة.\n")
    rows = [r for r in _rows(text) if r["location"] == "Metula"]
    assert rows
    assert rows[0]["actor1"] == "Military Forces of Israel (2009-)"
