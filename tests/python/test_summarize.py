"""precis.summarize and precis.read: results, offsets, keywords, errors."""

import json
import threading

import pytest

import precis
from conftest import SAMPLE, shared_file

DAM = [
    "Engineers found a thirty foot crack in the spillway of the Brenmoor Dam on Monday morning. "
    "About 4,200 residents of Caldwick were ordered to leave their homes before nightfall. "
    "The sheriff said buses would carry people without cars to the county fairgrounds.",
    "Crews worked through the night to lower the reservoir behind the Brenmoor Dam. "
    "Pumps moved water around the cracked spillway while engineers studied the damage. "
    "Officials said the town could stay empty for several days while repairs went on.",
    "Caldwick residents were allowed to return home on Wednesday after the evacuation ended. "
    "Engineers said the spillway crack had been braced and the water level was safe again. "
    "The governor promised state money to rebuild the spillway before the spring floods.",
]


def test_summary_sentences_are_verbatim_spans():
    summary = precis.summarize(DAM, words=40)
    assert isinstance(summary, precis.Summary)
    assert 0 < len(summary) <= 3
    assert summary.words <= 40
    for s in summary:
        doc = DAM[int(s.doc_id)]
        assert s.article == int(s.doc_id)
        assert doc[s.char_begin:s.char_end] == s.text
        assert doc.encode()[s.begin:s.end] == s.text.encode()
    assert str(summary) == "".join(s.text + "\n" for s in summary)


def test_character_offsets_differ_from_byte_offsets_after_non_ascii():
    docs = ["Zürich — the café’s owner said the ﬂood reached the old bridge on Tuesday evening. "
            "Water rose over the banks of the river and into the old town before midnight. "
            "Firefighters carried people out of the flooded houses in boats all night long."]
    summary = precis.summarize(docs, sentences=2, method="lead")
    assert len(summary) == 2
    second = summary[1]
    assert second.begin > second.char_begin
    assert docs[0][second.char_begin:second.char_end] == second.text


def test_dict_and_article_documents_keep_their_ids(sample_articles):
    dicts = [a for a in sample_articles if a["id"].endswith("-dam")]
    by_dict = precis.summarize(dicts, words=60)
    articles = [precis.Article(a["text"], id=a["id"], title=a["title"], date=a["date"]) for a in dicts]
    by_article = precis.summarize(articles, words=60)
    assert [s.text for s in by_dict] == [s.text for s in by_article]
    assert {s.doc_id for s in by_dict} <= {a["id"] for a in dicts}


def test_budgets():
    assert len(precis.summarize(DAM, sentences=1)) == 1
    by_bytes = precis.summarize(DAM, bytes=200)
    assert by_bytes.bytes <= 200
    truncated = precis.summarize(DAM, words=25, truncate=True, method="lexrank")
    assert truncated.words <= 25
    assert any(s.truncated for s in truncated) or truncated.words == 25


def test_every_method_runs():
    assert "auto" in precis.methods() and "lexrank" in precis.methods()
    for method in precis.methods():
        summary = precis.summarize(DAM, method=method, words=50)
        assert summary.method == method
        assert len(summary) > 0


def test_order_and_query():
    by_score = precis.summarize(DAM, method="lexrank", words=60, order="score")
    scores = [s.score for s in by_score]
    assert scores == sorted(scores, reverse=True)
    focused = precis.summarize(DAM, method="lexrank", sentences=1, query="governor money rebuild")
    assert "governor" in focused[0].text


def test_defaults_are_the_cli_defaults():
    import inspect
    # help() shows the defaults of the C++ options structs
    doc = precis.summarize.__doc__
    assert "method: str = 'auto'" in doc
    assert "redundancy=0.5" in doc.replace(": float = ", "=")
    assert "min_words: int = 6" in doc


def test_clusters_give_one_summary_each():
    clusters = precis.read(SAMPLE / "stories.jsonl")
    assert all(isinstance(c, precis.Cluster) for c in clusters)
    summaries = precis.summarize(clusters, words=50, threads=2)
    assert [s.id for s in summaries] == [c.id for c in clusters]
    one = precis.summarize(clusters[0], words=50)
    assert one.id == clusters[0].id


def test_read_articles_and_formats(sample_articles):
    articles = precis.read(SAMPLE / "articles.jsonl")
    assert [a.id for a in articles] == [a["id"] for a in sample_articles]
    assert articles[0].title == sample_articles[0]["title"]
    assert articles[0].to_dict()["text"] == sample_articles[0]["text"]
    with pytest.raises(precis.OptionError):
        precis.read(SAMPLE / "articles.jsonl", input_format="xml")


def test_read_errors_carry_the_cli_messages(tmp_path):
    with pytest.raises(precis.InputError, match="missing.jsonl"):
        precis.read(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "fine text here."}\n{"id": "b", "text": \n')
    with pytest.raises(precis.InputError, match=r"bad\.jsonl:2"):
        precis.read(bad)
    with pytest.warns(precis.Warning, match=r"bad\.jsonl:2"):
        articles = precis.read(bad, skip_bad=True)
    assert [a.id for a in articles] == ["a"]
    with pytest.raises(TypeError):
        precis.read(42)


def test_read_extracts_html_in_text_unless_kept(tmp_path):
    page = tmp_path / "pages.jsonl"
    page.write_text(json.dumps({
        "id": "p1",
        "text": "<p>Two ferries collided.</p><p>Fog was thick in the harbour.</p>"}) + "\n")
    with pytest.warns(precis.Warning, match=r"pages\.jsonl:1: .*main text was extracted"):
        articles = precis.read(page)
    assert articles[0].text == "Two ferries collided.\n\nFog was thick in the harbour."
    with pytest.warns(precis.Warning, match="kept as given"):
        kept = precis.read(page, html_text="keep")
    assert kept[0].text.startswith("<p>Two ferries")
    with pytest.raises(precis.OptionError, match="html_text"):
        precis.read(page, html_text="strip")


def test_wrong_types_raise_type_error():
    with pytest.raises(TypeError):
        precis.summarize("a single string is not a list of documents")
    with pytest.raises(TypeError, match=r"documents\[1\]"):
        precis.summarize(["fine text here.", 42])
    with pytest.raises(TypeError):
        precis.summarize([{"text": b"bytes"}])
    with pytest.raises(TypeError):
        precis.summarize(DAM, words="ten")
    with pytest.raises(TypeError):
        precis.summarize(DAM, "lexrank")  # keywords only


def test_empty_documents():
    with pytest.raises(precis.InputError, match="no articles"):
        precis.summarize([])
    with pytest.warns(precis.Warning, match="empty text"):
        with pytest.raises(precis.InputError, match="no articles"):
            precis.summarize(["", "   \n"])
    with pytest.warns(precis.Warning, match=r"documents\[1\]"):
        summary = precis.summarize([DAM[0], ""], sentences=1)
    assert len(summary) == 1
    with pytest.raises(precis.InputError, match="text"):
        precis.summarize([{"id": "x"}])


def test_an_empty_cluster_of_a_list_keeps_its_place():
    # As `precis summarize` skips an empty cluster of a file with a warning, one empty cluster
    # does not cost the batch (a researcher's trial lost all 50 summaries to it).
    clusters = [{"id": "dam", "documents": [{"id": "a", "text": t} for t in DAM]},
                {"id": "none", "documents": []}]
    with pytest.warns(precis.Warning, match=r"documents\[1\] \(cluster none\): no articles"):
        summaries = precis.summarize(clusters, sentences=1)
    assert [s.id for s in summaries] == ["dam", "none"]
    assert len(summaries[0].sentences) == 1
    assert summaries[1].sentences == [] and summaries[1].words == 0
    with pytest.warns(precis.Warning):
        with pytest.raises(precis.InputError, match="no articles"):
            precis.summarize([{"id": "none", "documents": []}])


def test_invalid_options_raise_option_error():
    cases = [
        dict(method="nope"),
        dict(words=0),
        dict(words=10, bytes=100),
        dict(redundancy=1.5),
        dict(mmr_lambda=-0.1),
        dict(order="random"),
        dict(min_words=-1),
    ]
    for kwargs in cases:
        with pytest.raises(precis.OptionError):
            precis.summarize(DAM, **kwargs)
    assert issubclass(precis.OptionError, ValueError)
    assert issubclass(precis.OptionError, precis.Error)
    assert issubclass(precis.InputError, precis.Error)
    with pytest.raises(precis.OptionError, match="unknown method|not one of"):
        precis.summarize(DAM, method="nope")
    # The library's check names the keyword and the value (NaN is out of every range).
    for kwargs, message in ((dict(redundancy=1.5), r"redundancy must be in \[0, 1\], got 1.5"),
                            (dict(mmr_lambda=float("nan")), r"mmr_lambda must be in \[0, 1\], got nan"),
                            (dict(off_topic_support=float("inf")), r"off_topic_support .* got inf")):
        with pytest.raises(precis.OptionError, match=message):
            precis.summarize(DAM, **kwargs)
    # Ints beyond 64 bits are out of range, named as such (not pybind11's TypeError); floats
    # and strings are still the wrong type.
    for kwargs, message in ((dict(words=10**20), "words is too large, got 100000000000000000000"),
                            (dict(sentences=-10**30), "sentences is too small"),
                            (dict(threads=2**64), "threads is too large"),
                            (dict(max_words=10**19), "max_words is too large")):
        with pytest.raises(precis.OptionError, match=message):
            precis.summarize(DAM, **kwargs)
    for bad in (dict(words=2.5), dict(words="100")):
        with pytest.raises(TypeError):
            precis.summarize(DAM, **bad)
    assert precis.summarize(DAM, sentences=True, method="lead")[0].text  # bool is an int


def test_threads_give_the_same_results():
    expected = [s.text for s in precis.summarize(DAM, method="auto", words=60)]
    results, errors = [], []

    def work():
        try:
            for _ in range(5):
                results.append([s.text for s in precis.summarize(DAM, method="auto", words=60)])
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 20
    assert all(r == expected for r in results)


def test_query_keywords_reach_the_options():
    plain = precis.summarize(DAM, method="lexrank", sentences=1)
    ignored = precis.summarize(DAM, method="lexrank", sentences=1, query="governor money rebuild",
                               query_weight=0.0)
    assert [s.text for s in ignored] == [s.text for s in plain]
    steered = precis.summarize(DAM, method="lexrank", sentences=1, query="governor money rebuild",
                               query_weight=1.0, query_expansion=3, query_feedback=2,
                               query_expansion_weight=0.25)
    assert "governor" in steered[0].text
    for bad in ({"query_weight": 1.5}, {"query_weight": float("nan")},
                {"query_expansion_weight": -1.0}, {"query_expansion": -2},
                {"query_feedback": -1}):
        with pytest.raises(precis.OptionError, match=next(iter(bad))):
            precis.summarize(DAM, query="governor", **bad)


def test_topic_title_is_read_kept_and_focuses(tmp_path):
    path = tmp_path / "topics.jsonl"
    docs = [{"id": str(i), "text": t} for i, t in enumerate(DAM)]
    path.write_text('{"id": "T1", "topic_title": "governor money rebuild", "documents": '
                    + __import__("json").dumps(docs) + "}\n")
    [cluster] = precis.read(path)
    assert cluster.topic_title == "governor money rebuild" and cluster.query == ""
    focused = precis.summarize(cluster, method="lexrank", sentences=1, query_weight=1.0)
    assert "governor" in focused[0].text
    made = precis.Cluster(cluster.articles, id="T2", topic_title="evacuation buses")
    assert made.topic_title == "evacuation buses"
    assert precis.summarize(made, method="lexrank", sentences=1, query_weight=0.0)[0].text == \
        precis.summarize(precis.Cluster(cluster.articles), method="lexrank", sentences=1)[0].text


FLOOD = [
    "Flood waters (the worst in fifty years) forced thousands of people from their homes in "
    "Marlow on Monday, officials said. On Tuesday, Mayor Ana Ruiz asked the national government "
    "for emergency aid for the flooded homes. The river _ swollen by a week of heavy rain _ broke "
    "through two levees near the old mill.",
    "The flood in Marlow forced thousands of people from their homes, the Red Cross said. "
    "Emergency aid (food, water and blankets) arrived in Marlow on Wednesday, officials said. "
    "The river broke through two levees near the old mill, city engineers said.",
    "Marlow was hit by the worst flood in fifty years, residents said. In Marlow, Governor Tom "
    "Field promised emergency aid for the flooded homes. The levees near the old mill (built "
    "long ago) broke on Monday, the engineer said.",
]


def test_every_sentence_is_made_of_its_spans():
    for compress in (False, True):
        summary = precis.summarize(FLOOD, words=45, compress=compress, truncate=True)
        cut = 0
        for s in summary:
            doc = FLOOD[int(s.doc_id)]
            assert "".join(doc[b:e] for b, e in s.char_spans) == s.text
            raw = doc.encode()
            assert b"".join(raw[b:e] for b, e in s.spans) == s.text.encode()
            assert (s.begin, s.end) == (s.spans[0][0], s.spans[-1][1])
            assert s.to_dict()["spans"] == s.spans
            cut += len(s.spans) > 1
        if compress:
            assert cut >= 1
        else:
            assert cut == 0


WEIGHTS = SAMPLE.parent / "weights.json"


def test_weights_file_is_the_default_and_another_one_changes_the_summary(tmp_path):
    clusters = precis.read(shared_file("data/duc2004/clusters.jsonl"))[:6]
    default = [[s.text for s in x] for x in precis.summarize(clusters, words=100)]
    shipped = precis.summarize(clusters, words=100, weights=WEIGHTS)  # an os.PathLike
    assert [[s.text for s in x] for x in shipped] == default
    model = json.loads(WEIGHTS.read_text())
    model["generic"].update(df_power=0.5, lead_bonus=0, unigram_weight=1)
    other = tmp_path / "flat.json"
    other.write_text(json.dumps(model))
    changed = precis.summarize(clusters, words=100, weights=str(other))
    assert [[s.text for s in x] for x in changed] != default


def test_bad_weights_files_raise_input_error_naming_file_and_field(tmp_path):
    with pytest.raises(precis.InputError, match="no-such-weights.json"):
        precis.summarize(DAM, weights=tmp_path / "no-such-weights.json")
    model = json.loads(WEIGHTS.read_text())
    model["version"] = 99
    bad = tmp_path / "v99.json"
    bad.write_text(json.dumps(model))
    with pytest.raises(precis.InputError, match="version"):
        precis.summarize(DAM, weights=bad)
    del model["generic"]["df_power"]
    model["version"] = 2
    bad.write_text(json.dumps(model))
    with pytest.raises(precis.InputError, match="df_power"):
        precis.summarize(DAM, weights=bad)
    with pytest.raises(TypeError):
        precis.summarize(DAM, weights=5)


def test_padding_check_keyword_counts_what_it_removes():
    clusters = precis.read(shared_file("data/duc2004/clusters.jsonl"))[:10]
    off = precis.summarize(clusters, words=100)
    on = precis.summarize(clusters, words=100, off_topic_support=0.5)
    assert sum(s.off_topic_sentences for s in off) == 0
    assert sum(s.off_topic_sentences for s in on) > 0
    assert all(len(s) > 0 for s in on)
    assert on[0].to_dict()["off_topic_sentences"] == on[0].off_topic_sentences
    # Each removed sentence is listed with its article and bytes.
    texts = {a.id: a.text.encode() for c in clusters for a in c.articles}
    for s in on:
        assert len(s.off_topic) == s.off_topic_sentences
        assert s.to_dict().get("off_topic", []) == s.off_topic
        for left in s.off_topic:
            assert texts[left["doc_id"]][left["begin"]:left["end"]].decode() == left["text"]
    for bad in (1.5, -0.1, float("nan")):
        with pytest.raises(precis.OptionError, match="off_topic_support"):
            precis.summarize(DAM, off_topic_support=bad)


def test_sentences_split_as_every_function_does():
    text = "Le café a fermé. Der Rest folgt."
    got = precis.sentences(DAM[0])
    assert [s for _, _, s in got] == [
        "Engineers found a thirty foot crack in the spillway of the Brenmoor Dam on Monday morning.",
        "About 4,200 residents of Caldwick were ordered to leave their homes before nightfall.",
        "The sheriff said buses would carry people without cars to the county fairgrounds.",
    ]
    for begin, end, sentence in got:
        assert DAM[0][begin:end] == sentence
    # Character offsets, not bytes, after non-ASCII text.
    for begin, end, sentence in precis.sentences(text, language="fr"):
        assert text[begin:end] == sentence
    # The language's abbreviations: German ordinals and "z. B." do not end a sentence.
    german = "Der Bundestag hat am 11. März getagt. Betroffen ist z. B. die Altstadt."
    assert len(precis.sentences(german, language="de")) == 2
    assert len(precis.sentences(precis.Article(german, language="de"))) == 2
    assert len(precis.sentences(german)) > 2  # read as English
    with pytest.raises(precis.OptionError):
        precis.sentences(german, language="klingon")
    with pytest.raises(TypeError):
        precis.sentences(42)
    assert precis.sentences("") == []


def test_length_limits_are_checked_as_the_cli_checks_them():
    for kwargs, message in ((dict(min_words=50, max_words=10),
                             r"min_words \(50\) is above max_words \(10\)"),
                            (dict(max_words=0), "max_words must be at least 1, got 0"),
                            (dict(threads=5000), "threads must be between 0 .* and 1024, got 5000")):
        with pytest.raises(precis.OptionError, match=message):
            precis.summarize(DAM, words=40, **kwargs)


def test_what_the_method_relaxed_is_warned_and_kept():
    # No sentence of DAM has 40-45 words: the limits are adapted, as the CLI warns.
    with pytest.warns(precis.Warning, match="length limits were adapted"):
        s = precis.summarize(DAM, words=40, min_words=40, max_words=45)
    assert len(s) > 0
    assert any("length limits were adapted" in w for w in s.warnings)
    assert s.to_dict()["warnings"] == s.warnings
    with pytest.warns(precis.Warning, match="the query has no content word"):
        q = precis.summarize(DAM, words=40, query="What were the, and of which?")
    assert [x.text for x in q] == [x.text for x in precis.summarize(DAM, words=40)]
    plain = precis.summarize(DAM, words=40)
    assert plain.warnings == [] and "warnings" not in plain.to_dict()


def test_a_dict_without_documents_is_named():
    with pytest.raises(TypeError, match='needs a "documents" list'):
        precis.summarize({"id": "D1", "query": "What happened?", "docs": DAM})
    with pytest.raises(TypeError, match=r"summarize\(\[article\]\)"):
        precis.summarize({"id": "a1", "text": DAM[0]})
