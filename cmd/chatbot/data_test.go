package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestImportExportTemplate runs the data commands as the department's
// admin would, on both databases: the 2025 units dataset loads (dry run
// first, which writes nothing), the Q3/2025 workbook loads and its
// figures are answered at once, a file with one bad row among many writes
// nothing and names the row, export then import --dry-run reports no
// change, and the template imports as no change.
func TestImportExportTemplate(t *testing.T) {
	dataset2025 := filepath.Join("..", "..", "dataset", "data", "ha-tinh-2025")
	q3 := filepath.Join("..", "..", "testdata", "datasets", "q3-2025.xlsx")
	for _, d := range dbtest.Dialects {
		t.Run(string(d), func(t *testing.T) {
			env := map[string]string{"DATABASE_URL": dbtest.URL(t, d), "CHATBOT_TZ": "Asia/Ho_Chi_Minh"}
			dir := t.TempDir()
			cli := func(wantCode int, args ...string) (string, string) {
				t.Helper()
				code, out, errs := runCLI(t, env, "", args...)
				if code != wantCode {
					t.Fatalf("chatbot %s: exit %d, want %d\n%s\n%s", strings.Join(args, " "), code, wantCode, out, errs)
				}
				return out, errs
			}
			cli(0, "seed", "demo")
			out, _ := cli(0, "import", dataset2025, "--dry-run")
			if !strings.Contains(out, "Chạy thử: chưa ghi gì") || !strings.Contains(out, "don_vi: thêm 69, sửa 276, giữ nguyên 2") {
				t.Fatalf("dry run:\n%s", out)
			}
			if again, _ := cli(0, "import", "--dry-run", dataset2025); !strings.Contains(again, "don_vi: thêm 69") {
				t.Fatalf("the dry run wrote something:\n%s", again)
			}
			if out, _ := cli(0, "import", dataset2025); !strings.Contains(out, "Đã nạp:") {
				t.Fatalf("import:\n%s", out)
			}
			if out, _ := cli(0, "import", q3); !strings.Contains(out, "so_lieu: thêm 7") {
				t.Fatalf("Q3/2025:\n%s", out)
			}
			if out, _ := cli(0, "ask", "tỷ lệ hồ sơ trực tuyến toàn trình của xã Can Lộc quý 3/2025"); !strings.Contains(out, "38,5%") {
				t.Fatalf("the new figure is not answered: %s", out)
			}

			before := filepath.Join(dir, "before")
			cli(0, "export", before)
			bad := filepath.Join(dir, "bad")
			os.MkdirAll(bad, 0o755)
			var b strings.Builder
			b.WriteString("chi_tieu,don_vi,ky,gia_tri,nguon\n")
			for i := 0; i < 300; i++ {
				v := fmt.Sprint(i)
				if i == 211 {
					v = "ba mươi"
				}
				fmt.Fprintf(&b, "dvc_tt,18406,tháng %d/%d,%s,KT-Q3/2025\n", i%12+1, 2026+i/12, v)
			}
			os.WriteFile(filepath.Join(bad, "so_lieu.csv"), []byte(b.String()), 0o644)
			_, errs := cli(1, "import", bad)
			if !strings.Contains(errs, "trang so_lieu, dòng 213, cột gia_tri: «ba mươi» không phải số") || strings.Count(errs, "\n- ") != 1 {
				t.Fatalf("one bad row:\n%s", errs)
			}
			after := filepath.Join(dir, "after")
			cli(0, "export", after)
			for _, sheet := range []string{"so_lieu.csv", "don_vi.csv", "chi_tieu.csv"} {
				a, _ := os.ReadFile(filepath.Join(before, sheet))
				z, _ := os.ReadFile(filepath.Join(after, sheet))
				if string(a) != string(z) || len(a) == 0 {
					t.Fatalf("%s changed after a refused import", sheet)
				}
			}

			xlsx := filepath.Join(dir, "export.xlsx")
			cli(0, "export", xlsx)
			for _, path := range []string{xlsx, before} {
				if out, _ := cli(0, "import", path, "--dry-run"); !strings.Contains(out, "không thêm, không sửa gì") {
					t.Fatalf("export then import --dry-run of %s:\n%s", path, out)
				}
			}
			tpl := filepath.Join(dir, "mau.xlsx")
			cli(0, "template", tpl)
			if out, _ := cli(0, "import", tpl, "--dry-run"); !strings.Contains(out, "không thêm, không sửa gì") {
				t.Fatalf("template:\n%s", out)
			}
			cli(2, "import")
			cli(2, "template", filepath.Join(dir, "mau.csv"))
			if _, errs := cli(1, "import", filepath.Join(dir, "nothing.xlsx")); !strings.Contains(errs, "no such file") {
				t.Fatalf("missing file: %s", errs)
			}
		})
	}
}
