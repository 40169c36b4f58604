"""Session 20 (hd8): headlines and leads that make a second record — a headline item that names its act and sides but
no place is not at the place of the item told after it; a toll with no place goes on with the act told before it,
not with the next sentence that turns to another incident; a family name's initial glued to the first name's full
stop ("محمد.ع") ends no sentence."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc

from rasd.arabic.segment import sentences
from rasd.output.records import records

DAY = dt.date(2024, 9, 10)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return records(article_doc(text, on))


def test_headline_item_without_place_is_not_at_the_next_items_place() -> None:
    text = ("ريف دير الزور.. قتلى باشتباكات بين قسد ومسلحين من العشائر وتفجير انتحاري في الشحيل\n"
            "اندلعت اشتباكات عنيفة، مساء الإثنين، بين قوات سوريا الديمقراطية ومسلحين من العشائر في بلدة الكشكية، "
            "أسفرت عن مقتل أربعة مسلحين.\n"
            "وفي بلدة الشحيل، فجّر انتحاري حزاماً ناسفاً عند حاجز لقسد، ما أدى إلى مقتل عنصرين.\n"
            "وذكر ناشطون أن مجهولين سرقوا محال تجارية في سوق الشحيل مستغلين الفوضى التي رافقت المواجهات.\n")
    rows = _rows(text)
    clashes = [r for r in rows if r["sub_event_type"] == "Armed clash"]
    assert [r["location"] for r in clashes] == ["Al-Kishkiyah"]
    assert any(r["sub_event_type"] == "Suicide bomb" and r["location"] == "Al-Shuhayl" for r in rows)


def test_headline_bare_act_nouns_share_the_last_place() -> None:
    # guard: bare act nouns before the last item ("الغارات الجوية والقصف المدفعي على X") share its place
    text = ("الاحتلال يصعّد.. الغارات الجوية والقصف المدفعي على بلدة القنيطرة\n"
            "شنّت طائرات الاحتلال غارات جوية على محيط بلدة القنيطرة، اليوم الثلاثاء.\n")
    rows = _rows(text)
    assert rows and all(r["location"] for r in rows)


def test_toll_without_place_goes_on_with_the_clash_before_it() -> None:
    text = ("مقاتلو العشائر يهاجمون قسد في الكشكية وقصف مجهول على مواقع للميليشيات في الميادين\n"
            "اندلعت صباح اليوم الثلاثاء اشتباكات عنيفة بين مقاتلي العشائر وقسد في بلدة الكشكية بريف دير الزور.\n"
            "وأكد مصدر محلي مقتل 3 عناصر من قسد، في حين قُتل مقاتل من العشائر خلال المواجهات.\n"
            "في سياق آخر، قُتل عنصران من الميليشيات الإيرانية، مساء أمس، بقصف جوي مجهول على مواقع في مدينة الميادين.\n")
    rows = _rows(text)
    clashes = [r for r in rows if r["event_type"] == "Battles"]
    assert [r["location"] for r in clashes] == ["Al-Kishkiyah"]
    assert clashes[0]["fatalities"] == 4


def test_toll_is_not_placed_by_a_next_sentence_of_another_incident() -> None:
    text = ("اشتباكات في ريف درعا\n"
            "اندلعت اشتباكات عنيفة، مساء الإثنين، بين مسلحين ومجموعة محلية في بلدة اليادودة بريف درعا الغربي.\n"
            "وأفاد مصدر محلي بمقتل شخصين وإصابة ثلاثة آخرين.\n"
            "وفي حادثة منفصلة، قُتل شاب برصاص مجهولين في مدينة جاسم.\n")
    rows = _rows(text)
    jasim = [r for r in rows if r["location"] == "Jasim"]
    assert jasim and all(r["fatalities"] == 1 for r in jasim)


def test_glued_initial_ends_no_sentence() -> None:
    text = 'اغتال مجهولون الشاب "خالد.س"، بإطلاق النار عليه في البلدة. وقال مصدر إن الشاب علي.م (30 عاماً) أصيب.'
    assert len(sentences(text)) == 2


def test_glued_full_stop_before_a_word_still_ends() -> None:
    # guard: a full stop typed with no space before the next sentence's word or its conjunction still ends one
    text = "وقعت الاشتباكات قرب القلعة.و قال مصدر إن الهدوء عاد.يُذكر أن المنطقة تشهد توتراً."
    assert len(sentences(text)) == 3

