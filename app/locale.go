package app

import (
	"time"

	"zaman/timeline"
)

// Month and weekday names of the timeline's axis in the interface
// languages other than English (labels are drawn by text, so Arabic is
// shaped and ordered correctly). Years and periods keep the English
// formatting: digits read the same in the three languages.
var (
	arabicMonths = [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
		"يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
	arabicWeekdays = [7]string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}
	frenchMonths   = [12]string{"janvier", "février", "mars", "avril", "mai", "juin",
		"juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	frenchShort    = [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."}
	frenchWeekdays = [7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."}
)

// axisLocale is the timeline's locale for an interface language; nil for
// English (the timeline's default).
func axisLocale(uiLang string) *timeline.Locale {
	l := timeline.English
	switch uiLang {
	case "ar":
		l.Month = func(m time.Month, long bool) string { return arabicMonths[m-1] }
		l.Weekday = func(d time.Weekday) string { return arabicWeekdays[d] }
	case "fr":
		l.Month = func(m time.Month, long bool) string {
			if long {
				return frenchMonths[m-1]
			}
			return frenchShort[m-1]
		}
		l.Weekday = func(d time.Weekday) string { return frenchWeekdays[d] }
	default:
		return nil
	}
	return &l
}
