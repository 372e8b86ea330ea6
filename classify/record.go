package classify

import "github.com/bounce-analyzer/bounce/record"

// Record is the verdict on one recipient; it lives in package record so
// that report writers need not import the classifier.
type Record = record.Record

// Fields lists the record's field names in report order (the CSV header).
var Fields = record.Fields
