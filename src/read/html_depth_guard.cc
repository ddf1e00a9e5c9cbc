// See html_depth_guard.h. Tested by html_depth_guard_test.cc.
#include "read/html_depth_guard.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "read/strings.h"

namespace sitrep {
namespace {

// Prose blocks and links may open this much deeper, so that text at the bottom of a flattened
// pile of containers is still read as a paragraph.
constexpr size_t kProseHeadroom = 32;

// The depth guard: a linear scan over the markup that stands in for the tree builder's stack of
// open elements (see html_depth_guard.h for why). It follows the HTML5 rules that close
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

}  // namespace

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
        open.kept_depth() >= (IsProseOrLink(name) ? kMaxHtmlDepth + kProseHeadroom : kMaxHtmlDepth);
    if (too_deep) drop(begin, end);
    open.Push(name, too_deep);
  }
  if (flattened) out->append(html.substr(copied));
  return flattened;
}

}  // namespace sitrep
