package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// InsertSyntheticEvents adds n made-up events (real rows in events and
// events_fts, no sources) for benchmarks and load tests, in one transaction.
// The same seed gives the same events. Starts are spread over 1900–2030;
// durations mix hours, days (most), months, years and a few decades and
// centuries, so the viewport query meets long events too.
func (s *Store) InsertSyntheticEvents(ctx context.Context, n int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	lo := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	const day = 86400
	type kind struct {
		weight    int
		precision string
		dur       int64
	}
	kinds := []kind{
		{4, "hour", 3600},
		{70, "day", day},
		{15, "month", 30 * day},
		{8, "year", 365 * day},
		{2, "decade", 3652 * day},
		{1, "century", 36524 * day},
	}
	statuses := []string{StatusAuto, StatusAuto, StatusAuto, StatusAccepted, StatusRejected, StatusEdited}
	words := syntheticWords
	evs := make([]Event, n)
	for i := range evs {
		w := rng.IntN(100)
		k := kinds[len(kinds)-1]
		for _, c := range kinds {
			if w < c.weight {
				k = c
				break
			}
			w -= c.weight
		}
		start := lo + rng.Int64N(hi-lo)
		start -= start % 3600
		evs[i] = Event{
			Title:      fmt.Sprintf("%s %d", words[rng.IntN(len(words))], i),
			Start:      unixTime(start),
			End:        unixTime(start + k.dur),
			Precision:  k.precision,
			Value:      "synthetic",
			Status:     statuses[rng.IntN(len(statuses))],
			Confidence: rng.Float64(),
		}
	}
	// Inserting in start order appends to the indexes instead of writing
	// all over them: a million rows go in several times faster.
	slices.SortStableFunc(evs, func(a, b Event) int { return a.Start.Compare(b.Start) })
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var first sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT max(id) FROM events`).Scan(&first); err != nil {
			return err
		}
		// Rows go in batches of up to 100 per statement: a million single
		// inserts cost more in cgo calls than in SQLite.
		const batch = 100
		const cols = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
		var full *sql.Stmt
		defer func() {
			if full != nil {
				full.Close()
			}
		}()
		now := s.now().Unix()
		args := make([]any, 0, batch*11)
		for i := 0; i < len(evs); i += batch {
			if err := ctx.Err(); err != nil {
				return err
			}
			part := evs[i:min(i+batch, len(evs))]
			args = args[:0]
			for _, e := range part {
				start, end := e.Start.Unix(), e.End.Unix()
				args = append(args, e.Title, start, end, spanClass(start, end), e.Precision, e.Value,
					e.Status, e.Confidence, e.Color, now, now)
			}
			q := insertEventSQL[:strings.Index(insertEventSQL, "VALUES")+len("VALUES ")] +
				strings.TrimSuffix(strings.Repeat(cols+", ", len(part)), ", ")
			if len(part) < batch {
				if _, err := tx.ExecContext(ctx, q, args...); err != nil {
					return err
				}
				continue
			}
			if full == nil {
				var err error
				if full, err = tx.PrepareContext(ctx, q); err != nil {
					return err
				}
			}
			if _, err := full.ExecContext(ctx, args...); err != nil {
				return err
			}
		}
		// Titles are made of normalised words without proclitics
		// (TestSyntheticWords), so the index can be filled in SQLite.
		_, err := tx.ExecContext(ctx, `INSERT INTO events_fts (rowid, title, stems)
			SELECT id, title, '' FROM events WHERE id > ?`, first.Int64)
		return err
	})
	if err != nil {
		return fmt.Errorf("insert synthetic events: %w", err)
	}
	return nil
}

// syntheticWords make the titles of synthetic events.
var syntheticWords = []string{"توقيع", "اتفاق", "قمه", "signature", "accord", "sommet", "summit", "talks",
	"election", "انتخابات"}
