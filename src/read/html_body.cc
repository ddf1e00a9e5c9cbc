// See html_body.h. Tested through html_reader_test.cc.
#include "read/html_body.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "read/body.h"
#include "read/html_tree.h"
#include "read/strings.h"
#include "read/url.h"

namespace sitrep {
namespace {

// A paragraph that starts with a related-link cue is a link line when, besides its links and the
// cue, it has at most this many words ("Related articles:", "Read more on this story:").
constexpr int kMaxLinkLineWords = 4;

// Containers of what is not the article's prose, foreign content (SVG icons, MathML) included.
// <figure> is here because figures become images.
bool IsBoilerplate(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  if (IsElement(node) && node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;
  return IsTagOneOf(
      HtmlTag(node),
      {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_NAV, GUMBO_TAG_HEADER,
       GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE, GUMBO_TAG_FORM, GUMBO_TAG_FIGURE, GUMBO_TAG_BUTTON,
       GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_IFRAME});
}

bool IsProseBlock(GumboTag tag) {
  return IsTagOneOf(tag, {GUMBO_TAG_P, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
                          GUMBO_TAG_H6, GUMBO_TAG_LI, GUMBO_TAG_BLOCKQUOTE});
}

struct RawLink {
  size_t begin = 0;  // bytes into Block::text
  size_t end = 0;
  std::string href;
  const GumboNode* anchor = nullptr;
};

struct Block {
  std::string text;  // as the page has it; SetBody collapses white space
  std::vector<RawLink> links;
  bool prose = true;  // running text (<p>, <blockquote>), not a heading or a list item
};

// A nested block (<p> inside <blockquote>, a list inside <li>) ends the text before it, so no
// text is read twice and none runs across a block boundary.
class BlockCollector {
 public:
  std::vector<Block> blocks;

  bool Enter(const GumboNode* node) {
    if (IsText(node)) {
      if (!open_blocks_.empty()) current_.text += node->v.text.text;
      return false;
    }
    if (!IsElement(node)) return node->type == GUMBO_NODE_DOCUMENT;
    if (IsBoilerplate(node)) return false;
    const GumboTag tag = HtmlTag(node);
    if (IsProseBlock(tag)) {
      Flush();
      open_blocks_.push_back(tag);
      current_.prose = IsRunningText(tag);
    } else if (open_blocks_.empty()) {
      return true;
    } else if (tag == GUMBO_TAG_BR) {
      current_.text += ' ';
    } else if (tag == GUMBO_TAG_A && !Attr(node, "href").empty()) {
      open_.push_back({current_.text.size(), 0, std::string(Attr(node, "href")), node});
    }
    return true;
  }

  void Leave(const GumboNode* node) {
    const GumboTag tag = HtmlTag(node);
    if (IsProseBlock(tag)) {
      Flush();
      open_blocks_.pop_back();
      // Text after a nested block belongs to the block around it.
      current_.prose = open_blocks_.empty() || IsRunningText(open_blocks_.back());
    } else if (tag == GUMBO_TAG_A) {
      const auto it = std::find_if(open_.begin(), open_.end(),
                                   [node](const RawLink& l) { return l.anchor == node; });
      if (it != open_.end()) {
        it->end = current_.text.size();
        current_.links.push_back(std::move(*it));
        open_.erase(it);
      }
    }
  }

 private:
  void Flush() {
    // A link still open here was cut by a block boundary: it keeps the part in this block.
    for (RawLink& link : open_) {
      link.end = current_.text.size();
      current_.links.push_back(std::move(link));
    }
    open_.clear();
    if (current_.text.find_first_not_of(" \t\n\r\f") != std::string::npos) {
      blocks.push_back(std::move(current_));
    }
    current_ = Block();
  }

  static bool IsRunningText(GumboTag tag) {
    return tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE;
  }

  Block current_;
  std::vector<RawLink> open_;
  std::vector<GumboTag> open_blocks_;  // the prose blocks around the current text
};

std::vector<Block> CollectBlocks(const GumboNode* root) {
  BlockCollector collector;
  Walk(root, collector);
  return std::move(collector.blocks);
}

size_t ProseSize(const std::vector<Block>& blocks) {
  size_t size = 0;
  for (const Block& b : blocks) {
    size += static_cast<size_t>(
        std::count_if(b.text.begin(), b.text.end(), [](char c) { return !IsHtmlSpace(c); }));
  }
  return size;
}

// The length of a related-link cue at the start of |text| ("Read more", "Related article"), or 0.
size_t RelatedCueLength(std::string_view text) {
  for (const std::string_view cue :
       {"related article", "related", "read more", "read also", "see also"}) {
    if (StartsWithNoCase(text, cue) &&
        (text.size() == cue.size() || !IsAsciiAlnum(text[cue.size()]))) {
      return cue.size();
    }
  }
  return 0;
}

// A placeholder ("#", "javascript:...") points nowhere: such anchors are not links.
bool IsRealHref(std::string_view href) {
  return !href.empty() && href != "#" && !StartsWithNoCase(href, "javascript:");
}

// Turns blocks into body paragraphs and links; a related-link line becomes links only.
void SetBodyAndLinks(const std::vector<Block>& blocks, const std::string& base, Article& article) {
  std::vector<BodyParagraph> paragraphs;
  for (const Block& block : blocks) {
    const std::string text = CollapseWhitespace(block.text);
    const bool cued = RelatedCueLength(text) > 0;
    std::string outside_links;
    size_t position = 0;
    size_t kept = 0;
    for (const RawLink& raw : block.links) {
      if (raw.begin > position) outside_links.append(block.text, position, raw.begin - position);
      position = std::max(position, raw.end);
      const std::string href = CollapseWhitespace(raw.href);
      if (!IsRealHref(href)) continue;
      std::string link_text =
          CollapseWhitespace(std::string_view(block.text).substr(raw.begin, raw.end - raw.begin));
      const LinkKind kind =
          cued || RelatedCueLength(link_text) > 0 ? LinkKind::kRelated : LinkKind::kOther;
      article.links.push_back({std::move(link_text), ResolveUrl(base, href), kind});
      ++kept;
    }
    outside_links += std::string_view(block.text).substr(std::min(position, block.text.size()));
    const std::string rest = CollapseWhitespace(outside_links);
    const bool link_line =
        cued && kept > 0 &&
        CountWords(std::string_view(rest).substr(RelatedCueLength(rest))) <= kMaxLinkLineWords;
    if (!link_line) paragraphs.push_back({block.text, block.prose});
  }
  SetBody(paragraphs, article);
}

// ---------------------------------------------------------------------------------------------
// Images and the date inside the chosen root.

// The image of a <figure>: its first <img>, the <figcaption> text as caption, and any element
// whose class names a credit or copyright as credit (inside the caption or beside it).
Image FigureImage(const GumboNode* figure) {
  struct Collector {
    Image image;
    int caption_depth = 0;
    int credit_depth = 0;
    bool Enter(const GumboNode* node) {
      if (IsText(node)) {
        if (credit_depth > 0) {
          image.credit += node->v.text.text;
        } else if (caption_depth > 0) {
          image.caption += node->v.text.text;
        }
        return false;
      }
      if (!IsElement(node)) return false;
      const GumboTag tag = HtmlTag(node);
      if (tag == GUMBO_TAG_IMG && image.url.empty()) {
        // Lazy-loading pages put a data: placeholder in src and the picture in data-src.
        std::string_view src = Attr(node, "src");
        if (src.empty() || StartsWithNoCase(src, "data:")) src = Attr(node, "data-src");
        image.url = CollapseWhitespace(src);
      }
      if (tag == GUMBO_TAG_BR) (credit_depth > 0 ? image.credit : image.caption) += ' ';
      if (tag == GUMBO_TAG_FIGCAPTION) ++caption_depth;
      if (IsCredit(node)) {
        image.credit += ' ';
        ++credit_depth;
      }
      return tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE;
    }
    void Leave(const GumboNode* node) {
      if (HtmlTag(node) == GUMBO_TAG_FIGCAPTION) --caption_depth;
      if (IsCredit(node)) --credit_depth;
    }
    static bool IsCredit(const GumboNode* node) {
      const std::string_view cls = Attr(node, "class");
      return ContainsNoCase(cls, "credit") || ContainsNoCase(cls, "copyright");
    }
  } collector;
  Walk(figure, collector);
  collector.image.caption = CollapseWhitespace(collector.image.caption);
  collector.image.credit = CollapseWhitespace(collector.image.credit);
  return std::move(collector.image);
}

// Unlike the prose walk this one enters <header> and <figure>: an article's header holds its
// lead photo and its date.
HtmlBody ReadRootExtras(const GumboNode* root) {
  struct Collector {
    HtmlBody extras;
    bool Enter(const GumboNode* node) {
      if (!IsElement(node)) return false;
      const GumboTag tag = HtmlTag(node);
      if (tag == GUMBO_TAG_FIGURE) {
        Image image = FigureImage(node);
        if (!image.url.empty()) extras.figures.push_back(std::move(image));
        return false;
      }
      if (tag == GUMBO_TAG_TIME && extras.time.empty()) {
        extras.time = CollapseWhitespace(Attr(node, "datetime"));
      }
      return tag == GUMBO_TAG_HEADER || !IsBoilerplate(node);
    }
    void Leave(const GumboNode*) {}
  } collector;
  Walk(root, collector);
  return std::move(collector.extras);
}

// The candidate roots: the outermost <article>s outside boilerplate, the first <main> outside
// boilerplate, and <body>.
struct CandidateRoots {
  std::vector<const GumboNode*> articles;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
};

CandidateRoots FindCandidateRoots(const GumboNode* document) {
  struct Collector {
    CandidateRoots roots;
    int article_depth = 0;
    bool Enter(const GumboNode* node) {
      if (!IsElement(node)) return node->type == GUMBO_NODE_DOCUMENT;
      const GumboTag tag = HtmlTag(node);
      if (tag == GUMBO_TAG_BODY && roots.body == nullptr) roots.body = node;
      if (IsBoilerplate(node)) return false;
      if (tag == GUMBO_TAG_MAIN && roots.main == nullptr) roots.main = node;
      if (tag == GUMBO_TAG_ARTICLE) {
        if (article_depth == 0) roots.articles.push_back(node);
        ++article_depth;
      }
      return true;
    }
    void Leave(const GumboNode* node) {
      if (HtmlTag(node) == GUMBO_TAG_ARTICLE) --article_depth;
    }
  } collector;
  Walk(document, collector);
  return collector.roots;
}

}  // namespace

HtmlBody ReadHtmlBody(const GumboNode* document, const std::string& base, Article& article) {
  const CandidateRoots roots = FindCandidateRoots(document);
  // The article with the most prose, else <main>, else <body>.
  std::vector<Block> blocks;
  const GumboNode* root = nullptr;
  for (const GumboNode* candidate : roots.articles) {
    std::vector<Block> candidate_blocks = CollectBlocks(candidate);
    if (root == nullptr || ProseSize(candidate_blocks) > ProseSize(blocks)) {
      blocks = std::move(candidate_blocks);
      root = candidate;
    }
  }
  for (const GumboNode* fallback : {roots.main, roots.body}) {
    if (!blocks.empty() || fallback == nullptr) continue;
    blocks = CollectBlocks(fallback);
    if (root == nullptr || !blocks.empty()) root = fallback;
  }
  SetBodyAndLinks(blocks, base, article);
  HtmlBody body;
  if (root != nullptr) body = ReadRootExtras(root);
  body.root = root;
  return body;
}

}  // namespace sitrep
