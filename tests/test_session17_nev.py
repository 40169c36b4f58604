"""Session 17, things that are not new events (NEV, articles benchmarks/styles2/nev-*): a protest broken up by
force is one Protests event with its dead, a death the crowd protests is its cause, a funeral's dead fell in an
act told elsewhere, a cell preparing bombings has set none off, a fight named as a point in time is no report."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, record_rows

DAY = dt.date(2025, 3, 18)


def _types(text: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in event_rows(text, DAY)]


def _rows(text: str) -> list[tuple[str, str, object]]:
    return [(str(r["event_type"]), str(r["sub_event_type"]), r["fatalities"]) for r in record_rows(text, DAY)]


def test_dispersal_by_live_fire_is_one_protest_event_with_its_dead() -> None:
    text = ("قُتل شاب وأصيب أربعة آخرون بجروح، اليوم، جراء إطلاق عناصر من الشرطة الرصاص الحي لتفريق محتجين "
            "تجمعوا وسط مدينة حماة.")
    assert _rows(text) == [("Protests", "Excessive force against protesters", 1)]


def test_protester_killed_during_dispersal_counts_one() -> None:
    text = "قتل متظاهر برصاص قوات الأمن خلال تفريق وقفة احتجاجية في مدينة إدلب اليوم."
    assert _rows(text) == [("Protests", "Excessive force against protesters", 1)]


def test_dispersal_pronoun_after_the_gathering() -> None:
    text = ("تجمع العشرات من الأهالي أمام مبنى المحافظة في مدينة درعا اليوم، فأطلقت قوات الأمن النار لتفريقهم، "
            "ما أدى إلى مقتل شاب.")
    assert _rows(text) == [("Protests", "Excessive force against protesters", 1)]


def test_death_the_crowd_protests_is_no_excessive_force() -> None:
    text = "احتجاجاً على مقتل متظاهر برصاص الشرطة، خرج المئات في مدينة جبلة اليوم."
    assert _rows(text) == [("Protests", "Peaceful protest", 0)]


def test_guard_fire_on_a_crowd_without_a_protest_word_stays_as_it_was() -> None:
    # pure guard: PLOVER (the GSR) codes this an assault; no protest event is made of it
    text = "وفتح الجنود النار على المتظاهرين لتفريقهم في مدينة حمص اليوم، مما أدى إلى سقوط جرحى."
    assert all(t != "Protests" for t, _s in _types(text))


def test_guard_dead_of_weeks_of_protests_are_no_fatalities_of_the_day() -> None:
    # pure guard: a running total beside a protest is no toll of a dispersal
    text = ("دعت الحكومة اليوم إلى الحوار في مدينة حماة، بعد شهرين من تظاهرات رافقها عنف أسفر عن سقوط نحو 46 "
            "قتيلاً.")
    assert all(f == 0 for t, _s, f in _rows(text) if t == "Protests")


def test_funeral_of_dead_from_undated_fighting_is_no_clash_at_the_funeral() -> None:
    text = ("استهدفت مسيّرة تركية، مساء أمس، موقعاً لقوات سوريا الديمقراطية في محيط سد تشرين. وشيّع الآلاف في "
            "مدينة القامشلي، أمس، جثامين ثلاثة مقاتلين من \"قسد\" قضوا في المعارك التي شهدها محيط السد خلال "
            "الأسابيع الماضية.")
    assert _types(text) == [("Explosions/Remote violence", "Air/drone strike")]


def test_funeral_of_soldiers_fallen_in_recent_battles() -> None:
    text = "شيّع أهالي مدينة منبج اليوم جثامين عنصرين من الجيش سقطا في المعارك الأخيرة مع قسد."
    assert _types(text) == []


def test_guard_funeral_whose_dead_fell_on_a_named_day_keeps_the_act() -> None:
    # pure guard: the relative clause dates the death ("ارتقى، أمس الخميس، خلال مواجهات في …")
    text = "وشيّعت جماهير غفيرة في مدينة درعا الشهيد الذي ارتقى، أمس الخميس، خلال مواجهات اندلعت في بلدة طفس."
    assert any(t == "Battles" for t, _s in _types(text))


def test_cell_preparing_bombings_set_none_off() -> None:
    text = ("قالت الوزارة إن قواتها اعتقلت فجر اليوم خلية لتنظيم داعش في مدينة تدمر، كانت تعدّ لتنفيذ تفجيرات "
            "تستهدف تجمعات للمدنيين في المدينة.")
    assert _types(text) == [("Strategic developments", "Arrests")]


def test_internal_security_units_named_with_min_are_an_actor() -> None:
    text = "ألقت وحدات من الأمن الداخلي القبض، فجر اليوم، على خلية تابعة لتنظيم داعش في مدينة الكسوة."
    assert any(a.endswith("gen_sec") for _t, s, a, _b in event_rows(text, DAY) if s == "Arrests")


def test_fight_named_as_a_point_in_time_is_no_report() -> None:
    text = "وعاد الهدوء إلى مدينة جرمانا اليوم بعد اشتباكات صحنايا التي أودت بحياة العشرات."
    assert all(t != "Battles" for t, _s in _types(text))


def test_calm_since_the_clashes_of_a_town_is_no_report() -> None:
    text = "وتشهد مدينة جبلة هدوءاً حذراً منذ اشتباكات القرداحة التي قتل فيها عدد من المسلحين."
    assert all(t != "Battles" for t, _s in _types(text))


def test_guard_fight_described_after_bahd_stays_an_event() -> None:
    # pure guard: "بعد اشتباكات عنيفة في بلدة X" (no place in construct) and a death told before the noun
    assert any(t == "Battles" for t, _s in _types(
        "بعد اشتباكات عنيفة في بلدة نوى اليوم، سيطرت القوات الحكومية على البلدة."))
    assert any(t == "Battles" for t, _s in _types("قُتل عنصران من الجيش اليوم بعد اشتباكات صحنايا مع مسلحين محليين."))
