package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestPointersAfterARanking: after a ranking that named one unit, a
// follow-up pointing at it ("đơn vị nớ", "nó", Nghệ-Tĩnh and plain) or
// only asking the figure ("mấy cái", "được bao nhiêu") is that unit's;
// "khá hơn không" compares two quarters; "quý I có nộp không" after a
// unit's report of quarter II is that unit's; "tụt xuống còn bao nhiêu"
// is the figure; "chỉ tiêu … tới đâu rồi" the progress.
func TestPointersAfterARanking(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	lowest := []string{"quý 2 huyện nào tỷ lệ hồ sơ trực tuyến thấp nhất"}
	followsAs(t, a, append(lowest, "đơn vị nớ quý 1 bao nhiêu"), "tỷ lệ hồ sơ trực tuyến của huyện Đức Thọ quý 1/2019")
	followsAs(t, a, append(lowest, "quý 1 nó được bao nhiêu"), "tỷ lệ hồ sơ trực tuyến của huyện Đức Thọ quý 1/2019")
	most := []string{"q1 địa phương nào nhiều dvc mức 4 nhất"}
	followsAs(t, a, append(most, "mấy cái"), "số DVC mức 4 của Thành phố Hà Tĩnh quý 1/2019")
	followsAs(t, a, append(most, "quý 2 nó có mấy"), "số DVC mức 4 của Thành phố Hà Tĩnh quý 2/2019")
	followsAs(t, a, []string{"quý 2 đơn vị cấp huyện nào có nhiều dịch vụ mức 4 nhất", "được bao nhiêu"}, "số DVC mức 4 của Thành phố Hà Tĩnh quý 2/2019")
	followsAs(t, a, []string{"Đức Thọ quý 1 tỷ lệ online nhiêu", "quý 2 có khá hơn hông"}, "tỷ lệ hồ sơ trực tuyến của Đức Thọ quý 2/2019 so với quý 1/2019")
	followsAs(t, a, []string{"Huyện Vũ Quang đã nộp báo cáo quý II/2019 chưa", "quý I có nộp không"}, "Huyện Vũ Quang đã nộp báo cáo quý 1/2019 chưa")
	holdsReplies(t, a, []repliedAs{
		{"Đức Thọ q2/2019 tỷ lệ nộp trực tuyến tụt xuống còn bao nhiêu", []string{"tỷ lệ hồ sơ trực tuyến của Đức Thọ quý 2/2019"}},
		{"chỉ tiêu 50 dvc mức 4 tới đâu rồi e", []string{"số DVC mức 4 triển khai thêm so với mục tiêu"}},
		{"Đến giờ quý 2/2019 còn bao nhiêu đơn vị chây ì chưa nộp báo cáo?", []string{"quý 2/2019 còn bao nhiêu đơn vị chưa nộp báo cáo"}},
		{"đào tạo bồi dưỡng xi ai ô lồng ghép được bao nhiêu", []string{"đào tạo bồi dưỡng CIO lồng ghép được bao nhiêu"}},
		{"tỉ lệ ubnd cấp xã có trang tt điện tử", []string{"tỷ lệ xã có trang thông tin điện tử"}},
	})
}

// TestFollowUpsOfWholesAndEach: "hơn quý 1 mấy hồ sơ" after the files a
// unit received is the change of those files, not of the online ones a
// bare "hồ sơ" names; "mỗi xã thì có mấy" after a unit's services is the
// figure stated for each commune; "tổng" after a unit's online files is
// all the files it received, "tổng cộng?" after an average their sum.
func TestFollowUpsOfWholesAndEach(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	followsAs(t, a, []string{"hồng lĩnh quý 2 tiếp nhận bn hồ sơ", "hơn quý 1 mấy hồ sơ"}, "hồ sơ tiếp nhận của Hồng Lĩnh quý 2/2019 so với quý 1/2019")
	followsAs(t, a, []string{"hồng lĩnh quý 2 tiếp nhận bn hồ sơ", "so với quý 1 tăng mấy hồ sơ"}, "hồ sơ tiếp nhận của Hồng Lĩnh quý 2/2019 so với quý 1/2019")
	followsAs(t, a, []string{"điện lực có mấy dvc mức 3", "mỗi xã thì có mấy"}, "mỗi xã có mấy dvc mức 3")
	followsAs(t, a, []string{"Lộc Hà quý 1 tỉ lệ hs tt", "hồ sơ trực tuyến", "tổng"}, "tổng số hồ sơ tiếp nhận của Lộc Hà quý 1/2019")
	followsAs(t, a, []string{"quý 2 các sở đã nộp tiếp nhận tổng bn hồ sơ?", "các huyện đã nộp tổng bn?"}, "tổng số hồ sơ tiếp nhận cấp huyện quý 2/2019")
	followsAs(t, a, []string{"Bình quân mỗi sở đã báo cáo quý 1/2019 nộp bao nhiêu hồ sơ trực tuyến?", "tổng cộng?"}, "số hồ sơ trực tuyến của các sở quý 1/2019")
}
