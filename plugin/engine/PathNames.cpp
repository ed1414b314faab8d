#include "PathNames.h"

#include <filesystem>

namespace dbtlint {
namespace {

// No empty, "." or ".." part: lexically_normal would return it unchanged.
bool obviouslyNormal(std::string_view path) {
  size_t begin = path.starts_with('/') ? 1 : 0;
  while (begin <= path.size()) {
    const size_t end = std::min(path.find('/', begin), path.size());
    const std::string_view part = path.substr(begin, end - begin);
    if ((part.empty() && end != path.size()) || part == "." || part == "..") return false;
    begin = end + 1;
  }
  return true;
}

}  // namespace

std::string parentDirectory(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  if (slash == std::string_view::npos) return {};
  const size_t end = path.find_last_not_of('/', slash);
  return end == std::string_view::npos ? std::string("/") : std::string(path.substr(0, end + 1));
}

std::string_view fileName(std::string_view path) { return path.substr(path.find_last_of('/') + 1); }

std::string joinedNormal(std::string_view directory, std::string_view name) {
  std::string path;
  if (directory.empty() || name.starts_with('/')) {
    path = name;
  } else {
    path.reserve(directory.size() + 1 + name.size());
    path.append(directory);
    if (!directory.ends_with('/')) path += '/';
    path.append(name);
  }
  return obviouslyNormal(path) ? path : std::filesystem::path(path).lexically_normal().string();
}

}  // namespace dbtlint
