package export

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"zaman/store"
)

// ZamanFormat is the value of "format" in Zaman's JSON, and ZamanVersion
// its version; readers refuse a newer version.
const (
	ZamanFormat  = "zaman"
	ZamanVersion = 1
)

// The JSON documents of Zaman's format. Ids are numbered from 1 in the
// order of the database's ids, so that a database restored from a file
// exports to the same bytes. Times are RFC 3339 in UTC; intervals are
// [start, end).
type (
	zamanFile struct {
		Format      string            `json:"format"`
		Version     int               `json:"version"`
		Documents   []zamanDocument   `json:"documents"`
		Mentions    []zamanMention    `json:"mentions"`
		Events      []zamanEvent      `json:"events"`
		Sources     []zamanSource     `json:"sources"`
		Tags        []zamanTag        `json:"tags"`
		Annotations []zamanAnnotation `json:"annotations"`
	}
	zamanDocument struct {
		ID           int64   `json:"id"`
		Title        string  `json:"title"`
		Lang         string  `json:"lang"`
		DCTValue     string  `json:"dct_value,omitempty"`
		DCT          *string `json:"dct,omitempty"`
		DCTPrecision string  `json:"dct_precision,omitempty"`
		DCTSource    string  `json:"dct_source"`
		Origin       string  `json:"origin"`
		SHA256       string  `json:"sha256"`
		ImportedAt   string  `json:"imported_at"`
		Text         string  `json:"text"`
	}
	zamanMention struct {
		ID       int64  `json:"id"`
		Document int64  `json:"document"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Text     string `json:"text"`
		Type     string `json:"type"`
		Value    string `json:"value"`
		Mod      string `json:"mod,omitempty"`
	}
	zamanEvent struct {
		ID         int64    `json:"id"`
		Title      string   `json:"title"`
		Start      string   `json:"start"`
		End        string   `json:"end"`
		Precision  string   `json:"precision"`
		Value      string   `json:"value"`
		Status     string   `json:"status"`
		Confidence float64  `json:"confidence"`
		Color      string   `json:"color,omitempty"`
		Tags       []string `json:"tags,omitempty"`
		CreatedAt  string   `json:"created_at"`
		UpdatedAt  string   `json:"updated_at"`
	}
	zamanSource struct {
		ID           int64 `json:"id"`
		Event        int64 `json:"event"`
		Document     int64 `json:"document"`
		PassageStart int   `json:"passage_start"`
		PassageEnd   int   `json:"passage_end"`
		Mention      int64 `json:"mention,omitempty"`
	}
	zamanTag struct {
		Name  string `json:"name"`
		Color string `json:"color,omitempty"`
	}
	zamanAnnotation struct {
		ID           int64  `json:"id"`
		Event        int64  `json:"event,omitempty"`
		Document     int64  `json:"document,omitempty"`
		PassageStart int    `json:"passage_start,omitempty"`
		PassageEnd   int    `json:"passage_end,omitempty"`
		Body         string `json:"body"`
		CreatedAt    string `json:"created_at"`
		UpdatedAt    string `json:"updated_at"`
	}
)

func rfc3339(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// WriteJSON writes the whole database in Zaman's lossless JSON format, read
// in one transaction.
func WriteJSON(ctx context.Context, w io.Writer, st *store.Store) error {
	d, err := st.DumpAll(ctx)
	if err != nil {
		return err
	}
	return encodeJSON(w, dumpToFile(d))
}

func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// renumber gives ids 1, 2, ... in the order of ids.
type renumber map[int64]int64

func (r renumber) add(id int64) int64 {
	n := int64(len(r) + 1)
	r[id] = n
	return n
}

func dumpToFile(d *store.Dump) *zamanFile {
	f := &zamanFile{Format: ZamanFormat, Version: ZamanVersion,
		Documents: []zamanDocument{}, Mentions: []zamanMention{}, Events: []zamanEvent{},
		Sources: []zamanSource{}, Tags: []zamanTag{}, Annotations: []zamanAnnotation{}}
	docs, mentions, events := renumber{}, renumber{}, renumber{}
	for _, x := range d.Documents {
		zd := zamanDocument{ID: docs.add(x.ID), Title: x.Title, Lang: x.Lang, DCTValue: x.DCTValue,
			DCTPrecision: x.DCTPrecision, DCTSource: x.DCTSource, Origin: x.Origin, SHA256: x.SHA256,
			ImportedAt: rfc3339(x.ImportedAt), Text: x.Text}
		if !x.DCT.IsZero() {
			s := rfc3339(x.DCT)
			zd.DCT = &s
		}
		f.Documents = append(f.Documents, zd)
	}
	for _, m := range d.Mentions {
		f.Mentions = append(f.Mentions, zamanMention{ID: mentions.add(m.ID), Document: docs[m.DocumentID],
			Start: m.Start, End: m.End, Text: m.Text, Type: m.Type, Value: m.Value, Mod: m.Mod})
	}
	for _, e := range d.Events {
		f.Events = append(f.Events, zamanEvent{ID: events.add(e.ID), Title: e.Title, Start: rfc3339(e.Start),
			End: rfc3339(e.End), Precision: e.Precision, Value: e.Value, Status: e.Status, Confidence: e.Confidence,
			Color: e.Color, Tags: e.Tags, CreatedAt: rfc3339(e.CreatedAt), UpdatedAt: rfc3339(e.UpdatedAt)})
	}
	for i, s := range d.Sources {
		f.Sources = append(f.Sources, zamanSource{ID: int64(i + 1), Event: events[s.EventID], Document: docs[s.DocumentID],
			PassageStart: s.PassageStart, PassageEnd: s.PassageEnd, Mention: mentions[s.MentionID]})
	}
	for _, t := range d.Tags {
		f.Tags = append(f.Tags, zamanTag{Name: t.Name, Color: t.Color})
	}
	for i, a := range d.Annotations {
		za := zamanAnnotation{ID: int64(i + 1), Event: events[a.EventID], Document: docs[a.DocumentID],
			Body: a.Body, CreatedAt: rfc3339(a.CreatedAt), UpdatedAt: rfc3339(a.UpdatedAt)}
		if a.HasPassage() {
			za.PassageStart, za.PassageEnd = a.PassageStart, a.PassageEnd
		}
		f.Annotations = append(f.Annotations, za)
	}
	return f
}

// ErrFormat wraps the errors of reading a file that is not in the format
// it claims to be.
var ErrFormat = errors.New("unusable file")

// ImportJSON reads Zaman's JSON format and adds its content to st in one
// transaction (see store.ImportDump for how it merges into a database that
// already holds data: documents are matched by SHA-256).
func ImportJSON(ctx context.Context, st *store.Store, r io.Reader) (store.DumpReport, error) {
	d, err := ReadJSON(r)
	if err != nil {
		return store.DumpReport{}, err
	}
	return st.ImportDump(ctx, d)
}

// ReadJSON parses Zaman's JSON format.
func ReadJSON(r io.Reader) (*store.Dump, error) {
	var f zamanFile
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: not Zaman JSON: %v", ErrFormat, err)
	}
	if f.Format != ZamanFormat {
		return nil, fmt.Errorf("%w: \"format\" is %q, not %q: is it a TimelineJS file? use --format timelinejs", ErrFormat, f.Format, ZamanFormat)
	}
	if f.Version > ZamanVersion {
		return nil, fmt.Errorf("%w: written by a newer Zaman (format version %d, this one reads %d): upgrade Zaman", ErrFormat, f.Version, ZamanVersion)
	}
	d := &store.Dump{}
	var errs []error
	tm := func(what string, s string) time.Time {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: time %q is not RFC 3339", what, s))
		}
		return t.UTC()
	}
	for _, x := range f.Documents {
		doc := store.Document{ID: x.ID, Title: x.Title, Text: x.Text, Lang: x.Lang, DCTValue: x.DCTValue,
			DCTPrecision: x.DCTPrecision, DCTSource: x.DCTSource, Origin: x.Origin, SHA256: x.SHA256,
			ImportedAt: tm(fmt.Sprintf("document %d", x.ID), x.ImportedAt)}
		if x.DCT != nil {
			doc.DCT = tm(fmt.Sprintf("document %d", x.ID), *x.DCT)
		}
		d.Documents = append(d.Documents, doc)
	}
	for _, m := range f.Mentions {
		d.Mentions = append(d.Mentions, store.Mention{ID: m.ID, DocumentID: m.Document, Start: m.Start, End: m.End,
			Text: m.Text, Type: m.Type, Value: m.Value, Mod: m.Mod})
	}
	for _, e := range f.Events {
		what := fmt.Sprintf("event %d", e.ID)
		d.Events = append(d.Events, store.Event{ID: e.ID, Title: e.Title, Start: tm(what, e.Start), End: tm(what, e.End),
			Precision: e.Precision, Value: e.Value, Status: e.Status, Confidence: e.Confidence, Color: e.Color,
			Tags: e.Tags, CreatedAt: tm(what, e.CreatedAt), UpdatedAt: tm(what, e.UpdatedAt)})
	}
	for _, s := range f.Sources {
		d.Sources = append(d.Sources, store.Source{ID: s.ID, EventID: s.Event, DocumentID: s.Document,
			PassageStart: s.PassageStart, PassageEnd: s.PassageEnd, MentionID: s.Mention})
	}
	for _, t := range f.Tags {
		d.Tags = append(d.Tags, store.Tag{Name: t.Name, Color: t.Color})
	}
	for _, a := range f.Annotations {
		what := fmt.Sprintf("annotation %d", a.ID)
		d.Annotations = append(d.Annotations, store.Annotation{ID: a.ID, EventID: a.Event, DocumentID: a.Document,
			PassageStart: a.PassageStart, PassageEnd: a.PassageEnd, Body: a.Body,
			CreatedAt: tm(what, a.CreatedAt), UpdatedAt: tm(what, a.UpdatedAt)})
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%w: %w", ErrFormat, errors.Join(errs...))
	}
	return d, nil
}
