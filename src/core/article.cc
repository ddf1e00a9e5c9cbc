// Article helpers: link kinds and the stable id. Tested by article_test.cc.
#include "core/article.h"

#include <cstdint>
#include <cstdio>

namespace sitrep {

std::string_view LinkKindName(LinkKind kind) {
  switch (kind) {
    case LinkKind::kRelated: return "related";
    case LinkKind::kSource: return "source";
    case LinkKind::kOther: return "other";
  }
  return "other";
}

uint64_t Hash64(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::string HashHex(std::string_view bytes) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(Hash64(bytes)));
  return buf;
}

void AssignStableId(Article& article) {
  const std::string& key = !article.canonical_url.empty() ? article.canonical_url
                           : !article.url.empty()         ? article.url
                                                          : article.text;
  article.id = HashHex(key);
}

std::string_view FieldText(const Article& article, const Mention& mention) {
  switch (mention.field) {
    case TextField::kBody: return article.text;
    case TextField::kTitle: return article.title;
    case TextField::kCaption:
      return mention.index < article.images.size() ? article.images[mention.index].caption
                                                   : std::string_view();
    case TextField::kLink:
      return mention.index < article.links.size() ? article.links[mention.index].text
                                                  : std::string_view();
  }
  return {};
}

}  // namespace sitrep
