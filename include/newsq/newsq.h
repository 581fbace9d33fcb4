// newsq/newsq.h: the whole public API of newsq in one include.
//
// newsq turns French news pages into a searchable archive where every story
// appears once:
//   - newsq/extract.h  the article and its metadata out of an HTML page;
//   - newsq/index.h    adding articles to a database, grouped into stories;
//   - newsq/search.h   searching a database for stories;
//   - newsq/json.h     the stable JSON forms of articles, results and
//   statistics.
#ifndef NEWSQ_NEWSQ_H_
#define NEWSQ_NEWSQ_H_

#include "newsq/article.h"
#include "newsq/extract.h"
#include "newsq/index.h"
#include "newsq/json.h"
#include "newsq/search.h"
#include "newsq/version.h"

#endif  // NEWSQ_NEWSQ_H_
