package nlu

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

var (
	// refJuly and refFeb are "now" for relative expressions; a time zone
	// east of UTC checks that ref's civil date is used, not UTC's.
	hanoi    = time.FixedZone("ICT", 7*3600)
	refJuly  = time.Date(2019, 7, 20, 9, 30, 0, 0, hanoi)
	refFeb   = time.Date(2019, 2, 1, 0, 30, 0, 0, hanoi)
	latestP  = Period{Kind: PeriodLatest, Label: "hiện nay"}
	noPeriod = Period{}
)

func yearP(y string) Period {
	return Period{Kind: PeriodYear, Start: y + "-01-01", End: y + "-12-31", Label: "năm " + y}
}

func quarterP(start, end, label string) Period {
	return Period{Kind: PeriodQuarter, Start: start, End: end, Label: label}
}

func monthP(start, end, label string) Period {
	return Period{Kind: PeriodMonth, Start: start, End: end, Label: label}
}

func rangeP(start, end, label string) Period {
	return Period{Kind: PeriodRange, Start: start, End: end, Label: label}
}

func asOfP(end, label string) Period {
	return Period{Kind: PeriodAsOf, End: end, Label: label}
}

type findPeriodCase struct {
	name string
	in   string // a question; the test normalises it
	ref  time.Time
	want Period
	span string // the folded tokens [from, to) cover; "" when not found
}

// findPeriodCases is TestFindPeriod's table, also FuzzFindPeriod's seeds.
func findPeriodCases() []findPeriodCase {
	q2 := quarterP("2019-04-01", "2019-06-30", "quý 2/2019")
	h1 := rangeP("2019-01-01", "2019-06-30", "6 tháng đầu năm 2019")
	return []findPeriodCase{
		// Years.
		{"year", "Số DVC mức 3 năm 2018", refJuly, yearP("2018"), "nam 2018"},
		{"year without diacritics", "nam 2018 co bao nhieu dvc", refJuly, yearP("2018"), "nam 2018"},
		{"bare year", "dịch vụ công 2018", refJuly, yearP("2018"), "2018"},
		{"bare year then question", "2019 có bao nhiêu hồ sơ", refJuly, yearP("2019"), "2019"},
		{"bare year after ho so", "hồ sơ 2019", refJuly, yearP("2019"), "2019"},
		{"whole year", "cả năm 2018", refJuly, yearP("2018"), "ca nam 2018"},
		{"year range dash", "giai đoạn 2017-2020", refJuly, rangeP("2017-01-01", "2020-12-31", "giai đoạn 2017-2020"), "giai doan 2017-2020"},
		{"year range en dash", "giai đoạn 2017–2020", refJuly, rangeP("2017-01-01", "2020-12-31", "giai đoạn 2017-2020"), "giai doan 2017-2020"},
		{"year range spaced dash", "giai đoạn 2016 – 2020", refJuly, rangeP("2016-01-01", "2020-12-31", "giai đoạn 2016-2020"), "giai doan 2016 2020"},
		{"bare year range", "kế hoạch 2017-2020", refJuly, rangeP("2017-01-01", "2020-12-31", "giai đoạn 2017-2020"), "2017-2020"},
		{"year range words", "từ năm 2017 đến năm 2020", refJuly, rangeP("2017-01-01", "2020-12-31", "giai đoạn 2017-2020"), "tu nam 2017 den nam 2020"},

		// Ranges an accountant types as dates: whole months are months,
		// a start without its year is of the end's year.
		{"day range start without year", "Can Lộc từ 01/01 đến 30/6/2019", refJuly, h1, "tu 01/01 den 30/6/2019"},
		{"day range quarter", "từ 01/4 đến 30/6/2019 huyện nào", refJuly, q2, "tu 01/4 den 30/6/2019"},
		{"day range dotted", "từ 01.4 đến 30.6.2019", refJuly, q2, "tu 01.4 den 30.6.2019"},
		{"day range one token", "Thạch Hà từ 1/1-31/3/2019?", refJuly, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), "1/1-31/3/2019"},
		{"day range a year", "kỳ 01/01–31/12/2017", refJuly, yearP("2017"), "01/01-31/12/2017"},
		{"month range one token", "trong khoảng 01/2018–12/2018", refJuly, yearP("2018"), "01/2018-12/2018"},
		{"day range not whole months", "từ 15/1 đến 20/3/2019", refJuly,
			rangeP("2019-01-15", "2019-03-20", "từ ngày 15/01/2019 đến ngày 20/03/2019"), "tu 15/1 den 20/3/2019"},
		{"day range bad day", "từ 30/2 đến 31/3/2019", refJuly, noPeriod, ""},

		{"first quarter of the year", "quý đầu năm huyện nào thấp nhất", refJuly, guessed(quarterP("2019-01-01", "2019-03-31", "quý 1/2019")), "quy dau nam"},
		{"first quarter of a year", "quý đầu năm 2018", refJuly, quarterP("2018-01-01", "2018-03-31", "quý 1/2018"), "quy dau nam 2018"},

		// Months a statistician types: a span that is a quarter is that
		// quarter; a day without its year is of the latest year it has
		// passed in; "hết tháng 3" is the month's end.
		{"months dashed", "Thạch Hà tháng 4-6 tỷ lệ", refJuly, q2, "thang 4 den thang 6"},
		{"months dashed with year", "tháng 1-3/2019", refJuly, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), "thang 1 den thang 3/2019"},
		{"months listed", "tháng 4, 5, 6 có bao nhiêu", refJuly, q2, "thang 4 den thang 6"},
		{"months to a bare month", "tháng 1 đến 3", refJuly, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), "thang 1 den thang 3"},
		{"three first months", "3 tháng đầu năm 2019", refJuly, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), "3 thang dau nam 2019"},
		{"months not a quarter", "tháng 2-4", refJuly, rangeP("2019-02-01", "2019-04-30", "từ tháng 2 đến tháng 4 năm 2019"), "thang 2 den thang 4"},
		{"month then a count", "tháng 6 5 đơn vị", refJuly, Period{Kind: PeriodMonth, Start: "2019-06-01", End: "2019-06-30", Label: "tháng 6/2019", YearGuessed: true}, "thang 6"},
		{"day without year", "tính tới 31/3", refJuly, Period{Kind: PeriodAsOf, End: "2019-03-31", Label: "đến ngày 31/03/2019"}, "tinh toi 31/3"},
		{"day of last year", "tính đến 31/12", refJuly, Period{Kind: PeriodAsOf, End: "2018-12-31", Label: "đến ngày 31/12/2018"}, "tinh den 31/12"},
		{"end of a month", "hết tháng 3", refJuly, Period{Kind: PeriodAsOf, End: "2019-03-31", Label: "đến hết tháng 3/2019"}, "het thang 3"},

		// Quarters.
		{"quarter slash", "quý 2/2019", refJuly, q2, "quy 2/2019"},
		{"quarter words", "quy 2 nam 2019", refJuly, q2, "quy 2 nam 2019"},
		{"quarter roman slash", "quý II/2019", refJuly, q2, "quy ii/2019"},
		{"quarter roman words", "quý ii năm 2019", refJuly, q2, "quy ii nam 2019"},
		{"quarter dash", "quý 2-2019", refJuly, q2, "quy 2-2019"},
		{"q space year", "DVC q2 2019", refJuly, q2, "q2 2019"},
		{"q slash year", "q2/2019", refJuly, q2, "q2/2019"},
		{"q dash year", "Q2-2019", refJuly, q2, "q2-2019"},
		{"year q", "2019Q2", refJuly, q2, "2019q2"},
		{"year dash q", "2019-q2", refJuly, q2, "2019-q2"},
		{"quarter 4", "quý IV/2018", refJuly, quarterP("2018-10-01", "2018-12-31", "quý 4/2018"), "quy iv/2018"},
		{"quarter 1 in a question", "Số hồ sơ quý 1/2019 của huyện Can Lộc", refJuly, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), "quy 1/2019"},

		// Months.
		{"month slash", "tháng 5/2019", refJuly, monthP("2019-05-01", "2019-05-31", "tháng 5/2019"), "thang 5/2019"},
		{"month words", "thang 5 nam 2019", refJuly, monthP("2019-05-01", "2019-05-31", "tháng 5/2019"), "thang 5 nam 2019"},
		{"month t", "T5/2019", refJuly, monthP("2019-05-01", "2019-05-31", "tháng 5/2019"), "t5/2019"},
		{"month february leap", "tháng 2/2020", refJuly, monthP("2020-02-01", "2020-02-29", "tháng 2/2020"), "thang 2/2020"},
		{"month december", "tháng 12 năm 2018", refJuly, monthP("2018-12-01", "2018-12-31", "tháng 12/2018"), "thang 12 nam 2018"},

		// Ranges of months.
		{"leading months", "5 tháng đầu năm 2019", refJuly, rangeP("2019-01-01", "2019-05-31", "5 tháng đầu năm 2019"), "5 thang dau nam 2019"},
		{"first half", "6 tháng đầu năm 2019", refJuly, h1, "6 thang dau nam 2019"},
		{"second half", "6 tháng cuối năm 2018", refJuly, rangeP("2018-07-01", "2018-12-31", "6 tháng cuối năm 2018"), "6 thang cuoi nam 2018"},
		{"half in words", "nửa đầu năm 2019", refJuly, h1, "nua dau nam 2019"},
		{"quarters in words", "hai quý đầu năm 2019", refJuly, h1, "hai quy dau nam 2019"},
		{"months in words", "năm tháng đầu năm 2019", refJuly, rangeP("2019-01-01", "2019-05-31", "5 tháng đầu năm 2019"), "nam thang dau nam 2019"},
		{"months of a year", "5 tháng năm 2019", refJuly, rangeP("2019-01-01", "2019-05-31", "5 tháng đầu năm 2019"), "5 thang nam 2019"},
		{"months bare year", "6 tháng 2019", refJuly, h1, "6 thang 2019"},
		{"from month 1", "từ tháng 1 đến tháng 5 năm 2019", refJuly, rangeP("2019-01-01", "2019-05-31", "5 tháng đầu năm 2019"), "tu thang 1 den thang 5 nam 2019"},
		{"from month 3", "từ tháng 3 đến tháng 5 năm 2019", refJuly, rangeP("2019-03-01", "2019-05-31", "từ tháng 3 đến tháng 5 năm 2019"), "tu thang 3 den thang 5 nam 2019"},
		{"from month across years", "từ tháng 10/2018 đến tháng 3/2019", refJuly, rangeP("2018-10-01", "2019-03-31", "từ tháng 10/2018 đến tháng 3/2019"), "tu thang 10/2018 den thang 3/2019"},
		{"month to month without tu", "tháng 7 đến tháng 12 năm 2018", refJuly, rangeP("2018-07-01", "2018-12-31", "6 tháng cuối năm 2018"), "thang 7 den thang 12 nam 2018"},
		{"from quarter to quarter", "từ quý 1 đến quý 3 năm 2019", refJuly, rangeP("2019-01-01", "2019-09-30", "từ quý 1 đến quý 3 năm 2019"), "tu quy 1 den quy 3 nam 2019"},
		{"from day to day", "từ ngày 1/1/2019 đến ngày 27/2/2019", refJuly, rangeP("2019-01-01", "2019-02-27", "từ ngày 01/01/2019 đến ngày 27/02/2019"), "tu ngay 1/1/2019 den ngay 27/2/2019"},

		// As of a date.
		{"as of date", "tính đến 27/02/2019", refJuly, asOfP("2019-02-27", "đến ngày 27/02/2019"), "tinh den 27/02/2019"},
		{"day", "ngày 27/2/2019", refJuly, asOfP("2019-02-27", "đến ngày 27/02/2019"), "ngay 27/2/2019"},
		{"bare date", "số liệu 27/02/2019", refJuly, asOfP("2019-02-27", "đến ngày 27/02/2019"), "27/02/2019"},
		{"iso date", "2019-02-27", refJuly, asOfP("2019-02-27", "đến ngày 27/02/2019"), "2019-02-27"},
		// Typed the American way, month first: no day-month reading
		// exists, so the month-day one, which the label shows.
		{"month first", "tính đến 2/27/2019", refJuly, asOfP("2019-02-27", "đến ngày 27/02/2019"), "tinh den 2/27/2019"},
		{"day in words", "ngày 27 tháng 2 năm 2019", refJuly, asOfP("2019-02-27", "đến ngày 27/02/2019"), "ngay 27 thang 2 nam 2019"},
		{"up to day in words", "tính đến 27 tháng 2 năm nay", refJuly, asOfP("2019-02-27", "đến ngày 27/02/2019"), "tinh den 27 thang 2 nam nay"},
		{"up to day in words, digits year", "đến 10 tháng 6 năm 2019", refJuly, asOfP("2019-06-10", "đến ngày 10/06/2019"), "den 10 thang 6 nam 2019"},
		{"bad day in words", "tính đến 31 tháng 2 năm 2019", refJuly, noPeriod, ""},
		{"at the moment", "tại thời điểm 31/12/2018", refJuly, asOfP("2018-12-31", "đến ngày 31/12/2018"), "tai thoi diem 31/12/2018"},
		{"up to day", "tính đến ngày 27/02/2019", refJuly, asOfP("2019-02-27", "đến ngày 27/02/2019"), "tinh den ngay 27/02/2019"},
		{"until end of quarter", "đến hết quý 1/2019", refJuly, asOfP("2019-03-31", "đến hết quý 1/2019"), "den het quy 1/2019"},
		{"until end of year", "tính đến hết năm 2018", refJuly, asOfP("2018-12-31", "đến hết năm 2018"), "tinh den het nam 2018"},
		{"until month", "đến tháng 6/2019", refJuly, asOfP("2019-06-30", "đến hết tháng 6/2019"), "den thang 6/2019"},

		// Latest.
		{"hien nay", "hiện nay có bao nhiêu", refJuly, latestP, "hien nay"},
		{"hien tai", "hiện tại", refJuly, latestP, "hien tai"},
		{"moi nhat", "số liệu mới nhất", refJuly, latestP, "moi nhat"},
		{"gan nhat", "gần nhất", refJuly, latestP, "gan nhat"},
		{"den nay", "đến nay", refJuly, latestP, "den nay"},
		{"tinh den nay", "tính đến nay", refJuly, latestP, "tinh den nay"},
		{"until the end of this year", "dự kiến đến cuối năm tỷ lệ xã", refJuly, asOfP("2019-12-31", "đến hết năm 2019"), "den cuoi nam"},
		{"months as one token", "hstt T1-T5/2019", refJuly, rangeP("2019-01-01", "2019-05-31", "5 tháng đầu năm 2019"), "thang 1 den thang 5/2019"},
		{"months of a year, as one token", "tỷ lệ hstt 5 tháng/2019", refJuly, rangeP("2019-01-01", "2019-05-31", "5 tháng đầu năm 2019"), "5 thang/2019"},
		{"quarter, two-digit year", "tổng hstong q1-19", refJuly, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), "q1-19"},
		{"quarter word, two-digit year", "quý 2/19 tỷ lệ", refJuly, q2, "quy 2/19"},
		{"as of the report", "đến thời điểm báo cáo đã làm được bao nhiêu", refJuly, latestP, "thoi diem bao cao"},
		{"tinh den hien tai", "tính đến hiện tại", refJuly, latestP, "tinh den hien tai"},
		{"bay gio", "bây giờ", refJuly, latestP, "bay gio"},
		{"hien gio", "hien gio", refJuly, latestP, "hien gio"},

		// Relative to 2019-07-20.
		{"this year", "năm nay", refJuly, yearP("2019"), "nam nay"},
		{"last year", "năm ngoái", refJuly, yearP("2018"), "nam ngoai"},
		{"last year truoc", "nam truoc", refJuly, yearP("2018"), "nam truoc"},
		{"whole year relative", "cả năm", refJuly, yearP("2019"), "ca nam"},
		{"this quarter", "quý này", refJuly, quarterP("2019-07-01", "2019-09-30", "quý 3/2019"), "quy nay"},
		{"previous quarter", "quý trước", refJuly, q2, "quy truoc"},
		{"quarter before last", "quý trước nữa", refJuly, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), "quy truoc nua"},
		{"year before last", "năm trước nữa", refJuly, yearP("2017"), "nam truoc nua"},
		{"two years ago", "cách đây 2 năm", refJuly, yearP("2017"), "nam kia"},
		{"year so far, no from", "đầu năm tới giờ", refJuly, rangeP("2019-01-01", "2019-07-20", "từ đầu năm 2019 đến nay"), "dau nam toi gio"},
		{"this month", "tháng này", refJuly, monthP("2019-07-01", "2019-07-31", "tháng 7/2019"), "thang nay"},
		{"previous month", "tháng trước", refJuly, monthP("2019-06-01", "2019-06-30", "tháng 6/2019"), "thang truoc"},
		{"quarter without year", "quý 2", refJuly, guessed(q2), "quy 2"},
		{"q4 not started", "q4", refJuly, guessed(quarterP("2018-10-01", "2018-12-31", "quý 4/2018")), "q4"},
		{"month without year", "tháng 5", refJuly, guessed(monthP("2019-05-01", "2019-05-31", "tháng 5/2019")), "thang 5"},
		{"month not started", "tháng 8", refJuly, guessed(monthP("2018-08-01", "2018-08-31", "tháng 8/2018")), "thang 8"},
		{"first half relative", "6 tháng đầu năm", refJuly, h1, "6 thang dau nam"},
		{"six months", "6 tháng", refJuly, h1, "6 thang"},
		{"first half this year", "6 tháng đầu năm nay", refJuly, h1, "6 thang dau nam nay"},
		{"quarter last year", "quý 2 năm ngoái", refJuly, quarterP("2018-04-01", "2018-06-30", "quý 2/2018"), "quy 2 nam ngoai"},
		{"from start of year", "từ đầu năm đến nay", refJuly, rangeP("2019-01-01", "2019-07-20", "từ đầu năm 2019 đến nay"), "tu dau nam den nay"},
		{"from start of year, no end", "lũy kế từ đầu năm", refJuly, rangeP("2019-01-01", "2019-07-20", "từ đầu năm 2019 đến nay"), "tu dau nam"},
		{"from month to now", "từ tháng 3 đến nay", refJuly, rangeP("2019-03-01", "2019-07-20", "từ tháng 3/2019 đến nay"), "tu thang 3 den nay"},
		{"until end of last quarter", "đến hết quý trước", refJuly, asOfP("2019-06-30", "đến hết quý 2/2019"), "den het quy truoc"},

		// Relative to 2019-02-01.
		{"feb q4", "quý 4", refFeb, guessed(quarterP("2018-10-01", "2018-12-31", "quý 4/2018")), "quy 4"},
		{"feb q1", "quý 1", refFeb, guessed(quarterP("2019-01-01", "2019-03-31", "quý 1/2019")), "quy 1"},
		{"feb this quarter", "quý này", refFeb, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), "quy nay"},
		{"feb previous quarter", "quý trước", refFeb, quarterP("2018-10-01", "2018-12-31", "quý 4/2018"), "quy truoc"},
		{"feb previous month", "tháng trước", refFeb, monthP("2019-01-01", "2019-01-31", "tháng 1/2019"), "thang truoc"},
		{"feb month 5", "tháng 5", refFeb, guessed(monthP("2018-05-01", "2018-05-31", "tháng 5/2018")), "thang 5"},
		{"feb month 2", "tháng 2", refFeb, guessed(monthP("2019-02-01", "2019-02-28", "tháng 2/2019")), "thang 2"},
		{"feb last year", "năm ngoái", refFeb, yearP("2018"), "nam ngoai"},
		{"feb this year", "năm nay", refFeb, yearP("2019"), "nam nay"},
		{"feb months across new year", "từ tháng 10 đến tháng 1", refFeb, rangeP("2018-10-01", "2019-01-31", "từ tháng 10/2018 đến tháng 1/2019"), "tu thang 10 den thang 1"},

		// NFD input.
		{"nfd quarter", norm.NFD.String("Quý 2 năm 2019"), refJuly, q2, "quy 2 nam 2019"},
		{"nfd month", norm.NFD.String("tháng 5/2019"), refJuly, monthP("2019-05-01", "2019-05-31", "tháng 5/2019"), "thang 5/2019"},
		{"nfd latest", norm.NFD.String("hiện nay"), refJuly, latestP, "hien nay"},
		{"nfd leading months", norm.NFD.String("5 tháng đầu năm 2019"), refJuly, rangeP("2019-01-01", "2019-05-31", "5 tháng đầu năm 2019"), "5 thang dau nam 2019"},

		// First of several, and skipping invalid spans.
		{"first of two", "so sánh quý 1/2019 với quý 2/2019", refJuly, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), "quy 1/2019"},
		{"period inside question", "DVC mức 3 năm 2019 của TP Hà Tĩnh", refJuly, yearP("2019"), "nam 2019"},
		{"after invalid month", "tháng 13 năm 2019 và quý 2/2019", refJuly, q2, "quy 2/2019"},
		{"count then year", "2019 hồ sơ trong năm 2018", refJuly, yearP("2018"), "nam 2018"},

		// Not periods.
		{"quarter 5", "quý 5/2019", refJuly, noPeriod, ""},
		{"quarter 5 words", "quý 5 năm 2019", refJuly, noPeriod, ""},
		{"q5 with year", "q5/2019", refJuly, noPeriod, ""},
		{"q5 alone", "q5", refJuly, noPeriod, ""},
		{"month 13", "tháng 13", refJuly, noPeriod, ""},
		{"month 13 with year", "tháng 13 năm 2019", refJuly, noPeriod, ""},
		{"month 0", "tháng 0/2019", refJuly, noPeriod, ""},
		{"dvc level 3", "dvc muc 3", refJuly, noPeriod, ""},
		{"count 1995", "1995 dvc", refJuly, noPeriod, ""},
		{"count that looks like a year", "2019 hồ sơ", refJuly, noPeriod, ""},
		{"count of people", "có 2050 người", refJuly, noPeriod, ""},
		{"count of communes", "2001 xã", refJuly, noPeriod, ""},
		{"money", "2019 triệu đồng", refJuly, noPeriod, ""},
		{"billions", "2019 tỷ đồng", refJuly, noPeriod, ""},
		{"invalid date", "31/02/2019", refJuly, noPeriod, ""},
		{"invalid either way", "2/30/2019", refJuly, noPeriod, ""},
		{"year too old", "năm 1995", refJuly, noPeriod, ""},
		{"year too old quarter", "quý 2/1999", refJuly, noPeriod, ""},
		{"document number", "quyết định số 2019", refJuly, noPeriod, ""},
		{"date of a resolution", "theo Nghị quyết số 22/2016/NQ-HĐND ngày 24/9/2016", refJuly, noPeriod, ""},
		{"quy dinh", "quy định mới", refJuly, noPeriod, ""},
		{"rolling window", "5 tháng gần nhất", refJuly, noPeriod, ""},
		{"thousands", "1.995 hồ sơ", refJuly, noPeriod, ""},
		{"percent", "4,92%", refJuly, noPeriod, ""},
		{"t5 alone", "t5", refJuly, noPeriod, ""},
		{"reversed range", "giai đoạn 2020-2017", refJuly, noPeriod, ""},
		{"empty", "", refJuly, noPeriod, ""},
		{"no period", "tỷ lệ hồ sơ trực tuyến của huyện Can Lộc", refJuly, noPeriod, ""},
		{"relative outside range", "năm nay", time.Date(1999, 5, 1, 0, 0, 0, 0, time.UTC), noPeriod, ""},
		{"until now after 2099", "từ năm 2019 đến nay", time.Date(2100, 5, 1, 0, 0, 0, 0, time.UTC), noPeriod, ""},
		{"until now before start", "từ năm 2020 đến nay", refJuly, noPeriod, ""},
	}
}

// guessed is a period whose year was not written.
func guessed(p Period) Period {
	p.YearGuessed = true
	return p
}

func TestFindPeriod(t *testing.T) {
	for _, tt := range findPeriodCases() {
		t.Run(tt.name, func(t *testing.T) {
			tokens := Normalize(tt.in).Tokens
			got, from, to, ok := FindPeriod(tokens, tt.ref)
			if got != tt.want {
				t.Errorf("FindPeriod(%q) = %+v, want %+v", tokens, got, tt.want)
			}
			if ok != (tt.want != noPeriod) {
				t.Errorf("ok = %v", ok)
			}
			if !ok {
				if from != 0 || to != 0 {
					t.Errorf("span [%d, %d) without a period", from, to)
				}
				return
			}
			if span := strings.Join(tokens[from:to], " "); span != tt.span {
				t.Errorf("span = %q, want %q", span, tt.span)
			}
		})
	}
}

func TestParseQuarter(t *testing.T) {
	q2 := quarterP("2019-04-01", "2019-06-30", "quý 2/2019")
	tests := []struct {
		name    string
		in      string
		want    Period
		wantErr string
	}{
		{"Q slash", "Q2/2019", q2, ""},
		{"q dash", "q2-2019", q2, ""},
		{"quy slash", "quy 2/2019", q2, ""},
		{"quý năm", "quý 2 năm 2019", q2, ""},
		{"quý của năm", "quý 2 của năm 2019", q2, ""},
		{"quý thứ", "quý thứ hai năm 2019", q2, ""},
		{"year Q", "2019Q2", q2, ""},
		{"roman", "quý II/2019", q2, ""},
		{"Q space", "Q2 2019", q2, ""},
		{"upper words", "QUÝ 2 NĂM 2019", q2, ""},
		{"NFD", norm.NFD.String("quý 2 năm 2019"), q2, ""},
		{"padded", "  Q2/2019 ", q2, ""},
		{"year dash Q", "2019-Q2", q2, ""},
		{"quarter 4", "Q4/2018", quarterP("2018-10-01", "2018-12-31", "quý 4/2018"), ""},
		{"quarter 1 roman", "quý I năm 2020", quarterP("2020-01-01", "2020-03-31", "quý 1/2020"), ""},

		{"quarter 5", "Q5/2019", noPeriod, `kỳ "Q5/2019" không hợp lệ: quý phải từ 1 đến 4 (ví dụ: Q2/2019)`},
		{"quarter 0", "quý 0/2019", noPeriod, `kỳ "quý 0/2019" không hợp lệ: quý phải từ 1 đến 4 (ví dụ: Q2/2019)`},
		{"year out of range", "Q2/1999", noPeriod, `kỳ "Q2/1999" không hợp lệ: năm phải từ 2000 đến 2099 (ví dụ: Q2/2019)`},
		{"no year", "quý 2", noPeriod, `kỳ "quý 2" không hợp lệ: thiếu năm (ví dụ: Q2/2019)`},
		{"relative year refused", "quý 2 năm nay", noPeriod, `kỳ "quý 2 năm nay" không hợp lệ: không đọc được quý và năm (ví dụ: Q2/2019)`},
		{"relative quarter refused", "quý này", noPeriod, `kỳ "quý này" không hợp lệ: không đọc được quý và năm (ví dụ: Q2/2019)`},
		{"month", "tháng 5/2019", noPeriod, `kỳ "tháng 5/2019" không hợp lệ: không đọc được quý và năm (ví dụ: Q2/2019)`},
		{"trailing words", "Q2/2019 dvc3=45", noPeriod, `kỳ "Q2/2019 dvc3=45" không hợp lệ: không đọc được quý và năm (ví dụ: Q2/2019)`},
		{"garbage", "abc", noPeriod, `kỳ "abc" không hợp lệ: không đọc được quý và năm (ví dụ: Q2/2019)`},
		{"empty", "  ", noPeriod, "chưa ghi kỳ báo cáo (ví dụ: Q2/2019)"},
		{"long input cut", strings.Repeat("x", 50), noPeriod, `kỳ "` + strings.Repeat("x", 40) + `…" không hợp lệ: không đọc được quý và năm (ví dụ: Q2/2019)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseQuarter(tt.in)
			if got != tt.want {
				t.Errorf("ParseQuarter(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
			if tt.wantErr == "" {
				if err != nil {
					t.Errorf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("error = %v, want %s", err, tt.wantErr)
			}
			var qe *QuarterError
			if !errors.As(err, &qe) {
				t.Errorf("error %T is not a *QuarterError", err)
			}
		})
	}
}

func TestQuarterHelpers(t *testing.T) {
	tests := []struct {
		name     string
		ref      time.Time
		quarter  Period
		previous Period
	}{
		{"july", refJuly, quarterP("2019-07-01", "2019-09-30", "quý 3/2019"), quarterP("2019-04-01", "2019-06-30", "quý 2/2019")},
		{"february", refFeb, quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), quarterP("2018-10-01", "2018-12-31", "quý 4/2018")},
		{"first day", time.Date(2019, 4, 1, 0, 0, 0, 0, time.UTC), quarterP("2019-04-01", "2019-06-30", "quý 2/2019"), quarterP("2019-01-01", "2019-03-31", "quý 1/2019")},
		{"last moment", time.Date(2019, 12, 31, 23, 59, 59, 0, time.UTC), quarterP("2019-10-01", "2019-12-31", "quý 4/2019"), quarterP("2019-07-01", "2019-09-30", "quý 3/2019")},
		{"zone kept", time.Date(2019, 3, 31, 23, 0, 0, 0, hanoi).In(time.UTC).In(hanoi), quarterP("2019-01-01", "2019-03-31", "quý 1/2019"), quarterP("2018-10-01", "2018-12-31", "quý 4/2018")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := QuarterOf(tt.ref); got != tt.quarter {
				t.Errorf("QuarterOf = %+v, want %+v", got, tt.quarter)
			}
			if got := PreviousQuarter(tt.quarter); got != tt.previous {
				t.Errorf("PreviousQuarter = %+v, want %+v", got, tt.previous)
			}
			if got := LastEndedQuarter(tt.ref); got != tt.previous {
				t.Errorf("LastEndedQuarter = %+v, want %+v", got, tt.previous)
			}
		})
	}
	t.Run("previous of end-only quarter", func(t *testing.T) {
		got := PreviousQuarter(Period{Kind: PeriodQuarter, End: "2019-12-31"})
		if want := quarterP("2019-07-01", "2019-09-30", "quý 3/2019"); got != want {
			t.Errorf("got %+v, want %+v", got, want)
		}
	})
	t.Run("previous of nothing", func(t *testing.T) {
		if got := PreviousQuarter(Period{}); got != noPeriod {
			t.Errorf("got %+v", got)
		}
	})
}

func BenchmarkFindPeriod(b *testing.B) {
	tokens := Normalize("Số DVC mức 3 của TP Hà Tĩnh 6 tháng đầu năm 2019 là bao nhiêu?").Tokens
	b.ReportAllocs()
	for b.Loop() {
		FindPeriod(tokens, refJuly)
	}
}
