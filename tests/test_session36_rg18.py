"""Session 36 (rg18): places abroad and the region's fronts.  A town named by its district after it ("…لبلدة X في
قضاء Y", "…في مديرية Y") is the act's place, the district only says where it lies;
Saudi Arabia's forces are an actor of the Saada border ("قصف مدفعي سعودي"), also after two kinds of fire ("قصف
صاروخي ومدفعي سعودي"); and rows picked by frequency from the
corpus (a checkpoint near Jenin, an Iraqi town named with its head word)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 14)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_town_before_its_district_is_the_acts_place() -> None:
    text = ("استهدفت طائرة مسيرة إسرائيلية ظهر اليوم دراجة نارية عند الأطراف الجنوبية لبلدة حولا في قضاء "
            "مرجعيون، ما أدى إلى استشهاد شاب.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["location"] == "Houla"


def test_saudi_shelling_on_the_saada_border() -> None:
    text = "أصيب مواطنان اليوم جراء قصف مدفعي سعودي استهدف قرى آهلة بالسكان في محافظة صعدة."
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["actor1"] == "Military Forces of Saudi Arabia (2015-)" and rows[0]["inter1"] == 8
    assert rows[0]["country"] == "Yemen"


def test_checkpoint_near_jenin() -> None:
    text = "أطلق مقاومون اليوم النار باتجاه قوات الاحتلال المتمركزة على حاجز سالم العسكري، ودارت اشتباكات مسلحة."
    rows = [r for r in _rows(text) if r["event_type"] == "Battles"]
    assert rows and rows[0]["country"] == "Palestine" and abs(float(rows[0]["latitude"]) - 32.52) < 0.05  # type: ignore[arg-type]


def test_iraqi_town_with_its_head_word() -> None:
    text = ("انفجرت عبوة ناسفة اليوم على عجلة عسكرية في ناحية تابعة لقضاء الخالص في محافظة ديالى، ما أدى إلى "
            "مقتل جندي من الجيش العراقي.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["location"] == "Al-Khalis"


def test_two_kinds_of_fire_before_the_nationality() -> None:
    text = "أصيب ثلاثة مواطنين اليوم جراء قصف صاروخي ومدفعي سعودي استهدف قرى حدودية في محافظة صعدة."
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["actor1"] == "Military Forces of Saudi Arabia (2015-)"
    text = "أصيب مزارع اليوم جراء قصف مدفعي وجوي إسرائيلي على أطراف بلدة الخيام."
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["actor1"] == "Military Forces of Israel (2009-)"
