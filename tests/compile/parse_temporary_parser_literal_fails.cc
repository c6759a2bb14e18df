// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Must not compile: a temporary parser dies, with the scratch the view points
// into, at the end of the statement, whatever the text's type.

#include "lede/article.h"

int main() { return lede::ArticleParser().Parse("Body.\n").ok() ? 0 : 1; }
