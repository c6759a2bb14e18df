// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/date/zones.h"

#include <atomic>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <string>
#include <string_view>

#include "absl/time/time.h"
#include "src/internal/date/tables.h"

namespace lede {
namespace internal {
namespace date {
namespace {

// One cached zone. Entries are written once, under the mutex, before `size`
// publishes them; readers scan the published ones without a lock.
struct CachedZone {
  char name[kMaxIanaNameLength];
  std::size_t length = 0;
  bool known = false;
  absl::TimeZone zone;
};

constexpr int kCacheSize = 128;

struct ZoneCache {
  CachedZone entries[kCacheSize];
  std::atomic<int> size{0};
  std::mutex mutex;
};

ZoneCache& Cache() {
  static ZoneCache* cache = new ZoneCache();  // never destroyed
  return *cache;
}

const CachedZone* FindCached(const ZoneCache& cache, std::string_view name,
                             int size) {
  for (int i = 0; i < size; ++i) {
    const CachedZone& entry = cache.entries[i];
    if (entry.length == name.size() &&
        std::memcmp(entry.name, name.data(), name.size()) == 0) {
      return &entry;
    }
  }
  return nullptr;
}

// The cached zone named `name` (loading it on first use), or nullptr when
// the tz database has none. `*uncached` receives a zone loaded outside a full
// cache.
const absl::TimeZone* Find(std::string_view name, absl::TimeZone* uncached) {
  ZoneCache& cache = Cache();
  const CachedZone* entry =
      FindCached(cache, name, cache.size.load(std::memory_order_acquire));
  if (entry == nullptr) {
    std::lock_guard<std::mutex> lock(cache.mutex);
    const int size = cache.size.load(std::memory_order_relaxed);
    entry = FindCached(cache, name, size);
    if (entry == nullptr) {
      absl::TimeZone zone;
      const bool known = absl::LoadTimeZone(std::string(name), &zone);
      if (size == kCacheSize) {
        if (!known) return nullptr;
        *uncached = zone;
        return uncached;
      }
      CachedZone& slot = cache.entries[size];
      std::memcpy(slot.name, name.data(), name.size());
      slot.length = name.size();
      slot.known = known;
      slot.zone = zone;
      cache.size.store(size + 1, std::memory_order_release);
      entry = &slot;
    }
  }
  return entry->known ? &entry->zone : nullptr;
}

bool IsNamePart(unsigned char c) {
  return IsAlnum(c) || c == '_' || c == '-' || c == '+';
}

}  // namespace

bool LooksLikeIanaName(std::string_view name) {
  if (name.empty() || name.size() > kMaxIanaNameLength) return false;
  bool slash = false;
  bool part_start = true;
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '/') {
      if (part_start) return false;
      slash = true;
      part_start = true;
      continue;
    }
    if (part_start ? !IsUpper(c) : !IsNamePart(c)) return false;
    part_start = false;
  }
  return slash && !part_start;
}

bool OffsetInZone(std::string_view name, const absl::CivilSecond& civil,
                  int* offset_minutes) {
  if (!LooksLikeIanaName(name)) return false;
  absl::TimeZone uncached;
  const absl::TimeZone* zone = Find(name, &uncached);
  if (zone == nullptr) return false;
  const absl::Time instant = zone->At(civil).pre;
  *offset_minutes = zone->At(instant).offset / 60;
  return true;
}

bool IsKnownZone(std::string_view name) {
  absl::TimeZone uncached;
  return LooksLikeIanaName(name) && Find(name, &uncached) != nullptr;
}

}  // namespace date
}  // namespace internal
}  // namespace lede
