package bot

import (
	"context"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
)

// claimResult is a finished claim.
type claimResult struct {
	rows  []queries.OutboxMessage
	asked int
	err   error
}

// recall is what becomes of a recalled chat's rows: back to the database,
// due at next, or dead (the chat blocked the bot) for the reason given.
type recall struct {
	next time.Time
	dead string
}

// claim starts taking due rows from the database; claimDone puts them in
// the chat queues. It runs to its end even when the lane stops, so that
// the rows it claimed are known and can be put back.
func (l *lane) claim() {
	l.claiming = true
	asked := l.maxHeld() - l.held
	now, perChat := l.cfg.Now(), l.perChatHeld()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		rows, err := l.store.ClaimDueOutbox(ctx, l.platform, now, perChat, asked)
		l.claimed <- claimResult{rows: rows, asked: asked, err: err}
	}()
}

// claimDone queues a claim's rows and returns how many it queued. The rows
// of a chat recalled meanwhile follow its other rows: a chat whose send
// failed keeps its order only if its later rows wait in the database for
// the retry (claim-due-outbox takes them after it).
func (l *lane) claimDone(c claimResult) int {
	l.claiming = false
	recalled := l.recalled
	l.recalled = nil
	if wait := time.Until(l.paused); wait > longPause {
		// The whole bot waits long (rateLimited): so do these rows.
		l.unclaim(c.rows, l.cfg.Now().Add(wait))
		return 0
	}
	var back []queries.OutboxMessage
	var backAt []time.Time
	n := 0
	for _, r := range c.rows {
		if rc, ok := recalled[r.ChatID]; ok {
			if rc.dead != "" {
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				l.dead(ctx, r, rc.dead)
				cancel()
				continue
			}
			back, backAt = append(back, r), append(backAt, rc.next)
			continue
		}
		l.chatOf(r.ChatID).enqueue(r)
		l.held++
		n++
	}
	for i, r := range back {
		l.unclaim([]queries.OutboxMessage{r}, backAt[i])
	}
	return n
}

// recall marks a chat whose held rows went back to the database (or died),
// for the claim running now.
func (l *lane) recall(chatID string, rc recall) {
	if !l.claiming {
		return
	}
	if l.recalled == nil {
		l.recalled = map[string]recall{}
	}
	l.recalled[chatID] = rc
}
