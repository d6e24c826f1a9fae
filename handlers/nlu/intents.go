package nlu

import "slices"

// SlotSpec describes one slot of an intent: its name in Parse, its JSON
// type for a tool call, and what it means (in Vietnamese, for the model).
type SlotSpec struct {
	Name string
	Type string // string, array, integer, boolean
	// Enum is the slot's only values; with Codes, the ones of that list
	// the slot takes.
	Enum []string
	// Codes names the catalog list whose codes are the slot's only values.
	// The catalog changes at run time (an admin adds an indicator), so the
	// registry names the list and the language-model tools fill it in.
	Codes       CodeList
	Description string
	Required    bool
}

// CodeList is a list of the catalog's codes.
type CodeList string

// The catalog lists a slot may be held to.
const (
	IndicatorCodes CodeList = "indicators" // indicator codes
	ProjectCodes   CodeList = "projects"   // sequence numbers of the projects in the NQ 22 annex
	LevelCodes     CodeList = "levels"     // unit levels
)

// IntentSpec is one intent: the rules produce it, the language-model
// fallback offers it as a tool with these slots as parameters.
type IntentSpec struct {
	Name        string
	Description string
	Slots       []SlotSpec
}

// Slots shared by several intents.
var (
	slotIndicators = SlotSpec{Name: "indicators", Type: "array", Codes: IndicatorCodes, Required: true,
		Description: "Mã chỉ tiêu được hỏi."}
	slotIndicator = SlotSpec{Name: "indicators", Type: "array", Codes: IndicatorCodes, Required: true,
		Description: "Mã một chỉ tiêu."}
	slotUnits = SlotSpec{Name: "units", Type: "array",
		Description: "Tên hoặc mã đơn vị được hỏi (huyện, thị xã, thành phố, sở, xã); bỏ trống nếu hỏi toàn tỉnh."}
	slotLevel = SlotSpec{Name: "level", Type: "string", Codes: LevelCodes,
		Description: "Cấp đơn vị được hỏi; bỏ trống (null) nếu hỏi một đơn vị hoặc không nói cấp."}
	slotPeriods = SlotSpec{Name: "periods", Type: "array",
		Description: "Kỳ số liệu viết bằng tiếng Việt như người hỏi, ví dụ \"năm 2018\", \"quý 2/2019\", \"5 tháng đầu năm 2019\", \"hiện nay\"."}
	slotOrder = SlotSpec{Name: "order", Type: "string", Enum: []string{"desc", "asc", "both", "all"},
		Description: "desc = cao nhất, asc = thấp nhất, both = cả hai, all = cả bảng xếp hạng."}
	slotTop     = SlotSpec{Name: "top", Type: "integer", Description: "Số đơn vị hoặc dự án đứng đầu cần liệt kê."}
	slotFunding = SlotSpec{Name: "funding", Type: "string", Enum: []string{"granted", "nq22", "other", "proposed"},
		Description: "Phần kinh phí: granted = đã cấp (cả hai nguồn), nq22 = nguồn Nghị quyết 22, other = lồng ghép nguồn khác, proposed = đề xuất giai đoạn tiếp theo."}
)

// Intents is the registry: every intent the rules produce, with its slots.
var Intents = []IntentSpec{
	{Name: IntentValue, Description: "Số liệu của một hay nhiều chỉ tiêu cho toàn tỉnh, một cấp hoặc một đơn vị, trong một kỳ.",
		Slots: []SlotSpec{slotIndicators, slotUnits, slotLevel, slotPeriods}},
	{Name: IntentTarget, Description: "So sánh số liệu hiện tại của một chỉ tiêu với mục tiêu hoặc kế hoạch: đạt bao nhiêu, còn thiếu hay vượt bao nhiêu.",
		Slots: []SlotSpec{slotIndicator, slotPeriods, {Name: "measure", Type: "string", Enum: []string{"target", "plan"}, Description: "target = mục tiêu, plan = kế hoạch."}}},
	{Name: IntentCompare, Description: "So sánh một chỉ tiêu giữa hai kỳ (tăng hay giảm bao nhiêu).",
		Slots: []SlotSpec{slotIndicators, slotUnits, slotLevel, {Name: "periods", Type: "array", Required: true, Description: "Hai kỳ cần so sánh, ví dụ [\"quý 1/2019\", \"quý 2/2019\"]."}}},
	{Name: IntentRanking, Description: "Xếp hạng các đơn vị theo số liệu báo cáo quý (đơn vị nào cao nhất, thấp nhất).",
		Slots: []SlotSpec{slotIndicator, slotLevel, slotPeriods, slotOrder, slotTop}},
	{Name: IntentReporting, Description: "Tình hình nộp báo cáo quý: bao nhiêu đơn vị đã nộp, đơn vị nào chưa nộp.",
		Slots: []SlotSpec{slotLevel, slotPeriods, {Name: "missing", Type: "boolean", Description: "true nếu hỏi các đơn vị chưa nộp."}}},
	{Name: IntentSchedule, Description: "Hạn nộp và lịch nhắc báo cáo quý: hạn nộp ngày nào, nhắc trước hạn mấy ngày, quá hạn nhắc lại và báo lãnh đạo thế nào.",
		Slots: []SlotSpec{slotPeriods}},
	{Name: IntentFunding, Description: "Tổng kinh phí thực hiện Nghị quyết 22: đã bố trí, lồng ghép nguồn khác, còn thiếu.",
		Slots: []SlotSpec{{Name: "indicators", Type: "array", Codes: IndicatorCodes, Enum: []string{"funding_nq22", "funding_other", "funding_missing"},
			Description: "Phần kinh phí được hỏi; bỏ trống (null) để trả lời cả ba."}}},
	{Name: IntentProject, Description: "Kinh phí của một dự án trong phụ lục Nghị quyết 22.",
		Slots: []SlotSpec{{Name: "projects", Type: "array", Codes: ProjectCodes, Required: true, Description: "Số thứ tự dự án trong phụ lục."}, slotFunding}},
	{Name: IntentProjects, Description: "Danh sách, số lượng hoặc xếp hạng các dự án theo hiện trạng, cơ quan chủ trì hoặc kinh phí.",
		Slots: []SlotSpec{{Name: "status", Type: "string", Enum: []string{"done", "ongoing", "preparing", "not_started", "integrated"},
			Description: "Hiện trạng: done = hoàn thành, ongoing = đang thực hiện, preparing = chuẩn bị, not_started = chưa thực hiện, integrated = lồng ghép."},
			slotUnits, slotFunding, slotOrder, slotTop, {Name: "count", Type: "boolean", Description: "true nếu hỏi bao nhiêu dự án."}}},
}

// IntentByName finds an intent in the registry.
func IntentByName(name string) (IntentSpec, bool) {
	for _, in := range Intents {
		if in.Name == name {
			return in, true
		}
	}
	return IntentSpec{}, false
}

// ResolveUnit finds the units a name or code may mean, as the rules would:
// the longest alias of the normalised name.
func (v *Vocabulary) ResolveUnit(name string) []string {
	tokens := Normalize(name).Tokens
	for _, pm := range v.findPlaces(tokens, make([]bool, len(tokens))) {
		if len(pm.units) > 0 {
			return pm.units
		}
	}
	return nil
}

// KnownIndicator reports whether a code is an indicator of the vocabulary.
func (v *Vocabulary) KnownIndicator(code string) bool {
	for _, a := range v.indicators {
		if a.owner == code {
			return true
		}
	}
	return false
}

// NamesIndicator reports whether some indicator's full name holds every
// one of the words (folded): whether the catalog counts a figure by them.
func (v *Vocabulary) NamesIndicator(words ...string) bool {
	for _, name := range v.indicatorWords {
		if !slices.ContainsFunc(words, func(w string) bool { return !name[w] }) {
			return true
		}
	}
	return false
}
