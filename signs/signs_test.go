package signs

import (
	"errors"
	"strings"
	"testing"
)

// The embedded file loads, and so keeps every entry's examples and
// counter-examples (Parse checks them).
func TestDefaultLoads(t *testing.T) {
	s, err := Parse(DefaultSource, defaultYAML)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Signatures) == 0 {
		t.Fatal("no signatures")
	}
	for l, info := range Lists {
		if len(s.Words(List(l))) == 0 {
			t.Errorf("list %s is empty", info.Key)
		}
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	for _, c := range []struct{ yaml, want string }{
		{"signs:\n  bounce_subject:\n    words: [x]\n", `u.yaml:2: signs: unknown key "bounce_subject"`},
		{"signs:\n  delay:\n    words: [will retry]\n    examples: [\"we gave up\"]\n", `u.yaml:4: signs: delay: example "we gave up" matches none of the words`},
		{"signs:\n  delay:\n    words: [will retry]\n    examples: [\"we will retry\"]\n    not: [\"it will retry later\"]\n", `u.yaml:5: signs: delay: counter-example "it will retry later" matches a word`},
		{"signs:\n  delay:\n    words: [\"\"]\n    examples: [x]\n", `u.yaml:3: signs: delay: an empty word would match everything`},
		{"signs:\n  delay:\n    examples: [x]\n", `u.yaml:3: signs: delay: missing 'words'`},
		{"signs:\n  signatures:\n    - vendor: gw\n      words: [\"\"]\n      evidence: bounce\n      examples: [x]\n", `u.yaml:3: signs: signatures[0]: an empty word matches any notice: give a header for it`},
		{"signs:\n  signatures:\n    - vendor: gw\n      words: [gw notice]\n      evidence: bounce\n", `u.yaml:3: signs: signatures[0]: missing 'examples'`},
		{"signs:\n  signatures:\n    - vendor: gw\n      header: \"X-Gw: 1\"\n      words: [x]\n      evidence: bounce\n      examples: [x]\n", `u.yaml:4: signs: signatures[0]: "X-Gw: 1" is no header field name`},
		{"signs:\n  signatures:\n    - vendor: GW\n      words: [x]\n      evidence: bounce\n      examples: [x]\n", `u.yaml:3: signs: signatures[0]: vendor "GW": want a lower-case name`},
		{"signs:\n  auto_reply_fields:\n    words: [\"X-Away: yes\"]\n    examples: [\"X-Away: yes\"]\n", `u.yaml:3: signs: auto_reply_fields: "X-Away: yes" is no header field name`},
		{"other: 1\n", `u.yaml:1: signs: unknown key "other" (want 'signs')`},
		{"signs:\n  delay:\n    words: [will retry\n    examples: [x]\n", `u.yaml:3: signs: yaml: did not find expected ',' or ']'`},
		{"signs:\n  signatures:\n    - vendor: gw\n      words: [gw notice, gw notice]\n      evidence: bounce\n      examples: [gw notice]\n", `u.yaml:4: signs: signatures[0]: word "gw notice" given twice`},
	} {
		s, err := Parse("u.yaml", []byte(c.yaml))
		if err == nil || s != nil {
			t.Errorf("%q: want an error and nothing loaded, got %v", c.yaml, s)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q:\nerror %q\nwant  %q", c.yaml, err, c.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "u.yaml" {
			t.Errorf("%q: not a ParseError naming the file: %#v", c.yaml, err)
		}
	}
}

// A user's words are added to the defaults; a user's signatures come
// first, so they win over a default signature of the same text.
func TestMerge(t *testing.T) {
	user, err := Parse("u.yaml", []byte(`signs:
  signatures:
    - vendor: gw
      words: [microsoft exchange relay]
      evidence: bounce
      examples: ["Microsoft Exchange relay notice"]
  bounce_subjects:
    words: [not handed over]
    examples: ["Message not handed over"]
`))
	if err != nil {
		t.Fatal(err)
	}
	d := Default()
	m := Merge(d, nil, user)
	if m.Signatures[0].Vendor != "gw" || len(m.Signatures) != len(d.Signatures)+1 {
		t.Errorf("user signature not first: %v … (%d)", m.Signatures[0], len(m.Signatures))
	}
	subj := m.Words(BounceSubjects)
	if len(subj) != len(d.Words(BounceSubjects))+1 || subj[len(subj)-1] != "not handed over" {
		t.Errorf("bounce subjects not added to: %v", subj)
	}
	if Merge(d) != d || Merge(d, nil) != d {
		t.Error("Merge without sections should return the base")
	}
	if len(d.Words(BounceSubjects)) == len(subj) {
		t.Error("Merge changed the defaults")
	}
}

func TestMatchKinds(t *testing.T) {
	for _, c := range []struct {
		kind  Kind
		words []string
		text  string
		want  bool
	}{
		{Contains, []string{"returned mail"}, "Returned mail: see transcript", true},
		{Prefix, []string{"automatic reply:"}, "  Automatic reply: hello", true},
		{Prefix, []string{"automatic reply:"}, "Re: Automatic reply: hello", false},
		{Field, []string{"X-Autoreply"}, "x-autoreply: yes", true},
		{Field, []string{"X-Autoreply"}, "X-Autoreply-Not: yes", false},
		{Marker, []string{"original message"}, "----- Original Message -----", true},
		{Marker, []string{"original message"}, "The original message was large", false},
		{Marker, []string{"copy of the message"}, "=== Below is a copy of the message ===", true},
		{BareMarker, []string{"original message"}, "----- Original Message -----", true},
		{BareMarker, []string{"original message"}, "Original message:", true},
		{BareMarker, []string{"original message"}, "Original message could not be delivered to the handset.", false},
	} {
		if got := Match(c.kind, c.words, c.text); got != c.want {
			t.Errorf("Match(%v, %q, %q) = %v", c.kind, c.words, c.text, got)
		}
	}
}

// A bare marker is one only at the end of its line or before a follower
// ("Original message follows"); a user's file may say so with a true
// counter-example, which the loader accepts.
func TestBareMarkers(t *testing.T) {
	u, err := Parse("u.yaml", []byte(`signs:
  bare_markers:
    words: [mensaje original]
    examples: ["Mensaje original follows", "--- Mensaje original ---"]
    not: ["Mensaje original no entregado al destinatario"]
`))
	if err != nil {
		t.Fatal(err)
	}
	m := Merge(Default(), u)
	ex, not := m.Examples(BareMarkers)
	if !containsWord(ex, "Mensaje original follows") || !containsWord(not, "Mensaje original no entregado al destinatario") {
		t.Errorf("merged bare_markers examples %q, not %q", ex, not)
	}
	for _, e := range ex {
		if !MatchBareMarker(m.Words(BareMarkers), m.Words(MarkerFollowers), nil, e) {
			t.Errorf("merged example %q does not match", e)
		}
	}
	_, err = Parse("u.yaml", []byte("signs:\n  original_markers:\n    words: [original message]\n    examples: [\"Original message\"]\n    not: [\"Original message could not be delivered to the handset.\"]\n"))
	if err == nil || !strings.Contains(err.Error(), "counter-example") {
		t.Errorf("an original marker matches its whole line's start: want the counter-example refused, got %v", err)
	}
}

// FuzzParse: any input gives signs or an error naming the file, never a
// panic; what loads keeps its examples.
func FuzzParse(f *testing.F) {
	f.Add([]byte(defaultYAML))
	f.Add([]byte("signs:\n  delay:\n    words: [will retry]\n    examples: [\"we will retry\"]\n"))
	f.Add([]byte("signs:\n  signatures:\n    - vendor: gw\n      header: X-Gw\n      words: [\"\"]\n      evidence: stamp\n      examples: [x]\n"))
	f.Add([]byte("signs: &a\n  delay: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("f.yaml", data)
		if err != nil {
			if s != nil || !strings.HasPrefix(err.Error(), "f.yaml") {
				t.Fatalf("error %q with signs %v", err, s)
			}
			return
		}
		for _, sig := range s.Signatures {
			for _, e := range sig.Examples {
				if !sig.Matches(e) {
					t.Fatalf("loaded signature %v misses its example %q", sig, e)
				}
			}
		}
		for l, info := range Lists {
			ex, _ := s.Examples(List(l))
			for _, e := range ex {
				ok := Match(info.Kind, s.Words(List(l)), e)
				if info.Kind == BareMarker {
					followers := append(append([]string(nil), s.Words(MarkerFollowers)...), Default().Words(MarkerFollowers)...)
					ok = MatchBareMarker(s.Words(List(l)), followers, nil, e)
				}
				if !ok {
					t.Fatalf("loaded list %s misses its example %q", info.Key, e)
				}
			}
		}
	})
}

// A user's section can take a default word out of a list (a subject its
// people write, say), but only a default word: a typo is an error.
func TestRemove(t *testing.T) {
	user, err := Parse("u.yaml", []byte(`signs:
  bounce_subjects:
    remove: [delivery report]
`))
	if err != nil {
		t.Fatal(err)
	}
	m := Merge(Default(), user)
	if Match(Contains, m.Words(BounceSubjects), "Weekly delivery report for March") {
		t.Error("removed word still matches")
	}
	if !Match(Contains, m.Words(BounceSubjects), "Undelivered Mail Returned to Sender") {
		t.Error("other words lost")
	}
	ex, _ := m.Examples(BounceSubjects)
	for _, e := range ex {
		if !Match(Contains, m.Words(BounceSubjects), e) {
			t.Errorf("merged examples keep %q, which no word matches any more", e)
		}
	}
	_, err = Parse("u.yaml", []byte("signs:\n  bounce_subjects:\n    remove: [delivery reprot]\n"))
	if err == nil || !strings.Contains(err.Error(), `u.yaml:3: signs: bounce_subjects: cannot remove "delivery reprot": not a default word of bounce_subjects`) {
		t.Errorf("typo in remove: got %v", err)
	}
}
