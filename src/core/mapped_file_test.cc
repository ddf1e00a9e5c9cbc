#include "core/mapped_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>

namespace sitrep {
namespace {

TEST(MappedBytes, MapsAFileAndSharesItBetweenCopies) {
  char path[] = "/tmp/sitrep_mapped_XXXXXX";
  const int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(write(fd, "abcdef", 6), 6);
  close(fd);
  Result<MappedBytes> mapped = MappedBytes::Map(path, "test file");
  std::remove(path);
  ASSERT_TRUE(mapped.ok()) << mapped.status().ToString();
  const MappedBytes copy = mapped.value();
  EXPECT_EQ(copy.size(), 6u);
  EXPECT_EQ(copy.data(), mapped.value().data());
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(copy.data()), copy.size()), "abcdef");
}

TEST(MappedBytes, MissingAndEmptyFilesAreClearErrors) {
  Result<MappedBytes> missing = MappedBytes::Map("/nonexistent/x.bin", "gazetteer");
  EXPECT_EQ(missing.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(missing.status().message().find("cannot open gazetteer"), std::string::npos);
  char path[] = "/tmp/sitrep_mapped_XXXXXX";
  const int fd = mkstemp(path);
  close(fd);
  Result<MappedBytes> empty = MappedBytes::Map(path, "gazetteer");
  std::remove(path);
  EXPECT_EQ(empty.status().code(), ErrorCode::kIoError);
}

TEST(BinaryHelpers, LittleEndianRoundTripAndPadding) {
  std::string out;
  PutU32(out, 0x01020304u);
  PutU64(out, 0x1122334455667788ull);
  ASSERT_EQ(out.size(), 12u);
  EXPECT_EQ(out[0], 0x04);
  const auto* p = reinterpret_cast<const unsigned char*>(out.data());
  EXPECT_EQ(GetU32(p), 0x01020304u);
  EXPECT_EQ(GetU64(p + 4), 0x1122334455667788ull);
  PadTo(out, 64);
  EXPECT_EQ(out.size(), 64u);
  EXPECT_EQ(RoundUp(65, 64), 128u);
}

TEST(BinaryHelpers, ChecksumSeesOneFlippedBit) {
  std::string bytes(1001, 'x');
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const uint64_t before = Checksum64(p, bytes.size());
  bytes[1000] ^= 1;  // in the tail past the last whole word
  EXPECT_NE(Checksum64(p, bytes.size()), before);
  bytes[1000] ^= 1;
  bytes[8] ^= 1;
  EXPECT_NE(Checksum64(p, bytes.size()), before);
}

}  // namespace
}  // namespace sitrep
