#include "Values.h"

namespace dbtlint::python {

Value Value::string(ResolvedString text, Origin origin) {
  size_t length = 0;
  for (const auto& piece : text.pieces()) length += piece.text.size() + 1;  // a hole counts too
  Value value;
  const bool tooLong = length > kLongestString || text.pieces().size() > kMostPieces;
  value.text = tooLong ? ResolvedString::hole() : std::move(text);
  value.origin = origin;
  return value;
}

bool Value::sameAs(const Value& other) const {
  return kind == other.kind && text == other.text && type == other.type && origin.file == other.origin.file &&
         origin.span.begin == other.origin.span.begin && origin.span.end == other.origin.span.end &&
         definition == other.definition;
}

void addValues(Values& values, const Values& more) {
  for (const Value& value : more) {
    if (values.size() >= kMaxValues) return;
    bool known = false;
    for (const Value& existing : values) known = known || existing.sameAs(value);
    if (!known) values.push_back(value);
  }
}

const Values* Scope::find(const std::string& name) const {
  for (const Scope* scope = this; scope != nullptr; scope = scope->parent) {
    if (const auto found = scope->names.find(name); found != scope->names.end()) return &found->second;
  }
  return nullptr;
}

void Scope::merge(const Scope& other) {
  for (const auto& [name, values] : other.names) addValues(names[name], values);
}

}  // namespace dbtlint::python
