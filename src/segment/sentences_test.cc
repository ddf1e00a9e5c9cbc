#include "segment/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace sitrep {
namespace {

using Sentences = std::vector<std::string>;

struct Case {
  std::string_view paragraph;
  Sentences sentences;
};

// The paragraph as a whole text, so spans are offsets into it.
Sentences Split(std::string_view text) {
  Sentences out;
  for (const Span& s : SplitSentences(text, {0, static_cast<uint32_t>(text.size())})) {
    out.emplace_back(s.Of(text));
  }
  return out;
}

const Case kCases[] = {
    // Plain stops, questions, exclamations.
    {"The convoy left at dawn. It reached the border by noon.",
     {"The convoy left at dawn.", "It reached the border by noon."}},
    {"Will the talks resume? Nobody in the delegation would say.",
     {"Will the talks resume?", "Nobody in the delegation would say."}},
    {"The bridge is gone! Engineers say it cannot be rebuilt this year.",
     {"The bridge is gone!", "Engineers say it cannot be rebuilt this year."}},
    {"Really?! The minister denied it an hour later.",
     {"Really?!", "The minister denied it an hour later."}},
    {"One sentence only.", {"One sentence only."}},
    {"Three short ones. Then another. And a last.",
     {"Three short ones.", "Then another.", "And a last."}},
    {"Prices rose in 2022. 2023 was calmer.", {"Prices rose in 2022.", "2023 was calmer."}},

    // Headlines and paragraphs without a final stop.
    {"Ceasefire Talks Stall as Shelling Resumes", {"Ceasefire Talks Stall as Shelling Resumes"}},
    {"Harbour reopens after storm \u2013 officials",
     {"Harbour reopens after storm \u2013 officials"}},
    {"Rain fell all night. Roads remain closed in the north",
     {"Rain fell all night.", "Roads remain closed in the north"}},

    // Titles and other abbreviations that never end a sentence.
    {"Mr. Okafor declined to comment.", {"Mr. Okafor declined to comment."}},
    {"Mrs. Lindqvist and Dr. Haddad arrived together.",
     {"Mrs. Lindqvist and Dr. Haddad arrived together."}},
    {"Gen. Petrov inspected the base. He left after an hour.",
     {"Gen. Petrov inspected the base.", "He left after an hour."}},
    {"Lt. Col. Amara Diallo led the unit.", {"Lt. Col. Amara Diallo led the unit."}},
    {"Sen. Whitfield and Rep. Ortega voted against the bill.",
     {"Sen. Whitfield and Rep. Ortega voted against the bill."}},
    {"Gov. Brandt signed the order on Friday.", {"Gov. Brandt signed the order on Friday."}},
    {"The ship docked in St. Petersburg overnight.",
     {"The ship docked in St. Petersburg overnight."}},
    {"Prof. Ngata and Capt. Rossi spoke first.", {"Prof. Ngata and Capt. Rossi spoke first."}},
    {"It was Smith vs. Jones in the final.", {"It was Smith vs. Jones in the final."}},
    {"The court cited Roe v. Wade twice.", {"The court cited Roe v. Wade twice."}},
    {"Sgt. Kowalski was wounded. Pvt. Lee carried him out.",
     {"Sgt. Kowalski was wounded.", "Pvt. Lee carried him out."}},
    {"Several groups, e.g. Amnesty, asked for access.",
     {"Several groups, e.g. Amnesty, asked for access."}},

    // Abbreviations that end nothing only before a number.
    {"She finished No. 3 in the ranking.", {"She finished No. 3 in the ranking."}},
    {"The offensive began on Feb. 24 last year.", {"The offensive began on Feb. 24 last year."}},
    {"Talks are set for Jan. 9 and Sept. 30.", {"Talks are set for Jan. 9 and Sept. 30."}},
    {"Voters were asked to say yes or No. The turnout was low.",
     {"Voters were asked to say yes or No.", "The turnout was low."}},

    // Ordinary abbreviations that may end a sentence.
    {"They took fuel, food, blankets, etc. The trucks left at six.",
     {"They took fuel, food, blankets, etc.", "The trucks left at six."}},
    {"Hansen et al. found the same effect. Their sample was larger.",
     {"Hansen et al. found the same effect.", "Their sample was larger."}},
    {"The supplier, Brightwell Corp. said deliveries would resume.",
     {"The supplier, Brightwell Corp. said deliveries would resume."}},
    {"They took fuel, food, blankets, etc. and left at six.",
     {"They took fuel, food, blankets, etc. and left at six."}},
    {"The crates held rifles, radios, etc.", {"The crates held rifles, radios, etc."}},
    {"The bid came from Halvorsen Inc. The board rejected it.",
     {"The bid came from Halvorsen Inc.", "The board rejected it."}},

    // U.S. and other dotted acronyms.
    {"A U.S.-based charity sent two planes.", {"A U.S.-based charity sent two planes."}},
    {"U.S. officials declined to comment.", {"U.S. officials declined to comment."}},
    {"The U.S. President met the envoy.", {"The U.S. President met the envoy."}},
    {"New tariffs were imposed by the U.S. The measures take effect in May.",
     {"New tariffs were imposed by the U.S.", "The measures take effect in May."}},
    {"Many families fled to the U.S. Many more stayed behind.",
     {"Many families fled to the U.S.", "Many more stayed behind."}},
    {"The strike killed 12 people, the U.N. said. It was the third this week.",
     {"The strike killed 12 people, the U.N. said.", "It was the third this week."}},
    {"He met Vladimir V. Putin twice.", {"He met Vladimir V. Putin twice."}},
    {"The resolution passed at the U.N. Security Council.",
     {"The resolution passed at the U.N. Security Council."}},
    {"He flew to Washington, D.C. It was his first visit.",
     {"He flew to Washington, D.C.", "It was his first visit."}},
    {"The team moved to the U.K. in March.", {"The team moved to the U.K. in March."}},
    {"She holds a Ph.D. from a Dutch university.", {"She holds a Ph.D. from a Dutch university."}},

    // Clock times.
    {"The sirens sounded at 9 a.m. Officials said no one was hurt.",
     {"The sirens sounded at 9 a.m.", "Officials said no one was hurt."}},
    {"The vote closes at 8 p.m. on Sunday.", {"The vote closes at 8 p.m. on Sunday."}},
    {"The blast happened at 6 a.m. Monday near the depot.",
     {"The blast happened at 6 a.m. Monday near the depot."}},
    {"The market opens at 10 a.m. GMT every weekday.",
     {"The market opens at 10 a.m. GMT every weekday."}},
    {"The curfew starts at 11 p.m.", {"The curfew starts at 11 p.m."}},

    // Initials.
    {"John F. Kennedy visited the city in 1963.", {"John F. Kennedy visited the city in 1963."}},
    {"She quoted J.R.R. Tolkien at length.", {"She quoted J.R.R. Tolkien at length."}},
    {"The memo was signed by H. G. Marsh.", {"The memo was signed by H. G. Marsh."}},
    {"Troops crossed in World War I. The town never recovered.",
     {"Troops crossed in World War I.", "The town never recovered."}},

    // Numbers with dots.
    {"Inflation rose to 3.5 percent in April.", {"Inflation rose to 3.5 percent in April."}},
    {"The update, version 2.0, ships next week.", {"The update, version 2.0, ships next week."}},
    {"About 1.5 million people fled. Most went west.",
     {"About 1.5 million people fled.", "Most went west."}},
    {"The firmware is now at version 4.2. Users should update.",
     {"The firmware is now at version 4.2.", "Users should update."}},
    {"Details are posted at example.org for now.", {"Details are posted at example.org for now."}},

    // Quotations that end a sentence: the closing quote belongs to it.
    {"He said the plan was \"dead on arrival.\" The talks ended.",
     {"He said the plan was \"dead on arrival.\"", "The talks ended."}},
    {"She called it \u201Ca betrayal.\u201D Nobody answered her.",
     {"She called it \u201Ca betrayal.\u201D", "Nobody answered her."}},
    {"\"We will win.\" He left the room.", {"\"We will win.\"", "He left the room."}},
    {"He called the report \"a fabrication\". The ministry disagreed.",
     {"He called the report \"a fabrication\".", "The ministry disagreed."}},

    // Sentences inside quotes with attribution.
    {"\"We will win. They will lose,\" he said.", {"\"We will win. They will lose,\" he said."}},
    {"\u201CThe road is open. Trucks can pass,\u201D the mayor told reporters.",
     {"\u201CThe road is open. Trucks can pass,\u201D the mayor told reporters."}},
    {"\"The shelling stopped. We came out,\" Ahmed Saleh said. He was shaking.",
     {"\"The shelling stopped. We came out,\" Ahmed Saleh said.", "He was shaking."}},
    {"\"Why now?\" she asked.", {"\"Why now?\" she asked."}},
    {"\"Why now? Who decided?\" she asked.", {"\"Why now? Who decided?\" she asked."}},
    {"\"Get out!\" the guard shouted. We ran.", {"\"Get out!\" the guard shouted.", "We ran."}},
    {"\"Where are the trucks?\" Mayor Elena Voss asked. No one knew.",
     {"\"Where are the trucks?\" Mayor Elena Voss asked.", "No one knew."}},
    {"\"Stop!\" Kovalenko shouted. The room fell silent.",
     {"\"Stop!\" Kovalenko shouted.", "The room fell silent."}},
    {"\"We shall see\u2026\" Ms. Adeyemi said. Then she hung up.",
     {"\"We shall see\u2026\" Ms. Adeyemi said.", "Then she hung up."}},
    {"\"He told me 'we are finished.' Then he walked off,\" the driver said.",
     {"\"He told me 'we are finished.' Then he walked off,\" the driver said."}},
    {"\"Why? Because we must,\" the officer said.",
     {"\"Why? Because we must,\" the officer said."}},
    {"What happens now? \"We wait,\" he said.", {"What happens now?", "\"We wait,\" he said."}},
    {"He asked: \"Is it true?\" Nobody answered.",
     {"He asked: \"Is it true?\"", "Nobody answered."}},
    {"\"The city will fall.\" said one of the medics.",
     {"\"The city will fall.\" said one of the medics."}},
    {"\"Where are the trucks?\" The question hung in the air.",
     {"\"Where are the trucks?\"", "The question hung in the air."}},
    {"\"We go now. The road is clear.\" The driver started the engine.",
     {"\"We go now.", "The road is clear.\"", "The driver started the engine."}},
    {"\"Mr. Aziz left. Nobody saw him go.\" The guard shrugged.",
     {"\"Mr. Aziz left.", "Nobody saw him go.\"", "The guard shrugged."}},
    {"\"The war will end. It must end\" \u2014 he repeated it twice.",
     {"\"The war will end.", "It must end\" \u2014 he repeated it twice."}},

    // Ellipses.
    {"We waited... and waited for the bus.", {"We waited... and waited for the bus."}},
    {"We waited... Then the shelling began.", {"We waited...", "Then the shelling began."}},
    {"She paused\u2026 then read the list aloud.", {"She paused\u2026 then read the list aloud."}},
    {"She paused\u2026 The list was long.", {"She paused\u2026", "The list was long."}},
    {"The count went on... 40, 41, 42.", {"The count went on... 40, 41, 42."}},

    // Closing brackets after the stop.
    {"(The figures could not be verified.) Officials did not respond.",
     {"(The figures could not be verified.)", "Officials did not respond."}},
    {"The strike hit a depot (not a school.) Residents disagreed.",
     {"The strike hit a depot (not a school.)", "Residents disagreed."}},
    {"The toll rose to 12 (police said.) Rescue work continues.",
     {"The toll rose to 12 (police said.)", "Rescue work continues."}},

    // White space, including non-breaking and odd spacing.
    {"  Lead sentence.   Second one.  ", {"Lead sentence.", "Second one."}},
    {"It rained.\u00A0The river rose.", {"It rained.", "The river rose."}},
    {"It rained.\u00A0\u00A0The river rose.\u00A0", {"It rained.", "The river rose."}},
    {"Troops advanced 10\u00A0km. The town fell.",
     {"Troops advanced 10\u00A0km.", "The town fell."}},
    {"It rained.\nThe river rose.", {"It rained.", "The river rose."}},
    {"The end.No space here.", {"The end.No space here."}},

    // Unicode letter case and quotes.
    {"\u00C9lodie Martin runs the clinic. \u00C9milie helps her.",
     {"\u00C9lodie Martin runs the clinic.", "\u00C9milie helps her."}},
    {"The interview was with \u00C9. Durand of the agency.",
     {"The interview was with \u00C9. Durand of the agency."}},
    {"\u0417\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439 \u0432\u044B\u0441\u0442\u0443\u043F"
     "\u0438\u043B. \u0417\u0430\u043B \u0430\u043F\u043B\u043E\u0434\u0438\u0440\u043E\u0432"
     "\u0430\u043B.",
     {"\u0417\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439 \u0432\u044B\u0441\u0442\u0443\u043F"
      "\u0438\u043B.",
      "\u0417\u0430\u043B \u0430\u043F\u043B\u043E\u0434\u0438\u0440\u043E\u0432\u0430\u043B."}},
    {"\u041E\u043D \u0443\u0448\u0451\u043B. \u0430 \u043F\u043E\u0442\u043E\u043C "
     "\u0432\u0435\u0440\u043D\u0443\u043B\u0441\u044F.",
     {"\u041E\u043D \u0443\u0448\u0451\u043B. \u0430 \u043F\u043E\u0442\u043E\u043C "
      "\u0432\u0435\u0440\u043D\u0443\u043B\u0441\u044F."}},
    {"\u00AB\u041C\u044B \u043F\u043E\u0431\u0435\u0434\u0438\u043C. \u0412\u0440\u0430\u0433 "
     "\u043E\u0442\u0441\u0442\u0443\u043F\u0438\u0442\u00BB, \u2014 "
     "\u0441\u043A\u0430\u0437\u0430\u043B \u043E\u043D.",
     {"\u00AB\u041C\u044B \u043F\u043E\u0431\u0435\u0434\u0438\u043C. \u0412\u0440\u0430\u0433 "
      "\u043E\u0442\u0441\u0442\u0443\u043F\u0438\u0442\u00BB, \u2014 "
      "\u0441\u043A\u0430\u0437\u0430\u043B \u043E\u043D."}},
    {"\u00AB\u041F\u043E\u0447\u0435\u043C\u0443?\u00BB \u2014 "
     "\u0441\u043F\u0440\u043E\u0441\u0438\u043B\u0430 \u043E\u043D\u0430.",
     {"\u00AB\u041F\u043E\u0447\u0435\u043C\u0443?\u00BB \u2014 "
      "\u0441\u043F\u0440\u043E\u0441\u0438\u043B\u0430 \u043E\u043D\u0430."}},
    {"\u201CIt is over.\u201D \u201CNot yet,\u201D she replied.",
     {"\u201CIt is over.\u201D", "\u201CNot yet,\u201D she replied."}},
    {"\u5C71\u7530\u3055\u3093\u304C\u6765\u305F\u3002\u96E8\u304C\u964D\u3063\u305F\u3002",
     {"\u5C71\u7530\u3055\u3093\u304C\u6765\u305F\u3002", "\u96E8\u304C\u964D\u3063\u305F\u3002"}},
    {"A sign read \uFFFD\uFFFD. Nobody could decode it.",
     {"A sign read \uFFFD\uFFFD.", "Nobody could decode it."}},

    // The example article's sentence, alone and followed by another.
    {"A U.S.-based institute said over the weekend that Ukrainian forces \"are likely conducting "
     "a limited tactical withdrawal from Bakhmut.\"",
     {"A U.S.-based institute said over the weekend that Ukrainian forces \"are likely "
      "conducting a limited tactical withdrawal from Bakhmut.\""}},
    {"A U.S.-based institute said over the weekend that Ukrainian forces \"are likely conducting "
     "a limited tactical withdrawal from Bakhmut.\" Local officials said the town was quiet.",
     {"A U.S.-based institute said over the weekend that Ukrainian forces \"are likely "
      "conducting a limited tactical withdrawal from Bakhmut.\"",
      "Local officials said the town was quiet."}},
};

TEST(SplitSentences, Table) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.paragraph);
    EXPECT_EQ(Split(c.paragraph), c.sentences);
  }
}

// Every span lies inside its paragraph, in order, without overlap, trimmed, and slices back to
// exactly the expected text, here with the paragraph embedded in surrounding text.
TEST(SplitSentences, OffsetsRoundTripInsideLargerText) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.paragraph);
    const std::string text = "Before.\n\n" + std::string(c.paragraph) + "\n\nAfter.";
    const Span paragraph{9, static_cast<uint32_t>(9 + c.paragraph.size())};
    const std::vector<Span> spans = SplitSentences(text, paragraph);
    ASSERT_EQ(spans.size(), c.sentences.size());
    uint32_t previous_end = paragraph.begin;
    for (size_t i = 0; i < spans.size(); ++i) {
      const Span& s = spans[i];
      EXPECT_TRUE(paragraph.Contains(s));
      EXPECT_FALSE(s.empty());
      EXPECT_LE(previous_end, s.begin);
      previous_end = s.end;
      EXPECT_EQ(s.Of(text), c.sentences[i]);
      EXPECT_NE(text[s.begin], ' ');
      EXPECT_NE(text[s.end - 1], ' ');
    }
  }
}

TEST(SplitSentences, EmptyParagraph) {
  EXPECT_TRUE(SplitSentences("", {0, 0}).empty());
  EXPECT_TRUE(SplitSentences("Text.", {5, 5}).empty());
}

TEST(SplitSentences, WhitespaceOnlyParagraph) {
  const std::string_view text = " \t\n\u00A0\u2009\u3000 ";
  EXPECT_TRUE(SplitSentences(text, {0, static_cast<uint32_t>(text.size())}).empty());
}

TEST(SplitSentences, LongParagraphWithoutPunctuation) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "word ";
  const std::vector<Span> spans = SplitSentences(text, {0, static_cast<uint32_t>(text.size())});
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].begin, 0u);
  EXPECT_EQ(spans[0].end, text.size() - 1);
}

TEST(SplitSentences, LongQuoteWithManyStopsStaysOneSentence) {
  std::string text = "\"";
  for (int i = 0; i < 5000; ++i) text += "We hold. They push. ";
  text += "We stay,\" he said. Then he left.";
  EXPECT_EQ(Split(text).size(), 2u);
}

TEST(SplitSentences, UnclosedQuoteSplitsNormally) {
  EXPECT_EQ(Split("\"We hold the line. We always will."),
            (Sentences{"\"We hold the line.", "We always will."}));
}

TEST(SentenceSegmenter, FillsSentencesForEveryParagraph) {
  Article a;
  a.text = "Headline Without A Stop\n\nFirst one. Second one.\n\n\n\nLt. Col. Ames spoke. He left.";
  a.paragraphs = {{0, 23}, {25, 47}, {51, 80}};
  a.sentences = {{0, 1}};  // stale, must be replaced
  SentenceSegmenter segmenter;
  ASSERT_TRUE(segmenter.Run(a).ok());
  Sentences got;
  for (const Span& s : a.sentences) got.emplace_back(s.Of(a.text));
  EXPECT_EQ(got, (Sentences{"Headline Without A Stop", "First one.", "Second one.",
                            "Lt. Col. Ames spoke.", "He left."}));
  for (size_t i = 1; i < a.sentences.size(); ++i) {
    EXPECT_LE(a.sentences[i - 1].end, a.sentences[i].begin);
  }
}

TEST(SentenceSegmenter, SentencesNeverCrossParagraphs) {
  Article a;
  a.text = "He said Mr.\n\nSmith agreed.";
  a.paragraphs = {{0, 11}, {13, 26}};
  ASSERT_TRUE(SentenceSegmenter().Run(a).ok());
  EXPECT_EQ(a.sentences, (std::vector<Span>{{0, 11}, {13, 26}}));
}

TEST(SentenceSegmenter, NoParagraphsNoSentences) {
  Article a;
  a.text = "Orphan text.";
  ASSERT_TRUE(SentenceSegmenter().Run(a).ok());
  EXPECT_TRUE(a.sentences.empty());
}

TEST(SentenceSegmenter, DeclaresItsLayers) {
  const SentenceSegmenter segmenter;
  EXPECT_EQ(segmenter.Name(), "sentences.v1");
  EXPECT_EQ(segmenter.Writes(), std::vector<std::string>{"sentences"});
}

TEST(SplitSentences, EachStopIsFoundWhereverItFallsInTheScansBlocks) {
  // The scan for stops reads sixteen bytes at a time: a stop, a quote or the lead byte of a
  // typographic one must end or hold its sentence at every offset.
  for (size_t pad = 0; pad < 40; ++pad) {
    const std::string first = "Talks " + std::string(pad, 'a') + " ended.";
    EXPECT_EQ(Split(first + " Both sides left."), (Sentences{first, "Both sides left."})) << pad;
    const std::string quoted = "He said \u201C" + std::string(pad, 'b') + ".\u201D";
    EXPECT_EQ(Split(quoted + " Then he left."), (Sentences{quoted, "Then he left."})) << pad;
  }
}

}  // namespace
}  // namespace sitrep
