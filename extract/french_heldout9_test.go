package extract

import "testing"

// frHeldOut9 is the ninth blind French held-out set for the TIMEX3 tagger:
// 16 invented but realistic whole articles (about 220-265 words each), each
// with its own DCT, imitating the regional and French-language press rather
// than the national dailies: Ouest-France local pages (comice agricole,
// basketball results), La Voix du Nord (TER works, a cour d'assises trial),
// L'Alsace (Colmar Christmas markets and Advent mass), Le Télégramme (a
// sailing race, the 40th anniversary of the Amoco Cadiz wreck), Corse-Matin
// (an arson trial), RTBF (storm warning, municipal election results),
// 20 Minutes Suisse (school start in Vaud), Radio-Canada (a paper-mill
// closure), L'Orient-Le Jour (third anniversary of the Beirut port blast),
// Le Quotidien of Tunisia (tourism receipts), Fraternité Matin (cocoa farm-gate
// price) and L'Observateur Paalga (the rescue of trapped gold miners). Five
// pieces are narratives (trial accounts, anniversaries, a rescue) that use
// "le lendemain", "la veille", "ce soir-là", "ce jour-là", "deux jours plus
// tard", weekdays and clock times. Two pieces (basketball, election results)
// are number-heavy (scores, tallies, ages, prices, street numbers, year-like
// counts such as "1 998 spectateurs" or "2 019 voix") and contain no temporal
// expression, so their want lists are empty.
//
// Conventions: TimeML 1.2.1 / TempEval-3 TIMEX3 as adapted by the French
// TimeBank (ISO-TimeML). Spans keep determiners and modifiers ("le 18
// octobre", "l'automne dernier", "fin septembre", "près de six heures", "au
// moins une semaine", "vers 11 h", where "vers" is read as an APPROX modifier
// like English "around") but drop leading prepositions ("en", "depuis",
// "pendant", "à", "dès", "jusqu'à", "d'ici"; with fused "du"/"au" the span
// starts at the noun). "N jours plus tard", "trois ans après" (used
// adverbially) and "une heure plus tôt" are DURATIONs over the whole phrase;
// "il y a 40 ans" is a DATE resolved against the DCT; "le lendemain", "la
// veille", "ce soir-là", "ce jour-là" and "ce samedi-là" anchor on the date
// last narrated. Bare weekdays resolve to the previous occurrence in past
// contexts and the next one in future contexts; all relative values were
// computed with Python's datetime. Parts of day are TIME values (TMO, TAF,
// TEV, TNI), "fin de matinée"/"fin d'après-midi" carry mod END, weekends are
// YYYY-Www-WE, seasons YYYY-SP/SU/FA, decades "les années 1950" = 195, and
// "actuellement", "récemment", "prochainement" are PRESENT_REF, PAST_REF and
// FUTURE_REF. SETs: "chaque année" P1Y, "chaque semaine" P1W, "tous les
// jours" P1D, "tous les dimanches" XXXX-WXX-7, "toutes les 30 minutes" PT30M.
// Ages ("âgés de 29 et 33 ans", "les moins de 18 ans"), scores, grade names
// and cocoa "campagnes" are not timexes; prison terms and job tenure
// ("depuis 23 ans") are DURATIONs.
//
// The set was written blind: without reading the tagger's source, its other
// tests, its data or its documentation, and without running it.
//
// First run, on the committed tagger (24478a3) before any fix it prompted:
// relaxed F1 0.984, value accuracy 0.957, value F1 0.942.
var frHeldOut9 = []hoCase{
	{"of-comice-pontivy", "2019-08-26", `Pontivy. Le comice agricole a attiré la foule malgré la chaleur

Plus de 6 000 visiteurs ont arpenté samedi le site de la ferme de Kerlenn, où se tenait le comice agricole du canton. Une affluence record, selon les organisateurs, qui préparaient l'événement depuis le mois de janvier.

Dès 8 h, les éleveurs ont installé leurs bêtes sous les barnums : 140 vaches de race prim'holstein et normande, une trentaine de chevaux de trait et des moutons d'Ouessant. Le concours de la meilleure génisse s'est déroulé en fin de matinée, sous un soleil de plomb. « On a connu des éditions plus fraîches, mais les animaux ont bien tenu, il y avait de l'eau et de l'ombre partout », souligne Yannick Le Gall, président du comité.

Le comice, organisé chaque année depuis 1924, reste un rendez-vous incontournable pour la profession. « C'est le seul moment où les gens de la ville viennent voir comment on travaille », sourit Anne-Laure Jégo, jeune installée de 27 ans, qui élève des vaches laitières depuis trois ans à Noyal-Pontivy.

La fête s'est prolongée dimanche avec un concours de labour à l'ancienne et un repas champêtre qui a réuni 900 convives. Les bénévoles, une centaine, étaient à pied d'œuvre depuis mercredi pour monter les stands et les clôtures.

Le bilan financier sera présenté jeudi prochain aux communes partenaires, avant l'assemblée générale, prévue le 18 octobre. Le comité cherche déjà une commune d'accueil pour l'édition 2020. « Les candidatures sont ouvertes jusqu'à fin septembre », précise le président.`,
		[]hoGold{
			{"samedi", "DATE", "2019-08-24", ""},
			{"le mois de janvier", "DATE", "2019-01", ""},
			{"8 h", "TIME", "2019-08-24T08:00", ""},
			{"fin de matinée", "TIME", "2019-08-24TMO", "END"},
			{"chaque année", "SET", "P1Y", ""},
			{"1924", "DATE", "1924", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"dimanche", "DATE", "2019-08-25", ""},
			{"mercredi", "DATE", "2019-08-21", ""},
			{"jeudi prochain", "DATE", "2019-08-29", ""},
			{"le 18 octobre", "DATE", "2019-10-18", ""},
			{"2020", "DATE", "2020", ""},
			{"fin septembre", "DATE", "2019-09", "END"},
		}},
	{"vdn-ter-lille-bethune", "2023-02-14", `Lille. Travaux sur la ligne Lille-Béthune : plus aucun TER pendant neuf jours

Les usagers de la ligne TER Lille-Béthune vont devoir s'armer de patience. À partir du samedi 25 février, aucun train ne circulera entre Lille-Flandres et Béthune pendant neuf jours, le temps pour SNCF Réseau de renouveler 12 kilomètres de voies et deux aiguillages près de La Bassée.

La circulation reprendra normalement le lundi 6 mars, à 5 h 30, a annoncé lundi la Région Hauts-de-France. Des cars de substitution seront mis en place, avec un départ toutes les 30 minutes depuis la gare de Lille-Flandres. Il faudra compter environ une heure et quart de trajet, contre 40 minutes habituellement.

« Ce chantier était programmé depuis 2021. Nous avons tout fait pour gêner le moins possible les scolaires et les étudiants », assure le directeur territorial de SNCF Réseau.

Les associations d'usagers, elles, dénoncent une communication tardive. « On l'apprend aujourd'hui, à dix jours du début des travaux. Beaucoup de salariés n'ont pas le permis ou pas de voiture, ils vont devoir s'organiser au dernier moment », regrette Martine Delcourt, présidente de l'association Train 59-62. Elle rappelle que la ligne avait déjà été fermée à trois reprises l'automne dernier, pour des travaux de signalisation.

Une réunion d'information est prévue jeudi à 18 h à la mairie de La Bassée, en présence d'un représentant de la Région. Un second chantier, plus lourd, qui concernera le viaduc de Don, est annoncé pour l'été 2024.`,
		[]hoGold{
			{"neuf jours", "DURATION", "P9D", ""},
			{"samedi 25 février", "DATE", "2023-02-25", ""},
			{"neuf jours", "DURATION", "P9D", ""},
			{"le lundi 6 mars", "DATE", "2023-03-06", ""},
			{"5 h 30", "TIME", "2023-03-06T05:30", ""},
			{"lundi", "DATE", "2023-02-13", ""},
			{"toutes les 30 minutes", "SET", "PT30M", ""},
			{"environ une heure et quart", "DURATION", "PT1H15M", "APPROX"},
			{"40 minutes", "DURATION", "PT40M", ""},
			{"2021", "DATE", "2021", ""},
			{"aujourd'hui", "DATE", "2023-02-14", ""},
			{"dix jours", "DURATION", "P10D", ""},
			{"l'automne dernier", "DATE", "2022-FA", ""},
			{"jeudi", "DATE", "2023-02-16", ""},
			{"18 h", "TIME", "2023-02-16T18:00", ""},
			{"l'été 2024", "DATE", "2024-SU", ""},
		}},
	{"alsace-marches-noel-colmar", "2022-11-24", `Colmar. Les marchés de Noël ouvrent vendredi, sous le signe de la sobriété

Après deux éditions perturbées par la crise sanitaire, les six marchés de Noël de Colmar ouvriront leurs chalets ce vendredi 25 novembre, à 10 h. Ils resteront ouverts jusqu'au jeudi 29 décembre.

Sobriété énergétique oblige, les illuminations du centre historique seront éteintes une heure plus tôt que l'an dernier. Les chalets, eux, seront ouverts tous les jours. « Nous avons voulu garder la magie tout en montrant l'exemple », explique l'adjointe au maire chargée du tourisme. Dès ce week-end, des navettes gratuites relieront les parkings relais au centre-ville.

La municipalité attend plus d'un million et demi de visiteurs sur cinq semaines. La fréquentation avait atteint 1,2 million en 2021, malgré le passe sanitaire.

Côté religieux, la paroisse Saint-Martin renoue avec la tradition : une messe sera célébrée le premier dimanche de l'Avent, à 10 h 30, à la collégiale, suivie de la bénédiction de la grande couronne. Le concert des chorales, annulé en 2020 puis en 2021, aura lieu le samedi 10 décembre.

Les commerçants restent prudents. « Les gens ont moins de pouvoir d'achat cette année. On fera les comptes début janvier », glisse un vendeur de bredele installé place de l'Ancienne-Douane depuis 1998.

Le stationnement sera gratuit tous les dimanches dans les parkings du centre, du 27 novembre au 25 décembre.`,
		[]hoGold{
			{"vendredi", "DATE", "2022-11-25", ""},
			{"ce vendredi 25 novembre", "DATE", "2022-11-25", ""},
			{"10 h", "TIME", "2022-11-25T10:00", ""},
			{"jeudi 29 décembre", "DATE", "2022-12-29", ""},
			{"une heure plus tôt", "DURATION", "PT1H", ""},
			{"l'an dernier", "DATE", "2021", ""},
			{"tous les jours", "SET", "P1D", ""},
			{"ce week-end", "DATE", "2022-W47-WE", ""},
			{"cinq semaines", "DURATION", "P5W", ""},
			{"2021", "DATE", "2021", ""},
			{"le premier dimanche de l'Avent", "DATE", "2022-11-27", ""},
			{"10 h 30", "TIME", "2022-11-27T10:30", ""},
			{"2020", "DATE", "2020", ""},
			{"2021", "DATE", "2021", ""},
			{"le samedi 10 décembre", "DATE", "2022-12-10", ""},
			{"cette année", "DATE", "2022", ""},
			{"début janvier", "DATE", "2023-01", "START"},
			{"1998", "DATE", "1998", ""},
			{"tous les dimanches", "SET", "XXXX-WXX-7", ""},
			{"27 novembre", "DATE", "2022-11-27", ""},
			{"25 décembre", "DATE", "2022-12-25", ""},
		}},
	{"telegramme-voile-abers", "2022-06-20", `Voile. Le Brestois Erwan Kerhervé remporte le Trophée des Abers

Il a franchi la ligne d'arrivée dimanche, à 16 h 42, devant le port de l'Aber-Wrac'h, après près de 55 heures de course en solitaire. Erwan Kerhervé, 34 ans, a remporté la 12e édition du Trophée des Abers avec une avance de 47 minutes sur le Lorientais Mathieu Porcher.

Parti vendredi matin de Roscoff, le skipper du Figaro 3 « Breizh Énergie » a rapidement pris l'avantage en choisissant de longer la côte au passage du raz de Sein. Un choix qu'il avait préparé mardi dernier, lors d'une ultime reconnaissance avec son préparateur. « Le vent est tombé d'un coup, j'ai dormi moins de vingt minutes d'affilée », a-t-il raconté sur le ponton.

Samedi après-midi, une avarie de pilote automatique a failli tout remettre en cause. Le marin a dû barrer à la main pendant près de six heures. « J'ai cru que c'était fini. Et puis j'ai vu sur la cartographie que Mathieu était lui aussi ralenti. »

Troisième l'an passé, Kerhervé s'entraîne depuis l'automne au pôle Finistère course au large de Port-la-Forêt. Son prochain objectif : la Solitaire du Figaro, dont le départ sera donné le 28 août à Saint-Nazaire.

Sur les 24 bateaux au départ, 21 ont rallié l'arrivée. Le dernier concurrent, retardé par une voie d'eau, est attendu ce lundi soir. La remise des prix aura lieu samedi prochain, à 11 h, à la capitainerie.`,
		[]hoGold{
			{"dimanche", "DATE", "2022-06-19", ""},
			{"16 h 42", "TIME", "2022-06-19T16:42", ""},
			{"près de 55 heures", "DURATION", "PT55H", "APPROX"},
			{"47 minutes", "DURATION", "PT47M", ""},
			{"vendredi matin", "TIME", "2022-06-17TMO", ""},
			{"mardi dernier", "DATE", "2022-06-14", ""},
			{"moins de vingt minutes", "DURATION", "PT20M", "LESS_THAN"},
			{"Samedi après-midi", "TIME", "2022-06-18TAF", ""},
			{"près de six heures", "DURATION", "PT6H", "APPROX"},
			{"l'an passé", "DATE", "2021", ""},
			{"l'automne", "DATE", "2021-FA", ""},
			{"le 28 août", "DATE", "2022-08-28", ""},
			{"ce lundi soir", "TIME", "2022-06-20TEV", ""},
			{"samedi prochain", "DATE", "2022-06-25", ""},
			{"11 h", "TIME", "2022-06-25T11:00", ""},
		}},
	{"corsematin-proces-paillote", "2021-06-17", `Ajaccio. Incendie de la paillote de Porticcio : deux ans de prison ferme requis

Le tribunal correctionnel d'Ajaccio a examiné hier l'affaire de l'incendie qui avait ravagé la paillote « U Scogliu », sur la plage de la Viva, dans la nuit du 14 au 15 août 2019. Deux hommes, âgés de 29 et 33 ans, comparaissaient pour destruction volontaire par un moyen dangereux.

Les débats ont permis de reconstituer la chronologie. Le 13 août, le principal prévenu a une violente altercation avec le gérant, qui lui refuse l'entrée. Ce soir-là, selon plusieurs témoins, il promet de « revenir ».

Le lendemain, vers 23 h 40, la caméra de vidéosurveillance d'une résidence voisine filme deux silhouettes sur la plage. À 0 h 15, les premières flammes sont visibles. Les pompiers, alertés par un promeneur, arrivent une vingtaine de minutes plus tard, mais la structure en bois est entièrement détruite. Quelques heures plus tard, les gendarmes retrouvent un jerrican d'essence dans les rochers.

Les deux hommes ont été interpellés deux mois plus tard, le 16 octobre, grâce à l'exploitation de leur téléphonie. Ils ont passé quatre mois en détention provisoire avant d'être placés sous contrôle judiciaire.

À la barre, le principal prévenu a nié toute implication. « J'étais chez moi, je dormais », a-t-il répété pendant près de deux heures d'interrogatoire. Son avocat a plaidé la relaxe, faute de preuve formelle.

Le procureur a requis deux ans de prison ferme contre lui et dix-huit mois avec sursis contre son complice. Le jugement a été mis en délibéré au 8 juillet.`,
		[]hoGold{
			{"deux ans", "DURATION", "P2Y", ""},
			{"hier", "DATE", "2021-06-16", ""},
			{"la nuit du 14 au 15 août 2019", "TIME", "2019-08-14TNI", ""},
			{"Le 13 août", "DATE", "2019-08-13", ""},
			{"Ce soir-là", "TIME", "2019-08-13TEV", ""},
			{"Le lendemain", "DATE", "2019-08-14", ""},
			{"vers 23 h 40", "TIME", "2019-08-14T23:40", "APPROX"},
			{"0 h 15", "TIME", "2019-08-15T00:15", ""},
			{"une vingtaine de minutes plus tard", "DURATION", "PT20M", "APPROX"},
			{"Quelques heures plus tard", "DURATION", "PTXH", ""},
			{"deux mois plus tard", "DURATION", "P2M", ""},
			{"le 16 octobre", "DATE", "2019-10-16", ""},
			{"quatre mois", "DURATION", "P4M", ""},
			{"près de deux heures", "DURATION", "PT2H", "APPROX"},
			{"deux ans", "DURATION", "P2Y", ""},
			{"dix-huit mois", "DURATION", "P18M", ""},
			{"8 juillet", "DATE", "2021-07-08", ""},
		}},
	{"rtbf-orages-alerte-orange", "2024-07-11", `Orages : alerte orange sur le sud du pays jusqu'à vendredi midi

L'Institut royal météorologique (IRM) a relevé ce jeudi matin son niveau d'alerte à l'orange pour les provinces de Namur, de Luxembourg et du Hainaut. De violents orages sont attendus à partir de 15 h, avec localement de la grêle et des rafales pouvant atteindre 90 km/h.

« Les cellules orageuses vont se développer en fin d'après-midi sur le nord de la France et remonter vers nos régions. Il peut tomber 30 à 40 litres par mètre carré en moins d'une heure », prévient le prévisionniste de service. L'alerte court jusqu'à vendredi midi.

Les pompiers de la zone Dinaphi restent mobilisés : mercredi soir déjà, ils ont effectué 67 interventions pour des caves inondées et des arbres tombés, principalement à Dinant et à Ciney. À Rochefort, la N86 a été coupée pendant plus de trois heures.

Ce nouvel épisode ravive de mauvais souvenirs chez les riverains de la Vesdre, dévastée par les inondations meurtrières de juillet 2021. Depuis le début du mois, il est déjà tombé 140 litres par mètre carré à Uccle, presque le double de la normale.

Le week-end devrait être plus calme. L'IRM prévoit un temps sec samedi et des températures de 23 à 25 degrés. Le retour de la chaleur est annoncé pour la semaine prochaine, avec des maxima qui pourraient dépasser les 30 degrés à partir de mardi.`,
		[]hoGold{
			{"vendredi midi", "TIME", "2024-07-12T12:00", ""},
			{"ce jeudi matin", "TIME", "2024-07-11TMO", ""},
			{"15 h", "TIME", "2024-07-11T15:00", ""},
			{"fin d'après-midi", "TIME", "2024-07-11TAF", "END"},
			{"moins d'une heure", "DURATION", "PT1H", "LESS_THAN"},
			{"vendredi midi", "TIME", "2024-07-12T12:00", ""},
			{"mercredi soir", "TIME", "2024-07-10TEV", ""},
			{"plus de trois heures", "DURATION", "PT3H", "MORE_THAN"},
			{"juillet 2021", "DATE", "2021-07", ""},
			{"le début du mois", "DATE", "2024-07", "START"},
			{"Le week-end", "DATE", "2024-W28-WE", ""},
			{"samedi", "DATE", "2024-07-13", ""},
			{"la semaine prochaine", "DATE", "2024-W29", ""},
			{"mardi", "DATE", "2024-07-16", ""},
		}},
	{"20min-rentree-vaud", "2025-08-18", `Vaud: 98 000 élèves reprennent le chemin de l'école lundi prochain

Le compte à rebours est lancé. Lundi 25 août, quelque 98 000 élèves vaudois feront leur rentrée, dont 9400 enfants en première année primaire. Le Département de l'enseignement et de la formation a présenté ce lundi les nouveautés de cette rentrée.

Principale mesure: l'interdiction des téléphones portables dans tous les établissements, y compris pendant les pauses. Le dispositif a été testé depuis janvier dans onze collèges pilotes. «Les résultats sont encourageants: en six mois, les conflits liés aux réseaux sociaux ont baissé de moitié», affirme la conseillère d'Etat en charge du dossier.

Le canton doit aussi faire face à une pénurie d'enseignants. Il manquait encore 42 postes à pourvoir vendredi dernier. Des étudiants de la HEP en fin de formation viendront compléter les équipes, quelques heures chaque semaine. D'autres mesures seront annoncées prochainement, promet le département.

Du côté des syndicats, on dénonce des classes surchargées. «Certaines classes de 7e comptent actuellement 26 élèves, c'est du jamais vu», s'inquiète un représentant du SSP. Une manifestation est prévue le mercredi 17 septembre à Lausanne, devant le Château.

Les parents sont invités à consulter les horaires des transports scolaires, modifiés cet été dans plusieurs communes de la Broye. Une séance d'information aura lieu jeudi à 19 h 30 à la salle de la Prillaz, à Payerne.`,
		[]hoGold{
			{"lundi prochain", "DATE", "2025-08-25", ""},
			{"Lundi 25 août", "DATE", "2025-08-25", ""},
			{"ce lundi", "DATE", "2025-08-18", ""},
			{"janvier", "DATE", "2025-01", ""},
			{"six mois", "DURATION", "P6M", ""},
			{"vendredi dernier", "DATE", "2025-08-15", ""},
			{"quelques heures", "DURATION", "PTXH", ""},
			{"chaque semaine", "SET", "P1W", ""},
			{"prochainement", "DATE", "FUTURE_REF", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"le mercredi 17 septembre", "DATE", "2025-09-17", ""},
			{"cet été", "DATE", "2025-SU", ""},
			{"jeudi", "DATE", "2025-08-21", ""},
			{"19 h 30", "TIME", "2025-08-21T19:30", ""},
		}},
	{"radiocanada-papetiere-latuque", "2020-01-22", `L'usine de Papiers Boréal de La Tuque fermera ses portes ce printemps

La direction de Papiers Boréal a confirmé mardi la fermeture de son usine de La Tuque, en Haute-Mauricie, d'ici la fin d'avril. Quelque 180 travailleurs perdront leur emploi.

L'annonce a été faite aux employés lors d'une rencontre à 9 h 30, dans la cafétéria de l'usine. « On s'en doutait depuis l'automne, mais ça fait mal quand même », a confié un opérateur qui y travaille depuis 23 ans.

L'entreprise invoque la baisse de la demande de papier journal, qui a chuté de 11 % en 2019, ainsi que la hausse des coûts de la fibre. L'usine, construite dans les années 1950, avait déjà été mise à l'arrêt pendant sept semaines l'été dernier. Papiers Boréal y avait pourtant récemment investi 12 millions de dollars dans une nouvelle chaudière.

Les derniers rouleaux doivent sortir de l'usine le 24 avril. La production diminuera graduellement d'ici là.

Le maire de La Tuque s'est dit « sous le choc ». Il rencontrera la ministre de l'Économie vendredi à Québec pour discuter d'un plan de relance. « On ne laissera pas tomber nos familles. »

Le syndicat des Métallos, qui représente les travailleurs, réclame pour sa part des indemnités de départ plus généreuses et un programme de reclassement. Une assemblée générale est prévue dimanche après-midi au sous-sol de l'église Saint-Zéphirin.

Il s'agit de la troisième fermeture d'usine en Mauricie en moins de deux ans.`,
		[]hoGold{
			{"ce printemps", "DATE", "2020-SP", ""},
			{"mardi", "DATE", "2020-01-21", ""},
			{"la fin d'avril", "DATE", "2020-04", "END"},
			{"9 h 30", "TIME", "2020-01-21T09:30", ""},
			{"l'automne", "DATE", "2019-FA", ""},
			{"23 ans", "DURATION", "P23Y", ""},
			{"2019", "DATE", "2019", ""},
			{"les années 1950", "DATE", "195", ""},
			{"sept semaines", "DURATION", "P7W", ""},
			{"l'été dernier", "DATE", "2019-SU", ""},
			{"récemment", "DATE", "PAST_REF", ""},
			{"le 24 avril", "DATE", "2020-04-24", ""},
			{"vendredi", "DATE", "2020-01-24", ""},
			{"dimanche après-midi", "TIME", "2020-01-26TAF", ""},
			{"moins de deux ans", "DURATION", "P2Y", "LESS_THAN"},
		}},
	{"olj-port-beyrouth-trois-ans", "2023-08-04", `Explosion du port : trois ans après, les familles des victimes toujours en quête de vérité

Le 4 août 2020, à 18 h 07, une double explosion dévastait le port de Beyrouth et une grande partie de la capitale. Plus de 220 morts, 6 500 blessés, des quartiers entiers soufflés. Ce vendredi, des milliers de personnes sont attendues à partir de 16 h devant la statue de l'Émigré, face aux silos éventrés.

Pour Rima, 52 ans, dont le fils pompier a péri ce soir-là, le souvenir reste intact. « Il m'a appelée à 17 h 55 pour me dire qu'il partait éteindre un incendie au hangar 12. Je n'ai plus jamais eu de nouvelles. » Le lendemain, elle a arpenté les hôpitaux de la ville pendant des heures. Le corps de son fils n'a été retrouvé que trois jours plus tard, sous les décombres.

L'enquête judiciaire, confiée en février 2021 au juge Tarek Bitar, est paralysée depuis décembre 2021 par une série de recours déposés par des responsables politiques. Le magistrat avait tenté de la relancer en janvier dernier, sans succès.

« Depuis trois ans, on nous demande d'attendre. Mais attendre quoi ? » interroge Paul, membre du comité des familles. Mercredi, les proches des victimes ont remis une nouvelle lettre au Haut-Commissariat des Nations unies aux droits de l'homme, réclamant une mission d'enquête internationale.

Le gouvernement a décrété un deuil national, et les administrations publiques resteront fermées aujourd'hui. Les cloches des églises sonneront à 18 h 07, heure exacte de l'explosion, avant une messe et une prière collective.`,
		[]hoGold{
			{"trois ans après", "DURATION", "P3Y", ""},
			{"Le 4 août 2020", "DATE", "2020-08-04", ""},
			{"18 h 07", "TIME", "2020-08-04T18:07", ""},
			{"Ce vendredi", "DATE", "2023-08-04", ""},
			{"16 h", "TIME", "2023-08-04T16:00", ""},
			{"ce soir-là", "TIME", "2020-08-04TEV", ""},
			{"17 h 55", "TIME", "2020-08-04T17:55", ""},
			{"Le lendemain", "DATE", "2020-08-05", ""},
			{"des heures", "DURATION", "PTXH", ""},
			{"trois jours plus tard", "DURATION", "P3D", ""},
			{"février 2021", "DATE", "2021-02", ""},
			{"décembre 2021", "DATE", "2021-12", ""},
			{"janvier dernier", "DATE", "2023-01", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"Mercredi", "DATE", "2023-08-02", ""},
			{"aujourd'hui", "DATE", "2023-08-04", ""},
			{"18 h 07", "TIME", "2023-08-04T18:07", ""},
		}},
	{"lequotidien-recettes-touristiques", "2024-09-30", `Tourisme : les recettes en hausse de 8 % à fin septembre

Les recettes touristiques de la Tunisie ont atteint 5,9 milliards de dinars au 20 septembre 2024, contre 5,4 milliards un an plus tôt, selon les chiffres publiés samedi par la Banque centrale de Tunisie. Le pays a accueilli 7,8 millions de visiteurs depuis le début de l'année, un niveau proche du record de 2019.

L'été a été porté par les marchés européen et maghrébin. En août, plus de 1,1 million d'Algériens sont entrés par les postes frontaliers de l'Ouest, selon l'Office national du tourisme tunisien (ONTT). « Les hôtels de Djerba et de Hammamet ont affiché complet pendant six semaines », se félicite un responsable de la Fédération tunisienne de l'hôtellerie.

Le ministre du Tourisme a fixé l'objectif de 10 millions de touristes pour l'année 2024. Il mise aussi sur le tourisme saharien, avec le Festival international du Sahara de Douz, prévu fin décembre, et sur les vols directs vers Tozeur.

Les professionnels restent toutefois inquiets. La dette des hôtels auprès des banques atteint actuellement 4,2 milliards de dinars. « Nous avons perdu près de trois ans avec le Covid. Il faudra au moins une décennie pour moderniser le parc hôtelier », estime le président de la fédération.

Un nouveau plan de promotion doit être présenté durant le premier trimestre 2025, lors du salon ITB de Berlin, où la Tunisie disposera d'un pavillon de 600 mètres carrés.`,
		[]hoGold{
			{"fin septembre", "DATE", "2024-09", "END"},
			{"20 septembre 2024", "DATE", "2024-09-20", ""},
			{"un an plus tôt", "DURATION", "P1Y", ""},
			{"samedi", "DATE", "2024-09-28", ""},
			{"le début de l'année", "DATE", "2024", "START"},
			{"2019", "DATE", "2019", ""},
			{"L'été", "DATE", "2024-SU", ""},
			{"août", "DATE", "2024-08", ""},
			{"six semaines", "DURATION", "P6W", ""},
			{"l'année 2024", "DATE", "2024", ""},
			{"fin décembre", "DATE", "2024-12", "END"},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"près de trois ans", "DURATION", "P3Y", "APPROX"},
			{"au moins une décennie", "DURATION", "P10Y", "EQUAL_OR_MORE"},
			{"le premier trimestre 2025", "DATE", "2025-Q1", ""},
		}},
	{"fratmat-campagne-cacao", "2021-10-02", `Campagne cacao : le prix bord champ fixé à 825 F CFA le kilogramme

Le gouvernement a fixé vendredi le prix garanti aux producteurs de cacao à 825 F CFA le kilogramme pour la campagne principale, ouverte officiellement ce 1er octobre. Le prix était de 1 000 F CFA lors de la campagne précédente.

L'annonce a été faite à Yamoussoukro par le ministre de l'Agriculture et du Développement rural, à l'issue d'un Conseil des ministres extraordinaire tenu dans la matinée. « Ce prix tient compte de la baisse des cours mondiaux observée depuis le mois de mars. L'État ne peut pas faire plus sans mettre en péril la stabilisation », a-t-il expliqué.

Dans la région de la Nawa, premier bassin de production du pays, les planteurs ont accueilli la nouvelle avec déception. « Avec les engrais qui ont doublé en deux ans, on ne s'en sort plus », témoigne Koffi Kouassi, planteur depuis 1995 à Méagui, qui exploite 6 hectares.

Le Conseil du café-cacao (CCC) a promis des contrôles renforcés chaque semaine dans les points d'achat pour faire respecter le prix officiel. Les premiers camions sont attendus au port de San Pedro dès lundi.

La Côte d'Ivoire, premier producteur mondial, prévoit une récolte de 2,1 millions de tonnes pour cette campagne. La campagne intermédiaire démarrera, elle, début avril 2022. Un nouveau prix sera alors annoncé par le Conseil.`,
		[]hoGold{
			{"vendredi", "DATE", "2021-10-01", ""},
			{"ce 1er octobre", "DATE", "2021-10-01", ""},
			{"la matinée", "TIME", "2021-10-01TMO", ""},
			{"le mois de mars", "DATE", "2021-03", ""},
			{"deux ans", "DURATION", "P2Y", ""},
			{"1995", "DATE", "1995", ""},
			{"chaque semaine", "SET", "P1W", ""},
			{"lundi", "DATE", "2021-10-04", ""},
			{"début avril 2022", "DATE", "2022-04", "START"},
		}},
	{"paalga-puits-orpaillage", "2023-03-07", `Effondrement d'un puits d'orpaillage à Kalsaka : le récit de quatre jours d'angoisse

Ils sont sortis vivants après plus de 90 heures sous terre. Samedi dernier, vers 11 h, les secouristes ont remonté le dernier des six orpailleurs bloqués au fond d'un puits du site aurifère de Kalsaka, dans la province du Yatenga. Retour sur un sauvetage hors norme.

Tout commence le mardi 28 février. Ce jour-là, à 7 h, une dizaine d'hommes descendent dans la galerie, à près de 40 mètres de profondeur. Vers 8 h 30, une partie du boisage cède. Quatre orpailleurs parviennent à remonter ; six restent prisonniers.

Les premiers secours s'organisent sur place, mais faute de matériel adapté, les travaux avancent lentement. Le lendemain, une équipe de la Brigade nationale des sapeurs-pompiers arrive de Ouagadougou avec un compresseur et des pompes.

Deux jours plus tard, le vendredi 3 mars, les sauveteurs entendent pour la première fois des coups frappés contre la roche. « Ce soir-là, tout le village a prié. On savait qu'ils étaient vivants », raconte Salif Ouédraogo, dont le frère cadet faisait partie des mineurs.

Les six hommes, âgés de 19 à 41 ans, ont été évacués vers le centre hospitalier régional de Ouahigouya, souffrant de déshydratation. Ils en sont sortis hier.

Le ministre de l'Énergie, des Mines et des Carrières s'est rendu sur place dimanche. Il a annoncé la fermeture du site pour trois mois et l'inspection de tous les puits artisanaux de la région d'ici fin juin.`,
		[]hoGold{
			{"quatre jours", "DURATION", "P4D", ""},
			{"plus de 90 heures", "DURATION", "PT90H", "MORE_THAN"},
			{"Samedi dernier", "DATE", "2023-03-04", ""},
			{"vers 11 h", "TIME", "2023-03-04T11:00", "APPROX"},
			{"le mardi 28 février", "DATE", "2023-02-28", ""},
			{"Ce jour-là", "DATE", "2023-02-28", ""},
			{"7 h", "TIME", "2023-02-28T07:00", ""},
			{"Vers 8 h 30", "TIME", "2023-02-28T08:30", "APPROX"},
			{"Le lendemain", "DATE", "2023-03-01", ""},
			{"Deux jours plus tard", "DURATION", "P2D", ""},
			{"le vendredi 3 mars", "DATE", "2023-03-03", ""},
			{"Ce soir-là", "TIME", "2023-03-03TEV", ""},
			{"hier", "DATE", "2023-03-06", ""},
			{"dimanche", "DATE", "2023-03-05", ""},
			{"trois mois", "DURATION", "P3M", ""},
			{"fin juin", "DATE", "2023-06", "END"},
		}},
	{"of-basket-n3-sans-timex", "2018-03-12", `Basket. Nationale 3 : l'Avenir de Rennes s'offre Vannes (78-71)

Devant 1 998 spectateurs, la salle du boulevard de Vitré a vibré. Les Rennais ont dominé l'UCK-NEF Vannes 78 à 71, grâce notamment à un Thomas Briand étincelant : 24 points, 9 rebonds et 6 passes décisives. L'ailier de 31 ans a inscrit 4 paniers à trois points sur 7 tentés et 6 lancers francs sur 6.

Menés 31-37 à la pause, les joueurs de Stéphane Guillou ont réagi avec un 14-2 au retour des vestiaires. Le meneur Kévin Le Roux, 22 ans, a ajouté 17 points et le pivot sénégalais Moussa Diop 12 points et 11 rebonds. En face, l'Américain Jalen Brooks a fini meilleur marqueur de la rencontre avec 26 unités.

« On a manqué d'adresse, mais le groupe a montré du caractère. Les 1 998 personnes présentes nous ont portés », souligne le coach rennais, 47 ans.

Au classement, l'Avenir remonte à la 4e place avec 13 victoires et 6 défaites, à deux longueurs du leader, Saint-Brieuc (15-4). Vannes recule au 7e rang (10-9).

Le club, qui compte 2 012 licenciés et 38 équipes engagées, a vu son budget passer de 410 000 à 465 000 euros. Le prix des places reste fixé à 8 euros, 5 euros pour les moins de 18 ans. La buvette a écoulé 640 crêpes, 310 galettes-saucisses et 1 200 gobelets.

Prochain déplacement à Lorient, salle du 19, rue Jean-Jaurès, face au CEP (5e, 11-8), qui reste sur 3 succès d'affilée et 92 points de moyenne.`,
		[]hoGold{}},
	{"rtbf-communales-wavre-sans-timex", "2018-10-15", `Communales à Wavre : la Liste du Bourgmestre conserve la majorité absolue

La Liste du Bourgmestre (LB) reste largement en tête à Wavre. Avec 5 211 voix, soit 47,3 % des suffrages valables, elle décroche 15 des 31 sièges du conseil communal, un de moins que lors du précédent scrutin, mais conserve la majorité absolue grâce au siège de son partenaire local.

Écolo réalise une belle progression avec 2 019 voix (18,3 %) et 5 sièges, contre 3 sièges dans le conseil sortant. Le PS obtient 1 987 voix (18 %) et 5 sièges également. Les centristes du cdH récoltent 1 204 voix (10,9 %) et 3 sièges, le PTB 812 voix (7,4 %) et 2 sièges. DéFI, avec 791 voix, sauve de justesse son unique siège.

Le taux de participation atteint 86,4 % des 27 312 électeurs inscrits. On dénombre 1 142 bulletins blancs ou nuls, soit 4,1 %.

Côté voix de préférence, le bourgmestre, 58 ans, totalise 3 412 votes nominatifs, loin devant la tête de liste Écolo, une enseignante de 41 ans, qui en recueille 1 156. Le benjamin du futur conseil, 23 ans, siégera sur les bancs du PS avec 402 voix.

« Les Wavriens nous ont renouvelé leur confiance. Nous allons discuter avec Écolo et le PS, mais je ne cache pas que la majorité absolue nous offre de la marge », a réagi le bourgmestre depuis la salle des fêtes de l'hôtel de ville, au 8 de la place de l'Hôtel de Ville, où 250 militants s'étaient réunis.`,
		[]hoGold{}},
	{"vdn-assises-buraliste-tourcoing", "2017-03-09", `Douai. Assises : le récit glaçant de la mort du buraliste de Tourcoing

La cour d'assises du Nord est revenue mercredi sur la mort de Didier Lemaire, buraliste à Tourcoing, tué le 22 novembre 2014 dans son commerce de la rue de Lille. Deux hommes, âgés de 27 et 30 ans, sont accusés de vol avec arme ayant entraîné la mort.

Ce samedi-là, vers 18 h 45, deux hommes cagoulés entrent dans le bureau de tabac au moment de la fermeture. L'un d'eux exige le contenu de la caisse. Didier Lemaire, 61 ans, résiste. Un coup de feu part. Le buraliste meurt sur place, malgré l'intervention rapide des secours.

La veille, les deux accusés avaient été filmés par une caméra du centre-ville alors qu'ils rôdaient autour du commerce. « Ils ont fait des repérages pendant au moins une semaine », a expliqué à la barre le commandant de police chargé de l'enquête.

L'arme, un revolver de calibre 38, a été retrouvée deux jours plus tard dans la Deûle. Les deux hommes ont été interpellés en mars 2015, après quatre mois d'enquête. Ils sont en détention provisoire depuis.

Mercredi matin, la veuve du buraliste a témoigné pendant près d'une heure, la voix souvent brisée. « Depuis ce 22 novembre, je n'ai plus jamais relevé le rideau. On tenait le tabac depuis 1989. » Le principal accusé, qui a reconnu avoir tenu l'arme, affirme que le coup est parti « tout seul ».

L'avocat général devrait prendre ses réquisitions ce jeudi après-midi. Le verdict est attendu vendredi. Les accusés encourent la réclusion criminelle à perpétuité.`,
		[]hoGold{
			{"mercredi", "DATE", "2017-03-08", ""},
			{"le 22 novembre 2014", "DATE", "2014-11-22", ""},
			{"Ce samedi-là", "DATE", "2014-11-22", ""},
			{"vers 18 h 45", "TIME", "2014-11-22T18:45", "APPROX"},
			{"La veille", "DATE", "2014-11-21", ""},
			{"au moins une semaine", "DURATION", "P1W", "EQUAL_OR_MORE"},
			{"deux jours plus tard", "DURATION", "P2D", ""},
			{"mars 2015", "DATE", "2015-03", ""},
			{"quatre mois", "DURATION", "P4M", ""},
			{"Mercredi matin", "TIME", "2017-03-08TMO", ""},
			{"près d'une heure", "DURATION", "PT1H", "APPROX"},
			{"ce 22 novembre", "DATE", "2014-11-22", ""},
			{"1989", "DATE", "1989", ""},
			{"ce jeudi après-midi", "TIME", "2017-03-09TAF", ""},
			{"vendredi", "DATE", "2017-03-10", ""},
		}},
	{"telegramme-amoco-cadiz-40-ans", "2018-03-16", `Portsall. Il y a 40 ans, l'Amoco Cadiz s'échouait sur les roches

Le 16 mars 1978, vers 9 h 45, le gouvernail du supertanker Amoco Cadiz, chargé de 227 000 tonnes de brut, se bloque au large d'Ouessant. Le capitaine fait appel à un remorqueur allemand, le Pacific, qui arrive sur zone vers midi. Pendant près de dix heures, les tentatives de remorquage échouent les unes après les autres.

À 21 h 04, le pétrolier touche les roches de Men Goulven, à moins de deux milles de Portsall. Ce soir-là, les habitants sentent l'odeur avant de comprendre. « On a cru à une fuite de gaz. Personne n'imaginait l'ampleur de ce qui arrivait », se souvient Jean-Yves, 79 ans, ancien goémonier.

Le lendemain matin, la marée noire atteint les plages. Deux jours plus tard, le navire se brise en deux. Pendant des semaines, des milliers de bénévoles et de soldats ramassent le pétrole à la pelle et au seau. Au total, 360 km de côtes bretonnes sont souillés.

Le combat judiciaire durera quatorze ans : ce n'est qu'en 1992 que la justice américaine condamne définitivement la compagnie Amoco à indemniser les communes bretonnes.

Ce vendredi, la commune de Ploudalmézeau organise une cérémonie à 11 h devant l'ancre du navire, exposée sur le port. Une exposition de photos d'époque est visible jusqu'au 15 avril à la salle Saint-Pierre. Le maire rappelle que « depuis quarante ans, les règles de navigation au large d'Ouessant ont profondément changé ».`,
		[]hoGold{
			{"Il y a 40 ans", "DATE", "1978", ""},
			{"Le 16 mars 1978", "DATE", "1978-03-16", ""},
			{"vers 9 h 45", "TIME", "1978-03-16T09:45", "APPROX"},
			{"vers midi", "TIME", "1978-03-16T12:00", "APPROX"},
			{"près de dix heures", "DURATION", "PT10H", "APPROX"},
			{"21 h 04", "TIME", "1978-03-16T21:04", ""},
			{"Ce soir-là", "TIME", "1978-03-16TEV", ""},
			{"Le lendemain matin", "TIME", "1978-03-17TMO", ""},
			{"Deux jours plus tard", "DURATION", "P2D", ""},
			{"des semaines", "DURATION", "PXW", ""},
			{"quatorze ans", "DURATION", "P14Y", ""},
			{"1992", "DATE", "1992", ""},
			{"Ce vendredi", "DATE", "2018-03-16", ""},
			{"11 h", "TIME", "2018-03-16T11:00", ""},
			{"15 avril", "DATE", "2018-04-15", ""},
			{"quarante ans", "DURATION", "P40Y", ""},
		}},
}

func TestFrenchHeldOut9(t *testing.T) { guardHeldOut(t, "French 9", frHeldOut9, "fr", 0.94) }
