// The stage list. Tested by pipeline_test.cc.
#include "pipeline/registry.h"

#include "segment/sentences.h"

namespace sitrep {

Result<Pipeline> DefaultPipeline() {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<SentenceSegmenter>());
  return Pipeline::Create(std::move(stages));
}

}  // namespace sitrep
