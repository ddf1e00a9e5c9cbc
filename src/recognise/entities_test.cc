#include "recognise/entities.h"

#include <gtest/gtest.h>

#include "segment/sentences.h"

namespace sitrep {
namespace {

// The tagger's model is built by `make model` from ../shared/data; tests that need it skip
// without it.
class EntitiesWithModel : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<ner::NerModel> model = ner::NerModel::Load(ner::DefaultModelPath());
    if (!model.ok()) GTEST_SKIP() << model.status().ToString();
    stage_.emplace(std::move(model).value());
  }

  Article Run(const std::string& text) {
    Article a;
    a.text = text;
    a.paragraphs = {{0, uint32_t(text.size())}};
    EXPECT_TRUE(SentenceSegmenter().Run(a).ok());
    EXPECT_TRUE(stage_->Run(a).ok());
    return a;
  }

  const Entity* Find(const Article& a, std::string_view name) {
    for (const Entity& e : a.entities) {
      if (e.name == name) return &e;
    }
    return nullptr;
  }

  std::optional<EntityRecogniser> stage_;
};

TEST_F(EntitiesWithModel, OtherLanguagesGetNoEntitiesAndAWarning) {
  Article a;
  a.language = "de";
  a.text = "Die Bundesregierung hat am Montag in Berlin neue Regeln beschlossen.";
  a.paragraphs = {{0, uint32_t(a.text.size())}};
  ASSERT_TRUE(SentenceSegmenter().Run(a).ok());
  ASSERT_TRUE(stage_->Run(a).ok());
  EXPECT_TRUE(a.entities.empty());
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_NE(a.warnings[0].find("'de'"), std::string::npos) << a.warnings[0];

  a.language = "en-GB";
  a.warnings.clear();
  a.text = "Russian Defense Minister Sergei Shoigu visited troops near Bakhmut on Monday.";
  a.paragraphs = {{0, uint32_t(a.text.size())}};
  a.sentences.clear();
  ASSERT_TRUE(SentenceSegmenter().Run(a).ok());
  ASSERT_TRUE(stage_->Run(a).ok());
  EXPECT_TRUE(a.warnings.empty());
  EXPECT_NE(Find(a, "Sergei Shoigu"), nullptr);
}

TEST_F(EntitiesWithModel, PeopleWithRolesAndTheirShortNames) {
  const Article a =
      Run("Russian Defense Minister Sergei Shoigu visited troops near Bakhmut on Monday. "
          "Shoigu said the offensive would go on. "
          "German Chancellor Olaf Scholz spoke to reporters in Berlin.");
  const Entity* shoigu = Find(a, "Sergei Shoigu");
  ASSERT_NE(shoigu, nullptr);
  EXPECT_EQ(shoigu->type, "PERSON");
  ASSERT_EQ(shoigu->mentions.size(), 2u);
  EXPECT_EQ(shoigu->mentions[1].span.Of(a.text), "Shoigu");
  ASSERT_EQ(shoigu->roles.size(), 1u);
  EXPECT_EQ(shoigu->roles[0].title, "Defense Minister");
  EXPECT_EQ(shoigu->roles[0].of, "Russia");
  const Entity* scholz = Find(a, "Olaf Scholz");
  ASSERT_NE(scholz, nullptr);
  ASSERT_EQ(scholz->roles.size(), 1u);
  EXPECT_EQ(scholz->roles[0].of, "Germany");
  for (const Entity& e : a.entities) {
    for (const Mention& m : e.mentions) {
      EXPECT_EQ(m.field, TextField::kBody);
      EXPECT_LE(m.span.end, a.text.size());
    }
  }
  ASSERT_NE(Find(a, "Russian"), nullptr);
  EXPECT_EQ(Find(a, "Russian")->type, "NORP");
  ASSERT_NE(Find(a, "Berlin"), nullptr);
  EXPECT_EQ(Find(a, "Berlin")->type, "GPE");
}

TEST_F(EntitiesWithModel, NamesInTitleCaptionsAndLinks) {
  Article a;
  a.text = "The alliance met in Brussels on Monday.";
  a.paragraphs = {{0, uint32_t(a.text.size())}};
  a.title = "NATO Ministers Meet in Brussels";
  a.links = {{"Russia's Losses Higher Than Ukraine's, NATO Estimates", "", LinkKind::kRelated}};
  ASSERT_TRUE(SentenceSegmenter().Run(a).ok());
  ASSERT_TRUE(stage_->Run(a).ok());
  const Entity* nato = Find(a, "NATO");
  ASSERT_NE(nato, nullptr);
  bool in_link = false;
  for (const Mention& m : nato->mentions) {
    EXPECT_EQ(m.span.Of(FieldText(a, m)), "NATO");
    in_link |= m.field == TextField::kLink;
  }
  EXPECT_TRUE(in_link);
  // Title case: "Losses Higher" is no name.
  for (const Entity& e : a.entities) EXPECT_EQ(e.name.find("Higher"), std::string::npos) << e.name;
}

}  // namespace
}  // namespace sitrep
