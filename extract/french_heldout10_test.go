package extract

import "testing"

// frHeldOut10 is a blind held-out evaluation set of sixteen whole French news
// articles centred on narrative time: trial reports (Le Monde, Tribune de
// Genève), hour-by-hour reconstructions of faits divers (Le Parisien,
// Ouest-France), obituaries (Le Soir, Le Soleil), anniversaries of old events
// (1944, 1962, 1968, 1981, 1999, 2015: Ouest-France, Jeune Afrique,
// Libération, Le Devoir, La Dépêche, La Libre Belgique, Le Parisien) and a
// cold-case investigation (Le Figaro). Inside the stories, anaphoric
// expressions ("ce soir-là", "le lendemain matin", "la veille", "ce
// mardi-là", "la semaine suivante") and bare days, months and clock times are
// anchored on the date last narrated, with the year the story makes clear;
// framing paragraphs use DCT-relative weekdays, "mardi dernier", "jeudi
// prochain", "ce week-end", "la semaine prochaine", "d'ici fin juin". Two
// articles (a basketball report, a housing-allocation tally) are number-heavy
// and contain no temporal expression at all (scores, ages, street numbers,
// year-like numbers such as "2 019 spectateurs", street names such as
// "boulevard du 1er-Novembre-1954").
//
// Conventions: TimeML 1.2.1 / TempEval-3 TIMEX3 as adapted by the French
// TimeBank (ISO-TimeML). Spans keep determiners and modifiers ("le samedi 11
// mai", "fin août", "près de deux heures", "vers 21 heures") but not leading
// prepositions ("en", "depuis", "pendant", "à", "dès", "jusqu'au"); "N jours
// plus tard", "N ans après", "plus tôt" are DURATIONs; "il y a N ans" is a
// DATE resolved against the DCT; parts of day are TIME values (TMO, TAF, TEV,
// TNI); people's ages are not timexes. All relative values were computed with
// Python's datetime. The set was written blind, without reading the tagger's
// source, tests, data or documentation.
//
// First run, on the committed tagger (d6b7f33) before any fix it prompted:
// relaxed F1 0.970, value accuracy 0.861, value F1 0.835.
var frHeldOut10 = []hoCase{
	{"lemonde-assises-incendie", "2019-03-14", `Incendie mortel de la rue des Vignoles : l'accusé nie toujours

Devant la cour d'assises de Paris, l'accusé a longuement livré mercredi sa version de l'incendie de la rue des Vignoles. Depuis lundi, Karim B., 34 ans, comparaît pour « destruction volontaire par incendie ayant entraîné la mort ». Trois locataires avaient péri dans le sinistre.

Le samedi 12 août 2017, vers 23 h 40, les premiers appels parviennent aux pompiers. Ce soir-là, l'accusé dit avoir dîné chez sa sœur, à Montreuil, avant de revenir vers 23 heures dans le 20e arrondissement. Une voisine affirme pourtant l'avoir croisé dans la cage d'escalier une vingtaine de minutes avant le départ du feu.

Les pompiers ont lutté pendant près de quatre heures contre les flammes. Le lendemain matin, les enquêteurs découvrent un bidon d'essence dans la cour. Deux jours plus tard, Karim B. est placé en garde à vue ; il sera mis en examen le 16 août.

« Je n'ai jamais mis le feu, je dormais déjà », a-t-il répété à la barre, la voix cassée. L'avocate générale a rappelé qu'il avait donné trois versions différentes au cours d'une instruction qui aura duré dix-huit mois.

Les parties civiles, dont la fille d'une des victimes, âgée de 9 ans au moment des faits, doivent être entendues jeudi prochain. Le verdict est attendu le 22 mars.`,
		[]hoGold{
			{"mercredi", "DATE", "2019-03-13", ""},
			{"lundi", "DATE", "2019-03-11", ""},
			{"Le samedi 12 août 2017", "DATE", "2017-08-12", ""},
			{"vers 23 h 40", "TIME", "2017-08-12T23:40", "APPROX"},
			{"Ce soir-là", "TIME", "2017-08-12TEV", ""},
			{"vers 23 heures", "TIME", "2017-08-12T23:00", "APPROX"},
			{"une vingtaine de minutes", "DURATION", "PT20M", "APPROX"},
			{"près de quatre heures", "DURATION", "PT4H", "APPROX"},
			{"Le lendemain matin", "TIME", "2017-08-13TMO", ""},
			{"Deux jours plus tard", "DURATION", "P2D", ""},
			{"le 16 août", "DATE", "2017-08-16", ""},
			{"dix-huit mois", "DURATION", "P18M", ""},
			{"jeudi prochain", "DATE", "2019-03-21", ""},
			{"le 22 mars", "DATE", "2019-03-22", ""},
		}},
	{"leparisien-braquage-bijouterie", "2023-11-22", `Saint-Germain-en-Laye : le film d'un braquage éclair

Saint-Germain-en-Laye (Yvelines). Il n'aura fallu que quatre minutes aux braqueurs pour vider les vitrines de la bijouterie Lanvier, samedi après-midi. Le Parisien a pu reconstituer le déroulé de ce samedi à partir de sources proches de l'enquête.

À 14 h 05, une Audi grise se gare en double file rue au Pain. Les trois hommes, casqués, attendent près d'un quart d'heure. À 14 h 21, deux d'entre eux pénètrent dans la boutique, où se trouvent une vendeuse et un client âgé de 71 ans. Ils frappent les vitrines à la masse. À 14 h 25, ils ressortent avec un butin estimé à 400 000 euros.

La voiture est retrouvée incendiée une heure plus tard dans un sous-bois de la forêt de Marly. Ce soir-là, la police judiciaire de Versailles, saisie de l'enquête, exploite déjà les images de vidéosurveillance. Le dimanche, un premier suspect est interpellé à Poissy ; les deux autres l'ont été lundi matin à Mantes-la-Jolie.

La gérante, encore sous le choc, raconte avoir « cru mourir ». « Nous avions déjà été visés il y a trois ans, par une autre équipe », souffle-t-elle. La boutique restera fermée jusqu'à la fin du mois.

Les trois suspects, âgés de 19 à 24 ans, devaient être présentés à un juge d'instruction ce mercredi. Les enquêteurs s'intéressent aussi à un repérage qui aurait été effectué la semaine précédente par un quatrième homme.`,
		[]hoGold{
			{"quatre minutes", "DURATION", "PT4M", ""},
			{"samedi après-midi", "TIME", "2023-11-18TAF", ""},
			{"ce samedi", "DATE", "2023-11-18", ""},
			{"14 h 05", "TIME", "2023-11-18T14:05", ""},
			{"près d'un quart d'heure", "DURATION", "PT15M", "APPROX"},
			{"14 h 21", "TIME", "2023-11-18T14:21", ""},
			{"14 h 25", "TIME", "2023-11-18T14:25", ""},
			{"une heure plus tard", "DURATION", "PT1H", ""},
			{"Ce soir-là", "TIME", "2023-11-18TEV", ""},
			{"Le dimanche", "DATE", "2023-11-19", ""},
			{"lundi matin", "TIME", "2023-11-20TMO", ""},
			{"il y a trois ans", "DATE", "2020", ""},
			{"la fin du mois", "DATE", "2023-11", "END"},
			{"ce mercredi", "DATE", "2023-11-22", ""},
			{"la semaine précédente", "DATE", "2023-W45", ""},
		}},
	{"ouestfrance-liberation-rennes", "2024-08-04", `Rennes. Il y a quatre-vingts ans, la ville sortait de l'Occupation

Rennes. Il y a quatre-vingts ans, Rennes était libérée. Ce dimanche, plusieurs centaines de personnes se sont rassemblées place de la Mairie pour une cérémonie sobre, en présence de Marcel Le Goff, 97 ans, l'un des derniers témoins de la Libération.

Le 3 août 1944, la ville vit dans l'angoisse. Depuis plusieurs jours, les Allemands font sauter les ponts et les dépôts de munitions. « Ce soir-là, on entendait les explosions jusqu'à la gare », se souvient l'ancien apprenti typographe, alors âgé de 17 ans. Les occupants quittent la ville cette nuit-là, par la route de Nantes.

Le lendemain matin, vers 9 heures, les premiers chars américains entrent par le faubourg d'Antrain. « On est sortis des caves, les gens pleuraient, chantaient, embrassaient les soldats. Ça n'arrêtait plus. » Deux jours plus tôt, un bombardement avait encore fait des victimes dans le quartier de la Madeleine.

La joie sera de courte durée pour certaines familles : la semaine suivante, on apprend la mort de plusieurs résistants fusillés en juin à la caserne du Colombier.

Depuis 1945, la municipalité organise une cérémonie tous les 4 août devant le monument de la place de la Mairie. Une exposition de photographies inédites, prêtées par des familles rennaises, sera présentée à partir du 14 septembre aux Champs Libres, jusqu'à la fin de l'année.`,
		[]hoGold{
			{"Il y a quatre-vingts ans", "DATE", "1944", ""},
			{"Il y a quatre-vingts ans", "DATE", "1944", ""},
			{"Ce dimanche", "DATE", "2024-08-04", ""},
			{"Le 3 août 1944", "DATE", "1944-08-03", ""},
			{"plusieurs jours", "DURATION", "PXD", ""},
			{"Ce soir-là", "TIME", "1944-08-03TEV", ""},
			{"cette nuit-là", "TIME", "1944-08-03TNI", ""},
			{"Le lendemain matin", "TIME", "1944-08-04TMO", ""},
			{"vers 9 heures", "TIME", "1944-08-04T09:00", "APPROX"},
			{"Deux jours plus tôt", "DURATION", "P2D", ""},
			{"la semaine suivante", "DATE", "1944-W32", ""},
			{"juin", "DATE", "1944-06", ""},
			{"1945", "DATE", "1945", ""},
			{"tous les 4 août", "SET", "XXXX-08-04", ""},
			{"14 septembre", "DATE", "2024-09-14", ""},
			{"la fin de l'année", "DATE", "2024", "END"},
		}},
	{"lesoir-necrologie-chanteur", "2021-02-09", `Jean-Pierre Delvaux, la voix de « La Passerelle », s'est éteint

Le chanteur liégeois Jean-Pierre Delvaux est mort dimanche à l'âge de 82 ans, a annoncé sa famille lundi soir. Il s'est éteint dans son sommeil, à son domicile de Chaudfontaine, après plusieurs mois de maladie.

Né le 17 avril 1938 à Seraing, fils d'un métallurgiste, il découvre la scène à 15 ans dans les bals de la vallée de la Meuse. Sa carrière décolle au début des années 1960, quand il remporte un radio-crochet organisé par l'INR. Le 2 octobre 1964, il enregistre « La Passerelle », qui restera classée pendant vingt-six semaines. Trois ans plus tard, il remplit l'Ancienne Belgique pendant une semaine.

En mai 1968, il est en tournée à Paris. « Le soir du 10 mai, on devait jouer à l'Olympia. Le concert avait été annulé la veille, on est restés à l'hôtel à écouter la radio », racontait-il au Soir en 2008.

Après une longue éclipse dans les années 1980, il était revenu sur scène en 1997, à l'initiative du festival de Spa, où il se produisait encore chaque été jusqu'à récemment.

« Il chantait tous les jours, même malade », confie sa fille Catherine. Les funérailles auront lieu samedi à 11 heures en l'église Saint-Martin de Seraing. La RTBF rediffusera vendredi soir un concert enregistré en 1972 au Forum de Liège.`,
		[]hoGold{
			{"dimanche", "DATE", "2021-02-07", ""},
			{"lundi soir", "TIME", "2021-02-08TEV", ""},
			{"plusieurs mois", "DURATION", "PXM", ""},
			{"le 17 avril 1938", "DATE", "1938-04-17", ""},
			{"début des années 1960", "DATE", "196", "START"},
			{"Le 2 octobre 1964", "DATE", "1964-10-02", ""},
			{"vingt-six semaines", "DURATION", "P26W", ""},
			{"Trois ans plus tard", "DURATION", "P3Y", ""},
			{"une semaine", "DURATION", "P1W", ""},
			{"mai 1968", "DATE", "1968-05", ""},
			{"Le soir du 10 mai", "TIME", "1968-05-10TEV", ""},
			{"la veille", "DATE", "1968-05-09", ""},
			{"2008", "DATE", "2008", ""},
			{"les années 1980", "DATE", "198", ""},
			{"1997", "DATE", "1997", ""},
			{"chaque été", "SET", "XXXX-SU", ""},
			{"récemment", "DATE", "PAST_REF", ""},
			{"tous les jours", "SET", "P1D", ""},
			{"samedi", "DATE", "2021-02-13", ""},
			{"11 heures", "TIME", "2021-02-13T11:00", ""},
			{"vendredi soir", "TIME", "2021-02-12TEV", ""},
			{"1972", "DATE", "1972", ""},
		}},
	{"ledevoir-greve-filature-1981", "2021-10-15", `Il y a quarante ans, la grève qui a déchiré Saint-Rémi-de-Beauce

Il y a quarante ans, la grève de la Filature Bellerive, à Saint-Rémi-de-Beauce, prenait fin dans l'amertume. Le Devoir a retrouvé une dizaine d'anciens grévistes, qui ont accepté de revenir sur ces sept mois qui ont divisé leur village. Mardi dernier, plusieurs d'entre eux se sont réunis pour la première fois dans l'ancienne cafétéria de l'usine.

Tout commence le lundi 9 mars 1981. Ce matin-là, à 7 heures, les 212 ouvrières et ouvriers refusent d'entrer dans l'usine après l'annonce d'une baisse de salaire de 12 %. « On pensait que ça durerait une semaine, pas plus », raconte Gisèle Poulin, alors âgée de 23 ans.

Le conflit s'enlise. En juin, la direction embauche des briseurs de grève. Le 14 juillet, des affrontements éclatent devant la barrière ; trois jours plus tard, le ministre du Travail nomme un médiateur. Les négociations reprennent fin août, sans résultat.

L'accord est finalement signé le 16 octobre 1981, vers 22 heures, dans une salle paroissiale. Le lendemain, une partie des grévistes apprend qu'elle ne sera pas réembauchée. L'usine fermera définitivement quatre ans plus tard.

Le bâtiment abrite désormais un centre communautaire. Depuis 2011, une plaque rappelle le conflit, et une soirée de témoignages y est prévue dimanche, à 14 h, en présence du député de la circonscription.`,
		[]hoGold{
			{"Il y a quarante ans", "DATE", "1981", ""},
			{"Il y a quarante ans", "DATE", "1981", ""},
			{"ces sept mois", "DURATION", "P7M", ""},
			{"Mardi dernier", "DATE", "2021-10-12", ""},
			{"le lundi 9 mars 1981", "DATE", "1981-03-09", ""},
			{"Ce matin-là", "TIME", "1981-03-09TMO", ""},
			{"7 heures", "TIME", "1981-03-09T07:00", ""},
			{"une semaine", "DURATION", "P1W", ""},
			{"juin", "DATE", "1981-06", ""},
			{"Le 14 juillet", "DATE", "1981-07-14", ""},
			{"trois jours plus tard", "DURATION", "P3D", ""},
			{"fin août", "DATE", "1981-08", "END"},
			{"le 16 octobre 1981", "DATE", "1981-10-16", ""},
			{"vers 22 heures", "TIME", "1981-10-16T22:00", "APPROX"},
			{"Le lendemain", "DATE", "1981-10-17", ""},
			{"quatre ans plus tard", "DURATION", "P4Y", ""},
			{"2011", "DATE", "2011", ""},
			{"dimanche", "DATE", "2021-10-17", ""},
			{"14 h", "TIME", "2021-10-17T14:00", ""},
		}},
	{"jeuneafrique-alger-1962", "2022-07-05", `Algérie : « Le 5 juillet 1962, Alger ne dormait plus »

Il avait 14 ans. Soixante ans plus tard, Mohamed Larbi, ancien instituteur installé à Blida, n'a rien oublié de l'été 1962. Alors que l'Algérie célèbre ce mardi le soixantième anniversaire de sa souveraineté retrouvée, il a accepté de livrer ses souvenirs à Jeune Afrique.

Le dimanche 1er juillet 1962, les Algériens votent massivement au référendum d'autodétermination. « Mon père s'est levé à 5 heures pour être le premier au bureau de vote », se souvient-il. Deux jours plus tard, le 3 juillet, la France reconnaît officiellement l'indépendance. Ce mardi-là, la Casbah se couvre de drapeaux verts et blancs.

Mais c'est le jeudi 5 juillet qui reste gravé dans sa mémoire. « Ce jour-là, on a marché de Bab El Oued jusqu'au port. Les youyous ne s'arrêtaient plus. » La fête se prolonge pendant près d'une semaine dans les quartiers populaires.

Plusieurs historiens rappellent toutefois que cette période de liesse fut aussi marquée par des violences, notamment à Oran le 5 juillet.

Depuis, Mohamed Larbi retourne chaque été dans la maison familiale de la rue Bencheneb, où il conserve le drapeau cousu par sa mère. Un colloque consacré à cette période s'ouvrira le 12 juillet à l'université d'Alger 2, et une partie des archives de la wilaya devrait être ouverte au public d'ici la fin de l'année.`,
		[]hoGold{
			{"Le 5 juillet 1962", "DATE", "1962-07-05", ""},
			{"Soixante ans plus tard", "DURATION", "P60Y", ""},
			{"l'été 1962", "DATE", "1962-SU", ""},
			{"ce mardi", "DATE", "2022-07-05", ""},
			{"Le dimanche 1er juillet 1962", "DATE", "1962-07-01", ""},
			{"5 heures", "TIME", "1962-07-01T05:00", ""},
			{"Deux jours plus tard", "DURATION", "P2D", ""},
			{"le 3 juillet", "DATE", "1962-07-03", ""},
			{"Ce mardi-là", "DATE", "1962-07-03", ""},
			{"le jeudi 5 juillet", "DATE", "1962-07-05", ""},
			{"Ce jour-là", "DATE", "1962-07-05", ""},
			{"près d'une semaine", "DURATION", "P1W", "APPROX"},
			{"le 5 juillet", "DATE", "1962-07-05", ""},
			{"chaque été", "SET", "XXXX-SU", ""},
			{"le 12 juillet", "DATE", "2022-07-12", ""},
			{"la fin de l'année", "DATE", "2022", "END"},
		}},
	{"liberation-barricades-1968", "2018-05-10", `Il y a cinquante ans, la nuit des barricades

Le 10 mai 1968, Annie Chevalier avait 19 ans et étudiait les lettres à la Sorbonne. Cinquante ans plus tard, cette retraitée de Montreuil raconte à Libération comment le Quartier latin s'est hérissé de pavés.

Ce vendredi-là, en fin d'après-midi, des milliers d'étudiants se rassemblent place Denfert-Rochereau. « On ne savait pas où on allait. Vers 21 heures, quelqu'un a crié "On reste !" et on a commencé à desceller les pavés de la rue Gay-Lussac. » Pendant plus de trois heures, les barricades montent, sous le regard des CRS.

Le samedi 11 mai, à 2 h 15, le préfet de police donne l'ordre de charger. « Les grenades lacrymogènes pleuvaient. On s'est réfugiés dans un immeuble, une dame nous a cachés dans sa cuisine. » Quand le jour se lève, le bilan est lourd : des centaines de blessés, des dizaines de voitures calcinées. Deux jours plus tard, le lundi 13 mai, les syndicats appellent à la grève générale, et le pays bascule.

Annie Chevalier est devenue professeure, puis militante associative. Elle n'est pas retournée rue Gay-Lussac pendant une bonne dizaine d'années. « J'avais peur de ce que j'y retrouverais », glisse-t-elle.

Ce samedi, elle participera à une marche organisée entre Denfert-Rochereau et la Sorbonne, à partir de 15 heures. Une exposition consacrée aux affiches de 1968 se tient actuellement à l'Hôtel de Ville, jusqu'au 28 juillet.`,
		[]hoGold{
			{"Il y a cinquante ans", "DATE", "1968", ""},
			{"Le 10 mai 1968", "DATE", "1968-05-10", ""},
			{"Cinquante ans plus tard", "DURATION", "P50Y", ""},
			{"Ce vendredi-là", "DATE", "1968-05-10", ""},
			{"fin d'après-midi", "TIME", "1968-05-10TAF", "END"},
			{"Vers 21 heures", "TIME", "1968-05-10T21:00", "APPROX"},
			{"plus de trois heures", "DURATION", "PT3H", "MORE_THAN"},
			{"Le samedi 11 mai", "DATE", "1968-05-11", ""},
			{"2 h 15", "TIME", "1968-05-11T02:15", ""},
			{"Deux jours plus tard", "DURATION", "P2D", ""},
			{"le lundi 13 mai", "DATE", "1968-05-13", ""},
			{"une bonne dizaine d'années", "DURATION", "P10Y", "APPROX"},
			{"Ce samedi", "DATE", "2018-05-12", ""},
			{"15 heures", "TIME", "2018-05-12T15:00", ""},
			{"1968", "DATE", "1968", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"28 juillet", "DATE", "2018-07-28", ""},
		}},
	{"ladepeche-crue-aude-1999", "2019-11-12", `Aude : vingt ans après, Villeroux n'a rien oublié de la crue

Il y a vingt ans, dans la nuit du 12 au 13 novembre 1999, l'Aude vivait la pire crue de son histoire moderne. À Villeroux-d'Aude, Jean-Louis Ferrand, viticulteur à la retraite, se souvient de chaque détail.

Ce vendredi-là, il pleuvait sans interruption depuis le matin. Vers 18 heures, le maire fait sonner la sirène. Il tombera plus de 600 millimètres d'eau en moins de vingt-quatre heures sur les Corbières. À 23 h 30, l'eau atteint le premier étage de la mairie.

Cette nuit-là, Jean-Louis Ferrand et trois voisins se réfugient sur le toit de la cave coopérative. Ils y resteront près de dix heures, avant d'être hélitreuillés le samedi matin par un équipage de la Sécurité civile. « On entendait les cuves se fracasser contre les murs, les chiens hurler. On ne savait pas qui était encore vivant. »

Dimanche soir, le bilan provisoire dépasse la vingtaine de morts dans le département. Trois semaines plus tard, les premiers sinistrés sont relogés dans des préfabriqués installés sur le stade.

Depuis, la commune a investi 4 millions d'euros dans une digue, achevée en 2014. Ce mardi, à 11 heures, une cérémonie réunira les habitants devant la stèle du quai. Chaque automne, les épisodes méditerranéens ravivent pourtant l'angoisse, et le plan de prévention des risques doit être révisé d'ici 2021.`,
		[]hoGold{
			{"vingt ans après", "DURATION", "P20Y", ""},
			{"Il y a vingt ans", "DATE", "1999", ""},
			{"la nuit du 12 au 13 novembre 1999", "TIME", "1999-11-12TNI", ""},
			{"Ce vendredi-là", "DATE", "1999-11-12", ""},
			{"le matin", "TIME", "1999-11-12TMO", ""},
			{"Vers 18 heures", "TIME", "1999-11-12T18:00", "APPROX"},
			{"moins de vingt-quatre heures", "DURATION", "PT24H", "LESS_THAN"},
			{"23 h 30", "TIME", "1999-11-12T23:30", ""},
			{"Cette nuit-là", "TIME", "1999-11-12TNI", ""},
			{"près de dix heures", "DURATION", "PT10H", "APPROX"},
			{"le samedi matin", "TIME", "1999-11-13TMO", ""},
			{"Dimanche soir", "TIME", "1999-11-14TEV", ""},
			{"Trois semaines plus tard", "DURATION", "P3W", ""},
			{"2014", "DATE", "2014", ""},
			{"Ce mardi", "DATE", "2019-11-12", ""},
			{"11 heures", "TIME", "2019-11-12T11:00", ""},
			{"Chaque automne", "SET", "XXXX-FA", ""},
			{"2021", "DATE", "2021", ""},
		}},
	{"tdg-proces-gerant-fortune", "2025-06-04", `Le gérant de fortune qui promettait des rendements « sans risque » face à ses juges

Genève. Le procès de l'ancien gérant de fortune Laurent V. s'est ouvert lundi devant le Tribunal correctionnel. Cet homme de 58 ans est accusé d'avoir détourné près de 14 millions de francs au préjudice d'une quarantaine de clients entre 2016 et 2021.

Mardi, la présidente a retracé la fin de sa fuite en avant. Le mercredi 3 février 2021, une cliente s'inquiète de ne pas retrouver un virement. Le gérant la rassure par courriel à 18 h 12. La semaine suivante, deux autres clients réclament leurs avoirs. « J'ai compris que c'était fini », a reconnu le prévenu.

Le vendredi 19 février, il ne se présente pas au bureau. Ce jour-là, son associé découvre des relevés falsifiés et alerte le Ministère public le soir même. Laurent V. est interpellé trois jours plus tard à l'aéroport de Cointrin, un billet pour Dubaï en poche. Il passera quatorze mois en détention provisoire.

Depuis sa libération, au printemps 2022, il vit chez sa sœur à Nyon. L'accusation requiert six ans de prison ferme. « Mon client a tout avoué, il a collaboré », plaide son avocat.

Les débats reprennent ce jeudi à 8 h 30 avec l'audition des experts comptables. Le verdict est attendu la semaine prochaine. Le Ministère public devrait par ailleurs se prononcer sur trois nouvelles plaintes d'ici fin juin.`,
		[]hoGold{
			{"lundi", "DATE", "2025-06-02", ""},
			{"2016", "DATE", "2016", ""},
			{"2021", "DATE", "2021", ""},
			{"Mardi", "DATE", "2025-06-03", ""},
			{"Le mercredi 3 février 2021", "DATE", "2021-02-03", ""},
			{"18 h 12", "TIME", "2021-02-03T18:12", ""},
			{"La semaine suivante", "DATE", "2021-W06", ""},
			{"Le vendredi 19 février", "DATE", "2021-02-19", ""},
			{"Ce jour-là", "DATE", "2021-02-19", ""},
			{"le soir même", "TIME", "2021-02-19TEV", ""},
			{"trois jours plus tard", "DURATION", "P3D", ""},
			{"quatorze mois", "DURATION", "P14M", ""},
			{"printemps 2022", "DATE", "2022-SP", ""},
			{"six ans", "DURATION", "P6Y", ""},
			{"ce jeudi", "DATE", "2025-06-05", ""},
			{"8 h 30", "TIME", "2025-06-05T08:30", ""},
			{"la semaine prochaine", "DATE", "2025-W24", ""},
			{"fin juin", "DATE", "2025-06", "END"},
		}},
	{"lefigaro-coldcase-crest", "2026-01-20", `Disparition de Léa Morel : vingt ans après, l'enquête relancée

Le pôle des affaires non élucidées de Nanterre a rouvert le dossier de Léa Morel, disparue à 16 ans à Crest (Drôme), a appris Le Figaro. Un élément nouveau, un ADN partiel isolé sur un vêtement, a été identifié le mois dernier par un laboratoire de Lyon.

Le samedi 9 juillet 2005, la lycéenne quitte le domicile familial vers 20 h 30 pour rejoindre des amis à la fête du quartier. Ce soir-là, plusieurs témoins l'aperçoivent près du pont sur la Drôme, en compagnie d'un jeune homme jamais identifié. Sa mère donne l'alerte le lendemain matin.

Les recherches mobilisent 300 gendarmes pendant dix jours. Deux semaines plus tard, un sac appartenant à l'adolescente est retrouvé à 8 kilomètres en aval. L'enquête piétine ensuite pendant des années, jusqu'au non-lieu prononcé en 2012.

« Nous attendons depuis vingt ans. Chaque 9 juillet, nous allumons une bougie sur le pont », confie son frère, Thomas, qui a créé une association. Une marche blanche est organisée ce week-end dans les rues de Crest.

Les analyses génétiques complémentaires devraient aboutir d'ici trois mois, selon une source proche du dossier. La famille sera reçue par la juge d'instruction le 3 février, une première depuis 2012.`,
		[]hoGold{
			{"vingt ans après", "DURATION", "P20Y", ""},
			{"le mois dernier", "DATE", "2025-12", ""},
			{"Le samedi 9 juillet 2005", "DATE", "2005-07-09", ""},
			{"vers 20 h 30", "TIME", "2005-07-09T20:30", "APPROX"},
			{"Ce soir-là", "TIME", "2005-07-09TEV", ""},
			{"le lendemain matin", "TIME", "2005-07-10TMO", ""},
			{"dix jours", "DURATION", "P10D", ""},
			{"Deux semaines plus tard", "DURATION", "P2W", ""},
			{"des années", "DURATION", "PXY", ""},
			{"2012", "DATE", "2012", ""},
			{"vingt ans", "DURATION", "P20Y", ""},
			{"Chaque 9 juillet", "SET", "XXXX-07-09", ""},
			{"ce week-end", "DATE", "2026-W04-WE", ""},
			{"trois mois", "DURATION", "P3M", ""},
			{"le 3 février", "DATE", "2026-02-03", ""},
			{"2012", "DATE", "2012", ""},
		}},
	{"lalibre-evasion-lantin", "2025-09-27", `Évasion de Lantin : dix ans après, le mystère des complices demeure

Le dimanche 27 septembre 2015, à 10 h 40, un hélicoptère se pose dans la cour de la prison de Lantin, près de Liège. Deux minutes plus tard, il redécolle avec à son bord Sandro Pirlot, 41 ans, condamné pour une série de braquages de fourgons. L'opération avait été préparée pendant des mois, établira l'enquête.

Ce matin-là, les gardiens venaient de terminer la distribution du courrier. « Tout s'est passé en moins de trois minutes. On n'a rien pu faire », se souvient un agent, qui a requis l'anonymat. L'appareil, loué la veille à Charleroi par un faux homme d'affaires, est retrouvé abandonné le soir même dans un champ près de Hannut. Le pilote, pris en otage, est relâché sain et sauf vers 13 heures.

Pirlot sera arrêté six semaines plus tard en Espagne, dans un appartement de Marbella. Ses complices, eux, n'ont jamais été identifiés. Depuis, la prison a fait installer des filins anti-hélicoptères au-dessus de ses préaux.

Condamné en 2017 à une nouvelle peine de dix ans, Pirlot est sorti de prison en mars dernier, sous conditions. Il prépare un livre, dont la sortie est annoncée pour le printemps prochain chez un éditeur bruxellois. La RTBF consacre à l'affaire un documentaire, diffusé ce dimanche à 20 h 50.`,
		[]hoGold{
			{"dix ans après", "DURATION", "P10Y", ""},
			{"Le dimanche 27 septembre 2015", "DATE", "2015-09-27", ""},
			{"10 h 40", "TIME", "2015-09-27T10:40", ""},
			{"Deux minutes plus tard", "DURATION", "PT2M", ""},
			{"des mois", "DURATION", "PXM", ""},
			{"Ce matin-là", "TIME", "2015-09-27TMO", ""},
			{"moins de trois minutes", "DURATION", "PT3M", "LESS_THAN"},
			{"la veille", "DATE", "2015-09-26", ""},
			{"le soir même", "TIME", "2015-09-27TEV", ""},
			{"vers 13 heures", "TIME", "2015-09-27T13:00", "APPROX"},
			{"six semaines plus tard", "DURATION", "P6W", ""},
			{"2017", "DATE", "2017", ""},
			{"dix ans", "DURATION", "P10Y", ""},
			{"mars dernier", "DATE", "2025-03", ""},
			{"le printemps prochain", "DATE", "2026-SP", ""},
			{"ce dimanche", "DATE", "2025-09-28", ""},
			{"20 h 50", "TIME", "2025-09-28T20:50", ""},
		}},
	{"ouestfrance-naufrage-groix", "2024-01-15", `Lorient. Deux pêcheurs sauvés après neuf heures dans un radeau de survie

Ils ont dérivé pendant des heures au large de Groix. Deux marins du chalutier Ar Vag, âgés de 27 et 52 ans, ont été secourus dimanche matin par l'équipage de la SNSM de Lorient, après le naufrage de leur bateau samedi soir.

Samedi, vers 16 h 20, l'Ar Vag quitte le port de Keroman pour une marée de deux jours. La mer est formée, mais « rien d'exceptionnel pour la Bretagne sud », selon l'armateur. À 21 h 45, le patron signale une voie d'eau par radio. Un quart d'heure plus tard, le contact est perdu.

Le Cross Étel déclenche aussitôt les recherches. Un hélicoptère de la Marine nationale survole la zone pendant près de deux heures, sans résultat. Les deux hommes, eux, ont réussi à gagner le radeau. « On a tenu en chantant, en parlant de nos enfants », a raconté le plus jeune, joint lundi par téléphone.

Il est 6 h 50, dimanche, quand un canot de la SNSM repère enfin une lueur. Les naufragés, en hypothermie légère, sont hospitalisés à Lorient. Ils devraient pouvoir sortir d'ici la fin de la semaine.

C'est le troisième naufrage dans le secteur depuis le 1er décembre. Les sauveteurs bénévoles de la station, qui sortent en moyenne deux fois par semaine, lanceront une campagne de dons le 1er février.`,
		[]hoGold{
			{"neuf heures", "DURATION", "PT9H", ""},
			{"des heures", "DURATION", "PTXH", ""},
			{"dimanche matin", "TIME", "2024-01-14TMO", ""},
			{"samedi soir", "TIME", "2024-01-13TEV", ""},
			{"Samedi", "DATE", "2024-01-13", ""},
			{"vers 16 h 20", "TIME", "2024-01-13T16:20", "APPROX"},
			{"deux jours", "DURATION", "P2D", ""},
			{"21 h 45", "TIME", "2024-01-13T21:45", ""},
			{"Un quart d'heure plus tard", "DURATION", "PT15M", ""},
			{"près de deux heures", "DURATION", "PT2H", "APPROX"},
			{"lundi", "DATE", "2024-01-15", ""},
			{"6 h 50", "TIME", "2024-01-14T06:50", ""},
			{"dimanche", "DATE", "2024-01-14", ""},
			{"la fin de la semaine", "DATE", "2024-W03", "END"},
			{"le 1er décembre", "DATE", "2023-12-01", ""},
			{"deux fois par semaine", "SET", "P1W", ""},
			{"le 1er février", "DATE", "2024-02-01", ""},
		}},
	{"lesoleil-necrologie-guitariste", "2016-08-17", `Nécrologie : Ablaye Sène, la guitare du Sahel Star, s'est tue

Le guitariste Ablaye Sène est décédé lundi soir à l'hôpital Principal de Dakar, des suites d'une longue maladie. Il avait 74 ans. L'inhumation a eu lieu hier après-midi au cimetière de Yoff, en présence de nombreux artistes et de dignitaires lébous.

Né en 1942 à Rufisque, il apprend la guitare auprès d'un oncle cheminot. Le 4 avril 1960, alors que le pays fête son indépendance, il joue pour la première fois en public, sur une estrade dressée place Protet. « Ce soir-là, il a compris que la musique serait sa vie », raconte son fils Pape.

Au début des années 1970, il rejoint le Sahel Star, qui fait danser chaque samedi le Miami Club. Le groupe enregistre son premier album en 1975 ; deux ans plus tard, il part en tournée en France pendant trois mois. Sène quitte l'orchestre en 1984, après une brouille avec le chanteur vedette, et se consacre à l'enseignement.

Affaibli depuis 2010, il continuait de donner des cours aux jeunes de la Médina, trois fois par semaine, dans une petite salle prêtée par la mairie. Le ministre de la Culture a salué hier « un pionnier de la musique moderne sénégalaise ».

Un hommage lui sera rendu samedi 27 août au Grand Théâtre national, à partir de 20 heures, avec plusieurs anciens membres de l'orchestre.`,
		[]hoGold{
			{"lundi soir", "TIME", "2016-08-15TEV", ""},
			{"hier après-midi", "TIME", "2016-08-16TAF", ""},
			{"1942", "DATE", "1942", ""},
			{"Le 4 avril 1960", "DATE", "1960-04-04", ""},
			{"Ce soir-là", "TIME", "1960-04-04TEV", ""},
			{"début des années 1970", "DATE", "197", "START"},
			{"chaque samedi", "SET", "XXXX-WXX-6", ""},
			{"1975", "DATE", "1975", ""},
			{"deux ans plus tard", "DURATION", "P2Y", ""},
			{"trois mois", "DURATION", "P3M", ""},
			{"1984", "DATE", "1984", ""},
			{"2010", "DATE", "2010", ""},
			{"trois fois par semaine", "SET", "P1W", ""},
			{"hier", "DATE", "2016-08-16", ""},
			{"samedi 27 août", "DATE", "2016-08-27", ""},
			{"20 heures", "TIME", "2016-08-27T20:00", ""},
		}},
	{"lesoir-basket-chiffres", "2022-04-03", `Basket : Ostende maté par Mons-Hainaut, 87-79

Mons. Devant 2 019 spectateurs, Mons-Hainaut a signé un succès de prestige face au leader ostendais, 87-79. Emmenés par un Jean-Marc Mwema étincelant (24 points, 9 rebonds, 5 passes décisives), les Montois ont compté jusqu'à 17 points d'avance (61-44) avant de résister au retour des visiteurs.

Le meneur américain Tyler Brooks, 31 ans, a ajouté 18 points, dont 4 tirs primés sur 7 tentés. Côté ostendais, le pivot Kevin Mbala (2,08 m, 112 kg) a terminé avec 16 points et 11 rebonds, mais ses coéquipiers n'ont réussi que 6 de leurs 27 tentatives à trois points.

« On a défendu dur, à 100 %. Quand on mène de 17, il faut savoir gérer », analysait le coach montois, Vincent Demaret, 44 ans. Son homologue, Dario Kovač, regrettait « 19 ballons perdus, c'est beaucoup trop à ce niveau ».

Au classement, Mons (14 victoires, 9 défaites) remonte à la 4e place, à deux longueurs d'Anvers. Ostende (19-4) conserve la tête avec une différence de +312 points.

Les supporters montois, qui avaient payé leur place 12 euros, ont pu acheter le maillot n° 23 de Mwema au prix de 65 euros à la boutique du club, située au 145 de l'avenue du Tir. Le prochain choc contre Anvers est programmé au Spiroudome de Charleroi, où 6 300 places ont déjà trouvé preneur.`,
		[]hoGold{}},
	{"elwatan-logements-chiffres", "2019-12-08", `Logement : 2 019 unités attribuées à Bab Ezzouar

Alger. La wilaya d'Alger a publié la liste des bénéficiaires de 2 019 logements publics locatifs situés sur le site de Bab Ezzouar, a-t-on appris auprès de la direction du logement. Sur les 7 544 dossiers déposés, 5 525 ont été rejetés, dont 1 962 pour « fausse déclaration ».

Les logements se répartissent en 1 208 F3 et 811 F4, répartis sur 46 immeubles de 10 à 15 étages. Le loyer est fixé à 3 850 dinars pour un F3 et à 4 600 dinars pour un F4, charges non comprises.

Parmi les bénéficiaires figurent 312 familles issues des bidonvilles de Oued Smar et 148 veuves. La doyenne des attributaires, Mme Zohra B., a 87 ans ; le plus jeune, un agent hospitalier, en a 29.

Les recours peuvent être déposés au siège de la daïra, au 12, boulevard du 1er-Novembre-1954, ou à l'annexe de la cité du 5-Juillet, bâtiment 19, porte 4.

« Sur 100 demandeurs, 27 seulement obtiennent un toit », déplore Karim Hadj, président d'une association de quartier qui dit représenter 2 500 familles. Selon lui, 640 dossiers conformes auraient été écartés. La direction du logement affirme au contraire que 98 % des recours examinés, sur un total de 1 130, ont été jugés infondés.

Le programme global prévoit 9 000 unités supplémentaires sur la commune, pour un coût estimé à 42 milliards de dinars, dont 35 % financés par la Caisse nationale du logement.`,
		[]hoGold{}},
	{"leparisien-10-mai-1981", "2021-05-10", `10 mai 1981 : « Ce soir-là, on a dansé sous la pluie à la Bastille »

Il y a quarante ans, François Mitterrand était élu président de la République. Militante socialiste dans le XIe arrondissement, Françoise Aubry, 63 ans, raconte à notre journal un moment resté gravé dans les mémoires.

Le dimanche 10 mai 1981, elle tient un bureau de vote de la rue de la Roquette. « On avait peur d'y croire. Deux semaines plus tôt, au premier tour, Giscard était encore en tête. » À 20 heures, le visage du nouveau président apparaît sur les écrans de télévision. « J'ai hurlé. Mon père, qui votait à gauche depuis 1936, pleurait comme un enfant. »

Vers 21 h 30, elle rejoint la place de la Bastille avec des amis. Un orage éclate peu après ; la fête continue pourtant malgré les trombes d'eau. « On chantait, on s'embrassait, on ne sentait même pas la pluie. »

Le lendemain matin, elle retourne travailler au bureau de poste « sans avoir dormi ». Onze jours plus tard, le 21 mai, elle assiste depuis le trottoir de la rue Soufflot à la montée du président vers le Panthéon.

Quarante ans après, elle garde sa carte d'adhérente de 1981 dans un cadre, au-dessus de son bureau. Elle participera ce soir à une soirée anniversaire organisée place de la Bastille, à partir de 19 heures, puis à un débat sur l'héritage du septennat le 18 mai.`,
		[]hoGold{
			{"10 mai 1981", "DATE", "1981-05-10", ""},
			{"Ce soir-là", "TIME", "1981-05-10TEV", ""},
			{"Il y a quarante ans", "DATE", "1981", ""},
			{"Le dimanche 10 mai 1981", "DATE", "1981-05-10", ""},
			{"Deux semaines plus tôt", "DURATION", "P2W", ""},
			{"20 heures", "TIME", "1981-05-10T20:00", ""},
			{"1936", "DATE", "1936", ""},
			{"Vers 21 h 30", "TIME", "1981-05-10T21:30", "APPROX"},
			{"Le lendemain matin", "TIME", "1981-05-11TMO", ""},
			{"Onze jours plus tard", "DURATION", "P11D", ""},
			{"le 21 mai", "DATE", "1981-05-21", ""},
			{"Quarante ans après", "DURATION", "P40Y", ""},
			{"1981", "DATE", "1981", ""},
			{"ce soir", "TIME", "2021-05-10TEV", ""},
			{"19 heures", "TIME", "2021-05-10T19:00", ""},
			{"le 18 mai", "DATE", "2021-05-18", ""},
		}},
}

func TestFrenchHeldOut10(t *testing.T) { guardHeldOut(t, "French 10", frHeldOut10, "fr", 0.87) }
