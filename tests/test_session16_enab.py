"""Session 16 (Syrian local outlets, the south, 2021-2024: Enab Baladi, Daraa 24 as scraped pages).

- page debris of local outlets: a tag line ("الوسوم: …", a line of hashtags), the font-size control with its label
  ("حجم الخط ع ع ع"), "شارك هذا المقال", a dateline ("نُشر في 21 أيار 2023") and a byline ("عنب بلدي – درعا") are
  dropped; a byline and a dateline no longer count among the lead's paragraphs (the body's act of the day before
  is the news, not background);
- a monitor's tally of a whole month or year ("وثّق … مقتل 38 شخصاً خلال تموز الماضي") is no event;
- a headline that names the dead by the force he served and a body that names him as a young man tell one killing;
- a side that vows revenge for its own dead ("X يتوعد بعد مقتل اثنين من عناصره") is the side hit, not the killer;
- a force's parent named in apposition ("X، التابع لـ Y،") is one side with it;
- two acts joined by "و", each with its own place ("خطف تاجر في X ومظاهرة في Y"): each at its own place.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.clean.debris import clean_text
from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

SUNDAY = dt.date(2023, 5, 21)


def _titled_rows(title: str, body: str, published: dt.date) -> list[dict[str, object]]:
    text = f"{title}\n{body}"
    return records(Pipeline()(Document(id="t", text=text, title=title, published=published)))


# --- page debris -------------------------------------------------------------------------------------------


def test_tag_lines_hashtags_and_font_widget_are_dropped() -> None:
    page = ("اشتباكات في ريف درعا\n"
            "حجم الخط ع ع ع\n"
            "شارك هذا المقال\n"
            "اندلعت اشتباكات بين مجموعتين محليتين في بلدة داعل.\n"
            "الوسوم: درعا، داعل، اشتباكات\n"
            "#درعا #داعل #اشتباكات\n"
            "الكلمات المفتاحية: درعا - ريف درعا الأوسط")
    cleaned = clean_text(page)
    assert cleaned.text.split("\n") == ["اشتباكات في ريف درعا", "اندلعت اشتباكات بين مجموعتين محليتين في بلدة داعل."]
    assert {why for why, _ in cleaned.dropped} == {"widget", "tags"}


def test_datelines_and_bylines_are_dropped_but_dated_sentences_stay() -> None:
    page = ("مقتل شاب في طفس\n"
            "عنب بلدي – درعا\n"
            "نُشر في 21 أيار 2023\n"
            "الخميس 3 آذار 2022\n"
            "10/08/2022 | آخر تحديث: 10/08/2022\n"
            "درعا 24\n"
            "قُتل شاب في 20 أيار 2023 برصاص مجهولين في طفس.\n"
            "في 21 أيار 2023 خرجت مظاهرة في نوى")
    kept = clean_text(page).text.split("\n")
    assert kept == ["مقتل شاب في طفس", "قُتل شاب في 20 أيار 2023 برصاص مجهولين في طفس.",
                    "في 21 أيار 2023 خرجت مظاهرة في نوى"]


def test_a_tag_line_makes_no_act_at_the_places_it_lists() -> None:  # guard
    rows = record_rows("خطف مسلحون مجهولون تاجراً في بلدة خان أرنبة بريف القنيطرة، مساء السبت.\n"
                       "الوسوم: القنيطرة، الصنمين، خطف، مظاهرات", SUNDAY)
    assert [r["location"] for r in rows] == ["Khan Arnaba"]


def test_the_act_of_the_day_before_under_a_byline_and_a_dateline_is_the_news() -> None:
    rows = _titled_rows("خطف تاجر في ريف القنيطرة",
                        "عنب بلدي – القنيطرة\n"
                        "نُشر في 21 أيار 2023\n"
                        "حجم الخط ع ع ع\n"
                        "خطف مسلحون مجهولون تاجر مواشٍ من بلدة خان أرنبة، مساء السبت 20 من أيار، أثناء عودته إلى منزله.",
                        SUNDAY)
    abductions = [r for r in rows if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert len(abductions) == 1
    assert abductions[0]["event_date"] == "2023-05-20" and abductions[0]["historical"] is False


# --- a month's tally ---------------------------------------------------------------------------------------


def test_a_monitors_tally_of_a_month_or_a_year_is_no_event() -> None:
    for text in ("ووثّق ناشطون مقتل 38 شخصًا في محافظة درعا خلال تموز الماضي.",
                 "وأحصت الشبكة مقتل خمسة عشر شخصاً في ريف درعا خلال الشهر الماضي.",
                 "وسجّل المكتب مقتل 40 مدنياً في محافظة درعا خلال عام 2022."):
        assert record_rows(text, SUNDAY) == [], text


def test_one_death_documented_in_a_month_is_still_an_event() -> None:  # guard
    rows = record_rows("ووثّق المرصد مقتل شاب برصاص مجهولين في مدينة طفس خلال الشهر الماضي.", SUNDAY)
    assert [r["location"] for r in rows] == ["Tafas"]


# --- the headline names the dead apart ----------------------------------------------------------------------


def test_a_headline_naming_the_dead_by_his_force_retells_the_bodys_killing() -> None:
    rows = _titled_rows('مقتل عنصر في "الأمن العسكري" برصاص مجهولين في نوى',
                        "قُتل شاب من مدينة نوى بريف درعا الغربي، مساء الأحد، إثر استهدافه بالرصاص من قبل مسلحين "
                        "مجهولين قرب ساحة المدينة.", dt.date(2022, 8, 9))
    violent = [r for r in rows if r["event_type"] in ("Battles", "Violence against civilians")]
    assert len(violent) == 1
    assert violent[0]["event_date"] == "2022-08-07" and violent[0]["fatalities"] == 1


# --- a vow over one's own dead ------------------------------------------------------------------------------


def test_a_side_that_vows_revenge_for_its_own_dead_is_the_side_hit() -> None:
    for text, name in (('"اللواء الثامن" يتوعد بعد مقتل اثنين من عناصره في بصرى الشام', "Eighth Brigade"),
                       ("الجيش السوري يتوعد بعد مقتل ثلاثة من جنوده في درعا", "Military Forces of Syria (2000-2024)")):
        rows = record_rows(text, SUNDAY)
        assert rows, text
        assert all(r["actor1"] != name for r in rows), text
        assert any(r["actor2"] == name for r in rows), text


# --- a force's parent in apposition -------------------------------------------------------------------------


def test_a_forces_parent_in_apposition_is_no_attacker() -> None:
    rows = record_rows('قُتل عنصران من "اللواء الثامن"، التابع لشعبة المخابرات العسكرية، إثر انفجار عبوة ناسفة '
                       "استهدفت سيارتهما في بصرى الشام.", SUNDAY)
    assert len(rows) == 1
    assert rows[0]["actor1"] == "Unidentified Armed Group (Syria)" and rows[0]["actor2"] == "Eighth Brigade"


# --- two acts joined by "و", each at its place --------------------------------------------------------------


def test_two_acts_joined_each_with_its_own_place() -> None:
    rows = record_rows("خطف تاجر في خان أرنبة ومظاهرة في الصنمين", SUNDAY)
    got = sorted((str(r["event_type"]), str(r["location"])) for r in rows)
    assert got == [("Protests", "As-Sanamayn"), ("Violence against civilians", "Khan Arnaba")]


def test_a_protest_joined_to_another_act_takes_its_own_place() -> None:
    rows = record_rows("اغتيال شاب في نوى ومظاهرة في طفس ضد الاعتقالات", SUNDAY)
    assert [(r["event_type"], r["location"]) for r in rows if r["event_type"] == "Protests"] == [("Protests", "Tafas")]


def test_a_list_of_places_of_one_act_still_splits() -> None:  # guard
    rows = record_rows("قصفت قوات النظام بالمدفعية بلدتي نوى وطفس، صباح اليوم.", SUNDAY)
    assert sorted(r["location"] for r in rows) == ["Nawa", "Tafas"]


# --- a sequel's offset ("ويأتي ذلك بعد أسبوع من …") ----------------------------------------------------------


def test_a_sequel_dates_its_earlier_act_by_the_offset_it_gives() -> None:
    thursday = dt.date(2024, 3, 7)
    for sequel, day, precision in (("وتأتي الحادثة بعد أسبوع من مقتل عنصر برصاص مجهولين في بلدة نوى.", "2024-02-28", 2),
                                   ("ويأتي ذلك بعد أسبوعين من مقتل عنصر برصاص مجهولين في بلدة نوى.", "2024-02-21", 2)):
        rows = record_rows("قُتل عنصران بانفجار عبوة ناسفة في بصرى الشام أمس.\n" + sequel, thursday)
        nawa = [r for r in rows if r["location"] == "Nawa"]
        assert len(nawa) == 1, sequel
        assert (nawa[0]["event_date"], nawa[0]["time_precision"], nawa[0]["historical"]) == (day, precision, True)


def test_the_act_told_before_the_offset_keeps_the_news_day() -> None:  # guard
    rows = record_rows("قُتل عنصران بانفجار عبوة ناسفة في بصرى الشام أمس.\n"
                       "وجاء التفجير بعد أسبوع من اجتماع للوجهاء في المدينة.", dt.date(2024, 3, 7))
    assert [(r["location"], r["event_date"]) for r in rows] == [("Busra Esh-Sham", "2024-03-06")]
