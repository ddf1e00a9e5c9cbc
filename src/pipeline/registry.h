// The one list of the stages sitrep runs, in order. Adding a stage is a line in registry.cc's
// table and one where it is built; there is no static self-registration, because linkers drop
// unreferenced objects from static libraries and a stage would silently vanish.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "pipeline/pipeline.h"
#include "resolve/gazetteer.h"

namespace sitrep {

// The default pipeline, validated, less the stages named in |exclude| (spaCy's `exclude`: an
// extraction-only run leaves out the recognisers, and a run without places need not map the
// gazetteer). Fails with kInvalidArgument on a name that is not a stage or on leaving out a
// stage that a kept one needs; otherwise only on a programming error in the list.
Result<Pipeline> DefaultPipeline(const std::vector<std::string>& exclude = {});

// The names |exclude| takes, in the order the stages run.
std::vector<std::string_view> DefaultStageNames();

// The gazetteer the default pipeline's places stage resolves with, mapped once per process; null
// when it could not be loaded (the pipeline then has no places stage).
const places::Gazetteer* DefaultGazetteer();

}  // namespace sitrep
