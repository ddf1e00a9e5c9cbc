// The stage list. Tested by pipeline_test.cc.
#include "pipeline/registry.h"

#include "recognise/entities.h"
#include "resolve/dates.h"
#include "resolve/place_relations.h"
#include "resolve/places.h"
#include "segment/sentences.h"

namespace sitrep {
namespace {

// The NER model, loaded once per process and shared by every pipeline and thread (it is
// read-only).
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

}  // namespace

const places::Gazetteer* DefaultGazetteer() {
  return EntityModel().ok() && PlaceGazetteer().ok() ? &PlaceGazetteer().value() : nullptr;
}

Result<Pipeline> DefaultPipeline() {
  std::vector<std::unique_ptr<Stage>> stages;
  std::vector<std::string> notices;
  stages.push_back(std::make_unique<SentenceSegmenter>());
  // Without a model the entities stage is left out, so no record claims entities.v1 ran, and
  // the run says so once; reading and segmenting still work.
  if (EntityModel().ok()) {
    stages.push_back(std::make_unique<EntityRecogniser>(EntityModel().value()));
    // Places are found among the entities, so they need the model as well as the gazetteer.
    if (PlaceGazetteer().ok()) {
      stages.push_back(std::make_unique<places::PlaceStage>(PlaceGazetteer().value()));
      stages.push_back(std::make_unique<places::PlaceRelationStage>());
    } else {
      notices.push_back("no places: " + PlaceGazetteer().status().ToString());
    }
  } else {
    notices.push_back("no entities: " + EntityModel().status().ToString() +
                      " (`make model` trains it from ../shared/data)");
  }
  stages.push_back(std::make_unique<DatesStage>());
  return Pipeline::Create(std::move(stages), std::move(notices));
}

}  // namespace sitrep
