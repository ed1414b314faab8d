#pragma once

#include <string_view>

namespace dbtlint {

// The languages whose files the scanner recognises. Every file gets the text
// layer; a language with a front end also gets syntax analysis.
enum class Language {
  Unknown,
  Python,
  Yaml,
  Shell,
  Terraform,      // .tf, .tfvars, .hcl
  TerraformJson,  // .tf.json, .tfvars.json
  Json,
  Dotenv,
  C,
  Cpp,
};

std::string_view languageName(Language language);

// Decides a file's language from its name first, then from a shebang on its
// first line. `path` may be relative or absolute; only its last component and
// extension matter.
Language detectLanguage(std::string_view path, std::string_view content);

}  // namespace dbtlint
