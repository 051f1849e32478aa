package timeline

// Cluster is a run of consecutive dense buckets, shown as one mark with a
// count instead of the individual items.
type Cluster struct {
	First, Last int // bucket indices, inclusive
	Count       int // items in the run
}

// Clusters returns the runs of buckets whose count exceeds threshold. Runs
// separated by a single sparse bucket are merged, so a dense stretch reads as
// one mark.
func Clusters(counts []int, threshold int) []Cluster {
	var out []Cluster
	for i := 0; i < len(counts); i++ {
		if counts[i] <= threshold {
			continue
		}
		c := Cluster{First: i, Last: i, Count: counts[i]}
		if n := len(out); n > 0 && out[n-1].Last >= i-2 {
			for j := out[n-1].Last + 1; j <= i; j++ {
				out[n-1].Count += counts[j]
			}
			out[n-1].Last = i
			continue
		}
		out = append(out, c)
	}
	return out
}

// ClusterPoints groups sorted pixel positions into runs where neighbours are
// closer than gap; it returns the index ranges [from, to) of runs with at
// least min members.
func ClusterPoints(xs []float64, gap float64, min int) [][2]int {
	var out [][2]int
	for i := 0; i < len(xs); {
		j := i + 1
		for j < len(xs) && xs[j]-xs[j-1] < gap {
			j++
		}
		if j-i >= min {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}
