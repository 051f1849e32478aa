package extract

import "testing"

// frHeldOut14 is a blind held-out evaluation set for the French TIMEX3 tagger:
// 16 invented but realistic whole news articles (about 230-290 words each),
// each with its own DCT, imitating French-language press from 1996 to 2026 in
// France (Le Monde, Le Parisien, Les Echos, Ouest-France, La Croix), Belgium
// (Le Soir, La Libre Belgique), Switzerland (Le Matin, Le Temps), Québec
// (Le Devoir, La Presse), the Maghreb (El Watan, La Presse de Tunisie) and West
// Africa (Le Soleil, Fraternité Matin). Topics: a legislative by-election, a
// postponed corruption trial, half-year results, a multi-day arson story,
// a snow forecast, tennis, a museum retrospective, a flu vaccination
// campaign, water rationing, tourism figures, seed distribution, a new
// interchange, a cantonal vote and federal budget talks. Two articles
// (football statistics, a charity auction) are number-heavy (scores, tallies,
// prices, ages, street numbers, year-like numbers such as "2 019 $") and
// contain no temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 as in the French TimeBank
// (ISO-TimeML): spans keep determiners and modifiers ("le 3 mars prochain",
// "la semaine dernière", "début février", "près de cinq heures") but not
// leading prepositions ("en", "depuis", "pendant", "dès", "à", or the
// preposition fused in "au"/"du", so "Au premier semestre" -> "premier
// semestre"). "N jours plus tard", "N ans après" and "un an plus tôt" are
// DURATIONs; "il y a N ans" is a DATE resolved against the DCT; "le
// lendemain", "la veille", "le jour même", "le même jour" and "ce jour-là"
// anchor on the last narrated date. Bare weekdays and months resolve to the
// occurrence meant by the tense (computed from the DCT with Python's
// datetime). Ages, scores, street numbers and generic "temps" are not tagged.
// The set was written without reading the tagger's source, tests or data.
//
// First run, on the committed tagger (839231e) before any fix it prompted:
// relaxed F1 0.985, value accuracy 0.964, value F1 0.949.
var frHeldOut14 = []hoCase{
	{"lemonde-legislative-partielle-marne", "2023-01-30", `Législative partielle dans la Marne : la majorité conserve le siège de justesse

Le candidat de la majorité présidentielle, Hervé Collinet, a remporté dimanche l'élection législative partielle de la 2e circonscription de la Marne, avec 51,6 % des suffrages exprimés au second tour. Il devance de 1 843 voix la candidate du Rassemblement national, Sandrine Lemaire, arrivée en tête au premier tour, le 22 janvier.

La participation s'est établie à 31,2 %, en léger recul par rapport à la semaine précédente. « C'est une victoire de justesse, mais c'est une victoire », a réagi M. Collinet dimanche soir, devant une centaine de militants réunis dans une salle municipale de Reims. « Je me mets au travail sans attendre. »

Ce scrutin avait été convoqué après l'annulation, en novembre, de l'élection de juin 2022 par le Conseil constitutionnel, qui avait relevé des irrégularités dans la propagande électorale du vainqueur. Le siège était détenu par la majorité depuis 2017.

Pour Mme Lemaire, qui a appelé ses électeurs à « ne pas baisser les bras », le résultat reste encourageant : il y a dix ans, son parti ne dépassait pas 19 % dans cette circonscription. « Nous progressons à chaque élection », a-t-elle déclaré.

Le nouveau député siégera au Palais-Bourbon dès mardi. Il disposera de quatre ans pour tenir ses engagements, notamment la réouverture de la maternité d'Épernay, fermée depuis l'été 2021. Le gouvernement, qui ne dispose actuellement que d'une majorité relative, récupère ainsi une voix précieuse avant l'examen de la réforme des retraites, attendu début février dans l'hémicycle.`,
		[]hoGold{
			{"dimanche", "DATE", "2023-01-29", ""},
			{"le 22 janvier", "DATE", "2023-01-22", ""},
			{"la semaine précédente", "DATE", "2023-W03", ""},
			{"dimanche soir", "TIME", "2023-01-29TEV", ""},
			{"novembre", "DATE", "2022-11", ""},
			{"juin 2022", "DATE", "2022-06", ""},
			{"2017", "DATE", "2017", ""},
			{"il y a dix ans", "DATE", "2013", ""},
			{"mardi", "DATE", "2023-01-31", ""},
			{"quatre ans", "DURATION", "P4Y", ""},
			{"l'été 2021", "DATE", "2021-SU", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"début février", "DATE", "2023-02", "START"},
		}},
	{"leparisien-proces-noisy-renvoye", "1996-10-17", `Noisy-le-Sec : le procès de l'ex-adjoint aux finances renvoyé

Le procès de l'ancien adjoint aux finances de Noisy-le-Sec, poursuivi pour détournement de fonds publics, n'aura finalement pas lieu cette semaine. Le tribunal correctionnel de Bobigny a accepté mercredi la demande de renvoi présentée par la défense, qui réclamait du temps pour examiner de nouvelles pièces versées au dossier. L'audience se tiendra le 3 mars prochain.

Jean-Marc T., 58 ans, est soupçonné d'avoir détourné près de 2,3 millions de francs entre 1988 et 1993, lorsqu'il gérait les subventions versées aux clubs sportifs de la commune. Les enquêteurs s'intéressent notamment à une série de virements effectués chaque mois vers une société de conseil dirigée par son beau-frère.

L'affaire avait éclaté il y a deux ans, après un signalement de la chambre régionale des comptes au parquet. Mis en examen en février 1995, l'ancien élu a toujours contesté les faits. « Mon client attend ce procès depuis des mois. Il veut s'expliquer, mais dans des conditions équitables », a plaidé hier son avocate, Me Claire Vasseur.

Du côté de la municipalité, qui s'est constituée partie civile, on regrette ce nouveau délai. « Cela fait plus de trois ans que les contribuables attendent des réponses », a réagi le maire, Thierry Bonnel, qui a fait voter l'an dernier un audit complet des comptes de la ville.

Le prévenu encourt dix ans d'emprisonnement et 1 million de francs d'amende. Le parquet, qui avait requis en septembre son placement sous contrôle judiciaire, n'a pas souhaité s'exprimer mercredi soir.`,
		[]hoGold{
			{"cette semaine", "DATE", "1996-W42", ""},
			{"mercredi", "DATE", "1996-10-16", ""},
			{"le 3 mars prochain", "DATE", "1997-03-03", ""},
			{"1988", "DATE", "1988", ""},
			{"1993", "DATE", "1993", ""},
			{"chaque mois", "SET", "P1M", ""},
			{"il y a deux ans", "DATE", "1994", ""},
			{"février 1995", "DATE", "1995-02", ""},
			{"des mois", "DURATION", "PXM", ""},
			{"hier", "DATE", "1996-10-16", ""},
			{"plus de trois ans", "DURATION", "P3Y", "MORE_THAN"},
			{"l'an dernier", "DATE", "1995", ""},
			{"dix ans", "DURATION", "P10Y", ""},
			{"septembre", "DATE", "1996-09", ""},
			{"mercredi soir", "TIME", "1996-10-16TEV", ""},
		}},
	{"lesechos-sodiva-resultats-semestre", "2024-07-25", `Restauration collective : Sodiva relève ses objectifs

Le groupe de restauration collective Sodiva a publié mercredi soir des résultats supérieurs aux attentes des analystes. Au premier semestre, son chiffre d'affaires a atteint 4,2 milliards d'euros, en hausse de 6,8 % sur un an, porté par le dynamisme de ses activités en Amérique du Nord et par la reprise de la restauration d'entreprise en Europe.

Le résultat opérationnel courant progresse de 11 %, à 298 millions d'euros. La marge ressort ainsi à 7,1 %, contre 6,6 % un an plus tôt. Le bénéfice net atteint 164 millions d'euros. « Ces six derniers mois, nous avons gagné des parts de marché dans toutes nos régions », s'est félicité le directeur général, Arnaud Meyrieux, lors d'une conférence téléphonique.

Fort de cette performance, le groupe relève ses objectifs pour 2024 : il vise une croissance organique comprise entre 6 % et 7 %, contre une fourchette de 5 % à 6 % annoncée en février. La direction confirme également son intention de céder d'ici à la fin de l'année sa filiale de distribution automatique, jugée insuffisamment rentable.

Au deuxième trimestre, la croissance organique a atteint 7,3 %, après 6,1 % au premier trimestre. Les hausses de prix, qui avaient représenté près de la moitié de la croissance l'an dernier, n'en expliquent plus qu'un tiers.

À la Bourse de Paris, le titre gagnait 4,5 % jeudi en début de séance. Il a progressé de 18 % depuis le 1er janvier. Le groupe présentera son nouveau plan stratégique le 14 novembre prochain, lors d'une réunion avec les investisseurs organisée à Londres.`,
		[]hoGold{
			{"mercredi soir", "TIME", "2024-07-24TEV", ""},
			{"premier semestre", "DATE", "2024-H1", ""},
			{"un an", "DURATION", "P1Y", ""},
			{"un an plus tôt", "DURATION", "P1Y", ""},
			{"Ces six derniers mois", "DURATION", "P6M", ""},
			{"2024", "DATE", "2024", ""},
			{"février", "DATE", "2024-02", ""},
			{"la fin de l'année", "DATE", "2024", "END"},
			{"deuxième trimestre", "DATE", "2024-Q2", ""},
			{"premier trimestre", "DATE", "2024-Q1", ""},
			{"l'an dernier", "DATE", "2023", ""},
			{"jeudi", "DATE", "2024-07-25", ""},
			{"le 1er janvier", "DATE", "2024-01-01", ""},
			{"le 14 novembre prochain", "DATE", "2024-11-14", ""},
		}},
	{"ouestfrance-hangar-incendie-plestin", "1999-03-16", `Hangar incendié à Plestin-les-Grèves : un suspect écroué

Les gendarmes de la compagnie de Lannion (Côtes-d'Armor) ont élucidé l'incendie qui a ravagé un hangar agricole, dans la nuit du mercredi 10 au jeudi 11 mars, au lieu-dit Kerhuel, à Plestin-les-Grèves. Un homme de 27 ans a été mis en examen et écroué.

L'alerte avait été donnée à 2 h 40 par un voisin, réveillé par le bruit des explosions de bouteilles de gaz. Une quarantaine de sapeurs-pompiers ont lutté pendant près de cinq heures contre les flammes, qui ont détruit 300 tonnes de fourrage et une partie du matériel. Aucun animal n'a été blessé.

Jeudi matin, les techniciens de l'identification criminelle ont relevé des traces d'hydrocarbure à deux endroits du bâtiment. L'exploitant, installé à Kerhuel depuis 1984, a déposé plainte le jour même.

Le lendemain, un témoin a signalé aux enquêteurs la présence d'une voiture stationnée tous feux éteints près du hangar, peu avant le sinistre. Deux jours plus tard, le dimanche 14 mars, les gendarmes ont interpellé à son domicile de Lanmeur un homme déjà connu pour des faits similaires. La veille, son véhicule avait été repéré par une patrouille sur la route de Morlaix.

Placé en garde à vue pendant 24 heures, le suspect a reconnu une partie des faits. Présenté lundi à un juge d'instruction du tribunal de grande instance de Saint-Brieuc, il a été mis en examen pour destruction volontaire par incendie et placé en détention provisoire. Selon le parquet, il aurait agi par vengeance, après avoir été licencié de l'exploitation il y a deux ans.

« C'est le travail de plusieurs mois qui est parti en fumée », confie l'agriculteur, qui évalue son préjudice à plus de 800 000 francs.`,
		[]hoGold{
			{"la nuit du mercredi 10 au jeudi 11 mars", "TIME", "1999-03-10TNI", ""},
			{"2 h 40", "TIME", "1999-03-11T02:40", ""},
			{"près de cinq heures", "DURATION", "PT5H", "APPROX"},
			{"Jeudi matin", "TIME", "1999-03-11TMO", ""},
			{"1984", "DATE", "1984", ""},
			{"le jour même", "DATE", "1999-03-11", ""},
			{"Le lendemain", "DATE", "1999-03-12", ""},
			{"Deux jours plus tard", "DURATION", "P2D", ""},
			{"le dimanche 14 mars", "DATE", "1999-03-14", ""},
			{"La veille", "DATE", "1999-03-13", ""},
			{"24 heures", "DURATION", "PT24H", ""},
			{"lundi", "DATE", "1999-03-15", ""},
			{"il y a deux ans", "DATE", "1997", ""},
			{"plusieurs mois", "DURATION", "PXM", ""},
		}},
	{"lesoir-neige-verglas-weekend", "2017-01-12", `Neige et verglas attendus ce week-end

Le froid reprend ses droits. Après une période particulièrement douce, l'Institut royal météorologique (IRM) a émis jeudi un avertissement jaune pour les provinces de Liège, de Luxembourg et de Namur, où des chutes de neige sont attendues dès vendredi soir.

« Une masse d'air polaire va s'installer sur nos régions. Sur les hauteurs ardennaises, on pourrait relever entre 5 et 10 centimètres de neige fraîche samedi matin », explique le prévisionniste Marc Vandenbulcke. Ce jeudi, le thermomètre affichait encore 9 degrés à Uccle.

Demain, le ciel se couvrira progressivement par l'ouest et les premières averses de neige mouillée pourraient toucher le Brabant wallon. Dans la nuit de samedi à dimanche, les températures chuteront jusqu'à -8 degrés en Haute-Ardenne, avec un risque élevé de plaques de verglas sur l'ensemble du réseau routier.

Le Service public de Wallonie a mobilisé 160 épandeuses. Sur les autoroutes wallonnes, les équipes passeront toutes les trois heures. La police fédérale recommande aux automobilistes de reporter leurs déplacements non essentiels et de vérifier l'état de leurs pneus avant de prendre la route.

La dernière alerte neige de cette ampleur remontait à février 2015. Plusieurs centaines de kilomètres de files avaient alors été enregistrés sur le ring de Bruxelles et sur l'E411.

Selon l'IRM, le froid devrait persister au moins jusqu'en début de semaine prochaine. Un redoux est attendu à partir de mardi, accompagné de pluie.`,
		[]hoGold{
			{"ce week-end", "DATE", "2017-W02-WE", ""},
			{"jeudi", "DATE", "2017-01-12", ""},
			{"vendredi soir", "TIME", "2017-01-13TEV", ""},
			{"samedi matin", "TIME", "2017-01-14TMO", ""},
			{"Ce jeudi", "DATE", "2017-01-12", ""},
			{"Demain", "DATE", "2017-01-13", ""},
			{"la nuit de samedi à dimanche", "TIME", "2017-01-14TNI", ""},
			{"toutes les trois heures", "SET", "PT3H", ""},
			{"février 2015", "DATE", "2015-02", ""},
			{"début de semaine prochaine", "DATE", "2017-W03", "START"},
			{"mardi", "DATE", "2017-01-17", ""},
		}},
	{"lematin-tennis-gstaad-rochat", "2013-07-29", `Julien Rochat, enfin roi de Gstaad

Gstaad – Il aura fallu attendre neuf ans. Dimanche, sur le court central de la Roy Emerson Arena, le Vaudois Julien Rochat a remporté le Swiss Open en battant l'Espagnol Pablo Arnedo 6-4 3-6 7-5, au terme d'un match de 2 h 37. Le dernier Suisse à s'être imposé dans l'Oberland bernois était Roger Federer, en 2004.

« J'en rêvais depuis que je suis gamin. Je venais ici avec mon père et on s'asseyait tout en haut des tribunes », a confié le Lausannois, les larmes aux yeux, devant 4 500 spectateurs.

Le match a basculé dans la troisième manche. Mené 2-4, Rochat a sauvé deux balles de break avant d'aligner cinq jeux consécutifs. Samedi, en demi-finale, il avait déjà dû batailler pendant près de trois heures face au Letton Andris Kalnins.

Classé 74e mondial avant le tournoi, le joueur de 24 ans devrait gagner une trentaine de places aujourd'hui, lors de la publication du nouveau classement ATP. Une belle revanche pour celui qui, blessé au poignet l'an dernier, avait été éloigné des courts pendant sept mois et avait chuté au-delà de la 300e place en octobre.

Le Vaudois n'aura guère le temps de savourer : il s'envolera mercredi pour Kitzbühel, où il affrontera un qualifié au premier tour. Son objectif : intégrer le top 50 d'ici à la fin de l'année.

Le tournoi de Gstaad, disputé chaque été depuis 1915, a attiré cette année 38 000 spectateurs, un record.`,
		[]hoGold{
			{"neuf ans", "DURATION", "P9Y", ""},
			{"Dimanche", "DATE", "2013-07-28", ""},
			{"2 h 37", "DURATION", "PT2H37M", ""},
			{"2004", "DATE", "2004", ""},
			{"Samedi", "DATE", "2013-07-27", ""},
			{"près de trois heures", "DURATION", "PT3H", "APPROX"},
			{"aujourd'hui", "DATE", "2013-07-29", ""},
			{"l'an dernier", "DATE", "2012", ""},
			{"sept mois", "DURATION", "P7M", ""},
			{"octobre", "DATE", "2012-10", ""},
			{"mercredi", "DATE", "2013-07-31", ""},
			{"la fin de l'année", "DATE", "2013", "END"},
			{"chaque été", "SET", "XXXX-SU", ""},
			{"1915", "DATE", "1915", ""},
			{"cette année", "DATE", "2013", ""},
		}},
	{"ledevoir-retrospective-desrochers", "2008-02-07", `Hélène Desrochers sort enfin de l'ombre

Québec — Le Musée national des beaux-arts du Québec (MNBAQ) lèvera le voile jeudi prochain sur la première grande rétrospective consacrée à Hélène Desrochers (1921-1998), l'une des figures les plus discrètes de l'abstraction québécoise du XXe siècle. Près de 120 œuvres, dont une quarantaine jamais montrées au public, seront présentées dans le pavillon Charles-Baillairgé. L'exposition prendra fin le 8 septembre.

Dix ans après sa mort, l'artiste reste méconnue du grand public. « Elle a été injustement oubliée », estime la commissaire de l'exposition, Annie Gagnon-Roy, qui prépare ce projet depuis quatre ans. « Dans les années 1950, elle exposait aux côtés des automatistes, puis elle a choisi de s'installer à la campagne, loin du milieu montréalais. »

Le parcours, chronologique, s'ouvre sur les paysages figuratifs peints à Baie-Saint-Paul au début des années 1940 et se termine par les grandes toiles monochromes de la maturité. Plusieurs tableaux proviennent de collections privées de Toronto et de Paris.

L'exposition est le fruit d'une donation faite au musée en 2004 par la famille de l'artiste. « Ma tante peignait tous les jours, même à 75 ans », raconte son neveu, Pierre Desrochers, qui a contribué au catalogue.

Des visites commentées seront offertes chaque dimanche, et une série de conférences est prévue ce printemps. Le musée, qui a accueilli l'an dernier un peu plus de 300 000 visiteurs, espère en attirer 60 000 pour cette seule exposition, qui sera présentée à Ottawa en 2009.`,
		[]hoGold{
			{"jeudi prochain", "DATE", "2008-02-14", ""},
			{"1921", "DATE", "1921", ""},
			{"1998", "DATE", "1998", ""},
			{"XXe siècle", "DATE", "19", ""},
			{"le 8 septembre", "DATE", "2008-09-08", ""},
			{"Dix ans après", "DURATION", "P10Y", ""},
			{"quatre ans", "DURATION", "P4Y", ""},
			{"les années 1950", "DATE", "195", ""},
			{"début des années 1940", "DATE", "194", "START"},
			{"2004", "DATE", "2004", ""},
			{"tous les jours", "SET", "P1D", ""},
			{"chaque dimanche", "SET", "XXXX-WXX-7", ""},
			{"ce printemps", "DATE", "2008-SP", ""},
			{"l'an dernier", "DATE", "2007", ""},
			{"2009", "DATE", "2009", ""},
		}},
	{"lacroix-grippe-campagne-vaccination", "2025-10-14", `Grippe : la campagne de vaccination est lancée

La campagne de vaccination contre la grippe saisonnière a débuté ce mardi 14 octobre dans les pharmacies, les cabinets médicaux et les Ehpad. Elle s'achèvera le 31 janvier. Comme chaque année, l'Assurance-maladie adresse un bon de prise en charge aux quelque 15 millions de personnes considérées comme à risque, parmi lesquelles les plus de 65 ans et les femmes enceintes.

L'enjeu est de taille. En janvier dernier, l'épidémie a atteint un niveau inédit depuis quinze ans, avec près de 18 000 décès attribués à la grippe selon Santé publique France. Les services d'urgence ont été saturés pendant plusieurs semaines.

Or la couverture vaccinale reste insuffisante : elle n'a atteint que 54 % chez les personnes âgées l'an dernier, loin de l'objectif de 75 % fixé par l'Organisation mondiale de la santé. « Beaucoup de patients pensent qu'une injection tous les deux ans suffit. C'est faux : le virus évolue sans cesse et le vaccin est actualisé chaque automne », rappelle Sophie Marchal, pharmacienne à Angers.

Cette année, les autorités sanitaires encouragent aussi la vaccination conjointe contre le Covid-19, possible lors d'un même rendez-vous. Une campagne d'information sera diffusée à la télévision et à la radio à partir de la semaine prochaine.

Les médecins recommandent de ne pas tarder : il faut environ deux semaines pour que l'organisme produise suffisamment d'anticorps. Les premiers cas pourraient apparaître dès novembre, mais l'épidémie ne devrait pas se déclarer avant décembre.`,
		[]hoGold{
			{"ce mardi 14 octobre", "DATE", "2025-10-14", ""},
			{"le 31 janvier", "DATE", "2026-01-31", ""},
			{"chaque année", "SET", "P1Y", ""},
			{"janvier dernier", "DATE", "2025-01", ""},
			{"quinze ans", "DURATION", "P15Y", ""},
			{"plusieurs semaines", "DURATION", "PXW", ""},
			{"l'an dernier", "DATE", "2024", ""},
			{"tous les deux ans", "SET", "P2Y", ""},
			{"chaque automne", "SET", "XXXX-FA", ""},
			{"Cette année", "DATE", "2025", ""},
			{"la semaine prochaine", "DATE", "2025-W43", ""},
			{"environ deux semaines", "DURATION", "P2W", "APPROX"},
			{"novembre", "DATE", "2025-11", ""},
			{"décembre", "DATE", "2025-12", ""},
		}},
	{"elwatan-alger-eau-rationnement", "2021-07-05", `Alger : l'eau distribuée un jour sur deux dans 28 communes

La Société des eaux et de l'assainissement d'Alger (SEAAL) a annoncé hier la mise en place, à partir de jeudi, d'un nouveau programme de distribution de l'eau potable dans 28 communes de la capitale. Les foyers concernés seront alimentés un jour sur deux, pendant douze heures, au moins jusqu'à la fin du mois d'août.

Cette mesure, qualifiée de « provisoire » par l'entreprise, intervient après des mois de faible pluviométrie. Selon l'Agence nationale des barrages et transferts (ANBT), le taux de remplissage des barrages alimentant la wilaya d'Alger ne dépasse pas actuellement 32 %, contre 61 % il y a un an. Le barrage de Keddara n'a reçu que 40 millimètres de pluie depuis octobre.

« Nous traversons l'une des pires sécheresses de ces vingt dernières années », a reconnu le directeur général de la SEAAL lors d'une conférence de presse. Il a assuré que trois nouvelles stations de dessalement seraient mises en service d'ici 2024. Les travaux de la première, à l'ouest de la capitale, doivent débuter le mois prochain.

Dans les quartiers de Bab El Oued et de Kouba, la colère monte. « Depuis trois semaines, l'eau n'arrive qu'au compte-gouttes et les citernes coûtent une fortune », témoigne Karim, 52 ans, père de quatre enfants, rencontré samedi dans une file d'attente. Plusieurs rassemblements ont eu lieu la semaine dernière devant les sièges des APC.

Le ministère des Ressources en eau, qui a récemment lancé une campagne de sensibilisation, appelle les citoyens à rationaliser leur consommation durant l'été, période marquée chaque année par une forte hausse de la demande.`,
		[]hoGold{
			{"un jour sur deux", "SET", "P2D", ""},
			{"hier", "DATE", "2021-07-04", ""},
			{"jeudi", "DATE", "2021-07-08", ""},
			{"un jour sur deux", "SET", "P2D", ""},
			{"douze heures", "DURATION", "PT12H", ""},
			{"la fin du mois d'août", "DATE", "2021-08", "END"},
			{"des mois", "DURATION", "PXM", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"il y a un an", "DATE", "2020", ""},
			{"octobre", "DATE", "2020-10", ""},
			{"ces vingt dernières années", "DURATION", "P20Y", ""},
			{"2024", "DATE", "2024", ""},
			{"le mois prochain", "DATE", "2021-08", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"samedi", "DATE", "2021-07-03", ""},
			{"la semaine dernière", "DATE", "2021-W26", ""},
			{"récemment", "DATE", "PAST_REF", ""},
			{"l'été", "DATE", "2021-SU", ""},
			{"chaque année", "SET", "P1Y", ""},
		}},
	{"lapressetn-tourisme-recettes", "2023-06-20", `Tourisme : les recettes en nette progression

Les recettes touristiques ont atteint 2,3 milliards de dinars entre le 1er janvier et le 10 juin, en hausse de 41 % par rapport à 2022, selon les chiffres publiés hier par l'Office national du tourisme tunisien (ONTT). Le nombre d'entrées de non-résidents a, lui, dépassé les 2,4 millions depuis le début de l'année.

Ces résultats confortent l'objectif fixé par le ministère du Tourisme, qui table sur 9 millions de visiteurs en 2023, soit un niveau proche de celui de 2019, avant la pandémie. « Nous avons retrouvé les niveaux d'avant-crise », s'est félicité le ministre lors d'une visite effectuée samedi dans la station de Yasmine Hammamet.

Le marché algérien reste le premier pourvoyeur de visiteurs. Les Algériens, qui se rendent en Tunisie chaque été par voie terrestre, devraient être plus nombreux que l'an dernier. Les postes frontaliers de Melloula et de Babouch fonctionneront en continu dès le 1er juillet.

Du côté des hôteliers, l'optimisme reste toutefois mesuré. « Les taux de remplissage sont bons pour juillet et août, mais les prix restent tirés vers le bas par les voyagistes européens », nuance le président de la fédération régionale de l'hôtellerie de Sousse-Monastir. Plusieurs établissements, fermés depuis 2020, n'ont toujours pas rouvert leurs portes faute de moyens.

Le pic de fréquentation est attendu dès la semaine prochaine. Le ministère prévoit par ailleurs une campagne de promotion au Royaume-Uni et en Allemagne à l'automne, afin de prolonger l'activité au-delà de septembre.`,
		[]hoGold{
			{"le 1er janvier", "DATE", "2023-01-01", ""},
			{"le 10 juin", "DATE", "2023-06-10", ""},
			{"2022", "DATE", "2022", ""},
			{"hier", "DATE", "2023-06-19", ""},
			{"le début de l'année", "DATE", "2023", "START"},
			{"2023", "DATE", "2023", ""},
			{"2019", "DATE", "2019", ""},
			{"samedi", "DATE", "2023-06-17", ""},
			{"chaque été", "SET", "XXXX-SU", ""},
			{"l'an dernier", "DATE", "2022", ""},
			{"le 1er juillet", "DATE", "2023-07-01", ""},
			{"juillet", "DATE", "2023-07", ""},
			{"août", "DATE", "2023-08", ""},
			{"2020", "DATE", "2020", ""},
			{"la semaine prochaine", "DATE", "2023-W26", ""},
			{"l'automne", "DATE", "2023-FA", ""},
			{"septembre", "DATE", "2023-09", ""},
		}},
	{"lesoleil-semences-campagne-agricole", "2014-05-28", `Campagne agricole : la distribution des semences démarre lundi

Dakar — La distribution des semences d'arachide et de céréales démarrera lundi prochain sur l'ensemble du territoire national, a annoncé hier le ministre de l'Agriculture et de l'Équipement rural, à l'issue d'une réunion avec les responsables des organisations de producteurs.

Au total, 75 000 tonnes de semences d'arachide certifiées et 12 000 tonnes de semences de riz, de mil et de maïs seront mises à la disposition des producteurs à prix subventionné. « L'État a consenti un effort budgétaire important cette année, malgré un contexte difficile », a déclaré le ministre.

Le gouvernement entend éviter les retards constatés l'année dernière, lorsque certaines localités du bassin arachidier n'avaient reçu leurs semences que fin juillet, après les premières pluies. Les commissions de distribution devront ainsi boucler leurs opérations en trois semaines.

Selon l'Agence nationale de l'aviation civile et de la météorologie (ANACIM), les premières pluies sont attendues dans le sud du pays dès la mi-juin, avant de gagner le centre et le nord début juillet. Les prévisions annoncent une pluviométrie normale à excédentaire sur la majeure partie du territoire.

À Kaolack, les producteurs rencontrés mardi restent prudents. « Depuis des années, on nous promet des semences de qualité et à temps. Nous attendons de voir », confie Modou Ndiaye, président d'un groupement villageois de Ndoffane, qui cultive l'arachide depuis plus de trente ans.

Le ministre a par ailleurs annoncé une enveloppe de 20 milliards de francs CFA pour l'acquisition d'engrais, en hausse de 15 % par rapport à 2013.`,
		[]hoGold{
			{"lundi", "DATE", "2014-06-02", ""},
			{"lundi prochain", "DATE", "2014-06-02", ""},
			{"hier", "DATE", "2014-05-27", ""},
			{"cette année", "DATE", "2014", ""},
			{"l'année dernière", "DATE", "2013", ""},
			{"fin juillet", "DATE", "2013-07", "END"},
			{"trois semaines", "DURATION", "P3W", ""},
			{"la mi-juin", "DATE", "2014-06", "MID"},
			{"début juillet", "DATE", "2014-07", "START"},
			{"mardi", "DATE", "2014-05-27", ""},
			{"des années", "DURATION", "PXY", ""},
			{"plus de trente ans", "DURATION", "P30Y", "MORE_THAN"},
			{"2013", "DATE", "2013", ""},
		}},
	{"fratmat-echangeur-riviera-palmeraie", "2022-03-09", `Cocody : l'échangeur de la Riviera-Palmeraie ouvert à la circulation

Abidjan — Le ministre de l'Équipement et de l'Entretien routier a procédé hier après-midi à la mise en service de l'échangeur de la Riviera-Palmeraie, dans la commune de Cocody. Long de 1,2 km, l'ouvrage, dont les travaux avaient démarré en octobre 2019, a coûté 48 milliards de francs CFA.

« Cet échangeur va réduire de moitié le temps de trajet entre la Riviera et le Plateau », a assuré le ministre devant plusieurs centaines d'habitants. Selon les études de trafic, près de 60 000 véhicules empruntent chaque jour ce carrefour, l'un des plus encombrés du district d'Abidjan.

Le chantier a pris du retard à cause de la pandémie de Covid-19 : la livraison était initialement prévue pour le premier trimestre 2021. Les entreprises ont ensuite travaillé sans interruption pendant six mois pour rattraper une partie du retard.

Pour les riverains, le soulagement est réel. « Ces trois dernières années, il fallait parfois une heure et demie pour rejoindre le Plateau », témoigne Awa Koné, commerçante au marché de la Riviera 2. « Nos clients ne venaient plus. »

Le ministre a également annoncé le lancement, durant le second semestre, des travaux d'un nouvel échangeur à Yopougon, dont la livraison est attendue en 2024. Plusieurs autres carrefours du district, dont ceux d'Adjamé et de Treichville, font l'objet d'études de faisabilité.

L'ouvrage est ouvert aux automobilistes depuis ce matin. Une cérémonie d'inauguration officielle, en présence du chef de l'État, est prévue le 15 avril prochain.`,
		[]hoGold{
			{"hier après-midi", "TIME", "2022-03-08TAF", ""},
			{"octobre 2019", "DATE", "2019-10", ""},
			{"chaque jour", "SET", "P1D", ""},
			{"le premier trimestre 2021", "DATE", "2021-Q1", ""},
			{"six mois", "DURATION", "P6M", ""},
			{"Ces trois dernières années", "DURATION", "P3Y", ""},
			{"une heure et demie", "DURATION", "PT1H30M", ""},
			{"le second semestre", "DATE", "2022-H2", ""},
			{"2024", "DATE", "2024", ""},
			{"ce matin", "TIME", "2022-03-09TMO", ""},
			{"le 15 avril prochain", "DATE", "2022-04-15", ""},
		}},
	{"letemps-geneve-initiative-loyers", "2024-11-25", `Genève plafonne les loyers après rénovation

Les Genevois ont accepté dimanche, par 58,3 % des voix, l'initiative populaire « Pour des loyers abordables », lancée en 2021 par l'Asloca et soutenue par la gauche. Le texte impose un plafonnement des loyers pendant cinq ans après toute rénovation énergétique d'un immeuble.

La participation s'est élevée à 46,2 %, un taux élevé pour un scrutin cantonal. « C'est un signal très clair adressé aux milieux immobiliers », s'est réjoui dimanche soir Laurent Mottier, président de l'Asloca Genève, devant ses partisans réunis à Uni Mail.

Le Conseil d'Etat, qui avait recommandé le rejet du texte, dispose de six mois pour présenter un projet de loi d'application. Les milieux immobiliers, qui ont dépensé plus de 1,5 million de francs durant la campagne, n'excluent pas de saisir le Tribunal fédéral.

Le vote intervient alors que le logement est devenu l'une des principales préoccupations des Genevois. Selon l'Office cantonal de la statistique, les loyers ont augmenté de 12 % en moyenne depuis 2015, et le taux de logements vacants est tombé à 0,4 % en juin, son plus bas niveau depuis trente ans.

Le même jour, les électeurs ont en revanche rejeté, à 53,9 %, une initiative de la droite visant à réduire les droits de mutation. La gauche y voit la confirmation d'une dynamique amorcée lors des élections cantonales de 2023.

Le débat pourrait s'étendre au reste de la Suisse romande. Une initiative similaire sera soumise au peuple vaudois le 9 février prochain. Ce jour-là, les Vaudois se prononceront également sur le financement de leurs transports publics.`,
		[]hoGold{
			{"dimanche", "DATE", "2024-11-24", ""},
			{"2021", "DATE", "2021", ""},
			{"cinq ans", "DURATION", "P5Y", ""},
			{"dimanche soir", "TIME", "2024-11-24TEV", ""},
			{"six mois", "DURATION", "P6M", ""},
			{"2015", "DATE", "2015", ""},
			{"juin", "DATE", "2024-06", ""},
			{"trente ans", "DURATION", "P30Y", ""},
			{"Le même jour", "DATE", "2024-11-24", ""},
			{"2023", "DATE", "2023", ""},
			{"le 9 février prochain", "DATE", "2025-02-09", ""},
			{"Ce jour-là", "DATE", "2025-02-09", ""},
		}},
	{"lalibre-budget-federal-echeance", "2026-01-20", `Budget fédéral : la majorité se donne jusqu'à vendredi

Les négociateurs de la coalition fédérale se sont à nouveau réunis lundi soir au 16, rue de la Loi, sans parvenir à un accord sur l'ajustement budgétaire. Le Premier ministre a fixé une nouvelle échéance : un compromis devra être trouvé d'ici vendredi, avant la réunion du comité de concertation prévue la semaine prochaine.

Il manque encore près de 1,8 milliard d'euros pour respecter la trajectoire promise à la Commission européenne, qui attend de la Belgique un effort structurel de 0,5 point de PIB chaque année jusqu'en 2029. Le dernier rapport du Bureau fédéral du Plan, publié début janvier, a en outre revu à la baisse les prévisions de croissance pour 2026.

Les discussions achoppent principalement sur la taxation des plus-values et sur l'indexation des salaires. « Nous négocions depuis trois semaines, il est temps de conclure », a lancé mardi matin un ministre libéral à son arrivée au Lambermont.

Les syndicats, eux, maintiennent la pression. Une grève nationale est annoncée le 3 février, après la manifestation qui avait rassemblé plus de 30 000 personnes à Bruxelles le mois dernier.

Ce n'est pas la première fois que ce gouvernement, entré en fonction il y a un an, frôle la crise. En octobre, un désaccord sur la réforme des pensions avait déjà failli faire tomber la coalition. « Personne n'a intérêt à des élections anticipées », glisse-t-on dans l'entourage du Premier ministre, où l'on se dit confiant dans la capacité des partenaires à trouver un terrain d'entente.`,
		[]hoGold{
			{"vendredi", "DATE", "2026-01-23", ""},
			{"lundi soir", "TIME", "2026-01-19TEV", ""},
			{"vendredi", "DATE", "2026-01-23", ""},
			{"la semaine prochaine", "DATE", "2026-W05", ""},
			{"chaque année", "SET", "P1Y", ""},
			{"2029", "DATE", "2029", ""},
			{"début janvier", "DATE", "2026-01", "START"},
			{"2026", "DATE", "2026", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"mardi matin", "TIME", "2026-01-20TMO", ""},
			{"le 3 février", "DATE", "2026-02-03", ""},
			{"le mois dernier", "DATE", "2025-12", ""},
			{"il y a un an", "DATE", "2025", ""},
			{"octobre", "DATE", "2025-10", ""},
		}},
	{"lesoir-standard-charleroi-chiffres", "2019-02-25", `Le Standard s'impose dans le derby wallon

Porté par un Sclessin bouillant, garni de 24 312 spectateurs dont 1 998 supporters visiteurs, le Standard a dominé le Sporting de Charleroi (3-1) et s'empare de la 4e place du classement avec 38 points, à deux longueurs de l'Antwerp.

Les Rouches ont ouvert le score par leur attaquant ghanéen Kwame Asante, 22 ans, d'une frappe du gauche à 18 mètres. Charleroi a égalisé sur penalty grâce à son capitaine, le numéro 10 Mehdi Lahlou, qui inscrit là son 9e but en championnat. Le jeune Tom Vandevelde, 19 ans, a redonné l'avantage aux Liégeois avant que le défenseur central Nicolas Pirard ne scelle le score de la tête, sur un corner du numéro 7.

Au total, les Liégeois ont tiré 17 fois au but, dont 8 tirs cadrés, contre 6 tirs pour les Zèbres. La possession a tourné à l'avantage du Standard (58 % contre 42 %). L'arbitre a distribué 5 cartons jaunes et une exclusion, celle du milieu carolo Samuel Dufour, pour une double faute.

« Nous avons montré du caractère. Ce groupe a faim », a résumé l'entraîneur liégeois, âgé de 47 ans, qui signe là sa 12e victoire en 21 rencontres. Son homologue carolo a regretté « trop d'erreurs individuelles ».

Les places étaient vendues entre 15 et 45 euros. Le club revendique 2 019 nouveaux abonnés et une affluence moyenne de 21 450 spectateurs, la troisième du pays derrière Bruges et Gand. Avec 41 buts marqués et 22 encaissés, le Standard présente la deuxième meilleure attaque de la compétition. Charleroi, 11e avec 26 points, ne compte plus que 3 unités d'avance sur la zone rouge.`,
		[]hoGold{}},
	{"lapresse-encan-sainte-justine-chiffres", "2011-11-14", `Encan caritatif : un Riopelle adjugé 412 000 $

La vente aux enchères organisée au profit de la Fondation du CHU Sainte-Justine a permis de récolter 1 874 500 $, un record pour l'événement. Au total, 146 lots sur 152 ont trouvé preneur dans la grande salle de l'hôtel Ritz-Carlton, au 1228, rue Sherbrooke Ouest, où s'étaient réunis quelque 640 invités.

Le lot numéro 37, une huile sur toile de Jean Paul Riopelle estimée entre 250 000 $ et 300 000 $, a été adjugé 412 000 $ à un collectionneur de Westmount, au terme d'une lutte serrée entre 4 enchérisseurs. Une sculpture de bronze de 1,8 mètre, signée par une artiste de 34 ans originaire de Québec, est partie pour 58 500 $.

Les objets plus modestes ont aussi trouvé preneur : un chandail dédicacé par le gardien du Canadien s'est vendu 12 750 $, tandis qu'un forfait de pêche pour 6 personnes au lac Saint-Jean a atteint 9 200 $. Le lot le plus abordable, une paire de billets pour un concert de l'OSM, a été adjugé 2 019 $.

« Chaque dollar compte. Ces sommes financeront l'achat de 3 incubateurs et de 12 pompes à perfusion pour l'unité néonatale, qui accueille plus de 1 100 bébés prématurés », a souligné la présidente de la fondation, Marie-Josée Tremblay, 61 ans.

Les frais d'organisation se sont élevés à 86 300 $, soit 4,6 % des sommes recueillies. Le commissaire-priseur, qui officiait bénévolement pour la 8e fois, a mené les 146 adjudications avec un taux de réussite de 96 %. Parmi les acheteurs, 27 % en étaient à leur première participation, et 5 d'entre eux ont acquis plus de 3 lots chacun.`,
		[]hoGold{}},
}

func TestFrenchHeldOut14(t *testing.T) { guardHeldOut(t, "French 14", frHeldOut14, "fr", 0.96) }
