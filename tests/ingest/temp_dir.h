// A scratch directory for ingest tests, removed with everything in it at scope exit.
#ifndef PRECIS_TESTS_INGEST_TEMP_DIR_H_
#define PRECIS_TESTS_INGEST_TEMP_DIR_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace precis::testing {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "precis-ingest-XXXXXX").string();
    if (mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string Join(std::string_view name) const { return path_ + "/" + std::string(name); }

  // Writes `bytes` to path()/name (creating sub-directories) and returns the full path.
  std::string Write(std::string_view name, std::string_view bytes) const {
    const std::string full = Join(name);
    std::filesystem::create_directories(std::filesystem::path(full).parent_path());
    std::ofstream out(full, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return full;
  }
  std::string MakeDir(std::string_view name) const {
    const std::string full = Join(name);
    std::filesystem::create_directories(full);
    return full;
  }

 private:
  std::string path_;
};

}  // namespace precis::testing

#endif  // PRECIS_TESTS_INGEST_TEMP_DIR_H_
