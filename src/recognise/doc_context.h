// The tagger's second pass: features from what the first pass predicted elsewhere in the same
// document (Ratinov and Roth's context aggregation). A name is usually written in full once and
// shortened after ("Jesper Parnevik" ... "Parnevik"), or sits in a headline in capitals; the
// sentence around one occurrence may say little about its type while another says much. So each
// token gets features from the tags the first pass gave the document's other tokens of the same
// lower-case form: which types they were, in what share, and whether they opened their entity.
//
// The model is trained on both passes at once (ner_trainer.h): once with the plain features and
// once with these added, where the first-pass tags of the training documents come from models
// that did not see them (k-fold), so that training sees first-pass errors as they come at run
// time.
//
// Not for: the per-token features (ner_features.h) or decoding (ner_model.h).
#pragma once

#include <cstdint>
#include <vector>

#include "recognise/bio_tags.h"
#include "recognise/ner_features.h"

namespace sitrep::ner {

// Replaces |out| with the context features of every token of a document, given its first-pass
// |keys| (DocumentFeatures::keys) and |tags| (one per token, the document's sentences in order).
// A token whose form occurs nowhere else in the document gets none.
void ContextFeatures(const std::vector<uint64_t>& keys, const std::vector<Tag>& tags,
                     uint32_t hash_bits, DocumentFeatures* out);

// |base| with |extra|'s ids appended token by token (both for the same document).
void AppendFeatures(const DocumentFeatures& base, const DocumentFeatures& extra,
                    DocumentFeatures* out);

}  // namespace sitrep::ner
