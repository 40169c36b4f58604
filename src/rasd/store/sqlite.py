"""The embedded default store: SQLite (stdlib), one file.

Tables: ``documents`` (one row per article read) and ``events`` (one row per record, the
ACLED columns as columns plus the full record as JSON).  Re-running on the same input
replaces that document's rows, so a store never holds duplicates of one article.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from rasd.document import Document
from rasd.output.records import ACLED_COLUMNS

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    title TEXT, url TEXT, published TEXT, source TEXT, source_path TEXT,
    text TEXT, captions TEXT, dropped TEXT
);
CREATE TABLE IF NOT EXISTS events (
    {", ".join(f'"{c}"' for c in ACLED_COLUMNS)},
    doc_id TEXT REFERENCES documents(doc_id),
    historical INTEGER,
    record TEXT,
    PRIMARY KEY (event_id_cnty)
);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
"""


class SQLiteStore:
    def __init__(self, path: str) -> None:
        self.path = path
        self.conn = sqlite3.connect(path)
        self.conn.executescript(_SCHEMA)

    def save(self, doc: Document, records: list[dict[str, Any]]) -> None:
        c = self.conn
        c.execute("DELETE FROM events WHERE doc_id = ?", (doc.id,))
        c.execute(
            "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.title, doc.url, doc.published.isoformat() if doc.published else None, doc.source,
             doc.source_path, doc.text, json.dumps(doc.captions, ensure_ascii=False),
             json.dumps(doc.dropped, ensure_ascii=False)),
        )
        cols = [*ACLED_COLUMNS, "doc_id", "historical", "record"]
        sql = f"INSERT OR REPLACE INTO events ({', '.join(repr(c) for c in cols)}) VALUES ({','.join('?' * len(cols))})"
        for r in records:
            c.execute(sql, [*(r.get(k) for k in ACLED_COLUMNS), r["doc_id"], int(bool(r["historical"])),
                            json.dumps(r, ensure_ascii=False)])

    def count(self, table: str = "events") -> int:
        if table not in ("events", "documents"):
            raise ValueError(table)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def close(self) -> None:
        self.conn.commit()
        self.conn.close()
