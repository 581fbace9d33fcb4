// ExtractArticle (newsq/extract.h): check the page's bytes -> decode -> parse
// -> metadata -> main text -> entities, and the file-reading entry points.
#include "newsq/extract.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/ascii.h"
#include "engine/work_budget.h"
#include "entities/entities.h"
#include "extract/charset.h"
#include "extract/gzip_page.h"
#include "extract/html_dom.h"
#include "extract/main_text.h"
#include "extract/metadata.h"
#include "extract/metadata_author.h"
#include "extract/page_dates.h"
#include "extract/text_language.h"
#include "extract/web_archive.h"

namespace newsq {
namespace {

// True when the first thing in `head`, after a byte order mark and
// whitespace, is a tag.
bool LooksLikeMarkup(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const size_t first = head.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && head[first] == '<';
}

constexpr std::string_view kWebArchive =
    "a web archive, whose pages newsq index reads one by one";

// Binary formats people drop in archive folders by mistake, by their magic
// bytes, and web archives, which hold many pages.
std::string_view BinaryKind(std::string_view bytes) {
  struct Magic {
    std::string_view prefix, kind;
  };
  static constexpr Magic kMagics[] = {{"\x89PNG", "a PNG image"},
                                      {"\xFF\xD8\xFF", "a JPEG image"},
                                      {"GIF8", "a GIF image"},
                                      {"%PDF", "a PDF document"},
                                      {"PK\x03\x04", "a ZIP archive"},
                                      {"\x28\xB5\x2F\xFD", "zstd data"},
                                      {"RIFF", "a RIFF file"},
                                      {"\x7F"
                                       "ELF",
                                       "a program"},
                                      {"WARC/", kWebArchive},
                                      {"filedesc://", kWebArchive}};
  for (const Magic& m : kMagics) {
    if (std::string_view(bytes).starts_with(m.prefix)) return m.kind;
  }
  // NUL bytes: many in binary data (and in UTF-16 without a byte order
  // mark), a stray few in a page a broken tool wrote, which is still read.
  const std::string_view head = bytes.substr(0, 4096);
  const size_t nuls = std::count(head.begin(), head.end(), '\0');
  if (nuls > 0 && !bytes.starts_with("\xFF\xFE") &&
      !bytes.starts_with("\xFE\xFF") &&
      (nuls * 100 > head.size() || !LooksLikeMarkup(head))) {
    return "binary data";
  }
  return {};
}

// Pages are refused past kMaxPageBytes: news pages weigh a few hundred
// kilobytes and rarely 5 MB; a 50 MB page took 1.7 GB of memory and 9 s to
// read.
std::string TooLarge(size_t bytes) {
  return absl::StrCat("page too large (", bytes >> 20,
                      " MB; newsq reads pages up to ", kMaxPageBytes >> 20,
                      " MB)");
}

// Real pages nest a few dozen levels deep; thousands are a hostile or broken
// page.
constexpr int kMaxNesting = 1000;

// Elements that never hold others (void elements), or that the next of their
// kind closes (optional end tags): they cannot nest, so they do not count.
bool NeverNests(std::string_view name) {
  static const absl::flat_hash_set<std::string_view> kNames = {
      "area",  "base",     "br",       "col",     "embed",  "hr",    "img",
      "input", "link",     "meta",     "param",   "source", "track", "wbr",
      "p",     "li",       "dt",       "dd",      "rb",     "rt",    "rtc",
      "rp",    "optgroup", "option",   "thead",   "tbody",  "tfoot", "tr",
      "td",    "th",       "colgroup", "caption", "html",   "head",  "body"};
  return kNames.contains(name);
}

// Elements whose content is text, not markup: a "<" inside a script is no
// tag.
bool HoldsRawText(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" ||
         name == "title" || name == "xmp" || name == "iframe" ||
         name == "noembed" || name == "noframes";
}

// The position of the first "</" + `name` (any case) from `from`, or npos.
size_t FindEndTag(std::string_view html, std::string_view name, size_t from) {
  for (size_t at = html.find("</", from); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    if (html.size() - at - 2 < name.size()) return std::string_view::npos;
    bool same = true;
    for (size_t i = 0; same && i < name.size(); ++i) {
      same =
          std::tolower(static_cast<unsigned char>(html[at + 2 + i])) == name[i];
    }
    if (same) return at;
  }
  return std::string_view::npos;
}

// How deep elements nest by the raw markup, every element counted but those
// that cannot nest. An estimate made before parsing, in one pass over the
// bytes (comments and raw text skipped, the next ">" looked up once): a
// stray unclosed tag counts one level too many, and "<x/>" none.
int ElementNesting(std::string_view html) {
  constexpr size_t npos = std::string_view::npos;
  int depth = 0, deepest = 0;
  size_t next_gt = 0;  // the first '>' at or after the tag's name, once found
  char name[16];
  for (size_t at = html.find('<'); at != npos; at = html.find('<', at + 1)) {
    if (html.compare(at, 4, "<!--") == 0) {
      at = html.find("-->", at + 4);
      if (at == npos) break;
      continue;
    }
    const bool closing = at + 1 < html.size() && html[at + 1] == '/';
    size_t end = at + (closing ? 2 : 1), length = 0;
    for (; end < html.size() && length < sizeof name &&
           std::isalnum(static_cast<unsigned char>(html[end]));
         ++end) {
      name[length++] = static_cast<char>(
          std::tolower(static_cast<unsigned char>(html[end])));
    }
    // Not a tag ("a < b"), or a name longer than any element's.
    if (length == 0 || length == sizeof name) continue;
    const std::string_view tag(name, length);
    if (next_gt != npos && next_gt < end) next_gt = html.find('>', end);
    if (!closing && HoldsRawText(tag)) {
      at = FindEndTag(html, tag, end);
      if (at == npos) break;
      continue;
    }
    if (NeverNests(tag)) continue;
    if (!closing && next_gt != npos && html[next_gt - 1] == '/') continue;
    depth = closing ? std::max(0, depth - 1) : depth + 1;
    deepest = std::max(deepest, depth);
  }
  return deepest;
}

// Refuses what is no page newsq reads: too large, binary data, or elements
// nested too deep for gumbo.
absl::Status CheckPage(std::string_view page_bytes) {
  if (page_bytes.size() > kMaxPageBytes)
    return absl::InvalidArgumentError(TooLarge(page_bytes.size()));
  if (std::string_view kind = BinaryKind(page_bytes); !kind.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("not an HTML page (", std::string(kind), ")"));
  }
  // gumbo's parse slows down with the square of the nesting (100,000 nested
  // <div>s, <ul>s or <blockquote>s take 13 to 17 s), and it frees its tree
  // recursively (300,000 nested <q>s overflow the stack), so a page whose
  // elements never close is refused before parsing.
  if (const int depth = ElementNesting(page_bytes); depth > kMaxNesting) {
    return absl::InvalidArgumentError(
        absl::StrCat("elements nest over ", depth,
                     " levels deep (newsq reads up to ", kMaxNesting, ")"));
  }
  return absl::OkStatus();
}

// The bytes to decode and parse: `page_bytes` decompressed when they are
// gzip-compressed, checked, and without NUL bytes. `storage` holds them when
// they are not `page_bytes` themselves.
absl::StatusOr<std::string_view> PageToParse(std::string_view page_bytes,
                                             std::string& storage) {
  if (page_bytes.empty()) return absl::InvalidArgumentError("empty file");
  // A page saved as the server sent it, gzip-compressed, is read
  // decompressed, within the same size limit.
  if (internal::IsGzip(page_bytes)) {
    absl::StatusOr<std::string> plain =
        internal::Gunzip(page_bytes, kMaxPageBytes);
    if (!plain.ok()) return plain.status();
    storage = *std::move(plain);
    page_bytes = storage;
    if (page_bytes.empty()) return absl::InvalidArgumentError("empty file");
  }
  // A UTF-16 page (it has a byte order mark, or it would be binary data) is
  // made UTF-8 first: NUL bytes are half its characters, and the checks
  // below read ASCII markup. The UTF-8 byte order mark it gets tells the
  // decoder what it now is.
  if (page_bytes.size() <= kMaxPageBytes &&
      (page_bytes.starts_with("\xFF\xFE") ||
       page_bytes.starts_with("\xFE\xFF"))) {
    storage = "\xEF\xBB\xBF" + internal::DecodePage(page_bytes).utf8;
    page_bytes = storage;
  }
  if (absl::Status checked = CheckPage(page_bytes); !checked.ok())
    return checked;
  // Stray NUL bytes would cut the text short in C APIs; they carry nothing.
  if (page_bytes.find('\0') != std::string_view::npos) {
    std::string without_nuls(page_bytes);  // `page_bytes` may be `storage`
    std::erase(without_nuls, '\0');
    storage = std::move(without_nuls);
    page_bytes = storage;
  }
  return page_bytes;
}

// On a page without <h1>, drops a first paragraph that is the headline again
// with its labels (a breadcrumb, the time, the byline: "Régions >
// Constantine Téléphérique ... : reprise du service 03/12/2026 - 14:05 | Par
// Karima Hadjadj"), as such pages write it inside the text. A lead that
// opens with the headline's words is prose: it ends a sentence, or its labels
// hold neither a number nor "Par", and it stays.
void DropRepeatedHeadline(const internal::PageMetadata& md,
                          std::vector<std::string>& paragraphs) {
  constexpr size_t kLabelsBeside = 200;
  const std::string& title = md.title;
  if (!md.headline_stand_in || title.size() < 15 || paragraphs.size() < 2)
    return;
  const std::string& first = paragraphs.front();
  const size_t at = first.find(title);
  if (first.size() > title.size() + kLabelsBeside || first == title ||
      at == std::string::npos ||
      internal::EndsLikeASentence(internal::TrimAscii(first)))
    return;
  const std::string labels =
      first.substr(0, at) + " " + first.substr(at + title.size());
  const bool dated_or_signed = internal::HasAsciiDigit(labels) ||
                               labels.find("Par ") != std::string::npos ||
                               labels.find("par ") != std::string::npos;
  if (dated_or_signed) paragraphs.erase(paragraphs.begin());
}

// Whether `paragraph` is a place and a date and nothing more, as French
// datelines write it ("Papeete, le 22 février 2025"): short, "X, le" before
// the date, which ends it (not a chronology's heading, "7 octobre 2023, le
// choc").
bool IsDatelineAlone(std::string_view paragraph,
                     const internal::PageMetadata& md) {
  constexpr size_t kLongestDateline = 60;
  paragraph = internal::TrimAscii(paragraph);
  return paragraph.size() <= kLongestDateline &&
         paragraph.find(", le ") != std::string_view::npos &&
         absl::ascii_isdigit(static_cast<unsigned char>(paragraph.back())) &&
         internal::FindFrenchDate(paragraph, md.zone_host).has_value();
}

// Whether `paragraph` is a date in figures and nothing else, with its time
// or not ("19/08/2025 07:42", "03.02.2025 - 9h45"), as a blog's template
// prints it under the headline.
bool IsNumericDateAlone(std::string_view paragraph) {
  constexpr size_t kLongestDate = 24;
  if (paragraph.size() > kLongestDate ||
      paragraph.find_first_of("/.") == std::string_view::npos)
    return false;
  return std::all_of(paragraph.begin(), paragraph.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c)) ||
           std::string_view("/.-: h").find(c) != std::string_view::npos;
  });
}

// The date of `paragraph` when it is a publication line and nothing more, as
// page builders print it in the text ("Publié le mardi 3 juin 2025 à 6h40 –
// Mis à jour à 9h15"): short, opening on "Publié", with a date; or a date in
// figures alone.
std::optional<DateTime> PublicationLineDate(std::string_view paragraph,
                                            const std::string& host) {
  constexpr size_t kLongestLine = 160;
  paragraph = internal::TrimAscii(paragraph);
  if (paragraph.size() > kLongestLine ||
      !(paragraph.starts_with("Publié ") || paragraph.starts_with("Publiée ") ||
        IsNumericDateAlone(paragraph)))
    return std::nullopt;
  return internal::FindFrenchDate(paragraph, host);
}

// Whether `date` is the time of the publication day md.published gives alone.
bool TimesThePublicationDay(const DateTime& date,
                            const internal::PageMetadata& md) {
  return md.published && md.published->day_only && !date.day_only &&
         date.LocalDay() == md.published->LocalDay();
}

// Whether `paragraph` is a publication line (PublicationLineDate). Its time
// refines a publication day found alone, or it stands for a missing date.
bool TakePublicationLine(std::string_view paragraph,
                         internal::PageMetadata& md) {
  const std::optional<DateTime> date =
      PublicationLineDate(paragraph, md.zone_host);
  if (!date) return false;
  if (!md.published || TimesThePublicationDay(*date, md)) {
    md.published = date;
    md.sources["published"] = "publication line opening the text";
  }
  return true;
}

// Whether `text` is a grid of data rather than prose: many short cells (a
// league's standings, results, a timetable), a sentence or two at most. A
// report with a table in it says what the table shows in prose: two short
// paragraphs over a table of prices or of a vote's results are as long as a
// weather page's bulletin or a match centre's lines, so only a grid with
// next to no prose is told apart.
bool IsDataWithoutProse(std::string_view text) {
  constexpr size_t kCells = 30, kCellBytes = 40, kMostProseBytes = 400;
  size_t cells = 0, prose_bytes = 0;
  for (absl::string_view piece :
       absl::StrSplit(absl::string_view(text.data(), text.size()), "\n\n")) {
    const std::string_view line(piece.data(), piece.size());
    if (line.size() < kCellBytes && !internal::EndsLikeASentence(line)) {
      ++cells;
    } else {
      prose_bytes += line.size();
    }
  }
  return cells >= kCells && prose_bytes < kMostProseBytes;
}

// Whether `text` is mostly a grid of data, however its markup dates it: 20
// lines or more, of which the sentences (four words or more, ending as a
// sentence does) hold under 40 % of the bytes. A weather page's tables, a
// TV grid, tide times, fuel prices by station, a league's results and
// standings, an exchange-rate table: themes write the same NewsArticle on
// them as on articles. Articles with a table in them say what it shows in
// sentences: over the blind sets' 368 articles and the 422 pages of the
// project's and the shared corpora, those of 15 lines or more hold 52 % or
// more of sentences (two short paragraphs over a vote's results), against 8
// to 36 % on nine service pages.
bool IsMostlyData(std::string_view text) {
  constexpr size_t kFewestLines = 20, kFewestWords = 4;
  constexpr double kLeastSentenceShare = 0.4;
  size_t lines = 0, sentence_bytes = 0;
  for (absl::string_view piece :
       absl::StrSplit(absl::string_view(text.data(), text.size()), "\n\n")) {
    const std::string_view line =
        internal::TrimAscii(std::string_view(piece.data(), piece.size()));
    if (line.empty()) continue;
    ++lines;
    if (internal::WordCount(line) >= kFewestWords &&
        (internal::EndsLikeASentence(line) || line.ends_with(";")))
      sentence_bytes += line.size();
  }
  return lines >= kFewestLines &&
         static_cast<double>(sentence_bytes) <
             kLeastSentenceShare * static_cast<double>(text.size());
}

// What the page's content says of the article: its text, the labels cut
// after its last line of prose (none for an articleBody), and the headings
// that link to other pages, in the content block and in the whole page (a
// list of articles, not an article: see ExtractWithinBudget).
struct ArticleContent {
  std::string text;
  std::vector<std::string> closing_labels;
  size_t linked_headings = 0;
  size_t linked_headings_in_page = 0;
  size_t ticker_entries = 0;  // in the content block
  size_t ticker_entries_in_page = 0;
};

// The article's text: the main content block, else a JSON-LD articleBody when
// the page's own markup yields (almost) nothing. Sets md.sources["text"].
ArticleContent ReadArticleContent(const GumboNode* root,
                                  internal::PageMetadata& md) {
  internal::MainText main = internal::ExtractMainText(root);
  DropRepeatedHeadline(md, main.paragraphs);
  if (!main.paragraphs.empty() &&
      (internal::TakeOpeningByline(main.paragraphs.front(), md) ||
       internal::TakeOpeningSignature(main.paragraphs.front(), md)))
    main.paragraphs.erase(main.paragraphs.begin());
  // "Par Hédi Ben Romdhane" over the body, under a standfirst: a label the
  // text leaves out, a byline still.
  for (const std::string& label : main.opening_labels) {
    if (internal::TakeOpeningByline(label, md)) break;
  }
  // A dateline on a line of its own over the text ("Papeete, le 22 février
  // 2025"), or a publication line, as page builders without a date field
  // print them.
  if (main.paragraphs.size() > 1 &&
      (IsDatelineAlone(main.paragraphs.front(), md) ||
       TakePublicationLine(main.paragraphs.front(), md)))
    main.paragraphs.erase(main.paragraphs.begin());
  ArticleContent content{absl::StrJoin(main.paragraphs, "\n\n"),
                         std::move(main.closing_labels),
                         main.linked_headings,
                         main.linked_headings_in_page,
                         main.ticker_entries,
                         main.ticker_entries_in_page};
  // The articleBody is trusted only then: many sites truncate it, or fill it
  // with another article's text.
  md.sources["text"] = "main content block";
  if (content.text.size() < 200 &&
      md.article_body.size() > content.text.size() * 2) {
    content.text = md.article_body;
    md.sources["text"] = "json-ld articleBody";
    content.closing_labels.clear();
  }
  return content;
}

// Last resort for the date: the first French date of the page's text outside
// its chrome (footers with copyright years, tickers and comments are chrome).
// A day found alone (a header's date of the day) takes the time of the first
// publication line over the article's text (`text`), when it dates that day:
// a table layout's unclassed "Publié le 03-02-2025 à 09:45 | Imprimer". Not
// one under the text, where another article's teaser may write its own.
void FindDateInText(const GumboNode* root, std::string_view text,
                    internal::PageMetadata& md) {
  if (md.published && md.published->day_only) {
    constexpr size_t kOpeningBytes = 60;
    const std::string_view opening =
        text.substr(0, std::min(text.find('\n'), kOpeningBytes));
    for (absl::string_view piece : absl::StrSplit(
             internal::VisibleTextWithoutChrome(root, false), '\n')) {
      const std::string_view line(piece.data(), piece.size());
      if (!opening.empty() && line.starts_with(opening)) break;
      const std::optional<DateTime> date =
          PublicationLineDate(line, md.zone_host);
      if (!date) continue;
      if (TimesThePublicationDay(*date, md)) {
        md.published = date;
        md.sources["published"] += ", that day's time from a publication line";
      }
      break;
    }
  }
  if (md.published) return;
  for (bool relaxed : {false, true}) {
    md.published = internal::FindFrenchDate(
        internal::VisibleTextWithoutChrome(root, relaxed), md.zone_host);
    if (md.published) {
      md.sources["published"] = "first date in the page text";
      return;
    }
  }
}

// The entities of the title and the text. The standfirst names the story's
// actors, and pages often keep it apart from the body (a lead paragraph above
// it, or only the description), so a description that the text does not hold
// is read too. A short description is more often the site's blurb than a
// standfirst.
std::vector<Entity> ArticleEntities(const Article& article) {
  constexpr size_t kMinStandfirst = 80;
  const bool standfirst_in_text =
      article.description.size() < kMinStandfirst ||
      article.text.find(article.description.substr(0, 60)) != std::string::npos;
  std::vector<Entity> entities = internal::FindEntities(
      article.title, standfirst_in_text
                         ? article.text
                         : article.description + "\n" + article.text);
  // The page's own outlet names itself in credits, in an interview's
  // questions ("Lagune Info : ...") and in its promotions: it publishes the
  // article, which is rarely about it, and it is a facet of its own.
  const std::string outlet = internal::AsciiLower(article.outlet);
  std::erase_if(entities, [&](const Entity& e) {
    return !outlet.empty() && internal::AsciiLower(e.name) == outlet;
  });
  return entities;
}

// The report on an extracted page: the article, and the sources of the fields
// it has.
ExtractionReport MakeReport(const internal::PageMetadata& md, std::string text,
                            std::string charset, const std::string& source) {
  ExtractionReport report;
  report.charset = std::move(charset);
  Article& article = report.article;
  article.url = source;
  article.canonical_url = md.canonical_url;
  article.title = md.title;
  article.published = md.published;
  article.modified = md.modified;
  article.outlet = md.outlet;
  article.author = md.author;
  article.language = internal::ArticleLanguage(md.language, text);
  article.section = md.section;
  article.description = md.description;
  article.tags = md.tags;
  article.text = std::move(text);
  article.entities = ArticleEntities(article);
  for (const auto& [field, from] : md.sources) {
    if (!from.empty()) report.sources[field] = from;
  }
  if (article.author.empty()) report.sources.erase("author");
  if (!article.published) report.sources.erase("published");
  if (!article.modified) report.sources.erase("modified");
  if (article.canonical_url.empty()) report.sources.erase("canonical_url");
  if (article.language != md.language) {
    report.sources["language"] =
        md.language.empty()
            ? "the text's function words"
            : absl::StrCat("the text's function words (the page says \"",
                           md.language, "\")");
  }
  return report;
}

absl::StatusOr<ExtractionReport> ExtractWithinBudget(
    std::string_view page_bytes, const ExtractOptions& options) {
  std::string storage;  // the bytes parsed, when they are not `page_bytes`
  absl::StatusOr<std::string_view> bytes = PageToParse(page_bytes, storage);
  if (!bytes.ok()) return bytes.status();
  internal::DecodedPage decoded = internal::DecodePage(*bytes, options.charset);
  const std::string charset = decoded.charset;
  internal::HtmlDocument document(std::move(decoded.utf8));
  // The readers below walk the tree recursively. Real pages nest a few dozen
  // levels deep; thousands are a hostile or broken page, refused before a walk
  // could exhaust the stack.
  if (const int depth = document.MaxDepth(); depth > kMaxNesting) {
    return absl::InvalidArgumentError(
        absl::StrCat("elements nest ", depth,
                     " levels deep (newsq reads up to ", kMaxNesting, ")"));
  }
  internal::PageMetadata md =
      internal::ReadMetadata(document.root(), options.source);
  // A tag's or a section's archive (its teasers are other pages' articles),
  // a home page, a profile.
  if (!md.not_an_article.empty()) {
    return absl::NotFoundError(
        absl::StrCat("no article in the page: ", md.not_an_article));
  }
  ArticleContent content = ReadArticleContent(document.root(), md);
  // A JavaScript application's shell: the article is in a <noscript> (or a
  // <template>) for browsers and robots without scripts. Read again with it
  // shown.
  constexpr size_t kShellText = 200, kScriptlessArticle = 500;
  if (content.text.size() < kShellText &&
      document.RevealScriptlessContent(kScriptlessArticle) > 0) {
    md = internal::ReadMetadata(document.root(), options.source);
    content = ReadArticleContent(document.root(), md);
  }
  const std::string& text = content.text;
  // A title alone (a home page, a section front, a page of links) is no
  // article; a title with a standfirst is kept (a video or a photo page).
  if (text.empty() && md.description.empty()) {
    return absl::NotFoundError(md.title.empty()
                                   ? "no article found in the page"
                                   : "no article text in the page");
  }
  // A page the site keeps out of search engines, which nothing says is an
  // article and whose text is a few lines: a "page not found", a login form
  // over a teaser. (A print version is often kept out too: its article is
  // longer.)
  constexpr size_t kUnindexedArticleText = 500;
  if (md.robots_noindex && !md.says_article &&
      text.size() < kUnindexedArticleText) {
    return absl::NotFoundError(
        "no article in the page: the site keeps it out of search engines "
        "(robots noindex), and nothing in it says it is an article");
  }
  // A list of articles whose teasers the content block holds (a section
  // front, a tag's page without an archive's address): each teaser's title a
  // link to its article. An article's own intertitles link nowhere, and
  // nothing that dates an article says otherwise (an Open Graph type aside,
  // which some themes write on every page).
  // A ticker's or a wire's entries (a dispatch's time, its title's link) are
  // such titles too.
  constexpr size_t kListedArticles = 5;
  const size_t titles_in_content =
      content.linked_headings + content.ticker_entries;
  const size_t titles_in_page =
      content.linked_headings_in_page + content.ticker_entries;
  // A list's page with no text of its own beside its titles (a wire's timed
  // links, a section front's teasers), only the site's description: a list,
  // whatever dates it (a theme's JSON-LD article without a body, on every
  // page). Not a photo gallery's, a video's or a podcast's page, with no
  // text either, beside its related articles: its markup names its writer,
  // or its address names its headline.
  const size_t titles_and_entries_in_page =
      content.linked_headings_in_page + content.ticker_entries_in_page;
  if (text.empty() && titles_and_entries_in_page >= kListedArticles &&
      !internal::AuthorFromMarkup(md) && !md.address_names_headline) {
    return absl::NotFoundError(absl::StrCat(
        "no article in the page: it lists articles (",
        titles_and_entries_in_page,
        " headings or timed links to other pages) and holds no text of its "
        "own"));
  }
  if (titles_in_content >= kListedArticles && !md.dated_article) {
    return absl::NotFoundError(absl::StrCat(
        "no article in the page: it lists articles (", titles_in_content,
        content.ticker_entries > 0 ? " headings or ticker entries"
                                   : " headings",
        " in its content link to other pages)"));
  }
  if (IsDataWithoutProse(text) && !md.dated_article) {
    return absl::NotFoundError(
        "no article in the page: its text is a table of data, without prose");
  }
  if (IsMostlyData(text)) {
    return absl::NotFoundError(
        "no article in the page: its text is mostly a table of data, few of "
        "its lines sentences");
  }
  // A page whose address or JSON-LD says it is an archive or a profile, and
  // which shows such a list, is one however its markup dates it.
  if (titles_in_page >= kListedArticles &&
      !md.not_an_article_if_it_lists.empty()) {
    return absl::NotFoundError(absl::StrCat(
        "no article in the page: ", md.not_an_article_if_it_lists, ", and ",
        titles_in_page, " headings link to other pages"));
  }
  // The same list beside a few lines chosen as the content: a section's,
  // a town's or a topic's introduction over its teasers, or the one teaser
  // whose standfirst is longest, when nothing in the markup dates an article
  // (or only a theme's date under a section's name for a title, "Économie",
  // or at a section's address, "/regions/", whatever its JSON-LD says) nor
  // does the page's address name its headline (a brief beside such a
  // list is dated so, or named so, on most sites; one that only a visible
  // date dates, at an address that names no headline, is refused: a limit).
  // And whatever dates it, when the content holds teasers itself (two linked
  // headings or more, a few lines: one is an article's "Lire aussi"; or a
  // ticker's five entries, where an article's timetable or live recap holds
  // a few), unless a JSON-LD article describes the page.
  constexpr size_t kIntroductionText = 1000, kTeaserText = 1500;
  constexpr size_t kTeasersInContent = 2;
  const bool teaser_as_content =
      (content.linked_headings >= kTeasersInContent ||
       content.ticker_entries >= kListedArticles) &&
      text.size() < kTeaserText;
  if (titles_in_page >= kListedArticles &&
      ((text.size() < kIntroductionText &&
        (!md.dated_article ||
         (md.title_names_a_section && !md.json_ld_article) ||
         md.address_names_a_section) &&
        !md.address_names_headline) ||
       (teaser_as_content && !md.json_ld_article))) {
    return absl::NotFoundError(
        absl::StrCat("no article in the page: it lists articles (",
                     titles_in_page, " headings link to other pages, beside ",
                     text.size(), " bytes of text)"));
  }
  FindDateInText(document.root(), content.text, md);
  internal::TakeSignatureAsAuthor(content.text, content.closing_labels, md);
  internal::DropTranslators(content.text, md);
  return MakeReport(md, std::move(content.text), charset, options.source);
}

// Extraction within its time limit: the walks of ExtractWithinBudget check the
// budget and throw once it is spent.
absl::StatusOr<ExtractionReport> Extract(std::string_view page_bytes,
                                         const ExtractOptions& options) {
  const internal::WorkBudget budget(
      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
          std::chrono::duration<double>(options.time_limit_seconds)));
  try {
    return ExtractWithinBudget(page_bytes, options);
  } catch (const internal::WorkBudgetSpent&) {
    return absl::DeadlineExceededError(
        absl::StrCat("took over ", options.time_limit_seconds,
                     " s to read (newsq gives a page at most that)"));
  }
}

}  // namespace

absl::StatusOr<Article> ExtractArticle(std::string_view page_bytes,
                                       const ExtractOptions& options) {
  absl::StatusOr<ExtractionReport> report = Extract(page_bytes, options);
  if (!report.ok()) return report.status();
  return std::move(report->article);
}

absl::StatusOr<Article> ExtractArticleFromFile(const std::string& path) {
  absl::StatusOr<ExtractionReport> report = ExplainExtractionFromFile(path);
  if (!report.ok()) return report.status();
  return std::move(report->article);
}

absl::StatusOr<ExtractionReport> ExplainExtractionFromStream(
    std::istream& in, std::string_view name, const ExtractOptions& options,
    size_t expected_bytes) {
  // Debian's absl::StrCat does not take a std::string_view.
  const std::string prefix(name);
  std::string bytes;
  bytes.reserve(std::min(expected_bytes, kMaxPageBytes));
  // One byte past the limit tells a page too large, however long the stream
  // (a file that grows as it is read, an endless pipe).
  char chunk[1 << 16];
  while (bytes.size() <= kMaxPageBytes &&
         (in.read(chunk, sizeof chunk) || in.gcount() > 0))
    bytes.append(chunk, static_cast<size_t>(in.gcount()));
  if (in.bad())
    return absl::UnavailableError(absl::StrCat(prefix, ": read error"));
  if (bytes.size() > kMaxPageBytes) {
    return absl::InvalidArgumentError(
        absl::StrCat(prefix, ": page too large (newsq reads pages up to ",
                     kMaxPageBytes >> 20, " MB)"));
  }
  absl::StatusOr<ExtractionReport> report = Extract(bytes, options);
  if (!report.ok()) {
    return absl::Status(report.status().code(),
                        absl::StrCat(prefix, ": ", report.status().message()));
  }
  return report;
}

absl::StatusOr<ExtractionReport> ExplainExtractionFromFile(
    const std::string& path) {
  // Opening a named pipe would block until a writer comes, and a device such
  // as /dev/zero never ends: only regular files are pages.
  std::error_code kind_error;
  const std::filesystem::file_status kind =
      std::filesystem::status(path, kind_error);
  if (!kind_error && std::filesystem::exists(kind) &&
      !std::filesystem::is_regular_file(kind)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": not a regular file"));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    const std::string message = absl::StrCat(path, ": ", std::strerror(error));
    if (error == ENOENT) return absl::NotFoundError(message);
    if (error == EACCES) return absl::PermissionDeniedError(message);
    return absl::UnavailableError(message);
  }
  // A web archive, however large and whatever its name, is told as such;
  // looked at only once the file failed as a page, so pages pay nothing.
  auto or_archive = [&](absl::Status failed) {
    if (failed.code() == absl::StatusCode::kInvalidArgument &&
        internal::LooksLikeWebArchive(path)) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ": not an HTML page (", std::string(kWebArchive), ")"));
    }
    return failed;
  };
  // A huge file is refused before it is read into memory.
  std::error_code size_error;
  const auto size = std::filesystem::file_size(path, size_error);
  if (!size_error && size > kMaxPageBytes) {
    return or_archive(absl::InvalidArgumentError(
        absl::StrCat(path, ": ", TooLarge(static_cast<size_t>(size)))));
  }
  ExtractOptions options;
  options.source = path;
  absl::StatusOr<ExtractionReport> report = ExplainExtractionFromStream(
      in, path, options, size_error ? 0 : static_cast<size_t>(size));
  if (!report.ok()) return or_archive(report.status());
  return report;
}

}  // namespace newsq
