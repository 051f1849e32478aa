package timeline

import (
	"math"
	"strconv"
	"time"
)

// HijriDate is a date of the tabular (arithmetical) Islamic calendar.
//
// The tabular calendar is the one that can be computed: 30-year cycles of
// 354- and 355-day years, months alternating 30 and 29 days. This package
// uses the most common variant: the civil ("Friday", 16 July 622 Julian)
// epoch and leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each
// cycle. It agrees with the Umm al-Qura calendar of Saudi Arabia most of the
// time and may differ from it, or from a sighting of the moon, by a day or
// two: 1 Ramadan 1446 is 1 March 2025 in both, but 1 Muharram 1447 is
// 27 June 2025 here and 26 June 2025 in Umm al-Qura. The timeline's Hijri
// row is an orientation aid; a date that must be exact comes from the
// document.
type HijriDate struct {
	Year  int // AH
	Month int // 1 (Muharram) .. 12 (Dhu al-Hijja)
	Day   int // 1 .. 30
}

// hijriEpoch is the Julian day number of 1 Muharram 1 AH (civil epoch).
const hijriEpoch = 1948440

// unixJDN is the Julian day number of 1970-01-01.
const unixJDN = 2440588

// hijriJDN returns the Julian day number of a tabular Hijri date.
func hijriJDN(y, m, d int) int {
	return d + (59*(m-1)+1)/2 + (y-1)*354 + floorDiv(3+11*y, 30) + hijriEpoch - 1
}

// FromHijri returns midnight UTC of the Gregorian day of a tabular Hijri
// date. Months and days out of range carry over as in time.Date.
func FromHijri(year, month, day int) time.Time {
	y, m := year+floorDiv(month-1, 12), (month-1)%12
	if m < 0 {
		m += 12
	}
	jd := hijriJDN(y, m+1, 1) + day - 1
	return time.Unix(int64(jd-unixJDN)*86400, 0).UTC()
}

// ToHijri returns the tabular Hijri date of the UTC day of t.
func ToHijri(t time.Time) HijriDate {
	jd := int(math.Floor(float64(t.Unix())/86400)) + unixJDN
	y := floorDiv(30*(jd-hijriEpoch)+10646, 10631)
	m := 1
	for m < 12 && hijriJDN(y, m+1, 1) <= jd {
		m++
	}
	return HijriDate{Year: y, Month: m, Day: jd - hijriJDN(y, m, 1) + 1}
}

// HijriMonths are the Arabic names of the Hijri months, Muharram first.
var HijriMonths = [12]string{
	"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
	"رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
}

// hijriYearLabel writes a Hijri year the way Arabic news does: "1446 هـ".
func hijriYearLabel(y int) string { return strconv.Itoa(y) + " هـ" }

// HijriTicks returns the starts of the Hijri months (labelled with their
// Arabic name, and the year when there is room) in a view width pixels wide
// under s, or of Hijri years, every 1, 2, 5, 10 ... years, when months would
// be too close together. The first tick may lie before the view (X < 0):
// it names the month or year the view starts in. Nothing is returned
// before 1 AH.
func HijriTicks(s Scale, width float32) []Tick {
	s0, s1 := s.Sec(0), s.Sec(float64(width))
	first := Seconds(FromHijri(1, 1, 1))
	if s1 < first {
		return nil
	}
	s0 = math.Max(s0, first)
	monthPx := 29.53 * secDay * s.PxPerSec
	var out []Tick
	h := ToHijri(FromSeconds(s0))
	if monthPx >= 64 {
		y, m := h.Year, h.Month
		for len(out) < 1000 {
			t := FromHijri(y, m, 1)
			ts := Seconds(t)
			if ts > s1 {
				break
			}
			lbl := HijriMonths[m-1]
			if m == 1 || monthPx >= 110 {
				lbl += " " + strconv.Itoa(y)
			}
			out = append(out, Tick{Time: t, X: s.XSec(ts), Label: lbl, Unit: Month, Step: 1})
			if m++; m > 12 {
				y, m = y+1, 1
			}
		}
		return out
	}
	yearPx := 354.367 * secDay * s.PxPerSec
	step := 1
	for _, n := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000} {
		step = n
		if float64(n)*yearPx >= 64 {
			break
		}
	}
	y := max(1, (h.Year/step)*step)
	for ; len(out) < 1000; y += step {
		t := FromHijri(y, 1, 1)
		ts := Seconds(t)
		if ts > s1 {
			break
		}
		if ts >= s.Sec(0) || len(out) == 0 {
			out = append(out, Tick{Time: t, X: s.XSec(ts), Label: hijriYearLabel(y), Unit: Year, Step: step})
		} else {
			out[0] = Tick{Time: t, X: s.XSec(ts), Label: hijriYearLabel(y), Unit: Year, Step: step}
		}
		if y == 1 && step > 1 {
			y = 0
		}
	}
	return out
}
