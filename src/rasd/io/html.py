"""Article pages (HTML) → Document fields, via trafilatura.

trafilatura gives the body, title, author and site name.  Its date is not trusted on its
own: on Arabic pages it (through htmldate) falls back to the footer's copyright year.  The
publication date is read from machine-readable metadata (meta tags, ``<time datetime>``,
JSON-LD ``datePublished``); when the page has none, from the first full Arabic date in the
visible text (:func:`rasd.time.published.find_publication_date`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

_META_DATE = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|date|dc\.date|DC\.date\.issued|sailthru\.date|parsely-pub-date)"""
    r"""["'][^>]*>""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_TIME_TAG = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_JSONLD = re.compile(r"""<script[^>]+application/ld\+json[^>]*>(.*?)</script>""", re.IGNORECASE | re.DOTALL)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class HtmlError(ValueError):
    """The page could not be turned into article text."""


@dataclass
class HtmlArticle:
    text: str
    title: str = ""
    author: str = ""
    sitename: str = ""
    url: str = ""
    published: dt.date | None = None
    date_source: str = ""  # metadata | visible-text | none
    captions: list[str] = field(default_factory=list)


def _iso_date(value: str) -> dt.date | None:
    m = _ISO.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def metadata_date(html: str) -> dt.date | None:
    """The publication date from machine-readable metadata, if the page has any."""
    for m in _META_DATE.finditer(html):
        c = _CONTENT.search(m.group())
        if c and (d := _iso_date(c.group(1))):
            return d
    for m in _JSONLD.finditer(html):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                for key in ("datePublished", "dateCreated"):
                    if isinstance(item.get(key), str) and (d := _iso_date(item[key])):
                        return d
    for m in _TIME_TAG.finditer(html):
        if d := _iso_date(m.group(1)):
            return d
    return None


_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


# A timeline entry: a list item that opens with its own date ("10 يونيو/حزيران 2021: …",
# "آذار 2020 - …", "2019: …") followed by a colon or a dash, then a sentence of several words.
_MONTH_WORD = r"[\u0621-\u064a]{2,}(?:\s[\u0621-\u064a]{3,})?(?:\s*/\s*[\u0621-\u064a]{2,}(?:\s[\u0621-\u064a]{3,})?)?"
_TIMELINE_ITEM = re.compile(
    r"^\s*[-•*]\s*(?:(?:\d{1,2}\s+)?" + _MONTH_WORD + r"\s+)?(?:\d{4}|[٠-٩]{4})\s*[:：\-–—]\s*(\S+(?:\s+\S+){4,})$")


# the raw page holds a list item that opens with a year and a colon or dash (tags between allowed): only then is the
# page extracted a second time (:func:`_with_timeline_items`)
_TIMELINE_LI = re.compile(r"<li\b[^>]*>(?:\s|<[^>]+>)*[^<]{0,40}?(?:\d{4}|[٠-٩]{4})(?:\s|<[^>]+>)*[:：\-–—]",
                          re.IGNORECASE)


def _with_timeline_items(html: str, url: str, text: str) -> str:
    """The precision text with the dated timeline entries (``<li>``) that precision mode dropped.

    Long reports of pan-Arab outlets end with a list of the earlier events ("أبرز محطات …"),
    each item opening with its date; trafilatura's precision setting drops lists.  The recall
    setting keeps them: its lines are taken in order, keeping those of the precision text and
    the list items that open with a date (related-article links and tags do not).
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=False, include_comments=False,
                                          include_tables=False, fast=True, favor_recall=True)
    except Exception:
        return text
    if doc is None:
        return text
    recall = ((doc if isinstance(doc, dict) else doc.as_dict()).get("text") or "").strip()
    kept = {" ".join(ln.split()) for ln in text.split("\n")}
    extra = [ln for ln in recall.split("\n")
             if " ".join(ln.split()) not in kept and _TIMELINE_ITEM.match(" ".join(ln.split()))]
    if not extra:
        return text
    out: list[str] = []
    for ln in recall.split("\n"):
        key = " ".join(ln.split())
        if key in kept:
            out.append(ln)
            kept.discard(key)
        elif ln in extra:
            out.append(re.sub(r"^\s*[-•*]\s*", "", ln))
    # precision lines that the recall text lacks (it rarely does) are not lost
    out.extend(ln for ln in text.split("\n") if " ".join(ln.split()) in kept)
    return "\n".join(out)


def read_html(html: str, url: str = "") -> HtmlArticle:
    """Extract the article from an HTML page; raises :class:`HtmlError` when there is none."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    if "<" not in html or not re.search(r"<\s*(?:html|body|p|div|article)\b", html, re.IGNORECASE):
        raise HtmlError("not an HTML page (no html/body/p/div/article element)")
    data: dict[str, Any] = {}
    text = ""
    # Precision first; a page whose body is a list (a news ticker, a live blog of <li> entries) yields
    # nothing that way, and only then is the recall setting tried, which keeps the list items.
    for favor in ("favor_precision", "favor_recall"):
        try:
            doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                              include_tables=False, fast=True, **{favor: True})
        except Exception as exc:  # trafilatura raises many kinds on broken input
            raise HtmlError(f"broken HTML: {exc.__class__.__name__}: {exc}") from exc
        if doc is None:
            continue
        data = doc if isinstance(doc, dict) else doc.as_dict()
        text = (data.get("text") or "").strip()
        if text:
            break
    if not data:
        raise HtmlError("broken or empty HTML: no article text found")
    if not text:
        raise HtmlError("no article text found in the page")
    if favor == "favor_precision" and _TIMELINE_LI.search(html):
        text = _with_timeline_items(html, url, text)
    captions = [" ".join(_TAGS.sub(" ", c).split()) for c in _FIGCAPTION.findall(html)]
    captions = [c for c in captions if c]
    # trafilatura may keep a caption inside the body: move it to the captions.
    if captions:
        lines = [ln for ln in text.split("\n") if " ".join(ln.split()) not in captions]
        text = "\n".join(lines)
    published = metadata_date(html)
    source = "metadata" if published else ""
    if published is None:
        from rasd.time.published import find_publication_date

        visible = "\n".join(filter(None, [data.get("title") or "", text]))
        published = find_publication_date(visible[:2000]) or find_publication_date(
            " ".join(_TAGS.sub(" ", html).split())[:20000])
        source = "visible-text" if published else "none"
    return HtmlArticle(
        text=text,
        title=(data.get("title") or "").strip(),
        author=(data.get("author") or "").strip(),
        sitename=(data.get("sitename") or "").strip(),
        url=url or (data.get("url") or ""),
        published=published,
        date_source=source,
        captions=captions,
    )
