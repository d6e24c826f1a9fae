package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
)

// Inbox is where incoming updates are deduplicated and their replies queued.
type Inbox interface {
	UpdateProcessed(ctx context.Context, platform, updateID string) (bool, error)
	CommitUpdate(ctx context.Context, platform, updateID string, replies []queries.OutboxMessage, at time.Time) (bool, error)
}

// Dispatcher runs the handler on each incoming update exactly once and
// queues the replies in the outbox, in the same transaction that records
// the update as handled. A crash before that commit leaves the update
// unrecorded, so its redelivery is handled; after it, a redelivery is
// skipped and the queued replies are still sent.
type Dispatcher struct {
	inbox   Inbox
	handler HandlerFunc
	sender  *Sender
	now     func() time.Time
}

// NewDispatcher wires the handler to the inbox and the sender.
func NewDispatcher(inbox Inbox, h HandlerFunc, sender *Sender, now func() time.Time) *Dispatcher {
	if now == nil {
		now = time.Now
	}
	return &Dispatcher{inbox: inbox, handler: h, sender: sender, now: now}
}

// Dispatch handles one update; it reports false for a redelivered one.
func (d *Dispatcher) Dispatch(ctx context.Context, updateID string, m Message) (bool, error) {
	done, err := d.inbox.UpdateProcessed(ctx, m.Platform, updateID)
	if err != nil || done {
		return false, err
	}
	replies, herr := d.handler(ctx, m)
	rows := make([]queries.OutboxMessage, 0, len(replies))
	for i, r := range replies {
		// One row per message the platform will send, each with its key:
		// a resend after a crash repeats one part, never the whole reply.
		for j, part := range SplitReply(m.Platform, r) {
			body, extra, err := EncodeReply(part)
			if err != nil {
				return false, err
			}
			rows = append(rows, queries.OutboxMessage{
				IdempotencyKey: fmt.Sprintf("reply:%s:%s:%d.%d", m.Platform, updateID, i, j),
				Platform:       m.Platform, ChatID: m.ChatID, Body: body, Payload: extra,
			})
		}
	}
	fresh, err := d.inbox.CommitUpdate(ctx, m.Platform, updateID, rows, d.now())
	if err != nil {
		return false, fmt.Errorf("bot: commit update %s: %w", updateID, err)
	}
	if d.sender != nil && len(rows) > 0 {
		d.sender.Notify()
	}
	if herr != nil {
		// The handler already turned its failure into a reply; the error is
		// for the logs, and the update is not retried.
		return fresh, &HandlerError{Err: fmt.Errorf("update %s: %w", updateID, herr)}
	}
	return fresh, nil
}

// HandlerError is a handler failure after which the update was still
// recorded (its error reply queued): the update must not be retried.
type HandlerError struct{ Err error }

func (e *HandlerError) Error() string { return "handler: " + e.Err.Error() }
func (e *HandlerError) Unwrap() error { return e.Err }
