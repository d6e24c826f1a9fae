package reporting

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Calendar knows working hours and public holidays (both data) and moves
// an instant to the next moment a reminder may be sent.
type Calendar struct {
	Loc       *time.Location
	StartMin  int // minutes after midnight, e.g. 8:00 = 480
	EndMin    int
	Workdays  map[time.Weekday]bool
	Holidays  map[string]string // YYYY-MM-DD -> name
	DigestDay time.Weekday
	DigestMin int
}

// NewCalendar reads the reminder settings; missing keys take the defaults
// of design.md (08:00–17:00, Monday–Friday, digest Monday 08:00).
func NewCalendar(loc *time.Location, settings, holidays map[string]string) (Calendar, error) {
	c := Calendar{Loc: loc, StartMin: 8 * 60, EndMin: 17 * 60, Workdays: map[time.Weekday]bool{}, Holidays: holidays,
		DigestDay: time.Monday, DigestMin: 8 * 60}
	var err error
	if v, ok := settings["work_start"]; ok {
		if c.StartMin, err = clock(v); err != nil {
			return c, err
		}
	}
	if v, ok := settings["work_end"]; ok {
		if c.EndMin, err = clock(v); err != nil {
			return c, err
		}
	}
	days := "1,2,3,4,5"
	if v, ok := settings["work_days"]; ok {
		days = v
	}
	for _, d := range strings.Split(days, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(d))
		if err != nil || n < 1 || n > 7 {
			return c, fmt.Errorf("reporting: work_days %q: use 1 (Monday) to 7 (Sunday)", days)
		}
		c.Workdays[time.Weekday(n%7)] = true
	}
	if v, ok := settings["digest_weekday"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 7 {
			return c, fmt.Errorf("reporting: digest_weekday %q", v)
		}
		c.DigestDay = time.Weekday(n % 7)
	}
	if v, ok := settings["digest_time"]; ok {
		if c.DigestMin, err = clock(v); err != nil {
			return c, err
		}
	}
	if c.EndMin <= c.StartMin {
		return c, fmt.Errorf("reporting: working hours end before they start")
	}
	return c, nil
}

func clock(v string) (int, error) {
	t, err := time.Parse("15:04", v)
	if err != nil {
		return 0, fmt.Errorf("reporting: time of day %q: %w", v, err)
	}
	return t.Hour()*60 + t.Minute(), nil
}

// WorkingDay reports whether a date is a workday and not a holiday.
func (c Calendar) WorkingDay(t time.Time) bool {
	t = t.In(c.Loc)
	_, holiday := c.Holidays[t.Format("2006-01-02")]
	return c.Workdays[t.Weekday()] && !holiday
}

// NextSlot is the first instant at or after t inside working hours.
func (c Calendar) NextSlot(t time.Time) time.Time {
	t = t.In(c.Loc)
	for i := 0; i < 400; i++ {
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, c.Loc)
		start := day.Add(time.Duration(c.StartMin) * time.Minute)
		end := day.Add(time.Duration(c.EndMin) * time.Minute)
		if c.WorkingDay(day) && t.Before(end) {
			if t.Before(start) {
				return start
			}
			return t
		}
		t = day.AddDate(0, 0, 1)
	}
	return t // a year without a working day: send anyway
}

// At is a date at the start of working hours.
func (c Calendar) At(date time.Time) time.Time {
	d := date.In(c.Loc)
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, c.Loc).Add(time.Duration(c.StartMin) * time.Minute)
}

// mustDate reads a YYYY-MM-DD date, or falls back to def.
func mustDate(s string, def time.Time) time.Time {
	t, err := time.ParseInLocation("2006-01-02", s, def.Location())
	if err != nil {
		return def
	}
	return t
}
