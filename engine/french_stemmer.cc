#include "engine/french_stemmer.h"

#include <libstemmer.h>

#include <stdexcept>
#include <string>

#include "absl/container/flat_hash_map.h"

namespace newsq::internal {
namespace {

class SnowballFrenchStem : public Xapian::StemImplementation {
 public:
  SnowballFrenchStem() : stemmer_(sb_stemmer_new("french", "UTF_8")) {
    if (stemmer_ == nullptr)
      throw std::runtime_error("libstemmer has no French stemmer");
  }
  ~SnowballFrenchStem() override { sb_stemmer_delete(stemmer_); }

  std::string operator()(const std::string& word) override {
    if (auto it = cache_.find(word); it != cache_.end()) return it->second;
    const sb_symbol* stemmed = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
        static_cast<int>(word.size()));
    std::string result =
        stemmed == nullptr ? word
                           : std::string(reinterpret_cast<const char*>(stemmed),
                                         sb_stemmer_length(stemmer_));
    // News vocabulary is Zipfian: a bounded cache keeps the frequent words, and
    // clearing it when full is cheaper than tracking recency for the rare ones.
    if (cache_.size() >= kMaxCachedWords) cache_.clear();
    cache_.emplace(word, result);
    return result;
  }

  std::string get_description() const override { return "snowball-french"; }

 private:
  static constexpr size_t kMaxCachedWords = 200000;
  sb_stemmer* stemmer_;
  absl::flat_hash_map<std::string, std::string> cache_;
};

}  // namespace

Xapian::Stem MakeFrenchStem() { return Xapian::Stem(new SnowballFrenchStem()); }

}  // namespace newsq::internal
