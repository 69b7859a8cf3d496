// Digests: off-topic sentences are left out, duplicates are not summarized twice, renderings
// are complete and escaped.
#include <gtest/gtest.h>

#include <algorithm>

#include "precis/story.h"

namespace precis {
namespace {

const char* kPasted =
    "Messi lifted the trophy in Berlin as Barcelona won its fifth European football title.";

std::vector<Article> Feed() {
  auto make = [](std::string id, std::string text) {
    Article a;
    a.id = std::move(id);
    a.text = std::move(text);
    return a;
  };
  return {
      // The first sentence is pasted from the football story.
      make("q1", std::string(kPasted) +
                     " A strong earthquake struck central Chile on Monday, killing at least "
                     "twelve people in the port city of Valparaiso. Rescue teams searched the "
                     "rubble of collapsed buildings for survivors. The earthquake damaged roads "
                     "and bridges across central Chile. Officials in Valparaiso said the death "
                     "toll could rise as rescue teams reach remote villages. Chile's president "
                     "promised aid for the families left homeless by the earthquake."),
      make("q2",
           "Rescue teams in Chile pulled survivors from collapsed buildings after the "
           "earthquake. The death toll in Valparaiso rose to twenty, officials said on Tuesday."),
      make("q3",
           "Aftershocks rattled Valparaiso as Chile counted the damage from the earthquake. "
           "Thousands of residents slept outside, fearing their homes would collapse."),
      make("q2-copy",
           "Rescue teams in Chile pulled survivors from collapsed buildings after the "
           "earthquake. The death toll in Valparaiso rose to twenty, officials said on Tuesday."),
      make("f1",
           "Barcelona won the European football final on Saturday, beating Juventus two goals "
           "to one in Berlin. Messi scored the winning goal in the second half."),
      make("f2",
           "Fans of Barcelona celebrated in the streets after the final against Juventus. "
           "Messi lifted the trophy in Berlin as the football club won its fifth European "
           "title."),
  };
}

std::vector<std::string_view> Texts(const std::vector<Article>& feed) {
  std::vector<std::string_view> texts;
  for (const Article& a : feed) texts.push_back(a.text);
  return texts;
}

TEST(OffTopic, PastedSentenceIsFound) {
  const std::vector<Article> feed = Feed();
  std::vector<std::string_view> texts;
  for (const Article& a : feed) texts.push_back(a.text);
  const std::vector<std::vector<uint32_t>> stories = {{0, 1, 2}, {4, 5}};
  const auto off = OffTopicSentences(texts, stories, DigestOptions());
  ASSERT_EQ(off.size(), feed.size());
  ASSERT_EQ(off[0].size(), 1u);
  EXPECT_EQ(off[0][0].of(texts[0]), kPasted);
  for (size_t i = 1; i < off.size(); ++i) EXPECT_TRUE(off[i].empty()) << i;
  // Thresholds at zero turn the filter off.
  DigestOptions none;
  none.off_topic_threshold = 0;
  none.unrelated_threshold = 0;
  for (const auto& spans : OffTopicSentences(texts, stories, none)) EXPECT_TRUE(spans.empty());
}

// A report of the same event that the clusterer kept apart (an undated article placed late, in
// a trial) is not "elsewhere": a sentence of the story closer to it stays. Counting every story
// (same_subject_threshold above 1) left the exporters' sentence out of the quake story.
TEST(OffTopic, AnotherStoryOfTheSameSubjectIsNotElsewhere) {
  std::vector<Article> feed = Feed();
  feed[0].text =
      "A strong earthquake struck central Chile on Monday, killing at least twelve people in the "
      "port city of Valparaiso. Exporters of frozen fish and timber warned that perishable cargo "
      "was already spoiling on the quays. Rescue teams searched the rubble of collapsed "
      "buildings for survivors.";
  Article piece;
  piece.id = "q4";
  piece.text =
      "The earthquake in Chile closed the port of Valparaiso, where rescue teams still search "
      "collapsed buildings for survivors. Exporters of frozen fish and timber said perishable "
      "cargo is spoiling on the quays of Valparaiso.";
  feed.push_back(piece);
  std::vector<std::string_view> texts;
  for (const Article& a : feed) texts.push_back(a.text);
  const std::vector<std::vector<uint32_t>> stories = {{0, 1, 2}, {4, 5}, {6}};
  DigestOptions every;
  every.same_subject_threshold = 2;
  const auto counted = OffTopicSentences(texts, stories, every);
  ASSERT_EQ(counted[0].size(), 1u);
  EXPECT_TRUE(counted[0][0].of(texts[0]).starts_with("Exporters of frozen fish"));
  for (const auto& spans : OffTopicSentences(texts, stories, DigestOptions())) {
    EXPECT_TRUE(spans.empty());
  }
  // A pasted sentence of another subject is still found with the default.
  const auto off = OffTopicSentences(Texts(Feed()), {{0, 1, 2}, {4, 5}}, DigestOptions());
  EXPECT_EQ(off[0].size(), 1u);
}

TEST(Digest, SummariesSkipOffTopicSentencesAndDuplicates) {
  const std::vector<Article> feed = Feed();
  std::vector<Story> stories;
  StoryReport report;
  ASSERT_TRUE(ClusterArticles(feed, StoryOptions(), &stories, &report).ok());
  ASSERT_EQ(stories.size(), 2u);
  ASSERT_EQ(report.duplicates, 1u);
  DigestOptions options;
  options.summarize.method = "lead";  // would take the pasted first sentence of q1
  options.summarize.budget.limit = 60;
  std::vector<StoryDigest> digests;
  ASSERT_TRUE(BuildDigest(feed, stories, options, &digests).ok());
  ASSERT_EQ(digests.size(), 2u);
  const StoryDigest& quake = digests[0].story.articles.size() == 4 ? digests[0] : digests[1];
  EXPECT_EQ(quake.articles_summarized, 3u);  // q2-copy is not summarized again
  EXPECT_EQ(quake.off_topic_sentences, 1u);
  // The digest says which sentence it left out, cited by article and bytes.
  ASSERT_EQ(quake.off_topic.size(), 1u);
  {
    const LeftOutSentence& left = quake.off_topic[0];
    EXPECT_NE(left.text.find("Messi"), std::string::npos) << left.text;
    const Article& src = *std::find_if(feed.begin(), feed.end(),
                                       [&](const Article& a) { return a.id == left.article_id; });
    EXPECT_EQ(src.text.substr(left.begin, left.end - left.begin), left.text);
  }
  ASSERT_FALSE(quake.summary.sentences.empty());
  for (const SummarySentence& s : quake.summary.sentences) {
    EXPECT_EQ(s.text.find("Messi"), std::string::npos) << s.text;
    EXPECT_NE(s.doc_id, "q2-copy");
    // Offsets still point into the original article.
    const Article& src =
        *std::find_if(feed.begin(), feed.end(), [&](const Article& a) { return a.id == s.doc_id; });
    EXPECT_EQ(src.text.substr(s.begin, s.end - s.begin), s.text);
  }
  // Progress: one call per summarized story; min_articles leaves the 1-article story out.
  std::vector<std::pair<size_t, size_t>> calls;
  options.progress = [&](size_t done, size_t total) { calls.emplace_back(done, total); };
  options.min_articles = 2;
  ASSERT_TRUE(BuildDigest(feed, stories, options, &digests).ok());
  const size_t summarized = digests.size();
  ASSERT_EQ(calls.size(), summarized);
  for (size_t k = 0; k < calls.size(); ++k) {
    EXPECT_EQ(calls[k], std::make_pair(k + 1, summarized));
  }
  options.progress = nullptr;
  options.min_articles = 1;
  // Without the filter, lead takes the pasted sentence.
  options.off_topic_threshold = options.unrelated_threshold = 0;
  ASSERT_TRUE(BuildDigest(feed, stories, options, &digests).ok());
  const StoryDigest& raw = digests[0].story.articles.size() == 4 ? digests[0] : digests[1];
  bool pasted = false;
  for (const SummarySentence& s : raw.summary.sentences) pasted |= s.text == kPasted;
  EXPECT_TRUE(pasted);
}

// Two reports of a flood: b repeats two sentences of a (one rewritten) and adds one.
const char* kFloodA =
    "The river rose three meters overnight in the valley. Rescue teams reached the village of "
    "Tarn on Monday after the flood. Schools across the region were closed.";
const char* kFloodB =
    "Rescue teams reached the village of Tarn on Monday after the floods, officials said. "
    "Farmers counted their drowned cattle along the banks. The river rose three meters "
    "overnight in the valley.";
const char* kRewritten =
    "b: Rescue teams reached the village of Tarn on Monday after the floods, officials said.";

Article Make(std::string id, std::string text) {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  return a;
}

Story StoryOf(std::vector<std::string> ids) {
  Story s;
  s.id = 1;
  s.articles = std::move(ids);
  return s;
}

// Lead over every sentence: without any filter the summary is the whole story, so what is
// left out is what the digest blanked. The summarizer's own redundancy check is off (it still
// drops identical sentences).
DigestOptions Everything() {
  DigestOptions options;
  options.summarize.method = "lead";
  options.summarize.budget.limit = 500;
  options.summarize.redundancy_threshold = 1.0;
  options.summarize.min_sentence_words = 1;
  return options;
}

// "doc: sentence" for every summary sentence, sorted; checks that the offsets of each still
// point at its text in the original article.
std::vector<std::string> SummaryTexts(const StoryDigest& d, const std::vector<Article>& feed) {
  std::vector<std::string> out;
  for (const SummarySentence& s : d.summary.sentences) {
    const auto src =
        std::find_if(feed.begin(), feed.end(), [&](const Article& a) { return a.id == s.doc_id; });
    EXPECT_NE(src, feed.end()) << s.doc_id;
    if (src == feed.end()) continue;
    EXPECT_EQ(src->text.substr(s.begin, s.end - s.begin), s.text);
    out.push_back(s.doc_id + ": " + s.text);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Digest, RepeatedSentencesAreSummarizedOnce) {
  const std::vector<Article> feed = {Make("a", kFloodA), Make("b", kFloodB)};
  std::vector<StoryDigest> digests;
  ASSERT_TRUE(BuildDigest(feed, {StoryOf({"a", "b"})}, Everything(), &digests).ok());
  ASSERT_EQ(digests.size(), 1u);
  EXPECT_EQ(digests[0].duplicate_sentences, 2u);
  EXPECT_EQ(digests[0].articles_summarized, 2u);
  EXPECT_EQ(SummaryTexts(digests[0], feed),
            (std::vector<std::string>{
                "a: Rescue teams reached the village of Tarn on Monday after the flood.",
                "a: Schools across the region were closed.",
                "a: The river rose three meters overnight in the valley.",
                "b: Farmers counted their drowned cattle along the banks.",
            }));
  // The earlier article in the story's order keeps the sentence.
  ASSERT_TRUE(BuildDigest(feed, {StoryOf({"b", "a"})}, Everything(), &digests).ok());
  EXPECT_EQ(digests[0].duplicate_sentences, 2u);
  EXPECT_EQ(SummaryTexts(digests[0], feed),
            (std::vector<std::string>{
                "a: Schools across the region were closed.",
                "b: Farmers counted their drowned cattle along the banks.",
                kRewritten,
                "b: The river rose three meters overnight in the valley.",
            }));
  // Turned off, the rewritten copy reaches the summary too.
  DigestOptions keep = Everything();
  keep.drop_duplicate_sentences = false;
  ASSERT_TRUE(BuildDigest(feed, {StoryOf({"a", "b"})}, keep, &digests).ok());
  EXPECT_EQ(digests[0].duplicate_sentences, 0u);
  const std::vector<std::string> all = SummaryTexts(digests[0], feed);
  EXPECT_EQ(all.size(), 5u);
  EXPECT_NE(std::find(all.begin(), all.end(), kRewritten), all.end());
}

TEST(Digest, DuplicateSentenceEdgeCases) {
  const std::vector<Article> feed = {
      Make("one", "The river rose three meters overnight in the valley."),
      Make("two", "The river rose three meters overnight in the valley, police said."),
      Make("a", kFloodA),
      Make("copy",
           "Schools across the region were closed. The river rose three meters overnight in "
           "the valley."),
      Make("self", "The dam held. The dam held. Engineers inspected the dam."),
      Make("short", "The dam held. Nobody was hurt."),
  };
  std::vector<StoryDigest> digests;
  // One-sentence articles.
  ASSERT_TRUE(BuildDigest(feed, {StoryOf({"one", "two"})}, Everything(), &digests).ok());
  EXPECT_EQ(digests[0].duplicate_sentences, 1u);
  EXPECT_EQ(SummaryTexts(digests[0], feed),
            std::vector<std::string>{"one: The river rose three meters overnight in the valley."});
  // An article made only of sentences of an earlier one is blanked whole; the summary of the
  // rest still works.
  ASSERT_TRUE(BuildDigest(feed, {StoryOf({"a", "copy"})}, Everything(), &digests).ok());
  EXPECT_EQ(digests[0].duplicate_sentences, 2u);
  EXPECT_EQ(digests[0].articles_summarized, 2u);
  for (const SummarySentence& s : digests[0].summary.sentences) EXPECT_EQ(s.doc_id, "a");
  EXPECT_EQ(SummaryTexts(digests[0], feed).size(), 3u);
  // A sentence repeated within one article is the article's own: not counted (the summarizer
  // takes it once anyway). A short sentence (under three shingles) of another article only
  // counts when identical.
  ASSERT_TRUE(BuildDigest(feed, {StoryOf({"self", "short"})}, Everything(), &digests).ok());
  EXPECT_EQ(digests[0].duplicate_sentences, 1u);
  EXPECT_EQ(SummaryTexts(digests[0], feed),
            (std::vector<std::string>{"self: Engineers inspected the dam.", "self: The dam held.",
                                      "short: Nobody was hurt."}));
  // A story of one article has nothing to compare with.
  ASSERT_TRUE(BuildDigest(feed, {StoryOf({"self"})}, Everything(), &digests).ok());
  EXPECT_EQ(digests[0].duplicate_sentences, 0u);
  // Invalid thresholds are an error only while the filter is on.
  DigestOptions bad = Everything();
  bad.sentence_dedup.jaccard_threshold = 0;
  EXPECT_EQ(BuildDigest(feed, {StoryOf({"a"})}, bad, &digests).code(),
            Status::Code::kInvalidArgument);
  bad.drop_duplicate_sentences = false;
  EXPECT_TRUE(BuildDigest(feed, {StoryOf({"a"})}, bad, &digests).ok());
}

TEST(Digest, UnknownArticleAndBadOptions) {
  const std::vector<Article> feed = Feed();
  Story s;
  s.id = 1;
  s.articles = {"nope"};
  std::vector<StoryDigest> digests;
  EXPECT_EQ(BuildDigest(feed, {s}, DigestOptions(), &digests).code(),
            Status::Code::kInvalidArgument);
  s.articles = {"q1"};
  DigestOptions bad;
  bad.summarize.method = "nosuch";
  EXPECT_EQ(BuildDigest(feed, {s}, bad, &digests).code(), Status::Code::kInvalidArgument);
}

TEST(Digest, RenderingsAreCompleteAndEscaped) {
  StoryDigest d;
  d.story.id = 4;
  d.story.articles = {"a<1>", "b"};
  d.story.duplicates = {{"b", "a<1>"}};
  d.story.headline = "Quake & \"aftershocks\" <script>alert(1)</script>";
  d.story.terms = {"chile", "quake"};
  d.story.first_date = "2010-02-27";
  d.story.last_date = "2010-03-01";
  SummarySentence sentence;
  sentence.text = "Rescue teams\nsearched <the> rubble.";
  sentence.doc_id = "a<1>";
  d.summary.sentences.push_back(sentence);
  d.summary.method = "lexrank";
  d.articles_summarized = 1;
  d.off_topic_sentences = 2;
  d.off_topic = {{"a<1>", 40, 66, "Messi <scored> twice\non Sunday."},
                 {"b", 0, 20, "Stocks fell & rose."}};
  d.duplicate_sentences = 1;
  // Where each article came from: a sentence is cited by its outlet, linked when the url is a
  // web link (never a javascript: one), and the story lists its sources.
  d.sources = {
      {"a<1>", "Quake <hits>", "Andes Wire", "https://wire.example/a?x=1&y=2", "2010-02-27"},
      {"b", "", "Coast <News>", "javascript:alert(2)", ""}};

  const std::string html = DigestToHtml({d}, "News <today>");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("Quake &amp; &quot;aftershocks&quot;"), std::string::npos);
  EXPECT_NE(html.find("<title>News &lt;today&gt;</title>"), std::string::npos);
  EXPECT_NE(html.find("Rescue teams searched &lt;the&gt; rubble."), std::string::npos);
  EXPECT_NE(html.find("b (Coast &lt;News&gt;, a copy of a&lt;1&gt; from Andes Wire)"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<a class=\"src\" title=\"a&lt;1&gt;\" "
                      "href=\"https://wire.example/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">"
                      "Andes Wire</a>"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_NE(html.find("Quake &lt;hits&gt;</a>"), std::string::npos);
  EXPECT_NE(html.find("<li dir=\"auto\">(untitled) <span class=\"meta\">Coast &lt;News&gt;, b"),
            std::string::npos)
      << html;
  // The sentences left out as off-topic are listed, escaped, with their outlet.
  EXPECT_NE(html.find("<summary>Left out as off-topic</summary><ul>\n<li dir=\"auto\">Messi "
                      "&lt;scored&gt; twice on Sunday. <span class=\"meta\">Andes Wire</span>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("Stocks fell &amp; rose. <span class=\"meta\">Coast &lt;News&gt;</span>"),
            std::string::npos);
  EXPECT_NE(html.find("</html>"), std::string::npos);

  const std::string text = DigestToText({d});
  EXPECT_NE(text.find("# Story 4: Quake"), std::string::npos);
  EXPECT_NE(text.find("2010-02-27 to 2010-03-01"), std::string::npos);
  EXPECT_NE(text.find("Rescue teams searched <the> rubble.\n"), std::string::npos);
  EXPECT_NE(text.find("Duplicates: b (of a<1>)"), std::string::npos);
  EXPECT_NE(text.find("2 off-topic sentences left out"), std::string::npos);
  EXPECT_NE(text.find("1 duplicate sentence left out"), std::string::npos);
  EXPECT_NE(html.find("1 duplicate sentence left out"), std::string::npos);
  EXPECT_NE(text.find("Sources:\n  a<1>: Quake <hits> - Andes Wire, 2010-02-27, "
                      "https://wire.example/a?x=1&y=2\n  b: (untitled) - Coast <News>, "
                      "javascript:alert(2)\n"),
            std::string::npos)
      << text;

  const std::string json = DigestToJsonLines({d});
  EXPECT_NE(json.find("\"summary\":[{"), std::string::npos);
  EXPECT_NE(json.find("\"off_topic_sentences\":2"), std::string::npos);
  EXPECT_NE(json.find("\"off_topic\":[{\"begin\":40,\"doc_id\":\"a<1>\",\"end\":66,"
                      "\"text\":\"Messi <scored> twice\\non Sunday.\"}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"duplicate_sentences\":1"), std::string::npos);
  EXPECT_NE(json.find("\"sources\":[{\"date\":\"2010-02-27\",\"id\":\"a<1>\",\"language\":\"\","
                      "\"source\":\"Andes Wire\",\"title\":\"Quake <hits>\""),
            std::string::npos)
      << json;
  EXPECT_EQ(json.back(), '\n');
  EXPECT_EQ(DigestToText({}), "");
}

// A compressed sentence (several source spans) shows where words were left out, and every
// sentence carries its spans for tracing, in the HTML and in JSON.
// The news keeps its language in the HTML digest (the page's own words are English): a
// Japanese story's headline, terms and sentences carry lang="ja", so that a browser draws its
// Han characters with Japanese glyphs (a trial's digest had lang="en" on everything).
TEST(Digest, HtmlMarksTheLanguageOfTheNews) {
  std::vector<Article> articles = {{"j1", "東京で桜が開花", "", "", "2025-03-24",
                                    "東京で桜の開花が発表されました。平年より二日早い開花です。"},
                                   {"j2", "桜の開花を発表", "", "", "2025-03-24",
                                    "気象庁は東京で桜が開花したと発表しました。見頃は来週です。"},
                                   {"d1", "Kirschblüte in Berlin", "", "", "2025-04-01",
                                    "In Berlin blühen die Kirschen. Die Stadt feiert."}};
  articles[2].language = "Deutsch";
  std::vector<StoryDigest> digests;
  ASSERT_TRUE(
      BuildDigest(articles, {StoryOf({"j1", "j2"}), StoryOf({"d1"})}, Everything(), &digests).ok());
  ASSERT_EQ(digests.size(), 2u);
  const std::string html = DigestToHtml(digests, "News");
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("<p dir=\"auto\" lang=\"ja\""), std::string::npos) << html;
  EXPECT_NE(html.find("<h2 dir=\"auto\" lang=\"ja\">"), std::string::npos) << html;
  EXPECT_NE(html.find("<p dir=\"auto\" lang=\"de\""), std::string::npos) << html;
  const std::string json = DigestToJsonLines(digests);
  EXPECT_NE(json.find("\"language\":\"ja\""), std::string::npos);
  EXPECT_NE(json.find("\"language\":\"de\""), std::string::npos);
}

TEST(Digest, CompressedSentencesShowTheirCuts) {
  StoryDigest d;
  d.story.id = 7;
  d.story.headline = "Flood";
  SummarySentence cut;
  cut.text = "Ana Ruiz said the <levee> would hold.";
  cut.doc_id = "a";
  cut.spans = {Span{10, 18}, Span{40, 69}};  // "Ana Ruiz" + " said the <levee> would hold."
  cut.begin = 10;
  cut.end = 69;
  SummarySentence whole;
  whole.text = "The river rose.";
  whole.doc_id = "b";
  whole.begin = 3;
  whole.end = 18;  // built without spans: its outer span stands for them
  d.summary.sentences = {cut, whole};
  const std::string html = DigestToHtml({d}, "News");
  EXPECT_NE(html.find("<p dir=\"auto\" data-spans=\"10-18,40-69\">Ana Ruiz<span class=\"cut\""),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("</span> said the &lt;levee&gt; would hold."), std::string::npos) << html;
  EXPECT_NE(html.find("<p dir=\"auto\" data-spans=\"3-18\">The river rose."), std::string::npos)
      << html;
  const std::string json = DigestToJsonLines({d});
  EXPECT_NE(json.find("\"spans\":[[10,18],[40,69]]"), std::string::npos) << json;
  EXPECT_NE(json.find("\"spans\":[[3,18]]"), std::string::npos) << json;
}

}  // namespace
}  // namespace precis
