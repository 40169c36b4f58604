"""The side hit (session 9): people named by their nationality ("12 فلسطينياً", "على الفلسطينيين") are
civilians when counted, hit or after a preposition of the act's object, never when the word is the
adjective of the noun before it ("مقاومين فلسطينيين", "هدفاً إسرائيلياً") nor the country's name
("سوريا"); young women, schoolchildren and other people nouns name the victims of an act."""

from __future__ import annotations

import datetime as dt

from rasd.document import Event
from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 12)


def _actor_keys(text: str) -> list[str]:
    doc = extract_text(text, published=DAY)
    return [s.value.key for s in doc.layer("actors")]


def _events(text: str) -> list[Event]:
    return extract_text(text, published=DAY).events


def _civilian_side(ev: Event) -> bool:
    return ev.actor2 is not None and ev.actor2.inter == 7 and ev.civilian_targeting


def test_counted_nationals_are_the_victims() -> None:
    text = "استشهد 12 فلسطينياً في قصف مدفعي إسرائيلي استهدف منازل في بلدة بيت لاهيا صباح اليوم."
    assert "nationals" in _actor_keys(text)
    evs = _events(text)
    assert evs and any(_civilian_side(e) and any("فلسطيني" in m for m in e.actor2_mentions) for e in evs)


def test_nationals_after_a_casualty_word() -> None:
    text = "أعلنت مصادر طبية مقتل فلسطينيين اثنين برصاص قوات الاحتلال قرب مدينة طولكرم اليوم."
    assert "nationals" in _actor_keys(text)


def test_nationals_after_the_preposition_of_the_act() -> None:
    text = "اعتدت قوات الاحتلال بالضرب على الفلسطينيين في بلدة عزون شرقي قلقيلية اليوم."
    assert "nationals" in _actor_keys(text)


def test_nationality_adjective_of_a_noun_is_no_victim() -> None:
    assert "nationals" not in _actor_keys("اشتبك مقاومين فلسطينيين مع قوة راجلة عند مدخل المخيم.")
    assert "nationals" not in _actor_keys("قصفت المقاومة هدفاً إسرائيلياً في الجليل الأعلى صباح اليوم.")


def test_the_country_name_is_no_national() -> None:
    assert "nationals" not in _actor_keys("شنت طائرات حربية غارات على مواقع في شرق سوريا اليوم.")


def test_a_young_woman_shot_is_the_civilian_side() -> None:
    evs = _events("أصيبت شابة برصاص قوات الاحتلال الحي أثناء وجودها في منزلها في بلدة برقة اليوم.")
    assert evs and any(_civilian_side(e) and "شابة" in e.actor2_mentions for e in evs)


def test_schoolchildren_wounded_by_a_drone_strike() -> None:
    evs = _events("أدت غارة لمسيرة إسرائيلية على بلدة كفركلا إلى إصابة تلاميذ في طريقهم إلى المدرسة اليوم.")
    assert evs and any(_civilian_side(e) and "تلاميذ" in e.actor2_mentions for e in evs)


def test_a_stem_with_its_pronoun_is_no_family() -> None:
    # "بأسره" (in its entirety) folds to the same letters as "أسرة" (a family)
    assert "civilians" not in _actor_keys("حذر الوزير من أن التصعيد يهدد الإقليم بأسره بحرب واسعة.")
    assert "civilians" in _actor_keys("استشهد ثلاثة من أسرة واحدة في غارة على منزلهم.")


def test_an_army_announcing_its_own_dead_is_the_side_hit() -> None:
    # its soldiers named again with its pronoun ("قتلى جنوده") are its own men, not a second force
    evs = _events("الجيش الإسرائيلي يعلن مقتل رقيب من سلاح المدرعات خلال مواجهات في شمال القطاع، ما يرفع حصيلة "
                  "قتلى جنوده إلى 600.")
    assert evs
    ev = evs[0]
    assert ev.actor2 is not None and ev.actor2.key == "isr"
    assert ev.actor1 is not None and ev.actor1.key == "unidentified"
