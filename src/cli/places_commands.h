// `sitrep resolve-places`: resolves toponym spans given from outside (the geoparsing literature's
// "given gold toponyms" setting), so resolution can be measured apart from detection. Kept out
// of main() so tests can drive it with their own files and streams.
//
// One article: --text FILE (UTF-8) and --spans FILE (one `start<TAB>end` per line, code points,
// end exclusive) print the record's {"places": [...]}. A batch: --jsonl FILE, one
// {"text": ..., "spans": [[start, end], ...]} per line (and "url", the article's address, when
// known: its country code is the outlet's country), prints one {"resolved": [...]} per line
// with the choice for each span in order (null when the gazetteer has no such name); --stats
// prints documents per second (CPU time) to stderr. By default the batch is read whole: an
// article whose site has other articles in it is resolved again with the regions they are about
// (resolve/site_regions.h), so a local paper's lone "Columbus" is its own state's. The other modes
// go line by line: --in-order learns as `analyze` does, each article with what its site's earlier
// lines (and --site-memory FILE, read first and written at the end) taught; --each-alone resolves
// every article on its own, as the literature's figures are made; --prominence-only ranks without
// context.
#pragma once

#include <cstdio>
#include <string>

namespace sitrep {

struct ResolvePlacesOptions {
  std::string text;
  std::string spans;
  std::string jsonl;
  std::string gazetteer;
  bool prominence_only = false;  // rank without context (the bench's baseline)
  bool each_alone = false;       // a batch's articles learn nothing from their site's others
  bool in_order = false;         // each article learns from its site's earlier ones only
  std::string site_memory;       // with in_order: the memory's file (site_regions.h)
  bool stats = false;
};

// The exit status: 0 done, 1 an input was unreadable or malformed (reported on |err|).
int RunResolvePlaces(const ResolvePlacesOptions& options, FILE* out, FILE* err);

}  // namespace sitrep
