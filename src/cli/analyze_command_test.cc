#include "cli/analyze_command.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "pipeline/registry.h"
#include "resolve/gazetteer_testing.h"
#include "resolve/places.h"
#include "segment/sentences.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

// Runs the analyze loop with stdout and stderr captured in memory.
struct Outcome {
  int status;
  std::string out, err;
};

Outcome Analyze(const Pipeline& pipeline, const AnalyzeOptions& options) {
  char* out_buf = nullptr;
  char* err_buf = nullptr;
  size_t out_size = 0, err_size = 0;
  FILE* out = open_memstream(&out_buf, &out_size);
  FILE* err = open_memstream(&err_buf, &err_size);
  const int status = RunAnalyze(pipeline, options, out, err);
  std::fclose(out);
  std::fclose(err);
  Outcome run{status, std::string(out_buf, out_size), std::string(err_buf, err_size)};
  std::free(out_buf);
  std::free(err_buf);
  return run;
}

Outcome Analyze(const AnalyzeOptions& options) {
  return Analyze(DefaultPipeline().value(), options);
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

// A JSON Lines input: each line an article with its own address and date; bad lines are named
// by line and say why, and the stream goes on.
TEST_F(AnalyzeCommand, JsonLinesAnArticleALine) {
  const std::string lines =
      R"({"url": "https://www.reuters.com/world/2023/03/07/talks/", "html": "<html><body><article><p>Talks resumed on Monday.</p><p><a href=\"/world/next/\">Next</a></p></article></body></html>"})"
      "\n"
      "not json at all\n"
      "\n"
      R"({"id": "mine-2", "text": "Second article.", "date": "2023-03-09"})"
      "\n"
      R"({"url": "https://a.example/"})"
      "\n"
      "{\"text\": \"caf\xE9\"}\n"
      R"({"markdown": "# A title\n\nThird one.\n"})";
  AnalyzeOptions options;
  options.inputs = {Write("feed.jsonl", lines)};
  const Outcome run = Analyze(options);
  EXPECT_EQ(run.status, 1) << "some lines failed";
  const auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 3u) << run.err;
  EXPECT_EQ(records[0]["url"], "https://www.reuters.com/world/2023/03/07/talks/");
  EXPECT_EQ(records[0]["outlet"], "Reuters");
  EXPECT_EQ(records[0]["published"], "2023-03-07") << "the URL's date path";
  EXPECT_EQ(records[0]["links"][0]["url"], "https://www.reuters.com/world/next/");
  EXPECT_EQ(records[0]["source"], dir_ + "/feed.jsonl:1");
  EXPECT_EQ(records[1]["id"], "mine-2");
  EXPECT_EQ(records[1]["text"], "Second article.");
  EXPECT_EQ(records[1]["published"], "2023-03-09");
  EXPECT_EQ(records[2]["title"], "A title");
  EXPECT_EQ(records[2]["source"], dir_ + "/feed.jsonl:7");
  for (const std::string expected :
       {"feed.jsonl:2: E106 cannot parse: not JSON (at byte 2)",
        "feed.jsonl:5: E106 cannot parse: no page: expected \"html\", \"markdown\" or \"text\"",
        "feed.jsonl:6: E106 cannot parse: not valid UTF-8, as JSON must be"}) {
    EXPECT_NE(run.err.find(expected), std::string::npos) << expected << "\n" << run.err;
  }
  EXPECT_EQ(run.err.find("feed.jsonl:3"), std::string::npos) << "a blank line is no article";
}

TEST_F(AnalyzeCommand, JsonLinesByNameOrByAsAndGzipped) {
  const std::string line = R"({"text": "One line."})"
                           "\n";
  AnalyzeOptions by_name;
  by_name.inputs = {Write("feed.ndjson", line)};
  EXPECT_EQ(Lines(Analyze(by_name).out).at(0)["text"], "One line.");
  AnalyzeOptions by_flag;
  by_flag.inputs = {Write("feed", line)};
  by_flag.read.format = InputFormat::kJsonLines;
  const Outcome run = Analyze(by_flag);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.find('\n'), run.out.size() - 1) << "a stream of one is still a line";
  // gzip of {"text": "Zipped."}\n
  const std::string gz(
      "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xab\x56\x2a\x49\xad\x28\x51\xb2\x52\x50\x8a\xca"
      "\x2c\x28\x48\x4d\xd1\x53\xaa\xe5\x02\x00\x68\x11\x43\x39\x14\x00\x00\x00",
      40);
  AnalyzeOptions zipped;
  zipped.inputs = {Write("feed.jsonl.gz", gz)};
  const Outcome unzipped = Analyze(zipped);
  ASSERT_EQ(unzipped.status, 0) << unzipped.err;
  EXPECT_EQ(Lines(unzipped.out).at(0)["text"], "Zipped.");
}

TEST_F(AnalyzeCommand, ALineOverTheLimitIsReportedAndTheStreamGoesOn) {
  AnalyzeOptions options;
  options.read.max_bytes = 1000;
  options.inputs = {Write("feed.jsonl", R"({"text": ")" + std::string(3000, 'x') + "\"}\n" +
                                            R"({"text": "Short."})" + "\n")};
  const Outcome run = Analyze(options);
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("feed.jsonl:1: E105 too large: a line over the limit of 0.0 MB"),
            std::string::npos)
      << run.err;
  ASSERT_EQ(Lines(run.out).size(), 1u);
  EXPECT_EQ(Lines(run.out)[0]["text"], "Short.");
}

TEST_F(AnalyzeCommand, QuietLeavesOutWarningsButNotFailures) {
  AnalyzeOptions options;
  options.inputs = {Write("stray.txt", "Talks in \u041A\u0438\u0457\u0432 resumed \xFF today."),
                    dir_ + "/missing.txt"};
  const Outcome loud = Analyze(options);
  EXPECT_NE(loud.err.find("stray.txt: warning: invalid UTF-8"), std::string::npos) << loud.err;
  options.quiet = true;
  const Outcome quiet = Analyze(options);
  EXPECT_EQ(quiet.status, 1);
  EXPECT_EQ(quiet.out, loud.out);
  EXPECT_EQ(quiet.err.find("warning"), std::string::npos) << quiet.err;
  EXPECT_NE(quiet.err.find("missing.txt: E101 cannot open"), std::string::npos) << quiet.err;
}

// A tagger that knows two towns' names: the site memory's tests need the places stage, not the
// trained model.
class TownTagger : public Stage {
 public:
  std::string_view Name() const override { return "test-towns"; }
  std::vector<std::string> Reads() const override { return {"text"}; }
  std::vector<std::string> Writes() const override { return {"entities"}; }
  Status Run(Article& article) const override {
    for (const std::string_view town : {"Columbus", "Kearney"}) {
      for (size_t at = article.text.find(town); at != std::string::npos;
           at = article.text.find(town, at + 1)) {
        Entity e{"GPE", std::string(town), {}, {}, {}};
        e.mentions.push_back({TextField::kBody, 0, Span{uint32_t(at), uint32_t(at + town.size())}});
        article.entities.push_back(std::move(e));
      }
    }
    return Status::Ok();
  }
};

// Two Columbuses, Ohio's the larger, and a Nebraskan town.
places::Gazetteer Columbuses() {
  places::GazetteerBuilder b;
  places::AddTwoColumbuses(b);
  return places::LoadedGazetteer(b);
}

class SiteMemory : public AnalyzeCommand {
 protected:
  void SetUp() override {
    AnalyzeCommand::SetUp();
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<SentenceSegmenter>());
    stages.push_back(std::make_unique<TownTagger>());
    stages.push_back(std::make_unique<places::PlaceStage>(Columbuses()));
    pipeline_ = std::make_unique<Pipeline>(Pipeline::Create(std::move(stages)).value());
  }
  // A page of |site| (its canonical address) saying |body|.
  std::string Page(const std::string& name, const std::string& site, const std::string& body) {
    return Write(
        name, "<html><head><title>News</title><link rel=\"canonical\" href=\"https://www." + site +
                  "/news/" + name + "\"></head><body><article><p>" + body +
                  "</p></article></body></html>");
  }
  AnalyzeOptions Options(std::vector<std::string> inputs) const {
    AnalyzeOptions options;
    options.inputs = std::move(inputs);
    options.jsonl = true;
    options.gazetteer = &gazetteer_;
    return options;
  }
  // The longitude of each record's first place, in input order.
  static std::vector<double> Longitudes(const Outcome& run) {
    std::vector<double> lon;
    for (const nlohmann::json& r : Lines(run.out)) {
      lon.push_back(r["places"].empty() ? 0 : r["places"][0]["lon"].get<double>());
    }
    return lon;
  }
  const places::Gazetteer gazetteer_ = Columbuses();
  std::unique_ptr<Pipeline> pipeline_;
};

constexpr double kOhio = -83.0, kNebraska = -97.37;

TEST_F(SiteMemory, ALoneColumbusIsTheStateTheSitesEarlierArticlesWereIn) {
  const std::string kearney = Page("1.html", "plattepaper.com", "Snow closed roads in Kearney.");
  const std::string columbus = Page("2.html", "plattepaper.com", "The Columbus council met.");
  const std::string elsewhere = Page("3.html", "ohiopaper.com", "The Columbus council met.");
  const std::string no_url = Write("4.txt", "The Columbus council met.");
  const Outcome run = Analyze(*pipeline_, Options({kearney, columbus, elsewhere, no_url}));
  ASSERT_EQ(run.status, 0) << run.err;
  const std::vector<double> lon = Longitudes(run);
  ASSERT_EQ(lon.size(), 4u) << run.out;
  EXPECT_NEAR(lon[1], kNebraska, 0.01) << "the site wrote about Nebraska before";
  EXPECT_NEAR(lon[2], kOhio, 0.01) << "another site learns nothing from it";
  EXPECT_NEAR(lon[3], kOhio, 0.01) << "an article with no address stands alone";

  AnalyzeOptions alone = Options({kearney, columbus});
  alone.each_alone = true;
  EXPECT_NEAR(Longitudes(Analyze(*pipeline_, alone)).at(1), kOhio, 0.01);
  // Only earlier articles teach: the same two in the other order leave Columbus Ohio's.
  EXPECT_NEAR(Longitudes(Analyze(*pipeline_, Options({columbus, kearney}))).at(0), kOhio, 0.01);
}

TEST_F(SiteMemory, RecordsDoNotDependOnThreads) {
  // One pipeline serves every thread: runs side by side give what one run alone gives.
  std::vector<std::string> inputs;
  for (int i = 0; i < 6; ++i) {
    inputs.push_back(Page(std::to_string(i) + "k.html", "plattepaper.com", "Roads in Kearney."));
    inputs.push_back(Page(std::to_string(i) + "c.html", "plattepaper.com", "In Columbus."));
    inputs.push_back(Page(std::to_string(i) + "o.html", "ohiopaper.com", "In Columbus."));
  }
  const std::string alone = Analyze(*pipeline_, Options(inputs)).out;
  std::vector<std::string> outs(4);
  std::vector<std::thread> threads;
  for (std::string& out : outs) {
    threads.emplace_back([&] { out = Analyze(*pipeline_, Options(inputs)).out; });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& out : outs) EXPECT_EQ(out, alone);
}

TEST_F(SiteMemory, AResumedRunGoesOnFromTheMemoryFile) {
  const std::string kearney = Page("1.html", "plattepaper.com", "Snow closed roads in Kearney.");
  const std::string columbus = Page("2.html", "plattepaper.com", "The Columbus council met.");
  const std::string again = Page("3.html", "plattepaper.com", "Columbus and Kearney.");
  const Outcome whole = Analyze(*pipeline_, Options({kearney, columbus, again}));
  AnalyzeOptions first = Options({kearney}), second = Options({columbus, again});
  first.site_memory = second.site_memory = dir_ + "/memory.tsv";
  const Outcome one = Analyze(*pipeline_, first);
  ASSERT_EQ(one.status, 0) << one.err;
  const Outcome two = Analyze(*pipeline_, second);
  ASSERT_EQ(two.status, 0) << two.err;
  EXPECT_EQ(one.out + two.out, whole.out);
  EXPECT_NEAR(Longitudes(two).at(0), kNebraska, 0.01);
}

// A line of a JSON Lines input: |body| as text at |url|.
std::string TextLine(const std::string& url, const std::string& body) {
  return nlohmann::json{{"url", url}, {"text", body}}.dump() + "\n";
}

TEST_F(SiteMemory, LinesAndFilesTeachInInputOrder) {
  const std::string kearney = Page("1.html", "plattepaper.com", "Snow closed roads in Kearney.");
  const std::string lines = Write(
      "feed.jsonl", TextLine("https://www.plattepaper.com/news/2", "The Columbus council met.") +
                        TextLine("https://www.ohiopaper.com/news/3", "The Columbus council met.") +
                        TextLine("https://www.kearneyhub.com/news/4", "Roads in Kearney."));
  const std::string after = Page("5.html", "kearneyhub.com", "The Columbus council met.");
  const Outcome run = Analyze(*pipeline_, Options({kearney, lines, after}));
  ASSERT_EQ(run.status, 0) << run.err;
  const std::vector<double> lon = Longitudes(run);
  ASSERT_EQ(lon.size(), 5u) << run.out;
  EXPECT_NEAR(lon[1], kNebraska, 0.01) << "a line learns from the file before it";
  EXPECT_NEAR(lon[2], kOhio, 0.01) << "another site learns nothing from it";
  EXPECT_NEAR(lon[4], kNebraska, 0.01) << "a file learns from the line before it";
}

TEST_F(SiteMemory, OneRunOverLinesIsARunPerArticleCarriedByTheMemoryFile) {
  // The address of each article given once per run with --url, the memory carried from run to
  // run by its file, gives the records one run over the same articles as lines gives.
  const std::vector<std::pair<std::string, std::string>> articles = {
      {"https://www.plattepaper.com/a", "Snow closed roads in Kearney."},
      {"https://www.ohiopaper.com/b", "The Columbus council met."},
      {"https://www.plattepaper.com/c", "The Columbus council met."},
      {"", "The Columbus council met."},
      {"https://www.plattepaper.com/d", "Columbus and Kearney."}};
  std::string lines, per_run;
  const std::string memory = dir_ + "/memory.tsv";
  for (size_t i = 0; i < articles.size(); ++i) {
    const auto& [url, body] = articles[i];
    lines += url.empty() ? nlohmann::json{{"text", body}}.dump() + "\n" : TextLine(url, body);
    AnalyzeOptions one = Options({Write(std::to_string(i) + ".txt", body)});
    one.read.format = InputFormat::kText;
    one.read.url = url;
    one.site_memory = memory;
    const Outcome run = Analyze(*pipeline_, one);
    ASSERT_EQ(run.status, 0) << run.err;
    per_run += run.out;
  }
  const Outcome stream = Analyze(*pipeline_, Options({Write("all.jsonl", lines)}));
  ASSERT_EQ(stream.status, 0) << stream.err;
  const auto a = Lines(per_run), b = Lines(stream.out);
  ASSERT_EQ(a.size(), articles.size());
  ASSERT_EQ(b.size(), articles.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i]["places"], b[i]["places"]) << i;
    EXPECT_EQ(a[i]["id"], b[i]["id"]) << i;
  }
  EXPECT_NEAR(Longitudes(stream).at(2), kNebraska, 0.01);
}

TEST_F(SiteMemory, ARerunOverTheSameStreamLearnsEachArticleOnce) {
  const std::string kearney = Page("1.html", "plattepaper.com", "Snow closed roads in Kearney.");
  const std::string columbus = Page("2.html", "plattepaper.com", "The Columbus council met.");
  const std::string again = Page("3.html", "plattepaper.com", "Columbus and Kearney.");
  AnalyzeOptions whole = Options({kearney, columbus, again});
  whole.site_memory = dir_ + "/whole.tsv";
  const Outcome one_run = Analyze(*pipeline_, whole);
  ASSERT_EQ(one_run.status, 0) << one_run.err;
  // A run that stopped after two articles, then the whole stream again on its file.
  AnalyzeOptions stopped = Options({kearney, columbus});
  stopped.site_memory = dir_ + "/resumed.tsv";
  ASSERT_EQ(Analyze(*pipeline_, stopped).status, 0);
  AnalyzeOptions rerun = whole;
  rerun.site_memory = stopped.site_memory;
  const Outcome resumed = Analyze(*pipeline_, rerun);
  ASSERT_EQ(resumed.status, 0) << resumed.err;
  const auto read = [](const std::string& path) {
    std::stringstream s;
    s << std::ifstream(path).rdbuf();
    return s.str();
  };
  EXPECT_EQ(read(rerun.site_memory), read(whole.site_memory)) << "nothing learned twice";
  EXPECT_EQ(Lines(resumed.out).at(2), Lines(one_run.out).at(2)) << "the article after them";
  EXPECT_NEAR(Longitudes(resumed).at(1), kNebraska, 0.01)
      << "Columbus again, without itself: Kearney's Nebraska still";
}

TEST_F(SiteMemory, ABadMemoryFileStopsTheRunBeforeAnyInput) {
  const std::string columbus = Page("2.html", "plattepaper.com", "The Columbus council met.");
  AnalyzeOptions options = Options({columbus});
  options.site_memory = Write("memory.tsv", "");
  Outcome run = Analyze(*pipeline_, options);
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("memory.tsv: empty"), std::string::npos) << run.err;
  Write("memory.tsv", "sitrep-site-memory\t1\nsite\tplattepaper.com\t1\n");
  run = Analyze(*pipeline_, options);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("memory.tsv:2: no end line: cut short"), std::string::npos) << run.err;
  const std::string json = "{\"plattepaper.com\": [\"NE\"]}\n";
  Write("memory.tsv", json);
  run = Analyze(*pipeline_, options);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("not a site memory file"), std::string::npos) << run.err;
  std::stringstream left;
  left << std::ifstream(options.site_memory).rdbuf();
  EXPECT_EQ(left.str(), json) << "a file it could not read is left as it was";
  options.site_memory = dir_ + "/no/such/dir/memory.tsv";
  run = Analyze(*pipeline_, options);
  EXPECT_EQ(run.status, 1) << "the records are out, but the memory could not be kept";
  EXPECT_NE(run.err.find("memory.tsv"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace sitrep
