package dataset

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/xuri/excelize/v2"

	"github.com/hatinh-stttt/chatbot/queries"
)

// templateRows is how far down the drop-down lists of the template reach.
const templateRows = 50000

// Template writes an empty workbook for people to fill: a huong_dan sheet
// that explains every column, the catalog as the database holds it on its
// own sheets (importing them back changes nothing), empty van_ban, so_lieu
// and muc_tieu sheets whose chi_tieu, don_vi and nguon cells offer
// drop-down lists of the current codes (units valid on the given day, YYYY-MM-DD),
// kept on a hidden danh_sach sheet.
func Template(ctx context.Context, s *queries.Store, w io.Writer, today string) error {
	var wb *Workbook
	var st *state
	err := s.Tx(ctx, func(tx *queries.Store) error {
		var err error
		st, err = loadState(ctx, tx, false)
		if err != nil {
			return err
		}
		wb = st.workbook(false)
		return nil
	})
	if err != nil {
		return err
	}
	guide := &Sheet{Name: sheetGuide, Header: []string{"trang", "cot", "bat_buoc", "giai_thich"}}
	guide.Append("", "", "", msgGuideIntro1)
	guide.Append("", "", "", msgGuideIntro2)
	guide.Append("", "", "", msgGuideIntro3)
	for _, sp := range sheetSpecs() {
		guide.Append(sp.name, "", "", sp.help)
		for _, c := range sp.columns {
			req := ""
			if c.required {
				req = "có"
			}
			guide.Append(sp.name, c.name, req, c.help)
		}
	}
	lists := st.templateLists(today)
	wb.Sheets = append(append([]*Sheet{guide}, wb.Sheets...), lists.sheet)
	f, err := wb.xlsx(false)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.SetColWidth(sheetGuide, "D", "D", 120); err != nil {
		return fmt.Errorf("dataset: template: %w", err)
	}
	for _, v := range []struct{ sheet, col, list string }{
		{sheetPassages, "nguon", "E"},
		{sheetValues, "chi_tieu", "A"}, {sheetValues, "don_vi", "C"}, {sheetValues, "nguon", "E"},
		{sheetTargets, "chi_tieu", "A"}, {sheetTargets, "don_vi", "C"}, {sheetTargets, "nguon", "E"},
	} {
		if err := addDropList(f, wb.Sheet(v.sheet), v.col, v.list, lists.length[v.list]); err != nil {
			return err
		}
	}
	if err := f.SetSheetVisible(sheetLists, false); err != nil {
		return fmt.Errorf("dataset: template: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("dataset: write template: %w", err)
	}
	return nil
}

type templateLists struct {
	sheet  *Sheet
	length map[string]int // rows of each list column
}

// templateLists are the codes the drop-down lists offer, each next to its
// name: indicators (A, B), units valid today (C, D), sources (E, F).
func (st *state) templateLists(today string) templateLists {
	var inds, units, srcs [][2]string
	for _, code := range sortedKeys(st.indicators) {
		inds = append(inds, [2]string{code, st.indicators[code].Name})
	}
	for _, u := range st.units {
		if u.ValidOn(today) {
			units = append(units, [2]string{u.Code, u.Name})
		}
	}
	sort.SliceStable(units, func(i, j int) bool { return units[i][0] < units[j][0] })
	for _, code := range sortedKeys(st.sources) {
		srcs = append(srcs, [2]string{code, st.sources[code].Title})
	}
	sh := &Sheet{Name: sheetLists, Header: []string{"chi_tieu", "ten_chi_tieu", "don_vi", "ten_don_vi", "nguon", "ten_nguon"}}
	n := max(len(inds), len(units), len(srcs))
	for i := 0; i < n; i++ {
		row := make([]string, 6)
		for k, list := range [][][2]string{inds, units, srcs} {
			if i < len(list) {
				row[2*k], row[2*k+1] = list[i][0], list[i][1]
			}
		}
		sh.Append(row...)
	}
	return templateLists{sheet: sh, length: map[string]int{"A": len(inds), "C": len(units), "E": len(srcs)}}
}

// addDropList offers, in a column of a sheet, the codes of a list column
// of danh_sach. Other values are allowed after a warning: figures of past
// years name units that no longer exist.
func addDropList(f *excelize.File, sh *Sheet, col, listCol string, n int) error {
	if sh == nil || n == 0 {
		return nil
	}
	i := sh.column(col)
	if i < 0 {
		return nil
	}
	name, err := excelize.ColumnNumberToName(i + 1)
	if err != nil {
		return fmt.Errorf("dataset: template: %w", err)
	}
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(fmt.Sprintf("%s2:%s%d", name, name, templateRows))
	dv.SetSqrefDropList(fmt.Sprintf("%s!$%s$2:$%s$%d", sheetLists, listCol, listCol, n+1))
	dv.SetError(excelize.DataValidationErrorStyleWarning, msgDropListTitle, fmt.Sprintf(msgDropListError, col))
	if err := f.AddDataValidation(sh.Name, dv); err != nil {
		return fmt.Errorf("dataset: template: %w", err)
	}
	return nil
}
