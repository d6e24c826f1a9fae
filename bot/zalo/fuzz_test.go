package zalo

import (
	"testing"
	"time"
)

// FuzzVerifyEvent feeds arbitrary bodies and headers: VerifyEvent must not
// panic, and must accept only what carries the body's own signature.
func FuzzVerifyEvent(f *testing.F) {
	now := time.UnixMilli(1690000000000)
	f.Add(readTestdata(f, "user_send_text.json"), testdataSignature)
	f.Add([]byte(`{"app_id":"1","timestamp":"1690000000000"}`), Signature("1", []byte(`{"app_id":"1","timestamp":"1690000000000"}`), "1690000000000", testOASecret))
	f.Add([]byte(`{"timestamp":99999999999999999999}`), "mac=")
	f.Add([]byte(`{"timestamp":"-9223372036854775808"}`), "mac=00")
	f.Add([]byte(``), ``)
	f.Add([]byte(`null`), `mac=`)
	f.Fuzz(func(t *testing.T, body []byte, header string) {
		ev, err := VerifyEvent(body, header, testOASecret, now, 0)
		if err != nil {
			return
		}
		if header != Signature(ev.AppID, body, ev.Timestamp, testOASecret) {
			t.Errorf("accepted header %q that is not the body's signature", header)
		}
	})
}
