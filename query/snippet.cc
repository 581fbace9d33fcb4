#include "query/snippet.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace newsq::internal {
namespace {

// Words of context shown before the first match of the window.
constexpr size_t kContextWords = 4;

// The text's words, as far as they were read: their byte ranges, and which
// query word each matches.
struct TextWords {
  struct Span {
    size_t begin = 0;
    size_t end = 0;
  };
  std::vector<Span> spans;
  // By word: its query word's id (a small number that only tells query words
  // apart), -1 for none.
  std::vector<int> match_of;
  int query_words_met = 0;
  // Whether words of the text were left unread.
  bool cut_short = false;
};

// How many distinct query words a window can hold: a text word counts as its
// stem, whether it matched by stem or by folded form.
size_t QueryWordCount(const FrenchAnalyzer& analyzer, const QueryWords& query) {
  absl::flat_hash_set<std::string> stems(query.stems.begin(),
                                         query.stems.end());
  for (const std::string& folded : query.folded)
    stems.insert(analyzer.Stem(folded));
  return stems.size();
}

// Whether the last `max_words` words read hold every query word: the matches
// among them, and how many times each query word is met there.
class RecentMatches {
 public:
  RecentMatches(size_t query_words, size_t max_words)
      : query_words_(query_words), max_words_(max_words) {}

  // Records that word `index` matches query word `id`; true when the window
  // of `max_words` words ending there holds every query word.
  bool HoldsEveryWordAfter(size_t index, int id) {
    while (!matches_.empty() && matches_.front().first + max_words_ <= index) {
      if (--count_[matches_.front().second] == 0) --distinct_;
      matches_.pop_front();
    }
    matches_.emplace_back(index, id);
    if (static_cast<size_t>(id) >= count_.size()) count_.resize(id + 1);
    if (count_[id]++ == 0) ++distinct_;
    return distinct_ >= query_words_;
  }

 private:
  size_t query_words_;
  size_t max_words_;
  std::deque<std::pair<size_t, int>> matches_;  // (word index, query word)
  std::vector<size_t> count_;                   // by query word
  size_t distinct_ = 0;
};

// Tokenizes `text`, folding and stemming only the words the prefilter keeps:
// no word is copied, and most are only located. Reading stops `max_words`
// words after the first window that holds every query word: no window
// starting later can hold more of them, and a long article's snippet then
// costs what its first paragraphs do.
TextWords ReadWords(const FrenchAnalyzer& analyzer, std::string_view text,
                    const QueryWords& query, size_t max_words) {
  const WordPrefilter prefilter(query);
  absl::flat_hash_map<std::string, int> ids;
  RecentMatches recent(QueryWordCount(analyzer, query), max_words);
  // Where reading stops, once known; a query of no words shows the text's
  // first words.
  std::optional<size_t> last_word;
  if (query.stems.empty() && query.folded.empty() && max_words > 0)
    last_word = max_words - 1;
  TextWords words;
  // French prose averages a word every six or seven bytes.
  words.spans.reserve(text.size() / 6 + 1);
  words.match_of.reserve(text.size() / 6 + 1);
  analyzer.ForEachWordWhile(text, [&](size_t begin, size_t end) {
    if (last_word && words.spans.size() > *last_word) {
      words.cut_short = true;
      return false;
    }
    const std::string_view raw = text.substr(begin, end - begin);
    int match = -1;
    if (prefilter.MayMatch(raw)) {
      FrenchAnalyzer::Word word{begin, end, analyzer.Fold(raw), {}};
      word.stem = analyzer.Stem(word.folded);
      if (!word.folded.empty() && query.Matches(word)) {
        match = ids.try_emplace(word.stem, static_cast<int>(ids.size()))
                    .first->second;
      }
    }
    const size_t index = words.spans.size();
    if (match >= 0 && !last_word && recent.HoldsEveryWordAfter(index, match)) {
      last_word = index + max_words;
    }
    words.spans.push_back({begin, end});
    words.match_of.push_back(match);
    return true;
  });
  words.query_words_met = static_cast<int>(ids.size());
  return words;
}

// The first word of the window of `max_words` words holding the most distinct
// query words, then the most matches (ties: the earliest); 0 when nothing
// matches. A best window starts on a match.
size_t BestWindowStart(const TextWords& words, size_t max_words) {
  const std::vector<int>& match_of = words.match_of;
  size_t best_start = 0;
  std::pair<size_t, size_t> best_score = {0, 0};
  std::vector<bool> seen(words.query_words_met);
  for (size_t start = 0; start < match_of.size(); ++start) {
    if (match_of[start] < 0) continue;
    std::fill(seen.begin(), seen.end(), false);
    size_t distinct = 0;
    size_t matches = 0;
    for (size_t i = start; i < std::min(match_of.size(), start + max_words);
         ++i) {
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
  return best_start;
}

}  // namespace

Snippet MakeSnippet(const FrenchAnalyzer& analyzer, std::string_view text,
                    const QueryWords& query, size_t max_words) {
  Snippet snippet;
  const TextWords words = ReadWords(analyzer, text, query, max_words);
  const std::vector<TextWords::Span>& spans = words.spans;
  if (spans.empty() || max_words == 0) return snippet;

  // Give the first match a few words of context before it.
  size_t first = BestWindowStart(words, max_words);
  first -= std::min(first, kContextWords);
  size_t end = std::min(spans.size(), first + max_words);
  // A window cut after an elided article ("Le timing n'est" cut as "Le
  // timing n …") ends before it.
  auto elided_at = [&](size_t i) {
    const std::string_view after = text.substr(spans[i].end);
    return after.starts_with("'") || after.starts_with("\u2019") ||
           after.starts_with("\u02bc");
  };
  while (end < spans.size() && end > first + 1 && elided_at(end - 1)) --end;

  const size_t begin_byte = spans[first].begin;
  size_t end_byte = spans[end - 1].end;
  // Keep the punctuation that closes the last word's sentence.
  while (end_byte < text.size() &&
         (text[end_byte] == '.' || text[end_byte] == '!' ||
          text[end_byte] == '?' || text[end_byte] == ')')) {
    ++end_byte;
  }
  if (first > 0) snippet.text = "… ";
  // Copy the passage with each paragraph break ("\n\n") read as one space,
  // keeping track of where every word lands for the highlights.
  size_t copied = begin_byte;
  for (size_t i = first; i < end; ++i) {
    for (; copied < spans[i].begin; ++copied) {
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
        text.substr(spans[i].begin, spans[i].end - spans[i].begin));
    copied = spans[i].end;
    if (words.match_of[i] >= 0)
      snippet.highlights.emplace_back(start, snippet.text.size());
  }
  snippet.text.append(text.substr(copied, end_byte - copied));
  if (end < spans.size() || words.cut_short) snippet.text += " …";
  return snippet;
}

}  // namespace newsq::internal
