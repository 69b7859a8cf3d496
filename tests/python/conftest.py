"""Shared fixtures of the precis Python tests (run by scripts/test.sh after the C++ suite).

PRECIS_SHARED_DIR names the shared research data (default: ../shared beside the repository);
PRECIS_BIN the precis CLI to compare against (default: build/precis). Tests that need either
skip with a message saying what is missing.
"""

import json
import os
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "sample"


def shared_dir():
    return pathlib.Path(os.environ.get("PRECIS_SHARED_DIR", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def sample_articles():
    with open(SAMPLE / "articles.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def precis_bin():
    path = pathlib.Path(os.environ.get("PRECIS_BIN", REPO / "build" / "precis"))
    if not path.exists():
        pytest.skip(f"the precis CLI is not built at {path} (set PRECIS_BIN)")
    return path


def shared_file(relative):
    path = shared_dir() / relative
    if not path.exists():
        pytest.skip(f"{path} is missing (the ../shared data folder; set PRECIS_SHARED_DIR)")
    return path
