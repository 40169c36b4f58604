"""Known news outlets (data/outlets.tsv): the `source` and `source_scale` of a record."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

from rasd.arabic.normalize import norm_key


@dataclass(frozen=True, slots=True)
class Outlet:
    domain: str
    names_ar: tuple[str, ...]
    name_en: str
    source_scale: str


@lru_cache(maxsize=1)
def outlets() -> list[Outlet]:
    text = resources.files("rasd.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    out = []
    for row in csv.DictReader(rows, delimiter="\t"):
        out.append(Outlet(row["domain"], tuple(row["name_ar"].split("|")), row["name_en"], row["source_scale"]))
    return out


@lru_cache(maxsize=1)
def outlet_name_keys() -> frozenset[str]:
    """The outlets' Arabic names, normalised (``norm_key``): "عنب بلدي", "درعا 24"."""
    return frozenset(norm_key(n) for o in outlets() for n in o.names_ar)


def outlet_for_url(url: str) -> Outlet | None:
    host = urlparse(url).netloc.lower().removeprefix("www.") if url else ""
    for o in outlets():
        if host and (host == o.domain or host.endswith("." + o.domain)):
            return o
    return None


def outlet_for_name(name: str) -> Outlet | None:
    key = norm_key(name)
    for o in outlets():
        if key in {norm_key(n) for n in o.names_ar} or key == norm_key(o.name_en) or key == o.domain:
            return o
    return None


def outlet_in_text(text: str) -> Outlet | None:
    """The publisher, when the article names itself: sources talk *to* it ("قال لعنب بلدي",
    "أفاد مصدر للميادين") or its own reporter speaks ("مراسل عنب بلدي", "تحفظت عنب بلدي على اسمه").
    Outlets only cited by the article ("نشرت شبكة درعا 24") are attribution, not the source."""
    from rasd.arabic.normalize import norm_key

    t = norm_key(text)
    best: tuple[int, Outlet] | None = None
    for o in outlets():
        for name in o.names_ar:
            n = norm_key(name)
            forms = [f" ل{n}", f"مراسل {n}", f"مراسله {n}", f"تحفظت {n}", f"{n} علي اسمه", f"{n} علي اسمها"]
            if n.startswith("ال"):
                forms.append(f" لل{n[2:]}")  # ل + ال → لل ("للميادين")
            for form in forms:
                i = t.find(form)
                end = i + len(form)
                if i < 0 or (end < len(t) and t[end].isalnum()):
                    continue  # absent, or only the start of a longer word
                if best is None or i < best[0]:
                    best = (i, o)
    return best[1] if best else None
