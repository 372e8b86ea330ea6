package record

import (
	"encoding/json"
	"testing"
)

func TestVocabulary(t *testing.T) {
	if len(Reasons()) != 34 {
		t.Errorf("Reasons() has %d names, reasons.md has 34", len(Reasons()))
	}
	if !UserUnknown.Valid() || Reason("UserUnknown").Valid() || Reason("").Valid() {
		t.Error("Valid accepts a name outside the vocabulary or refuses one inside")
	}
	var hard []Reason
	for _, r := range Reasons() {
		if r.Hard() {
			hard = append(hard, r)
		}
	}
	if len(hard) != 4 || hard[0] != UserUnknown || hard[3] != NotAccept {
		t.Errorf("hard reasons = %v, want userunknown hostunknown hasmoved notaccept", hard)
	}
	if Vacation.IsBounce() || Feedback.IsBounce() || Delivered.IsBounce() || !OnHold.IsBounce() {
		t.Error("IsBounce")
	}
	if !ActionRelayed.Final() || ActionDelayed.Final() || ActionFailed.Final() {
		t.Error("Final")
	}
}

// The typed fields must write exactly what plain strings wrote.
func TestRecordJSON(t *testing.T) {
	b, err := json.Marshal(Record{Action: ActionFailed, Reason: MailboxFull})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"source":"","recipient":"","original_recipient":"","action":"failed","status":"","reply_code":"","reason":"mailboxfull","hard":false,"diagnostic":"","reporting_mta":"","remote_mta":"","date":"","sender":"","original_message_id":"","original_subject":"","feedback_type":"","vendor":"","rule":"","esp_type":"","list_id":"","campaign":"","subscriber":"","verp":""}`
	if string(b) != want {
		t.Errorf("got %s\nwant %s", b, want)
	}
	r := Record{Action: ActionDelayed, Reason: Expired, Hard: true}
	v := r.Values()
	if v[3] != "delayed" || v[6] != "expired" || v[7] != "true" || len(v) != len(Fields) {
		t.Errorf("Values() = %q", v)
	}
}
