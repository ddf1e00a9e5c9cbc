// Name coreference. Tested by name_coref_test.cc.
//
// What matters most is that the rules are precise, since a wrong merge puts one person's quote in
// another's mouth. A span finds the entities a rule could join it to through indexes (by form, by
// the last word of a person's longer forms, by initials) rather than by comparing it with every
// entity made so far: an article names a few dozen things, but a long text fed whole names
// thousands, and one surname may recur thousands of times.
#include "recognise/name_coref.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

namespace sitrep::ner {
namespace {

using Key = std::vector<std::string>;

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

Key KeyOf(const TokenizedSentence& s, const Candidate& c) {
  Key key;
  for (uint32_t i = c.begin; i < c.end; ++i) {
    const std::string k = NameKey(s.tokens[i].word);
    if (!k.empty()) key.push_back(k);
  }
  return key;
}

// "AFU" for "Armed Forces of Ukraine": the first letters of the capitalised words.
std::string Initials(const TokenizedSentence& s, const Candidate& c) {
  std::string out;
  for (uint32_t i = c.begin; i < c.end; ++i) {
    const std::string_view w = s.tokens[i].word;
    if (!w.empty() && IsUpperAscii(w[0])) out.push_back(w[0]);
  }
  return out;
}

bool IsAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  return std::all_of(w.begin(), w.end(), IsUpperAscii);
}

// Adds a span for "(ACRONYM)" right after a multi-word name whose initials it spells.
void AddDefinedAcronyms(const std::vector<TokenizedSentence>& sentences,
                        std::vector<Candidate>* candidates) {
  std::vector<Candidate> added;
  for (size_t k = 0; k < candidates->size(); ++k) {
    const Candidate c = (*candidates)[k];
    const TokenizedSentence& s = sentences[c.sentence];
    if (c.end - c.begin < 2 || c.end + 2 >= s.tokens.size()) continue;
    if (s.tokens[c.end].word != "(" || s.tokens[c.end + 2].word != ")") continue;
    const std::string_view acronym = s.tokens[c.end + 1].word;
    if (!IsAcronym(acronym) || Initials(s, c) != acronym) continue;
    const bool tagged = k + 1 < candidates->size() && (*candidates)[k + 1].sentence == c.sentence &&
                        (*candidates)[k + 1].begin == c.end + 1;
    if (!tagged) added.push_back({c.sentence, c.end + 1, c.end + 2, c.type});
  }
  if (added.empty()) return;
  candidates->insert(candidates->end(), added.begin(), added.end());
  std::sort(candidates->begin(), candidates->end(), [](const Candidate& a, const Candidate& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.begin < b.begin;
  });
}

struct Building {
  std::vector<Key> forms;
  std::vector<uint32_t> members;  // ascending
  bool person = false;
};

// Adds |e| to the ascending list |entities| unless it is there.
void AddAscending(std::vector<uint32_t>* entities, uint32_t e) {
  const auto at = std::lower_bound(entities->begin(), entities->end(), e);
  if (at == entities->end() || *at != e) entities->insert(at, e);
}

}  // namespace

std::string NameKey(std::string_view word) {
  std::string out;
  for (char ch : word) {
    char c = ch;
    if (c == '.') continue;
    if (IsUpperAscii(c)) c = static_cast<char>(c + 32);
    if (c == 'y') c = 'i';
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

std::vector<NameCluster> ClusterNames(const std::vector<TokenizedSentence>& sentences,
                                      std::vector<Candidate>* candidates) {
  AddDefinedAcronyms(sentences, candidates);
  const std::vector<Candidate>& cands = *candidates;
  std::vector<Key> keys(cands.size());
  for (size_t i = 0; i < cands.size(); ++i) keys[i] = KeyOf(sentences[cands[i].sentence], cands[i]);

  std::vector<uint32_t> order(cands.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return keys[a].size() > keys[b].size(); });

  std::vector<Building> entities;
  std::map<Key, uint32_t> entity_of_form;  // the entity that has the form
  // Person entities by the last word of their forms of two words or more: the only ones a span
  // can be the tail of.
  std::unordered_map<std::string, std::vector<uint32_t>> people_by_last_word;
  std::unordered_map<std::string, uint32_t> entity_of_initials;  // the first that is no person's
  for (uint32_t m : order) {
    const Key& key = keys[m];
    if (key.empty()) continue;
    const Candidate& c = cands[m];
    int found = -1;
    if (const auto same = entity_of_form.find(key); same != entity_of_form.end())
      found = int(same->second);
    // A tail of a person's name; the person named most recently before this span wins.
    if (found < 0 && c.type != "NORP") {
      uint32_t best_before = 0;
      static const std::vector<uint32_t> kNobody;
      const auto listed = people_by_last_word.find(key.back());
      const std::vector<uint32_t>& people =
          listed == people_by_last_word.end() ? kNobody : listed->second;
      for (uint32_t e : people) {
        bool tail = false;
        for (const Key& f : entities[e].forms) {
          tail |= f.size() > key.size() && std::equal(key.rbegin(), key.rend(), f.rbegin());
        }
        if (!tail) continue;
        // 1 + the latest member before m, 0 when none precedes it.
        const std::vector<uint32_t>& members = entities[e].members;
        const auto after = std::lower_bound(members.begin(), members.end(), m);
        const uint32_t before = after == members.begin() ? 0 : *std::prev(after) + 1;
        if (found < 0 || before > best_before) {
          found = int(e);
          best_before = before;
        }
      }
    }
    if (const std::string_view word = sentences[c.sentence].tokens[c.begin].word;
        found < 0 && key.size() == 1 && IsAcronym(word)) {
      if (const auto named = entity_of_initials.find(std::string(word));
          named != entity_of_initials.end()) {
        found = int(named->second);
      }
    }
    if (found < 0) {
      found = int(entities.size());
      entities.emplace_back();
      entities.back().person = c.type == "PERSON";
    }
    const uint32_t e = uint32_t(found);
    Building& b = entities[e];
    // A form belongs to one entity: a span with a known form joins the entity that has it.
    if (entity_of_form.try_emplace(key, e).second) {
      b.forms.push_back(key);
      if (b.person && key.size() > 1) AddAscending(&people_by_last_word[key.back()], e);
    }
    if (key.size() > 1 && !b.person) {
      const auto [first, added] =
          entity_of_initials.try_emplace(Initials(sentences[c.sentence], c), e);
      if (!added) first->second = std::min(first->second, e);
    }
    b.members.insert(std::upper_bound(b.members.begin(), b.members.end(), m), m);
  }

  std::vector<NameCluster> out;
  for (Building& b : entities) {
    NameCluster cluster;
    cluster.members = b.members;
    // The type most mentions have; a tie goes to the fullest form's (the first member made).
    std::map<std::string_view, int> votes;
    for (uint32_t m : b.members) ++votes[cands[m].type];
    uint32_t fullest = b.members.front();
    for (uint32_t m : b.members) {
      const bool longer =
          keys[m].size() > keys[fullest].size() ||
          (keys[m].size() == keys[fullest].size() &&
           SurfaceOf(sentences, cands[m]).size() > SurfaceOf(sentences, cands[fullest]).size());
      if (longer) fullest = m;
    }
    cluster.type = cands[fullest].type;
    for (const auto& [type, n] : votes) {
      if (n > votes[cluster.type]) cluster.type = type;
    }
    // A person named in full is a person, even when a short form was tagged otherwise.
    if (b.person) cluster.type = "PERSON";
    cluster.name = std::string(SurfaceOf(sentences, cands[fullest]));
    for (uint32_t m : b.members) {
      std::string form(SurfaceOf(sentences, cands[m]));
      if (form != cluster.name && std::find(cluster.aliases.begin(), cluster.aliases.end(), form) ==
                                      cluster.aliases.end()) {
        cluster.aliases.push_back(std::move(form));
      }
    }
    out.push_back(std::move(cluster));
  }
  // Entities in order of first mention.
  std::sort(out.begin(), out.end(), [](const NameCluster& a, const NameCluster& b) {
    return a.members.front() < b.members.front();
  });
  return out;
}

}  // namespace sitrep::ner
