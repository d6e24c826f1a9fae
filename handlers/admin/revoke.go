package admin

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Revoke answers /thuhoi NGƯỜI: the person (their number from /nguoidung,
// "#12" or "12", or their full name when only one active person has it)
// is deactivated, so none of their chat accounts is recognised any more;
// the audit log records who revoked whom and when.
func (d *Desk) Revoke(ctx context.Context, who queries.Account, args string) (string, error) {
	if who.Role != "admin" {
		return msgAdminOnly, nil
	}
	ref := strings.TrimSpace(args)
	if ref == "" {
		return msgRevokeUsage, nil
	}
	people, err := d.data.People(ctx, 0)
	if err != nil {
		return "", fmt.Errorf("admin: people: %w", err)
	}
	p, problem := personNamed(people, ref)
	if problem != "" {
		return problem, nil
	}
	if p.ID == who.PersonID {
		return msgRevokeSelf, nil
	}
	if p.DeactivatedAt.Valid {
		return fmt.Sprintf(msgRevokedAlready, p.FullName, p.DeactivatedAt.Time.In(d.cfg.Now().Location()).Format("02/01/2006")), nil
	}
	done, err := d.data.DeactivatePerson(ctx, p.ID, queries.AuditEntry{At: d.cfg.Now(), PersonID: who.PersonID, Action: "revoke",
		Entity: "person", EntityID: p.ID, Detail: fmt.Sprintf("%s, %s, %s", p.FullName, p.Role, p.UnitCode)})
	if err != nil {
		return "", fmt.Errorf("admin: revoke: %w", err)
	}
	if !done {
		return fmt.Sprintf(msgRevokedAlready, p.FullName, d.cfg.Now().Format("02/01/2006")), nil
	}
	return fmt.Sprintf(msgRevoked, p.FullName, RoleName(p.Role), p.UnitName), nil
}

// personNamed finds one person by number ("#12", "12") or by full name
// among the active people (folded: with or without diacritics).
func personNamed(people []queries.Person, ref string) (queries.Person, string) {
	if id, err := strconv.ParseInt(strings.TrimPrefix(ref, "#"), 10, 64); err == nil {
		for _, p := range people {
			if p.ID == id {
				return p, ""
			}
		}
		return queries.Person{}, fmt.Sprintf(msgPersonUnknown, ref)
	}
	want := nlu.Fold(ref)
	var found []queries.Person
	for _, p := range people {
		if !p.DeactivatedAt.Valid && nlu.Fold(p.FullName) == want {
			found = append(found, p)
		}
	}
	switch len(found) {
	case 0:
		return queries.Person{}, fmt.Sprintf(msgPersonUnknown, ref)
	case 1:
		return found[0], ""
	}
	var names []string
	for _, p := range found {
		names = append(names, fmt.Sprintf("#%d (%s, %s)", p.ID, RoleName(p.Role), p.UnitName))
	}
	return queries.Person{}, fmt.Sprintf(msgPersonAmbiguous, ref, strings.Join(names, "; "))
}
