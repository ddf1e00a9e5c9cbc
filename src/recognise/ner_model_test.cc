#include "recognise/ner_model.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "recognise/place_names.h"
#include "recognise/viterbi.h"
#include "recognise/word_clusters.h"

namespace sitrep::ner {
namespace {

ModelWeights SmallWeights() {
  ModelWeights w;
  w.hash_bits = 10;
  w.scale = 2.5f;
  w.description = "test model";
  w.transition.assign(size_t(kTransitionRows) * kNumTags, 0);
  w.emission.assign((size_t(1) << w.hash_bits) * kNumTags, 0);
  for (size_t i = 0; i < w.emission.size(); ++i) w.emission[i] = int16_t(i * 7919 % 201 - 100);
  w.transition[3] = -12;
  return w;
}

TEST(NerModel, SaveLoadRoundTripThroughAFile) {
  const std::string bytes = SerialiseModel(SmallWeights());
  char path[] = "/tmp/sitrep_ner_model_XXXXXX";
  const int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(write(fd, bytes.data(), bytes.size()), ssize_t(bytes.size()));
  close(fd);
  Result<NerModel> mapped = NerModel::Load(path);
  std::remove(path);
  ASSERT_TRUE(mapped.ok()) << mapped.status().ToString();
  Result<NerModel> in_memory = NerModel::FromBytes(bytes);
  ASSERT_TRUE(in_memory.ok());
  EXPECT_EQ(mapped.value().description(), "test model");
  EXPECT_EQ(mapped.value().hash_bits(), 10u);
  const Document doc = {{"Sergei", "Shoigu", "visited", "Bakhmut", "."}, {"He", "left"}};
  const auto tags = mapped.value().TagDocument(doc);
  ASSERT_EQ(tags.size(), 2u);
  EXPECT_EQ(tags[0].size(), 5u);
  EXPECT_EQ(tags, in_memory.value().TagDocument(doc));
}

TEST(NerModel, WordClustersAndPlaceNamesTravelInTheFile) {
  ModelWeights w = SmallWeights();
  w.clusters = BuildClusterTable({{"Bakhmut", "0110", 9}, {"Kyiv", "0111", 20}});
  Result<NerModel> model = NerModel::FromBytes(SerialiseModel(w));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  w.places = BuildPlaceTable({{"bakhmut", kPlaceCity}});
  model = NerModel::FromBytes(SerialiseModel(w));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(FindCluster(model.value().clusters(), "Kyiv").length, 4u);
  EXPECT_EQ(FindCluster(model.value().clusters(), "Paris").length, 0u);
  EXPECT_NE(model.value().places().Find(PlaceKeyOf("bakhmut")).key, 0u);
  Result<NerModel> plain = NerModel::FromBytes(SerialiseModel(SmallWeights()));
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(plain.value().clusters().empty());
  EXPECT_TRUE(plain.value().places().empty());
}

TEST(NerModel, RefusesDamagedFiles) {
  const std::string good = SerialiseModel(SmallWeights());
  EXPECT_TRUE(NerModel::FromBytes(good).ok());
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 1;
  EXPECT_NE(NerModel::FromBytes(flipped).status().message().find("checksum"), std::string::npos);
  EXPECT_FALSE(NerModel::FromBytes(good.substr(0, good.size() - 1)).ok());
  EXPECT_FALSE(NerModel::FromBytes("not a model").ok());
  std::string other_features = good;
  other_features[12] = char(kFeatureVersion + 1);
  EXPECT_NE(NerModel::FromBytes(other_features).status().message().find("feature set"),
            std::string::npos);
  EXPECT_EQ(NerModel::Load("/nonexistent/ner.bin").status().code(), ErrorCode::kNotFound);
}

TEST(NerModel, TagsAreWellFormed) {
  Result<NerModel> model = NerModel::FromBytes(SerialiseModel(SmallWeights()));
  ASSERT_TRUE(model.ok());
  const auto tags = model.value().TagDocument({{"a", "B", "C", "d", "E", "F", "G"}});
  for (size_t i = 0; i < tags[0].size(); ++i) {
    std::optional<Tag> prev;
    if (i > 0) prev = tags[0][i - 1];
    EXPECT_TRUE(AllowedTransition(prev, tags[0][i]));
  }
}

}  // namespace
}  // namespace sitrep::ner
