#pragma once

#include <map>
#include <string>
#include <vector>

#include "ResolvedString.h"
#include "SourceFile.h"
#include "Syntax.h"

namespace dbtlint::python {

struct Module;

// Where a value was built, for a finding's related location.
struct Origin {
  const SourceFile* file = nullptr;
  Span span;
};

// One value an expression can take.
struct Value {
  enum class Kind {
    String,    // `text`, holes for what is unknown
    Object,    // made by a call or imported: `type` names what made it
    Function,  // a `def` of the scanned code: `definition`
    Class,     // a `class` of the scanned code: `definition`
  };
  Kind kind = Kind::String;
  ResolvedString text;
  // Objects: the qualified name of what made them, as imported
  // ("httpx.Client", "dbtc.dbtCloudClient.cloud"); empty when unknown.
  std::string type;
  std::vector<ResolvedString> baseUrls;  // a client's base_url (or host)
  Node definition{};
  const Module* module = nullptr;  // where `definition` lives
  Origin origin;

  // A string value; one longer than kLongestString (text and holes) or of
  // more than kMostPieces pieces becomes a hole, so that strings doubled
  // again and again stay small and cheap to copy.
  static Value string(ResolvedString text, Origin origin);
  static Value object(std::string type, Origin origin) {
    Value value;
    value.kind = Kind::Object;
    value.type = std::move(type);
    value.origin = origin;
    return value;
  }
  bool sameAs(const Value& other) const;
};
using Values = std::vector<Value>;

constexpr size_t kLongestString = 8192;
// A URL or header has a few pieces; thousands of holes only cost copies.
constexpr size_t kMostPieces = 64;

// More values than this for one name or expression are dropped: the analysis
// must stay linear on code that branches a lot.
constexpr size_t kMaxValues = 16;

// Adds `more` to `values` without duplicates, up to kMaxValues.
void addValues(Values& values, const Values& more);

// Names bound at one point of the code. Lookups fall back to `parent`: a
// function's names, then its module's (as they are after the module ran).
// Attributes of `self` are bound as "self.name".
struct Scope {
  std::map<std::string, Values> names;
  const Scope* parent = nullptr;

  const Values* find(const std::string& name) const;
  void bind(const std::string& name, Values values) { names[name] = std::move(values); }
  // Every name of `other` joins this scope's values (two paths meet).
  void merge(const Scope& other);
};

}  // namespace dbtlint::python
