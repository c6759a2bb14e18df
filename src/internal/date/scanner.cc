// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The general scanner: one forward pass over the bytes with the byte classes
// and the word table of tables.h, and no allocation. The grammar is chosen by
// the shape of the first token (a word, a number of one to fourteen digits, a
// time, "@" and a Unix time), so every byte is looked at a bounded number of
// times and the work stays linear in the input. It finds the fields; the
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

#include "absl/time/civil_time.h"
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
  bool empty() const { return begin == end; }
  std::size_t size() const { return static_cast<std::size_t>(end - begin); }

  const char* begin = nullptr;
  const char* end = nullptr;
};

// U+2013 EN DASH and U+2014 EM DASH, which join a date and a time in
// "March 25, 2024 — 10:05 AM".
inline int DashLength(const char* p, const char* end) {
  return end - p >= 3 && static_cast<unsigned char>(p[0]) == 0xE2 &&
                 static_cast<unsigned char>(p[1]) == 0x80 &&
                 (static_cast<unsigned char>(p[2]) == 0x93 ||
                  static_cast<unsigned char>(p[2]) == 0x94)
             ? 3
             : 0;
}

// The standard and daylight offsets of the US regions ("Eastern Standard
// Time"), in kGenericZones order.
constexpr std::int16_t kRegionStandard[] = {-300, -360, -420, -480, -540, -600};

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
  // Whether the cursor is at white space, ASCII or a Unicode space separator.
  bool AtSpace() const { return p_ != end_ && SpaceLength(p_, end_) != 0; }
  // Skips white space; returns whether any.
  bool SkipSpaces() {
    const char* start = p_;
    while (p_ != end_) {
      const int n = SpaceLength(p_, end_);
      if (n == 0) break;
      p_ += n;
    }
    return p_ != start;
  }
  // Skips white space and commas ("March 25 , 2024"); returns whether any.
  bool SkipSeparators() {
    const char* start = p_;
    while (p_ != end_) {
      if (*p_ == ',') {
        ++p_;
        continue;
      }
      const int n = SpaceLength(p_, end_);
      if (n == 0) break;
      p_ += n;
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
  WordKind KindOfWord(Span word) const { return KindOf(Look(word)); }
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
  bool LooksLikeClockAfterNumber() const;
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
  Tail FailTail(const char* begin, const char* end, std::string_view what) {
    Fail(begin, end, what);
    return Tail::kError;
  }
  bool FailUnexpected(const char* at);
  bool FailWord(Span word, WordKind kind);
  bool FailQuarter(Span word);
  bool FailUnknownZoneAt(const char* at);
  // Records an error in an optional tail: ParseDate() reports it, the prefix
  // mode steps back to `restart`, restores the fields as they were there
  // (`saved`: a time read halfway must not stay in the date), and keeps the
  // error for later.
  struct Saved {
    DateFields fields;
    Span zone;
    Span zone_name;
    Span hour_span;
    int generic;
    bool zone_read;
    bool end_of_day;
  };
  Saved Save() const {
    return Saved{f_,       zone_,      zone_name_, hour_span_,
                 generic_, zone_read_, end_of_day_};
  }
  bool TailFailed(const char* restart, const Saved& saved) {
    if (!prefix_) return false;
    p_ = restart;
    f_ = saved.fields;
    zone_ = saved.zone;
    zone_name_ = saved.zone_name;
    hour_span_ = saved.hour_span;
    generic_ = saved.generic;
    zone_read_ = saved.zone_read;
    end_of_day_ = saved.end_of_day;
    if (!has_pending_) {
      pending_ = *error_;
      has_pending_ = true;
    }
    return true;
  }

  // Grammar.
  bool ScanDatePart();
  bool ScanNumberFirst();
  bool ScanTimeFirst(const char* start);
  bool ScanUnixTime(Span digits_span, std::uint64_t value, bool millis,
                    bool negative);
  bool ScanYearFirst(Span year_span, std::uint64_t year);
  bool ScanYearFirstMonthName();
  bool ScanWeekDate(bool extended);
  bool ScanOrdinalDate(Span span, int ordinal);
  bool ScanCompact(Span span, std::uint64_t value);
  bool ScanCompactDateTime(Span span, std::uint64_t value, std::size_t digits);
  bool ScanNumericYearLast(Span first, std::uint64_t value, char separator);
  bool ScanDayMonthName(Span day_span, std::uint64_t day, char separator);
  bool ScanDayFirstWord(Span day_span, std::uint64_t day);
  bool ScanMonthFirst(Span month_word, int month);
  bool ScanOrdinalSuffix();
  bool ScanYear(bool allow_two_digits, const char* date_begin,
                const char* date_end);
  bool SetYear(Span span, std::uint64_t value, std::size_t digits);
  void ScanEra();
  Tail ScanTimeAfterDate();
  Tail ScanClock(bool after_t);
  Tail ScanFraction();
  Tail FinishClock(AmPm am_pm);
  Tail ScanZone();
  Tail ScanZoneWord(const char* start);
  Tail ScanOffset(bool loose);
  Tail ScanIanaName(const char* start, bool bracketed);
  void ScanZoneComment(bool after_number);
  void SetZoneWord(Span word) { zone_ = word; }
  bool ResolveZones();
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
  bool iso_ = false;        // year-first with '-', or compact: 'T' allowed
  bool compact_ = false;    // ISO basic form
  bool log_ = false;        // "25/Mar/2024": the time follows a ':'
  bool time_read_ = false;  // the date part read its time itself
  bool time_first_ = false;
  bool zone_read_ = false;   // a zone (or "-0000") was read
  bool end_of_day_ = false;  // "24:00": 00:00 of the next day
  int generic_ = -1;         // index in kGenericZones
  Span zone_;
  Span zone_name_;  // an IANA name as written
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

// Whether the cursor, just after a number of one or two digits, is in a time
// of day: ":05", "h30", " a.m.", "pm".
bool DateScanner::LooksLikeClockAfterNumber() const {
  const unsigned char c = Peek();
  if (c == ':') return IsDigit(Peek(1));
  if ((c == 'h' || c == 'H') && IsDigit(Peek(1)) && IsDigit(Peek(2)) &&
      !IsAlnum(Peek(3))) {
    return true;
  }
  std::size_t i = 0;
  while (Peek(i) == ' ') ++i;
  const unsigned char a = FoldLetter(Peek(i));
  if (!english_ || (a != 'a' && a != 'p')) return false;
  std::size_t j = i + 1;
  if (Peek(j) == '.') ++j;
  if (FoldLetter(Peek(j)) != 'm') return false;
  ++j;
  if (Peek(j) == '.') ++j;
  return !IsAlnum(Peek(j));
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

// "Q1 2024", "2024-Q1": a quarter is three months, not a date.
bool DateScanner::FailQuarter(Span word) {
  const char* end = word.end;
  while (end != end_ && IsDigit(static_cast<unsigned char>(*end))) ++end;
  return Fail(word.begin, end,
              "{slice} is a quarter of a year, not a date: write its first "
              "month or day");
}

// An unknown capitalised word where a zone would be ("BRXT"): records the
// error and returns true, or returns false when there is none.
bool DateScanner::FailUnknownZoneAt(const char* at) {
  const char* end = at;
  while (end != end_ && IsUpper(static_cast<unsigned char>(*end))) ++end;
  if (end - at >= 2 && end - at <= 5 &&
      (end == end_ || !IsAlnum(static_cast<unsigned char>(*end)))) {
    Fail(at, end, "unknown time zone {slice}");
    return true;
  }
  return false;
}

bool DateScanner::FailWord(Span word, WordKind kind) {
  if (kind == WordKind::kNoon || kind == WordKind::kMidnight) {
    return Fail(word, "{slice} is a time without a date");
  }
  if (kind == WordKind::kRelative) {
    // Quote the whole expression: "2 hours ago", "last week", "yesterday".
    const char* end = word.end;
    const char* q = end;
    while (q != end_) {
      while (q != end_ && SpaceLength(q, end_) != 0) q += SpaceLength(q, end_);
      const char* w = q;
      while (q != end_ && IsAlpha(static_cast<unsigned char>(*q))) ++q;
      if (w == q || KindOf(LookUpWord(w, q, end_)) != WordKind::kRelative) {
        break;
      }
      end = q;
    }
    return Fail(date_begin_ < word.begin ? date_begin_ : word.begin, end,
                "{slice} is a relative date: it needs a reference date");
  }
  if (word.size() == 1 &&
      FoldLetter(static_cast<unsigned char>(*word.begin)) == 'q' &&
      word.end != end_ && IsDigit(static_cast<unsigned char>(*word.end))) {
    return FailQuarter(word);
  }
  // A word followed by a number was probably meant as a month ("Marhc 25");
  // anything else ("next week") is not a date at all.
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
  ScanEra();

  if (f_.precision == DatePrecision::kDay && !time_read_) {
    const char* restart = p_;
    const Saved saved = Save();
    if (ScanTimeAfterDate() == Tail::kError && !TailFailed(restart, saved)) {
      return false;
    }
  }
  if (!f_.has_offset && !f_.zone_ambiguous && !zone_read_) {
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
    // A full stop may end the text ("March 25, 2024 12.16 pm.").
    if (Peek() == '.') {
      const char* stop = p_;
      ++p_;
      SkipSpaces();
      if (p_ != end_) p_ = stop;
    }
    if (p_ != end_) {
      // An unknown capitalised word right after a time reads as a zone.
      if (f_.precision >= DatePrecision::kHour && !f_.has_offset &&
          !f_.zone_ambiguous && !zone_read_ && FailUnknownZoneAt(p_)) {
        return false;
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
  if (c == '@' && (IsDigit(Peek(1)) || (Peek(1) == '-' && IsDigit(Peek(2))))) {
    // GNU date's "@1711361130": Unix seconds, whatever the options.
    ++p_;
    const bool negative = Peek() == '-';
    if (negative) ++p_;
    const char* start = p_;
    std::uint64_t value = 0;
    ReadDigits(&value);
    return ScanUnixTime({start, p_}, value, /*millis=*/false, negative);
  }
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
    if (KindOf(slot) == WordKind::kMonth) {
      return ScanMonthFirst(word, slot->value);
    }
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
  switch (digits) {
    case 4:
      return ScanYearFirst(span, value);
    case 7:  // ISO 8601 basic ordinal date, "2024085"
      if (!SetYear({start, start + 4}, value / 1000, 4)) return false;
      compact_ = true;
      return ScanOrdinalDate({start + 4, p_}, static_cast<int>(value % 1000));
    case 8:
      return ScanCompact(span, value);
    case 10:
    case 13:
      if (options_.unix_timestamps && f_.weekday < 0 && !IsAlnum(Peek()) &&
          Peek() != '.' && Peek() != ':') {
        return ScanUnixTime(span, value, /*millis=*/digits == 13,
                            /*negative=*/false);
      }
      break;
    case 12:
    case 14:
      return ScanCompactDateTime(span, value, digits);
    default:
      break;
  }
  if (digits > 2) return Fail(span, "unexpected number {slice}");
  if (LooksLikeClockAfterNumber()) return ScanTimeFirst(start);
  const unsigned char c = Peek();
  if ((c == '/' || c == '-' || c == '.') && IsDigit(Peek(1))) {
    return ScanNumericYearLast(span, value, static_cast<char>(c));
  }
  if ((c == '/' || c == '-' || c == '.') && IsAlpha(Peek(1))) {
    return ScanDayMonthName(span, value, static_cast<char>(c));
  }
  if (IsAlpha(c)) {
    // "25MAR2024": a month name between the day and the year.
    const char* q = p_;
    while (q != end_ && IsAlpha(static_cast<unsigned char>(*q))) ++q;
    if (q != end_ && IsDigit(static_cast<unsigned char>(*q)) &&
        KindOf(Look({p_, q})) == WordKind::kMonth) {
      return ScanDayMonthName(span, value, '\0');
    }
  }
  return ScanDayFirstWord(span, value);
}

// A time before its date: "10:05 p.m. EDT, March 25, 2024", "22:05, 25 March
// 2024", "0:01:02 on July 4, 1976".
bool DateScanner::ScanTimeFirst(const char* start) {
  p_ = start;
  const Tail clock = ScanClock(/*after_t=*/false);
  if (clock == Tail::kError) return false;
  // What to quote for a time without a date: "10:05" of "10:05 AM", all of
  // "10 AM".
  const char* clock_end = start;
  bool colon = false;
  while (
      clock_end != end_ &&
      (IsDigit(static_cast<unsigned char>(*clock_end)) || *clock_end == ':')) {
    colon = colon || *clock_end == ':';
    ++clock_end;
  }
  if (!colon && clock == Tail::kOk) clock_end = p_;
  if (clock == Tail::kAbsent || time_first_ || f_.weekday >= 0) {
    return Fail(start, clock_end, "{slice} is a time without a date");
  }
  time_first_ = true;
  if (ScanZone() == Tail::kError) return false;
  const DateFields clock_fields = f_;
  SkipSeparators();
  if (Peek() == '-' || Peek() == '|' || Peek() == '@') {
    ++p_;
    SkipSpaces();
  } else if (IsAlpha(Peek())) {
    const char* word_begin = p_;
    const Span word = ReadLetters();
    const WordKind kind = KindOfWord(word);
    if ((kind == WordKind::kOn || kind == WordKind::kOf ||
         kind == WordKind::kAt) &&
        AtSpace()) {
      SkipSpaces();
    } else {
      p_ = word_begin;
    }
  }
  if (!IsAlnum(Peek())) {
    return Fail(start, clock_end, "{slice} is a time without a date");
  }
  if (!ScanDatePart()) {
    // "10:05 AM March 25": no year, so a time without a (whole) date.
    if (error_->what.substr(0, 7) != "no year") return false;
    return Fail(start, clock_end, "{slice} is a time without a date");
  }
  if (f_.precision != DatePrecision::kDay || time_read_) {
    return Fail(date_begin_, p_, "{slice} has a time but no day");
  }
  f_.hour = clock_fields.hour;
  f_.minute = clock_fields.minute;
  f_.second = clock_fields.second;
  f_.fraction = clock_fields.fraction;
  f_.fraction_digits = clock_fields.fraction_digits;
  f_.precision = clock_fields.precision;
  time_read_ = true;
  return true;
}

// Unix time: seconds (10 digits, or any number after '@') or milliseconds (13
// digits), read as UTC.
bool DateScanner::ScanUnixTime(Span digits_span, std::uint64_t value,
                               bool millis, bool negative) {
  if (digits_span.size() > (millis ? 15u : 12u)) {
    return Fail(digits_span, "unix time {slice} is out of range");
  }
  const std::int64_t magnitude =
      static_cast<std::int64_t>(millis ? value / 1000 : value);
  const std::int64_t seconds = negative ? -magnitude : magnitude;
  const absl::CivilSecond civil =
      absl::CivilSecond(1970, 1, 1, 0, 0, 0) + seconds;
  if (!IsValidYear(civil.year())) {
    return Fail(digits_span, "unix time {slice} is out of range");
  }
  f_.year = static_cast<int>(civil.year());
  f_.month = civil.month();
  f_.day = civil.day();
  f_.hour = civil.hour();
  f_.minute = civil.minute();
  f_.second = civil.second();
  f_.precision = DatePrecision::kSecond;
  if (millis) {
    f_.fraction = value % 1000;
    f_.fraction_digits = 3;
    f_.precision = DatePrecision::kFraction;
  }
  f_.has_offset = true;
  f_.offset = 0;
  time_read_ = true;
  zone_read_ = true;
  return true;
}

bool DateScanner::SetYear(Span span, std::uint64_t value, std::size_t digits) {
  if (digits == 2) {
    if (!options_.allow_two_digit_year) {
      return Fail(span, "two-digit year {slice} is not allowed");
    }
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
  // ISO 8601 week dates: "2024-W13", "2024-W13-1", "2024W13", "2024W131".
  if (separator == '-' && (Peek(1) == 'W' || Peek(1) == 'w') &&
      IsDigit(Peek(2))) {
    return ScanWeekDate(/*extended=*/true);
  }
  if ((separator == 'W' || separator == 'w') && IsDigit(Peek(1))) {
    return ScanWeekDate(/*extended=*/false);
  }
  if ((separator == '-' || separator == ' ') &&
      (Peek(1) == 'Q' || Peek(1) == 'q') && IsDigit(Peek(2))) {
    return FailQuarter({p_ + 1, p_ + 2});
  }
  if (((separator == '-' || separator == '/' || separator == '.') &&
       IsAlpha(Peek(1))) ||
      AtSpace()) {
    return ScanYearFirstMonthName();
  }
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
  if (separator == '-' && digits == 3) {  // "2024-085"
    iso_ = true;
    return ScanOrdinalDate({month_begin, p_}, static_cast<int>(value));
  }
  if (digits > 2) return Fail(month_begin, p_, "unexpected number {slice}");
  month_span_ = {month_begin, p_};
  f_.month = static_cast<int>(value);
  if (!IsValidMonth(f_.month)) {
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

// After a year: "-Mar-25", " March 25", ".July.10", "/Mar/25", and the
// space-separated numeric "2024 03 25". Anything else leaves the year alone.
bool DateScanner::ScanYearFirstMonthName() {
  const char* restart = p_;
  const bool english = f_.english;
  const bool spaced = AtSpace();
  const char separator = spaced ? ' ' : *p_;
  if (spaced) {
    SkipSpaces();
  } else {
    ++p_;
  }
  if (spaced && IsDigit(Peek()) && IsDigit(Peek(1)) && Peek(2) == ' ' &&
      IsDigit(Peek(3)) && IsDigit(Peek(4)) && !IsDigit(Peek(5)) &&
      Peek(5) != ':') {
    // "2024 03 25": two-digit month and day only, so that "2024 5 people"
    // stays a year.
    const int month = (Peek() - '0') * 10 + (Peek(1) - '0');
    if (!IsValidMonth(month)) {
      p_ = restart;
      return true;
    }
    month_span_ = {p_, p_ + 2};
    day_span_ = {p_ + 3, p_ + 5};
    f_.month = month;
    f_.day = (Peek(3) - '0') * 10 + (Peek(4) - '0');
    p_ += 5;
    f_.precision = DatePrecision::kDay;
    return true;
  }
  const Span word = ReadLetters();
  const WordSlot* slot = word.empty() ? nullptr : Look(word);
  if (slot == nullptr || slot->kind != WordKind::kMonth) {
    p_ = restart;
    return true;
  }
  month_span_ = word;
  f_.month = slot->value;
  f_.english = true;
  if (spaced) {
    SkipAbbreviationPeriod(word);
    const char* after_month = p_;
    if (!SkipSpaces() || !IsDigit(Peek())) {
      // In prefix mode "2024 may be" is a year before words.
      if (prefix_) {
        p_ = restart;
        f_.english = english;
        return true;
      }
      p_ = after_month;
      f_.precision = DatePrecision::kMonth;  // "2024 March"
      return true;
    }
  } else if (Peek() != static_cast<unsigned char>(separator) ||
             !IsDigit(Peek(1))) {
    return Fail(date_begin_, p_, "no day in {slice}");
  } else {
    ++p_;
  }
  const char* day_begin = p_;
  std::uint64_t day = 0;
  if (ReadDigits(&day) > 2) {
    return Fail(day_begin, p_, "unexpected number {slice}");
  }
  day_span_ = {day_begin, p_};
  f_.day = static_cast<int>(day);
  if (!ScanOrdinalSuffix()) return false;
  f_.precision = DatePrecision::kDay;
  return true;
}

// "-W13", "-W13-1", "W13", "W131" after the year.
bool DateScanner::ScanWeekDate(bool extended) {
  if (extended) ++p_;  // '-'
  ++p_;                // 'W'
  const char* week_begin = p_;
  std::uint64_t value = 0;
  std::size_t digits = ReadDigits(&value);
  int week = 0;
  int weekday = 0;
  if (digits == 2) {
    week = static_cast<int>(value);
    // "-1" is the day of the week; "-08:00" an offset after the week.
    if (extended && Peek() == '-' && IsDigit(Peek(1)) &&
        !(IsDigit(Peek(2)) && Peek(3) == ':')) {
      ++p_;
      const char* day_begin = p_;
      if (ReadDigits(&value) != 1) {
        return Fail(day_begin, p_, "unexpected number {slice}");
      }
      weekday = static_cast<int>(value);
    }
  } else if (digits == 3 && !extended) {
    week = static_cast<int>(value / 10);
    weekday = static_cast<int>(value % 10);
  } else {
    return Fail(week_begin, p_, "unexpected number {slice}");
  }
  day_span_ = {week_begin, p_};
  int year = 0;
  int month = 0;
  int day = 0;
  if (!IsoWeekToDate(f_.year, week, weekday == 0 ? 1 : weekday, &year, &month,
                     &day)) {
    if (week < 1 || week > IsoWeeksInYear(f_.year)) {
      return Fail(week_begin, week_begin + 2, "week {slice} is out of range");
    }
    return Fail(day_span_, "day of the week {slice} is out of range");
  }
  f_.year = year;
  f_.month = month;
  f_.day = day;
  f_.precision = weekday == 0 ? DatePrecision::kWeek : DatePrecision::kDay;
  iso_ = true;
  compact_ = !extended;
  return true;
}

// Day `ordinal` of the year already read ("2024-085", "2024085").
bool DateScanner::ScanOrdinalDate(Span span, int ordinal) {
  if (!OrdinalToDate(f_.year, ordinal, &f_.month, &f_.day)) {
    return Fail(span, "day of the year {slice} is out of range");
  }
  day_span_ = span;
  f_.precision = DatePrecision::kDay;
  iso_ = true;
  return true;
}

bool DateScanner::ScanCompact(Span span, std::uint64_t value) {
  if (!SetYear({span.begin, span.begin + 4}, value / 10000, 4)) return false;
  month_span_ = {span.begin + 4, span.begin + 6};
  f_.month = static_cast<int>(value / 100 % 100);
  if (!IsValidMonth(f_.month)) {
    return Fail(month_span_, "month {slice} is out of range");
  }
  day_span_ = {span.begin + 6, span.begin + 8};
  f_.day = static_cast<int>(value % 100);
  f_.precision = DatePrecision::kDay;
  iso_ = true;
  compact_ = true;
  return true;
}

// "202403251005", "20240325100530": a compact date and time with no 'T'.
bool DateScanner::ScanCompactDateTime(Span span, std::uint64_t value,
                                      std::size_t digits) {
  const std::uint64_t scale = digits == 14 ? 1000000 : 10000;
  if (!ScanCompact({span.begin, span.begin + 8}, value / scale)) return false;
  const std::uint64_t clock = value % scale;
  hour_span_ = {span.begin + 8, span.begin + 10};
  f_.hour = static_cast<int>(clock / (scale / 100));
  f_.minute = static_cast<int>(clock / (scale / 10000) % 100);
  f_.precision = DatePrecision::kMinute;
  if (digits == 14) {
    f_.second = static_cast<int>(clock % 100);
    f_.precision = DatePrecision::kSecond;
    if (ScanFraction() == Tail::kError) return false;
  }
  time_read_ = true;
  return FinishClock(AmPm::kNone) == Tail::kOk;
}

bool DateScanner::ScanNumericYearLast(Span first, std::uint64_t value,
                                      char separator) {
  ++p_;
  const char* second_begin = p_;
  std::uint64_t second_value = 0;
  std::size_t digits = ReadDigits(&second_value);
  const Span second{second_begin, p_};
  if (digits == 4 && Peek() != separator) {
    // "03/2024": a month and a year.
    if (!SetYear(second, second_value, 4)) return false;
    month_span_ = first;
    if (!IsValidMonth(static_cast<int>(value)) || value > 12) {
      return Fail(first, "month {slice} is out of range");
    }
    f_.month = static_cast<int>(value);
    f_.precision = DatePrecision::kMonth;
    return true;
  }
  if (digits > 2) return Fail(second, "unexpected number {slice}");
  if (Peek() != separator || !IsDigit(Peek(1))) {
    if (separator == '.' && MatchAmPm() != AmPm::kNone) {
      return Fail(first.begin, p_, "{slice} is a time without a date");
    }
    if (p_ == end_ || AtSpace()) {
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

// A month name between a day and a year: "25-Mar-2024", "25/Mar/2024" (and
// the common log format's "25/Mar/2024:10:05:30"), "25.Mar.2024",
// "25MAR2024" (`separator` '\0').
bool DateScanner::ScanDayMonthName(Span day_span, std::uint64_t day,
                                   char separator) {
  day_span_ = day_span;
  f_.day = static_cast<int>(day);
  if (separator != '\0') ++p_;
  const Span word = ReadLetters();
  const WordSlot* slot = Look(word);
  if (KindOf(slot) != WordKind::kMonth) {
    return Fail(word, "no month named {slice}");
  }
  month_span_ = word;
  f_.month = slot->value;
  f_.english = true;
  if (separator != '\0') {
    if (Peek() != static_cast<unsigned char>(separator) || !IsDigit(Peek(1))) {
      return Fail(date_begin_, p_, "no year in {slice}");
    }
    ++p_;
  }
  const char* year_begin = p_;
  std::uint64_t year = 0;
  const std::size_t digits = ReadDigits(&year);
  if (!SetYear({year_begin, p_}, year, digits)) return false;
  f_.precision = DatePrecision::kDay;
  log_ = separator == '/' && digits == 4;
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
  const WordKind kind = KindOf(slot);
  if (kind == WordKind::kNoon || kind == WordKind::kMidnight) {
    return Fail(date_begin_, word.end, "{slice} is a time without a date");
  }
  if (kind == WordKind::kRelative) return FailWord(word, kind);
  if (kind != WordKind::kMonth) {
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
  const unsigned char separator = Peek();
  if ((separator == '-' || separator == '/' || separator == '.') &&
      IsDigit(Peek(1))) {
    // "Sep-25-2003", "Sep/25/2003", "Sep.25.2003".
    const char* restart = p_;
    ++p_;
    const char* day_begin = p_;
    std::uint64_t day = 0;
    const std::size_t day_digits = ReadDigits(&day);
    if (day_digits <= 2 && Peek() == separator && IsDigit(Peek(1))) {
      day_span_ = {day_begin, p_};
      f_.day = static_cast<int>(day);
      ++p_;
      const char* year_begin = p_;
      std::uint64_t year = 0;
      const std::size_t year_digits = ReadDigits(&year);
      if (!SetYear({year_begin, p_}, year, year_digits)) return false;
      f_.precision = DatePrecision::kDay;
      return true;
    }
    if (separator != '.') return FailUnexpected(restart);
    p_ = restart;  // "Mar.25, 2024" below
  }
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
    if (!IsDigit(Peek())) {
      if (!f_.has_offset && !zone_read_ && FailUnknownZoneAt(p_)) return false;
      return Fail(date_begin_, after_time, "no year in {slice}");
    }
    const char* year_begin = p_;
    std::uint64_t year = 0;
    const std::size_t year_digits = ReadDigits(&year);
    if (year_digits != 4) return Fail(year_begin, p_, "unexpected {slice}");
    time_read_ = true;
    return SetYear({year_begin, p_}, year, year_digits);
  }
  if (p_ == after_day && p_ != end_) return FailUnexpected(p_);
  if (!ScanYear(/*allow_two_digits=*/false, date_begin_, after_day)) {
    return false;
  }
  f_.precision = DatePrecision::kDay;
  return true;
}

// An era after the year: "AD", "A.D.", "CE" (in capitals in prefix mode).
void DateScanner::ScanEra() {
  if (f_.precision > DatePrecision::kDay || time_read_) return;
  const char* start = p_;
  SkipSpaces();
  if (p_ == start) return;
  const unsigned char a = Peek();
  if ((a == 'A' || (a == 'a' && !prefix_)) && Peek(1) == '.' &&
      FoldLetter(Peek(2)) == 'd' && IsAlpha(Peek(2))) {
    std::size_t n = 3;
    if (Peek(3) == '.') n = 4;
    if (!IsAlnum(Peek(n))) {
      p_ += n;
      f_.english = true;
      return;
    }
  } else if (IsAlpha(a)) {
    const Span word = ReadLetters();
    if (KindOfWord(word) == WordKind::kEra && (!prefix_ || AllUpper(word)) &&
        !IsDigit(Peek())) {
      f_.english = true;
      return;
    }
  }
  p_ = start;
}

// A time after a complete date: "T10:05", " 10:05:30", ", 10 a.m.", " at
// noon", " | 4:32 pm", " — 10:05 AM", and the common log format's
// ":10:05:30".
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
  if (log_ && Peek() == ':' && IsDigit(Peek(1))) {
    ++p_;
    const Tail tail = ScanClock(/*after_t=*/false);
    if (tail == Tail::kAbsent) p_ = start;
    return tail;
  }
  if (!SkipSeparators()) return Tail::kAbsent;
  // A joining mark between spaces: "-", "|", "@", an en or em dash.
  const char* mark = p_;
  int mark_length = 0;
  if (Peek() == '-' || Peek() == '|' || Peek() == '@') {
    mark_length = 1;
  } else if (p_ != end_) {
    mark_length = DashLength(p_, end_);
  }
  if (mark_length != 0) {
    p_ += mark_length;
    if (!SkipSpaces()) {
      p_ = start;
      return Tail::kAbsent;
    }
  }
  if (IsAlpha(Peek())) {
    const char* word_begin = p_;
    const Span word = ReadLetters();
    if (KindOfWord(word) == WordKind::kAt && AtSpace() && p_ != mark) {
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

// A time of day: "10:05", "10:05:30.25", "10:05 pm", "10.05pm", "10.05",
// "11h30", "10 AM", "noon", "12 noon", "midnight"; after an ISO 'T' also
// "10", "1005" and "100530".
DateScanner::Tail DateScanner::ScanClock(bool after_t) {
  const char* start = p_;
  if (!after_t && IsAlpha(Peek())) {
    const Span word = ReadLetters();
    const WordKind kind = KindOfWord(word);
    if (kind == WordKind::kNoon || kind == WordKind::kMidnight) {
      f_.english = true;
      f_.hour = kind == WordKind::kNoon ? 12 : 0;
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
  if (after_t && (digits == 4 || digits == 6)) {  // ISO basic time
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
        return FailTail(minute_begin, p_, "minute {slice} is not two digits");
      }
      f_.minute = static_cast<int>(value);
      f_.precision = DatePrecision::kMinute;
      if (Peek() == ':' && IsDigit(Peek(1))) {
        ++p_;
        const char* second_begin = p_;
        if (ReadDigits(&value) != 2) {
          return FailTail(second_begin, p_, "second {slice} is not two digits");
        }
        f_.second = static_cast<int>(value);
        f_.precision = DatePrecision::kSecond;
      }
    } else if (after_t) {
      if (digits != 2) return FailTail(start, p_, "unexpected {slice}");
      // "2024-03-25T10": the hour alone.
      f_.minute = 0;
      f_.precision = DatePrecision::kHour;
      return FinishClock(AmPm::kNone);
    } else if ((Peek() == 'h' || Peek() == 'H') && IsDigit(Peek(1)) &&
               IsDigit(Peek(2)) && !IsAlnum(Peek(3))) {
      // "11h30".
      f_.minute = (Peek(1) - '0') * 10 + (Peek(2) - '0');
      p_ += 3;
      f_.precision = DatePrecision::kMinute;
      return FinishClock(AmPm::kNone);
    } else if (Peek() == '.' && IsDigit(Peek(1)) && IsDigit(Peek(2)) &&
               !IsDigit(Peek(3)) && !(Peek(3) == '.' && IsDigit(Peek(4)))) {
      // "10.05pm", and after a date the 24-hour "10.05" (the Guardian's
      // "25 Mar 2024 10.05 GMT").
      p_ += 1;
      f_.minute = (Peek() - '0') * 10 + (Peek(1) - '0');
      p_ += 2;
      f_.precision = DatePrecision::kMinute;
      const char* before_space = p_;
      SkipSpaces();
      const AmPm am_pm = MatchAmPm();
      if (am_pm == AmPm::kNone) p_ = before_space;
      return FinishClock(am_pm);
    } else {
      // "10 AM", "10am", "12 noon", "12 midnight".
      SkipSpaces();
      const AmPm am_pm = MatchAmPm();
      if (am_pm != AmPm::kNone) {
        f_.minute = 0;
        f_.precision = DatePrecision::kMinute;
        return FinishClock(am_pm);
      }
      const Span word = ReadLetters();
      const WordKind kind = word.empty() ? WordKind::kNone : KindOfWord(word);
      if (f_.hour == 12 &&
          (kind == WordKind::kNoon || kind == WordKind::kMidnight)) {
        f_.english = true;
        f_.hour = kind == WordKind::kNoon ? 12 : 0;
        f_.minute = 0;
        f_.precision = DatePrecision::kMinute;
        return Tail::kOk;
      }
      p_ = start;
      return Tail::kAbsent;
    }
  }
  if (f_.precision == DatePrecision::kSecond &&
      ScanFraction() == Tail::kError) {
    return Tail::kError;
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

// ".250" or ",25" after the seconds: kAbsent when there is none.
DateScanner::Tail DateScanner::ScanFraction() {
  if ((Peek() != '.' && Peek() != ',') || !IsDigit(Peek(1))) {
    return Tail::kAbsent;
  }
  ++p_;
  const char* fraction_begin = p_;
  const int fraction_digits = ReadFraction(&p_, end_, &f_.fraction);
  if (fraction_digits < 0) {
    return FailTail(fraction_begin, p_,
                    "too many fractional digits in {slice}");
  }
  f_.fraction_digits = fraction_digits;
  f_.precision = DatePrecision::kFraction;
  return Tail::kOk;
}

DateScanner::Tail DateScanner::FinishClock(AmPm am_pm) {
  if (am_pm != AmPm::kNone) {
    if (f_.hour < 1 || f_.hour > 12) {
      return FailTail(hour_span_.begin, hour_span_.end,
                      "hour {slice} is out of range for am/pm");
    }
    if (f_.hour == 12) f_.hour = 0;
    if (am_pm == AmPm::kPm) f_.hour += 12;
  } else if (IsEndOfDay(f_.hour, f_.minute, f_.second) &&
             (f_.precision != DatePrecision::kFraction || f_.fraction == 0)) {
    // "24:00": the end of the day, 00:00 of the next (see Finish()).
    end_of_day_ = true;
    f_.hour = 0;
  } else if (f_.hour > 23) {
    return FailTail(hour_span_.begin, hour_span_.end,
                    "hour {slice} is out of range");
  }
  if (f_.minute > 59) {
    // The minute's slice: two digits after the hour and a ':' (or none).
    const char* m = hour_span_.end;
    if (m != end_ && (*m == ':' || *m == '.' || *m == 'h' || *m == 'H')) ++m;
    return FailTail(m, m + 2 <= end_ ? m + 2 : end_,
                    "minute {slice} is out of range");
  }
  if (f_.second > 59) {
    const char* s = hour_span_.end;
    s += (s != end_ && *s == ':') ? 4 : 2;
    if (s != end_ && *s == ':') ++s;
    return FailTail(s, s + 2 <= end_ ? s + 2 : end_,
                    "second {slice} is out of range");
  }
  return Tail::kOk;
}

// A zone after a time or a date: "Z", "+09:00", "+0900", "+09", " UTC",
// " GMT+5:30", " EDT", " ET", " Eastern Time", " Europe/Paris", " (PDT)",
// each optionally followed by a comment ("-0400 (EDT)", "+0800 (China
// Standard Time)"), Go's abbreviation ("+0000 UTC") or an RFC 9557 name in
// brackets ("+05:30[Asia/Kolkata]"). In prefix mode a zone word must be in
// capitals, so that "wet weather" after a date stays in the rest.
DateScanner::Tail DateScanner::ScanZone() {
  const char* start = p_;
  unsigned char c = Peek();
  if ((c == 'Z' || c == 'z') && !IsAlnum(Peek(1))) {
    ++p_;
    f_.has_offset = true;
    f_.offset = 0;
    zone_read_ = true;
    if (Peek() == '[') return ScanIanaName(p_, /*bracketed=*/true);
    return Tail::kOk;
  }
  const bool spaced = SkipSpaces();
  c = Peek();
  if ((c == '+' || c == '-') && IsDigit(Peek(1))) {
    const Tail tail = ScanOffset(/*loose=*/false);
    if (tail != Tail::kOk) return tail;
    if (Peek() == '[') return ScanIanaName(p_, /*bracketed=*/true);
    ScanZoneComment(/*after_number=*/true);
    return Tail::kOk;
  }
  if (c == '(' && spaced && IsAlpha(Peek(1))) {
    // "08/17/14 17:00 (PDT)": a zone in a comment of its own.
    ++p_;
    const char* word_begin = p_;
    const Tail tail = ScanZoneWord(start);
    if (tail == Tail::kOk && Peek() == ')' && zone_.begin == word_begin) {
      ++p_;
      return Tail::kOk;
    }
    p_ = start;
    zone_ = Span();
    f_.has_offset = false;
    f_.zone_ambiguous = false;
    zone_read_ = false;
    generic_ = -1;
    return Tail::kAbsent;
  }
  if (!IsAlpha(c) || (!spaced && p_ != date_begin_ &&
                      IsAlnum(static_cast<unsigned char>(p_[-1])))) {
    p_ = start;
    return Tail::kAbsent;
  }
  const Tail tail = ScanZoneWord(start);
  if (tail == Tail::kOk) ScanZoneComment(/*after_number=*/false);
  return tail;
}

// A zone written as words at the cursor: an abbreviation, "UTC+5:30", a US
// region ("Eastern [Standard|Daylight] Time") or an IANA name. Restores the
// cursor to `start` when there is none.
DateScanner::Tail DateScanner::ScanZoneWord(const char* start) {
  const char* word_begin = p_;
  const Span word = ReadLetters();
  if (Peek() == '/' && IsUpper(static_cast<unsigned char>(*word_begin))) {
    const Tail tail = ScanIanaName(word_begin, /*bracketed=*/false);
    if (tail == Tail::kAbsent) p_ = start;
    return tail;
  }
  const WordSlot* slot = Look(word);
  const WordKind kind = KindOf(slot);
  if (prefix_ && !AllUpper(word) &&
      !IsUpper(static_cast<unsigned char>(*word_begin))) {
    p_ = start;
    return Tail::kAbsent;
  }
  if (kind == WordKind::kNone && english_ && word.size() >= 6) {
    // "Eastern Time", "Pacific Standard Time".
    static constexpr const char* kRegions[] = {"eastern", "central", "mountain",
                                               "pacific", "alaska",  "hawaii"};
    int region = -1;
    for (int i = 0; i < 6; ++i) {
      const std::string_view name = kRegions[i];
      if (name.size() != word.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < name.size() && same; ++k) {
        same = FoldLetter(static_cast<unsigned char>(word.begin[k])) ==
               static_cast<unsigned char>(name[k]);
      }
      if (same) region = i;
    }
    if (region >= 0 && AtSpace()) {
      SkipSpaces();
      Span next = ReadLetters();
      int daylight = -1;  // -1: generic, 0: standard, 1: daylight
      auto is = [&next](std::string_view w) {
        if (next.size() != w.size()) return false;
        for (std::size_t k = 0; k < w.size(); ++k) {
          if (FoldLetter(static_cast<unsigned char>(next.begin[k])) !=
              static_cast<unsigned char>(w[k])) {
            return false;
          }
        }
        return true;
      };
      if (is("standard") || is("daylight")) {
        daylight = is("daylight") ? 1 : 0;
        if (AtSpace()) SkipSpaces();
        next = ReadLetters();
      }
      if (is("time") && !IsAlnum(Peek())) {
        f_.english = true;
        zone_read_ = true;
        generic_ = region;
        if (daylight >= 0) {
          f_.has_offset = true;
          f_.offset = kRegionStandard[region] + daylight * 60;
        }
        return Tail::kOk;
      }
    }
    p_ = start;
    return Tail::kAbsent;
  }
  const bool is_zone = kind == WordKind::kZone ||
                       kind == WordKind::kAmbiguousZone ||
                       kind == WordKind::kUtc || kind == WordKind::kZulu ||
                       kind == WordKind::kGenericZone;
  if (!is_zone || (prefix_ && !AllUpper(word)) || IsDigit(Peek())) {
    p_ = start;
    return Tail::kAbsent;
  }
  zone_read_ = true;
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
    case WordKind::kGenericZone:
      f_.has_offset = false;
      generic_ = slot->value;
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

// An IANA zone name at `start`: "Europe/Paris" after a time, or
// "[Asia/Kolkata]" (RFC 9557, "[!...]" critical) after an offset, whose
// written offset then stands. RFC 9557's tags ("[u-ca=iso8601]") after it
// are skipped.
DateScanner::Tail DateScanner::ScanIanaName(const char* start, bool bracketed) {
  p_ = start;
  if (bracketed) {
    ++p_;
    if (Peek() == '!') ++p_;
  }
  const char* name_begin = p_;
  while (p_ != end_) {
    const auto c = static_cast<unsigned char>(*p_);
    if (!IsAlnum(c) && c != '/' && c != '_' && c != '-' && c != '+') break;
    ++p_;
  }
  const Span name{name_begin, p_};
  const std::string_view view(name.begin, name.size());
  if (bracketed && Peek() != ']') {
    return FailTail(start, p_, "time zone {slice} is malformed");
  }
  if (!LooksLikeIanaName(view)) {
    if (bracketed) {
      return FailTail(name.begin, name.end, "time zone {slice} is malformed");
    }
    p_ = start;
    return Tail::kAbsent;
  }
  if (!IsKnownZone(view)) {
    return FailTail(name.begin, name.end, "unknown time zone {slice}");
  }
  if (bracketed) {
    ++p_;  // ']'
    // RFC 9557 suffix tags: "[key=value]".
    while (Peek() == '[') {
      const char* tag = p_;
      while (p_ != end_ && *p_ != ']' && p_ - tag < 64) ++p_;
      if (Peek() != ']') {
        p_ = tag;
        break;
      }
      ++p_;
    }
  }
  zone_name_ = name;
  zone_read_ = true;
  return Tail::kOk;
}

// "+09:00", "+0900", "+09"; with `loose` (after "UTC") also "+9" and "+9:30".
// RFC 5322's "-0000" says that no offset is known: it is read, and none set.
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
        return FailTail(start, p_, "utc offset {slice} is malformed");
      }
    } else if (!loose && negative && f_.precision < DatePrecision::kHour) {
      // "2013-01-27-01": more likely a malformed value than an offset.
      return FailTail(start, p_, "unexpected {slice} after a date");
    }
  } else {
    return FailTail(start, p_, "utc offset {slice} is malformed");
  }
  if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
    return FailTail(start, p_, "utc offset {slice} is out of range");
  }
  zone_read_ = true;
  if (digits == 4 && negative && value == 0) {
    f_.has_offset = false;
    return Tail::kOk;
  }
  f_.has_offset = true;
  f_.offset = static_cast<int>(hours * 60 + minutes) * (negative ? -1 : 1);
  return Tail::kOk;
}

// What may follow a zone: Go's abbreviation after a numeric offset ("+0000
// UTC", "-0700 MST", with its " m=+0.000000001" monotonic reading), and a
// comment in parentheses ("(EDT)", "(China Standard Time)"). A short word is
// kept as the abbreviation when none was written; the offset stays in force.
void DateScanner::ScanZoneComment(bool after_number) {
  const char* start = p_;
  SkipSpaces();
  if (after_number && IsUpper(Peek()) && p_ != start) {
    const char* word_begin = p_;
    const Span word = ReadLetters();
    const WordKind kind = KindOfWord(word);
    const bool zone_word = kind == WordKind::kZone ||
                           kind == WordKind::kAmbiguousZone ||
                           kind == WordKind::kUtc;
    if (AllUpper(word) && word.size() >= 2 && word.size() <= 5 &&
        !IsAlnum(Peek()) && (zone_word || !prefix_)) {
      if (zone_.begin == nullptr) SetZoneWord(word);
      start = p_;
      SkipSpaces();
      if (Peek() == 'm' && Peek(1) == '=' &&
          (Peek(2) == '+' || Peek(2) == '-')) {
        p_ += 3;
        while (p_ != end_ &&
               (IsDigit(static_cast<unsigned char>(*p_)) || *p_ == '.')) {
          ++p_;
        }
        start = p_;
        SkipSpaces();
      }
    } else {
      p_ = word_begin;
    }
  }
  if (Peek() != '(' || p_ == start) {
    p_ = start;
    return;
  }
  const char* open = p_;
  ++p_;
  const char* close = p_;
  while (close != end_ && *close != ')' && *close != '(' && *close != '\n' &&
         close - open < 80) {
    ++close;
  }
  if (close == end_ || *close != ')' || close == p_) {
    p_ = start;
    return;
  }
  const Span word = ReadLetters();
  if (p_ == close &&
      word.size() <= static_cast<std::size_t>(DateTime::kMaxZoneLength)) {
    if (prefix_ && !AllUpper(word)) {
      p_ = start;
      return;
    }
    if (zone_.begin == nullptr) SetZoneWord(word);
  } else if (!IsUpper(static_cast<unsigned char>(open[1]))) {
    p_ = start;  // a comment of zone names starts with a capital
    return;
  }
  p_ = close + 1;
}

// Gives the generic zones, the IANA names and DateOptions::default_zone their
// offset at the civil time written, and names the zone.
bool DateScanner::ResolveZones() {
  const bool has_time = f_.precision >= DatePrecision::kHour;
  if (generic_ < 0 && zone_name_.begin == nullptr &&
      (options_.default_zone.empty() || !has_time || zone_read_ ||
       f_.has_offset)) {
    return true;  // the common case: nothing to look up
  }
  const absl::CivilSecond civil(f_.year, f_.month, f_.day, f_.hour, f_.minute,
                                f_.second);
  std::string_view name;
  if (generic_ >= 0) {
    name = kGenericZones[generic_].iana_name;
  } else if (zone_name_.begin != nullptr) {
    name = std::string_view(zone_name_.begin, zone_name_.size());
  } else if (!zone_read_ && !f_.has_offset && !f_.zone_ambiguous &&
             zone_.begin == nullptr && !options_.default_zone.empty() &&
             has_time) {
    name = options_.default_zone;
    int offset = 0;
    if (!OffsetInZone(name, civil, &offset)) {
      return Fail(date_begin_, date_begin_,
                  "DateOptions::default_zone is not a known time zone; at "
                  "the date {slice}");
    }
    f_.has_offset = true;
    f_.offset = offset;
    f_.zone_assumed = true;
  } else {
    return true;
  }
  f_.zone_name = name.data();
  f_.zone_name_length = name.size();
  if (has_time && !f_.has_offset && !f_.zone_assumed) {
    int offset = 0;
    if (OffsetInZone(name, civil, &offset)) {
      f_.has_offset = true;
      f_.offset = offset;
    }
  }
  return true;
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
      if (!options_.allow_weekday_mismatch) {
        Fail(weekday_span_,
             "weekday {slice} does not match {date}, a {weekday},");
        error_->year = f_.year;
        error_->month = f_.month;
        error_->day = f_.day;
        return false;
      }
      f_.weekday_mismatch = true;
    } else if (f_.day_month_ambiguous &&
               WeekdayOf(f_.year, f_.day, f_.month) != f_.weekday) {
      // The weekday settles an ambiguous order when it fits only one reading.
      f_.day_month_ambiguous = false;
    }
  }
  if (end_of_day_) {
    const absl::CivilDay next = absl::CivilDay(f_.year, f_.month, f_.day) + 1;
    if (!IsValidYear(next.year())) {
      return Fail(hour_span_, "hour {slice} is out of range");
    }
    f_.year = static_cast<int>(next.year());
    f_.month = next.month();
    f_.day = next.day();
  }
  if (!ResolveZones()) return false;
  if (zone_.begin != nullptr) {
    f_.zone = zone_.begin;
    f_.zone_length = zone_.size();
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
