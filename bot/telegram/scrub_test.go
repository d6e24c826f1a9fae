package telegram_test

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/bot/telegram"
	"github.com/hatinh-stttt/chatbot/bot/telegram/telegramtest"
)

// dropAfterGetMe lets getMe through and fails every later request at the
// transport, so that the library returns its error quoting the URL.
type dropAfterGetMe struct{}

func (dropAfterGetMe) RoundTrip(r *http.Request) (*http.Response, error) {
	if strings.HasSuffix(r.URL.Path, "/getMe") {
		return http.DefaultTransport.RoundTrip(r)
	}
	return nil, errors.New("connection reset by peer")
}

// TestErrorsDoNotQuoteTheToken: the library's errors carry the request
// URL, which holds the bot token; the channel's errors must not.
func TestErrorsDoNotQuoteTheToken(t *testing.T) {
	fake := telegramtest.New(t, token)
	ch, err := telegram.New(telegram.Config{Token: token, Endpoint: fake.Endpoint(), HTTP: &http.Client{Transport: dropAfterGetMe{}}})
	if err != nil {
		t.Fatal(err)
	}
	calls := map[string]func() error{
		"setMyCommands": ch.SetCommands,
		"setWebhook":    func() error { return ch.SetWebhook("https://bot.example/telegram/webhook", "s3cret-value") },
		"deleteWebhook": ch.DeleteWebhook,
	}
	for name, call := range calls {
		err := call()
		if err == nil {
			t.Fatalf("%s: no error through a failing transport", name)
		}
		if msg := err.Error(); strings.Contains(msg, token) || strings.Contains(msg, "TEST-token") ||
			!strings.Contains(msg, "<token>") || !strings.Contains(msg, name) {
			t.Errorf("%s: %q: want the URL with the token masked", name, msg)
		}
	}
}
