// See local_time.h. Tested by local_time_test.cc.
#include "read/local_time.h"

#include <charconv>
#include <chrono>
#include <cstdio>

#include "read/strings.h"

namespace sitrep {
namespace {

int Number(std::string_view digits) {
  int value = -1;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return error == std::errc() && end == digits.data() + digits.size() ? value : -1;
}

// Whether the EU's summer time is on at |utc|: from 01:00 UTC on the last Sunday of March to
// 01:00 UTC on the last Sunday of October.
bool EuSummerTime(std::chrono::sys_seconds utc) {
  using namespace std::chrono;
  const year y = year_month_day(floor<days>(utc)).year();
  const auto last_sunday = [&](month m) {
    return sys_days(year_month_weekday_last(y, m, weekday_last(Sunday))) + hours(1);
  };
  return utc >= last_sunday(March) && utc < last_sunday(October);
}

int OffsetHours(SiteZone zone, std::chrono::sys_seconds utc) {
  switch (zone) {
    case SiteZone::kWesternEurope: return EuSummerTime(utc) ? 1 : 0;
    case SiteZone::kCentralEurope: return EuSummerTime(utc) ? 2 : 1;
    case SiteZone::kEasternEurope: return EuSummerTime(utc) ? 3 : 2;
    case SiteZone::kUtcMinus3: return -3;
  }
  return 0;
}

// A time with a date, hours and minutes and its zone ("2021-11-04T23:00Z",
// "...T23:00:05.1+00:00", "...T19:00-04:00"): the instant to the minute in UTC, the seconds as
// written (":SS.fff", or nothing), and the offset from UTC in minutes.
struct ZonedTime {
  std::chrono::sys_seconds instant;
  std::string_view seconds;
  int offset_minutes = 0;
  bool utc = false;  // written as UTC: Z, +00:00, +0000 or -00:00
};

std::optional<ZonedTime> ReadZonedTime(std::string_view iso) {
  // YYYY-MM-DDTHH:MM, then :SS and a fraction, then Z or an offset (+HH:MM, +HHMM).
  if (iso.size() < 17 || (iso[10] != 'T' && iso[10] != ' ') || iso[13] != ':') return std::nullopt;
  size_t end = 16;
  while (end < iso.size() &&
         ((iso[end] >= '0' && iso[end] <= '9') || iso[end] == ':' || iso[end] == '.')) {
    ++end;
  }
  const std::string_view seconds = iso.substr(16, end - 16);
  const std::string_view zone_text = iso.substr(end);
  // Beyond nanoseconds it is not a time a page means, and it would not fit the result.
  if (seconds.size() > std::string_view(":SS.nnnnnnnnn").size()) return std::nullopt;
  int offset = 0;
  const bool utc = IsOneOf(zone_text, {"Z", "+00:00", "+0000", "-00:00"});
  if (!utc) {
    const bool colon = zone_text.size() == 6 && zone_text[3] == ':';
    if ((zone_text.size() != 5 && !colon) || (zone_text[0] != '+' && zone_text[0] != '-')) {
      return std::nullopt;
    }
    const int zone_hours = Number(zone_text.substr(1, 2));
    const int zone_minutes = Number(zone_text.substr(colon ? 4 : 3, 2));
    if (zone_hours < 0 || zone_hours > 14 || zone_minutes < 0 || zone_minutes > 59) {
      return std::nullopt;
    }
    offset = (zone_text[0] == '-' ? -1 : 1) * (zone_hours * 60 + zone_minutes);
  }
  const int y = Number(iso.substr(0, 4));
  const int mo = Number(iso.substr(5, 2));
  const int d = Number(iso.substr(8, 2));
  const int h = Number(iso.substr(11, 2));
  const int mi = Number(iso.substr(14, 2));
  using namespace std::chrono;
  const year_month_day date{year(y), month(static_cast<unsigned>(mo)),
                            day(static_cast<unsigned>(d))};
  if (iso[4] != '-' || iso[7] != '-' || !date.ok() || h < 0 || h > 23 || mi < 0 || mi > 59) {
    return std::nullopt;
  }
  return ZonedTime{sys_days(date) + hours(h) + minutes(mi) - minutes(offset), seconds, offset, utc};
}

std::optional<ZonedTime> ReadUtcTime(std::string_view iso) {
  std::optional<ZonedTime> time = ReadZonedTime(iso);
  return time && time->utc ? time : std::nullopt;
}

// |time|'s instant on the clock |offset_minutes| from UTC, seconds as |time| wrote them.
std::string Shown(const ZonedTime& time, int offset_minutes) {
  using namespace std::chrono;
  const sys_seconds local = time.instant + minutes(offset_minutes);
  const year_month_day local_date(floor<days>(local));
  const hh_mm_ss clock(local - floor<days>(local));
  const int offset = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d%.*s%c%02d:%02d",
                static_cast<int>(local_date.year()), static_cast<unsigned>(local_date.month()),
                static_cast<unsigned>(local_date.day()), static_cast<int>(clock.hours().count()),
                static_cast<int>(clock.minutes().count()), static_cast<int>(time.seconds.size()),
                time.seconds.data(), offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
  return buffer;
}

}  // namespace

std::optional<SiteZone> ZoneOfSite(std::string_view host, std::string_view language) {
  const size_t dot = host.rfind('.');
  const std::string domain = LowerAscii(dot == std::string_view::npos ? "" : host.substr(dot + 1));
  if (IsOneOf(domain, {"de", "at", "ch", "li", "lu", "it", "fr", "es", "nl", "be", "pl", "cz", "sk",
                       "si", "hr", "hu", "dk", "se", "no"})) {
    return SiteZone::kCentralEurope;
  }
  if (IsOneOf(domain, {"uk", "ie", "pt"})) return SiteZone::kWesternEurope;
  if (IsOneOf(domain, {"fi", "gr", "ro", "bg", "ee", "lv", "lt"})) return SiteZone::kEasternEurope;
  if (IsOneOf(domain, {"ar", "br", "uy"})) return SiteZone::kUtcMinus3;
  const std::string lang = LowerAscii(language);
  if (IsOneOf(lang, {"pt-br", "es-ar", "es-uy"})) return SiteZone::kUtcMinus3;
  const std::string_view primary = std::string_view(lang).substr(0, lang.find('-'));
  // Languages whose speakers all live in one of the zones (German in Germany, Austria and
  // Switzerland); not English, French, Spanish or Portuguese, spoken on several continents.
  if (IsOneOf(primary, {"de", "it", "nl", "pl", "cs", "sk", "sl", "hr", "hu", "da", "sv", "nb"})) {
    return SiteZone::kCentralEurope;
  }
  if (IsOneOf(primary, {"fi", "el", "ro", "bg", "et", "lv", "lt"})) return SiteZone::kEasternEurope;
  return std::nullopt;
}

std::string InSiteZone(std::string_view iso, SiteZone zone) {
  const std::optional<ZonedTime> time = ReadUtcTime(iso);
  if (!time) return std::string(iso);
  return Shown(*time, OffsetHours(zone, time->instant) * 60);
}

bool IsUtcTime(std::string_view iso) { return ReadUtcTime(iso).has_value(); }

std::string OnLocalDay(std::string_view iso, std::string_view local_day) {
  const std::optional<ZonedTime> time = ReadUtcTime(iso);
  if (!time || local_day.size() != 10) return std::string(iso);
  using namespace std::chrono;
  const sys_days utc_day = floor<days>(time->instant);
  // The zones in use run from UTC-12 to UTC+14.
  for (const int offset : {-12, 14}) {
    const sys_days shifted = floor<days>(time->instant + hours(offset));
    if (shifted == utc_day) continue;
    const year_month_day date(shifted);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    if (local_day == buffer) return buffer;
  }
  return std::string(iso);
}

std::string OnClockOf(std::string_view utc, std::string_view local) {
  const std::optional<ZonedTime> utc_time = ReadUtcTime(utc);
  const std::optional<ZonedTime> local_time = ReadZonedTime(local);
  if (!utc_time || !local_time || local_time->utc || local_time->offset_minutes == 0 ||
      local_time->instant != utc_time->instant) {
    return std::string(utc);
  }
  return Shown(*utc_time, local_time->offset_minutes);
}

}  // namespace sitrep
