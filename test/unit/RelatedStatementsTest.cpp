// Which top-level statements of a Python module are left out of its
// analysis: each test names the statements that must stay (their text is
// unchanged) and those blanked (spaces, line ends kept).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "RelatedStatements.h"

namespace dbtlint::python {
namespace {

// A statement matters on its own when it says `dbt`; `from project… import`
// names a module of the project.
const StatementQuestions kQuestions{
    [](std::string_view statement) { return statement.find("dbt") != std::string_view::npos; },
    [](int, const std::string& dotted) { return dotted.starts_with("project"); }};

// The lines of `result` that were not blanked, joined.
std::string keptLines(std::string_view result) {
  std::string kept;
  size_t begin = 0;
  while (begin < result.size()) {
    const size_t end = std::min(result.find('\n', begin), result.size());
    const std::string_view line = result.substr(begin, end - begin);
    if (line.find_first_not_of(" \r") != std::string_view::npos) kept += std::string(line) + "\n";
    begin = end + 1;
  }
  return kept;
}

std::string keptOf(std::string_view text) {
  const std::optional<std::string> result = withUnrelatedStatementsBlanked(text, kQuestions);
  if (!result) return "(all)";
  EXPECT_EQ(result->size(), text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    // Bytes are either kept or blanked; line ends always stay.
    EXPECT_TRUE((*result)[i] == text[i] || ((*result)[i] == ' ' && text[i] != '\n')) << "at " << i;
  }
  return keptLines(*result);
}

TEST(RelatedStatements, KeepsWhatSharesAName) {
  EXPECT_EQ(keptOf("import requests\n"
                   "HOST = 'https://cloud.getdbt.com'\n"
                   "def unrelated(records):\n"
                   "    return sorted(records)\n"
                   "def accounts():\n"
                   "    return requests.get(HOST + '/api/v2/accounts/')\n"
                   "TIMEOUT = 30\n"
                   "def uses_timeout():\n"
                   "    return TIMEOUT\n"),
            "import requests\n"
            "HOST = 'https://cloud.getdbt.com'\n"
            "def accounts():\n"
            "    return requests.get(HOST + '/api/v2/accounts/')\n");
}

TEST(RelatedStatements, FollowsCallsChainsAndFieldsOfFStrings) {
  // `call` is bound by its definition and read by the statement that says
  // dbt; `PATH` reaches it through `URL`, an f-string's field.
  EXPECT_EQ(keptOf("PATH = '/api/v2/accounts/'\n"
                   "URL = f'https://x{PATH}'\n"
                   "def call(path):\n"
                   "    return URL + path\n"
                   "other = 1\n"
                   "call('dbt')\n"),
            "PATH = '/api/v2/accounts/'\n"
            "URL = f'https://x{PATH}'\n"
            "def call(path):\n"
            "    return URL + path\n"
            "call('dbt')\n");
}

TEST(RelatedStatements, AttributesAndImportsOutsideTheProjectLinkNothing) {
  // `requests` and `os` are bound by imports of other packages only, and
  // `get` and `HOST` after a dot are attributes: none joins the statements.
  EXPECT_EQ(keptOf("import os, requests\n"
                   "from typing import List\n"
                   "ACCOUNTS = requests.get(os.environ['dbt_host'])\n"
                   "def fetch(items: List):\n"
                   "    return requests.get(items.HOST)\n"),
            "import os, requests\n"
            "from typing import List\n"
            "ACCOUNTS = requests.get(os.environ['dbt_host'])\n");
}

TEST(RelatedStatements, ProjectImportsMatterAndLinkTheirNames) {
  EXPECT_EQ(keptOf("from project.settings import BASE\n"
                   "from other import helper\n"
                   "x = 1\n"
                   "def accounts():\n"
                   "    return helper(BASE + '/api/v2/accounts/')\n"),
            "from project.settings import BASE\n"
            "from other import helper\n"
            "def accounts():\n"
            "    return helper(BASE + '/api/v2/accounts/')\n");
}

TEST(RelatedStatements, BindingsOfEveryForm) {
  // Each statement binds `TOKEN` in its own way, read where dbt is named.
  for (const std::string binding : {"TOKEN = 1", "TOKEN += 1", "TOKEN: str = 1", "TOKEN: str", "TOKEN.attribute = 1",
                                    "TOKEN['key'] = 1", "for TOKEN in range(3): pass", "with open('f') as TOKEN: pass",
                                    "try:\n    pass\nexcept Exception as TOKEN:\n    pass", "import TOKEN",
                                    "from package import name as TOKEN", "if (TOKEN := 1): pass",
                                    "def set_token():\n    global TOKEN\n    TOKEN = 1", "class TOKEN: pass",
                                    "del TOKEN", "[x for TOKEN in range(3)]", "a, TOKEN = 1, 2", "TOKEN **= 2",
                                    "TOKEN //= 2", "TOKEN >>= 1", "TOKEN |= {1}"}) {
    const std::string text = binding + "\nunrelated = 2\nsend('dbt', TOKEN)\n";
    EXPECT_EQ(keptOf(text), binding + "\nsend('dbt', TOKEN)\n") << binding;
  }
}

TEST(RelatedStatements, BrokenTargetsBindAllTheyName) {
  // A `for` with no `in` binds every name after it: broken code left out
  // would report no error, so it must not hide a binding.
  EXPECT_EQ(keptOf("for a, TOKEN\nunrelated = 1\nsend('dbt', TOKEN)\n"), "for a, TOKEN\nsend('dbt', TOKEN)\n");
  EXPECT_EQ(keptOf("[x for y in (for TOKEN)]\nsend('dbt', TOKEN)\n"), "(all)");
}

TEST(RelatedStatements, ManyTargetsCostTheirNumber) {
  // 50,000 `for`s without their `in`, and as many `as`: one pass each, not
  // one per keyword to the end.
  std::string fors = "x = [";
  std::string ases = "with a ";
  for (int i = 0; i < 50000; ++i) {
    fors += "for y ";
    ases += "as b ";
  }
  EXPECT_EQ(keptOf(fors + "]\nunrelated = 1\nsend('dbt', y)\n"), fors + "]\nsend('dbt', y)\n");
  EXPECT_EQ(keptOf(ases + ": pass\nunrelated = 1\nsend('dbt', b)\n"), ases + ": pass\nsend('dbt', b)\n");
}

TEST(RelatedStatements, ComparisonsAndKeywordArgumentsBindNothing) {
  for (const std::string reading : {"TOKEN == 1", "TOKEN <= 1", "TOKEN != 1", "f(TOKEN, key=1)", "f(TOKEN=1)",
                                    "print(TOKEN[1:2])", "lambda: TOKEN", "x.TOKEN = 1"}) {
    const std::string text = reading + "\nsend('dbt', TOKEN)\n";
    EXPECT_EQ(keptOf(text), "send('dbt', TOKEN)\n") << reading;
  }
}

TEST(RelatedStatements, AFunctionsOwnNamesStayItsOwn) {
  // `url` inside `fetch` is a local: it does not bind the module's `url`.
  EXPECT_EQ(keptOf("def fetch():\n"
                   "    url = 'x'\n"
                   "    return url\n"
                   "def dbt():\n"
                   "    return 1\n"
                   "print(url)\n"),
            "def dbt():\n"
            "    return 1\n");
}

TEST(RelatedStatements, CompoundStatementsStayWhole) {
  // Decorators, `else`, `except` and `finally` clauses stay with their
  // statement; triple-quoted strings, brackets and backslashes carry lines
  // at column zero that start no statement.
  const std::string decorated = "@decorator\ndef dbt_thing():\n    pass\n";
  const std::string branches = "if a:\n    b = 'dbt'\nelse:\n    c = 1\n";
  const std::string leftOut = "d = '''\ne = 'text of the string'\n'''\nf = (\n1)\ng = 1 + \\\n2\n";
  const std::string handled = "try:\n    pass\nexcept Exception:\n    h = 'dbt'\nfinally:\n    pass\n";
  EXPECT_EQ(keptOf(decorated + branches + leftOut + handled), decorated + branches + handled);
}

TEST(RelatedStatements, CommentsGoWithTheStatementBefore) {
  EXPECT_EQ(keptOf("# heading\n"
                   "a = 1\n"
                   "# says dbt\n"
                   "b = 2\n"),
            "# heading\n"
            "a = 1\n"
            "# says dbt\n");
}

TEST(RelatedStatements, FStringsOfEveryShape) {
  // Nested quotes (Python 3.12), format specifications with fields, `{{`,
  // conversions and `=`: the reading stays in step, and the field's names count.
  EXPECT_EQ(keptOf("A = 1\n"
                   "B = f\"{C[\"k\"]!r:>{A}} {{literal}} {D=}\"\n"
                   "other = 1\n"
                   "use('dbt', B)\n"),
            "A = 1\n"
            "B = f\"{C[\"k\"]!r:>{A}} {{literal}} {D=}\"\n"
            "use('dbt', B)\n");
}

TEST(RelatedStatements, WhatCannotBeReadIsKeptWhole) {
  EXPECT_EQ(keptOf("a = 'unterminated\nb = 'dbt'\n"), "(all)");
  EXPECT_EQ(keptOf("a = (1\nb = 'dbt'\n"), "(all)");
  EXPECT_EQ(keptOf("a = 1)\nb = 'dbt'\n"), "(all)");
  EXPECT_EQ(keptOf("    a = 1\nb = 'dbt'\n"), "(all)");
  EXPECT_EQ(keptOf("a = f'{b:'}'\nc = 'dbt'\n"), "(all)");
  EXPECT_EQ(keptOf("a = 1 \\ 2\nb = 'dbt'\n"), "(all)");
  // F-strings nested in each other's fields past any real use: not followed,
  // and no deeper into the stack.
  std::string nested = "b = 'dbt'\na = ";
  for (int level = 0; level < 100000; ++level) nested += "f\"{";
  EXPECT_EQ(keptOf(nested + "\n"), "(all)");
  // Nothing to leave out.
  EXPECT_EQ(keptOf("a = 'dbt'\nb = a\n"), "(all)");
  EXPECT_EQ(keptOf("a = 'dbt'\n"), "(all)");
  EXPECT_EQ(keptOf(""), "(all)");
}

TEST(RelatedStatements, ByteOrderMarkAndCarriageReturns) {
  EXPECT_EQ(keptOf("\xEF\xBB\xBFimport os\r\nx = 1\r\ny = 'dbt'\r\n"), "\xEF\xBB\xBFimport os\r\ny = 'dbt'\r\n");
}

}  // namespace
}  // namespace dbtlint::python
