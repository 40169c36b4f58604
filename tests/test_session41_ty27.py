"""Session 41 (ty27): ACLED types.  A passer-by hurt at the place of a bomb right after it is that bomb's toll, not
an attack of its own; a headline that tells only a toll at two places sums up the body's act at the second one
too; a month's running sum of devices cleared is no disrupted weapons use of a day; a recalled agreement's terms
("ينص على انسحاب …") are no withdrawal of their own."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records


def _kinds(text: str, day: dt.date) -> list[tuple[str, str]]:
    return [(str(r["event_type"]), str(r["sub_event_type"])) for r in record_rows(text, day)]


def test_passer_by_hurt_at_the_bomb_is_its_toll() -> None:
    text = ("انفجار عبوة بسيارة ضابط في ركن الدين\n\n"
            "انفجرت عبوة ناسفة لاصقة بسيارة ضابط في قوات النظام، صباح اليوم الاثنين، في حي ركن الدين بدمشق، "
            "ما أدى إلى إصابته بجروح.\n\n"
            "وأصيب الضابط بجروح في ذراعه، ونقل إلى مستشفى المجتهد في حي الميدان، فيما أصيب مدني كان ماراً في "
            "الشارع بجروح طفيفة، بحسب الصفحات.")
    kinds = _kinds(text, dt.date(2022, 5, 9))
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in kinds
    assert ("Violence against civilians", "Attack") not in kinds
    # (a weapon of its own: the passer-by shot by gunmen elsewhere is no toll of the bomb)
    text = ("انفجرت عبوة ناسفة بسيارة عسكري صباح اليوم الاثنين في حي ركن الدين بدمشق، ما أدى إلى إصابته.\n\n"
            "وفي حي برزة، قتل مسلحون مجهولون رجلاً كان ماراً في الشارع برصاص مسدس.")
    kinds = _kinds(text, dt.date(2022, 5, 9))
    assert ("Violence against civilians", "Attack") in kinds


def test_headline_toll_at_two_places_joins_the_body_act() -> None:
    text = ("قتيل وثلاثة جرحى في حوش السيد علي والقصر\n\nالهرمل - خاص\n\n"
            "اندلعت فجر اليوم الثلاثاء اشتباكات بين مسلحين من عشائر منطقة الهرمل وعناصر من الأمن العام السوري "
            "على الحدود.\n\n"
            "وأفاد مراسلنا بأن قذائف عدة مصدرها الجانب السوري سقطت على منازل في بلدة القصر، ما أدى إلى مقتل "
            "مواطن وإصابة اثنين آخرين بجروح.")
    rows = records(article_doc(text, dt.date(2025, 3, 18)))
    kinds = [(str(r["event_type"]), str(r["sub_event_type"])) for r in rows]
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in kinds
    assert ("Violence against civilians", "Attack") not in kinds


def test_month_of_cleared_mines_is_no_event() -> None:
    text = ("قتل مزارع بانفجار لغم أرضي في أرض زراعية قرب بلدة مارع بريف حلب الشمالي يوم السبت الماضي.\n\n"
            "وقالت مصادر في الأمن العام إن الفرق الهندسية فككت خلال الشهر الجاري أكثر من أربعين لغماً وعبوة "
            "في محيط مارع.")
    kinds = _kinds(text, dt.date(2026, 3, 16))
    assert ("Strategic developments", "Disrupted weapons use") not in kinds
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in kinds
    text = ("فكك فريق الهندسة التابع لوزارة الداخلية صباح اليوم عبوة ناسفة زرعت قرب سوق مدينة مارع بريف حلب "
            "الشمالي.")
    assert ("Strategic developments", "Disrupted weapons use") in _kinds(text, dt.date(2026, 3, 16))


def test_recalled_agreement_terms_are_no_withdrawal() -> None:
    text = ("خرجت الدفعة الأولى من العائلات من حي الوعر في حمص اليوم.\n\n"
            "وكانت لجنة الحي قد وقّعت يوم الأحد 12 من آذار اتفاقاً مع لجنة حكومية ينص على انسحاب "
            "مقاتلي الفصائل من الحي نحو الشمال وفتح الطرق.")
    kinds = _kinds(text, dt.date(2017, 3, 18))
    assert ("Strategic developments", "Agreement") in kinds
    assert ("Strategic developments", "Other") not in kinds


def test_bare_air_defences_at_the_struck_base_are_its_own() -> None:
    text = ("قالت مصادر أمنية إن طائرتين مسيرتين استهدفتا قاعدة حرير الجوية التي تستضيف قوات أمريكية "
            "فجر اليوم الأربعاء.\n\n"
            "وقال مسؤول عسكري أمريكي إن الدفاعات الجوية في القاعدة أسقطت إحدى الطائرتين، بينما سقطت الثانية في "
            "أرض خالية قرب المدرج من دون إصابات.")
    kinds = _kinds(text, dt.date(2024, 1, 17))
    assert ("Explosions/Remote violence", "Air/drone strike") in kinds
    assert ("Strategic developments", "Disrupted weapons use") not in kinds
