// Span precision, recall and F1 per entity type, conlleval's way: an entity counts as found only
// when both its boundaries and its type match exactly; figures are micro-averaged.
//
// Not for: partial-credit or mention-level scoring of coreference.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "recognise/bio_tags.h"

namespace sitrep::ner {

struct Counts {
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;
  double Precision() const { return predicted ? double(correct) / predicted : 0.0; }
  double Recall() const { return gold ? double(correct) / gold : 0.0; }
  double F1() const;
};

class SpanScore {
 public:
  // Adds one sentence's gold and predicted IOB2 tags (of equal length).
  void Add(const std::vector<Tag>& gold, const std::vector<Tag>& predicted);
  const Counts& Overall() const { return overall_; }
  const Counts& Of(EntityType type) const { return by_type_[int(type)]; }
  // A table: one line per type and one overall, precision/recall/F1 as percentages.
  std::string Table() const;

 private:
  Counts overall_;
  std::array<Counts, kNumTypes> by_type_{};
};

}  // namespace sitrep::ner
