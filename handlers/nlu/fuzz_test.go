package nlu

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds are questions and commands of the kinds the bot sees.
var fuzzSeeds = []string{
	"",
	"Số DVC mức độ 3 của TP Hà Tĩnh quý II/2019 là bn?",
	"Tỷ lệ hồ sơ trực tuyến 4,92% năm 2018",
	"1.995 hồ sơ, tính đến 27/02/2019",
	"Sở TT&TT giai đoạn 2017–2020",
	"từ tháng 1 đến tháng 5 năm 2019",
	"5 tháng đầu năm",
	"đến hết quý 1/2019",
	"hiện nay", "q2-2019", "2019Q2", "2019-q2", "quý 5/2019", "tháng 13",
	"ngày 27 tháng 2 năm 2019", "31/02/2019", "1995 dvc", "R&D a&-b 1.-2 x%/y",
	"Ha\u0300 Ti\u0303nh", "ÐỨC THỌ", "h\xffs", "dvc tt&tt so tttt",
	"\u0301\u0301 a \u0301", "İ \u212a ǅ ﬁ", "-/:.,&%",
}

// checkFolded asserts Folded holds only a-z, 0-9, single spaces and the
// kept symbols, with no leading or trailing space.
func checkFolded(t *testing.T, folded string) {
	t.Helper()
	if !utf8.ValidString(folded) {
		t.Fatalf("Folded %q is not valid UTF-8", folded)
	}
	if strings.TrimSpace(folded) != folded || strings.Contains(folded, "  ") {
		t.Fatalf("Folded %q has stray spaces", folded)
	}
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		if !isAlnum(c) && !strings.ContainsRune(" /-:.,%", rune(c)) {
			t.Fatalf("Folded %q has byte %q at %d", folded, c, i)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, c := range normalizeCases() {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Normalize(s)
		checkFolded(t, got.Folded)
		if want := strings.Fields(got.Folded); len(want)+len(got.Tokens) > 0 && !reflect.DeepEqual(got.Tokens, want) {
			t.Fatalf("Tokens %q, Fields(Folded) %q", got.Tokens, want)
		}
		if again := Normalize(got.Folded); again.Folded != got.Folded {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got.Folded, again.Folded)
		}
		if !utf8.ValidString(got.Original) || strings.TrimSpace(got.Original) != got.Original {
			t.Fatalf("Original %q is not valid, trimmed text", got.Original)
		}
		if fromOriginal := Normalize(got.Original).Folded; fromOriginal != got.Folded {
			t.Fatalf("Original %q folds to %q, input to %q", got.Original, fromOriginal, got.Folded)
		}
		if utf8.ValidString(s) {
			if got, want := string(foldToASCII(norm.NFC.String(s))), foldASCIIReference(s); got != want {
				t.Fatalf("folding %q rune by rune gives %q, the whole string %q", s, got, want)
			}
			if nfd := Normalize(norm.NFD.String(s)).Folded; nfd != got.Folded {
				t.Fatalf("NFD of %q folds to %q, input to %q", s, nfd, got.Folded)
			}
		}
		folded := Fold(s)
		if slow := foldUnicode(s); slow != folded {
			t.Fatalf("Fold(%q) = %q, by definition %q", s, folded, slow)
		}
		if again := Fold(folded); again != folded {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, folded, again)
		}
	})
}

// fuzzRef turns fuzzer integers into a reference time between 1990 and
// 2110, so relative expressions also meet years out of range.
func fuzzRef(days int32, hour uint8) time.Time {
	base := time.Date(1990, 1, 1, 0, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	d := int(days) % (121 * 366)
	if d < 0 {
		d = -d
	}
	return base.AddDate(0, 0, d).Add(time.Duration(hour%24) * time.Hour)
}

func checkCivilDate(t *testing.T, what, date string) {
	t.Helper()
	if _, err := time.Parse(time.DateOnly, date); err != nil {
		t.Fatalf("%s %q is not a civil date: %v", what, date, err)
	}
}

func FuzzFindPeriod(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, int32(i*1013+10800), uint8(i))
	}
	for _, c := range findPeriodCases() {
		days := int32(c.ref.Sub(fuzzRef(0, 0)).Hours() / 24)
		f.Add(c.in, days, uint8(c.ref.Hour()))
	}
	f.Fuzz(func(t *testing.T, s string, days int32, hour uint8) {
		ref := fuzzRef(days, hour)
		checkFindPeriod(t, Normalize(s).Tokens, ref)
		// Random bytes rarely spell "tu thang 1 den thang 5"; reading s
		// as indexes into the grammar's words reaches deeper.
		words := make([]string, 0, len(s))
		for i := 0; i < len(s) && i < 16; i++ {
			words = append(words, periodWords[int(s[i])%len(periodWords)])
		}
		checkFindPeriod(t, words, ref)
	})
}

// periodWords are the folded tokens FindPeriod's grammar is made of, with
// valid and invalid numbers.
var periodWords = strings.Fields(`quy q thang nam tu den toi het cuoi dau nua ca ngay tinh tai
	thoi diem cho giai doan hien nay moi nhat gan day truoc ngoai qua vua bay gio tiep theo
	q2 q5 2019q2 2019-q2 q2/2019 q4-2018 1 2 3 4 5 6 7 10 12 13 0 ii iv 2000 2018 2019 2020
	1995 2100 5/2019 2/2019 13/2019 27/02/2019 31/02/2019 29/2/2020 2019-02-27 2017-2020
	2020-2017 t5/2019 t5 ho so dich vu xa ty le ma % 4,92 1.995`)

// checkFindPeriod asserts FindPeriod's contract on tokens.
func checkFindPeriod(t *testing.T, tokens []string, ref time.Time) {
	t.Helper()
	p, from, to, ok := FindPeriod(tokens, ref)
	if !ok {
		if p != (Period{}) || from != 0 || to != 0 {
			t.Fatalf("not found but returned %+v [%d, %d)", p, from, to)
		}
		return
	}
	if from < 0 || from >= to || to > len(tokens) {
		t.Fatalf("span [%d, %d) outside %d tokens", from, to, len(tokens))
	}
	if p.Label == "" || !utf8.ValidString(p.Label) {
		t.Fatalf("bad label %q", p.Label)
	}
	switch p.Kind {
	case PeriodLatest:
		if p.Start != "" || p.End != "" {
			t.Fatalf("latest with dates: %+v", p)
		}
	case PeriodAsOf:
		if p.Start != "" {
			t.Fatalf("as-of with a start: %+v", p)
		}
		checkCivilDate(t, "End", p.End)
	case PeriodYear, PeriodQuarter, PeriodMonth, PeriodRange:
		checkCivilDate(t, "Start", p.Start)
		checkCivilDate(t, "End", p.End)
		if p.Start > p.End {
			t.Fatalf("Start after End: %+v", p)
		}
	default:
		t.Fatalf("unknown kind: %+v", p)
	}
	for _, d := range []string{p.Start, p.End} {
		if d != "" && (d < "2000-01-01" || d > "2099-12-31") {
			t.Fatalf("date %s outside 2000..2099: %+v", d, p)
		}
	}
	// The span alone must read as the same period; or the span with the
	// one word after it, which may decide a span's reading ("cả 2 quý"
	// before "là", "thì" or nothing is the quarters the chat asked, before
	// other words the year's: notAfterQuarters).
	alone, f2, t2, ok2 := FindPeriod(tokens[from:to], ref)
	if !ok2 || alone != p || f2 != 0 || t2 != to-from {
		next, f3, t3, ok3 := FindPeriod(tokens[from:min(to+1, len(tokens))], ref)
		if !ok3 || next != p || f3 != 0 || t3 != to-from {
			t.Fatalf("span %q alone gives %+v [%d, %d) %v, in context %+v", tokens[from:to], alone, f2, t2, ok2, p)
		}
	}
}

func FuzzParseQuarter(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{"Q2/2019", "q2-2019", "quy 2/2019", "quý 2 năm 2019", "2019Q2", "quý II/2019", "Q2 2019", "Q5/2019", "Q2/1999", "quý 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseQuarter(s)
		if err != nil {
			var qe *QuarterError
			if !errors.As(err, &qe) {
				t.Fatalf("error %T is not a *QuarterError", err)
			}
			msg := err.Error()
			if msg == "" || !utf8.ValidString(msg) {
				t.Fatalf("bad message %q", msg)
			}
			if !strings.Contains(msg, "không hợp lệ") && !strings.Contains(msg, "chưa ghi kỳ") {
				t.Fatalf("message %q is not the Vietnamese one", msg)
			}
			if p != (Period{}) {
				t.Fatalf("error with a period: %+v", p)
			}
			return
		}
		if p.Kind != PeriodQuarter {
			t.Fatalf("kind %q", p.Kind)
		}
		start, err1 := time.Parse(time.DateOnly, p.Start)
		end, err2 := time.Parse(time.DateOnly, p.End)
		if err1 != nil || err2 != nil {
			t.Fatalf("bad dates: %+v", p)
		}
		if start.Day() != 1 || (start.Month()-1)%3 != 0 || !end.Equal(start.AddDate(0, 3, -1)) {
			t.Fatalf("not a calendar quarter: %+v", p)
		}
		if start.Year() < minYear || start.Year() > maxYear || !strings.HasPrefix(p.Label, "quý ") {
			t.Fatalf("bad quarter: %+v", p)
		}
		if q := QuarterOf(start); q != p {
			t.Fatalf("QuarterOf(Start) = %+v, ParseQuarter = %+v", q, p)
		}
		// A clerk's quarter reads the same inside a question.
		tokens := Normalize(s).Tokens
		found, from, to, ok := FindPeriod(tokens, time.Date(2019, 7, 20, 0, 0, 0, 0, time.UTC))
		if !ok || found != p || from != 0 || to != len(tokens) {
			t.Fatalf("FindPeriod(%q) = %+v [%d, %d) %v, ParseQuarter = %+v", tokens, found, from, to, ok, p)
		}
	})
}

// FuzzFollowUpAndSearch reads follow-up words and search phrases of any
// message: they never panic, a service level is 0, 3 or 4, and every search
// phrase is one or two folded words the full-text query accepts.
func FuzzFollowUpAndSearch(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{"còn năm 2018 thì sao?", "quý trước nữa", "còn mức 4?", "tính ra phần trăm", "vẽ biểu đồ luôn",
		"xuất excel", "các huyện thì sao", "báo cáo nói gì về tập huấn doanh nghiệp", "thế còn m3", "mức độ iv", "c\u200bó"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tokens := Normalize(s).Tokens
		fu := ReadFollowUp(tokens)
		if fu.ServiceLevel != 0 && fu.ServiceLevel != 3 && fu.ServiceLevel != 4 {
			t.Fatalf("%q: service level %d", s, fu.ServiceLevel)
		}
		switch fu.Back {
		case "", "quarter", "year", "any", "same":
		default:
			t.Fatalf("%q: back %q", s, fu.Back)
		}
		for _, p := range SearchPhrases(tokens) {
			words := strings.Fields(p)
			if len(words) < 1 || len(words) > 2 || strings.Join(words, " ") != p {
				t.Fatalf("%q: phrase %q", s, p)
			}
		}
		checkFolded(t, WithoutChartWords(Normalize(s)).Folded)
	})
}

// FuzzWithoutChecked: the figures a message quotes to check are numbers
// of it, shown with their units, and what is left holds no word the
// message did not have.
func FuzzWithoutChecked(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{"Bản thảo ghi UBND cấp huyện có 1.358 DVC mức độ 3, kiểm tra giúp", "tôi gõ năm 2018 đạt 4,29% đúng không",
		"còn thiếu khoảng 3,6 tỷ đồng, xin con số chính xác", "in 10 nghìn tờ rơi có đúng không", "3 tỷ rưỡi rưỡi nghìn % đúng không",
		`Bài em ghi "trên Cổng DVC của tỉnh có 1995 DVC mức độ 3", số này chuẩn chưa`, "“407 bản tin” sai ở đâu"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tokens := Normalize(s).Tokens
		rest, quoted := WithoutChecked(tokens)
		if len(rest)+len(quoted) > len(tokens) {
			t.Fatalf("%q: %d words left and %d figures from %d words", s, len(rest), len(quoted), len(tokens))
		}
		for _, w := range rest {
			if !slices.Contains(tokens, w) {
				t.Fatalf("%q: %q left, not a word of it", s, w)
			}
		}
		for _, q := range quoted {
			if _, ok := ReadNumber(q.Digits); !ok || q.Shown == "" {
				t.Fatalf("%q: quoted %+v", s, q)
			}
		}
		if claim, ok := QuotedClaim(s); ok && (!strings.Contains(s, claim) || !strings.ContainsAny(claim, "0123456789")) {
			t.Fatalf("%q: claim %q not a quoted part with a number", s, claim)
		}
	})
}

// FuzzFormParts: a form's fields come back trimmed, none empty, none
// holding the separator they were split at, and no message that carries
// SQL is read as a form.
func FuzzFormParts(f *testing.F) {
	for _, s := range append(slices.Clone(fuzzSeeds), "Chỉ tiêu: số DVC mức độ 3 | Phạm vi: toàn tỉnh | Thời điểm: hiện nay",
		"Hương Sơn; dvc3; quý 2/2019", "Kinh phí đã bố trí theo NQ22 | ĐVT: triệu đồng", "chi_tieu=hstt; don_vi=436 OR 1=1; ky=Q1/2019", " | ", ";;") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parts := FormParts(s)
		if parts != nil && looksLikeSQL(s) {
			t.Fatalf("%q carries SQL, read as fields %q", s, parts)
		}
		sep := "|"
		if !strings.Contains(s, sep) {
			sep = ";"
		}
		for _, p := range parts {
			if p == "" || strings.TrimSpace(p) != p || strings.Contains(p, sep) {
				t.Fatalf("%q: field %q of %q", s, p, parts)
			}
		}
	})
}

// FuzzPhraseIndex: a phrase matched word by word, without splitting it,
// is found where its split words are.
func FuzzPhraseIndex(f *testing.F) {
	f.Add("ty le ho so truc tuyen ho so", "ho so")
	f.Add("a b a b c", "a b c")
	f.Add("x y", " x  y ")
	f.Fuzz(func(t *testing.T, text, phrase string) {
		toks := strings.Fields(text)
		want := -1
		if words := strings.Fields(phrase); len(words) > 0 {
			want = wordsIndex(toks, words)
		}
		if got := PhraseIndex(toks, phrase); got != want {
			t.Fatalf("PhraseIndex(%q, %q) = %d, split words at %d", toks, phrase, got, want)
		}
	})
}
