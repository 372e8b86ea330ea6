package rules

// reasonList is the fixed vocabulary of reasons (see reasons.md in the
// project's shared notes), in the order the table there gives them.
var reasonList = []string{
	"userunknown", "hostunknown", "hasmoved", "notaccept", "mailboxfull",
	"emailtoolarge", "suspend", "systemfull", "systemerror", "mailererror",
	"networkerror", "expired", "ratelimited", "blocked", "requireptr",
	"badreputation", "authfailure", "spamdetected", "virusdetected",
	"policyviolation", "contenterror", "notcompliantrfc", "securityerror",
	"failedstarttls", "norelaying", "rejected", "filtered", "syntaxerror",
	"suppressed", "onhold", "undefined", "delivered", "vacation", "feedback",
}

var reasonSet = func() map[string]bool {
	m := make(map[string]bool, len(reasonList))
	for _, r := range reasonList {
		m[r] = true
	}
	return m
}()

// hardReasons are the reasons for which retrying the same address can never
// succeed, when the failure is permanent (a 5.x.x status).
var hardReasons = map[string]bool{
	"userunknown": true, "hostunknown": true, "hasmoved": true, "notaccept": true,
}

// Reasons returns the reason vocabulary, in the order of reasons.md.
func Reasons() []string {
	return append([]string(nil), reasonList...)
}

// IsReason tells whether name is a reason of the vocabulary.
func IsReason(name string) bool { return reasonSet[name] }

// HardReason tells whether reason is one for which a permanent (5.x.x)
// failure means retrying can never succeed: userunknown, hostunknown,
// hasmoved and notaccept. A rule's Hard field overrides it.
func HardReason(reason string) bool { return hardReasons[reason] }
