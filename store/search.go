package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isWordRune reports the runes of a word for search: letters, digits and
// marks (as FTS5's unicode61 tokenizer splits).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// arabicProclitics are the prefixes stripped by stems, longest first within
// each length: conjunction (و ف), preposition (ب ل ك) and article (ال), with
// ل + ال written لل.
var arabicProclitics = func() []string {
	var ps []string
	for _, conj := range []string{"", "و", "ف"} {
		for _, prep := range []string{"", "ب", "ل", "ك"} {
			for _, art := range []string{"", "ال"} {
				p := conj + prep + art
				if prep == "ل" && art == "ال" {
					p = conj + "لل"
				}
				if p != "" {
					ps = append(ps, p)
				}
			}
		}
	}
	return ps
}()

// stems returns, space-separated and without repeats, the forms of the
// Arabic words of normalised text s stripped of their proclitics (و ف ب ل
// ك ال and their combinations) when at least three letters remain:
// "والمغرب" gives "المغرب مغرب", "ووقع" gives "وقع". They are indexed
// beside the text so that a search for "وقع" finds "ووقّع" and "المغرب"
// finds "بالمغرب", while the query itself is never stripped (stripping
// "وقع" to "قع" would find "قعد").
func stems(s string) string {
	seen := map[string]bool{}
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		if r < 0x0620 || r > 0x064A {
			continue // not an Arabic letter
		}
		for _, p := range arabicProclitics {
			rest, ok := strings.CutPrefix(w, p)
			if !ok || utf8.RuneCountInString(rest) < 3 {
				continue
			}
			forms := []string{rest}
			if strings.HasSuffix(p, "لل") { // لل = ل + ال: also the form with the article
				forms = append(forms, "ال"+rest)
			}
			for _, f := range forms {
				if !seen[f] {
					seen[f] = true
					out = append(out, f)
				}
			}
		}
	}
	return strings.Join(out, " ")
}

// Full-text rows: the normalised text and its stems (see stems). Only Go
// writes them; triggers remove them when their row is deleted.
const (
	insertDocumentFTS   = `INSERT INTO documents_fts (rowid, title, text, stems) VALUES (?, ?, ?, ?)`
	insertEventFTS      = `INSERT INTO events_fts (rowid, title, stems) VALUES (?, ?, ?)`
	insertAnnotationFTS = `INSERT INTO annotations_fts (rowid, body, stems) VALUES (?, ?, ?)`
)

func documentFTSArgs(id int64, title, text string) []any {
	t, x := Normalize(title), Normalize(text)
	return []any{id, t, x, stems(t + " " + x)}
}

// textFTSArgs serves events_fts and annotations_fts.
func textFTSArgs(id int64, text string) []any {
	n := Normalize(text)
	return []any{id, n, stems(n)}
}

// ftsQuery turns what a user typed into a safe FTS5 query: the text is
// normalised, split into words at anything that is not a letter, digit or
// mark, and every word becomes a quoted prefix term ("word"*), all of them
// required. FTS5 operators and SQL in the input are therefore plain text
// and can never fail or inject. "" means no usable word.
func ftsQuery(q string) string {
	words := strings.FieldsFunc(Normalize(q), func(r rune) bool { return !isWordRune(r) })
	if len(words) == 0 {
		return ""
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		// A word holds no '"' (it is not a letter), so quoting is enough.
		b.WriteByte('"')
		b.WriteString(w)
		b.WriteString(`"*`)
	}
	return b.String()
}

// Search finds documents (title and text), events (title) and annotations
// (body) matching q, best first, at most limit (0 = 50). Every word of q
// must appear, as a word or the start of one, after normalisation and, for
// Arabic, after removing proclitics from the indexed words (see stems):
// "وقع" finds "وقّع", "ووقّع" and "وقعت", "ete" finds "été". Any input is
// safe.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]Hit, error) {
	fq := ftsQuery(q)
	if fq == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.read.QueryContext(ctx, `
		SELECT 'document', f.rowid, f.rowid, 0, d.title,
			snippet(documents_fts, 1, '', '', '…', 16), bm25(documents_fts, 5.0, 1.0, 0.5) AS r
		FROM documents_fts f JOIN documents d ON d.id = f.rowid
		WHERE documents_fts MATCH ?1
		UNION ALL
		SELECT 'event', f.rowid,
			coalesce((SELECT s.document_id FROM event_sources s WHERE s.event_id = f.rowid ORDER BY s.id LIMIT 1), 0),
			f.rowid, e.title, snippet(events_fts, 0, '', '', '…', 16), bm25(events_fts, 1.0, 0.5) AS r
		FROM events_fts f JOIN events e ON e.id = f.rowid
		WHERE events_fts MATCH ?1
		UNION ALL
		SELECT 'annotation', f.rowid, coalesce(a.document_id, 0), coalesce(a.event_id, 0), '',
			snippet(annotations_fts, 0, '', '', '…', 16), bm25(annotations_fts, 1.0, 0.5) AS r
		FROM annotations_fts f JOIN annotations a ON a.id = f.rowid
		WHERE annotations_fts MATCH ?1
		ORDER BY r, 1, 2 LIMIT ?2`, fq, limit)
	if err != nil {
		return nil, fmt.Errorf("search: %w", mapErr(err))
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		var rank float64
		if err := rows.Scan(&h.Kind, &h.ID, &h.DocumentID, &h.EventID, &h.Title, &h.Snippet, &rank); err != nil {
			return nil, fmt.Errorf("search: %w", mapErr(err))
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", mapErr(err))
	}
	return hits, nil
}
