"""Read inputs into Documents: text files, HTML pages, JSONL corpora, folders, stdin.

:func:`iter_documents` yields a :class:`~rasd.document.Document` for every readable
article and an :class:`InputError` (one line, naming the input) for every bad one, so
one bad record never loses the others.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.document import Document

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
ALL_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


@dataclass(slots=True)
class InputError:
    """An input that could not be processed, with a one-line reason."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


_NOT_ARABIC = re.compile("[^\u0600-\u06ff\u0750-\u077f]+")


def _arabic_ratio(text: str) -> float:
    letters = "".join(filter(str.isalpha, text[:5000]))  # (filter and a regex: no Python loop over the characters)
    if not letters:
        return 0.0
    arabic = len(_NOT_ARABIC.sub("", letters))
    return arabic / len(letters)


def check_text(text: str) -> str | None:
    """Why ``text`` cannot be an Arabic article (None when it can)."""
    if not text.strip():
        return "empty input"
    if "\x00" in text:
        return "binary content (NUL bytes)"
    if _arabic_ratio(text) < 0.3:
        return "no Arabic text (less than 30% of letters are Arabic)"
    return None


def decode(data: bytes) -> str:
    """UTF-8 text of a file; raises ValueError for binary or non-UTF-8 content."""
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        for enc in ("cp1256",):  # legacy Arabic Windows pages
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _arabic_ratio(text) >= 0.3:
                return text
        raise ValueError(f"binary or non-UTF-8 file (byte {exc.start})") from exc


def parse_date(value: object) -> dt.date | None:
    """A date from ``YYYY-MM-DD`` (optionally with a time and zone); ValueError if unreadable."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise ValueError(f"unreadable date {s!r} (expected YYYY-MM-DD)") from None


_HOUR_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}):")


def parse_hour(value: object) -> int | None:
    """The local hour of an ISO time stamp (``2024-02-23T03:51:00+02:00`` → 3, the hour as written, not in UTC);
    None for a bare date or an unreadable value."""
    if isinstance(value, dt.datetime):
        return value.hour
    m = _HOUR_RE.match(str(value or "").strip())
    return int(m.group(1)) if m is not None and int(m.group(1)) < 24 else None


def _doc_id(source: str, text: str) -> str:
    stem = Path(source).stem if source not in ("-", "<stdin>") else "stdin"
    return f"{stem}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"


def _kind(name: str, text: str | None = None) -> str:
    low = name.lower()
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(HTML_SUFFIXES):
        return "html"
    if low.endswith(TEXT_SUFFIXES):
        return "text"
    if text is not None:  # stdin or unknown suffix: sniff
        head = text.lstrip()[:200].lower()
        if head.startswith("{"):
            return "jsonl"
        if head.startswith("<"):
            return "html"
    return "text"


# a masthead above a scraped page's headline: the outlet's name, its section ("أخبار دير الزور") or date line, at most
# this many words each, or a menu or breadcrumb ("الرئيسية / أخبار / درعا"), over at most this many lines
_MASTHEAD_WORDS = 4
_MASTHEAD_LINES = 5
_NAV_MARKS = re.compile(r"[|/>·»]|\s{2,}")


def _headline_like(line: str) -> bool:
    """A line that reads as a headline: a few words (not a menu, a date line or a sentence ending on a full stop)."""
    words = line.split()
    if not 5 <= len(words) <= 30 or len(line) >= 200 or line.startswith("<") or _NAV_MARKS.search(line):
        return False
    if line.endswith(".") and not line.endswith(".."):
        return False
    return 2 * sum(any(c.isdecimal() for c in w) for w in words) < len(words)


def _masthead_like(line: str) -> bool:
    """A line of a page's masthead: a name of a few words, or a menu or breadcrumb."""
    words = line.split()
    if line.endswith(".") and not line.endswith(".."):
        return False
    return len(words) <= _MASTHEAD_WORDS or (len(words) <= 12 and bool(_NAV_MARKS.search(line)))


# an outlet's masthead of more words (its full name and a slogan) is told by the word that opens it
_OUTLET_MASTHEAD_WORDS = 10
_NO_NAME_MARKS = re.compile(r"[:：.؟?!\d٠-٩\"«»“”]")
# words that set a told act in a place or a time ("… في مخيم جنين بعد اقتحامه"): a title's, not a name's
_TOLD_WORDS = re.compile(r"(?<!\w)(?:في|وفي|بعد|خلال|إثر|اثر|منذ|أمس|اليوم)(?!\w)")


@lru_cache(maxsize=1)
def _masthead_openers() -> frozenset[str]:
    """The words that open an outlet's name (data/masthead_words.txt), normalised."""
    from rasd.arabic.normalize import norm_key

    text = resources.files("rasd.data").joinpath("masthead_words.txt").read_text(encoding="utf-8")
    return frozenset(norm_key(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _outlet_masthead(line: str) -> bool:
    """A line that only names an outlet, however long its name: it opens with an outlet's word ("وكالة", "صحيفة",
    "قناة": :func:`_masthead_openers`) or with a known outlet's name (data/outlets.tsv), has at most
    :data:`_OUTLET_MASTHEAD_WORDS` words, no number, colon, quote or sentence mark (a headline that cites an
    outlet quotes it after a colon: "وكالة …: مقتل …"), no word of a place or time of an act (:data:`_TOLD_WORDS`)
    and no word of an act (events/triggers.tsv)."""
    from rasd.arabic.normalize import norm_key, normalize
    from rasd.events.lexicon import trigger_matcher
    from rasd.io.outlets import outlet_name_keys

    words = line.split()
    if not 2 <= len(words) <= _OUTLET_MASTHEAD_WORDS or _NO_NAME_MARKS.search(line) or _TOLD_WORDS.search(line):
        return False
    key = norm_key(line)
    if key.split()[0] not in _masthead_openers() \
            and not any(key == name or key.startswith(name + " ") for name in outlet_name_keys()):
        return False
    # a name tells no act: "وكالة الغوث تعلّق خدماتها في المخيم" is a title about the agency
    return not trigger_matcher().find(normalize(line))


def headline_line(lines: list[str]) -> str:
    """The title of a plain-text article: its first line, or, where that is only a masthead (the outlet's name, a
    menu, a section: :func:`_masthead_like`; an outlet's full name and slogan: :func:`_outlet_masthead`), the first
    headline-like line (:func:`_headline_like`) below it."""
    first = lines[0] if lines and len(lines[0]) < 200 and len(lines) > 1 else ""
    if not first or (first.endswith(".") and not first.endswith("..")):
        return first
    if len(first.split()) > _MASTHEAD_WORDS and not _outlet_masthead(first):
        return first
    for line in lines[1:_MASTHEAD_LINES + 1]:
        if _headline_like(line):
            return line
        if not _masthead_like(line):
            break
    return first


def text_document(text: str, source: str, published: dt.date | None) -> Document | InputError:
    if problem := check_text(text):
        return InputError(source, problem)
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    title = headline_line(lines)
    doc = Document(id=_doc_id(source, text), text=text, title=title, published=published, source_path=source)
    if published is not None:
        doc.meta["date_source"] = "--published"
    else:
        # a byline or date line near the top (a dated photo caption counts: scraped pages put it there)
        from rasd.time.published import find_publication_date

        doc.published = find_publication_date("\n".join(lines[:4]))
        doc.meta["date_source"] = "first date line" if doc.published else "none"
        if doc.published is None:
            doc.debug.append("no publication date: pass --published YYYY-MM-DD to anchor relative dates")
    return doc


def html_document(html: str, source: str, published: dt.date | None) -> Document | InputError:
    from rasd.io.html import HtmlError, read_html

    try:
        art = read_html(html)
    except HtmlError as exc:
        return InputError(source, str(exc))
    body = f"{art.title}\n{art.text}" if art.title and not art.text.startswith(art.title) else art.text
    if problem := check_text(body):
        return InputError(source, problem)
    doc = Document(id=_doc_id(source, body), text=body, title=art.title, url=art.url,
                   published=published or art.published, source=art.sitename, author=art.author,
                   source_path=source, captions=list(art.captions))
    doc.meta["date_source"] = "--published" if published else art.date_source
    if doc.published is None:
        doc.debug.append("no publication date found in the page (metadata or visible text)")
    return doc


def _own_date(stamp: object) -> dt.date | None:
    """The date of a record's own time stamp, or None where it has none that parses."""
    try:
        return parse_date(stamp)
    except ValueError:
        return None


def record_document(rec: object, source: str, published: dt.date | None) -> Document | InputError:
    """A corpus record: ``id``, ``text``, optional ``title``, ``url``, ``published``."""
    if not isinstance(rec, dict):
        return InputError(source, "record is not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(source, "record has no 'text'")
    rid = str(rec.get("id") or _doc_id(source, text))
    try:
        pub = published or parse_date(rec.get("published") or rec.get("date"))
    except ValueError as exc:
        return InputError(f"{source} (id {rid})", str(exc))
    title = str(rec.get("title") or "").strip()
    body = f"{title}\n{text}" if title and not text.lstrip().startswith(title) else text
    if problem := check_text(body):
        return InputError(f"{source} (id {rid})", problem)
    # the hour only with the record's own date: a date given on the command line overrides both, unless it is the
    # record's own day (a gold file that repeats the article's date)
    stamp = rec.get("published") or rec.get("date")
    hour = None if published and published != _own_date(stamp) else parse_hour(stamp)
    doc = Document(id=rid, text=body, title=title, url=str(rec.get("url") or ""), published=pub,
                   published_hour=hour, source=str(rec.get("source") or ""), source_path=source)
    # the outlet's own country field ("country": "السودان"), the country its desk filed the article under: the last
    # resort for an event the text places nowhere (rasd.events.stage._country)
    section = rec.get("country")
    if isinstance(section, str) and section.strip():
        doc.meta["section_country"] = section.strip()
    return doc


@dataclass(slots=True)
class PendingHtml:
    """An HTML page read from disk but not parsed yet (parsing is the costly part of HTML input,
    so the runner does it inside its worker processes)."""

    html: str
    source: str
    published: dt.date | None

    def load(self) -> Document | InputError:
        t0 = time.perf_counter()
        doc = html_document(self.html, self.source, self.published)
        if isinstance(doc, Document):
            doc.timings["html"] = time.perf_counter() - t0
        return doc


def iter_records(corpus: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The JSON records of a ``.jsonl`` / ``.jsonl.gz`` corpus (first ``limit``), for tools that read
    a corpus as data (benchmarks, training, gazetteer candidates, gold articles)."""
    opener = gzip.open if corpus.name.endswith(".gz") else open
    n = 0
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if limit is not None and n >= limit:
                return
            if line.strip():
                n += 1
                yield json.loads(line)


def _iter_jsonl_lines(lines: Iterator[str], source: str, published: dt.date | None
                      ) -> Iterator[Document | InputError]:
    seen_any = False
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        seen_any = True
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield InputError(f"{source}:{n}", f"invalid JSON line: {exc.msg} (column {exc.colno})")
            continue
        yield record_document(rec, f"{source}:{n}", published)
    if not seen_any:
        yield InputError(source, "empty file")


def _read_jsonl(path: Path, published: dt.date | None) -> Iterator[Document | InputError]:
    src = str(path)
    try:
        if path.name.lower().endswith(".gz"):
            fh = gzip.open(path, "rt", encoding="utf-8")
        else:
            fh = path.open("r", encoding="utf-8")
        with fh:
            yield from _iter_jsonl_lines(iter(fh), src, published)
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        yield InputError(src, f"unreadable file: {exc}")


def _read_file(path: Path, published: dt.date | None, defer_html: bool = False
               ) -> Iterator[Document | InputError | PendingHtml]:
    src = str(path)
    kind = _kind(path.name)
    if kind == "jsonl":
        yield from _read_jsonl(path, published)
        return
    try:
        text = decode(path.read_bytes())
    except OSError as exc:
        yield InputError(src, f"unreadable file: {exc.strerror or exc}")
        return
    except ValueError as exc:
        yield InputError(src, str(exc))
        return
    if kind == "html" or (kind == "text" and _kind("", text) == "html" and not path.name.endswith(".txt")):
        yield PendingHtml(text, src, published) if defer_html else html_document(text, src, published)
    else:
        yield text_document(text, src, published)


def expand(paths: list[str]) -> list[str]:
    """Input paths with folders replaced by the readable files inside them (sorted)."""
    out: list[str] = []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            found: list[str] = []
            for root, dirs, files in os.walk(p):
                dirs.sort()
                found.extend(os.path.join(root, f) for f in sorted(files) if f.lower().endswith(ALL_SUFFIXES))
            out.extend(found or [p])  # an empty folder stays, to be reported
        else:
            out.append(p)
    return out


def iter_documents(paths: list[str], published: dt.date | None = None, defer_html: bool = False
                   ) -> Iterator[Document | InputError | PendingHtml]:
    """Documents (or errors) from files, folders, JSONL corpora and ``-`` (stdin).

    With ``defer_html`` HTML pages come as :class:`PendingHtml`, to be parsed by the runner.
    """
    for p in expand(paths):
        if p == "-":
            data = sys.stdin.buffer.read()
            try:
                text = decode(data)
            except ValueError as exc:
                yield InputError("<stdin>", str(exc))
                continue
            kind = _kind("", text)
            if kind == "jsonl":
                yield from _iter_jsonl_lines(iter(text.splitlines()), "<stdin>", published)
            elif kind == "html":
                yield html_document(text, "<stdin>", published)
            else:
                yield text_document(text, "<stdin>", published)
            continue
        path = Path(p)
        if not path.exists():
            yield InputError(p, "no such file or folder")
            continue
        if path.is_dir():
            yield InputError(p, "folder holds no .txt, .html or .jsonl files")
            continue
        yield from _read_file(path, published, defer_html)
