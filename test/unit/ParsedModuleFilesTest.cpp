#include <gtest/gtest.h>

#include <memory>

#include "TerraformModule.h"

namespace dbtlint {
namespace {

std::shared_ptr<const SourceFile> terraform(std::string path, std::string text) {
  return std::make_shared<const SourceFile>(std::move(path), std::move(text), Language::Terraform);
}

TEST(ParsedModuleFiles, ReusesAParseOnlyForTheSameTextOfTheSamePath) {
  ParsedModuleFiles parsedFiles;
  const auto first = parsedFiles.parsed(terraform("module/main.tf", "locals {\n  a = 1\n}\n"));
  ASSERT_NE(first->tree, nullptr);
  EXPECT_EQ(parsedFiles.parsed(terraform("module/main.tf", "locals {\n  a = 1\n}\n")), first);
  // A buffer that differs from the disk (an editor's) is parsed as it is.
  const auto edited = parsedFiles.parsed(terraform("module/main.tf", "locals {\n  a = 2\n}\n"));
  EXPECT_NE(edited, first);
  EXPECT_EQ(edited->source->text(), "locals {\n  a = 2\n}\n");
  // Another module's file of the same name is another file.
  EXPECT_NE(parsedFiles.parsed(terraform("other/main.tf", "locals {\n  a = 2\n}\n")), edited);
}

}  // namespace
}  // namespace dbtlint
