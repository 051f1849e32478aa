package timeline

import (
	"math"
	"slices"
	"sort"
	"time"
)

// Source supplies items for a window of time. The application implements it
// over the store; calls may be slow and are made off the draw path.
type Source interface {
	// Items returns the items overlapping [from, to).
	Items(from, to time.Time) []Item
	// Buckets returns how many items start in each of n equal slices of
	// [from, to).
	Buckets(from, to time.Time, n int) []int
	// Span returns the extent of all items; ok is false when there are none.
	Span() (from, to time.Time, ok bool)
}

// ItemSource is a Source that can also look up one item by ID, which lets
// Widget.Select scroll to an item that is not loaded.
type ItemSource interface {
	Source
	Item(id int64) (Item, bool)
}

// StartSource is a Source that answers separately for the items that start
// in a window and for those that cover an instant. fetch then asks for the
// covering items once per frame, at the view's start, and for the starting
// items of each stretch, instead of everything overlapping each stretch:
// fewer rows, and at a fine zoom the events of the window rather than the
// long ones that merely cover it.
type StartSource interface {
	Source
	// Starting returns the items whose start is in [from, to).
	Starting(from, to time.Time) []Item
	// Covering returns items that start before at and end after it (the
	// source may cap how many: only a few can be drawn).
	Covering(at time.Time) []Item
}

// fetch asks src for what view v needs: bucket counts over the view, then the
// items of the stretches that are not dense enough to become clusters. So the
// cost is bounded by the room on screen, not by the number of items.
func fetch(src Source, v View, k float32) ([]Item, []int) {
	if src == nil || !v.End.After(v.Start) {
		return nil, nil
	}
	n := BucketCount(v.Width, k)
	b := src.Buckets(v.Start, v.End, n)
	if len(b) != n {
		return src.Items(v.Start, v.End), nil
	}
	dense := make([]bool, n)
	for _, c := range Clusters(b, viewThreshold(b, v, k)) {
		for i := c.First; i <= c.Last; i++ {
			dense[i] = true
		}
	}
	fetchDense := mergeRuns(dense, b, maxRuns)
	s0, s1 := Seconds(v.Start), Seconds(v.End)
	at := func(i int) time.Time { return FromSeconds(s0 + (s1-s0)*float64(i)/float64(n)) }
	var out []Item
	var seen map[int64]bool
	runs := 0
	ss, split := src.(StartSource)
	covered := false
	for i := 0; i < n; {
		if fetchDense[i] {
			i++
			continue
		}
		j := i
		for j < n && !fetchDense[j] {
			j++
		}
		from, to := at(i), at(j)
		if i == 0 {
			from = v.Start
		}
		if j == n {
			to = v.End
		}
		if i > 0 && sum(b[i:j]) == 0 {
			// Nothing starts here: what overlaps the stretch started in a
			// dense bucket (drawn as a cluster) or in an earlier stretch
			// (fetched with it), so the query would only repeat items.
			i = j
			continue
		}
		var items []Item
		if split {
			if !covered {
				// Long items covering the view, once, and only when some
				// stretch is drawn item by item.
				covered = true
				out = ss.Covering(v.Start)
				runs += len(out)
			}
			items = ss.Starting(from, to)
		} else {
			items = src.Items(from, to)
		}
		if runs > 0 {
			if seen == nil {
				seen = make(map[int64]bool, len(out))
				for _, it := range out {
					seen[it.ID] = true
				}
			}
			for _, it := range items {
				if !seen[it.ID] {
					seen[it.ID] = true
					out = append(out, it)
				}
			}
		} else {
			out = append(out, items...)
		}
		runs++
		i = j
	}
	return out, b
}

func sum(b []int) int {
	n := 0
	for _, c := range b {
		n += c
	}
	return n
}

// maxRuns bounds the Items calls of one fetch: each call costs a query, and
// items longer than a run come back from every call.
const maxRuns = 6

// mergeRuns returns which buckets to skip when fetching: the dense ones,
// except that the dense gaps with the fewest items are fetched through
// (joining their neighbour runs), all those of at most cheapGap items and
// more until at most max runs remain. BuildScene
// still draws the dense buckets as clusters.
func mergeRuns(dense []bool, counts []int, max int) []bool {
	type gap struct{ i, j, count int }
	var gaps []gap
	runs := 0
	for i := 0; i < len(dense); {
		j := i
		for j < len(dense) && dense[j] == dense[i] {
			j++
		}
		if !dense[i] {
			runs++
		} else if i > 0 && j < len(dense) {
			g := gap{i: i, j: j}
			for k := i; k < j; k++ {
				g.count += counts[k]
			}
			gaps = append(gaps, g)
		}
		i = j
	}
	slices.SortFunc(gaps, func(a, b gap) int { return a.count - b.count })
	// Each query also returns every long item that overlaps its stretch, so
	// a gap of a few items is cheaper to fetch through than to skip.
	merge := 0
	for merge < len(gaps) && (runs-merge > max || gaps[merge].count <= cheapGap) {
		merge++
	}
	if merge == 0 {
		return dense
	}
	out := slices.Clone(dense)
	for _, g := range gaps[:merge] {
		for k := g.i; k < g.j; k++ {
			out[k] = false
		}
	}
	return out
}

// cheapGap is the count of a dense gap that fetch reads through rather than
// split its query around: about what one more Items call costs besides its
// rows (with the application's store, a second query for up to 50 long
// items covering its left edge, and the fixed cost of both), at some 12 µs
// a row.
const cheapGap = 100

// MemSource is an in-memory Source over a fixed set of items, for tests,
// benchmarks and the demo. Safe for concurrent reads.
type MemSource struct {
	all    []Item    // sorted by Start
	starts []float64 // seconds, parallel to all
	// Items by duration class, each sorted by start, so that a viewport
	// query scans back only as far as the longest item of its class.
	classes []durClass
	end     time.Time
}

type durClass struct {
	items  []Item
	starts []float64
	maxDur float64
}

var classLimits = []float64{secDay, 32 * secDay, 367 * secDay, 11 * secYear, math.Inf(1)}

// NewMemSource indexes items (the slice is copied and sorted).
func NewMemSource(items []Item) *MemSource {
	m := &MemSource{all: slices.Clone(items), classes: make([]durClass, len(classLimits))}
	slices.SortStableFunc(m.all, func(a, b Item) int { return a.Start.Compare(b.Start) })
	m.starts = make([]float64, len(m.all))
	for i, it := range m.all {
		s := Seconds(it.Start)
		m.starts[i] = s
		d := Seconds(it.end()) - s
		c := 0
		for d > classLimits[c] {
			c++
		}
		cl := &m.classes[c]
		cl.items = append(cl.items, it)
		cl.starts = append(cl.starts, s)
		cl.maxDur = math.Max(cl.maxDur, d)
		if it.end().After(m.end) || i == 0 {
			m.end = it.end()
		}
	}
	return m
}

// Items returns the items overlapping [from, to), sorted by start within
// each duration class.
func (m *MemSource) Items(from, to time.Time) []Item {
	f, t := Seconds(from), Seconds(to)
	var out []Item
	for ci := range m.classes {
		c := &m.classes[ci]
		i := sort.SearchFloat64s(c.starts, f-c.maxDur)
		j := sort.SearchFloat64s(c.starts, t)
		for ; i < j; i++ {
			if c.starts[i] >= f || c.items[i].end().After(from) {
				out = append(out, c.items[i])
			}
		}
	}
	return out
}

// Buckets counts item starts in n equal slices of [from, to).
func (m *MemSource) Buckets(from, to time.Time, n int) []int {
	f, t := Seconds(from), Seconds(to)
	b := make([]int, n)
	prev := sort.SearchFloat64s(m.starts, f)
	for i := range n {
		e := f + (t-f)*float64(i+1)/float64(n)
		j := sort.SearchFloat64s(m.starts, e)
		b[i] = j - prev
		prev = j
	}
	return b
}

// Span returns the extent of all items.
func (m *MemSource) Span() (from, to time.Time, ok bool) {
	if len(m.all) == 0 {
		return time.Time{}, time.Time{}, false
	}
	return m.all[0].Start, m.end, true
}

// Item looks an item up by ID.
func (m *MemSource) Item(id int64) (Item, bool) {
	for _, it := range m.all {
		if it.ID == id {
			return it, true
		}
	}
	return Item{}, false
}
