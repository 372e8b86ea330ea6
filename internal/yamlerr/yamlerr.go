// Package yamlerr reads the line out of a YAML syntax error, so that the
// loaders of rules and signs can report it as FILE:LINE like their own.
package yamlerr

import (
	"strconv"
	"strings"
)

// parserProblems are the problems yaml's parser (not its scanner)
// reports. The parser gives the 0-based line of the construct it was
// reading ("line 2" for a flow list opened on line 3); the scanner gives
// the 1-based line of the problem.
var parserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected <stream-start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %TAG directive",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

// Split takes a syntax error of go.yaml.in/yaml/v3 ("yaml: line 2: did
// not find expected ',' or ']'") apart into its 1-based line (0 when it
// gives none) and the rest ("yaml: did not find expected ',' or ']'").
func Split(err error) (line int, msg string) {
	msg = err.Error()
	rest, ok := strings.CutPrefix(msg, "yaml: line ")
	if !ok {
		return 0, msg
	}
	num, problem, ok := strings.Cut(rest, ": ")
	n, convErr := strconv.Atoi(num)
	if !ok || convErr != nil || n < 0 {
		return 0, msg
	}
	for _, p := range parserProblems {
		if problem == p {
			n++
			break
		}
	}
	return n, "yaml: " + problem
}
