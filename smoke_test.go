package main

import (
	"context"
	"fmt"
	"image"
	"image/color"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSmokeGUI builds the real binary, starts it under Xvfb on a fresh
// database (so the bundled sample is imported through the user's path),
// asks it to select the event of 2025-06-25, takes a screenshot of the
// screen with ImageMagick and checks what a person would see: a window that
// is drawn, a timeline with markers and a highlighted passage.
//
// Without Xvfb the test is skipped, unless ZAMAN_SMOKE=require (make test
// sets it, and installs Xvfb first), in which case it fails.
func TestSmokeGUI(t *testing.T) {
	if testing.Short() {
		t.Skip("smoke test starts the real app; skipped with -short")
	}
	require := os.Getenv("ZAMAN_SMOKE") == "require"
	for _, tool := range []string{"Xvfb", "import", "xwininfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			if require {
				t.Fatalf("%s not found: install xvfb, imagemagick and x11-utils (make test does)", tool)
			}
			t.Skipf("%s not found; install xvfb, imagemagick and x11-utils to run the GUI smoke test", tool)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "zaman")
	build := exec.Command("go", "build", "-tags", "sqlite_fts5 migrated_fynedo", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}

	display := fmt.Sprintf(":%d", 90+os.Getpid()%400)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	xvfb := exec.CommandContext(ctx, "Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
	if err := xvfb.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	defer func() { _ = xvfb.Process.Kill(); _ = xvfb.Wait() }()
	env := append(os.Environ(), "DISPLAY="+display, "LANG=en_US.UTF-8", "HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir)
	waitFor(t, 20*time.Second, func() bool {
		return exec.Command("xwininfo", "-display", display, "-root").Run() == nil
	}, "Xvfb did not start")

	db := filepath.Join(dir, "smoke.db")
	app := exec.CommandContext(ctx, bin, "--db", db, "--at", "2025-06-25", "--size", "1600x1000")
	app.Env = env
	var logs strings.Builder
	app.Stdout, app.Stderr = &logs, &logs
	if err := app.Start(); err != nil {
		t.Fatalf("start zaman: %v", err)
	}
	defer func() { _ = app.Process.Kill(); _ = app.Wait() }()
	waitFor(t, 60*time.Second, func() bool {
		out, _ := exec.Command("xwininfo", "-display", display, "-root", "-tree").Output()
		return strings.Contains(string(out), "Zaman")
	}, "the Zaman window did not appear; logs:\n"+logs.String())
	time.Sleep(6 * time.Second) // first-run import of the sample, then drawing

	shot := filepath.Join(dir, "smoke.png")
	if out, err := exec.Command("import", "-display", display, "-window", "root", shot).CombinedOutput(); err != nil {
		t.Fatalf("screenshot: %v\n%s", err, out)
	}
	keep := filepath.Join(os.TempDir(), "zaman-smoke.png")
	if b, err := os.ReadFile(shot); err == nil {
		_ = os.WriteFile(keep, b, 0o644)
		t.Logf("screenshot kept at %s", keep)
	}
	img := loadPNG(t, shot)
	st := measure(img)
	t.Logf("screenshot: %d colours, %.2f%% highlight, %.3f%% marker pixels", st.colours, 100*st.highlight, 100*st.marker)
	if st.colours < 50 {
		t.Errorf("screenshot has %d colours: the window looks empty (logs:\n%s)", st.colours, logs.String())
	}
	if st.highlight < 0.002 {
		t.Errorf("no highlighted passage visible (%.3f%% of pixels); logs:\n%s", 100*st.highlight, logs.String())
	}
	if st.marker < 20.0/(1600*1000) {
		t.Errorf("no selected event marker visible on the timeline (%.4f%% of pixels)", 100*st.marker)
	}
	if app.ProcessState != nil {
		t.Errorf("zaman exited early: %s\n%s", app.ProcessState, logs.String())
	}
}

// The smoke test recognises two colours of the palette (app/theme.go, timeline/theme.go):
// the passage highlight and the selected-event marker.
var (
	highlightColour = color.RGBA{0xff, 0xd8, 0x66, 0xff}
	selectedColour  = color.RGBA{0xe0, 0x6c, 0x00, 0xff} // timeline.LightTheme().Selection
)

type shotStats struct {
	colours           int
	highlight, marker float64
}

func measure(img image.Image) shotStats {
	b := img.Bounds()
	seen := map[uint32]bool{}
	var hl, mk, n int
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), 0xff}
			seen[uint32(c.R)<<16|uint32(c.G)<<8|uint32(c.B)] = true
			if near(c, highlightColour, 6) {
				hl++
			}
			if near(c, selectedColour, 6) {
				mk++
			}
			n++
		}
	}
	return shotStats{colours: len(seen), highlight: float64(hl) / float64(n), marker: float64(mk) / float64(n)}
}

func near(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R) <= tol && d(a.G, b.G) <= tol && d(a.B, b.B) <= tol
}

func loadPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	return img
}

func waitFor(t *testing.T, d time.Duration, ok func() bool, msg string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if ok() {
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatal(msg)
}
