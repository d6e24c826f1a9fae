// Package hatinh2025 builds the dataset of Hà Tĩnh's structure after the
// 2025 reform from the reference files in dataset/data/sources, so that
// every row of dataset/data/ha-tinh-2025 can be traced to them (a test
// rebuilds it and compares). Run `go generate ./dataset` after changing a
// source file or this builder.
package hatinh2025

import (
	"encoding/csv"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/dataset"
)

// Dates of the reform.
const (
	communesEnd   = "30/06/2025" // the last day of the district level and of the 2019 communes
	communesStart = "01/07/2025" // Nghị quyết 1665/NQ-UBTVQH15 takes effect
	ictEnd        = "28/02/2025" // Sở TT&TT's last day
	ictMerged     = "01/03/2025" // Sở KH&CN works as the merged department
)

// NewForm is the quarterly form the new communes send.
const NewForm = "dvctt-quy"

type record map[string]string

func read(fsys fs.FS, name string) ([]record, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("hatinh2025: %s: %w", name, err)
	}
	var out []record
	for _, row := range rows[1:] {
		r := record{}
		for i, h := range rows[0] {
			r[h] = strings.TrimSpace(row[i])
		}
		out = append(out, r)
	}
	return out, nil
}

var levelWord = map[string]string{"province": "tỉnh", "district": "huyện", "commune": "xã"}

func shortName(name, kind string) string {
	if rest, ok := strings.CutPrefix(name, kind+" "); ok {
		return rest
	}
	return name
}

// ubnd is how people name a unit's People's Committee: "UBND xã Can Lộc".
func ubnd(name, kind string) string {
	return "UBND " + strings.ToLower(kind[:1]) + name[1:]
}

// Build reads the source files and returns the dataset.
func Build(sources fs.FS) (*dataset.Workbook, error) {
	u19, err := read(sources, "ha-tinh-units-2019.csv")
	if err != nil {
		return nil, err
	}
	agencies, err := read(sources, "ha-tinh-agencies-2019.csv")
	if err != nil {
		return nil, err
	}
	u25, err := read(sources, "ha-tinh-units-2025.csv")
	if err != nil {
		return nil, err
	}
	old := map[string]record{}
	for _, r := range u19 {
		old[r["code"]] = r
	}
	// Each new unit kept the code of one commune merged into it: that
	// commune is one of its predecessors, and that commune's district one
	// of the districts it took over from. Nothing else is sourced.
	byCommune := map[string]string{}
	byDistrict := map[string][]string{}
	var communes []record
	for _, r := range u25 {
		if r["level"] == "province" {
			continue
		}
		o, ok := old[r["code"]]
		if !ok || o["name"] != r["code_2019_name"] {
			return nil, fmt.Errorf("hatinh2025: %s %s: its code is not the 2019 commune %q", r["code"], r["name"], r["code_2019_name"])
		}
		d := old[o["parent_code"]]
		if d["name"] != r["code_2019_district"] {
			return nil, fmt.Errorf("hatinh2025: %s: district %q, the 2019 file says %q", r["code"], r["code_2019_district"], d["name"])
		}
		byCommune[o["code"]] = r["code"]
		byDistrict[d["code"]] = append(byDistrict[d["code"]], r["code"])
		communes = append(communes, r)
	}
	if len(communes) != 69 {
		return nil, fmt.Errorf("hatinh2025: %d commune-level units, Nghị quyết 1665 has 69", len(communes))
	}

	wb := &dataset.Workbook{}
	src := wb.AddSheet("nguon", "ma", "ten", "ngay", "co_quan")
	src.Append("1665/NQ-UBTVQH15", "Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hà Tĩnh năm 2025", "16/06/2025",
		"Ủy ban Thường vụ Quốc hội")

	ind := wb.AddSheet("chi_tieu", "ma", "ten", "loai", "don_vi_tinh", "bi_danh", "chu_de", "cong_theo_don_vi", "cong_theo_ky", "cao_la_tot", "truoc_day")
	for _, in := range indicators() {
		ind.Append(in...)
	}

	forms := wb.AddSheet("bieu_mau", "ma", "ten", "ky_bao_cao", "han_nop_sau_ngay")
	forms.Append(NewForm, "Báo cáo quý về dịch vụ công trực tuyến và hồ sơ trực tuyến của đơn vị cấp xã", "quý", "15")
	fields := wb.AddSheet("truong_bieu_mau", "bieu_mau", "ma", "chi_tieu", "thu_tu", "toi_thieu", "toi_da", "so_nguyen")
	for i, f := range [][3]string{
		{"dvc_tt", "dvc_tt", ""}, {"dvc_mp", "dvc_mp", ""}, {"hs_tt", "hstt_tt_share", "100"},
		{"thanh_toan", "payment_share", "100"}, {"so_hoa", "digitized_share", "100"}, {"dung_han", "ontime_share", "100"},
	} {
		integer := "có"
		if f[2] != "" {
			integer = "không"
		}
		fields.Append(NewForm, f[0], f[1], fmt.Sprint(i+1), "0", f[2], integer)
	}
	stages := wb.AddSheet("lich_nhac", "bieu_mau", "giai_doan", "so_ngay", "lap_lai_sau_ngay", "gui_cho")
	stages.Append(NewForm, "before", "-3", "0", "đầu mối")
	stages.Append(NewForm, "deadline", "0", "0", "đầu mối")
	stages.Append(NewForm, "overdue", "3", "7", "đầu mối")
	stages.Append(NewForm, "escalation", "7", "0", "lãnh đạo")

	units := wb.AddSheet("don_vi", "ma", "ten", "cap", "ma_cap_tren", "bi_danh", "hieu_luc_tu", "hieu_luc_den", "thay_the_boi",
		"ten_ngan", "loai_hinh", "bao_cao")
	for _, r := range u19 {
		name, kind, level := r["name"], r["type"], r["level"]
		if level == "province" {
			units.Append(r["code"], name, levelWord[level], "", "", "", "", "", shortName(name, kind), kind, "")
			continue
		}
		aliases := []string{ubnd(name, kind)}
		if kind == "Huyện" {
			aliases = append(aliases, "H. "+shortName(name, kind))
		}
		var succ []string
		forms := ""
		switch level {
		case "district":
			succ = byDistrict[r["code"]]
			forms = dataset.QuarterlyFormCode
		case "commune":
			if c, ok := byCommune[r["code"]]; ok {
				succ = []string{c}
			}
		}
		sort.Strings(succ)
		units.Append(r["code"], name, levelWord[level], r["parent_code"], strings.Join(aliases, ";"), "", communesEnd,
			strings.Join(succ, ";"), shortName(name, kind), kind, forms)
	}
	for _, a := range agencies {
		switch a["code"] {
		case "S-TTTT":
			units.Append(a["code"], a["name"], "sở", "42", a["short_names"], "", ictEnd, "S-KHCN", "Sở TT&TT", a["kind"], dataset.QuarterlyFormCode)
		case "S-KHCN":
			units.Append(a["code"], a["name"], "sở", "42", a["short_names"], "", "", "", "Sở KH&CN", a["kind"], dataset.QuarterlyFormCode)
		}
	}
	for _, r := range communes {
		name, kind := r["name"], r["type"]
		units.Append(r["code"], name, "xã", "42", ubnd(name, kind), communesStart, "", "", shortName(name, kind), kind, NewForm)
	}

	aliases := wb.AddSheet("bi_danh_don_vi", "don_vi", "bi_danh", "tu_ngay", "den_ngay")
	// The old names of Sở TT&TT, as the demo knows them (Sở TT&TT and
	// STTTT read as the full name, so they are not repeated).
	for _, a := range []string{"Sở Thông tin và Truyền thông", "sở thông tin", "sở thông tin truyền thông", "TT&TT"} {
		aliases.Append("S-KHCN", a, ictMerged, "")
	}
	for _, r := range communes {
		o := old[r["code"]]
		for _, a := range []string{o["name"], shortName(o["name"], o["type"])} {
			if a != r["name"] && a != shortName(r["name"], r["type"]) {
				aliases.Append(r["code"], a, communesStart, "")
			}
		}
	}
	return wb, nil
}

// indicators are today's indicators (Nghị định 42/2022/NĐ-CP counts
// online services as toàn trình and một phần, no longer mức độ 3/4). Every
// alias of a toàn trình figure says "toàn trình", so that none matches a
// question about "hồ sơ trực tuyến" (hstt, hstt_share) and each is longer
// than the 2019 aliases it overlaps with, which the understanding prefers.
func indicators() [][]string {
	return [][]string{
		{"dvc_tt", "số dịch vụ công trực tuyến toàn trình", "count", "dịch vụ",
			"dịch vụ công trực tuyến toàn trình;dịch vụ công + toàn trình;dịch vụ + toàn trình;DVCTT + toàn trình;thủ tục + toàn trình",
			"dvctt", "sum", "last", "có", "dvc4"},
		{"dvc_mp", "số dịch vụ công trực tuyến một phần", "count", "dịch vụ",
			"dịch vụ công trực tuyến một phần;dịch vụ công + một phần;dịch vụ + trực tuyến một phần;DVCTT + một phần;thủ tục + trực tuyến một phần",
			"dvctt", "sum", "last", "có", "dvc3"},
		{"hstt_tt_share", "tỷ lệ hồ sơ trực tuyến toàn trình", "percent", "%",
			"tỷ lệ hồ sơ trực tuyến toàn trình;tỷ lệ + hồ sơ + trực tuyến toàn trình;tỷ lệ + hồ sơ + nộp + trực tuyến toàn trình;" +
				"tỷ lệ + hồ sơ + toàn trình;% + hồ sơ + toàn trình;phần trăm + hồ sơ + toàn trình;hồ sơ trực tuyến toàn trình;" +
				"hồ sơ + nộp + trực tuyến toàn trình;hồ sơ + toàn trình",
			"hoso_tt", "none", "last", "có", ""},
		{"payment_share", "tỷ lệ thanh toán trực tuyến", "percent", "%",
			"tỷ lệ thanh toán trực tuyến;tỷ lệ + thanh toán trực tuyến;tỷ lệ + hồ sơ + thanh toán trực tuyến;hồ sơ + thanh toán trực tuyến;" +
				"thanh toán trực tuyến;tỷ lệ + thanh toán;% + thanh toán;thanh toán điện tử;tỷ lệ + thanh toán + trực tuyến",
			"thanhtoan", "none", "last", "có", ""},
		{"digitized_share", "tỷ lệ số hóa hồ sơ", "percent", "%",
			"tỷ lệ số hóa hồ sơ;tỷ lệ + số hóa + hồ sơ;tỷ lệ + hồ sơ + số hóa;tỷ lệ + số hóa;% + số hóa;số hóa hồ sơ;số hóa + hồ sơ;" +
				"số hóa + kết quả;số hóa",
			"sohoa", "none", "last", "có", ""},
		{"ontime_share", "tỷ lệ giải quyết đúng hạn", "percent", "%",
			"tỷ lệ giải quyết đúng hạn;tỷ lệ + giải quyết + đúng hạn;tỷ lệ + hồ sơ + giải quyết + đúng hạn;tỷ lệ + hồ sơ + đúng hạn;" +
				"hồ sơ + giải quyết + đúng hạn;giải quyết + đúng hạn;hồ sơ + đúng hạn;% + hồ sơ + đúng hạn",
			"dunghan", "none", "last", "có", ""},
	}
}
