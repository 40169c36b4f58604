"""Session 22 (GAZABROAD): places abroad that Al Mayadeen's war reporting names often and the gazetteer lacked —
quarters and areas of the Gaza Strip, towns of the West Bank, villages and valleys of south Lebanon, settlements of
the Galilee. Invented sentences of several shapes (a claimed attack, a strike, a raid, a shelling bulletin)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import record_rows

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("text", "place"), [
    ("أعلنت سرايا القدس أنّ مقاتليها قصفوا تجمعاً لجنود الاحتلال في منطقة الزنة شرقي خان يونس بقذائف الهاون.",
     "Al-Zanna (Khan Yunis)"),
    ("وأكدت كتائب القسام تدمير دبابة إسرائيلية متوغلة في منطقة الفراحين شرقي مدينة خان يونس.",
     "Al-Farahin (Khan Yunis)"),
    ("واشتبك المقاومون مع قوة إسرائيلية خاصة تسللت إلى منطقة السلاطين غربي بيت لاهيا.",
     "As-Salatin (Beit Lahia)"),
    ("واستهدف المقاومون آليات الاحتلال المتوغلة في منطقة السودانية شمال غربي مدينة غزة بقذائف الياسين.",
     "As-Sudaniya (Gaza)"),
    ("ودارت اشتباكات عنيفة بين المقاومين وقوات الاحتلال في منطقة التوام شمالي القطاع.", "Al-Tawam (Gaza)"),
    ("واستشهد خمسة فلسطينيين في قصف مدفعي إسرائيلي طال خيام النازحين في منطقة الشاكوش غربي رفح.",
     "Ash-Shakoush (Rafah)"),
])
def test_gaza_areas(text: str, place: str) -> None:
    assert place in [r["location"] for r in record_rows(text, DAY)]


@pytest.mark.parametrize(("text", "place"), [
    ("اقتحمت قوات الاحتلال بلدة عقربا جنوبي نابلس واعتقلت ثلاثة شبان بعد مداهمة منازلهم.", "Aqraba"),
    ("واندلعت مواجهات بين الشبان وقوات الاحتلال التي اقتحمت بلدة سبسطية شمال غربي نابلس.", "Sebastia"),
    ("واعتقلت قوات الاحتلال فجر اليوم أربعة مواطنين من بلدة الخضر جنوبي بيت لحم.", "Al-Khader"),
    ("وأطلق مقاومون النار على سيارة للمستوطنين قرب مستوطنة حرميش غربي جنين.", "Hermesh"),
    ("واشتبك مقاومون مع قوات الاحتلال التي اقتحمت مخيم العين غربي نابلس.", "Ein camp (Nablus)"),
])
def test_west_bank_towns(text: str, place: str) -> None:
    assert place in [r["location"] for r in record_rows(text, DAY)]


@pytest.mark.parametrize(("text", "place"), [
    ("واستهدفت المدفعية الإسرائيلية أطراف بلدة راشيا الفخار في قضاء حاصبيا جنوبي لبنان.", "Rashaya al-Foukhar"),
    ("وقصفت مدفعية الاحتلال وادي السلوقي جنوبي لبنان بعدد من القذائف.", "Wadi al-Saluki"),
    ("وشنّ الطيران الحربي الإسرائيلي غارة على بلدة رب ثلاثين في جنوب لبنان.", "Rab Thalathin"),
    ("وطال القصف المدفعي الإسرائيلي أطراف بلدة طلوسة جنوبي لبنان.", "Tallousa"),
    ("وأسقطت المقاومة الإسلامية في لبنان مسيّرة إسرائيلية فوق منطقة إقليم التفاح بصاروخ أرض جو.",
     "Iqlim al-Tuffah"),
    ("وأغارت مسيّرة إسرائيلية على سيارة في بلدة الغازية جنوبي صيدا ما أدى إلى استشهاد شخصين.", "Ghaziyeh"),
])
def test_south_lebanon_places(text: str, place: str) -> None:
    assert place in [r["location"] for r in record_rows(text, DAY)]


@pytest.mark.parametrize(("text", "place"), [
    ("أعلن حزب الله استهداف مقر قيادة لواء إسرائيلي في قاعدة عين زيتيم بصواريخ الكاتيوشا.", "Ein Zeitim"),
    ("وأعلنت المقاومة الإسلامية استهداف مستوطنة يرؤون بصلية من صواريخ الكاتيوشا.", "Yiron"),
    ("وأطلق حزب الله رشقة صاروخية على مستوطنة دفنا شمالي فلسطين المحتلة.", "Dafna"),
    ("وقصف حزب الله قاعدة المراقبة الجوية في جبل الجرمق بعشرات الصواريخ.", "Meron"),
    ("وتظاهر مئات الفلسطينيين في بلدة مجد الكروم في الجليل تنديداً بالحرب على غزة.", "Majd al-Krum"),
])
def test_galilee_settlements(text: str, place: str) -> None:
    assert place in [r["location"] for r in record_rows(text, DAY)]


@pytest.mark.parametrize("text", [
    "واندلعت اشتباكات عنيفة بين القوات المسلحة السودانية وقوات الدعم السريع في أم درمان.",
    "وقصفت القوات السودانية مواقع للدعم السريع في الخرطوم بحري.",
])
def test_sudanese_adjective_is_no_gaza_area(text: str) -> None:
    """Guard: bare السودانية is the adjective 'Sudanese', not the Gaza area."""
    assert all(r["location"] != "As-Sudaniya (Gaza)" for r in record_rows(text, DAY))


def test_sultans_word_is_no_place() -> None:
    """Guard: bare السلاطين ('the sultans') is no place without a place cue."""
    text = "وقال الكاتب إنّ السلاطين العثمانيين قصفوا المدينة مرات عدة قبل قرون."
    assert all(r["location"] != "As-Salatin (Beit Lahia)" for r in record_rows(text, DAY))


@pytest.mark.parametrize(("text", "place"), [
    ("واستشهد ثمانية مواطنين برصاص الاحتلال أثناء انتظارهم شاحنات المساعدات عند دوار الكويت جنوبي مدينة غزة.",
     "Kuwait Roundabout (Gaza City)"),
    ("وأعلنت كتائب القسام تفجير عبوة ناسفة بقوة إسرائيلية في محور فيلادلفيا جنوبي رفح.",
     "Philadelphi Corridor (Rafah)"),
    ("واستهدفت غارة إسرائيلية منزلاً في حي الجنينة شرقي مدينة رفح ما أدى إلى استشهاد أربعة مواطنين.",
     "Al-Jneineh (Rafah)"),
    ("واشتبك مقاتلو القسام مع قوة إسرائيلية متوغلة في منطقة العطاطرة شمال غربي بيت لاهيا.",
     "Al-Atatra (Beit Lahia)"),
])
def test_gaza_landmarks(text: str, place: str) -> None:
    """The Philadelphi corridor was read as the US city Philadelphia; the roundabout and quarters as their city."""
    assert place in [r["location"] for r in record_rows(text, DAY)]
