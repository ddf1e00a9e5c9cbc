// A page's element tree as the HTML readers see it: elements with their tag and attributes, text,
// and nothing else (no comments, no doctype), in an arena freed with the document; the accessors
// and the iterative walk that html_metadata and html_body share. html_tree_builder.h builds it.
//
// Why its own tree rather than gumbo's: the readers need tags, attributes and text, and a tree
// built for just that, from views into the page where nothing had to be decoded, costs a fraction
// of a full DOM's time (see html_tree_builder.h).
//
// Not for: deciding what a node means (metadata, prose, boilerplate); html_metadata and html_body
// do that.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// The HTML elements the readers or the tree builder tell apart, in alphabetical order of their
// names; any other element is kUnknown and known by its name.
// clang-format off
#define SITREP_HTML_TAGS(X)                                                                        \
  X(kA, "a") X(kAbbr, "abbr") X(kAcronym, "acronym") X(kAddress, "address")                        \
  X(kApplet, "applet") X(kArea, "area") X(kArticle, "article") X(kAside, "aside")                  \
  X(kAudio, "audio") X(kB, "b") X(kBase, "base") X(kBasefont, "basefont") X(kBdi, "bdi")           \
  X(kBdo, "bdo") X(kBgsound, "bgsound") X(kBig, "big") X(kBlockquote, "blockquote")                \
  X(kBody, "body") X(kBr, "br") X(kButton, "button") X(kCanvas, "canvas")                          \
  X(kCaption, "caption") X(kCenter, "center") X(kCite, "cite") X(kCode, "code") X(kCol, "col")     \
  X(kColgroup, "colgroup") X(kData, "data") X(kDd, "dd") X(kDel, "del") X(kDetails, "details")     \
  X(kDfn, "dfn") X(kDialog, "dialog") X(kDir, "dir") X(kDiv, "div") X(kDl, "dl") X(kDt, "dt")      \
  X(kEm, "em") X(kEmbed, "embed") X(kFieldset, "fieldset") X(kFigcaption, "figcaption")            \
  X(kFigure, "figure") X(kFont, "font") X(kFooter, "footer") X(kForm, "form")                      \
  X(kFrame, "frame") X(kFrameset, "frameset") X(kH1, "h1") X(kH2, "h2") X(kH3, "h3")               \
  X(kH4, "h4") X(kH5, "h5") X(kH6, "h6") X(kHead, "head") X(kHeader, "header")                     \
  X(kHgroup, "hgroup") X(kHr, "hr") X(kHtml, "html") X(kI, "i") X(kIframe, "iframe")               \
  X(kImage, "image") X(kImg, "img") X(kInput, "input") X(kIns, "ins") X(kKbd, "kbd")               \
  X(kKeygen, "keygen") X(kLabel, "label") X(kLegend, "legend") X(kLi, "li") X(kLink, "link")       \
  X(kListing, "listing") X(kMain, "main") X(kMap, "map") X(kMark, "mark")                          \
  X(kMarquee, "marquee") X(kMath, "math") X(kMenu, "menu") X(kMeta, "meta") X(kNav, "nav")         \
  X(kNobr, "nobr") X(kNoembed, "noembed") X(kNoframes, "noframes") X(kNoscript, "noscript")        \
  X(kObject, "object") X(kOl, "ol") X(kOptgroup, "optgroup") X(kOption, "option") X(kP, "p")       \
  X(kParam, "param") X(kPlaintext, "plaintext") X(kPre, "pre") X(kQ, "q") X(kRb, "rb")             \
  X(kRp, "rp") X(kRt, "rt") X(kRtc, "rtc") X(kRuby, "ruby") X(kS, "s") X(kSamp, "samp")            \
  X(kScript, "script") X(kSearch, "search") X(kSection, "section") X(kSelect, "select")            \
  X(kSmall, "small") X(kSource, "source") X(kSpan, "span") X(kStrike, "strike")                    \
  X(kStrong, "strong") X(kStyle, "style") X(kSub, "sub") X(kSummary, "summary") X(kSup, "sup")     \
  X(kSvg, "svg") X(kTable, "table") X(kTbody, "tbody") X(kTd, "td") X(kTemplate, "template")       \
  X(kTextarea, "textarea") X(kTfoot, "tfoot") X(kTh, "th") X(kThead, "thead") X(kTime, "time")     \
  X(kTitle, "title") X(kTr, "tr") X(kTrack, "track") X(kTt, "tt") X(kU, "u") X(kUl, "ul")          \
  X(kVar, "var") X(kVideo, "video") X(kWbr, "wbr") X(kXmp, "xmp")
// clang-format on

enum class Tag : uint8_t {
  kUnknown,
#define SITREP_TAG_ENUM(id, name) id,
  SITREP_HTML_TAGS(SITREP_TAG_ENUM)
#undef SITREP_TAG_ENUM
};

// The tag of a lower-case element name; kUnknown for any other name.
Tag TagOfName(std::string_view lower_name);

enum class NodeType : uint8_t { kDocument, kElement, kText };

struct HtmlAttribute {
  std::string_view name;  // lower case
  std::string_view value;
};

struct HtmlNode {
  NodeType type = NodeType::kElement;
  Tag tag = Tag::kUnknown;  // kUnknown too for every SVG and MathML element
  bool foreign = false;     // an SVG or MathML element
  // A bit for each name among its attributes (AttributeNameBit): the readers ask every element
  // for attributes most lack (itemprop, aria-hidden), and the bits answer most such asks without
  // reading the attributes.
  uint8_t attribute_names = 0;
  uint32_t attribute_count = 0;
  const HtmlAttribute* attributes = nullptr;
  std::string_view name;  // an element's name, lower case
  // Its class and id lower-cased, white space as ' ', each followed by a space ("lead story
  // main "), or "" when it has neither: both readers ask several questions of these words.
  std::string_view class_and_id;
  std::string_view text;  // a text node's text, character references decoded
  HtmlNode* parent = nullptr;
  HtmlNode* first_child = nullptr;
  HtmlNode* last_child = nullptr;
  HtmlNode* next_sibling = nullptr;
};

// The memory one document's nodes and decoded strings live in: chunks handed out in order and
// freed together; a few chunks stay with the thread for its next document.
class HtmlArena {
 public:
  HtmlArena() = default;
  HtmlArena(const HtmlArena&) = delete;
  HtmlArena& operator=(const HtmlArena&) = delete;
  ~HtmlArena();

  // Uninitialised, aligned for any of the tree's types. Inline up to the chunk's end: every
  // node and attribute list comes from here.
  void* Allocate(size_t bytes) {
    bytes = (bytes + kAlign - 1) & ~(kAlign - 1);
    if (static_cast<size_t>(end_ - next_) < bytes) return AllocateSlow(bytes);
    void* block = next_;
    next_ += bytes;
    return block;
  }
  std::string_view Copy(std::string_view s);
  HtmlNode* NewNode() { return new (Allocate(sizeof(HtmlNode))) HtmlNode(); }

 private:
  static constexpr size_t kAlign = alignof(std::max_align_t);
  static constexpr size_t kChunkBytes = size_t{256} << 10;
  // A new chunk, or a block of its own for a large request; |bytes| is aligned.
  void* AllocateSlow(size_t bytes);
  std::vector<std::unique_ptr<std::byte[]>> chunks_;
  std::vector<std::unique_ptr<std::byte[]>> large_;
  std::byte* next_ = nullptr;
  std::byte* end_ = nullptr;
};

// A parsed page: its document node, the arena that holds the tree, and the page text the tree's
// strings point into, which the document owns (|owned|) or its caller keeps alive.
struct HtmlDocument {
  std::string owned;
  std::string_view source;
  HtmlArena arena;
  HtmlNode* root = nullptr;  // NodeType::kDocument
};

inline bool IsElement(const HtmlNode* node) { return node->type == NodeType::kElement; }
inline bool IsText(const HtmlNode* node) { return node->type == NodeType::kText; }
// The element's tag when it is an HTML element; SVG and MathML reuse some names (<title>, <a>).
inline Tag HtmlTag(const HtmlNode* node) { return node->tag; }

// An <rt> or <rp> inside a <ruby> (or its <rtc>): the reading set over the ruby's words, or the
// brackets around it for readers that show no ruby. Elsewhere such a tag is an unknown box.
inline bool IsRubyReading(const HtmlNode* node) {
  const HtmlNode* parent = node->parent;
  if (parent != nullptr && parent->tag == Tag::kRtc) parent = parent->parent;
  return parent != nullptr && parent->tag == Tag::kRuby;
}
// One of eight bits for an attribute name; "class" and "id" share theirs, and the names asked of
// every element (itemprop, aria-hidden, href, role, rel, content) have others.
inline uint8_t AttributeNameBit(std::string_view name) {
  if (name.empty()) return 1;
  const auto first = static_cast<unsigned char>(name.front());
  const auto last = static_cast<unsigned char>(name.back());
  return static_cast<uint8_t>(1u << ((name.size() * 5 + first + last) & 7));
}
// Sets node->attribute_names and node->class_and_id from its attributes, once they are set.
void IndexAttributes(HtmlNode* node, HtmlArena* arena);
// The attribute's value, or "" when the node has none.
std::string_view Attr(const HtmlNode* node, std::string_view name);
bool HasAttr(const HtmlNode* node, std::string_view name);
// Inline, so that the short lists the readers ask about on every element become a few compares.
inline bool IsTagOneOf(Tag tag, std::initializer_list<Tag> tags) {
  for (const Tag t : tags) {
    if (t == tag) return true;
  }
  return false;
}
// The text children of |node|, white space collapsed: all that <title> holds, since the
// tokenizer reads its content as text.
std::string ChildText(const HtmlNode* node);

// Calls visitor.Enter(node) for each node under |root| (itself included) in document order; when
// Enter returns true for an element or the document, its children follow and then
// visitor.Leave(node). Follows
// the parent links, never recursion nor a stack: a page may nest deeply.
template <typename Visitor>
void Walk(const HtmlNode* root, Visitor& visitor) {
  const HtmlNode* node = root;
  while (true) {
    const bool inside = visitor.Enter(node) && node->type != NodeType::kText;
    if (inside && node->first_child != nullptr) {
      node = node->first_child;
      continue;
    }
    if (inside) visitor.Leave(node);
    // Climb until a node with a next sibling, leaving each element on the way.
    while (true) {
      if (node == root) return;
      if (node->next_sibling != nullptr) {
        node = node->next_sibling;
        break;
      }
      node = node->parent;
      visitor.Leave(node);
    }
  }
}

}  // namespace sitrep
