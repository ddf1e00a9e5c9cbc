// See boilerplate.h. Tested by boilerplate_test.cc.
//
// Class and id words are matched per token, not as substrings of the whole attribute: "ad" must
// name an ad box ("ad", "ad-slot") and not every "header" or "download". A cue word matches a
// token in one of three ways, chosen per word by how often it hides inside innocent words:
// exactly ("ad", "tags", "bio"), as the token's start ("share" in "sharebar", "social" in
// "socialicons"), or anywhere ("comment" in "postcomments", "related" in "jp-relatedposts").
// camelCase is lower-cased first, so "relatedPosts" is the token "relatedposts".
//
// Text cues are matched on the lower-cased opening of a short line; the caller keeps lines longer
// than kMaxCueWords away, since a sentence that opens with "Related" is prose.
#include "read/boilerplate.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <vector>

#include "core/byte_scan.h"
#include "read/html_tree.h"
#include "read/strings.h"
#include "read/word_memo.h"

namespace sitrep {
namespace {

// Longer lines are prose even when they open with a cue word.
constexpr int kMaxCueWords = 16;
// The class and id are read up to this many bytes: the words that matter come first.
constexpr size_t kMaxAttributeBytes = 256;

enum class Match : uint8_t { kExact, kPrefix, kAnywhere };

struct Stem {
  std::string_view word;
  Match match;
  Furniture kind;
};

constexpr Stem kStems[] = {
    {"nav", Match::kPrefix, Furniture::kNavigation},
    {"navigation", Match::kAnywhere, Furniture::kNavigation},
    {"menu", Match::kAnywhere, Furniture::kNavigation},
    {"breadcrumb", Match::kAnywhere, Furniture::kNavigation},
    {"pagination", Match::kPrefix, Furniture::kNavigation},
    {"pager", Match::kExact, Furniture::kNavigation},
    {"skip", Match::kExact, Furniture::kNavigation},
    {"toolbar", Match::kAnywhere, Furniture::kNavigation},
    {"sitemap", Match::kPrefix, Furniture::kNavigation},
    {"search", Match::kPrefix, Furniture::kNavigation},
    {"login", Match::kPrefix, Furniture::kNavigation},
    {"header", Match::kPrefix, Furniture::kHeaderFooter},
    {"masthead", Match::kPrefix, Furniture::kHeaderFooter},
    {"footer", Match::kAnywhere, Furniture::kHeaderFooter},
    {"copyright", Match::kPrefix, Furniture::kHeaderFooter},
    {"colophon", Match::kPrefix, Furniture::kHeaderFooter},
    {"related", Match::kAnywhere, Furniture::kRelated},
    {"recommend", Match::kAnywhere, Furniture::kRelated},
    {"trending", Match::kPrefix, Furniture::kRelated},
    {"popular", Match::kPrefix, Furniture::kRelated},
    {"mostread", Match::kPrefix, Furniture::kRelated},
    {"sidebar", Match::kAnywhere, Furniture::kRelated},
    {"widget", Match::kPrefix, Furniture::kRelated},
    {"outbrain", Match::kAnywhere, Furniture::kRelated},
    {"taboola", Match::kAnywhere, Furniture::kRelated},
    {"rail", Match::kExact, Furniture::kRelated},
    {"yarpp", Match::kPrefix, Furniture::kRelated},
    {"similar", Match::kPrefix, Furniture::kRelated},
    {"empfehlung", Match::kAnywhere, Furniture::kRelated},
    {"weitere", Match::kPrefix, Furniture::kRelated},
    {"comment", Match::kAnywhere, Furniture::kComments},
    {"kommentare", Match::kAnywhere, Furniture::kComments},
    {"disqus", Match::kAnywhere, Furniture::kComments},
    {"respond", Match::kExact, Furniture::kComments},
    {"replies", Match::kExact, Furniture::kComments},
    {"reply", Match::kExact, Furniture::kComments},
    {"discussion", Match::kPrefix, Furniture::kComments},
    {"ad", Match::kExact, Furniture::kAd},
    {"ads", Match::kExact, Furniture::kAd},
    {"adv", Match::kExact, Furniture::kAd},
    {"advert", Match::kAnywhere, Furniture::kAd},
    {"adslot", Match::kPrefix, Furniture::kAd},
    {"adunit", Match::kPrefix, Furniture::kAd},
    {"sponsor", Match::kAnywhere, Furniture::kAd},
    {"promo", Match::kPrefix, Furniture::kAd},
    {"anzeige", Match::kPrefix, Furniture::kAd},
    {"werbung", Match::kAnywhere, Furniture::kAd},
    {"dfp", Match::kExact, Furniture::kAd},
    {"banner", Match::kPrefix, Furniture::kAd},
    {"share", Match::kPrefix, Furniture::kShare},
    {"sharing", Match::kAnywhere, Furniture::kShare},
    {"shariff", Match::kPrefix, Furniture::kShare},
    {"social", Match::kPrefix, Furniture::kShare},
    {"addthis", Match::kAnywhere, Furniture::kShare},
    {"follow", Match::kPrefix, Furniture::kShare},
    {"print", Match::kExact, Furniture::kShare},
    {"cookie", Match::kAnywhere, Furniture::kNotice},
    {"consent", Match::kAnywhere, Furniture::kNotice},
    {"gdpr", Match::kAnywhere, Furniture::kNotice},
    {"paywall", Match::kAnywhere, Furniture::kNotice},
    {"overlay", Match::kPrefix, Furniture::kNotice},
    {"modal", Match::kPrefix, Furniture::kNotice},
    {"popup", Match::kPrefix, Furniture::kNotice},
    {"gallery", Match::kPrefix, Furniture::kGallery},
    {"carousel", Match::kAnywhere, Furniture::kGallery},
    {"slideshow", Match::kAnywhere, Furniture::kGallery},
    {"slider", Match::kPrefix, Furniture::kGallery},
    {"lightbox", Match::kAnywhere, Furniture::kGallery},
    {"thumbnails", Match::kPrefix, Furniture::kGallery},
    {"swiper", Match::kPrefix, Furniture::kGallery},
    {"caption", Match::kAnywhere, Furniture::kGallery},
    {"credit", Match::kPrefix, Furniture::kGallery},
    {"visual", Match::kExact, Furniture::kGallery},
    {"img", Match::kExact, Furniture::kGallery},
    {"photo", Match::kExact, Furniture::kGallery},
    {"picture", Match::kExact, Furniture::kGallery},
    {"newsletter", Match::kAnywhere, Furniture::kNewsletter},
    {"subscri", Match::kAnywhere, Furniture::kNewsletter},
    {"signup", Match::kAnywhere, Furniture::kNewsletter},
    {"optin", Match::kAnywhere, Furniture::kNewsletter},
    {"mailchimp", Match::kAnywhere, Furniture::kNewsletter},
    {"mc4wp", Match::kPrefix, Furniture::kNewsletter},
    {"bio", Match::kExact, Furniture::kBio},
    {"biography", Match::kPrefix, Furniture::kBio},
    {"authorbio", Match::kAnywhere, Furniture::kBio},
    {"author", Match::kPrefix, Furniture::kBio},
    {"tags", Match::kExact, Furniture::kMeta},
    {"tag", Match::kExact, Furniture::kMeta},
    {"tagcloud", Match::kPrefix, Furniture::kMeta},
    {"categories", Match::kExact, Furniture::kMeta},
    {"meta", Match::kExact, Furniture::kMeta},
    {"postmeta", Match::kAnywhere, Furniture::kMeta},
    {"entrymeta", Match::kAnywhere, Furniture::kMeta},
    {"byline", Match::kPrefix, Furniture::kMeta},
    {"keywords", Match::kExact, Furniture::kMeta},
    {"schlagw", Match::kPrefix, Furniture::kMeta},
};

// kStems by where a token may match them, keyed by two bytes: the exact and prefix stems by
// their first two (a token's first two), the anywhere stems by their first two as well (any two
// of the token's, from the token's start up to its last three). A token is then tried against a
// stem or two at its start and at each position, not against all of them. The lists are chains
// through |next|, in kStems' order.
//
// The key is exact, not a hash: a token's bytes are letters and digits, each given a code
// (StemCode), so two bytes make one of kCodes * kCodes keys, and a position costs a table load
// where a hashed key of three bytes cost two multiplications and a division. Class words are
// lower case already; an upper-case byte has a code of its own that starts no stem.
constexpr uint8_t kUpperCode = 37;  // 0 for a byte outside tokens, 1-36 for a-z and 0-9, 37 for A-Z
constexpr uint32_t kCodes = kUpperCode + 1;
constexpr uint8_t kNoStem = 0xFF;

constexpr std::array<uint8_t, 256> kStemCodes = [] {
  std::array<uint8_t, 256> codes{};
  for (int c = 'a'; c <= 'z'; ++c) codes[c] = static_cast<uint8_t>(1 + c - 'a');
  for (int c = '0'; c <= '9'; ++c) codes[c] = static_cast<uint8_t>(27 + c - '0');
  for (int c = 'A'; c <= 'Z'; ++c) codes[c] = kUpperCode;
  return codes;
}();

// The code of |c|; 0 when |c| is no letter or digit (IsAsciiAlnum), where a token ends.
constexpr uint8_t StemCode(char c) { return kStemCodes[static_cast<unsigned char>(c)]; }

constexpr uint32_t PairKey(const char* at) { return StemCode(at[0]) * kCodes + StemCode(at[1]); }

struct StemIndex {
  std::array<uint8_t, kCodes * kCodes> at_start;  // the first exact or prefix stem of each key
  std::array<uint8_t, kCodes * kCodes> anywhere;  // the first anywhere stem of each key
  std::array<uint8_t, std::size(kStems)> next;
};

constexpr bool StemsAreKeyed() {
  for (const Stem& stem : kStems) {
    if (stem.word.size() < (stem.match == Match::kAnywhere ? 3 : 2)) return false;
    for (const char c : stem.word) {
      if (StemCode(c) == 0 || StemCode(c) == kUpperCode) return false;
    }
  }
  return true;
}
static_assert(StemsAreKeyed(), "stems are lower-case letters and digits, found by two bytes");
static_assert(std::size(kStems) < kNoStem, "stem numbers are bytes");

constexpr StemIndex kStemIndex = [] {
  StemIndex index{};
  index.at_start.fill(kNoStem);
  index.anywhere.fill(kNoStem);
  // Backwards, each stem put before those already listed: every list ends up in order.
  for (size_t s = std::size(kStems); s-- > 0;) {
    const Stem& stem = kStems[s];
    uint8_t& head = stem.match == Match::kAnywhere ? index.anywhere[PairKey(stem.word.data())]
                                                   : index.at_start[PairKey(stem.word.data())];
    index.next[s] = head;
    head = static_cast<uint8_t>(s);
  }
  return index;
}();

// The kind of the first stem in kStems that |token| (letters and digits) matches.
Furniture MatchStems(std::string_view token) {
  const StemIndex& index = kStemIndex;
  size_t first = kNoStem;
  if (token.size() >= 2) {
    for (uint8_t s = index.at_start[PairKey(token.data())]; s != kNoStem; s = index.next[s]) {
      const Stem& stem = kStems[s];
      if (stem.match == Match::kExact ? SameBytes(token, stem.word)
                                      : StartsWithBytes(token, stem.word)) {
        first = s;
        break;
      }
    }
  }
  // An anywhere stem is three bytes or more: the last two positions start none.
  for (size_t at = 0; at + 3 <= token.size(); ++at) {
    for (uint8_t s = index.anywhere[PairKey(token.data() + at)]; s < first; s = index.next[s]) {
      if (StartsWithBytes(token.substr(at), kStems[s].word)) {
        first = s;
        break;
      }
    }
  }
  if (first == kNoStem) return Furniture::kNone;
  // An opinion piece is a commentary ("Kommentar" in German, which the stem above leaves out):
  // the article itself, not its readers' comments. Asked last: only a token a stem matched
  // ("comment") may hold the word.
  if (token.find("commentary") != std::string_view::npos) return Furniture::kNone;
  return kStems[first].kind;
}

// The class and id words, as far as the first kMaxAttributeBytes reach.
std::string_view ClassAndId(const HtmlNode* element) {
  return element->class_and_id.substr(0, kMaxAttributeBytes);
}

// A class naming a term the page is filed under ("tag-floods", "category-news", as blog engines
// write them on the post itself) says what the page is about, not what the element is.
bool IsTermClass(std::string_view word) {
  return StartsWithBytes(word, "tag-") || StartsWithBytes(word, "category-") ||
         StartsWithBytes(word, "tag_");
}

// Whole class words that hide an element from every reader. Words that hide it on some screens
// only ("hidden-xs") or hide its label ("field-label-hidden") are not among them.
// By length first: every word of an inline element is asked, and most have none of these lengths.
bool IsHidingClass(std::string_view word) {
  switch (word.size()) {
    case 4: return word == "hide";
    case 6: return word == "hidden" || word == "d-none";
    case 7: return word == "sr-only";
    case 8: return word == "u-hidden";
    case 9: return word == "is-hidden" || word == "invisible";
    case 14: return word == "visuallyhidden";
    case 15: return word == "visually-hidden";
    case 17: return word == "screenreader-only" || word == "element-invisible";
    case 18: return word == "screen-reader-text";
    default: return false;
  }
}

// What one word of the class and id says: its first token's cue, where tokens are its runs of
// letters and digits ("share" and "bar" in "share-bar").
Furniture ClassifyWord(std::string_view word) {
  if (IsTermClass(word)) return Furniture::kNone;
  if (IsHidingClass(word)) return Furniture::kHidden;
  for (size_t at = 0; at < word.size();) {
    while (at < word.size() && StemCode(word[at]) == 0) ++at;
    size_t stop = at;
    while (stop < word.size() && StemCode(word[stop]) != 0) ++stop;
    if (stop > at) {
      const Furniture kind = MatchStems(word.substr(at, stop - at));
      if (kind != Furniture::kNone) return kind;
    }
    at = stop;
  }
  return Furniture::kNone;
}

// ClassifyWord, remembered: a page repeats its few class words on element after element
// ("menu-item", "post-content"), and a look-up costs less than cutting a word into tokens and
// trying the stems on each.
Furniture KindOfWord(std::string_view word) {
  thread_local WordMemo<Furniture> known;
  return known.Get(word, ClassifyWord);
}

// The first space in |words| at or after |from|, or words.size(): sixteen bytes a step, the last
// the sixteen that end |words|, where a call to memchr for each word cost more than the word's
// look-up in the memo.
size_t SpaceFrom(std::string_view words, size_t from) {
  size_t i = from;
#ifdef __SSE2__
  const __m128i space = _mm_set1_epi8(' ');
  const auto spaces = [&](size_t at) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(words.data() + at));
    return static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)));
  };
  for (; i + 16 <= words.size(); i += 16) {
    if (const uint32_t mask = spaces(i); mask != 0) return i + __builtin_ctz(mask);
  }
  if (i < words.size() && words.size() >= 16) {
    const size_t last = words.size() - 16;
    const uint32_t mask = spaces(last) >> (i - last);  // the lanes from i on
    return mask != 0 ? i + __builtin_ctz(mask) : words.size();
  }
#endif
  while (i < words.size() && words[i] != ' ') ++i;
  return i;
}

// The word of the class and id that starts at or after |*pos|, which moves past it; "" at the
// end. Markers and stems hold no space, so each is matched within one word.
std::string_view NextWord(std::string_view words, size_t* pos) {
  while (*pos < words.size() && words[*pos] == ' ') ++*pos;
  const size_t start = *pos;
  *pos = SpaceFrom(words, start);
  return words.substr(start, *pos - start);
}

// The first word's cue.
Furniture ClassifyClassAndId(std::string_view words) {
  for (size_t pos = 0; pos < words.size();) {
    const Furniture kind = KindOfWord(NextWord(words, &pos));
    if (kind != Furniture::kNone) return kind;
  }
  return Furniture::kNone;
}

Furniture ClassifyRole(std::string_view role) {
  if (role.empty()) return Furniture::kNone;  // most elements, asked about for each
  if (IsOneOf(role, {"navigation", "menu", "menubar", "tablist", "search"})) {
    return Furniture::kNavigation;
  }
  if (IsOneOf(role, {"banner", "contentinfo"})) return Furniture::kHeaderFooter;
  if (role == "complementary") return Furniture::kRelated;
  if (IsOneOf(role, {"dialog", "alertdialog"})) return Furniture::kNotice;
  return Furniture::kNone;
}

// ---------------------------------------------------------------------------------------------
// Text cues.

struct Cue {
  std::string_view words;  // lower case
  bool whole;              // the line must be the cue alone (with punctuation or a count)
  Furniture kind;
};

constexpr Cue kCues[] = {
    {"related", true, Furniture::kRelated},
    {"related article", false, Furniture::kRelated},
    {"related articles", false, Furniture::kRelated},
    {"related post", false, Furniture::kRelated},
    {"related posts", false, Furniture::kRelated},
    {"related story", false, Furniture::kRelated},
    {"related stories", false, Furniture::kRelated},
    {"related content", false, Furniture::kRelated},
    {"related news", false, Furniture::kRelated},
    {"related coverage", false, Furniture::kRelated},
    {"related reading", false, Furniture::kRelated},
    {"read more", false, Furniture::kRelated},
    {"read also", false, Furniture::kRelated},
    {"read next", false, Furniture::kRelated},
    {"see also", false, Furniture::kRelated},
    {"more from", false, Furniture::kRelated},
    {"more stories", false, Furniture::kRelated},
    {"more on this", false, Furniture::kRelated},
    {"you may also like", false, Furniture::kRelated},
    {"you might also like", false, Furniture::kRelated},
    {"you may be interested", false, Furniture::kRelated},
    {"recommended", false, Furniture::kRelated},
    {"most read", false, Furniture::kRelated},
    {"most popular", false, Furniture::kRelated},
    {"recent posts", false, Furniture::kRelated},
    {"popular posts", false, Furniture::kRelated},
    {"previous post", false, Furniture::kRelated},
    {"next post", false, Furniture::kRelated},
    {"das könnte sie auch interessieren", false, Furniture::kRelated},
    {"das könnte dich auch interessieren", false, Furniture::kRelated},
    {"ähnliche beiträge", false, Furniture::kRelated},
    {"ähnliche artikel", false, Furniture::kRelated},
    {"verwandte artikel", false, Furniture::kRelated},
    {"weitere artikel", false, Furniture::kRelated},
    {"weitere beiträge", false, Furniture::kRelated},
    {"weitere meldungen", false, Furniture::kRelated},
    {"weitere nachrichten", false, Furniture::kRelated},
    {"mehr zum thema", false, Furniture::kRelated},
    {"auch interessant", false, Furniture::kRelated},
    {"lesen sie auch", false, Furniture::kRelated},
    {"lesen sie mehr", false, Furniture::kRelated},
    {"weiterlesen", false, Furniture::kRelated},
    {"zum weiterlesen", false, Furniture::kRelated},
    {"passend dazu", false, Furniture::kRelated},
    {"meistgelesen", false, Furniture::kRelated},
    {"neueste beiträge", false, Furniture::kRelated},
    {"vorheriger beitrag", false, Furniture::kRelated},
    {"nächster beitrag", false, Furniture::kRelated},
    {"neueste artikel", false, Furniture::kRelated},
    {"neueste beiträge", false, Furniture::kRelated},
    {"die neuesten", false, Furniture::kRelated},
    {"letzte artikel", false, Furniture::kRelated},
    {"aktuellste beiträge", false, Furniture::kRelated},
    {"aktuelle beiträge", false, Furniture::kRelated},
    {"empfohlene beiträge", false, Furniture::kRelated},
    {"empfohlene artikel", false, Furniture::kRelated},
    {"beliebte beiträge", false, Furniture::kRelated},
    {"beliebte artikel", false, Furniture::kRelated},
    {"meistgelesene", false, Furniture::kRelated},
    {"top themen", false, Furniture::kRelated},
    {"top-themen", false, Furniture::kRelated},
    {"das könnte", false, Furniture::kRelated},
    {"das thema könnte", false, Furniture::kRelated},
    {"mehr themen", false, Furniture::kRelated},
    {"mehr artikel", false, Furniture::kRelated},
    {"mehr kolumnen", false, Furniture::kRelated},
    {"weitere informationen", false, Furniture::kRelated},
    {"weiterführende links", false, Furniture::kRelated},
    {"weiterführender link", false, Furniture::kRelated},
    {"zobacz także", false, Furniture::kRelated},
    {"zobacz też", false, Furniture::kRelated},
    {"czytaj także", false, Furniture::kRelated},
    {"czytaj też", false, Furniture::kRelated},
    {"czytaj więcej", false, Furniture::kRelated},
    {"notas relacionadas", false, Furniture::kRelated},
    {"noticias relacionadas", false, Furniture::kRelated},
    {"temas relacionados", false, Furniture::kRelated},
    {"te puede interesar", false, Furniture::kRelated},
    {"lea también", false, Furniture::kRelated},
    {"lea más", false, Furniture::kRelated},
    {"leia também", false, Furniture::kRelated},
    {"leia mais", false, Furniture::kRelated},
    {"veja também", false, Furniture::kRelated},
    {"lire aussi", false, Furniture::kRelated},
    {"à lire aussi", false, Furniture::kRelated},
    {"voir aussi", false, Furniture::kRelated},
    {"sur le même sujet", false, Furniture::kRelated},
    {"latest articles", false, Furniture::kRelated},
    {"latest news", false, Furniture::kRelated},
    {"latest posts", false, Furniture::kRelated},
    {"more articles", false, Furniture::kRelated},
    {"more news", false, Furniture::kRelated},
    {"recent articles", false, Furniture::kRelated},
    {"also read", false, Furniture::kRelated},
    {"don't miss", false, Furniture::kRelated},
    {"view comments", false, Furniture::kComments},
    {"show comments", false, Furniture::kComments},
    {"join the discussion", false, Furniture::kComments},
    {"join the conversation", false, Furniture::kComments},
    {"kommentieren sie", false, Furniture::kComments},
    {"diskutieren sie", false, Furniture::kComments},
    {"if you enjoyed", false, Furniture::kNewsletter},
    {"gefällt dir", false, Furniture::kNewsletter},
    {"unterstützen sie", false, Furniture::kNewsletter},
    {"support our", false, Furniture::kNewsletter},
    {"war der artikel", false, Furniture::kWidget},
    {"war dieser artikel", false, Furniture::kWidget},
    {"was this article", false, Furniture::kWidget},
    {"bewerten sie", false, Furniture::kWidget},
    {"aktualisiert am", false, Furniture::kMeta},
    {"zuletzt aktualisiert", false, Furniture::kMeta},
    {"alle angaben ohne gewähr", false, Furniture::kHeaderFooter},
    {"externer inhalt", false, Furniture::kHeaderFooter},
    {"empfohlener redaktioneller inhalt", false, Furniture::kHeaderFooter},
    {"schon gelesen", false, Furniture::kRelated},
    {"vorschau auf den nächsten", false, Furniture::kRelated},
    {"nächster artikel", false, Furniture::kRelated},
    {"next article", false, Furniture::kRelated},
    {"möchten sie den artikel teilen", false, Furniture::kShare},
    {"kommentieren", true, Furniture::kComments},
    {"community", true, Furniture::kNavigation},
    {"credit:", false, Furniture::kGallery},
    {"bildquelle", false, Furniture::kGallery},
    {"quellenangaben", false, Furniture::kMeta},
    {"themen:", false, Furniture::kMeta},
    {"lesezeit", false, Furniture::kMeta},
    {"reading time", false, Furniture::kMeta},
    {"beitragsbild", false, Furniture::kGallery},
    {"titelbild", false, Furniture::kGallery},
    {"bildnachweis", false, Furniture::kGallery},
    {"crédits photo", false, Furniture::kGallery},
    {"photo credit", false, Furniture::kGallery},
    {"do you want to be informed", false, Furniture::kNewsletter},
    {"we need your help", false, Furniture::kNewsletter},
    {"wenn ihnen unser artikel gefallen hat", false, Furniture::kNewsletter},
    {"we want to hear what you think", false, Furniture::kComments},
    {"bitte registrieren sie sich", false, Furniture::kComments},
    {"materiał chroniony prawem", false, Furniture::kHeaderFooter},
    {"this post contains references to products", false, Furniture::kAd},
    {"zurück zur übersicht", false, Furniture::kNavigation},
    {"comments", true, Furniture::kComments},
    {"comment", true, Furniture::kComments},
    {"kommentare", true, Furniture::kComments},
    {"leave a reply", false, Furniture::kComments},
    {"leave a comment", false, Furniture::kComments},
    {"post a comment", false, Furniture::kComments},
    {"add a comment", false, Furniture::kComments},
    {"write a comment", false, Furniture::kComments},
    {"no comments", false, Furniture::kComments},
    {"comments are closed", false, Furniture::kComments},
    {"kommentar schreiben", false, Furniture::kComments},
    {"kommentar verfassen", false, Furniture::kComments},
    {"keine kommentare", false, Furniture::kComments},
    {"hinterlassen sie einen kommentar", false, Furniture::kComments},
    {"hinterlasse einen kommentar", false, Furniture::kComments},
    {"schreibe einen kommentar", false, Furniture::kComments},
    {"hinterlassen sie eine antwort", false, Furniture::kComments},
    {"pingback", false, Furniture::kComments},
    {"trackback", false, Furniture::kComments},
    {"share", true, Furniture::kShare},
    {"share this", false, Furniture::kShare},
    {"share on", false, Furniture::kShare},
    {"share the", false, Furniture::kShare},
    {"teilen", true, Furniture::kShare},
    {"teilen sie", false, Furniture::kShare},
    {"diesen artikel teilen", false, Furniture::kShare},
    {"artikel teilen", false, Furniture::kShare},
    {"beitrag teilen", false, Furniture::kShare},
    {"seite teilen", false, Furniture::kShare},
    {"jetzt teilen", false, Furniture::kShare},
    {"follow us", false, Furniture::kShare},
    {"folgen sie uns", false, Furniture::kShare},
    {"folge uns", false, Furniture::kShare},
    {"print", true, Furniture::kShare},
    {"drucken", true, Furniture::kShare},
    {"advertisement", false, Furniture::kAd},
    {"anzeige", true, Furniture::kAd},
    {"werbung", true, Furniture::kAd},
    {"sponsored", false, Furniture::kAd},
    {"gesponsert", false, Furniture::kAd},
    {"subscribe", false, Furniture::kNewsletter},
    {"sign up", false, Furniture::kNewsletter},
    {"newsletter", false, Furniture::kNewsletter},
    {"abonnieren", false, Furniture::kNewsletter},
    {"jetzt abonnieren", false, Furniture::kNewsletter},
    {"join our", false, Furniture::kNewsletter},
    {"never miss", false, Furniture::kNewsletter},
    {"this website uses cookies", false, Furniture::kNotice},
    {"this site uses cookies", false, Furniture::kNotice},
    {"we use cookies", false, Furniture::kNotice},
    {"wir verwenden cookies", false, Furniture::kNotice},
    {"diese website verwendet", false, Furniture::kNotice},
    {"diese webseite verwendet", false, Furniture::kNotice},
    {"already a subscriber", false, Furniture::kNotice},
    {"to continue reading", false, Furniture::kNotice},
    {"tags", true, Furniture::kMeta},
    {"tags:", false, Furniture::kMeta},
    {"tagged:", false, Furniture::kMeta},
    {"tagged with", false, Furniture::kMeta},
    {"schlagworte", false, Furniture::kMeta},
    {"schlagwörter", false, Furniture::kMeta},
    {"stichworte", false, Furniture::kMeta},
    {"categories", true, Furniture::kMeta},
    {"category", true, Furniture::kMeta},
    {"kategorien", true, Furniture::kMeta},
    {"kategorie", true, Furniture::kMeta},
    {"posted in", false, Furniture::kMeta},
    {"filed under", false, Furniture::kMeta},
    {"veröffentlicht in", false, Furniture::kMeta},
    {"abgelegt unter", false, Furniture::kMeta},
    {"erschienen in", false, Furniture::kMeta},
    {"about the author", false, Furniture::kBio},
    {"über den autor", false, Furniture::kBio},
    {"über die autorin", false, Furniture::kBio},
    {"copyright", false, Furniture::kHeaderFooter},
    {"©", false, Furniture::kHeaderFooter},
    {"all rights reserved", false, Furniture::kHeaderFooter},
    {"alle rechte vorbehalten", false, Furniture::kHeaderFooter},
    {"impressum", true, Furniture::kHeaderFooter},
    {"datenschutz", false, Furniture::kHeaderFooter},
    {"privacy policy", false, Furniture::kHeaderFooter},
    {"back to top", false, Furniture::kNavigation},
    {"nach oben", true, Furniture::kNavigation},
    {"skip to content", false, Furniture::kNavigation},
    {"zum inhalt springen", false, Furniture::kNavigation},
    {"startseite", true, Furniture::kNavigation},
    {"home", true, Furniture::kNavigation},
    {"menu", true, Furniture::kNavigation},
    {"menü", true, Furniture::kNavigation},
};

// How much of a line cues are looked for in.
constexpr size_t kCueBytes = 64;

// The first |bytes| (at most kCueBytes) of |text| with white space collapsed (runs as one space,
// none at the end), lower-cased for ASCII and for the Latin-1 letters (À-Þ), which German and
// French cues need, into |buffer|: every short line of a page is asked, so no allocation, and a
// line is collapsed only as far as cues are looked for in it. ASCII is lowered as it is copied;
// only a line holding a byte that may start such a letter (0xC3) is read again for it.
std::string_view LowerForCue(std::string_view text, size_t bytes,
                             std::array<char, kCueBytes>* buffer) {
  size_t size = 0;
  bool pending_space = false;
  bool latin = false;
  for (size_t i = 0; i < text.size() && size < bytes; ++i) {
    const char c = text[i];
    // White space is ' ' and '\t' to '\r' (IsHtmlSpace and '\v'); most bytes are above it.
    if (static_cast<unsigned char>(c) <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r'))) {
      pending_space = size > 0;
      continue;
    }
    if (pending_space) {
      (*buffer)[size++] = ' ';
      pending_space = false;
      if (size == bytes) break;
    }
    latin |= c == '\xC3';
    (*buffer)[size++] = ToLowerAscii(c);
  }
  const std::span<char> out(buffer->data(), size);
  for (size_t i = 0; latin && i + 1 < out.size(); ++i) {
    const auto next = static_cast<unsigned char>(out[i + 1]);
    if (static_cast<unsigned char>(out[i]) == 0xC3 && next >= 0x80 && next <= 0x9E &&
        next != 0x97) {
      out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return std::string_view(out.data(), out.size());
}

// The cues whose first byte is |first|, in kCues' order (the first that matches is taken): the
// first byte rules out all but a few of the hundreds of cues at once.
const std::vector<const Cue*>& CuesStartingWith(char first) {
  static const auto kByFirstByte = [] {
    std::array<std::vector<const Cue*>, 256> index;
    for (const Cue& cue : kCues)
      index[static_cast<unsigned char>(cue.words.front())].push_back(&cue);
    return index;
  }();
  return kByFirstByte[static_cast<unsigned char>(first)];
}

bool IsLetterByte(char c) { return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80; }

// After a whole cue only punctuation, digits and spaces may follow ("Comments (3)", "Tags:").
bool OnlyTrimmings(std::string_view rest) {
  for (const char c : rest) {
    if (IsLetterByte(c)) return false;
  }
  return true;
}

// How many of a line's first bytes tell most lines from every cue's opening (at most four).
constexpr size_t kCueHeadBytes = 4;

static_assert(kCueHeadBytes <= sizeof(uint32_t));

// Up to four bytes in an integer, the first lowest.
uint32_t Pack(std::string_view part) {
  uint32_t packed = 0;
  for (size_t i = 0; i < part.size(); ++i) {
    packed |= uint32_t{static_cast<unsigned char>(part[i])} << (8 * i);
  }
  return packed;
}

// The line's first kCueHeadBytes as LowerForCue gives them, packed. Most lines open with four
// printable ASCII bytes (no white space, nothing above 0x7F): those are lowered all four at once,
// the rest go through LowerForCue.
uint32_t CueHead(std::string_view text, std::array<char, kCueBytes>* buffer) {
  constexpr uint32_t kEach = 0x01010101u;
  constexpr uint32_t kHigh = 0x80808080u;
  if (text.size() >= 4) {
    const uint32_t x = Pack(text.substr(0, 4));
    // No byte of 0x80 or above, and then none below 0x21 (the test is exact for such bytes).
    if ((x & kHigh) == 0 && ((x - kEach * 0x21) & ~x & kHigh) == 0) {
      // A byte from 'A' to 'Z' gets its high bit here, moved to 0x20 to lower it.
      const uint32_t upper = (x + kEach * (0x80 - 'A')) & ~(x + kEach * (0x80 - 'Z' - 1)) & kHigh;
      return x | upper >> 2;
    }
  }
  return Pack(LowerForCue(text, kCueHeadBytes, buffer));
}

// Whether a line whose first kCueHeadBytes are |head| (CueHead's) may open with a cue: most
// short lines of a page open like none ("The", "Photo", "By"), and are turned away before their
// whole opening is lowered.
bool MayOpenWithCue(uint32_t head) {
  const char first = static_cast<char>(head & 0xFF);
  if (first >= '0' && first <= '9') return true;  // "4 min read"
  // The cues' distinct openings, by first byte, each as bytes and a mask of their length packed
  // in an integer: one compare an opening, where many cues share one ("related ...").
  struct Opening {
    uint32_t bytes;
    uint32_t mask;
  };
  static const auto kOpenings = [] {
    std::array<std::vector<Opening>, 256> openings;
    for (const Cue& cue : kCues) {
      const std::string_view part = cue.words.substr(0, kCueHeadBytes);
      const Opening opening = {Pack(part), part.size() == 4 ? ~0u : (1u << (8 * part.size())) - 1};
      auto& list = openings[static_cast<unsigned char>(part.front())];
      const auto same = [&](const Opening& o) {
        return o.bytes == opening.bytes && o.mask == opening.mask;
      };
      if (std::none_of(list.begin(), list.end(), same)) list.push_back(opening);
    }
    return openings;
  }();
  for (const Opening& opening : kOpenings[static_cast<unsigned char>(first)]) {
    if ((head & opening.mask) == opening.bytes) return true;
  }
  return false;
}

// What the opening of a line (LowerForCue's) announces, whatever the line's length.
Furniture CueOfLine(std::string_view line) {
  // "4 min read", "5 Min. Lesezeit": how long the story takes, not the story.
  if (!line.empty() && line.front() >= '0' && line.front() <= '9') {
    const size_t words = line.find_first_not_of("0123456789 ");
    if (words != std::string_view::npos) {
      static constexpr std::string_view kUnits[] = {"min read",      "min. read",
                                                    "minute read",   "min lesezeit",
                                                    "min. lesezeit", "minuten lesezeit"};
      for (const std::string_view unit : kUnits) {
        if (line.substr(words).starts_with(unit)) return Furniture::kMeta;
      }
    }
  }
  if (line.empty()) return Furniture::kNone;
  for (const Cue* cue_pointer : CuesStartingWith(line.front())) {
    const Cue& cue = *cue_pointer;
    if (!StartsWithBytes(line, cue.words)) continue;
    const std::string_view rest = line.substr(cue.words.size());
    if (cue.whole ? OnlyTrimmings(rest) : rest.empty() || !IsLetterByte(rest.front())) {
      return cue.kind;
    }
  }
  return Furniture::kNone;
}

// The class and id markers of an article's text (IsContentMarked), in groups by their first
// two bytes.
constexpr std::string_view kMarkers[] = {
    "articlebody",      "article-body",   "article_body", "article__body", "article-content",
    "article__content", "articlecontent", "article-text", "articletext",   "entry-content",
    "entry-body",       "post-content",   "post-body",    "postcontent",   "story-body",
    "storycontent",     "story-content",  "content-body"};

struct MarkerGroup {
  uint8_t begin = 0;  // in kMarkers
  uint8_t end = 0;
};

// The markers by their first byte: one group each, since no two starts share a first byte.
constexpr std::array<MarkerGroup, 256> kMarkersByFirstByte = [] {
  std::array<MarkerGroup, 256> groups{};
  for (size_t m = 0; m < std::size(kMarkers); ++m) {
    MarkerGroup& group = groups[static_cast<unsigned char>(kMarkers[m][0])];
    if (group.begin == group.end) group.begin = static_cast<uint8_t>(m);
    group.end = static_cast<uint8_t>(m + 1);
  }
  return groups;
}();

constexpr bool MarkersAreGrouped() {
  for (size_t m = 0; m < std::size(kMarkers); ++m) {
    const MarkerGroup& group = kMarkersByFirstByte[static_cast<unsigned char>(kMarkers[m][0])];
    for (size_t other = group.begin; other < group.end; ++other) {
      if (kMarkers[other].substr(0, 2) != kMarkers[m].substr(0, 2)) return false;
    }
    if (m < group.begin || m >= group.end) return false;
  }
  return true;
}
static_assert(MarkersAreGrouped(), "markers sharing a first byte stand together and start alike");

// Whether a marker starts at words[at].
bool MarkerAt(std::string_view words, size_t at) {
  const MarkerGroup group = kMarkersByFirstByte[static_cast<unsigned char>(words[at])];
  if (group.begin == group.end || at + 1 >= words.size() ||
      words[at + 1] != kMarkers[group.begin][1]) {
    return false;
  }
  const std::string_view rest = words.substr(at);
  for (size_t m = group.begin; m < group.end; ++m) {
    if (StartsWithBytes(rest, kMarkers[m])) return true;
  }
  return false;
}

}  // namespace

std::string_view FurnitureName(Furniture kind) {
  switch (kind) {
    case Furniture::kNone: return "none";
    case Furniture::kNavigation: return "navigation";
    case Furniture::kHeaderFooter: return "header-footer";
    case Furniture::kRelated: return "related";
    case Furniture::kComments: return "comments";
    case Furniture::kAd: return "ad";
    case Furniture::kShare: return "share";
    case Furniture::kNotice: return "notice";
    case Furniture::kGallery: return "gallery";
    case Furniture::kNewsletter: return "newsletter";
    case Furniture::kBio: return "bio";
    case Furniture::kMeta: return "meta";
    case Furniture::kWidget: return "widget";
    case Furniture::kHidden: return "hidden";
  }
  return "none";
}

ElementCue ClassifyElement(const HtmlNode* element) {
  if (!IsElement(element)) return {};
  switch (HtmlTag(element)) {
    case Tag::kHtml:
    case Tag::kBody:
    case Tag::kMain:
    case Tag::kArticle: return {};
    case Tag::kNav:
    case Tag::kMenu: return {Furniture::kNavigation};
    case Tag::kHeader:
    case Tag::kFooter: return {Furniture::kHeaderFooter};
    case Tag::kAside: return {Furniture::kRelated};
    case Tag::kForm:
    case Tag::kButton:
    case Tag::kInput:
    case Tag::kSelect:
    case Tag::kTextarea: return {Furniture::kWidget};
    default: break;
  }
  // Most elements have neither attribute: their name bits say so here, before any call.
  const auto may_have = [element](std::string_view name) {
    return (element->attribute_names & AttributeNameBit(name)) != 0;
  };
  // Inline styles are gone by now (the tokenizer drops them), so `hidden` is the only sign left.
  if (may_have("hidden") && HasAttr(element, "hidden")) {
    return {Furniture::kHidden};
  }
  if (may_have("role")) {
    if (const Furniture role = ClassifyRole(Attr(element, "role")); role != Furniture::kNone) {
      return {role};
    }
  }
  const Furniture kind = ClassifyClassAndId(ClassAndId(element));
  return {kind, kind != Furniture::kNone};
}

bool IsHiddenElement(const HtmlNode* element) {
  // ClassifyRole and the stems never answer kHidden: without the attribute and a hiding word,
  // the element is shown.
  bool may_hide = (element->attribute_names & AttributeNameBit("hidden")) != 0;
  const std::string_view words = ClassAndId(element);
  for (size_t pos = 0; pos < words.size() && !may_hide;) {
    may_hide = IsHidingClass(NextWord(words, &pos));
  }
  return may_hide && ClassifyElement(element).kind == Furniture::kHidden;
}

bool IsContentMarked(const HtmlNode* element) {
  // Most elements have no itemprop: their name bits say so before any call.
  if ((element->attribute_names & AttributeNameBit("itemprop")) != 0 &&
      EqualsNoCase(Attr(element, "itemprop"), "articleBody")) {
    return true;
  }
  const std::string_view words = ClassAndId(element);
  // Every marker holds one of these; most class lists hold none, and memchr rules them out
  // faster than any pass of ours over the list.
  if (words.find("body") == std::string_view::npos &&
      words.find("content") == std::string_view::npos &&
      words.find("text") == std::string_view::npos) {
    return false;
  }
  // One pass over the words, trying the markers only where one may start: class lists are long
  // and a search per marker read them eighteen times.
  for (size_t at = 0; at + 1 < words.size(); ++at) {
    if (MarkerAt(words, at)) return true;
  }
  return false;
}

Furniture ClassifyCueText(std::string_view text) {
  // Bullets and arrows before a label ("» Read more", "+ Share") are not words.
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!text.empty() && static_cast<unsigned char>(text.front()) < 0x80 &&
           !IsAsciiAlnum(text.front())) {
      text.remove_prefix(1);
    }
    // Every bullet is a character above ASCII: a line opening with a letter or digit has none.
    if (text.empty() || static_cast<unsigned char>(text.front()) < 0x80) break;
    static constexpr std::string_view kBullets[] = {"\u00BB", "\u203A", "\u2022", "\u2192"};
    for (const std::string_view bullet : kBullets) {
      if (StartsWithBytes(text, bullet)) {
        text.remove_prefix(bullet.size());
        trimmed = true;
      }
    }
  }
  if (text.empty()) return Furniture::kNone;
  std::array<char, kCueBytes> buffer;
  if (!MayOpenWithCue(CueHead(text, &buffer))) return Furniture::kNone;
  const Furniture kind = CueOfLine(LowerForCue(text, kCueBytes, &buffer));
  // Words are counted last, for the few lines that open with a cue: white space is no word, so
  // the count is the same before and after collapsing it.
  if (kind == Furniture::kNone || CountWords(text) > kMaxCueWords) return Furniture::kNone;
  return kind;
}

}  // namespace sitrep
