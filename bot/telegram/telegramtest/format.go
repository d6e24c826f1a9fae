package telegramtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"
	"unicode/utf16"
)

// htmlTags are the tags parse_mode HTML accepts.
// Specs: https://core.telegram.org/bots/api#html-style
var htmlTags = map[string]bool{"b": true, "strong": true, "i": true, "em": true, "u": true,
	"ins": true, "s": true, "strike": true, "del": true, "span": true, "tg-spoiler": true,
	"a": true, "code": true, "pre": true, "blockquote": true, "tg-emoji": true}

// formatText returns the text users see under field ("text", "caption"),
// rejecting what Telegram rejects: text over limit characters and, with parse_mode HTML, unknown or
// unbalanced tags — what model output or user input sent unescaped
// produces. Markdown is not checked.
func formatText(field, text, parseMode string, limit int) (string, error) {
	if strings.EqualFold(parseMode, "HTML") {
		var plain strings.Builder
		var open []string
		for i := 0; i < len(text); i++ {
			if text[i] != '<' {
				plain.WriteByte(text[i])
				continue
			}
			end := strings.IndexByte(text[i:], '>')
			if end < 0 {
				return "", fmt.Errorf("can't parse entities: Unclosed start tag at byte offset %d", i)
			}
			tag, closing := strings.CutPrefix(text[i+1:i+end], "/")
			name, _, _ := strings.Cut(strings.ToLower(tag), " ")
			switch {
			case closing && (len(open) == 0 || open[len(open)-1] != name):
				return "", fmt.Errorf("can't parse entities: Unmatched end tag at byte offset %d", i)
			case closing:
				open = open[:len(open)-1]
			case !htmlTags[name]:
				return "", fmt.Errorf("can't parse entities: Unsupported start tag %q at byte offset %d", name, i)
			default:
				open = append(open, name)
			}
			i += end
		}
		if len(open) > 0 {
			return "", fmt.Errorf("can't parse entities: Can't find end tag corresponding to start tag %q", open[len(open)-1])
		}
		text = html.UnescapeString(plain.String())
	}
	if len(utf16.Encode([]rune(text))) > limit && field == "caption" {
		return "", errors.New("message caption is too long")
	} else if len(utf16.Encode([]rune(text))) > limit {
		return "", errors.New("message is too long")
	}
	return text, nil
}

// inlineKeyboard returns the inline keyboard in reply_markup, which a sent
// Message echoes, or nil for none or another keyboard kind. callback_data
// holds at most 64 bytes, which Vietnamese text exhausts quickly.
func inlineKeyboard(raw string) (any, error) {
	var markup struct {
		InlineKeyboard [][]map[string]any `json:"inline_keyboard"`
	}
	if raw == "" {
		return nil, nil
	} else if err := json.Unmarshal([]byte(raw), &markup); err != nil {
		return nil, errors.New("can't parse reply keyboard markup JSON object")
	} else if markup.InlineKeyboard == nil {
		return nil, nil
	}
	for _, row := range markup.InlineKeyboard {
		for _, button := range row {
			if data, ok := button["callback_data"].(string); ok && (data == "" || len(data) > 64) {
				return nil, errors.New("BUTTON_DATA_INVALID")
			}
		}
	}
	return map[string]any{"inline_keyboard": markup.InlineKeyboard}, nil
}

// chatParam reads chat_id; channel usernames are not modelled.
func chatParam(params map[string]string) (int64, error) {
	if params["chat_id"] == "" {
		return 0, errors.New("chat_id is empty")
	}
	id, err := strconv.ParseInt(params["chat_id"], 10, 64)
	if err != nil {
		return 0, errors.New("chat not found")
	}
	return id, nil
}
