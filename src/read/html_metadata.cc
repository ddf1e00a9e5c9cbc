// See html_metadata.h. Tested by html_metadata_test.cc and html_reader_test.cc.
#include "read/html_metadata.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <span>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "read/byline.h"
#include "read/date_line.h"
#include "read/html_tree.h"
#include "read/local_time.h"
#include "read/strings.h"
#include "read/url.h"
#include "read/word_memo.h"

namespace sitrep {
namespace {

// Enough of each kind of candidate for any real page; bounds the work on pathological ones.
constexpr size_t kMaxHeadings = 16;
constexpr size_t kMaxCandidates = 24;
// Longer texts are not headings or bylines but whole sections that happen to carry the class.
constexpr size_t kMaxCaptureBytes = 400;
constexpr size_t kMaxBylineBytes = 160;
constexpr size_t kMaxShortBlocks = 64;
// Text runs with digits tried for a date; most pages show theirs near the top.
constexpr int kMaxDateTries = 200;
constexpr std::string_view kFirstWebDay = "1991-08-06";

enum class Capture {
  kTitle,
  kH1,
  kH2,
  kAuthorMark,
  kAuthorBlock,
  kItemPublished,
  kItemModified,
  kTime,
  kTimeModified,
  kDateline,
  kShortBlock,
  kLdJson
};

bool HasToken(std::string_view list, std::string_view token) {
  size_t start = 0;
  while (start < list.size()) {
    size_t end = start;
    while (end < list.size() && !IsHtmlSpace(list[end])) ++end;
    if (EqualsNoCase(list.substr(start, end - start), token)) return true;
    start = end + 1;
  }
  return false;
}

// "/", "https://example.org/", "index.html": a link to the site's front page, which is what a
// site's logo heading links to and an article's headline never does.
bool IsHomeLink(std::string_view href) {
  if (const size_t scheme = href.find("://"); scheme != std::string_view::npos) {
    const size_t path = href.find('/', scheme + 3);
    href = path == std::string_view::npos ? std::string_view("/") : href.substr(path);
  }
  return IsOneOf(href, {"/", "./", "/index.html", "/index.php", "index.html", "index.php"});
}

// What the collector asks of an element's class and id words, one bit each.
enum WordTest : uint8_t {
  kCommentsWord = 1 << 0,   // readers' comments
  kBrandingWord = 1 << 1,   // a site's header and logo, whose headings are the site's name
  kAuthorWord = 1 << 2,     // a byline
  kDatelineWord = 1 << 3,   // a date line
  kHiddenWord = 1 << 4,     // for screen readers only
  kModifiedWord = 1 << 5,   // a time that is the last update
  kPublishedWord = 1 << 6,  // a time that is the publication's
  // A teaser of another article, with its own date. Not every one: German sites call an
  // article's own lead its "teaser", so only the date lines and <time>s inside are left out.
  kTeaserWord = 1 << 7,
};

// What a word must hold (one of |parts|, and none of |unless|) to pass a test.
struct WordRule {
  WordTest test;
  std::span<const std::string_view> parts;
  std::span<const std::string_view> unless;
  bool word_start;  // a part counts only at the start of the word or after '-' or '_'
};

constexpr std::string_view kCommentsParts[] = {"comments",    "comment-", "comment_",
                                               "commentlist", "respond",  "disqus"};
constexpr std::string_view kCommentsUnless[] = {"open", "count"};
constexpr std::string_view kBrandingParts[] = {"branding",  "masthead",   "site-title", "sitetitle",
                                               "site-name", "sitename",   "blog-title", "blogtitle",
                                               "logo",      "site-header"};
constexpr std::string_view kAuthorParts[] = {"author", "byline", "autor", "auteur", "verfasser"};
constexpr std::string_view kAuthorUnless[] = {
    "avatar", "image", "img", "photo", "bio", "about", "description", "box", "url", "link-",
    // A picture's credit ("media-license-author") names its photographer.
    "license", "licence", "credit", "copyright", "caption"};
constexpr std::string_view kDatelineParts[] = {"date",    "datum", "time",  "posted",
                                               "publish", "meta",  "byline"};
constexpr std::string_view kDatelineUnless[] = {"update", "modified", "timeline", "metabox"};
constexpr std::string_view kHiddenParts[] = {
    "aural",         "sr-only",      "visually-hidden",  "visuallyhidden",
    "screen-reader", "screenreader", "element-invisible"};
constexpr std::string_view kModifiedParts[] = {"update", "modified"};
constexpr std::string_view kTeaserParts[] = {"teaser", "related", "recommend"};
constexpr std::string_view kPublishedParts[] = {"publish", "entry-date", "post-date", "posted",
                                                "pubdate"};

constexpr WordRule kWordRules[] = {
    {kCommentsWord, kCommentsParts, kCommentsUnless, true},
    {kBrandingWord, kBrandingParts, {}, true},
    {kAuthorWord, kAuthorParts, kAuthorUnless, false},
    {kDatelineWord, kDatelineParts, kDatelineUnless, false},
    {kHiddenWord, kHiddenParts, {}, false},
    {kModifiedWord, kModifiedParts, {}, false},
    {kPublishedWord, kPublishedParts, {}, false},
    {kTeaserWord, kTeaserParts, {}, false},
};

// Every rule's parts in one list, each with the test it passes: a word is read once, and only
// the parts that start where it holds one of their first three bytes are compared.
struct RulePart {
  std::string_view text;
  const WordRule* rule;
};
constexpr size_t kRulePartCount = [] {
  size_t count = 0;
  for (const WordRule& rule : kWordRules) count += rule.parts.size();
  return count;
}();
constexpr std::array<RulePart, kRulePartCount> kRuleParts = [] {
  std::array<RulePart, kRulePartCount> parts{};
  size_t at = 0;
  for (const WordRule& rule : kWordRules) {
    for (const std::string_view part : rule.parts) parts[at++] = {part, &rule};
  }
  return parts;
}();

// The runs of three bytes every part starts with, at its first byte and at its second, hashed
// into a bit set: since no part is shorter than four bytes, a part in a word holds one of them at
// an even offset of the word, and a word none of whose runs at even offsets is in the set holds no
// part and passes no test. Most class words are ruled out so, reading every other run.
// A run's three bytes, first byte highest, are its key, mixed by one multiplication into the bit.
constexpr size_t kTrigramBits = 4096;
constexpr uint32_t TrigramKey(char a, char b, char c) {
  return static_cast<uint32_t>(static_cast<unsigned char>(a)) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(b)) << 8 | static_cast<unsigned char>(c);
}
constexpr size_t TrigramBit(uint32_t key) { return (key * 0x9E3779B1u) >> 20; }
static_assert(kTrigramBits == size_t{1} << 12, "TrigramBit keeps twelve bits");
static_assert(std::all_of(kRuleParts.begin(), kRuleParts.end(),
                          [](const RulePart& part) { return part.text.size() >= 4; }),
              "a part holds a run of three at an even offset of any word it is in");
// The bits of a part's runs at its first and its second byte.
constexpr std::array<size_t, 2> PartBits(std::string_view text) {
  return {TrigramBit(TrigramKey(text[0], text[1], text[2])),
          TrigramBit(TrigramKey(text[1], text[2], text[3]))};
}
constexpr std::array<uint64_t, kTrigramBits / 64> kPartTrigrams = [] {
  std::array<uint64_t, kTrigramBits / 64> bits{};
  for (const RulePart& part : kRuleParts) {
    for (const size_t bit : PartBits(part.text)) bits[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  return bits;
}();
// Which parts (bits of their index in kRuleParts) may start at a run of three whose bit is set,
// or a byte before it, by that bit's low six bits: only these are compared there.
static_assert(kRulePartCount <= 64, "a part's index is a bit of a 64-bit mask");
constexpr std::array<uint64_t, 64> kPartsByBit = [] {
  std::array<uint64_t, 64> parts{};
  for (size_t i = 0; i < kRuleParts.size(); ++i) {
    for (const size_t bit : PartBits(kRuleParts[i].text)) parts[bit % 64] |= uint64_t{1} << i;
  }
  return parts;
}();

// Whether |word| (no white space in it) holds |part| where |rule| lets it count.
bool Holds(std::string_view word, std::string_view part, bool word_start) {
  for (size_t at = word.find(part); at != std::string_view::npos; at = word.find(part, at + 1)) {
    if (!word_start || at == 0 || word[at - 1] == '-' || word[at - 1] == '_') return true;
  }
  return false;
}

// The tests one word (no white space in it) passes: a rule's test when the word holds one of its
// parts and none of its |unless| words. One pass over every other byte of the word finds the
// parts: where a run of three is in kPartTrigrams, the parts that may start there or a byte
// before are compared.
uint8_t TestWord(std::string_view word) {
  uint8_t held = 0;
  if (word.size() < 4) return 0;  // no part is shorter
  const auto try_parts = [&](size_t i, uint32_t key) {
    const size_t bit = TrigramBit(key);
    if ((kPartTrigrams[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return;
    for (uint64_t parts = kPartsByBit[bit % 64]; parts != 0; parts &= parts - 1) {
      const RulePart& part = kRuleParts[std::countr_zero(parts)];
      for (size_t start = i > 0 ? i - 1 : 0; start <= i; ++start) {
        const bool at_word_start = start == 0 || word[start - 1] == '-' || word[start - 1] == '_';
        if ((at_word_start || !part.rule->word_start) &&
            StartsWithBytes(word.substr(start), part.text)) {
          held |= part.rule->test;
        }
      }
    }
  };
  // Four bytes loaded at once, the first highest after the swap; the run is their first three.
  static_assert(std::endian::native == std::endian::little, "the first byte loaded is the lowest");
  size_t i = 0;
  for (; i + 4 <= word.size(); i += 2) {
    uint32_t four;
    std::memcpy(&four, word.data() + i, sizeof four);
    try_parts(i, __builtin_bswap32(four) >> 8);
  }
  if (i + 3 <= word.size()) try_parts(i, TrigramKey(word[i], word[i + 1], word[i + 2]));
  if (held == 0) return 0;
  uint8_t bits = held;
  for (const WordRule& rule : kWordRules) {
    if ((held & rule.test) == 0) continue;
    for (const std::string_view unless : rule.unless) {
      if (Holds(word, unless, rule.word_start)) bits &= ~rule.test;
    }
  }
  return bits;
}

// Bits for the spaces among the eight bytes |v| was loaded from, the first byte's lowest: a
// space is made a zero byte, each zero byte's top bit set exactly, and the eight bits gathered
// into one byte by one multiplication.
uint32_t SpaceBitsOfEight(uint64_t v) {
  static_assert(std::endian::native == std::endian::little, "the first byte loaded is the lowest");
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Fu;
  const uint64_t x = v ^ 0x2020202020202020u;
  const uint64_t zero = ~(((x & kLow7) + kLow7) | x | kLow7);
  return static_cast<uint32_t>(((zero >> 7) * 0x0102040810204080u) >> 56);
}

// Bits for the spaces among the sixteen bytes of |words| from |at| (fewer at its end): the
// words of an element's class and id are found sixteen bytes a step, not a byte at a time.
uint32_t SpaceBits(std::string_view words, size_t at) {
#ifdef __SSE2__
  const auto spaces_at = [&](size_t from) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(words.data() + from));
    return static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
  };
  if (at + 16 <= words.size()) return spaces_at(at);
  // The last sixteen bytes, read again in part: no load past the end of |words|.
  if (words.size() >= 16) return spaces_at(words.size() - 16) >> (at + 16 - words.size());
#endif
  // Most lists are shorter than sixteen bytes: two loads of eight, or of four, that overlap.
  const size_t left = std::min<size_t>(words.size() - at, 16);
  const auto spaces_in = [&]<typename Load>(size_t from, Load) {
    Load v;
    std::memcpy(&v, words.data() + from, sizeof v);
    return SpaceBitsOfEight(v);
  };
  if (left >= 8)
    return spaces_in(at, uint64_t{}) | spaces_in(at + left - 8, uint64_t{}) << (left - 8);
  if (left >= 4)
    return spaces_in(at, uint32_t{}) | spaces_in(at + left - 4, uint32_t{}) << (left - 4);
  uint32_t bits = 0;
  for (size_t i = at; i < words.size() && i < at + 16; ++i) {
    bits |= static_cast<uint32_t>(words[i] == ' ') << (i - at);
  }
  return bits;
}

// The tests some word of |class_and_id| (HtmlNode::class_and_id: words each followed by a space)
// passes. Each word's bits are remembered: a page repeats a few class words on element after
// element.
uint8_t TestWords(std::string_view class_and_id) {
  thread_local WordMemo<uint8_t> known;
  uint8_t bits = 0;
  size_t start = 0;
  for (size_t at = 0; at < class_and_id.size(); at += 16) {
    for (uint32_t spaces = SpaceBits(class_and_id, at); spaces != 0; spaces &= spaces - 1) {
      const size_t end = at + static_cast<size_t>(std::countr_zero(spaces));
      if (end > start) bits |= known.Get(class_and_id.substr(start, end - start), TestWord);
      start = end + 1;
    }
  }
  if (start < class_and_id.size()) bits |= known.Get(class_and_id.substr(start), TestWord);
  return bits;
}

// Stand for the start and the end of an element in a heading's captured text.
constexpr char kBreak = '\x1f';
constexpr char kEndBreak = '\x1e';

// The heading's text as CleanMetaText gives it, with the offsets where its elements start.
Heading ReadHeading(std::string_view raw, bool chrome) {
  Heading heading;
  heading.chrome = chrome;
  constexpr std::string_view kBreaks = "\x1e\x1f";
  bool after_end = false;  // the piece follows the end of an element
  for (size_t start = 0; start <= raw.size();) {
    const size_t end = std::min(raw.find_first_of(kBreaks, start), raw.size());
    const std::string_view raw_piece = raw.substr(start, end - start);
    std::string piece = CleanMetaText(raw_piece);
    const bool glued_on = after_end && !raw_piece.empty() && !IsHtmlSpace(raw_piece.front());
    after_end = end < raw.size() && raw[end] == kEndBreak;
    start = end + 1;
    if (piece.empty()) continue;
    // Punctuation right after an element ends what the element said: "<abbr>THW</abbr>: Zukunft".
    const bool glued =
        glued_on && std::string_view(":;,.!?)").find(piece.front()) != std::string_view::npos;
    if (!heading.text.empty() && !glued) {
      heading.text += ' ';
      heading.breaks.push_back(heading.text.size());
    }
    heading.text += piece;
  }
  return heading;
}

// An element shown to screen readers only, or to no one.
bool IsHidden(const HtmlNode* node, uint8_t word_tests) {
  return EqualsNoCase(Attr(node, "aria-hidden"), "true") || (word_tests & kHiddenWord) != 0;
}

// A line that says when the page was last changed ("Letzte \u00c4nderung: 31.10.2023", "Updated
// May 3, 2024"): its date is the change's, the publication's only on a page that shows no other.
bool IsUpdateNote(std::string_view line) {
  constexpr std::string_view kNotes[] = {"letzte \u00c4nderung", "zuletzt ge\u00e4ndert",
                                         "aktualisiert",         "updated",
                                         "last modified",        "modified"};
  const std::string lower = LowerAscii(line.substr(0, 40));
  return std::any_of(std::begin(kNotes), std::end(kNotes),
                     [&](std::string_view note) { return lower.find(note) != std::string::npos; });
}

class FactCollector {
 public:
  explicit FactCollector(PageFacts* facts) : facts_(facts) {}

  bool Enter(const HtmlNode* node) {
    if (IsText(node)) {
      // Most text falls in no heading nor script: the captures are looked through for one only
      // when there is one.
      if (own_text_opens_ > 0) TakeOwnText(node);
      // A topic's link ("<a rel=tag>Energy</a>") inside a byline or date line is none of it.
      if (TakingShared() && tag_link_ == nullptr) AppendShared(node->text);
      LookForDate(node->text);
      return false;
    }
    if (!IsElement(node)) return node->type == NodeType::kDocument;
    // SVG and MathML hold drawings and formulas, no metadata.
    if (node->foreign) return false;
    const Tag tag = HtmlTag(node);
    // A ruby's reading glosses the words it sits over ("<ruby>子<rt>こ</rt></ruby>ども"): the
    // words alone are the text, run on as written.
    if ((tag == Tag::kRt || tag == Tag::kRp) && IsRubyReading(node)) return false;
    // "<span>By Ana</span><span>May 3</span>"; headings mark where each element starts.
    if (tag != Tag::kRuby) {
      if (own_text_opens_ > 0) BreakOwnText();
      if (TakingShared()) AppendShared(" ");
    }
    switch (tag) {
      case Tag::kHtml:
        if (facts_->lang.empty()) facts_->lang = Attr(node, "lang");
        return true;
      case Tag::kTitle:
        if (!seen_title_) Start(node, Capture::kTitle);
        seen_title_ = true;
        return true;
      case Tag::kMeta: AddMeta(node); return true;
      case Tag::kLink:
        if (facts_->canonical.empty() && HasToken(Attr(node, "rel"), "canonical")) {
          facts_->canonical = CleanMetaText(Attr(node, "href"));
        }
        return true;
      case Tag::kBase:
        if (facts_->base.empty()) facts_->base = CleanMetaText(Attr(node, "href"));
        return true;
      case Tag::kScript:
        // Only ld+json is read; other scripts are code, and parsing them costs time.
        if (ContainsNoCase(Attr(node, "type"), "ld+json")) Start(node, Capture::kLdJson);
        return !open_.empty() && open_.back().node == node;
      case Tag::kStyle:
      case Tag::kTemplate: return false;
      // A <noscript> in the body is read like the rest: its markup is part of the tree this
      // parser builds, and a template that opens an element in it and never closes it
      // ("<noscript><div id=nojs></noscript>") leaves the whole page inside it.
      case Tag::kNoscript: return in_body_;
      default: break;
    }
    if (comments_ != nullptr) return true;
    if (tag == Tag::kBody) in_body_ = true;
    word_tests_ = TestWords(node->class_and_id);
    if (open_headings_ > 0 && hidden_in_heading_ == nullptr && IsHidden(node, word_tests_)) {
      hidden_in_heading_ = node;
    }
    if (tag != Tag::kBody && (word_tests_ & kCommentsWord)) {
      comments_ = node;  // readers' comments have their own authors, dates and headings
      return true;
    }
    if (IsTagOneOf(tag, {Tag::kNav, Tag::kFooter, Tag::kAside})) ++in_boilerplate_;
    if (tag == Tag::kArticle || tag == Tag::kMain) ++in_article_;
    if (branding_ == nullptr && tag != Tag::kBody && (word_tests_ & kBrandingWord))
      branding_ = node;
    if (teaser_ == nullptr && tag != Tag::kBody && tag != Tag::kHtml &&
        (word_tests_ & kTeaserWord)) {
      teaser_ = node;
    }
    const std::string_view rel = tag == Tag::kA ? Attr(node, "rel") : std::string_view();
    if (tag == Tag::kA) {
      const std::string_view href = Attr(node, "href");
      if (IsHomeLink(href)) {
        for (Open& open : open_) open.home = true;
      }
      if (link_ == nullptr && HasAttr(node, "href")) link_ = node;
      if (tag_link_ == nullptr && !rel.empty() && HasToken(rel, "tag")) tag_link_ = node;
    }
    // Most elements lack the name's bit (HtmlNode::attribute_names): they are not asked at all.
    const std::string_view itemprop = (node->attribute_names & AttributeNameBit("itemprop")) != 0
                                          ? Attr(node, "itemprop")
                                          : std::string_view();
    if (!itemprop.empty()) ReadItemprop(node, itemprop);
    if (IsTagOneOf(tag, {Tag::kP, Tag::kAddress, Tag::kSpan, Tag::kSmall, Tag::kDiv, Tag::kEm}) &&
        in_boilerplate_ == 0 && facts_->short_blocks.size() < kMaxShortBlocks) {
      Start(node, Capture::kShortBlock);
    }
    // An author's name set as a heading ("<h2 class=author-title>") is a byline, not a title.
    if (!rel.empty() && HasToken(rel, "author")) {
      Start(node, Capture::kAuthorMark);
    } else if (tag != Tag::kBody && tag != Tag::kArticle &&
               facts_->author_blocks.size() < kMaxCandidates && (word_tests_ & kAuthorWord)) {
      Start(node, Capture::kAuthorBlock);
    } else if (tag == Tag::kH1 || tag == Tag::kH2) {
      if (branding_ == nullptr) {
        Start(node, tag == Tag::kH1 ? Capture::kH1 : Capture::kH2);
        // Headings of menus and footers, and those only screen readers get ("<h1
        // class=aural>Navigation</h1>"), are the page's chrome.
        open_.back().chrome = in_boilerplate_ > 0 || IsHidden(node, word_tests_);
      }
    } else if (teaser_ != nullptr) {
      // A teaser's date is another article's.
    } else if (tag == Tag::kTime) {
      ReadTime(node);
    } else if (tag != Tag::kBody && tag != Tag::kArticle &&
               facts_->datelines.size() < kMaxCandidates && (word_tests_ & kDatelineWord)) {
      Start(node, Capture::kDateline);
    }
    return true;
  }

  // Inlined into the walk: a call per element of the page is a measurable share of the walk.
  [[gnu::always_inline]] void Leave(const HtmlNode* node) {
    if (node == comments_) {
      comments_ = nullptr;
      return;
    }
    if (comments_ != nullptr) return;
    if (node == hidden_in_heading_) hidden_in_heading_ = nullptr;
    const Tag tag = HtmlTag(node);
    // An element inside a heading ends a piece of it as it starts one: "<h1><span>Kicker</span>
    // Headline</h1>" is two pieces, not "KickerHeadline".
    if (open_headings_ > 0 && tag != Tag::kRuby) EndBreaks(node);
    if (IsTagOneOf(tag, {Tag::kNav, Tag::kFooter, Tag::kAside})) {
      --in_boilerplate_;
    }
    if (node == branding_) branding_ = nullptr;
    if (node == teaser_) teaser_ = nullptr;
    if (node == link_) link_ = nullptr;
    if (node == tag_link_) tag_link_ = nullptr;
    if ((tag == Tag::kArticle || tag == Tag::kMain) && in_article_ > 0) --in_article_;
    while (!open_.empty() && open_.back().node == node) {
      if (open_.back().what == Capture::kH1 || open_.back().what == Capture::kH2) {
        --open_headings_;
      }
      if (open_.back().shared) {
        shared_opens_.pop_back();
        taking_from_ = std::min(taking_from_, shared_opens_.size());
      } else {
        --own_text_opens_;
      }
      Finish(open_.back());
      open_.pop_back();
    }
    if (shared_opens_.empty()) shared_.clear();
  }

 private:
  struct Open {
    const HtmlNode* node;
    Capture what;
    std::string text;
    bool in_article = false;
    bool home = false;    // it holds a link to the front page
    bool chrome = false;  // a heading of the page's menus or footer, or a hidden one
    // A heading's words outside any link, and the first link's address inside it.
    bool unlinked_text = false;
    std::string_view link;
    // Whether the text is shared_ from |start| to |end|, where it reached kMaxCaptureBytes
    // (npos while it takes more), rather than |text|.
    bool shared = false;
    size_t start = 0;
    size_t end = std::string::npos;
    bool after_headline = false;  // it starts after an <h1> of the page's own has ended
  };

  // Captures other than headings and JSON-LD take the same text and element breaks from their
  // start on, so they share one copy of it (a page's nested blocks each took a copy before).
  // The captures that started first are the first to reach kMaxCaptureBytes: those that reach
  // it are found from taking_from_ on, never by a pass over every open capture.
  void AppendShared(std::string_view text) {
    shared_ += text;
    while (TakingShared() &&
           shared_.size() - open_[shared_opens_[taking_from_]].start >= kMaxCaptureBytes) {
      open_[shared_opens_[taking_from_++]].end = shared_.size();
    }
  }

  // A text node's text for the captures with their own: headings and JSON-LD. Out of the walk's
  // way, as most of a page is in neither.
  [[gnu::noinline]] void TakeOwnText(const HtmlNode* node) {
    for (Open& open : open_) {
      if (open.shared) continue;
      // A heading's text is what a reader sees: not the words only screen readers get
      // ("<span class=sr-only>Headline:</span>").
      const bool heading = open.what == Capture::kH1 || open.what == Capture::kH2;
      if (heading && hidden_in_heading_ != nullptr) continue;
      if (heading && !open.unlinked_text) {
        if (link_ == nullptr) {
          open.unlinked_text = !std::all_of(node->text.begin(), node->text.end(), IsHtmlSpace);
        } else if (open.link.empty()) {
          open.link = Attr(link_, "href");
        }
      }
      if (open.text.size() < kMaxCaptureBytes || open.what == Capture::kLdJson) {
        open.text += node->text;
      }
    }
  }

  // An element's start in the captures with their own text: a break in a heading, a space in the
  // rest.
  [[gnu::noinline]] void BreakOwnText() {
    for (Open& open : open_) {
      if (!open.shared) {
        open.text += open.what == Capture::kH1 || open.what == Capture::kH2 ? kBreak : ' ';
      }
    }
  }

  // An element's end in the open headings it is inside, out of the walk's way: most elements are
  // in none.
  [[gnu::noinline]] void EndBreaks(const HtmlNode* node) {
    for (Open& open : open_) {
      if (open.node != node && (open.what == Capture::kH1 || open.what == Capture::kH2)) {
        open.text += kEndBreak;
      }
    }
  }

  // Whether a shared capture takes more text.
  bool TakingShared() const { return taking_from_ < shared_opens_.size(); }

  std::string_view TextOf(const Open& open) const {
    if (!open.shared) return open.text;
    return std::string_view(shared_).substr(open.start,
                                            std::min(open.end, shared_.size()) - open.start);
  }

  // A short run of text in the body that holds a date ("Pressemitteilung vom 20.01.2022") is
  // the page's date more often than not when nothing marks one; the first in an <article> or
  // <main>, and the first anywhere, are kept. Navigation, footers and comments are left out.
  void LookForDate(std::string_view text) {
    // What rules a run out whatever it says, first: most runs of a page are asked after that.
    if (!in_body_ || in_boilerplate_ > 0 || comments_ != nullptr || date_tries_ >= kMaxDateTries ||
        (in_article_ > 0 ? found_in_article_ : found_anywhere_)) {
      return;
    }
    // A long run counts only when its first word is a date ("01.02.2022 Die Agentur meldet..."),
    // as a press release opens; a date further in is the story's.
    std::string first_word;
    if (text.size() > kMaxDateSearch) {
      first_word = CleanMetaText(text.substr(0, kMaxDateSearch));
      first_word.resize(std::min(first_word.find(' '), first_word.size()));
      if (ParseDateLine(first_word).empty()) return;
      text = first_word;
    }
    if (text.size() > kMaxDateSearch ||
        std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return;
    }
    for (const Open& open : open_) {
      if (open.what == Capture::kLdJson || open.what == Capture::kTitle) return;
    }
    ++date_tries_;
    // Cleaning joins digits only where it drops a soft hyphen (U+00AD, starting 0xC2): without
    // one, a text that holds no year holds none cleaned, and is not cleaned.
    if (text.find('\xC2') == std::string_view::npos && !MayHoldDate(text)) return;
    const std::string clean = CleanMetaText(text);
    std::string date = FindDate(clean);
    // A day before the Web began is history the page tells ("am 18. Oktober 1819"), not its own.
    if (date.empty() || date < kFirstWebDay) return;
    // "Letzte Änderung: 31.10.2023": the day of the last change, the page's date only when it
    // shows no other.
    if (IsUpdateNote(clean)) {
      if (facts_->noted_update.empty()) facts_->noted_update = std::move(date);
      return;
    }
    if (in_article_ > 0) {
      found_in_article_ = true;
      found_anywhere_ = true;
      facts_->text_dates.push_back({std::move(date), true});
    } else if (!found_anywhere_) {
      found_anywhere_ = true;
      facts_->text_dates.push_back({std::move(date), false});
    }
  }

  void Start(const HtmlNode* node, Capture what) {
    open_.push_back({node, what, "", in_article_ > 0, false});
    open_.back().after_headline = seen_headline_;
    if (what == Capture::kH1 || what == Capture::kH2 || what == Capture::kLdJson) {
      open_headings_ += what == Capture::kLdJson ? 0 : 1;
      ++own_text_opens_;
    } else {
      open_.back().shared = true;
      open_.back().start = shared_.size();
      shared_opens_.push_back(open_.size() - 1);
    }
  }

  void Finish(const Open& open) {
    if (open.what == Capture::kLdJson) {
      ReadJsonLd(open.text, &facts_->json_ld);
      return;
    }
    // Captures kept only up to a length are cleaned only as far as that length.
    const size_t max_bytes = open.what == Capture::kAuthorMark || open.what == Capture::kAuthorBlock
                                 ? kMaxBylineBytes
                             : open.what == Capture::kDateline   ? kMaxDateSearch
                             : open.what == Capture::kShortBlock ? kMaxBylineLine
                                                                 : SIZE_MAX;
    // Most captures are dropped for their length: those sure to be too long once cleaned are not
    // cleaned at all, the rest are cleaned into one buffer, and only those kept are copied out.
    const std::string_view raw = TextOf(open);
    if (max_bytes != SIZE_MAX && CleansLongerThan(raw, max_bytes)) return;
    CleanMetaTextInto(raw, max_bytes, &cleaned_);
    const std::string& text = cleaned_;
    if (text.empty()) return;
    switch (open.what) {
      case Capture::kTitle: facts_->title = text; break;
      case Capture::kH1:
      case Capture::kH2: {
        std::vector<Heading>& headings = open.what == Capture::kH1 ? facts_->h1 : facts_->h2;
        Heading heading = ReadHeading(open.text, open.chrome);
        if (!open.unlinked_text) heading.link = CleanMetaText(open.link);
        if (heading.text.empty()) break;
        if (open.home) {
          if (facts_->home_headings.size() < kMaxHeadings) {
            facts_->home_headings.push_back(std::move(heading.text));
          }
        } else if (headings.size() < kMaxHeadings) {
          seen_headline_ = seen_headline_ || (open.what == Capture::kH1 && !heading.chrome);
          headings.push_back(std::move(heading));
        }
        break;
      }
      case Capture::kAuthorMark:
        if (text.size() <= kMaxBylineBytes) facts_->author_marks.push_back(text);
        break;
      case Capture::kAuthorBlock:
        if (text.size() <= kMaxBylineBytes) facts_->author_blocks.push_back(text);
        break;
      case Capture::kItemPublished:
        if (facts_->item_published.empty()) facts_->item_published = text;
        break;
      case Capture::kItemModified:
        if (facts_->item_modified.empty()) facts_->item_modified = text;
        break;
      case Capture::kTime:
        facts_->times.push_back({text, open.in_article, open.after_headline});
        break;
      case Capture::kTimeModified:
        if (facts_->time_modified.empty()) facts_->time_modified = text;
        break;
      case Capture::kDateline:
        if (text.size() <= kMaxDateSearch) {
          facts_->datelines.push_back({text, open.in_article, open.after_headline});
        }
        break;
      case Capture::kShortBlock:
        if (text.size() <= kMaxBylineLine && facts_->short_blocks.size() < kMaxShortBlocks) {
          facts_->short_blocks.push_back(text);
        }
        break;
      case Capture::kLdJson: break;
    }
  }

  // A value given in an attribute counts at once; one given as text is captured to the end.
  void StartOrTake(const HtmlNode* node, Capture what, std::string_view attribute_value) {
    if (attribute_value.empty()) {
      Start(node, what);
    } else {
      Open open{node, what, std::string(attribute_value), in_article_ > 0, false};
      open.after_headline = seen_headline_;
      Finish(open);
    }
  }

  void ReadItemprop(const HtmlNode* node, std::string_view itemprop) {
    std::string_view value = Attr(node, "content");
    if (value.empty()) value = Attr(node, "datetime");
    if (HasToken(itemprop, "datePublished")) {
      StartOrTake(node, Capture::kItemPublished, value);
    } else if (HasToken(itemprop, "dateModified")) {
      StartOrTake(node, Capture::kItemModified, value);
    } else if (HasToken(itemprop, "author") || HasToken(itemprop, "creator")) {
      StartOrTake(node, Capture::kAuthorMark, value);
    }
  }

  void ReadTime(const HtmlNode* node) {
    const bool modified = (word_tests_ & kModifiedWord) != 0;
    const bool marked = HasAttr(node, "pubdate") || (word_tests_ & kPublishedWord) != 0;
    if (modified) {
      StartOrTake(node, Capture::kTimeModified, Attr(node, "datetime"));
      return;
    }
    const int before = in_article_;
    if (marked) ++in_article_;
    StartOrTake(node, Capture::kTime, Attr(node, "datetime"));
    in_article_ = before;
  }

  void AddMeta(const HtmlNode* node) {
    // OpenGraph says property=, but many pages write name="og:title"; both mean the same.
    std::string_view key = Attr(node, "property");
    if (key.empty()) key = Attr(node, "name");
    if (key.empty()) {
      if (const std::string_view itemprop = Attr(node, "itemprop"); !itemprop.empty()) {
        if (comments_ == nullptr) ReadItemprop(node, itemprop);
      }
      return;
    }
    std::string content = CleanMetaText(Attr(node, "content"));
    if (!content.empty()) {
      facts_->meta[LowerAscii(CleanMetaText(key))].push_back(std::move(content));
    }
  }

  PageFacts* facts_;
  uint8_t word_tests_ = 0;  // TestWords of the element Enter is at
  std::vector<Open> open_;
  std::string shared_;  // the text of the open captures that share it (Open::shared)
  // Indices in open_ of the shared captures, in the order they started; those before
  // taking_from_ have reached kMaxCaptureBytes and take no more.
  std::vector<size_t> shared_opens_;
  size_t taking_from_ = 0;
  int own_text_opens_ = 0;  // captures in open_ with their own text (headings and JSON-LD)
  std::string cleaned_;     // the capture Finish has cleaned
  const HtmlNode* comments_ = nullptr;
  const HtmlNode* branding_ = nullptr;
  const HtmlNode* teaser_ = nullptr;             // a teaser of another article, or a list of them
  const HtmlNode* link_ = nullptr;               // the outermost open <a href>
  const HtmlNode* tag_link_ = nullptr;           // an open <a rel=tag>
  const HtmlNode* hidden_in_heading_ = nullptr;  // a hidden element inside an open heading
  int open_headings_ = 0;                        // <h1> and <h2> captures in open_
  int in_boilerplate_ = 0;
  bool in_body_ = false;
  int date_tries_ = 0;
  bool found_in_article_ = false;
  bool found_anywhere_ = false;
  int in_article_ = 0;
  bool seen_title_ = false;
  bool seen_headline_ = false;  // an <h1> of the page's own, not its chrome, has ended
};

}  // namespace

PageFacts ReadPageFacts(const HtmlNode* document) {
  PageFacts facts;
  FactCollector collector(&facts);
  Walk(document, collector);
  return facts;
}

std::string_view FirstMeta(const MetaMap& meta, std::string_view key) {
  const auto it = meta.find(key);
  return it == meta.end() ? std::string_view() : std::string_view(it->second.front());
}

const std::vector<std::string>& AllMeta(const MetaMap& meta, std::string_view key) {
  static const std::vector<std::string> kNone;
  const auto it = meta.find(key);
  return it == meta.end() ? kNone : it->second;
}

std::string PageDate(std::string_view value) {
  const std::string trimmed = CleanMetaText(value);
  if (trimmed.size() >= 10 && IsIsoDate(std::string_view(trimmed).substr(0, 10))) return trimmed;
  return ParseDateLine(trimmed);
}

std::string PrimaryLanguage(std::string_view lang) {
  const std::string trimmed = CleanMetaText(lang);
  const std::string_view primary = std::string_view(trimmed).substr(0, trimmed.find_first_of("-_"));
  if (primary.size() < 2 || primary.size() > 8 ||
      !std::all_of(primary.begin(), primary.end(), IsAsciiAlpha)) {
    return "";
  }
  return LowerAscii(primary);
}

namespace {

// Where a value came from, by the short names of MetadataSources.
struct Keyed {
  std::string_view key;
  const char* source;
};

constexpr std::array<Keyed, 4> kTitleKeys = {{{"og:title", "opengraph"},
                                              {"twitter:title", "meta"},
                                              {"dc.title", "dublin-core"},
                                              {"dcterms.title", "dublin-core"}}};

constexpr std::array<Keyed, 9> kAuthorKeys = {{{"author", "meta"},
                                               {"article:author", "opengraph"},
                                               {"og:article:author", "opengraph"},
                                               {"dc.creator", "dublin-core"},
                                               {"dcterms.creator", "dublin-core"},
                                               {"byl", "meta"},
                                               {"sailthru.author", "meta"},
                                               {"parsely-author", "meta"},
                                               {"dc.contributor", "dublin-core"}}};

constexpr std::array<Keyed, 3> kOpenGraphPublishedKeys = {{{"article:published_time", "opengraph"},
                                                           {"og:published_time", "opengraph"},
                                                           {"article:published", "opengraph"}}};

constexpr std::array<Keyed, 19> kPublishedKeys = {{{"dc.date.issued", "dublin-core"},
                                                   {"dcterms.issued", "dublin-core"},
                                                   {"dc.date", "dublin-core"},
                                                   {"dcterms.date", "dublin-core"},
                                                   {"dc.date.created", "dublin-core"},
                                                   {"dcterms.created", "dublin-core"},
                                                   {"date", "meta"},
                                                   {"pubdate", "meta"},
                                                   {"publishdate", "meta"},
                                                   {"publish-date", "meta"},
                                                   {"publish_date", "meta"},
                                                   {"published_time", "meta"},
                                                   {"datepublished", "meta"},
                                                   {"article.published", "meta"},
                                                   {"article_date_original", "meta"},
                                                   {"sailthru.date", "meta"},
                                                   {"parsely-pub-date", "meta"},
                                                   {"created", "meta"},
                                                   {"date.created", "meta"}}};

constexpr std::array<Keyed, 6> kModifiedKeys = {{{"article:modified_time", "opengraph"},
                                                 {"og:updated_time", "opengraph"},
                                                 {"dcterms.modified", "dublin-core"},
                                                 {"dc.date.modified", "dublin-core"},
                                                 {"last-modified", "meta"},
                                                 {"lastmod", "meta"}}};

// " : " with spaces on both sides, as French and some German sites set it, parts like the rest;
// a colon after a word ("Harbour: The bridge reopens") is part of a headline.
constexpr std::array<std::string_view, 12> kTitleSeparators = {
    " | ",      " - ",  " \u2013 ", " \u2014 ", " \u00bb ", " \u203a ",
    " \u00ab ", " :: ", " \u00b7 ", " \u2022 ", " / ",      " : "};

bool IsWordChar(char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

// En and em dashes as hyphens: a headline's "Bridge \u2013 Reopened" and its <title>'s "Bridge -
// Reopened | Site" are the same words, typed on two keyboards.
void FoldDashes(std::string& s) {
  size_t at = s.find("\xe2\x80");
  if (at == std::string::npos) return;  // most headings and titles have none
  size_t out = at;
  for (; at < s.size(); ++at) {
    if (s[at] == '\xe2' && at + 2 < s.size() && s[at + 1] == '\x80' &&
        (s[at + 2] == '\x93' || s[at + 2] == '\x94')) {
      s[out++] = '-';
      at += 2;
    } else {
      s[out++] = s[at];
    }
  }
  s.resize(out);
}

// A title's first or last word when it is ASCII marks alone ("[> Jens Weber", "National Rail
// -"): an arrow or a separator the template set beside the words. Punctuation set apart as
// French sets it ("trop peu ?"), quotation marks and parentheses belong to the title.
void DropEndMarks(std::string& title) {
  const auto marks_alone = [](std::string_view word) {
    return !word.empty() && std::none_of(word.begin(), word.end(), IsWordChar) &&
           word.find_first_of("?!.,;:\"'()") == std::string_view::npos;
  };
  if (const size_t space = title.find(' ');
      space != std::string::npos && marks_alone(std::string_view(title).substr(0, space))) {
    title.erase(0, space + 1);
  }
  if (const size_t space = title.rfind(' ');
      space != std::string::npos && marks_alone(std::string_view(title).substr(space + 1))) {
    title.resize(space);
  }
}

// Lower-case letters and digits only: "Bergsteigen.com" and "bergsteigen com" compare equal.
std::string Letters(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) out += ToLowerAscii(c);
  }
  return out;
}

class TitleChooser {
 public:
  TitleChooser(const PageFacts& page, const Article& article) : page_(page) {
    for (const std::string_view name :
         {std::string_view(article.outlet), std::string_view(page.json_ld.publisher),
          FirstMeta(page.meta, "application-name")}) {
      if (!name.empty()) site_names_.push_back(Letters(name));
    }
    for (const std::string& name : page.home_headings) site_names_.push_back(Letters(name));
    for (const std::string& url : {article.canonical_url, article.url}) {
      if (!url.empty()) page_urls_.push_back(WithoutFragment(url));
      std::string host = HostOf(url);
      if (host.empty()) continue;
      site_names_.push_back(Letters(host));
      if (site_label_.empty()) {
        const std::string_view site = SiteOf(host);
        site_label_ = Letters(site.substr(0, site.find('.')));
      }
      host.resize(std::min(host.find('.'), host.size()));  // "gizmeo.eu" -> "gizmeo"
      site_names_.push_back(Letters(host));
    }
    if (!page.json_ld.headline.empty()) titles_.push_back(page.json_ld.headline);
    for (const Keyed& k : kTitleKeys) {
      for (const std::string& value : AllMeta(page.meta, k.key)) titles_.push_back(value);
    }
    if (!page.title.empty()) titles_.push_back(page.title);
    for (std::string& t : titles_) {
      t = LowerAscii(t);
      folded_titles_.push_back(t);
      FoldDashes(folded_titles_.back());
    }
  }

  void Choose(Article& article) const {
    // The visible headline, where the page's own titles confirm it, is the title as a reader
    // sees it: without the site name, kicker or SEO wording the <title> carries.
    const std::string* best = nullptr;
    const char* best_source = nullptr;
    int best_agreement = 0;
    for (const auto& [headings, source] :
         {std::pair{&page_.h1, "h1"}, std::pair{&page_.h2, "h2"}}) {
      for (const Heading& heading : *headings) {
        if (IsSiteName(heading.text)) continue;
        const int agreement = Agreement(heading.text);
        if (agreement > best_agreement ||
            (agreement == best_agreement && agreement > 0 && heading.text.size() > best->size())) {
          best = &heading.text;
          best_source = source;
          best_agreement = agreement;
        }
      }
    }
    if (best != nullptr) {
      Set(*best, best_source, article);
      return;
    }
    // A page's one <h1> that no title confirms is still its headline far more often than not:
    // <title> and og:title are written for search engines and feeds.
    // Its kicker ("Tunisia New tasks for the government") is often inline in it, where the
    // titles set it off with a colon: the part a title confirms is the headline.
    // A subtitle set inside it ("<h1>Headline <small>Subtitle</small></h1>") is cut where the
    // titles end.
    for (const Heading& heading : page_.h1) {
      // "Sie sind hier:", "Navigation:": a label of what follows, not a headline.
      if (heading.chrome || IsSiteName(heading.text) || heading.text.ends_with(':') ||
          LinksElsewhere(heading)) {
        continue;
      }
      const std::string_view h = heading.text;
      if (const size_t tail = ConfirmedPart(heading, /*at_end=*/true); tail > 0) {
        Set(CleanMetaText(h.substr(h.size() - tail)), "h1", article);
      } else if (const size_t head = ConfirmedPart(heading, /*at_end=*/false); head > 0) {
        Set(CleanMetaText(h.substr(0, head)), "h1", article);
      } else {
        Set(heading.text, "h1", article);
      }
      return;
    }
    if (!page_.json_ld.headline.empty()) {
      Set(StripSite(page_.json_ld.headline), "json-ld", article);
      return;
    }
    // A page without an <h1> but with one <h2> outside its menus and footers: that heading is
    // the headline, where the titles are written for search engines. A date set as a heading
    // ("Samstag, 5. Oktober 2013", as blogs head each day's posts) is none.
    const Heading* lone_h2 = nullptr;
    for (const Heading& heading : page_.h2) {
      if (heading.chrome || IsSiteName(heading.text) || !ParseDateLine(heading.text).empty()) {
        continue;
      }
      if (lone_h2 != nullptr) {
        lone_h2 = nullptr;
        break;
      }
      lone_h2 = &heading;
    }
    if (lone_h2 != nullptr && page_.h1.empty()) {
      Set(lone_h2->text, "h2", article);
      return;
    }
    for (const Keyed& k : kTitleKeys) {
      if (const std::string_view value = FirstMeta(page_.meta, k.key); !value.empty()) {
        Set(StripSite(std::string(value)), k.source, article);
        return;
      }
    }
    if (!page_.title.empty()) Set(StripSite(page_.title), "title-element", article);
  }

 private:
  static void Set(std::string title, const char* source, Article& article) {
    DropEndMarks(title);
    if (title.empty()) return;
    article.title = std::move(title);
    article.metadata_sources.title = source;
  }

  // A heading that is one link to another page than this one: a section's or a topic's name.
  bool LinksElsewhere(const Heading& heading) const {
    if (heading.link.empty() || page_urls_.empty()) return false;
    const std::string target = WithoutFragment(ResolveUrl(page_urls_.front(), heading.link));
    return std::find(page_urls_.begin(), page_urls_.end(), target) == page_urls_.end();
  }

  bool IsSiteName(std::string_view text) const {
    const std::string letters = Letters(text);
    return letters.empty() ||
           std::find(site_names_.begin(), site_names_.end(), letters) != site_names_.end();
  }

  // How well |heading| agrees with the page's titles: 3 when it is one of them, 2 when one of
  // them starts with it and a separator ("Heading | Site"), 1 when it is a later part ("Site -
  // Heading", and also "Headline | Site" for the site's logo heading), 0 when none has it.
  int Agreement(std::string_view heading) const {
    std::string h = LowerAscii(heading);
    FoldDashes(h);
    int best = 0;
    for (const std::string& title : folded_titles_) {
      for (size_t at = title.find(h); at != std::string::npos; at = title.find(h, at + 1)) {
        const std::string_view before = std::string_view(title).substr(0, at);
        const std::string_view after = std::string_view(title).substr(at + h.size());
        const auto bounded = [&](std::string_view side, bool is_before) {
          if (side.empty()) return true;
          for (const std::string_view separator : kTitleSeparators) {
            if (is_before ? side.ends_with(separator) : side.starts_with(separator)) return true;
          }
          return false;
        };
        if (!bounded(before, true) || !bounded(after, false)) continue;
        best = std::max(best, before.empty() ? (after.empty() ? 3 : 2) : 1);
      }
    }
    return best;
  }

  // The length of the longest end (|at_end|) or start of |heading| that is a part of a title
  // (between separators, or after a colon) of at least three words; 0 when there is none. A
  // kicker must be parted from the rest by a space or a separator ("Local News | ", "Harbour :
  // "); one set off by a colon alone ("Harbour: The bridge reopens") is part of the headline as
  // written, as its titles then mostly show. A subtitle must start an
  // element of its own: "Bridge reopens in May" under the title "Bridge reopens" is one headline.
  size_t ConfirmedPart(const Heading& heading, bool at_end) const {
    const std::string h = LowerAscii(heading.text);
    const auto starts_element = [&](size_t at) {
      return std::find(heading.breaks.begin(), heading.breaks.end(), at) != heading.breaks.end();
    };
    size_t best = 0;
    for (const std::string& title : titles_) {
      std::vector<size_t> starts = {0};
      std::vector<size_t> ends = {title.size()};
      for (const std::string_view separator : kTitleSeparators) {
        for (size_t at = title.find(separator); at != std::string::npos;
             at = title.find(separator, at + 1)) {
          ends.push_back(at);
          starts.push_back(at + separator.size());
        }
      }
      for (size_t at = title.find(": "); at != std::string::npos; at = title.find(": ", at + 1)) {
        starts.push_back(at + 2);
      }
      for (const size_t start : starts) {
        for (const size_t end : ends) {
          if (end <= start || end - start <= best || end - start + 2 > h.size()) continue;
          const std::string_view part = std::string_view(title).substr(start, end - start);
          if (std::count(part.begin(), part.end(), ' ') < 2) continue;
          if (at_end) {
            const size_t at = h.size() - part.size();
            const std::string_view before = std::string_view(h).substr(0, at);
            const bool set_off = std::any_of(
                kTitleSeparators.begin(), kTitleSeparators.end(),
                [&](std::string_view separator) { return before.ends_with(separator); });
            if (h.ends_with(part) && h[at - 1] == ' ' && (IsWordChar(h[at - 2]) || set_off)) {
              best = part.size();
            }
          } else if (h.starts_with(part) && starts_element(part.size() + 1)) {
            best = part.size();
          }
        }
      }
    }
    return best;
  }

  // "Headline | Site" and "Site - Headline" without the site's part, when a part is the site. A
  // site's name may hold a separator itself ("Headline - Salsa - Rueda in Berlin").
  std::string StripSite(std::string title) const {
    for (const std::string_view separator : kTitleSeparators) {
      for (size_t at = title.find(separator); at != std::string::npos;
           at = title.find(separator, at + 1)) {
        if (IsSiteName(std::string_view(title).substr(0, at))) {
          return StripSite(title.substr(at + separator.size()));
        }
      }
      for (size_t at = title.find(separator); at != std::string::npos;
           at = title.find(separator, at + 1)) {
        if (IsSiteTail(std::string_view(title).substr(at + separator.size()))) {
          return StripSite(title.substr(0, at));
        }
      }
    }
    return title;
  }

  // The end of a title that names the site: its name, or words that start with the name its
  // domain spells ("Headline : Harbourblog-Archiv | Since 2005" on harbourblog.example).
  bool IsSiteTail(std::string_view tail) const {
    constexpr size_t kShortestLabel = 4;  // shorter ones start too many words by chance
    return IsSiteName(tail) ||
           (site_label_.size() >= kShortestLabel && Letters(tail).starts_with(site_label_));
  }

  const PageFacts& page_;
  std::string site_label_;                  // the domain's name, as Letters(): "harbourblog"
  std::vector<std::string> site_names_;     // as Letters()
  std::vector<std::string> page_urls_;      // the page's own addresses, as WithoutFragment()
  std::vector<std::string> titles_;         // lower case
  std::vector<std::string> folded_titles_;  // titles_ as FoldDashes gives them
};

// Appends the names in |byline| not yet in |names|, leaving out the site's own names
// (|not_people|, as Letters()).
void AddNames(std::string_view byline, const std::vector<std::string>& not_people,
              std::vector<std::string>& names) {
  // "Jobs & Hire" is the site's name whole, not two names.
  if (std::find(not_people.begin(), not_people.end(), Letters(byline)) != not_people.end()) return;
  for (std::string& name : SplitAuthors(byline)) {
    // "Harbour Times - Ana Ruiz": the site's name set before (or after) the writer's.
    for (const std::string_view dash : {" - ", " \u2013 "}) {
      const size_t at = name.find(dash);
      if (at == std::string::npos) continue;
      const auto is_site = [&](std::string_view part) {
        return std::find(not_people.begin(), not_people.end(), Letters(part)) != not_people.end();
      };
      if (is_site(std::string_view(name).substr(0, at))) {
        name.erase(0, at + dash.size());
      } else if (is_site(std::string_view(name).substr(at + dash.size()))) {
        name.resize(at);
      }
    }
    const auto same = [&](const std::string& other) { return EqualsNoCase(other, name); };
    const std::string letters = Letters(name);
    if (std::none_of(names.begin(), names.end(), same) &&
        std::find(not_people.begin(), not_people.end(), letters) == not_people.end()) {
      names.push_back(std::move(name));
    }
  }
}

// A user name in the page's data ("nils", "ana.ruiz", "anaruiz") where the visible byline
// writes the person's name in full ("Nils Berg", "Ana Ruiz"): the byline's form is the name. The
// byline may also be a line of text with a lead-in ("Eine Kolumne von Nils Berg").
void UseFullNames(const PageFacts& page, std::vector<std::string>& names) {
  if (std::all_of(names.begin(), names.end(),
                  [](const std::string& name) { return name.find(' ') != std::string::npos; })) {
    return;
  }
  std::vector<std::string> shown;
  for (const auto* bylines : {&page.author_marks, &page.author_blocks}) {
    for (const std::string& byline : *bylines) {
      for (std::string& name : SplitAuthors(byline)) shown.push_back(std::move(name));
    }
  }
  // Only lines that hold one of the short names are read for a lead-in.
  std::vector<std::string> short_names;
  for (const std::string& name : names) {
    if (name.find(' ') == std::string::npos) short_names.push_back(LowerAscii(name));
  }
  const auto add_lead_in = [&](const std::string& line) {
    if (std::none_of(short_names.begin(), short_names.end(),
                     [&](const std::string& name) { return ContainsNoCase(line, name); })) {
      return;
    }
    for (std::string& name : NamesAfterLeadIn(line)) shown.push_back(std::move(name));
  };
  for (const ShownDate& line : page.datelines) add_lead_in(line.value);
  for (const std::string& line : page.short_blocks) add_lead_in(line);
  for (std::string& name : names) {
    if (name.find(' ') != std::string::npos) continue;
    const std::string letters = Letters(name);
    for (const std::string& full : shown) {
      const size_t space = full.find(' ');
      if (space == std::string::npos) continue;
      if (Letters(full) == letters || EqualsNoCase(std::string_view(full).substr(0, space), name)) {
        name = full;
        break;
      }
    }
  }
}

void ChooseAuthors(const PageFacts& page, Article& article) {
  std::vector<std::string> not_people;
  for (const std::string& name : {article.outlet, page.json_ld.publisher}) {
    if (!name.empty()) not_people.push_back(Letters(name));
  }
  // The site's name as its domain spells it ("AUTO ZEITUNG" on autozeitung.de); a subdomain is
  // left alone, as a blog host's ("anna.blog.example") names the blog's author.
  std::string host = HostOf(article.canonical_url);
  if (host.empty()) host = HostOf(article.url);
  const std::string_view site = SiteOf(host);
  if (!site.empty()) not_people.push_back(Letters(site.substr(0, site.find('.'))));
  // The name a <title> opens or ends with beside the headline ("Bridge reopens | Die Harbour
  // Times") is the site's, however its domain spells it.
  for (const std::string_view separator : kTitleSeparators) {
    const std::string_view title = page.title;
    if (const size_t first = title.find(separator); first != std::string_view::npos) {
      not_people.push_back(Letters(title.substr(0, first)));
      not_people.push_back(Letters(title.substr(title.rfind(separator) + separator.size())));
    }
  }
  std::vector<std::string> names;
  const auto take = [&](const char* source) {
    if (names.empty()) return false;
    article.authors = std::move(names);
    article.metadata_sources.authors = source;
    return true;
  };
  for (const std::string& author : page.json_ld.authors) AddNames(author, not_people, names);
  UseFullNames(page, names);
  if (take("json-ld")) return;
  const char* source = nullptr;
  for (const Keyed& k : kAuthorKeys) {
    for (const std::string& value : AllMeta(page.meta, k.key)) {
      AddNames(value, not_people, names);
      if (source == nullptr && !names.empty()) source = k.source;
    }
  }
  if (take(source)) return;
  // A share card's labelled fields ("twitter:label1" "Written by", "twitter:data1" the name), as
  // SEO plug-ins write them beside the card's other fields.
  constexpr std::pair<std::string_view, std::string_view> kCardFields[] = {
      {"twitter:label1", "twitter:data1"},
      {"twitter:label2", "twitter:data2"},
      {"twitter:label3", "twitter:data3"},
      {"twitter:label4", "twitter:data4"}};
  for (const auto& [label, data] : kCardFields) {
    if (IsWriterLabel(FirstMeta(page.meta, label))) {
      AddNames(FirstMeta(page.meta, data), not_people, names);
    }
  }
  if (take("meta")) return;
  if (page.json_ld.people.size() == 1) {
    AddNames(page.json_ld.people.front(), not_people, names);
    if (take("json-ld")) return;
  }
  for (const auto* bylines : {&page.author_marks, &page.author_blocks}) {
    for (const std::string& byline : *bylines) {
      // Some templates class the headline as they class the byline.
      if (EqualsNoCase(byline, article.title)) continue;
      AddNames(byline, not_people, names);
      if (take("byline")) return;
    }
  }
  // Lines that hold a byline among other things: "12.05.2024 | von Ana Ruiz".
  const auto add_after_lead_in = [&](const std::string& line) {
    for (std::string& name : NamesAfterLeadIn(line)) AddNames(name, not_people, names);
  };
  for (const ShownDate& line : page.datelines) {
    add_after_lead_in(line.value);
    if (take("byline")) return;
  }
  for (const std::string& line : page.short_blocks) {
    add_after_lead_in(line);
    if (take("byline")) return;
  }
  // Lines of a date and a name alone: "14.05.2024 - Ana Ruiz".
  const auto add_beside_date = [&](const std::string& line) {
    for (std::string& name : NameBesideDate(line)) AddNames(name, not_people, names);
  };
  for (const ShownDate& line : page.datelines) {
    add_beside_date(line.value);
    if (take("byline")) return;
  }
  for (const std::string& line : page.short_blocks) {
    add_beside_date(line);
    if (take("byline")) return;
  }
}

// The first of |keys| that holds a date.
bool MetaDate(const MetaMap& meta, std::span<const Keyed> keys, std::string* date,
              std::string* source) {
  for (const Keyed& k : keys) {
    for (const std::string& value : AllMeta(meta, k.key)) {
      if (std::string d = PageDate(value); !d.empty()) {
        *date = std::move(d);
        *source = k.source;
        return true;
      }
    }
  }
  return false;
}

// A date the page shows: an ISO datetime attribute, or a date somewhere in the text.
std::string ShownDateValue(std::string_view value) {
  std::string date = PageDate(value);
  return date.empty() ? FindDate(value) : date;
}

void ChooseDates(const PageFacts& page, Article& article) {
  std::string& published = article.published;
  std::string& from = article.metadata_sources.published;
  const auto set = [&](std::string date, const char* source) {
    if (!published.empty() || date.empty()) return;
    published = std::move(date);
    from = source;
  };
  // The later sources are read only while no earlier one gave a date: finding a date in a line
  // costs more than the rest of the choice.
  const auto open = [&] { return published.empty(); };
  set(PageDate(page.json_ld.published), "json-ld");
  // A republished article: JSON-LD keeps the day it first came out, OpenGraph gives the later day
  // it came out again, no later than JSON-LD's last change. The page shows it as of that day.
  if (std::string republished, source;
      !published.empty() && MetaDate(page.meta, kOpenGraphPublishedKeys, &republished, &source) &&
      republished.substr(0, 10) > published.substr(0, 10) &&
      republished.substr(0, 10) <= PageDate(page.json_ld.modified).substr(0, 10)) {
    published = std::move(republished);
    from = std::move(source);
  }
  if (published.empty()) MetaDate(page.meta, kOpenGraphPublishedKeys, &published, &from);
  // OpenGraph's key under a plug-in's prefix ("sharetool:article_published_time").
  for (const auto& [key, values] : page.meta) {
    if (!published.empty()) break;
    if (key.ends_with(":article_published_time")) set(PageDate(values.front()), "opengraph");
  }
  set(PageDate(page.item_published), "microdata");
  // An article's own <time> before the other <meta> dates: name="date" and the like are as
  // often the day the page was generated.
  for (const ShownDate& time : page.times) {
    if (time.in_article && open()) set(ShownDateValue(time.value), "time");
  }
  if (published.empty()) MetaDate(page.meta, kPublishedKeys, &published, &from);
  // The article's own date line follows its headline; one before it is more often a list's or
  // a header's.
  for (const ShownDate& line : page.datelines) {
    if (line.after_headline && open()) set(FindDate(line.value), "dateline");
  }
  for (const bool in_article : {true, false}) {
    for (const ShownDate& line : page.datelines) {
      if (line.in_article == in_article && open()) set(FindDate(line.value), "dateline");
    }
  }
  for (const std::string& url : {article.canonical_url, article.url}) {
    if (open()) set(DateFromUrlPath(url), "url-path");
  }
  for (const bool in_article : {true, false}) {
    for (const ShownDate& date : page.text_dates) {
      if (date.in_article == in_article) set(date.value, "text");
    }
  }
  set(page.noted_update, "text");
  // A date that opens the page's title ("08.11.2021 | Fachtag zum ...") when nothing else gave
  // one: a press release or an event's page filed under its day.
  if (published.empty()) {
    size_t first = std::string::npos;
    for (const std::string_view separator : kTitleSeparators) {
      first = std::min(first, page.title.find(separator));
    }
    if (first != std::string::npos) {
      set(ParseDateLine(std::string_view(page.title).substr(0, first)), "title-element");
    }
  }

  std::string& modified = article.modified;
  std::string& modified_from = article.metadata_sources.modified;
  if (modified = PageDate(page.json_ld.modified); !modified.empty()) {
    modified_from = "json-ld";
  } else if (!MetaDate(page.meta, kModifiedKeys, &modified, &modified_from)) {
    if (modified = PageDate(page.item_modified); !modified.empty()) {
      modified_from = "microdata";
    } else if (modified = ShownDateValue(page.time_modified); !modified.empty()) {
      modified_from = "time";
    } else if (modified = page.noted_update; !modified.empty()) {
      modified_from = "text";
    }
  }
}

void ChooseField(std::string value, const char* source, std::string& field, std::string& from) {
  if (!field.empty() || value.empty()) return;
  field = std::move(value);
  from = source;
}

}  // namespace

void SetPageMetadata(const PageFacts& page, Article& article) {
  MetadataSources& from = article.metadata_sources;
  const MetaMap& meta = page.meta;
  ChooseField(std::string(FirstMeta(meta, "og:site_name")), "opengraph", article.outlet,
              from.outlet);
  ChooseField(page.json_ld.publisher, "json-ld", article.outlet, from.outlet);
  ChooseField(std::string(FirstMeta(meta, "application-name")), "meta", article.outlet,
              from.outlet);

  TitleChooser(page, article).Choose(article);
  ChooseAuthors(page, article);
  ChooseDates(page, article);

  ChooseField(PrimaryLanguage(page.json_ld.language), "json-ld", article.language, from.language);
  ChooseField(PrimaryLanguage(page.lang), "html", article.language, from.language);
  ChooseField(PrimaryLanguage(FirstMeta(meta, "og:locale")), "opengraph", article.language,
              from.language);
  ChooseField(PrimaryLanguage(FirstMeta(meta, "dc.language")), "dublin-core", article.language,
              from.language);
  ChooseField(PrimaryLanguage(FirstMeta(meta, "content-language")), "meta", article.language,
              from.language);

  ChooseField(page.json_ld.section, "json-ld", article.section, from.section);
  ChooseField(std::string(FirstMeta(meta, "article:section")), "opengraph", article.section,
              from.section);

  // A time the page gives in UTC is shown on the site's own clock, as its readers saw it.
  std::string host = HostOf(article.canonical_url);
  if (host.empty()) host = HostOf(article.url);
  if (const std::optional<SiteZone> zone = ZoneOfSite(host, article.language)) {
    article.published = InSiteZone(article.published, *zone);
    article.modified = InSiteZone(article.modified, *zone);
  }
  // Or the page shows the same instant on its own clock ("<time datetime=...T23:37-04:00>").
  if (IsUtcTime(article.published)) {
    std::vector<std::string_view> shown = {page.time_modified, page.item_published,
                                           page.item_modified};
    for (const ShownDate& time : page.times) shown.push_back(time.value);
    for (const auto keys :
         {std::span<const Keyed>(kOpenGraphPublishedKeys), std::span<const Keyed>(kModifiedKeys)}) {
      for (const Keyed& k : keys) {
        for (const std::string& value : AllMeta(page.meta, k.key)) shown.push_back(value);
      }
    }
    for (const std::string_view local : shown) {
      if (std::string on_clock = OnClockOf(article.published, local);
          on_clock != article.published) {
        article.published = std::move(on_clock);
        break;
      }
    }
  }
  for (const std::string& url : {article.canonical_url, article.url}) {
    if (!IsUtcTime(article.published)) break;
    const std::string url_day = DateFromUrlPath(url);
    if (url_day.empty()) continue;
    if (std::string day = OnLocalDay(article.published, url_day); day != article.published) {
      article.published = std::move(day);
      from.published = "url-path";
    }
    break;
  }
}

}  // namespace sitrep
