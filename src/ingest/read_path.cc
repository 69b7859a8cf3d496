// ReadPath: one path (file, directory or "-") to one Input, choosing a parser per file.
#include <unistd.h>

#include <cstdint>
#include <string>

#include "ingest/file_io.h"
#include "ingest/gzip.h"
#include "ingest/ids.h"
#include "ingest/jsonl_reader.h"
#include "ingest/lines.h"
#include "ingest/table.h"
#include "precis/extract.h"
#include "precis/ingest.h"
#include "precis/text.h"

namespace precis {
namespace {

using ingest::JsonlKind;

constexpr const char* kKnownExtensions =
    ".txt, .html, .htm, .jsonl, .ndjson, .json, .csv, .tsv or .gz";

// How one file is read.
enum class FileFormat { kText, kHtml, kJsonl, kCsv, kTsv, kGzip, kSniff };

bool IsSupportedExtension(const std::string& ext) {
  return ext == "txt" || ext == "html" || ext == "htm" || ext == "jsonl" || ext == "ndjson" ||
         ext == "json" || ext == "csv" || ext == "tsv" || ext == "gz";
}

// "a.jsonl.gz" -> "a.jsonl".
std::string WithoutGz(const std::string& path) {
  return ingest::FileExtension(path) == "gz" ? path.substr(0, path.size() - 3) : path;
}

FileFormat FormatFor(const std::string& path, InputFormat forced) {
  switch (forced) {
    case InputFormat::kText:
      return FileFormat::kText;
    case InputFormat::kHtml:
      return FileFormat::kHtml;
    case InputFormat::kArticlesJsonl:
    case InputFormat::kClustersJsonl:
      return FileFormat::kJsonl;
    case InputFormat::kAuto:
      break;
  }
  const std::string ext = ingest::FileExtension(path);
  if (ext == "gz") return FileFormat::kGzip;
  if (ext == "csv") return FileFormat::kCsv;
  if (ext == "tsv") return FileFormat::kTsv;
  if (ext == "txt") return FileFormat::kText;
  if (ext == "html" || ext == "htm") return FileFormat::kHtml;
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return FileFormat::kJsonl;
  return FileFormat::kSniff;
}

// Content sniffing for standard input and unknown extensions.
FileFormat Sniff(std::string_view bytes) {
  bytes = ingest::StripBom(bytes);
  for (const char c : bytes) {
    if (ingest::IsBlank(std::string_view(&c, 1))) continue;
    if (c == '{') return FileFormat::kJsonl;
    if (c == '<') return FileFormat::kHtml;
    break;
  }
  return FileFormat::kText;
}

// Accumulates the files of one input into one Input, keeping ids unique across them.
class InputBuilder {
 public:
  // With a `sink`, articles of flat inputs go to it as soon as they are read (JSON Lines files
  // after each line, other files after the file) instead of staying in out->articles.
  InputBuilder(const IngestOptions& options, const ArticleSink* sink, Input* out,
               IngestReport* report)
      : options_(options), sink_(sink), out_(out), report_(report) {
    ids_.set_screen(options.id_screen);
  }

  // Reads one file; `in_directory` lets skip_bad_records skip a whole bad file.
  Status AddFile(const std::string& path, bool in_directory) {
    const FileFormat format = ingest::FileExtension(path) == "gz"
                                  ? FileFormat::kGzip
                                  : FormatFor(path, options_.format);
    Status s;
    if (format == FileFormat::kJsonl) {
      ingest::JsonlReader reader(path, Kind(), options_, &out_->articles, &out_->clusters, report_,
                                 &ids_);
      s = ingest::ForEachFileLine(
          path,
          [&](std::string_view line, size_t n) {
            PRECIS_RETURN_IF_ERROR(reader.Line(line, n));
            return Drain();
          },
          &report_->bytes_read, size_t{4} << 20, options_.max_input_bytes);
    } else {
      std::string bytes;
      // Files that can hold many articles are bounded by the input limit, single articles
      // by the article limit.
      const bool many = format == FileFormat::kSniff || format == FileFormat::kCsv ||
                        format == FileFormat::kTsv || format == FileFormat::kGzip;
      s = many ? ReadFile(path, options_.max_input_bytes, &bytes, "max_input_bytes")
               : ReadFile(path, options_.max_article_bytes, &bytes);
      if (s.ok()) {
        report_->bytes_read += bytes.size();
        if (format == FileFormat::kGzip) {
          // The name without ".gz" says what the content is.
          const FileFormat inner = FormatFor(WithoutGz(path), options_.format);
          s = AddBytes(bytes, path, inner == FileFormat::kGzip ? FileFormat::kSniff : inner);
        } else {
          s = AddBytes(bytes, path, format);
        }
      }
    }
    if (s.ok()) s = CheckNotMixed(path);
    if (s.ok()) s = Drain();
    if (s.ok()) return s;
    return Soften(std::move(s), in_directory);
  }

  // Hands the articles read so far to the sink, if any.
  Status Drain() {
    if (sink_ == nullptr || out_->articles.empty()) return Status::Ok();
    for (Article& a : out_->articles) PRECIS_RETURN_IF_ERROR((*sink_)(std::move(a)));
    out_->articles.clear();
    sunk_ = true;
    return Status::Ok();
  }
  bool HasArticles() const { return sunk_ || !out_->articles.empty(); }

  // Parses bytes already read (standard input, sniffed files).
  Status AddBytes(std::string_view bytes, std::string_view name, FileFormat format) {
    if (ingest::IsGzip(bytes)) {
      std::string plain;
      PRECIS_RETURN_IF_ERROR(ingest::Gunzip(bytes, name, options_.max_input_bytes, &plain));
      if (ingest::IsGzip(plain)) {
        return Status::DataError(std::string(name) + ": gzip inside gzip is not read");
      }
      const size_t first = out_->articles.size();
      PRECIS_RETURN_IF_ERROR(
          AddBytes(plain, name, format == FileFormat::kGzip ? FileFormat::kSniff : format));
      // Offsets into decompressed bytes are not offsets into the file.
      for (size_t i = first; i < out_->articles.size(); ++i) out_->articles[i].file_offset = -1;
      return Status::Ok();
    }
    if (format == FileFormat::kSniff) format = Sniff(bytes);
    if (format == FileFormat::kCsv || format == FileFormat::kTsv) {
      std::vector<ingest::TableRow> rows;
      PRECIS_RETURN_IF_ERROR(ingest::ParseTable(bytes, name, format == FileFormat::kCsv ? ',' : '\t',
                                                options_, &rows, report_));
      for (ingest::TableRow& row : rows) {
        AddArticle(std::move(row.article), std::string(name) + ":" + std::to_string(row.line));
      }
      return Status::Ok();
    }
    if (format == FileFormat::kJsonl) {
      ingest::JsonlReader reader(name, Kind(), options_, &out_->articles, &out_->clusters, report_,
                                 &ids_);
      return ingest::ForEachLine(
          bytes, name, [&reader](std::string_view line, size_t n) { return reader.Line(line, n); });
    }
    if (bytes.size() > options_.max_article_bytes) {
      return Status::DataError(
          std::string(name) + ": " + std::to_string(bytes.size()) + " bytes is over the limit of " +
          std::to_string(options_.max_article_bytes) + " bytes (max_article_bytes)");
    }
    Article a;
    // A page is read as `precis extract` reads it (ExtractArticle: the main text without
    // menus and related links, the page's date, language and Open Graph title).
    PRECIS_RETURN_IF_ERROR(format == FileFormat::kHtml ? ExtractArticle(bytes, name, &a)
                                                       : ParseTextArticle(bytes, name, &a));
    // A page whose bytes no charset explained: its bad bytes are U+FFFD now, said so.
    if (format == FileFormat::kHtml && a.text.find("\xEF\xBF\xBD") != std::string::npos &&
        !IsValidUtf8(bytes)) {
      report_->warnings.push_back(std::string(name) +
                                  ": not UTF-8 and its charset is not declared or recognized: "
                                  "bytes read as U+FFFD (declare the charset in a <meta> tag)");
    }
    AddArticle(std::move(a), name);
    return Status::Ok();
  }

  // Keeps `a` unless it is empty; makes its id unique. `where` names it in warnings.
  void AddArticle(Article a, std::string_view where) {
    if (ingest::IsBlank(a.text)) {
      ++report_->skipped_empty;
      report_->warnings.push_back(std::string(where) + ": empty article skipped");
      return;
    }
    const std::string original = a.id;
    if (ids_.MakeUnique(&a.id)) {
      ++report_->duplicate_ids;
      report_->warnings.push_back(std::string(where) + ": duplicate article id \"" + original +
                                  "\" renamed \"" + a.id + "\"");
    }
    out_->articles.push_back(std::move(a));
    ++report_->articles_read;
  }

  // Remembers which file first gave clusters and which single articles, to name both.
  Status CheckNotMixed(std::string_view name) {
    if (first_clusters_.empty() && !out_->clusters.empty()) first_clusters_ = name;
    if (first_articles_.empty() && HasArticles()) first_articles_ = name;
    if (!HasArticles() || out_->clusters.empty()) return Status::Ok();
    return Status::DataError(
        "cannot mix clusters (" + first_clusters_ + ") and single articles (" +
        first_articles_ + ") in one input: give one of them, e.g. precis summarize " +
        first_clusters_);
  }

  // The final check: an input that yields nothing is an error, with the reasons.
  Status Finish(const std::string& path) {
    PRECIS_RETURN_IF_ERROR(Drain());
    out_->is_clusters = !out_->clusters.empty();
    if (HasArticles() || !out_->clusters.empty()) return Status::Ok();
    std::string msg = path + ": no articles found";
    if (report_->skipped_empty + report_->skipped_bad > 0) {
      msg += " (" + std::to_string(report_->skipped_empty) + " empty and " +
             std::to_string(report_->skipped_bad) + " bad skipped)";
    }
    return Status::DataError(std::move(msg));
  }

 private:
  JsonlKind Kind() const {
    switch (options_.format) {
      case InputFormat::kArticlesJsonl:
        return JsonlKind::kArticles;
      case InputFormat::kClustersJsonl:
        return JsonlKind::kClusters;
      default:
        return JsonlKind::kDetect;
    }
  }

  // With skip_bad_records, a bad file inside a directory is skipped with a warning.
  Status Soften(Status s, bool in_directory) {
    if (!in_directory || !options_.skip_bad_records || s.code() != Status::Code::kDataError) {
      return s;
    }
    ++report_->skipped_bad;
    report_->warnings.push_back(s.message() + " (file skipped)");
    return Status::Ok();
  }

  const IngestOptions& options_;
  const ArticleSink* sink_;
  bool sunk_ = false;
  Input* out_;
  IngestReport* report_;
  ingest::IdRegistry ids_;
  std::string first_clusters_, first_articles_;
};

}  // namespace

Status ReadPath(const std::string& path, const IngestOptions& options, Input* out,
                IngestReport* report) {
  return StreamPath(path, options, nullptr, out, report);
}

Status StreamPath(const std::string& path, const IngestOptions& options, const ArticleSink* sink,
                  Input* out, IngestReport* report) {
  IngestReport scratch;
  if (report == nullptr) report = &scratch;
  *out = Input();
  InputBuilder builder(options, sink, out, report);

  if (path == "-") {
    std::string bytes;
    PRECIS_RETURN_IF_ERROR(ingest::ReadDescriptor(STDIN_FILENO, "<stdin>", options.max_input_bytes,
                                                  &bytes, 0, "max_input_bytes"));
    report->bytes_read += bytes.size();
    FileFormat format = FormatFor("", options.format);  // kSniff unless forced
    PRECIS_RETURN_IF_ERROR(builder.AddBytes(bytes, "<stdin>", format));
    return builder.Finish("<stdin>");
  }

  std::string error;
  switch (ingest::StatPath(path, &error)) {
    case ingest::PathKind::kMissing:
      return Status::NotFound(path + ": no such file or directory");
    case ingest::PathKind::kDirectory: {
      std::vector<std::string> files;
      PRECIS_RETURN_IF_ERROR(ingest::ListDirectory(path, &files));
      size_t supported = 0;
      std::vector<std::string> unknown;
      for (const std::string& file : files) {
        if (!IsSupportedExtension(ingest::FileExtension(file))) {
          unknown.push_back(file);
          continue;
        }
        ++supported;
        PRECIS_RETURN_IF_ERROR(builder.AddFile(file, /*in_directory=*/true));
      }
      if (!unknown.empty()) {
        std::string list;
        for (size_t i = 0; i < unknown.size() && i < 5; ++i) {
          list += (i ? ", " : "") + unknown[i].substr(unknown[i].rfind('/') + 1);
        }
        if (unknown.size() > 5) list += ", ...";
        report->warnings.push_back(path + ": " + std::to_string(unknown.size()) +
                                   " file(s) of unknown kind skipped (" + list + ")");
      }
      if (supported == 0) {
        return Status::DataError(path + ": no articles found (no " + kKnownExtensions +
                                 " file in the directory)");
      }
      return builder.Finish(path);
    }
    case ingest::PathKind::kFile:
    case ingest::PathKind::kOther:
      if (!error.empty()) return Status::IoError(error);
      PRECIS_RETURN_IF_ERROR(builder.AddFile(path, /*in_directory=*/false));
      return builder.Finish(path);
  }
  return Status::Internal(path + ": unexpected file type");
}

}  // namespace precis
