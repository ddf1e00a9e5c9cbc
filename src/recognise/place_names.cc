// Place-name keys and matching. Tested by place_names_test.cc.
#include "recognise/place_names.h"

#include <algorithm>
#include <unordered_map>

namespace sitrep::ner {
namespace {

uint64_t Fnv(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

uint64_t Chain(uint64_t key, uint64_t word) { return Mix(key * 0x9e3779b97f4a7c15ull + word); }

}  // namespace

PlaceWords FoldPlaceToken(std::string_view token) {
  PlaceWords out;
  std::string word;
  int count = 0;
  auto end_word = [&] {
    if (word.empty()) return true;
    if (count == int(out.hash.size())) return false;
    out.hash[size_t(count++)] = Fnv(word);
    word.clear();
    return true;
  };
  for (unsigned char c : token) {
    if (c >= 0x80) return out;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    switch (c) {
      case '\'':
      case '`':
      case '"':
      case '.': break;
      case ' ':
      case '\t':
      case '-':
      case '_':
      case '/':
      case ',':
      case ';':
      case ':':
      case '(':
      case ')':
        if (!end_word()) return out;
        break;
      default: word.push_back(char(c));
    }
  }
  if (!end_word()) return out;
  out.count = count;
  return out;
}

uint64_t ExtendPlaceKey(uint64_t key, const PlaceWords& words) {
  for (int i = 0; i < words.count; ++i) key = Chain(key, words.hash[size_t(i)]);
  return key;
}

uint64_t PlaceKeyOf(std::string_view folded) {
  uint64_t key = kPlaceKeySeed;
  size_t words = 0;
  while (!folded.empty()) {
    const size_t space = folded.find(' ');
    const std::string_view w = folded.substr(0, space);
    folded.remove_prefix(space == std::string_view::npos ? folded.size() : space + 1);
    if (w.empty()) continue;
    for (unsigned char c : w) {
      if (c >= 0x80) return 0;
    }
    key = Chain(key, Fnv(w));
    ++words;
  }
  return words == 0 ? 0 : key | 1;
}

std::string BuildPlaceTable(const std::vector<PlaceName>& names) {
  std::unordered_map<uint64_t, KeyedValue> merged;
  for (const PlaceName& n : names) {
    const uint64_t key = PlaceKeyOf(n.folded);
    if (key == 0) continue;
    KeyedValue& v = merged[key];
    v.key = key;
    v.first |= n.kinds;
    v.second = uint32_t(std::count(n.folded.begin(), n.folded.end(), ' ') + 1);
  }
  std::vector<KeyedValue> values;
  values.reserve(merged.size());
  for (const auto& [key, v] : merged) values.push_back(v);
  // The table's bytes must not depend on the hash map's order.
  std::sort(values.begin(), values.end(),
            [](const KeyedValue& a, const KeyedValue& b) { return a.key < b.key; });
  return BuildKeyedTable(values);
}

void FindPlaceNames(const KeyedTable& table, const std::vector<PlaceWords>& words,
                    const std::vector<bool>& capitalised, std::vector<PlaceMatch>* out) {
  out->clear();
  if (table.empty()) return;
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    if (!capitalised[i] || words[i].count <= 0) continue;
    uint64_t key = kPlaceKeySeed;
    for (size_t j = i; j < n && j < i + kLongestPlaceName && words[j].count > 0; ++j) {
      key = ExtendPlaceKey(key, words[j]);
      if (!capitalised[j]) continue;
      const KeyedValue v = table.Find(key | 1);
      if (v.key != 0) out->push_back({uint32_t(i), uint32_t(j + 1), v.first});
    }
  }
}

}  // namespace sitrep::ner
