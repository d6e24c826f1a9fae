package telegramtest

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// methods is the Bot API surface the server implements; anything else is
// 404. Method names are matched exactly, as tgbotapi spells them.
func (s *Server) methods() map[string]handler {
	done := func(context.Context, Call) reply { return success(true) }
	return map[string]handler{
		"getMe":                  getMe,
		"getUpdates":             s.getUpdates,
		"getFile":                s.getFile,
		"sendMessage":            s.sendMessage,
		"editMessageText":        s.sendMessage,
		"editMessageReplyMarkup": s.sendMessage,
		"sendPhoto":              s.sendFile("photo"),
		"sendDocument":           s.sendFile("document"),
		"sendChatAction":         done,
		"deleteMessage":          done,
		"answerCallbackQuery":    s.answerCallbackQuery,
		"setMyCommands":          setMyCommands,
		"setWebhook":             s.setWebhook,
		"deleteWebhook":          s.setWebhook,
		"getWebhookInfo":         s.getWebhookInfo,
	}
}

// Specs: https://core.telegram.org/bots/api#getme
func getMe(context.Context, Call) reply {
	return success(object(payload("response_getMe.json"), "result"))
}

// sendMessage also serves the edits, which return the edited Message, or
// true for inline messages.
// Specs: https://core.telegram.org/bots/api#sendmessage
func (s *Server) sendMessage(_ context.Context, c Call) reply {
	edit := strings.HasPrefix(c.Method, "edit")
	id, _ := strconv.Atoi(c.Params["message_id"])
	switch {
	case c.Method != "editMessageReplyMarkup" && strings.TrimSpace(c.Params["text"]) == "":
		return badRequest("message text is empty")
	case edit && c.Params["inline_message_id"] != "":
		return success(true)
	case edit && id <= 0:
		return badRequest("message identifier is not specified")
	}
	msg, err := s.message(c, "text", 4096, id)
	if err != nil {
		return badRequest("%v", err)
	}
	return success(msg)
}

// sendFile serves sendPhoto and sendDocument; the file arrives as a
// multipart upload or as a file_id or URL string.
// Specs: https://core.telegram.org/bots/api#senddocument
func (s *Server) sendFile(field string) handler {
	return func(_ context.Context, c Call) reply {
		file, uploaded := c.Files[field]
		if !uploaded && c.Params[field] == "" {
			return badRequest("there is no %s in the request", field)
		} else if uploaded && len(file.Data) == 0 {
			return badRequest("file must be non-empty")
		}
		msg, err := s.message(c, "caption", 1024, 0)
		if err != nil {
			return badRequest("%v", err)
		}
		id := msg["message_id"]
		attachment := map[string]any{"file_id": fmt.Sprintf("%s-%d", field, id),
			"file_unique_id": fmt.Sprintf("u-%s-%d", field, id), "file_size": len(file.Data)}
		if field == "photo" {
			attachment["width"], attachment["height"] = 1280, 720
			msg[field] = []any{attachment} // one PhotoSize per resolution
		} else {
			attachment["file_name"] = file.Name
			msg[field] = attachment
		}
		return success(msg)
	}
}

// message validates a send or edit and shapes its Message like the
// reference sendMessage result, with the text users see under textField;
// id 0 takes the next message_id.
func (s *Server) message(c Call, textField string, limit, id int) (map[string]any, error) {
	chatID, err := chatParam(c.Params)
	if err != nil {
		return nil, err
	}
	text, err := formatText(textField, c.Params[textField], c.Params["parse_mode"], limit)
	if err != nil {
		return nil, err
	}
	keyboard, err := inlineKeyboard(c.Params["reply_markup"])
	if err != nil {
		return nil, err
	}
	msg := object(payload("response_sendMessage.json"), "result")
	msg["chat"], msg["date"], msg["message_id"] = chatObject(chatID), time.Now().Unix(), id
	delete(msg, "text")
	if text != "" {
		msg[textField] = text
	}
	if keyboard != nil {
		msg["reply_markup"] = keyboard
	}
	if id != 0 {
		msg["edit_date"] = msg["date"]
		return msg, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lastMessage++
	msg["message_id"] = s.lastMessage
	return msg, nil
}

// answerCallbackQuery accepts each pushed query id once, as Telegram does.
// Specs: https://core.telegram.org/bots/api#answercallbackquery
func (s *Server) answerCallbackQuery(_ context.Context, c Call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id := c.Params["callback_query_id"]; s.callbacks[id] {
		delete(s.callbacks, id)
		return success(true)
	}
	return badRequest("query is too old and response timeout expired or query ID is invalid")
}

// setMyCommands applies Telegram's rule for command names, which rejects
// upper case and Vietnamese letters.
// Specs: https://core.telegram.org/bots/api#setmycommands
func setMyCommands(_ context.Context, c Call) reply {
	var commands []struct{ Command, Description string }
	if err := json.Unmarshal([]byte(c.Params["commands"]), &commands); err != nil {
		return badRequest("can't parse commands JSON object")
	}
	for _, cmd := range commands {
		name, description := cmd.Command, []rune(cmd.Description)
		if name == "" || len(name) > 32 || strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
			return badRequest("BOT_COMMAND_INVALID")
		} else if len(description) == 0 || len(description) > 256 {
			return badRequest("command description must be 1-256 characters long")
		}
	}
	return success(true)
}

// setWebhook serves setWebhook and deleteWebhook; an empty url removes the
// hook, and while one is set getUpdates conflicts, as on Telegram.
// Specs: https://core.telegram.org/bots/api#setwebhook
func (s *Server) setWebhook(_ context.Context, c Call) reply {
	link := c.Params["url"]
	if c.Method == "deleteWebhook" {
		link = ""
	} else if link != "" && !strings.HasPrefix(link, "https://") {
		return badRequest("bad webhook: An HTTPS URL must be provided for webhook")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.webhook = link
	if drop, _ := strconv.ParseBool(c.Params["drop_pending_updates"]); drop {
		s.queue = nil
	}
	s.notify() // a pending getUpdates now conflicts
	return success(true)
}

// Specs: https://core.telegram.org/bots/api#getwebhookinfo
func (s *Server) getWebhookInfo(context.Context, Call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	return success(map[string]any{"url": s.webhook, "has_custom_certificate": false, "pending_update_count": len(s.queue)})
}
