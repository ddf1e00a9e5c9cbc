// A killed ingest resumes without duplicates: `sitrep analyze --site-memory FILE` is killed
// (SIGKILL, nothing flushed or saved on the way out) in the middle of a stream, and then
//  - the memory file is valid and holds what the run learned up to a point: exactly the memory
//    an uninterrupted run over that many first articles writes;
//  - a rerun over the whole stream learns each article once: its memory is, byte for byte, the
//    memory one uninterrupted run over the stream writes, and the records of the articles the
//    killed run had not learned are that run's records.
// The real binary runs in a child process fed through a pipe, as a crawler would feed it. Needs
// the gazetteer and the NER model (the places stage); skips without them.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <vector>

#include "pipeline/registry.h"

namespace {

namespace fs = std::filesystem;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A child `sitrep analyze --as jsonl --site-memory MEMORY -` with stdin a pipe and stdout a file.
class Child {
 public:
  Child(const std::string& memory, const std::string& out_path) {
    int fds[2];
    EXPECT_EQ(pipe(fds), 0);
    pid_ = fork();
    if (pid_ == 0) {
      dup2(fds[0], STDIN_FILENO);
      const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(out, STDOUT_FILENO);
      close(fds[0]);
      close(fds[1]);
      close(out);
      execl(SITREP_BINARY, SITREP_BINARY, "analyze", "--as", "jsonl", "--site-memory",
            memory.c_str(), "-q", "-", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(fds[0]);
    in_ = fds[1];
  }
  ~Child() {
    if (in_ >= 0) close(in_);
    if (pid_ > 0) waitpid(pid_, nullptr, 0);
  }
  void Send(const std::string& line) {
    ASSERT_EQ(write(in_, line.data(), line.size()), static_cast<ssize_t>(line.size()));
  }
  // SIGKILL: no destructor, no final save.
  void Kill() {
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status));
    pid_ = -1;
  }

 private:
  pid_t pid_ = -1;
  int in_ = -1;
};

// Runs the binary over |input| (JSON lines) with |memory|; returns its stdout.
std::string RunWhole(const std::string& input, const std::string& memory) {
  const std::string command = std::string("'") + SITREP_BINARY +
                              "' analyze --as jsonl -q --site-memory '" + memory + "' '" + input +
                              "'";
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  EXPECT_EQ(pclose(pipe), 0) << command;
  return out;
}

std::vector<std::string> Records(const std::string& out) {
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class KilledAnalyze : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto pipeline = sitrep::DefaultPipeline();
    const auto& names = pipeline.value().StageNames();
    if (std::find(names.begin(), names.end(), "places.v1") == names.end()) {
      GTEST_SKIP() << "no places stage: `make model` and `make gazetteer` build what it needs";
    }
    char tmpl[] = "/tmp/sitrep_killed_XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  std::string dir_;
};

// Article |i| of the stream: one of three local papers, each writing about its own state's towns.
std::string Line(int i) {
  static const char* const kSites[][2] = {
      {"plattepaper.com", "Snow closed roads in Kearney, Grand Island and Hastings."},
      {"ohiopaper.com", "The council in Dayton met with officials from Springfield."},
      {"texaspaper.com", "Storms hit Lubbock and Amarillo overnight."}};
  const auto& site = kSites[i % 3];
  return nlohmann::json{
             {"url", "https://www." + std::string(site[0]) + "/news/" + std::to_string(i)},
             {"text", site[1]}}
             .dump() +
         "\n";
}

TEST_F(KilledAnalyze, TheMemoryFileHoldsAPrefixAndARerunLearnsEachArticleOnce) {
  const std::string memory = dir_ + "/memory.tsv";
  constexpr int kLines = 400;
  std::string all;
  for (int i = 0; i < kLines; ++i) all += Line(i);
  std::ofstream(dir_ + "/all.jsonl") << all;

  // Feed the child a line at a time until a save has happened, a few more, then kill it.
  int sent = 0;
  {
    Child child(memory, dir_ + "/killed.out");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!fs::exists(memory) && sent < kLines - 20) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "no save after " << sent;
      child.Send(Line(sent++));
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_TRUE(fs::exists(memory)) << "the run saved nothing while it ran";
    for (int i = 0; i < 10; ++i) child.Send(Line(sent++));
    child.Kill();
  }

  // Valid, and exactly what a clean run over its first |learned| articles writes.
  const std::string killed = ReadFile(memory);
  size_t learned = 0;
  std::istringstream lines(killed);
  for (std::string line; std::getline(lines, line);) learned += line.starts_with("article\t");
  ASSERT_GT(learned, 0u) << killed;
  ASSERT_LE(learned, size_t(sent));
  std::string prefix;
  for (size_t i = 0; i < learned; ++i) prefix += Line(int(i));
  std::ofstream(dir_ + "/prefix.jsonl") << prefix;
  RunWhole(dir_ + "/prefix.jsonl", dir_ + "/prefix-memory.tsv");
  EXPECT_EQ(killed, ReadFile(dir_ + "/prefix-memory.tsv"));

  // The rerun over everything: the memory of one clean run, and that run's records for every
  // article the killed run had not learned.
  const std::vector<std::string> rerun = Records(RunWhole(dir_ + "/all.jsonl", memory));
  const std::vector<std::string> clean =
      Records(RunWhole(dir_ + "/all.jsonl", dir_ + "/clean.tsv"));
  EXPECT_EQ(ReadFile(memory), ReadFile(dir_ + "/clean.tsv"));
  ASSERT_EQ(rerun.size(), size_t(kLines));
  ASSERT_EQ(clean.size(), size_t(kLines));
  for (size_t i = learned; i < size_t(kLines); ++i) EXPECT_EQ(rerun[i], clean[i]) << i;
}

}  // namespace
