package main

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/queries"
)

// startZalo wires the Zalo Official Account channel when it is configured.
func (e *env) startZalo(ctx context.Context, s *queries.Store, d *bot.Dispatcher, sender *bot.Sender, mux *http.ServeMux, log *slog.Logger) error {
	return nil
}
