// Model file reading, writing and tagging. Tested by ner_model_test.cc.
//
// The weights are used where the mapping puts them, so the host must be little-endian (checked
// at compile time); the header is decoded field by field and does not depend on struct layout.
#include "recognise/ner_model.h"

#include <bit>
#include <cstddef>
#include <cstdlib>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/mapped_file.h"
#include "recognise/doc_context.h"
#include "recognise/viterbi.h"

namespace sitrep::ner {

static_assert(std::endian::native == std::endian::little,
              "model weights are read in place; a big-endian host needs a byte-swapping load");

namespace {

constexpr char kMagic[8] = {'S', 'R', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr size_t kAlign = 64;
constexpr uint32_t kMaxHashBits = 24;

void Pad(std::string& out) { PadTo(out, kAlign); }
size_t Padded(size_t n) { return RoundUp(n, kAlign); }

// acc = the sum of the emission rows of |ids| (n of them), widened to int32. With SSE2 (every
// x86-64) the first eight columns go two vectors at a time: a third of the instructions of the
// scalar loop, which is the tagger's largest cost after Viterbi.
void SumRows(const int16_t* emission, const uint32_t* ids, uint32_t n, int32_t* acc) {
  static_assert(kNumTags == 9, "the SSE2 path sums eight columns and the ninth apart");
#if defined(__SSE2__)
  __m128i lo = _mm_setzero_si128(), hi = _mm_setzero_si128();
  int32_t last = 0;
  for (uint32_t k = 0; k < n; ++k) {
    const int16_t* row = emission + size_t(ids[k]) * kNumTags;
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row));
    const __m128i sign = _mm_srai_epi16(v, 15);
    lo = _mm_add_epi32(lo, _mm_unpacklo_epi16(v, sign));
    hi = _mm_add_epi32(hi, _mm_unpackhi_epi16(v, sign));
    last += row[8];
  }
  _mm_storeu_si128(reinterpret_cast<__m128i*>(acc), lo);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(acc + 4), hi);
  acc[8] = last;
#else
  for (int j = 0; j < kNumTags; ++j) acc[j] = 0;
  for (uint32_t k = 0; k < n; ++k) {
    const int16_t* row = emission + size_t(ids[k]) * kNumTags;
    for (int j = 0; j < kNumTags; ++j) acc[j] += row[j];
  }
#endif
}

Status Corrupt(const std::string& why) {
  return Status(ErrorCode::kParseError, "NER model: " + why);
}

}  // namespace

std::string DefaultModelPath() {
  const char* env = std::getenv("SITREP_NER_MODEL");
  if (env && *env) return env;
  return SITREP_MODEL_DIR "/ner.bin";
}

std::string SerialiseModel(const ModelWeights& w) {
  SITREP_ASSERT(w.transition.size() == size_t(kTransitionRows) * kNumTags);
  SITREP_ASSERT(w.emission.size() == (size_t(1) << w.hash_bits) * kNumTags);
  std::string out(kMagic, sizeof kMagic);
  PutU32(out, kModelFormatVersion);
  PutU32(out, kFeatureVersion);
  PutU32(out, w.hash_bits);
  PutU32(out, kNumTags);
  PutU32(out, kTransitionRows);
  PutU32(out, std::bit_cast<uint32_t>(w.scale));
  PutU32(out, static_cast<uint32_t>(w.description.size()));
  PutU32(out, static_cast<uint32_t>(w.clusters.size()));
  PutU32(out, static_cast<uint32_t>(w.places.size()));
  PutU32(out, w.second_pass ? 2 : 1);
  out += w.description;
  Pad(out);
  out += w.clusters;
  Pad(out);
  out += w.places;
  Pad(out);
  for (int32_t v : w.transition) PutU32(out, static_cast<uint32_t>(v));
  Pad(out);
  const size_t at = out.size();
  out.resize(at + w.emission.size() * sizeof(int16_t));
  std::memcpy(out.data() + at, w.emission.data(), w.emission.size() * sizeof(int16_t));
  Pad(out);
  PutU64(out, Checksum64(reinterpret_cast<const unsigned char*>(out.data()), out.size()));
  return out;
}

Result<NerModel> NerModel::Parse(MappedBytes storage) {
  const unsigned char* p = storage.data();
  const size_t n = storage.size();
  constexpr size_t kHeader = sizeof kMagic + 10 * 4;
  if (n < kHeader + 8 || std::memcmp(p, kMagic, sizeof kMagic) != 0) {
    return Corrupt("not a sitrep NER model (bad magic number)");
  }
  const uint32_t format = GetU32(p + 8), features = GetU32(p + 12), bits = GetU32(p + 16),
                 tags = GetU32(p + 20), rows = GetU32(p + 24), described = GetU32(p + 32),
                 clustered = GetU32(p + 36), placed = GetU32(p + 40), passes = GetU32(p + 44);
  if (format != kModelFormatVersion) {
    return Corrupt("format version " + std::to_string(format) + ", this sitrep reads " +
                   std::to_string(kModelFormatVersion) + "; retrain with `sitrep train ner`");
  }
  if (features != kFeatureVersion) {
    return Corrupt("made for feature set " + std::to_string(features) + ", this sitrep has " +
                   std::to_string(kFeatureVersion) + "; retrain with `sitrep train ner`");
  }
  if (tags != kNumTags || rows != kTransitionRows || bits == 0 || bits > kMaxHashBits ||
      (passes != 1 && passes != 2)) {
    return Corrupt("unexpected table sizes");
  }
  const size_t clusters_at = Padded(kHeader + size_t(described));
  const size_t places_at = Padded(clusters_at + size_t(clustered));
  const size_t transition_at = Padded(places_at + size_t(placed));
  const size_t emission_at = Padded(transition_at + size_t(rows) * tags * 4);
  const size_t checksum_at = Padded(emission_at + (size_t(1) << bits) * tags * 2);
  if (n != checksum_at + 8) return Corrupt("truncated or oversized file");
  if (Checksum64(p, checksum_at) != GetU64(p + checksum_at))
    return Corrupt("checksum mismatch (damaged file)");
  Result<KeyedTable> clusters = KeyedTable::View(p + clusters_at, clustered);
  if (!clusters.ok()) return Corrupt("word clusters: " + clusters.status().message());
  Result<KeyedTable> places = KeyedTable::View(p + places_at, placed);
  if (!places.ok()) return Corrupt("place names: " + places.status().message());
  NerModel model;
  model.hash_bits_ = bits;
  model.clusters_ = clusters.value();
  model.places_ = places.value();
  model.second_pass_ = passes == 2;
  model.description_.assign(reinterpret_cast<const char*>(p + kHeader), described);
  model.transition_ = reinterpret_cast<const int32_t*>(p + transition_at);
  model.emission_ = reinterpret_cast<const int16_t*>(p + emission_at);
  model.storage_ = std::move(storage);
  return model;
}

Result<NerModel> NerModel::Load(const std::string& path) {
  Result<MappedBytes> bytes = MappedBytes::Map(path, "NER model");
  if (!bytes.ok()) return bytes.status();
  Result<NerModel> model = Parse(std::move(bytes).value());
  if (!model.ok()) return Status(model.status().code(), path + ": " + model.status().message());
  return model;
}

Result<NerModel> NerModel::FromBytes(std::string bytes) {
  return Parse(MappedBytes::Own(std::move(bytes)));
}

std::vector<std::vector<Tag>> NerModel::TagDocument(const Document& doc) const {
  thread_local DocumentFeatures features, context;
  thread_local std::vector<int32_t> scores, second;
  thread_local std::vector<Tag> first_pass;
  FeatureExtractor(hash_bits_, clusters_, places_).Extract(doc, &features);
  auto score = [&](const DocumentFeatures& f, std::vector<int32_t>& out) {
    for (size_t t = 0; t < f.TokenCount(); ++t) {
      int32_t acc[kNumTags];
      SumRows(emission_, f.ids.data() + f.begin[t], f.begin[t + 1] - f.begin[t], acc);
      for (int j = 0; j < kNumTags; ++j) out[t * kNumTags + j] += acc[j];
    }
  };
  scores.assign(features.TokenCount() * kNumTags, 0);
  score(features, scores);
  auto decode = [&](const std::vector<int32_t>& s, Tag* out) {
    size_t t = 0;
    for (const Sentence& sentence : doc) {
      Viterbi(s.data() + t * kNumTags, sentence.size(), transition_, out + t);
      t += sentence.size();
    }
  };
  first_pass.resize(features.TokenCount());
  decode(scores, first_pass.data());
  if (second_pass_) {
    ContextFeatures(features.keys, first_pass, hash_bits_, &context);
    second = scores;
    score(context, second);
    decode(second, first_pass.data());
  }
  std::vector<std::vector<Tag>> out(doc.size());
  size_t t = 0;
  for (size_t s = 0; s < doc.size(); ++s) {
    out[s].assign(first_pass.begin() + ptrdiff_t(t),
                  first_pass.begin() + ptrdiff_t(t + doc[s].size()));
    t += doc[s].size();
  }
  return out;
}

}  // namespace sitrep::ner
