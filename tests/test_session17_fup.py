"""Session 17 (FUP): follow-up articles — an undated headline over an act the body dates some days back, the act
told again in the pluperfect of background ("وكانت الاشتباكات قد اندلعت …"), an act named as the cause of the
sentence's own act ("على خلفية الهجوم"), and a second incident that dates itself after an undated headline."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc

from rasd.document import Event

WED = dt.date(2025, 5, 14)  # a Wednesday


def _events(text: str, on: dt.date = WED) -> list[Event]:
    return article_doc(text, on).events


def _rows(text: str, on: dt.date = WED) -> list[tuple[str, str, bool]]:
    return [(e.event_type, e.date.iso() if e.date else "", e.historical) for e in _events(text, on)]


# --- an undated headline over a follow-up whose act lies some days back


def test_funeral_headline_over_clash_of_last_saturday() -> None:
    text = ("تشييع اثنين من أبناء الصنمين قضوا في اشتباكات المدينة\n"
            "شيّع أهالي مدينة الصنمين، اليوم الأربعاء، شابين قتلا خلال الاشتباكات التي اندلعت مساء السبت الماضي "
            "في المدينة بين مسلحين محليين وعناصر من الأمن العام.\n"
            "وقال أحد أقارب الشابين إن العائلة تطالب بمحاسبة المسؤولين.")
    battles = [r for r in _rows(text) if r[0] == "Battles"]
    assert battles == [("Battles", "2025-05-10", False)]


def test_toll_headline_over_blast_of_five_days_ago() -> None:
    text = ("ارتفاع حصيلة قتلى انفجار السيارة المفخخة في مدينة إعزاز\n"
            "ارتفعت حصيلة قتلى انفجار السيارة المفخخة الذي ضرب سوقاً شعبية في مدينة إعزاز، يوم الجمعة 9 من أيار، "
            "إلى 11 مدنياً، بعد وفاة مصابين متأثرين بجراحهم.\n"
            "وقالت مصادر طبية إن ثلاثة جرحى ما زالوا في حالة حرجة.")
    blasts = [r for r in _rows(text) if r[0] == "Explosions/Remote violence"]
    assert blasts == [("Explosions/Remote violence", "2025-05-09", False)]


def test_headline_over_todays_act_stays_with_it() -> None:
    # guard: the body tells an act of today at the headline's place: the headline is today's news, not the
    # older act the body recalls
    text = ("مقتل شاب بإطلاق نار في مدينة طفس\n"
            "قُتل شاب، صباح اليوم الأربعاء، برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي.\n"
            "وكانت المدينة قد شهدت، يوم السبت الماضي، مقتل رجل برصاص مجهولين قرب دوار المدينة.")
    rows = _rows(text)
    assert ("Violence against civilians", "2025-05-14", False) in rows
    assert len([r for r in rows if r[1] == "2025-05-14"]) == 1


# --- the act told again in the pluperfect of background


def test_clashes_retold_in_background_are_one_event() -> None:
    text = ("أهالي جرمانا يطالبون بالتهدئة\n"
            "شيّع أهالي جرمانا، اليوم الأربعاء، ثلاثة من أبناء المدينة قضوا في الاشتباكات التي اندلعت فجر الأحد "
            "الماضي في مدينة جرمانا بريف دمشق بين مسلحين محليين وعناصر الأمن العام.\n"
            "وطالب وجهاء المدينة بوقف إطلاق النار.\n"
            "وكانت الاشتباكات قد اندلعت إثر خلاف على حاجز عند مدخل جرمانا، قبل أن تتوسع إلى أحياء المدينة، وأسفرت "
            "عن مقتل خمسة أشخاص.")
    battles = [r for r in _rows(text) if r[0] == "Battles"]
    assert battles == [("Battles", "2025-05-11", False)]


def test_blast_retold_in_background_is_one_event() -> None:
    text = ("انفجار في داعل\n"
            "انفجرت عبوة ناسفة، مساء الأحد الماضي، بسيارة عسكرية لقوى الأمن الداخلي في مدينة داعل بريف درعا، ما أدى "
            "إلى إصابة عنصرين.\n"
            "وطوّقت قوى الأمن المكان.\n"
            "وكان الانفجار، قد وقع قرب مدرسة في مدينة داعل، وأحدث أضراراً بمنازل قريبة.")
    blasts = [r for r in _rows(text) if r[0] == "Explosions/Remote violence"]
    assert blasts == [("Explosions/Remote violence", "2025-05-11", False)]


def test_earlier_act_of_the_place_stays_apart() -> None:
    # guard: a pluperfect sentence whose subject is the place, not the act, tells an earlier act of its own
    text = ("اشتباكات في جرمانا\n"
            "اندلعت اشتباكات، فجر اليوم الأربعاء، في مدينة جرمانا بين مسلحين محليين وعناصر الأمن العام.\n"
            "وكانت جرمانا قد شهدت في 3 من آذار الماضي اشتباكات مماثلة أسفرت عن مقتل عنصرين.")
    battles = [r for r in _rows(text) if r[0] == "Battles"]
    assert ("Battles", "2025-05-14", False) in battles and len(battles) == 2


# --- an act named as the cause of the sentence's own act


def test_arrests_after_the_attacks_are_no_attack() -> None:
    text = ("حملة اعتقالات في ذيبان\n"
            "وعلى خلفية الهجومين، شنت قوات سوريا الديمقراطية صباح اليوم حملة دهم في بلدة ذيبان بريف دير الزور، "
            "اعتقلت خلالها سبعة أشخاص.")
    types = [r[0] for r in _rows(text)]
    assert "Strategic developments" in types
    assert not any(t in ("Violence against civilians", "Battles", "Explosions/Remote violence") for t in types)


def test_cause_after_single_attack() -> None:
    text = ("حملة أمنية في الميادين\n"
            "على خلفية الهجوم، داهمت قوى الأمن الداخلي صباح اليوم منازل في مدينة الميادين واعتقلت أربعة شبان، بحسب "
            "مصدر أمني.")
    types = [r[0] for r in _rows(text)]
    assert "Strategic developments" in types
    assert not any(t in ("Violence against civilians", "Battles", "Explosions/Remote violence") for t in types)


# --- a second incident that dates itself, after an undated headline


def test_second_incident_is_not_the_headlines_act() -> None:
    # guard (passes on the old code too: here the lead reports the first attack itself; in the set's fup-02 the
    # lead, a names follow-up, reports no event and the undated headline took the second incident's day)
    text = ("مقتل عنصرين من قسد بهجوم في ريف دير الزور\n"
            "قتل عنصران من قوات سوريا الديمقراطية، مساء أمس، جراء هجوم شنه مسلحون من خلايا تنظيم الدولة على نقطة "
            "عسكرية في بلدة ذيبان بريف دير الزور الشرقي.\n"
            "وفي حادثة ثانية، استهدف مسلحون، فجر اليوم، سيارة عسكرية لقسد قرب بلدة ذيبان، ما أدى إلى إصابة عنصر.")
    days = sorted(r[1] for r in _rows(text) if r[0] == "Battles")
    assert days == ["2025-05-13", "2025-05-14"]


# --- "وجاء الانفجار بعد يومين من انفجار مماثل": the news act named as the sequel's subject, another act after it


def test_sequel_with_named_act_dates_the_earlier_blast() -> None:
    text = ("إصابة عنصرين بانفجار في داعل\n"
            "أصيب عنصران من قوى الأمن الداخلي، صباح اليوم، بانفجار عبوة ناسفة استهدفت دوريتهم في مدينة داعل بريف "
            "درعا.\n"
            "ويأتي الانفجار بعد يومين من انفجار عبوة ناسفة مماثلة قرب مدرسة في المدينة، أسفر عن مقتل عنصر من "
            "الأمن الداخلي وإصابة طفل.")
    rows = [(e.date.iso() if e.date else "", e.historical, e.fatalities) for e in _events(text)
            if e.event_type == "Explosions/Remote violence"]
    assert sorted(rows) == [("2025-05-12", True, 1), ("2025-05-14", False, 0)]


def test_sequel_with_named_attack_three_days() -> None:
    text = ("هجوم على حاجز في جاسم\n"
            "هاجم مسلحون مجهولون، مساء أمس، حاجزاً لقوات الأمن العام في مدينة جاسم بريف درعا، ما أدى إلى مقتل عنصر.\n"
            "وجاء الهجوم بعد 3 أيام من هجوم مماثل على حاجز آخر في المدينة، قتل فيه عنصران.")
    days = sorted(e.date.iso() for e in _events(text) if e.event_type == "Battles" and e.date)
    assert days == ["2025-05-10", "2025-05-13"]


def test_sequel_of_that_keeps_the_inherited_day() -> None:
    # guard: "ويأتي ذلك بعد يومين من …" (no act named as the subject) still leaves a few days back to the day the
    # sentence inherits, as before
    text = ("هجوم على حاجز في جاسم\n"
            "هاجم مسلحون مجهولون، مساء أمس، حاجزاً لقوات الأمن العام في مدينة جاسم بريف درعا، ما أدى إلى مقتل عنصر.\n"
            "ويأتي ذلك بعد يومين من هجوم مماثل على حاجز آخر في المدينة.")
    days = {e.date.iso() for e in _events(text) if e.event_type == "Battles" and e.date}
    assert "2025-05-11" not in days
