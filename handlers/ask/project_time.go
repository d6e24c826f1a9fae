package ask

import (
	"fmt"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// projectTime is when the projects asked about run: "kết thúc năm 2017",
// "bắt đầu năm 2018", "kéo dài đến năm 2020", "thực hiện trong năm 2019",
// "thực hiện cả giai đoạn 2017-2020".
type projectTime struct {
	how  string // ends, starts, runs (during the year), spans (the whole range)
	year int
	per  nlu.Period
}

// askedProjectTime reads the project time a question filters on. A
// question about money names the year of the funding, not of the work;
// a range that is not "cả giai đoạn" is the programme's own.
func askedProjectTime(p nlu.Parse) (projectTime, bool) {
	per := firstPeriod(p)
	if per == nil || p.Money {
		return projectTime{}, false
	}
	if per.Kind == nlu.PeriodRange {
		return projectTime{how: "spans", per: *per}, runsThrough(p.Words)
	}
	if len(per.End) < 4 || (per.Kind != nlu.PeriodYear && per.Kind != nlu.PeriodAsOf) {
		return projectTime{}, false
	}
	if per.Kind == nlu.PeriodAsOf && p.Status != "" && p.Status != "done" {
		// "Bao nhiêu dự án đang thực hiện tính đến 10/6/2019", "… chưa
		// thực hiện tính tới tháng 6/2019": the state on that day, which
		// the report's status is, not an end year.
		return projectTime{}, false
	}
	var y int
	if _, err := fmt.Sscan(per.End[:4], &y); err != nil {
		return projectTime{}, false
	}
	switch {
	case hasWord(p.Words, "bat", "dau") || hasWord(p.Words, "khoi", "dong"):
		return projectTime{how: "starts", year: y, per: *per}, true
	case per.Kind == nlu.PeriodAsOf && p.Status == "done":
		// "tính đến 10/6/2019 đã hoàn thành mấy dự án": those done by
		// then, not only in that year ("kéo dài đến năm 2020": ending
		// that year).
		return projectTime{how: "endsBy", year: y, per: *per}, true
	case per.Kind == nlu.PeriodAsOf || hasWord(p.Words, "ket", "thuc") || hasWord(p.Words, "xong") || hasWord(p.Words, "hoan", "thanh"):
		return projectTime{how: "ends", year: y, per: *per}, true
	}
	return projectTime{how: "runs", year: y, per: *per}, true
}

// holds reports whether a project runs at the time asked; a project whose
// line states no years is not counted in any.
func (t projectTime) holds(pr queries.Project) bool {
	if t.how == "spans" {
		return spansPeriod(pr, t.per)
	}
	if pr.StartYear == 0 || pr.EndYear == 0 {
		return false
	}
	switch t.how {
	case "starts":
		return pr.StartYear == t.year
	case "ends":
		return pr.EndYear == t.year
	case "endsBy":
		return pr.EndYear <= t.year
	}
	return pr.StartYear <= t.year && t.year <= pr.EndYear
}

// label names the time in a list's heading: " kết thúc năm 2017".
func (t projectTime) label() string {
	switch t.how {
	case "starts":
		return fmt.Sprintf("bắt đầu năm %d", t.year)
	case "ends":
		return fmt.Sprintf("kết thúc năm %d", t.year)
	case "runs":
		return fmt.Sprintf("thực hiện trong năm %d", t.year)
	case "endsBy":
		return "kết thúc " + t.per.Label
	}
	return "thực hiện cả " + t.per.Label
}

// spansPeriod: the project runs from the period's first year to its last.
func spansPeriod(pr queries.Project, per nlu.Period) bool {
	return len(per.Start) >= 4 && len(per.End) >= 4 && pr.StartYear > 0 &&
		fmt.Sprint(pr.StartYear) == per.Start[:4] && fmt.Sprint(pr.EndYear) == per.End[:4]
}

// runsThrough: the period is when the projects run ("thực hiện cả giai
// đoạn", "kéo dài"), not the programme's own ("được duyệt … giai đoạn").
func runsThrough(words []string) bool {
	return hasWord(words, "thuc", "hien") || hasWord(words, "keo", "dai") || hasWord(words, "ca", "giai", "doan")
}
