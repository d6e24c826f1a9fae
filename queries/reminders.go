package queries

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"
)

// ReminderStage is one stage of a form's reminder schedule.
type ReminderStage struct {
	FormID       int64  `db:"form_id"`
	FormCode     string `db:"form_code"`
	FormName     string `db:"form_name"`
	PeriodType   string `db:"period_type"`
	DeadlineDays int    `db:"deadline_days"`
	Stage        string `db:"stage"`
	OffsetDays   int    `db:"offset_days"`
	RepeatDays   int    `db:"repeat_days"`
	Audience     string `db:"audience"`
}

// ReminderStages lists every form's stages.
func (s *Store) ReminderStages(ctx context.Context) ([]ReminderStage, error) {
	var out []ReminderStage
	if err := s.stmt(ctx, s.q.ListReminderStages).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: reminder stages: %w", err)
	}
	return out, nil
}

// ReminderSettings reads the schedule's settings (working hours...).
func (s *Store) ReminderSettings(ctx context.Context) (map[string]string, error) {
	var rows []struct {
		Key   string `db:"key"`
		Value string `db:"value"`
	}
	if err := s.stmt(ctx, s.q.ListReminderSettings).SelectContext(ctx, &rows); err != nil {
		return nil, fmt.Errorf("queries: reminder settings: %w", err)
	}
	out := map[string]string{}
	for _, r := range rows {
		out[r.Key] = r.Value
	}
	return out, nil
}

// Holidays lists the public holidays between two dates (YYYY-MM-DD).
func (s *Store) Holidays(ctx context.Context, from, to string) (map[string]string, error) {
	var rows []struct {
		Day  string `db:"day"`
		Name string `db:"name"`
	}
	if err := s.stmt(ctx, s.q.ListHolidays).SelectContext(ctx, &rows, from, to); err != nil {
		return nil, fmt.Errorf("queries: holidays: %w", err)
	}
	out := map[string]string{}
	for _, r := range rows {
		out[r.Day] = r.Name
	}
	return out, nil
}

// Recipient is a person (and one chat account) to remind about a unit.
type Recipient struct {
	UnitID        int64        `db:"unit_id"`
	UnitCode      string       `db:"unit_code"`
	UnitName      string       `db:"unit_name"`
	PersonID      int64        `db:"person_id"`
	FullName      string       `db:"full_name"`
	Role          string       `db:"role"`
	Platform      string       `db:"platform"`
	ChatID        string       `db:"chat_id"`
	LastInboundAt sql.NullTime `db:"last_inbound_at"`
	Phone         string       `db:"phone"`       // 84…, for Zalo template messages
	InactiveAt    sql.NullTime `db:"inactive_at"` // the account blocked the bot
}

// LateRecipients lists the units late with a form for a period, with their
// clerks, leaders and chat accounts: units that must send it and exist on
// the period's last day.
func (s *Store) LateRecipients(ctx context.Context, formID int64, periodStart string) ([]Recipient, error) {
	end, err := s.periodEnd(ctx, formID, periodStart)
	if err != nil {
		return nil, err
	}
	var out []Recipient
	if err := s.stmt(ctx, s.q.ListLateRecipients).SelectContext(ctx, &out, periodStart, formID, end, end); err != nil {
		return nil, fmt.Errorf("queries: late recipients: %w", err)
	}
	return out, nil
}

// DigestRecipients lists admins and province leaders with their accounts.
func (s *Store) DigestRecipients(ctx context.Context) ([]Recipient, error) {
	var out []Recipient
	if err := s.stmt(ctx, s.q.ListDigestRecipients).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: digest recipients: %w", err)
	}
	return out, nil
}

// Reminder is one decided reminder: its log key and its message.
type Reminder struct {
	FormID      int64
	UnitID      int64
	PeriodStart string
	Stage       string
	PersonID    int64
	Message     OutboxMessage
}

// reminderBatch bounds the rows one bulk statement carries.
const reminderBatch = 2000

// RecordReminders logs each reminder and queues its message, in one
// transaction; a reminder already logged (same form, unit, period, stage,
// person) is skipped by the unique key, so two sweeps, even at once in two
// processes, queue nothing twice. It returns how many were queued. Rows go
// to the database in bulk: one statement per batch, not per reminder.
func (s *Store) RecordReminders(ctx context.Context, rs []Reminder, at time.Time) (int, error) {
	n := 0
	err := s.Tx(ctx, func(tx *Store) error {
		for len(rs) > 0 {
			chunk := rs[:min(len(rs), reminderBatch)]
			rs = rs[len(chunk):]
			added, err := tx.recordChunk(ctx, chunk, at)
			if err != nil {
				return err
			}
			n += added
		}
		return nil
	})
	return n, err
}

type logKey struct {
	FormID      int64  `db:"form_id" json:"form_id"`
	UnitID      int64  `db:"unit_id" json:"unit_id"`
	PeriodStart string `db:"period_start" json:"period_start"`
	Stage       string `db:"stage" json:"stage"`
	PersonID    int64  `db:"person_id" json:"person_id"`
}

type bulkMessage struct {
	Key       string `json:"idempotency_key"`
	Platform  string `json:"platform"`
	ChatID    string `json:"chat_id"`
	PersonID  int64  `json:"person_id"`
	Body      string `json:"body"`
	Payload   string `json:"payload,omitempty"`
	NotBefore string `json:"not_before"`
}

func (s *Store) recordChunk(ctx context.Context, rs []Reminder, at time.Time) (int, error) {
	keys := make([]logKey, len(rs))
	for i, r := range rs {
		keys[i] = logKey{r.FormID, r.UnitID, r.PeriodStart, r.Stage, r.PersonID}
	}
	in, err := json.Marshal(keys)
	if err != nil {
		return 0, fmt.Errorf("queries: reminder log: %w", err)
	}
	var logged []logKey
	if err := s.stmt(ctx, s.q.InsertReminderLogs).SelectContext(ctx, &logged, ts(at), string(in)); err != nil {
		return 0, fmt.Errorf("queries: reminder log: %w", err)
	}
	fresh := make(map[logKey]bool, len(logged))
	for _, k := range logged {
		fresh[k] = true
	}
	var msgs []bulkMessage
	reminders := 0
	for i, r := range rs {
		if !fresh[keys[i]] {
			continue
		}
		reminders++
		m := r.Message
		nb := m.NotBefore
		if nb.IsZero() {
			nb = at
		}
		for _, part := range append([]OutboxMessage{m}, m.Parts...) {
			msgs = append(msgs, bulkMessage{part.IdempotencyKey, part.Platform, part.ChatID, part.PersonID, part.Body, part.Payload,
				ts(nb).Format("2006-01-02 15:04:05-07:00")})
		}
	}
	if len(msgs) == 0 {
		return 0, nil
	}
	out, err := json.Marshal(msgs)
	if err != nil {
		return 0, fmt.Errorf("queries: enqueue reminders: %w", err)
	}
	var ids []int64
	if err := s.stmt(ctx, s.q.EnqueueOutboxBulk).SelectContext(ctx, &ids, ts(at), string(out)); err != nil {
		return 0, fmt.Errorf("queries: enqueue reminders: %w", err)
	}
	// Reminders, not rows: a long one is several rows (its parts).
	return min(reminders, len(ids)), nil
}

// SaveReminderStage creates or updates a stage of a form's schedule.
func (s *Store) SaveReminderStage(ctx context.Context, st ReminderStage) error {
	_, err := s.stmt(ctx, s.q.UpsertReminderStage).ExecContext(ctx, st.FormID, st.Stage, st.OffsetDays, st.RepeatDays, st.Audience)
	if err != nil {
		return fmt.Errorf("queries: save reminder stage %s: %w", st.Stage, err)
	}
	return nil
}
