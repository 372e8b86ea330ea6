package rules

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// Examples counts the examples and counter-examples of the set's rules.
func (s *Set) Examples() int {
	n := 0
	for _, r := range s.order {
		n += len(r.Examples) + len(r.CounterExamples)
	}
	return n
}

// WriteTest runs the examples of the set (Test), writes each failure and
// a summary line to w, and returns the number of failures.
func (s *Set) WriteTest(w io.Writer) (int, error) {
	failures := s.Test()
	for _, f := range failures {
		if _, err := fmt.Fprintln(w, f.String()); err != nil {
			return len(failures), err
		}
	}
	var err error
	if len(failures) == 0 {
		_, err = fmt.Fprintf(w, "%d rules, %d examples: all pass\n", s.Len(), s.Examples())
	} else {
		_, err = fmt.Fprintf(w, "%d of %d examples fail\n", len(failures), s.Examples())
	}
	return len(failures), err
}

// WriteList writes rules as a table, one a line: id, reason, tier
// (number and name), priority and where the rule is defined.
func WriteList(w io.Writer, list []*Rule) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tREASON\tTIER\tPRIORITY\tSOURCE")
	for _, r := range list {
		fmt.Fprintf(tw, "%s\t%s\t%d %s\t%d\t%s\n", r.ID, r.Reason, int(r.Tier()), r.Tier(), r.Priority, r.Source)
	}
	return tw.Flush()
}
