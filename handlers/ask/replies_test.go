package ask_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
)

// replyCase is one question and what its reply must be: of a kind (any
// when empty), holding every want and none of not.
type replyCase struct {
	q    string
	kind ask.AnswerKind
	want []string
	not  []string
}

// checkReplies asks each question on its own and checks its reply.
func checkReplies(t *testing.T, a *ask.Answerer, cases []replyCase) {
	t.Helper()
	for _, tt := range cases {
		ans, err := a.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if tt.kind != "" && ans.Kind != tt.kind {
			t.Errorf("%q: kind %s, want %s: %s", tt.q, ans.Kind, tt.kind, ans.Text)
			continue
		}
		checkText(t, tt.q, ans.Text, tt.want, tt.not)
	}
}

// checkText checks that a reply holds every want and none of not.
func checkText(t *testing.T, asked any, text string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%q: want %q in %s", asked, w, text)
		}
	}
	for _, w := range not {
		if strings.Contains(text, w) {
			t.Errorf("%q: %q must not be in %s", asked, w, text)
		}
	}
}

// chatCase is a chat's turns and what its last reply must (and must not)
// say.
type chatCase struct {
	turns     []string
	want, not []string
}

// checkChats runs each case in a chat of its own and checks its last
// reply.
func checkChats(t *testing.T, a *ask.Answerer, name string, cases []chatCase) {
	t.Helper()
	for i, tc := range cases {
		ans := lastReply(t, a, ask.Chat{Platform: "test", ID: fmt.Sprint(name, i)}, tc.turns)
		checkText(t, tc.turns, ans.Text, tc.want, tc.not)
	}
}
