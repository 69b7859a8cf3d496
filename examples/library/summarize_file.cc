// precis as a C++ library: read a file of clusters or articles, summarize each cluster with
// the default method under a 60-word budget, and print every summary sentence with the
// article and byte range it came from.
//
//   summarize_file data/sample/stories.jsonl
//
// Built by the project's CMake (target summarize_file) and by examples/library/CMakeLists.txt,
// which uses precis from another project with add_subdirectory (README, "The C++ library").
#include <precis/ingest.h>
#include <precis/summarize.h>

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
    return 2;
  }
  precis::Input input;
  precis::IngestReport report;
  const precis::Status read = precis::ReadPath(argv[1], precis::IngestOptions(), &input, &report);
  if (!read.ok()) {
    std::fprintf(stderr, "%s\n", read.message().c_str());
    return 1;
  }
  std::vector<precis::Cluster> clusters = input.clusters;
  if (!input.is_clusters) {
    clusters.emplace_back();
    clusters.back().articles = input.articles;
  }
  // One IDF table over every article, as the command line builds it.
  std::vector<const precis::Article*> all;
  for (const precis::Cluster& c : clusters) {
    for (const precis::Article& a : c.articles) all.push_back(&a);
  }
  const precis::IdfTable idf = precis::IdfTable::Build(all, "en");

  precis::SummarizeOptions options;  // the defaults of `precis summarize`
  options.budget.limit = 60;         // words
  for (const precis::Cluster& cluster : clusters) {
    precis::Summary summary;
    const precis::Status s = precis::Summarize(cluster, options, &idf, &summary);
    if (!s.ok()) {
      std::fprintf(stderr, "cluster %s: %s\n", cluster.id.c_str(), s.message().c_str());
      return 1;
    }
    std::printf("# %s (%zu words)\n", cluster.id.empty() ? "all articles" : cluster.id.c_str(),
                summary.words);
    for (const precis::SummarySentence& sentence : summary.sentences) {
      std::printf("%s [%s %u-%u]\n", sentence.text.c_str(), sentence.doc_id.c_str(),
                  sentence.begin, sentence.end);
    }
  }
  return 0;
}
