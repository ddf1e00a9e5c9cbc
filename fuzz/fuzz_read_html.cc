// Fuzzes the HTML path alone: charset sniffing and decoding, the prepass, gumbo, the metadata
// and body readers, then the pipeline and the JSON record. Every input is read as HTML, so the
// fuzzer's whole budget goes to markup (fuzz_read_article spreads it over all formats).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline/registry.h"
#include "record/json_record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (256u << 10)) return 0;  // larger pages add time, not new paths
  static const sitrep::Pipeline pipeline = sitrep::DefaultPipeline().value();
  sitrep::ReadOptions options;
  options.format = sitrep::InputFormat::kHtml;
  options.url = "https://example.org/news/2024/05/14/story.html";
  options.max_bytes = 1u << 20;
  const auto article =
      pipeline.Analyze(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz", options);
  if (article.ok()) (void)sitrep::ToJson(article.value());
  return 0;
}
