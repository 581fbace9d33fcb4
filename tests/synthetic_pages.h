// Test helper: folders of generated news pages, for tests that need
// thousands of pages (crash safety, readers during writes) without copying
// real pages into the project.
#ifndef NEWSQ_TESTS_SYNTHETIC_PAGES_H_
#define NEWSQ_TESTS_SYNTHETIC_PAGES_H_

#include <string>

namespace newsq::testing {

// Writes `count` HTML pages, page-00000.html and on, into `folder` (created if
// needed). Each is a dated article of a few paragraphs from one of ten
// outlets; pages come in small groups on the same event, a day or two apart,
// so that stories form. The same `seed` writes the same pages.
void WriteSyntheticPages(const std::string& folder, int count,
                         unsigned seed = 1);

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_SYNTHETIC_PAGES_H_
