// Real news pages from the trafilatura evaluation set (../shared/data/extraction), read as a user
// reads them, as regression cases: every gold `with` snippet is in the body, no `without` snippet
// is, and title, authors and date equal the gold ones. The pages are chosen across sites,
// languages and page layouts. They stay outside the repository: the test reads the copy that
// bench/extraction unpacks (~/.cache/sitrep-data, or $SITREP_DATA_CACHE), unpacking it there
// first if need be, and skips when ../shared is absent.
//
// Also, over every page of the set: the readers give the same record on html_tree_builder's
// tree as on gumbo's (the full HTML5 algorithm), so the builder's simplifications cost nothing
// on real pages.
//
// Not for: the corpus-wide figures. bench/extraction measures those; a page here is one a past
// change got right and a later change must not break.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "gumbo/gumbo_tree.h"
#include "read/charset.h"
#include "read/html_reader.h"
#include "read/html_tree_builder.h"
#include "read/reader.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

const char* kSet = SITREP_SHARED_DIR "/data/extraction/trafilatura-eval/tests";

// File names in the set; the gold record is looked up by name.
const char* const kPages[] = {
    "theguardian.com.academics.html",
    "fivethirtyeight.com.endorsement.html",
    "harpers.org.justice.html",
    "medicalnewstoday.com.318674.html",
    "0a29620f9c4347758c146ed06dab6f3e.html",
    "insubordinant.wordpress.com.speed.html",
    "tofugu.com.dezuka-suisan.html",
    "berliner-feuerwehr.de-Ehrenzeichen.html",
    "malteser.de-Bevölkerungsschutz.html",
    "ledevoir.com.trottinettes.html",
    "nature.com.telescope.html",
    "bmfsfj.de-praesidentschaft.html",
    "motorsport-magazin.com-alphatauri.html",
    "biobiochile.cl-gremios.html",
    "cleanthinking.de.oranger-wasserstoff.html",
    "groove.de-Anti-A100-Aktivist.html",
    "infosperber.ch-Madagaskar.html",
    "missy-magazine.de-interabled.html",
    "abc13.com-Copperfield.html",
    "uebermedien.de-Israel.html",
    "reporternewspapers.net-Brookhaven.html",
    "datev-magazin.de-kommunikation.html",
    "zoo-berlin.de-turm.html",
    "geschichtedergegenwart.ch.foucault.html",
    "feuerwehrtaucher-oldenburg.de.ausbildung.html",
    "mediaarchitecture.de.weber.html",
    "football.ua.podolski.html",
    "utopia.de-Werbung.html",
};

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The scoring rule of bench/extraction/score.py: white space collapsed.
std::string Collapse(const std::string& s) {
  std::string out;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Names split on and/und/&/,/; and lower-cased (ASCII), as the benchmark compares them.
std::set<std::string> AuthorSet(const std::string& authors) {
  static const std::regex kSeparator(R"(\s+(?:and|und|&)\s+|[,;])");
  std::set<std::string> names;
  for (std::sregex_token_iterator it(authors.begin(), authors.end(), kSeparator, -1), end;
       it != end; ++it) {
    std::string name = Collapse(*it);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!name.empty()) names.insert(name);
  }
  return names;
}

std::string GoldAuthors(const nlohmann::json& gold) {
  if (!gold.contains("author") || gold["author"].is_null()) return "";
  if (!gold["author"].is_array()) return gold["author"].get<std::string>();
  std::string joined;
  for (const auto& name : gold["author"]) joined += name.get<std::string>() + "; ";
  return joined;
}

// The set, unpacked once for all the tests here.
class PageSet : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(fs::path(kSet) / "evaldata.json")) return;
    std::ifstream in(fs::path(kSet) / "evaldata.json");
    const nlohmann::json all = nlohmann::json::parse(in);
    for (const nlohmann::json& gold : all) {
      const auto file = gold.find("file");
      if (file != gold.end() && file->is_string()) gold_[file->get<std::string>()] = gold;
    }
    const char* cache = std::getenv("SITREP_DATA_CACHE");
    const char* home = std::getenv("HOME");
    const fs::path unpacked = cache != nullptr ? fs::path(cache) / "trafilatura-eval"
                                               : fs::path(home != nullptr ? home : "/") /
                                                     ".cache/sitrep-data/trafilatura-eval";
    pages_ = unpacked;
    if (fs::exists(unpacked / "eval")) return;
    // Unpacked once, as bench/extraction does, outside the repository; a temporary folder renamed
    // into place keeps a parallel test process from reading a half-unpacked set.
    const fs::path partial = unpacked.string() + ".partial." + std::to_string(getpid());
    fs::create_directories(partial);
    const std::string command = "tar --zstd -xf '" + (fs::path(kSet) / "pages.tar.zst").string() +
                                "' -C '" + partial.string() + "'";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    std::error_code error;
    fs::rename(partial, unpacked, error);
    if (error) fs::remove_all(partial);  // another process won the race
  }

  void SetUp() override {
    if (gold_.empty()) GTEST_SKIP() << kSet << " is not here";
  }

  static fs::path PagePath(const std::string& name) {
    const fs::path in_eval = pages_ / "eval" / name;
    return fs::exists(in_eval) ? in_eval : pages_ / "cache" / name;
  }

  static inline std::map<std::string, nlohmann::json> gold_;
  static inline fs::path pages_;
};

class RealPages : public PageSet, public ::testing::WithParamInterface<const char*> {};

// What a user sees of a record, as one string to compare.
std::string Summary(const Article& a) {
  std::string s = "title: " + a.title + "\npublished: " + a.published +
                  "\nmodified: " + a.modified + "\nlanguage: " + a.language +
                  "\noutlet: " + a.outlet + "\nsection: " + a.section +
                  "\ncanonical: " + a.canonical_url + "\nauthors:";
  for (const std::string& author : a.authors) s += " " + author + ";";
  s += "\nimages:";
  for (const Image& image : a.images) s += " " + image.url + " (" + image.caption + ");";
  s += "\nlinks: " + std::to_string(a.links.size()) +
       "\nparagraphs: " + std::to_string(a.paragraphs.size()) + "\ntext: " + a.text;
  return s;
}

TEST_F(PageSet, EveryPageReadsTheSameAsOnGumbosTree) {
  if (gold_.empty()) GTEST_SKIP() << kSet << " is not here";
  int pages = 0;
  int same = 0;
  std::string differences;
  for (const char* folder : {"eval", "cache"}) {
    for (const auto& entry : fs::directory_iterator(pages_ / folder)) {
      const DecodedText decoded = DecodeToUtf8(Slurp(entry.path()), InputFormat::kHtml);
      TreeBuildNotes notes;
      const auto ours = BuildHtmlTree(decoded.utf8, &notes);
      const auto gumbos = GumboHtmlTree(decoded.utf8);
      ReadOptions options;
      const std::string want = Summary(ReadHtmlTree(gumbos->root, notes.flattened, options));
      const std::string got = Summary(ReadHtmlTree(ours->root, notes.flattened, options));
      ++pages;
      if (want == got) {
        ++same;
      } else {
        // Where the two first part, in a little context.
        const size_t at =
            std::mismatch(want.begin(), want.end(), got.begin(), got.end()).first - want.begin();
        const size_t from = at < 80 ? 0 : at - 80;
        differences += entry.path().filename().string() + "\n  want: " + want.substr(from, 240) +
                       "\n  got:  " + got.substr(from, 240) + "\n";
      }
    }
  }
  EXPECT_GT(pages, 900);
  EXPECT_EQ(same, pages) << differences;
}

TEST_P(RealPages, BodyAndMetadataMatchTheGold) {
  const char* name = GetParam();
  {
    ASSERT_TRUE(gold_.count(name)) << "not in evaldata.json";
    const nlohmann::json& gold = gold_[name];
    const fs::path path = PagePath(name);
    ASSERT_TRUE(fs::exists(path)) << path;
    ReadOptions options;
    options.format = InputFormat::kHtml;
    Result<Article> read = ReadArticle(Slurp(path), path.string(), options);
    ASSERT_TRUE(read.ok()) << read.status().ToString();
    const Article& article = read.value();
    const std::string text = Collapse(article.text);
    for (const auto& snippet : gold["with"]) {
      EXPECT_NE(text.find(Collapse(snippet.get<std::string>())), std::string::npos)
          << "missing from the body: " << snippet;
    }
    for (const auto& snippet : gold["without"]) {
      EXPECT_EQ(text.find(Collapse(snippet.get<std::string>())), std::string::npos)
          << "boilerplate in the body: " << snippet;
    }
    if (!gold.contains("title")) return;
    EXPECT_EQ(Collapse(article.title), Collapse(gold.value("title", "")));
    std::string authors;
    for (const std::string& a : article.authors) authors += a + "; ";
    EXPECT_EQ(AuthorSet(authors), AuthorSet(GoldAuthors(gold)));
    const std::string date = gold["date"].is_null() ? "" : gold.value("date", "");
    EXPECT_EQ(article.published.substr(0, 10), date);
  }
}

// Test names from file names: letters and digits only.
std::string PageTestName(const ::testing::TestParamInfo<const char*>& info) {
  std::string name;
  for (const char* c = info.param; *c != '\0'; ++c) {
    if (std::isalnum(static_cast<unsigned char>(*c))) name += *c;
  }
  return name + "_" + std::to_string(info.index);
}

INSTANTIATE_TEST_SUITE_P(TrafilaturaSet, RealPages, ::testing::ValuesIn(kPages), PageTestName);

}  // namespace
}  // namespace sitrep
