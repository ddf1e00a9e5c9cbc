// `sitrep analyze`: the batch loop behind the command, kept out of main() so tests can drive it
// with their own files and streams.
//
// Contract (documented in --help): stdout carries records only: one pretty-printed JSON object
// for one input, JSON Lines for several (or with --jsonl); every failure goes to stderr as
// "sitrep: FILE: E1xx reason" and the batch goes on. Exit status 0 when every input was read,
// 1 when some failed, 2 for a usage error (reported by the caller before this runs).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "read/read_options.h"

namespace sitrep {

enum class OutputFormat { kJson, kText, kGeoJson };

struct AnalyzeOptions {
  ReadOptions read;
  std::vector<std::string> inputs;  // paths; "-" is standard input
  OutputFormat format = OutputFormat::kJson;
  bool jsonl = false;     // one record per line even for a single input
  bool stats = false;     // a summary line on stderr at the end
  bool progress = false;  // "[3/10] file" on stderr as inputs are read
};

// The lines a run writes to stderr before its first input: the pipeline's notices (a stage left
// out for want of its model), once per run rather than once per article.
std::string NoticeLines(const Pipeline& pipeline);

// Returns the exit status. A broken pipe on |out| stops the batch and returns 0 (the reader has
// what it wanted, as ripgrep and the Unix tools do).
int RunAnalyze(const Pipeline& pipeline, const AnalyzeOptions& options, FILE* out, FILE* err);

}  // namespace sitrep
