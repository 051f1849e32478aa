package timeline

import (
	"image/color"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// sampleItems are the events of the sample article (DESIGN.md).
func sampleItems() []Item {
	return []Item{
		{ID: 1, Start: day(2025, 3, 1), End: day(2025, 4, 1), Precision: PrecMonth, Label: "الإعلان المشترك حول الشراكة الأمنية", Status: StatusAccepted, Sources: 2},
		{ID: 2, Start: day(2025, 6, 1), End: day(2025, 7, 1), Precision: PrecMonth, Label: "اعتقال مشتبه به في وقت سابق من الشهر", Status: StatusAuto, Sources: 1},
		{ID: 3, Start: day(2025, 6, 24), End: day(2025, 6, 25), Precision: PrecDay, Label: "محادثات الثلاثاء بين الوزيرين", Status: StatusEdited, Sources: 1},
		{ID: 4, Start: day(2025, 6, 25), End: day(2025, 6, 26), Precision: PrecDay, Label: "توقيع خطة العمل المشتركة 2025-2027", Status: StatusAccepted, Sources: 3},
		{ID: 5, Start: day(2024, 7, 26), End: day(2024, 8, 12), Precision: PrecDay, Label: "Jeux olympiques de Paris", Status: StatusAccepted, Sources: 1, Color: color.NRGBA{0x2e, 0x8b, 0x57, 0xff}},
		{ID: 6, Start: day(2024, 1, 1), End: day(2025, 1, 1), Precision: PrecYear, Label: "Year of cooperation", Status: StatusAuto, Sources: 1, Color: color.NRGBA{0x7b, 0x4f, 0xa8, 0xff}},
	}
}
