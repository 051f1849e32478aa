// Package timeline turns dated items into a picture of time: pure geometry
// (Scale, Ticks, lane packing, clustering), a Scene built from items and a
// view, one raster renderer shared by the Fyne widget and the PNG export, an
// SVG writer, and the interactive Fyne Widget that hosts it all.
//
// Times are UTC instants; intervals are [Start, End) with a precision that
// says how much of the interval is actually known. Internally time is float64
// seconds since the Unix epoch, which covers BCE dates and minute spans alike.
//
// All labels that come from documents are laid out and drawn by package text,
// so Arabic titles are shaped and ordered correctly in every output.
package timeline
