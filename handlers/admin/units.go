package admin

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// unitOn finds the unit a person names, by its code or by a name or alias,
// among the units valid on a date (YYYY-MM-DD): a code reused after a
// merger names the unit that carried it that day, never both. problem is
// the Vietnamese reason when no unit, or several, fit.
func (d *Desk) unitOn(ctx context.Context, ref, date string) (u queries.Unit, problem string, err error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return u, msgUnitMissing, nil
	}
	for _, code := range []string{ref, strings.ToUpper(ref)} {
		u, err = d.data.UnitByCodeOn(ctx, code, date)
		if err == nil {
			return u, "", nil
		}
		if !errors.Is(err, queries.ErrNotFound) {
			return u, "", fmt.Errorf("admin: unit %q: %w", ref, err)
		}
	}
	all, err := d.data.AllUnits(ctx)
	if err != nil {
		return u, "", fmt.Errorf("admin: units: %w", err)
	}
	aliases, err := d.data.AllUnitAliases(ctx)
	if err != nil {
		return u, "", fmt.Errorf("admin: unit aliases: %w", err)
	}
	named := unitsNamed(ref, all, aliases)
	var valid []queries.Unit
	for _, c := range named {
		if c.unit.ValidOn(date) && c.aliasOn(date) {
			valid = append(valid, c.unit)
		}
	}
	valid = distinct(valid)
	switch {
	case len(valid) == 1:
		return valid[0], "", nil
	case len(valid) > 1:
		names := make([]string, len(valid))
		for i, v := range valid {
			names[i] = fmt.Sprintf("%s (%s)", v.Name, v.Code)
		}
		return u, fmt.Sprintf(msgUnitAmbiguous, ref, vi.JoinOr(names)), nil
	}
	var other []queries.Unit
	for _, c := range named {
		other = append(other, c.unit)
	}
	if other = distinct(other); len(other) > 0 {
		spans := make([]string, len(other))
		for i, o := range other {
			spans[i] = fmt.Sprintf("%s (%s) %s", o.Name, o.Code, validity(o))
		}
		return u, fmt.Sprintf(msgUnitNotOn, ref, vi.Date(date), strings.Join(spans, "; ")), nil
	}
	return u, fmt.Sprintf(msgUnitUnknown, ref), nil
}

// candidate is a unit a text names, through an alias with its own
// validity (nil: through its code or its own name).
type candidate struct {
	unit  queries.Unit
	alias *queries.UnitAlias
}

func (c candidate) aliasOn(date string) bool {
	return c.alias == nil || ((c.alias.ValidFrom == "" || c.alias.ValidFrom <= date) && (c.alias.ValidTo == "" || date <= c.alias.ValidTo))
}

// unitsNamed lists every unit of any time whose code, name, short name or
// alias is ref, compared the way questions are (folded, abbreviations
// expanded).
func unitsNamed(ref string, all []queries.Unit, aliases []queries.UnitAlias) []candidate {
	want := nlu.Normalize(ref).Folded
	byID := make(map[int64]queries.Unit, len(all))
	var out []candidate
	for _, u := range all {
		byID[u.ID] = u
		if strings.EqualFold(u.Code, ref) || nlu.Normalize(u.Name).Folded == want || nlu.Normalize(u.ShortName).Folded == want {
			out = append(out, candidate{unit: u})
		}
	}
	for i, a := range aliases {
		if u, ok := byID[a.UnitID]; ok && a.Folded == want {
			out = append(out, candidate{unit: u, alias: &aliases[i]})
		}
	}
	return out
}

func distinct(us []queries.Unit) []queries.Unit {
	seen := map[int64]bool{}
	var out []queries.Unit
	for _, u := range us {
		if !seen[u.ID] {
			seen[u.ID] = true
			out = append(out, u)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].ValidFrom < out[j].ValidFrom || (out[i].ValidFrom == out[j].ValidFrom && out[i].Code < out[j].Code)
	})
	return out
}

// validity says when a unit existed, in words.
func validity(u queries.Unit) string {
	from := ""
	if u.ValidFrom > "1900-01-01" {
		from = vi.Date(u.ValidFrom)
	}
	switch {
	case from != "" && u.ValidTo != "":
		return fmt.Sprintf(msgValidFromTo, from, vi.Date(u.ValidTo))
	case u.ValidTo != "":
		return fmt.Sprintf(msgValidTo, vi.Date(u.ValidTo))
	case from != "":
		return fmt.Sprintf(msgValidFrom, from)
	}
	return ""
}
