"""Session 44 (ty31): event types of clauses, headlines, settings and running totals.

Own-words sentences: a later clause that names the act told before by a definite general word is no second act;
a weapon downed in a clause of its own is an interception beside the attack; a side's remote fire at the
attackers within a battle is that battle's; charges readied for a blast and seized are no blast; a quoted outlet
is no march; flames that catch are no gunfire; the
shelling named as the setting of a flight is no new act; the dead summed up since a truce are no event.
"""
from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.events.stage import detect_frames
from rasd.pipeline import Pipeline, extract_text

PUB = dt.date(2024, 3, 5)
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUB).events]


def _frame_types(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, published=PUB)
    Pipeline(Pipeline().stages[:-1])(doc)
    return [(f.event_type, f.sub_event_type) for f in detect_frames(doc) if f.primary]


def test_definite_attack_in_later_clause_is_the_same_act() -> None:
    types = _frame_types("شنّ جيش الاحتلال فجر اليوم هجوماً صاروخياً على مستودع قرب مطار الضبعة العسكري وأخرى في محيط "
                         "مدينة القصير بريف حمص، في حين قالت وزارة الدفاع التابعة للنظام إن الهجوم أدى إلى مقتل "
                         "عسكريين اثنين.")
    assert types == [SHELLING]


def test_return_fire_at_the_attackers_is_the_battle() -> None:
    assert _types("اندلعت مواجهات عنيفة أمس في بلدة الكشكية، إذ هاجم مقاتلو العشائر مواقع قسد عند مدخل البلدة، "
                  "بينما ردت قسد بقذائف الهاون واستخدمت طائرات مسيرة لاستهداف تجمعات المهاجمين.") == [CLASH]


def test_charges_readied_for_a_blast_are_no_blast() -> None:
    types = _types("نفذت وحداتنا الخاصة فجر اليوم عملية أمنية في بلدة الصور بريف دير الزور، استهدفت منزلاً يتحصن "
                   "فيه قيادي في خلايا التنظيم.\n\nوضبطت وحداتنا خلال العملية كمية من الأسلحة الخفيفة والذخائر "
                   "وأجهزة الاتصال والعبوات المعدة للتفجير.")
    assert all(t[1] != "Remote explosive/landmine/IED" for t in types)


PORT_RAIDS = ("شنّت مقاتلات أمريكية فجر اليوم غارات على ميناء رأس عيسى النفطي غربي اليمن.\n\nوقالت قناة "
              "\"المسيرة\" إن العدوان استهدف مديرية الصليف بست غارات، ما أدى إلى مقتل أربعة عمال، فيما أكدت "
              "مصادر محلية في الحديدة أن النيران اشتعلت في عدد من خزانات الوقود داخل الميناء.\n\nوذكرت "
              "\"المسيرة\" أن الغارات طالت منطقة قريبة من المطار في مديرية بني الحارث، دون أن تتحدث عن ضحايا.")


def test_quoted_channel_name_is_no_march() -> None:
    assert all(t[0] != "Protests" for t in _types(PORT_RAIDS))


def test_flames_that_catch_are_no_gunfire() -> None:
    assert CLASH not in _types(PORT_RAIDS)


def test_shelling_named_as_the_setting_is_no_new_act() -> None:
    types = _types("اشتبك عناصر من حركة فتح مع مسلحين من جند الشام أمس في مخيم عين الحلوة.\n\n"
                   "وفي ظل القصف، نزحت عشرات العائلات من المخيم نحو مساجد مدينة صيدا.")
    assert SHELLING not in types


def test_dead_counted_since_a_truce_are_no_event() -> None:
    types = _types("قصفت مدفعية الاحتلال اليوم أطراف بلدة بيت لاهيا شمالي القطاع.\n\nوأعلن المكتب الإعلامي "
                   "الحكومي أن الاحتلال ارتكب أكثر من 80 خرقاً لاتفاق وقف إطلاق النار منذ دخوله حيز التنفيذ، ما "
                   "أسفر عن استشهاد العشرات.")
    assert types == [SHELLING]
