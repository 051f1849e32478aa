// Package cli is Zaman's command line: import, extract, events and export,
// run by the same binary as the GUI. Each command prints its result to
// stdout and, on failure, one line to stderr that says what to do, with a
// non-zero exit code.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"zaman/ingest"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command ran and failed
	exitUsage = 2 // the command line is wrong
)

// Commands lists the subcommands, in the order --help shows them.
var Commands = []string{"import", "extract", "events", "export", "import-data"}

// IsCommand reports whether arg names a subcommand (or asks for help), so
// main knows to run the command line instead of the GUI.
func IsCommand(arg string) bool {
	switch arg {
	case "-h", "-help", "--help", "help", "version", "--version":
		return true
	}
	for _, c := range Commands {
		if c == arg {
			return true
		}
	}
	return false
}

// DefaultDBPath is where the database lives unless --db or ZAMAN_DB says
// otherwise: $XDG_DATA_HOME/zaman/zaman.db (~/.local/share/zaman/zaman.db).
func DefaultDBPath() string {
	if p := os.Getenv("ZAMAN_DB"); p != "" {
		return p
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			home = os.TempDir()
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "zaman", "zaman.db")
}

// Version is the version printed by `zaman version`; main sets it from
// FyneApp.toml's metadata.
var Version = "dev"

// Run executes the command line args (without the program name) and
// returns the process exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	c := &command{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		c.usage()
		return exitUsage
	}
	var err error
	switch args[0] {
	case "-h", "-help", "--help", "help":
		c.usage()
		return exitOK
	case "version", "--version":
		fmt.Fprintln(stdout, "zaman", Version)
		return exitOK
	case "import":
		err = c.importCmd(ctx, args[1:])
	case "extract":
		err = c.extractCmd(ctx, args[1:])
	case "events":
		err = c.eventsCmd(ctx, args[1:])
	case "export":
		err = c.exportCmd(ctx, args[1:])
	case "import-data":
		err = c.importDataCmd(ctx, args[1:])
	default:
		fmt.Fprintf(stderr, "zaman: unknown command %q; run 'zaman --help' for the list\n", args[0])
		return exitUsage
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, new(usageError)):
		fmt.Fprintln(stderr, "zaman:", err)
		return exitUsage
	default:
		fmt.Fprintln(stderr, "zaman:", ingest.Explain(err))
		return exitError
	}
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

type command struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func (c *command) usage() {
	fmt.Fprint(c.stdout, `Zaman turns news articles (Arabic, French, English) into a timeline.

Usage:
  zaman                          open the GUI on the default database
  zaman [--db FILE] [--at YYYY-MM-DD] [--ui-lang en|fr|ar] [--review] [--size WxH]
                                 open the GUI on FILE, with the first event of a day
                                 selected, in another interface language, with the
                                 review queue open, at a window size
  zaman import  [--db F] [--lang L] [--dct D] FILE...
                                 import documents and extract their events
  zaman extract [--lang L] [--dct D] [--format json|text] FILE|-
                                 print mentions and events, store nothing
  zaman extract --jsonl          stdin: {"id","lang","dct","text"} per line;
                                 stdout: {"id","lang","dct","timexes","events"} per line
  zaman events  [--db F] [--format text|json|csv] [--from D] [--to D] [--q TEXT]
  zaman export  [--db F] --out FILE.(png|svg|pdf|json|csv|ics|timelinejs.json) [--from D] [--to D]
                [--width N] [--scale S] [--title T] [--notes] [--legend] [--page A4|A3]
                                 pictures, all of the data (.json), events (.csv, .ics, TimelineJS)
  zaman import-data [--db F] [--format zaman|csv|timelinejs] [--map field=Column,...] FILE
                                 import a Zaman .json export, a CSV of events or TimelineJS JSON
  zaman version

Dates (D) are written YYYY, YYYY-MM or YYYY-MM-DD. Languages (L) are ar, fr, en.
The default database is `+DefaultDBPath()+` (set ZAMAN_DB to change it).
Run 'zaman COMMAND --help' for a command's options.
`)
}

// newFlagSet builds a command's flag set that reports errors as usage
// errors instead of exiting.
func (c *command) newFlagSet(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.stdout)
	fs.Usage = func() {
		fmt.Fprintf(c.stdout, "Usage: zaman %s %s\n\nOptions:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args into fs, turning flag errors into usage errors. The
// flag package prints the error itself only with Usage; we print one line.
func parse(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(interleave(fs, args))
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(nil)
		return err
	}
	if err != nil {
		return usagef("%s: %v (run 'zaman %s --help')", fs.Name(), err, fs.Name())
	}
	return nil
}

// interleave moves flags that follow positional arguments to the front, so
// `zaman extract FILE --format json` works as people type it.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
					continue
				}
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

// parseDate reads a user-typed date bound: YYYY, YYYY-MM or YYYY-MM-DD.
// end selects the exclusive end of the period instead of its start.
func parseDate(s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := ingest.ParseDay(s, end)
	if err != nil {
		return time.Time{}, usageError{strings.TrimSuffix(err.Error(), ": "+ingest.ErrBadInput.Error())}
	}
	return t, nil
}

func checkLang(l string) error {
	switch l {
	case "", "ar", "fr", "en":
		return nil
	}
	return usagef("language %q is not supported: use ar, fr or en", l)
}
