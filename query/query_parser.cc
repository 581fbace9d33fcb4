#include "query/query_parser.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/ascii.h"
#include "engine/schema.h"
#include "engine/terms.h"
#include "engine/text_folding.h"
#include "newsq/search.h"
#include "query/empty_brackets.h"
#include "query/filters.h"
#include "query/match_all.h"

namespace newsq::internal {
namespace {

bool IsCapitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Europresse's operators, as French documentalists type them (upper case),
// and the Boolean operator Xapian knows for each; "" for another word.
std::string_view FrenchOperator(std::string_view word) {
  if (word == "ET") return "AND";
  if (word == "OU") return "OR";
  if (word == "SAUF") return "NOT";
  return "";
}

// `token` with a French operator it holds in English: "ET" -> "AND",
// "(OU" -> "(OR", "SAUF)" -> "NOT)". Lower-case "et" and "ou" stay words.
std::string EnglishOperator(std::string token) {
  const size_t begin = token.find_first_not_of('(');
  if (begin == std::string::npos) return token;
  const size_t end = token.find_last_not_of(')') + 1;
  const std::string_view english =
      FrenchOperator(std::string_view(token).substr(begin, end - begin));
  if (english.empty()) return token;
  return absl::StrCat(token.substr(0, begin), std::string(english),
                      token.substr(end));
}

// Xapian's parse error in the user's words: "<expression> NOT <expression>"
// says SAUF when the user typed SAUF (and no NOT), ET for AND, OU for OR.
std::string InTheUsersOperators(std::string message, std::string_view typed) {
  for (std::string_view french : {"ET", "OU", "SAUF"}) {
    const std::string english(FrenchOperator(french));
    const auto has_word = [](std::string_view text, std::string_view word) {
      for (size_t at = text.find(word); at != std::string_view::npos;
           at = text.find(word, at + 1)) {
        const bool starts = at == 0 || !IsAsciiLetter(text[at - 1]);
        const size_t end = at + word.size();
        if (starts && (end == text.size() || !IsAsciiLetter(text[end])))
          return true;
      }
      return false;
    };
    if (!has_word(typed, french) || has_word(typed, english)) continue;
    for (size_t at = message.find(english); at != std::string::npos;
         at = message.find(english, at + french.size())) {
      message.replace(at, english.size(), french);
    }
  }
  return message;
}

// Punctuation with which Xapian joins two words into a phrase ("Jean-Luc",
// "10:30").
bool IsPhraseGenerator(unsigned ch) {
  return ch != 0 && ch < 128 &&
         std::strchr(".-/:\\@", static_cast<int>(ch)) != nullptr;
}

// Xapian treats the curly double quotes as straight ones.
bool IsDoubleQuote(unsigned ch) {
  return ch == '"' || ch == 0x201c || ch == 0x201d;
}

// newsq has no proximity operators: NEAR and ADJ (and NEAR/3, ADJ/2) are
// dropped, their words kept. Xapian 1.4's parser honours them only between two
// words that touch no other word ("Musk NEAR Altman", but not "Musk NEAR
// Altman OpenAI" nor "Musk NEAR Jean-Luc"); everywhere else it meets a syntax
// error and reads the whole text again with every operator off, so that
// "-Tesla" elsewhere in it would search Tesla, and on some of those paths it
// leaks a term ("-t NEAR r-e", "OR NEAR/3": found by tests/fuzz with
// LeakSanitizer). Words are split as Xapian splits them, at any character that
// is not a word character; as for Xapian, NEAR inside quotes or after a joiner
// ("Grand-NEAR") is a word, and NEAR before one ("NEAR-x") an operator.
// Whether `word` is a filter's name as the parser knows it (as typed, or
// capitalised at a sentence start).
bool IsFilterName(std::string_view word) {
  if (word.empty()) return false;
  for (const FilterName& name : FilterNames()) {
    if (word.size() == name.name.size() &&
        word.substr(1) == name.name.substr(1) &&
        (word[0] == name.name[0] ||
         word[0] == std::toupper(static_cast<unsigned char>(name.name[0]))))
      return true;
  }
  return false;
}

// The syntax a user's query is parsed with: the default operators and
// phrases, +/- and pure NOT, wildcards.
constexpr unsigned kUserQueryFlags =
    Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_LOVEHATE |
    Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_WILDCARD;

// The fields of headline words: title:OpenAI, titre:OpenAI.
constexpr std::array<std::string_view, 2> kTitleFields = {"title", "titre"};

bool IsTitleField(std::string_view name) {
  return std::find(kTitleFields.begin(), kTitleFields.end(), name) !=
         kTitleFields.end();
}

bool IsKnownField(const std::string& name) {
  return IsTitleField(name) ||
         std::any_of(FilterNames().begin(), FilterNames().end(),
                     [&](const FilterName& f) { return f.name == name; });
}

// Calls `visit(start, colon)` for each word of `text` that stands before a
// colon as a filter's name would: a run of ASCII letters at the start of a
// word ("-", "+" or "(" may open it), outside quotes. `text` may be changed
// in place by `visit` as long as its length stays; stops when `visit`
// returns false.
template <typename Visit>
void ForEachNameBeforeAColon(std::string_view text, Visit visit) {
  bool in_quotes = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') in_quotes = !in_quotes;
    if (in_quotes || text[i] != ':') continue;
    size_t start = i;
    while (start > 0 && IsAsciiLetter(text[start - 1])) --start;
    if (start == i ||
        (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' &&
         text[start - 1] != '-' && text[start - 1] != '+'))
      continue;
    if (!visit(start, i)) return;
  }
}

// The name at text[start, colon) in lower case ("SINCE" -> "since").
std::string LowerCaseName(std::string_view text, size_t start, size_t colon) {
  std::string name(text.substr(start, colon - start));
  for (char& c : name) c = static_cast<char>(std::tolower(c));
  return name;
}

// Filter and field names in the case the parser knows them: "SINCE:2025",
// "Title:OpenAI" and "OUTLET:x" (caps lock, a phone's capital) would
// otherwise be words, and the filter silently lost.
std::string LowerCaseFieldNames(std::string text) {
  ForEachNameBeforeAColon(text, [&](size_t start, size_t colon) {
    const std::string name = LowerCaseName(text, start, colon);
    if (IsKnownField(name)) text.replace(start, name.size(), name);
    return true;
  });
  return text;
}

// "-l'Élysée", "+d’Ormesson": the sign is the word's, not the elided
// article's, which folding would cut off as a word of its own ("-l Elysee"),
// so that the sign would apply to an article no index holds. The elision is
// dropped: "-Élysée".
std::string SignsPastElisions(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    out += c;
    if ((c != '-' && c != '+') || (i > 0 && text[i - 1] != ' ' &&
                                   text[i - 1] != '(' && text[i - 1] != '\t'))
      continue;
    size_t end = i + 1;
    while (end < text.size() && IsAsciiLetter(text[end])) ++end;
    const std::string elided =
        absl::AsciiStrToLower(std::string(text.substr(i + 1, end - i - 1)));
    if (elided.empty() || !IsElision(elided)) continue;
    size_t after = end;
    for (std::string_view apostrophe : {"'", "\u2019", "\u02bc"}) {
      if (text.substr(end).starts_with(apostrophe))
        after = end + apostrophe.size();
    }
    if (after == end || after == text.size() || text[after] == ' ') continue;
    i = after - 1;  // the elision and its apostrophe are left out
  }
  return out;
}

// A query of exclusions only ("-Musk", "-outlet:x -grève") as NOT clauses.
// Xapian 1.4's love/hate syntax needs a word to keep: alone, "-Musk" is read
// as Musk, the opposite of what was asked, where "NOT Musk" (FLAG_PURE_NOT)
// keeps every article without it (and "-Musk -(Altman OR Trump)" finds Musk,
// Altman or Trump, Xapian's reading of a query it failed to read). A part is
// what stands between blanks outside quotes (straight, curly or guillemets)
// and brackets; an exclusion is "-" then a part with a word character that is
// no operator ("-AND" is none). Lone signs and signs before no word ("-",
// "-…") are dropped then. Left as typed when any other part is not an
// exclusion or when there is no exclusion.
std::string ExclusionsOnlyAsNot(const std::string& text) {
  struct Part {
    size_t begin, end;
  };
  std::vector<Part> parts;
  bool in_quotes = false, in_part = false;
  size_t depth = 0;  // of brackets
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator();) {
    const size_t at = it.raw() - text.data();
    const unsigned ch = *it;
    ++it;
    const size_t next =
        it == Xapian::Utf8Iterator() ? text.size() : it.raw() - text.data();
    if (!in_quotes && depth == 0 &&
        (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) {
      in_part = false;
      continue;
    }
    if (!in_quotes && ch == '(') ++depth;
    if (!in_quotes && ch == ')' && depth > 0) --depth;
    if (in_part) {
      parts.back().end = next;
    } else {
      parts.push_back({at, next});
      in_part = true;
    }
    if (IsDoubleQuote(ch) || ch == 0xab || ch == 0xbb) in_quotes = !in_quotes;
  }
  std::vector<bool> junk(parts.size(), false);
  bool any_exclusion = false;
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string_view part(text.data() + parts[i].begin,
                                parts[i].end - parts[i].begin);
    if (!part.starts_with('-')) return text;
    const std::string_view rest = part.substr(1);
    bool has_word = false;
    for (Xapian::Utf8Iterator it(rest.data(), rest.size());
         it != Xapian::Utf8Iterator(); ++it)
      has_word |= Xapian::Unicode::is_wordchar(*it);
    if (!has_word) {
      junk[i] = true;
      continue;
    }
    if (IsQueryOperator(rest) || rest.starts_with('-')) return text;
    any_exclusion = true;
  }
  if (!any_exclusion) return text;
  std::string rewritten;
  size_t copied = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    rewritten.append(text, copied, parts[i].begin - copied);
    if (junk[i]) {
      copied = parts[i].end;  // a lone sign, dropped
    } else {
      rewritten += "NOT ";
      copied = parts[i].begin + 1;  // past the '-'
    }
  }
  rewritten.append(text, copied);
  return rewritten;
}

std::string DropProximityOperators(std::string text) {
  std::vector<std::pair<unsigned, size_t>> chars;  // code point, byte offset
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it)
    chars.emplace_back(*it, it.raw() - text.data());
  const size_t n = chars.size();
  auto offset = [&](size_t i) { return i < n ? chars[i].second : text.size(); };
  auto is_word = [&](size_t i) {
    return i < n && Xapian::Unicode::is_wordchar(chars[i].first);
  };
  // Whether a phrase generator at `i` joins two words.
  auto joins = [&](size_t i) {
    return i > 0 && i < n && IsPhraseGenerator(chars[i].first) &&
           is_word(i - 1) && is_word(i + 1);
  };
  bool in_quotes = false;
  for (size_t i = 0; i < n;) {
    if (!is_word(i)) {
      if (IsDoubleQuote(chars[i].first)) in_quotes = !in_quotes;
      ++i;
      continue;
    }
    const size_t begin = i;
    while (is_word(i)) ++i;
    const std::string_view word(text.data() + offset(begin),
                                offset(i) - offset(begin));
    // A filter's value is Xapian's up to the next space, or between quotes
    // when it starts with one: a quote inside it opens no phrase (found by
    // tests/fuzz: "entite:x\"y NEAR/3" kept its NEAR, and Xapian leaked).
    if (!in_quotes && i < n && chars[i].first == ':' && IsFilterName(word) &&
        (begin == 0 || (!is_word(begin - 1) && !joins(begin - 1)))) {
      ++i;
      if (i < n && IsDoubleQuote(chars[i].first)) {
        ++i;
        while (i < n && !IsDoubleQuote(chars[i].first)) ++i;
        if (i < n) ++i;
      } else {
        // As Xapian reads it: up to a space, a control character or ')'.
        // (Unicode's whitespace test ends it at DEL too, where Xapian goes
        // on: found by tests/fuzz, "entite:x\x7f\"y NEAR/3" kept its NEAR.)
        while (i < n && chars[i].first > ' ' && chars[i].first != ')') ++i;
      }
      continue;
    }
    if (in_quotes || (word != "NEAR" && word != "ADJ")) continue;
    // After a joiner NEAR is a word ("Grand-NEAR"), unless what the joiner
    // follows is itself an operator: Xapian reads "OR-NEAR/3" as OR, then
    // -NEAR/3, and leaks (found by tests/fuzz).
    if (begin > 0 && joins(begin - 1)) {
      size_t previous = begin - 1;
      while (previous > 0 && is_word(previous - 1)) --previous;
      const std::string_view before(text.data() + offset(previous),
                                    offset(begin - 1) - offset(previous));
      if (before != "AND" && before != "OR" && before != "NOT" &&
          before != "XOR")
        continue;
    }
    size_t end = i;
    if (joins(end) && chars[end].first == '/') {  // NEAR/3
      ++end;
      while (end < n && chars[end].first >= '0' && chars[end].first <= '9')
        ++end;
    }
    if (joins(end)) ++end;  // "NEAR-x" reads as "NEAR x", not as "-x"
    std::fill(text.begin() + offset(begin), text.begin() + offset(end), ' ');
    // What follows must see the blanks: in "NEAR/NEAR/3" the second NEAR no
    // longer follows a joiner once the first "NEAR/" is gone (found by
    // tests/fuzz: it stayed, and Xapian leaked on it).
    for (size_t k = begin; k < end; ++k) chars[k].first = ' ';
    i = end;
  }
  return text;
}

}  // namespace

bool IsQueryOperator(std::string_view word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" ||
         word == "NEAR" || word == "ADJ" || !FrenchOperator(word).empty();
}

std::string PrepareQueryText(const FrenchAnalyzer& analyzer,
                             std::string_view text) {
  const std::string folded =
      LowerCaseFieldNames(analyzer.FoldQuery(SignsPastElisions(text)));
  // Quote "Le Monde", "La Tribune", "Les Echos" when the user did not: a
  // capitalised article, then a capitalised word that is not an operator. Not
  // an elided "L" ("L'Express", "L'AVION", split as "L AVION"): the index
  // holds no "l" before the word, so the phrase would find nothing where
  // "l'avion" finds it, and a capital must never find less.
  std::vector<std::string> words =
      absl::StrSplit(folded, ' ', absl::SkipEmpty());
  std::vector<std::string> out;
  bool in_quotes = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    for (char c : word) in_quotes = c == '"' ? !in_quotes : in_quotes;
    const bool article = word == "Le" || word == "La" || word == "Les";
    if (!in_quotes && article && i + 1 < words.size() &&
        IsCapitalised(words[i + 1]) && !IsQueryOperator(words[i + 1]) &&
        words[i + 1].find('"') == std::string::npos) {
      out.push_back(absl::StrCat("\"", word, " ", words[i + 1], "\""));
      ++i;
      continue;
    }
    if (!in_quotes && word.find('"') == std::string::npos) {
      // "covid19", "cop21": the text writes "Covid-19", "COP 21" as two
      // words as often as one; both are searched.
      const size_t digits = word.find_first_of("0123456789");
      if (digits >= 2 && digits != std::string::npos &&
          std::all_of(word.begin(), word.begin() + digits, IsAsciiLetter) &&
          word.find_first_not_of("0123456789", digits) == std::string::npos) {
        out.push_back(absl::StrCat("(", word, " OR \"", word.substr(0, digits),
                                   " ", word.substr(digits), "\")"));
        continue;
      }
      out.push_back(EnglishOperator(word));
      continue;
    }
    out.push_back(word);
  }
  std::string prepared = DropProximityOperators(absl::StrJoin(out, " "));
  // Brackets are blanked before exclusions are read: "-Musk -(le, la)" is
  // "-Musk" alone, NOT Musk. A parser is built only for a query with one.
  if (prepared.find('(') != std::string::npos) {
    Xapian::QueryParser words_only = analyzer.MakeQueryParser();
    for (std::string_view field : kTitleFields)
      words_only.add_prefix(std::string(field), std::string(schema::kTitle));
    prepared = BlankEmptyBrackets(words_only, kUserQueryFlags, kTitleFields,
                                  std::move(prepared));
  }
  return ExclusionsOnlyAsNot(prepared);
}

namespace {

// What the filters of one query found out while Xapian parsed it.
struct FilterState {
  bool has_date_filter = false;
  bool has_words = false;
  // The first bad filter value's problem, "" when there is none.
  std::string error;
};

// A term no document carries: no schema prefix starts with a control
// character.
constexpr std::string_view kNoArticleTerm =
    "\x01"
    "bad-filter";

// Turns "outlet:..." (and the other filters) into filter queries as Xapian
// parses the text. A bad value is recorded in the state, which ParseUserQuery
// reports, rather than thrown: Xapian 1.4's parser leaks the query it is
// building when a field processor throws (found by tests/fuzz).
class FilterProcessor : public Xapian::FieldProcessor {
 public:
  FilterProcessor(FilterName name, int64_t now_seconds,
                  const Xapian::Database& db, FilterState* state)
      : name_(name), now_seconds_(now_seconds), db_(db), state_(state) {}

  Xapian::Query operator()(const std::string& value) override {
    absl::StatusOr<Xapian::Query> query =
        FilterQuery(name_.field, name_.name, value, now_seconds_, &db_);
    if (!query.ok()) {
      if (state_->error.empty())
        state_->error = std::string(query.status().message());
      // A term no article holds, so that the parse goes on (the error is
      // reported after it). Not Xapian::Query(), which holds no query at all:
      // Xapian 1.4's parser dereferences it when the filter is negated inside
      // brackets beside a lone sign ("( -jusque:a -, ( -jusque:c" crashed;
      // found by tests/fuzz). Not the shared MatchNothing either.
      return Xapian::Query(std::string(kNoArticleTerm));
    }
    if (IsDateField(name_.field)) state_->has_date_filter = true;
    return *query;
  }

 private:
  FilterName name_;
  int64_t now_seconds_;
  const Xapian::Database& db_;
  FilterState* state_;
};

// What Xapian would silently misread in a query's filters: "foo:bar" where foo
// is no filter (it would search the words "foo" and "bar"), or a filter with
// nothing after its colon (it would be dropped). Returns the problem, or "".
// Text inside quotes and URLs ("https://") are left alone.
std::string FilterSyntaxProblem(std::string_view text) {
  std::string problem;
  ForEachNameBeforeAColon(text, [&](size_t start, size_t colon) {
    const std::string name = LowerCaseName(text, start, colon);
    const bool has_value = colon + 1 < text.size() && text[colon + 1] != ' ';
    if (has_value && text[colon + 1] == '/') return true;  // a URL
    if (IsKnownField(name)) {
      if (!has_value)
        problem = absl::StrCat("filter \"", name, ":\" has no value");
      return problem.empty();
    }
    // "Attention: ..." is prose, not a filter.
    if (!has_value) return true;
    std::string known;
    for (const FilterName& f : FilterNames())
      absl::StrAppend(&known, " ", std::string(f.name), ":");
    problem = absl::StrCat("unknown filter \"", name, ":\"; filters are", known,
                           " (and title: for headline words)");
    return false;
  });
  return problem;
}

// The query as an error message quotes it: whole when short, else its start
// (cut between two characters), so that a long query does not flood the
// terminal.
std::string Quoted(std::string_view text) {
  constexpr size_t kShown = 120;
  if (text.size() <= kShown) return absl::StrCat("\"", std::string(text), "\"");
  return absl::StrCat("\"", std::string(Utf8Prefix(text, kShown)), "...\"");
}

// A query past the bounds of kMaxQueryBytes and kMaxQueryWildcards: the
// reason, or "".
std::string TooBig(std::string_view text) {
  if (text.size() > kMaxQueryBytes) {
    return absl::StrCat("query too long: ", text.size(),
                        " bytes (newsq reads queries up to ", kMaxQueryBytes,
                        " bytes)");
  }
  const int64_t wildcards = std::count(text.begin(), text.end(), '*');
  if (wildcards > kMaxQueryWildcards) {
    return absl::StrCat("too many wildcards: ", wildcards,
                        " (newsq expands up to ", kMaxQueryWildcards,
                        " in one query)");
  }
  return "";
}

// Declares the query syntax's fields to `parser`: title:/titre: for headline
// words, and each filter of FilterNames() (also capitalised at a sentence
// start, as people type on phones) read by the FieldProcessor that
// `processor_for` makes.
template <typename MakeProcessor>
void AddFields(Xapian::QueryParser& parser, MakeProcessor processor_for) {
  parser.set_default_op(Xapian::Query::OP_OR);
  for (std::string_view field : kTitleFields)
    parser.add_prefix(std::string(field), std::string(schema::kTitle));
  // An entity or author filter given twice asks for articles with both: each
  // gets a group of its own. Other repeated filters mean either value.
  const std::string own_group;
  for (const FilterName& name : FilterNames()) {
    const bool each_required = name.field == FilterField::kEntity ||
                               name.field == FilterField::kAuthor;
    // Aliases share a group with their field's main name.
    const std::string group =
        absl::StrCat("filter", static_cast<int>(name.field));
    std::string capitalised(name.name);
    capitalised[0] = static_cast<char>(std::toupper(capitalised[0]));
    for (const std::string& field : {std::string(name.name), capitalised}) {
      parser.add_boolean_prefix(field, processor_for(name)->release(),
                                each_required ? &own_group : &group);
    }
  }
}

// Stands for a filter where only the query's words matter.
class IgnoredFilter : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string&) override {
    return MatchAllQuery();
  }
};

// How much an exact form adds, relative to its stem's weight.
constexpr double kExactFormWeight = 0.5;

// Calls `visit(word, raw, quoted)` for each word of `prepared` in order: the
// analyser's word, its text as typed, and whether it stands in a quoted
// phrase.
template <typename Visit>
void ForEachQueryWord(const FrenchAnalyzer& analyzer,
                      const std::string& prepared, Visit visit) {
  size_t quotes_before = 0, scanned = 0;
  for (const FrenchAnalyzer::Word& word : analyzer.Words(prepared)) {
    quotes_before += static_cast<size_t>(std::count(
        prepared.begin() + scanned, prepared.begin() + word.begin, '"'));
    scanned = word.begin;
    visit(word,
          std::string_view(prepared.data() + word.begin, word.end - word.begin),
          quotes_before % 2 == 1);
  }
}

// The words the user marked as meant exactly (folded): capitalised words,
// which name someone or something ("Paris" is not "pari", "OpenAI" not
// "open"), and the words of quoted phrases. A word typed in lower case is a
// topic, which every form of the word serves alike.
absl::flat_hash_set<std::string> WordsMeantExactly(
    const FrenchAnalyzer& analyzer, const std::string& prepared) {
  absl::flat_hash_set<std::string> marked;
  ForEachQueryWord(
      analyzer, prepared,
      [&](const FrenchAnalyzer::Word& word, std::string_view raw, bool quoted) {
        if ((quoted || IsCapitalised(raw)) && !IsQueryOperator(raw))
          marked.insert(word.folded);
      });
  return marked;
}

// The words of the query meant exactly (WordsMeantExactly) as typed (folded,
// not stemmed; the headline's with kTitle), OR-ed: ranked beside the stems'
// match (AND_MAYBE), they lift the articles that hold a name, an acronym or a
// phrase's words exactly as typed above the other forms the stems find, and
// never add a match. Empty when the query has no such word.
Xapian::Query ExactFormsOf(const FrenchAnalyzer& analyzer,
                           const std::string& prepared) {
  const absl::flat_hash_set<std::string> meant =
      WordsMeantExactly(analyzer, prepared);
  if (meant.empty()) return Xapian::Query();  // no second parse to pay for
  Xapian::QueryParser parser =
      analyzer.MakeQueryParser(FrenchAnalyzer::QueryTerms::kWordsAsWritten);
  AddFields(parser, [](const FilterName&) { return new IgnoredFilter(); });
  Xapian::Query words;
  try {
    words =
        parser.parse_query(prepared, Xapian::QueryParser::FLAG_DEFAULT |
                                         Xapian::QueryParser::FLAG_LOVEHATE |
                                         Xapian::QueryParser::FLAG_PURE_NOT);
  } catch (const Xapian::QueryParserError&) {
    return Xapian::Query();  // the stems' parse read it: no boost, no harm
  }
  std::vector<Xapian::Query> exact;
  for (auto it = words.get_unique_terms_begin();
       it != words.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    const std::string_view word =
        term.starts_with(schema::kTitle)
            ? std::string_view(term).substr(schema::kTitle.size())
            : std::string_view(term);
    // Field terms (filters, ids) start with a capital; words never do.
    if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;
    if (analyzer.IsStopWord(word)) continue;  // not indexed as written
    if (!meant.contains(std::string(word))) continue;
    exact.emplace_back(term);
  }
  if (exact.empty()) return Xapian::Query();
  return Xapian::Query(
      Xapian::Query::OP_SCALE_WEIGHT,
      Xapian::Query(Xapian::Query::OP_OR, exact.begin(), exact.end()),
      kExactFormWeight);
}

// The field that searches a word as written (ExactFormsProcessor); the other
// for the headline's words.
// Names no user types: only RewriteNames writes them.
constexpr std::string_view kExactField = "newsqexact";
constexpr std::string_view kExactTitleField = "newsqexacttitle";

// A word as written (folded): the term the index holds for it as written
// (without positions), prefixed with `prefix`.
class ExactFormsProcessor : public Xapian::FieldProcessor {
 public:
  explicit ExactFormsProcessor(std::string prefix)
      : prefix_(std::move(prefix)) {}
  Xapian::Query operator()(const std::string& word) override {
    return Xapian::Query(prefix_ + word);
  }

 private:
  std::string prefix_;
};

// Whether capitalised query word `word` (searched among terms prefixed with
// `prefix`: "" or the headline's) names someone or something whose stem finds
// other words too: see RewriteNames.
bool NamesSomeone(const Xapian::Database& db, const std::string& prefix,
                  const FrenchAnalyzer::Word& word) {
  const std::string& folded = word.folded;
  const Xapian::doccount by_stem =
      db.get_termfreq(std::string(1, schema::kStem) + prefix + word.stem);
  const Xapian::doccount as_written = db.get_termfreq(prefix + folded);
  // Where the stem finds no other word, it is the same search.
  if (as_written >= by_stem) return false;
  // Named as an entity or a surname in at least half the articles that write
  // it: "Gilets Jaunes" has a few articles with an entity "Jaunes".
  const Xapian::doccount as_name = std::max(
      db.get_termfreq(FilterTerm(schema::kEntity, FilterKey(folded))),
      db.get_termfreq(FilterTerm(schema::kPersonSurname, FilterKey(folded))));
  if (as_name > 0 && as_name * 2 >= as_written) return true;
  // The forms a word of the language takes and a name seldom does.
  Xapian::doccount as_typed =
      as_written + db.get_termfreq(prefix + folded + "s");
  if (folded.size() > 1 && (folded.back() == 's' || folded.back() == 'x'))
    as_typed += db.get_termfreq(prefix + folded.substr(0, folded.size() - 1));
  return as_typed * 2 < by_stem;
}

// `prepared` for the stems' parse, with each capitalised word that names
// someone or something searched as written (kExactField), when its stem
// finds other words too. Snowball's stem of a name is often a common word's
// ("dati" -> "dat", as date and dater; "openai" -> "open", "amazon" as
// Amazonie): the stem found 899 articles for "Dati" where 62 name her. A
// word names someone or something when the articles that write it name it as
// an entity or a person's surname (XE, XN terms) in half of them or more, or
// when its forms as typed (with or
// without a plural "s") are in fewer than half the articles its stem finds
// (a name the archive never mentions finds nothing, not dates). Any other
// capitalised word is an ordinary one the user capitalised ("Retraites", a
// phone's capital at the start): its stem serves every form of it. Words in
// a phrase or a hyphenated name, filter values, wildcards and operators stay
// as they are.
std::string RewriteNames(const Xapian::Database& db,
                         const FrenchAnalyzer& analyzer,
                         const std::string& prepared) {
  std::string text;
  size_t copied = 0;
  ForEachQueryWord(
      analyzer, prepared,
      [&](const FrenchAnalyzer::Word& word, std::string_view raw, bool quoted) {
        if (quoted || !IsCapitalised(raw) || IsQueryOperator(raw) ||
            word.stem.empty() || analyzer.IsStopWord(word.folded))
          return;
        const char before = word.begin > 0 ? prepared[word.begin - 1] : ' ';
        const char after =
            word.end < prepared.size() ? prepared[word.end] : ' ';
        if (before == '-' && word.begin > 1 &&
            prepared[word.begin - 2] != ' ' && prepared[word.begin - 2] != '(')
          return;  // "Jean-Luc": a hyphenated name's second part
        if (after == '-' || after == '*' || after == ':' || after == '\'' ||
            IsAsciiLetter(after))
          return;
        size_t start = word.begin;
        std::string field(kExactField);
        std::string prefix;
        if (before == ':') {
          // Only the headline's field holds words; other fields are filters.
          const size_t name_start =
              prepared.find_last_of(" (+-", word.begin - 1);
          const size_t from =
              name_start == std::string::npos ? 0 : name_start + 1;
          if (!IsTitleField(LowerCaseName(prepared, from, word.begin - 1)))
            return;
          start = from;
          field = kExactTitleField;
          prefix = std::string(schema::kTitle);
        }
        if (!NamesSomeone(db, prefix, word)) return;
        text.append(prepared, copied, start - copied);
        // "d'OpenAI": the elided article stays a word of its own.
        if (start > 0 &&
            !absl::ascii_isspace(
                static_cast<unsigned char>(prepared[start - 1])) &&
            prepared[start - 1] != '(' && prepared[start - 1] != '+' &&
            prepared[start - 1] != '-')
          text += ' ';
        absl::StrAppend(&text, field, ":", word.folded);
        copied = word.end;
      });
  text.append(prepared, copied, std::string::npos);
  return text;
}

}  // namespace

absl::StatusOr<ParsedQuery> ParseUserQuery(const Xapian::Database& db,
                                           const FrenchAnalyzer& analyzer,
                                           std::string_view text,
                                           int64_t now_seconds) {
  if (std::string reason = TooBig(text); !reason.empty())
    return absl::InvalidArgumentError(reason);
  const std::string prepared = PrepareQueryText(analyzer, text);
  if (std::string problem = FilterSyntaxProblem(prepared); !problem.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot parse query ", Quoted(text), ": ", problem));
  }
  FilterState state;
  Xapian::QueryParser parser = analyzer.MakeQueryParser();
  parser.set_database(db);
  // "grév*": the 200 most frequent words with that start, as one synonym.
  parser.set_max_expansion(200, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  AddFields(parser, [&](const FilterName& name) {
    return new FilterProcessor(name, now_seconds, db, &state);
  });
  ParsedQuery parsed;
  parser.add_prefix(std::string(kExactField),
                    (new ExactFormsProcessor(""))->release());
  parser.add_prefix(
      std::string(kExactTitleField),
      (new ExactFormsProcessor(std::string(schema::kTitle)))->release());
  const std::string stems_text = RewriteNames(db, analyzer, prepared);
  try {
    parsed.query = parser.parse_query(stems_text, kUserQueryFlags);
  } catch (const Xapian::QueryParserError& e) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot parse query ", Quoted(text), ": ",
                     InTheUsersOperators(e.get_msg(), text)));
  }
  if (!state.error.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot parse query ", Quoted(text), ": ", state.error));
  }
  parsed.has_date_filter = state.has_date_filter;
  // Words give the query weight; filters alone give none.
  parsed.filters_only = !parsed.query.empty();
  for (auto it = parsed.query.get_unique_terms_begin();
       it != parsed.query.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    if (!term.starts_with("X") && !term.starts_with("Q")) {
      parsed.filters_only = false;
      break;
    }
  }
  if (!parsed.filters_only && !parsed.query.empty()) {
    Xapian::Query exact = ExactFormsOf(analyzer, prepared);
    if (!exact.empty()) {
      parsed.query =
          Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.query, exact);
    }
  }
  return parsed;
}

}  // namespace newsq::internal
