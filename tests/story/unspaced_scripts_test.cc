// Stories and near-duplicates in scripts written without spaces (Chinese, Japanese, Thai): the
// matching tokenizer must find their words (ICU's dictionary word break), or every clause
// becomes one "word" and no two articles share anything but verbatim copies. Invented news.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "precis/dedup.h"
#include "precis/story.h"
#include "story_fixtures.h"

namespace precis {
namespace {

using testing::Make;

// The stories as sets of article ids, sorted, for comparing partitions.
std::set<std::set<std::string>> Partition(const std::vector<Story>& stories) {
  std::set<std::set<std::string>> out;
  for (const Story& s : stories)
    out.insert(std::set<std::string>(s.articles.begin(), s.articles.end()));
  return out;
}

std::set<std::set<std::string>> ClusterIds(const std::vector<Article>& stream) {
  StoryOptions o;
  o.detect_duplicates = false;
  std::vector<Story> stories;
  EXPECT_TRUE(ClusterArticles(stream, o, &stories, nullptr).ok());
  return Partition(stories);
}

TEST(UnspacedScripts, ChineseReportsOfOneEventFormOneStory) {
  const std::vector<Article> stream = {
      Make("flood-1", "2024-06-03T08:00Z",
           "临河市昨日遭遇特大暴雨，城区多处道路积水严重。市防汛指挥部已启动二级应急响应，"
           "转移群众三千余人。气象部门预计，暴雨将持续到周五。"),
      Make("metro-1", "2024-06-03T09:00Z",
           "东港市地铁三号线今天正式开通运营，全长二十八公里，设站二十个。市交通局表示，"
           "新线路将缓解城东地区的交通压力。"),
      Make("flood-2", "2024-06-03T10:00Z",
           "受特大暴雨影响，临河市已转移三千多名群众。防汛指挥部表示，城区积水道路正在抢排，"
           "二级应急响应仍在执行。气象台提醒市民，周五前仍有强降雨。"),
      Make("metro-2", "2024-06-03T11:00Z",
           "备受关注的东港地铁三号线于今日开通，首日客流超过十万人次。交通局称，"
           "三号线全长二十八公里，共有二十座车站。"),
      Make("flood-3", "2024-06-03T15:00Z",
           "临河市暴雨造成两座桥梁受损，防汛指挥部组织抢修。截至今天下午，"
           "全市共转移群众四千人，暴雨预计周五结束。"),
  };
  EXPECT_EQ(ClusterIds(stream), (std::set<std::set<std::string>>{{"flood-1", "flood-2", "flood-3"},
                                                                 {"metro-1", "metro-2"}}));
}

TEST(UnspacedScripts, JapaneseReportsOfOneEventFormOneStory) {
  const std::vector<Article> stream = {
      Make("typhoon-1", "2024-08-03T06:00Z",
           "大型の台風七号は三日朝、南島市の沖を北へ進んでいる。気象台によると、"
           "最大風速は四十メートルに達する見込みだ。南島空港では全便が欠航となった。"),
      Make("recall-1", "2024-08-03T07:00Z",
           "家電メーカーの北光電機は三日、炊飯器約三万台を自主回収すると発表した。"
           "内ぶたの部品が外れるおそれがあるという。"),
      Make("typhoon-2", "2024-08-03T09:00Z",
           "台風七号の影響で、南島空港は三日、全ての便が欠航した。気象台は最大風速四十メートルの"
           "暴風に警戒するよう呼びかけている。"),
      Make("recall-2", "2024-08-03T10:00Z",
           "北光電機の炊飯器で部品が外れる不具合が見つかり、同社は約三万台の回収を始めた。"
           "けが人は報告されていない。"),
  };
  EXPECT_EQ(ClusterIds(stream), (std::set<std::set<std::string>>{{"typhoon-1", "typhoon-2"},
                                                                 {"recall-1", "recall-2"}}));
}

TEST(UnspacedScripts, ThaiReportsOfOneEventFormOneStory) {
  const std::vector<Article> stream = {
      Make("flood-1", "2024-09-10T06:00Z",
           "ฝนตกหนักทำให้เกิดน้ำท่วมในจังหวัดสมุทรปราการ ชาวบ้านกว่าสองพันครัวเรือนได้รับผลกระทบ "
           "เจ้าหน้าที่เร่งระบายน้ำออกจากพื้นที่"),
      Make("rates-1", "2024-09-10T07:00Z",
           "ธนาคารกลางประกาศคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสองจุดห้า "
           "นักเศรษฐศาสตร์คาดว่าเงินเฟ้อจะลดลงในปีหน้า"),
      Make("flood-2", "2024-09-10T09:00Z",
           "น้ำท่วมในจังหวัดสมุทรปราการส่งผลกระทบต่อชาวบ้านกว่าสองพันครัวเรือน "
           "เจ้าหน้าที่นำเครื่องสูบน้ำมาช่วยระบายน้ำออกจากพื้นที่"),
      Make("rates-2", "2024-09-10T10:00Z",
           "คณะกรรมการนโยบายการเงินของธนาคารกลางมีมติคงอัตราดอกเบี้ยนโยบาย "
           "นักเศรษฐศาสตร์มองว่าเงินเฟ้อจะลดลง"),
  };
  EXPECT_EQ(ClusterIds(stream),
            (std::set<std::set<std::string>>{{"flood-1", "flood-2"}, {"rates-1", "rates-2"}}));
}

TEST(UnspacedScripts, LightlyEditedCopiesAreNearDuplicates) {
  // A rewrite that changes a few words in every sentence, as English copies are found.
  const char* original =
      "临河市昨日遭遇特大暴雨，城区多处道路积水严重。市防汛指挥部已启动二级应急响应，"
      "转移群众三千余人。气象部门预计，暴雨将持续到周五。当地学校已经全部停课，"
      "医院接收了部分受伤群众。市政府拨款五千万元用于灾后重建工作。";
  const char* edited =
      "临河市昨天遭遇特大暴雨，城区多处道路积水严重。市防汛指挥部已启动二级应急响应，"
      "转移群众三千多人。气象部门预计，暴雨将持续至周五。当地学校已经全部停课，"
      "医院收治了部分受伤群众。市政府拨款五千万元用于灾后重建工作。";
  const char* other =
      "东港市地铁三号线今天正式开通运营，全长二十八公里，设站二十个。市交通局表示，"
      "新线路将缓解城东地区的交通压力。首日客流超过十万人次。";
  NearDuplicateIndex index{DedupOptions()};
  EXPECT_FALSE(index.Add(1, original).found);
  EXPECT_FALSE(index.Add(2, other).found);
  const DuplicateMatch m = index.Find(edited);
  EXPECT_TRUE(m.found);
  EXPECT_EQ(m.of, 1u);
  EXPECT_FALSE(m.exact);

  const char* ja_original =
      "大型の台風七号は三日朝、南島市の沖を北へ進んでいる。気象台によると、最大風速は四十メートルに"
      "達する見込みだ。南島空港では全便が欠航となり、約二万人に影響が出た。県は住民に早めの避難を"
      "呼びかけている。";
  const char* ja_edited =
      "大型の台風七号は三日朝、南島市の沖を北へ進んでいる。気象台によれば、最大風速は四十メートルに"
      "達する見通しだ。南島空港では全便が欠航となり、約二万人に影響が出た。県は住民に早めの避難を"
      "呼びかけた。";
  NearDuplicateIndex ja{DedupOptions()};
  EXPECT_FALSE(ja.Add(1, ja_original).found);
  EXPECT_TRUE(ja.Find(ja_edited).found);
}

}  // namespace
}  // namespace precis
