"""Session 23 (GAZ23): places abroad that the 2023-24 war reporting names after a place cue and the gazetteer lacked —
Iraqi and Yemeni cities and ports, villages of south Lebanon and the Bekaa, quarters of Khan Yunis and Jabalia camp,
West Bank towns — and a list that goes on after a pair "بين بلدتي X وY". Invented sentences of several shapes
(a strike, a claimed attack, a raid, a shelling bulletin)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import record_rows

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("text", "place"), [
    ("استشهد مواطن في غارة نفذتها مسيّرة إسرائيلية على سيارة قرب بلدة عدلون جنوبي لبنان.", "Adloun"),
    ("وشنّت الطائرات الحربية الإسرائيلية غارة على أطراف بلدة حانين في قضاء بنت جبيل.", "Hanine"),
    ("واستهدف القصف المدفعي الإسرائيلي مرتفعات بلدة حلتا وخراج كفرشوبا بعد الظهر.", "Halta"),
    ("وأدت غارة إسرائيلية على منزل في بلدة ميفدون قرب النبطية إلى استشهاد ثلاثة مواطنين.", "Mayfadoun"),
    ("وقصفت مسيّرة إسرائيلية دراجة نارية في بلدة سحمر في البقاع الغربي صباح اليوم.", "Sohmor"),
])
def test_lebanese_villages(text: str, place: str) -> None:
    assert place in [r["location"] for r in record_rows(text, DAY)]


@pytest.mark.parametrize(("text", "place"), [
    ("شنّت الطائرات الأميركية والبريطانية خمس غارات على منطقة رأس عيسى بمديرية الصليف في محافظة الحديدة.",
     "Ras Isa port"),
    ("وقتل ثلاثة من عناصر حزب العمال الكردستاني بقصف مسيّرة تركية قرب مدينة السليمانية شمالي العراق.",
     "Sulaymaniyah"),
    ("وانفجرت عبوة ناسفة بدورية للشرطة في مدينة الفلوجة غربي بغداد، ما أدى إلى إصابة عنصرين.", "Fallujah"),
    ("وشنّ الطيران الأميركي غارتين على مديرية في محافظة حجة شمال غربي اليمن.", "Hajjah"),
])
def test_iraq_and_yemen(text: str, place: str) -> None:
    assert place in [r["location"] for r in record_rows(text, DAY)]


@pytest.mark.parametrize(("text", "place"), [
    ("وأعلنت سرايا القدس أنّ مقاتليها استهدفوا دبابة إسرائيلية متوغلة في حي الأمل غربي مدينة خان يونس.",
     "Al-Amal (Khan Yunis)"),
    ("واشتبك مقاتلو القسام مع قوة إسرائيلية راجلة في حي القصاصيب بمخيم جباليا شمالي القطاع.",
     "Al-Qasasib (Jabalia camp)"),
    ("واقتحمت قوات الاحتلال بلدة برقين غربي جنين واعتقلت شابين بعد مداهمة منزليهما.", "Burqin"),
    ("واقتحمت شرطة الاحتلال بلدة العيساوية شمال شرقي القدس واعتقلت أربعة شبان.", "Issawiya"),
])
def test_gaza_and_west_bank_quarters(text: str, place: str) -> None:
    assert place in [r["location"] for r in record_rows(text, DAY)]


@pytest.mark.parametrize("text", [
    "ورأى الخطيب أنّ شعبنا آمن بكربلاء وثقافتها فصمد أمام الحصار، وسقط شهيدان في قصف على غزة.",
    "وقدّم الوزير حجة جديدة لتبرير القصف الذي طال خان يونس وأدى إلى استشهاد خمسة مواطنين.",
    "واعتبر عمران خان أنّ الهجوم الذي استهدف مدينة بيشاور وأدى إلى مقتل عشرة أشخاص عمل إرهابي.",
])
def test_everyday_words_stay_words(text: str) -> None:
    """Guard: the battle's lesson, 'argument' and a person's name are no places (passes on the old code too)."""
    places = [r["location"] for r in record_rows(text, DAY)]
    assert not {"Karbala", "Hajjah", "Amran"} & set(places)


@pytest.mark.parametrize(("text", "places"), [
    ("واستهدفت غارات إسرائيلية المنطقة الواقعة بين بلدتي برعشيت وتبنين، وأطراف بلدات حولا وكفرشوبا وكفركلا.",
     {"Houla", "Kfarchouba", "Kfar Kila"}),
    ("وقصفت المدفعية الإسرائيلية الأحراج الواقعة بين بلدتي برعشيت وتبنين، وأطراف بلدتي حولا وكفركلا جنوبي لبنان.",
     {"Houla", "Kfar Kila"}),
])
def test_list_goes_on_after_a_pair(text: str, places: set[str]) -> None:
    """A pair "بين بلدتي X وY" is one target; the list's further places after it are targets of their own."""
    assert places <= {r["location"] for r in record_rows(text, DAY)}
