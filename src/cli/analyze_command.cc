// The analyze batch loop. Tested by analyze_command_test.cc and tests/command_line_test.cc.
//
// Inputs are read one at a time, so memory is bounded by the largest single input (itself capped
// by --max-size), not by the batch. A JSON Lines input (--as jsonl, or a .jsonl name) is read a
// line at a time, each line an article met in the same loop as a file's: the same reading, the
// same site memory in input order, the same messages (named FILE:LINE), so memory is bounded by
// the longest line, not by the stream. A directory argument stands for the files under it, found
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
// places stage, with the memory and its lesson, in input order. The memory's file is saved every
// few seconds as the run learns (Batch::SaveNowAndThen), so a killed run loses seconds, not the
// run; the memory knows its articles by id, so a rerun over the same stream learns none twice.
#include "cli/analyze_command.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <set>
#include <utility>

#include "read/article_line.h"
#include "read/line_reader.h"
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

// Whether |input| is read a line at a time, an article a line (read/article_line.h).
bool IsLines(const Input& input, InputFormat format) {
  return format == InputFormat::kJsonLines ||
         (format == InputFormat::kAuto && IsJsonLinesName(input.path));
}

using Clock = std::chrono::steady_clock;

// How often at most the site memory is saved while a run goes on: a killed run loses what it
// learned in the last few seconds, and a rerun learns it again.
constexpr Clock::duration kSaveEvery = std::chrono::seconds(2);

// One run of the command: where records and messages go, what was read, and the site memory,
// which every article, of a file or of a line, meets in input order.
class Batch {
 public:
  Batch(const Pipeline& pipeline, const AnalyzeOptions& options, places::SiteRegions* memory,
        bool one_object, FILE* out, FILE* err)
      : pipeline_(pipeline),
        options_(options),
        memory_(memory),
        one_object_(one_object),
        // One record alone needs no count, and its progress line would share a terminal with it.
        progress_(options.progress && !one_object),
        out_(out),
        err_(err) {}

  // Reads, analyses and prints the article in |input| (or reports its failure), under |id| when
  // one is given. False when the reader of the output has gone away.
  bool Analyze(Result<std::string_view> input, const std::string& name, const ReadOptions& read,
               const std::string& id);
  // Every line of |path| an article; a bad line is reported and the rest read on. False when the
  // reader of the output has gone away.
  bool Lines(const std::string& path, size_t index, size_t count);
  // Saves the site memory's file when it has learned since the last save and kSaveEvery has
  // passed (or twenty times what the last save took, when the file has grown large: saving then
  // costs at most a twentieth of the run). A failure is reported once and ends the saves, not
  // the run; the save at the end of the run tries again.
  void SaveNowAndThen();
  void Fail(const std::string& name, const Status& status);
  void Progress(size_t index, size_t count, const std::string& name) const;

  size_t read() const { return read_; }
  size_t failed() const { return failed_; }
  size_t bytes() const { return bytes_; }
  bool progress() const { return progress_; }

 private:
  // "\r" when a progress line may stand where a message is about to go.
  const char* LineStart() const { return progress_ ? "\r" : ""; }

  const Pipeline& pipeline_;
  const AnalyzeOptions& options_;
  places::SiteRegions* memory_;
  const bool one_object_;
  const bool progress_;
  FILE* out_;
  FILE* err_;
  size_t read_ = 0, failed_ = 0, bytes_ = 0;
  bool unsaved_ = false;  // the memory has learned since its file was last written
  bool saving_ = true;    // no save has failed
  Clock::time_point saved_at_ = Clock::now();
  Clock::duration save_every_ = kSaveEvery;
};

void Batch::Fail(const std::string& name, const Status& status) {
  ++failed_;
  std::fprintf(err_, "%ssitrep: %s: %s\n", LineStart(), name.c_str(), status.ToString().c_str());
}

void Batch::Progress(size_t index, size_t count, const std::string& name) const {
  if (!progress_) return;
  std::fprintf(err_, "\rsitrep: [%zu/%zu] %s\x1b[K", index + 1, count, name.c_str());
}

bool Batch::Analyze(Result<std::string_view> input, const std::string& name,
                    const ReadOptions& read, const std::string& id) {
  Result<Article> article =
      input.ok() ? ReadArticle(input.value(), name, read) : Result<Article>(input.status());
  std::string site;
  // The memory knows its articles by id only when it is kept in a file, which a rerun may meet
  // again: without one, the run has nothing to resume, and its memory grows with the sites, not
  // with the articles.
  std::string_view known_as;
  if (article.ok()) {
    Article& a = article.value();
    if (!id.empty()) a.id = id;
    if (!options_.each_alone) {
      site = places::SiteOfUrl(a.canonical_url.empty() ? a.url : a.canonical_url);
      if (!options_.site_memory.empty()) known_as = a.id;
      // An article the memory already holds (read again after a killed run) is resolved with
      // what the others taught, not with itself.
      a.site_regions = memory_->Of(site, memory_->Learned(site, known_as));
    }
    if (const Status run = pipeline_.Run(a); !run.ok()) article = run;
  }
  if (!article.ok()) {
    Fail(name, article.status());
    return true;
  }
  if (!site.empty() && !article.value().site_lesson.empty()) {
    memory_->Add(site, article.value().site_lesson, known_as);
    unsaved_ = true;
  }
  ++read_;
  bytes_ += input.value().size();
  if (!options_.quiet) {
    for (const std::string& warning : article.value().warnings) {
      std::fprintf(err_, "%ssitrep: %s: warning: %s\n", LineStart(), name.c_str(), warning.c_str());
    }
  }
  std::string record;
  if (options_.format == OutputFormat::kText) {
    record = (read_ > 1 ? "\n" : "") + ToText(article.value());
  } else if (options_.format == OutputFormat::kGeoJson) {
    // One FeatureCollection per article, a line each when there are several.
    record = ToGeoJson(article.value(), one_object_ ? 2 : -1);
    record += '\n';
  } else {
    record = ToJson(article.value(), one_object_ ? 2 : -1);
    record += '\n';
  }
  if (!Write(out_, record)) return false;
  SaveNowAndThen();
  return true;
}

void Batch::SaveNowAndThen() {
  if (options_.site_memory.empty() || !unsaved_ || !saving_) return;
  const Clock::time_point now = Clock::now();
  if (now - saved_at_ < save_every_) return;
  // The records first: every article the file holds has its record out of the process.
  if (std::fflush(out_) != 0) return;
  const Status saved = memory_->Save(options_.site_memory, *options_.gazetteer);
  saved_at_ = Clock::now();
  save_every_ = std::max(kSaveEvery, 20 * (saved_at_ - now));
  unsaved_ = false;
  if (!saved.ok()) {
    saving_ = false;
    std::fprintf(err_, "%ssitrep: %s (tried again at the end)\n", LineStart(),
                 saved.ToString().c_str());
  }
}

bool Batch::Lines(const std::string& path, size_t index, size_t count) {
  Result<std::unique_ptr<LineReader>> opened = LineReader::Open(path, options_.read.max_bytes);
  if (!opened.ok()) {
    Fail(path, opened.status());
    return true;
  }
  LineReader& lines = *opened.value();
  std::string_view line;
  for (LineReader::Next next; (next = lines.Read(&line)) != LineReader::Next::kEnd;) {
    const std::string name = path + ":" + std::to_string(lines.line_number());
    Progress(index, count, name);
    if (next == LineReader::Next::kFailed) {
      Fail(name, lines.failure());
      return true;
    }
    if (next == LineReader::Next::kTooLong) {
      Fail(name, Status(ErrorCode::kTooLarge, "a line over the limit of " +
                                                  Megabytes(options_.read.max_bytes) +
                                                  " (raise it with --max-size)"));
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Result<ArticleLine> parsed = ParseArticleLine(line, options_.read);
    if (!parsed.ok()) {
      Fail(name, parsed.status());
      continue;
    }
    const ArticleLine& a = parsed.value();
    if (!Analyze(std::string_view(a.page), name, a.options, a.id)) return false;
    // A stream's records go out as they are made, whatever the output's buffer: a crawler
    // feeding a pipe an article at a time waits on each.
    if (std::fflush(out_) != 0 && errno == EPIPE) return false;
  }
  return true;
}

}  // namespace

std::string NoticeLines(const Pipeline& pipeline) {
  std::string lines;
  for (const std::string& notice : pipeline.Notices()) lines += "sitrep: warning: " + notice + "\n";
  return lines;
}

int RunAnalyze(const Pipeline& pipeline, const AnalyzeOptions& options, FILE* out, FILE* err) {
  const Clock::time_point started = Clock::now();
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
  bool any_directory = false;
  const std::vector<Input> inputs = ExpandDirectories(options.inputs, &any_directory);
  // A directory or a file of lines is a stream whatever it holds, so the output's form does not
  // depend on a count.
  const bool one_object = inputs.size() == 1 && !any_directory && !options.jsonl &&
                          !IsLines(inputs[0], options.read.format);
  Batch batch(pipeline, options, &memory, one_object, out, err);
  if (!options.quiet) std::fputs(NoticeLines(pipeline).c_str(), err);
  std::string buffer;  // every whole-file input is read into it in turn
  // The disk is asked for the inputs a few ahead of the one read: on pages no longer in the
  // kernel's cache, reading each only at its turn left the CPU waiting about half as long as
  // it worked (the extraction bench's 990 pages, 0.5 s of waiting to 1.1 s of work). A file of
  // lines is read as it streams, not asked for whole. Pages found in the cache need no asking
  // (the advice, an open and a close a file, cost about 2 % of a batch read from memory), so
  // the batch asks only while the last file it read had to wait for the disk.
  constexpr size_t kReadAhead = 4;
  bool waited = true;
  const auto prefetch = [&](size_t i) {
    if (waited && i < inputs.size() && inputs[i].problem.ok() &&
        !IsLines(inputs[i], options.read.format)) {
      PrefetchInput(inputs[i].path);
    }
  };
  for (size_t i = 1; i < kReadAhead; ++i) prefetch(i);
  for (size_t i = 0; i < inputs.size(); ++i) {
    prefetch(i + kReadAhead);
    const Input& input = inputs[i];
    bool open = true;
    if (input.problem.ok() && IsLines(input, options.read.format)) {
      open = batch.Lines(input.path, i, inputs.size());
    } else {
      batch.Progress(i, inputs.size(), input.path);
      open = batch.Analyze(input.problem.ok()
                               ? LoadInput(input.path, options.read.max_bytes, &buffer, &waited)
                               : Result<std::string_view>(input.problem),
                           input.path, options.read, "");
    }
    if (!open) return save_memory(0);
  }
  if (std::fflush(out) != 0 && errno == EPIPE) return save_memory(0);
  if (batch.progress()) std::fputs("\r\x1b[K", err);
  if (options.stats) {
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    std::fprintf(err, "sitrep: %zu read, %zu failed, %.1f MB in %.3f s\n", batch.read(),
                 batch.failed(), static_cast<double>(batch.bytes()) / (1 << 20), seconds);
  }
  return save_memory(batch.failed() == 0 ? 0 : 1);
}

}  // namespace sitrep
