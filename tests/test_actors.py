"""Actor lexicon and actor stage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasd.actors import lexicon
from rasd.pipeline import extract_text


def _actors(text: str, published: dt.date | None = None) -> list[tuple[str, str, int]]:
    doc = extract_text(text, published=published)
    return [(doc.span_text(s), s.value.name, s.value.inter) for s in doc.layer("actors")]


def test_shipped_actor_lexicon_is_valid() -> None:
    assert lexicon.validate() == []


def test_government_units_map_to_state_forces_with_clitics() -> None:
    found = _actors("وقصفت قوات النظام البلدة، ثم دخلتها الفرقة الرابعة وعناصر من الأمن العسكري.",
                    dt.date(2021, 5, 1))
    names = {(t, inter) for t, _, inter in found}
    assert ("قوات النظام", 1) in names
    assert ("الفرقة الرابعة", 1) in names
    assert ("الأمن العسكري", 1) in names
    assert all(n.startswith("Military Forces of Syria") for _, n, _ in found)


def test_pronoun_suffix_and_local_fighters() -> None:
    found = _actors("تفاوض الضباط مع وجهائها بعد اشتباك مع مقاتلين محليين من أبناء البلدة.")
    texts = {t: inter for t, _, inter in found}
    assert texts.get("وجهائها") == 7
    assert texts.get("مقاتلين محليين") == 4


def test_time_bounded_name() -> None:
    entry = lexicon.actors()["syr_gov"]
    assert entry.ref(dt.date(2020, 1, 1)).name == "Military Forces of Syria (2000-2024)"
    assert entry.ref(dt.date(2025, 3, 1)).name == "Military Forces of Syria (2024-)"


def test_country_placeholder_and_suffix_follow_the_event_country() -> None:
    assert lexicon.actors()["police_generic"].ref(None, "Iraq").name == "Police Forces of Iraq"
    assert lexicon.actors()["civilians"].ref(None, "Lebanon").name == "Civilians (Lebanon)"


def test_validate_reports_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actors = tmp_path / "actors.tsv"
    aliases = tmp_path / "aliases.tsv"
    actors.write_text("key\tname\tinter\ngood\tGood Name\t2\ngood\tAgain\t2\nbad\tBad\t9\n", encoding="utf-8")
    aliases.write_text("surface\tkey\nمسلحون\tgood\nمسلحون\tgood\nشيء\tmissing\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "ACTORS_FILE", actors)
    monkeypatch.setattr(lexicon, "ALIASES_FILE", aliases)
    problems = lexicon.validate()
    assert any(p.startswith("actors.tsv:3:") and "duplicate key" in p for p in problems)
    assert any(p.startswith("actors.tsv:4:") and "inter" in p for p in problems)
    assert any(p.startswith("aliases.tsv:3:") and "duplicate" in p for p in problems)
    assert any(p.startswith("aliases.tsv:4:") and "unknown actor key" in p for p in problems)


def _events(text: str) -> list[dict[str, object]]:
    from rasd.output.records import records

    return records(extract_text(text, published=dt.date(2023, 6, 6)), timestamp=0)


def test_attack_noun_with_nationality_names_the_attacker() -> None:
    recs = _events("قتل ثلاثة مدنيين وأصيب آخرون في غارة إسرائيلية استهدفت منزلاً في بلدة قرب دمشق اليوم.")
    assert recs, "the strike is an event"
    r = recs[0]
    assert r["inter1"] == 8 and r["actor1"].startswith("Military Forces of Israel")
    assert "غارة إسرائيلية" in r["actor1_mentions"]
    assert r["inter2"] == 7


def test_definite_and_feminine_forms_are_generated() -> None:
    found = {t: name for t, name, _ in _actors("وتواصل القصف التركي بعد الضربات الروسية على القاعدة الأميركية.")}
    assert found.get("القصف التركي", "").startswith("Military Forces of Turkey")
    assert found.get("الضربات الروسية", "").startswith("Military Forces of Russia")
    assert found.get("القاعدة الأميركية", "").startswith("Military Forces of the United States")


def test_nationality_adjective_after_other_nouns_is_no_actor() -> None:
    assert _actors("وقالت مصادر إسرائيلية إن الاجتماع انتهى.") == []


def test_feminine_adjective_is_not_a_pronoun_suffix() -> None:
    texts = [t for t, _, _ in _actors("احترقت شاحنات مدنية على الطريق، وقتل مدني واحد.")]
    assert texts == ["مدني"]


def test_definite_general_word_refers_back_to_the_named_group() -> None:
    found = _actors("تبنى تنظيم داعش الهجوم على الحافلة. وقال سكان إن مسلحي التنظيم فروا بعد ذلك، "
                    "وإن المسلحين أحرقوا سيارة.")
    by_text = {t: name for t, name, _ in found}
    assert by_text["مسلحي التنظيم"] == "Islamic State (Syria)"
    assert by_text["المسلحين"] == "Islamic State (Syria)"


def test_general_word_without_antecedent_falls_back() -> None:
    found = _actors("أطلق المسلحون النار على سيارة في الطريق، وفر التنظيم من المكان.")
    assert [(t, n) for t, n, _ in found] == [("المسلحون", "Unidentified Armed Group (Syria)")]


def test_source_of_a_report_is_not_a_party() -> None:
    recs = _events("وقال مصدر في الشرطة المحلية إن مسلحين مجهولين أطلقوا النار على ثلاثة مدنيين "
                   "في قرية بريف حمص فقتلوهم.")
    assert recs
    r = recs[0]
    assert r["inter1"] == 3 and r["inter2"] == 7
    assert not any("الشرطة" in m for m in r["actor1_mentions"] + r["actor2_mentions"])


def test_owner_of_a_position_hit_is_the_target() -> None:
    recs = _events("استهدفت طائرة مسيرة تركية حاجزاً تابعاً لـ قسد في ريف الحسكة صباح اليوم.")
    assert recs
    r = recs[0]
    assert r["actor1"].startswith("Military Forces of Turkey")
    assert r["actor2"] == "QSD: Syrian Democratic Forces"


def test_withdrawal_has_no_second_actor() -> None:
    recs = _events("انسحبت قوات النظام من البلدة صباح اليوم بعد اشتباكات عنيفة مع مقاتلين محليين.")
    moves = [r for r in recs if r["event_type"] == "Strategic developments"]
    assert moves and all(r["actor2"] == "" for r in moves)
    assert moves[0]["inter1"] == 1


def test_validate_reports_generated_lexicon_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {
        "NATIONALITIES_FILE": "adjective\tkey\nإسرائيلية\tisr\nفرنسي\tnope\n",
        "NOUNS_FILE": "noun\tkind\tdefinite\nغارة\tattack\nقصف\tweapon\n",
        "ANAPHORA_FILE": "surface\tfallback\tinter\nالتنظيم\t-\t2,3\nالمسلحين\tnope\t9\n",
        "ROLES_FILE": "word\tkind\nمصدر\tsource\nقال\tsaying\n",
    }
    for attr, body in files.items():
        p = tmp_path / f"{attr}.tsv"
        p.write_text(body, encoding="utf-8")
        monkeypatch.setattr(lexicon, attr, p)
    problems = lexicon.validate()
    assert any(p.startswith("NATIONALITIES_FILE.tsv:2:") and "masculine" in p for p in problems)
    assert any(p.startswith("NATIONALITIES_FILE.tsv:3:") and "unknown actor key" in p for p in problems)
    assert any(p.startswith("NOUNS_FILE.tsv:3:") for p in problems)
    assert any(p.startswith("ANAPHORA_FILE.tsv:3:") and "fallback" in p for p in problems)
    assert any(p.startswith("ANAPHORA_FILE.tsv:3:") and "inter" in p for p in problems)
    assert any(p.startswith("ROLES_FILE.tsv:3:") for p in problems)
    assert not any(":2:" in p for p in problems if p.startswith(("NOUNS", "ANAPHORA", "ROLES")))


def test_subject_after_an_attack_verb_is_the_attacker() -> None:
    recs = _events("استهدفت قوات النظام بلدة في ريف إدلب بقذائف المدفعية صباح اليوم ما أدى إلى مقتل مدنيين.")
    assert recs
    assert recs[0]["inter1"] == 1 and recs[0]["inter2"] == 7
    # an actor before the verb is its subject; the one after it is the object
    recs = _events("قال شهود إن مسلحين مجهولين استهدفت نيرانهم قوات النظام قرب درعا فقتل جندي.")
    assert recs and recs[0]["inter1"] == 3 and recs[0]["inter2"] == 1


def test_national_army_factions_militias_and_tribes() -> None:
    found = {t: (n, inter) for t, n, inter in _actors(
        "تجددت الاشتباكات بين فرقة المعتصم والجبهة الشامية، فيما دعمت القوات الرديفة الجيش، "
        "وأعلن جيش العشائر النفير، واعتقل جهاز الأمن العام ناشطا.")}
    assert found["فرقة المعتصم"] == ("Syrian National Army", 2)
    assert found["الجبهة الشامية"] == ("Syrian National Army", 2)
    assert found["القوات الرديفة"][1] == 3
    assert found["جيش العشائر"] == ("Tribal Militia (Syria)", 4)
    assert found["جهاز الأمن العام"] == ("HTS: Hayat Tahrir al Sham", 2)


def test_armed_men_never_refer_back_to_government_auxiliaries() -> None:
    found = _actors("هاجم تنظيم داعش نقاطا للجيش والقوات الرديفة في البادية، وقال مصدر إن المسلحين "
                    "انسحبوا بعد ساعات.")
    by_text = {t: name for t, name, _ in found}
    assert by_text["المسلحين"] == "Islamic State (Syria)"


def test_protest_without_a_named_crowd_has_protesters_as_actor1() -> None:
    recs = [r for r in _events("خرجت مظاهرات حاشدة في مدينة إدلب اليوم للمطالبة بالإفراج عن المعتقلين.")
            if r["event_type"] == "Protests"]
    assert recs, "the demonstration is an event"
    assert recs[0]["inter1"] == 6 and recs[0]["actor1"] == "Protesters (Syria)"
    assert recs[0]["actor1_mentions"] == ["مظاهرات"]


# ---------------------------------------------------------------- round 5: broad lexicon and roles

@pytest.mark.parametrize(("text", "surface", "name", "inter"), [
    ("تقدمت قوات الحرس الجمهوري نحو التلال.", "قوات الحرس الجمهوري", "Military Forces of Syria (2000-2024)", 1),
    ("وصلت تعزيزات من قوات النمر إلى الجبهة.", "قوات النمر", "Military Forces of Syria (2000-2024)", 1),
    ("تصدت وسائط الدفاع الجوي السوري للصواريخ.", "وسائط الدفاع الجوي السوري",
     "Military Forces of Syria (2000-2024)", 1),
    ("انتشر عناصر من لواء القدس في البادية.", "لواء القدس", "Liwa al Quds", 3),
    ("انسحب مقاتلو لواء فاطميون من الموقع.", "لواء فاطميون", "Liwa Fatemiyoun", 3),
    ("تبنت كتائب حزب الله العملية.", "كتائب حزب الله", "Kataib Hezbollah", 3),
    ("أغلقت الجندرمة التركية المعبر.", "الجندرمة التركية", "Military Forces of Turkey (2016-)", 8),
    ("دخلت فرقة سليمان شاه القرية.", "فرقة سليمان شاه", "Syrian National Army", 2),
    ("أعلن تنظيم حراس الدين مقتل قيادي.", "تنظيم حراس الدين", "Hurras al Din", 2),
    ("أطلقت غرفة عمليات الفتح المبين قذائف.", "غرفة عمليات الفتح المبين",
     "Al Fateh al Mubin Operations Room", 2),
    ("سيطر مجلس منبج العسكري على الطريق.", "مجلس منبج العسكري", "Manbij Military Council", 2),
    ("نفذت القيادة المركزية الأميركية عملية.", "القيادة المركزية الأميركية",
     "Military Forces of the United States (2021-)", 8),
    ("قصف جيش الاحتلال الإسرائيلي التلة.", "جيش الاحتلال الإسرائيلي", "Military Forces of Israel (2009-)", 8),
    ("هاجمت خلايا داعش الحاجز.", "خلايا داعش", "Islamic State (Syria)", 2),
    ("طرد أبناء القبائل المسلحين.", "أبناء القبائل", "Tribal Militia (Syria)", 4),
    ("أحبط الجيش الأردني محاولة تهريب.", "الجيش الأردني", "Military Forces of Jordan (1999-)", 8),
    ("خطف مسلحون ملثمون تاجرا.", "مسلحون ملثمون", "Unidentified Armed Group (Syria)", 3),
    ("أصيب راعي أغنام بانفجار لغم.", "راعي أغنام", "Civilians (Syria)", 7),
])
def test_broad_lexicon_names_syrian_war_actors(text: str, surface: str, name: str, inter: int) -> None:
    found = _actors(text, dt.date(2023, 9, 1))
    assert (surface, name, inter) in found


def test_occupation_words_name_the_occupier_by_its_adjective() -> None:
    found = {t: n for t, n, _ in _actors("قال إن الاحتلال التركي والاحتلال الأميركي يسرقان النفط، "
                                        "وإن الاحتلال يقصف الجنوب.", dt.date(2023, 9, 1))}
    assert found["الاحتلال التركي"].startswith("Military Forces of Turkey")
    assert found["الاحتلال الأميركي"].startswith("Military Forces of the United States")
    assert found["الاحتلال"].startswith("Military Forces of Israel")


def test_side_column_is_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actors = tmp_path / "actors.tsv"
    actors.write_text("key\tname\tinter\tgroup\tuntil\tname_after\tside\n"
                      "a\tA\t2\t\t\t\tgov\nb\tB\t2\t\t\t\tبلا جانب\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "ACTORS_FILE", actors)
    problems = lexicon.validate()
    assert any(p.startswith("actors.tsv:3:") and "side" in p for p in problems)
    assert not any(p.startswith("actors.tsv:2:") for p in problems)


def test_allies_named_together_are_one_side() -> None:
    r = _events("قصفت القوات التركية والجيش الوطني قرى في ريف الحسكة اليوم.")[0]
    assert r["actor1"].startswith("Military Forces of Turkey")
    assert r["actor2"] != "Syrian National Army"
    r = _events("نفذت قوات التحالف الدولي وقسد عملية إنزال في ريف دير الزور واعتقلت قياديا في داعش.")[0]
    assert r["actor1"] == "Global Coalition Against Daesh"
    assert r["actor2"] == "Islamic State (Syria)"


def test_drone_of_a_state_hitting_a_car_of_a_group() -> None:
    # weapon + nationality subject, the owner of the car ("لـ") is the target
    r = _events("استهدفت مسيرة تركية سيارة لقسد على طريق في ريف القامشلي صباح اليوم.")[0]
    assert r["actor1"].startswith("Military Forces of Turkey")
    assert r["actor2"] == "QSD: Syrian Democratic Forces"


def test_passive_casualties_killed_by_a_named_attacker() -> None:
    # "قتل X بهجوم لـ Y": the killed are the target, the owner of the attack the initiator
    r = _events("قتل ثلاثة عناصر من قوات النظام بهجوم لداعش على نقطة عسكرية في بادية حمص.")[0]
    assert r["actor1"] == "Islamic State (Syria)"
    assert r["actor2"].startswith("Military Forces of Syria")


def test_nominal_strike_on_positions_of_a_group() -> None:
    # "غارات <nationality> على مواقع لـ Y": the adjective names the attacker, the owner the target
    r = _events("أصيب عناصر في غارات إسرائيلية على مواقع لحزب الله قرب مدينة القصير في ريف حمص.")[0]
    assert r["actor1"].startswith("Military Forces of Israel")
    assert r["actor2"] == "Hezbollah"


def test_civilians_hurt_by_shelling_of_the_government() -> None:
    # "إصابة مدنيين بقصف لـ X": civilians are the target, the shelling's owner the initiator
    r = _events("إصابة أربعة مدنيين بقصف للنظام على بلدة في ريف إدلب الجنوبي.")[0]
    assert r["actor1"].startswith("Military Forces of Syria")
    assert r["actor2"] == "Civilians (Syria)"


def test_dual_soldiers_of_a_state_are_its_forces() -> None:
    r = _events("قتل جنديان أمريكيان في هجوم بطائرة مسيرة نفذته المقاومة الإسلامية في العراق على قاعدة التنف.")[0]
    assert r["actor1"] == "Islamic Resistance in Iraq"
    assert r["actor2"].startswith("Military Forces of the United States")


def test_second_mention_of_the_target_is_not_the_initiator() -> None:
    # the base is hit (a target); the soldiers in it are the same side, not an attacker
    r = _events("استهدفت صواريخ القاعدة الأميركية في حقل العمر التي يقيم فيها الجنود الأميركيين بريف دير الزور.")
    assert r
    assert not r[0]["actor1"].startswith("Military Forces of the United States")
    assert r[0]["actor2"].startswith("Military Forces of the United States")


def test_relative_clause_names_the_attacker() -> None:
    # "X، الذي استهدف … مناطق سيطرة Y": the name before the relative pronoun is the attacker and
    # the group whose areas are hit is the target
    r = _events("جاء التصعيد من الجانب التركي، الذي استهدف أمس بطائرة مسيرة مناطق سيطرة قسد قرب مدينة عامودا.")
    assert r
    assert r[0]["actor1"].startswith("Military Forces of Turkey")
    assert r[0]["actor2"] == "QSD: Syrian Democratic Forces"


def test_residents_in_a_riot_are_the_crowd() -> None:
    # residents who pelt a convoy with stones are the rioters' crowd, not a separate actor
    r = _events("تظاهر الأهالي في بلدة قرب القامشلي احتجاجاً على مرور رتل للجيش الأميركي ورشقوه بالحجارة.")
    riots = [x for x in r if x["event_type"] == "Riots"]
    assert riots
    assert riots[0]["actor1"] == "Rioters (Syria)"
    assert "الأهالي" in riots[0]["actor1_mentions"]


def test_strike_noun_with_lam_names_the_attacker() -> None:
    # "بقصف لـX" / "بغارة لـX": X fired, even right after a casualty word and its victims
    r = _events("جرح ثلاثة أطفال بقصف لقوات النظام استهدف قرية قرب معرة النعمان.")
    assert r
    assert r[0]["actor1"].startswith("Military Forces of Syria")
    assert r[0]["actor2"] == "Civilians (Syria)"
    r = _events("قتلت امرأة بغارة للطيران الروسي على أطراف بلدة سرمين شرق إدلب.")
    assert r
    assert r[0]["actor1"].startswith("Military Forces of Russia")
    assert r[0]["actor2"] == "Civilians (Syria)"


def test_targeting_noun_with_lam_names_the_target() -> None:
    # "استهداف لـX": the "لـ" of the targeting noun marks the side that is hit
    r = _events("وقع انفجار عنيف في استهداف لقوات النظام بطائرة مسيرة قرب مدينة الطبقة.")
    assert r
    assert not (r[0]["actor1"] or "").startswith("Military Forces of Syria")
    assert r[0]["actor2"].startswith("Military Forces of Syria")


def test_ally_cue_reaches_over_unit_words() -> None:
    # "بمساندة عناصر حاجز تابع لـX": X backs the attackers; its checkpoint is not the target
    r = _events("اشتبك مسلحون من العشائر، بمساندة عناصر حاجز تابع للجيش السوري، مع رتل للجيش الأمريكي قرب القامشلي.")
    assert r
    assert r[0]["actor2"].startswith("Military Forces of the United States")
