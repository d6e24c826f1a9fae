package ask

import "context"

// export answers "/xuat [kỳ]" with the reporting job's workbook. A period
// the exporter cannot read comes back as its Vietnamese message, no file.
func (a *Answerer) export(ctx context.Context, period string) (Answer, error) {
	if a.exporter == nil {
		return Answer{Kind: KindInfo, Text: msgExportOff}, nil
	}
	text, name, data, err := a.exporter.Export(ctx, period)
	if err != nil {
		return Answer{}, err
	}
	if data == nil {
		return Answer{Kind: KindNotUnderstood, Text: text}, nil
	}
	return Answer{Kind: KindFigure, Text: text, Attachment: &Attachment{Name: name, Data: data}}, nil
}
