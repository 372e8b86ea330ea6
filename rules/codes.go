package rules

import "github.com/bounce-analyzer/bounce/smtpcode"

// ParseCodes pulls the SMTP reply code and the enhanced status code out of
// a diagnostic line; see smtpcode.Find. Examples use it to fill in the
// codes they do not give.
func ParseCodes(text string) (reply, status string) {
	return smtpcode.Find(text)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
