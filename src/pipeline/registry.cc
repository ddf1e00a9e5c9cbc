// The stage list. Tested by pipeline_test.cc.
#include "pipeline/registry.h"

#include <algorithm>

#include "recognise/entities.h"
#include "resolve/dates.h"
#include "resolve/place_relations.h"
#include "resolve/places.h"
#include "segment/sentences.h"

namespace sitrep {
namespace {

// The NER model, loaded once per process and shared by every pipeline and thread (it is
// read-only). Loaded on first use, so a run that leaves the entities stage out never reads it.
const Result<ner::NerModel>& EntityModel() {
  static const Result<ner::NerModel> kModel = ner::NerModel::Load(ner::DefaultModelPath());
  return kModel;
}

// The gazetteer, mapped once per process like the model.
const Result<places::Gazetteer>& PlaceGazetteer() {
  static const Result<places::Gazetteer> kGazetteer =
      places::Gazetteer::Load(places::DefaultGazetteerPath());
  return kGazetteer;
}

// Each stage by the name --exclude takes, and the stage whose layer it cannot run without. The
// layers themselves are checked by Pipeline::Create once the stages are built; this table lets a
// run refuse an exclusion before loading a model for a stage it would then have to drop.
struct StageEntry {
  std::string_view name;
  std::string_view needs;
};
constexpr StageEntry kStages[] = {{"sentences", ""},
                                  {"entities", "sentences"},
                                  {"places", "entities"},
                                  {"place_relations", "places"},
                                  {"dates", "sentences"}};

// Errors in --exclude are the user's, so they say what would be accepted.
Status CheckExclusions(const std::vector<std::string>& exclude) {
  auto excluded = [&](std::string_view name) {
    return std::find(exclude.begin(), exclude.end(), name) != exclude.end();
  };
  for (const std::string& name : exclude) {
    if (std::none_of(std::begin(kStages), std::end(kStages),
                     [&](const StageEntry& e) { return e.name == name; })) {
      std::string list;
      for (const StageEntry& e : kStages) list += (list.empty() ? "" : ", ") + std::string(e.name);
      return Status(ErrorCode::kInvalidArgument,
                    "no stage named '" + name + "' (the stages: " + list + ")");
    }
  }
  // In run order, so that a stage that needs one needing an excluded stage is found as well.
  std::vector<std::string_view> gone(exclude.begin(), exclude.end()), stranded;
  for (const StageEntry& e : kStages) {
    const bool needs_gone = std::find(gone.begin(), gone.end(), e.needs) != gone.end();
    if (needs_gone && !excluded(e.name)) {
      stranded.push_back(e.name);
      gone.push_back(e.name);
    }
  }
  if (!stranded.empty()) {
    std::string list;
    for (std::string_view name : stranded) list += (list.empty() ? "" : ",") + std::string(name);
    return Status(ErrorCode::kInvalidArgument, list + (stranded.size() == 1 ? " needs" : " need") +
                                                   " what it leaves out: exclude " + list +
                                                   " as well");
  }
  return Status::Ok();
}

}  // namespace

std::vector<std::string_view> DefaultStageNames() {
  std::vector<std::string_view> names;
  for (const StageEntry& e : kStages) names.push_back(e.name);
  return names;
}

const places::Gazetteer* DefaultGazetteer() {
  return EntityModel().ok() && PlaceGazetteer().ok() ? &PlaceGazetteer().value() : nullptr;
}

Result<Pipeline> DefaultPipeline(const std::vector<std::string>& exclude) {
  SITREP_RETURN_IF_ERROR(CheckExclusions(exclude));
  auto wanted = [&](std::string_view name) {
    return std::find(exclude.begin(), exclude.end(), name) == exclude.end();
  };
  std::vector<std::unique_ptr<Stage>> stages;
  std::vector<std::string> notices;
  if (wanted("sentences")) stages.push_back(std::make_unique<SentenceSegmenter>());
  // Without a model the entities stage is left out, so no record claims entities.v1 ran, and
  // the run says so once; reading and segmenting still work. A run that excludes the stage
  // neither loads the model nor hears of it.
  if (wanted("entities") && !EntityModel().ok()) {
    notices.push_back("no entities: " + EntityModel().status().ToString() +
                      " (`make model` trains it from ../shared/data)");
  } else if (wanted("entities")) {
    stages.push_back(std::make_unique<EntityRecogniser>(EntityModel().value()));
    // Places are found among the entities, so they need the model as well as the gazetteer.
    if (wanted("places") && !PlaceGazetteer().ok()) {
      notices.push_back("no places: " + PlaceGazetteer().status().ToString());
    } else if (wanted("places")) {
      stages.push_back(std::make_unique<places::PlaceStage>(PlaceGazetteer().value()));
      if (wanted("place_relations")) {
        stages.push_back(std::make_unique<places::PlaceRelationStage>());
      }
    }
  }
  if (wanted("dates")) stages.push_back(std::make_unique<DatesStage>());
  return Pipeline::Create(std::move(stages), std::move(notices));
}

}  // namespace sitrep
