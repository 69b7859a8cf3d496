"""precis.rouge and precis.rouge_corpus: exactness against ROUGE-1.5.5's printed numbers,
keywords against flags, the corpus form, errors."""

import json
import subprocess

import pytest

import precis
from conftest import shared_file

# The flag sets ../shared/rouge/vectors.jsonl was made with (SPEC section 0; all with
# -a -c 95 -r 1000 -f A -p 0.5 -t 0 -d), as keywords and as the script's flags.
FLAGSETS = {
    "duc04_words": (dict(n=2, stem=True, length_limit=100, skip_distance=4, skip_unigrams=True),
                    "-n 2 -m -l 100 -2 4 -u"),
    "duc04_bytes": (dict(n=2, stem=True, byte_limit=665, wlcs_weight=1.2), "-n 2 -m -b 665 -w 1.2"),
    "stopwords": (dict(n=2, stem=True, remove_stopwords=True, length_limit=100), "-n 2 -m -s -l 100"),
    "nostem_full": (dict(n=3, skip_distance=4, skip_unigrams=True), "-n 3 -2 4 -u"),
}


@pytest.fixture(scope="module")
def vectors():
    with open(shared_file("rouge/vectors.jsonl"), encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    assert len(cases) == 158
    return cases


def compare(cases, flagset, exceptions, use_flags):
    keywords, flags = FLAGSETS[flagset]
    table = "expected" if exceptions else "expected_no_exceptions"
    kwargs = dict(flags=flags) if use_flags else dict(keywords)
    kwargs["exceptions"] = exceptions
    mismatches, checked = [], 0
    for case in cases:
        # Without -m the exception table plays no part: the plain expectations hold.
        expected = case.get(table, {}).get(flagset) or case["expected"][flagset]
        got = precis.rouge(case["summary"], case["references"], **kwargs)
        assert list(got) == list(expected), case["case"]
        for label, want in expected.items():
            score = got[label]
            for name, value in (("R", score.recall), ("P", score.precision), ("F", score.f)):
                checked += 1
                if f"{want[name]:.5f}" != f"{value:.5f}":
                    mismatches.append(f"{case['case']} {label} {name}: {want[name]:.5f} != {value:.5f}")
    return mismatches, checked


@pytest.mark.parametrize("flagset", sorted(FLAGSETS))
@pytest.mark.parametrize("exceptions", [True, False])
def test_vectors_exactly(vectors, flagset, exceptions):
    if not exceptions and not FLAGSETS[flagset][0].get("stem"):
        assert not any(flagset in c.get("expected_no_exceptions", {}) for c in vectors)
    for use_flags in (False, True):
        mismatches, checked = compare(vectors, flagset, exceptions, use_flags)
        assert checked >= 158 * 3 * 3
        assert not mismatches, f"{len(mismatches)} of {checked}: " + "; ".join(mismatches[:10])


def test_the_comparison_can_fail(vectors):
    # Scoring the duc04_words expectations without the exception table differs somewhere.
    mismatches, _ = compare(vectors, "duc04_words", True, False)
    assert not mismatches
    keywords, _ = FLAGSETS["duc04_words"]
    differing = 0
    for case in vectors:
        got = precis.rouge(case["summary"], case["references"], exceptions=False, **keywords)
        differing += f"{got['ROUGE-1'].recall:.5f}" != f"{case['expected']['duc04_words']['ROUGE-1']['R']:.5f}"
    assert differing > 0


def test_simple_scores():
    scores = precis.rouge("the cat sat on the mat", ["the cat sat on a mat"], n=2)
    assert list(scores) == ["ROUGE-1", "ROUGE-2", "ROUGE-L"]
    r1 = scores["ROUGE-1"]
    assert (r1.recall, r1.precision) == (0.83333, 0.83333)
    assert r1.hit_count == 5 and r1.model_count == 6 and r1.peer_count == 6
    assert scores["ROUGE-2"].recall == 0.6
    # Defaults are the script's: no -n means no ROUGE-N, ROUGE-L on.
    assert list(precis.rouge("the cat", ["the cat"])) == ["ROUGE-L"]
    assert list(precis.rouge("the cat", ["the cat"], lcs=False, n=1)) == ["ROUGE-1"]
    assert list(precis.rouge("a b c", ["a b c"], skip_distance=-1, skip_both=True)) == [
        "ROUGE-L", "ROUGE-S*", "ROUGE-SU*"]


def test_flags_and_keywords_agree_and_keywords_override():
    summary = ["The dam cracked on Monday.", "Residents left their homes."]
    refs = [["A crack was found in the dam.", "People left Caldwick."], "The town was evacuated."]
    by_flags = precis.rouge(summary, refs, flags="-n 2 -m -w 1.2 -2 4 -u -p 0.3 -f B")
    by_keywords = precis.rouge(summary, refs, n=2, stem=True, wlcs_weight=1.2, skip_distance=4,
                               skip_unigrams=True, alpha=0.3, scoring="B")
    assert list(by_flags) == list(by_keywords) == ["ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4"]
    for label in by_flags:
        assert (by_flags[label].recall, by_flags[label].f) == (by_keywords[label].recall, by_keywords[label].f)
    overridden = precis.rouge(summary, refs, flags="-n 2 -m", n=1)
    assert list(overridden) == ["ROUGE-1", "ROUGE-L"]


def test_corpus_form():
    summaries = ["the cat sat on the mat", "a dog barked at the moon", "birds sing in the morning"]
    references = [["the cat was on the mat"], ["the dog barked loudly"], ["birds sang at dawn", "a bird sings"]]
    corpus = precis.rouge_corpus(summaries, references, n=2, resamples=200)
    assert list(corpus.averages) == ["ROUGE-1", "ROUGE-2", "ROUGE-L"]
    assert corpus.ids == ["1", "2", "3"]
    singles = [precis.rouge(s, r, n=2)["ROUGE-1"].recall for s, r in zip(summaries, references)]
    assert [e["ROUGE-1"].recall for e in corpus.evaluations] == singles
    avg = corpus.averages["ROUGE-1"]
    assert avg.recall.low <= avg.recall.mean <= avg.recall.high
    assert abs(avg.recall.mean - sum(singles) / 3) < 0.05
    # `average` is the plain mean (precis eval's), `mean` the bootstrap replicates' (the script's).
    assert avg.recall.average == pytest.approx(sum(singles) / 3, abs=1e-12)
    assert avg.to_dict()["recall"]["average"] == avg.recall.average
    tokens = precis.rouge_corpus(summaries, references, n=1, counting=1, resamples=50)
    hits = sum(e["ROUGE-1"].hit_count for e in tokens.evaluations)
    models = sum(e["ROUGE-1"].model_count for e in tokens.evaluations)
    assert tokens.averages["ROUGE-1"].recall.average == pytest.approx(hits / models, abs=1e-12)
    sums = precis.rouge_corpus(summaries, references, n=1, counting=2)
    assert sums.averages["ROUGE-1"].hit_count == sum(int(e["ROUGE-1"].hit_count) for e in sums.evaluations)
    with pytest.raises(precis.OptionError, match="differ in length"):
        precis.rouge_corpus(summaries, references[:2])


def test_corpus_matches_the_cli(tmp_path, precis_bin):
    summaries = ["the cat sat on the mat today", "a dog barked at the moon", "birds sing in the morning"]
    references = [["the cat was on the mat"], ["the dog barked loudly at night"], ["birds sang at dawn", "a bird sings"]]
    lines = []
    for i, (s, refs) in enumerate(zip(summaries, references), 1):
        (tmp_path / f"p{i}.txt").write_text(s + "\n")
        models = []
        for j, r in enumerate(refs):
            (tmp_path / f"m{i}_{j}.txt").write_text(r + "\n")
            models.append(f'<M ID="{j}">m{i}_{j}.txt</M>')
        lines.append(f'<EVAL ID="{i}"><PEER-ROOT>{tmp_path}</PEER-ROOT><MODEL-ROOT>{tmp_path}</MODEL-ROOT>'
                     f'<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS><P ID="X">p{i}.txt</P></PEERS>'
                     f'<MODELS>{"".join(models)}</MODELS></EVAL>')
    config = tmp_path / "config.xml"
    config.write_text('<ROUGE-EVAL version="1.0">' + "".join(lines) + "</ROUGE-EVAL>\n")
    out = subprocess.run([str(precis_bin), "rouge", "-n", "2", "-m", "--json", str(config), "X"],
                         check=True, capture_output=True, text=True).stdout
    cli = {b["metric"]: b for b in json.loads(out)["systems"][0]["scores"]}
    corpus = precis.rouge_corpus(summaries, references, flags="-n 2 -m", ids=[f"{i}.X" for i in range(1, 4)])
    assert list(corpus.averages) == list(cli)
    for label, avg in corpus.averages.items():
        for part in ("recall", "precision", "f"):
            got, want = getattr(avg, part), cli[label][part]
            assert (round(got.mean, 5), round(got.low, 5), round(got.high, 5)) == (want["mean"], want["low"], want["high"])


def test_errors():
    with pytest.raises(TypeError):
        precis.rouge("summary", "a reference string is not a list")
    with pytest.raises(TypeError):
        precis.rouge(["fine", 3], ["ref"])
    with pytest.raises(TypeError):
        precis.rouge(5, ["ref"])
    with pytest.raises(precis.OptionError, match=r"\(-l\) and a byte limit"):
        precis.rouge("a", ["a"], length_limit=10, byte_limit=10)
    with pytest.raises(precis.OptionError, match="alpha"):
        precis.rouge("a", ["a"], alpha=2)
    with pytest.raises(precis.OptionError, match="scoring"):
        precis.rouge("a", ["a"], scoring="C")
    with pytest.raises(precis.OptionError, match="unknown option -k"):
        precis.rouge("a", ["a"], flags="-n 2 -k")
    with pytest.raises(precis.OptionError, match="file names"):
        precis.rouge("a", ["a"], flags="-n 2 config.xml")
    with pytest.raises(precis.OptionError):
        precis.rouge("a", ["a"], resamples=0)
    with pytest.raises(precis.OptionError, match=r"resamples \(-r\) is too large, got 1{40}"):
        precis.rouge("a", ["a"], resamples=int("1" * 40))
    with pytest.raises(precis.OptionError, match=r"n \(-n\) is too small"):
        precis.rouge("a", ["a"], n=-2**70)
    # Where the script dies: ROUGE-W with an empty reference.
    with pytest.raises(precis.InputError, match="division by zero"):
        precis.rouge("some words", [""], wlcs_weight=1.2)
    # No references: the script scores 0, which a corpus mean then silently averages in (a new
    # user's trial); refused instead, as `precis eval` skips a cluster without references.
    with pytest.raises(precis.InputError, match="no reference summary"):
        precis.rouge("some words", [], n=1)


def test_a_summary_of_precis_summarize_is_scored_by_its_sentences():
    # A trial passed precis.summarize's result straight to precis.rouge: a TypeError then.
    docs = ["The dam cracked on Monday. Residents left their homes.",
            "Engineers braced the dam. The residents came back on Wednesday."]
    summary = precis.summarize(docs, sentences=2)
    texts = [s.text for s in summary.sentences]
    refs = ["The dam cracked and residents left."]
    def values(scores):
        return {k: (v.recall, v.precision, v.f) for k, v in scores.items()}
    expected = values(precis.rouge(texts, refs, n=2))
    assert values(precis.rouge(summary, refs, n=2)) == expected
    assert values(precis.rouge(summary.sentences, refs, n=2)) == expected
    corpus = precis.rouge_corpus([summary], [refs], n=1)
    assert [values(e) for e in corpus.evaluations] == [values(precis.rouge(texts, refs, n=1))]
    with pytest.raises(TypeError, match=r"summary\[0\]: expected str or precis.Sentence"):
        precis.rouge([summary], refs)


def test_docstring_has_the_option_table():
    doc = precis.rouge.__doc__
    for keyword, flag in [("n: int", "-n N"), ("stem: bool", "-m"), ("length_limit: int", "-l L"),
                          ("byte_limit: int", "-b B"), ("skip_distance: int", "-2 D"),
                          ("wlcs_weight: float", "-w W"), ("alpha: float", "-p A"),
                          ("confidence: float", "-c CF"), ("resamples: int", "-r R")]:
        assert f"| {keyword} | {flag} |" in doc


def test_flags_without_meaning_here_are_accepted():
    plain = precis.rouge("a b c", ["a b d"], n=1)
    accepted = precis.rouge("a b c", ["a b d"], flags="-a -d -e /nonexistent -v -q -n 1")
    assert [(k, v.recall) for k, v in accepted.items()] == [(k, v.recall) for k, v in plain.items()]
    with pytest.raises(precis.OptionError, match="-z"):
        precis.rouge("a", ["a"], flags="-z SPL")


def test_threads_give_the_same_scores():
    import threading

    summary = ["The dam cracked on Monday.", "Residents left their homes."]
    refs = [["A crack was found in the dam.", "People left Caldwick."], "The town was evacuated."]
    expected = precis.rouge(summary, refs, n=2, stem=True, skip_distance=4, skip_unigrams=True)
    want = {k: (v.recall, v.precision, v.f) for k, v in expected.items()}
    results, errors = [], []

    def work():
        try:
            for _ in range(50):
                got = precis.rouge(summary, refs, n=2, stem=True, skip_distance=4, skip_unigrams=True)
                results.append({k: (v.recall, v.precision, v.f) for k, v in got.items()})
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 200 and all(r == want for r in results)
