// Internal: Snowball's French stemmer (libstemmer, Snowball 2.x) as a Xapian
// stemmer, so that TermGenerator, QueryParser and newsq's own code stem words
// the same way.
#ifndef NEWSQ_ENGINE_FRENCH_STEMMER_H_
#define NEWSQ_ENGINE_FRENCH_STEMMER_H_

#include <xapian.h>

namespace newsq::internal {

// A new Xapian::Stem backed by libstemmer's "french" algorithm, with a cache of
// recent words unless `cache` is false (for measuring what the cache saves).
// Input words are expected folded (see FoldText); stems come out folded too.
// Each returned Stem owns its own libstemmer state and cache: use one per
// thread.
Xapian::Stem MakeFrenchStem(bool cache = true);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_FRENCH_STEMMER_H_
