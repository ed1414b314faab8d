#pragma once

#include <string>
#include <string_view>

namespace dbtlint {

// True for `dbtu_` (personal access token) and `dbtc_` (service token) values.
bool hasDbtTokenPrefix(std::string_view value);

// True for values that stand in for a credential rather than being one:
// `dbtu_XXXX…`, `<your-token>`, `${{ secrets.X }}`, `$VAR`, `changeme`, runs of
// one character, too few distinct characters, sequential filler.
bool looksLikePlaceholder(std::string_view value);

// True when the value mixes letters and digits, as generated keys do.
bool hasLettersAndDigits(std::string_view value);

// True when the value has at least two of lower case, upper case and digits:
// random tokens do, identifiers such as `dbtc_trigger_job_and_wait` do not.
bool hasMixedCharacterClasses(std::string_view value);

// The form in which a found secret may be shown: the token prefix, if any, and
// the last four characters (`dbtu_…a1B2`). Short values show nothing of
// themselves.
std::string redactSecret(std::string_view secret);

// `text` with every dbt Cloud token of real shape replaced by its redacted
// form: the last guard before anything is printed.
std::string redactTokensIn(std::string_view text);

}  // namespace dbtlint
