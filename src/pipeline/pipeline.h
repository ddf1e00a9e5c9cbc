// Pipeline: an ordered list of stages run over one Article, checked once at construction.
//
// Create() refuses a list in which a stage reads a layer that neither the reader nor an earlier
// stage writes (spaCy's analyze_pipes), so a mis-ordered registry fails at start-up, not with
// silently empty layers. Run() is const and the stages are read-only, so one Pipeline serves
// every thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/result.h"
#include "core/stage.h"
#include "read/read_options.h"

namespace sitrep {

class Pipeline {
 public:
  // |notices| are conditions of the whole run, such as a stage left out because its model is
  // missing: the command line prints them once, not once per article.
  static Result<Pipeline> Create(std::vector<std::unique_ptr<Stage>> stages,
                                 std::vector<std::string> notices = {});

  // Runs every stage in order and records its name in article.stages. Stops at the first
  // failing stage and returns its status, naming the stage.
  Status Run(Article& article) const;

  // Read, then run: the whole analysis of one input. |name| is for format detection and messages.
  Result<Article> Analyze(std::string_view bytes, std::string_view name,
                          const ReadOptions& options) const;

  std::vector<std::string_view> StageNames() const;
  const std::vector<std::string>& Notices() const { return notices_; }

 private:
  Pipeline(std::vector<std::unique_ptr<Stage>> stages, std::vector<std::string> notices)
      : stages_(std::move(stages)), notices_(std::move(notices)) {}
  std::vector<std::unique_ptr<Stage>> stages_;
  std::vector<std::string> notices_;
};

}  // namespace sitrep
