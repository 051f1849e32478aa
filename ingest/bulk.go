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
}

// Bulk imports files into st: reading, parsing and extraction run in a
// pool of opts.Workers goroutines while one writer stores the documents in
// the order of files, each in its own transaction (store.ImportDocument), so
// a crash or a failure never leaves a half-imported document and a document
// seen twice is stored once.
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
	window := make(chan struct{}, 4*workers)
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
	for p := range results {
		pending[p.idx] = p
		for fatal == nil {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if err := ctx.Err(); err != nil {
				fatal = err
				break
			}
			r, err := write(ctx, st, p)
			rep.Done++
			switch {
			case err != nil:
				rep.Failed++
				if rep.FirstErr == nil {
					rep.FirstErr = err
				}
				if Fatal(err) {
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
		if fatal != nil {
			cancel() // workers and the feeder stop; results drains
		}
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

func write(ctx context.Context, st *store.Store, p prepared) (Report, error) {
	if p.err != nil {
		return p.rep, p.err
	}
	id, dup, err := st.ImportDocument(ctx, p.imp)
	p.rep.DocID, p.rep.Dup = id, dup
	if err != nil {
		return p.rep, fmt.Errorf("import %s: %w", p.rep.Origin, err)
	}
	return p.rep, nil
}

// Fatal reports whether err, met while importing one file, is one every
// later file would meet as well (disk full, read-only, locked or damaged
// database, cancelled), so a bulk import stops on it.
func Fatal(err error) bool {
	return err != nil && errors.Is(err, store.ErrFull) || errors.Is(err, store.ErrReadOnly) ||
		errors.Is(err, store.ErrLocked) || errors.Is(err, store.ErrCorrupt) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
