// Distances and bearings on the earth, taken as a sphere of its mean radius: the places stage
// compares points tens to thousands of kilometres apart, where the sphere's error (under 0.5 %)
// is far below the gazetteer's own. Not an ellipsoid library; no projections.
#pragma once

namespace sitrep::places {

// Great-circle distance in km between two points given in degrees.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

// Whether two points lie less than |km| apart. Cheaper than DistanceKm for the many pairs that
// are far apart north to south, since no arc is shorter than its change in latitude.
bool WithinKm(double lat1, double lon1, double lat2, double lon2, double km);

// The point |km| kilometres from (lat, lon) on the initial bearing |degrees| (0 north, 90 east),
// with its longitude in [-180, 180].
void MovePoint(double lat, double lon, double degrees, double km, double* out_lat, double* out_lon);

}  // namespace sitrep::places
