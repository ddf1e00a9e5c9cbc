#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include "pipeline/registry.h"

namespace sitrep {
namespace {

class FakeStage : public Stage {
 public:
  FakeStage(std::string name, std::vector<std::string> reads, std::vector<std::string> writes,
            bool fail = false)
      : name_(std::move(name)), reads_(std::move(reads)), writes_(std::move(writes)), fail_(fail) {}
  std::string_view Name() const override { return name_; }
  std::vector<std::string> Reads() const override { return reads_; }
  std::vector<std::string> Writes() const override { return writes_; }
  Status Run(Article& article) const override {
    if (fail_) return Status(ErrorCode::kInternal, "broke");
    article.warnings.push_back(name_);
    return Status::Ok();
  }

 private:
  std::string name_;
  std::vector<std::string> reads_, writes_;
  bool fail_;
};

std::vector<std::unique_ptr<Stage>> Stages(std::vector<FakeStage> list) {
  std::vector<std::unique_ptr<Stage>> out;
  for (FakeStage& s : list) out.push_back(std::make_unique<FakeStage>(std::move(s)));
  return out;
}

TEST(Pipeline, RefusesAStageThatReadsALayerNobodyWrote) {
  const Result<Pipeline> p = Pipeline::Create(Stages({{"dates.v1", {"sentences"}, {"dates"}}}));
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("dates.v1 reads 'sentences'"), std::string::npos);
}

TEST(Pipeline, AcceptsReaderLayersAndEarlierWrites) {
  const Result<Pipeline> p =
      Pipeline::Create(Stages({{"sentences.v1", {"text", "paragraphs"}, {"sentences"}},
                               {"dates.v1", {"sentences"}, {"dates"}}}));
  ASSERT_TRUE(p.ok());
  Article a;
  ASSERT_TRUE(p.value().Run(a).ok());
  EXPECT_EQ(a.warnings, (std::vector<std::string>{"sentences.v1", "dates.v1"}));
  EXPECT_EQ(a.stages, (std::vector<std::string>{"sentences.v1", "dates.v1"}));
}

TEST(Pipeline, KeepsTheRunsNotices) {
  auto pipeline = Pipeline::Create({}, {"no entities: no model"});
  ASSERT_TRUE(pipeline.ok());
  EXPECT_EQ(pipeline.value().Notices(), std::vector<std::string>{"no entities: no model"});
}

TEST(Pipeline, AFailingStageNamesItself) {
  const Result<Pipeline> p = Pipeline::Create(Stages({{"bad.v1", {}, {"x"}, true}}));
  Article a;
  const Status s = p.value().Run(a);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "bad.v1: broke");
}

TEST(Registry, DefaultPipelineValidatesAndSegments) {
  const Result<Pipeline> p = DefaultPipeline();
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  // The entities stage runs only with a model (`make model`), and the places stage only with
  // the entities stage and a gazetteer (`make gazetteer`), the place relations stage after it;
  // without them the run says why.
  const std::vector<std::string>& notices = p.value().Notices();
  const bool have_model = notices.empty() || !notices[0].starts_with("no entities: ");
  const bool have_places = notices.empty();
  std::vector<std::string_view> names = {"sentences.v1"};
  if (have_model) names.push_back("entities.v1");
  if (have_places) names.insert(names.end(), {"places.v1", "place_relations.v1"});
  names.push_back("dates.v1");
  EXPECT_EQ(p.value().StageNames(), names);
  if (!have_places) {
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_TRUE(notices[0].starts_with(have_model ? "no places: " : "no entities: ")) << notices[0];
  }
  ReadOptions options;
  options.format = InputFormat::kText;
  const Article a =
      p.value().Analyze("One sentence. Another one.\n\nA second paragraph.", "-", options).value();
  EXPECT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.sentences.size(), 3u);
  std::vector<std::string> stages = {"read.text.v1", "sentences.v1"};
  if (have_model) stages.push_back("entities.v1");
  if (have_places) stages.insert(stages.end(), {"places.v1", "place_relations.v1"});
  stages.push_back("dates.v1");
  EXPECT_EQ(a.stages, stages);
}

TEST(Registry, ExcludedStagesDoNotRunAndAreNotMissed) {
  const Result<Pipeline> p = DefaultPipeline({"entities", "places", "place_relations", "dates"});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p.value().StageNames(), std::vector<std::string_view>{"sentences.v1"});
  // Left out on purpose, the entities stage is no loss to report, model or none.
  EXPECT_TRUE(p.value().Notices().empty());
  ReadOptions options;
  options.format = InputFormat::kText;
  const Article a =
      p.value().Analyze("On Monday it rained. Then it stopped.", "-", options).value();
  EXPECT_EQ(a.sentences.size(), 2u);
  EXPECT_TRUE(a.dates.empty());
  EXPECT_EQ(a.stages, (std::vector<std::string>{"read.text.v1", "sentences.v1"}));
}

TEST(Registry, ExcludingEveryStageStillReads) {
  const Result<Pipeline> p =
      DefaultPipeline({"sentences", "entities", "places", "place_relations", "dates"});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_TRUE(p.value().StageNames().empty());
  ReadOptions options;
  options.format = InputFormat::kText;
  const Article a = p.value().Analyze("One. Two.\n\nThree.", "-", options).value();
  EXPECT_EQ(a.paragraphs.size(), 2u);
  EXPECT_TRUE(a.sentences.empty());
}

TEST(Registry, AnUnknownStageNamesTheKnownOnes) {
  const Result<Pipeline> p = DefaultPipeline({"dates", "ner"});
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(p.status().message(),
            "no stage named 'ner' (the stages: sentences, entities, places, place_relations, "
            "dates)");
}

TEST(Registry, AStageGoesOnlyWithTheStagesThatNeedIt) {
  const Result<Pipeline> p = DefaultPipeline({"entities"});
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(p.status().message(),
            "places,place_relations need what it leaves out: exclude places,place_relations as "
            "well");
  // The segmenter is needed by everything after it.
  EXPECT_EQ(DefaultPipeline({"sentences", "dates"}).status().message(),
            "entities,places,place_relations need what it leaves out: exclude "
            "entities,places,place_relations as well");
  EXPECT_TRUE(DefaultPipeline({"place_relations"}).ok());
}

}  // namespace
}  // namespace sitrep
