#include "cli/ner_commands.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/command_output_testing.h"
#include "recognise/ner_model.h"
#include "recognise/place_names.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

const char* kToy =
    "Mr NNP O O\nSmith NNP O I-PER\nlives VBZ O O\nin IN O O\nParis NNP O I-LOC\n. . O O\n\n"
    "-DOCSTART- -X- O O\n\n"
    "Mr NNP O O\nJones NNP O I-PER\nworks VBZ O O\nin IN O O\nBerlin NNP O I-LOC\n. . O O\n";

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class NerCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sitrep_ner_cmd_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "toy.conll") << kToy;
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(NerCommands, TrainThenTagKeepsEveryLine) {
  TrainNerOptions train;
  train.train = train.dev = (dir_ / "toy.conll").string();
  train.out = (dir_ / "ner.bin").string();
  train.hash_bits = 14;
  train.epochs = 5;
  train.command = "sitrep train ner (test)";
  const Captured trained = Capture([&](FILE*, FILE* err) { return RunTrainNer(train, err); });
  ASSERT_EQ(trained.status, 0) << trained.err;
  const auto meta = nlohmann::json::parse(Slurp(dir_ / "ner.bin.meta.json"));
  EXPECT_EQ(meta["seed"], 1);
  EXPECT_TRUE(meta["dev"]["overall"].contains("f1"));

  TagConllOptions tag{(dir_ / "toy.conll").string(), train.out, true};
  const Captured tagged = Capture([&](FILE* out, FILE* err) { return RunTagConll(tag, out, err); });
  ASSERT_EQ(tagged.status, 0) << tagged.err;
  std::istringstream lines(tagged.out), input(kToy);
  std::string got, want;
  while (std::getline(input, want)) {
    ASSERT_TRUE(std::getline(lines, got));
    if (want.empty() || want.starts_with("-DOCSTART-")) {
      EXPECT_EQ(got, want);
    } else {
      ASSERT_TRUE(got.starts_with(want + " ")) << got;
      const std::string tag_column = got.substr(want.size() + 1);
      EXPECT_TRUE(tag_column == "O" || tag_column[1] == '-') << tag_column;
    }
  }
  EXPECT_FALSE(std::getline(lines, got));
  EXPECT_NE(tagged.err.find("overall"), std::string::npos);
}

TEST_F(NerCommands, ClustersFromUnlabeledTextFeedTraining) {
  std::ofstream(dir_ / "news.txt") << "Mr Smith went to Paris.\nMr Jones went to Berlin.\n"
                                      "Mr Brown went to Rome.\nMr Smith went to Rome.\n";
  TrainClustersOptions clusters;
  clusters.vertical = {(dir_ / "toy.conll").string()};
  clusters.text = {(dir_ / "news.txt").string()};
  clusters.out = (dir_ / "paths.txt").string();
  clusters.classes = 4;
  clusters.min_count = 1;
  const Captured made = Capture([&](FILE*, FILE* err) { return RunTrainClusters(clusters, err); });
  ASSERT_EQ(made.status, 0) << made.err;
  const std::string paths = Slurp(dir_ / "paths.txt");
  EXPECT_NE(paths.find("\tSmith\t3\n"), std::string::npos) << paths;  // 1 in toy.conll, 2 here
  EXPECT_NE(paths.find("\tBerlin\t2\n"), std::string::npos) << paths;

  TrainNerOptions train;
  train.train = (dir_ / "toy.conll").string();
  train.clusters = clusters.out;
  train.out = (dir_ / "ner.bin").string();
  train.hash_bits = 14;
  train.epochs = 3;
  ASSERT_EQ(Capture([&](FILE*, FILE* err) { return RunTrainNer(train, err); }).status, 0);
  const auto meta = nlohmann::json::parse(Slurp(dir_ / "ner.bin.meta.json"));
  EXPECT_EQ(meta["clusters"], clusters.out);

  std::ofstream(dir_ / "bad.txt") << "not a paths file\n";
  train.clusters = (dir_ / "bad.txt").string();
  const Captured bad = Capture([&](FILE*, FILE* err) { return RunTrainNer(train, err); });
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.err.find("bad.txt"), std::string::npos) << bad.err;
  clusters.text = {(dir_ / "absent.txt").string()};
  EXPECT_EQ(Capture([&](FILE*, FILE* err) { return RunTrainClusters(clusters, err); }).status, 1);
  std::ofstream(dir_ / "binary.txt") << std::string("Mr \xff\xfe Smith\n");
  clusters.text = {(dir_ / "binary.txt").string()};
  const Captured binary =
      Capture([&](FILE*, FILE* err) { return RunTrainClusters(clusters, err); });
  EXPECT_EQ(binary.status, 1);
  EXPECT_NE(binary.err.find("not UTF-8"), std::string::npos) << binary.err;
}

TEST_F(NerCommands, ClustersFromEnglishPagesAndXmlTexts) {
  std::ofstream(dir_ / "en.html")
      << "<html lang=\"en\"><head><title>Talks</title></head><body><article>"
         "<p>Mr Zorbat went to Paris and Mr Zorbat went to Rome.</p></article></body></html>";
  std::ofstream(dir_ / "de.html")
      << "<html lang=\"de\"><head><title>Gespr\xC3\xA4\" \"che</title></head><body><article>"
         "<p>Herr Quenzel fuhr nach Paris und Herr Quenzel fuhr nach Rom.</p></article></body>"
         "</html>";
  std::ofstream(dir_ / "corpus.xml")
      << "<articles><article><title>Skipped</title><text><![CDATA[Mr Yilmar went to Paris. "
         "Mr Yilmar went to Rome.]]></text><lat>48.85</lat></article></articles>\n";
  TrainClustersOptions clusters;
  clusters.pages = {(dir_ / "en.html").string(), (dir_ / "de.html").string(),
                    (dir_ / "absent.html").string()};
  clusters.xml_text = {(dir_ / "corpus.xml").string()};
  clusters.out = (dir_ / "paths.txt").string();
  clusters.classes = 4;
  clusters.min_count = 1;
  const Captured made = Capture([&](FILE*, FILE* err) { return RunTrainClusters(clusters, err); });
  ASSERT_EQ(made.status, 0) << made.err;
  EXPECT_NE(made.err.find("1 of 3 pages in English"), std::string::npos) << made.err;
  const std::string paths = Slurp(dir_ / "paths.txt");
  EXPECT_NE(paths.find("\tZorbat\t2\n"), std::string::npos) << paths;
  EXPECT_NE(paths.find("\tYilmar\t2\n"), std::string::npos) << paths;
  EXPECT_EQ(paths.find("Quenzel"), std::string::npos) << paths;
  EXPECT_EQ(paths.find("Skipped"), std::string::npos) << paths;
  EXPECT_EQ(paths.find("48.85"), std::string::npos) << paths;
}

TEST_F(NerCommands, NameListsTravelInTheModel) {
  std::ofstream(dir_ / "first.txt") << "# given names\nJolanta\r\n\nSmith\n";
  std::ofstream(dir_ / "companies.txt") << "Pirelli\n";
  TrainNerOptions train;
  train.train = (dir_ / "toy.conll").string();
  train.out = (dir_ / "ner.bin").string();
  train.hash_bits = 14;
  train.epochs = 3;
  train.names = {"first-name=" + (dir_ / "first.txt").string(),
                 "company=" + (dir_ / "companies.txt").string()};
  const Captured trained = Capture([&](FILE*, FILE* err) { return RunTrainNer(train, err); });
  ASSERT_EQ(trained.status, 0) << trained.err;
  EXPECT_EQ(nlohmann::json::parse(Slurp(dir_ / "ner.bin.meta.json"))["names"].size(), 2u);
  Result<ner::NerModel> model = ner::NerModel::Load(train.out);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  auto kinds = [&](std::string_view folded) {
    return model.value().places().Find(ner::PlaceKeyOf(folded)).first;
  };
  EXPECT_EQ(kinds("jolanta"), uint32_t(ner::kNameFirst));
  EXPECT_EQ(kinds("pirelli"), uint32_t(ner::kNameCompany));
  EXPECT_EQ(kinds("given"), 0u);  // the comment line is no name

  train.names = {"surname=" + (dir_ / "first.txt").string()};
  const Captured kind = Capture([&](FILE*, FILE* err) { return RunTrainNer(train, err); });
  EXPECT_EQ(kind.status, 1);
  EXPECT_NE(kind.err.find("first-name=FILE"), std::string::npos) << kind.err;
  train.names = {"company=" + (dir_ / "absent.txt").string()};
  const Captured absent = Capture([&](FILE*, FILE* err) { return RunTrainNer(train, err); });
  EXPECT_EQ(absent.status, 1);
  EXPECT_NE(absent.err.find("absent.txt"), std::string::npos) << absent.err;
}

TEST_F(NerCommands, MissingFilesAreReported) {
  TagConllOptions tag{(dir_ / "toy.conll").string(), (dir_ / "none.bin").string(), false};
  const Captured c = Capture([&](FILE* out, FILE* err) { return RunTagConll(tag, out, err); });
  EXPECT_EQ(c.status, 1);
  EXPECT_NE(c.err.find("none.bin"), std::string::npos);
  TrainNerOptions train;
  train.train = (dir_ / "absent.conll").string();
  train.out = (dir_ / "x.bin").string();
  EXPECT_EQ(Capture([&](FILE*, FILE* err) { return RunTrainNer(train, err); }).status, 1);
  // A gazetteer that is not one is named in the error, and no model is written.
  train.train = (dir_ / "toy.conll").string();
  train.gazetteer = (dir_ / "toy.conll").string();
  const Captured bad = Capture([&](FILE*, FILE* err) { return RunTrainNer(train, err); });
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.err.find("toy.conll"), std::string::npos) << bad.err;
  EXPECT_FALSE(fs::exists(dir_ / "x.bin"));
}

}  // namespace
}  // namespace sitrep
