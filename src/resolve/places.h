// The places stage: every place an article names, resolved to one gazetteer entry with
// coordinates, extent, precision and confidence (the `places` layer, places.v1).
//
// Toponyms are the entity tagger's GPE and LOC mentions plus runs of capitalised words the tagger
// left untyped that the gazetteer knows as a country, region, sea or city of 100,000 people or
// more. Two more kinds of span are places only by their surroundings: a dateline's capitals
// ("CROMWELL —"), whatever the town's size, and a smaller town's name, or a whole mention the
// tagger typed as a person (never one named in full elsewhere), a team or other name, when a town
// of that name lies within a few kilometres of the towns and counties the rest of the article
// resolves to (local news names its towns without the tagger's help).
// Nationality words ("Ukrainian") are no places here; they only add country context.
// (Given spans, as in `sitrep resolve-places`, are places by the caller's word: a nationality
// word among them resolves to its country, and a word for the people of a region or continent
// to the area: "Ohioans", "South Ossetian", "European".) A place
// named as the subject of "said", "warned"... that is a country or a capital is kept with the
// role "government" (metonymy: "Kyiv said").
//
// Resolution (PlaceResolver) ranks each toponym's candidates in two passes. First by prominence
// alone: kind (countries and continents first), population, and whether the place's own name
// rather than an alternate was written. Then again with the article's context, from the first
// pass's choices for the other toponyms and the nationality words in the text: the share of them
// in the candidate's country, the outlet's country (its address's country code), a first-level
// region named in the article that holds it, and how
// many of the other towns and counties lie within 200 km of it (places in one story are near
// each other), the first-level regions the site's other articles are about (site_regions.h,
// when the caller gives them), and how close the nearest reading of each other name lies, whichever
// reading was chosen for it (a town and the county beside it pick each other out of their
// namesakes). Between a city and the first-level region of its name (New York, Geneva, Washington:
// namesakes.h) the city is chosen unless the words around the mention, a list of regions or a
// town written before it ("Buffalo, New York") say the region is meant.
// Confidence is the chosen candidate's share of the softmax over the candidates' scores and,
// in context, one more reading: a place the gazetteer lacks, scored as a village of the country
// the article is most about (so a lone namesake on another continent is not certain).
//
// Not for: relative expressions ("10 km west of Bakhmut": place_relations.h) or the gazetteer
// itself. Tested by places_test.cc.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/stage.h"
#include "resolve/gazetteer.h"
#include "resolve/geodesy.h"

namespace sitrep::places {

// One place name in the article's text fields, to be resolved.
struct Toponym {
  Mention where;
  std::string_view surface;  // as written
  std::string role;          // empty, or "government"
};

// A first-level region and the share of a site's articles' towns in it (core/article.h).
using ::sitrep::RegionShare;

struct Choice {
  uint32_t entry = kNoEntry;  // kNoEntry: the gazetteer has no such place
  double confidence = 0;
  // The name is no place of the gazetteer's but lies in or by |entry|, the town or county it is
  // a part of or named after ("North Houston", "the Passaic River"): the point is the town's,
  // and the record says so (precision "vicinity") rather than passing the river off as the town.
  bool vicinity = false;
};

enum class Ranking {
  kContext,     // prominence, then the article's context (the stage's way)
  kProminence,  // the first pass alone: a baseline for the bench
};

// Towns and counties: places small enough that "near the article's other places" means
// something (Huntsville and Walker County, Texas).
bool IsLocal(FeatureKind kind);
// The record's precision for a place of |kind|: city, admin1, admin2, country or region; vicinity
// for a place read through the town it lies in or by (Choice::vicinity), at the town's point. One
// read through a county keeps the county's precision: the county's extent holds it.
std::string_view PrecisionOf(FeatureKind kind, bool vicinity = false);

class PlaceResolver {
 public:
  explicit PlaceResolver(Gazetteer gazetteer) : gazetteer_(std::move(gazetteer)) {}

  // One choice per toponym. |context_text| is scanned for nationality words; |outlet_country|
  // (ISO alpha-2, outlet_country.h; empty when unknown) lifts the places in the outlet's country
  // a little: a weak prior that the other places of the article outweigh. |outlet_town| (folded,
  // outlet_town.h; empty when unknown) lifts the towns of that name when the article names it:
  // the Palestine Herald's "Palestine" is a town, which of them the other places say; unnamed,
  // it is one more place the article's towns lie near. Its towns are those of the outlet's
  // country when that is known, and never another country's capital. |site_regions| (sorted by
  // region; site_regions.h), where the site's other articles are known, lift the towns and
  // counties of the regions they are about, in proportion to the share.
  std::vector<Choice> Resolve(std::span<const Toponym> toponyms, std::string_view context_text,
                              Ranking ranking = Ranking::kContext,
                              std::string_view outlet_country = {},
                              std::string_view outlet_town = {},
                              std::span<const RegionShare> site_regions = {}) const;
  // The record's places: one per chosen entry, with every mention of it, in order of first
  // mention; toponyms without a choice are left out.
  std::vector<ResolvedPlace> ToPlaces(std::span<const Toponym> toponyms,
                                      std::span<const Choice> choices) const;
  // The gazetteer entries a name as written can be (variants tried: "the X", "X's", "X County"
  // as X); a nationality word given as a place stands for its country.
  std::vector<uint32_t> Candidates(std::string_view surface) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  // For a given name with no reading of its own: the towns and counties of a part of a town
  // ("South Los Angeles"), of a unit named with its kind ("Town of Groton") or of a water, park
  // or station named after them ("the Passaic River", "Lake Geneva"); |folded| is the folded
  // name. |vicinity| is false only for a unit named with its kind, which is the town itself.
  struct TownReadings {
    std::vector<uint32_t> entries;
    bool vicinity = false;
  };
  TownReadings TownOfAPart(std::string_view folded) const;

  Gazetteer gazetteer_;
};

class PlaceStage : public Stage {
 public:
  explicit PlaceStage(Gazetteer gazetteer) : resolver_(std::move(gazetteer)) {}
  std::string_view Name() const override { return "places.v1"; }
  std::vector<std::string> Reads() const override { return {"text", "sentences", "entities"}; }
  std::vector<std::string> Writes() const override { return {"places"}; }
  Status Run(Article& article) const override;

 private:
  PlaceResolver resolver_;
};

}  // namespace sitrep::places
