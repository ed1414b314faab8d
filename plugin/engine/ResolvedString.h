#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dbtlint {

// A string value as a front end resolved it: known text with holes for what
// cannot be known when scanning (an environment variable, a parameter, a
// command's output). `f"{base}/accounts/{account_id}/"` with `base` known is
// "https://cloud.getdbt.com/api/v2/accounts/" + <account_id> + "/".
class ResolvedString {
 public:
  struct Piece {
    std::string text;  // the literal text, or the hole's name (may be empty)
    bool isHole = false;
    bool operator==(const Piece&) const = default;
  };

  ResolvedString() = default;
  static ResolvedString literal(std::string text);
  static ResolvedString hole(std::string name = {});

  ResolvedString& append(const ResolvedString& other);
  ResolvedString& appendLiteral(std::string_view text);
  ResolvedString& appendHole(std::string name = {});

  const std::vector<Piece>& pieces() const { return pieces_; }
  bool isFullyKnown() const;
  // The text when fully known.
  std::optional<std::string> knownText() const;
  // For messages and tests: holes as `{name}`, or `{?}` when unnamed.
  std::string render() const;

  bool operator==(const ResolvedString&) const = default;

 private:
  std::vector<Piece> pieces_;  // adjacent literals are merged
};

}  // namespace dbtlint
