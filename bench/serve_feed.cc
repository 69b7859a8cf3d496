// Writes the synthetic article stream (story/synthetic_stream.h, built from the DUC 2004
// topics under PRECIS_SHARED_DIR) as JSON Lines on stdout, for the service load benchmark
// (bench/serve_load.sh).
//
//   build/serve_feed ARTICLES [DAYS] > feed.jsonl
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "precis/ingest.h"
#include "story/synthetic_stream.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: serve_feed ARTICLES [DAYS] > feed.jsonl\n";
    return 2;
  }
  precis::Input input;
  precis::IngestReport report;
  const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
  const precis::Status s = precis::ReadPath(path, precis::IngestOptions(), &input, &report);
  if (!s.ok()) {
    std::cerr << "serve_feed: " << s.message() << "\n";
    return 1;
  }
  precis::story::SyntheticStreamOptions o;
  o.articles = std::stoull(argv[1]);
  o.days = argc > 2 ? static_cast<uint32_t>(std::stoul(argv[2])) : 1000;
  precis::story::SyntheticStream stream(input.clusters, o);
  precis::Article a;
  std::string gold;
  while (stream.Next(&a, &gold)) {
    std::cout << nlohmann::json({{"id", a.id},
                                 {"date", a.date},
                                 {"title", a.title},
                                 {"source", a.source},
                                 {"text", a.text}})
                     .dump()
              << '\n';
  }
  return 0;
}
