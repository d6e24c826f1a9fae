package ask

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// unitsCounted is the unit of a figure that counts units ("221 đơn vị").
const unitsCounted = "đơn vị"

// unitNouns name units, before "nào" when a question asks which ones
// ("xã nào", "những đơn vị nào", "sở nào").
var unitNouns = map[string]bool{"xa": true, "huyen": true, "so": true, "vi": true, "phuong": true, "tran": true, "nganh": true, "thi": true}

// asksWhichUnits: the question asks to name units ("xã nào chưa có trang
// thông tin điện tử"), not how many.
func asksWhichUnits(words []string) bool {
	for i := 1; i < len(words); i++ {
		if words[i] == "nao" && unitNouns[words[i-1]] {
			return true
		}
	}
	return false
}

// countOutOf is a figure stated out of its whole: "221 đơn vị (221/262)".
var countOutOf = regexp.MustCompile(`\((\d[\d.]*)/(\d[\d.]*)\)`)

// everyUnit: the reply states a count of units equal to its whole.
func everyUnit(text string) bool {
	m := countOutOf.FindStringSubmatch(text)
	return m != nil && m[1] == m[2]
}

// unitsUnnamed answers "xã nào chưa có trang thông tin điện tử" when the
// report gives only the level's figure (221 of 262 communes): it names no
// unit, and says so, with the figure it has as context — never the count
// as though it were the list asked.
func (r *reader) unitsUnnamed(ctx context.Context, p nlu.Parse, ind queries.Indicator) (Answer, bool, error) {
	if p.Order != "all" || p.Level == "" || ind.UnitLabel != unitsCounted || !asksWhichUnits(p.Words) || asksHowMany(p.Words) {
		// Only a count of units (not the classes held "ở những huyện
		// nào", whose note names them), and not "có bao nhiêu xã".
		return Answer{}, false, nil
	}
	ans, err := r.value(ctx, p)
	if err != nil || !ans.Kind.CarriesFigure() {
		return ans, true, err
	}
	if p.Measure == "complement" && !strings.Contains(ans.Text, remainderMark) || everyUnit(ans.Text) {
		// "xã nào chưa có một cửa điện tử", "mấy huyện nào có một cửa" of
		// 262/262, 13/13: none, or every one, is the answer, and the
		// figure says it.
		return ans, true, nil
	}
	ans.Kind = KindNoData
	ans.Text = fmt.Sprintf(msgUnitsUnnamed, r.cat.LevelPhrase(p.Level)) + " " + ans.Text
	return ans, true, nil
}
