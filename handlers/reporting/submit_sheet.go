package reporting

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// sheetValues is the sheet of figures of the import format, the one a
// clerk fills (/mau).
const sheetValues = "so_lieu"

// SubmitSheet takes the quarterly form sent as a filled sheet of the
// template: the so_lieu rows of the clerk's own unit for one quarter, one
// a code of the form the unit must send (the field's code, "dvc3", or
// its indicator's, "hstt_tt_share"). The values then go through what
// /nop does: the same reading of numbers, the form's rules (CheckRules),
// the preview with last quarter's figures and «Xác nhận». A row of
// another unit, another period, an unknown code or a bad number is named
// by its line, and nothing is kept. The sheet's other columns (nguon,
// trich_dan…) and sheets are not read: a form sent by a unit is its own
// source.
func (d *Desk) SubmitSheet(ctx context.Context, m bot.Message, who queries.Account, wb *dataset.Workbook) ([]bot.Reply, error) {
	if who.Role != "clerk" {
		return reply(msgNopNotAllowed), nil
	}
	sheet := wb.Sheet(sheetValues)
	if sheet == nil && len(wb.Sheets) == 1 {
		// One CSV file takes its sheet's name from the file's: whatever
		// a clerk named it, it is their figures.
		sheet = wb.Sheets[0]
	}
	if sheet == nil {
		return reply(msgSheetMissing), nil
	}
	form, fields, problem, err := d.unitForm(ctx, who)
	if err != nil || problem != "" {
		return reply(problem), err
	}
	draft, problems := ReadSheet(sheet, who, fields, d.cat.Get().Indicators)
	now := d.now()
	if draft.Period.End != "" && draft.Period.End >= now.Format("2006-01-02") {
		problems = append(problems, fmt.Sprintf(msgNopFuture, draft.Period.Label, vi.Date(draft.Period.End)))
	}
	c := d.cat.Get()
	unit, known := c.UnitsByID[who.UnitID]
	if !known {
		// A unit that no longer exists today may still send a late report.
		unit = queries.Unit{ID: who.UnitID, Code: who.UnitCode, Name: who.UnitName}
	} else if draft.Period.End != "" && !unit.ValidOn(draft.Period.End) {
		problems = append(problems, fmt.Sprintf(msgUnitNotThen, who.UnitName, draft.Period.Label))
	}
	if len(problems) == 0 {
		problems = CheckRules(draft.Values, fields)
	}
	if len(problems) > 0 {
		return reply(msgNopProblemsHead + "\n• " + strings.Join(problems, "\n• ")), nil
	}
	p := queries.Pending{Platform: m.Platform, ChatID: m.ChatID, PersonID: who.PersonID, FormID: form.ID, UnitID: unit.ID,
		PeriodStart: draft.Period.Start, PeriodEnd: draft.Period.End, PeriodLabel: draft.Period.Label, Values: draft.Values}
	if err := d.data.CancelOpenPending(ctx, m.Platform, m.ChatID, now); err != nil {
		return nil, err
	}
	id, err := d.data.StartPending(ctx, p, now, pendingTTL)
	if err != nil {
		return nil, err
	}
	p.ID = id
	return d.preview(ctx, m, c, p, fields, unit)
}

// unitForm is the quarterly form the clerk's unit must send, and its fields.
func (d *Desk) unitForm(ctx context.Context, who queries.Account) (queries.Form, []queries.FormField, string, error) {
	forms := d.cat.Get().QuarterForms(who.UnitID)
	if len(forms) == 0 {
		return queries.Form{}, nil, fmt.Sprintf(msgNopNotReporter, who.UnitName), nil
	}
	fields, err := d.data.FormFields(ctx, forms[0].ID)
	return forms[0], fields, "", err
}

// ReadSheet reads the rows of a so_lieu sheet into a draft of one quarter
// for the clerk's unit, each value read as /nop reads it; every problem
// names its line. The form's rules are not applied here (CheckRules).
func ReadSheet(sheet *dataset.Sheet, who queries.Account, fields []queries.FormField, indicators map[string]queries.Indicator) (Draft, []string) {
	d := Draft{Values: map[string]float64{}}
	col := map[string]int{}
	for i, h := range sheet.Header {
		if _, dup := col[h]; h != "" && !dup {
			col[h] = i
		}
	}
	var problems []string
	for _, c := range []string{"chi_tieu", "ky", "gia_tri"} {
		if _, ok := col[c]; !ok {
			problems = append(problems, dataset.Problem{Sheet: sheetValues, Line: 1, Column: c, Reason: msgSheetNoColumn}.String())
		}
	}
	if len(problems) > 0 {
		return d, problems
	}
	byCode := map[string]queries.FormField{}
	var codes []string
	for _, f := range fields {
		byCode[strings.ToLower(f.Code)] = f
		codes = append(codes, f.Code)
	}
	for code, in := range indicators {
		for _, f := range fields {
			if f.IndicatorID == in.ID {
				byCode[strings.ToLower(code)] = f
			}
		}
	}
	cell := func(r dataset.Row, name string) dataset.Cell {
		i, ok := col[name]
		if !ok || i >= len(r.Cells) {
			return dataset.Cell{}
		}
		return r.Cells[i]
	}
	problem := func(line int, column, format string, args ...any) {
		reason := strings.ToValidUTF8(fmt.Sprintf(format, args...), "\uFFFD") // cells quoted back may hold anything
		problems = append(problems, dataset.Problem{Sheet: sheetValues, Line: line, Column: column, Reason: reason}.String())
	}
	lines := map[string]int{}
	for _, r := range sheet.Rows {
		code, value := strings.TrimSpace(cell(r, "chi_tieu").Text), cell(r, "gia_tri")
		if code == "" && value.Text == "" {
			continue
		}
		f, ok := byCode[strings.ToLower(code)]
		if !ok {
			problem(r.Line, "chi_tieu", msgSheetUnknownCode, code, strings.Join(codes, ", "))
			continue
		}
		if unit := strings.TrimSpace(cell(r, "don_vi").Text); unit != "" && !strings.EqualFold(unit, who.UnitCode) &&
			nlu.Normalize(unit).Folded != nlu.Normalize(who.UnitName).Folded {
			problem(r.Line, "don_vi", msgSheetOtherUnit, who.UnitName, who.UnitCode, unit)
			continue
		}
		per, err := nlu.ParseQuarter(cell(r, "ky").Text)
		if err != nil {
			problem(r.Line, "ky", "%s", err.Error())
			continue
		}
		switch {
		case d.Period.Start == "":
			d.Period, d.PeriodSet = per, true
		case per.Start != d.Period.Start:
			problem(r.Line, "ky", msgSheetTwoPeriods, per.Label, d.Period.Label)
			continue
		}
		if first, dup := lines[f.Code]; dup {
			problem(r.Line, "", msgSheetDuplicate, f.Code, first)
			continue
		}
		raw := strings.TrimSpace(value.Text)
		if value.Kind == dataset.CellNumber {
			raw = strconv.FormatFloat(value.Number, 'f', -1, 64)
		}
		v, why := parseFigure(f.Code, strings.TrimSuffix(raw, "%"), f)
		if raw == "" {
			why = fmt.Sprintf(msgSheetEmpty, f.Code)
		}
		if why != "" {
			problem(r.Line, "gia_tri", "%s", why)
			continue
		}
		lines[f.Code] = r.Line
		d.Values[f.Code] = v
		d.Codes = append(d.Codes, f.Code)
	}
	if len(problems) == 0 && len(d.Values) == 0 {
		problems = append(problems, msgSheetNoRows)
	}
	return d, problems
}
