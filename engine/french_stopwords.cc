#include "engine/french_stopwords.h"

namespace newsq::internal {

std::span<const std::string_view> FrenchStopWords() {
  static constexpr std::string_view kWords[] = {
      "au",      "aux",      "avec",   "ce",      "ces",     "dans",
      "de",      "des",      "du",     "elle",    "en",      "et",
      "eux",     "il",       "ils",    "je",      "la",      "le",
      "les",     "leur",     "lui",    "ma",      "mais",    "me",
      "meme",    "mes",      "moi",    "mon",     "ne",      "nos",
      "notre",   "nous",     "on",     "ou",      "par",     "pas",
      "pour",    "qu",       "que",    "qui",     "sa",      "se",
      "ses",     "son",      "sur",    "ta",      "te",      "tes",
      "toi",     "ton",      "tu",     "un",      "une",     "vos",
      "votre",   "vous",     "c",      "d",       "j",       "l",
      "a",       "m",        "n",      "s",       "t",       "y",
      "ete",     "etee",     "etees",  "etes",    "etant",   "etante",
      "etants",  "etantes",  "suis",   "es",      "est",     "sommes",
      "sont",    "serai",    "seras",  "sera",    "serons",  "serez",
      "seront",  "serais",   "serait", "serions", "seriez",  "seraient",
      "etais",   "etait",    "etions", "etiez",   "etaient", "fus",
      "fut",     "fumes",    "futes",  "furent",  "sois",    "soit",
      "soyons",  "soyez",    "soient", "fusse",   "fusses",  "fussions",
      "fussiez", "fussent",  "ayant",  "ayante",  "ayantes", "ayants",
      "eu",      "eue",      "eues",   "eus",     "ai",      "as",
      "avons",   "avez",     "ont",    "aurai",   "auras",   "aura",
      "aurons",  "aurez",    "auront", "aurais",  "aurait",  "aurions",
      "auriez",  "auraient", "avais",  "avait",   "avions",  "aviez",
      "avaient", "eut",      "eumes",  "eutes",   "eurent",  "aie",
      "aies",    "ait",      "ayons",  "ayez",    "aient",   "ceci",
      "cela",    "cet",      "cette"};
  return kWords;
}

}  // namespace newsq::internal
