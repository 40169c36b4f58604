"""Session 42 (ty28): ACLED types.  Charges that a force found and then blew up are a disrupted weapons use, not
a blast; people who gathered for another end and were shot at, and a hamlet called a "تجمع", are no protest;
settlers called "armed" attack a village, they do not clash with a second side; a man killed during a raid that met
gunmen is that clash's dead, not an attack of its own; men arrested as "implicated in kidnappings" are an arrest,
not a kidnapping."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import Document
from rasd.events.stage import detect_frames
from rasd.pipeline import Pipeline


def _kinds(text: str, day: dt.date) -> list[tuple[str, str]]:
    return [(str(r["event_type"]), str(r["sub_event_type"])) for r in record_rows(text, day)]


def test_charges_found_and_blown_up_are_disrupted() -> None:
    text = ("قال الجيش الإسرائيلي إن قواته عثرت صباح اليوم على ثلاث عبوات ناسفة مزروعة على جانب طريق قرب بلدة "
            "قباطية جنوب جنين وفجّرتها دون وقوع إصابات.")
    kinds = _kinds(text, dt.date(2025, 4, 7))
    assert ("Strategic developments", "Disrupted weapons use") in kinds
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in kinds
    # (a charge that went off and hurt people stays a blast)
    text = "انفجرت عبوة ناسفة صباح اليوم بسيارة مدنية قرب بلدة قباطية جنوب جنين، ما أدى إلى إصابة سائقها بجروح."
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in _kinds(text, dt.date(2025, 4, 7))


def test_crowd_waiting_for_aid_and_shot_at_is_no_protest() -> None:
    text = ("استشهد 12 فلسطينياً صباح اليوم برصاص جيش الاحتلال قرب نقطة لتوزيع الطحين جنوب مدينة خان يونس.\n\n"
            "وقال شهود إن آلاف النازحين تجمعوا منذ ساعات الليل على مقربة من النقطة، قبل أن تطلق الدبابات "
            "والمسيّرات الإسرائيلية النار باتجاههم.")
    kinds = _kinds(text, dt.date(2025, 7, 2))
    assert ("Violence against civilians", "Attack") in kinds
    assert not any(t == "Protests" for t, _ in kinds)
    # (not even a further mention of a protest: the gathering word reads no rally at all)
    doc = Pipeline()(Document(id="t", text=text, published=dt.date(2025, 7, 2)))
    assert not any(f.event_type == "Protests" for f in detect_frames(doc))
    # (a gathering with slogans that was shot at stays a protest's word)
    text = ("تجمع مئات الشبان أمام مبنى المحافظة رافعين لافتات تطالب بالإفراج عن المعتقلين، قبل أن يطلق عناصر "
            "الأمن النار باتجاههم.")
    doc = Pipeline()(Document(id="t", text=text, published=dt.date(2025, 7, 2)))
    assert any(f.event_type == "Protests" for f in detect_frames(doc))


def test_hamlet_named_as_a_gathering_is_no_protest() -> None:
    text = ("هدمت جرافات الاحتلال صباح اليوم ثلاثة مساكن في خربة الفخيت جنوب الخليل.\n\n"
            "ويعيش في تجمعات مسافر يطا نحو 1200 فلسطيني مهددين بالترحيل منذ سنوات.")
    kinds = _kinds(text, dt.date(2026, 1, 20))
    assert not any(t == "Protests" for t, _ in kinds)
    # (the verbal noun of a crowd gathering after a preposition stays a protest's word)
    text = "ورغم تجمع مئات المحتجين أمس في وسط العاصمة دعماً للرئيس المعزول، أعلن الجيش تأييده للانقلاب."
    doc = Pipeline()(Document(id="t", text=text, published=dt.date(2023, 7, 28)))
    assert any(f.event_type == "Protests" for f in detect_frames(doc))


def test_armed_settlers_attack_a_village_no_clash() -> None:
    text = ("هاجم عشرات المستوطنين المسلحين مساء أمس أطراف قرية المغير شمال شرق رام الله، وأحرقوا مركبتين، "
            "وفق ما أفاد رئيس المجلس القروي.")
    kinds = _kinds(text, dt.date(2025, 9, 3))
    assert ("Violence against civilians", "Attack") in kinds
    assert ("Battles", "Armed clash") not in kinds


def test_killed_during_raid_is_the_clash_toll() -> None:
    text = ("استشهد شاب فجر اليوم برصاص قوات الاحتلال خلال اقتحامها مخيم نور شمس شرق طولكرم.\n\n"
            "وأفادت مصادر محلية بأن اشتباكات مسلحة اندلعت بين مقاومين والقوات المقتحمة في أزقة المخيم استمرت "
            "ساعتين.")
    rows = record_rows(text, dt.date(2024, 5, 14))
    kinds = [(str(r["event_type"]), str(r["sub_event_type"])) for r in rows]
    assert ("Battles", "Armed clash") in kinds
    assert ("Violence against civilians", "Attack") not in kinds
    clash = next(r for r in rows if r["event_type"] == "Battles")
    assert clash["fatalities"] == 1


def test_arrest_of_men_implicated_in_kidnappings() -> None:
    text = ("أعلنت قيادة الأمن الداخلي في درعا، اليوم، القبض على ثلاثة أشخاص قالت إنهم متورطون بعمليات خطف "
            "وسلب في ريف المحافظة، خلال مداهمة في بلدة المزيريب، دون أن توضح إن كانت لهم صلة بخطف التاجر.")
    kinds = _kinds(text, dt.date(2025, 8, 20))
    assert ("Strategic developments", "Arrests") in kinds
    assert ("Violence against civilians", "Abduction/forced disappearance") not in kinds
