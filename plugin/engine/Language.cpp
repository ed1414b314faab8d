#include "Language.h"

#include <array>
#include <utility>

namespace dbtlint {
namespace {

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view baseName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

Language fromFileName(std::string_view name) {
  // Compound extensions and well-known names come before plain extensions.
  if (endsWith(name, ".tf.json") || endsWith(name, ".tfvars.json")) return Language::TerraformJson;
  if (name == ".env" || name.starts_with(".env.") || endsWith(name, ".env")) return Language::Dotenv;

  static constexpr std::array<std::pair<std::string_view, Language>, 24> kExtensions{{
      {".py", Language::Python},      {".pyi", Language::Python},    {".pyw", Language::Python},
      {".yml", Language::Yaml},       {".yaml", Language::Yaml},     {".sh", Language::Shell},
      {".bash", Language::Shell},     {".ksh", Language::Shell},     {".zsh", Language::Shell},
      {".tf", Language::Terraform},   {".tfvars", Language::Terraform}, {".hcl", Language::Terraform},
      {".json", Language::Json},      {".c", Language::C},           {".h", Language::C},
      {".cc", Language::Cpp},         {".cpp", Language::Cpp},       {".cxx", Language::Cpp},
      {".c++", Language::Cpp},        {".hh", Language::Cpp},        {".hpp", Language::Cpp},
      {".hxx", Language::Cpp},        {".ipp", Language::Cpp},       {".inl", Language::Cpp},
  }};
  const size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return Language::Unknown;
  const std::string_view extension = name.substr(dot);
  for (const auto& [known, language] : kExtensions) {
    if (extension == known) return language;
  }
  return Language::Unknown;
}

// "#!/usr/bin/env -S python3 -u" and "#!/bin/bash" both name their interpreter
// in the first word after the last slash of the program, or after `env`.
Language fromShebang(std::string_view content) {
  if (!content.starts_with("#!")) return Language::Unknown;
  std::string_view line = content.substr(2, content.find_first_of("\r\n") - 2);
  std::string_view interpreter;
  size_t position = 0;
  while (position < line.size()) {
    const size_t start = line.find_first_not_of(" \t", position);
    if (start == std::string_view::npos) break;
    const size_t end = std::min(line.find_first_of(" \t", start), line.size());
    const std::string_view word = baseName(line.substr(start, end - start));
    position = end;
    if (word == "env" || word.starts_with("-")) continue;
    interpreter = word;
    break;
  }
  if (interpreter.starts_with("python")) return Language::Python;
  static constexpr std::array<std::string_view, 6> kShells{"sh", "bash", "dash", "ksh", "zsh", "ash"};
  for (const std::string_view shell : kShells) {
    if (interpreter == shell) return Language::Shell;
  }
  return Language::Unknown;
}

}  // namespace

std::string_view languageName(Language language) {
  switch (language) {
    case Language::Python: return "python";
    case Language::Yaml: return "yaml";
    case Language::Shell: return "shell";
    case Language::Terraform: return "terraform";
    case Language::TerraformJson: return "terraform-json";
    case Language::Json: return "json";
    case Language::Dotenv: return "dotenv";
    case Language::C: return "c";
    case Language::Cpp: return "cpp";
    case Language::Unknown: break;
  }
  return "text";
}

Language detectLanguage(std::string_view path, std::string_view content) {
  const Language byName = fromFileName(baseName(path));
  return byName != Language::Unknown ? byName : fromShebang(content);
}

}  // namespace dbtlint
