package htmlreport_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/bounce-analyzer/bounce/htmlreport"
)

// findBrowser returns a Chromium or Chrome binary: $BOUNCE_CHROMIUM, else
// the first of the usual names on $PATH.
func findBrowser() string {
	if p := os.Getenv("BOUNCE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser opens a report of the sample set in headless Chromium: the
// charts and tables are drawn with a size, nothing is logged as an
// error, nothing is requested but the file itself, and a screenshot is
// saved in the test's temporary directory.
func TestBrowser(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium found and CI=true: install Debian's chromium package (or set BOUNCE_CHROMIUM)")
		}
		t.Skip("no Chromium found (apt-get install chromium, or set BOUNCE_CHROMIUM); with CI=true this test fails instead")
	}
	dir := t.TempDir()
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			c := htmlreport.NewCollector(htmlreport.Options{Now: fixedNow, Lang: lang, Threshold: 5})
			for _, m := range messages(t, "../testdata/sisimai-set/eml/*.eml", "../testdata/providers/*.eml") {
				c.Add(m)
			}
			checkInBrowser(t, browser, dir, "report-"+lang, c.Data())
		})
	}
	// The load time of a large report is a logged figure, not a test.
	t.Run("100k", func(t *testing.T) {
		if testing.Short() {
			t.Skip("short")
		}
		checkInBrowser(t, browser, dir, "report-100k", largeData(t, 100_000))
	})
}

func checkInBrowser(t *testing.T, browser, dir, name string, d *htmlreport.Data) {
	page := filepath.Join(dir, name+".html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := htmlreport.Render(f, d); err != nil {
		t.Fatal(err)
	}
	f.Close()
	pageURL := "file://" + page

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile-"+name)),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()

	// The tab must exist before Listen; Network and Log send events only
	// once enabled.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("chromium %s: %v", browser, err)
	}
	var mu sync.Mutex
	var problems, requests []string
	err = chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
				problems = append(problems, "console "+string(ev.Type))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+ev.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
				problems = append(problems, "log: "+ev.Entry.Text)
			}
		case *network.EventRequestWillBeSent:
			requests = append(requests, ev.Request.URL)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(pageURL), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
		t.Fatalf("open %s: %v", pageURL, err)
	}
	loaded := time.Since(start)
	type box struct {
		Kind          string
		Width, Height float64
	}
	boxes, err := chromedp.Run(ctx, chromedp.Evaluate[[]box](`Array.from(document.querySelectorAll("svg.chart, svg.bar, table")).
		filter(e => !e.closest("details")).
		map(e => { const r = e.getBoundingClientRect(); return {Kind: e.tagName + "." + (e.getAttribute("class") || ""), Width: r.width, Height: r.height}; })`))
	if err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, b := range boxes {
		if b.Width < 1 || b.Height < 1 {
			t.Errorf("%s drawn %gx%g", b.Kind, b.Width, b.Height)
		}
		kinds[strings.ToLower(b.Kind)]++
	}
	if kinds["svg.chart"] != 1 || kinds["svg.bar"] < 10 || kinds["table."]+kinds["table.kv"] < 5 {
		t.Errorf("charts and tables found: %v", kinds)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser: %s", p)
	}
	for _, u := range requests {
		if u != pageURL {
			t.Errorf("the page requested %s", u)
		}
	}
	png := filepath.Join(dir, name+".png")
	if err := os.WriteFile(png, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("page %s: %d bytes, loaded in %v; screenshot %s (%d bytes)", page, fileSize(page), loaded.Round(time.Millisecond), png, len(shot))
}

func fileSize(p string) int64 {
	fi, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return fi.Size()
}
