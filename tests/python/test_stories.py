"""precis.cluster, precis.digest and precis.StoryClusterer on the bundled sample feed."""

import json
import subprocess
import threading

import pytest

import precis
from conftest import SAMPLE

EVENTS = {"dam", "vela", "strike"}


def event(article_id):
    return article_id.rsplit("-", 1)[1]


def test_cluster_groups_the_sample_events(sample_articles):
    stories = precis.cluster(sample_articles)
    assert all(isinstance(s, precis.Story) for s in stories)
    assert sorted(a for s in stories for a in s.articles) == sorted(a["id"] for a in sample_articles)
    for s in stories:
        assert len({event(a) for a in s.articles}) == 1, s.articles
    assert {event(s.articles[0]) for s in stories} == EVENTS
    assert stories[0].headline and stories[0].terms
    assert stories[0].to_dict()["articles"] == stories[0].articles


def test_cluster_matches_the_cli(precis_bin, sample_articles):
    out = subprocess.run([str(precis_bin), "-q", "cluster", str(SAMPLE / "articles.jsonl")],
                         check=True, capture_output=True, text=True).stdout
    cli = [json.loads(line) for line in out.splitlines()]
    ours = precis.cluster(sample_articles)
    assert [s["articles"] for s in cli] == [s.articles for s in ours]
    assert [s["headline"] for s in cli] == [s.headline for s in ours]


def test_cluster_options_and_errors(sample_articles):
    one_each = precis.cluster(sample_articles, join=1.0, merge=2.0, refine=0)
    assert len(one_each) >= len(precis.cluster(sample_articles))
    for bad in (dict(join=-0.1), dict(jaccard=0), dict(shingle=0), dict(name_boost=0.5),
                dict(idle_hours=-1), dict(merge=0), dict(threads=-1)):
        with pytest.raises(precis.OptionError):
            precis.cluster(sample_articles, **bad)
    with pytest.raises(precis.InputError, match="nope.tsv"):
        precis.cluster(sample_articles, aliases="/nonexistent/nope.tsv")
    with pytest.raises(TypeError):
        precis.cluster("not a list")
    assert precis.cluster([]) == []


def test_digest_objects_and_renderings(sample_articles):
    digests = precis.digest(sample_articles, words=40)
    assert len(digests) == 3
    texts = {a["id"]: a["text"] for a in sample_articles}
    for d in digests:
        assert isinstance(d, precis.StoryDigest)
        assert 0 < d.summary.words <= 40
        for s in d.summary:
            assert s.doc_id in d.story.articles
            assert texts[s.doc_id][s.char_begin:s.char_end] == s.text
    sizes = [len(d.story.articles) for d in digests]
    assert sizes == sorted(sizes, reverse=True)
    lines = precis.digest(sample_articles, words=40, format="json").splitlines()
    assert [json.loads(x)["articles"] for x in lines] == [d.story.articles for d in digests]
    # The sources and the off-topic sentences of the CLI's JSON are on the objects too.
    for d, line in zip(digests, lines):
        cli = json.loads(line)
        assert d.sources == cli["sources"]
        assert [s["id"] for s in d.sources] == d.story.articles
        assert d.off_topic == cli.get("off_topic", [])
        assert len(d.off_topic) == d.off_topic_sentences
    assert sum(d.off_topic_sentences for d in digests) > 0  # the sample's pasted recall item
    for d in digests:
        for left in d.off_topic:
            assert texts[left["doc_id"]].encode()[left["begin"]:left["end"]].decode() == left["text"]
    html = precis.digest(sample_articles, format="html", title="Test & digest")
    assert html.startswith("<!DOCTYPE html>") or "<html" in html
    assert "Test &amp; digest" in html
    with pytest.raises(precis.OptionError):
        precis.digest(sample_articles, format="pdf")
    with pytest.raises(precis.OptionError):
        precis.digest(sample_articles, method="nope")
    for kwargs, message in ((dict(words=10**20), "words is too large"),
                            (dict(min_articles=2**63), "min_articles is too large"),
                            (dict(shingle=-2**63 - 1), "shingle is too small"),
                            (dict(refine=10**30), "refine is too large")):
        with pytest.raises(precis.OptionError, match=message):
            precis.digest(sample_articles, **kwargs)
    with pytest.raises(precis.OptionError, match="threads is too large"):
        precis.StoryClusterer(threads=10**20)


def test_digest_matches_the_cli(precis_bin, sample_articles):
    out = subprocess.run([str(precis_bin), "-q", "digest", "--format", "json", "-w", "50",
                          str(SAMPLE / "articles.jsonl")], check=True, capture_output=True, text=True).stdout
    ours = precis.digest(sample_articles, words=50, format="json")
    assert ours == out


def test_digest_padding_check_and_background_match_the_cli(precis_bin, sample_articles, tmp_path):
    path = str(SAMPLE / "articles.jsonl")

    def cli(*flags):
        return subprocess.run([str(precis_bin), "-q", "digest", "--format", "json", *flags, path],
                              check=True, capture_output=True, text=True).stdout

    checked = precis.digest(sample_articles, format="json", off_topic_support=0.22)
    assert checked == cli("--padding-check")
    # The feed itself as background weighs words as the feed does.
    assert precis.digest(sample_articles, format="json", off_topic_support=0.22,
                         background=path) == checked
    # Another background changes the weights, as the CLI's does: here one in which no word of
    # the feed occurs, so that every word weighs the same.
    part = tmp_path / "other.jsonl"
    part.write_text("".join(json.dumps({"id": f"o{i}", "text": "Quiet seas and clear skies."})
                            + "\n" for i in range(3)))
    other = precis.digest(sample_articles, format="json", method="centroid", background=str(part))
    assert other == cli("-m", "centroid", "--background", str(part))
    assert other != precis.digest(sample_articles, format="json", method="centroid")
    with pytest.raises(precis.InputError, match="background: no articles"):
        precis.digest(sample_articles, background=[])
    with pytest.raises(TypeError, match="background: expected a path"):
        precis.digest(sample_articles, background=5)
    with pytest.raises(precis.OptionError, match="off_topic_support"):
        precis.digest(sample_articles, off_topic_support=1.5)


def test_digest_takes_the_cli_budgets_query_and_compression(precis_bin, sample_articles):
    path = str(SAMPLE / "articles.jsonl")
    for kwargs, flags in ((dict(sentences=1), ["--sentences", "1"]),
                          (dict(bytes=200, truncate=True), ["--bytes", "200", "--truncate"]),
                          (dict(chars=150), ["--chars", "150"]),
                          (dict(query="spillway repairs"), ["--query", "spillway repairs"]),
                          (dict(compress=True, words=40), ["--compress", "--words", "40"]),
                          (dict(weights=str(SAMPLE.parent / "weights.json")),
                           ["--weights", str(SAMPLE.parent / "weights.json")])):
        cli = subprocess.run([str(precis_bin), "-q", "digest", "--format", "json", *flags, path],
                             check=True, capture_output=True, text=True).stdout
        assert precis.digest(sample_articles, format="json", **kwargs) == cli, flags
    for d in precis.digest(sample_articles, sentences=1):
        assert len(d.summary) <= 1
    with pytest.raises(precis.OptionError, match="give one budget"):
        precis.digest(sample_articles, words=10, sentences=1)
    with pytest.raises(precis.OptionError, match="sentences must be positive"):
        precis.digest(sample_articles, sentences=0)
    with pytest.raises(precis.InputError, match="weights"):
        precis.digest(sample_articles, weights="/nonexistent/w.json")


def test_stream_gives_the_stories_of_cluster(sample_articles):
    ordered = sorted(sample_articles, key=lambda a: a["date"])
    clusterer = precis.StoryClusterer()
    placements = clusterer.add(ordered[:6])
    assert len(placements) == 6
    assert all(p.kind in ("placed", "duplicate") and p.story > 0 for p in placements)
    assert [p.article for p in placements] == [a["id"] for a in ordered[:6]]
    open_now = clusterer.stories()
    assert open_now and all(s.articles for s in open_now)
    assert {a for s in open_now for a in s.articles} == {a["id"] for a in ordered[:6]}
    for a in ordered[6:]:
        assert clusterer.add(a).article == a["id"]
    clusterer.flush()
    stories = clusterer.stories()
    expected = precis.cluster(sample_articles)
    assert sorted(s.articles for s in stories) == sorted(s.articles for s in expected)
    assert clusterer.report["articles"] == len(sample_articles)


def test_stream_reports_duplicates_and_saves_state(sample_articles):
    text = sample_articles[0]["text"]
    clusterer = precis.StoryClusterer()
    first = clusterer.add({"id": "orig", "text": text, "date": "2024-03-11"})
    copy = clusterer.add({"id": "copy", "text": text.replace("Caldwick", "Caldwick town"), "date": "2024-03-11"})
    assert first.kind == "placed"
    assert copy.kind == "duplicate" and copy.duplicate_of == "orig" and copy.story == first.story
    again = clusterer.add({"id": "orig", "text": "Something else entirely about football.", "date": "2024-03-11"})
    assert again.kind == "duplicate_id"
    state = clusterer.save_state()
    assert isinstance(state, bytes) and state.startswith(b"PRECISST")
    restored = precis.StoryClusterer(state=state)
    assert [s.articles for s in restored.stories()] == [s.articles for s in clusterer.stories()]
    nxt = sample_articles[1]
    assert restored.add(nxt).story == clusterer.add(nxt).story
    with pytest.raises(precis.InputError):
        precis.StoryClusterer(state=b"not a state")
    with pytest.raises(precis.OptionError):
        precis.StoryClusterer(state=state, join=0.9)
    with pytest.raises(TypeError):
        clusterer.add(42)


def test_stream_is_safe_from_several_threads(sample_articles):
    clusterer = precis.StoryClusterer()
    errors = []

    def work(chunk):
        try:
            for a in chunk:
                clusterer.add(a)
                clusterer.stories()
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(sample_articles[i::3],)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    clusterer.flush()
    assert sorted(a for s in clusterer.stories() for a in s.articles) == sorted(a["id"] for a in sample_articles)
