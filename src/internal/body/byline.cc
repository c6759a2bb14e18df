// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Bylines. A byline line is "By" and then words that read as names: each
// starts with a capital (or a non-ASCII letter), or is a particle that names
// carry ("de", "van", "bin") or that joins them ("and", "with", "of").
// Splitting: at ",", ";", "|", and at " and ", " & ", " with "; a part that
// names a role or an outlet belongs to the name before it.

#include "src/internal/body/byline.h"

#include <cstddef>
#include <string_view>

#include "src/internal/header/fields.h"

namespace lede {
namespace internal {

using header_util::EqualsIgnoreCase;
using header_util::HasClass;
using header_util::IsBlank;
using header_util::IsLetter;
using header_util::kHighByte;
using header_util::kKeyByte;
using header_util::kLowerByte;
using header_util::kUpperByte;
using header_util::PartOfSpan;
using header_util::StartsWithIgnoreCase;
using header_util::TrimBlanks;

namespace {

constexpr int kMaxBylineWords = 24;

// Lower-case words a byline may hold between names.
constexpr std::string_view kParticles[] = {
    "and", "with", "of",    "for", "in",  "at",  "the", "de",  "da",
    "di",  "del",  "della", "des", "van", "von", "der", "den", "la",
    "le",  "du",   "bin",   "ibn", "al",  "el",  "y",   "e",   "und",
};

// Words that make a part of a byline a role or an outlet.
constexpr std::string_view kRoleWords[] = {
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "writer",
    "writers",
    "staff",
    "staffer",
    "contributor",
    "contributors",
    "columnist",
    "photographer",
    "photojournalist",
    "analyst",
    "producer",
    "bureau",
    "chief",
    "senior",
    "special",
    "press",
    "news",
    "reuters",
    "associated",
    "agency",
    "agence",
    "bloomberg",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "daily",
    "wire",
    "desk",
    "service",
    "network",
    "media",
    "magazine",
    "newspaper",
    "gazette",
    "intern",
    "freelance",
    "team",
    "director",
    "professor",
    "contributing",
    // Job titles and the words they are made of.
    "engineer",
    "engineering",
    "manager",
    "developer",
    "designer",
    "scientist",
    "researcher",
    "maintainer",
    "lead",
    "head",
    "officer",
    "president",
    "founder",
    "cofounder",
    "co-founder",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "vp",
    "member",
    "architect",
    "consultant",
    "advocate",
    "evangelist",
    "fellow",
    "student",
    "lecturer",
    "host",
    "coordinator",
    "specialist",
    "administrator",
    "executive",
    "programmer",
    "reliability",
    "security",
    "operations",
    "communications",
    "marketing",
    "product",
    "community",
    "program",
    "principal",
    "chair",
    "chairman",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "representative",
    "journalist",
    // Organisations.
    "inc",
    "ltd",
    "llc",
    "corp",
    "university",
    "institute",
    "foundation",
    "group",
    "association",
    "council",
    "committee",
    "project",
};

bool IsParticle(std::string_view word) {
  for (const std::string_view particle : kParticles) {
    if (word == particle) return true;
  }
  return false;
}

bool IsWordByte(char c) {
  return HasClass(c, kKeyByte | kHighByte) || c == '\'';
}

// The words that open a byline: "By" and its counterparts in the languages
// whose dates lede reads ("Von", "Por", "Par", "Di", "Door", "Автор:").
constexpr std::string_view kByWords[] = {
    "by",     "von",   "por",   "par",   "di",   "door", "autor",
    "auteur", "автор", "Автор", "АВТОР", "oleh", "yazan"};

// Returns the length of a "By" prefix of `text` ("By ", "BY:", "by\t",
// "Von ", "Автор: "), or 0 when there is none.
std::size_t ByPrefixLength(std::string_view text) {
  for (const std::string_view word : kByWords) {
    const std::size_t n = word.size();
    if (text.size() <= n || !StartsWithIgnoreCase(text, word)) continue;
    if (!IsBlank(text[n]) && text[n] != ':') continue;
    std::size_t i = n;
    if (text[i] == ':') ++i;
    while (i < text.size() && IsBlank(text[i])) ++i;
    return i;
  }
  return 0;
}

// Calls `f(word)` for each run of word bytes in `text`; stops and returns
// false when `f` does.
template <typename F>
bool ForEachWord(std::string_view text, F f) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    const std::size_t begin = i;
    while (i < text.size() && IsWordByte(text[i])) ++i;
    if (i > begin && !f(text.substr(begin, i - begin))) return false;
  }
  return true;
}

// Whether `part` (after a ",", ";" or "|") reads as a role: an acronym
// ("AP", "ISRG"), a word of a job title or an organisation ("Site
// Reliability Engineer", "Acme Inc"), or lowercase words that are no name
// particles ("a freelance writer based in Paris"). A part of capitalised
// words and particles only is a name.
bool IsRole(std::string_view part) {
  bool lowercase_word = false;
  ForEachWord(part, [&lowercase_word](std::string_view word) {
    if (HasClass(word[0], kLowerByte) && !IsParticle(word)) {
      lowercase_word = true;
      return false;
    }
    return true;
  });
  if (lowercase_word) return true;
  std::size_t letters = 0;
  bool all_upper = true;
  for (const char c : part) {
    if (IsLetter(c)) {
      ++letters;
      all_upper = all_upper && HasClass(c, kUpperByte);
    } else if (!IsBlank(c)) {
      all_upper = false;
    }
  }
  if (all_upper && letters >= 2 && letters <= 5) return true;  // AP, AFP
  bool role = false;
  ForEachWord(part, [&role](std::string_view word) {
    for (const std::string_view role_word : kRoleWords) {
      if (EqualsIgnoreCase(word, role_word)) {
        role = true;
        return false;
      }
    }
    return true;
  });
  return role;
}

// Returns the length of the separator at text[i], or 0.
std::size_t SeparatorAt(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == ',' || c == ';' || c == '|') return 1;
  if (!IsBlank(c)) return 0;
  for (const std::string_view word :
       {std::string_view("and"), std::string_view("&"),
        std::string_view("with"), std::string_view("und"),
        std::string_view("y"), std::string_view("et"), std::string_view("e"),
        std::string_view("en"), std::string_view("и")}) {
    const std::size_t end = i + 1 + word.size();
    if (end < text.size() && IsBlank(text[end]) &&
        EqualsIgnoreCase(text.substr(i + 1, word.size()), word)) {
      return end + 1 - i;
    }
  }
  return 0;
}

// Whether `text` starts (after blanks) with "and " or "& ": the ", and" of
// a list of names.
bool StartsJoiner(std::string_view text) {
  text = TrimBlanks(text);
  for (const std::string_view joiner :
       {std::string_view("and"), std::string_view("&")}) {
    if (text.size() > joiner.size() && IsBlank(text[joiner.size()]) &&
        StartsWithIgnoreCase(text, joiner)) {
      return true;
    }
  }
  return false;
}

// Drops a leading "and " or "& " left by ", and".
std::string_view TrimPart(std::string_view part) {
  part = TrimBlanks(part);
  for (const std::string_view joiner :
       {std::string_view("and"), std::string_view("&")}) {
    if (part.size() > joiner.size() && IsBlank(part[joiner.size()]) &&
        StartsWithIgnoreCase(part, joiner)) {
      part = TrimBlanks(part.substr(joiner.size()));
    }
  }
  const std::size_t by = ByPrefixLength(part);
  return by > 0 ? part.substr(by) : part;
}

}  // namespace

bool IsBylineLine(std::string_view line) {
  line = TrimBlanks(line);
  if (line.size() > kMaxBylineBytes) return false;
  const std::size_t by = ByPrefixLength(line);
  if (by == 0 || by >= line.size()) return false;
  return ReadsAsNames(line.substr(by));
}

bool ReadsAsNames(std::string_view text) {
  if (text.size() > kMaxBylineBytes) return false;
  int words = 0;
  const bool names = ForEachWord(text, [&words](std::string_view word) {
    const bool first = words == 0;
    if (++words > kMaxBylineWords) return false;
    const char c = word[0];
    if (HasClass(c, kUpperByte | kHighByte)) return true;
    // "By the time ...", "By 2030 ...": prose.
    return !first && HasClass(c, kLowerByte) && IsParticle(word);
  });
  return names && words > 0;
}

void SetByline(const TextSpan& text, ParseState* state) {
  const std::string_view input = state->input;
  std::string_view value = TrimBlanks(text.text);
  const std::size_t by = ByPrefixLength(value);
  if (by > 0 && by < value.size()) value = value.substr(by);
  const TextSpan byline = PartOfSpan(input, text, value);
  state->view.byline = Byline{byline, {}};
  AppendAuthors(byline, state);
}

void AppendAuthors(const TextSpan& text, ParseState* state) {
  const std::string_view input = state->input;
  const std::string_view value = text.text;
  const std::size_t first_author = state->authors.size();
  std::size_t role_begin = 0;  // in `value`, of the last author's role
  std::size_t part_begin = 0;
  bool after_joiner = false;
  std::size_t i = 0;
  while (i <= value.size()) {
    const std::size_t separator = i < value.size() ? SeparatorAt(value, i) : 1;
    if (separator == 0) {
      ++i;
      continue;
    }
    const std::string_view part =
        TrimPart(value.substr(part_begin, i - part_begin));
    if (!part.empty()) {
      const std::size_t at =
          static_cast<std::size_t>(part.data() - value.data());
      // A part after "and" or "&" is a name ("Eric Huss & TC"); one after a
      // comma, a role when it reads as one.
      if (state->authors.size() > first_author && !after_joiner &&
          IsRole(part)) {
        Author& author = state->authors.back();
        if (!author.role) role_begin = at;
        author.role =
            PartOfSpan(input, text,
                       value.substr(role_begin, at + part.size() - role_begin));
      } else {
        // Filled in place (a copy of one built on the stack stalls).
        state->authors.emplace_back().name = PartOfSpan(input, text, part);
      }
    }
    after_joiner = separator > 1 || (i + separator < value.size() &&
                                     StartsJoiner(value.substr(i + 1)));
    i += separator;
    part_begin = i;
  }
}

}  // namespace internal
}  // namespace lede
