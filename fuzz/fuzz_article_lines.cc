// Fuzzes a JSON Lines input of articles: the line reader (gzip inflated member by member, lines
// over the limit skipped) and each line's parse, then the page each good line holds through the
// read path. The input stands for the whole stream; a small line limit makes the too-long path
// reachable. Any input must give lines, refusals or a failure: never a crash, a hang or a line
// outside the limit.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "read/article_line.h"
#include "read/line_reader.h"
#include "read/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (256u << 10)) return 0;  // longer streams add time, not new paths
  constexpr size_t kMaxLine = 4096;
  // The reader reads a file: the input becomes one, in memory.
  const int fd = memfd_create("lines", 0);
  if (fd < 0 || write(fd, data, size) != static_cast<ssize_t>(size)) std::abort();
  lseek(fd, 0, SEEK_SET);
  auto reader = sitrep::LineReader::Open("/dev/fd/" + std::to_string(fd), kMaxLine);
  close(fd);
  if (!reader.ok()) std::abort();
  std::string_view line;
  for (sitrep::LineReader::Next next;
       (next = reader.value()->Read(&line)) != sitrep::LineReader::Next::kEnd &&
       next != sitrep::LineReader::Next::kFailed;) {
    if (next != sitrep::LineReader::Next::kLine) continue;
    if (line.size() > kMaxLine) std::abort();
    const auto parsed = sitrep::ParseArticleLine(line, sitrep::ReadOptions());
    if (parsed.ok()) (void)sitrep::ReadArticle(parsed.value().page, "fuzz", parsed.value().options);
  }
  return 0;
}
