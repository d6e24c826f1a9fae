package queries

import (
	"context"
	"database/sql"
	"errors"
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
}

// LateRecipients lists the units late with a form for a period, with their
// clerks, leaders and chat accounts.
func (s *Store) LateRecipients(ctx context.Context, formID int64, periodStart string) ([]Recipient, error) {
	var out []Recipient
	if err := s.stmt(ctx, s.q.ListLateRecipients).SelectContext(ctx, &out, periodStart, formID); err != nil {
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

// RecordReminders logs each reminder and queues its message, in one
// transaction; a reminder already logged (same form, unit, period, stage,
// person) is skipped by the unique key, so two sweeps, even at once in two
// processes, queue nothing twice. It returns how many were queued.
func (s *Store) RecordReminders(ctx context.Context, rs []Reminder, at time.Time) (int, error) {
	n := 0
	err := s.Tx(ctx, func(tx *Store) error {
		for _, r := range rs {
			var id int64
			err := tx.stmt(ctx, tx.q.InsertReminderLog).GetContext(ctx, &id, r.FormID, r.UnitID, r.PeriodStart, r.Stage, r.PersonID, ts(at))
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return fmt.Errorf("queries: reminder log: %w", err)
			}
			added, err := tx.Enqueue(ctx, r.Message, at)
			if err != nil {
				return err
			}
			if added {
				n++
			}
		}
		return nil
	})
	return n, err
}
