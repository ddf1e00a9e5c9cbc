// Training the tagger: an averaged structured perceptron (Collins 2002) over the features of
// ner_features.h, decoded with the same constrained Viterbi as at run time.
//
// Why a perceptron rather than a CRF: it needs no gradient of a partition function, trains in a
// few passes of plain additions, and with averaging reaches CRF accuracy on CoNLL-style NER
// (Ratinov and Roth's tagger is one); the run-time model is the same linear scorer either way.
//
// With the second pass (doc_context.h), the training documents are first tagged by |folds|
// models, each trained on the documents outside its slice, and the final model learns every
// sentence twice: with its own features (the first pass), and with those plus the context of
// those held-out tags (the second pass). The final weights may be the mean of several such
// perceptrons, each seeing the sentences in its own order (|runs|). Training costs about
// folds + 2 x runs times a plain run.
//
// Deterministic: the only randomness is the order of sentences in each epoch, drawn from a
// splitmix64 stream seeded by |seed| with our own Fisher-Yates shuffle (std::shuffle's algorithm
// differs between standard libraries), and the arithmetic runs in one thread in a fixed order.
//
// Not for: run-time tagging (ner_model.h).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include "core/result.h"
#include "recognise/conll.h"
#include "recognise/ner_model.h"

namespace sitrep::ner {

struct TrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  uint32_t hash_bits = 20;
  std::string description;  // written into the model: data, command, seed
  std::string clusters;     // BuildClusterTable's bytes (word_clusters.h), or empty for none
  std::string places;       // BuildPlaceTable's bytes (place_names.h), or empty for none
  bool second_pass = true;  // train for the document-context pass too (doc_context.h)
  int folds = 5;            // slices of the documents whose first-pass tags feed the second pass
  int runs = 1;             // final perceptrons, each over its own sentence order, averaged
};

// Trains on |train| (which must have gold tags). When |dev| is given, its span F1 with the
// averaged weights is printed to |log| after each epoch; it never steers training. Returns the
// quantised weights, ready for SerialiseModel.
Result<ModelWeights> TrainNer(const ConllCorpus& train, const ConllCorpus* dev,
                              const TrainOptions& options, FILE* log);

}  // namespace sitrep::ner
