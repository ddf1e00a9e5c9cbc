// Constrained Viterbi decoding over the BIO tags: the best-scoring tag sequence for one sentence
// under a first-order model, never producing an I- tag that does not continue its own type
// (bio_tags.h AllowedTransition), so every output is a well-formed IOB2 sequence.
//
// Scores are float while training and int32 (quantised weights) at run time; the same code
// decodes both.
//
// Not for: computing the scores (ner_model.h, ner_trainer.h).
#pragma once

#include <cstddef>
#include <cstdint>

#include "recognise/bio_tags.h"

namespace sitrep::ner {

// Rows of the transition table: kNumTags rows for the previous tag, then one for the start.
inline constexpr int kTransitionRows = kNumTags + 1;
inline constexpr int kStartRow = kNumTags;

// |emission|: n rows of kNumTags scores. |transition|: kTransitionRows rows of kNumTags, the
// score of moving from the row's tag (or the start) to the column's tag. Writes n tags to |out|.
// Ties go to the lower tag number, so decoding is deterministic.
void Viterbi(const float* emission, size_t n, const float* transition, Tag* out);
void Viterbi(const int32_t* emission, size_t n, const int32_t* transition, Tag* out);

}  // namespace sitrep::ner
