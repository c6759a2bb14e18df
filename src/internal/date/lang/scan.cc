// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The words scanner reads the text as tokens (numbers, words, punctuation),
// lexed lazily so that a prefix scan of a long header line looks only at the
// tokens of its date, and then as a sequence of elements in any of the
// orders the languages write: a weekday, the day, the month, the year, a time
// and a zone, with the connectors and markers between them ("25. März 2024
// um 10:05 Uhr", "2024年3月25日(月) 10時05分", "ngày 25 tháng 3 năm 2024").
// Each word read narrows the set of languages the date may be in; the
// language reported is the first listed one left, and it decides what a word
// of several meanings means ("do": Sunday in Spanish, Thursday in Dutch).

#include "src/internal/date/lang/scan.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/strings/match.h"
#include "absl/time/civil_time.h"
#include "lede/date.h"
#include "src/internal/date/date_scan.h"
#include "src/internal/date/lang/words.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace lang {
namespace {

constexpr std::uint32_t kEnglishBit = 1u;
constexpr std::string_view kNoMonthNamed = "no month named {slice}";

enum class TokenKind : std::uint8_t { kNumber, kWord, kPunct };

// Left uninitialized until lexed: the scanner keeps an array of them on the
// stack for every call.
struct Token {
  std::uint32_t begin;
  std::uint32_t end;
  TokenKind kind;
  bool space_before;
  // A word of a script written without spaces (Han, kana, Hangul).
  bool unspaced;
  char punct;  // kPunct: the ASCII form ("（" is '('); 0 for others
  std::uint8_t digits;
  std::uint64_t value;  // kNumber: its value (19 digits at most)
  WordMeanings words;   // kWord: its meanings (empty when unknown)
};

enum class CharKind : std::uint8_t {
  kSpace,
  kDigit,
  kLetter,
  kUnspaced,
  kPunct,
  kOther
};

struct Char {
  CharKind kind = CharKind::kOther;
  std::uint32_t length = 1;
  int digit = 0;
  char punct = 0;
};

bool IsUnspacedScript(std::uint32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) ||  // kana
         (c >= 0x3400 && c <= 0x9FFF) ||  // Han
         (c >= 0xF900 && c <= 0xFAFF) ||  // Han compatibility
         (c >= 0xAC00 && c <= 0xD7A3) ||  // Hangul syllables
         (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}

Char ReadChar(const char* p, const char* end) {
  const unsigned char b = static_cast<unsigned char>(*p);
  if (b < 0x80) {
    const std::uint16_t cls = ByteClass(static_cast<char>(b));
    if ((cls & (kByteBlank | kByteEol)) != 0 || b == '\f' || b == '\v') {
      return {CharKind::kSpace, 1, 0, 0};
    }
    if ((cls & kByteDigit) != 0) return {CharKind::kDigit, 1, b - '0', 0};
    if ((cls & kByteAlpha) != 0) return {CharKind::kLetter, 1, 0, 0};
    return {CharKind::kPunct, 1, 0, static_cast<char>(b)};
  }
  const Utf8Char u = DecodeUtf8(p, end);
  if (!u.valid) return {CharKind::kOther, u.length, 0, 0};
  const std::uint32_t c = u.code_point;
  const std::uint32_t n = u.length;
  if (c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
      c == 0x3000) {
    return {CharKind::kSpace, n, 0, 0};
  }
  if (c >= 0xFF10 && c <= 0xFF19) {
    return {CharKind::kDigit, n, static_cast<int>(c - 0xFF10), 0};
  }
  switch (c) {
    case 0xFF08:
      return {CharKind::kPunct, n, 0, '('};
    case 0xFF09:
      return {CharKind::kPunct, n, 0, ')'};
    case 0xFF1A:
      return {CharKind::kPunct, n, 0, ':'};
    case 0xFF0C:
    case 0x3001:
      return {CharKind::kPunct, n, 0, ','};
    case 0xFF0E:
      return {CharKind::kPunct, n, 0, '.'};
    case 0xFF0F:
      return {CharKind::kPunct, n, 0, '/'};
    case 0xFF0B:
      return {CharKind::kPunct, n, 0, '+'};
    case 0x2212:
      return {CharKind::kPunct, n, 0, '-'};
    case 0xBA:  // º, °: ordinal markers ("1º")
    case 0xB0:
      return {CharKind::kLetter, n, 0, 0};
    default:
      break;
  }
  if (IsUnspacedScript(c)) return {CharKind::kUnspaced, n, 0, 0};
  const CharClass cls = ClassifyCodePoint(c);
  if (cls == CharClass::kLetter) return {CharKind::kLetter, n, 0, 0};
  if (cls == CharClass::kCjk) return {CharKind::kUnspaced, n, 0, 0};
  return {CharKind::kPunct, n, 0, 0};
}

// The longest run of unspaced characters tried as one word ("星期一",
// "월요일").
constexpr int kMaxUnspacedChars = 6;
// More tokens than this and the rest of the text is not part of the date.
constexpr int kMaxTokens = 48;

class Lexer {
 public:
  explicit Lexer(std::string_view text)
      : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()) {}

  // The token `i`, lexing up to it; nullptr past the end of the text.
  const Token* At(int i) {
    if (i < count_) return &tokens_[i];
    return LexTo(i);
  }

  // The token `i`, already lexed (`i` below the count At() reached).
  const Token* Lexed(int i) { return &tokens_[i]; }

 private:
  bool SkipSpace() {
    bool any = false;
    while (p_ < end_) {
      if (*p_ == ' ') {
        ++p_;
        any = true;
        continue;
      }
      const Char c = ReadChar(p_, end_);
      if (c.kind != CharKind::kSpace) break;
      p_ += c.length;
      any = true;
    }
    return any;
  }

  const Token* LexTo(int i) {
    while (count_ <= i) {
      if (done_ || count_ == kMaxTokens || !Next(&tokens_[count_])) {
        done_ = true;
        return nullptr;
      }
      ++count_;
    }
    return &tokens_[i];
  }

  bool Next(Token* t) {
    t->space_before = SkipSpace();
    if (p_ == end_) return false;
    t->unspaced = false;
    t->punct = 0;
    t->digits = 0;
    t->value = 0;
    t->words = {};
    t->begin = static_cast<std::uint32_t>(p_ - begin_);
    const std::uint16_t cls = ByteClass(*p_);
    if ((cls & (kByteAlnum | kByteHigh)) == 0) {  // ASCII punctuation
      t->kind = TokenKind::kPunct;
      t->punct = *p_++;
      t->end = t->begin + 1;
      return true;
    }
    const Char c = (cls & kByteHigh) != 0
                       ? ReadChar(p_, end_)
                       : Char{(cls & kByteDigit) != 0 ? CharKind::kDigit
                                                      : CharKind::kLetter,
                              1, 0, 0};
    if (c.kind == CharKind::kDigit) {
      t->kind = TokenKind::kNumber;
      t->digits = 0;
      t->value = 0;
      while (p_ < end_) {
        if (IsDigitByte(*p_)) {  // the common case, without decoding
          if (t->digits < 19) {
            t->value = t->value * 10 + static_cast<std::uint64_t>(*p_ - '0');
          }
          if (t->digits < 255) ++t->digits;
          ++p_;
          continue;
        }
        if (!IsHighByte(*p_)) break;
        const Char d = ReadChar(p_, end_);
        if (d.kind != CharKind::kDigit) break;
        if (t->digits < 19) {
          t->value = t->value * 10 + static_cast<std::uint64_t>(d.digit);
        }
        if (t->digits < 255) ++t->digits;
        p_ += d.length;
      }
    } else if (c.kind == CharKind::kLetter) {
      LexWord(t);
    } else if (c.kind == CharKind::kUnspaced) {
      LexUnspaced(t);
    } else {
      t->kind = TokenKind::kPunct;
      t->punct = c.punct;
      p_ += c.length;
    }
    t->end = static_cast<std::uint32_t>(p_ - begin_);
    return true;
  }

  // Letters, and hyphens between letters ("segunda-feira").
  const char* LetterRunEnd(const char* p) const {
    while (p < end_) {
      if ((ByteClass(*p) & kByteAlpha) != 0) {
        ++p;
        continue;
      }
      const Char c = ReadChar(p, end_);
      if (c.kind == CharKind::kLetter) {
        p += c.length;
      } else if (c.punct == '-' && p + 1 < end_ &&
                 ReadChar(p + 1, end_).kind == CharKind::kLetter) {
        p += 1;
      } else {
        break;
      }
    }
    return p;
  }

  void LexWord(Token* t) {
    t->kind = TokenKind::kWord;
    t->unspaced = false;
    const char* const word_end = LetterRunEnd(p_);
    char folded[kMaxFoldedWord];
    std::size_t length = 0;
    t->words = {};
    if (FoldWord(std::string_view(p_, static_cast<std::size_t>(word_end - p_)),
                 folded, &length)) {
      t->words = LookUpWord(std::string_view(folded, length));
    }
    p_ = word_end;
    if (!HasMultiHead(t->words)) return;
    // A name of several words ("thứ hai", "a las"): the longer reading wins.
    const char* q = p_;
    bool spaced = false;
    while (q < end_) {
      const Char c = ReadChar(q, end_);
      if (c.kind != CharKind::kSpace) break;
      q += c.length;
      spaced = true;
    }
    if (!spaced || q == end_ || ReadChar(q, end_).kind != CharKind::kLetter) {
      return;
    }
    const char* const second_end = LetterRunEnd(q);
    if (length >= kMaxFoldedWord) return;
    std::size_t longer = length;
    folded[longer++] = ' ';
    if (!FoldWord(std::string_view(q, static_cast<std::size_t>(second_end - q)),
                  folded, &longer)) {
      return;
    }
    const WordMeanings both = LookUpWord(std::string_view(folded, longer));
    if (both.empty()) return;
    t->words = both;
    p_ = second_end;
  }

  static bool HasMultiHead(const WordMeanings& words) {
    for (int i = 0; i < words.count; ++i) {
      if (words.begin[i].kind == WordKind::kMultiHead) return true;
    }
    return false;
  }

  // The longest known word at the start of a run of unspaced characters
  // ("日" of "日星期一"), or the whole run when none is known.
  void LexUnspaced(Token* t) {
    t->kind = TokenKind::kWord;
    t->unspaced = true;
    const char* ends[kMaxUnspacedChars];
    int n = 0;
    const char* q = p_;
    while (q < end_ && n < kMaxUnspacedChars) {
      const Char c = ReadChar(q, end_);
      if (c.kind != CharKind::kUnspaced) break;
      q += c.length;
      ends[n++] = q;
    }
    for (int k = n - 1; k >= 0; --k) {
      const WordMeanings words = LookUpWord(
          std::string_view(p_, static_cast<std::size_t>(ends[k] - p_)));
      if (!words.empty()) {
        t->words = words;
        p_ = ends[k];
        return;
      }
    }
    t->words = {};
    while (q < end_ && ReadChar(q, end_).kind == CharKind::kUnspaced) {
      q += ReadChar(q, end_).length;
    }
    p_ = q;
  }

  const char* const begin_;
  const char* p_;
  const char* const end_;
  Token tokens_[kMaxTokens];
  int count_ = 0;
  bool done_ = false;
};

// What the scanner has read so far; copied to step back from a reading that
// fails halfway.
struct Fields {
  int year = 0;
  int month = 0;  // 1..12 once read
  int day = 0;
  int hour = -1;
  int minute = 0;
  int second = -1;
  std::uint64_t fraction = 0;
  int fraction_digits = 0;
  bool has_offset = false;
  int offset_minutes = 0;
  int zone_token = -1;          // "UTC", "GMT": the abbreviation as written
  std::uint32_t languages = 0;  // the languages every word read is in
  bool any_word = false;
  bool year_first = false;  // the year came before the month ("2024年3月")
  char day_separator = 0;   // '.', '/' or '-' right after a numeric day
  int month_word = -1;      // the token of the month's name
  int weekday_word = -1;    // the token of the weekday's name
  int weekday_number = -1;  // "Th 2": the number after a weekday prefix
  int period_word = -1;     // the token of AM/PM
  int day_token = -1;
  int first = -1;  // the first and last tokens of the date
  int last = -1;
  bool ambiguous_month = false;  // a word read as month is also a weekday
};

class WordsScanner {
 public:
  WordsScanner(std::string_view text, const DateOptions& options, bool prefix,
               bool weekday_first)
      : text_(text),
        options_(options),
        prefix_(prefix),
        weekday_first_(weekday_first),
        lexer_(text) {
    f_.languages = options.languages.mask() & ~kEnglishBit;
  }

  bool Scan(DateTime* date, std::size_t* offset, std::size_t* length,
            DateScanError* error, bool* ambiguous_month);

  // The end of the last token read into the date (0 before any).
  [[nodiscard]] std::size_t progress() { return progress_; }

 private:
  const Token* At(int i) { return lexer_.At(i); }
  const Token* Lexed(int i) { return lexer_.Lexed(i); }

  // The punctuation at token `i`, or 0.
  char PunctAt(int i) {
    const Token* t = At(i);
    return t != nullptr && t->kind == TokenKind::kPunct ? t->punct : '\0';
  }
  bool IsPunct(int i, char c) { return c != '\0' && PunctAt(i) == c; }
  bool Adjacent(int i) {
    const Token* t = At(i);
    return t != nullptr && !t->space_before;
  }
  const Token* Number(int i) {
    const Token* t = At(i);
    return t != nullptr && t->kind == TokenKind::kNumber ? t : nullptr;
  }
  // The two-digit number right after the separator at `i` ("05" of ":05"),
  // both adjacent, or nullptr.
  const Token* TwoDigitsAfter(int i) {
    if (!Adjacent(i)) return nullptr;
    const Token* t = Number(i + 1);
    return t != nullptr && !t->space_before && t->digits == 2 ? t : nullptr;
  }
  // The languages in which token `i` is a word of `kind` among those still
  // possible; 0 when it is not.
  std::uint32_t WordIn(int i, WordKind kind) {
    const Token* t = At(i);
    if (t == nullptr || t->kind != TokenKind::kWord) return 0;
    return t->words.Languages(kind) & f_.languages;
  }
  void Take(std::uint32_t languages) {
    f_.languages &= languages;
    f_.any_word = true;
  }
  void Mark(int first, int last) {
    if (f_.first < 0) f_.first = first;
    f_.last = last;
  }

  bool ReadWeekday(int* i);
  bool ReadDatePart(int* i);
  bool ReadDayNumber(int* i);
  bool ReadYearNumber(int* i);
  bool ReadTime(int* i);
  bool ReadClock(int* i, bool after_connector);
  void ReadZone(int* i);
  int ReadDayPeriod(int i);
  bool ReadElement(int* i);

  bool Fail(int token, std::string_view what, DateScanError* error);
  bool FailAt(std::size_t offset, std::size_t length, std::string_view what,
              DateScanError* error);

  std::string_view text_;
  const DateOptions& options_;
  const bool prefix_;
  const bool weekday_first_;
  Lexer lexer_;
  Fields f_;
  std::size_t progress_ = 0;
};

bool WordsScanner::ReadWeekday(int* i) {
  if (f_.weekday_word >= 0) return false;
  int j = *i;
  const bool paren = IsPunct(j, '(');
  if (paren) ++j;
  const Token* t = At(j);
  if (t == nullptr || t->kind != TokenKind::kWord || t->words.empty()) {
    return false;
  }
  const Fields saved = f_;
  if (const std::uint32_t in = WordIn(j, WordKind::kWeekday)) {
    Take(in);
    f_.weekday_word = j++;
    if (IsPunct(j, '.') && Adjacent(j)) ++j;
  } else if (const std::uint32_t by_number =
                 WordIn(j, WordKind::kWeekdayPrefix)) {
    const Token* n = Number(j + 1);
    if (n == nullptr || n->digits > 1) return false;
    Take(by_number);
    f_.weekday_word = j;
    f_.weekday_number = static_cast<int>(n->value);
    j += 2;
  } else {
    return false;
  }
  if (paren) {
    if (!IsPunct(j, ')')) {
      f_ = saved;
      return false;
    }
    ++j;
  }
  Mark(*i, j - 1);
  *i = j;
  return true;
}

// A day number: "25", "25.", "1er", "25-го", "25日", "25일", "ngày 25".
bool WordsScanner::ReadDayNumber(int* i) {
  if (f_.day != 0) return false;
  int j = *i;
  std::uint32_t prefix = 0;
  if ((prefix = WordIn(j, WordKind::kDayPrefix)) != 0) ++j;
  const Token* n = Number(j);
  if (n == nullptr || n->digits > 2 || n->value < 1 || n->value > 31) {
    return false;
  }
  const int number = j++;
  char separator = 0;
  if (const std::uint32_t in =
          Adjacent(j) ? WordIn(j, WordKind::kDaySuffix) : 0) {
    Take(in);
    ++j;
  } else if (IsPunct(j, '-') && Adjacent(j) && Adjacent(j + 1) &&
             WordIn(j + 1, WordKind::kDaySuffix) != 0) {
    Take(WordIn(j + 1, WordKind::kDaySuffix));
    j += 2;
  } else if ((IsPunct(j, '.') || IsPunct(j, '/') || IsPunct(j, '-')) &&
             Adjacent(j)) {
    // "25." (German, Czech, Polish) or the separator of "25.03.2024".
    separator = PunctAt(j);
    ++j;
  }
  if (prefix != 0) Take(prefix);
  f_.day = static_cast<int>(n->value);
  f_.day_token = number;
  f_.day_separator = separator;
  Mark(*i, j - 1);
  *i = j;
  return true;
}

// A year: "2024", "2024 г.", "2024 года", "2024 r.", "2024年", "năm 2024".
bool WordsScanner::ReadYearNumber(int* i) {
  if (f_.year != 0) return false;
  int j = *i;
  const std::uint32_t prefix = WordIn(j, WordKind::kYearPrefix);
  if (prefix != 0) ++j;
  const Token* n = Number(j);
  if (n == nullptr || n->digits != 4 || n->value == 0) return false;
  ++j;
  if (const std::uint32_t in = WordIn(j, WordKind::kYearSuffix)) {
    Take(in);
    ++j;
    if (IsPunct(j, '.') && Adjacent(j)) ++j;
  }
  if (prefix != 0) Take(prefix);
  f_.year = static_cast<int>(n->value);
  if (f_.month == 0 && f_.day == 0) {
    f_.year_first = true;
    // "2024. 3. 25." (Korean): the dot after a year that comes first.
    if (j == *i + 1 && IsPunct(j, '.') && Adjacent(j) && Number(j + 1)) ++j;
  }
  Mark(*i, j - 1);
  *i = j;
  return true;
}

bool WordsScanner::ReadDatePart(int* i) {
  const Token* t = At(*i);
  if (t == nullptr) return false;
  int j = *i;
  if (t->kind == TokenKind::kWord) {
    if (f_.month == 0) {
      if (const std::uint32_t in = WordIn(j, WordKind::kMonth)) {
        const bool also_weekday = WordIn(j, WordKind::kWeekday) != 0;
        if (!(also_weekday && weekday_first_ && f_.weekday_word < 0 &&
              f_.day == 0 && f_.year == 0)) {
          Take(in);
          f_.ambiguous_month |= also_weekday;
          f_.month = -1;  // named: the value depends on the language
          f_.month_word = j++;
          if (IsPunct(j, '.') && Adjacent(j)) ++j;
          Mark(*i, j - 1);
          *i = j;
          return true;
        }
      }
      if (const std::uint32_t in = WordIn(j, WordKind::kMonthPrefix)) {
        const Token* n = Number(j + 1);
        if (n != nullptr && n->digits <= 2 && n->value >= 1 && n->value <= 12) {
          Take(in);
          f_.month = static_cast<int>(n->value);
          j += 2;
          if (IsPunct(j, ',')) ++j;  // "tháng 3, 2024"
          Mark(*i, j - 1);
          *i = j;
          return true;
        }
      }
    }
    return ReadDayNumber(i) || ReadYearNumber(i);
  }
  if (t->kind != TokenKind::kNumber) return false;
  // A number with its marker: 3"月", 3"월".
  if (f_.month == 0 && Adjacent(j + 1) && t->digits <= 2 && t->value >= 1 &&
      t->value <= 12) {
    if (const std::uint32_t in = WordIn(j + 1, WordKind::kMonthSuffix)) {
      Take(in);
      f_.month = static_cast<int>(t->value);
      Mark(j, j + 1);
      *i = j + 2;
      return true;
    }
  }
  // The numeric month of "25.03.2024" or "2024. 3. 25.".
  const bool after_day =
      f_.day != 0 && f_.day_separator != 0 && f_.last + 1 == j && f_.year == 0;
  const bool after_year = f_.year_first && f_.month == 0 && f_.day == 0 &&
                          f_.last + 1 == j && IsPunct(j - 1, '.');
  if (!after_year && (ReadYearNumber(i) || ReadDayNumber(i))) return true;
  if (f_.month == 0 && (after_day || after_year) && t->digits <= 2 &&
      t->value >= 1 && t->value <= 12) {
    f_.month = static_cast<int>(t->value);
    ++j;
    const char separator = after_day ? f_.day_separator : '.';
    if (IsPunct(j, separator) && Adjacent(j)) {
      ++j;
    } else if (after_day) {
      return false;
    }
    Mark(*i, j - 1);
    *i = j;
    return true;
  }
  return false;
}

// AM or PM at token `i` in a language still possible: the languages, or 0.
int WordsScanner::ReadDayPeriod(int i) {
  return static_cast<int>(WordIn(i, WordKind::kDayPeriod));
}

// "10:05", "10:05:30.25", "10h05", "10h", "10 Uhr", "10.05 Uhr", "10時05分",
// "10시 5분", each with an AM/PM word before or after it.
bool WordsScanner::ReadClock(int* i, bool after_connector) {
  int j = *i;
  if (const std::uint32_t in = static_cast<std::uint32_t>(ReadDayPeriod(j))) {
    Take(in);
    f_.period_word = j++;
  }
  const Token* h = Number(j);
  if (h == nullptr || h->digits > 2 || h->value > 23) return false;
  const int hour = static_cast<int>(h->value);
  ++j;
  bool settled = f_.period_word >= 0;
  bool hour_marked = false;
  int minute = 0;
  int second = -1;
  if (const Token* mm = IsPunct(j, ':') ? TwoDigitsAfter(j) : nullptr) {
    minute = static_cast<int>(mm->value);
    j += 2;
    settled = true;
    if (const Token* ss = IsPunct(j, ':') ? TwoDigitsAfter(j) : nullptr) {
      second = static_cast<int>(ss->value);
      j += 2;
      if ((IsPunct(j, '.') || IsPunct(j, ',')) && Adjacent(j) &&
          Number(j + 1) != nullptr && Adjacent(j + 1)) {
        const Token* frac = Number(j + 1);
        if (frac->digits > DateTime::kMaxFractionDigits) return false;
        f_.fraction = frac->value;
        f_.fraction_digits = frac->digits;
        j += 2;
      }
    }
  } else if (const std::uint32_t marker = WordIn(j, WordKind::kHourSuffix)) {
    Take(marker);
    ++j;
    settled = hour_marked = true;
    const Token* m = Number(j);
    if (m != nullptr && m->digits <= 2 && m->value <= 59) {
      minute = static_cast<int>(m->value);
      ++j;
      if (const std::uint32_t mi = WordIn(j, WordKind::kMinuteSuffix)) {
        Take(mi);
        ++j;
        const Token* s = Number(j);
        const std::uint32_t si = WordIn(j + 1, WordKind::kSecondSuffix);
        if (s != nullptr && s->digits <= 2 && s->value <= 59 && si != 0) {
          Take(si);
          second = static_cast<int>(s->value);
          j += 2;
        }
      }
    }
  } else if (const Token* dotted =
                 IsPunct(j, '.') ? TwoDigitsAfter(j) : nullptr) {
    // "10.05 Uhr", "pukul 10.05", "10.05 WIB": a dot needs a marker.
    if (after_connector || WordIn(j + 2, WordKind::kHourSuffix) != 0 ||
        WordIn(j + 2, WordKind::kZone) != 0) {
      minute = static_cast<int>(dotted->value);
      j += 2;
      settled = true;
    }
  }
  if (!hour_marked) {
    if (const std::uint32_t in = WordIn(j, WordKind::kHourSuffix)) {
      Take(in);
      ++j;
      settled = true;
    }
  }
  if (f_.period_word < 0) {
    if (const std::uint32_t in = static_cast<std::uint32_t>(ReadDayPeriod(j))) {
      Take(in);
      f_.period_word = j++;
      if (IsPunct(j, '.') && Adjacent(j)) ++j;  // "vorm."
      settled = true;
    }
  }
  if (!settled || minute > 59 || second > 59) return false;
  if (f_.period_word >= 0 && (hour < 1 || hour > 12)) return false;
  f_.hour = hour;
  f_.minute = minute;
  f_.second = second;
  Mark(*i, j - 1);
  *i = j;
  return true;
}

// "UTC", "GMT+3", "+03:00", "-0500".
void WordsScanner::ReadZone(int* i) {
  int j = *i;
  const Token* t = At(j);
  if (t == nullptr) return;
  const absl::string_view word(text_.data() + t->begin, t->end - t->begin);
  bool named = false;
  if (t->kind == TokenKind::kWord &&
      (absl::EqualsIgnoreCase(word, "utc") ||
       absl::EqualsIgnoreCase(word, "gmt") ||
       absl::EqualsIgnoreCase(word, "ut") ||
       (absl::EqualsIgnoreCase(word, "z") && !t->space_before))) {
    f_.zone_token = j++;
    f_.has_offset = true;
    f_.offset_minutes = 0;
    named = true;
  } else if (const std::uint32_t in = WordIn(j, WordKind::kZone)) {
    // A zone of the language ("МСК", "MEZ", "WIB"): one offset in every
    // language that names it.
    Take(in);
    int language = 0;
    while (((in >> language) & 1u) == 0) ++language;
    const int value = t->words.Value(WordKind::kZone, language);
    f_.zone_token = j++;
    f_.has_offset = true;
    f_.offset_minutes = (value - 64) * 15;
    Mark(*i, j - 1);
    *i = j;
    return;
  }
  const char sign_char = PunctAt(j);
  const Token* n = (sign_char == '+' || sign_char == '-') && Adjacent(j + 1)
                       ? Number(j + 1)
                       : nullptr;
  if (n != nullptr) {
    const int sign = sign_char == '-' ? -1 : 1;
    int hours = -1;
    int minutes = 0;
    int next = j + 2;
    if (n->digits <= 2) {
      hours = static_cast<int>(n->value);
      const Token* mm = IsPunct(next, ':') ? TwoDigitsAfter(next) : nullptr;
      if (mm != nullptr) {
        minutes = static_cast<int>(mm->value);
        next += 2;
      } else if (!named && n->digits != 2) {
        hours = -1;  // "+3" alone is not an offset
      }
    } else if (n->digits == 4) {
      hours = static_cast<int>(n->value / 100);
      minutes = static_cast<int>(n->value % 100);
    }
    if (hours >= 0 && hours <= 18 && minutes <= 59) {
      f_.has_offset = true;
      f_.offset_minutes = sign * (hours * 60 + minutes);
      j = next;
    }
  }
  if (j != *i) {
    Mark(*i, j - 1);
    *i = j;
  }
}

bool WordsScanner::ReadTime(int* i) {
  if (f_.hour >= 0) return false;
  const Token* t = At(*i);
  if (t == nullptr || t->kind == TokenKind::kPunct ||
      (t->kind == TokenKind::kWord && t->words.empty())) {
    return false;
  }
  const Fields saved = f_;
  int j = *i;
  // Connectors before a time: "à", "um", "в", "alle ore", "o godz.".
  bool connector = false;
  for (int k = 0; k < 2; ++k) {
    const std::uint32_t in = WordIn(j, WordKind::kTimeConnector);
    if (in == 0) break;
    connector = true;
    Take(in);
    ++j;
    if (IsPunct(j, '.') && Adjacent(j)) ++j;
  }
  if (!ReadClock(&j, connector)) {
    f_ = saved;
    return false;
  }
  ReadZone(&j);
  *i = j;
  return true;
}

bool WordsScanner::ReadElement(int* i) {
  const bool date_started = f_.month != 0 || f_.day != 0 || f_.year != 0;
  if (ReadTime(i)) return true;
  if (ReadDatePart(i)) return true;
  if (ReadWeekday(i)) return true;
  // A connector between parts of the date: "25 de marzo de 2024".
  if (date_started) {
    const std::uint32_t in = WordIn(*i, WordKind::kDateConnector);
    if (in != 0) {
      const Fields saved = f_;
      int j = *i + 1;
      Take(in);
      if (ReadDatePart(&j)) {
        *i = j;
        return true;
      }
      f_ = saved;
    }
  }
  return false;
}

bool WordsScanner::FailAt(std::size_t offset, std::size_t length,
                          std::string_view what, DateScanError* error) {
  error->offset = offset;
  error->length = length;
  error->what = what;
  error->year = error->month = error->day = 0;
  return false;
}

bool WordsScanner::Fail(int token, std::string_view what,
                        DateScanError* error) {
  const Token* t = At(token);
  if (t == nullptr) {
    const std::size_t end = text_.size();
    return FailAt(end, 0, what, error);
  }
  return FailAt(t->begin, t->end - t->begin, what, error);
}

bool WordsScanner::Scan(DateTime* date, std::size_t* offset,
                        std::size_t* length, DateScanError* error,
                        bool* ambiguous_month) {
  int i = 0;
  if (At(0) == nullptr) {
    return FailAt(text_.size(), 0, "expected a date, got {slice}", error);
  }
  while (true) {
    int j = i;
    while (IsPunct(j, ',') && f_.first >= 0) ++j;
    if (!ReadElement(&j)) break;
    i = j;
  }
  *ambiguous_month = f_.ambiguous_month;
  if (f_.last >= 0 && f_.any_word) progress_ = Lexed(f_.last)->end;
  const Token* stop = At(i);
  const bool complete = f_.month != 0 && f_.year != 0;
  if (!complete || !f_.any_word) {
    if (stop != nullptr && stop->kind == TokenKind::kWord && f_.month == 0 &&
        (f_.day != 0 || f_.year != 0 || f_.first < 0) &&
        (stop->space_before || stop->unspaced || f_.first < 0)) {
      return Fail(i, kNoMonthNamed, error);
    }
    if (stop == nullptr && f_.first >= 0 && f_.month == 0) {
      const Token* first = Lexed(f_.first);
      return FailAt(first->begin, text_.size() - first->begin,
                    "no month in {slice}", error);
    }
    if (stop == nullptr && f_.first >= 0 && f_.month != 0) {
      const Token* first = Lexed(f_.first);
      return FailAt(first->begin, text_.size() - first->begin,
                    "no year in {slice}", error);
    }
    return Fail(i, "unexpected {slice}", error);
  }
  if (stop != nullptr) {
    const Token* last = Lexed(f_.last);
    const bool boundary = stop->space_before ||
                          stop->kind == TokenKind::kPunct || stop->unspaced ||
                          last->unspaced;
    if (!prefix_ || !boundary) {
      return Fail(i, "unexpected {slice}", error);
    }
  }

  // The language: the first listed one that every word read belongs to.
  int language = -1;
  for (const Language l : options_.languages) {
    if ((f_.languages >> static_cast<int>(l)) & 1u) {
      language = static_cast<int>(l);
      break;
    }
  }
  if (language < 0) return Fail(f_.first, "unexpected {slice}", error);
  if (f_.month_word >= 0) {
    f_.month = Lexed(f_.month_word)->words.Value(WordKind::kMonth, language);
  }
  const Token* first = Lexed(f_.first);
  const Token* last = Lexed(f_.last);
  if (f_.day != 0) {
    const absl::CivilDay day(f_.year, f_.month, f_.day);
    if (day.month() != f_.month || day.day() != f_.day) {
      const Token* d = Lexed(f_.day_token);
      FailAt(d->begin, d->end - d->begin,
             "day {slice} is out of range for {month_year}", error);
      error->year = f_.year;
      error->month = f_.month;
      return false;
    }
  }
  int weekday = -1;
  if (f_.weekday_word >= 0) {
    const WordMeanings& words = Lexed(f_.weekday_word)->words;
    if (f_.weekday_number >= 0) {
      weekday = (words.Value(WordKind::kWeekdayPrefix, language) +
                 f_.weekday_number) %
                7;
    } else {
      weekday = words.Value(WordKind::kWeekday, language);
    }
    if (f_.day == 0) {
      return Fail(f_.weekday_word, "weekday {slice} needs a day of the month",
                  error);
    }
  }
  if (f_.hour >= 0 && f_.day == 0) {
    return FailAt(first->begin, last->end - first->begin, "no day in {slice}",
                  error);
  }
  int hour = f_.hour;
  if (f_.period_word >= 0) {
    const int pm =
        Lexed(f_.period_word)->words.Value(WordKind::kDayPeriod, language);
    if (pm == 1 && hour < 12) hour += 12;
    if (pm == 0 && hour == 12) hour = 0;
  }

  *date = DateTime();
  date->civil = absl::CivilSecond(f_.year, f_.month, f_.day == 0 ? 1 : f_.day,
                                  hour < 0 ? 0 : hour, f_.minute,
                                  f_.second < 0 ? 0 : f_.second);
  if (f_.day == 0) {
    date->precision = DatePrecision::kMonth;
  } else if (hour < 0) {
    date->precision = DatePrecision::kDay;
  } else if (f_.second < 0) {
    date->precision = DatePrecision::kMinute;
  } else if (f_.fraction_digits > 0) {
    date->precision = DatePrecision::kFraction;
    date->fraction = f_.fraction;
    date->fraction_digits = f_.fraction_digits;
  } else {
    date->precision = DatePrecision::kSecond;
  }
  if (f_.has_offset) date->utc_offset_minutes = f_.offset_minutes;
  if (f_.zone_token >= 0) {
    const Token* z = Lexed(f_.zone_token);
    std::size_t n = 0;
    for (std::uint32_t k = z->begin; k < z->end && n < DateTime::kMaxZoneLength;
         ++k) {
      date->zone_abbreviation[n++] = text_[k];
    }
  }
  if (weekday >= 0) {
    const absl::Weekday written = static_cast<absl::Weekday>(weekday);
    const absl::Weekday actual =
        absl::GetWeekday(absl::CivilDay(f_.year, f_.month, f_.day));
    if (written != actual) {
      if (!options_.allow_weekday_mismatch) {
        Fail(f_.weekday_word,
             "weekday {slice} does not match {date}, a {weekday},", error);
        error->year = f_.year;
        error->month = f_.month;
        error->day = f_.day;
        return false;
      }
      date->weekday_mismatch = true;
    }
    date->weekday = written;
  }
  date->language = static_cast<Language>(language);
  *offset = first->begin;
  *length = last->end - first->begin;
  return true;
}

}  // namespace

bool ScanWordsDate(std::string_view text, const DateOptions& options,
                   bool prefix, DateTime* date, std::size_t* offset,
                   std::size_t* length, DateScanError* error,
                   std::size_t* progress) {
  *progress = 0;
  if ((options.languages.mask() & ~kEnglishBit) == 0) {
    error->offset = 0;
    error->length = 0;
    error->what = "no language selected for {slice}";
    return false;
  }
  bool ambiguous = false;
  {
    WordsScanner scanner(text, options, prefix, /*weekday_first=*/false);
    if (scanner.Scan(date, offset, length, error, &ambiguous)) return true;
    *progress = scanner.progress();
  }
  if (!ambiguous) return false;
  // A word read as a month is a weekday in another language ("mar." is
  // Tuesday in French): read it so.
  DateScanError second_error;
  WordsScanner scanner(text, options, prefix, /*weekday_first=*/true);
  bool unused = false;
  if (scanner.Scan(date, offset, length, &second_error, &unused)) return true;
  if (scanner.progress() > *progress) {
    *error = second_error;
    *progress = scanner.progress();
  }
  return false;
}

bool HasEnglishDateWord(std::string_view text) {
  Lexer lexer(text);
  for (int i = 0;; ++i) {
    const Token* t = lexer.At(i);
    if (t == nullptr) return false;
    if (t->kind != TokenKind::kWord) continue;
    if (((t->words.Languages(WordKind::kMonth) |
          t->words.Languages(WordKind::kWeekday)) &
         kEnglishBit) != 0) {
      return true;
    }
  }
}

bool ContinuesInWords(std::string_view rest, const DateOptions& options) {
  std::size_t i = 0;
  while (i < rest.size() &&
         (IsBlankByte(rest[i]) || rest[i] == ',' || rest[i] == '.')) {
    ++i;
  }
  if (i == rest.size()) return false;
  // A number may go on "2024. 3. 25." (Korean).
  if (IsHighByte(rest[i]) ||
      (i > 0 && rest[0] == '.' && IsDigitByte(rest[i]))) {
    return true;
  }
  std::size_t end = i;
  while (end < rest.size() && (ByteClass(rest[end]) & kByteAlpha) != 0) ++end;
  if (end == i || end - i > kMaxFoldedWord) return false;
  char folded[kMaxFoldedWord];
  for (std::size_t k = i; k < end; ++k) folded[k - i] = AsciiLower(rest[k]);
  const WordMeanings words = LookUpWord(std::string_view(folded, end - i));
  bool other = false;
  for (int k = 0; k < words.count; ++k) {
    // A word that is English too ("may": May in English and Turkish) was
    // the English scanner's to read: where it stopped, the date ends.
    if ((words.begin[k].languages & kEnglishBit) != 0 &&
        options.languages.Contains(Language::kEnglish)) {
      return false;
    }
    if ((words.begin[k].languages & options.languages.mask() & ~kEnglishBit) !=
        0) {
      other = true;
    }
  }
  return other;
}

}  // namespace lang

namespace lang {

// A prefix the words scanner read is the date its own text gives, as
// ParseDate() of that slice would give it: the scanners may take a text
// differently as a prefix of a longer one ("2030 Mar" of "2030 Mar\f0" is
// no English prefix but is a German one, and English, listed first, reads it
// alone), so the slice is read again alone and that reading stands.
void ReadPrefixAlone(std::string_view text, const DateOptions& options,
                     DateTime* date, std::size_t offset, std::size_t length) {
  DateTime alone;
  std::size_t alone_offset = 0;
  std::size_t alone_length = 0;
  DateScanError unused;
  if (ScanDateInLanguages(text.substr(offset, length), options,
                          /*prefix=*/false, &alone, &alone_offset,
                          &alone_length, &unused)) {
    *date = alone;
  }
}

bool ScanDateInLanguagesSlowly(std::string_view text,
                               const DateOptions& options, bool prefix,
                               int english_result, DateTime* date,
                               std::size_t* offset, std::size_t* length,
                               DateScanError* error) {
  const LanguageList& languages = options.languages;
  const bool english = languages.Contains(Language::kEnglish);
  const bool others = (languages.mask() & ~lang::kEnglishBit) != 0;
  if (english && !others) {
    return ScanDateInto(text, options, prefix, date, offset, length, error);
  }
  const bool words_first = others && languages[0] != Language::kEnglish;
  DateScanError words_error;
  std::size_t words_progress = 0;
  if (words_first &&
      lang::ScanWordsDate(text, options, prefix, date, offset, length,
                          &words_error, &words_progress)) {
    if (prefix) ReadPrefixAlone(text, options, date, *offset, *length);
    return true;
  }
  const bool english_ok =
      english_result >= 0
          ? english_result == 1
          : ScanDateInto(text, options, prefix, date, offset, length, error);
  if (english_ok) {
    if (english || !lang::HasEnglishDateWord(text.substr(*offset, *length))) {
      // A prefix the English scanner ends where the date goes on in another
      // language ("2024" of "2024年3月25日", "25.03.2024" of "25.03.2024 um
      // 10 Uhr"): the longer reading wins.
      if (prefix && !words_first && others &&
          lang::ContinuesInWords(text.substr(*offset + *length), options)) {
        DateTime longer;
        std::size_t longer_offset = 0;
        std::size_t longer_length = 0;
        std::size_t unused = 0;
        if (lang::ScanWordsDate(text, options, prefix, &longer, &longer_offset,
                                &longer_length, &words_error, &unused) &&
            longer_offset + longer_length > *offset + *length) {
          *date = longer;
          *offset = longer_offset;
          *length = longer_length;
          ReadPrefixAlone(text, options, date, *offset, *length);
        }
      }
      return true;
    }
    // English words where English is not listed.
    if (!others) {
      error->offset = *offset;
      error->length = *length;
      error->what = "no selected language reads {slice}";
      error->year = error->month = error->day = 0;
      return false;
    }
    *error = words_error;
    return false;
  }
  if (!others) return false;
  if (!words_first &&
      lang::ScanWordsDate(text, options, prefix, date, offset, length,
                          &words_error, &words_progress)) {
    if (prefix) ReadPrefixAlone(text, options, date, *offset, *length);
    return true;
  }
  // The error of the scanner that read further: the words scanner's reach
  // is the end of the last token it read once it has read a word of its
  // languages, the English one's its error's place; on a tie, the first
  // one's. The English scanner reads no non-ASCII word: where the words
  // scanner stopped at one, its error says more.
  const bool non_ascii = words_error.offset < text.size() &&
                         IsHighByte(text[words_error.offset]) &&
                         words_error.offset >= error->offset;
  // A word where a month should be, after a day the English scanner did
  // not read ("25. Märzen").
  // An English month the English scanner read is not "no month" ("March
  // 25, 2024 10:05" with a default zone it could not load).
  const bool no_month =
      words_error.what == lang::kNoMonthNamed &&
      error->offset + error->length <= words_error.offset &&
      !(english && lang::HasEnglishDateWord(
                       text.substr(words_error.offset, words_error.length)));
  const bool prefer_words = non_ascii || no_month ||
                            (words_first ? words_progress >= error->offset
                                         : words_progress > error->offset);
  if (prefer_words) *error = words_error;
  return false;
}

}  // namespace lang

bool ScanDateInLanguages(std::string_view text, const DateOptions& options,
                         bool prefix, DatePrefix* out, DateScanError* error) {
  if (!ScanDateInLanguages(text, options, prefix, &out->date, &out->offset,
                           &out->length, error)) {
    return false;
  }
  // A prefix read with words is the date its own text gives alone: inside
  // a longer text the scanners may narrow its language differently, or note
  // a word they then backtracked over ("2023042" of "2023042 aT").
  if (prefix && out->date.language.has_value()) {
    lang::ReadPrefixAlone(text, options, &out->date, out->offset, out->length);
  }
  out->consumed = out->offset + out->length;
  return true;
}

}  // namespace internal
}  // namespace lede
