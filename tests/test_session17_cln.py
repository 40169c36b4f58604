"""Session 17 (CLN): code health — no module of rasd binds a module-level name twice (a later binding silently
replaced an earlier one for every reader), and guards for the twins mended without a change of output."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from helpers import trigger_context

import rasd

_DAY = dt.date(2024, 10, 20)


def _bound(node: ast.stmt) -> list[str]:
    """The names a module-level statement binds."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [(a.asname or a.name).split(".")[0] for a in node.names]
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) \
        else []
    return [n for t in targets for n in _target_names(t)]


def _target_names(t: ast.expr) -> list[str]:
    """The names an assignment target binds ("_MAP[k] = …" and "x.a = …" bind none)."""
    if isinstance(t, ast.Name):
        return [t.id]
    if isinstance(t, ast.Starred):
        return _target_names(t.value)
    if isinstance(t, (ast.Tuple, ast.List)):
        return [n for e in t.elts for n in _target_names(e)]
    return []


def _bound_twice() -> list[str]:
    out = []
    root = Path(rasd.__file__).parent
    for path in sorted(root.rglob("*.py")):
        first: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            for name in _bound(node):
                if name in first:
                    out.append(f"{path.relative_to(root)}: {name} (lines {first[name]} and {node.lineno})")
                first.setdefault(name, node.lineno)
    return out


def test_no_module_binds_a_name_twice() -> None:
    # frames.py bound _GROUND, _IN, _TO, _ATTACK_NOUNS, _ON, _FIGHTERS and _HARAKAT twice, geo/assign.py
    # _LIST_JOIN: every function read the later value, whatever its own block meant
    assert _bound_twice() == []


def test_scan_sees_a_name_bound_twice() -> None:
    # guard of the scan itself
    tree = ast.parse("_A = 1\ndef f() -> int:\n    return _A\n_A = 2\n")
    assert [n for node in tree.body for n in _bound(node)].count("_A") == 2


def test_passed_away_reads_the_sentence_words() -> None:
    # guard: _passed_away reads ctx.words (one strip of the conjunction per sentence); the dead after "قضى" and
    # before "قضوا" still count, and a "ب" word between the verb and the cause still stops it
    for text, n in (("وقضى ثلاثة مدنيين جراء القصف المدفعي على البلدة أمس.", 1),
                    ("وكان ثلاثة رعاة قد قضوا بسبب انفجار لغم أرضي في الحقل.", 1),
                    ("قضت المحكمة بسجن ثلاثة رجال بسبب اعتداء على دورية للشرطة.", 0)):
        ctx = trigger_context(text)
        assert ctx is not None
        assert len(ctx.passed_away) == n, text


def test_during_clash_forms() -> None:
    # guard: the redundant alternatives of _DURING_CLASH are gone, the forms they named are still read
    from rasd.events.stage import _DURING_CLASH

    for text in ("خلال التصدي لهجوم", "أثناء الاشتباكات مع", "اثناء المواجهات", "خلال معارك عنيفة", "خلال تصدّ",
                 "خلال اشتباك قصير", "أثناء مواجهة مع", "خلال تصدي المسلحين", "خلال المعارك"):
        assert _DURING_CLASH.search(text), text
    for text in ("خلال اجتماع", "أثناء الاشتباكاتها", "خلال"):
        assert not _DURING_CLASH.search(text), text


def test_rioters_row_after_the_country() -> None:
    # guard: a crowd of protesters turned violent takes the lexicon's row of rioters, named after its country
    from rasd.actors.lexicon import actors
    from rasd.events.stage import _rioters

    for country in ("Syria", "Lebanon"):
        ref = actors()["protesters"].ref(None, country)
        got = _rioters(ref)
        assert (got.key, got.inter, got.name) == ("rioters", 5, f"Rioters ({country})")


# step B: the uses that meant the earlier of two bindings read it again under a name of its own


def test_interception_by_fighter_jets_named_by_type_is_an_escort() -> None:
    # _drop_escorts read the mourned fighters (_FIGHTERS), not the aircraft: "سوخوي"/"ميغ" were no fighter
    from helpers import record_rows

    assert record_rows("اعترضت طائرتا سوخوي روسيتان طائرة استطلاع أميركية فوق منطقة التنف أمس.", _DAY) == []


def test_interception_of_shells_fired_by_fighters_is_kept() -> None:
    # "مقاتلو"/"مجاهدو" (men, not aircraft) made the interception of their shells an escort, and dropped it
    from helpers import record_rows

    for text in ("اعترضت الدفاعات الجوية الإسرائيلية قذائف أطلقها مقاتلو حزب الله باتجاه الجليل مساء الأحد.",
                 "اعترضت الدفاعات الجوية قذيفة أطلقها مجاهدو الحركة نحو مستوطنة سديروت صباح اليوم."):
        rows = record_rows(text, _DAY)
        assert [r["sub_event_type"] for r in rows] == ["Disrupted weapons use"], text


def test_plural_counter_attacks_are_no_counteroffensive() -> None:
    # the counteroffensive (a campaign) is "الهجوم المضاد"; "الهجمات المضادة" are attacks
    from rasd.events.frames import _all_triggers, _counteroffensive

    for text, want in (("ونفذت قوات النظام الهجمات المضادة على مواقع الفصائل في ريف إدلب.", False),
                       ("فشلت الهجمات المضادة التي شنتها القوات على محور الجبهة.", False),
                       ("تحدث الوزير عن الهجوم المضاد على الجبهة الجنوبية.", True)):
        ctx = trigger_context(text)
        assert ctx is not None
        assert [_counteroffensive(ctx, m) for m in _all_triggers(ctx)] == [want], text


def test_war_topic_list_after_a_comma() -> None:
    # "العدوان على X، وY": Y, after a comma and "و", is a further place of the war, not where the crowd gathered
    from helpers import record_rows

    for text in ("نظم طلاب جامعة صنعاء وقفة احتجاجية تنديداً بالحرب على قطاع غزة، والضفة الغربية.",
                 "شارك الآلاف في مسيرة حاشدة تضامناً مع غزة ورفضاً للعدوان على غزة، وجنوب لبنان."):
        rows = record_rows(text, _DAY)
        assert rows and all(r["location"] not in ("West Bank", "South Lebanon") for r in rows), text
