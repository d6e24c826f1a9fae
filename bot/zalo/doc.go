// Package zalo is a thin client for the Zalo Official Account (OA) API: it
// sends customer-service text replies, keeps the OA access token fresh with
// the single-use refresh token, and verifies the events Zalo posts to the
// bot's webhook.
//
// Specs (client-rendered pages; the wire facts used here are the product
// spec's, see the comment on each method):
//   - Send a consultation text: https://developers.zalo.me/docs/official-account/tin-nhan/tin-tu-van/gui-tin-tu-van-dang-van-ban
//   - Access token from refresh token: https://developers.zalo.me/docs/api/official-account-api/xac-thuc-va-uy-quyen/cach-1-xac-thuc-voi-giao-thuc-oauth/lay-access-token-tu-refresh-token-post-4970
//   - Webhook overview and signature: https://developers.zalo.me/docs/official-account/webhook/tong-quan
//   - Events user_send_text, user_send_file: https://developers.zalo.me/docs/official-account/webhook/tin-nhan/su-kien-nguoi-dung-gui-tin-nhan
//     (the attachment's payload fields: see testdata/zalo/README.md)
//   - Error codes: https://developers.zalo.me/docs/official-account/phu-luc/ma-loi
//
// The package holds no Vietnamese user-facing text: its errors go to logs.
package zalo
