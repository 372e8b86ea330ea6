package htmlreport

import (
	"fmt"
	"html"
	"html/template"
	"strings"
)

// The charts are SVG written here rather than through html/template's
// element contexts: every number is formatted by fmt and every text passes
// html.EscapeString, so the output is safe to mark as template.HTML.

// dailyChart draws the days as stacked bars by class.
func dailyChart(days []Day, unit, lang string) template.HTML {
	if len(days) == 0 {
		return ""
	}
	const (
		w, h                 = 960, 260
		left, right, top, bt = 48, 12, 12, 34
	)
	maxY := 0
	for i := range days {
		maxY = max(maxY, days[i].Total())
	}
	maxY = niceCeil(maxY)
	plotW, plotH := float64(w-left-right), float64(h-top-bt)
	slot := plotW / float64(len(days))
	barW := min(slot*0.72, 36)
	title := html.EscapeString(label(lang, "per"+unit))
	dateFmt, tickFmt := periodLayout(unit), periodLayout(unit)
	if unit == "day" {
		tickFmt = "01-02"
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" width="100%%" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg">`, w, h, title)
	fmt.Fprintf(&b, `<title>%s</title>`, title)
	for i := 0; i <= 4; i++ {
		v := maxY * i / 4
		y := float64(top) + plotH - plotH*float64(v)/float64(maxY)
		fmt.Fprintf(&b, `<line class="grid" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, left, w-right, y, y)
		fmt.Fprintf(&b, `<text class="axis" x="%d" y="%.1f" text-anchor="end">%s</text>`, left-6, y+4, num(v))
	}
	every := (len(days) + 9) / 10
	for i := range days {
		d := &days[i]
		x := float64(left) + slot*float64(i) + (slot-barW)/2
		y := float64(top) + plotH
		for c := Class(0); c < NumClasses; c++ {
			n := d.ByClass[c]
			if n == 0 {
				continue
			}
			bh := plotH * float64(n) / float64(maxY)
			y -= bh
			fmt.Fprintf(&b, `<rect class="c-%s" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s · %s: %s</title></rect>`,
				c, x, y, barW, bh, d.Date.Format(dateFmt), html.EscapeString(label(lang, "class."+c.String())), num(n))
		}
		if i%every == 0 || i == len(days)-1 {
			fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%d" text-anchor="middle">%s</text>`, x+barW/2, h-bt+18, d.Date.Format(tickFmt))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// classBar draws counts by class as one horizontal stacked bar of the
// given width, scaled to of (the largest value in its table).
func classBar(by [NumClasses]int, of, width int, lang string) template.HTML {
	if of <= 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="bar" viewBox="0 0 %d 14" width="%d" height="14" role="img" xmlns="http://www.w3.org/2000/svg">`, width, width)
	x := 0.0
	for c := Class(0); c < NumClasses; c++ {
		if by[c] == 0 {
			continue
		}
		bw := float64(width) * float64(by[c]) / float64(of)
		fmt.Fprintf(&b, `<rect class="c-%s" x="%.1f" y="1" width="%.1f" height="12"><title>%s: %s</title></rect>`,
			c, x, bw, html.EscapeString(label(lang, "class."+c.String())), num(by[c]))
		x += bw
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// swatch is the legend's colour square of a class.
func swatch(c Class) template.HTML {
	return template.HTML(fmt.Sprintf(`<svg class="swatch" width="12" height="12" viewBox="0 0 12 12" xmlns="http://www.w3.org/2000/svg"><rect class="c-%s" width="12" height="12" rx="2"/></svg>`, c))
}

// niceCeil rounds n up to 1, 2, 2.5 or 5 times a power of ten (at least
// 4, so the four grid steps are whole numbers).
func niceCeil(n int) int {
	if n <= 4 {
		return 4
	}
	for p := 1; ; p *= 10 {
		for _, m := range []int{1, 2, 4, 5, 8} {
			if v := m * p; v >= n && v%4 == 0 {
				return v
			}
		}
		if 10*p >= n && (10*p)%4 == 0 {
			return 10 * p
		}
	}
}

// num formats n with thousands separators.
func num(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
