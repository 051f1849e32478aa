package extract

import "testing"

// frHeldOut is a blind held-out French evaluation set: passages written in
// the style of French-language wire and newspaper copy (AFP, Reuters, Le
// Monde, Le Figaro, RFI, Le Soir, La Presse), without looking at the tagger,
// its tests or the dev sets. Each passage carries its own DCT (2024-2026).
// Gold follows TIMEX3 as in TempEval-3 and French TimeBank: the determiner is
// inside the span ("le 1er janvier", "la semaine dernière", "l'an dernier"),
// prepositions are outside ("en", "à", "depuis", "pendant", "dans", "d'ici",
// and the fused "au", "du", "des" leave the noun phrase: "premier semestre",
// "années 1990"); "il y a N" belongs to the span and is a DATE at the
// granularity of its unit; "depuis 2019" tags "2019", "depuis trois ans" the
// DURATION "trois ans"; weekdays in past clauses are the last such day before
// the DCT (the DCT itself in a same-day dateline dispatch), in future clauses
// the next one; "ce soir" is TEV, "la nuit" TNI, "matin/matinée" TMO,
// "après-midi" TAF; "actuellement" PRESENT_REF, "autrefois" PAST_REF,
// "l'avenir" FUTURE_REF; "début/fin/mi-" are mod START/END/MID, "vers" and
// "environ" APPROX. Negative passages (no gold) hold numbers that are not
// timexes. Values were computed with Python's datetime, not by hand.
var frHeldOut = []hoCase{
	{"dateline same-day weekday", "2025-03-12", "PARIS, 12 mars (Reuters) - Le gouvernement a présenté mercredi en Conseil des ministres un projet de loi sur la fin de vie, qui sera examiné par l'Assemblée nationale le mois prochain.", []hoGold{{"12 mars", "DATE", "2025-03-12", ""}, {"mercredi", "DATE", "2025-03-12", ""}, {"le mois prochain", "DATE", "2025-04", ""}}},
	{"hier vote", "2024-06-19", "Les députés ont adopté hier, par 312 voix contre 201, la proposition de loi visant à encadrer les loyers dans les zones tendues.", []hoGold{{"hier", "DATE", "2024-06-18", ""}}},
	{"demain matin vigilance", "2025-01-08", "Météo-France a placé 14 départements en vigilance orange neige et verglas à partir de demain matin.", []hoGold{{"demain matin", "TIME", "2025-01-09TMO", ""}}},
	{"mardi dernier interpellé", "2025-11-14", "Le suspect, interpellé mardi dernier à Marseille, a été mis en examen pour assassinat en bande organisée.", []hoGold{{"mardi dernier", "DATE", "2025-11-11", ""}}},
	{"vendredi prochain budget", "2024-10-07", "Le Premier ministre doit présenter vendredi prochain les grandes lignes du budget 2025, a indiqué Matignon.", []hoGold{{"vendredi prochain", "DATE", "2024-10-11", ""}, {"2025", "DATE", "2025", ""}}},
	{"semaine dernière bourse", "2025-02-05", "La Bourse de Paris a terminé en baisse de 1,2 % la semaine dernière, plombée par les valeurs du luxe.", []hoGold{{"la semaine dernière", "DATE", "2025-W05", ""}}},
	{"l'an dernier inflation", "2025-01-15", "L'inflation en France a atteint 2 % en moyenne l'an dernier, contre 4,9 % en 2023, selon l'Insee.", []hoGold{{"l'an dernier", "DATE", "2024", ""}, {"2023", "DATE", "2023", ""}}},
	{"il y a trois jours incendie", "2025-07-21", "Le feu, qui s'est déclaré il y a trois jours dans le massif des Maures, a déjà parcouru plus de 2 000 hectares.", []hoGold{{"il y a trois jours", "DATE", "2025-07-18", ""}}},
	{"depuis 2019 chômage", "2025-05-06", "Le chômage des jeunes n'avait pas été aussi élevé depuis 2019, a souligné la ministre du Travail.", []hoGold{{"2019", "DATE", "2019", ""}}},
	{"chaque année festival", "2025-06-21", "Le festival d'Avignon attire chaque année plus de 100 000 spectateurs dans la cité des Papes.", []hoGold{{"chaque année", "SET", "P1Y", ""}}},
	{"tous les lundis marché", "2024-09-02", "Désormais, le marché aux puces se tiendra tous les lundis sur la place de la mairie, a annoncé la municipalité.", []hoGold{{"tous les lundis", "SET", "XXXX-WXX-1", ""}}},
	{"à 14h30 conseil", "2025-10-02", "Le conseil de défense se réunira à 14h30 à l'Élysée, a précisé la présidence.", []hoGold{{"14h30", "TIME", "2025-10-02T14:30", ""}}},
	{"vers 8 heures accident", "2024-12-03", "L'accident s'est produit vers 8 heures sur l'autoroute A7, à hauteur de Montélimar, faisant deux blessés graves.", []hoGold{{"vers 8 heures", "TIME", "2024-12-03T08:00", "APPROX"}}},
	{"hier soir Cannes", "2025-05-25", "Le Festival de Cannes s'est achevé hier soir avec la remise de la Palme d'or au réalisateur iranien Jafar Panahi.", []hoGold{{"hier soir", "TIME", "2025-05-24TEV", ""}}},
	{"ce matin séisme", "2026-02-10", "Un séisme de magnitude 4,8 a été ressenti ce matin dans les Pyrénées-Atlantiques, sans faire de victimes.", []hoGold{{"ce matin", "TIME", "2026-02-10TMO", ""}}},
	{"semestres ventes", "2024-07-30", "Le constructeur s'attend à une reprise de la demande au deuxième semestre, après un recul de 8 % des ventes au premier semestre.", []hoGold{{"deuxième semestre", "DATE", "2024-H2", ""}, {"premier semestre", "DATE", "2024-H1", ""}}},
	{"trimestre 2025 et précédent", "2025-10-31", "Le PIB de la zone euro a progressé de 0,2 % au troisième trimestre 2025 par rapport au trimestre précédent, selon Eurostat.", []hoGold{{"troisième trimestre 2025", "DATE", "2025-Q3", ""}, {"trimestre précédent", "DATE", "2025-Q2", ""}}},
	{"printemps prochain travaux", "2025-09-23", "Les travaux de rénovation du stade débuteront au printemps prochain et dureront environ dix-huit mois.", []hoGold{{"printemps prochain", "DATE", "2026-SP", ""}, {"environ dix-huit mois", "DURATION", "P18M", "APPROX"}}},
	{"années 1990 album juin", "2024-03-08", "Le chanteur, figure de la scène rap des années 1990, publiera un nouvel album en juin.", []hoGold{{"années 1990", "DATE", "199", ""}, {"juin", "DATE", "2024-06", ""}}},
	{"fin du XIXe siècle", "2025-12-02", "Le musée d'Orsay consacre une exposition aux peintres impressionnistes de la fin du XIXe siècle.", []hoGold{{"la fin du XIXe siècle", "DATE", "18", "END"}}},
	{"du 11 au 14 juin", "2025-05-14", "Le salon VivaTech se tiendra du 11 au 14 juin à Paris, a annoncé l'organisateur.", []hoGold{{"11", "DATE", "2025-06-11", ""}, {"14 juin", "DATE", "2025-06-14", ""}}},
	{"mardi 4 mars 2025", "2025-03-04", "Le président a reçu mardi 4 mars 2025 les chefs des partis représentés au Parlement pour évoquer la situation en Ukraine.", []hoGold{{"mardi 4 mars 2025", "DATE", "2025-03-04", ""}}},
	{"le 1er janvier futur", "2025-12-15", "La hausse de 3,2 % des tarifs de l'électricité entrera en vigueur le 1er janvier, a confirmé la Commission de régulation de l'énergie.", []hoGold{{"le 1er janvier", "DATE", "2026-01-01", ""}}},
	{"mars dernier", "2025-06-10", "Interpellé en mars dernier, l'homme est soupçonné d'avoir escroqué plus de 300 personnes âgées.", []hoGold{{"mars dernier", "DATE", "2025-03", ""}}},
	{"fin mars rapport", "2025-02-18", "Le rapport de la commission d'enquête sera rendu public fin mars, selon son président.", []hoGold{{"fin mars", "DATE", "2025-03", "END"}}},
	{"mi-2026 EPR", "2025-11-05", "Le réacteur EPR de Flamanville ne devrait pas atteindre sa pleine puissance avant mi-2026.", []hoGold{{"mi-2026", "DATE", "2026", "MID"}}},
	{"à l'avenir", "2025-03-27", "Le ministre a assuré que de telles coupures seraient évitées à l'avenir grâce au renforcement du réseau.", []hoGold{{"l'avenir", "DATE", "FUTURE_REF", ""}}},
	{"actuellement agriculteurs", "2024-02-14", "Quelque 4 000 agriculteurs bloquent actuellement les principaux axes autour de Toulouse, selon la préfecture.", []hoGold{{"actuellement", "DATE", "PRESENT_REF", ""}}},
	{"autrefois village", "2025-08-08", "Le village, autrefois prospère grâce aux mines de charbon, ne compte plus que 300 habitants.", []hoGold{{"autrefois", "DATE", "PAST_REF", ""}}},
	{"semaine prochaine Eurogroupe", "2026-01-20", "BRUXELLES, 20 janvier (Reuters) - Les ministres des Finances de la zone euro se retrouveront la semaine prochaine à Bruxelles pour discuter de l'union bancaire.", []hoGold{{"20 janvier", "DATE", "2026-01-20", ""}, {"la semaine prochaine", "DATE", "2026-W05", ""}}},
	{"douze derniers mois immobilier", "2024-04-04", "Les prix de l'immobilier ancien ont reculé de 4 % au cours des douze derniers mois, selon les notaires.", []hoGold{{"douze derniers mois", "DURATION", "P12M", ""}}},
	{"depuis trois ans lundi", "2025-02-25", "Depuis trois ans, la guerre a fait des dizaines de milliers de morts, a rappelé lundi le secrétaire général de l'ONU.", []hoGold{{"trois ans", "DURATION", "P3Y", ""}, {"lundi", "DATE", "2025-02-24", ""}}},
	{"il y a deux ans séisme", "2025-09-08", "Le séisme qui a frappé le Haut Atlas il y a deux ans avait fait près de 3 000 morts.", []hoGold{{"il y a deux ans", "DATE", "2023", ""}}},
	{"l'été dernier incendies", "2025-11-12", "Les incendies de l'été dernier ont détruit 15 000 hectares de forêt dans l'Aude.", []hoGold{{"l'été dernier", "DATE", "2025-SU", ""}}},
	{"ce week-end manifestations", "2025-03-17", "Quelque 250 000 personnes ont manifesté ce week-end dans toute la France contre l'extrême droite.", []hoGold{{"ce week-end", "DATE", "2025-W11-WE", ""}}},
	{"dimanche futur législatives", "2024-06-27", "Les électeurs sont appelés aux urnes dimanche pour le premier tour des élections législatives anticipées.", []hoGold{{"dimanche", "DATE", "2024-06-30", ""}}},
	{"deux fois par an livret A", "2024-12-10", "Le taux du livret A, révisé deux fois par an, restera fixé à 3 % jusqu'au 31 janvier, a annoncé Bercy.", []hoGold{{"deux fois par an", "SET", "P1Y", ""}, {"31 janvier", "DATE", "2025-01-31", ""}}},
	{"date numérique arrêté", "2025-03-20", "Selon l'arrêté préfectoral du 12/03/2025, la baignade est interdite sur l'ensemble des plages de la commune.", []hoGold{{"12/03/2025", "DATE", "2025-03-12", ""}}},
	{"8 mai 1945 il y a 80 ans", "2025-05-08", "Le chef de l'État a présidé ce jeudi la cérémonie commémorant la victoire du 8 mai 1945, il y a 80 ans.", []hoGold{{"ce jeudi", "DATE", "2025-05-08", ""}, {"8 mai 1945", "DATE", "1945-05-08", ""}, {"il y a 80 ans", "DATE", "1945", ""}}},
	{"ce soir 20 heures couvre-feu", "2024-05-15", "Le couvre-feu entrera en vigueur ce soir à 20 heures en Nouvelle-Calédonie, a annoncé le haut-commissariat.", []hoGold{{"ce soir", "TIME", "2024-05-15TEV", ""}, {"20 heures", "TIME", "2024-05-15T20:00", ""}}},
	{"chaque semaine Manche", "2026-03-02", "Plus de 2 000 migrants traversent chaque semaine la Manche à bord de petites embarcations, selon le ministère britannique de l'Intérieur.", []hoGold{{"chaque semaine", "SET", "P1W", ""}}},
	{"jeudi après-midi négociations", "2025-04-11", "Les négociations se sont poursuivies jeudi après-midi sans aboutir, selon une source diplomatique.", []hoGold{{"jeudi après-midi", "TIME", "2025-04-10TAF", ""}}},
	{"nuit de samedi à dimanche orages", "2025-06-16", "De violents orages ont frappé la région lyonnaise dans la nuit de samedi à dimanche, privant 40 000 foyers d'électricité.", []hoGold{{"la nuit de samedi à dimanche", "TIME", "2025-06-14TNI", ""}}},
	{"mardi élu hier félicitations", "2024-11-07", "Donald Trump, élu mardi 47e président des États-Unis, a reçu hier les félicitations d'Emmanuel Macron.", []hoGold{{"mardi", "DATE", "2024-11-05", ""}, {"hier", "DATE", "2024-11-06", ""}}},
	{"dimanche 22 mars municipales", "2026-03-16", "Le second tour des élections municipales aura lieu dimanche 22 mars, une semaine après un premier tour marqué par une abstention de 41 %.", []hoGold{{"dimanche 22 mars", "DATE", "2026-03-22", ""}, {"une semaine", "DURATION", "P1W", ""}}},
	{"condamnation lundi été 2026", "2025-04-01", "Marine Le Pen a été condamnée lundi à quatre ans d'emprisonnement et à cinq ans d'inéligibilité. La cour d'appel a promis une décision à l'été 2026.", []hoGold{{"lundi", "DATE", "2025-03-31", ""}, {"quatre ans", "DURATION", "P4Y", ""}, {"cinq ans", "DURATION", "P5Y", ""}, {"l'été 2026", "DATE", "2026-SU", ""}}},
	{"octobre 2024 Jupiter 2030", "2025-01-22", "La sonde Europa Clipper, lancée en octobre 2024, doit atteindre Jupiter en 2030 après un voyage de 2,9 milliards de kilomètres.", []hoGold{{"octobre 2024", "DATE", "2024-10", ""}, {"2030", "DATE", "2030", ""}}},
	{"fin décembre fin février grippe", "2024-01-10", "L'épidémie de grippe a atteint son pic à la fin de décembre, et la vaccination reste recommandée jusqu'à fin février.", []hoGold{{"la fin de décembre", "DATE", "2023-12", "END"}, {"fin février", "DATE", "2024-02", "END"}}},
	{"CAC lundi mars 2022 mercredi dernier", "2025-04-08", "Le CAC 40 a perdu 4,8 % lundi, sa pire séance depuis mars 2022, dans la foulée des droits de douane annoncés par Washington mercredi dernier.", []hoGold{{"lundi", "DATE", "2025-04-07", ""}, {"mars 2022", "DATE", "2022-03", ""}, {"mercredi dernier", "DATE", "2025-04-02", ""}}},
	{"chaleur à partir de mardi", "2025-08-11", "Une vague de chaleur touchera le Sud-Ouest à partir de mardi, avec des températures jusqu'à 42 degrés, et devrait se prolonger pendant une semaine.", []hoGold{{"mardi", "DATE", "2025-08-12", ""}, {"une semaine", "DURATION", "P1W", ""}}},
	{"mardi soir missiles", "2024-10-02", "L'Iran a tiré mardi soir près de 200 missiles sur Israël, a indiqué l'armée israélienne, qui promet une riposte.", []hoGold{{"mardi soir", "TIME", "2024-10-01TEV", ""}}},
	{"déficit 2024 cette année 2029", "2025-02-27", "Le déficit public s'est établi à 5,8 % du PIB en 2024, et le gouvernement vise 5,4 % cette année puis moins de 3 % d'ici 2029.", []hoGold{{"2024", "DATE", "2024", ""}, {"cette année", "DATE", "2025", ""}, {"2029", "DATE", "2029", ""}}},
	{"il y a une semaine navire", "2026-01-12", "Le navire, disparu des radars il y a une semaine au large de la Bretagne, a été localisé par un avion de patrouille maritime.", []hoGold{{"il y a une semaine", "DATE", "2026-W02", ""}}},
	{"soldes mercredi 7 janvier mi-février", "2025-12-04", "Les soldes d'hiver débuteront le mercredi 7 janvier et se termineront mi-février, selon le calendrier fixé par arrêté.", []hoGold{{"le mercredi 7 janvier", "DATE", "2026-01-07", ""}, {"mi-février", "DATE", "2026-02", "MID"}}},
	{"dimanche finale durée", "2025-06-09", "Carlos Alcaraz a remporté dimanche son deuxième titre consécutif à Roland-Garros, au terme d'une finale de 5 heures et 29 minutes.", []hoGold{{"dimanche", "DATE", "2025-06-08", ""}, {"5 heures et 29 minutes", "DURATION", "PT5H29M", ""}}},
	{"Tour de France aujourd'hui trois semaines", "2025-07-05", "Le Tour de France s'élance aujourd'hui de Lille pour trois semaines de course et 3 320 kilomètres.", []hoGold{{"aujourd'hui", "DATE", "2025-07-05", ""}, {"trois semaines", "DURATION", "P3W", ""}}},
	{"début des années 2000", "2024-05-13", "La dette publique a presque doublé depuis le début des années 2000, rappelle la Cour des comptes.", []hoGold{{"le début des années 2000", "DATE", "200", "START"}}},
	{"neg âge arrondissement", "2025-04-02", "Le suspect, âgé de 45 ans, a été placé en garde à vue au commissariat du 11e arrondissement.", nil},
	{"neg article 49.3", "2025-02-03", "Le gouvernement a de nouveau recouru à l'article 49.3 de la Constitution pour faire adopter le texte, soutenu par 289 députés.", nil},
	{"neg score points", "2025-04-27", "Lens s'est imposé 2-0 face à Lille et compte désormais 58 points, à trois longueurs du deuxième.", nil},
	{"neg prix carburant", "2024-03-21", "Le prix du gazole a atteint 1,85 euro le litre dans 2 500 stations-service, selon l'Ufip.", nil},
	{"neg loi numéro", "2025-10-14", "La loi 2021-1109 confortant le respect des principes de la République prévoit des amendes pouvant aller jusqu'à 45 000 euros.", nil},
	{"neg avion vol", "2024-08-19", "L'Airbus A320, qui transportait 174 passagers et six membres d'équipage, a été dérouté vers Lyon, selon la compagnie.", nil},
}

// TestFrenchHeldOut reports the figures of the blind French held-out set
// (-v shows them and every error line). No threshold.
func TestFrenchHeldOut(t *testing.T) {
	logHeldOut(t, "French", frHeldOut, "fr")
}
