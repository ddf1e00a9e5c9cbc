// BIO tags over the four CoNLL entity types, and the spans they spell.
//
// The tagger predicts one tag a token: O, or B-/I- of PER, ORG, LOC or MISC (IOB2: every entity
// opens with B-). CoNLL-2003 files are IOB1 (I- by default, B- only between two adjacent entities
// of one type); ToIob2 converts them so training and scoring see one scheme.
//
// Not for: the record's finer types (GPE, NORP): those are decided after tagging (entities.cc).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace sitrep::ner {

enum class EntityType : uint8_t { kPer = 0, kOrg = 1, kLoc = 2, kMisc = 3 };
inline constexpr int kNumTypes = 4;
inline constexpr int kNumTags = 1 + 2 * kNumTypes;

using Tag = uint8_t;
inline constexpr Tag kOutside = 0;
inline constexpr Tag BeginTag(EntityType t) { return static_cast<Tag>(1 + 2 * int(t)); }
inline constexpr Tag InsideTag(EntityType t) { return static_cast<Tag>(2 + 2 * int(t)); }
inline constexpr bool IsBegin(Tag tag) { return tag != kOutside && tag % 2 == 1; }
inline constexpr bool IsInside(Tag tag) { return tag != kOutside && tag % 2 == 0; }
inline constexpr EntityType TypeOf(Tag tag) { return static_cast<EntityType>((tag - 1) / 2); }

// May |next| follow |prev|? An I- tag continues only a B- or I- of its own type. |prev| is
// nullopt at the start of a sentence.
bool AllowedTransition(std::optional<Tag> prev, Tag next);

std::string_view TypeName(EntityType type);  // "PER", "ORG", "LOC", "MISC"
std::string_view TagName(Tag tag);           // "O", "B-PER", ...
// "B-PER" -> B-PER; "I-LOC" -> I-LOC; anything else unknown -> nullopt.
std::optional<Tag> ParseTag(std::string_view name);

// IOB1 -> IOB2 in place: an I- tag that does not continue an entity of its type opens one.
void ToIob2(std::vector<Tag>& tags);

// A run of tokens [begin, end) tagged as one entity.
struct TokenSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  EntityType type = EntityType::kPer;
  friend bool operator==(const TokenSpan&, const TokenSpan&) = default;
};

// The entities an IOB2 sequence spells, conlleval's way: a stray I- opens an entity.
std::vector<TokenSpan> SpansOf(const std::vector<Tag>& tags);

}  // namespace sitrep::ner
