"""sites.tsv loading: settlement kinds, the per-row ``needs_cue`` flag, and bundled rows in place."""

from __future__ import annotations

from pathlib import Path

from rasd.arabic.normalize import normalize
from rasd.geo import stage
from rasd.geo.gazetteer import Entry, Gazetteer, get_gazetteer, read_sites

HEADER = "id\tkind\tname_ar\taliases_ar\tname_en\tlat\tlon\tcountry\tadmin1_pcode\tprecision\tnote"


def _ids(text: str, g: Gazetteer | None = None) -> list[str]:
    return [s.value.id for s in stage.find_places(normalize(text), g)]


def test_village_kind_and_flag_are_read(tmp_path: Path) -> None:
    p = tmp_path / "sites.tsv"
    p.write_text(HEADER + "\tneeds_cue\n"
                 "town:x\tvillage\tالسلام\t\tAl-Salam\t35.0\t38.0\tSYR\tSY09\t2\tapprox\tcue\n"
                 "town:y\tsettlement\tتل النور\t\tTell al-Nur\t35.1\t38.1\tSYR\tSY09\t2\tapprox\t\n",
                 encoding="utf-8")
    problems: list[str] = []
    rows = read_sites(p, problems)
    assert problems == []
    assert [(e.level, e.kind, e.needs_cue) for e in rows] == [("town", "village", "cue"),
                                                                ("town", "settlement", "")]


def test_old_files_without_the_column_still_load(tmp_path: Path) -> None:
    p = tmp_path / "sites.tsv"
    p.write_text(HEADER + "\nsite:z\tcamp\tمخيم النور\t\tNur camp\t35.0\t38.0\tSYR\tSY09\t2\tapprox\n",
                 encoding="utf-8")
    problems: list[str] = []
    (e,) = read_sites(p, problems)
    assert problems == [] and e.level == "site" and e.needs_cue == ""


def test_bad_flag_is_reported_with_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "sites.tsv"
    p.write_text("# comment\n" + HEADER + "\tneeds_cue\n"
                 "town:x\tvillage\tالسلام\t\tAl-Salam\t35.0\t38.0\tSYR\tSY09\t2\tapprox\tyes\n",
                 encoding="utf-8")
    problems: list[str] = []
    read_sites(p, problems)
    assert len(problems) == 1 and problems[0].startswith(f"{p}:3:") and "needs_cue" in problems[0]


def test_cue_only_row_needs_a_cue_and_leaves_its_namesake() -> None:
    flagged = Entry("town:a", "town", "الوادي", "Al-Wadi (A)", 35.0, 40.0, admin1="SY09", kind="village",
                    needs_cue="cue")
    plain = Entry("town:b", "town", "الوادي", "Al-Wadi (B)", 33.0, 36.0, admin1="SY03", kind="village")
    g_one = Gazetteer([flagged], set(), [])
    assert _ids("قصفت الطائرات قرية الوادي صباح اليوم", g_one) == ["town:a"]
    assert _ids("وقال إن الوادي كان هادئا طوال الأسبوع", g_one) == []
    g_two = Gazetteer([flagged, plain], set(), [])
    assert _ids("وقال إن الوادي كان هادئا طوال الأسبوع", g_two) == ["town:b"]


def test_strong_rows_need_a_place_cue_word() -> None:
    assert _ids("وصلت الدورية إلى بلدة نصيب الحدودية") == ["town:dra-nasib"]
    assert _ids("كان لكل عائلة نصيب من المساعدات") == []


def test_al_sur_after_a_cue_but_not_the_photos() -> None:
    assert _ids("دخلت قوة عسكرية بلدة الصور في ريف دير الزور")[:1] == ["SY090106"]
    assert _ids("نشر الناشطون الصور على مواقع التواصل") == []


def test_new_villages_resolve_after_a_cue() -> None:
    assert _ids("اندلعت اشتباكات في قرية درنج شرقي دير الزور")[:1] == ["town:dez-darnaj"]
    assert _ids("قصفت المدفعية بلدة اللطامنة بريف حماة")[:1] == ["town:hma-lataminah"]


def test_settlement_rows_lie_in_their_governorate() -> None:
    stage._load_boxes()
    bad = []
    for e in get_gazetteer().entries.values():
        if e.source != "sites" or e.level != "town" or e.lat is None or e.lon is None or e.admin1 not in stage._GOV_BOX:
            continue
        s, w, n, east = stage._GOV_BOX[e.admin1]
        if not (s - 0.05 <= e.lat <= n + 0.05 and w - 0.05 <= e.lon <= east + 0.05):
            bad.append(e.id)
    assert bad == []


def test_tyre_in_lebanon_and_al_sur_in_deir_ez_zor() -> None:
    assert _ids("قصفت طائرة مسيرة مدينة صور جنوبي لبنان")[:1] == ["city:tyre"]
    assert _ids("اشتباكات في ناحية صور بريف دير الزور الشمالي")[:1] == ["SY090106"]


def test_round7_villages_and_sites_resolve_in_context() -> None:
    assert _ids("سقطت قذائف على قرية جورين في سهل الغاب")[:1] == ["town:hma-jurin"]
    assert _ids("قصفت الطائرات محيط بلدة سرجة في جبل الزاوية جنوبي إدلب")[:1] == ["town:idl-serjeh"]
    assert _ids("تعرضت قاعدة حقول الجبسة لهجوم بالصواريخ")[:1] == ["site:jbisa-field"]
    assert _ids("وقع تمرد داخل سجن الثانوية الصناعية جنوب الحسكة")[:1] == ["site:ghwayran-prison"]


def test_personal_name_sabha_needs_a_cue() -> None:
    assert _ids("اشتباكات في بلدة الصبحة شرقي دير الزور")[:1] == ["town:dez-sabha"]
    assert "town:dez-sabha" not in _ids("قالت الصبحة إن الوضع هادئ")


# al-Tanf triangle: news and ACLED file these under Homs, the OCHA polygons put them in Rif Dimashq.
_TANF_TRIANGLE = {"site:rukban-camp", "site:waleed-crossing"}


def test_all_site_rows_lie_in_their_governorate() -> None:
    stage._load_boxes()
    bad = []
    for e in get_gazetteer().entries.values():
        if e.id in _TANF_TRIANGLE:
            continue
        if e.source != "sites" or e.lat is None or e.lon is None or e.admin1 not in stage._GOV_BOX:
            continue
        s, w, n, east = stage._GOV_BOX[e.admin1]
        if not (s - 0.05 <= e.lat <= n + 0.05 and w - 0.05 <= e.lon <= east + 0.05):
            bad.append(e.id)
    assert bad == []


def test_foreign_bases_and_their_aliases_resolve() -> None:
    # own sentences: the airstrip's other names (a base named after its town, "قاعدة الشدادي", is the
    # town itself, as the place annotations code it)
    assert _ids("هاجمت طائرة مسيرة مطار أبو حجر شمال شرقي البلاد")[:1] == ["site:kharab-al-jir"]
    assert _ids("عقد الاجتماع في قاعدة حميميم الروسية قرب جبلة")[:1] == ["site:hmeimim-airbase"]
    assert _ids("عبرت الشاحنات من معبر العبودية نحو الأراضي السورية")[:1] == ["site:dabbousieh-crossing"]


def test_palestine_branch_needs_its_full_name() -> None:
    assert _ids("نقل المعتقل إلى فرع فلسطين الأمني جنوب العاصمة")[:1] == ["site:dam-palestine-branch"]
    assert "site:dam-palestine-branch" not in _ids("أصدرت المنظمة عبر فرع فلسطين تقريرها السنوي")
