#include "cli/analyze_command.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "pipeline/registry.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

// Runs the analyze loop with stdout and stderr captured in memory.
struct Outcome {
  int status;
  std::string out, err;
};

Outcome Analyze(AnalyzeOptions options) {
  char* out_buf = nullptr;
  char* err_buf = nullptr;
  size_t out_size = 0, err_size = 0;
  FILE* out = open_memstream(&out_buf, &out_size);
  FILE* err = open_memstream(&err_buf, &err_size);
  const int status = RunAnalyze(DefaultPipeline().value(), options, out, err);
  std::fclose(out);
  std::fclose(err);
  Outcome run{status, std::string(out_buf, out_size), std::string(err_buf, err_size)};
  std::free(out_buf);
  std::free(err_buf);
  return run;
}

// What stderr holds for a clean run: the run's notices (none when the NER model is built).
std::string CleanRunErr() { return NoticeLines(DefaultPipeline().value()); }

class AnalyzeCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/sitrep_cli_test_XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string p = dir_ + "/" + name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  std::string dir_;
};

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> records;
  size_t start = 0;
  for (size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1) {
    records.push_back(nlohmann::json::parse(out.substr(start, nl - start)));
  }
  return records;
}

TEST_F(AnalyzeCommand, OneInputPrintsOneObject) {
  AnalyzeOptions options;
  options.inputs = {Write("a.txt", "Talks resumed. Both sides came.")};
  const Outcome run = Analyze(options);
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.err, CleanRunErr());
  const auto j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["sentences"].size(), 2u);
}

TEST_F(AnalyzeCommand, BadInputsAreReportedAndTheBatchGoesOn) {
  ASSERT_EQ(truncate(Write("huge.txt", "").c_str(), 200ll << 20), 0);
  AnalyzeOptions options;
  options.inputs = {Write("good1.txt", "First good one."),
                    Write("empty.txt", ""),
                    Write("junk.html", std::string("\x7f"
                                                   "ELF\x02\x01\x01\0\0\0\0",
                                                   12)),
                    dir_ + "/missing.md",
                    dir_ + "/huge.txt",
                    Write("stray.txt", "Talks in \u041A\u0438\u0457\u0432 resumed \xFF today."),
                    Write("good2.md", "# Title\n\nSecond good one.\n")};
  const Outcome run = Analyze(options);
  EXPECT_EQ(run.status, 1);
  const auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0]["text"], "First good one.");
  EXPECT_EQ(records[1]["text"], "Talks in \u041A\u0438\u0457\u0432 resumed \uFFFD today.");
  EXPECT_EQ(records[2]["title"], "Title");
  for (const char* expected : {"empty.txt: E103 empty input", "junk.html: E104 binary input",
                               "missing.md: E101 cannot open", "huge.txt: E105 too large",
                               "stray.txt: warning: invalid UTF-8"}) {
    EXPECT_NE(run.err.find(expected), std::string::npos) << expected << "\n" << run.err;
  }
}

TEST_F(AnalyzeCommand, JsonlForcesOneLinePerRecord) {
  AnalyzeOptions options;
  options.inputs = {Write("a.txt", "Just one.")};
  options.jsonl = true;
  const Outcome run = Analyze(options);
  EXPECT_EQ(Lines(run.out).size(), 1u);
  EXPECT_EQ(run.out.find('\n'), run.out.size() - 1);
}

TEST_F(AnalyzeCommand, TextFormatAndStats) {
  AnalyzeOptions options;
  options.inputs = {Write("a.txt", "One. Two.")};
  options.format = OutputFormat::kText;
  options.stats = true;
  const Outcome run = Analyze(options);
  EXPECT_NE(run.out.find("[1]\n  One.\n  Two.\n"), std::string::npos);
  EXPECT_NE(run.err.find("sitrep: 1 read, 0 failed"), std::string::npos);
}

TEST_F(AnalyzeCommand, DirectoryStandsForTheFilesUnderIt) {
  fs::create_directories(dir_ + "/in/sub");
  fs::create_directories(dir_ + "/in/b");
  fs::create_directories(dir_ + "/in/.git");
  Write("in/b.txt", "Second.");
  Write("in/a.md", "# A\n\nFirst.\n");
  Write("in/b/d.txt", "Third.");
  Write("in/sub/c.txt", "Fourth.");
  Write("in/.hidden.txt", "Hidden file.");
  Write("in/.git/config", "Hidden directory.");
  // A link back up the tree must not be walked round and round.
  fs::create_directory_symlink(dir_ + "/in", dir_ + "/in/sub/loop");
  AnalyzeOptions options;
  options.inputs = {dir_ + "/in"};
  const Outcome run = Analyze(options);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, CleanRunErr());
  // One directory is still a stream: JSON Lines, in path order ("b.txt" before "b/d.txt").
  const auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 4u) << run.out;
  EXPECT_EQ(records[0]["source"], dir_ + "/in/a.md");
  EXPECT_EQ(records[1]["source"], dir_ + "/in/b.txt");
  EXPECT_EQ(records[2]["source"], dir_ + "/in/b/d.txt");
  EXPECT_EQ(records[3]["source"], dir_ + "/in/sub/c.txt");
  EXPECT_EQ(records[3]["text"], "Fourth.");
}

TEST_F(AnalyzeCommand, EmptyDirectoryIsAnErrorForThatArgument) {
  fs::create_directories(dir_ + "/empty");
  Write("empty/.only-hidden", "x");
  AnalyzeOptions options;
  options.inputs = {dir_ + "/empty", Write("good.txt", "Still read.")};
  const Outcome run = Analyze(options);
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("sitrep: " + dir_ + "/empty: E103 empty input"), std::string::npos)
      << run.err;
  const auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["text"], "Still read.");
}

TEST_F(AnalyzeCommand, CompressedAndLegacyEncodedInputs) {
  // gzip of "Talks resumed in Kyiv on Monday.\n", under a name that does not say so.
  const std::string gz(
      "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x0b\x49\xcc\xc9\x2e\x56\x28\x4a\x2d\x2e\xcd\x4d"
      "\x4d\x51\xc8\xcc\x53\xf0\xae\xcc\x2c\x53\xc8\xcf\x53\xf0\xcd\xcf\x4b\x49\xac\xd4\xe3\x02"
      "\x00\xb2\x78\xa7\xc2\x21\x00\x00\x00",
      53);
  std::string utf16 = "\xFF\xFE";
  for (const char16_t c : std::u16string_view(u"Talks resumed in Київ.")) {
    utf16.push_back(static_cast<char>(c & 0xFF));
    utf16.push_back(static_cast<char>(c >> 8));
  }
  // "Переговоры возобновились в Киеве." in windows-1251.
  const std::string cp1251 =
      "\xcf\xe5\xf0\xe5\xe3\xee\xe2\xee\xf0\xfb\x20\xe2\xee\xe7\xee\xe1\xed\xee\xe2\xe8\xeb\xe8"
      "\xf1\xfc\x20\xe2\x20\xca\xe8\xe5\xe2\xe5\x2e";
  AnalyzeOptions options;
  options.inputs = {Write("story", gz), Write("utf16.txt", utf16), Write("cp1251.txt", cp1251),
                    Write("cut.gz", gz.substr(0, 30))};
  const Outcome run = Analyze(options);
  EXPECT_EQ(run.status, 1);
  const auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 3u) << run.err;
  EXPECT_EQ(records[0]["text"], "Talks resumed in Kyiv on Monday.\n");
  EXPECT_EQ(records[0]["warnings"].size(), 0u);
  EXPECT_EQ(records[1]["text"], "Talks resumed in Київ.");
  EXPECT_EQ(records[2]["text"], "Переговоры возобновились в Киеве.");
  for (const char* expected :
       {"utf16.txt: warning: decoded from UTF-16LE",
        "cp1251.txt: warning: decoded from windows-1251",
        "cut.gz: E107 corrupt archive: ", "truncated gzip stream after 30 bytes"}) {
    EXPECT_NE(run.err.find(expected), std::string::npos) << expected << "\n" << run.err;
  }
}

}  // namespace
}  // namespace sitrep
