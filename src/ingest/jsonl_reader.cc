#include "ingest/jsonl_reader.h"

#include <simdjson.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

#include "ingest/file_io.h"
#include "ingest/ids.h"
#include "ingest/json_records.h"
#include "ingest/lines.h"
#include "precis/extract.h"
#include "precis/text.h"

namespace precis::ingest {
namespace {

// A SAX reader that builds nothing and keeps where the first error is (nlohmann's position:
// the 1-based byte of the last character read; 0 when the text is JSON to nlohmann too). No
// exception: a number too large for a double (1e400) is an error here like any other (the DOM
// parser threw out_of_range for it, which a fuzzer found).
class JsonErrorPosition : public nlohmann::json_sax<nlohmann::json> {
 public:
  size_t byte = 0;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::json::exception&) override {
    byte = position;
    return false;
  }
};

size_t JsonErrorByte(std::string_view line) {
  JsonErrorPosition sax;
  (void)nlohmann::json::sax_parse(line.begin(), line.end(), &sax);
  return sax.byte;
}

// Articles with HTML in "text" named one by one in the warnings; later ones are counted.
constexpr size_t kNamedHtmlTexts = 5;

// The key whose value is the first number of 20 or more digits, or beyond a double's range, in
// `line` (outside strings), to name the field simdjson could not read; "" when there is none.
std::string KeyOfLongNumber(std::string_view line) {
  std::string last_string;
  std::string key;
  bool in_string = false;
  std::string current;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\' && i + 1 < line.size()) {
        current += line[++i];
      } else if (c == '"') {
        in_string = false;
        last_string = current;
      } else {
        current += c;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
      current.clear();
    } else if (c == ':') {
      key = last_string;
    } else if ((c >= '0' && c <= '9') || c == '-') {
      size_t j = i;
      while (j < line.size() && std::string_view("0123456789-+.eE").find(line[j]) !=
                                    std::string_view::npos) {
        ++j;
      }
      // Too many digits for 64 bits, or beyond a double's range (1e400).
      const std::string number(line.substr(i, j - i));
      if (j - i >= 20 || !std::isfinite(std::strtod(number.c_str(), nullptr))) {
        return key;
      }
      i = j - 1;
    }
  }
  return "";
}


std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.substr(0, 1))) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.substr(s.size() - 1))) s.remove_suffix(1);
  return s;
}

}  // namespace

struct JsonlReader::Impl {
  Impl(std::string_view name_in, JsonlKind kind_in, const IngestOptions& options_in,
       std::vector<Article>* articles_out, std::vector<Cluster>* clusters_out,
       IngestReport* report_out, IdRegistry* ids)
      : name(name_in),
        stem(FileStem(name_in)),
        kind(kind_in),
        options(options_in),
        articles(articles_out),
        clusters(clusters_out),
        report(report_out),
        input_ids(ids != nullptr ? ids : &own_ids) {}

  std::string name;
  std::string stem;
  JsonlKind kind;
  IngestOptions options;
  std::vector<Article>* articles;
  std::vector<Cluster>* clusters;
  IngestReport* report;

  simdjson::dom::parser parser;
  // simdjson reads up to SIMDJSON_PADDING bytes past the end of its input: each line is
  // copied here first (a memcpy is cheap next to parsing, and no allocation per line).
  std::unique_ptr<char[]> padded;
  size_t padded_capacity = 0;
  IdRegistry* input_ids;           // articles of a flat input, or clusters of a clusters input
  IdRegistry own_ids;              // input_ids when the caller gave none
  IdRegistry cluster_article_ids;  // articles of the current cluster
  Cluster cluster;                 // reused across lines

  std::string Where(size_t line_no) const { return name + ":" + std::to_string(line_no); }

  // A malformed record: an error, or a warning when skipping bad records.
  Status Bad(size_t line_no, const std::string& message) {
    std::string full = Where(line_no) + ": " + message;
    if (!options.skip_bad_records) return Status::DataError(std::move(full));
    ++report->skipped_bad;
    report->warnings.push_back(std::move(full) + " (record skipped)");
    return Status::Ok();
  }

  std::string TooBig(const Article& a) const {
    return "article \"" + a.id + "\" is " + std::to_string(a.text.size()) +
           " bytes, over max_article_bytes (" + std::to_string(options.max_article_bytes) + ")";
  }

  // Checks an article that converted fine. Returns false when it must be skipped as empty;
  // *error is set when it is a bad record.
  bool Admit(Article* a, size_t line_no, IdRegistry* ids, std::string* error) {
    if (a->text.size() > options.max_article_bytes) {
      *error = TooBig(*a);
      return false;
    }
    if (IsBlank(a->text)) {
      ++report->skipped_empty;
      report->warnings.push_back(Where(line_no) + ": empty article \"" + a->id + "\" skipped");
      return false;
    }
    // A raw page in "text" (a crawler's slip): its tags would be read as words. By default its
    // main text is extracted as `precis extract` would (the page's title, date, author, site,
    // url and language fill the fields the record leaves empty); with kKeep it stays as given.
    // Either way it is said: the first few are named, the rest counted at the end.
    std::string example;
    if (LooksLikeHtmlMarkup(a->text, &example)) {
      const size_t before = a->text.size();
      const bool extract = options.html_text == HtmlText::kExtract;
      if (extract) {
        Article page;
        const Status s = ExtractArticle(a->text, a->id, &page);
        if (!s.ok() || IsBlank(page.text)) {
          ++report->skipped_empty;
          report->warnings.push_back(Where(line_no) + ": article \"" + a->id +
                                     "\": \"text\" is a web page (" + example +
                                     ") without an article's text; skipped");
          return false;
        }
        a->text = std::move(page.text);
        a->file_offset = -1;
        for (auto [field, from] : {std::pair{&a->title, &page.title},
                                   {&a->date, &page.date},
                                   {&a->author, &page.author},
                                   {&a->url, &page.url},
                                   {&a->source, &page.source},
                                   {&a->language, &page.language}}) {
          if (field->empty()) *field = std::move(*from);
        }
      }
      if (report->html_texts++ < kNamedHtmlTexts) {
        report->warnings.push_back(Where(line_no) + ": article \"" + a->id +
                                   "\": \"text\" is HTML markup (" + example + ")" +
                                   (extract ? ": its main text was extracted (" +
                                                  std::to_string(before) + " -> " +
                                                  std::to_string(a->text.size()) + " bytes)"
                                            : ": kept as given, its tags are read as words"));
      } else if (report->html_texts == kNamedHtmlTexts + 1) {
        report->warnings.push_back(Where(line_no) +
                                   ": more articles with HTML markup in \"text\" from here on "
                                   "(not named one by one)");
      }
    }
    const std::string original = a->id;
    if (ids->MakeUnique(&a->id)) {
      ++report->duplicate_ids;
      report->warnings.push_back(Where(line_no) + ": duplicate article id \"" + original +
                                 "\" renamed \"" + a->id + "\"");
    }
    return true;
  }

  Status ArticleRecord(simdjson::dom::element doc, size_t line_no) {
    if (articles == nullptr) return Bad(line_no, "expected a cluster, found an article");
    Article a;
    std::string error;
    if (!ArticleFromJson(doc, "", stem + ":" + std::to_string(line_no), &a, &error)) {
      return Bad(line_no, error);
    }
    if (!Admit(&a, line_no, input_ids, &error)) {
      return error.empty() ? Status::Ok() : Bad(line_no, error);
    }
    articles->push_back(std::move(a));
    ++report->articles_read;
    return Status::Ok();
  }

  Status ClusterRecord(simdjson::dom::element doc, size_t line_no) {
    if (clusters == nullptr) return Bad(line_no, "expected an article, found a cluster");
    std::string error;
    if (!ClusterFromJson(doc, stem + ":" + std::to_string(line_no), &cluster, &error)) {
      return Bad(line_no, error);
    }
    // Size errors first, so a bad record leaves no warnings or counts behind.
    for (const Article& a : cluster.articles) {
      if (a.text.size() > options.max_article_bytes) return Bad(line_no, TooBig(a));
    }
    cluster_article_ids.Clear();
    size_t kept = 0;
    for (Article& a : cluster.articles) {
      if (Admit(&a, line_no, &cluster_article_ids, &error)) {
        if (kept != static_cast<size_t>(&a - cluster.articles.data())) {
          cluster.articles[kept] = std::move(a);
        }
        ++kept;
      }
    }
    cluster.articles.resize(kept);
    if (kept == 0) {
      ++report->skipped_empty_clusters;
      report->warnings.push_back(Where(line_no) + ": cluster \"" + cluster.id +
                                 "\" has no non-empty article; skipped");
      return Status::Ok();
    }
    const std::string original = cluster.id;
    if (input_ids->MakeUnique(&cluster.id)) {
      ++report->duplicate_ids;
      report->warnings.push_back(Where(line_no) + ": duplicate cluster id \"" + original +
                                 "\" renamed \"" + cluster.id + "\"");
    }
    report->articles_read += kept;
    ++report->clusters_read;
    clusters->push_back(std::move(cluster));
    cluster = Cluster();
    return Status::Ok();
  }
};

JsonlReader::JsonlReader(std::string_view name, JsonlKind kind, const IngestOptions& options,
                         std::vector<Article>* articles, std::vector<Cluster>* clusters,
                         IngestReport* report, IdRegistry* ids)
    : impl_(std::make_unique<Impl>(name, kind, options, articles, clusters, report, ids)) {}

JsonlReader::~JsonlReader() = default;

JsonlKind JsonlReader::kind() const { return impl_->kind; }

Status JsonlReader::Line(std::string_view line, size_t line_no) {
  Impl& m = *impl_;
  if (IsBlank(line)) return Status::Ok();
  const size_t need = line.size() + simdjson::SIMDJSON_PADDING;
  if (m.padded_capacity < need) {
    m.padded_capacity = std::max(need, m.padded_capacity * 2);
    m.padded.reset(new char[m.padded_capacity]);
  }
  std::memcpy(m.padded.get(), line.data(), line.size());
  std::memset(m.padded.get() + line.size(), 0, simdjson::SIMDJSON_PADDING);

  simdjson::dom::element doc;
  const simdjson::error_code err = m.parser.parse(m.padded.get(), line.size(), false).get(doc);
  if (err == simdjson::UTF8_ERROR) {
    size_t offset = 0;
    IsValidUtf8(line, &offset);
    return m.Bad(line_no, "invalid UTF-8 at byte " + std::to_string(offset));
  }
  if (err == simdjson::CAPACITY) {
    return m.Bad(line_no, "line of " + std::to_string(line.size()) +
                              " bytes is too long for the JSON parser");
  }
  if (err == simdjson::NUMBER_ERROR || err == simdjson::NUMBER_OUT_OF_RANGE) {
    const std::string key = KeyOfLongNumber(line);
    return m.Bad(line_no, (key.empty() ? std::string("a number") : "field \"" + key + "\"") +
                              " is out of range or malformed" +
                              (key.empty() || key == "id" ? " (an id that large must be a string)"
                                                          : ""));
  }
  if (err != simdjson::SUCCESS) {
    std::string message = std::string("malformed JSON: ") + simdjson::error_message(err);
    // simdjson says what is wrong, not where; nlohmann's parser, run on the bad line only,
    // stops at the byte where the line stops being JSON.
    if (const size_t at = JsonErrorByte(line); at > 0) {
      message += " (at byte " + std::to_string(at - 1) + ")";
    }
    const std::string_view t = Trim(line);
    if (t == "{" || t == "[") message += " (JSON Lines needs one whole object per line)";
    return m.Bad(line_no, message);
  }
  if (m.kind == JsonlKind::kDetect && doc.type() == simdjson::dom::element_type::OBJECT) {
    m.kind = LooksLikeCluster(doc) ? JsonlKind::kClusters : JsonlKind::kArticles;
  }
  // Until the kind is known, a non-object is reported like a bad article.
  return m.kind == JsonlKind::kClusters ? m.ClusterRecord(doc, line_no)
                                        : m.ArticleRecord(doc, line_no);
}

}  // namespace precis::ingest
