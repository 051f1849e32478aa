# -*- coding: utf-8 -*-
# Regenerates app/translations/{en,fr,ar}.json from the strings the GUI
# passes to tr() (and menu items, shortcut descriptions, choices), with the
# French and Arabic below. Run from the repository root:
#   python3 scripts/translations.py
# Arabic strings avoid Latin words and parentheses: Fyne's own widgets do
# not reorder mixed-direction text (see docs/ARCHITECTURE.md).
import glob, json, re
strs = set()
for f in glob.glob('app/*.go'):
    if f.endswith('_test.go'):
        continue
    src = open(f).read()
    strs.update(re.findall(r'\btr\("((?:[^"\\]|\\.)*)"\)', src))
    strs.update(re.findall(r'\bitem\("((?:[^"\\]|\\.)*)"', src))
strs.update(re.findall(r'\{"[^"]*", "([^"]*)"\}', open('app/actions.go').read()))
strs.update(re.findall(r'\{"(\w+)", "#?[0-9a-f]*"\}', open('app/inspector.go').read()))
strs.update(["All statuses", "auto", "accepted", "edited", "rejected", "minute", "hour", "day", "week", "month",
             "quarter", "year", "decade", "century", "season", "millennium", "Detect", "Arabic", "French", "English",
             "System", "Light", "Dark", "dateline", "metadata", "user", "none", "document", "documents", "event",
             "events", "Zaman uses the new database and language from its next start.",
             "Whole timeline", "Current view", "Dates"])
strs = sorted(s.replace('\\"', '"') for s in strs)
FR = {'Quit':'Quitter','Use another database…':'Utiliser une autre base…','Zaman cannot open its database':'Zaman ne peut pas ouvrir sa base de données','open the database':'ouvrir la base de données','Everything in the database: %d documents with their text, events, sources, tags and notes. It can be imported into another Zaman.':'Toute la base : %d documents avec leur texte, leurs événements, sources, étiquettes et notes. Importable dans un autre Zaman.','Export':'Exporter','Exported %d events to %s%s':'%d événements exportés vers %s%s','Exported the whole database to':'Toute la base exportée vers','Exporting to':'Export vers','Export…':'Exporter…','Format':'Format','From – to':'Du – au','Hijri months':"Mois de l'hégire",'Lanes by document':'Lignes par document','Lanes by tag':'Lignes par étiquette','Legend':'Légende','No lanes':'Sans lignes','Not exported':'Non exporté','Numbered source notes':'Notes de sources numérotées','Preparing the preview…':"Préparation de l'aperçu…",'Preview':'Aperçu','Range':'Étendue','Scale':'Échelle','TimelineJS (JSON)':'TimelineJS (JSON)','Title (optional)':'Titre (facultatif)','Width (px)':'Largeur (px)','Zaman data (JSON, everything)':'Données Zaman (JSON, tout)','export the timeline (image, PDF, data)':'exporter la frise (image, PDF, données)','Whole timeline':'Toute la frise','Current view':'Vue actuelle','Dates':'Dates',
"%d already there":"%d déjà présents","confidence":"confiance","%d failed":"%d en échec","%d imported":"%d importés",
"%d of %d left to review":"%d sur %d à relire","(cancelled; what was imported is kept)":"(annulé ; ce qui a été importé est conservé)",
"(only part of what you typed was understood)":"(seule une partie de la saisie a été comprise)",
"--at: write the date as YYYY-MM-DD":"--at : écrivez la date sous la forme AAAA-MM-JJ",
"Accept (A)":"Accepter (A)","Accept event":"Accepter l'événement","All documents":"Tous les documents","All notes":"Toutes les notes",
"All statuses":"Tous les statuts","All tags":"Toutes les étiquettes","An event needs a title: type a short phrase.":"Un événement a besoin d'un titre : tapez une courte phrase.",
"Apply (Ctrl+S)":"Appliquer (Ctrl+S)","Arabic":"arabe","Blue":"Bleu","Cancel":"Annuler","Change the document's date":"Changer la date du document",
"Change the document's date…":"Changer la date du document…","Choose…":"Choisir…","Close":"Fermer","Colour":"Couleur","Could not":"Impossible de",
"Dark":"Sombre","Database":"Base de données","Date":"Date","Date not understood":"Date non comprise","Dates re-resolved against":"Dates recalculées par rapport au",
"Default":"Par défaut","Delete":"Supprimer","Delete event":"Supprimer l'événement","Detect":"Détecter","Document":"Document","Document language":"Langue des documents",
"Documents":"Documents","Edit":"Édition","Edit (E)":"Modifier (E)","English":"anglais","Event":"Événement","Event deleted. Ctrl+Z brings it back.":"Événement supprimé. Ctrl+Z le rétablit.",
"Events":"Événements","Events that several documents seem to report:":"Événements que plusieurs documents semblent rapporter :","File":"Fichier","Find…":"Rechercher…",
"Fit all":"Tout afficher","French":"français","Green":"Vert","Grey":"Gris","Help":"Aide","Import":"Import","Import file…":"Importer un fichier…","Import folder…":"Importer un dossier…",
"Imported the sample article. Drop your own articles on the window, or press Ctrl+O.":"L'article d'exemple a été importé. Déposez vos articles sur la fenêtre ou appuyez sur Ctrl+O.",
"Importing %d files…":"Import de %d fichiers…","Interface language":"Langue de l'interface","Keyboard shortcuts":"Raccourcis clavier","Light":"Clair",
"Light or dark theme":"Thème clair ou sombre","Merge":"Fusionner","Merge into the selected event":"Fusionner dans l'événement sélectionné","Merge with…":"Fusionner avec…",
"Merges":"Fusions","New note":"Nouvelle note","Next (N)":"Suivant (N)",
"No .txt, .md or .html files there. Zaman imports articles saved as text, Markdown or HTML.":"Aucun fichier .txt, .md ou .html ici. Zaman importe les articles enregistrés en texte, Markdown ou HTML.",
"No event on that day":"Aucun événement ce jour-là","No notes yet.":"Pas encore de notes.","No other event within a month of this one.":"Aucun autre événement à moins d'un mois de celui-ci.",
"No proposals: no two documents report the same event.":"Aucune proposition : aucun événement n'est rapporté par deux documents.","Not the same":"Pas le même",
"Not understood: write e.g. 2025-06-24, 2025-03, 2024-07-26/2024-08-11, \"March 2025\" or \"مارس 2025\"":"Non compris : écrivez par ex. 2025-06-24, 2025-03, 2024-07-26/2024-08-11, « mars 2025 » ou « مارس 2025 »",
"Note":"Note","Note deleted. Ctrl+Z brings it back.":"Note supprimée. Ctrl+Z la rétablit.","Note on selected passage":"Note sur le passage sélectionné","Notes":"Notes",
"Notes on this event":"Notes sur cet événement","Nothing left to review: every event has been accepted, edited or rejected.":"Plus rien à relire : chaque événement a été accepté, modifié ou rejeté.",
"Nothing matches %q":"Rien ne correspond à %q","Nothing to redo":"Rien à rétablir","Nothing to undo":"Rien à annuler","Open":"Ouvrir","Orange":"Orange","Precision":"Précision",
"Preferences":"Préférences","Preferences…":"Préférences…","Previous (P)":"Précédent (P)","Purple":"Violet","Re-resolve":"Recalculer","Ready":"Prêt","Red":"Rouge","Redo":"Rétablir",
"Reject (R)":"Rejeter (R)","Reject event":"Rejeter l'événement",
"Relative dates (\"yesterday\", \"last March\") are resolved against this date. Events you accepted or edited are kept.":"Les dates relatives (« hier », « en mars dernier ») sont calculées à partir de cette date. Les événements acceptés ou modifiés sont conservés.",
"Revert":"Rétablir les valeurs","Review queue":"File de relecture","Save":"Enregistrer","Saved":"Enregistré","Saving…":"Enregistrement…",
"Search documents, events and notes (Ctrl+F)":"Rechercher dans les documents, événements et notes (Ctrl+F)","Select a document first.":"Sélectionnez d'abord un document.",
"Select a passage in the source pane first (drag over the text).":"Sélectionnez d'abord un passage dans la source (faites glisser sur le texte).",
"Select an event first, or select a passage in the source pane.":"Sélectionnez d'abord un événement, ou un passage dans la source.",
"Select an event on the timeline or in the list.":"Sélectionnez un événement sur la frise ou dans la liste.","Select an event to see the passage that supports it.":"Sélectionnez un événement pour voir le passage qui l'atteste.",
"Some files were not imported":"Certains fichiers n'ont pas été importés","Sources":"Sources","Split off":"Séparer","Status":"Statut","System":"Système","Tags":"Étiquettes","Theme":"Thème",
"Title":"Titre","Title missing":"Titre manquant","Type a date":"Tapez une date","Undo":"Annuler","View":"Affichage","Write a note; it is saved as you type.":"Écrivez une note ; elle est enregistrée au fil de la frappe.",
"Zaman uses the new database and language from its next start.":"Zaman utilisera la nouvelle base et la nouvelle langue au prochain démarrage.",
"Zoom in":"Zoom avant","Zoom out":"Zoom arrière","Zoom to selection":"Zoomer sur la sélection","accepted":"accepté","add note":"ajout de note","apply the edits in the inspector":"appliquer les modifications de l'inspecteur",
"auto":"automatique","century":"siècle","change the document's date":"changer la date du document","created":"créée","dated":"daté du","dateline":"chapeau daté","day":"jour","decade":"décennie",
"delete event":"suppression d'événement","delete note":"suppression de note","delete the note":"supprimer la note","document":"document","documents":"documents",
"e.g. 2025-06-24, March 2025, 25 juin 2025, مارس 2025, 2024-07-26/2024-08-11":"ex. 2025-06-24, mars 2025, 25 juin 2025, مارس 2025, 2024-07-26/2024-08-11",
"edit event":"modification d'événement","edit note":"modification de note","edited":"modifié","event":"événement","events":"événements","find events to merge":"chercher les événements à fusionner",
"first / last event":"premier / dernier événement","fit the whole timeline":"afficher toute la frise","from YYYY-MM-DD":"du AAAA-MM-JJ","hour":"heure","import a file":"importer un fichier",
"import a folder":"importer un dossier","import the sample article":"importer l'article d'exemple","import them":"les importer","merge events":"fusion d'événements","metadata":"métadonnées",
"millennium":"millénaire","minute":"minute","month":"mois","next / previous event on the timeline":"événement suivant / précédent sur la frise","none":"aucune",
"not a date: %s (write YYYY, YYYY-MM or YYYY-MM-DD)":"pas une date : %s (écrivez AAAA, AAAA-MM ou AAAA-MM-JJ)","on a passage":"sur un passage","open a cluster of events":"ouvrir un groupe d'événements",
"open the file":"ouvrir le fichier","open the folder":"ouvrir le dossier","open the review queue":"ouvrir la file de relecture","pan the timeline":"déplacer la frise","quarter":"trimestre",
"read documents":"lire les documents","read events":"lire les événements","read notes":"lire les notes","read the database":"lire la base de données","read the document":"lire le document",
"read the event's sources":"lire les sources de l'événement","read the source document":"lire le document source","redo":"rétablir","rejected":"rejeté",
"review queue: accept, reject, edit, next, previous":"relecture : accepter, rejeter, modifier, suivant, précédent","save the note":"enregistrer la note","search":"rechercher",
"search documents, events and notes":"rechercher dans les documents, événements et notes","season":"saison","similarity":"similarité","split event":"séparation d'événement",
"tags, separated by commas":"étiquettes, séparées par des virgules","this help":"cette aide","to YYYY-MM-DD":"au AAAA-MM-JJ","undated":"non daté","undo":"annuler","unknown language":"langue inconnue",
"updated":"modifiée","user":"utilisateur","week":"semaine","year":"année","zoom the timeline (around the pointer)":"zoomer sur la frise (autour du pointeur)",
"zoom to the selected event / clear the selection":"zoomer sur l'événement sélectionné / désélectionner","… and %d more":"… et %d de plus",
}
AR = {'Quit':'خروج','Use another database…':'استعمال قاعدة بيانات أخرى…','Zaman cannot open its database':'تعذّر على زمن فتح قاعدة بياناته','open the database':'فتح قاعدة البيانات','Everything in the database: %d documents with their text, events, sources, tags and notes. It can be imported into another Zaman.':'كل ما في قاعدة البيانات: %d وثائق بنصوصها وأحداثها ومصادرها ووسومها وملاحظاتها، ويمكن استيرادها في نسخة أخرى من زمن.','Export':'تصدير','Exported %d events to %s%s':'صُدّر %d حدثا إلى %s%s','Exported the whole database to':'صُدّرت قاعدة البيانات كلها إلى','Exporting to':'جارٍ التصدير إلى','Export…':'تصدير…','Format':'الصيغة','From – to':'من – إلى','Hijri months':'الأشهر الهجرية','Lanes by document':'مسارات حسب الوثيقة','Lanes by tag':'مسارات حسب الوسم','Legend':'مفتاح الرموز','No lanes':'بلا مسارات','Not exported':'لم يُصدّر','Numbered source notes':'حواشي المصادر مرقمة','Preparing the preview…':'جارٍ إعداد المعاينة…','Preview':'معاينة','Range':'النطاق','Scale':'المقياس','TimelineJS (JSON)':'TimelineJS','Title (optional)':'العنوان اختياري','Width (px)':'العرض بالبكسل','Zaman data (JSON, everything)':'بيانات زمن كاملة','export the timeline (image, PDF, data)':'تصدير الخط الزمني صورة أو وثيقة أو بيانات','Whole timeline':'الخط الزمني كاملا','Current view':'العرض الحالي','Dates':'تواريخ',
"%d already there":"%d موجودة سابقا","confidence":"الثقة","%d failed":"%d فشلت","%d imported":"%d مستوردة","%d of %d left to review":"%d من %d للمراجعة",
"(cancelled; what was imported is kept)":"(أُلغي؛ وحُفظ ما استورد)","(only part of what you typed was understood)":"(فُهم جزء مما كتبت فقط)",
"--at: write the date as YYYY-MM-DD":"--at: اكتب التاريخ بصيغة YYYY-MM-DD","Accept (A)":"قبول (A)","Accept event":"قبول الحدث","All documents":"كل الوثائق","All notes":"كل الملاحظات",
"All statuses":"كل الحالات","All tags":"كل الوسوم","An event needs a title: type a short phrase.":"يحتاج الحدث إلى عنوان: اكتب عبارة قصيرة.","Apply (Ctrl+S)":"تطبيق (Ctrl+S)",
"Arabic":"العربية","Blue":"أزرق","Cancel":"إلغاء","Change the document's date":"تغيير تاريخ الوثيقة","Change the document's date…":"تغيير تاريخ الوثيقة…","Choose…":"اختيار…",
"Close":"إغلاق","Colour":"اللون","Could not":"تعذّر","Dark":"داكن","Database":"قاعدة البيانات","Date":"التاريخ","Date not understood":"لم يُفهم التاريخ",
"Dates re-resolved against":"أُعيد حساب التواريخ انطلاقا من","Default":"افتراضي","Delete":"حذف","Delete event":"حذف الحدث","Detect":"كشف تلقائي","Document":"وثيقة",
"Document language":"لغة الوثائق","Documents":"الوثائق","Edit":"تحرير","Edit (E)":"تعديل (E)","English":"الإنجليزية","Event":"الحدث",
"Event deleted. Ctrl+Z brings it back.":"حُذف الحدث. Ctrl+Z يعيده.","Events":"الأحداث","Events that several documents seem to report:":"أحداث يبدو أن عدة وثائق تنقلها:",
"File":"ملف","Find…":"بحث…","Fit all":"عرض الكل","French":"الفرنسية","Green":"أخضر","Grey":"رمادي","Help":"مساعدة","Import":"استيراد","Import file…":"استيراد ملف…",
"Import folder…":"استيراد مجلد…","Imported the sample article. Drop your own articles on the window, or press Ctrl+O.":"استُورد المقال النموذجي. أفلت مقالاتك على النافذة أو اضغط Ctrl+O.",
"Importing %d files…":"استيراد %d ملفات…","Interface language":"لغة الواجهة","Keyboard shortcuts":"اختصارات لوحة المفاتيح","Light":"فاتح","Light or dark theme":"مظهر فاتح أو داكن",
"Merge":"دمج","Merge into the selected event":"الدمج في الحدث المحدد","Merge with…":"دمج مع…","Merges":"الدمج","New note":"ملاحظة جديدة","Next (N)":"التالي (N)",
"No .txt, .md or .html files there. Zaman imports articles saved as text, Markdown or HTML.":"لا توجد هنا ملفات .txt أو .md أو .html. يستورد زمن المقالات المحفوظة نصا أو Markdown أو HTML.",
"No event on that day":"لا حدث في ذلك اليوم","No notes yet.":"لا ملاحظات بعد.","No other event within a month of this one.":"لا حدث آخر في حدود شهر من هذا الحدث.",
"No proposals: no two documents report the same event.":"لا اقتراحات: لا توجد وثيقتان تنقلان الحدث نفسه.","Not the same":"ليسا الحدث نفسه",
"Not understood: write e.g. 2025-06-24, 2025-03, 2024-07-26/2024-08-11, \"March 2025\" or \"مارس 2025\"":"لم يُفهم: اكتب مثلا 2025-06-24 أو 2025-03 أو 2024-07-26/2024-08-11 أو «مارس 2025»",
"Note":"ملاحظة","Note deleted. Ctrl+Z brings it back.":"حُذفت الملاحظة. Ctrl+Z يعيدها.","Note on selected passage":"ملاحظة على المقطع المحدد","Notes":"الملاحظات",
"Notes on this event":"ملاحظات على هذا الحدث","Nothing left to review: every event has been accepted, edited or rejected.":"لم يبق شيء للمراجعة: كل حدث قُبل أو عُدّل أو رُفض.",
"Nothing matches %q":"لا شيء يطابق %q","Nothing to redo":"لا شيء لإعادته","Nothing to undo":"لا شيء للتراجع عنه","Open":"فتح","Orange":"برتقالي","Precision":"الدقة",
"Preferences":"التفضيلات","Preferences…":"التفضيلات…","Previous (P)":"السابق (P)","Purple":"بنفسجي","Re-resolve":"إعادة الحساب","Ready":"جاهز","Red":"أحمر","Redo":"إعادة",
"Reject (R)":"رفض (R)","Reject event":"رفض الحدث",
"Relative dates (\"yesterday\", \"last March\") are resolved against this date. Events you accepted or edited are kept.":"تُحسب التواريخ النسبية («أمس»، «مارس الماضي») انطلاقا من هذا التاريخ. وتُحفظ الأحداث التي قبلتها أو عدّلتها.",
"Revert":"استرجاع","Review queue":"قائمة المراجعة","Save":"حفظ","Saved":"حُفظ","Saving…":"جارٍ الحفظ…",
"Search documents, events and notes (Ctrl+F)":"ابحث في الوثائق والأحداث والملاحظات (Ctrl+F)","Select a document first.":"اختر وثيقة أولا.",
"Select a passage in the source pane first (drag over the text).":"حدّد مقطعا في المصدر أولا (اسحب فوق النص).",
"Select an event first, or select a passage in the source pane.":"اختر حدثا أولا، أو حدّد مقطعا في المصدر.",
"Select an event on the timeline or in the list.":"اختر حدثا على الخط الزمني أو في القائمة.","Select an event to see the passage that supports it.":"اختر حدثا لترى المقطع الذي يسنده.",
"Some files were not imported":"لم تُستورد بعض الملفات","Sources":"المصادر","Split off":"فصل","Status":"الحالة","System":"النظام","Tags":"الوسوم","Theme":"المظهر",
"Title":"العنوان","Title missing":"العنوان ناقص","Type a date":"اكتب تاريخا","Undo":"تراجع","View":"عرض","Write a note; it is saved as you type.":"اكتب ملاحظة؛ تُحفظ أثناء الكتابة.",
"Zaman uses the new database and language from its next start.":"يستعمل زمن قاعدة البيانات واللغة الجديدتين عند تشغيله المقبل.",
"Zoom in":"تكبير","Zoom out":"تصغير","Zoom to selection":"تكبير على المحدد","accepted":"مقبول","add note":"إضافة ملاحظة","apply the edits in the inspector":"تطبيق التعديلات في لوحة الحدث",
"auto":"تلقائي","century":"قرن","change the document's date":"تغيير تاريخ الوثيقة","created":"أُنشئت","dated":"بتاريخ","dateline":"سطر التاريخ","day":"يوم","decade":"عقد",
"delete event":"حذف حدث","delete note":"حذف ملاحظة","delete the note":"حذف الملاحظة","document":"وثيقة","documents":"وثائق",
"e.g. 2025-06-24, March 2025, 25 juin 2025, مارس 2025, 2024-07-26/2024-08-11":"مثلا 2025-06-24 أو مارس 2025 أو 2024-07-26/2024-08-11",
"edit event":"تعديل حدث","edit note":"تعديل ملاحظة","edited":"معدّل","event":"حدث","events":"أحداث","find events to merge":"البحث عن أحداث للدمج","first / last event":"الحدث الأول / الأخير",
"fit the whole timeline":"عرض الخط الزمني كاملا","from YYYY-MM-DD":"من YYYY-MM-DD","hour":"ساعة","import a file":"استيراد ملف","import a folder":"استيراد مجلد",
"import the sample article":"استيراد المقال النموذجي","import them":"استيرادها","merge events":"دمج أحداث","metadata":"البيانات الوصفية","millennium":"ألفية","minute":"دقيقة","month":"شهر",
"next / previous event on the timeline":"الحدث التالي / السابق على الخط الزمني","none":"بلا","not a date: %s (write YYYY, YYYY-MM or YYYY-MM-DD)":"ليس تاريخا: %s (اكتب YYYY أو YYYY-MM أو YYYY-MM-DD)",
"on a passage":"على مقطع","open a cluster of events":"فتح مجموعة أحداث","open the file":"فتح الملف","open the folder":"فتح المجلد","open the review queue":"فتح قائمة المراجعة",
"pan the timeline":"تحريك الخط الزمني","quarter":"ربع سنة","read documents":"قراءة الوثائق","read events":"قراءة الأحداث","read notes":"قراءة الملاحظات","read the database":"قراءة قاعدة البيانات",
"read the document":"قراءة الوثيقة","read the event's sources":"قراءة مصادر الحدث","read the source document":"قراءة الوثيقة المصدر","redo":"إعادة","rejected":"مرفوض",
"review queue: accept, reject, edit, next, previous":"المراجعة: قبول، رفض، تعديل، التالي، السابق","save the note":"حفظ الملاحظة","search":"البحث",
"search documents, events and notes":"البحث في الوثائق والأحداث والملاحظات","season":"فصل","similarity":"التشابه","split event":"فصل حدث","tags, separated by commas":"وسوم تفصل بينها فواصل",
"this help":"هذه المساعدة","to YYYY-MM-DD":"إلى YYYY-MM-DD","undated":"غير مؤرخة","undo":"تراجع","unknown language":"لغة غير معروفة","updated":"عُدّلت","user":"المستخدم","week":"أسبوع",
"year":"سنة","zoom the timeline (around the pointer)":"تكبير الخط الزمني (حول المؤشر)","zoom to the selected event / clear the selection":"التكبير على الحدث المحدد / إلغاء التحديد",
"… and %d more":"… و%d أخرى",
}
for k,v in {'Accept (A)': 'قبول', 'Reject (R)': 'رفض', 'Edit (E)': 'تعديل', 'Next (N)': 'التالي', 'Previous (P)': 'السابق', 'Apply (Ctrl+S)': 'تطبيق', 'Search documents, events and notes (Ctrl+F)': 'ابحث في الوثائق والأحداث والملاحظات', 'Event deleted. Ctrl+Z brings it back.': 'حُذف الحدث. يمكنك التراجع عن ذلك.', 'Note deleted. Ctrl+Z brings it back.': 'حُذفت الملاحظة. يمكنك التراجع عن ذلك.', 'e.g. 2025-06-24, March 2025, 25 juin 2025, مارس 2025, 2024-07-26/2024-08-11': 'اكتب تاريخا، مثلا: مارس الماضي', 'from YYYY-MM-DD': 'من تاريخ', 'to YYYY-MM-DD': 'إلى تاريخ', 'Imported the sample article. Drop your own articles on the window, or press Ctrl+O.': 'استُورد المقال النموذجي. أفلت مقالاتك على النافذة لاستيرادها.', '(cancelled; what was imported is kept)': 'أُلغي، وحُفظ ما استورد', '(only part of what you typed was understood)': 'فُهم جزء مما كتبت فقط'}.items(): AR[k]=v
missing=[s for s in strs if s not in FR or s not in AR]
if missing:
    raise SystemExit("no translation for: %r" % missing)

AR_VIS=dict(AR)
# Fyne's own strings (menus, dialogs, file picker): Fyne ships French but
# not Arabic.
FYNE_AR = {"Advanced": "متقدم", "Cancel": "إلغاء", "Confirm": "تأكيد", "Copy": "نسخ", "Create Folder": "إنشاء مجلد",
    "Cut": "قص", "Enter filename": "أدخل اسم الملف", "Error": "خطأ", "Favourites": "المفضلة", "File": "ملف",
    "Folder": "مجلد", "New Folder": "مجلد جديد", "No": "لا", "OK": "حسنا", "Open": "فتح", "Paste": "لصق",
    "Quit": "خروج", "Redo": "إعادة", "Save": "حفظ", "Select all": "تحديد الكل", "Show Hidden Files": "إظهار الملفات المخفية",
    "Undo": "تراجع", "Yes": "نعم", "file.name": {"other": "الاسم"}, "file.parent": {"other": "المجلد الأعلى"},
    "friday": "الجمعة", "friday.short": "جمعة", "monday": "الاثنين", "monday.short": "اثنين", "saturday": "السبت",
    "saturday.short": "سبت", "sunday": "الأحد", "sunday.short": "أحد", "thursday": "الخميس", "thursday.short": "خميس",
    "tuesday": "الثلاثاء", "tuesday.short": "ثلاثاء", "wednesday": "الأربعاء", "wednesday.short": "أربعاء"}
d='app/translations'
json.dump({s:s for s in strs},open(d+'/en.json','w'),ensure_ascii=False,indent=1,sort_keys=True)
json.dump({s:FR[s] for s in strs if s in FR},open(d+'/fr.json','w'),ensure_ascii=False,indent=1,sort_keys=True)
json.dump({**FYNE_AR, **{s:AR_VIS[s] for s in strs if s in AR}},open(d+'/ar.json','w'),ensure_ascii=False,indent=1,sort_keys=True)
