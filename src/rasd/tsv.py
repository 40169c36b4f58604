"""Reading the analyst-editable TSV data files under ``rasd/data/``."""

from __future__ import annotations

from pathlib import Path


def read_rows(path: Path, header: bool = True) -> list[tuple[int, list[str]]]:
    """(line number, cells) of the data rows of a TSV file: blank lines, ``#`` comments and (when
    ``header``) the first non-comment row are skipped; cells are stripped.  Line numbers let
    validators report ``file:line``."""
    out: list[tuple[int, list[str]]] = []
    header_seen = not header
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        out.append((i, [c.strip() for c in line.split("\t")]))
    return out
