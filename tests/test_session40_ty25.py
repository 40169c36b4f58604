"""Session 40 (ty25): ACLED types.  Arrests, devices and tolls told inside a fight belong to the fight; a body
handed over is no territory; a casualty word inside a group's name is no attack."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _types(text: str, day: dt.date) -> list[tuple[str, str]]:
    return [(str(r["event_type"]), str(r["sub_event_type"])) for r in record_rows(text, day)]


def test_arrests_during_a_sweep_clash_in_the_district_of_its_town_belong_to_it() -> None:
    text = ("مقتل خمسة بمواجهات في ريف جبلة\n"
            "قُتل عنصران من الأمن العام وثلاثة من المسلحين، ليل السبت - الأحد، في مواجهات اندلعت في محيط "
            "مدينة جبلة بريف اللاذقية، خلال حملة تمشيط نفذتها قوات وزارة الداخلية بحثاً عن مطلوبين من فلول "
            "النظام السابق.\n"
            "وقال مصدر محلي إن المسلحين تحصنوا في بساتين على أطراف المدينة، قبل أن تدور اشتباكات بالأسلحة "
            "الرشاشة بين الطرفين حتى الفجر. وأضاف المصدر أن عناصر الأمن ألقوا القبض على ثلاثة من المسلحين "
            "خلال المواجهات، بينما فرّ الباقون نحو الجبال المجاورة.")
    types = _types(text, dt.date(2025, 6, 15))
    assert ("Battles", "Armed clash") in types
    assert ("Strategic developments", "Arrests") not in types


def test_arrests_a_side_states_after_the_clash_belong_to_it() -> None:
    text = ("اقتحمت قوات الاحتلال الإسرائيلي فجر اليوم مخيم الفارعة جنوب طوباس، فتصدى لها مقاومون وخاضوا "
            "معها اشتباكات عنيفة استمرت ساعات.\n"
            "من جهته، زعم جيش الاحتلال في بيان أن قواته \"حيّدت\" مسلحَين بغارة من طائرة مسيّرة داخل المخيم، "
            "واعتقلت عدداً من \"المطلوبين\"، مشيراً إلى إصابة أحد جنوده بجروح طفيفة.")
    types = _types(text, dt.date(2024, 3, 14))
    assert ("Battles", "Armed clash") in types
    assert ("Strategic developments", "Arrests") not in types


def test_a_device_set_off_against_a_raid_that_met_fire_belongs_to_the_clash() -> None:
    text = ("قُتل ثلاثة عناصر من قوات النظام مساء الأحد بانفجار عبوة ناسفة بسيارتهم أثناء حملة دهم في بلدة "
            "اليادودة بريف درعا الغربي.\n"
            "وقال مراسلنا إن الحملة بدأت بتطويق عدد من المنازل، فتصدى لها مسلحون من أبناء البلدة ودارت اشتباكات "
            "بالأسلحة الخفيفة استمرت ساعتين.")
    types = _types(text, dt.date(2024, 9, 30))
    assert ("Battles", "Armed clash") in types
    assert not any(t == "Explosions/Remote violence" for t, _ in types)


def test_a_body_handed_over_is_no_transfer_of_territory() -> None:
    text = ("قُتل شاب برصاص حرس الحدود التركي ليلة أمس قرب بلدة خربة الجوز أثناء محاولته العبور نحو تركيا.\n"
            "وأضاف المصدر أن رفاق الشاب تمكنوا من العودة إلى الأراضي السورية، وأن ذويه تسلّموا جثته صباح "
            "اليوم ودفنوه في المخيم الذي تقيم فيه العائلة.")
    types = _types(text, dt.date(2022, 8, 3))
    assert ("Violence against civilians", "Attack") in types
    assert ("Strategic developments", "Non-violent transfer of territory") not in types


def test_companions_held_in_the_killing_sentence_are_part_of_the_killing() -> None:
    text = ("قُتل شاب برصاص الجندرما التركية فجر اليوم قرب بلدة عين البيضا أثناء محاولته عبور الحدود مع "
            "ثلاثة من أصدقائه، الذين اعتقلهم الجنود الأتراك قبل أن يعيدوهم إلى الأراضي السورية.")
    types = _types(text, dt.date(2021, 9, 12))
    assert ("Violence against civilians", "Attack") in types
    assert ("Strategic developments", "Arrests") not in types


def test_a_martyrs_word_in_a_group_name_is_no_attack() -> None:
    text = ("اقتحمت قوات الاحتلال صباح أمس مدينة طوباس، واندلعت اشتباكات بينها وبين مقاومين في الحارة "
            "الشرقية.\n"
            "وأعلنت سرايا القدس في بيان أن مقاتليها فجّروا عبوة ناسفة بآلية عسكرية للاحتلال عند مدخل "
            "المدينة.\n"
            "كما أعلنت كتائب شهداء الأقصى مشاركة مقاتليها في التصدي للاقتحام.")
    types = _types(text, dt.date(2023, 11, 2))
    assert ("Battles", "Armed clash") in types
    assert ("Violence against civilians", "Attack") not in types


def test_a_toll_of_men_who_fell_while_facing_an_attack_is_the_clash_toll() -> None:
    text = ("تجددت أمس الثلاثاء الاشتباكات في مدينة صحنايا بريف دمشق بين قوات الأمن العام ومسلحين محليين.\n"
            "وقالت وزارة الداخلية في بيان إن ثلاثة من عناصر الأمن العام قُتلوا وأصيب آخرون خلال التصدي "
            "لهجوم نفذته مجموعات خارجة عن القانون على أحد الحواجز، في حين تحدث ناشطون عن مقتل تسعة أشخاص.")
    types = _types(text, dt.date(2025, 4, 30))
    assert ("Battles", "Armed clash") in types
    assert ("Violence against civilians", "Attack") not in types
