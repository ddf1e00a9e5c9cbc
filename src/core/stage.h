// Stage: one step of the pipeline over an Article (spaCy's component protocol).
//
// A stage reads some layers and writes others, named so that Pipeline::Validate can check at
// start-up that every layer a stage reads is written by a reader or an earlier stage. Its name
// carries a version ("sentences.v1") that is written into every record, so a stored fact can be
// traced to the code that made it. A stage knows nothing of files, storage, the CLI or the server.
//
// Stages hold only read-only state after construction (models, lexicons), so one instance may
// run on many articles in many threads at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/result.h"

namespace sitrep {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view Name() const = 0;
  virtual std::vector<std::string> Reads() const = 0;
  virtual std::vector<std::string> Writes() const = 0;
  virtual Status Run(Article& article) const = 0;
};

// The layers every reader provides, so stages may read them without declaring a writer.
inline const std::vector<std::string>& ReaderLayers() {
  static const std::vector<std::string> kLayers = {"metadata", "text", "paragraphs", "images",
                                                   "links"};
  return kLayers;
}

}  // namespace sitrep
