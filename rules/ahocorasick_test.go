package rules

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

func naiveFind(patterns []string, text string) []int {
	first := map[string]int{}
	var out []int
	for i, p := range patterns {
		if p == "" {
			continue
		}
		if _, dup := first[p]; dup {
			continue
		}
		first[p] = i
		if strings.Contains(text, p) {
			out = append(out, i)
		}
	}
	return out
}

func TestACSimple(t *testing.T) {
	pats := []string{"he", "she", "his", "hers", "", "he", "用户", "不存在", "x"}
	m := newAC(pats)
	cases := map[string][]int{
		"ushers":       {0, 1, 3},
		"":             {},
		"h":            {},
		"该用户不存在":       {6, 7},
		"hishe":        {0, 1, 2},
		"xxxx":         {8},
		"ahishersheis": {0, 1, 2, 3},
	}
	for text, want := range cases {
		got := m.findAll([]byte(text))
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findAll(%q) = %v, want %v", text, got, want)
		}
	}
	// Occurrence ends are right.
	var ends []int
	newAC([]string{"aa"}).scan([]byte("aaaa"), func(id int32, end int) { ends = append(ends, end) })
	if !reflect.DeepEqual(ends, []int{2, 3, 4}) {
		t.Errorf("ends of aa in aaaa = %v", ends)
	}
}

func TestACRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alpha := []string{"abc", "ab", "abcdefgh", "a b.", "ab\xe7\x94\xa8"}
	randStr := func(a string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = a[rng.Intn(len(a))]
		}
		return string(b)
	}
	for round := 0; round < 300; round++ {
		a := alpha[round%len(alpha)]
		np := 1 + rng.Intn(40)
		pats := make([]string, np)
		for i := range pats {
			pats[i] = randStr(a, rng.Intn(7))
		}
		m := newAC(pats)
		for k := 0; k < 20; k++ {
			text := randStr(a, rng.Intn(200))
			got := m.findAll([]byte(text))
			want := naiveFind(pats, text)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("patterns %q, text %q: got %v, want %v", pats, text, got, want)
			}
		}
	}
}

// A node with many edges uses binary search; check it against the naive
// search too.
func TestACWideNodes(t *testing.T) {
	var pats []string
	for c := 0; c < 256; c += 3 {
		pats = append(pats, "q"+string(rune('a'+c%26))+string([]byte{byte(c)}))
	}
	m := newAC(pats)
	rng := rand.New(rand.NewSource(2))
	for k := 0; k < 500; k++ {
		b := make([]byte, 100)
		for i := range b {
			if rng.Intn(3) == 0 {
				b[i] = 'q'
			} else {
				b[i] = byte(rng.Intn(256))
			}
		}
		got := m.findAll(b)
		want := naiveFind(pats, string(b))
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("text %q: got %v, want %v", b, got, want)
		}
	}
}

func BenchmarkAC(b *testing.B) {
	s := Default()
	text := []byte(strings.ToLower(benchTexts[1].Text))
	b.SetBytes(int64(len(text)))
	n := 0
	for i := 0; i < b.N; i++ {
		s.ac.scan(text, func(int32, int) { n++ })
	}
}
