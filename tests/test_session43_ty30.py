"""Session 43 (ty30): ACLED types in the sets written blind.  An interception "that caused no damage" told through
a verb of result ("دون أن يسفر ذلك عن أضرار") is a disrupted weapon, not a strike that got through; the arms seized
in the very sentence of an arrest are that arrest's haul; arrests denied ("دون تسجيل حالات اعتقال") or told as a
clash's cause ("على خلفية اعتقال") are no arrests of their own; shells whose record took a clash between two armed
sides as a detail of the same act are the clash's weapon (a remote weapon used within a battle is part of the
battle); a threat brandished ("لوّحت") or a timetable asked for ("جدولاً زمنياً لانسحاب") is no act; a party's
comment on strikes ("واصفةً الضربات بأنها اعتداء") is no act of its own."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from helpers import record_rows


def _types(text: str, day: dt.date) -> list[tuple[str, str]]:
    return [(str(r["event_type"]), str(r["sub_event_type"])) for r in record_rows(text, day)]


def test_interception_without_damage_through_a_verb_of_result_is_disrupted() -> None:
    text = ("أعلنت القيادة المركزية الأمريكية أن منظومات الدفاع الجوي اعترضت ثلاث طائرات مسيّرة أطلقت نحو قاعدة "
            "التنف مساء الأحد، دون أن يسفر ذلك عن أضرار أو إصابات في صفوف القوات.")
    types = _types(text, dt.date(2024, 2, 5))
    assert ("Strategic developments", "Disrupted weapons use") in types
    assert ("Explosions/Remote violence", "Air/drone strike") not in types


def test_arms_seized_in_the_arrest_sentence_are_its_haul() -> None:
    from rasd.document import Document, Span
    from rasd.events.stage import _seized_in_raid
    from rasd.pipeline import Pipeline

    text = ("أعلنت قيادة الشرطة في إدلب، صباح اليوم الاثنين، القبض على ثلاثة أشخاص في بلدة سرمدا يشتبه بتورطهم في "
            "تفجير سيارة، وذكرت أنها ضبطت بحوزتهم صواعق وعبوات معدة للتفجير.\n"
            "ويقول باحث في الشأن الأمني إن الأجهزة فككت عشرات العبوات بفضل بلاغات الأهالي.")
    doc = Pipeline()(Document(id="t", text=text, published=dt.date(2025, 3, 3)))
    arrest = next(ev for ev in doc.events if ev.sub_event_type == "Arrests")
    # the haul read as a record of its own that a later sentence of devices defused in general joined
    later = doc.text.index("ويقول")
    haul = replace(arrest, event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                   plover_type="COERCE", evidence=[*arrest.evidence, Span(later, len(doc.text), "sentence")])
    assert _seized_in_raid(doc, haul, arrest)


def test_arrests_denied_after_no_recorded_are_no_arrests() -> None:
    text = ("أصيب ثلاثة أشخاص بجروح، مساء الجمعة، في نزاع عشائري مسلح اندلع في قضاء الزبير غربي البصرة بسبب "
            "خلاف على قطعة أرض، وقالت الشرطة إنها طوقت المنطقة دون تسجيل حالات اعتقال.")
    types = _types(text, dt.date(2022, 5, 14))
    assert ("Battles", "Armed clash") in types
    assert ("Strategic developments", "Arrests") not in types


def test_arrest_told_as_the_cause_of_a_clash_is_no_arrest_record() -> None:
    text = ("اندلعت اشتباكات مساء الخميس بين عناصر من الفرقة الرابعة ومسلحين محليين في بلدة المزيريب بريف درعا "
            "الغربي، على خلفية اعتقال الفرقة أحد أبناء البلدة عند حاجز قريب، ما أدى إلى إصابة عنصرين.")
    types = _types(text, dt.date(2023, 6, 16))
    assert ("Battles", "Armed clash") in types
    assert ("Strategic developments", "Arrests") not in types


def test_shells_whose_record_took_a_clash_become_the_clash() -> None:
    from rasd.actors import lexicon
    from rasd.document import Document, Event, Span
    from rasd.events.stage import _clash_of_shelling, _take_clash

    text = ("واشتدت المواجهات بين الطرفين مساء أمس حين استخدمت قذائف الهاون بكثافة.\n"
            "وأعلن الفصيل أنه استهدف القاعدة بطائرتين مسيرتين.")
    doc = Document(id="t", text=text, published=dt.date(2023, 8, 1))
    fight = [Span(0, text.index("\n"), "sentence")]
    drones = [Span(text.index("\n") + 1, len(text), "sentence")]
    table = lexicon.actors()
    shells = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", actor1=table["jund_sham"])
    clash = Event("Battles", "Armed clash", actor1=table["fatah"], actor2=table["jund_sham"],
                  actor1_mentions=["حركة فتح"], actor2_mentions=["جند الشام"], evidence=fight)
    assert _clash_of_shelling(doc, shells, clash)
    _take_clash(shells, clash)
    assert (shells.event_type, shells.sub_event_type) == ("Battles", "Armed clash")
    assert shells.actor1 is not None and shells.actor2 is not None
    assert {shells.actor1.name, shells.actor2.name} == {"Fatah Movement", "Jund al Sham"}
    # a "clash" with civilians for a side, a "clash" told by no word of fighting, or an air strike: no such fold
    victims = Event("Battles", "Armed clash", actor1=table["fatah"], actor2=table["civilians"], evidence=fight)
    bare = Event("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert not _clash_of_shelling(doc, bare, victims)
    assert not _clash_of_shelling(doc, bare, replace(clash, evidence=drones))
    air = Event("Explosions/Remote violence", "Air/drone strike", actor1=table["fatah"])
    assert not _clash_of_shelling(doc, air, clash)


def test_threat_brandished_and_timetable_asked_are_no_act() -> None:
    text = ("لوّحت فصائل عراقية مسلحة، اليوم الثلاثاء، بإنهاء الهدنة مع القوات الأمريكية، ما لم تقدم الحكومة "
            "جدولاً زمنياً محدداً لانسحاب القوات الأجنبية من قاعدة عين الأسد.")
    assert _types(text, dt.date(2024, 10, 1)) == []


def test_arrests_after_a_protest_ended_do_not_make_it_intervened() -> None:
    text = ("خرج العشرات من أهالي مدينة الباب، أمس الجمعة، في وقفة احتجاجية أمام مبنى المجلس المحلي للمطالبة "
            "بتحسين الخدمات.\n"
            "وبعد انتهاء الوقفة بساعات، داهمت دورية للشرطة العسكرية منزلاً في المدينة واعتقلت شابين شاركا في تنظيم "
            "الاحتجاج.")
    types = _types(text, dt.date(2024, 5, 11))
    assert ("Protests", "Peaceful protest") in types
    assert ("Protests", "Protest with intervention") not in types
    assert ("Strategic developments", "Arrests") in types


def test_a_partys_comment_on_strikes_is_no_act_of_its_own() -> None:
    text = ("نفذت مقاتلات أمريكية فجر اليوم الأربعاء غارات على مواقع لفصيل مسلح في منطقة جرف النصر شمالي بابل، وعلى "
            "موقع ثان في قضاء القائم غربي الأنبار، بحسب مصادر أمنية.\n"
            "وأفاد مصدر في بابل بأن الغارات أصابت مقراً للفصيل، ما أسفر عن مقتل اثنين من عناصره وجرح ثلاثة.\n"
            "ولاحقاً، أعلنت هيئة الحشد الشعبي في بيان أن الحصيلة ارتفعت إلى ثلاثة قتلى، واصفة الغارات بأنها اعتداء "
            "سافر على جهة أمنية رسمية.")
    rows = record_rows(text, dt.date(2024, 1, 24))
    assert len(rows) == 1
    assert rows[0]["actor1"] == "Military Forces of the United States (2021-)"


def test_a_bomb_a_drone_drops_is_a_drone_strike() -> None:
    text = ("ألقت طائرة مسيّرة إسرائيلية، فجر اليوم، قنبلة على أطراف بلدة عيترون قرب مجموعة من المزارعين، من دون "
            "وقوع إصابات.")
    types = _types(text, dt.date(2025, 6, 2))
    assert types == [("Explosions/Remote violence", "Air/drone strike")]
    hand = "ألقى مجهولون قنبلة يدوية على منزل في بلدة عيترون فجر اليوم."
    assert _types(hand, dt.date(2025, 6, 2)) == [("Explosions/Remote violence", "Grenade")]
