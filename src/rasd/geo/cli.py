"""`rasd gazetteer`: import user place lists, look names up, validate the data files."""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from rasd.geo.gazetteer import PLACES_COLUMNS, load_gazetteer, user_dir, validate

_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Accepted spellings of the columns of an OCHA/HDX community list (first found wins).
COLS = {
    "id": ("admin4Pcode", "admin4_pcode", "ADM4_PCODE", "pcode", "id"),
    "name_ar": ("admin4Name_ar", "admin4_name_ar", "ADM4_AR", "name_ar", "Name_AR"),
    "name_en": ("admin4Name_en", "admin4_name_en", "ADM4_EN", "name_en", "Name_EN", "name"),
    "alt_ar": ("admin4AltName1_ar", "ADM4_ALT1AR", "aliases_ar"),
    "lat": ("latitude", "Latitude", "lat", "LAT", "y"),
    "lon": ("longitude", "Longitude", "lon", "LON", "long", "x"),
    "admin1_pcode": ("admin1Pcode", "ADM1_PCODE", "admin1_pcode"),
    "admin2_pcode": ("admin2Pcode", "ADM2_PCODE", "admin2_pcode"),
    "admin3_pcode": ("admin3Pcode", "ADM3_PCODE", "admin3_pcode"),
}


def _xlsx_rows(path: Path) -> list[list[str]]:
    """Rows of the first sheet of an .xlsx file (stdlib only)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as z:
        shared: list[str] = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
        sheet = sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))[0]
        rows: list[list[str]] = []
        for row in ET.fromstring(z.read(sheet)).iter(f"{{{ns['m']}}}row"):
            cells: dict[int, str] = {}
            for c in row.findall("m:c", ns):
                ref = re.match(r"[A-Z]+", c.get("r", "A"))
                col = 0
                for ch in ref.group() if ref else "A":
                    col = col * 26 + ord(ch) - 64
                v = c.find("m:v", ns)
                if c.get("t") == "inlineStr":
                    text = "".join(t.text or "" for t in c.iter(f"{{{ns['m']}}}t"))
                elif v is None:
                    text = ""
                elif c.get("t") == "s":
                    text = shared[int(v.text or 0)]
                else:
                    text = v.text or ""
                cells[col - 1] = text
            rows.append([cells.get(i, "") for i in range(max(cells) + 1)] if cells else [])
        return rows


def _table(path: Path) -> list[list[str]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    raw = path.read_text(encoding="utf-8-sig")
    delim = "\t" if raw.count("\t") > raw.count(",") else ","
    return list(csv.reader(io.StringIO(raw), delimiter=delim))


def convert(path: Path) -> list[dict[str, str]]:
    """Rows of an OCHA/HDX list (CSV/XLSX, header row) or a GeoNames dump, in places.csv form."""
    rows = [r for r in _table(path) if any(c.strip() for c in r)]
    if not rows:
        return []
    out: list[dict[str, str]] = []
    if len(rows[0]) >= 15 and rows[0][0].isdigit():  # GeoNames dump: no header, 19 columns
        for r in rows:
            if len(r) < 15 or r[6] != "P":
                continue
            arabic = [a for a in r[3].split(",") if _ARABIC.search(a)]
            out.append({"id": f"geonames:{r[0]}", "level": "city", "name_ar": arabic[0] if arabic else "",
                        "name_en": r[1], "aliases_ar": "|".join(arabic[1:]), "lat": r[4], "lon": r[5],
                        "coord_source": "user", "population": r[14], "geonames_id": r[0],
                        "sources": "user-geonames"})
        return out
    header = [h.strip().lstrip("#") for h in rows[0]]
    body = rows[1:]
    if body and body[0] and body[0][0].startswith("#"):  # HXL tag row
        body = body[1:]
    idx = {key: next((header.index(c) for c in cands if c in header), -1) for key, cands in COLS.items()}
    if idx["name_ar"] < 0 and idx["name_en"] < 0:
        names = ", ".join(COLS["name_ar"] + COLS["name_en"])
        raise SystemExit(f"{path}: no name column (expected one of {names})")
    for n, r in enumerate(body, 1):
        def col(key: str, r: list[str] = r) -> str:
            i = idx[key]
            return r[i].strip() if 0 <= i < len(r) else ""
        pid = col("id") or f"user:{path.stem}:{n}"
        out.append({"id": pid, "level": "community", "name_ar": col("name_ar"), "name_en": col("name_en"),
                    "aliases_ar": col("alt_ar"), "lat": col("lat"), "lon": col("lon"),
                    "coord_source": "user" if col("lat") else "", "admin1_pcode": col("admin1_pcode"),
                    "admin2_pcode": col("admin2_pcode"), "admin3_pcode": col("admin3_pcode"),
                    "sources": f"user:{path.name}"})
    return out


def import_file(path: Path, name: str | None = None) -> Path:
    rows = convert(path)
    d = user_dir()
    d.mkdir(parents=True, exist_ok=True)
    dest = d / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', name or path.stem)}.csv"
    with dest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=PLACES_COLUMNS, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in PLACES_COLUMNS})
    print(f"imported {len(rows)} places from {path} into {dest}")
    return dest


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gazetteer", help="import place lists, look up names, validate data")
    gsub = p.add_subparsers(dest="gaz_cmd", required=True)
    imp = gsub.add_parser("import", help="merge an OCHA/HDX community list (CSV/XLSX) or a GeoNames dump")
    imp.add_argument("file", type=Path)
    imp.add_argument("--name", help="name of the user list (default: the file name)")
    lk = gsub.add_parser("lookup", help="show the gazetteer candidates for a name")
    lk.add_argument("name")
    gsub.add_parser("validate", help="check the bundled and user place data files")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.gaz_cmd == "import":
        import_file(args.file, args.name)
        return 0
    if args.gaz_cmd == "lookup":
        g = load_gazetteer()
        cands = g.lookup(args.name)
        if not cands:
            print(f"no gazetteer entry for {args.name!r}")
            return 1
        for e in cands:
            ref = g.to_ref(e)
            print(f"{e.id}\t{e.level}\t{e.name_ar}\t{e.name_en}\t{e.lat},{e.lon}\t"
                  f"{ref.admin1}/{ref.admin2}/{ref.admin3}\t{e.source}")
        return 0
    problems = validate()
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0
