package nlu

import "sort"

// Units and levels named in a question, and the units a partial name may
// mean.

// placeMention is a unit or level named in a question: every owner whose
// alias matched the same words (a bare "Kỳ Anh" names two units).
type placeMention struct {
	span   span
	units  []string
	levels []string
}

// findPlaces matches unit and level names, longest first, so "thành phố Hà
// Tĩnh" wins over "Hà Tĩnh" and "cấp tỉnh" over "tỉnh".
func (v *Vocabulary) findPlaces(tokens []string, taken []bool) []placeMention {
	var out []placeMention
	used := make([]bool, len(tokens))
	copy(used, taken)
	ids := v.idsOf(tokens)
	cands := candidates(ids, v.placeIndex)
	for k, i := range cands {
		a := &v.places[i]
		if len(a.phrases) == 1 {
			for _, at := range occurrences(ids, a.ids[0], used) {
				sp := span{at, at + a.size}
				merged := false
				for m := range out {
					if out[m].span == sp {
						out[m].add(a)
						merged = true
					}
				}
				if !merged {
					pm := placeMention{span: sp}
					pm.add(a)
					out = append(out, pm)
				}
			}
		}
		// Mark after every alias of this size is through, so that equal
		// aliases of different owners all land on the same mention.
		if k+1 == len(cands) || v.places[cands[k+1]].size != a.size {
			for _, pm := range out {
				for t := pm.span.from; t < pm.span.to; t++ {
					used[t] = true
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].span.from < out[j].span.from })
	return out
}

func (pm *placeMention) add(a *alias) {
	list := &pm.units
	if a.kind == kindLevel {
		list = &pm.levels
	}
	for _, o := range *list {
		if o == a.owner {
			return
		}
	}
	*list = append(*list, a.owner)
}

// unitsStartingWith lists the units whose name's first word after the
// kind is word ("huong" -> Hương Sơn, Hương Khê), for asking back.
func (v *Vocabulary) unitsStartingWith(word string) []string {
	var out []string
	for _, a := range v.units {
		if len(a.phrases) == 1 && len(a.phrases[0]) >= 2 && a.phrases[0][0] == word && !contains(out, a.owner) {
			out = append(out, a.owner)
		}
	}
	return out
}
