// Pipeline validation and running. Tested by pipeline_test.cc.
#include "pipeline/pipeline.h"

#include <algorithm>

#include "read/reader.h"

namespace sitrep {

Result<Pipeline> Pipeline::Create(std::vector<std::unique_ptr<Stage>> stages,
                                  std::vector<std::string> notices) {
  std::vector<std::string> written = ReaderLayers();
  for (const auto& stage : stages) {
    for (const std::string& layer : stage->Reads()) {
      if (std::find(written.begin(), written.end(), layer) == written.end()) {
        return Status(ErrorCode::kInternal, "stage " + std::string(stage->Name()) + " reads '" +
                                                layer + "', which no earlier stage writes");
      }
    }
    for (const std::string& layer : stage->Writes()) written.push_back(layer);
  }
  return Pipeline(std::move(stages), std::move(notices));
}

Status Pipeline::Run(Article& article) const {
  for (const auto& stage : stages_) {
    const Status status = stage->Run(article);
    if (!status.ok()) {
      return Status(status.code(), std::string(stage->Name()) + ": " + status.message());
    }
    article.stages.emplace_back(stage->Name());
  }
  return Status::Ok();
}

Result<Article> Pipeline::Analyze(std::string_view bytes, std::string_view name,
                                  const ReadOptions& options) const {
  SITREP_ASSIGN_OR_RETURN(Article article, ReadArticle(bytes, name, options));
  SITREP_RETURN_IF_ERROR(Run(article));
  return article;
}

std::vector<std::string_view> Pipeline::StageNames() const {
  std::vector<std::string_view> names;
  for (const auto& stage : stages_) names.push_back(stage->Name());
  return names;
}

}  // namespace sitrep
