package ingest

import (
	"context"
	"fmt"
	"time"

	"zaman/extract"
	"zaman/store"
)

// Options are the user's choices for one import.
type Options struct {
	Lang string    // "" = detect
	DCT  time.Time // zero = from the document (metadata, then dateline)
}

// Report says what one import did.
type Report struct {
	Origin  string
	DocID   int64
	Dup     bool // the document was already in the database; nothing written
	Title   string
	Lang    string
	DCT     extract.DCT
	Timexes int
	Events  int
}

// Importer reads, extracts and stores documents. It is safe for concurrent
// use: the tagger and the store both are.
type Importer struct {
	Store  *store.Store
	Tagger *extract.Tagger
}

// NewImporter returns an importer writing to st with a fresh tagger.
func NewImporter(st *store.Store) *Importer {
	return &Importer{Store: st, Tagger: extract.New()}
}

// File imports the document at path.
func (im *Importer) File(ctx context.Context, path string, o Options) (Report, error) {
	doc, err := ReadFile(path)
	if err != nil {
		return Report{Origin: path}, err
	}
	doc.Origin = path
	return im.Doc(ctx, doc, o)
}

// Doc extracts the events of doc and stores both in one transaction.
func (im *Importer) Doc(ctx context.Context, doc Doc, o Options) (Report, error) {
	imp, res := extractDoc(im.Tagger, doc, o)
	id, dup, err := im.Store.ImportDocument(ctx, imp)
	rep := Report{Origin: doc.Origin, DocID: id, Dup: dup, Title: doc.Title, Lang: res.Lang, DCT: res.DCT,
		Timexes: len(res.Timexes), Events: len(res.Events)}
	if err != nil {
		return rep, fmt.Errorf("import %s: %w", doc.Origin, err)
	}
	return rep, nil
}

// extractDoc runs the tagger on doc and converts the result to store rows.
func extractDoc(tg *extract.Tagger, doc Doc, o Options) (store.Import, extract.Result) {
	res := tg.Extract(doc.Text, ExtractOptions(doc, o.Lang, o.DCT))
	switch {
	case !o.DCT.IsZero():
		res.DCT.Source = store.DCTUser
	case !doc.Published.IsZero():
		res.DCT.Source = store.DCTMetadata
	}
	return Convert(doc, res), res
}

// ExtractOptions are the tagger options for doc: the user's language and
// DCT when given, else the publication date found in the file's metadata.
func ExtractOptions(doc Doc, lang string, dct time.Time) extract.Options {
	o := extract.Options{Lang: lang, DCT: dct}
	if o.DCT.IsZero() && !doc.Published.IsZero() {
		p := doc.Published.UTC()
		o.DCT = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
	}
	return o
}

// Convert turns an extraction result into the rows the store imports.
func Convert(doc Doc, res extract.Result) store.Import {
	d := store.Document{
		Title:     doc.Title,
		Text:      doc.Text,
		Lang:      res.Lang,
		Origin:    doc.Origin,
		DCTValue:  res.DCT.Value,
		DCTSource: res.DCT.Source,
	}
	if res.DCT.Value != "" {
		if start, _, prec, ok := extract.Interval(res.DCT.Value); ok {
			d.DCT, d.DCTPrecision = start, prec
		}
	}
	if d.DCTSource == "" {
		d.DCTSource = store.DCTNone
	}
	imp := store.Import{Doc: d, Mentions: make([]store.Mention, len(res.Timexes))}
	for i, t := range res.Timexes {
		imp.Mentions[i] = store.Mention{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value, Mod: t.Mod}
	}
	imp.Events = make([]store.NewEvent, 0, len(res.Events))
	for _, e := range res.Events {
		mention := e.Timex
		if mention < 0 || mention >= len(imp.Mentions) {
			mention = -1
		}
		imp.Events = append(imp.Events, store.NewEvent{
			Event: store.Event{
				Title:      e.Title,
				Start:      e.Start,
				End:        e.End,
				Precision:  e.Precision,
				Value:      e.Value,
				Status:     store.StatusAuto,
				Confidence: e.Confidence,
			},
			Mention:      mention,
			PassageStart: e.PassageStart,
			PassageEnd:   e.PassageEnd,
		})
	}
	return imp
}

// Redate re-extracts a stored document against a new DCT (or language) and
// replaces its automatic events, keeping what the user reviewed.
func (im *Importer) Redate(ctx context.Context, docID int64, doc Doc, o Options) error {
	res := im.Tagger.Extract(doc.Text, extract.Options{Lang: o.Lang, DCT: o.DCT})
	if !o.DCT.IsZero() {
		res.DCT.Source = store.DCTUser
	}
	if err := im.Store.ReplaceExtraction(ctx, docID, Convert(doc, res)); err != nil {
		return err
	}
	return nil
}
