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
#include <nlohmann/json.hpp>
#include <utility>

#include "core/utf8.h"
#include "read/byline.h"

namespace sitrep {
namespace {

using Json = nlohmann::json;

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

Kind KindOf(const Json& item) {
  const auto type = item.find("@type");
  if (type == item.end()) return Kind::kOther;
  if (type->is_string()) return KindOfType(type->get_ref<const std::string&>());
  Kind best = Kind::kOther;
  if (type->is_array()) {
    for (const Json& t : *type) {
      if (!t.is_string()) continue;
      const Kind k = KindOfType(t.get_ref<const std::string&>());
      if (k == Kind::kArticle || best == Kind::kOther) best = k;
    }
  }
  return best;
}

std::string TypeName(const Json& item) {
  const auto type = item.find("@type");
  if (type == item.end()) return "";
  if (type->is_string()) return type->get<std::string>();
  if (type->is_array() && !type->empty() && type->front().is_string()) {
    return type->front().get<std::string>();
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
std::string Text(const Json& value) {
  if (value.is_string()) return CleanMetaText(DecodeEntities(value.get<std::string>()));
  if (value.is_array()) {
    for (const Json& v : value) {
      if (std::string s = Text(v); !s.empty()) return s;
    }
  }
  if (value.is_object()) {
    if (const auto name = value.find("name"); name != value.end()) return Text(*name);
  }
  return "";
}

std::string Field(const Json& item, const char* key) {
  const auto it = item.find(key);
  return it == item.end() ? "" : Text(*it);
}

class Reader {
 public:
  explicit Reader(JsonLdFacts* facts) : facts_(facts) {}

  void Read(const Json& root) {
    Index(root, 0);
    Visit(root, 0);
  }

 private:
  // @id -> the object that defines it, for authors given as {"@id": ...} references.
  void Index(const Json& value, int depth) {
    if (depth > kMaxDepth) return;
    if (value.is_object()) {
      const auto id = value.find("@id");
      if (id != value.end() && id->is_string() && value.size() > 1) {
        ids_.emplace(id->get<std::string>(), &value);
      }
      for (const auto& [key, child] : value.items()) Index(child, depth + 1);
    } else if (value.is_array()) {
      for (const Json& child : value) Index(child, depth + 1);
    }
  }

  void Visit(const Json& value, int depth) {
    if (depth > kMaxDepth) return;
    if (value.is_array()) {
      for (const Json& child : value) Visit(child, depth + 1);
      return;
    }
    if (!value.is_object()) return;
    switch (KindOf(value)) {
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
    for (const auto& [key, child] : value.items()) {
      if (child.is_structured()) Visit(child, depth + 1);
    }
  }

  const Json& Resolve(const Json& value) const {
    if (!value.is_object() || value.contains("name")) return value;
    const auto id = value.find("@id");
    if (id == value.end() || !id->is_string()) return value;
    const auto it = ids_.find(id->get<std::string>());
    return it == ids_.end() ? value : *it->second;
  }

  void TakeAuthors(const Json& value) {
    if (value.is_array()) {
      for (const Json& v : value) TakeAuthors(v);
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
    const Json& image = value.is_array() && !value.empty() ? value.front() : Resolve(value);
    if (image.is_string()) {
      facts_->image_url = CleanMetaText(image.get<std::string>());
    } else if (image.is_object()) {
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
      facts_->type = TypeName(item);
    } else {
      return;  // the first article wins; later ones are teasers and related stories
    }
    facts_->headline = Field(item, "headline");
    if (facts_->headline.empty()) facts_->headline = Field(item, "name");
    if (const auto author = item.find("author"); author != item.end()) TakeAuthors(*author);
    if (const auto creator = item.find("creator");
        facts_->authors.empty() && creator != item.end()) {
      TakeAuthors(*creator);
    }
    if (const auto publisher = item.find("publisher");
        publisher != item.end() && facts_->publisher.empty()) {
      facts_->publisher = Text(Resolve(*publisher));
    }
    facts_->published = Field(item, "datePublished");
    if (facts_->published.empty()) facts_->published = Field(item, "dateCreated");
    facts_->modified = Field(item, "dateModified");
    facts_->section = Field(item, "articleSection");
    if (facts_->language.empty()) facts_->language = Field(item, "inLanguage");
    if (const auto image = item.find("image"); image != item.end()) TakeImage(*image);
  }

  void TakePage(const Json& item) {
    if (KindOfType(facts_->type) == Kind::kArticle) return;
    if (facts_->type.empty()) facts_->type = TypeName(item);
    if (facts_->published.empty()) facts_->published = Field(item, "datePublished");
    if (facts_->modified.empty()) facts_->modified = Field(item, "dateModified");
    if (facts_->language.empty()) facts_->language = Field(item, "inLanguage");
    if (const auto author = item.find("author"); author != item.end() && facts_->authors.empty()) {
      TakeAuthors(*author);
    }
  }

  // A recipe's or a guide's writer, where no article names one. Not its dates: a recipe site
  // dates its items as it edits them, which is no publication.
  void TakeWork(const Json& item) {
    if (KindOfType(facts_->type) == Kind::kArticle || !facts_->authors.empty()) return;
    if (const auto author = item.find("author"); author != item.end()) TakeAuthors(*author);
  }

  JsonLdFacts* facts_;
  std::map<std::string, const Json*, std::less<>> ids_;
};

}  // namespace

void ReadJsonLd(std::string_view script, JsonLdFacts* facts) {
  Json root = Json::parse(script, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (root.is_discarded()) {
    // The commonest fault: raw line breaks and tabs inside strings, which JSON forbids. Outside
    // strings they are white space, so replacing them all with spaces changes nothing else.
    std::string repaired(script);
    std::replace_if(
        repaired.begin(), repaired.end(),
        [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    root = Json::parse(repaired, nullptr, false, true);
    if (root.is_discarded()) return;
  }
  Reader(facts).Read(root);
}

}  // namespace sitrep
