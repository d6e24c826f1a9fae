package telegram

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/hatinh-stttt/chatbot/bot"
)

// fetch downloads a document a person sent into doc.Data: getFile for its
// path, then the file from the file endpoint that goes with the configured
// API endpoint. A file larger than bot.MaxDocumentBytes is not downloaded.
// A failure leaves Data nil and is logged, not returned: retrying the
// update would hold up every later one, and the person is told to send
// the file again.
// Specs: https://core.telegram.org/bots/api#getfile
func (c *Channel) fetch(ctx context.Context, fileID string, doc *bot.Document) {
	if doc.Size > bot.MaxDocumentBytes {
		return
	}
	data, size, err := c.download(ctx, fileID)
	if err != nil {
		c.cfg.Log.Warn("telegram: document not downloaded", "name", doc.Name, "err", redactErr(err, c.cfg.Token))
		return
	}
	doc.Size = size
	if size <= bot.MaxDocumentBytes {
		doc.Data = data
	}
}

// download reads a file by its file_id, at most bot.MaxDocumentBytes + 1
// bytes of it; size is what was read (more than the limit: cut short).
func (c *Channel) download(ctx context.Context, fileID string) ([]byte, int64, error) {
	f, err := c.api.GetFile(tgbotapi.FileConfig{FileID: fileID})
	if err != nil {
		return nil, 0, fmt.Errorf("getFile: %w", err)
	}
	if int64(f.FileSize) > bot.MaxDocumentBytes {
		return nil, int64(f.FileSize), nil
	}
	link, err := fileURL(c.cfg.Endpoint, c.cfg.Token, f.FilePath)
	if err != nil {
		return nil, 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, link, nil)
	if err != nil {
		return nil, 0, err
	}
	resp, err := c.cfg.HTTP.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, 0, fmt.Errorf("file download: %s", resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, bot.MaxDocumentBytes+1))
	if err != nil {
		return nil, 0, fmt.Errorf("file download: %w", err)
	}
	return data, int64(len(data)), nil
}

// fileURL is where a file is downloaded: the Bot API serves files under
// /file/bot<token>/<file_path> next to /bot<token>/<method>, on
// api.telegram.org as on a local Bot API server, so the path is derived
// from the configured endpoint rather than the library's fixed one.
// Specs: https://core.telegram.org/bots/api#file
func fileURL(endpoint, token, filePath string) (string, error) {
	base, ok := strings.CutSuffix(endpoint, "/bot%s/%s")
	if !ok {
		return "", errors.New("TELEGRAM_API_ENDPOINT does not end in /bot%s/%s: no file endpoint to derive")
	}
	if filePath == "" {
		return "", errors.New("getFile gave no file_path")
	}
	return base + "/file/bot" + token + "/" + strings.TrimPrefix(filePath, "/"), nil
}
