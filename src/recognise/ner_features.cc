// Feature extraction. Tested by ner_features_test.cc.
//
// Two passes over a document. The first computes, once per token, the hashes of its word forms
// (exact, lower case with digits folded to 0, shape, prefixes and suffixes) and a few flags, and
// collects the lower-case forms that occur in lower case anywhere in the document. The second
// emits each token's feature ids by mixing a template number with those hashes and with its
// neighbours'. Nothing in the second pass touches the word bytes again, which is what makes
// extraction cheap next to the weight lookups.
#include "recognise/ner_features.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <string>

#include "recognise/lexicons.h"
#include "recognise/place_names.h"
#include "recognise/word_clusters.h"

namespace sitrep::ner {
namespace {

// Template numbers. Their values are part of the model file's meaning (kFeatureVersion).
enum Template : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kPrefix,  // + length 1..4
  kSuffix = kPrefix + 8,
  kLowerPrev = kSuffix + 8,
  kLowerNext,
  kLowerPrev2,
  kLowerNext2,
  kShapePrevCur,
  kShapeCurNext,
  kShapeTriple,
  kBigramPrev,
  kBigramNext,
  kCaseContext,
  kSeenLower,
  kTitlePrev,
  kTitle,
  kHonorificPrev,
  kDemonym,
  kWordPrev,
  kWordNext,
  kSuffixPrev,
  kInitialCapSeen,
  kSuffixNext,
  kBigramPrev2,
  kCapRun,
  kCluster,  // + prefix length index 0..4
  kClusterPrev = kCluster + 8,
  kClusterNext = kClusterPrev + 8,
  kPlace,      // kind bit x position in the name
  kOtherPrev,  // the word before another occurrence of a capitalised token in the document
  kOtherNext,  // ... and the word after it
};

// How many other occurrences of a capitalised token lend it their neighbours.
constexpr size_t kOtherOccurrences = 4;

// Cluster path prefix lengths (Ratinov and Roth's 4, 6, 10, 20) and the whole path.
constexpr uint32_t kClusterPrefixes[] = {4, 6, 10, 20, 32};

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Fnv(std::string_view s, uint64_t h = kFnvOffset) {
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

// splitmix64's finaliser: spreads every input bit over the output, so the top bits index buckets.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

uint64_t Combine(uint64_t a, uint64_t b) { return Mix(a * 0x9e3779b97f4a7c15ull + b); }

bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

bool FirstIsUpper(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = word[0];
  if (c < 0x80) return IsAsciiUpper(c);
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                  static_cast<utf8proc_ssize_t>(word.size()), &cp);
  return n > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

// Per-token facts computed once in the first pass.
struct TokenInfo {
  uint64_t word = 0;
  uint64_t lower = 0;
  uint64_t shape = 0;
  std::array<uint64_t, 4> prefix{};
  std::array<uint64_t, 4> suffix{};
  bool init_cap = false;
  bool all_caps = false;  // letters, all upper case ("AFP", "NATO", "U.S.")
  bool has_lower_letter = false;
  bool title = false;
  bool honorific = false;
  bool demonym = false;
  bool sentence_initial = false;
  bool caps_sentence = false;  // the sentence is in capitals: case is no evidence here
  ClusterPath cluster;
  uint32_t place_whole = 0, place_first = 0, place_later = 0;  // kinds of names covering it
};

void FillInfo(std::string_view word, const KeyedTable& clusters, std::string& scratch,
              TokenInfo& info) {
  info.word = Fnv(word);
  info.cluster = FindCluster(clusters, word);
  // Lower case with digits folded: "1996" and "2023" are the same feature, as are "B-52" forms.
  scratch.assign(word);
  bool upper_letter = false, lower_letter = false;
  for (char& ch : scratch) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (IsAsciiUpper(c)) {
      upper_letter = true;
      ch = static_cast<char>(c + 32);
    } else if (IsAsciiLower(c)) {
      lower_letter = true;
    } else if (IsDigit(c)) {
      ch = '0';
    }
  }
  info.lower = Fnv(scratch);
  for (size_t k = 1; k <= 4; ++k) {
    const size_t n = std::min(k, scratch.size());
    info.prefix[k - 1] = Fnv(std::string_view(scratch).substr(0, n), k);
    info.suffix[k - 1] = Fnv(std::string_view(scratch).substr(scratch.size() - n), k + 8);
  }
  info.init_cap = FirstIsUpper(word);
  info.all_caps = upper_letter && !lower_letter;
  info.has_lower_letter = lower_letter;
  info.title = IsTitleWord(word);
  info.honorific = IsHonorific(word);
  info.demonym = LookUpDemonym(word).found;
  ShortShape(word, &scratch);
  info.shape = Fnv(scratch);
}

// A small open-addressing set of 64-bit hashes, sized per document: the lower-case forms seen in
// lower case. Cheaper than std::unordered_set, which allocates a node per insert.
class HashSet {
 public:
  void Reset(size_t capacity) {
    size_t n = 16;
    while (n < capacity * 2) n <<= 1;
    slots_.assign(n, 0);
    mask_ = n - 1;
  }
  void Insert(uint64_t h) {
    h |= 1;  // 0 marks an empty slot
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == h) return;
      if (slots_[i] == 0) {
        slots_[i] = h;
        return;
      }
    }
  }
  bool Contains(uint64_t h) const {
    h |= 1;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }

 private:
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
};

// Marks the tokens of sentence |s| (whose infos start at |info|) that place names cover.
void MarkPlaces(const Sentence& s, const KeyedTable& places, TokenInfo* info,
                std::vector<PlaceWords>& words, std::vector<bool>& capitalised,
                std::vector<PlaceMatch>& matches) {
  words.resize(s.size());
  capitalised.resize(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    capitalised[i] = info[i].init_cap;
    // Only a capitalised token can start or end a name, so only spans near one are folded.
    const bool near = info[i].init_cap || (i > 0 && info[i - 1].init_cap);
    words[i] = near ? FoldPlaceToken(s[i]) : PlaceWords{};
  }
  FindPlaceNames(places, words, capitalised, &matches);
  for (const PlaceMatch& m : matches) {
    if (m.end - m.begin == 1) {
      info[m.begin].place_whole |= m.kinds;
      continue;
    }
    info[m.begin].place_first |= m.kinds;
    for (uint32_t k = m.begin + 1; k < m.end; ++k) info[k].place_later |= m.kinds;
  }
}

}  // namespace

uint32_t FeatureId(uint64_t tmpl, uint64_t value, uint32_t hash_bits) {
  return static_cast<uint32_t>(Combine(tmpl, value) >> (64 - hash_bits));
}

void ShortShape(std::string_view word, std::string* out) {
  out->clear();
  bool first = true;
  for (size_t i = 0; i < word.size();) {
    const unsigned char c = word[i];
    char cls;
    size_t len = 1;
    if (IsAsciiUpper(c)) {
      cls = 'X';
    } else if (IsAsciiLower(c)) {
      cls = 'x';
    } else if (IsDigit(c)) {
      cls = 'd';
    } else if (c >= 0x80) {
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      len = std::min(len, word.size() - i);
      cls = first && FirstIsUpper(word.substr(i, len)) ? 'X' : 'x';
    } else {
      cls = static_cast<char>(c);
    }
    if (out->empty() || out->back() != cls || cls == '.') out->push_back(cls);
    i += len;
    first = false;
  }
}

void FeatureExtractor::Extract(const Document& doc, DocumentFeatures* out) const {
  out->ids.clear();
  out->begin.clear();
  out->keys.clear();
  size_t total = 0;
  for (const Sentence& s : doc) total += s.size();
  std::vector<TokenInfo> info(total);
  std::string scratch;
  HashSet seen_lower, seen_cap_inside;
  std::vector<PlaceWords> place_words;
  std::vector<bool> capitalised;
  std::vector<PlaceMatch> matches;
  seen_lower.Reset(total);
  seen_cap_inside.Reset(total);
  size_t t = 0;
  for (const Sentence& s : doc) {
    const size_t first = t;
    size_t letters = 0, caps = 0;
    for (size_t i = 0; i < s.size(); ++i, ++t) {
      FillInfo(s[i], clusters_, scratch, info[t]);
      info[t].sentence_initial = i == 0;
      if (info[t].has_lower_letter || info[t].all_caps) ++letters;
      if (info[t].all_caps) ++caps;
      if (!info[t].init_cap && info[t].has_lower_letter) seen_lower.Insert(info[t].lower);
    }
    const bool caps_sentence = letters >= 2 && caps * 10 >= letters * 8;
    for (size_t k = first; k < t; ++k) {
      info[k].caps_sentence = caps_sentence;
      if (!caps_sentence && k != first && info[k].init_cap) seen_cap_inside.Insert(info[k].lower);
    }
    if (!places_.empty()) MarkPlaces(s, places_, &info[first], place_words, capitalised, matches);
  }

  auto emit = [&](uint64_t tmpl, uint64_t value) {
    out->ids.push_back(FeatureId(tmpl, value, hash_bits_));
  };
  static const uint64_t kStart = Fnv("<S>"), kEnd = Fnv("</S>");
  // The neighbours of each token within its sentence, for the other-occurrence features.
  std::vector<uint64_t> prev_lower(total, kStart), next_lower(total, kEnd);
  t = 0;
  for (const Sentence& s : doc) {
    for (size_t i = 0; i < s.size(); ++i, ++t) {
      if (i > 0) prev_lower[t] = info[t - 1].lower;
      if (i + 1 < s.size()) next_lower[t] = info[t + 1].lower;
    }
  }
  // Capitalised tokens grouped by lower-case form: each learns the contexts of (a few of) its
  // other occurrences, Ratinov and Roth's context aggregation ("Pirelli" here, "Pirelli 's
  // cables division" there).
  std::vector<std::pair<uint64_t, uint32_t>> by_form;
  for (size_t k = 0; k < total; ++k) {
    if (info[k].init_cap) by_form.emplace_back(info[k].lower, uint32_t(k));
  }
  std::sort(by_form.begin(), by_form.end());
  std::vector<uint32_t> group_of(total, UINT32_MAX);  // first index of its group in |by_form|
  for (size_t g = 0; g < by_form.size();) {
    size_t end = g;
    while (end < by_form.size() && by_form[end].first == by_form[g].first) ++end;
    if (end - g > 1) {
      for (size_t k = g; k < end; ++k) group_of[by_form[k].second] = uint32_t(g);
    }
    g = end;
  }
  out->keys.reserve(total);
  for (const TokenInfo& w : info) out->keys.push_back(w.lower);
  out->ids.reserve(total * 50);
  out->begin.reserve(total + 1);
  t = 0;
  for (const Sentence& s : doc) {
    const size_t first = t, n = s.size();
    auto lower_at = [&](ptrdiff_t i) {
      return i < 0 ? kStart : i >= ptrdiff_t(n) ? kEnd : info[first + i].lower;
    };
    auto shape_at = [&](ptrdiff_t i) {
      return i < 0 ? kStart : i >= ptrdiff_t(n) ? kEnd : info[first + i].shape;
    };
    for (size_t i = 0; i < n; ++i, ++t) {
      out->begin.push_back(static_cast<uint32_t>(out->ids.size()));
      const TokenInfo& w = info[t];
      const ptrdiff_t p = ptrdiff_t(i);
      emit(kBias, 0);
      emit(kWord, w.word);
      emit(kLower, w.lower);
      emit(kShape, w.shape);
      for (int k = 0; k < 4; ++k) {
        emit(kPrefix + k, w.prefix[k]);
        emit(kSuffix + k, w.suffix[k]);
      }
      emit(kLowerPrev, lower_at(p - 1));
      emit(kLowerNext, lower_at(p + 1));
      emit(kLowerPrev2, lower_at(p - 2));
      emit(kLowerNext2, lower_at(p + 2));
      emit(kShapePrevCur, Combine(shape_at(p - 1), w.shape));
      emit(kShapeCurNext, Combine(w.shape, shape_at(p + 1)));
      emit(kShapeTriple, Combine(Combine(shape_at(p - 1), w.shape), shape_at(p + 1)));
      emit(kBigramPrev, Combine(lower_at(p - 1), w.lower));
      emit(kBigramNext, Combine(w.lower, lower_at(p + 1)));
      emit(kWordPrev, i > 0 ? info[t - 1].word : kStart);
      emit(kWordNext, i + 1 < n ? info[t + 1].word : kEnd);
      emit(kSuffixPrev, i > 0 ? info[t - 1].suffix[2] : kStart);
      // Capitalisation in context: case means something only outside headlines, and a capital
      // at the start of a sentence means less than one inside it.
      const uint64_t case_bits = uint64_t(w.init_cap) | uint64_t(w.all_caps) << 1 |
                                 uint64_t(w.sentence_initial) << 2 | uint64_t(w.caps_sentence) << 3;
      emit(kCaseContext, case_bits);
      if (w.init_cap || w.caps_sentence) {
        emit(kSeenLower, Combine(case_bits, seen_lower.Contains(w.lower)));
      }
      if (w.init_cap && (w.sentence_initial || w.caps_sentence)) {
        emit(kInitialCapSeen, seen_cap_inside.Contains(w.lower));
      }
      emit(kSuffixNext, i + 1 < n ? info[t + 1].suffix[2] : kEnd);
      emit(kBigramPrev2, Combine(lower_at(p - 2), lower_at(p - 1)));
      // Where the token sits in a run of by_form words, and how long the run is: names of
      // organisations run long ("Armed Forces of Ukraine"), people's two or three words.
      if (w.init_cap && !w.caps_sentence) {
        size_t left = 0, right = 0;
        while (left < i && info[t - left - 1].init_cap) ++left;
        while (i + right + 1 < n && info[t + right + 1].init_cap) ++right;
        emit(kCapRun, Combine(std::min<size_t>(left, 3), std::min<size_t>(right, 3)));
      }
      if (w.cluster.length > 0) {
        for (int k = 0; k < 5; ++k) emit(kCluster + k, w.cluster.Prefix(kClusterPrefixes[k]));
      }
      if (i > 0 && info[t - 1].cluster.length > 0) {
        for (int k = 0; k < 4; ++k) {
          emit(kClusterPrev + k, info[t - 1].cluster.Prefix(kClusterPrefixes[k]));
        }
      }
      if (i + 1 < n && info[t + 1].cluster.length > 0) {
        for (int k = 0; k < 4; ++k) {
          emit(kClusterNext + k, info[t + 1].cluster.Prefix(kClusterPrefixes[k]));
        }
      }
      if (group_of[t] != UINT32_MAX) {
        size_t lent = 0;
        for (size_t k = group_of[t];
             k < by_form.size() && by_form[k].first == w.lower && lent < kOtherOccurrences; ++k) {
          const uint32_t o = by_form[k].second;
          if (o == t) continue;
          emit(kOtherPrev, prev_lower[o]);
          emit(kOtherNext, next_lower[o]);
          ++lent;
        }
      }
      for (int b = 0; b < kPlaceKindBits; ++b) {
        if (w.place_whole >> b & 1) emit(kPlace, uint64_t(b) << 2);
        if (w.place_first >> b & 1) emit(kPlace, uint64_t(b) << 2 | 1);
        if (w.place_later >> b & 1) emit(kPlace, uint64_t(b) << 2 | 2);
      }
      if (i > 0 && info[t - 1].title) emit(kTitlePrev, Combine(info[t - 1].lower, w.init_cap));
      if (w.title) emit(kTitle, w.init_cap);
      if (i > 0 && info[t - 1].honorific) emit(kHonorificPrev, 1);
      if (w.demonym) emit(kDemonym, Combine(w.init_cap, i + 1 < n && info[t + 1].init_cap));
    }
  }
  out->begin.push_back(static_cast<uint32_t>(out->ids.size()));
}

}  // namespace sitrep::ner
