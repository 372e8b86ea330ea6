package rangeset

import (
	"math/rand"
	"testing"
)

func TestAddMergesAndContains(t *testing.T) {
	var s Set
	for _, n := range []uint32{5, 3, 4, 9, 1, 10, 7} {
		s.Add(n)
	}
	if got := s.String(); got != "1,3:5,7,9:10" {
		t.Fatalf("String = %q", got)
	}
	s.AddRange(6, 8)
	if got := s.String(); got != "1,3:10" {
		t.Fatalf("after 6:8, String = %q", got)
	}
	for n, want := range map[uint32]bool{0: false, 1: true, 2: false, 3: true, 10: true, 11: false} {
		if s.Contains(n) != want {
			t.Errorf("Contains(%d) = %v", n, !want)
		}
	}
}

func TestParseRoundTrip(t *testing.T) {
	s, err := Parse("9,1:3,5:4")
	if err != nil {
		t.Fatal(err)
	}
	if got := s.String(); got != "1:5,9" {
		t.Fatalf("String = %q", got)
	}
	for _, bad := range []string{"0", "1:x", ",", "4294967296"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

// TestAgainstMap checks the set against a plain map on random additions.
func TestAgainstMap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var s Set
	m := map[uint32]bool{}
	for range 2000 {
		lo := uint32(rng.Intn(300) + 1)
		hi := lo + uint32(rng.Intn(4))
		s.AddRange(lo, hi)
		for n := lo; n <= hi; n++ {
			m[n] = true
		}
	}
	for n := uint32(0); n < 320; n++ {
		if s.Contains(n) != m[n] {
			t.Fatalf("Contains(%d) = %v, want %v", n, !m[n], m[n])
		}
	}
	for i := 1; i < len(s); i++ {
		if s[i-1].Hi+1 >= s[i].Lo {
			t.Fatalf("ranges %v and %v not merged", s[i-1], s[i])
		}
	}
}
