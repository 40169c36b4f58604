"""Session 22 (g3bases): claimed attacks on lists of foreign bases over several days.  A claim dated to a named
weekday ("والاثنين الماضي، أعلنت …") that sums its attacks "in Iraq and Syria" and then names each base is dated as
"أمس" is: each base is an event; many attacks counted "since" a past day are a running total even told today; in a
list of sites, an item's own weapon or outcome phrase ("، بالصواريخ، محققةً إصابات مباشرة،") and "كلاً من" do not
end the list; a passive attack verb with "أيضاً" keeps the doer of the sentence before."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 2, 7)  # a Wednesday


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def _places(rows: list[dict[str, object]]) -> list[str]:
    return sorted(str(r["location"]) for r in rows)


def test_weekday_claim_in_two_countries_names_each_base() -> None:
    rows = _rows("ويوم الاثنين، قالت المقاومة الإسلامية في العراق إنّ مقاتليها هاجموا 3 قواعد أميركية في العراق "
                 "وسوريا في 4 هجمات، إذ استهدفت هجمتان قاعدة عين الأسد، وأخرى استهدفت القاعدة الأميركية قرب "
                 "مطار أربيل.")
    assert _places(rows) == ["Ain al-Asad Air Base", "Erbil International Airport"]
    assert all(r["event_date"] == "2024-02-05" for r in rows)


def test_weekday_claim_with_sites_listed_plainly() -> None:
    rows = _rows("والأحد الماضي، أعلنت المقاومة الإسلامية في العراق أنها قصفت قواعد الاحتلال في سوريا والعراق، "
                 "إذ استهدفت قاعدة حرير بطائرة مسيّرة، وحقل كونيكو بالصواريخ.")
    assert _places(rows) == ["Conoco gas field", "Harir Air Base"]


def test_since_a_weekday_stays_a_summary() -> None:
    """Guard: a span opened by "منذ" and a weekday is no day of its own (also passes on the old code)."""
    rows = _rows("ومنذ الاثنين الماضي، استهدفت المقاومة الإسلامية في العراق قواعد أميركية في العراق وسوريا 12 مرة.")
    assert rows == []


def test_many_attacks_since_a_date_told_today_is_a_total() -> None:
    rows = _rows("أعلن مسؤول في وزارة الدفاع الأميركية، اليوم الأربعاء، تعرّض القوات الأميركية وقوات التحالف الدولي "
                 "لنحو 40 هجوماً منذ 20 كانون الثاني/يناير. وأكد مصدر أمني أنّ قاعدة عين الأسد تعرضت اليوم لقصف "
                 "بثلاثة صواريخ.")
    assert len(rows) == 1
    assert rows[0]["location"] == "Ain al-Asad Air Base"
    # the total's sides (the forces attacked) are not the day's rocket attack's attacker
    assert "Coalition" not in str(rows[0]["actor1"])


def test_item_outcome_phrase_does_not_end_a_list_of_sites() -> None:
    rows = _rows("وأمس، استهدفت المقاومة الإسلامية في العراق قاعدة الاحتلال في الشدادي، جنوبي الحسكة، بالصواريخ، "
                 "مؤكدةً إصابة أهدافها، وقاعدة حرير في كردستان العراق، بطائرة مسيّرة.")
    assert _places(rows) == ["Harir Air Base", "Shadadah"]


def test_both_bases_after_kilan_min() -> None:
    rows = _rows("وقبل يومين، قصفت المقاومة الإسلامية في العراق كلاً من قاعدة الاحتلال في الشدادي، شرقي الحسكة، "
                 "بالصواريخ، وقاعدة التنف، عبر طائرة مسيّرة.")
    assert _places(rows) == ["Al-Tanf garrison", "Shadadah"]


def test_passive_with_also_keeps_the_claimant() -> None:
    rows = _rows("وأمس، أعلنت المقاومة الإسلامية في العراق أنها استهدفت بالصواريخ قاعدة عين الأسد غربي العراق. "
                 "واستُهدفت أيضاً قاعدتا \"تل بيدر\" و\"التنف\" في سوريا.")
    syria = [r for r in rows if r["location"] in ("Tal Baydar base", "Al-Tanf garrison")]
    assert len(syria) == 2
    assert all(r["actor1"] == "Islamic Resistance in Iraq" for r in syria)
