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

TEST(NerTrainer, RunsAreAveragedDeterministically) {
  Result<ConllCorpus> corpus = ParseConll(kToy);
  ASSERT_TRUE(corpus.ok());
  TrainOptions options;
  options.hash_bits = 12;
  options.epochs = 3;
  options.runs = 3;
  const std::string a = SerialiseModel(TrainNer(corpus.value(), nullptr, options, nullptr).value());
  const std::string b = SerialiseModel(TrainNer(corpus.value(), nullptr, options, nullptr).value());
  EXPECT_EQ(a, b);
  options.runs = 1;
  const std::string one =
      SerialiseModel(TrainNer(corpus.value(), nullptr, options, nullptr).value());
  EXPECT_NE(a, one);
  options.runs = 0;
  EXPECT_FALSE(TrainNer(corpus.value(), nullptr, options, nullptr).ok());
}

// Documents where a name's second sentence ("X came .") says nothing of its type and the first
// does: people after "Mr", places after "in".
std::string TwoSentenceDocuments() {
  std::string out;
  const char* people[] = {"Kowal", "Nowak", "Bauer", "Rossi", "Silva", "Dubois", "Moreau", "Weber"};
  const char* places[] = {"Lodz", "Gdynia", "Opole", "Turin", "Porto", "Lyon", "Nantes", "Bonn"};
  for (int i = 0; i < 8; ++i) {
    out += "-DOCSTART- -X- O O\n\nMr NNP O O\n" + std::string(people[i]) +
           " NNP O I-PER\nspoke VBD O O\n. . O O\n\n" + people[i] +
           " NNP O I-PER\ncame VBD O O\n. . O O\n\n";
    out += "-DOCSTART- -X- O O\n\nin IN O O\n" + std::string(places[i]) +
           " NNP O I-LOC\ntoday NN O O\n. . O O\n\n" + places[i] +
           " NNP O I-LOC\ncame VBD O O\n. . O O\n\n";
  }
  return out;
}

TEST(NerTrainer, SecondPassCarriesATypeAcrossSentences) {
  Result<ConllCorpus> corpus = ParseConll(TwoSentenceDocuments());
  ASSERT_TRUE(corpus.ok());
  TrainOptions options;
  options.hash_bits = 16;
  options.epochs = 10;
  options.folds = 3;  // documents alternate people/places: an even split would sort them apart
  Result<ModelWeights> weights = TrainNer(corpus.value(), nullptr, options, nullptr);
  ASSERT_TRUE(weights.ok()) << weights.status().ToString();
  Result<NerModel> model = NerModel::FromBytes(SerialiseModel(weights.value()));
  ASSERT_TRUE(model.ok());
  EXPECT_TRUE(model.value().second_pass());
  // An unseen name: its second sentence is the same in both documents.
  const auto person =
      model.value().TagDocument({{"Mr", "Zyx", "spoke", "."}, {"Zyx", "came", "."}});
  const auto place = model.value().TagDocument({{"in", "Zyx", "today", "."}, {"Zyx", "came", "."}});
  EXPECT_EQ(TagName(person[1][0]), "B-PER");
  EXPECT_EQ(TagName(place[1][0]), "B-LOC");
}

TEST(NerTrainer, FoldsMustSplitTheData) {
  Result<ConllCorpus> corpus = ParseConll(kToy);
  ASSERT_TRUE(corpus.ok());
  TrainOptions options;
  options.folds = 1;
  EXPECT_FALSE(TrainNer(corpus.value(), nullptr, options, nullptr).ok());
  options.second_pass = false;
  options.hash_bits = 12;
  Result<ModelWeights> one_pass = TrainNer(corpus.value(), nullptr, options, nullptr);
  ASSERT_TRUE(one_pass.ok());
  EXPECT_FALSE(NerModel::FromBytes(SerialiseModel(one_pass.value())).value().second_pass());
}

TEST(NerTrainer, NeedsGold) {
  Result<ConllCorpus> words = ParseConll("Hello\nworld\n");
  ASSERT_TRUE(words.ok());
  EXPECT_FALSE(TrainNer(words.value(), nullptr, {}, nullptr).ok());
}

}  // namespace
}  // namespace sitrep::ner
