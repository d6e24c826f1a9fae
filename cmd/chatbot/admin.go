package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers/admin"
	"github.com/hatinh-stttt/chatbot/handlers/reporting"
	"github.com/hatinh-stttt/chatbot/migrations"
	"github.com/hatinh-stttt/chatbot/queries"
)

// migrate applies the pending migrations; `migrate status` lists them and
// `migrate down` undoes the newest one.
func (e *env) migrate(ctx context.Context, args []string) error {
	sub := "up"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		sub, args = args[0], args[1:]
	}
	if err := parse(e.flags("migrate "+sub), args); err != nil {
		return err
	}
	if sub != "up" && sub != "status" && sub != "down" {
		return fmt.Errorf("%w: migrate [status | down]", errUsage)
	}
	db, dialect, err := queries.Open(ctx, e.cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := migrations.New(ctx, db.DB, string(dialect), e.log)
	if err != nil {
		return err
	}
	switch sub {
	case "status":
		return e.migrateStatus(ctx, m)
	case "down":
		v, err := m.Down(ctx)
		if err != nil {
			return err
		}
		now, err := m.Version(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Đã hoàn tác bước %04d; cơ sở dữ liệu ở phiên bản %d.\n", v, now)
		return nil
	}
	n, err := m.Up(ctx)
	if err != nil {
		return err
	}
	v, err := m.Version(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã áp dụng %d bước; cơ sở dữ liệu ở phiên bản %d.\n", n, v)
	return nil
}

// migrateStatus prints one line per migration, then the version.
func (e *env) migrateStatus(ctx context.Context, m *migrations.Migrator) error {
	steps, err := m.Status(ctx)
	if err != nil {
		return err
	}
	pending := 0
	for _, s := range steps {
		state := "chưa áp dụng"
		if s.Applied {
			state = "đã áp dụng " + s.AppliedAt.In(e.cfg.TZ).Format("02/01/2006 15:04")
		} else {
			pending++
		}
		fmt.Fprintf(e.stdout, "%-32s %s\n", s.Name, state)
	}
	v, err := m.Version(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Phiên bản %d; chương trình biết đến %d; %d bước chờ áp dụng.\n", v, m.Latest(), pending)
	return nil
}

func (e *env) seed(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: seed demo | seed synthetic --units N", errUsage)
	}
	switch args[0] {
	case "demo":
		s, done, err := e.openStore(ctx, false)
		if err != nil {
			return err
		}
		defer done()
		rep, err := dataset.SeedDemo(ctx, s, time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Đã nạp số liệu Báo cáo %s: %d đơn vị, %d chỉ tiêu, %d số liệu, %d mục tiêu, %d dự án, %d câu nguyên văn (thêm %d dòng, sửa %d).\n",
			dataset.ReportSourceCode, rep.Rows("don_vi"), rep.Rows("chi_tieu"), rep.Rows("so_lieu"), rep.Rows("muc_tieu"),
			rep.Rows("du_an"), rep.Rows("van_ban"), rep.Added(), rep.Changed())
		return nil
	case "synthetic":
		fs := e.flags("seed synthetic")
		units := fs.Int("units", 0, "how many reporting units")
		base := fs.Int64("telegram-base-id", 1000000, "Telegram chat and user id of unit i is base+i")
		if err := parse(fs, args[1:]); err != nil {
			return err
		}
		if *units < 1 {
			return fmt.Errorf("%w: cần --units N (N ≥ 1)", errUsage)
		}
		s, done, err := e.openStore(ctx, false)
		if err != nil {
			return err
		}
		defer done()
		if err := dataset.SeedSynthetic(ctx, s, *units, *base, time.Now()); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Đã tạo %d đơn vị giả lập (mã %s-00001…), mỗi đơn vị một cán bộ đầu mối có Telegram id %d…%d.\n",
			*units, dataset.SyntheticParent, *base+1, *base+int64(*units))
		return nil
	}
	return fmt.Errorf("%w: seed demo | seed synthetic --units N", errUsage)
}

func (e *env) users(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "invite" {
		return fmt.Errorf("%w: users invite --unit ĐƠN_VỊ --role clerk|leader|admin [--name TÊN] [--phone SỐ_ĐIỆN_THOẠI]", errUsage)
	}
	fs := e.flags("users invite")
	unit := fs.String("unit", "", "unit code or name")
	role := fs.String("role", "", "clerk, leader or admin")
	name := fs.String("name", "", "the person's full name (optional)")
	phoneArg := fs.String("phone", "", "the person's mobile number, for Zalo template messages (optional)")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	phone := ""
	if strings.TrimSpace(*phoneArg) != "" {
		var err error
		if phone, err = admin.ParsePhone(*phoneArg); err != nil {
			return fmt.Errorf("%w: --phone %q: %v", errUsage, *phoneArg, err)
		}
	}
	if *role != "clerk" && *role != "leader" && *role != "admin" {
		return fmt.Errorf("%w: --role phải là clerk, leader hoặc admin", errUsage)
	}
	if strings.TrimSpace(*unit) == "" {
		return fmt.Errorf("%w: cần --unit", errUsage)
	}
	s, done, err := e.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer done()
	u, err := findUnit(ctx, s, *unit, time.Now().In(e.cfg.TZ).Format("2006-01-02"))
	if err != nil {
		return err
	}
	code, err := admin.NewInviteCode()
	if err != nil {
		return err
	}
	now := time.Now()
	if err := s.AddInvite(ctx, queries.Invite{Code: code, UnitID: u.ID, Role: *role, FullName: *name, Phone: phone, CreatedAt: now,
		ExpiresAt: now.Add(admin.InviteLifetime)}); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Mã mời cho %s (%s), dùng một lần, hết hạn %s. Gửi lệnh /dangky %s trong Telegram hoặc Zalo:\n%s\n",
		u.Name, *role, now.Add(admin.InviteLifetime).In(e.cfg.TZ).Format("02/01/2006 15:04"), code, code)
	return nil
}

// findUnit finds the unit that exists today by code (a code reused after a
// merger names today's unit), or by a name or alias.
func findUnit(ctx context.Context, s *queries.Store, ref string, today string) (queries.Unit, error) {
	if u, err := s.UnitByCodeOn(ctx, ref, today); err == nil {
		return u, nil
	} else if !errors.Is(err, queries.ErrNotFound) {
		return u, err
	}
	if old, err := s.UnitsByCode(ctx, ref); err != nil {
		return queries.Unit{}, err
	} else if len(old) > 0 {
		last := old[len(old)-1]
		return queries.Unit{}, fmt.Errorf("đơn vị %s (%s) không còn vào ngày %s (hiệu lực từ %s đến %s)", ref, last.Name, today, last.ValidFrom, last.ValidTo)
	}
	aliases, err := s.UnitAliases(ctx, today)
	if err != nil {
		return queries.Unit{}, err
	}
	want := normalise(ref)
	var ids []int64
	for _, a := range aliases {
		if a.Folded == want && !containsID(ids, a.OwnerID) {
			ids = append(ids, a.OwnerID)
		}
	}
	units, err := s.Units(ctx, today)
	if err != nil {
		return queries.Unit{}, err
	}
	var found []queries.Unit
	for _, u := range units {
		if containsID(ids, u.ID) {
			found = append(found, u)
		}
	}
	switch len(found) {
	case 0:
		return queries.Unit{}, fmt.Errorf("không có đơn vị %q (hãy dùng mã, ví dụ 443, hoặc tên đầy đủ)", ref)
	case 1:
		return found[0], nil
	}
	names := make([]string, len(found))
	for i, u := range found {
		names[i] = u.Code + " " + u.Name
	}
	return queries.Unit{}, fmt.Errorf("%q là tên của nhiều đơn vị (%s): hãy dùng mã", ref, strings.Join(names, ", "))
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// remind runs one reminder sweep: it decides the reminders due at --now and
// queues them in the outbox (serve's sender delivers them); --dry-run
// prints them and changes nothing.
func (e *env) remind(ctx context.Context, args []string) error {
	fs := e.flags("remind")
	at := fs.String("now", "", "the sweep's clock, RFC 3339 (default: now)")
	dry := fs.Bool("dry-run", false, "print what would be sent; change nothing")
	if err := parse(fs, args); err != nil {
		return err
	}
	now := time.Now()
	if *at != "" {
		t, err := time.Parse(time.RFC3339, *at)
		if err != nil {
			return fmt.Errorf("%w: --now %q không đúng dạng RFC 3339 (ví dụ 2019-07-16T09:00:00+07:00)", errUsage, *at)
		}
		now = t
	}
	s, done, err := e.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer done()
	reminders := reporting.NewReminders(s, e.cfg.TZ)
	reminders.SetZNSTemplates(e.cfg.ZNSTemplates)
	res, err := reminders.Sweep(ctx, now, *dry)
	if err != nil {
		return err
	}
	for _, r := range res.Planned {
		if *dry {
			fmt.Fprintf(e.stdout, "[%s] %s %s, gửi từ %s:\n%s\n\n", r.Stage, r.Message.Platform, r.Message.ChatID,
				r.Message.NotBefore.In(e.cfg.TZ).Format("02/01/2006 15:04"), r.Message.Body)
		}
	}
	for _, u := range res.Undeliverable {
		fmt.Fprintf(e.stdout, "Không gửi được: %s\n", u)
	}
	if *dry {
		fmt.Fprintf(e.stdout, "Chạy thử: %d nhắc nhở đến hạn; chưa gửi, chưa ghi gì.\n", len(res.Planned))
		return nil
	}
	fmt.Fprintf(e.stdout, "Đã xếp %d nhắc nhở vào hàng gửi (%d đã xếp từ trước).\n", res.Queued, len(res.Planned)-res.Queued)
	return nil
}
