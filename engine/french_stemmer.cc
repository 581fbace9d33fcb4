#include "engine/french_stemmer.h"

#include <libstemmer.h>

#include <stdexcept>
#include <string>

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
  // Snowball's French algorithm strips the feminine participle endings only
  // when they carry their accent ("députées" -> "déput", but "deputees" ->
  // "depute"). Words reach it folded, so the accent of "-ée"/"-ées" is put back
  // first (French words that end in "-ee" all end in "-ée"), and the stem is
  // folded again after.
  std::string StemFolded(std::string word) {
    if (word.ends_with("ees")) {
      word.replace(word.size() - 3, 3,
                   "\xC3\xA9"
                   "es");
    } else if (word.ends_with("ee")) {
      word.replace(word.size() - 2, 2,
                   "\xC3\xA9"
                   "e");
    }
    const sb_symbol* stemmed = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
        static_cast<int>(word.size()));
    std::string result =
        stemmed == nullptr ? word
                           : std::string(reinterpret_cast<const char*>(stemmed),
                                         sb_stemmer_length(stemmer_));
    for (size_t pos; (pos = result.find("\xC3\xA9")) != std::string::npos;) {
      result.replace(pos, 2, "e");
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
