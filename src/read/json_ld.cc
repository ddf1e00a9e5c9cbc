// See json_ld.h. Tested by json_ld_test.cc.
//
// Pages nest their items every way schema.org allows (a bare object, an array, @graph, an item
// inside another's mainEntity) and name authors by string, object, array or @id reference, so
// items are found by a bounded search through the whole script and each value read by shape.
#include "read/json_ld.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <span>
#include <string_view>
#include <utility>

#include "core/utf8.h"
#include "read/byline.h"
#include "read/json_tree.h"

namespace sitrep {
namespace {

using Json = JsonTree::Value;
using JsonType = JsonTree::Type;

// Deeper than any page nests its items; bounds the work on hostile scripts.
constexpr int kMaxDepth = 8;

enum class Kind { kOther, kArticle, kWebPage, kWork, kPublisher, kPerson };

Kind KindOfType(std::string_view type) {
  // "NewsArticle", "ReportageNewsArticle", "TechArticle", "BlogPosting", "LiveBlogPosting"...
  if (type.ends_with("Article") || type.ends_with("BlogPosting") || type == "Report" ||
      type == "SocialMediaPosting") {
    return Kind::kArticle;
  }
  if (type.ends_with("WebPage") || type == "ItemPage") return Kind::kWebPage;
  if (type == "Recipe" || type == "HowTo") return Kind::kWork;
  if (type == "Person") return Kind::kPerson;
  if (type == "Organization" || type == "NewsMediaOrganization" || type == "WebSite") {
    return Kind::kPublisher;
  }
  return Kind::kOther;
}

Kind KindOf(const JsonTree& tree, const Json& item) {
  const Json* type = tree.Find(item, "@type");
  if (type == nullptr) return Kind::kOther;
  if (type->type == JsonType::kString) return KindOfType(type->text);
  Kind best = Kind::kOther;
  for (const JsonTree::Member& t : tree.Members(*type)) {
    if (t.value->type != JsonType::kString) continue;
    const Kind k = KindOfType(t.value->text);
    if (k == Kind::kArticle || best == Kind::kOther) best = k;
  }
  return best;
}

std::string TypeName(const JsonTree& tree, const Json& item) {
  const Json* type = tree.Find(item, "@type");
  if (type == nullptr) return "";
  if (type->type == JsonType::kString) return std::string(type->text);
  const std::span<const JsonTree::Member> types = tree.Members(*type);
  if (!types.empty() && types.front().value->type == JsonType::kString) {
    return std::string(types.front().value->text);
  }
  return "";
}

// A named entity for an accented Latin letter ("&oacute;", "&Uuml;", "&ccedil;") as its
// letter followed by the combining mark its name gives; 0 when it is none.
char32_t CombiningMark(std::string_view name, char* letter) {
  static const std::pair<std::string_view, char32_t> kMarks[] = {
      {"acute", 0x301}, {"grave", 0x300}, {"uml", 0x308},  {"circ", 0x302},
      {"tilde", 0x303}, {"cedil", 0x327}, {"ring", 0x30A}, {"caron", 0x30C}};
  if (name.size() < 4 || !std::isalpha(static_cast<unsigned char>(name[0]))) return 0;
  for (const auto& [suffix, mark] : kMarks) {
    if (name.size() == suffix.size() + 1 && name.substr(1) == suffix) {
      *letter = name[0];
      return mark;
    }
  }
  return 0;
}

// The text of one entity (without '&' and ';'), or "" when it is not one this reader knows.
std::string EntityText(std::string_view name) {
  static const std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},        {"quot", "\""},       {"apos", "'"},       {"lt", "<"},
      {"gt", ">"},         {"nbsp", " "},        {"szlig", "\u00df"}, {"ndash", "\u2013"},
      {"mdash", "\u2014"}, {"hellip", "\u2026"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"},
      {"ldquo", "\u201c"}, {"rdquo", "\u201d"},  {"bdquo", "\u201e"}, {"laquo", "\u00ab"},
      {"raquo", "\u00bb"}};
  for (const auto& [entity, text] : kNamed) {
    if (name == entity) return std::string(text);
  }
  std::string out;
  if (name.size() > 1 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 6) return "";
    char* end = nullptr;
    const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (*end != '\0' || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return "";
    AppendUtf8(static_cast<char32_t>(cp), &out);
    return out;
  }
  char letter = 0;
  if (const char32_t mark = CombiningMark(name, &letter); mark != 0) {
    out += letter;
    AppendUtf8(mark, &out);
    // Letter and mark composed into one code point, as the page's own text would have it.
    utf8proc_uint8_t* composed =
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(out.c_str()));
    if (composed == nullptr) return "";
    out = reinterpret_cast<const char*>(composed);
    std::free(composed);
  }
  return out;
}

// Some pages HTML-escape their JSON-LD strings as if they were attribute values: "&amp;",
// "Redacci&oacute;n", "&#8211;".
std::string DecodeEntities(std::string s) {
  if (s.find('&') == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '&') {
      const size_t semicolon = s.find(';', i + 1);
      constexpr size_t kLongestEntity = 10;
      if (semicolon != std::string::npos && semicolon - i - 1 <= kLongestEntity) {
        if (std::string text = EntityText(std::string_view(s).substr(i + 1, semicolon - i - 1));
            !text.empty()) {
          out += text;
          i = semicolon + 1;
          continue;
        }
      }
    }
    out += s[i++];
  }
  return out;
}

// A string value, or the first string of an array, or an object's "name"; "" otherwise.
std::string Text(const JsonTree& tree, const Json& value) {
  if (value.type == JsonType::kString) {
    return CleanMetaText(DecodeEntities(std::string(value.text)));
  }
  if (value.type == JsonType::kArray) {
    for (const JsonTree::Member& v : tree.Members(value)) {
      if (std::string s = Text(tree, *v.value); !s.empty()) return s;
    }
  }
  if (const Json* name = tree.Find(value, "name"); name != nullptr) return Text(tree, *name);
  return "";
}

std::string Field(const JsonTree& tree, const Json& item, std::string_view key) {
  const Json* value = tree.Find(item, key);
  return value == nullptr ? "" : Text(tree, *value);
}

class Reader {
 public:
  Reader(const JsonTree& tree, JsonLdFacts* facts) : tree_(tree), facts_(facts) {}

  void Read() {
    Index(tree_.Root(), 0);
    Visit(tree_.Root(), 0);
  }

 private:
  // @id -> the object that defines it, for authors given as {"@id": ...} references.
  void Index(const Json& value, int depth) {
    if (depth > kMaxDepth) return;
    if (value.type == JsonType::kObject) {
      const Json* id = tree_.Find(value, "@id");
      if (id != nullptr && id->type == JsonType::kString && value.count > 1) {
        ids_.emplace(id->text, &value);
      }
    }
    for (const JsonTree::Member& child : tree_.Members(value)) Index(*child.value, depth + 1);
  }

  void Visit(const Json& value, int depth) {
    if (depth > kMaxDepth) return;
    if (value.type == JsonType::kArray) {
      for (const JsonTree::Member& child : tree_.Members(value)) Visit(*child.value, depth + 1);
      return;
    }
    if (value.type != JsonType::kObject) return;
    switch (KindOf(tree_, value)) {
      case Kind::kArticle: TakeArticle(value); break;
      case Kind::kWebPage: TakePage(value); break;
      case Kind::kWork: TakeWork(value); break;
      case Kind::kPublisher:
        if (facts_->publisher.empty()) facts_->publisher = Field(value, "name");
        break;
      case Kind::kPerson:
        if (std::string name = Field(value, "name");
            !name.empty() &&
            std::find(facts_->people.begin(), facts_->people.end(), name) == facts_->people.end()) {
          facts_->people.push_back(std::move(name));
        }
        break;
      case Kind::kOther: break;
    }
    for (const JsonTree::Member& child : tree_.Members(value)) {
      if (child.value->type == JsonType::kArray || child.value->type == JsonType::kObject) {
        Visit(*child.value, depth + 1);
      }
    }
  }

  std::string Field(const Json& item, std::string_view key) const {
    return sitrep::Field(tree_, item, key);
  }
  std::string Text(const Json& value) const { return sitrep::Text(tree_, value); }

  const Json& Resolve(const Json& value) const {
    if (value.type != JsonType::kObject || tree_.Find(value, "name") != nullptr) return value;
    const Json* id = tree_.Find(value, "@id");
    if (id == nullptr || id->type != JsonType::kString) return value;
    const auto it = ids_.find(id->text);
    return it == ids_.end() ? value : *it->second;
  }

  void TakeAuthors(const Json& value) {
    if (value.type == JsonType::kArray) {
      for (const JsonTree::Member& v : tree_.Members(value)) TakeAuthors(*v.value);
      return;
    }
    std::string name = Text(Resolve(value));
    if (!name.empty() &&
        std::find(facts_->authors.begin(), facts_->authors.end(), name) == facts_->authors.end()) {
      facts_->authors.push_back(std::move(name));
    }
  }

  void TakeImage(const Json& value) {
    if (!facts_->image_url.empty()) return;
    const std::span<const JsonTree::Member> elements = tree_.Members(value);
    const Json& image = value.type == JsonType::kArray && !elements.empty()
                            ? *elements.front().value
                            : Resolve(value);
    if (image.type == JsonType::kString) {
      facts_->image_url = CleanMetaText(image.text);
    } else if (image.type == JsonType::kObject) {
      facts_->image_url = Field(image, "url");
      if (facts_->image_url.empty()) facts_->image_url = Field(image, "contentUrl");
      facts_->image_caption = Field(image, "caption");
      for (const char* key : {"creditText", "copyrightHolder", "author"}) {
        if (facts_->image_credit.empty()) facts_->image_credit = Field(image, key);
      }
    }
  }

  void TakeArticle(const Json& item) {
    if (KindOfType(facts_->type) != Kind::kArticle) {
      // An article item outranks the WebPage read before it; what describes the site stays.
      JsonLdFacts kept;
      kept.publisher = std::move(facts_->publisher);
      kept.language = std::move(facts_->language);
      kept.people = std::move(facts_->people);
      *facts_ = std::move(kept);
      facts_->type = TypeName(tree_, item);
    } else {
      return;  // the first article wins; later ones are teasers and related stories
    }
    facts_->headline = Field(item, "headline");
    if (facts_->headline.empty()) facts_->headline = Field(item, "name");
    if (const Json* author = tree_.Find(item, "author"); author != nullptr) TakeAuthors(*author);
    if (const Json* creator = tree_.Find(item, "creator");
        facts_->authors.empty() && creator != nullptr) {
      TakeAuthors(*creator);
    }
    if (const Json* publisher = tree_.Find(item, "publisher");
        publisher != nullptr && facts_->publisher.empty()) {
      facts_->publisher = Text(Resolve(*publisher));
    }
    facts_->published = Field(item, "datePublished");
    if (facts_->published.empty()) facts_->published = Field(item, "dateCreated");
    facts_->modified = Field(item, "dateModified");
    facts_->section = Field(item, "articleSection");
    if (facts_->language.empty()) facts_->language = Field(item, "inLanguage");
    if (const Json* image = tree_.Find(item, "image"); image != nullptr) TakeImage(*image);
  }

  void TakePage(const Json& item) {
    if (KindOfType(facts_->type) == Kind::kArticle) return;
    if (facts_->type.empty()) facts_->type = TypeName(tree_, item);
    if (facts_->published.empty()) facts_->published = Field(item, "datePublished");
    if (facts_->modified.empty()) facts_->modified = Field(item, "dateModified");
    if (facts_->language.empty()) facts_->language = Field(item, "inLanguage");
    if (const Json* author = tree_.Find(item, "author");
        author != nullptr && facts_->authors.empty()) {
      TakeAuthors(*author);
    }
  }

  // A recipe's or a guide's writer, where no article names one. Not its dates: a recipe site
  // dates its items as it edits them, which is no publication.
  void TakeWork(const Json& item) {
    if (KindOfType(facts_->type) == Kind::kArticle || !facts_->authors.empty()) return;
    if (const Json* author = tree_.Find(item, "author"); author != nullptr) TakeAuthors(*author);
  }

  const JsonTree& tree_;
  JsonLdFacts* facts_;
  std::map<std::string_view, const Json*> ids_;
};

}  // namespace

void ReadJsonLd(std::string_view script, JsonLdFacts* facts) {
  JsonTree tree;
  std::string repaired;
  if (!tree.Parse(script)) {
    // The commonest fault: raw line breaks and tabs inside strings, which JSON forbids. Outside
    // strings they are white space, so replacing them all with spaces changes nothing else.
    repaired = script;
    std::replace_if(
        repaired.begin(), repaired.end(),
        [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    if (!tree.Parse(repaired)) return;
  }
  Reader(tree, facts).Read();
}

}  // namespace sitrep
