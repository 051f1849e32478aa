package store

import (
	"fmt"
	"time"
)

// Event statuses.
const (
	StatusAuto     = "auto"     // found by the extractor, not yet reviewed
	StatusAccepted = "accepted" // confirmed by the user
	StatusRejected = "rejected" // dismissed by the user (kept, so a re-import does not bring it back)
	StatusEdited   = "edited"   // changed by the user
)

// DCT sources: where a document's creation time came from.
const (
	DCTDateline = "dateline"
	DCTMetadata = "metadata"
	DCTUser     = "user"
	DCTNone     = "none"
)

// Precisions, coarsest last (see docs/ARCHITECTURE.md).
var Precisions = []string{"minute", "hour", "day", "week", "month", "quarter",
	"season", "year", "decade", "century", "millennium"}

// Document is an imported text. Documents leaves Text empty.
type Document struct {
	ID    int64
	Title string
	Text  string
	Lang  string // "ar", "fr", "en"
	// DCTValue is the TIMEX3 value of the document creation time
	// ("2025-06-25"); DCT its start, zero when unknown.
	DCTValue     string
	DCT          time.Time
	DCTPrecision string
	DCTSource    string // DCTDateline, DCTMetadata, DCTUser or DCTNone ("" = none)
	Origin       string // file path or URL it came from
	SHA256       string // hex digest of Text; computed by ImportDocument when empty
	ImportedAt   time.Time
	Events       int // number of events with a source in this document (read only)
}

// Mention is a temporal expression found in a document.
type Mention struct {
	ID         int64
	DocumentID int64
	Start, End int    // rune offsets in the document text, end exclusive
	Text       string // the expression as written
	Type       string // TIMEX3 type: DATE TIME DURATION SET
	Value      string // TIMEX3 value: 2025-06-25, 2025-03, P2Y, PAST_REF ...
	Mod        string // TIMEX3 mod, "" when none
}

// Event is a dated happening on the timeline.
type Event struct {
	ID    int64
	Title string
	// Start and End are UTC; the interval is [Start, End).
	Start, End time.Time
	Precision  string  // one of Precisions
	Value      string  // the TIMEX3 value the interval came from
	Status     string  // StatusAuto, StatusAccepted, StatusRejected, StatusEdited
	Confidence float64 // 0..1
	Color      string  // "" = default; otherwise as the GUI writes it (e.g. "#c0392b")
	CreatedAt  time.Time
	UpdatedAt  time.Time
	Sources    int      // number of sources (read only)
	Tags       []string // tag names, sorted (read only; see SetEventTags)
	Notes      int      // number of annotations on the event (read only)
	DocumentID int64    // the document of its first source, 0 when none (read only)
}

// Source links an event to the passage of a document that supports it.
type Source struct {
	ID           int64
	EventID      int64
	DocumentID   int64
	PassageStart int   // rune offsets in the document text, end exclusive
	PassageEnd   int   //
	MentionID    int64 // 0 when the source has no mention
	// For display, read only:
	Passage       string // the passage text
	MentionText   string // the mention's text, "" when none
	MentionStart  int    // the mention's rune offsets, -1 when none
	MentionEnd    int    //
	DocumentTitle string
	DocumentLang  string
}

// Annotation is the user's note on an event, on a document, or on a passage
// of a document (DocumentID set and PassageEnd > PassageStart).
type Annotation struct {
	ID           int64
	EventID      int64 // 0 = not on an event
	DocumentID   int64 // 0 = not on a document
	PassageStart int   // rune offsets; PassageEnd <= PassageStart means no passage
	PassageEnd   int
	Body         string
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// HasPassage reports whether the annotation is on a passage.
func (a Annotation) HasPassage() bool { return a.PassageEnd > a.PassageStart }

// Tag is a label the user puts on events.
type Tag struct {
	ID     int64
	Name   string
	Color  string
	Events int // number of events with this tag (read only)
}

// Import is one document with what the extractor found in it.
type Import struct {
	Doc      Document
	Mentions []Mention // DocumentID and ID are ignored
	Events   []NewEvent
}

// NewEvent is an event to import with its source in the imported document.
type NewEvent struct {
	Event
	Mention                  int // index into Import.Mentions, -1 for none
	PassageStart, PassageEnd int // rune offsets of the supporting passage
}

// EventFilter selects events. Zero fields select everything.
type EventFilter struct {
	// From and To select events whose interval intersects [From, To);
	// a zero time leaves that side unbounded.
	From, To   time.Time
	DocumentID int64    // only events with a source in this document
	Statuses   []string // only these statuses
	Tag        string   // only events with this tag (case-insensitive)
	Query      string   // full-text query on event titles (see Search)
	Limit      int      // at most this many, 0 = all
	// StartsWithin narrows the window to events that start in [From, To):
	// at a fine zoom the timeline wants what happens there, not the long
	// events that merely cover it (ask for those separately).
	StartsWithin bool
}

// AnnotationFilter selects annotations. Zero fields select everything.
type AnnotationFilter struct {
	EventID    int64
	DocumentID int64
	Query      string // full-text query on bodies
	Limit      int
}

// Hit is one search result.
type Hit struct {
	Kind       string // "document", "event" or "annotation"
	ID         int64  // id of the document, event or annotation
	DocumentID int64  // the document (for an event: of its first source), 0 when none
	EventID    int64  // the event, 0 when none
	Title      string // document or event title; "" for annotations
	// Start and End are the rune offsets of the first matching word in the
	// hit's text (document text, event title or annotation body); -1 when
	// the match is elsewhere (a document's title).
	Start, End int
	Snippet    string // the original text around the match, on one line, "…" where cut
}

func validStatus(s string) bool {
	switch s {
	case StatusAuto, StatusAccepted, StatusRejected, StatusEdited:
		return true
	}
	return false
}

func validPrecision(p string) bool {
	for _, q := range Precisions {
		if p == q {
			return true
		}
	}
	return false
}

// checkEvent validates what the schema would refuse, with a readable error.
func checkEvent(e *Event) error {
	if e.Status == "" {
		e.Status = StatusAuto
	}
	if e.Precision == "" {
		e.Precision = "day"
	}
	switch {
	case !validStatus(e.Status):
		return fmt.Errorf("%w: event status %q", ErrInvalid, e.Status)
	case !validPrecision(e.Precision):
		return fmt.Errorf("%w: event precision %q", ErrInvalid, e.Precision)
	case e.Start.IsZero() || e.End.IsZero():
		return fmt.Errorf("%w: event %q has no interval", ErrInvalid, e.Title)
	case e.End.Before(e.Start):
		return fmt.Errorf("%w: event %q ends before it starts", ErrInvalid, e.Title)
	}
	return nil
}

// spanClass is the bit length of the event's duration in seconds (see the
// comment on events in migrations/0001_init.sql).
func spanClass(start, end int64) int {
	d := uint64(end - start)
	n := 0
	for d != 0 {
		n++
		d >>= 1
	}
	return n
}
