package bounce_test

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bounce-analyzer/bounce"
)

// largeBounce returns the corpus bounce lhost-postfix-02.eml with a
// returned original that carries a base64 attachment of size bytes, as
// when a bounce returns a message with a big file in it.
func largeBounce(tb testing.TB, size int) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, "eml", "lhost-postfix-02.eml"))
	if err != nil {
		tb.Fatal(err)
	}
	// The original's header ends with its From line; give it a body of
	// two parts instead of "test".
	cut := []byte("From: kijitora@example.jp\n")
	i := bytes.Index(data, cut)
	end := bytes.Index(data, []byte("\n--7874F1FB8E.1403375716/smtp.example.com--"))
	if i < 0 || end < i {
		tb.Fatal("lhost-postfix-02.eml is not as expected")
	}
	var b bytes.Buffer
	b.Grow(size*4/3 + size/38 + len(data) + 1024)
	b.Write(data[:i+len(cut)])
	b.WriteString("To: filtered@example.co.jp\nMessage-Id: <big.1@example.jp>\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"att-boundary\"\n\n" +
		"--att-boundary\nContent-Type: text/plain\n\nThe file is attached.\n\n" +
		"--att-boundary\nContent-Type: application/octet-stream; name=\"big.bin\"\n" +
		"Content-Disposition: attachment; filename=\"big.bin\"\nContent-Transfer-Encoding: base64\n\n")
	chunk := make([]byte, 57) // 76 base64 characters a line
	line := make([]byte, 77)
	for n := 0; n < size; n += len(chunk) {
		for j := range chunk {
			chunk[j] = byte(n + j*7)
		}
		base64.StdEncoding.Encode(line, chunk)
		line[76] = '\n'
		b.Write(line)
	}
	b.WriteString("--att-boundary--\n")
	b.Write(data[end:])
	return b.Bytes()
}

// TestLargeAttachment: a bounce whose returned original has a 5 MB
// attachment gives the records of the same bounce without it.
func TestLargeAttachment(t *testing.T) {
	msg := largeBounce(t, 5<<20)
	a := bounce.New()
	got, err := a.AnalyzeBytes(msg, "big")
	if err != nil {
		t.Fatal(err)
	}
	small, err := os.ReadFile(filepath.Join(corpusDir, "eml", "lhost-postfix-02.eml"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := a.AnalyzeBytes(small, "big")
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		want[i].OriginalMessageID = "big.1@example.jp"
	}
	if len(got) != 2 || !reflect.DeepEqual(got, want) {
		t.Errorf("records differ:\n got  %+v\n want %+v", got, want)
	}
}

// BenchmarkAnalyzeLargeAttachment analyzes a 50 MB bounce, most of it a
// base64 attachment in the returned original.
func BenchmarkAnalyzeLargeAttachment(b *testing.B) {
	msg := largeBounce(b, 37<<20) // 37 MiB of data is 50 MiB of base64
	a := bounce.New()
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		recs, err := a.AnalyzeBytes(msg, "big")
		if err != nil || len(recs) != 2 {
			b.Fatalf("%d records, %v", len(recs), err)
		}
	}
}
