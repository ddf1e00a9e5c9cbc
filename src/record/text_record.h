// The record for a person to read (`sitrep analyze --format text`): metadata as aligned fields,
// then the body with each paragraph numbered and each sentence on a line of its own, so a reader
// can check the segmentation at a glance. Carries the same facts as the JSON record.
#pragma once

#include <string>

#include "core/article.h"

namespace sitrep {

// Ends with a newline.
std::string ToText(const Article& article);

}  // namespace sitrep
