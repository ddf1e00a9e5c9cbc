#include "resolve/geodesy.h"

#include <gtest/gtest.h>

namespace sitrep::places {
namespace {

TEST(DistanceKm, KnownDistances) {
  EXPECT_NEAR(DistanceKm(50.45466, 30.5238, 48.59441, 37.99983), 577, 5);  // Kyiv - Bakhmut
  EXPECT_NEAR(DistanceKm(0, 0, 0, 180), 20015, 5);
  EXPECT_DOUBLE_EQ(DistanceKm(10, 10, 10, 10), 0);
}

TEST(MovePoint, DegreesOfArcAlongMeridianAndEquator) {
  double lat = 0, lon = 0;
  MovePoint(0, 0, 0, 111.195, &lat, &lon);
  EXPECT_NEAR(lat, 1.0, 1e-3);
  EXPECT_NEAR(lon, 0.0, 1e-9);
  MovePoint(0, 179.5, 90, 111.195, &lat, &lon);
  EXPECT_NEAR(lat, 0.0, 1e-9);
  EXPECT_NEAR(lon, -179.5, 1e-3) << "across the antimeridian";
}

TEST(MovePoint, ThereAndBackAgain) {
  double lat = 0, lon = 0, back_lat = 0, back_lon = 0;
  MovePoint(48.596, 38.0, 270, 15, &lat, &lon);  // 15 km west of Bakhmut
  EXPECT_NEAR(DistanceKm(48.596, 38.0, lat, lon), 15, 0.01);
  MovePoint(lat, lon, 90, 15, &back_lat, &back_lon);
  EXPECT_LT(DistanceKm(48.596, 38.0, back_lat, back_lon), 0.1);
}

}  // namespace
}  // namespace sitrep::places
