package telegramtest

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"time"
)

// queued is a pending update, frozen as JSON when pushed.
type queued struct {
	id   int
	body json.RawMessage
}

// botCommand is a leading command as Telegram marks it with an entity.
var botCommand = regexp.MustCompile(`^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{5,32})?`)

// PushMessage queues a text message from userID in chatID and returns its
// update_id. A leading command such as "/start" or "/start@TroLySoLieuBot"
// gets the bot_command entity Telegram adds (ASCII, so bytes are UTF-16
// units).
func (s *Server) PushMessage(chatID, userID int64, text string) int {
	template, command := "update_message.json", len(botCommand.FindString(text))
	if command > 0 {
		template = "update_command_start.json"
	}
	update := payload(template)
	message := object(update, "message")
	message["from"], message["chat"] = userFrom(userID), chatObject(chatID)
	message["date"], message["text"] = time.Now().Unix(), text
	if command > 0 {
		message["entities"].([]any)[0].(map[string]any)["length"] = command
	}
	delete(update, "update_id")
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lastMessage++
	message["message_id"] = s.lastMessage
	return s.enqueue(update)
}

// PushCallback queues a press of an inline button carrying data under the
// bot's message messageID and returns its update_id; the query id is "cb"
// and the update_id. The message text and keyboard are the reference ones.
func (s *Server) PushCallback(chatID, userID int64, messageID int, data string) int {
	update := payload("update_callback_query.json")
	query := object(update, "callback_query")
	query["from"], query["data"] = userFrom(userID), data
	message := object(query, "message")
	message["message_id"], message["chat"] = messageID, chatObject(chatID)
	delete(update, "update_id")
	s.mu.Lock()
	defer s.mu.Unlock()
	query["id"] = fmt.Sprintf("cb%d", s.lastUpdate+1)
	return s.enqueue(update)
}

// PushRaw queues any update and returns its update_id, assigning the next
// one if update has none. Only the top level of update is copied.
func (s *Server) PushRaw(update map[string]any) int {
	update = maps.Clone(update)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.enqueue(update)
}

// enqueue keeps the queue in update_id order and wakes long polls; the
// caller holds s.mu.
func (s *Server) enqueue(update map[string]any) int {
	id, ok := update["update_id"].(int)
	if f, isFloat := update["update_id"].(float64); isFloat {
		id, ok = int(f), true
	}
	if !ok {
		id = s.lastUpdate + 1
		update["update_id"] = id
	}
	s.lastUpdate = max(s.lastUpdate, id)
	if queryID, ok := object(update, "callback_query")["id"].(string); ok {
		s.callbacks[queryID] = true
	}
	body, err := json.Marshal(update)
	if err != nil {
		s.t.Errorf("telegramtest: update %d is not JSON: %v", id, err)
		return id
	}
	s.queue = append(s.queue, queued{id: id, body: body})
	slices.SortStableFunc(s.queue, func(a, b queued) int { return a.id - b.id })
	s.notify()
	return id
}

// getUpdates forgets the updates below offset, then returns up to limit
// pending ones, waiting up to timeout seconds for the first to arrive.
// Specs: https://core.telegram.org/bots/api#getupdates
func (s *Server) getUpdates(ctx context.Context, c Call) reply {
	offset, _ := strconv.Atoi(c.Params["offset"])
	limit, _ := strconv.Atoi(c.Params["limit"])
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout, _ := strconv.Atoi(c.Params["timeout"])
	deadline := time.NewTimer(time.Duration(max(timeout, 0)) * time.Second)
	defer deadline.Stop()
	expired := timeout <= 0

	s.mu.Lock()
	defer s.mu.Unlock()
	s.pollGen++ // a newer poll ends an older one, as on Telegram
	poll := s.pollGen
	s.notify()
	for {
		if s.webhook != "" {
			return failure(http.StatusConflict, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")
		} else if s.pollGen != poll {
			return failure(http.StatusConflict, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
		}
		s.offset = max(s.offset, offset)
		for len(s.queue) > 0 && s.queue[0].id < offset {
			s.queue = s.queue[1:] // confirmed: gone for good
		}
		if len(s.queue) > 0 || expired {
			batch := []json.RawMessage{}
			for _, u := range s.queue[:min(limit, len(s.queue))] {
				batch = append(batch, u.body)
			}
			return success(batch)
		}
		changed := s.changed
		s.mu.Unlock()
		select {
		case <-changed:
		case <-deadline.C:
			expired = true
		case <-ctx.Done():
			expired = true
		case <-s.done:
			expired = true
		}
		s.mu.Lock()
	}
}
