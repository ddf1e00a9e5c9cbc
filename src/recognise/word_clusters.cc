// Exchange clustering and the class tree. Tested by word_clusters_test.cc.
//
// The likelihood of a text under a class-bigram model, up to terms no move changes, is
//   F = sum over class pairs (a, b) of f(N(a, b))  -  2 * sum over classes c of f(N(c)),
// with f(x) = x log x, N(a, b) the count of adjacent word pairs whose classes are a then b, and
// N(c) the count of words of class c. Moving one word w changes only the cells of the classes
// next to w's neighbours, so the gain of every target class is found from w's neighbour lists in
// O(classes * distinct neighbour classes). A word next to itself ("very very") is left out of
// the pair counts, which keeps that bookkeeping exact.
//
// The tree is built from the final class-pair table the same way, merging the two classes whose
// union loses least of F; with C classes that is C^3 pair evaluations of O(C) at the start, fine
// for a few hundred classes (a few seconds) but not for thousands.
#include "recognise/word_clusters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <unordered_map>
#include <unordered_set>

#include "recognise/ner_features.h"

namespace sitrep::ner {
namespace {

// f(x) = x log x, from a table for the small counts that most cells hold.
class XLogX {
 public:
  XLogX() : table_(kTable) {
    for (size_t i = 1; i < kTable; ++i) table_[i] = double(i) * std::log(double(i));
  }
  double operator()(int64_t x) const {
    return x < int64_t(kTable) ? table_[size_t(x)] : double(x) * std::log(double(x));
  }

 private:
  static constexpr size_t kTable = 1 << 16;
  std::vector<double> table_;
};

// Word ids by frequency (most frequent first; ties by bytes), with rare words replaced by their
// shape and a sentence boundary word, and the text as a sequence of ids.
struct Vocabulary {
  std::vector<std::string> words;
  std::vector<uint64_t> counts;
  std::vector<bool> real;  // a word of the text, not a shape or the boundary
  std::vector<uint32_t> text;
};

Vocabulary BuildVocabulary(const std::vector<std::vector<std::string_view>>& sentences,
                           int min_count) {
  static const std::string kBoundary = "<s>";
  std::unordered_map<std::string, uint64_t> raw;
  for (const auto& s : sentences) {
    for (std::string_view w : s) ++raw[ClusterWord(w)];
  }
  std::unordered_map<std::string, uint64_t> merged;  // frequent words, shapes, the boundary
  std::unordered_map<std::string, std::string> shape_of;
  std::unordered_set<std::string> stand_ins{kBoundary};
  std::string shape;
  for (const auto& [word, n] : raw) {
    if (n >= uint64_t(min_count)) {
      merged[word] += n;
    } else {
      ShortShape(word, &shape);
      const std::string key = "<" + shape + ">";
      merged[key] += n;
      shape_of[word] = key;
      stand_ins.insert(key);
    }
  }
  merged[kBoundary] += sentences.size() + 1;
  std::vector<std::pair<std::string, uint64_t>> sorted(merged.begin(), merged.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  Vocabulary v;
  std::unordered_map<std::string, uint32_t> id;
  for (auto& [word, n] : sorted) {
    id[word] = uint32_t(v.words.size());
    v.real.push_back(!stand_ins.count(word));
    v.counts.push_back(n);
    v.words.push_back(std::move(word));
  }
  const uint32_t boundary = id.at(kBoundary);
  v.text.push_back(boundary);
  for (const auto& s : sentences) {
    for (std::string_view w : s) {
      const std::string folded = ClusterWord(w);
      const auto rare = shape_of.find(folded);
      v.text.push_back(id.at(rare == shape_of.end() ? folded : rare->second));
    }
    v.text.push_back(boundary);
  }
  return v;
}

// Each word's distinct neighbours on one side, with pair counts (CSR layout).
struct Neighbours {
  std::vector<uint32_t> begin;
  std::vector<uint32_t> word;
  std::vector<uint32_t> count;
};

// |right| true: the words following each word; false: the words preceding it.
Neighbours CollectNeighbours(const std::vector<uint32_t>& text, size_t vocabulary, bool right) {
  std::vector<uint64_t> pairs;
  pairs.reserve(text.size());
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const uint64_t a = text[i], b = text[i + 1];
    if (a == b) continue;
    pairs.push_back(right ? a << 32 | b : b << 32 | a);
  }
  std::sort(pairs.begin(), pairs.end());
  Neighbours n;
  n.begin.assign(vocabulary + 1, 0);
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    ++n.begin[(pairs[i] >> 32) + 1];
    n.word.push_back(uint32_t(pairs[i]));
    n.count.push_back(uint32_t(j - i));
    i = j;
  }
  for (size_t w = 0; w < vocabulary; ++w) n.begin[w + 1] += n.begin[w];
  return n;
}

class Exchange {
 public:
  Exchange(const Vocabulary& v, size_t classes)
      : v_(v),
        c_(classes),
        right_(CollectNeighbours(v.text, v.words.size(), true)),
        left_(CollectNeighbours(v.text, v.words.size(), false)),
        cls_(v.words.size()),
        size_(classes, 0),
        n_(classes * classes, 0),
        nt_(classes * classes, 0),
        count_(classes, 0),
        rw_(classes, 0),
        lw_(classes, 0),
        gain_(classes, 0) {
    // Round robin by frequency rank: each class starts with a share of frequent and rare words.
    for (size_t w = 0; w < cls_.size(); ++w) {
      cls_[w] = uint32_t(w % c_);
      ++size_[cls_[w]];
      count_[cls_[w]] += int64_t(v.counts[w]);
    }
    for (size_t i = 0; i + 1 < v.text.size(); ++i) {
      if (v.text[i] != v.text[i + 1]) Add(cls_[v.text[i]], cls_[v.text[i + 1]], 1);
    }
  }

  // One pass over the words, most frequent first; returns how many moved.
  size_t Pass() {
    size_t moved = 0;
    for (uint32_t w = 0; w < cls_.size(); ++w) moved += Place(w);
    return moved;
  }

  const std::vector<uint32_t>& classes() const { return cls_; }
  const std::vector<int64_t>& pairs() const { return n_; }
  const std::vector<int64_t>& counts() const { return count_; }

 private:
  void Add(size_t a, size_t b, int64_t k) {
    n_[a * c_ + b] += k;
    nt_[b * c_ + a] += k;
  }

  void Gather(const Neighbours& nb, uint32_t w, std::vector<int64_t>& acc,
              std::vector<uint32_t>& touched) {
    touched.clear();
    for (uint32_t k = nb.begin[w]; k < nb.begin[w + 1]; ++k) {
      const uint32_t c = cls_[nb.word[k]];
      if (acc[c] == 0) touched.push_back(c);
      acc[c] += nb.count[k];
    }
  }

  // Removes w from its class, moves it to the best one; returns whether that is another class.
  bool Place(uint32_t w) {
    const uint32_t from = cls_[w];
    if (size_[from] == 1) return false;  // classes never empty
    Gather(right_, w, rw_, rlist_);
    Gather(left_, w, lw_, llist_);
    const int64_t n = int64_t(v_.counts[w]);
    Move(w, from, -1, n);
    for (size_t b = 0; b < c_; ++b) gain_[b] = -2 * (f_(count_[b] + n) - f_(count_[b]));
    for (uint32_t c : rlist_) {
      const int64_t r = rw_[c];
      const int64_t* col = &nt_[size_t(c) * c_];  // col[b] = N(b, c)
      for (size_t b = 0; b < c_; ++b) gain_[b] += f_(col[b] + r) - f_(col[b]);
    }
    for (uint32_t c : llist_) {
      const int64_t l = lw_[c];
      const int64_t* row = &n_[size_t(c) * c_];  // row[b] = N(c, b)
      for (size_t b = 0; b < c_; ++b) gain_[b] += f_(row[b] + l) - f_(row[b]);
    }
    // N(b, b) takes both sides' pairs at once when w joins b.
    for (uint32_t b : rlist_) {
      if (lw_[b] == 0) continue;
      const int64_t x = n_[size_t(b) * c_ + b], r = rw_[b], l = lw_[b];
      gain_[b] += f_(x + r + l) - f_(x + r) - f_(x + l) + f_(x);
    }
    uint32_t to = from;
    for (uint32_t b = 0; b < c_; ++b) {
      if (gain_[b] > gain_[to] + 1e-9) to = b;
    }
    Move(w, to, +1, n);
    for (uint32_t c : rlist_) rw_[c] = 0;
    for (uint32_t c : llist_) lw_[c] = 0;
    return to != from;
  }

  void Move(uint32_t w, uint32_t c, int sign, int64_t n) {
    for (uint32_t k : rlist_) Add(c, k, sign * rw_[k]);
    for (uint32_t k : llist_) Add(k, c, sign * lw_[k]);
    count_[c] += sign * n;
    size_[c] += sign;
    if (sign > 0) cls_[w] = c;
  }

  const Vocabulary& v_;
  const size_t c_;
  const Neighbours right_, left_;
  const XLogX f_;
  std::vector<uint32_t> cls_;
  std::vector<int64_t> size_;
  std::vector<int64_t> n_, nt_;  // N(a, b) at a * C + b, and its transpose
  std::vector<int64_t> count_;
  std::vector<int64_t> rw_, lw_;  // w's pair counts by the neighbour's class
  std::vector<uint32_t> rlist_, llist_;
  std::vector<double> gain_;
};

// Merges classes bottom-up; returns each class's path from the root.
std::vector<std::string> ClassPaths(std::vector<int64_t> pairs, std::vector<int64_t> counts) {
  const size_t c = counts.size();
  const XLogX f;
  auto at = [&](size_t a, size_t b) -> int64_t& { return pairs[a * c + b]; };
  std::vector<size_t> active(c), node(c);
  for (size_t i = 0; i < c; ++i) active[i] = node[i] = i;
  std::vector<std::pair<size_t, size_t>> children;  // of node c + k
  while (active.size() > 1) {
    double best = 0;
    size_t best_i = 0, best_j = 1;
    for (size_t i = 0; i < active.size(); ++i) {
      for (size_t j = i + 1; j < active.size(); ++j) {
        const size_t a = active[i], b = active[j];
        double d = f(at(a, a) + at(a, b) + at(b, a) + at(b, b)) - f(at(a, a)) - f(at(a, b)) -
                   f(at(b, a)) - f(at(b, b)) -
                   2 * (f(counts[a] + counts[b]) - f(counts[a]) - f(counts[b]));
        for (size_t x : active) {
          if (x == a || x == b) continue;
          d += f(at(a, x) + at(b, x)) - f(at(a, x)) - f(at(b, x));
          d += f(at(x, a) + at(x, b)) - f(at(x, a)) - f(at(x, b));
        }
        if ((i == 0 && j == 1) || d > best + 1e-9) {
          best = d;
          best_i = i;
          best_j = j;
        }
      }
    }
    const size_t a = active[best_i], b = active[best_j];
    const int64_t inner = at(a, a) + at(a, b) + at(b, a) + at(b, b);
    for (size_t x : active) {
      if (x == a || x == b) continue;
      at(a, x) += at(b, x);
      at(x, a) += at(x, b);
    }
    at(a, a) = inner;
    counts[a] += counts[b];
    children.emplace_back(node[a], node[b]);
    node[a] = c + children.size() - 1;
    active.erase(active.begin() + std::ptrdiff_t(best_j));
  }
  // Walk down from the root, extending paths.
  std::vector<std::string> path(c + children.size());
  for (size_t k = children.size(); k-- > 0;) {
    const std::string& here = path[c + k];
    path[children[k].first] = here + '0';
    path[children[k].second] = here + '1';
  }
  path.resize(c);
  return path;
}

}  // namespace

std::string ClusterWord(std::string_view word) {
  std::string out(word);
  for (char& ch : out) {
    if (ch >= '0' && ch <= '9') ch = '0';
  }
  return out;
}

Result<std::vector<WordPath>> TrainWordClusters(
    const std::vector<std::vector<std::string_view>>& sentences, const ClusterOptions& options) {
  if (options.classes < 2 || options.classes > 1024 || options.passes < 0 ||
      options.min_count < 1) {
    return Status(ErrorCode::kInvalidArgument,
                  "clusters: classes must be within 2..1024, passes >= 0, min count >= 1");
  }
  const Vocabulary v = BuildVocabulary(sentences, options.min_count);
  if (v.words.size() < size_t(options.classes)) {
    return Status(ErrorCode::kInvalidArgument, "clusters: " + std::to_string(v.words.size()) +
                                                   " distinct words is too few text for " +
                                                   std::to_string(options.classes) + " classes");
  }
  Exchange exchange(v, size_t(options.classes));
  for (int p = 0; p < options.passes; ++p) {
    if (exchange.Pass() == 0) break;
  }
  const std::vector<std::string> class_path = ClassPaths(exchange.pairs(), exchange.counts());
  std::vector<WordPath> out;
  for (size_t w = 0; w < v.words.size(); ++w) {
    if (v.real[w]) out.push_back({v.words[w], class_path[exchange.classes()[w]], v.counts[w]});
  }
  std::sort(out.begin(), out.end(), [](const WordPath& a, const WordPath& b) {
    if (a.path != b.path) return a.path < b.path;
    if (a.count != b.count) return a.count > b.count;
    return a.word < b.word;
  });
  return out;
}

std::string FormatWordPaths(const std::vector<WordPath>& paths) {
  std::string out;
  for (const WordPath& p : paths) {
    out += p.path + '\t' + p.word + '\t' + std::to_string(p.count) + '\n';
  }
  return out;
}

uint64_t ClusterKey(std::string_view word) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : word) {
    if (c >= '0' && c <= '9') c = '0';
    h = (h ^ c) * 1099511628211ull;
  }
  return h | 1;  // never 0, the empty slot's mark
}

std::string BuildClusterTable(const std::vector<WordPath>& paths) {
  std::vector<KeyedValue> values;
  values.reserve(paths.size());
  for (const WordPath& p : paths) {
    uint32_t bits = 0;
    for (size_t i = 0; i < p.path.size() && i < 32; ++i) {
      if (p.path[i] == '1') bits |= 1u << (31 - i);
    }
    values.push_back({ClusterKey(p.word), bits, uint32_t(p.path.size())});
  }
  return BuildKeyedTable(values);
}

Result<std::vector<WordPath>> ParseWordPaths(std::string_view text) {
  std::vector<WordPath> out;
  size_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    WordPath p;
    const char* count_end = line.data() + line.size();
    const bool ok = t2 != std::string_view::npos && t1 > 0 && t2 > t1 + 1 &&
                    line.substr(0, t1).find_first_not_of("01") == std::string_view::npos &&
                    std::from_chars(line.data() + t2 + 1, count_end, p.count).ptr == count_end;
    if (!ok) {
      return Status(ErrorCode::kParseError, "word paths, line " + std::to_string(line_no) +
                                                ": expected path<TAB>word<TAB>count");
    }
    p.path = std::string(line.substr(0, t1));
    p.word = std::string(line.substr(t1 + 1, t2 - t1 - 1));
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace sitrep::ner
