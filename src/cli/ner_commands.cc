// The NER commands. Tested by ner_commands_test.cc.
#include "cli/ner_commands.h"

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "read/reader.h"
#include "recognise/conll.h"
#include "recognise/ner_model.h"
#include "recognise/ner_trainer.h"
#include "recognise/place_names.h"
#include "recognise/span_score.h"
#include "recognise/unlabeled_corpus.h"
#include "recognise/word_clusters.h"
#include "resolve/gazetteer.h"
#include "resolve/name_fold.h"

namespace sitrep {
namespace {

using ner::ConllCorpus;

bool WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out.flush());
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot open");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status(ErrorCode::kIoError, path + ": read failed");
  return bytes;
}

// Every name of the gazetteer with the kinds of place it names, for the tagger's features.
std::vector<ner::PlaceName> PlaceNames(const places::Gazetteer& gazetteer) {
  std::vector<ner::PlaceName> out;
  out.reserve(gazetteer.key_count());
  for (uint32_t k = 0; k < gazetteer.key_count(); ++k) {
    uint32_t kinds = 0;
    for (uint32_t e : gazetteer.KeyEntries(k)) {
      const places::Place p = gazetteer.Get(e);
      switch (p.kind) {
        case places::FeatureKind::kCity:
          // Villages of under 1,000 people are there to resolve the names local news gives, not
          // to make a word a place: their names (Crescent, Sears) are more often none.
          if (p.population < 1000) break;
          kinds |= ner::kPlaceCity | (p.population >= 100000 ? uint32_t(ner::kPlaceBigCity) : 0u);
          break;
        case places::FeatureKind::kAdmin1: kinds |= ner::kPlaceRegion; break;
        case places::FeatureKind::kCountry: kinds |= ner::kPlaceCountry; break;
        case places::FeatureKind::kContinent: kinds |= ner::kPlaceContinent; break;
        case places::FeatureKind::kPhysical: kinds |= ner::kPlacePhysical; break;
        case places::FeatureKind::kRegion: kinds |= ner::kPlaceArea; break;
        case places::FeatureKind::kDemonym: kinds |= ner::kPlaceDemonym; break;
        // Left out so the tagger's features stay as they were trained and measured before
        // counties came in (issue 4's figures); a kind of their own is for a retrained model.
        case places::FeatureKind::kAdmin2: break;
      }
    }
    if (kinds == 0) continue;
    out.push_back({std::string(gazetteer.KeyText(k)), kinds});
  }
  return out;
}

// The words of the name list |spec| ("KIND=FILE"), folded as the gazetteer folds names, with the
// kind's bit; an unknown kind or an unreadable file is an error.
Result<std::vector<ner::PlaceName>> NameList(const std::string& spec) {
  static constexpr std::pair<std::string_view, uint32_t> kKinds[] = {
      {"first-name", ner::kNameFirst},
      {"name-part", ner::kNamePart},
      {"company", ner::kNameCompany}};
  const size_t eq = spec.find('=');
  uint32_t kind = 0;
  for (const auto& [name, bit] : kKinds) {
    if (eq != std::string::npos && std::string_view(spec).substr(0, eq) == name) kind = bit;
  }
  if (kind == 0) {
    return Status(ErrorCode::kInvalidArgument,
                  "--names " + spec + ": expected first-name=FILE, name-part=FILE or company=FILE");
  }
  const std::string path = spec.substr(eq + 1);
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  if (!IsValidUtf8(text.value())) {
    return Status(ErrorCode::kParseError, path + ": not UTF-8 text");
  }
  std::vector<ner::PlaceName> out;
  std::string_view rest = text.value();
  while (!rest.empty()) {
    const size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::string folded = places::FoldName(line);
    if (!folded.empty()) out.push_back({std::move(folded), kind});
  }
  return out;
}

// Tags every document of |corpus|: predictions[token index in the file].
std::vector<ner::Tag> TagCorpus(const ner::NerModel& model, const ConllCorpus& corpus,
                                ner::SpanScore* score) {
  std::vector<ner::Tag> predictions;
  predictions.reserve(corpus.TokenCount());
  for (const ner::ConllDocument& doc : corpus.documents) {
    ner::Document words;
    for (const ner::ConllSentence& s : doc.sentences) words.push_back(s.Words());
    const std::vector<std::vector<ner::Tag>> tags = model.TagDocument(words);
    for (size_t s = 0; s < tags.size(); ++s) {
      if (score) score->Add(doc.sentences[s].GoldTags(), tags[s]);
      predictions.insert(predictions.end(), tags[s].begin(), tags[s].end());
    }
  }
  return predictions;
}

}  // namespace

int RunTrainClusters(const TrainClustersOptions& options, FILE* err) {
  ner::UnlabeledCorpus corpus;
  for (const auto* files : {&options.vertical, &options.text, &options.xml_text}) {
    for (const std::string& path : *files) {
      Result<std::string> text = ReadFile(path);
      if (!text.ok()) {
        std::fprintf(err, "sitrep: %s\n", text.status().ToString().c_str());
        return 1;
      }
      if (!IsValidUtf8(text.value())) {
        std::fprintf(err, "sitrep: %s: not UTF-8 text\n", path.c_str());
        return 1;
      }
      if (files == &options.vertical) {
        corpus.AddVertical(std::move(text.value()));
      } else if (files == &options.xml_text) {
        corpus.AddXmlText(text.value());
      } else {
        corpus.AddRunning(std::move(text.value()));
      }
    }
  }
  // Pages go through the read stage; only the body text of those that declare English counts
  // (a page in German would only blur English words' clusters), and one that cannot be read is
  // passed over: the text is unlabeled filler, not something to fail a build on.
  size_t english_pages = 0;
  std::string buffer;
  for (const std::string& path : options.pages) {
    Result<std::string_view> bytes = LoadInput(path, ReadOptions().max_bytes, &buffer);
    Result<Article> article =
        bytes.ok() ? ReadArticle(bytes.value(), path, ReadOptions()) : bytes.status();
    if (!article.ok() || !article.value().language.starts_with("en")) continue;
    corpus.AddRunning(std::move(article.value().text));
    ++english_pages;
  }
  ner::ClusterOptions cluster_options;
  cluster_options.classes = options.classes;
  cluster_options.passes = options.passes;
  cluster_options.min_count = options.min_count;
  const auto start = std::chrono::steady_clock::now();
  Result<std::vector<ner::WordPath>> paths =
      ner::TrainWordClusters(corpus.sentences, cluster_options);
  if (!paths.ok()) {
    std::fprintf(err, "sitrep: %s\n", paths.status().ToString().c_str());
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!WriteFile(options.out, ner::FormatWordPaths(paths.value()))) {
    std::fprintf(err, "sitrep: %s: cannot write the word paths\n", options.out.c_str());
    return 1;
  }
  std::fprintf(err,
               "sitrep: wrote %s: %zu words from %zu tokens in %zu sentences (%zu of %zu pages "
               "in English), %.1f s\n",
               options.out.c_str(), paths.value().size(), corpus.tokens, corpus.sentences.size(),
               english_pages, options.pages.size(), seconds);
  return 0;
}

int RunTrainNer(const TrainNerOptions& options, FILE* err) {
  Result<ConllCorpus> train = ner::ReadConllFile(options.train);
  if (!train.ok()) {
    std::fprintf(err, "sitrep: %s\n", train.status().ToString().c_str());
    return 1;
  }
  Result<ConllCorpus> dev = ConllCorpus();
  if (!options.dev.empty()) {
    dev = ner::ReadConllFile(options.dev);
    if (!dev.ok()) {
      std::fprintf(err, "sitrep: %s\n", dev.status().ToString().c_str());
      return 1;
    }
  }
  ner::TrainOptions train_options;
  if (!options.clusters.empty()) {
    Result<std::string> text = ReadFile(options.clusters);
    Result<std::vector<ner::WordPath>> paths =
        text.ok() ? ner::ParseWordPaths(text.value())
                  : Result<std::vector<ner::WordPath>>(text.status());
    if (!paths.ok()) {
      std::fprintf(err, "sitrep: %s: %s\n", options.clusters.c_str(),
                   paths.status().ToString().c_str());
      return 1;
    }
    train_options.clusters = ner::BuildClusterTable(paths.value());
  }
  std::vector<ner::PlaceName> known_names;
  if (!options.gazetteer.empty()) {
    Result<places::Gazetteer> gazetteer = places::Gazetteer::Load(options.gazetteer);
    if (!gazetteer.ok()) {
      std::fprintf(err, "sitrep: %s\n", gazetteer.status().ToString().c_str());
      return 1;
    }
    known_names = PlaceNames(gazetteer.value());
  }
  for (const std::string& spec : options.names) {
    Result<std::vector<ner::PlaceName>> list = NameList(spec);
    if (!list.ok()) {
      std::fprintf(err, "sitrep: %s\n", list.status().ToString().c_str());
      return 1;
    }
    known_names.insert(known_names.end(), list.value().begin(), list.value().end());
  }
  if (!known_names.empty()) train_options.places = ner::BuildPlaceTable(known_names);
  train_options.seed = options.seed;
  train_options.epochs = options.epochs;
  train_options.runs = options.runs;
  train_options.hash_bits = options.hash_bits;
  train_options.description = options.command;
  const auto start = std::chrono::steady_clock::now();
  Result<ner::ModelWeights> weights = ner::TrainNer(
      train.value(), options.dev.empty() ? nullptr : &dev.value(), train_options, err);
  if (!weights.ok()) {
    std::fprintf(err, "sitrep: %s\n", weights.status().ToString().c_str());
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string bytes = ner::SerialiseModel(weights.value());
  if (!WriteFile(options.out, bytes)) {
    std::fprintf(err, "sitrep: %s: cannot write the model\n", options.out.c_str());
    return 1;
  }

  // The model card's figures: the saved (quantised) model scored on dev, as it will run.
  nlohmann::ordered_json meta;
  meta["name"] = "ner";
  meta["format_version"] = ner::kModelFormatVersion;
  meta["feature_version"] = ner::kFeatureVersion;
  meta["labels"] = {"PER", "ORG", "LOC", "MISC"};
  meta["train"] = {{"file", options.train}, {"tokens", train.value().TokenCount()}};
  if (!options.clusters.empty()) meta["clusters"] = options.clusters;
  if (!options.gazetteer.empty()) meta["gazetteer"] = options.gazetteer;
  if (!options.names.empty()) meta["names"] = options.names;
  meta["command"] = options.command;
  meta["seed"] = options.seed;
  meta["epochs"] = options.epochs;
  meta["runs"] = options.runs;
  meta["hash_bits"] = options.hash_bits;
  meta["second_pass"] = train_options.second_pass;
  meta["folds"] = train_options.folds;
  meta["train_seconds"] = seconds;
  meta["bytes"] = bytes.size();
  if (!options.dev.empty()) {
    Result<ner::NerModel> model = ner::NerModel::FromBytes(bytes);
    SITREP_ASSERT(model.ok());
    ner::SpanScore score;
    TagCorpus(model.value(), dev.value(), &score);
    std::fprintf(err, "dev (%s), saved model:\n%s", options.dev.c_str(), score.Table().c_str());
    nlohmann::ordered_json dev_meta = {{"file", options.dev}, {"tokens", dev.value().TokenCount()}};
    for (int t = 0; t <= ner::kNumTypes; ++t) {
      const bool all = t == ner::kNumTypes;
      const ner::Counts& c = all ? score.Overall() : score.Of(ner::EntityType(t));
      dev_meta[all ? "overall" : std::string(ner::TypeName(ner::EntityType(t)))] = {
          {"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()}};
    }
    meta["dev"] = std::move(dev_meta);
  }
  if (!WriteFile(options.out + ".meta.json", meta.dump(2) + "\n")) {
    std::fprintf(err, "sitrep: %s.meta.json: cannot write\n", options.out.c_str());
    return 1;
  }
  std::fprintf(err, "sitrep: wrote %s (%zu bytes) in %.1f s\n", options.out.c_str(), bytes.size(),
               seconds);
  return 0;
}

int RunTagConll(const TagConllOptions& options, FILE* out, FILE* err) {
  Result<ner::NerModel> model = ner::NerModel::Load(options.model);
  if (!model.ok()) {
    std::fprintf(err, "sitrep: %s\n", model.status().ToString().c_str());
    return 1;
  }
  Result<ConllCorpus> corpus = ner::ReadConllFile(options.input);
  if (!corpus.ok()) {
    std::fprintf(err, "sitrep: %s\n", corpus.status().ToString().c_str());
    return 1;
  }
  const bool score_it = options.stats && corpus.value().has_gold;
  ner::SpanScore score;
  const auto start = std::chrono::steady_clock::now();
  const std::vector<ner::Tag> predicted =
      TagCorpus(model.value(), corpus.value(), score_it ? &score : nullptr);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const ner::ConllLine& line : corpus.value().lines) {
    if (line.token < 0) {
      std::fprintf(out, "%.*s\n", int(line.text.size()), line.text.data());
    } else {
      const std::string_view tag = ner::TagName(predicted[size_t(line.token)]);
      std::fprintf(out, "%.*s %.*s\n", int(line.text.size()), line.text.data(), int(tag.size()),
                   tag.data());
    }
  }
  if (std::fflush(out) != 0) return errno == EPIPE ? 0 : 1;
  if (options.stats) {
    std::fprintf(err, "sitrep: tagged %zu tokens in %.3f s (%.0f tokens/s)\n", predicted.size(),
                 seconds, seconds > 0 ? double(predicted.size()) / seconds : 0.0);
    if (score_it) std::fprintf(err, "%s", score.Table().c_str());
  }
  return 0;
}

}  // namespace sitrep
