package timeline

import (
	"math"
	"time"
)

// Seconds returns t as float64 seconds since the Unix epoch (negative before
// 1970, far negative for BCE).
func Seconds(t time.Time) float64 {
	return float64(t.Unix()) + float64(t.Nanosecond())/1e9
}

// FromSeconds is the inverse of Seconds, in UTC.
func FromSeconds(s float64) time.Time {
	if math.IsNaN(s) {
		return time.Time{}
	}
	// Clamp to what time.Time can hold comfortably (±~290 million years).
	const lim = 9e15
	s = math.Max(-lim, math.Min(lim, s))
	sec := math.Floor(s)
	ns := int64(math.Round((s - sec) * 1e9))
	return time.Unix(int64(sec), ns).UTC()
}

// Scale maps time to horizontal pixels: x = (sec - T0) * PxPerSec.
// A zero Scale is not usable; build one with NewScale.
type Scale struct {
	T0       float64 // seconds at x = 0
	PxPerSec float64 // pixels per second, > 0
}

// Limits of zoom: at most 1 minute across 1000 px, at least 100,000 years.
const (
	minSpan = 60.0                        // seconds
	maxSpan = 100000 * 365.2425 * 86400.0 // seconds
)

// NewScale maps [from, to) onto [0, width).
func NewScale(from, to time.Time, width float32) Scale {
	return NewScaleSec(Seconds(from), Seconds(to), width)
}

// NewScaleSec is NewScale with times in seconds.
func NewScaleSec(from, to float64, width float32) Scale {
	if width <= 0 {
		width = 1
	}
	span := to - from
	if !(span > 0) {
		span = minSpan
	}
	return Scale{T0: from, PxPerSec: float64(width) / span}
}

// X returns the pixel position of t.
func (s Scale) X(t time.Time) float64 { return s.XSec(Seconds(t)) }

// XSec returns the pixel position of sec.
func (s Scale) XSec(sec float64) float64 { return (sec - s.T0) * s.PxPerSec }

// Sec returns the time, in seconds, at pixel x.
func (s Scale) Sec(x float64) float64 { return s.T0 + x/s.PxPerSec }

// Time returns the time at pixel x.
func (s Scale) Time(x float64) time.Time { return FromSeconds(s.Sec(x)) }

// Span returns the number of seconds covered by width pixels.
func (s Scale) Span(width float32) float64 { return float64(width) / s.PxPerSec }

// Zoom returns the scale magnified by factor (>1 zooms in) keeping the time
// under pixel x fixed. The resulting span over width is clamped to the zoom
// limits.
func (s Scale) Zoom(factor, x float64, width float32) Scale {
	if !(factor > 0) {
		return s
	}
	at := s.Sec(x)
	pps := s.PxPerSec * factor
	span := float64(width) / pps
	span = math.Max(minSpan, math.Min(maxSpan, span))
	pps = float64(width) / span
	return Scale{T0: at - x/pps, PxPerSec: pps}
}

// Pan returns the scale moved so that content shifts by dx pixels (dx > 0
// moves the content right, showing earlier times).
func (s Scale) Pan(dx float64) Scale {
	return Scale{T0: s.T0 - dx/s.PxPerSec, PxPerSec: s.PxPerSec}
}
