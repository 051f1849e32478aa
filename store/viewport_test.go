package store

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// addEvents imports one document carrying the given events.
func addEvents(t testing.TB, s *Store, text string, evs ...Event) []int64 {
	t.Helper()
	imp := Import{Doc: Document{Title: "t", Text: text, Lang: "en"}}
	for _, e := range evs {
		imp.Events = append(imp.Events, NewEvent{Event: e, Mention: -1, PassageStart: 0, PassageEnd: 1})
	}
	id, _, err := s.ImportDocument(context.Background(), imp)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.EventsOfDocument(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]int64{}
	for _, e := range got {
		byTitle[e.Title] = e.ID
	}
	ids := make([]int64, len(evs))
	for i, e := range evs {
		ids[i] = byTitle[e.Title]
	}
	return ids
}

func titles(evs []Event) []string {
	var ts []string
	for _, e := range evs {
		ts = append(ts, e.Title)
	}
	return ts
}

func TestViewportEdges(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	from, to := day(2025, 6, 1), day(2025, 7, 1)
	addEvents(t, s, "edges",
		Event{Title: "century", Start: day(1950, 1, 1), End: day(2050, 1, 1), Precision: "century"},
		Event{Title: "ends at from", Start: day(2025, 5, 31), End: from},
		Event{Title: "starts at to", Start: to, End: day(2025, 7, 2)},
		Event{Title: "starts at from", Start: from, End: day(2025, 6, 2)},
		Event{Title: "instant at from", Start: from, End: from, Precision: "minute"},
		Event{Title: "instant at to", Start: to, End: to, Precision: "minute"},
		Event{Title: "last second", Start: to.Add(-time.Second), End: to, Precision: "minute"},
		Event{Title: "may to july", Start: day(2025, 5, 15), End: day(2025, 7, 15), Precision: "month"},
		Event{Title: "bce", Start: time.Date(-480, 9, 1, 0, 0, 0, 0, time.UTC), End: time.Date(-480, 9, 2, 0, 0, 0, 0, time.UTC)},
	)
	got, err := s.Events(ctx, EventFilter{From: from, To: to})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"century", "may to july", "instant at from", "starts at from", "last second"}
	if !slices.Equal(titles(got), want) {
		t.Errorf("window: got %q\nwant %q", titles(got), want)
	}
	got, _ = s.Events(ctx, EventFilter{From: from, To: to, Limit: 2})
	if !slices.Equal(titles(got), want[:2]) {
		t.Errorf("limit 2: got %q", titles(got))
	}
	got, _ = s.Events(ctx, EventFilter{To: day(1000, 1, 1)})
	if !slices.Equal(titles(got), []string{"bce"}) || got[0].Start.Year() != -480 {
		t.Errorf("before 1000: %q", titles(got))
	}
	got, _ = s.Events(ctx, EventFilter{From: day(2040, 1, 1)})
	if !slices.Equal(titles(got), []string{"century"}) {
		t.Errorf("after 2040: %q", titles(got))
	}
	if got, _ := s.Events(ctx, EventFilter{From: to, To: from}); len(got) != 0 {
		t.Errorf("empty window: %q", titles(got))
	}
	lo, hi, ok, err := s.Span(ctx, EventFilter{})
	if err != nil || !ok || lo.Year() != -480 || !hi.Equal(day(2050, 1, 1)) {
		t.Errorf("span %v %v %v %v", lo, hi, ok, err)
	}
	if _, _, ok, _ := s.Span(ctx, EventFilter{Statuses: []string{StatusAccepted}}); ok {
		t.Error("span of nothing is ok")
	}
}

// brute is the reference for Events: a linear filter over all events.
func brute(all []Event, f EventFilter) []Event {
	var out []Event
	for _, e := range all {
		if !f.To.IsZero() && !e.Start.Before(f.To) {
			continue
		}
		if !f.From.IsZero() && !e.End.After(f.From) && e.Start.Before(f.From) {
			continue
		}
		if len(f.Statuses) > 0 && !slices.Contains(f.Statuses, e.Status) {
			continue
		}
		out = append(out, e)
	}
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out
}

func ids(evs []Event) []int64 {
	out := make([]int64, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}

func TestViewportMatchesBruteForce(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if err := s.InsertSyntheticEvents(ctx, 5000, 1); err != nil {
		t.Fatal(err)
	}
	all, err := s.Events(ctx, EventFilter{})
	if err != nil || len(all) != 5000 {
		t.Fatalf("%d events, %v", len(all), err)
	}
	if !slices.IsSortedFunc(all, func(a, b Event) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		if c := a.End.Compare(b.End); c != 0 {
			return c
		}
		return int(a.ID - b.ID)
	}) {
		t.Fatal("events not ordered by start, end, id")
	}
	rng := rand.New(rand.NewPCG(7, 7))
	lo, hi := day(1890, 1, 1).Unix(), day(2040, 1, 1).Unix()
	widths := []int64{3600, 86400, 30 * 86400, 365 * 86400, 20 * 365 * 86400, 200 * 365 * 86400}
	for i := 0; i < 300; i++ {
		w := widths[rng.IntN(len(widths))]
		from := lo + rng.Int64N(hi-lo)
		f := EventFilter{From: unixTime(from), To: unixTime(from + w)}
		switch i % 5 {
		case 1:
			f.Limit = 1 + rng.IntN(50)
		case 2:
			f.Statuses = []string{StatusAccepted, StatusEdited}
		case 3:
			f.From = time.Time{}
		case 4:
			f.To = time.Time{}
			f.Limit = 100
		}
		got, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		want := brute(all, f)
		if !slices.Equal(ids(got), ids(want)) {
			t.Fatalf("window %v–%v limit %d statuses %v: got %d events, want %d", f.From, f.To, f.Limit, f.Statuses,
				len(got), len(want))
		}
	}
}

func TestBucketCounts(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if err := s.InsertSyntheticEvents(ctx, 3000, 2); err != nil {
		t.Fatal(err)
	}
	all, _ := s.Events(ctx, EventFilter{})
	check := func(from, to time.Time, n int, f EventFilter) {
		t.Helper()
		got, err := s.BucketCounts(ctx, from, to, n, f)
		if err != nil {
			t.Fatal(err)
		}
		want := make([]int, n)
		span := to.Unix() - from.Unix()
		for _, e := range brute(all, EventFilter{Statuses: f.Statuses}) {
			st := e.Start.Unix()
			if st < from.Unix() || st >= to.Unix() {
				continue
			}
			b := int((st - from.Unix()) * int64(n) / span)
			want[b]++
		}
		if !slices.Equal(got, want) {
			t.Errorf("%v–%v n=%d: got %v\nwant %v", from, to, n, got, want)
		}
	}
	check(day(1900, 1, 1), day(2030, 1, 1), 13, EventFilter{})
	check(day(1960, 3, 7), day(1961, 1, 1), 100, EventFilter{})
	check(day(1950, 1, 1), day(2000, 1, 1), 7, EventFilter{Statuses: []string{StatusRejected}})
	check(day(1900, 1, 1), day(2030, 1, 1), 1, EventFilter{})
	check(day(1969, 12, 31).Add(7*time.Hour), day(1970, 1, 2).Add(-5*time.Second), 9, EventFilter{}) // around 0

	// The counters follow updates and deletions.
	for i, e := range all[:300] {
		switch i % 3 {
		case 0:
			e.Start, e.End = e.Start.Add(-400*24*time.Hour), e.End.Add(-400*24*time.Hour)
			if err := s.UpdateEvent(ctx, e); err != nil {
				t.Fatal(err)
			}
		case 1:
			if err := s.SetEventStatus(ctx, e.ID, StatusRejected); err != nil {
				t.Fatal(err)
			}
		case 2:
			if err := s.DeleteEvent(ctx, e.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	all, _ = s.Events(ctx, EventFilter{})
	for _, w := range [][2]time.Time{{day(1890, 1, 1), day(2030, 1, 1)}, {day(1899, 3, 1), day(1911, 5, 17)}} {
		for _, n := range []int{1, 7, 200} {
			check(w[0], w[1], n, EventFilter{})
			check(w[0], w[1], n, EventFilter{Statuses: []string{StatusRejected, StatusAuto}})
		}
	}

	// With a full-text filter every bucket is counted from the events.
	got, err := s.BucketCounts(ctx, day(1900, 1, 1), day(2030, 1, 1), 10, EventFilter{Query: "summit"})
	if err != nil {
		t.Fatal(err)
	}
	summits, _ := s.Events(ctx, EventFilter{Query: "summit"})
	want := 0
	for _, e := range summits {
		if !e.Start.Before(day(1900, 1, 1)) && e.Start.Before(day(2030, 1, 1)) {
			want++
		}
	}
	if sum(got) != want || want == 0 {
		t.Errorf("query buckets sum %d, want %d", sum(got), want)
	}

	// Buckets are exact at their edges.
	s2 := openTest(t)
	addEvents(t, s2, "edges",
		Event{Title: "a", Start: day(2025, 1, 1), End: day(2025, 1, 2)},
		Event{Title: "b", Start: day(2025, 1, 2), End: day(2025, 1, 3)},
		Event{Title: "c", Start: day(2025, 1, 3).Add(-time.Second), End: day(2025, 1, 3)},
		Event{Title: "d", Start: day(2025, 1, 3), End: day(2025, 1, 4)},
	)
	got, err = s2.BucketCounts(ctx, day(2025, 1, 1), day(2025, 1, 3), 2, EventFilter{})
	if err != nil || !slices.Equal(got, []int{1, 2}) {
		t.Errorf("edge buckets %v %v", got, err)
	}
	if _, err := s2.BucketCounts(ctx, day(2025, 1, 3), day(2025, 1, 1), 2, EventFilter{}); err == nil {
		t.Error("reversed range accepted")
	}
	// Absurd ranges do not overflow.
	got, err = s2.BucketCounts(ctx, time.Unix(-1<<62, 0), time.Unix(1<<62, 0), 1000, EventFilter{})
	if err != nil || sum(got) != 4 {
		t.Errorf("huge range: sum %d %v", sum(got), err)
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func TestBucketEdges(t *testing.T) {
	e := bucketEdges(0, 10, 3)
	if !slices.Equal(e, []int64{0, 3, 6, 10}) {
		t.Errorf("%v", e)
	}
	e = bucketEdges(-1<<62, 1<<62, 4)
	if e[0] != -1<<62 || e[2] != 0 || e[4] != 1<<62 {
		t.Errorf("%v", e)
	}
}

func TestSpanClass(t *testing.T) {
	for _, c := range []struct {
		d    int64
		want int
	}{{0, 0}, {1, 1}, {2, 2}, {3, 2}, {86400, 17}, {1<<40 - 1, 40}} {
		if got := spanClass(100, 100+c.d); got != c.want {
			t.Errorf("spanClass(%d) = %d, want %d", c.d, got, c.want)
		}
	}
}

func TestDecompose(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for i := 0; i < 2000; i++ {
		lo := rng.Int64N(1<<36) - 1<<35
		hi := lo + rng.Int64N(int64(1)<<(1+rng.IntN(34)))
		ps := decompose(nil, 0, lo, hi)
		at := lo
		for _, p := range ps {
			a, b := p.A, p.B
			if p.Level >= 0 {
				a, b = p.A*slotWidths[p.Level], p.B*slotWidths[p.Level]
			}
			if a != at || b <= a {
				t.Fatalf("[%d, %d): piece %+v does not continue at %d (pieces %+v)", lo, hi, p, at, ps)
			}
			at = b
		}
		if at != hi && lo < hi {
			t.Fatalf("[%d, %d): pieces end at %d", lo, hi, at)
		}
		if len(ps) > 2+2*31+2*31+1 {
			t.Fatalf("[%d, %d): %d pieces", lo, hi, len(ps))
		}
	}
}

// TestRTreeCompiledIn records that mattn/go-sqlite3 builds SQLite with the
// R*Tree module. The viewport query does not use it: an R*Tree answers
// "intersects the window" but not "first 500 by start", so it must sort
// every intersecting event; on 1,000,000 synthetic events it took 12–18 ms
// for a week or a year and 590 ms for the whole span, against 2–4 ms for the
// duration-class scans of Events.
func TestRTreeCompiledIn(t *testing.T) {
	s := openTest(t)
	if _, err := s.write.Exec(`CREATE VIRTUAL TABLE temp.probe USING rtree(id, lo, hi)`); err != nil {
		t.Fatalf("rtree module missing: %v", err)
	}
}
