package extract

import "testing"

// frHeldOut12 is the twelfth blind French held-out set: 16 invented but
// realistic whole articles (150-300 words each), each with its own DCT, written
// in the manner of French-language regional and national dailies, weeklies and
// agencies from 1995 to 2026 (L'Est Républicain, Ouest-France, La Dépêche du
// Midi, Le Progrès, Le Télégramme, La Voix du Nord, Nice-Matin, Le Monde, Le
// Figaro, AFP, Belga, ATS, La Presse canadienne, Le Quotidien (Sénégal), Le
// Matin (Maroc), El Watan): a fait divers told over several days in the passé
// simple and passé composé, municipal life, vendanges and the olive harvest,
// regional sport, local economy, a D-Day commemoration, weather, a historical
// feature, justice, agency dispatches. Two articles (Senegalese election
// tallies, Moroccan basketball) are number-heavy with no timex at all (scores,
// ages, prices, street numbers, year-like numbers such as "2 019 voix").
//
// Conventions: TimeML 1.2.1 / TempEval-3 TIMEX3 as in the French TimeBank.
// Spans keep determiners and modifiers ("le 15 mai", "la semaine prochaine",
// "début novembre", "près de quatre heures", "il y a 80 ans") but not leading
// prepositions ("en", "depuis", "pendant", "à", "dès", "jusqu'à"; with the
// contracted "au"/"du"/"des" the span starts after it: "premier semestre",
// "XIXe siècle", "lundi 3 mars", "trois dernières saisons"). "N jours plus
// tard", "N ans après", "une heure plus tôt" tag only the measure, as a
// DURATION. "le lendemain", "la veille", "ce jour-là" anchor on the date last
// narrated; bare weekdays and months resolve from the DCT by tense. Parts of
// day are TIME (TMO/TAF/TEV/TNI), "la nuit de samedi à dimanche" is the night
// of the Saturday; "en fin de journée" is TEV. Seasons YYYY-SP/SU/FA/WI (a
// winter is valued by the year it begins); a cycling "saison" is a calendar
// year; "l'exercice 2018-2019" is FY2019. Ages, scores and street numbers are
// not timexes. Every relative value was computed with Python's datetime.
//
// The set was written without reading the tagger's source, tests or data.
//
// First run, on the committed tagger (c820e30) before any fix it prompted:
// relaxed F1 0.974, value accuracy 0.903, value F1 0.880.
var frHeldOut12 = []hoCase{
	{"estrep-incendie-luneville", "1998-11-19", `Lunéville. Les enquêteurs de la brigade de recherches n'écartent plus la piste criminelle. Dans la nuit de dimanche à lundi, à 3 h 15, un violent incendie s'est déclaré dans un entrepôt de meubles de la rue de la Charité. Il fallut près de quatre heures aux quarante sapeurs-pompiers mobilisés pour venir à bout des flammes. Le gardien, un homme de 58 ans, fut légèrement intoxiqué et conduit au centre hospitalier.

Lundi matin, les experts découvrirent deux départs de feu distincts au fond du bâtiment. Mardi après-midi, un jerrican vide a été retrouvé dans un fossé, à quelques centaines de mètres de là. Le lendemain, un ancien employé, licencié au printemps, a été placé en garde à vue. « Nous avons affaire à quelqu'un qui connaissait parfaitement les lieux », confiait hier soir un enquêteur. L'homme a été remis en liberté ce matin, faute d'éléments suffisants, mais reste à la disposition de la justice.

L'entrepôt, construit au début du siècle par une famille de négociants en bois, avait déjà subi un sinistre en 1987. Son propriétaire estime le préjudice à plus de deux millions de francs. « Trente ans de travail partis en fumée en quelques heures », soupire-t-il. Une vingtaine de salariés sont actuellement au chômage technique.

Le parquet de Nancy a ouvert une information judiciaire. Les résultats des analyses sont attendus d'ici à la fin du mois.`,
		[]hoGold{
			{"la nuit de dimanche à lundi", "TIME", "1998-11-15TNI", ""},
			{"3 h 15", "TIME", "1998-11-16T03:15", ""},
			{"près de quatre heures", "DURATION", "PT4H", "APPROX"},
			{"Lundi matin", "TIME", "1998-11-16TMO", ""},
			{"Mardi après-midi", "TIME", "1998-11-17TAF", ""},
			{"Le lendemain", "DATE", "1998-11-18", ""},
			{"printemps", "DATE", "1998-SP", ""},
			{"hier soir", "TIME", "1998-11-18TEV", ""},
			{"ce matin", "TIME", "1998-11-19TMO", ""},
			{"début du siècle", "DATE", "19", "START"},
			{"1987", "DATE", "1987", ""},
			{"Trente ans", "DURATION", "P30Y", ""},
			{"quelques heures", "DURATION", "PTXH", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"la fin du mois", "DATE", "1998-11", "END"},
		}},
	{"ouestfrance-conseil-montfort", "2014-02-28", `Montfort-sur-Meu. Le conseil municipal, réuni jeudi soir, a adopté à l'unanimité le programme de réfection de la rue de Gaël. Les travaux débuteront à partir du lundi 3 mars et devraient durer six semaines. La rue sera fermée à la circulation et une déviation par le boulevard Carnot sera mise en place jusqu'à fin mars, avant l'ouverture d'une seconde tranche en avril.

« Ce chantier était attendu depuis plus de dix ans », a rappelé le maire, Jean-Yves Le Bihan, qui achève son premier mandat. Les riverains pourront rencontrer les services techniques en mairie chaque mardi, pendant toute la durée du chantier.

Le conseil a également voté les tarifs de la cantine pour la rentrée de septembre : le repas passera à 3,10 €, contre 3,05 € actuellement. L'opposition s'est abstenue, dénonçant « la troisième hausse en quatre ans ».

Dernier point à l'ordre du jour : la salle omnisports, inaugurée en 1992, fermera deux semaines cet été pour le remplacement de son parquet. La prochaine séance aura lieu le jeudi 20 mars à 20 h 30, trois jours avant le premier tour des élections municipales.`,
		[]hoGold{
			{"jeudi soir", "TIME", "2014-02-27TEV", ""},
			{"lundi 3 mars", "DATE", "2014-03-03", ""},
			{"six semaines", "DURATION", "P6W", ""},
			{"fin mars", "DATE", "2014-03", "END"},
			{"avril", "DATE", "2014-04", ""},
			{"plus de dix ans", "DURATION", "P10Y", "MORE_THAN"},
			{"chaque mardi", "SET", "XXXX-WXX-2", ""},
			{"septembre", "DATE", "2014-09", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"quatre ans", "DURATION", "P4Y", ""},
			{"1992", "DATE", "1992", ""},
			{"deux semaines", "DURATION", "P2W", ""},
			{"cet été", "DATE", "2014-SU", ""},
			{"le jeudi 20 mars", "DATE", "2014-03-20", ""},
			{"20 h 30", "TIME", "2014-03-20T20:30", ""},
			{"trois jours", "DURATION", "P3D", ""},
		}},
	{"depeche-vendanges-gaillac", "2009-09-24", `Gaillac. Les premiers coups de sécateur ont été donnés lundi matin au domaine de la Ramaye, à Técou. Avec une dizaine de jours d'avance sur l'an dernier, les vendanges battent leur plein dans tout le vignoble gaillacois. « Le raisin est sain, les degrés sont bons, on n'avait pas vu ça depuis 2005 », se réjouit Pierre Cabrol, vigneron à Cadalen depuis trente-deux ans.

L'été chaud et sec, à peine troublé par un violent orage le 14 août, a favorisé une maturité rapide des cépages blancs comme le sauvignon et le mauzac. Les rouges, duras et braucol en tête, devraient être rentrés d'ici la mi-octobre.

À la cave coopérative de Labastide-de-Lévis, les bennes se succèdent sans interruption. Mardi, 1 200 tonnes de raisin ont été réceptionnées en une seule journée, un record. Les saisonniers, une centaine cette année, sont recrutés pour trois semaines en moyenne.

Le président de la cave, Alain Rouquette, reste prudent : « Il reste encore un mois de travail. Une grosse pluie la semaine prochaine et tout peut basculer. » Côté prix, le vrac peine toujours à remonter après deux années difficiles.

La fête des vendanges de Gaillac se tiendra, comme chaque année, le premier week-end d'octobre, sur la place du Griffoul.`,
		[]hoGold{
			{"lundi matin", "TIME", "2009-09-21TMO", ""},
			{"une dizaine de jours", "DURATION", "P10D", "APPROX"},
			{"l'an dernier", "DATE", "2008", ""},
			{"2005", "DATE", "2005", ""},
			{"trente-deux ans", "DURATION", "P32Y", ""},
			{"L'été", "DATE", "2009-SU", ""},
			{"le 14 août", "DATE", "2009-08-14", ""},
			{"la mi-octobre", "DATE", "2009-10", "MID"},
			{"Mardi", "DATE", "2009-09-22", ""},
			{"une seule journée", "DURATION", "P1D", ""},
			{"cette année", "DATE", "2009", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"un mois", "DURATION", "P1M", ""},
			{"la semaine prochaine", "DATE", "2009-W40", ""},
			{"deux années", "DURATION", "P2Y", ""},
			{"chaque année", "SET", "P1Y", ""},
			{"le premier week-end d'octobre", "DATE", "2009-W40-WE", ""},
		}},
	{"progres-cyclisme-saint-chamond", "2016-05-09", `Cyclisme – Grand Prix de Saint-Chamond
Théo Vernay, enfin !

Deuxième la saison dernière, troisième en 2014, Théo Vernay a enfin inscrit son nom au palmarès du Grand Prix de Saint-Chamond. Le coureur du VC Roannais s'est imposé dimanche après-midi au terme des 128 kilomètres du circuit du Gier, couverts à plus de 41 km/h de moyenne.

Parti seul à deux tours de l'arrivée, le Ligérien de 23 ans a résisté au retour d'un groupe de six hommes emmené par le Stéphanois Kevin Roche, qui a réglé le sprint pour la deuxième place. « Lors des trois dernières saisons, j'ai toujours craqué dans la côte de la Valette. Cette fois, j'ai attaqué au pied », savourait le vainqueur.

La course, partie à 13 h 30 devant l'hôtel de ville, a réuni 112 engagés, un record depuis la création de l'épreuve en 1976. Une chute collective au 40e kilomètre a contraint quatre coureurs à l'abandon, sans gravité.

Vernay, qui court en DN2 depuis trois ans, vise le championnat Rhône-Alpes, prévu le 5 juin à Bourg-de-Péage. Son directeur sportif, Alain Giraud, ne cachait pas son émotion : « Il s'entraîne six fois par semaine en plus de son travail de menuisier. Il mérite tout ce qui lui arrive. »

Prochain rendez-vous pour les coureurs de la Loire : le Prix de Rive-de-Gier, samedi prochain.`,
		[]hoGold{
			{"la saison dernière", "DATE", "2015", ""},
			{"2014", "DATE", "2014", ""},
			{"dimanche après-midi", "TIME", "2016-05-08TAF", ""},
			{"trois dernières saisons", "DURATION", "P3Y", ""},
			{"13 h 30", "TIME", "2016-05-08T13:30", ""},
			{"1976", "DATE", "1976", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"le 5 juin", "DATE", "2016-06-05", ""},
			{"six fois par semaine", "SET", "P1W", ""},
			{"samedi prochain", "DATE", "2016-05-14", ""},
		}},
	{"telegramme-biscuiterie-resultats", "2019-09-05", `Quimper. La biscuiterie Kerlann a présenté mardi ses résultats. Au premier semestre, son chiffre d'affaires atteint 38,4 millions d'euros, en hausse de 6,2 % sur un an. Une performance portée par l'export, qui pèse 27 % des ventes, contre 19 % il y a trois ans.

Sur l'exercice 2018-2019, clos le 30 juin, le résultat net s'établit à 2,1 millions d'euros. « Nous avons traversé une période compliquée au début de l'année, avec la flambée du prix du beurre, mais le deuxième trimestre a été excellent », résume le PDG, Yannick Le Goff, à la tête de l'entreprise familiale depuis 2007.

La biscuiterie, fondée en 1921 par son arrière-grand-père, emploie actuellement 245 salariés. Trente embauches sont prévues d'ici à la fin de l'année, notamment pour accompagner l'ouverture d'une nouvelle ligne de production au printemps prochain. Le chantier, d'un montant de 9 millions d'euros, doit démarrer en novembre et durer cinq mois.

Le Royaume-Uni et l'Allemagne restent les principaux débouchés à l'étranger. Mais le Brexit, prévu le 31 octobre, inquiète. « Nous avons constitué des stocks à Londres pour tenir au moins huit semaines », précise le directeur commercial, Erwan Guéguen.

La direction table sur une croissance de 5 % au second semestre.`,
		[]hoGold{
			{"mardi", "DATE", "2019-09-03", ""},
			{"premier semestre", "DATE", "2019-H1", ""},
			{"un an", "DURATION", "P1Y", ""},
			{"il y a trois ans", "DATE", "2016", ""},
			{"l'exercice 2018-2019", "DATE", "FY2019", ""},
			{"le 30 juin", "DATE", "2019-06-30", ""},
			{"début de l'année", "DATE", "2019", "START"},
			{"le deuxième trimestre", "DATE", "2019-Q2", ""},
			{"2007", "DATE", "2007", ""},
			{"1921", "DATE", "1921", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"la fin de l'année", "DATE", "2019", "END"},
			{"printemps prochain", "DATE", "2020-SP", ""},
			{"novembre", "DATE", "2019-11", ""},
			{"cinq mois", "DURATION", "P5M", ""},
			{"le 31 octobre", "DATE", "2019-10-31", ""},
			{"au moins huit semaines", "DURATION", "P8W", "EQUAL_OR_MORE"},
			{"second semestre", "DATE", "2019-H2", ""},
		}},
	{"voixdunord-commando-kieffer", "2024-06-06", `Béthune. Il avait 19 ans. Il y a 80 ans, le 6 juin 1944, Marcel Delannoy débarquait sur la plage de Colleville avec les 177 Français du commando Kieffer. Ce jeudi matin, la ville lui rend hommage en dévoilant une plaque sur la façade de sa maison natale, au 14 de la rue d'Arras.

Le jeune Béthunois avait rejoint l'Angleterre au printemps 1941, après une évasion rocambolesque par l'Espagne. Trois ans d'entraînement en Écosse l'avaient préparé à ce jour-là. « Il n'en parlait presque jamais. Il a fallu attendre les années 1990 pour qu'il raconte », confie sa fille Annie, 71 ans.

Blessé le 12 juin à Amfreville, six jours après le débarquement, il fut rapatrié en Angleterre, puis participa à la campagne de Hollande à l'automne. Il rentra à Béthune en mai 1945, décoré de la croix de guerre. Soixante ans après, en 2004, il retourna à Colleville avec ses petits-enfants.

Marcel Delannoy s'est éteint en 2011, à l'âge de 86 ans. Ses descendants ont rassemblé depuis plusieurs mois lettres, photos et objets, exposés à la médiathèque jusqu'au 30 juin. La cérémonie débutera à 10 h 30 devant la maison, en présence du sous-préfet et d'une délégation normande. Un lâcher de pigeons est prévu à 11h15.

Chaque 6 juin, la famille se rendait en Normandie. Cette année encore, trois générations feront le voyage ce week-end.`,
		[]hoGold{
			{"Il y a 80 ans", "DATE", "1944", ""},
			{"le 6 juin 1944", "DATE", "1944-06-06", ""},
			{"Ce jeudi matin", "TIME", "2024-06-06TMO", ""},
			{"printemps 1941", "DATE", "1941-SP", ""},
			{"Trois ans", "DURATION", "P3Y", ""},
			{"ce jour-là", "DATE", "1944-06-06", ""},
			{"les années 1990", "DATE", "199", ""},
			{"le 12 juin", "DATE", "1944-06-12", ""},
			{"six jours", "DURATION", "P6D", ""},
			{"l'automne", "DATE", "1944-FA", ""},
			{"mai 1945", "DATE", "1945-05", ""},
			{"Soixante ans", "DURATION", "P60Y", ""},
			{"2004", "DATE", "2004", ""},
			{"2011", "DATE", "2011", ""},
			{"plusieurs mois", "DURATION", "PXM", ""},
			{"30 juin", "DATE", "2024-06-30", ""},
			{"10 h 30", "TIME", "2024-06-06T10:30", ""},
			{"11h15", "TIME", "2024-06-06T11:15", ""},
			{"Chaque 6 juin", "SET", "XXXX-06-06", ""},
			{"Cette année", "DATE", "2024", ""},
			{"ce week-end", "DATE", "2024-W23-WE", ""},
		}},
	{"nicematin-meteo-orages", "2019-08-09", `Météo : après la canicule, place aux orages

La chaleur écrasante qui pèse sur la Côte d'Azur depuis une dizaine de jours va enfin céder du terrain. Météo-France a placé les Alpes-Maritimes et le Var en vigilance orange orages à partir de ce vendredi à 16 heures. Les premières cellules orageuses sont attendues sur le moyen pays en fin de journée, avant de gagner le littoral dans la soirée.

« Le risque le plus fort concerne la nuit de samedi à dimanche, avec des cumuls pouvant atteindre 60 à 80 mm en quelques heures », prévient un prévisionniste du centre de Nice. Des rafales de 90 km/h sont possibles sur le cap d'Antibes.

Ce week-end, les températures perdront jusqu'à huit degrés. Dimanche après-midi, le thermomètre ne devrait pas dépasser 26 °C à Nice, contre 34 °C mercredi. Le temps redeviendra sec et ensoleillé à partir de lundi, et la chaleur reviendra progressivement en milieu de semaine prochaine.

Les préfectures rappellent les consignes : limiter les déplacements, ne pas stationner en bord de vallon. Le souvenir des intempéries du 3 octobre 2015, qui avaient fait vingt morts entre Cannes et Biot, reste dans toutes les mémoires. Plusieurs manifestations prévues samedi soir, dont le feu d'artifice de Villefranche, ont d'ores et déjà été reportées au 15 août.`,
		[]hoGold{
			{"une dizaine de jours", "DURATION", "P10D", "APPROX"},
			{"ce vendredi", "DATE", "2019-08-09", ""},
			{"16 heures", "TIME", "2019-08-09T16:00", ""},
			{"fin de journée", "TIME", "2019-08-09TEV", ""},
			{"la soirée", "TIME", "2019-08-09TEV", ""},
			{"la nuit de samedi à dimanche", "TIME", "2019-08-10TNI", ""},
			{"quelques heures", "DURATION", "PTXH", ""},
			{"Ce week-end", "DATE", "2019-W32-WE", ""},
			{"Dimanche après-midi", "TIME", "2019-08-11TAF", ""},
			{"mercredi", "DATE", "2019-08-07", ""},
			{"lundi", "DATE", "2019-08-12", ""},
			{"milieu de semaine prochaine", "DATE", "2019-W33", "MID"},
			{"3 octobre 2015", "DATE", "2015-10-03", ""},
			{"samedi soir", "TIME", "2019-08-10TEV", ""},
			{"15 août", "DATE", "2019-08-15", ""},
		}},
	{"lemonde-histoire-minette", "2012-04-14", `Le crépuscule de la minette lorraine

Il faut imaginer, au XIXe siècle, les collines du Pays-Haut éventrées de galeries. Après la mise au point du procédé Thomas-Gilchrist, en 1879, qui permet enfin d'exploiter ce minerai phosphoreux baptisé « minette », la Lorraine devient en une trentaine d'années la première région sidérurgique de France. Des dizaines de milliers d'ouvriers italiens, polonais puis maghrébins affluent dans les cités de Villerupt, Hayange ou Audun-le-Tiche.

L'apogée survient dans les années 1960 : plus de 62 millions de tonnes sont extraites en 1960, un record jamais égalé. Mais la concurrence des minerais riches de Mauritanie et du Brésil, débarqués à Dunkerque, condamne rapidement les mines lorraines. La crise sidérurgique de la fin des années 1970 achève le travail.

Pendant près de vingt ans, les fermetures se succèdent. La dernière mine de fer du bassin, celle des Terres-Rouges à Audun-le-Tiche, ferme ses portes le 15 juillet 1997. Au début des années 2000, les hauts-fourneaux de Hayange tournent encore, mais pour combien de temps ?

L'historienne Marie-Claude Bettinger travaille depuis quinze ans à recueillir la mémoire des derniers mineurs. « Au siècle dernier, la mine structurait tout : le logement, l'école, les loisirs, jusqu'au club de football », rappelle-t-elle. Le musée des mines de fer de Neufchef, qu'elle a contribué à créer, accueille chaque année près de 20 000 visiteurs. Une exposition consacrée aux mineurs italiens y ouvrira le 5 mai, pour six mois.`,
		[]hoGold{
			{"XIXe siècle", "DATE", "18", ""},
			{"1879", "DATE", "1879", ""},
			{"une trentaine d'années", "DURATION", "P30Y", "APPROX"},
			{"les années 1960", "DATE", "196", ""},
			{"1960", "DATE", "1960", ""},
			{"la fin des années 1970", "DATE", "197", "END"},
			{"près de vingt ans", "DURATION", "P20Y", "APPROX"},
			{"le 15 juillet 1997", "DATE", "1997-07-15", ""},
			{"début des années 2000", "DATE", "200", "START"},
			{"quinze ans", "DURATION", "P15Y", ""},
			{"siècle dernier", "DATE", "19", ""},
			{"chaque année", "SET", "P1Y", ""},
			{"le 5 mai", "DATE", "2012-05-05", ""},
			{"six mois", "DURATION", "P6M", ""},
		}},
	{"figaro-proces-faux-tableaux", "2022-09-20", `Faux Corot : le galeriste Bernard Vasseur jugé à l'automne

Le procès s'ouvrira le 12 octobre devant le tribunal correctionnel de Paris. Bernard Vasseur, 67 ans, galeriste installé rue de Seine depuis 1985, comparaîtra pour escroquerie en bande organisée et recel. Il est soupçonné d'avoir écoulé, entre 2009 et 2016, une cinquantaine de toiles faussement attribuées à des peintres de l'école de Barbizon.

Mis en examen en mars 2018, il avait passé quatre mois en détention provisoire avant d'être placé sous contrôle judiciaire. Son ancien associé, un restaurateur belge de 54 ans, a déjà été condamné à 18 mois de prison avec sursis par la justice bruxelloise l'an dernier.

L'enquête avait démarré à la suite de la plainte d'un collectionneur américain qui s'était aperçu, plusieurs années après son achat, que la signature de son Corot avait été ajoutée au XXe siècle. Les experts ont ensuite identifié des pigments inventés dans les années 1950 sur au moins six tableaux censés dater du milieu du XIXe siècle.

« Mon client conteste fermement les faits et le démontrera à l'audience », a déclaré lundi son avocate, Me Hélène Duclos. Le procès doit durer trois semaines ; le jugement pourrait être mis en délibéré jusqu'au début de l'année prochaine. Bernard Vasseur encourt dix ans d'emprisonnement et un million d'euros d'amende.`,
		[]hoGold{
			{"l'automne", "DATE", "2022-FA", ""},
			{"le 12 octobre", "DATE", "2022-10-12", ""},
			{"1985", "DATE", "1985", ""},
			{"2009", "DATE", "2009", ""},
			{"2016", "DATE", "2016", ""},
			{"mars 2018", "DATE", "2018-03", ""},
			{"quatre mois", "DURATION", "P4M", ""},
			{"18 mois", "DURATION", "P18M", ""},
			{"l'an dernier", "DATE", "2021", ""},
			{"plusieurs années", "DURATION", "PXY", ""},
			{"XXe siècle", "DATE", "19", ""},
			{"les années 1950", "DATE", "195", ""},
			{"milieu du XIXe siècle", "DATE", "18", "MID"},
			{"lundi", "DATE", "2022-09-19", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"début de l'année prochaine", "DATE", "2023", "START"},
			{"dix ans", "DURATION", "P10Y", ""},
		}},
	{"afp-mine-bolivie", "2001-07-17", `LA PAZ, 17 juil (AFP) - Au moins 23 mineurs ont été tués lundi dans l'effondrement d'une galerie d'une mine d'étain près de Potosi, dans le sud-ouest de la Bolivie, a annoncé mardi la police.

L'éboulement s'est produit à 10H00 à quelque 300 mètres sous terre, alors qu'une équipe d'une quarantaine d'hommes venait de prendre son poste, selon la coopérative minière Nueva Esperanza. Une heure plus tôt, des mineurs avaient signalé des craquements inquiétants dans la roche.

Les secouristes, qui ont travaillé pendant plus de quinze heures, ont pu dégager 17 survivants, dont quatre grièvement blessés. Les recherches se poursuivaient mardi après-midi pour retrouver au moins trois disparus.

"Nous avons entendu un grondement, puis plus rien. Nous sommes restés six heures dans le noir", a raconté à la radio Erbol l'un des rescapés, Juan Mamani, 31 ans.

Le gouvernement a décrété trois jours de deuil national à partir de mercredi. Le ministre des Mines, qui devait se rendre sur place dans l'après-midi, a promis une enquête.

Les accidents sont fréquents dans les mines coopératives de la région, exploitées depuis l'époque coloniale et où les normes de sécurité sont rarement respectées. En mars 1999, un coup de grisou avait fait 11 morts dans la même zone. Deux jours plus tard, une galerie voisine s'était effondrée, sans faire de victime. La chute des cours de l'étain, de près de 30% en deux ans, pousse les coopératives à creuser toujours plus profond.

pz/lb`,
		[]hoGold{
			{"17 juil", "DATE", "2001-07-17", ""},
			{"lundi", "DATE", "2001-07-16", ""},
			{"mardi", "DATE", "2001-07-17", ""},
			{"10H00", "TIME", "2001-07-16T10:00", ""},
			{"Une heure", "DURATION", "PT1H", ""},
			{"plus de quinze heures", "DURATION", "PT15H", "MORE_THAN"},
			{"mardi après-midi", "TIME", "2001-07-17TAF", ""},
			{"six heures", "DURATION", "PT6H", ""},
			{"trois jours", "DURATION", "P3D", ""},
			{"mercredi", "DATE", "2001-07-18", ""},
			{"l'après-midi", "TIME", "2001-07-17TAF", ""},
			{"mars 1999", "DATE", "1999-03", ""},
			{"Deux jours", "DURATION", "P2D", ""},
			{"deux ans", "DURATION", "P2Y", ""},
		}},
	{"belga-greve-sncb", "2010-03-10", `Grève nationale du rail le lundi 22 mars

Les syndicats de la SNCB ont déposé mercredi un préavis de grève nationale pour le lundi 22 mars, a-t-on appris auprès de la CGSP-Cheminots. Le mouvement débutera la veille au soir. Les cheminots protestent contre le plan de restructuration présenté le mois dernier par la direction, qui prévoit la suppression de 1.200 emplois d'ici 2013. (BELGA)

"Nous avons attendu trois semaines une réponse à nos propositions, en vain", a déclaré Jean-Marc Deprez, secrétaire fédéral du syndicat socialiste. Une réunion de conciliation est prévue vendredi après-midi au SPF Emploi, sous l'égide du conciliateur social. Le ministre de la Mobilité, qui rencontrera les syndicats jeudi, appelle au "sens des responsabilités".

La dernière grève nationale du rail remonte au 7 octobre 2008. Elle avait paralysé le trafic pendant près de 30 heures et perturbé les liaisons internationales, dont le Thalys et l'Eurostar.

Les navetteurs sont invités à consulter quotidiennement le site internet de la SNCB. Selon la direction, un service minimum reste difficilement envisageable dans le cadre légal existant. Le trafic devrait reprendre normalement le mardi 23 mars dès 6h00.`,
		[]hoGold{
			{"le lundi 22 mars", "DATE", "2010-03-22", ""},
			{"mercredi", "DATE", "2010-03-10", ""},
			{"le lundi 22 mars", "DATE", "2010-03-22", ""},
			{"la veille au soir", "TIME", "2010-03-21TEV", ""},
			{"le mois dernier", "DATE", "2010-02", ""},
			{"2013", "DATE", "2013", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"vendredi après-midi", "TIME", "2010-03-12TAF", ""},
			{"jeudi", "DATE", "2010-03-11", ""},
			{"7 octobre 2008", "DATE", "2008-10-07", ""},
			{"près de 30 heures", "DURATION", "PT30H", "APPROX"},
			{"quotidiennement", "SET", "P1D", ""},
			{"le mardi 23 mars", "DATE", "2010-03-23", ""},
			{"6h00", "TIME", "2010-03-23T06:00", ""},
		}},
	{"ats-avalanche-evolene", "2017-01-23", `Un skieur tué par une avalanche au-dessus d'Evolène

Sion (ATS) - Un skieur hors-piste de 34 ans a perdu la vie dimanche dans une avalanche au-dessus d'Evolène (VS). Son compagnon, un Vaudois de 29 ans, a pu être dégagé vivant après environ 20 minutes, a indiqué lundi la police cantonale valaisanne.

Les deux hommes avaient quitté le domaine skiable pour descendre un couloir exposé au nord. L'alerte a été donnée à 11h40 par un témoin. Air-Glaciers et l'Organisation cantonale valaisanne de secours sont intervenus avec deux hélicoptères et un chien d'avalanche. Grièvement blessée, la victime a été héliportée à l'hôpital de Sion, où elle est décédée dans la soirée.

Le danger d'avalanche était marqué (degré 3 sur une échelle de 5) depuis les chutes de neige de jeudi et vendredi. L'Institut pour l'étude de la neige et des avalanches (SLF) appelle à la plus grande prudence pour les prochains jours, le redoux annoncé en milieu de semaine risquant de fragiliser le manteau neigeux.

Depuis le début de l'hiver, onze personnes ont perdu la vie dans des avalanches en Suisse, dont sept en Valais. Durant l'hiver 2015-2016, le SLF avait recensé 23 victimes, soit davantage que la moyenne des vingt dernières années.

La police rappelle que les randonneurs doivent consulter le bulletin d'avalanche, actualisé deux fois par jour.`,
		[]hoGold{
			{"dimanche", "DATE", "2017-01-22", ""},
			{"environ 20 minutes", "DURATION", "PT20M", "APPROX"},
			{"lundi", "DATE", "2017-01-23", ""},
			{"11h40", "TIME", "2017-01-22T11:40", ""},
			{"la soirée", "TIME", "2017-01-22TEV", ""},
			{"jeudi", "DATE", "2017-01-19", ""},
			{"vendredi", "DATE", "2017-01-20", ""},
			{"les prochains jours", "DURATION", "PXD", ""},
			{"milieu de semaine", "DATE", "2017-W04", "MID"},
			{"le début de l'hiver", "DATE", "2016-WI", "START"},
			{"l'hiver 2015-2016", "DATE", "2015-WI", ""},
			{"vingt dernières années", "DURATION", "P20Y", ""},
			{"deux fois par jour", "SET", "P1D", ""},
		}},
	{"pc-panne-metro-montreal", "2023-11-08", `MONTRÉAL — Des dizaines de milliers d'usagers ont été pris au piège mardi matin lorsqu'une panne électrique a paralysé la ligne orange du métro de Montréal pendant près de trois heures.

Le service a été interrompu à 7 h 12 entre les stations Berri-UQAM et Côte-Vertu, selon la Société de transport de Montréal (STM). Il n'a repris graduellement qu'à 10 h 05. Des navettes d'autobus ont été déployées, mais plusieurs usagers ont dû marcher plus d'une heure sous la pluie pour se rendre au travail.

« C'est la troisième fois en deux mois. Je commence à être tannée », a lancé Sophie Tremblay, une infirmière rencontrée à la station Jean-Talon.

La STM a attribué l'incident à un bris d'équipement dans un poste de district, installé dans les années 1970 et dont le remplacement est prévu depuis 2019. La société a indiqué mercredi qu'une enquête interne serait menée et que ses conclusions seraient rendues publiques d'ici la fin de l'année.

Le ministre des Transports doit rencontrer la direction de la STM lundi prochain. L'opposition officielle réclame pour sa part la tenue d'une commission parlementaire dès cet hiver.

Depuis janvier, la ligne orange a connu 47 interruptions de service de plus de dix minutes, contre 31 pour la même période l'an dernier.`,
		[]hoGold{
			{"mardi matin", "TIME", "2023-11-07TMO", ""},
			{"près de trois heures", "DURATION", "PT3H", "APPROX"},
			{"7 h 12", "TIME", "2023-11-07T07:12", ""},
			{"10 h 05", "TIME", "2023-11-07T10:05", ""},
			{"plus d'une heure", "DURATION", "PT1H", "MORE_THAN"},
			{"deux mois", "DURATION", "P2M", ""},
			{"les années 1970", "DATE", "197", ""},
			{"2019", "DATE", "2019", ""},
			{"mercredi", "DATE", "2023-11-08", ""},
			{"la fin de l'année", "DATE", "2023", "END"},
			{"lundi prochain", "DATE", "2023-11-13", ""},
			{"cet hiver", "DATE", "2023-WI", ""},
			{"janvier", "DATE", "2023-01", ""},
			{"plus de dix minutes", "DURATION", "PT10M", "MORE_THAN"},
			{"l'an dernier", "DATE", "2022", ""},
		}},
	{"quotidien-locales-mbour-notimex", "2014-07-02", `Locales à Mbour : la coalition Benno Bokk Yakaar rafle 31 sièges sur 46

Les résultats provisoires proclamés par la commission départementale de recensement des votes donnent une large avance à la liste de la mouvance présidentielle dans la commune de Mbour. Sur 61 384 inscrits, 28 207 électeurs se sont rendus aux urnes, soit un taux de participation de 45,95 %.

La liste conduite par le maire sortant, 58 ans, obtient 14 812 voix (53,17 %), contre 9 337 voix (33,52 %) pour la coalition Taxawu Mbour. Arrivée troisième, la liste And Suxali Mbour totalise 2 019 voix, soit 7,25 %. Les cinq autres listes se partagent les 1 689 suffrages restants. On dénombre par ailleurs 350 bulletins nuls.

Au bureau de vote n°12 de l'école Médina-Sud, située au 1964 de l'avenue Demba Diop, la liste Taxawu l'emporte de justesse avec 312 voix contre 309. « Trois voix d'écart, ce n'est rien du tout. Nous allons déposer un recours », a réagi son mandataire, un enseignant de 44 ans.

Selon la répartition à la proportionnelle et au scrutin majoritaire, la mouvance présidentielle disposera de 31 conseillers, Taxawu Mbour de 11 et And Suxali de 4. Les frais de campagne déclarés par les trois principales listes s'élèvent respectivement à 18 500 000, 9 750 000 et 2 300 000 francs CFA.

Le nouveau conseil municipal, qui compte 23 femmes sur 46 élus en application de la loi sur la parité, devra élire le maire et ses 6 adjoints. La coalition majoritaire avance le nom de sa tête de liste, arrivée en tête dans 98 des 142 bureaux de la commune.`,
		nil},
	{"lematin-basket-sale-notimex", "2005-02-15", `Basket – Division Excellence : l'AS Salé domine le FUS 88 à 74

L'AS Salé a confirmé son statut de leader en s'imposant largement face au FUS de Rabat (88-74), devant 3 200 spectateurs réunis à la salle Ibn Yassine. Les Slaouis, qui menaient déjà 47-35 à la pause, ont fait la différence grâce à leur adresse à trois points : 12 réussites sur 27 tentatives.

Le meneur Mustapha Khalfi, 24 ans, a été le grand artisan du succès avec 26 points, 7 rebonds et 9 passes décisives. L'intérieur américain Darnell Jones, 31 ans et 2,08 m, a ajouté 19 points et 11 rebonds. « On savait que le FUS était dangereux. On a su rester concentrés en défense », a déclaré l'entraîneur de l'ASS.

Côté rbati, seul le pivot Youssef Bennani (22 points) a surnagé. Son équipe a perdu 21 ballons, contre 9 pour Salé, et n'a converti que 14 de ses 25 lancers francs.

Au classement, l'AS Salé compte 34 points en 18 matches, avec 16 victoires et 2 défaites, devant le Wydad (31 pts) et le MAS de Fès (30 pts). Le FUS recule à la sixième place avec 27 points.

Les dirigeants slaouis revendiquent une affluence record sur l'ensemble de la phase aller, avec 41 560 billets vendus au prix moyen de 30 dirhams. Le club, dont le siège se trouve au 2018, boulevard Hassan II, envisage d'agrandir sa salle de 1 500 places supplémentaires.`,
		nil},
	{"elwatan-olives-tizi-ouzou", "2026-01-14", `Tizi Ouzou : une campagne oléicole en demi-teinte

La cueillette des olives tire à sa fin dans la wilaya de Tizi Ouzou. Entamée début novembre, elle devrait s'achever d'ici la fin janvier dans la plupart des villages de montagne. Selon la direction des services agricoles (DSA), la production d'huile d'olive est estimée à 14 millions de litres, contre 18 millions lors de la précédente campagne.

Le manque de pluie durant le printemps et les fortes chaleurs de l'été dernier ont réduit le rendement des oliveraies, notamment dans les daïras de Larbaâ Nath Irathen et d'Aïn El Hammam. « Depuis trois ans, la sécheresse nous frappe de plein fouet. Certains arbres n'ont rien donné », témoigne Mohand, 63 ans, propriétaire d'une centaine d'oliviers à Beni Douala.

Dans les huileries, pourtant, l'activité ne faiblit pas. À Taourirt Moussa, l'huilerie de la famille Aït Ahmed tourne sans interruption depuis le 20 décembre. Le litre d'huile s'y négocie actuellement entre 1200 et 1400 DA, un niveau jamais atteint. « Il y a dix ans, on le vendait à 500 DA », rappelle le gérant.

Un salon régional de l'huile d'olive s'ouvrira le jeudi 22 janvier, pour quatre jours, à la maison de la culture Mouloud-Mammeri. Ses organisateurs, qui le tiennent deux fois par an depuis 2018, attendent une soixantaine d'exposants. La DSA prévoit par ailleurs de distribuer 40 000 plants d'oliviers aux agriculteurs au mois de mars.`,
		[]hoGold{
			{"début novembre", "DATE", "2025-11", "START"},
			{"la fin janvier", "DATE", "2026-01", "END"},
			{"le printemps", "DATE", "2025-SP", ""},
			{"l'été dernier", "DATE", "2025-SU", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"le 20 décembre", "DATE", "2025-12-20", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"Il y a dix ans", "DATE", "2016", ""},
			{"le jeudi 22 janvier", "DATE", "2026-01-22", ""},
			{"quatre jours", "DURATION", "P4D", ""},
			{"deux fois par an", "SET", "P1Y", ""},
			{"2018", "DATE", "2018", ""},
			{"mois de mars", "DATE", "2026-03", ""},
		}},
}

func TestFrenchHeldOut12(t *testing.T) { guardHeldOut(t, "French 12", frHeldOut12, "fr", 0.90) }
