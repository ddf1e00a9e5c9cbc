// The averaged perceptron. Tested by ner_trainer_test.cc.
//
// Averaging uses the standard trick: keep the weights w and, beside them, the sum of every update
// times the step it happened at; the average over all steps is then w - sum / steps, computed
// once at the end instead of adding w to a running total after every sentence. Features of the
// whole training set are extracted once, before the first epoch, so an epoch is only additions.
#include "recognise/ner_trainer.h"

#include <algorithm>
#include <cmath>

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
  std::vector<Instance> instances;
};

Featurised Featurise(const ConllCorpus& corpus, const FeatureExtractor& extractor) {
  Featurised out;
  out.docs.resize(corpus.documents.size());
  for (size_t d = 0; d < corpus.documents.size(); ++d) {
    Document doc;
    uint32_t token = 0;
    for (const ConllSentence& s : corpus.documents[d].sentences) {
      doc.push_back(s.Words());
      out.instances.push_back({uint32_t(d), token, uint32_t(s.tokens.size()), s.GoldTags()});
      token += uint32_t(s.tokens.size());
    }
    extractor.Extract(doc, &out.docs[d]);
  }
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

double DevF1(const Featurised& dev, const std::vector<float>& emission,
             const std::vector<float>& transition, SpanScore* score) {
  std::vector<float> scores;
  std::vector<Tag> predicted;
  for (const Instance& inst : dev.instances) {
    Perceptron::Decode(dev.docs[inst.doc], inst, emission, transition, scores, predicted);
    score->Add(inst.gold, predicted);
  }
  return score->Overall().F1();
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
  const FeatureExtractor extractor(options.hash_bits);
  const Featurised data = Featurise(train, extractor);
  Featurised held_out;
  if (dev) held_out = Featurise(*dev, extractor);

  Perceptron perceptron(options.hash_bits);
  std::vector<uint32_t> order(data.instances.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t rng = options.seed;
  std::vector<float> emission, transition;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) {
      std::swap(order[i - 1], order[SplitMix(rng) % i]);
    }
    for (uint32_t i : order) {
      const Instance& inst = data.instances[i];
      perceptron.Learn(data.docs[inst.doc], inst);
    }
    if (dev && log) {
      perceptron.Averaged(emission, transition);
      SpanScore score;
      std::fprintf(log, "epoch %d: dev F1 %.4f\n", epoch,
                   DevF1(held_out, emission, transition, &score));
    }
  }
  perceptron.Averaged(emission, transition);

  // Quantise: one scale for both tables, so emission and transition sums stay comparable.
  float top = 0;
  for (float w : emission) top = std::max(top, std::fabs(w));
  for (float w : transition) top = std::max(top, std::fabs(w));
  ModelWeights out;
  out.hash_bits = options.hash_bits;
  out.scale = top > 0 ? 32767.f / top : 1.f;
  out.description = options.description;
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
