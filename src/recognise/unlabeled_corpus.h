// Unlabeled text for learning word clusters (word_clusters.h), as sentences of words.
//
// Three kinds of file: vertical text, one token a line, as CoNLL-2003 (the word is the first
// field, a blank or -DOCSTART- line ends a sentence) and GUM's XML (a line that is a tag is
// markup: </s> ends a sentence, the rest are skipped); and running text, cut into words by the
// tagger's own tokenizer (tokenizer.h) one line at a time, a line being a paragraph; and XML
// corpora that keep each article's running text in a <text> element (the geoparsing sets: LGL,
// TR-News, GeoVirus), whose other elements (titles, annotations, coordinates) are left out.
//
// Not for: labeled data (conll.h).
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::ner {

// Views point into the corpus's own copies of the texts; it is move-only for that reason.
struct UnlabeledCorpus {
  std::deque<std::string> texts;
  std::vector<std::vector<std::string_view>> sentences;
  size_t tokens = 0;

  UnlabeledCorpus() = default;
  UnlabeledCorpus(UnlabeledCorpus&&) = default;
  UnlabeledCorpus& operator=(UnlabeledCorpus&&) = default;
  UnlabeledCorpus(const UnlabeledCorpus&) = delete;

  void AddVertical(std::string text);
  // |text| must be valid UTF-8.
  void AddRunning(std::string text);
  // The running text of every <text> element of |xml| (CDATA, or text with the XML character
  // references decoded). |xml| must be valid UTF-8.
  void AddXmlText(std::string_view xml);
};

}  // namespace sitrep::ner
