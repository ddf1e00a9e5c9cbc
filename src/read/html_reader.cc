// HTML pages to Articles: the first-level reader. Tested by html_reader_test.cc.
//
// What: metadata from what the page says about itself (OpenGraph and article: <meta> tags,
// <title>, <link rel=canonical>, <html lang>, <time datetime>), the body from the prose blocks
// (<p>, <h2>-<h6>, <li>, <blockquote>) of the article, the images from og:image and <figure>,
// and the links inside body paragraphs.
//
// How: gumbo parses the page with the HTML5 algorithm, so tag soup yields the tree a browser
// builds. Three walks over that tree follow: one over the whole document for metadata and the
// candidate roots, one per candidate root for prose blocks, and one over the chosen root for its
// date and figures. The root is the <article> with the most prose (pages also mark up teasers
// and comments as <article>), else <main>, else <body>. Boilerplate containers (<nav>, <header>,
// <footer>, <aside>, <form>, scripts...) are skipped whole.
//
// Why: what a page declares about itself is exact, so it is read and never guessed: a title
// suffix is stripped only when it equals og:site_name, an unknown date stays empty. Scoring every
// <div> the way Readability does is a later issue; this markup-first pass suits most news pages.
//
// Depth: gumbo 0.10.1 has no tree-depth limit. For many start tags its scope checks walk the
// whole stack of open elements (100,000 nested <div>s take 19 s), each recorded parse error
// copies that stack (20,000 <div>s take 3 GB), and it frees the tree recursively (a deep tree
// overflows the stack). So errors are not recorded, and before parsing a linear scan models the
// stack of open elements by tag name and drops the tags that would open an element deeper than
// kMaxDepth, and their end tags, keeping the text (Blink's parser caps its tree at 512 too). Our
// own walks use an explicit stack, never recursion.
//
// Structure, in file order: string helpers; the depth guard (OpenElements, FlattenDeepNesting);
// the gumbo tree and the iterative Walk; page facts (metadata); prose blocks and links; images
// and the article's date; ReadHtml, which ties them together.
//
// Limits: text directly in a <div>, outside any prose block, is not read; share bars or teasers
// inside the article are read as body unless they sit in a skipped container; "Smith, John"
// splits as two authors; a page with hundreds of unclosed inline tags may lose markup (never
// text) past the depth cap.
#include "read/html_reader.h"

#include <gumbo.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/utf8.h"
#include "read/body.h"
#include "read/date_line.h"
#include "read/url.h"

namespace sitrep {
namespace {

// The deepest element the parser is given: real pages nest a few dozen levels.
constexpr size_t kMaxDepth = 512;
// Prose blocks and links may open this much deeper, so that text at the bottom of a flattened
// pile of containers is still read as a paragraph.
constexpr size_t kProseHeadroom = 32;
// A paragraph that starts with a related-link cue is a link line when, besides its links and the
// cue, it has at most this many words ("Related articles:", "Read more on this story:").
constexpr int kMaxLinkLineWords = 4;

// ---------------------------------------------------------------------------------------------
// Strings.

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }
char ToLowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ToLowerAscii);
  return out;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ToLowerAscii(x) == ToLowerAscii(y);
         });
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsNoCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsNoCase(s.substr(s.size() - suffix.size()), suffix);
}

bool ContainsNoCase(std::string_view s, std::string_view part) {
  return LowerAscii(s).find(part) != std::string::npos;
}

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Words are runs of letters and digits, in any script.
int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (size_t pos = 0; pos < text.size();) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(DecodeUtf8(text, &pos)));
    const bool word_char = (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
                           (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// The depth guard: a linear scan over the markup that stands in for the tree builder's stack of
// open elements (see the top of the file for why). It follows the HTML5 rules that close
// elements (implied by a later start tag, or an end tag that is in scope) closely enough that a
// sloppy but shallow page is not taken for a deep one. Where it cannot follow the parser (the
// adoption agency, foster parenting, attributes that decide foreign content) it keeps elements
// open rather than closing them: a sloppy page may then be flattened early, but no deep page gets
// through. The table internals it does not count nest only a few to each counted <table>.

// Elements that never hold other elements (void elements), the document's skeleton, and the
// table internals, which the parser ignores outside a <table> and closes by rules of its own
// inside one: they nest only by way of a counted <table>, a few to each.
bool IsUncounted(std::string_view name) {
  return IsOneOf(name, {"area",   "base",  "basefont", "bgsound", "br",    "col",     "embed",
                        "hr",     "img",   "input",    "keygen",  "link",  "meta",    "param",
                        "source", "track", "wbr",      "html",    "head",  "body",    "tr",
                        "td",     "th",    "tbody",    "thead",   "tfoot", "caption", "colgroup"});
}

// Elements whose content the tokenizer reads as text up to their end tag.
bool IsRawText(std::string_view name) {
  return IsOneOf(name,
                 {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

bool IsHeading(std::string_view name) {
  return IsOneOf(name, {"h1", "h2", "h3", "h4", "h5", "h6"});
}

bool IsProseOrLink(std::string_view name) {
  return IsHeading(name) || IsOneOf(name, {"p", "li", "blockquote", "a"});
}

// The HTML5 "special" elements among the counted ones.
bool IsSpecial(std::string_view name) {
  return IsHeading(name) ||
         IsOneOf(name, {"address",  "applet",    "article",    "aside",    "blockquote", "button",
                        "center",   "dd",        "details",    "dir",      "div",        "dl",
                        "dt",       "fieldset",  "figcaption", "figure",   "footer",     "form",
                        "frameset", "header",    "hgroup",     "li",       "listing",    "main",
                        "marquee",  "menu",      "nav",        "noscript", "object",     "ol",
                        "p",        "plaintext", "pre",        "search",   "section",    "select",
                        "summary",  "table",     "template",   "ul"});
}

// End tags the parser honours when their element is "in scope", rather than only when no
// special element is open above it.
bool EndsInScope(std::string_view name) {
  return IsHeading(name) ||
         IsOneOf(name,
                 {"address",  "applet",     "article", "aside",  "blockquote", "button", "center",
                  "dd",       "details",    "dialog",  "dir",    "div",        "dl",     "dt",
                  "fieldset", "figcaption", "figure",  "footer", "header",     "hgroup", "listing",
                  "main",     "marquee",    "menu",    "nav",    "object",     "ol",     "pre",
                  "search",   "section",    "summary", "table",  "template",   "ul"});
}

// Start tags that first close an open <p> ("close a p element" in the HTML5 "in body" rules).
bool ClosesParagraph(std::string_view name) {
  return IsHeading(name) ||
         IsOneOf(name,
                 {"address", "article", "aside",   "blockquote", "center",     "details", "dialog",
                  "dir",     "div",     "dl",      "fieldset",   "figcaption", "figure",  "footer",
                  "header",  "hgroup",  "main",    "menu",       "nav",        "ol",      "p",
                  "search",  "section", "summary", "ul",         "pre",        "listing", "form",
                  "li",      "dd",      "dt",      "plaintext",  "table",      "hr",      "xmp"});
}

// The searches down the stack of open elements that the parser makes, each named by what stops
// it: an element with a mark hides everything below it from that search.
enum Mark {
  kSpecial,        // "any other end tag"
  kScope,          // "has an element in scope"
  kButtonScope,    // "... in button scope", for <p>
  kListItemScope,  // "... in list item scope", for </li>
  kListItemStop,   // <li>, <dd> and <dt> start tags looking for an open one to close
  kMarkCount
};

// The roots of foreign content and its HTML integration points: the spec counts them as special
// and as scope boundaries.
bool IsForeignBoundary(std::string_view name) {
  return IsOneOf(name, {"svg", "math", "foreignobject", "desc", "title", "mi", "mo", "mn", "ms",
                        "mtext", "annotation-xml"});
}

// HTML start tags that end foreign content when they appear inside it ("<svg><div>").
bool BreaksOutOfForeignContent(std::string_view name) {
  return IsHeading(name) ||
         IsOneOf(name, {"b",   "big",   "blockquote", "body",  "br",    "center", "code",   "dd",
                        "div", "dl",    "dt",         "em",    "embed", "head",   "hr",     "i",
                        "img", "li",    "listing",    "menu",  "meta",  "nobr",   "ol",     "p",
                        "pre", "ruby",  "s",          "small", "span",  "strong", "strike", "sub",
                        "sup", "table", "tt",         "u",     "ul",    "var"});
}

unsigned MarksOf(std::string_view name) {
  if (IsForeignBoundary(name)) return (1u << kMarkCount) - 1;
  unsigned marks = 0;
  if (IsSpecial(name)) marks |= 1u << kSpecial;
  if (IsSpecial(name) && !IsOneOf(name, {"address", "div", "p"})) marks |= 1u << kListItemStop;
  if (IsOneOf(name, {"applet", "marquee", "object", "table", "template"})) {
    marks |= 1u << kScope | 1u << kButtonScope | 1u << kListItemScope;
  }
  if (name == "button") marks |= 1u << kButtonScope;
  if (name == "ol" || name == "ul") marks |= 1u << kListItemScope;
  return marks;
}

// The parser's stack of open elements, by tag name. Names are interned so that a deep stack
// costs a few bytes per element; every element is pushed and popped once and each check is a
// map lookup, so the scan stays linear in the input.
class OpenElements {
 public:
  // How deep the tree that gumbo builds is: the open elements whose start tag was kept.
  size_t kept_depth() const { return kept_depth_; }

  // Whether the next start tag is parsed as HTML or as SVG/MathML. kUnsure when the innermost
  // candidate is a <font> or <annotation-xml>, whose attributes decide: the scan does not read
  // attributes, so it then follows neither the HTML nor the foreign rules that would close
  // something, and counts every tag.
  enum class Content { kHtml, kForeign, kUnsure };
  Content CurrentContent() const {
    const std::optional<uint32_t> foreign = Innermost({"svg", "math"});
    if (!foreign) return Content::kHtml;
    const std::optional<uint32_t> html =
        Innermost({"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext"});
    const std::optional<uint32_t> unsure = Innermost({"font", "annotation-xml"});
    if (unsure && *unsure > *foreign && (!html || *unsure > *html)) return Content::kUnsure;
    return html && *html > *foreign ? Content::kHtml : Content::kForeign;
  }

  // A breakout tag inside foreign content: the parser pops the foreign elements first.
  Content LeaveForeignContent() {
    while (CurrentContent() == Content::kForeign) PopTo(*Innermost({"svg", "math"}));
    return CurrentContent();
  }

  // The closes that a start tag implies before it opens its own element.
  void CloseImpliedBy(std::string_view start_tag) {
    if (start_tag == "li") CloseInnermost({"li"}, kListItemStop);
    if (start_tag == "dd" || start_tag == "dt") CloseInnermost({"dd", "dt"}, kListItemStop);
    if (ClosesParagraph(start_tag)) CloseInnermost({"p"}, kButtonScope);
    // A link inside a link ends the first (the adoption agency, in the simple case it has).
    if (start_tag == "a") CloseInnermost({"a"}, kSpecial);
    // These close the current node only, when it is of their kind.
    const std::string_view current =
        stack_.empty() ? std::string_view() : std::string_view(names_[stack_.back().name].text);
    if ((IsHeading(start_tag) && IsHeading(current)) ||
        ((start_tag == "option" || start_tag == "optgroup") && current == "option")) {
      PopTo(static_cast<uint32_t>(stack_.size() - 1));
    }
  }

  void Push(std::string_view name, bool dropped) {
    const uint32_t id = Intern(name);
    const auto index = static_cast<uint32_t>(stack_.size());
    names_[id].positions.push_back(index);
    for (int mark = 0; mark < kMarkCount; ++mark) {
      if (names_[id].marks & (1u << mark)) marked_[mark].push_back(index);
    }
    stack_.push_back({id, dropped});
    if (!dropped) ++kept_depth_;
  }

  enum class CloseResult { kIgnored, kClosed, kClosedDropped };

  // An end tag: closes the innermost open element of that name and everything above it, unless
  // none is open or the parser's search for it would stop first.
  CloseResult Close(std::string_view name) {
    const std::optional<uint32_t> target = Top(name);
    const Mark stop = name == "p"         ? kButtonScope
                      : name == "li"      ? kListItemScope
                      : EndsInScope(name) ? kScope
                                          : kSpecial;
    if (!target || MarkedAbove(stop, *target)) return CloseResult::kIgnored;
    const bool dropped = stack_[*target].dropped;
    PopTo(*target);
    return dropped ? CloseResult::kClosedDropped : CloseResult::kClosed;
  }

 private:
  struct Entry {
    uint32_t name;  // index into names_
    bool dropped;   // its start tag was removed, so its end tag must be too
  };
  struct Name {
    std::string text;
    unsigned marks = 0;
    std::vector<uint32_t> positions;  // where it is open on the stack, innermost last
  };

  uint32_t Intern(std::string_view name) {
    const auto [it, added] =
        ids_.try_emplace(std::string(name), static_cast<uint32_t>(names_.size()));
    if (added) names_.push_back({std::string(name), MarksOf(name), {}});
    return it->second;
  }

  std::optional<uint32_t> Top(std::string_view name) const {
    const auto it = ids_.find(name);
    if (it == ids_.end() || names_[it->second].positions.empty()) return std::nullopt;
    return names_[it->second].positions.back();
  }

  bool MarkedAbove(Mark mark, uint32_t index) const {
    return !marked_[mark].empty() && marked_[mark].back() > index;
  }

  std::optional<uint32_t> Innermost(std::initializer_list<std::string_view> names) const {
    std::optional<uint32_t> innermost;
    for (const std::string_view name : names) {
      const std::optional<uint32_t> top = Top(name);
      if (top && (!innermost || *top > *innermost)) innermost = top;
    }
    return innermost;
  }

  // Closes the innermost open element named in |names| unless |stop| hides it.
  void CloseInnermost(std::initializer_list<std::string_view> names, Mark stop) {
    const std::optional<uint32_t> target = Innermost(names);
    if (target && !MarkedAbove(stop, *target)) PopTo(*target);
  }

  // Pops elements until |size| remain.
  void PopTo(uint32_t size) {
    while (stack_.size() > size) {
      Name& name = names_[stack_.back().name];
      name.positions.pop_back();
      for (int mark = 0; mark < kMarkCount; ++mark) {
        if (name.marks & (1u << mark)) marked_[mark].pop_back();
      }
      if (!stack_.back().dropped) --kept_depth_;
      stack_.pop_back();
    }
  }

  std::vector<Entry> stack_;
  std::map<std::string, uint32_t, std::less<>> ids_;
  std::vector<Name> names_;
  std::array<std::vector<uint32_t>, kMarkCount> marked_;  // indices of marked elements
  size_t kept_depth_ = 0;
};

// One past the '>' that ends the tag whose attributes start at |from|. A quote opens an attribute
// value only after '=', as in the tokenizer, and a '>' inside a quoted value does not end the tag.
size_t TagEnd(std::string_view html, size_t from) {
  bool after_equals = false;
  for (size_t i = from; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '>') return i + 1;
    if (after_equals && (c == '"' || c == '\'')) {
      const size_t close = html.find(c, i + 1);
      if (close == std::string_view::npos) return html.size();
      i = close;
      after_equals = false;
    } else if (c == '=') {
      after_equals = true;
    } else if (!IsHtmlSpace(c)) {
      after_equals = false;
    }
  }
  return html.size();
}

// One past the end of the comment that opens at |from| ("<!--"), by the tokenizer's rules:
// "<!-->" and "<!--->" are whole comments, and "--!>" ends one as "-->" does.
size_t CommentEnd(std::string_view html, size_t from) {
  const size_t body = from + 4;
  if (html.substr(body, 1) == ">") return body + 1;
  if (html.substr(body, 2) == "->") return body + 2;
  for (size_t dash = html.find("--", body); dash != std::string_view::npos;
       dash = html.find("--", dash + 1)) {
    if (html.substr(dash + 2, 1) == ">") return dash + 3;
    if (html.substr(dash + 2, 2) == "!>") return dash + 4;
  }
  return html.size();
}

// Where the raw text of a <|name|> element ends: at "</name" followed by a delimiter.
size_t RawTextEnd(std::string_view html, size_t from, std::string_view name) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    const size_t after = i + 2 + name.size();
    if (after > html.size() || !EqualsNoCase(html.substr(i + 2, name.size()), name)) continue;
    if (after == html.size() || IsHtmlSpace(html[after]) || html[after] == '/' ||
        html[after] == '>') {
      return i;
    }
  }
  return html.size();
}

// Copies |html| to |out| without the tags that would open an element deeper than kMaxDepth (and
// without their end tags); their text is kept. Returns false, leaving |out| alone, when nothing
// is that deep, which is every ordinary page: they pay for one scan and no copy.
bool FlattenDeepNesting(std::string_view html, std::string* out) {
  OpenElements open;
  size_t copied = 0;  // html[0, copied) has been dealt with
  bool flattened = false;
  auto drop = [&](size_t begin, size_t end) {
    out->append(html.substr(copied, begin - copied));
    copied = end;
    flattened = true;
  };
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    const size_t begin = i;
    if (html.substr(i, 4) == "<!--") {
      i = CommentEnd(html, i);
      continue;
    }
    const bool end_tag = html.substr(i, 2) == "</";
    const size_t name_begin = i + (end_tag ? 2 : 1);
    if (name_begin >= html.size() || !IsAsciiAlpha(html[name_begin])) {
      // "<!DOCTYPE ...>", "<?xml ...>" and "</ ...>" run to the next '>'; any other '<' is text.
      const char next = i + 1 < html.size() ? html[i + 1] : '\0';
      const bool markup = end_tag || next == '!' || next == '?';
      const size_t close = markup ? html.find('>', i) : std::string_view::npos;
      i = markup ? (close == std::string_view::npos ? html.size() : close + 1) : i + 1;
      continue;
    }
    size_t name_end = name_begin;
    while (name_end < html.size() && !IsHtmlSpace(html[name_end]) && html[name_end] != '/' &&
           html[name_end] != '>') {
      ++name_end;
    }
    const std::string name = LowerAscii(html.substr(name_begin, name_end - name_begin));
    const size_t end = TagEnd(html, name_end);
    i = end;
    if (end_tag) {
      if (open.Close(name) == OpenElements::CloseResult::kClosedDropped) drop(begin, end);
      continue;
    }
    // "<svg/>" closes itself anywhere, "<path/>" inside SVG or MathML; in HTML the slash is
    // ignored ("<div/>" opens a <div>).
    const bool self_closing = end >= begin + 2 && html[end - 1] == '>' && html[end - 2] == '/';
    if (self_closing && (name == "svg" || name == "math")) continue;
    OpenElements::Content content = open.CurrentContent();
    if (content == OpenElements::Content::kForeign && BreaksOutOfForeignContent(name)) {
      content = open.LeaveForeignContent();
    }
    if (content == OpenElements::Content::kForeign && self_closing) continue;
    if (content == OpenElements::Content::kHtml) {
      open.CloseImpliedBy(name);
      if (IsRawText(name)) {
        i = RawTextEnd(html, end, name);
        continue;
      }
      if (IsUncounted(name)) continue;
    }
    const bool too_deep =
        open.kept_depth() >= (IsProseOrLink(name) ? kMaxDepth + kProseHeadroom : kMaxDepth);
    if (too_deep) drop(begin, end);
    open.Push(name, too_deep);
  }
  if (flattened) out->append(html.substr(copied));
  return flattened;
}

// ---------------------------------------------------------------------------------------------
// The gumbo tree.

const GumboOptions& ParseOptions() {
  static const GumboOptions options = [] {
    GumboOptions o = kGumboDefaultOptions;
    // Each recorded error holds a copy of the open-element stack; nobody reads them here.
    o.max_errors = 0;
    return o;
  }();
  return options;
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&ParseOptions(), output); }
};
using ParsedHtml = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

bool IsText(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

// The element's tag when it is an HTML element; SVG and MathML reuse some names (<title>, <a>).
GumboTag HtmlTag(const GumboNode* node) {
  if (!IsElement(node) || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
    return GUMBO_TAG_UNKNOWN;
  }
  return node->v.element.tag;
}

std::string_view Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr == nullptr ? std::string_view() : std::string_view(attr->value);
}

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (IsElement(node)) return &node->v.element.children;
  return nullptr;
}

// Calls visitor.Enter(node) for each node under |root| (itself included) in document order; when
// Enter returns true for an element, its children follow and then visitor.Leave(element).
template <typename Visitor>
void Walk(const GumboNode* root, Visitor& visitor) {
  struct Step {
    const GumboNode* node;
    bool leaving;
  };
  std::vector<Step> stack = {{root, false}};
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    if (step.leaving) {
      visitor.Leave(step.node);
      continue;
    }
    const GumboVector* children = Children(step.node);
    if (!visitor.Enter(step.node) || children == nullptr) continue;
    stack.push_back({step.node, true});
    for (unsigned i = children->length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children->data[i]), false});
    }
  }
}

bool IsTagOneOf(GumboTag tag, std::initializer_list<GumboTag> tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

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

// The text children of |node|, white space collapsed: all that <title> holds, since the
// tokenizer reads its content as text.
std::string ChildText(const GumboNode* node) {
  std::string text;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (IsText(child)) text += child->v.text.text;
  }
  return CollapseWhitespace(text);
}

bool IsProseBlock(GumboTag tag) {
  return IsTagOneOf(tag, {GUMBO_TAG_P, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
                          GUMBO_TAG_H6, GUMBO_TAG_LI, GUMBO_TAG_BLOCKQUOTE});
}

// ---------------------------------------------------------------------------------------------
// What the page says about itself, and where its article may be.

using MetaMap = std::map<std::string, std::vector<std::string>, std::less<>>;

struct PageFacts {
  std::string lang;
  std::string title;
  std::string canonical;
  std::string base;
  MetaMap meta;  // lower-cased property or name -> non-empty contents, in page order
  std::vector<const GumboNode*> articles;  // outermost <article>s outside boilerplate
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
};

class FactCollector {
 public:
  explicit FactCollector(PageFacts* facts) : facts_(facts) {}

  bool Enter(const GumboNode* node) {
    if (!IsElement(node)) return node->type == GUMBO_NODE_DOCUMENT;
    const GumboTag tag = HtmlTag(node);
    switch (tag) {
      case GUMBO_TAG_HTML:
        if (facts_->lang.empty()) facts_->lang = Attr(node, "lang");
        break;
      case GUMBO_TAG_TITLE:
        if (!seen_title_) facts_->title = ChildText(node);
        seen_title_ = true;
        break;
      case GUMBO_TAG_META: AddMeta(node); break;
      case GUMBO_TAG_LINK:
        if (facts_->canonical.empty() && HasToken(Attr(node, "rel"), "canonical")) {
          facts_->canonical = CollapseWhitespace(Attr(node, "href"));
        }
        break;
      case GUMBO_TAG_BASE:
        if (facts_->base.empty()) facts_->base = CollapseWhitespace(Attr(node, "href"));
        break;
      case GUMBO_TAG_BODY:
        if (facts_->body == nullptr) facts_->body = node;
        break;
      case GUMBO_TAG_MAIN:
        if (facts_->main == nullptr && boilerplate_depth_ == 0) facts_->main = node;
        break;
      case GUMBO_TAG_ARTICLE:
        if (boilerplate_depth_ == 0 && article_depth_ == 0) facts_->articles.push_back(node);
        break;
      default: break;
    }
    // Counted rather than skipped: <meta> and <link> may sit anywhere.
    if (tag == GUMBO_TAG_ARTICLE) ++article_depth_;
    if (IsBoilerplate(node)) ++boilerplate_depth_;
    return true;
  }

  void Leave(const GumboNode* node) {
    if (HtmlTag(node) == GUMBO_TAG_ARTICLE) --article_depth_;
    if (IsBoilerplate(node)) --boilerplate_depth_;
  }

 private:
  static bool HasToken(std::string_view list, std::string_view token) {
    size_t start = 0;
    while (start < list.size()) {
      size_t end = start;
      while (end < list.size() && !IsHtmlSpace(list[end])) ++end;
      if (EqualsNoCase(list.substr(start, end - start), token)) return true;
      start = end + 1;
    }
    return false;
  }

  void AddMeta(const GumboNode* node) {
    // OpenGraph says property=, but many pages write name="og:title"; both mean the same.
    std::string_view key = Attr(node, "property");
    if (key.empty()) key = Attr(node, "name");
    std::string content = CollapseWhitespace(Attr(node, "content"));
    if (!key.empty() && !content.empty()) {
      facts_->meta[LowerAscii(CollapseWhitespace(key))].push_back(std::move(content));
    }
  }

  PageFacts* facts_;
  bool seen_title_ = false;
  int boilerplate_depth_ = 0;
  int article_depth_ = 0;
};

std::string_view FirstMeta(const MetaMap& meta, std::string_view key) {
  const auto it = meta.find(key);
  return it == meta.end() ? std::string_view() : std::string_view(it->second.front());
}

const std::vector<std::string>& AllMeta(const MetaMap& meta, std::string_view key) {
  static const std::vector<std::string> kNone;
  const auto it = meta.find(key);
  return it == meta.end() ? kNone : it->second;
}

// "Headline | Site" -> "Headline" when "Site" is the page's og:site_name.
std::string StripSiteName(std::string title, std::string_view site_name) {
  if (site_name.empty() || !EndsWithNoCase(title, site_name)) return title;
  const std::string_view head = std::string_view(title).substr(0, title.size() - site_name.size());
  for (const std::string_view separator :
       {" | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " :: "}) {
    if (head.size() > separator.size() && head.ends_with(separator)) {
      return CollapseWhitespace(head.substr(0, head.size() - separator.size()));
    }
  }
  return title;
}

bool LooksLikeUrl(std::string_view s) {
  return s.find("://") != std::string_view::npos || s.starts_with("/") ||
         StartsWithNoCase(s, "www.");
}

// "By Maria Lind and Tomas Berg", "Lind, Berg & Ames" -> one string per name.
std::vector<std::string> SplitNames(std::string_view byline) {
  std::string list = CollapseWhitespace(byline);
  if (StartsWithNoCase(list, "by ")) list.erase(0, 3);
  std::string lower = LowerAscii(list);  // same offsets as |list|
  for (const std::string_view separator : {" and ", " & ", ";"}) {
    for (size_t at = lower.find(separator); at != std::string::npos;
         at = lower.find(separator, at)) {
      list.replace(at, separator.size(), ",");
      lower.replace(at, separator.size(), ",");
    }
  }
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= list.size()) {
    const size_t comma = std::min(list.find(',', start), list.size());
    std::string name = CollapseWhitespace(std::string_view(list).substr(start, comma - start));
    if (!name.empty()) names.push_back(std::move(name));
    start = comma + 1;
  }
  return names;
}

std::vector<std::string> Authors(const MetaMap& meta) {
  std::vector<std::string> authors;
  for (const std::string_view key : {"author", "article:author"}) {
    for (const std::string& value : AllMeta(meta, key)) {
      // article:author is often the author's profile page, which is no name.
      if (LooksLikeUrl(value)) continue;
      for (std::string& name : SplitNames(value)) {
        if (std::find(authors.begin(), authors.end(), name) == authors.end()) {
          authors.push_back(std::move(name));
        }
      }
    }
  }
  return authors;
}

// The date as the page wrote it when it is ISO 8601, else as ParseDateLine reads it ("May 14,
// 2024" -> "2024-05-14"), else "" so a later source is tried.
std::string PageDate(std::string_view value) {
  const std::string trimmed = CollapseWhitespace(value);
  if (trimmed.size() >= 10 && IsIsoDate(std::string_view(trimmed).substr(0, 10))) return trimmed;
  return ParseDateLine(trimmed);
}

// "en-GB" -> "en"; "" for anything that is not a language subtag.
std::string PrimaryLanguage(std::string_view lang) {
  const std::string trimmed = CollapseWhitespace(lang);
  const std::string_view primary = std::string_view(trimmed).substr(0, trimmed.find_first_of("-_"));
  if (primary.size() < 2 || primary.size() > 8 ||
      !std::all_of(primary.begin(), primary.end(), IsAsciiAlpha)) {
    return "";
  }
  return LowerAscii(primary);
}

// ---------------------------------------------------------------------------------------------
// Prose blocks and their links.

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

struct RootExtras {
  std::string time;  // the first <time datetime>
  std::vector<Image> figures;
};

// Unlike the prose walk this one enters <header> and <figure>: an article's header holds its
// lead photo and its date.
RootExtras ReadRootExtras(const GumboNode* root) {
  struct Collector {
    RootExtras extras;
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

void SetImages(const MetaMap& meta, std::vector<Image> figures, const std::string& base,
               Article& article) {
  if (const std::string_view og = FirstMeta(meta, "og:image"); !og.empty()) {
    article.images.push_back(
        {ResolveUrl(base, og), std::string(FirstMeta(meta, "og:image:alt")), ""});
  }
  for (Image& figure : figures) {
    figure.url = ResolveUrl(base, figure.url);
    const auto same = std::find_if(article.images.begin(), article.images.end(),
                                   [&](const Image& i) { return i.url == figure.url; });
    if (same == article.images.end()) {
      article.images.push_back(std::move(figure));
      continue;
    }
    // The lead photo is usually also the first figure, whose caption is the real one.
    if (!figure.caption.empty()) same->caption = std::move(figure.caption);
    if (!figure.credit.empty()) same->credit = std::move(figure.credit);
  }
}

// Sets url and canonical_url, and returns the base that relative links resolve against.
std::string SetUrls(const PageFacts& page, const ReadOptions& options, Article& article) {
  const std::string_view og_url_as_written = FirstMeta(page.meta, "og:url");
  const std::string og_url =
      og_url_as_written.empty() ? "" : ResolveUrl(options.url, og_url_as_written);
  const std::string canonical =
      page.canonical.empty()
          ? ""
          : ResolveUrl(!options.url.empty() ? options.url : og_url, page.canonical);
  article.url = !options.url.empty() ? options.url : !og_url.empty() ? og_url : canonical;
  article.canonical_url = !canonical.empty() ? canonical : og_url;
  const std::string document_url = !options.url.empty() ? options.url : article.canonical_url;
  return page.base.empty() ? document_url : ResolveUrl(document_url, page.base);
}

}  // namespace

Result<Article> ReadHtml(std::string_view utf8, const ReadOptions& options) {
  std::string flattened;
  const bool deep = FlattenDeepNesting(utf8, &flattened);
  const std::string_view html = deep ? std::string_view(flattened) : utf8;
  const ParsedHtml parsed(gumbo_parse_with_options(&ParseOptions(), html.data(), html.size()));
  if (parsed == nullptr) {
    return Status(ErrorCode::kParseError, "the HTML parser could not build a tree for this page");
  }
  PageFacts page;
  FactCollector fact_collector(&page);
  Walk(parsed->document, fact_collector);
  const MetaMap& meta = page.meta;

  Article article;
  const std::string base = SetUrls(page, options, article);

  article.outlet = FirstMeta(meta, "og:site_name");
  const std::string_view og_title = FirstMeta(meta, "og:title");
  article.title =
      StripSiteName(!og_title.empty() ? std::string(og_title) : page.title, article.outlet);
  article.authors = Authors(meta);
  article.language = PrimaryLanguage(page.lang);

  // The article with the most prose, else <main>, else <body>.
  std::vector<Block> blocks;
  const GumboNode* root = nullptr;
  for (const GumboNode* candidate : page.articles) {
    std::vector<Block> candidate_blocks = CollectBlocks(candidate);
    if (root == nullptr || ProseSize(candidate_blocks) > ProseSize(blocks)) {
      blocks = std::move(candidate_blocks);
      root = candidate;
    }
  }
  for (const GumboNode* fallback : {page.main, page.body}) {
    if (!blocks.empty() || fallback == nullptr) continue;
    blocks = CollectBlocks(fallback);
    if (root == nullptr || !blocks.empty()) root = fallback;
  }
  SetBodyAndLinks(blocks, base, article);

  RootExtras extras;
  if (root != nullptr) extras = ReadRootExtras(root);
  SetImages(meta, std::move(extras.figures), base, article);

  // A <time> in <body> at large is as likely today's date in the site header as the article's.
  const bool time_is_the_articles =
      root != nullptr && (HtmlTag(root) == GUMBO_TAG_ARTICLE || HtmlTag(root) == GUMBO_TAG_MAIN);
  for (const std::string_view candidate :
       {FirstMeta(meta, "article:published_time"),
        time_is_the_articles ? std::string_view(extras.time) : std::string_view(),
        FirstMeta(meta, "date"), FirstMeta(meta, "pubdate")}) {
    if (article.published.empty()) article.published = PageDate(candidate);
  }
  if (!options.date.empty()) article.published = options.date;

  if (deep) {
    article.warnings.push_back("markup nested deeper than " + std::to_string(kMaxDepth) +
                               " elements was flattened");
  }
  if (article.text.empty()) article.warnings.emplace_back("no article text found");
  return article;
}

}  // namespace sitrep
