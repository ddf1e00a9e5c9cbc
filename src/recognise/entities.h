// The entities stage: people, organisations, places, nationalities and other names of an
// article, merged into one entity per referent, with roles (the `entities` layer).
//
// Steps: tokenise every sentence of the body, and the title, image captions and link texts
// (names are there too: "NATO" may be named only in a related-article link); tag them as one
// document with the NER model (ner_model.h); give each span its record type (entity_types.h);
// keep role words out of person names ("President Zelensky" tagged whole); join names the tagger
// cut in two ("Bosnia and Herzegovina", "Bab al-Salam": split_names.h); merge spans into entities
// (name_coref.h); attach roles to people (roles.h).
//
// Without a model (not built yet: `make model`) the registry leaves the stage out and the run says
// so once. The model is English: an article whose page declares another language gets no
// entities and a warning, since an English tagger reads German's capitalised nouns as names.
//
// Not for: resolving places to coordinates, or linking entities across articles.
#pragma once

#include <string>

#include "core/stage.h"
#include "recognise/ner_model.h"

namespace sitrep {

class EntityRecogniser : public Stage {
 public:
  explicit EntityRecogniser(ner::NerModel model) : model_(std::move(model)) {}
  std::string_view Name() const override { return "entities.v1"; }
  std::vector<std::string> Reads() const override { return {"text", "sentences"}; }
  std::vector<std::string> Writes() const override { return {"entities"}; }
  Status Run(Article& article) const override;

 private:
  ner::NerModel model_;
};

}  // namespace sitrep
