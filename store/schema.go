package store

import "strings"

// The schema is the same for both backends but for the few words in
// which their SQL differs: the dialect fills them in. Times are Unix
// seconds (UTC) in BIGINT columns and flags are 0/1 INTEGERs, so that
// both read and compare them alike.

// migrations are applied in order on Open; migration i brings the schema
// to version i+1. Never change one that has shipped: add the next.
var migrations = []string{
	// 1: events, overrides by hand, the suppression list, counters.
	`CREATE TABLE events (
		id {{ID}},
		key TEXT NOT NULL UNIQUE,
		at BIGINT NOT NULL,
		recipient TEXT NOT NULL,
		domain TEXT NOT NULL,
		reason TEXT NOT NULL,
		hard INTEGER NOT NULL,
		action TEXT NOT NULL,
		status TEXT NOT NULL,
		reply_code TEXT NOT NULL,
		feedback_type TEXT NOT NULL,
		vendor TEXT NOT NULL,
		remote_mta TEXT NOT NULL,
		reporting_mta TEXT NOT NULL,
		source TEXT NOT NULL,
		message_id TEXT NOT NULL,
		mailbox TEXT NOT NULL,
		diagnostic TEXT NOT NULL,
		stored_at BIGINT NOT NULL
	);
	CREATE INDEX events_recipient ON events (recipient, at);
	CREATE INDEX events_at ON events (at);
	CREATE TABLE overrides (
		id {{ID}},
		address TEXT NOT NULL,
		at BIGINT NOT NULL,
		kind TEXT NOT NULL,
		note TEXT NOT NULL
	);
	CREATE INDEX overrides_address ON overrides (address, at);
	CREATE TABLE suppressions (
		address TEXT PRIMARY KEY,
		suppressed INTEGER NOT NULL,
		kind TEXT NOT NULL,
		reason TEXT NOT NULL,
		since BIGINT NOT NULL,
		until BIGINT NOT NULL,
		why TEXT NOT NULL,
		seq BIGINT NOT NULL
	);
	CREATE INDEX suppressions_seq ON suppressions (seq);
	CREATE TABLE counters (
		name TEXT PRIMARY KEY,
		value BIGINT NOT NULL
	);
	INSERT INTO counters (name, value) VALUES ('change', 0), ('exported', 0);
	CREATE TABLE settings (
		name TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);
	INSERT INTO settings (name, value) VALUES ('policy', '');`,
	// 2: what ties an event to the mail it returns (package campaign).
	`ALTER TABLE events ADD COLUMN list_id TEXT NOT NULL DEFAULT '';
	ALTER TABLE events ADD COLUMN campaign TEXT NOT NULL DEFAULT '';
	ALTER TABLE events ADD COLUMN subscriber TEXT NOT NULL DEFAULT '';
	ALTER TABLE events ADD COLUMN verp TEXT NOT NULL DEFAULT '';`,
	// 3: an event counts against its VERP address too (see the package
	// doc): the index finds an address's events by it, and the setting
	// has Open evaluate the VERP addresses of the events stored before,
	// once.
	`CREATE INDEX events_verp ON events (verp, at);
	INSERT INTO settings (name, value) VALUES ('verp-counted', '');`,
}

// eventColumns are the columns of an event as the store writes them, in
// the order of (*Event).values.
const eventColumns = "key, at, recipient, domain, reason, hard, action, status, reply_code, " +
	"feedback_type, vendor, remote_mta, reporting_mta, source, message_id, mailbox, diagnostic, stored_at, " +
	"list_id, campaign, subscriber, verp"

var numEventColumns = strings.Count(eventColumns, ",") + 1

func (ev *Event) values(storedAt int64) []any {
	hard := 0
	if ev.Hard {
		hard = 1
	}
	return []any{ev.Key, ev.Time.Unix(), ev.Recipient, ev.Domain, ev.Reason, hard, ev.Action,
		ev.Status, ev.ReplyCode, ev.FeedbackType, ev.Vendor, ev.RemoteMTA, ev.ReportingMTA,
		ev.Source, ev.MessageID, ev.Mailbox, ev.Diagnostic, storedAt,
		ev.ListID, ev.Campaign, ev.Subscriber, ev.VERP}
}

// dialect is what differs between SQLite and PostgreSQL.
type dialect struct {
	name       string // "sqlite" or "postgres"
	driver     string // database/sql driver name
	id         string // an auto-numbered primary key
	dollarArgs bool   // $1, $2 … instead of ?
	// lockMigrations serializes migrations between processes inside the
	// migration transaction ("" when the transaction itself does).
	lockMigrations string
}

var sqliteDialect = dialect{
	name: "sqlite", driver: "sqlite",
	id: "INTEGER PRIMARY KEY",
}

var postgresDialect = dialect{
	name: "postgres", driver: "pgx",
	id: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", dollarArgs: true,
	lockMigrations: "SELECT pg_advisory_xact_lock(7274150463)",
}

// ddl fills the dialect's words into a migration.
func (d *dialect) ddl(s string) string {
	return strings.ReplaceAll(s, "{{ID}}", d.id)
}

// q rewrites a query written with ? placeholders for the dialect.
func (d *dialect) q(s string) string {
	if !d.dollarArgs {
		return s
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(itoa(n))
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
