// Markdown pages to Articles. Tested by markdown_reader_test.cc.
//
// Two passes. md4c (CommonMark) parses the page into a flat list of leaf blocks, each with its
// inline text, links, images and bold ranges. Then the page layout is read off that list the way
// a person reads a saved news page: a heading for the title; before the body, a byline
// ("By ..."), a date line and a photo caption whose bold tail is the credit; in the body,
// "Related article:" lines are links, not prose; "Original url:" ends the body and gives the URL.
// The first block that is none of the header kinds starts the body.
//
// Limits: tables and code blocks are not body text; raw HTML blocks are skipped; a byline with no
// "By" is read as body.
#include "read/markdown_reader.h"

#include <md4c.h>

#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "read/body.h"
#include "read/date_line.h"
#include "read/url.h"

namespace sitrep {
namespace {

struct InlineLink {
  size_t begin = 0;  // bytes into Block::text
  size_t end = 0;
  std::string href;
};

struct Block {
  MD_BLOCKTYPE type = MD_BLOCK_P;
  int heading_level = 0;
  std::string text;
  std::vector<InlineLink> links;
  std::vector<Image> images;
  size_t last_strong_begin = std::string::npos;  // where the last bold run starts in text
  size_t last_strong_end = 0;
};

class BlockCollector {
 public:
  std::vector<Block> blocks;

  static int EnterBlock(MD_BLOCKTYPE type, void* detail, void* self) {
    auto* c = static_cast<BlockCollector*>(self);
    if (IsLeaf(type)) {
      c->Flush();
      c->current_.type = type;
      if (type == MD_BLOCK_H)
        c->current_.heading_level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
      c->in_leaf_ = true;
    } else if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) {
      c->Flush();
      c->skip_depth_++;
    }
    return 0;
  }

  static int LeaveBlock(MD_BLOCKTYPE type, void* /*detail*/, void* self) {
    auto* c = static_cast<BlockCollector*>(self);
    if (IsLeaf(type)) {
      c->Flush();
    } else if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) {
      c->skip_depth_--;
    }
    return 0;
  }

  static int EnterSpan(MD_SPANTYPE type, void* detail, void* self) {
    auto* c = static_cast<BlockCollector*>(self);
    if (type == MD_SPAN_A) {
      c->link_stack_.push_back(
          {c->current_.text.size(), 0, Attribute(static_cast<MD_SPAN_A_DETAIL*>(detail)->href)});
    } else if (type == MD_SPAN_IMG) {
      // Alt text is a description of the picture, not prose: keep it out of the block text.
      c->current_.images.push_back(
          {Attribute(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src), "", ""});
      c->image_depth_++;
    } else if (type == MD_SPAN_STRONG) {
      c->strong_begin_ = c->current_.text.size();
    }
    return 0;
  }

  static int LeaveSpan(MD_SPANTYPE type, void* /*detail*/, void* self) {
    auto* c = static_cast<BlockCollector*>(self);
    if (type == MD_SPAN_A && !c->link_stack_.empty()) {
      InlineLink link = std::move(c->link_stack_.back());
      c->link_stack_.pop_back();
      link.end = c->current_.text.size();
      c->current_.links.push_back(std::move(link));
    } else if (type == MD_SPAN_IMG) {
      c->image_depth_--;
    } else if (type == MD_SPAN_STRONG) {
      c->current_.last_strong_begin = c->strong_begin_;
      c->current_.last_strong_end = c->current_.text.size();
    }
    return 0;
  }

  static int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
    auto* c = static_cast<BlockCollector*>(self);
    if (!c->in_leaf_ || c->skip_depth_ > 0 || c->image_depth_ > 0) return 0;
    const std::string_view s(text, size);
    switch (type) {
      case MD_TEXT_SOFTBR:
      case MD_TEXT_BR: c->current_.text += ' '; break;
      case MD_TEXT_NULLCHAR: c->current_.text += "\uFFFD"; break;
      case MD_TEXT_ENTITY: c->current_.text += DecodeEntity(s); break;
      case MD_TEXT_HTML: break;  // inline tags carry no prose
      default: c->current_.text += s; break;
    }
    return 0;
  }

 private:
  static bool IsLeaf(MD_BLOCKTYPE type) {
    return type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_LI || type == MD_BLOCK_TH ||
           type == MD_BLOCK_TD;
  }

  static std::string Attribute(const MD_ATTRIBUTE& attr) {
    std::string out;
    for (unsigned i = 0; attr.substr_offsets[i] < attr.size; ++i) {
      const std::string_view part(attr.text + attr.substr_offsets[i],
                                  attr.substr_offsets[i + 1] - attr.substr_offsets[i]);
      out += attr.substr_types[i] == MD_TEXT_ENTITY ? DecodeEntity(part) : std::string(part);
    }
    return out;
  }

  // md4c hands entities over undecoded. Numeric ones are exact; of the named ones, those that
  // occur in news copy are decoded and any other is kept as written.
  static std::string DecodeEntity(std::string_view entity) {
    std::string out;
    if (entity.starts_with("&#")) {
      const bool hex = entity.size() > 2 && (entity[2] == 'x' || entity[2] == 'X');
      const std::string digits(entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)));
      const unsigned long cp = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
      AppendUtf8(cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)
                     ? 0xFFFD
                     : static_cast<char32_t>(cp),
                 &out);
      return out;
    }
    static constexpr std::pair<std::string_view, char32_t> kNamed[] = {
        {"&amp;", '&'},       {"&lt;", '<'},       {"&gt;", '>'},       {"&quot;", '"'},
        {"&apos;", '\''},     {"&nbsp;", 0xA0},    {"&ndash;", 0x2013}, {"&mdash;", 0x2014},
        {"&hellip;", 0x2026}, {"&lsquo;", 0x2018}, {"&rsquo;", 0x2019}, {"&ldquo;", 0x201C},
        {"&rdquo;", 0x201D},  {"&laquo;", 0xAB},   {"&raquo;", 0xBB},   {"&copy;", 0xA9},
        {"&euro;", 0x20AC},   {"&pound;", 0xA3},   {"&deg;", 0xB0},     {"&times;", 0xD7}};
    for (const auto& [name, cp] : kNamed) {
      if (entity == name) {
        AppendUtf8(cp, &out);
        return out;
      }
    }
    return std::string(entity);
  }

  void Flush() {
    if (in_leaf_ && (!current_.text.empty() || !current_.images.empty())) {
      blocks.push_back(std::move(current_));
    }
    current_ = Block();
    link_stack_.clear();
    in_leaf_ = false;
  }

  Block current_;
  std::vector<InlineLink> link_stack_;
  size_t strong_begin_ = 0;
  bool in_leaf_ = false;
  int skip_depth_ = 0;
  int image_depth_ = 0;
};

std::string_view Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\n");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\n") - b + 1);
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

// "By AFP", "By Jane Doe and John Roe", "By Jane Doe, John Roe" -> names.
std::vector<std::string> SplitByline(std::string_view byline) {
  std::vector<std::string> names;
  std::string rest(Trim(byline.substr(3)));
  for (const std::string_view sep : {" and ", " & ", ";"}) {
    for (size_t at; (at = rest.find(sep)) != std::string::npos;) rest.replace(at, sep.size(), ",");
  }
  size_t start = 0;
  while (start <= rest.size()) {
    size_t comma = rest.find(',', start);
    if (comma == std::string::npos) comma = rest.size();
    const std::string_view name = Trim(std::string_view(rest).substr(start, comma - start));
    if (!name.empty()) names.emplace_back(name);
    start = comma + 1;
  }
  return names;
}

bool IsImageOnly(const Block& b) { return !b.images.empty() && Trim(b.text).empty(); }

// A caption is a short paragraph whose last words are in bold: "Text. **Credit**".
bool SplitCaption(const Block& b, Image* image) {
  if (b.last_strong_begin == std::string::npos || b.text.size() > 600) return false;
  if (!Trim(std::string_view(b.text).substr(b.last_strong_end)).empty()) return false;
  image->caption = std::string(Trim(std::string_view(b.text).substr(0, b.last_strong_begin)));
  image->credit = std::string(Trim(std::string_view(b.text).substr(b.last_strong_begin)));
  return !image->credit.empty();
}

bool IsRelatedLine(const Block& b) {
  if (b.links.empty()) return false;
  for (const std::string_view cue :
       {"related article:", "related:", "read more:", "see also:", "read also:"}) {
    if (StartsWithNoCase(b.text, cue)) return true;
  }
  return false;
}

// A placeholder such as "#" points nowhere; keep no URL rather than a fake one.
std::string LinkTarget(std::string_view href) {
  return href.empty() || href == "#" ? "" : std::string(href);
}

}  // namespace

Result<Article> ReadMarkdown(std::string_view utf8, const ReadOptions& options) {
  BlockCollector collector;
  MD_PARSER parser{};
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
  parser.enter_block = &BlockCollector::EnterBlock;
  parser.leave_block = &BlockCollector::LeaveBlock;
  parser.enter_span = &BlockCollector::EnterSpan;
  parser.leave_span = &BlockCollector::LeaveSpan;
  parser.text = &BlockCollector::Text;
  if (md_parse(utf8.data(), static_cast<MD_SIZE>(utf8.size()), &parser, &collector) != 0) {
    return Status(ErrorCode::kParseError, "the Markdown parser gave up on this page");
  }

  Article article;
  std::vector<BodyParagraph> paragraphs;
  enum class Part { kHeader, kBody, kTrailer } part = Part::kHeader;
  bool last_was_image = false;
  for (const Block& b : collector.blocks) {
    const std::string_view text = Trim(b.text);
    const bool after_image = last_was_image;
    last_was_image = false;
    if (part == Part::kTrailer) {
      if (article.url.empty() && !b.links.empty()) article.url = b.links.front().href;
      continue;
    }
    if (b.type == MD_BLOCK_H && article.title.empty()) {
      article.title = text;
      article.metadata_sources.title = "heading";
      continue;
    }
    if (StartsWithNoCase(text, "original url:")) {
      part = Part::kTrailer;
      if (!b.links.empty()) article.url = b.links.front().href;
      continue;
    }
    if (IsImageOnly(b)) {
      article.images.insert(article.images.end(), b.images.begin(), b.images.end());
      last_was_image = true;
      continue;
    }
    if (IsRelatedLine(b)) {
      const InlineLink& l = b.links.front();
      article.links.push_back(
          {std::string(Trim(std::string_view(b.text).substr(l.begin, l.end - l.begin))), l.href,
           LinkKind::kRelated});
      continue;
    }
    Image caption;
    if ((part == Part::kHeader || after_image) && SplitCaption(b, &caption)) {
      if (after_image && article.images.back().caption.empty()) {
        article.images.back().caption = std::move(caption.caption);
        article.images.back().credit = std::move(caption.credit);
      } else {
        article.images.push_back(std::move(caption));
      }
      continue;
    }
    if (part == Part::kHeader) {
      if (text.starts_with("By ") && text.size() < 160) {
        article.authors = SplitByline(text);
        if (!article.authors.empty()) article.metadata_sources.authors = "byline";
        continue;
      }
      if (std::string date = ParseDateLine(text); !date.empty()) {
        if (article.published.empty()) {
          article.published = std::move(date);
          article.metadata_sources.published = "dateline";
        }
        continue;
      }
    }
    part = Part::kBody;
    paragraphs.push_back({b.text, b.type == MD_BLOCK_P});
    for (const InlineLink& l : b.links) {
      article.links.push_back(
          {std::string(Trim(std::string_view(b.text).substr(l.begin, l.end - l.begin))), l.href,
           LinkKind::kOther});
    }
  }
  // The reader around this one lets the caller's date win; its source says so.
  if (!options.date.empty()) article.metadata_sources.published = "options";
  SetBody(paragraphs, article);
  for (Link& link : article.links) {
    const std::string target = LinkTarget(link.url);
    link.url = target.empty() ? "" : ResolveUrl(article.url, target);
  }
  for (Image& image : article.images) {
    if (!image.url.empty()) image.url = ResolveUrl(article.url, image.url);
  }
  return article;
}

}  // namespace sitrep
