// Tag names, transitions and spans. Tested by bio_tags_test.cc.
#include "recognise/bio_tags.h"

namespace sitrep::ner {

namespace {
constexpr std::string_view kTagNames[kNumTags] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                                  "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
constexpr std::string_view kTypeNames[kNumTypes] = {"PER", "ORG", "LOC", "MISC"};
}  // namespace

bool AllowedTransition(std::optional<Tag> prev, Tag next) {
  if (!IsInside(next)) return true;
  return prev && *prev != kOutside && TypeOf(*prev) == TypeOf(next);
}

std::string_view TypeName(EntityType type) { return kTypeNames[int(type)]; }
std::string_view TagName(Tag tag) { return kTagNames[tag]; }

std::optional<Tag> ParseTag(std::string_view name) {
  for (Tag t = 0; t < kNumTags; ++t) {
    if (kTagNames[t] == name) return t;
  }
  return std::nullopt;
}

void ToIob2(std::vector<Tag>& tags) {
  for (size_t i = 0; i < tags.size(); ++i) {
    if (!IsInside(tags[i])) continue;
    std::optional<Tag> prev;
    if (i > 0) prev = tags[i - 1];
    if (!AllowedTransition(prev, tags[i])) tags[i] = BeginTag(TypeOf(tags[i]));
  }
}

std::vector<TokenSpan> SpansOf(const std::vector<Tag>& tags) {
  std::vector<TokenSpan> spans;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const Tag tag = tags[i];
    if (tag == kOutside) continue;
    const bool continues = IsInside(tag) && !spans.empty() && spans.back().end == i &&
                           spans.back().type == TypeOf(tag);
    if (continues) {
      spans.back().end = i + 1;
    } else {
      spans.push_back({i, i + 1, TypeOf(tag)});
    }
  }
  return spans;
}

}  // namespace sitrep::ner
