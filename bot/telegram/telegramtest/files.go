package telegramtest

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// maxDownload is the largest file the Bot API lets a bot download.
// Specs: https://core.telegram.org/bots/api#getfile
const maxDownload = 20 << 20

// storedFile is a file a user sent, kept for getFile and its download.
type storedFile struct {
	path string
	data []byte
}

// PushDocument queues a message carrying a file, shaped like the
// reference update_document.json (caption may be empty), and keeps the
// file for getFile and its download under /file/bot<token>/<file_path>.
// It returns the update_id and the file_id.
func (s *Server) PushDocument(chatID, userID int64, name string, data []byte, caption string) (int, string) {
	return s.pushDocument(chatID, userID, name, data, len(data), caption)
}

// PushDocumentSized is PushDocument with the file_size Telegram reports
// set to size, whatever data holds: a file too big to fetch needs no
// bytes in the test.
func (s *Server) PushDocumentSized(chatID, userID int64, name string, data []byte, size int, caption string) (int, string) {
	return s.pushDocument(chatID, userID, name, data, size, caption)
}

func (s *Server) pushDocument(chatID, userID int64, name string, data []byte, size int, caption string) (int, string) {
	update := payload("update_document.json")
	message := object(update, "message")
	message["from"], message["chat"], message["date"] = userFrom(userID), chatObject(chatID), time.Now().Unix()
	if caption == "" {
		delete(message, "caption")
	} else {
		message["caption"] = caption
	}
	delete(update, "update_id")
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lastMessage++
	message["message_id"] = s.lastMessage
	id := fmt.Sprintf("BQACAgUAAxkBAAI%d", s.lastMessage)
	doc := object(message, "document")
	doc["file_name"], doc["file_id"], doc["file_size"] = name, id, size
	doc["file_unique_id"] = fmt.Sprintf("AgAD%d", s.lastMessage)
	if strings.HasSuffix(strings.ToLower(name), ".csv") {
		doc["mime_type"] = "text/csv"
	}
	ext := ""
	if dot := strings.LastIndex(name, "."); dot >= 0 {
		ext = name[dot:]
	}
	s.files[id] = storedFile{path: fmt.Sprintf("documents/file_%d%s", s.lastMessage, ext), data: data}
	return s.enqueue(update), id
}

// getFile answers with the File of a pushed document; a file over 20 MB
// is refused as Telegram refuses it.
// Specs: https://core.telegram.org/bots/api#getfile
func (s *Server) getFile(_ context.Context, c Call) reply {
	id := c.Params["file_id"]
	s.mu.Lock()
	f, ok := s.files[id]
	s.mu.Unlock()
	if !ok {
		return badRequest("invalid file_id")
	}
	if len(f.data) > maxDownload {
		return badRequest("file is too big")
	}
	file := object(payload("response_getFile.json"), "result")
	file["file_id"], file["file_size"], file["file_path"] = id, len(f.data), f.path
	file["file_unique_id"] = "AgAD" + strings.TrimPrefix(id, "BQACAgUAAxkBAAI")
	return success(file)
}

// serveFile answers GET /file/bot<token>/<file_path> with the file's
// bytes, recorded as a call of the pseudo-method "file".
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	token, path, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/file/bot"), "/")
	call := Call{Method: "file", Params: map[string]string{"file_path": path}, At: time.Now(), Status: http.StatusOK}
	var data []byte
	found := false
	s.mu.Lock()
	for _, f := range s.files {
		if f.path == path {
			data, found = f.data, true
		}
	}
	s.mu.Unlock()
	switch {
	case token != s.token:
		call.Status = http.StatusUnauthorized
	case r.Method != http.MethodGet:
		call.Status = http.StatusMethodNotAllowed
	case !found:
		call.Status = http.StatusNotFound
	}
	s.mu.Lock()
	s.calls = append(s.calls, call)
	s.notify()
	s.mu.Unlock()
	if call.Status != http.StatusOK {
		http.Error(w, http.StatusText(call.Status), call.Status)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(data)
}
