#include "engine/french_stemmer.h"

#include <libstemmer.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"

namespace newsq::internal {
namespace {

class SnowballFrenchStem : public Xapian::StemImplementation {
 public:
  explicit SnowballFrenchStem(bool cache)
      : stemmer_(sb_stemmer_new("french", "UTF_8")), use_cache_(cache) {
    if (stemmer_ == nullptr) {
      throw std::runtime_error("libstemmer has no French stemmer");
    }
  }
  ~SnowballFrenchStem() override { sb_stemmer_delete(stemmer_); }

  std::string operator()(const std::string& word) override {
    if (!use_cache_) return StemFolded(word);
    if (auto it = cache_.find(word); it != cache_.end()) return it->second;
    std::string result = StemFolded(word);
    // News vocabulary is Zipfian: a bounded cache keeps the frequent words, and
    // clearing it when full is cheaper than tracking recency for the rare ones.
    if (cache_.size() >= kMaxCachedWords) cache_.clear();
    cache_.emplace(word, result);
    return result;
  }

  std::string get_description() const override { return "snowball-french"; }

 private:
  // Snowball's French algorithm recognises some suffixes only with their
  // accent: "députées" -> "déput" but "deputees" -> "depute", "première" ->
  // "premi" (as "premier") but "premiere" -> "premier", "activité" -> "activ"
  // (as "actif", "active") but "activite" -> "activit". Words reach it folded,
  // so the accent of those endings is put back first (French words ending in
  // "-ee" all end in "-ée"; those in "-iere" and "-ite" mostly in "-ière" and
  // "-ité"), and the stem is folded again after.
  std::string StemFolded(std::string word) {
    // "\u00e9" is é and "\u00e8" is è, in UTF-8.
    static constexpr std::pair<std::string_view, std::string_view>
        kAccentedEndings[] = {{"ees", "\u00e9es"},     {"ee", "\u00e9e"},
                              {"ieres", "i\u00e8res"}, {"iere", "i\u00e8re"},
                              {"ites", "it\u00e9s"},   {"ite", "it\u00e9"}};
    for (const auto& [folded, accented] : kAccentedEndings) {
      if (word.ends_with(folded)) {
        word.replace(word.size() - folded.size(), folded.size(), accented);
        break;
      }
    }
    const sb_symbol* stemmed = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
        static_cast<int>(word.size()));
    std::string result =
        stemmed == nullptr ? word
                           : std::string(reinterpret_cast<const char*>(stemmed),
                                         sb_stemmer_length(stemmer_));
    for (std::string_view accented : {"\u00e9", "\u00e8"}) {
      for (size_t pos; (pos = result.find(accented)) != std::string::npos;)
        result.replace(pos, accented.size(), "e");
    }
    return result;
  }

  static constexpr size_t kMaxCachedWords = 200000;
  sb_stemmer* stemmer_;
  bool use_cache_;
  absl::flat_hash_map<std::string, std::string> cache_;
};

}  // namespace

Xapian::Stem MakeFrenchStem(bool cache) {
  return Xapian::Stem(new SnowballFrenchStem(cache));
}

}  // namespace newsq::internal
