#include "resolve/outlet_country.h"

#include <gtest/gtest.h>

namespace sitrep::places {
namespace {

TEST(OutletCountry, TheHostsCountryCode) {
  EXPECT_EQ(OutletCountry("https://www.example.co.uk/news/story-1"), "GB");
  EXPECT_EQ(OutletCountry("http://news.example.ie:8080/a?b=c"), "IE");
  EXPECT_EQ(OutletCountry("https://www.example.com.ua/uk/news"), "UA")
      << "the path's uk is no host";
  EXPECT_EQ(OutletCountry("https://EXAMPLE.CA/"), "CA");
  EXPECT_EQ(OutletCountry("https://user@example.de."), "DE");
}

TEST(OutletCountry, NoneWhereTheAddressSaysNothing) {
  EXPECT_EQ(OutletCountry("https://www.example.com/2024/story"), "");
  EXPECT_EQ(OutletCountry("https://example.tv/clip"), "") << "sold worldwide for its letters";
  EXPECT_EQ(OutletCountry("https://example.io"), "");
  EXPECT_EQ(OutletCountry(""), "");
  EXPECT_EQ(OutletCountry("not a url"), "");
  EXPECT_EQ(OutletCountry("https://192.168.0.1/page"), "");
}

}  // namespace
}  // namespace sitrep::places
