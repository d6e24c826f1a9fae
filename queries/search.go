package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// SearchDoc is one searchable text: a sentence that states a figure, a
// name from the catalog, with the question the bot can answer about it, or
// a passage of a source's text (no question).
type SearchDoc struct {
	Kind     string `db:"kind"` // value, target, project, passage
	Ref      string `db:"ref"`
	Text     string `db:"text"` // what a quote shows
	Source   string `db:"source"`
	Question string `db:"question"`
	Folded   string `db:"folded"` // the words it is found by
}

// searchTerms are what the index holds of a folded text: its words and each
// pair of neighbouring words joined by 0 ("tap huan" -> "tap0huan"), so a
// two-word phrase is one term.
func searchTerms(folded string) string {
	words := strings.Fields(folded)
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		b.WriteByte(' ')
		if i+1 < len(words) {
			b.WriteString(w + "0" + words[i+1])
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// StatedValue is a current figure with the words of its source.
type StatedValue struct {
	ID             int64  `db:"id"`
	IndicatorCode  string `db:"indicator_code"`
	IndicatorName  string `db:"indicator_name"`
	UnitCode       string `db:"unit_code"`
	UnitName       string `db:"unit_name"`
	UnitLevel      string `db:"unit_level"`
	Level          string `db:"level_code"`
	PeriodLabel    string `db:"period_label"`
	Quote          string `db:"source_ref"`
	SourceCode     string `db:"source_code"`
	SourceIssuedOn string `db:"source_issued_on"`
}

// StatedValues lists every current figure that carries its source's words.
func (s *Store) StatedValues(ctx context.Context) ([]StatedValue, error) {
	var out []StatedValue
	if err := s.stmt(ctx, s.q.ListStatedValues).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: stated values: %w", err)
	}
	return out, nil
}

// SearchFingerprints are the version of the data and the version the
// index was built from; they differ when the index must be rebuilt.
func (s *Store) SearchFingerprints(ctx context.Context) (data, index string, err error) {
	if err := s.stmt(ctx, s.q.SearchFingerprint).GetContext(ctx, &data); err != nil {
		return "", "", fmt.Errorf("queries: search fingerprint: %w", err)
	}
	err = s.stmt(ctx, s.q.GetSearchFingerprint).GetContext(ctx, &index)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", "", fmt.Errorf("queries: index fingerprint: %w", err)
	}
	return data, index, nil
}

// ReplaceSearchIndex replaces every searchable text, in one transaction,
// and records the data version it was built from.
func (s *Store) ReplaceSearchIndex(ctx context.Context, docs []SearchDoc, fingerprint string) error {
	err := s.Tx(ctx, func(tx *Store) error {
		if _, err := tx.stmt(ctx, tx.q.DeleteSearchDocs).ExecContext(ctx); err != nil {
			return err
		}
		ins := tx.stmt(ctx, tx.q.InsertSearchDoc)
		for _, d := range docs {
			if _, err := ins.ExecContext(ctx, d.Kind, d.Ref, d.Text, d.Source, d.Question, d.Folded, searchTerms(d.Folded)); err != nil {
				return err
			}
		}
		if _, err := tx.stmt(ctx, tx.q.RebuildSearchIndex).ExecContext(ctx); err != nil {
			return err
		}
		_, err := tx.stmt(ctx, tx.q.SetSearchFingerprint).ExecContext(ctx, fingerprint)
		return err
	})
	if err != nil {
		return fmt.Errorf("queries: replace search index: %w", err)
	}
	return nil
}

// Search finds the texts that contain every phrase (all) or any of them
// (folded words, a-z and 0-9 only, one or two to a phrase; other phrases
// are dropped), best first: texts with more, and rarer, phrases rank first.
// A phrase is one term of the index (see searchTerms).
func (s *Store) Search(ctx context.Context, phrases []string, all bool, limit int) ([]SearchDoc, error) {
	var terms []string
	for _, p := range phrases {
		words := strings.Fields(p)
		ok := len(words) > 0 && len(words) <= 2
		for _, w := range words {
			ok = ok && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz0123456789") == ""
		}
		if !ok {
			continue
		}
		terms = append(terms, strings.Join(words, "0"))
	}
	if len(terms) == 0 {
		return nil, nil
	}
	and, or, st := " AND ", " OR ", s.q.SearchDocsAny
	if s.dialect == Postgres {
		and, or = " & ", " | "
	}
	op := or
	if all {
		op, st = and, s.q.SearchDocsAll
	}
	var out []SearchDoc
	err := s.stmt(ctx, st).SelectContext(ctx, &out, strings.Join(terms, op), limit)
	if err != nil {
		return nil, fmt.Errorf("queries: search: %w", err)
	}
	return out, nil
}

// SearchTexts lists the folded text of every searchable text.
func (s *Store) SearchTexts(ctx context.Context) ([]string, error) {
	var out []string
	if err := s.stmt(ctx, s.q.ListSearchTexts).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: search texts: %w", err)
	}
	return out, nil
}

// StatedQuotes lists the distinct sentences that state current figures.
func (s *Store) StatedQuotes(ctx context.Context) ([]string, error) {
	var out []string
	if err := s.stmt(ctx, s.q.ListStatedQuotes).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: stated quotes: %w", err)
	}
	return out, nil
}
