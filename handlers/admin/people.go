// Package admin is the administration of people by chat: registration
// with an invite code today; invites, imports and history as they come.
// It imports bot's neutral types and queries' types; never another job.
package admin

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Data is what the administration reads and writes; *queries.Store has it.
type Data interface {
	Register(ctx context.Context, r queries.Registration, at time.Time) (queries.Account, error)
}

// People registers chat accounts.
type People struct {
	data Data
	now  func() time.Time
}

// NewPeople makes the registration.
func NewPeople(data Data, now func() time.Time) *People {
	return &People{data: data, now: now}
}

// Register binds the chat account of a message to the person of an invite
// code (/dangky MÃ). ok is false when nothing was registered; text says why.
func (p *People) Register(ctx context.Context, m bot.Message, code string) (text string, acc queries.Account, ok bool, err error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" {
		return msgRegisterUsage, acc, false, nil
	}
	acc, err = p.data.Register(ctx, queries.Registration{Code: code, Platform: m.Platform, ExternalID: m.UserID,
		ChatID: m.ChatID, DisplayName: m.Name}, p.now())
	if errors.Is(err, queries.ErrInviteUnusable) {
		return msgInviteUnusable, acc, false, nil
	}
	if err != nil {
		return "", acc, false, fmt.Errorf("admin: register: %w", err)
	}
	return fmt.Sprintf(msgRegistered, acc.UnitName, RoleName(acc.Role)), acc, true, nil
}

// RoleName is a role as people say it.
func RoleName(role string) string {
	switch role {
	case "clerk":
		return "cán bộ đầu mối báo cáo"
	case "leader":
		return "lãnh đạo"
	case "admin":
		return "quản trị"
	}
	return role
}
