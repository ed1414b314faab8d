#include "LiteralPrefilter.h"

#include <re2/filtered_re2.h>

#include <algorithm>
#include <numeric>

namespace dbtlint {
namespace {

// Shorter literals would match too often to save anything.
constexpr int kShortestLiteral = 3;

}  // namespace

LiteralPrefilter::LiteralPrefilter(const std::vector<std::string>& expressions, const RE2::Options& options)
    : expressionCount_(expressions.size()), filter_(std::make_unique<re2::FilteredRE2>(kShortestLiteral)) {
  re2::FilteredRE2& filter = *filter_;
  for (const std::string& expression : expressions) {
    int id = 0;
    if (filter.Add(expression, options, &id) != RE2::NoError) {
      everyTextMayMatch_ = true;
      return;
    }
  }
  std::vector<std::string>& atoms = atoms_;
  filter.Compile(&atoms);
  // A set of literals is enough when no expression can match a text that
  // holds none of them but every other literal that can be there without
  // them (one that contains a kept literal cannot).
  std::vector<bool> kept(atoms.size(), true);
  const auto enough = [&] {
    std::vector<int> presentWithoutKept;
    for (size_t i = 0; i < atoms.size(); ++i) {
      bool holdsKept = false;
      for (size_t j = 0; j < atoms.size() && !holdsKept; ++j) {
        holdsKept = kept[j] && atoms[i].find(atoms[j]) != std::string::npos;
      }
      if (!holdsKept) presentWithoutKept.push_back(static_cast<int>(i));
    }
    std::vector<int> possible;
    filter.AllPotentials(presentWithoutKept, &possible);
    return possible.empty();
  };
  const bool allAscii = std::all_of(atoms.begin(), atoms.end(), [](const std::string& atom) {
    return std::all_of(atom.begin(), atom.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  });
  if (atoms.empty() || !allAscii || !enough()) {
    everyTextMayMatch_ = true;  // an expression needs no literal, or one the search cannot compare
    return;
  }
  // Drop the likeliest literals first (the shortest), while the rest is enough.
  std::vector<size_t> order(atoms.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::make_pair(atoms[a].size(), atoms[a]) < std::make_pair(atoms[b].size(), atoms[b]);
  });
  for (const size_t atom : order) {
    kept[atom] = false;
    if (!enough()) kept[atom] = true;
  }
  std::vector<std::string> literals;
  for (size_t i = 0; i < atoms.size(); ++i) {
    if (kept[i]) literals.push_back(atoms[i]);
  }
  std::sort(literals.begin(), literals.end());
  finder_ = std::make_unique<LiteralFinder>(std::move(literals), LiteralFinder::LetterCase::Insensitive);
}

LiteralPrefilter::~LiteralPrefilter() = default;

bool LiteralPrefilter::mayMatch(std::string_view text) const { return everyTextMayMatch_ || finder_->findsAny(text); }

std::vector<int> LiteralPrefilter::expressionsThatMayMatch(std::string_view text) const {
  const size_t literalCount = everyTextMayMatch_ ? 0 : finder_->literals().size();
  if (everyTextMayMatch_ || literalCount >= 64) {
    std::vector<int> every(mayMatch(text) ? expressionCount_ : 0);
    std::iota(every.begin(), every.end(), 0);
    return every;
  }
  const uint64_t all = (uint64_t{1} << literalCount) - 1;
  uint64_t present = 0;
  finder_->forEach(text, [&](size_t, size_t literal) {
    present |= uint64_t{1} << literal;
    return present != all;
  });
  if (present == 0) return {};
  {
    const std::lock_guard lock(givenMutex_);
    if (const auto known = given_.find(present); known != given_.end()) return known->second;
  }
  std::vector<int> expressions = expressionsGiven(present);
  const std::lock_guard lock(givenMutex_);
  return given_.try_emplace(present, std::move(expressions)).first->second;
}

std::vector<int> LiteralPrefilter::expressionsGiven(uint64_t present) const {
  // An atom may be in the text unless it holds a literal that is not.
  const std::vector<std::string>& literals = finder_->literals();
  std::vector<int> possibleAtoms;
  for (size_t atom = 0; atom < atoms_.size(); ++atom) {
    bool holdsAbsent = false;
    for (size_t literal = 0; literal < literals.size() && !holdsAbsent; ++literal) {
      holdsAbsent = (present >> literal & 1) == 0 && atoms_[atom].find(literals[literal]) != std::string::npos;
    }
    if (!holdsAbsent) possibleAtoms.push_back(static_cast<int>(atom));
  }
  std::vector<int> expressions;
  filter_->AllPotentials(possibleAtoms, &expressions);
  std::sort(expressions.begin(), expressions.end());
  return expressions;
}

}  // namespace dbtlint
