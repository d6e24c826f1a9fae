package handlers

import (
	"context"
	"fmt"
	"strings"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// remindPrefix is the data of the "Gửi ngay" button ("nhacnho:2019-04-01").
const remindPrefix = "nhacnho:"

// remindNow answers /nhacnho [kỳ]: the reminders due now for the period
// (the last ended quarter by default), and a button that sends them.
func (r *Router) remindNow(ctx context.Context, who caller, arg string, send bool) ([]bot.Reply, error) {
	if who.role() != "admin" {
		return reply(msgRemindAdminOnly), nil
	}
	if r.cfg.Reminders == nil {
		return reply(msgRemindOff), nil
	}
	now := r.cfg.Now()
	per := nlu.LastEndedQuarter(now)
	switch {
	case send:
		start := strings.TrimSpace(arg)
		per = nlu.QuarterOf(mustDate(start, now))
	case strings.TrimSpace(arg) != "":
		p, err := nlu.ParseQuarter(arg)
		if err != nil {
			return reply(err.Error()), nil
		}
		per = p
	}
	res, err := r.cfg.Reminders.SweepPeriod(ctx, now, per.Start, !send)
	if err != nil {
		return reply(msgInternalError), err
	}
	if send {
		return reply(fmt.Sprintf(msgRemindSent, res.Queued, per.Label, len(res.Planned)-res.Queued)), nil
	}
	dead := ""
	if depth, err := r.outbox.OutboxDepth(ctx); err == nil && depth["dead"] > 0 {
		dead = "\n" + fmt.Sprintf(msgRemindDead, depth["dead"])
	}
	if len(res.Planned) == 0 {
		return reply(fmt.Sprintf(msgRemindNone, per.Label) + dead), nil
	}
	stages := map[string]int{}
	for _, p := range res.Planned {
		stages[p.Stage]++
	}
	var parts []string
	for _, st := range sortedKeys(stages) {
		parts = append(parts, fmt.Sprintf("%s: %d", st, stages[st]))
	}
	text := fmt.Sprintf(msgRemindPreview, per.Label, len(res.Planned), strings.Join(parts, ", "))
	if len(res.Undeliverable) > 0 {
		text += "\n" + fmt.Sprintf(msgRemindUndeliverable, len(res.Undeliverable), joinVI(limit(res.Undeliverable, msgStatusMore)))
	}
	text += dead + "\n" + msgRemindExample + "\n" + res.Planned[0].Message.Body
	return []bot.Reply{{Text: text, Options: []bot.Option{{Label: msgRemindSendLabel, Data: remindPrefix + per.Start}}}}, nil
}
