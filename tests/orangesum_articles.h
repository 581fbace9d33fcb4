// Test and benchmark support: OrangeSum's parsed articles
// (../shared/corpora/orangesum) as newsq articles. Header-only, so that bench/
// can use it without the test libraries.
#ifndef NEWSQ_TESTS_ORANGESUM_ARTICLES_H_
#define NEWSQ_TESTS_ORANGESUM_ARTICLES_H_

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsq/article.h"

namespace newsq::testing {

// The first `limit` articles of orangesum_parsed.jsonl.zst under
// `orangesum_dir`, in file order: url "orangesum:<id>", title, text
// (standfirst, blank line, body), publication day. Empty when the file or zstd
// is missing.
inline std::vector<Article> ReadOrangeSumArticles(
    const std::string& orangesum_dir, size_t limit = SIZE_MAX) {
  std::vector<Article> articles;
  FILE* pipe = popen(("zstd -dc '" + orangesum_dir +
                      "/orangesum_parsed.jsonl.zst' 2>/dev/null")
                         .c_str(),
                     "r");
  if (pipe == nullptr) return articles;
  std::string line;
  for (int c; articles.size() < limit && (c = std::fgetc(pipe)) != EOF;) {
    if (c != '\n') {
      line += static_cast<char>(c);
      continue;
    }
    const nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (!row.is_object()) continue;
    Article article;
    article.url = "orangesum:" + row.value("id", "");
    article.title = row.value("title", "");
    article.text = row.value("heading", "") + "\n\n" + row.value("article", "");
    article.published = DateTime::FromIso8601(row.value("date", ""));
    articles.push_back(std::move(article));
  }
  pclose(pipe);
  return articles;
}

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_ORANGESUM_ARTICLES_H_
