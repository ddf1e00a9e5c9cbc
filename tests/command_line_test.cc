// The sitrep command as a user runs it from a shell: exit codes, stdin, pipes, messages.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "cli/analyze_command.h"
#include "pipeline/registry.h"

namespace {

namespace fs = std::filesystem;

struct Shell {
  int status;
  std::string out, err;
};

// What stderr holds for a clean run: the run's notices (none when the NER model is built).
std::string CleanRunErr() { return sitrep::NoticeLines(sitrep::DefaultPipeline().value()); }

// Runs |command| under bash with "$SITREP" set to the built binary.
Shell RunShell(const std::string& command) {
  const std::string err_path =
      fs::temp_directory_path() / ("sitrep_cli_err_" + std::to_string(getpid()));
  const std::string full = "SITREP='" SITREP_BINARY "' bash -c '" + command + "' 2>" + err_path;
  FILE* pipe = popen(full.c_str(), "r");
  std::string out;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  const int raw = pclose(pipe);
  std::ifstream err_in(err_path);
  std::stringstream err;
  err << err_in.rdbuf();
  fs::remove(err_path);
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, out, err.str()};
}

TEST(Cli, HelpDocumentsExitCodes) {
  const Shell r = RunShell("$SITREP analyze --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("Exit status"), std::string::npos);
  EXPECT_NE(r.out.find("--as"), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwo) {
  for (const char* cmd :
       {"$SITREP", "$SITREP analyze", "$SITREP analyze --bogus x.md", "$SITREP frobnicate",
        "$SITREP analyze --as pdf x", "$SITREP analyze --date 2023-02-30 x.txt",
        "$SITREP analyze --date yesterday x.txt", "$SITREP analyze --date 2023-03-07T25:00 x.txt",
        "$SITREP analyze --max-size -1 x", "$SITREP analyze --exclude ner x.txt",
        "$SITREP analyze --exclude entities x.txt"}) {
    const Shell r = RunShell(cmd);
    EXPECT_EQ(r.status, 2) << cmd;
    EXPECT_EQ(r.out, "") << cmd;
    EXPECT_EQ(r.err.rfind("sitrep: ", 0), 0u) << cmd << ": " << r.err;
  }
}

TEST(Cli, ExcludedStagesLeaveTheirLayersOut) {
  const Shell r = RunShell(
      "printf \"On Monday it rained. Then it stopped.\" | "
      "$SITREP analyze --as text --exclude entities,places,place_relations,dates -");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");  // no word of a missing model the run did not want
  const nlohmann::json record = nlohmann::json::parse(r.out);
  EXPECT_EQ(record["stages"], nlohmann::json::array({"read.text.v1", "sentences.v1"}));
  EXPECT_EQ(record["sentences"].size(), 2u);
  EXPECT_TRUE(record["dates"].empty());
  const Shell bad = RunShell("$SITREP analyze --exclude entities x.txt");
  EXPECT_NE(bad.err.find("exclude places,place_relations as well"), std::string::npos) << bad.err;
}

TEST(Cli, ReadsStandardInput) {
  const Shell r = RunShell(
      "printf \"Kyiv said talks would resume. Moscow did not reply.\" | "
      "$SITREP analyze --as text --date 2023-03-07 --url https://www.reuters.com/x -");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["published"], "2023-03-07");
  EXPECT_EQ(j["outlet"], "Reuters");
  EXPECT_EQ(j["sentences"].size(), 2u);
  EXPECT_EQ(j["source"], "-");
}

TEST(Cli, ADateWithItsTimeIsThePublicationTimeAndItsDayTheReference) {
  const Shell r = RunShell(
      "printf \"The council met on Monday.\" | "
      "$SITREP analyze --as text --exclude entities,places,place_relations "
      "--date 2023-03-08T23:30:00-05:00 -");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["published"], "2023-03-08T23:30:00-05:00");
  ASSERT_EQ(j["dates"].size(), 1u);
  EXPECT_EQ(j["dates"][0]["value"], "2023-03-06");  // the Monday before that Wednesday
}

TEST(Cli, OversizedStandardInputIsRefusedAsItStreams) {
  // No size is known up front on a pipe: the limit must hold while the bytes arrive.
  const Shell r =
      RunShell("head -c 3000000 /dev/zero | tr \"\\0\" a | $SITREP analyze --max-size 1 -");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("sitrep: -: E105 too large"), std::string::npos) << r.err;
}

TEST(Cli, SomeInputsFailedExitsOne) {
  const Shell r = RunShell(
      "printf \"Fine text.\" > /tmp/sitrep_cli_ok.txt; "
      "$SITREP analyze /tmp/sitrep_cli_ok.txt /nonexistent.md; rc=$?; rm /tmp/sitrep_cli_ok.txt; "
      "exit $rc");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("sitrep: /nonexistent.md: E101"), std::string::npos) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out.substr(0, r.out.find('\n')))["text"], "Fine text.");
}

TEST(Cli, JsonLinesOnStandardInputGzipped) {
  const Shell r = RunShell(
      "printf \"{\\\"url\\\": \\\"https://www.reuters.com/x\\\", \\\"text\\\": \\\"Kyiv "
      "said.\\\"}\\nbad\\n"
      "{\\\"text\\\": \\\"Moscow did not.\\\"}\\n\" | gzip | $SITREP analyze --as jsonl -");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("sitrep: -:2: E106 cannot parse: not JSON"), std::string::npos) << r.err;
  std::istringstream lines(r.out);
  std::vector<nlohmann::json> records;
  for (std::string line; std::getline(lines, line);) records.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(records.size(), 2u) << r.out;
  EXPECT_EQ(records[0]["outlet"], "Reuters");
  EXPECT_EQ(records[0]["source"], "-:1");
  EXPECT_EQ(records[1]["text"], "Moscow did not.");
}

TEST(Cli, AStreamOfLinesGetsEachRecordWhileItIsStillOpen) {
  // A crawler feeds a pipe an article at a time and waits on each record: the first must come
  // out while the writer still holds the pipe open, though a batch of files is written in large
  // blocks. "late" marks a record that only came when the input ended: the writer holds the pipe
  // open until the reader has its line (a flag file says so), or for 30 s, longer than the reader
  // waits, so a slow machine or a sanitizer build cannot make a flushed record look late.
  const Shell r = RunShell(
      "flag=$(mktemp -u); "
      "{ printf \"{\\\"text\\\": \\\"Kyiv said.\\\"}\\n\"; "
      "for i in $(seq 300); do [ -e $flag ] && break; sleep 0.1; done; } | "
      "$SITREP analyze -q --as jsonl - | "
      "{ timeout 20 head -n 1 || echo late; touch $flag; cat > /dev/null; }; rm -f $flag");
  EXPECT_EQ(r.status, 0) << r.err;
  ASSERT_NE(r.out.find("\"text\":\"Kyiv said.\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("late"), std::string::npos) << r.out;
}

TEST(Cli, QuietReportsFailuresOnly) {
  // A repaired byte is a warning, and the run's notices (a stage left out) are too: -q drops
  // them; a file that cannot be read is still reported, and still sets the exit status.
  Shell r = RunShell("printf \"Talks in Київ \\xff resumed.\" | $SITREP analyze -q --as text -");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("Talks in Київ \uFFFD resumed."), std::string::npos) << r.out;
  r = RunShell("printf \"Talks in Київ \\xff resumed.\" | $SITREP analyze --as text -");
  EXPECT_NE(r.err.find("sitrep: -: warning: invalid UTF-8"), std::string::npos) << r.err;
  r = RunShell("$SITREP analyze -q /nonexistent.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "sitrep: /nonexistent.md: E101 cannot open: No such file or directory\n");
}

TEST(Cli, ABrokenPipeIsANormalEnd) {
  // head closes the pipe after one line; sitrep must stop quietly with status 0.
  const Shell r = RunShell(
      "for i in $(seq 200); do echo \"Sentence $i is here.\" > /tmp/sitrep_pipe_$i.txt; done; "
      "$SITREP analyze /tmp/sitrep_pipe_*.txt | head -n 1 > /dev/null; rc=${PIPESTATUS[0]}; "
      "rm -f /tmp/sitrep_pipe_*.txt; exit $rc");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, CleanRunErr());
}

TEST(Cli, TextFormatForAPerson) {
  const fs::path example = SITREP_SOURCE_DIR "/examples/sample-text-wire-ceasefire.txt";
  if (!fs::exists(example)) GTEST_SKIP() << example << " is not written yet";
  const Shell r = RunShell("$SITREP analyze --format text " + example.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("[1]\n"), std::string::npos);
  // The dates layer is shown too, each expression with where it lands on the calendar.
  EXPECT_NE(r.out.find("date        \"March 2022\" DATE 2022-03 month\n"), std::string::npos)
      << r.out;
}

TEST(Cli, EveryProjectExampleReads) {
  const Shell r = RunShell("$SITREP analyze --jsonl " SITREP_SOURCE_DIR "/examples/*");
  EXPECT_EQ(r.status, 0) << r.err;
  size_t records = 0;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line); ++records) {
    const auto j = nlohmann::json::parse(line);
    EXPECT_FALSE(j["text"].get<std::string>().empty()) << j["source"];
    EXPECT_FALSE(j["sentences"].empty()) << j["source"];
  }
  EXPECT_GE(records, 3u);
}

// The hostile pages, in one batch beside a good page: each gets a clear message or an
// empty body with a warning, the good page's record comes out, and nothing crashes or hangs.
TEST(Cli, HostileHtmlPagesInOneBatch) {
  const fs::path dir = fs::temp_directory_path() / ("sitrep_hostile_" + std::to_string(getpid()));
  fs::create_directories(dir);
  auto write = [&](const char* name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
  };
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  write("deep.html", deep + "<p>Text at the bottom of the pile.</p>");
  std::string huge = "<html><body><article>";
  const std::string paragraph = "<p>The council met again on Tuesday to discuss the budget.</p>\n";
  while (huge.size() < 100'000'000) huge += paragraph;
  write("huge.html", huge + "</article></body></html>");
  write("no-body.html", "<html><head><title>Only a head</title></head></html>");
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919 + 13) % 256);
  write("junk.html", junk);
  // A gzip member cut in the middle of its deflate stream.
  write("cut.html.gz", std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xb3\xc9\x28\xc9", 14));
  // Declared UTF-8, written in windows-1251: "Новости" (news).
  write("misdeclared.html",
        "<meta charset=\"utf-8\"><article><p>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff.</p>"
        "</article>");
  write("good.html", "<html><body><article><p>The bridge reopened on Friday.</p></article>");

  const Shell r = RunShell("$SITREP analyze --jsonl " + dir.string());
  fs::remove_all(dir);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("huge.html: E105"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("junk.html: E104"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cut.html.gz: E107"), std::string::npos) << r.err;
  std::map<std::string, nlohmann::json> records;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    const auto j = nlohmann::json::parse(line);
    records[fs::path(j["source"].get<std::string>()).filename().string()] = j;
  }
  ASSERT_EQ(records.size(), 4u) << r.out;
  EXPECT_EQ(records["good.html"]["text"], "The bridge reopened on Friday.");
  EXPECT_EQ(records["deep.html"]["text"], "Text at the bottom of the pile.");
  EXPECT_EQ(records["no-body.html"]["text"], "");
  EXPECT_EQ(records["no-body.html"]["title"], "Only a head");
  EXPECT_NE(records["no-body.html"]["warnings"].dump().find("no article text"), std::string::npos);
  EXPECT_EQ(records["misdeclared.html"]["text"], "Новости дня.");
}

}  // namespace
