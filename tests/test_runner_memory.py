"""The runner hands free heap pages back (glibc ``malloc_trim``) without touching what it extracts."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd import runner
from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

TEXT = ("استشهد مدنيان بقصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي، اليوم الأحد، "
        "بحسب ما أفاد مراسلنا.")


def _doc(i: int) -> Document:
    return Document(id=f"d{i}", text=TEXT, published=dt.date(2023, 5, 7))


def test_release_free_memory_may_be_called_again() -> None:
    runner._malloc_trim.cache_clear()
    runner.release_free_memory()
    runner.release_free_memory()
    assert runner._malloc_trim.cache_info().misses == 1  # (the C function is looked up once)


def test_trims_after_the_first_document_and_every_n_after(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(runner, "_malloc_trim", lambda: calls.append)
    monkeypatch.setattr(runner, "_DONE", 0)
    monkeypatch.setattr(runner, "_TRIM_EVERY", 3)
    docs = list(runner.run_documents([_doc(i) for i in range(7)], workers=1))
    assert len(docs) == 7
    assert calls == [0, 0, 0]  # after documents 1, 4 and 7


def test_same_records_with_and_without_the_runner() -> None:
    direct = [records(Pipeline()(_doc(0)))]
    via = [records(d) for d in runner.run_documents([_doc(0)], workers=1) if isinstance(d, Document)]
    strip = [[{k: v for k, v in r.items() if k != "timestamp"} for r in rs] for rs in direct + via]
    assert strip[0] == strip[1] and strip[0]
