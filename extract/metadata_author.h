// Internal: who wrote the article, chosen among what its page says (JSON-LD,
// <meta>, microdata, bylines, "par <Name>").
#ifndef NEWSQ_EXTRACT_METADATA_AUTHOR_H_
#define NEWSQ_EXTRACT_METADATA_AUTHOR_H_

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "extract/metadata.h"
#include "extract/metadata_tags.h"

namespace newsq::internal {

// Sets md.author and md.sources["author"] from `raw` and the article's JSON-LD
// object `ld` (nullptr when there is none), leaving both unset when the page
// names nobody. md.outlet must already be chosen: an author who is the outlet
// itself is taken only when no person is named.
void ChooseAuthor(const RawTags& raw, const nlohmann::json* ld,
                  PageMetadata& md);

// Whether md.author comes from what the page's markup declares (its JSON-LD
// article, an author <meta>, microdata) rather than from a line of its text,
// which may be a teaser's byline. False when there is no author.
bool AuthorFromMarkup(const PageMetadata& md);

// Takes the signature that closes the article's `text` as md.author when the
// page names no person otherwise: the paragraph right after the last long one
// (only notes and credits follow it), when it is a person's name alone
// ("Denis Clerc", "Par Denis Clerc"), as magazines sign their pieces. A
// signature that is the article's last line was cut from `text` as a label
// (ExtractMainText): it is the first of `closing_labels`, taken when `text`
// ends on a long paragraph and the label after it, if any, is no name too (a
// list of names after an article is its tags).
void TakeSignatureAsAuthor(std::string_view text,
                           const std::vector<std::string>& closing_labels,
                           PageMetadata& md);

// md.author without the names the article's `text` credits for translating
// it ("Traduit de l'anglais par X", "Traduction : X"): a translated piece's
// metadata list the translator beside its writer. A translator who is the
// only name stays (no writer would be left to name).
void DropTranslators(std::string_view text, PageMetadata& md);

// Whether `paragraph`, the first of the article's text, is a byline a
// template put in the body ("Par Mélanie LeBlanc et Rémi Cormier – Publié le
// 5 décembre 2026 à 9 h 15"): a short line that opens on "Par" before names,
// followed by nothing, a date's separator or ", publié le ...", and ends no
// sentence. Its writers become md.author when the page named no author, or
// only some of them (a theme's author field holds one name); an author the
// line does not name stays. The caller leaves the line out of the text.
bool TakeOpeningByline(std::string_view paragraph, PageMetadata& md);

// Whether `paragraph`, the first of the article's text, is the author's
// signature put over the text: a short line that ends no sentence and,
// without its place or role, is md.author ("Aminata DIALLO, à Dakar" in
// bold), or, when the page named no author, a name and a writer's role
// ("Ginette Boisvert, collaboration spéciale"), whose name becomes md.author.
// The caller leaves it out of the text.
bool TakeOpeningSignature(std::string_view paragraph, PageMetadata& md);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_METADATA_AUTHOR_H_
