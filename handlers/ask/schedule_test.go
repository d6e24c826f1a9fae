package ask_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestScheduleAsked: questions of the quarterly report's deadline and its
// reminders are answered from the stored schedule (the deadline's date
// for the quarter asked, when the clerks and the leaders are reminded);
// which units are late stays a question of the reports sent.
func TestScheduleAsked(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, queries.SQLite)
	a := newAnswerer(t, s)
	stages, err := s.ReminderStages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var before, repeat, escalate int
	days := -1
	for _, st := range stages {
		if st.PeriodType != "quarter" {
			continue
		}
		days = st.DeadlineDays
		switch {
		case st.Audience == "leader":
			escalate = st.OffsetDays
		case st.OffsetDays < 0:
			before = -st.OffsetDays
		case st.RepeatDays > 0:
			repeat = st.RepeatDays
		}
	}
	if days < 0 || before == 0 || repeat == 0 || escalate == 0 {
		t.Fatalf("the demo schedule lacks a stage the test reads: %+v", stages)
	}
	q3 := time.Date(2019, 9, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days).Format("02/01/2006")
	checkReplies(t, a, []replyCase{
		{q: "hạn chót nộp báo cáo quý 3/2019 là khi nào", kind: ask.KindFigure, want: []string{"quý 3/2019: hạn ngày " + q3, fmt.Sprintf("%d ngày sau khi hết quý", days)}},
		{q: "bot nhắc trước hạn nộp mấy ngày", kind: ask.KindFigure, want: []string{fmt.Sprintf("trước hạn %d ngày", before)}},
		{q: "quá hạn rồi thì cứ mấy ngày nhắc lại 1 lần", kind: ask.KindFigure, want: []string{fmt.Sprintf("cứ %d ngày nhắc lại", repeat)}},
		{q: "qua han bao nhieu ngay thi bot bao len lanh dao", kind: ask.KindFigure, want: []string{fmt.Sprintf("báo lãnh đạo đơn vị sau hạn %d ngày", escalate)}},
		{q: "Tính đến hôm nay, những huyện nào đã quá hạn mà vẫn chưa nộp báo cáo quý 2/2019?", kind: ask.KindFigure, want: []string{"Huyện Vũ Quang"}, not: []string{"lịch nhắc"}},
	})
	// Days to or past the deadline, counted from the answerer's today.
	q2 := time.Date(2019, 6, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	today := time.Date(corpusRef.Year(), corpusRef.Month(), corpusRef.Day(), 0, 0, 0, 0, time.UTC)
	late := int(today.Sub(q2).Hours() / 24)
	left := int(time.Date(2019, 9, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days).Sub(today).Hours() / 24)
	checkReplies(t, a, []replyCase{
		{q: "Đến hôm nay các đơn vị chưa nộp BC quý 2/2019 đã chậm so với hạn bao nhiêu ngày?", kind: ask.KindFigure,
			want: []string{fmt.Sprintf("đã chậm %d ngày so với hạn", late), "quý 2/2019: hạn ngày"}},
		{q: "hạn nộp báo cáo quý 3 là ngày nào", kind: ask.KindFigure, want: []string{fmt.Sprintf("còn %d ngày đến hạn", left)}},
		{q: "Sau khi quá hạn mấy ngày thì bắt đầu nhắc, và cứ mấy ngày nhắc lại 1 lần?", kind: ask.KindFigure,
			want: []string{fmt.Sprintf("cứ %d ngày nhắc lại", repeat)}},
		{q: "trước hạn bot có nhắc hông, trước mấy ngày", kind: ask.KindFigure, want: []string{fmt.Sprintf("trước hạn %d ngày", before)}},
		{q: "trễ thì mấy ngày nó báo lên lãnh đạo", kind: ask.KindFigure, want: []string{fmt.Sprintf("báo lãnh đạo đơn vị sau hạn %d ngày", escalate)}},
		{q: "hạn chót nộp báo cáo dvc quý là mấy ngày sau cuối quý hen", kind: ask.KindFigure, want: []string{fmt.Sprintf("%d ngày sau khi hết quý", days)}},
	})
}

// TestProgressAsked: "… tới đâu rồi" of a figure with a target is its
// progress; of anything else, what the report says.
func TestProgressAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "tập huấn cho doanh nghiệp tới đâu rồi", kind: ask.KindFigure, want: []string{"mục tiêu"}},
		{q: "kinh phí NQ22 giải quyết tới đâu rồi", kind: ask.KindInfo, want: []string{"Báo cáo viết"}},
	})
}
