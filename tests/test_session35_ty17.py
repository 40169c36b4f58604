"""Session 35 (ty17): one act told under two types, and developments that are no act.  A deal named by what befalls
it past its head noun ("في خرق جديد لاتفاقية فض الاشتباك") or by the year it was made ("لعام 1974") is an old deal,
no agreement reached; the arrests a protest denounces are its grievance, no arrest of the day; settlers' burning and
stones told in the sentence of their attack on a village are that attack; a bare attack noun in the sentence of an
arrest by the same force is no attack on the people arrested; bands said to spread across a region tell no act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 11, 3)  # a Monday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def _types(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_breach_of_a_named_deal_is_no_agreement() -> None:
    text = ("توغلت قوة من جيش الاحتلال الإسرائيلي صباح اليوم في أراضي بلدة جباتا الخشب بريف القنيطرة، واعتقلت "
            "مزارعاً من أبناء البلدة، في انتهاك جديد لاتفاقية فض الاشتباك.")
    types = _types(_rows(text))
    assert ("Strategic developments", "Arrests") in types
    assert ("Strategic developments", "Agreement") not in types


def test_deal_named_by_its_year_is_no_agreement() -> None:
    text = ("اعتقلت دورية إسرائيلية اليوم راعياً قرب بلدة الرفيد في ريف القنيطرة الجنوبي، داخل المنطقة التي "
            "حددتها اتفاقية فض الاشتباك لعام 1974.")
    types = _types(_rows(text))
    assert ("Strategic developments", "Arrests") in types
    assert ("Strategic developments", "Agreement") not in types
    # (a deal signed on the day, named the same way, is still one)
    signed = "وقّعت الحكومة السورية وقوات سوريا الديمقراطية اليوم في دمشق اتفاقية فض الاشتباك في مدينة حلب."
    assert ("Strategic developments", "Agreement") in _types(_rows(signed))


def test_arrests_a_sit_in_denounces_are_no_arrest() -> None:
    text = ("خرج عشرات من أهالي نوى ظهر اليوم الاثنين في وقفة أمام المسجد الكبير، رفضاً لحملات الاعتقال التي "
            "تشنها الأجهزة الأمنية على الحواجز، وطالبوا بالإفراج عن أبنائهم.")
    types = _types(_rows(text))
    assert any(t[0] == "Protests" for t in types)
    assert ("Strategic developments", "Arrests") not in types
    # (protesters arrested by a verb are the protest's intervention, as before)
    made = "خرج العشرات في مظاهرة وسط مدينة نوى اليوم الاثنين، واعتقلت الأجهزة الأمنية ثلاثة من المحتجين."
    assert ("Protests", "Protest with intervention") in _types(_rows(made))


def test_settlers_burning_and_stones_are_their_attack() -> None:
    text = ("هاجم مستوطنون مساء اليوم أطراف قرية المغير شرق رام الله، وأحرقوا سيارتين وحظيرة للمواشي، "
            "ورشقوا منازل المواطنين بالحجارة، ما أدى إلى إصابة مسنّ بجروح في رأسه.")
    types = _types(_rows(text))
    assert types.count(("Violence against civilians", "Attack")) == 1
    assert ("Strategic developments", "Looting/property destruction") not in types
    assert not any(t[0] == "Riots" for t in types)


def test_attack_noun_beside_the_arrest_is_no_second_act() -> None:
    text = ("قالت قوات سوريا الديمقراطية إنها أحبطت الهجوم على نقطتها في بلدة الشحيل، ثم شنت صباح اليوم حملة "
            "دهم في البلدة اعتقلت خلالها خمسة شبان بتهمة إيواء المهاجمين.")
    types = _types(_rows(text))
    assert ("Strategic developments", "Arrests") in types
    assert ("Violence against civilians", "Attack") not in types


def test_bands_spreading_across_a_region_are_a_generic_state() -> None:
    from rasd.arabic.normalize import normalize
    from rasd.events.lexicon import cue_matcher

    # "وتنتشر في محافظة درعا عصابات خطف …": a state of affairs over a region, no one act (a generic cue)
    nt = normalize("وتنتشر في ريف المحافظة عصابات خطف تتخذ من الفدية مصدراً لتمويلها.")
    assert any(p.kind == "generic" for m in cue_matcher().find(nt) for p in m.payloads)


def test_people_wanted_for_killings_are_no_clash() -> None:
    text = ("أوقفت قوى الأمن العام اليوم الاثنين تسعة أشخاص في مدينة السلمية شرقي حماة، خلال حملة قالت إنها تستهدف "
            "فلول النظام البائد والمطلوبين بجرائم قتل وتعذيب.")
    types = _types(_rows(text))
    assert ("Strategic developments", "Arrests") in types
    assert not any(t[0] == "Battles" for t in types)


def test_shots_with_no_second_side_are_the_attack_told_again() -> None:
    from rasd.document import ActorRef, Document, Event, PlaceRef, Span, TimeValue, Trigger
    from rasd.events.stage import _one_sided_fire_beside_act

    text = "أطلقوا النار بشكل عشوائي ثم انسحبوا."
    doc = Document(id="t", text=text, published=DAY)
    day = TimeValue(DAY, 1, "day", "absolute")
    town = PlaceRef("geonames:1", "Masyaf", "مصياف", "city", 35.06, 36.34)
    gunmen = ActorRef("Unidentified Armed Group (Syria)", 0, "unidentified")
    civilians = ActorRef("Civilians (Syria)", 7, "civilians")
    fire = Span(0, 12, "trigger", Trigger("Battles", "Armed clash", "ASSAULT", "firearms", "اطلقوا النار", 1.0))
    clash = Event("Battles", "Armed clash", day, town, gunmen, civilians, triggers=[fire],
                  evidence=[Span(0, len(text), "s")])
    attack = Event("Violence against civilians", "Attack", day, town, gunmen, civilians,
                   quantities={"killed": 2}, triggers=[fire])
    assert _one_sided_fire_beside_act(doc, clash, attack)
    # (a named second side, or a word of fighting, keeps the clash)
    army = ActorRef("Police Forces of Syria (2024-)", 1, "syr_gen_sec")
    assert not _one_sided_fire_beside_act(doc, Event("Battles", "Armed clash", day, town, gunmen, army,
                                                     triggers=[fire]), attack)
    fight = Span(0, 12, "trigger", Trigger("Battles", "Armed clash", "ASSAULT", "firearms", "اشتباكات", 1.0))
    assert not _one_sided_fire_beside_act(doc, Event("Battles", "Armed clash", day, town, gunmen, None,
                                                     triggers=[fire, fight]), attack)


def test_similar_attack_with_no_attacker_takes_the_kind_of_the_act_before() -> None:
    from rasd.document import ActorRef, Document, Event, Span, Trigger
    from rasd.events.stage import _like_typed

    first = "أعلنت الجماعة أنها استهدفت سفينة تجارية بصاروخ بحري قبالة المخا."
    second = "وكانت ناقلة نفط قد أبلغت الأسبوع الماضي عن تعرضها لهجوم مماثل في خليج عدن."
    text = first + " " + second
    doc = Document(id="t", text=text, published=DAY)
    at = text.index("لهجوم")
    group = ActorRef("Military Forces of Yemen (2017-) Houthi", 8, "houthi")
    strike = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", actor1=group,
                   evidence=[Span(0, len(first), "s")],
                   triggers=[Span(text.index("بصاروخ"), text.index("بصاروخ") + 6, "trigger", Trigger(
                       "Explosions/Remote violence", "Shelling/artillery/missile attack", key="صاروخ"))])
    like = Event("Battles", "Armed clash", evidence=[Span(len(first) + 1, len(text), "s")],
                 triggers=[Span(at, at + 5, "trigger", Trigger("Battles", "Armed clash", key="هجوم"))])
    _like_typed(doc, [strike, like])
    assert (like.event_type, like.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_act_a_crowd_accused_him_of_is_no_act() -> None:
    from rasd.events.frames import _ACCUSED_OF

    # "… من قبل حشد اتهمه بخطف طفلة": the abduction is the charge, no act told
    assert _ACCUSED_OF.search("رجل يفارق الحياة بعد ضربه من قبل حشد اتهمه ب")
    assert _ACCUSED_OF.search("أوقفت الشرطة امرأة قالت إن العائلة تتهمها ب")
    assert not _ACCUSED_OF.search("قال الأهالي إن مسلحين ")
