// Command dump prints what the tagger finds in a file (development aid).
package main

import (
	"fmt"
	"os"
	"time"

	"zaman/extract"
)

func main() {
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var o extract.Options
	if len(os.Args) > 2 {
		o.DCT, _ = time.Parse("2006-01-02", os.Args[2])
	}
	r := extract.New().Extract(string(b), o)
	fmt.Printf("lang=%s dct=%+v\n", r.Lang, r.DCT)
	for i, t := range r.Timexes {
		fmt.Printf("T%d %d-%d %q %s %s %s\n", i, t.Start, t.End, t.Text, t.Type, t.Value, t.Mod)
	}
	for _, e := range r.Events {
		fmt.Printf("E %s..%s %s %s T%d conf=%.2f title=%q\n", e.Start.Format("2006-01-02"), e.End.Format("2006-01-02"), e.Precision, e.Value, e.Timex, e.Confidence, e.Title)
	}
}
