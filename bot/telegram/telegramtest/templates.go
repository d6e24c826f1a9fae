package telegramtest

import (
	"embed"
	"encoding/json"
)

// templates/ holds byte-for-byte copies of testdata/telegram, because
// go:embed cannot reach outside the package; TestTemplatesMatchTestdata
// keeps them honest.
//
//go:generate sh -c "cp ../../../testdata/telegram/*.json templates/"
//go:embed templates/*.json
var templates embed.FS

// payload returns a fresh copy of a reference payload, so every update and
// reply the server builds has the documented shape.
func payload(name string) map[string]any {
	data, err := templates.ReadFile("templates/" + name)
	var out map[string]any
	if err == nil {
		err = json.Unmarshal(data, &out)
	}
	if err != nil {
		panic("telegramtest: broken template " + name + ": " + err.Error())
	}
	return out
}

// object returns the JSON object under key.
func object(m map[string]any, key string) map[string]any {
	child, _ := m[key].(map[string]any)
	return child
}

// userFrom is a human user shaped like the reference update's sender.
func userFrom(userID int64) map[string]any {
	user := object(object(payload("update_message.json"), "message"), "from")
	user["id"] = userID
	return user
}

// chatObject is a private chat shaped like the reference update's, or a
// group for Telegram's negative ids (a supergroup from -100…).
func chatObject(chatID int64) map[string]any {
	switch {
	case chatID <= -1000000000000:
		return map[string]any{"id": chatID, "title": "Tổ công tác", "type": "supergroup"}
	case chatID < 0:
		return map[string]any{"id": chatID, "title": "Tổ công tác", "type": "group"}
	}
	chat := object(object(payload("update_message.json"), "message"), "chat")
	chat["id"] = chatID
	return chat
}
