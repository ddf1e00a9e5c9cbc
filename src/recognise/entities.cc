// The entities stage. Tested by entities_test.cc and tests/example_article_test.cc.
#include "recognise/entities.h"

#include <algorithm>

#include "recognise/entity_mentions.h"
#include "recognise/entity_types.h"
#include "recognise/lexicons.h"
#include "recognise/name_coref.h"
#include "recognise/roles.h"
#include "recognise/title_case.h"
#include "recognise/split_names.h"
#include "segment/sentences.h"

namespace sitrep {
namespace {

using ner::Candidate;
using ner::TokenizedSentence;

void AddSentence(std::string_view text, Span span, Mention where,
                 std::vector<TokenizedSentence>* out) {
  TokenizedSentence s;
  s.where = where;
  s.where.span = span;
  s.text = text;
  ner::Tokenize(text, span, &s.tokens);
  if (!s.tokens.empty()) out->push_back(std::move(s));
}

// Every text field of the article, sentence by sentence, body first.
std::vector<TokenizedSentence> SentencesOf(const Article& a) {
  std::vector<TokenizedSentence> out;
  for (const Span& s : a.sentences) AddSentence(a.text, s, {TextField::kBody, 0, {}}, &out);
  auto add_field = [&](std::string_view text, TextField field, uint32_t index) {
    for (const Span& s : SplitSentences(text, {0, uint32_t(text.size())})) {
      AddSentence(text, s, {field, index, {}}, &out);
    }
  };
  add_field(a.title, TextField::kTitle, 0);
  for (uint32_t i = 0; i < a.images.size(); ++i) {
    add_field(a.images[i].caption, TextField::kCaption, i);
  }
  for (uint32_t i = 0; i < a.links.size(); ++i) add_field(a.links[i].text, TextField::kLink, i);
  return out;
}

Mention MentionOf(const TokenizedSentence& s, const Candidate& c) {
  Mention m = s.where;
  m.span = {s.tokens[c.begin].span.begin, s.tokens[c.end - 1].span.end};
  return m;
}

}  // namespace

Status EntityRecogniser::Run(Article& article) const {
  // An unknown language is read as English: plain text and many pages declare none.
  const std::string_view language = article.language;
  if (!language.empty() && language.substr(0, 2) != "en" && language.substr(0, 2) != "EN") {
    article.warnings.push_back("entities: the tagger reads English only; this article is '" +
                               article.language + "', so no entities");
    return Status::Ok();
  }
  const std::vector<TokenizedSentence> sentences = SentencesOf(article);
  ner::Document doc;
  doc.reserve(sentences.size());
  for (const TokenizedSentence& s : sentences) {
    ner::Sentence words;
    words.reserve(s.tokens.size());
    for (const ner::Token& t : s.tokens) words.push_back(t.word);
    doc.push_back(std::move(words));
  }
  const std::vector<std::vector<ner::Tag>> tags = model_.TagDocument(doc);

  std::vector<Candidate> candidates;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    for (const ner::TokenSpan& span : ner::SpansOf(tags[s])) {
      Candidate c{s, span.begin, span.end,
                  ner::RecordType(span.type, sentences[s], span.begin, span.end)};
      // A title tagged as part of a name ("President Zelensky") is a role, not the name.
      if (c.type == "PERSON") {
        while (c.end - c.begin > 1 && (ner::IsRoleTitle(sentences[s].tokens[c.begin].word) ||
                                       ner::IsHonorific(sentences[s].tokens[c.begin].word))) {
          ++c.begin;
        }
      }
      candidates.push_back(c);
    }
  }

  ner::TrimTitleCaseSpans(sentences, &candidates);
  ner::JoinSplitCountryNames(model_.places(), sentences, &candidates);
  ner::JoinArabicArticleNames(sentences, &candidates);
  const std::vector<ner::NameCluster> clusters = ner::ClusterNames(sentences, &candidates);
  const std::vector<std::pair<uint32_t, Role>> roles = ner::FindRoles(sentences, candidates);
  std::vector<int> entity_of(candidates.size(), -1);
  article.entities.clear();
  for (const ner::NameCluster& cluster : clusters) {
    Entity e;
    e.type = std::string(cluster.type);
    e.name = cluster.name;
    e.aliases = cluster.aliases;
    for (uint32_t m : cluster.members) {
      entity_of[m] = int(article.entities.size());
      e.mentions.push_back(MentionOf(sentences[candidates[m].sentence], candidates[m]));
    }
    article.entities.push_back(std::move(e));
  }
  // No structured binding here: clang 14 (the fuzz build) cannot capture one in a lambda.
  for (const std::pair<uint32_t, Role>& found : roles) {
    const Role& role = found.second;
    Entity& e = article.entities[size_t(entity_of[found.first])];
    if (e.type != "PERSON") continue;
    // One role once: "Defense Minister" of Russia in a caption and "Defence Minister" of Russia
    // in the body are one role (spelling folded, c as s), the first written kept.
    auto fold = [](std::string s) {
      std::replace(s.begin(), s.end(), 'c', 's');
      return ner::NameKey(s);
    };
    const bool seen = std::any_of(e.roles.begin(), e.roles.end(), [&](const Role& r) {
      return r.of == role.of && fold(r.title) == fold(role.title);
    });
    if (!seen) e.roles.push_back(role);
  }
  return Status::Ok();
}

}  // namespace sitrep
