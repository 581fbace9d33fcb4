// Indexes the pages named on the command line into a database, then prints the
// stories of the query "OpenAI Musk".
//
//   stories_example DB PAGE...
#include <newsq/newsq.h>

#include <iostream>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: stories_example DB PAGE...\n";
    return 2;
  }
  {
    auto writer = newsq::IndexWriter::Open(argv[1]);
    if (!writer.ok()) {
      std::cerr << writer.status() << "\n";
      return 1;
    }
    auto report =
        (*writer)->AddPages(std::vector<std::string>(argv + 2, argv + argc));
    if (!report.ok()) {
      std::cerr << report.status() << "\n";
      return 1;
    }
  }
  auto searcher = newsq::Searcher::Open(argv[1]);
  if (!searcher.ok()) {
    std::cerr << searcher.status() << "\n";
    return 1;
  }
  newsq::SearchRequest request;
  request.query = "OpenAI Musk";
  auto result = (*searcher)->Search(request);
  if (!result.ok()) {
    std::cerr << result.status() << "\n";
    return 1;
  }
  std::cout << result->total.stories
            << (result->total.stories == 1 ? " story" : " stories") << " for \""
            << request.query << "\"\n";
  for (const newsq::StoryHit& story : result->stories) {
    std::cout << "- " << story.articles.front().title << " (" << story.size
              << " articles)\n";
  }
  return 0;
}
