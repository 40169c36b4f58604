"""Session 42 (pd28): places in Syria's desert, east and countryside.  Villages of the Deir ez-Zor - Palmyra road
(al-Shoula, Kabajib) are places of their own, not the governorate's city; where attackers fled ("لاذوا بالفرار
باتجاه عمق البادية") is not where they struck; a source inside an office named with its seat ("مصدر في قيادة
الأمن العام بحمص") speaks from that seat; a reply ("ورداً على الهجوم، …") is an act of its own, not the place of
the details told before it; and a source's details of an attack that take up its target by a definite noun ("وأوضح
مصدر أن المسلحين استهدفوا الحافلة …") are that attack, not a second one."""

from __future__ import annotations

import datetime as dt
import math

from helpers import record_rows


def _km(r: dict[str, object], lat: float, lon: float) -> float:
    la, lo = float(str(r["latitude"])), float(str(r["longitude"]))
    dx = (lo - lon) * 111.3 * math.cos(math.radians(lat))
    return math.hypot((la - lat) * 111.3, dx)


def test_kabajib_on_the_desert_road_is_its_own_place() -> None:
    text = ("اختطف مسلحون مجهولون مساء أمس سائق صهريج على الطريق الصحراوي قرب بلدة كباجب جنوب غرب دير الزور، "
            "واقتادوه إلى جهة مجهولة.")
    rows = record_rows(text, dt.date(2023, 3, 2))
    assert rows
    assert all(_km(r, 35.10, 39.38) < 15 for r in rows)


def test_shoula_on_the_desert_road_is_its_own_place() -> None:
    text = "قُتل ثلاثة عسكريين بهجوم لخلايا التنظيم على سيارة عسكرية قرب بلدة الشولا على طريق دير الزور - تدمر."
    rows = record_rows(text, dt.date(2023, 3, 2))
    assert rows
    assert all(_km(r, 35.17, 39.88) < 15 for r in rows)


def test_fleeing_into_the_depth_of_the_desert_is_not_the_place() -> None:
    text = ("نصب عناصر التنظيم كميناً لسيارة عسكرية قرب الرصافة. وبعد تبادل لإطلاق النار انسحب المهاجمون نحو عمق "
            "البادية.")
    rows = record_rows(text, dt.date(2022, 1, 5))
    assert rows
    assert all(r["location"] != "Syrian Desert (Badia)" for r in rows)
    assert any(_km(r, 35.63, 38.76) < 10 for r in rows)


def test_source_in_an_office_speaks_from_its_seat() -> None:
    text = ("فككت وحدات الأمن العام خلية لتنظيم داعش في بادية السخنة. وأوضح مصدر في قيادة الأمن العام بحمص لوكالة "
            "سانا أن الوحدات داهمت موقعاً تتحصن فيه الخلية شمال مدينة السخنة، واشتبكت مع أفرادها ما أسفر عن مقتل "
            "أحدهم وإلقاء القبض على ثلاثة آخرين.")
    rows = record_rows(text, dt.date(2025, 6, 3))
    assert rows
    assert all(r["location"] != "Homs" for r in rows)


def test_details_and_reply_after_a_bus_ambush() -> None:
    text = ("قُتل خمسة جنود من الجيش مساء أمس الجمعة بهجوم لمسلحي تنظيم داعش على حافلة عسكرية قرب مدينة تدمر. "
            "وأوضح مصدر عسكري أن المسلحين استهدفوا الحافلة بالقذائف الصاروخية والرشاشات قبل أن يفروا باتجاه عمق "
            "البادية.\n"
            "ورداً على الهجوم، شنت طائرات حربية روسية صباح اليوم السبت غارات على مواقع التنظيم في بادية الرصافة "
            "جنوب غربي الرقة.")
    rows = record_rows(text, dt.date(2023, 6, 10))
    assert any(r["event_type"] == "Battles" and _km(r, 34.56, 38.28) < 15 for r in rows)
    strikes = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    # the air strikes at al-Rusafa, and no second record of the ambush (neither at al-Rusafa nor in the desert)
    assert [r["sub_event_type"] for r in strikes] == ["Air/drone strike"]
    assert _km(strikes[0], 35.63, 38.76) < 15
    assert all(r["location"] != "Syrian Desert (Badia)" for r in rows)
