package nlu

import "strings"

// FormParts splits a message typed as a form's fields ("Chỉ tiêu: tỷ lệ
// HS trực tuyến | Đơn vị: Can Lộc | Kỳ: Q2/2019", "ĐV=Sở Tài chính;
// CT=số hồ sơ online; kỳ=quý 1", "Hương Sơn; dvc3; quý 2/2019") into its
// fields' values, without the labels that only name a field ("chỉ tiêu",
// whose word is also a target's, "đơn vị", "kỳ", "phạm vi"), and without
// the fields that say nothing asked ("ĐVT: triệu đồng", "nguồn BC 47");
// nil unless it has two fields or more, split by "|" or ";". Whether the
// fields make one question or a list of questions is for the caller to
// tell.
func FormParts(message string) []string {
	sep := "|"
	if !strings.Contains(message, sep) {
		sep = ";"
	}
	if !strings.Contains(message, sep) {
		return nil
	}
	fields := strings.Split(message, sep)
	if len(fields) < 2 || len(fields) > 6 || strings.Count(message, "?") > 1 || looksLikeSQL(message) {
		return nil
	}
	var out []string
	for _, f := range fields {
		if f = strings.TrimSpace(f); f == "?" || f == "" || len(strings.Fields(f)) > 8 {
			// A blank to fill is a table's ("Chỉ tiêu | Giá trị … | ?"); a
			// sentence is no field.
			return nil
		}
		f = strings.TrimSpace(strings.TrimRight(f, "?."))
		if label, value, ok := cutLabel(f); ok {
			name := strings.Join(Normalize(label).Tokens, " ")
			if unitOfMeasure[name] {
				continue // "ĐVT: triệu đồng": how the form counts
			}
			f = value
			if !fieldLabels[name] {
				f = label + " " + value
			}
		}
		if toks := Normalize(f).Tokens; len(toks) > 1 && (toks[0] == "nguon" || toks[0] == "theo") && namesReport(toks[1:]) {
			continue // "nguồn BC 47": the source, which every answer names
		}
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// cutLabel cuts a field "label: value" or "label=value" (or "label -
// value") at its first mark.
func cutLabel(f string) (label, value string, ok bool) {
	at := strings.IndexAny(f, ":=")
	if at <= 0 {
		if l, v, ok := strings.Cut(f, " - "); ok && l != "" {
			return l, v, true
		}
		return "", "", false
	}
	return f[:at], f[at+1:], true
}

// fieldLabels are the names of a form's fields, folded.
var fieldLabels = map[string]bool{"chi tieu": true, "ct": true, "don vi": true, "dv": true, "ky": true,
	"ky bao cao": true, "pham vi": true, "thoi diem": true, "thoi gian": true, "cap": true, "noi dung": true, "nguon": true, "loai": true,
	"dia ban": true, "so lieu": true, "doi tuong": true, "hang muc": true, "yeu cau": true, "ma": true, "ma chi tieu": true, "ten chi tieu": true,
	"don vi bao cao": true, "cq": true, "co quan": true}

// unitOfMeasure labels the unit a form counts in ("ĐVT"): no part of the
// question.
var unitOfMeasure = map[string]bool{"dvt": true, "don vi tinh": true}
