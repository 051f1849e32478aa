package timeline

import (
	"image/color"
	"math"
	"math/rand"
	"time"
)

var synthTitles = []string{
	"توقيع خطة العمل المشتركة",
	"محادثات أمنية في الرباط",
	"اعتقال مشتبه به في طنجة",
	"الإعلان المشترك",
	"زيارة وزير الداخلية 2025",
	"Sommet franco-marocain",
	"Arrestation à Marseille",
	"Accord de coopération",
	"Joint declaration signed",
	"Talks in Paris",
	"Olympic Games open",
	"Election results announced",
	"Flood warning issued",
	"Ceasefire talks resume",
	"مؤتمر صحفي",
	"Grève nationale",
}

var synthColors = []color.Color{nil, nil, nil,
	color.NRGBA{0x2e, 0x8b, 0x57, 0xff},
	color.NRGBA{0xb0, 0x3a, 0x2e, 0xff},
	color.NRGBA{0x7b, 0x4f, 0xa8, 0xff},
}

// Synthetic returns n reproducible items spread over 1900–2030 in bursts
// (news clusters around events), with a realistic mix of precisions
// (mostly days, some ranges, months, years, hours), statuses, colours, source
// counts and Arabic, French and English titles.
func Synthetic(n int, seed int64) []Item {
	r := rand.New(rand.NewSource(seed))
	lo := Seconds(time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC))
	hi := Seconds(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	recent := Seconds(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	// Burst centres, denser towards the present.
	centres := make([]float64, 64)
	for i := range centres {
		centres[i] = recent - (recent-lo)*math.Pow(r.Float64(), 2)
	}
	statuses := []string{StatusAuto, StatusAuto, StatusAccepted, StatusEdited, StatusRejected}
	out := make([]Item, n)
	for i := range out {
		var s float64
		if r.Intn(3) == 0 {
			s = lo + (hi-lo)*r.Float64()
		} else {
			c := centres[r.Intn(len(centres))]
			s = c + r.NormFloat64()*secYear*math.Pow(10, r.Float64()*2-1.5)
		}
		s = math.Max(lo, math.Min(hi, s))
		t := FromSeconds(s)
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		it := Item{ID: int64(i + 1), Label: synthTitles[r.Intn(len(synthTitles))],
			Status: statuses[r.Intn(len(statuses))], Sources: 1 + int(r.ExpFloat64()*0.7),
			Color: synthColors[r.Intn(len(synthColors))]}
		switch p := r.Intn(100); {
		case p < 62:
			it.Start, it.End, it.Precision = day, day.AddDate(0, 0, 1), PrecDay
		case p < 72:
			it.Start, it.End, it.Precision = day, day.AddDate(0, 0, 2+r.Intn(20)), PrecDay
		case p < 84:
			m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
			it.Start, it.End, it.Precision = m, m.AddDate(0, 1, 0), PrecMonth
		case p < 90:
			y := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
			it.Start, it.End, it.Precision = y, y.AddDate(1, 0, 0), PrecYear
		default:
			h := t.Truncate(time.Hour)
			it.Start, it.End, it.Precision = h, h.Add(time.Hour), PrecHour
		}
		out[i] = it
	}
	return out
}
