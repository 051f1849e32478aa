package app

import (
	"context"
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/store"
	"zaman/textview"
)

// notesPanel is the user's annotations: the notes of the selected event, an
// editor that saves as you type (with a preview drawn by text, since Fyne's
// Entry cannot order Arabic), notes on a passage selected in the source
// pane, and the list of every note.
type notesPanel struct {
	a       *App
	eventID int64

	list    *fyne.Container // notes of the event
	editor  *widget.Entry
	preview *textview.Label
	info    *widget.Label
	all     *fyne.Container // every note
	onSel   *widget.Button  // "note on the selected passage"

	mu      sync.Mutex
	editing store.Annotation // the note in the editor (ID 0 = not saved yet)
	pending *time.Timer
	loading bool
	saves   int // saves finished, undo steps recorded (tests wait on it)
}

const autosaveDelay = 600 * time.Millisecond

func newNotesPanel(a *App) *notesPanel {
	n := &notesPanel{a: a, list: container.NewVBox(), all: container.NewVBox(), preview: textview.NewLabel(""),
		info: widget.NewLabel("")}
	n.editor = widget.NewMultiLineEntry()
	n.editor.SetPlaceHolder(tr("Write a note; it is saved as you type."))
	n.editor.SetMinRowsVisible(4)
	n.editor.Wrapping = fyne.TextWrapWord
	n.editor.OnChanged = n.onTyped
	n.preview.SetMaxLines(12)
	n.info.Importance = widget.LowImportance
	n.onSel = widget.NewButtonWithIcon(tr("Note on selected passage"), theme.ContentAddIcon(), n.newPassageNote)
	return n
}

func (n *notesPanel) object() fyne.CanvasObject {
	newNote := widget.NewButtonWithIcon(tr("New note"), theme.DocumentCreateIcon(), n.newEventNote)
	return container.NewVScroll(container.NewVBox(
		widget.NewLabelWithStyle(tr("Notes on this event"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		n.list,
		container.NewHBox(newNote, n.onSel),
		n.editor, n.preview, n.info,
		widget.NewSeparator(),
		widget.NewLabelWithStyle(tr("All notes"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		n.all,
	))
}

// showEvent lists the notes of the event (0: none selected).
func (n *notesPanel) showEvent(id int64) {
	if id != n.eventID {
		n.flush()
		n.eventID = id
		n.load(store.Annotation{EventID: id})
	}
	n.reloadEvent()
}

func (n *notesPanel) reloadEvent() {
	id := n.eventID
	if id == 0 {
		n.list.RemoveAll()
		return
	}
	spawn(func() {
		notes, err := n.a.st.Annotations(n.a.ctx, store.AnnotationFilter{EventID: id})
		if err != nil {
			n.a.showError(tr("read notes"), err)
			return
		}
		runUI(func() {
			if n.eventID != id {
				return
			}
			n.list.RemoveAll()
			for _, note := range notes {
				n.list.Add(n.noteRow(note))
			}
			if len(notes) == 0 {
				n.list.Add(widget.NewLabel(tr("No notes yet.")))
			}
		})
	})
}

// reloadAll refreshes the list of every note.
func (n *notesPanel) reloadAll() {
	spawn(func() {
		notes, err := n.a.st.Annotations(n.a.ctx, store.AnnotationFilter{Limit: 500})
		if err != nil {
			n.a.showError(tr("read notes"), err)
			return
		}
		runUI(func() {
			n.all.RemoveAll()
			for _, note := range notes {
				n.all.Add(n.noteRow(note))
			}
			if len(notes) == 0 {
				n.all.Add(widget.NewLabel(tr("No notes yet.")))
			}
		})
		runUI(n.reloadEvent) // it touches widgets
	})
}

func (n *notesPanel) noteRow(note store.Annotation) fyne.CanvasObject {
	body := textview.NewLabel(note.Body)
	body.SetMaxLines(3)
	body.SetTruncate(true)
	when := widget.NewLabel(noteTimes(note))
	when.Importance = widget.LowImportance
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { n.delete(note) })
	return container.NewBorder(nil, nil, nil, del, newTapBox(container.NewVBox(body, when), func() { n.open(note) }))
}

func noteTimes(a store.Annotation) string {
	s := tr("created") + " " + a.CreatedAt.Local().Format("2006-01-02 15:04")
	if a.UpdatedAt.After(a.CreatedAt) {
		s += " · " + tr("updated") + " " + a.UpdatedAt.Local().Format("2006-01-02 15:04")
	}
	if a.HasPassage() {
		s += " · " + tr("on a passage")
	}
	return s
}

// open loads a note into the editor and shows what it is about.
func (n *notesPanel) open(note store.Annotation) {
	n.flush()
	n.load(note)
	switch {
	case note.EventID != 0 && note.EventID != n.a.selected:
		n.a.selectEvent(note.EventID, originCommand)
	case note.HasPassage():
		n.a.showSource(store.Source{DocumentID: note.DocumentID, PassageStart: note.PassageStart,
			PassageEnd: note.PassageEnd, MentionStart: -1, MentionEnd: -1})
	}
}

func (n *notesPanel) load(note store.Annotation) {
	n.mu.Lock()
	n.editing = note
	n.mu.Unlock()
	n.loading = true
	n.editor.SetText(note.Body)
	n.loading = false
	n.preview.SetText(note.Body)
	if note.ID != 0 {
		n.info.SetText(noteTimes(note))
	} else {
		n.info.SetText("")
	}
}

func (n *notesPanel) newEventNote() {
	if n.a.selected == 0 {
		n.a.status.set(tr("Select an event first, or select a passage in the source pane."))
		return
	}
	n.flush()
	n.load(store.Annotation{EventID: n.a.selected})
	n.a.win.Canvas().Focus(n.editor)
}

func (n *notesPanel) newPassageNote() {
	start, end := n.a.source.view.Selection()
	if end <= start || n.a.source.docID == 0 {
		n.a.status.set(tr("Select a passage in the source pane first (drag over the text)."))
		return
	}
	n.flush()
	n.load(store.Annotation{DocumentID: n.a.source.docID, PassageStart: start, PassageEnd: end})
	n.a.inspector.tabs.SelectIndex(1)
	n.a.win.Canvas().Focus(n.editor)
}

func (n *notesPanel) onTyped(s string) {
	n.preview.SetText(s)
	if n.loading {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.editing.EventID == 0 && n.editing.DocumentID == 0 {
		return // nothing to attach the note to
	}
	n.editing.Body = s
	if n.pending != nil {
		cancelAfter(n.pending)
	}
	n.pending = after(autosaveDelay, func() { n.save() })
	n.info.SetText(tr("Saving…"))
}

// flush saves the note being typed now instead of after the delay.
func (n *notesPanel) flush() {
	n.mu.Lock()
	p := n.pending
	n.pending = nil
	n.mu.Unlock()
	if cancelAfter(p) {
		n.save()
	}
}

// save writes the note in the editor: a new one is added, an existing one
// updated; an emptied note is kept until deleted explicitly. Each save is
// an undo step, consecutive saves of one note coalescing into one.
func (n *notesPanel) save() {
	n.mu.Lock()
	note := n.editing
	n.mu.Unlock()
	ctx := n.a.ctx
	if note.ID == 0 {
		if note.Body == "" {
			return
		}
		id, err := n.a.st.AddAnnotation(ctx, note)
		if err != nil {
			n.a.showError(tr("save the note"), err)
			return
		}
		note.ID = id
		n.mu.Lock()
		if n.editing.ID == 0 && n.editing.EventID == note.EventID && n.editing.DocumentID == note.DocumentID {
			n.editing.ID = id
		}
		n.mu.Unlock()
		created := note
		runUI(func() {
			n.a.pushEdit(edit{label: tr("add note"), key: fmt.Sprintf("note:%d", id),
				undo: func(ctx context.Context) error { return n.a.st.DeleteAnnotation(ctx, id) },
				redo: func(ctx context.Context) error { return n.restore(ctx, created) },
			})
		})
	} else {
		old, err := n.a.st.Annotation(ctx, note.ID)
		if err != nil {
			n.a.showError(tr("save the note"), err)
			return
		}
		if old.Body == note.Body {
			runUI(func() { n.info.SetText(noteTimes(old)) })
			return
		}
		if err := n.a.st.UpdateAnnotation(ctx, note); err != nil {
			n.a.showError(tr("save the note"), err)
			return
		}
		after, err := n.a.st.Annotation(ctx, note.ID)
		if err != nil {
			n.a.showError(tr("save the note"), err)
			return
		}
		// Undo and redo put the whole note back as it was (times included),
		// so a redo also works after the undo of the note's creation.
		runUI(func() {
			n.a.pushEdit(edit{label: tr("edit note"), key: fmt.Sprintf("note:%d", note.ID),
				undo: func(ctx context.Context) error { return n.restore(ctx, old) },
				redo: func(ctx context.Context) error { return n.restore(ctx, after) },
			})
		})
	}
	saved, err := n.a.st.Annotation(ctx, note.ID)
	runUI(func() {
		if err == nil {
			n.info.SetText(tr("Saved") + " · " + noteTimes(saved))
		}
		n.saves++
	})
	n.reloadAll()
	n.a.tl.reloadKeepView()
}

// restore puts a deleted note back with its id.
func (n *notesPanel) restore(ctx context.Context, note store.Annotation) error {
	return n.a.st.RestoreAnnotation(ctx, note)
}

func (n *notesPanel) delete(note store.Annotation) {
	spawn(func() {
		full, err := n.a.st.Annotation(n.a.ctx, note.ID)
		if err != nil {
			n.a.showError(tr("delete the note"), err)
			return
		}
		if err := n.a.st.DeleteAnnotation(n.a.ctx, note.ID); err != nil {
			n.a.showError(tr("delete the note"), err)
			return
		}
		runUI(func() {
			n.a.pushEdit(edit{label: tr("delete note"),
				undo: func(ctx context.Context) error { return n.restore(ctx, full) },
				redo: func(ctx context.Context) error { return n.a.st.DeleteAnnotation(ctx, full.ID) },
			})
			n.mu.Lock()
			if n.editing.ID == full.ID {
				n.mu.Unlock()
				n.load(store.Annotation{EventID: n.eventID})
			} else {
				n.mu.Unlock()
			}
			n.a.status.set(tr("Note deleted. Ctrl+Z brings it back."))
		})
		n.reloadAll()
		n.a.tl.reloadKeepView()
	})
}
