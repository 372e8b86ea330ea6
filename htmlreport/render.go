package htmlreport

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/incident"
)

//go:embed report.html.tmpl
var pageTemplate string

//go:embed report.css
var pageCSS string

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"num": num,
	"classes": func() []Class {
		cs := make([]Class, NumClasses)
		for i := range cs {
			cs[i] = Class(i)
		}
		return cs
	},
	"swatch":   swatch,
	"classBar": classBar,
	"day":      func(t time.Time) string { return t.Format(time.DateOnly) },
	"period":   func(t time.Time, unit string) string { return t.Format(periodLayout(unit)) },
	"when": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	},
	"values": func(cs []incident.Count, n int) string {
		var parts []string
		for i, c := range cs {
			if i == n {
				parts = append(parts, fmt.Sprintf("… (+%d)", len(cs)-n))
				break
			}
			if c.N > 1 {
				parts = append(parts, fmt.Sprintf("%s ×%d", c.Value, c.N))
			} else {
				parts = append(parts, c.Value)
			}
		}
		return strings.Join(parts, ", ")
	},
	"first": func(s []string, n int) []string {
		if len(s) > n {
			return s[:n]
		}
		return s
	},
	"reasonMax": func(rs []ReasonCount) int {
		if len(rs) == 0 {
			return 0
		}
		return rs[0].N
	},
	"topMax": func(ts []Top) int {
		if len(ts) == 0 {
			return 0
		}
		return ts[0].Failures
	},
	"one": func(reason string, n int) [NumClasses]int {
		var by [NumClasses]int
		by[ClassOf(reason)] = n
		return by
	},
	"short": shorten,
	"css":   func() template.CSS { return template.CSS(pageCSS) },
}).Parse(pageTemplate))

// periodLayout is the time layout that names a period of the unit.
func periodLayout(unit string) string {
	switch unit {
	case "month":
		return "2006-01"
	case "year":
		return "2006"
	}
	return time.DateOnly
}

// view is what the template sees: the data and the page's language.
type view struct {
	*Data
	chart template.HTML
}

// T returns a label in the page's language.
func (v view) T(key string) string { return label(v.Lang, key) }

// Tf returns a label with one number filled in.
func (v view) Tf(key string, n int) string { return fmt.Sprintf(label(v.Lang, key), n) }

// Desc describes a reason in the page's language.
func (v view) Desc(reason string) string { return Describe(reason, v.Lang) }

// Name is an incident's provider name in the page's language.
func (v view) Name(in incView) string { return in.Incident.Name(v.Lang) }

// maxCards is how many incidents get a card of their own when none is an
// alert; alerts always do. The rest are rows of one table.
const maxCards = 6

func (v view) cards() int {
	n := min(len(v.Incidents), maxCards)
	for n < len(v.Incidents) && v.Incidents[n].Alert {
		n++
	}
	return n
}

// incView is an incident with the description of its main rule.
type incView struct {
	incident.Incident
	Why string
}

func (v view) incidents(from, to int) []incView {
	out := make([]incView, 0, to-from)
	for i := from; i < to; i++ {
		iv := incView{Incident: v.Incidents[i]}
		if i < len(v.IncidentWhy) {
			iv.Why = v.IncidentWhy[i]
		}
		out = append(out, iv)
	}
	return out
}

// CardIncidents are the incidents shown as cards: the alerts and the
// largest others.
func (v view) CardIncidents() []incView { return v.incidents(0, v.cards()) }

// MoreIncidents are the smaller incidents, shown as table rows.
func (v view) MoreIncidents() []incView { return v.incidents(v.cards(), len(v.Incidents)) }

// Chart is the daily chart.
func (v view) Chart() template.HTML { return v.chart }

// PageTitle is the title, or the default one in the page's language.
func (v view) PageTitle() string {
	if v.Title != "" {
		return v.Title
	}
	return v.T("title")
}

// HTMLLang is the value of the html element's lang attribute.
func (v view) HTMLLang() string {
	if v.Lang == "zh" {
		return "zh-CN"
	}
	return "en"
}

// Render writes the report as one HTML document.
func Render(w io.Writer, d *Data) error {
	if d.Lang != "zh" {
		d2 := *d
		d2.Lang = "en"
		d = &d2
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if d.Unit == "" {
		d2 := *d
		d2.Unit = "day"
		d = &d2
	}
	v := view{Data: d, chart: dailyChart(d.Days, d.Unit, d.Lang)}
	if err := page.Execute(bw, v); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return bw.Flush()
}
