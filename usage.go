package bounce

import (
	"context"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/source"
)

// RuleUsage analyzes every message of src, as AnalyzeAll does (ESP event
// files included), and counts the rules that decided their verdicts (for
// `bounce rules list --unused`: the rules no sample exercises). It returns
// the count and the number of messages analyzed. A message or input that
// cannot be read or analyzed goes to onErr (what a directory walk only
// skips does not), and the others go on. ctx ending stops the run with
// ctx's error.
func (a *Analyzer) RuleUsage(ctx context.Context, src source.Source, onErr func(error)) (*classify.Usage, int, error) {
	u := classify.NewUsage()
	n := 0
	err := a.AnalyzeAll(ctx, src, func(res Result) error {
		if res.Err != nil {
			if !res.Skipped {
				onErr(res.Err)
			}
			return nil
		}
		n++
		u.Add(res.Records)
		return nil
	})
	return u, n, err
}
