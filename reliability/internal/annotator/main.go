// Command annotator saves annotations into a Zaman database in a loop, as
// the GUI's notes panel does, so the crash test can kill it with SIGKILL at
// random moments. It is a test helper, not part of the product.
//
//	annotator DB FIRST
//
// It adds annotation FIRST, FIRST+1, ... on the first event of DB and, every
// third one, rewrites an earlier one. After each commit it prints one line
// to stdout: "add ID SEQ" or "upd ID SEQ"; Body(SEQ) is the body it saved.
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"

	"zaman/reliability/internal/notes"
	"zaman/store"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: annotator DB FIRST")
		os.Exit(2)
	}
	first, err := strconv.Atoi(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "annotator:", err)
		os.Exit(2)
	}
	if err := run(os.Args[1], first); err != nil {
		fmt.Fprintln(os.Stderr, "annotator:", err)
		os.Exit(1)
	}
}

func run(path string, seq int) error {
	ctx := context.Background()
	st, err := store.Open(path)
	if err != nil {
		return err
	}
	defer st.Close()
	evs, err := st.Events(ctx, store.EventFilter{Limit: 1})
	if err != nil {
		return err
	}
	if len(evs) == 0 {
		return fmt.Errorf("no event to annotate in %s", path)
	}
	ev := evs[0].ID
	var ids []int64
	for ; ; seq++ {
		if seq%3 == 2 && len(ids) > 0 {
			id := ids[seq%len(ids)]
			if err := st.UpdateAnnotation(ctx, store.Annotation{ID: id, Body: notes.Body(seq)}); err != nil {
				return err
			}
			fmt.Fprintf(os.Stdout, "upd %d %d\n", id, seq)
			continue
		}
		id, err := st.AddAnnotation(ctx, store.Annotation{EventID: ev, Body: notes.Body(seq)})
		if err != nil {
			return err
		}
		ids = append(ids, id)
		fmt.Fprintf(os.Stdout, "add %d %d\n", id, seq)
	}
}
