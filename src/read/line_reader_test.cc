#include "read/line_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <vector>

namespace sitrep {
namespace {

namespace fs = std::filesystem;

class LineReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/sitrep_line_reader_XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  // |parts| as gzip members one after another, as `cat a.gz b.gz` makes.
  std::string WriteGzip(const std::string& name, const std::vector<std::string>& parts) {
    const std::string path = dir_ + "/" + name;
    for (size_t i = 0; i < parts.size(); ++i) {
      gzFile gz = gzopen(path.c_str(), i == 0 ? "wb" : "ab");
      EXPECT_EQ(gzwrite(gz, parts[i].data(), static_cast<unsigned>(parts[i].size())),
                static_cast<int>(parts[i].size()));
      gzclose(gz);
    }
    return path;
  }
  std::string dir_;
};

// Every line of |path| as "N:text" ("N:too long" for a skipped one), then "end" or the failure.
std::vector<std::string> ReadAll(const std::string& path, size_t max_line) {
  Result<std::unique_ptr<LineReader>> reader = LineReader::Open(path, max_line);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  std::vector<std::string> got;
  std::string_view line;
  for (;;) {
    const LineReader::Next next = reader.value()->Read(&line);
    const std::string n = std::to_string(reader.value()->line_number()) + ":";
    if (next == LineReader::Next::kEnd) return got.push_back("end"), got;
    if (next == LineReader::Next::kFailed) {
      return got.push_back(n + reader.value()->failure().ToString()), got;
    }
    got.push_back(n + (next == LineReader::Next::kTooLong ? "too long" : std::string(line)));
  }
}

TEST_F(LineReaderTest, LinesAsWrittenTheLastWithoutItsNewlineToo) {
  const std::vector<std::string> expected = {"1:{\"a\": 1}", "2:", "3:second\r", "4:last", "end"};
  EXPECT_EQ(ReadAll(Write("a.jsonl", "{\"a\": 1}\n\nsecond\r\nlast"), 1 << 20), expected);
  EXPECT_EQ(ReadAll(Write("b.jsonl", "one\n"), 1 << 20),
            (std::vector<std::string>{"1:one", "end"}));
  EXPECT_EQ(ReadAll(Write("empty.jsonl", ""), 1 << 20), std::vector<std::string>{"end"});
}

TEST_F(LineReaderTest, GzipIsUndoneMemberByMember) {
  const std::string path = WriteGzip("feed", {"one\ntw", "o\nthree\n"});
  EXPECT_EQ(ReadAll(path, 1 << 20), (std::vector<std::string>{"1:one", "2:two", "3:three", "end"}));
  // Zero bytes of block padding after the last member are no data; other bytes are damage.
  std::ofstream(path, std::ios::binary | std::ios::app) << std::string(512, '\0');
  EXPECT_EQ(ReadAll(path, 1 << 20), (std::vector<std::string>{"1:one", "2:two", "3:three", "end"}));
  std::ofstream(path, std::ios::binary | std::ios::app) << "not gzip\n";
  EXPECT_EQ(ReadAll(path, 1 << 20).back(),
            "4:E107 corrupt archive: data that is not gzip after byte " +
                std::to_string(fs::file_size(path) - 9));
}

TEST_F(LineReaderTest, ALineOnAPipeIsReadWhenItArrivesNotWhenABufferFills) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  Result<std::unique_ptr<LineReader>> reader =
      LineReader::Open("/dev/fd/" + std::to_string(fds[0]), 1 << 20);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  close(fds[0]);
  const std::string first = "{\"text\": \"First.\"}\nsec";
  ASSERT_EQ(write(fds[1], first.data(), first.size()), ssize_t(first.size()));
  std::string_view line;
  // The writer is still there: a reader that waited for more would never return.
  ASSERT_EQ(reader.value()->Read(&line), LineReader::Next::kLine);
  EXPECT_EQ(line, "{\"text\": \"First.\"}");
  ASSERT_EQ(write(fds[1], "ond\n", 4), 4);
  close(fds[1]);
  ASSERT_EQ(reader.value()->Read(&line), LineReader::Next::kLine);
  EXPECT_EQ(line, "second");
  EXPECT_EQ(reader.value()->Read(&line), LineReader::Next::kEnd);
}

TEST_F(LineReaderTest, GzipsFirstByteAloneIsNoGzip) {
  EXPECT_EQ(ReadAll(Write("one", "\x1f"), 100), (std::vector<std::string>{"1:\x1f", "end"}));
  EXPECT_EQ(ReadAll(Write("two",
                          "\x1f"
                          "a\n"),
                    100),
            (std::vector<std::string>{"1:\x1f"
                                      "a",
                                      "end"}));
}

TEST_F(LineReaderTest, ALineLongerThanManyReadsIsWhole) {
  const std::string long_line(300000, 'x');
  const std::vector<std::string> got =
      ReadAll(Write("long.jsonl", "a\n" + long_line + "\nb\n"), 1 << 20);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[1], "2:" + long_line);
  EXPECT_EQ(got[2], "3:b");
}

TEST_F(LineReaderTest, ALineOverTheLimitIsSkippedAndTheRestRead) {
  // The limit itself is allowed; one byte more is not, within one read or across many.
  const std::string at_limit(1000, 'a');
  const std::vector<std::string> expected = {"1:first",    "2:" + at_limit, "3:too long",
                                             "4:too long", "5:after",       "end"};
  EXPECT_EQ(ReadAll(Write("over.jsonl", "first\n" + at_limit + "\n" + std::string(1001, 'b') +
                                            "\n" + std::string(5000000, 'c') + "\nafter\n"),
                    1000),
            expected);
  EXPECT_EQ(ReadAll(Write("last.jsonl", "first\n" + std::string(5000, 'd')), 1000),
            (std::vector<std::string>{"1:first", "2:too long", "end"}));
}

TEST_F(LineReaderTest, TruncatedGzipFailsAfterTheLinesBeforeIt) {
  std::string lines;
  for (int i = 1; i <= 2000; ++i) lines += "line " + std::to_string(i) + "\n";
  const std::string path = WriteGzip("whole.jsonl.gz", {lines});
  const std::string gz = [&] {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  const std::vector<std::string> got =
      ReadAll(Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2)), 1 << 20);
  ASSERT_GE(got.size(), 2u);
  EXPECT_EQ(got[0], "1:line 1");
  EXPECT_NE(got.back().find("E107 corrupt archive: truncated gzip stream"), std::string::npos)
      << got.back();
  EXPECT_EQ(got.back().substr(0, got.back().find(':')), std::to_string(got.size()))
      << "the failure is in the line after the last one read";
}

TEST_F(LineReaderTest, WhatCannotBeOpened) {
  Result<std::unique_ptr<LineReader>> missing = LineReader::Open(dir_ + "/missing.jsonl", 100);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), ErrorCode::kNotFound);
  Result<std::unique_ptr<LineReader>> directory = LineReader::Open(dir_, 100);
  ASSERT_FALSE(directory.ok());
  EXPECT_EQ(directory.status().message(), "is a directory");
}

}  // namespace
}  // namespace sitrep
