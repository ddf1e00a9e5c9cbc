// The named-entity tagger at run time: a model file, memory-mapped and read-only, that tags the
// sentences of a document with BIO tags.
//
// The model is a linear first-order sequence model: a token's score for each tag is the sum of
// the weights of its hashed features (ner_features.h), and constrained Viterbi (viterbi.h) picks
// the best tag sequence with learned transition weights. A model trained with the second pass
// then adds the weights of the document-context features of those tags (doc_context.h) and
// decodes again; the token features are scored once for both passes. Weights are int16, quantised
// from the averaged perceptron's floats (ner_trainer.h), so the table is half the size of floats
// and more of it stays in cache.
//
// File layout, all little-endian (everything that changes behaviour is in the file):
//   magic "SRNERMDL", u32 format version, u32 feature version, u32 hash bits, u32 tags,
//   u32 transition rows, f32 scale (int = round(float * scale)), u32 description length,
//   u32 word cluster table length, u32 place name table length, u32 passes (1, or 2 with the
//   document-context pass of doc_context.h), description (UTF-8: data, command, seed), zero padding
//   to 64 bytes, the word cluster table (keyed_table.h, word_clusters.h; may be empty), padding to
//   64, the place name table (keyed_table.h, place_names.h; may be empty), padding to 64, i32
//   transitions[rows][tags], padding to 64, i16 emission[2^bits][tags], padding to 64, u64 checksum
//   of every byte before it.
// Loading checks magic, versions, sizes and the checksum, then uses the weights in place.
//
// Lifetime: a NerModel is a cheap handle; copies share one mapping, released with the last copy.
// Tag() is const and keeps its scratch space per thread, so one model serves every thread.
//
// Not for: training (ner_trainer.h) or deciding record types (entities.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/mapped_file.h"
#include "core/result.h"
#include "recognise/bio_tags.h"
#include "recognise/ner_features.h"

namespace sitrep::ner {

inline constexpr uint32_t kModelFormatVersion = 3;

// What a model file holds, before serialisation.
struct ModelWeights {
  uint32_t hash_bits = 20;
  float scale = 1;
  std::string description;
  std::string clusters;             // BuildClusterTable's bytes, or empty
  std::string places;               // BuildPlaceTable's bytes, or empty
  bool second_pass = false;         // tag again with doc_context.h's features
  std::vector<int32_t> transition;  // kTransitionRows * kNumTags
  std::vector<int16_t> emission;    // (1 << hash_bits) * kNumTags
};

std::string SerialiseModel(const ModelWeights& weights);

// Where the model is looked for when no path is given: $SITREP_NER_MODEL when set, else
// models/ner.bin in the source tree this sitrep was built from.
std::string DefaultModelPath();

class NerModel {
 public:
  static Result<NerModel> Load(const std::string& path);
  // For tests and the trainer: the same checks, over bytes in memory (copied).
  static Result<NerModel> FromBytes(std::string bytes);

  // One tag sequence per sentence of |doc|, each as long as its sentence.
  std::vector<std::vector<Tag>> TagDocument(const Document& doc) const;

  uint32_t hash_bits() const { return hash_bits_; }
  const std::string& description() const { return description_; }
  const KeyedTable& clusters() const { return clusters_; }
  const KeyedTable& places() const { return places_; }
  bool second_pass() const { return second_pass_; }

 private:
  static Result<NerModel> Parse(MappedBytes storage);

  MappedBytes storage_;
  uint32_t hash_bits_ = 0;
  std::string description_;
  KeyedTable clusters_, places_;
  bool second_pass_ = false;
  const int32_t* transition_ = nullptr;
  const int16_t* emission_ = nullptr;
};

}  // namespace sitrep::ner
