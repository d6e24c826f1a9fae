package admin

import (
	"context"
	"fmt"
	"strings"

	"github.com/hatinh-stttt/chatbot/queries"
)

// ListPeople answers /nguoidung [đơn vị]: the people of a unit valid today
// (of every unit without one), each with their number for /thuhoi, role,
// unit, chat platforms (and whether the bot can still reach them), phone
// and, for those revoked, since when.
func (d *Desk) ListPeople(ctx context.Context, who queries.Account, args string) (string, error) {
	if who.Role != "admin" {
		return msgAdminOnly, nil
	}
	var unit queries.Unit
	if strings.TrimSpace(args) != "" {
		u, problem, err := d.unitOn(ctx, args, d.today())
		if err != nil || problem != "" {
			return problem, err
		}
		unit = u
	}
	people, err := d.data.People(ctx, unit.ID)
	if err != nil {
		return "", fmt.Errorf("admin: people: %w", err)
	}
	var b strings.Builder
	switch {
	case unit.ID != 0 && len(people) == 0:
		return fmt.Sprintf(msgPeopleNoneIn, unit.Name, unit.Code), nil
	case unit.ID != 0:
		fmt.Fprintf(&b, msgPeopleHeadUnit, unit.Name, unit.Code, len(people))
	case len(people) == 0:
		return msgPeopleNone, nil
	default:
		fmt.Fprintf(&b, msgPeopleHead, len(people))
	}
	loc := d.cfg.Now().Location()
	for _, p := range people {
		fmt.Fprintf(&b, "\n• #%d %s — %s, %s (%s)", p.ID, p.FullName, RoleName(p.Role), p.UnitName, p.UnitCode)
		var platforms []string
		for _, a := range p.Accounts {
			name := platformName(a.Platform)
			if a.InactiveAt.Valid {
				name += " " + msgPeopleUnreachable
			}
			platforms = append(platforms, name)
		}
		if len(platforms) == 0 {
			platforms = append(platforms, msgPeopleNoAccount)
		}
		b.WriteString("; " + strings.Join(platforms, ", "))
		if p.Phone != "" {
			b.WriteString("; " + fmt.Sprintf(msgPeoplePhone, phoneText(p.Phone)))
		}
		if p.DeactivatedAt.Valid {
			b.WriteString("; " + fmt.Sprintf(msgPeopleRevoked, p.DeactivatedAt.Time.In(loc).Format("02/01/2006")))
		}
	}
	return b.String(), nil
}

// platformName is a chat platform as people call it.
func platformName(p string) string {
	switch p {
	case "telegram":
		return "Telegram"
	case "zalo":
		return "Zalo"
	case "console":
		return msgPlatformConsole
	}
	return p
}

// phoneText writes a stored number (84912345678) the way it is dialled
// in Vietnam: 0912 345 678.
func phoneText(stored string) string {
	if len(stored) != 11 || !strings.HasPrefix(stored, "84") {
		return stored
	}
	local := "0" + stored[2:]
	return local[:4] + " " + local[4:7] + " " + local[7:]
}
