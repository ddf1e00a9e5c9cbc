// A page's publication time as its own readers saw it. Many sites write their timestamps in UTC
// ("2021-11-04T23:00Z" for a story that went out at midnight in Berlin), and the date a reader
// of the site, and the page itself, shows is the local one. When the page gives no offset of its
// own, the time zone is taken from where the site is: its country domain (.de, .at, .ar), else
// its language with a region ("pt-BR") or a language spoken in one time zone only ("de").
//
// Not for: a general time-zone database. The zones here are the ones a country domain or a
// language settles: Central, Western and Eastern Europe with the EU's summer time (since 1996),
// and UTC-3 (Argentina, Brazil, Uruguay, which keep no summer time now). A site on .com in
// English could be anywhere, so it keeps its UTC time, or the day alone when its URL gives the
// local day.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sitrep {

enum class SiteZone { kWesternEurope, kCentralEurope, kEasternEurope, kUtcMinus3 };

// The zone of a site on |host| whose page declares |language| (BCP 47, any case), when one of
// them settles it.
std::optional<SiteZone> ZoneOfSite(std::string_view host, std::string_view language);

// |iso| ("2021-11-04T23:00Z", "2018-12-31T23:11:59.5+00:00") as the same instant in |zone|
// ("2021-11-05T00:00+01:00"), seconds and fractions kept as written; |iso| itself when it is not
// a UTC time with a date, hours and minutes.
std::string InSiteZone(std::string_view iso, SiteZone zone);

// Whether |iso| is a time given in UTC with a date, hours and minutes ("2021-11-04T23:00Z").
bool IsUtcTime(std::string_view iso);

// |local_day| (YYYY-MM-DD) alone when |iso| is a UTC time on the day before or after it that a
// zone in use (UTC-12 to UTC+14) shows on |local_day|; else |iso|. A site with no zone known
// often files a story under its local day ("/2020/02/24/slug") and stamps it in UTC
// ("2020-02-25T02:25Z"): the day is the site's, the time of day on its clock is not known.
std::string OnLocalDay(std::string_view iso, std::string_view local_day);

// |utc| (a UTC time, "2022-05-04T03:37:37.5Z") shown with the offset of |local| when |local| is
// the same instant to the minute written on a clock of its own ("2022-05-03T23:37-04:00" gives
// "2022-05-03T23:37:37.5-04:00"); else |utc| as given. A page that shows its time so says where
// it is, when its domain and language do not.
std::string OnClockOf(std::string_view utc, std::string_view local);

}  // namespace sitrep
