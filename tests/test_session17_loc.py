"""Session 17 (LOC): places as Syria's local outlets write them — a spot on a road named by its two ends after a
comma, where the fire came from ("مصدرها مواقع …"), a compass part of a country after "في", a road named by
one end only, and groups or outlets whose names hold a place."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 18)


def _places(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, on)]


# ---------------------------------------------------------------- a spot on a road after a comma


def test_road_then_comma_near_town() -> None:
    text = ("قُتل جندي صباح اليوم بانفجار عبوة ناسفة استهدفت سيارة عسكرية على الطريق الدولي دمشق – درعا، "
            "بالقرب من جسر بلدة خربة غزالة.")
    assert _places(text) == ["Kherbet Ghazala"]


def test_road_then_comma_at_entrance() -> None:
    text = "أصيب مدنيان برصاص مجهولين أمس على أوتوستراد حمص - حماة، عند مدخل مدينة الرستن."
    assert _places(text) == ["Ar-Rastan"]


def test_road_then_comma_around_town() -> None:
    text = "قُتل سائق برصاص مجهولين أمس على طريق دمشق – السويداء، في محيط بلدة الصورة الصغيرة."
    assert _places(text) == ["Little Sura"]


def test_town_then_comma_road_unchanged() -> None:
    # guard: the town named before the road already won
    text = "انفجرت عبوة ناسفة اليوم بدورية للأمن العام قرب بلدة خربة غزالة، على الطريق الدولي دمشق – درعا."
    assert _places(text) == ["Kherbet Ghazala"]


def test_road_then_comma_new_act_keeps_road() -> None:
    # guard: a town after the comma that belongs to another act ("وقصف …") does not move the road's event
    text = "استهدفت مسيّرة سيارة على طريق دمشق – درعا أمس، وقصفت المدفعية بلدة خربة غزالة."
    assert "Damascus" in _places(text)


# ---------------------------------------------------------------- where the fire came from


def test_fire_source_list_is_no_target() -> None:
    text = ("قصفت قوات النظام اليوم بلدة البارة بالمدفعية الثقيلة.\nوأفاد مراسل محلي بأن عشرين قذيفة سقطت على "
            "المنطقة، مصدرها مواقع قوات النظام في معسكر جورين بسهل الغاب وبلدة كفرنبل.")
    assert _places(text, dt.date(2023, 3, 15)) == ["Al-Bara"]


def test_fire_source_after_the_weapon() -> None:
    text = "قصفت قوات النظام اليوم بلدة كنصفرة بقذائف مصدرها بلدة كفرنبل."
    assert _places(text, dt.date(2023, 3, 15)) == ["Kansafra"]


# ---------------------------------------------------------------- a compass part of a country after "في"


def test_country_subject_and_compass_part() -> None:
    text = "وشنت تركيا أمس غارات استهدفت منشآت نفطية في شمال شرقي سوريا."
    places = _places(text, dt.date(2024, 8, 9))
    assert places and places[0].startswith("North-eastern Syria")


# ---------------------------------------------------------------- a road named by one end


def test_one_end_road_headline_of_two_acts() -> None:
    text = "مقتل شخصين بقصف مسيّرة تركية على طريق تل تمر.. وقصف مدفعي على بلدة عين عيسى"
    assert sorted(_places(text, dt.date(2024, 8, 9))) == ["Ein Issa", "Tal Tamer"]


def test_one_end_road_and_nearby_town_unchanged() -> None:
    # guard: the same strike told at a town near the road's end stays one event
    text = "قتل شخصان بقصف مسيّرة تركية على طريق تل تمر أمس. وأصيب آخر في القصف ذاته قرب بلدة تل تمر."
    assert len(_places(text, dt.date(2024, 8, 9))) == 1


# ---------------------------------------------------------------- a place inside a group's or an outlet's name


def test_brigade_name_is_no_place() -> None:
    text = "قتل عنصر من لواء شهداء اليرموك أمس باشتباك مع قوات النظام."
    assert "Yarmouk camp" not in _places(text, dt.date(2015, 5, 10))


def test_brigade_name_then_own_place() -> None:
    # guard: the act's own place stands
    text = "قتل عنصر من لواء شهداء اليرموك أمس باشتباك مع قوات النظام في بلدة الشجرة."
    assert _places(text, dt.date(2015, 5, 10)) == ["Ash-Shajara"]


def test_province_of_islamic_state_is_no_village() -> None:
    # guard (the old code coded no event here either): the Islamic State's province is no village al-Baraka
    text = "تبنت ولاية البركة أمس هجوماً على حاجز لقوات سوريا الديمقراطية."
    assert not any("Barakeh" in p for p in _places(text, dt.date(2021, 5, 10)))


# ---------------------------------------------------------------- a native's home town and a town abroad


def test_native_town_is_no_place_abroad() -> None:
    text = "قُتل شاب سوري من أبناء مدينة القصير أمس برصاص الجيش اللبناني في بلدة عرسال."
    assert _places(text, dt.date(2025, 5, 10)) == ["Arsal"]


def test_native_town_inside_region_stays() -> None:
    # guard: the act's only place a region that holds the native's town: the town is the nearer guess
    text = "قُتل شاب من أبناء بلدة طفس أمس برصاص مجهولين في ريف درعا الغربي."
    assert _places(text, dt.date(2025, 5, 10)) == ["Tafas"]


def test_refugee_border_town_abroad() -> None:
    text = "قتل شاب سوري أمس برصاص الجندرما التركية قرب الريحانية خلال محاولته عبور الحدود."
    assert _places(text, dt.date(2025, 5, 10)) == ["Reyhanli"]


# ---------------------------------------------------------------- the day of the charge is not the arrest's


def _dates(text: str, on: dt.date) -> list[tuple[str, str]]:
    return [(str(r["sub_event_type"]), str(r["event_date"])) for r in record_rows(text, on)]


def test_arrest_today_of_cell_charged_with_earlier_attack() -> None:
    text = ("ألقت وحدات الأمن العام في مدينة حمص، اليوم، القبض على خلية مؤلفة من أربعة أشخاص متورطة في الهجوم "
            "على حاجز للأمن العام في الخامس من كانون الأول الماضي.")
    assert ("Arrests", "2026-01-12") in _dates(text, dt.date(2026, 1, 12))


def test_notice_today_of_death_yesterday_unchanged() -> None:
    # guard: an announcement today of a death yesterday keeps yesterday
    text = "نعت الحركة اليوم القيادي الذي استشهد أمس بغارة على مدينة حمص."
    assert [d for _, d in _dates(text, dt.date(2026, 1, 12))] == ["2026-01-11"]


# ---------------------------------------------------------------- the attackers' withdrawal ends their attack


def _kinds(text: str, on: dt.date) -> list[str]:
    return [str(r["sub_event_type"]) for r in record_rows(text, on)]


def test_attackers_withdraw_after_attack() -> None:
    # guard (one record on the old code too): the withdrawal that ends an attack never stands as its own record
    text = "هاجم مسلحون مجهولون فجر اليوم حاجزاً للأمن العام في بلدة طفس، ثم انسحبوا إلى جهة مجهولة."
    assert _kinds(text, dt.date(2025, 11, 20)) == ["Armed clash"]


def test_attackers_withdraw_after_clash_clause() -> None:
    text = ("هاجمت خلايا التنظيم فجر اليوم نقطة لقسد في بلدة ذيبان، ودارت اشتباكات أسفرت عن مقتل عنصرين، فيما انسحب "
            "المهاجمون نحو البادية.")
    assert _kinds(text, dt.date(2025, 11, 20)) == ["Armed clash"]


def test_withdrawal_of_its_own_sentence_unchanged() -> None:
    # guard: a withdrawal told in a sentence of its own stays a development of its own
    text = "قصفت المدفعية التركية اليوم بلدة عين عيسى. وانسحبت القوات الروسية اليوم من قاعدتها في البلدة."
    assert "Other" in _kinds(text, dt.date(2025, 11, 20))


# ---------------------------------------------------------------- who the dead man was is no news


def test_dead_mans_past_joining_is_no_event() -> None:
    text = "قال مراسلنا إن العنصر القتيل ينحدر من مدينة جاسم، والتحق بصفوف الجيش بعد سقوط النظام البائد."
    assert _kinds(text, dt.date(2025, 6, 18)) == []


def test_defection_news_unchanged() -> None:
    # guard: a defection told as news stays one
    text = "انشق ضابط برتبة عقيد اليوم عن جيش النظام والتحق بصفوف الفصائل في ريف درعا."
    assert _kinds(text, dt.date(2025, 6, 18)) == ["Change to group/activity"]
