#include "tests/synthetic_pages.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace newsq::testing {
namespace {

// Made-up words from French-looking syllables: many distinct terms, none of
// them meaning anything, so grouping rests on shared words alone.
std::string MadeUpWord(std::mt19937& rng) {
  static const char* const kSyllables[] = {
      "ba",  "ro",  "mi",  "lou", "ca",  "ne", "ti", "sar", "vel", "don",
      "pra", "gue", "lin", "mor", "cha", "fi", "zo", "ren", "tal", "bri"};
  std::uniform_int_distribution<int> syllable(0, 19), length(2, 4);
  std::string word;
  for (int i = length(rng); i > 0; --i) word += kSyllables[syllable(rng)];
  return word;
}

std::string Capitalised(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// A sentence mixing the event's words with common French words.
std::string Sentence(std::mt19937& rng, const std::vector<std::string>& topic) {
  static const char* const kCommon[] = {
      "le",    "la",    "les", "des", "une",  "dans",  "pour",   "avec",
      "selon", "après", "sur", "par", "mais", "aussi", "encore", "contre"};
  std::uniform_int_distribution<int> common(0, 15), pick(0, 2), words(10, 18);
  std::uniform_int_distribution<size_t> topic_word(0, topic.size() - 1);
  std::string sentence;
  for (int i = words(rng); i > 0; --i) {
    if (!sentence.empty()) sentence += ' ';
    const int kind = pick(rng);
    sentence += kind == 0   ? std::string(kCommon[common(rng)])
                : kind == 1 ? topic[topic_word(rng)]
                            : MadeUpWord(rng);
  }
  sentence[0] = static_cast<char>(sentence[0] - 'a' + 'A');
  return sentence + ".";
}

}  // namespace

void WriteSyntheticPages(const std::string& folder, int count, unsigned seed) {
  std::filesystem::create_directories(folder);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> group_size(1, 4), outlet(0, 9),
      paragraphs(2, 4), sentences(2, 4), hour(6, 22);
  std::vector<std::string> topic;
  int left_in_group = 0, day = 0;
  for (int i = 0; i < count; ++i) {
    if (left_in_group == 0) {
      topic.clear();
      for (int w = 0; w < 6; ++w) topic.push_back(MadeUpWord(rng));
      left_in_group = group_size(rng);
      day = i / 25;  // about 25 pages a day
    }
    --left_in_group;
    const int page_day = day + (left_in_group % 2);
    char date[64];
    std::snprintf(date, sizeof date, "2025-%02d-%02dT%02d:00:00+01:00",
                  1 + page_day / 28 % 12, 1 + page_day % 28, hour(rng));
    const std::string site =
        "Journal " +
        Capitalised(std::string(1, static_cast<char>('a' + outlet(rng))));
    std::string title = Capitalised(topic[0]) + " : " + topic[1] + " et " +
                        topic[2] + " " + MadeUpWord(rng);
    std::string body;
    for (int p = paragraphs(rng); p > 0; --p) {
      body += "<p>";
      for (int s = sentences(rng); s > 0; --s)
        body += Sentence(rng, topic) + " ";
      body += "</p>\n";
    }
    char name[32];
    std::snprintf(name, sizeof name, "page-%05d.html", i);
    std::ofstream out(std::filesystem::path(folder) / name);
    out << "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
        << "<title>" << title << "</title>"
        << "<meta property=\"og:site_name\" content=\"" << site << "\">"
        << "<meta property=\"article:published_time\" content=\"" << date
        << "\"></head>\n<body><nav><a href=\"/\">Accueil</a></nav>\n"
        << "<article><h1>" << title << "</h1>\n"
        << body << "</article>\n<footer>Tous droits réservés</footer>"
        << "</body></html>\n";
  }
}

}  // namespace newsq::testing
