"""Session 27, REV: review of the session's patches, with identical output.

- the word lists of session 27's rules (and those session 26 left in code) live in the data files beside similar
  ones: roles.tsv (addressee, toll_only, aiming_plural), post_words.tsv (owner_noun, owner_adjective, troops),
  time/names.tsv (outlet_cue), gazetteer/org_words.tsv (campus_place, campus_verb, affiliation, office);
- the nationality adjectives are read by ``rasd.geo.demonyms``, below the geo, actors and events stages: the geo
  stage no longer reaches up into the events stage.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from helpers import record_rows

from rasd.actors import lexicon as actor_lexicon
from rasd.arabic.normalize import norm_key
from rasd.document import Span
from rasd.events import lexicon as event_lexicon
from rasd.events.stage import _israeli_owners
from rasd.geo import assign as geo_assign
from rasd.geo import gazetteer
from rasd.geo.demonyms import countries, demonym_forms, demonym_iso3, demonyms, place_adjective_countries
from rasd.time import lexicon as time_lexicon
from rasd.time.expressions import _is_outlet_cue

DAY = dt.date(2024, 3, 12)
SRC = Path(geo_assign.__file__).resolve().parent.parent


def _records(text: str) -> list[dict[str, Any]]:
    return record_rows(text, DAY, 15)


def test_the_data_files_are_valid() -> None:
    assert not actor_lexicon.validate()
    assert not [p for p in event_lexicon.validate() if "post_words" in p]
    assert not time_lexicon.validate()
    assert not [p for p in gazetteer.validate() if "org_words" in p]


def test_role_words_of_the_session() -> None:
    words = actor_lexicon.role_words()
    assert norm_key("الصحافيين") in words["addressee"]
    assert norm_key("مزارع") in words["toll_only"]
    assert norm_key("أصابوا") in words["aiming_plural"]


def test_post_owner_words() -> None:
    words = event_lexicon.post_words()
    assert not words["owner_noun"] & words["owner_adjective"]
    assert _israeli_owners() == words["owner_noun"] | words["owner_adjective"]
    assert norm_key("للعدو") in words["owner_noun"] and norm_key("الإسرائيلية") in words["owner_adjective"]
    assert norm_key("دبابات") in words["troops"]


def test_outlet_cues_from_names_tsv() -> None:
    assert _is_outlet_cue(norm_key("وقناة")) and _is_outlet_cue(norm_key("بحسب"))
    assert not _is_outlet_cue(norm_key("مدينة"))


def test_org_words_and_the_office_pattern() -> None:
    words = gazetteer.org_words()
    assert norm_key("طلاب") in words["campus_place"] and norm_key("الأستاذ") in words["affiliation"]
    assert "حكومة" in words["office"] and "حكومه" in words["office"]  # as written, each spelling
    m = geo_assign._office_adjective().search("وأعلن وزير الداخلية التركي اليوم")
    assert m is not None and "التركي" in m.group(1).split()


def test_demonyms_read_below_the_stages() -> None:
    assert demonym_forms() is demonym_forms()
    assert demonym_forms()[norm_key("اللبنانيين")] == "Lebanon"
    assert demonyms()[0][norm_key("التركية")] == "Turkey"
    assert demonym_iso3()[norm_key("التركي")] == "TUR"
    assert countries()["TUR"].country == "Turkey"
    text = "وصل الوفد إلى مدينة بيشاور الباكستانية."
    assert [c for c, _ in place_adjective_countries(text, Span(0, len(text), "sentence"))] == ["Pakistan"]
    for name in ("geo/assign.py", "geo/stage.py", "geo/gazetteer.py", "geo/demonyms.py"):
        assert "rasd.events" not in (SRC / name).read_text(encoding="utf-8").replace("rasd.events.lexicon", ""), name


def test_journalists_addressed_are_no_side() -> None:
    recs = _records("قال قائد الشرطة للصحافيين إن مسلحين مجهولين قتلوا مزارعاً في بلدة الصنمين بريف درعا "
                    "اليوم الثلاثاء.")
    assert recs, recs
    assert all("صحافي" not in " ".join(r["actor1_mentions"] + r["actor2_mentions"]) for r in recs), recs
