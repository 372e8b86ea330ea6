package bounce

import (
	"fmt"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/source"
)

// RuleUsage analyzes every message of src, one after the other, and
// counts the rules that decided their verdicts (for `bounce rules list
// --unused`: the rules no sample exercises). It returns the count and the
// number of messages analyzed. An input that cannot be read, or a message
// named on its own (not found in a directory or mbox) that cannot be
// analyzed, goes to onErr, and the others go on.
func (a *Analyzer) RuleUsage(src source.Source, onErr func(error)) (*classify.Usage, int, error) {
	u := classify.NewUsage()
	n := 0
	err := src.Walk(func(it source.Item) error {
		if it.Err != nil {
			if !source.IsSkipped(it.Err) {
				onErr(it.Err)
			}
			return nil
		}
		recs, err := a.Analyze(it.R, it.Source)
		if err != nil {
			if it.Explicit {
				onErr(fmt.Errorf("%s: %w", it.Source, err))
			}
			return nil
		}
		n++
		u.Add(recs)
		return nil
	})
	return u, n, err
}
