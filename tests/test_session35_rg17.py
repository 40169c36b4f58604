"""Session 35 (rg17): places abroad and the region's fronts.  New rows of foreign.tsv for Iraqi and Yemeni towns and
districts, governorates, bases and airports, south Lebanese and Bekaa villages and West Bank villages (approximate
centres from general knowledge), so that an act at a town the text names is no longer placed at the governorate's
seat; "كوردستان" spelt with a waw; a connective before a side's claim ("إلى ذلك، تبنت …") or a place that turns a
roundup to its next item ("وفي محافظة X،") does not push the act late in its sentence; raids launched by a side
named at length ("شن طيران العدو، فجر اليوم، غارات على …") are told by their verb; abroad, a governorate fronted
before the act holds the district named after it; the definite wounded taken to a hospital in a town are those of
the act told before."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_places, trigger_context

from rasd.events.frames import family_inputs
from rasd.geo.gazetteer import get_gazetteer

DAY = dt.date(2024, 2, 13)  # a Tuesday


def test_iraqi_and_yemeni_towns_have_rows() -> None:
    g = get_gazetteer()
    for name, country in (("الحويجة", "IRQ"), ("المقدادية", "IRQ"), ("العمادية", "IRQ"), ("خانقين", "IRQ"),
                          ("قعطبة", "YEM"), ("باجل", "YEM"), ("حيس", "YEM"), ("رداع", "YEM"),
                          ("مطار صنعاء الدولي", "YEM"), ("حاصبيا", "LBN"), ("رياق", "LBN"), ("بيت لقيا", "PSE")):
        found = g.lookup(name)
        assert found and found[0].country == country, name


def test_head_words_keep_syrian_namesakes() -> None:
    # the Iraqi Sinjar, Hit and Anah rows are named with their head words: the bare names stay Syrian or unknown
    g = get_gazetteer()
    assert all(e.country == "SYR" for e in g.lookup("سنجار"))
    assert g.lookup("قضاء سنجار")[0].country == "IRQ"
    assert not any(e.country == "IRQ" for e in g.lookup("هيت"))


def test_district_named_beats_its_governorate() -> None:
    text = ("قصف على قعطبة\n\n"
            "أصيب ثلاثة مواطنين بينهم طفلان، مساء اليوم الثلاثاء، جراء قصف مدفعي استهدف منازلهم في مديرية قعطبة "
            "بمحافظة الضالع.")
    assert record_places(text, DAY) == ["Qatabah"]


def test_iraqi_district_town_not_the_province_seat() -> None:
    text = ("هجوم في ديالى\n\n"
            "قُتل مزارع وأصيب آخر، صباح اليوم الثلاثاء، بانفجار عبوة ناسفة استهدفت سيارتهما في بساتين قضاء "
            "المقدادية بمحافظة ديالى.")
    assert record_places(text, DAY) == ["Al-Muqdadiyah"]


def test_kurdistan_spelt_with_waw_is_the_region() -> None:
    doc = article_doc("خبر\n\nوفي إقليم كوردستان، شهدت مدينة أربيل اجتماعاً موسعاً للمسؤولين.", DAY)
    assert "Kurdistan Region (Iraq)" in [p.value.name_en for p in doc.layer("places")]


def test_claim_after_a_news_turn_is_an_event() -> None:
    text = ("شفق نيوز\n\n"
            "إلى ذلك، تبنت \"المقاومة الإسلامية في العراق\" في بيان مقتضب، هجوماً بطائرة مسيرة على قاعدة فكتوريا "
            "قرب مطار بغداد الدولي، فيما قال مصدر أمني إن الهجوم لم يوقع إصابات.")
    assert record_places(text, DAY) == ["Victory Base (Baghdad airport)"]


def test_place_turn_of_a_roundup_keeps_the_act_early() -> None:
    ctx = trigger_context("وفي محافظة الضالع بجنوب البلاد، قال مصدر محلي إن امرأة استشهدت مساء أمس جراء قصف مدفعي "
                          "على منزلها.")
    assert ctx is not None
    feats, _ = family_inputs(ctx)
    assert feats is not None and feats.get("early") == 1.0


def test_raids_launched_by_a_side_named_at_length_are_told_by_their_verb() -> None:
    ctx = trigger_context("شن طيران العدو الإسرائيلي الحربي، فجر اليوم الثلاثاء، ثلاث غارات على أطراف بلدة زبقين.")
    assert ctx is not None
    feats, _ = family_inputs(ctx)
    assert feats is not None and feats.get("verb") == 1.0


def test_governorate_fronted_abroad_holds_the_district_after_the_act() -> None:
    text = ("سبأ\n\n"
            "وفي محافظة الضالع، استشهد رجل وأصيبت امرأة، صباح اليوم الثلاثاء، جراء قصف مدفعي استهدف منازل المواطنين "
            "في مديرية قعطبة.")
    assert record_places(text, DAY) == ["Qatabah"]


def test_definite_wounded_taken_to_hospital_are_the_act_told_before() -> None:
    text = ("سبأ\n\n"
            "أصيب ثلاثة مواطنين بينهم طفلان، صباح اليوم الثلاثاء، جراء قصف مدفعي استهدف منازلهم في مديرية قعطبة.\n\n"
            "وأفاد مصدر طبي بأن المصابين نقلوا إلى مستشفى النصر في مدينة الضالع، مشيراً إلى أن القصف ألحق أضراراً "
            "بعدد من المنازل.")
    assert record_places(text, DAY) == ["Qatabah"]
