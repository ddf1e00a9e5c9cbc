#include "resolve/geodesy.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sitrep::places {
namespace {

TEST(DistanceKm, KnownDistances) {
  EXPECT_NEAR(DistanceKm(50.45466, 30.5238, 48.59441, 37.99983), 577, 5);  // Kyiv - Bakhmut
  EXPECT_NEAR(DistanceKm(0, 0, 0, 180), 20015, 5);
  EXPECT_DOUBLE_EQ(DistanceKm(10, 10, 10, 10), 0);
}

TEST(WithinKm, AgreesWithTheDistance) {
  EXPECT_TRUE(WithinKm(48.59441, 37.99983, 48.59348, 37.85724, 25));  // Bakhmut - Chasiv Yar
  EXPECT_FALSE(WithinKm(50.45466, 30.5238, 48.59441, 37.99983, 25));  // Kyiv - Bakhmut
  EXPECT_FALSE(WithinKm(10, 10, 10, 10, 0)) << "nothing lies less than 0 km apart";
  // Pairs near every boundary: far in latitude, far in longitude only, at the poles, across the
  // antimeridian, and just either side of the radius.
  for (double lat = -89.5; lat <= 89.5; lat += 7.3) {
    for (double dlat : {-0.3, -0.2249, 0.0, 0.1, 0.2248, 0.2249, 0.5, 3.0}) {
      for (double dlon : {0.0, 0.05, 0.3, 1.0, 359.9}) {
        const double lat2 = std::clamp(lat + dlat, -90.0, 90.0), lon1 = 179.95, lon2 = lon1 + dlon;
        for (double km : {1.0, 25.0, 25.01, 161.0}) {
          EXPECT_EQ(WithinKm(lat, lon1, lat2, lon2, km), DistanceKm(lat, lon1, lat2, lon2) < km)
              << lat << " " << lat2 << " " << dlon << " " << km;
        }
      }
    }
  }
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
