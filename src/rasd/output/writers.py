"""Record writers: JSON Lines (all columns), a JSON array, or CSV with ACLED's columns."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from rasd.output.records import ACLED_COLUMNS


class Writer:
    """Streams records to ``out`` in one of the formats ``jsonl``, ``json``, ``csv``."""

    def __init__(self, out: TextIO, fmt: str = "jsonl") -> None:
        if fmt not in ("jsonl", "json", "csv"):
            raise ValueError(f"unknown format {fmt!r} (jsonl, json or csv)")
        self.out = out
        self.fmt = fmt
        self.count = 0
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, extrasaction="ignore")
            self._csv.writeheader()
        elif fmt == "json":
            out.write("[")

    def write(self, record: dict[str, Any]) -> None:
        if self._csv is not None:
            self._csv.writerow({k: ("" if record.get(k) is None else record.get(k)) for k in ACLED_COLUMNS})
        elif self.fmt == "json":
            self.out.write(("," if self.count else "") + "\n" + json.dumps(record, ensure_ascii=False))
        else:
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()
