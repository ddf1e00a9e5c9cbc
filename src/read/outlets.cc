// Outlet names from URLs. Tested by outlets_test.cc.
//
// The table holds sites whose brand differs from the host (themoscowtimes.com -> The Moscow
// Times). A host that matches an entry or ends in "." + entry (edition.cnn.com) takes its name.
#include "read/outlets.h"

#include <array>
#include <utility>

#include "read/url.h"

namespace sitrep {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 40> kOutlets = {{
    {"aa.com.tr", "Anadolu Agency"},
    {"afp.com", "AFP"},
    {"aljazeera.com", "Al Jazeera"},
    {"apnews.com", "Associated Press"},
    {"bbc.co.uk", "BBC"},
    {"bbc.com", "BBC"},
    {"bloomberg.com", "Bloomberg"},
    {"cbsnews.com", "CBS News"},
    {"cnn.com", "CNN"},
    {"dw.com", "Deutsche Welle"},
    {"economist.com", "The Economist"},
    {"euronews.com", "Euronews"},
    {"france24.com", "France 24"},
    {"ft.com", "Financial Times"},
    {"foxnews.com", "Fox News"},
    {"kyivindependent.com", "The Kyiv Independent"},
    {"kyivpost.com", "Kyiv Post"},
    {"latimes.com", "Los Angeles Times"},
    {"lemonde.fr", "Le Monde"},
    {"meduza.io", "Meduza"},
    {"nbcnews.com", "NBC News"},
    {"npr.org", "NPR"},
    {"nytimes.com", "The New York Times"},
    {"politico.com", "Politico"},
    {"politico.eu", "Politico Europe"},
    {"reuters.com", "Reuters"},
    {"rferl.org", "Radio Free Europe/Radio Liberty"},
    {"spiegel.de", "Der Spiegel"},
    {"tass.com", "TASS"},
    {"theatlantic.com", "The Atlantic"},
    {"theguardian.com", "The Guardian"},
    {"themoscowtimes.com", "The Moscow Times"},
    {"thetimes.co.uk", "The Times"},
    {"ukrinform.net", "Ukrinform"},
    {"usatoday.com", "USA Today"},
    {"washingtonpost.com", "The Washington Post"},
    {"wsj.com", "The Wall Street Journal"},
    {"xinhuanet.com", "Xinhua"},
    {"yahoo.com", "Yahoo News"},
    {"zeit.de", "Die Zeit"},
}};

}  // namespace

std::string OutletFromUrl(std::string_view url) {
  const std::string host = HostOf(url);
  if (host.empty()) return "";
  for (const auto& [domain, name] : kOutlets) {
    if (host == domain || (host.size() > domain.size() && host.ends_with(domain) &&
                           host[host.size() - domain.size() - 1] == '.')) {
      return std::string(name);
    }
  }
  return host;
}

}  // namespace sitrep
