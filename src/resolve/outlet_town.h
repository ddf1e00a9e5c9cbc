// The town an outlet is named after, as its address spells it: "palestineherald.com" is the
// Palestine Herald's, "onlineathens.com" an Athens paper's, "chronicle.augusta.com" Augusta's.
// A local paper writes "Palestine" for its own town, not the country, and "Athens" for the town
// it is printed in; the places stage gives a town of that name the benefit of the doubt.
//
// The rule: the longest run of five or more letters at the start of one of the host's labels
// (split at dots and hyphens, "www", a leading "the" and the top-level domains left out) that
// the gazetteer knows as a town of 1,000 people or more, else the longest such run at the end of
// one, folded as the gazetteer folds names; the words papers are named with are no part of it
// ("thesentinelmercury", "heraldexpress", "reporter" name no town). Shorter runs name too many
// towns by accident ("Echo", "Post"), and villages too ("story" is a village of Wyoming). When
// the host names none, the last section of the path that is a town's or a county's name, "_news"
// after it or not ("star-telegram.com/arlington_news/story/1.html", "cbc.ca/news/canada/toronto/
// slug", "/metro/hennepin/stories/"): local sites file stories under their towns and counties. A
// first-level region's name is no town's ("florida").
//
// Not for: which of the namesake towns it is (the address does not say: the other places of the
// article do), or outlets named otherwise ("ajc.com", "pal-item.com"). Tested by
// outlet_town_test.cc.
#pragma once

#include <string>
#include <string_view>

#include "resolve/gazetteer.h"

namespace sitrep::places {

// The folded name of the town, or empty.
std::string OutletTown(std::string_view url, const Gazetteer& gazetteer);

// True when the folded |name| is |stem| with a county's word: "hennepin county", "orleans parish".
bool IsCountyOf(std::string_view name, std::string_view stem);
// True when |county| is a second-level region named |folded| with its unit's word ("hennepin" for
// Hennepin County, "orleans" for Orleans Parish): a county a site files stories under, not a
// département or a shire that merely shares a town's name (the département of Paris is no
// paper's "paris").
bool IsCountyNamed(const Place& county, std::string_view folded);

}  // namespace sitrep::places
