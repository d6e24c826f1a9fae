package nlu

import "strings"

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
	return strings.Contains(s, "union select") || strings.Contains(s, "drop table") || strings.Contains(s, "--") && strings.Contains(s, "=")
}
