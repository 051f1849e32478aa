package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// eventColumns are read by scanEvent; e is the events table. The source
// count, tag names, note count and first document are the summary columns
// that migration 0002's triggers keep, so a row costs no subquery.
const eventColumns = `e.id, e.title, e.start_unix, e.end_unix, e.precision, e.value, e.status,
	e.confidence, e.color, e.created_at, e.updated_at, e.sources_n, e.tags, e.notes_n, e.first_document`

func scanEvent(r scanner) (Event, error) {
	var e Event
	var start, end, created, updated int64
	var tags sql.NullString
	var docID sql.NullInt64
	if err := r.Scan(&e.ID, &e.Title, &start, &end, &e.Precision, &e.Value, &e.Status,
		&e.Confidence, &e.Color, &created, &updated, &e.Sources, &tags, &e.Notes, &docID); err != nil {
		return Event{}, err
	}
	e.Start, e.End = unixTime(start), unixTime(end)
	e.CreatedAt, e.UpdatedAt = unixTime(created), unixTime(updated)
	e.DocumentID = docID.Int64
	if tags.Valid && tags.String != "" {
		e.Tags = strings.Split(tags.String, "\x1f")
		sort.Strings(e.Tags)
	}
	return e, nil
}

// Event returns one event.
func (s *Store) Event(ctx context.Context, id int64) (Event, error) {
	e, err := scanEvent(s.read.QueryRowContext(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id = ?`, id))
	if err != nil {
		return Event{}, fmt.Errorf("event %d: %w", id, mapErr(err))
	}
	return e, nil
}

// filterSQL renders the non-window conditions of f on the events table e.
// Returns "" (and no args) when there are none; otherwise " AND ..." text.
func filterSQL(f EventFilter) (string, []any) {
	var b strings.Builder
	var args []any
	if len(f.Statuses) > 0 {
		b.WriteString(" AND " + statusSQL("e", len(f.Statuses)))
		for _, st := range f.Statuses {
			args = append(args, st)
		}
	}
	if f.DocumentID != 0 {
		b.WriteString(" AND e.id IN (SELECT event_id FROM event_sources WHERE document_id = ?)")
		args = append(args, f.DocumentID)
	}
	if f.Tag != "" {
		b.WriteString(" AND e.id IN (SELECT et.event_id FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = ?)")
		args = append(args, f.Tag)
	}
	if q := ftsQuery(f.Query); q != "" {
		b.WriteString(" AND e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
		args = append(args, q)
	}
	return b.String(), args
}

// statusSQL renders "the status of table t is one of n parameters". It is
// written as ORs of equalities: SQLite builds an IN list of parameters
// into a fresh ephemeral table at every evaluation of every branch of the
// viewport query's UNION, which tripled its cost.
func statusSQL(t string, n int) string {
	var b strings.Builder
	b.WriteString("(")
	for i := range n {
		if i > 0 {
			b.WriteString(" OR ")
		}
		b.WriteString(t + ".status = ?")
	}
	b.WriteString(")")
	return b.String()
}

// windowSQL renders "the interval of e intersects [From, To)" as a plain
// predicate (for queries that scan anyway). A zero-length event counts as
// the instant at its start.
func windowSQL(f EventFilter) (string, []any) {
	var b strings.Builder
	var args []any
	if !f.To.IsZero() {
		b.WriteString(" AND e.start_unix < ?")
		args = append(args, f.To.Unix())
	}
	if !f.From.IsZero() {
		b.WriteString(" AND (e.end_unix > ? OR e.start_unix >= ?)")
		args = append(args, f.From.Unix(), f.From.Unix())
	}
	return b.String(), args
}

// Events returns the events matching f ordered by start, then end, then id.
// This is
// the viewport query: with From set it reads, for each duration class, only
// the index range of events that can reach the window, and merges the
// classes in start order, so its cost follows the number of events near the
// window, not the size of the table.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]Event, error) {
	evs, err := s.events(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("events: %w", mapErr(err))
	}
	return evs, nil
}

func (s *Store) events(ctx context.Context, f EventFilter) ([]Event, error) {
	limit := int64(f.Limit)
	if limit <= 0 {
		limit = -1
	}
	filter, fargs := filterSQL(f)
	var q strings.Builder
	var args []any
	switch {
	case !f.From.IsZero() && f.StartsWithin:
		// Only starts in [From, To): one ordered range scan of
		// events_start_end_status, whatever the events' lengths.
		to := int64(math.MaxInt64)
		if !f.To.IsZero() {
			to = f.To.Unix()
		}
		q.WriteString(`WITH w AS (SELECT e.id, e.start_unix, e.end_unix FROM events e
			WHERE e.start_unix >= ? AND e.start_unix < ?` + filter + ` ORDER BY e.start_unix, e.end_unix, e.id LIMIT ?)`)
		args = append(append(append(args, f.From.Unix(), to), fargs...), limit)
	case f.From.IsZero():
		// Unbounded below: one ordered range scan of events_start_end_status.
		win, wargs := windowSQL(f)
		q.WriteString(`WITH w AS (SELECT e.id, e.start_unix, e.end_unix FROM events e WHERE 1` + win + filter +
			` ORDER BY e.start_unix, e.end_unix, e.id LIMIT ?)`)
		args = append(append(append(args, wargs...), fargs...), limit)
	default:
		classes, err := s.spanClasses(ctx)
		if err != nil {
			return nil, err
		}
		if len(classes) == 0 {
			return nil, nil
		}
		from := f.From.Unix()
		to := int64(math.MaxInt64)
		if !f.To.IsZero() {
			to = f.To.Unix()
		}
		if to <= from {
			return nil, nil
		}
		q.WriteString("WITH w AS (")
		for i, c := range classes {
			if i > 0 {
				q.WriteString("\nUNION ALL ")
			}
			// Class c lasts < 2^c s: it reaches the window only if it
			// starts after from - 2^c.
			lo := int64(math.MinInt64)
			if c < 63 && from >= math.MinInt64+(int64(1)<<c) {
				lo = from - int64(1)<<c
			}
			q.WriteString(`SELECT e.id, e.start_unix, e.end_unix FROM events e
				WHERE e.span_class = ? AND e.start_unix >= ? AND e.start_unix < ?
				AND (e.end_unix > ? OR e.start_unix >= ?)` + filter)
			args = append(append(args, c, lo, to, from, from), fargs...)
		}
		q.WriteString("\nORDER BY 2, 3, 1 LIMIT ?)")
		args = append(args, limit)
	}
	// w is ordered; an aggregate's input order is not promised, so the
	// order is checked (and restored if need be) below rather than asked
	// of group_concat, whose ORDER BY sorts again and doubled the cost.
	q.WriteString(`SELECT group_concat(w.id, ',') FROM w`)
	ver, cached := s.version(ctx)
	ids, err := s.ids(ctx, q.String(), args...)
	if err != nil {
		return nil, err
	}
	// A commit between the version and the IDs could pair new IDs with
	// rows cached before it: then the rows are read afresh.
	if after, ok := s.version(ctx); !ok || after != ver {
		cached = false
	}
	evs, err := s.eventsByID(ctx, ids, ver, cached)
	if err != nil {
		return nil, err
	}
	if !slices.IsSortedFunc(evs, eventOrder) {
		slices.SortFunc(evs, eventOrder)
	}
	return evs, nil
}

// eventOrder orders events by start, then end, then ID.
func eventOrder(a, b Event) int {
	if c := a.Start.Compare(b.Start); c != 0 {
		return c
	}
	if c := a.End.Compare(b.End); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// ids runs a query returning the event IDs as one comma-separated text:
// one row instead of one per event saves three cgo calls an event.
func (s *Store) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	var ids []int64
	err := s.intList(ctx, q, args, func(id int64) { ids = append(ids, id) })
	return ids, err
}

// intList runs a query whose one row holds a comma-separated list of
// integers (or NULL for none) and calls fn with each.
func (s *Store) intList(ctx context.Context, q string, args []any, fn func(int64)) error {
	rows, err := s.queryRead(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var list sql.RawBytes
	if rows.Next() {
		if err := rows.Scan(&list); err != nil {
			return err
		}
	}
	for len(list) > 0 {
		var v int64
		i, neg := 0, list[0] == '-'
		if neg {
			i = 1
		}
		for ; i < len(list) && list[i] != ','; i++ {
			c := list[i]
			if c < '0' || c > '9' {
				return fmt.Errorf("integer list %.40q: not a number", list)
			}
			v = v*10 + int64(c-'0')
		}
		if neg {
			v = -v
		}
		fn(v)
		list = list[min(i+1, len(list)):]
	}
	return rows.Err()
}

// maxCachedEvents bounds the event cache (about 200 bytes an event).
var maxCachedEvents = 50_000

// eventCache keeps the events read by the viewport query while the store
// is unchanged: a timeline redraws the same events for every frame of a
// pan, a zoom or a hover, and reading a row costs more (a cgo call per
// column) than finding which rows are in view.
type eventCache struct {
	mu  sync.Mutex
	ver version
	m   map[int64]Event
}

// eventsByID returns the events of ids in that order, from the cache when
// cached is set and the database is still at version ver, else from the
// table (skipping IDs deleted meanwhile). Reads larger than the cache
// (a list of every event) are not kept.
func (s *Store) eventsByID(ctx context.Context, ids []int64, ver version, cached bool) ([]Event, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	evs := make([]Event, len(ids))
	found := make([]bool, len(ids))
	var missing []int64
	c := &s.cache
	if cached {
		c.mu.Lock()
		if c.ver != ver || c.m == nil {
			c.ver, c.m = ver, make(map[int64]Event)
		}
		for i, id := range ids {
			if e, ok := c.m[id]; ok {
				evs[i], found[i] = e, true
			} else {
				missing = append(missing, id)
			}
		}
		c.mu.Unlock()
	} else {
		missing = ids
	}
	if len(missing) > 0 {
		js, err := json.Marshal(missing)
		if err != nil {
			return nil, err
		}
		rows, err := s.queryRead(ctx, `SELECT `+eventColumns+` FROM events e
			WHERE e.id IN (SELECT value FROM json_each(?))`, string(js))
		if err != nil {
			return nil, err
		}
		read := make(map[int64]Event, len(missing))
		for rows.Next() {
			e, err := scanEvent(rows)
			if err != nil {
				rows.Close()
				return nil, err
			}
			read[e.ID] = e
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for i, id := range ids {
			if !found[i] {
				evs[i], found[i] = read[id]
			}
		}
		c.mu.Lock()
		// Rows read after a commit may be newer than version ver: keep
		// them only while ver is the cache's version; the next query reads
		// the new version and starts afresh.
		if cached && c.ver == ver && len(read) <= maxCachedEvents {
			if len(c.m)+len(read) > maxCachedEvents {
				c.m = make(map[int64]Event)
			}
			for id, e := range read {
				c.m[id] = e
			}
		}
		c.mu.Unlock()
	}
	out := evs[:0]
	for i, e := range evs {
		if found[i] {
			// The cache shares Tags with every copy; hand out its own.
			e.Tags = slices.Clone(e.Tags)
			out = append(out, e)
		}
	}
	return out, nil
}

// spanClasses lists the duration classes present, hopping through
// events_class_start with one index lookup per class.
func (s *Store) spanClasses(ctx context.Context) ([]int, error) {
	rows, err := s.queryRead(ctx, `WITH RECURSIVE c(k) AS (
			SELECT min(span_class) FROM events
			UNION ALL
			SELECT (SELECT min(span_class) FROM events WHERE span_class > c.k) FROM c WHERE c.k IS NOT NULL)
		SELECT k FROM c WHERE k IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cs []int
	for rows.Next() {
		var c int
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, rows.Err()
}

// EventsOfDocument returns the events with a source in the document,
// ordered by start.
func (s *Store) EventsOfDocument(ctx context.Context, docID int64) ([]Event, error) {
	evs, err := s.events(ctx, EventFilter{DocumentID: docID})
	if err != nil {
		return nil, fmt.Errorf("events of document %d: %w", docID, mapErr(err))
	}
	return evs, nil
}

// EventSources returns the sources of an event with their passages, in
// document order.
func (s *Store) EventSources(ctx context.Context, eventID int64) ([]Source, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT s.id, s.event_id, s.document_id, s.passage_start, s.passage_end,
			coalesce(s.mention_id, 0), substr(d.text, s.passage_start + 1, s.passage_end - s.passage_start),
			coalesce(m.text, ''), coalesce(m.start_offset, -1), coalesce(m.end_offset, -1), d.title, d.lang
		FROM event_sources s
		JOIN documents d ON d.id = s.document_id
		LEFT JOIN mentions m ON m.id = s.mention_id
		WHERE s.event_id = ? ORDER BY d.imported_at, d.id, s.passage_start, s.id`, eventID)
	if err != nil {
		return nil, fmt.Errorf("sources of event %d: %w", eventID, mapErr(err))
	}
	defer rows.Close()
	var srcs []Source
	for rows.Next() {
		var x Source
		if err := rows.Scan(&x.ID, &x.EventID, &x.DocumentID, &x.PassageStart, &x.PassageEnd, &x.MentionID,
			&x.Passage, &x.MentionText, &x.MentionStart, &x.MentionEnd, &x.DocumentTitle, &x.DocumentLang); err != nil {
			return nil, fmt.Errorf("sources of event %d: %w", eventID, mapErr(err))
		}
		srcs = append(srcs, x)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sources of event %d: %w", eventID, mapErr(err))
	}
	return srcs, nil
}

// BucketCounts divides [from, to) into n equal buckets and counts, for each,
// the events matching f whose start falls in it (f's own From, To and Limit
// are ignored). It is one query. Without a DocumentID, Tag or Query filter it
// adds the per-slot counters of event_counts for the whole days, 32-day and
// 1024-day slots inside each bucket and counts exactly only the partial days
// at its edges, so its cost hardly grows with the number of events; with
// those filters each bucket is an index range count.
func (s *Store) BucketCounts(ctx context.Context, from, to time.Time, n int, f EventFilter) ([]int, error) {
	if n <= 0 || !to.After(from) {
		return nil, fmt.Errorf("bucket counts: %w: need n > 0 and from < to", ErrInvalid)
	}
	counts, err := s.bucketCounts(ctx, from.Unix(), to.Unix(), n, f)
	if err != nil {
		return nil, fmt.Errorf("bucket counts: %w", mapErr(err))
	}
	return counts, nil
}

// slotWidths are the widths in seconds of the event_counts levels.
var slotWidths = [...]int64{86400, 86400 * 32, 86400 * 1024}

// piece is a part of a bucket: level -1 is the exact range [a, b) of
// start_unix; otherwise the slots [a, b) of that level.
type piece struct {
	Bucket, Level int
	A, B          int64
}

func (s *Store) bucketCounts(ctx context.Context, from, to int64, n int, f EventFilter) ([]int, error) {
	edges := bucketEdges(from, to, n)
	useSlots := f.DocumentID == 0 && f.Tag == "" && ftsQuery(f.Query) == ""
	scan := !useSlots // the counters cannot answer a document, tag or text filter
	var pieces []piece
	if useSlots {
		// The counters estimate how many events start in the range (to
		// 1024 days). Scanning the start index costs about 90 ns an event,
		// adding counters a few µs a bucket: below 200 events a bucket the
		// scan wins (measured: 10,000 events in 160 buckets, 0.9 ms against
		// 2 ms).
		w := slotWidths[len(slotWidths)-1]
		est := 0
		err := s.intList(ctx, `SELECT coalesce(sum(n), 0) FROM event_counts
			WHERE level = ? AND slot >= ? AND slot <= ?`, []any{len(slotWidths) - 1, floorTo(from, w) / w, floorTo(to, w) / w},
			func(v int64) { est = int(v) })
		if err != nil {
			return nil, err
		}
		useSlots = est > 200*n
		scan = !useSlots
	}
	if span := to - from; scan && span > 0 && span <= math.MaxInt64/int64(n) {
		return s.bucketScan(ctx, from, to, n, f)
	}
	// Buckets of a few days hold few events: one exact range count beats
	// adding up their pieces.
	const minSlotted = 4 * 86400
	for i := 0; i < n; i++ {
		if useSlots && edges[i+1]-edges[i] >= minSlotted {
			pieces = decompose(pieces, i, edges[i], edges[i+1])
		} else if edges[i] < edges[i+1] {
			pieces = append(pieces, piece{i, -1, edges[i], edges[i+1]})
		}
	}
	rows := make([][4]int64, len(pieces))
	for i, p := range pieces {
		rows[i] = [4]int64{int64(p.Bucket), int64(p.Level), p.A, p.B}
	}
	js, err := json.Marshal(rows)
	if err != nil {
		return nil, err
	}
	filter, fargs := filterSQL(f)
	var statuses string
	var sargs []any
	if len(f.Statuses) > 0 {
		statuses = " AND " + statusSQL("c", len(f.Statuses))
		for _, st := range f.Statuses {
			sargs = append(sargs, st)
		}
	}
	q := `SELECT j.value ->> 0, CASE WHEN j.value ->> 1 < 0
		THEN (SELECT count(*) FROM events e
			WHERE e.start_unix >= j.value ->> 2 AND e.start_unix < j.value ->> 3` + filter + `)
		ELSE (SELECT coalesce(sum(c.n), 0) FROM event_counts c
			WHERE c.level = j.value ->> 1 AND c.slot >= j.value ->> 2 AND c.slot < j.value ->> 3` + statuses + `)
		END
		FROM json_each(?) j`
	args := append(append(fargs, sargs...), string(js))
	rs, err := s.queryRead(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	counts := make([]int, n)
	for rs.Next() {
		var b, c int
		if err := rs.Scan(&b, &c); err != nil {
			return nil, err
		}
		if b >= 0 && b < n {
			counts[b] += c
		}
	}
	return counts, rs.Err()
}

// bucketScan counts the events of each bucket in one scan of the range:
// few events (or a filter the counters cannot answer) make that cheaper
// than adding counters. An event starting at x falls in the
// last bucket i whose edge from + floor(i*span/n) is at most x, that is
// i = floor(((x-from+1)*n - 1) / span); span <= MaxInt64/n keeps it exact.
func (s *Store) bucketScan(ctx context.Context, from, to int64, n int, f EventFilter) ([]int, error) {
	filter, fargs := filterSQL(f)
	args := append([]any{from, n, to - from, from, to}, fargs...)
	// The bucket of each event, as one text: grouping in SQL would sort.
	counts := make([]int, n)
	err := s.intList(ctx, `SELECT group_concat(((e.start_unix - ? + 1) * ? - 1) / ?) FROM events e
		WHERE e.start_unix >= ? AND e.start_unix < ?`+filter, args, func(b int64) {
		if b >= 0 && b < int64(n) {
			counts[b]++
		}
	})
	if err != nil {
		return nil, err
	}
	return counts, nil
}

// decompose appends the pieces covering [lo, hi): exact ranges for the
// partial days at both ends, then the widest aligned slots that fit.
func decompose(ps []piece, bucket int, lo, hi int64) []piece {
	if lo >= hi {
		return ps
	}
	w := slotWidths[0]
	a, b := ceilTo(lo, w), floorTo(hi, w)
	if a >= b {
		return append(ps, piece{bucket, -1, lo, hi})
	}
	if lo < a {
		ps = append(ps, piece{bucket, -1, lo, a})
	}
	ps = slots(ps, bucket, 0, a, b)
	if b < hi {
		ps = append(ps, piece{bucket, -1, b, hi})
	}
	return ps
}

// slots covers [a, b), aligned on level's width, with slots of that level
// at both ends and of the coarser levels in the middle.
func slots(ps []piece, bucket, level int, a, b int64) []piece {
	w := slotWidths[level]
	if level+1 < len(slotWidths) {
		wn := slotWidths[level+1]
		if a2, b2 := ceilTo(a, wn), floorTo(b, wn); a2 < b2 {
			if a < a2 {
				ps = append(ps, piece{bucket, level, a / w, a2 / w})
			}
			ps = slots(ps, bucket, level+1, a2, b2)
			if b2 < b {
				ps = append(ps, piece{bucket, level, b2 / w, b / w})
			}
			return ps
		}
	}
	return append(ps, piece{bucket, level, a / w, b / w})
}

// floorTo rounds x down to a multiple of w (also for negative x).
func floorTo(x, w int64) int64 {
	m := x % w
	if m < 0 {
		m += w
	}
	return x - m
}

// ceilTo rounds x up to a multiple of w.
func ceilTo(x, w int64) int64 {
	f := floorTo(x, w)
	if f == x {
		return x
	}
	return f + w
}

// bucketEdges returns the n+1 edges from + floor(i*(to-from)/n), exact even
// when the product overflows int64.
func bucketEdges(from, to int64, n int) []int64 {
	edges := make([]int64, n+1)
	span := to - from // to > from, may overflow only for absurd ranges
	if span > 0 && span <= math.MaxInt64/int64(n) {
		for i := 0; i <= n; i++ {
			edges[i] = from + int64(i)*span/int64(n)
		}
		return edges
	}
	bf, bs, bn := big.NewInt(from), new(big.Int).Sub(big.NewInt(to), big.NewInt(from)), big.NewInt(int64(n))
	for i := 0; i <= n; i++ {
		v := new(big.Int).Mul(bs, big.NewInt(int64(i)))
		v.Quo(v, bn)
		v.Add(v, bf)
		edges[i] = v.Int64()
	}
	return edges
}

// Span returns the earliest start and the latest end of the events matching
// f; ok is false when none matches.
func (s *Store) Span(ctx context.Context, f EventFilter) (min, max time.Time, ok bool, err error) {
	win, wargs := windowSQL(f)
	filter, fargs := filterSQL(f)
	cond := win + filter
	args := append(wargs, fargs...)
	// Two subqueries, so that without a filter each is one index lookup.
	var lo, hi sql.NullInt64
	err = s.read.QueryRowContext(ctx, `SELECT
		(SELECT min(e.start_unix) FROM events e WHERE 1`+cond+`),
		(SELECT max(e.end_unix) FROM events e WHERE 1`+cond+`)`,
		append(args, args...)...).Scan(&lo, &hi)
	if err != nil {
		return time.Time{}, time.Time{}, false, fmt.Errorf("span: %w", mapErr(err))
	}
	if !lo.Valid || !hi.Valid {
		return time.Time{}, time.Time{}, false, nil
	}
	return unixTime(lo.Int64), unixTime(hi.Int64), true, nil
}

// UpdateEvent writes the user-editable fields of e (title, interval,
// precision, value, status, confidence, colour). An empty Status means
// StatusEdited. Tags are set with SetEventTags.
func (s *Store) UpdateEvent(ctx context.Context, e Event) error {
	if e.Status == "" {
		e.Status = StatusEdited
	}
	if err := checkEvent(&e); err != nil {
		return fmt.Errorf("update event %d: %w", e.ID, err)
	}
	start, end := e.Start.Unix(), e.End.Unix()
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE events SET title = ?, start_unix = ?, end_unix = ?, span_class = ?,
			precision = ?, value = ?, status = ?, confidence = ?, color = ?, updated_at = ? WHERE id = ?`,
			e.Title, start, end, spanClass(start, end), e.Precision, e.Value, e.Status, e.Confidence, e.Color,
			s.now().Unix(), e.ID)
		if err != nil {
			return err
		}
		if err := mustAffect(res); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events_fts WHERE rowid = ?`, e.ID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, insertEventFTS, textFTSArgs(e.ID, e.Title)...)
		return err
	})
	if err != nil {
		return fmt.Errorf("update event %d: %w", e.ID, err)
	}
	return nil
}

// SetEventStatus sets the status of an event (accept, reject, ...).
func (s *Store) SetEventStatus(ctx context.Context, id int64, status string) error {
	if !validStatus(status) {
		return fmt.Errorf("set status of event %d: %w: status %q", id, ErrInvalid, status)
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE events SET status = ?, updated_at = ? WHERE id = ?`,
			status, s.now().Unix(), id)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
	if err != nil {
		return fmt.Errorf("set status of event %d: %w", id, err)
	}
	return nil
}

// DeleteEvent deletes an event with its sources, tag links and annotations.
func (s *Store) DeleteEvent(ctx context.Context, id int64) error {
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
	if err != nil {
		return fmt.Errorf("delete event %d: %w", id, err)
	}
	return nil
}

// SetEventTags replaces the tags of an event by names (trimmed, empty names
// dropped, matched case-insensitively); unknown tags are created, and tags
// left on no event are deleted.
func (s *Store) SetEventTags(ctx context.Context, id int64, names []string) error {
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM events WHERE id = ?`, id).Scan(&one); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM event_tags WHERE event_id = ?`, id); err != nil {
			return err
		}
		if err := linkTags(ctx, tx, id, names); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM tags WHERE color = '' AND id NOT IN (SELECT tag_id FROM event_tags)`)
		return err
	})
	if err != nil {
		return fmt.Errorf("set tags of event %d: %w", id, err)
	}
	return nil
}

// Tags lists the tags by name with their event counts.
func (s *Store) Tags(ctx context.Context) ([]Tag, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT t.id, t.name, t.color,
		(SELECT count(*) FROM event_tags et WHERE et.tag_id = t.id) FROM tags t ORDER BY t.name`)
	if err != nil {
		return nil, fmt.Errorf("tags: %w", mapErr(err))
	}
	defer rows.Close()
	var tags []Tag
	for rows.Next() {
		var t Tag
		if err := rows.Scan(&t.ID, &t.Name, &t.Color, &t.Events); err != nil {
			return nil, fmt.Errorf("tags: %w", mapErr(err))
		}
		tags = append(tags, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("tags: %w", mapErr(err))
	}
	return tags, nil
}

// SetTagColor sets the colour of a tag, creating the tag if needed. A tag
// with a colour is kept even when no event has it.
func (s *Store) SetTagColor(ctx context.Context, name, color string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Errorf("set tag color: %w: empty tag name", ErrInvalid)
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO tags (name, color) VALUES (?, ?)
			ON CONFLICT (name) DO UPDATE SET color = excluded.color`, name, color)
		return err
	})
	if err != nil {
		return fmt.Errorf("set color of tag %q: %w", name, err)
	}
	return nil
}
