#include "read/reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <linux/magic.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

namespace sitrep {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/sitrep_reader_test_XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    const std::string p = path_ + "/" + name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(LoadInput, ReadsAWholeFile) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", std::string("bytes\0and more", 14));
  std::string buffer;
  EXPECT_EQ(LoadInput(path, 1 << 20, &buffer).value(), std::string("bytes\0and more", 14));
}

TEST(LoadInput, ABufferPassedAgainHoldsEachInputAlone) {
  // A batch reads every input into one buffer: a short file after a long one is itself only,
  // and so is a gzip file between them.
  TempDir dir;
  const std::string long_text(100000, 'l');
  const std::string gz =
      dir.Write("b.txt.gz", std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"
                                        "\xcb\x48\xcd\xc9\xc9\x07\x00\x86\xa6\x10"
                                        "\x36\x05\x00\x00\x00",
                                        25));
  std::string buffer;
  EXPECT_EQ(LoadInput(dir.Write("a.txt", long_text), 1 << 20, &buffer).value(), long_text);
  EXPECT_EQ(LoadInput(gz, 1 << 20, &buffer).value(), "hello");
  EXPECT_EQ(LoadInput(dir.Write("c.txt", "short"), 1 << 20, &buffer).value(), "short");
  EXPECT_EQ(LoadInput(dir.Write("d.txt", long_text + "!"), 1 << 20, &buffer).value(),
            long_text + "!");
}

TEST(LoadInput, SaysWhetherTheBytesCameFromTheCacheAndReadsThemWholeEitherWay) {
  TempDir dir;
  struct statfs fs_info;
  ASSERT_EQ(statfs(dir.path().c_str(), &fs_info), 0);
  // tmpfs keeps every page in memory: nothing there is ever read from a disk.
  if (fs_info.f_type == TMPFS_MAGIC) GTEST_SKIP() << "the temporary folder is in memory";
  std::string text(1 << 20, ' ');
  for (size_t i = 0; i < text.size(); ++i) text[i] = static_cast<char>('a' + i * 7 % 26);
  const std::string path = dir.Write("a.txt", text);
  std::string buffer;
  bool waited = true;
  ASSERT_EQ(LoadInput(path, 4 << 20, &buffer, &waited).value(), text);
  EXPECT_FALSE(waited);  // just written, so in the cache
  // Out of the cache: the bytes come from the disk.
  const int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(fdatasync(fd), 0);
  ASSERT_EQ(posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED), 0);
  // The advice may be ignored (some file systems keep their pages): then there is no cold read.
  // mincore asks without reading, where a read would start the disk.
  void* map = mmap(nullptr, 4096, PROT_READ, MAP_SHARED, fd, 0);
  ASSERT_NE(map, MAP_FAILED);
  unsigned char resident = 0;
  ASSERT_EQ(mincore(map, 4096, &resident), 0);
  munmap(map, 4096);
  const bool still_cached = resident & 1;
  ::close(fd);
  if (still_cached) GTEST_SKIP() << "the file system kept the pages in its cache";
  ASSERT_EQ(LoadInput(path, 4 << 20, &buffer, &waited).value(), text);
  EXPECT_TRUE(waited);
  EXPECT_EQ(LoadInput(dir.Write("b.txt", "short"), 1 << 20, &buffer, &waited).value(), "short");
  EXPECT_FALSE(waited);
}

TEST(LoadInput, ReadsAStreamOfUnknownSize) {
  // A FIFO has no size up front: the bytes are read as they come, past any first guess, and the
  // limit is checked as they arrive.
  TempDir dir;
  const std::string path = dir.path() + "/fifo";
  ASSERT_EQ(mkfifo(path.c_str(), 0600), 0);
  std::string bytes(300000, 'x');
  for (size_t i = 0; i < bytes.size(); i += 1000) bytes[i] = static_cast<char>('a' + i % 26);
  // The reader that refuses stops reading: the writer's rest then fails rather than kills us.
  const auto old_handler = std::signal(SIGPIPE, SIG_IGN);
  for (const size_t limit : {size_t{1} << 20, size_t{100000}}) {
    std::thread writer([&] { std::ofstream(path, std::ios::binary) << bytes; });
    std::string buffer;
    const Result<std::string_view> r = LoadInput(path, limit, &buffer);
    writer.join();
    if (limit > bytes.size()) {
      ASSERT_TRUE(r.ok());
      EXPECT_EQ(r.value(), bytes);
    } else {
      EXPECT_EQ(r.status().code(), ErrorCode::kTooLarge);
    }
  }
  std::signal(SIGPIPE, old_handler);
}

TEST(LoadInput, MissingFileIsNotFound) {
  std::string buffer;
  const Result<std::string_view> r = LoadInput("/nonexistent/sitrep/file.md", 1 << 20, &buffer);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.status().message().find("No such file"), std::string::npos);
}

TEST(LoadInput, DirectoryIsRefused) {
  TempDir dir;
  std::string buffer;
  EXPECT_EQ(LoadInput(dir.path(), 1 << 20, &buffer).status().code(), ErrorCode::kInvalidArgument);
}

TEST(LoadInput, OversizedFileIsRefusedBeforeReading) {
  TempDir dir;
  const std::string path = dir.path() + "/huge.txt";
  // A sparse 200 MB file: refused on its size, so the test neither writes nor reads 200 MB.
  ASSERT_EQ(truncate(dir.Write("huge.txt", "").c_str(), 200ll << 20), 0);
  std::string buffer;
  const Result<std::string_view> r = LoadInput(path, 64u << 20, &buffer);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kTooLarge);
  EXPECT_NE(r.status().message().find("200.0 MB"), std::string::npos);
  EXPECT_NE(r.status().message().find("--max-size"), std::string::npos);
}

TEST(PrefetchInput, ReturnsAtOnceForAnythingAndTheFileReadsTheSameAfter) {
  // A batch prefetches inputs before it knows what they are: a FIFO with no writer must not
  // hold it up, and what is wrong with a path is LoadInput's to say.
  TempDir dir;
  const std::string fifo = dir.path() + "/fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const std::string text(50000, 't');
  const std::string file = dir.Write("a.txt", text);
  for (const std::string& path :
       {fifo, dir.path(), std::string("/nonexistent/sitrep/x.md"), std::string("-"), file}) {
    PrefetchInput(path);
  }
  std::string buffer;
  EXPECT_EQ(LoadInput(file, 1 << 20, &buffer).value(), text);
}

TEST(DetectFormat, ByNameThenByContent) {
  EXPECT_EQ(DetectFormat("a.MD", "anything"), InputFormat::kMarkdown);
  EXPECT_EQ(DetectFormat("a.html", "plain"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("a.txt", "<html>"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("story.md.gz", "Plain words, no markup."), InputFormat::kMarkdown);
  EXPECT_EQ(DetectFormat("PAGE.HTML.GZ", "plain"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("-", "  <!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("-", "<p>Short fragment</p>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("-", "\n\n# Headline\n\nBody."), InputFormat::kMarkdown);
  EXPECT_EQ(DetectFormat("-", "Text with a [link](http://x)."), InputFormat::kMarkdown);
  EXPECT_EQ(DetectFormat("-", "KYIV, March 7 - Plain wire copy."), InputFormat::kText);
  EXPECT_EQ(DetectFormat("-", "a < b, says the maths"), InputFormat::kText);
}

TEST(ReadArticle, EmptyAndBlankInputsAreRefused) {
  for (const std::string bytes : {"", " \n\t\r\n  "}) {
    const Result<Article> r = ReadArticle(bytes, "empty.txt", {});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), ErrorCode::kEmptyInput);
  }
}

TEST(ReadArticle, BinaryJunkIsRefused) {
  std::mt19937 rng(7);
  std::string junk(4096, '\0');
  for (char& c : junk) c = static_cast<char>(rng());
  for (const std::string& name :
       {std::string("junk.bin"), std::string("junk.html"), std::string("junk.md")}) {
    const Result<Article> r = ReadArticle(junk, name, {});
    ASSERT_FALSE(r.ok()) << name;
    EXPECT_EQ(r.status().code(), ErrorCode::kBinaryInput);
  }
  // A PNG header: NUL bytes early on.
  EXPECT_EQ(
      ReadArticle(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "x.md", {}).status().code(),
      ErrorCode::kBinaryInput);
}

TEST(ReadArticle, BinaryIsJudgedOnFivePercentControlsInTheFirst8KiB) {
  // Text of letters, white space and non-ASCII bytes (which are no controls, however they read
  // as signed bytes), with controls spread over it: 5 % is still text, one more is binary, and
  // what lies past the first 8 KiB does not count.
  std::string text;
  for (size_t i = 0; text.size() < 8192; ++i) {
    text += i % 7 == 0 ? "\xC3\xA9" : i % 5 == 0 ? "\t\r\n\f " : "word ";
  }
  text.resize(8192);
  const size_t allowed = 8192 / 20;
  std::string page = text;
  for (size_t k = 0; k < allowed; ++k) page[k * 20 + 3] = k % 2 ? '\x01' : '\x7F';
  page += std::string(4096, '\x02');
  EXPECT_TRUE(ReadArticle(page, "x.txt", {}).ok());
  page[8191] = '\x1F';  // the last byte of the sniffed head
  EXPECT_EQ(ReadArticle(page, "x.txt", {}).status().code(), ErrorCode::kBinaryInput);
  // A NUL anywhere in the head, up to its last byte, is binary at once.
  std::string with_nul = text;
  with_nul[8191] = '\0';
  EXPECT_EQ(ReadArticle(with_nul, "x.txt", {}).status().code(), ErrorCode::kBinaryInput);
}

TEST(ReadArticle, InvalidUtf8IsRepairedWithAWarning) {
  // UTF-8 throughout but for one stray byte: repaired, not re-decoded as a legacy charset.
  const Result<Article> r =
      ReadArticle("Talks in \u041A\u0438\u0457\u0432 resumed \xFF on Monday.\n", "stray.txt", {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().text, "Talks in \u041A\u0438\u0457\u0432 resumed \uFFFD on Monday.\n");
  ASSERT_EQ(r.value().warnings.size(), 1u);
  EXPECT_NE(r.value().warnings[0].find("invalid UTF-8"), std::string::npos);
}

TEST(ReadArticle, LegacyEncodingIsDecodedWithAWarning) {
  const Result<Article> r = ReadArticle("Caf\xE9 owners met on Monday.\n", "latin1.txt", {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().text, "Caf\u00E9 owners met on Monday.\n");
  ASSERT_EQ(r.value().warnings.size(), 1u);
  EXPECT_NE(r.value().warnings[0].find("windows-1252"), std::string::npos);
}

TEST(ReadArticle, TheRecordIsInNfcWhateverFormThePageUsed) {
  // A site that stores accents apart from their letters, and a Bengali letter in the one-code-
  // point form NFC never keeps: the record says them as a person types them, and its spans
  // are offsets into the text as given out.
  const std::string page =
      "<html><head><title>Cafe\u0301 news</title></head><body><article>"
      "<h1>Cafe\u0301 owners meet</h1><p>The owners of the cafe\u0301 met on Monday in "
      "Dhaka (\u09A2\u09BE\u0995\u09BE), by the \u09AC\u09BE\u09DC\u09BF.</p>"
      "<p>They agreed on a plan.</p></article></body></html>";
  const Article a = ReadArticle(page, "accents.html", {}).value();
  EXPECT_EQ(a.title, "Caf\u00E9 owners meet");
  EXPECT_NE(a.text.find("the caf\u00E9 met"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("\u09AC\u09BE\u09A1\u09BC\u09BF."), std::string::npos) << a.text;
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(a.paragraphs.back().end, a.text.size());
  EXPECT_EQ(std::string_view(a.text).substr(a.paragraphs.back().begin), "They agreed on a plan.");
}

TEST(ReadArticle, ByteOrderMarkIsDropped) {
  const Article a = ReadArticle("\xEF\xBB\xBFHello.", "bom.txt", {}).value();
  EXPECT_EQ(a.text, "Hello.");
  EXPECT_TRUE(a.warnings.empty());
}

TEST(ReadArticle, OptionsOverrideThePageAndNameTheOutlet) {
  ReadOptions options;
  options.format = InputFormat::kText;
  options.url = "https://www.reuters.com/world/story";
  options.date = "2024-01-31";
  const Article a = ReadArticle("Some text.", "-", options).value();
  EXPECT_EQ(a.url, options.url);
  EXPECT_EQ(a.published, "2024-01-31");
  EXPECT_EQ(a.outlet, "Reuters");
  EXPECT_EQ(a.metadata_sources.outlet, "url");
  EXPECT_EQ(a.source, "-");
  EXPECT_EQ(a.stages, (std::vector<std::string>{"read.text.v1"}));
  EXPECT_EQ(a.id.size(), 16u);
}

TEST(ReadArticle, AnOutletThePageNamesIsNotTheUrls) {
  ReadOptions options;
  options.format = InputFormat::kHtml;
  options.url = "https://www.reuters.com/world/story";
  const Article a =
      ReadArticle(R"(<html><head><meta property="og:site_name" content="Harbour Times"></head>)"
                  "<body><p>Some text.</p></body></html>",
                  "page.html", options)
          .value();
  EXPECT_EQ(a.outlet, "Harbour Times");
  EXPECT_EQ(a.metadata_sources.outlet, "opengraph");
  EXPECT_TRUE(ReadArticle("Some text.", "-", {}).value().metadata_sources.outlet.empty());
}

TEST(ReadArticle, ForcedFormatWins) {
  ReadOptions options;
  options.format = InputFormat::kText;
  const Article a = ReadArticle("# Not a heading here", "page.md", options).value();
  EXPECT_EQ(a.text, "# Not a heading here");
  EXPECT_TRUE(a.title.empty());
}

}  // namespace
}  // namespace sitrep
