package telegramtest

import (
	"fmt"
	"io"
	"mime"
	"net/http"
)

// readRequest reads what tgbotapi sends — form-urlencoded from MakeRequest,
// multipart/form-data from UploadFiles — and drains the body, because
// UploadFiles streams through a pipe that blocks if nobody reads it.
func readRequest(r *http.Request) (map[string]string, map[string]File, error) {
	defer func() { _, _ = io.Copy(io.Discard, r.Body) }()
	params, files := map[string]string{}, map[string]File{}
	if mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mediaType == "multipart/form-data" {
		if err := r.ParseMultipartForm(32 << 20); err != nil {
			return params, files, fmt.Errorf("can't parse multipart body: %w", err)
		}
		defer func() { _ = r.MultipartForm.RemoveAll() }()
		for field, headers := range r.MultipartForm.File {
			f, err := headers[0].Open()
			if err != nil {
				return params, files, fmt.Errorf("can't open file %s: %w", field, err)
			}
			data, err := io.ReadAll(f)
			_ = f.Close()
			if err != nil {
				return params, files, fmt.Errorf("can't read file %s: %w", field, err)
			}
			files[field] = File{Name: headers[0].Filename, Data: data}
		}
	}
	if err := r.ParseForm(); err != nil {
		return params, files, fmt.Errorf("can't parse form: %w", err)
	}
	for key, values := range r.Form {
		params[key] = values[0]
	}
	return params, files, nil
}
