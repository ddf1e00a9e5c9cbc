// Publication dates as pages print them ("March 07, 2023", "Tue 7 Mar 2023 14:05",
// "2023-03-07"), turned into ISO 8601 for Article::published.
//
// Not for: dates in running text ("on Monday", "since February"); those are the time layer's
// (src/recognise, src/resolve). This parses a line that is a date and nothing else.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep {

// "2023-03-07", or "2023-03-07T14:05" when the line has a time, or "" when the whole line is
// not a date. Accepts an optional weekday (English, German, French, Spanish, Italian), English
// and German month names in full or
// abbreviated (with or without a dot), French, Spanish, Italian and Portuguese ones ("3 de mayo
// de 2022"), day-month and month-day orders ("14. Mai 2024"), ISO dates, "14.05.2024",
// "14.05.24" and "2024/05/14", and a trailing time with am/pm or "Uhr".
std::string ParseDateLine(std::string_view line);

// The first date written in |text| ("Posted on 14. Mai 2024 by Ana" -> "2024-05-14"), with its
// time when one follows, or "". Only the first kMaxDateSearch bytes are searched: a byline is
// short, and a date further in is the body's, not the page's.
inline constexpr size_t kMaxDateSearch = 240;
std::string FindDate(std::string_view text);
// Whether |text| holds four digits in a row, or two, a dot, two, a dot and two ("28.01.22"):
// every date ParseDateLine reads has its year so, and FindDate finds none in text without.
bool MayHoldDate(std::string_view text);

// True when |iso| is a real calendar date written YYYY-MM-DD (leap years included).
bool IsIsoDate(std::string_view iso);

// A publication time a user gives (--date, a JSON line's "date") as Article::published holds it:
// a calendar date ("2024-03-05") or a date and time as ISO 8601 and RFC 3339 write them, to the
// minute or finer, with or without an offset ("2024-03-05T10:00", "2024-03-05 10:00:00.25Z",
// "2024-03-05T10:00:00+02:00"), the space before a time written as "T". "" when |given| is
// neither, or names a day or time that does not exist.
std::string PublicationTime(std::string_view given);

}  // namespace sitrep
