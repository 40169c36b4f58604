"""Session 34 (ms16): missed acts.  A raid on two towns named by a dual noun ("داهمت الدوريات منازل في بلدتي X وY")
is an arrest at each town; arrests counted from each town named with its noun ("اعتقلت ثلاثة شبان من مدينة X، وخمسة
آخرين من مدينة Y") are an arrest at each; a sentence that opens with its verb of arresting and no subject has the
arrester of the sentence before it.  A plural verb of arresting with its object pronoun ("اعتقلوه", "احتجزوها") and
a verb with a dual object pronoun ("اقتادتهما") are triggers, and so is the verbal noun of holding people
("احتجاز ستة شبان"), never a detention centre."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 9, 17)  # a Tuesday


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def _arrests(text: str) -> list[dict[str, object]]:
    return [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]


def test_raid_on_two_towns_of_a_dual_noun_is_an_arrest_at_each() -> None:
    text = ("داهمت دوريات تابعة للأمن العسكري فجر اليوم الثلاثاء منازل في بلدتي الكرك الشرقي والمسيفرة بريف درعا، "
            "واقتادت ستة شبان إلى مقر الفرع.")
    places = {r["location"] for r in _arrests(text)}
    assert {"Al-Karak al-Sharqi", "Mseifra"} <= places


def test_arrests_counted_from_each_named_town_are_one_event_at_each() -> None:
    text = ("اعتقل الجيش الإسرائيلي فجر اليوم الثلاثاء أربعة شبان من بلدة بيت أمر شمال الخليل. "
            "كما اعتقل ثلاثة شبان من مدينة دورا جنوب الخليل، وخمسة آخرين من مدينة الخليل بعد دهم منازلهم.")
    rows = _arrests(text)
    places = {r["location"] for r in rows}
    assert {"Dura", "Hebron"} <= places
    # the sentence with no subject of its own has the arrester of the sentence before
    assert all(r["actor1"] for r in rows if r["location"] in ("Dura", "Hebron"))


def test_plural_verb_of_arresting_with_object_pronoun() -> None:
    text = ("اعترض عناصر من الأمن العسكري اليوم الثلاثاء شاباً عند حاجز على مدخل مدينة نوى في ريف درعا الغربي "
            "واعتقلوه بتهمة التواصل مع جهات معارضة.")
    assert _arrests(text)


def test_dual_object_pronoun_on_a_verb_of_holding() -> None:
    text = ("احتجزت دورية تابعة للأمن العام اليوم الثلاثاء سائقَين عند حاجز قرب مدينة جبلة، واقتادتهما إلى "
            "مقرها في المدينة.")
    rows = _arrests(text)
    assert rows and rows[0]["location"] == "Jablah"


def test_verbal_noun_of_holding_people_not_a_detention_centre() -> None:
    text = ("أقدمت قوات الأمن الداخلي صباح اليوم الثلاثاء على احتجاز خمسة شبان في مدينة القامشلي بعد مداهمة "
            "منازلهم.")
    assert _arrests(text)
    # a detention centre holds no one the sentence names: no arrest
    visit = "زار وفد من المنظمة اليوم الثلاثاء أحد مراكز الاحتجاز في مدينة الحسكة للاطلاع على أوضاع النزلاء."
    assert not _arrests(visit)


def test_detention_as_a_state_and_a_spot_between_two_cities() -> None:
    # "أثناء احتجازهم": their detention, a state told of people who died in it, no arrest of that day
    text = ("قالت منظمة حقوقية اليوم الثلاثاء إن ثلاثة معتقلين توفوا أثناء احتجازهم في سجن عسكري بالقرب من مدينة "
            "حمص خلال العام الماضي.")
    assert not _arrests(text)
    # a checkpoint "between the two cities" is one spot, no raid at each of them
    text = ("اعتقلت القوات الإسرائيلية اليوم الثلاثاء شابين عند حاجز عسكري يقع بين مدينتي رام الله ونابلس.")
    assert len(_arrests(text)) <= 1
