// Test support: the gold of the bundled corpus (corpora/<outlet>/gold.json).
#ifndef NEWSQ_TESTS_GOLD_H_
#define NEWSQ_TESTS_GOLD_H_

#include <optional>
#include <string>
#include <vector>

namespace newsq::testing {

struct GoldEntity {
  std::string name;
  std::string type;
};

struct GoldPage {
  std::string file;  // relative to corpora/
  std::string path;  // absolute
  std::optional<std::string> canonical_url;
  std::string title;
  std::string outlet;
  std::string published;
  std::optional<std::string> author;
  std::string story;
  std::string encoding;
  std::vector<GoldEntity> entities;
  std::vector<std::string> must_contain;
  std::vector<std::string> must_not_contain;
};

// Every gold entry of every outlet folder under `corpora_dir`, sorted by file.
std::vector<GoldPage> LoadGold(const std::string& corpora_dir);

// Whitespace (ASCII, no-break, narrow no-break) collapsed to single spaces,
// trimmed, and typographic apostrophes made straight: how gold strings are
// compared with text.
std::string NormaliseForComparison(const std::string& text);

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_GOLD_H_
