// `sitrep train clusters`, `sitrep train ner` and `sitrep tag --conll`: the tagger's training and
// evaluation commands, kept out of main() so tests can drive them with their own files and streams.
//
// train clusters: reads unlabeled text (recognise/unlabeled_corpus.h; web pages through the read
// stage, keeping those that declare English), learns word clusters
// (recognise/word_clusters.h) and writes the paths file. train ner: reads CoNLL-2003 files and,
// when given them, the word paths, the gazetteer's place names and word lists of names (read here,
// so that recognise does not depend on resolve); trains (recognise/ner_trainer.h), writes the model
// file and a meta.json beside it (data, command, seed, epochs, dev figures). tag: prints every line
// of a CoNLL file with the predicted IOB2 tag appended as a last column (blank and -DOCSTART- lines
// unchanged), so conlleval-style scoring works on it; with --stats, and gold tags in the input,
// the span scores go to stderr.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace sitrep {

struct TrainClustersOptions {
  std::vector<std::string> vertical;  // one token a line: CoNLL, GUM XML
  std::vector<std::string> text;      // running text, a paragraph a line
  std::vector<std::string> xml_text;  // XML with running text in <text> elements
  std::vector<std::string> pages;     // web pages (HTML, Markdown): the body text of English ones
  std::string out;
  int classes = 256;
  int passes = 20;
  int min_count = 2;
};

struct TrainNerOptions {
  std::string train;
  std::string dev;        // optional
  std::string clusters;   // optional: a word paths file from `train clusters`
  std::string gazetteer;  // optional: a gazetteer file (`sitrep build gazetteer`) for place names
  // optional: word lists, each "KIND=FILE" with KIND first-name, name-part or company and FILE a
  // word a line ('#' lines are comments): one more kind of known name for the tagger's features
  std::vector<std::string> names;
  std::string out;
  uint64_t seed = 1;
  int epochs = 12;
  int runs = 1;  // final perceptrons averaged (recognise/ner_trainer.h)
  uint32_t hash_bits = 20;
  std::string command;  // the command line, recorded in the model's description
};

struct TagConllOptions {
  std::string input;
  std::string model;
  bool stats = false;
};

// Each returns the exit status (0 done, 1 an input or output failed) after reporting on |err|.
int RunTrainClusters(const TrainClustersOptions& options, FILE* err);
int RunTrainNer(const TrainNerOptions& options, FILE* err);
int RunTagConll(const TagConllOptions& options, FILE* out, FILE* err);

}  // namespace sitrep
