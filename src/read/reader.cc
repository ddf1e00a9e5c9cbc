// Loading inputs and dispatching them to a format reader. Tested by reader_test.cc.
//
// Refusals happen here, once, for every format: missing and oversized files before a byte is
// read, empty and binary inputs before parsing. Binary is judged on the first 8 KiB: any NUL, or
// more than 5% C0 control characters (random bytes have about 10%, text almost none).
// Gzip is undone as the input is loaded, and bytes are decoded to UTF-8 (charset.h) before
// parsing; what no encoding explains is repaired, not refused, and the article carries a warning.
// UTF-16 is recognised by its byte order mark before the binary check, which its NULs would fail.
#include "read/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "read/charset.h"
#include "read/decompress.h"
#include "read/html_reader.h"
#include "read/markdown_reader.h"
#include "read/nfc.h"
#include "read/outlets.h"
#include "read/text_reader.h"

namespace sitrep {
namespace {

constexpr size_t kSniffBytes = 8192;

Status TooLarge(size_t size, size_t max_bytes) {
  return Status(ErrorCode::kTooLarge, Megabytes(size) + ", over the limit of " +
                                          Megabytes(max_bytes) + " (raise it with --max-size)");
}

bool LooksBinary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kSniffBytes);
  size_t controls = 0;
  size_t i = 0;
#ifdef __SSE2__
  // Sixteen bytes a step: every page is sniffed, and its first 8 KiB read a byte at a time cost
  // about 1 % of the extraction bench.
  for (; i + 16 <= head.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(head.data() + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())) != 0) return true;
    // Below 0x20 and not negative as a signed byte, but tab, LF, CR and FF; or DEL.
    const __m128i low =
        _mm_and_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpgt_epi8(v, _mm_set1_epi8(-1)));
    const __m128i spaces = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                                        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
                                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\f'))));
    const __m128i control =
        _mm_or_si128(_mm_andnot_si128(spaces, low), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
    controls += static_cast<size_t>(__builtin_popcount(_mm_movemask_epi8(control)));
  }
#endif
  for (const char ch : head.substr(i)) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) ++controls;
  }
  return controls * 20 > head.size();
}

bool IsBlank(std::string_view bytes) {
  for (const char c : bytes) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Reads |fd| to the end into |buffer| and unpacks gzip. |expected| is a regular file's size (0
// for none): a FIFO, stdin or a file that grows while read has no trustworthy size up front, so
// the limit is checked as the bytes arrive. |waited| (when asked) says whether some of a regular
// file's bytes were not in the kernel's cache.
Result<std::string_view> ReadStream(int fd, size_t expected, size_t max_bytes, std::string* buffer,
                                    bool* waited) {
  // Read straight into the buffer, so the page is copied once, by the kernel. The buffer only
  // grows, and is never cut to the page's size: growing a string clears the new bytes, and a
  // batch that cut it would clear every page it reads (2 % of the extraction bench's
  // instructions). One byte past the expected size finds a file that grew.
  if (buffer->size() < expected + 1) buffer->resize(expected + 1);
  size_t used = 0;
  // A file read short of what was asked is at its end; a pipe may just have no more yet.
  bool at_end = false;
  if (waited != nullptr) *waited = false;
  if (waited != nullptr && expected > 0) {
    // The first read takes what the cache holds without waiting for the disk; it stops short at
    // the first byte not there (or fails, EAGAIN, or cannot tell, EOPNOTSUPP: taken as waiting).
    iovec all = {buffer->data(), buffer->size()};
    const ssize_t n = ::preadv2(fd, &all, 1, -1, RWF_NOWAIT);
    used = n > 0 ? static_cast<size_t>(n) : 0;
    *waited = used < expected;
    at_end = used == expected;  // short of the buffer, which is a byte longer
  }
  while (!at_end) {
    if (used == buffer->size()) {
      buffer->resize(std::max<size_t>(buffer->size() * 2, size_t{1} << 16));
    }
    const size_t wanted = buffer->size() - used;
    const ssize_t n = ::read(fd, buffer->data() + used, wanted);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status(ErrorCode::kIoError, std::strerror(errno));
    used += static_cast<size_t>(n);
    if (used > max_bytes) return TooLarge(used, max_bytes);
    at_end = n == 0 || (expected > 0 && static_cast<size_t>(n) < wanted);
  }
  const std::string_view bytes(buffer->data(), used);
  if (!IsGzip(bytes)) return bytes;
  Result<std::string> unpacked = Gunzip(bytes, max_bytes);
  if (!unpacked.ok()) return unpacked.status();
  *buffer = std::move(unpacked).value();
  return std::string_view(*buffer);
}

// Reads the open file |fd| as LoadInput does: refused before a byte is read when it is a
// directory or a file over the limit.
Result<std::string_view> ReadOpenFile(int fd, size_t max_bytes, std::string* buffer, bool* waited) {
  struct stat st;
  if (::fstat(fd, &st) != 0) return Status(ErrorCode::kIoError, std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return Status(ErrorCode::kInvalidArgument, "is a directory");
  const bool regular = S_ISREG(st.st_mode);
  if (regular && static_cast<size_t>(st.st_size) > max_bytes) {
    return TooLarge(static_cast<size_t>(st.st_size), max_bytes);
  }
  return ReadStream(fd, regular ? static_cast<size_t>(st.st_size) : 0, max_bytes, buffer, waited);
}

}  // namespace

Result<std::string_view> LoadInput(const std::string& path, size_t max_bytes, std::string* buffer,
                                   bool* waited) {
  if (path == "-") return ReadStream(STDIN_FILENO, 0, max_bytes, buffer, waited);
  // Opened first and asked about after: a stat by path, then an open, made two calls of one.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status(ErrorCode::kNotFound, std::strerror(errno));
  Result<std::string_view> bytes = ReadOpenFile(fd, max_bytes, buffer, waited);
  ::close(fd);
  return bytes;
}

void PrefetchInput(const std::string& path) {
  if (path == "-") return;
  // Non-blocking, so that a FIFO's open does not wait for a writer; the advice is refused for
  // anything but a file, which is what is wanted.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return;
  posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
  ::close(fd);
}

InputFormat DetectFormat(std::string_view name, std::string_view bytes) {
  std::string lower = LowerAscii(name);
  // LoadInput has already unpacked gzip, so "story.md.gz" is judged as "story.md".
  if (lower.ends_with(".gz")) lower.resize(lower.size() - 3);
  for (const char* ext : {".md", ".markdown"}) {
    if (lower.ends_with(ext)) return InputFormat::kMarkdown;
  }
  for (const char* ext : {".html", ".htm", ".xhtml"}) {
    if (lower.ends_with(ext)) return InputFormat::kHtml;
  }
  if (lower.ends_with(".txt")) return InputFormat::kText;

  const std::string head = LowerAscii(bytes.substr(0, kSniffBytes));
  const size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string::npos && head[first] == '<' &&
      (head.find("<html") != std::string::npos || head.find("<!doctype") != std::string::npos ||
       head.find("<body") != std::string::npos || head.find("<p") != std::string::npos)) {
    return InputFormat::kHtml;
  }
  if (head.starts_with("# ") || head.find("\n# ") != std::string::npos ||
      head.find("](") != std::string::npos) {
    return InputFormat::kMarkdown;
  }
  return InputFormat::kText;
}

namespace {

// Whether any words of |article| that came from the page may not be in NFC.
bool ReadNeedsNfc(const Article& article) {
  if (MayNotBeNfc(article.text) || MayNotBeNfc(article.title) || MayNotBeNfc(article.section) ||
      MayNotBeNfc(article.outlet)) {
    return true;
  }
  for (const std::string& author : article.authors) {
    if (MayNotBeNfc(author)) return true;
  }
  for (const Image& image : article.images) {
    if (MayNotBeNfc(image.caption) || MayNotBeNfc(image.credit)) return true;
  }
  for (const Link& link : article.links) {
    if (MayNotBeNfc(link.text)) return true;
  }
  return false;
}

}  // namespace

Result<Article> ReadArticle(std::string_view bytes, std::string_view name,
                            const ReadOptions& options) {
  SITREP_ASSERT(options.format != InputFormat::kJsonLines);
  const Status empty(ErrorCode::kEmptyInput, "no text in it");
  const Status binary(ErrorCode::kBinaryInput,
                      "looks like binary data, not text, Markdown or HTML");
  if (IsBlank(bytes)) return empty;
  // UTF-16 is half NUL bytes, so it is judged once decoded.
  const bool utf16 = EncodingFromBom(bytes).starts_with("UTF-16");
  if (!utf16 && LooksBinary(bytes)) return binary;
  DecodedText decoded;
  const std::string_view utf8 = DecodeToUtf8(
      bytes, options.format == InputFormat::kAuto ? DetectFormat(name, bytes) : options.format,
      &decoded);
  if (utf16 && LooksBinary(utf8)) return binary;
  if (IsBlank(utf8)) return empty;

  const InputFormat format =
      options.format == InputFormat::kAuto ? DetectFormat(name, utf8) : options.format;
  auto read_as_format = [&](std::string_view page) {
    return format == InputFormat::kMarkdown ? ReadMarkdown(page, options)
           : format == InputFormat::kHtml   ? ReadHtml(page, options)
                                            : ReadText(page, options);
  };
  Result<Article> read = read_as_format(utf8);
  if (!read.ok()) return read;
  // The record's text in NFC (nfc.h). What was read is tested rather than the page, a tenth of
  // its size or less; the few pages whose words NFC would change are normalised whole and read
  // again, so that every span is an offset into the text as it is given out.
  if (ReadNeedsNfc(read.value())) {
    const std::string nfc = ToNfc(utf8);
    if (nfc != utf8) read = read_as_format(nfc);
    if (!read.ok()) return read;
  }
  Article article = std::move(read).value();
  article.source = name;
  article.stages.emplace_back(format == InputFormat::kMarkdown ? "read.markdown.v1"
                              : format == InputFormat::kHtml   ? "read.html.v1"
                                                               : "read.text.v1");
  if (decoded.encoding != "UTF-8") {
    decoded.warnings.insert(decoded.warnings.begin(), "decoded from " + decoded.encoding);
  }
  article.warnings.insert(article.warnings.begin(), decoded.warnings.begin(),
                          decoded.warnings.end());
  if (!options.url.empty()) article.url = options.url;
  if (!options.date.empty()) article.published = options.date;
  if (article.outlet.empty()) {
    article.outlet = OutletFromUrl(!article.url.empty() ? article.url : article.canonical_url);
    if (!article.outlet.empty()) article.metadata_sources.outlet = "url";
  }
  AssignStableId(article);
  return article;
}

}  // namespace sitrep
