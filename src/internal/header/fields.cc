// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/header/fields.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "src/internal/body/byline.h"
#include "src/internal/date/date_scan.h"
#include "src/internal/date/lang/scan.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace header_util {

bool IsBlankLine(std::string_view input, const Line& line) {
  for (std::size_t i = line.begin; i < line.end; ++i) {
    if (!IsBlank(input[i])) return false;
  }
  return true;
}

std::size_t SkipBlankLines(std::string_view input, std::size_t pos) {
  const char* begin = input.data();
  return static_cast<std::size_t>(
      internal::SkipBlankLines(begin + pos, begin + input.size()) - begin);
}

// ---- Keys
// --------------------------------------------------------------------

namespace {

struct KeyName {
  std::string_view name;  // canonical: lower case, '_' for ' ' and '-'
  KeyKind kind;
};

constexpr KeyName kKeyNames[] = {
    {"date", KeyKind::kDate},
    {"published", KeyKind::kDate},
    {"pubdate", KeyKind::kDate},
    {"publish_date", KeyKind::kDate},
    {"publishdate", KeyKind::kDate},
    {"published_at", KeyKind::kDate},
    {"published_on", KeyKind::kDate},
    {"date_published", KeyKind::kDate},
    {"datepublished", KeyKind::kDate},
    {"publication_date", KeyKind::kDate},
    {"created", KeyKind::kDate},
    {"created_at", KeyKind::kDate},
    {"posted", KeyKind::kDate},
    {"posted_on", KeyKind::kDate},
    {"updated", KeyKind::kUpdated},
    {"updated_at", KeyKind::kUpdated},
    {"updated_on", KeyKind::kUpdated},
    {"modified", KeyKind::kUpdated},
    {"modified_at", KeyKind::kUpdated},
    {"last_modified", KeyKind::kUpdated},
    {"lastmodified", KeyKind::kUpdated},
    {"lastmod", KeyKind::kUpdated},
    {"last_updated", KeyKind::kUpdated},
    {"date_modified", KeyKind::kUpdated},
    {"datemodified", KeyKind::kUpdated},
    {"title", KeyKind::kTitle},
    {"headline", KeyKind::kTitle},
    {"subject", KeyKind::kTitle},
    {"from", KeyKind::kAuthor},
    {"author", KeyKind::kAuthor},
    {"authors", KeyKind::kAuthor},
    {"by", KeyKind::kAuthor},
    {"byline", KeyKind::kAuthor},
    {"tags", KeyKind::kTags},
    {"keywords", KeyKind::kTags},
    {"categories", KeyKind::kTags},
    {"subtitle", KeyKind::kKnown},
    {"source", KeyKind::kKnown},
    {"publisher", KeyKind::kKnown},
    {"url", KeyKind::kKnown},
    {"link", KeyKind::kKnown},
    {"category", KeyKind::kKnown},
    {"section", KeyKind::kKnown},
    {"language", KeyKind::kKnown},
    {"lang", KeyKind::kKnown},
    {"summary", KeyKind::kKnown},
    {"description", KeyKind::kKnown},
    // The same keys in the languages whose dates lede reads (canonical form:
    // ASCII lower case; a Cyrillic key is listed as written and in lower
    // case).
    {"datum", KeyKind::kDate},
    {"fecha", KeyKind::kDate},
    {"date_de_publication", KeyKind::kDate},
    {"publié_le", KeyKind::kDate},
    {"data", KeyKind::kDate},
    {"data_publicazione", KeyKind::kDate},
    {"tanggal", KeyKind::kDate},
    {"tarih", KeyKind::kDate},
    {"veröffentlicht", KeyKind::kDate},
    {"publicado", KeyKind::kDate},
    {"Дата", KeyKind::kDate},
    {"дата", KeyKind::kDate},
    {"日付", KeyKind::kDate},
    {"日期", KeyKind::kDate},
    {"날짜", KeyKind::kDate},
    {"autor", KeyKind::kAuthor},
    {"auteur", KeyKind::kAuthor},
    {"autore", KeyKind::kAuthor},
    {"penulis", KeyKind::kAuthor},
    {"yazar", KeyKind::kAuthor},
    {"Автор", KeyKind::kAuthor},
    {"автор", KeyKind::kAuthor},
    {"著者", KeyKind::kAuthor},
    {"作者", KeyKind::kAuthor},
    {"titel", KeyKind::kTitle},
    {"título", KeyKind::kTitle},
    {"titre", KeyKind::kTitle},
    {"titolo", KeyKind::kTitle},
    {"tytuł", KeyKind::kTitle},
    {"judul", KeyKind::kTitle},
    {"başlık", KeyKind::kTitle},
    {"Заголовок", KeyKind::kTitle},
    {"заголовок", KeyKind::kTitle},
    {"标题", KeyKind::kTitle},
    {"제목", KeyKind::kTitle},
};

constexpr char CanonicalKeyByte(char c) {
  if (c == ' ' || c == '-') return '_';
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// CanonicalKeyByte() of each byte value: a lookup instead of tests.
struct CanonicalKeyTable {
  char bytes[256];
};

constexpr CanonicalKeyTable MakeCanonicalKeyTable() {
  CanonicalKeyTable table{};
  for (int b = 0; b < 256; ++b) {
    table.bytes[b] = CanonicalKeyByte(static_cast<char>(b));
  }
  return table;
}

constexpr CanonicalKeyTable kCanonicalKeyTable = MakeCanonicalKeyTable();

inline char Canonical(char c) {
  return kCanonicalKeyTable.bytes[static_cast<unsigned char>(c)];
}

constexpr std::size_t kLongestKeyName = 20;

// An open-addressing table of kKeyNames by a hash of a name's length, first
// and last byte: a lookup compares one or two names, not all of them.
constexpr std::size_t kKeySlots = 256;

constexpr std::size_t KeySlot(std::size_t size, char first, char last) {
  return (size * 37 + static_cast<unsigned char>(first) * 11 +
          static_cast<unsigned char>(last)) %
         kKeySlots;
}

struct KeyTable {
  // 1 + the index in kKeyNames of the name in each slot; 0 when empty.
  std::uint8_t slots[kKeySlots] = {};
};

constexpr KeyTable MakeKeyTable() {
  KeyTable table;
  for (std::size_t i = 0; i < sizeof(kKeyNames) / sizeof(kKeyNames[0]); ++i) {
    const std::string_view name = kKeyNames[i].name;
    std::size_t slot = KeySlot(name.size(), name.front(), name.back());
    while (table.slots[slot] != 0) slot = (slot + 1) % kKeySlots;
    table.slots[slot] = static_cast<std::uint8_t>(i + 1);
  }
  return table;
}

constexpr KeyTable kKeyTable = MakeKeyTable();

}  // namespace

KeyKind ClassifyKey(std::string_view key) {
  const std::size_t size = key.size();
  if (size == 0 || size > kLongestKeyName) return KeyKind::kOther;
  // The names in the key's slot (almost always one, or none) are compared
  // with it byte by byte, canonically, stopping at the first difference:
  // most keys are settled by their slot or their first bytes.
  for (std::size_t slot =
           KeySlot(size, Canonical(key.front()), Canonical(key.back()));
       kKeyTable.slots[slot] != 0; slot = (slot + 1) % kKeySlots) {
    const KeyName& name = kKeyNames[kKeyTable.slots[slot] - 1];
    if (name.name.size() != size) continue;
    std::size_t i = 0;
    while (i < size && Canonical(key[i]) == name.name[i]) ++i;
    if (i == size) return name.kind;
  }
  return KeyKind::kOther;
}

// ---- Scratch
// -----------------------------------------------------------------

void ScratchWriter::PutCodePoint(std::uint32_t c) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
  if (c < 0x80) {
    Put(static_cast<char>(c));
  } else if (c < 0x800) {
    Put(static_cast<char>(0xC0 | (c >> 6)));
    Put(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    Put(static_cast<char>(0xE0 | (c >> 12)));
    Put(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    Put(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    Put(static_cast<char>(0xF0 | (c >> 18)));
    Put(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    Put(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    Put(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

void ScratchWriter::TrimTrailingBlanks() {
  while (scratch_->size() > begin_ && IsBlank(scratch_->back())) {
    scratch_->pop_back();
  }
}

bool ReadHex(std::string_view text, std::size_t at, int digits,
             std::uint32_t* out) {
  if (at > text.size() || text.size() - at < static_cast<std::size_t>(digits)) {
    return false;
  }
  std::uint32_t value = 0;
  for (int i = 0; i < digits; ++i) {
    const char c = text[at + static_cast<std::size_t>(i)];
    std::uint32_t digit;
    if (c >= '0' && c <= '9') {
      digit = static_cast<std::uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      digit = static_cast<std::uint32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      digit = static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      return false;
    }
    value = value * 16 + digit;
  }
  *out = value;
  return true;
}

std::size_t PutHexEscape(std::string_view text, std::size_t at, int digits,
                         ScratchWriter* writer) {
  std::uint32_t code_point = 0;
  if (!ReadHex(text, at, digits, &code_point)) return 0;
  writer->PutCodePoint(code_point);
  return at + static_cast<std::size_t>(digits);
}

std::size_t PutBackslashEscape(std::string_view text, std::size_t at,
                               const EscapeTable& table,
                               ScratchWriter* writer) {
  if (at >= text.size()) return at;
  const char c = text[at];
  const Escape& escape = table.escapes[static_cast<unsigned char>(c)];
  switch (escape.kind) {
    case EscapeKind::kByte:
      writer->Put(static_cast<char>(escape.value));
      return at + 1;
    case EscapeKind::kCodePoint:
      writer->PutCodePoint(escape.value);
      return at + 1;
    case EscapeKind::kHex:
      if (const std::size_t next = PutHexEscape(
              text, at + 1, static_cast<int>(escape.value), writer)) {
        return next;
      }
      break;
    case EscapeKind::kJoinLines: {
      std::size_t i = at;
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      while (i < text.size() && IsBlank(text[i])) ++i;
      return i;
    }
    case EscapeKind::kJoinAfterBlanks: {
      std::size_t i = at;
      while (i < text.size() && IsBlank(text[i])) ++i;
      if (i < text.size() && HasClass(text[i], kLineEndByte)) {
        while (i < text.size() &&
               HasClass(text[i], kBlankByte | kLineEndByte)) {
          ++i;
        }
        return i;
      }
      break;
    }
    case EscapeKind::kKeep:
      break;
  }
  writer->Put('\\');
  writer->Put(c);
  return at + 1;
}

std::size_t FoldBreak(std::string_view text, std::size_t at,
                      ScratchWriter* writer) {
  writer->TrimTrailingBlanks();
  int breaks = 0;
  std::size_t i = at;
  while (i < text.size() &&
         (HasClass(text[i], kLineEndByte) || IsBlank(text[i]))) {
    const bool lone_cr =
        text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n');
    if (text[i] == '\n' || lone_cr) ++breaks;
    ++i;
  }
  if (breaks <= 1) {
    writer->Put(' ');
  } else {
    for (int b = 1; b < breaks; ++b) writer->Put('\n');
  }
  return i;
}

void FoldLines(std::string_view text, ScratchWriter* writer) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (HasClass(text[i], kLineEndByte)) {
      i = FoldBreak(text, i, writer);
    } else {
      writer->Put(text[i]);
      ++i;
    }
  }
}

// ---- FieldSink
// ---------------------------------------------------------------

void FieldSink::ReserveScratch(std::size_t header_bytes) {
  // Unescaping never writes more than 3 bytes for 2 of source ("\L" is
  // U+2028), and the values are disjoint parts of the header.
  const std::size_t bytes = header_bytes + header_bytes / 2 + 16;
  if (state_->scratch.capacity() < bytes) state_->scratch.reserve(bytes);
}

TextSpan PartOfSpan(std::string_view input, const TextSpan& whole,
                    std::string_view part) {
  const bool verbatim = whole.offset <= input.size() &&
                        whole.text.data() == input.data() + whole.offset &&
                        whole.text.size() == whole.length;
  if (!verbatim) return TextSpan{part, whole.offset, whole.length};
  const std::size_t offset =
      static_cast<std::size_t>(part.data() - input.data());
  return TextSpan{part, offset, part.size()};
}

std::string_view MailboxName(std::string_view value) {
  value = TrimBlanks(value);
  if (value.find('@') == std::string_view::npos) return value;
  const std::size_t open = value.find('<');
  if (open != std::string_view::npos && value.back() == '>') {
    // "Jane Doe <jane@example.com>", "\"Doe, Jane\" <jane@example.com>"
    std::string_view name = TrimBlanks(value.substr(0, open));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
      name = TrimBlanks(name.substr(1, name.size() - 2));
    }
    return name.empty() ? value.substr(open + 1, value.size() - open - 2)
                        : name;
  }
  const std::size_t paren = value.find('(');
  if (paren != std::string_view::npos && value.back() == ')') {
    // "jane@example.com (Jane Doe)"
    const std::string_view address = TrimBlanks(value.substr(0, paren));
    const std::string_view name =
        TrimBlanks(value.substr(paren + 1, value.size() - paren - 2));
    if (!name.empty() && address.find('@') != std::string_view::npos &&
        address.find(' ') == std::string_view::npos) {
      return name;
    }
  }
  return value;
}

TextSpan FieldSink::PartOf(const TextSpan& whole, std::string_view part) const {
  return PartOfSpan(input(), whole, part);
}

void FieldSink::AddCommaItems(const TextSpan& value) {
  const std::string_view text = value.text;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    const std::string_view part = TrimBlanks(text.substr(start, comma - start));
    if (!part.empty()) AddItem(PartOf(value, part));
    start = comma + 1;
  }
}

void FieldSink::AppendField(const TextSpan& key, const TextSpan& value,
                            std::size_t items_begin, bool is_list) {
  // Filled in place, member by member: a HeaderField built on the stack
  // would be copied with loads wider than the stores that built it, which
  // stalls.
  HeaderField& field = state_->fields.emplace_back();
  field.key = key;
  field.value = value;
  field.is_list = is_list;
  IndexRange& range = state_->field_items.emplace_back();
  range.begin = items_begin;
  range.size = state_->items.size() - items_begin;
}

void FieldSink::AddPlainField(const TextSpan& key, const TextSpan& value) {
  AppendField(key, value, state_->items.size(), false);
}

void FieldSink::AddField(const TextSpan& key, const TextSpan& value,
                         std::size_t items_begin, bool is_list) {
  AddField(key, value, items_begin, is_list, ClassifyKey(key.text));
}

void FieldSink::AddField(const TextSpan& key, const TextSpan& value,
                         std::size_t items_begin, bool is_list, KeyKind kind) {
  if (kind == KeyKind::kTags && !is_list) {
    items_begin = NextItem();
    AddCommaItems(value);
    is_list = true;
  }
  AppendField(key, value, items_begin, is_list);
  ReadMeaning(state_->fields.size() - 1, kind);
}

// A list of authors reads as a byline of its names: the one name, or the
// names joined with ", " in the scratch (the raw list, brackets and quotes
// included, when the scratch has no room left).
TextSpan FieldSink::ListBylineText(const HeaderField& field, IndexRange range) {
  if (range.size == 1) return state_->items[range.begin];
  ScratchWriter writer(&state_->scratch);
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < range.size; ++i) {
    bytes += state_->items[range.begin + i].text.size() + 2;
  }
  if (range.size == 0 || !writer.Fits(bytes)) return field.value;
  for (std::size_t i = 0; i < range.size; ++i) {
    if (i > 0) writer.Put(", ");
    writer.Put(state_->items[range.begin + i].text);
  }
  return TextSpan{writer.Text(), field.value.offset, field.value.length};
}

void FieldSink::ReadMeaning(std::size_t field_index, KeyKind kind) {
  const HeaderField& field = state_->fields[field_index];
  const IndexRange range = state_->field_items[field_index];
  ArticleView& view = state_->view;
  switch (kind) {
    case KeyKind::kDate:
      OfferDate(false, field.value);
      break;
    case KeyKind::kUpdated:
      OfferDate(true, field.value);
      break;
    case KeyKind::kTitle:
      if (!view.title && !field.value.text.empty()) {
        // A block scalar's final line break is no part of a title.
        view.title = field.value;
        std::string_view& title = view.title->text;
        while (!title.empty() && HasClass(title.back(), kLineEndByte)) {
          title.remove_suffix(1);
        }
      }
      break;
    case KeyKind::kAuthor:
      if (view.byline || field.value.text.empty()) break;
      if (field.is_list) {
        view.byline = Byline{ListBylineText(field, range), {}};
        for (std::size_t i = 0; i < range.size; ++i) {
          AppendAuthors(state_->items[range.begin + i], state_);
        }
      } else {
        SetByline(PartOf(field.value, MailboxName(field.value.text)), state_);
      }
      break;
    case KeyKind::kTags:
      for (std::size_t i = 0; i < range.size; ++i) {
        state_->tags.push_back(state_->items[range.begin + i]);
      }
      break;
    case KeyKind::kKnown:
    case KeyKind::kOther:
      break;
  }
}

void FieldSink::SetDate(bool updated, const DateTime& date,
                        const TextSpan& text) {
  ArticleView& view = state_->view;
  std::optional<DateTime>& slot = updated ? view.updated : view.date;
  std::optional<TextSpan>& slot_text =
      updated ? view.updated_text : view.date_text;
  if (date.day_month_ambiguous) {
    state_->AddWarning(WarningCode::kAmbiguousDate, text.offset,
                       "day and month order is ambiguous");
  }
  if (date.zone_ambiguous) {
    state_->AddWarning(WarningCode::kAmbiguousZone, text.offset,
                       "zone abbreviation names several offsets");
  }
  if (slot) return;
  slot = date;
  slot_text = text;
}

void FieldSink::OfferDate(bool updated, const TextSpan& value) {
  DatePrefix found;
  DateScanError error;
  if (ScanDateInLanguages(value.text, state_->options.date, /*prefix=*/false,
                          &found, &error)) {
    SetDate(updated, found.date, value);
  } else {
    state_->AddWarning(WarningCode::kUnparseableDate, value.offset,
                       "date value is not a date; raw text kept");
  }
}

void FieldSink::Finish() {
  WarnDuplicateKeys();
  ArticleView& view = state_->view;
  if (!view.date && view.updated) {
    view.date = view.updated;
    view.date_text = view.updated_text;
  }
}

namespace {

std::uint64_t HashKey(std::string_view key) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : key) {
    hash ^= static_cast<unsigned char>(AsciiLower(c));
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

void FieldSink::WarnDuplicateKeys() {
  const std::vector<HeaderField>& fields = state_->fields;
  if (fields.size() < 2) return;
  // A header of a few keys: each against those before it.
  if (fields.size() <= 8) {
    for (std::size_t i = 1; i < fields.size(); ++i) {
      const std::string_view key = fields[i].key.text;
      for (std::size_t j = 0; j < i; ++j) {
        if (EqualsIgnoreCase(fields[j].key.text, key)) {
          state_->AddWarning(WarningCode::kDuplicateKey, fields[i].key.offset,
                             "duplicate header key; both kept");
          break;
        }
      }
    }
    return;
  }
  std::size_t slots = 4;
  while (slots < 2 * fields.size()) slots *= 2;
  std::vector<std::uint32_t>& table = state_->key_table;
  table.assign(slots, 0);
  const std::size_t mask = slots - 1;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string_view key = fields[i].key.text;
    std::size_t slot = static_cast<std::size_t>(HashKey(key)) & mask;
    while (true) {
      const std::uint32_t entry = table[slot];
      if (entry == 0) {
        table[slot] = static_cast<std::uint32_t>(i + 1);
        break;
      }
      if (EqualsIgnoreCase(fields[entry - 1].key.text, key)) {
        state_->AddWarning(WarningCode::kDuplicateKey, fields[i].key.offset,
                           "duplicate header key; both kept");
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
}

}  // namespace header_util
}  // namespace internal
}  // namespace lede
