#include "ClangLoader.h"

#include <filesystem>

#include "Errors.h"
#include "LoadableModules.h"

namespace dbtlint {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDatabaseName = "compile_commands.json";
constexpr std::string_view kDecidedRules[] = {"DBT001", "DBT003", "DBT101"};

}  // namespace

ClangLoaderFrontEnd::ClangLoaderFrontEnd(std::string compilationDatabaseDirectory, const std::vector<std::string>& scanRoots)
    : compilationDatabaseDirectory_(std::move(compilationDatabaseDirectory)) {
  std::error_code error;
  for (const std::string& root : scanRoots) {
    const fs::path directory = fs::absolute(root, error).lexically_normal();
    if (!error && fs::is_directory(directory, error)) searchedDirectories_.push_back(directory.string());
  }
  searchedDirectories_.push_back(fs::current_path(error).string());
  if (!compilationDatabaseDirectory_.empty() && !fs::is_regular_file(fs::path(compilationDatabaseDirectory_) / kDatabaseName)) {
    throw UsageError("-p: there is no " + std::string(kDatabaseName) + " in " + compilationDatabaseDirectory_);
  }
}

ClangLoaderFrontEnd::~ClangLoaderFrontEnd() = default;

bool ClangLoaderFrontEnd::handles(Language language) const { return language == Language::C || language == Language::Cpp; }

std::vector<std::string_view> ClangLoaderFrontEnd::decidedRules() const {
  return {std::begin(kDecidedRules), std::end(kDecidedRules)};
}

std::optional<std::string> ClangLoaderFrontEnd::databaseDirectoryFor(const std::string& path) const {
  if (!compilationDatabaseDirectory_.empty()) return compilationDatabaseDirectory_;
  std::error_code error;
  const std::string file = fs::absolute(path, error).lexically_normal().string();
  for (const std::string& directory : searchedDirectories_) {
    const bool holdsFile = file.starts_with(directory) && file.size() > directory.size() &&
                           (directory.ends_with('/') || file[directory.size()] == '/');
    if (!holdsFile && &directory != &searchedDirectories_.back()) continue;
    for (const fs::path& candidate : {fs::path(directory), fs::path(directory) / "build"}) {
      if (fs::is_regular_file(candidate / kDatabaseName, error)) return candidate.string();
    }
  }
  return std::nullopt;
}

std::optional<std::vector<std::string>> ClangLoaderFrontEnd::dependencies(const SourceFile& file, const WordPlaces&) const {
  if (databaseDirectoryFor(file.path())) return std::nullopt;
  return std::vector<std::string>{};
}

bool ClangLoaderFrontEnd::loadModule(FileAnalysis& analysis) {
  if (analyzer_) return true;
  if (moduleFailed_) return false;
  std::string error;
  auto* create = reinterpret_cast<CreateClangAnalyzer*>(loadModuleSymbol(DBT_CLANG_MODULE_FILE_NAME, kCreateClangAnalyzerSymbol, error));
  if (create == nullptr) {
    moduleFailed_ = true;
    analysis.notifications.push_back({Level::Warning, NotificationKind::Configuration, "",
                                      "C and C++ files get the text-level rules only: the Clang front end cannot be loaded: " + error});
    return false;
  }
  analyzer_.reset(create());
  return true;
}

FileAnalysis ClangLoaderFrontEnd::analyze(const SourceFile& file, const AnalysisContext& context) {
  FileAnalysis analysis;
  analysis.analysedWholeFile = false;
  const std::optional<std::string> database = databaseDirectoryFor(file.path());
  if (!database) {
    if (!toldNoDatabase_) {
      toldNoDatabase_ = true;
      analysis.notifications.push_back(
          {Level::Warning, NotificationKind::Configuration, "",
           "C and C++ files get the text-level rules only: no compile_commands.json in the scanned directory, "
           "the current directory or a build/ folder of either; for precise results generate one "
           "(cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or bear -- make) and pass its folder with -p"});
    }
    return analysis;
  }
  if (!loadModule(analysis)) return analysis;
  ClangFileResult result = analyzer_->analyze(file, context, *database);
  result.analysis.analysedWholeFile = result.parsed;
  return std::move(result.analysis);
}

}  // namespace dbtlint
