package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// AddAnnotation stores a new annotation on an event, a document or a passage
// of a document and returns its id. ErrNotFound when the event or document
// does not exist.
func (s *Store) AddAnnotation(ctx context.Context, a Annotation) (int64, error) {
	if a.EventID == 0 && a.DocumentID == 0 {
		return 0, fmt.Errorf("add annotation: %w: needs an event or a document", ErrInvalid)
	}
	var id int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		now := s.now().Unix()
		ps, pe := passage(a)
		res, err := tx.ExecContext(ctx, `INSERT INTO annotations
			(event_id, document_id, passage_start, passage_end, body, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, nullID(a.EventID), nullID(a.DocumentID), ps, pe, a.Body, now, now)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, insertAnnotationFTS, textFTSArgs(id, a.Body)...)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("add annotation: %w", err)
	}
	return id, nil
}

// UpdateAnnotation rewrites the body and passage of an annotation. What it
// is attached to (event, document) does not change.
func (s *Store) UpdateAnnotation(ctx context.Context, a Annotation) error {
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		ps, pe := passage(a)
		res, err := tx.ExecContext(ctx, `UPDATE annotations SET body = ?, passage_start = ?, passage_end = ?,
			updated_at = ? WHERE id = ?`, a.Body, ps, pe, s.now().Unix(), a.ID)
		if err != nil {
			return err
		}
		if err := mustAffect(res); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM annotations_fts WHERE rowid = ?`, a.ID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, insertAnnotationFTS, textFTSArgs(a.ID, a.Body)...)
		return err
	})
	if err != nil {
		return fmt.Errorf("update annotation %d: %w", a.ID, err)
	}
	return nil
}

// DeleteAnnotation deletes an annotation.
func (s *Store) DeleteAnnotation(ctx context.Context, id int64) error {
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM annotations WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
	if err != nil {
		return fmt.Errorf("delete annotation %d: %w", id, err)
	}
	return nil
}

// Annotations returns the annotations matching f, by document position
// then creation.
func (s *Store) Annotations(ctx context.Context, f AnnotationFilter) ([]Annotation, error) {
	var cond strings.Builder
	var args []any
	if f.EventID != 0 {
		cond.WriteString(" AND a.event_id = ?")
		args = append(args, f.EventID)
	}
	if f.DocumentID != 0 {
		cond.WriteString(" AND a.document_id = ?")
		args = append(args, f.DocumentID)
	}
	if q := ftsQuery(f.Query); q != "" {
		cond.WriteString(" AND a.id IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)")
		args = append(args, q)
	}
	limit := int64(f.Limit)
	if limit <= 0 {
		limit = -1
	}
	args = append(args, limit)
	rows, err := s.read.QueryContext(ctx, `SELECT a.id, coalesce(a.event_id, 0), coalesce(a.document_id, 0),
		coalesce(a.passage_start, 0), coalesce(a.passage_end, 0), a.body, a.created_at, a.updated_at
		FROM annotations a WHERE 1`+cond.String()+`
		ORDER BY a.document_id, a.passage_start, a.created_at, a.id LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("annotations: %w", mapErr(err))
	}
	defer rows.Close()
	var as []Annotation
	for rows.Next() {
		var a Annotation
		var created, updated int64
		if err := rows.Scan(&a.ID, &a.EventID, &a.DocumentID, &a.PassageStart, &a.PassageEnd, &a.Body,
			&created, &updated); err != nil {
			return nil, fmt.Errorf("annotations: %w", mapErr(err))
		}
		a.CreatedAt, a.UpdatedAt = unixTime(created), unixTime(updated)
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("annotations: %w", mapErr(err))
	}
	return as, nil
}

// passage returns the stored passage columns: NULL when there is none.
func passage(a Annotation) (start, end any) {
	if !a.HasPassage() || a.PassageStart < 0 {
		return nil, nil
	}
	return a.PassageStart, a.PassageEnd
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
