package parser

import (
	"html"
	"strings"
	"unicode/utf8"
)

// htmlToText keeps the words of an HTML part, one block per line. It
// scans for tags instead of running regular expressions over the part;
// FuzzHTMLToText keeps it equal to the expressions it replaced.
func htmlToText(s string) string {
	s = dropScripts(s)
	s = replaceTags(s, "\n", blockTags)
	s = replaceTags(s, " ", cellTags)
	s = replaceTags(s, "", nil)
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return squeezeBlankLines(s)
}

// scriptTags hold no words: their elements are dropped whole.
var scriptTags = []string{"script", "style", "head"}

// blockTags end a line of text.
var blockTags = []string{"br", "/p", "p", "/div", "div", "/tr", "tr", "/li", "li",
	"/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "/table", "hr"}

// cellTags separate the cells of a table row: "<td>To</td><td>bob@…" is
// two words, not "Tobob@…".
var cellTags = []string{"td", "/td", "th", "/th"}

// dropScripts removes each element <script …>…</style >, from an opening
// tag of scriptTags to the first closing tag of one of them.
func dropScripts(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		j += i
		if _, ok := tagNameAt(s, j+1, scriptTags); !ok {
			i = j + 1
			continue
		}
		end := closingScript(s, j+1)
		if end < 0 {
			break // no closing tag after this one, nor after any later
		}
		b.WriteString(s[last:j])
		last, i = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// closingScript returns the end of the first "</script>" (any of
// scriptTags, any case, spaces before '>') at or after i, or -1.
func closingScript(s string, i int) int {
	for {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return -1
		}
		j += i
		for _, name := range scriptTags {
			k, ok := foldedAt(s, j+2, name)
			if !ok {
				continue
			}
			for k < len(s) && isRESpace(s[k]) {
				k++
			}
			if k < len(s) && s[k] == '>' {
				return k + 1
			}
		}
		i = j + 1
	}
}

// replaceTags replaces each tag "<…>" with repl; given names, only the
// tags of those names (spaces allowed after '<').
func replaceTags(s, repl string, names []string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		j += i
		from := j + 1
		if names != nil {
			k := from
			for k < len(s) && isRESpace(s[k]) {
				k++
			}
			end, ok := tagNameAt(s, k, names)
			if !ok {
				i = j + 1
				continue
			}
			from = end
		}
		k := strings.IndexByte(s[from:], '>')
		if k < 0 {
			break // no tag is closed after here
		}
		k += from
		b.WriteString(s[last:j])
		b.WriteString(repl)
		last, i = k+1, k+1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// tagNameAt matches one of names at i, in any case, ending at a word
// boundary, and returns where it ends.
func tagNameAt(s string, i int, names []string) (int, bool) {
	for _, n := range names {
		if end, ok := foldedAt(s, i, n); ok && (end == len(s) || !isWordByte(s[end])) {
			return end, true
		}
	}
	return 0, false
}

// foldedAt matches the ASCII word w at i under Unicode case folding, as
// (?i) does, and returns where the match ends.
func foldedAt(s string, i int, w string) (int, bool) {
	for j := 0; j < len(w); j++ {
		if i >= len(s) {
			return 0, false
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !foldsTo(r, rune(w[j])) {
			return 0, false
		}
		i += n
	}
	return i, true
}

// isWordByte is \w of Go regular expressions.
func isWordByte(c byte) bool { return isAlnum(c) || c == '_' }

// squeezeBlankLines turns each run of two or more blank lines (spaces
// and tabs allowed on them) into one blank line.
func squeezeBlankLines(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			break
		}
		j += i
		n, end := 1, j+1
		for {
			q := end
			for q < len(s) && (s[q] == ' ' || s[q] == '\t') {
				q++
			}
			if q >= len(s) || s[q] != '\n' {
				break
			}
			n, end = n+1, q+1
		}
		if n < 3 {
			i = j + 1
			continue
		}
		b.WriteString(s[last:j])
		b.WriteString("\n\n")
		last, i = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
