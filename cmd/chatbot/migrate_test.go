package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestMigrateStatusDown: status lists every step, down undoes the newest
// one, and migrate applies it again, on both databases.
func TestMigrateStatusDown(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		env := map[string]string{"DATABASE_URL": dbtest.URL(t, d)}
		code, out, errs := runCLI(t, env, "", "migrate", "status")
		if code != 0 {
			t.Fatalf("status on an empty database: %d %s", code, errs)
		}
		// Versions may have a gap (a number reserved for work not landed
		// yet): the newest version and the number of steps can differ.
		pending := strings.Count(out, "chưa áp dụng")
		var latest int
		fmt.Sscanf(out[strings.Index(out, "chương trình biết đến ")+len("chương trình biết đến "):], "%d", &latest)
		if pending < 6 || latest < pending || !strings.Contains(out, "0001_schema") || !strings.Contains(out, fmt.Sprintf("Phiên bản 0; chương trình biết đến %d; %d bước chờ áp dụng.", latest, pending)) {
			t.Fatalf("status on an empty database:\n%s", out)
		}
		if code, out, errs := runCLI(t, env, "", "migrate"); code != 0 || !strings.Contains(out, fmt.Sprintf("Đã áp dụng %d bước; cơ sở dữ liệu ở phiên bản %d.", pending, latest)) {
			t.Fatalf("migrate: %d %s %s", code, out, errs)
		}
		code, out, _ = runCLI(t, env, "", "migrate", "status")
		if code != 0 || strings.Count(out, "đã áp dụng") != pending || strings.Contains(out, "chưa áp dụng") {
			t.Fatalf("status after migrate:\n%s", out)
		}
		code, out, errs = runCLI(t, env, "", "migrate", "down")
		if code != 0 || !strings.Contains(out, fmt.Sprintf("Đã hoàn tác bước %04d; cơ sở dữ liệu ở phiên bản ", latest)) {
			t.Fatalf("down: %d %s %s", code, out, errs)
		}
		code, out, _ = runCLI(t, env, "", "migrate", "status")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || len(lines) != pending+1 || !strings.Contains(lines[pending-1], "chưa áp dụng") || strings.Count(out, "chưa áp dụng") != 1 {
			t.Fatalf("status after down:\n%s", out)
		}
		if code, out, errs := runCLI(t, env, "", "migrate"); code != 0 || !strings.Contains(out, fmt.Sprintf("Đã áp dụng 1 bước; cơ sở dữ liệu ở phiên bản %d.", latest)) {
			t.Fatalf("migrate after down: %d %s %s", code, out, errs)
		}
		if code, _, errs := runCLI(t, env, "", "migrate", "sideways"); code != 2 || !strings.Contains(errs, "migrate [status | down]") {
			t.Fatalf("unknown subcommand: %d %s", code, errs)
		}
	})
}
