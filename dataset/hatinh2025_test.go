package dataset_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/dataset/internal/hatinh2025"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestHaTinh2025IsBuiltFromSources: the shipped CSV files are exactly
// what the builder makes of the reference files (run go generate).
func TestHaTinh2025IsBuiltFromSources(t *testing.T) {
	wb, err := hatinh2025.Build(os.DirFS("data/sources"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := wb.WriteCSVDir(dir); err != nil {
		t.Fatal(err)
	}
	built, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	shipped, _ := fs.Glob(dataset.HaTinh2025(), "*.csv")
	if len(built) != len(shipped) {
		t.Fatalf("built %d files, shipped %d", len(built), len(shipped))
	}
	for _, p := range built {
		want, _ := os.ReadFile(p)
		got, err := fs.ReadFile(dataset.HaTinh2025(), filepath.Base(p))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s differs from what go generate ./dataset makes (%v)", filepath.Base(p), err)
		}
	}
}

// TestHaTinh2025 loads the 2025 structure over the demo and checks units
// over time: a reused code names the unit of the date, successors, old
// names pointing at the successor from the day of the change, and who must
// report for which period.
func TestHaTinh2025(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := demo2025(t, d)
		communes := func(on string) int {
			us, err := s.Units(ctx, on)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, u := range us {
				if u.Level == "commune" {
					n++
				}
			}
			return n
		}
		if n := communes("2019-06-10"); n != 262 {
			t.Errorf("%d communes in 2019, want 262", n)
		}
		if n := communes("2025-06-30"); n != 262 {
			t.Errorf("%d communes on 30/06/2025, want 262", n)
		}
		if n := communes("2025-07-01"); n != 69 {
			t.Errorf("%d communes on 01/07/2025, want 69", n)
		}
		old, err := s.UnitByCodeOn(ctx, "18406", "2019-06-10")
		if err != nil || old.Name != "Thị trấn Nghèn" || old.ValidTo != "2025-06-30" {
			t.Fatalf("18406 in 2019: %+v %v", old, err)
		}
		now, err := s.UnitByCodeOn(ctx, "18406", "2025-07-01")
		if err != nil || now.Name != "Xã Can Lộc" || now.ID == old.ID || now.ValidFrom != "2025-07-01" {
			t.Fatalf("18406 in 2025: %+v %v", now, err)
		}
		if _, err := s.UnitByCode(ctx, "18406"); !errors.Is(err, queries.ErrAmbiguous) {
			t.Fatalf("UnitByCode of a reused code: %v", err)
		}
		succ := successors(t, s)
		if got := succ["443"]; strings.Join(got, ";") != "18406;18418;18436;18466;18481;18484" {
			t.Errorf("successors of Huyện Can Lộc: %v", got)
		}
		if got := succ["S-TTTT"]; strings.Join(got, ";") != "S-KHCN" {
			t.Errorf("successors of Sở TT&TT: %v", got)
		}
		// The old name of Sở TT&TT names Sở TT&TT before the merger and
		// Sở KH&CN after it, never both on one day.
		for on, want := range map[string]string{"2019-06-10": "S-TTTT", "2025-02-28": "S-TTTT", "2025-03-01": "S-KHCN", "2026-01-15": "S-KHCN"} {
			if got := aliasOwners(t, s, on, "so thong tin va truyen thong"); strings.Join(got, ",") != want {
				t.Errorf("«Sở Thông tin và Truyền thông» on %s names %v, want %s", on, got, want)
			}
		}
		// "Can Lộc" is the district in 2019 and the new xã in 2025.
		for on, want := range map[string]string{"2019-06-10": "443", "2025-07-01": "18406"} {
			if got := aliasOwners(t, s, on, "can loc"); strings.Join(got, ",") != want {
				t.Errorf("«Can Lộc» on %s names %v, want %s", on, got, want)
			}
		}
		if got := aliasOwners(t, s, "2025-07-01", "nghen"); strings.Join(got, ",") != "18406" {
			t.Errorf("«Nghèn» after the merger names %v", got)
		}
		// Who must report: the districts until Q2/2025, the new communes from Q3/2025.
		for _, c := range []struct {
			form, start string
			want        int
		}{
			{dataset.QuarterlyFormCode, "2019-04-01", 32}, {dataset.QuarterlyFormCode, "2025-04-01", 31},
			{dataset.QuarterlyFormCode, "2025-07-01", 18}, {"dvctt-quy", "2025-04-01", 0}, {"dvctt-quy", "2025-07-01", 69},
		} {
			form, err := s.FormByCode(ctx, c.form)
			if err != nil {
				t.Fatal(err)
			}
			st, err := s.FormStatus(ctx, form.ID, c.start)
			if err != nil {
				t.Fatal(err)
			}
			late, err := s.LateRecipients(ctx, form.ID, c.start)
			if err != nil {
				t.Fatal(err)
			}
			units := map[int64]bool{}
			for _, r := range late {
				units[r.UnitID] = true
			}
			if len(st) != c.want || len(units) != c.want {
				t.Errorf("%s from %s: %d units must report, %d late; want %d", c.form, c.start, len(st), len(units), c.want)
			}
		}
		// Importing the demo again after the reform changes nothing: it does
		// not reopen the 2019 units.
		for _, seed := range []func(context.Context, *queries.Store, time.Time) (dataset.Report, error){dataset.SeedDemo, dataset.SeedHaTinh2025} {
			rep, err := seed(ctx, s, importAt)
			if err != nil || rep.HasChanges() {
				t.Fatalf("seeding again: %v\n%s", err, rep.Summary(10))
			}
		}
	})
}

func successors(t *testing.T, s *queries.Store) map[string][]string {
	t.Helper()
	ctx := context.Background()
	all, err := s.AllUnits(ctx)
	if err != nil {
		t.Fatal(err)
	}
	code := map[int64]string{}
	for _, u := range all {
		code[u.ID] = u.Code
	}
	links, err := s.Successions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, l := range links {
		out[code[l.UnitID]] = append(out[code[l.UnitID]], code[l.SuccessorID])
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out
}

// aliasOwners lists the codes of the units an alias names on a date.
func aliasOwners(t *testing.T, s *queries.Store, on, folded string) []string {
	t.Helper()
	ctx := context.Background()
	as, err := s.UnitAliases(ctx, on)
	if err != nil {
		t.Fatal(err)
	}
	units, err := s.Units(ctx, on)
	if err != nil {
		t.Fatal(err)
	}
	code := map[int64]string{}
	for _, u := range units {
		code[u.ID] = u.Code
	}
	seen := map[string]bool{}
	var out []string
	for _, a := range as {
		if a.Folded == folded && !seen[code[a.OwnerID]] {
			seen[code[a.OwnerID]] = true
			out = append(out, code[a.OwnerID])
		}
	}
	sort.Strings(out)
	return out
}

// TestTodayIndicatorAliases: with the demo and the 2025 indicators in one
// vocabulary, "hồ sơ trực tuyến" and "hồ sơ trực tuyến toàn trình" never
// name each other's indicator, and each new indicator is found by its
// common names. This checks the aliases, through the understanding as it
// is today.
func TestTodayIndicatorAliases(t *testing.T) {
	s := demo2025(t, queries.SQLite)
	v := vocabulary(t, s, "2025-10-15")
	ref := time.Date(2025, 10, 15, 9, 0, 0, 0, time.UTC)
	tests := []struct{ question, want string }{
		{"tỷ lệ hồ sơ trực tuyến toàn trình quý 3/2025", "hstt_tt_share"},
		{"tỷ lệ hồ sơ nộp trực tuyến toàn trình của tỉnh quý 3/2025", "hstt_tt_share"},
		{"ty le ho so truc tuyen toan trinh q3 2025", "hstt_tt_share"},
		{"bao nhiêu % hồ sơ toàn trình quý 3/2025", "hstt_tt_share"},
		{"tỷ lệ hồ sơ trực tuyến quý 3/2025", "hstt_share"},
		{"số hồ sơ trực tuyến quý 3/2025", "hstt"},
		{"tỷ lệ hồ sơ trực tuyến năm 2018", "hstt_share"},
		{"có bao nhiêu dịch vụ công trực tuyến toàn trình", "dvc_tt"},
		{"số DVC toàn trình của tỉnh", "dvc_tt"},
		{"số dịch vụ công trực tuyến một phần", "dvc_mp"},
		{"tỷ lệ thanh toán trực tuyến quý 3/2025", "payment_share"},
		{"tỷ lệ số hóa hồ sơ quý 3/2025", "digitized_share"},
		{"tỷ lệ giải quyết đúng hạn quý 3/2025", "ontime_share"},
		{"tỷ lệ hồ sơ giải quyết đúng hạn của xã Can Lộc", "ontime_share"},
		{"số DVC mức độ 3 năm 2019", "dvc3"},
	}
	for _, tt := range tests {
		p := nlu.Understand(v, tt.question, ref)
		if strings.Join(p.Indicators, ",") != tt.want {
			t.Errorf("%q names %v, want %s", tt.question, p.Indicators, tt.want)
		}
	}
}

// vocabulary builds the understanding's vocabulary from the database as
// the catalog does, for units valid on a date.
func vocabulary(t *testing.T, s *queries.Store, on string) *nlu.Vocabulary {
	t.Helper()
	ctx := context.Background()
	units, err := s.Units(ctx, on)
	if err != nil {
		t.Fatal(err)
	}
	code := map[int64]string{}
	for _, u := range units {
		code[u.ID] = u.Code
	}
	ua, err := s.UnitAliases(ctx, on)
	if err != nil {
		t.Fatal(err)
	}
	la, err := s.LevelAliases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ia, err := s.IndicatorAliases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	inds, err := s.Indicators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	indCode := map[int64]string{}
	var words []string
	for _, in := range inds {
		indCode[in.ID] = in.Code
		words = append(words, in.Name)
	}
	var ut, lt, it []nlu.Term
	for _, a := range ua {
		ut = append(ut, nlu.Term{Owner: code[a.OwnerID], Folded: a.Folded})
	}
	for _, a := range la {
		lt = append(lt, nlu.Term{Owner: a.Level, Folded: a.Folded})
	}
	for _, a := range ia {
		it = append(it, nlu.Term{Owner: indCode[a.OwnerID], Folded: a.Folded})
	}
	return nlu.NewVocabulary(ut, lt, it, nil, words...)
}
