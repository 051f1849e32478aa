package extract

import (
	"testing"
)

// arGold is one expected timex of the Arabic evaluation set.
type arGold struct{ text, typ, value string }

// arSet is a small annotated set of Arabic news sentences (MSA as written in
// the Gulf, the Levant and Iraq, Egypt and the Maghreb). The expectations
// follow the TIMEX3 conventions of DESIGN.md, written by hand from the
// guidelines, not from the tagger's output: spans start after the clitics
// و ف ب ل ك (the article ال stays), "قبل N" (ago) is one DATE, durations
// are P…, the DCT is Wednesday 2025-06-25 for every sentence. Ages are no
// timexes.
var arSet = []struct {
	name, text string
	want       []arGold
}{
	{"gulf month", "وقع الوزيران الاتفاق يوم 12 يناير 2025 في الرياض.", []arGold{{"12 يناير 2025", "DATE", "2025-01-12"}}},
	{"gulf month year", "في أغسطس 2024 أعلنت الشركة أرباحها.", []arGold{{"أغسطس 2024", "DATE", "2024-08"}}},
	{"levant month", "اندلعت الاحتجاجات في 3 كانون الثاني 2024.", []arGold{{"3 كانون الثاني 2024", "DATE", "2024-01-03"}}},
	{"levant last", "أعلنت الحكومة في 15 شباط الماضي عن خطة جديدة.", []arGold{{"15 شباط الماضي", "DATE", "2025-02-15"}}},
	{"levant nisan", "عقد المؤتمر في 7 نيسان 2023 في بيروت.", []arGold{{"7 نيسان 2023", "DATE", "2023-04-07"}}},
	{"iraq tishrin", "في تشرين الأول 2023 اندلعت الحرب.", []arGold{{"تشرين الأول 2023", "DATE", "2023-10"}}},
	{"morocco yulyuz", "افتتح المعرض يوم 20 يوليوز 2024 بطنجة.", []arGold{{"20 يوليوز 2024", "DATE", "2024-07-20"}}},
	{"morocco ghusht", "وصل الوفد في 5 غشت 2022 إلى مراكش.", []arGold{{"5 غشت 2022", "DATE", "2022-08-05"}}},
	{"morocco shutunbar", "أجريت الانتخابات التشريعية في 8 شتنبر 2021.", []arGold{{"8 شتنبر 2021", "DATE", "2021-09-08"}}},
	{"morocco nunbar next", "سينطلق الموسم الفلاحي في نونبر المقبل.", []arGold{{"نونبر المقبل", "DATE", "2025-11"}}},
	{"morocco dujanbar", "تقرر تنظيم الملتقى في دجنبر 2025 بالرباط.", []arGold{{"دجنبر 2025", "DATE", "2025-12"}}},
	{"algeria juillet", "استقلت الجزائر في 5 جويلية 1962.", []arGold{{"5 جويلية 1962", "DATE", "1962-07-05"}}},
	{"algeria avril", "عادت الرحلات الجوية في أفريل 2020.", []arGold{{"أفريل 2020", "DATE", "2020-04"}}},
	{"algeria out last", "دخل القانون حيز التنفيذ في أوت الماضي.", []arGold{{"أوت الماضي", "DATE", "2024-08"}}},
	{"tunisia fevrier", "صدر المرسوم في فيفري 2025.", []arGold{{"فيفري 2025", "DATE", "2025-02"}}},
	{"egypt yunyah", "خرجت المظاهرات في 30 يونيه 2013.", []arGold{{"30 يونيه 2013", "DATE", "2013-06-30"}}},
	{"egypt next month day", "سيفتتح المتحف في 1 يوليه المقبل.", []arGold{{"1 يوليه المقبل", "DATE", "2025-07-01"}}},
	{"indic digits", "قتل 3 أشخاص في ١٥ مارس ٢٠٢٤ بالقرب من الحدود.", []arGold{{"١٥ مارس ٢٠٢٤", "DATE", "2024-03-15"}}},
	{"persian digits", "في ۲۰ مايو ۲۰۲۳ أعلن الوزير استقالته.", []arGold{{"۲۰ مايو ۲۰۲۳", "DATE", "2023-05-20"}}},
	{"numeric date", "أعلن البنك المركزي بتاريخ ٢٠٢٥/٠٦/٢٠ خفض الفائدة.", []arGold{{"٢٠٢٥/٠٦/٢٠", "DATE", "2025-06-20"}}},
	{"clitic wa fi", "وفي مارس الماضي وقع الطرفان إعلانا مشتركا.", []arGold{{"مارس الماضي", "DATE", "2025-03"}}},
	{"clitic wa bi al", "وبالأمس اجتمع المجلس الوزاري.", []arGold{{"الأمس", "DATE", "2025-06-24"}}},
	{"clitic ka", "ارتفعت الأسعار كالعام الماضي.", []arGold{{"العام الماضي", "DATE", "2024"}}},
	{"clitic wa weekday", "والثلاثاء عقد الوزير مباحثات مع نظيره.", []arGold{{"الثلاثاء", "DATE", "2025-06-24"}}},
	{"clitic li", "أجلت الجلسة لشهر يوليو المقبل.", []arGold{{"شهر يوليو المقبل", "DATE", "2025-07"}}},
	{"last week", "وخلال الأسبوع الماضي ارتفعت أسعار الوقود.", []arGold{{"الأسبوع الماضي", "DATE", "2025-W25"}}},
	{"dual years", "تضاعف عدد المهاجرين خلال السنتين الماضيتين.", []arGold{{"السنتين الماضيتين", "DURATION", "P2Y"}}},
	{"dual months", "استمرت المفاوضات طيلة الشهرين الأخيرين.", []arGold{{"الشهرين الأخيرين", "DURATION", "P2M"}}},
	{"dual days", "يزور الوفد المدينة خلال اليومين المقبلين.", []arGold{{"اليومين المقبلين", "DURATION", "P2D"}}},
	{"munsarim", "ارتفعت الصادرات في الشهر المنصرم.", []arGold{{"الشهر المنصرم", "DATE", "2025-05"}}},
	{"faait", "تراجعت المبيعات في العام الفائت.", []arGold{{"العام الفائت", "DATE", "2024"}}},
	{"qadim", "تنطلق القمة العربية الأسبوع القادم.", []arGold{{"الأسبوع القادم", "DATE", "2025-W27"}}},
	{"jari", "نما الاقتصاد خلال العام الجاري بنسبة 3 في المئة.", []arGold{{"العام الجاري", "DATE", "2025"}}},
	{"hali", "تبدأ الامتحانات في الشهر الحالي.", []arGold{{"الشهر الحالي", "DATE", "2025-06"}}},
	{"amsi", "التقى الرئيس أمس نظيره الفرنسي.", []arGold{{"أمس", "DATE", "2025-06-24"}}},
	{"awwal amsi", "وصل الوفد أول أمس إلى القاهرة.", []arGold{{"أول أمس", "DATE", "2025-06-23"}}},
	{"ghadan", "يصل المبعوث الأممي غدا إلى بيروت.", []arGold{{"غدا", "DATE", "2025-06-26"}}},
	{"baad ghad", "تعقد الجلسة الختامية بعد غد.", []arGold{{"بعد غد", "DATE", "2025-06-27"}}},
	{"today weekday", "أعلن الوزير اليوم الأربعاء عن الخطة.", []arGold{{"اليوم الأربعاء", "DATE", "2025-06-25"}}},
	{"tonight", "تقام الحفلة الليلة في دار الأوبرا.", []arGold{{"الليلة", "TIME", "2025-06-25TNI"}}},
	{"yesterday evening", "اندلع الحريق مساء أمس في المصنع.", []arGold{{"مساء أمس", "TIME", "2025-06-24TEV"}}},
	{"weekday morning", "انطلقت المسيرة صباح الثلاثاء من ساحة الشهداء.", []arGold{{"صباح الثلاثاء", "TIME", "2025-06-24TMO"}}},
	{"mundhu duration", "يقيم اللاجئون في المخيم منذ ثلاثة أشهر.", []arGold{{"ثلاثة أشهر", "DURATION", "P3M"}}},
	{"qabla", "غادر الوفد قبل ثلاثة أيام.", []arGold{{"قبل ثلاثة أيام", "DATE", "2025-06-22"}}},
	{"qabla number word", "قبل عشرين عاما وقعت الكارثة.", []arGold{{"قبل عشرين عاما", "DATE", "2005"}}},
	{"baada", "ستعلن النتائج بعد أسبوعين.", []arGold{{"بعد أسبوعين", "DATE", "2025-W28"}}},
	{"khilal", "استمرت الحرب خلال خمس سنوات.", []arGold{{"خمس سنوات", "DURATION", "P5Y"}}},
	{"hijri day", "يبدأ الصيام في 1 رمضان 1446 هـ.", []arGold{{"1 رمضان 1446 هـ", "DATE", "2025-03-01"}}},
	{"hijri shaban", "صدر الأمر الملكي في 15 شعبان 1446 هـ.", []arGold{{"15 شعبان 1446 هـ", "DATE", "2025-02-14"}}},
	{"hijri month", "ارتفع الاستهلاك في رمضان 1445 هـ.", []arGold{{"رمضان 1445 هـ", "DATE", "2024-03-11/2024-04-09"}}},
	{"range years", "تضاعفت الصادرات بين 2020 و2023.", []arGold{{"2020", "DATE", "2020"}, {"2023", "DATE", "2023"}}},
	{"range months", "خلال الفترة من يناير إلى مارس 2024 تراجع النمو.", []arGold{{"يناير", "DATE", "2024-01"}, {"مارس 2024", "DATE", "2024-03"}}},
	{"range days", "ينعقد المنتدى من 3 إلى 5 يونيو 2025 بالدوحة.", []arGold{{"3", "DATE", "2025-06-03"}, {"5 يونيو 2025", "DATE", "2025-06-05"}}},
	{"clock word", "انطلقت المسيرة في الساعة العاشرة صباحا.", []arGold{{"الساعة العاشرة صباحا", "TIME", "2025-06-25T10:00"}}},
	{"clock digits", "أقلعت الطائرة عند الساعة 14:30 بتوقيت غرينتش.", []arGold{{"الساعة 14:30", "TIME", "2025-06-25T14:30"}}},
	{"clock evening", "بدأ الاجتماع في الساعة الثامنة مساء.", []arGold{{"الساعة الثامنة مساء", "TIME", "2025-06-25T20:00"}}},
	{"next day", "وصل الوفد في 10 مايو 2025، وفي اليوم التالي التقى الوزير.", []arGold{{"10 مايو 2025", "DATE", "2025-05-10"}, {"اليوم التالي", "DATE", "2025-05-11"}}},
	{"set week", "تعقد اللجنة اجتماعا كل أسبوع.", []arGold{{"كل أسبوع", "SET", "P1W"}}},
	{"set daily", "تصل عشرات الشاحنات يوميا إلى المعبر.", []arGold{{"يوميا", "SET", "P1D"}}},
	{"decade", "عاشت البلاد أزمة اقتصادية في التسعينيات.", []arGold{{"التسعينيات", "DATE", "199"}}},
	{"century", "بني الجسر في القرن الماضي.", []arGold{{"القرن الماضي", "DATE", "19"}}},
	{"start of year", "ارتفع التضخم منذ مطلع العام الجاري.", []arGold{{"مطلع العام الجاري", "DATE", "2025"}}},
	{"present ref", "تشهد المنطقة حاليا موجة حر.", []arGold{{"حاليا", "DATE", "PRESENT_REF"}}},
	{"past ref", "ارتفعت الأسعار مؤخرا بشكل ملحوظ.", []arGold{{"مؤخرا", "DATE", "PAST_REF"}}},
	{"age", "توفي رجل يبلغ من العمر 45 عاما في الحادث.", nil},
	{"age brackets", "أصيب شاب (23 عاما) بجروح خطيرة.", nil},
}

// arScore scores arSet (all dated 2025-06-25) with scoreTimexSet.
func arScore(t *testing.T) (p, r, vacc, vf1 float64, misses []string) {
	set := make([]hoCase, len(arSet))
	for i, c := range arSet {
		set[i] = hoCase{name: c.name, dct: "2025-06-25", text: c.text}
		for _, g := range c.want {
			set[i].want = append(set[i].want, hoGold{text: g.text, typ: g.typ, value: g.value})
		}
	}
	return scoreTimexSet(t, set)
}

// TestArabicSet reports the value F1 of the Arabic set (-v shows the
// figures and every miss) and guards it against regressions.
func TestArabicSet(t *testing.T) {
	p, r, vacc, vf1, misses := arScore(t)
	for _, m := range misses {
		t.Log(m)
	}
	t.Logf("Arabic set: %d sentences, relaxed P %.3f R %.3f, value accuracy %.3f, value F1 %.3f", len(arSet), p, r, vacc, vf1)
	if vf1 < 0.85 {
		t.Errorf("Arabic value F1 %.3f < 0.85", vf1)
	}
}
