"""precis.summarize gives the CLI's sentences on the 50 DUC 2004 clusters (needs the shared
data and the built CLI; skipped with a message otherwise)."""

import json
import subprocess

import pytest

import precis
from conftest import shared_file


@pytest.fixture(scope="module")
def duc2004():
    return shared_file("data/duc2004/clusters.jsonl")


@pytest.mark.filterwarnings("ignore::precis.Warning")  # the data has a few empty articles
@pytest.mark.parametrize("method", ["auto", "lexrank"])
def test_same_sentences_as_the_cli(duc2004, precis_bin, method):
    out = subprocess.run([str(precis_bin), "-q", "summarize", "--format", "json", "--method", method,
                          "--words", "100", str(duc2004)], check=True, capture_output=True, text=True).stdout
    cli = [json.loads(line) for line in out.splitlines()]
    clusters = precis.read(duc2004)
    assert len(clusters) == len(cli) == 50
    ours = precis.summarize(clusters, method=method, words=100)
    for mine, theirs in zip(ours, cli):
        assert mine.id == theirs["id"]
        assert [(s.doc_id, s.begin, s.end, s.text) for s in mine] == [
            (s["doc_id"], s["begin"], s["end"], s["text"]) for s in theirs["summary"]], mine.id
