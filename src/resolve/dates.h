// The dates stage: every time expression of the article's body, title and image captions,
// resolved against its publication date (`published`, which `--date` overrides), as the `dates`
// layer; and for each sentence of the body the time it is about (`sentence_dates`), which the
// quotes, claims and events of that sentence take as their date.
//
// Numeric dates are read in the order of the outlet's country (3/7/2023 is 3 July on a .uk or
// .ru site and March 7 on a .com or .us one, unless the page's language says en-US or en-GB).
// With no publication date, relative expressions stay unresolved.
//
// Not for: dates of the article itself (the reader finds those) or event ordering.
#pragma once

#include "core/stage.h"

namespace sitrep {

class DatesStage : public Stage {
 public:
  std::string_view Name() const override { return "dates.v1"; }
  std::vector<std::string> Reads() const override {
    return {"text", "sentences", "metadata", "paragraphs", "images"};
  }
  std::vector<std::string> Writes() const override { return {"dates", "sentence_dates"}; }
  Status Run(Article& article) const override;
};

// Whether the article's numeric dates write the day first, from its language and URL.
bool WritesDayFirst(const Article& article);

}  // namespace sitrep
