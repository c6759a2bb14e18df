// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Articles in the languages whose dates lede reads: a plain-text header with
// the keys of the language, and a "By" line in it, give the date, author and
// title.

#include <string_view>

#include "gtest/gtest.h"
#include "lede/article.h"
#include "lede/date.h"

namespace {

using ::lede::ArticleParser;
using ::lede::ArticleView;

struct Expected {
  std::string_view date;
  std::string_view title;
  std::string_view byline;
  lede::Language language;
};

void ExpectArticle(std::string_view text, const Expected& expected) {
  ArticleParser parser;
  const absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok()) << view.status();
  ASSERT_TRUE(view->date) << text;
  EXPECT_EQ(view->date->FormatIso8601(), expected.date);
  EXPECT_EQ(view->date->language, expected.language);
  ASSERT_TRUE(view->title) << text;
  EXPECT_EQ(view->title->text, expected.title);
  ASSERT_TRUE(view->byline) << text;
  EXPECT_EQ(view->byline->text.text, expected.byline);
}

TEST(ArticleLanguageTest, GermanHeader) {
  ExpectArticle(
      "Titel: Neue Regeln für Mieter\n"
      "Autor: Anna Schmidt\n"
      "Datum: 25. März 2024\n"
      "\n"
      "Berlin. Die Bundesregierung hat am Montag neue Regeln beschlossen. "
      "Mieter sollen besser geschützt werden.\n",
      {"2024-03-25", "Neue Regeln für Mieter", "Anna Schmidt",
       lede::Language::kGerman});
}

TEST(ArticleLanguageTest, SpanishHeader) {
  ExpectArticle(
      "Título: El Gobierno aprueba la reforma\n"
      "Autor: María García\n"
      "Fecha: 25 de marzo de 2024\n"
      "\n"
      "Madrid. El Consejo de Ministros aprobó el lunes la reforma. La medida "
      "entrará en vigor en abril.\n",
      {"2024-03-25", "El Gobierno aprueba la reforma", "María García",
       lede::Language::kSpanish});
}

TEST(ArticleLanguageTest, RussianHeader) {
  ExpectArticle(
      "Заголовок: Новые правила\n"
      "Автор: Иван Петров\n"
      "Дата: 25 марта 2024 г.\n"
      "\n"
      "Москва. Правительство утвердило новые правила в понедельник.\n",
      {"2024-03-25", "Новые правила", "Иван Петров", lede::Language::kRussian});
}

TEST(ArticleLanguageTest, FrenchHeaderWithTime) {
  ExpectArticle(
      "Titre: Le gouvernement présente son budget\n"
      "Auteur: Jean Dupont\n"
      "Date de publication: lundi 25 mars 2024 à 10h05\n"
      "\n"
      "Paris. Le gouvernement a présenté lundi son budget pour l'année.\n",
      {"2024-03-25T10:05", "Le gouvernement présente son budget", "Jean Dupont",
       lede::Language::kFrench});
}

TEST(ArticleLanguageTest, GermanDateLinesAndVonByline) {
  ExpectArticle(
      "Neue Regeln für Mieter\n"
      "\n"
      "Von Anna Schmidt\n"
      "\n"
      "25. März 2024\n"
      "\n"
      "Berlin. Die Bundesregierung hat am Montag neue Regeln beschlossen. "
      "Mieter sollen besser geschützt werden.\n",
      {"2024-03-25", "Neue Regeln für Mieter", "Anna Schmidt",
       lede::Language::kGerman});
}

TEST(ArticleLanguageTest, TheCallersLanguagesApply) {
  lede::ParseOptions options;
  options.date.languages = lede::LanguageList();
  options.date.languages.Add(lede::Language::kEnglish);
  ArticleParser parser(options);
  const absl::StatusOr<ArticleView> view =
      parser.Parse("Datum: 25. März 2024\n\nBerlin. Ein Satz.\n");
  ASSERT_TRUE(view.ok()) << view.status();
  EXPECT_FALSE(view->date);
}

}  // namespace
