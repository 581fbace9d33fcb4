// The table of the newsq program's subcommands: adding a command means adding
// its file and one row here.
#include "cli/commands.h"

namespace newsq::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"index",
       "Index news pages (HTML, web archives, JSON lines) and group their "
       "articles into stories",
       SetupIndex},
      {"reindex",
       "Rebuild the database from pages beside the live one, then switch "
       "to it atomically",
       SetupReindex},
      {"search", "Search for stories", SetupSearch},
      {"related", "List the stories like a given story or article",
       SetupRelated},
      {"entities", "List the entities most named in a period", SetupEntities},
      {"extract",
       "Show the article newsq reads in one page, without indexing it",
       SetupExtract},
      {"story",
       "Show one story: its articles in time order, with their outlets",
       SetupStory},
      {"stories", "List the biggest stories of a period, like a front page",
       SetupStories},
      {"recluster",
       "Regroup every article into stories from scratch, keeping story ids",
       SetupRecluster},
      {"upgrade",
       "Bring a database to this version's index format, keeping every "
       "article and story id",
       SetupUpgrade},
      {"compact",
       "Merge a sharded archive into one compact database (or compact one), "
       "for archives no longer written",
       SetupCompact},
      {"dump", "Print every indexed article as one JSON line", SetupDump},
      {"stats", "Show what a database holds", SetupStats},
      {"check",
       "Check that a database's files are whole, shard by shard (after a "
       "disk fault)",
       SetupCheck},
      {"serve",
       "Serve the archive to browsers (a French web page) and programs (a "
       "JSON API) over HTTP",
       SetupServe},
  };
  return commands;
}

}  // namespace newsq::cli
