// Reading unlabeled text. Tested by unlabeled_corpus_test.cc.
#include "recognise/unlabeled_corpus.h"

#include <cstdlib>

#include "core/utf8.h"
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

// Appends |text| to |out| with XML's five named references and numeric references decoded; an
// unknown or broken reference is kept as written.
void AppendXmlDecoded(std::string_view text, std::string* out) {
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  while (!text.empty()) {
    const size_t amp = text.find('&');
    out->append(text.substr(0, amp));
    if (amp == std::string_view::npos) return;
    text.remove_prefix(amp);
    const size_t semi = text.find(';');
    const std::string_view name =
        semi == std::string_view::npos || semi > 10 ? std::string_view() : text.substr(1, semi - 1);
    bool decoded = false;
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string digits(name.substr(hex ? 2 : 1));
      char* end = nullptr;
      const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (!digits.empty() && *end == '\0' && cp > 0 && cp <= 0x10FFFF &&
          (cp < 0xD800 || cp > 0xDFFF)) {
        AppendUtf8(char32_t(cp), out);
        decoded = true;
      }
    }
    for (const auto& [n, c] : kNamed) {
      if (name == n) {
        out->push_back(c);
        decoded = true;
      }
    }
    if (decoded) {
      text.remove_prefix(semi + 1);
    } else {
      out->push_back('&');
      text.remove_prefix(1);
    }
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

void UnlabeledCorpus::AddXmlText(std::string_view xml) {
  std::string text;
  for (size_t at = xml.find("<text"); at != std::string_view::npos; at = xml.find("<text", at)) {
    const size_t open_end = xml.find('>', at);
    if (open_end == std::string_view::npos) break;
    // "<textual>" or "<texts>" is another element.
    const char after = xml[at + 5];
    if (after != '>' && after != ' ' && after != '\t' && after != '\n' && after != '\r') {
      at = open_end;
      continue;
    }
    const size_t close = xml.find("</text>", open_end);
    if (close == std::string_view::npos) break;
    std::string_view content = xml.substr(open_end + 1, close - open_end - 1);
    const size_t cdata = content.find("<![CDATA[");
    if (cdata != std::string_view::npos) {
      content.remove_prefix(cdata + 9);
      content = content.substr(0, content.find("]]>"));
      text.append(content);
    } else {
      AppendXmlDecoded(content, &text);
    }
    text.push_back('\n');
    at = close + 7;
  }
  AddRunning(std::move(text));
}

}  // namespace sitrep::ner
