"""Places: a plural place noun's cue carries along its list; a place qualified by its city."""

from __future__ import annotations

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places


def names(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.value.id) for s in find_places(normalize(text))]


def ids(text: str) -> list[str]:
    return [i for _n, i in names(text)]


SABHA = "town:dez-sabha"  # cue-only row (also a person name)
KAFR = "town:swd-kafr"  # strong-cue row (an everyday word)
ZAYNAB = "nbhd:sayyida-zaynab"


def test_cue_carries_past_a_name_the_gazetteer_lacks() -> None:
    # "اللطوة" is not in the gazetteer: the list still goes on, and "الصبحة" is a town of it
    assert SABHA in ids("تقدم المسلحون صباحاً نحو بلدات ذيبان والطيانة واللطوة والصبحة ثم انسحبوا.")
    assert SABHA in ids("دخل المقاتلون قرى الشعفة واللطوة، والصبحة بعد اشتباكات.")


def test_cue_carries_to_a_strong_cue_row_along_a_list() -> None:
    assert KAFR in ids("شنت الطائرات غارات على بلدات ذيبان والكفر مساء أمس.")
    assert KAFR not in ids("شنت الطائرات غارات على ذيبان والكفر مساء أمس.")  # no plural noun: no cue


def test_list_stops_at_a_word_that_is_no_name() -> None:
    assert SABHA not in ids("دخلوا بلدات ذيبان وأجزاء والصبحة.")
    assert SABHA not in ids("دخلوا بلدات ذيبان وهم يطاردون والصبحة.")
    assert SABHA not in ids("دخلوا بلدات ذيبان. والصبحة هادئة.")  # a new sentence
    assert SABHA not in ids("دخلوا بلدة الطيانة وريفها والصبحة.")  # a pronoun-suffixed noun
    # too many unknown names between two members: no longer read as one list
    assert SABHA not in ids("دخلوا بلدات ذيبان واللطوة والقرعوش والزنبقة والبطحوش والصبحة.")


def test_three_unknown_names_still_a_list() -> None:
    assert SABHA in ids("دخلوا بلدات ذيبان واللطوة والقرعوش والزنبقة والصبحة.")


def test_singular_noun_does_not_carry() -> None:
    assert KAFR not in ids("قصفت المدفعية بلدة ذيبان والكفر.")


def test_place_qualified_by_its_city_across_the_governorate_line() -> None:
    # the shrine town lies in Rif Dimashq; "في دمشق" only locates it
    got = names("انفجرت عبوة قرب سوق في منطقة السيدة زينب في دمشق مساء الخميس.")
    assert got[0][1] == ZAYNAB
    got = names("أصيب مدنيون في السيدة زينب في دمشق جراء التفجير.")
    assert got[0][1] == ZAYNAB


def test_one_reading_for_both_forms_in_one_article() -> None:
    text = ("ضرب تفجير منطقة السيدة زينب، جنوبي دمشق، ليلاً.\n"
            "وقال مسؤول إن التفجير في منطقة السيدة زينب في دمشق استهدف حافلة.")
    zs = [i for n, i in names(text) if "زينب" in n]
    assert zs == [ZAYNAB, ZAYNAB]
