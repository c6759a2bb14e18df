// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "corpus.h"

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace lede_bench {
namespace {

// A small, fast, seedable generator (splitmix64): the corpus must be the same
// on every machine, which std::mt19937's distributions do not promise.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) {
    return lo +
           static_cast<int>(Next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  bool Chance(int percent) { return Between(1, 100) <= percent; }
  template <typename T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Next() % N];
  }

 private:
  std::uint64_t state_;
};

constexpr const char* kWords[] = {
    "the",          "council",   "said",       "on",        "a",
    "new",          "plan",      "would",      "cost",      "more",
    "than",         "expected",  "and",        "residents", "were",
    "asked",        "to",        "comment",    "before",    "the",
    "vote",         "in",        "April",      "officials", "have",
    "not",          "yet",       "decided",    "whether",   "bridge",
    "river",        "market",    "school",     "hospital",  "budget",
    "station",      "harbour",   "trains",     "weather",   "storm",
    "report",       "found",     "that",       "most",      "of",
    "its",          "members",   "agreed",     "with",      "proposal",
    "which",        "includes",  "funding",    "for",       "roads",
    "parks",        "libraries", "after",      "years",     "delay",
    "minister",     "visited",   "town",       "week",      "during",
    "tour",         "region",    "where",      "farmers",   "complained",
    "about",        "prices",    "rising",     "since",     "last",
    "summer",       "company",   "announced",  "it",        "will",
    "hire",         "hundred",   "workers",    "at",        "plant",
    "north",        "of",        "city",       "by",        "end",
    "year",         "long-term", "well-known", "it's",      "didn't",
    "government's", "1,200",     "3.5",        "2024",      "per",
    "cent",         "share",     "profits",    "fell",      "rose",
    "sharply",      "quarter",   "analysts",   "expect",    "further",
    "growth",       "despite",   "concerns",   "among",     "investors",
    "local",        "police",    "confirmed",  "incident",  "early",
    "morning",      "no",        "one",        "was",       "hurt",
    "witnesses",    "described", "loud",       "noise",     "followed",
    "smoke",        "from",      "building",   "roof",
};

constexpr const char* kNames[] = {
    "Mr. Alvarez",  "Dr. Okafor",   "Ms. Lindqvist", "the U.S. embassy",
    "J. R. Moreau", "Prof. Tanaka", "Mrs. Kowalski"};

constexpr const char* kAccented[] = {"café",   "Zürich", "São Paulo", "naïve",
                                     "Kraków", "résumé", "Reykjavík"};

constexpr const char* kCjk =
    "市议会周一表示，新的交通计划将在明年春天开始实施。官员说，这项计划的费用高"
    "于预期。";

constexpr const char* kHeadingWords[] = {
    "What",   "Happens",   "Next",      "The",      "Cost",     "Of",
    "Delay",  "Residents", "React",     "A",        "Long",     "Road",
    "Ahead",  "Budget",    "Questions", "Who",      "Pays",     "History",
    "Behind", "Decision",  "Local",     "Response", "Timeline", "Risks",
    "And",    "Benefits",  "Voices",    "From",     "Market",   "Numbers"};

constexpr const char* kMonths[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kMonthAbbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kWeekdayAbbr[] = {"Mon", "Tue", "Wed", "Thu",
                                        "Fri", "Sat", "Sun"};
constexpr const char* kZones[] = {"+0000", "-0500", "+0900", "+0100",
                                  "GMT",   "EST",   "-0700"};
constexpr const char* kPlaces[] = {"MOSCOW", "SEOUL", "LONDON",    "NAIROBI",
                                   "LIMA",   "OSLO",  "WASHINGTON"};

struct Date {
  int year, month, day, hour, minute, second;
};

Date RandomDate(Rng& rng) {
  return Date{rng.Between(1995, 2030), rng.Between(1, 12), rng.Between(1, 28),
              rng.Between(0, 23),      rng.Between(0, 59), rng.Between(0, 59)};
}

// Day of week for a Gregorian date, 0 = Monday.
int Weekday(const Date& d) {
  static constexpr int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = d.year - (d.month < 3 ? 1 : 0);
  int sunday_based =
      (y + y / 4 - y / 100 + y / 400 + kOffsets[d.month - 1] + d.day) % 7;
  return (sunday_based + 6) % 7;
}

std::string Format(const char* format, ...)
    __attribute__((format(printf, 1, 2)));
std::string Format(const char* format, ...) {
  char buffer[256];
  va_list args;
  va_start(args, format);
  int n = std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  return std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
}

std::string DateText(Rng& rng, const Date& d, std::string_view family) {
  if (family == "iso_date") {
    return Format("%04d-%02d-%02d", d.year, d.month, d.day);
  }
  if (family == "iso_datetime") {
    return Format("%04d-%02d-%02dT%02d:%02d:%02d%s", d.year, d.month, d.day,
                  d.hour, d.minute, d.second, rng.Chance(50) ? "Z" : "+09:00");
  }
  if (family == "rfc2822") {
    return Format("%s, %02d %s %04d %02d:%02d:%02d %s",
                  kWeekdayAbbr[Weekday(d)], d.day, kMonthAbbr[d.month - 1],
                  d.year, d.hour, d.minute, d.second, rng.Pick(kZones));
  }
  if (family == "written") {
    return Format("%s %d, %04d", kMonths[d.month - 1], d.day, d.year);
  }
  return Format("%02d/%02d/%04d", d.month, d.day, d.year);  // numeric
}

// Appends a sentence of 8-25 words; `markdown` lets it carry emphasis.
void AppendSentence(Rng& rng, bool non_ascii, std::string* out) {
  const int words = rng.Between(8, 25);
  for (int i = 0; i < words; ++i) {
    std::string_view word = rng.Pick(kWords);
    if (rng.Chance(3)) word = rng.Pick(kNames);
    if (non_ascii && rng.Chance(8)) word = rng.Pick(kAccented);
    if (i > 0) out->push_back(' ');
    const std::size_t at = out->size();
    out->append(word);
    if (i == 0 && (*out)[at] >= 'a' && (*out)[at] <= 'z') (*out)[at] -= 32;
    if (i + 1 < words && rng.Chance(6)) out->push_back(',');
  }
  out->push_back(rng.Chance(92) ? '.' : (rng.Chance(50) ? '?' : '!'));
}

// Appends a paragraph of 40-250 words, hard-wrapped at ~72 columns in some
// articles.
void AppendParagraph(Rng& rng, bool non_ascii, bool wrap, std::string* out) {
  const int target = rng.Between(40, 250);
  std::string paragraph;
  int words = 0;
  while (words < target) {
    if (!paragraph.empty()) paragraph.push_back(' ');
    const std::size_t before = paragraph.size();
    AppendSentence(rng, non_ascii, &paragraph);
    for (std::size_t i = before; i < paragraph.size(); ++i) {
      if (paragraph[i] == ' ') ++words;
    }
    ++words;
  }
  if (non_ascii && rng.Chance(20)) {
    paragraph.push_back(' ');
    paragraph.append(kCjk);
  }
  if (wrap) {
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
      if (paragraph[i] == ' ' && i - line_start > 72) {
        paragraph[i] = '\n';
        line_start = i + 1;
      }
    }
  }
  out->append(paragraph);
}

std::string MakeHeading(Rng& rng) {
  std::string heading;
  const int words = rng.Between(2, 6);
  for (int i = 0; i < words; ++i) {
    if (i > 0) heading.push_back(' ');
    heading.append(rng.Pick(kHeadingWords));
  }
  if (rng.Chance(15)) heading.push_back('?');
  return heading;
}

std::string ToCrlf(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 40);
  for (char c : text) {
    if (c == '\n') out.push_back('\r');
    out.push_back(c);
  }
  return out;
}

}  // namespace

GeneratedArticle MakeArticle(std::uint64_t seed, std::size_t index) {
  Rng rng(seed * 0x100000001B3ull + index);
  const int style = rng.Between(0, 5);
  const bool markdown = rng.Chance(30);
  const bool non_ascii = rng.Chance(10);
  const bool wrap = rng.Chance(20);
  const bool crlf = rng.Chance(10);
  const Date date = RandomDate(rng);
  const std::string title = MakeHeading(rng);

  std::string header;
  std::string body_start;  // what comes before the first paragraph
  switch (style) {
    case 0:  // the inline date line
      header = " date " + DateText(rng, date, "iso_date") + " ";
      break;
    case 1:  // key-value block
      header = "Title: " + title + "\nAuthor: Jane Roe\nDate: " +
               DateText(rng, date, rng.Chance(50) ? "written" : "rfc2822") +
               "\nTags: city, budget, transport\n\n";
      break;
    case 2:  // YAML front matter
      header = "---\ntitle: \"" + title + "\"\nauthor: John Doe\ndate: " +
               DateText(rng, date, "iso_datetime") +
               "\ntags: [city, budget]\n---\n\n";
      break;
    case 3:  // TOML front matter
      header = "+++\ntitle = \"" + title +
               "\"\ndate = " + DateText(rng, date, "iso_datetime") +
               "\ntags = [\"city\", \"budget\"]\n+++\n\n";
      break;
    case 4:  // title line, date line, byline
      header = title + "\nPublished: " + DateText(rng, date, "written") +
               "\nBy Jane Roe and John Doe\n\n";
      body_start = Format("%s, %s %d (Newswire) - ", rng.Pick(kPlaces),
                          kMonths[date.month - 1], date.day);
      break;
    default:  // no header: a Markdown or plain title, no date
      header = markdown ? "# " + title + "\n\n" : title + "\n\n";
      break;
  }

  std::string body;
  std::string body_markdown;
  const int sections = rng.Between(2, 8);
  for (int s = 0; s < sections; ++s) {
    std::string heading;
    if (s > 0) {
      heading = MakeHeading(rng);
      body.append(markdown ? "## " + heading : heading);
      body_markdown.append("## " + heading);
      body.append("\n\n");
      body_markdown.append("\n\n");
    }
    const int paragraphs = rng.Between(1, 4);
    for (int p = 0; p < paragraphs; ++p) {
      std::string paragraph;
      if (s == 0 && p == 0) paragraph = body_start;
      if (markdown && rng.Chance(10)) {
        paragraph.append("- first point of the list\n- second point\n- third");
      } else {
        AppendParagraph(rng, non_ascii, wrap, &paragraph);
      }
      body.append(paragraph);
      body_markdown.append(paragraph);
      body.append("\n\n");
      body_markdown.append("\n\n");
    }
  }

  GeneratedArticle article;
  article.text = header + body;
  article.markdown = header + body_markdown;
  if (crlf) {
    article.text = ToCrlf(article.text);
    article.markdown = ToCrlf(article.markdown);
  }
  return article;
}

std::string_view Corpus::Text(std::size_t i) const {
  const std::size_t begin = i == 0 ? 0 : text_ends[i - 1];
  return std::string_view(text).substr(begin, text_ends[i] - begin);
}

std::string_view Corpus::Markdown(std::size_t i) const {
  const std::size_t begin = i == 0 ? 0 : markdown_ends[i - 1];
  return std::string_view(markdown).substr(begin, markdown_ends[i] - begin);
}

Corpus MakeCorpus(std::size_t target_bytes, std::uint64_t seed) {
  Corpus corpus;
  corpus.text.reserve(target_bytes + (64 << 10));
  corpus.markdown.reserve(target_bytes + (64 << 10));
  for (std::size_t i = 0; corpus.text.size() < target_bytes || i == 0; ++i) {
    GeneratedArticle article = MakeArticle(seed, i);
    corpus.text.append(article.text);
    corpus.markdown.append(article.markdown);
    corpus.text_ends.push_back(corpus.text.size());
    corpus.markdown_ends.push_back(corpus.markdown.size());
  }
  return corpus;
}

std::vector<std::string> MakeDates(std::string_view family, std::size_t count,
                                   std::uint64_t seed) {
  Rng rng(seed);
  std::vector<std::string> dates;
  dates.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    dates.push_back(DateText(rng, RandomDate(rng), family));
  }
  return dates;
}

}  // namespace lede_bench
