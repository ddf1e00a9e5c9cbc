// Article -> human-readable text. Tested by text_record_test.cc.
#include "record/text_record.h"

#include <algorithm>
#include <cstdio>

namespace sitrep {
namespace {

void Field(std::string& out, std::string_view name, std::string_view value) {
  out += "  ";
  out += name;
  out.append(12 - std::min<size_t>(name.size(), 11), ' ');
  out += value.empty() ? "-" : value;
  out += '\n';
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += sep;
    out += item;
  }
  return out;
}

// The surface form of a mention, with where it is written when that is not the body.
std::string Quoted(const Article& article, const Mention& mention) {
  std::string out = "\"" + std::string(mention.span.Of(FieldText(article, mention))) + "\"";
  if (mention.field == TextField::kTitle) out += " (title)";
  if (mention.field == TextField::kCaption) out += " (caption)";
  if (mention.field == TextField::kLink) out += " (link)";
  return out;
}

// One line per entity: type, fullest name, the roles the article gives, then every other form.
void Entities(std::string& out, const Article& article) {
  for (const Entity& entity : article.entities) {
    std::string value = entity.type + " " + entity.name;
    for (const Role& role : entity.roles)
      value += " [" + role.title + (role.of.empty() ? "" : " of " + role.of) + "]";
    if (!entity.aliases.empty()) value += " aka " + Join(entity.aliases, ", ");
    value += " x" + std::to_string(entity.mentions.size());
    Field(out, "entity", value);
  }
}

// One line per time expression: the words, then where they land on the calendar.
void Dates(std::string& out, const Article& article) {
  for (const DateMention& date : article.dates) {
    std::string value = Quoted(article, {date.field, date.index, date.span}) + " " + date.type +
                        " " + (date.value.empty() ? "(unresolved)" : date.value);
    if (!date.precision.empty()) value += " " + date.precision;
    if (!date.mod.empty()) value += " " + date.mod;
    if (!date.part_of_day.empty()) value += " part of day: " + date.part_of_day;
    Field(out, "date", value);
  }
}

// One line per place: the gazetteer's name and where it is, with how precise that is; areas say
// so rather than showing a point a reader would take for the place.
void Places(std::string& out, const Article& article) {
  for (const ResolvedPlace& place : article.places) {
    char where[96];
    if (place.DrawnAsPoint()) {
      std::snprintf(where, sizeof where, "%.4f, %.4f", place.lat, place.lon);
    } else {
      std::snprintf(where, sizeof where, "area %.2f..%.2f N, %.2f..%.2f E", place.south,
                    place.north, place.west, place.east);
    }
    std::string value = place.name + " (" + place.precision + "; " + where;
    if (!place.country.empty()) value += "; " + place.country;
    if (!place.admin1.empty()) value += ", " + place.admin1;
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", place.confidence);
    value += "; confidence " + std::string(confidence) + ")";
    std::vector<std::string> forms;
    for (const PlaceMention& mention : place.mentions) {
      std::string form = Quoted(article, mention.where);
      if (!mention.role.empty()) form += " as " + mention.role;
      forms.push_back(std::move(form));
    }
    value += " " + Join(forms, ", ");
    Field(out, "place", value);
  }
}

// One line per place relation: what is located, how, and from what; an estimated point only
// when bearing, distance and a point anchor give one.
void PlaceRelations(std::string& out, const Article& article) {
  for (const PlaceRelation& r : article.place_relations) {
    std::string value = Quoted(article, {TextField::kBody, 0, r.span}) + " " + r.kind;
    if (!r.subject.empty())
      value += ": locates " + Quoted(article, {TextField::kBody, 0, r.subject});
    char detail[96];
    if (!r.bearing.empty()) value += "; bearing " + r.bearing;
    if (r.distance_km > 0) {
      std::snprintf(detail, sizeof detail, "; %.3g km", r.distance_km);
      value += detail;
    }
    value += "; from " + Quoted(article, {TextField::kBody, 0, r.anchor});
    if (r.anchor_place < 0) value += " (no place)";
    if (r.has_point) {
      std::snprintf(detail, sizeof detail, "; about %.2f, %.2f", r.lat, r.lon);
      value += detail;
    }
    Field(out, "relation", value);
  }
}

}  // namespace

std::string ToText(const Article& article) {
  std::string out = article.title.empty() ? "(untitled)" : article.title;
  out += '\n';
  Field(out, "id", article.id);
  Field(out, "source", article.source);
  Field(out, "outlet", article.outlet);
  Field(out, "authors", Join(article.authors, "; "));
  Field(out, "published", article.published);
  Field(out, "language", article.language);
  Field(out, "url", article.url);
  if (article.canonical_url != article.url) Field(out, "canonical", article.canonical_url);
  for (const Image& image : article.images) {
    std::string value = image.caption.empty() ? "(no caption)" : image.caption;
    if (!image.credit.empty()) value += " [credit: " + image.credit + "]";
    if (!image.url.empty()) value += " <" + image.url + ">";
    Field(out, "image", value);
  }
  for (const Link& link : article.links) {
    std::string value = std::string(LinkKindName(link.kind)) + ": " + link.text;
    if (!link.url.empty()) value += " <" + link.url + ">";
    Field(out, "link", value);
  }
  Entities(out, article);
  Dates(out, article);
  Places(out, article);
  PlaceRelations(out, article);
  for (const std::string& warning : article.warnings) Field(out, "warning", warning);
  Field(out, "stages", Join(article.stages, ", "));

  const std::string_view text = article.text;
  size_t next_sentence = 0;
  for (size_t p = 0; p < article.paragraphs.size(); ++p) {
    const Span para = article.paragraphs[p];
    out += "\n[" + std::to_string(p + 1) + "]\n";
    bool any = false;
    for (; next_sentence < article.sentences.size() &&
           para.Contains(article.sentences[next_sentence]);
         ++next_sentence) {
      out += "  ";
      out += article.sentences[next_sentence].Of(text);
      out += '\n';
      any = true;
    }
    if (!any) {
      out += "  ";
      out += para.Of(text);
      out += '\n';
    }
  }
  return out;
}

}  // namespace sitrep
