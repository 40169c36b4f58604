"""Session 44 (iv31): interviews, testimonies, death notices and anniversaries.  A verb of remembering names an act
remembered, not one of the news ("يستذكرون ضحايا القصف في ذكراه"); a crowd that marks an anniversary with a vigil
("أحيا الأهالي الذكرى … ورفع المشاركون في الوقفة لافتات") holds a peaceful protest; an interview's answer with no time
of its own tells the act its question dates ("س: … في آذار 2017؟" then "ج: كنت …"); the time of a funeral anchors
the shelling that fell during it ("وأثناء التشييع، سقطت قذائف …"); the pluperfect of one man's death ("وكان المسعف
قد قُتل …") tells one dead, not an unnumbered toll."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.document import Event


def _events(text: str, on: dt.date) -> list[Event]:
    return article_doc(text, on).events


def test_verb_of_remembering_names_no_act_of_the_news() -> None:
    text = ("أهالي بلدة الشحيل يستذكرون ضحايا هجوم داعش في ذكراه الثانية ويطالبون بحماية البلدة\n\n"
            "دير الزور - خاص\n\n"
            "قال أحد الناجين: \"بقينا ساعات لا نعرف من يطلق النار على من\".\n")
    evs = _events(text, dt.date(2023, 2, 9))
    assert not [e for e in evs if e.event_type != "Protests" and not e.historical], evs


def test_anniversary_vigil_with_banners_is_a_protest() -> None:
    text = ("دوما - مراسلنا\n\n"
            "أحيت عشرات العائلات في مدينة دوما بريف دمشق، مساء الخميس، الذكرى الخامسة لحصار المدينة، "
            "وحمل المشاركون في الوقفة صور أبنائهم ولافتات تطالب بالكشف عن مصير المعتقلين.\n")
    rows = record_rows(text, dt.date(2023, 4, 14))
    demo = [r for r in rows if r["event_type"] == "Protests"]
    assert demo, rows
    assert demo[0]["event_date"] == "2023-04-13"


def test_answer_without_time_takes_the_time_of_its_question() -> None:
    text = ("إدلب - مراسلنا\n\n"
            "التقينا أبا أحمد، وهو بائع خضار نزح من سراقب، للحديث عن سنوات الحرب.\n\n"
            "س: عشتَ قصف سوق سراقب في آذار 2017، ماذا تتذكر؟\n\n"
            "ج: كنت في الدكان عندما سمعنا هدير الطائرة الحربية الروسية، وبعد لحظات سقطت الصواريخ على السوق وكان "
            "مزدحماً.\n\n"
            "س: وهل تغيّر الوضع اليوم؟\n\n"
            "ج: القصف لم يتوقف، لكنه صار أخف.\n")
    evs = _events(text, dt.date(2022, 8, 3))
    strikes = [e for e in evs if e.event_type == "Explosions/Remote violence"]
    assert all(e.historical and e.date is not None and e.date.date.year == 2017 for e in strikes), strikes


def test_shelling_during_a_funeral_is_an_event() -> None:
    text = ("النبطية - مراسلنا\n\n"
            "شيّع أهالي بلدة حولا، اليوم الأحد، الشاب حسن مراد الذي قضى بغارة قبل يومين.\n\n"
            "وأثناء التشييع، سقطت ثلاث قذائف مدفعية إسرائيلية على الأطراف الشرقية لبلدة حولا، من دون إصابات.\n")
    evs = _events(text, dt.date(2024, 2, 18))
    assert any(e.event_type == "Explosions/Remote violence" and e.sub_event_type.startswith("Shelling")
               for e in evs), evs


def test_one_man_dead_in_the_pluperfect_is_one_dead() -> None:
    text = ("درعا - مراسلنا\n\n"
            "شيّع أهالي بلدة طفس، ظهر اليوم، المسعف خالد الزعبي.\n\n"
            "وكان الزعبي قد قُتل مساء أمس الجمعة عندما أطلق مسلحون مجهولون النار على سيارته عند مدخل بلدة طفس.\n")
    rows = [r for r in record_rows(text, dt.date(2024, 6, 15)) if r["event_type"] != "Protests"]
    assert rows
    assert all(r["fatalities"] == 1 for r in rows), rows
