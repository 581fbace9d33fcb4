#include "entities/entity_lexicon.h"

namespace newsq::internal {

// Capitalised words that begin sentences without naming anything.
const absl::flat_hash_set<std::string_view>& SentenceWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Le",        "La",        "Les",       "Un",          "Une",
      "Des",       "Du",        "De",        "Ce",          "Cet",
      "Cette",     "Ces",       "Selon",     "Mais",        "Pour",
      "Hors",      "Sauf",      "Outre",     "Malgré",      "Parmi",
      "Dans",      "En",        "Au",        "Aux",         "Il",
      "Elle",      "Ils",       "Elles",     "On",          "Nous",
      "Vous",      "Je",        "Si",        "Alors",       "Après",
      "Avant",     "Depuis",    "Lors",      "Par",         "Sur",
      "Avec",      "Sans",      "Chez",      "Quand",       "Comme",
      "Et",        "Or",        "Donc",      "Puis",        "Ainsi",
      "Enfin",     "Pourtant",  "Cependant", "Toutefois",   "Là",
      "Ici",       "Son",       "Sa",        "Ses",         "Leur",
      "Leurs",     "Notre",     "Nos",       "Votre",       "Tout",
      "Tous",      "Toute",     "Toutes",    "Plusieurs",   "Certains",
      "Certaines", "Aucun",     "Aucune",    "Chaque",      "Quel",
      "Quelle",    "À",         "Face",      "Entre",       "Pendant",
      "Dès",       "Vers",      "Contre",    "Malgré",      "Parmi",
      "Outre",     "Côté",      "Autre",     "Même",        "Encore",
      "Aussi",     "Déjà",      "Hier",      "Demain",      "Lundi",
      "Mardi",     "Mercredi",  "Jeudi",     "Vendredi",    "Samedi",
      "Dimanche",  "Oui",       "Non",       "Publié",      "Mis",
      "Suivez",    "Lire",      "Voir",      "Qui",         "Que",
      "Quoi",      "Où",        "Comment",   "Pourquoi",    "Combien",
      "Reste",     "Seul",      "Seule",     "Cela",        "Ceci",
      "Celui",     "Celle",     "Ceux",      "Il y",        "Faute",
      "Sous",      "Grâce",     "Afin",      "Reste",       "Pas",
      "Plus",      "Moins",     "Très",      "Trop",        "Bien",
      "Mal",       "Désormais", "Jusqu",     "Lorsque",     "Parce",
      "Puisque",   "Tandis",    "Bref",      "Ensuite",     "Également",
      "Surtout",   "Notamment", "Autrement", "Certes",      "Parfois",
      "Souvent",   "Toujours",  "Jamais",    "Rien",        "Personne",
      "Chacun",    "Beaucoup",  "Peu",       "Environ",     "Près",
      "Loin",      "Dont",      "Car",       "Ni",          "Soit",
      "Voici",     "Voilà",     "Ah",        "Oh",          "Eh",
      "Mme",       "M",         "Mlle",      "Me",          "Dr",
      "MM",        "Mmes",      "Mlles",     "Pr",          "Mgr",
      "Devant",    "Derrière",  "Quelques",  "Fini",        "Dernier",
      "Dernière",  "Nouveau",   "Nouvelle",  "Mieux",       "Pire",
      "Hormis",    "Sauf",      "Voire",     "Quant",       "Quelque",
      "Aujourd",   "Désormais", "Ailleurs",  "Côté",        "Résultat",
      "Problème",  "Question",  "Objectif",  "Bilan",       "Conclusion",
      "Attention", "Exemple",   "Ensemble",  "Autant",      "Tant",
      "Ceux-ci",   "Celle-ci",  "Celui-ci",  "Aujourd'hui", "Aujourd’hui",
      "Ça",        "Mon",       "Ma",        "Mes",         "Ton",
      "Ta",        "Deux",      "Trois",     "Quatre",      "Cinq",
      "Six",       "Sept",      "Huit",      "Neuf",        "Dix",
      "Cent",      "Mille"};
  return *words;
}

// Words that join the parts of a name: "Société d'énergie et d'eau du Gabon",
// "Van der Bellen".
const absl::flat_hash_set<std::string_view>& Particles() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "de",  "du",  "des", "la", "le", "van", "von", "der", "den",
      "ben", "bin", "el",  "al", "di", "da",  "dos", "das", "y"};
  return *words;
}

// Titles written before a person's name, which stay outside it: "Mme Roux"
// names Roux.
const absl::flat_hash_set<std::string_view>& CourtesyTitles() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Pr", "Mgr"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& PersonCues() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "M.", "M", "Mme", "Mlle", "MM.", "MM", "Mmes", "Mlles", "Me", "Dr", "Pr",
      "Mgr", "président", "présidente", "ministre", "PDG", "patron", "patronne",
      "directeur", "directrice", "entraîneur", "sélectionneur", "milliardaire",
      "fondateur", "fondatrice", "porte-parole", "attaquant", "joueur", "chef",
      "roi", "prince", "secrétaire", "maire", "député", "députée", "sénateur",
      "juge", "avocat", "journaliste", "pape", "reine", "princesse", "colonel",
      "général", "abbé", "cardinal", "chanteur", "chanteuse", "acteur",
      "actrice", "écrivain", "philosophe",
      // Occupations news and reference texts put before a name in
      // apposition ("l'historien Pierre Nora", "le géographe Strabon").
      "historien", "historienne", "géographe", "poète", "poétesse", "peintre",
      "sculpteur", "compositeur", "compositrice", "musicien", "musicienne",
      "pianiste", "violoniste", "guitariste", "réalisateur", "réalisatrice",
      "cinéaste", "romancier", "romancière", "dramaturge", "architecte",
      "mathématicien", "physicien", "astronome", "médecin", "économiste",
      "sociologue", "chercheur", "chercheuse", "professeur", "empereur",
      "impératrice", "pharaon", "sultan", "calife", "tsar", "footballeur",
      "footballeuse", "cycliste", "boxeur", "nageur", "nageuse", "joueuse",
      "rappeur", "rappeuse", "humoriste", "comédien", "comédienne", "animateur",
      "animatrice", "présentateur", "présentatrice", "photographe",
      "dessinateur", "scénariste", "chroniqueur", "chroniqueuse", "militant",
      "militante", "opposant", "opposante", "gouverneur", "ambassadeur",
      "ambassadrice", "procureur", "procureure", "préfet", "préfète",
      "chancelier", "chancelière", "vice-président", "vice-présidente"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& OrganisationWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Société", "Groupe", "Banque", "Ministère", "Commission", "Organisation",
      "Union", "Fondation", "Université", "Association", "Agence", "Conseil",
      "Cour", "Parti", "Fédération", "Office", "Institut", "Capital", "Mining",
      "AI", "Inc", "Corp", "SA", "Group", "Airport", "FC", "Club", "Athletic",
      "Stade", "Journal", "Assemblée", "Sénat", "Gouvernement", "Nations",
      "Fonds", "Compagnie", "Entreprise", "Syndicat", "Tribunal", "Police",
      "Armée", "Mairie", "Région", "Département", "Métropole", "Rectorat",
      "Bourse", "Technologies", "Labs", "Media", "Médias", "Press", "Presse",
      "Olympique", "Paris-SG", "Saint-Germain", "Real", "Inter", "Ligue",
      "Maison", "Records", "Studios", "Studio", "Pictures", "Entertainment",
      "Airlines", "Airways", "Motors", "Bank", "University", "College",
      "Institute", "Company", "Corporation", "Ltd", "GmbH", "AG", "Holding",
      "Party", "Council", "Committee", "Agency", "Society", "Foundation",
      "United", "Rovers", "Wanderers", "Sporting", "Racing", "Dynamo", "Lycée",
      "Collège", "École", "Hôpital", "Comité", "Parlement", "Haut-Commissariat",
      "Network", "Systems", "Software", "Games", "Electronics", "Motor",
      "Railways", "Railway", "Télévision", "Radio", "TV",
      // A company's trade in the plural: "Hélioparc Énergies".
      "Énergies", "Services", "Industries", "Solutions", "Systèmes",
      "Assurances",
      // Local authorities: "Collectivité territoriale de Martinique",
      // "Communauté de communes du Pays de Gex".
      "Collectivité", "Agglomération", "Communauté", "Régie",
      // Companies' words after their founder's or brand's name: "Vinci
      // Construction", "Schneider Electric", "Lazard Frères Gestion",
      // "Thales Alenia Space", "Terminal Investment Limited".
      "Construction", "Electric", "Energy", "Gestion", "Frères", "Bros",
      "Limited", "Ventures", "Partners", "Logistics", "Terminals", "Space",
      "Aerospace", "Pharma", "Telecom", "Télécom", "Communications",
      "Mobilités", "Automobiles", "Aviation", "Consulting", "Finance"};
  return *words;
}

// ISO 3166's countries and larger subdivisions, generated from iso-codes.
const absl::flat_hash_set<std::string_view>& RegisteredPlaces() {
  static const auto* names = new absl::flat_hash_set<std::string_view>{
#include "entities/registered_places.inc"
  };
  return *names;
}

// Countries, regions, cities, seas, mountains and rivers that French news
// names: enough to type common places.
const absl::flat_hash_set<std::string_view>& KnownPlaces() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "France", "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille",
      "Nantes", "Strasbourg", "Nice", "Brest", "Guingamp", "Belgique",
      "Bruxelles", "Liège", "Namur", "Charleroi", "Wallonie", "Flandre",
      "Suisse", "Genève", "Lausanne", "Berne", "Zurich", "Luxembourg", "Québec",
      "Montréal", "Canada", "Maroc", "Rabat", "Casablanca", "Marrakech",
      "Tanger", "Fès", "Agadir", "Algérie", "Alger", "Tunisie", "Tunis",
      "Sénégal", "Dakar", "Mali", "Bamako", "Niger", "Niamey", "Burkina",
      "Ouagadougou", "Côte d'Ivoire", "Abidjan", "Guinée", "Conakry", "Gabon",
      "Libreville", "Cameroun", "Yaoundé", "Douala", "Gambie", "Banjul",
      "Ghana", "Accra", "Nigeria", "Togo", "Lomé", "Bénin", "Cotonou",
      "Mauritanie", "Tchad", "Congo", "Kinshasa", "Afrique", "Europe", "Asie",
      "Amérique", "Chine", "Pékin", "Inde", "Japon", "Russie", "Moscou",
      "Ukraine", "Kiev", "Israël", "Gaza", "Palestine", "Liban", "Syrie",
      "Iran", "Égypte", "Le Caire", "Espagne", "Madrid", "Bilbao", "Allemagne",
      "Berlin", "Italie", "Rome", "Royaume-Uni", "Londres", "Angleterre",
      "Twickenham", "États-Unis", "Washington", "New York", "Californie",
      "Mexique", "Brésil", "Al Haouz", "Lyonnais", "Rhône", "Île-de-France",
      "Sahel",
      // Countries and territories, as French news writes them.
      "Afghanistan", "Afrique du Sud", "Albanie", "Andorre", "Angola",
      "Arabie saoudite", "Argentine", "Arménie", "Australie", "Autriche",
      "Azerbaïdjan", "Bahreïn", "Bangladesh", "Biélorussie", "Birmanie",
      "Bolivie", "Bosnie", "Botswana", "Bulgarie", "Burundi", "Cambodge",
      "Cap-Vert", "Centrafrique", "Chili", "Chypre", "Colombie", "Comores",
      "Corée du Nord", "Corée du Sud", "Corée", "Costa Rica", "Croatie", "Cuba",
      "Danemark", "Djibouti", "Dubaï", "Écosse", "Émirats arabes unis",
      "Équateur", "Érythrée", "Estonie", "Éthiopie", "Finlande", "Géorgie",
      "Grèce", "Groenland", "Guadeloupe", "Guatemala", "Guyane", "Haïti",
      "Honduras", "Hongrie", "Indonésie", "Irak", "Irlande", "Islande",
      "Jamaïque", "Jordanie", "Kazakhstan", "Kenya", "Kosovo", "Koweït", "Laos",
      "Lettonie", "Libye", "Liechtenstein", "Lituanie", "Macédoine",
      "Madagascar", "Malaisie", "Malawi", "Maldives", "Malte", "Martinique",
      "Maurice", "Mayotte", "Moldavie", "Monaco", "Mongolie", "Monténégro",
      "Mozambique", "Namibie", "Népal", "Nicaragua", "Norvège",
      "Nouvelle-Calédonie", "Nouvelle-Zélande", "Oman", "Ouganda",
      "Ouzbékistan", "Pakistan", "Panama", "Paraguay", "Pays-Bas",
      "Pays basque", "Pérou", "Philippines", "Pologne", "Polynésie", "Portugal",
      "Qatar", "République tchèque", "Roumanie", "Rwanda", "Salvador", "Serbie",
      "Singapour", "Slovaquie", "Slovénie", "Somalie", "Soudan", "Sri Lanka",
      "Suède", "Syrie", "Taïwan", "Tanzanie", "Thaïlande", "Tibet", "Turquie",
      "Ukraine", "Uruguay", "Venezuela", "Vietnam", "Viêt Nam", "Yémen",
      "Zambie", "Zimbabwe", "La Réunion", "Réunion", "Corse", "Bretagne",
      "Normandie", "Occitanie", "Provence", "Alsace", "Lorraine", "Auvergne",
      "Bourgogne", "Aquitaine", "Nouvelle-Aquitaine", "Hauts-de-France",
      "Grand Est", "Pays de la Loire", "Centre-Val de Loire", "Savoie",
      "Picardie", "Champagne", "Ardennes", "Vendée", "Gironde", "Finistère",
      "Catalogne", "Andalousie", "Bavière", "Sicile", "Sardaigne", "Toscane",
      "Lombardie", "Flandres", "Bruxelles-Capitale", "Valais", "Vaud", "Tessin",
      "Ontario", "Colombie-Britannique", "Alberta", "Manitoba",
      "Nouveau-Brunswick", "Nouvelle-Écosse", "Acadie", "Kabylie", "Sahara",
      "Maghreb", "Cisjordanie", "Crimée", "Donbass", "Kurdistan", "Tchétchénie",
      "Sibérie", "Scandinavie", "Balkans", "Caraïbes", "Antilles",
      "Moyen-Orient", "Proche-Orient", "Amérique latine", "Amérique du Nord",
      "Amérique du Sud", "Océanie", "Antarctique", "Arctique", "Méditerranée",
      "Atlantique", "Pacifique", "Manche", "Alpes", "Pyrénées", "Himalaya",
      "Jura", "Vosges", "Massif central", "Seine", "Loire", "Garonne", "Rhin",
      "Danube", "Nil", "Amazonie", "Mississippi", "Saint-Laurent",
      // States and provinces often in the news.
      "Texas", "Floride", "Ohio", "Géorgie", "Virginie", "Michigan",
      "Pennsylvanie", "Arizona", "Nevada", "Colorado", "Oregon", "Alaska",
      "Hawaï", "Louisiane", "Caroline du Nord", "Caroline du Sud", "Illinois",
      "Massachusetts", "Minnesota", "Wisconsin", "Utah", "Kentucky",
      "Tennessee", "Alabama", "Missouri", "Iowa",
      // Cities.
      "Marseille", "Montpellier", "Rennes", "Reims", "Le Havre", "Toulon",
      "Grenoble", "Dijon", "Angers", "Nîmes", "Clermont-Ferrand", "Limoges",
      "Tours", "Amiens", "Metz", "Besançon", "Perpignan", "Orléans", "Rouen",
      "Caen", "Mulhouse", "Nancy", "Avignon", "Poitiers", "La Rochelle", "Pau",
      "Bayonne", "Biarritz", "Cannes", "Antibes", "Ajaccio", "Bastia", "Calais",
      "Dunkerque", "Saint-Étienne", "Lourdes", "Versailles", "Saint-Denis",
      "Nanterre", "Créteil", "Bobigny", "Anvers", "Gand", "Bruges", "Mons",
      "Tournai", "Louvain", "Ottignies", "Verviers", "Arlon", "Neuchâtel",
      "Fribourg", "Sion", "Lugano", "Bâle", "Québec", "Ottawa", "Toronto",
      "Vancouver", "Calgary", "Sherbrooke", "Trois-Rivières", "Gatineau",
      "Laval", "Oran", "Constantine", "Annaba", "Sfax", "Sousse", "Meknès",
      "Oujda", "Tétouan", "Nouakchott", "Saint-Louis", "Thiès",
      "Bobo-Dioulasso", "Brazzaville", "Lubumbashi", "Goma", "Kigali",
      "Bujumbura", "Antananarivo", "Port-au-Prince", "Londres", "Manchester",
      "Liverpool", "Birmingham", "Édimbourg", "Glasgow", "Dublin", "Lisbonne",
      "Porto", "Barcelone", "Séville", "Valence", "Milan", "Turin", "Naples",
      "Florence", "Venise", "Gênes", "Munich", "Hambourg", "Francfort",
      "Cologne", "Stuttgart", "Vienne", "Amsterdam", "Rotterdam", "La Haye",
      "Copenhague", "Stockholm", "Oslo", "Helsinki", "Varsovie", "Cracovie",
      "Prague", "Budapest", "Bucarest", "Sofia", "Belgrade", "Zagreb",
      "Athènes", "Istanbul", "Ankara", "Téhéran", "Bagdad", "Damas", "Beyrouth",
      "Jérusalem", "Tel-Aviv", "Tel Aviv", "Amman", "Riyad", "Doha",
      "Abou Dhabi", "Le Cap", "Johannesburg", "Nairobi", "Addis-Abeba", "Lagos",
      "Abuja", "Khartoum", "Tripoli", "Kaboul", "Islamabad", "New Delhi",
      "Delhi", "Bombay", "Bangkok", "Hanoï", "Séoul", "Tokyo", "Osaka",
      "Shanghai", "Hong Kong", "Pékin", "Taipei", "Manille", "Jakarta",
      "Sydney", "Melbourne", "Los Angeles", "San Francisco", "Chicago",
      "Boston", "Miami", "Las Vegas", "Houston", "Dallas", "Seattle", "Atlanta",
      "Philadelphie", "La Nouvelle-Orléans", "Detroit", "Mexico",
      "Buenos Aires", "Rio de Janeiro", "São Paulo", "Sao Paulo", "Brasilia",
      "Santiago", "Lima", "Bogota", "Caracas", "La Havane", "Saint-Pétersbourg",
      "Minsk", "Kharkiv", "Odessa", "Marioupol", "Tbilissi", "Erevan", "Bakou",
      "Davos", "Strasbourg", "Bruxelles", "Genève"};
  return *words;
}

// Given names common in French-language news (France, Belgium, Switzerland,
// Québec, the Maghreb, West Africa) and in international news: a run of
// capitalised words that starts with one names a person.
const absl::flat_hash_set<std::string_view>& FirstNames() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      // French and Belgian.
      "Adrien", "Agnès", "Alain", "Alexandre", "Alexis", "Alice", "Aline",
      "Amélie", "Anne", "Annie", "André", "Antoine", "Arnaud", "Arthur",
      "Audrey", "Aurélie", "Aurélien", "Axel", "Baptiste", "Benjamin", "Benoît",
      "Bernard", "Bertrand", "Brigitte", "Bruno", "Camille", "Carole",
      "Caroline", "Catherine", "Cécile", "Céline", "Charles", "Charlotte",
      "Chantal", "Christian", "Christine", "Christophe", "Claire", "Claude",
      "Clément", "Corinne", "Damien", "Daniel", "Danielle", "David", "Delphine",
      "Denis", "Didier", "Dominique", "Édouard", "Élisabeth", "Élise", "Élodie",
      "Emma", "Emmanuel", "Emmanuelle", "Éric", "Étienne", "Fabien", "Fabrice",
      "Florence", "Florian", "Francis", "François", "Françoise", "Frédéric",
      "Gabriel", "Gaël", "Gérald", "Gérard", "Gilles", "Grégoire", "Guillaume",
      "Guy", "Hélène", "Henri", "Hervé", "Hugo", "Hugues", "Isabelle",
      "Jacques", "Jean", "Jean-Claude", "Jean-François", "Jean-Louis",
      "Jean-Luc", "Jean-Marc", "Jean-Marie", "Jean-Michel", "Jean-Paul",
      "Jean-Pierre", "Jean-Yves", "Jeanne", "Jérôme", "Joël", "Jordan",
      "Joseph", "Julie", "Julien", "Juliette", "Karine", "Laetitia", "Laura",
      "Laurence", "Laurent", "Léa", "Léon", "Louis", "Luc", "Lucas", "Lucie",
      "Ludovic", "Manon", "Manuel", "Marc", "Marcel", "Margaux", "Marguerite",
      "Marie", "Marine", "Marion", "Martin", "Martine", "Mathieu", "Matthieu",
      "Maxime", "Michel", "Michèle", "Mickaël", "Monique", "Muriel", "Nathalie",
      "Nicolas", "Noël", "Olivier", "Pascal", "Pascale", "Patrice", "Patrick",
      "Paul", "Philippe", "Pierre", "Pierre-Yves", "Quentin", "Raphaël",
      "Raymond", "Rémi", "Rémy", "Renaud", "René", "Richard", "Robert", "Roger",
      "Romain", "Sandrine", "Sarah", "Sébastien", "Ségolène", "Serge", "Simone",
      "Sophie", "Stéphane", "Stéphanie", "Sylvain", "Sylvie", "Thibault",
      "Thierry", "Thomas", "Valérie", "Véronique", "Vincent", "Virginie",
      "Xavier", "Yann", "Yannick", "Yves", "Zoé", "Bart", "Elio",
      "Charles-Michel", "Georges", "Alexander", "Sven", "Maxime", "Théo",
      "Jules", "Gabrielle",
      // Québec.
      "Justin", "Stephen", "Brian", "Jean-Guy", "Gaétan", "Ginette", "Réjean",
      "Sylvio", "Mélanie", "Geneviève", "Valérie", "Legault",
      // Maghreb and the Middle East.
      "Abdelaziz", "Abdelkader", "Abdellah", "Abdelmadjid", "Abdallah", "Abdel",
      "Abdoulaye", "Ahmed", "Aïcha", "Ali", "Amine", "Amina", "Aziz", "Bachir",
      "Driss", "Fatima", "Fatiha", "Habib", "Hassan", "Hicham", "Hamid",
      "Houda", "Ibrahim", "Ismaïl", "Kais", "Kaïs", "Karim", "Khalid", "Khaled",
      "Leïla", "Mahmoud", "Malik", "Mehdi", "Mohamed", "Mohammed", "Mostafa",
      "Moulay", "Mounir", "Mourad", "Mustapha", "Nabil", "Nadia", "Najib",
      "Nasser", "Omar", "Rachid", "Rachida", "Saïd", "Salah", "Samir", "Samira",
      "Sofiane", "Tarik", "Yacine", "Yasmina", "Youssef", "Zineb", "Benyamin",
      "Bachar",
      // West and Central Africa.
      "Alassane", "Amadou", "Aminata", "Assimi", "Boubacar", "Cheikh", "Denis",
      "Fatou", "Félix", "Idriss", "Issa", "Macky", "Mamadou", "Moussa",
      "Ousmane", "Paul", "Roch", "Seydou", "Souleymane", "Yaya", "Faure",
      "Patrice", "Mahamat", "Ibrahim", "Bassirou", "Ousmane",
      // International.
      "Adam", "Alan", "Albert", "Andrew", "Angela", "Anthony", "Ari", "Barack",
      "Bill", "Bob", "Boris", "Carlos", "Chris", "Christopher", "Dmitri",
      "Donald", "Elizabeth", "Elon", "Emily", "Friedrich", "George", "Giorgia",
      "Hillary", "Hugh", "Jack", "James", "Janet", "Javier", "Jeff", "Jennifer",
      "Jerome", "Jim", "Joe", "John", "Jonathan", "Jordan", "José", "Juan",
      "Kamala", "Keir", "Kim", "Lionel", "Luis", "Luiz", "Mark", "Mary",
      "Matteo", "Michael", "Mike", "Narendra", "Nancy", "Olaf", "Pedro",
      "Peter", "Rishi", "Robert", "Ron", "Sam", "Sergueï", "Steve", "Sundar",
      "Satya", "Tim", "Tony", "Ursula", "Viktor", "Vladimir", "Volodymyr", "Xi",
      "Recep", "Ali", "William", "Wolfgang", "Marco", "Mario", "Giuseppe",
      "Antonio", "Francesco", "Pablo", "Diego", "Cristiano", "Kylian",
      "Zinédine", "Karim", "Didier", "Neymar", "Rafael", "Roger", "Novak",
      "Serena", "Lewis", "Max", "Ludwig", "Johann", "Wolfgang", "Leonardo",
      "Vincent", "Victor", "Henry", "Edward", "Margaret", "Winston", "Franklin",
      "Abraham", "Thomas", "Napoléon", "Isaac", "Albert", "Marie-Antoinette",
      "Frédéric", "Otto", "Karl", "Hans", "Helmut", "Gerhard", "Igor", "Ivan",
      "Nikolaï", "Alexeï", "Mikhaïl", "Iouri", "Sergio", "Silvio", "Benito",
      "Fidel", "Hugo", "Evo", "Nelson", "Kofi", "Desmond", "Yasser", "Mahmoud",
      "Benjamin", "Shimon", "Golda", "Ariel", "Indira", "Mahatma", "Jawaharlal",
      "Shinzo", "Fumio", "Greta", "Taylor", "Beyoncé", "Madonna", "Michael",
      "Elvis", "Paul", "Ringo", "David", "Steven", "Martin", "Quentin", "Woody",
      "Brad", "Tom", "Leonardo", "Scarlett", "Natalie", "Meryl", "Robert", "Al",
      "Jack", "Marilyn", "Audrey", "Grace", "Stanley", "Alfred", "Orson",
      "Charlie", "Buster", "Fred", "Gene", "Frank", "Dean", "Ray", "Stevie",
      "Aretha", "Whitney", "Prince", "Kurt", "Eddie", "Jimmy", "Jimi", "Mick",
      "Keith", "Freddie", "Roman", "Sergei", "Dmitry", "Lech", "Václav", "Jan",
      "Pieter", "Willem", "Anders", "Lars", "Erik", "Magnus", "Olof", "Gustav"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& PlaceWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Lac", "Mont", "Monts", "Île", "Îles", "Cap", "Golfe", "Baie", "Val",
      "Vallée", "Pointe", "Port", "Fort", "Col", "Massif", "Plateau", "Détroit",
      "Canal", "Lake", "Mount", "River", "Island", "Islands", "Bay", "Valley",
      "Harbour", "Harbor", "Beach", "Springs", "Falls", "Creek", "Peak",
      "Hills", "County", "Province", "San", "Santa", "São", "Saint", "Sainte",
      "Sankt", "Nueva", "Nuevo", "Puerto", "Rio", "Porto", "Costa", "Sierra",
      "Nord", "Sud", "Oriental", "Occidental", "Septentrional", "Méridional",
      "Mer", "Océan", "Park", "Garden", "Gardens", "Castle", "Highway",
      "Center", "Town", "City", "Glen", "Mountains", "Hall", "Square", "Street",
      "Avenue", "Road", "Bridge", "Stadium", "Pradesh", "State",
      // Maghreb place names open with a word for a district, a spring, a
      // river, a gate, a fort, a mountain, a hamlet or a well ("Hay
      // Mohammadi", "Aïn El Turck", "Oued Zem", "Bab Ezzouar", "Tizi Ouzou");
      // Senegal's with Wolof's word for a house ("Keur Massar"). Not "Dar"
      // nor "Ouro", surnames too ("Ishaq Dar", "Ouro-Akpo").
      "Hay", "Haï", "Aïn", "Ain", "Oued", "Bab", "Ksar", "Djebel", "Jebel",
      "Tizi", "Douar", "Bir", "Keur",
      // The Maghreb's and the Levant's for a tower, a well, a monastery, a
      // water wheel, a hill, a market, a house or a tribe ("Bordj Bou
      // Arreridj", "Hassi Messaoud", "Deir Ammar", "Sakiet Ezzit", "Koudiet
      // Eddraouch", "Khemis Miliana", "Menzel Bourguiba", "Beni Mellal"); not
      // "Ras", a cape's but a title and a given name too ("Ras Baraka").
      "Bordj", "Hassi", "Deir", "Sakiet", "Koudiet", "Khemis", "Menzel",
      "Beni"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& GeographicAdjectives() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "centrale", "central", "occidentale", "occidental", "orientale",
      "oriental", "méridionale", "méridional", "septentrionale",
      "septentrional", "équatoriale", "équatorial", "française", "britannique",
      "néerlandaise", "portugaise", "espagnole", "italienne", "allemande",
      "danoise", "maritime", "insulaire", "continentale", "continental",
      "polaire", "antarctique", "subsaharienne", "saharienne", "occupée",
      "ottomane", "romaine", "latine", "anglo-saxonne", "arabe", "arabes",
      "unis", "unies",
      // States' adjectives whose endings LooksLikeAdjective does not know
      // ("Empire russe", "Empire ottoman").
      "ottoman", "russe", "byzantin", "mongol", "perse", "allemand", "khmer",
      "chinois", "turc", "grec", "serbe", "bulgare", "suédois", "danois",
      "polonais", "hongrois", "austro-hongrois", "inca", "aztèque"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& GenericNouns() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "État", "États", "Etat", "République", "Union", "Commission", "Cour",
      "Conseil", "Premier", "Première", "Bureau", "Nord", "Sud", "Est", "Ouest",
      "Coupe", "Tournoi", "Ligue", "Stade", "Société", "Organisation",
      "Université", "Justice", "Président", "Présidente", "Affaires",
      "Gouvernement", "Assemblée", "Parlement", "Ministère", "Ministre",
      "Sénat", "Midi", "Internet", "Web", "Église", "Armée", "Police",
      "Préfecture", "Région", "Département", "Ville", "Mairie", "Agence",
      "Fédération", "Parti", "Institut", "Fondation", "Groupe", "Banque",
      "Bourse", "Tribunal", "Chambre", "Conférence", "Sommet", "Championnat",
      "Maison", "Palais", "Dieu", "Histoire", "Constitution", "Résistance",
      "Libération", "Occident", "Nation", "Nations", "Terre", "Lune", "Soleil",
      "Administration", "Défense", "Intérieur", "Économie", "Santé",
      "Éducation", "Culture", "Travail", "Finances", "Direction",
      // Local authorities and public companies, named in full ("Collectivité
      // territoriale de Martinique", "Agglomération de Fribourg") or not.
      "Collectivité", "Agglomération", "Régie",
      // Headline tags in capitals.
      "VIDÉO", "VIDEO", "PHOTO", "PHOTOS", "DIRECT", "INFO", "EXCLUSIF",
      "EXCLU", "ALERTE", "INSOLITE", "CARTE", "REPLAY",
      // Demonyms: people of a place, written capitalised, not names.
      "Français", "Française", "Françaises", "Parisien", "Parisiens",
      "Parisienne", "Européens", "Américains", "Américain", "Belges", "Suisses",
      "Italiens", "Allemands", "Britanniques", "Anglais", "Espagnols",
      "Chinois", "Russes", "Marocains", "Algériens", "Québécois", "Canadiens",
      "Africains", "Allemande", "Allemand", "Américaine", "Belge", "Italienne",
      "Italien", "Espagnole", "Espagnol", "Britannique", "Marocain",
      "Marocaine", "Sénégalais", "Sénégalaise", "Gabonais", "Maliens", "Malien",
      "Ivoiriens", "Ivoirien", "Tunisiens", "Wallons", "Flamands", "Bruxellois",
      "Genevois", "Lausannois", "Lyonnais", "Marseillais", "Brestois",
      // One person of a country ("le Russe Sergueï Lazarev", "la Norvégienne
      // Ada Hegerberg"): masculine and feminine. Left out: words that are
      // also a place, a surname or a club ("Suisse", "Indien", "Gallois",
      // "le Canadien de Montréal").
      "Russe", "Biélorusse", "Norvégien", "Norvégienne", "Suédois", "Suédoise",
      "Danois", "Danoise", "Finlandais", "Finlandaise", "Islandais",
      "Islandaise", "Irlandais", "Irlandaise", "Écossais", "Écossaise",
      "Anglaise", "Néerlandais", "Néerlandaise", "Portugais", "Portugaise",
      "Polonais", "Polonaise", "Tchèque", "Slovaque", "Hongrois", "Hongroise",
      "Autrichien", "Autrichienne", "Roumain", "Roumaine", "Bulgare", "Serbe",
      "Croate", "Slovène", "Grec", "Grecque", "Turc", "Turque", "Kurde",
      "Ukrainien", "Ukrainienne", "Géorgien", "Géorgienne", "Arménien",
      "Arménienne", "Israélien", "Israélienne", "Palestinien", "Palestinienne",
      "Libanais", "Libanaise", "Syrien", "Syrienne", "Irakien", "Irakienne",
      "Iranien", "Iranienne", "Saoudien", "Saoudienne", "Égyptien",
      "Égyptienne", "Libyen", "Libyenne", "Tunisien", "Tunisienne", "Algérien",
      "Algérienne", "Mauritanien", "Mauritanienne", "Camerounais",
      "Camerounaise", "Ivoirienne", "Guinéen", "Guinéenne", "Togolais",
      "Togolaise", "Béninois", "Béninoise", "Burkinabè", "Nigérian",
      "Nigériane", "Ghanéen", "Ghanéenne", "Congolais", "Congolaise",
      "Rwandais", "Rwandaise", "Kényan", "Kényane", "Éthiopien", "Éthiopienne",
      "Sud-Africain", "Sud-Africaine", "Chinoise", "Japonais", "Japonaise",
      "Coréen", "Coréenne", "Vietnamien", "Vietnamienne", "Thaïlandais",
      "Thaïlandaise", "Indonésien", "Indonésienne", "Pakistanais",
      "Pakistanaise", "Afghan", "Afghane", "Australien", "Australienne",
      "Néo-Zélandais", "Néo-Zélandaise", "Canadienne", "Québécoise", "Mexicain",
      "Mexicaine", "Brésilien", "Brésilienne", "Argentin", "Chilien",
      "Chilienne", "Colombien", "Colombienne", "Vénézuélien", "Vénézuélienne",
      "Cubain", "Cubaine", "Haïtien", "Haïtienne", "Luxembourgeois",
      "Luxembourgeoise", "Monégasque", "Suissesse", "Kazakh", "Kazakhe",
      // Institutions named by a common noun alone, and the nouns of
      // ministries' remits ("ministère de l'Industrie et de l'Innovation").
      "Congrès", "Trésor", "Hexagone", "Royaume", "Industrie", "Innovation",
      "Recherche", "Enseignement", "Agriculture", "Environnement", "Transports",
      "Infrastructures", "Commerce", "Énergie", "Emploi", "Logement", "Pêches",
      "Sports", "Jeunesse",
      // Product tiers ("l'offre Pro").
      "Pro", "Plus", "Premium",
      // Abbreviations of common nouns and units, written in capitals.
      "IA", "AI", "PIB", "ONG", "PME", "TPE", "ETI", "TVA", "PDG", "CEO", "DG",
      "DRH", "RH", "LED", "SMS", "GPS", "USB", "CO2", "HT", "TTC", "CDI", "CDD",
      "HLM", "ZFE", "VTC", "QG", "PV", "BTP", "SDF", "ADN", "OGM", "IVG", "JT",
      "TV", "PC", "OPA", "IPO", "MMDH", "MDH", "DH", "MD", "Mds", "TWh", "kWh",
      "MWh", "GWh", "MW", "GW", "KM", "UV", "VIP", "FAQ", "PDF", "CFA", "DVD",
      "CD", "DJ", "KO", "EP", "LP", "HTML", "HTTP", "URL", "API", "CPU", "GPU",
      "RAM", "SUV"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& NamesNothingAlone() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      // Ministers' portfolios ("ministre de la Mobilité", "ministère de la
      // Pêche et de l'Élevage").
      "Mobilité", "Numérique", "Écologie", "Solidarités", "Armées", "Famille",
      "Familles", "Pêche", "Élevage", "Mines", "Tourisme", "Artisanat",
      "Habitat",
      // A market's noun, capitalised alone ("au Marché", "Marché Sandaga").
      "Marché",
      // "l'Hôtel de ville": the building's noun, capitalised alone.
      "Hôtel",
      // Months and days, capitalised in dates and street names ("boulevard
      // du 30 Juin", "avenue du 24 Novembre"); not "Mars", the planet's.
      "Janvier", "Février", "Avril", "Juin", "Juillet", "Août", "Septembre",
      "Octobre", "Novembre", "Décembre", "Lundi", "Mardi", "Mercredi", "Jeudi",
      "Vendredi", "Samedi", "Dimanche"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& PlaceKinds() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "ville",          "villes",    "commune",     "communes",
      "village",        "villages",  "localité",    "bourg",
      "municipalité",   "région",    "département", "province",
      "district",       "capitale",  "habitants",   "agglomération",
      "arrondissement", "faubourgs", "environs",    "banlieue"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& RiverNouns() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "rivière", "fleuve", "oued", "ruisseau"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& MakerVerbs() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "édité",          "éditée",     "édités",     "éditées",
      "développé",      "développée", "développés", "développées",
      "distribué",      "distribuée", "distribués", "distribuées",
      "racheté",        "rachetée",   "rachetés",   "commercialisé",
      "commercialisée", "fabriqué",   "fabriquée",  "publié",
      "publiée",        "publiés",    "publiées"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& TransferVerbs() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "prêté", "prêtée", "transféré", "transférée", "échangé"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& KinNouns() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "fils",    "fille",       "frère",        "sœur",       "père",
      "mère",    "épouse",      "époux",        "veuve",      "mari",
      "oncle",   "tante",       "neveu",        "nièce",      "cousin",
      "cousine", "petit-fils",  "petite-fille", "demi-frère", "demi-sœur",
      "gendre",  "belle-fille", "beau-père",    "belle-mère"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& PlaceHeads() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "rue", "avenue", "boulevard", "place", "quai", "impasse", "allée", "pont",
      "parc", "jardin", "jardins", "square", "stade", "cathédrale", "basilique",
      "église", "abbaye", "château", "palais", "musée", "hôpital", "gare",
      "aéroport", "port", "faubourg", "quartier", "colline", "massif", "lac",
      "mont", "col", "vallée", "détroit", "bande", "île",
      // Seas, coasts and islands whose names keep their head noun ("mer
      // Noire", "golfe de Gascogne", "péninsule Ibérique"). A "plateau" or a
      // "désert" is most often the name's description ("plateau des Hautes
      // Fagnes" names the Hautes Fagnes).
      "mer", "océan", "golfe", "baie", "péninsule", "archipel", "îles",
      // Waters, heights and woods whose generic noun French writes in lower
      // case before the name ("canal de Panama", "monts Bewani", "delta du
      // Nil", "bois de Vincennes", "gave de Pau"). Not "chutes": "les chutes
      // du Nasdaq" are falls of another kind.
      "canal", "delta", "monts", "bois", "gave",
      // Subdivisions named the same way ("comté de Kerry", "canton de Vaud").
      "comté", "canton"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& InstitutionHeads() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "ministère", "mairie",   "préfecture", "rectorat",   "ambassade",
      "consulat",  "tribunal", "parquet",    "université", "école",
      "lycée",     "collège",  "institut",   "académie",   "barreau"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& InstitutionNouns() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Bureau", "Ligue", "Coupe", "Tournoi", "Parti", "Conseil", "Cour",
      "Assemblée", "Parlement", "Police", "Église", "Armée", "Ville",
      "Championnat", "Championnats", "Jeux", "Sommet", "Banque", "Garde",
      "Service", "Samu", "Direction", "Secrétariat", "Ministère", "Musée",
      "Centre", "Front", "Mouvement", "Rassemblement", "Alliance", "Comité",
      "Conférence", "Fédération", "Chambre", "Tribunal", "Marine",
      "Gendarmerie", "Agence", "Caisse", "Régie", "Autorité", "Commissariat",
      "Observatoire", "Académie", "Fondation", "Office", "Institut", "Union",
      "Organisation", "Société", "Compagnie", "Commission", "Association",
      "Syndicat", "Communauté", "Métropole", "Région", "Département",
      "Province", "Canton", "Préfecture", "Mairie", "Protection", "Sécurité",
      "Inspection", "Délégation", "Confédération", "Coordination",
      "Collectivité", "Agglomération",
      // Ministries' remits that take adjectives ("ministère des Affaires
      // culturelles", "des Ressources naturelles", "des Travaux publics").
      "Affaires", "Relations", "Travaux", "Ressources", "Forces",
      "Collectivités", "Finances"};
  return *words;
}

const absl::flat_hash_map<std::string_view, std::string_view>& NewsNames() {
  static const auto* names =
      new absl::flat_hash_map<std::string_view, std::string_view>{
#include "entities/news_names.inc"
      };
  return *names;
}

const absl::flat_hash_set<std::string_view>& Holidays() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Noël",      "Pâques",         "Toussaint",  "Pentecôte",
      "Ascension", "Épiphanie",      "Chandeleur", "Ramadan",
      "Aïd",       "Hanoukka",       "Halloween",  "Carnaval",
      "Réveillon", "Saint-Sylvestre"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& OrganisationCues() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "groupe", "label", "société", "chaîne", "entreprise", "firme",
      "constructeur", "club", "quotidien", "hebdomadaire", "magazine",
      "journal", "banque", "compagnie", "start-up", "startup", "association",
      "syndicat", "parti",
      // Where one publishes: "son compte Twitter", "sa page Facebook", "la
      // plateforme Netflix", "l'application TikTok".
      "compte", "comptes", "page", "plateforme", "application", "messagerie"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& DemonymsThatAreNamesToo() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Suisse",   "Indien",   "Indienne", "Gallois",
      "Galloise", "Canadien", "Argentine"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& StateNouns() {
  // Not "Confédération", which names unions as often ("Confédération
  // générale du travail").
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Empire",      "Royaume", "République", "Principauté", "Duché",
      "Grand-Duché", "Émirat",  "Sultanat",   "Califat",     "Khanat"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& SpeechVerbs() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "dit",        "lance",      "raconte",  "explique",  "confie",
      "déplore",    "plaide",     "souligne", "ajoute",    "assure",
      "résume",     "témoigne",   "soupire",  "inquiète",  "sourit",
      "regrette",   "estime",     "affirme",  "précise",   "note",
      "insiste",    "tranche",    "poursuit", "reconnaît", "admet",
      "glisse",     "lâche",      "rappelle", "détaille",  "observe",
      "avoue",      "peste",      "agace",    "désole",    "interroge",
      "s'inquiète", "s’inquiète", "s'agace",  "s’agace",   "s'emporte",
      "s’emporte",  "souffle",    "martèle",  "prévient",  "ironise",
      "commente",   "analyse",    "relève",   "constate",  "confirme",
      "indique",    "répond",     "rétorque", "conclut",   "raille"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& EventWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Coupe",    "Ligue",    "Championnat", "Championnats", "Jeux",
      "Mondial",  "Mondiaux", "Euro",        "Open",         "Tournoi",
      "Sommet",   "COP",      "Expo",        "Festival",     "Formule",
      "Division", "Liga",     "Serie",       "ATP",          "WTA",
      "Masters",  "Paris",    "Tour"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& EnglishFunctionWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "the",  "of",   "and",  "you",  "are", "is",    "in",    "to",
      "for",  "with", "from", "at",   "by",  "it",    "my",    "your",
      "we",   "this", "that", "be",   "not", "our",   "his",   "her",
      "they", "was",  "were", "what", "who", "don't", "can't", "it's"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& SharedFunctionWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "a", "an", "on", "or", "as", "up", "out", "off", "over", "into"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& TimeZones() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "GMT", "UTC", "TU",  "CET", "CEST", "HEC", "HNE", "HAE", "HNC", "HAC",
      "HNR", "HAR", "HNP", "HAP", "HNA",  "HAA", "EST", "EDT", "CST", "CDT",
      "MST", "MDT", "PST", "PDT", "BST",  "WAT", "CAT", "EAT"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& NameEnders() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Il",       "Elle",   "Ils",      "Elles", "On",        "Nous",
      "Vous",     "Je",     "Selon",    "Mais",  "Et",        "Or",
      "Donc",     "Puis",   "Alors",    "Ainsi", "Cependant", "Toutefois",
      "Pourtant", "Enfin",  "Qui",      "Que",   "Quand",     "Lorsque",
      "Hier",     "Demain", "Lundi",    "Mardi", "Mercredi",  "Jeudi",
      "Vendredi", "Samedi", "Dimanche", "Ce",    "Cette",     "Ces",
      "Cet",      "Cela",   "Depuis",   "Après", "Avant",     "Dans",
      "Pour",     "Avec",   "Sans",     "Chez",  "Malgré",    "Parmi"};
  return *words;
}

}  // namespace newsq::internal
