// Date-line parsing for page metadata. Tested by date_line_test.cc.
//
// The line is split into words and each word classified (weekday, month, day, year, time,
// meridiem); the line is a date only when every word is used and a year, month and day were
// found. Requiring the whole line keeps body sentences that start with a date from being taken
// for the publication date.
#include "read/date_line.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace sitrep {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "mar", "mar.", "march", "sept" -> 3; 0 when not a month.
int MonthNumber(std::string_view word) {
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m].starts_with(w)) return static_cast<int>(m) + 1;
  }
  return 0;
}

bool IsWeekday(std::string_view word) {
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return false;
  for (const std::string_view day : kWeekdays) {
    if (day.starts_with(w)) return true;
  }
  return false;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ValidDate(int year, int month, int day) {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::string Format(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace

bool IsIsoDate(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  if (!AllDigits(iso.substr(0, 4)) || !AllDigits(iso.substr(5, 2)) ||
      !AllDigits(iso.substr(8, 2))) {
    return false;
  }
  return ValidDate(std::stoi(std::string(iso.substr(0, 4))),
                   std::stoi(std::string(iso.substr(5, 2))),
                   std::stoi(std::string(iso.substr(8, 2))));
}

std::string ParseDateLine(std::string_view line) {
  if (line.size() > 80) return "";
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() &&
           (line[i] == ' ' || line[i] == ',' || line[i] == '\t' || line[i] == '|'))
      ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != ',' && line[i] != '\t' && line[i] != '|')
      ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  int year = 0, month = 0, day = 0, hour = -1, minute = 0;
  for (std::string_view w : words) {
    if (IsIsoDate(w.substr(0, 10)) && (w.size() == 10 || w[10] == 'T')) {
      if (year) return "";
      year = std::stoi(std::string(w.substr(0, 4)));
      month = std::stoi(std::string(w.substr(5, 2)));
      day = std::stoi(std::string(w.substr(8, 2)));
      if (w.size() > 10) return Format(year, month, day) + std::string(w.substr(10));
      continue;
    }
    if (const int m = MonthNumber(w); m && !month) {
      month = m;
      continue;
    }
    if (IsWeekday(w)) continue;
    if (const std::string lw = Lower(w); lw == "am" || lw == "a.m." || lw == "pm" || lw == "p.m.") {
      if (hour < 0 || hour > 12) return "";
      if (lw[0] == 'p' && hour < 12) hour += 12;
      if (lw[0] == 'a' && hour == 12) hour = 0;
      continue;
    }
    if (const size_t colon = w.find(':'); colon != std::string_view::npos && hour < 0) {
      if (!AllDigits(w.substr(0, colon)) || colon > 2 || w.size() - colon - 1 != 2 ||
          !AllDigits(w.substr(colon + 1))) {
        return "";
      }
      hour = std::stoi(std::string(w.substr(0, colon)));
      minute = std::stoi(std::string(w.substr(colon + 1)));
      if (hour > 23 || minute > 59) return "";
      continue;
    }
    std::string_view digits = w;
    for (const char* suffix : {"st", "nd", "rd", "th"}) {
      if (digits.size() > 2 && digits.ends_with(suffix)) digits.remove_suffix(2);
    }
    if (!AllDigits(digits)) return "";
    if (digits.size() == 4 && !year) {
      year = std::stoi(std::string(digits));
    } else if (digits.size() <= 2 && !day) {
      day = std::stoi(std::string(digits));
    } else {
      return "";
    }
  }
  if (!ValidDate(year, month, day)) return "";
  std::string iso = Format(year, month, day);
  if (hour >= 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
    iso += buf;
  }
  return iso;
}

}  // namespace sitrep
