package extract

import "testing"

// frHeldOut7 is the seventh blind held-out French set: 16 invented but
// realistic whole newspaper articles (headline, dateline where the outlet uses
// one, lead, quotes, background paragraph), each with its own DCT. The styles
// imitated are French-language regional and national press from 1998 to 2025:
// L'Est Républicain (fait divers), Ouest-France (municipal council, vendanges,
// basketball), La Voix du Nord (football fixtures, municipal results), Le
// Parisien (cour d'assises, brocante), Le Monde (quarterly results, the 1914
// centenary), Libération (Avignon festival), AFP (heat wave, storm
// anniversary), Le Soir (Brussels, with septante/nonante), La Tribune de Genève
// (municipal vote) and La Presse (Montréal snow removal, with the Québec "fin
// de semaine"). Two articles are number-heavy (scores, vote tallies such as
// "2 019 voix", prices, ages, street numbers) and contain no temporal
// expression at all, so their want lists are empty.
//
// The gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 as adapted by the French
// TimeBank (ISO-TimeML): spans keep determiners and modifiers ("la semaine
// dernière", "début 2013", "près de quatre heures") but not leading
// prepositions ("en", "depuis", "pendant", "à", "dès") nor the preposition part
// of a contracted article ("au", "du", "des"), while "vers" and "près de" stay
// in the span with mod APPROX; "N jours plus tard", "N ans après" and "N
// jours plus tôt" are DURATIONs; "il y a N ans" is a DATE resolved against
// the DCT; "le lendemain", "la veille" and "ce jour-là" anchor on the date
// last narrated; bare weekdays and months resolve to the occurrence the tense
// implies; ages, sports scores and sports "journées" are not timexes. Every
// relative value was computed with Python's datetime from the DCT. The set
// was written without reading the tagger's source, data, docs or other tests.
//
// First run, on the committed tagger (da351fa) before any fix it prompted:
// relaxed F1 0.971, value accuracy 0.953, value F1 0.926.
var frHeldOut7 = []hoCase{
	{"est-incendie-nancy", "2004-02-17", `Nancy : onze locataires évacués dans un incendie rue Saint-Dizier

NANCY. Les sapeurs-pompiers ont lutté pendant près de quatre heures, dimanche soir, contre l'incendie qui a ravagé un immeuble de la rue Saint-Dizier. L'alerte a été donnée vers 21 h 40 par une voisine, intriguée par une odeur de fumée. À leur arrivée, les secours ont découvert un feu déjà bien développé au troisième étage.

Onze locataires ont été évacués, dont une octogénaire incommodée par les fumées et transportée au CHU de Brabois. Ses jours ne sont pas en danger. « J'ai entendu crier dans la cage d'escalier, j'ai juste eu le temps d'attraper mon manteau », raconte Karim, 34 ans, qui occupe un studio au deuxième.

Le sinistre n'a été déclaré maîtrisé qu'à 1 h 30, lundi. Hier après-midi, les enquêteurs de la sûreté départementale se sont rendus sur place pour tenter de déterminer l'origine du feu. La piste d'un court-circuit est privilégiée, mais aucune hypothèse n'est écartée.

Ce n'est pas la première fois que le bâtiment, construit à la fin du XIXe siècle, est touché : un début d'incendie s'y était déjà produit il y a deux ans. La copropriété avait alors engagé des travaux de mise aux normes électriques, qui devaient s'achever ce printemps.

La Ville a relogé les sinistrés dans un hôtel du centre pour au moins une semaine. Une réunion avec le bailleur et les assureurs est prévue jeudi, à la mairie. « On veut savoir quand on pourra rentrer chez nous », résume une locataire.`,
		[]hoGold{
			{"près de quatre heures", "DURATION", "PT4H", "APPROX"},
			{"dimanche soir", "TIME", "2004-02-15TEV", ""},
			{"vers 21 h 40", "TIME", "2004-02-15T21:40", "APPROX"},
			{"1 h 30", "TIME", "2004-02-16T01:30", ""},
			{"lundi", "DATE", "2004-02-16", ""},
			{"Hier après-midi", "TIME", "2004-02-16TAF", ""},
			{"la fin du XIXe siècle", "DATE", "18", "END"},
			{"il y a deux ans", "DATE", "2002", ""},
			{"ce printemps", "DATE", "2004-SP", ""},
			{"au moins une semaine", "DURATION", "P1W", "EQUAL_OR_MORE"},
			{"jeudi", "DATE", "2004-02-19", ""},
		}},
	{"ouest-conseil-quimper", "2012-11-28", `Quimper. Le budget 2013 adopté au terme d'une longue soirée

La séance a duré près de cinq heures. Hier soir, le conseil municipal a adopté le budget primitif pour 2013 par 31 voix contre 12, au terme de débats souvent tendus.

« Nous avons fait le choix de ne pas augmenter les taux d'imposition cette année encore », a rappelé le maire en ouvrant la séance, à 18 h 30. Une promesse tenue depuis 2008, souligne la majorité. L'opposition, elle, dénonce un endettement qui a progressé de 14 % en quatre ans.

Principal point de friction : la rénovation des halles, dont le chantier doit démarrer début 2013 et durer dix-huit mois. Le coût de l'opération, estimé à 6,2 millions d'euros, a été revu à la hausse le mois dernier. « On nous présente la facture au dernier moment », a regretté un élu d'opposition.

La majorité a également annoncé la création d'une navette gratuite qui desservira le centre-ville tous les samedis dès le printemps prochain. Le marché, qui se tient chaque mercredi et chaque samedi place Saint-Corentin, sera provisoirement déplacé quai du Steir pendant les travaux.

Les élus se retrouveront lundi 17 décembre pour examiner les tarifs municipaux et les subventions aux associations. Une réunion publique consacrée au projet des halles est par ailleurs programmée mardi prochain, à la salle du Chapeau-Rouge. Les riverains pourront y consulter les plans définitifs.`,
		[]hoGold{
			{"2013", "DATE", "2013", ""},
			{"près de cinq heures", "DURATION", "PT5H", "APPROX"},
			{"Hier soir", "TIME", "2012-11-27TEV", ""},
			{"2013", "DATE", "2013", ""},
			{"cette année", "DATE", "2012", ""},
			{"18 h 30", "TIME", "2012-11-27T18:30", ""},
			{"2008", "DATE", "2008", ""},
			{"quatre ans", "DURATION", "P4Y", ""},
			{"début 2013", "DATE", "2013", "START"},
			{"dix-huit mois", "DURATION", "P18M", ""},
			{"le mois dernier", "DATE", "2012-10", ""},
			{"tous les samedis", "SET", "XXXX-WXX-6", ""},
			{"le printemps prochain", "DATE", "2013-SP", ""},
			{"chaque mercredi", "SET", "XXXX-WXX-3", ""},
			{"chaque samedi", "SET", "XXXX-WXX-6", ""},
			{"lundi 17 décembre", "DATE", "2012-12-17", ""},
			{"mardi prochain", "DATE", "2012-12-04", ""},
		}},
	{"vdn-lens-le-mans", "2019-08-09", `RC Lens : après le nul de Niort, le Racing veut enchaîner face au Mans

LENS. Cinq jours après le match nul arraché à Niort (1-1) lundi soir, le Racing retrouve Bollaert ce samedi pour la réception du Mans, promu cet été. Coup d'envoi à 19 heures, devant plus de 30 000 spectateurs attendus.

Invaincus après trois journées, avec deux victoires et un nul, les Sang et Or abordent la rencontre en confiance. « On a bien travaillé cette semaine, le groupe vit bien », assurait hier l'entraîneur lensois en conférence de presse. Il devra toutefois composer sans son défenseur central, suspendu pour deux matches après son exclusion à Niort.

Le calendrier ne laisse guère de répit. Les Lensois se déplaceront à Auxerre vendredi 16 août, avant de recevoir Grenoble huit jours plus tard. Puis viendra la trêve internationale, début septembre, que le staff compte mettre à profit pour intégrer les deux recrues arrivées la semaine dernière, un milieu offensif de 22 ans et un latéral gauche prêté par un club belge.

Le club, qui a manqué la montée en Ligue 1 le printemps dernier à l'issue des barrages, ne cache pas son ambition : retrouver l'élite. Un objectif affiché chaque année depuis 2015, toujours en vain.

Billetterie : les places sont en vente en ligne, à la boutique du centre-ville et aux guichets du stade Bollaert-Delelis, ouverts tous les jours. Les abonnés doivent présenter leur carte à l'entrée.`,
		[]hoGold{
			{"Cinq jours", "DURATION", "P5D", ""},
			{"lundi soir", "TIME", "2019-08-05TEV", ""},
			{"ce samedi", "DATE", "2019-08-10", ""},
			{"cet été", "DATE", "2019-SU", ""},
			{"19 heures", "TIME", "2019-08-10T19:00", ""},
			{"cette semaine", "DATE", "2019-W32", ""},
			{"hier", "DATE", "2019-08-08", ""},
			{"vendredi 16 août", "DATE", "2019-08-16", ""},
			{"huit jours", "DURATION", "P8D", ""},
			{"début septembre", "DATE", "2019-09", "START"},
			{"la semaine dernière", "DATE", "2019-W31", ""},
			{"le printemps dernier", "DATE", "2019-SP", ""},
			{"chaque année", "SET", "P1Y", ""},
			{"2015", "DATE", "2015", ""},
			{"tous les jours", "SET", "P1D", ""},
		}},
	{"parisien-assises-tabac", "2016-03-23", `Bobigny : douze ans de réclusion pour le braqueur du tabac de Montreuil

Il a gardé les yeux baissés pendant toute la lecture du verdict. Hier soir, après deux jours de procès, la cour d'assises de la Seine-Saint-Denis a condamné Mickaël D., 29 ans, à douze ans de réclusion criminelle pour le braquage d'un bureau de tabac de Montreuil.

Les faits se sont déroulés le 14 juin 2013. Ce jour-là, vers 19 h 45, deux hommes cagoulés font irruption dans le commerce de la rue de Paris et menacent le gérant avec un fusil à pompe. Ils repartent avec 4 200 euros et plusieurs cartouches de cigarettes. Le gérant, frappé à la tête, passera trois semaines à l'hôpital.

Le lendemain, une voiture volée est retrouvée incendiée à Rosny-sous-Bois. Deux mois plus tard, l'ADN relevé sur un gant abandonné permet d'identifier l'accusé, interpellé à l'automne 2013 chez sa compagne. Son complice n'a jamais été retrouvé.

À la barre, lundi, l'accusé avait reconnu sa présence sur les lieux mais contesté avoir porté l'arme. « J'étais dans une mauvaise passe, je devais de l'argent à des gens dangereux », a-t-il expliqué. L'avocat général avait requis quinze ans.

« Mon client a passé presque trois ans en détention provisoire, il a changé », a plaidé son avocate, qui envisage de faire appel. L'accusé dispose de dix jours pour le faire. Le gérant, lui, a vendu son commerce l'an dernier. « Je n'arrivais plus à lever le rideau », confie-t-il.`,
		[]hoGold{
			{"douze ans", "DURATION", "P12Y", ""},
			{"Hier soir", "TIME", "2016-03-22TEV", ""},
			{"deux jours", "DURATION", "P2D", ""},
			{"douze ans", "DURATION", "P12Y", ""},
			{"le 14 juin 2013", "DATE", "2013-06-14", ""},
			{"Ce jour-là", "DATE", "2013-06-14", ""},
			{"vers 19 h 45", "TIME", "2013-06-14T19:45", "APPROX"},
			{"trois semaines", "DURATION", "P3W", ""},
			{"Le lendemain", "DATE", "2013-06-15", ""},
			{"Deux mois plus tard", "DURATION", "P2M", ""},
			{"l'automne 2013", "DATE", "2013-FA", ""},
			{"lundi", "DATE", "2016-03-21", ""},
			{"quinze ans", "DURATION", "P15Y", ""},
			{"presque trois ans", "DURATION", "P3Y", "APPROX"},
			{"dix jours", "DURATION", "P10D", ""},
			{"l'an dernier", "DATE", "2015", ""},
		}},
	{"monde-valmont-trimestre", "2024-10-24", `Le groupe Valmont voit ses ventes reculer au troisième trimestre

Le fabricant français d'équipements électriques Valmont a publié, mercredi 23 octobre, un chiffre d'affaires de 3,1 milliards d'euros pour le troisième trimestre, en baisse de 4,2 % sur un an. Sur neuf mois, les ventes atteignent 9,4 milliards d'euros, un niveau quasi stable.

La direction met en avant le ralentissement du marché européen de la construction, qui pèse sur l'activité depuis le printemps. « Nous avions anticipé que le second semestre serait plus difficile », a reconnu le directeur financier lors d'une conférence téléphonique avec les analystes. Au premier semestre, le groupe avait pourtant surpris le marché avec une croissance organique de 3 %.

Pour l'exercice 2024, Valmont abaisse sa prévision de marge opérationnelle à 11 %, contre 12,5 % annoncés en juillet. L'action a perdu près de 7 % à la Bourse de Paris hier, sa plus forte baisse en une séance depuis mars 2020.

Le groupe, qui emploie actuellement 48 000 personnes dans une trentaine de pays, a par ailleurs confirmé la fermeture d'un site dans les Ardennes d'ici à la fin de l'année prochaine. Les syndicats, reçus la semaine dernière au siège de La Défense, dénoncent « un plan décidé de longue date » et appellent à un rassemblement devant l'usine.

La direction présentera sa nouvelle feuille de route aux investisseurs le 12 février, en même temps que ses résultats annuels. Le conseil d'administration, qui se réunit quatre fois par an, devra également se prononcer sur le dividende.`,
		[]hoGold{
			{"troisième trimestre", "DATE", "2024-Q3", ""},
			{"mercredi 23 octobre", "DATE", "2024-10-23", ""},
			{"le troisième trimestre", "DATE", "2024-Q3", ""},
			{"un an", "DURATION", "P1Y", ""},
			{"neuf mois", "DURATION", "P9M", ""},
			{"le printemps", "DATE", "2024-SP", ""},
			{"le second semestre", "DATE", "2024-H2", ""},
			{"premier semestre", "DATE", "2024-H1", ""},
			{"l'exercice 2024", "DATE", "2024", ""},
			{"juillet", "DATE", "2024-07", ""},
			{"hier", "DATE", "2024-10-23", ""},
			{"mars 2020", "DATE", "2020-03", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"la fin de l'année prochaine", "DATE", "2025", "END"},
			{"la semaine dernière", "DATE", "2024-W42", ""},
			{"le 12 février", "DATE", "2025-02-12", ""},
			{"quatre fois par an", "SET", "P1Y", ""},
		}},
	{"libe-avignon-ouverture", "2009-07-08", `Avignon : le in se resserre, le off déborde

Avignon, envoyé spécial. Mardi, à 22 heures, la Cour d'honneur du palais des Papes était pleine à craquer pour l'ouverture du 63e Festival d'Avignon. Près de trois heures de spectacle, sans entracte, puis une ovation debout qui a duré une dizaine de minutes.

Le festival, qui s'achèvera le 29 juillet, affiche cette année une programmation resserrée : une quarantaine de spectacles dans le in, contre plus de cinquante l'été dernier. La direction assume. « On a préféré moins de propositions, jouées plus souvent », explique-t-elle.

Dans le off, c'est l'inverse. Plus de 980 compagnies se disputent les murs de la ville, les tracts et l'attention du public. Chaque soir, les rues du centre se transforment en scène à ciel ouvert. Certaines troupes jouent deux fois par jour pour rentabiliser des salles louées à prix d'or pour trois semaines. « On joue à perte, mais on n'a pas le choix si on veut être vus par les programmateurs », soupire une comédienne lyonnaise.

Fondé en 1947 par Jean Vilar, le festival s'est construit sur l'idée d'un théâtre populaire. Depuis le milieu des années 1980, il s'est ouvert à la danse, puis aux arts plastiques et à la vidéo. La prochaine édition devrait accueillir un artiste associé venu d'Afrique de l'Ouest.

À noter : la Cour d'honneur accueillera samedi soir une lecture exceptionnelle, et les débats du cloître Saint-Louis reprennent demain, en présence de plusieurs metteurs en scène.`,
		[]hoGold{
			{"Mardi", "DATE", "2009-07-07", ""},
			{"22 heures", "TIME", "2009-07-07T22:00", ""},
			{"Près de trois heures", "DURATION", "PT3H", "APPROX"},
			{"une dizaine de minutes", "DURATION", "PT10M", "APPROX"},
			{"le 29 juillet", "DATE", "2009-07-29", ""},
			{"cette année", "DATE", "2009", ""},
			{"l'été dernier", "DATE", "2008-SU", ""},
			{"Chaque soir", "SET", "XXXX-XX-XXTEV", ""},
			{"deux fois par jour", "SET", "P1D", ""},
			{"trois semaines", "DURATION", "P3W", ""},
			{"1947", "DATE", "1947", ""},
			{"le milieu des années 1980", "DATE", "198", "MID"},
			{"samedi soir", "TIME", "2009-07-11TEV", ""},
			{"demain", "DATE", "2009-07-09", ""},
		}},
	{"afp-canicule-urgences", "2003-08-12", `Canicule : la France suffoque, les urgences saturées

PARIS (AFP) - La vague de chaleur qui frappe la France depuis dix jours ne faiblissait pas mardi, avec des températures dépassant encore 38 degrés dans une grande partie du pays, selon Météo-France.

À Paris, le thermomètre a atteint 39,5 degrés lundi après-midi, un record pour la capitale depuis le début des relevés en 1873. La nuit dernière, la température n'est pas descendue sous 25 degrés dans plusieurs arrondissements.

Les services d'urgence de plusieurs hôpitaux de la région parisienne se disent débordés depuis le week-end. « Nous recevons actuellement trois fois plus de personnes âgées que d'habitude », a déclaré à l'AFP un médecin urgentiste, qui travaille depuis 36 heures quasiment sans interruption. Les pompes funèbres font état d'une hausse inhabituelle des décès.

Météo-France n'attend pas d'amélioration sensible avant la fin de la semaine. Un rafraîchissement par l'ouest pourrait intervenir jeudi ou vendredi, accompagné d'orages localement violents.

La dernière canicule comparable remonte à l'été 1976, lorsque la sécheresse avait duré plusieurs mois et contraint le gouvernement à instaurer un « impôt sécheresse ». Les autorités appellent les personnes âgées et isolées à boire régulièrement, à fermer leurs volets et à se signaler auprès de leur mairie.

Le ministère de la Santé, vivement critiqué par les urgentistes, doit faire un nouveau point mercredi.`,
		[]hoGold{
			{"dix jours", "DURATION", "P10D", ""},
			{"mardi", "DATE", "2003-08-12", ""},
			{"lundi après-midi", "TIME", "2003-08-11TAF", ""},
			{"1873", "DATE", "1873", ""},
			{"La nuit dernière", "TIME", "2003-08-11TNI", ""},
			{"le week-end", "DATE", "2003-W32-WE", ""},
			{"actuellement", "DATE", "PRESENT_REF", ""},
			{"36 heures", "DURATION", "PT36H", ""},
			{"la fin de la semaine", "DATE", "2003-W33", "END"},
			{"jeudi", "DATE", "2003-08-14", ""},
			{"vendredi", "DATE", "2003-08-15", ""},
			{"l'été 1976", "DATE", "1976-SU", ""},
			{"plusieurs mois", "DURATION", "PXM", ""},
			{"mercredi", "DATE", "2003-08-13", ""},
		}},
	{"soir-ixelles-piscine", "2018-09-05", `Ixelles : la piscine de la rue de la Natation rouvre enfin

Après plus de trois ans de travaux, la piscine communale d'Ixelles accueillera à nouveau les nageurs ce samedi. L'inauguration officielle a eu lieu lundi, en présence du bourgmestre et de plusieurs anciens maîtres-nageurs.

Construit il y a septante ans, le bâtiment Art déco avait fermé en juin 2015, après la découverte d'infiltrations dans la charpente. Le chantier, initialement prévu pour dix-huit mois, a pris près d'un an de retard, notamment à cause de la faillite d'un sous-traitant.

« Nonante pour cent des habitués nous ont dit qu'ils reviendraient », se félicite l'échevine des Sports. Le coût total s'élève à 7,8 millions d'euros, financés en partie par la Région bruxelloise. Le bassin de 33 mètres a été conservé, tout comme les septante-deux cabines en bois.

La piscine sera ouverte tous les jours, avec des horaires élargis le mercredi soir pour les clubs. Les écoles de la commune disposeront de créneaux réservés chaque matin. Un tarif réduit sera appliqué pendant les deux premières semaines.

Les riverains, eux, redoutent surtout le retour des problèmes de stationnement. Une réunion d'information est prévue le jeudi 13 septembre, à la maison communale. La commune promet une zone bleue d'ici la fin de l'année. « On attend ça depuis des années », soupire un habitant de la chaussée de Wavre.`,
		[]hoGold{
			{"plus de trois ans", "DURATION", "P3Y", "MORE_THAN"},
			{"ce samedi", "DATE", "2018-09-08", ""},
			{"lundi", "DATE", "2018-09-03", ""},
			{"il y a septante ans", "DATE", "1948", ""},
			{"juin 2015", "DATE", "2015-06", ""},
			{"dix-huit mois", "DURATION", "P18M", ""},
			{"près d'un an", "DURATION", "P1Y", "APPROX"},
			{"tous les jours", "SET", "P1D", ""},
			{"le mercredi soir", "SET", "XXXX-WXX-3TEV", ""},
			{"chaque matin", "SET", "XXXX-XX-XXTMO", ""},
			{"les deux premières semaines", "DURATION", "P2W", ""},
			{"le jeudi 13 septembre", "DATE", "2018-09-13", ""},
			{"la fin de l'année", "DATE", "2018", "END"},
			{"des années", "DURATION", "PXY", ""},
		}},
	{"tdg-rues-basses", "2021-04-20", `Genève : les Rues-Basses seront piétonnes dès l'été 2022

Le Conseil municipal de la Ville de Genève a accepté hier soir, par 43 voix contre 29, le crédit de 12,4 millions de francs destiné à la piétonnisation d'une partie des Rues-Basses. Le débat a duré plus de deux heures.

Les travaux débuteront en septembre et devraient s'achever d'ici le printemps prochain, pour une mise en service prévue à l'été 2022. Durant le chantier, les lignes de tram 12 et 18 ne seront pas touchées, assure le Département de l'aménagement.

Le projet revient de loin. Présenté une première fois en 2001, il avait été enterré en 2009 faute de majorité. « Cela fait vingt ans qu'on en parle, il est temps d'agir », a lancé un conseiller municipal vert, sous les applaudissements de la tribune.

Les commerçants restent partagés. Selon un sondage de leur association, publié vendredi dernier, 54 % d'entre eux redoutent une baisse de leur chiffre d'affaires pendant les travaux. Les livraisons resteront autorisées tous les matins, et une vingtaine de places pour les deux-roues seront créées à proximité.

La droite a annoncé son intention de lancer un référendum. Elle dispose de quarante jours pour récolter les signatures nécessaires. Si elle y parvient, les Genevois pourraient se prononcer le 26 septembre, date de la prochaine votation.

Interrogée récemment sur le sujet, la magistrate chargée du dossier se dit « sereine ». « Toutes les villes suisses qui ont fait ce choix ne l'ont jamais regretté », affirme-t-elle.`,
		[]hoGold{
			{"l'été 2022", "DATE", "2022-SU", ""},
			{"hier soir", "TIME", "2021-04-19TEV", ""},
			{"plus de deux heures", "DURATION", "PT2H", "MORE_THAN"},
			{"septembre", "DATE", "2021-09", ""},
			{"le printemps prochain", "DATE", "2022-SP", ""},
			{"l'été 2022", "DATE", "2022-SU", ""},
			{"2001", "DATE", "2001", ""},
			{"2009", "DATE", "2009", ""},
			{"vingt ans", "DURATION", "P20Y", ""},
			{"vendredi dernier", "DATE", "2021-04-16", ""},
			{"tous les matins", "SET", "XXXX-XX-XXTMO", ""},
			{"quarante jours", "DURATION", "P40D", ""},
			{"le 26 septembre", "DATE", "2021-09-26", ""},
			{"récemment", "DATE", "PAST_REF", ""},
		}},
	{"presse-deneigement-montreal", "2017-01-12", `Montréal : une opération de déneigement de cinq jours

La Ville de Montréal lancera ce soir, à 19 h, sa troisième opération de chargement de la neige depuis décembre, après les 32 centimètres tombés depuis mardi. Les équipes travailleront sans interruption pendant environ cinq jours.

Quelque 3000 employés et 2200 véhicules seront mobilisés. Les automobilistes sont priés de surveiller les panneaux orange installés dans leur rue : le remorquage commencera deux heures après leur installation. Une amende de 54 $ s'ajoute aux frais de remorquage.

« On sait que c'est exigeant pour les citoyens, mais on n'a pas le choix », a déclaré hier le responsable du déneigement de l'arrondissement du Plateau-Mont-Royal, où les bancs de neige atteignaient par endroits 1,5 mètre.

La tempête de mardi a provoqué la fermeture de plusieurs écoles et cégeps, ainsi que des centaines d'annulations de vols à l'aéroport Montréal-Trudeau. Environnement Canada prévoit un redoux en fin de semaine, avec de la pluie verglaçante samedi matin, ce qui pourrait compliquer les opérations.

L'an dernier, la Ville avait dépensé 166 millions de dollars pour le déneigement, un record depuis 2008. Le budget de cette année a été fixé à 159 millions, une somme que l'opposition juge déjà insuffisante.

Les citoyens peuvent suivre l'avancement des travaux sur l'application Info-Neige, mise à jour toutes les 15 minutes.`,
		[]hoGold{
			{"cinq jours", "DURATION", "P5D", ""},
			{"ce soir", "TIME", "2017-01-12TEV", ""},
			{"19 h", "TIME", "2017-01-12T19:00", ""},
			{"décembre", "DATE", "2016-12", ""},
			{"mardi", "DATE", "2017-01-10", ""},
			{"environ cinq jours", "DURATION", "P5D", "APPROX"},
			{"deux heures", "DURATION", "PT2H", ""},
			{"hier", "DATE", "2017-01-11", ""},
			{"mardi", "DATE", "2017-01-10", ""},
			{"fin de semaine", "DATE", "2017-W02-WE", ""},
			{"samedi matin", "TIME", "2017-01-14TMO", ""},
			{"L'an dernier", "DATE", "2016", ""},
			{"2008", "DATE", "2008", ""},
			{"cette année", "DATE", "2017", ""},
			{"toutes les 15 minutes", "SET", "PT15M", ""},
		}},
	{"ouest-vendanges-muscadet", "2022-08-30", `Vignoble nantais. Des vendanges précoces cet été

Les sécateurs sont sortis hier matin dans un domaine de Maisdon-sur-Sèvre. Les premières grappes de melon de Bourgogne ont été coupées vers 7 h, avant que la chaleur ne devienne trop forte. Un démarrage inédit : d'habitude, les vendanges commencent mi-septembre dans le vignoble nantais.

« Cela fait trente-cinq ans que je fais ce métier, je n'ai jamais vu ça », témoigne le vigneron, 58 ans. Son père, installé dans les années 1960, se souvient de vendanges commencées en octobre 1972.

La sécheresse printanière et les trois épisodes de canicule de juin, juillet et août ont accéléré la maturation des raisins. Les rendements devraient toutefois rester corrects, autour de 45 hectolitres par hectare, contre 38 l'an passé, quand le gel d'avril avait détruit une partie des bourgeons.

Sur l'ensemble de l'appellation, la récolte devrait s'étaler sur environ trois semaines. La Fédération des vins de Nantes dressera un premier bilan vendredi 9 septembre. Une quarantaine de saisonniers ont été recrutés, nourris et logés sur place.

Depuis une décennie, les vendanges ont avancé d'une dizaine de jours en moyenne, selon la chambre d'agriculture. La fête des vendanges du Pallet, organisée chaque année, est maintenue le samedi 10 septembre, avec un défilé de tracteurs anciens et un concours de dégustation.`,
		[]hoGold{
			{"cet été", "DATE", "2022-SU", ""},
			{"hier matin", "TIME", "2022-08-29TMO", ""},
			{"vers 7 h", "TIME", "2022-08-29T07:00", "APPROX"},
			{"mi-septembre", "DATE", "XXXX-09", "MID"},
			{"trente-cinq ans", "DURATION", "P35Y", ""},
			{"les années 1960", "DATE", "196", ""},
			{"octobre 1972", "DATE", "1972-10", ""},
			{"juin", "DATE", "2022-06", ""},
			{"juillet", "DATE", "2022-07", ""},
			{"août", "DATE", "2022-08", ""},
			{"l'an passé", "DATE", "2021", ""},
			{"avril", "DATE", "2021-04", ""},
			{"environ trois semaines", "DURATION", "P3W", "APPROX"},
			{"vendredi 9 septembre", "DATE", "2022-09-09", ""},
			{"une décennie", "DURATION", "P10Y", ""},
			{"une dizaine de jours", "DURATION", "P10D", "APPROX"},
			{"chaque année", "SET", "P1Y", ""},
			{"le samedi 10 septembre", "DATE", "2022-09-10", ""},
		}},
	{"afp-tempete-1999", "2019-12-26", `Tempête de 1999 : vingt ans après, le Sud-Ouest n'a pas oublié

BORDEAUX (AFP) - Ils ne l'ont jamais oubliée. Le 27 décembre 1999, la tempête Martin balayait le Sud-Ouest avec des rafales dépassant 150 km/h, trente-six heures après le passage de Lothar sur le nord du pays. Vingt ans plus tard, les habitants de la Gironde et des Landes commémorent ce jeudi l'une des pires catastrophes naturelles du XXe siècle en France.

« Le lendemain matin, on ne reconnaissait plus rien », raconte Jean-Pierre, 71 ans, forestier à la retraite à Mimizan. « Il a fallu plus de dix ans pour replanter. » Dans le massif landais, près de 30 millions de mètres cubes de pins étaient à terre.

Les deux tempêtes ont fait 92 morts en France. Des centaines de milliers de foyers sont restés privés d'électricité pendant plusieurs semaines, certains jusqu'à la mi-janvier.

Dix ans après, en janvier 2009, la tempête Klaus avait de nouveau dévasté la forêt, anéantissant une partie des replantations.

En deux décennies, les sylviculteurs ont revu leurs pratiques. « Maintenant, on plante moins serré et on diversifie les essences », explique un ingénieur de l'Office national des forêts. Les assureurs, eux, ont renforcé leurs modèles de calcul des risques climatiques.

Une exposition de photographies est visible jusqu'au 15 janvier à la mairie de Mimizan, ouverte tous les après-midi sauf le lundi. Une plaque commémorative doit être dévoilée samedi sur le front de mer.`,
		[]hoGold{
			{"1999", "DATE", "1999", ""},
			{"vingt ans après", "DURATION", "P20Y", ""},
			{"Le 27 décembre 1999", "DATE", "1999-12-27", ""},
			{"trente-six heures", "DURATION", "PT36H", ""},
			{"Vingt ans plus tard", "DURATION", "P20Y", ""},
			{"ce jeudi", "DATE", "2019-12-26", ""},
			{"XXe siècle", "DATE", "19", ""},
			{"Le lendemain matin", "TIME", "1999-12-28TMO", ""},
			{"plus de dix ans", "DURATION", "P10Y", "MORE_THAN"},
			{"plusieurs semaines", "DURATION", "PXW", ""},
			{"la mi-janvier", "DATE", "2000-01", "MID"},
			{"Dix ans après", "DURATION", "P10Y", ""},
			{"janvier 2009", "DATE", "2009-01", ""},
			{"deux décennies", "DURATION", "P20Y", ""},
			{"Maintenant", "DATE", "PRESENT_REF", ""},
			{"15 janvier", "DATE", "2020-01-15", ""},
			{"tous les après-midi", "SET", "XXXX-XX-XXTAF", ""},
			{"le lundi", "SET", "XXXX-WXX-1", ""},
			{"samedi", "DATE", "2019-12-28", ""},
		}},
	{"ouest-cholet-basket-chiffres", "2021-02-08", `Basket. Cholet s'offre Limoges au bout du suspense (84-79)

CHOLET. Portés par 5 191 spectateurs survoltés, les Choletais ont dominé Limoges 84 à 79 et grimpent à la 6e place du classement, avec 11 victoires pour 7 défaites.

Menés de 14 points (31-45), les joueurs de la Meilleraie ont renversé la rencontre grâce à une série de 22-6. Le meneur américain, 27 ans, a terminé avec 23 points, 7 passes décisives et 5 rebonds, à 9 sur 14 aux tirs. Son coéquipier de 19 ans, formé au club, a ajouté 12 points et 8 rebonds.

« On a montré du caractère. À moins 14, beaucoup d'équipes lâchent », a souligné l'entraîneur choletais. Limoges, qui restait sur 4 succès consécutifs, recule au 9e rang avec 10 victoires et 8 revers.

Aux lancers francs, Cholet a réussi 18 de ses 21 tentatives (86 %), contre 12 sur 20 pour le CSP. À 3 points, les deux équipes ont affiché un 10 sur 27 identique. Les Limougeauds ont perdu 16 ballons, contre 9 pour leurs hôtes.

Dans la salle, les supporters ont salué la 300e apparition sous le maillot choletais de leur capitaine, 33 ans, arrivé de Nanterre contre une indemnité de 150 000 euros. Le club revendique une affluence moyenne de 4 987 personnes, un record, et 2 024 abonnés.

Le billet le moins cher reste fixé à 12 euros, 8 euros pour les moins de 16 ans. La boutique du club, au 1, rue du Stade, propose le nouveau maillot à 69,90 euros et l'écharpe à 15 euros.`,
		[]hoGold{}},
	{"vdn-municipales-chiffres", "2020-03-17", `Municipales : la liste sortante l'emporte de 82 voix à Marchiennes-le-Haut

MARCHIENNES-LE-HAUT. Sur 7 412 inscrits, 4 350 électeurs se sont déplacés, soit une participation de 58,69 %. La liste du maire sortant, 61 ans, recueille 2 019 voix (47,35 %), contre 1 937 voix (45,43 %) pour celle de son adversaire, un cadre bancaire de 44 ans. La troisième liste, conduite par un enseignant retraité, n'obtient que 308 voix (7,22 %). On dénombre 86 bulletins blancs ou nuls.

Avec ce résultat, la majorité obtient 22 des 29 sièges du conseil municipal, l'opposition 6 et la troisième liste 1. Au bureau n° 4, installé dans l'école du 12, rue Jean-Jaurès, l'écart n'a été que de 3 voix : 241 contre 238.

« 82 voix, c'est peu, mais c'est une victoire », a réagi le maire devant une centaine de partisans réunis salle Pierre-Mauroy, au 45, place de la République. Son rival n'exclut pas un recours devant le tribunal administratif de Lille.

Parmi les projets phares de la nouvelle équipe : une médiathèque de 1 200 m² chiffrée à 3,4 millions d'euros, un terrain synthétique à 890 000 euros et la baisse du prix de la cantine de 3,10 à 2,80 euros le repas. La taxe foncière, fixée à 24,56 %, ne bougera pas, promet la majorité.

La commune compte 9 868 habitants, dont 1 990 de plus de 75 ans, et 412 entreprises. Le taux de chômage y atteint 11,8 %, contre 9,6 % dans l'ensemble du département.`,
		[]hoGold{}},
	{"monde-centenaire-1914", "2014-08-01", `Il y a cent ans, la France entrait en guerre

Le 1er août 1914, vers 16 heures, les cloches de toutes les églises de France se mettent à sonner. Sur les murs des mairies, des affiches blanches annoncent la mobilisation générale, dont le premier jour est fixé au 2 août. En quelques jours, près de trois millions d'hommes rejoignent leurs régiments.

Cent ans plus tard, la République commémore ce vendredi l'entrée du pays dans un conflit qui allait faire plus de 18 millions de morts et bouleverser le XXe siècle. Le président de la République doit se rendre samedi en Alsace, puis lundi 4 août à Liège, en Belgique, aux côtés de plusieurs chefs d'État européens.

Le 3 août 1914, l'Allemagne déclare la guerre à la France. Trois jours plus tôt, le 31 juillet, Jean Jaurès avait été assassiné dans un café parisien. La guerre, que beaucoup croyaient courte, durera plus de quatre ans.

Pour les historiens, le centenaire intervient à un moment particulier. « Les derniers témoins ont disparu dans les années 2000, la mémoire de la Grande Guerre est entièrement transmise par les livres et les familles », souligne l'un d'eux. Depuis les années 1990, les archives militaires ont été largement numérisées, et des millions de Français ont retrouvé la trace d'un aïeul.

Jusqu'en 2018, des cérémonies auront lieu chaque année dans les principales villes concernées. Le programme officiel, lancé en novembre dernier, compte déjà plus de 2 000 projets labellisés, des expositions locales aux grandes reconstitutions.`,
		[]hoGold{
			{"Il y a cent ans", "DATE", "1914", ""},
			{"Le 1er août 1914", "DATE", "1914-08-01", ""},
			{"vers 16 heures", "TIME", "1914-08-01T16:00", "APPROX"},
			{"2 août", "DATE", "1914-08-02", ""},
			{"quelques jours", "DURATION", "PXD", ""},
			{"Cent ans plus tard", "DURATION", "P100Y", ""},
			{"ce vendredi", "DATE", "2014-08-01", ""},
			{"le XXe siècle", "DATE", "19", ""},
			{"samedi", "DATE", "2014-08-02", ""},
			{"lundi 4 août", "DATE", "2014-08-04", ""},
			{"Le 3 août 1914", "DATE", "1914-08-03", ""},
			{"Trois jours plus tôt", "DURATION", "P3D", ""},
			{"le 31 juillet", "DATE", "1914-07-31", ""},
			{"plus de quatre ans", "DURATION", "P4Y", "MORE_THAN"},
			{"les années 2000", "DATE", "200", ""},
			{"les années 1990", "DATE", "199", ""},
			{"2018", "DATE", "2018", ""},
			{"chaque année", "SET", "P1Y", ""},
			{"novembre dernier", "DATE", "2013-11", ""},
		}},
	{"parisien-brocante-vincennes", "2007-05-15", `Vincennes. Plus de 400 exposants attendus à la brocante du cours Marigny

Ils seront plus de 400, dimanche 20 mai, à déballer leurs trésors sur le cours Marigny. Créée en 1982, la brocante de Vincennes est devenue l'un des rendez-vous incontournables de l'Est parisien. Elle est organisée deux fois par an par le comité des fêtes de la ville.

Les exposants pourront s'installer à partir de 6 heures. « Certains habitués arrivent la veille au soir pour garder leur emplacement », sourit la présidente du comité, bénévole depuis quinze ans. Les inscriptions sont closes depuis la semaine dernière, faute de place.

Côté prix, rien n'a vraiment changé : comptez 2 euros pour un livre de poche, une vingtaine d'euros pour une lampe des années 1950. « Les chineurs cherchent surtout du mobilier vintage et des vinyles », observe un marchand installé rue de Fontenay.

La précédente édition, en octobre dernier, avait attiré près de 30 000 visiteurs malgré la pluie. La mairie a prévu cette fois des toilettes supplémentaires et un poste de secours près du château.

Le marché alimentaire de la place Diderot, qui se tient tous les mardis, est maintenu aujourd'hui comme d'habitude. En revanche, le stationnement sera interdit sur l'ensemble du cours Marigny dès samedi soir. Un bilan de la manifestation sera présenté la semaine prochaine en conseil municipal, et le comité n'exclut pas de proposer à l'avenir une troisième édition annuelle.`,
		[]hoGold{
			{"dimanche 20 mai", "DATE", "2007-05-20", ""},
			{"1982", "DATE", "1982", ""},
			{"deux fois par an", "SET", "P1Y", ""},
			{"6 heures", "TIME", "2007-05-20T06:00", ""},
			{"la veille au soir", "TIME", "2007-05-19TEV", ""},
			{"quinze ans", "DURATION", "P15Y", ""},
			{"la semaine dernière", "DATE", "2007-W19", ""},
			{"années 1950", "DATE", "195", ""},
			{"octobre dernier", "DATE", "2006-10", ""},
			{"tous les mardis", "SET", "XXXX-WXX-2", ""},
			{"aujourd'hui", "DATE", "2007-05-15", ""},
			{"samedi soir", "TIME", "2007-05-19TEV", ""},
			{"la semaine prochaine", "DATE", "2007-W21", ""},
			{"l'avenir", "DATE", "FUTURE_REF", ""},
		}},
}

func TestFrenchHeldOut7(t *testing.T) { guardHeldOut(t, "French 7", frHeldOut7, "fr", 0.95) }
