// The place relations stage: where the text places something by its bearing and distance from
// another place ("10 kilometers west of the front line", "north of Bakhmut", "on the outskirts
// of Kyiv", "30 miles from Mosul"): the `place_relations` layer, place_relations.v1.
//
// A war report locates the fighting by such phrases far more often than by a village's name, and
// a map that drops them draws the fighting in the town they are measured from. Each relation
// keeps its words, its kind, its bearing and its distance in km as written, the anchor (a place
// of the places layer, or a line that is none: "the front line", "the border"), the place it
// locates when the sentence names one right before it ("Chasiv Yar, 10 kilometers west of ..."),
// and, when the anchor is a point and the bearing and distance are both given, the point they
// lead to: an estimate, as precise as the writer's round numbers.
//
// Not for: resolving the anchor (the places stage does), directions that are no relation
// ("eastern Ukraine" is a region of the gazetteer), or routes ("from Kyiv to Lviv").
// Tested by place_relations_test.cc.
#pragma once

#include <string_view>

#include "core/stage.h"

namespace sitrep::places {

class PlaceRelationStage final : public Stage {
 public:
  std::string_view Name() const override { return "place_relations.v1"; }
  std::vector<std::string> Reads() const override { return {"sentences", "places"}; }
  std::vector<std::string> Writes() const override { return {"place_relations"}; }
  Status Run(Article& article) const override;
};

}  // namespace sitrep::places
