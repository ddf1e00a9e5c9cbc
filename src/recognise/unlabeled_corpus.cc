// Reading unlabeled text. Tested by unlabeled_corpus_test.cc.
#include "recognise/unlabeled_corpus.h"

#include "recognise/tokenizer.h"

namespace sitrep::ner {
namespace {

// Calls |line| for each line of |text| without its line ending.
template <typename F>
void ForEachLine(std::string_view text, F line) {
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string_view l = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    line(l);
  }
}

}  // namespace

void UnlabeledCorpus::AddVertical(std::string text) {
  const std::string_view all = texts.emplace_back(std::move(text));
  std::vector<std::string_view> sentence;
  auto end_sentence = [&] {
    if (sentence.empty()) return;
    tokens += sentence.size();
    sentences.push_back(std::move(sentence));
    sentence.clear();
  };
  ForEachLine(all, [&](std::string_view line) {
    const size_t start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos) return end_sentence();
    line.remove_prefix(start);
    if (line.front() == '<' && line.size() > 1 && line.back() == '>') {
      if (line == "</s>") end_sentence();
      return;
    }
    const std::string_view word = line.substr(0, line.find_first_of(" \t"));
    if (word == "-DOCSTART-") return end_sentence();
    sentence.push_back(word);
  });
  end_sentence();
}

void UnlabeledCorpus::AddRunning(std::string text) {
  const std::string_view all = texts.emplace_back(std::move(text));
  std::vector<Token> words;
  ForEachLine(all, [&](std::string_view line) {
    words.clear();
    const uint32_t begin = uint32_t(line.data() - all.data());
    Tokenize(all, Span{begin, begin + uint32_t(line.size())}, &words);
    if (words.empty()) return;
    std::vector<std::string_view>& s = sentences.emplace_back();
    for (const Token& t : words) s.push_back(t.word);
    tokens += s.size();
  });
}

}  // namespace sitrep::ner
