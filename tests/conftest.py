"""Shared test fixtures.  Tests that need ../shared (corpus, gold, gazetteer source) skip
with a reason when it is absent: a fresh clone must pass without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"needs the shared reference folder ({SHARED}); absent in this checkout")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    p = shared_dir / "corpus" / "seed-enab-baladi-jasim-2022-03-15.txt"
    if not p.is_file():
        pytest.skip(f"needs {p}")
    return p
