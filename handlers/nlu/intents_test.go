package nlu

import "testing"

// TestEveryIntentIsRegistered: the language-model tools come from the
// registry, so every intent the rules produce must be in it, with its slots
// naming fields of Parse.
func TestEveryIntentIsRegistered(t *testing.T) {
	for _, name := range []string{IntentValue, IntentTarget, IntentCompare, IntentRanking, IntentReporting,
		IntentFunding, IntentProject, IntentProjects} {
		spec, ok := IntentByName(name)
		if !ok || spec.Description == "" || len(spec.Slots) == 0 {
			t.Errorf("intent %s: %+v", name, spec)
		}
	}
	parseFields := map[string]bool{"indicators": true, "units": true, "level": true, "periods": true, "measure": true,
		"order": true, "top": true, "projects": true, "funding": true, "status": true, "count": true, "missing": true}
	for _, in := range Intents {
		for _, s := range in.Slots {
			if !parseFields[s.Name] {
				t.Errorf("intent %s: slot %s is no field of Parse", in.Name, s.Name)
			}
		}
	}
}
