#include "cli/commands.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/terminal.h"
#include "newsq/newsq.h"

namespace newsq::cli {

void AddDatabaseOption(CLI::App& app, std::string& db) {
  app.add_option("--db", db,
                 "Database directory (default: $NEWSQ_DB, else "
                 "$XDG_DATA_HOME/newsq/index)")
      ->default_str("");
}

std::string ResolveDb(const std::string& db) {
  return db.empty() ? DefaultDatabasePath() : db;
}

std::string StatusMessage(const absl::Status& status) {
  return std::string(status.message());
}

std::string DateOrDash(const std::optional<DateTime>& date, bool day_only) {
  if (!date) return "-";
  return day_only ? date->LocalDay() : date->ToIso8601();
}

namespace {

// ---- upgrade
// ----------------------------------------------------------------------------

std::function<int()> SetupUpgrade(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  AddDatabaseOption(app, *db);
  return [db] {
    const std::string db_path = ResolveDb(*db);
    absl::StatusOr<std::string> backup = IndexWriter::Upgrade(db_path);
    if (!backup.ok()) return Fail(StatusMessage(backup.status()));
    if (backup->empty()) {
      std::cerr << "newsq: " << db_path
                << ": already in this version's index format (or absent); "
                   "nothing to do\n";
    } else {
      std::cerr << "newsq: upgraded " << db_path << "; the old database is in "
                << *backup << " (delete it once satisfied)\n";
    }
    return kExitOk;
  };
}

// ---- extract
// ----------------------------------------------------------------------------

void PrintArticleAsText(const Article& a) {
  const bool styles = UseStyles(stdout);
  auto field = [&](const char* name, std::string_view value) {
    std::cout << Bold(name, styles) << ": "
              << Printable(value.empty() ? "-" : value) << "\n";
  };
  field("title", a.title);
  field("url", a.url);
  field("canonical_url", a.canonical_url);
  field("published", DateOrDash(a.published));
  field("modified", DateOrDash(a.modified));
  field("outlet", a.outlet);
  field("author", a.author);
  field("language", a.language);
  field("section", a.section);
  field("description", a.description);
  std::string tags, entities;
  for (const std::string& t : a.tags) tags += (tags.empty() ? "" : ", ") + t;
  for (const Entity& e : a.entities) {
    entities += (entities.empty() ? "" : ", ") + e.name + " (" + e.type + " " +
                std::to_string(e.mentions) + ")";
  }
  field("tags", tags);
  field("entities", entities);
  std::cout << "\n" << Printable(a.text) << "\n";
}

std::function<int()> SetupExtract(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto explain = std::make_shared<bool>(false);
  app.add_flag("--json", *json, "Print the article as one JSON object");
  app.add_flag(
      "--explain", *explain,
      "Say where each field came from (with --json: an \"explain\" object)");
  app.add_option("FILE", *file, "An HTML page")->required();
  return [file, json, explain] {
    absl::StatusOr<ExtractionReport> report = ExplainExtractionFromFile(*file);
    if (!report.ok()) return Fail(StatusMessage(report.status()));
    if (*json) {
      std::cout << (*explain ? ToJson(*report) : ToJson(report->article))
                << "\n";
      return kExitOk;
    }
    PrintArticleAsText(report->article);
    if (*explain) {
      const bool styles = UseStyles(stdout);
      std::cout << "\n"
                << Bold("sources", styles)
                << ":\n  charset: " << report->charset << "\n";
      for (const auto& [field, source] : report->sources) {
        std::cout << "  " << field << ": " << Printable(source) << "\n";
      }
    }
    return kExitOk;
  };
}

// ---- story, stories

void PrintStoryAsText(const StoryHit& story, bool all_articles) {
  const bool styles = UseStyles(stdout);
  const ArticleHit& lead = story.articles.front();
  std::cout << Bold(Printable(lead.title), styles) << "\n"
            << "   story " << story.story_id << " · " << story.size
            << (story.size == 1 ? " article" : " articles") << " · "
            << DateOrDash(story.first_published, true) << " to "
            << DateOrDash(story.last_published, true) << "\n   ";
  for (size_t i = 0; i < story.outlets.size(); ++i) {
    std::cout << (i ? ", " : "") << Printable(story.outlets[i]);
  }
  std::cout << "\n";
  if (!all_articles) return;
  std::vector<const ArticleHit*> in_time_order;
  for (const ArticleHit& hit : story.articles) in_time_order.push_back(&hit);
  std::stable_sort(
      in_time_order.begin(), in_time_order.end(), [](auto* a, auto* b) {
        return (a->published ? a->published->unix_seconds : INT64_MAX) <
               (b->published ? b->published->unix_seconds : INT64_MAX);
      });
  for (const ArticleHit* hit : in_time_order) {
    std::cout << "\n"
              << DateOrDash(hit->published) << "  " << Printable(hit->outlet)
              << (hit == &story.articles.front() ? "  (lead)" : "") << "\n   "
              << Printable(hit->title) << "\n   "
              << Dim(Printable(hit->url), styles) << "\n";
  }
}

std::function<int()> SetupStory(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto id = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  AddDatabaseOption(app, *db);
  app.add_flag("--json", *json, "Print the story as one JSON object");
  app.add_option("ID", *id, "A story id, as search prints it")->required();
  return [db, id, json] {
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        Searcher::Open(ResolveDb(*db));
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    absl::StatusOr<StoryHit> story = (*searcher)->Story(*id);
    if (!story.ok()) return Fail(StatusMessage(story.status()));
    if (*json) {
      std::cout << ToJson(*story) << "\n";
    } else {
      PrintStoryAsText(*story, /*all_articles=*/true);
    }
    return kExitOk;
  };
}

std::function<int()> SetupStories(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto request = std::make_shared<StoriesRequest>();
  AddDatabaseOption(app, *db);
  // The same forms as search's --since and --until, read by the same code.
  app.add_option("--since", request->since,
                 "Only articles published on or after this day (2025-02-11, "
                 "2025-02, 2025) or within this age (7d, 12h, 2w, 3mo, 1y)");
  app.add_option("--until", request->until,
                 "Only articles published on or before this day, or more "
                 "than this age ago");
  app.add_option("--limit", request->limit, "Stories to show (default: 20)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--json", *json, "Print the stories as one JSON document");
  return [db, json, request] {
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        Searcher::Open(ResolveDb(*db));
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    absl::StatusOr<std::vector<StoryHit>> stories =
        (*searcher)->Stories(*request);
    if (!stories.ok()) {
      // A date the library cannot read is a usage error.
      if (stories.status().code() == absl::StatusCode::kInvalidArgument) {
        std::cerr << "newsq: " << Printable(StatusMessage(stories.status()))
                  << "\n";
        return kExitUsage;
      }
      return Fail(StatusMessage(stories.status()));
    }
    if (*json) {
      std::cout << ToJson(*stories) << "\n";
      return kExitOk;
    }
    int rank = 0;
    for (const StoryHit& story : *stories) {
      std::cout << (rank++ ? "\n" : "") << rank << ". ";
      PrintStoryAsText(story, /*all_articles=*/false);
    }
    return kExitOk;
  };
}

// ---- recluster

std::function<int()> SetupRecluster(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  AddDatabaseOption(app, *db);
  return [db] {
    const std::string db_path = ResolveDb(*db);
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
        IndexWriter::Open(db_path);
    if (!writer.ok()) return Fail(StatusMessage(writer.status()));
    absl::StatusOr<IndexWriter::ReclusterReport> report =
        (*writer)->Recluster();
    if (!report.ok()) return Fail(StatusMessage(report.status()));
    std::fprintf(
        stderr,
        "reclustered %s: %lld articles, %lld stories before, %lld after, "
        "%lld articles changed story\n",
        db_path.c_str(), static_cast<long long>(report->articles),
        static_cast<long long>(report->stories_before),
        static_cast<long long>(report->stories_after),
        static_cast<long long>(report->articles_moved));
    return kExitOk;
  };
}

// ---- dump
// -------------------------------------------------------------------------------

std::function<int()> SetupDump(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  AddDatabaseOption(app, *db);
  return [db] {
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        Searcher::Open(ResolveDb(*db));
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    const absl::Status status =
        (*searcher)->ForEachArticle([](const StoredArticle& stored) {
          std::cout << ToJson(stored) << "\n";
        });
    if (!status.ok()) return Fail(StatusMessage(status));
    return kExitOk;
  };
}

// ---- stats
// ------------------------------------------------------------------------------

std::function<int()> SetupStats(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  AddDatabaseOption(app, *db);
  app.add_flag("--json", *json, "Print the statistics as one JSON object");
  return [db, json] {
    const std::string db_path = ResolveDb(*db);
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        Searcher::Open(db_path);
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    absl::StatusOr<DatabaseStats> stats = (*searcher)->Stats();
    if (!stats.ok()) return Fail(StatusMessage(stats.status()));
    if (*json) {
      std::cout << ToJson(*stats) << "\n";
      return kExitOk;
    }
    std::cout << "database:  " << Printable(db_path) << "\n"
              << "articles:  " << stats->articles << "\n"
              << "stories:   " << stats->stories << "\n"
              << "outlets:   " << stats->outlets << "\n"
              << "published: " << DateOrDash(stats->first_published, true)
              << " to " << DateOrDash(stats->last_published, true) << "\n"
              << "size:      " << (stats->size_bytes + 1023) / 1024 << " KiB\n";
    return kExitOk;
  };
}

}  // namespace

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"index", "Index HTML pages and group their articles into stories",
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
      {"dump", "Print every indexed article as one JSON line", SetupDump},
      {"stats", "Show what a database holds", SetupStats},
  };
  return commands;
}

std::string DefaultDatabasePath() {
  if (const char* db = std::getenv("NEWSQ_DB"); db != nullptr && *db != '\0')
    return db;
  if (const char* data = std::getenv("XDG_DATA_HOME");
      data != nullptr && *data != '\0') {
    return std::string(data) + "/newsq/index";
  }
  const char* home = std::getenv("HOME");
  return std::string(home != nullptr ? home : ".") +
         "/.local/share/newsq/index";
}

int Fail(std::string_view message) {
  std::cerr << "newsq: " << Printable(message) << "\n";
  return kExitFailure;
}

}  // namespace newsq::cli
