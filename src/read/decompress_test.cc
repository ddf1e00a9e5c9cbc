#include "read/decompress.h"

#include <gtest/gtest.h>
#include <zlib.h>

namespace sitrep {
namespace {

// One gzip member holding |text|, made with zlib's deflate.
std::string Gzip(std::string_view text) {
  z_stream zs{};
  EXPECT_EQ(
      deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY),
      Z_OK);
  std::string out(deflateBound(&zs, text.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  zs.avail_in = static_cast<uInt>(text.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

TEST(IsGzip, ByMagicNumber) {
  EXPECT_TRUE(IsGzip(Gzip("x")));
  EXPECT_TRUE(IsGzip("\x1f\x8b"));
  EXPECT_FALSE(IsGzip("\x1f"));
  EXPECT_FALSE(IsGzip("<html>"));
  EXPECT_FALSE(IsGzip(""));
}

TEST(Gunzip, RoundTrip) {
  const std::string text = "Kyiv said talks would resume. Київ. 東京.\n";
  EXPECT_EQ(Gunzip(Gzip(text), 1 << 20).value(), text);
  EXPECT_EQ(Gunzip(Gzip(""), 1 << 20).value(), "");
}

TEST(Gunzip, LargerThanTheFirstBuffer) {
  std::string text;
  for (int i = 0; text.size() < 1'000'000; ++i) text += "Line " + std::to_string(i) + "\n";
  EXPECT_EQ(Gunzip(Gzip(text), 8 << 20).value(), text);
}

TEST(Gunzip, EveryMemberIsRead) {
  EXPECT_EQ(Gunzip(Gzip("first, ") + Gzip("") + Gzip("second"), 1 << 20).value(), "first, second");
}

TEST(Gunzip, ZeroPaddingAfterTheLastMemberIsIgnored) {
  EXPECT_EQ(Gunzip(Gzip("text") + std::string(512, '\0'), 1 << 20).value(), "text");
}

TEST(Gunzip, TruncatedStreamIsCorrupt) {
  const std::string gz = Gzip("Some article text that compresses into a few dozen bytes.");
  for (const size_t keep : {size_t{2}, size_t{10}, gz.size() / 2, gz.size() - 1}) {
    const Result<std::string> r = Gunzip(gz.substr(0, keep), 1 << 20);
    ASSERT_FALSE(r.ok()) << keep;
    EXPECT_EQ(r.status().code(), ErrorCode::kCorruptArchive);
    EXPECT_EQ(r.status().message(),
              "truncated gzip stream after " + std::to_string(keep) + " bytes");
  }
}

TEST(Gunzip, DamagedStreamIsCorrupt) {
  std::string gz = Gzip("A sentence that will not survive having its bytes flipped.");
  for (size_t i = 12; i < gz.size() - 8; ++i) gz[i] = static_cast<char>(~gz[i]);
  const Result<std::string> r = Gunzip(gz, 1 << 20);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kCorruptArchive);
  EXPECT_NE(r.status().message().find("corrupt gzip stream"), std::string::npos);

  const Result<std::string> trailing = Gunzip(Gzip("ok") + "junk", 1 << 20);
  EXPECT_EQ(trailing.status().code(), ErrorCode::kCorruptArchive);
}

TEST(GzipInflater, ByteByByteAcrossMembersAndPadding) {
  // As a slow pipe hands a stream over: a byte of input at a time, into a small window.
  const std::string gz = Gzip("first, ") + std::string(3, '\0') + Gzip("second");
  GzipInflater inflater;
  std::string out;
  char window[3];
  for (size_t i = 0; i < gz.size(); ++i) {
    std::string_view in = std::string_view(gz).substr(i, 1);
    while (!in.empty()) {
      const Result<size_t> n = inflater.Inflate(&in, window, sizeof window);
      ASSERT_TRUE(n.ok()) << n.status().ToString();
      out.append(window, n.value());
    }
  }
  // What zlib still holds comes out with no more input.
  for (std::string_view none;;) {
    const size_t n = inflater.Inflate(&none, window, sizeof window).value();
    out.append(window, n);
    if (n < sizeof window) break;
  }
  EXPECT_EQ(out, "first, second");
  EXPECT_TRUE(inflater.Complete());
}

TEST(GzipInflater, IncompleteInsideAMember) {
  const std::string gz = Gzip("a sentence of some length");
  GzipInflater inflater;
  std::string_view in = std::string_view(gz).substr(0, gz.size() - 4);
  char out[64];
  ASSERT_TRUE(inflater.Inflate(&in, out, sizeof out).ok());
  EXPECT_TRUE(in.empty());
  EXPECT_FALSE(inflater.Complete());
}

TEST(Gunzip, BombStopsAtTheLimit) {
  // 32 MB of zeros is a 32 KB gzip file.
  const std::string bomb = Gzip(std::string(32u << 20, '\0'));
  ASSERT_LT(bomb.size(), 64u << 10);
  const Result<std::string> r = Gunzip(bomb, 1 << 20);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kTooLarge);
  EXPECT_NE(r.status().message().find("1.0 MB"), std::string::npos);
  // Exactly at the limit is allowed.
  EXPECT_EQ(Gunzip(Gzip(std::string(1000, 'a')), 1000).value().size(), 1000u);
  EXPECT_EQ(Gunzip(Gzip(std::string(1001, 'a')), 1000).status().code(), ErrorCode::kTooLarge);
}

}  // namespace
}  // namespace sitrep
