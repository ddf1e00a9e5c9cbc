// Decoding input bytes to UTF-8: byte order marks, declared charsets, and detection of the legacy
// encodings that news pages still come in. Tested by charset_test.cc.
//
// Declarations are found the way browsers find them: the HTML standard's prescan for
// <meta charset> and <meta http-equiv="Content-Type" content="...; charset=..."> (comments and
// other tags skipped, attribute names and values in any case and any quoting), then the XML
// declaration. Labels go through the WHATWG table, folded to letters and digits, so "ISO_8859-1",
// "iso8859-1" and "Latin1" all land on windows-1252.
//
// Pages lie about their charset, so a declaration is checked against the bytes: a page that
// says iso-8859-1 but whose bytes are well-formed UTF-8 (with at least one multi-byte sequence;
// by chance that almost never happens in legacy text) is UTF-8, and a page that says UTF-8 but
// is not is handed to detection. Invalid UTF-8 with more well-formed multi-byte sequences than
// ill-formed ones is damaged UTF-8 (a cut file, a stray byte) and is repaired, not re-guessed.
// Detection is only trusted above a plausibility threshold; otherwise UTF-8 with replacements
// shows the damage honestly instead of guessing mojibake.
//
// Detection decodes a 64 KiB sample with each candidate and scores how much of the non-ASCII
// text looks like the languages that candidate serves. That needs no byte-frequency models:
// a wrong single-byte guess shows as runs of accented letters no Western word has ("Ðîññèÿ"),
// Cyrillic in the wrong case (windows-1251 and KOI8-R put the cases in swapped blocks), rare
// letters and too few vowels (Greek read as windows-1251), or quotation marks in the middle of
// mojibake; a wrong CJK guess as ill-formed sequences, which rule it out, or as rare characters,
// which a short table of frequent ones exposes.
//
// Conversion is glibc iconv: no extra package, and it knows every encoding the WHATWG table
// names. An ill-formed byte becomes one U+FFFD and decoding resumes at the next byte (the next
// code unit for UTF-16), as the WHATWG decoders do.
//
// Limits: no detection for Central European, Greek, Turkish, Hebrew, Arabic, Thai or Korean
// legacy encodings (their declarations are honoured: Polish in windows-1250, say, comes out as
// windows-1252 mojibake when undeclared); UTF-16 only with a byte order mark; no UTF-32.
// Detection and the damaged-UTF-8 test look at the first 64 KiB only. A declared legacy charset
// is trusted even when another legacy one fits better.
#include "read/charset.h"

#include <errno.h>
#include <iconv.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>

#include "core/byte_scan.h"
#include "core/utf8.h"

namespace sitrep {
namespace {

constexpr size_t kPrescanBytes = 4096;
constexpr size_t kSampleBytes = 64 * 1024;
// The share of a sample's non-ASCII characters that must look right before a guessed encoding
// is used. On a sentence or more, right guesses score 0.6 to 1 (all-capital headlines are the
// low end) and wrong ones at most about 0.4.
constexpr double kConfident = 0.45;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The language family a detection candidate serves, which decides how its output is scored.
enum class Family { kNone, kLatin, kCyrillic, kJapanese, kChinese };

struct Encoding {
  std::string_view name;    // the WHATWG name, shown to users
  const char* iconv_name;   // glibc's name for the same decoder (or its superset)
  Family family;            // kNone: honoured when declared, never guessed
  std::string_view labels;  // the WHATWG labels, folded as FoldLabel does, space-separated
};

// Detection candidates come first, in the order that breaks ties: windows-1252 is the browsers'
// fallback in the West. Shift_JIS, EUC-JP and Big5 use the Microsoft and HKSCS supersets, as the
// WHATWG decoders do.
constexpr Encoding kEncodings[] = {
    {"windows-1252", "CP1252", Family::kLatin,
     "windows1252 cp1252 xcp1252 iso88591 iso885911987 isoir100 latin1 l1 cp819 ibm819 "
     "csisolatin1 usascii ascii csascii ansix341968 iso646irv1991 xuserdefined"},
    {"windows-1251", "CP1251", Family::kCyrillic, "windows1251 cp1251 xcp1251"},
    {"KOI8-R", "KOI8-R", Family::kCyrillic, "koi8r koi8 koi cskoi8r"},
    {"Shift_JIS", "CP932", Family::kJapanese,
     "shiftjis sjis mskanji xsjis windows31j csshiftjis ms932 cp932"},
    {"EUC-JP", "EUC-JP-MS", Family::kJapanese, "eucjp xeucjp cseucpkdfmtjapanese"},
    {"gb18030", "GB18030", Family::kChinese, "gb18030"},
    {"Big5", "BIG5-HKSCS", Family::kChinese, "big5 big5hkscs cnbig5 csbig5 xxbig5"},
    {"UTF-8", "UTF-8", Family::kNone, "utf8 unicode11utf8 unicode20utf8 xunicode20utf8"},
    {"UTF-16LE", "UTF-16LE", Family::kNone,
     "utf16 utf16le unicode ucs2 csunicode iso10646ucs2 unicodefeff"},
    {"UTF-16BE", "UTF-16BE", Family::kNone, "utf16be unicodefffe"},
    {"GBK", "GB18030", Family::kNone,
     "gbk gb2312 xgbk cp936 ms936 windows936 chinese csgb2312 gb231280 isoir58 csiso58gb231280"},
    {"ISO-2022-JP", "ISO-2022-JP", Family::kNone, "iso2022jp csiso2022jp"},
    {"EUC-KR", "CP949", Family::kNone,
     "euckr cseuckr korean ksc5601 ksc56011987 ksc56011989 csksc56011987 isoir149 windows949"},
    {"KOI8-U", "KOI8-U", Family::kNone, "koi8u koi8ru"},
    {"IBM866", "IBM866", Family::kNone, "ibm866 cp866 866 csibm866"},
    {"macintosh", "MACINTOSH", Family::kNone, "macintosh mac xmacroman csmacintosh"},
    {"x-mac-cyrillic", "MAC-CYRILLIC", Family::kNone, "xmaccyrillic xmacukrainian"},
    {"windows-874", "WINDOWS-874", Family::kNone, "windows874 dos874 iso885911 tis620"},
    {"windows-1250", "CP1250", Family::kNone, "windows1250 cp1250 xcp1250"},
    {"windows-1253", "CP1253", Family::kNone, "windows1253 cp1253 xcp1253"},
    {"windows-1254", "CP1254", Family::kNone,
     "windows1254 cp1254 xcp1254 iso88599 iso885991989 isoir148 latin5 l5 csisolatin5"},
    {"windows-1255", "CP1255", Family::kNone, "windows1255 cp1255 xcp1255"},
    {"windows-1256", "CP1256", Family::kNone, "windows1256 cp1256 xcp1256"},
    {"windows-1257", "CP1257", Family::kNone, "windows1257 cp1257 xcp1257"},
    {"windows-1258", "CP1258", Family::kNone, "windows1258 cp1258 xcp1258"},
    {"ISO-8859-2", "ISO-8859-2", Family::kNone,
     "iso88592 iso885921987 isoir101 latin2 l2 csisolatin2"},
    {"ISO-8859-3", "ISO-8859-3", Family::kNone,
     "iso88593 iso885931988 isoir109 latin3 l3 csisolatin3"},
    {"ISO-8859-4", "ISO-8859-4", Family::kNone,
     "iso88594 iso885941988 isoir110 latin4 l4 csisolatin4"},
    {"ISO-8859-5", "ISO-8859-5", Family::kNone,
     "iso88595 iso885951988 isoir144 cyrillic csisolatincyrillic"},
    {"ISO-8859-6", "ISO-8859-6", Family::kNone,
     "iso88596 iso885961987 isoir127 arabic asmo708 ecma114 csisolatinarabic iso88596e "
     "iso88596i csiso88596e csiso88596i"},
    {"ISO-8859-7", "ISO-8859-7", Family::kNone,
     "iso88597 iso885971987 isoir126 greek greek8 elot928 ecma118 csisolatingreek suneugreek"},
    {"ISO-8859-8", "ISO-8859-8", Family::kNone,
     "iso88598 iso885981988 isoir138 hebrew visual csisolatinhebrew iso88598e csiso88598e"},
    {"ISO-8859-8-I", "ISO-8859-8", Family::kNone, "iso88598i csiso88598i logical"},
    {"ISO-8859-10", "ISO-8859-10", Family::kNone, "iso885910 isoir157 latin6 l6 csisolatin6"},
    {"ISO-8859-13", "ISO-8859-13", Family::kNone, "iso885913"},
    {"ISO-8859-14", "ISO-8859-14", Family::kNone, "iso885914"},
    {"ISO-8859-15", "ISO-8859-15", Family::kNone, "iso885915 latin9 l9 csisolatin9"},
    {"ISO-8859-16", "ISO-8859-16", Family::kNone, "iso885916"},
};

// Frequent characters of news text: Chinese (simplified, then the traditional forms that
// differ) and Japanese kanji. A right CJK decoding lands on these about half the time, a wrong
// one on a few percent, because it scatters over tens of thousands of characters.
constexpr std::string_view kCommonHan =
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
    "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样"
    "理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将"
    "两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信"
    "表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔"
    "更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统"
    "区保至队形社便空决治展马科司五基书非则听白却界达光放强即难且权思王象完设式路记南品住告类"
    "求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运飞风步改收根干造言联"
    "持组每济车亲极林服快办议往元英士证近失转夫令准布始"
    "這個們來為國說時會對過發後裡麼學現當沒動還進點業將兩間問從實軍無與長機開關體頭應戰見電數"
    "報結場計門東話經義區選舉縣務際員總統議灣臺韓聽產幾條處給專歲讓認識術難顯權變邊達運遠選險"
    "陽隊隨雙題類風飛馬黨龍廣張態擊據歷鄉爭師記設許請論負貨費資車輕轉辦農連"
    "気円読聞毎駅県済発関権様総労働営対図続鉄団検査首相府与党野挙会都京午後週";

// The WHATWG folding, extended: lower case, and everything but letters and digits dropped.
std::string FoldLabel(std::string_view label) {
  std::string folded;
  for (const char c : label) {
    if (c >= 'A' && c <= 'Z') {
      folded.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      folded.push_back(c);
    }
  }
  return folded;
}

const Encoding* FindEncoding(std::string_view label) {
  const std::string folded = FoldLabel(label);
  if (folded.empty()) return nullptr;
  for (const Encoding& encoding : kEncodings) {
    for (size_t at = 0; at < encoding.labels.size();) {
      const size_t end = std::min(encoding.labels.find(' ', at), encoding.labels.size());
      if (encoding.labels.substr(at, end - at) == folded) return &encoding;
      at = end + 1;
    }
  }
  return nullptr;
}

const Encoding& Utf8() {
  static const Encoding& utf8 = *FindEncoding("utf-8");
  return utf8;
}

// What a page said, for warnings: printable ASCII only, and short, because it is page content.
std::string Printable(std::string_view label) {
  std::string out;
  for (const char c : label.substr(0, 40)) {
    if (c > ' ' && c < 0x7F) out.push_back(c);
  }
  return out;
}

bool IsAscii(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Whether ASCII bytes mean ASCII in |encoding|, so an ASCII declaration can be read at all.
bool AsciiCompatible(const Encoding& encoding) {
  return !encoding.name.starts_with("UTF-16") && encoding.name != "ISO-2022-JP";
}

// --- Declarations ---------------------------------------------------------------------------

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The HTML standard's "get an attribute": reads one attribute at *pos into |name| and |value|
// (both lower-cased). False, with *pos on the '>', when the tag has no more.
bool GetAttribute(std::string_view s, size_t* pos, std::string* name, std::string* value) {
  name->clear();
  value->clear();
  size_t i = *pos;
  while (i < s.size() && (IsHtmlSpace(s[i]) || s[i] == '/')) ++i;
  *pos = i;
  if (i >= s.size() || s[i] == '>') return false;
  for (; i < s.size(); ++i) {
    // An '=' opening the name is part of it, as the standard says.
    if ((s[i] == '=' && !name->empty()) || IsHtmlSpace(s[i]) || s[i] == '/' || s[i] == '>') break;
    name->push_back(Lower(s[i]));
  }
  while (i < s.size() && IsHtmlSpace(s[i])) ++i;
  if (i >= s.size() || s[i] != '=') {
    *pos = i;
    return true;
  }
  ++i;
  while (i < s.size() && IsHtmlSpace(s[i])) ++i;
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
    const size_t close = s.find(s[i], i + 1);
    if (close == std::string_view::npos) {
      *pos = s.size();
      return false;
    }
    for (++i; i < close; ++i) value->push_back(Lower(s[i]));
    *pos = close + 1;
    return true;
  }
  for (; i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '>'; ++i) value->push_back(Lower(s[i]));
  *pos = i;
  return true;
}

// The HTML standard's "extracting a character encoding from a meta element": the label after
// "charset=" in a lower-cased content attribute, or "".
std::string CharsetFromContent(std::string_view content) {
  for (size_t i = 0;;) {
    const size_t at = content.find("charset", i);
    if (at == std::string_view::npos) return {};
    i = at + 7;
    while (i < content.size() && IsHtmlSpace(content[i])) ++i;
    if (i >= content.size() || content[i] != '=') continue;
    ++i;
    while (i < content.size() && IsHtmlSpace(content[i])) ++i;
    if (i >= content.size()) return {};
    if (content[i] == '"' || content[i] == '\'') {
      const size_t close = content.find(content[i], i + 1);
      if (close == std::string_view::npos) return {};
      return std::string(content.substr(i + 1, close - i - 1));
    }
    const size_t end = content.find_first_of(" \t\n\f\r;", i);
    return std::string(content.substr(i, end == std::string_view::npos ? end : end - i));
  }
}

struct Declaration {
  const Encoding* encoding = nullptr;
  std::string label;  // as the page wrote it, for warnings
};

// The HTML standard's prescan of |head| for a <meta> that names an encoding. A label that names
// none is skipped, as browsers skip it, and kept in *unknown for a warning.
Declaration PrescanMeta(std::string_view head, std::string* unknown) {
  std::string name, value;
  for (size_t i = 0; i < head.size();) {
    if (head.substr(i).starts_with("<!--")) {
      const size_t close = head.find("-->", i + 2);
      if (close == std::string_view::npos) break;
      i = close + 3;
    } else if (i + 5 < head.size() && head[i] == '<' && Lower(head[i + 1]) == 'm' &&
               Lower(head[i + 2]) == 'e' && Lower(head[i + 3]) == 't' &&
               Lower(head[i + 4]) == 'a' && (IsHtmlSpace(head[i + 5]) || head[i + 5] == '/')) {
      i += 6;
      std::vector<std::string> seen;
      bool got_pragma = false, need_pragma = false;
      std::string charset;
      while (GetAttribute(head, &i, &name, &value)) {
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
        seen.push_back(name);
        if (name == "http-equiv") {
          got_pragma = value == "content-type";
        } else if (name == "content" && charset.empty()) {
          charset = CharsetFromContent(value);
          need_pragma = !charset.empty();
        } else if (name == "charset") {
          charset = value;
          need_pragma = false;
        }
      }
      if (!charset.empty() && (!need_pragma || got_pragma)) {
        if (const Encoding* encoding = FindEncoding(charset)) return {encoding, charset};
        if (unknown->empty()) *unknown = charset;
      }
    } else if (head[i] == '<' && i + 2 < head.size() &&
               (IsAsciiAlpha(head[i + 1]) || (head[i + 1] == '/' && IsAsciiAlpha(head[i + 2])))) {
      // Another tag: its attribute values may hold '<' and '>' that must not be read as tags.
      while (i < head.size() && !IsHtmlSpace(head[i]) && head[i] != '>') ++i;
      while (GetAttribute(head, &i, &name, &value)) {
      }
    } else if (head[i] == '<' && i + 1 < head.size() &&
               (head[i + 1] == '!' || head[i + 1] == '/' || head[i + 1] == '?')) {
      const size_t close = head.find('>', i + 2);
      if (close == std::string_view::npos) break;
      i = close + 1;
    } else {
      ++i;
    }
  }
  return {};
}

// The encoding named by an XML declaration opening |bytes| (<?xml version="1.0"
// encoding="koi8-r"?>), or "".
std::string XmlDeclaredLabel(std::string_view bytes) {
  if (!bytes.starts_with("<?xml")) return {};
  std::string_view decl = bytes.substr(0, 1024);
  decl = decl.substr(0, decl.find("?>"));
  size_t i = decl.find("encoding");
  if (i == std::string_view::npos) return {};
  i += 8;
  while (i < decl.size() && IsHtmlSpace(decl[i])) ++i;
  if (i >= decl.size() || decl[i] != '=') return {};
  ++i;
  while (i < decl.size() && IsHtmlSpace(decl[i])) ++i;
  if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\'')) return {};
  const size_t close = decl.find(decl[i], i + 1);
  if (close == std::string_view::npos) return {};
  return std::string(decl.substr(i + 1, close - i - 1));
}

Declaration Declared(std::string_view bytes, InputFormat hint, std::vector<std::string>* warnings) {
  std::string unknown;
  Declaration declared;
  if (hint == InputFormat::kHtml || hint == InputFormat::kAuto) {
    declared = PrescanMeta(bytes.substr(0, kPrescanBytes), &unknown);
  }
  if (declared.encoding == nullptr) {
    declared.label = XmlDeclaredLabel(bytes);
    declared.encoding = FindEncoding(declared.label);
    if (declared.encoding == nullptr && unknown.empty()) unknown = declared.label;
  }
  if (declared.encoding == nullptr && !unknown.empty()) {
    warnings->push_back("unknown charset \"" + Printable(unknown) + "\" ignored");
  }
  // A declaration that could be read as ASCII was not written in UTF-16, whatever it says.
  if (declared.encoding != nullptr && declared.encoding->name.starts_with("UTF-16")) {
    declared.encoding = &Utf8();
  }
  return declared;
}

// --- Conversion -----------------------------------------------------------------------------

struct Converted {
  std::string utf8;
  size_t ill_formed = 0;  // sequences the encoding does not allow, each now one U+FFFD
  bool cut = false;       // the input ended inside a sequence (also now U+FFFD)
};

// A single-byte encoding's characters in UTF-8, by byte; size 0 for a byte it lacks.
struct ByteTable {
  uint8_t size[256] = {};
  char utf8[256][4] = {};
};

// iconv_open loads a shared object and the last iconv_close unloads it again, which made
// detection, trying seven converters in turn, cost milliseconds per input. So each thread keeps
// the converters it has opened, and resets one before reuse.
class Converters {
 public:
  Converters() = default;
  Converters(const Converters&) = delete;
  Converters& operator=(const Converters&) = delete;
  ~Converters() {
    for (const auto& [encoding, cd] : open_) iconv_close(cd);
  }

  // A converter from |encoding| to UTF-8 in its initial state, or nullptr when there is none.
  iconv_t Get(const Encoding& encoding) {
    for (const auto& [known, cd] : open_) {
      if (known == &encoding) {
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
        return cd;
      }
    }
    const iconv_t cd = iconv_open("UTF-8", encoding.iconv_name);
    if (cd == reinterpret_cast<iconv_t>(-1)) return nullptr;
    open_.emplace_back(&encoding, cd);
    return cd;
  }

  // The decoding of a single-byte |encoding| as a table of iconv's answer for each byte, made on
  // first use; nullptr when there is no converter, when the encoding is not one byte to a
  // character (a byte that starts a longer sequence, or an answer longer than a character), or
  // when it reads some ASCII byte as another character.
  const ByteTable* Table(const Encoding& encoding) {
    for (const auto& [known, table] : tables_) {
      if (known == &encoding) return table.get();
    }
    std::unique_ptr<ByteTable> table = std::make_unique<ByteTable>();
    const iconv_t cd = Get(encoding);
    for (int b = 0; b < 256 && cd != nullptr; ++b) {
      char byte = static_cast<char>(b);
      char* in = &byte;
      size_t in_left = 1;
      char* dst = table->utf8[b];
      size_t room = sizeof table->utf8[b];
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
      const bool done = iconv(cd, &in, &in_left, &dst, &room) != static_cast<size_t>(-1);
      table->size[b] = static_cast<uint8_t>(dst - table->utf8[b]);
      const bool ascii_kept = b >= 0x80 || (table->size[b] == 1 && table->utf8[b][0] == byte);
      if (done ? !ascii_kept || table->size[b] == 0 : errno != EILSEQ) {
        table = nullptr;
        break;
      }
    }
    if (cd == nullptr) table = nullptr;
    tables_.emplace_back(&encoding, std::move(table));
    return tables_.back().second.get();
  }

 private:
  std::vector<std::pair<const Encoding*, iconv_t>> open_;
  std::vector<std::pair<const Encoding*, std::unique_ptr<ByteTable>>> tables_;
};

// Decodes |bytes| by |table|, as iconv would: a byte the encoding lacks is one U+FFFD.
Converted ConvertByTable(std::string_view bytes, const ByteTable& table) {
  Converted out;
  // No character takes more than three bytes; one more, as each is copied four bytes at once.
  out.utf8.resize(bytes.size() * 3 + 1);
  char* dst = out.utf8.data();
  for (size_t i = 0; i < bytes.size(); ++i) {
    // ASCII reads as itself (Converters::Table checks), and most of a page is ASCII.
    const size_t plain = SkipAscii(bytes, i);
    std::memcpy(dst, bytes.data() + i, plain - i);
    dst += plain - i;
    i = plain;
    if (i == bytes.size()) break;
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (table.size[b] == 0) {
      std::memcpy(dst, kReplacement.data(), kReplacement.size());
      dst += kReplacement.size();
      ++out.ill_formed;
      continue;
    }
    std::memcpy(dst, table.utf8[b], sizeof table.utf8[b]);
    dst += table.size[b];
  }
  out.utf8.resize(static_cast<size_t>(dst - out.utf8.data()));
  return out;
}

// Decodes |bytes| as |encoding|; nullopt when iconv has no converter for it (a C library built
// without its gconv modules). With |first_flaw_only|, it stops at the first ill-formed sequence
// (ill_formed is then 1): a trial that any flaw rules out need not decode the rest.
std::optional<Converted> Convert(std::string_view bytes, const Encoding& encoding,
                                 bool first_flaw_only = false) {
  Converted out;
  if (&encoding == &Utf8()) {
    out.ill_formed = RepairUtf8(bytes, &out.utf8);
    return out;
  }
  thread_local Converters converters;
  // The detection candidates of these families are plain code pages, a character a byte, which
  // glibc decodes through a generic loop that costs tens of instructions a byte; a table does the
  // same in a few, and ASCII runs are copied whole. Detection tries two or three of them on every
  // undeclared page that is not UTF-8 (on the extraction bench's first 200 pages, 1.5 % of all
  // instructions went into iconv). Not every single-byte code page: glibc's windows-1255 and
  // windows-1258 hold a letter back to compose it with the accent after it.
  if (encoding.family == Family::kLatin || encoding.family == Family::kCyrillic) {
    if (const ByteTable* table = converters.Table(encoding)) return ConvertByTable(bytes, *table);
  }
  const iconv_t cd = converters.Get(encoding);
  if (cd == nullptr) return std::nullopt;
  // Resuming after an ill-formed byte must keep UTF-16 aligned on its two-byte code units.
  const size_t unit = encoding.name.starts_with("UTF-16") ? 2 : 1;
  char* in = const_cast<char*>(bytes.data());  // iconv's signature; it only reads the input
  size_t in_left = bytes.size();
  size_t used = 0;
  out.utf8.resize(bytes.size() + bytes.size() / 2 + 64);
  for (bool flushed = false; !flushed;) {
    char* dst = out.utf8.data() + used;
    size_t room = out.utf8.size() - used;
    // With the input used up, one more call writes out what a stateful decoder still holds.
    const bool flushing = in_left == 0;
    const size_t rc =
        flushing ? iconv(cd, nullptr, nullptr, &dst, &room) : iconv(cd, &in, &in_left, &dst, &room);
    const int error = errno;
    used = static_cast<size_t>(dst - out.utf8.data());
    if (rc != static_cast<size_t>(-1)) {
      flushed = flushing;
      continue;
    }
    if (error == E2BIG) {
      out.utf8.resize(out.utf8.size() * 2);
      continue;
    }
    // iconv may have filled the buffer up to the bad byte.
    if (out.utf8.size() - used < kReplacement.size()) out.utf8.resize(out.utf8.size() * 2);
    std::memcpy(out.utf8.data() + used, kReplacement.data(), kReplacement.size());
    used += kReplacement.size();
    if (error == EINVAL) {
      out.cut = true;
      in_left = 0;
    } else {
      ++out.ill_formed;
      if (first_flaw_only) {
        iconv(cd, nullptr, nullptr, nullptr, nullptr);  // the converter is kept: back to its start
        break;
      }
      const size_t skip = std::min(unit, in_left);
      in += skip;
      in_left -= skip;
    }
  }
  out.utf8.resize(used);
  return out;
}

// --- Detection ------------------------------------------------------------------------------

bool IsCyrillic(char32_t c) { return c >= 0x400 && c <= 0x4FF; }
bool IsLetter(char32_t c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || IsCyrillic(c);
}
bool In(std::u32string_view set, char32_t c) { return set.find(c) != std::u32string_view::npos; }

constexpr std::u32string_view kWesternMarks = U"\u00A0“”‘’„–—…•€«»°©®™·§£½¿¡";
constexpr std::u32string_view kCyrillicMarks = U"\u00A0“”‘’„–—…•«»°©®№·§";
// The 23 most frequent lower-case letters of Russian, and Ukrainian і.
constexpr std::u32string_view kCommonCyrillic = U"оеаинтсрвлкмдпуяыьгзбчйі";
constexpr std::u32string_view kCyrillicVowels = U"аеёиоуыэюяієї";

bool IsCommonHan(char32_t c) {
  static const std::vector<char32_t> sorted = [] {
    std::vector<char32_t> han;
    for (size_t i = 0; i < kCommonHan.size();) han.push_back(DecodeUtf8(kCommonHan, &i));
    std::sort(han.begin(), han.end());
    return han;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), c);
}

bool FitsCjk(char32_t c, Family family) {
  if (c >= 0x3041 && c <= 0x30FF) return family == Family::kJapanese;  // kana
  // CJK punctuation and full-width forms; not half-width katakana, which a wrong guess yields.
  if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E) || In(U"“”‘’…—·", c)) {
    return true;
  }
  return IsCommonHan(c);
}

// The share of the non-ASCII characters of |utf8| that the languages of |family| use where
// they stand, from 0 to 1.
double Plausibility(std::string_view utf8, Family family) {
  std::u32string text;
  for (size_t i = 0; i < utf8.size();) text.push_back(DecodeUtf8(utf8, &i));
  // Real words and punctuation touch spaces, digits or plain letters; mojibake comes in runs
  // of non-ASCII characters.
  const auto beside_ascii = [&text](size_t begin, size_t end) {
    return begin == 0 || text[begin - 1] < 0x80 || end == text.size() || text[end] < 0x80;
  };
  const bool cjk = family == Family::kJapanese || family == Family::kChinese;
  size_t non_ascii = 0, fitting = 0, lower_cyrillic = 0, vowels = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t c = text[i];
    if (cjk || !IsLetter(c)) {
      if (c >= 0x80) {
        ++non_ascii;
        fitting += cjk ? FitsCjk(c, family)
                       : beside_ascii(i, i + 1) &&
                             In(family == Family::kLatin ? kWesternMarks : kCyrillicMarks, c);
      }
      ++i;
      continue;
    }
    size_t end = i, ascii = 0;
    for (; end < text.size() && IsLetter(text[end]); ++end) ascii += text[end] < 0x80;
    for (size_t k = i; k < end; ++k) {
      const char32_t letter = text[k];
      if (letter < 0x80) continue;
      ++non_ascii;
      if (family == Family::kLatin) {
        // Accented letters in Western words have plain ones around them ("Größe"), or are
        // short words of their own ("à", "été"); a longer run of nothing but accented letters
        // is Cyrillic or CJK read as Latin.
        fitting += !IsCyrillic(letter) && (ascii > 0 || (end - i <= 3 && beside_ascii(i, end)));
      } else if (IsCyrillic(letter) && ascii == 0) {
        // Russian words are all Cyrillic and lower case but for the first letter; windows-1251
        // read as KOI8-R, or the reverse, swaps the cases.
        const bool upper = letter <= 0x42F;
        fitting += upper ? k == i : In(kCommonCyrillic, letter);
        lower_cyrillic += !upper;
        vowels += !upper && In(kCyrillicVowels, letter);
      }
    }
    i = end;
  }
  // Russian and Ukrainian text is over 40% vowels; letters spread at random are 30%, and Greek
  // read as windows-1251 under 20%. Too few letters to tell are let through.
  if (lower_cyrillic >= 20 && vowels * 100 < lower_cyrillic * 35) return 0.0;
  return non_ascii == 0 ? 0.0 : static_cast<double>(fitting) / static_cast<double>(non_ascii);
}

// The most plausible legacy encoding for |bytes|, or nullptr when none is plausible enough.
const Encoding* Detect(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  const Encoding* best = nullptr;
  double best_score = 0;
  for (const Encoding& encoding : kEncodings) {
    if (encoding.family == Family::kNone) continue;
    // Single-byte encodings accept almost any byte; for the multi-byte ones, fitting the
    // bytes at all is most of the evidence. A sample cut mid-character still fits.
    const bool multi_byte =
        encoding.family == Family::kJapanese || encoding.family == Family::kChinese;
    const std::optional<Converted> trial = Convert(sample, encoding, multi_byte);
    if (!trial) continue;
    if (multi_byte && trial->ill_formed > 0) continue;
    const double score = Plausibility(trial->utf8, encoding.family);
    if (score > best_score) {
      best = &encoding;
      best_score = score;
    }
  }
  return best_score >= kConfident ? best : nullptr;
}

// True when |bytes| end inside a UTF-8 sequence, as a file cut at a byte limit does.
bool EndsMidSequence(std::string_view bytes) {
  for (size_t back = 1; back <= 3 && back <= bytes.size(); ++back) {
    const auto c = static_cast<unsigned char>(bytes[bytes.size() - back]);
    if (c < 0x80) return false;
    if (c >= 0xC0) return back < (c >= 0xF0 ? 4u : c >= 0xE0 ? 3u : 2u);
  }
  return false;
}

// Whether ill-formed |bytes| are damaged UTF-8 rather than a legacy encoding: in the sample,
// well-formed multi-byte sequences outnumber ill-formed ones. A sequence cut off at the end is
// damage, not evidence either way: on its own it may as well be a Latin-1 "é" closing a file.
bool MostlyUtf8(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  std::string repaired;
  const size_t replaced = RepairUtf8(sample, &repaired);
  size_t leads = 0;  // one per multi-byte sequence, U+FFFD included
  for (const char c : repaired) leads += static_cast<unsigned char>(c) >= 0xC0;
  const size_t ill_formed = replaced - (EndsMidSequence(sample) ? 1 : 0);
  return leads - replaced > ill_formed;
}

std::string Overruled(const Declaration& declared, const Encoding& actual) {
  return "charset declared as " + Printable(declared.label) + " but the bytes are " +
         std::string(actual.name) + ": read as " + std::string(actual.name);
}

// Which encoding to read |bytes| in, once no byte order mark has settled it; |*valid_utf8| tells
// whether that is UTF-8 and every byte is well-formed.
const Encoding& Choose(std::string_view bytes, const Declaration& declared,
                       std::vector<std::string>* warnings, bool* valid_utf8) {
  const Encoding* said = declared.encoding;
  if (said != nullptr && !AsciiCompatible(*said)) return *said;
  if (IsValidUtf8(bytes)) {
    *valid_utf8 = true;
    // Pure ASCII reads the same in every candidate, so it contradicts nothing.
    if (said != nullptr && said != &Utf8() && !IsAscii(bytes)) {
      warnings->push_back(Overruled(declared, Utf8()));
    }
    return Utf8();
  }
  if (said != nullptr && said != &Utf8()) return *said;
  if (MostlyUtf8(bytes)) return Utf8();
  const Encoding* detected = Detect(bytes);
  if (detected == nullptr) return Utf8();
  if (said != nullptr) warnings->push_back(Overruled(declared, *detected));
  return *detected;
}

}  // namespace

std::string_view EncodingFromBom(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return "UTF-8";
  if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE";
  if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE";
  return {};
}

std::string_view DecodeToUtf8(std::string_view bytes, InputFormat format_hint, DecodedText* out) {
  *out = DecodedText();
  const Encoding* encoding;
  bool valid_utf8 = false;
  if (const std::string_view bom = EncodingFromBom(bytes); !bom.empty()) {
    bytes.remove_prefix(bom == "UTF-8" ? 3 : 2);
    encoding = FindEncoding(bom);
  } else {
    encoding =
        &Choose(bytes, Declared(bytes, format_hint, &out->warnings), &out->warnings, &valid_utf8);
  }
  out->encoding = encoding->name;
  // Choose has checked every byte: nothing to repair or convert.
  if (valid_utf8) return bytes;
  std::optional<Converted> converted = Convert(bytes, *encoding);
  if (!converted) {
    out->warnings.push_back("this system has no " + std::string(encoding->name) +
                            " converter: read as UTF-8");
    encoding = &Utf8();
    converted = Convert(bytes, *encoding);
  }
  out->utf8 = std::move(converted->utf8);
  out->encoding = encoding->name;
  out->replaced = converted->ill_formed + (converted->cut ? 1 : 0);
  if (out->replaced > 0) {
    out->warnings.push_back("invalid " + out->encoding + ": " + std::to_string(out->replaced) +
                            " ill-formed sequence(s) replaced with U+FFFD");
  }
  return out->utf8;
}

DecodedText DecodeToUtf8(std::string_view bytes, InputFormat format_hint) {
  DecodedText out;
  const std::string_view text = DecodeToUtf8(bytes, format_hint, &out);
  if (text.data() != out.utf8.data()) out.utf8.assign(text);
  return out;
}

}  // namespace sitrep
