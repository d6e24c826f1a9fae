package ask

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// checked answers a message that quotes a figure to check ("Bản thảo ghi
// UBND cấp huyện có 1.358 DVC mức độ 3, kiểm tra giúp", "tôi gõ năm 2018
// đạt 4,29%, số đúng là bao nhiêu"): the stored figure the rest of it asks,
// and whether each number quoted is among the figures stated; ok is false
// when the message checks nothing or the rest asks no figure.
//
// A sentence quoted in quotation marks ("Bài em ghi "trên Cổng DVC của
// tỉnh có 1995 DVC mức độ 3", số này chuẩn chưa") is the claim: what it
// asks, not the words around it ("PV Báo Hà Tĩnh", "bài em").
func (a *Answerer) checked(ctx context.Context, question string, mem *memory) (Answer, bool, error) {
	t := nlu.Normalize(question)
	if !nlu.ChecksFigure(t.Tokens) {
		return Answer{}, false, nil
	}
	if claim, ok := nlu.QuotedClaim(question); ok {
		rest, quoted := nlu.WithoutQuoted(nlu.Normalize(claim).Tokens)
		if ans, ok, err := a.checkedIn(ctx, rest, quoted, mem); err != nil || ok {
			return ans, ok, err
		}
	}
	rest, quoted := nlu.WithoutChecked(t.Tokens)
	return a.checkedIn(ctx, rest, quoted, mem)
}

// checkedIn answers the figure the words rest ask, with whether each
// number quoted is among the figures stated.
func (a *Answerer) checkedIn(ctx context.Context, rest []string, quoted []nlu.Quoted, mem *memory) (Answer, bool, error) {
	if len(quoted) == 0 || len(rest) == 0 {
		return Answer{}, false, nil
	}
	if slices.ContainsFunc(quoted, func(q nlu.Quoted) bool { return q.Money }) && !hasWord(rest, "phi") && !hasWord(rest, "tien") {
		// "dự án … xin 1 tỷ rưỡi có đúng không": the words left ask
		// money, which the amount quoted said.
		rest = append(slices.Clone(rest), "kinh", "phi")
	}
	if slices.ContainsFunc(quoted, func(q nlu.Quoted) bool { return q.Percent }) && !nlu.HasPhrase(rest, "ty le") && !nlu.HasPhrase(rest, "phan tram") {
		// "báo cáo ghi 84% xã có trang TTĐT, tính chính xác ra …": the
		// words left ask the rate the share quoted said.
		rest = append(slices.Clone(rest), "ty", "le")
	}
	ans, err := a.respondOne(ctx, strings.Join(rest, " "), mem)
	if err != nil || !ans.Kind.CarriesFigure() {
		return Answer{}, false, err
	}
	return withCheck(ans, quoted), true, nil
}

// withCheck adds to a figure's reply whether each number quoted is among
// the figures it states (an approximation is left to the figure shown).
func withCheck(ans Answer, quoted []nlu.Quoted) Answer {
	body, source := cutSource(ans.Text)
	stated := numbersIn(body)
	// Several numbers quoted, some of them stated: the others may be of a
	// figure the reply does not give, and are not said to differ.
	someStated := len(quoted) > 1 && slices.ContainsFunc(quoted, func(q nlu.Quoted) bool { return slices.Contains(stated, q.Digits) })
	var lines []string
	for _, q := range quoted {
		switch {
		case slices.Contains(stated, q.Digits):
			lines = append(lines, fmt.Sprintf(msgCheckMatches, q.Shown))
		case !q.Approx && !someStated:
			lines = append(lines, fmt.Sprintf(msgCheckDiffers, q.Shown))
		}
	}
	ans.Text = strings.TrimSpace(strings.TrimSpace(body) + " " + strings.Join(lines, " "))
	if source != "" {
		ans.Text += " " + source
	}
	return ans
}

// yearsIn are the years a label names ("năm 2018", "quý 1/2019").
func yearsIn(label string) []string {
	return slices.DeleteFunc(numbersIn(label), func(n string) bool { return len(n) != 4 || n < "1900" })
}

// optionStating is the answer of the one option of an ask-back whose
// figures hold a number the question quoted; ok is false when none or
// several do.
func (a *Answerer) optionStating(ctx context.Context, options []Option, quoted []nlu.Quoted) (Answer, bool, error) {
	var found []Answer
	for _, o := range options {
		if o.parse == nil {
			continue
		}
		ans, err := a.AnswerParse(ctx, *o.parse)
		if err != nil {
			return Answer{}, false, err
		}
		body, _ := cutSource(ans.Text)
		// (The figures it states and the option's year, not its labels'
		// other numbers: "Can Lộc 1 DVC được bao nhiêu hồ sơ" quotes no
		// figure of quý 1/2019; "2018 hồ sơ …" is năm 2018's.)
		stated := append(statedNumbers(body), yearsIn(o.Label)...)
		if ans.Kind.CarriesFigure() && slices.ContainsFunc(quoted, func(q nlu.Quoted) bool { return slices.Contains(stated, q.Digits) }) {
			found = append(found, ans)
		}
	}
	if len(found) != 1 {
		return Answer{}, false, nil
	}
	return found[0], true, nil
}
