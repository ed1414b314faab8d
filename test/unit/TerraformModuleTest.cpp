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

TEST(MayContribute, ABlockOrRequestAttributeAnywhereContributes) {
  EXPECT_TRUE(mayContribute("m/variables.tf", "variable \"token\" {}\n"));
  EXPECT_TRUE(mayContribute("m/main.tf", "resource \"a\" \"b\" {}\n/* c */ data \"http\" \"x\" {}\n"));
  EXPECT_TRUE(mayContribute("m/main.tf", "locals {\n  a = 1\n}\n"));
  EXPECT_TRUE(mayContribute("m/main.tf", "resource \"null_resource\" \"x\" {\n  provisioner \"local-exec\" {}\n}\n"));
  // A request attribute in any block, even on the block's one line.
  EXPECT_TRUE(mayContribute("m/main.tf", "resource \"restapi_object\" \"x\" { path = \"/accounts/\" }\n"));
  EXPECT_TRUE(mayContribute("m/main.tf", "resource \"x\" \"y\" {\n  api_url = var.u\n}\n"));
  // Values files and JSON syntax always may.
  EXPECT_TRUE(mayContribute("m/terraform.tfvars", "region = \"eu\"\n"));
  EXPECT_TRUE(mayContribute("m/main.tf.json", "{}"));
}

TEST(MayContribute, ResourcesAloneDoNot) {
  const std::string buckets =
      "resource \"aws_s3_bucket\" \"logs\" {\n"
      "  bucket = \"acme-logs\"\n"
      "  tags = {\n"
      "    team        = \"data\"\n"         // a string, not a data source
      "    environment = var.environment\n"  // a reference, not a variable block
      "    metadata_url_path = \"x\"\n"    // parts of a name, not its whole
      "  }\n"
      "}\n";
  EXPECT_FALSE(mayContribute("m/buckets.tf", buckets));
  EXPECT_TRUE(mayContribute("m/buckets.tf", buckets + "module \"m\" {}\n"));
}

}  // namespace
}  // namespace dbtlint
