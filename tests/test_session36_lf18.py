"""Session 36 (lf18): the voice of state and allied media, and long forms.  A partial interception beside the
aggression's toll is that strike, not a weapon stopped nor an attack by the air defences; a bearing set off by a
comma after a strike's origin ("من اتجاه الأراضي اللبنانية، شمال غربي X") only describes the origin; targets
counted by ordinals ("الأول في X …، والثاني على أطراف Y") are two places; a dual act noun that sums up or names
again the acts told one by one ("لهجومين منفصلين", "عن الهجومين") reports none of its own, and a claim for them
covers them whatever their kind, the war and the government it invokes being no place of theirs; where blasts were
heard is not where they fell; a hospital the wounded were taken to is no place of the act; the charge of looting a
country's wealth is no looting at a place."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_partial_interception_beside_the_toll_is_the_strike() -> None:
    text = ("تعرّض محيط مدينة مصياف فجر اليوم لعدوان إسرائيلي جديد. ونقلت وكالة سانا عن مصدر عسكري قوله إنه "
            "\"نحو الساعة الثانية من فجر اليوم نفّذ الاحتلال الإسرائيلي عدواناً جوياً من جهة البحر مستهدفاً عدداً "
            "من النقاط في محيط مدينة مصياف\"، مشيراً إلى أن وسائط الدفاع الجوي تصدّت للصواريخ وأسقطت بعضها، "
            "وأن العدوان أسفر عن إصابة ثلاثة مدنيين.")
    rows = _rows(text)
    assert not [r for r in rows if r["sub_event_type"] == "Disrupted weapons use"]
    strikes = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert len(strikes) == 1 and strikes[0]["location"] == "Masyaf"
    # the strike got through and hurt civilians: they are its target, not the air defences that met it
    assert str(strikes[0]["actor1"]).startswith("Military Forces of Israel") and strikes[0]["inter2"] == 7


def test_bearing_after_a_comma_describes_the_origin() -> None:
    text = ("نفّذ العدو الإسرائيلي فجر اليوم عدواناً جوياً على مواقع في محيط مدينة مصياف. وقال مصدر عسكري إن "
            "العدوان نُفّذ من اتجاه الأراضي اللبنانية، شمال شرقي بيروت، وإن وسائط الدفاع الجوي تصدّت للصواريخ "
            "وأسقطت عدداً منها.")
    rows = _rows(text)
    assert rows and all(r["country"] == "Syria" for r in rows)
    assert {r["location"] for r in rows} == {"Masyaf"}


def test_targets_counted_by_ordinals_are_two_places() -> None:
    text = ("شنّت طائرات الاحتلال الإسرائيلي فجر اليوم غارات على موقعين في ريف دمشق، الأول في محيط بلدة الديماس "
            "غربي العاصمة، والثاني على أطراف مدينة الكسوة جنوبها، ما أدى إلى أضرار مادية.")
    places = {r["location"] for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"}
    assert {"Dimas", "Kisweh"} <= places


def test_dual_act_noun_sums_up_the_acts_told_apart() -> None:
    text = ("تعرّضت قاعدتان لقوات الاحتلال الأمريكي في ريف دير الزور لهجومين منفصلين صباح اليوم، منذ بداية "
            "العدوان على قطاع غزة.\n\n"
            "وقالت مصادر محلية إن طائرتين مسيّرتين استهدفتا قاعدة الاحتلال في حقل كونيكو للغاز قرابة الساعة "
            "الثامنة صباحاً.\n\n"
            "وبعد ساعتين، سقطت ثلاث قذائف صاروخية داخل قاعدة الاحتلال في حقل العمر النفطي.\n\n"
            "وأعلنت «المقاومة الإسلامية في العراق» مسؤوليتها عن الهجومين، مؤكدة أنها ستواصل عملياتها ما دامت "
            "واشنطن تدعم العدوان على غزة.")
    rows = _rows(text)
    assert {r["location"] for r in rows} == {"Conoco gas field", "Al-Omar oil field"}
    assert all(r["actor1"] == "Islamic Resistance in Iraq" for r in rows)


def test_where_blasts_were_heard_is_not_where_they_fell() -> None:
    text = ("استهدفت طائرة مسيّرة صباح اليوم قاعدة الاحتلال الأمريكي في حقل كونيكو للغاز، وإن دوي انفجارات "
            "قوية سُمع في بلدتي خشام والطابية المجاورتين.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert [r["location"] for r in rows] == ["Conoco gas field"]


def test_hospital_the_wounded_were_taken_to_is_no_place_of_the_act() -> None:
    text = ("استشهد عسكريان وأصيب ثلاثة آخرون جراء عدوان جوي إسرائيلي استهدف فجر اليوم نقاطاً في محيط مدينة "
            "قطنا بريف دمشق. وأضاف المصدر أن العدوان أدى إلى ارتقاء الشهيدين وإصابة الثلاثة، لافتاً إلى أن "
            "الجرحى نُقلوا إلى مشفى المجتهد وحالتهم مستقرة.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and all("hospital" not in str(r["location"]) for r in rows)


def test_charge_of_looting_a_countrys_wealth_is_no_looting() -> None:
    text = ("وقالت وزارة الخارجية في رسالة وجهتها اليوم إلى مجلس الأمن إن قوات الاحتلال الأمريكي تواصل نهب "
            "الثروات الوطنية من نفط وقمح في منطقة الجزيرة.")
    assert not [r for r in _rows(text) if r["sub_event_type"] == "Looting/property destruction"]
