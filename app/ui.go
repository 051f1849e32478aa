package app

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
)

// Fyne's headless test driver runs fyne.Do callbacks on the calling
// goroutine rather than on one UI goroutine, so two background tasks could
// touch widgets at once there. Under that driver our callbacks take uiMu;
// under the real driver they already run one at a time on the UI goroutine.
var (
	uiMu      sync.Mutex
	serialise atomic.Bool
)

// noteDriver decides whether callbacks must be serialised by us.
func noteDriver(fa fyne.App) {
	serialise.Store(strings.HasPrefix(fmt.Sprintf("%T", fa.Driver()), "*test."))
}

// runUI runs fn on the UI goroutine, later. Safe from any goroutine.
func runUI(fn func()) { fyne.Do(guarded(fn)) }

// runUIWait runs fn on the UI goroutine and waits for it. Never call it
// from the UI goroutine.
func runUIWait(fn func()) { fyne.DoAndWait(guarded(fn)) }

func guarded(fn func()) func() {
	return func() {
		if serialise.Load() {
			uiMu.Lock()
			defer uiMu.Unlock()
		}
		fn()
	}
}

// background counts the goroutines the window started (queries, imports,
// saves), so that tests can wait for them before tearing the app down.
var background sync.WaitGroup

// spawn runs fn in a goroutine counted by background.
func spawn(fn func()) {
	background.Add(1)
	go func() {
		defer background.Done()
		fn()
	}()
}

// after is time.AfterFunc whose pending call counts as background work.
// Stop it with cancelAfter.
func after(d time.Duration, fn func()) *time.Timer {
	background.Add(1)
	return time.AfterFunc(d, func() {
		defer background.Done()
		fn()
	})
}

// cancelAfter stops a timer made by after and reports whether its call was
// cancelled (false when it has run or is running).
func cancelAfter(t *time.Timer) bool {
	if t != nil && t.Stop() {
		background.Done()
		return true
	}
	return false
}
