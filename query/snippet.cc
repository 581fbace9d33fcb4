#include "query/snippet.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace newsq::internal {

Snippet MakeSnippet(const FrenchAnalyzer& analyzer, std::string_view text,
                    const QueryWords& query, size_t max_words) {
  const WordPrefilter prefilter(query);
  const std::vector<FrenchAnalyzer::Word> words = analyzer.Words(
      text,
      [&prefilter](std::string_view raw) { return prefilter.MayMatch(raw); });
  Snippet snippet;
  if (words.empty()) return snippet;

  // Which query word each word matches, as a small id (-1: none), looked up
  // once per word rather than once per window that holds it.
  std::vector<int> match_of(words.size(), -1);
  absl::flat_hash_map<std::string_view, int> ids;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].folded.empty() || !query.Matches(words[i])) continue;
    match_of[i] = ids.try_emplace(words[i].stem, static_cast<int>(ids.size()))
                      .first->second;
  }

  // Slide a window of max_words words; score = distinct query words inside,
  // then matches.
  size_t best_start = 0;
  std::pair<size_t, size_t> best_score = {0, 0};
  std::vector<bool> seen(ids.size());
  for (size_t start = 0; start < words.size(); ++start) {
    if (match_of[start] < 0) continue;  // a best window starts on a match
    std::fill(seen.begin(), seen.end(), false);
    size_t distinct = 0;
    size_t matches = 0;
    for (size_t i = start; i < std::min(words.size(), start + max_words); ++i) {
      if (match_of[i] < 0) continue;
      ++matches;
      if (!seen[match_of[i]]) {
        seen[match_of[i]] = true;
        ++distinct;
      }
    }
    const std::pair<size_t, size_t> score = {distinct, matches};
    if (score > best_score) {
      best_score = score;
      best_start = start;
    }
  }
  // Give the first match a few words of context before it.
  const size_t context =
      best_score.first > 0 ? std::min<size_t>(best_start, 4) : 0;
  best_start -= context;
  const size_t end_word = std::min(words.size(), best_start + max_words);

  const size_t begin_byte = words[best_start].begin;
  size_t end_byte = words[end_word - 1].end;
  // Keep the punctuation that closes the last word's sentence.
  while (end_byte < text.size() &&
         (text[end_byte] == '.' || text[end_byte] == '!' ||
          text[end_byte] == '?' || text[end_byte] == ')')) {
    ++end_byte;
  }
  const bool cut_before = best_start > 0;
  const bool cut_after = end_word < words.size();
  if (cut_before) snippet.text = "… ";
  // Copy the passage with each paragraph break ("\n\n") read as one space,
  // keeping track of where every word lands for the highlights.
  size_t copied = begin_byte;
  for (size_t i = best_start; i < end_word; ++i) {
    for (; copied < words[i].begin; ++copied) {
      const char c = text[copied];
      if (c == '\n' || c == '\r') {
        if (!snippet.text.empty() && snippet.text.back() != ' ')
          snippet.text += ' ';
      } else {
        snippet.text += c;
      }
    }
    const size_t start = snippet.text.size();
    snippet.text.append(
        text.substr(words[i].begin, words[i].end - words[i].begin));
    copied = words[i].end;
    if (match_of[i] >= 0)
      snippet.highlights.emplace_back(start, snippet.text.size());
  }
  snippet.text.append(text.substr(copied, end_byte - copied));
  if (cut_after) snippet.text += " …";
  return snippet;
}

}  // namespace newsq::internal
