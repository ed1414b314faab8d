#pragma once

#include <memory>
#include <string>

namespace dbtlint {

// A git work tree's ignore rules, index and HEAD, for paths relative to its
// top. libgit2 is used from a module of its own (git/GitWorkTreeModule.cpp),
// opened at the first directory walked or SARIF log written: it and the dozen
// libraries it needs take a few milliseconds to load, which a run over files
// named on the command line (a pre-commit hook, an editor) does not pay.
class GitWorkTree {
 public:
  virtual ~GitWorkTree() = default;

  virtual std::string top() const = 0;        // absolute, ends with '/'
  virtual std::string remoteUrl() const = 0;  // the `origin` remote's URL as configured; empty without one
  virtual std::string headCommit() const = 0;  // empty before the first commit
  virtual std::string headBranch() const = 0;  // empty when HEAD is detached
  // Whether git ignores the path: an ignore rule matches it and it is not tracked.
  virtual bool isIgnored(const std::string& relativePath, bool isDirectory) const = 0;
};

// The non-bare work tree containing `directory`, or nullptr outside any or
// when the module cannot be loaded; then `moduleError` says why. Outside any
// folder that may belong to a repository the module is not loaded at all.
std::unique_ptr<GitWorkTree> openGitWorkTree(const std::string& directory, std::string& moduleError);

// The module's entry point.
using OpenGitWorkTree = GitWorkTree*(const char* directory);
inline constexpr const char* kOpenGitWorkTreeSymbol = "dbtlintOpenGitWorkTree";

}  // namespace dbtlint
