#include "read/date_line.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(ParseDateLine, ReadsTheWaysPagesPrintADate) {
  const std::pair<const char*, const char*> cases[] = {
      {"March 07, 2023", "2023-03-07"},
      {"March 7, 2023", "2023-03-07"},
      {"Mar. 7, 2023", "2023-03-07"},
      {"7 March 2023", "2023-03-07"},
      {"Tuesday, March 7, 2023", "2023-03-07"},
      {"Tue 7 Mar 2023 14:05", "2023-03-07T14:05"},
      {"March 7, 2023 2:05 pm", "2023-03-07T14:05"},
      {"March 7, 2023 12:30 a.m.", "2023-03-07T00:30"},
      {"2023-03-07", "2023-03-07"},
      {"2023-03-07T10:15:00+03:00", "2023-03-07T10:15:00+03:00"},
      {"Sept 30, 2022", "2022-09-30"},
      {"February 29, 2024", "2024-02-29"},
      {"1st June 2021", "2021-06-01"},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(ParseDateLine(line), want) << line;
}

TEST(ParseDateLine, RefusesLinesThatAreNotJustADate) {
  for (const char* line : {"", "By AFP", "March 2023", "February 29, 2023", "March 32, 2023",
                           "Ukraine vowed Monday to bolster its defenses",
                           "On March 7, 2023 troops", "March 7, 2023 25:00", "13:00", "7 2023"}) {
    EXPECT_EQ(ParseDateLine(line), "") << line;
  }
}

TEST(ParseDateLine, ReadsGermanAndNumericDates) {
  const std::pair<const char*, const char*> cases[] = {
      {"14. Mai 2024", "2024-05-14"},
      {"14. M\u00e4rz 2024", "2024-03-14"},
      {"Dienstag, 1. Okt. 2024", "2024-10-01"},
      {"3. Dezember 2023 um 10:15 Uhr", "2023-12-03T10:15"},
      {"am 14. Mai 2024", "2024-05-14"},
      {"14.05.2024", "2024-05-14"},
      {"4.5.2024 14:05", "2024-05-04T14:05"},
      {"2024/05/14", "2024-05-14"},
      {"May 14, 2024 at 2:05 pm", "2024-05-14T14:05"},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(ParseDateLine(line), want) << line;
  // A two-digit year in a dotted date, each part two digits; a version number is no date.
  EXPECT_EQ(ParseDateLine("28.01.22"), "2022-01-28");
  EXPECT_EQ(ParseDateLine("1.2.19"), "");
  // Slashed day-month or month-day orders are a guess, so they are left alone.
  EXPECT_EQ(ParseDateLine("05/06/2024"), "");
  EXPECT_EQ(ParseDateLine("31.02.2024"), "");
  // Day and month each with its dot, set apart by spaces (thin ones, made plain before).
  EXPECT_EQ(ParseDateLine("4. 2. 2022"), "2022-02-04");
  EXPECT_EQ(ParseDateLine("14. 12. 2021 um 10:15 Uhr"), "2021-12-14T10:15");
  EXPECT_EQ(ParseDateLine("4 2 2022"), "");
  EXPECT_EQ(ParseDateLine("4. 13. 2022"), "");
  EXPECT_EQ(ParseDateLine("4. Mai 2. 2022"), "");
}

TEST(ParseDateLine, ReadsFrenchSpanishItalianAndPortugueseMonths) {
  const std::pair<const char*, const char*> cases[] = {
      {"30 septembre 2018", "2018-09-30"},       {"le 1 f\u00e9vrier 2020", "2020-02-01"},
      {"3 de mayo de 2022", "2022-05-03"},       {"12 dicembre 2021", "2021-12-12"},
      {"7 de mar\u00e7o de 2023", "2023-03-07"}, {"2 ao\u00fbt 2019 14:05", "2019-08-02T14:05"},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(ParseDateLine(line), want) << line;
  EXPECT_EQ(ParseDateLine("de mayo"), "");
  // With the weekday, as blogs head a day's posts.
  EXPECT_EQ(ParseDateLine("mardi 5 juin 2018"), "2018-06-05");
  EXPECT_EQ(ParseDateLine("mi\u00e9rcoles, 4 de mayo de 2022"), "2022-05-04");
  EXPECT_EQ(ParseDateLine("venerd\u00ec 10 dicembre 2021"), "2021-12-10");
  EXPECT_EQ(FindDate("Cultura: Jueves 28 de abril de 2022 5:03 PM"), "2022-04-28T17:03");
}

// Names are looked up among those that start with the word's letter: every language's names
// under each letter, whole or shortened where that language shortens them, and weekdays the same.
TEST(ParseDateLine, ReadsEveryMonthUnderEveryInitial) {
  const std::pair<const char*, int> months[] = {
      {"Jan", 1},       {"Juni", 6},       {"Jul.", 7},      {"J\u00e4n", 1},  {"Janvier", 1},
      {"juil", 7},      {"junio", 6},      {"julho", 7},     {"Mai", 5},       {"Maerz", 3},
      {"mars", 3},      {"marzo", 3},      {"maggio", 5},    {"maio", 5},      {"Aug", 8},
      {"avr", 4},       {"ao\u00fbt", 8},  {"agosto", 8},    {"aprile", 4},    {"Sept.", 9},
      {"setiembre", 9}, {"settembre", 9},  {"Okt", 10},      {"ottobre", 10},  {"outubro", 10},
      {"Nov", 11},      {"noviembre", 11}, {"Dez.", 12},     {"d\u00e9c", 12}, {"dezembro", 12},
      {"Feb", 2},       {"f\u00e9vr", 2},  {"fevereiro", 2}, {"enero", 1},     {"gennaio", 1},
      {"giugno", 6},    {"luglio", 7}};
  for (const auto& [month, number] : months) {
    const std::string want =
        "2024-" + std::string(number < 10 ? "0" : "") + std::to_string(number) + "-14";
    EXPECT_EQ(ParseDateLine("14 " + std::string(month) + " 2024"), want) << month;
  }
  for (const char* weekday : {"Thurs", "Sam.", "Mer", "Dom", "Giov", "S\u00e1b", "Donnerstag"}) {
    EXPECT_EQ(ParseDateLine(std::string(weekday) + " 14 March 2024"), "2024-03-14") << weekday;
  }
  EXPECT_EQ(ParseDateLine("Sa 14 March 2024"), "");  // two letters are no weekday
}

// Names are compared lowered whatever case a page sets them in, and a word longer than every
// name, or a name with more after it, is none.
TEST(ParseDateLine, ReadsNamesInAnyCaseAndNoLongerWord) {
  EXPECT_EQ(ParseDateLine("MITTWOCH, 14. SEPTEMBER 2024"), "2024-09-14");
  EXPECT_EQ(ParseDateLine("14 PA\u0179DZIERNIKA 2020"), "");  // no Polish letter is lowered
  EXPECT_EQ(ParseDateLine("14 PAZDZIERNIKAS 2020"), "");
  EXPECT_EQ(ParseDateLine("14 septembers 2024"), "");
  EXPECT_EQ(ParseDateLine("Donnerstags 14 March 2024"), "");
  EXPECT_EQ(ParseDateLine("14 March 2024 UM 10:15 UHR"), "2024-03-14T10:15");
  EXPECT_EQ(ParseDateLine("14 March 2024 umm 10:15"), "");
}

TEST(ParseDateLine, ReadsPolishRussianAndUkrainianMonths) {
  EXPECT_EQ(ParseDateLine("3 marca 2021"), "2021-03-03");
  EXPECT_EQ(ParseDateLine("14 Pa\u017adziernika 2020, 09:15"), "2020-10-14T09:15");
  EXPECT_EQ(ParseDateLine("15 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 2016, 13:43"),
            "2016-08-15T13:43");
  EXPECT_EQ(ParseDateLine("2 \u0431\u0435\u0440\u0435\u0437\u043d\u044f 2022"), "2022-03-02");
  // A year's abbreviation after it ("2016 \u0433.", "2021 r.") is left outside the date.
  EXPECT_EQ(FindDate("Opublikowano: 3 marca 2021 r."), "2021-03-03");
  EXPECT_EQ(ParseDateLine("marca"), "");
}

TEST(FindDate, FindsTheFirstDateInALine) {
  EXPECT_EQ(FindDate("Posted on 14. Mai 2024 by Ana"), "2024-05-14");
  EXPECT_EQ(FindDate("Pressemitteilung vom 20.01.2022"), "2022-01-20");
  EXPECT_EQ(FindDate("News / 14.05.2024 / Local"), "2024-05-14");
  EXPECT_EQ(FindDate("Von Ana Ruiz 4. 2. 2022."), "2022-02-04");
  EXPECT_EQ(FindDate("Updated: March 7, 2023 2:05 pm, by Ana"), "2023-03-07T14:05");
  EXPECT_EQ(FindDate("(2024-05-14)"), "2024-05-14");
  EXPECT_EQ(FindDate("No date here, only 2024 and 14"), "");
  EXPECT_EQ(FindDate(std::string(kMaxDateSearch, 'x') + " 14.05.2024"), "");
}

// A date needs a year of four digits or the short form "28.01.22": text with neither holds none,
// wherever in it the year would stand.
TEST(FindDate, NeedsAYearOfFourDigitsOrTheShortForm) {
  EXPECT_EQ(FindDate("am 14. Mai um 10:15 Uhr"), "");
  EXPECT_EQ(FindDate("3 Kommentare, Seite 2 von 14"), "");
  EXPECT_EQ(FindDate("Stand 28.01.22"), "2022-01-28");
  EXPECT_EQ(FindDate("28.01.2"), "");
  EXPECT_EQ(FindDate("14 Mai 2024"), "2024-05-14");
  EXPECT_EQ(FindDate("2024-05-14"), "2024-05-14");
  EXPECT_EQ(FindDate("Mai 14 202"), "");
}

TEST(FindDate, AsManyWordsAsTheSearchHolds) {
  // One-letter words one space apart are the most words kMaxDateSearch bytes hold.
  std::string words;
  while (words.size() + 2 <= kMaxDateSearch) words += "a ";
  EXPECT_EQ(FindDate(words), "");
  words.resize(kMaxDateSearch - 10);
  EXPECT_EQ(FindDate(words + "14.05.2024"), "2024-05-14");
  EXPECT_EQ(FindDate(words.substr(0, words.size() - 12) + "Mai 2024 14."), "2024-05-14");
}

TEST(FindDate, ReadsTheDateBetweenOtherWordsWhateverItsForm) {
  // Only runs of words a date may hold are tried; the words around them do not matter.
  EXPECT_EQ(FindDate("by Ana Ruiz, Tuesday 7th March 2023 at 9:30 am | Politics"),
            "2023-03-07T09:30");
  EXPECT_EQ(FindDate("Stand: am 3. Mai 2022 um 10:15 Uhr - Lesezeit 4 Minuten"),
            "2022-05-03T10:15");
  EXPECT_EQ(FindDate("publicado el 3 de mayo de 2022 por la redacción"), "2022-05-03");
  EXPECT_EQ(FindDate("Seen 12 times in 2022, May edition"), "");
}

TEST(PublicationTime, ADateOrADateAndTimeAsCrawlersWriteThem) {
  EXPECT_EQ(PublicationTime("2024-03-05"), "2024-03-05");
  EXPECT_EQ(PublicationTime("2024-03-05T10:00"), "2024-03-05T10:00");
  EXPECT_EQ(PublicationTime("2024-03-05T10:00:00Z"), "2024-03-05T10:00:00Z");
  EXPECT_EQ(PublicationTime("2024-03-05 23:59:60.125+02:00"), "2024-03-05T23:59:60.125+02:00");
  EXPECT_EQ(PublicationTime("2024-03-05T10:00:00,5-0330"), "2024-03-05T10:00:00,5-0330");
  EXPECT_EQ(PublicationTime("2024-03-05T10:00+14:00"), "2024-03-05T10:00+14:00");
}

TEST(PublicationTime, RefusesWhatIsNoRealTime) {
  for (const char* bad :
       {"", "yesterday", "2024-02-30", "2024-03-05T", "2024-03-05T24:00", "2024-03-05T10",
        "2024-03-05T10:60", "2024-03-05T10:00:61", "2024-03-05T10:00:00.", "2024-03-05T10:00Z+1",
        "2024-03-05T10:00+15:00", "2024-03-05T10:00+02", "2024-03-05T10:00+02:60",
        "2024-03-05x10:00", "2024-03-05T1:00", "05.03.2024"}) {
    EXPECT_EQ(PublicationTime(bad), "") << bad;
  }
}

TEST(IsIsoDate, ChecksTheCalendar) {
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
  EXPECT_FALSE(IsIsoDate("2000-13-01"));
  EXPECT_FALSE(IsIsoDate("2023-3-7"));
  EXPECT_TRUE(IsIsoDate("2000-02-29"));
  EXPECT_FALSE(IsIsoDate("1900-02-29"));
}

}  // namespace
}  // namespace sitrep
