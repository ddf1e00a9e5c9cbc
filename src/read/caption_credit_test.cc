#include "read/caption_credit.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

// Every caption here was written for these tests.

TEST(SplitCaptionCredit, TakesTheCreditOffTheEnd) {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"The bridge at dawn. Photo: Tom Ilg/Harbour Agency", "The bridge at dawn.",
       "Photo: Tom Ilg/Harbour Agency"},
      {"Ferries wait at the pier (Foto: dpa)", "Ferries wait at the pier", "Foto: dpa"},
      {"Old harbour \u00a9 Jana Berg", "Old harbour", "\u00a9 Jana Berg"},
      {"The new quay | Bild: Stadt Hafen", "The new quay", "Bild: Stadt Hafen"},
      {"Crowds on the bridge - Photo by Ana Ruiz", "Crowds on the bridge", "Photo by Ana Ruiz"},
      {"Ein Kran am Hafen. Quelle: Hafenamt", "Ein Kran am Hafen.", "Quelle: Hafenamt"},
      {"The ferry (c) Li Wei, 2021", "The ferry", "(c) Li Wei, 2021"},
  };
  for (const auto& [caption, want_caption, want_credit] : cases) {
    const CaptionCredit got = SplitCaptionCredit(caption);
    EXPECT_EQ(got.caption, want_caption) << caption;
    EXPECT_EQ(got.credit, want_credit) << caption;
  }
}

TEST(SplitCaptionCredit, LeavesCaptionsWithoutACreditWhole) {
  for (const char* caption : {"The bridge at dawn.", "Tom Ilg's photograph of the old ferry",
                              "A photographer on the pier", "Empty credit. Photo:", "",
                              "\u00a9 Ana Ruiz The ferry leaves the pier at dawn, as every day"}) {
    const CaptionCredit got = SplitCaptionCredit(caption);
    EXPECT_EQ(got.caption, caption);
    EXPECT_EQ(got.credit, "") << caption;
  }
}

TEST(SplitCaptionCredit, ACaptionThatIsOnlyACreditBecomesTheCredit) {
  const CaptionCredit got = SplitCaptionCredit("Foto: Tom Ilg");
  EXPECT_EQ(got.caption, "");
  EXPECT_EQ(got.credit, "Foto: Tom Ilg");
}

}  // namespace
}  // namespace sitrep
