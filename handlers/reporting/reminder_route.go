package reporting

import (
	"fmt"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/queries"
)

// route chooses how a person is reached: Telegram when they have it and
// have not blocked the bot; Zalo within its free reply window; past the
// window, a Zalo template message (ZNS) to their phone when the stage has
// a template; otherwise nothing, and why (the digest lists them). data
// gives the template's parameters. A long text is split by the channel's
// limit: the first part is the message, the rest its Parts.
func (r *Reminders) route(accounts []queries.Recipient, now time.Time, stage, key, body string, data func() map[string]string) (*queries.OutboxMessage, string) {
	var zalo *queries.Recipient
	blocked := false
	for i, a := range accounts {
		if a.InactiveAt.Valid {
			blocked = true
			continue
		}
		switch a.Platform {
		case "telegram":
			return message(a.Platform, a.ChatID, key, body), ""
		case "zalo":
			zalo = &accounts[i]
		}
	}
	switch {
	case zalo != nil && zalo.LastInboundAt.Valid && now.Sub(zalo.LastInboundAt.Time) <= ZaloReplyWindow:
		return message(zalo.Platform, zalo.ChatID, key, body), ""
	case zalo != nil:
		base, _, _ := strings.Cut(stage, "-")
		id := r.zns[base]
		if id == "" || zalo.Phone == "" || stage == "" {
			return nil, msgRemindZaloWindow
		}
		_, payload, err := bot.EncodeReply(bot.Reply{Text: body, Template: &bot.Template{ID: id, Data: data(), TrackingID: key}})
		if err != nil {
			return nil, msgRemindZaloWindow
		}
		// The body stays for previews (/nhacnho); Zalo sends the template.
		return &queries.OutboxMessage{IdempotencyKey: key, Platform: "zalo", ChatID: zalo.Phone, Body: body, Payload: payload}, ""
	case blocked:
		return nil, msgRemindBlocked
	}
	return nil, msgRemindNoAccount
}

// message is one text to a chat, split by the platform's limit.
func message(platform, chatID, key, body string) *queries.OutboxMessage {
	parts := bot.SplitText(body, bot.MaxTextLength(platform))
	m := &queries.OutboxMessage{IdempotencyKey: key, Platform: platform, ChatID: chatID, Body: parts[0]}
	for i, p := range parts[1:] {
		m.Parts = append(m.Parts, queries.OutboxMessage{IdempotencyKey: fmt.Sprintf("%s:%d", key, i+2), Platform: platform, ChatID: chatID, Body: p})
	}
	return m
}
