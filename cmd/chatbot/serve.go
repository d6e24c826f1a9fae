package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/bot/telegram"
	"github.com/hatinh-stttt/chatbot/bot/zalo"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/reporting"
	"github.com/hatinh-stttt/chatbot/queries"
)

// shutdownGrace is how long in-flight work may take after SIGTERM.
const shutdownGrace = 5 * time.Second

// serve runs the enabled channels, the outbox sender and the HTTP server
// until SIGTERM or SIGINT, then stops taking updates, lets in-flight ones
// finish and returns.
func (e *env) serve(ctx context.Context, args []string) error {
	if err := parse(e.flags("serve"), args); err != nil {
		return err
	}
	if err := e.checkChannels(); err != nil {
		return err
	}
	log := e.log
	// The Bot API is asked first: a wrong token stops serve before the
	// database is touched.
	var ch *telegram.Channel
	if e.cfg.TelegramToken != "" {
		var err error
		if ch, err = telegram.New(telegram.Config{Token: e.cfg.TelegramToken, Endpoint: e.cfg.TelegramEndpoint, Log: log}); err != nil {
			return err
		}
	}
	s, done, err := e.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer done()
	metrics := bot.NewMetrics(prometheus.NewRegistry())
	app, err := e.wire(ctx, s, handlers.RouterConfig{ObserveAnswer: metrics.ObserveAnswer})
	if err != nil {
		return err
	}
	fallback := app.Jobs.Ask.Fallback()
	if fallback != nil {
		registerLLMMetrics(metrics.Registry(), fallback)
	}
	handler := bot.Chain(app.Router.Handle, bot.Recover(log, handlers.MsgSorry), bot.Log(log), metrics.Middleware(),
		bot.FloodControl(30, 10, handlers.MsgSlowDown))
	sender := bot.NewSender(s, bot.SenderConfig{Log: log, Lease: e.cfg.OutboxStaleAfter, Metrics: metrics})
	dispatcher := bot.NewDispatcher(s, handler, sender, nil)

	mux := http.NewServeMux()
	mux.Handle("/metrics", metrics.Handler())
	var platforms []string // the channels this process serves

	var workers sync.WaitGroup
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	// Every platform is registered with the sender before any of them
	// receives a message: a dispatch notifies every platform's lane.
	var pollTelegram func()
	if ch != nil {
		if err := ch.SetCommands(); err != nil {
			log.Warn("telegram: commands not set", "err", err)
		}
		sender.Register(telegram.Platform, ch, e.cfg.telegramLimits())
		platforms = append(platforms, telegram.Platform)
		if e.cfg.TelegramWebhookURL != "" {
			if err := ch.SetWebhook(e.cfg.TelegramWebhookURL, e.cfg.TelegramWebhookSecret); err != nil {
				return err
			}
			mux.Handle("/telegram/webhook", ch.Webhook(e.cfg.TelegramWebhookSecret, dispatcher.Dispatch))
			log.Info("telegram: webhook mode", "bot", ch.Username())
		} else {
			// getUpdates is refused while a webhook is set.
			if err := ch.DeleteWebhook(); err != nil {
				return err
			}
			pollTelegram = func() {
				workers.Add(1)
				go func() {
					defer workers.Done()
					if err := ch.Poll(runCtx, dispatcher.Dispatch); err != nil {
						log.Error("telegram: polling stopped", "err", err)
					}
				}()
				log.Info("telegram: long polling", "bot", ch.Username())
			}
		}
	}
	if ok, err := e.startZalo(runCtx, s, dispatcher, sender, mux, log); err != nil {
		return err
	} else if ok {
		platforms = append(platforms, zalo.Platform)
	}
	if pollTelegram != nil {
		pollTelegram()
	}
	workers.Add(3)
	go func() {
		defer workers.Done()
		sender.Run(runCtx)
	}()
	go func() {
		defer workers.Done()
		reloadEvery(runCtx, app.Catalog, log)
	}()
	go func() {
		defer workers.Done()
		if e.cfg.RemindEvery > 0 {
			e.sweepEvery(runCtx, app.Reminders, sender, log)
		}
	}()

	metrics.RegisterOutbox(s, time.Now, platforms)
	mux.HandleFunc("/healthz", healthz(s, platforms))
	ln, err := net.Listen("tcp", e.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("HTTP_ADDR %s: %w", e.cfg.HTTPAddr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("serving", "addr", ln.Addr().String())

	select {
	case <-ctx.Done():
	case err := <-served:
		stop()
		workers.Wait()
		return fmt.Errorf("http: %w", err)
	}
	log.Info("shutting down")
	stop()
	shutCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Warn("http shutdown", "err", err)
	}
	waited := make(chan struct{})
	go func() { workers.Wait(); close(waited) }()
	select {
	case <-waited:
	case <-shutCtx.Done():
		log.Warn("shutdown: workers still busy after grace period")
	}
	return nil
}

// checkChannels refuses a configuration that cannot work, before anything starts.
func (e *env) checkChannels() error {
	zalo := e.cfg.ZaloAppID != "" || e.cfg.ZaloAccessToken != "" || e.cfg.ZaloRefreshToken != ""
	if e.cfg.TelegramToken == "" && !zalo {
		return errors.New("no channel configured: set TELEGRAM_BOT_TOKEN and/or the ZALO_* variables (see README)")
	}
	if e.cfg.TelegramWebhookURL != "" && e.cfg.TelegramWebhookSecret == "" {
		return errors.New("TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is empty: webhook requests could not be verified")
	}
	if zalo {
		switch {
		case e.cfg.ZaloOASecretKey == "":
			return errors.New("ZALO_OA_SECRET_KEY is empty: Zalo webhook signatures could not be verified")
		case e.cfg.ZaloAppID == "":
			return errors.New("ZALO_APP_ID is empty")
		case e.cfg.ZaloAppSecret == "":
			return errors.New("ZALO_APP_SECRET is empty: Zalo access tokens could not be refreshed")
		}
	}
	return nil
}

// stuckAfter is how long the oldest due message may wait before /healthz
// reports the delivery as stuck: far beyond any rate-limit pause.
const stuckAfter = 10 * time.Minute

// healthz answers 200 when the database answers and no message due has
// waited longer than stuckAfter on a platform this process serves (a
// platform without a channel here is another deployment's concern).
func healthz(s *queries.Store, platforms []string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "application/json")
		if err := s.Ping(ctx); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, `{"status":"error","database":"unreachable"}`)
			return
		}
		backlog, err := s.OutboxBacklog(ctx, time.Now())
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, `{"status":"error","database":"ok","outbox":"unreadable"}`)
			return
		}
		for _, b := range backlog {
			if age := b.OldestDueAge(time.Now()); slices.Contains(platforms, b.Platform) && age > stuckAfter {
				w.WriteHeader(http.StatusServiceUnavailable)
				fmt.Fprintf(w, `{"status":"error","database":"ok","outbox":"stuck","platform":%q,"oldest_due_seconds":%d}`+"\n",
					b.Platform, int(age.Seconds()))
				return
			}
		}
		fmt.Fprintln(w, `{"status":"ok","database":"ok","outbox":"ok"}`)
	}
}

// registerLLMMetrics exposes the language-model fallback's counters, read
// from it at each scrape.
func registerLLMMetrics(reg *prometheus.Registry, f *ask.Fallback) {
	counter := func(name, help string, v func(ask.LLMStats) float64) prometheus.Collector {
		return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help}, func() float64 { return v(f.Stats()) })
	}
	reg.MustRegister(
		counter("chatbot_llm_calls_total", "Questions sent to the language model.", func(s ask.LLMStats) float64 { return float64(s.Calls) }),
		counter("chatbot_llm_failures_total", "Language-model calls that failed or timed out.", func(s ask.LLMStats) float64 { return float64(s.Failures) }),
		counter("chatbot_llm_understood_total", "Questions the language model mapped to a valid intent.", func(s ask.LLMStats) float64 { return float64(s.Understood) }),
		counter("chatbot_llm_cache_hits_total", "Questions answered from the model's cache.", func(s ask.LLMStats) float64 { return float64(s.CacheHits) }),
		counter("chatbot_llm_seconds_total", "Time spent waiting for the language model.", func(s ask.LLMStats) float64 { return s.Latency.Seconds() }),
	)
}

// sweepEvery runs the reminder sweep now and then every REMIND_EVERY.
// Several processes may sweep at once: the log's unique key queues each
// reminder once.
func (e *env) sweepEvery(ctx context.Context, r *reporting.Reminders, sender *bot.Sender, log *slog.Logger) {
	t := time.NewTicker(e.cfg.RemindEvery)
	defer t.Stop()
	for {
		res, err := r.Sweep(ctx, time.Now(), false)
		switch {
		case err != nil && ctx.Err() == nil:
			log.Error("reminders: sweep", "err", err)
		case res.Queued > 0:
			log.Info("reminders: queued", "n", res.Queued)
			sender.Notify()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// catalogReload is how often serve rereads units, indicators and aliases,
// so an admin's new alias or a newly required unit needs no restart.
const catalogReload = time.Minute

func reloadEvery(ctx context.Context, a *catalog.Live, log *slog.Logger) {
	t := time.NewTicker(catalogReload)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := a.Reload(ctx); err != nil && ctx.Err() == nil {
				log.Error("catalog reload", "err", err)
			}
		}
	}
}
