package ask_test

// The fake model of the catalog tests: it fills enum slots from the lists
// in the request's schema, as a schema-constrained model must.

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	openai "github.com/sashabaranov/go-openai"
)

// schemaCase is how a model reads one question: the tool it picks and the
// free-text slots (units, periods) it copies from the question. Every slot
// with an enum it fills itself, from the request's schema.
type schemaCase struct {
	question, tool string
	text           map[string][]string
	want           []string // the figures the report states, as the reply writes them
}

// schemaModel is a fake model held to the tool schemas, as strict
// structured outputs hold a real one: it picks enum values only from the
// lists in the request (the code whose name in the description shares the
// rarest words with the question), copies only free-text slots from the
// question, sends null for the rest, and calls no tool when no code fits.
func schemaModel(t *testing.T, cases []schemaCase) func(openai.ChatCompletionRequest) (int, any) {
	return func(req openai.ChatCompletionRequest) (int, any) {
		question := req.Messages[len(req.Messages)-1].Content
		var sc *schemaCase
		for i := range cases {
			if cases[i].question == question {
				sc = &cases[i]
			}
		}
		if sc == nil {
			return textReply("Tôi không gọi công cụ nào.")(req)
		}
		var params map[string]any
		for _, tl := range req.Tools {
			if tl.Function.Name == sc.tool {
				params, _ = tl.Function.Parameters.(map[string]any)
			}
		}
		if params == nil {
			return textReply("Không có công cụ " + sc.tool)(req)
		}
		props, _ := params["properties"].(map[string]any)
		args := map[string]any{}
		for _, r := range params["required"].([]any) {
			name := r.(string)
			prop, _ := props[name].(map[string]any)
			nullable := slices.Contains(jsonTypes(prop["type"]), "null")
			array := slices.Contains(jsonTypes(prop["type"]), "array")
			if texts, ok := sc.text[name]; ok {
				var vs []any
				for _, s := range texts {
					if !strings.Contains(question, s) {
						t.Errorf("%q: free text %q is not the question's", question, s)
					}
					vs = append(vs, s)
				}
				args[name] = vs
				continue
			}
			enum := prop["enum"]
			if items, ok := prop["items"].(map[string]any); ok {
				enum = items["enum"]
			}
			codes := enumStrings(enum)
			if len(codes) == 0 {
				if !nullable {
					t.Errorf("%q: slot %s is neither listed, nor free text, nor nullable", question, name)
				}
				args[name] = nil
				continue
			}
			names := enumNames(prop["description"].(string), codes)
			var pick string
			if nullable {
				pick = coveredCode(question, codes, names)
			} else if pick = rarestWordsCode(question, codes, names); pick == "" {
				return textReply("Không có chỉ tiêu nào phù hợp.")(req)
			}
			switch {
			case pick == "":
				args[name] = nil
			case array:
				args[name] = []any{pick}
			default:
				args[name] = pick
			}
		}
		b, err := json.Marshal(args)
		if err != nil {
			t.Error(err)
		}
		return toolCall(sc.tool, string(b))(req)
	}
}

func jsonTypes(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, s := range v {
			out = append(out, s.(string))
		}
		return out
	}
	return nil
}

// enumStrings are the non-null values of an enum.
func enumStrings(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// enumNames reads "code = name" for each code from a description.
func enumNames(desc string, codes []string) []string {
	type at struct{ code, from, to int }
	var found []at
	for i, code := range codes {
		re := regexp.MustCompile(`(^|[\s:;,(])` + regexp.QuoteMeta(code) + ` = `)
		if loc := re.FindStringIndex(desc); loc != nil {
			found = append(found, at{i, loc[0], loc[1]})
		}
	}
	slices.SortFunc(found, func(a, b at) int { return a.from - b.from })
	names := make([]string, len(codes))
	for i, f := range found {
		end := len(desc)
		if i+1 < len(found) {
			end = found[i+1].from
		}
		names[f.code] = strings.Trim(desc[f.to:end], " ;,.")
	}
	return names
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// rarestWordsCode is the code whose name shares the most question words,
// each weighted by how few names hold it; "" when the best shares less
// than one word of its own.
func rarestWordsCode(question string, codes, names []string) string {
	df := map[string]int{}
	for _, n := range names {
		seen := map[string]bool{}
		for _, w := range words(n) {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	q := words(question)
	best, bestScore := "", 0.0
	for i, n := range names {
		score := 0.0
		seen := map[string]bool{}
		for _, w := range words(n) {
			if !seen[w] && slices.Contains(q, w) {
				seen[w] = true
				score += 1 / float64(df[w])
			}
		}
		if score > bestScore {
			best, bestScore = codes[i], score
		}
	}
	if bestScore < 1 {
		return ""
	}
	return best
}

// coveredCode is, for an optional slot, the code at least half of whose
// name is in the question (the most covered), else "" (null).
func coveredCode(question string, codes, names []string) string {
	q := words(question)
	best, bestCover := "", 0.0
	for i, n := range names {
		ws := words(n)
		if len(ws) == 0 {
			continue
		}
		in := 0
		for _, w := range ws {
			if slices.Contains(q, w) {
				in++
			}
		}
		if cover := float64(in) / float64(len(ws)); cover >= 0.5 && cover > bestCover {
			best, bestCover = codes[i], cover
		}
	}
	return best
}
