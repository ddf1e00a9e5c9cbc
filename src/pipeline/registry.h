// The one list of the stages sitrep runs, in order. Adding a stage is one line in registry.cc;
// there is no static self-registration, because linkers drop unreferenced objects from static
// libraries and a stage would silently vanish.
#pragma once

#include "core/result.h"
#include "pipeline/pipeline.h"
#include "resolve/gazetteer.h"

namespace sitrep {

// The default pipeline, validated. Fails only on a programming error in the list.
Result<Pipeline> DefaultPipeline();

// The gazetteer the default pipeline's places stage resolves with, mapped once per process; null
// when it could not be loaded (the pipeline then has no places stage).
const places::Gazetteer* DefaultGazetteer();

}  // namespace sitrep
