package admin

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Register binds the chat account of a message to the person of an invite
// code (/dangky MÃ). ok is false when nothing was registered; text says why.
func (d *Desk) Register(ctx context.Context, m bot.Message, code string) (text string, acc queries.Account, ok bool, err error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" {
		return fmt.Sprintf(msgRegisterUsage, d.cfg.Owner), acc, false, nil
	}
	acc, err = d.data.Register(ctx, queries.Registration{Code: code, Platform: m.Platform, ExternalID: m.UserID,
		ChatID: m.ChatID, DisplayName: m.Name}, d.cfg.Now())
	if errors.Is(err, queries.ErrInviteUnusable) {
		return fmt.Sprintf(msgInviteUnusable, d.cfg.Owner), acc, false, nil
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
