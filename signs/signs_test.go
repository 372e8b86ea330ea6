package signs

import "testing"

func TestDefaultLoads(t *testing.T) {
	s := Default()
	if len(s.Signatures) == 0 {
		t.Fatal("no signatures")
	}
	for l, info := range Lists {
		if len(s.Words(List(l))) == 0 {
			t.Errorf("list %s is empty", info.Key)
		}
	}
}
