#include <gtest/gtest.h>

#include <memory>

#include "TerraformModule.h"

namespace dbtlint {
namespace {

std::shared_ptr<const TerraformFile> parse(ParsedModuleFiles& parsedFiles, std::string path, std::string text) {
  const auto file = std::make_shared<const SourceFile>(std::move(path), std::move(text), Language::Terraform);
  return parsedFiles.parsed(*file, file);
}

TEST(ParsedModuleFiles, ReusesAParseOnlyForTheSameTextOfTheSamePath) {
  ParsedModuleFiles parsedFiles;
  const auto first = parse(parsedFiles, "module/main.tf", "locals {\n  a = 1\n}\n");
  ASSERT_NE(first->tree, nullptr);
  EXPECT_EQ(parse(parsedFiles, "module/main.tf", "locals {\n  a = 1\n}\n"), first);
  // A buffer that differs from the disk (an editor's) is parsed as it is.
  const auto edited = parse(parsedFiles, "module/main.tf", "locals {\n  a = 2\n}\n");
  EXPECT_NE(edited, first);
  EXPECT_EQ(edited->source->text(), "locals {\n  a = 2\n}\n");
  // Another module's file of the same name is another file.
  EXPECT_NE(parse(parsedFiles, "other/main.tf", "locals {\n  a = 2\n}\n"), edited);
}

}  // namespace
}  // namespace dbtlint
