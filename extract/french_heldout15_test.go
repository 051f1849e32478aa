package extract

import "testing"

// frHeldOut15 is a blind held-out evaluation set of 16 invented (but
// realistic) French news articles, each with its own document creation time
// (DCT, the publication date; datelines agree with it), dated from 1999 to
// 2026. It imitates the kinds of documents found in the French TimeBank
// without copying any of them: regional daily news in the style of L'Est
// Républicain (faits divers, vie locale, sport, justice, économie régionale)
// with town datelines ("NANCY. —"), short encyclopedic items, and AFP
// national and international dispatches ("PARIS (AFP) -"). Three items
// recount the previous days of a story (a search for a missing hiker, a river
// flood, an assize trial). Two articles (a basketball report and a municipal
// budget) are number-heavy — scores, tallies, prices, ages, street numbers,
// year-like numbers such as "1 998 licenciés", street names such as "rue du
// 8-Mai-1945" — and contain no temporal expression at all.
//
// Gold annotation follows TimeML 1.2.1 / TempEval-3 TIMEX3 and the French
// TimeBank (ISO-TimeML) conventions: types DATE, TIME, DURATION, SET; spans
// keep determiners and modifiers ("le 15 septembre", "la semaine prochaine",
// "début mars", "environ deux heures", "plus de trois semaines") but not
// leading prepositions ("en", "depuis", "pendant", "à", "dès", "vers"; the
// contracted "au" of "au quatrième trimestre" is likewise left out), so
// "vers 21 h 45" is tagged "21 h 45" with no mod. "N jours plus tard" is a
// DURATION whose span includes "plus tard"; "il y a N ans" is a DATE resolved
// against the DCT; "le lendemain", "la veille", "ce soir-là", "le soir même"
// anchor on the date last narrated. Bare weekdays resolve to the past or
// future occurrence implied by tense; all relative values were computed with
// Python's datetime. Parts of day are TIME (TMO/TAF/TEV/TNI), "actuellement"
// is PRESENT_REF, "ces dernières années/semaines" are vague DURATIONs (PXY,
// PXW), sentences ("dix-huit mois de prison") are DURATIONs, and ages, sports
// scores, idioms ("en plein jour", "voir le jour", "boîte de nuit") and street
// names are not timexes.
//
// The set was written without reading the tagger's source, tests, data or
// documentation, and without running the tagger.
//
// First run, on the committed tagger (1350804) before any fix it prompted:
// relaxed F1 0.979, value accuracy 0.970, value F1 0.950.
var frHeldOut15 = []hoCase{
	{"nancy-incendie-rue", "2003-02-18", `NANCY. — Un violent incendie s'est déclaré dimanche soir, vers 21 h 45, au troisième étage d'un immeuble de la rue Saint-Dizier, en plein centre-ville. Alertés par des voisins, les sapeurs-pompiers sont arrivés sur place en moins de dix minutes. Il leur a fallu environ deux heures pour venir à bout des flammes, qui ont entièrement détruit un appartement de quatre pièces.

Au total, une trentaine de personnes ont dû être évacuées et accueillies dans un gymnase voisin. La plupart ont pu regagner leur logement le lendemain, après le passage d'un expert qui a jugé la structure du bâtiment saine.

Les occupants de l'appartement sinistré, un couple de retraités âgés de 71 et 68 ans, ont été légèrement intoxiqués par les fumées. Transportés à l'hôpital central, ils en sont ressortis hier matin.

« Quand j'ai vu la fumée sortir par la fenêtre, j'ai tout de suite pensé aux enfants du deuxième », raconte Martine, une voisine installée dans l'immeuble depuis vingt-cinq ans. « Heureusement, tout le monde est descendu à temps. »

Selon les premiers éléments de l'enquête, confiée au commissariat central, le feu serait parti d'un radiateur électrique d'appoint placé trop près d'un canapé. C'est le troisième incendie domestique recensé dans le quartier depuis le début de l'année, rappellent les pompiers, qui conseillent de ne jamais laisser ce type d'appareil allumé sans surveillance.

Une réunion d'information destinée aux habitants se tiendra jeudi à 18 h à la mairie de quartier.`,
		[]hoGold{
			{"dimanche soir", "TIME", "2003-02-16TEV", ""},
			{"21 h 45", "TIME", "2003-02-16T21:45", ""},
			{"moins de dix minutes", "DURATION", "PT10M", "LESS_THAN"},
			{"environ deux heures", "DURATION", "PT2H", "APPROX"},
			{"le lendemain", "DATE", "2003-02-17", ""},
			{"hier matin", "TIME", "2003-02-17TMO", ""},
			{"vingt-cinq ans", "DURATION", "P25Y", ""},
			{"le début de l'année", "DATE", "2003", "START"},
			{"jeudi", "DATE", "2003-02-20", ""},
			{"18 h", "TIME", "2003-02-20T18:00", ""},
		}},
	{"luneville-football-cfa2", "2007-10-22", `FOOTBALL. CFA 2 (groupe B) : Lunéville - Sarreguemines 2-1.

LUNÉVILLE. — Les hommes de Patrick Roussel ont enfin renoué avec la victoire samedi soir, au stade Edmond-Pache, devant 640 spectateurs. Ils n'avaient plus gagné en championnat depuis le 15 septembre et un succès arraché à Épinal sur un penalty.

Menés au score pendant près d'une heure après une tête de Schmitt sur corner, les Lunévillois ont renversé la situation grâce à un doublé de Karim Benali, entré en jeu après la pause. Le premier but, une frappe enroulée des vingt mètres, a libéré tout un stade. Le second, sur une contre-attaque menée par le jeune Da Silva, 19 ans, a scellé le sort de la rencontre.

« On a beaucoup travaillé cette semaine, surtout sur le plan mental. Les garçons doutaient depuis trois semaines, ce succès va leur faire un bien fou », confiait l'entraîneur à l'issue du match, soulagé.

Promu l'an dernier, le club, qui a connu trois montées en dix ans, vise avant tout le maintien. Avec 14 points, il remonte à la septième place du classement, à six longueurs du leader mulhousien.

Le staff devra toutefois composer sans son capitaine, Julien Mathis, touché à la cheville et indisponible pour plusieurs semaines. Dimanche prochain, les Lunévillois se rendront justement à Mulhouse, où le coup d'envoi sera donné à 15 h.`,
		[]hoGold{
			{"samedi soir", "TIME", "2007-10-20TEV", ""},
			{"le 15 septembre", "DATE", "2007-09-15", ""},
			{"près d'une heure", "DURATION", "PT1H", "APPROX"},
			{"cette semaine", "DATE", "2007-W42", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"l'an dernier", "DATE", "2006", ""},
			{"dix ans", "DURATION", "P10Y", ""},
			{"plusieurs semaines", "DURATION", "PXW", ""},
			{"Dimanche prochain", "DATE", "2007-10-28", ""},
			{"15 h", "TIME", "2007-10-28T15:00", ""},
		}},
	{"epinal-tribunal-cambriolages", "2011-05-12", `ÉPINAL. — Le tribunal correctionnel d'Épinal a condamné mardi un homme de 34 ans à dix-huit mois de prison, dont six avec sursis, pour une série de cambriolages commis entre novembre et février dans plusieurs communes de la vallée de la Moselle.

Le prévenu, sans emploi depuis 2008, avait été interpellé le 3 mars dernier à son domicile de Remiremont, après avoir été confondu par des traces ADN relevées sur une fenêtre. Il se trouvait en détention provisoire depuis plus de deux mois.

Au cours de l'audience, qui a duré près de trois heures, les juges ont longuement détaillé le mode opératoire : des maisons isolées, visitées en plein jour pendant que leurs occupants étaient au travail. Le butin, estimé à 45 000 euros, se composait surtout de bijoux et de matériel informatique. Une partie a été retrouvée il y a trois semaines chez un receleur de Saint-Dié.

« Je regrette. Je voulais juste m'en sortir, payer mes dettes », a lâché le prévenu, la voix tremblante, face à une douzaine de victimes venues assister aux débats.

Le procureur avait requis deux ans ferme, estimant que l'homme « n'avait pas hésité à récidiver ». Son avocat, Me Laurent Grandjean, a plaidé la précarité et l'absence d'antécédents judiciaires. Contacté hier, il a indiqué qu'il n'excluait pas de faire appel dans les dix jours prévus par la loi.`,
		[]hoGold{
			{"mardi", "DATE", "2011-05-10", ""},
			{"dix-huit mois", "DURATION", "P18M", ""},
			{"novembre", "DATE", "2010-11", ""},
			{"février", "DATE", "2011-02", ""},
			{"2008", "DATE", "2008", ""},
			{"le 3 mars dernier", "DATE", "2011-03-03", ""},
			{"plus de deux mois", "DURATION", "P2M", "MORE_THAN"},
			{"près de trois heures", "DURATION", "PT3H", "APPROX"},
			{"il y a trois semaines", "DATE", "2011-W16", ""},
			{"deux ans", "DURATION", "P2Y", ""},
			{"hier", "DATE", "2011-05-11", ""},
			{"les dix jours", "DURATION", "P10D", ""},
		}},
	{"saint-die-equipementier-plan", "2009-03-04", `SAINT-DIÉ. — La direction de l'équipementier automobile Vosgplast a annoncé hier aux représentants du personnel la suppression de 85 postes sur les 310 que compte l'usine de la zone industrielle de la Madeleine. Le plan doit être mis en œuvre d'ici à la fin de l'année.

La nouvelle n'a pas vraiment surpris les salariés. En 2008, le chiffre d'affaires du site a reculé de 23 %, et les commandes des constructeurs sont en chute libre depuis octobre. Les ateliers tournent au ralenti et le personnel est placé en chômage partiel chaque vendredi depuis janvier.

« Ces dernières années, on a accepté le gel des salaires, la suppression des primes, la flexibilité. Et voilà comment on nous remercie », s'indigne Joël Marchal, délégué CGT, qui travaille dans l'usine depuis 1987.

Fondée en 1962 par une famille de la vallée, l'entreprise a été rachetée il y a quatre ans par un fonds d'investissement luxembourgeois. Elle fabrique des pièces en plastique injecté pour les tableaux de bord.

Les syndicats se réuniront vendredi pour décider de la riposte. Une manifestation pourrait être organisée la semaine prochaine devant la sous-préfecture. Le député-maire a, de son côté, demandé à être reçu par la direction du groupe.

Actuellement, le bassin d'emploi de Saint-Dié compte près de 4 000 demandeurs d'emploi, un chiffre en hausse de 15 % sur douze mois, selon les services de l'État.`,
		[]hoGold{
			{"hier", "DATE", "2009-03-03", ""},
			{"la fin de l'année", "DATE", "2009", "END"},
			{"2008", "DATE", "2008", ""},
			{"octobre", "DATE", "2008-10", ""},
			{"chaque vendredi", "SET", "XXXX-WXX-5", ""},
			{"janvier", "DATE", "2009-01", ""},
			{"Ces dernières années", "DURATION", "PXY", ""},
			{"1987", "DATE", "1987", ""},
			{"1962", "DATE", "1962", ""},
			{"il y a quatre ans", "DATE", "2005", ""},
			{"vendredi", "DATE", "2009-03-06", ""},
			{"la semaine prochaine", "DATE", "2009-W11", ""},
			{"Actuellement", "DATE", "PRESENT_REF", ""},
			{"douze mois", "DURATION", "P12M", ""},
		}},
	{"villers-fete-village", "2015-06-26", `VILLERS-LÈS-NANCY. — Manèges, fanfare, vide-greniers et feu d'artifice : la fête du village revient samedi et dimanche dans le parc du château de Madame de Graffigny. Organisée tous les ans depuis 1978 par le comité des fêtes, elle est devenue l'un des rendez-vous incontournables de l'agglomération.

Les festivités débuteront samedi à 14 h avec le défilé des chars fleuris, préparés par les écoles et les associations de la commune. Le bal populaire prendra le relais en soirée, avant le traditionnel feu d'artifice, qui sera tiré à 23 h au-dessus de l'étang.

Dimanche matin, place au vide-greniers, qui réunira quelque 180 exposants le long des allées du parc. Les inscriptions sont encore possibles jusqu'à demain midi auprès de l'office municipal de la culture.

« L'an dernier, nous avions accueilli près de 3 000 visiteurs. Cette année, on espère faire encore mieux, surtout si la météo est de la partie », explique Sylvie Hanus, qui préside le comité depuis trois ans. Une soixantaine de bénévoles préparent l'événement depuis le mois de mars.

La circulation et le stationnement seront interdits aux abords du parc pendant toute la durée de la manifestation. Une navette gratuite reliera le parking de l'hôtel de ville au site.`,
		[]hoGold{
			{"samedi", "DATE", "2015-06-27", ""},
			{"dimanche", "DATE", "2015-06-28", ""},
			{"tous les ans", "SET", "P1Y", ""},
			{"1978", "DATE", "1978", ""},
			{"samedi", "DATE", "2015-06-27", ""},
			{"14 h", "TIME", "2015-06-27T14:00", ""},
			{"soirée", "TIME", "2015-06-27TEV", ""},
			{"23 h", "TIME", "2015-06-27T23:00", ""},
			{"Dimanche matin", "TIME", "2015-06-28TMO", ""},
			{"demain midi", "TIME", "2015-06-27T12:00", ""},
			{"L'an dernier", "DATE", "2014", ""},
			{"Cette année", "DATE", "2015", ""},
			{"trois ans", "DURATION", "P3Y", ""},
			{"le mois de mars", "DATE", "2015-03", ""},
		}},
	{"malzeville-pont-encyclo", "2001-09-14", `Pont de Malzéville. Le vieux pont de pierre qui relie Nancy à Malzéville, au-dessus de la Meurthe, rouvre partiellement aux piétons demain, à l'occasion des Journées européennes du patrimoine.

Bâti en 1788 sur les plans d'un ingénieur des Ponts et Chaussées, l'ouvrage compte neuf arches en grès rose des Vosges. Le XIXe siècle en fait un point de passage essentiel pour les ouvriers des brasseries et des filatures installées sur la rive droite. Il est inscrit à l'inventaire supplémentaire des monuments historiques depuis 1926.

Gravement endommagé lors de la crue de décembre 1947, le pont a été consolidé à plusieurs reprises. Dans les années 1970, il a été élargi pour laisser passer les autobus, une intervention jugée maladroite par les historiens de l'architecture.

Il y a dix ans, des fissures inquiétantes ont été repérées sur deux piles, entraînant l'interdiction de l'ouvrage aux véhicules de plus de 3,5 tonnes. Les travaux de restauration, qui ont commencé en avril 2000, ont déjà coûté 2,3 millions de francs. Ils doivent encore durer dix-huit mois, le temps de refaire la chaussée, les trottoirs et les parapets en fonte.

Pendant le chantier, les cyclistes devront emprunter la passerelle provisoire installée en aval, près de l'ancienne écluse.`,
		[]hoGold{
			{"demain", "DATE", "2001-09-15", ""},
			{"1788", "DATE", "1788", ""},
			{"Le XIXe siècle", "DATE", "18", ""},
			{"1926", "DATE", "1926", ""},
			{"décembre 1947", "DATE", "1947-12", ""},
			{"les années 1970", "DATE", "197", ""},
			{"Il y a dix ans", "DATE", "1991", ""},
			{"avril 2000", "DATE", "2000-04", ""},
			{"dix-huit mois", "DURATION", "P18M", ""},
		}},
	{"afp-greve-sncf", "2018-04-03", `PARIS (AFP) - La grève des cheminots a fortement perturbé le trafic ferroviaire mardi dans toute la France, pour le lancement d'un mouvement « perlé » prévu pour durer trois mois.

Selon la direction de la SNCF, seul un TGV sur huit et un TER sur cinq circulaient dans la matinée. En Île-de-France, les usagers du RER ont dû s'armer de patience, sur des quais souvent bondés.

Le mouvement, lancé à l'appel de l'intersyndicale, vise à protester contre la réforme ferroviaire présentée à la mi-février par le gouvernement, qui prévoit notamment la fin du recrutement au statut de cheminot. Le Premier ministre a réaffirmé lundi soir sa détermination à la mener à son terme.

« Nous irons jusqu'au bout. Les cheminots sont prêts à tenir des semaines s'il le faut », a lancé le secrétaire général de la CGT-Cheminots devant la gare de l'Est.

Il faut remonter à 1995 pour trouver un conflit social d'une telle ampleur dans les transports. Pendant plus de trois semaines, le pays avait alors été quasiment paralysé.

La prochaine séquence de grève est prévue dimanche et lundi. La SNCF invite les voyageurs à consulter chaque soir les prévisions de trafic sur son site internet. Des négociations doivent reprendre jeudi au ministère des Transports, en présence des quatre syndicats représentatifs.`,
		[]hoGold{
			{"mardi", "DATE", "2018-04-03", ""},
			{"trois mois", "DURATION", "P3M", ""},
			{"la matinée", "TIME", "2018-04-03TMO", ""},
			{"la mi-février", "DATE", "2018-02", "MID"},
			{"lundi soir", "TIME", "2018-04-02TEV", ""},
			{"des semaines", "DURATION", "PXW", ""},
			{"1995", "DATE", "1995", ""},
			{"plus de trois semaines", "DURATION", "P3W", "MORE_THAN"},
			{"dimanche", "DATE", "2018-04-08", ""},
			{"lundi", "DATE", "2018-04-09", ""},
			{"chaque soir", "SET", "XXXX-XX-XXTEV", ""},
			{"jeudi", "DATE", "2018-04-05", ""},
		}},
	{"afp-seisme-sulawesi", "2022-06-20", `JAKARTA (AFP) - Un séisme de magnitude 6,1 a frappé dimanche soir l'ouest de l'île indonésienne de Sulawesi, faisant au moins douze morts et plusieurs dizaines de blessés, selon un bilan provisoire communiqué lundi matin par l'agence nationale de gestion des catastrophes (BNPB).

La secousse, survenue à 20 h 12 heure locale à une profondeur d'une dizaine de kilomètres, a été ressentie jusqu'à Makassar. Une réplique de magnitude 5,2 a été enregistrée environ quarante minutes plus tard, semant la panique parmi les habitants, dont beaucoup ont passé la nuit dehors.

Dans le district de Mamuju, le plus touché, des dizaines de maisons et un centre de santé se sont effondrés. Les secouristes ont fouillé les décombres pendant plus de dix heures, avec l'aide de militaires et de volontaires.

« Tout s'est mis à trembler, les murs se sont fissurés d'un coup. J'ai pris mes enfants et on a couru vers la colline », a raconté à l'AFP une habitante de 37 ans, réfugiée sous une bâche avec ses voisins.

Actuellement, plus de 2 000 personnes sont hébergées dans des abris de fortune ou sous des tentes dressées sur des terrains de football. Le président Joko Widodo doit se rendre sur place mardi.

L'Indonésie, située sur la « ceinture de feu » du Pacifique, est régulièrement frappée par des tremblements de terre. Il y a quatre ans, un séisme suivi d'un tsunami avait fait plus de 4 000 morts dans la région de Palu, dans le centre de l'île.`,
		[]hoGold{
			{"dimanche soir", "TIME", "2022-06-19TEV", ""},
			{"lundi matin", "TIME", "2022-06-20TMO", ""},
			{"20 h 12", "TIME", "2022-06-19T20:12", ""},
			{"environ quarante minutes plus tard", "DURATION", "PT40M", "APPROX"},
			{"la nuit", "TIME", "2022-06-19TNI", ""},
			{"plus de dix heures", "DURATION", "PT10H", "MORE_THAN"},
			{"Actuellement", "DATE", "PRESENT_REF", ""},
			{"mardi", "DATE", "2022-06-21", ""},
			{"Il y a quatre ans", "DATE", "2018", ""},
		}},
	{"gerardmer-randonneuse-recherches", "2013-08-09", `GÉRARDMER. — Le corps sans vie d'une randonneuse de 58 ans, portée disparue depuis six jours, a été retrouvé hier après-midi au pied d'une barre rocheuse, dans le secteur du Hohneck.

La quinquagénaire, originaire de Strasbourg et en vacances dans la région, avait quitté samedi matin son gîte du Valtin pour une boucle d'une quinzaine de kilomètres. Ne la voyant pas revenir, son mari avait donné l'alerte le soir même, vers 20 h 30.

Dès le lendemain, une cinquantaine de gendarmes, appuyés par des maîtres-chiens et des pompiers spécialisés en milieu périlleux, avaient ratissé les sentiers. Mardi, un hélicoptère de la gendarmerie était venu en renfort, sans plus de succès. Les recherches avaient dû être suspendues mercredi soir en raison de violents orages, avant de reprendre jeudi matin avec des moyens renforcés.

C'est finalement un promeneur qui a aperçu un sac à dos de couleur vive en contrebas du sentier, vers 15 h. Les secouristes ont mis plus d'une heure pour atteindre le corps.

« C'est un secteur très escarpé. Même des randonneurs expérimentés s'y égarent chaque été, surtout quand le brouillard tombe », explique le capitaine Thierry Colin, qui commande la compagnie de gendarmerie de Saint-Dié.

Selon les premières constatations, la victime aurait fait une chute d'une vingtaine de mètres. Une autopsie doit être pratiquée lundi à l'institut médico-légal de Nancy afin de préciser les circonstances du décès.`,
		[]hoGold{
			{"six jours", "DURATION", "P6D", ""},
			{"hier après-midi", "TIME", "2013-08-08TAF", ""},
			{"samedi matin", "TIME", "2013-08-03TMO", ""},
			{"le soir même", "TIME", "2013-08-03TEV", ""},
			{"20 h 30", "TIME", "2013-08-03T20:30", ""},
			{"le lendemain", "DATE", "2013-08-04", ""},
			{"Mardi", "DATE", "2013-08-06", ""},
			{"mercredi soir", "TIME", "2013-08-07TEV", ""},
			{"jeudi matin", "TIME", "2013-08-08TMO", ""},
			{"15 h", "TIME", "2013-08-08T15:00", ""},
			{"plus d'une heure", "DURATION", "PT1H", "MORE_THAN"},
			{"chaque été", "SET", "XXXX-SU", ""},
			{"lundi", "DATE", "2013-08-12", ""},
		}},
	{"sedan-crue-meuse", "2021-07-16", `SEDAN. — Après trois jours d'angoisse, les riverains de la Meuse commencent à souffler. La décrue s'est amorcée hier soir à Sedan, où le fleuve a atteint un niveau qu'il n'avait plus connu depuis la crue historique de janvier 1995.

Tout a commencé mardi. Des pluies diluviennes, tombées sans discontinuer pendant près de quarante-huit heures sur l'Ardenne belge, ont gonflé les affluents du fleuve. Mercredi, la Meuse est sortie de son lit à Charleville-Mézières et dans plusieurs villages en aval. Le préfet, qui s'est rendu sur place mercredi après-midi, a aussitôt déclenché le plan Orsec.

Jeudi matin, l'eau atteignait 5,12 m à la station de mesure de Sedan, soit à peine 30 cm de moins qu'en 1995. Une centaine de maisons ont été inondées dans le quartier du Ménil, et près de 400 personnes ont dû être relogées chez des proches ou dans des gymnases.

« Dans ma rue, l'eau est montée de 80 cm en trois heures. On a juste eu le temps de monter les meubles à l'étage », témoigne Gérard, 66 ans, les bottes encore couvertes de boue.

Pour les agriculteurs de la vallée, le bilan est lourd : en quelques heures, ils ont perdu le travail de plusieurs mois. La chambre d'agriculture doit recenser les dégâts la semaine prochaine, afin de constituer les dossiers d'indemnisation.

Météo-France annonce le retour d'un temps sec, et la vigilance orange crues devrait être levée ce week-end.`,
		[]hoGold{
			{"trois jours", "DURATION", "P3D", ""},
			{"hier soir", "TIME", "2021-07-15TEV", ""},
			{"janvier 1995", "DATE", "1995-01", ""},
			{"mardi", "DATE", "2021-07-13", ""},
			{"près de quarante-huit heures", "DURATION", "PT48H", "APPROX"},
			{"Mercredi", "DATE", "2021-07-14", ""},
			{"mercredi après-midi", "TIME", "2021-07-14TAF", ""},
			{"Jeudi matin", "TIME", "2021-07-15TMO", ""},
			{"1995", "DATE", "1995", ""},
			{"trois heures", "DURATION", "PT3H", ""},
			{"quelques heures", "DURATION", "PTXH", ""},
			{"plusieurs mois", "DURATION", "PXM", ""},
			{"la semaine prochaine", "DATE", "2021-W29", ""},
			{"ce week-end", "DATE", "2021-W28-WE", ""},
		}},
	{"nancy-basket-n2-chiffres", "2005-04-11", `BASKET. Nationale 2 masculine (poule C) : SLUC Nancy II - Saint-Dizier : 87-74.

NANCY. — Devant 1 015 spectateurs, la réserve du SLUC a signé un succès net face à une équipe haut-marnaise pourtant troisième du classement. Menés 12-4 d'entrée, les Nancéiens ont vite réagi grâce à l'adresse de Mickaël Thiéry, auteur de 24 points à 9 sur 13 aux tirs, dont 4 sur 6 à trois points.

Au rebond, le pivot Ousmane Diallo, 2,06 m et 22 ans, a dominé la raquette avec 14 prises, dont 5 offensives. Les Nancéiens ont converti 19 de leurs 25 lancers francs (76 %) et limité les pertes de balle à 9, contre 17 pour leurs adversaires.

« On a défendu dur, on a couru, et on a été patients en attaque. À 45-38 à la pause, on savait que le plus dur restait à faire », analysait l'entraîneur nancéien, Frédéric Kieffer.

Les visiteurs, emmenés par leur ailier américain (21 points, 7 rebonds, 4 passes décisives), sont revenus à 61-58, avant de céder sous les coups de boutoir du banc lorrain, qui a inscrit 31 points au total.

Au classement, le SLUC II passe à la cinquième place avec 38 points, à deux longueurs de Saint-Dizier et à quatre de Prissé-Mâcon, leader. Le club totalise 14 victoires pour 7 défaites et compte 1 998 licenciés, un record.

Les billets pour la rencontre face au leader sont en vente au siège du club, 12, rue du 8-Mai-1945, au prix de 6 euros (3 euros pour les moins de 16 ans). La salle Jean-Weille offre 2 010 places.`,
		[]hoGold{}},
	{"tomblaine-conseil-budget-chiffres", "2017-03-28", `TOMBLAINE. — Le conseil municipal a adopté le budget primitif par 23 voix pour, 6 contre et 4 abstentions, au terme d'une séance animée. Le budget s'équilibre à 14,8 millions d'euros en fonctionnement et à 3,6 millions en investissement.

Principale mesure, le taux de la taxe foncière passe de 18,42 % à 19,05 %. Pour une maison moyenne de la commune, la hausse représentera 27 euros. « C'est 27 euros de trop », a lancé Bernard Colin, élu de l'opposition, qui a chiffré à 1 992 le nombre de foyers concernés.

Le maire, Pierre Lambert, a défendu un « budget de responsabilité », rappelant que la dotation de l'État avait fondu de 412 000 euros. Le programme d'investissement prévoit la rénovation de l'école Jules-Ferry (850 000 euros), l'aménagement du square de la place du 11-Novembre (240 000 euros) et la réfection de 2,3 km de voirie.

Les tarifs de la piscine passent à 3,20 euros pour les adultes et à 1,80 euro pour les moins de 18 ans. La carte de 10 entrées coûtera 28 euros.

Le conseil a enfin voté 46 subventions aux associations, pour un total de 187 500 euros, dont 2 019 euros pour le club de pétanque, qui compte 94 licenciés. L'harmonie municipale, forte de 41 musiciens âgés de 9 à 83 ans, recevra 3 500 euros. Le centre social, installé au 27 de l'avenue de la Paix, bénéficiera d'une rallonge de 15 000 euros pour accueillir 120 enfants supplémentaires.`,
		[]hoGold{}},
	{"afp-croissance-insee", "2024-01-30", `PARIS (AFP) - La croissance française a atteint 0,9 % en 2023, après 2,5 % en 2022, selon une première estimation publiée mardi par l'Insee, qui confirme un net ralentissement de l'activité.

Le produit intérieur brut a stagné au quatrième trimestre, pénalisé par le recul de l'investissement des entreprises et par une consommation des ménages toujours atone. Celle-ci a encore reculé de 0,2 % en décembre.

Le gouvernement, qui table sur 1,4 % de croissance cette année, juge cet objectif « atteignable ». Ces dernières semaines, plusieurs instituts ont pourtant revu leurs prévisions à la baisse, la plupart misant sur un chiffre proche de 1 %.

« L'économie française résiste, mais le premier semestre s'annonce difficile, avec des taux d'intérêt qui restent élevés et un marché immobilier grippé », estime Mathieu Dufour, économiste dans une grande banque parisienne.

L'inflation, qui avait culminé à 6,3 % en février 2023, a nettement ralenti depuis, mais les prix de l'alimentation pèsent toujours sur le budget des ménages. Le taux de chômage, actuellement de 7,4 %, devrait légèrement remonter d'ici à la fin de l'année, selon l'institut.

La Banque de France publiera ses nouvelles projections début mars. Le ministre de l'Économie doit, de son côté, présenter dans les prochains jours un plan d'économies de plusieurs milliards d'euros, destiné à tenir l'objectif de déficit public.`,
		[]hoGold{
			{"2023", "DATE", "2023", ""},
			{"2022", "DATE", "2022", ""},
			{"mardi", "DATE", "2024-01-30", ""},
			{"quatrième trimestre", "DATE", "2023-Q4", ""},
			{"décembre", "DATE", "2023-12", ""},
			{"cette année", "DATE", "2024", ""},
			{"Ces dernières semaines", "DURATION", "PXW", ""},
			{"le premier semestre", "DATE", "2024-H1", ""},
			{"février 2023", "DATE", "2023-02", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"la fin de l'année", "DATE", "2024", "END"},
			{"début mars", "DATE", "2024-03", "START"},
			{"les prochains jours", "DURATION", "PXD", ""},
		}},
	{"toul-marche-couvert", "2019-09-05", `TOUL. — Après huit mois de travaux, le marché couvert de la place des Trois-Évêchés rouvre ses portes samedi. Chaque samedi matin, près de quarante commerçants, maraîchers, bouchers, fromagers ou poissonniers, y retrouveront leur clientèle, ainsi que le mercredi, pour un marché plus modeste.

Le chantier, lancé en janvier, a coûté 1,2 million d'euros, financés aux deux tiers par la communauté de communes. Il a permis de refaire entièrement la toiture, d'isoler le bâtiment et d'installer un éclairage moins gourmand en énergie. Il y a deux mois encore, la halle n'était qu'un amas d'échafaudages.

Construite en 1913, elle avait été profondément remaniée dans les années 1960, avec l'ajout d'une mezzanine en béton, démolie depuis.

« On attendait ça depuis des mois. Pendant les travaux, on s'est installés sur le parking, sous la pluie ou en plein soleil, et on a perdu des clients », sourit Françoise, maraîchère à Lucey, qui vient au marché tous les samedis depuis trente ans.

L'inauguration officielle aura lieu samedi à 11 h, en présence du maire et du sous-préfet. Des animations musicales et une dégustation de produits locaux sont prévues dans la matinée.

Les commerçants préparent déjà la suite : une nocturne sera organisée le 20 décembre, et un marché de producteurs devrait voir le jour dès le printemps prochain.`,
		[]hoGold{
			{"huit mois", "DURATION", "P8M", ""},
			{"samedi", "DATE", "2019-09-07", ""},
			{"Chaque samedi matin", "SET", "XXXX-WXX-6TMO", ""},
			{"le mercredi", "SET", "XXXX-WXX-3", ""},
			{"janvier", "DATE", "2019-01", ""},
			{"Il y a deux mois", "DATE", "2019-07", ""},
			{"1913", "DATE", "1913", ""},
			{"les années 1960", "DATE", "196", ""},
			{"des mois", "DURATION", "PXM", ""},
			{"tous les samedis", "SET", "XXXX-WXX-6", ""},
			{"trente ans", "DURATION", "P30Y", ""},
			{"samedi", "DATE", "2019-09-07", ""},
			{"11 h", "TIME", "2019-09-07T11:00", ""},
			{"la matinée", "TIME", "2019-09-07TMO", ""},
			{"le 20 décembre", "DATE", "2019-12-20", ""},
			{"le printemps prochain", "DATE", "2020-SP", ""},
		}},
	{"weber-poete-necrologie", "2026-02-10", `Jean-Claude Weber (poète). Le poète lorrain Jean-Claude Weber est mort samedi à Metz, à l'âge de 74 ans, a annoncé sa famille.

Né en 1951 à Thionville, fils d'un mineur de fer, il publie son premier recueil, « Les Hauts Fourneaux », en 1978. Le livre, salué par la critique, fait de lui l'une des voix de la poésie ouvrière de l'Est de la France. Dans les années 1980, il enseigne le français dans un lycée de Hayange tout en animant des ateliers d'écriture dans les cités de la vallée de la Fensch.

Installé au Québec au début des années 2000, il y vit plus de quinze ans et enseigne la littérature à l'université de Montréal. Il reçoit en 2009 le prix Guillaume-Apollinaire pour « Terre rouge », le plus connu de la vingtaine de recueils qu'il a publiés.

Revenu en Moselle en 2017, il travaillait à un long poème consacré à l'extinction des hauts fourneaux de Lorraine, qui marquait selon lui « la fin d'un monde ». Le texte, achevé quelques semaines avant sa mort, doit paraître ce printemps chez son éditeur nancéien.

« Il a donné une langue à des gens qu'on n'écoutait pas. Toute la vallée lui doit quelque chose », a réagi hier le maire de Thionville, qui a annoncé qu'une médiathèque porterait son nom.

Ses obsèques seront célébrées vendredi en l'église Saint-Maximin de Thionville.`,
		[]hoGold{
			{"samedi", "DATE", "2026-02-07", ""},
			{"1951", "DATE", "1951", ""},
			{"1978", "DATE", "1978", ""},
			{"les années 1980", "DATE", "198", ""},
			{"début des années 2000", "DATE", "200", "START"},
			{"plus de quinze ans", "DURATION", "P15Y", "MORE_THAN"},
			{"2009", "DATE", "2009", ""},
			{"2017", "DATE", "2017", ""},
			{"quelques semaines", "DURATION", "PXW", ""},
			{"ce printemps", "DATE", "2026-SP", ""},
			{"hier", "DATE", "2026-02-09", ""},
			{"vendredi", "DATE", "2026-02-13", ""},
		}},
	{"afp-lyon-assises-videur", "1999-11-23", `LYON (AFP) - Le procès d'un ancien videur de 41 ans, accusé d'avoir tué un client d'une discothèque de la presqu'île, s'est ouvert lundi devant la cour d'assises du Rhône.

Les faits s'étaient produits le 14 mars 1997. Ce soir-là, vers 23 h, une violente bagarre avait éclaté devant l'établissement, rue Mercière. La victime, un étudiant de 22 ans, avait reçu plusieurs coups de poing avant de chuter lourdement sur le trottoir. La veille, selon l'accusation, les deux hommes s'étaient déjà accrochés à l'intérieur de la boîte de nuit.

Plongé dans le coma, le jeune homme était décédé deux jours plus tard à l'hôpital Édouard-Herriot. L'accusé, qui avait pris la fuite, avait été interpellé le 2 avril suivant à Villeurbanne. Il est détenu depuis trente-deux mois.

« Je n'ai jamais voulu sa mort. Je regrette chaque jour ce qui s'est passé », a déclaré l'accusé à l'ouverture des débats, la tête baissée.

La famille de la victime, présente sur les bancs des parties civiles, attend « des réponses ». Les premiers témoins, dont deux employés de la discothèque, doivent être entendus aujourd'hui.

Le procès doit durer cinq jours. Le verdict est attendu vendredi. L'accusé, qui comparaît pour coups mortels, encourt vingt ans de réclusion criminelle.`,
		[]hoGold{
			{"lundi", "DATE", "1999-11-22", ""},
			{"le 14 mars 1997", "DATE", "1997-03-14", ""},
			{"Ce soir-là", "TIME", "1997-03-14TEV", ""},
			{"23 h", "TIME", "1997-03-14T23:00", ""},
			{"La veille", "DATE", "1997-03-13", ""},
			{"deux jours plus tard", "DURATION", "P2D", ""},
			{"le 2 avril suivant", "DATE", "1997-04-02", ""},
			{"trente-deux mois", "DURATION", "P32M", ""},
			{"chaque jour", "SET", "P1D", ""},
			{"aujourd'hui", "DATE", "1999-11-23", ""},
			{"cinq jours", "DURATION", "P5D", ""},
			{"vendredi", "DATE", "1999-11-26", ""},
			{"vingt ans", "DURATION", "P20Y", ""},
		}},
}

func TestFrenchHeldOut15(t *testing.T) { guardHeldOut(t, "French 15", frHeldOut15, "fr", 0.95) }
