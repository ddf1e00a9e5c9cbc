#include "read/charset.h"

#include <gtest/gtest.h>
#include <iconv.h>

#include <random>

#include "core/utf8.h"

namespace sitrep {
namespace {

// Encoders written out here, independent of iconv, so that the tests check the decoder against
// the code charts rather than against itself.
std::string ToCp1251(std::u32string_view text) {
  std::string out;
  for (const char32_t c : text) {
    if (c >= U'А' && c <= U'я') {
      out.push_back(static_cast<char>(0xC0 + (c - U'А')));
    } else if (c == U'ё') {
      out.push_back('\xB8');
    } else if (c == U'«' || c == U'»') {
      out.push_back(c == U'«' ? '\xAB' : '\xBB');
    } else {
      out.push_back(static_cast<char>(c));  // ASCII
    }
  }
  return out;
}

std::string ToKoi8r(std::u32string_view text) {
  constexpr std::u32string_view kLower = U"юабцдефгхийклмнопярстужвьызшэщчъ";
  constexpr std::u32string_view kUpper = U"ЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ";
  std::string out;
  for (const char32_t c : text) {
    if (const size_t at = kLower.find(c); at != kLower.npos) {
      out.push_back(static_cast<char>(0xC0 + at));
    } else if (const size_t up = kUpper.find(c); up != kUpper.npos) {
      out.push_back(static_cast<char>(0xE0 + up));
    } else if (c == U'ё') {
      out.push_back('\xA3');
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// Latin-1, plus the windows-1252 punctuation the tests use.
std::string ToCp1252(std::u32string_view text) {
  std::string out;
  for (const char32_t c : text) {
    switch (c) {
      case U'’': out.push_back('\x92'); break;
      case U'“': out.push_back('\x93'); break;
      case U'”': out.push_back('\x94'); break;
      case U'€': out.push_back('\x80'); break;
      default: out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string Utf8(std::u32string_view text) {
  std::string out;
  for (const char32_t c : text) AppendUtf8(c, &out);
  return out;
}

constexpr std::u32string_view kRussian =
    U"Российские войска продолжают наступление на Бахмут, сообщили в Министерстве обороны. "
    U"По словам военных, \"ситуация остаётся очень сложной\".";
constexpr std::u32string_view kGerman =
    U"Die Bürger in Köln äußerten sich über die Größe des Straßenfests.";
constexpr std::u32string_view kFrench =
    U"“C’est très grave”, a déclaré le ministre, qui évoque 5 € de hausse à Besançon.";
// "東京都は本日、新しい防災計画を発表した。" in each Japanese encoding.
constexpr std::string_view kJapanese = "東京都は本日、新しい防災計画を発表した。";
constexpr std::string_view kJapaneseShiftJis =
    "\x93\x8c\x8b\x9e\x93\x73\x82\xcd\x96\x7b\x93\xfa\x81\x41\x90\x56\x82\xb5\x82\xa2\x96\x68"
    "\x8d\xd0\x8c\x76\x89\xe6\x82\xf0\x94\xad\x95\x5c\x82\xb5\x82\xbd\x81\x42";
constexpr std::string_view kJapaneseEucJp =
    "\xc5\xec\xb5\xfe\xc5\xd4\xa4\xcf\xcb\xdc\xc6\xfc\xa1\xa2\xbf\xb7\xa4\xb7\xa4\xa4\xcb\xc9"
    "\xba\xd2\xb7\xd7\xb2\xe8\xa4\xf2\xc8\xaf\xc9\xbd\xa4\xb7\xa4\xbf\xa1\xa3";
constexpr std::string_view kChineseSimplified = "乌克兰总统表示，前线的局势非常困难。";
constexpr std::string_view kChineseGb18030 =
    "\xce\xda\xbf\xcb\xc0\xbc\xd7\xdc\xcd\xb3\xb1\xed\xca\xbe\xa3\xac\xc7\xb0\xcf\xdf\xb5\xc4"
    "\xbe\xd6\xca\xc6\xb7\xc7\xb3\xa3\xc0\xa7\xc4\xd1\xa1\xa3";
constexpr std::string_view kChineseTraditional = "烏克蘭總統表示，前線的局勢非常困難。";
constexpr std::string_view kChineseBig5 =
    "\xaf\x51\xa7\x4a\xc4\xf5\xc1\x60\xb2\xce\xaa\xed\xa5\xdc\xa1\x41\xab\x65\xbd\x75\xaa\xba"
    "\xa7\xbd\xb6\xd5\xab\x44\xb1\x60\xa7\x78\xc3\xf8\xa1\x43";

bool Mentions(const std::vector<std::string>& warnings, std::string_view a, std::string_view b) {
  for (const std::string& w : warnings) {
    if (w.find(a) != std::string::npos && w.find(b) != std::string::npos) return true;
  }
  return false;
}

struct Case {
  const char* what;
  std::string bytes;
  std::string encoding;
  std::string utf8;
};

TEST(DecodeToUtf8, DetectsUndeclaredLegacyEncodings) {
  const Case cases[] = {
      {"Russian in windows-1251", ToCp1251(kRussian), "windows-1251", Utf8(kRussian)},
      {"Russian in KOI8-R", ToKoi8r(kRussian), "KOI8-R", Utf8(kRussian)},
      {"one Russian word", ToCp1251(U"«Москва»"), "windows-1251", Utf8(U"«Москва»")},
      {"German in Latin-1", ToCp1252(kGerman), "windows-1252", Utf8(kGerman)},
      {"French in windows-1252", ToCp1252(kFrench), "windows-1252", Utf8(kFrench)},
      {"one accent, closing the file", ToCp1252(U"Rendez-vous au café"), "windows-1252",
       Utf8(U"Rendez-vous au café")},
      {"Japanese in Shift_JIS", std::string(kJapaneseShiftJis), "Shift_JIS",
       std::string(kJapanese)},
      {"Japanese in EUC-JP", std::string(kJapaneseEucJp), "EUC-JP", std::string(kJapanese)},
      {"Chinese in GB18030", std::string(kChineseGb18030), "gb18030",
       std::string(kChineseSimplified)},
      {"Chinese in Big5", std::string(kChineseBig5), "Big5", std::string(kChineseTraditional)},
  };
  for (const Case& c : cases) {
    for (const InputFormat hint : {InputFormat::kText, InputFormat::kHtml}) {
      const DecodedText d = DecodeToUtf8(c.bytes, hint);
      EXPECT_EQ(d.encoding, c.encoding) << c.what;
      EXPECT_EQ(d.utf8, c.utf8) << c.what;
      EXPECT_EQ(d.replaced, 0u) << c.what;
      EXPECT_TRUE(d.warnings.empty()) << c.what << ": " << d.warnings[0];
    }
  }
}

TEST(DecodeToUtf8, Utf8PassesThrough) {
  const std::string text = Utf8(kRussian) + " " + std::string(kJapanese);
  const DecodedText d = DecodeToUtf8(text, InputFormat::kText);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, text);
  EXPECT_TRUE(d.warnings.empty());
}

TEST(DecodeToUtf8, ValidUtf8IsReadInPlace) {
  // A page that needs no change is not copied; one that does comes back in |utf8|.
  const std::string page = "<meta charset=utf-8><p>" + Utf8(kRussian) + "</p>";
  DecodedText d;
  std::string_view text = DecodeToUtf8(page, InputFormat::kHtml, &d);
  EXPECT_EQ(text.data(), page.data());
  EXPECT_EQ(text.size(), page.size());
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_TRUE(d.utf8.empty());
  EXPECT_TRUE(d.warnings.empty());

  const std::string legacy = "<meta charset=windows-1251><p>" + ToCp1251(kRussian) + "</p>";
  text = DecodeToUtf8(legacy, InputFormat::kHtml, &d);
  EXPECT_EQ(text, "<meta charset=windows-1251><p>" + Utf8(kRussian) + "</p>");
  EXPECT_EQ(text.data(), d.utf8.data());
  EXPECT_EQ(d.encoding, "windows-1251");

  const std::string damaged = "Kyiv \xFF" + Utf8(kRussian);
  text = DecodeToUtf8(damaged, InputFormat::kText, &d);
  EXPECT_EQ(text, "Kyiv \xEF\xBF\xBD" + Utf8(kRussian));
  EXPECT_EQ(d.replaced, 1u);
}

TEST(DecodeToUtf8, EmptyInput) {
  const DecodedText d = DecodeToUtf8("", InputFormat::kAuto);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, "");
  EXPECT_EQ(d.replaced, 0u);
  EXPECT_TRUE(d.warnings.empty());
}

TEST(DecodeToUtf8, ByteOrderMarksWin) {
  // "Kyiv, Київ" with each byte order mark; the HTML says otherwise and is not asked.
  const std::string le(
      "\xFF\xFE"
      "K\0y\0i\0v\0,\0 \0\x1A\x04\x38\x04\x57\x04\x32\x04",
      22);
  const std::string be(
      "\xFE\xFF"
      "\0K\0y\0i\0v\0,\0 \x04\x1A\x04\x38\x04\x57\x04\x32",
      22);
  const std::string expected = Utf8(U"Kyiv, Київ");
  DecodedText d = DecodeToUtf8(le, InputFormat::kText);
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.utf8, expected);
  d = DecodeToUtf8(be, InputFormat::kText);
  EXPECT_EQ(d.encoding, "UTF-16BE");
  EXPECT_EQ(d.utf8, expected);
  d = DecodeToUtf8("\xEF\xBB\xBF<meta charset=koi8-r>Kyiv", InputFormat::kHtml);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, "<meta charset=koi8-r>Kyiv");
}

TEST(DecodeToUtf8, DamagedUtf16IsRepairedNotMisaligned) {
  // A lone low surrogate, then text that must still decode, then an odd byte at the end.
  const std::string bytes(
      "\xFF\xFE"
      "A\0\x00\xDC"
      "B\0C\0\x44",
      11);
  const DecodedText d = DecodeToUtf8(bytes, InputFormat::kText);
  EXPECT_EQ(d.utf8, "A\uFFFDBC\uFFFD");
  EXPECT_EQ(d.replaced, 2u);
  EXPECT_TRUE(Mentions(d.warnings, "invalid UTF-16LE", "2 ill-formed"));
}

TEST(DecodeToUtf8, MetaDeclarationsInTheirManyForms) {
  const std::string body = ToKoi8r(U"Новости дня");
  const std::string expected = Utf8(U"Новости дня");
  for (const std::string head : {
           "<meta charset=\"koi8-r\">",
           "<META CHARSET='KOI8-R'>",
           "<meta charset=koi8-r/>",
           "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">",
           "<meta content='text/html;charset = \"KOI8-R\"' HTTP-EQUIV='content-type'>",
           "<title a=\"<meta charset=utf-8>\">x</title><meta charset=cskoi8r>",
           "<!-- <meta charset=\"windows-1251\"> --><meta charset=koi8-r>",
       }) {
    const DecodedText d =
        DecodeToUtf8("<html><head>" + head + "</head>" + body, InputFormat::kHtml);
    EXPECT_EQ(d.encoding, "KOI8-R") << head;
    EXPECT_NE(d.utf8.find(expected), std::string::npos) << head;
    EXPECT_TRUE(d.warnings.empty()) << head;
  }
}

TEST(DecodeToUtf8, DeclarationsThatDoNotCount) {
  // Each names KOI8-R but must be passed over, so detection finds the real windows-1251.
  const std::string body = ToCp1251(kRussian);
  for (const std::string& head : {
           // content= without http-equiv declares nothing.
           std::string("<meta content=\"text/html; charset=koi8-r\">"),
           // Past the first 4 KiB.
           "<p>" + std::string(4200, 'x') + "</p><meta charset=koi8-r>",
       }) {
    const DecodedText d = DecodeToUtf8(head + body, InputFormat::kHtml);
    EXPECT_EQ(d.encoding, "windows-1251") << head.substr(0, 60);
  }
  // Meta tags are markup only in HTML; a Markdown page's text may quote one.
  const DecodedText md = DecodeToUtf8("`<meta charset=koi8-r>` " + body, InputFormat::kMarkdown);
  EXPECT_EQ(md.encoding, "windows-1251");
}

TEST(DecodeToUtf8, XmlDeclaration) {
  const std::string body = ToKoi8r(kRussian);
  const DecodedText d =
      DecodeToUtf8("<?xml version=\"1.0\" encoding='KOI8-R'?><rss>" + body, InputFormat::kText);
  EXPECT_EQ(d.encoding, "KOI8-R");
  EXPECT_NE(d.utf8.find(Utf8(kRussian)), std::string::npos);
}

TEST(DecodeToUtf8, LabelsMapAsBrowsersMapThem) {
  // iso-8859-1 and us-ascii mean windows-1252, so 0x93/0x94 are curly quotes, not C1 controls.
  for (const char* label : {"iso-8859-1", "ISO_8859-1", "latin1", "us-ascii", "windows-1252"}) {
    const DecodedText d = DecodeToUtf8(
        std::string("<meta charset=\"") + label + "\">\x93Oui\x94, dit-il.", InputFormat::kHtml);
    EXPECT_EQ(d.encoding, "windows-1252") << label;
    EXPECT_NE(d.utf8.find("“Oui”"), std::string::npos) << label;
  }
  // gb2312 is read with the gb18030 decoder, a superset.
  EXPECT_EQ(
      DecodeToUtf8("<meta charset=gb2312>" + std::string(kChineseGb18030), InputFormat::kHtml).utf8,
      "<meta charset=gb2312>" + std::string(kChineseSimplified));
  // A page that can be read as ASCII was not written in UTF-16, whatever it says.
  EXPECT_EQ(DecodeToUtf8("<meta charset=utf-16>Caf\xC3\xA9", InputFormat::kHtml).encoding, "UTF-8");
}

TEST(DecodeToUtf8, MisdeclaredUtf8IsReadAsWhatItIs) {
  const std::string page = "<meta charset=\"utf-8\"><p>" + ToCp1251(kRussian) + "</p>";
  const DecodedText d = DecodeToUtf8(page, InputFormat::kHtml);
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_NE(d.utf8.find(Utf8(kRussian)), std::string::npos);
  EXPECT_TRUE(Mentions(d.warnings, "utf-8", "windows-1251")) << d.warnings.size();
}

TEST(DecodeToUtf8, Utf8UnderALegacyLabelIsUtf8) {
  const std::string page =
      "<meta http-equiv=Content-Type content=\"text/html; charset=ISO-8859-1\">" + Utf8(kGerman);
  const DecodedText d = DecodeToUtf8(page, InputFormat::kHtml);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_NE(d.utf8.find(Utf8(kGerman)), std::string::npos);
  EXPECT_TRUE(Mentions(d.warnings, "iso-8859-1", "UTF-8"));
  // Plain ASCII under a legacy label contradicts nothing.
  const DecodedText ascii = DecodeToUtf8("<meta charset=iso-8859-1>Plain.", InputFormat::kHtml);
  EXPECT_EQ(ascii.encoding, "UTF-8");
  EXPECT_TRUE(ascii.warnings.empty());
}

TEST(DecodeToUtf8, DamagedUtf8StaysUtf8) {
  // Declared UTF-8 with one stray byte among many good sequences: repaired, not re-guessed.
  const std::string text = Utf8(kRussian) + "\xFF" + Utf8(kGerman);
  const DecodedText d = DecodeToUtf8("<meta charset=utf-8>" + text, InputFormat::kHtml);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.replaced, 1u);
  EXPECT_TRUE(Mentions(d.warnings, "invalid UTF-8", "1 ill-formed sequence"));
  EXPECT_EQ(DecodeToUtf8(text, InputFormat::kText).encoding, "UTF-8");
}

TEST(DecodeToUtf8, MultiByteCutAtTheEnd) {
  const std::string text = Utf8(U"Привет, мир");
  const DecodedText d = DecodeToUtf8(text.substr(0, text.size() - 1), InputFormat::kText);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, Utf8(U"Привет, ми") + "\uFFFD");
  EXPECT_EQ(d.replaced, 1u);
  // The same for a legacy multi-byte encoding named by the page.
  const std::string sjis = "<meta charset=shift_jis>" + std::string(kJapaneseShiftJis);
  const DecodedText j = DecodeToUtf8(sjis.substr(0, sjis.size() - 1), InputFormat::kHtml);
  EXPECT_EQ(j.encoding, "Shift_JIS");
  EXPECT_TRUE(j.utf8.ends_with("した\uFFFD"));
  EXPECT_EQ(j.replaced, 1u);
}

TEST(DecodeToUtf8, UnknownLabelIsReportedAndIgnored) {
  const DecodedText d =
      DecodeToUtf8("<meta charset=\"klingon\">" + ToCp1251(kRussian), InputFormat::kHtml);
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_TRUE(Mentions(d.warnings, "unknown charset", "klingon"));
}

TEST(DecodeToUtf8, UndecidableBytesBecomeReplacementCharacters) {
  // C1 bytes that windows-1252 leaves undefined, in no language at all.
  const DecodedText d = DecodeToUtf8("Codes \x81\x8D\x8F\x90 here.", InputFormat::kText);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, "Codes \uFFFD\uFFFD\uFFFD\uFFFD here.");
  EXPECT_EQ(d.replaced, 4u);
  EXPECT_TRUE(Mentions(d.warnings, "invalid UTF-8", "4 ill-formed"));
}

TEST(DecodeToUtf8, AnyBytesGiveValidUtf8) {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    std::string bytes(rng() % 200, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    if (round % 3 == 0)
      bytes = "<meta charset=" + std::string(round % 2 ? "sjis>" : "utf-8>") + bytes;
    if (round % 5 == 0) bytes = (round % 2 ? "\xFF\xFE" : "\xFE\xFF") + bytes;
    const DecodedText d = DecodeToUtf8(bytes, InputFormat::kAuto);
    EXPECT_TRUE(IsValidUtf8(d.utf8)) << round;
    EXPECT_FALSE(d.encoding.empty());
  }
}

TEST(DecodeToUtf8, ReplacementsFitWhereverTheOutputBufferEnds) {
  // Valid characters that grow from two bytes to three, then bad bytes: swept so that some
  // bad byte meets every possible amount of room left in the output buffer.
  for (int good = 0; good < 80; ++good) {
    for (int bad = 1; bad < 60; bad += 7) {
      std::string bytes = "<meta charset=shift_jis>";
      for (int i = 0; i < good; ++i) bytes += "\x93\xfa";  // 日
      bytes += std::string(static_cast<size_t>(bad), '\xFF');
      const DecodedText d = DecodeToUtf8(bytes, InputFormat::kHtml);
      ASSERT_EQ(d.replaced, static_cast<size_t>(bad)) << good << " " << bad;
      ASSERT_TRUE(IsValidUtf8(d.utf8));
    }
  }
}

TEST(DecodeToUtf8, SingleByteCodePagesReadEveryByteAsIconvDoes) {
  // Detection's candidates are decoded by a table made from iconv's answer for each byte; a page
  // of every byte, declared, must read as iconv reads it, byte by byte, with the bytes a code
  // page lacks as U+FFFD.
  for (const char* name : {"windows-1252", "windows-1251", "KOI8-R"}) {
    const std::string iconv_name = name == std::string("windows-1252")   ? "CP1252"
                                   : name == std::string("windows-1251") ? "CP1251"
                                                                         : "KOI8-R";
    const iconv_t cd = iconv_open("UTF-8", iconv_name.c_str());
    ASSERT_NE(cd, reinterpret_cast<iconv_t>(-1)) << name;
    const std::string head = "<meta charset=" + std::string(name) + "> ";
    std::string bytes = head, expected = head;
    size_t lacking = 0;
    for (int b = 1; b < 256; ++b) {
      char byte = static_cast<char>(b), out[8];
      char* in = &byte;
      char* dst = out;
      size_t in_left = 1, room = sizeof out;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
      const bool read = iconv(cd, &in, &in_left, &dst, &room) != static_cast<size_t>(-1);
      expected += read ? std::string(out, dst) : "\uFFFD";
      lacking += read ? 0 : 1;
      bytes += byte;
    }
    iconv_close(cd);
    const DecodedText d = DecodeToUtf8(bytes, InputFormat::kHtml);
    EXPECT_EQ(d.encoding, name);
    EXPECT_EQ(d.utf8, expected) << name;
    EXPECT_EQ(d.replaced, lacking) << name;
  }
  // And as the code charts have it.
  EXPECT_EQ(DecodeToUtf8("<meta charset=windows-1252>\x80 \xE4", InputFormat::kHtml).utf8,
            "<meta charset=windows-1252>€ ä");
  EXPECT_EQ(DecodeToUtf8("<meta charset=windows-1251>\xC0\xFF", InputFormat::kHtml).utf8,
            "<meta charset=windows-1251>Ая");
  EXPECT_EQ(DecodeToUtf8("<meta charset=koi8-r>\xC1\xE1", InputFormat::kHtml).utf8,
            "<meta charset=koi8-r>аА");
}

TEST(EncodingFromBom, NamesTheMark) {
  EXPECT_EQ(EncodingFromBom("\xEF\xBB\xBFx"), "UTF-8");
  EXPECT_EQ(EncodingFromBom("\xFF\xFEx"), "UTF-16LE");
  EXPECT_EQ(EncodingFromBom("\xFE\xFFx"), "UTF-16BE");
  EXPECT_EQ(EncodingFromBom("plain"), "");
  EXPECT_EQ(EncodingFromBom(""), "");
}

}  // namespace
}  // namespace sitrep
