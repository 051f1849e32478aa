package timeline

// Span is a horizontal extent [X0, X1) in pixels.
type Span struct{ X0, X1 float64 }

// PackLanes assigns each span (in the given order; sort by X0 for the usual
// greedy result) to the lowest lane where it does not overlap an earlier
// span, keeping gap pixels between neighbours. Spans that find no lane below
// maxLanes get -1. The result has one entry per span.
func PackLanes(spans []Span, gap float64, maxLanes int) []int {
	out := make([]int, len(spans))
	ends := make([]float64, 0, 16) // right end of the last span in each lane
	for i, s := range spans {
		out[i] = -1
		for l, e := range ends {
			if s.X0 >= e+gap {
				ends[l] = s.X1
				out[i] = l
				break
			}
		}
		if out[i] < 0 && len(ends) < maxLanes {
			ends = append(ends, s.X1)
			out[i] = len(ends) - 1
		}
	}
	return out
}
