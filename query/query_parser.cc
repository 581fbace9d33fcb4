#include "query/query_parser.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/schema.h"

namespace newsq::internal {
namespace {

bool IsCapitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

bool IsOperator(std::string_view word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" ||
         word == "NEAR" || word == "ADJ";
}

}  // namespace

std::string PrepareQueryText(const FrenchAnalyzer& analyzer,
                             std::string_view text) {
  const std::string folded = analyzer.FoldQuery(text);
  // Quote "Le Monde", "La Tribune", "Les Echos", "L Express" (elision already
  // split) when the user did not: a capitalised article, then a capitalised
  // word that is not an operator.
  std::vector<std::string> words =
      absl::StrSplit(folded, ' ', absl::SkipEmpty());
  std::vector<std::string> out;
  bool in_quotes = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    for (char c : word) in_quotes = c == '"' ? !in_quotes : in_quotes;
    const bool article =
        word == "Le" || word == "La" || word == "Les" || word == "L";
    if (!in_quotes && article && i + 1 < words.size() &&
        IsCapitalised(words[i + 1]) && !IsOperator(words[i + 1]) &&
        words[i + 1].find('"') == std::string::npos) {
      out.push_back(absl::StrCat("\"", word, " ", words[i + 1], "\""));
      ++i;
      continue;
    }
    out.push_back(word);
  }
  return absl::StrJoin(out, " ");
}

absl::StatusOr<Xapian::Query> ParseUserQuery(const Xapian::Database& db,
                                             const FrenchAnalyzer& analyzer,
                                             std::string_view text) {
  Xapian::QueryParser parser = analyzer.MakeQueryParser();
  parser.set_database(db);
  parser.set_default_op(Xapian::Query::OP_OR);
  parser.add_prefix("title", std::string(schema::kTitle));
  parser.add_prefix("titre", std::string(schema::kTitle));
  try {
    return parser.parse_query(PrepareQueryText(analyzer, text),
                              Xapian::QueryParser::FLAG_DEFAULT |
                                  Xapian::QueryParser::FLAG_LOVEHATE |
                                  Xapian::QueryParser::FLAG_PURE_NOT);
  } catch (const Xapian::QueryParserError& e) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot parse query \"", std::string(text), "\": ", e.get_msg()));
  }
}

}  // namespace newsq::internal
