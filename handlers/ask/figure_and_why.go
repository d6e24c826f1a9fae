package ask

import (
	"context"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// A researcher asks a figure and, in the same message, what the report
// says of it: "Hương Khê quý 2/2019 có bao nhiêu DVC mức 4? báo cáo có
// nhắc …", "Quý 2/2019 huyện nào có tỷ lệ … cao nhất, vì sao được như
// vậy?". Both are answered: the figure, then the report's words; read
// whole, the report's words alone were quoted and the figure left out.

// reasonOpeners open the part that asks the report, after a comma.
var reasonOpeners = []string{"vi sao", "tai sao", "nho dau", "do dau", "bao cao co", "bao cao noi", "bao cao danh gia", "bao cao kien nghi"}

// figureThenReport splits such a message into the figure's question and
// the report's; ok is false when it is no such message.
func figureThenReport(message string) (figure, report string, ok bool) {
	if i := strings.Index(message, "?"); i > 0 && strings.TrimSpace(message[i+1:]) != "" {
		return message[:i+1], strings.TrimSpace(message[i+1:]), true
	}
	for i := strings.Index(message, ", "); i > 0; {
		rest := message[i+2:]
		folded := nlu.Fold(strings.ToLower(rest))
		for _, o := range reasonOpeners {
			if strings.HasPrefix(folded, o+" ") {
				return message[:i], rest, true
			}
		}
		next := strings.Index(rest, ", ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return "", "", false
}

// figureAndReport answers a figure asked with what the report says of it.
func (a *Answerer) figureAndReport(ctx context.Context, message string, mem *memory) (Answer, bool, error) {
	figure, report, ok := figureThenReport(message)
	if !ok {
		return Answer{}, false, nil
	}
	c := a.cat.Get()
	if t := nlu.Normalize(figure); !nlu.Asks(t.Tokens) || nlu.AsksWhy(t.Tokens) {
		// ("Về hiệu quả DVCTT mức 3, 4, báo cáo có kết luận …": a topic,
		// not a figure asked; "Sao số DVC mức 4 … ít hơn chỉ tiêu?": why.)
		return Answer{}, false, nil
	} else if p := a.understand(c, t); !p.Understood() || p.Intent == nlu.IntentSearch {
		return Answer{}, false, nil
	}
	rt := nlu.Normalize(report)
	if q := a.understand(c, rt); q.Intent != nlu.IntentSearch || quotesWhatWasAsked(rt.Folded) {
		return Answer{}, false, nil
	}
	fig, err := a.respond(ctx, figure, mem)
	if err != nil || !fig.Kind.CarriesFigure() {
		return Answer{}, false, err
	}
	why, err := a.respond(ctx, report, nil)
	if err != nil {
		return Answer{}, false, err
	}
	if why.Kind != KindInfo {
		return fig, true, nil
	}
	out := joinAnswers([]Answer{fig, why})
	out.Parse, out.Path = fig.Parse, fig.Path // (what the figure's reply read)
	return out, true, nil
}

// quotesWhatWasAsked: the second part only asks for the report's words of
// the first ("Cháu trích đúng lời báo cáo giúp bác", "chép câu gốc"): the
// whole is a search of the report.
func quotesWhatWasAsked(folded string) bool {
	for _, w := range []string{"trich", "chep", "nguyen van", "cau goc", "doc dung"} {
		if strings.Contains(" "+folded+" ", " "+w+" ") {
			return true
		}
	}
	return false
}
