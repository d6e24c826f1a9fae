package dataset

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// row reads the cells of one row by column name and records what is
// wrong with them, naming the sheet, the line and the column.
type row struct {
	sheet *Sheet
	line  int
	cells []Cell
	cols  map[string]int
	probs *problemList
	bad   bool // a problem was recorded for this row
}

func (r *row) cell(col string) Cell {
	i, ok := r.cols[col]
	if !ok || i >= len(r.cells) {
		return Cell{}
	}
	return r.cells[i]
}

// text is a cell as written ("" when the column is absent).
func (r *row) text(col string) string { return r.cell(col).Text }

func (r *row) problem(col, format string, args ...any) {
	r.probs.add(r.sheet.Name, r.line, col, fmt.Sprintf(format, args...))
	r.bad = true
}

// required is a cell that must not be empty.
func (r *row) required(col string) string {
	v := r.text(col)
	if v == "" {
		r.problem(col, msgRequired)
	}
	return v
}

// number reads a number cell; ok is false when it is empty or wrong (and
// then a problem is recorded unless it was merely empty).
func (r *row) number(col string) (v float64, percent, ok bool) {
	c := r.cell(col)
	switch {
	case c.Kind == CellNumber:
		return c.Number, false, true
	case c.Text == "":
		return 0, false, false
	}
	v, percent, err := ParseNumber(c.Text)
	if err != nil {
		r.problem(col, "%s", err.Error())
		return 0, false, false
	}
	return v, percent, true
}

// plainNumber is a number without a percent sign.
func (r *row) plainNumber(col string) (float64, bool) {
	v, percent, ok := r.number(col)
	if ok && percent {
		r.problem(col, msgNoPercentHere, r.text(col))
		return 0, false
	}
	return v, ok
}

// integer reads a whole number in a range.
func (r *row) integer(col string, lo, hi int) (int, bool) {
	v, ok := r.plainNumber(col)
	if !ok {
		return 0, false
	}
	if v != math.Trunc(v) || v < float64(lo) || v > float64(hi) {
		r.problem(col, msgIntegerRange, r.text(col), lo, hi)
		return 0, false
	}
	return int(v), true
}

// date reads a date (01/07/2025, 1/7/2025, 2025-07-01, 01.07.2025 or a
// date cell) as YYYY-MM-DD; ok is false when empty or wrong.
func (r *row) date(col string) (string, bool) {
	c := r.cell(col)
	if c.Text == "" {
		return "", false
	}
	if c.Kind == CellDate {
		return c.Text, true
	}
	d, err := parseDate(c.Text)
	if err != nil {
		r.problem(col, msgBadDate, c.Text)
		return "", false
	}
	return d, true
}

// parseDate reads the ways dates are written in Vietnam (day first) and ISO.
func parseDate(s string) (string, error) {
	var t time.Time
	var err error
	switch {
	case len(s) == 10 && s[4] == '-':
		t, err = time.Parse("2006-01-02", s)
	default:
		norm := strings.NewReplacer(".", "/", "-", "/").Replace(s)
		t, err = time.Parse("2/1/2006", norm)
	}
	if err != nil {
		return "", err
	}
	if t.Year() < 1900 || t.Year() > 2100 {
		return "", fmt.Errorf("year %d", t.Year())
	}
	return t.Format("2006-01-02"), nil
}

// viDate writes an ISO date the Vietnamese way (30/06/2025).
func viDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.Format("02/01/2006")
}

// dayAfter and dayBefore move an ISO date by a day.
func dayAfter(iso string) string  { return shiftDay(iso, 1) }
func dayBefore(iso string) string { return shiftDay(iso, -1) }

func shiftDay(iso string, n int) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// list splits a cell on semicolons (commas belong to names).
func (r *row) list(col string) []string {
	return splitList(r.text(col))
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// choice reads a cell that must be one word of an enum; ok is false when
// empty or wrong.
func (r *row) choice(col string, e enum) (string, bool) {
	v := r.text(col)
	if v == "" {
		return "", false
	}
	code, ok := e.parse(v)
	if !ok {
		r.problem(col, msgBadChoice, v, e.accepted())
	}
	return code, ok
}

// flag reads có/không; set is false when the cell is empty.
func (r *row) flag(col string) (value, set bool) {
	if r.text(col) == "" {
		return false, false
	}
	v, ok := r.choice(col, flagEnum())
	return v == "1", ok
}

// enum is a closed set of codes, each written by one or more words (with
// or without diacritics, any case); the first word is how exports write it.
type enum struct {
	codes []string
	words map[string]string // folded word -> code
	out   map[string]string // code -> word exported
}

func newEnum(entries ...[]string) enum {
	e := enum{words: map[string]string{}, out: map[string]string{}}
	for _, ws := range entries {
		code := ws[0]
		e.codes = append(e.codes, code)
		e.words[nlu.Fold(code)] = code
		e.out[code] = ws[min(1, len(ws)-1)]
		for _, w := range ws[1:] {
			e.words[nlu.Fold(w)] = code
		}
	}
	return e
}

func (e enum) parse(s string) (string, bool) {
	code, ok := e.words[nlu.Fold(s)]
	return code, ok
}

func (e enum) word(code string) string {
	if w, ok := e.out[code]; ok {
		return w
	}
	return code
}

func (e enum) accepted() string {
	ws := make([]string, len(e.codes))
	for i, c := range e.codes {
		ws[i] = e.word(c)
	}
	return strings.Join(ws, ", ")
}

// The enums of the format. Each entry is the code, then the words for it
// (the first is what exports write).
func kindEnum() enum {
	return newEnum([]string{"count", "count", "số lượng", "số", "đếm"}, []string{"percent", "percent", "tỷ lệ", "tỉ lệ", "phần trăm", "%"},
		[]string{"money", "money", "tiền", "kinh phí"}, []string{"score", "score", "điểm"}, []string{"rank", "rank", "thứ hạng", "hạng"})
}

func unitAggEnum() enum {
	return newEnum([]string{"sum", "sum", "cộng"}, []string{"ratio", "ratio", "tỷ số"}, []string{"none", "none", "không"})
}

func periodAggEnum() enum {
	return newEnum([]string{"sum", "sum", "cộng"}, []string{"last", "last", "cuối kỳ", "kỳ cuối"},
		[]string{"ratio", "ratio", "tỷ số"}, []string{"none", "none", "không"})
}

func targetKindEnum() enum {
	return newEnum([]string{"target", "mục tiêu"}, []string{"plan", "kế hoạch"})
}

func statusGroupEnum() enum {
	return newEnum([]string{"done", "hoàn thành"}, []string{"ongoing", "đang thực hiện"}, []string{"preparing", "chuẩn bị", "chuẩn bị thực hiện"},
		[]string{"not_started", "chưa thực hiện"}, []string{"integrated", "lồng ghép"})
}

func fundingEnum() enum {
	return newEnum([]string{"nq22", "NQ22", "nghị quyết 22", "NQ 22"}, []string{"other", "khác", "nguồn khác", "lồng ghép"})
}

func periodTypeEnum() enum {
	return newEnum([]string{"quarter", "quý"}, []string{"month", "tháng"}, []string{"year", "năm"})
}

func stageEnum() enum {
	return newEnum([]string{"before", "before", "trước hạn"}, []string{"deadline", "deadline", "đến hạn", "đúng hạn"},
		[]string{"overdue", "overdue", "quá hạn"}, []string{"escalation", "escalation", "báo lãnh đạo"})
}

func audienceEnum() enum {
	return newEnum([]string{"clerk", "đầu mối", "cán bộ đầu mối"}, []string{"leader", "lãnh đạo"})
}

func flagEnum() enum {
	return newEnum([]string{"1", "có", "x", "yes", "true", "đúng"}, []string{"0", "không", "no", "false", "sai"})
}

// flagWord writes a flag as exports do.
func flagWord(b bool) string {
	if b {
		return "có"
	}
	return "không"
}

// levelWords are the Vietnamese words for the levels of the 2019 and 2025
// hierarchies; other levels (data) are written by their code.
func levelWords() [][2]string {
	return [][2]string{{"province", "tỉnh"}, {"agency", "sở"}, {"sector", "ngành"}, {"district", "huyện"}, {"commune", "xã"}}
}

// intText writes a whole number.
func intText(n int) string { return strconv.Itoa(n) }

// period reads a cell as a period with nlu's parser, the one questions
// use: the whole cell must be one period that names its year.
func (r *row) period(col string) (nlu.Period, bool) {
	c := r.cell(col)
	text := c.Text
	if c.Kind == CellDate {
		text = "đến ngày " + viDate(c.Text)
	}
	if text == "" {
		return nlu.Period{}, false
	}
	p, reason := parsePeriod(text)
	if reason != "" {
		r.problem(col, msgBadPeriod, text, reason)
		return nlu.Period{}, false
	}
	return p, true
}

// parsePeriod returns the period a text names, or why it does not name
// one. It parses at two far-apart reference days: a text means the same at
// both only if it names its year ("năm nay", "quý 2" do not), and a file
// must mean the same whenever it is imported.
func parsePeriod(text string) (nlu.Period, string) {
	early := time.Date(2001, 1, 15, 12, 0, 0, 0, time.UTC)
	late := time.Date(2098, 12, 15, 12, 0, 0, 0, time.UTC)
	tokens := nlu.Normalize(text).Tokens
	p, from, to, ok := nlu.FindPeriod(tokens, early)
	switch {
	case !ok:
		return p, reasonNoPeriod
	case from != 0 || to != len(tokens):
		return p, reasonPeriodExtra
	case p.Kind == nlu.PeriodLatest:
		return p, reasonPeriodLatest
	}
	if q, _, _, _ := nlu.FindPeriod(tokens, late); q != p {
		return p, reasonPeriodRelative
	}
	return p, ""
}
