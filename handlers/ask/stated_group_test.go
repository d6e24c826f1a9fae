package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFigureStatedForUnitsTogether: the report states 776 of the 1.636
// applications up to 27/02/2019 as "hồ sơ cấp xã tại TP Hà Tĩnh và TX
// Hồng Lĩnh". Asked of exactly those units at that level, it is theirs,
// and its share and the rest are computed; asked of other units, it is
// not given as their sum.
func TestFigureStatedForUnitsTogether(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{"hồ sơ cấp xã ở TP Hà Tĩnh và TX Hồng Lĩnh đến 27/02/2019", ask.KindFigure, []string{"776 hồ sơ"}, nil},
		{"Hồ sơ cấp xã ở TP Hà Tĩnh và TX Hồng Lĩnh chiếm bao nhiêu % số hồ sơ phát sinh đến 27/02/2019?", ask.KindFigure, []string{"47,43%"}, nil},
		{"ho so phat sinh den 27/02/2019 khong tinh cap xa TP Ha Tinh va TX Hong Linh la bao nhieu", ask.KindFigure, []string{"860 hồ sơ"}, nil},
		{"hồ sơ cấp xã ở TP Hà Tĩnh và TX Hồng Lĩnh tính đến cuối tháng 2/2019", ask.KindNearest, []string{"đến ngày 27/02/2019", "776 hồ sơ"}, nil},
		{"hồ sơ cấp xã ở Can Lộc và Thạch Hà đến 27/02/2019", ask.KindNoData, nil, []string{"776"}},
	})
}
