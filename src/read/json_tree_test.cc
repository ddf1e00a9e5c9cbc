#include "read/json_tree.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "read/json_tree_testing.h"

namespace sitrep {
namespace {

std::string ParsedShape(std::string_view text) {
  JsonTree tree;
  return tree.Parse(text) ? Shape(tree, tree.Root()) : "(not JSON)";
}

TEST(JsonTree, ReadsValuesWithMembersInKeyOrder) {
  EXPECT_EQ(ParsedShape(R"({"b": [1, "x", null], "a": {"c": true}})"),
            R"({"a":{"c":bool},"b":[#,"x",null]})");
  EXPECT_EQ(ParsedShape(R"({"a": 1, "a": "last"})"), R"({"a":"last"})");
  EXPECT_EQ(ParsedShape(R"("caf\u00e9 \"\/\\ \ud83d\ude00")"),
            "\"caf\u00e9 \"/\\ \xF0\x9F\x98\x80\"");
}

TEST(JsonTree, FindsAMemberByKey) {
  JsonTree tree;
  ASSERT_TRUE(tree.Parse(R"({"name": "Ana", "@id": "#a", "url": "u"})"));
  const JsonTree::Value* name = tree.Find(tree.Root(), "name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->text, "Ana");
  EXPECT_EQ(tree.Find(tree.Root(), "nam"), nullptr);
  EXPECT_EQ(tree.Find(*name, "name"), nullptr);  // a string has no members
}

TEST(JsonTree, TurnsDownWhatIsNotJson) {
  for (const char* text : {"", "{", "[1,]", "{\"a\":1,}", "{\"a\"}", "01", "1.", "\"a\nb\"",
                           "\"\\x\"", "\"\\ud83d\"", "{} x", "/* open", "1e400"}) {
    EXPECT_EQ(ParsedShape(text), "(not JSON)") << text;
  }
}

// Every input here is read as nlohmann::json::parse(text, nullptr, false, true) reads it: the
// same verdict, and the same values in the same order.
TEST(JsonTree, AgreesWithNlohmann) {
  std::vector<std::string> texts = {"",
                                    " ",
                                    "{}",
                                    "[]",
                                    "null",
                                    "true",
                                    "false",
                                    "tru",
                                    "nul",
                                    "nulls",
                                    "1",
                                    "-",
                                    "-0",
                                    "01",
                                    "1.",
                                    "1.5",
                                    "-1.5e+3",
                                    "1e5",
                                    "1e",
                                    "1e+",
                                    "1E-2",
                                    "1e400",
                                    "-1e400",
                                    "1e-400",
                                    ".5",
                                    "+1",
                                    std::string(400, '9'),
                                    std::string(300, '9'),
                                    "\"a\"",
                                    "\"\\u00e9\"",
                                    "\"\\u00E9\"",
                                    "\"\\ud83d\\ude00\"",
                                    "\"\\ud83d\"",
                                    "\"\\ude00\"",
                                    "\"\\ud83dx\"",
                                    "\"\\ud83d\\u0041\"",
                                    "\"\\u12\"",
                                    "\"\\x\"",
                                    "\"a\nb\"",
                                    "\"a\tb\"",
                                    "\"\\/\"",
                                    "\"\\b\\f\\n\\r\\t\"",
                                    "\"\xC3\xA9\"",
                                    "\"\xC3\"",
                                    "\"\xE0\x80\x80\"",
                                    "\"\xE0\xA0\x80\"",
                                    "\"\xED\xA0\x80\"",
                                    "\"\xED\x9F\xBF\"",
                                    "\"\xF4\x90\x80\x80\"",
                                    "\"\xF4\x8F\xBF\xBF\"",
                                    "\"\xF0\x8F\xBF\xBF\"",
                                    "\"\xFF\"",
                                    "\"\xC0\xAF\"",
                                    "\"\x7F\"",
                                    "\"abc",
                                    "{\"a\":1,\"b\":2}",
                                    "{\"b\":1,\"a\":2}",
                                    "{\"a\":1,\"a\":2}",
                                    "{\"a\":1,\"b\":2,\"a\":3}",
                                    "{\"a\":1,}",
                                    "{,}",
                                    "{\"a\"}",
                                    "{\"a\":}",
                                    "{1:2}",
                                    "[1,]",
                                    "[,1]",
                                    "[1 2]",
                                    "[1,,2]",
                                    "{\"a\":[{\"b\":null}],\"c\":{}}",
                                    "[[[]],[{}],{\"x\":[1,{\"y\":\"z\"}]}]",
                                    "{\"\\u0061\":1,\"a\":2}",
                                    "{\"\xC3\xA9\":1,\"z\":2,\"Z\":3,\"\":4}",
                                    "// c\n{}",
                                    "{} // c",
                                    "/* c */ {}",
                                    "{/* c */}",
                                    "/* c",
                                    "/ {}",
                                    "{\"a\":1 /* x */ , \"b\" // y\n : 2}",
                                    "//",
                                    "/**/[]",
                                    "/*/ */[]",
                                    "/***/[]",
                                    "[1/**/]",
                                    "[1//\n,2]",
                                    "\xEF\xBB\xBF{}",
                                    "\xEF\xBB{}",
                                    "\xEF{}",
                                    "{}\xEF\xBB\xBF",
                                    std::string("{}\0garbage", 10),
                                    std::string("{\0}", 3),
                                    std::string("[1,\0]", 5),
                                    std::string("// c\0{}", 7),
                                    std::string("/* \0 */{}", 9),
                                    std::string("\"a\0b\"", 5),
                                    std::string("\0", 1),
                                    "{} x",
                                    "{}}",
                                    "[]]",
                                    "{} {}",
                                    " \t\r\n{}\n",
                                    "\f{}",
                                    "{}\f",
                                    "[true,false,null]",
                                    "[True]",
                                    "{\"a\" : 1}"};
  // Deep enough to show the reader keeps no recursion, shallow enough for the printers, which
  // recurse (a sanitizer's frames are large).
  texts.push_back(std::string(300, '[') + std::string(300, ']'));
  texts.push_back(std::string(300, '[') + std::string(299, ']'));
  for (const std::string& text : texts) {
    const nlohmann::json reference = nlohmann::json::parse(text, nullptr, false, true);
    const std::string expected = reference.is_discarded() ? "(not JSON)" : Shape(reference);
    EXPECT_EQ(ParsedShape(text), expected) << text;
  }
}

TEST(JsonTree, ReadsNestingOfAnyDepth) {
  // A page's script may nest without end: read without recursion, so without running out of
  // stack, and turned down when it does not close.
  for (const size_t depth : {size_t{5000}, size_t{200000}}) {
    JsonTree tree;
    EXPECT_TRUE(tree.Parse(std::string(depth, '[') + std::string(depth, ']'))) << depth;
    EXPECT_EQ(tree.Members(tree.Root()).size(), 1u);
    EXPECT_FALSE(tree.Parse(std::string(depth, '{') + std::string(depth, '}'))) << depth;
    EXPECT_FALSE(tree.Parse(std::string(depth, '[') + std::string(depth - 1, ']'))) << depth;
  }
}

}  // namespace
}  // namespace sitrep
