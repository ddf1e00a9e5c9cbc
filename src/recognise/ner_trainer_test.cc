#include "recognise/ner_trainer.h"

#include <gtest/gtest.h>

namespace sitrep::ner {
namespace {

// A toy corpus the perceptron must fit: names after "Mr", places after "in".
const char* kToy =
    "Mr NNP O O\nSmith NNP O I-PER\nlives VBZ O O\nin IN O O\nParis NNP O I-LOC\n. . O O\n\n"
    "Mr NNP O O\nJones NNP O I-PER\nworks VBZ O O\nin IN O O\nBerlin NNP O I-LOC\n. . O O\n\n"
    "The DT O O\nUN NNP O I-ORG\nmet VBD O O\nin IN O O\nRome NNP O I-LOC\n. . O O\n\n"
    "Mr NNP O O\nBrown NNP O I-PER\nflew VBD O O\nto TO O O\nOslo NNP O I-LOC\n. . O O\n";

TEST(NerTrainer, FitsATinyCorpus) {
  Result<ConllCorpus> corpus = ParseConll(kToy);
  ASSERT_TRUE(corpus.ok());
  TrainOptions options;
  options.hash_bits = 14;
  options.epochs = 10;
  Result<ModelWeights> weights = TrainNer(corpus.value(), nullptr, options, nullptr);
  ASSERT_TRUE(weights.ok()) << weights.status().ToString();
  Result<NerModel> model = NerModel::FromBytes(SerialiseModel(weights.value()));
  ASSERT_TRUE(model.ok());
  const auto tags = model.value().TagDocument({{"Mr", "Smith", "lives", "in", "Paris", "."}});
  EXPECT_EQ(TagName(tags[0][1]), "B-PER");
  EXPECT_EQ(TagName(tags[0][4]), "B-LOC");
  EXPECT_EQ(TagName(tags[0][2]), "O");
}

TEST(NerTrainer, SameSeedSameModelOtherSeedOtherOrder) {
  Result<ConllCorpus> corpus = ParseConll(kToy);
  ASSERT_TRUE(corpus.ok());
  TrainOptions options;
  options.hash_bits = 12;
  options.epochs = 3;
  options.seed = 42;
  const std::string a = SerialiseModel(TrainNer(corpus.value(), nullptr, options, nullptr).value());
  const std::string b = SerialiseModel(TrainNer(corpus.value(), nullptr, options, nullptr).value());
  EXPECT_EQ(a, b);
  options.seed = 43;
  const std::string c = SerialiseModel(TrainNer(corpus.value(), nullptr, options, nullptr).value());
  EXPECT_NE(a, c);
}

TEST(NerTrainer, NeedsGold) {
  Result<ConllCorpus> words = ParseConll("Hello\nworld\n");
  ASSERT_TRUE(words.ok());
  EXPECT_FALSE(TrainNer(words.value(), nullptr, {}, nullptr).ok());
}

}  // namespace
}  // namespace sitrep::ner
