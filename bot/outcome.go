package bot

import (
	"context"
	"errors"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
)

// record writes a finished send's outcome to its row (a 429 is left to the
// scheduler, which decides whether the row waits in memory or goes back).
func (l *lane) record(row queries.OutboxMessage, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	now := l.cfg.Now()
	var ra *RetryAfterError
	var perm *PermanentError
	switch {
	case err == nil:
		// The message is out: a lost mark would send it again, so try hard.
		for i := 0; i < 3; i++ {
			if err = l.store.MarkOutboxSent(ctx, row.ID, now); err == nil {
				return
			}
			time.Sleep(time.Duration(i+1) * 500 * time.Millisecond)
		}
		l.cfg.Log.Error("outbox: sent but not recorded; it may be sent again", "id", row.ID, "err", err)
	case errors.As(err, &ra):
	case errors.As(err, &perm):
		l.cfg.Log.Warn("outbox: undeliverable", "id", row.ID, "platform", l.platform, "blocked", perm.Blocked, "err", err)
		if perm.Blocked {
			if err := l.store.MarkChatInactive(ctx, l.platform, row.ChatID, err.Error(), now); err != nil {
				l.cfg.Log.Error("outbox: mark chat inactive", "err", err)
			}
		}
		l.dead(ctx, row, err.Error())
	case row.Attempts >= l.cfg.MaxAttempts:
		l.cfg.Log.Warn("outbox: giving up", "id", row.ID, "attempts", row.Attempts, "err", err)
		l.dead(ctx, row, err.Error())
	default:
		if err := l.store.RetryOutbox(ctx, row.ID, now.Add(Backoff(row.Attempts)), err.Error()); err != nil {
			l.cfg.Log.Error("outbox: retry", "id", row.ID, "err", err)
		}
	}
}

func (l *lane) dead(ctx context.Context, row queries.OutboxMessage, reason string) {
	if err := l.store.DeadOutbox(ctx, row.ID, reason); err != nil {
		l.cfg.Log.Error("outbox: dead", "id", row.ID, "err", err)
	}
	l.cfg.Metrics.deadLetter(l.platform)
}

// finish updates the schedule after a send.
func (l *lane) finish(r result) {
	l.inflight--
	var ra *RetryAfterError
	var perm *PermanentError
	// Only an answer from the platform is a round trip to learn the path's
	// from; a failure may have come back before reaching it.
	answered := r.err == nil || errors.As(r.err, &ra)
	l.arrivals.finished(r.start, r.took, answered)
	l.lastEnd = maxTime(l.lastEnd, r.start.Add(r.took))
	l.observe(time.Since(r.start))
	c := l.chatOf(r.row.ChatID)
	c.busy = false
	// The chat's limit counts at arrival too: its token is taken again as
	// late as the message may have arrived (its end less the shortest round
	// trip), so its next message cannot arrive closer than the limit allows
	// however long this one took. Exact, since a chat has one send in flight.
	if late := r.took - l.arrivals.floor.value(); late > 0 {
		c.bucket = c.before
		c.bucket.take(r.start.Add(late))
	}
	switch {
	case r.err == nil:
		l.cfg.Metrics.sent(l.platform, outcomeSent, r.took)
	case ra != nil:
		l.cfg.Metrics.sent(l.platform, outcomeRateLimited, r.took)
		l.rateLimited(c, r, ra.After)
	case errors.As(r.err, &perm) && perm.Blocked:
		l.cfg.Metrics.sent(l.platform, outcomeBlocked, r.took)
		// Everything else queued for the chat would meet the same refusal.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		for _, row := range c.queue {
			l.dead(ctx, row, r.err.Error())
		}
		cancel()
		l.held -= len(c.queue)
		c.queue = nil
		l.recall(c.id, recall{dead: r.err.Error()})
	case errors.As(r.err, &perm):
		l.cfg.Metrics.sent(l.platform, outcomeUndeliverable, r.took)
	default:
		l.cfg.Metrics.sent(l.platform, outcomeFailed, r.took)
		if r.row.Attempts < l.cfg.MaxAttempts {
			// The row waits for its retry in the database; the chat's later
			// rows go back too, and are claimed only after it (see
			// claim-due-outbox), so the chat's order holds.
			l.unclaim(c.queue, l.cfg.Now())
			l.held -= len(c.queue)
			c.queue = nil
			l.recall(c.id, recall{next: l.cfg.Now()})
		}
	}
}

// rateLimited pauses the chat or the whole bot for retry_after. Telegram's
// 429 does not say which limit was hit; a chat that got another message
// within the last second has hit its own, otherwise the bot's global rate
// was exceeded. The row goes back to the head of its chat's queue.
func (l *lane) rateLimited(c *chat, r result, after time.Duration) {
	until := time.Now().Add(after)
	c.enqueue(r.row)
	l.held++
	if !r.prevStart.IsZero() && r.start.Sub(r.prevStart) < chatScopeWindow {
		l.cfg.Metrics.limited(l.platform, "chat")
		l.cfg.Log.Warn("outbox: 429 for one chat", "platform", l.platform, "retry_after", after)
		c.paused = until
		if after > longPause {
			l.unclaim(c.queue, l.cfg.Now().Add(after))
			l.held -= len(c.queue)
			c.queue = nil
			l.recall(c.id, recall{next: l.cfg.Now().Add(after)})
		}
		return
	}
	l.cfg.Metrics.limited(l.platform, "bot")
	l.cfg.Log.Warn("outbox: 429 for the bot: pausing every send", "platform", l.platform, "retry_after", after)
	if until.After(l.paused) {
		l.paused = until
	}
	if after > longPause {
		var rows []queries.OutboxMessage
		for _, c := range l.chats {
			rows = append(rows, c.queue...)
			c.queue = nil
		}
		l.held = 0
		l.unclaim(rows, l.cfg.Now().Add(after))
	}
}

// unclaim returns held rows to the database, due at next.
func (l *lane) unclaim(rows []queries.OutboxMessage, next time.Time) {
	if len(rows) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, r := range rows {
		if err := l.store.UnclaimOutbox(ctx, r.ID, next); err != nil {
			// It stays claimed until the next lease holder releases it.
			l.cfg.Log.Warn("outbox: unclaim", "id", r.ID, "err", err)
		}
	}
}
