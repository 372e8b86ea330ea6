// Package smtpcode finds SMTP reply codes (RFC 5321) and enhanced mail
// system status codes (RFC 3463) in the free text of a server reply, and
// tells what they mean in English and Chinese (DescribeReply,
// DescribeStatus).
package smtpcode

// FindStatus returns the enhanced status code Find sees in text.
func FindStatus(text string) string {
	_, s := Find(text)
	return s
}

// FindReply returns the SMTP reply code Find sees in text.
func FindReply(text string) string {
	r, _ := Find(text)
	return r
}

// Class returns the class digit of a reply or status code: '2', '4',
// '5', or 0 when code is empty.
func Class(code string) byte {
	if code == "" {
		return 0
	}
	return code[0]
}
