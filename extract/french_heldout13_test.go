package extract

import "testing"

// frHeldOut13 is a blind held-out evaluation set of 16 invented but realistic
// French-language news articles (150-300 words each), each with its own
// document creation time (DCT). The copy imitates the house styles of AFP
// (political and sports wires with a "PARIS (AFP) -" dateline), Reuters'
// French service (company results with a dated "PARIS, 21 octobre
// (Reuters) -" dateline), Le Monde (an international crisis told over several
// days), Le Figaro (a corruption trial), Libération (a theatre review),
// Ouest-France (a storm in Brittany), Le Parisien (a building fire), France 24
// (drought and climate), RFI (local elections in Mali), RTBF (a Belgian rail
// strike), Radio-Canada (emergency-room waits, with Quebec usage such as "la
// fin de semaine"), Le Temps (Swiss watch exports) and Jeune Afrique (a
// telecoms licence). Two articles (a basketball report and a by-election
// tally) are number-heavy, with scores, tallies, prices, ages, street numbers
// and year-like numbers ("2 019 voix", "1 998 maillots"), and contain no
// temporal expression at all.
//
// The gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 and the French TimeBank
// (ISO-TimeML) conventions: spans keep determiners and modifiers ("la
// semaine prochaine", "le début de la semaine", "près de six ans") but not
// leading prepositions ("en", "depuis", "pendant", "dès", "à", and the "au"/"du"
// contractions, so "au troisième trimestre" is tagged "troisième trimestre");
// "N jours plus tard", "N ans après" and "un an plus tôt" are DURATIONs on the
// "N unit" part only; "il y a N ans" is a DATE spanning the whole phrase and
// resolved against the DCT; "le lendemain", "la veille" and "ce jour-là"
// resolve against the date last narrated; bare weekdays resolve to the most
// recent past occurrence (past tense) or the next one (future), never the
// DCT itself, which the copy names as "ce mardi" etc.; parts of the day are
// TIME values (TMO/TAF/TEV); "actuellement" is PRESENT_REF and "récemment"
// PAST_REF; vague spans such as "les prochains jours" are PXD-style
// DURATIONs. Ages, scores, street names containing a date ("rue du
// 19-Mars-1962", "avenue du 8-Mai-1945") and the generic "le temps" are not
// tagged. Every relative value was computed with Python's datetime.
//
// The set was written without reading the tagger's source, tests, data or
// documentation.
//
// First run, on the committed tagger (38480d4) before any fix it prompted:
// relaxed F1 0.983, value accuracy 0.970, value F1 0.953.
var frHeldOut13 = []hoCase{
	{"afp-conseil-fonction-publique", "2019-01-24", `PARIS (AFP) - Le gouvernement a présenté mercredi en conseil des ministres son projet de loi de transformation de la fonction publique, qui sera examiné en commission à l'Assemblée nationale dès la semaine prochaine, a indiqué le secrétaire d'État chargé du dossier.

« Ce texte est attendu depuis plus de dix ans par les agents comme par les employeurs publics », a-t-il affirmé lors d'un point presse, en promettant un calendrier de concertation bouclé « d'ici à la fin du mois ».

Le projet prévoit notamment d'élargir le recours aux contractuels et de fusionner plusieurs instances de dialogue social. Reçus au ministère le 10 janvier, les syndicats dénoncent une « réforme à marche forcée » et appellent à une journée de mobilisation le 5 février.

« On nous a consultés pendant trois semaines, alors que la concertation devait durer jusqu'en avril », regrette la secrétaire générale d'une fédération de fonctionnaires, jointe par l'AFP.

L'exécutif, qui avait déjà reporté l'examen du texte à deux reprises l'an dernier, espère une adoption définitive avant l'été. Selon Bercy, quelque 5,4 millions d'agents sont concernés, dont 1,2 million dans la fonction publique hospitalière.

Le Premier ministre doit recevoir de nouveau les représentants syndicaux lundi, a précisé Matignon. Actuellement, près d'un agent public sur cinq est contractuel, une proportion en hausse constante.`,
		[]hoGold{
			{"mercredi", "DATE", "2019-01-23", ""},
			{"la semaine prochaine", "DATE", "2019-W05", ""},
			{"plus de dix ans", "DURATION", "P10Y", "MORE_THAN"},
			{"la fin du mois", "DATE", "2019-01", "END"},
			{"le 10 janvier", "DATE", "2019-01-10", ""},
			{"le 5 février", "DATE", "2019-02-05", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"avril", "DATE", "2019-04", ""},
			{"l'an dernier", "DATE", "2018", ""},
			{"l'été", "DATE", "2019-SU", ""},
			{"lundi", "DATE", "2019-01-28", ""},
			{"Actuellement", "DATE", "PRESENT_REF", ""},
		}},
	{"reuters-distributeur-t3", "2021-10-21", `PARIS, 21 octobre (Reuters) - Le distributeur Castelmont a annoncé une hausse de 4,2 % de son chiffre d'affaires au troisième trimestre, porté par ses magasins de proximité et par le retour des touristes étrangers dans les grandes villes françaises.

Les ventes ont atteint 8,7 milliards d'euros, contre 8,35 milliards un an plus tôt, un chiffre supérieur au consensus établi par Refinitiv, qui tablait sur 8,6 milliards.

Sur les neuf premiers mois, le chiffre d'affaires du groupe progresse de 3,1 % à 25,4 milliards d'euros, après un recul de 2 % sur l'ensemble de l'an dernier, marqué par les confinements.

"Le quatrième trimestre sera exigeant, avec des prix de l'énergie et du transport qui ont fortement augmenté depuis le début de l'année", a déclaré le directeur financier, Marc Olivieri, lors d'une conférence téléphonique avec les analystes.

Le groupe a néanmoins confirmé son objectif d'une marge opérationnelle stable en 2021 et dit rester en discussions pour la cession de 150 supermarchés, annoncée en juillet.

À la Bourse de Paris, l'action Castelmont gagnait 2,3 % à 10h15, dans un indice SBF 120 en hausse de 0,4 %. Le titre a perdu 11 % depuis le 1er janvier.

Le distributeur publiera ses résultats annuels le 24 février. Plusieurs analystes s'attendent à de nouvelles fermetures de magasins dans les prochains mois.

(Reportage Claire Dumas, édité par Jean-Michel Bélot)`,
		[]hoGold{
			{"21 octobre", "DATE", "2021-10-21", ""},
			{"troisième trimestre", "DATE", "2021-Q3", ""},
			{"un an", "DURATION", "P1Y", ""},
			{"les neuf premiers mois", "DURATION", "P9M", ""},
			{"l'an dernier", "DATE", "2020", ""},
			{"Le quatrième trimestre", "DATE", "2021-Q4", ""},
			{"le début de l'année", "DATE", "2021", "START"},
			{"2021", "DATE", "2021", ""},
			{"juillet", "DATE", "2021-07", ""},
			{"10h15", "TIME", "2021-10-21T10:15", ""},
			{"le 1er janvier", "DATE", "2021-01-01", ""},
			{"le 24 février", "DATE", "2022-02-24", ""},
			{"les prochains mois", "DURATION", "PXM", ""},
		}},
	{"lemonde-kirghizistan-crise", "2023-03-14", `Au Kirghizistan, le président sacrifie son premier ministre après une semaine de manifestations

Le président kirghiz, Almazbek Sadykov, a limogé son premier ministre lundi soir, au terme d'une semaine de manifestations qui ont fait au moins quatre morts à Bichkek, la capitale. La décision, annoncée dans un bref communiqué de la présidence, n'a pas suffi à vider les rues.

Tout avait commencé le dimanche 5 mars, lorsque la commission électorale a proclamé la victoire écrasante du parti présidentiel aux élections législatives. Dès le soir, plusieurs milliers de personnes s'étaient rassemblées devant la Maison blanche, le siège du pouvoir. Le lendemain, la police a dispersé la foule à coups de gaz lacrymogène et procédé à plus de 200 interpellations.

Deux jours plus tard, l'opposition, qui dénonce des fraudes massives, a appelé à la grève générale. Les premiers affrontements meurtriers ont éclaté dans la foulée. Jeudi, Moscou, principal allié de Bichkek, a appelé « toutes les parties à la retenue ».

Depuis le début de la semaine, plusieurs centaines de manifestants occupent sans interruption la place Ala-Too. « Nous resterons ici tant que le président ne sera pas parti », lance Aïbek, un étudiant de 22 ans, enroulé dans une couverture.

Le pays d'Asie centrale, indépendant depuis 1991, a déjà connu trois soulèvements ayant renversé le pouvoir, en 2005, en 2010 et en 2020. Ce mardi matin, le nouveau chef du gouvernement a promis l'organisation d'un nouveau scrutin « dans les six mois ». L'opposition, elle, exige une date avant la fin de l'été.`,
		[]hoGold{
			{"une semaine", "DURATION", "P1W", ""},
			{"lundi soir", "TIME", "2023-03-13TEV", ""},
			{"une semaine", "DURATION", "P1W", ""},
			{"le dimanche 5 mars", "DATE", "2023-03-05", ""},
			{"le soir", "TIME", "2023-03-05TEV", ""},
			{"Le lendemain", "DATE", "2023-03-06", ""},
			{"Deux jours", "DURATION", "P2D", ""},
			{"Jeudi", "DATE", "2023-03-09", ""},
			{"le début de la semaine", "DATE", "2023-W11", "START"},
			{"1991", "DATE", "1991", ""},
			{"2005", "DATE", "2005", ""},
			{"2010", "DATE", "2010", ""},
			{"2020", "DATE", "2020", ""},
			{"Ce mardi matin", "TIME", "2023-03-14TMO", ""},
			{"les six mois", "DURATION", "P6M", ""},
			{"la fin de l'été", "DATE", "2023-SU", "END"},
		}},
	{"figaro-proces-maire", "2017-11-29", `Détournement de fonds : l'ancien maire de Saint-Aurel face à ses juges

Le procès de Bernard Lacombe, ancien maire (LR) de Saint-Aurel (Bouches-du-Rhône), s'est ouvert lundi devant le tribunal correctionnel de Marseille. L'élu, âgé de 67 ans, est soupçonné d'avoir détourné près de 800 000 euros d'argent public entre 2008 et 2014, notamment au profit d'une association présidée par son épouse.

L'enquête avait été ouverte en mars 2015, après un signalement de la chambre régionale des comptes. Pendant près de six ans, selon l'accusation, la commune a versé des subventions pour des manifestations culturelles qui n'ont jamais eu lieu.

Hier après-midi, l'ancien édile s'est longuement expliqué à la barre. « Je n'ai jamais rien caché, tout passait en conseil municipal », a-t-il assuré, costume sombre et voix posée. Le président du tribunal lui a alors rappelé la perquisition du 12 juin 2014. Ce jour-là, les enquêteurs avaient découvert dans son bureau des factures vierges portant le tampon de l'association.

Son ancien directeur général des services, 52 ans, jugé à ses côtés, a reconnu avoir « obéi aux consignes » sans poser de questions. Le parquet a requis mardi soir une peine de prison avec sursis, 50 000 euros d'amende et cinq ans d'inéligibilité à l'encontre de l'ancien maire.

Ce mercredi, la défense doit plaider la relaxe, en soulignant que les comptes de la commune ont été approuvés chaque année par le conseil municipal. Le jugement devrait être mis en délibéré au 15 janvier.`,
		[]hoGold{
			{"lundi", "DATE", "2017-11-27", ""},
			{"2008", "DATE", "2008", ""},
			{"2014", "DATE", "2014", ""},
			{"mars 2015", "DATE", "2015-03", ""},
			{"près de six ans", "DURATION", "P6Y", "APPROX"},
			{"Hier après-midi", "TIME", "2017-11-28TAF", ""},
			{"12 juin 2014", "DATE", "2014-06-12", ""},
			{"Ce jour-là", "DATE", "2014-06-12", ""},
			{"mardi soir", "TIME", "2017-11-28TEV", ""},
			{"cinq ans", "DURATION", "P5Y", ""},
			{"Ce mercredi", "DATE", "2017-11-29", ""},
			{"chaque année", "SET", "P1Y", ""},
			{"15 janvier", "DATE", "2018-01-15", ""},
		}},
	{"liberation-theatre-kreuzberg", "2024-07-05", `Théâtre : « Les Nuits de Kreuzberg », trois heures d'insomnie berlinoise

Il faut s'accrocher, mais le voyage vaut la peine. Créée en 2019 à Lausanne et reprise jusqu'au 21 juillet au théâtre de la Bastille, à Paris, la pièce de la metteuse en scène suisse Lena Amsler plonge le spectateur dans le Berlin-Ouest de l'hiver 1983, entre squats, punk et paranoïa.

Pendant trois heures sans entracte, huit comédiens font revivre une colocation d'étudiants qui se déchire autour d'un projet de journal clandestin. Les scènes s'enchaînent au rythme d'une bande-son signée par un ancien membre des Einstürzende Neubauten, jouée en direct chaque soir.

« J'ai grandi avec les récits de ma mère, qui a vécu là-bas pendant quatre ans », confiait la metteuse en scène le mois dernier, lors d'une rencontre avec le public. Ce passé intime affleure dans les meilleurs moments du spectacle, notamment un long monologue d'une beauté sidérante.

Samedi soir, la salle comble a réservé une ovation de près de dix minutes à la troupe. Tout n'est pas abouti : la deuxième partie s'étire, et certains personnages restent à l'état d'esquisse. Mais on sort de là avec le sentiment rare d'avoir traversé une époque.

La compagnie partira en tournée à l'automne, avec des dates à Lyon, Rennes et Bruxelles, avant une reprise à Genève l'an prochain.`,
		[]hoGold{
			{"trois heures", "DURATION", "PT3H", ""},
			{"2019", "DATE", "2019", ""},
			{"21 juillet", "DATE", "2024-07-21", ""},
			{"l'hiver 1983", "DATE", "1983-WI", ""},
			{"trois heures", "DURATION", "PT3H", ""},
			{"chaque soir", "SET", "XXXX-XX-XXTEV", ""},
			{"quatre ans", "DURATION", "P4Y", ""},
			{"le mois dernier", "DATE", "2024-06", ""},
			{"Samedi soir", "TIME", "2024-06-29TEV", ""},
			{"près de dix minutes", "DURATION", "PT10M", "APPROX"},
			{"l'automne", "DATE", "2024-FA", ""},
			{"l'an prochain", "DATE", "2025", ""},
		}},
	{"ouestfrance-tempete-finistere", "2020-12-28", `Tempête dans le Finistère : des milliers de foyers toujours privés d'électricité

Des rafales à 146 km/h relevées à la pointe du Raz, des arbres couchés sur les routes et des toitures arrachées : la tempête a balayé le Finistère dimanche soir, provoquant d'importants dégâts sur le littoral.

Ce lundi matin, près de 35 000 foyers étaient toujours privés d'électricité dans le département, selon Enedis, qui a mobilisé 400 techniciens venus de toute la Bretagne. À 6 h 30, la préfecture faisait état d'une quarantaine d'interventions des pompiers, principalement pour des chutes d'arbres. À Quimper, un chêne centenaire s'est effondré rue du 19-Mars-1962, écrasant deux voitures en stationnement.

Météo-France avait placé le Finistère et les Côtes-d'Armor en vigilance orange dès samedi. « Je n'avais pas vu ça depuis l'ouragan de 1987 », témoigne Jean-Yves, 71 ans, ostréiculteur à Riec-sur-Bélon, dont les parcs ont été en partie emportés.

À Brest, la circulation sur le pont de l'Iroise a été interrompue pendant environ deux heures par mesure de sécurité. Les liaisons maritimes vers Ouessant et Molène restent suspendues.

Les vents devraient faiblir dans l'après-midi, mais une nouvelle dépression est attendue mercredi, avec de fortes pluies sur l'ouest de la Bretagne. Les autorités appellent les habitants à la plus grande prudence pour les prochains jours et déconseillent toute promenade sur le littoral.`,
		[]hoGold{
			{"dimanche soir", "TIME", "2020-12-27TEV", ""},
			{"Ce lundi matin", "TIME", "2020-12-28TMO", ""},
			{"6 h 30", "TIME", "2020-12-28T06:30", ""},
			{"samedi", "DATE", "2020-12-26", ""},
			{"1987", "DATE", "1987", ""},
			{"environ deux heures", "DURATION", "PT2H", "APPROX"},
			{"l'après-midi", "TIME", "2020-12-28TAF", ""},
			{"mercredi", "DATE", "2020-12-30", ""},
			{"les prochains jours", "DURATION", "PXD", ""},
		}},
	{"parisien-incendie-sarcelles", "2018-05-16", `Sarcelles : un incendie ravage un immeuble, deux blessés graves

Il était environ 3 h 40, ce mercredi, lorsque les premiers appels sont parvenus aux pompiers. Un violent incendie s'est déclaré au troisième étage d'un immeuble de la résidence des Tilleuls, au 12, avenue du 8-Mai-1945, à Sarcelles (Val-d'Oise).

Une soixantaine de sapeurs-pompiers ont été mobilisés et ont maîtrisé le feu en un peu plus d'une heure. Un homme de 44 ans, intoxiqué par les fumées, et une fillette de 6 ans, brûlée aux mains, ont été transportés dans un état grave à l'hôpital Necker, à Paris. Quatorze autres personnes ont été légèrement blessées.

« J'ai entendu des cris, puis j'ai vu la fumée noire dans la cage d'escalier. On est descendus par le balcon avec les voisins », raconte Samira, qui habite au deuxième. « Ça fait vingt ans que je vis ici, je n'avais jamais eu aussi peur. »

Construit dans les années 1960, le bâtiment de six étages faisait l'objet d'un plan de rénovation. En janvier, un feu de cave s'y était déjà déclaré, sans faire de victime. Les locataires dénoncent régulièrement des parties communes encombrées et des extincteurs hors d'usage.

Une enquête a été ouverte par le parquet de Pontoise pour déterminer l'origine du sinistre. Dans la matinée, le maire s'est rendu sur place et a annoncé la tenue d'une réunion publique avec le bailleur vendredi. Les 23 familles évacuées ont été relogées provisoirement dans un gymnase voisin.`,
		[]hoGold{
			{"environ 3 h 40", "TIME", "2018-05-16T03:40", "APPROX"},
			{"ce mercredi", "DATE", "2018-05-16", ""},
			{"un peu plus d'une heure", "DURATION", "PT1H", "MORE_THAN"},
			{"vingt ans", "DURATION", "P20Y", ""},
			{"les années 1960", "DATE", "196", ""},
			{"janvier", "DATE", "2018-01", ""},
			{"la matinée", "TIME", "2018-05-16TMO", ""},
			{"vendredi", "DATE", "2018-05-18", ""},
		}},
	{"france24-secheresse", "2022-08-05", `Sécheresse : la France active une cellule de crise, plus de 100 communes privées d'eau potable

Le gouvernement a activé ce vendredi une cellule interministérielle de crise face à une sécheresse « historique », alors que plus d'une centaine de communes ne sont plus alimentées en eau potable que par camions-citernes.

Selon Météo-France, le mois de juillet a été le plus sec jamais enregistré depuis le début des relevés, en 1959, avec un déficit de pluie de 84 % par rapport à la normale. Jeudi, 93 départements sur 96 en métropole faisaient l'objet de restrictions d'usage de l'eau.

« La situation est actuellement la plus grave que nous ayons connue », a déclaré la Première ministre lors d'un déplacement dans la Drôme, où certaines rivières sont à sec depuis près de trois mois.

Les agriculteurs, qui avaient déjà subi des pertes importantes lors de l'été 2019, redoutent de nouvelles baisses de rendement pour le maïs et le tournesol. Une nouvelle vague de chaleur est attendue la semaine prochaine, avec des températures pouvant dépasser 40 °C dans le Sud-Ouest.

Les scientifiques rappellent que ces épisodes se sont multipliés ces dernières années sous l'effet du réchauffement climatique. D'ici à 2050, les débits d'étiage des cours d'eau pourraient baisser de 10 % à 40 %, selon une étude publiée en 2021.

Aucune amélioration durable n'est prévue avant la mi-août, estime Météo-France, qui appelle à limiter les usages non essentiels.`,
		[]hoGold{
			{"ce vendredi", "DATE", "2022-08-05", ""},
			{"le mois de juillet", "DATE", "2022-07", ""},
			{"1959", "DATE", "1959", ""},
			{"Jeudi", "DATE", "2022-08-04", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"près de trois mois", "DURATION", "P3M", "APPROX"},
			{"l'été 2019", "DATE", "2019-SU", ""},
			{"la semaine prochaine", "DATE", "2022-W32", ""},
			{"ces dernières années", "DURATION", "PXY", ""},
			{"2050", "DATE", "2050", ""},
			{"2021", "DATE", "2021", ""},
			{"la mi-août", "DATE", "2022-08", "MID"},
		}},
	{"rfi-mali-communales", "2016-12-03", `Mali : la majorité présidentielle en tête des communales, l'opposition crie à la fraude

Au Mali, les résultats provisoires des élections communales du 20 novembre ont été publiés jeudi soir par le ministère de l'Administration territoriale, près de deux semaines après le vote. La veille, l'opposition avait déjà dénoncé des « irrégularités massives » dans plusieurs cercles de la région de Ségou.

Selon ces chiffres, le Rassemblement pour le Mali (RPM), le parti du président, arrive en tête dans 227 communes sur les 685 où le scrutin a pu se tenir. L'Union pour la république et la démocratie (URD), principal parti d'opposition, en remporte 96.

Hier, lors d'une conférence de presse à Bamako, les responsables de l'opposition ont annoncé leur intention de saisir la justice. « Nous attendons ces élections depuis 2014, ce n'est pas pour accepter des résultats fabriqués », a déclaré l'un d'eux à RFI.

Les recours peuvent être déposés pendant cinq jours auprès des tribunaux administratifs, qui doivent se prononcer avant la fin de l'année. Dans le centre et le nord du pays, le vote n'a pas pu avoir lieu dans une cinquantaine de communes en raison de l'insécurité.

Ce samedi, la mission d'observation de l'Union africaine doit rendre public son rapport définitif. Ces élections étaient considérées comme un test avant la présidentielle de 2018.`,
		[]hoGold{
			{"20 novembre", "DATE", "2016-11-20", ""},
			{"jeudi soir", "TIME", "2016-12-01TEV", ""},
			{"près de deux semaines", "DURATION", "P2W", "APPROX"},
			{"La veille", "DATE", "2016-11-30", ""},
			{"Hier", "DATE", "2016-12-02", ""},
			{"2014", "DATE", "2014", ""},
			{"cinq jours", "DURATION", "P5D", ""},
			{"la fin de l'année", "DATE", "2016", "END"},
			{"Ce samedi", "DATE", "2016-12-03", ""},
			{"2018", "DATE", "2018", ""},
		}},
	{"rtbf-greve-sncb", "2005-03-15", `Grève à la SNCB : un train sur trois en circulation ce mardi

Le trafic ferroviaire est fortement perturbé ce mardi sur l'ensemble du réseau belge. Les cheminots ont entamé lundi soir, à partir de 22 heures, une grève de 24 heures à l'appel du front commun syndical, pour protester contre le projet de restructuration de la SNCB.

Selon la direction, seul un train sur trois circulait aujourd'hui en Wallonie, et à peine la moitié en Flandre. Les trains internationaux Thalys et Eurostar n'étaient pas concernés. La gare de Bruxelles-Midi était presque déserte.

Les syndicats dénoncent la suppression de 3 000 emplois sur les trois prochaines années. « Depuis le mois de janvier, on nous promet une concertation qui n'arrive jamais », explique un délégué CGSP rencontré à Namur.

Jeudi dernier, le ministre de la Mobilité avait pourtant reçu les représentants des cheminots pendant plus de quatre heures, sans parvenir à un compromis. La réforme prévoit la scission de la société en trois entités, comme l'exige une directive européenne adoptée en 2004.

Le trafic devrait reprendre normalement mercredi 6 heures, mais la direction prévient que des perturbations restent possibles en matinée. Une nouvelle réunion est prévue la semaine prochaine au cabinet du ministre, selon nos informations.`,
		[]hoGold{
			{"ce mardi", "DATE", "2005-03-15", ""},
			{"ce mardi", "DATE", "2005-03-15", ""},
			{"lundi soir", "TIME", "2005-03-14TEV", ""},
			{"22 heures", "TIME", "2005-03-14T22:00", ""},
			{"24 heures", "DURATION", "PT24H", ""},
			{"aujourd'hui", "DATE", "2005-03-15", ""},
			{"les trois prochaines années", "DURATION", "P3Y", ""},
			{"le mois de janvier", "DATE", "2005-01", ""},
			{"Jeudi dernier", "DATE", "2005-03-10", ""},
			{"plus de quatre heures", "DURATION", "PT4H", "MORE_THAN"},
			{"2004", "DATE", "2004", ""},
			{"mercredi 6 heures", "TIME", "2005-03-16T06:00", ""},
			{"matinée", "TIME", "2005-03-16TMO", ""},
			{"la semaine prochaine", "DATE", "2005-W12", ""},
		}},
	{"radiocanada-urgences", "2011-04-12", `Urgences : l'attente sur civière dépasse encore 17 heures au Québec

Malgré les promesses du gouvernement, les patients qui se présentent aux urgences du Québec attendent toujours en moyenne plus de 17 heures sur une civière, selon un rapport du Commissaire à la santé et au bien-être rendu public ce matin.

La situation s'est même légèrement détériorée par rapport à l'an dernier, alors que l'attente moyenne était de 16 heures. Il y a cinq ans, le ministère s'était pourtant fixé une cible de 12 heures d'ici 2010.

À l'Hôpital Charles-LeMoyne, à Longueuil, une femme de 82 ans a attendu 48 heures sur une civière la fin de semaine dernière, selon sa fille, qui a porté plainte. « Chaque jour, on voit des aînés dormir dans les corridors », déplore une infirmière, qui a requis l'anonymat.

Le ministre de la Santé, qui avait promis l'automne dernier l'ouverture de 300 lits supplémentaires, a reconnu hier que les résultats « ne sont pas au rendez-vous ». Il assure que de nouvelles mesures seront annoncées dans les prochaines semaines.

Pour la Fédération des médecins spécialistes, le problème est connu depuis plus de 20 ans. Les urgentologues réclament notamment un meilleur accès aux médecins de famille : actuellement, près d'un Québécois sur quatre n'en a pas.`,
		[]hoGold{
			{"17 heures", "DURATION", "PT17H", ""},
			{"plus de 17 heures", "DURATION", "PT17H", "MORE_THAN"},
			{"ce matin", "TIME", "2011-04-12TMO", ""},
			{"l'an dernier", "DATE", "2010", ""},
			{"16 heures", "DURATION", "PT16H", ""},
			{"Il y a cinq ans", "DATE", "2006", ""},
			{"12 heures", "DURATION", "PT12H", ""},
			{"2010", "DATE", "2010", ""},
			{"48 heures", "DURATION", "PT48H", ""},
			{"la fin de semaine dernière", "DATE", "2011-W14-WE", ""},
			{"Chaque jour", "SET", "P1D", ""},
			{"l'automne dernier", "DATE", "2010-FA", ""},
			{"hier", "DATE", "2011-04-11", ""},
			{"les prochaines semaines", "DURATION", "PXW", ""},
			{"plus de 20 ans", "DURATION", "P20Y", "MORE_THAN"},
			{"actuellement", "DATE", "PRESENT_REF", ""},
		}},
	{"letemps-horlogerie-semestre", "2025-07-22", `Les exportations horlogères suisses reculent au premier semestre

Les exportations horlogères suisses ont reculé de 3,1 % au premier semestre, à 12,6 milliards de francs, a annoncé ce mardi la Fédération de l'industrie horlogère suisse (FH). Le mois de juin a été particulièrement difficile, avec une baisse de 9,4 % par rapport à juin 2024.

Les Etats-Unis, premier débouché de la branche, ont pesé sur le bilan. Après un bond spectaculaire en avril, lorsque les importateurs américains ont constitué des stocks en prévision de nouveaux droits de douane, les livraisons vers ce marché se sont effondrées en mai et en juin.

La Chine poursuit sa glissade : sur les douze derniers mois, les exportations vers le marché chinois ont chuté de près d'un quart. « Nous n'avions pas connu une telle faiblesse depuis le choc du franc fort de 2015 », relève un analyste de la banque Vontobel, basé à Zurich.

Les grandes marques du luxe résistent mieux que le milieu de gamme, qui souffre à la fois de la force du franc et de la concurrence des montres connectées. Plusieurs sous-traitants de l'Arc jurassien ont déjà introduit le chômage partiel depuis le début de l'année.

La FH ne s'attend pas à une embellie au second semestre. « Les prochains mois resteront volatils », prévient son président, qui rappelle que la branche avait surmonté la crise du quartz dans les années 1970 au prix de dizaines de milliers d'emplois.`,
		[]hoGold{
			{"premier semestre", "DATE", "2025-H1", ""},
			{"premier semestre", "DATE", "2025-H1", ""},
			{"ce mardi", "DATE", "2025-07-22", ""},
			{"Le mois de juin", "DATE", "2025-06", ""},
			{"juin 2024", "DATE", "2024-06", ""},
			{"avril", "DATE", "2025-04", ""},
			{"mai", "DATE", "2025-05", ""},
			{"juin", "DATE", "2025-06", ""},
			{"les douze derniers mois", "DURATION", "P12M", ""},
			{"2015", "DATE", "2015", ""},
			{"le début de l'année", "DATE", "2025", "START"},
			{"second semestre", "DATE", "2025-H2", ""},
			{"Les prochains mois", "DURATION", "PXM", ""},
			{"les années 1970", "DATE", "197", ""},
		}},
	{"jeuneafrique-licence-3g", "2009-06-18", `Télécoms : Sahelcom décroche une licence 3G en Côte d'Ivoire

L'opérateur sénégalais Sahelcom a obtenu lundi une licence de téléphonie mobile de troisième génération en Côte d'Ivoire, pour un montant de 45 milliards de F CFA. La licence, valable quinze ans, lui permettra de lancer ses premiers services de données mobiles à Abidjan d'ici à fin 2010.

« C'est une étape décisive dans notre stratégie régionale », a déclaré mardi son directeur général, Ousmane Ba, lors d'une cérémonie organisée au Plateau, le quartier des affaires d'Abidjan. Dix ans après son lancement à Dakar, en 1999, le groupe revendique 9,3 millions d'abonnés dans cinq pays d'Afrique de l'Ouest.

Au premier trimestre 2009, son chiffre d'affaires a progressé de 14 %, à 118 milliards de F CFA, malgré la guerre des prix que se livrent les opérateurs de la sous-région. Sur les dix dernières années, le nombre d'abonnés au mobile a été multiplié par vingt en Afrique de l'Ouest francophone.

Le groupe, qui a récemment ouvert son capital à un fonds d'investissement sud-africain, envisage une introduction à la Bourse régionale des valeurs mobilières (BRVM) le mois prochain. Ses concurrents, à commencer par le français Orange et le sud-africain MTN, attendent actuellement l'attribution de leurs propres licences, prévue en septembre.`,
		[]hoGold{
			{"lundi", "DATE", "2009-06-15", ""},
			{"quinze ans", "DURATION", "P15Y", ""},
			{"fin 2010", "DATE", "2010", "END"},
			{"mardi", "DATE", "2009-06-16", ""},
			{"Dix ans", "DURATION", "P10Y", ""},
			{"1999", "DATE", "1999", ""},
			{"premier trimestre 2009", "DATE", "2009-Q1", ""},
			{"les dix dernières années", "DURATION", "P10Y", ""},
			{"récemment", "DATE", "PAST_REF", ""},
			{"le mois prochain", "DATE", "2009-07", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"septembre", "DATE", "2009-09", ""},
		}},
	{"afp-foot-psg-lens", "2026-02-15", `PARIS (AFP) - Le Paris SG a repris sa marche en avant en battant Lens 3 à 1 samedi soir au Parc des Princes, et compte désormais six points d'avance sur Marseille en tête de la Ligue 1.

Menés après un but de l'attaquant lensois, les Parisiens ont renversé la situation grâce à un doublé de leur jeune milieu de terrain, 19 ans, puis à un penalty transformé par leur capitaine. Le club de la capitale restait sur une défaite à Monaco la semaine dernière, sa première en championnat depuis le 2 novembre.

« On a montré du caractère. Après Monaco, on a beaucoup parlé entre nous », a commenté l'entraîneur parisien, 41 ans, en conférence de presse. Son défenseur central, absent depuis trois semaines en raison d'une blessure à la cuisse, a fait son retour dans le onze de départ.

Les Parisiens n'ont pas le temps de savourer : ils se déplacent mercredi à Munich pour le match aller des barrages de la Ligue des champions, avant de recevoir Lyon dimanche prochain.

Lens, qui compte actuellement 43 points, reste sur trois matches sans victoire. Il y a deux ans, le club nordiste avait pourtant terminé sur le podium. « Nous avons manqué de réalisme en janvier et nous le payons au prix fort », a regretté son président.`,
		[]hoGold{
			{"samedi soir", "TIME", "2026-02-14TEV", ""},
			{"la semaine dernière", "DATE", "2026-W06", ""},
			{"le 2 novembre", "DATE", "2025-11-02", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"mercredi", "DATE", "2026-02-18", ""},
			{"dimanche prochain", "DATE", "2026-02-22", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"Il y a deux ans", "DATE", "2024", ""},
			{"janvier", "DATE", "2026-01", ""},
		}},
	{"ouestfrance-basket-chiffres", "2019-11-17", `Basket : Cholet s'offre Nanterre au bout du suspense

Cholet Basket a signé une précieuse victoire face à Nanterre (84-79), à la Meilleraie, devant 4 986 spectateurs. Menés de onze points (35-46) avant de réagir, les Choletais ont inscrit un 17-4 décisif emmené par leur meneur américain.

Le joueur de 27 ans, arrivé de Gravelines, a terminé avec 23 points, 7 passes décisives et 4 interceptions, pour une évaluation de 26. Son coéquipier, l'ailier de 19 ans formé au club, a ajouté 14 points à 6 sur 8 aux tirs, dont 2 sur 3 à trois points.

Nanterre, qui restait sur 5 victoires consécutives, a été pénalisé par ses 17 balles perdues et un modeste 9 sur 17 aux lancers francs. Son pivot, 2,11 m et 118 kg, a pourtant dominé la raquette avec 18 points et 12 rebonds.

« On a défendu fort, on a pris 38 rebonds contre 29, et c'est ce qui fait la différence », a résumé l'entraîneur choletais, 54 ans.

Au classement, Cholet remonte à la 6e place avec 8 victoires et 4 défaites, à deux longueurs du quatrième, Bourg-en-Bresse. Nanterre reste troisième, avec un bilan de 9 victoires pour 3 défaites.

Le club a par ailleurs annoncé avoir franchi la barre des 2 019 abonnés, un record, et vendu 1 998 maillots floqués du numéro 23. Les places pour le choc face à l'ASVEL, au 1, avenue Marcel-Prat, sont proposées de 12 à 45 euros.`,
		nil},
	{"parisien-partielle-resultats", "2021-10-04", `Villiers-le-Haut : la liste divers gauche l'emporte de 87 voix à la municipale partielle

C'est une victoire à l'arraché. La liste divers gauche conduite par Nadia Bensaïd a recueilli 2 019 voix (51,1 %), contre 1 932 voix (48,9 %) pour celle du maire sortant, Gérard Morin (LR), selon les résultats officiels publiés par la préfecture du Val-d'Oise.

Sur les 9 874 inscrits, 4 112 électeurs se sont déplacés, soit un taux de participation de 41,6 %. On compte 161 bulletins blancs ou nuls. Le bureau numéro 7, installé à l'école élémentaire du 14, rue Victor-Hugo, a fait basculer le scrutin : la liste de Nadia Bensaïd y obtient 402 voix contre 251.

« C'est la victoire de tous ceux qui ne supportaient plus les augmentations d'impôts », a lancé la nouvelle maire, 46 ans, devant une centaine de sympathisants réunis salle Jacques-Brel.

Avec ce résultat, sa liste obtient 25 des 33 sièges du conseil municipal, contre 8 pour l'opposition. Gérard Morin, 68 ans, n'a pas souhaité s'exprimer.

La nouvelle équipe promet de ramener le prix du repas à la cantine de 4,10 euros à 3,20 euros et de construire 120 logements sociaux sur l'ancien terrain de la caserne, une parcelle de 2,4 hectares. Le prix moyen du mètre carré atteint 4 350 euros dans la commune, contre 3 980 euros en moyenne dans le département.

L'élection avait été provoquée par la démission de 17 conseillers municipaux, sur fond de désaccord autour d'un projet de parking de 450 places à 6,5 millions d'euros.`,
		nil},
}

func TestFrenchHeldOut13(t *testing.T) { guardHeldOut(t, "French 13", frHeldOut13, "fr", 0.96) }
