// A city and the first-level region that bear one name: New York City and New York State,
// Genève and the canton of Geneva, Odesa and Odesa Oblast, and Washington, the capital, and
// Washington, the state. A reader who meets the name alone means the city; the words around it
// ("New York state", "the canton of Geneva", "Gov.", a list of states, "Buffalo, New York")
// say when the region is meant.
//
// A pair is a first-level region and a city of the same country that is either the country's
// capital bearing the region's name (Washington) or a city inside the region that holds at least
// a quarter of the region's people and whose name begins as the region's does (Geneva and
// Genève, New York and New York City). The share keeps the regions known apart from their seat:
// Quebec City holds a tenth of Quebec's people, and "Quebec" alone is the province.
//
// Not for: ranking candidates (places.h does, using these answers) or regions below the first
// level (a county named as its seat is places.cc's kAdmin2Bonus). Tested by namesakes_test.cc.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "resolve/gazetteer.h"

namespace sitrep::places {

// True when |city| is |region|'s namesake city in the sense above.
bool IsNamesakeCity(const Place& city, const Place& region);

// Positions in a candidate list.
struct NamesakePair {
  size_t region = 0;
  size_t city = 0;
};
// The first first-level region among |candidates| and the most prominent of its namesake cities
// among them, when there is one.
std::optional<NamesakePair> FindNamesakes(const Gazetteer& g, std::span<const uint32_t> candidates);

// True when the words around |surface| (a view into |text|) name it as a region: a word for a
// region or its government after it ("New York state", "Geneva canton", "Quebec's premier",
// "New York Gov."), or "the state of", "the canton of", "governor of"... before it. A surface
// outside |text| is looked at alone ("Washington State").
bool RegionWordsAround(std::string_view text, std::string_view surface);

// True when only a list's joining words lie between |left| and |right|, views into |text| with
// |left| first: ", ", " and ", " or ", ", and ", " & ", "/".
bool Joined(std::string_view text, std::string_view left, std::string_view right);

}  // namespace sitrep::places
