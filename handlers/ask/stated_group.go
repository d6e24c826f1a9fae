package ask

import (
	"context"
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// statedGroup reads several units named with a level below them ("hồ sơ
// cấp xã ở TP Hà Tĩnh và TX Hồng Lĩnh") as the province's figure of that
// level when the report states that figure for exactly those units
// together ("776 hồ sơ cấp xã tại TP Hà Tĩnh và TX Hồng Lĩnh"): the units
// are dropped and the level kept, so shares and exclusions work as for
// any level. ok is false when no stored figure names exactly them.
func (r *reader) statedGroup(ctx context.Context, p nlu.Parse) (nlu.Parse, bool, error) {
	var asked [][]string
	for _, m := range p.Units {
		if len(m) > 0 && m[0] != nlu.ProvinceCode {
			// "không tính cấp xã …": a "tỉnh" read as the province is
			// the whole the level is part of, as with no unit named.
			asked = append(asked, m)
		}
	}
	if p.Intent != nlu.IntentValue || len(asked) < 2 || p.Level == "" || len(p.Indicators) == 0 {
		return p, false, nil
	}
	for _, code := range p.Indicators {
		ind, ok := r.cat.Indicators[code]
		if !ok {
			continue
		}
		l, _, err := r.locate(ctx, ind, []string{nlu.ProvinceCode}, p.Level, firstPeriod(p))
		if err != nil {
			return p, false, err
		}
		if !l.found || l.pt.note == "" {
			continue
		}
		if namesExactly(nlu.Understand(r.cat.Vocab, l.pt.note, r.now).Units, asked) {
			q := p
			q.Units, q.UnitSpans = nil, nil
			return q, true, nil
		}
	}
	return p, false, nil
}

// namesExactly reports whether a note's unit mentions are the question's:
// as many, and each question mention among the note's readings.
func namesExactly(note, asked [][]string) bool {
	if len(note) != len(asked) {
		return false
	}
	var all []string
	for _, m := range note {
		all = append(all, m...)
	}
	for _, m := range asked {
		if !slices.ContainsFunc(m, func(code string) bool { return slices.Contains(all, code) }) {
			return false
		}
	}
	return true
}

// withoutAddressees drops the units a question names as the body asked to
// tell ("theo báo cáo của Sở TT&TT", "đề nghị Sở TT&TT cho biết") when
// they have none of the figures asked: the question is about the level or
// the province the rest of it names.
func (r *reader) withoutAddressees(ctx context.Context, p nlu.Parse) (nlu.Parse, error) {
	switch p.Intent {
	case nlu.IntentValue, nlu.IntentCompare, nlu.IntentTarget, nlu.IntentRanking:
	default:
		return p, nil
	}
	if len(p.Indicators) == 0 {
		return p, nil // "số liệu của Can Lộc": every figure of the unit
	}
	var units [][]string
	var keptSpans [][2]int
	dropped := false
	for i, m := range p.Units {
		if p.Addressed(i) {
			has, err := r.hasAnyFigure(ctx, p, m)
			if err != nil {
				return p, err
			}
			if !has {
				dropped = true
				continue
			}
		}
		units = append(units, m)
		if i < len(p.UnitSpans) {
			keptSpans = append(keptSpans, p.UnitSpans[i])
		}
	}
	if !dropped {
		return p, nil
	}
	q := p
	q.Units, q.UnitSpans = units, keptSpans
	return q, nil
}

// hasAnyFigure reports whether some reading of a mention has a figure of
// an indicator the question asks, at its level.
func (r *reader) hasAnyFigure(ctx context.Context, p nlu.Parse, mention []string) (bool, error) {
	for _, ic := range p.Indicators {
		if has, err := r.hasSeries(ctx, r.cat.Indicators[ic], mention, p.Level); has || err != nil {
			return has, err
		}
	}
	return false, nil
}
