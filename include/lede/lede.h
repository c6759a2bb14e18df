// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: lede.h
// -----------------------------------------------------------------------------
//
// The umbrella header: everything lede offers.
//
//   lede/date.h     ParseDate, ParseDatePrefix, DateTime
//   lede/article.h  ArticleParser, ArticleView, Article, ParseArticle
//   lede/json.h     JsonWriter, ToJson (the shape: schema/lede.schema.json)
//   lede/table.h    TableWriter: flat CSV, TSV and JSON Lines records
//   lede/version.h  LEDE_VERSION_STRING, lede::Version()

#ifndef LEDE_LEDE_H_
#define LEDE_LEDE_H_

#include "lede/article.h"   // IWYU pragma: export
#include "lede/date.h"      // IWYU pragma: export
#include "lede/encoding.h"  // IWYU pragma: export
#include "lede/json.h"      // IWYU pragma: export
#include "lede/table.h"     // IWYU pragma: export
#include "lede/version.h"   // IWYU pragma: export

#endif  // LEDE_LEDE_H_
