// Writes the recogniser's list of registered place names
// (entities/registered_places.inc) from Debian's iso-codes: the countries of
// ISO 3166-1, the former countries of ISO 3166-3, and the larger subdivisions
// of ISO 3166-2 (provinces, regions, states, départements, counties,
// prefectures...; not municipalities or districts, whose names are too often
// common words or people's). Each name is written as French writes it, when
// iso-codes' French translation has it, else as the standard does.
//
// Usage: make_place_names ISO_CODES_DIR LOCALE_DIR OUTPUT.inc
//        (scripts/make-place-names:
//         /usr/share/iso-codes/json /usr/share/locale)
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace newsq::internal {
namespace {

// Subdivision kinds kept: what news names as a place of its own. Kinds such
// as "Municipality", "District", "Parish" or "London borough" are left out:
// thousands of small units whose names are often words ("Central", "Bay",
// "Cascade") or people's ("Clare").
const std::set<std::string>& KeptSubdivisionTypes() {
  static const auto* kinds = new std::set<std::string>{
      "Administrative region",
      "Arctic region",
      "Autonomous city",
      "Autonomous community",
      "Autonomous district",
      "Autonomous municipality",
      "Autonomous province",
      "Autonomous region",
      "Autonomous republic",
      "Autonomous territorial unit",
      "Canton",
      "Capital city",
      "Capital district",
      "Capital territory",
      "Country",
      "County",
      "Department",
      "Dependency",
      "Division",
      "Emirate",
      "European collectivity",
      "Federal capital territory",
      "Federal district",
      "Federal territory",
      "Geographical entity",
      "Geographical region",
      "Geographical unit",
      "Governorate",
      "Indigenous region",
      "Island",
      "Island council",
      "Land",
      "Metropolitan collectivity with special status",
      "Metropolitan department",
      "Metropolitan region",
      "Oblast",
      "Outlying area",
      "Overseas collectivity",
      "Overseas department",
      "Overseas region",
      "Overseas territorial collectivity",
      "Prefecture",
      "Province",
      "Region",
      "Republic",
      "Special administrative region",
      "State",
      "Territory",
      "Zone",
  };
  return *kinds;
}

bool ReadFile(const std::string& path, std::string& contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  contents.assign(std::istreambuf_iterator<char>(in), {});
  return true;
}

// The translations of a gettext catalogue (.mo): original -> translated.
// Empty when the file is missing or not a catalogue.
std::map<std::string, std::string> ReadCatalogue(const std::string& path) {
  std::map<std::string, std::string> translations;
  std::string mo;
  if (!ReadFile(path, mo) || mo.size() < 20) return translations;
  const auto word = [&mo](size_t at) -> uint32_t {
    if (at + 4 > mo.size()) return 0;
    uint32_t value;
    std::memcpy(&value, mo.data() + at, 4);
    return value;
  };
  // Written in the machine's byte order, which iso-codes' are on Debian's
  // little-endian builds; a swapped magic number is not read.
  if (word(0) != 0x950412de) return translations;
  const uint32_t count = word(8), originals = word(12), translated = word(16);
  const auto string_at = [&](uint32_t table, uint32_t i) -> std::string {
    const uint32_t length = word(table + 8 * i),
                   offset = word(table + 8 * i + 4);
    if (uint64_t{offset} + length > mo.size()) return "";
    return mo.substr(offset, length);
  };
  for (uint32_t i = 0; i < count; ++i) {
    const std::string original = string_at(originals, i);
    if (!original.empty()) translations[original] = string_at(translated, i);
  }
  return translations;
}

// `name` as French writes it, if the catalogue has it.
std::string InFrench(const std::map<std::string, std::string>& catalogue,
                     const std::string& name) {
  const auto it = catalogue.find(name);
  return it == catalogue.end() || it->second.empty() ? name : it->second;
}

// A name the recogniser can match: a few letters at least, no marks that no
// text writes inside a place's name ("Araba*", "Bonaire, Sint Eustatius and
// Saba", "Taiwan (Province of China)"), and nothing a C++ literal must escape.
bool Usable(const std::string& name) {
  return name.size() > 2 &&
         name.find_first_of("*,()[]\"\\") == std::string::npos;
}

int Main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s ISO_CODES_DIR LOCALE_DIR OUTPUT.inc\n",
                 argv[0]);
    return 2;
  }
  const std::string json_dir = argv[1], locale_dir = argv[2];
  std::set<std::string> names;
  struct Standard {
    const char* file;  // iso_3166-1.json and its catalogue iso_3166-1.mo
    const char* list;  // the key of its list of entries
    bool subdivisions;
  };
  for (const Standard& standard : {Standard{"iso_3166-1", "3166-1", false},
                                   Standard{"iso_3166-3", "3166-3", false},
                                   Standard{"iso_3166-2", "3166-2", true}}) {
    std::string text;
    const std::string path = json_dir + "/" + standard.file + ".json";
    if (!ReadFile(path, text)) {
      std::perror(path.c_str());
      return 1;
    }
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.contains(standard.list)) {
      std::fprintf(stderr, "%s: not an iso-codes list\n", path.c_str());
      return 1;
    }
    const std::string mo =
        locale_dir + "/fr/LC_MESSAGES/" + standard.file + ".mo";
    const std::map<std::string, std::string> catalogue = ReadCatalogue(mo);
    if (catalogue.empty()) {
      std::fprintf(stderr, "%s: no French translations\n", mo.c_str());
      return 1;
    }
    for (const nlohmann::json& entry : json[standard.list]) {
      if (standard.subdivisions &&
          !KeptSubdivisionTypes().contains(entry.value("type", "")))
        continue;
      for (const char* key : {"name", "common_name"}) {
        if (!entry.contains(key)) continue;
        const std::string name = InFrench(catalogue, entry[key]);
        if (Usable(name)) names.insert(name);
      }
    }
  }

  FILE* out = std::fopen(argv[3], "w");
  if (out == nullptr) {
    std::perror(argv[3]);
    return 1;
  }
  std::fprintf(out,
               "// Generated by scripts/make-place-names from Debian's "
               "iso-codes; do not edit.\n");
  for (const std::string& name : names)
    std::fprintf(out, "\"%s\",\n", name.c_str());
  if (std::fclose(out) != 0) {
    std::perror(argv[3]);
    return 1;
  }
  std::printf("%zu place names written to %s\n", names.size(), argv[3]);
  return 0;
}

}  // namespace
}  // namespace newsq::internal

int main(int argc, char** argv) { return newsq::internal::Main(argc, argv); }
