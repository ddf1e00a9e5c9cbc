// The stage list. Tested by pipeline_test.cc.
#include "pipeline/registry.h"

#include "recognise/entities.h"
#include "segment/sentences.h"

namespace sitrep {
namespace {

// The NER model, loaded once per process and shared by every pipeline and thread (it is
// read-only). A missing or unreadable model leaves the entities stage without one: the stage
// says so in each record's warnings, and reading and segmenting still work.
EntityRecogniser MakeEntityRecogniser() {
  static const Result<ner::NerModel> kModel = ner::NerModel::Load(ner::DefaultModelPath());
  if (!kModel.ok()) return EntityRecogniser::WithoutModel(kModel.status().ToString());
  return EntityRecogniser(kModel.value());
}

}  // namespace

Result<Pipeline> DefaultPipeline() {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<SentenceSegmenter>());
  stages.push_back(std::make_unique<EntityRecogniser>(MakeEntityRecogniser()));
  return Pipeline::Create(std::move(stages));
}

}  // namespace sitrep
