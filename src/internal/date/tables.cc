// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The word table: months, weekdays, connectors and zone abbreviations.
//
// Zone abbreviations: each one the tz database uses (or used, before its
// 2017 switch to numeric names for much of South America, Asia and the
// Pacific) for exactly one UTC offset. The ones in use for several offsets
// are kAmbiguousZone: kept as written, never given an offset. EST, CST, PST
// and the other North American names keep their North American offsets, as
// every mail and HTTP parser reads them (RFC 2822 names them).

#include "src/internal/date/tables.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace lede {
namespace internal {
namespace date {
namespace {

struct WordDef {
  const char* name;
  WordKind kind;
  std::int16_t value;
};

constexpr std::int16_t H(int hours, int minutes = 0) {
  return static_cast<std::int16_t>(hours * 60 +
                                   (hours < 0 ? -minutes : minutes));
}

constexpr WordDef kWordDefs[] = {
    {"january", WordKind::kMonth, 1},
    {"jan", WordKind::kMonth, 1},
    {"february", WordKind::kMonth, 2},
    {"feb", WordKind::kMonth, 2},
    {"march", WordKind::kMonth, 3},
    {"mar", WordKind::kMonth, 3},
    {"april", WordKind::kMonth, 4},
    {"apr", WordKind::kMonth, 4},
    {"may", WordKind::kMonth, 5},
    {"june", WordKind::kMonth, 6},
    {"jun", WordKind::kMonth, 6},
    {"july", WordKind::kMonth, 7},
    {"jul", WordKind::kMonth, 7},
    {"august", WordKind::kMonth, 8},
    {"aug", WordKind::kMonth, 8},
    {"september", WordKind::kMonth, 9},
    {"sep", WordKind::kMonth, 9},
    {"sept", WordKind::kMonth, 9},
    {"october", WordKind::kMonth, 10},
    {"oct", WordKind::kMonth, 10},
    {"november", WordKind::kMonth, 11},
    {"nov", WordKind::kMonth, 11},
    {"december", WordKind::kMonth, 12},
    {"dec", WordKind::kMonth, 12},
    {"monday", WordKind::kWeekday, 0},
    {"mon", WordKind::kWeekday, 0},
    {"tuesday", WordKind::kWeekday, 1},
    {"tue", WordKind::kWeekday, 1},
    {"tues", WordKind::kWeekday, 1},
    {"wednesday", WordKind::kWeekday, 2},
    {"wed", WordKind::kWeekday, 2},
    {"thursday", WordKind::kWeekday, 3},
    {"thu", WordKind::kWeekday, 3},
    {"thur", WordKind::kWeekday, 3},
    {"thurs", WordKind::kWeekday, 3},
    {"friday", WordKind::kWeekday, 4},
    {"fri", WordKind::kWeekday, 4},
    {"saturday", WordKind::kWeekday, 5},
    {"sat", WordKind::kWeekday, 5},
    {"sunday", WordKind::kWeekday, 6},
    {"sun", WordKind::kWeekday, 6},
    {"utc", WordKind::kUtc, 0},
    {"gmt", WordKind::kUtc, 0},
    {"ut", WordKind::kUtc, 0},
    {"z", WordKind::kZulu, 0},
    // North America.
    {"est", WordKind::kZone, H(-5)},
    {"edt", WordKind::kZone, H(-4)},
    {"cst", WordKind::kZone, H(-6)},
    {"cdt", WordKind::kZone, H(-5)},
    {"mst", WordKind::kZone, H(-7)},
    {"mdt", WordKind::kZone, H(-6)},
    {"pst", WordKind::kZone, H(-8)},
    {"pdt", WordKind::kZone, H(-7)},
    {"akst", WordKind::kZone, H(-9)},
    {"akdt", WordKind::kZone, H(-8)},
    {"hst", WordKind::kZone, H(-10)},
    {"hdt", WordKind::kZone, H(-9)},
    {"adt", WordKind::kZone, H(-3)},
    {"nst", WordKind::kZone, H(-3, 30)},
    {"ndt", WordKind::kZone, H(-2, 30)},
    {"pmst", WordKind::kZone, H(-3)},
    {"pmdt", WordKind::kZone, H(-2)},
    {"wgt", WordKind::kZone, H(-3)},
    {"wgst", WordKind::kZone, H(-2)},
    {"egt", WordKind::kZone, H(-1)},
    {"egst", WordKind::kZone, 0},
    // The US generic zones, resolved at the civil time written.
    {"et", WordKind::kGenericZone, 0},
    {"ct", WordKind::kGenericZone, 1},
    {"mt", WordKind::kGenericZone, 2},
    {"pt", WordKind::kGenericZone, 3},
    // South America and the Caribbean.
    {"brt", WordKind::kZone, H(-3)},
    {"brst", WordKind::kZone, H(-2)},
    {"amst", WordKind::kAmbiguousZone, 0},  // Amazon Summer, Armenia Summer
    {"fnt", WordKind::kZone, H(-2)},
    {"art", WordKind::kZone, H(-3)},
    {"arst", WordKind::kZone, H(-2)},
    {"clt", WordKind::kZone, H(-4)},
    {"clst", WordKind::kZone, H(-3)},
    {"cot", WordKind::kZone, H(-5)},
    {"pet", WordKind::kZone, H(-5)},
    {"bot", WordKind::kZone, H(-4)},
    {"uyt", WordKind::kZone, H(-3)},
    {"uyst", WordKind::kZone, H(-2)},
    {"pyt", WordKind::kZone, H(-4)},
    {"pyst", WordKind::kZone, H(-3)},
    {"gft", WordKind::kZone, H(-3)},
    {"srt", WordKind::kZone, H(-3)},
    {"gyt", WordKind::kZone, H(-4)},
    {"fkst", WordKind::kZone, H(-3)},
    // Europe.
    {"wet", WordKind::kZone, 0},
    {"west", WordKind::kZone, H(1)},
    {"cet", WordKind::kZone, H(1)},
    {"cest", WordKind::kZone, H(2)},
    {"met", WordKind::kZone, H(1)},
    {"mest", WordKind::kZone, H(2)},
    {"eet", WordKind::kZone, H(2)},
    {"eest", WordKind::kZone, H(3)},
    {"msk", WordKind::kZone, H(3)},
    {"msd", WordKind::kZone, H(4)},
    {"azot", WordKind::kZone, H(-1)},
    {"azost", WordKind::kZone, 0},
    {"cvt", WordKind::kZone, H(-1)},
    // Africa.
    {"wat", WordKind::kZone, H(1)},
    {"wast", WordKind::kZone, H(2)},
    {"eat", WordKind::kZone, H(3)},
    {"sast", WordKind::kZone, H(2)},
    {"mut", WordKind::kZone, H(4)},
    {"sct", WordKind::kZone, H(4)},
    {"ret", WordKind::kZone, H(4)},
    // Asia.
    {"idt", WordKind::kZone, H(3)},
    {"irst", WordKind::kZone, H(3, 30)},
    {"irdt", WordKind::kZone, H(4, 30)},
    {"azt", WordKind::kZone, H(4)},
    {"get", WordKind::kZone, H(4)},
    {"samt", WordKind::kZone, H(4)},
    {"aft", WordKind::kZone, H(4, 30)},
    {"pkt", WordKind::kZone, H(5)},
    {"uzt", WordKind::kZone, H(5)},
    {"tjt", WordKind::kZone, H(5)},
    {"tmt", WordKind::kZone, H(5)},
    {"yekt", WordKind::kZone, H(5)},
    {"mvt", WordKind::kZone, H(5)},
    {"tft", WordKind::kZone, H(5)},
    {"npt", WordKind::kZone, H(5, 45)},
    {"btt", WordKind::kZone, H(6)},
    {"kgt", WordKind::kZone, H(6)},
    {"almt", WordKind::kZone, H(6)},
    {"omst", WordKind::kZone, H(6)},
    {"iot", WordKind::kZone, H(6)},
    {"mmt", WordKind::kZone, H(6, 30)},
    {"ict", WordKind::kZone, H(7)},
    {"wib", WordKind::kZone, H(7)},
    {"novt", WordKind::kZone, H(7)},
    {"krat", WordKind::kZone, H(7)},
    {"hovt", WordKind::kZone, H(7)},
    {"cxt", WordKind::kZone, H(7)},
    {"wita", WordKind::kZone, H(8)},
    {"hkt", WordKind::kZone, H(8)},
    {"sgt", WordKind::kZone, H(8)},
    {"myt", WordKind::kZone, H(8)},
    {"pht", WordKind::kZone, H(8)},
    {"bnt", WordKind::kZone, H(8)},
    {"irkt", WordKind::kZone, H(8)},
    {"ulat", WordKind::kZone, H(8)},
    {"awst", WordKind::kZone, H(8)},
    {"acwst", WordKind::kZone, H(8, 45)},
    {"wit", WordKind::kZone, H(9)},
    {"jst", WordKind::kZone, H(9)},
    {"kst", WordKind::kZone, H(9)},
    {"yakt", WordKind::kZone, H(9)},
    {"tlt", WordKind::kZone, H(9)},
    {"pwt", WordKind::kZone, H(9)},
    {"vlat", WordKind::kZone, H(10)},
    {"petc", WordKind::kZone, H(12)},
    {"pett", WordKind::kZone, H(12)},
    // Australia and the Pacific.
    {"acst", WordKind::kZone, H(9, 30)},
    {"acdt", WordKind::kZone, H(10, 30)},
    {"aest", WordKind::kZone, H(10)},
    {"aedt", WordKind::kZone, H(11)},
    {"lhst", WordKind::kZone, H(10, 30)},
    {"lhdt", WordKind::kZone, H(11)},
    {"chst", WordKind::kZone, H(10)},
    {"pgt", WordKind::kZone, H(10)},
    {"chut", WordKind::kZone, H(10)},
    {"nct", WordKind::kZone, H(11)},
    {"vut", WordKind::kZone, H(11)},
    {"sbt", WordKind::kZone, H(11)},
    {"pont", WordKind::kZone, H(11)},
    {"kost", WordKind::kZone, H(11)},
    {"nzst", WordKind::kZone, H(12)},
    {"nzdt", WordKind::kZone, H(13)},
    {"fjt", WordKind::kZone, H(12)},
    {"fjst", WordKind::kZone, H(13)},
    {"gilt", WordKind::kZone, H(12)},
    {"mht", WordKind::kZone, H(12)},
    {"tvt", WordKind::kZone, H(12)},
    {"nrt", WordKind::kZone, H(12)},
    {"wakt", WordKind::kZone, H(12)},
    {"wft", WordKind::kZone, H(12)},
    {"chast", WordKind::kZone, H(12, 45)},
    {"chadt", WordKind::kZone, H(13, 45)},
    {"tot", WordKind::kZone, H(13)},
    {"phot", WordKind::kZone, H(13)},
    {"tkt", WordKind::kZone, H(13)},
    {"lint", WordKind::kZone, H(14)},
    {"taht", WordKind::kZone, H(-10)},
    {"ckt", WordKind::kZone, H(-10)},
    {"mart", WordKind::kZone, H(-9, 30)},
    {"gamt", WordKind::kZone, H(-9)},
    {"nut", WordKind::kZone, H(-11)},
    // Abbreviations in use for more than one offset: kept, never guessed.
    {"ist", WordKind::kAmbiguousZone, 0},   // India, Israel, Ireland
    {"bst", WordKind::kAmbiguousZone, 0},   // British Summer, Bangladesh
    {"ast", WordKind::kAmbiguousZone, 0},   // Atlantic, Arabia
    {"gst", WordKind::kAmbiguousZone, 0},   // Gulf, South Georgia
    {"sst", WordKind::kAmbiguousZone, 0},   // Samoa, Singapore
    {"cct", WordKind::kAmbiguousZone, 0},   // Cocos, China Coast
    {"amt", WordKind::kAmbiguousZone, 0},   // Amazon, Armenia
    {"ect", WordKind::kAmbiguousZone, 0},   // Ecuador, Eastern Caribbean
    {"cat", WordKind::kAmbiguousZone, 0},   // Central Africa, Alaska (old)
    {"vet", WordKind::kAmbiguousZone, 0},   // Venezuela: -04:30, then -04
    {"magt", WordKind::kAmbiguousZone, 0},  // Magadan: +11, +12, +10
    {"nft", WordKind::kAmbiguousZone, 0},   // Norfolk: +11:30, then +11
    // Words.
    {"noon", WordKind::kNoon, 0},
    {"midnight", WordKind::kMidnight, 0},
    {"of", WordKind::kOf, 0},
    {"at", WordKind::kAt, 0},
    {"on", WordKind::kOn, 0},
    {"ad", WordKind::kEra, 0},
    {"ce", WordKind::kEra, 0},
    {"ago", WordKind::kRelative, 0},
    {"yesterday", WordKind::kRelative, 0},
    {"today", WordKind::kRelative, 0},
    {"tomorrow", WordKind::kRelative, 0},
    {"now", WordKind::kRelative, 0},
    {"last", WordKind::kRelative, 0},
    {"next", WordKind::kRelative, 0},
    {"second", WordKind::kRelative, 1},
    {"seconds", WordKind::kRelative, 1},
    {"minute", WordKind::kRelative, 1},
    {"minutes", WordKind::kRelative, 1},
    {"hour", WordKind::kRelative, 1},
    {"hours", WordKind::kRelative, 1},
    {"day", WordKind::kRelative, 1},
    {"days", WordKind::kRelative, 1},
    {"week", WordKind::kRelative, 1},
    {"weeks", WordKind::kRelative, 1},
    {"month", WordKind::kRelative, 1},
    {"months", WordKind::kRelative, 1},
    {"year", WordKind::kRelative, 1},
    {"years", WordKind::kRelative, 1},
    {"quarter", WordKind::kQuarter, 0},
};

constexpr std::array<WordSlot, kWordSlots> BuildWordTable() {
  std::array<WordSlot, kWordSlots> table{};
  for (const WordDef& def : kWordDefs) {
    int length = 0;
    std::uint64_t key = 0;
    unsigned char ninth = 0;
    for (; def.name[length] != '\0'; ++length) {
      // Folded as LookUpWord() folds, whatever case the table was typed in.
      const auto c = static_cast<unsigned char>(def.name[length] | 0x20);
      if (length < 8) key |= static_cast<std::uint64_t>(c) << (8 * length);
      if (length == 8) ninth = c;
    }
    std::uint32_t slot = WordHash(key, length);
    while (table[slot].length != 0) slot = (slot + 1) & (kWordSlots - 1);
    table[slot].key = key;
    table[slot].length = static_cast<std::uint8_t>(length);
    table[slot].ninth = ninth;
    table[slot].kind = def.kind;
    table[slot].value = def.value;
  }
  return table;
}

}  // namespace

const std::array<WordSlot, kWordSlots> kWordTable = BuildWordTable();

}  // namespace date
}  // namespace internal
}  // namespace lede
