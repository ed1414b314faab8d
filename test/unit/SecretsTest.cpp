#include <gtest/gtest.h>

#include "Secrets.h"

namespace dbtlint {
namespace {

constexpr std::string_view kToken = "dbtu_Zq9xR2vLk8WmT4pNc7YhB3sJd6FgA1eUo5iKy0QwErTzXcVbNmL";

TEST(Secrets, RedactsToPrefixAndLastFour) {
  EXPECT_EQ(redactSecret(kToken), "dbtu_\xE2\x80\xA6" "bNmL");
  EXPECT_EQ(redactSecret("4f9a8c7e2b1d4e6f8a0b9c7d5e3f1a2b4c6d8e0f"), "\xE2\x80\xA6" "8e0f");
  EXPECT_EQ(redactSecret("short1234"), "\xE2\x80\xA6");
}

TEST(Secrets, RedactsEveryTokenInText) {
  const std::string text = "a " + std::string(kToken) + " b " + std::string(kToken);
  const std::string redacted = redactTokensIn(text);
  EXPECT_EQ(redacted.find(kToken), std::string::npos);
  EXPECT_EQ(redacted, "a dbtu_\xE2\x80\xA6" "bNmL b dbtu_\xE2\x80\xA6" "bNmL");
}

TEST(Secrets, TellsPlaceholdersFromKeys) {
  EXPECT_FALSE(looksLikePlaceholder(kToken));
  EXPECT_FALSE(looksLikePlaceholder("4f9a8c7e2b1d4e6f8a0b9c7d5e3f1a2b4c6d8e0f"));
  EXPECT_TRUE(looksLikePlaceholder("dbtu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
  EXPECT_TRUE(looksLikePlaceholder("<your-token>"));
  EXPECT_TRUE(looksLikePlaceholder("${{ secrets.DBT_TOKEN }}"));
  EXPECT_TRUE(looksLikePlaceholder("$DBT_CLOUD_TOKEN"));
  EXPECT_TRUE(looksLikePlaceholder("changeme-changeme-1234"));
  EXPECT_TRUE(looksLikePlaceholder("0123456789abcdef0123"));
  EXPECT_TRUE(looksLikePlaceholder("dbtc_ababababababababababababababababababababababab"));
}

TEST(Secrets, TellsRandomTokensFromIdentifiers) {
  EXPECT_TRUE(hasMixedCharacterClasses(kToken));
  EXPECT_TRUE(hasMixedCharacterClasses("dbtc_8f3a9b2c7d1e4f6a0b5c8d2e9f1a3b7c4d6e8f0a2b4c6d8e"));
  EXPECT_FALSE(hasMixedCharacterClasses("dbtc_trigger_job_and_wait_for_completion"));
  EXPECT_TRUE(hasLettersAndDigits("4f9a8c7e2b1d"));
  EXPECT_FALSE(hasLettersAndDigits("get_from_vault_please"));
}

}  // namespace
}  // namespace dbtlint
