package esp

import (
	"encoding/json"
	"errors"
	"fmt"
)

// decodeValue recognises the provider of one JSON value by its keys and
// returns its events: none for an event of a type that says nothing of a
// failure (counted in st), several for an events page or an SNS envelope.
func decodeValue(raw json.RawMessage, st *Stats) ([]Event, error) {
	if len(raw) == 0 || raw[0] != '{' {
		if len(raw) > 0 && raw[0] == '[' {
			// An array inside an array (a batch of batches).
			var items []json.RawMessage
			if err := json.Unmarshal(raw, &items); err != nil {
				return nil, err
			}
			return decodeAll(items, st)
		}
		return nil, fmt.Errorf("not an event: a JSON %s, want an object", kindOf(raw))
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil {
		return nil, err
	}
	has := func(k string) bool { _, ok := keys[k]; return ok }
	switch {
	case has("TopicArn") && has("Message") && has("Type"):
		return decodeSNS(keys, st)
	case has("notificationType") || has("eventType") && has("mail"):
		return one(decodeSES(raw, st))
	case has("event-data"):
		return one(decodeMailgun(keys["event-data"], st))
	case has("items") && has("paging"):
		var items []json.RawMessage
		if err := json.Unmarshal(keys["items"], &items); err != nil {
			return nil, fmt.Errorf("mailgun events page: %w", err)
		}
		return decodeAll(items, st)
	case has("RecordType"):
		return one(decodePostmark(raw, st))
	case has("event") && has("recipient") && (has("severity") || has("log-level") || has("delivery-status")):
		return one(decodeMailgun(raw, st))
	case has("event") && has("email") && (has("sg_event_id") || has("sg_message_id") || has("smtp-id")):
		return one(decodeSendGrid(raw, st))
	case has("event") && has("email") && (has("message-id") || has("ts_event") || has("ts_epoch") || has("camp_id") || has("date_event")):
		return one(decodeBrevo(raw, st))
	case has("event") && has("email") && has("timestamp"):
		// SendGrid's minimal documented event (no ids in test posts).
		return one(decodeSendGrid(raw, st))
	}
	st.ignore("unknown")
	return nil, nil
}

// decodeAll decodes the values of an array: the events of the good ones,
// and an error naming the bad ones.
func decodeAll(items []json.RawMessage, st *Stats) ([]Event, error) {
	var out []Event
	var errs []error
	for i, it := range items {
		evs, err := decodeValue(it, st)
		if err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", i, err))
			continue
		}
		out = append(out, evs...)
	}
	return out, errors.Join(errs...)
}

func one(ev *Event, err error) ([]Event, error) {
	if err != nil || ev == nil {
		return nil, err
	}
	return []Event{*ev}, nil
}

func kindOf(raw []byte) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}
