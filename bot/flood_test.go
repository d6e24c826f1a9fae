package bot_test

import (
	"context"
	"testing"

	"github.com/hatinh-stttt/chatbot/bot"
)

func TestFloodControl(t *testing.T) {
	calls := 0
	h := bot.Chain(func(ctx context.Context, m bot.Message) ([]bot.Reply, error) {
		calls++
		return []bot.Reply{{Text: "ok"}}, nil
	}, bot.FloodControl(60, 3, "chậm lại"))
	var texts []string
	for i := 0; i < 6; i++ {
		out, _ := h(context.Background(), bot.Message{Platform: "telegram", UserID: "1"})
		for _, r := range out {
			texts = append(texts, r.Text)
		}
	}
	if calls != 3 || len(texts) != 4 || texts[3] != "chậm lại" {
		t.Fatalf("calls %d, replies %v: want 3 handled, one warning, then silence", calls, texts)
	}
	if out, _ := h(context.Background(), bot.Message{Platform: "telegram", UserID: "2"}); len(out) != 1 || out[0].Text != "ok" {
		t.Fatalf("another user was limited: %v", out)
	}
}
