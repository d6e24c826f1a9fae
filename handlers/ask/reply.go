package ask

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// sentences builds a reply from figure sentences and their sources: the
// kind says whether a figure of the period asked was found (figure), only
// one of the nearest period (nearest), or none (no_data).
type sentences struct {
	lines, sources []string
	kind           AnswerKind
	years          []nlu.Period // the years of the figures stated
	quarters       []nlu.Period // and their quarters
}

// figure adds a sentence stating a figure found by a lookup.
func (s *sentences) figure(l lookup, line string) {
	s.lines = append(s.lines, line)
	s.source(l.pt.citation)
	for kind, list := range map[nlu.PeriodKind]*[]nlu.Period{nlu.PeriodYear: &s.years, nlu.PeriodQuarter: &s.quarters} {
		if l.pt.period.Kind == kind && !slices.ContainsFunc(*list, func(p nlu.Period) bool { return samePeriod(p, l.pt.period) }) {
			*list = append(*list, l.pt.period)
		}
	}
	switch {
	case !l.nearest && l.sharedOf.ID == 0:
		s.kind = KindFigure
	case s.kind != KindFigure:
		s.kind = KindNearest
	}
}

// also counts a second lookup behind the last sentence (a comparison
// states two figures in one sentence).
func (s *sentences) also(l lookup) {
	s.source(l.pt.citation)
	if l.nearest && s.kind == KindFigure {
		s.kind = KindNearest
	}
}

// another marks the last figure as one of another indicator than asked
// (named as such): the reply carries no figure of what was asked.
func (s *sentences) another() {
	if s.kind == KindFigure {
		s.kind = KindNearest
	}
}

// none adds a sentence saying there is no figure.
func (s *sentences) none(line string) {
	if !slices.Contains(s.lines, line) { // two names, one missing figure: said once
		s.lines = append(s.lines, line)
	}
}

// source adds a source once.
func (s *sentences) source(citation string) {
	if citation == "" {
		return
	}
	for _, x := range s.sources {
		if x == citation {
			return
		}
	}
	s.sources = append(s.sources, citation)
}

func (s *sentences) answer() Answer {
	text := strings.Join(s.lines, " ")
	if len(s.sources) > 0 {
		text += " " + strings.Join(s.sources, " ")
	}
	kind := s.kind
	if kind == "" {
		kind = KindNoData
	}
	ans := Answer{Kind: kind, Text: text}
	if len(s.years) == 1 {
		ans.year = &s.years[0]
	}
	if len(s.quarters) == 1 && len(s.years) == 0 {
		ans.quarter = &s.quarters[0]
	}
	return ans
}

// figureLine states one figure with its whole reading: indicator, scope,
// period. A figure of another period than the one asked says so first; a
// name with other readings says which one has the figure.
func figureLine(n vi.Numbers, c *catalog.Catalog, ind queries.Indicator, l lookup, measure string, asked *nlu.Period) string {
	fig := n.Figure(l.pt.value, ind.Kind, ind.UnitLabel)
	if l.pt.ratio && l.pt.den > 0 {
		fig += fmt.Sprintf(msgOutOf, n.Num(l.pt.num), n.Num(l.pt.den))
	}
	if l.pt.outOf.Valid {
		fig += fmt.Sprintf(msgOutOf, n.Num(l.pt.value), n.Num(l.pt.outOf.Float64))
		if rest := l.pt.outOf.Float64 - l.pt.value; measure == "complement" && rest > 0 {
			fig += fmt.Sprintf(msgRemainder, n.Num(rest))
		}
	}
	if measure == "complement" && ind.Kind == "percent" && !l.pt.outOf.Valid && l.pt.value <= 100 {
		// "còn bao nhiêu % doanh nghiệp chưa được tập huấn": the rest.
		fig += fmt.Sprintf(msgRemainderShare, n.Num(100-l.pt.value))
	}
	if l.pt.note != "" {
		fig += " (" + l.pt.note + ")"
	}
	line := fmt.Sprintf(msgFigure, vi.Capitalise(ind.Name), scopePhrase(c, l.sc, l.pt.perUnit), l.pt.period.Label, fig) + "."
	if l.eachOf.ID != 0 {
		line += " " + fmt.Sprintf(msgEachOf, l.eachOf.Name)
	}
	if l.sharedOf.ID != 0 {
		line = fmt.Sprintf(msgSharedFigure, l.sharedOf.Name) + line
	}
	return formerNote(c, l, asked) + nearestNote(l, asked) + line + othersNote(l)
}

// formerNote says that the name asked was a unit's that no longer exists
// in the period, which the unit answered took over.
func formerNote(c *catalog.Catalog, l lookup, asked *nlu.Period) string {
	if len(l.formerly) == 0 || asked == nil {
		return ""
	}
	return strings.TrimSuffix(goneText(c, l.formerly, *asked), " "+fmt.Sprintf(msgUnitsOfPeriod, asked.Label)) + " "
}

// nearestNote says the figure that follows is not of the period asked.
func nearestNote(l lookup, asked *nlu.Period) string {
	if !l.nearest || asked == nil {
		return ""
	}
	if asked.Start != "" && l.pt.period.Start >= asked.Start && l.pt.period.End <= asked.End {
		return fmt.Sprintf(msgPartOfPeriod, asked.Label, l.pt.period.Label)
	}
	if holds(l.pt.period, *asked) {
		return fmt.Sprintf(msgHoldingPeriod, asked.Label, l.pt.period.Label)
	}
	return fmt.Sprintf(msgEarlierPeriod, asked.Label, l.pt.period.Label)
}

// othersNote names the other units the name asked could mean, which have
// no figure.
func othersNote(l lookup) string {
	if len(l.others) == 0 {
		return ""
	}
	return " " + fmt.Sprintf(msgOtherReadings, vi.Join(unitNames(l.others)))
}

// noData says there is no figure, naming every unit the name could mean
// and the nearest period that has one.
func noData(c *catalog.Catalog, ind queries.Indicator, l lookup, per *nlu.Period) string {
	if len(l.gone) > 0 && per != nil {
		return goneText(c, l.gone, *per)
	}
	where := scopePhrase(c, l.sc, false)
	if len(l.others) > 0 {
		where = "của " + vi.Join(append([]string{l.sc.unit.Name}, unitNames(l.others)...))
	}
	if l.provinceOnly {
		text := fmt.Sprintf(msgNoDataAtAll, ind.Name, where)
		if per != nil {
			text = fmt.Sprintf(msgNoData, ind.Name, where, per.Label)
		}
		return text + msgProvinceOnly
	}
	if per == nil {
		return fmt.Sprintf(msgNoDataAtAll, ind.Name, where)
	}
	if len(l.points) == 0 {
		return formerNote(c, l, per) + fmt.Sprintf(msgNoData, ind.Name, where, per.Label) + msgNoPeriodAtAll
	}
	text := formerNote(c, l, per) + fmt.Sprintf(msgNoData, ind.Name, where, per.Label)
	if near := nearest(l.points, per); near != "" {
		text += fmt.Sprintf(msgNearest, near)
	}
	return text
}
