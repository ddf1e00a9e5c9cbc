// Small gazetteers written by hand for the tests: makers of town and area records, and a builder
// finished and read back as sitrep reads the real file. Test-only: linked into the test binaries,
// never into sitrep, whose gazetteer is built by gazetteer_sources from the setup's packages.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "resolve/gazetteer.h"
#include "resolve/gazetteer_builder.h"

namespace sitrep::places {

// A populated place as GeoNames lists one: feature class P, code PPL unless given.
PlaceRecord TownRecord(uint32_t geonames_id, std::string name, double lat, double lon,
                       uint32_t population, std::string country, std::string admin1 = "",
                       std::string code = "PPL");

// An area known by its codes rather than a GeoNames id: a country ("UA"), a first-level region
// ("UA", "05"), a county ("US", "GA", "219"), a hand-kept region, a continent.
PlaceRecord AreaRecord(FeatureKind kind, std::string name, std::string country,
                       std::string admin1 = "", std::string admin2 = "");

// |place| known by |alternates| as well.
PlaceRecord AlsoCalled(PlaceRecord place, std::vector<std::string> alternates);

// Two Columbuses, Ohio's the larger, a Nebraskan town (Kearney) and the two states, added to |b|:
// the world in which a site's other articles decide which Columbus a lone mention is.
void AddTwoColumbuses(GazetteerBuilder& b);

// |b| finished, serialised and loaded as a file would be; a builder that writes no loadable
// gazetteer is a broken test and aborts it.
Gazetteer LoadedGazetteer(GazetteerBuilder& b);

}  // namespace sitrep::places
