// Package textview holds the Fyne widgets that show document-derived text
// (Arabic, French, English, mixed) through package text: Label, for one or a
// few lines, and View, a scrollable, selectable document viewer.
//
// Fyne's own text widgets place bidi runs in logical order and have no
// Arabic font, so every string that comes from a document is shown with
// these widgets instead. Both draw through a canvas.Raster at the canvas
// scale, in the theme's foreground colour, so they follow dark and light
// themes and stay sharp on high-density screens.
//
// Like all Fyne widgets they must be used from the UI goroutine (wrap calls
// from other goroutines in fyne.Do).
package textview
