"""Session 40 (dp25, one act told twice): a headline that names no day tells the body's act of the eve of the
report ("… وتفجير منازل في X" over "فجّر الجيش، ليل أمس، منازل في X"); a headline clause that names no side of its
own ("… وشهيدان في غارة على Y") is the body's act at Y, whose sides the body names; a town's record whose sentences
never name the town (its place borrowed from the lead's "مخيم X شرقي مدينة Y") is the camp's act told again; the
burning that an attack's own sentence tells is that attack's harm, not a property destruction of its own; a strike
told "during the clash" ("خلال الاشتباك") is the battle's own fire."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from helpers import article_doc

from rasd.document import PlaceRef, Span, TimeValue
from rasd.events.stage import _backs_a_fight, _fold_attack_damage, _recent_act, _same_record
from rasd.output.records import records


def test_headline_without_a_day_tells_the_act_of_last_night() -> None:
    text = ("غارة على الطيبة.. وتفجير منازل في عيترون\n\n"
            "وفي القطاع الأوسط، فجّر جيش الاحتلال، ليل أمس، أربعة منازل في بلدة عيترون بعد تفخيخها.\n\n"
            "وكان الشهيد الذي ارتقى أمس قد أصيب في بلدة عيترون.\n")
    doc = article_doc(text, dt.date(2025, 3, 12))
    head = next(e for e in doc.events if e.event_type == "Explosions/Remote violence")
    sents = doc.layer("sentences")
    night = next(sp for sp in sents if "ليل أمس" in doc.text[sp.start:sp.end])
    clause = next(sp for sp in sents if "الذي ارتقى" in doc.text[sp.start:sp.end])

    def day_in(sp: Span) -> TimeValue:
        return next(t.value for t in doc.layer("times") if sp.start <= t.start < sp.end
                    and isinstance(t.value, TimeValue))

    # the body's record of last night, read as recalled, and the headline's, dated by no word of its own
    x = replace(head, historical=True, date=day_in(night), evidence=[night])
    h = replace(head, historical=False, date=None, evidence=[sents[0]])
    assert _recent_act(doc, h, x)
    # (a relative clause's "أمس" names no day of the act: "الشهيد الذي ارتقى أمس")
    clause_x = replace(x, date=day_in(clause), evidence=[clause])
    assert not _recent_act(doc, h, clause_x)


def test_headline_clause_with_no_side_is_the_body_act_at_its_place() -> None:
    text = ("المقاومة تستهدف موقعين للاحتلال.. وشهيدان في غارة على عيتا الشعب\n\n"
            "أعلنت المقاومة الإسلامية في لبنان، اليوم الثلاثاء، أن مجاهديها استهدفوا موقع المالكية بالأسلحة "
            "الصاروخية وحققوا فيه إصابات مباشرة.\n\n"
            "في المقابل، شنّت طائرة حربية إسرائيلية بعد الظهر غارة على منزل في بلدة عيتا الشعب، ما أدى إلى "
            "استشهاد مواطنين اثنين.\n")
    rows = records(article_doc(text, dt.date(2024, 3, 5)))
    aita = [r for r in rows if r["location"] == "Aita al-Shaab"]
    assert len(aita) == 1
    assert aita[0]["sub_event_type"] == "Air/drone strike"
    assert str(aita[0]["actor1"]).startswith("Military Forces of Israel")


def test_town_record_with_a_borrowed_place_is_the_camp_act() -> None:
    # a clash in Balata camp, and a second record of that day at Nablus whose sentence names no place: the lead's
    # city it borrowed ("اشتباكات تجددت في حارة الجامع"); one act (a record that names Nablus stays apart)
    text = ("اقتحمت قوات الاحتلال، فجر اليوم، مخيم بلاطة شرقي مدينة نابلس، واندلعت اشتباكات بينها وبين مقاومين.\n\n"
            "واستشهد شاب برصاص قناص خلال اشتباكات تجددت بين المقاومين وقوات الاحتلال في حارة الجامع.\n\n"
            "واندلعت اشتباكات أخرى بين مقاومين وقوات الاحتلال في البلدة القديمة في نابلس.\n")
    doc = article_doc("اشتباكات في بلاطة\n\n" + text, dt.date(2024, 6, 7))
    camp = next(e for e in doc.events if e.event_type == "Battles" and e.place is not None
                and e.place.name_en.startswith("Balata"))
    city = next(p.value for p in doc.layer("places") if isinstance(p.value, PlaceRef) and p.value.name_en == "Nablus")
    sents = doc.layer("sentences")
    second = next(sp for sp in sents if "حارة الجامع" in doc.text[sp.start:sp.end])
    third = next(sp for sp in sents if "البلدة القديمة" in doc.text[sp.start:sp.end])
    borrowed = replace(camp, place=city, evidence=[second], location_mentions=["نابلس"])
    named = replace(camp, place=city, evidence=[third], location_mentions=["نابلس"])
    assert _same_record(camp, borrowed, doc=doc)
    assert not _same_record(camp, named, doc=doc)
    assert not _same_record(camp, borrowed)


def test_burning_told_in_the_attack_sentence_is_the_attack() -> None:
    text = ("اعتداء للمستوطنين على المغيّر\n\n"
            "هاجم مستوطنون، مساء اليوم، أطراف قرية المغيّر شرق رام الله، وأضرموا النار في ثلاث مركبات ومنزل، "
            "واعتدوا بالضرب على مزارع خمسيني نُقل إلى المستشفى.\n\n"
            "وفي وقت لاحق، أحرق مستوطنون عشرات أشجار الزيتون في أراضي القرية.\n")
    doc = article_doc(text, dt.date(2024, 4, 20))
    attack = next(e for e in doc.events if e.event_type == "Violence against civilians")
    later = next(sp for sp in doc.layer("sentences") if "الزيتون" in doc.text[sp.start:sp.end])
    same = replace(attack, event_type="Strategic developments", sub_event_type="Looting/property destruction",
                   evidence=list(attack.evidence), quantities={}, tags=[])
    apart = replace(same, evidence=[later])
    left = _fold_attack_damage(doc, [attack, same, apart], {})
    assert [e.sub_event_type for e in left] == [attack.sub_event_type, "Looting/property destruction"]
    assert left[1].evidence == [later]


def test_strike_told_during_the_clash_backs_the_fight() -> None:
    text = ("اشتباكات في مخيم جنين\n\n"
            "وأطلقت طائرة مسيّرة صاروخاً نحو مجموعة من المقاومين خلال الاشتباك قرب دوار المخيم.\n\n"
            "وأطلقت طائرة مسيّرة صاروخاً نحو منزل في المخيم خلال المواجهات.\n")
    doc = article_doc(text, dt.date(2024, 8, 14))
    sents = doc.layer("sentences")
    during = next(sp for sp in sents if "خلال الاشتباك" in doc.text[sp.start:sp.end])
    riot = next(sp for sp in sents if "خلال المواجهات" in doc.text[sp.start:sp.end])
    assert _backs_a_fight(doc, during)
    assert not _backs_a_fight(doc, riot)  # (stone-throwing with troops is no battle the strike backs)
