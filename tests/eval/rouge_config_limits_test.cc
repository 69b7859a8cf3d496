// Hostile ROUGE configurations: entity expansion is capped with a clear error, and a model is never
// dropped silently.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "eval/rouge_config.h"

namespace precis::rouge {
namespace {

std::string Config(const std::string& doctype, const std::string& model_text) {
  return "<?xml version=\"1.0\"?>\n" + doctype +
         "<ROUGE_EVAL version=\"1.5.5\">\n<EVAL ID=\"e1\">\n"
         "<PEER-ROOT>p</PEER-ROOT><MODEL-ROOT>m</MODEL-ROOT>\n"
         "<INPUT-FORMAT TYPE=\"SPL\"/>\n<PEERS><P ID=\"1\">peer</P></PEERS>\n"
         "<MODELS>\n<M ID=\"A\">a.txt</M>\n<M ID=\"B\">" +
         model_text + "</M>\n</MODELS>\n</EVAL>\n</ROUGE_EVAL>\n";
}

TEST(RougeConfigLimits, QuadraticBlowupIsRefusedWithAClearError) {
  // One 100 KB entity used 20,000 times: about 2 GB once expanded, from a ~160 KB file.
  const std::string doctype =
      "<!DOCTYPE ROUGE_EVAL [<!ENTITY big \"" + std::string(100000, 'x') + "\">]>\n";
  std::string refs;
  for (int i = 0; i < 20000; ++i) refs += "&big;";
  std::vector<RougeConfigEval> evals;
  const Status st = ParseRougeConfig(Config(doctype, refs), "blowup.xml", &evals);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("blowup.xml:"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("<M>"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("limit"), std::string::npos) << st.message();
}

TEST(RougeConfigLimits, ManyElementsSharingAnEntityHitTheFileCap) {
  // Each use stays under the per-text cap, but the file as a whole expands past 16 MB.
  const std::string doctype =
      "<!DOCTYPE ROUGE_EVAL [<!ENTITY mid \"" + std::string(50000, 'y') + "\">]>\n";
  std::string models;
  for (int i = 0; i < 400; ++i) models += "<M ID=\"m" + std::to_string(i) + "\">&mid;</M>";
  std::vector<RougeConfigEval> evals;
  const Status st =
      ParseRougeConfig(Config(doctype, "b.txt</M>" + models + "<M>c"), "many.xml", &evals);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("many.xml:"), std::string::npos) << st.message();
}

TEST(RougeConfigLimits, SmallEntitiesStillExpand) {
  const std::string doctype = "<!DOCTYPE ROUGE_EVAL [<!ENTITY dir \"set1\">]>\n";
  std::vector<RougeConfigEval> evals;
  const Status st = ParseRougeConfig(Config(doctype, "&dir;/b.txt"), "ok.xml", &evals);
  ASSERT_TRUE(st.ok()) << st.message();
  ASSERT_EQ(evals.size(), 1u);
  ASSERT_EQ(evals[0].models.size(), 2u);
  EXPECT_EQ(evals[0].models[1].path, "m/set1/b.txt");
}

TEST(RougeConfigLimits, AModelWithoutAFileNameIsAnErrorNotDropped) {
  std::vector<RougeConfigEval> evals;
  const Status st = ParseRougeConfig(Config("", "  "), "empty.xml", &evals);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("empty.xml:9:"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("names no file"), std::string::npos) << st.message();
}

TEST(RougeConfigLimits, AModelNamingAFolderIsAnError) {
  // Found by rouge_config_fuzz: "<M>set1/</M>" made the path "m/set1/", a folder.
  std::vector<RougeConfigEval> evals;
  const Status st = ParseRougeConfig(Config("", "set1/"), "folder.xml", &evals);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("folder.xml:9:"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("names a folder"), std::string::npos) << st.message();
}

}  // namespace
}  // namespace precis::rouge
