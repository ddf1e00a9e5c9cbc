// Article -> human-readable text. Tested by text_record_test.cc.
#include "record/text_record.h"

#include <algorithm>

namespace sitrep {
namespace {

void Field(std::string& out, std::string_view name, std::string_view value) {
  out += "  ";
  out += name;
  out.append(12 - std::min<size_t>(name.size(), 11), ' ');
  out += value.empty() ? "-" : value;
  out += '\n';
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += sep;
    out += item;
  }
  return out;
}

}  // namespace

std::string ToText(const Article& article) {
  std::string out = article.title.empty() ? "(untitled)" : article.title;
  out += '\n';
  Field(out, "id", article.id);
  Field(out, "source", article.source);
  Field(out, "outlet", article.outlet);
  Field(out, "authors", Join(article.authors, "; "));
  Field(out, "published", article.published);
  Field(out, "language", article.language);
  Field(out, "url", article.url);
  if (article.canonical_url != article.url) Field(out, "canonical", article.canonical_url);
  for (const Image& image : article.images) {
    std::string value = image.caption.empty() ? "(no caption)" : image.caption;
    if (!image.credit.empty()) value += " [credit: " + image.credit + "]";
    if (!image.url.empty()) value += " <" + image.url + ">";
    Field(out, "image", value);
  }
  for (const Link& link : article.links) {
    std::string value = std::string(LinkKindName(link.kind)) + ": " + link.text;
    if (!link.url.empty()) value += " <" + link.url + ">";
    Field(out, "link", value);
  }
  for (const std::string& warning : article.warnings) Field(out, "warning", warning);
  Field(out, "stages", Join(article.stages, ", "));

  const std::string_view text = article.text;
  size_t next_sentence = 0;
  for (size_t p = 0; p < article.paragraphs.size(); ++p) {
    const Span para = article.paragraphs[p];
    out += "\n[" + std::to_string(p + 1) + "]\n";
    bool any = false;
    for (; next_sentence < article.sentences.size() &&
           para.Contains(article.sentences[next_sentence]);
         ++next_sentence) {
      out += "  ";
      out += article.sentences[next_sentence].Of(text);
      out += '\n';
      any = true;
    }
    if (!any) {
      out += "  ";
      out += para.Of(text);
      out += '\n';
    }
  }
  return out;
}

}  // namespace sitrep
