// See html_prepass.h. Tested by html_prepass_test.cc and, for the tree it leaves, by
// fuzz/fuzz_html_prepass.cc.
#include "read/html_prepass.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "read/html_tokenizer.h"
#include "read/strings.h"

namespace sitrep {
namespace {

// Prose blocks and links may open this much deeper, so that text at the bottom of a flattened
// pile of containers is still read as a paragraph.
constexpr size_t kProseHeadroom = 32;

// The depth guard: the prepass's model of the tree builder's stack of open elements (see
// html_prepass.h for why). It follows the HTML5 rules that close
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

// Elements whose content the tokenizer reads as text up to their end tag (<plaintext>: to the end
// of the page).
bool IsRawText(std::string_view name) {
  return IsOneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                        "noframes", "plaintext"});
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

// What the scan needs to know of a tag name, worked out once per name and page.
enum Trait : unsigned {
  kUncounted = 1u << 0,
  kRawText = 1u << 1,
  kProseOrLink = 1u << 2,
  kClosesParagraph = 1u << 3,
  kHeading = 1u << 4,
  kBreaksOut = 1u << 5,
  kEndsInScope = 1u << 6,
  kForeignRoot = 1u << 7,  // <svg>, <math>
};

unsigned TraitsOf(std::string_view name) {
  return (IsUncounted(name) ? kUncounted : 0u) | (IsRawText(name) ? kRawText : 0u) |
         (IsProseOrLink(name) ? kProseOrLink : 0u) |
         (ClosesParagraph(name) ? kClosesParagraph : 0u) | (IsHeading(name) ? kHeading : 0u) |
         (BreaksOutOfForeignContent(name) ? kBreaksOut : 0u) |
         (EndsInScope(name) ? kEndsInScope : 0u) |
         (name == "svg" || name == "math" ? kForeignRoot : 0u);
}

// The parser's stack of open elements, by tag name. Names are interned so that a deep stack
// costs a few bytes per element; every element is pushed and popped once and each check is a
// hash lookup, so the scan stays linear in the input.
class OpenElements {
 public:
  // The id of a start tag's name, and what the scan needs to know of it.
  uint32_t Intern(std::string_view name) {
    const auto [it, added] =
        ids_.try_emplace(std::string(name), static_cast<uint32_t>(names_.size()));
    if (added) names_.push_back({std::string(name), MarksOf(name), TraitsOf(name), {}});
    return it->second;
  }
  unsigned traits(uint32_t id) const { return names_[id].traits; }

  // How deep the tree that gumbo builds is: the open elements whose start tag was kept.
  size_t kept_depth() const { return kept_depth_; }

  // Whether the next start tag is parsed as HTML or as SVG/MathML. kUnsure when the innermost
  // candidate is a <font> or <annotation-xml>, whose attributes decide: the scan does not read
  // attributes, so it then follows neither the HTML nor the foreign rules that would close
  // something, and counts every tag.
  enum class Content { kHtml, kForeign, kUnsure };
  Content CurrentContent() const {
    if (foreign_open_ == 0) return Content::kHtml;
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
  void CloseImpliedBy(uint32_t id) {
    const std::string_view start_tag = names_[id].text;
    const unsigned traits = names_[id].traits;
    if (start_tag == "li") CloseInnermost({"li"}, kListItemStop);
    if (start_tag == "dd" || start_tag == "dt") CloseInnermost({"dd", "dt"}, kListItemStop);
    if (traits & kClosesParagraph) CloseInnermost({"p"}, kButtonScope);
    // A link inside a link ends the first (the adoption agency, in the simple case it has).
    if (start_tag == "a") CloseInnermost({"a"}, kSpecial);
    // These close the current node only, when it is of their kind.
    if (stack_.empty()) return;
    const Name& current = names_[stack_.back().name];
    if (((traits & kHeading) && (current.traits & kHeading)) ||
        ((start_tag == "option" || start_tag == "optgroup") && current.text == "option")) {
      PopTo(static_cast<uint32_t>(stack_.size() - 1));
    }
  }

  void Push(uint32_t id, bool dropped) {
    const auto index = static_cast<uint32_t>(stack_.size());
    names_[id].positions.push_back(index);
    for (int mark = 0; mark < kMarkCount; ++mark) {
      if (names_[id].marks & (1u << mark)) marked_[mark].push_back(index);
    }
    stack_.push_back({id, dropped});
    if (!dropped) ++kept_depth_;
    if (names_[id].traits & kForeignRoot) ++foreign_open_;
  }

  enum class CloseResult { kIgnored, kClosed, kClosedDropped };

  // An end tag: closes the innermost open element of that name and everything above it, unless
  // none is open or the parser's search for it would stop first.
  CloseResult Close(std::string_view name) {
    const std::optional<uint32_t> target = Top(name);
    if (!target) return CloseResult::kIgnored;
    const Mark stop = name == "p"                                          ? kButtonScope
                      : name == "li"                                       ? kListItemScope
                      : names_[stack_[*target].name].traits & kEndsInScope ? kScope
                                                                           : kSpecial;
    if (MarkedAbove(stop, *target)) return CloseResult::kIgnored;
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
    unsigned traits = 0;
    std::vector<uint32_t> positions;  // where it is open on the stack, innermost last
  };

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
      if (name.traits & kForeignRoot) --foreign_open_;
      stack_.pop_back();
    }
  }

  std::vector<Entry> stack_;
  std::unordered_map<std::string, uint32_t, TransparentHash, std::equal_to<>> ids_;
  std::vector<Name> names_;
  std::array<std::vector<uint32_t>, kMarkCount> marked_;  // indices of marked elements
  size_t kept_depth_ = 0;
  size_t foreign_open_ = 0;  // open <svg>s and <math>s
};

bool StartsWith(std::string_view html, size_t at, std::string_view s) {
  return html.substr(at, s.size()) == s;
}

// A start or end tag as the tokenizer reads it, from the '<' up to and including its '>'.
struct Tag {
  size_t end = 0;       // one past the '>', or the page's size
  bool closed = false;  // false: the page ended inside the tag, which the tokenizer drops
  bool self_closing = false;
  bool has_type = false;  // the first type= attribute and its value as written
  std::string_view type;
  std::vector<std::pair<size_t, size_t>> cuts;  // attributes no reader uses, [begin, end)
  std::vector<std::string_view> names;          // of all its attributes, as written
};

// Attributes that only style or script a page.
bool IsCutAttribute(std::string_view name) {
  return EqualsNoCase(name, "style") || (name.size() > 2 && StartsWithNoCase(name, "on"));
}

// Reads the attributes of the tag whose name ends at |from|, by the tokenizer's attribute states:
// a name runs to white space, '/', '>' or '=' (and may start with '='); a value is quoted or runs
// to white space or '>'; a '/' right before '>' makes the tag self-closing.
void ReadAttributes(std::string_view html, size_t from, Tag* tag) {
  tag->closed = false;
  tag->self_closing = false;
  tag->has_type = false;
  tag->type = {};
  tag->cuts.clear();
  tag->names.clear();
  // gumbo 0.10.1 can misname the attribute after a repeated one, so a tag that repeats a name is
  // left as written.
  const auto finish = [&](size_t end, bool self_closing) {
    tag->closed = true;
    tag->self_closing = self_closing;
    tag->end = end;
    for (size_t a = 1; a < tag->names.size() && !tag->cuts.empty(); ++a) {
      for (size_t b = 0; b < a; ++b) {
        if (EqualsNoCase(tag->names[a], tag->names[b])) tag->cuts.clear();
      }
    }
  };
  size_t i = from;
  const size_t n = html.size();
  while (i < n) {
    const char c = html[i];
    if (IsHtmlSpace(c)) {
      ++i;
      continue;
    }
    if (c == '>') {
      finish(i + 1, false);
      return;
    }
    if (c == '/') {
      if (i + 1 < n && html[i + 1] == '>') {
        finish(i + 2, true);
        return;
      }
      ++i;
      continue;
    }
    const size_t name_begin = i;
    ++i;  // the first character belongs to the name, even '='
    while (i < n && !IsHtmlSpace(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') {
      ++i;
    }
    const std::string_view name = html.substr(name_begin, i - name_begin);
    tag->names.push_back(name);
    size_t after_name = i;
    while (after_name < n && IsHtmlSpace(html[after_name])) ++after_name;
    std::string_view value;
    if (after_name < n && html[after_name] == '=') {
      i = after_name + 1;
      while (i < n && IsHtmlSpace(html[i])) ++i;
      if (i < n && (html[i] == '"' || html[i] == '\'')) {
        const size_t close = html.find(html[i], i + 1);
        if (close == std::string_view::npos) break;
        value = html.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        const size_t value_begin = i;
        while (i < n && !IsHtmlSpace(html[i]) && html[i] != '>') ++i;
        value = html.substr(value_begin, i - value_begin);
      }
    }
    if (!tag->has_type && EqualsNoCase(name, "type")) {
      tag->has_type = true;
      tag->type = value;
    }
    size_t next = i;
    while (next < n && IsHtmlSpace(html[next])) ++next;
    // An attribute followed by one named "=..." stays: cut, the "=" would give the attribute
    // before it a value.
    if (IsCutAttribute(name) && (next == n || html[next] != '=')) {
      // The white space before the attribute goes with it, unless a '/' precedes that: "<p /a>"
      // cut to "<p />" would become self-closing.
      size_t cut = name_begin;
      while (cut > from && IsHtmlSpace(html[cut - 1])) --cut;
      // What follows a quoted value needs no white space before it ("a='1'b"), but would join
      // what precedes the cut ("<p style='x'b>" is not "<pb>", "<p a=1 style='x'/>" not
      // "<p a=1/>"), so one white space stays.
      if (cut < name_begin && i < n && !IsHtmlSpace(html[i]) && html[i] != '>') ++cut;
      if (html[cut - 1] != '/') tag->cuts.emplace_back(cut, i);
    }
  }
  tag->end = n;
}

// Whether a script's type= makes it JSON-LD, which the metadata reader reads. A value with a
// character reference is kept too: only the parser decodes it.
bool KeepsScriptText(const Tag& tag) {
  return tag.has_type &&
         (ContainsNoCase(tag.type, "ld+json") || tag.type.find('&') != std::string_view::npos);
}

// Start tags inside an <svg> drawing that lead out of SVG content, or may (<font>, by its
// attributes).
bool LeavesDrawing(std::string_view name) {
  return name != "svg" &&
         (BreaksOutOfForeignContent(name) || IsForeignBoundary(name) || name == "font");
}

class Prepass {
 public:
  Prepass(std::string_view html, std::string* out) : html_(html), out_(out) {
    out_->clear();
    out_->reserve(html.size());
  }

  PrepassResult Run();

 private:
  // Copies the input up to |to|, from where the last copy or cut ended.
  void CopyTo(size_t to) {
    out_->append(html_.substr(copied_, to - copied_));
    copied_ = to;
  }
  // Copies the tag that starts at |begin| without its cut attributes.
  void CopyTag(size_t begin) {
    CopyTo(begin);
    for (const auto& [from, to] : tag_.cuts) {
      CopyTo(from);
      copied_ = to;
    }
    CopyTo(tag_.end);
  }
  void Drop(size_t begin, size_t end) {
    CopyTo(begin);
    copied_ = end;
  }

  // A comment joined its neighbours into one text run; only where both are markup or white space
  // is that the same text as before ("&am<!---->p;" is not "&amp;").
  void CutComment(size_t begin, size_t end) {
    CopyTo(begin);
    const char before = out_->empty() ? '>' : out_->back();
    if (before != '>' && !IsHtmlSpace(before)) out_->append("<!---->");
    copied_ = end;
  }

  size_t DrawingEnd(size_t from);

  std::string_view html_;
  std::string* out_;
  size_t copied_ = 0;  // html_[0, copied_) has been dealt with
  // Bytes the scan may still read ahead for drawings it then cannot cut, which bounds the work
  // on a page of many unclosed <svg>s.
  size_t lookahead_budget_ = 0;
  Tag tag_;
  std::string name_;
  std::vector<std::string> drawing_;
};

// Where the end tag of the <svg> drawing whose content starts at |from| begins, when the drawing
// holds only SVG elements, text and comments, each closed in order; npos when it holds anything
// else (HTML, CDATA, a stray end tag), which the scan leaves to the parser.
size_t Prepass::DrawingEnd(size_t from) {
  drawing_.assign(1, "svg");
  Tag tag;
  size_t i = from;
  while ((i = html_.find('<', i)) != std::string_view::npos) {
    if (i - from > lookahead_budget_) break;
    if (StartsWith(html_, i, "<!--")) {
      i = CommentEnd(html_, i);
      continue;
    }
    const bool end_tag = StartsWith(html_, i, "</");
    const size_t name_begin = i + (end_tag ? 2 : 1);
    if (name_begin >= html_.size() || !IsAsciiAlpha(html_[name_begin])) {
      if (end_tag || StartsWith(html_, i, "<!") || StartsWith(html_, i, "<?")) break;
      ++i;
      continue;
    }
    size_t name_end = name_begin;
    while (name_end < html_.size() && !IsHtmlSpace(html_[name_end]) && html_[name_end] != '/' &&
           html_[name_end] != '>') {
      ++name_end;
    }
    const std::string name = LowerAscii(html_.substr(name_begin, name_end - name_begin));
    ReadAttributes(html_, name_end, &tag);
    if (!tag.closed) break;
    if (end_tag) {
      if (name != drawing_.back()) break;
      drawing_.pop_back();
      if (drawing_.empty()) {
        lookahead_budget_ -= i - from;
        return i;
      }
    } else if (LeavesDrawing(name)) {
      break;
    } else if (!tag.self_closing) {
      drawing_.push_back(name);
    }
    i = tag.end;
  }
  const size_t read = (i == std::string_view::npos ? html_.size() : i) - from;
  lookahead_budget_ -= std::min(read, lookahead_budget_);
  return std::string_view::npos;
}

PrepassResult Prepass::Run() {
  PrepassResult result;
  OpenElements open;
  lookahead_budget_ = html_.size() + (1u << 16);
  // Cutting is exact only while the scan knows whether the tokenizer is in HTML or in SVG/MathML
  // content: from the first <svg> that is not a whole drawing, or <math>, on, it only guards
  // depth. Real pages' inline SVG are whole drawings (icons, logos), which are cut.
  bool exact = true;
  size_t i = 0;
  while ((i = html_.find('<', i)) != std::string_view::npos) {
    const size_t begin = i;
    if (StartsWith(html_, i, "<!--")) {
      i = CommentEnd(html_, i);
      if (exact) CutComment(begin, i);
      continue;
    }
    const bool end_tag = StartsWith(html_, i, "</");
    const size_t name_begin = i + (end_tag ? 2 : 1);
    if (name_begin >= html_.size() || !IsAsciiAlpha(html_[name_begin])) {
      // "<!DOCTYPE ...>", "<?xml ...>" and "</ ...>" run to the next '>'; any other '<' is text.
      const char next = i + 1 < html_.size() ? html_[i + 1] : '\0';
      const bool markup = end_tag || next == '!' || next == '?';
      const size_t close = markup ? html_.find('>', i) : std::string_view::npos;
      i = markup ? (close == std::string_view::npos ? html_.size() : close + 1) : i + 1;
      continue;
    }
    size_t name_end = name_begin;
    while (name_end < html_.size() && !IsHtmlSpace(html_[name_end]) && html_[name_end] != '/' &&
           html_[name_end] != '>') {
      ++name_end;
    }
    name_.assign(html_.substr(name_begin, name_end - name_begin));
    for (char& c : name_) c = ToLowerAscii(c);
    const std::string_view name = name_;
    ReadAttributes(html_, name_end, &tag_);
    const size_t end = tag_.end;
    // gumbo 0.10.1 reads a tag with a NUL in it in ways of its own: such a tag stays as written.
    if (html_.substr(begin, end - begin).find('\0') != std::string_view::npos) tag_.cuts.clear();
    i = end;
    if (!tag_.closed) break;  // the tokenizer drops a tag the page ends in
    if (end_tag) {
      if (open.Close(name) == OpenElements::CloseResult::kClosedDropped) {
        Drop(begin, end);
        result.flattened = true;
      }
      continue;
    }
    // "<svg/>" closes itself anywhere, "<path/>" inside SVG or MathML; in HTML the slash is
    // ignored ("<div/>" opens a <div>).
    if (tag_.self_closing && (name == "svg" || name == "math")) {
      if (exact) CopyTag(begin);
      continue;
    }
    OpenElements::Content content = open.CurrentContent();
    const uint32_t id = open.Intern(name);
    const unsigned traits = open.traits(id);
    if (content == OpenElements::Content::kForeign && (traits & kBreaksOut)) {
      content = open.LeaveForeignContent();
    }
    if (content == OpenElements::Content::kForeign && tag_.self_closing) {
      if (exact) CopyTag(begin);
      continue;
    }
    if (content == OpenElements::Content::kHtml) {
      open.CloseImpliedBy(id);
      if (traits & kRawText) {
        if (!exact) {
          i = RawTextEnd(html_, end, name);
          continue;
        }
        CopyTag(begin);
        if (name == "script") {
          i = ScriptEnd(html_, end);
          if (!KeepsScriptText(tag_)) copied_ = i;
        } else {
          i = RawTextEnd(html_, end, name);
          if (name == "style") copied_ = i;
        }
        continue;
      }
      if (traits & kUncounted) {
        if (exact) CopyTag(begin);
        continue;
      }
    }
    const bool too_deep =
        open.kept_depth() >=
        ((traits & kProseOrLink) ? kMaxHtmlDepth + kProseHeadroom : kMaxHtmlDepth);
    if (too_deep) {
      Drop(begin, end);
      result.flattened = true;
    } else if (exact) {
      CopyTag(begin);
      if (name == "svg" && content == OpenElements::Content::kHtml) {
        if (const size_t drawing_end = DrawingEnd(end); drawing_end != std::string_view::npos) {
          // Its end tag follows at once and is copied as written, so it is never open.
          copied_ = drawing_end;
          ReadAttributes(html_, drawing_end + 5, &tag_);
          i = tag_.end;
          continue;
        }
      }
    }
    // gumbo's rules for leaving SVG and MathML are many and not always the spec's, so once an
    // <svg> that is not a whole drawing, or a <math>, is open, the rest of the page is left as
    // written.
    if (traits & kForeignRoot) exact = false;
    open.Push(id, too_deep);
  }
  CopyTo(html_.size());
  return result;
}

}  // namespace

PrepassResult PrepassHtml(std::string_view html, std::string* out) {
  return Prepass(html, out).Run();
}

}  // namespace sitrep
