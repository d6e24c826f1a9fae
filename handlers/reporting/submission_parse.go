package reporting

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Draft is a /nop command as written, before it is checked against the
// form's rules.
type Draft struct {
	Period    nlu.Period
	PeriodSet bool   // false: the default, the last quarter that has ended
	Unit      string // the text after "đơn vị=", if any
	Values    map[string]float64
	Codes     []string // in the order written
	Unknown   []string // codes written that are none of the form's
}

var (
	unitPrefix   = regexp.MustCompile(`(?i)(?:^|\s)(?:đơn\s*vị|đơn\s*vi|don\s*vi|đv|dv)\s*[=:]\s*`)
	nextPair     = regexp.MustCompile(`\s+[\p{L}\p{N}_]+\s*[=:]`)
	spacedEquals = regexp.MustCompile(`\s*([=:])\s*`)
	separators   = regexp.MustCompile(`[\s;]+`)
	listComma    = regexp.MustCompile(`,(\D|$)`) // a comma not before a digit separates pairs; "1,5" stays a number
	plainInt     = regexp.MustCompile(`^-?\d+$`)
	groupedInt   = regexp.MustCompile(`^\d{1,3}(?:\.\d{3})+$`)
	decimal      = regexp.MustCompile(`^-?\d+(?:[.,]\d+)?$`)
)

// ParseSubmission reads the arguments of "/nop [kỳ] mã=giá_trị ..." for a
// quarterly form: "=" or ":" with or without spaces, pairs separated by
// spaces, commas or semicolons, thousands written "1.200", codes in any
// case, the period in any form nlu.ParseQuarter knows (default: the last
// quarter that ended by ref), and an optional "đơn vị=…" for admins. Every
// problem found is returned, as a Vietnamese sentence.
func ParseSubmission(args string, fields []queries.FormField, ref time.Time) (Draft, []string) {
	d := Draft{Values: map[string]float64{}}
	var problems []string
	text := strings.TrimSpace(norm.NFC.String(strings.ToValidUTF8(args, "\uFFFD")))

	if loc := unitPrefix.FindStringIndex(text); loc != nil {
		rest := text[loc[1]:]
		end := len(rest)
		if next := nextPair.FindStringIndex(rest); next != nil {
			end = next[0]
		}
		unit, period := splitTrailingPeriod(strings.TrimSpace(rest[:end]), ref)
		d.Unit = unit
		text = text[:loc[0]] + " " + period + " " + rest[end:]
		if d.Unit == "" {
			problems = append(problems, msgNopUnitEmpty)
		}
	}

	known := map[string]queries.FormField{}
	var codes []string
	for _, f := range fields {
		known[f.Code] = f
		codes = append(codes, f.Code)
	}
	var periodWords []string
	text = listComma.ReplaceAllString(text, " $1")
	for _, tok := range separators.Split(spacedEquals.ReplaceAllString(text, "$1"), -1) {
		if tok == "" {
			continue
		}
		at := strings.IndexAny(tok, "=:")
		if at < 0 {
			periodWords = append(periodWords, tok)
			continue
		}
		key, raw := strings.ToLower(nlu.Fold(tok[:at])), tok[at+1:]
		if _, err := nlu.ParseQuarter(tok[:at]); err == nil {
			// "Q2/2019 =5": the period, then a value without its code.
			periodWords = append(periodWords, tok[:at])
			key = ""
		}
		if key == "" || raw == "" {
			problems = append(problems, fmt.Sprintf(msgNopPairBroken, tok))
			continue
		}
		f, ok := known[key]
		if !ok {
			d.Unknown = append(d.Unknown, key)
			problems = append(problems, fmt.Sprintf(msgNopUnknownCode, tok[:at], strings.Join(codes, ", ")))
			continue
		}
		if _, dup := d.Values[key]; dup {
			problems = append(problems, fmt.Sprintf(msgNopDuplicate, key))
			continue
		}
		v, problem := parseFigure(key, raw, f)
		if problem != "" {
			problems = append(problems, problem)
			continue
		}
		d.Values[key] = v
		d.Codes = append(d.Codes, key)
	}

	if len(periodWords) == 0 {
		d.Period = nlu.LastEndedQuarter(ref)
	} else {
		d.PeriodSet = true
		written := strings.Join(periodWords, " ")
		per, err := nlu.ParseQuarter(written)
		switch {
		case err == nil:
			d.Period = per
		case isOtherPeriod(written, ref):
			problems = append(problems, fmt.Sprintf(msgNopNotQuarter, written))
		default:
			problems = append(problems, err.Error())
		}
	}
	if d.Period.End != "" && d.Period.End >= ref.Format("2006-01-02") {
		problems = append(problems, fmt.Sprintf(msgNopFuture, d.Period.Label, vi.Date(d.Period.End)))
	}
	return d, problems
}

// isOtherPeriod: "năm 2019", "tháng 5/2019": a period, but not a quarter.
func isOtherPeriod(text string, ref time.Time) bool {
	per, _, _, ok := nlu.FindPeriod(nlu.Normalize(text).Tokens, ref)
	return ok && per.Kind != nlu.PeriodQuarter
}

// parseFigure reads one value: an integer, possibly with "." thousands.
func parseFigure(code, raw string, f queries.FormField) (float64, string) {
	clean := raw
	if groupedInt.MatchString(raw) {
		clean = strings.ReplaceAll(raw, ".", "")
	}
	switch {
	case plainInt.MatchString(clean):
		v, err := strconv.ParseFloat(clean, 64)
		if err != nil || v > 1e12 {
			return 0, fmt.Sprintf(msgNopTooLarge, code, raw)
		}
		return v, ""
	case decimal.MatchString(raw) && f.IntegerOnly:
		return 0, fmt.Sprintf(msgNopNotInteger, code, raw)
	case decimal.MatchString(raw):
		v, err := strconv.ParseFloat(strings.ReplaceAll(raw, ",", "."), 64)
		if err != nil {
			return 0, fmt.Sprintf(msgNopNotNumber, code, raw)
		}
		return v, ""
	}
	return 0, fmt.Sprintf(msgNopNotNumber, code, raw)
}

// CheckRules applies the form's rules (data, not code) to complete values:
// each code present, not below its minimum nor above its maximum (100
// for a percentage), not above the field it is bounded by ("hstt" ≤
// "hstong"). Whole numbers are checked where values are read
// (parseFigure).
func CheckRules(values map[string]float64, fields []queries.FormField) []string {
	n := vi.NewNumbers()
	var problems, missing []string
	for _, f := range fields {
		v, ok := values[f.Code]
		if !ok {
			missing = append(missing, fmt.Sprintf("%s (%s)", f.Code, f.IndicatorName))
			continue
		}
		if v < f.MinValue {
			problems = append(problems, fmt.Sprintf(msgNopBelowMin, f.Code, n.Num(v), n.Num(f.MinValue)))
		}
		if f.MaxValue.Valid && v > f.MaxValue.Float64 {
			problems = append(problems, fmt.Sprintf(msgNopAboveMax, f.Code, n.Num(v), n.Num(f.MaxValue.Float64)))
		}
		if f.MaxField != "" {
			if bound, ok := values[f.MaxField]; ok && v > bound {
				problems = append(problems, fmt.Sprintf(msgNopAboveField, f.Code, n.Num(v), f.MaxField, n.Num(bound)))
			}
		}
	}
	if len(missing) > 0 {
		problems = append(problems, fmt.Sprintf(msgNopMissing, strings.Join(missing, "; ")))
	}
	return problems
}

// splitTrailingPeriod separates "Can Lộc Q2/2019" into the unit and the
// period written after it, so "đơn vị=" may come before the period.
func splitTrailingPeriod(unit string, ref time.Time) (string, string) {
	words := strings.Fields(unit)
	for k := 1; k < len(words); k++ {
		rest := strings.Join(words[k:], " ")
		if _, err := nlu.ParseQuarter(rest); err == nil || isOtherPeriod(rest, ref) {
			return strings.Join(words[:k], " "), rest
		}
	}
	return unit, ""
}
