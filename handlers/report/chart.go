package report

import (
	"bytes"
	"cmp"
	"fmt"
	"image/color"
	"math"
	"slices"

	stdfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Point is one value of a trend (a period and its figure).
type Point struct {
	Label string
	Value float64
}

// Bar is one unit's (or project's) value in a ranking.
type Bar struct {
	Label string
	Value float64
}

// ProjectFunding is one project's money, in triệu đồng.
type ProjectFunding struct {
	Name                string
	Allocated, Proposed float64
}

const (
	dpi          = 96
	chartWidth   = 1000 // px
	chartHeight  = 600  // px; ranking and funding charts grow with their rows
	maxTickLabel = 40   // runes of a unit or project name on an axis
)

// Palette, as 0xRRGGBB.
const (
	colorMain     = 0x1f5fa8
	colorProposed = 0xe07b22
)

func rgb(hex uint32) color.RGBA {
	return color.RGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

// TrendChart draws a line chart with points, x labels from Point.Label, a
// Vietnamese title and y-axis label, value labels above points; PNG,
// 1000x600 px. It returns ErrNoData for no points.
func TrendChart(title, yLabel string, points []Point) ([]byte, error) {
	return render(trendPlot(title, yLabel, points))
}

func trendPlot(title, yLabel string, points []Point) (*plot.Plot, int, error) {
	if len(points) == 0 {
		return nil, 0, ErrNoData
	}
	xys, ys := make(plotter.XYs, len(points)), make([]float64, len(points))
	ticks := make([]plot.Tick, len(points))
	for i, pt := range points {
		if err := checkFinite(pt.Label, pt.Value); err != nil {
			return nil, 0, err
		}
		xys[i], ys[i] = plotter.XY{X: float64(i), Y: pt.Value}, pt.Value
		ticks[i] = plot.Tick{Value: float64(i), Label: shorten(pt.Label, 20)}
	}
	p := newPlot(title)
	p.Y.Label.Text = clean(yLabel)
	p.Y.Tick.Marker = vietnameseTicks{}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	if len(points) > 12 {
		p.X.Tick.Label.Rotation = math.Pi / 4
		p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = draw.XRight, draw.YCenter
	}
	line, dots, err := plotter.NewLinePoints(xys)
	if err != nil {
		return nil, 0, fmt.Errorf("report: trend line: %w", err)
	}
	line.Color, line.Width = rgb(colorMain), vg.Points(2)
	dots.Color, dots.Radius, dots.Shape = rgb(colorMain), vg.Points(3.5), draw.CircleGlyph{}
	labels, err := valueLabels(xys, true, vg.Point{Y: 5})
	if err != nil {
		return nil, 0, err
	}
	p.Add(grid(false), line, dots, labels)
	p.X.Min, p.X.Max = -0.5, float64(len(points))-0.5
	p.Y.Min, p.Y.Max = valueRange(ys)
	return p, chartHeight, nil
}

// RankingChart draws horizontal bars sorted high to low, unit names on the y
// axis, the highest on top; the picture grows taller past about 20 bars so
// that 40 stay readable. It returns ErrNoData for no bars.
func RankingChart(title, xLabel string, bars []Bar) ([]byte, error) {
	return render(rankingPlot(title, xLabel, bars))
}

func rankingPlot(title, xLabel string, bars []Bar) (*plot.Plot, int, error) {
	if len(bars) == 0 {
		return nil, 0, ErrNoData
	}
	sorted := slices.Clone(bars)
	slices.SortStableFunc(sorted, func(a, b Bar) int { return cmp.Compare(b.Value, a.Value) })
	names, values := make([]string, len(sorted)), make([]float64, len(sorted))
	for i, b := range sorted {
		if err := checkFinite(b.Label, b.Value); err != nil {
			return nil, 0, err
		}
		names[i], values[i] = shorten(b.Label, maxTickLabel), b.Value
	}
	return barsPlot(title, xLabel, names, series{values, colorMain, ""})
}

// FundingChart draws grouped horizontal bars per project, in the given order
// from the top: allocated vs proposed, with a legend ("Đã cấp", "Đề xuất").
// Bars run horizontally because project names are long. It returns ErrNoData
// for no projects.
func FundingChart(title string, projects []ProjectFunding) ([]byte, error) {
	return render(fundingPlot(title, projects))
}

func fundingPlot(title string, projects []ProjectFunding) (*plot.Plot, int, error) {
	if len(projects) == 0 {
		return nil, 0, ErrNoData
	}
	n := len(projects)
	names, allocated, proposed := make([]string, n), make([]float64, n), make([]float64, n)
	for i, pr := range projects {
		if err := cmp.Or(checkFinite(pr.Name, pr.Allocated), checkFinite(pr.Name, pr.Proposed)); err != nil {
			return nil, 0, err
		}
		names[i], allocated[i], proposed[i] = wrap(pr.Name, 32, 2), pr.Allocated, pr.Proposed
	}
	return barsPlot(title, axisMillionVND, names,
		series{allocated, colorMain, legendAllocated}, series{proposed, colorProposed, legendProposed})
}

// series is one set of bars, one value per row from the top.
type series struct {
	values []float64
	color  uint32
	legend string
}

// barsPlot draws horizontal bars for rows listed from the top; several
// series are grouped per row, the first on top, and get a legend.
func barsPlot(title, xLabel string, names []string, all ...series) (*plot.Plot, int, error) {
	n, k := len(names), len(all)
	legendRows := 0.0 // empty space above the first row for the legend
	if k > 1 {
		legendRows = 0.9
	}
	h := max(chartHeight, 140+(4+20*k)*n)
	w := barWidth(h, float64(n)+legendRows, 0.8/float64(k))
	p := newPlot(title)
	p.X.Label.Text = clean(xLabel)
	p.Add(grid(true))
	var every []float64
	for s, ser := range all {
		values, xys := make(plotter.Values, n), make(plotter.XYs, n)
		for i, v := range ser.values {
			j := n - 1 - i // row 0 is drawn at the bottom
			values[j], xys[j] = v, plotter.XY{X: v, Y: float64(j)}
		}
		every = append(every, ser.values...)
		bc, err := plotter.NewBarChart(values, w)
		if err != nil {
			return nil, 0, fmt.Errorf("report: bars: %w", err)
		}
		offset := w * vg.Length(float64(k-1)/2-float64(s))
		bc.Horizontal, bc.Color, bc.LineStyle.Width, bc.Offset = true, rgb(ser.color), 0, offset
		labels, err := valueLabels(xys, false, vg.Point{X: 4, Y: offset})
		if err != nil {
			return nil, 0, err
		}
		p.Add(bc, labels)
		if k > 1 {
			p.Legend.Add(ser.legend, bc)
		}
	}
	bottomUp := slices.Clone(names)
	slices.Reverse(bottomUp)
	p.NominalY(bottomUp...)
	p.Legend.Top, p.Legend.Padding, p.Legend.XOffs = true, vg.Points(3), -px(8)
	p.Y.Min, p.Y.Max = -0.6, float64(n)-0.4+legendRows
	p.X.Min, p.X.Max = valueRange(every)
	return p, h, nil
}

// sans is the face of every text on the charts.
func sans(size vg.Length, bold bool) font.Font {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = stdfont.WeightBold
	}
	return f
}

// newPlot returns a plot whose every text uses Liberation Sans; plot.New
// defaults to the serif face.
func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = clean(title)
	p.Title.TextStyle.Font = sans(16, true)
	p.Title.Padding = vg.Points(10)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = sans(12, false)
		a.Tick.Label.Font = sans(11, false)
	}
	p.X.Tick.Marker = vietnameseTicks{}
	p.Legend.TextStyle.Font = sans(11, false)
	return p
}

// vietnameseTicks writes axis numbers as "1.500.000" rather than "1.5e+06".
type vietnameseTicks struct{}

func (vietnameseTicks) Ticks(lo, hi float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(lo, hi)
	for i := range ticks {
		if ticks[i].Label != "" {
			ticks[i].Label = formatNumber(ticks[i].Value)
		}
	}
	return ticks
}

// valueLabels prints each value above its point (Y) or after its
// horizontal bar (X).
func valueLabels(xys plotter.XYs, above bool, offset vg.Point) (*plotter.Labels, error) {
	xAlign, yAlign := draw.XLeft, draw.YCenter
	if above {
		xAlign, yAlign = draw.XCenter, draw.YBottom
	}
	texts := make([]string, len(xys))
	for i, xy := range xys {
		texts[i] = formatNumber(xy.X)
		if above {
			texts[i] = formatNumber(xy.Y)
		}
	}
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: texts})
	if err != nil {
		return nil, fmt.Errorf("report: value labels: %w", err)
	}
	for i := range l.TextStyle {
		l.TextStyle[i].Font = sans(10, false)
		l.TextStyle[i].XAlign, l.TextStyle[i].YAlign = xAlign, yAlign
	}
	l.Offset = offset
	return l, nil
}

// valueRange starts the value axis at zero (or the lowest negative value)
// and leaves headroom for the value labels.
func valueRange(values []float64) (lo, hi float64) {
	for _, v := range values {
		lo, hi = min(lo, v), max(hi, v)
	}
	if hi == lo {
		hi = lo + 1
	}
	pad := 0.15 * (hi - lo)
	if lo < 0 {
		lo -= pad
	}
	return lo, hi + pad
}

// grid draws lines across the value axis only.
func grid(horizontalBars bool) *plotter.Grid {
	g := plotter.NewGrid()
	if horizontalBars {
		g.Horizontal.Color = nil
	} else {
		g.Vertical.Color = nil
	}
	return g
}

// barWidth fits rows bars (or groups) into a picture hPx pixels tall,
// leaving about 110 px for the title and the x axis.
func barWidth(hPx int, rows, fill float64) vg.Length {
	return px(float64(hPx-110) / rows * fill)
}

func px(v float64) vg.Length { return vg.Length(v) * vg.Inch / dpi }

// render draws p as a PNG chartWidth by hPx pixels; it takes a builder's
// results as they are.
func render(p *plot.Plot, hPx int, err error) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	c := vgimg.NewWith(vgimg.UseWH(px(chartWidth), px(float64(hPx))), vgimg.UseDPI(dpi))
	margin := px(10)
	p.Draw(draw.Crop(draw.New(c), margin, -margin, margin/2, -margin/2))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("report: encode chart: %w", err)
	}
	return buf.Bytes(), nil
}
