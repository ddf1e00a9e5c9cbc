#include "resolve/gazetteer_sources.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "resolve/gazetteer_testing.h"

namespace sitrep::places {
namespace {

namespace fs = std::filesystem;

class GazetteerSources : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sitrep_gaz_sources_" + std::to_string(getpid()));
    fs::create_directories(dir_ / "countries" / "data");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  fs::path dir_;
};

// Two cities in GeoNames' 19-column layout; the second has a code among its alternates.
constexpr const char* kCities =
    "713174\tBakhmut\tBakhmut\tArtemivs'k,Artemivsk,Бахмут\t48.59441\t37.99983\tP\tPPLA2\tUA\t\t05"
    "\t9030870\t\t\t80500\t\t98\tEurope/Kiev\t2020-03-08\n"
    "703448\tKyiv\tKyiv\tIEV,Kiev,Kijów\t50.45466\t30.5238\tP\tPPLC\tUA\t\t12\t\t\t\t2797553\t\t187"
    "\tEurope/Kiev\t2020-03-08\n";

TEST_F(GazetteerSources, AllSourcesMakeOneGazetteer) {
  GazetteerBuilder b;
  SourceCounts counts;
  ASSERT_TRUE(ReadGeoNamesCities(Write("cities.txt", kCities), &b, &counts).ok());
  ASSERT_TRUE(
      ReadAdmin1Names(
          Write("admin1.json",
                R"([{"code":"UA.05","name":"Donetsk"},{"code":"UA.12","name":"Kyiv City"}])"),
          &b, &counts)
          .ok());
  // Bakhmut's district; the second one has no city in the list and is left out.
  ASSERT_TRUE(
      ReadAdmin2Names(Write("admin2.json", R"([{"code":"UA.05.9030870","name":"Bakhmut Raion"},
                                                       {"code":"UA.05.1","name":"Nowhere Raion"}])"),
                      &b, &counts)
          .ok());
  Write("countries/countries.json",
        R"([{"name":{"common":"Ukraine","official":"Ukraine"},"cca2":"UA","cca3":"UKR",
             "altSpellings":["UA","Ukrayina"],"latlng":[49,32],
             "demonyms":{"eng":{"f":"Ukrainian","m":"Ukrainian"}}}])");
  Write("countries/data/ukr.geo.json",
        R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":
            "MultiPolygon","coordinates":[[[[22.1,48.0],[40.2,49.5],[33.0,44.4],[22.1,48.0]]],
            [[[30.0,52.4],[31.0,52.3],[30.0,52.4]]]]}}]})");
  ASSERT_TRUE(ReadCountries((dir_ / "countries").string(), &b, &counts).ok());
  const Status hand = ReadHandKeptPlaces(
      Write("places.tsv",
            "# kind\tcode\tname\tnames\tcountry\tlat\tlon\tsouth\twest\tnorth\teast\n"
            "region\tRGN\tDonbas\tDonbass;the Donbas\tUA\t48.0\t38.5\t46.9\t36.5\t50.1\t40.2\n"
            "physical\tSEA\tBlack Sea\t\t\t43.4\t34.0\t40.9\t27.4\t46.6\t41.8\n"
            "names\tUA.05\tDonetsk Oblast;Donetska oblast\n"
            "demonym\tUA.05\tDonetskian\n"
            "point\tUA\t48.4\t31.2\n"),
      &b, &counts);
  ASSERT_TRUE(hand.ok()) << hand.ToString();
  EXPECT_EQ(counts.cities, 2u);
  EXPECT_EQ(counts.regions, 2u);
  EXPECT_EQ(counts.counties, 2u);
  EXPECT_EQ(counts.countries, 1u);
  EXPECT_EQ(counts.demonyms, 2u);
  EXPECT_EQ(counts.hand_kept, 2u);
  EXPECT_EQ(counts.names_added, 2u);
  const Gazetteer g = LoadedGazetteer(b);

  EXPECT_EQ(g.Get(g.LookupName("Artemivsk")[0]).geonames_id, 713174u);
  EXPECT_EQ(g.Get(g.LookupName("Kiev")[0]).geonames_id, 703448u);
  EXPECT_TRUE(g.LookupName("IEV").empty()) << "airport codes are no names";
  EXPECT_EQ(g.Get(g.LookupName("Bakhmut")[0]).admin1_name, "Donetsk");
  EXPECT_EQ(g.Get(g.LookupName("Donetska oblast")[0]).kind, FeatureKind::kAdmin1);
  EXPECT_EQ(g.Get(g.LookupName("Donetsk region")[0]).kind, FeatureKind::kAdmin1);
  const Place donetskian = g.Get(g.LookupName("Donetskian")[0]);
  EXPECT_EQ(donetskian.kind, FeatureKind::kDemonym);
  EXPECT_EQ(g.Get(donetskian.admin1).name, "Donetsk") << "the region it stands for";
  EXPECT_EQ(g.Get(g.LookupName("Kyiv City")[0]).kind, FeatureKind::kAdmin1);
  const Place raion = g.Get(g.LookupName("Bakhmut Raion")[0]);
  EXPECT_EQ(raion.kind, FeatureKind::kAdmin2);
  EXPECT_EQ(raion.admin1_name, "Donetsk");
  EXPECT_NEAR(raion.lat, 48.59441, 1e-4) << "placed by its one city";
  EXPECT_TRUE(g.LookupName("Nowhere Raion").empty());

  const Place ukraine = g.Get(g.LookupName("Ukrayina")[0]);
  EXPECT_EQ(ukraine.kind, FeatureKind::kCountry);
  EXPECT_EQ(ukraine.country, "UA");
  EXPECT_NEAR(ukraine.lat, 48.4, 1e-5) << "the hand-kept point, not the package's";
  EXPECT_NEAR(ukraine.lon, 31.2, 1e-5);
  EXPECT_FLOAT_EQ(ukraine.box.west, 22.1f);
  EXPECT_FLOAT_EQ(ukraine.box.north, 52.4f);
  EXPECT_EQ(ukraine.population, 80500u + 2797553u);
  EXPECT_TRUE(g.LookupName("UA").empty()) << "two-letter codes are no names";
  EXPECT_TRUE(g.LookupName("UKR").empty()) << "three-letter codes collide with abbreviations";
  EXPECT_EQ(g.Get(g.LookupName("Ukrainian")[0]).kind, FeatureKind::kDemonym);

  EXPECT_EQ(g.Get(g.LookupName("the Donbas")[0]).kind, FeatureKind::kRegion);
  const Place sea = g.Get(g.LookupName("Black Sea")[0]);
  EXPECT_EQ(sea.kind, FeatureKind::kPhysical);
  EXPECT_EQ(sea.feature_class, 'H');
  EXPECT_TRUE(sea.country.empty());
}

TEST_F(GazetteerSources, ALaterCitiesFileAddsWhatTheFirstLacks) {
  GazetteerBuilder b;
  SourceCounts counts;
  ASSERT_TRUE(ReadGeoNamesCities(Write("cities.txt", kCities), &b, &counts).ok());
  // The later dump repeats Bakhmut and has a village and a town listed since, both new.
  const std::string later = Write(
      "later.txt", std::string(kCities) +
                       "2650209\tEdmonton\tEdmonton\t\t51.62561\t-0.05798\tP\tPPL\tGB\t\tENG\tGLA"
                       "\t\t\t82000\t\t30\tEurope/London\t2024-01-01\n"
                       "700000\tZaitseve\tZaitseve\t\t48.41\t38.06\tP\tPPL\tUA\t\t05\t\t\t\t600\t\t"
                       "150\tEurope/Kiev\t2024-01-01\n");
  ASSERT_TRUE(ReadGeoNamesCities(later, &b, &counts, /*additions=*/true).ok());
  EXPECT_EQ(counts.cities, 4u) << "two read before, a town and a village new";
  const Gazetteer g = LoadedGazetteer(b);
  EXPECT_EQ(g.LookupName("Bakhmut").size(), 1u) << "read once";
  ASSERT_EQ(g.LookupName("Edmonton").size(), 1u) << "a town of 82,000 the first lacks";
  EXPECT_EQ(g.Get(g.LookupName("Edmonton")[0]).country, "GB");
  EXPECT_EQ(g.LookupName("Zaitseve").size(), 1u);
}

TEST_F(GazetteerSources, PostTownsAddTheVillagesNoCitiesFileHas) {
  GazetteerBuilder b;
  SourceCounts counts;
  ASSERT_TRUE(
      ReadGeoNamesCities(
          Write("cities.txt",
                "4717560\tParis\tParis\t\t33.66094\t-95.55551\tP\tPPLA2\tUS\t\tTX\t277\t\t\t"
                "24782\t\t183\tAmerica/Chicago\t2020-01-01\n"),
          &b, &counts)
          .ok());
  ASSERT_TRUE(ReadAdmin1Names(Write("admin1.json", R"([{"code":"US.TX","name":"Texas"},
                                                       {"code":"US.CT","name":"Connecticut"}])"),
                              &b, &counts)
                  .ok());
  // Two codes of one village, a town GeoNames has, a firm's code with the federal list's
  // two-decimal point, a military post office, and two villages of one name 300 km apart.
  const std::string zips = Write(
      "codes.js",
      R"(exports.codes = {"06791":{"zip":"06791","latitude":41.7701,"longitude":-73.0728,"city":"Harwinton","state":"CT","country":"US"},)"
      R"("06790":{"zip":"06790","latitude":41.7811,"longitude":-73.0602,"city":"Harwinton","state":"CT","country":"US"},)"
      R"("75460":{"zip":"75460","latitude":33.6609,"longitude":-95.5555,"city":"Paris","state":"TX","country":"US"},)"
      R"("06386":{"zip":"06386","latitude":41.33,"longitude":-72.13,"city":"Acme Mail Services","state":"CT","country":"US"},)"
      R"("09001":{"zip":"09001","latitude":38.1105,"longitude":15.6613,"city":"Apo","state":"AE","country":"US"},)"
      R"("75001":{"zip":"75001","latitude":33.2432,"longitude":-94.8747,"city":"Centerville","state":"TX","country":"US"},)"
      R"("75002":{"zip":"75002","latitude":31.2571,"longitude":-95.9783,"city":"Centerville","state":"TX","country":"US"}};)"
      "\n"
      R"(exports.stateMap = {"CT":["06790","06791"]};)"
      "\n");
  const Status read = ReadPostTowns(zips, &b, &counts);
  ASSERT_TRUE(read.ok()) << read.ToString();
  EXPECT_EQ(counts.post_towns, 3u) << "Harwinton once, Centerville twice";
  const Gazetteer gaz = LoadedGazetteer(b);
  ASSERT_EQ(gaz.LookupName("Harwinton").size(), 1u);
  const Place harwinton = gaz.Get(gaz.LookupName("Harwinton")[0]);
  EXPECT_NEAR(harwinton.lat, (41.7701 + 41.7811) / 2, 1e-4) << "the middle of its codes";
  EXPECT_EQ(harwinton.country, "US");
  EXPECT_EQ(harwinton.admin1_name, "Connecticut");
  EXPECT_EQ(harwinton.kind, FeatureKind::kCity);
  EXPECT_EQ(harwinton.population, 0u) << "the codes tell no population";
  EXPECT_EQ(gaz.LookupName("Paris").size(), 1u) << "GeoNames' Paris, not a second one";
  EXPECT_EQ(gaz.LookupName("Centerville").size(), 2u);
  EXPECT_TRUE(gaz.LookupName("Acme Mail Services").empty()) << "no town";
  EXPECT_TRUE(gaz.LookupName("Apo").empty()) << "no state's";
}

TEST_F(GazetteerSources, PostTownsFileErrorsSayWhere) {
  GazetteerBuilder b;
  SourceCounts counts;
  ASSERT_TRUE(
      ReadAdmin1Names(Write("admin1.json", R"([{"code":"US.TX","name":"Texas"}])"), &b, &counts)
          .ok());
  const Status pointless = ReadPostTowns(
      Write("pointless.js",
            R"(exports.codes = {"75001":{"zip":"75001","city":"Centerville","state":"TX"}};)"),
      &b, &counts);
  EXPECT_EQ(pointless.code(), ErrorCode::kParseError);
  EXPECT_NE(pointless.ToString().find("75001"), std::string::npos) << pointless.ToString();
  EXPECT_EQ(ReadPostTowns(Write("other.js", "module.exports = 1;\n"), &b, &counts).code(),
            ErrorCode::kParseError);
  const Status empty = ReadPostTowns(Write("empty.js", "exports.codes = {};\n"), &b, &counts);
  EXPECT_EQ(empty.code(), ErrorCode::kParseError);
  EXPECT_NE(empty.ToString().find("no ZIP codes"), std::string::npos) << empty.ToString();
  EXPECT_EQ(
      ReadPostTowns(Write("cut.js", R"(exports.codes = {"75001":{"zip":)"), &b, &counts).code(),
      ErrorCode::kParseError);
  EXPECT_EQ(ReadPostTowns((dir_ / "absent.js").string(), &b, &counts).code(), ErrorCode::kNotFound);
  EXPECT_EQ(counts.post_towns, 0u);
}

TEST_F(GazetteerSources, CountiesAreAlsoFoundWithoutTheirWord) {
  GazetteerBuilder b;
  SourceCounts counts;
  ASSERT_TRUE(ReadGeoNamesCities(
                  Write("cities.txt",
                        "4314550\tAlexandria\tAlexandria\t\t31.31129\t-92.44514\tP\tPPLA2\tUS\t\tLA"
                        "\t079\t\t\t47723\t\t23\tAmerica/Chicago\t2020-01-01\n"
                        "4190581\tDecatur\tDecatur\t\t33.77483\t-84.29631\tP\tPPLA2\tUS\t\tGA\t089"
                        "\t\t\t20148\t\t310\tAmerica/New_York\t2020-01-01\n"),
                  &b, &counts)
                  .ok());
  ASSERT_TRUE(ReadAdmin2Names(Write("admin2.json", R"([{"code":"US.LA.079","name":"Rapides Parish"},
                                                       {"code":"US.GA.089","name":"DeKalb County"}])"),
                              &b, &counts)
                  .ok());
  const Gazetteer gaz = LoadedGazetteer(b);
  ASSERT_EQ(gaz.LookupName("Rapides").size(), 1u);
  EXPECT_EQ(gaz.Get(gaz.LookupName("Rapides")[0]).kind, FeatureKind::kAdmin2);
  ASSERT_EQ(gaz.LookupName("DeKalb").size(), 1u);
  EXPECT_EQ(gaz.Get(gaz.LookupName("DeKalb")[0]).name, "DeKalb County");
  EXPECT_EQ(gaz.LookupName("DeKalb County").size(), 1u);
}

TEST_F(GazetteerSources, AirportsUnderTheNamesNewsGivesThem) {
  GazetteerBuilder b;
  SourceCounts counts;
  ASSERT_TRUE(ReadGeoNamesCities(Write("cities.txt", kCities), &b, &counts).ok());
  // A large airport named with its town, one named after a person, a medium one, and one whose
  // own word is a town's name.
  const std::string airports = Write("airports.json", R"([
    {"type":"large_airport","name":"London Heathrow Airport","latitude_deg":"51.4706",
     "longitude_deg":"-0.461941","iso_country":"GB","municipality":"London"},
    {"type":"large_airport","name":"Montreal / Pierre Elliott Trudeau International Airport",
     "latitude_deg":"45.4706","longitude_deg":"-73.7408","iso_country":"CA","municipality":"Montréal"},
    {"type":"medium_airport","name":"Ottawa Macdonald-Cartier International Airport",
     "latitude_deg":"45.3225","longitude_deg":"-75.6692","iso_country":"CA","municipality":"Ottawa"},
    {"type":"large_airport","name":"Kyiv Bakhmut Airport","latitude_deg":"50.40",
     "longitude_deg":"30.45","iso_country":"UA","municipality":"Kyiv"},
    {"type":"large_airport","name":"Denver International Airport","latitude_deg":"39.8617",
     "longitude_deg":"-104.673","iso_country":"US","municipality":"Denver"},
    {"type":"medium_airport","name":"Salta international Airport","latitude_deg":"-24.85",
     "longitude_deg":"-65.49","iso_country":"AR","municipality":"Salta"}])");
  const Status read = ReadAirports(airports, &b, &counts);
  ASSERT_TRUE(read.ok()) << read.ToString();
  EXPECT_EQ(counts.airports, 6u);
  const Gazetteer gaz = LoadedGazetteer(b);
  for (const char* name : {"London Heathrow Airport", "Heathrow Airport", "Heathrow"}) {
    ASSERT_EQ(gaz.LookupName(name).size(), 1u) << name;
    const Place heathrow = gaz.Get(gaz.LookupName(name)[0]);
    EXPECT_EQ(heathrow.feature_code, "AIRP");
    EXPECT_EQ(heathrow.country, "GB");
    EXPECT_NEAR(heathrow.lat, 51.4706, 1e-4);
  }
  EXPECT_EQ(gaz.LookupName("Montreal-Pierre Elliott Trudeau International Airport").size(), 1u);
  EXPECT_EQ(gaz.LookupName("Pierre Elliott Trudeau International Airport").size(), 1u);
  EXPECT_TRUE(gaz.LookupName("Pierre Elliott Trudeau").empty()) << "a person's name";
  EXPECT_EQ(gaz.LookupName("Macdonald-Cartier International Airport").size(), 1u);
  EXPECT_TRUE(gaz.LookupName("Macdonald-Cartier").empty()) << "a medium airport keeps its word";
  ASSERT_EQ(gaz.LookupName("Bakhmut").size(), 1u) << "the town's name is no airport's";
  EXPECT_EQ(gaz.Get(gaz.LookupName("Bakhmut")[0]).feature_code, "PPLA2");
  EXPECT_TRUE(gaz.LookupName("International Airport").empty()) << "no name of its own";
  EXPECT_TRUE(gaz.LookupName("International").empty());
  EXPECT_TRUE(gaz.LookupName("international Airport").empty()) << "whatever its case";
}

TEST_F(GazetteerSources, AirportsFileErrorsSayWhich) {
  GazetteerBuilder b;
  SourceCounts counts;
  const Status pointless =
      ReadAirports(Write("airports.json", R"([{"type":"large_airport","name":"Nowhere Airport",
                                  "iso_country":"GB","latitude_deg":"north"}])"),
                   &b, &counts);
  EXPECT_EQ(pointless.code(), ErrorCode::kParseError);
  EXPECT_NE(pointless.ToString().find("airport 1"), std::string::npos) << pointless.ToString();
  EXPECT_EQ(ReadAirports(Write("object.json", "{}"), &b, &counts).code(), ErrorCode::kParseError);
  EXPECT_EQ(counts.airports, 0u);
}

TEST_F(GazetteerSources, NaturalEarthPlacesRegionsAtTheirLabelAndExtent) {
  GazetteerBuilder b;
  SourceCounts counts;
  ASSERT_TRUE(ReadGeoNamesCities(Write("cities.txt", kCities), &b, &counts).ok());
  ASSERT_TRUE(ReadAdmin1Names(Write("admin1.json",
                                    R"([{"code":"UA.05","name":"Donetsk"},
                                        {"code":"UA.12","name":"Kyiv City"}])"),
                              &b, &counts)
                  .ok());
  // Donetsk in two parts (the smaller one labelled elsewhere); a region GeoNames has no code for
  // and one whose code names no region read are passed over.
  const Status read =
      ReadRegionOutlines(Write("ne.json", R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"gn_a1_code":"UA.05","gn_id":709716,
           "latitude":48.1,"longitude":37.8},
         "geometry":{"type":"Polygon","coordinates":[[[36.5,46.9],[39.0,49.2],[38.0,47.0]]]}},
        {"type":"Feature","properties":{"gn_a1_code":"UA.05","latitude":47.1,"longitude":37.1},
         "geometry":{"type":"Polygon","coordinates":[[[37.0,47.0],[37.2,47.2],[37.1,47.1]]]}},
        {"type":"Feature","properties":{"gn_a1_code":null,"latitude":1,"longitude":1},
         "geometry":{"type":"Polygon","coordinates":[[[1,1],[2,2],[1,2]]]}},
        {"type":"Feature","properties":{"gn_a1_code":"ZZ.99","latitude":1,"longitude":1},
         "geometry":{"type":"Polygon","coordinates":[[[1,1],[2,2],[1,2]]]}}]})"),
                         &b, &counts);
  ASSERT_TRUE(read.ok()) << read.ToString();
  EXPECT_EQ(counts.regions_outlined, 1u);
  const Gazetteer g = LoadedGazetteer(b);
  const Place donetsk = g.Get(g.LookupName("Donetsk")[0]);
  EXPECT_EQ(donetsk.geonames_id, 709716u);
  EXPECT_NEAR(donetsk.lat, 48.1, 1e-5) << "the label of its larger part";
  EXPECT_NEAR(donetsk.lon, 37.8, 1e-5);
  EXPECT_FLOAT_EQ(donetsk.box.south, 46.9f);
  EXPECT_FLOAT_EQ(donetsk.box.east, 39.0f);
  const Place kyiv_city = g.Get(g.LookupName("Kyiv City")[0]);
  EXPECT_NEAR(kyiv_city.lat, 50.45466, 1e-4) << "no outline: the centre of its cities' box";

  EXPECT_EQ(ReadRegionOutlines(Write("bad1.json", R"([1,2])"), &b, &counts).code(),
            ErrorCode::kParseError);
  const Status no_label =
      ReadRegionOutlines(Write("bad2.json", R"({"features":[{"properties":{"gn_a1_code":"UA.05"},
                                           "geometry":{"coordinates":[[[1,1]]]}}]})"),
                         &b, &counts);
  EXPECT_EQ(no_label.code(), ErrorCode::kParseError);
  EXPECT_NE(no_label.message().find("UA.05"), std::string::npos) << no_label.message();
  EXPECT_EQ(ReadRegionOutlines((dir_ / "none.json").string(), &b, &counts).code(),
            ErrorCode::kNotFound);
}

TEST_F(GazetteerSources, NaturalEarthFeaturesOfAnotherPlaceAreLeftOut) {
  GazetteerBuilder b;
  SourceCounts counts;
  ASSERT_TRUE(ReadGeoNamesCities(Write("cities.txt", kCities), &b, &counts).ok());
  ASSERT_TRUE(ReadAdmin1Names(Write("admin1.json",
                                    R"([{"code":"UA.05","name":"Donetsk"},
                                        {"code":"UA.12","name":"Kyiv City"}])"),
                              &b, &counts)
                  .ok());
  // Donetsk under its Ukrainian name; Kyiv under another spelling but labelled at its cities; a
  // French department that carries Kyiv City's code, named otherwise and labelled elsewhere.
  ASSERT_TRUE(ReadRegionOutlines(Write("ne.json", R"({"features":[
        {"properties":{"gn_a1_code":"UA.05","name":"Donetska oblast","name_en":"Donets Oblast",
                       "latitude":48.1,"longitude":37.8},
         "geometry":{"coordinates":[[[36.5,46.9],[39.0,49.2],[38.0,47.0]]]}},
        {"properties":{"gn_a1_code":"UA.12","name":"Kiev","gn_name":"Misto Kyyiv",
                       "latitude":50.4,"longitude":30.6},
         "geometry":{"coordinates":[[[30.2,50.2],[30.9,50.6],[30.5,50.3]]]}},
        {"properties":{"gn_a1_code":"UA.12","name":"Seine-Maritime","name_en":"Seine-Maritime",
                       "name_alt":"Seine-Inferieure|Departement de la Seine-Maritime",
                       "latitude":49.6,"longitude":1.2},
         "geometry":{"coordinates":[[[0.1,49.3],[1.8,50.1],[1.0,49.5]]]}}]})"),
                                 &b, &counts)
                  .ok());
  EXPECT_EQ(counts.regions_outlined, 2u);
  const Gazetteer g = LoadedGazetteer(b);
  const Place donetsk = g.Get(g.LookupName("Donetsk")[0]);
  EXPECT_NEAR(donetsk.lat, 48.1, 1e-5);
  const Place kyiv_city = g.Get(g.LookupName("Kyiv City")[0]);
  EXPECT_NEAR(kyiv_city.lat, 50.4, 1e-5) << "labelled at its own cities";
  EXPECT_FLOAT_EQ(kyiv_city.box.west, 30.2f) << "nothing of the department in its extent";
  ASSERT_EQ(g.LookupName("Donets Oblast").size(), 1u) << "the region's English name";
  EXPECT_EQ(g.Get(g.LookupName("Donets Oblast")[0]).name, donetsk.name);
  EXPECT_TRUE(g.LookupName("Seine-Maritime").empty()) << "the department's is no name of it";
}

TEST_F(GazetteerSources, MalformedSourcesAreErrorsWithTheLine) {
  GazetteerBuilder b;
  SourceCounts counts;
  const Status short_row = ReadGeoNamesCities(Write("bad.txt", "1\tX\tX\n"), &b, &counts);
  EXPECT_EQ(short_row.code(), ErrorCode::kParseError);
  EXPECT_NE(short_row.message().find("bad.txt:1"), std::string::npos);
  EXPECT_EQ(ReadGeoNamesCities((dir_ / "none.txt").string(), &b, &counts).code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(ReadAdmin1Names(Write("a.json", "{not json"), &b, &counts).code(),
            ErrorCode::kParseError);
  EXPECT_EQ(ReadAdmin2Names(Write("a2.json", R"([{"code":"US.LA","name":"Rapides Parish"}])"), &b,
                            &counts)
                .code(),
            ErrorCode::kParseError)
      << "a second-level code has three parts";
  // Entries that are not objects, or have no name, are named in the error, at either level.
  const Status not_object = ReadAdmin1Names(Write("a3.json", R"([7])"), &b, &counts);
  EXPECT_EQ(not_object.code(), ErrorCode::kParseError);
  EXPECT_NE(not_object.message().find("CC.code code"), std::string::npos) << not_object.message();
  const Status no_name =
      ReadAdmin2Names(Write("a4.json", R"([{"code":"US.LA.079","name":""}])"), &b, &counts);
  EXPECT_EQ(no_name.code(), ErrorCode::kParseError);
  EXPECT_NE(no_name.message().find("CC.code.code code"), std::string::npos) << no_name.message();
  EXPECT_EQ(ReadAdmin2Names(Write("a5.json", R"({"code":"US.LA.079"})"), &b, &counts).code(),
            ErrorCode::kParseError)
      << "a region file is an array";
  const Status unknown_key =
      ReadHandKeptPlaces(Write("p.tsv", "names\tZZ.99\tNowhere\n"), &b, &counts);
  EXPECT_NE(ReadHandKeptPlaces(Write("d.tsv", "\ndemonym\tZZ.99\tNobody\n"), &b, &counts)
                .message()
                .find("d.tsv:2"),
            std::string::npos);
  EXPECT_NE(unknown_key.message().find("p.tsv:1"), std::string::npos);
  const Status bad_kind = ReadHandKeptPlaces(Write("q.tsv", "\n# c\nplanet\tX\n"), &b, &counts);
  EXPECT_NE(ReadHandKeptPlaces(Write("s.tsv", "point\tZZ\t1\t2\n"), &b, &counts)
                .message()
                .find("s.tsv:1"),
            std::string::npos);
  EXPECT_NE(ReadHandKeptPlaces(Write("t.tsv", "point\tUA\t91\t2\n"), &b, &counts)
                .message()
                .find("t.tsv:1"),
            std::string::npos);
  EXPECT_NE(bad_kind.message().find("q.tsv:3"), std::string::npos);
  const Status bad_box =
      ReadHandKeptPlaces(Write("r.tsv", "region\tRGN\tX\t\tUA\t1\t2\t5\t0\t1\t3\n"), &b, &counts);
  EXPECT_EQ(bad_box.code(), ErrorCode::kParseError);
}

}  // namespace
}  // namespace sitrep::places
