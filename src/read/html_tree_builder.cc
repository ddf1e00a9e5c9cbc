// See html_tree_builder.h. Tested by html_tree_builder_test.cc, against gumbo by
// fuzz/fuzz_html_tree.cc and tests/html_parsers_test.cc.
#include "read/html_tree_builder.h"

#include <array>
#include <utility>
#include <vector>

#include "read/html_tokenizer.h"
#include "read/strings.h"

namespace sitrep {
namespace {

using Type = HtmlToken::Type;

bool IsHeading(Tag tag) { return tag >= Tag::kH1 && tag <= Tag::kH6; }

// The HTML5 "special" elements: an end tag of another kind does not close past them.
bool IsSpecial(Tag tag) {
  switch (tag) {
    case Tag::kAddress:
    case Tag::kApplet:
    case Tag::kArea:
    case Tag::kArticle:
    case Tag::kAside:
    case Tag::kBase:
    case Tag::kBasefont:
    case Tag::kBgsound:
    case Tag::kBlockquote:
    case Tag::kBody:
    case Tag::kBr:
    case Tag::kButton:
    case Tag::kCaption:
    case Tag::kCenter:
    case Tag::kCol:
    case Tag::kColgroup:
    case Tag::kDd:
    case Tag::kDetails:
    case Tag::kDir:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kDt:
    case Tag::kEmbed:
    case Tag::kFieldset:
    case Tag::kFigcaption:
    case Tag::kFigure:
    case Tag::kFooter:
    case Tag::kForm:
    case Tag::kFrame:
    case Tag::kFrameset:
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kHead:
    case Tag::kHeader:
    case Tag::kHgroup:
    case Tag::kHr:
    case Tag::kHtml:
    case Tag::kIframe:
    case Tag::kImg:
    case Tag::kInput:
    case Tag::kKeygen:
    case Tag::kLi:
    case Tag::kLink:
    case Tag::kListing:
    case Tag::kMain:
    case Tag::kMarquee:
    case Tag::kMenu:
    case Tag::kMeta:
    case Tag::kNav:
    case Tag::kNoembed:
    case Tag::kNoframes:
    case Tag::kNoscript:
    case Tag::kObject:
    case Tag::kOl:
    case Tag::kP:
    case Tag::kParam:
    case Tag::kPlaintext:
    case Tag::kPre:
    case Tag::kScript:
    case Tag::kSearch:
    case Tag::kSection:
    case Tag::kSelect:
    case Tag::kSource:
    case Tag::kStyle:
    case Tag::kSummary:
    case Tag::kTable:
    case Tag::kTbody:
    case Tag::kTd:
    case Tag::kTemplate:
    case Tag::kTextarea:
    case Tag::kTfoot:
    case Tag::kTh:
    case Tag::kThead:
    case Tag::kTitle:
    case Tag::kTr:
    case Tag::kTrack:
    case Tag::kUl:
    case Tag::kWbr:
    case Tag::kXmp: return true;
    default: return false;
  }
}

bool IsVoid(Tag tag) {
  switch (tag) {
    case Tag::kArea:
    case Tag::kBase:
    case Tag::kBasefont:
    case Tag::kBgsound:
    case Tag::kBr:
    case Tag::kCol:
    case Tag::kEmbed:
    case Tag::kFrame:
    case Tag::kHr:
    case Tag::kImg:
    case Tag::kInput:
    case Tag::kKeygen:
    case Tag::kLink:
    case Tag::kMeta:
    case Tag::kParam:
    case Tag::kSource:
    case Tag::kTrack:
    case Tag::kWbr: return true;
    default: return false;
  }
}

// Start tags that first close an open <p>.
bool ClosesParagraph(Tag tag) {
  switch (tag) {
    case Tag::kAddress:
    case Tag::kArticle:
    case Tag::kAside:
    case Tag::kBlockquote:
    case Tag::kCenter:
    case Tag::kDetails:
    case Tag::kDialog:
    case Tag::kDir:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kFieldset:
    case Tag::kFigcaption:
    case Tag::kFigure:
    case Tag::kFooter:
    case Tag::kHeader:
    case Tag::kHgroup:
    case Tag::kMain:
    case Tag::kMenu:
    case Tag::kNav:
    case Tag::kOl:
    case Tag::kP:
    case Tag::kSearch:
    case Tag::kSection:
    case Tag::kSummary:
    case Tag::kUl: return true;
    default: return false;
  }
}

// End tags honoured when their element is in scope, after the implied end tags.
bool EndsInScope(Tag tag) {
  switch (tag) {
    case Tag::kAddress:
    case Tag::kArticle:
    case Tag::kAside:
    case Tag::kBlockquote:
    case Tag::kButton:
    case Tag::kCenter:
    case Tag::kDetails:
    case Tag::kDialog:
    case Tag::kDir:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kFieldset:
    case Tag::kFigcaption:
    case Tag::kFigure:
    case Tag::kFooter:
    case Tag::kHeader:
    case Tag::kHgroup:
    case Tag::kListing:
    case Tag::kMain:
    case Tag::kMenu:
    case Tag::kNav:
    case Tag::kOl:
    case Tag::kPre:
    case Tag::kSearch:
    case Tag::kSection:
    case Tag::kSummary:
    case Tag::kUl:
    case Tag::kApplet:
    case Tag::kMarquee:
    case Tag::kObject: return true;
    default: return false;
  }
}

bool IsFormatting(Tag tag) {
  switch (tag) {
    case Tag::kA:
    case Tag::kB:
    case Tag::kBig:
    case Tag::kCode:
    case Tag::kEm:
    case Tag::kFont:
    case Tag::kI:
    case Tag::kNobr:
    case Tag::kS:
    case Tag::kSmall:
    case Tag::kStrike:
    case Tag::kStrong:
    case Tag::kTt:
    case Tag::kU: return true;
    default: return false;
  }
}

// Elements that "generate implied end tags" closes.
bool EndsImplicitly(Tag tag) {
  switch (tag) {
    case Tag::kDd:
    case Tag::kDt:
    case Tag::kLi:
    case Tag::kOptgroup:
    case Tag::kOption:
    case Tag::kP:
    case Tag::kRb:
    case Tag::kRp:
    case Tag::kRt:
    case Tag::kRtc: return true;
    default: return false;
  }
}

// Start tags a table may hold between its cells: its parts, and what stays in place there.
bool IsTableContent(Tag tag) {
  switch (tag) {
    case Tag::kCaption:
    case Tag::kCol:
    case Tag::kColgroup:
    case Tag::kTbody:
    case Tag::kTd:
    case Tag::kTfoot:
    case Tag::kTh:
    case Tag::kThead:
    case Tag::kTr:
    case Tag::kTable:
    case Tag::kScript:
    case Tag::kStyle:
    case Tag::kInput: return true;
    default: return false;
  }
}

bool IsTableSection(Tag tag) {
  return tag == Tag::kTbody || tag == Tag::kThead || tag == Tag::kTfoot;
}

// HTML start tags that end SVG or MathML content ("<svg><p>").
bool BreaksOutOfForeign(const HtmlToken& token) {
  switch (token.tag) {
    case Tag::kB:
    case Tag::kBig:
    case Tag::kBlockquote:
    case Tag::kBody:
    case Tag::kBr:
    case Tag::kCenter:
    case Tag::kCode:
    case Tag::kDd:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kDt:
    case Tag::kEm:
    case Tag::kEmbed:
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kHead:
    case Tag::kHr:
    case Tag::kI:
    case Tag::kImg:
    case Tag::kLi:
    case Tag::kListing:
    case Tag::kMenu:
    case Tag::kMeta:
    case Tag::kNobr:
    case Tag::kOl:
    case Tag::kP:
    case Tag::kPre:
    case Tag::kRuby:
    case Tag::kS:
    case Tag::kSmall:
    case Tag::kSpan:
    case Tag::kStrong:
    case Tag::kStrike:
    case Tag::kSub:
    case Tag::kSup:
    case Tag::kTable:
    case Tag::kTt:
    case Tag::kU:
    case Tag::kUl:
    case Tag::kVar: return true;
    case Tag::kFont:
      for (uint32_t i = 0; i < token.attribute_count; ++i) {
        const std::string_view name = token.attributes[i].name;
        if (name == "color" || name == "face" || name == "size") return true;
      }
      return false;
    default: return false;
  }
}

// SVG and MathML elements whose content is HTML again (integration points); they also bound
// every scope.
bool IsIntegrationPoint(const HtmlNode* node) {
  if (!node->foreign) return false;
  // A node knows only that it is foreign: its namespace is that of the nearest <svg> or <math>
  // among it and its foreign ancestors ("mi" is MathML's text point, not SVG's).
  const HtmlNode* root = node;
  while (root->name != "svg" && root->name != "math" && root->parent != nullptr &&
         root->parent->foreign) {
    root = root->parent;
  }
  if (root->name != "math") return IsOneOf(node->name, {"foreignobject", "desc", "title"});
  return IsOneOf(node->name, {"mi", "mo", "mn", "ms", "mtext"}) ||
         (node->name == "annotation-xml" &&
          (EqualsNoCase(Attr(node, "encoding"), "text/html") ||
           EqualsNoCase(Attr(node, "encoding"), "application/xhtml+xml")));
}

bool IsWhitespace(std::string_view text) {
  for (const char c : text) {
    if (!IsHtmlSpace(c)) return false;
  }
  return true;
}

enum class Scope { kDefault, kButton, kListItem, kTable };

bool BoundsScope(const HtmlNode* node, Scope scope) {
  // Integration points bound every scope but the table scope ("<td><math><mi><tr>" ends the cell).
  if (node->foreign) return scope != Scope::kTable && IsIntegrationPoint(node);
  switch (node->tag) {
    case Tag::kHtml:
    case Tag::kTable:
    case Tag::kTemplate: return true;
    case Tag::kApplet:
    case Tag::kCaption:
    case Tag::kTd:
    case Tag::kTh:
    case Tag::kMarquee:
    case Tag::kObject: return scope != Scope::kTable;
    case Tag::kButton: return scope == Scope::kButton;
    case Tag::kOl:
    case Tag::kUl: return scope == Scope::kListItem;
    default: return false;
  }
}

enum class Mode { kInitial, kBeforeHead, kInHead, kInHeadNoscript, kAfterHead, kInBody };

class TreeBuilder {
 public:
  TreeBuilder(HtmlDocument* document, TreeBuildNotes* notes)
      : document_(document),
        arena_(&document->arena),
        notes_(notes),
        tokenizer_(document->source, &document->arena) {
    document_->root = arena_->NewNode();
    document_->root->type = NodeType::kDocument;
  }

  void Run() {
    while (true) {
      const bool foreign = !open_.empty() && open_.back()->foreign;
      tokenizer_.set_in_foreign_content(foreign, foreign && IsIntegrationPoint(open_.back()));
      HtmlToken token = tokenizer_.Next();
      if (token.type == Type::kEnd) {
        notes_->repeated_attribute = tokenizer_.repeated_attribute();
        EnsureBody();  // an empty page has its html, head and body too
        return;
      }
      if (skip_newline_) {
        skip_newline_ = false;
        if (token.type == Type::kText && !token.text.empty() && token.text[0] == '\n') {
          token.text.remove_prefix(1);
          if (token.text.empty()) continue;
        }
      }
      Process(token);
    }
  }

 private:
  HtmlNode* current() const { return open_.back(); }
  uint32_t& OpenCount(Tag tag) { return open_counts_[static_cast<size_t>(tag)]; }

  void Append(HtmlNode* parent, HtmlNode* child) {
    child->parent = parent;
    if (parent->last_child == nullptr) {
      parent->first_child = child;
    } else {
      parent->last_child->next_sibling = child;
    }
    parent->last_child = child;
  }

  HtmlNode* NewElement(const HtmlToken& token, bool foreign) {
    HtmlNode* node = arena_->NewNode();
    node->tag = foreign ? Tag::kUnknown : token.tag;
    node->foreign = foreign;
    node->name = token.name;
    if (token.attribute_count > 0) {
      auto* attributes = static_cast<HtmlAttribute*>(
          arena_->Allocate(sizeof(HtmlAttribute) * token.attribute_count));
      std::copy(token.attributes, token.attributes + token.attribute_count, attributes);
      node->attributes = attributes;
      node->attribute_count = token.attribute_count;
      IndexAttributes(node, arena_);
    }
    return node;
  }

  // Appends the element to |parent| (the current node when null) and opens it unless it is
  // void. Null, with nothing appended, when it would open deeper than the tree may go: its
  // content then goes to the element it would have been in, and its end tag finds it not open.
  HtmlNode* Insert(const HtmlToken& token, bool foreign = false, HtmlNode* parent = nullptr) {
    const bool opens = foreign ? !token.self_closing : !IsVoid(token.tag);
    if (opens && open_.size() >= DepthCap(token.tag, foreign)) {
      notes_->flattened = true;
      return nullptr;
    }
    HtmlNode* node = NewElement(token, foreign);
    Append(parent != nullptr ? parent : current(), node);
    if (opens) {
      open_.push_back(node);
      ++OpenCount(node->tag);
    }
    return node;
  }

  // Prose blocks and links may open a little deeper, so that text at the bottom of a flattened
  // pile of containers is still read as a paragraph.
  static size_t DepthCap(Tag tag, bool foreign) {
    const bool prose = !foreign && (IsHeading(tag) || tag == Tag::kP || tag == Tag::kLi ||
                                    tag == Tag::kBlockquote || tag == Tag::kA);
    return prose ? kMaxHtmlDepth + kProseHeadroom : kMaxHtmlDepth;
  }

  void InsertText(std::string_view text, HtmlNode* parent = nullptr) {
    if (text.empty()) return;
    if (parent == nullptr) parent = current();
    // The white space test last: it reads the whole text, and text is rarely in a table's parts.
    if (!parent->foreign &&
        (parent->tag == Tag::kTable || IsTableSection(parent->tag) || parent->tag == Tag::kTr) &&
        !IsWhitespace(text)) {
      notes_->simplified = true;  // the standard moves it before the table
    }
    HtmlNode* node = arena_->NewNode();
    node->type = NodeType::kText;
    node->text = text;
    Append(parent, node);
  }

  // Adds the attributes the element does not have yet (a second <html> or <body> tag).
  void MergeAttributes(HtmlNode* node, const HtmlToken& token) {
    std::vector<HtmlAttribute> merged(node->attributes, node->attributes + node->attribute_count);
    for (uint32_t i = 0; i < token.attribute_count; ++i) {
      if (!HasAttr(node, token.attributes[i].name)) merged.push_back(token.attributes[i]);
    }
    if (merged.size() == node->attribute_count) return;
    auto* attributes =
        static_cast<HtmlAttribute*>(arena_->Allocate(sizeof(HtmlAttribute) * merged.size()));
    std::copy(merged.begin(), merged.end(), attributes);
    node->attributes = attributes;
    node->attribute_count = static_cast<uint32_t>(merged.size());
    IndexAttributes(node, arena_);
  }

  void Pop() {
    const HtmlNode* popped = open_.back();
    open_.pop_back();
    --OpenCount(popped->tag);
    // A formatting element closed by another's end tag would be reopened by the standard.
    if (!popped->foreign && IsFormatting(popped->tag) && popped != closing_) {
      notes_->simplified = true;
    }
  }

  // Pops up to and including |index| on the stack.
  void PopTo(size_t index) {
    closing_ = open_[index];
    while (open_.size() > index) Pop();
    closing_ = nullptr;
  }

  // The innermost open HTML element with |tag| that |scope| lets a search reach, or -1.
  ptrdiff_t FindInScope(Tag tag, Scope scope) const {
    // Every block start tag asks for a <p> to close, every link for an <a>, and mostly none is
    // open: no need to climb.
    if (!InOpen(tag)) return -1;
    for (size_t i = open_.size(); i-- > 0;) {
      const HtmlNode* node = open_[i];
      if (!node->foreign && node->tag == tag) return static_cast<ptrdiff_t>(i);
      if (BoundsScope(node, scope)) return -1;
    }
    return -1;
  }

  void GenerateImpliedEndTags(Tag except) {
    while (!current()->foreign && EndsImplicitly(current()->tag) && current()->tag != except) {
      Pop();
    }
  }

  void CloseParagraph() {
    const ptrdiff_t p = FindInScope(Tag::kP, Scope::kButton);
    if (p < 0) return;
    GenerateImpliedEndTags(Tag::kP);
    PopTo(static_cast<size_t>(p));
  }

  // Closes the innermost element with |tag| and what is above it, when in |scope|.
  bool CloseInScope(Tag tag, Scope scope) {
    const ptrdiff_t at = FindInScope(tag, scope);
    if (at < 0) return false;
    GenerateImpliedEndTags(tag);
    PopTo(static_cast<size_t>(at));
    return true;
  }

  void EnsureHtml() {
    if (html_ != nullptr) return;
    HtmlToken token;
    token.type = Type::kStartTag;
    token.tag = Tag::kHtml;
    token.name = "html";
    html_ = Insert(token, false, document_->root);
  }

  // The head, made from |written| (the page's own <head> tag, attributes and all) or implied.
  void EnsureHead(const HtmlToken* written = nullptr) {
    EnsureHtml();
    if (head_ != nullptr) return;
    if (written != nullptr) {
      head_ = Insert(*written);
      return;
    }
    HtmlToken token;
    token.type = Type::kStartTag;
    token.tag = Tag::kHead;
    token.name = "head";
    head_ = Insert(token);
  }

  void EnsureBody() {
    if (body_ != nullptr) return;
    EnsureHead();
    // Whatever is still open of the head closes first.
    while (open_.size() > 1) Pop();
    HtmlToken token;
    token.type = Type::kStartTag;
    token.tag = Tag::kBody;
    token.name = "body";
    body_ = Insert(token);
    mode_ = Mode::kInBody;
  }

  // Text before the body: white space stays where it is (or is dropped before the head), the
  // rest opens the body.
  std::string_view TextBeforeBody(std::string_view text) {
    size_t space = 0;
    while (space < text.size() && IsHtmlSpace(text[space])) ++space;
    if (space > 0 &&
        (mode_ == Mode::kInHead || mode_ == Mode::kInHeadNoscript || mode_ == Mode::kAfterHead)) {
      InsertText(text.substr(0, space));
    }
    return text.substr(space);
  }

  void Process(const HtmlToken& token) {
    if (text_element_ != nullptr) {
      // The text of a <title>, <script> and the like, then its end tag.
      if (token.type == Type::kText) {
        InsertText(token.text);
        return;
      }
      if (current() == text_element_) Pop();
      text_element_ = nullptr;
      if (token.type == Type::kEndTag) return;
    }
    if (token.type == Type::kDoctype) {
      if (mode_ == Mode::kInitial && html_ == nullptr) quirks_ = !token.standards_doctype;
      return;
    }
    if (mode_ != Mode::kInBody) {
      if (ProcessBeforeBody(token)) return;
      EnsureBody();
    }
    if (!open_.empty() && current()->foreign && ProcessForeign(token)) return;
    ProcessInBody(token);
  }

  // The modes before the body; false when the token opens the body (and is to be read there).
  bool ProcessBeforeBody(const HtmlToken& token) {
    if (token.type == Type::kText) {
      const std::string_view rest = TextBeforeBody(token.text);
      // A NUL, dropped from the text, was no white space: it opens the body too.
      if (rest.empty() && !token.dropped_nul) return true;
      HtmlToken remainder = token;
      remainder.text = rest;
      EnsureBody();
      if (!rest.empty()) ProcessInBody(remainder);
      return true;
    }
    const bool start = token.type == Type::kStartTag;
    const Tag tag = token.tag;
    if (start && tag == Tag::kHtml) {
      if (html_ == nullptr) {
        html_ = Insert(token, false, document_->root);
      } else {
        MergeAttributes(html_, token);
      }
      return true;
    }
    if (!start && tag != Tag::kHead && tag != Tag::kBody && tag != Tag::kHtml && tag != Tag::kBr &&
        !(tag == Tag::kNoscript && mode_ == Mode::kInHeadNoscript)) {
      return true;  // a stray end tag
    }
    if (mode_ == Mode::kInitial) mode_ = Mode::kBeforeHead;
    EnsureHtml();
    if (mode_ == Mode::kBeforeHead) {
      if (start && tag == Tag::kHead) {
        EnsureHead(&token);
        mode_ = Mode::kInHead;
        return true;
      }
      EnsureHead();
      mode_ = Mode::kInHead;
    }
    if (mode_ == Mode::kInHeadNoscript) {
      if (!start && tag == Tag::kNoscript) {
        Pop();
        mode_ = Mode::kInHead;
        return true;
      }
      if (start && (tag == Tag::kHead || tag == Tag::kNoscript)) return true;
      if (start && IsTagOneOf(tag, {Tag::kBasefont, Tag::kBgsound, Tag::kLink, Tag::kMeta,
                                    Tag::kNoframes, Tag::kStyle})) {
        InsertHeadElement(token, nullptr);
        return true;
      }
      Pop();  // anything else ends the <noscript>, and then the head
      mode_ = Mode::kInHead;
    }
    if (mode_ == Mode::kInHead) {
      if (start && tag == Tag::kHead) return true;
      if (start && tag == Tag::kNoscript) {
        Insert(token);
        mode_ = Mode::kInHeadNoscript;
        return true;
      }
      if (start && InsertHeadElement(token, nullptr)) return true;
      if (!start && tag == Tag::kHead) {
        while (open_.size() > 1) Pop();
        mode_ = Mode::kAfterHead;
        return true;
      }
      while (open_.size() > 1) Pop();
      mode_ = Mode::kAfterHead;
    }
    // After the head.
    if (start && tag == Tag::kBody) {
      body_ = Insert(token);
      mode_ = Mode::kInBody;
      return true;
    }
    if (start && tag == Tag::kHead) return true;
    if (start && InsertHeadElement(token, head_)) return true;
    if (start && tag == Tag::kFrameset) notes_->simplified = true;
    return false;
  }

  // <title>, <style>, <script>, <meta> and the other elements of a head, under |parent| (the
  // current node when null); false for any other tag.
  bool InsertHeadElement(const HtmlToken& token, HtmlNode* parent) {
    switch (token.tag) {
      case Tag::kBase:
      case Tag::kBasefont:
      case Tag::kBgsound:
      case Tag::kLink:
      case Tag::kMeta: Insert(token, false, parent); return true;
      case Tag::kTitle:
        InsertWithText(token, HtmlTokenizer::TextState::kRcdata, parent);
        return true;
      case Tag::kStyle:
        InsertWithText(token, HtmlTokenizer::TextState::kRawText, parent, /*skip=*/true);
        return true;
      case Tag::kNoframes:
        InsertWithText(token, HtmlTokenizer::TextState::kRawText, parent);
        return true;
      case Tag::kScript:
        InsertWithText(token, HtmlTokenizer::TextState::kScript, parent, !IsJsonLd(token));
        return true;
      case Tag::kTemplate:
        notes_->simplified = true;
        Insert(token, false, parent);
        return true;
      default: return false;
    }
  }

  // With |skip| its text is left out of the tree (scripts but JSON-LD, style sheets).
  void InsertWithText(const HtmlToken& token, HtmlTokenizer::TextState state,
                      HtmlNode* parent = nullptr, bool skip = false) {
    HtmlNode* node = Insert(token, false, parent);
    // Its text and end tag are read in the tokenizer's text state, so it is open until then.
    if (node != nullptr && open_.back() == node) {
      tokenizer_.SetTextState(state, token.name, skip);
      text_element_ = node;
    }
  }

  // Only JSON-LD of all scripts is read (by html_metadata).
  static bool IsJsonLd(const HtmlToken& token) {
    for (uint32_t i = 0; i < token.attribute_count; ++i) {
      if (SameBytes(token.attributes[i].name, "type")) {
        return ContainsNoCase(token.attributes[i].value, "ld+json");
      }
    }
    return false;
  }

  // SVG and MathML content; false when the token is to be read by the HTML rules.
  bool ProcessForeign(const HtmlToken& token) {
    const HtmlNode* node = current();
    const bool integration_point = IsIntegrationPoint(node);
    if (token.type == Type::kText) {
      if (integration_point) return false;
      InsertText(token.text);
      return true;
    }
    if (token.type == Type::kStartTag) {
      if (integration_point) return false;
      if (BreaksOutOfForeign(token)) {
        notes_->simplified = true;
        while (current()->foreign && !IsIntegrationPoint(current())) Pop();
        return false;
      }
      Insert(token, true);
      return true;
    }
    // An end tag closes the innermost foreign element of its name, unless an HTML element
    // comes first, whose rules then apply.
    for (size_t i = open_.size(); i-- > 1;) {
      const HtmlNode* open = open_[i];
      if (!open->foreign) return false;
      if (EqualsNoCase(open->name, token.name)) {
        PopTo(i);
        return true;
      }
    }
    return true;
  }

  void ProcessInBody(const HtmlToken& token) {
    switch (token.type) {
      case Type::kText: InsertText(token.text); return;
      case Type::kStartTag: StartTagInBody(token); return;
      case Type::kEndTag: EndTagInBody(token); return;
      default: return;
    }
  }

  // The innermost open table, row group, row or cell, and where on the stack it is.
  ptrdiff_t InnermostTablePart() const {
    for (size_t i = open_.size(); i-- > 0;) {
      const HtmlNode* node = open_[i];
      if (node->foreign) continue;
      switch (node->tag) {
        case Tag::kTable:
        case Tag::kTbody:
        case Tag::kThead:
        case Tag::kTfoot:
        case Tag::kTr:
        case Tag::kTd:
        case Tag::kTh:
        case Tag::kCaption: return static_cast<ptrdiff_t>(i);
        case Tag::kHtml:
        case Tag::kTemplate: return -1;
        default: break;
      }
    }
    return -1;
  }

  HtmlNode* InsertImplied(Tag tag, std::string_view name) {
    HtmlToken implied;
    implied.type = Type::kStartTag;
    implied.tag = tag;
    implied.name = name;
    return Insert(implied);
  }

  // Table parts: the table's own rules for rows, cells and row groups, with the wrappers they
  // imply (<tbody> around a row, <tr> around a cell). False outside a table.
  bool StartTableTag(const HtmlToken& token) {
    const Tag tag = token.tag;
    const ptrdiff_t part = InnermostTablePart();
    if (part < 0) return false;
    const Tag context = open_[static_cast<size_t>(part)]->tag;
    if (context == Tag::kCaption) {
      if (!CloseInScope(Tag::kCaption, Scope::kTable)) return true;
    } else if (context == Tag::kTd || context == Tag::kTh) {
      // A row or cell start tag ends the open cell.
      if (!CloseInScope(context, Scope::kTable)) return true;
    }
    // Back to the table, row group or row the new part belongs under.
    const auto back_to = [&](std::initializer_list<Tag> tags) {
      while (!(IsTagOneOf(current()->tag, tags) && !current()->foreign) &&
             current()->tag != Tag::kHtml && current()->tag != Tag::kBody) {
        Pop();
      }
    };
    switch (tag) {
      case Tag::kCaption:
      case Tag::kColgroup:
      case Tag::kTbody:
      case Tag::kThead:
      case Tag::kTfoot:
        back_to({Tag::kTable, Tag::kTemplate});
        Insert(token);
        return true;
      case Tag::kCol:
        back_to({Tag::kTable, Tag::kTemplate, Tag::kColgroup});
        if (current()->tag == Tag::kTable) InsertImplied(Tag::kColgroup, "colgroup");
        Insert(token);
        return true;
      case Tag::kTr:
        back_to({Tag::kTable, Tag::kTemplate, Tag::kTbody, Tag::kThead, Tag::kTfoot});
        if (current()->tag == Tag::kTable) InsertImplied(Tag::kTbody, "tbody");
        Insert(token);
        return true;
      default:  // td, th
        back_to({Tag::kTable, Tag::kTemplate, Tag::kTbody, Tag::kThead, Tag::kTfoot, Tag::kTr});
        if (current()->tag == Tag::kTable) InsertImplied(Tag::kTbody, "tbody");
        if (current()->tag != Tag::kTr) InsertImplied(Tag::kTr, "tr");
        Insert(token);
        return true;
    }
  }

  void StartTagInBody(const HtmlToken& token) {
    const Tag tag = token.tag;
    // The standard moves what a table holds outside its cells before the table.
    if (IsTablePartCurrent() && !IsTableContent(tag)) notes_->simplified = true;
    if (InsertHeadElement(token, nullptr)) return;
    switch (tag) {
      case Tag::kHtml: MergeAttributes(html_, token); return;
      case Tag::kBody:
        if (body_ != nullptr) MergeAttributes(body_, token);
        return;
      case Tag::kHead: return;
      case Tag::kFrameset:
      case Tag::kFrame: notes_->simplified = true; return;
      case Tag::kH1:
      case Tag::kH2:
      case Tag::kH3:
      case Tag::kH4:
      case Tag::kH5:
      case Tag::kH6:
        CloseParagraph();
        if (!current()->foreign && IsHeading(current()->tag)) Pop();
        Insert(token);
        return;
      case Tag::kPre:
      case Tag::kListing:
        CloseParagraph();
        Insert(token);
        skip_newline_ = true;
        return;
      case Tag::kForm:
        if (FindInScope(Tag::kForm, Scope::kDefault) >= 0 || InOpen(Tag::kForm)) return;
        CloseParagraph();
        Insert(token);
        return;
      case Tag::kLi:
      case Tag::kDd:
      case Tag::kDt:
        CloseListItem(tag);
        CloseParagraph();
        Insert(token);
        return;
      case Tag::kPlaintext:
        CloseParagraph();
        InsertWithText(token, HtmlTokenizer::TextState::kPlaintext);
        return;
      case Tag::kButton:
        if (const ptrdiff_t b = FindInScope(Tag::kButton, Scope::kDefault); b >= 0) {
          GenerateImpliedEndTags(Tag::kUnknown);
          PopTo(static_cast<size_t>(b));
        }
        Insert(token);
        return;
      case Tag::kA:
        // A link inside a link ends the first; with a block opened inside the first, the
        // standard splits it around the block.
        for (size_t i = open_.size(); i-- > 0;) {
          const HtmlNode* node = open_[i];
          if (!node->foreign && node->tag == Tag::kA) {
            PopTo(i);
            break;
          }
          if (node->foreign || IsSpecial(node->tag)) {
            if (FindInScope(Tag::kA, Scope::kDefault) >= 0 || InOpen(Tag::kA)) {
              notes_->simplified = true;
            }
            break;
          }
        }
        Insert(token);
        return;
      case Tag::kNobr:
        if (FindInScope(Tag::kNobr, Scope::kDefault) >= 0) notes_->simplified = true;
        Insert(token);
        return;
      case Tag::kTable:
        if (InnermostTablePart() >= 0 && IsTablePartCurrent()) {
          // A table directly in a table ends the first.
          CloseInScope(Tag::kTable, Scope::kTable);
        } else if (!quirks_) {
          CloseParagraph();
        }
        Insert(token);
        return;
      case Tag::kHr:
        CloseParagraph();
        Insert(token);
        return;
      case Tag::kImage: {
        HtmlToken img = token;
        img.tag = Tag::kImg;
        img.name = "img";
        Insert(img);
        return;
      }
      case Tag::kTextarea:
        InsertWithText(token, HtmlTokenizer::TextState::kRcdata);
        skip_newline_ = true;
        return;
      case Tag::kXmp:
        CloseParagraph();
        InsertWithText(token, HtmlTokenizer::TextState::kRawText);
        return;
      case Tag::kIframe:
      case Tag::kNoembed: InsertWithText(token, HtmlTokenizer::TextState::kRawText); return;
      case Tag::kSelect: Insert(token); return;
      case Tag::kOptgroup:
      case Tag::kOption:
        if (!current()->foreign && current()->tag == Tag::kOption) Pop();
        Insert(token);
        return;
      case Tag::kRb:
      case Tag::kRtc:
        if (FindInScope(Tag::kRuby, Scope::kDefault) >= 0) GenerateImpliedEndTags(Tag::kUnknown);
        Insert(token);
        return;
      case Tag::kRp:
      case Tag::kRt:
        if (FindInScope(Tag::kRuby, Scope::kDefault) >= 0) GenerateImpliedEndTags(Tag::kRtc);
        Insert(token);
        return;
      case Tag::kMath:
      case Tag::kSvg: Insert(token, true); return;
      case Tag::kCaption:
      case Tag::kCol:
      case Tag::kColgroup:
      case Tag::kTbody:
      case Tag::kTd:
      case Tag::kTfoot:
      case Tag::kTh:
      case Tag::kThead:
      case Tag::kTr:
        StartTableTag(token);  // ignored outside a table
        return;
      default: break;
    }
    if (ClosesParagraph(tag)) CloseParagraph();
    Insert(token);
  }

  bool InOpen(Tag tag) const { return open_counts_[static_cast<size_t>(tag)] > 0; }

  // Whether the current node is a table, row group or row: where the standard's table modes
  // rather than the body's read a tag.
  bool IsTablePartCurrent() const {
    const HtmlNode* node = current();
    return !node->foreign &&
           (node->tag == Tag::kTable || IsTableSection(node->tag) || node->tag == Tag::kTr);
  }

  // An <li> closes the open <li>, a <dd> or <dt> the open <dd> or <dt>, unless a special element
  // other than <address>, <div> or <p> is nearer.
  void CloseListItem(Tag tag) {
    for (size_t i = open_.size(); i-- > 0;) {
      const HtmlNode* node = open_[i];
      if (node->foreign) {
        if (IsIntegrationPoint(node)) return;
        continue;
      }
      const bool match =
          tag == Tag::kLi ? node->tag == Tag::kLi : node->tag == Tag::kDd || node->tag == Tag::kDt;
      if (match) {
        GenerateImpliedEndTags(node->tag);
        PopTo(i);
        return;
      }
      if (IsSpecial(node->tag) && node->tag != Tag::kAddress && node->tag != Tag::kDiv &&
          node->tag != Tag::kP) {
        return;
      }
    }
  }

  void EndTagInBody(const HtmlToken& token) {
    const Tag tag = token.tag;
    switch (tag) {
      case Tag::kBody:
      case Tag::kHtml:
        // The standard goes on reading into the body after these; nothing closes.
        return;
      case Tag::kP:
        if (FindInScope(Tag::kP, Scope::kButton) < 0) InsertImplied(Tag::kP, "p");
        CloseParagraph();
        return;
      case Tag::kLi: CloseInScope(Tag::kLi, Scope::kListItem); return;
      case Tag::kDd:
      case Tag::kDt: CloseInScope(tag, Scope::kDefault); return;
      case Tag::kH1:
      case Tag::kH2:
      case Tag::kH3:
      case Tag::kH4:
      case Tag::kH5:
      case Tag::kH6:
        for (size_t i = open_.size(); i-- > 0;) {
          const HtmlNode* node = open_[i];
          if (!node->foreign && IsHeading(node->tag)) {
            GenerateImpliedEndTags(Tag::kUnknown);
            PopTo(i);
            return;
          }
          if (BoundsScope(node, Scope::kDefault)) return;
        }
        return;
      case Tag::kForm: CloseInScope(Tag::kForm, Scope::kDefault); return;
      case Tag::kBr: {
        HtmlToken br = token;
        br.type = Type::kStartTag;
        br.attribute_count = 0;
        Insert(br);
        return;
      }
      case Tag::kTable: CloseInScope(Tag::kTable, Scope::kTable); return;
      case Tag::kTbody:
      case Tag::kThead:
      case Tag::kTfoot:
      case Tag::kTr:
      case Tag::kTd:
      case Tag::kTh:
      case Tag::kCaption:
      case Tag::kColgroup: CloseInScope(tag, Scope::kTable); return;
      case Tag::kTemplate: CloseInScope(Tag::kTemplate, Scope::kTable); return;
      default: break;
    }
    if (EndsInScope(tag)) {
      CloseInScope(tag, Scope::kDefault);
      return;
    }
    if (IsFormatting(tag)) {
      EndFormatting(token);
      return;
    }
    // Any other end tag closes the innermost element of its name, unless a special element is
    // nearer.
    for (size_t i = open_.size(); i-- > 1;) {
      const HtmlNode* node = open_[i];
      if (!node->foreign && SameBytes(node->name, token.name)) {
        GenerateImpliedEndTags(tag);
        PopTo(i);
        return;
      }
      if (!node->foreign && IsSpecial(node->tag)) return;
      if (node->foreign && IsIntegrationPoint(node)) return;
    }
  }

  // The simple cases of the adoption agency: the element is open with no block opened inside it
  // since, so it and what is above it close. With a block inside, the standard splits the
  // element around the block; this builder leaves it open.
  void EndFormatting(const HtmlToken& token) {
    for (size_t i = open_.size(); i-- > 1;) {
      const HtmlNode* node = open_[i];
      if (!node->foreign && node->tag == token.tag) {
        for (size_t above = i + 1; above < open_.size(); ++above) {
          if (open_[above]->foreign || IsSpecial(open_[above]->tag)) {
            notes_->simplified = true;
            return;
          }
        }
        PopTo(i);
        return;
      }
      if (BoundsScope(node, Scope::kDefault)) return;
    }
  }

  HtmlDocument* document_;
  HtmlArena* arena_;
  TreeBuildNotes* notes_;
  HtmlTokenizer tokenizer_;
  std::vector<HtmlNode*> open_;
  Mode mode_ = Mode::kInitial;
  HtmlNode* html_ = nullptr;
  HtmlNode* head_ = nullptr;
  HtmlNode* body_ = nullptr;
  const HtmlNode* closing_ = nullptr;  // the element whose own end tag is being honoured
  HtmlNode* text_element_ = nullptr;   // open for the text the tokenizer reads in a text state
  bool quirks_ = true;
  bool skip_newline_ = false;
  // How many elements of each tag open_ holds (SVG and MathML ones as kUnknown).
  std::array<uint32_t, 256> open_counts_{};
};

}  // namespace

std::unique_ptr<HtmlDocument> BuildHtmlTree(std::string html, TreeBuildNotes* notes) {
  auto document = std::make_unique<HtmlDocument>();
  document->owned = std::move(html);
  document->source = document->owned;
  TreeBuilder(document.get(), notes).Run();
  return document;
}

std::unique_ptr<HtmlDocument> ParseHtml(std::string_view utf8, bool* flattened) {
  auto document = std::make_unique<HtmlDocument>();
  document->source = utf8;
  TreeBuildNotes notes;
  TreeBuilder(document.get(), &notes).Run();
  *flattened = notes.flattened;
  return document;
}

}  // namespace sitrep
