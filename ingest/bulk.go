package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"zaman/extract"
	"zaman/store"
)

// BulkOptions are the choices for importing many files at once.
type BulkOptions struct {
	// Workers is how many files are read and run through the extractor at
	// the same time; 0 means one per CPU.
	Workers int
	Lang    string    // "" = detect per document
	DCT     time.Time // zero = from each document
	// Progress, when set, is called after each file with the number of
	// files handled so far and the total. It runs on Bulk's writer
	// goroutine, so it must be quick.
	Progress func(done, total int)
	// File, when set, is called for each file, in the order of files, once
	// it is stored, found to be a duplicate or has failed (err != nil). It
	// runs on the same goroutine as Progress, just before it.
	File func(rep Report, err error)
}

// BulkReport sums up a bulk import.
type BulkReport struct {
	Files      int // files asked for
	Done       int // files handled (stored, duplicate or failed) before Bulk returned
	Imported   int // new documents stored
	Duplicates int // documents already in the database
	Failed     int // files that could not be imported
	Events     int // events stored
	Timexes    int // temporal expressions stored
	FirstErr   error
	Elapsed    time.Duration
	Batches    int // transactions written: Done/Batches is the mean batch size
}

// Bulk imports files into st: reading, parsing and extraction run in a
// pool of opts.Workers goroutines while one writer stores the documents in
// the order of files, those that are ready together in one transaction
// (store.ImportDocuments), each document all or nothing, so a crash or a
// failure never leaves a half-imported document and a document seen twice
// is stored once.
//
// A file that cannot be read or parsed is counted as failed and the import
// goes on. An error that every later file would meet too (disk full,
// read-only or locked database, damaged file) stops the import and is
// returned, as is the context's error when ctx is cancelled; documents
// stored before that are kept.
func Bulk(ctx context.Context, st *store.Store, files []string, opts BulkOptions) (BulkReport, error) {
	t0 := time.Now()
	rep := BulkReport{Files: len(files)}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(files), 1))
	tagger := extract.New()
	o := Options{Lang: opts.Lang, DCT: opts.DCT}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// window bounds the files extracted but not yet written, so memory
	// stays flat whatever the number of files; results come back out of
	// order and wait in pending until their turn.
	window := make(chan struct{}, max(4*workers, 2*maxBatch))
	jobs := make(chan int)
	results := make(chan prepared, workers)

	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				p := prepare(tagger, i, files[i], o)
				select {
				case results <- p:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var fatal error
	pending := map[int]prepared{}
	next := 0
	record := func(r Report, err error) {
		rep.Done++
		switch {
		case err != nil:
			rep.Failed++
			if rep.FirstErr == nil {
				rep.FirstErr = err
			}
			if Fatal(err) && fatal == nil {
				fatal = err
			}
		case r.Dup:
			rep.Duplicates++
		default:
			rep.Imported++
			rep.Events += r.Events
			rep.Timexes += r.Timexes
		}
		if opts.File != nil {
			opts.File(r, err)
		}
		if opts.Progress != nil {
			opts.Progress(rep.Done, rep.Files)
		}
	}
	ready := func() int {
		n := 0
		for {
			if _, ok := pending[next+n]; !ok {
				return n
			}
			n++
		}
	}
	lastFlush := time.Now()
	flush := func() {
		// The documents ready in file order go to the store together, in
		// batches of at most maxBatch.
		for fatal == nil {
			var batch []prepared
			for len(batch) < maxBatch {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-window
				batch = append(batch, p)
			}
			if len(batch) == 0 {
				break
			}
			if err := ctx.Err(); err != nil {
				fatal = err
				break
			}
			writeBatch(ctx, st, batch, record)
			rep.Batches++
		}
		lastFlush = time.Now()
		if fatal != nil {
			cancel() // workers and the feeder stop; results drains
		}
	}
	for p := range results {
		pending[p.idx] = p
		if fatal != nil {
			continue // drain
		}
		// Wait for a full batch unless the last write is a while ago, so
		// that progress keeps moving when extraction is the slow part.
		if ready() >= maxBatch || time.Since(lastFlush) >= flushEvery {
			flush()
		}
	}
	if fatal == nil {
		flush()
	}
	rep.Elapsed = time.Since(t0)
	if fatal == nil && rep.Done < rep.Files {
		// The caller cancelled while files were being extracted.
		if fatal = ctx.Err(); fatal == nil {
			fatal = context.Canceled
		}
	}
	return rep, fatal
}

// prepared is a file read and extracted, ready to be written.
type prepared struct {
	idx int
	rep Report
	imp store.Import
	err error
}

func prepare(tg *extract.Tagger, idx int, path string, o Options) prepared {
	doc, err := ReadFile(path)
	if err != nil {
		return prepared{idx: idx, rep: Report{Origin: path}, err: err}
	}
	doc.Origin = path
	imp, res := extractDoc(tg, doc, o)
	return prepared{idx: idx, imp: imp, rep: Report{Origin: path, Title: doc.Title, Lang: res.Lang, DCT: res.DCT,
		Timexes: len(res.Timexes), Events: len(res.Events)}}
}

// maxBatch is the most documents written in one transaction (each one
// all or nothing within it): fewer transactions make a bulk import about
// twice as fast (docs/PERFORMANCE.md).
const maxBatch = 50

// flushEvery is the longest the writer holds ready documents back while it
// waits for a full batch.
const flushEvery = 250 * time.Millisecond

// writeBatch stores the documents of batch in one transaction and records
// each outcome in file order.
func writeBatch(ctx context.Context, st *store.Store, batch []prepared, record func(Report, error)) {
	var imps []store.Import
	for _, p := range batch {
		if p.err == nil {
			imps = append(imps, p.imp)
		}
	}
	results, err := st.ImportDocuments(ctx, imps)
	k := 0
	for _, p := range batch {
		if p.err != nil {
			record(p.rep, p.err)
			continue
		}
		r := p.rep
		switch {
		case err != nil:
			record(r, fmt.Errorf("import %s: %w", r.Origin, err))
		case results[k].Err != nil:
			record(r, fmt.Errorf("import %s: %w", r.Origin, results[k].Err))
		default:
			r.DocID, r.Dup = results[k].DocID, results[k].Dup
			record(r, nil)
		}
		k++
	}
}

// Fatal reports whether err, met while importing one file, is one every
// later file would meet as well (disk full, read-only, locked or damaged
// database, cancelled), so a bulk import stops on it.
func Fatal(err error) bool {
	return err != nil && errors.Is(err, store.ErrFull) || errors.Is(err, store.ErrReadOnly) ||
		errors.Is(err, store.ErrLocked) || errors.Is(err, store.ErrCorrupt) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
