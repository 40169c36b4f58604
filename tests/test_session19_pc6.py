"""Session 19 (pc6): an event's place named in another sentence.  A definite settlement noun joined to "لل"
("الأطراف الغربية للبلدة") points back like "البلدة"; a spot word with a pronoun ("وفي محيطها"، "وعلى أطرافها"،
"انفجرت قربها") points back to the place named just before, not to the article's first place; a definite noun
whose antecedent ("في قرية X") is no known place takes the town of that mention's sentence."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)


def _places(text: str) -> list[tuple[str, str]]:
    return [(str(r["event_type"]), str(r["location"])) for r in record_rows(text, DAY)]


def test_lam_lam_town_noun_points_back_to_the_town_called_so() -> None:
    text = ("تصعيد في ريف القنيطرة وقصف على نوى\n\n"
            "استهدفت طائرات الاحتلال فجر اليوم موقعاً عسكرياً في محيط بلدة خان أرنبة.\n\n"
            "وبعد ساعات، أطلقت قوة من جيش الاحتلال النار على رعاة في الأطراف الشرقية للبلدة، ما أدى إلى إصابة "
            "أحدهم.")
    got = _places(text)
    assert ("Violence against civilians", "Khan Arnaba") in got
    assert ("Violence against civilians", "Nawa") not in got


def test_lam_lam_city_noun_in_a_raid_sentence() -> None:
    text = ("توتر في ريف درعا\n\n"
            "قُتل شاب برصاص مجهولين صباح اليوم في بلدة المزيريب.\n\n"
            "وقصفت مدفعية الاحتلال ظهر اليوم مدينة نوى بعدة قذائف.\n\n"
            "وبعد ذلك، اعتقلت قوة إسرائيلية مقتحمة للمدينة ثلاثة شبان.")
    got = _places(text)
    assert ("Strategic developments", "Nawa") in got


def test_around_it_points_to_the_place_just_named() -> None:
    text = ("تصعيد إسرائيلي في ريف درعا الغربي\n\n"
            "اغتال مسلحون مجهولون صباح اليوم شاباً في مدينة نوى.\n\n"
            "وقصفت مدفعية الاحتلال ظهر اليوم أطراف بلدة طفس بعدة قذائف.\n\n"
            "وفي محيطها، أطلق جنود الاحتلال النار على مزارعين، ما أدى إلى إصابة أحدهم.")
    got = _places(text)
    assert got.count(("Violence against civilians", "Tafas")) == 1
    assert got.count(("Violence against civilians", "Nawa")) == 1


def test_on_its_edges_points_to_the_place_just_named() -> None:
    text = ("توتر في ريف درعا\n\n"
            "قُتل شاب برصاص مجهولين صباح اليوم في مدينة جاسم.\n\n"
            "وقصفت مدفعية الاحتلال بعد ظهر اليوم بلدة تسيل في ريف درعا الغربي.\n\n"
            "وعلى أطرافها، اعتقلت قوة إسرائيلية متوغلة راعيين.")
    got = _places(text)
    assert ("Strategic developments", "Tassil") in got
    assert ("Strategic developments", "Jasim") not in got


def test_near_it_after_a_time_phrase() -> None:
    text = ("هجمات في ريف دير الزور\n\n"
            "قُتل شاب برصاص مجهولين صباح اليوم في مدينة الميادين.\n\n"
            "وشنت طائرات التحالف غارة على بلدة ذيبان ظهر اليوم.\n\n"
            "وبعد ساعات، اندلعت قربها اشتباكات بين قسد ومسلحين من العشائر أسفرت عن مقتل عنصرين.")
    got = _places(text)
    assert ("Battles", "Thiban") in got


def test_spot_word_of_a_noun_in_its_own_sentence_is_not_carried() -> None:
    # guard: "مدرسة للنازحين داخلها عائلات" describes the school; the sentence is told as before
    text = ("قصف على ريف درعا\n\n"
            "قصفت مدفعية الاحتلال صباح اليوم بلدة تسيل.\n\n"
            "كما قصفت قوات الاحتلال ظهر اليوم في مدينة نوى مدرسة للنازحين داخلها عشرات العائلات.")
    got = _places(text)
    assert ("Explosions/Remote violence", "Nawa") in got


def test_village_noun_whose_name_is_unknown_takes_the_town_of_its_sentence() -> None:
    # guard: the village named just before (unknown to the gazetteer) is placed at the town of its sentence, not at the
    # article's most-named town
    text = ("توغل إسرائيلي في ريف درعا\n\n"
            "قُتل شاب برصاص مجهولين صباح اليوم في مدينة جاسم، حيث شيّع أهالي جاسم جثمانه.\n\n"
            "وتوغلت قوة إسرائيلية ظهر اليوم في قرية عين الورد غربي مدينة نوى.\n\n"
            "وبعد ذلك، اعتقلت القوة ثلاثة رعاة عند المدخل الشرقي للقرية.")
    got = _places(text)
    assert ("Strategic developments", "Nawa") in got
    assert ("Strategic developments", "Jasim") not in got
