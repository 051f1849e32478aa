package app

import (
	"context"
	"log"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"zaman/export"
	"zaman/store"
	"zaman/timeline"
)

// The timeline shows what is not rejected (unless the filter asks for a
// status), and at most maxItemsPerQuery events per query: the widget asks
// for items only where the view is not dense enough to draw clusters.
var shownStatuses = []string{store.StatusAuto, store.StatusAccepted, store.StatusEdited}

const (
	maxItemsPerQuery = 2000
	maxSpanning      = 50
)

// storeSource is the timeline's view of the store: the viewport query and
// per-bucket counts, answered from the store's indexes.
type storeSource struct {
	st     *store.Store
	ctx    context.Context
	filter func() store.EventFilter // the active filter; nil = everything
	lane   func(store.Event) string // the lane key of an event; nil = no lanes
}

var (
	_ timeline.ItemSource  = (*storeSource)(nil)
	_ timeline.StartSource = (*storeSource)(nil)
)

func (s *storeSource) base() store.EventFilter {
	if s.filter == nil {
		return store.EventFilter{}
	}
	return s.filter()
}

// Items returns the events intersecting [from, to): those that start in
// it, then a few of the long events that cover its left edge (a limited
// query over everything that intersects a fine window would return only
// the long ones).
func (s *storeSource) Items(from, to time.Time) []timeline.Item {
	return append(s.Covering(from), s.Starting(from, to)...)
}

// Starting returns the events that start in [from, to).
func (s *storeSource) Starting(from, to time.Time) []timeline.Item {
	f := s.shown()
	f.From, f.To, f.StartsWithin, f.Limit = from, to, true, maxItemsPerQuery
	return s.items(f, time.Time{})
}

// Covering returns up to maxSpanning events that started before at and
// end after it.
func (s *storeSource) Covering(at time.Time) []timeline.Item {
	f := s.shown()
	f.From, f.To, f.Limit = at, at.Add(time.Second), maxSpanning
	return s.items(f, at)
}

// shown is the active filter with the statuses the timeline draws.
func (s *storeSource) shown() store.EventFilter {
	f := s.base()
	if len(f.Statuses) == 0 {
		f.Statuses = shownStatuses
	}
	return f
}

// items runs f; with before set, only events starting before it are kept.
func (s *storeSource) items(f store.EventFilter, before time.Time) []timeline.Item {
	evs, err := s.st.Events(s.ctx, f)
	if err != nil {
		log.Printf("zaman: timeline query: %v", err)
		return nil
	}
	out := make([]timeline.Item, 0, len(evs))
	for _, e := range evs {
		if before.IsZero() || e.Start.Before(before) {
			out = append(out, s.toItem(e))
		}
	}
	return out
}

// Buckets counts events starting in n equal slices of [from, to).
func (s *storeSource) Buckets(from, to time.Time, n int) []int {
	b, err := s.st.BucketCounts(s.ctx, from, to, n, s.shown())
	if err != nil {
		log.Printf("zaman: timeline counts: %v", err)
		return nil
	}
	return b
}

// Span is the extent of all events.
func (s *storeSource) Span() (from, to time.Time, ok bool) {
	from, to, ok, err := s.st.Span(s.ctx, s.base())
	if err != nil {
		log.Printf("zaman: timeline span: %v", err)
		return time.Time{}, time.Time{}, false
	}
	return from, to, ok
}

// Item looks one event up.
func (s *storeSource) Item(id int64) (timeline.Item, bool) {
	e, err := s.st.Event(s.ctx, id)
	if err != nil {
		return timeline.Item{}, false
	}
	return s.toItem(e), true
}

// toItem converts a store event to what the timeline draws (as exports
// do); its lane is its document or first tag when the timeline groups by
// either.
func (s *storeSource) toItem(e store.Event) timeline.Item {
	it := export.Item(e)
	it.Lane = ""
	if s.lane != nil {
		it.Lane = s.lane(e)
	}
	return it
}

// timelinePanel hosts the timeline widget.
type timelinePanel struct {
	a     *App
	w     *timeline.Widget
	src   *storeSource
	lanes *laneKeys
}

// laneKeys gives each event its lane when the timeline groups events by
// document or by tag. It is read from the timeline's query goroutine.
type laneKeys struct {
	mu        sync.Mutex
	mode      string // "none", "document", "tag"
	docTitles map[int64]string
}

func (l *laneKeys) key(e store.Event) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch l.mode {
	case "document":
		return l.docTitles[e.DocumentID]
	case "tag":
		if len(e.Tags) > 0 {
			return e.Tags[0]
		}
	}
	return ""
}

// setDocuments records the document titles used as lane labels.
func (l *laneKeys) setDocuments(docs []store.Document) {
	m := make(map[int64]string, len(docs))
	for _, d := range docs {
		m[d.ID] = d.Title
	}
	l.mu.Lock()
	l.docTitles = m
	l.mu.Unlock()
}

// setGrouping groups the timeline by "document", "tag" or "none", and
// remembers the choice.
func (p *timelinePanel) setGrouping(mode string) {
	p.lanes.mu.Lock()
	p.lanes.mode = mode
	p.lanes.mu.Unlock()
	p.a.fa.Preferences().SetString(PrefGrouping, mode)
	p.applyGrouping()
	p.w.Reload()
}

func (p *timelinePanel) applyGrouping() {
	if p.lanes.mode == "none" {
		p.w.SetGrouping(timeline.GroupNone)
	} else {
		p.w.SetGrouping(timeline.GroupLane)
	}
}

// toggleHijri shows or hides the Hijri month row, and remembers it.
func (p *timelinePanel) toggleHijri() {
	on := !p.w.Hijri()
	p.w.SetHijri(on)
	p.a.fa.Preferences().SetBool(PrefHijri, on)
}

func newTimelinePanel(a *App) *timelinePanel {
	p := &timelinePanel{a: a, lanes: &laneKeys{mode: a.fa.Preferences().StringWithFallback(PrefGrouping, "none")}}
	p.src = &storeSource{st: a.st, ctx: a.ctx, filter: a.timelineFilter, lane: p.lanes.key}
	p.w = timeline.New(p.src)
	p.w.RunOnUI = runUI
	p.w.Locale = axisLocale(a.cfg.uiLang)
	p.applyGrouping()
	p.w.SetHijri(a.fa.Preferences().Bool(PrefHijri))
	p.w.OnSelected = func(id int64) {
		if id != 0 {
			a.selectEvent(id, originTimeline)
		}
	}
	return p
}

func (p *timelinePanel) object() fyne.CanvasObject { return p.w }

// reload re-reads the events in view (the view stays where it is).
func (p *timelinePanel) reload() { p.w.Reload() }

// reloadKeepView is reload, callable from any goroutine.
func (p *timelinePanel) reloadKeepView() { runUI(p.reload) }

// applyTheme makes the timeline follow the application theme.
func (p *timelinePanel) applyTheme() {
	if p.a.theme.dark(p.a.fa) {
		p.w.Theme = timeline.DarkTheme()
	} else {
		p.w.Theme = timeline.LightTheme()
	}
	p.w.Refresh()
}

func (p *timelinePanel) selectEvent(id int64) { p.w.Select(id) }

// zoom scales the visible span around its centre by factor (<1 zooms in).
func (p *timelinePanel) zoom(factor float64) {
	from, to := p.w.View()
	span := to.Sub(from)
	if span <= 0 {
		return
	}
	mid := from.Add(span / 2)
	half := time.Duration(float64(span) * factor / 2)
	p.w.SetView(mid.Add(-half), mid.Add(half))
}

// timelineFilter is the active filter as the timeline applies it (the
// timeline sets the time window itself). It is called off the UI
// goroutine, so it reads a copy kept by reloadEvents.
func (a *App) timelineFilter() store.EventFilter {
	a.filterMu.Lock()
	defer a.filterMu.Unlock()
	f := a.lastFilter
	f.From, f.To = time.Time{}, time.Time{}
	return f
}
