#include "recognise/roles.h"

#include <gtest/gtest.h>

#include "recognise/marked_text_testing.h"

namespace sitrep::ner {
namespace {

struct Want {
  const char* marked;
  const char* title;  // nullptr: no role
  const char* of;
  const char* phrase;
};

TEST(Roles, Patterns) {
  const Want cases[] = {
      {"[Russian|NORP] Defense Minister [Sergei Shoigu|PERSON] said.", "Defense Minister", "Russia",
       "Russian Defense Minister"},
      {"as [UN|ORG] chief [Antonio Guterres|PERSON] headed to [Ukraine|GPE].", "chief", "UN",
       "UN chief"},
      {"[Ukrainian|NORP] presidential aide [Mykhaylo Podolyak|PERSON] told [AFP|ORG].",
       "presidential aide", "Ukraine", "Ukrainian presidential aide"},
      {"Secretary of State [Antony Blinken|PERSON] flew in.", "Secretary of State", "",
       "Secretary of State"},
      {"[Shoigu|PERSON], [Russia|GPE]'s defence minister, said.", "defence minister", "Russia",
       "Russia's defence minister"},
      {"the head of [Wagner|ORG], [Yevgeny Prigozhin|PERSON], said.", "head", "Wagner",
       "the head of Wagner"},
      {"[Sergei|PERSON], a former minister of [Russia|GPE], left.", "former minister", "Russia",
       "a former minister of Russia"},
      {"told [AFP|ORG] [Mykhaylo Podolyak|PERSON] said.", nullptr, nullptr, nullptr},
      {"On Monday [Guterres|PERSON], who leads the body, spoke.", nullptr, nullptr, nullptr},
      {"[Zelensky|PERSON], [Biden|PERSON] and others met.", nullptr, nullptr, nullptr},
  };
  for (const Want& want : cases) {
    MarkedText f({want.marked});
    const auto roles = FindRoles(f.sentences, f.candidates);
    if (!want.title) {
      EXPECT_TRUE(roles.empty()) << want.marked << " gave " << roles[0].second.title;
      continue;
    }
    ASSERT_EQ(roles.size(), 1u) << want.marked;
    const Role& r = roles[0].second;
    EXPECT_EQ(r.title, want.title) << want.marked;
    EXPECT_EQ(r.of, want.of) << want.marked;
    EXPECT_EQ(r.mention.span.Of(f.texts[0]), want.phrase) << want.marked;
    EXPECT_EQ(f.candidates[roles[0].first].type, "PERSON");
  }
}

TEST(Roles, HyphenatedTitles) {
  EXPECT_TRUE(IsRoleTitle("Secretary-General"));
  EXPECT_TRUE(IsRoleTitle("minister"));
  EXPECT_FALSE(IsRoleTitle("Shoigu"));
}

}  // namespace
}  // namespace sitrep::ner
