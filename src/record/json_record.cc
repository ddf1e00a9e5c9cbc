// Article -> JSON. Tested by json_record_test.cc.
//
// Written field by field through a JsonWriter, in the order of the contract, so a person reading
// the output finds identity first, then metadata, then text and layers. Byte offsets become code
// points through one CodePointIndex per article.
#include "record/json_record.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "core/json_writer.h"
#include "core/utf8.h"

namespace sitrep {
namespace {

// Spans as {start, end}; with |dates|, each also has "date": the index in "dates" of the time
// the sentence is about, or null (SentenceDates).
void WriteSpans(JsonWriter& w, const std::vector<Span>& spans, const CodePointIndex& index,
                const SentenceDates* dates = nullptr) {
  w.BeginArray();
  for (size_t i = 0; i < spans.size(); ++i) {
    const uint32_t start = index.ToCodePoint(spans[i].begin);
    const uint32_t end = index.ToCodePoint(spans[i].end);
    const bool dated = dates && i < dates->size();
    const int date = dated ? (*dates)[i] : -1;
    if (w.compact()) {
      // A record holds a span for every sentence and paragraph: each is one append.
      char buffer[80];
      char* at = buffer;
      auto put = [&at](std::string_view s) { at = std::copy(s.begin(), s.end(), at); };
      auto number = [&at, &buffer](int64_t n) {
        at = std::to_chars(at, buffer + sizeof buffer, n).ptr;
      };
      put("{\"start\":");
      number(start);
      put(",\"end\":");
      number(end);
      if (dated) {
        put(",\"date\":");
        if (date < 0) {
          put("null");
        } else {
          number(date);
        }
      }
      put("}");
      w.Raw(std::string_view(buffer, size_t(at - buffer)));
      continue;
    }
    w.BeginObject();
    w.Key("start");
    w.Uint(start);
    w.Key("end");
    w.Uint(end);
    if (dated) {
      w.Key("date");
      if (date < 0) {
        w.Null();
      } else {
        w.Int(date);
      }
    }
    w.EndObject();
  }
  w.EndArray();
}

void WriteStrings(JsonWriter& w, const std::vector<std::string>& strings) {
  w.BeginArray();
  for (const std::string& s : strings) w.String(s);
  w.EndArray();
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

  // The members of a mention, inside an object the caller opened: "start", "end", "text", and
  // where it is when that is not the body: "field": "caption", "index": 0 means
  // images[0].caption, "link" links[i].text, "title" the title.
  void WriteFields(JsonWriter& w, const Mention& m) {
    const std::string_view text = FieldText(article_, m);
    const CodePointIndex& index = IndexOf(m, text);
    w.Key("start");
    w.Uint(index.ToCodePoint(m.span.begin));
    w.Key("end");
    w.Uint(index.ToCodePoint(m.span.end));
    w.Key("text");
    w.String(m.span.Of(text));
    if (m.field != TextField::kBody) {
      w.Key("field");
      w.String(FieldName(m.field));
    }
    if (m.field == TextField::kCaption || m.field == TextField::kLink) {
      w.Key("index");
      w.Uint(m.index);
    }
  }

  void Write(JsonWriter& w, const Mention& m) {
    w.BeginObject();
    WriteFields(w, m);
    w.EndObject();
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

void WriteEntities(JsonWriter& w, const Article& article, const CodePointIndex& body) {
  MentionWriter mentions(article, body);
  w.BeginArray();
  for (size_t i = 0; i < article.entities.size(); ++i) {
    const Entity& e = article.entities[i];
    w.BeginObject();
    w.Key("id");
    w.String("e" + std::to_string(i + 1));
    w.Key("type");
    w.String(e.type);
    w.Key("name");
    w.String(e.name);
    w.Key("aliases");
    WriteStrings(w, e.aliases);
    w.Key("roles");
    w.BeginArray();
    for (const Role& r : e.roles) {
      w.BeginObject();
      w.Key("title");
      w.String(r.title);
      w.Key("of");
      w.StringOrNull(r.of);
      w.Key("mention");
      mentions.Write(w, r.mention);
      w.EndObject();
    }
    w.EndArray();
    w.Key("mentions");
    w.BeginArray();
    for (const Mention& m : e.mentions) mentions.Write(w, m);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void WriteDates(JsonWriter& w, const Article& article, const CodePointIndex& index) {
  MentionWriter mentions(article, index);
  w.BeginArray();
  for (const DateMention& d : article.dates) {
    w.BeginObject();
    mentions.WriteFields(w, {d.field, d.index, d.span});
    w.Key("type");
    w.String(d.type);
    w.Key("value");
    w.StringOrNull(d.value);
    w.Key("precision");
    w.String(d.precision);
    w.Key("confidence");
    w.Double(std::round(double(d.confidence) * 100) / 100);
    if (!d.mod.empty()) {
      w.Key("mod");
      w.String(d.mod);
    }
    if (!d.part_of_day.empty()) {
      w.Key("part_of_day");
      w.String(d.part_of_day);
    }
    if (d.range_end >= 0) {
      w.Key("range_end");
      w.Int(d.range_end);
    }
    w.EndObject();
  }
  w.EndArray();
}

// Six decimals of a degree are about 10 cm: more would be float noise from the gazetteer.
double Degrees(double v) { return std::round(v * 1e6) / 1e6; }

void WriteDegrees(JsonWriter& w, std::initializer_list<double> values) {
  w.BeginArray();
  for (const double v : values) w.Double(Degrees(v));
  w.EndArray();
}

// The record's place fields, or for GeoJSON's properties (|sentences|) the same without the
// coordinates and extent, which the geometry carries, and each mention with its sentence.
enum class PlaceForm : uint8_t { kRecord, kGeoJson };

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

void WritePlace(JsonWriter& w, const Article& article, const ResolvedPlace& p,
                MentionWriter& mentions, PlaceForm form) {
  const bool record = form == PlaceForm::kRecord;
  w.BeginObject();
  w.Key("geonames_id");
  if (p.geonames_id != 0) {
    w.Uint(p.geonames_id);
  } else {
    w.Null();
  }
  w.Key("name");
  w.String(p.name);
  if (record) {
    w.Key("lat");
    w.Double(Degrees(p.lat));
    w.Key("lon");
    w.Double(Degrees(p.lon));
  }
  w.Key("country");
  w.StringOrNull(p.country);
  w.Key("admin1");
  w.StringOrNull(p.admin1);
  w.Key("feature");
  w.String(p.feature);
  w.Key("precision");
  w.String(p.precision);
  // An area is drawn as its extent, never as a point: [south, west, north, east].
  if (record && !p.DrawnAsPoint()) {
    w.Key("bbox");
    WriteDegrees(w, {p.south, p.west, p.north, p.east});
  }
  w.Key("confidence");
  w.Double(std::round(p.confidence * 1000) / 1000);
  w.Key("mentions");
  w.BeginArray();
  for (const PlaceMention& m : p.mentions) {
    w.BeginObject();
    mentions.WriteFields(w, m.where);
    if (!m.role.empty()) {
      w.Key("role");
      w.String(m.role);
    }
    if (!record) {
      w.Key("sentence");
      w.StringOrNull(SentenceOf(article, m.where));
    }
    w.EndObject();
  }
  w.EndArray();
  if (!record) {
    w.Key("point");
    WriteDegrees(w, {p.lon, p.lat});
  }
  w.EndObject();
}

// A mention of the body with, when |place| is not -1, the index of its place in "places".
void WriteBodyMention(JsonWriter& w, MentionWriter& mentions, Span span, int place) {
  w.BeginObject();
  mentions.WriteFields(w, Mention{TextField::kBody, 0, span});
  w.Key("place");
  if (place >= 0) {
    w.Int(place);
  } else {
    w.Null();
  }
  w.EndObject();
}

void WritePlaceRelations(JsonWriter& w, const Article& article, const CodePointIndex& body) {
  MentionWriter mentions(article, body);
  w.BeginArray();
  for (const PlaceRelation& r : article.place_relations) {
    w.BeginObject();
    mentions.WriteFields(w, Mention{TextField::kBody, 0, r.span});
    w.Key("kind");
    w.String(r.kind);
    w.Key("bearing");
    w.StringOrNull(r.bearing);
    w.Key("distance_km");
    if (r.distance_km > 0) {
      w.Double(std::round(r.distance_km * 1000) / 1000);
    } else {
      w.Null();
    }
    w.Key("distance");
    if (r.distance.empty()) {
      w.Null();
    } else {
      mentions.Write(w, Mention{TextField::kBody, 0, r.distance});
    }
    w.Key("anchor");
    WriteBodyMention(w, mentions, r.anchor, r.anchor_place);
    w.Key("subject");
    if (r.subject.empty()) {
      w.Null();
    } else {
      WriteBodyMention(w, mentions, r.subject, r.subject_place);
    }
    // An estimate, so it says so: the writer's round distance from the anchor's point.
    w.Key("point");
    if (r.has_point) {
      w.BeginObject();
      w.Key("lat");
      w.Double(std::round(r.lat * 100) / 100);
      w.Key("lon");
      w.Double(std::round(r.lon * 100) / 100);
      w.Key("precision");
      w.String("estimate");
      w.EndObject();
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
}

void WritePlaces(JsonWriter& w, const Article& article, const CodePointIndex& body) {
  MentionWriter mentions(article, body);
  w.BeginArray();
  for (const ResolvedPlace& p : article.places) {
    WritePlace(w, article, p, mentions, PlaceForm::kRecord);
  }
  w.EndArray();
}

void WriteMetadataSources(JsonWriter& w, const MetadataSources& from) {
  w.BeginObject();
  const std::pair<const char*, const std::string*> fields[] = {
      {"title", &from.title},         {"authors", &from.authors},
      {"published", &from.published}, {"modified", &from.modified},
      {"outlet", &from.outlet},       {"canonical_url", &from.canonical_url},
      {"language", &from.language},   {"section", &from.section},
      {"image", &from.image}};
  for (const auto& [name, value] : fields) {
    w.Key(name);
    w.StringOrNull(*value);
  }
  w.EndObject();
}

}  // namespace

std::string ToJson(const Article& article, int indent) {
  const CodePointIndex index(article.text);
  // Reserve the output once: growing a multi-megabyte string by doubling costs more than the
  // escaping itself.
  std::string out;
  out.reserve(article.text.size() + article.text.size() / 8 + 64 * article.sentences.size() + 4096);
  JsonWriter w(&out, indent);
  w.BeginObject();
  w.Key("id");
  w.String(article.id);
  const std::pair<const char*, const std::string*> identity[] = {
      {"source", &article.source},
      {"url", &article.url},
      {"canonical_url", &article.canonical_url}};
  for (const auto& [name, value] : identity) {
    w.Key(name);
    w.StringOrNull(*value);
  }
  w.Key("content_hash");
  w.String(HashHex(article.text));
  w.Key("outlet");
  w.StringOrNull(article.outlet);
  w.Key("authors");
  WriteStrings(w, article.authors);
  const std::pair<const char*, const std::string*> metadata[] = {{"title", &article.title},
                                                                 {"published", &article.published},
                                                                 {"modified", &article.modified},
                                                                 {"language", &article.language},
                                                                 {"section", &article.section}};
  for (const auto& [name, value] : metadata) {
    w.Key(name);
    w.StringOrNull(*value);
  }
  w.Key("metadata_sources");
  WriteMetadataSources(w, article.metadata_sources);
  w.Key("text");
  w.String(article.text);
  w.Key("paragraphs");
  WriteSpans(w, article.paragraphs, index);
  w.Key("sentences");
  WriteSpans(w, article.sentences, index,
             article.sentence_dates.empty() ? nullptr : &article.sentence_dates);
  w.Key("images");
  w.BeginArray();
  for (const Image& image : article.images) {
    w.BeginObject();
    w.Key("url");
    w.StringOrNull(image.url);
    w.Key("caption");
    w.StringOrNull(image.caption);
    w.Key("credit");
    w.StringOrNull(image.credit);
    w.EndObject();
  }
  w.EndArray();
  w.Key("links");
  w.BeginArray();
  for (const Link& link : article.links) {
    w.BeginObject();
    w.Key("text");
    w.String(link.text);
    w.Key("url");
    w.StringOrNull(link.url);
    w.Key("kind");
    w.String(LinkKindName(link.kind));
    w.EndObject();
  }
  w.EndArray();
  w.Key("entities");
  WriteEntities(w, article, index);
  w.Key("places");
  WritePlaces(w, article, index);
  w.Key("place_relations");
  WritePlaceRelations(w, article, index);
  w.Key("dates");
  WriteDates(w, article, index);
  // Layers that later stages fill are present now, so consumers can rely on the keys.
  for (const char* layer : {"quantities", "quotes", "claims", "events"}) {
    w.Key(layer);
    w.BeginArray();
    w.EndArray();
  }
  w.Key("stages");
  WriteStrings(w, article.stages);
  w.Key("warnings");
  WriteStrings(w, article.warnings);
  w.EndObject();
  return out;
}

namespace {

void WritePosition(JsonWriter& w, double lon, double lat) { WriteDegrees(w, {lon, lat}); }

void WriteRing(JsonWriter& w, double south, double west, double north, double east) {
  w.BeginArray();
  w.BeginArray();
  WritePosition(w, west, south);
  WritePosition(w, east, south);
  WritePosition(w, east, north);
  WritePosition(w, west, north);
  WritePosition(w, west, south);
  w.EndArray();
  w.EndArray();
}

void WriteGeometry(JsonWriter& w, const ResolvedPlace& p) {
  w.BeginObject();
  w.Key("type");
  if (p.DrawnAsPoint()) {
    w.String("Point");
    w.Key("coordinates");
    WritePosition(w, p.lon, p.lat);
  } else if (p.west <= p.east) {
    w.String("Polygon");
    w.Key("coordinates");
    WriteRing(w, p.south, p.west, p.north, p.east);
  } else {
    // Cut at the antimeridian, as RFC 7946 asks.
    w.String("MultiPolygon");
    w.Key("coordinates");
    w.BeginArray();
    WriteRing(w, p.south, p.west, p.north, 180);
    WriteRing(w, p.south, -180, p.north, p.east);
    w.EndArray();
  }
  w.EndObject();
}

}  // namespace

std::string ToGeoJson(const Article& article, int indent) {
  const CodePointIndex index(article.text);
  MentionWriter mentions(article, index);
  std::string out;
  JsonWriter w(&out, indent);
  w.BeginObject();
  w.Key("type");
  w.String("FeatureCollection");
  w.Key("features");
  w.BeginArray();
  for (size_t i = 0; i < article.places.size(); ++i) {
    const ResolvedPlace& p = article.places[i];
    w.BeginObject();
    w.Key("type");
    w.String("Feature");
    w.Key("id");
    w.String("p" + std::to_string(i + 1));
    if (!p.DrawnAsPoint()) {
      w.Key("bbox");
      WriteDegrees(w, {p.west, p.south, p.east, p.north});
    }
    w.Key("geometry");
    WriteGeometry(w, p);
    w.Key("properties");
    WritePlace(w, article, p, mentions, PlaceForm::kGeoJson);
    w.EndObject();
  }
  // Where a bearing and a distance from a city lead ("15 km north of Bakhmut"): a point of its
  // own, marked as an estimate and tied to the place it was measured from.
  const auto feature_id = [](int place) { return "p" + std::to_string(place + 1); };
  for (size_t i = 0; i < article.place_relations.size(); ++i) {
    const PlaceRelation& r = article.place_relations[i];
    if (!r.has_point) continue;
    w.BeginObject();
    w.Key("type");
    w.String("Feature");
    w.Key("id");
    w.String("r" + std::to_string(i + 1));
    w.Key("geometry");
    w.BeginObject();
    w.Key("type");
    w.String("Point");
    w.Key("coordinates");
    WritePosition(w, std::round(r.lon * 100) / 100, std::round(r.lat * 100) / 100);
    w.EndObject();
    w.Key("properties");
    w.BeginObject();
    w.Key("relation");
    w.String(r.span.Of(article.text));
    w.Key("kind");
    w.String(r.kind);
    w.Key("bearing");
    w.StringOrNull(r.bearing);
    w.Key("distance_km");
    w.Double(std::round(r.distance_km * 1000) / 1000);
    w.Key("precision");
    w.String("estimate");
    w.Key("anchor");
    w.String(feature_id(r.anchor_place));
    w.Key("subject");
    w.StringOrNull(r.subject_place >= 0 ? feature_id(r.subject_place) : "");
    w.Key("sentence");
    w.StringOrNull(SentenceOf(article, Mention{TextField::kBody, 0, r.span}));
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  if (!article.id.empty()) {
    w.Key("article");
    w.String(article.id);
  }
  w.EndObject();
  return out;
}

std::string PlacesToJson(const Article& article, int indent) {
  const CodePointIndex index(article.text);
  std::string out;
  JsonWriter w(&out, indent);
  w.BeginObject();
  w.Key("places");
  WritePlaces(w, article, index);
  w.EndObject();
  return out;
}

}  // namespace sitrep
