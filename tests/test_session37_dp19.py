"""Session 37 (dp19, one act told twice): a party that mourns its dead in a statement ("وفي بيان …، نعت قسد
عناصرها") tells again the act the article reported, so with a claim placing it by the next town it joins that act;
a strike's record on a passer-by it also hurt, split from its record on the armed side it hit, is that one strike
(the side hit the one the article names first).  Real neighbours stay apart."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows, time_doc

from rasd.events.stage import _version_sentence

MONDAY = dt.date(2024, 11, 18)
SUNDAY = dt.date(2024, 1, 14)


def _kind(sentence: str) -> str:
    doc = time_doc(sentence, MONDAY)
    return _version_sentence(doc, doc.layer("sentences")[0])


def test_mourning_statement_is_a_version() -> None:
    assert _kind("ونعت قوات سوريا الديمقراطية في بيان مقاتليها الذين قضوا في الهجوم.") == "statement"
    assert _kind("وفي بيان نشره على قناته، نعى الفصيل اثنين من عناصره.") == "statement"
    # (a source that tells what it saw is no party's statement)
    assert _kind("وقالت مصادر محلية إن اشتباكات اندلعت في البلدة.") == ""


def _rows(text: str, day: dt.date, kind: str) -> list[tuple[str, str]]:
    return sorted((str(r["event_date"]), str(r["location"])) for r in record_rows(text, day)
                  if r["event_type"] == kind)


def test_claim_by_next_town_and_mourning_join_the_attack() -> None:
    text = ("مقتل عنصرين من \"قسد\" بهجوم لخلايا التنظيم على حاجز في ريف دير الزور الشرقي\n\n"
            "فرات بوست - دير الزور\n\n"
            "قُتل عنصران من \"قوات سوريا الديمقراطية\" (قسد) وأصيب ثالث بجروح، ليل أمس الأحد، إثر "
            "هجوم شنّه مسلحون يُعتقد أنهم من خلايا تنظيم \"الدولة الإسلامية\" على حاجز للقوات عند "
            "المدخل الجنوبي لبلدة البصيرة في ريف دير الزور الشرقي.\n\n"
            "وقال مراسلنا في المنطقة إن المهاجمين، وعددهم أربعة، وصلوا على متن دراجتين ناريتين "
            "قرابة الساعة العاشرة من ليل 17 تشرين الثاني، وفتحوا نيران أسلحتهم الرشاشة على عناصر "
            "الحاجز، ودار اشتباك بين الطرفين استمر نحو ربع ساعة، قبل أن ينسحب المهاجمون باتجاه "
            "البادية.\n\n"
            "وأضاف المراسل أن العنصر المصاب فارق الحياة صباح اليوم الاثنين في مشفى الكسرة متأثراً "
            "بجراحه، لترتفع حصيلة قتلى الهجوم إلى ثلاثة عناصر.\n\n"
            "من جهته، تبنّى التنظيم الهجوم عبر وكالة \"أعماق\" التابعة له، زاعماً أن مقاتليه \"هاجموا "
            "نقطة لميليشيا قسد المرتدة قرب الشحيل\" وقتلوا وجرحوا عدداً من عناصرها، وهي المنطقة "
            "المجاورة للبصيرة من جهة الشمال الغربي.\n\n"
            "وفي بيان نشرته على معرّفاتها الرسمية، نعت \"قسد\" عناصرها الثلاثة الذين قالت إنهم سقطوا "
            "\"أثناء تصديهم لهجوم إرهابي في ريف دير الزور\"، متوعدة بملاحقة الخلايا المسؤولة.\n")
    assert _rows(text, MONDAY, "Battles") == [("2024-11-17", "Basira")]
    _attack_and_another_town_the_next_day_stay_two()


def test_strike_on_fighters_and_passer_by_is_one_strike() -> None:
    text = ("قُتل عنصران من قوات سوريا الديمقراطية، اليوم الأحد، بضربة لطائرة مسيّرة تركية استهدفت سيارتهما "
            "في مدينة القامشلي.\n\n"
            "وقالت مصادر محلية إن المسيّرة أطلقت صاروخاً على السيارة قرب دوار المدينة، ما أدى إلى مقتل "
            "العنصرين، فيما أصيب مدني كان يمر في المكان بجروح.\n")
    rows = [r for r in record_rows(text, SUNDAY) if r["event_type"] == "Explosions/Remote violence"]
    assert len(rows) == 1, rows
    assert "Syrian Democratic Forces" in str(rows[0]["actor2"]), rows
    _strikes_on_fighters_and_on_a_house_elsewhere_stay_two()


def _attack_and_another_town_the_next_day_stay_two() -> None:
    text = ("قُتل عنصران من قوات سوريا الديمقراطية، مساء أمس الأحد، بهجوم شنّه مسلحون من تنظيم \"داعش\" "
            "على نقطة عسكرية في بلدة البصيرة شرقي دير الزور.\n\n"
            "وفي حادثة منفصلة، اشتبك مسلحون مجهولون صباح اليوم مع دورية لقسد قرب بلدة ذيبان، ما أدى إلى إصابة "
            "عنصر.\n\n"
            "ونعت قسد في بيان عنصريها اللذين قتلا في البصيرة.\n")
    assert _rows(text, MONDAY, "Battles") == [("2024-11-17", "Basira"), ("2024-11-18", "Thiban")]


def _strikes_on_fighters_and_on_a_house_elsewhere_stay_two() -> None:
    text = ("قُتل عنصران من قوات سوريا الديمقراطية، اليوم الأحد، بضربة لطائرة مسيّرة تركية استهدفت سيارتهما "
            "في مدينة القامشلي.\n\n"
            "كما استهدفت مسيّرة تركية أخرى منزلاً في بلدة عامودا، ما أدى إلى إصابة امرأة مدنية بجروح.\n")
    assert _rows(text, SUNDAY, "Explosions/Remote violence") == [("2024-01-14", "Amuda"), ("2024-01-14", "Quamishli")]


def test_town_in_its_district_is_one_shelling() -> None:
    text = "وتعرّضت أطراف بلدة الخيام في قضاء مرجعيون ظهر اليوم لقصف مدفعي إسرائيلي طال بساتين الزيتون.\n"
    assert _rows(text, dt.date(2024, 3, 12), "Explosions/Remote violence") == [("2024-03-12", "Khiam")]
    # (two towns of a list in one district stay two)
    text = "وقصفت المدفعية الإسرائيلية اليوم بلدتي كفركلا والخيام في قضاء مرجعيون.\n"
    assert _rows(text, dt.date(2024, 3, 12), "Explosions/Remote violence") == [
        ("2024-03-12", "Kfar Kila"), ("2024-03-12", "Khiam")]


def test_side_hit_speaking_of_the_strike_is_that_strike() -> None:
    text = ("حصاد اليوم في شمال شرق سوريا: مسيّرة تركية تقتل عنصرين من الأسايش قرب القامشلي.. "
            "ووقفة احتجاجية وقصف على ريف عين عيسى\n\n"
            "القامشلي - الحسكة | الأحد 14 كانون الثاني 2024\n\n"
            "قُتل عنصران من قوى الأمن الداخلي (الأسايش)، اليوم الأحد، بضربة لطائرة مسيّرة تركية "
            "استهدفت سيارتهما عند المدخل الغربي لمدينة القامشلي، في تصعيد جديد تشهده مناطق الإدارة "
            "الذاتية منذ مطلع الأسبوع.\n\n"
            "وبحسب مصادر محلية، فإن المسيّرة أطلقت صاروخاً واحداً على السيارة أثناء سيرها على طريق "
            "القامشلي - عامودا قرابة الساعة التاسعة صباحاً، ما أدى إلى مقتل العنصرين على الفور، "
            "فيما أصيب مدني كان يمر بالقرب من المكان بجروح طفيفة.\n\n"
            "وأكدت القيادة العامة لقوى الأمن الداخلي في بيان مقتل اثنين من أعضائها \"بقصف غادر "
            "لدولة الاحتلال التركي في ريف القامشلي\"، مشيرة إلى أنهما كانا في مهمة لتأمين الطريق.\n")
    rows = [r for r in record_rows(text, SUNDAY) if r["event_type"] == "Explosions/Remote violence"]
    assert [(r["location"], r["actor2"]) for r in rows] == [("Quamishli", "Asayish")], rows
