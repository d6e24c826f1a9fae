package reporting

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// remindPrefix is the data of the "Gửi ngay" button ("nhacnho:2019-04-01").
const remindPrefix = "nhacnho:"

// Remind answers /nhacnho [kỳ]: the reminders due now for the period
// (the last ended quarter by default), and a button that sends them.
func (d *Desk) Remind(ctx context.Context, who queries.Account, arg string, send bool) ([]bot.Reply, error) {
	if who.Role != "admin" {
		return reply(msgRemindAdminOnly), nil
	}
	now := d.now()
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
	res, err := d.reminders.SweepPeriod(ctx, now, per.Start, !send)
	if err != nil {
		return nil, err
	}
	if send {
		return reply(fmt.Sprintf(msgRemindSent, res.Queued, per.Label, len(res.Planned)-res.Queued)), nil
	}
	dead := ""
	if depth, err := d.data.OutboxDepth(ctx); err == nil && depth["dead"] > 0 {
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
	for _, st := range slices.Sorted(maps.Keys(stages)) {
		parts = append(parts, fmt.Sprintf("%s: %d", st, stages[st]))
	}
	text := fmt.Sprintf(msgRemindPreview, per.Label, len(res.Planned), strings.Join(parts, ", "))
	if len(res.Undeliverable) > 0 {
		text += "\n" + fmt.Sprintf(msgRemindUndeliverable, len(res.Undeliverable), vi.Join(vi.Limit(res.Undeliverable, maxNamesInReply, msgStatusMore)))
	}
	text += dead + "\n" + msgRemindExample + "\n" + res.Planned[0].Message.Body
	return []bot.Reply{{Text: text, Options: []bot.Option{{Label: msgRemindSendLabel, Data: remindPrefix + per.Start}}}}, nil
}
