// Command storebench measures the history store: ingesting 25,000 events
// through the store's Sink, and listing the suppressions over 1,000,000
// events, for each pure-Go SQLite driver (modernc.org/sqlite and
// github.com/ncruces/go-sqlite3) and, with -pg DSN, PostgreSQL. It is a
// module of its own so that the driver the store does not use stays out
// of bounce's dependencies.
//
//	cd bench/storebench && go run . [-events 25000] [-list 1000000] [-pg DSN]
//
// The records are the project's sample bounces (testdata/providers and
// testdata/mtas) repeated with distinct recipients, message ids and dates,
// so that every event is new and the reasons are those of real bounces.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "github.com/ncruces/go-sqlite3/driver" // "sqlite3"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/store"
)

func main() {
	events := flag.Int("events", 25000, "events to ingest for the ingest measurement")
	listN := flag.Int("list", 1000000, "events in the store for the list measurement (0: skip)")
	run := flag.Int("run", 1000, "messages per Sink (one transaction each)")
	pg := flag.String("pg", "", "also measure the PostgreSQL database at this DSN (it must be empty)")
	flag.Parse()
	samples, err := loadSamples("../../testdata")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	type target struct{ name, driver, dsn string }
	dir, err := os.MkdirTemp("", "storebench")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	targets := []target{
		{"modernc.org/sqlite", "sqlite", filepath.Join(dir, "modernc")},
		{"ncruces/go-sqlite3", "sqlite3", filepath.Join(dir, "ncruces")},
	}
	if *pg != "" {
		targets = append(targets, target{"postgresql (pgx)", "", *pg})
	}
	fmt.Printf("| backend | ingest %d events (runs of %d) | events/s | ingest %d events | list, all fields | list, addresses only | listed |\n|---|---|---|---|---|---|---|\n", *events, *run, *listN)
	for _, tg := range targets {
		ctx := context.Background()
		open := func(name string) *store.Store {
			dsn := tg.dsn
			if tg.driver != "" {
				dsn = tg.dsn + "-" + name + ".db"
			} else {
				dsn = freshDatabase(tg.dsn, "storebench_"+name)
			}
			s, err := store.Open(ctx, dsn, store.WithSQLiteDriver(tg.driver))
			if err != nil {
				panic(err)
			}
			return s
		}
		s := open("ingest")
		start := time.Now()
		ingest(s, samples, 0, *events, *run)
		ingestTime := time.Since(start)
		s.Close()
		var bigIngest, listTime, briefTime time.Duration
		listed := 0
		if *listN > 0 {
			s = open("list")
			start = time.Now()
			ingest(s, samples, 1_000_000_000, *listN, 10000)
			bigIngest = time.Since(start)
			start = time.Now()
			if err := s.List(ctx, store.ListOptions{}, func(store.Suppression) error { listed++; return nil }); err != nil {
				panic(err)
			}
			listTime = time.Since(start)
			start = time.Now()
			if err := s.List(ctx, store.ListOptions{Brief: true}, func(store.Suppression) error { return nil }); err != nil {
				panic(err)
			}
			briefTime = time.Since(start)
			s.Close()
		}
		fmt.Printf("| %s | %.2f s | %.0f | %.1f s | %.3f s | %.3f s | %d |\n", tg.name, ingestTime.Seconds(),
			float64(*events)/ingestTime.Seconds(), bigIngest.Seconds(), listTime.Seconds(), briefTime.Seconds(), listed)
	}
}

// loadSamples analyzes the sample bounces and returns one record each.
func loadSamples(dir string) ([]classify.Record, error) {
	an := bounce.New()
	var out []classify.Record
	for _, sub := range []string{"providers", "mtas"} {
		files, _ := filepath.Glob(filepath.Join(dir, sub, "*.eml"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			recs, err := an.AnalyzeBytes(b, f)
			if err == nil {
				out = append(out, recs...)
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no samples under %s", dir)
	}
	return out, nil
}

// ingest stores n events made from the samples, from number first on,
// in Sinks of run messages. Four events share a recipient, a day apart.
func ingest(s *store.Store, samples []classify.Record, first, n, run int) {
	base := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; {
		k := s.Sink(context.Background(), store.RunInfo{Mailbox: "bench"})
		for j := 0; j < run && i < n; j, i = j+1, i+1 {
			num := first + i
			r := samples[num%len(samples)]
			r.Recipient = fmt.Sprintf("user%d@%s", num/4, domainOf(r.Recipient))
			r.OriginalMessageID = fmt.Sprintf("<%d@bench.example>", num)
			r.Date = base.Add(time.Duration(num%4) * 24 * time.Hour).Format(time.RFC3339)
			if err := k.Write([]classify.Record{r}); err != nil {
				panic(err)
			}
		}
		if err := k.Commit(); err != nil {
			panic(err)
		}
	}
}

func domainOf(addr string) string {
	for i := len(addr) - 1; i >= 0; i-- {
		if addr[i] == '@' {
			return addr[i+1:]
		}
	}
	return "example.com"
}

// freshDatabase makes an empty database name on the PostgreSQL server of
// admin and returns its DSN.
func freshDatabase(admin, name string) string {
	db, err := sql.Open("pgx", admin)
	if err != nil {
		panic(err)
	}
	defer db.Close()
	if _, err := db.Exec("DROP DATABASE IF EXISTS " + name); err != nil {
		panic(err)
	}
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		panic(err)
	}
	u, err := url.Parse(admin)
	if err != nil {
		panic(err)
	}
	u.Path = "/" + name
	return u.String()
}
