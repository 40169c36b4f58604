"""Session 44 (SE31): Syria's south and east as their local outlets tell them.

Own-words fixtures: the bomb of an earlier act a sequel names is no weapon of the news attack; a security
operation "targeting" a hideout is a clash, not a strike; a town's crowd before its own protest beside another
town's protest is one event per town; the home town of the dead, told after the act was placed, does not move it;
a local outlet's reporter's base is no place.
"""
from __future__ import annotations

import datetime as dt

from rasd.pipeline import extract_text


def _events(text: str, pub: dt.date) -> list[tuple[str, str, str, bool]]:
    doc = extract_text(text, published=pub)
    return [(e.event_type, e.sub_event_type, e.place.name_en if e.place else "", e.historical) for e in doc.events]


def test_sequel_bomb_is_no_weapon_of_the_news_attack() -> None:
    text = (
        "قُتل ثلاثة عناصر من قسد مساء أمس بهجوم شنّته خلايا تابعة لتنظيم الدولة الإسلامية على نقطة لقسد "
        "عند أطراف بلدة ذيبان في ريف دير الزور الشرقي.\n\n"
        "ويأتي هجوم ذيبان بعد نحو أسبوعين من تفجير عبوة ناسفة بسيارة لقسد قرب بلدة الشحيل في آب الماضي، "
        "وتبنّاه التنظيم حينها.")
    evs = _events(text, dt.date(2023, 9, 20))
    news = [e for e in evs if not e[3]]
    assert news and news[0][0] == "Battles"


def test_security_operation_on_a_hideout_is_a_clash() -> None:
    text = ("أعلنت وزارة الداخلية أن وحداتها نفذت فجر اليوم عملية أمنية في مدينة الميادين، استهدفت وكراً "
            "لخلية تابعة للتنظيم، وأسفرت عن مقتل أحد أفرادها.")
    evs = _events(text, dt.date(2025, 6, 2))
    assert evs and evs[0][:2] == ("Battles", "Armed clash")


def test_crowd_of_a_town_and_another_towns_protest_are_two_events() -> None:
    text = ("السويداء 24 – نظّم العشرات من أهالي بلدة عريقة وقفة احتجاجية أمام مبنى البلدية اليوم، "
            "كما خرجت مظاهرة مماثلة في مدينة شهبا، طالب المشاركون فيها بالإفراج عن المعتقلين.")
    places = {e[2] for e in _events(text, dt.date(2023, 10, 6)) if e[0] == "Protests"}
    assert {"Ariqa", "Shahba"} <= places


def test_home_town_of_the_dead_does_not_move_the_act() -> None:
    text = ("قُتل عنصران من قسد ظهر اليوم بانفجار عبوة ناسفة استهدفت سيارتهما قرب بلدة هجين بريف دير الزور الشرقي.\n\n"
            "وقال مراسل دير الزور 24 إن العبوة كانت مزروعة على جانب الطريق الواصل بين هجين وبلدة أبو حمام.\n\n"
            "وأوضح المراسل أن الانفجار أدى إلى مقتل عنصرين على الفور، هما من أبناء بلدة الشعفة، وإصابة ثالث "
            "بجروح خطرة نُقل على إثرها إلى مشفى الحسكة.")
    evs = _events(text, dt.date(2022, 7, 4))
    assert [e[2] for e in evs] == ["Hajin"]


def test_local_outlet_reporter_base_is_no_place() -> None:
    text = ("عبوة ناسفة تستهدف قيادياً سابقاً في ريف درعا الشرقي\n\n"
            "أصيب قيادي سابق في فصيل محلي بجروح مساء أمس الأحد جراء انفجار عبوة ناسفة زُرعت في سيارته قرب منزله في "
            "مدينة بصرى الشام بريف درعا الشرقي.\n\n"
            "وقال مراسل صوت حوران في ريف درعا الشرقي إن العبوة انفجرت لحظة تشغيل السيارة قرابة الساعة الثامنة مساءً، "
            "ما أدى إلى إصابة القيادي بجروح خطرة.")
    evs = _events(text, dt.date(2025, 11, 3))
    assert [e[2] for e in evs] == ["Busra Esh-Sham"]
