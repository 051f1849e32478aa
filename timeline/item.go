package timeline

import (
	"image/color"
	"time"
)

// Precision values of Item.Precision (see docs/ARCHITECTURE.md).
const (
	PrecMinute     = "minute"
	PrecHour       = "hour"
	PrecDay        = "day"
	PrecWeek       = "week"
	PrecMonth      = "month"
	PrecQuarter    = "quarter"
	PrecSeason     = "season"
	PrecYear       = "year"
	PrecDecade     = "decade"
	PrecCentury    = "century"
	PrecMillennium = "millennium"
)

// Status values of Item.Status.
const (
	StatusAuto     = "auto"
	StatusAccepted = "accepted"
	StatusRejected = "rejected"
	StatusEdited   = "edited"
)

// Item is one dated thing on the timeline.
type Item struct {
	ID         int64
	Start, End time.Time // UTC, End exclusive
	Precision  string    // minute hour day week month quarter season year decade century millennium
	Label      string
	Lane       string      // grouping key (document, tag); "" = none
	Color      color.Color // nil = theme default
	Status     string      // auto accepted rejected edited
	Sources    int         // number of supporting passages
	Notes      int         // number of the user's annotations on the item
}

// end returns the item's end, or its start when End is unset.
func (it Item) end() time.Time {
	if it.End.After(it.Start) {
		return it.End
	}
	return it.Start
}
