// Package report renders the bot's figures as pictures and spreadsheets that
// officials can forward as they are: PNG charts (trend, ranking, funding) and
// an .xlsx workbook with the figures, the submission status and the funding of
// Resolution 22 (NQ 22) projects.
//
// Text is drawn with Liberation Sans, which gonum.org/v1/plot embeds and which
// covers every precomposed Vietnamese letter; all text is normalised to NFC
// first because the renderer places combining marks poorly. Nothing is read
// from disk or network at run time. Every function builds its own plot or
// workbook, so all of them are safe to call concurrently.
package report

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ErrNoData is returned by the chart functions when there is nothing to draw.
// A chat reply with text ("Chưa có số liệu") serves the user better than an
// empty picture, so the caller decides what to send.
var ErrNoData = errors.New("report: no data to draw")

// User-facing text, kept together for review.
const (
	legendAllocated = "Đã cấp"
	legendProposed  = "Đề xuất"
	axisMillionVND  = "Triệu đồng"

	sheetFigures = "Số liệu"
	sheetStatus  = "Tình hình nộp"
	sheetFunding = "Kinh phí NQ 22"

	titleFigures = "Số liệu báo cáo"
	titleStatus  = "Tình hình nộp báo cáo"
	titleFunding = "Kinh phí thực hiện Nghị quyết 22, báo cáo"

	headerCode  = "Mã đơn vị"
	headerUnit  = "Đơn vị"
	headerShare = "Tỷ lệ hồ sơ trực tuyến (%)"

	answerYes     = "có"
	answerNo      = "không"
	totalComputed = "Tổng (cộng các dòng)"
	totalStated   = "Tổng (theo báo cáo)"
)

// Immutable header tables.
var (
	statusHeaders  = [...]string{headerCode, headerUnit, "Đã nộp", "Thời điểm nộp", "Người nộp", "Nộp muộn"}
	fundingHeaders = [...]string{"STT", "Dự án", "Cơ quan chủ trì", "Hiện trạng",
		"Nguồn NQ 22 (triệu đồng)", "Lồng ghép (triệu đồng)", "Đề xuất (triệu đồng)"}
)

// clean normalises text to NFC and trims it.
func clean(s string) string { return strings.TrimSpace(norm.NFC.String(s)) }

// shorten keeps axis labels from eating the plot area.
func shorten(s string, max int) string {
	s = clean(s)
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max-1])) + "…"
}

// wrap breaks s at spaces into at most lines lines of about width runes;
// what does not fit is shortened.
func wrap(s string, width, lines int) string {
	var out []string
	cur := ""
	for _, w := range strings.Fields(clean(s)) {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= width:
			cur += " " + w
		default:
			out, cur = append(out, cur), w
		}
	}
	out = append(out, cur)
	if len(out) > lines {
		out[lines-1] = shorten(strings.Join(out[lines-1:], " "), width)
		out = out[:lines]
	}
	for i := range out {
		out[i] = shorten(out[i], width)
	}
	return strings.Join(out, "\n")
}

// formatNumber writes v the Vietnamese way: "1.234.567" and "85,37"
// (at most two decimals).
func formatNumber(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	var b strings.Builder
	if neg && (intPart != "0" || hasFrac) {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

// checkFinite rejects NaN and ±Inf, which no chart can place.
func checkFinite(label string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("report: value of %q is not a finite number", label)
	}
	return nil
}

// withPeriod joins a sheet title and the period ("quý 2/2019").
func withPeriod(title, period string) string {
	if p := clean(period); p != "" {
		return title + " " + p
	}
	return title
}
