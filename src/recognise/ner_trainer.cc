// The averaged perceptron. Tested by ner_trainer_test.cc.
//
// Averaging uses the standard trick: keep the weights w and, beside them, the sum of every update
// times the step it happened at; the average over all steps is then w - sum / steps, computed
// once at the end instead of adding w to a running total after every sentence. Features of the
// whole training set are extracted once, before the first epoch, so an epoch is only additions.
#include "recognise/ner_trainer.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "recognise/doc_context.h"
#include "recognise/span_score.h"
#include "recognise/viterbi.h"

namespace sitrep::ner {
namespace {

uint64_t SplitMix(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

// One sentence, as a view into its document's extracted features.
struct Instance {
  uint32_t doc = 0;
  uint32_t first_token = 0;  // within the document
  uint32_t length = 0;
  std::vector<Tag> gold;
};

struct Featurised {
  std::vector<DocumentFeatures> docs;
  std::vector<Instance> instances;      // in document order
  std::vector<uint32_t> doc_instances;  // document d's sentences: [doc_instances[d], [d + 1])
};

Featurised Featurise(const ConllCorpus& corpus, const FeatureExtractor& extractor) {
  Featurised out;
  out.docs.resize(corpus.documents.size());
  for (size_t d = 0; d < corpus.documents.size(); ++d) {
    out.doc_instances.push_back(uint32_t(out.instances.size()));
    Document doc;
    uint32_t token = 0;
    for (const ConllSentence& s : corpus.documents[d].sentences) {
      doc.push_back(s.Words());
      out.instances.push_back({uint32_t(d), token, uint32_t(s.tokens.size()), s.GoldTags()});
      token += uint32_t(s.tokens.size());
    }
    extractor.Extract(doc, &out.docs[d]);
  }
  out.doc_instances.push_back(uint32_t(out.instances.size()));
  return out;
}

class Perceptron {
 public:
  explicit Perceptron(uint32_t hash_bits)
      : emission_((size_t(1) << hash_bits) * kNumTags, 0.f),
        emission_sum_(emission_.size(), 0.0),
        transition_(size_t(kTransitionRows) * kNumTags, 0.f),
        transition_sum_(transition_.size(), 0.0) {}

  // Scores |inst| with |emission| and |transition| (current or averaged) and decodes it.
  static void Decode(const DocumentFeatures& f, const Instance& inst,
                     const std::vector<float>& emission, const std::vector<float>& transition,
                     std::vector<float>& scores, std::vector<Tag>& out) {
    scores.assign(size_t(inst.length) * kNumTags, 0.f);
    for (uint32_t i = 0; i < inst.length; ++i) {
      const uint32_t t = inst.first_token + i;
      float* row = &scores[size_t(i) * kNumTags];
      for (uint32_t k = f.begin[t]; k < f.begin[t + 1]; ++k) {
        const float* w = &emission[size_t(f.ids[k]) * kNumTags];
        for (int j = 0; j < kNumTags; ++j) row[j] += w[j];
      }
    }
    out.resize(inst.length);
    Viterbi(scores.data(), inst.length, transition.data(), out.data());
  }

  void Learn(const DocumentFeatures& f, const Instance& inst) {
    Decode(f, inst, emission_, transition_, scores_, predicted_);
    ++step_;
    if (predicted_ == inst.gold) return;
    for (uint32_t i = 0; i < inst.length; ++i) {
      const Tag g = inst.gold[i], p = predicted_[i];
      const int gp = i == 0 ? kStartRow : inst.gold[i - 1];
      const int pp = i == 0 ? kStartRow : predicted_[i - 1];
      if (g != p || gp != pp) {
        Update(transition_, transition_sum_, size_t(gp) * kNumTags + g, +1);
        Update(transition_, transition_sum_, size_t(pp) * kNumTags + p, -1);
      }
      if (g == p) continue;
      const uint32_t t = inst.first_token + i;
      for (uint32_t k = f.begin[t]; k < f.begin[t + 1]; ++k) {
        const size_t row = size_t(f.ids[k]) * kNumTags;
        Update(emission_, emission_sum_, row + g, +1);
        Update(emission_, emission_sum_, row + p, -1);
      }
    }
  }

  // The averaged weights.
  void Averaged(std::vector<float>& emission, std::vector<float>& transition) const {
    const double steps = double(std::max<uint64_t>(step_, 1));
    emission.resize(emission_.size());
    for (size_t i = 0; i < emission_.size(); ++i) {
      emission[i] = float(emission_[i] - emission_sum_[i] / steps);
    }
    transition.resize(transition_.size());
    for (size_t i = 0; i < transition_.size(); ++i) {
      transition[i] = float(transition_[i] - transition_sum_[i] / steps);
    }
  }

 private:
  void Update(std::vector<float>& w, std::vector<double>& sum, size_t i, float delta) {
    w[i] += delta;
    sum[i] += double(step_) * delta;
  }

  std::vector<float> emission_;
  std::vector<double> emission_sum_;
  std::vector<float> transition_;
  std::vector<double> transition_sum_;
  uint64_t step_ = 0;
  std::vector<float> scores_;
  std::vector<Tag> predicted_;
};

// Tags every sentence of document |d| with the given weights: the first pass alone, or both
// passes when |two_pass|. Returns the tags of the document's tokens in order.
std::vector<Tag> TagDocument(const Featurised& data, uint32_t d, const std::vector<float>& emission,
                             const std::vector<float>& transition, bool two_pass,
                             uint32_t hash_bits) {
  std::vector<float> scores;
  std::vector<Tag> predicted, tags;
  auto tag_with = [&](const DocumentFeatures& f) {
    tags.clear();
    for (uint32_t i = data.doc_instances[d]; i < data.doc_instances[d + 1]; ++i) {
      const Instance& inst = data.instances[i];
      Perceptron::Decode(f, inst, emission, transition, scores, predicted);
      tags.insert(tags.end(), predicted.begin(), predicted.end());
    }
  };
  tag_with(data.docs[d]);
  if (two_pass) {
    DocumentFeatures context, both;
    ContextFeatures(data.docs[d].keys, tags, hash_bits, &context);
    AppendFeatures(data.docs[d], context, &both);
    tag_with(both);
  }
  return tags;
}

double DevF1(const Featurised& dev, const std::vector<float>& emission,
             const std::vector<float>& transition, bool two_pass, uint32_t hash_bits,
             SpanScore* score) {
  for (uint32_t d = 0; d + 1 < dev.doc_instances.size(); ++d) {
    const std::vector<Tag> tags = TagDocument(dev, d, emission, transition, two_pass, hash_bits);
    size_t at = 0;
    for (uint32_t i = dev.doc_instances[d]; i < dev.doc_instances[d + 1]; ++i) {
      const Instance& inst = dev.instances[i];
      score->Add(inst.gold, std::vector<Tag>(tags.begin() + ptrdiff_t(at),
                                             tags.begin() + ptrdiff_t(at + inst.length)));
      at += inst.length;
    }
  }
  return score->Overall().F1();
}

// |epochs| passes over |subset| of the instances, each in an order drawn from |rng|; calls
// |after_epoch| with the epoch's number after each.
template <typename F>
void RunEpochs(Perceptron& perceptron, const Featurised& data, std::vector<uint32_t> subset,
               int epochs, uint64_t& rng, F after_epoch) {
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    for (size_t i = subset.size(); i > 1; --i) {
      std::swap(subset[i - 1], subset[SplitMix(rng) % i]);
    }
    for (uint32_t i : subset) {
      const Instance& inst = data.instances[i];
      perceptron.Learn(data.docs[inst.doc], inst);
    }
    after_epoch(epoch);
  }
}

// Adds to |data| a second copy of every document with the context features of first-pass tags
// that come, for each of |folds| slices of the documents, from a model trained on the others;
// and a second copy of every sentence pointing at it.
void AddSecondPass(Featurised& data, const TrainOptions& options, uint64_t& rng) {
  const uint32_t docs = uint32_t(data.docs.size());
  std::vector<std::vector<Tag>> first_pass(docs);
  std::vector<float> emission, transition;
  for (int fold = 0; fold < options.folds; ++fold) {
    std::vector<uint32_t> subset;
    for (uint32_t i = 0; i < data.instances.size(); ++i) {
      if (int(data.instances[i].doc % uint32_t(options.folds)) != fold) subset.push_back(i);
    }
    Perceptron perceptron(options.hash_bits);
    RunEpochs(perceptron, data, std::move(subset), options.epochs, rng, [](int) {});
    perceptron.Averaged(emission, transition);
    for (uint32_t d = uint32_t(fold); d < docs; d += uint32_t(options.folds)) {
      first_pass[d] = TagDocument(data, d, emission, transition, false, options.hash_bits);
    }
  }
  data.docs.resize(2 * size_t(docs));
  DocumentFeatures context;
  for (uint32_t d = 0; d < docs; ++d) {
    ContextFeatures(data.docs[d].keys, first_pass[d], options.hash_bits, &context);
    AppendFeatures(data.docs[d], context, &data.docs[docs + d]);
  }
  const size_t n = data.instances.size();
  for (size_t i = 0; i < n; ++i) {
    Instance copy = data.instances[i];
    copy.doc += docs;
    data.instances.push_back(std::move(copy));
  }
}

}  // namespace

Result<ModelWeights> TrainNer(const ConllCorpus& train, const ConllCorpus* dev,
                              const TrainOptions& options, FILE* log) {
  if (!train.has_gold) {
    return Status(ErrorCode::kInvalidArgument, "training data needs a gold tag on every token");
  }
  if (dev && !dev->has_gold) {
    return Status(ErrorCode::kInvalidArgument, "dev data needs a gold tag on every token");
  }
  if (options.hash_bits < 10 || options.hash_bits > 24) {
    return Status(ErrorCode::kInvalidArgument, "hash bits must be within 10..24");
  }
  if (options.runs < 1 || options.runs > 16) {
    return Status(ErrorCode::kInvalidArgument, "runs must be within 1..16");
  }
  if (options.second_pass && (options.folds < 2 || options.folds > 20)) {
    return Status(ErrorCode::kInvalidArgument, "folds must be within 2..20");
  }
  auto view = [](const std::string& bytes) {
    return KeyedTable::View(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  };
  Result<KeyedTable> clusters = view(options.clusters), places = view(options.places);
  if (!clusters.ok()) return clusters.status();
  if (!places.ok()) return places.status();
  const FeatureExtractor extractor(options.hash_bits, clusters.value(), places.value());
  Featurised data = Featurise(train, extractor);
  Featurised held_out;
  if (dev) held_out = Featurise(*dev, extractor);

  uint64_t rng = options.seed;
  if (options.second_pass) AddSecondPass(data, options, rng);
  std::vector<uint32_t> all(data.instances.size());
  for (uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  // The final weights are the mean of |runs| perceptrons that differ only in the order they saw
  // the sentences: the order moves dev F1 by about half a point from seed to seed, and the mean
  // of a few orders is steadier (and a little better) than any one of them.
  std::vector<float> emission, transition, run_emission, run_transition;
  for (int run = 1; run <= options.runs; ++run) {
    Perceptron perceptron(options.hash_bits);
    RunEpochs(perceptron, data, all, options.epochs, rng, [&](int epoch) {
      if (!dev || !log) return;
      perceptron.Averaged(run_emission, run_transition);
      SpanScore score;
      std::fprintf(log, "run %d epoch %d: dev F1 %.4f\n", run, epoch,
                   DevF1(held_out, run_emission, run_transition, options.second_pass,
                         options.hash_bits, &score));
    });
    perceptron.Averaged(run_emission, run_transition);
    if (run == 1) {
      emission = run_emission;
      transition = run_transition;
      continue;
    }
    for (size_t i = 0; i < emission.size(); ++i) emission[i] += run_emission[i];
    for (size_t i = 0; i < transition.size(); ++i) transition[i] += run_transition[i];
  }
  // The scale of the weights does not change the decoding; dividing keeps them comparable
  // between models made with different run counts.
  for (float& w : emission) w /= float(options.runs);
  for (float& w : transition) w /= float(options.runs);

  // Quantise: one scale for both tables, so emission and transition sums stay comparable.
  float top = 0;
  for (float w : emission) top = std::max(top, std::fabs(w));
  for (float w : transition) top = std::max(top, std::fabs(w));
  ModelWeights out;
  out.hash_bits = options.hash_bits;
  out.scale = top > 0 ? 32767.f / top : 1.f;
  out.description = options.description;
  out.clusters = options.clusters;
  out.places = options.places;
  out.second_pass = options.second_pass;
  out.emission.resize(emission.size());
  for (size_t i = 0; i < emission.size(); ++i) {
    out.emission[i] = static_cast<int16_t>(std::lround(emission[i] * out.scale));
  }
  out.transition.resize(transition.size());
  for (size_t i = 0; i < transition.size(); ++i) {
    out.transition[i] = static_cast<int32_t>(std::lround(transition[i] * out.scale));
  }
  return out;
}

}  // namespace sitrep::ner
