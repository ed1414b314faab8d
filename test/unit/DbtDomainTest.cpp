#include <gtest/gtest.h>

#include "DbtDomain.h"

namespace dbtlint {
namespace {

ResolvedString url(std::initializer_list<std::pair<bool, std::string>> pieces) {
  ResolvedString value;
  for (const auto& [isHole, text] : pieces) {
    if (isHole) {
      value.appendHole(text);
    } else {
      value.appendLiteral(text);
    }
  }
  return value;
}

TEST(ClassifyEndpoint, FindsTheCrossAccountCollectionOnDbtHosts) {
  const DbtHosts hosts;
  for (const char* text : {"https://cloud.getdbt.com/api/v2/accounts/", "https://cloud.getdbt.com/api/v2/accounts",
                           "https://emea.dbt.com/api/v3/accounts/?limit=10", "https://ab123.us1.dbt.com:443/api/v3/accounts/"}) {
    const Endpoint endpoint = classifyEndpoint(ResolvedString::literal(text), hosts);
    EXPECT_EQ(endpoint.host, HostKind::DbtCloud) << text;
    EXPECT_TRUE(endpoint.isCrossAccountCollection) << text;
  }
  EXPECT_EQ(classifyEndpoint(ResolvedString::literal("https://emea.dbt.com/api/v3/accounts/"), hosts).apiVersion, 3);
}

TEST(ClassifyEndpoint, TreatsAHoleAfterAccountsAsAnAccountId) {
  const DbtHosts hosts;
  const Endpoint scoped = classifyEndpoint(url({{false, "https://cloud.getdbt.com/api/v2/accounts/"}, {true, "account_id"}, {false, "/jobs/"}}), hosts);
  EXPECT_FALSE(scoped.isCrossAccountCollection);
  EXPECT_TRUE(scoped.isDbtApiPath);
  EXPECT_EQ(scoped.path, "/api/v2/accounts/{account_id}/jobs/");
  EXPECT_FALSE(classifyEndpoint(ResolvedString::literal("https://cloud.getdbt.com/api/v2/accounts/1/"), hosts).isCrossAccountCollection);
}

TEST(ClassifyEndpoint, KnowsTheHostOnlyWhenItIsWrittenOut) {
  const DbtHosts hosts;
  const Endpoint unknownHost = classifyEndpoint(url({{true, "base"}, {false, "/api/v2/accounts/"}}), hosts);
  EXPECT_EQ(unknownHost.host, HostKind::Unknown);
  EXPECT_TRUE(unknownHost.isCrossAccountCollection);
  const Endpoint relative = classifyEndpoint(ResolvedString::literal("/api/v3/accounts/"), hosts);
  EXPECT_EQ(relative.host, HostKind::Unknown);
  EXPECT_TRUE(relative.isCrossAccountCollection);
  const Endpoint coinbase = classifyEndpoint(ResolvedString::literal("https://api.coinbase.com/v2/accounts"), hosts);
  EXPECT_EQ(coinbase.host, HostKind::Other);
  EXPECT_FALSE(coinbase.isCrossAccountCollection);
  const Endpoint holeInHost = classifyEndpoint(url({{false, "https://"}, {true, "prefix"}, {false, ".us1.dbt.com/api/v2/accounts/"}}), hosts);
  EXPECT_EQ(holeInHost.host, HostKind::Unknown);
}

TEST(ClassifyCredential, SortsLiteralsByKind) {
  EXPECT_EQ(classifyCredential("dbtu_Zq9xR2vLk8WmT4pNc7YhB3sJd6FgA1eUo5iKy0QwErTzXcVbNmL"), CredentialKind::DbtToken);
  EXPECT_EQ(classifyCredential("dbtu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), CredentialKind::Placeholder);
  EXPECT_EQ(classifyCredential("dbtc_short"), CredentialKind::Placeholder);
  EXPECT_EQ(classifyCredential("9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d4e6a2b0f"), CredentialKind::LegacyKey);
  EXPECT_EQ(classifyCredential("<your-dbt-cloud-token>"), CredentialKind::Placeholder);
  EXPECT_EQ(classifyCredential("hello"), CredentialKind::NotCredential);
  EXPECT_EQ(classifyCredential("application/json; charset=utf-8"), CredentialKind::NotCredential);
}

TEST(CredentialNames, TellLegacyKeyNamesFromTokenNames) {
  EXPECT_TRUE(isLegacyApiKeyName("DBT_CLOUD_API_KEY"));
  EXPECT_TRUE(isLegacyApiKeyName("dbt_api_key"));
  EXPECT_TRUE(isLegacyApiKeyName("TF_VAR_dbt_cloud_api_key"));
  EXPECT_FALSE(isLegacyApiKeyName("DBT_CLOUD_TOKEN"));
  EXPECT_TRUE(isDbtCredentialName("DBT_CLOUD_TOKEN"));
  EXPECT_TRUE(isDbtCredentialName("dbt-cloud-service-token"));
  EXPECT_TRUE(isDbtCredentialName("DBT_API_KEY"));
  EXPECT_FALSE(isDbtCredentialName("GITHUB_TOKEN"));
}

TEST(DbtDomain, CredentialNamesFromTheConfigurationAreKnownLikeTheBuiltInOnes) {
  EXPECT_FALSE(isLegacyApiKeyName("ACME_DBT_KEY"));
  EXPECT_FALSE(isDbtCredentialName("acme-dbt-token"));
  addCredentialName("ACME_DBT_KEY", true);
  addCredentialName("ACME_DBT_TOKEN", false);
  EXPECT_TRUE(isLegacyApiKeyName("TF_VAR_acme-dbt-key"));
  EXPECT_TRUE(isDbtCredentialName("ACME_DBT_KEY"));
  EXPECT_TRUE(isDbtCredentialName("acme-dbt-token"));
  EXPECT_FALSE(isLegacyApiKeyName("ACME_DBT_TOKEN"));
}

TEST(ResolvedString, MergesLiteralsAndRendersHoles) {
  ResolvedString value = ResolvedString::literal("https://");
  value.appendLiteral("cloud.getdbt.com").appendHole("path").appendHole();
  ASSERT_EQ(value.pieces().size(), 3u);
  EXPECT_EQ(value.render(), "https://cloud.getdbt.com{path}{?}");
  EXPECT_FALSE(value.knownText());
  EXPECT_EQ(ResolvedString::literal("a").append(ResolvedString::literal("b")).knownText(), "ab");
}

}  // namespace
}  // namespace dbtlint

namespace dbtlint {
namespace {

// Found by fuzz_scan: a literal holding the byte that marks holes while
// parsing miscounted the holes and read past their names.
TEST(ClassifyEndpoint, TakesLiteralTextWithAnyByte) {
  ResolvedString url = ResolvedString::literal("https://cloud.getdbt.com/api/v2/\x01/");
  url.appendHole("account_id");
  const Endpoint endpoint = classifyEndpoint(url, DbtHosts());
  EXPECT_EQ(endpoint.path, "/api/v2/\xEF\xBF\xBD/{account_id}");
  EXPECT_FALSE(endpoint.isCrossAccountCollection);
}

}  // namespace
}  // namespace dbtlint
