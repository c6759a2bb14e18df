// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The general scanner: one forward pass over the bytes with the byte classes
// and the word table of tables.h, and no allocation. The grammar is chosen by
// the shape of the first token (a word, a number of one, two, four, seven,
// eight or more digits, a time), so every byte is looked at a bounded number
// of times and the work stays linear in the input. It finds the fields; the
// rules of calendar.h decide what they may be.
//
// Optional tails (a time, a zone) are scanned as "absent", "ok" or "error".
// ParseDate() reports an error in a tail; ParseDatePrefix() steps back to the
// end of the date before it and reports the error only when that end is not
// at a word boundary.
//
// Performance notes: results are stored field by field and spans copied
// member-wise, because a struct copy right after its fields were written
// compiles to a wide load of narrow stores, a store-forwarding stall that
// cost more than an entire ISO scan.

#include "src/internal/date/scanner.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "src/internal/date/calendar.h"
#include "src/internal/date/fields.h"
#include "src/internal/date/tables.h"
#include "src/internal/date/zones.h"

namespace lede {
namespace internal {
namespace date {
namespace {

// A slice of the text. Copied member by member on purpose: a copy of the
// whole struct compiles to one 16-byte load of two 8-byte stores just made,
// a store-forwarding stall that cost more than the rest of a scan.
struct Span {
  Span() = default;
  Span(const char* b, const char* e) : begin(b), end(e) {}
  Span(const Span& other) : begin(other.begin), end(other.end) {}
  Span& operator=(const Span& other) {
    begin = other.begin;
    end = other.end;
    return *this;
  }

  const char* begin = nullptr;
  const char* end = nullptr;
};

class DateScanner {
 public:
  DateScanner(std::string_view text, const DateOptions& options, bool prefix,
              DateScanError* error)
      : begin_(text.data()),
        p_(text.data()),
        end_(text.data() + text.size()),
        options_(options),
        prefix_(prefix),
        english_(options.languages.Contains(Language::kEnglish)),
        error_(error) {}

  // On success fills `*date` and the date's place in the text.
  bool Scan(DateTime* date, std::size_t* offset, std::size_t* length);

 private:
  enum class Tail { kAbsent, kOk, kError };
  enum class AmPm { kNone, kAm, kPm };

  // Cursor helpers. Peek() returns 0 past the end; a NUL byte in the text is
  // of no class either, so the two never need telling apart.
  std::size_t Left() const { return static_cast<std::size_t>(end_ - p_); }
  unsigned char Peek(std::size_t i = 0) const {
    return Left() > i ? static_cast<unsigned char>(p_[i]) : 0;
  }
  void SkipSpaces() {
    while (p_ != end_ && IsSpace(static_cast<unsigned char>(*p_))) ++p_;
  }
  // Skips white space and commas ("March 25 , 2024"); returns whether any.
  bool SkipSeparators() {
    const char* start = p_;
    while (p_ != end_ &&
           (IsSpace(static_cast<unsigned char>(*p_)) || *p_ == ',')) {
      ++p_;
    }
    return p_ != start;
  }
  // Reads a run of digits; returns its length. `*value` holds the value of the
  // first 18 digits (callers reject longer runs where they matter).
  std::size_t ReadDigits(std::uint64_t* value) {
    const char* start = p_;
    std::uint64_t v = 0;
    while (p_ != end_ && IsDigit(static_cast<unsigned char>(*p_))) {
      if (p_ - start < 18) v = v * 10 + static_cast<unsigned>(*p_ - '0');
      ++p_;
    }
    *value = v;
    return static_cast<std::size_t>(p_ - start);
  }
  Span ReadLetters() {
    const char* start = p_;
    while (p_ != end_ && IsAlpha(static_cast<unsigned char>(*p_))) ++p_;
    return {start, p_};
  }
  // The word's slot; English words only when DateOptions::languages lists
  // English.
  const WordSlot* Look(Span word) const {
    const WordSlot* slot = LookUpWord(word.begin, word.end, end_);
    if (slot != nullptr && !english_ && IsEnglishWord(slot->kind)) {
      return nullptr;
    }
    return slot;
  }
  static WordKind KindOf(const WordSlot* slot) {
    return slot == nullptr ? WordKind::kNone : slot->kind;
  }
  bool AllUpper(Span s) const {
    for (const char* c = s.begin; c != s.end; ++c) {
      if (!IsUpper(static_cast<unsigned char>(*c))) return false;
    }
    return true;
  }
  // Skips the period of an abbreviation such as "Mar." or "Mon.".
  void SkipAbbreviationPeriod(Span word) {
    if (word.end - word.begin <= 4 && Peek() == '.') ++p_;
  }
  AmPm MatchAmPm();
  bool AtWordBoundary() const;
  bool LooksLikeTimeAhead() const;
  // Whether the cursor is at ":" and two digits, as in the "-05:00" that ends
  // "2024-03-05:00" (a month with an offset, not a day).
  bool LooksLikeOffsetMinutes() const {
    return Peek() == ':' && IsDigit(Peek(1)) && IsDigit(Peek(2)) &&
           !IsDigit(Peek(3));
  }

  // Errors.
  bool Fail(const char* begin, const char* end, std::string_view what) {
    error_->offset = static_cast<std::size_t>(begin - begin_);
    error_->length = static_cast<std::size_t>(end - begin);
    error_->what = what;
    error_->year = error_->month = error_->day = 0;
    return false;
  }
  bool Fail(Span span, std::string_view what) {
    return Fail(span.begin, span.end, what);
  }
  bool FailUnexpected(const char* at);
  bool FailWord(Span word, WordKind kind);
  // Records an error in an optional tail: ParseDate() reports it, the prefix
  // mode steps back to `restart`, restores the fields as they were there
  // (`saved`: a time read halfway must not stay in the date), and keeps the
  // error for later.
  struct Saved {
    DateFields fields;
    Span zone;
    Span hour_span;
  };
  Saved Save() const { return Saved{f_, zone_, hour_span_}; }
  bool TailFailed(const char* restart, const Saved& saved) {
    if (!prefix_) return false;
    p_ = restart;
    f_ = saved.fields;
    zone_ = saved.zone;
    hour_span_ = saved.hour_span;
    if (!has_pending_) {
      pending_ = *error_;
      has_pending_ = true;
    }
    return true;
  }

  // Grammar.
  bool ScanDatePart();
  bool ScanNumberFirst();
  bool ScanYearFirst(Span year_span, std::uint64_t year);
  bool ScanCompact(Span span, std::uint64_t value);
  bool ScanNumericYearLast(Span first, std::uint64_t value, char separator);
  bool ScanDashedMonthName(Span day_span, std::uint64_t day);
  bool ScanDayFirstWord(Span day_span, std::uint64_t day);
  bool ScanMonthFirst(Span month_word, int month);
  bool ScanOrdinalSuffix();
  bool ScanYear(bool allow_two_digits, const char* date_begin,
                const char* date_end);
  bool SetYear(Span span, std::uint64_t value, std::size_t digits);
  Tail ScanTimeAfterDate();
  Tail ScanClock(bool after_t);
  Tail FinishClock(AmPm am_pm);
  Tail ScanZone();
  Tail ScanOffset(bool loose);
  void ScanZoneComment();
  void SetZoneWord(Span word) { zone_ = word; }
  bool Finish(DateTime* date);

  const char* const begin_;
  const char* p_;
  const char* const end_;
  const DateOptions& options_;
  const bool prefix_;
  const bool english_;  // English words may be read
  DateScanError* const error_;

  const char* date_begin_ = nullptr;
  // The date being read, stored field by field (see StoreDate()).
  DateFields f_;
  bool iso_ = false;      // year-first with '-', or compact: 'T' allowed
  bool compact_ = false;  // ISO basic form: basic time allowed after 'T'
  Span zone_;
  Span weekday_span_;
  Span month_span_;
  Span day_span_;
  Span hour_span_;
  bool has_pending_ = false;
  DateScanError pending_;
};

// Where a date may end in prefix mode: at the end, before white space, or
// before punctuation that does not glue on to more date-like text.
bool DateScanner::AtWordBoundary() const {
  if (p_ == end_) return true;
  const auto c = static_cast<unsigned char>(*p_);
  if (IsSpace(c) || c >= 0x80) return true;
  if (IsAlnum(c)) return false;
  switch (c) {
    case '-':
    case '/':
    case '+':
    case '_':
    case '@':
    case '\0':
      return false;
    default:
      break;
  }
  return !IsAlnum(Peek(1));
}

// "am", "pm", "a.m.", "P.M", any case, not followed by a letter or digit.
DateScanner::AmPm DateScanner::MatchAmPm() {
  if (!english_) return AmPm::kNone;
  const unsigned char first = FoldLetter(Peek());
  if (first != 'a' && first != 'p') return AmPm::kNone;
  std::size_t i = 1;
  const bool dotted = Peek(i) == '.';
  if (dotted) ++i;
  if (!IsAlpha(Peek(i)) || FoldLetter(Peek(i)) != 'm') return AmPm::kNone;
  ++i;
  if (dotted && Peek(i) == '.') ++i;
  if (IsAlnum(Peek(i))) return AmPm::kNone;
  p_ += i;
  f_.english = true;
  return first == 'a' ? AmPm::kAm : AmPm::kPm;
}

// Whether the cursor is at one or two digits followed by ':'.
bool DateScanner::LooksLikeTimeAhead() const {
  if (!IsDigit(Peek())) return false;
  if (Peek(1) == ':') return true;
  return IsDigit(Peek(1)) && Peek(2) == ':';
}

bool DateScanner::FailUnexpected(const char* at) {
  if (at == end_) {
    return Fail(date_begin_, at, "incomplete date");
  }
  const char* end = at;
  if (IsAlnum(static_cast<unsigned char>(*end))) {
    while (end != end_ && IsAlnum(static_cast<unsigned char>(*end))) ++end;
  } else {
    ++end;
  }
  return Fail(at, end, "unexpected {slice}");
}

bool DateScanner::FailWord(Span word, WordKind kind) {
  if (kind == WordKind::kNoon) {
    return Fail(word, "{slice} is a time without a date");
  }
  // A word followed by a number was probably meant as a month ("Marhc 25");
  // anything else ("yesterday", "next week") is not a date at all.
  const char* after = word.end;
  while (after != end_ && (IsSpace(static_cast<unsigned char>(*after)) ||
                           *after == '.' || *after == ',')) {
    ++after;
  }
  if (kind == WordKind::kNone && after != end_ &&
      IsDigit(static_cast<unsigned char>(*after))) {
    return Fail(word, "no month named {slice}");
  }
  return Fail(word, "unexpected {slice}");
}

bool DateScanner::Scan(DateTime* date, std::size_t* offset,
                       std::size_t* length) {
  SkipSpaces();
  date_begin_ = p_;
  if (p_ == end_) return Fail(p_, p_, "expected a date, got {slice}");
  if (!ScanDatePart()) return false;

  if (f_.precision == DatePrecision::kDay) {
    const char* restart = p_;
    const Saved saved = Save();
    if (ScanTimeAfterDate() == Tail::kError && !TailFailed(restart, saved)) {
      return false;
    }
  }
  if (!f_.has_offset && !f_.zone_ambiguous) {
    const char* restart = p_;
    const Saved saved = Save();
    if (ScanZone() == Tail::kError && !TailFailed(restart, saved)) {
      return false;
    }
  }
  const char* date_end = p_;
  if (prefix_) {
    if (!AtWordBoundary()) {
      if (has_pending_) {
        *error_ = pending_;
        return false;
      }
      return FailUnexpected(p_);
    }
  } else {
    SkipSpaces();
    if (p_ != end_) {
      // An unknown capitalised word right after a time reads as a zone.
      const char* word_end = p_;
      while (word_end != end_ &&
             IsUpper(static_cast<unsigned char>(*word_end))) {
        ++word_end;
      }
      if (f_.precision >= DatePrecision::kMinute && !f_.has_offset &&
          !f_.zone_ambiguous && word_end - p_ >= 2 && word_end - p_ <= 5 &&
          (word_end == end_ ||
           !IsAlnum(static_cast<unsigned char>(*word_end)))) {
        return Fail(p_, word_end, "unknown time zone {slice}");
      }
      return FailUnexpected(p_);
    }
  }
  *offset = static_cast<std::size_t>(date_begin_ - begin_);
  *length = static_cast<std::size_t>(date_end - date_begin_);
  return Finish(date);
}

bool DateScanner::ScanDatePart() {
  const unsigned char c = Peek();
  if (IsAlpha(c)) {
    Span word = ReadLetters();
    const WordSlot* slot = Look(word);
    if (KindOf(slot) == WordKind::kWeekday) {
      f_.weekday = slot->value;
      f_.english = true;
      weekday_span_ = word;
      SkipAbbreviationPeriod(word);
      SkipSeparators();
      if (IsDigit(Peek())) return ScanNumberFirst();
      if (!IsAlpha(Peek())) {
        return Fail(word, "no date after weekday {slice}");
      }
      word = ReadLetters();
      slot = Look(word);
    }
    if (KindOf(slot) == WordKind::kMonth)
      return ScanMonthFirst(word, slot->value);
    return FailWord(word, KindOf(slot));
  }
  if (IsDigit(c)) return ScanNumberFirst();
  return FailUnexpected(p_);
}

bool DateScanner::ScanNumberFirst() {
  const char* start = p_;
  std::uint64_t value = 0;
  const std::size_t digits = ReadDigits(&value);
  const Span span{start, p_};
  if (digits == 4) return ScanYearFirst(span, value);
  if (digits == 8) return ScanCompact(span, value);
  if (digits > 2) return Fail(span, "unexpected number {slice}");
  const unsigned char c = Peek();
  if (c == ':') {
    const char* end = p_;
    while (end != end_ &&
           (IsDigit(static_cast<unsigned char>(*end)) || *end == ':')) {
      ++end;
    }
    return Fail(start, end, "{slice} is a time without a date");
  }
  if ((c == '/' || c == '-' || c == '.') && IsDigit(Peek(1))) {
    return ScanNumericYearLast(span, value, static_cast<char>(c));
  }
  if (c == '-' && IsAlpha(Peek(1))) return ScanDashedMonthName(span, value);
  return ScanDayFirstWord(span, value);
}

bool DateScanner::SetYear(Span span, std::uint64_t value, std::size_t digits) {
  if (digits == 2) {
    if (!options_.allow_two_digit_year) {
      return Fail(span, "two-digit year {slice} is not allowed");
    }
    // POSIX (strptime %y): 69-99 are 1969-1999, 00-68 are 2000-2068.
    f_.year = ExpandTwoDigitYear(static_cast<int>(value));
    f_.year_expanded = true;
    return true;
  }
  if (digits != 4) return Fail(span, "unexpected number {slice}");
  if (!IsValidYear(static_cast<long long>(value))) {
    return Fail(span, "year {slice} is out of range");
  }
  f_.year = static_cast<int>(value);
  return true;
}

bool DateScanner::ScanYearFirst(Span year_span, std::uint64_t year) {
  if (!SetYear(year_span, year, 4)) return false;
  f_.precision = DatePrecision::kYear;
  const unsigned char separator = Peek();
  if ((separator != '-' && separator != '/' && separator != '.') ||
      !IsDigit(Peek(1))) {
    return true;
  }
  const char* first_separator = p_;
  ++p_;
  std::uint64_t value = 0;
  const char* month_begin = p_;
  std::size_t digits = ReadDigits(&value);
  // "2024-05:00" is a year with a UTC offset, as FormatIso8601() writes it.
  if (separator == '-' && LooksLikeOffsetMinutes()) {
    p_ = first_separator;
    return true;
  }
  if (digits > 2) return Fail(month_begin, p_, "unexpected number {slice}");
  month_span_ = {month_begin, p_};
  f_.month = static_cast<int>(value);
  if (f_.month < 1 || f_.month > 12) {
    return Fail(month_span_, "month {slice} is out of range");
  }
  iso_ = separator == '-';
  f_.precision = DatePrecision::kMonth;
  if (Peek() != separator || !IsDigit(Peek(1))) {
    // "2024/03" and "2024.03" are too easily something else; "2024-03" is
    // ISO 8601.
    if (separator != '-') {
      p_ = first_separator;
      f_.precision = DatePrecision::kYear;
    }
    return true;
  }
  const char* second_separator = p_;
  ++p_;
  const char* day_begin = p_;
  digits = ReadDigits(&value);
  if (separator == '-' && LooksLikeOffsetMinutes()) {
    p_ = second_separator;
    return true;
  }
  if (digits > 2) return Fail(day_begin, p_, "unexpected number {slice}");
  day_span_ = {day_begin, p_};
  f_.day = static_cast<int>(value);
  f_.precision = DatePrecision::kDay;
  return true;
}

bool DateScanner::ScanCompact(Span span, std::uint64_t value) {
  if (!SetYear({span.begin, span.begin + 4}, value / 10000, 4)) return false;
  month_span_ = {span.begin + 4, span.begin + 6};
  f_.month = static_cast<int>(value / 100 % 100);
  if (f_.month < 1 || f_.month > 12) {
    return Fail(month_span_, "month {slice} is out of range");
  }
  day_span_ = {span.begin + 6, span.end};
  f_.day = static_cast<int>(value % 100);
  f_.precision = DatePrecision::kDay;
  iso_ = true;
  compact_ = true;
  return true;
}

bool DateScanner::ScanNumericYearLast(Span first, std::uint64_t value,
                                      char separator) {
  ++p_;
  const char* second_begin = p_;
  std::uint64_t second_value = 0;
  std::size_t digits = ReadDigits(&second_value);
  const Span second{second_begin, p_};
  if (digits > 2) return Fail(second, "unexpected number {slice}");
  if (Peek() != separator || !IsDigit(Peek(1))) {
    if (separator == '.' && MatchAmPm() != AmPm::kNone) {
      return Fail(first.begin, p_, "{slice} is a time without a date");
    }
    if (p_ == end_ || IsSpace(Peek())) {
      return Fail(first.begin, p_, "no year in {slice}");
    }
    return FailUnexpected(p_);
  }
  ++p_;
  const char* year_begin = p_;
  std::uint64_t year = 0;
  digits = ReadDigits(&year);
  if (!SetYear({year_begin, p_}, year, digits)) return false;
  f_.precision = DatePrecision::kDay;

  const DayMonth order = ResolveDayMonth(value, second_value, separator == '.',
                                         options_.day_first);
  month_span_ = order.day_first ? second : first;
  day_span_ = order.day_first ? first : second;
  if (!IsValidMonth(static_cast<int>(order.month)) || order.month > 12) {
    return Fail(month_span_, "month {slice} is out of range");
  }
  f_.month = static_cast<int>(order.month);
  f_.day = static_cast<int>(order.day);
  f_.day_month_ambiguous = order.ambiguous;
  return true;
}

bool DateScanner::ScanDashedMonthName(Span day_span, std::uint64_t day) {
  day_span_ = day_span;
  f_.day = static_cast<int>(day);
  ++p_;  // '-'
  const Span word = ReadLetters();
  const WordSlot* slot = Look(word);
  if (KindOf(slot) != WordKind::kMonth) {
    return Fail(word, "no month named {slice}");
  }
  month_span_ = word;
  f_.month = slot->value;
  f_.english = true;
  if (Peek() != '-' || !IsDigit(Peek(1))) {
    return Fail(date_begin_, p_, "no year in {slice}");
  }
  ++p_;
  const char* year_begin = p_;
  std::uint64_t year = 0;
  const std::size_t digits = ReadDigits(&year);
  if (!SetYear({year_begin, p_}, year, digits)) return false;
  f_.precision = DatePrecision::kDay;
  return true;
}

// "st", "nd", "rd" or "th" right after a day, matching the number.
bool DateScanner::ScanOrdinalSuffix() {
  if (!IsAlpha(Peek()) || !IsAlpha(Peek(1)) || IsAlpha(Peek(2))) return true;
  const unsigned char a = FoldLetter(Peek());
  const unsigned char b = FoldLetter(Peek(1));
  const char* expected;
  switch (f_.day % 10) {
    case 1:
      expected = "st";
      break;
    case 2:
      expected = "nd";
      break;
    case 3:
      expected = "rd";
      break;
    default:
      expected = "th";
      break;
  }
  if (f_.day % 100 >= 11 && f_.day % 100 <= 13) expected = "th";
  const bool is_suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                         (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  if (!is_suffix) return true;  // "10am" and the like: not a suffix
  if (a != static_cast<unsigned char>(expected[0]) ||
      b != static_cast<unsigned char>(expected[1])) {
    return Fail(day_span_.begin, p_ + 2, "wrong ordinal suffix in {slice}");
  }
  p_ += 2;
  day_span_.end = p_;
  return true;
}

// The year that ends a written-out date; [date_begin, date_end) is quoted when
// there is none.
bool DateScanner::ScanYear(bool allow_two_digits, const char* date_begin,
                           const char* date_end) {
  if (!IsDigit(Peek()) || LooksLikeTimeAhead()) {
    return Fail(date_begin, date_end, "no year in {slice}");
  }
  const char* year_begin = p_;
  std::uint64_t year = 0;
  const std::size_t digits = ReadDigits(&year);
  if (digits == 2 && !allow_two_digits) {
    return Fail(year_begin, p_, "unexpected {slice}");
  }
  return SetYear({year_begin, p_}, year, digits);
}

bool DateScanner::ScanDayFirstWord(Span day_span, std::uint64_t day) {
  day_span_ = day_span;
  f_.day = static_cast<int>(day);
  if (!ScanOrdinalSuffix()) return false;
  const char* after_day = p_;
  const bool separated = SkipSeparators();
  if (MatchAmPm() != AmPm::kNone) {
    return Fail(date_begin_, p_, "{slice} is a time without a date");
  }
  if (p_ == end_) return Fail(date_begin_, after_day, "no year in {slice}");
  if (!separated || !IsAlpha(Peek())) return FailUnexpected(p_);
  Span word = ReadLetters();
  const WordSlot* slot = Look(word);
  if (KindOf(slot) == WordKind::kOf) {
    SkipSeparators();
    word = ReadLetters();
    slot = Look(word);
  }
  if (KindOf(slot) == WordKind::kNoon) {
    return Fail(date_begin_, word.end, "{slice} is a time without a date");
  }
  if (KindOf(slot) != WordKind::kMonth) {
    if (word.begin == word.end) return FailUnexpected(p_);
    return Fail(word, "no month named {slice}");
  }
  month_span_ = word;
  f_.month = slot->value;
  f_.english = true;
  SkipAbbreviationPeriod(word);
  const char* after_month = p_;
  SkipSeparators();
  if (!ScanYear(/*allow_two_digits=*/true, date_begin_, after_month)) {
    return false;
  }
  f_.precision = DatePrecision::kDay;
  return true;
}

bool DateScanner::ScanMonthFirst(Span month_word, int month) {
  month_span_ = month_word;
  f_.month = month;
  f_.english = true;
  SkipAbbreviationPeriod(month_word);
  const char* after_month = p_;
  SkipSeparators();
  if (!IsDigit(Peek())) {
    if (p_ == end_ || p_ == after_month) {
      return Fail(date_begin_, after_month, "no year in {slice}");
    }
    return FailUnexpected(p_);
  }
  if (p_ == after_month) return FailUnexpected(p_);
  const char* number_begin = p_;
  std::uint64_t value = 0;
  const std::size_t digits = ReadDigits(&value);
  if (digits == 4) {  // "March 2024"
    if (!SetYear({number_begin, p_}, value, digits)) return false;
    f_.precision = DatePrecision::kMonth;
    return true;
  }
  if (digits > 2) return Fail(number_begin, p_, "unexpected number {slice}");
  if (Peek() == ':') {
    return Fail(number_begin, p_, "no day before time {slice}");
  }
  day_span_ = {number_begin, p_};
  f_.day = static_cast<int>(value);
  if (!ScanOrdinalSuffix()) return false;
  const char* after_day = p_;
  SkipSeparators();
  if (LooksLikeTimeAhead() && p_ != after_day) {
    // asctime() and date(1): "Mon Mar 25 10:05:30 [UTC] 2024".
    const char* clock_begin = p_;
    const Tail clock = ScanClock(/*after_t=*/false);
    if (clock == Tail::kError) return false;
    if (clock == Tail::kAbsent) return FailUnexpected(clock_begin);
    if (ScanZone() == Tail::kError) return false;
    const char* after_time = p_;
    SkipSeparators();
    if (p_ == after_time && p_ != end_) return FailUnexpected(p_);
    if (!IsDigit(Peek()))
      return Fail(date_begin_, after_time, "no year in {slice}");
    const char* year_begin = p_;
    std::uint64_t year = 0;
    const std::size_t year_digits = ReadDigits(&year);
    if (year_digits != 4) return Fail(year_begin, p_, "unexpected {slice}");
    return SetYear({year_begin, p_}, year, year_digits);
  }
  if (p_ == after_day && p_ != end_) return FailUnexpected(p_);
  if (!ScanYear(/*allow_two_digits=*/false, date_begin_, after_day)) {
    return false;
  }
  f_.precision = DatePrecision::kDay;
  return true;
}

// A time after a complete date: "T10:05", " 10:05:30", ", 10 a.m.", " at noon".
DateScanner::Tail DateScanner::ScanTimeAfterDate() {
  const char* start = p_;
  if (iso_ && (Peek() == 'T' || Peek() == 't') && IsDigit(Peek(1))) {
    ++p_;
    const Tail tail = ScanClock(/*after_t=*/true);
    if (tail == Tail::kAbsent) {
      FailUnexpected(start);
      return Tail::kError;
    }
    return tail;
  }
  if (!SkipSeparators()) return Tail::kAbsent;
  if (IsAlpha(Peek())) {
    const char* word_begin = p_;
    const Span word = ReadLetters();
    if (KindOf(Look(word)) == WordKind::kAt && IsSpace(Peek())) {
      SkipSpaces();
      f_.english = true;
    } else {
      p_ = word_begin;
    }
  }
  const Tail tail = ScanClock(/*after_t=*/false);
  if (tail == Tail::kAbsent) p_ = start;
  return tail;
}

// A time of day: "10:05", "10:05:30.25", "10:05 pm", "10.05pm", "10 AM",
// "noon", "12 noon"; after an ISO 'T' also "1005" and "100530".
DateScanner::Tail DateScanner::ScanClock(bool after_t) {
  const char* start = p_;
  if (!after_t && IsAlpha(Peek())) {
    const Span word = ReadLetters();
    if (KindOf(Look(word)) == WordKind::kNoon) {
      f_.english = true;
      f_.hour = 12;
      f_.minute = 0;
      f_.precision = DatePrecision::kMinute;
      return Tail::kOk;
    }
    p_ = start;
    return Tail::kAbsent;
  }
  if (!IsDigit(Peek())) return Tail::kAbsent;
  std::uint64_t value = 0;
  const std::size_t digits = ReadDigits(&value);
  hour_span_ = {start, p_};
  if (after_t && compact_ && (digits == 4 || digits == 6)) {  // ISO basic
    const std::uint64_t scale = digits == 6 ? 10000 : 100;
    hour_span_ = {start, start + 2};
    f_.hour = static_cast<int>(value / scale);
    f_.minute = static_cast<int>(value / (scale / 100) % 100);
    f_.precision = DatePrecision::kMinute;
    if (digits == 6) {
      f_.second = static_cast<int>(value % 100);
      f_.precision = DatePrecision::kSecond;
    }
  } else if (digits > 2) {
    p_ = start;
    return Tail::kAbsent;
  } else {
    f_.hour = static_cast<int>(value);
    if (Peek() == ':' && IsDigit(Peek(1))) {
      ++p_;
      const char* minute_begin = p_;
      if (ReadDigits(&value) != 2) {
        Fail(minute_begin, p_, "minute {slice} is not two digits");
        return Tail::kError;
      }
      f_.minute = static_cast<int>(value);
      f_.precision = DatePrecision::kMinute;
      if (Peek() == ':' && IsDigit(Peek(1))) {
        ++p_;
        const char* second_begin = p_;
        if (ReadDigits(&value) != 2) {
          Fail(second_begin, p_, "second {slice} is not two digits");
          return Tail::kError;
        }
        f_.second = static_cast<int>(value);
        f_.precision = DatePrecision::kSecond;
      }
    } else if (!after_t && Peek() == '.' && IsDigit(Peek(1)) &&
               IsDigit(Peek(2)) && !IsDigit(Peek(3))) {
      // "10.05pm": only with am/pm, else it is some other number.
      p_ += 1;
      f_.minute = (Peek() - '0') * 10 + (Peek(1) - '0');
      p_ += 2;
      SkipSpaces();
      const AmPm am_pm = MatchAmPm();
      if (am_pm == AmPm::kNone) {
        p_ = start;
        return Tail::kAbsent;
      }
      f_.precision = DatePrecision::kMinute;
      return FinishClock(am_pm);
    } else if (!after_t) {
      // "10 AM", "10am", "12 noon".
      SkipSpaces();
      const AmPm am_pm = MatchAmPm();
      if (am_pm != AmPm::kNone) {
        f_.minute = 0;
        f_.precision = DatePrecision::kMinute;
        return FinishClock(am_pm);
      }
      const Span word = ReadLetters();
      if (f_.hour == 12 && word.begin != word.end &&
          KindOf(Look(word)) == WordKind::kNoon) {
        f_.english = true;
        f_.minute = 0;
        f_.precision = DatePrecision::kMinute;
        return FinishClock(AmPm::kNone);
      }
      p_ = start;
      return Tail::kAbsent;
    } else {
      Fail(start, p_, "unexpected {slice}");
      return Tail::kError;
    }
  }
  if (f_.precision == DatePrecision::kSecond &&
      (Peek() == '.' || Peek() == ',') && IsDigit(Peek(1))) {
    ++p_;
    const char* fraction_begin = p_;
    const int fraction_digits = ReadFraction(&p_, end_, &f_.fraction);
    if (fraction_digits < 0) {
      Fail(fraction_begin, p_, "too many fractional digits in {slice}");
      return Tail::kError;
    }
    f_.fraction_digits = fraction_digits;
    f_.precision = DatePrecision::kFraction;
  }
  AmPm am_pm = AmPm::kNone;
  if (!after_t) {
    const char* before_space = p_;
    SkipSpaces();
    am_pm = MatchAmPm();
    if (am_pm == AmPm::kNone) p_ = before_space;
  }
  return FinishClock(am_pm);
}

DateScanner::Tail DateScanner::FinishClock(AmPm am_pm) {
  if (am_pm != AmPm::kNone) {
    if (f_.hour < 1 || f_.hour > 12) {
      Fail(hour_span_, "hour {slice} is out of range for am/pm");
      return Tail::kError;
    }
    if (f_.hour == 12) f_.hour = 0;
    if (am_pm == AmPm::kPm) f_.hour += 12;
  } else if (f_.hour > 23) {
    Fail(hour_span_, "hour {slice} is out of range");
    return Tail::kError;
  }
  if (f_.minute > 59) {
    // The minute's slice: two digits after the hour and a ':' (or none).
    const char* m = hour_span_.end;
    if (m != end_ && (*m == ':' || *m == '.')) ++m;
    Fail(m, m + 2 <= end_ ? m + 2 : end_, "minute {slice} is out of range");
    return Tail::kError;
  }
  if (f_.second > 59) {
    const char* s = hour_span_.end;
    s += (s != end_ && *s == ':') ? 4 : 2;
    if (s != end_ && *s == ':') ++s;
    Fail(s, s + 2 <= end_ ? s + 2 : end_, "second {slice} is out of range");
    return Tail::kError;
  }
  return Tail::kOk;
}

// A zone after a time or a date: "Z", "+09:00", "+0900", "+09", " UTC",
// " GMT+5:30", " EDT", " -0400 (EDT)". In prefix mode a zone word must be in
// capitals, so that "wet weather" after a date stays in the rest.
DateScanner::Tail DateScanner::ScanZone() {
  const char* start = p_;
  unsigned char c = Peek();
  if ((c == 'Z' || c == 'z') && !IsAlnum(Peek(1))) {
    ++p_;
    f_.has_offset = true;
    f_.offset = 0;
    return Tail::kOk;
  }
  if ((c == '+' || c == '-') && IsDigit(Peek(1))) {
    const Tail tail = ScanOffset(/*loose=*/false);
    if (tail == Tail::kOk) ScanZoneComment();
    return tail;
  }
  SkipSpaces();
  c = Peek();
  if ((c == '+' || c == '-') && IsDigit(Peek(1)) && p_ != start) {
    const Tail tail = ScanOffset(/*loose=*/false);
    if (tail == Tail::kOk) ScanZoneComment();
    return tail;
  }
  if (!IsAlpha(c)) {
    p_ = start;
    return Tail::kAbsent;
  }
  const Span word = ReadLetters();
  const WordSlot* slot = Look(word);
  const WordKind kind = KindOf(slot);
  const bool is_zone = kind == WordKind::kZone ||
                       kind == WordKind::kAmbiguousZone ||
                       kind == WordKind::kUtc || kind == WordKind::kZulu;
  if (!is_zone || (prefix_ && !AllUpper(word)) || IsDigit(Peek())) {
    p_ = start;
    return Tail::kAbsent;
  }
  f_.has_offset = true;
  f_.offset = 0;
  switch (kind) {
    case WordKind::kZulu:
      return Tail::kOk;
    case WordKind::kAmbiguousZone:
      f_.has_offset = false;
      f_.zone_ambiguous = true;
      SetZoneWord(word);
      return Tail::kOk;
    case WordKind::kZone:
      f_.offset = slot->value;
      SetZoneWord(word);
      return Tail::kOk;
    default:  // kUtc
      SetZoneWord(word);
      if ((Peek() == '+' || Peek() == '-') && IsDigit(Peek(1))) {
        return ScanOffset(/*loose=*/true);
      }
      return Tail::kOk;
  }
}

// "+09:00", "+0900", "+09"; with `loose` (after "UTC") also "+9" and "+9:30".
DateScanner::Tail DateScanner::ScanOffset(bool loose) {
  const char* start = p_;
  const bool negative = *p_ == '-';
  ++p_;
  std::uint64_t value = 0;
  const std::size_t digits = ReadDigits(&value);
  std::uint64_t hours = 0;
  std::uint64_t minutes = 0;
  if (digits == 4) {
    hours = value / 100;
    minutes = value % 100;
  } else if (digits == 2 || (loose && digits == 1)) {
    hours = value;
    if (Peek() == ':' && IsDigit(Peek(1))) {
      ++p_;
      if (ReadDigits(&minutes) != 2) {
        Fail(start, p_, "utc offset {slice} is malformed");
        return Tail::kError;
      }
    }
  } else {
    Fail(start, p_, "utc offset {slice} is malformed");
    return Tail::kError;
  }
  if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
    Fail(start, p_, "utc offset {slice} is out of range");
    return Tail::kError;
  }
  f_.has_offset = true;
  f_.offset = static_cast<int>(hours * 60 + minutes) * (negative ? -1 : 1);
  return Tail::kOk;
}

// RFC 2822's comment after a numeric zone, "-0400 (EDT)": kept as the
// abbreviation when it is a short word; the numeric offset stays in force.
void DateScanner::ScanZoneComment() {
  const char* start = p_;
  SkipSpaces();
  if (Peek() != '(') {
    p_ = start;
    return;
  }
  ++p_;
  const Span word = ReadLetters();
  const long length = word.end - word.begin;
  if (length < 1 || length > DateTime::kMaxZoneLength || Peek() != ')' ||
      (prefix_ && !AllUpper(word))) {
    p_ = start;
    return;
  }
  ++p_;
  if (zone_.begin == nullptr) SetZoneWord(word);
}

bool DateScanner::Finish(DateTime* date) {
  if (f_.precision >= DatePrecision::kDay) {
    if (!IsValidDate(f_.year, f_.month, f_.day)) {
      Fail(day_span_, "day {slice} is out of range for {month_year}");
      error_->year = f_.year;
      error_->month = f_.month;
      return false;
    }
  }
  if (f_.weekday >= 0) {
    if (f_.precision < DatePrecision::kDay) {
      return Fail(weekday_span_, "weekday {slice} needs a day of the month");
    }
    if (WeekdayOf(f_.year, f_.month, f_.day) != f_.weekday) {
      Fail(weekday_span_,
           "weekday {slice} does not match {date}, a {weekday},");
      error_->year = f_.year;
      error_->month = f_.month;
      error_->day = f_.day;
      return false;
    }
    // The weekday settles an ambiguous order when it fits only one reading.
    if (f_.day_month_ambiguous &&
        WeekdayOf(f_.year, f_.day, f_.month) != f_.weekday) {
      f_.day_month_ambiguous = false;
    }
  }

  if (zone_.begin != nullptr) {
    f_.zone = zone_.begin;
    f_.zone_length = static_cast<std::size_t>(zone_.end - zone_.begin);
  }
  StoreDate(f_, date);
  return true;
}
}  // namespace

bool ScanGeneral(std::string_view text, const DateOptions& options, bool prefix,
                 DateTime* date, std::size_t* offset, std::size_t* length,
                 DateScanError* error) {
  DateScanner scanner(text, options, prefix, error);
  return scanner.Scan(date, offset, length);
}

}  // namespace date
}  // namespace internal
}  // namespace lede
