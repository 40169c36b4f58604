"""Session 35 (dp17, one act told by its parties): a party's statement or a group's claim of the act the article
reported before it is that act (one record on the act's day and at its place), though the version types it by its
weapon, dates it by the statement, places it by the countryside or by the next town; a statement that tells a reply,
a source's account of an act of its own, and a neighbour on another day stay events of their own.  A brigade named
after its town ("كتيبة جنين") names no place of its act, and a toll risen the next morning joins the act though the
headline was read into its record."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from helpers import record_rows

from rasd.document import Document, PlaceRef
from rasd.events.stage import _fold_unit_town_records
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 10, 9)  # a Wednesday

REPORT = ("قُتل عنصران من قوات سوريا الديمقراطية (قسد)، مساء أمس الثلاثاء، في هجوم شنّه مسلحون من خلايا تنظيم "
          "الدولة على نقطة عسكرية في بلدة الطيانة بريف دير الزور الشرقي.\n"
          "وقال مراسلنا إن المهاجمين أطلقوا النار من أسلحة رشاشة على النقطة قرابة الساعة العاشرة ليلاً، ودار "
          "اشتباك بين الطرفين لنحو ربع ساعة قبل أن ينسحبوا نحو البادية.\n")
CLAIM = ("وتبنّى تنظيم الدولة الهجوم عبر معرفاته، زاعماً أن مقاتليه قتلوا ثلاثة من عناصر قسد بعبوة ناسفة قرب بلدة "
         "ذيبان.\n")
TOLL = ("وأضاف المراسل أن أحد الجريحين فارق الحياة فجر اليوم الأربعاء متأثراً بإصابته، لترتفع حصيلة الهجوم إلى "
        "ثلاثة قتلى.\n")
STATEMENT = ("من جهتها، قالت قسد في بيان إن مقاتليها تصدّوا لهجوم إرهابي على إحدى نقاطهم في ريف دير الزور الشرقي، "
             "وأوقعوا إصابات في صفوف المهاجمين.\n")


def _fights(rows: list[dict]) -> list[tuple[str, str]]:
    return sorted((str(r["event_date"]), str(r["location"])) for r in rows
                  if r["event_type"] in ("Battles", "Explosions/Remote violence"))


def test_claim_by_the_next_town_dated_by_the_toll_paragraph_is_the_attack_told_before() -> None:
    rows = record_rows(REPORT + TOLL + STATEMENT + CLAIM, DAY)
    assert "Thiban" not in [r["location"] for r in rows], rows
    assert _fights(rows) == [("2024-10-08", "Al-Tayyana")], rows


def test_party_statement_after_the_toll_is_the_attack_told_before_with_the_risen_toll() -> None:
    rows = record_rows(REPORT + TOLL + STATEMENT, DAY)
    assert _fights(rows) == [("2024-10-08", "Al-Tayyana")], rows
    assert rows[0]["fatalities"] == 3, rows


def test_claim_and_statement_fold_while_a_bomb_of_another_town_today_stays() -> None:
    text = REPORT + TOLL + CLAIM + STATEMENT + (
        "وفي بلدة البصيرة، انفجرت صباح اليوم الأربعاء عبوة ناسفة بسيارة عسكرية تابعة لقسد، ما أدى إلى إصابة "
        "عنصرين.\n")
    assert _fights(record_rows(text, DAY)) == [("2024-10-08", "Al-Tayyana"), ("2024-10-09", "Basira")]


def test_record_placed_by_the_town_a_brigade_is_named_after_joins_the_fight_at_its_camp() -> None:
    text = ("اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم الأربعاء، مخيم نور شمس شرق مدينة طولكرم، واندلعت اشتباكات "
            "مسلحة بين المقاومين وقوات الاحتلال في حارات المخيم.\n\n"
            "وأعلنت \"كتيبة طولكرم\" في بيان أن مقاتليها فجّروا عبوة ناسفة بآلية عسكرية للاحتلال.\n")
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    camp = next(ev for ev in doc.events if ev.event_type == "Battles")
    town = next(p for p in doc.layer("places") if isinstance(p.value, PlaceRef) and p.value.name_en == "Tulkarm"
                and doc.text[p.start - 7:p.start].endswith("كتيبة "))
    brigade = next(sp for sp in doc.layer("sentences") if sp.start <= town.start < sp.end)
    # the brigade's sentence read as a record of its own at the town it is named after
    told = replace(camp, place=town.value, location_mentions=["طولكرم"], evidence=[brigade], triggers=[],
                   actor1=camp.actor2, actor2=camp.actor1, quantities={})
    kept = _fold_unit_town_records(doc, [camp, told], {})
    assert kept == [camp] and camp.place is not None and camp.place.name_en == "Nur Shams camp (Tulkarm)"
    # a fight at a town 5 km and more off the brigade's town is no telling of it
    far = replace(camp, place=replace(camp.place, id="elsewhere", lat=camp.place.lat + 0.2), evidence=camp.evidence[:1])
    told2 = replace(told, evidence=[brigade])
    assert len(_fold_unit_town_records(doc, [far, told2], {})) == 2


def test_toll_risen_next_morning_joins_the_attack_though_the_headline_was_read_into_it() -> None:
    head = "مقتل عنصرين من قسد بهجوم للتنظيم في ريف دير الزور.. وعبوة ناسفة في البصيرة"
    text = (head + "\n\n" + REPORT
            + "وأضاف المراسل أن أحد الجرحى فارق الحياة فجر اليوم الأربعاء متأثراً بإصابته، لترتفع حصيلة الهجوم "
              "إلى ثلاثة قتلى.\n"
            + "وفي بلدة البصيرة، انفجرت صباح اليوم الأربعاء عبوة ناسفة بسيارة عسكرية تابعة لقسد، ما أدى إلى إصابة "
              "عنصرين.\n")
    rows = records(Pipeline()(Document(id="t", text=text, title=head, published=DAY)))
    assert _fights(rows) == [("2024-10-08", "Al-Tayyana"), ("2024-10-09", "Basira")], rows
