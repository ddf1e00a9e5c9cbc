// See byline.h. Tested by byline_test.cc.
//
// A byline is cut in three steps: the lead-in words go, the notes that follow the names
// ("on May 14", "| Updated") go, then what is left is split into names and each name checked.
// Dropping a doubtful part is better than keeping it: a wrong author is worse than a missing one.
#include "read/byline.h"

#include <algorithm>
#include <array>
#include <bit>
#include <span>

#include "core/byte_scan.h"
#include "read/date_line.h"
#include "read/strings.h"

namespace sitrep {
namespace {

// Longer lead-ins first, so "posted by" wins over "posted".
constexpr auto kLeadIns = std::to_array<std::string_view>({"ein gastbeitrag von",
                                                           "eine pressemitteilung von",
                                                           "pressemitteilung von",
                                                           "eine kolumne von",
                                                           "ein kommentar von",
                                                           "a column by",
                                                           "ein beitrag von",
                                                           "blog beitrag von",
                                                           "ein artikel von",
                                                           "ver\u00f6ffentlicht von",
                                                           "geschrieben von",
                                                           "eingestellt von",
                                                           "gespeichert von",
                                                           "publiziert von",
                                                           "gepostet von",
                                                           "verfasst von",
                                                           "erstellt von",
                                                           "beitrag von",
                                                           "artikel von",
                                                           "a story by",
                                                           "written by",
                                                           "posted by",
                                                           "published by",
                                                           "recipe by",
                                                           "post author by",
                                                           "post author",
                                                           "story by",
                                                           "words by",
                                                           "text by",
                                                           "text von",
                                                           "interview",
                                                           "authors",
                                                           "autorinnen",
                                                           "autorin",
                                                           "autoren",
                                                           "author",
                                                           "autor",
                                                           "text",
                                                           "from",
                                                           "vom",
                                                           "von",
                                                           "by",
                                                           "par",
                                                           "redaktion",
                                                           "posted",
                                                           "por",
                                                           "auteur"});

// Which lead-ins (bits of their index in kLeadIns) start with each letter: at a word of a line,
// only those that start with its letter are compared, in kLeadIns' order.
static_assert(kLeadIns.size() <= 64, "a lead-in's index is a bit of a 64-bit mask");
constexpr std::array<uint64_t, 26> kLeadInsByInitial = [] {
  std::array<uint64_t, 26> leads{};
  for (size_t i = 0; i < kLeadIns.size(); ++i) leads[kLeadIns[i][0] - 'a'] |= uint64_t{1} << i;
  return leads;
}();

// Words after which a byline says something else than a name.
constexpr auto kNotes = std::to_array<std::string_view>(
    {" on ", " am ", " um ", " at ", " in ", " published", " updated", " posted", " last ",
     " ver\u00f6ffentlicht", " aktualisiert", " erschienen", " zuletzt", " stand:", " for ",
     " f\u00fcr ",
     // The next credit: "Text von Jana Berg Illustration von Tom Ilg".
     " illustration", " fotos von ", " photos by ",
     // The next field of a post's details: "Von: Jana Berg Tags: Harbour, Ferries".
     " tags:", " schlagworte:", " kategorie:", " kategorien:", " category:", " categories:",
     " filed under"});

// The link to the writer's other pieces, after the name: "Jana Berg Alle Artikel". Before it
// ("View all posts by Jana Berg") the lead-in says so.
constexpr auto kTrailers = std::to_array<std::string_view>(
    {" alle artikel", " alle beitr\u00e4ge", " all posts", " all articles", " all stories"});

constexpr auto kSeparators = std::to_array<std::string_view>(
    {" and ", " und ", " & ", ";", "|", " / ", "\u2022", "\u00b7", "(", ")"});

// Words of job titles and roles, which bylines glue to names ("Ana Ruiz, Senior Reporter").
constexpr auto kRoleWords = std::to_array<std::string_view>({"reporter",
                                                             "reporterin",
                                                             "correspondent",
                                                             "korrespondent",
                                                             "korrespondentin",
                                                             "editor",
                                                             "editors",
                                                             "redakteur",
                                                             "redakteurin",
                                                             "journalist",
                                                             "journalistin",
                                                             "writer",
                                                             "contributor",
                                                             "contributing",
                                                             "columnist",
                                                             "photographer",
                                                             "fotograf",
                                                             "fotografin",
                                                             "senior",
                                                             "chief",
                                                             "freelance",
                                                             "mitarbeiter",
                                                             "mitarbeiterin",
                                                             "producer",
                                                             "analyst",
                                                             "photos",
                                                             "fotos",
                                                             "bilder",
                                                             "illustration",
                                                             "sprecher",
                                                             "pressesprecher",
                                                             "pressesprecherin",
                                                             "phd",
                                                             "kolumnist",
                                                             "kolumnistin",
                                                             "foto",
                                                             "photo",
                                                             "bild",
                                                             "quelle",
                                                             "leiter",
                                                             "leiterin",
                                                             "projektleiter",
                                                             "projektleiterin",
                                                             "referent",
                                                             "referentin",
                                                             "director",
                                                             "direktor",
                                                             "direktorin",
                                                             "manager",
                                                             "managerin",
                                                             "gesch\u00e4ftsf\u00fchrer",
                                                             "gesch\u00e4ftsf\u00fchrerin",
                                                             "herausgeber",
                                                             "herausgeberin",
                                                             "experte",
                                                             "expertin",
                                                             "rechtsanwalt",
                                                             "rechtsanw\u00e4ltin",
                                                             "chefredakteur",
                                                             "chefredakteurin",
                                                             "theme"});

// Offices of a government or an association, which sign pages no person wrote ("Bundesministerium
// für ...", "Sekretariat").
constexpr auto kOfficeWords = std::to_array<std::string_view>(
    {"ministerium", "bundesministerium", "ministry", "departement", "department", "abteilung",
     "bundesverband", "sekretariat", "secretariat"});

// Countries that close an address ("Harbour Media GmbH, Hamburg, Germany"), which some sites
// put in their author <meta>: a list with one names a company's seat, not writers.
constexpr auto kCountries = std::to_array<std::string_view>(
    {"germany", "deutschland",   "austria", "\u00f6sterreich", "switzerland", "schweiz",
     "usa",     "united states", "uk",      "united kingdom",  "france",      "frankreich",
     "italy",   "italien",       "spain",   "spanien",         "netherlands", "niederlande",
     "belgium", "belgien",       "poland",  "polen",           "canada",      "australia"});

// Legal forms of companies and associations: "Harbour Media GmbH" published the page; the
// people who wrote it, or the agency that sent it, are its authors.
constexpr auto kLegalForms = std::to_array<std::string_view>(
    {"gmbh", "mbh", "e.v",  "e. v", "ag",  "kg",    "gbr",  "ug",    "eg",  "inc", "ltd",
     "llc",  "plc", "corp", "s.a",  "s.l", "s.r.l", "sarl", "s.p.a", "b.v", "n.v"});

constexpr size_t kMaxNameWords = 5;
constexpr size_t kMaxNameBytes = 60;

// The UTF-8 space characters pages put in metadata besides ASCII ones.
size_t SpaceLength(std::string_view s, size_t i) {
  const auto u = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (u(i) == 0xC2 && i + 1 < s.size() && u(i + 1) == 0xA0) return 2;  // NBSP
  if (i + 2 >= s.size()) return 0;
  if (u(i) == 0xE2 && u(i + 1) == 0x80 && (u(i + 2) <= 0x8B || u(i + 2) == 0xAF)) return 3;
  if (u(i) == 0xE2 && u(i + 1) == 0x81 && u(i + 2) == 0x9F) return 3;  // medium math space
  if (u(i) == 0xE3 && u(i + 1) == 0x80 && u(i + 2) == 0x80) return 3;  // ideographic space
  if (u(i) == 0xEF && u(i + 1) == 0xBB && u(i + 2) == 0xBF) return 3;  // BOM
  return 0;
}

bool IsWordChar(char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

// Removes a lead-in word and the colon or dash after it; false when there was none.
bool StripLeadIn(std::string& text) {
  for (const std::string_view lead : kLeadIns) {
    if (!StartsWithNoCase(text, lead)) continue;
    size_t end = lead.size();
    if (end < text.size() && IsWordChar(text[end])) continue;  // "Bymann", "Deborah"
    // "Redaktion" alone, or with a comma after it, is the name; "Artikel von:" is a label.
    if (std::none_of(text.begin() + end, text.end(), IsWordChar) &&
        text.find(':', end) == std::string::npos) {
      return false;
    }
    while (end < text.size() && (text[end] == ' ' || text[end] == ':' || text[end] == '-')) ++end;
    // A second label joined to the first ("Text und Interview: Ana Ruiz", "Text & Fotos:") goes
    // with it: one word after "und", "and" or "&" that ends in a colon.
    for (const std::string_view joint : {"und ", "and ", "& "}) {
      if (!StartsWithNoCase(std::string_view(text).substr(end), joint)) continue;
      const size_t word = end + joint.size();
      const size_t colon = text.find(':', word);
      if (colon != std::string::npos && text.find(' ', word) > colon) {
        end = colon + 1;
        while (end < text.size() && text[end] == ' ') ++end;
      }
    }
    // "By" alone, or "Von:" with nothing after, is no byline.
    text.erase(0, end);
    return true;
  }
  return false;
}

bool HasWord(std::string_view lower, std::string_view word) {
  for (size_t at = lower.find(word); at != std::string_view::npos; at = lower.find(word, at + 1)) {
    const bool starts = at == 0 || !IsWordChar(lower[at - 1]);
    const bool ends = at + word.size() == lower.size() || !IsWordChar(lower[at + word.size()]);
    if (starts && ends) return true;
  }
  return false;
}

// "datev.de", "example.co.uk": a site's address, which bylines such as "Redaktion datev.de" give
// where no person signs. One word whose last dot is followed by two to six lower-case letters;
// initials ("J.R.") and names glued to a dot ("A.Smith") have capitals there.
bool IsDomainName(std::string_view part) {
  const size_t dot = part.rfind('.');
  if (part.find(' ') != std::string_view::npos || dot == std::string_view::npos || dot == 0) {
    return false;
  }
  const std::string_view tld = part.substr(dot + 1);
  return tld.size() >= 2 && tld.size() <= 6 &&
         std::all_of(tld.begin(), tld.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool IsName(std::string_view part) {
  if (part.empty() || part.size() > kMaxNameBytes) return false;
  if (part.find('@') != std::string_view::npos || part.find("://") != std::string_view::npos ||
      StartsWithNoCase(part, "www.") || IsDomainName(part) ||
      IsDomainName(part.substr(0, part.find('/')))) {  // "social.site/harbour"
    return false;
  }
  // A user name may have digits ("freeman1984"); a word without letters is a date or a time.
  for (size_t start = 0; start < part.size();) {
    const size_t end = std::min(part.find(' ', start), part.size());
    const std::string_view word = part.substr(start, end - start);
    if (std::none_of(word.begin(), word.end(), IsAsciiAlpha) &&
        std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
    start = end + 1;
  }
  if (std::none_of(part.begin(), part.end(), IsWordChar)) return false;
  // One letter is an initial ("S."), not a name; agencies have two or more ("AP").
  if (std::count_if(part.begin(), part.end(), IsWordChar) < 2) return false;
  if (static_cast<size_t>(std::count(part.begin(), part.end(), ' ')) + 1 > kMaxNameWords) {
    return false;
  }
  const std::string lower = LowerAscii(part);
  // Placeholders content systems fill in where no one signed.
  if (IsOneOf(lower, {"no author", "anonymous", "admin", "administrator", "super user", "default",
                      "unknown", "publisher", "webmaster"}) ||
      IsOneOf(lower,
              {"an\u00f3nimo", "anonimo", "anonyme", "anonym", "anonimowy", "an\u00f4nimo"}) ||
      IsOneOf(lower, {"posted by", "published by", "written by"}) ||
      IsOneOf(lower, {"follow", "share", "posted", "published", "publiziert", "ver\u00f6ffentlicht",
                      "datum", "date"}) ||
      IsOneOf(lower, {"by", "von", "vom", "par", "por", "auteur", "autor", "author", "authors",
                      "autoren", "autorin", "text", "interview", "from"})) {
    return false;
  }
  return std::none_of(kOfficeWords.begin(), kOfficeWords.end(),
                      [&](std::string_view word) { return HasWord(lower, word); }) &&
         std::none_of(kRoleWords.begin(), kRoleWords.end(),
                      [&](std::string_view word) { return HasWord(lower, word); }) &&
         std::none_of(kLegalForms.begin(), kLegalForms.end(),
                      [&](std::string_view form) { return HasWord(lower, form); });
}

std::string TrimPunctuation(std::string_view s) {
  const auto edge = [](char c) {
    return c == ' ' || c == ':' || c == '-' || c == ',' || c == '"' || c == '\'' || c == '*' ||
           c == '[' || c == ']' || c == '~' || c == '=';
  };
  // Copyright signs, dashes and bullets, in UTF-8.
  constexpr auto kMarks =
      std::to_array<std::string_view>({"\u00a9", "\u2014", "\u2013", "\u2022", "\u00b7", "(c)"});
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!s.empty() && (edge(s.front()) || s.front() == '.')) s.remove_prefix(1);
    // A final dot stays: it ends an initial or "Jr.", and the page wrote it.
    while (!s.empty() && edge(s.back())) s.remove_suffix(1);
    for (const std::string_view mark : kMarks) {
      if (StartsWithNoCase(s, mark)) s.remove_prefix(mark.size()), trimmed = true;
      if (s.ends_with(mark)) s.remove_suffix(mark.size()), trimmed = true;
    }
  }
  return std::string(s);
}

// Lower-case words that names carry ("Ursula von der Leyen", "Vincent van Gogh").
constexpr auto kNameParticles = std::to_array<std::string_view>(
    {"von", "van", "der", "den", "de",  "del", "della", "di", "da",  "du",
     "la",  "le",  "ter", "zu",  "bin", "al",  "y",     "e",  "dos", "das"});

// A name as a page's text writes it: its words capitalised but for particles ("Ana de la Cruz"),
// or one user name that marks itself as one with a digit or an underscore ("ana_r",
// "harbour1984"). Text after "von" or "by" that is none ("vom Bahnhof in Prenzlau", "By the
// numbers") is a phrase.
bool IsWrittenLikeAName(std::string_view name) {
  if (name.find(' ') == std::string_view::npos && std::any_of(name.begin(), name.end(), [](char c) {
        return c == '_' || (c >= '0' && c <= '9');
      })) {
    return true;
  }
  for (size_t start = 0; start < name.size();) {
    const size_t end = std::min(name.find(' ', start), name.size());
    const std::string_view word = name.substr(start, end - start);
    const bool lower = !word.empty() && word.front() >= 'a' && word.front() <= 'z';
    if (lower && (start == 0 || std::find(kNameParticles.begin(), kNameParticles.end(), word) ==
                                    kNameParticles.end())) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

// "Ana Ruiz @anaruiz" -> "Ana Ruiz": a social-media handle set beside the name. An e-mail
// address has its '@' inside the word and is refused as a whole by IsName.
void DropHandles(std::string& name) {
  if (name.find('@') == std::string::npos) return;
  std::string kept;
  for (size_t start = 0; start < name.size();) {
    const size_t end = std::min(name.find(' ', start), name.size());
    const std::string_view word = std::string_view(name).substr(start, end - start);
    if (!word.empty() && word.front() != '@') {
      if (!kept.empty()) kept += ' ';
      kept += word;
    }
    start = end + 1;
  }
  name = std::move(kept);
}

// "Rechtsanwalt Jan Berg", "Harbour-Times-Experte Jan Berg" -> "Jan Berg": a job title set
// before a name written like one.
void DropLeadingRole(std::string& name) {
  const size_t space = name.find(' ');
  if (space == std::string::npos || name.find(' ', space + 1) == std::string::npos) return;
  const std::string first = LowerAscii(std::string_view(name).substr(0, space));
  const std::string_view rest = std::string_view(name).substr(space + 1);
  // Job titles only: "Foto: Tom Ilg" credits a picture.
  constexpr auto kTitlesBeforeNames = std::to_array<std::string_view>(
      {"experte", "expertin", "rechtsanwalt", "rechtsanw\u00e4ltin", "chefredakteur",
       "chefredakteurin", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
       "reporter", "reporterin"});
  if (first.back() != ':' &&
      std::any_of(kTitlesBeforeNames.begin(), kTitlesBeforeNames.end(),
                  [&](std::string_view word) { return HasWord(first, word); }) &&
      IsWrittenLikeAName(rest)) {
    name = std::string(rest);
  }
}

}  // namespace

namespace {

// Past the run of ASCII white space at |i|: markup's line breaks and indentation, which captured
// text is full of, sixteen bytes a step.
size_t SkipHtmlSpace(std::string_view s, size_t i) {
#ifdef __SSE2__
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    if (const int other = ~_mm_movemask_epi8(HtmlSpaceBytes(v)) & 0xFFFF; other != 0) {
      return i + static_cast<size_t>(__builtin_ctz(other));
    }
  }
#endif
  while (i < s.size() && IsHtmlSpace(s[i])) ++i;
  return i;
}

}  // namespace

std::string CleanMetaText(std::string_view text, size_t max_bytes) {
  std::string out;
  CleanMetaTextInto(text, max_bytes, &out);
  return out;
}

void CleanMetaTextInto(std::string_view text, size_t max_bytes, std::string* cleaned) {
  std::string& out = *cleaned;
  out.clear();
  out.reserve(text.size());
  bool space = false;
  // Bytes that start neither white space, a soft hyphen nor a byte order mark.
  const auto plain = [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return !IsHtmlSpace(c) && b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF;
  };
  for (size_t i = 0; i < text.size() && out.size() <= max_bytes;) {
    if (plain(text[i])) {
      if (space) out += ' ';
      space = false;
      // The run goes on over a single space between plain bytes, which is kept as it is: most
      // captured text is words one space apart. It stops one byte past |max_bytes|: a capture
      // is mostly one run, and a paragraph captured as a possible byline was copied whole.
      const size_t stop = max_bytes == SIZE_MAX || out.size() > max_bytes
                              ? text.size()
                              : std::min(text.size(), i + (max_bytes + 1 - out.size()));
      size_t end = i + 1;
#ifdef __SSE2__
      end = SkipSpacedRun(text, end, stop, [](__m128i v) {
        const auto is = [&](unsigned char c) {
          return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c)));
        };
        const __m128i white = _mm_andnot_si128(is('\v'), BytesInRange(v, '\t', '\r'));
        return _mm_or_si128(_mm_or_si128(white, _mm_or_si128(is(0xC2), is(0xE2))),
                            _mm_or_si128(is(0xE3), is(0xEF)));
      });
#endif
      while (end < stop && (plain(text[end]) ||
                            (text[end] == ' ' && end + 1 < text.size() && plain(text[end + 1])))) {
        ++end;
      }
      out.append(text.substr(i, end - i));
      i = end;
      continue;
    }
    // A soft hyphen (U+00AD) only says where a word may break: "Mes&shy;sen&shy;ger" is one word.
    if (static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xAD) {
      i += 2;
      continue;
    }
    // Markup's line breaks and indentation come in runs of ASCII white space, passed over at once.
    if (IsHtmlSpace(text[i])) {
      i = SkipHtmlSpace(text, i);
      space = !out.empty();
      continue;
    }
    size_t width = SpaceLength(text, i);
    if (width > 0) {
      space = !out.empty();
      i += width;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text[i++];
  }
}

bool CleansLongerThan(std::string_view text, size_t max_bytes) {
  // '!' to DEL: no other byte CleanMetaTextInto reads as a space or as part of one.
  // Cleaning never lengthens a text: most captures are known short enough without a count.
  if (text.size() <= max_bytes) return false;
  size_t count = 0;
  size_t i = 0;
#ifdef __SSE2__
  // As signed bytes, '!' to DEL are those above ' '; bytes from 0x80 on are negative.
  const auto kept_bits = [&](size_t from) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(' '))));
  };
  for (; i + 16 <= text.size(); i += 16) {
    count += static_cast<size_t>(std::popcount(kept_bits(i)));
    if (count > max_bytes) return true;
  }
  // The last bytes: the text's last sixteen read again, those already counted shifted out.
  if (i < text.size() && text.size() >= 16) {
    return count + static_cast<size_t>(
                       std::popcount(kept_bits(text.size() - 16) >> (i + 16 - text.size()))) >
           max_bytes;
  }
#endif
  const auto kept = [](char c) { return c > ' ' && static_cast<unsigned char>(c) < 0x80; };
  for (; i < text.size(); ++i) count += kept(text[i]) ? 1 : 0;
  return count > max_bytes;
}

std::vector<std::string> SplitAuthors(std::string_view byline) {
  std::string text = CleanMetaText(byline);
  while (StripLeadIn(text)) {
  }
  for (const std::string_view trailer : kTrailers) {
    if (EndsWithNoCase(text, trailer)) text.resize(text.size() - trailer.size());
  }
  text += ' ';                           // so that a note word ends the line too ("Publiziert am")
  std::string lower = LowerAscii(text);  // same offsets as |text|
  for (const std::string_view note : kNotes) {
    if (const size_t at = lower.find(note); at != std::string::npos) {
      text.resize(at);
      lower.resize(at);
    }
  }
  for (const std::string_view separator : kSeparators) {
    for (size_t at = lower.find(separator); at != std::string::npos;
         at = lower.find(separator, at)) {
      text.replace(at, separator.size(), ",");
      lower.replace(at, separator.size(), ",");
    }
  }
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t comma = std::min(text.find(',', start), text.size());
    std::string name = TrimPunctuation(std::string_view(text).substr(start, comma - start));
    start = comma + 1;
    while (StripLeadIn(name)) {
    }
    DropHandles(name);
    DropLeadingRole(name);
    // "Kristen Falc'hon Kristen Falc'hon": a link's text and its image's alt text, read together.
    // Initials repeat by right ("R. R.").
    if (const size_t half = name.size() / 2;
        name.size() % 2 == 1 && name[half] == ' ' &&
        std::count_if(name.begin(), name.begin() + half, IsWordChar) > 1 &&
        std::string_view(name).substr(0, half) == std::string_view(name).substr(half + 1)) {
      name.resize(half);
    }
    // A part that is a sentence makes the whole line prose, not a byline.
    if (static_cast<size_t>(std::count(name.begin(), name.end(), ' ')) >= kMaxNameWords) {
      return {};
    }
    if (std::find(kCountries.begin(), kCountries.end(), LowerAscii(name)) != kCountries.end()) {
      return {};
    }
    if (!IsName(name)) continue;
    const bool seen = std::any_of(names.begin(), names.end(),
                                  [&](const std::string& n) { return EqualsNoCase(n, name); });
    if (!seen) names.push_back(std::move(name));
  }
  return names;
}

namespace {

// Whether |lead| (one of kLeadIns), with a colon after it or not, and at a line's start or not,
// says that a name follows: "Autor:" does, and so does "Autoren" opening a line; a bare "Text" or
// "Interview" does not; "vom" ("of the") opens a date or a noun ("vom 12. Mai", "vom Bahnhof").
bool LeadInNamesOne(std::string_view lead, bool colon, bool line_start) {
  return lead.ends_with("by") || lead.ends_with("von") || lead == "par" || lead == "por" || colon ||
         (line_start && lead.starts_with("aut"));
}

}  // namespace

bool IsWriterLabel(std::string_view label) {
  std::string lower = LowerAscii(CleanMetaText(label));
  const bool colon = lower.ends_with(':');
  if (colon) lower.pop_back();
  return std::find(kLeadIns.begin(), kLeadIns.end(), lower) != kLeadIns.end() &&
         LeadInNamesOne(lower, colon, /*line_start=*/true);
}

std::vector<std::string> NamesAfterLeadIn(std::string_view text) {
  // Cleaned no further than the length a line may have, into a buffer kept for the next line,
  // and read without a lowered copy: most lines this is asked of hold no lead-in.
  thread_local std::string buffer;
  CleanMetaTextInto(text, kMaxBylineLine, &buffer);
  const std::string_view clean = buffer;
  if (clean.size() > kMaxBylineLine) return {};
  for (size_t at = 0; at < clean.size(); ++at) {
    if (!IsAsciiAlpha(clean[at]) || (at > 0 && IsWordChar(clean[at - 1]))) continue;
    // Only where a byline can start: the line's start, or after punctuation or a date
    // ("12. Mai 2024 | von Ana"), never inside a sentence ("the speech by the mayor").
    size_t last = at;
    while (last > 0 && clean[last - 1] == ' ') --last;
    if (last > 0 && IsAsciiAlpha(clean[last - 1])) continue;
    for (uint64_t leads = kLeadInsByInitial[ToLowerAscii(clean[at]) - 'a']; leads != 0;
         leads &= leads - 1) {
      const std::string_view lead = kLeadIns[std::countr_zero(leads)];
      if (!StartsWithNoCase(clean.substr(at), lead)) continue;
      const size_t end = at + lead.size();
      if (end < clean.size() && IsWordChar(clean[end])) continue;
      if (!LeadInNamesOne(lead, end < clean.size() && clean[end] == ':', at == 0)) continue;
      std::vector<std::string> names = SplitAuthors(clean.substr(end));
      // A lead-in of several words ("Posted by", "Gespeichert von") leaves no doubt that a
      // name follows, however it is written; after a bare "von" or "by" it must look like one.
      const bool explicit_lead = lead.find(' ') != std::string_view::npos;
      if (!explicit_lead && !std::all_of(names.begin(), names.end(), IsWrittenLikeAName)) return {};
      return names;
    }
  }
  return {};
}

namespace {

// "13:10", "13:10 Uhr", "9:05 am": a time of day set beside a date.
bool IsClockTime(std::string_view part) {
  const size_t colon = part.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon > 2) return false;
  size_t end = colon + 1;
  while (end < part.size() && part[end] >= '0' && part[end] <= '9') ++end;
  if (end != colon + 3 || !std::all_of(part.begin(), part.begin() + colon,
                                       [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const std::string rest = LowerAscii(part.substr(end));
  return IsOneOf(rest, {"", " uhr", " h", " am", " pm", " a.m.", " p.m."});
}

}  // namespace

std::vector<std::string> NameBesideDate(std::string_view text) {
  const std::string clean = CleanMetaText(text, kMaxBylineLine);
  if (clean.size() > kMaxBylineLine) return {};
  std::vector<std::string_view> parts;
  const std::string_view line = clean;
  for (size_t start = 0; start <= line.size();) {
    size_t end = line.size(), next = line.size() + 1;
    static constexpr std::string_view kPartSeparators[] = {" - ", " | ", " \u2013 ", " \u00b7 ",
                                                           " \u2022 "};
    // Every separator starts with a space: the spaces are tried in turn, once each.
    for (size_t at = line.find(' ', start); at != std::string_view::npos;
         at = line.find(' ', at + 1)) {
      const auto separator =
          std::find_if(std::begin(kPartSeparators), std::end(kPartSeparators),
                       [&](std::string_view s) { return line.substr(at).starts_with(s); });
      if (separator != std::end(kPartSeparators)) {
        end = at;
        next = at + separator->size();
        break;
      }
    }
    parts.push_back(line.substr(start, end - start));
    start = next;
  }
  if (parts.size() < 2) return {};
  const auto is_date = [](std::string_view part) {
    return !ParseDateLine(part).empty() || IsClockTime(part);
  };
  // The name ends the line, or starts it: "14.05.2024 | 10:15 Uhr | Ana Ruiz", "Ana Ruiz
  // - 14.05.2024".
  for (const bool name_last : {true, false}) {
    const std::string_view name = name_last ? parts.back() : parts.front();
    const auto dates =
        name_last ? std::span(parts).first(parts.size() - 1) : std::span(parts).subspan(1);
    if (!is_date(dates.front()) || !std::all_of(dates.begin(), dates.end(), is_date)) continue;
    // Two to four words written like a name: one word is as often a place or a section.
    const size_t words = static_cast<size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
    // Nor a list, a label ("Tags: Harbour") or a banner in capitals ("PAID CONTENT").
    if (words < 2 || words > 4 || !IsWrittenLikeAName(name) || !IsName(name) ||
        name.find_first_of(":,;&") != std::string_view::npos || SplitAuthors(name).size() != 1 ||
        std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return {};
    }
    return {std::string(name)};
  }
  return {};
}

}  // namespace sitrep
