package extract

import "testing"

// frHeldOut8 is a blind held-out evaluation set of 16 invented but realistic
// French-language news articles (150-300 words each), each with its own DCT
// (publication date; the dateline, where the style has one, agrees with it).
// The styles imitated are AFP dispatches, Le Figaro, Sud Ouest, Le Progrès,
// Nice-Matin, La Libre Belgique, Le Temps, Le Devoir, Jeune Afrique, Le Matin
// (Maroc), El Watan and Le Soleil (Sénégal), 1999-2025: politics, justice,
// economy (résultats semestriels, loi de finances), sport, weather, culture
// and narratives of past events. Two articles (basketball statistics,
// municipal election tallies) are number-heavy - scores, tallies, prices,
// ages, street numbers and year-like numbers such as "2 019 voix" - and
// contain no temporal expression at all (empty want lists).
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 and the French TimeBank
// (ISO-TimeML) conventions: every timex is listed in document order; spans
// keep determiners and modifiers ("le 15 mai", "la semaine dernière",
// "début mai", "près de deux heures", "vers 23 heures" with mod APPROX) but
// not leading prepositions ("en", "depuis", "pendant", "à", "dès", "d'ici")
// nor the preposition part of a contraction ("du 26 février" -> "26 février").
// Bare weekdays resolve to the nearest past or future occurrence according
// to tense; "le lendemain", "la veille", "ce jour-là", "le même jour" anchor
// on the date last narrated; "N jours plus tard", "N ans après", "un an plus
// tôt" are DURATIONs; "il y a trois ans" is a DATE resolved against the DCT;
// parts of day are TIME values (TMO/TAF/TEV/TNI); "actuellement" and
// "maintenant" are PRESENT_REF. Ages, sports scores and names containing a
// date word ("Mission an 2000") are not timexes. Relative values were computed
// with Python's datetime from each DCT.
//
// The set was written without reading the tagger's source, tests, data or
// documentation.
//
// First run, on the committed tagger (50928cb) before any fix it prompted:
// relaxed F1 0.982, value accuracy 0.907, value F1 0.891.
var frHeldOut8 = []hoCase{
	{"afp-loi-sante-assemblee", "2019-03-12", `PARIS, 12 mars 2019 (AFP) - Les députés ont adopté mardi en première lecture le projet de loi relatif à l'organisation du système de santé, après près de deux semaines de débats parfois houleux dans l'hémicycle.

Le texte a été voté par 349 voix contre 172 lors d'une séance ouverte à 9 h 30, convoquée la semaine dernière par la conférence des présidents. « Nous avons tenu le calendrier que nous nous étions fixé », s'est félicité le rapporteur, rappelant que le gouvernement souhaite une promulgation d'ici fin juin.

Le projet sera examiné par le Sénat à partir du 2 avril, avant une commission mixte paritaire envisagée début mai.

Mardi dernier, l'opposition avait pourtant tenté de ralentir les travaux en déposant plus de 800 amendements. Les Républicains avaient dénoncé « un passage en force » et réclamé un report de trois mois, rejeté à main levée.

Le texte prévoit notamment la suppression du numerus clausus à partir de 2020 et la labellisation de 500 à 600 « hôpitaux de proximité » d'ici 2022. Les syndicats de médecins libéraux, qui seront reçus jeudi prochain à Matignon, jugent la réforme « insuffisamment financée ».

Depuis le début de l'année, l'exécutif a multiplié les réunions avec les élus locaux, inquiets de la fermeture de maternités dans les zones rurales. Actuellement, près de 6 % des Français vivent à plus de 45 km d'une maternité, selon la Drees.

Le Premier ministre doit s'exprimer sur le sujet ce week-end dans un entretien accordé à la presse régionale.`,
		[]hoGold{
			{"12 mars 2019", "DATE", "2019-03-12", ""},
			{"mardi", "DATE", "2019-03-12", ""},
			{"près de deux semaines", "DURATION", "P2W", "APPROX"},
			{"9 h 30", "TIME", "2019-03-12T09:30", ""},
			{"la semaine dernière", "DATE", "2019-W10", ""},
			{"fin juin", "DATE", "2019-06", "END"},
			{"2 avril", "DATE", "2019-04-02", ""},
			{"début mai", "DATE", "2019-05", "START"},
			{"Mardi dernier", "DATE", "2019-03-05", ""},
			{"trois mois", "DURATION", "P3M", ""},
			{"2020", "DATE", "2020", ""},
			{"2022", "DATE", "2022", ""},
			{"jeudi prochain", "DATE", "2019-03-14", ""},
			{"le début de l'année", "DATE", "2019", "START"},
			{"Actuellement", "DATE", "PRESENT_REF", ""},
			{"ce week-end", "DATE", "2019-W11-WE", ""},
		}},
	{"lalibre-assises-fourgon", "2008-10-22", `Le procès de l'attaque du fourgon blindé d'Anderlecht s'est ouvert lundi devant la cour d'assises de Bruxelles. Quatre accusés, âgés de 29 à 41 ans, comparaissent pour des faits remontant au 14 mars 2006.

Ce jour-là, vers 7 h 15, un fourgon de transport de fonds avait été pris en tenaille par deux berlines volées à la sortie d'un dépôt de la chaussée de Mons. Les convoyeurs, menacés par des armes de guerre, avaient été contraints d'ouvrir le coffre. Le butin, estimé à 1,2 million d'euros, n'a jamais été retrouvé.

Le lendemain, la police judiciaire fédérale découvrait l'une des voitures incendiée dans un bois de Tervuren. Trois jours plus tard, un premier suspect était interpellé à son domicile de Schaerbeek. Les trois autres ont été arrêtés au cours de l'été 2007, après plus d'un an d'écoutes téléphoniques.

Mardi, l'audience a été entièrement consacrée à la lecture de l'acte d'accusation, qui a duré près de six heures. « Mon client conteste formellement toute participation », a déclaré hier Me Van der Straeten, avocat du principal accusé, qui dénonce une enquête « menée à charge ».

Le président de la cour entend faire défiler les enquêteurs jusqu'à vendredi. Une soixantaine de témoins doivent ensuite être entendus pendant les trois prochaines semaines, et le verdict est attendu pour la mi-novembre.

Depuis 2005, la Belgique a connu une vingtaine d'attaques de fourgons, dont la plupart n'ont toujours pas été élucidées. Les syndicats de convoyeurs réclament un renforcement des escortes policières.`,
		[]hoGold{
			{"lundi", "DATE", "2008-10-20", ""},
			{"14 mars 2006", "DATE", "2006-03-14", ""},
			{"Ce jour-là", "DATE", "2006-03-14", ""},
			{"vers 7 h 15", "TIME", "2006-03-14T07:15", "APPROX"},
			{"Le lendemain", "DATE", "2006-03-15", ""},
			{"Trois jours plus tard", "DURATION", "P3D", ""},
			{"l'été 2007", "DATE", "2007-SU", ""},
			{"plus d'un an", "DURATION", "P1Y", "MORE_THAN"},
			{"Mardi", "DATE", "2008-10-21", ""},
			{"près de six heures", "DURATION", "PT6H", "APPROX"},
			{"hier", "DATE", "2008-10-21", ""},
			{"vendredi", "DATE", "2008-10-24", ""},
			{"les trois prochaines semaines", "DURATION", "P3W", ""},
			{"la mi-novembre", "DATE", "2008-11", "MID"},
			{"2005", "DATE", "2005", ""},
		}},
	{"letemps-resultats-semestriels", "2025-07-24", `Le groupe vaudois de technologies médicales Helvimed a publié jeudi des résultats semestriels supérieurs aux attentes. Au premier semestre 2025, son chiffre d'affaires a progressé de 6,8% à 1,42 milliard de francs, porté par la demande en Asie et aux Etats-Unis.

Le bénéfice net atteint 187 millions de francs, contre 161 millions un an plus tôt. Pour le deuxième trimestre, la croissance organique s'est établie à 7,4%, la meilleure performance du groupe depuis 2021.

«Le franc fort continue de peser sur nos marges, mais nos volumes n'ont jamais été aussi élevés», a commenté le directeur général lors d'une conférence téléphonique organisée à 8 h 30. La direction confirme ses objectifs pour l'exercice 2025 et table sur une croissance comprise entre 5 et 7%.

L'an dernier, Helvimed avait dû fermer son site de production de Neuchâtel, une décision qui avait coûté quelque 40 millions de francs. La restructuration, annoncée en mars 2024, doit être achevée d'ici fin 2026.

A la Bourse suisse, l'action gagnait 4,2% en fin de matinée. Depuis le début de l'année, le titre a pris près de 18%. Les analystes de la Banque cantonale vaudoise saluent «un parcours sans faute», mais s'interrogent sur l'impact des droits de douane américains, dont l'entrée en vigueur est prévue le 1er août.

Le groupe publiera son chiffre d'affaires du troisième trimestre le 23 octobre. Il emploie actuellement 6300 personnes, dont 2100 en Suisse romande.`,
		[]hoGold{
			{"jeudi", "DATE", "2025-07-24", ""},
			{"premier semestre 2025", "DATE", "2025-H1", ""},
			{"un an plus tôt", "DURATION", "P1Y", ""},
			{"le deuxième trimestre", "DATE", "2025-Q2", ""},
			{"2021", "DATE", "2021", ""},
			{"8 h 30", "TIME", "2025-07-24T08:30", ""},
			{"l'exercice 2025", "DATE", "2025", ""},
			{"L'an dernier", "DATE", "2024", ""},
			{"mars 2024", "DATE", "2024-03", ""},
			{"fin 2026", "DATE", "2026", "END"},
			{"fin de matinée", "TIME", "2025-07-24TMO", "END"},
			{"le début de l'année", "DATE", "2025", "START"},
			{"le 1er août", "DATE", "2025-08-01", ""},
			{"troisième trimestre", "DATE", "2025-Q3", ""},
			{"le 23 octobre", "DATE", "2025-10-23", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
		}},
	{"devoir-tempete-neige", "2013-01-14", `Montréal s'apprête à affronter la première véritable tempête de la saison. Environnement Canada a émis hier un avertissement de neige pour le sud du Québec, où l'on attend de 20 à 30 centimètres d'ici mercredi soir.

Les premiers flocons devraient tomber demain après-midi, puis les précipitations s'intensifieront au cours de la nuit. « C'est un système lent, qui pourrait s'attarder une trentaine d'heures au-dessus de la vallée du Saint-Laurent », a expliqué le météorologue André Cantin.

Ce week-end, le mercure avait pourtant grimpé jusqu'à 6 degrés, un redoux inhabituel à la mi-janvier. Le sol gelé et les pluies de samedi font craindre la formation d'une couche de glace sous la neige.

La Ville de Montréal a indiqué qu'elle lancerait une opération de chargement dès jeudi matin. Les déneigeuses passeront toutes les deux heures sur les grandes artères, et le stationnement sera interdit dans plusieurs arrondissements. Le coût d'une opération complète est estimé à 18 millions de dollars.

En décembre dernier, la métropole avait déjà reçu 88 centimètres de neige. Le 27 décembre, 45 centimètres étaient tombés en moins de 24 heures, du jamais vu depuis 1971, obligeant la Société de transport de Montréal à réduire son service d'autobus pendant deux jours.

La Sûreté du Québec invite les automobilistes à reporter leurs déplacements non essentiels mardi soir et mercredi. Les commissions scolaires feront savoir d'ici 6 heures, demain, si les écoles restent ouvertes.`,
		[]hoGold{
			{"hier", "DATE", "2013-01-13", ""},
			{"mercredi soir", "TIME", "2013-01-16TEV", ""},
			{"demain après-midi", "TIME", "2013-01-15TAF", ""},
			{"la nuit", "TIME", "2013-01-15TNI", ""},
			{"une trentaine d'heures", "DURATION", "PT30H", "APPROX"},
			{"Ce week-end", "DATE", "2013-W02-WE", ""},
			{"la mi-janvier", "DATE", "2013-01", "MID"},
			{"samedi", "DATE", "2013-01-12", ""},
			{"jeudi matin", "TIME", "2013-01-17TMO", ""},
			{"toutes les deux heures", "SET", "PT2H", ""},
			{"décembre dernier", "DATE", "2012-12", ""},
			{"Le 27 décembre", "DATE", "2012-12-27", ""},
			{"moins de 24 heures", "DURATION", "PT24H", "LESS_THAN"},
			{"1971", "DATE", "1971", ""},
			{"deux jours", "DURATION", "P2D", ""},
			{"mardi soir", "TIME", "2013-01-15TEV", ""},
			{"mercredi", "DATE", "2013-01-16", ""},
			{"6 heures", "TIME", "2013-01-15T06:00", ""},
			{"demain", "DATE", "2013-01-15", ""},
		}},
	{"soleil-second-tour-dakar", "2012-03-26", `DAKAR - Les Sénégalais se sont rendus aux urnes dans le calme, hier, pour le second tour de l'élection présidentielle. Dans la plupart des bureaux de vote de la capitale, les opérations se sont déroulées sans incident majeur entre 8 heures et 18 heures.

A Pikine, où la participation n'avait pas dépassé 51 % lors du premier tour du 26 février, de longues files d'attente s'étaient formées dès l'ouverture devant l'école Thiaroye Azur. « J'attends ce moment depuis des semaines », confie Ndèye Fatou Sarr, commerçante au marché Zinc.

Le dépouillement a commencé aussitôt après la fermeture des bureaux. Vers 23 heures, les premières tendances diffusées par les radios privées donnaient une large avance au candidat de l'opposition. Le président sortant a appelé son adversaire dans la nuit pour le féliciter, selon son entourage.

La Commission nationale de recensement des votes doit proclamer les résultats provisoires vendredi. Le Conseil constitutionnel disposera ensuite de cinq jours pour examiner d'éventuels recours. La prestation de serment du nouveau chef de l'Etat est prévue le 2 avril prochain.

Depuis l'indépendance, en 1960, le Sénégal n'a connu que trois présidents. L'alternance de 2000 avait déjà été saluée comme un modèle en Afrique de l'Ouest.

Ce matin, la mission d'observation de l'Union africaine a salué « un scrutin transparent et apaisé ». Son chef, l'ancien Premier ministre d'un pays voisin, tiendra une conférence de presse à 11 heures à l'hôtel Méridien Président.`,
		[]hoGold{
			{"hier", "DATE", "2012-03-25", ""},
			{"8 heures", "TIME", "2012-03-25T08:00", ""},
			{"18 heures", "TIME", "2012-03-25T18:00", ""},
			{"26 février", "DATE", "2012-02-26", ""},
			{"des semaines", "DURATION", "PXW", ""},
			{"Vers 23 heures", "TIME", "2012-03-25T23:00", "APPROX"},
			{"la nuit", "TIME", "2012-03-25TNI", ""},
			{"vendredi", "DATE", "2012-03-30", ""},
			{"cinq jours", "DURATION", "P5D", ""},
			{"le 2 avril prochain", "DATE", "2012-04-02", ""},
			{"1960", "DATE", "1960", ""},
			{"2000", "DATE", "2000", ""},
			{"Ce matin", "TIME", "2012-03-26TMO", ""},
			{"11 heures", "TIME", "2012-03-26T11:00", ""},
		}},
	{"lematin-plf-2023", "2022-10-20", `Le projet de loi de finances (PLF) pour l'année 2023 a été présenté lundi devant les deux Chambres du Parlement par la ministre de l'Economie et des Finances. Le texte table sur une croissance de 4% l'an prochain, contre 1,5% attendu en 2022, sur fond de sécheresse et de flambée des cours des matières premières.

Le déficit budgétaire devrait être ramené à 4,5% du PIB en 2023, puis à 3% d'ici 2026. La charge de compensation, qui a atteint 32 milliards de dirhams entre janvier et septembre, demeure le principal poste de dépenses exceptionnelles.

«Nous avons fait le choix de protéger le pouvoir d'achat des ménages», a souligné la ministre. Le gaz butane, le sucre et la farine continueront d'être subventionnés, tandis que les professionnels du transport bénéficieront d'une aide versée chaque mois jusqu'à la fin de l'année.

Le PLF prévoit par ailleurs la poursuite de la généralisation de la protection sociale, engagée en avril 2021, avec l'extension des allocations familiales à sept millions d'enfants d'ici fin 2023. Sur les cinq prochaines années, l'Etat compte investir 45 milliards de dirhams dans le secteur de la santé.

Les commissions des finances entameront l'examen du texte mardi prochain. Le vote en séance plénière à la Chambre des représentants est attendu mi-novembre, la loi devant être promulguée avant le 31 décembre.

En septembre, l'inflation a atteint 8,3% en glissement annuel, son plus haut niveau depuis le début des années 1990, selon le Haut-Commissariat au Plan. Bank Al-Maghrib, qui a relevé son taux directeur à 2%, se réunira de nouveau en décembre.`,
		[]hoGold{
			{"l'année 2023", "DATE", "2023", ""},
			{"lundi", "DATE", "2022-10-17", ""},
			{"l'an prochain", "DATE", "2023", ""},
			{"2022", "DATE", "2022", ""},
			{"2023", "DATE", "2023", ""},
			{"2026", "DATE", "2026", ""},
			{"janvier", "DATE", "2022-01", ""},
			{"septembre", "DATE", "2022-09", ""},
			{"chaque mois", "SET", "P1M", ""},
			{"la fin de l'année", "DATE", "2022", "END"},
			{"avril 2021", "DATE", "2021-04", ""},
			{"fin 2023", "DATE", "2023", "END"},
			{"les cinq prochaines années", "DURATION", "P5Y", ""},
			{"mardi prochain", "DATE", "2022-10-25", ""},
			{"mi-novembre", "DATE", "2022-11", "MID"},
			{"le 31 décembre", "DATE", "2022-12-31", ""},
			{"septembre", "DATE", "2022-09", ""},
			{"le début des années 1990", "DATE", "199", "START"},
			{"décembre", "DATE", "2022-12", ""},
		}},
	{"elwatan-greve-lycees", "2004-02-17", `Les enseignants du secondaire sont en grève depuis plus de deux semaines, et rien ne laisse présager une sortie de crise. Le mouvement, lancé le 1er février à l'appel du Conseil des lycées d'Alger (CLA), paralyse toujours la quasi-totalité des établissements de la capitale, de Béjaïa et de Tizi Ouzou.

Hier, plusieurs centaines de grévistes se sont rassemblés devant le siège du ministère de l'Education nationale, au Ruisseau, dès 10 h. Vers midi, une délégation a été reçue par le secrétaire général du ministère. Les forces de l'ordre, déployées la veille autour du bâtiment, ont empêché toute marche vers la présidence.

«Nous ne reprendrons pas les cours tant que nos salaires n'auront pas été revalorisés», a déclaré à El Watan un porte-parole du syndicat. Les grévistes réclament une augmentation de 100% et la révision d'un statut particulier promis depuis 1998.

Le ministre, qui avait jugé la grève «illégale» jeudi dernier, a convoqué les représentants syndicaux pour une réunion dimanche prochain. Il menace de retenir les journées non travaillées sur les salaires de mars.

Les parents d'élèves s'inquiètent pour les candidats au baccalauréat, dont les épreuves doivent débuter le 8 juin. «Nos enfants ont déjà perdu près d'un mois de cours», déplore la présidente d'une association de parents d'élèves de Kouba.

Il y a trois ans, un mouvement similaire avait duré six semaines avant d'être suspendu sans avoir rien obtenu. Les syndicats autonomes, qui ne sont toujours pas reconnus par la tutelle, menacent cette fois de boycotter la correction des copies.`,
		[]hoGold{
			{"plus de deux semaines", "DURATION", "P2W", "MORE_THAN"},
			{"le 1er février", "DATE", "2004-02-01", ""},
			{"Hier", "DATE", "2004-02-16", ""},
			{"10 h", "TIME", "2004-02-16T10:00", ""},
			{"Vers midi", "TIME", "2004-02-16T12:00", "APPROX"},
			{"la veille", "DATE", "2004-02-15", ""},
			{"1998", "DATE", "1998", ""},
			{"jeudi dernier", "DATE", "2004-02-12", ""},
			{"dimanche prochain", "DATE", "2004-02-22", ""},
			{"mars", "DATE", "2004-03", ""},
			{"le 8 juin", "DATE", "2004-06-08", ""},
			{"près d'un mois", "DURATION", "P1M", "APPROX"},
			{"Il y a trois ans", "DATE", "2001", ""},
			{"six semaines", "DURATION", "P6W", ""},
		}},
	{"sudouest-chrono-saint-emilion", "2021-07-14", `Le Tour de France fera étape samedi dans le Libournais pour un contre-la-montre de 30,8 kilomètres entre Libourne et Saint-Emilion, avant-dernier rendez-vous de la Grande Boucle. Dans la cité viticole, les préparatifs vont bon train depuis plusieurs mois.

Ce mercredi matin, les services techniques ont installé les premières barrières le long des 4 derniers kilomètres. « Nous attendons entre 40 000 et 50 000 personnes », estime le maire, qui a pris un arrêté interdisant la circulation samedi de 6 heures à 20 heures dans le centre historique.

Le premier coureur s'élancera de Libourne à 13 h 05, et le maillot jaune est attendu sur la ligne vers 17 h 30. Les concurrents partiront toutes les minutes, puis toutes les deux minutes pour les vingt premiers du classement général.

La Gironde n'avait plus accueilli de contre-la-montre du Tour depuis une vingtaine d'années. « C'est une vitrine exceptionnelle, alors que nos ventes ont chuté de 20 % l'an dernier à cause de la crise sanitaire », souligne le président du syndicat viticole, qui a fait installer des écrans géants dans trois châteaux.

Les hôtels affichent complet depuis la fin juin, et certaines chambres d'hôtes se louent jusqu'à 300 euros. Jeudi et vendredi, la Ville organise des dégustations gratuites sur la place du Marché.

Les organisateurs recommandent d'emprunter les transports en commun : les parkings relais de Libourne ouvriront à 7 h 30. Après l'arrivée, une navette gratuite circulera toutes les quinze minutes jusqu'à 23 heures.`,
		[]hoGold{
			{"samedi", "DATE", "2021-07-17", ""},
			{"plusieurs mois", "DURATION", "PXM", ""},
			{"Ce mercredi matin", "TIME", "2021-07-14TMO", ""},
			{"samedi", "DATE", "2021-07-17", ""},
			{"6 heures", "TIME", "2021-07-17T06:00", ""},
			{"20 heures", "TIME", "2021-07-17T20:00", ""},
			{"13 h 05", "TIME", "2021-07-17T13:05", ""},
			{"vers 17 h 30", "TIME", "2021-07-17T17:30", "APPROX"},
			{"toutes les minutes", "SET", "PT1M", ""},
			{"toutes les deux minutes", "SET", "PT2M", ""},
			{"une vingtaine d'années", "DURATION", "P20Y", "APPROX"},
			{"l'an dernier", "DATE", "2020", ""},
			{"la fin juin", "DATE", "2021-06", "END"},
			{"Jeudi", "DATE", "2021-07-15", ""},
			{"vendredi", "DATE", "2021-07-16", ""},
			{"7 h 30", "TIME", "2021-07-17T07:30", ""},
			{"toutes les quinze minutes", "SET", "PT15M", ""},
			{"23 heures", "TIME", "2021-07-17T23:00", ""},
		}},
	{"nicematin-cannes-preparatifs", "2017-05-16", `Le 70e Festival de Cannes s'ouvre demain soir au Palais des festivals, et la Croisette vit depuis ce matin au rythme des derniers préparatifs. Les vingt-quatre marches ont été recouvertes de leur célèbre tapis rouge hier après-midi, sous l'œil de centaines de curieux armés de leur téléphone.

Jusqu'au 28 mai, près de 40 000 professionnels et 4 000 journalistes sont attendus. Dix-neuf films sont en compétition pour la Palme d'or, qui sera remise dimanche 28 mai lors de la cérémonie de clôture.

Côté sécurité, le dispositif a été considérablement renforcé, dix mois après l'attentat de la promenade des Anglais. « Plus de 500 policiers et gendarmes seront mobilisés chaque jour », a indiqué le préfet des Alpes-Maritimes lors d'une conférence de presse vendredi dernier. Les festivaliers sont invités à se présenter au moins une heure avant les projections, le temps de franchir les portiques.

Les restaurateurs de la Croisette espèrent une édition record. « L'an passé, nous avions travaillé pendant douze jours sans interruption, et la fréquentation avait baissé de 15 % », rappelle le gérant d'une plage privée, qui emploie 45 saisonniers.

Le jury, présidé par un cinéaste espagnol, se réunira pour la première fois mercredi matin dans un grand hôtel du boulevard. Mardi prochain, une soirée anniversaire réunira une centaine d'anciens lauréats dans le Grand Théâtre Lumière.

La mairie a prévu de fermer la circulation sur une partie du boulevard de la Croisette tous les soirs, jusqu'à la clôture de la manifestation.`,
		[]hoGold{
			{"demain soir", "TIME", "2017-05-17TEV", ""},
			{"ce matin", "TIME", "2017-05-16TMO", ""},
			{"hier après-midi", "TIME", "2017-05-15TAF", ""},
			{"28 mai", "DATE", "2017-05-28", ""},
			{"dimanche 28 mai", "DATE", "2017-05-28", ""},
			{"dix mois", "DURATION", "P10M", ""},
			{"chaque jour", "SET", "P1D", ""},
			{"vendredi dernier", "DATE", "2017-05-12", ""},
			{"au moins une heure", "DURATION", "PT1H", "EQUAL_OR_MORE"},
			{"L'an passé", "DATE", "2016", ""},
			{"douze jours", "DURATION", "P12D", ""},
			{"mercredi matin", "TIME", "2017-05-17TMO", ""},
			{"Mardi prochain", "DATE", "2017-05-23", ""},
			{"tous les soirs", "SET", "XXXX-XX-XXTEV", ""},
		}},
	{"progres-incendie-villeurbanne", "2010-02-08", `VILLEURBANNE. Un incendie s'est déclaré samedi soir, vers 23 h 30, au troisième étage d'un immeuble de la rue Francis-de-Pressensé. Une cinquantaine d'habitants ont dû être évacués. Deux personnes, une femme de 67 ans et son petit-fils de 8 ans, ont été légèrement intoxiquées par les fumées et transportées à l'hôpital Edouard-Herriot.

Arrivés sur place en moins de dix minutes, les sapeurs-pompiers du Rhône ont engagé une soixantaine d'hommes et une grande échelle. Le feu a été maîtrisé vers 1 h 15, près de deux heures plus tard. Les familles ont été hébergées dans le gymnase voisin, où la Croix-Rouge avait installé des lits de camp.

Dimanche matin, les enquêteurs de la sûreté départementale ont procédé aux premières constatations. Selon une source proche de l'enquête, le sinistre serait parti d'un radiateur électrique d'appoint. Plusieurs locataires assurent avoir signalé la veille des coupures de courant à répétition.

« Ça fait des mois qu'on se plaint de l'installation électrique, personne ne bouge », peste un habitant du quatrième, qui vit dans l'immeuble avec ses deux enfants.

Construit dans les années 1930, le bâtiment appartient à un bailleur social qui s'est engagé à reloger les familles sinistrées d'ici la fin de la semaine. En 2007, un feu de cave avait déjà nécessité l'intervention des secours. Les travaux de remise en état devraient durer au moins six mois.

Ce lundi, une cellule d'accueil a été ouverte en mairie de 9 heures à 17 heures pour aider les familles dans leurs démarches auprès des assurances.`,
		[]hoGold{
			{"samedi soir", "TIME", "2010-02-06TEV", ""},
			{"vers 23 h 30", "TIME", "2010-02-06T23:30", "APPROX"},
			{"moins de dix minutes", "DURATION", "PT10M", "LESS_THAN"},
			{"vers 1 h 15", "TIME", "2010-02-07T01:15", "APPROX"},
			{"près de deux heures plus tard", "DURATION", "PT2H", "APPROX"},
			{"Dimanche matin", "TIME", "2010-02-07TMO", ""},
			{"la veille", "DATE", "2010-02-06", ""},
			{"des mois", "DURATION", "PXM", ""},
			{"les années 1930", "DATE", "193", ""},
			{"la fin de la semaine", "DATE", "2010-W06", "END"},
			{"2007", "DATE", "2007", ""},
			{"au moins six mois", "DURATION", "P6M", "EQUAL_OR_MORE"},
			{"Ce lundi", "DATE", "2010-02-08", ""},
			{"9 heures", "TIME", "2010-02-08T09:00", ""},
			{"17 heures", "TIME", "2010-02-08T17:00", ""},
		}},
	{"ja-portrait-musicien-malien", "2001-09-05", `Il avait quitté Bamako à la fin des années 1970 avec une guitare et une valise en carton. Plus de vingt ans plus tard, Sory Diakité retrouve la scène du Palais de la culture, où il donnera le 22 septembre un concert unique, déjà presque complet.

Né en 1954 à Ségou dans une famille de griots, le musicien a grandi au son de la kora de son père. Au début des années 1980, il s'installe à Paris, où il se produit d'abord dans les cafés de Barbès trois fois par semaine pour quelques centaines de francs. Son premier album, enregistré en 1986 en dix jours dans un studio de Montreuil, se vend à plus de 100 000 exemplaires.

La consécration arrive en 1992, avec une tournée de quarante dates en Europe et aux Etats-Unis. Deux ans après, il fonde son propre label pour produire de jeunes artistes ouest-africains. « J'ai passé la moitié de ma vie loin du Mali, mais je n'ai jamais cessé de chanter en bambara », confie-t-il, attablé dans un café du 18e arrondissement.

Depuis le printemps dernier, il partage son temps entre Paris et Bamako, où il a ouvert une école de musique qui accueille une quarantaine d'enfants chaque mercredi. Son nouvel album, attendu en novembre, mêle balafon, cuivres et programmations électroniques.

La musique mandingue a conquis le monde au XXe siècle, estime-t-il. Elle doit maintenant « se réinventer chez elle, avec les moyens du bord ».`,
		[]hoGold{
			{"la fin des années 1970", "DATE", "197", "END"},
			{"Plus de vingt ans plus tard", "DURATION", "P20Y", "MORE_THAN"},
			{"le 22 septembre", "DATE", "2001-09-22", ""},
			{"1954", "DATE", "1954", ""},
			{"début des années 1980", "DATE", "198", "START"},
			{"trois fois par semaine", "SET", "P1W", ""},
			{"1986", "DATE", "1986", ""},
			{"dix jours", "DURATION", "P10D", ""},
			{"1992", "DATE", "1992", ""},
			{"Deux ans après", "DURATION", "P2Y", ""},
			{"le printemps dernier", "DATE", "2001-SP", ""},
			{"chaque mercredi", "SET", "XXXX-WXX-3", ""},
			{"novembre", "DATE", "2001-11", ""},
			{"XXe siècle", "DATE", "19", ""},
			{"maintenant", "DATE", "PRESENT_REF", ""},
		}},
	{"figaro-bogue-an-2000", "1999-12-30", `Le compte à rebours est lancé. A moins de quarante-huit heures du passage à l'an 2000, entreprises et administrations achèvent de mettre en place leurs cellules de crise pour parer au fameux « bogue » informatique.

Chez EDF, 3 500 agents seront mobilisés vendredi soir dans les centres de conduite du réseau. La SNCF a choisi d'arrêter tous ses trains entre 23 h 30 et 0 h 30, le temps de vérifier ses systèmes de signalisation. Air France a, de son côté, allégé son programme de vols.

« Nous avons testé plus de 2 000 applications ces derniers mois », assure le responsable de la Mission an 2000, créée en 1998 auprès du ministère de l'Economie et des Finances. Depuis deux ans, l'Etat et les grandes entreprises ont consacré quelque 100 milliards de francs à la mise en conformité de leurs systèmes.

Les agences bancaires resteront fermées samedi, mais les distributeurs automatiques fonctionneront normalement, promet l'Association française des banques. Un premier bilan sera dressé samedi, à 10 heures, lors d'une conférence de presse place Beauvau.

Les vraies difficultés pourraient toutefois n'apparaître que lundi 3 janvier, à la reprise du travail. Les PME, moins bien préparées, restent le principal sujet d'inquiétude : selon une enquête publiée mardi, une sur cinq n'aurait pas encore vérifié son parc informatique.

Pour la plupart des Français, ce week-end s'annoncera surtout festif, avec le grand feu d'artifice tiré depuis la tour Eiffel. Le gouvernement fera un point complet la semaine prochaine.`,
		[]hoGold{
			{"moins de quarante-huit heures", "DURATION", "PT48H", "LESS_THAN"},
			{"l'an 2000", "DATE", "2000", ""},
			{"vendredi soir", "TIME", "1999-12-31TEV", ""},
			{"23 h 30", "TIME", "1999-12-31T23:30", ""},
			{"0 h 30", "TIME", "2000-01-01T00:30", ""},
			{"ces derniers mois", "DURATION", "PXM", ""},
			{"1998", "DATE", "1998", ""},
			{"deux ans", "DURATION", "P2Y", ""},
			{"samedi", "DATE", "2000-01-01", ""},
			{"samedi", "DATE", "2000-01-01", ""},
			{"10 heures", "TIME", "2000-01-01T10:00", ""},
			{"lundi 3 janvier", "DATE", "2000-01-03", ""},
			{"mardi", "DATE", "1999-12-28", ""},
			{"ce week-end", "DATE", "1999-W52-WE", ""},
			{"la semaine prochaine", "DATE", "2000-W01", ""},
		}},
	{"basket-ostende-mons-chiffres", "2015-03-22", `Ostende a fait respecter la hiérarchie face à Mons-Hainaut (87-79), devant 4 350 spectateurs au Sleuyter Arena. Les Côtiers comptent 21 victoires pour 4 défaites et conservent deux longueurs d'avance sur Charleroi, large vainqueur d'Alost (92-70).

Menés 38-44 à la pause, les Ostendais ont renversé la situation grâce à un partiel de 17-2 au retour des vestiaires. Leur meneur américain de 27 ans a terminé avec 24 points, 7 passes décisives et 5 rebonds, pour un 9 sur 13 aux tirs. Le pivot lituanien, 2,08 m pour 112 kg, a ajouté 16 points et 11 rebonds.

« On a raté 11 lancers francs sur 26, c'est beaucoup trop à ce niveau », regrettait le coach montois après la rencontre. Privés de leur ailier de 31 ans, blessé à la cheville, ses joueurs ont tout de même inscrit 10 paniers à trois points sur 24 tentatives.

Au classement, Mons recule à la 5e place avec 14 succès et 11 revers, à égalité avec Anvers. Les Hennuyers devront s'imposer avec au moins 9 points d'écart contre Louvain pour récupérer l'avantage à la différence particulière.

Le club ostendais a par ailleurs annoncé un record de 3 112 abonnements vendus, à 195 euros pour un siège en tribune latérale et 145 euros derrière les paniers. Son budget atteint 4,6 millions d'euros, dont 2,019 millions issus de la billetterie et du sponsoring. Avec 19 titres nationaux et 2 016 membres inscrits à son club de supporters, Ostende reste le club le plus titré du pays.`,
		[]hoGold{}},
	{"municipales-montagny-resultats", "2014-03-31", `La liste « Ensemble pour Montagny », conduite par Catherine Vial, a remporté le second tour des municipales avec 2 019 voix, soit 50,4 % des suffrages exprimés, contre 1 987 voix (49,6 %) pour celle du maire sortant, Gérard Peyrache. Un écart de 32 voix seulement, pour 6 874 inscrits.

La participation s'établit à 61,2 %, avec 4 207 votants et 201 bulletins blancs ou nuls. Le bureau n° 3, installé à l'école du 1905, route de Givors, a fait basculer le scrutin : la nouvelle tête de liste y a devancé son adversaire de 118 voix.

Agée de 46 ans, mère de trois enfants de 9, 12 et 15 ans, cadre dans une entreprise de logistique de 240 salariés, Catherine Vial obtient 23 des 29 sièges du conseil municipal. La liste sortante en conserve 6.

« Trente-deux voix, c'est peu, mais c'est une victoire nette », a lancé la nouvelle élue sous les applaudissements d'environ 300 sympathisants réunis salle Jean-Moulin, au 14 de la rue de la République.

Gérard Peyrache, 68 ans, n'exclut pas un recours devant le tribunal administratif de Lyon : selon lui, 17 procurations poseraient problème. Son équipe avait engagé 12 450 euros de frais de campagne, contre 9 380 euros pour la liste victorieuse.

Montagny compte 9 812 habitants. La commune dispose d'un budget de fonctionnement de 8,3 millions d'euros et affiche une dette de 1 450 euros par habitant, l'une des plus élevées du département. Le nouveau conseil élira le maire et ses 8 adjoints lors de sa séance d'installation.`,
		[]hoGold{}},
	{"devoir-fraude-upac-peine", "2023-11-09", `Un ancien entrepreneur en construction de Laval a été condamné hier à 42 mois de pénitencier pour une fraude de 3,4 millions de dollars commise aux dépens de la Ville de Montréal entre 2014 et 2017.

Le juge de la Cour du Québec a souligné le « caractère planifié et répété » des stratagèmes de fausse facturation mis en place pendant près de trois ans. L'homme de 58 ans devra en outre rembourser 1,2 million de dollars d'ici le 31 décembre 2025 et, une fois libéré, se présenter deux fois par semaine à un agent de probation.

Arrêté en octobre 2019 dans la foulée d'une enquête de l'Unité permanente anticorruption (UPAC), l'accusé avait plaidé coupable en juin dernier, à quelques jours de l'ouverture de son procès. Il avait alors reconnu avoir gonflé les factures de 37 contrats de réfection de trottoirs.

« C'est une peine exemplaire, qui envoie un message clair à l'industrie », a réagi ce matin la procureure aux poursuites criminelles et pénales, Me Isabelle Gagnon.

La défense, qui réclamait une peine de 18 mois à purger dans la collectivité, dispose de 30 jours pour porter la cause en appel. Son avocat a indiqué mercredi soir qu'il prendrait le temps d'étudier le jugement avec son client.

Depuis 2011, l'UPAC a porté des accusations contre plus de 200 personnes, dont une quarantaine d'entrepreneurs. Le commissaire doit présenter son rapport annuel devant une commission parlementaire lundi prochain, à Québec.`,
		[]hoGold{
			{"hier", "DATE", "2023-11-08", ""},
			{"42 mois", "DURATION", "P42M", ""},
			{"2014", "DATE", "2014", ""},
			{"2017", "DATE", "2017", ""},
			{"près de trois ans", "DURATION", "P3Y", "APPROX"},
			{"le 31 décembre 2025", "DATE", "2025-12-31", ""},
			{"deux fois par semaine", "SET", "P1W", ""},
			{"octobre 2019", "DATE", "2019-10", ""},
			{"juin dernier", "DATE", "2023-06", ""},
			{"quelques jours", "DURATION", "PXD", ""},
			{"ce matin", "TIME", "2023-11-09TMO", ""},
			{"18 mois", "DURATION", "P18M", ""},
			{"30 jours", "DURATION", "P30D", ""},
			{"mercredi soir", "TIME", "2023-11-08TEV", ""},
			{"2011", "DATE", "2011", ""},
			{"lundi prochain", "DATE", "2023-11-13", ""},
		}},
	{"letemps-votation-conge-parental", "2020-09-28", `Les Neuchâtelois ont accepté dimanche, par 56,8% des voix, l'introduction d'un congé parental cantonal de 16 semaines. La participation a atteint 59,1%, un niveau inhabituellement élevé pour un objet cantonal.

Le nouveau dispositif, qui viendra s'ajouter aux 14 semaines de congé maternité prévues par le droit fédéral, doit entrer en vigueur le 1er janvier 2022. Le Conseil d'Etat disposera donc d'un peu plus d'un an pour rédiger le règlement d'application et négocier son financement avec les partenaires sociaux.

«C'est un vote historique pour les familles de ce canton», s'est réjouie dimanche soir la conseillère d'Etat chargée de l'économie. Les opposants, emmenés par le PLR et l'UDC, estiment le coût annuel de la mesure à 38 millions de francs et redoutent une hausse des cotisations salariales.

Lancée en 2017 par une coalition de syndicats et d'associations féminines, l'initiative avait été rejetée par le Grand Conseil en mars 2019. La campagne, perturbée ce printemps par la pandémie, s'est jouée en grande partie sur les réseaux sociaux.

Sur le plan fédéral, les Suisses ont rejeté le même jour l'initiative dite «de limitation», qui visait à mettre fin à la libre circulation des personnes avec l'Union européenne. A Neuchâtel, le non l'a emporté à près de 70%.

Le gouvernement cantonal présentera un premier projet de règlement d'ici la fin de l'année. Une évaluation du dispositif est prévue après cinq ans d'application. La prochaine votation cantonale aura lieu le 29 novembre.`,
		[]hoGold{
			{"dimanche", "DATE", "2020-09-27", ""},
			{"16 semaines", "DURATION", "P16W", ""},
			{"14 semaines", "DURATION", "P14W", ""},
			{"le 1er janvier 2022", "DATE", "2022-01-01", ""},
			{"un peu plus d'un an", "DURATION", "P1Y", "MORE_THAN"},
			{"dimanche soir", "TIME", "2020-09-27TEV", ""},
			{"2017", "DATE", "2017", ""},
			{"mars 2019", "DATE", "2019-03", ""},
			{"ce printemps", "DATE", "2020-SP", ""},
			{"le même jour", "DATE", "2020-09-27", ""},
			{"la fin de l'année", "DATE", "2020", "END"},
			{"cinq ans", "DURATION", "P5Y", ""},
			{"le 29 novembre", "DATE", "2020-11-29", ""},
		}},
}

func TestFrenchHeldOut8(t *testing.T) { guardHeldOut(t, "French 8", frHeldOut8, "fr", 0.90) }
