package nlu

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// symbolWords are the signs an analyst writes for words: bounds ("tỷ lệ
// > 15%", "≥ 20%"), changes ("↑ bn %", "Δ Q2–Q1"), a sum ("∑ 13
// huyện"), a mean ("x̄"), an arrow (stepSigns). Longer signs
// first.
var symbolWords = strings.NewReplacer(
	"=>", " ", "->", " ", "≥", " it nhat ", "≤", " khong qua ",
	"↑", " tang ", "↓", " giam ", "Δ", " chenh lech ", "∆", " chenh lech ",
	"→", " ", "⇒", " ", "∑", " tong ", "Σ", " tong ", "x\u0304", " trung binh ", "÷", "/",
)

// stepSigns are an arrow between two periods ("Q1→Q2", "2018 -> 2019"):
// from one to the next. Elsewhere an arrow only points at what is asked
// ("DVC mức 4 → ?").
var stepSigns = regexp.MustCompile(`(?i)((?:q|quý)\s*\d|\b\d{4})\s*(?:→|->)\s*((?:q|quý)\s*\d|\d{4}\b)`)

// yearHeading is a year an arrow points from at a keyword string's head
// ("2018 → hồ sơ qua DVC mức 3, 4: số lượng"): the year asked, not a
// count of what follows.
var yearHeading = regexp.MustCompile(`^\s*((?:19|20)\d{2})\s*(?:→|->)`)

// boundSigns are "<", ">", "<=", ">=" before a number (not the brackets
// of pasted markup).
var boundSigns = regexp.MustCompile(`([<>]=?)\s*(\d)`)

var boundWords = map[string]string{">": " tren ", "<": " duoi ", ">=": " it nhat ", "<=": " khong qua "}

// moreThanSign is ">" between two names ("Can Lộc > Thạch Hà bn người"):
// more than, as "hơn" says; "<" less than, as "kém" (spaced: not the
// brackets of pasted markup).
var moreThanSign = regexp.MustCompile(`(\pL)\s+([<>])\s+(\pL)`)

// rateOfCodes is a rate written as its two codes over each other
// ("hstt/hstong", "hstt ÷ hstong"): the rate of files sent online.
var rateOfCodes = regexp.MustCompile(`(?i)\bhstt\s*/\s*hstong\b`)

// withSymbolsAsWords writes those signs as the words they stand for. Each
// pass runs only when its signs occur (a date's "/" needs none).
func withSymbolsAsWords(s string) string {
	if strings.Contains(s, "→") || strings.Contains(s, "->") {
		s = stepSigns.ReplaceAllString(s, "$1 sang $2")
		s = yearHeading.ReplaceAllString(s, "năm $1 ")
	}
	if strings.ContainsAny(s, "<>") {
		s = boundSigns.ReplaceAllStringFunc(s, func(m string) string {
			sign := strings.TrimRight(m, " 0123456789")
			return boundWords[sign] + m[len(m)-1:]
		})
		s = moreThanSign.ReplaceAllStringFunc(s, func(m string) string {
			word := " hon "
			if strings.Contains(m, "<") {
				word = " kem "
			}
			return moreThanSign.ReplaceAllString(m, "${1}"+word+"${3}")
		})
	}
	if strings.ContainsAny(s, "=≥≤↑↓Δ∆→⇒∑Σ÷>\u0304") {
		s = symbolWords.Replace(s)
	}
	if strings.Contains(s, "stong") || strings.Contains(s, "STONG") || strings.Contains(s, "Stong") {
		s = rateOfCodesAlone(s)
	}
	for digitSlashLetter(s) && listedCodes.MatchString(s) {
		// (Again for a chain: each match takes the next code's letter.)
		s = listedCodes.ReplaceAllString(s, "${1}${2} ${3}")
	}
	return s
}

// listedCodes are codes ending in a number listed with slashes
// ("dvc3/dvc4/hstt", "m3/m4", "q1/q2"): each its own, not one token as
// "q1/2019" or "47/BC" are.
// (Letters with marks too, so that a code reads the same before and
// after folding: "ý0/A" as "y0/a".)
var listedCodes = regexp.MustCompile(`(^|[^\pL\pN_])(\pL+\d+)/(\pL)`)

// digitSlashLetter: s has a digit, "/" and a letter in a row, without
// which listedCodes cannot match ("q2/2019" has none); a cheap look first,
// as most questions have a date's slash.
func digitSlashLetter(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '/' && s[i-1] >= '0' && s[i-1] <= '9' {
			if r, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// rateOfCodesAlone writes "hstt/hstong" as the rate, unless it is part of
// a longer list of codes ("dvc3/dvc4/hstt/hstong": each its own figure).
func rateOfCodesAlone(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range rateOfCodes.FindAllStringIndex(s, -1) {
		if strings.HasSuffix(strings.TrimRight(s[:m[0]], " "), "/") || strings.HasPrefix(strings.TrimLeft(s[m[1]:], " "), "/") {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(" ty le hstt ")
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// What a message forwarded or pasted from another app carries beside its
// words: a link, the bot's @name, a hashtag's "#".
var (
	linkMark   = regexp.MustCompile(`(?i)(?:https?://|www\.)\S*`)
	botMention = regexp.MustCompile(`(?i)@\w*bot\b`)
	hashtag    = regexp.MustCompile(`#([\pL\pN_]+)`)
	// tagsOnly is a message's end after its question: hashtags alone.
	tagsOnly = regexp.MustCompile(`^(?:\s*#[\pL\pN_]+)+\s*$`)
)

// WithoutChatMarks drops links and the bot's @name from a message and
// reads a hashtag as its words ("#sanTMDT" is "san TMDT", "#Q2" is "Q2"),
// but drops the hashtags that follow the question mark:
// "@trolysolieu_bot quý 2 những sở nào đã nộp báo cáo" asks what it asks
// without them. ok is false when the message has none. (Only messages:
// the report's own sentences keep their links.)
func WithoutChatMarks(s string) (string, bool) {
	if !strings.ContainsAny(s, "/@#") && !strings.Contains(s, "www.") {
		return s, false
	}
	out, _ := WithoutTrailingTags(s)
	out = linkMark.ReplaceAllString(out, " ")
	out = botMention.ReplaceAllString(out, " ")
	out = hashtag.ReplaceAllStringFunc(out, func(tag string) string { return " " + camelWords(tag[1:]) })
	return out, out != s
}

// WithoutTrailingTags drops the hashtags that end a message after its
// question mark ("… Bao Nhiêu Dịch Vụ Công? #ChuyểnĐổiSố"): the tag files
// the post, it asks nothing ("đổi số" is no "đội sổ").
func WithoutTrailingTags(s string) (string, bool) {
	if i := strings.LastIndex(s, "?"); i >= 0 && strings.Contains(s[i:], "#") && tagsOnly.MatchString(s[i+1:]) {
		return s[:i+1], true
	}
	return s, false
}

// camelWords parts words run together in a hashtag ("congTTDT",
// "CanLoc", "TPHaTinh"): see SplitJoined.
func camelWords(s string) string { return splitWord(s) }

// codeTag is "#" before a unit's code ("#443", "#18088").
var codeTag = regexp.MustCompile(`(^|[^\pL\pN_])#(\d{2,5})\b`)

// CodeTags reads "#443" as "mã 443": a unit's code tagged, as a clerk
// types it, not a list's number; a year ("#2019") stays a year.
func CodeTags(s string) string {
	if !strings.Contains(s, "#") {
		return s
	}
	return codeTag.ReplaceAllStringFunc(s, func(m string) string {
		lead, code, _ := strings.Cut(m, "#")
		if n, err := strconv.Atoi(code); err == nil && n >= 1990 && n <= 2099 {
			return m
		}
		return lead + "mã " + code
	})
}
