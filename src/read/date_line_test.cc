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
