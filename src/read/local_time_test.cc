// Tests for local_time.h.
#include "read/local_time.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

TEST(ZoneOfSite, ComesFromTheCountryDomainThenTheLanguage) {
  EXPECT_EQ(ZoneOfSite("www.example.de", "en"), SiteZone::kCentralEurope);
  EXPECT_EQ(ZoneOfSite("news.example.co.uk", ""), SiteZone::kWesternEurope);
  EXPECT_EQ(ZoneOfSite("example.fi", ""), SiteZone::kEasternEurope);
  EXPECT_EQ(ZoneOfSite("diario.example.com.ar", "es"), SiteZone::kUtcMinus3);
  EXPECT_EQ(ZoneOfSite("example.com", "de-AT"), SiteZone::kCentralEurope);
  EXPECT_EQ(ZoneOfSite("example.com", "pt-BR"), SiteZone::kUtcMinus3);
  // English, Spanish or Portuguese alone say nothing of where a .com site is.
  EXPECT_EQ(ZoneOfSite("example.com", "en"), std::nullopt);
  EXPECT_EQ(ZoneOfSite("example.org", "es"), std::nullopt);
  EXPECT_EQ(ZoneOfSite("", ""), std::nullopt);
}

TEST(InSiteZone, ShowsAUtcTimeOnTheSitesClock) {
  // Winter in Berlin is UTC+1: a story sent at 23:00 UTC went out at midnight, the next day.
  EXPECT_EQ(InSiteZone("2021-11-04T23:00Z", SiteZone::kCentralEurope), "2021-11-05T00:00+01:00");
  // Summer time is UTC+2; seconds and their fraction stay as written.
  EXPECT_EQ(InSiteZone("2019-10-18T22:04:00Z", SiteZone::kCentralEurope),
            "2019-10-19T00:04:00+02:00");
  EXPECT_EQ(InSiteZone("2022-11-06T23:00:00.000Z", SiteZone::kCentralEurope),
            "2022-11-07T00:00:00.000+01:00");
  // A year's end, and a zone west of Greenwich going back a day.
  EXPECT_EQ(InSiteZone("2018-12-31T23:11:59+00:00", SiteZone::kCentralEurope),
            "2019-01-01T00:11:59+01:00");
  EXPECT_EQ(InSiteZone("2022-05-04T00:53:29.274Z", SiteZone::kUtcMinus3),
            "2022-05-03T21:53:29.274-03:00");
  EXPECT_EQ(InSiteZone("2024-03-01T01:30Z", SiteZone::kUtcMinus3), "2024-02-29T22:30-03:00");
  EXPECT_EQ(InSiteZone("2020-06-01T12:00+0000", SiteZone::kWesternEurope),
            "2020-06-01T13:00+01:00");
  EXPECT_EQ(InSiteZone("2020-01-01T12:00Z", SiteZone::kEasternEurope), "2020-01-01T14:00+02:00");
}

TEST(InSiteZone, SummerTimeChangesAtOneInTheMorningUtc) {
  // 2023: summer time from Sunday 26 March to Sunday 29 October, 01:00 UTC.
  EXPECT_EQ(InSiteZone("2023-03-26T00:59Z", SiteZone::kCentralEurope), "2023-03-26T01:59+01:00");
  EXPECT_EQ(InSiteZone("2023-03-26T01:00Z", SiteZone::kCentralEurope), "2023-03-26T03:00+02:00");
  EXPECT_EQ(InSiteZone("2023-10-29T00:59Z", SiteZone::kCentralEurope), "2023-10-29T02:59+02:00");
  EXPECT_EQ(InSiteZone("2023-10-29T01:00Z", SiteZone::kCentralEurope), "2023-10-29T02:00+01:00");
}

TEST(InSiteZone, LeavesOtherValuesAsTheyAre) {
  for (const std::string_view value :
       {"2021-11-04", "2021-11-04T23:00+01:00", "2021-11-04T23:00", "2021-11-04T23:00-05:00",
        "2021-13-04T23:00Z", "2021-11-04T25:00Z", "yesterday", "", "2021-11-04T23:00Zulu"}) {
    EXPECT_EQ(InSiteZone(value, SiteZone::kCentralEurope), value) << value;
  }
  // A hostile run of digits and colons after the minutes is left alone, not cut short.
  const std::string long_seconds = "2021-11-04T23:00" + std::string(200, ':') + "Z";
  EXPECT_EQ(InSiteZone(long_seconds, SiteZone::kCentralEurope), long_seconds);
}

TEST(OnLocalDay, GivesTheLocalDayAUtcTimeFallsOn) {
  // 02:30 UTC is the evening before in New York, and 22:00 UTC the next morning in Tokyo.
  EXPECT_EQ(OnLocalDay("2020-02-25T02:30:00Z", "2020-02-24"), "2020-02-24");
  EXPECT_EQ(OnLocalDay("2020-02-24T22:00:00.5+00:00", "2020-02-25"), "2020-02-25");
  EXPECT_EQ(OnLocalDay("2020-03-01T01:00Z", "2020-02-29"), "2020-02-29");
  // The same day, a day no zone reaches, two days off, or a time with an offset: as given.
  EXPECT_EQ(OnLocalDay("2020-02-25T02:30Z", "2020-02-25"), "2020-02-25T02:30Z");
  EXPECT_EQ(OnLocalDay("2020-02-25T13:00Z", "2020-02-24"), "2020-02-25T13:00Z");
  EXPECT_EQ(OnLocalDay("2020-02-25T02:30Z", "2020-02-26"), "2020-02-25T02:30Z");
  EXPECT_EQ(OnLocalDay("2020-02-25T02:30Z", "2020-02-23"), "2020-02-25T02:30Z");
  EXPECT_EQ(OnLocalDay("2020-02-25T02:30-05:00", "2020-02-24"), "2020-02-25T02:30-05:00");
  EXPECT_EQ(OnLocalDay("2020-02-25", "2020-02-24"), "2020-02-25");
  EXPECT_EQ(OnLocalDay("2020-02-25T02:30Z", "soon"), "2020-02-25T02:30Z");
}

TEST(OnClockOf, ShowsAUtcTimeOnTheClockTheSameInstantIsWrittenWith) {
  EXPECT_EQ(OnClockOf("2022-05-04T03:37:37+00:00", "2022-05-03T23:37:37-04:00"),
            "2022-05-03T23:37:37-04:00");
  // To the minute; the UTC time's seconds stay as written.
  EXPECT_EQ(OnClockOf("2022-05-04T03:37:37.5Z", "2022-05-03T23:37:45-04:00"),
            "2022-05-03T23:37:37.5-04:00");
  EXPECT_EQ(OnClockOf("2022-05-04T03:37Z", "2022-05-04T09:07:59+0530"), "2022-05-04T09:07+05:30");
  // Another instant, an offset of UTC, no offset, a first value not in UTC, or no time: as given.
  for (const std::string_view local :
       {"2022-05-03T23:38:00-04:00", "2022-05-04T03:37:37+00:00", "2022-05-03T23:37:37",
        "2022-05-03T23:37:37-4", "2022-05-03T23:37:37-25:00", ""}) {
    EXPECT_EQ(OnClockOf("2022-05-04T03:37:37Z", local), "2022-05-04T03:37:37Z") << local;
  }
  EXPECT_EQ(OnClockOf("2022-05-03T23:37:37-04:00", "2022-05-04T03:37:37-00:30"),
            "2022-05-03T23:37:37-04:00");
}

}  // namespace
}  // namespace sitrep
