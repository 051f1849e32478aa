package app

import (
	"testing"
	"time"
)

func TestAxisLocale(t *testing.T) {
	if axisLocale("en") != nil || axisLocale("") != nil {
		t.Error("English should use the timeline's default locale")
	}
	ar := axisLocale("ar")
	if got := ar.Month(time.June, false); got != "يونيو" {
		t.Errorf("Arabic June = %q", got)
	}
	if got := ar.Weekday(time.Tuesday); got != "الثلاثاء" {
		t.Errorf("Arabic Tuesday = %q", got)
	}
	fr := axisLocale("fr")
	if fr.Month(time.February, true) != "février" || fr.Month(time.February, false) != "févr." {
		t.Errorf("French February = %q / %q", fr.Month(time.February, true), fr.Month(time.February, false))
	}
	if ar.Year(2025) != "2025" {
		t.Errorf("years keep their digits: %q", ar.Year(2025))
	}
}
