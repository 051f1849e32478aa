// Package export writes Zaman's timelines and data out, and reads data
// back in.
//
// Pictures (PNG, SVG, PDF) show the same Scene as the GUI's timeline widget
// — built by timeline.BuildScene and drawn by timeline.Render or
// timeline.WriteSVG — with, around it, an optional title, a legend of the
// marks, statuses and colours, and numbered source notes: every event that
// has sources and is drawn on its own carries a number in its label, and
// the note with that number gives the document, its date and the passage.
// All document-derived text is laid out by package text, so Arabic is shaped
// and ordered right in every format: as pixels in PNG and PDF (the PDF pages
// are high-resolution images, since the PDF library cannot shape Arabic),
// as <text> runs with direction="rtl" in SVG.
//
// Data: a lossless JSON dump of the whole database (documents with their
// text, mentions, events, sources, tags, annotations) that ImportJSON reads
// back, a CSV of events, TimelineJS3 JSON and iCalendar (RFC 5545). CSV with
// a column mapping and TimelineJS3 JSON can be imported too. Every import
// is one store transaction: it is written whole or not at all.
//
// WriteFile writes through a temporary file and a rename, so a failed
// export never leaves a half-written file under the user's name.
//
// The package does not import Fyne; everything in it is safe for
// concurrent use on different values.
package export
