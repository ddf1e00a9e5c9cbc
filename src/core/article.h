// Article: the one document object that every stage annotates (spaCy's Doc).
//
// A reader creates it from bytes and fills the metadata, `text` (the body, paragraphs joined by a
// blank line) and `paragraphs`; each later stage adds one layer (sentences, entities, dates...)
// as spans into `text`. `text` does not change after the reader is done, so spans stay valid.
// Every offset here is a byte offset; the record converts to code points on output.
//
// Not for: storage or presentation. The JSON and text forms live in src/record/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace sitrep {

struct Image {
  std::string url;
  std::string caption;
  std::string credit;
};

enum class LinkKind { kRelated, kSource, kOther };
std::string_view LinkKindName(LinkKind kind);

struct Link {
  std::string text;
  std::string url;
  LinkKind kind = LinkKind::kOther;
};

// Where each metadata field of an Article came from, as a short name: "json-ld", "opengraph",
// "meta", "dublin-core", "time", "byline", "dateline", "url-path", "url" (an outlet named after
// the URL's host), "title-element", "h1", "h2", "options" (the caller said so). Empty when the
// field is empty: a consumer weighing a field (a date from a URL path is a day at best) needs to
// know how it was found.
struct MetadataSources {
  std::string title;
  std::string authors;
  std::string published;
  std::string modified;
  std::string outlet;
  std::string canonical_url;
  std::string language;
  std::string section;
  std::string image;  // the lead image, images.front()
};

// Which text of the article a mention lies in: names occur in the title, captions and link texts
// as well as the body ("NATO" may be named only in a related-article link). Spans are into that
// field's string; |index| picks the image or link.
enum class TextField : uint8_t { kBody, kTitle, kCaption, kLink };

struct Mention {
  TextField field = TextField::kBody;
  uint32_t index = 0;  // images[index] or links[index] for kCaption and kLink
  Span span;
};

// A role the article gives a person: "Defense Minister" of "Russia", "chief" of "UN".
struct Role {
  std::string title;  // as written, without the organisation or country when those lead it
  std::string of;     // the organisation or country it belongs to; empty when not stated
  Mention mention;    // where the whole role phrase is written
};

// One real-world referent named in the article, all its mentions merged (the entities layer).
struct Entity {
  std::string type;                  // PERSON, ORG, GPE, LOC, NORP, MISC
  std::string name;                  // the fullest form the article uses
  std::vector<std::string> aliases;  // the other forms, each once
  std::vector<Role> roles;
  std::vector<Mention> mentions;  // in reading order: body first, then title, captions, links
};

// A time expression, placed on the calendar against the article's date (the dates layer): "late
// Monday" in an article of 2023-03-07 is DATE 2023-03-06, part of day "late". Most are in the
// body; the title's and the captions' say which field they are in.
struct DateMention {
  Span span;                           // into the field's text
  TextField field = TextField::kBody;  // kBody, kTitle or kCaption
  uint32_t index = 0;                  // images[index] for kCaption
  std::string type;                    // DATE, TIME, DURATION, SET
  std::string value;        // TIMEX3 value ("2023-03-06", "2023-W09-WE", "P1Y", "PRESENT_REF");
                            // empty when it needs an article date that is unknown
  std::string precision;    // day, week, weekend, month, quarter, year, decade, part_of_day...
  std::string mod;          // START, MID, END, MORE_THAN, LESS_THAN, APPROX; empty when none
  std::string part_of_day;  // morning, evening, night, late, early...; empty when none is said
  float confidence = 0;
  int range_end = -1;  // on the start of a range ("from May 25 to June 1"), the index of its end
};

// The time a sentence of the body is about, for the quotes, claims and events it holds: the first
// date or time it names (not an amount, a set or a vague "now"), else, within one paragraph, the
// one the sentence before was about ("Russia struck on Monday. Three people died."). -1 when the
// paragraph has named none: the article's own date applies.
using SentenceDates = std::vector<int>;

// Where a place is named, and how: a role of "government" marks metonymy ("Kyiv said": the
// Ukrainian government speaking, still a mention of the place).
struct PlaceMention {
  Mention where;
  std::string role;  // empty, or "government"
};

// One place the article names, resolved against the gazetteer (the places layer). Areas keep
// their extent so that nothing draws a country as a point.
struct ResolvedPlace {
  uint32_t geonames_id = 0;  // 0 when the place is not a GeoNames entry (countries, regions)
  std::string name;          // the gazetteer's name ("Kyiv" for a mention of "Kiev")
  double lat = 0, lon = 0;
  double south = 0, west = 0, north = 0, east = 0;  // the extent; a point's is the point
  std::string country;    // ISO 3166-1 alpha-2; empty for seas, continents
  std::string admin1;     // the first-level region's name; empty when none
  std::string feature;    // city, admin region, country, continent, physical feature, region
  std::string precision;  // city, vicinity (in or by the town), admin1, admin2, country, region
  double confidence = 0;  // 0..1: how sure the choice among same-named places is
  std::vector<PlaceMention> mentions;  // in reading order, each with its surface form

  // A town, or a place known only as in or by one, is drawn at the town's point; anything
  // larger as its extent, so no country or region passes for a point.
  bool DrawnAsPoint() const { return precision == "city" || precision == "vicinity"; }
};

// A place located by its bearing or distance from another, in the body (the place_relations
// layer): "Chasiv Yar, 10 kilometers west of the front line". Places are indices in `places`.
struct PlaceRelation {
  Span span;               // the whole phrase, distance through anchor
  std::string kind;        // "bearing" (west of), "distance" (10 km from), "near", "outside",
                           // "outskirts", "off_coast"
  std::string bearing;     // N, NE, E, SE, S, SW, W, NW; empty when none is given
  double distance_km = 0;  // 0 when no distance is given
  Span distance;           // the distance as written ("10 kilometers"); empty when none
  Span anchor;             // what it is measured from: a place's mention, or "the front line"
  int anchor_place = -1;   // the anchor's index in places; -1 for a line or an area no list has
  Span subject;            // the place it locates, when the sentence names it just before
  int subject_place = -1;
  bool has_point = false;  // an estimate from a point anchor, a bearing and a distance
  double lat = 0, lon = 0;
};

// A first-level region (a gazetteer entry) and the share of a news site's articles' towns that
// lie in it (resolve/site_regions.h).
struct RegionShare {
  uint32_t region = 0;
  double share = 0;
};

struct Article {
  // Identity and metadata, as the reader found them. Empty means unknown.
  std::string id;      // stable: derived from the URL when there is one, else from the text
  std::string source;  // the file it was read from ("-" for standard input), for messages
  std::string url;
  std::string canonical_url;
  std::string outlet;
  std::vector<std::string> authors;
  std::string title;
  std::string published;  // ISO 8601; a date alone when only the date is known
  std::string modified;   // the same form; the last update the page declares
  std::string language;   // BCP 47, "en"
  std::string section;    // the outlet's section or desk ("Politics"), as the page names it
  MetadataSources metadata_sources;

  std::string text;  // valid UTF-8, LF line ends
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;  // written by the segment stage

  std::vector<Image> images;
  std::vector<Link> links;

  std::vector<Entity> entities;       // written by the entities stage
  std::vector<DateMention> dates;     // written by the dates stage
  SentenceDates sentence_dates;       // by the dates stage: for each sentence, an index in dates
  std::vector<ResolvedPlace> places;  // written by the places stage
  std::vector<PlaceRelation> place_relations;  // by the place relations stage

  // Not part of the record: a site's memory passed between the caller and the places stage
  // (resolve/site_regions.h). The caller sets |site_regions|, where the article's site wrote
  // about before (sorted by region); the places stage lifts those regions' towns and writes
  // |site_lesson|, the regions of the towns it chose in the end, for the caller to learn.
  std::vector<RegionShare> site_regions;
  std::vector<uint32_t> site_lesson;

  // The versioned names of the reader and the stages that made this record ("sentences.v1").
  std::vector<std::string> stages;
  // What went wrong without stopping the article (repaired UTF-8, a dropped element...).
  std::vector<std::string> warnings;
};

// Sets `id` from the URL when known, else from the text: the same page read twice gets the same
// id, and two different pages collide only by 64-bit hash accident.
void AssignStableId(Article& article);

// The string a mention's span is into: text, title, a caption or a link's text.
std::string_view FieldText(const Article& article, const Mention& mention);

// 64-bit FNV-1a: small, fast, stable across platforms.
uint64_t Hash64(std::string_view bytes);
// Hash64 as 16 lower-case hex digits.
std::string HashHex(std::string_view bytes);

}  // namespace sitrep
