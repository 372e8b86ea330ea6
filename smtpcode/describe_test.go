package smtpcode

import (
	"fmt"
	"strings"
	"testing"
)

// The reply codes of RFC 5321 and the common extras.
var rfcReplies = []string{
	"211", "214", "220", "221", "250", "251", "252", "354",
	"421", "450", "451", "452", "455",
	"500", "501", "502", "503", "504", "550", "551", "552", "553", "554", "555",
	// AUTH, STARTTLS, RFC 7504, and 571 of some Windows servers.
	"432", "454", "530", "534", "535", "538", "521", "556", "571",
}

func TestDescribeReplyKnown(t *testing.T) {
	for _, c := range rfcReplies {
		m, ok := DescribeReply(c)
		if !ok || m.Code != c || m.EN == "" || m.ZH == "" {
			t.Errorf("DescribeReply(%q) = %+v, %v", c, m, ok)
		}
		if _, listed := replyMeanings[c]; !listed {
			t.Errorf("reply %s has no meaning of its own", c)
		}
	}
}

func TestDescribeReplyGeneric(t *testing.T) {
	m, ok := DescribeReply("599")
	if !ok || !strings.Contains(m.EN, "Not a reply code defined") || !strings.Contains(m.EN, "permanent") || m.ZH == "" {
		t.Errorf("DescribeReply(599) = %+v, %v", m, ok)
	}
	m, ok = DescribeReply("589")
	if !ok || !strings.Contains(m.EN, "does not define") {
		t.Errorf("DescribeReply(589) = %+v, %v", m, ok)
	}
	m, ok = DescribeReply(" 441 ")
	if !ok || m.Code != "441" || !strings.Contains(m.EN, "transient") {
		t.Errorf("DescribeReply(441) = %+v, %v", m, ok)
	}
}

func TestDescribeReplyMalformed(t *testing.T) {
	for _, c := range []string{"", "55", "5500", "abc", "150", "600", "650", "5.1", "55a", "5 0"} {
		if m, ok := DescribeReply(c); ok {
			t.Errorf("DescribeReply(%q) = %+v, true; want false", c, m)
		}
	}
}

// registered lists the subject.detail pairs the registry defines.
func registered() []string {
	var out []string
	for s, n := range map[int]int{0: 0, 1: 10, 2: 4, 3: 6, 4: 7, 5: 6, 6: 10, 7: 30} {
		for d := 0; d <= n; d++ {
			out = append(out, fmt.Sprintf("%d.%d", s, d))
		}
	}
	return out
}

func TestDescribeStatusRegistered(t *testing.T) {
	for _, sd := range registered() {
		if _, ok := statusDetails[sd]; !ok {
			t.Errorf("X.%s has no meaning of its own", sd)
		}
		for _, class := range []string{"2", "4", "5"} {
			code := class + "." + sd
			m, ok := DescribeStatus(code)
			if !ok || m.Code != code || m.EN == "" || m.ZH == "" {
				t.Errorf("DescribeStatus(%q) = %+v, %v", code, m, ok)
			}
			if strings.Contains(m.EN, "not in the IANA registry") {
				t.Errorf("DescribeStatus(%q) calls a registered code unregistered: %s", code, m.EN)
			}
		}
	}
}

func TestDescribeStatusClasses(t *testing.T) {
	for code, want := range map[string]string{
		"2.0.0": "Success",
		"4.2.2": "transient",
		"5.1.1": "Permanent",
	} {
		m, _ := DescribeStatus(code)
		if !strings.Contains(m.EN, want) {
			t.Errorf("DescribeStatus(%q).EN = %q; want %q in it", code, m.EN, want)
		}
	}
	m, _ := DescribeStatus("5.1.1")
	if !strings.Contains(m.EN, "mailbox") || !strings.Contains(m.ZH, "信箱") {
		t.Errorf("DescribeStatus(5.1.1) = %+v", m)
	}
}

func TestDescribeStatusUnregistered(t *testing.T) {
	// X.1.11–X.1.15 are not in the registry; they are explained by class
	// and subject.
	for d := 11; d <= 15; d++ {
		for _, class := range []string{"2", "4", "5"} {
			code := fmt.Sprintf("%s.1.%d", class, d)
			m, ok := DescribeStatus(code)
			if !ok || m.EN == "" || m.ZH == "" || !strings.Contains(m.EN, "addressing") {
				t.Errorf("DescribeStatus(%q) = %+v, %v", code, m, ok)
			}
		}
	}
	m, ok := DescribeStatus("5.7.606")
	if !ok || !strings.Contains(m.EN, "not in the IANA registry") || !strings.Contains(m.EN, "security or policy") ||
		!strings.Contains(m.EN, "Microsoft") || !strings.Contains(m.ZH, "Microsoft") || !strings.Contains(m.EN, "Permanent") {
		t.Errorf("DescribeStatus(5.7.606) = %+v, %v", m, ok)
	}
	m, ok = DescribeStatus("4.4.316")
	if !ok || !strings.Contains(m.EN, "network and routing") || !strings.Contains(m.EN, "Microsoft") {
		t.Errorf("DescribeStatus(4.4.316) = %+v, %v", m, ok)
	}
	m, ok = DescribeStatus("5.2.99")
	if !ok || strings.Contains(m.EN, "Microsoft") || !strings.Contains(m.EN, "mailbox") {
		t.Errorf("DescribeStatus(5.2.99) = %+v, %v", m, ok)
	}
	m, ok = DescribeStatus("5.9.1")
	if !ok || !strings.Contains(m.EN, "subject 9 is not defined") || m.ZH == "" {
		t.Errorf("DescribeStatus(5.9.1) = %+v, %v", m, ok)
	}
}

func TestDescribeStatusMalformed(t *testing.T) {
	for _, c := range []string{
		"", "5", "5.1", "5.1.", ".1.1", "5..1", "3.1.1", "6.0.0", "1.1.1",
		"5.1.1.1", "5.1000.1", "5.1.1000", "5.01.1", "5.1.01", "x.1.1",
		"5.a.1", "5.1.1a", "55.1.1", "5,1,1", "5.1.-1", "5.+1.1",
	} {
		if m, ok := DescribeStatus(c); ok {
			t.Errorf("DescribeStatus(%q) = %+v, true; want false", c, m)
		}
	}
}

// Every text is a whole sentence or two: no table entry is empty.
func TestDescribeTables(t *testing.T) {
	check := func(what string, w words) {
		if strings.TrimSpace(w.en) == "" || strings.TrimSpace(w.zh) == "" {
			t.Errorf("%s: empty meaning %+v", what, w)
		}
	}
	for k, w := range replyMeanings {
		check("reply "+k, w)
	}
	for k, w := range statusDetails {
		check("status X."+k, w)
	}
	for k, w := range statusClasses {
		check("class "+string(k), w)
	}
	for k, w := range statusSubjects {
		check(fmt.Sprint("subject ", k), w)
	}
}
