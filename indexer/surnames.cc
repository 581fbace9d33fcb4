#include "indexer/surnames.h"

#include <map>
#include <string_view>

#include "engine/schema.h"
#include "engine/terms.h"
#include "engine/text_folding.h"

namespace newsq::internal {
namespace {

// How many articles with a surname are read to find its full name: enough to
// see which name dominates, few enough to keep indexing fast.
constexpr int kArticlesRead = 32;

// A one-word name stands for a person named in full only when the archive
// names someone in full with that surname in at least this share of the
// articles that use the word as a name. "Musk" and "Macron" pass easily (the
// full name comes with the surname in most articles); "Twitter" or "Élysée",
// each once taken for a person's surname ("via @BentleyComms Twitter", a
// china service called "Bleu Élysée"), are names of their own in thousands
// of articles, which one mistaken full name must not rename.
constexpr int kWordUsesPerFullName = 10;

bool IsOneWord(const std::string& name) {
  return name.find(' ') == std::string::npos;
}

// The last word of a filter key ("elon musk" -> "musk").
std::string_view LastWordOfKey(std::string_view key) {
  const size_t space = key.rfind(' ');
  return space == std::string_view::npos ? key : key.substr(space + 1);
}

// The key of the last word of a name ("Elon Musk" -> "musk").
std::string LastWordKey(const std::string& name) {
  return std::string(LastWordOfKey(FilterKey(name)));
}

// The full name that most of the articles naming someone `surname_key` give,
// or "" when none has three quarters of them.
std::string DominantFullName(const IndexView& db,
                             const std::string& surname_key) {
  const std::string term = FilterTerm(schema::kPersonSurname, surname_key);
  std::map<std::string, int> articles_by_key;   // full-name key -> articles
  std::map<std::string, std::string> spelling;  // full-name key -> a spelling
  for (Xapian::docid article : db.Holders(term, kArticlesRead)) {
    const std::string names = db.Read(article).Value(schema::kEntitiesSlot);
    schema::ForEachListed(names, [&](std::string_view name) {
      const std::string full(name);
      if (IsOneWord(full)) return;
      // The name's key, folded once: its last word must be the surname's.
      const std::string key = FilterKey(full);
      if (LastWordOfKey(key) != surname_key) return;
      ++articles_by_key[key];
      spelling.try_emplace(key, full);
    });
  }
  int total = 0;
  const std::pair<const std::string, int>* best = nullptr;
  for (const auto& entry : articles_by_key) {
    total += entry.second;
    if (best == nullptr || entry.second > best->second) best = &entry;
  }
  if (best == nullptr || best->second * 4 < total * 3) return "";
  return spelling[best->first];
}

}  // namespace

std::vector<std::string> SurnameKeys(const std::vector<Entity>& entities) {
  std::vector<std::string> keys;
  for (const Entity& e : entities) {
    if (e.type == Entity::kPerson && !IsOneWord(e.name))
      keys.push_back(LastWordKey(e.name));
  }
  return keys;
}

bool NameSurnamesInFull(const IndexView& db, std::vector<Entity>& entities,
                        FullNameCache* cache) {
  auto full_name_of = [&](const std::string& surname_key) -> std::string {
    if (cache != nullptr) {
      if (auto known = cache->find(surname_key); known != cache->end())
        return known->second;
    }
    const Xapian::doccount named_in_full =
        db.termfreq(FilterTerm(schema::kPersonSurname, surname_key));
    const Xapian::doccount word_as_name =
        db.termfreq(FilterTerm(schema::kEntity, surname_key));
    std::string full =
        named_in_full > 0 &&
                named_in_full * kWordUsesPerFullName >= word_as_name
            ? DominantFullName(db, surname_key)
            : "";
    if (cache != nullptr) cache->emplace(surname_key, full);
    return full;
  };
  bool renamed = false;
  for (Entity& e : entities) {
    if ((e.type != Entity::kPerson && e.type != Entity::kOtherName) ||
        !IsOneWord(e.name))
      continue;
    const std::string surname_key = FilterKey(e.name);
    if (surname_key.empty()) continue;
    std::string full = full_name_of(surname_key);
    if (full.empty()) continue;
    bool already_named = false;  // the article names that person in full too
    for (const Entity& other : entities)
      already_named = already_named || other.name == full;
    if (already_named) continue;
    e.aliases.push_back(e.name);
    e.name = std::move(full);
    e.type = Entity::kPerson;
    renamed = true;
  }
  return renamed;
}

}  // namespace newsq::internal
