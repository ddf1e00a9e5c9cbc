// The record: an Article as one JSON object, the form every consumer of sitrep reads (the CLI's
// stdout, the store, the HTTP API).
//
// Field names are a contract; new fields may be added, none renamed. Offsets are Unicode code
// points into `text`, end exclusive, so `text[start:end]` in Python returns the span. Unknown
// metadata is null, never a guess. Layers no stage has produced yet are empty lists.
#pragma once

#include <string>

#include "core/article.h"

namespace sitrep {

// One JSON object, no trailing newline: on one line when |indent| < 0, else pretty-printed with
// |indent| spaces per level.
std::string ToJson(const Article& article, int indent = -1);

// The record's `places` alone, as {"places": [...]}, the same fields and offsets as in ToJson:
// for `sitrep resolve-places`, which resolves given spans without the rest of the pipeline.
std::string PlacesToJson(const Article& article, int indent = -1);

// The article's places as one GeoJSON FeatureCollection (RFC 7946), for a map: a city is a Point;
// a region, country or sea is the Polygon of its extent (a MultiPolygon when it crosses the
// 180th meridian), never a bare point, with its point as `properties.point`. Properties: the
// record's place fields, and each mention with the sentence it occurs in.
std::string ToGeoJson(const Article& article, int indent = -1);

}  // namespace sitrep
