package extract

import "testing"

// frHeldOut11 is the eleventh blind French held-out set: 16 invented but
// realistic whole news articles (about 150 to 300 words each), each with its
// own DCT, imitating French-language news from 2012 to 2026: AFP (dated
// dateline), Le Figaro, Le Parisien, France Info, Le Soir, Le Devoir, Jeune
// Afrique, Les Echos, La Libre Belgique, Le 360, TSA, La Presse de Tunisie,
// Libération, L'Est Républicain, 24 heures and La Provence. Topics: politics,
// justice, quarterly results, strikes, health, weather, tourism, fuel prices,
// culture, local news; three articles recount the previous days of a story,
// and two number-heavy articles (a football report and a municipal vote
// tally, with ages, scores, prices and year-like numbers such as "2019 voix")
// contain no temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 and the French TimeBank
// (ISO-TimeML) conventions: spans keep determiners and modifiers ("le 13
// mai", "la semaine prochaine", "la fin du mois de novembre", "près de deux
// heures", "il y a cinq ans") but not leading prepositions ("en", "depuis",
// "pendant", "dès", "d'ici"); "N semaines plus tard" / "N jours plus tôt" are
// DURATIONs; "la veille", "le lendemain", "ce soir-là", "le soir même" anchor
// on the date last narrated; bare weekdays resolve to the occurrence the
// tense implies; ages, scores, street names ("rue du 11-Novembre") and
// generic "le temps" are not timexes. Every relative value was computed with
// Python's datetime from the DCT. The set was written without reading the
// tagger's source, tests or data.
//
// First run, on the committed tagger (9556e00) before any fix it prompted:
// relaxed F1 0.988, value accuracy 0.964, value F1 0.952.
var frHeldOut11 = []hoCase{
	{"afp-fonction-publique", "2019-03-14", `PARIS, 14 mars 2019 (AFP) - Le gouvernement a présenté jeudi en Conseil des ministres son projet de loi de transformation de la fonction publique, un texte rejeté en bloc par les syndicats, qui promettent une mobilisation d'ampleur la semaine prochaine.

Le secrétaire d'État chargé du dossier, Olivier Castagnet, a défendu devant la presse une réforme « équilibrée », fruit de « plus de quatorze mois de concertation ». Le projet prévoit notamment un recours élargi aux contractuels et la fusion de deux instances de dialogue social d'ici 2022.

« Nous n'avons rien à cacher. Le texte sera examiné en commission à l'Assemblée le 13 mai et nous souhaitons une adoption définitive avant l'été », a-t-il déclaré.

Les neuf organisations syndicales, qui avaient claqué la porte de la dernière réunion mardi dernier, dénoncent « une casse du statut ». Elles appellent à la grève le 19 mars, la deuxième mobilisation depuis le début de l'année.

« On nous a consultés pendant des mois pour finalement ne rien retenir », a regretté Nadine Perrot, secrétaire générale d'une fédération de fonctionnaires, qui évoque « un passage en force ».

Le statut général des fonctionnaires, créé en 1946, avait été profondément remanié par la loi dite Le Pors, adoptée en juillet 1983. Il concerne actuellement quelque 5,5 millions d'agents.

Le gouvernement, qui entend supprimer 120.000 postes en cinq ans, espère une entrée en vigueur des principales mesures dès le 1er janvier 2020.`,
		[]hoGold{
			{"14 mars 2019", "DATE", "2019-03-14", ""},
			{"jeudi", "DATE", "2019-03-14", ""},
			{"la semaine prochaine", "DATE", "2019-W12", ""},
			{"plus de quatorze mois", "DURATION", "P14M", "MORE_THAN"},
			{"2022", "DATE", "2022", ""},
			{"le 13 mai", "DATE", "2019-05-13", ""},
			{"l'été", "DATE", "2019-SU", ""},
			{"mardi dernier", "DATE", "2019-03-12", ""},
			{"le 19 mars", "DATE", "2019-03-19", ""},
			{"le début de l'année", "DATE", "2019", "START"},
			{"des mois", "DURATION", "PXM", ""},
			{"1946", "DATE", "1946", ""},
			{"juillet 1983", "DATE", "1983-07", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"cinq ans", "DURATION", "P5Y", ""},
			{"le 1er janvier 2020", "DATE", "2020-01-01", ""},
		}},
	{"figaro-luxe-trimestre", "2023-07-28", `Le groupe de luxe Maison Aubertin a publié jeudi soir, après la clôture de la Bourse, un chiffre d'affaires de 4,8 milliards d'euros pour le deuxième trimestre, en progression de 9 % à taux de change constants. Un rythme nettement inférieur à celui enregistré entre janvier et mars, quand la croissance avait atteint 17 %.

Sur le premier semestre, les ventes s'élèvent à 9,6 milliards d'euros et le résultat opérationnel courant à 2,7 milliards, un niveau record. Mais les investisseurs ont surtout retenu le coup de frein observé en Chine et aux États-Unis : le titre a perdu 4,1 % vendredi matin à Paris, sa plus forte baisse depuis octobre 2022.

« Nous avons connu une période exceptionnelle ces deux dernières années. Une normalisation était attendue », a relativisé le directeur financier, Bertrand Quillet, lors d'une conférence téléphonique avec les analystes. Le groupe avait d'ailleurs prévenu dès avril que le second semestre serait « plus exigeant ».

La direction maintient son objectif d'une marge opérationnelle stable cette année et n'envisage pas de nouvelle hausse de prix avant le printemps prochain. Elle compte ouvrir une vingtaine de boutiques d'ici la fin de l'année, dont cinq en Inde.

Pour le troisième trimestre, plusieurs analystes tablent sur une croissance comprise entre 5 % et 7 %, pénalisée par un effet de base défavorable. Les résultats annuels seront publiés le 30 janvier.`,
		[]hoGold{
			{"jeudi soir", "TIME", "2023-07-27TEV", ""},
			{"le deuxième trimestre", "DATE", "2023-Q2", ""},
			{"janvier", "DATE", "2023-01", ""},
			{"mars", "DATE", "2023-03", ""},
			{"le premier semestre", "DATE", "2023-H1", ""},
			{"vendredi matin", "TIME", "2023-07-28TMO", ""},
			{"octobre 2022", "DATE", "2022-10", ""},
			{"ces deux dernières années", "DURATION", "P2Y", ""},
			{"avril", "DATE", "2023-04", ""},
			{"le second semestre", "DATE", "2023-H2", ""},
			{"cette année", "DATE", "2023", ""},
			{"le printemps prochain", "DATE", "2024-SP", ""},
			{"la fin de l'année", "DATE", "2023", "END"},
			{"le troisième trimestre", "DATE", "2023-Q3", ""},
			{"le 30 janvier", "DATE", "2024-01-30", ""},
		}},
	{"parisien-assises-pantin", "2017-11-22", `Karim Bensaïd a pris la parole pour la première fois mardi après-midi devant la cour d'assises de Seine-Saint-Denis, à Bobigny. Cet ancien chauffeur-livreur de 31 ans est jugé pour le meurtre de Lucien Marchal, le gérant d'une supérette de Pantin abattu de deux balles dans sa boutique.

La veille, à l'ouverture des débats, un enquêteur de la police judiciaire avait longuement détaillé le bornage de son téléphone. Selon lui, l'appareil a été activé le 4 février 2015 à 21 h 12 à moins de 200 mètres du commerce, soit quelques minutes avant les coups de feu.

« Je n'étais pas à Pantin ce soir-là », a répété l'accusé pendant près de deux heures, face à une salle comble. Il n'a pas su expliquer pourquoi il avait quitté son domicile le lendemain pour se réfugier chez un cousin, à Lyon, où il a été interpellé trois semaines plus tard. Tout juste a-t-il évoqué « une dette », sans plus de précisions.

Mercredi matin, la cour doit entendre la veuve de la victime, puis un expert en balistique. La fille du commerçant, qui avait 14 ans au moment des faits, est attendue jeudi. Elle sera entendue à huis clos, à la demande de ses avocats.

« Ma cliente attend ce procès depuis bientôt trois ans », souligne l'une d'eux, Me Hélène Darcos. La défense, elle, plaidera l'acquittement, faute selon elle de la moindre preuve matérielle.

Le verdict est attendu vendredi soir.`,
		[]hoGold{
			{"mardi après-midi", "TIME", "2017-11-21TAF", ""},
			{"La veille", "DATE", "2017-11-20", ""},
			{"le 4 février 2015", "DATE", "2015-02-04", ""},
			{"21 h 12", "TIME", "2015-02-04T21:12", ""},
			{"quelques minutes", "DURATION", "PTXM", ""},
			{"ce soir-là", "TIME", "2015-02-04TEV", ""},
			{"près de deux heures", "DURATION", "PT2H", "APPROX"},
			{"le lendemain", "DATE", "2015-02-05", ""},
			{"trois semaines plus tard", "DURATION", "P3W", ""},
			{"Mercredi matin", "TIME", "2017-11-22TMO", ""},
			{"jeudi", "DATE", "2017-11-23", ""},
			{"bientôt trois ans", "DURATION", "P3Y", "APPROX"},
			{"vendredi soir", "TIME", "2017-11-24TEV", ""},
		}},
	{"franceinfo-neige-verglas", "2021-02-08", `Météo-France a placé lundi 18 départements du nord du pays en vigilance orange neige-verglas, après un épisode hivernal qui perturbe depuis dimanche soir une grande partie du réseau routier. Jusqu'à 10 centimètres de neige sont tombés en quelques heures sur les Hauts-de-France et la Normandie.

Ce matin, à 7 heures, plus de 600 kilomètres de bouchons étaient recensés en Île-de-France. La préfecture de police a interdit la circulation des poids lourds sur l'A86 et l'A15 jusqu'à 22 heures.

« On n'avait pas vu ça depuis 2018. Il m'a fallu trois heures pour faire vingt kilomètres », témoigne Sébastien, un infirmier qui travaille à l'hôpital de Pontoise, dans le Val-d'Oise.

Selon les prévisionnistes, le froid va s'installer durablement. Les températures resteront négatives mardi sur toute la moitié nord, et les gelées pourraient atteindre -12 °C mercredi matin dans le Nord-Est. Un redoux n'est pas attendu avant ce week-end.

Les autorités recommandent de limiter les déplacements et de vérifier chaque matin l'état des routes avant de partir. Dans l'Oise et la Somme, les transports scolaires sont suspendus pour au moins 48 heures.

La dernière vague de froid comparable remonte à février 2012, quand le thermomètre était descendu sous les -15 °C pendant près de deux semaines dans l'Est. Le gestionnaire du réseau électrique RTE a indiqué qu'il surveillait de près la consommation, sans craindre à ce stade de coupures.`,
		[]hoGold{
			{"lundi", "DATE", "2021-02-08", ""},
			{"dimanche soir", "TIME", "2021-02-07TEV", ""},
			{"quelques heures", "DURATION", "PTXH", ""},
			{"Ce matin", "TIME", "2021-02-08TMO", ""},
			{"7 heures", "TIME", "2021-02-08T07:00", ""},
			{"22 heures", "TIME", "2021-02-08T22:00", ""},
			{"2018", "DATE", "2018", ""},
			{"trois heures", "DURATION", "PT3H", ""},
			{"mardi", "DATE", "2021-02-09", ""},
			{"mercredi matin", "TIME", "2021-02-10TMO", ""},
			{"ce week-end", "DATE", "2021-W06-WE", ""},
			{"chaque matin", "SET", "XXXX-XX-XXTMO", ""},
			{"au moins 48 heures", "DURATION", "PT48H", "EQUAL_OR_MORE"},
			{"février 2012", "DATE", "2012-02", ""},
			{"près de deux semaines", "DURATION", "P2W", "APPROX"},
		}},
	{"lesoir-derby-wallon-sans-timex", "2019-02-11", `Le Standard a renoué avec la victoire en dominant Charleroi 3-1 au terme d'un derby wallon disputé devant 24.850 spectateurs à Sclessin. Les Rouches, qui restaient sur deux défaites consécutives, remontent à la quatrième place du classement avec 41 points, à six longueurs du leader brugeois.

Les Zèbres avaient pourtant ouvert la marque sur un coup franc de leur capitaine, Yannick Delvaux, enroulé des 22 mètres. L'égalisation est venue d'une tête de Mehdi Bouras, 21 ans, sur un corner de Tom Verhaegen. L'attaquant ghanéen Kwame Osei a ensuite inscrit un doublé, dont un penalty obtenu par le même Verhaegen. Avec 14 buts en 23 matches de championnat, le numéro 9 liégeois, recruté pour 2,5 millions d'euros, occupe seul la tête du classement des buteurs.

« On a montré du caractère. Après deux revers, ce n'était pas simple de repartir », a réagi l'entraîneur néerlandais du Standard, Ruud Jansen, 54 ans.

Les chiffres confirment la domination liégeoise : 61 % de possession, 17 tirs dont 8 cadrés, contre 9 tirs et 3 cadrés pour les Carolos. L'arbitre a distribué cinq cartons jaunes et un carton rouge, pour le défenseur carolo Ibrahima Sow, exclu pour un second avertissement.

Charleroi, neuvième avec 33 points, ne compte plus que quatre points d'avance sur la zone dangereuse. Les 3.200 places du parcage visiteurs, vendues 25 euros pièce, avaient toutes trouvé preneur.`,
		[]hoGold{}},
	{"ledevoir-urgences-quebec", "2022-01-12", `Le temps d'attente moyen sur civière dans les urgences du Québec a atteint 19 heures la semaine dernière, un sommet depuis le début de la pandémie, selon les données publiées mercredi par le ministère de la Santé.

À l'Hôpital de la Cité-de-la-Santé, à Laval, certains patients ont patienté plus de 48 heures avant d'obtenir un lit. « On voit des personnes âgées attendre deux jours sur une civière dans un corridor. C'est indigne », déplore Julie Côté, infirmière depuis 22 ans dans cet établissement.

Le réseau compte actuellement près de 20 000 travailleurs absents, dont plusieurs milliers ont contracté le variant Omicron depuis deux semaines. Le ministre de la Santé a annoncé mercredi après-midi que les employés asymptomatiques pourraient retourner au travail après cinq jours d'isolement plutôt que dix jours.

Les hôpitaux de la région de Montréal ont par ailleurs reporté près de la moitié des chirurgies prévues ce mois-ci. Selon la Fédération des médecins spécialistes, le retard accumulé pourrait prendre plus de trois ans à résorber.

« Le système était déjà à bout de souffle avant la COVID. Cette cinquième vague le met à genoux », résume le Dr François Lemieux, urgentologue à Sherbrooke, qui réclame des renforts « dès maintenant ».

Le gouvernement doit présenter la semaine prochaine un plan de délestage supplémentaire. Le dernier bilan faisait état de 2742 hospitalisations liées à la COVID-19, dont 255 aux soins intensifs.`,
		[]hoGold{
			{"19 heures", "DURATION", "PT19H", ""},
			{"la semaine dernière", "DATE", "2022-W01", ""},
			{"mercredi", "DATE", "2022-01-12", ""},
			{"plus de 48 heures", "DURATION", "PT48H", "MORE_THAN"},
			{"deux jours", "DURATION", "P2D", ""},
			{"22 ans", "DURATION", "P22Y", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"deux semaines", "DURATION", "P2W", ""},
			{"mercredi après-midi", "TIME", "2022-01-12TAF", ""},
			{"cinq jours", "DURATION", "P5D", ""},
			{"dix jours", "DURATION", "P10D", ""},
			{"ce mois-ci", "DATE", "2022-01", ""},
			{"plus de trois ans", "DURATION", "P3Y", "MORE_THAN"},
			{"maintenant", "DATE", "PRESENT_REF", ""},
			{"la semaine prochaine", "DATE", "2022-W03", ""},
		}},
	{"jeuneafrique-togo-dialogue", "2015-10-26", `Lomé – Les principaux partis de l'opposition togolaise ont annoncé dimanche leur refus de participer au dialogue national voulu par le chef de l'État, dont l'ouverture est prévue jeudi prochain au palais des congrès de Lomé.

Réunis pendant plus de six heures au siège de l'Alliance pour le renouveau, dans le quartier de Bè, leurs dirigeants ont dénoncé « une mise en scène ». « Depuis dix ans, on nous invite à des dialogues dont les conclusions finissent dans un tiroir », a lancé Koffi Amégan, porte-parole de la coalition.

Le pouvoir, lui, se veut conciliant. Le ministre de l'Administration territoriale a assuré lundi matin que la porte restait « grande ouverte » et que les travaux pourraient être reportés de quelques jours si nécessaire.

Au cœur du différend : le retour à la limitation à deux mandats présidentiels, supprimée lors de la révision constitutionnelle de décembre 2002. L'opposition exige son rétablissement avant la présidentielle de 2020 et la publication d'un calendrier précis avant la fin du mois de novembre.

Il y a cinq ans, une initiative similaire avait tourné court après trois semaines de discussions. Le scrutin présidentiel d'avril dernier, remporté avec 58,8 % des voix par le président sortant, n'a pas apaisé les tensions.

Les chancelleries occidentales, qui appellent à la reprise du dialogue depuis plusieurs mois, suivent la situation de près. Une délégation de la Cedeao est attendue à Lomé à la mi-novembre.`,
		[]hoGold{
			{"dimanche", "DATE", "2015-10-25", ""},
			{"jeudi prochain", "DATE", "2015-10-29", ""},
			{"plus de six heures", "DURATION", "PT6H", "MORE_THAN"},
			{"dix ans", "DURATION", "P10Y", ""},
			{"lundi matin", "TIME", "2015-10-26TMO", ""},
			{"quelques jours", "DURATION", "PXD", ""},
			{"décembre 2002", "DATE", "2002-12", ""},
			{"2020", "DATE", "2020", ""},
			{"la fin du mois de novembre", "DATE", "2015-11", "END"},
			{"Il y a cinq ans", "DATE", "2010", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"avril dernier", "DATE", "2015-04", ""},
			{"plusieurs mois", "DURATION", "PXM", ""},
			{"la mi-novembre", "DATE", "2015-11", "MID"},
		}},
	{"lesechos-greve-controleurs", "2018-04-03", `Le trafic aérien sera de nouveau fortement perturbé ce week-end. Le principal syndicat de contrôleurs aériens a déposé mardi un préavis de grève courant de vendredi 6 heures à lundi 6 heures, le troisième en un mois.

La Direction générale de l'aviation civile (DGAC) a demandé aux compagnies de réduire de 30 % leurs programmes de vols à Marseille, Nice et Bordeaux samedi et dimanche. Air France prévoit d'assurer « plus de 75 % » de ses vols moyen-courriers, mais n'exclut pas « des retards et des annulations de dernière minute ».

Les contrôleurs protestent contre un projet de réorganisation des centres en route, qui allongerait selon eux leurs vacations à douze heures, contre dix heures actuellement. « On nous demande toujours plus, avec des effectifs qui baissent chaque année », résume un contrôleur du centre d'Aix-en-Provence.

Pour les compagnies, l'addition s'alourdit. Selon l'association Airlines for Europe, les grèves de contrôleurs français ont coûté plus de 500 millions d'euros aux transporteurs européens l'an dernier. Ryanair a d'ores et déjà annulé 220 vols pour samedi.

La ministre des Transports doit recevoir les syndicats jeudi après-midi. Le projet de réforme, présenté en janvier, prévoit une entrée en vigueur dès le printemps 2019. Les syndicats réclament un report d'au moins un an et l'ouverture de négociations sur les effectifs.`,
		[]hoGold{
			{"ce week-end", "DATE", "2018-W14-WE", ""},
			{"mardi", "DATE", "2018-04-03", ""},
			{"vendredi 6 heures", "TIME", "2018-04-06T06:00", ""},
			{"lundi 6 heures", "TIME", "2018-04-09T06:00", ""},
			{"un mois", "DURATION", "P1M", ""},
			{"samedi", "DATE", "2018-04-07", ""},
			{"dimanche", "DATE", "2018-04-08", ""},
			{"douze heures", "DURATION", "PT12H", ""},
			{"dix heures", "DURATION", "PT10H", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"chaque année", "SET", "P1Y", ""},
			{"l'an dernier", "DATE", "2017", ""},
			{"samedi", "DATE", "2018-04-07", ""},
			{"jeudi après-midi", "TIME", "2018-04-05TAF", ""},
			{"janvier", "DATE", "2018-01", ""},
			{"le printemps 2019", "DATE", "2019-SP", ""},
			{"au moins un an", "DURATION", "P1Y", "EQUAL_OR_MORE"},
		}},
	{"lalibre-formation-federale", "2020-09-17", `Les deux préformateurs chargés de mettre sur pied un gouvernement fédéral ont remis jeudi matin un rapport intermédiaire au Roi, au palais de Bruxelles. Le souverain les a prolongés dans leur mission : ils devront à nouveau lui faire rapport le lundi 28 septembre.

La Belgique est sans gouvernement de plein exercice depuis décembre 2018, soit plus de 630 jours. Les élections de mai 2019 ont accouché d'un paysage politique morcelé, avec une Flandre ancrée à droite et une Wallonie penchant à gauche.

« Nous avons avancé sur le budget et sur les pensions. Il reste des points durs, mais un accord est possible d'ici la fin du mois », a déclaré l'un des deux négociateurs à la sortie de l'audience, qui a duré une heure et demie.

Les sept partis autour de la table se sont encore réunis mercredi soir, jusqu'à 2 heures du matin, au château de Val-Duchesse. Mardi, les discussions avaient achoppé sur la fiscalité et sur le financement des soins de santé.

Le précédent record, 541 jours sans gouvernement, avait été établi il y a près de dix ans. Parallèlement, le gouvernement minoritaire sortant, doté de pouvoirs spéciaux en mars pour gérer la crise sanitaire, expédie les affaires courantes.

Les négociateurs se retrouveront ce week-end, à huis clos. Un nouveau point presse est prévu dimanche, à l'issue de ces discussions.`,
		[]hoGold{
			{"jeudi matin", "TIME", "2020-09-17TMO", ""},
			{"le lundi 28 septembre", "DATE", "2020-09-28", ""},
			{"décembre 2018", "DATE", "2018-12", ""},
			{"plus de 630 jours", "DURATION", "P630D", "MORE_THAN"},
			{"mai 2019", "DATE", "2019-05", ""},
			{"la fin du mois", "DATE", "2020-09", "END"},
			{"une heure et demie", "DURATION", "PT1H30M", ""},
			{"mercredi soir", "TIME", "2020-09-16TEV", ""},
			{"2 heures du matin", "TIME", "2020-09-17T02:00", ""},
			{"Mardi", "DATE", "2020-09-15", ""},
			{"541 jours", "DURATION", "P541D", ""},
			{"il y a près de dix ans", "DATE", "2010", "APPROX"},
			{"mars", "DATE", "2020-03", ""},
			{"ce week-end", "DATE", "2020-W38-WE", ""},
			{"dimanche", "DATE", "2020-09-20", ""},
		}},
	{"le360-tourisme-semestre", "2024-08-06", `Le secteur touristique marocain poursuit sa dynamique. Selon les chiffres publiés lundi par l'Observatoire du tourisme, le Royaume a accueilli 8,9 millions de visiteurs durant le premier semestre 2024, soit une hausse de 14 %.

Les arrivées ont été particulièrement soutenues en juin, avec 1,7 million de visiteurs, dont près de la moitié de Marocains résidant à l'étranger (MRE). L'opération Marhaba, lancée le 5 juin, a déjà permis le retour de plus de 1,2 million de MRE via les ports de Tanger Med et de Nador. Les recettes touristiques ont atteint 52 milliards de dirhams à fin juin, selon l'Office des changes.

« Nous visons 18 millions de touristes d'ici 2027. Les investissements engagés dans l'hôtellerie et l'aérien commencent à porter leurs fruits », a déclaré la ministre du Tourisme mardi à Marrakech, lors d'une rencontre avec les professionnels du secteur.

Les hôteliers restent toutefois prudents. À Agadir, le taux d'occupation n'a pas dépassé 62 % en juillet, contre 71 % il y a deux ans. « L'activité est bonne, mais les réservations tardives sont devenues la norme. Les clients réservent souvent moins de dix jours à l'avance », explique Hicham Berrada, directeur d'un établissement de 300 chambres.

La compagnie nationale Royal Air Maroc a, pour sa part, annoncé l'ouverture de quatre nouvelles lignes à partir de l'automne, dont une liaison vers Pékin assurée trois fois par semaine.`,
		[]hoGold{
			{"lundi", "DATE", "2024-08-05", ""},
			{"le premier semestre 2024", "DATE", "2024-H1", ""},
			{"juin", "DATE", "2024-06", ""},
			{"le 5 juin", "DATE", "2024-06-05", ""},
			{"fin juin", "DATE", "2024-06", "END"},
			{"2027", "DATE", "2027", ""},
			{"mardi", "DATE", "2024-08-06", ""},
			{"juillet", "DATE", "2024-07", ""},
			{"il y a deux ans", "DATE", "2022", ""},
			{"moins de dix jours", "DURATION", "P10D", "LESS_THAN"},
			{"l'automne", "DATE", "2024-FA", ""},
			{"trois fois par semaine", "SET", "P1W", ""},
		}},
	{"tsa-penurie-carburant", "2012-06-19", `Alger – Les files d'attente devant les stations-service se sont encore allongées mardi dans plusieurs wilayas de l'Est, où la pénurie de carburant dure depuis près de trois semaines. À Constantine et à Sétif, des automobilistes ont patienté plus de quatre heures pour faire le plein.

« Je suis arrivé à 5 heures du matin et j'ai été servi à 9 h 30. Mes clients, eux, ne m'ont pas attendu », raconte Mourad, chauffeur de taxi à Sétif.

Naftal, la filiale de distribution de Sonatrach, invoque une hausse de 12 % de la demande depuis le début de l'année et des arrêts techniques à la raffinerie de Skikda. Son directeur de la communication a assuré lundi soir que la situation serait « normalisée d'ici la fin de la semaine ».

Le prix à la pompe, lui, n'a pas bougé : le litre d'essence super est toujours vendu 23 dinars, un tarif fixé par l'État et inchangé depuis 2005. Un niveau parmi les plus bas du monde, qui alimente la contrebande vers le Maroc et la Tunisie.

Les importations de carburants ont coûté 2,5 milliards de dollars à l'Algérie l'an dernier, une facture qui pourrait doubler d'ici 2015, selon plusieurs experts. Le ministère de l'Énergie promet la construction de deux nouvelles raffineries, à Tiaret et à Hassi Messaoud, dans les cinq prochaines années.

En attendant, les walis de Constantine, Sétif et Batna ont décidé de limiter les ventes à 40 litres par véhicule.`,
		[]hoGold{
			{"mardi", "DATE", "2012-06-19", ""},
			{"près de trois semaines", "DURATION", "P3W", "APPROX"},
			{"plus de quatre heures", "DURATION", "PT4H", "MORE_THAN"},
			{"5 heures du matin", "TIME", "2012-06-19T05:00", ""},
			{"9 h 30", "TIME", "2012-06-19T09:30", ""},
			{"le début de l'année", "DATE", "2012", "START"},
			{"lundi soir", "TIME", "2012-06-18TEV", ""},
			{"la fin de la semaine", "DATE", "2012-W25", "END"},
			{"2005", "DATE", "2005", ""},
			{"l'an dernier", "DATE", "2011", ""},
			{"2015", "DATE", "2015", ""},
			{"les cinq prochaines années", "DURATION", "P5Y", ""},
		}},
	{"lapresse-tn-festival-carthage", "2016-07-08", `Le coup d'envoi de la 52e édition du Festival international de Carthage sera donné mercredi prochain, le 13 juillet, au théâtre romain, avec une création consacrée au patrimoine musical tunisien.

La directrice du festival, Amel Ben Slimane, a présenté le programme jeudi lors d'une conférence de presse à Tunis. Au total, 34 spectacles seront proposés pendant près de six semaines, entre le 13 juillet et le 20 août. Musique, théâtre, danse et humour se partageront la scène du théâtre romain, qui peut accueillir 7500 spectateurs.

Afin de tenir compte de la chaleur et de faciliter l'accès au site, les portes ouvriront chaque soir une heure plus tôt que l'an dernier. Un dispositif de navettes sera mis en place depuis la gare TGM de Carthage-Hannibal.

« Nous avons voulu un festival accessible, qui s'adresse à toutes les générations et à toutes les régions », souligne la directrice. Parmi les têtes d'affiche figure la chanteuse libanaise Yasmina Haddad, attendue le 27 juillet.

La billetterie en ligne ouvrira lundi à 10 heures. Les prix des billets varient entre 20 et 80 dinars, avec des tarifs réduits pour les étudiants.

En 2015, le festival avait attiré quelque 180 000 spectateurs, malgré un contexte sécuritaire tendu. Le ministère des Affaires culturelles a débloqué pour cette édition une enveloppe de 3 millions de dinars.`,
		[]hoGold{
			{"mercredi prochain", "DATE", "2016-07-13", ""},
			{"le 13 juillet", "DATE", "2016-07-13", ""},
			{"jeudi", "DATE", "2016-07-07", ""},
			{"près de six semaines", "DURATION", "P6W", "APPROX"},
			{"le 13 juillet", "DATE", "2016-07-13", ""},
			{"le 20 août", "DATE", "2016-08-20", ""},
			{"chaque soir", "SET", "XXXX-XX-XXTEV", ""},
			{"une heure plus tôt", "DURATION", "PT1H", ""},
			{"l'an dernier", "DATE", "2015", ""},
			{"le 27 juillet", "DATE", "2016-07-27", ""},
			{"lundi", "DATE", "2016-07-11", ""},
			{"10 heures", "TIME", "2016-07-11T10:00", ""},
			{"2015", "DATE", "2015", ""},
		}},
	{"liberation-nuits-de-sete", "2013-10-08", `Il aura fallu sept ans à Claire Vasseur pour achever son deuxième long métrage, les Nuits de Sète, qui sort mercredi en salles. Tourné en vingt-six jours à l'automne 2011, dans une ville portuaire désertée par les vacanciers, le film a ensuite dormi près de dix-huit mois dans un tiroir, faute de distributeur.

Le résultat vaut l'attente. En deux heures dix, la cinéaste suit trois adolescents qui passent l'été 1987 à errer entre les quais, la plage et les bals de quartier. Le film revisite les années 1980 sans la moindre nostalgie : pas de tubes à la radio, pas de reconstitution appuyée, juste des corps fatigués par la chaleur.

Vasseur, qui a travaillé pendant quinze ans comme monteuse avant de passer à la réalisation, filme au plus près des visages. Son premier film, Marée basse, sorti il y a neuf ans, avait réuni 200 000 spectateurs, un joli score pour un premier long.

« J'ai écrit le scénario en 2006, juste après la naissance de ma fille. Je voulais raconter l'ennui, les premières fois, cette façon qu'ont les adolescents de se croire immortels », confie-t-elle.

Déjà présenté en mai à la Quinzaine des réalisateurs, à Cannes, où il avait été chaleureusement accueilli, le film sera projeté ce soir en avant-première au cinéma Diagonal, à Montpellier, en présence de l'équipe. Une tournée dans une dizaine de villes du Sud est prévue.`,
		[]hoGold{
			{"sept ans", "DURATION", "P7Y", ""},
			{"mercredi", "DATE", "2013-10-09", ""},
			{"vingt-six jours", "DURATION", "P26D", ""},
			{"l'automne 2011", "DATE", "2011-FA", ""},
			{"près de dix-huit mois", "DURATION", "P18M", "APPROX"},
			{"deux heures dix", "DURATION", "PT2H10M", ""},
			{"l'été 1987", "DATE", "1987-SU", ""},
			{"les années 1980", "DATE", "198", ""},
			{"quinze ans", "DURATION", "P15Y", ""},
			{"il y a neuf ans", "DATE", "2004", ""},
			{"2006", "DATE", "2006", ""},
			{"mai", "DATE", "2013-05", ""},
			{"ce soir", "TIME", "2013-10-08TEV", ""},
		}},
	{"estrepublicain-incendie-nancy", "2025-01-13", `NANCY – L'enquête s'annonce longue. Les policiers de la sûreté départementale tentent toujours de déterminer l'origine de l'incendie qui a ravagé ce week-end un immeuble de la rue du 11-Novembre, à Nancy. Six familles ont été relogées en urgence par la Ville.

L'alerte a été donnée samedi à 3 h 40 par un voisin, réveillé par l'odeur de fumée. Une cinquantaine de sapeurs-pompiers ont lutté pendant près de cinq heures pour venir à bout des flammes, parties d'un local à poubelles situé au rez-de-chaussée. Une septuagénaire, intoxiquée, a été transportée au CHRU de Nancy. Ses jours ne sont pas en danger.

Le lendemain, un expert mandaté par le parquet a passé l'après-midi sur place. Selon une source proche de l'enquête, la piste criminelle n'est pas écartée : deux jours plus tôt, un feu de poubelle avait déjà été signalé dans la même cour.

« J'habite ici depuis 1998, je n'ai jamais eu aussi peur. On a tout perdu en quelques minutes », confie Martine, 67 ans, qui vivait au deuxième étage avec son fils.

L'immeuble, construit à la fin du XIXe siècle, faisait l'objet d'un arrêté de mise en sécurité depuis mars 2023. Le propriétaire, une société civile immobilière, n'a pas donné suite à nos sollicitations.

Un appel aux dons a été lancé dimanche par le comité de quartier, qui a déjà récolté plus de 4000 euros. La municipalité organisera une réunion d'information avec les riverains mercredi à 18 h 30, à la mairie de quartier.`,
		[]hoGold{
			{"ce week-end", "DATE", "2025-W02-WE", ""},
			{"samedi", "DATE", "2025-01-11", ""},
			{"3 h 40", "TIME", "2025-01-11T03:40", ""},
			{"près de cinq heures", "DURATION", "PT5H", "APPROX"},
			{"Le lendemain", "DATE", "2025-01-12", ""},
			{"l'après-midi", "TIME", "2025-01-12TAF", ""},
			{"deux jours plus tôt", "DURATION", "P2D", ""},
			{"1998", "DATE", "1998", ""},
			{"quelques minutes", "DURATION", "PTXM", ""},
			{"la fin du XIXe siècle", "DATE", "18", "END"},
			{"mars 2023", "DATE", "2023-03", ""},
			{"dimanche", "DATE", "2025-01-12", ""},
			{"mercredi", "DATE", "2025-01-15", ""},
			{"18 h 30", "TIME", "2025-01-15T18:30", ""},
		}},
	{"24heures-alpiniste-diablerets", "2014-08-27", `LES DIABLERETS – Les recherches pour retrouver un alpiniste vaudois porté disparu dans le massif des Diablerets ont été interrompues mardi soir en raison du brouillard et des chutes de neige en altitude. Elles reprendront dès que la météo le permettra, a indiqué la police cantonale valaisanne.

L'homme, un Lausannois de 38 ans expérimenté, avait quitté la cabane de Prarochet samedi à 6 heures pour une course en solitaire. Il avait prévu de redescendre le soir même et d'appeler sa compagne. Sans nouvelles, celle-ci a donné l'alerte le lendemain matin.

Dimanche et lundi, une quarantaine de secouristes, deux hélicoptères et des équipes cynophiles ont ratissé le secteur. Le sac à dos du disparu a été retrouvé lundi après-midi au pied d'un couloir, vers 2900 mètres d'altitude.

« Nous savons que le temps joue contre nous, mais nous ne pouvons pas exposer les sauveteurs à un tel danger », explique Pierre-Alain Rey, chef d'intervention de l'Organisation cantonale valaisanne de secours.

Depuis le début de l'été, quatorze alpinistes ont perdu la vie dans les Alpes valaisannes, contre onze pour l'année 2013. Les guides pointent des conditions instables, avec des températures anormalement élevées depuis plusieurs semaines qui fragilisent les ponts de neige et les parois.

MétéoSuisse prévoit une nette amélioration jeudi. Un nouveau survol du secteur est envisagé dès jeudi matin, si le plafond nuageux le permet.`,
		[]hoGold{
			{"mardi soir", "TIME", "2014-08-26TEV", ""},
			{"samedi", "DATE", "2014-08-23", ""},
			{"6 heures", "TIME", "2014-08-23T06:00", ""},
			{"le soir même", "TIME", "2014-08-23TEV", ""},
			{"le lendemain matin", "TIME", "2014-08-24TMO", ""},
			{"Dimanche", "DATE", "2014-08-24", ""},
			{"lundi", "DATE", "2014-08-25", ""},
			{"lundi après-midi", "TIME", "2014-08-25TAF", ""},
			{"le début de l'été", "DATE", "2014-SU", "START"},
			{"l'année 2013", "DATE", "2013", ""},
			{"plusieurs semaines", "DURATION", "PXW", ""},
			{"jeudi", "DATE", "2014-08-28", ""},
			{"jeudi matin", "TIME", "2014-08-28TMO", ""},
		}},
	{"laprovence-municipales-sans-timex", "2026-03-16", `SAINT-AURÈLE – Le maire sortant, Gérard Fabre, a été nettement devancé au premier tour des municipales. La liste divers gauche de Nathalie Roux arrive en tête avec 2019 voix, soit 41,8 % des suffrages exprimés, contre 1486 voix (30,8 %) pour l'équipe sortante.

Troisième, la liste du Rassemblement national conduite par Éric Baldacci obtient 873 voix (18,1 %) et pourra se maintenir au second tour. La liste écologiste, avec 452 voix (9,4 %), est éliminée mais peut fusionner avec l'une des listes qualifiées.

Sur 7342 inscrits, 4911 électeurs se sont déplacés, soit une participation de 66,9 %. On dénombre 81 bulletins blancs ou nuls. Au bureau n° 3, installé dans la salle des fêtes du boulevard du 14-Juillet, la liste de Nathalie Roux réalise son meilleur score avec 312 voix sur 598 votants.

« Les 2019 électeurs qui nous ont fait confiance attendent un vrai changement, à commencer par la baisse du prix de l'eau », a déclaré la tête de liste, 47 ans, devant une centaine de sympathisants réunis au 12, cours Gambetta.

Gérard Fabre, 68 ans, qui briguait un quatrième mandat, refuse de s'avouer vaincu. « Il reste 1486 raisons d'y croire », a lancé l'ancien pharmacien.

La commune de 11 200 habitants affiche une dette de 14,6 millions d'euros, soit 1304 euros par habitant, et un taux de taxe foncière de 38,7 %. Le mètre cube d'eau y est facturé 4,12 euros, contre 3,65 euros en moyenne dans le département.`,
		[]hoGold{}},
}

func TestFrenchHeldOut11(t *testing.T) { guardHeldOut(t, "French 11", frHeldOut11, "fr", 0.94) }
