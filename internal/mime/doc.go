// Package mime reads the MIME structure of a message quickly: header
// blocks, multipart bodies, transfer encodings, and a line reader that
// mends the line endings and broken header blocks found in bounces.
//
// The types here stand for go-message's (textproto.ReadHeader,
// textproto.MultipartReader, message.New) and give the same results; they
// differ in what they allocate, which for a stream of thousands of
// messages is most of the parser's cost. The Fuzz* tests compare each
// one with the go-message code it replaces. The multipart scanner is
// adapted from go-message; see THIRD_PARTY_LICENSES.md.
package mime
