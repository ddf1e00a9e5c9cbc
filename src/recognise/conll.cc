// CoNLL-2003 reading. Tested by conll_test.cc.
//
// The whole file is kept in one string and tokens are views into it: a training set of 200,000
// tokens then costs one allocation for its text, and the tagger hashes words without copying.
#include "recognise/conll.h"

#include <fstream>
#include <sstream>

namespace sitrep::ner {

std::vector<std::string_view> ConllSentence::Words() const {
  std::vector<std::string_view> out;
  out.reserve(tokens.size());
  for (const ConllToken& t : tokens) out.push_back(t.word);
  return out;
}

std::vector<Tag> ConllSentence::GoldTags() const {
  std::vector<Tag> out;
  out.reserve(tokens.size());
  for (const ConllToken& t : tokens) out.push_back(t.gold);
  return out;
}

size_t ConllCorpus::TokenCount() const {
  size_t n = 0;
  for (const ConllDocument& d : documents) {
    for (const ConllSentence& s : d.sentences) n += s.tokens.size();
  }
  return n;
}

namespace {

// Whether a last column is meant as a tag: "O" or a one-letter prefix and a dash ("B-PER",
// "X-FOO"). Anything else ("NNP") is a column the file has instead of gold, so `tag --conll`
// also reads word/POS files. A chunk column last ("I-NP") has a tag's shape and is refused.
bool LooksLikeTag(std::string_view column) {
  return column == "O" || (column.size() > 2 && column[1] == '-');
}

// Closes the open sentence, fixing its tags to IOB2.
void EndSentence(ConllDocument& doc, ConllSentence& sentence) {
  if (sentence.tokens.empty()) return;
  std::vector<Tag> tags = sentence.GoldTags();
  ToIob2(tags);
  for (size_t i = 0; i < tags.size(); ++i) sentence.tokens[i].gold = tags[i];
  doc.sentences.push_back(std::move(sentence));
  sentence = {};
}

void EndDocument(ConllCorpus& corpus, ConllDocument& doc, ConllSentence& sentence) {
  EndSentence(doc, sentence);
  if (!doc.sentences.empty()) corpus.documents.push_back(std::move(doc));
  doc = {};
}

}  // namespace

Result<ConllCorpus> ParseConll(std::string text) {
  ConllCorpus corpus;
  corpus.text = std::move(text);
  const std::string_view all = corpus.text;
  ConllDocument doc;
  ConllSentence sentence;
  int32_t token_index = 0;
  bool all_gold = true;
  size_t pos = 0;
  int line_number = 0;
  while (pos < all.size()) {
    size_t end = all.find('\n', pos);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const size_t first_end = line.find_first_of(" \t");
    const std::string_view word = line.substr(0, first_end);
    if (word.empty()) {
      EndSentence(doc, sentence);
      corpus.lines.push_back({line, -1});
      continue;
    }
    if (word == "-DOCSTART-") {
      EndDocument(corpus, doc, sentence);
      corpus.lines.push_back({line, -1});
      continue;
    }
    ConllToken token{word, kOutside};
    const size_t last_start = line.find_last_of(" \t");
    const std::string_view last =
        first_end == std::string_view::npos ? std::string_view() : line.substr(last_start + 1);
    if (!LooksLikeTag(last)) {
      all_gold = false;
    } else {
      const std::optional<Tag> tag = ParseTag(last);
      if (!tag) {
        return Status(ErrorCode::kParseError, "line " + std::to_string(line_number) +
                                                  ": last column '" + std::string(last) +
                                                  "' is not a BIO tag");
      }
      token.gold = *tag;
    }
    sentence.tokens.push_back(token);
    corpus.lines.push_back({line, token_index++});
  }
  EndDocument(corpus, doc, sentence);
  corpus.has_gold = all_gold && token_index > 0;
  return corpus;
}

Result<ConllCorpus> ReadConllFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot open");
  std::stringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, path + ": read failed");
  Result<ConllCorpus> corpus = ParseConll(std::move(bytes).str());
  if (!corpus.ok()) return Status(corpus.status().code(), path + ": " + corpus.status().message());
  return corpus;
}

}  // namespace sitrep::ner
