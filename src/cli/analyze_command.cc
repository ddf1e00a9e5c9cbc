// The analyze batch loop. Tested by analyze_command_test.cc and tests/cli_test.cc.
//
// Inputs are read one at a time, so memory is bounded by the largest single input (itself capped
// by --max-size), not by the batch. A directory argument stands for the files under it, found
// before the loop starts so that progress can count them: sorted by path for a stable order,
// hidden entries skipped (.git, editor backups), symbolic links followed but never round a loop,
// and anything that is neither a file nor a directory (FIFOs, devices) left alone.
//
// The site memory (resolve/site_regions.h) is learned in input order: article k's places are
// resolved with what the site's articles before it taught, and then it teaches. A stream has no
// end to wait for, so a two-pass mode (learn from all, then resolve all) would hold every article
// and print nothing until the last was read; in order, memory grows with the sites, not the
// articles, and the records come out as they are read. The memory is the loop's, not the
// stages' (they stay read-only, one pipeline for every thread), and the memory after k articles
// is fixed by those k inputs in order: a loop that ran the stages in threads would give the same
// records by running the stages before places ahead in parallel (they need no memory) and the
// places stage, with the memory and its lesson, in input order.
#include "cli/analyze_command.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <set>
#include <utility>

#include "read/reader.h"
#include "record/json_record.h"
#include "record/text_record.h"
#include "resolve/site_regions.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

// One input of the batch: a path to read, or a problem to report under that path.
struct Input {
  std::string path;
  Status problem;
};

// Appends the regular files under |dir| to |inputs|. |walked| holds the device and inode of
// every directory entered, so a link back up the tree is not followed round again.
void AddFilesUnder(const fs::path& dir, std::set<std::pair<dev_t, ino_t>>* walked,
                   std::vector<Input>* inputs) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const fs::path& path = it->path();
    if (path.filename().string().starts_with('.')) continue;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      inputs->push_back({path.string(), {}});  // a dangling link: reading it says what is wrong
    } else if (S_ISDIR(st.st_mode)) {
      if (walked->insert({st.st_dev, st.st_ino}).second) AddFilesUnder(path, walked, inputs);
    } else if (S_ISREG(st.st_mode)) {
      inputs->push_back({path.string(), {}});
    }
  }
  if (ec) {
    inputs->push_back(
        {dir.string(), Status(ErrorCode::kNotFound, dir.string() + ": " + ec.message())});
  }
}

// The arguments with each directory replaced by the files under it. An empty directory is a
// problem of its own: the user named something and nothing was read.
std::vector<Input> ExpandDirectories(const std::vector<std::string>& args, bool* any_directory) {
  std::vector<Input> inputs;
  for (const std::string& arg : args) {
    struct stat st;
    if (arg == "-" || ::stat(arg.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      inputs.push_back({arg, {}});
      continue;
    }
    *any_directory = true;
    std::set<std::pair<dev_t, ino_t>> walked = {{st.st_dev, st.st_ino}};
    const size_t first = inputs.size();
    AddFilesUnder(arg, &walked, &inputs);
    std::sort(inputs.begin() + static_cast<std::ptrdiff_t>(first), inputs.end(),
              [](const Input& a, const Input& b) { return a.path < b.path; });
    if (inputs.size() == first) {
      inputs.push_back({arg, Status(ErrorCode::kEmptyInput, arg + " holds no files to read")});
    }
  }
  return inputs;
}

// False when the reader of |out| has gone away.
bool Write(FILE* out, const std::string& s) {
  if (std::fwrite(s.data(), 1, s.size(), out) == s.size()) return true;
  return errno != EPIPE;
}

}  // namespace

std::string NoticeLines(const Pipeline& pipeline) {
  std::string lines;
  for (const std::string& notice : pipeline.Notices()) lines += "sitrep: warning: " + notice + "\n";
  return lines;
}

int RunAnalyze(const Pipeline& pipeline, const AnalyzeOptions& options, FILE* out, FILE* err) {
  const auto started = std::chrono::steady_clock::now();
  size_t read = 0, failed = 0, bytes = 0;
  bool any_directory = false;
  places::SiteRegions memory;
  if (!options.site_memory.empty()) {
    if (options.gazetteer == nullptr || options.each_alone) {
      std::fprintf(err, "sitrep: --site-memory needs the places stage and no --each-alone\n");
      return 2;
    }
    Result<places::SiteRegions> loaded =
        places::SiteRegions::Load(options.site_memory, *options.gazetteer);
    if (!loaded.ok()) {
      std::fprintf(err, "sitrep: %s\n", loaded.status().ToString().c_str());
      return 2;
    }
    memory = std::move(loaded).value();
  }
  // Written at every end, a broken pipe's too: the articles read have taught what they taught.
  const auto save_memory = [&](int status) {
    if (options.site_memory.empty()) return status;
    const Status saved = memory.Save(options.site_memory, *options.gazetteer);
    if (saved.ok()) return status;
    std::fprintf(err, "sitrep: %s\n", saved.ToString().c_str());
    return 1;
  };
  const std::vector<Input> inputs = ExpandDirectories(options.inputs, &any_directory);
  std::fputs(NoticeLines(pipeline).c_str(), err);
  std::string buffer;  // every input is read into it in turn
  // The disk is asked for the inputs a few ahead of the one read: on pages no longer in the
  // kernel's cache, reading each only at its turn left the CPU waiting about half as long as
  // it worked (the extraction bench's 990 pages, 0.5 s of waiting to 1.1 s of work).
  constexpr size_t kReadAhead = 4;
  const auto prefetch = [&](size_t i) {
    if (i < inputs.size() && inputs[i].problem.ok()) PrefetchInput(inputs[i].path);
  };
  for (size_t i = 1; i < kReadAhead; ++i) prefetch(i);
  for (size_t i = 0; i < inputs.size(); ++i) {
    prefetch(i + kReadAhead);
    const std::string& path = inputs[i].path;
    const std::string name = path == "-" ? "-" : path;
    if (options.progress)
      std::fprintf(err, "\rsitrep: [%zu/%zu] %s\x1b[K", i + 1, inputs.size(), name.c_str());
    Result<std::string_view> input = inputs[i].problem.ok()
                                         ? LoadInput(path, options.read.max_bytes, &buffer)
                                         : Result<std::string_view>(inputs[i].problem);
    Result<Article> article = input.ok() ? ReadArticle(input.value(), name, options.read)
                                         : Result<Article>(input.status());
    std::string site;
    if (article.ok()) {
      Article& a = article.value();
      if (!options.each_alone) {
        site = places::SiteOfUrl(a.canonical_url.empty() ? a.url : a.canonical_url);
        a.site_regions = memory.Of(site);
      }
      if (const Status run = pipeline.Run(a); !run.ok()) article = run;
    }
    if (article.ok()) memory.Add(site, article.value().site_lesson);
    if (!article.ok()) {
      ++failed;
      std::fprintf(err, "%ssitrep: %s: %s\n", options.progress ? "\r" : "", name.c_str(),
                   article.status().ToString().c_str());
      continue;
    }
    ++read;
    bytes += input.value().size();
    for (const std::string& warning : article.value().warnings) {
      std::fprintf(err, "%ssitrep: %s: warning: %s\n", options.progress ? "\r" : "", name.c_str(),
                   warning.c_str());
    }
    std::string record;
    if (options.format == OutputFormat::kText) {
      record = (read > 1 ? "\n" : "") + ToText(article.value());
    } else if (options.format == OutputFormat::kGeoJson) {
      // One FeatureCollection per article, a line each when there are several.
      const bool one_object = inputs.size() == 1 && !any_directory && !options.jsonl;
      record = ToGeoJson(article.value(), one_object ? 2 : -1);
      record += '\n';
    } else {
      // A directory is a stream whatever it holds, so its output form does not depend on a count.
      const bool one_object = inputs.size() == 1 && !any_directory && !options.jsonl;
      record = ToJson(article.value(), one_object ? 2 : -1);
      record += '\n';
    }
    if (!Write(out, record)) return save_memory(0);
  }
  if (std::fflush(out) != 0 && errno == EPIPE) return save_memory(0);
  if (options.progress) std::fputs("\r\x1b[K", err);
  if (options.stats) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::fprintf(err, "sitrep: %zu read, %zu failed, %.1f MB in %.3f s\n", read, failed,
                 static_cast<double>(bytes) / (1 << 20), seconds);
  }
  return save_memory(failed == 0 ? 0 : 1);
}

}  // namespace sitrep
