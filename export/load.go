package export

import (
	"context"
	"errors"
	"image/color"
	"strconv"
	"time"

	"zaman/store"
	"zaman/timeline"
)

// Timeline is what the pictures and the calendar formats show: the events
// of a range (rejected ones left out) with their sources.
type Timeline struct {
	// From and To are the range shown, [From, To).
	From, To time.Time
	Events   []store.Event            // by start
	Sources  map[int64][]store.Source // by event id, in document order
	Tags     []store.Tag
	Docs     map[int64]store.Document // the documents of the sources, without text
}

// Load reads the events matching f with their sources and the tags. The
// range is f's From and To; an open side is set from the events' span plus a
// margin of a twentieth of it (at least a day), so no mark sits on the edge.
// It fails when no event matches.
func Load(ctx context.Context, st *store.Store, f store.EventFilter) (*Timeline, error) {
	evs, err := st.Events(ctx, f)
	if err != nil {
		return nil, err
	}
	tl := &Timeline{Sources: map[int64][]store.Source{}}
	for _, e := range evs {
		if e.Status != store.StatusRejected {
			tl.Events = append(tl.Events, e)
		}
	}
	if len(tl.Events) == 0 {
		return nil, ErrNoEvents
	}
	for _, e := range tl.Events {
		if e.Sources == 0 {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		srcs, err := st.EventSources(ctx, e.ID)
		if err != nil {
			return nil, err
		}
		tl.Sources[e.ID] = srcs
	}
	if tl.Tags, err = st.Tags(ctx); err != nil {
		return nil, err
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	tl.Docs = make(map[int64]store.Document, len(docs))
	for _, d := range docs {
		tl.Docs[d.ID] = d
	}
	tl.From, tl.To = Range(tl.Events, f.From, f.To)
	return tl, nil
}

// ErrNoEvents is returned by Load when nothing is there to export.
var ErrNoEvents = errors.New("no events to export in that range: widen the range or import documents first")

// Range returns from and to, with a zero side replaced by the events'
// earliest start or latest end plus a margin of a twentieth of the span
// (at least a day).
func Range(evs []store.Event, from, to time.Time) (time.Time, time.Time) {
	if len(evs) == 0 {
		return from, to
	}
	lo, hi := evs[0].Start, evs[0].End
	for _, e := range evs {
		if e.Start.Before(lo) {
			lo = e.Start
		}
		if e.End.After(hi) {
			hi = e.End
		}
	}
	pad := max(hi.Sub(lo)/20, 24*time.Hour)
	if from.IsZero() {
		from = lo.Add(-pad)
		if !to.IsZero() && !from.Before(to) {
			from = to.Add(-pad)
		}
	}
	if to.IsZero() {
		to = hi.Add(pad)
		if !to.After(from) {
			to = from.Add(pad)
		}
	}
	return from, to
}

// Item converts a store event to what the timeline draws, as the GUI does.
func Item(e store.Event) timeline.Item {
	it := timeline.Item{ID: e.ID, Start: e.Start, End: e.End, Precision: e.Precision,
		Label: e.Title, Status: e.Status, Sources: e.Sources, Notes: e.Notes}
	if c, ok := parseHexColor(e.Color); ok {
		it.Color = c
	}
	if len(e.Tags) > 0 {
		it.Lane = e.Tags[0]
	}
	return it
}

// parseHexColor reads "#rrggbb".
func parseHexColor(s string) (color.NRGBA, bool) {
	if len(s) != 7 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}
