package extract

import "testing"

// frHeldOut17 is a blind held-out evaluation set of 16 invented but realistic
// French-language news articles, each a whole article with its own DCT (the
// publication date; datelines agree with it). The styles imitated are Swiss
// (ATS wire copy, 24 heures, Tribune de Genève), Belgian (Le Soir, La Dernière
// Heure, RTBF), Québécois (Le Devoir, La Presse, Le Soleil, Radio-Canada),
// Luxembourgish, Monegasque and overseas French (La Réunion, Guadeloupe,
// Nouvelle-Calédonie) news from 1998 to 2026: votations, justice, economy,
// weather (cyclone, heatwave, snowstorm), sport and culture. Two articles are
// number-heavy (scores, tallies, prices, ages, street numbers, Swiss/Belgian
// "septante"/"nonante", year-like numbers such as "2019 voix") and contain no
// temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 and the French TimeBank
// (ISO-TimeML) conventions: spans keep determiners and modifiers ("le 8
// novembre de la même année", "la fin du mois", "au moins six mois") but not
// leading prepositions ("en", "depuis", "pendant", "à", "dès", and the article
// fused in "au"/"du"); "N jours plus tard", "six ans après", "un mois plus tôt"
// are DURATIONs; "il y a N ans" is a DATE resolved against the DCT; "la
// veille", "le lendemain", "ce jour-là" anchor on the date last narrated; bare
// weekdays and months resolve to the past or next occurrence the tense
// implies; ages, adjectival durations ("le pass quatre jours"), scores, street
// names with dates ("rue du 31-Décembre", "rue du 27-Mai") and the discourse
// marker "Maintenant," are not tagged. Every relative value was computed with
// Python's datetime from the DCT. The set was written without reading the
// tagger's source, tests, data or documentation.

// First run, on the committed tagger (8543b39) before any fix it prompted:
// relaxed F1 0.986, value accuracy 0.971, value F1 0.957.
var frHeldOut17 = []hoCase{
	{"fr17-ats-fribourg-votation-transports", "2020-09-28", `Fribourg (ATS) - Les Fribourgeois ont accepté dimanche la nouvelle loi sur les transports publics par 54,3 % des voix. Le texte, combattu par l'UDC et une partie du PLR, prévoit une hausse de la contribution cantonale dès le 1er janvier 2021.

Le taux de participation s'est élevé à 58,9 %, un chiffre nettement supérieur à celui de la votation de février. Dans le district de la Sarine, le oui atteint septante et un pour cent, alors que la Broye et la Glâne ont refusé le projet.

« C'est un signal clair pour les dix prochaines années », s'est réjoui devant la presse le conseiller d'Etat Laurent Mottier, chargé de la mobilité. Le ministre a rappelé que le réseau régional n'avait plus été modernisé depuis 2009.

Les opposants dénonçaient un projet coûteux, chiffré à 340 millions de francs sur quinze ans. « Nous resterons attentifs. Maintenant, il faudra tenir les promesses », a déclaré le président cantonal de l'UDC, Christophe Blaser, âgé de 48 ans.

Le Grand Conseil avait adopté la loi en mai 2019 par 62 voix contre 38, mais le référendum avait abouti durant l'été 2019 avec près de 7000 signatures. Les premières nouvelles cadences entreront en vigueur en décembre, lors du changement d'horaire. Dès l'automne 2022, les bus circuleront toutes les quinze minutes entre Fribourg et Bulle.

Le gouvernement présentera jeudi un calendrier détaillé des travaux.`,
		[]hoGold{
			{"dimanche", "DATE", "2020-09-27", ""},
			{"le 1er janvier 2021", "DATE", "2021-01-01", ""},
			{"février", "DATE", "2020-02", ""},
			{"les dix prochaines années", "DURATION", "P10Y", ""},
			{"2009", "DATE", "2009", ""},
			{"quinze ans", "DURATION", "P15Y", ""},
			{"mai 2019", "DATE", "2019-05", ""},
			{"l'été 2019", "DATE", "2019-SU", ""},
			{"décembre", "DATE", "2020-12", ""},
			{"l'automne 2022", "DATE", "2022-FA", ""},
			{"toutes les quinze minutes", "SET", "PT15M", ""},
			{"jeudi", "DATE", "2020-10-01", ""},
		}},
	{"fr17-lesoir-anderlecht-echevin-condamne", "2019-03-14", `Le tribunal correctionnel de Bruxelles a condamné mercredi un ancien échevin d'Anderlecht à trois ans de prison avec sursis pour faux, usage de faux et prise illégale d'intérêts. L'homme, âgé de 61 ans, était poursuivi pour avoir manipulé des marchés publics entre 2011 et 2015.

Selon le jugement, long de nonante pages, le prévenu a favorisé à sept reprises une entreprise de voirie dirigée par son beau-frère. Le préjudice pour la commune est estimé à 1,2 million d'euros.

L'audience a été levée à 15h30. « Mon client conteste fermement ces faits et interjettera appel d'ici la fin du mois », a réagi son avocat, Me Olivier Dewandre, à la sortie du palais de justice.

L'affaire avait éclaté au printemps 2016, après une plainte d'un conseiller communal de l'opposition. Une perquisition avait été menée le 8 novembre de la même année à l'hôtel de ville. Ce jour-là, les enquêteurs avaient emporté une vingtaine de caisses de documents. Deux jours plus tard, l'échevin avait démissionné de ses fonctions, tout en clamant son innocence.

Le procès s'était ouvert le 21 janvier et s'était étalé sur six audiences. Le parquet avait requis quatre ans de prison ferme et une amende de 50.000 euros.

Actuellement, trois autres dossiers liés aux marchés publics de la commune sont à l'instruction. Le bourgmestre, qui n'a pas souhaité commenter la décision hier soir, devrait s'exprimer lors du conseil communal de lundi prochain.`,
		[]hoGold{
			{"mercredi", "DATE", "2019-03-13", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"2011", "DATE", "2011", ""},
			{"2015", "DATE", "2015", ""},
			{"15h30", "TIME", "2019-03-13T15:30", ""},
			{"la fin du mois", "DATE", "2019-03", "END"},
			{"printemps 2016", "DATE", "2016-SP", ""},
			{"le 8 novembre de la même année", "DATE", "2016-11-08", ""},
			{"Ce jour-là", "DATE", "2016-11-08", ""},
			{"Deux jours plus tard", "DURATION", "P2D", ""},
			{"le 21 janvier", "DATE", "2019-01-21", ""},
			{"quatre ans", "DURATION", "P4Y", ""},
			{"Actuellement", "DATE", "PRESENT_REF", ""},
			{"hier soir", "TIME", "2019-03-13TEV", ""},
			{"lundi prochain", "DATE", "2019-03-18", ""},
		}},
	{"fr17-ledevoir-garderies-projet-de-loi", "2023-02-16", `QUÉBEC — Le gouvernement caquiste déposera la semaine prochaine un projet de loi visant à créer 12 000 nouvelles places en service de garde d'ici 2025, a appris Le Devoir.

La ministre de la Famille doit présenter les grandes lignes du texte mardi matin, en conférence de presse à l'Assemblée nationale. Selon nos informations, le plan s'étalera sur trois ans et coûtera environ 600 millions de dollars.

Depuis 2018, la liste d'attente du guichet unique a presque doublé. Elle comptait 33 000 enfants le 31 décembre dernier, contre 17 000 il y a cinq ans.

« Des parents attendent depuis plus de deux ans une place pour leur enfant. Ça ne peut plus durer », a dénoncé mercredi la porte-parole de Québec solidaire en matière de famille, lors de la période des questions.

Les centres de la petite enfance réclament aussi une hausse du salaire des éducatrices, dont la convention collective est échue depuis le 31 mars 2020. Plusieurs d'entre elles quittent le réseau chaque mois, selon l'Association québécoise des CPE.

Au cabinet de la ministre, on assure que les négociations reprendront au printemps. « Nous voulons un réseau complet avant la fin du mandat, en 2026 », y a-t-on indiqué.

Le projet de loi devrait être adopté en juin, avant l'ajournement des travaux parlementaires.`,
		[]hoGold{
			{"la semaine prochaine", "DATE", "2023-W08", ""},
			{"2025", "DATE", "2025", ""},
			{"mardi matin", "TIME", "2023-02-21TMO", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"2018", "DATE", "2018", ""},
			{"le 31 décembre dernier", "DATE", "2022-12-31", ""},
			{"il y a cinq ans", "DATE", "2018", ""},
			{"plus de deux ans", "DURATION", "P2Y", "MORE_THAN"},
			{"mercredi", "DATE", "2023-02-15", ""},
			{"le 31 mars 2020", "DATE", "2020-03-31", ""},
			{"chaque mois", "SET", "P1M", ""},
			{"printemps", "DATE", "2023-SP", ""},
			{"2026", "DATE", "2026", ""},
			{"juin", "DATE", "2023-06", ""},
		}},
	{"fr17-reunion-alerte-rouge-cyclone", "2009-02-12", `SAINT-DENIS (La Réunion) — La préfecture a placé ce jeudi l'ensemble de l'île en alerte rouge cyclonique, à l'approche de la tempête tropicale intense Tsiory. La mesure est entrée en vigueur à 5 h. Le confinement de la population est obligatoire jusqu'à nouvel ordre.

Selon Météo-France, le centre du système se trouvait ce matin à 180 kilomètres au nord-ouest de Saint-Denis et se déplaçait vers le sud-est à 15 km/h. Des rafales de 150 km/h sont attendues sur le littoral nord cet après-midi, et le passage au plus près devrait intervenir dans la nuit de jeudi à vendredi.

Les cumuls de pluie pourraient dépasser 600 millimètres en 24 heures dans les Hauts. « C'est le système le plus menaçant depuis Dina, en janvier 2002 », souligne un prévisionniste.

Les écoles sont fermées depuis mercredi et le resteront au moins jusqu'à lundi. L'aéroport Roland-Garros a suspendu tous ses vols. Environ 12 000 foyers étaient privés d'électricité, selon EDF.

Mardi, les autorités avaient déjà placé l'île en alerte orange. Les habitants s'étaient aussitôt rués dans les supermarchés pour faire des réserves d'eau, de riz et de bougies.

La levée de l'alerte rouge n'est pas envisagée avant samedi. Les dernières bandes pluvieuses devraient s'évacuer dimanche, selon les prévisionnistes, qui annoncent un retour du beau temps pour la semaine prochaine.`,
		[]hoGold{
			{"ce jeudi", "DATE", "2009-02-12", ""},
			{"5 h", "TIME", "2009-02-12T05:00", ""},
			{"ce matin", "TIME", "2009-02-12TMO", ""},
			{"cet après-midi", "TIME", "2009-02-12TAF", ""},
			{"la nuit de jeudi à vendredi", "TIME", "2009-02-12TNI", ""},
			{"24 heures", "DURATION", "PT24H", ""},
			{"janvier 2002", "DATE", "2002-01", ""},
			{"mercredi", "DATE", "2009-02-11", ""},
			{"lundi", "DATE", "2009-02-16", ""},
			{"Mardi", "DATE", "2009-02-10", ""},
			{"samedi", "DATE", "2009-02-14", ""},
			{"dimanche", "DATE", "2009-02-15", ""},
			{"la semaine prochaine", "DATE", "2009-W08", ""},
		}},
	{"fr17-dh-standard-charleroi-chiffres", "2022-02-14", `Le Standard a signé une victoire précieuse face à Charleroi (3-1) devant 24 350 spectateurs à Sclessin. Menés 0-1 au repos, les Rouches ont renversé la situation grâce à un doublé de leur numéro 9 et à un penalty transformé par le capitaine.

Avec ce succès, le Standard totalise 46 points en 27 matches et remonte à la quatrième place, à trois unités de Gand. Charleroi, qui restait sur une série de sept rencontres sans défaite, glisse au septième rang avec 39 points.

« On a montré du caractère. Menés au score, on aurait pu baisser les bras », a confié l'entraîneur liégeois en conférence de presse. Son buteur, âgé de 23 ans, compte déjà 14 buts en championnat et six passes décisives.

Les statistiques confirment la domination locale : 61 % de possession, 18 tirs dont 7 cadrés, contre 9 tirs pour les visiteurs. Les Zèbres ont commis 14 fautes et reçu quatre cartons jaunes. Nonante-deux policiers étaient mobilisés autour du stade, où l'on n'a signalé aucun incident majeur.

Côté finances, la tribune 3 affichait complet, avec des places vendues 35 euros. La boutique du club a écoulé 2 019 maillots à l'effigie du capitaine, un record, et le Standard compte 21 450 abonnés, dont 1 998 nouveaux.

Le prochain déplacement s'annonce périlleux : les Liégeois se rendront à Bruges, où ils restent sur onze visites sans victoire.`,
		[]hoGold{}},
	{"fr17-24heures-canicule-vaud", "2003-08-12", `LAUSANNE — La canicule ne faiblit pas en Suisse romande. Hier, MétéoSuisse a relevé 36,8 °C à Sion et 35,4 °C à Pully, des valeurs rarement observées au nord des Alpes. Depuis dix jours, le mercure dépasse les 30 degrés à Lausanne.

Le service cantonal de la santé publique recommande aux personnes âgées de boire régulièrement et de rester au frais. Dans les EMS, le personnel passe dans les chambres toutes les deux heures pour proposer à boire aux résidents.

« Je n'ai jamais vécu une chaleur pareille depuis que je travaille ici, c'est-à-dire depuis plus de vingt ans », confie l'infirmière-cheffe d'un établissement de la Riviera.

Le Léman atteint actuellement 26 degrés en surface à Ouchy. Les paysans, eux, s'inquiètent : les pâturages du Jura vaudois sont secs depuis début juillet, et plusieurs communes ont interdit l'arrosage des jardins. Le Conseil d'Etat a interdit les feux en plein air dans tout le canton il y a deux semaines.

Le précédent record de chaleur à Lausanne avait été établi le 27 juillet 1983. Les années 1940 avaient aussi connu des chaleurs extrêmes, notamment en 1947.

Selon les prévisionnistes, une légère baisse des températures est attendue jeudi soir, avec des orages parfois violents. Mais la chaleur devrait revenir dès le week-end, avec des maximales proches de 34 degrés.`,
		[]hoGold{
			{"Hier", "DATE", "2003-08-11", ""},
			{"dix jours", "DURATION", "P10D", ""},
			{"toutes les deux heures", "SET", "PT2H", ""},
			{"plus de vingt ans", "DURATION", "P20Y", "MORE_THAN"},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"début juillet", "DATE", "2003-07", "START"},
			{"il y a deux semaines", "DATE", "2003-W31", ""},
			{"le 27 juillet 1983", "DATE", "1983-07-27", ""},
			{"Les années 1940", "DATE", "194", ""},
			{"1947", "DATE", "1947", ""},
			{"jeudi soir", "TIME", "2003-08-14TEV", ""},
			{"le week-end", "DATE", "2003-W33-WE", ""},
		}},
	{"fr17-lux-chomage-adem", "2024-04-25", `LUXEMBOURG — Le chômage a légèrement reculé au Grand-Duché en mars, selon les chiffres publiés ce jeudi par l'Agence pour le développement de l'emploi (Adem). Le taux s'établit à 5,6 %, contre 5,8 % un mois plus tôt.

Au total, 17 980 demandeurs d'emploi résidents étaient inscrits à la fin du mois, soit 1 120 de plus qu'il y a un an. Sur douze mois, le nombre de postes vacants déclarés a baissé de 9 %.

« La tendance reste fragile, mais nous observons une stabilisation depuis le début de l'année », a commenté le directeur de l'Adem lors d'une conférence de presse qui s'est tenue à 10 h 30.

Le secteur de la construction reste le plus touché. Plusieurs entreprises ont annoncé des licenciements au premier trimestre, et la fédération du secteur craint une nouvelle vague de faillites d'ici l'automne. Le gouvernement a prolongé jusqu'au 30 juin les aides au chômage partiel, introduites en 2023.

Le ministre du Travail, qui a reçu le patronat la semaine dernière, doit rencontrer les syndicats le mardi 7 mai pour discuter d'un plan de soutien. L'OGBL réclame depuis des mois une adaptation du barème fiscal et un encadrement des loyers.

Les prochaines statistiques de l'Adem seront publiées fin mai. Le Statec prévoit une croissance de 1,5 % pour l'année 2024, après deux années de quasi-stagnation, et une reprise plus nette l'an prochain.`,
		[]hoGold{
			{"mars", "DATE", "2024-03", ""},
			{"ce jeudi", "DATE", "2024-04-25", ""},
			{"un mois plus tôt", "DURATION", "P1M", ""},
			{"la fin du mois", "DATE", "2024-03", "END"},
			{"il y a un an", "DATE", "2023", ""},
			{"douze mois", "DURATION", "P12M", ""},
			{"le début de l'année", "DATE", "2024", "START"},
			{"10 h 30", "TIME", "2024-04-25T10:30", ""},
			{"premier trimestre", "DATE", "2024-Q1", ""},
			{"l'automne", "DATE", "2024-FA", ""},
			{"30 juin", "DATE", "2024-06-30", ""},
			{"2023", "DATE", "2023", ""},
			{"la semaine dernière", "DATE", "2024-W16", ""},
			{"le mardi 7 mai", "DATE", "2024-05-07", ""},
			{"des mois", "DURATION", "PXM", ""},
			{"fin mai", "DATE", "2024-05", "END"},
			{"l'année 2024", "DATE", "2024", ""},
			{"deux années", "DURATION", "P2Y", ""},
			{"l'an prochain", "DATE", "2025", ""},
		}},
	{"fr17-monacomatin-opera-boheme", "2017-01-20", `MONACO — L'Opéra de Monte-Carlo lèvera le rideau vendredi prochain sur une nouvelle production de « La Bohème », la première depuis 1998 sur la scène de la salle Garnier. Quatre représentations sont programmées jusqu'au 5 février.

Le metteur en scène, un Italien de 52 ans, a répété pendant six semaines avec la troupe. « Nous avons voulu transposer l'action dans les années 1930, avec des décors inspirés du cinéma hollywoodien », explique-t-il.

La saison lyrique, ouverte en novembre, a déjà attiré plus de 9 000 spectateurs, un chiffre en hausse de 12 % par rapport à l'an dernier. Les représentations affichent complet depuis plusieurs semaines.

Construite en 1879 par Charles Garnier, la salle a accueilli sa première création mondiale six ans après. Entièrement rénovée au début des années 2000, elle accueille chaque année une trentaine de spectacles, de l'opéra au ballet.

Le directeur de l'institution a par ailleurs annoncé ce matin que l'institution ouvrira fin octobre une nouvelle saison avec une création mondiale. Les abonnements seront mis en vente le 1er mars, à des tarifs allant de 25 à 160 euros.

« Monaco a une longue tradition lyrique qui remonte au XIXe siècle. Nous voulons la faire vivre pour les cent prochaines années », a-t-il conclu.`,
		[]hoGold{
			{"vendredi prochain", "DATE", "2017-01-27", ""},
			{"1998", "DATE", "1998", ""},
			{"5 février", "DATE", "2017-02-05", ""},
			{"six semaines", "DURATION", "P6W", ""},
			{"les années 1930", "DATE", "193", ""},
			{"novembre", "DATE", "2016-11", ""},
			{"l'an dernier", "DATE", "2016", ""},
			{"plusieurs semaines", "DURATION", "PXW", ""},
			{"1879", "DATE", "1879", ""},
			{"six ans après", "DURATION", "P6Y", ""},
			{"début des années 2000", "DATE", "200", "START"},
			{"chaque année", "SET", "P1Y", ""},
			{"ce matin", "TIME", "2017-01-20TMO", ""},
			{"fin octobre", "DATE", "2017-10", "END"},
			{"le 1er mars", "DATE", "2017-03-01", ""},
			{"XIXe siècle", "DATE", "18", ""},
			{"les cent prochaines années", "DURATION", "P100Y", ""},
		}},
	{"fr17-ncal-usine-nickel-suspendue", "2024-02-08", `NOUMÉA — Les salariés de l'usine métallurgique de Néa Nickel, dans la province Nord, ont appris mercredi que la production serait suspendue pour au moins six mois, faute de repreneur. La direction a présenté la mesure aux représentants du personnel lors d'une réunion convoquée à 8 heures. Le conseil d'administration avait entériné la décision la veille.

Environ 1 200 personnes travaillent sur le site, sans compter les sous-traitants. « On nous parle de mise en sommeil, mais tout le monde sait ce que ça veut dire », soupire un opérateur de 38 ans, entré à l'usine en 2013.

Le complexe, inauguré il y a une dizaine d'années, n'a jamais atteint la rentabilité. Ses pertes cumulées se chiffrent en milliards d'euros. L'actionnaire principal avait annoncé en décembre qu'il ne financerait plus le site au-delà de la fin février.

Le gouvernement calédonien doit se réunir en séance extraordinaire vendredi. Le président de la province Nord, qui s'est rendu hier après-midi sur le site pour rencontrer les salariés, réclame un « plan de sauvegarde » à l'État.

Le secteur du nickel traverse sa pire crise depuis les années 1970, sous l'effet de la concurrence indonésienne. Les cours ont chuté de près de 40 % en un an.

Une manifestation est prévue samedi matin devant le haut-commissariat, à Nouméa. Les syndicats appellent aussi à une opération « île morte » la semaine prochaine.`,
		[]hoGold{
			{"mercredi", "DATE", "2024-02-07", ""},
			{"au moins six mois", "DURATION", "P6M", "EQUAL_OR_MORE"},
			{"8 heures", "TIME", "2024-02-07T08:00", ""},
			{"la veille", "DATE", "2024-02-06", ""},
			{"2013", "DATE", "2013", ""},
			{"il y a une dizaine d'années", "DATE", "2014", "APPROX"},
			{"décembre", "DATE", "2023-12", ""},
			{"la fin février", "DATE", "2024-02", "END"},
			{"vendredi", "DATE", "2024-02-09", ""},
			{"hier après-midi", "TIME", "2024-02-07TAF", ""},
			{"les années 1970", "DATE", "197", ""},
			{"un an", "DURATION", "P1Y", ""},
			{"samedi matin", "TIME", "2024-02-10TMO", ""},
			{"la semaine prochaine", "DATE", "2024-W07", ""},
		}},
	{"fr17-guadeloupe-coupures-eau", "2023-05-22", `POINTE-À-PITRE — Les coupures d'eau tournantes reprennent ce lundi dans six communes de la Grande-Terre. Le syndicat mixte chargé de la gestion de l'eau a publié dimanche un nouveau calendrier : les quartiers concernés seront privés d'eau tous les mardis, jusqu'à nouvel avis.

À Sainte-Anne, certains habitants n'ont plus d'eau au robinet depuis trois semaines. « Je remplis des bidons chaque jour chez ma sœur », raconte Marie-Line, 67 ans, qui habite rue du 27-Mai, à deux pas du bourg.

Le réseau perd près de 60 % de l'eau produite en raison de canalisations vétustes, installées pour la plupart dans les années 1970. Un plan d'urgence de 80 millions d'euros a été voté l'an dernier, mais les travaux n'ont commencé qu'en mars.

La sécheresse aggrave la situation. Météo-France relève un déficit de pluie de 45 % depuis le début de l'année, et la saison cyclonique, qui s'ouvre le 1er juin, ne devrait pas apporter de précipitations significatives avant juillet.

Le préfet a réuni jeudi dernier les maires des communes touchées. Un collectif d'usagers, créé en 2020, organise mercredi un rassemblement devant le siège du syndicat. Le rendez-vous est fixé à 18 h. Ses membres réclament le remboursement de leurs factures pour les deux derniers mois.`,
		[]hoGold{
			{"ce lundi", "DATE", "2023-05-22", ""},
			{"dimanche", "DATE", "2023-05-21", ""},
			{"tous les mardis", "SET", "XXXX-WXX-2", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"chaque jour", "SET", "P1D", ""},
			{"les années 1970", "DATE", "197", ""},
			{"l'an dernier", "DATE", "2022", ""},
			{"mars", "DATE", "2023-03", ""},
			{"le début de l'année", "DATE", "2023", "START"},
			{"le 1er juin", "DATE", "2023-06-01", ""},
			{"juillet", "DATE", "2023-07", ""},
			{"jeudi dernier", "DATE", "2023-05-18", ""},
			{"2020", "DATE", "2020", ""},
			{"mercredi", "DATE", "2023-05-24", ""},
			{"18 h", "TIME", "2023-05-24T18:00", ""},
			{"les deux derniers mois", "DURATION", "P2M", ""},
		}},
	{"fr17-radiocanada-canadiens-victoire", "2025-11-03", `Les Canadiens de Montréal poursuivent sur leur lancée. Samedi soir, ils ont signé une quatrième victoire d'affilée en disposant des Sénateurs d'Ottawa 4 à 2 au Centre Bell, devant 21 105 spectateurs.

Le jeune attaquant de 20 ans a touché la cible deux fois au dernier tiers, dont le but gagnant sur un tir des poignets. « On joue avec beaucoup de confiance depuis deux semaines », a-t-il lancé dans le vestiaire après la rencontre.

Le Tricolore occupe actuellement le premier rang de la section Atlantique avec 19 points en 13 matchs. Jamais l'équipe n'avait connu un départ aussi fort depuis plus de dix ans.

Le gardien partant a repoussé 31 des 33 tirs dirigés vers lui. Il n'avait pas été aussi solide depuis le 14 octobre.

L'entraîneur-chef a toutefois annoncé dimanche une mauvaise nouvelle : le défenseur numéro 8, blessé à l'épaule jeudi contre Boston, a été opéré le lendemain et sera absent environ six semaines.

Le Canadien entreprend mardi un voyage de cinq matchs dans l'Ouest, qui le mènera notamment à Vancouver, Edmonton et Calgary. Il sera de retour à Montréal le 15 novembre pour affronter les Maple Leafs de Toronto. Les billets pour ce duel, vendus en moyenne 250 dollars, se sont envolés en moins de deux heures le mois dernier.`,
		[]hoGold{
			{"Samedi soir", "TIME", "2025-11-01TEV", ""},
			{"deux semaines", "DURATION", "P2W", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"plus de dix ans", "DURATION", "P10Y", "MORE_THAN"},
			{"le 14 octobre", "DATE", "2025-10-14", ""},
			{"dimanche", "DATE", "2025-11-02", ""},
			{"jeudi", "DATE", "2025-10-30", ""},
			{"le lendemain", "DATE", "2025-10-31", ""},
			{"environ six semaines", "DURATION", "P6W", "APPROX"},
			{"mardi", "DATE", "2025-11-04", ""},
			{"le 15 novembre", "DATE", "2025-11-15", ""},
			{"moins de deux heures", "DURATION", "PT2H", "LESS_THAN"},
			{"le mois dernier", "DATE", "2025-10", ""},
		}},
	{"fr17-rtbf-festival-namur", "2016-07-21", `NAMUR — Malgré la chaleur, le public a répondu présent. Le festival Les Rives de Meuse a attiré mercredi soir près de 18 000 personnes pour son ouverture, sur l'esplanade de la Citadelle, selon les organisateurs.

Le festival, qui fête cette année sa dixième édition, se poursuit jusqu'à dimanche. Les concerts s'enchaînent chaque jour sur trois scènes, de la chanson française à l'électro.

« Il y a dix ans, nous étions trois bénévoles avec une scène de fortune. Cette année, nous sommes plus de 600 », sourit le directeur du festival, Pierre-Yves Lambotte, 41 ans.

Ce jeudi, la programmation met à l'honneur les artistes belges. Le concert de clôture de ce soir est attendu à 23 h 15 sur la grande scène, et un feu d'artifice est prévu en fin de concert.

La sécurité a été renforcée depuis les attentats de Bruxelles, le 22 mars dernier. Les sacs sont fouillés à l'entrée et nonante agents de sécurité sont mobilisés sur le site. Le pass quatre jours est vendu 89 euros, le ticket journalier 35 euros.

L'édition 2015 avait réuni 62 000 festivaliers en quatre jours. Les organisateurs espèrent dépasser les 70 000 entrées ce week-end. La prochaine édition est déjà annoncée pour la mi-juillet 2017.`,
		[]hoGold{
			{"mercredi soir", "TIME", "2016-07-20TEV", ""},
			{"cette année", "DATE", "2016", ""},
			{"dimanche", "DATE", "2016-07-24", ""},
			{"chaque jour", "SET", "P1D", ""},
			{"Il y a dix ans", "DATE", "2006", ""},
			{"Cette année", "DATE", "2016", ""},
			{"Ce jeudi", "DATE", "2016-07-21", ""},
			{"ce soir", "TIME", "2016-07-21TEV", ""},
			{"23 h 15", "TIME", "2016-07-21T23:15", ""},
			{"le 22 mars dernier", "DATE", "2016-03-22", ""},
			{"2015", "DATE", "2015", ""},
			{"quatre jours", "DURATION", "P4D", ""},
			{"ce week-end", "DATE", "2016-W29-WE", ""},
			{"la mi-juillet 2017", "DATE", "2017-07", "MID"},
		}},
	{"fr17-tdg-tram-12-travaux", "2026-01-15", `GENÈVE — Les usagers des Transports publics genevois (TPG) devront s'armer de patience. Dès lundi, la ligne de tram 12 sera interrompue entre Plainpalais et Carouge pendant huit semaines, en raison du renouvellement des voies sur la route de Carouge.

Des bus de remplacement circuleront toutes les six minutes. Certains travaux seront menés après la fin du service, ce qui suscite déjà la colère des riverains de la rue du 31-Décembre, dans le quartier des Eaux-Vives, où passera la déviation des poids lourds.

« On nous avait promis l'an dernier que le chantier de la rue voisine durerait trois semaines. Il a finalement duré deux mois », s'agace une fleuriste installée dans le quartier depuis 2012.

Les TPG rappellent que les voies de ce tronçon, posées en 1997, n'avaient plus été changées depuis près de trente ans. Le coût des travaux est estimé à 14 millions de francs, financés à parts égales par le canton et la Confédération.

Un point de situation sera publié chaque vendredi sur le site internet des TPG. La mise en service de la nouvelle ligne entre la gare Cornavin et Bernex est, elle, prévue au deuxième semestre 2027. Par ailleurs, le Conseil d'Etat présentera le mercredi 28 janvier sa stratégie de mobilité pour les quinze prochaines années.

Une séance d'information publique se tiendra mardi à la salle communale de Plainpalais. Elle débutera à 19 h.`,
		[]hoGold{
			{"lundi", "DATE", "2026-01-19", ""},
			{"huit semaines", "DURATION", "P8W", ""},
			{"toutes les six minutes", "SET", "PT6M", ""},
			{"l'an dernier", "DATE", "2025", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"deux mois", "DURATION", "P2M", ""},
			{"2012", "DATE", "2012", ""},
			{"1997", "DATE", "1997", ""},
			{"près de trente ans", "DURATION", "P30Y", "APPROX"},
			{"chaque vendredi", "SET", "XXXX-WXX-5", ""},
			{"deuxième semestre 2027", "DATE", "2027-H2", ""},
			{"le mercredi 28 janvier", "DATE", "2026-01-28", ""},
			{"les quinze prochaines années", "DURATION", "P15Y", ""},
			{"mardi", "DATE", "2026-01-20", ""},
			{"19 h", "TIME", "2026-01-20T19:00", ""},
		}},
	{"fr17-ats-martigny-election-chiffres", "2024-10-14", `Sion (ATS) - Le socialiste Grégoire Rausis a été élu à la présidence de la commune de Martigny avec 2019 voix, contre 1874 à son adversaire libéral-radical. Le taux de participation atteint 61,4 %.

Au Conseil communal, qui compte neuf sièges, le PLR conserve quatre fauteuils, le PS en obtient trois, Le Centre un et l'UDC un. La liste socialiste a recueilli 5912 suffrages, soit septante-deux de plus que la liste PLR, qui en totalise 5840.

Le nouvel élu, âgé de 52 ans, est ingénieur de formation et habite avenue de la Gare 45. « C'est une victoire collective. Les Martignerains ont choisi le changement », a-t-il déclaré devant quelque 300 partisans réunis à l'hôtel de ville.

Les enjeux financiers ne manquent pas : le budget communal s'élève à 98,5 millions de francs pour une population de 20 700 habitants, et la dette par habitant atteint 4380 francs. Le projet de nouvelle piscine couverte, devisé à 27 millions, divise la population.

Dans la commune voisine de Fully, le président sortant a sauvé son siège avec nonante-huit voix d'avance : 1998 suffrages contre 1900 à son rival. À Saxon, 1 bulletin sur 10 a été déclaré nul. À Sion enfin, la participation n'a pas dépassé 48,7 %, soit 3,2 points de moins que lors du précédent scrutin.`,
		[]hoGold{}},
	{"fr17-lapresse-immobilier-montreal", "2009-06-30", `Le marché immobilier montréalais montre des signes de reprise. Selon les données publiées ce matin par la Chambre immobilière du Grand Montréal, les ventes de propriétés ont augmenté de 8 % en mai par rapport à mai 2008.

Il s'agit de la première hausse annuelle depuis septembre 2008, au début de la crise financière. Au premier trimestre, les ventes avaient encore reculé de 22 %.

Le prix médian d'une maison unifamiliale s'établit à 215 000 $, en hausse de 3 % sur un an. « Les acheteurs sont revenus ce printemps, attirés par des taux hypothécaires historiquement bas », explique l'économiste en chef d'une grande banque.

Les copropriétés, dont les prix ont récemment fléchi, restent plus de trois mois en moyenne sur le marché, contre 74 jours il y a deux ans. Le nombre de logements à vendre a atteint son plus haut niveau depuis le milieu des années 1990.

La Banque du Canada maintient son taux directeur à 0,25 % depuis avril et s'est engagée à ne pas le relever avant la fin du deuxième trimestre de 2010. Les analystes prévoient une hausse graduelle des prix pour les six prochains mois.

Les prochaines statistiques seront dévoilées le 8 juillet. Les courtiers s'attendent à un marché plus calme cet été, en particulier pendant les vacances de la construction, à la fin de juillet.`,
		[]hoGold{
			{"ce matin", "TIME", "2009-06-30TMO", ""},
			{"mai", "DATE", "2009-05", ""},
			{"mai 2008", "DATE", "2008-05", ""},
			{"septembre 2008", "DATE", "2008-09", ""},
			{"premier trimestre", "DATE", "2009-Q1", ""},
			{"un an", "DURATION", "P1Y", ""},
			{"ce printemps", "DATE", "2009-SP", ""},
			{"récemment", "DATE", "PAST_REF", ""},
			{"plus de trois mois", "DURATION", "P3M", "MORE_THAN"},
			{"74 jours", "DURATION", "P74D", ""},
			{"il y a deux ans", "DATE", "2007", ""},
			{"le milieu des années 1990", "DATE", "199", "MID"},
			{"avril", "DATE", "2009-04", ""},
			{"la fin du deuxième trimestre de 2010", "DATE", "2010-Q2", "END"},
			{"les six prochains mois", "DURATION", "P6M", ""},
			{"le 8 juillet", "DATE", "2009-07-08", ""},
			{"cet été", "DATE", "2009-SU", ""},
			{"la fin de juillet", "DATE", "2009-07", "END"},
		}},
	{"fr17-lesoleil-tempete-quebec", "1998-12-23", `QUÉBEC — Une violente tempête de neige a paralysé la région de Québec hier, à l'approche de Noël. Environnement Canada a mesuré 42 centimètres de neige à l'aéroport de Sainte-Foy entre 4 h et 22 h.

Plus de 300 accidents ont été signalés sur les routes de la région, dont une dizaine avec blessés. L'autoroute 40 a été fermée pendant près de six heures à la hauteur de Portneuf, après un carambolage impliquant 17 véhicules.

Les écoles de la Commission scolaire des Découvreurs sont restées fermées, tout comme l'Université Laval. Les cours reprendront le 5 janvier.

« On n'avait pas vu une bordée pareille depuis décembre 1969 », affirme un météorologue d'Environnement Canada, qui évoque un système exceptionnel venu des Grands Lacs.

Les équipes de déneigement de la Ville travaillent sans relâche depuis mardi matin. Le déblaiement complet des rues résidentielles devrait prendre au moins trois jours. Le maire demande aux automobilistes de ne pas stationner dans la rue ce soir, à partir de 23 h, pour faciliter les opérations.

La Ville de Québec consacre en moyenne 25 millions de dollars au déneigement chaque hiver. Le budget prévu pour 1998 est déjà presque épuisé.

Environnement Canada prévoit un redoux demain, avec de la pluie verglaçante, avant un retour du froid pendant le week-end. Le mercure pourrait chuter à moins 25 degrés dimanche matin.`,
		[]hoGold{
			{"hier", "DATE", "1998-12-22", ""},
			{"Noël", "DATE", "1998-12-25", ""},
			{"4 h", "TIME", "1998-12-22T04:00", ""},
			{"22 h", "TIME", "1998-12-22T22:00", ""},
			{"près de six heures", "DURATION", "PT6H", "APPROX"},
			{"le 5 janvier", "DATE", "1999-01-05", ""},
			{"décembre 1969", "DATE", "1969-12", ""},
			{"mardi matin", "TIME", "1998-12-22TMO", ""},
			{"au moins trois jours", "DURATION", "P3D", "EQUAL_OR_MORE"},
			{"ce soir", "TIME", "1998-12-23TEV", ""},
			{"23 h", "TIME", "1998-12-23T23:00", ""},
			{"chaque hiver", "SET", "XXXX-WI", ""},
			{"1998", "DATE", "1998", ""},
			{"demain", "DATE", "1998-12-24", ""},
			{"le week-end", "DATE", "1998-W52-WE", ""},
			{"dimanche matin", "TIME", "1998-12-27TMO", ""},
		}},
}

func TestFrenchHeldOut17(t *testing.T) { guardHeldOut(t, "French 17", frHeldOut17, "fr", 0.94) }
