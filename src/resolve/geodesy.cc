// Great-circle distance and destination point. Tested by geodesy_test.cc.
#include "resolve/geodesy.h"

#include <algorithm>
#include <cmath>

namespace sitrep::places {
namespace {

constexpr double kRad = M_PI / 180;
constexpr double kEarthKm = 6371.0088;  // the IUGG mean radius

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  // The haversine form stays exact for the short distances that decide "near".
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

bool WithinKm(double lat1, double lon1, double lat2, double lon2, double km) {
  if (kEarthKm * std::abs(lat2 - lat1) * kRad >= km) return false;
  return DistanceKm(lat1, lon1, lat2, lon2) < km;
}

void MovePoint(double lat, double lon, double degrees, double km, double* out_lat,
               double* out_lon) {
  const double phi = lat * kRad, lambda = lon * kRad, theta = degrees * kRad;
  const double delta = km / kEarthKm;
  const double phi2 = std::asin(std::sin(phi) * std::cos(delta) +
                                std::cos(phi) * std::sin(delta) * std::cos(theta));
  const double lambda2 = lambda + std::atan2(std::sin(theta) * std::sin(delta) * std::cos(phi),
                                             std::cos(delta) - std::sin(phi) * std::sin(phi2));
  *out_lat = phi2 / kRad;
  *out_lon = std::remainder(lambda2 / kRad, 360.0);
}

}  // namespace sitrep::places
