package app

import (
	"context"
	"fmt"
	"slices"

	"zaman/store"
)

// edit is one undoable change. undo and redo run off the UI goroutine.
type edit struct {
	label      string
	undo, redo func(ctx context.Context) error
	// key, when set, lets consecutive edits of the same thing (typing in
	// a note) coalesce into one undo step.
	key string
}

// history is the undo/redo stack. It is used from the UI goroutine only.
type history struct {
	done, undone []edit
}

const maxHistory = 500

// drop removes the newest step with this label (an edit that failed).
func (h *history) drop(label string) {
	for i := len(h.done) - 1; i >= 0; i-- {
		if h.done[i].label == label {
			h.done = slices.Delete(h.done, i, i+1)
			return
		}
	}
}

func (h *history) push(e edit) {
	if e.key != "" && len(h.done) > 0 && h.done[len(h.done)-1].key == e.key {
		last := &h.done[len(h.done)-1]
		last.redo = e.redo // keep the first undo, take the latest redo
	} else {
		h.done = append(h.done, e)
		if len(h.done) > maxHistory {
			h.done = slices.Delete(h.done, 0, len(h.done)-maxHistory)
		}
	}
	h.undone = nil
}

// changeEvents runs op, an edit of the events ids (plus any it creates,
// which op returns), as one undoable step: the events are snapshotted
// before and after, and undo/redo restore those snapshots. The step enters
// the history at once (so an immediate Ctrl+Z undoes it, waiting for it to
// finish); op runs in the background and the window is refreshed when it is
// done; then (may be nil) runs on the UI goroutine after the refresh. Call
// it on the UI goroutine.
func (a *App) changeEvents(label string, ids []int64, op func(ctx context.Context) ([]int64, error), then func()) {
	done := make(chan struct{})
	var before, after store.Snapshot
	var failed bool
	e := edit{
		label: label,
		undo: func(ctx context.Context) error {
			<-done
			if failed {
				return nil
			}
			return a.st.Restore(ctx, before)
		},
		redo: func(ctx context.Context) error {
			<-done
			if failed {
				return nil
			}
			return a.st.Restore(ctx, after)
		},
	}
	a.pushEdit(e)
	spawn(func() {
		defer close(done)
		fail := func(err error, show func(string, error)) {
			failed = true
			show(label, err)
			runUI(func() { a.hist.drop(label); a.updateUndoButtons() })
		}
		ctx := a.ctx
		var err error
		if before, err = a.st.Snapshot(ctx, ids...); err != nil {
			fail(err, a.showError)
			return
		}
		created, err := op(ctx)
		if err != nil {
			fail(err, a.reportEditError)
			return
		}
		before.Absent = append(before.Absent, created...)
		if after, err = a.st.Snapshot(ctx, before.IDs()...); err != nil {
			fail(err, a.showError)
			return
		}
		a.refresh(then)
	})
}

// pushEdit records an edit that has already been applied.
func (a *App) pushEdit(e edit) {
	a.hist.push(e)
	a.updateUndoButtons()
}

// Undo reverts the last edit.
func (a *App) Undo() { a.step(true) }

// Redo re-applies the last undone edit.
func (a *App) Redo() { a.step(false) }

func (a *App) step(undo bool) {
	from, to := &a.hist.done, &a.hist.undone
	verb, nothing := tr("Undo"), tr("Nothing to undo")
	if !undo {
		from, to = to, from
		verb, nothing = tr("Redo"), tr("Nothing to redo")
	}
	if len(*from) == 0 {
		a.status.set(nothing)
		return
	}
	e := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, e) // at once, so that a quick Redo finds it
	a.updateUndoButtons()
	spawn(func() {
		run := e.undo
		if !undo {
			run = e.redo
		}
		if err := run(a.ctx); err != nil {
			a.showError(fmt.Sprintf("%s %s", verb, e.label), err)
			runUI(func() {
				if n := len(*to); n > 0 {
					*to = (*to)[:n-1]
				}
				*from = append(*from, e)
				a.updateUndoButtons()
			})
			return
		}
		runUI(func() { a.status.set(verb + ": " + e.label) })
		a.refresh(nil)
	})
}

func (a *App) updateUndoButtons() {
	if a.undoAction == nil {
		return
	}
	setEnabled := func(act interface {
		Enable()
		Disable()
	}, on bool) {
		if on {
			act.Enable()
		} else {
			act.Disable()
		}
	}
	setEnabled(a.undoAction, len(a.hist.done) > 0)
	setEnabled(a.redoAction, len(a.hist.undone) > 0)
}

// reportEditError shows a refused edit (bad value) as information, other
// failures as errors.
func (a *App) reportEditError(label string, err error) {
	if isInvalid(err) {
		a.showInfo(label, ingestExplain(err))
		return
	}
	a.showError(label, err)
}
