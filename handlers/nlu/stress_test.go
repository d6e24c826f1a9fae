package nlu

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestStress(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	shown := 0
	for n := 0; n < 200000 && shown < 70; n++ {
		k := 2 + r.IntN(4)
		toks := make([]string, k)
		for i := range toks {
			toks[i] = periodWords[r.IntN(len(periodWords))]
		}
		p, a, b, ok := FindPeriod(toks, refJuly)
		if ok && b-a >= 3 {
			shown++
			fmt.Printf("%-40s [%s] %s %s..%s %q\n", strings.Join(toks, " "), strings.Join(toks[a:b], " "), p.Kind, p.Start, p.End, p.Label)
		}
	}
}
