// Article -> JSON. Tested by json_record_test.cc.
//
// nlohmann::ordered_json keeps the field order of the contract, so a person reading the output
// finds identity first, then metadata, then text and layers. Byte offsets become code points
// through one CodePointIndex per article.
#include "record/json_record.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace sitrep {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json Spans(const std::vector<Span>& spans, const CodePointIndex& index) {
  Json out = Json::array();
  for (const Span& s : spans) {
    out.push_back({{"start", index.ToCodePoint(s.begin)}, {"end", index.ToCodePoint(s.end)}});
  }
  return out;
}

std::string_view FieldName(TextField field) {
  switch (field) {
    case TextField::kBody: return "text";
    case TextField::kTitle: return "title";
    case TextField::kCaption: return "caption";
    case TextField::kLink: return "link";
  }
  return "text";
}

// Code-point offsets of mentions, one index per text field, built when first needed.
class MentionWriter {
 public:
  MentionWriter(const Article& article, const CodePointIndex& body)
      : article_(article), body_(body) {}

  // {"start", "end", "text"}, and where it is when that is not the body: {"field": "caption",
  // "index": 0} means images[0].caption, "link" links[i].text, "title" the title.
  Json Write(const Mention& m) {
    const std::string_view text = FieldText(article_, m);
    const CodePointIndex& index = IndexOf(m, text);
    Json j = {{"start", index.ToCodePoint(m.span.begin)},
              {"end", index.ToCodePoint(m.span.end)},
              {"text", m.span.Of(text)}};
    if (m.field != TextField::kBody) j["field"] = FieldName(m.field);
    if (m.field == TextField::kCaption || m.field == TextField::kLink) j["index"] = m.index;
    return j;
  }

 private:
  const CodePointIndex& IndexOf(const Mention& m, std::string_view text) {
    if (m.field == TextField::kBody) return body_;
    const auto key = std::make_pair(int(m.field), m.index);
    auto it = others_.find(key);
    if (it == others_.end()) it = others_.emplace(key, CodePointIndex(text)).first;
    return it->second;
  }

  const Article& article_;
  const CodePointIndex& body_;
  std::map<std::pair<int, uint32_t>, CodePointIndex> others_;
};

Json Entities(const Article& article, const CodePointIndex& body) {
  MentionWriter writer(article, body);
  Json out = Json::array();
  for (size_t i = 0; i < article.entities.size(); ++i) {
    const Entity& e = article.entities[i];
    Json roles = Json::array();
    for (const Role& r : e.roles) {
      Json role = {{"title", r.title}, {"of", OrNull(r.of)}};
      role["mention"] = writer.Write(r.mention);
      roles.push_back(std::move(role));
    }
    Json mentions = Json::array();
    for (const Mention& m : e.mentions) mentions.push_back(writer.Write(m));
    out.push_back({{"id", "e" + std::to_string(i + 1)},
                   {"type", e.type},
                   {"name", e.name},
                   {"aliases", e.aliases},
                   {"roles", std::move(roles)},
                   {"mentions", std::move(mentions)}});
  }
  return out;
}

Json Dates(const Article& article, const CodePointIndex& index) {
  Json out = Json::array();
  for (const DateMention& d : article.dates) {
    Json j = {{"start", index.ToCodePoint(d.span.begin)},
              {"end", index.ToCodePoint(d.span.end)},
              {"text", d.span.Of(article.text)},
              {"type", d.type},
              {"value", OrNull(d.value)},
              {"precision", d.precision},
              {"confidence", std::round(double(d.confidence) * 100) / 100}};
    if (!d.mod.empty()) j["mod"] = d.mod;
    if (!d.part_of_day.empty()) j["part_of_day"] = d.part_of_day;
    if (d.range_end >= 0) j["range_end"] = d.range_end;
    out.push_back(std::move(j));
  }
  return out;
}

// Six decimals of a degree are about 10 cm: more would be float noise from the gazetteer.
double Degrees(double v) { return std::round(v * 1e6) / 1e6; }

Json Places(const Article& article, const CodePointIndex& body) {
  MentionWriter writer(article, body);
  Json out = Json::array();
  for (const ResolvedPlace& p : article.places) {
    Json mentions = Json::array();
    for (const PlaceMention& m : p.mentions) {
      Json j = writer.Write(m.where);
      if (!m.role.empty()) j["role"] = m.role;
      mentions.push_back(std::move(j));
    }
    Json place = {{"geonames_id", p.geonames_id ? Json(p.geonames_id) : Json(nullptr)},
                  {"name", p.name},
                  {"lat", Degrees(p.lat)},
                  {"lon", Degrees(p.lon)},
                  {"country", OrNull(p.country)},
                  {"admin1", OrNull(p.admin1)},
                  {"feature", p.feature},
                  {"precision", p.precision}};
    // An area is drawn as its extent, never as a point: [south, west, north, east].
    if (p.precision != "city") {
      place["bbox"] = {Degrees(p.south), Degrees(p.west), Degrees(p.north), Degrees(p.east)};
    }
    place["confidence"] = std::round(p.confidence * 1000) / 1000;
    place["mentions"] = std::move(mentions);
    out.push_back(std::move(place));
  }
  return out;
}

}  // namespace

std::string ToJson(const Article& article, int indent) {
  const CodePointIndex index(article.text);
  Json j;
  j["id"] = article.id;
  j["source"] = OrNull(article.source);
  j["url"] = OrNull(article.url);
  j["canonical_url"] = OrNull(article.canonical_url);
  j["content_hash"] = HashHex(article.text);
  j["outlet"] = OrNull(article.outlet);
  j["authors"] = article.authors;
  j["title"] = OrNull(article.title);
  j["published"] = OrNull(article.published);
  j["modified"] = OrNull(article.modified);
  j["language"] = OrNull(article.language);
  j["section"] = OrNull(article.section);
  const MetadataSources& from = article.metadata_sources;
  j["metadata_sources"] = {
      {"title", OrNull(from.title)},         {"authors", OrNull(from.authors)},
      {"published", OrNull(from.published)}, {"modified", OrNull(from.modified)},
      {"outlet", OrNull(from.outlet)},       {"canonical_url", OrNull(from.canonical_url)},
      {"language", OrNull(from.language)},   {"section", OrNull(from.section)},
      {"image", OrNull(from.image)}};
  j["text"] = article.text;
  j["paragraphs"] = Spans(article.paragraphs, index);
  j["sentences"] = Spans(article.sentences, index);
  Json images = Json::array();
  for (const Image& image : article.images) {
    images.push_back({{"url", OrNull(image.url)},
                      {"caption", OrNull(image.caption)},
                      {"credit", OrNull(image.credit)}});
  }
  j["images"] = std::move(images);
  Json links = Json::array();
  for (const Link& link : article.links) {
    links.push_back(
        {{"text", link.text}, {"url", OrNull(link.url)}, {"kind", LinkKindName(link.kind)}});
  }
  j["links"] = std::move(links);
  j["entities"] = Entities(article, index);
  j["places"] = Places(article, index);
  j["dates"] = Dates(article, index);
  // Layers that later stages fill are present now, so consumers can rely on the keys.
  for (const char* layer : {"quantities", "quotes", "claims", "events"}) j[layer] = Json::array();
  j["stages"] = article.stages;
  j["warnings"] = article.warnings;
  // Reserve the output once: growing a multi-megabyte string by doubling costs more than the
  // escaping itself. Repaired input is valid UTF-8, but replace rather than throw should a bug
  // let bad bytes by.
  std::string out;
  out.reserve(article.text.size() + article.text.size() / 8 + 64 * article.sentences.size() + 4096);
  nlohmann::detail::serializer<Json> serializer(nlohmann::detail::output_adapter<char>(out), ' ',
                                                Json::error_handler_t::replace);
  serializer.dump(j, indent >= 0, false, static_cast<unsigned>(std::max(indent, 0)));
  return out;
}

namespace {

Json Position(double lon, double lat) { return Json::array({Degrees(lon), Degrees(lat)}); }

Json Ring(double south, double west, double north, double east) {
  return Json::array(
      {Json::array({Position(west, south), Position(east, south), Position(east, north),
                    Position(west, north), Position(west, south)})});
}

Json Geometry(const ResolvedPlace& p) {
  if (p.precision == "city") return {{"type", "Point"}, {"coordinates", Position(p.lon, p.lat)}};
  if (p.west <= p.east) {
    return {{"type", "Polygon"}, {"coordinates", Ring(p.south, p.west, p.north, p.east)}};
  }
  // Cut at the antimeridian, as RFC 7946 asks.
  return {{"type", "MultiPolygon"},
          {"coordinates", Json::array({Ring(p.south, p.west, p.north, 180),
                                       Ring(p.south, -180, p.north, p.east)})}};
}

// The text of the sentence that holds a body mention; for other fields, the field's text.
std::string_view SentenceOf(const Article& article, const Mention& m) {
  if (m.field != TextField::kBody) return FieldText(article, m);
  const auto it = std::upper_bound(article.sentences.begin(), article.sentences.end(), m.span.begin,
                                   [](uint32_t at, const Span& s) { return at < s.begin; });
  if (it != article.sentences.begin() && std::prev(it)->Contains(m.span)) {
    return std::prev(it)->Of(article.text);
  }
  return {};
}

}  // namespace

std::string ToGeoJson(const Article& article, int indent) {
  const CodePointIndex index(article.text);
  const Json places = Places(article, index);
  Json features = Json::array();
  for (size_t i = 0; i < article.places.size(); ++i) {
    const ResolvedPlace& p = article.places[i];
    Json properties = places[i];
    properties.erase("lat");
    properties.erase("lon");
    properties.erase("bbox");
    properties["point"] = Position(p.lon, p.lat);
    for (size_t k = 0; k < p.mentions.size(); ++k) {
      const std::string_view sentence = SentenceOf(article, p.mentions[k].where);
      properties["mentions"][k]["sentence"] = sentence.empty() ? Json(nullptr) : Json(sentence);
    }
    Json feature = {{"type", "Feature"}, {"id", "p" + std::to_string(i + 1)}};
    if (p.precision != "city") {
      feature["bbox"] = {Degrees(p.west), Degrees(p.south), Degrees(p.east), Degrees(p.north)};
    }
    feature["geometry"] = Geometry(p);
    feature["properties"] = std::move(properties);
    features.push_back(std::move(feature));
  }
  Json j = {{"type", "FeatureCollection"}, {"features", std::move(features)}};
  if (!article.id.empty()) j["article"] = article.id;
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string PlacesToJson(const Article& article, int indent) {
  const CodePointIndex index(article.text);
  Json j;
  j["places"] = Places(article, index);
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace sitrep
