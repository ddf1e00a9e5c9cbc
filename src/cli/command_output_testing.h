// Test helper: runs a CLI command function with its stdout and stderr captured in memory, so a
// test can assert the exit status and both outputs. For tests only.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace sitrep {

struct Captured {
  int status;
  std::string out, err;
};

// `run` takes (FILE* out, FILE* err) and returns the command's exit status.
template <typename F>
Captured Capture(F run) {
  char *ob = nullptr, *eb = nullptr;
  size_t on = 0, en = 0;
  FILE* out = open_memstream(&ob, &on);
  FILE* err = open_memstream(&eb, &en);
  const int status = run(out, err);
  std::fclose(out);
  std::fclose(err);
  Captured c{status, std::string(ob, on), std::string(eb, en)};
  std::free(ob);
  std::free(eb);
  return c;
}

}  // namespace sitrep
