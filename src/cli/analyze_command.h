// `sitrep analyze`: the batch loop behind the command, kept out of main() so tests can drive it
// with their own files and streams.
//
// Contract (documented in --help): stdout carries records only: one pretty-printed JSON object
// for one input, JSON Lines for several (or with --jsonl, a directory or a JSON Lines input,
// which hold an article a line: read/article_line.h); every failure goes to stderr as
// "sitrep: FILE: E1xx reason" ("FILE:LINE" for a line) and the batch goes on. Exit status 0 when
// every input was read, 1 when some failed, 2 for a usage error (reported by the caller before this
// runs).
//
// Articles of one news site teach where the site writes about (resolve/site_regions.h): the
// places of article k are resolved with what the site's articles before k in input order (and
// the --site-memory file) taught, never with later ones, so a stream needs no end and the records
// come out as the inputs are read.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "read/read_options.h"
#include "resolve/gazetteer.h"

namespace sitrep {

enum class OutputFormat { kJson, kText, kGeoJson };

struct AnalyzeOptions {
  ReadOptions read;
  std::vector<std::string> inputs;  // paths; "-" is standard input
  OutputFormat format = OutputFormat::kJson;
  bool jsonl = false;     // one record per line even for a single input
  bool stats = false;     // a summary line on stderr at the end
  bool progress = false;  // "[3/10] file" on stderr as the inputs of a stream are read
  // No warnings on stderr, the run's or an article's (what was repaired or left out): only
  // failures, which the exit status also tells.
  bool quiet = false;
  // Each article's places resolved on its own, learning nothing from its site's earlier ones.
  bool each_alone = false;
  // The site memory's file (resolve/site_regions.h): read before the first input (absent: an
  // empty memory), saved every few seconds while the run learns (so a killed run loses only
  // the last few seconds' lessons, which a rerun learns again) and at the end. Empty: the
  // memory lasts this run only.
  std::string site_memory;
  // The places stage's gazetteer, which names the memory file's regions; null when the pipeline
  // has no places stage (there is then nothing to learn, and --site-memory is refused).
  const places::Gazetteer* gazetteer = nullptr;
};

// The lines a run writes to stderr before its first input: the pipeline's notices (a stage left
// out for want of its model), once per run rather than once per article.
std::string NoticeLines(const Pipeline& pipeline);

// Returns the exit status: also 2 when the site memory's file cannot be read as one (before any
// input), and 1 when it cannot be written at the end (a save that fails while the run goes on is
// reported then, and the run goes on). A broken pipe on |out| stops the batch and
// returns 0 (the reader has what it wanted, as ripgrep and the Unix tools do).
int RunAnalyze(const Pipeline& pipeline, const AnalyzeOptions& options, FILE* out, FILE* err);

}  // namespace sitrep
