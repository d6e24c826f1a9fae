package nlu

import (
	"regexp"
	"strings"
)

// looksLikeSQL reports whether a message carries a database command or an
// injection's quote-and-keyword ("NQ22' OR '1'='1", "'; DROP TABLE …",
// "UNION SELECT"): no figure answers it, even when a question is around
// it. Every query is parameterised; this is about not answering bad input.
func looksLikeSQL(original string) bool {
	s := strings.ToLower(original)
	for _, q := range []string{"'", "\"", ";"} {
		for at := strings.Index(s, q); at >= 0; {
			rest := strings.TrimLeft(s[at+1:], " ")
			for _, kw := range []string{"or ", "and ", "union ", "select ", "drop ", "delete ", "update ", "insert ", "--"} {
				if strings.HasPrefix(rest, kw) {
					return true
				}
			}
			next := strings.Index(s[at+1:], q)
			if next < 0 {
				break
			}
			at += 1 + next
		}
	}
	// A comment mark ends an injection ("1=1 --", "x) or 1=1--"), not
	// a dash typed between words ("Can Lộc -- quý 2").
	if strings.Contains(s, "--") && strings.Contains(s, "=") {
		return true
	}
	// A condition always true ("don_vi=436 OR 1=1", "x or a=a"): an
	// injection without its quote. (Its "=" first: the expression is the
	// dearest step of understanding a question, and few have one.)
	for _, m := range tautologies(s) {
		if m[1] == m[2] {
			return true
		}
	}
	// "UPDATE so_lieu SET gia_tri = 0 …": a change of the data.
	if strings.HasPrefix(strings.TrimSpace(s), "update ") && strings.Contains(s, " set ") {
		return true
	}
	// A statement typed whole ("DELETE FROM don_vi; tỷ lệ …").
	for _, st := range sqlStatements {
		if strings.Contains(s, st) {
			return true
		}
	}
	return false
}

// sqlStatements are the openings of SQL statements, which no Vietnamese
// question holds.
var sqlStatements = []string{"union select", "drop table", "drop database", "delete from", "insert into", "truncate table",
	"alter table", "select * from"}

// tautologies are the conditions of two sides in s, none without "=".
func tautologies(s string) [][]string {
	if !strings.Contains(s, "=") {
		return nil
	}
	return tautology.FindAllStringSubmatch(s, -1)
}

// tautology is "or 1=1", "and 'a'='a'": a condition of two equal sides.
var tautology = regexp.MustCompile(`\b(?:or|and)\s+'?(\w+)'?\s*=\s*'?(\w+)'?`)
