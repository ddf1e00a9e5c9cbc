// A JSON line to a page and its options. Tested by article_line_test.cc.
//
// JSON must be UTF-8 (RFC 8259), so a line that is not is refused, not repaired as a page's
// stray bytes are: the line's framing itself is in doubt. Messages give the byte where the JSON
// went wrong, not nlohmann's own text, which quotes what it read (a whole unterminated page).
#include "read/article_line.h"

#include <array>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/utf8.h"
#include "read/date_line.h"
#include "read/strings.h"

namespace sitrep {
namespace {

using nlohmann::json;

struct PageKey {
  const char* name;
  InputFormat format;
};
constexpr std::array<PageKey, 3> kPageKeys = {{{"html", InputFormat::kHtml},
                                               {"markdown", InputFormat::kMarkdown},
                                               {"text", InputFormat::kText}}};

Status Bad(std::string message) { return Status(ErrorCode::kParseError, std::move(message)); }

// The string under |key|, "" when the key is absent or null; an error for another type.
Result<std::string> OptionalString(const json& doc, const char* key) {
  const auto it = doc.find(key);
  if (it == doc.end() || it->is_null()) return std::string();
  if (!it->is_string()) return Bad(std::string("\"") + key + "\" is not a string");
  return it->get<std::string>();
}

}  // namespace

Result<ArticleLine> ParseArticleLine(std::string_view line, const ReadOptions& defaults) {
  if (!IsValidUtf8(line)) return Bad("not valid UTF-8, as JSON must be");
  json doc;
  try {
    doc = json::parse(line);
  } catch (const json::parse_error& e) {
    return Bad("not JSON (at byte " + std::to_string(e.byte) + ")");
  } catch (const json::out_of_range&) {
    // nlohmann turns down a number no double holds (1e400) with an exception of its own.
    return Bad("a number too large to read");
  }
  if (!doc.is_object()) return Bad("not a JSON object");

  ArticleLine article;
  article.options = defaults;
  const PageKey* page = nullptr;
  for (const PageKey& key : kPageKeys) {
    const auto it = doc.find(key.name);
    if (it == doc.end()) continue;
    if (page != nullptr) {
      return Bad(std::string("both \"") + page->name + "\" and \"" + key.name +
                 "\": one page a line");
    }
    if (!it->is_string()) return Bad(std::string("\"") + key.name + "\" is not a string");
    page = &key;
    article.page = std::move(it->get_ref<std::string&>());
  }
  if (page == nullptr) return Bad("no page: expected \"html\", \"markdown\" or \"text\"");
  article.options.format = page->format;

  Result<std::string> url = OptionalString(doc, "url");
  if (!url.ok()) return url.status();
  if (!url.value().empty()) article.options.url = std::move(url).value();
  Result<std::string> date = OptionalString(doc, "date");
  if (!date.ok()) return date.status();
  if (!date.value().empty()) {
    article.options.date = PublicationTime(date.value());
    if (article.options.date.empty()) {
      return Bad(
          "\"date\" wants a date as YYYY-MM-DD, or with its time as YYYY-MM-DDTHH:MM, "
          "seconds and offset optional, not '" +
          date.value() + "'");
    }
  }
  // A crawler's ids are often numbers; they are the same key written as text.
  const auto id = doc.find("id");
  if (id != doc.end() && id->is_number_integer()) {
    article.id = id->dump();
  } else {
    Result<std::string> text_id = OptionalString(doc, "id");
    if (!text_id.ok()) return Bad("\"id\" is not a string or an integer");
    article.id = std::move(text_id).value();
  }
  return article;
}

bool IsJsonLinesName(std::string_view name) {
  std::string lower = LowerAscii(name);
  if (lower.ends_with(".gz")) lower.resize(lower.size() - 3);
  return lower.ends_with(".jsonl") || lower.ends_with(".ndjson");
}

}  // namespace sitrep
