// Package extract is Zaman's temporal tagger and event builder for Arabic,
// French and English news. It finds temporal expressions (TIMEX3: DATE, TIME,
// DURATION, SET), resolves them against the document creation time found in
// the dateline or metadata, recognises named events whose dates are world
// knowledge (a gazetteer of temponyms), and builds one timeline event per
// anchored expression with the passage that supports it.
//
// Vocabulary is data (data/*.json, embedded); the grammar is code. The
// tagger scans a token stream once with map look-ups, so it runs in linear
// time on any input. All offsets are Unicode code points, end exclusive.
package extract

import (
	"encoding/json"
	"time"
)

// Timex is one temporal expression found in the text.
type Timex struct {
	Start int    `json:"start"` // rune offset, inclusive
	End   int    `json:"end"`   // rune offset, exclusive
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE TIME DURATION SET
	Value string `json:"value"` // TIMEX3 value: 2025-06-25, 2025-03, P2Y, PAST_REF ...
	Mod   string `json:"mod,omitempty"`
}

// DCT is the document creation time the relative expressions were resolved
// against, and where it came from.
type DCT struct {
	Value  string    // TIMEX3 value, "" when none
	Time   time.Time // UTC midnight of the day, zero when none
	Source string    // dateline | metadata | user | none
	Start  int       // rune span of the dateline, -1 if none
	End    int
}

// Event is a dated happening built from an anchored expression.
type Event struct {
	Title        string
	Start, End   time.Time // UTC, end exclusive
	Precision    string
	Value        string // the TIMEX3 value the interval came from
	Timex        int    // index into Result.Timexes
	PassageStart int    // rune offsets of the sentence/clause
	PassageEnd   int
	Confidence   float64 // 0..1
}

// Result is everything Extract found in one document.
type Result struct {
	Lang    string
	DCT     DCT
	Timexes []Timex
	Events  []Event
}

// Options steer Extract; zero values mean "detect".
type Options struct {
	Lang string    // "" = detect
	DCT  time.Time // zero = detect
}

type jsonPassage struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type jsonEvent struct {
	Title      string      `json:"title"`
	Start      string      `json:"start"`
	End        string      `json:"end"`
	Precision  string      `json:"precision"`
	Value      string      `json:"value"`
	Timex      int         `json:"timex"`
	Passage    jsonPassage `json:"passage"`
	Confidence float64     `json:"confidence"`
}

type jsonResult struct {
	ID      string      `json:"id"`
	Lang    string      `json:"lang"`
	DCT     string      `json:"dct"`
	Timexes []Timex     `json:"timexes"`
	Events  []jsonEvent `json:"events"`
}

// isoTime writes a day-aligned instant as YYYY-MM-DD, any other as RFC 3339.
func isoTime(t time.Time) string {
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// JSON gives the result in the shape of `zaman extract --jsonl`:
// {"id","lang","dct","timexes":[...],"events":[...]}, dates as ISO strings.
func (r Result) JSON(id string) ([]byte, error) {
	jr := jsonResult{ID: id, Lang: r.Lang, DCT: r.DCT.Value, Timexes: r.Timexes, Events: make([]jsonEvent, len(r.Events))}
	if jr.Timexes == nil {
		jr.Timexes = []Timex{}
	}
	for i, e := range r.Events {
		jr.Events[i] = jsonEvent{Title: e.Title, Start: isoTime(e.Start), End: isoTime(e.End), Precision: e.Precision,
			Value: e.Value, Timex: e.Timex, Passage: jsonPassage{e.PassageStart, e.PassageEnd}, Confidence: e.Confidence}
	}
	return json.Marshal(jr)
}
