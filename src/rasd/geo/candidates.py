"""Find the place names a corpus uses that the gazetteer does not know.

Reads news articles (JSONL or JSONL.gz with ``id``/``text``/``title`` fields, or plain ``.txt``
files), runs the place stage, and collects the words that follow a place cue (``قرية``, ``حي``,
``مخيم``, ``معبر``, ``مطار``, ``حقل`` …) where the place stage found nothing.  The result is ranked
by the number of documents, so an analyst sees first what the gazetteer lacks most often::

    python -m rasd.geo.candidates corpus.jsonl.gz --exclude heldout_ids.txt --syria --top 100

Each output row: documents, the candidate (normalised, one word and the two-word form most
often seen), the cue words it followed, and a short example context.  Add the real places to
``sites.tsv`` (or import a place list with ``rasd gazetteer import``) and run it again.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasd.arabic.normalize import NormText, norm_key
from rasd.document import Document
from rasd.io.readers import iter_records
from rasd.pipeline import Pipeline, cleanup, text_layer

# Cue words (normalised: ة→ه, أ→ا) that announce a place name, with the kind of place.
CUES: dict[str, str] = {
    "قريه": "village", "قري": "village", "بلده": "town", "بلدات": "town", "مدينه": "city",
    "مزرعه": "farm", "مزارع": "farm", "حي": "neighbourhood", "احياء": "neighbourhood",
    "مخيم": "camp", "معبر": "crossing", "منفذ": "crossing", "مطار": "airport", "قاعده": "base",
    "حقل": "field", "حقول": "field", "جسر": "bridge", "دوار": "roundabout", "ساحه": "square",
    "سد": "dam", "سجن": "prison", "مستشفي": "hospital", "حاجز": "checkpoint", "منطقه": "area",
    "ناحيه": "area", "تله": "hill", "تل": "hill", "جبل": "mountain", "وادي": "valley",
    "ميناء": "port", "مرفا": "port", "معمل": "plant", "محطه": "station", "فوج": "military",
    "كتيبه": "military", "اللواء": "military", "الفرقه": "military", "ثكنه": "military",
}
_CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل")
# Words after a cue that are not names (adjectives, pronouns, prepositions, common nouns).
STOP: frozenset[str] = frozenset(norm_key(w) for w in """
في من على الى إلى عن مع التي الذي الذين هذه هذا تلك ذلك بين حيث كما قد لا لم لن ما أو ثم
عسكرية عسكري العسكرية العسكري الحدودية الحدودي الحدود حدودية حدودي سكنية السكنية صناعية الصناعية
الدولي الدولية دولي دولية رئيسية الرئيسية الرئيسي امنية الامنية آمنة امنة عازلة العازلة محتلة المحتلة
المحتل جديدة جديد الجديدة الجديد كبيرة كبير صغيرة صغير قريبة قريب القريبة القريب أخرى اخرى آخر اخر
واحدة واحد كاملة عدة عديد بعض كل أي اي أمريكية الأمريكية أميركية الأميركية أمريكي أميركي تركية
التركية تركي روسية الروسية روسي إسرائيلية الإسرائيلية إيرانية الإيرانية سورية السورية سوري
الشمال الجنوب الشرق الغرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمالية الجنوبية الشرقية الغربية
المنطقة المدينة القرية البلدة الحي المخيم المطار القاعدة الحقل السد السجن المستشفى الحاجز
نفطي نفطية النفطي النفطية للغاز غاز الغاز النفط للنفط خفض التصعيد تصعيد النزاع الصراع العمليات عمليات
الاشتباك اشتباك الاشتباكات اشتباكات عمليات نفوذ سيطرة السيطرة خاضعة الخاضعة تابعة التابعة ميدانية
ضمن داخل خارج قرب بالقرب نحو باتجاه حول محيط جوار عند لدى أمام امام خلف تحت فوق
""".split())
_WORD = re.compile(r"\w+")
_PREPARE = Pipeline([("cleanup", cleanup), ("text", text_layer)])  # the stages find_places needs first


@dataclass(slots=True)
class Candidate:
    """One unresolved name after a cue, aggregated over documents."""

    key: str  # normalised first word of the name
    docs: set[str] = field(default_factory=set)
    cues: Counter[str] = field(default_factory=Counter)
    bigrams: Counter[str] = field(default_factory=Counter)
    example: str = ""

    def best_form(self) -> str:
        """The two-word form when most mentions use it (``دير حافر`` rather than ``دير``)."""
        if self.bigrams:
            form, n = self.bigrams.most_common(1)[0]
            if n * 2 > sum(self.cues.values()):
                return form
        return self.key


def _cue_stem(word: str) -> str:
    """The cue word inside a token (``وبلدة`` → ``بلده``), or ``""``."""
    if word in CUES:
        return word
    for p in _CLITICS:
        if word.startswith(p) and word[len(p):] in CUES:
            return word[len(p):]
    return ""  # also a definite cue ("المدينة X" is rarely a name), unless listed ("اللواء")


def _is_name(word: str) -> bool:
    """A word after a cue that may be a name: Arabic, not a number, not a stop word."""
    return len(word) > 1 and not word.isdigit() and word not in STOP and not word.isascii()


def mine_document(doc: Document, found: dict[str, Candidate]) -> None:
    """Add this document's unresolved cue-following names to ``found`` (runs the place stage)."""
    from rasd.geo.stage import find_places

    if "norm" not in doc.meta:
        _PREPARE(doc)
    nt = doc.meta["norm"]
    assert isinstance(nt, NormText)
    places = find_places(nt)
    covered = [(s.start, s.end) for s in places]
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(nt.norm)]
    for i, (_, _, w) in enumerate(words[:-1]):
        cue = _cue_stem(w)
        if not cue:
            continue
        s1, e1, w1 = words[i + 1]
        if not _is_name(w1) or nt.norm[words[i][1]:s1].strip():  # punctuation between cue and name
            continue
        o1, o2 = nt.orig_span(s1, e1)
        if any(a < o2 and o1 < b for a, b in covered):
            continue
        c = found.get(w1)
        if c is None:
            c = found[w1] = Candidate(w1)
        if doc.id not in c.docs:
            c.docs.add(doc.id)
            if not c.example:
                lo, hi = nt.orig_span(words[max(0, i - 3)][0], words[min(len(words) - 1, i + 3)][1])
                c.example = " ".join(doc.text[lo:hi].split())
        c.cues[cue] += 1
        if i + 2 < len(words):
            s2, _, w2 = words[i + 2]
            if _is_name(w2) and not nt.norm[e1:s2].strip():
                c.bigrams[f"{w1} {w2}"] += 1


def read_docs(paths: Iterable[Path], exclude: set[str] | None = None, syria: bool = False) -> Iterator[Document]:
    """Documents from JSONL(.gz) records or ``.txt`` files, minus the ``exclude`` ids."""
    exclude = exclude or set()
    for path in paths:
        if path.suffix == ".txt":
            yield Document(id=path.stem, text=path.read_text(encoding="utf-8"))
            continue
        for r in iter_records(path):
            rid = str(r.get("id", ""))
            if rid in exclude:
                continue
            text = str(r.get("text") or "")
            title = str(r.get("title") or "")
            if syria and not _about_syria(r, title + " " + text):
                continue
            yield Document(id=rid, text=(title + "\n\n" + text) if title else text, title=title)


def _about_syria(r: dict[str, object], text: str) -> bool:
    country = r.get("country")
    if country:
        return country == "سوريا"
    return "سوري" in str(r.get("title") or "") or text.count("سوري") >= 3


def mine(docs: Iterable[Document]) -> list[Candidate]:
    """Unresolved names after place cues, most documents first."""
    found: dict[str, Candidate] = {}
    for doc in docs:
        mine_document(doc, found)
    return sorted(found.values(), key=lambda c: (-len(c.docs), c.key))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.geo.candidates", description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", type=Path, help="JSONL / JSONL.gz corpora or .txt files")
    ap.add_argument("--exclude", type=Path, help="file of record ids to skip (one a line)")
    ap.add_argument("--syria", action="store_true", help="only records about Syria")
    ap.add_argument("--top", type=int, default=100, help="rows to print (default 100)")
    ap.add_argument("--min-docs", type=int, default=2, help="minimum documents (default 2)")
    ap.add_argument("--cue", action="append", default=[],
                    help="only names after these cue kinds (village, camp, crossing, ...)")
    a = ap.parse_args(argv)
    exclude = set()
    if a.exclude:
        exclude = {ln.strip() for ln in a.exclude.read_text(encoding="utf-8").splitlines() if ln.strip()}
    rows = mine(read_docs(a.inputs, exclude, a.syria))
    kinds = set(a.cue)
    out = sys.stdout
    out.write("docs\tname\tform\tcues\texample\n")
    n = 0
    for c in rows:
        if len(c.docs) < a.min_docs or n >= a.top:
            break
        if kinds and not kinds & {CUES[k] for k in c.cues}:
            continue
        cues = ",".join(f"{k}:{v}" for k, v in c.cues.most_common(3))
        out.write(f"{len(c.docs)}\t{c.key}\t{c.best_form()}\t{cues}\t{c.example}\n")
        n += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
