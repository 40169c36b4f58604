"""Session 34 (ac16): actors.  "ال<noun> ذاتها" points back to the force the article named last with that noun under
any of its names ("قوات سوريا الديمقراطية" … "«قسد»" … "القوات ذاتها"), and a body of armed men told as "the same"
("الوحدات ذاتها") with no force named by that noun to the armed force named just before; the force whose posts a
shelling was fired from ("قصف صاروخي من مواقع النظام") is the attacker; a civilian car hit ("سيارة مدنية") is
civilians; a protest's crowd counted by a bare definite number ("شارك فيها العشرات،")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 1, 16)  # a Tuesday


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_same_forces_take_the_group_named_last_under_its_short_name() -> None:
    text = ("قُتل عنصران من قوات سوريا الديمقراطية أمس الإثنين بقصف على قرية قرب بلدة الشدادي. "
            "وفي سياق آخر، هاجم مسلحون من قوات العشائر نقطة في بلدة الحوايج. "
            "ويتهم ناشطون «قسد» بتنفيذ اعتقالات واسعة في المنطقة. "
            "وكان شاب قد قُتل الشهر الماضي برصاص عناصر من القوات ذاتها على حاجز في بلدة الشحيل.")
    rows = [r for r in _rows(text) if r["location"] == "Al-Shuhayl"]
    assert rows and rows[0]["actor1"] == "QSD: Syrian Democratic Forces"


def test_same_units_take_the_force_named_just_before() -> None:
    text = ("وصلت صباح اليوم الثلاثاء تعزيزات من قيادة الأمن الداخلي إلى بلدة شطحة، وشنّت الوحدات ذاتها حملة دهم "
            "اعتقلت خلالها أربعة أشخاص يُشتبه بتقديمهم المساعدة للمهاجمين.")
    rows = [r for r in record_rows(text, dt.date(2025, 9, 23)) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["inter1"] == 1
    assert "الوحدات ذاتها" in rows[0]["actor1_mentions"]


def test_shelling_from_the_posts_of_a_force_names_the_attacker() -> None:
    rows = _rows("تعرضت مدينة أريحا أمس لقصف صاروخي من مواقع النظام في معسكر جورين، أسفر عن مقتل طفلين.")
    rows = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["actor1"].startswith("Military Forces of Syria")
    assert rows[0]["inter2"] == 7
    # shells that fell near a force's posts: the force is no attacker
    rows = _rows("سقطت قذائف أمس بالقرب من مواقع قوات النظام في محيط مدينة سراقب، دون إصابات.")
    assert not any(str(r["actor1"]).startswith("Military Forces of Syria") for r in rows)


def test_drone_strike_on_a_civilian_car_hits_civilians() -> None:
    text = "استهدفت طائرة مسيّرة مجهولة أمس سيارة مدنية على الطريق قرب مدينة البوكمال، ما أدى إلى احتراقها."
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Air/drone strike"]
    assert rows and rows[0]["inter2"] == 7


def test_bomb_in_a_civilian_car_hits_civilians() -> None:
    text = "انفجرت عبوة ناسفة زرعها مجهولون بسيارة مدنية عند مدخل مدينة القرداحة صباح اليوم."
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["inter2"] == 7
    assert any("سيارة مدنية" in m for m in rows[0]["actor2_mentions"])


def test_protest_crowd_counted_by_a_bare_number() -> None:
    text = ("خرجت اليوم الثلاثاء وقفة احتجاجية في مدينة شهبا شارك فيها العشرات، "
            "ورفعوا لافتات تطالب بالإفراج عن المعتقلين.")
    rows = [r for r in _rows(text) if r["event_type"] == "Protests"]
    assert rows and rows[0]["inter1"] == 6
    assert "العشرات" in rows[0]["actor1_mentions"]


def test_same_apparatus_before_a_comma_takes_the_branch_named_before() -> None:
    text = ("أوقف عناصر حاجز صباح اليوم الثلاثاء ثلاثة شبان واقتادوهم إلى فرع الأمن العسكري في مدينة درعا. "
            "وفي المساء، داهمت قوة من الجهاز ذاته، مدعومة بسيارة عسكرية، منزلاً في بلدة الحراك واعتقلت شاباً.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests" and r["location"] == "Hrak"]
    assert rows and rows[0]["inter1"] == 1
    assert any("الجهاز ذاته" in m for m in rows[0]["actor1_mentions"])


def test_same_faction_after_a_plural_of_factions() -> None:
    text = ("اعتقل مسلحون من أحد فصائل الجيش الوطني السوري أمس مزارعاً في بلدة جنديرس. "
            "وكان مسلحون من الفصيل نفسه قد أطلقوا النار الشهر الماضي على مجموعة من المزارعين في بلدة جنديرس، "
            "ما أدى إلى مقتل أحدهم.")
    rows = [r for r in _rows(text) if r["event_type"] == "Violence against civilians"]
    assert rows and rows[0]["inter1"] == 2


def test_bare_armed_men_counted_after_a_named_group_are_not_unknown() -> None:
    text = ("أعلن الجيش الروسي أن طائراته دمرت ورشة يستخدمها مسلحو هيئة تحرير الشام قرب جسر الشغور وقضت على 7 "
            "مسلحين. وأوضح أن المسلحين أطلقوا أمس الإثنين طائرات مسيّرة باتجاه نقاط للجيش السوري قرب مدينة سراقب، "
            "ما أدى إلى إصابة جندي.")
    rows = [r for r in _rows(text) if r["location"] == "Saraqab"]
    assert rows and all(r["actor1"] != "Unidentified Armed Group (Syria)" for r in rows)
    assert any(r["inter1"] == 2 for r in rows)
