#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "DirectoryListings.h"
#include "PathNames.h"

namespace dbtlint {
namespace {

namespace fs = std::filesystem;

TEST(PathNames, ParentDirectoryIsStdFilesystemsParentPath) {
  for (const std::string path : {"a/b/c.py", "c.py", "/c.py", "/", "a//b", "../x/y", "a/b/", "", "./a"}) {
    EXPECT_EQ(parentDirectory(path), fs::path(path).parent_path().string()) << path;
  }
}

TEST(PathNames, FileNameIsStdFilesystemsFilename) {
  for (const std::string path : {"a/b/c.py", "c.py", "/c.py", "/", "a//b", "a/b/", "", "./a"}) {
    EXPECT_EQ(fileName(path), fs::path(path).filename().string()) << path;
  }
}

TEST(PathNames, JoinedNormalIsStdFilesystemsJoinThenLexicallyNormal) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"a/b", "c.py"},   {"", "c.py"},     {"a", "/etc/x"},    {"/", "x"},         {"a/", "b"},
      {"a/b", "../c"},   {"a", "./b/./c"}, {"a", "b//c"},      {"..", "x/../y"},   {"a", "."},
      {"a", ".."},       {"a/b", "c/"},    {"a", "..."},       {"./a", "b"},       {"", "../x"}};
  for (const auto& [directory, name] : cases) {
    const std::string expected = ((directory.empty() ? fs::path() : fs::path(directory)) / name).lexically_normal().string();
    EXPECT_EQ(joinedNormal(directory, name), expected) << directory << " + " << name;
  }
}

TEST(DirectoryListings, TellsWhatADirectoryHoldsAndNothingForOneThatIsNot) {
  const fs::path directory = fs::temp_directory_path() / ("listings-" + std::to_string(::getpid()));
  fs::create_directories(directory / "package");
  std::ofstream(directory / "module.py") << "x = 1\n";
  DirectoryListings listings;
  EXPECT_TRUE(listings.holds(directory.string(), "module.py"));
  EXPECT_TRUE(listings.holds(directory.string(), "package"));
  EXPECT_FALSE(listings.holds(directory.string(), "absent.py"));
  EXPECT_FALSE(listings.holds((directory / "missing").string(), "module.py"));
  fs::remove_all(directory);
  EXPECT_TRUE(listings.holds(directory.string(), "module.py")) << "read once: what the scan began with";
}

}  // namespace
}  // namespace dbtlint
