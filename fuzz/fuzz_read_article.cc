// Fuzzes the whole read path: format detection, gzip, charsets, Markdown, HTML and text readers,
// then the pipeline and the JSON record. Any input must give an Article or a Status; never a
// crash, a hang, or a record that is not valid to write.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline/registry.h"
#include "record/json_record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (256u << 10)) return 0;  // larger pages add time, not new paths
  static const sitrep::Pipeline pipeline = sitrep::DefaultPipeline().value();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks the format, so every reader sees every kind of input.
  sitrep::ReadOptions options;
  options.format = static_cast<sitrep::InputFormat>(size > 0 ? data[0] % 4 : 0);
  options.max_bytes = 1u << 20;
  const auto article = pipeline.Analyze(bytes, "fuzz", options);
  if (article.ok()) (void)sitrep::ToJson(article.value());
  return 0;
}
