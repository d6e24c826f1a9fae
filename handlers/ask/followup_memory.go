package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// Readings of a message that depend on what the chat asked before, made
// before it is merged with the memory as a follow-up.

// readAgainst rereads a message in the light of the chat's memory: a level
// of service named alone, a bare "DVC" after one level of it, "which
// ones" after how many reported.
func (a *Answerer) readAgainst(c *catalog.Catalog, mem *memory, p nlu.Parse, t nlu.Text, fu nlu.FollowUp) nlu.Parse {
	if !p.Understood() && p.Reason == nlu.ReasonNotUnderstood && fu.ServiceLevel != 0 && !followsUp(c, mem, p, fu) {
		// "mức 4 thì sở ngành bn": a level of online service named alone,
		// with nothing before it, is of the online services.
		if q := a.understand(c, nlu.WithServiceWords(t)); q.Understood() {
			p = q
		}
	}
	if mem != nil && bareServices(p, t.Original) && len(p.Units) == 0 && p.Level == "" && len(p.Periods) == 0 && subsetOf(mem.Parse.Indicators, p.Indicators) {
		// "tăng mấy DVC?" after DVC mức 3 of a unit: the services asked
		// before, not both levels anew.
		p.Indicators = nil
	}
	if mem != nil && bareApplications(p) && len(p.Units) == 0 && p.Level == "" &&
		(len(p.Periods) == 0 || len(p.Periods) == 1 && (p.Op == "diff" || p.Measure == "change")) &&
		!slices.Equal(mem.Parse.Indicators, p.Indicators) && countedIn(c, mem.Parse.Indicators, "hồ sơ") {
		// "tăng bao nhiêu hồ sơ?", "hơn quý 1 mấy hồ sơ" after the
		// applications received: those asked before, not the online ones
		// a bare "hồ sơ" names alone.
		p.Indicators = nil
	}
	if mem != nil && len(p.Units) == 0 && p.Level == "" && len(p.Periods) == 0 && asksWholeOnly(t.Tokens) {
		// "tổng?" after a unit's online files (or their rate): all the
		// files it received, the whole the part is of.
		if whole, ok := wholeOf(c, mem.Parse.Indicators); ok {
			p.Indicators, p.Intent, p.Reason = []string{whole}, nlu.IntentValue, ""
		}
	}
	if mem != nil && len(mem.Parse.Indicators) > 0 && mem.Parse.Intent != nlu.IntentReporting && p.Intent == nlu.IntentReporting &&
		p.Level != "" && !p.Which && !p.Missing && (hasWord(t.Tokens, "chung") || hasWord(t.Tokens, "tong") && !hasWord(t.Tokens, "bao", "cao")) {
		// ("các huyện đã nộp tổng bn?" after the agencies' files: the
		// districts' total of those files.)
		// "còn tính chung tất cả các huyện đã báo cáo thì bao nhiêu" after
		// a district's rate: the level's figure, of the units that
		// reported, not how many did.
		p = nlu.Parse{Level: p.Level, Periods: p.Periods, Words: p.Words, Reason: nlu.ReasonNotUnderstood}
	}
	if mem != nil && mem.Parse.Intent == nlu.IntentProjects && mem.Parse.Status != "" && len(mem.Parse.Projects) == 0 &&
		(p.Intent == nlu.IntentFunding || !p.Understood() || p.Intent == nlu.IntentProjects && p.Status == "" && !p.Count && p.Order == "" && nlu.PointsAtProject(t.Tokens)) &&
		len(p.Projects) == 0 && len(p.Periods) == 0 && len(p.Units) == 0 && p.Level == "" {
		if f := nlu.FundingParts(t.Tokens); len(f) > 0 {
			// "Mấy dự án chưa thực hiện, đề xuất kinh phí bao nhiêu?", "dự
			// án đó được cấp bao nhiêu": the money of the projects just
			// listed, not the programme's.
			q := mem.Parse
			q.Count, q.Order, q.Funding, q.Money, q.Words = false, "", f[0], true, p.Words
			p = q
		}
	}
	if mem != nil && !p.Understood() && len(p.Projects) > 0 && len(p.Indicators) == 0 && len(p.Units) == 0 && moneyAsked(mem.Parse) {
		// "trong đó phần mềm trích lọc bao nhiêu" after the money still
		// missing: that project's part of it, not the whole again.
		if f := nlu.FundingOf(mem.Parse.Words); f != "" {
			p = nlu.Parse{Intent: nlu.IntentProject, Projects: p.Projects, Periods: p.Periods, Funding: f, Money: true, Words: p.Words}
		}
	}
	if mem != nil && mem.Parse.Intent == nlu.IntentReporting && !p.Understood() && len(p.Periods) == 0 && len(p.Indicators) == 0 &&
		hasWord(t.Tokens, "nao") {
		// "là những sở nào?", "những huyện nào chưa?" after how many
		// reported: the same quarter's names.
		q := mem.Parse
		q.Which, q.Missing = true, q.Missing || hasWord(t.Tokens, "chua")
		if p.Level != "" {
			q.Level = p.Level
		}
		p = q
	}
	return p
}

// changeSincePrevious: a follow-up that asks a change of one period of
// one place ("tăng bao nhiêu hồ sơ?" after a unit's quarter) compares it
// with the period before, as the question asked whole would; a change
// only inherited is not asked again.
func changeSincePrevious(p *nlu.Parse, inherited []string) {
	if p.Intent == nlu.IntentValue && p.Measure == "change" && !slices.Contains(inherited, "measure") && len(p.Periods) == 1 && len(p.Units) <= 1 && p.Op == "" {
		p.Intent = nlu.IntentCompare
	}
}

// bareApplications: the online applications named by the bare word "hồ
// sơ", with nothing that makes them online ("trực tuyến", "qua mạng").
func bareApplications(p nlu.Parse) bool {
	return slices.Equal(p.Indicators, []string{"hstt"}) && !hasWord(p.Words, "truc", "tuyen") && !hasWord(p.Words, "online") &&
		!hasWord(p.Words, "dich", "vu", "cong") && !hasWord(p.Words, "mang") && !hasWord(p.Words, "hstt") // (its code names it)
}

// countedIn: every indicator counts in that unit ("hồ sơ").
func countedIn(c *catalog.Catalog, codes []string, label string) bool {
	for _, code := range codes {
		if c.Indicators[code].UnitLabel != label {
			return false
		}
	}
	return len(codes) > 0
}

// asksWholeOnly: the message is "tổng", "tổng số thì sao", "còn tổng?":
// the whole, nothing else named ("tổng cộng?" adds what was asked).
func asksWholeOnly(tokens []string) bool {
	named := false
	for _, w := range nlu.WithoutPoliteEnd(tokens) {
		switch w {
		case "tong", "toan", "bo":
			named = true
		case "so", "con", "thi", "sao", "la", "bao", "nhieu", "may", "?", "the":
		default:
			return false
		}
	}
	return named
}

// wholeOf is the one figure the indicators asked are a part of: the
// denominator of a rate, or of the rate a count is the numerator of.
func wholeOf(c *catalog.Catalog, codes []string) (string, bool) {
	if len(codes) != 1 {
		return "", false
	}
	if d := c.Indicators[codes[0]].DenominatorCode; d != "" {
		return d, true
	}
	for _, ind := range c.Indicators {
		if ind.NumeratorCode == codes[0] && ind.DenominatorCode != "" {
			return ind.DenominatorCode, true
		}
	}
	return "", false
}

// moneyAsked: the question asked money, of a project or of the
// programme's parts ("KP còn thiếu NQ22").
func moneyAsked(p nlu.Parse) bool {
	if p.Money || p.Funding != "" {
		return true
	}
	return len(p.Indicators) > 0 && !slices.ContainsFunc(p.Indicators, func(code string) bool { return !strings.HasPrefix(code, "funding_") })
}
