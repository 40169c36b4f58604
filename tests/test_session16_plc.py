"""Session 16 (the event's place in Syrian local outlets' articles).

- a reporter's or a monitor's activists' base named with its settlement word ("مراسلنا في مدينة X", "مراسل درعا 24 في
  بلدة X", "نشطاء المرصد السوري في مدينة X") is no event place when the sentence names another;
- a road named by its two ends is the event's place unless a town lies on it in the same phrase; a town past "و" and
  another act ("تستهدف سيارة على طريق A – B وقصف يطال بلدة X") is that act's, not the road's;
- a headline of two acts ("يقتلون شاباً في X.. وعبوة تستهدف عنصراً"): the second act is not at the first act's
  place when the article's report of its own kind names its place.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_places, record_rows

DAY = dt.date(2024, 9, 22)


def _places(text: str, published: dt.date = DAY) -> list[str]:
    return record_places(text, published)


# --- a reporter's or activists' base ---------------------------------------------------------------------------


def test_reporter_base_with_city_word_is_not_the_place() -> None:
    text = ("عنوان الخبر\n"
            "قال مراسلنا في مدينة الحسكة، إن طائرة مسيّرة تركية استهدفت سيارة عسكرية على طريق القامشلي – عامودا، "
            "اليوم، ما أدى إلى مقتل عنصرين من قسد.\n")
    assert _places(text) == ["Quamishli"]


def test_monitor_activists_base_is_not_the_place() -> None:
    text = ("عنوان الخبر\n"
            "رصد نشطاء المرصد السوري في مدينة الرقة، استهداف مسيّرة لسيارة على طريق عين عيسى – تل أبيض اليوم.\n")
    assert _places(text) == ["Ein Issa"]


def test_outlet_reporter_base_with_town_word_is_not_the_place() -> None:
    """Guard (passes on the old code too): a named town of the act beats the outlet reporter's base."""
    text = ("عنوان الخبر\n"
            "وأفاد مراسل درعا 24 في مدينة داعل، أن مسلحين مجهولين أطلقوا النار على شاب في بلدة المزيريب، اليوم، "
            "ما أدى إلى مقتله.\n")
    assert _places(text) == ["Mzeireb"]


def test_reporter_base_alone_still_places_the_event() -> None:
    """Guard (passes on the old code too): a base that is the sentence's only place still places the event."""
    text = ("عنوان الخبر\n"
            "قال مراسلنا في مدينة الحسكة، إن طائرة مسيّرة تركية استهدفت سيارة عسكرية، اليوم، ما أدى إلى مقتل "
            "عنصرين من قسد.\n")
    assert _places(text) == ["Al-Hasakeh"]


# --- roads named by their ends -----------------------------------------------------------------------------------


def test_road_act_keeps_its_road_when_another_act_names_a_town() -> None:
    text = ("مسيّرة تركية تستهدف سيارة على طريق القامشلي – عامودا وقصف مدفعي يطال أطراف بلدتي أبو راسين وتل تمر\n"
            "قال المصدر، إن طائرة مسيّرة تركية استهدفت سيارة عسكرية على طريق القامشلي – عامودا، اليوم، ما أدى إلى "
            "مقتل عنصرين من قسد.\n")
    rows = record_rows(text, DAY)
    drone = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert drone and drone[0]["location"] == "Quamishli"


def test_road_act_and_a_later_act_at_a_town_in_one_sentence() -> None:
    text = ("عنوان الخبر\n"
            "استهدفت مسيّرة تركية سيارة على طريق الحسكة – تل تمر واستهداف آخر طال بلدة الدرباسية اليوم.\n")
    assert "Al-Hasakeh" in _places(text)


def test_town_on_the_road_is_the_place() -> None:
    """Guard (passes on the old code too): a town named on the road is the precise place."""
    for text in ("عنوان\nاستهدفت مسيّرة سيارة في قرية تل حميس على طريق القامشلي – عامودا اليوم.\n",
                 "عنوان\nاستهدفت مسيّرة سيارة على طريق القامشلي – عامودا قرب بلدة تل حميس اليوم.\n"):
        assert _places(text) == ["Tal Hmis"]


# --- a headline of two acts --------------------------------------------------------------------------------------


def test_second_act_of_a_headline_is_not_at_the_first_acts_place() -> None:
    text = ("مسلحون مجهولون يقتلون شاباً في طفس.. وعبوة ناسفة تستهدف عنصراً أمنياً في الحراك\n"
            "قال المرصد إن مسلحين أطلقوا النار مساء أمس على شاب في مدينة طفس ما أدى لمقتله.\n"
            "كما انفجرت عبوة ناسفة صباح اليوم بسيارة عنصر أمني عند أطراف بلدة الحراك بريف درعا الشرقي، "
            "ما أدى لإصابته بجروح.\n")
    rows = record_rows(text, dt.date(2023, 6, 14))
    ied = [r for r in rows if r["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert [r["location"] for r in ied] == ["Hrak"]


def test_second_act_of_a_headline_without_its_own_place() -> None:
    text = ("اشتباكات بين مجموعات محلية في جاسم.. ومسيّرة تستهدف سيارة عسكرية\n"
            "اندلعت اشتباكات بين مجموعتين محليتين في مدينة جاسم بريف درعا الشمالي اليوم.\n"
            "وفي سياق منفصل، استهدفت طائرة مسيّرة سيارة عسكرية على أطراف مدينة نوى غربي درعا، دون إصابات.\n")
    rows = record_rows(text, dt.date(2023, 6, 14))
    drone = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert [r["location"] for r in drone] == ["Nawa"]
