// The newsq program as a user and a script meet it: exit codes, help, errors,
// output.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "tests/scratch_dir.h"

namespace {

struct CliRun {
  int exit_code = -1;
  std::string out;  // stdout and stderr together, in order
};

// Reads what a command started with popen() prints, and waits for its end.
CliRun ReadToEnd(FILE* pipe) {
  CliRun run;
  if (pipe == nullptr) return run;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    run.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// The shell command that runs the newsq binary with `args` (shell-quoted by
// the caller) and `redirections`.
std::string NewsqCommand(const std::string& args,
                         const std::string& redirections = "</dev/null") {
  return std::string("NO_COLOR=1 '") + NEWSQ_BINARY + "' " + args + " 2>&1 " +
         redirections;
}

// Runs the newsq binary with `args`, stdin closed.
CliRun Newsq(const std::string& args) {
  return ReadToEnd(popen(NewsqCommand(args).c_str(), "r"));
}

TEST(CliTest, HelpListsTheCommandsAndExitsZero) {
  for (const char* args : {"--help", "help", "help --help", "help help"}) {
    const CliRun run = Newsq(args);
    EXPECT_EQ(run.exit_code, 0) << args;
    for (const char* command :
         {"index", "search", "extract", "dump", "stats"}) {
      EXPECT_NE(run.out.find(command), std::string::npos) << command;
    }
  }
}

TEST(CliTest, EveryCommandHasHelp) {
  for (const char* command : {"index", "search", "related", "extract", "story",
                              "stories", "dump", "stats"}) {
    const CliRun run = Newsq(std::string(command) + " --help");
    EXPECT_EQ(run.exit_code, 0) << command;
    EXPECT_NE(run.out.find("--"), std::string::npos)
        << command << ": " << run.out;
  }
  EXPECT_EQ(Newsq("help search").exit_code, 0);
}

TEST(CliTest, UsageErrorsExitTwo) {
  const CliRun typo = Newsq("serch musk");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.out.find("did you mean 'search'?"), std::string::npos)
      << typo.out;
  EXPECT_EQ(Newsq("").exit_code, 2);
  EXPECT_EQ(Newsq("--bogus").exit_code, 2);
  EXPECT_EQ(Newsq("search --bogus musk").exit_code, 2);
  // A mistyped option gets a guess and a pointer to the help, not the whole
  // help (issue 21: 35 lines).
  const CliRun option_typo = Newsq("search --limt 3 musk");
  EXPECT_EQ(option_typo.exit_code, 2);
  EXPECT_NE(
      option_typo.out.find("unknown option '--limt', did you mean '--limit'?"),
      std::string::npos)
      << option_typo.out;
  EXPECT_LE(std::count(option_typo.out.begin(), option_typo.out.end(), '\n'), 3)
      << option_typo.out;
  EXPECT_EQ(Newsq("search").exit_code, 2);
  EXPECT_EQ(Newsq("search ''").exit_code, 2);
  EXPECT_EQ(Newsq("search '   '").exit_code, 2);
  // A count's error says what it takes, in a line (CLI11's own printed its
  // range up to DBL_MAX); a negative value is no query word to exclude.
  for (const char* bad : {"search --limit nope musk", "search --limit -1 musk",
                          "index --batch 0 corpora"}) {
    const CliRun run = Newsq(bad);
    EXPECT_EQ(run.exit_code, 2) << bad;
    EXPECT_NE(run.out.find("is not a whole number of"), std::string::npos)
        << run.out;
    EXPECT_LT(run.out.size(), 300u) << run.out;
    EXPECT_EQ(run.out.find("search -- "), std::string::npos) << run.out;
  }
  // A duration takes plain days; "nan" or a negative one was taken as "off".
  for (const char* bad :
       {"search --half-life -5 musk", "search --half-life nan musk",
        "related --half-life inf x"}) {
    const CliRun run = Newsq(bad);
    EXPECT_EQ(run.exit_code, 2) << bad;
    EXPECT_NE(run.out.find("is not a number of days of 0 or more"),
              std::string::npos)
        << run.out;
  }
  // An empty date (a script's unset variable) is no filter left out unseen.
  for (const char* bad : {"search --since '' musk", "stories --until ''",
                          "entities --since ''"}) {
    const CliRun run = Newsq(bad);
    EXPECT_EQ(run.exit_code, 2) << bad;
    EXPECT_NE(run.out.find("empty"), std::string::npos) << run.out;
  }
  // A query word that excludes, read as an option, gets the way out.
  const CliRun excluded = Newsq("search -Musk");
  EXPECT_EQ(excluded.exit_code, 2);
  EXPECT_NE(excluded.out.find("newsq search -- -Musk"), std::string::npos)
      << excluded.out;
  // An empty --db (a script's unset variable) never means the default one.
  for (const char* command : {"index --db '' corpora", "search --db '' musk"}) {
    const CliRun empty_db = Newsq(command);
    EXPECT_EQ(empty_db.exit_code, 2) << command;
    EXPECT_NE(empty_db.out.find("empty path"), std::string::npos)
        << empty_db.out;
  }
  EXPECT_EQ(Newsq("index").exit_code, 2);
  EXPECT_EQ(Newsq("index --batch-mib 0 pages").exit_code, 2);
  EXPECT_EQ(Newsq("index --batch 0 pages").exit_code, 2);
}

TEST(CliTest, RuntimeFailuresExitOneWithAReason) {
  const CliRun missing_db = Newsq("search --db /nonexistent/newsq musk");
  EXPECT_EQ(missing_db.exit_code, 1);
  EXPECT_EQ(missing_db.out.rfind("newsq: ", 0), 0u) << missing_db.out;
  EXPECT_NE(missing_db.out.find("/nonexistent/newsq"), std::string::npos);
  const CliRun missing_page = Newsq("extract /nonexistent/page.html");
  EXPECT_EQ(missing_page.exit_code, 1);
  EXPECT_NE(missing_page.out.find("/nonexistent/page.html"), std::string::npos);
}

TEST(CliTest, IndexSkipsBadPagesAndSearchFindsTheStory) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("newsq_cli_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "pages");
  for (const char* page : {"tech-sphere/musk-offre-97-milliards-openai.html",
                           "le-matin-express/musk-offre-openai.html"}) {
    fs::copy_file(fs::path(NEWSQ_CORPORA_DIR) / page,
                  dir / "pages" / fs::path(page).filename());
  }
  {
    FILE* f = std::fopen((dir / "pages" / "broken.html").c_str(), "wb");
    std::fwrite("\x89PNG\r\n\x1a\n", 1, 8, f);
    std::fclose(f);
  }
  const std::string db = (dir / "db").string();
  const CliRun index =
      Newsq("index --db '" + db + "' '" + (dir / "pages").string() + "'");
  EXPECT_EQ(index.exit_code, 0) << index.out;
  EXPECT_NE(index.out.find("broken.html"), std::string::npos) << index.out;
  EXPECT_NE(index.out.find("2 added"), std::string::npos) << index.out;
  EXPECT_NE(index.out.find("1 failed"), std::string::npos) << index.out;
  // Again with --strict and --json (issue 21): the failed page fails the run,
  // and the report goes to stdout as JSON, the summary line staying on stderr.
  const CliRun strict =
      ReadToEnd(popen(NewsqCommand("index --strict --json --db '" + db + "' '" +
                                       (dir / "pages").string() + "'",
                                   "2>/dev/null </dev/null")
                          .c_str(),
                      "r"));
  EXPECT_EQ(strict.exit_code, 1) << strict.out;
  EXPECT_EQ(strict.out.rfind("{\"added\":0,", 0), 0u) << strict.out;
  EXPECT_NE(strict.out.find("\"unchanged\":2"), std::string::npos)
      << strict.out;
  EXPECT_NE(strict.out.find("\"failed\":1"), std::string::npos) << strict.out;
  EXPECT_NE(strict.out.find("broken.html"), std::string::npos) << strict.out;

  const CliRun search = Newsq("search --db '" + db + "' --json OpenAI Musk");
  EXPECT_EQ(search.exit_code, 0) << search.out;
  EXPECT_EQ(search.out.rfind("{", 0), 0u) << search.out;
  EXPECT_EQ(std::count(search.out.begin(), search.out.end(), '\n'), 1)
      << search.out;
  EXPECT_NE(search.out.find("\"size\":2"), std::string::npos) << search.out;

  const CliRun stories = Newsq("stories --db '" + db + "' --json");
  EXPECT_EQ(stories.exit_code, 0) << stories.out;
  EXPECT_NE(stories.out.find("\"size\":2"), std::string::npos) << stories.out;
  EXPECT_EQ(Newsq("stories --db '" + db + "' --since yesterday").exit_code, 2);
  // The period takes what search's --since takes, ages included.
  const CliRun recent = Newsq("stories --db '" + db + "' --since 7d --json");
  EXPECT_EQ(recent.exit_code, 0) << recent.out;
  EXPECT_EQ(Newsq("story --db '" + db + "' 0000000000000000").exit_code, 1);

  const CliRun dump = Newsq("dump --db '" + db + "'");
  EXPECT_EQ(dump.exit_code, 0);
  EXPECT_EQ(std::count(dump.out.begin(), dump.out.end(), '\n'), 2);

  // Output that cannot be written is a failure, said on stderr (issue 21:
  // a dump into a full disk exited 0).
  for (const std::string& command :
       {"dump --db '" + db + "'", "stats --db '" + db + "'",
        "search --db '" + db + "' Musk", "stories --db '" + db + "'",
        std::string("--help")}) {
    const CliRun full = ReadToEnd(
        popen(NewsqCommand(command, ">/dev/full </dev/null").c_str(), "r"));
    EXPECT_EQ(full.exit_code, 1) << command;
    EXPECT_NE(full.out.find("newsq: cannot write output: No space left"),
              std::string::npos)
        << command << ": " << full.out;
  }

  const CliRun stats = Newsq("stats --json --db '" + db + "'");
  EXPECT_NE(stats.out.find("\"articles\":2"), std::string::npos) << stats.out;
  EXPECT_NE(stats.out.find("\"stories\":1"), std::string::npos) << stats.out;

  const CliRun nothing = Newsq("index --db '" + db + "' '" +
                               (dir / "pages" / "broken.html").string() + "'");
  EXPECT_EQ(nothing.exit_code, 1) << nothing.out;
  fs::remove_all(dir);
}

// Whether `out` holds a byte that could drive a terminal: C0 controls but
// tab and newline, DEL, or a C1 control (U+0080..U+009F in UTF-8).
bool HasControlBytes(const std::string& out) {
  for (size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < out.size() &&
        static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(out[i + 1]) <= 0x9F)
      return true;
  }
  return false;
}

TEST(CliTest, EscapeSequencesFromPagesNeverReachTheTerminalRaw) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("newsq_cli_esc_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "pages");
  // A title that would set the window title and colour the screen, a body
  // with a C1 control sequence introducer, and a file whose name holds an
  // escape sequence and that is skipped (so its name is printed).
  const std::string hostile =
      "\x1b]0;pwned\x07Musk \x1b[31mrachète\x1b[0m OpenAI";
  {
    std::FILE* f = std::fopen((dir / "pages" / "evil.html").c_str(), "wb");
    const std::string page =
        "<html><head><title>" + hostile + "</title></head><body><article><h1>" +
        hostile +
        "</h1><p>Elon Musk "
        "propose de racheter OpenAI \xC2\x9B"
        "2J pour 97 milliards, selon "
        "des sources proches du dossier, et Sam Altman refuse.</p><p>Le "
        "conseil d'administration doit se prononcer dans les prochains "
        "jours sur cette offre inattendue.</p></article></body></html>";
    std::fwrite(page.data(), 1, page.size(), f);
    std::fclose(f);
  }
  const fs::path evil_name = dir / "pages" / "bad\x1b[2Jname.html";
  {
    std::FILE* f = std::fopen(evil_name.c_str(), "wb");
    std::fwrite("\x89PNG\r\n\x1a\n", 1, 8, f);
    std::fclose(f);
  }
  const std::string db = (dir / "db").string();
  const std::string pages = (dir / "pages").string();
  const CliRun index = Newsq("index --db '" + db + "' '" + pages + "'");
  EXPECT_NE(index.out.find("name.html"), std::string::npos) << index.out;
  EXPECT_FALSE(HasControlBytes(index.out)) << index.out;
  for (const std::string& args :
       {"search --db '" + db + "' Musk OpenAI", "stories --db '" + db + "'",
        "extract '" + (dir / "pages" / "evil.html").string() + "'"}) {
    const CliRun run = Newsq(args);
    EXPECT_EQ(run.exit_code, 0) << args << ": " << run.out;
    EXPECT_NE(run.out.find("rachète"), std::string::npos) << args;
    EXPECT_FALSE(HasControlBytes(run.out)) << args << ": " << run.out;
  }
  // --color=always styles even into a pipe, with NO_COLOR set; the page's own
  // sequences stay out all the same. A WHEN it does not know is a usage error.
  const CliRun styled =
      Newsq("search --color=always --db '" + db + "' Musk OpenAI");
  EXPECT_EQ(styled.exit_code, 0) << styled.out;
  EXPECT_NE(styled.out.find("\x1b[1m"), std::string::npos) << styled.out;
  EXPECT_EQ(styled.out.find("\x1b]0;"), std::string::npos) << styled.out;
  EXPECT_EQ(Newsq("search --color=sometimes --db '" + db + "' Musk").exit_code,
            2);
  fs::remove_all(dir);
}

TEST(CliTest, SearchFiltersFacetsAndRelated) {
  const newsq::testing::ScratchDir scratch("cli_search");
  const std::filesystem::path db = scratch.path() / "db";
  ASSERT_EQ(Newsq("index --db '" + db.string() + "' '" NEWSQ_CORPORA_DIR "'")
                .exit_code,
            0);
  const std::string in_db = " --db '" + db.string() + "' ";
  // The same filter as a flag and in the query gives the same answer. The
  // recency boost is off: it follows the clock, which moves between the two
  // runs and changed the scores' last digits.
  const CliRun by_flag = Newsq("search" + in_db +
                               "--json --half-life 0 --outlet 'Tech Sphère' "
                               "OpenAI");
  const CliRun in_query =
      Newsq("search" + in_db +
            "--json --half-life 0 'OpenAI outlet:\"Tech Sphère\"'");
  EXPECT_EQ(by_flag.exit_code, 0) << by_flag.out;
  // Everything but the "query" echo is the same.
  auto after_query = [](const std::string& out) {
    return out.substr(out.find("\"stories\":"));
  };
  EXPECT_EQ(after_query(by_flag.out), after_query(in_query.out));
  EXPECT_EQ(by_flag.out.find("\"outlet\":\"Le Matin Express\""),
            std::string::npos);
  // Filters alone search; facets print with both counts.
  const CliRun facets = Newsq("search" + in_db +
                              "--since 2025-02-12 --facets outlet,day "
                              "--facet-limit 2");
  EXPECT_EQ(facets.exit_code, 0) << facets.out;
  EXPECT_NE(facets.out.find("articles / stories"), std::string::npos)
      << facets.out;
  EXPECT_EQ(facets.out.find("2025-02-11"), std::string::npos) << facets.out;
  // Mistakes are usage errors with the reason.
  const CliRun bad_date = Newsq("search" + in_db + "'Musk since:2025-13-01'");
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.out.find("since:2025-13-01"), std::string::npos);
  EXPECT_EQ(Newsq("search" + in_db + "--facets colour Musk").exit_code, 2);
  EXPECT_EQ(Newsq("search" + in_db + "--sort oldest Musk").exit_code, 2);
  EXPECT_EQ(Newsq("search" + in_db).exit_code, 2);
  // Typos get a suggestion; related stories leave the story out.
  EXPECT_NE(Newsq("search" + in_db + "Muks").out.find("Did you mean: Musk"),
            std::string::npos);
  const CliRun entities =
      Newsq("entities" + in_db + "--json --since 2025-02-12 --limit 2");
  EXPECT_EQ(entities.exit_code, 0) << entities.out;
  EXPECT_EQ(entities.out.rfind("{\"entities\":[{", 0), 0u) << entities.out;
  EXPECT_EQ(Newsq("entities" + in_db + "--since nope").exit_code, 2);
  // An id copied in capitals names the same story.
  const CliRun upper = Newsq("story" + in_db + "1368689748FA8AD5");
  EXPECT_EQ(upper.exit_code, 0) << upper.out;
  EXPECT_NE(upper.out.find("story 1368689748fa8ad5"), std::string::npos)
      << upper.out;
  const CliRun related = Newsq("related" + in_db + "--json 0000000000000000");
  EXPECT_EQ(related.exit_code, 1);
  EXPECT_NE(related.out.find("no story or article"), std::string::npos);
}

// A nightly script meets a busy database: a clear line naming the holder and
// exit code 75, or, with --wait, a wait until the holder is done.
TEST(CliTest, ABusyDatabaseExitsSeventyFiveOrWaits) {
  namespace fs = std::filesystem;
  const fs::path db = fs::temp_directory_path() /
                      ("newsq_cli_busy_" + std::to_string(getpid()));
  fs::remove_all(db);
  const std::string lock_file = db.string() + ".lock";
  // Close-on-exec, or the newsq started below would inherit the lock.
  const int lock = open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(lock, 0);
  ASSERT_EQ(flock(lock, LOCK_EX | LOCK_NB), 0);
  const std::string holder = "pid 1: a test holding the lock\n";
  ASSERT_EQ(write(lock, holder.data(), holder.size()),
            static_cast<ssize_t>(holder.size()));

  const std::string args =
      "index --db '" + db.string() + "' '" NEWSQ_CORPORA_DIR "'";
  const CliRun busy = Newsq(args);
  EXPECT_EQ(busy.exit_code, 75) << busy.out;
  EXPECT_NE(busy.out.find("a test holding the lock"), std::string::npos)
      << busy.out;
  const CliRun busy_reindex = Newsq("re" + args);
  EXPECT_EQ(busy_reindex.exit_code, 75) << busy_reindex.out;

  // --wait: the run starts once the lock is released.
  FILE* waiting = popen(NewsqCommand(args + " --wait").c_str(), "r");
  ASSERT_NE(waiting, nullptr);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  close(lock);  // releases it
  const CliRun waited = ReadToEnd(waiting);
  EXPECT_EQ(waited.exit_code, 0) << waited.out;
  EXPECT_NE(waited.out.find("waiting"), std::string::npos) << waited.out;
  EXPECT_NE(waited.out.find("62 added"), std::string::npos) << waited.out;

  // recluster and upgrade say the same as index when the database is busy
  // (issue 21: they exited 1).
  const int relock = open(lock_file.c_str(), O_RDWR | O_CLOEXEC);
  ASSERT_GE(relock, 0);
  ASSERT_EQ(flock(relock, LOCK_EX | LOCK_NB), 0);
  EXPECT_EQ(Newsq("recluster --db '" + db.string() + "'").exit_code, 75);
  EXPECT_EQ(Newsq("upgrade --db '" + db.string() + "'").exit_code, 75);
  EXPECT_EQ(Newsq("check --db '" + db.string() + "'").exit_code, 75);
  close(relock);
  // A mistyped --db is no database to recluster: nothing is created there.
  const CliRun typo = Newsq("recluster --db '" + db.string() + "-typo'");
  EXPECT_EQ(typo.exit_code, 1) << typo.out;
  EXPECT_FALSE(fs::exists(db.string() + "-typo"));
  // Nor to upgrade: an error, not "nothing to do".
  const CliRun upgrade_typo = Newsq("upgrade --db '" + db.string() + "-typo'");
  EXPECT_EQ(upgrade_typo.exit_code, 1) << upgrade_typo.out;
  EXPECT_NE(upgrade_typo.out.find("no database at"), std::string::npos)
      << upgrade_typo.out;
  fs::remove_all(db);
  fs::remove(lock_file);
}

// A shard whose files were damaged after the fact (a disk fault) is found
// and named, and the way out is said; Xapian 1.4 can crash on such a table
// rather than report it, so the check runs its checker apart.
TEST(CliTest, CheckNamesADamagedShardAndExitsOne) {
  namespace fs = std::filesystem;
  if (system("command -v xapian-check >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "xapian-check is not installed (scripts/install-deps "
                    "installs xapian-tools)";
  const newsq::testing::ScratchDir dir("newsq_cli_check");
  const std::string db = (dir.path() / "db").string();
  const CliRun indexed =
      Newsq("index --shards 2 --db '" + db + "' '" + NEWSQ_CORPORA_DIR + "'");
  ASSERT_EQ(indexed.exit_code, 0) << indexed.out;

  const CliRun whole = Newsq("check --db '" + db + "'");
  EXPECT_EQ(whole.exit_code, 0) << whole.out;
  EXPECT_NE(whole.out.find("ok       " + db + "/shard-01"), std::string::npos)
      << whole.out;
  EXPECT_EQ(whole.out.find("damaged"), std::string::npos) << whole.out;

  // Every byte of one table's file inverted: its blocks, wherever the ones
  // in use lie, no longer read.
  const fs::path table = fs::path(db) / "shard-01" / "termlist.glass";
  std::string bytes;
  {
    std::ifstream in(table, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_FALSE(bytes.empty()) << table;
  for (char& byte : bytes) byte = static_cast<char>(~byte);
  {
    std::ofstream out(table, std::ios::binary | std::ios::trunc);
    out << bytes;
    ASSERT_TRUE(out.flush()) << table;
  }
  const CliRun damaged = Newsq("check --db '" + db + "'");
  EXPECT_EQ(damaged.exit_code, 1) << damaged.out;
  EXPECT_NE(damaged.out.find("ok       " + db + "/shard-00"), std::string::npos)
      << damaged.out;
  EXPECT_NE(damaged.out.find("damaged  " + db + "/shard-01: "),
            std::string::npos)
      << damaged.out;
  EXPECT_NE(damaged.out.find("1 of 2 shards"), std::string::npos)
      << damaged.out;
  EXPECT_NE(damaged.out.find("newsq reindex --db " + db), std::string::npos)
      << damaged.out;

  // A stub of remote shards alone: nothing checked here, which is no
  // success.
  const std::string remote_stub = (dir.path() / "remote.stub").string();
  {
    std::ofstream stub(remote_stub);
    stub << "remote :127.0.0.1:1\n";
    ASSERT_TRUE(stub.flush());
  }
  const CliRun remote = Newsq("check --db '" + remote_stub + "'");
  EXPECT_EQ(remote.exit_code, 1) << remote.out;
  EXPECT_NE(remote.out.find("skipped  127.0.0.1:1: remote"), std::string::npos)
      << remote.out;

  const CliRun missing = Newsq("check --db '" + db + "-typo'");
  EXPECT_EQ(missing.exit_code, 1) << missing.out;
  EXPECT_NE(missing.out.find("no database at"), std::string::npos)
      << missing.out;
}

// extract reads a page from standard input, and refuses what is no regular
// file at once, instead of blocking on a named pipe or reading /dev/zero
// forever (issue 21).
TEST(CliTest, ExtractReadsStandardInputAndRefusesSpecialFiles) {
  namespace fs = std::filesystem;
  const std::string page = std::string(NEWSQ_CORPORA_DIR) +
                           "/tech-sphere/musk-offre-97-milliards-openai.html";
  const CliRun piped = ReadToEnd(
      popen(NewsqCommand("extract --json -", "< '" + page + "'").c_str(), "r"));
  EXPECT_EQ(piped.exit_code, 0) << piped.out;
  EXPECT_NE(piped.out.find("97,4 milliards"), std::string::npos) << piped.out;

  const CliRun zero = Newsq("extract /dev/zero");
  EXPECT_EQ(zero.exit_code, 1);
  EXPECT_NE(zero.out.find("/dev/zero: not a regular file"), std::string::npos)
      << zero.out;
  const fs::path fifo = fs::temp_directory_path() /
                        ("newsq_cli_fifo_" + std::to_string(getpid()));
  fs::remove(fifo);
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const CliRun blocked = Newsq("extract '" + fifo.string() + "'");
  EXPECT_EQ(blocked.exit_code, 1);
  EXPECT_NE(blocked.out.find("not a regular file"), std::string::npos)
      << blocked.out;
  fs::remove(fifo);
}

// Articles a crawler extracted, as JSON lines on standard input: a story
// label given is used as is, bad lines are reported with their numbers.
TEST(CliTest, IndexReadsJsonLinesFromStandardInput) {
  const newsq::testing::ScratchDir scratch("cli_jsonl");
  const std::filesystem::path& dir = scratch.path();
  std::ofstream(dir / "in.jsonl")
      << R"({"id": "a1", "title": "Crue de la Meuse à Namur", "body": )"
         R"("La Meuse est sortie de son lit à Namur.", "date": "20250301", )"
         R"("outlet": "AFP", "story": "crue"})"
      << "\n"
      << R"({"id": "a2", "title": "Inondations en Wallonie", "body": )"
         R"("Les pompiers de Liège évacuent des maisons.", "date": )"
         R"("20250302", "outlet": "Reuters", "story": "crue"})"
      << "\n{broken\n";
  const std::string db = (dir / "db").string();
  const CliRun run =
      ReadToEnd(popen(NewsqCommand("index --db '" + db + "' -",
                                   "< '" + (dir / "in.jsonl").string() + "'")
                          .c_str(),
                      "r"));
  EXPECT_EQ(run.exit_code, 0) << run.out;
  const std::string& out = run.out;
  EXPECT_NE(out.find("2 added"), std::string::npos) << out;
  EXPECT_NE(out.find("standard input:3: not a JSON object"), std::string::npos)
      << out;
  // The two share the story their label gave, although nothing else ties
  // them.
  const CliRun search = Newsq("search --db '" + db + "' --json Meuse");
  EXPECT_NE(search.out.find("\"size\":2"), std::string::npos) << search.out;
}

// A page that gives its day and not its time is shown with its day, by
// extract, search and the story's dates alike: no midnight nobody wrote, and
// not the day before (midnight in Paris is the evening before in UTC).
TEST(CliTest, ADayWithoutATimeIsShownAsThatDay) {
  const newsq::testing::ScratchDir scratch("cli_day_only");
  const std::filesystem::path& dir = scratch.path();
  const std::string page = (dir / "mouettes.html").string();
  std::ofstream(page)
      << "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
         "<title>Les mouettes de Honfleur changent de port</title><link "
         "rel=\"canonical\" href=\"https://www.exemple.fr/mouettes.html\">"
         "</head><body><article><h1>Les mouettes de Honfleur changent de "
         "port</h1><p class=\"byline\">Par Jeanne Morvan | Publié le 3 mars "
         "2025</p><p>Les mouettes rieuses qui nichaient sur les toits du vieux "
         "bassin de Honfleur ont quitté la ville cet hiver, selon les "
         "ornithologues, qui les ont retrouvées à Trouville.</p><p>Les "
         "pêcheurs s'inquiètent d'un départ qui pourrait annoncer une baisse "
         "des bancs de poissons dans l'estuaire de la Seine.</p></article>"
         "</body></html>";
  const CliRun extract = Newsq("extract --json '" + page + "'");
  EXPECT_EQ(extract.exit_code, 0) << extract.out;
  EXPECT_NE(extract.out.find("\"published\":\"2025-03-03\""), std::string::npos)
      << extract.out;
  const std::string db = (dir / "db").string();
  ASSERT_EQ(Newsq("index --db '" + db + "' '" + page + "'").exit_code, 0);
  const CliRun search = Newsq("search --db '" + db + "' --json mouettes");
  EXPECT_EQ(search.exit_code, 0) << search.out;
  for (const char* field :
       {"\"published\":\"2025-03-03\"", "\"first_published\":\"2025-03-03\"",
        "\"last_published\":\"2025-03-03\""}) {
    EXPECT_NE(search.out.find(field), std::string::npos)
        << field << " in " << search.out;
  }
  const CliRun stories = Newsq("stories --db '" + db + "'");
  EXPECT_NE(stories.out.find("2025-03-03 to 2025-03-03"), std::string::npos)
      << stories.out;
}

// An article given without a title or an outlet leaves no blank line.
TEST(CliTest, AnArticleWithoutTitleOrOutletIsShownAsSuch) {
  const newsq::testing::ScratchDir scratch("cli_untitled");
  const std::filesystem::path& dir = scratch.path();
  std::ofstream(dir / "in.jsonl")
      << R"({"id": "u1", "body": "La Meuse est sortie de son lit à Namur.")"
      << R"(, "date": "20250301"})"
      << "\n";
  const std::string db = (dir / "db").string();
  ASSERT_EQ(
      Newsq("index --db '" + db + "' '" + (dir / "in.jsonl").string() + "'")
          .exit_code,
      0);
  const CliRun search = Newsq("search --db '" + db + "' Meuse");
  EXPECT_NE(search.out.find("1. (untitled)"), std::string::npos) << search.out;
  EXPECT_NE(search.out.find("(no outlet) · "), std::string::npos) << search.out;
}

// A lone article that a later one brings into its story is counted, on the
// summary line and in the JSON report.
TEST(CliTest, IndexCountsTheLoneArticlesMovedIntoALaterStory) {
  const newsq::testing::ScratchDir scratch("cli_moved");
  const std::filesystem::path& dir = scratch.path();
  {
    std::ofstream in(dir / "in.jsonl");
    const char* headlines[] = {
        "Le prix du gazole baisse encore",
        "Un incendie ravage un entrepôt à Lyon",
        "Le Stade rennais s'impose à Nantes",
        "Un nouveau pont sur la Loire",
        "Colin Dagba sort sur civière à Bologne",
        "Les Bleuets battus par l'Espagne en demi-finale",
        "Euro Espoirs : Colin Dagba sort sur civière, les Bleuets battus par "
        "l'Espagne"};
    int page = 0;
    for (const char* headline : headlines) {
      in << R"({"url": "https://exemple.fr/)" << ++page << R"(", "title": ")"
         << headline << R"(", "outlet": "Outlet )" << page
         << R"(", "published": "2019-06-27T1)" << page << R"(:00:00+02:00"})"
         << "\n";
    }
  }
  const std::string db = (dir / "db").string();
  const std::string input = (dir / "in.jsonl").string();
  const CliRun run =
      Newsq("index --db '" + db + "' --json '" + input + "' 2>&1");
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_NE(run.out.find("7 added, 0 updated, 0 unchanged, 0 failed, 1 moved "
                         "into a later story; 7 articles in 5 stories"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("\"moved\":1"), std::string::npos) << run.out;
}

// The man page and the completions come from the command table: every
// command and every flag of it is there.
TEST(CliTest, ManPageAndCompletionsNameEveryCommandAndFlag) {
  const CliRun man = Newsq("--generate man");
  ASSERT_EQ(man.exit_code, 0);
  EXPECT_EQ(man.out.find(".TH NEWSQ 1"), man.out.find(".TH"));
  EXPECT_NE(man.out.find(".TH NEWSQ 1"), std::string::npos);
  const CliRun bash = Newsq("--generate=bash");
  ASSERT_EQ(bash.exit_code, 0);
  const CliRun zsh = Newsq("--generate zsh");
  ASSERT_EQ(zsh.exit_code, 0);
  EXPECT_EQ(zsh.out.rfind("#compdef newsq", 0), 0u);
  for (const char* command : {"index", "reindex", "search", "extract", "dump",
                              "stats", "upgrade", "recluster"}) {
    EXPECT_NE(man.out.find(std::string(".SS \\fBnewsq ") + command),
              std::string::npos)
        << command;
    EXPECT_NE(bash.out.find(std::string("    ") + command + ")"),
              std::string::npos)
        << command;
    EXPECT_NE(zsh.out.find(std::string("'") + command + ":"), std::string::npos)
        << command;
  }
  // Flags, as roff writes their dashes.
  for (const char* flag :
       {"strict", "keep\\-previous", "per\\-story", "explain", "facets"})
    EXPECT_NE(man.out.find(std::string("\\fB\\-\\-") + flag), std::string::npos)
        << flag;
  EXPECT_NE(bash.out.find("--keep-previous"), std::string::npos);
  EXPECT_NE(zsh.out.find("'--strict["), std::string::npos);
  EXPECT_EQ(Newsq("--generate fish").exit_code, 2);
}

// The bash completion, loaded by bash, completes commands and flags.
TEST(CliTest, BashCompletionCompletes) {
  if (std::system("command -v bash >/dev/null") != 0) GTEST_SKIP() << "no bash";
  const std::string script_path =
      (std::filesystem::temp_directory_path() /
       ("newsq_completion_" + std::to_string(getpid()) + ".sh"))
          .string();
  {
    std::ofstream script(script_path);
    script << "source <('" << NEWSQ_BINARY << "' --generate bash)\n"
           << "COMP_WORDS=(newsq sea); COMP_CWORD=1; _newsq\n"
           << "echo \"[${COMPREPLY[*]}]\"\n"
           << "COMP_WORDS=(newsq index --str); COMP_CWORD=2; _newsq\n"
           << "echo \"[${COMPREPLY[*]}]\"\n";
  }
  const CliRun run =
      ReadToEnd(popen(("bash '" + script_path + "' 2>&1").c_str(), "r"));
  std::filesystem::remove(script_path);
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_EQ(run.out, "[search]\n[--strict]\n");
}

}  // namespace
