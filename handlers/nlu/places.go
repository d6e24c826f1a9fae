package nlu

import (
	"slices"
	"sort"
	"strings"
)

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
	cands := candidates(ids, v.placeIndex, len(v.places))
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
	out = v.kindsAfter(tokens, out)
	out = v.kindsBefore(tokens, out)
	out = v.provinceInName(tokens, out)
	sort.Slice(out, func(i, j int) bool { return out[i].span.from < out[j].span.from })
	return out
}

// kindsAfter narrows a name several units share to the one whose kind is
// written after it ("Kỳ Anh (thị xã)", "Kỳ Anh thị xã"): the kind's words
// join the mention, and a level they were read as goes.
func (v *Vocabulary) kindsAfter(tokens []string, out []placeMention) []placeMention {
	for m := range out {
		pm := &out[m]
		if len(pm.units) < 2 {
			continue
		}
		name := tokens[pm.span.from:pm.span.to]
		for k := 1; k <= 2 && pm.span.to+k <= len(tokens); k++ {
			kind := tokens[pm.span.to : pm.span.to+k]
			var units []string
			for i := range v.places {
				a := &v.places[i]
				if a.kind == kindUnit && len(a.phrases) == 1 && len(a.phrases[0]) == k+len(name) && contains(pm.units, a.owner) &&
					slices.Equal(a.phrases[0][:k], kind) && slices.Equal(a.phrases[0][k:], name) && !contains(units, a.owner) {
					units = append(units, a.owner)
				}
			}
			if len(units) == 1 {
				pm.units, pm.span.to = units, pm.span.to+k
				break
			}
		}
	}
	// A mention now inside another (the level "xã" of "thị xã") goes.
	return slices.DeleteFunc(out, func(pm placeMention) bool {
		for _, o := range out {
			if o.span != pm.span && o.span.from <= pm.span.from && pm.span.to <= o.span.to {
				return true
			}
		}
		return false
	})
}

// kindsBefore: a district-level kind written before a name no unit of that
// kind has ("thị xã Hà Tĩnh", "huyện Hồng Lĩnh"): the asker names the
// district-level unit by its old or a loose kind, not a level of the
// province. The name narrows to its district-level units, the kind's words
// join the mention, and the level they were read as goes. "các huyện Hà
// Tĩnh", "cấp huyện …" stay a level.
func (v *Vocabulary) kindsBefore(tokens []string, out []placeMention) []placeMention {
	for m := range out {
		pm := &out[m]
		if len(pm.units) == 0 {
			continue
		}
		var written []string
		for _, kind := range districtKinds {
			if at := pm.span.from - len(kind); at >= 0 && slices.Equal(tokens[at:pm.span.from], kind) {
				written = kind
			}
		}
		k := len(written)
		if k == 0 {
			continue
		}
		if at := pm.span.from - k - 1; at >= 0 && (plural(tokens[at]) || tokens[at] == "cap") {
			continue
		}
		// The units of the kind written ("huyện KA": Huyện Kỳ Anh), else
		// those of any district-level kind ("thị xã Hà Tĩnh": the city).
		var units, ofKind []string
		for _, owner := range pm.units {
			if v.hasKind(owner, districtKinds[:3]) {
				units = append(units, owner)
			}
			if v.hasKind(owner, [][]string{written}) {
				ofKind = append(ofKind, owner)
			}
		}
		if len(ofKind) > 0 {
			units = ofKind
		}
		if len(units) > 0 {
			pm.units, pm.span.from = units, pm.span.from-k
		}
	}
	return slices.DeleteFunc(out, func(pm placeMention) bool {
		for _, o := range out {
			if o.span != pm.span && o.span.from <= pm.span.from && pm.span.to <= o.span.to {
				return true
			}
		}
		return false
	})
}

// provinceInName joins to a unit's mention the province's name written
// right after it when one of the unit's names ends with it ("Thuế Hà
// Tĩnh": Cục Thuế tỉnh Hà Tĩnh; "Điện lực Hà Tĩnh"), which then names
// neither the province nor the city.
func (v *Vocabulary) provinceInName(tokens []string, out []placeMention) []placeMention {
	for m := range out {
		pm := &out[m]
		if len(pm.units) != 1 {
			continue
		}
		for n := range out {
			next := &out[n]
			if next.span.from != pm.span.to || len(next.levels) > 0 || !slices.Contains(provinceNames, strings.Join(tokens[next.span.from:next.span.to], " ")) ||
				!v.nameEndsWith(pm.units[0], tokens[next.span.to-2:next.span.to]) {
				continue
			}
			pm.span.to = next.span.to
			next.units = nil
		}
	}
	return slices.DeleteFunc(out, func(pm placeMention) bool { return len(pm.units) == 0 && len(pm.levels) == 0 })
}

// provinceNames are the province's name as written after a unit's.
var provinceNames = []string{"ha tinh", "tinh ha tinh", "ht"}

// nameEndsWith: one of the unit's names (of more words) ends with the words.
func (v *Vocabulary) nameEndsWith(owner string, words []string) bool {
	for i := range v.units {
		a := &v.units[i]
		if a.owner != owner || len(a.phrases) != 1 {
			continue
		}
		if ph := a.phrases[0]; len(ph) > len(words) && slices.Equal(ph[len(ph)-len(words):], words) {
			return true
		}
	}
	return false
}

// districtKinds are the kinds of district-level units, as written.
var districtKinds = [][]string{{"huyen"}, {"thi", "xa"}, {"thanh", "pho"}, {"tx"}, {"tp"}}

// hasKind: one of the unit's names starts with one of the kinds ("thành
// phố Hà Tĩnh" for the city).
func (v *Vocabulary) hasKind(owner string, kinds [][]string) bool {
	for i := range v.units {
		a := &v.units[i]
		if a.owner != owner || len(a.phrases) != 1 {
			continue
		}
		for _, kind := range kinds {
			if ph := a.phrases[0]; len(ph) > len(kind) && slices.Equal(ph[:len(kind)], kind) {
				return true
			}
		}
	}
	return false
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

// unitsByInitials lists the units whose initials (an alias of two
// letters, "cl" of Can Lộc) begin with the same letter as an unknown
// short form ("ck"): the units a slip of a key may have meant, for asking
// back.
func (v *Vocabulary) unitsByInitials(word string) []string {
	var out []string
	for _, a := range v.units {
		if len(a.phrases) != 1 || len(a.phrases[0]) != 1 {
			continue
		}
		ini := a.phrases[0][0]
		if len(ini) == 2 && ini[0] == word[0] && !strings.ContainsAny(ini, "aeiouy") && !contains(out, a.owner) {
			out = append(out, a.owner)
		}
	}
	return out
}
