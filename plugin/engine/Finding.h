#pragma once

#include <string>
#include <vector>

#include "Language.h"
#include "Rule.h"
#include "SourceFile.h"

namespace dbtlint {

// Which layer found something. When two layers report the same rule at the
// same place, the more precise one's finding is kept.
enum class Layer { Text, Syntax };

struct Location {
  std::string path;
  Position start;
  Position end;  // one past the last character
};

struct RelatedLocation {
  Location location;
  std::string message;  // "the cross-account URL is built here"
};

// What an analysis layer reports for one file, in that file's bytes.
struct Detection {
  const Rule* rule = nullptr;
  Span span;
  std::string message;       // never holds a secret
  std::vector<Span> secrets; // credential values to redact wherever shown
  std::vector<RelatedLocation> related;
  Layer layer = Layer::Text;
};

// A detection placed for output: positions in every unit, a redacted snippet
// of its first line, and a fingerprint that survives lines moving.
struct Finding {
  const Rule* rule = nullptr;
  Level level = Level::Warning;
  std::string message;
  Location location;
  Language language = Language::Unknown;
  std::string snippet;          // the start line, secrets redacted, long lines cut
  uint32_t snippetColumn = 0;   // where the span starts in `snippet`, 0-based code points
  uint32_t snippetWidth = 0;    // how many code points of `snippet` it covers
  std::vector<RelatedLocation> related;
  std::string fingerprint;
};

// SyntaxError: the file was scanned, but its front end could not parse all of it.
enum class NotificationKind { Unreadable, Binary, TooLarge, Skipped, Configuration, SyntaxError };

// Something the user should know about the scan itself, not about the code.
struct Notification {
  Level level = Level::Warning;
  NotificationKind kind = NotificationKind::Skipped;
  std::string path;  // empty when it concerns no one file
  std::string message;
};

struct ScanResult {
  std::vector<Finding> findings;  // sorted by path, position, rule id
  std::vector<Notification> notifications;
  size_t filesScanned = 0;
};

}  // namespace dbtlint
