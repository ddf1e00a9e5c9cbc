#include "read/outlets.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(OutletFromUrl, NamesKnownSites) {
  EXPECT_EQ(OutletFromUrl("https://www.themoscowtimes.com/2023/03/07/bakhmut-a80414"),
            "The Moscow Times");
  EXPECT_EQ(OutletFromUrl("https://edition.cnn.com/2024/world"), "CNN");
  EXPECT_EQ(OutletFromUrl("https://www.reuters.com/world/"), "Reuters");
}

TEST(OutletFromUrl, FallsBackToTheHost) {
  EXPECT_EQ(OutletFromUrl("https://www.example-news.org/a"), "example-news.org");
  // A lookalike is not the site it imitates.
  EXPECT_EQ(OutletFromUrl("https://notreuters.com/a"), "notreuters.com");
  EXPECT_EQ(OutletFromUrl("no host here"), "");
}

}  // namespace
}  // namespace sitrep
