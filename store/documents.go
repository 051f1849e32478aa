package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
)

// ImportDocument writes a document, its mentions, its events and their
// sources in one transaction. When a document with the same SHA-256 of its
// text is already stored it writes nothing and returns that document's id
// with dup == true. Event statuses default to StatusAuto.
func (s *Store) ImportDocument(ctx context.Context, imp Import) (docID int64, dup bool, err error) {
	doc, err := checkImport(imp)
	if err != nil {
		return 0, false, fmt.Errorf("import document: %w", err)
	}
	err = s.withTx(ctx, func(tx *sql.Tx) error {
		docID, dup, err = s.importTx(ctx, tx, doc, imp)
		return err
	})
	if err != nil {
		return 0, false, fmt.Errorf("import document: %w", err)
	}
	return docID, dup, nil
}

// ImportResult is what ImportDocuments did with one document.
type ImportResult struct {
	DocID int64
	Dup   bool
	Err   error // this document was not imported; the others were
}

// ImportDocuments imports several documents in one transaction, each
// document all or nothing (a savepoint each): a document that fails gets
// its error in its result and the others are still written. Cheaper than
// one transaction per document for bulk imports. The returned error is for
// the transaction itself (disk full, locked…), in which case nothing of
// the batch is written.
func (s *Store) ImportDocuments(ctx context.Context, imps []Import) ([]ImportResult, error) {
	res := make([]ImportResult, len(imps))
	docs := make([]Document, len(imps))
	for i, imp := range imps {
		var err error
		if docs[i], err = checkImport(imp); err != nil {
			res[i].Err = fmt.Errorf("import document: %w", err)
		}
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		for i, imp := range imps {
			if res[i].Err != nil {
				continue
			}
			if _, err := tx.ExecContext(ctx, `SAVEPOINT doc`); err != nil {
				return err
			}
			id, dup, err := s.importTx(ctx, tx, docs[i], imp)
			if err != nil {
				if isFatal(mapErr(err)) {
					return err
				}
				res[i].Err = fmt.Errorf("import document: %w", mapErr(err))
				if _, err := tx.ExecContext(ctx, `ROLLBACK TO doc`); err != nil {
					return err
				}
			} else {
				res[i].DocID, res[i].Dup = id, dup
			}
			if _, err := tx.ExecContext(ctx, `RELEASE doc`); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("import documents: %w", err)
	}
	return res, nil
}

// isFatal reports errors that no other document of a batch would escape.
func isFatal(err error) bool {
	return errors.Is(err, ErrFull) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrLocked) || errors.Is(err, ErrCorrupt)
}

// checkImport validates an import before any writing and returns its
// document with the sha256 and DCT source filled in.
func checkImport(imp Import) (Document, error) {
	doc := imp.Doc
	if doc.SHA256 == "" {
		sum := sha256.Sum256([]byte(doc.Text))
		doc.SHA256 = hex.EncodeToString(sum[:])
	}
	if doc.DCTSource == "" {
		doc.DCTSource = DCTNone
	}
	for i := range imp.Events {
		ev := imp.Events[i].Event
		if err := checkEvent(&ev); err != nil {
			return Document{}, err
		}
		if imp.Events[i].Mention >= len(imp.Mentions) {
			return Document{}, fmt.Errorf("%w: event %d refers to mention %d of %d",
				ErrInvalid, i, imp.Events[i].Mention, len(imp.Mentions))
		}
	}
	return doc, nil
}

// importTx writes one checked document with its mentions, events and
// sources in tx, or finds it already stored by its sha256.
func (s *Store) importTx(ctx context.Context, tx *sql.Tx, doc Document, imp Import) (docID int64, dup bool, err error) {
	err = tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE sha256 = ?`, doc.SHA256).Scan(&docID)
	if err == nil {
		return docID, true, nil
	}
	if err != sql.ErrNoRows {
		return 0, false, err
	}
	events := make([]NewEvent, len(imp.Events))
	copy(events, imp.Events)
	for i := range events {
		if err := checkEvent(&events[i].Event); err != nil {
			return 0, false, err
		}
	}
	now := s.now().Unix()
	if doc.ImportedAt.IsZero() {
		doc.ImportedAt = unixTime(now)
	}
	if docID, err = insertDocument(ctx, tx, doc); err != nil {
		return 0, false, err
	}
	mentionIDs, err := insertMentions(ctx, tx, docID, imp.Mentions)
	if err != nil {
		return 0, false, err
	}
	return docID, false, insertEvents(ctx, tx, docID, mentionIDs, events, now)
}

func insertDocument(ctx context.Context, tx *sql.Tx, d Document) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO documents
		(title, text, lang, dct_value, dct_unix, dct_precision, dct_source, origin, sha256, imported_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.Title, d.Text, d.Lang, d.DCTValue, nullTime(d.DCT), d.DCTPrecision, d.DCTSource,
		d.Origin, d.SHA256, d.ImportedAt.Unix())
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	_, err = tx.ExecContext(ctx, insertDocumentFTS, documentFTSArgs(id, d.Title, d.Text)...)
	return id, err
}

func insertMentions(ctx context.Context, tx *sql.Tx, docID int64, ms []Mention) ([]int64, error) {
	if len(ms) == 0 {
		return nil, nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO mentions
		(document_id, start_offset, end_offset, text, type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer stmt.Close()
	ids := make([]int64, len(ms))
	for i, m := range ms {
		res, err := stmt.ExecContext(ctx, docID, m.Start, m.End, m.Text, m.Type, m.Value, m.Mod)
		if err != nil {
			return nil, err
		}
		if ids[i], err = res.LastInsertId(); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

const insertEventSQL = `INSERT INTO events
	(title, start_unix, end_unix, span_class, precision, value, status, confidence, color, created_at, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// execInsertEvent inserts a checked event and its full-text row.
func execInsertEvent(ctx context.Context, evStmt, ftsStmt *sql.Stmt, e Event, now int64) (int64, error) {
	start, end := e.Start.Unix(), e.End.Unix()
	res, err := evStmt.ExecContext(ctx, e.Title, start, end, spanClass(start, end), e.Precision, e.Value,
		e.Status, e.Confidence, e.Color, now, now)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	_, err = ftsStmt.ExecContext(ctx, textFTSArgs(id, e.Title)...)
	return id, err
}

// Documents lists all documents, newest import first, without their text
// and with their event counts.
func (s *Store) Documents(ctx context.Context) ([]Document, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+documentColumns+`, '',
		(SELECT count(DISTINCT event_id) FROM event_sources WHERE document_id = d.id)
		FROM documents d ORDER BY d.imported_at DESC, d.id DESC`)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", mapErr(err))
	}
	defer rows.Close()
	var docs []Document
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, fmt.Errorf("documents: %w", mapErr(err))
		}
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("documents: %w", mapErr(err))
	}
	return docs, nil
}

// Document returns one document with its text and event count.
func (s *Store) Document(ctx context.Context, id int64) (Document, error) {
	row := s.read.QueryRowContext(ctx, `SELECT `+documentColumns+`, d.text,
		(SELECT count(DISTINCT event_id) FROM event_sources WHERE document_id = d.id)
		FROM documents d WHERE d.id = ?`, id)
	d, err := scanDocument(row)
	if err != nil {
		return Document{}, fmt.Errorf("document %d: %w", id, mapErr(err))
	}
	return d, nil
}

// Mentions returns the temporal expressions of a document in text order.
func (s *Store) Mentions(ctx context.Context, docID int64) ([]Mention, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT id, document_id, start_offset, end_offset, text, type, value, mod
		FROM mentions WHERE document_id = ? ORDER BY start_offset, id`, docID)
	if err != nil {
		return nil, fmt.Errorf("mentions: %w", mapErr(err))
	}
	defer rows.Close()
	var ms []Mention
	for rows.Next() {
		var m Mention
		if err := rows.Scan(&m.ID, &m.DocumentID, &m.Start, &m.End, &m.Text, &m.Type, &m.Value, &m.Mod); err != nil {
			return nil, fmt.Errorf("mentions: %w", mapErr(err))
		}
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mentions: %w", mapErr(err))
	}
	return ms, nil
}

// SetDocumentDCT records the document creation time given by the user or
// found again: its TIMEX3 value, its start (zero = unknown), precision and
// source (DCTDateline, DCTMetadata, DCTUser or DCTNone). It does not move the
// document's events; re-extraction is the caller's business.
func (s *Store) SetDocumentDCT(ctx context.Context, docID int64, value string, dct time.Time, precision, source string) error {
	if source == "" {
		source = DCTNone
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE documents SET dct_value = ?, dct_unix = ?, dct_precision = ?, dct_source = ?
			WHERE id = ?`, value, nullTime(dct), precision, source, docID)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
	if err != nil {
		return fmt.Errorf("set dct of document %d: %w", docID, err)
	}
	return nil
}

// DeleteDocument deletes a document with its mentions, sources and
// annotations, and the events left without any source.
func (s *Store) DeleteDocument(ctx context.Context, id int64) error {
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		// Events whose only sources are in this document go with it.
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id IN (
			SELECT event_id FROM event_sources WHERE document_id = ?
			EXCEPT SELECT event_id FROM event_sources WHERE document_id <> ?)`, id, id); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
	if err != nil {
		return fmt.Errorf("delete document %d: %w", id, err)
	}
	return nil
}

const documentColumns = `d.id, d.title, d.lang, d.dct_value, d.dct_unix, d.dct_precision, d.dct_source,
	d.origin, d.sha256, d.imported_at`

type scanner interface{ Scan(dest ...any) error }

func scanDocument(r scanner) (Document, error) {
	var d Document
	var dct sql.NullInt64
	var imported int64
	err := r.Scan(&d.ID, &d.Title, &d.Lang, &d.DCTValue, &dct, &d.DCTPrecision, &d.DCTSource,
		&d.Origin, &d.SHA256, &imported, &d.Text, &d.Events)
	if err != nil {
		return Document{}, err
	}
	if dct.Valid {
		d.DCT = unixTime(dct.Int64)
	}
	d.ImportedAt = unixTime(imported)
	return d, nil
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

// mustAffect turns an UPDATE or DELETE that touched no row into ErrNotFound.
func mustAffect(res sql.Result) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}
