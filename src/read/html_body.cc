// See html_body.h. Tested through html_body_test.cc and html_reader_test.cc.
//
// How the article is found, in one walk over the tree and then work on two small tables:
//
//  1. The walk cuts the page into blocks, the runs of text a reader sees as one paragraph: a <p>,
//     a heading, a list item, a table cell, or the loose text of a <div> between its child
//     blocks. Each block remembers the element that owns it. Every block-level element gets a row
//     in the element table (parent, the range of blocks and elements below it, its furniture
//     cue from boilerplate.h). Inline elements get no row; scripts, styles, <head>, <h1> (the
//     title, which metadata reads) and figures (read as images) are not entered.
//  2. Furniture cues are weighed: an element cued as furniture that holds half of the page's
//     prose is a page wrapper with an unlucky class ("has-sidebar"), and its cue is ignored.
//  3. Scoring, after Readability: each prose block outside furniture gives its container
//     1 + its commas + one point per 100 characters (at most 3), and a shrinking share to four
//     more ancestors; an element's score is scaled by the share of its text that is not link
//     text. The best element is the article's container; its siblings join it when they score
//     well or, for loose paragraphs, read like prose.
//  4. Inside the chosen region, furniture, blocks that are mostly links, and short cue lines
//     ("Share this:", "Related articles") are dropped; the links of related lines are kept as
//     `related` links.
//  5. When this leaves almost nothing, the page is read again with the furniture cues ignored:
//     some sites class their whole story as something else.
//
// Known limits: text that a page only puts into scripts or templates is not read; one container
// is chosen, so an article split into far-apart pieces keeps only the best one and its siblings.
#include "read/html_body.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>

#include "core/byte_scan.h"
#include "read/body.h"
#include "read/boilerplate.h"
#include "read/html_tree.h"
#include "read/link_kind.h"
#include "read/strings.h"
#include "read/url.h"

namespace sitrep {
namespace {

// A paragraph that starts with a related-link cue is a link line when, besides its links and the
// cue, it has at most this many words ("Related articles:", "Read more on this story:").
constexpr int kMaxLinkLineWords = 4;
// Blocks shorter than this give their container no score: labels, dates, buttons.
constexpr uint32_t kMinScoredChars = 25;
// A furniture cue on an element holding at least this share of the page's prose is ignored.
constexpr double kWrapperShare = 0.5;
// The same for a furniture tag (<header>, <aside>, <form>).
constexpr double kTagWrapperShare = 0.8;
// Below this many characters of text the first reading is taken to have missed the article.
constexpr uint32_t kMinBodyChars = 200;
// Blocks whose link text exceeds this share of their text are link lists, not prose.
constexpr double kMaxBlockLinkShare = 0.4;
// How many levels above the chosen region neighbouring prose is looked for.
constexpr int kOuterLevels = 6;
// A paragraph longer than this is judged by its links alone when it may join the container.
constexpr uint32_t kLongParagraphChars = 80;
// A section cue after this share of the text ends the story.
constexpr double kTrailingShare = 0.7;
// Loose text shorter than this is a label unless it ends a sentence.
constexpr uint32_t kMinLooseChars = 40;
// A block's commas score at most this much: a list of names is no essay.
constexpr uint32_t kMaxCommaPoints = 10;
// Candidates scoring this share of the best one may be pieces of the same story (Readability
// asks for 0.75; on this project's pages a story's pieces differ more).
constexpr double kNearScore = 0.4;
// Cue lines are at most this long (characters without spaces).
constexpr uint32_t kMaxCueChars = 120;

// A set of tags as a table indexed by tag: the body walk asks these of every element, and a
// load costs less than a call to a switch.
class TagSet {
 public:
  constexpr TagSet(std::initializer_list<Tag> tags) {
    for (const Tag tag : tags) in_[static_cast<uint8_t>(tag)] = true;
  }
  constexpr bool Has(Tag tag) const { return in_[static_cast<uint8_t>(tag)]; }

 private:
  std::array<bool, 256> in_{};
};

// Elements whose content is never body text. <figure> is here because figures become images,
// <h1> because it is the title, a ruby's <rt> and <rp> because its reading glosses its words.
constexpr TagSet kNonTextTags = {
    Tag::kHead,   Tag::kScript, Tag::kStyle,  Tag::kNoscript, Tag::kTemplate, Tag::kIframe,
    Tag::kObject, Tag::kEmbed,  Tag::kFigure, Tag::kH1,       Tag::kSelect,   Tag::kTextarea,
    Tag::kButton, Tag::kInput,  Tag::kAudio,  Tag::kVideo,    Tag::kCanvas,   Tag::kMap};

bool IsNonText(const HtmlNode* node) {
  if (node->foreign) return true;
  const Tag tag = HtmlTag(node);
  if (tag == Tag::kRt || tag == Tag::kRp) return IsRubyReading(node);
  return kNonTextTags.Has(tag);
}

// Elements that flow inside a line of text rather than starting a new one.
constexpr TagSet kInlineTags = {
    Tag::kA,      Tag::kAbbr,   Tag::kAcronym, Tag::kB,    Tag::kBdi,   Tag::kBdo,    Tag::kBig,
    Tag::kCite,   Tag::kCode,   Tag::kData,    Tag::kDel,  Tag::kDfn,   Tag::kEm,     Tag::kFont,
    Tag::kI,      Tag::kImg,    Tag::kIns,     Tag::kKbd,  Tag::kLabel, Tag::kMark,   Tag::kNobr,
    Tag::kQ,      Tag::kRuby,   Tag::kS,       Tag::kSamp, Tag::kSmall, Tag::kSource, Tag::kSpan,
    Tag::kStrike, Tag::kStrong, Tag::kSub,     Tag::kSup,  Tag::kTime,  Tag::kTt,     Tag::kU,
    Tag::kVar,    Tag::kWbr};

bool IsInline(Tag tag) { return kInlineTags.Has(tag); }

enum class BlockKind : uint8_t { kProse, kHeading, kItem, kCell };

// The kind of the text an element owns; kProse for <p>, <blockquote> and loose text in
// containers, |inherited| for containers inside a heading, item or cell.
BlockKind KindOf(Tag tag, BlockKind inherited) {
  switch (tag) {
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6: return BlockKind::kHeading;
    case Tag::kLi:
    case Tag::kDt:
    case Tag::kDd: return BlockKind::kItem;
    case Tag::kTd:
    case Tag::kTh: return BlockKind::kCell;
    case Tag::kP:
    case Tag::kBlockquote:
    case Tag::kPre: return BlockKind::kProse;
    default: return inherited;
  }
}

// 2 for <h2> ... 6 for <h6>; 7 for a heading-like text of another element (a <dt>, a cell).
int HeadingLevel(Tag tag) {
  switch (tag) {
    case Tag::kH2: return 2;
    case Tag::kH3: return 3;
    case Tag::kH4: return 4;
    case Tag::kH5: return 5;
    case Tag::kH6: return 6;
    default: return 7;
  }
}

// Elements that are themselves one paragraph: their score goes to the element around them, as
// the loose text of a <div> scores the <div>.
bool IsParagraphElement(Tag tag) {
  return IsTagOneOf(tag, {Tag::kP, Tag::kPre, Tag::kBlockquote, Tag::kTd, Tag::kLi, Tag::kH2,
                          Tag::kH3, Tag::kH4, Tag::kH5, Tag::kH6, Tag::kDd, Tag::kDt, Tag::kTh});
}

// The starting score of a container, by tag (Readability's table).
double TagScore(Tag tag) {
  switch (tag) {
    case Tag::kDiv:
    case Tag::kArticle:
    case Tag::kSection:
    case Tag::kMain: return 5;
    case Tag::kPre:
    case Tag::kTd:
    case Tag::kBlockquote: return 3;
    case Tag::kAddress:
    case Tag::kOl:
    case Tag::kUl:
    case Tag::kDl:
    case Tag::kDd:
    case Tag::kDt:
    case Tag::kLi:
    case Tag::kForm: return -3;
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kTh: return -5;
    default: return 0;
  }
}

struct RawLink {
  size_t begin = 0;  // bytes into Block::text
  size_t end = 0;
  std::string_view href;  // into the tree
  const HtmlNode* anchor = nullptr;
};

struct Block {
  // As the page has it (but for text nodes of white space opening it), in PageCutter::text;
  // SetBody collapses white space.
  std::string_view text;
  std::span<const RawLink> links;  // in PageCutter::links
  BlockKind kind = BlockKind::kProse;
  uint32_t owner = 0;       // the element table row of the element whose text this is
  uint32_t chars = 0;       // bytes other than white space
  uint32_t link_chars = 0;  // of which inside links
  uint32_t commas = 0;
  Furniture cue = Furniture::kNone;     // what the line announces, for short lines
  bool sentence_outside_links = false;  // a sentence ends in its text outside links
};

struct Element {
  const HtmlNode* node = nullptr;
  uint32_t parent = 0;  // the row of the nearest block-level ancestor; the root is its own parent
  uint32_t end = 0;     // one past the row of its last descendant
  uint32_t first_block = 0;
  uint32_t end_block = 0;
  Tag tag = Tag::kUnknown;
  BlockKind kind = BlockKind::kProse;
  Furniture furniture = Furniture::kNone;
  bool furniture_from_words = false;
};

// What Measure counts in a stretch of a block's text.
struct Tally {
  uint32_t chars = 0;  // bytes other than white space
  uint32_t commas = 0;
  bool sentence_end = false;  // a '.', '!' or '?' among them
};

#ifdef __SSE2__
// The last |n| lanes (n <= 16) as 0xFF each, the others 0: for a stretch's last chunk, read as the
// sixteen bytes that end it.
__m128i LastLanes(size_t n) {
  static constexpr std::array<char, 32> kLanes = {0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
                                                  0,  0,  0,  0,  0,  -1, -1, -1, -1, -1, -1,
                                                  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLanes.data() + n));
}

#endif

// The counts over text[from, to). Sixteen bytes a step, where a byte at a time cost more than the
// rest of the body walk: every byte of the page's text is measured, and many stretches (link
// texts) are short. The last step reads the sixteen bytes of |text| that end the stretch and
// counts only its own lanes; only a text shorter than sixteen bytes is read a byte at a time.
Tally TallyBytes(std::string_view text, size_t from, size_t to) {
  Tally tally;
  size_t i = from;
#ifdef __SSE2__
  const __m128i zero = _mm_setzero_si128();
  const __m128i one = _mm_set1_epi8(1);
  __m128i chars = zero;  // per 64-bit half
  __m128i commas = zero;
  int ends = 0;
  const auto add = [&](__m128i v, __m128i lanes) {
    const __m128i solid = _mm_andnot_si128(HtmlSpaceBytes(v), lanes);
    chars = _mm_add_epi64(chars, _mm_sad_epu8(_mm_and_si128(solid, one), zero));
    const __m128i comma = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), lanes);
    commas = _mm_add_epi64(commas, _mm_sad_epu8(_mm_and_si128(comma, one), zero));
    const __m128i end = _mm_or_si128(
        _mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
    ends |= _mm_movemask_epi8(_mm_and_si128(end, lanes));
  };
  const __m128i all = _mm_cmpeq_epi8(zero, zero);
  for (; i + 16 <= to; i += 16) {
    add(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)), all);
  }
  if (i < to && to >= 16) {
    add(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + to - 16)),
        LastLanes(to - i));
    i = to;
  }
  const auto sum = [](__m128i sums) {
    return static_cast<uint32_t>(_mm_cvtsi128_si32(sums) +
                                 _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
  };
  tally.chars = sum(chars);
  tally.commas = sum(commas);
  tally.sentence_end = ends != 0;
#endif
  for (; i < to; ++i) {
    const char c = text[i];
    if (IsHtmlSpace(c)) continue;
    ++tally.chars;
    if (c == ',') ++tally.commas;
    if (c == '.' || c == '!' || c == '?') tally.sentence_end = true;
  }
  return tally;
}

// Whether text[from, end) is all white space, as the indentation between two tags is that most
// block boundaries find (sixteen bytes a step, the last the sixteen that end |text|).
bool IsBlank(std::string_view text, size_t from) {
  size_t i = from;
#ifdef __SSE2__
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    if (_mm_movemask_epi8(HtmlSpaceBytes(v)) != 0xFFFF) return false;
  }
  if (i < text.size() && text.size() >= 16) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + text.size() - 16));
    const __m128i lanes = LastLanes(text.size() - i);
    return _mm_movemask_epi8(_mm_andnot_si128(HtmlSpaceBytes(v), lanes)) == 0;
  }
#endif
  for (; i < text.size(); ++i) {
    if (!IsHtmlSpace(text[i])) return false;
  }
  return true;
}

// The walk of step 1: blocks and the element table, in document order. The blocks' texts and
// links go one after another into two buffers of the cutter's, so that a block costs no
// allocation of its own; Finish points each block at its parts once the buffers stop moving.
class PageCutter {
 public:
  std::vector<Block> blocks;
  std::vector<Element> elements;
  std::string text;
  std::vector<RawLink> links;

  explicit PageCutter(const HtmlNode* document) {
    elements.emplace_back();
    elements.back().node = document;
    open_.push_back(0);
  }

  // Inlined into the walk, whatever the compiler makes of the rest of ReadHtmlBody: a call per
  // node of the page is a measurable share of the walk.
  [[gnu::always_inline]] bool Enter(const HtmlNode* node) {
    if (IsText(node)) {
      // White space opening a block (the indentation between tags, most of a page's text nodes)
      // is left out: every reader of a block's text passes over its leading white space, and the
      // boundary that ends the block then finds nothing to flush.
      if (text.size() != block_begin_ || !IsBlank(node->text, 0)) text += node->text;
      return false;
    }
    if (node->type == NodeType::kDocument) return true;
    if (!IsElement(node) || IsNonText(node)) return false;
    const Tag tag = HtmlTag(node);
    if (tag == Tag::kBr) {
      // Inside a paragraph a line break is a space; in loose text it separates paragraphs.
      if (IsParagraphElement(elements[open_.back()].tag)) {
        text += ' ';
      } else {
        Flush();
      }
      return false;
    }
    if (IsInline(tag)) {
      if (IsHiddenElement(node)) return false;
      if (tag == Tag::kA) {
        const std::string_view href = Attr(node, "href");
        if (!href.empty()) open_links_.push_back({text.size() - block_begin_, 0, href, node});
      }
      return true;
    }
    Flush();
    Element element;
    element.node = node;
    element.parent = open_.back();
    element.tag = tag;
    element.kind = KindOf(tag, elements[open_.back()].kind);
    const ElementCue cue = ClassifyElement(node);
    element.furniture = cue.kind;
    element.furniture_from_words = cue.from_words;
    element.first_block = static_cast<uint32_t>(blocks.size());
    open_.push_back(static_cast<uint32_t>(elements.size()));
    elements.push_back(element);
    return true;
  }

  [[gnu::always_inline]] void Leave(const HtmlNode* node) {
    const Tag tag = HtmlTag(node);
    if (node->type != NodeType::kDocument && IsInline(tag)) {
      if (tag == Tag::kA) CloseLink(node);
      return;
    }
    Flush();
    Element& element = elements[open_.back()];
    element.end = static_cast<uint32_t>(elements.size());
    element.end_block = static_cast<uint32_t>(blocks.size());
    open_.pop_back();
  }

  // After the walk: the blocks' views into the buffers.
  void Finish() {
    for (size_t b = 0; b < blocks.size(); ++b) {
      blocks[b].text = std::string_view(text).substr(parts_[b].text, parts_[b].text_size);
      blocks[b].links =
          std::span<const RawLink>(links).subspan(parts_[b].links, parts_[b].link_count);
    }
  }

 private:
  // Where a block's parts lie in the buffers, while they may still move.
  struct Parts {
    uint32_t text = 0;
    uint32_t text_size = 0;
    uint32_t links = 0;
    uint32_t link_count = 0;
  };

  void CloseLink(const HtmlNode* anchor) {
    const auto it = std::find_if(open_links_.begin(), open_links_.end(),
                                 [anchor](const RawLink& l) { return l.anchor == anchor; });
    if (it == open_links_.end()) return;
    it->end = text.size() - block_begin_;
    links.push_back(*it);
    open_links_.erase(it);
  }

  // Every block-level element's start and end flush, and most find nothing since the last:
  // that test stays in the walk, the rest is a call.
  [[gnu::always_inline]] void Flush() {
    if (text.size() == block_begin_ && links.size() == links_begin_ && open_links_.empty()) return;
    FlushBlock();
  }

  void FlushBlock() {
    // A link still open here was cut by a block boundary: it keeps the part in this block.
    for (RawLink& link : open_links_) {
      link.end = text.size() - block_begin_;
      links.push_back(link);
    }
    open_links_.clear();
    if (IsBlank(text, block_begin_)) {
      text.resize(block_begin_);
      links.resize(links_begin_);
      return;
    }
    Block block;
    block.owner = open_.back();
    block.kind = elements[block.owner].kind;
    blocks.push_back(block);
    parts_.push_back(
        {static_cast<uint32_t>(block_begin_), static_cast<uint32_t>(text.size() - block_begin_),
         static_cast<uint32_t>(links_begin_), static_cast<uint32_t>(links.size() - links_begin_)});
    block_begin_ = text.size();
    links_begin_ = links.size();
  }

  size_t block_begin_ = 0;  // where the block being read begins in |text|
  size_t links_begin_ = 0;  // and its links in |links|
  std::vector<Parts> parts_;
  std::vector<RawLink> open_links_;
  std::vector<uint32_t> open_;  // rows of the open block-level elements
};

// Links one after another, none inside another: the usual case, whose link text is the sum of
// the links' stretches.
bool LinksInOrder(std::span<const RawLink> links) {
  for (size_t l = 1; l < links.size(); ++l) {
    if (links[l].begin < links[l - 1].end) return false;
  }
  return true;
}

void Measure(Block& block) {
  const std::string_view text = block.text;
  const std::span<const RawLink> links = block.links;
  const Tally all = TallyBytes(text, 0, text.size());
  block.chars = all.chars;
  block.commas = all.commas;
  block.link_chars = 0;
  block.sentence_outside_links = false;
  if (links.empty()) {
    block.sentence_outside_links = all.sentence_end;
  } else if (LinksInOrder(links)) {
    // The stretches between links are read only while a sentence end may be among them.
    bool outside_unread = all.sentence_end;
    const auto read_outside = [&](size_t from, size_t to) {
      if (outside_unread && TallyBytes(text, from, to).sentence_end) {
        block.sentence_outside_links = true;
        outside_unread = false;
      }
    };
    size_t position = 0;
    for (const RawLink& link : links) {
      read_outside(position, link.begin);
      block.link_chars += TallyBytes(text, link.begin, link.end).chars;
      position = link.end;
    }
    read_outside(position, text.size());
  } else {
    // Links inside links (invalid HTML; the inner one closes first): byte by byte, a byte
    // counting as link text when it lies in one of the links from the first that has not ended
    // up to the first that has not begun, as the body has always measured such blocks.
    size_t link = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (IsHtmlSpace(c)) continue;
      while (link < links.size() && links[link].end <= i) ++link;
      bool in_link = false;
      for (size_t l = link; l < links.size() && links[l].begin <= i; ++l) {
        in_link = in_link || i < links[l].end;
      }
      if (in_link) {
        ++block.link_chars;
      } else if (c == '.' || c == '!' || c == '?') {
        block.sentence_outside_links = true;
      }
    }
  }
  if (block.chars <= kMaxCueChars) block.cue = ClassifyCueText(text);
}

// What one reading of the page chose: the blocks that are body text, the blocks read only for
// their related links, and the element that holds them.
struct Reading {
  std::vector<uint32_t> body;
  std::vector<uint32_t> related;
  uint32_t root = 0;
  uint32_t chars = 0;
  std::vector<uint32_t> section_cues;  // cue lines that open a section of their own
};

// A header whose class or id names the story ("entry-header", "article-header") is the story's
// own, with its title and lede, not the site's.
bool NamesTheStory(const HtmlNode* node) {
  for (const char* name : {"class", "id"}) {
    const std::string words = LowerAscii(Attr(node, name));
    for (const std::string_view story : {"article", "entry", "post", "story"}) {
      if (words.find(story) != std::string::npos) return true;
    }
  }
  return false;
}

class Chooser {
 public:
  Chooser(const std::vector<Block>& blocks, const std::vector<Element>& elements,
          bool use_word_cues)
      : blocks_(blocks), elements_(elements), use_word_cues_(use_word_cues) {}

  Reading Choose() {
    MarkFurniture();
    SumUsable();
    ScoreContainers();
    uint32_t best = 0;
    for (uint32_t e = 1; e < elements_.size(); ++e) {
      if (scored_[e] && (best == 0 || Final(e) > Final(best))) best = e;
    }
    if (best != 0) best = Widen(best);
    Reading reading;
    if (best == 0) {
      reading.root = UnscoredRoot();
      const Element& root = elements_[reading.root];
      // No prose to measure lines of links against, and no sign that loose text is an article.
      for (uint32_t b = root.first_block; b < root.end_block; ++b) {
        if (IsParagraphElement(elements_[blocks_[b].owner].tag)) Take(b, reading, false);
      }
      return reading;
    }
    const uint32_t parent = elements_[best].parent;
    // Siblings join the container when they score well or read like prose; then whatever lies
    // between two joined siblings (a subheading, a list, a quote) joins too, as does a heading
    // just before the first: the story runs through them.
    const double threshold = std::max(10.0, Final(best) * 0.2);
    std::vector<uint32_t> children;
    std::vector<uint8_t> joined(elements_.size(), 0);
    for (uint32_t child = parent + 1; child < elements_[parent].end; child = elements_[child].end) {
      children.push_back(child);
      joined[child] =
          child == best ||
          (!in_furniture_[child] &&
           ((scored_[child] && Final(child) >= threshold) ||
            (elements_[child].tag == Tag::kP &&
             ReadsLikeProse(elements_[child].first_block, elements_[child].end_block))));
    }
    size_t first = children.size();
    size_t last = 0;
    for (size_t i = 0; i < children.size(); ++i) {
      if (!joined[children[i]]) continue;
      first = std::min(first, i);
      last = i;
    }
    while (first > 0 && Neighbour(children[first - 1], true)) joined[children[--first]] = 1;
    while (last + 1 < children.size() && Neighbour(children[last + 1], false)) {
      joined[children[++last]] = 1;
    }
    for (size_t i = first > 0 ? first - 1 : first; i < last; ++i) {
      const Element& child = elements_[children[i]];
      const bool heading = child.kind == BlockKind::kHeading;
      if ((i >= first || heading) && !in_furniture_[children[i]] &&
          LinkShare(child.first_block, child.end_block) <= kMaxBlockLinkShare) {
        joined[children[i]] = 1;
      }
    }
    const uint32_t span_begin = elements_[children[first]].first_block;
    const uint32_t span_end = elements_[children[last]].end_block;
    bool any_sibling = first != last;
    const Element& region = elements_[parent];
    for (uint32_t b = region.first_block; b < region.end_block; ++b) {
      uint32_t top = blocks_[b].owner;
      while (top != parent && elements_[top].parent != parent) top = elements_[top].parent;
      if (top != parent) {
        if (joined[top]) Take(b, reading);
      } else if (ReadsLikeProse(b, b + 1) || (span_begin <= b && b < span_end)) {
        // Loose text of the parent, between joined siblings or reading like prose.
        Take(b, reading);
        any_sibling = true;
      }
    }
    // Then outward, level by level: prose right before or after the region at each of a few
    // levels above it joins (a lede in the article's header, a last paragraph after a box).
    uint32_t region_row = parent;
    for (int level = 0; level < kOuterLevels && region_row != 0; ++level) {
      const uint32_t above = elements_[region_row].parent;
      if (above == 0) break;
      std::vector<uint32_t> around;
      size_t at = 0;
      for (uint32_t c = above + 1; c < elements_[above].end; c = elements_[c].end) {
        if (c == region_row) at = around.size();
        around.push_back(c);
      }
      for (size_t i = at; i-- > 0 && Neighbour(around[i], true);) TakeElement(around[i], reading);
      for (size_t i = at + 1; i < around.size() && Neighbour(around[i], false); ++i) {
        TakeElement(around[i], reading);
      }
      region_row = above;
    }
    std::sort(reading.body.begin(), reading.body.end());
    std::sort(reading.related.begin(), reading.related.end());
    CutAtTrailingSection(reading);
    DropBareHeadings(reading);
    reading.root = any_sibling ? parent : best;
    for (uint32_t e = reading.root; e != 0; e = elements_[e].parent) {
      if (elements_[e].tag == Tag::kArticle) reading.root = e;
    }
    return reading;
  }

 private:
  // Without a block long enough to score, the article is the <article> with the most text,
  // else the first <main>; 0 (the whole page) when there is neither.
  uint32_t UnscoredRoot() const {
    uint32_t article = 0;
    uint32_t main = 0;
    for (uint32_t e = 1; e < elements_.size(); ++e) {
      if (in_furniture_[e]) continue;
      const uint32_t chars = chars_[elements_[e].end_block] - chars_[elements_[e].first_block];
      if (elements_[e].tag == Tag::kArticle && chars > 0 &&
          (article == 0 ||
           chars > chars_[elements_[article].end_block] - chars_[elements_[article].first_block])) {
        article = e;
      }
      if (elements_[e].tag == Tag::kMain && main == 0 && chars > 0) main = e;
    }
    return article != 0 ? article : main;
  }

  // The best-scored element is often one piece of a story cut into several (a column per
  // paragraph group, an ad between them): after Readability, the container moves up to the
  // ancestor shared by three pieces scoring kNearScore as well, then past ancestors that hold it
  // alone, then to an ancestor that scores higher still.
  uint32_t Widen(uint32_t best) const {
    std::vector<uint32_t> near;
    for (uint32_t e = 1; e < elements_.size(); ++e) {
      if (e != best && scored_[e] && Final(e) >= kNearScore * Final(best)) near.push_back(e);
    }
    if (near.size() >= 3) {
      for (uint32_t a = elements_[best].parent; a != 0; a = elements_[a].parent) {
        const auto inside = std::count_if(
            near.begin(), near.end(), [&](uint32_t e) { return a < e && e < elements_[a].end; });
        if (inside >= 3) {
          best = a;
          break;
        }
      }
    }
    for (uint32_t parent = elements_[best].parent;
         parent != 0 && elements_[parent].tag != Tag::kBody; parent = elements_[parent].parent) {
      const bool only_child = best == parent + 1 && elements_[best].end == elements_[parent].end;
      if (!only_child) break;
      best = parent;
    }
    double last = Final(best);
    for (uint32_t a = elements_[best].parent; a != 0 && elements_[a].tag != Tag::kBody;
         a = elements_[a].parent) {
      if (!scored_[a]) continue;
      const double score = Final(a);
      if (score < Final(best) / 3) break;
      if (score > last) {
        best = a;
        break;
      }
      last = score;
    }
    return best;
  }

  // An element is furniture when it or an ancestor carries a cue that is not outweighed: by the
  // share of the page's prose it holds, or by a mark that it is the article's text.
  void MarkFurniture() {
    std::vector<uint32_t> prose(blocks_.size() + 1, 0);
    for (uint32_t b = 0; b < blocks_.size(); ++b) {
      const Block& block = blocks_[b];
      const bool counts = block.kind == BlockKind::kProse && block.chars >= kMinScoredChars;
      prose[b + 1] = prose[b] + (counts ? block.chars : 0);
    }
    const double page = prose.back();
    in_furniture_.assign(elements_.size(), 0);
    in_story_header_.assign(elements_.size(), 0);
    std::vector<uint8_t> in_article(elements_.size(), 0);
    for (uint32_t e = 1; e < elements_.size(); ++e) {
      const Element& element = elements_[e];
      in_article[e] = element.tag == Tag::kArticle || in_article[element.parent];
      bool furniture = element.furniture != Furniture::kNone &&
                       (use_word_cues_ || !element.furniture_from_words);
      bool wrapper = false;
      // Class words may be page-state words on a wrapper ("has-sidebar"); a semantic container
      // (<header>, <aside>) means what it says, unless it is left unclosed around everything.
      if (furniture) {
        const double held = prose[element.end_block] - prose[element.first_block];
        const double share = element.furniture_from_words ? kWrapperShare : kTagWrapperShare;
        // Readers' comments often outweigh the story they follow; they never wrap it.
        wrapper = element.furniture != Furniture::kComments && page > 0 && held >= share * page;
        // Inside furniture already, it stays there whatever marks it: the mark is not read.
        furniture = !wrapper && (in_furniture_[element.parent] || !IsContentMarked(element.node));
      }
      // The header of an <article> or of a story holds its title and byline, and often its
      // lede: only long prose is read from it (Take).
      const bool story_header = !wrapper && element.tag == Tag::kHeader &&
                                (in_article[element.parent] || NamesTheStory(element.node));
      in_story_header_[e] = story_header || in_story_header_[element.parent];
      if (story_header) furniture = false;
      in_furniture_[e] = furniture || in_furniture_[element.parent];
    }
  }

  bool Usable(const Block& block) const {
    return !in_furniture_[block.owner] && block.cue == Furniture::kNone;
  }

  void SumUsable() {
    chars_.assign(blocks_.size() + 1, 0);
    link_chars_.assign(blocks_.size() + 1, 0);
    for (uint32_t b = 0; b < blocks_.size(); ++b) {
      const bool usable = Usable(blocks_[b]);
      chars_[b + 1] = chars_[b] + (usable ? blocks_[b].chars : 0);
      link_chars_[b + 1] = link_chars_[b] + (usable ? blocks_[b].link_chars : 0);
    }
  }

  double LinkShare(uint32_t first, uint32_t end) const {
    const uint32_t chars = chars_[end] - chars_[first];
    return chars == 0 ? 0 : static_cast<double>(link_chars_[end] - link_chars_[first]) / chars;
  }

  void ScoreContainers() {
    score_.assign(elements_.size(), 0);
    scored_.assign(elements_.size(), 0);
    for (const Block& block : blocks_) {
      if (!Usable(block) || block.chars < kMinScoredChars ||
          (block.kind != BlockKind::kProse && block.kind != BlockKind::kCell)) {
        continue;
      }
      const double points =
          1 + std::min(block.commas, kMaxCommaPoints) + std::min<uint32_t>(block.chars / 100, 3);
      uint32_t e = IsParagraphElement(elements_[block.owner].tag) ? elements_[block.owner].parent
                                                                  : block.owner;
      for (int level = 0; level < 5 && e != 0; ++level, e = elements_[e].parent) {
        if (!scored_[e]) {
          scored_[e] = 1;
          score_[e] = TagScore(elements_[e].tag) + (IsContentMarked(elements_[e].node) ? 25 : 0);
        }
        score_[e] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
      }
    }
  }

  double Final(uint32_t e) const {
    return score_[e] * (1 - LinkShare(elements_[e].first_block, elements_[e].end_block));
  }

  // A paragraph beside the container joins it when it reads like text: long with few links, or
  // short, link-free and ending a sentence.
  bool ReadsLikeProse(uint32_t first, uint32_t end) const {
    const uint32_t chars = chars_[end] - chars_[first];
    if (chars == 0) return false;
    const double links = LinkShare(first, end);
    if (chars > kLongParagraphChars) return links < 0.25;
    if (links > 0) return false;
    const std::string_view last = blocks_[end - 1].text;
    const size_t tail = last.find_last_not_of(" \t\n\r\f");
    return tail != std::string_view::npos &&
           (last[tail] == '.' || last[tail] == '!' || last[tail] == '?' || last[tail] == ':');
  }

  // A story ends where a section about something else begins: a "Related articles" or
  // "Comments" line after most of the text cuts off what follows it.
  void CutAtTrailingSection(Reading& reading) const {
    if (reading.section_cues.empty()) return;
    std::sort(reading.section_cues.begin(), reading.section_cues.end());
    uint32_t before = 0;
    size_t kept = 0;
    auto cue = reading.section_cues.begin();
    for (; kept < reading.body.size(); ++kept) {
      const uint32_t b = reading.body[kept];
      while (cue != reading.section_cues.end() && *cue < b) {
        if (before >= kTrailingShare * reading.chars) break;
        ++cue;
      }
      if (cue != reading.section_cues.end() && *cue < b) break;
      before += blocks_[b].chars;
    }
    if (kept == reading.body.size()) return;
    // Unless the story goes on right after it: a paragraph of prose without links is no teaser.
    const Block& next = blocks_[reading.body[kept]];
    if (next.kind == BlockKind::kProse && next.chars > kLongParagraphChars &&
        next.link_chars == 0) {
      return;
    }
    reading.body.resize(kept);
    reading.chars = before;
  }

  // A heading heads text: one followed by another heading or by nothing is a teaser's headline
  // or a box's title.
  void DropBareHeadings(Reading& reading) const {
    std::vector<uint32_t> kept;
    kept.reserve(reading.body.size());
    for (size_t i = 0; i < reading.body.size(); ++i) {
      const Block& block = blocks_[reading.body[i]];
      const Block* next = i + 1 < reading.body.size() ? &blocks_[reading.body[i + 1]] : nullptr;
      // A subheading right after its heading (<h2> then <h3>) is the heading's text.
      const bool bare = block.kind == BlockKind::kHeading &&
                        (next == nullptr || (next->kind == BlockKind::kHeading &&
                                             HeadingLevel(elements_[next->owner].tag) <=
                                                 HeadingLevel(elements_[block.owner].tag)));
      if (bare) {
        reading.chars -= block.chars;
      } else {
        kept.push_back(reading.body[i]);
      }
    }
    reading.body = std::move(kept);
  }

  // Whether the sibling |e| of the region extends it; empty elements are passed over (true), a
  // heading joins only before the region.
  bool Neighbour(uint32_t e, bool before) const {
    const Element& element = elements_[e];
    if (chars_[element.end_block] == chars_[element.first_block]) return true;
    if (in_furniture_[e]) return false;
    if (element.kind == BlockKind::kHeading) return before;
    // Another <article> is another story; a short line joins only as a paragraph of its own.
    if (element.tag == Tag::kArticle) return false;
    const uint32_t chars = chars_[element.end_block] - chars_[element.first_block];
    if (element.tag != Tag::kP && chars <= kLongParagraphChars) return false;
    return ReadsLikeProse(element.first_block, element.end_block);
  }

  void TakeElement(uint32_t e, Reading& reading) const {
    for (uint32_t b = elements_[e].first_block; b < elements_[e].end_block; ++b) Take(b, reading);
  }

  // Adds block |b| to the reading unless it is furniture, a cue line or (with |filter_links|) a
  // line of links; related cue lines ("Read more: ...") still give their links.
  void Take(uint32_t b, Reading& reading, bool filter_links = true) const {
    const Block& block = blocks_[b];
    if (in_furniture_[block.owner]) {
      if (block.links.empty()) return;
      // A block is never all white space (Flush drops those).
      size_t start = 0;
      while (IsHtmlSpace(block.text[start])) ++start;
      if (block.cue == Furniture::kRelated || RelatedCueLength(block.text.substr(start)) > 0) {
        reading.related.push_back(b);
      }
      return;
    }
    if (block.cue != Furniture::kNone) {
      if (block.cue == Furniture::kRelated && !block.links.empty()) reading.related.push_back(b);
      if (block.cue == Furniture::kRelated || block.cue == Furniture::kComments ||
          block.cue == Furniture::kNewsletter) {
        reading.section_cues.push_back(b);
      }
      return;
    }
    if (filter_links && block.link_chars > kMaxBlockLinkShare * block.chars &&
        !block.sentence_outside_links) {
      return;
    }
    // A short label in loose text (a box title, a department name) is the page's, not the
    // story's: the story's own short lines are headings, items or sentences.
    if (filter_links && !IsParagraphElement(elements_[block.owner].tag) &&
        block.chars < kMinLooseChars && !block.sentence_outside_links) {
      return;
    }
    if (in_story_header_[block.owner] &&
        (block.kind != BlockKind::kProse || block.chars <= kLongParagraphChars ||
         block.link_chars * 4 >= block.chars)) {
      return;
    }
    reading.body.push_back(b);
    reading.chars += block.chars;
  }

  const std::vector<Block>& blocks_;
  const std::vector<Element>& elements_;
  const bool use_word_cues_;
  std::vector<uint8_t> in_furniture_;
  std::vector<uint8_t> in_story_header_;  // inside an <article>'s <header>
  std::vector<uint32_t> chars_;           // prefix sums over usable blocks
  std::vector<uint32_t> link_chars_;      // the same for link text
  std::vector<double> score_;
  std::vector<uint8_t> scored_;
};

// A placeholder ("#", "javascript:...") points nowhere: such anchors are not links.
bool IsRealHref(std::string_view href) {
  return !href.empty() && href != "#" && !StartsWithNoCase(href, "javascript:");
}

// Where the text before a link starts to be read for it: at the kLinkBeforeReach-th byte other
// than white space back from |end|, or 0. What collapsing text[from, end) leaves ends with the
// same kLinkBeforeReach bytes as what collapsing all of text[0, end) leaves, since it starts on
// a byte that collapsing keeps; collapsing all of it made each of a paragraph's many links cost
// the whole paragraph.
size_t BeforeStart(std::string_view text, size_t end) {
  size_t solid = 0;
  for (size_t i = end; i-- > 0;) {
    if (IsHtmlSpace(text[i]) || text[i] == '\v') continue;
    if (++solid == kLinkBeforeReach) return i;
  }
  return 0;
}

// Adds the block's links to the article and sets |*kept| to the number added; for a related line
// returns the block's text outside them (which only such a line is read for), else "".
std::string TakeLinks(const Block& block, bool related_line, const std::string& base,
                      std::string_view page_host, Article& article, size_t* kept) {
  std::string outside_links;
  size_t position = 0;
  *kept = 0;
  for (const RawLink& raw : block.links) {
    if (related_line && raw.begin > position) {
      outside_links.append(block.text, position, raw.begin - position);
    }
    position = std::max(position, raw.end);
    const std::string href = CollapseWhitespace(raw.href);
    if (!IsRealHref(href)) continue;
    std::string link_text = CollapseWhitespace(block.text.substr(raw.begin, raw.end - raw.begin));
    std::string url = ResolveUrl(base, href);
    const size_t from = BeforeStart(block.text, raw.begin);
    const std::string before = CollapseWhitespace(block.text.substr(from, raw.begin - from));
    const LinkKind kind = KindOfLink({link_text, before, url, page_host, related_line});
    article.links.push_back({std::move(link_text), std::move(url), kind});
    ++*kept;
  }
  if (related_line) outside_links += block.text.substr(std::min(position, block.text.size()));
  return outside_links;
}

// Turns the chosen blocks into body paragraphs and links, in page order; a related-link line
// becomes links only.
void SetBodyAndLinks(const std::vector<Block>& blocks, const Reading& reading,
                     const std::string& base, Article& article) {
  std::vector<uint32_t> order = reading.body;
  order.insert(order.end(), reading.related.begin(), reading.related.end());
  std::sort(order.begin(), order.end());
  std::vector<BodyParagraph> paragraphs;
  paragraphs.reserve(reading.body.size());
  std::string opening;  // scratch for each line's start
  const std::string page_host = HostOf(base);
  for (const uint32_t b : order) {
    const Block& block = blocks[b];
    const bool related_only = !std::binary_search(reading.body.begin(), reading.body.end(), b);
    // Only the line's start is read for a cue, and the text outside links only for a cued line.
    if (!related_only) CollapseWhitespaceInto(block.text, &opening, kRelatedCueReach);
    const bool cued = related_only || RelatedCueLength(opening) > 0;
    size_t kept = 0;
    const std::string outside_links = TakeLinks(block, cued, base, page_host, article, &kept);
    const auto few_words = [&] {
      const std::string rest = CollapseWhitespace(outside_links);
      return CountWords(std::string_view(rest).substr(RelatedCueLength(rest))) <= kMaxLinkLineWords;
    };
    const bool link_line = related_only || (cued && kept > 0 && few_words());
    if (!link_line) paragraphs.push_back({block.text, block.kind == BlockKind::kProse});
  }
  SetBody(paragraphs, article);
}

// ---------------------------------------------------------------------------------------------
// Images and the date inside the chosen root.

// The image of a <figure>: its first <img>, the <figcaption> text as caption, and any element
// whose class names a credit or copyright as credit (inside the caption or beside it).
Image FigureImage(const HtmlNode* figure) {
  struct Collector {
    Image image;
    int caption_depth = 0;
    int credit_depth = 0;
    bool Enter(const HtmlNode* node) {
      if (IsText(node)) {
        if (credit_depth > 0) {
          image.credit += node->text;
        } else if (caption_depth > 0) {
          image.caption += node->text;
        }
        return false;
      }
      if (!IsElement(node)) return false;
      const Tag tag = HtmlTag(node);
      if (tag == Tag::kImg && image.url.empty()) {
        // Lazy-loading pages put a data: placeholder in src and the picture in data-src.
        std::string_view src = Attr(node, "src");
        if (src.empty() || StartsWithNoCase(src, "data:")) src = Attr(node, "data-src");
        image.url = CollapseWhitespace(src);
      }
      if (tag == Tag::kBr) (credit_depth > 0 ? image.credit : image.caption) += ' ';
      if (tag == Tag::kFigcaption) ++caption_depth;
      if (IsCredit(node)) {
        image.credit += ' ';
        ++credit_depth;
      }
      return tag != Tag::kScript && tag != Tag::kStyle;
    }
    void Leave(const HtmlNode* node) {
      if (HtmlTag(node) == Tag::kFigcaption) --caption_depth;
      if (IsCredit(node)) --credit_depth;
    }
    static bool IsCredit(const HtmlNode* node) {
      const std::string_view cls = Attr(node, "class");
      return ContainsNoCase(cls, "credit") || ContainsNoCase(cls, "copyright");
    }
  } collector;
  Walk(figure, collector);
  collector.image.caption = CollapseWhitespace(collector.image.caption);
  collector.image.credit = CollapseWhitespace(collector.image.credit);
  return std::move(collector.image);
}

// Unlike the prose walk this one enters <header>s and <figure>s: an article's header holds its
// lead photo and its date.
HtmlBody ReadRootExtras(const HtmlNode* root) {
  struct Collector {
    HtmlBody extras;
    bool Enter(const HtmlNode* node) {
      if (!IsElement(node)) return false;
      const Tag tag = HtmlTag(node);
      if (tag == Tag::kFigure) {
        Image image = FigureImage(node);
        if (!image.url.empty()) extras.figures.push_back(std::move(image));
        return false;
      }
      if (tag == Tag::kTime && extras.time.empty()) {
        extras.time = CollapseWhitespace(Attr(node, "datetime"));
      }
      return !IsNonText(node) && !IsTagOneOf(tag, {Tag::kNav, Tag::kFooter, Tag::kAside});
    }
    void Leave(const HtmlNode*) {}
  } collector;
  Walk(root, collector);
  return std::move(collector.extras);
}

}  // namespace

HtmlBody ReadHtmlBody(const HtmlNode* document, const std::string& base, Article& article) {
  PageCutter cutter(document);
  Walk(document, cutter);
  cutter.Finish();
  for (Block& block : cutter.blocks) Measure(block);
  Reading reading = Chooser(cutter.blocks, cutter.elements, true).Choose();
  if (reading.chars < kMinBodyChars) {
    Reading second = Chooser(cutter.blocks, cutter.elements, false).Choose();
    if (second.chars > 2 * reading.chars) reading = std::move(second);
  }
  SetBodyAndLinks(cutter.blocks, reading, base, article);
  HtmlBody body;
  const HtmlNode* root = cutter.elements[reading.root].node;
  if (root->type == NodeType::kDocument) {
    // The page's <body>, when the whole page was read.
    for (const Element& element : cutter.elements) {
      if (element.tag == Tag::kBody) {
        root = element.node;
        break;
      }
    }
  }
  if (root->type != NodeType::kDocument) {
    body = ReadRootExtras(root);
    body.root = root;
  }
  return body;
}

}  // namespace sitrep
