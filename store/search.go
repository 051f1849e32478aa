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
	words := queryWords(q)
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
// safe. Each hit carries the rune offsets of the first matching word in its
// text (document text, event title, annotation body) and a snippet of the
// original text around it.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]Hit, error) {
	words := queryWords(q)
	fq := ftsQuery(q)
	if fq == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.read.QueryContext(ctx, `
		SELECT 'document', f.rowid, f.rowid, 0, d.title, d.text, bm25(documents_fts, 5.0, 1.0, 0.5) AS r
		FROM documents_fts f JOIN documents d ON d.id = f.rowid
		WHERE documents_fts MATCH ?1
		UNION ALL
		SELECT 'event', f.rowid,
			coalesce((SELECT s.document_id FROM event_sources s WHERE s.event_id = f.rowid ORDER BY s.id LIMIT 1), 0),
			f.rowid, e.title, e.title, bm25(events_fts, 1.0, 0.5) AS r
		FROM events_fts f JOIN events e ON e.id = f.rowid
		WHERE events_fts MATCH ?1
		UNION ALL
		SELECT 'annotation', f.rowid, coalesce(a.document_id, 0), coalesce(a.event_id, 0), '', a.body,
			bm25(annotations_fts, 1.0, 0.5) AS r
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
		var text string
		var rank float64
		if err := rows.Scan(&h.Kind, &h.ID, &h.DocumentID, &h.EventID, &h.Title, &text, &rank); err != nil {
			return nil, fmt.Errorf("search: %w", mapErr(err))
		}
		h.Start, h.End = locate(text, words)
		h.Snippet = snippet(text, h.Start, h.End)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", mapErr(err))
	}
	return hits, nil
}

// queryWords splits a query as ftsQuery does.
func queryWords(q string) []string {
	return strings.FieldsFunc(Normalize(q), func(r rune) bool { return !isWordRune(r) })
}

// locate finds the first word of text that the search matched: a word that
// starts with one of words once normalised, or whose stem (see stems) does.
// It returns its rune offsets in text, the end taking in trailing marks;
// -1, -1 when no word matches (the match was in a title).
func locate(text string, words []string) (start, end int) {
	if len(words) == 0 {
		return -1, -1
	}
	norm, orig := normalizeMap(text)
	matches := func(tok string) bool {
		for _, w := range words {
			if strings.HasPrefix(tok, w) {
				return true
			}
		}
		r, _ := utf8.DecodeRuneInString(tok)
		if r < 0x0620 || r > 0x064A {
			return false
		}
		for _, p := range arabicProclitics {
			rest, ok := strings.CutPrefix(tok, p)
			if !ok || utf8.RuneCountInString(rest) < 3 {
				continue
			}
			for _, w := range words {
				if strings.HasPrefix(rest, w) || (strings.HasSuffix(p, "لل") && strings.HasPrefix("ال"+rest, w)) {
					return true
				}
			}
		}
		return false
	}
	for i := 0; i < len(norm); {
		if !isWordRune(norm[i]) {
			i++
			continue
		}
		j := i
		for j < len(norm) && isWordRune(norm[j]) {
			j++
		}
		if matches(string(norm[i:j])) {
			end := utf8.RuneCountInString(text)
			if j < len(norm) {
				end = orig[j]
			}
			return orig[i], end
		}
		i = j
	}
	return -1, -1
}

// snippet cuts about 100 runes of text around [start, end) at spaces, on
// one line, with "…" where it cut; the beginning of text when start < 0. A
// text of up to 120 runes is kept whole.
func snippet(text string, start, end int) string {
	const before, after = 40, 60
	rs := []rune(text)
	if start < 0 {
		start, end = 0, 0
	}
	lo, hi := max(0, start-before), min(len(rs), end+after)
	if len(rs) <= before+after+20 {
		lo, hi = 0, len(rs)
	}
	if lo > 0 { // begin after a space, unless that would cut the match
		for k := lo; k < start; k++ {
			if unicode.IsSpace(rs[k]) {
				lo = k + 1
				break
			}
		}
	}
	if hi < len(rs) { // end at a space, unless that would cut the match
		for k := hi; k > end; k-- {
			if unicode.IsSpace(rs[k-1]) {
				hi = k - 1
				break
			}
		}
	}
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	space := false
	for _, r := range rs[lo:hi] {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	if hi < len(rs) {
		b.WriteString("…")
	}
	return strings.TrimSpace(b.String())
}
