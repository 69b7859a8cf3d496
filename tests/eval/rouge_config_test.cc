// ROUGE inputs and outputs: the XML config, SEE/ISI/SPL files, -z lists, the script's
// command line, and the printed lines.
#include "eval/rouge_config.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "eval/rouge_flags.h"
#include "eval/rouge_report.h"

namespace precis::rouge {
namespace {

const char kConfig[] = R"(<?xml version="1.0"?>
<ROUGE_EVAL version="1.5.5">
<EVAL ID="d30001t">
  <PEER-ROOT> peers </PEER-ROOT>
  <MODEL-ROOT>models</MODEL-ROOT>
  <INPUT-FORMAT TYPE="SEE"></INPUT-FORMAT>
  <PEERS>
    <P ID="1">d30001t.1</P>
    <P ID="2">
      d30001t.2
    </P>
  </PEERS>
  <MODELS>
    <M ID="A">d30001t.A</M>
    <M ID="B">d30001t.B</M>
  </MODELS>
</EVAL>
<EVAL ID="d30002t">
  <PEER-ROOT>p2</PEER-ROOT>
  <MODEL-ROOT>m2</MODEL-ROOT>
  <INPUT-FORMAT TYPE="SPL"/>
  <PEERS><P ID="1">x</P></PEERS>
  <MODELS><M ID="C">y</M></MODELS>
</EVAL>
</ROUGE_EVAL>
)";

TEST(RougeConfigTest, ParsesEvaluationsInDocumentOrder) {
  std::vector<RougeConfigEval> evals;
  ASSERT_TRUE(ParseRougeConfig(kConfig, "c.xml", &evals).ok());
  ASSERT_EQ(evals.size(), 2u);
  EXPECT_EQ(evals[0].id, "d30001t");
  EXPECT_EQ(evals[0].line, 3);
  EXPECT_EQ(evals[0].format, RougeInputFormat::kSee);
  ASSERT_EQ(evals[0].peers.size(), 2u);
  EXPECT_EQ(evals[0].peers[1].id, "2");
  EXPECT_EQ(evals[0].peers[1].path, "peers/d30001t.2");  // text trimmed, root + "/" + file
  ASSERT_EQ(evals[0].models.size(), 2u);
  EXPECT_EQ(evals[0].models[1].path, "models/d30001t.B");
  EXPECT_EQ(evals[1].format, RougeInputFormat::kSpl);
  EXPECT_EQ(evals[1].models[0].path, "m2/y");
}

TEST(RougeConfigTest, ErrorsNameTheFileAndLine) {
  std::vector<RougeConfigEval> evals;
  Status st =
      ParseRougeConfig("<ROUGE_EVAL>\n<EVAL ID=\"1\">\n<PEERS>\n</EVAL>\n", "bad.xml", &evals);
  EXPECT_EQ(st.code(), Status::Code::kDataError);
  EXPECT_EQ(st.message().rfind("bad.xml:", 0), 0u) << st.message();
  EXPECT_NE(st.message().find("malformed XML"), std::string::npos);

  st = ParseRougeConfig("<R>\n\n<EVAL>\n<MODEL-ROOT>m</MODEL-ROOT></EVAL></R>", "x.xml", &evals);
  EXPECT_EQ(st.message(), "x.xml:3: <EVAL> has no ID attribute");
  st = ParseRougeConfig(
      "<R><EVAL ID=\"7\"><MODEL-ROOT>m</MODEL-ROOT><INPUT-FORMAT TYPE=\"XYZ\"/>"
      "<MODELS/></EVAL></R>",
      "x.xml", &evals);
  EXPECT_NE(st.message().find("unknown INPUT-FORMAT \"XYZ\""), std::string::npos);
  st = ParseRougeConfig("<R></R>", "x.xml", &evals);
  EXPECT_EQ(st.message(), "x.xml: no <EVAL> elements");
  st = ParseRougeConfig("", "empty.xml", &evals);
  EXPECT_EQ(st.code(), Status::Code::kDataError);
}

// A document whose bytes do not fit its declared encoding: one error, ours, and nothing from
// libxml2 on stderr (it printed "encoding error : input conversion failed ..." twice).
TEST(RougeConfigTest, EncodingErrorsAreOursAlone) {
  std::vector<RougeConfigEval> evals;
  ::testing::internal::CaptureStderr();
  const Status st = ParseRougeConfig(
      "<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?>\n<ROUGE_EVAL><EVAL ID=\"1\">\x1b$B\xff\xff"
      "</EVAL></ROUGE_EVAL>\n",
      "jis.xml", &evals);
  const std::string printed = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(st.code(), Status::Code::kDataError);
  EXPECT_EQ(st.message().rfind("jis.xml:", 0), 0u) << st.message();
  EXPECT_EQ(printed, "");
}

TEST(RougeConfigTest, SentenceFormats) {
  std::vector<std::string> s;
  ASSERT_TRUE(ReadRougeSentences("One.\n\nTwo\r\n", RougeInputFormat::kSpl, &s).ok());
  EXPECT_EQ(s, (std::vector<std::string>{"One.", "Two\r"}));

  const char see[] =
      "<html>\n<a name=\"1\">[1]</a> <a href=\"#1\" id=1>First sentence.</a>\n"
      "<a size=\"10\" name=\"2\">[2]</a>\t<a href=\"#2\" id=2>Second one</a>\n"
      "<a name=\"3\">[3]</a><a href=\"#3\" id=3>no blank before: ignored</a>\n"
      " <a name=\"4\">[4]</a> <a href=\"#4\" id=4>indented: ignored</a>\n";
  ASSERT_TRUE(ReadRougeSentences(see, RougeInputFormat::kSee, &s).ok());
  EXPECT_EQ(s, (std::vector<std::string>{"First sentence.", "Second one"}));

  const char isi[] =
      "<DOC>\n<S SNTNO=\"1\">Alpha beta.</S>\n<S SNTNO=\"2,a\">Gamma</S> tail\n"
      "<S SNTNO=\"X\">upper-case number: ignored</S>\n<S SNTNO=\"3\">no end tag\n";
  ASSERT_TRUE(ReadRougeSentences(isi, RougeInputFormat::kIsi, &s).ok());
  EXPECT_EQ(s, (std::vector<std::string>{"Alpha beta.", "Gamma"}));

  EXPECT_EQ(ReadRougeSentences("x", RougeInputFormat::kSimple, &s).code(),
            Status::Code::kUnsupported);
}

TEST(RougeConfigTest, FileList) {
  std::vector<RougeConfigEval> evals;
  ASSERT_TRUE(ParseRougeFileList("# peers first\np1 m1 m2\n\n  p2\tm3\n", "list",
                                 RougeInputFormat::kSpl, "S", &evals)
                  .ok());
  ASSERT_EQ(evals.size(), 2u);
  EXPECT_EQ(evals[1].id, "2");
  EXPECT_EQ(evals[1].peers[0].id, "S");
  EXPECT_EQ(evals[1].peers[0].path, "p2");
  EXPECT_EQ(evals[0].models.size(), 2u);
  Status st = ParseRougeFileList("p1 m1\nlonely\n", "list", RougeInputFormat::kSpl, "S", &evals);
  EXPECT_EQ(st.message(), "list:2: expected \"peer model1 [model2 ...]\"");
}

RougeCommandLine Parse(std::vector<std::string> args, Status* status = nullptr) {
  RougeCommandLine cl;
  Status st = ParseRougeCommandLine(args, &cl);
  if (status)
    *status = st;
  else
    EXPECT_TRUE(st.ok()) << st.ToString();
  return cl;
}

TEST(RougeFlagsTest, TheScriptsFlags) {
  RougeCommandLine cl =
      Parse({"-a", "-c", "95", "-r", "1000", "-n",  "2",  "-m", "-l", "100",       "-2",
             "4",  "-u", "-f", "A",  "-p",   "0.5", "-t", "0",  "-d", "config.xml"});
  EXPECT_TRUE(cl.all_peers);
  EXPECT_TRUE(cl.options.per_evaluation);
  EXPECT_EQ(cl.options.max_n, 2);
  EXPECT_TRUE(cl.options.stem);
  EXPECT_EQ(cl.options.word_limit, 100);
  EXPECT_TRUE(cl.options.skip_bigrams);
  EXPECT_EQ(cl.options.skip_distance, 4);
  EXPECT_TRUE(cl.options.skip_unigrams);
  EXPECT_EQ(cl.options.resamples, 1000);
  EXPECT_EQ(cl.positionals, std::vector<std::string>{"config.xml"});

  cl = Parse({"-2", "-1", "-w", "1.20", "-x", "-c", "83", "-fB", "-t", "2", "c.xml", "S"});
  EXPECT_EQ(cl.options.skip_distance, -1);  // a value may start with '-'
  EXPECT_EQ(cl.options.w_label, "1.20");    // printed as typed
  EXPECT_EQ(cl.options.combine, RougeModelCombine::kBest);
  EXPECT_EQ(cl.options.counting, RougeCounting::kSums);
  // The script reads any -t but 1 or 2 as 0 and any -f but B as A; precis refuses them.
  Status refused;
  Parse({"-t", "7", "c.xml", "S"}, &refused);
  EXPECT_EQ(refused.message(),
            "-t needs 0 (per evaluation), 1 (token totals) or 2 (sums), got '7'");
  Parse({"-f", "b", "c.xml", "S"}, &refused);
  EXPECT_EQ(refused.message(),
            "-f needs A (average over the models) or B (the best model), got 'b'");
  EXPECT_EQ(cl.confidence_text, "83");
  EXPECT_FALSE(cl.options.lcs);
  EXPECT_EQ(cl.positionals, (std::vector<std::string>{"c.xml", "S"}));

  cl = Parse({"-amdn2", "--seed", "5", "--no-exceptions", "--json", "-e", "data", "c.xml"});
  EXPECT_TRUE(cl.all_peers && cl.options.stem && cl.options.per_evaluation && cl.json);
  EXPECT_EQ(cl.options.max_n, 2);
  EXPECT_EQ(cl.options.seed, 5u);
  EXPECT_FALSE(cl.options.use_exceptions);
  EXPECT_EQ(cl.data_dir, "data");
  EXPECT_TRUE(Parse({"--help"}).help);
  EXPECT_EQ(Parse({"--", "-file"}).positionals, std::vector<std::string>{"-file"});
}

TEST(RougeFlagsTest, BadCommandLines) {
  Status st;
  Parse({"-l", "10", "-b", "20", "c.xml"}, &st);
  EXPECT_EQ(st.code(), Status::Code::kInvalidArgument);
  Parse({"-n"}, &st);
  EXPECT_EQ(st.message(), "-n needs a value");
  Parse({"-n", "two"}, &st);
  EXPECT_EQ(st.message(), "-n needs a size, got 'two'");
  Parse({"-k"}, &st);
  EXPECT_NE(st.message().find("unknown option -k"), std::string::npos);
  Parse({"-p", "2"}, &st);
  EXPECT_FALSE(st.ok());
  Parse({"-c", "101"}, &st);
  EXPECT_FALSE(st.ok());
  Parse({"-3", "HM"}, &st);
  EXPECT_FALSE(st.ok());
  Parse({"--seed", "-1"}, &st);
  EXPECT_FALSE(st.ok());
  Parse({"--frobnicate"}, &st);
  EXPECT_FALSE(st.ok());
}

TEST(RougeReportTest, PrintOrderAndNumbers) {
  EXPECT_TRUE(RougePrintOrderLess("2.S", "10.S"));
  EXPECT_FALSE(RougePrintOrderLess("10.S", "2.S"));
  EXPECT_TRUE(RougePrintOrderLess("10.S", "d3"));  // mixed: byte order
  EXPECT_TRUE(RougePrintOrderLess("1.A", "1.B"));
  EXPECT_TRUE(RougePrintOrderLess("9", "0010"));
  EXPECT_EQ(FormatPerlNumber(6), "6");
  EXPECT_EQ(FormatPerlNumber(11.357653997603498), "11.3576539976035");
}

TEST(RougeReportTest, BlockLines) {
  RougeAverage avg;
  avg.recall = {0.47833, 0, 0.83333};
  avg.precision = {0.52833, 0, 0.83333};
  avg.f = {0.50056, 0, 0.83333};
  std::vector<RougeEvalResult> evals(2);
  evals[0].id = "10.S";
  evals[0].metrics.resize(1);
  evals[1].id = "2.S";
  evals[1].metrics = {RougeScore{0.6, 0.75, 0.66667, 5, 4, 3}};
  RougeReportStyle style;
  style.print_evals = true;
  std::string out;
  AppendRougeBlock("S", "ROUGE-1", avg, evals, 0, style, &out);
  EXPECT_EQ(out,
            "---------------------------------------------\n"
            "S ROUGE-1 Average_R: 0.47833 (95%-conf.int. 0.00000 - 0.83333)\n"
            "S ROUGE-1 Average_P: 0.52833 (95%-conf.int. 0.00000 - 0.83333)\n"
            "S ROUGE-1 Average_F: 0.50056 (95%-conf.int. 0.00000 - 0.83333)\n"
            ".............................................\n"
            "S ROUGE-1 Eval 2.S R:0.60000 P:0.75000 F:0.66667\n"
            "S ROUGE-1 Eval 10.S R:0.00000 P:0.00000 F:0.00000\n");
  out.clear();
  style.counting = RougeCounting::kSums;
  avg.model_count = 16;
  avg.peer_count = 12;
  avg.hit_count = 8;
  AppendRougeBlock("S", "ROUGE-1", avg, evals, 0, style, &out);
  EXPECT_NE(out.find("S ROUGE-1 M_count: 16 P_count: 12 H_count: 8\n"), std::string::npos);
  EXPECT_NE(out.find("S ROUGE-1 Eval 2.S R:5 P:4 F:3\n"), std::string::npos);
}

}  // namespace
}  // namespace precis::rouge
