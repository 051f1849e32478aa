package app

import (
	"context"
	"image/color"
	"log"
	"strconv"
	"time"

	"fyne.io/fyne/v2"

	"zaman/store"
	"zaman/timeline"
)

// The timeline shows what is not rejected (unless the filter asks for a
// status), and at most maxItemsPerQuery events per query: the widget asks
// for items only where the view is not dense enough to draw clusters.
var shownStatuses = []string{store.StatusAuto, store.StatusAccepted, store.StatusEdited}

const maxItemsPerQuery = 2000

// storeSource is the timeline's view of the store: the viewport query and
// per-bucket counts, answered from the store's indexes.
type storeSource struct {
	st     *store.Store
	ctx    context.Context
	filter func() store.EventFilter // the active filter; nil = everything
}

var _ timeline.ItemSource = (*storeSource)(nil)

func (s *storeSource) base() store.EventFilter {
	if s.filter == nil {
		return store.EventFilter{}
	}
	return s.filter()
}

// Items returns the events intersecting [from, to).
func (s *storeSource) Items(from, to time.Time) []timeline.Item {
	f := s.base()
	f.From, f.To = from, to
	if len(f.Statuses) == 0 {
		f.Statuses = shownStatuses
	}
	f.Limit = maxItemsPerQuery
	evs, err := s.st.Events(s.ctx, f)
	if err != nil {
		log.Printf("zaman: timeline query: %v", err)
		return nil
	}
	out := make([]timeline.Item, len(evs))
	for i, e := range evs {
		out[i] = toItem(e)
	}
	return out
}

// Buckets counts events starting in n equal slices of [from, to).
func (s *storeSource) Buckets(from, to time.Time, n int) []int {
	f := s.base()
	if len(f.Statuses) == 0 {
		f.Statuses = shownStatuses
	}
	b, err := s.st.BucketCounts(s.ctx, from, to, n, f)
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
	return toItem(e), true
}

// toItem converts a store event to what the timeline draws.
func toItem(e store.Event) timeline.Item {
	it := timeline.Item{
		ID: e.ID, Start: e.Start, End: e.End, Precision: e.Precision,
		Label: e.Title, Status: e.Status, Sources: e.Sources,
	}
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

// timelinePanel hosts the timeline widget.
type timelinePanel struct {
	a   *App
	w   *timeline.Widget
	src *storeSource
}

func newTimelinePanel(a *App) *timelinePanel {
	p := &timelinePanel{a: a, src: &storeSource{st: a.st, ctx: a.ctx, filter: a.timelineFilter}}
	p.w = timeline.New(p.src)
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
