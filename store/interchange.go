package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
)

// Dump is the whole content of a database as rows with their ids, for
// lossless interchange (package export writes it as JSON). The ids are
// those of the database it came from, or any other numbering that is
// consistent inside the dump: ImportDump only uses them as references.
type Dump struct {
	Documents   []Document // with Text; Events is not used
	Mentions    []Mention
	Events      []Event  // with CreatedAt, UpdatedAt and Tags; Sources is not used
	Sources     []Source // ID, EventID, DocumentID, passage and MentionID; the display fields are not used
	Tags        []Tag    // Name and Color; ID and Events are not used
	Annotations []Annotation
}

// DumpAll reads the whole database in one read transaction, so the dump is
// a consistent snapshot even while another goroutine writes. Every list is
// in id order.
func (s *Store) DumpAll(ctx context.Context) (*Dump, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("dump: %w", mapErr(err))
	}
	defer tx.Rollback()
	d, err := ixDump(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("dump: %w", mapErr(err))
	}
	return d, nil
}

func ixDump(ctx context.Context, tx *sql.Tx) (*Dump, error) {
	d := &Dump{}
	err := ixRows(ctx, tx, `SELECT `+documentColumns+`, d.text, 0 FROM documents d ORDER BY d.id`, func(r *sql.Rows) error {
		doc, err := scanDocument(r)
		d.Documents = append(d.Documents, doc)
		return err
	})
	if err != nil {
		return nil, err
	}
	err = ixRows(ctx, tx, `SELECT id, document_id, start_offset, end_offset, text, type, value, mod
		FROM mentions ORDER BY id`, func(r *sql.Rows) error {
		var m Mention
		err := r.Scan(&m.ID, &m.DocumentID, &m.Start, &m.End, &m.Text, &m.Type, &m.Value, &m.Mod)
		d.Mentions = append(d.Mentions, m)
		return err
	})
	if err != nil {
		return nil, err
	}
	err = ixRows(ctx, tx, `SELECT `+eventColumns+` FROM events e ORDER BY e.id`, func(r *sql.Rows) error {
		e, err := scanEvent(r)
		e.Sources = 0
		d.Events = append(d.Events, e)
		return err
	})
	if err != nil {
		return nil, err
	}
	err = ixRows(ctx, tx, `SELECT id, event_id, document_id, passage_start, passage_end, coalesce(mention_id, 0)
		FROM event_sources ORDER BY id`, func(r *sql.Rows) error {
		x := Source{MentionStart: -1, MentionEnd: -1}
		err := r.Scan(&x.ID, &x.EventID, &x.DocumentID, &x.PassageStart, &x.PassageEnd, &x.MentionID)
		d.Sources = append(d.Sources, x)
		return err
	})
	if err != nil {
		return nil, err
	}
	err = ixRows(ctx, tx, `SELECT id, name, color FROM tags ORDER BY id`, func(r *sql.Rows) error {
		var t Tag
		err := r.Scan(&t.ID, &t.Name, &t.Color)
		d.Tags = append(d.Tags, t)
		return err
	})
	if err != nil {
		return nil, err
	}
	err = ixRows(ctx, tx, `SELECT id, coalesce(event_id, 0), coalesce(document_id, 0),
		coalesce(passage_start, 0), coalesce(passage_end, 0), body, created_at, updated_at
		FROM annotations ORDER BY id`, func(r *sql.Rows) error {
		var a Annotation
		var created, updated int64
		err := r.Scan(&a.ID, &a.EventID, &a.DocumentID, &a.PassageStart, &a.PassageEnd, &a.Body, &created, &updated)
		a.CreatedAt, a.UpdatedAt = unixTime(created), unixTime(updated)
		d.Annotations = append(d.Annotations, a)
		return err
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

func ixRows(ctx context.Context, tx *sql.Tx, q string, fn func(*sql.Rows) error) error {
	return ixRowsArgs(ctx, tx, q, nil, fn)
}

// DumpReport counts what ImportDump wrote and what it found already there.
type DumpReport struct {
	Documents, DuplicateDocuments     int
	Mentions                          int
	Events, DuplicateEvents           int
	Sources                           int
	Annotations, DuplicateAnnotations int
	Tags                              int // tags created
}

// ImportDump adds the rows of d to the database in one transaction: either
// everything is written or, on any error, nothing is. Into an empty
// database it reproduces d exactly (new ids are given in the order of d,
// timestamps are kept). Into a non-empty one it merges:
//
//   - a document whose SHA-256 is already stored is not added again; its
//     mentions are added only when no equal mention is there;
//   - an event is a duplicate when an event that existed before the import
//     has the same title, interval and precision and the same set of source
//     passages (document, start, end); duplicates are not added, but their
//     tags are merged;
//   - an annotation equal to one already on the same target is skipped;
//   - tags are matched by name (case-insensitively); a colour given in d is
//     set on a tag that has none.
//
// Events with a zero CreatedAt or UpdatedAt get the current time.
// References inside d (mention → document, source → event, document and
// mention, annotation → event or document) must resolve inside d, or
// ImportDump fails with ErrInvalid before writing.
func (s *Store) ImportDump(ctx context.Context, d *Dump) (DumpReport, error) {
	var rep DumpReport
	if err := ixCheckDump(d); err != nil {
		return rep, fmt.Errorf("import data: %w", err)
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		rep = DumpReport{} // counts of this transaction only
		r := ixImporter{s: s, tx: tx, d: d, rep: &rep, now: s.now().Unix()}
		return r.run(ctx)
	})
	if err != nil {
		return DumpReport{}, fmt.Errorf("import data: %w", err)
	}
	return rep, nil
}

// ixCheckDump validates d before anything is written.
func ixCheckDump(d *Dump) error {
	docs := map[int64]bool{}
	for i := range d.Documents {
		doc := &d.Documents[i]
		if docs[doc.ID] {
			return fmt.Errorf("%w: document id %d appears twice", ErrInvalid, doc.ID)
		}
		docs[doc.ID] = true
		sum := sha256.Sum256([]byte(doc.Text))
		if h := hex.EncodeToString(sum[:]); doc.SHA256 != "" && !strings.EqualFold(doc.SHA256, h) {
			return fmt.Errorf("%w: document %d: its sha256 does not match its text", ErrInvalid, doc.ID)
		}
		switch doc.DCTSource {
		case "", DCTDateline, DCTMetadata, DCTUser, DCTNone:
		default:
			return fmt.Errorf("%w: document %d: dct source %q", ErrInvalid, doc.ID, doc.DCTSource)
		}
	}
	mentions := map[int64]int64{} // mention -> document
	for _, m := range d.Mentions {
		if !docs[m.DocumentID] {
			return fmt.Errorf("%w: mention %d refers to document %d, which is not in the data", ErrInvalid, m.ID, m.DocumentID)
		}
		if _, dup := mentions[m.ID]; dup {
			return fmt.Errorf("%w: mention id %d appears twice", ErrInvalid, m.ID)
		}
		if m.End < m.Start {
			return fmt.Errorf("%w: mention %d ends before it starts", ErrInvalid, m.ID)
		}
		mentions[m.ID] = m.DocumentID
	}
	events := map[int64]bool{}
	for i := range d.Events {
		e := &d.Events[i]
		if events[e.ID] {
			return fmt.Errorf("%w: event id %d appears twice", ErrInvalid, e.ID)
		}
		events[e.ID] = true
		if err := checkEvent(e); err != nil {
			return err
		}
	}
	for _, x := range d.Sources {
		switch {
		case !events[x.EventID]:
			return fmt.Errorf("%w: source %d refers to event %d, which is not in the data", ErrInvalid, x.ID, x.EventID)
		case !docs[x.DocumentID]:
			return fmt.Errorf("%w: source %d refers to document %d, which is not in the data", ErrInvalid, x.ID, x.DocumentID)
		case x.PassageEnd < x.PassageStart:
			return fmt.Errorf("%w: source %d: passage ends before it starts", ErrInvalid, x.ID)
		}
		if x.MentionID != 0 {
			if doc, ok := mentions[x.MentionID]; !ok || doc != x.DocumentID {
				return fmt.Errorf("%w: source %d refers to mention %d, which is not in its document", ErrInvalid, x.ID, x.MentionID)
			}
		}
	}
	for _, a := range d.Annotations {
		switch {
		case a.EventID == 0 && a.DocumentID == 0:
			return fmt.Errorf("%w: annotation %d is on no event and no document", ErrInvalid, a.ID)
		case a.EventID != 0 && !events[a.EventID]:
			return fmt.Errorf("%w: annotation %d refers to event %d, which is not in the data", ErrInvalid, a.ID, a.EventID)
		case a.DocumentID != 0 && !docs[a.DocumentID]:
			return fmt.Errorf("%w: annotation %d refers to document %d, which is not in the data", ErrInvalid, a.ID, a.DocumentID)
		}
	}
	for _, t := range d.Tags {
		if strings.TrimSpace(t.Name) == "" {
			return fmt.Errorf("%w: a tag has no name", ErrInvalid)
		}
	}
	return nil
}

// ixImporter carries one ImportDump's transaction and id maps.
type ixImporter struct {
	s   *Store
	tx  *sql.Tx
	d   *Dump
	rep *DumpReport
	now int64

	docs     map[int64]int64 // dump id -> database id
	dupDocs  map[int64]bool  // dump ids of documents already stored
	mentions map[int64]int64
	events   map[int64]int64
	dupEvs   map[int64]bool
	maxEvent int64 // largest event id before the import
}

func (r *ixImporter) run(ctx context.Context) error {
	r.docs, r.dupDocs = map[int64]int64{}, map[int64]bool{}
	r.mentions, r.events, r.dupEvs = map[int64]int64{}, map[int64]int64{}, map[int64]bool{}
	var maxEv sql.NullInt64
	if err := r.tx.QueryRowContext(ctx, `SELECT max(id) FROM events`).Scan(&maxEv); err != nil {
		return err
	}
	r.maxEvent = maxEv.Int64
	for _, step := range []func(context.Context) error{r.documents, r.mentionRows, r.tags, r.eventRows, r.annotations} {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (r *ixImporter) documents(ctx context.Context) error {
	for _, doc := range r.d.Documents {
		if doc.SHA256 == "" {
			sum := sha256.Sum256([]byte(doc.Text))
			doc.SHA256 = hex.EncodeToString(sum[:])
		}
		doc.SHA256 = strings.ToLower(doc.SHA256)
		if doc.DCTSource == "" {
			doc.DCTSource = DCTNone
		}
		if doc.ImportedAt.IsZero() {
			doc.ImportedAt = unixTime(r.now)
		}
		var id int64
		err := r.tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE sha256 = ?`, doc.SHA256).Scan(&id)
		switch {
		case err == nil:
			r.docs[doc.ID], r.dupDocs[doc.ID] = id, true
			r.rep.DuplicateDocuments++
			continue
		case err != sql.ErrNoRows:
			return err
		}
		if id, err = insertDocument(ctx, r.tx, doc); err != nil {
			return fmt.Errorf("document %d: %w", doc.ID, err)
		}
		r.docs[doc.ID] = id
		r.rep.Documents++
	}
	return nil
}

func (r *ixImporter) mentionRows(ctx context.Context) error {
	ins, err := r.tx.PrepareContext(ctx, `INSERT INTO mentions
		(document_id, start_offset, end_offset, text, type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, m := range r.d.Mentions {
		doc := r.docs[m.DocumentID]
		if r.dupDocs[m.DocumentID] {
			var id int64
			err := r.tx.QueryRowContext(ctx, `SELECT id FROM mentions WHERE document_id = ? AND start_offset = ?
				AND end_offset = ? AND text = ? AND type = ? AND value = ? AND mod = ? ORDER BY id LIMIT 1`,
				doc, m.Start, m.End, m.Text, m.Type, m.Value, m.Mod).Scan(&id)
			if err == nil {
				r.mentions[m.ID] = id
				continue
			}
			if err != sql.ErrNoRows {
				return err
			}
		}
		res, err := ins.ExecContext(ctx, doc, m.Start, m.End, m.Text, m.Type, m.Value, m.Mod)
		if err != nil {
			return fmt.Errorf("mention %d: %w", m.ID, err)
		}
		if r.mentions[m.ID], err = res.LastInsertId(); err != nil {
			return err
		}
		r.rep.Mentions++
	}
	return nil
}

func (r *ixImporter) tags(ctx context.Context) error {
	for _, t := range r.d.Tags {
		name := strings.TrimSpace(t.Name)
		res, err := r.tx.ExecContext(ctx, `INSERT INTO tags (name, color) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`, name, t.Color)
		if err != nil {
			return fmt.Errorf("tag %q: %w", name, err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			r.rep.Tags++
			continue
		}
		if t.Color != "" {
			if _, err := r.tx.ExecContext(ctx, `UPDATE tags SET color = ? WHERE name = ? AND color = ''`, t.Color, name); err != nil {
				return fmt.Errorf("tag %q: %w", name, err)
			}
		}
	}
	return nil
}

// ixPassage is a source's place in the database, for duplicate events.
type ixPassage struct {
	doc        int64
	start, end int
}

func (r *ixImporter) eventRows(ctx context.Context) error {
	srcs := map[int64][]Source{} // by dump event id, in dump order
	for _, x := range r.d.Sources {
		srcs[x.EventID] = append(srcs[x.EventID], x)
	}
	evStmt, err := r.tx.PrepareContext(ctx, `INSERT INTO events
		(title, start_unix, end_unix, span_class, precision, value, status, confidence, color, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer evStmt.Close()
	srcStmt, err := r.tx.PrepareContext(ctx, `INSERT INTO event_sources
		(event_id, document_id, passage_start, passage_end, mention_id) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer srcStmt.Close()
	for _, e := range r.d.Events {
		if err := ctx.Err(); err != nil {
			return err
		}
		want := make([]ixPassage, 0, len(srcs[e.ID]))
		for _, x := range srcs[e.ID] {
			want = append(want, ixPassage{r.docs[x.DocumentID], x.PassageStart, x.PassageEnd})
		}
		dup, err := r.findEvent(ctx, e, want)
		if err != nil {
			return err
		}
		if dup != 0 {
			r.events[e.ID], r.dupEvs[e.ID] = dup, true
			r.rep.DuplicateEvents++
			if err := r.linkTags(ctx, dup, e.Tags); err != nil {
				return err
			}
			continue
		}
		created, updated := e.CreatedAt.Unix(), e.UpdatedAt.Unix()
		if e.CreatedAt.IsZero() {
			created = r.now
		}
		if e.UpdatedAt.IsZero() {
			updated = created
		}
		start, end := e.Start.Unix(), e.End.Unix()
		res, err := evStmt.ExecContext(ctx, e.Title, start, end, spanClass(start, end), e.Precision, e.Value,
			e.Status, e.Confidence, e.Color, created, updated)
		if err != nil {
			return fmt.Errorf("event %d: %w", e.ID, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if _, err := r.tx.ExecContext(ctx, insertEventFTS, textFTSArgs(id, e.Title)...); err != nil {
			return err
		}
		r.events[e.ID] = id
		r.rep.Events++
		for _, x := range srcs[e.ID] {
			var mention any
			if x.MentionID != 0 {
				mention = r.mentions[x.MentionID]
			}
			if _, err := srcStmt.ExecContext(ctx, id, r.docs[x.DocumentID], x.PassageStart, x.PassageEnd, mention); err != nil {
				return fmt.Errorf("source %d: %w", x.ID, err)
			}
			r.rep.Sources++
		}
		if err := r.linkTags(ctx, id, e.Tags); err != nil {
			return err
		}
	}
	return nil
}

// findEvent returns the id of an event stored before the import that
// equals e with sources at exactly the passages want, or 0.
func (r *ixImporter) findEvent(ctx context.Context, e Event, want []ixPassage) (int64, error) {
	rows, err := r.tx.QueryContext(ctx, `SELECT id FROM events WHERE start_unix = ? AND end_unix = ? AND title = ?
		AND precision = ? AND id <= ? ORDER BY id`, e.Start.Unix(), e.End.Unix(), e.Title, e.Precision, r.maxEvent)
	if err != nil {
		return 0, err
	}
	var cands []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, err
		}
		cands = append(cands, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	cmp := func(a, b ixPassage) int {
		if a.doc != b.doc {
			return int(a.doc - b.doc)
		}
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	}
	want = slices.Clone(want)
	slices.SortFunc(want, cmp)
	want = slices.Compact(want)
	for _, id := range cands {
		var have []ixPassage
		err := ixRowsArgs(ctx, r.tx, `SELECT document_id, passage_start, passage_end FROM event_sources WHERE event_id = ?`,
			[]any{id}, func(rs *sql.Rows) error {
				var k ixPassage
				err := rs.Scan(&k.doc, &k.start, &k.end)
				have = append(have, k)
				return err
			})
		if err != nil {
			return 0, err
		}
		slices.SortFunc(have, cmp)
		have = slices.Compact(have)
		if slices.Equal(have, want) {
			return id, nil
		}
	}
	return 0, nil
}

// ixRowsArgs runs q with args in tx and calls fn for each row.
func ixRowsArgs(ctx context.Context, tx *sql.Tx, q string, args []any, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (r *ixImporter) linkTags(ctx context.Context, event int64, names []string) error {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		res, err := r.tx.ExecContext(ctx, `INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, n)
		if err != nil {
			return fmt.Errorf("tag %q: %w", n, err)
		}
		if k, _ := res.RowsAffected(); k > 0 {
			r.rep.Tags++
		}
		if _, err := r.tx.ExecContext(ctx, `INSERT OR IGNORE INTO event_tags (event_id, tag_id)
			SELECT ?, id FROM tags WHERE name = ?`, event, n); err != nil {
			return fmt.Errorf("tag %q: %w", n, err)
		}
	}
	return nil
}

func (r *ixImporter) annotations(ctx context.Context) error {
	for _, a := range r.d.Annotations {
		ev, doc := r.events[a.EventID], r.docs[a.DocumentID]
		ps, pe := passage(a)
		if (a.EventID == 0 || r.dupEvs[a.EventID]) && (a.DocumentID == 0 || r.dupDocs[a.DocumentID]) {
			var one int
			err := r.tx.QueryRowContext(ctx, `SELECT 1 FROM annotations WHERE event_id IS ? AND document_id IS ?
				AND passage_start IS ? AND passage_end IS ? AND body = ? LIMIT 1`,
				nullID(ev), nullID(doc), ps, pe, a.Body).Scan(&one)
			if err == nil {
				r.rep.DuplicateAnnotations++
				continue
			}
			if err != sql.ErrNoRows {
				return err
			}
		}
		created, updated := a.CreatedAt.Unix(), a.UpdatedAt.Unix()
		if a.CreatedAt.IsZero() {
			created = r.now
		}
		if a.UpdatedAt.IsZero() {
			updated = created
		}
		res, err := r.tx.ExecContext(ctx, `INSERT INTO annotations
			(event_id, document_id, passage_start, passage_end, body, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, nullID(ev), nullID(doc), ps, pe, a.Body, created, updated)
		if err != nil {
			return fmt.Errorf("annotation %d: %w", a.ID, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if _, err := r.tx.ExecContext(ctx, insertAnnotationFTS, textFTSArgs(id, a.Body)...); err != nil {
			return err
		}
		r.rep.Annotations++
	}
	return nil
}
