#include "record/text_record.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(ToText, ShowsMetadataAndOneSentencePerLine) {
  Article a;
  a.title = "Harbour reopens";
  a.authors = {"Ann Lee", "Bo Kim"};
  a.published = "2024-06-02";
  a.text = "It reopened. Ferries run.\n\nNext.";
  a.paragraphs = {{0, 25}, {27, 32}};
  a.sentences = {{0, 12}, {13, 25}, {27, 32}};
  a.links = {{"Storm story", "https://x.example/s", LinkKind::kRelated}};
  a.warnings = {"invalid UTF-8: 1 ill-formed sequence(s) replaced with U+FFFD"};
  const std::string text = ToText(a);
  EXPECT_EQ(text.rfind("Harbour reopens\n", 0), 0u);
  EXPECT_NE(text.find("authors     Ann Lee; Bo Kim\n"), std::string::npos);
  EXPECT_NE(text.find("published   2024-06-02\n"), std::string::npos);
  EXPECT_NE(text.find("link        related: Storm story <https://x.example/s>\n"),
            std::string::npos);
  EXPECT_NE(text.find("warning     invalid UTF-8"), std::string::npos);
  EXPECT_NE(text.find("[1]\n  It reopened.\n  Ferries run.\n\n[2]\n  Next.\n"), std::string::npos);
}

TEST(ToText, UnknownFieldsShowADash) {
  Article a;
  const std::string text = ToText(a);
  EXPECT_EQ(text.rfind("(untitled)\n", 0), 0u);
  EXPECT_NE(text.find("outlet      -\n"), std::string::npos);
}

}  // namespace
}  // namespace sitrep
