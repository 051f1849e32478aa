// Command zaman turns news articles into a timeline. With no subcommand it
// opens the GUI; with one (import, extract, events, export) it runs the
// command line. See README.md.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	fyneapp "fyne.io/fyne/v2/app"

	zapp "zaman/app"
	"zaman/cli"
)

const appID = "org.zaman.app" // as in FyneApp.toml

func main() {
	if len(os.Args) > 1 && cli.IsCommand(os.Args[1]) {
		os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(runGUI(os.Args[1:]))
}

func runGUI(args []string) int {
	fs := flag.NewFlagSet("zaman", flag.ContinueOnError)
	db := fs.String("db", "", "database file (default: the one chosen in Preferences, else "+cli.DefaultDBPath()+")")
	at := fs.String("at", "", "open with the first event on this date (YYYY-MM-DD) selected")
	size := fs.String("size", "", "window size in pixels, WIDTHxHEIGHT")
	uiLang := fs.String("ui-lang", "", "interface language for this run: en, fr or ar (default: the one in Preferences)")
	review := fs.Bool("review", false, "open the review queue at start")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		fmt.Fprintln(os.Stderr, "zaman: run 'zaman --help' for the commands")
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "zaman: unknown command %q; run 'zaman --help' for the list\n", fs.Arg(0))
		return 2
	}
	switch *uiLang {
	case "", "en", "fr", "ar":
	default:
		fmt.Fprintf(os.Stderr, "zaman: interface language %q is not available: use en, fr or ar\n", *uiLang)
		return 2
	}
	opts := zapp.Options{At: *at, UILang: *uiLang, Review: *review}
	if *size != "" {
		w, h, ok := parseSize(*size)
		if !ok {
			fmt.Fprintf(os.Stderr, "zaman: window size %q not understood: write WIDTHxHEIGHT, e.g. 1400x900\n", *size)
			return 2
		}
		opts.Width, opts.Height = w, h
	}

	a := fyneapp.NewWithID(appID)
	path := *db
	if path == "" {
		path = a.Preferences().StringWithFallback(zapp.PrefDatabase, cli.DefaultDBPath())
	}
	return zapp.Run(a, path, opts)
}

func parseSize(s string) (w, h float32, ok bool) {
	ws, hs, found := strings.Cut(strings.ToLower(s), "x")
	if !found {
		return 0, 0, false
	}
	wi, err1 := strconv.Atoi(ws)
	hi, err2 := strconv.Atoi(hs)
	if err1 != nil || err2 != nil || wi < 200 || hi < 150 {
		return 0, 0, false
	}
	return float32(wi), float32(hi), true
}
