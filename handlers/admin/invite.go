package admin

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// InviteLifetime is how long an invite code can be used.
const InviteLifetime = 7 * 24 * time.Hour

// NewInviteCode is a fresh single-use code: 12 characters of base32 (60
// random bits), easy to type on a phone.
func NewInviteCode() (string, error) {
	var b [10]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("admin: invite code: %w", err)
	}
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:])[:12], nil
}

// InviteRequest is "/moi ĐƠN_VỊ VAI_TRÒ [tên] [sđt=SỐ]" as written.
type InviteRequest struct {
	Unit  string
	Role  string // clerk, leader or admin
	Name  string
	Phone string // 84…, or "" when not given
}

// roleWords are the ways a role is written after /moi, folded, longest first.
var roleWords = []struct{ words, role string }{
	{"can bo dau moi", "clerk"}, {"quan tri vien", "admin"},
	{"dau moi", "clerk"}, {"can bo", "clerk"}, {"lanh dao", "leader"}, {"quan tri", "admin"},
	{"clerk", "clerk"}, {"leader", "leader"}, {"admin", "admin"},
}

// phoneKeys introduce a phone number in /moi, folded.
var phoneKeys = []string{"sdt", "dt", "phone"}

// ParseInvite reads the arguments of /moi: the unit (a code or a name of
// several words), then the first role word (clerk, leader, admin or their
// Vietnamese names), then the person's name, and a phone number written
// "sđt=0912 345 678" at the end. problem is the Vietnamese reason when
// they cannot be read.
func ParseInvite(args string) (InviteRequest, string) {
	var req InviteRequest
	words := strings.Fields(strings.ToValidUTF8(args, "\uFFFD"))
	if len(words) == 0 {
		return req, msgInviteUsage
	}
	rest := words
	// sđt=… (or "sđt: …", "sđt = …") ends the line.
	for i := range words {
		key, value, found := strings.Cut(words[i], "=")
		if !found {
			key, value, found = strings.Cut(words[i], ":")
		}
		k := strings.TrimSpace(nlu.Fold(key))
		if found && isPhoneKey(k) {
			raw := strings.TrimSpace(value + " " + strings.Join(words[i+1:], " "))
			phone, err := ParsePhone(raw)
			if err != nil {
				return req, fmt.Sprintf(msgInvitePhone, raw, err.Error())
			}
			req.Phone, rest = phone, words[:i]
			break
		}
	}
	for i := 1; i < len(rest); i++ {
		for _, rw := range roleWords {
			n := len(strings.Fields(rw.words))
			if i+n > len(rest) || nlu.Fold(strings.Join(rest[i:i+n], " ")) != rw.words {
				continue
			}
			req.Unit = strings.Join(rest[:i], " ")
			req.Role = rw.role
			req.Name = strings.Join(rest[i+n:], " ")
			return req, ""
		}
	}
	return req, msgInviteUsage
}

func isPhoneKey(k string) bool {
	for _, p := range phoneKeys {
		if k == p {
			return true
		}
	}
	return false
}

// Invite creates an invite code (/moi) for a unit valid today and replies
// with it. The code appears only in that reply: the audit log records who
// invited whom to which unit and role, not the code.
func (d *Desk) Invite(ctx context.Context, who queries.Account, args string) (string, error) {
	if who.Role != "admin" {
		return msgAdminOnly, nil
	}
	req, problem := ParseInvite(args)
	if problem != "" {
		return problem, nil
	}
	unit, problem, err := d.unitOn(ctx, req.Unit, d.today())
	if err != nil || problem != "" {
		return problem, err
	}
	code, err := NewInviteCode()
	if err != nil {
		return "", err
	}
	now := d.cfg.Now()
	in := queries.Invite{Code: code, UnitID: unit.ID, Role: req.Role, FullName: req.Name, Phone: req.Phone,
		CreatedAt: now, ExpiresAt: now.Add(InviteLifetime), CreatedBy: who.PersonID}
	if err := d.data.AddInvite(ctx, in); err != nil {
		return "", fmt.Errorf("admin: invite: %w", err)
	}
	whom := RoleName(req.Role)
	if req.Name != "" {
		whom = req.Name + ", " + whom
	}
	return fmt.Sprintf(msgInvited, unit.Name, unit.Code, whom, in.ExpiresAt.Format("02/01/2006 15:04"), code), nil
}
