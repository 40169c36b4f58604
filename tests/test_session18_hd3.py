"""Session 18 (HEAD3): headlines and their items — a headline's present verb of wounding takes the people
after it as the victims; a definite name glossed in quotes is the glossed actor; a title clause that opens on an
offset ("بعد يومين من …") tells an earlier act; a sequel whose subject names the news act dates the act after the
offset back; a definite act noun after "بعد ساعات من" only times the news; a headline's second act joined by "و"
keeps its own place; a definite post noun ("الحاجز") takes the place of the post named before; an act hours before
the day of the clause it follows does not take that day."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, event_rows, record_rows, sentence_at, trigger_at

from rasd.time.assign import event_date

DAY = dt.date(2025, 5, 10)


def _dated(text: str, on: dt.date = DAY) -> list[tuple[str, str, str, bool]]:
    return [(str(r["event_date"]), str(r["event_type"]), str(r["location"]), bool(r["historical"]))
            for r in record_rows(text, on)]


def test_headline_present_wounding_verb_takes_victims_after_it() -> None:
    rows = event_rows("مسيّرة تصيب عنصرين من الأسايش في ريف القامشلي.", DAY)
    assert rows and rows[0][2] != "asayish" and rows[0][3] == "asayish"


def test_headline_present_wounding_verb_after_a_bomb() -> None:
    rows = event_rows("عبوة ناسفة تصيب عنصرين من الأمن العام في ريف درعا.", DAY)
    assert rows and not rows[0][2].endswith("gen_sec") and rows[0][3].endswith("gen_sec")


def test_present_killing_verb_as_a_figure_of_speech_is_no_event() -> None:
    # pure guard: a figure of speech reports nothing (it did not on the old code either)
    assert event_rows("الانقسام السياسي يصيب الحكومة بالشلل.", DAY) == []


def test_definite_name_glossed_in_quotes_is_the_glossed_actor() -> None:
    rows = event_rows('أصيب عنصر من قوى الأمن الداخلي "الأسايش" بانفجار لغم قرب الحسكة، اليوم.', DAY)
    assert rows and "asayish" in rows[0][2:]


def test_title_opening_on_an_offset_tells_an_earlier_act() -> None:
    text = ("بعد يومين من اشتباكات صلخد.. مجهولون يخطفون تاجراً في شهبا\n"
            "خطف مسلحون مجهولون، اليوم السبت، تاجراً من أهالي مدينة شهبا أثناء خروجه من محله.")
    doc = article_doc(text, DAY)
    title = doc.layer("sentences")[0]
    date, hist = event_date(doc, [title], [trigger_at(doc, "اشتباكات")])
    assert hist and date is not None and date.date == dt.date(2025, 5, 8)


def test_offset_opening_a_body_sentence_keeps_its_day() -> None:
    # pure guard: in the body the day inherited may already be the earlier act's own
    text = ("مظاهرات في السويداء\n"
            "تظاهر المئات يوم الخميس في ساحة الكرامة بمدينة السويداء.\n"
            "فبعد يومين من التظاهرات الحاشدة، تحدث ناشطون عن ضغوط أمنية.")
    doc = article_doc(text, DAY)
    main = sentence_at(doc, "فبعد")
    date, _ = event_date(doc, [main], [trigger_at(doc, "التظاهرات")])
    assert date is None or date.date != dt.date(2025, 5, 6)


def test_sequel_naming_the_news_act_dates_the_earlier_one_back() -> None:
    text = ("اختطف مسلحون مجهولون، مساء اليوم السبت، شاباً في بلدة الجيزة بريف درعا الشرقي. "
            "وتأتي عملية الخطف بعد يومين من اشتباكات اندلعت بين مجموعتين مسلحتين في مدينة بصرى الشام، "
            "أسفرت عن مقتل ثلاثة أشخاص.")
    rows = _dated(text)
    assert any(r[0] == "2025-05-08" and r[1] == "Battles" and r[3] for r in rows), rows


def test_sequel_of_a_statement_keeps_the_inherited_day() -> None:
    # pure guard: a statement's sequel ("وجاء البيان بعد يومين من …") names no news act
    text = ("قصفت مدفعية الجيش، اليوم السبت، أطراف بلدة كفرنبل. "
            "وجاء بيان الوزارة بعد يومين من قصف مماثل طال بلدة حاس.")
    assert all(r[0] != "2025-05-08" for r in _dated(text))


def test_definite_strikes_after_hours_offset_only_time_the_news() -> None:
    text = ("غارات إسرائيلية على محيط الكسوة\n"
            "شنّ الطيران الإسرائيلي، فجر اليوم، غارات على مواقع عسكرية في محيط مدينة الكسوة.\n"
            "وبعد ساعات من الغارات، دخلت قوة إسرائيلية بلدة خان أرنبة واعتقلت شابين من أبناء البلدة.")
    rows = _dated(text)
    assert not any(r[1] == "Explosions/Remote violence" and r[2] != "Kisweh" for r in rows), rows


def test_headline_second_act_of_three_words_keeps_its_place() -> None:
    text = ("غارات إسرائيلية على محيط الكسوة ودخول لقوات الاحتلال في خان أرنبة\n"
            "شنّ الطيران الإسرائيلي، فجر اليوم، غارات على مواقع عسكرية في محيط مدينة الكسوة.\n"
            "واعتقلت قوة إسرائيلية، صباح اليوم، شابين من أبناء بلدة خان أرنبة.")
    rows = _dated(text)
    assert not any(r[1] == "Explosions/Remote violence" and r[2] == "Khan Arnaba" for r in rows), rows


def test_definite_post_takes_the_place_of_the_post_named_before() -> None:
    text = ("بدأت قوات الأمن العام، صباح اليوم السبت، حملة تمشيط في ريف القرداحة، بعد ساعات من هجوم شنّه مسلحون "
            "على حاجز لها عند المدخل الشمالي لمدينة بانياس.\n"
            "وقال مصدر أمني إن المسلحين هاجموا الحاجز مساء أمس الجمعة بالقنابل اليدوية، ما أدى إلى مقتل عنصر.")
    rows = _dated(text)
    assert any(r[0] == "2025-05-09" and r[2] == "Banyas" for r in rows), rows


def test_act_hours_before_the_clause_day_takes_not_that_day() -> None:
    text = ("بدأت قوات الأمن العام، صباح اليوم السبت، حملة تمشيط في ريف جبلة، بعد ساعات من هجوم شنّه مسلحون على "
            "حاجز لها قرب بلدة القرداحة.")
    doc = article_doc("حملة أمنية في ريف جبلة\n" + text, DAY)
    date, _ = event_date(doc, [sentence_at(doc, "بدأت")], [trigger_at(doc, "هجوم")])
    assert date is None or date.kind != "relative"
