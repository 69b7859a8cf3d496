"""What a researcher's first session met: argument errors that name the argument, choices and
languages checked as the command line checks them, clusters given as the dicts of a clusters
file, ROUGE results that json.dumps can write, no silent zero against no reference."""

import json
import warnings

import pytest

import precis
from conftest import shared_file

DOCS = [
    "The river rose on Monday and flooded the lower town. Crews worked through the night.",
    "Flood water reached the market square by noon. The mayor asked the county for pumps.",
    "The river fell on Wednesday. Shops in the lower town began to clear the mud.",
]

CLUSTER = {
    "id": "flood",
    "documents": [{"id": f"d{i}", "text": t} for i, t in enumerate(DOCS)],
    "references": ["The river flooded the lower town; the mayor asked for pumps."],
    "query": "What did the flood damage?",
}


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: precis.summarize(DOCS, num_words=30),
         r"^summarize\(\) got an unexpected keyword argument 'num_words' \(did you mean 'words'\?\)$"),
        (lambda: precis.summarize(DOCS, mthod="lead"), r"did you mean 'method'\?"),
        (lambda: precis.summarize(DOCS, padding_check=True), r"off_topic_support=0.22"),
        (lambda: precis.rouge("a b", ["a"], ngram=2), r"did you mean 'n'\?"),
        (lambda: precis.cluster(DOCS, joinn=0.3), r"did you mean 'join'\?"),
        (lambda: precis.summarize(DOCS, words="30"),
         r"^summarize\(\): words must be int or None, got str '30'$"),
        (lambda: precis.summarize(DOCS, words=30.0), r"words must be int or None, got float 30.0"),
        (lambda: precis.rouge("a", ["a"], stem="yes"), r"stem must be bool or None, got str"),
        (lambda: precis.summarize(DOCS, 30), r"takes 1 positional argument \(documents\)"),
    ],
)
def test_argument_errors_name_the_argument(call, message):
    with pytest.raises(TypeError, match=message) as info:
        call()
    # Never pybind11's dump of the signature and of every argument.
    assert "Invoked with" not in str(info.value)
    assert "incompatible function arguments" not in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_other_type_errors_are_left_alone():
    with pytest.raises(TypeError, match=r"documents\[1\]"):
        precis.summarize(["fine text here.", 42])
    assert precis.summarize.__name__ == "summarize"
    assert "documents" in precis.summarize.__doc__


def test_choices_ignore_case_and_languages_are_checked_as_on_the_command_line():
    lexrank = [s.text for s in precis.summarize(DOCS, method="lexrank", order="score", words=30)]
    assert [s.text for s in precis.summarize(DOCS, method="LexRank", order="Score", words=30)] == lexrank
    assert precis.digest(DOCS, method="AUTO")
    for call in (lambda: precis.summarize(DOCS, language="klingon"),
                 lambda: precis.cluster(DOCS, language="xx"),
                 lambda: precis.digest(DOCS, language="klingon")):
        with pytest.raises(precis.OptionError, match=r"unknown language '(klingon|xx)'"):
            call()
    for language in ("de", "German", "ja", "he"):
        precis.summarize(DOCS, language=language)


def test_chars_budget():
    summary = precis.summarize(DOCS, chars=90, method="lead")
    assert 0 < len(summary.text.replace("\n", "")) <= 90
    with pytest.raises(precis.OptionError, match="give one budget"):
        precis.summarize(DOCS, chars=90, words=10)


def test_articles_keep_author_and_language():
    a = precis.Article("El río creció.", id="es1", author="Ana Ruiz", language="es")
    assert (a.author, a.language) == ("Ana Ruiz", "es")
    assert a.to_dict()["author"] == "Ana Ruiz" and a.to_dict()["language"] == "es"
    assert a != precis.Article("El río creció.", id="es1", author="Luis Gil", language="es")
    c = precis.Cluster([{"text": "El río creció.", "author": "Ana Ruiz", "language": "es"}])
    assert c.articles[0].author == "Ana Ruiz"


def test_clusters_from_the_dicts_of_a_clusters_file():
    cluster = precis.Cluster.from_dict(CLUSTER)
    assert (cluster.id, len(cluster.articles), cluster.query) == ("flood", 3, CLUSTER["query"])
    assert precis.Cluster.from_dict(cluster.to_dict()).to_dict() == cluster.to_dict()
    # summarize takes the dicts as it takes Cluster objects: one, or a list.
    one = precis.summarize(CLUSTER, words=30)
    assert one.text == precis.summarize(cluster, words=30).text
    both = precis.summarize([CLUSTER, dict(CLUSTER, id="again")], words=30)
    assert [s.text for s in both] == [one.text, one.text]
    # Cluster() takes str and dict articles as summarize() does.
    assert len(precis.Cluster(DOCS, id="x").articles) == 3
    with pytest.raises(precis.InputError, match=r"cluster: missing \"documents\""):
        precis.Cluster.from_dict({"id": "x"})
    with pytest.raises(TypeError, match=r"documents\[1\]: expected precis.Cluster"):
        precis.summarize([CLUSTER, "a stray string"])


def test_rouge_results_are_json_serializable():
    scores = precis.rouge("the river flooded the town", ["the river flooded"], n=2)
    written = json.dumps({label: s.to_dict() for label, s in scores.items()})
    assert json.loads(written)["ROUGE-1"]["recall"] == scores["ROUGE-1"].recall
    corpus = precis.rouge_corpus(["the river flooded", "a dog barked"],
                                 [["the river rose"], ["a dog barked loudly"]], n=1)
    d = json.loads(json.dumps(corpus.to_dict()))
    assert d["averages"]["ROUGE-1"]["recall"]["mean"] == corpus.averages["ROUGE-1"].recall.mean
    assert len(d["evaluations"]) == 2 and d["ids"] == corpus.ids


def test_no_reference_is_an_error_not_a_zero():
    with pytest.raises(precis.InputError, match="references: no reference summary"):
        precis.rouge("the cat sat", [], n=1)
    with pytest.raises(precis.InputError, match=r"references\[0\]: no reference summary"):
        precis.rouge_corpus(["the cat sat", "a dog"], [[], ["a dog barked"]], n=1)


def test_background_fixes_the_idf_across_calls(tmp_path):
    path = shared_file("data/duc2004/clusters.jsonl")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", precis.Warning)  # DUC 2004's empty articles
        clusters = precis.read(path)
        together = precis.summarize(clusters, method="lexrank")[:4]
        # One cluster per call: IDF over that cluster alone (the trial: 49 of 50 differ) ...
        alone = [precis.summarize(c, method="lexrank") for c in clusters[:4]]
        assert [s.text for s in alone] != [s.text for s in together]
        # ... unless the background is given: a path, or the clusters themselves.
        # A precis.Background is read and counted once, then shared by every call.
        built = precis.Background(path)
        assert built.articles == sum(len(c.articles) for c in clusters) and built.language == "en"
        for background in (path, clusters, built):
            fixed = [precis.summarize(c, method="lexrank", background=background)
                     for c in clusters[:4]]
            assert [s.text for s in fixed] == [s.text for s in together]
        with pytest.raises(precis.OptionError, match="built for language 'en', used with 'german'"):
            precis.summarize(clusters[0], background=built, language="german")
        with pytest.raises(TypeError, match="already a precis.Background"):
            precis.Background(built)
        # The same language by another name is the same language.
        assert precis.summarize(clusters[0], background=precis.Background(clusters, language="english")).text
    with pytest.raises(TypeError, match="background: expected a path"):
        precis.summarize(DOCS, background=5)
    with pytest.raises(precis.InputError, match="background: no articles"):
        precis.summarize(DOCS, background=[])


def test_summary_to_dict_is_the_cli_json_layout(tmp_path, precis_bin):
    import subprocess
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                            for i, t in enumerate(DOCS)))
    cli = json.loads(subprocess.run([precis_bin, "-q", "summarize", "-f", "json", "-w", "30",
                                     str(path)], capture_output=True, text=True,
                                    check=True).stdout)
    ours = precis.summarize(precis.read(path), words=30).to_dict()
    assert set(cli) <= set(ours)
    assert [s["text"] for s in ours["summary"]] == [s["text"] for s in cli["summary"]]
    for ours_s, cli_s in zip(ours["summary"], cli["summary"]):
        for key in cli_s:
            if key == "score":
                assert ours_s[key] == pytest.approx(cli_s[key], rel=1e-6)
            else:  # tuples in Python, lists in JSON
                assert json.loads(json.dumps(ours_s[key])) == cli_s[key], key
