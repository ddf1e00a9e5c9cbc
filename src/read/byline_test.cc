#include "read/byline.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep {
namespace {

using Names = std::vector<std::string>;

TEST(CleanMetaText, MakesEveryUnicodeSpaceOneAsciiSpace) {
  EXPECT_EQ(CleanMetaText("  Ana\u00a0Ruiz \u2009 and\n\tLi\u200bWei  "), "Ana Ruiz and Li Wei");
  EXPECT_EQ(CleanMetaText("\ufeff"), "");
  EXPECT_EQ(CleanMetaText("Mes\u00adsen\u00adger"), "Messenger");
}

// Long text is read sixteen bytes a step: each kind of space, and a soft hyphen, at every
// position of a text longer than two steps, and runs of words one space apart across the steps.
TEST(CleanMetaText, CollapsesSpacesAtEveryPositionOfALongText) {
  const std::string words = "Ana Ruiz and Li Wei wrote this, with Jo Park, in Lyon";
  EXPECT_EQ(CleanMetaText(words), words);
  const std::string letters = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
  // Texts of every length to past two steps, as the last sixteen bytes are read apart.
  for (size_t length = 1; length <= letters.size(); ++length) {
    const std::string plain = letters.substr(0, length);
    for (const std::string gap :
         {" ", "  ", "\t", " \n ", "\u00a0", "\u2009", "\u3000 ", "\ufeff"}) {
      for (size_t at = 0; at <= plain.size(); ++at) {
        const std::string text = plain.substr(0, at) + gap + plain.substr(at);
        const bool inside = at > 0 && at < plain.size();
        const std::string expected = plain.substr(0, at) + (inside ? " " : "") + plain.substr(at);
        EXPECT_EQ(CleanMetaText(text), expected)
            << "gap " << gap.size() << " bytes at " << at << " of " << length;
      }
    }
  }
  const std::string plain = letters;
  for (size_t at = 0; at <= plain.size(); ++at) {
    EXPECT_EQ(CleanMetaText(plain.substr(0, at) + "\u00ad" + plain.substr(at)), plain) << at;
  }
}

// Markup's indentation comes in long runs of mixed white space, read sixteen bytes a step; a
// vertical tab is no HTML white space and stays.
TEST(CleanMetaText, CollapsesLongRunsOfIndentation) {
  for (size_t length = 1; length <= 40; ++length) {
    std::string run;
    for (size_t i = 0; i < length; ++i) run += " \t\n\f\r"[i % 5];
    EXPECT_EQ(CleanMetaText(run + "Ana" + run + "Ruiz" + run), "Ana Ruiz") << length;
    EXPECT_EQ(CleanMetaText("Ana" + run + "\v" + run + "Ruiz"), "Ana \v Ruiz") << length;
  }
}

// Text sure to be too long is known without cleaning it: never a text that cleans short enough
// (its spaces, Unicode spaces, soft hyphens and byte order marks go), and every text whose
// letters alone are too many, whichever of the sixteen-byte steps they end in.
TEST(CleansLongerThan, NeverSaysSoOfTextThatCleansShortEnough) {
  const std::string word_gaps[] = {" ",      "   ",    "\n\t ",  "\u00a0", "\u2009",
                                   "\u3000", "\ufeff", "\u00ad", "\u200b"};
  for (const std::string& gap : word_gaps) {
    std::string text = gap;
    for (int word = 0; word < 30; ++word) {
      text += (word % 3 == 0 ? "Ana" : word % 3 == 1 ? "M\u00fcller" : "x") + gap;
      const size_t cleaned = CleanMetaText(text).size();
      for (size_t max_bytes = 0; max_bytes <= cleaned + 2; ++max_bytes) {
        if (CleansLongerThan(text, max_bytes)) {
          EXPECT_GT(cleaned, max_bytes) << text;
        }
      }
    }
  }
  for (size_t length = 0; length < 70; ++length) {
    const std::string letters(length, 'a');
    EXPECT_EQ(CleansLongerThan(letters, 20), length > 20) << length;
    EXPECT_EQ(CleansLongerThan("\n  " + letters + "  \n", 40), length > 40) << length;
  }
}

TEST(CleanMetaText, StopsPastTheLengthTheCallerKeeps) {
  const std::string text = "  Ana   Ruiz\n\n  and  Li Wei, with   Jo Park  ";
  const std::string full = CleanMetaText(text);
  EXPECT_EQ(full, "Ana Ruiz and Li Wei, with Jo Park");
  for (size_t max_bytes = 0; max_bytes < full.size(); ++max_bytes) {
    const std::string part = CleanMetaText(text, max_bytes);
    EXPECT_GT(part.size(), max_bytes);
    EXPECT_TRUE(full.starts_with(part)) << part;
  }
  EXPECT_EQ(CleanMetaText(text, full.size()), full);
  // Words one space apart are one run: it is cut one byte past the length kept, not copied on.
  std::string paragraph;
  for (int i = 0; i < 100; ++i) paragraph += "word ";
  EXPECT_EQ(CleanMetaText(paragraph, 160), paragraph.substr(0, 161));
}

TEST(SplitAuthors, DropsLeadInsAndSplitsTheList) {
  EXPECT_EQ(SplitAuthors("By Ana Ruiz and Li Wei"), (Names{"Ana Ruiz", "Li Wei"}));
  EXPECT_EQ(SplitAuthors("Von Jana Berg und Tom Ilg"), (Names{"Jana Berg", "Tom Ilg"}));
  EXPECT_EQ(SplitAuthors("Ana Ruiz, Li Wei & Jo Park; AFP"),
            (Names{"Ana Ruiz", "Li Wei", "Jo Park", "AFP"}));
  EXPECT_EQ(SplitAuthors("Posted by ana_r"), (Names{"ana_r"}));
  EXPECT_EQ(SplitAuthors("Autorin: Jana Berg"), (Names{"Jana Berg"}));
  // A second label joined to the first goes with it.
  EXPECT_EQ(SplitAuthors("Text und Interview: Jana Berg"), (Names{"Jana Berg"}));
  EXPECT_EQ(SplitAuthors("Text & Fotos: Jana Berg"), (Names{"Jana Berg"}));
  EXPECT_EQ(SplitAuthors("Pressemitteilung von Jana Berg"), (Names{"Jana Berg"}));
  EXPECT_EQ(SplitAuthors("Jana Berg (dpa)"), (Names{"Jana Berg", "dpa"}));
}

TEST(SplitAuthors, DropsWhatIsGluedToTheNames) {
  EXPECT_EQ(SplitAuthors("Ana Ruiz, Senior Correspondent"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Jana Berg, Projektleiterin der Stiftung"), (Names{"Jana Berg"}));
  // A company or association published the page; it did not write it.
  EXPECT_EQ(SplitAuthors("Harbour Media GmbH"), Names{});
  EXPECT_EQ(SplitAuthors("Ana Ruiz; Hafenverein e.V."), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Harbour Holdings Ltd"), Names{});
  EXPECT_EQ(SplitAuthors("Hafenbuch eG"), Names{});
  EXPECT_EQ(SplitAuthors("Recipe by Ana Ruiz"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Theme: Harbour Light von tomilg"), Names{});
  EXPECT_EQ(SplitAuthors("Ana Ruiz & Herausgeber"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("S."), Names{});
  EXPECT_EQ(SplitAuthors("AP"), (Names{"AP"}));
  EXPECT_EQ(SplitAuthors("Ana Ruiz Ana Ruiz"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Jana Berg | 14.05.2024"), (Names{"Jana Berg"}));
  EXPECT_EQ(SplitAuthors("By Ana Ruiz on May 14, 2024"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Jana Berg am 14. Mai 2024 um 10:15 Uhr"), (Names{"Jana Berg"}));
  EXPECT_EQ(SplitAuthors("Ana Ruiz ana@example.org"), (Names{}));
  EXPECT_EQ(SplitAuthors("Ana Ruiz, ana@example.org"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("https://example.org/authors/ana"), (Names{}));
  // A site's address signs for no one; initials and a name glued to a dot are kept.
  EXPECT_EQ(SplitAuthors("Redaktion harbourtimes.de"), (Names{}));
  EXPECT_EQ(SplitAuthors("Ana Ruiz, harbour-times.co.uk"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("A.Ruiz; J.R."), (Names{"A.Ruiz", "J.R."}));
  EXPECT_EQ(SplitAuthors("\u00a9 Ana Ruiz"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Ana Ruiz for The Harbour Times"), (Names{"Ana Ruiz"}));
  // A handle beside the name; the link to the writer's other pieces; the next credit.
  EXPECT_EQ(SplitAuthors("Por Ana Ruiz @anaruiz_"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Rechtsanwalt Jan Berg"), (Names{"Jan Berg"}));
  EXPECT_EQ(SplitAuthors("Harbour-Times-Experte Jan Berg"), (Names{"Jan Berg"}));
  EXPECT_EQ(SplitAuthors("Senior Editor"), (Names{}));
  EXPECT_EQ(SplitAuthors("Jana Berg Alle Artikel"), (Names{"Jana Berg"}));
  EXPECT_EQ(SplitAuthors("Text von Jana Berg Illustration von Tom Ilg"), (Names{"Jana Berg"}));
  // The post's next field.
  EXPECT_EQ(SplitAuthors("Autor: Jana Berg Tags: Harbour, Ferries"), (Names{"Jana Berg"}));
}

TEST(SplitAuthors, KeepsInitialsAndUserNamesAndListsANameOnce) {
  EXPECT_EQ(SplitAuthors("Perry Ames Jr."), (Names{"Perry Ames Jr."}));
  EXPECT_EQ(SplitAuthors("By T. V. Lind"), (Names{"T. V. Lind"}));
  EXPECT_EQ(SplitAuthors("Von R. R. am 14.05.2024"), (Names{"R. R."}));
  EXPECT_EQ(SplitAuthors("harbour1984"), (Names{"harbour1984"}));
  EXPECT_EQ(SplitAuthors("Ana Ruiz, ANA RUIZ"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Redaktion"), (Names{"Redaktion"}));
  EXPECT_EQ(SplitAuthors("von Redaktion, "), (Names{"Redaktion"}));
  // A desk's credit is a byline as "Redaktion" is; a job title after a name still goes.
  EXPECT_EQ(SplitAuthors("Harbour Times Staff Report"), (Names{"Harbour Times Staff Report"}));
  EXPECT_EQ(SplitAuthors("Ana Ruiz, Staff Writer"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Artikel von:"), (Names{}));
}

TEST(SplitAuthors, RefusesWhatIsNoName) {
  for (const char* line :
       {"", "By", "Von", "14.05.2024", "By 2024", "Posted", "Published by", "publisher",
        "Super User", "Unknown", "An\u00f3nimo", "Foto: Tom Ilg",
        "Harbour Media GmbH, Hamburg, Germany", "social.site/harbour", "Bundesministerium",
        "Harbour Department", "Abteilung Hafenrettung", "Sekretariat Hafenpartei",
        "This is a whole sentence about the bridge and the harbour"}) {
    EXPECT_EQ(SplitAuthors(line), Names{}) << line;
  }
}

TEST(NamesAfterLeadIn, FindsABylineWhereOneCanStart) {
  EXPECT_EQ(NamesAfterLeadIn("12.05.2024 | von Ana Ruiz"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(NamesAfterLeadIn("Posted by ana_r on May 12"), (Names{"ana_r"}));
  EXPECT_EQ(NamesAfterLeadIn("Ein Artikel von Jana Berg | 27.01.2022"), (Names{"Jana Berg"}));
  EXPECT_EQ(NamesAfterLeadIn("Autoren Jana Berg und Tom Ilg"), (Names{"Jana Berg", "Tom Ilg"}));
  EXPECT_EQ(NamesAfterLeadIn("Redaktion: Jana Berg"), (Names{"Jana Berg"}));
  // The longest lead-in at a word wins, whatever its case.
  EXPECT_EQ(NamesAfterLeadIn("POST AUTHOR BY Jana Berg"), (Names{"Jana Berg"}));
  EXPECT_EQ(NamesAfterLeadIn("Fotos: dpa | Geschrieben von Jana Berg"), (Names{"Jana Berg"}));
}

TEST(NamesAfterLeadIn, TakesOnlyWhatIsWrittenLikeAName) {
  EXPECT_EQ(NamesAfterLeadIn("Text von Ana de la Cruz"), (Names{"Ana de la Cruz"}));
  EXPECT_EQ(NamesAfterLeadIn("vom Bahnhof in Prenzlau"), Names{});
  EXPECT_EQ(NamesAfterLeadIn("By the numbers:"), Names{});
  EXPECT_EQ(NamesAfterLeadIn("--page-- von --total--"), Names{});
  EXPECT_EQ(NamesAfterLeadIn("Harbour - von Grund auf neu"), Names{});
  EXPECT_EQ(NamesAfterLeadIn("Gespeichert von harbourfan am 24. Juli 2017"), (Names{"harbourfan"}));
}

TEST(NamesAfterLeadIn, IgnoresLeadInWordsInsideASentence) {
  EXPECT_EQ(NamesAfterLeadIn("The speech by Mayor Lind"), Names{});
  EXPECT_EQ(NamesAfterLeadIn("Die Rede von Jana Berg"), Names{});
  EXPECT_EQ(NamesAfterLeadIn("Text and photos"), Names{});
  EXPECT_EQ(NamesAfterLeadIn(std::string(200, 'x') + " by Ana Ruiz"), Names{});
}

TEST(IsWriterLabel, ALeadInAloneThatNamesAWriter) {
  for (const char* label : {"Written by", "Verfasst von", "Geschrieben von:", "Autor", "Par"}) {
    EXPECT_TRUE(IsWriterLabel(label)) << label;
  }
  for (const char* label : {"Filed under", "Reading time", "Text", "Interview", "Written by Ana"}) {
    EXPECT_FALSE(IsWriterLabel(label)) << label;
  }
}

TEST(NameBesideDate, TakesTheNameOfALineOfDatesAndOneName) {
  EXPECT_EQ(NameBesideDate("14.05.2024 - Ana Ruiz"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(NameBesideDate("14.05.2024 | 10:15 Uhr | Ana de la Cruz"), (Names{"Ana de la Cruz"}));
  EXPECT_EQ(NameBesideDate("Ana Ruiz | May 14, 2024"), (Names{"Ana Ruiz"}));
  // Separators of every kind in one line; a hyphen inside a name separates nothing.
  EXPECT_EQ(NameBesideDate("Ana Ruiz \u00b7 14.05.2024 \u2013 10:15 Uhr"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(NameBesideDate("Jean-Luc Berg - 14.05.2024"), (Names{"Jean-Luc Berg"}));
  // One word is as often a place; labels, lists, banners and prose are no names.
  for (const char* line :
       {"14.05.2024 - Hamburg", "14.05.2024 | Tags: Harbour Bridge", "14.05.2024 | Ana und Tom Ilg",
        "14.05.2024 | PAID CONTENT", "14.05.2024 - the bridge reopens", "Ana Ruiz",
        "Ana Ruiz - Tom Ilg", "14.05.2024 - Ana Ruiz - Tom Ilg"}) {
    EXPECT_EQ(NameBesideDate(line), Names{}) << line;
  }
}

}  // namespace
}  // namespace sitrep
