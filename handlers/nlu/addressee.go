package nlu

// Addressed reports whether the i-th unit mention of the question is the
// body asked to tell ("đề nghị Sở TT&TT cho biết", "STTTT báo cáo …",
// "theo Sở TT&TT") rather than, or as well as, the body asked about. The
// answer decides: a unit in that place that has no figure of its own is
// the source, and the question is the province's.
func (p Parse) Addressed(i int) bool {
	if i < 0 || i >= len(p.UnitSpans) {
		return false
	}
	sp := p.UnitSpans[i]
	for _, c := range addresseeBefore {
		if from := sp[0] - len(c); runAt(p.Words, from, c) {
			return true
		}
	}
	for _, c := range addresseeAfter {
		if runAt(p.Words, sp[1], c) {
			return true
		}
	}
	return false
}
