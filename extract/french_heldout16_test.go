package extract

import "testing"

// frHeldOut16 is a blind held-out evaluation set of 16 invented but realistic
// French-language news articles (150-300 words each), each with its own DCT
// between 2003 and 2025. The styles imitated are an AFP dispatch (PARIS, date
// dateline), Ouest-France and La Voix du Nord (faits divers and justice, with
// stories retelling the previous days in passé composé, imparfait and
// plus-que-parfait), Sud Ouest (rugby), Le Monde (économie: quarters and
// halves), Le Devoir and La Presse (Quebec social news and a fire), Le Temps
// (glacier, decades and centuries), Jeune Afrique (Niger politics),
// L'Orient-Le Jour (Beirut waste crisis), L'Est Républicain (hospital
// emergencies), RTBF (festival), Libération (the March 2020 school closures),
// Le Figaro (air traffic strike), Le Monde Afrique (drought in Morocco) and
// Le Soir (a local referendum). Two articles (the rugby report and the Belgian
// referendum) are number-heavy (scores, tallies, ages, prices, street numbers,
// year-like numbers such as "2 019 abonnés" or "2.019 voix") and contain no
// temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 as applied in the French
// TimeBank (ISO-TimeML): spans keep determiners and modifiers ("le 1er juin",
// "la semaine dernière", "début avril", "près de deux semaines", "au moins
// quinze jours") but not leading prepositions ("en", "depuis", "pendant",
// "à", "dès", nor the preposition fused in "au"/"du"); "N minutes plus tard"
// and "un an plus tôt" are DURATIONs; "il y a N ans/mois" is a DATE resolved
// against the DCT; "le lendemain" and "ce jour-là" anchor on the date last
// narrated; bare weekdays and months resolve to the occurrence meant (past
// tense: the latest one before the DCT, future: the next one); parts of day are
// TIME values (TMO/TAF/TEV/TNI); SETs use P1D, P1W, P1Y, XXXX-WXX-6, etc.; mod
// is START/MID/END, APPROX, MORE_THAN, LESS_THAN or EQUAL_OR_MORE. Ages,
// scores and idioms such as "ne verra pas le jour" are not timexes. All
// relative values were computed with Python's datetime from the DCT. The set
// was written without reading the tagger's source, tests, data or docs.
//
// First run, on the committed tagger (164ae12) before any fix it prompted:
// relaxed F1 0.981, value accuracy 0.966, value F1 0.947.
var frHeldOut16 = []hoCase{
	{"afp-securite-routiere", "2003-03-19", `PARIS, 19 mars (AFP) - L'Assemblée nationale a adopté mercredi en première lecture le projet de loi sur la sécurité routière, au terme de trois jours de débats parfois houleux.

Le texte, défendu par le ministre de l'Equipement et des Transports, prévoit notamment l'installation de radars automatiques sur les routes nationales dès l'automne prochain et un durcissement des sanctions contre les conducteurs sans permis.

« Nous ne pouvons plus accepter que plus de 7.000 personnes meurent chaque année sur nos routes », a lancé le ministre devant les députés, rappelant que le nombre de tués avait reculé de 6% l'an dernier.

Les députés socialistes ont voté contre, estimant que le gouvernement privilégiait « la répression plutôt que la prévention ». Le groupe communiste s'est abstenu.

Le projet doit être examiné par le Sénat début avril, avant une adoption définitive espérée avant l'été. Le gouvernement souhaite que les premières mesures entrent en vigueur le 1er juin.

Depuis 2002, la sécurité routière a été érigée en « grand chantier » du quinquennat par le président de la République, qui l'avait évoquée lors de son intervention télévisée du 14 juillet.

Les associations de victimes, réunies mardi soir devant le Palais-Bourbon, jugent toutefois les mesures insuffisantes. « Il faudra des années pour changer les comportements », a estimé la présidente de la Ligue contre la violence routière, qui réclame un contrôle médical des conducteurs tous les dix ans.

Le Sénat avait déjà adopté en février une proposition de loi créant un délit d'homicide routier, dont une partie a été reprise dans le texte gouvernemental.`,
		[]hoGold{
			{"19 mars", "DATE", "2003-03-19", ""},
			{"mercredi", "DATE", "2003-03-19", ""},
			{"trois jours", "DURATION", "P3D", ""},
			{"l'automne prochain", "DATE", "2003-FA", ""},
			{"chaque année", "SET", "P1Y", ""},
			{"l'an dernier", "DATE", "2002", ""},
			{"début avril", "DATE", "2003-04", "START"},
			{"l'été", "DATE", "2003-SU", ""},
			{"le 1er juin", "DATE", "2003-06-01", ""},
			{"2002", "DATE", "2002", ""},
			{"14 juillet", "DATE", "2002-07-14", ""},
			{"mardi soir", "TIME", "2003-03-18TEV", ""},
			{"des années", "DURATION", "PXY", ""},
			{"tous les dix ans", "SET", "P10Y", ""},
			{"février", "DATE", "2003-02", ""},
		}},
	{"ouestfrance-marin-disparu", "2006-11-08", `Le corps du marin disparu retrouvé au large d'Ouessant

Le corps d'un marin-pêcheur de 52 ans, porté disparu depuis samedi, a été retrouvé hier après-midi par un chalutier, à une quinzaine de milles au nord-ouest d'Ouessant.

L'homme, originaire du Conquet, était parti seul à bord de son caseyeur de 9 mètres samedi matin, à 5 h 30. Il avait prévenu son épouse qu'il rentrerait dans l'après-midi. Ne le voyant pas revenir, celle-ci avait alerté le Cross Corsen à 20 heures.

Les recherches, engagées aussitôt, avaient mobilisé un hélicoptère de la Marine nationale et trois canots de la SNSM. Le lendemain, l'embarcation avait été découverte retournée, à la dérive, près de la chaussée des Pierres Noires. Les recherches avaient été suspendues lundi soir, faute de nouveaux indices.

C'est finalement l'équipage d'un chalutier guilviniste qui a repéré le corps hier, à 15 h. Une autopsie doit être pratiquée aujourd'hui à Brest.

« C'était un homme prudent, qui connaissait la mer depuis quarante ans », témoigne un ancien collègue, très ému. Le marin avait déjà chaviré il y a deux ans, sans gravité, au large de Molène.

Depuis le début de l'année, quatre marins-pêcheurs ont péri en mer dans le Finistère. Une cérémonie d'hommage est prévue vendredi sur le port du Conquet. La mairie a mis en place une cellule d'écoute, ouverte tous les jours jusqu'à la fin de la semaine.`,
		[]hoGold{
			{"samedi", "DATE", "2006-11-04", ""},
			{"hier après-midi", "TIME", "2006-11-07TAF", ""},
			{"samedi matin", "TIME", "2006-11-04TMO", ""},
			{"5 h 30", "TIME", "2006-11-04T05:30", ""},
			{"l'après-midi", "TIME", "2006-11-04TAF", ""},
			{"20 heures", "TIME", "2006-11-04T20:00", ""},
			{"Le lendemain", "DATE", "2006-11-05", ""},
			{"lundi soir", "TIME", "2006-11-06TEV", ""},
			{"hier", "DATE", "2006-11-07", ""},
			{"15 h", "TIME", "2006-11-07T15:00", ""},
			{"aujourd'hui", "DATE", "2006-11-08", ""},
			{"quarante ans", "DURATION", "P40Y", ""},
			{"il y a deux ans", "DATE", "2004", ""},
			{"le début de l'année", "DATE", "2006", "START"},
			{"vendredi", "DATE", "2006-11-10", ""},
			{"tous les jours", "SET", "P1D", ""},
			{"la fin de la semaine", "DATE", "2006-W45", "END"},
		}},
	{"sudouest-rugby-sans-timex", "2009-02-23", `Rugby – Top 14 : Bayonne renverse Castres

L'Aviron bayonnais s'est imposé face au Castres olympique sur le score de 27 à 19 (4 essais à 2), devant 13 042 spectateurs réunis à Jean-Dauger.

Menés 0-8 après un essai castrais en force et une pénalité, les Basques ont réagi par leur demi de mêlée, auteur de 12 points (1 essai, 1 pénalité, 2 transformations). Le jeune ailier de 21 ans, 1,78 m pour 80 kg, a inscrit un doublé, portant son total personnel à 9 essais en 14 rencontres.

« On a montré du caractère. Menés de 8 points, on aurait pu lâcher », savourait le capitaine, 31 ans et 187 matches sous le maillot ciel et blanc.

Côté tarnais, l'ouvreur a passé 3 pénalités sur 6 tentatives, sans réussir la moindre transformation, et l'arrière a inscrit le second essai de son équipe, ramenant le score à 24-19. Une ultime pénalité de 45 mètres a scellé le sort de la rencontre.

Au classement, Bayonne (41 points) grimpe à la 9e place, à 2 longueurs de Brive (43) et à 5 de Montauban (46). Castres reste 6e avec 52 points.

En tribune, 2 019 abonnés avaient pris place, pour des billets vendus entre 12 et 45 euros. La buvette du club, installée au 14 de la rue Pannecau, a écoulé 3 400 litres de bière, selon le trésorier.

Le club a également confirmé le recrutement d'un troisième ligne sud-africain de 26 ans, 1,95 m et 112 kg, fort de 23 sélections, dont 8 comme titulaire. Son salaire avoisinerait les 200 000 euros brut.`,
		[]hoGold{}},
	{"lemonde-resultats-distribution", "2010-01-21", `Le chiffre d'affaires de Primavère recule au quatrième trimestre

Le groupe de distribution Primavère a publié, jeudi 21 janvier, un chiffre d'affaires de 8,4 milliards d'euros pour le quatrième trimestre 2009, en baisse de 3,2 %. En 2009, les ventes s'établissent à 31,7 milliards d'euros, contre 32,9 milliards en 2008.

« Le second semestre a été difficile, mais nous avons vu les premiers signes de stabilisation dès le mois de novembre », a indiqué le directeur financier lors d'une conférence téléphonique avec les analystes. La consommation des ménages, atone depuis l'automne 2008, pèse toujours sur les hypermarchés, dont les ventes reculent depuis plus d'un an.

Le groupe maintient son objectif d'un retour à la croissance au premier semestre 2010 et prévoit de fermer douze magasins d'ici à la fin de l'année. Le plan d'économies, lancé il y a dix-huit mois, doit permettre de dégager 500 millions d'euros sur trois ans.

A la Bourse de Paris, le titre cédait 2,1 % jeudi après-midi. Il a perdu près de 40 % de sa valeur depuis mars 2008.

Les résultats définitifs seront publiés le 4 mars. Les syndicats, qui redoutent des suppressions de postes, ont appelé à un rassemblement devant le siège, à Massy, mardi prochain.

Depuis plusieurs mois, la direction étudie également la cession de ses activités en Pologne, entrées dans le giron du groupe dans les années 1990.`,
		[]hoGold{
			{"quatrième trimestre", "DATE", "2009-Q4", ""},
			{"jeudi 21 janvier", "DATE", "2010-01-21", ""},
			{"le quatrième trimestre 2009", "DATE", "2009-Q4", ""},
			{"2009", "DATE", "2009", ""},
			{"2008", "DATE", "2008", ""},
			{"Le second semestre", "DATE", "2009-H2", ""},
			{"le mois de novembre", "DATE", "2009-11", ""},
			{"l'automne 2008", "DATE", "2008-FA", ""},
			{"plus d'un an", "DURATION", "P1Y", "MORE_THAN"},
			{"premier semestre 2010", "DATE", "2010-H1", ""},
			{"la fin de l'année", "DATE", "2010", "END"},
			{"il y a dix-huit mois", "DATE", "2008-07", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"jeudi après-midi", "TIME", "2010-01-21TAF", ""},
			{"mars 2008", "DATE", "2008-03", ""},
			{"le 4 mars", "DATE", "2010-03-04", ""},
			{"mardi prochain", "DATE", "2010-01-26", ""},
			{"plusieurs mois", "DURATION", "PXM", ""},
			{"les années 1990", "DATE", "199", ""},
		}},
	{"ledevoir-autobus-scolaires", "2011-08-31", `Transport scolaire : les chauffeurs menacent de débrayer dès mardi

Les quelque 600 chauffeurs d'autobus scolaires de la région de Montréal pourraient déclencher une grève dès mardi prochain si aucune entente n'est conclue avec les transporteurs.

Réunis en assemblée hier soir dans un sous-sol d'église de l'est de la ville, les syndiqués ont rejeté à 87 % la dernière offre patronale. Ils réclament une hausse salariale de 9 % sur trois ans, alors que les transporteurs proposent 4,5 %.

« On fait des horaires coupés tous les jours, pour un salaire qui n'a pas bougé depuis 2008 », a déploré la présidente du syndicat, jointe par Le Devoir ce matin.

La convention collective est échue depuis le 30 juin. Les négociations, entamées au printemps, ont été rompues à la mi-août.

La Commission scolaire de Montréal, dont les classes reprennent aujourd'hui, a prévenu les parents par courriel. Près de 20 000 élèves dépendent quotidiennement du transport scolaire. En cas de grève, la commission envisage de rembourser les titres de transport en commun des élèves du secondaire.

Le ministère de l'Éducation, du Loisir et du Sport n'a pas voulu commenter. Une séance de conciliation est prévue vendredi, en présence d'un conciliateur nommé par Québec.

Lors du dernier conflit, à l'automne 2005, le débrayage avait duré neuf jours et privé de transport plus de 15 000 enfants. Plusieurs parents avaient alors dû s'absenter du travail.`,
		[]hoGold{
			{"mardi", "DATE", "2011-09-06", ""},
			{"mardi prochain", "DATE", "2011-09-06", ""},
			{"hier soir", "TIME", "2011-08-30TEV", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"tous les jours", "SET", "P1D", ""},
			{"2008", "DATE", "2008", ""},
			{"ce matin", "TIME", "2011-08-31TMO", ""},
			{"le 30 juin", "DATE", "2011-06-30", ""},
			{"printemps", "DATE", "2011-SP", ""},
			{"la mi-août", "DATE", "2011-08", "MID"},
			{"aujourd'hui", "DATE", "2011-08-31", ""},
			{"quotidiennement", "SET", "P1D", ""},
			{"vendredi", "DATE", "2011-09-02", ""},
			{"l'automne 2005", "DATE", "2005-FA", ""},
			{"neuf jours", "DURATION", "P9D", ""},
		}},
	{"letemps-glacier-rhone", "2013-08-14", `Le glacier du Rhône a perdu 40 mètres en un an

Les mesures effectuées la semaine dernière par les glaciologues de l'EPFZ sont sans appel: la langue du glacier du Rhône a reculé de 40 mètres depuis l'été 2012, un record depuis le début des relevés, à la fin du XIXe siècle.

«Ce que nous observons actuellement dépasse tout ce que nous avions imaginé dans les années 1980», explique le responsable du réseau suisse de mesure des glaciers. Selon lui, la vague de chaleur de juillet, avec des températures dépassant 30 degrés à Sion pendant près de deux semaines, a accéléré la fonte.

Depuis 1850, les glaciers alpins ont perdu près de la moitié de leur volume. Le phénomène s'est nettement accéléré ces trente dernières années. Les modèles climatiques prévoient la disparition de la plupart des petits glaciers suisses d'ici à 2100.

Pour limiter la fonte, l'exploitant de la grotte de glace, qui attire chaque été des milliers de visiteurs, recouvre depuis 2010 une partie du glacier de bâches blanches. Une solution coûteuse et «purement symbolique», reconnaît-il.

Le prochain relevé complet est prévu fin septembre. Les scientifiques présenteront leurs conclusions à Berne dès le début de l'automne, avant la conférence sur le climat de Varsovie, en novembre.

Mardi, le Conseil fédéral a par ailleurs annoncé un crédit de 12 millions de francs pour la surveillance des dangers naturels en haute montagne pour les cinq prochaines années.`,
		[]hoGold{
			{"un an", "DURATION", "P1Y", ""},
			{"la semaine dernière", "DATE", "2013-W32", ""},
			{"l'été 2012", "DATE", "2012-SU", ""},
			{"la fin du XIXe siècle", "DATE", "18", "END"},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"les années 1980", "DATE", "198", ""},
			{"juillet", "DATE", "2013-07", ""},
			{"près de deux semaines", "DURATION", "P2W", "APPROX"},
			{"1850", "DATE", "1850", ""},
			{"ces trente dernières années", "DURATION", "P30Y", ""},
			{"2100", "DATE", "2100", ""},
			{"chaque été", "SET", "XXXX-SU", ""},
			{"2010", "DATE", "2010", ""},
			{"fin septembre", "DATE", "2013-09", "END"},
			{"le début de l'automne", "DATE", "2013-FA", "START"},
			{"novembre", "DATE", "2013-11", ""},
			{"Mardi", "DATE", "2013-08-13", ""},
			{"les cinq prochaines années", "DURATION", "P5Y", ""},
		}},
	{"jeuneafrique-niger-opposition", "2014-04-10", `Niger : l'opposition claque la porte du dialogue politique

Les principaux partis d'opposition nigériens ont annoncé mercredi soir leur retrait du cadre de dialogue politique, dénonçant « la mainmise du pouvoir » sur la préparation des élections générales prévues début 2016.

Réunis au siège de l'un des partis à Niamey, les responsables de l'opposition ont justifié leur décision par l'adoption, le 2 avril, d'un fichier électoral « taillé sur mesure ». « Depuis des mois, nous demandons un audit indépendant. On nous a opposé un refus catégorique », a expliqué un porte-parole à Jeune Afrique.

Le gouvernement a aussitôt regretté une « politique de la chaise vide ». Le ministre de l'Intérieur a rappelé que le cadre de dialogue s'était réuni à six reprises depuis janvier 2013 et que les recommandations de l'opposition avaient été « largement prises en compte ».

Ce n'est pas la première fois que les relations se tendent. Il y a un an, l'opposition avait déjà suspendu sa participation pendant trois semaines, avant de revenir à la table des discussions sous la pression des partenaires internationaux.

Les élections de 2011 avaient marqué le retour à l'ordre constitutionnel, après la transition militaire ouverte par le coup d'État de février 2010. Le chef de l'État n'a cessé, depuis, d'appeler à l'unité nationale.

L'opposition promet de nouvelles manifestations et annonce un grand meeting samedi 19 avril au stade Général-Seyni-Kountché de Niamey. Le pouvoir, lui, assure que le calendrier électoral sera respecté.`,
		[]hoGold{
			{"mercredi soir", "TIME", "2014-04-09TEV", ""},
			{"début 2016", "DATE", "2016", "START"},
			{"le 2 avril", "DATE", "2014-04-02", ""},
			{"des mois", "DURATION", "PXM", ""},
			{"janvier 2013", "DATE", "2013-01", ""},
			{"Il y a un an", "DATE", "2013", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"2011", "DATE", "2011", ""},
			{"février 2010", "DATE", "2010-02", ""},
			{"samedi 19 avril", "DATE", "2014-04-19", ""},
		}},
	{"olj-crise-dechets", "2015-10-06", `Déchets : la société civile de nouveau dans la rue ce soir

Les militants du collectif « Vous puez » appellent à un nouveau rassemblement à 18h, place Riad el-Solh, près de trois mois après le début de la crise des déchets qui empoisonne le quotidien des Libanais.

Depuis la fermeture de la décharge de Naamé, le 17 juillet, les ordures s'amoncellent dans les rues de Beyrouth et du Mont-Liban. Le plan présenté le mois dernier par le ministre de l'Agriculture, chargé du dossier, prévoyait la réouverture provisoire de la décharge pendant sept jours, le temps d'évacuer les déchets accumulés. Il est resté lettre morte.

« Cela fait des semaines qu'on nous promet une solution. Rien ne bouge », s'indigne une habitante d'Achrafieh, qui dit descendre ses sacs deux fois par jour au pied de l'immeuble.

Samedi, plusieurs centaines de personnes s'étaient déjà rassemblées devant le Grand Sérail. Des heurts avaient éclaté en fin de soirée entre manifestants et forces de l'ordre, faisant une vingtaine de blessés. Le lendemain, l'armée avait renforcé son dispositif autour du centre-ville.

Le Conseil des ministres, qui ne s'est pas réuni depuis le 9 septembre, pourrait se pencher sur le dossier jeudi. Mais la paralysie politique, avec une présidence de la République vacante depuis mai 2014, rend toute décision incertaine.

Selon une ONG locale, plus de 300 000 tonnes de déchets ont été brûlées ou jetées dans la nature depuis l'été, faisant craindre une catastrophe sanitaire avec l'arrivée des premières pluies, attendues la semaine prochaine.`,
		[]hoGold{
			{"ce soir", "TIME", "2015-10-06TEV", ""},
			{"18h", "TIME", "2015-10-06T18:00", ""},
			{"près de trois mois", "DURATION", "P3M", "APPROX"},
			{"le 17 juillet", "DATE", "2015-07-17", ""},
			{"le mois dernier", "DATE", "2015-09", ""},
			{"sept jours", "DURATION", "P7D", ""},
			{"des semaines", "DURATION", "PXW", ""},
			{"deux fois par jour", "SET", "P1D", ""},
			{"Samedi", "DATE", "2015-10-03", ""},
			{"fin de soirée", "TIME", "2015-10-03TEV", "END"},
			{"Le lendemain", "DATE", "2015-10-04", ""},
			{"le 9 septembre", "DATE", "2015-09-09", ""},
			{"jeudi", "DATE", "2015-10-08", ""},
			{"mai 2014", "DATE", "2014-05", ""},
			{"l'été", "DATE", "2015-SU", ""},
			{"la semaine prochaine", "DATE", "2015-W42", ""},
		}},
	{"vdn-faux-plombier", "2017-06-22", `Lille : deux ans de prison pour le faux plombier qui escroquait des retraités

Le tribunal correctionnel de Lille a condamné hier un homme de 38 ans à deux ans d'emprisonnement, dont douze mois avec sursis, pour une série d'escroqueries commises au préjudice de personnes âgées de la métropole.

Entre novembre 2015 et mars 2016, le prévenu s'était présenté chez une vingtaine de retraités de Roubaix, Tourcoing et Villeneuve-d'Ascq en se faisant passer pour un employé de la compagnie des eaux. Il prétextait une fuite urgente, réclamait des sommes allant de 300 à 2 500 euros, puis disparaissait.

Interpellé le 14 avril 2016 à Wattrelos, il avait été placé en détention provisoire pendant quatre mois, avant d'être remis en liberté sous contrôle judiciaire. Il avait retrouvé un emploi de manutentionnaire dans une entreprise de Seclin.

À l'audience, le 8 juin, une victime de 86 ans était venue témoigner. « Il est revenu trois fois. Je lui ai donné toutes mes économies », avait-elle raconté, la voix tremblante. Le procureur avait requis trois ans, dont dix-huit mois ferme.

Le prévenu, déjà condamné en 2012 pour des faits similaires, avait reconnu les faits. « J'avais des dettes de jeu, je ne voyais pas d'autre solution », avait-il déclaré ce jour-là.

Le tribunal l'a également condamné à indemniser les victimes, à hauteur de 41 000 euros au total. La partie ferme de sa peine devrait être aménagée sous bracelet électronique. Son avocat dispose de dix jours pour faire appel ; il n'a pas encore arrêté sa décision.`,
		[]hoGold{
			{"deux ans", "DURATION", "P2Y", ""},
			{"hier", "DATE", "2017-06-21", ""},
			{"deux ans", "DURATION", "P2Y", ""},
			{"douze mois", "DURATION", "P12M", ""},
			{"novembre 2015", "DATE", "2015-11", ""},
			{"mars 2016", "DATE", "2016-03", ""},
			{"le 14 avril 2016", "DATE", "2016-04-14", ""},
			{"quatre mois", "DURATION", "P4M", ""},
			{"le 8 juin", "DATE", "2017-06-08", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"dix-huit mois", "DURATION", "P18M", ""},
			{"2012", "DATE", "2012", ""},
			{"ce jour-là", "DATE", "2017-06-08", ""},
			{"dix jours", "DURATION", "P10D", ""},
		}},
	{"estrep-urgences-nancy", "2018-12-04", `Nancy : aux urgences du CHRU, plus de huit heures d'attente

Le service des urgences de l'hôpital Central, à Nancy, a connu un nouvel épisode de saturation ce week-end. Dimanche soir, une quarantaine de patients attendaient d'être pris en charge, certains depuis plus de huit heures.

« À 22 h, nous avions 14 patients sur des brancards dans les couloirs », témoigne une infirmière, qui souhaite rester anonyme. Selon elle, la situation se répète « chaque week-end depuis septembre ».

L'épidémie de bronchiolite, arrivée en Lorraine avec deux semaines d'avance cette année, explique en partie l'afflux. Mais les soignants dénoncent surtout le manque de lits d'aval : une trentaine de lits ont été fermés dans les services de médecine depuis le printemps 2017.

La direction du CHRU reconnaît « des délais d'attente anormalement longs » et annonce la réouverture de douze lits à partir du 17 décembre, jusqu'à fin mars. Un médecin supplémentaire renforcera l'équipe tous les samedis.

Insuffisant, estime l'intersyndicale, qui appelle à un rassemblement jeudi devant l'entrée de l'hôpital. Elle rappelle que la fréquentation des urgences nancéiennes est passée de 52 000 passages en 2008 à plus de 70 000 l'an dernier.

Au niveau national, la ministre des Solidarités et de la Santé avait promis, il y a six mois, un plan de soutien aux services d'urgences. Les premières mesures sont attendues début 2019.`,
		[]hoGold{
			{"plus de huit heures", "DURATION", "PT8H", "MORE_THAN"},
			{"ce week-end", "DATE", "2018-W48-WE", ""},
			{"Dimanche soir", "TIME", "2018-12-02TEV", ""},
			{"plus de huit heures", "DURATION", "PT8H", "MORE_THAN"},
			{"22 h", "TIME", "2018-12-02T22:00", ""},
			{"chaque week-end", "SET", "XXXX-WXX-WE", ""},
			{"septembre", "DATE", "2018-09", ""},
			{"deux semaines", "DURATION", "P2W", ""},
			{"cette année", "DATE", "2018", ""},
			{"le printemps 2017", "DATE", "2017-SP", ""},
			{"17 décembre", "DATE", "2018-12-17", ""},
			{"fin mars", "DATE", "2019-03", "END"},
			{"tous les samedis", "SET", "XXXX-WXX-6", ""},
			{"jeudi", "DATE", "2018-12-06", ""},
			{"2008", "DATE", "2008", ""},
			{"l'an dernier", "DATE", "2017", ""},
			{"il y a six mois", "DATE", "2018-06", ""},
			{"début 2019", "DATE", "2019", "START"},
		}},
	{"rtbf-festival-namur", "2019-07-02", `Namur : le festival Les Nuits de Meuse affiche complet pour sa dixième édition

Le festival Les Nuits de Meuse, qui se tiendra du jeudi 18 juillet au dimanche 21 juillet sur les berges namuroises, a annoncé ce mardi avoir vendu l'ensemble de ses 48.000 pass.

« C'est la première fois que nous affichons complet aussi tôt. L'an passé, il restait des tickets jusqu'à l'ouverture des portes », se réjouit le directeur du festival, joint par la RTBF.

Lancé en 2009 par une poignée de bénévoles, l'événement a vu sa fréquentation tripler en dix ans. Cette année, une quarantaine d'artistes se succéderont sur trois scènes, dont plusieurs têtes d'affiche françaises et une chanteuse liégeoise révélée l'automne dernier par un télécrochet.

Pour limiter les nuisances, la Ville de Namur a imposé un plafond de 95 décibels sur la scène principale, située à proximité d'un quartier résidentiel. Un dispositif de mesure sera installé chez plusieurs riverains.

Côté mobilité, la SNCB mettra en place des trains supplémentaires vers Bruxelles et Liège. Une navette gratuite reliera la gare au site toutes les vingt minutes, et un parking de dissuasion de 1.500 places sera aménagé à Jambes.

Les organisateurs rappellent que la revente de pass est interdite sur les plateformes non officielles, où certains billets s'échangent déjà à plus de 300 euros. Une bourse d'échange officielle ouvrira lundi prochain sur le site du festival.`,
		[]hoGold{
			{"jeudi 18 juillet", "DATE", "2019-07-18", ""},
			{"dimanche 21 juillet", "DATE", "2019-07-21", ""},
			{"ce mardi", "DATE", "2019-07-02", ""},
			{"L'an passé", "DATE", "2018", ""},
			{"2009", "DATE", "2009", ""},
			{"dix ans", "DURATION", "P10Y", ""},
			{"Cette année", "DATE", "2019", ""},
			{"l'automne dernier", "DATE", "2018-FA", ""},
			{"toutes les vingt minutes", "SET", "PT20M", ""},
			{"lundi prochain", "DATE", "2019-07-08", ""},
		}},
	{"liberation-ecoles-fermees", "2020-03-16", `Coronavirus : écoles fermées, le pays entre dans l'inconnu

Depuis ce matin, plus de 12 millions d'élèves sont privés de classe. Annoncée jeudi soir par le chef de l'Etat, la fermeture des crèches, écoles, collèges, lycées et universités doit durer « au moins quinze jours ». Dans les faits, peu de parents y croient.

Le week-end a été marqué par une accélération brutale. Samedi soir, le Premier ministre a ordonné la fermeture des bars, restaurants et commerces « non essentiels » à partir de minuit. Le lendemain, le premier tour des municipales s'est tenu malgré tout, avec une abstention record.

« On nous a demandé d'organiser la continuité pédagogique en trois jours, sans ordinateur pour la moitié des élèves », s'agace une professeure des écoles de Seine-Saint-Denis, jointe dimanche. Les plateformes du Centre national d'enseignement à distance ont été saturées dès 8 h 30.

Selon le dernier bilan, 127 personnes sont mortes du Covid-19 en France et plus de 5 400 cas ont été confirmés. Le nombre de malades double actuellement tous les trois jours, selon les épidémiologistes.

Le président de la République doit de nouveau s'exprimer à 20 heures. Selon plusieurs sources, il pourrait annoncer des mesures de confinement plus strictes dès demain midi, sur le modèle de l'Italie, où la population est confinée depuis une semaine.

Dans les hôpitaux, la tension monte. En Alsace, les services de réanimation sont saturés depuis plusieurs jours. L'armée a annoncé qu'elle déploierait un hôpital de campagne à Mulhouse cette semaine.`,
		[]hoGold{
			{"ce matin", "TIME", "2020-03-16TMO", ""},
			{"jeudi soir", "TIME", "2020-03-12TEV", ""},
			{"au moins quinze jours", "DURATION", "P15D", "EQUAL_OR_MORE"},
			{"Le week-end", "DATE", "2020-W11-WE", ""},
			{"Samedi soir", "TIME", "2020-03-14TEV", ""},
			{"minuit", "TIME", "2020-03-15T00:00", ""},
			{"Le lendemain", "DATE", "2020-03-15", ""},
			{"trois jours", "DURATION", "P3D", ""},
			{"dimanche", "DATE", "2020-03-15", ""},
			{"8 h 30", "TIME", "2020-03-16T08:30", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"tous les trois jours", "SET", "P3D", ""},
			{"20 heures", "TIME", "2020-03-16T20:00", ""},
			{"demain midi", "TIME", "2020-03-17T12:00", ""},
			{"une semaine", "DURATION", "P1W", ""},
			{"plusieurs jours", "DURATION", "PXD", ""},
			{"cette semaine", "DATE", "2020-W12", ""},
		}},
	{"lapresse-incendie-longueuil", "2022-01-27", `Incendie mortel à Longueuil : une septuagénaire perd la vie

Une femme de 71 ans est morte dans l'incendie qui a ravagé un immeuble de huit logements du Vieux-Longueuil dans la nuit de mercredi à jeudi. Une quinzaine de locataires se sont retrouvés à la rue par un froid de -27 °C.

L'alerte a été donnée à 2 h 40 par un voisin réveillé par l'odeur de la fumée. À l'arrivée des pompiers, huit minutes plus tard, les flammes s'échappaient déjà du deuxième étage, a expliqué ce matin le porte-parole du Service de sécurité incendie de l'agglomération de Longueuil.

La victime a été retrouvée sans vie dans son appartement à 4 h 10. Elle habitait l'immeuble depuis plus de 30 ans, selon ses voisins. « C'était une dame discrète, elle nourrissait les oiseaux tous les matins », raconte une locataire, encore sous le choc.

Il a fallu près de cinq heures aux 60 pompiers mobilisés pour maîtriser le brasier. L'eau gelait au contact des échelles, ce qui a compliqué les opérations.

Les causes de l'incendie demeurent inconnues. Le dossier a été transmis au Service de police de l'agglomération de Longueuil, comme le veut la procédure lorsqu'il y a un décès. Des enquêteurs se trouvaient toujours sur place en fin d'après-midi.

La Croix-Rouge prend en charge les sinistrés, qui ont été hébergés temporairement dans un hôtel de Boucherville. Il s'agit du troisième incendie mortel sur le territoire de l'agglomération depuis le début de l'année. L'an dernier, le service avait combattu 212 incendies de bâtiment, dont 4 avaient fait des victimes.

Les pompiers rappellent l'importance de vérifier les avertisseurs de fumée deux fois par année.`,
		[]hoGold{
			{"la nuit de mercredi à jeudi", "TIME", "2022-01-26TNI", ""},
			{"2 h 40", "TIME", "2022-01-27T02:40", ""},
			{"huit minutes plus tard", "DURATION", "PT8M", ""},
			{"ce matin", "TIME", "2022-01-27TMO", ""},
			{"4 h 10", "TIME", "2022-01-27T04:10", ""},
			{"plus de 30 ans", "DURATION", "P30Y", "MORE_THAN"},
			{"tous les matins", "SET", "XXXX-XX-XXTMO", ""},
			{"près de cinq heures", "DURATION", "PT5H", "APPROX"},
			{"fin d'après-midi", "TIME", "2022-01-27TAF", "END"},
			{"le début de l'année", "DATE", "2022", "START"},
			{"L'an dernier", "DATE", "2021", ""},
			{"deux fois par année", "SET", "P1Y", ""},
		}},
	{"figaro-greve-controleurs", "2024-02-13", `Contrôle aérien : une grève menace les départs en vacances

Les passagers qui comptaient s'envoler vers les stations de ski ou vers le soleil ce week-end risquent de rester au sol. Le principal syndicat de contrôleurs aériens a déposé un préavis de grève du vendredi 16 février au dimanche 18 février.

La Direction générale de l'aviation civile (DGAC) devrait demander aux compagnies de réduire leur programme de vols d'ici à jeudi, comme elle l'avait fait lors du dernier mouvement, le 21 novembre. Ce jour-là, près de 40 % des vols avaient été annulés à Orly.

Le syndicat réclame des compensations pour la réforme de l'organisation du travail qui doit entrer en vigueur le 1er avril. « Depuis deux ans, on nous promet une concertation qui n'a jamais eu lieu », dénonce son secrétaire général.

Le ministre délégué chargé des Transports a jugé hier ce mouvement « irresponsable », alors que les vacances de la zone C, qui comprend Paris et Montpellier, débutent samedi. Il a proposé de recevoir les syndicats demain après-midi.

Du côté des compagnies, l'exaspération monte. Le patron d'une compagnie à bas coût évoque « la septième grève en moins d'un an » et chiffre le coût d'une journée de perturbation à plusieurs millions d'euros.

Les compagnies proposent des reports sans frais jusqu'au 3 mars. Les voyageurs sont invités à vérifier l'état de leur vol avant de se rendre à l'aéroport.`,
		[]hoGold{
			{"ce week-end", "DATE", "2024-W07-WE", ""},
			{"vendredi 16 février", "DATE", "2024-02-16", ""},
			{"dimanche 18 février", "DATE", "2024-02-18", ""},
			{"jeudi", "DATE", "2024-02-15", ""},
			{"le 21 novembre", "DATE", "2023-11-21", ""},
			{"Ce jour-là", "DATE", "2023-11-21", ""},
			{"le 1er avril", "DATE", "2024-04-01", ""},
			{"deux ans", "DURATION", "P2Y", ""},
			{"hier", "DATE", "2024-02-12", ""},
			{"samedi", "DATE", "2024-02-17", ""},
			{"demain après-midi", "TIME", "2024-02-14TAF", ""},
			{"moins d'un an", "DURATION", "P1Y", "LESS_THAN"},
			{"une journée", "DURATION", "P1D", ""},
			{"3 mars", "DATE", "2024-03-03", ""},
		}},
	{"lemondeafrique-secheresse-maroc", "2025-10-15", `Au Maroc, la sécheresse s'installe durablement

Casablanca, correspondance. Les barrages marocains n'étaient remplis qu'à 31 % lundi 13 octobre, selon les chiffres du ministère de l'équipement et de l'eau. Un an plus tôt, le taux atteignait 27 %, déjà l'un des plus bas jamais enregistrés.

Depuis 2018, le royaume enchaîne les déficits pluviométriques. Les fortes pluies de mars dernier, bien supérieures à la moyenne, n'ont pas suffi à reconstituer les nappes phréatiques, surexploitées depuis les années 2000 pour l'agriculture irriguée.

« Dans notre douar, les puits sont à sec depuis le mois de juin. Le camion-citerne passe deux fois par semaine », raconte un agriculteur de la région de Settat, qui a vendu la moitié de son troupeau au printemps.

Face à l'urgence, le gouvernement mise sur le dessalement. L'usine de Casablanca, dont la construction a débuté en 2023, doit entrer en service progressivement à partir de la fin de l'année 2026. Elle produira à terme 300 millions de mètres cubes d'eau potable, de quoi alimenter plus de 7 millions d'habitants.

Les autorités ont par ailleurs reconduit jusqu'à nouvel ordre les restrictions décidées à l'été 2024 : interdiction d'arroser les espaces verts et de remplir les piscines privées, fermeture des hammams trois jours par semaine dans plusieurs villes.

Selon la direction générale de la météorologie, les premières pluies significatives sont attendues début novembre, sans garantie sur leur abondance. Le chef du gouvernement doit présenter jeudi un nouveau plan d'urgence hydrique devant le Parlement.`,
		[]hoGold{
			{"lundi 13 octobre", "DATE", "2025-10-13", ""},
			{"Un an plus tôt", "DURATION", "P1Y", ""},
			{"2018", "DATE", "2018", ""},
			{"mars dernier", "DATE", "2025-03", ""},
			{"les années 2000", "DATE", "200", ""},
			{"le mois de juin", "DATE", "2025-06", ""},
			{"deux fois par semaine", "SET", "P1W", ""},
			{"printemps", "DATE", "2025-SP", ""},
			{"2023", "DATE", "2023", ""},
			{"la fin de l'année 2026", "DATE", "2026", "END"},
			{"l'été 2024", "DATE", "2024-SU", ""},
			{"trois jours par semaine", "SET", "P1W", ""},
			{"début novembre", "DATE", "2025-11", "START"},
			{"jeudi", "DATE", "2025-10-16", ""},
		}},
	{"lesoir-consultation-sans-timex", "2012-03-05", `Consultation populaire à Ottignies : le « non » au parking souterrain l'emporte

Le projet de parking souterrain sous la place du Centre ne verra pas le jour. Consultés par la commune, les habitants d'Ottignies-Louvain-la-Neuve l'ont rejeté par 4.812 voix contre 2.019, soit 70,4 % de « non ».

La participation a atteint 23,6 %, au-delà du seuil de 10 % exigé par le Code de la démocratie locale pour que le résultat soit pris en compte. Sur les 29.115 électeurs inscrits, 6.871 se sont déplacés ; 40 bulletins étaient blancs ou nuls.

Le projet, estimé à 14,5 millions d'euros, prévoyait 420 places réparties sur trois niveaux, dont 18 réservées aux personnes à mobilité réduite et 24 équipées de bornes de recharge. Un abonnement résidentiel aurait coûté 45 euros.

« Les citoyens ont parlé, nous en prenons acte », a réagi le bourgmestre, 56 ans, qui défendait le projet. Le comité de riverains, à l'origine de la pétition qui avait recueilli 1.998 signatures, a fêté le résultat au café Le Douze, au numéro 12 de la rue des Deux Ponts.

Dans le détail, le « non » l'emporte dans 17 des 21 bureaux de vote. C'est au bureau n° 9, à Limelette, que le rejet est le plus net : 412 voix contre 87. À Louvain-la-Neuve, où votaient de nombreux étudiants, l'écart est plus serré : 1.204 voix contre 1.011.

Le président du comité, un ancien ingénieur de 81 ans, savoure : « 4.812 voix, c'est plus que le score de n'importe quelle liste aux dernières communales. » L'opposition réclame un débat au conseil communal.

Le collège étudiera une alternative : 150 places en surface et 2 parkings de dissuasion de 300 places chacun, pour un coût total de 3,8 millions d'euros.`,
		[]hoGold{}},
}

func TestFrenchHeldOut16(t *testing.T) { guardHeldOut(t, "French 16", frHeldOut16, "fr", 0.94) }
