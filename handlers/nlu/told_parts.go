package nlu

import "strings"

// What a message tells around what it asks: the asker's own commune,
// named "xã em", "phường tôi" and not by its name, and what it was part
// of ("xã em trước thuộc Hương Sơn"); figures the asker holds already
// ("… em có rồi").

// ownPlaceKinds are the kinds of unit an asker calls their own.
var ownPlaceKinds = phrases("xa", "phuong", "thi tran", "dia ban")

// ownPlaceAt is where the tokens name the asker's own commune ("xã em",
// "phường chúng tôi", "xã nhà em"), or -1.
func ownPlaceAt(tokens []string) int {
	for i := range tokens {
		for _, k := range ownPlaceKinds {
			if j := i + len(k); runAt(tokens, i, k) && j < len(tokens) && ownWords[tokens[j]] &&
				!(j+1 < len(tokens) && tokens[j+1] == "ha" && tokens[j] == "nha") { // (not "xã nhà Hà …")
				return i
			}
		}
	}
	return -1
}

// FormerlyOf: a piece that only tells what the asker's commune was part of
// before ("xã em trước thuộc Hương Sơn", "dạ phường tôi trước đây là của
// thị xã Kỳ Anh") and asks nothing.
func FormerlyOf(piece string) bool {
	t := Normalize(piece).Tokens
	at := ownPlaceAt(t)
	if at < 0 || at > 2 || Asks(t) {
		return false
	}
	rest := strings.Join(t[at:], " ")
	return strings.Contains(rest, " thuoc ") || strings.Contains(rest, " la cua ") || strings.Contains(rest, " cua huyen ")
}

// heldCues say the asker holds a figure already ("134 tin ảnh em có rồi",
// "mức 3 em có rồi (1.995)"); not "đã có", which "tỉnh mình đã có …"
// also says of the province.
var heldCues = phrases("em co roi", "toi co roi", "minh co roi", "chi co roi", "anh co roi", "co san roi")

// HeldAlready: a piece that tells a figure the asker already has and asks
// nothing: not what is asked.
func HeldAlready(piece string) bool {
	t := Normalize(piece).Tokens
	return anyPhrase(t, heldCues) && !Asks(t)
}
