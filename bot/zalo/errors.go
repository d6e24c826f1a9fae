package zalo

import "fmt"

// APIError is a non-zero "error" code in a Zalo answer. The OA API reports
// failures as HTTP 200 with {"error": <code>, "message": "..."}; the OAuth
// endpoint as {"error": <code>, "error_name": "...", "error_description": "..."}.
//
// Codes: https://developers.zalo.me/docs/official-account/phu-luc/ma-loi
type APIError struct {
	Code    int
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("api error %d: %s", e.Code, e.Message)
}

// TokenInvalid reports whether the access token was refused as invalid or
// expired, which a refresh can cure.
//
// The product spec fixes the codes at -216 and -124. The error-code page
// also lists -220 ("access_token has expired or is no longer usable"); it is
// deliberately not included until the spec says so.
func (e *APIError) TokenInvalid() bool {
	return e.Code == -216 || e.Code == -124
}
