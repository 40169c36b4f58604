"""Session 18 (ac4): actors in Syrian local outlets' style — a victim named with "يُدعى", a faction named by its
affiliation to the Ministry of Defence, an armed group named by its leader ("مجموعة يقودها …"), the fallen regime
named as an era ("قبل سقوط النظام"), two acts of one headline each with its own side ("مقتل … برصاص … وإصابة … بقصف
…"), an act word of another type that owns its place in a headline, Bedouin clans and the ministries' men counted
one by one."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 17)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, on) if r["event_type"] != "Strategic developments" or "Arrests" in
            str(r["sub_event_type"])]


def test_victim_named_with_yudaa_is_a_civilian() -> None:
    rows = _rows("قُتل رجل يُدعى سامر الأحمد برصاص مسلحين مجهولين، مساء أمس، في بلدة عين شقاق.")
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["inter2"] == 7


def test_victim_and_yudaa_without_marks() -> None:
    rows = _rows("قُتل شاب يدعى حسن الخطيب برصاص مسلحين مجهولين صباح اليوم قرب بلدة داعل.")
    assert rows and rows[0]["inter2"] == 7 and rows[0]["inter1"] == 3


def test_claim_with_alif_maqsura_and_that_stays_a_claim() -> None:
    # guard: "تدعى الفصائل أن …" (a claim written with alif maqsura) is read as before
    rows = _rows("وتدعى الفصائل أن قوات النظام قصفت بلدة داعل صباح اليوم.")
    assert all(r["actor2"] == "" for r in rows)


def test_faction_affiliated_to_the_ministry_is_the_state() -> None:
    rows = _rows("قُتل شاب برصاص عناصر من فصيل تابع لوزارة الدفاع، صباح اليوم، في بلدة بيت ياشوط.")
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7


def test_group_affiliated_to_the_ministry_attacks_family() -> None:
    rows = _rows("داهمت مجموعة تابعة لوزارة الدفاع منزل عائلة في بلدة القرداحة أمس، وقتلت رجلاً وابنه.")
    assert rows and rows[0]["inter1"] == 1


def test_leader_of_the_group_is_not_the_victim_nor_his_old_force_the_attacker() -> None:
    rows = _rows("قُتل شاب أمس برصاص مجموعة يتزعمها شخص معروف بارتباطه السابق بالأمن العسكري قرب بلدة المزيريب.")
    assert rows and rows[0]["inter1"] != 1
    assert rows[0]["inter2"] == 7


def test_leader_named_as_former_officer_is_not_the_victim() -> None:
    rows = _rows("وأوضح مصدر أن الخلية المهاجمة يقودها ضابط سابق في الحرس الجمهوري، وأن الحاجز تعرض لإطلاق نار كثيف "
                 "قرب مدينة جبلة أمس.")
    assert rows and all(r["inter2"] != 7 and r["event_type"] != "Violence against civilians" for r in rows)


def test_target_after_leader_clause_kept() -> None:
    # guard: the side hit after the leader's description is still the target
    rows = _rows("هاجمت مجموعة مسلحة يقودها قيادي سابق في الجيش الحر حاجزاً للأمن العام قرب بلدة المزيريب أمس.")
    assert rows and rows[0]["inter2"] == 1


def test_fallen_regime_is_no_side() -> None:
    rows = _rows("هاجم مسلحون مجهولون حاجزاً للأمن العام في مدينة نوى أمس، بعد أشهر من سقوط النظام.")
    assert rows
    assert not any("النظام" in str(m) for r in rows for m in [*r["actor1_mentions"], *r["actor2_mentions"]])


def test_two_acts_of_a_headline_each_with_its_side() -> None:
    rows = _rows("مقتل شاب برصاص مجهولين في داعل وإصابة طفلة بقصف إسرائيلي قرب جاسم")
    by_place = {r["location"]: r for r in rows}
    assert set(by_place) == {"Da'el", "Jasim"}
    assert by_place["Jasim"]["inter1"] == 8
    assert by_place["Jasim"]["event_type"] == "Explosions/Remote violence"
    assert by_place["Da'el"]["inter1"] == 3


def test_kama_opens_a_second_act_with_its_side() -> None:
    rows = _rows("قُتل رجل برصاص مجهولين في داعل أمس، كما أصيبت امرأة بقصف إسرائيلي قرب جاسم.")
    by_place = {r["location"]: r for r in rows}
    assert by_place.get("Jasim", {}).get("inter1") == 8
    assert by_place.get("Da'el", {}).get("inter1") == 3


def test_bombardment_not_retyped_as_the_shooting() -> None:
    rows = _rows("قُتل رجل برصاص مجهولين في داعل، وأصيب طفل بقصف إسرائيلي قرب جاسم.")
    jasim = [r for r in rows if r["location"] == "Jasim"]
    assert jasim and jasim[0]["event_type"] == "Explosions/Remote violence"


def test_headline_arrest_item_owns_its_place() -> None:
    rows = record_rows('مقتل عنصر من "قسد" بهجوم مسلح في هجين واعتقال ثلاثة شبان في البصيرة', DAY)
    assert not any(r["event_type"] == "Battles" and r["location"] == "Basira" for r in rows)


def test_bedouin_clans_are_tribal() -> None:
    rows = _rows("أقدم مسلحون من عشائر البدو أمس على خطف سائق شاحنة قرب بلدة المسمية.")
    assert rows and rows[0]["actor1"] == "Tribal Militia (Syria)"


def test_ministry_men_counted_are_the_state_hit() -> None:
    rows = _rows("قُتل عنصران من وزارة الدفاع بانفجار عبوة ناسفة في مدينة الميادين مساء أمس.")
    assert rows and rows[0]["inter2"] == 1


def test_internal_security_men_counted_are_the_state_hit() -> None:
    rows = _rows("أصيب عنصران من الأمن الداخلي بجروح ظهر اليوم جراء انفجار لغم قرب بلدة طفس.")
    assert rows and rows[0]["inter2"] == 1


def test_men_of_a_force_after_ala_yad_are_the_attacker() -> None:
    rows = _rows("قُتل شاب على يد عناصر من الأمن العام في مدينة الصنمين مساء أمس.")
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7


def test_patrol_of_a_force_after_birasas_is_the_attacker() -> None:
    rows = _rows("أصيبت امرأة برصاص دورية للأمن العام عند مدخل بلدة المسيفرة صباح اليوم.")
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7


def test_checkpoint_men_after_birasas_are_the_attacker() -> None:
    rows = _rows("قُتل سائق برصاص عناصر حاجز تابع للأمن العام قرب بلدة الحراك ليل أمس.")
    assert rows and rows[0]["inter1"] == 1


def test_checkpoint_attacked_stays_the_target() -> None:
    # guard: a post of a force that gunmen attacked is the side hit
    rows = _rows("قُتل عنصر برصاص مسلحين هاجموا حاجزاً للأمن العام قرب بلدة الحراك أمس.")
    assert rows and rows[0]["inter1"] == 3 and rows[0]["inter2"] == 1


def test_lam_of_a_lam_initial_name_is_matched() -> None:
    # "لـ" + "اللواء الثامن" is written "للواء الثامن" (no third lam)
    rows = _rows("قُتل شاب برصاص مسلحين يتبعون للواء الثامن قرب مدينة بصرى الشام مساء أمس.")
    assert rows and rows[0]["actor1"] == "Eighth Brigade"


def test_shelling_whose_source_is_a_force() -> None:
    # guard: the force right after "مصدره" was read as the attacker before
    rows = _rows("أصيب أربعة مدنيين جراء قصف صاروخي مصدره قوات النظام على بلدة البارة أمس.", dt.date(2021, 6, 17))
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7


def test_shells_whose_source_is_a_force_s_positions() -> None:
    rows = _rows("سقطت قذائف مدفعية مصدرها مواقع قوات النظام على أطراف بلدة البارة أمس، ما أدى لإصابة امرأة.",
                 dt.date(2021, 6, 17))
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7


def test_shells_whose_source_is_an_area_held_by_factions() -> None:
    rows = _rows("سقطت قذائف مصدرها مناطق سيطرة الفصائل على حي في مدينة حلب أمس، ما أدى لمقتل مدني.",
                 dt.date(2021, 6, 17))
    assert rows and rows[0]["inter1"] == 2 and rows[0]["inter2"] == 7
