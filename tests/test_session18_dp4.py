"""Session 18 (DUP4): one event told twice must stay one record — a toll update dated by the time of the update
("وصباح اليوم، ارتفعت حصيلة الاشتباكات إلى …") and a party's statement dated by its own day ("وأعلنت قسد في بيان،
صباح اليوم، أنّ قواتها تصدّت لهجوم …") join the act told before with its day at the same place; a toll that names
its act ("حصيلة ضحايا التفجير") rises to the figure its casualty noun counts; and a headline's further act joined by
"و" ("… في X ومداهمات في Y", "… وتتوغل في Y") places no copy of the first act at Y."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2025, 9, 9)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def _headline_rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return records(article_doc(text + "\n", on))


def _brief(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return sorted((r["event_date"], r["event_type"], r["location"], r["fatalities"]) for r in rows)


# --- a toll that names its act rises to the figure its casualty noun counts


def test_toll_of_a_named_act_rises_to_the_counted_dead() -> None:
    text = ("قتل أربعة مدنيين، أمس، بانفجار عبوة ناسفة في سوق مدينة الباب. وارتفعت حصيلة ضحايا الانفجار إلى سبعة قتلى "
            "بعد وفاة ثلاثة من الجرحى، بينما يتلقى 12 جريحاً العلاج.")
    assert _brief(_rows(text)) == [("2025-09-08", "Explosions/Remote violence", "Al Bab", 7)]


def test_toll_of_a_named_act_in_one_sentence() -> None:
    text = "ارتفعت حصيلة ضحايا القصف المدفعي على مدينة سرمين إلى خمسة قتلى وتسعة جرحى."
    assert [r["fatalities"] for r in _rows(text)] == [5]


def test_guard_bare_toll_of_victims_stays_a_running_count() -> None:
    # pure guard (passes on the old code too): "حصيلة الضحايا" with no act, or "عدد الضحايا", is a war's count
    text = "اندلعت اشتباكات عنيفة في مدينة الخرطوم أمس. وارتفعت حصيلة الضحايا إلى نحو 600 قتيل."
    assert [r["fatalities"] for r in _rows(text)] == [0]


def test_guard_toll_over_a_period_is_no_act_toll() -> None:
    # pure guard: a toll counted "خلال الأسبوعين الماضيين" is a period's
    text = "ارتفعت حصيلة ضحايا هجمات المسلحين على قرى ريف إدلب إلى 43 قتيلاً خلال الأسبوعين الماضيين."
    assert all(r["fatalities"] == 0 for r in _rows(text))


# --- a toll update dated by its own time joins the act


def test_toll_update_of_the_next_morning_joins_the_clash() -> None:
    text = ("اندلعت اشتباكات، مساء أمس، بين عناصر الأمن العام ومسلحين في مدينة الصنمين بريف درعا الشمالي، ما أدى إلى "
            "مقتل عنصرين. وصباح اليوم، ارتفعت حصيلة الاشتباكات إلى ثلاثة قتلى بعد وفاة أحد الجرحى.")
    assert _brief(_rows(text)) == [("2025-09-08", "Battles", "As-Sanamayn", 3)]


def test_toll_update_told_later_in_the_day_joins_the_bombing() -> None:
    text = ("انفجرت سيارة مفخخة، ليل أمس، قرب دوار في مدينة منبج، ما أسفر عن مقتل ثلاثة مدنيين وإصابة ستة آخرين. "
            "وظهر اليوم، ارتفع عدد قتلى التفجير إلى خمسة.")
    assert _brief(_rows(text)) == [("2025-09-08", "Explosions/Remote violence", "Menbij", 5)]


# --- a statement dated by its own day re-tells the act of the day before


def test_statement_of_the_next_day_joins_the_attack_at_its_place() -> None:
    text = ('هاجم مسلحون من تنظيم "داعش"، مساء أمس، نقطة لقوات سوريا الديمقراطية في بلدة ذيبان، ما أدى إلى مقتل عنصر. '
            'وأعلنت قوات سوريا الديمقراطية في بيان، اليوم الثلاثاء، أن مقاتليها تصدوا لهجوم على نقطة لها في ذيبان.')
    rows = _rows(text)
    assert [(r["event_date"], r["location"]) for r in rows] == [("2025-09-08", "Thiban")]


def test_statement_with_said_joins_the_clash() -> None:
    text = ("اندلعت اشتباكات بين الجيش السوري ومسلحين في بلدة الصنمين، مساء أمس الاثنين. "
            "وقالت وزارة الدفاع، صباح اليوم، إن قواتها اشتبكت مع مجموعة مسلحة في الصنمين.")
    assert [r["event_date"] for r in _rows(text)] == ["2025-09-08"]


def test_guard_statement_about_another_town_stays_apart() -> None:
    # pure guard: the statement's act at another town is an event of its own
    text = ('هاجم مسلحون من تنظيم "داعش"، مساء أمس، نقطة لقوات سوريا الديمقراطية في بلدة ذيبان، ما أدى إلى مقتل عنصر. '
            'وأعلنت قوات سوريا الديمقراطية في بيان، اليوم الثلاثاء، أن مقاتليها تصدوا لهجوم على نقطة لها في البصيرة.')
    assert sorted(str(r["location"]) for r in _rows(text)) == ["Basira", "Thiban"]


# --- a headline's further act joined by "و" places no copy of the first act


def test_headline_raids_at_a_second_town_are_no_attack_there() -> None:
    rows = _headline_rows('هجوم لخلايا "داعش" على حاجز لـ"قسد" في ذيبان ومداهمات في البصيرة')
    assert [r["location"] for r in rows if r["event_type"] == "Battles"] == ["Thiban"]


def test_headline_incursion_verb_at_a_second_village_is_no_shelling_there() -> None:
    rows = _headline_rows("قوات إسرائيلية تستهدف أطراف الشجرة وتتوغل في سحم الجولان غربي درعا")
    assert [r["location"] for r in rows] == ["Ash-Shajara"]


def test_headline_arrest_campaign_at_a_second_town_is_no_clash_there() -> None:
    rows = _headline_rows("اشتباكات بين الأمن العام ومسلحين في طفس وحملة اعتقالات في المزيريب")
    assert [r["location"] for r in rows if r["event_type"] == "Battles"] == ["Tafas"]


def test_guard_headline_list_of_targets_stays_split() -> None:
    # pure guard: a list of target nouns ("وقواعد أميركية في Y", "والأحياء السكنية في Y") is two places
    rows = _headline_rows("استهداف مواقع إسرائيلية في الجولان المحتل وقواعد أميركية في الشدادي")
    assert len({r["location"] for r in rows}) == 2


def test_headline_protest_at_a_second_city_places_no_attack_there() -> None:
    rows = _headline_rows('مقتل جنديين بهجوم لـ"داعش" في بادية السخنة ومعلمون يحتجون في حماة', dt.date(2025, 9, 16))
    assert [r["location"] for r in rows if r["event_type"] != "Protests"] == ["Sokhneh"]


# --- the base of the force that fires ("مدفعية متمركزة في X قصفت …") is no second place of the shelling


def test_base_of_the_shelling_force_before_its_verb_is_no_target() -> None:
    text = "وقال المراسل إن قوات النظام المتمركزة في مدينة سراقب استهدفت بلدة سرمين بعشر قذائف أمس."
    assert [r["location"] for r in _rows(text)] == ["Sarmin"]


def test_base_of_the_artillery_is_no_second_record_of_the_shelling() -> None:
    text = ("أصيب مدنيان بقصف على أطراف بلدة الشجرة أمس. وأفاد مراسل بأن مدفعية إسرائيلية متمركزة في الجولان المحتل "
            "قصفت الأراضي الزراعية الواقعة غربي البلدة.")
    assert [r["location"] for r in _rows(text)] == ["Ash-Shajara"]


def test_guard_forces_based_at_the_target_stay_its_place() -> None:
    # pure guard: the force hit at its base ("استهدفت المقاومة القوات المتمركزة في X") is hit at X
    text = "استهدفت المقاومة القوات الإسرائيلية المتمركزة في موقع رويسات العلم بالصواريخ أمس."
    assert [r["location"] for r in _rows(text)] == ["Shebaa Farms"]
