// Tests for json_writer.h: escaping, ill-formed UTF-8, numbers and layout, each checked against
// the literal output a reader expects and, for strings and numbers, against nlohmann::json's
// dump(), whose output the record kept when it moved to this writer.
#include "core/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <nlohmann/json.hpp>

namespace sitrep {
namespace {

std::string Str(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

std::string Num(double d) {
  std::string out;
  AppendJsonDouble(d, &out);
  return out;
}

std::string Nlohmann(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(JsonWriterTest, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(Str("plain text"), "\"plain text\"");
  EXPECT_EQ(Str("say \"no\""), "\"say \\\"no\\\"\"");
  EXPECT_EQ(Str("C:\\temp"), "\"C:\\\\temp\"");
  EXPECT_EQ(Str("a\nb\tc\rd\be\ff"), "\"a\\nb\\tc\\rd\\be\\ff\"");
  EXPECT_EQ(Str(std::string_view("\x01\x1f\0", 3)), "\"\\u0001\\u001f\\u0000\"");
  // Not escaped: the solidus, DEL and every non-ASCII character.
  EXPECT_EQ(Str("a/b\x7f"), "\"a/b\x7f\"");
  EXPECT_EQ(Str("Kyiv – Київ «цитата» 東京 \xF0\x9F\x98\x80"),
            "\"Kyiv – Київ «цитата» 東京 \xF0\x9F\x98\x80\"");
  EXPECT_EQ(Str(""), "\"\"");
}

TEST(JsonWriterTest, EscapesTheUnicodeLineEndsSoARecordStaysOneLine) {
  // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR end a line for Python's splitlines() and others.
  const std::string text =
      "a\xC2\x85"
      "b\xE2\x80\xA8"
      "c\xE2\x80\xA9"
      "d";
  EXPECT_EQ(Str(text), "\"a\\u0085b\\u2028c\\u2029d\"");
  // The escapes read back as the same characters.
  EXPECT_EQ(nlohmann::json::parse(Str(text)).get<std::string>(), text);
  // Their neighbours in the same blocks stay as they are.
  EXPECT_EQ(Str("\xC2\x84\xE2\x80\xA7\xE2\x80\xAA"), "\"\xC2\x84\xE2\x80\xA7\xE2\x80\xAA\"");
}

TEST(JsonWriterTest, EscapesInsideLongRunsAtEveryPosition) {
  // The scan reads sixteen bytes at a time and lets well-formed UTF-8 through in the same
  // stretch: a byte to escape, a character that goes out as it is, a line end to escape and a
  // byte to replace must each be found wherever it falls, alone or after another.
  for (size_t at = 0; at < 40; ++at) {
    for (const std::string c : {"\"", "\\", "\n", "\x02", "\xC3", "\xC3\xBC", "\xE2\x80\xA8",
                                "\xF0\x9F\x98\x80", "\xC3\xBC\"", "\xFF\xC3\xBC"}) {
      std::string s(40, 'x');
      s.replace(at, c.size(), c);
      s.resize(40);
      std::string expected = Nlohmann(s);
      // nlohmann writes the line separator as it is; cut short at the end, it is a bad byte.
      if (const size_t found = expected.find("\xE2\x80\xA8"); found != std::string::npos) {
        expected.replace(found, 3, "\\u2028");
      }
      EXPECT_EQ(Str(s), expected) << "at " << at << " bytes " << c;
    }
  }
}

TEST(JsonWriterTest, ReplacesIllFormedUtf8OncePerMaximalSubpart) {
  EXPECT_EQ(Str("a\xFF"
                "b"),
            "\"a\xEF\xBF\xBD"
            "b\"");
  // A truncated three-byte sequence is one replacement; the byte that broke it is read again.
  EXPECT_EQ(Str("\xE2\x82X"), "\"\xEF\xBF\xBDX\"");
  // An overlong form: C0 can start nothing, and 80 is a stray continuation byte.
  EXPECT_EQ(Str("\xC0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  // A surrogate (ED A0 80) and a truncated sequence at the end.
  EXPECT_EQ(Str("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_EQ(Str("ok\xF0\x9F\x98"), "\"ok\xEF\xBF\xBD\"");
  for (const std::string s : {"a\xFF"
                              "b",
                              "\xE2\x82X", "\xC0\x80", "\xED\xA0\x80", "ok\xF0\x9F\x98",
                              "\xF4\x90\x80\x80", "\xE0\x80\xAF", "\x80\x80\xC2"}) {
    EXPECT_EQ(Str(s), Nlohmann(s)) << s;
  }
}

TEST(JsonWriterTest, WritesDoublesInTheShortestFormThatReadsBack) {
  EXPECT_EQ(Num(0.7), "0.7");
  EXPECT_EQ(Num(1), "1.0");
  EXPECT_EQ(Num(-2.5), "-2.5");
  EXPECT_EQ(Num(0), "0.0");
  EXPECT_EQ(Num(48.596), "48.596");
  EXPECT_EQ(Num(1234500), "1234500.0");
  EXPECT_EQ(Num(0.0001), "0.0001");
  EXPECT_EQ(Num(0.00001), "1e-05");
  EXPECT_EQ(Num(1.5e-7), "1.5e-07");
  EXPECT_EQ(Num(1e16), "1e+16");
  EXPECT_EQ(Num(1.25e100), "1.25e+100");
  EXPECT_EQ(Num(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(Num(std::numeric_limits<double>::infinity()), "null");
  // The values a record holds: confidences to two decimals, as nlohmann wrote them.
  for (int i = 0; i <= 100; ++i) ASSERT_EQ(Num(i / 100.0), Nlohmann(i / 100.0)) << i;
  // Degrees to six decimals read back the same, in as few digits as nlohmann's or fewer: its
  // Grisu2 gives 17 digits for a few (-138.71386999999999 for -138.71387), which this does not.
  for (int i = -18000; i <= 18000; i += 7) {
    const double degrees = std::round((i / 100.0 + i * 1e-6) * 1e6) / 1e6;
    const std::string written = Num(degrees);
    ASSERT_EQ(std::strtod(written.c_str(), nullptr), degrees) << written;
    ASSERT_LE(written.size(), Nlohmann(degrees).size()) << written;
  }
}

// A small record written both ways.
void WriteSample(JsonWriter& w) {
  w.BeginObject();
  w.Key("id");
  w.String("a1");
  w.Key("title");
  w.StringOrNull("");
  w.Key("count");
  w.Int(-3);
  w.Key("big");
  w.Uint(18446744073709551615u);
  w.Key("ok");
  w.Bool(true);
  w.Key("spans");
  w.BeginArray();
  for (int i = 0; i < 2; ++i) {
    w.BeginObject();
    w.Key("start");
    w.Int(i);
    w.Key("end");
    w.Double(i + 0.5);
    w.EndObject();
  }
  w.EndArray();
  w.Key("none");
  w.BeginArray();
  w.EndArray();
  w.Key("empty");
  w.BeginObject();
  w.EndObject();
  w.EndObject();
}

const nlohmann::ordered_json kSample = {
    {"id", "a1"},
    {"title", nullptr},
    {"count", -3},
    {"big", 18446744073709551615u},
    {"ok", true},
    {"spans", {{{"start", 0}, {"end", 0.5}}, {{"start", 1}, {"end", 1.5}}}},
    {"none", nlohmann::ordered_json::array()},
    {"empty", nlohmann::ordered_json::object()}};

TEST(JsonWriterTest, WritesCompactObjectsAndArrays) {
  std::string out;
  JsonWriter w(&out);
  WriteSample(w);
  EXPECT_EQ(out,
            "{\"id\":\"a1\",\"title\":null,\"count\":-3,\"big\":18446744073709551615,\"ok\":true,"
            "\"spans\":[{\"start\":0,\"end\":0.5},{\"start\":1,\"end\":1.5}],\"none\":[],"
            "\"empty\":{}}");
  EXPECT_EQ(out, kSample.dump());
}

TEST(JsonWriterTest, ARawValueIsSeparatedLikeAnyOther) {
  std::string out;
  JsonWriter w(&out);
  ASSERT_TRUE(w.compact());
  w.BeginObject();
  w.Key("spans");
  w.BeginArray();
  w.Raw(R"({"start":0,"end":3})");
  w.Raw(R"({"start":4,"end":9})");
  w.EndArray();
  w.Key("n");
  w.Raw("7");
  w.EndObject();
  EXPECT_EQ(out, R"({"spans":[{"start":0,"end":3},{"start":4,"end":9}],"n":7})");
  EXPECT_FALSE(JsonWriter(&out, 2).compact());
}

TEST(JsonWriterTest, IndentsLikeNlohmann) {
  std::string out;
  JsonWriter w(&out, 2);
  WriteSample(w);
  EXPECT_EQ(out, kSample.dump(2));
  EXPECT_NE(out.find("\n  \"spans\": [\n    {\n      \"start\": 0,"), std::string::npos) << out;
}

// Names are written in one piece when plain; any other name is escaped as a string is.
TEST(JsonWriterTest, NamesNeedingEscapesOrLongAreWrittenAsStrings) {
  const std::string long_name(100, 'k');
  for (const int indent : {-1, 2}) {
    std::string out;
    JsonWriter w(&out, indent);
    w.BeginObject();
    w.Key("say \"hi\"\n");
    w.Int(1);
    w.Key("caf\u00e9");
    w.Int(2);
    w.Key(long_name);
    w.Int(3);
    w.Key("");
    w.Int(4);
    w.EndObject();
    const nlohmann::ordered_json expected = {
        {"say \"hi\"\n", 1}, {"caf\u00e9", 2}, {long_name, 3}, {"", 4}};
    EXPECT_EQ(out, expected.dump(indent));
  }
}

}  // namespace
}  // namespace sitrep
