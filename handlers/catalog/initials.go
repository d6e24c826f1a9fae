package catalog

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// agencyInitials are the short forms people type for a department: the
// initials of its name after "Sở" ("Sở Tài chính": "sở tc", "stc"; "Sở
// Kế hoạch và Đầu tư": "sở khdt"). A form the normalisation already
// expands ("sở tp" is "sở thành phố") is left out; two departments with
// the same initials share the form, and a question using it is asked back.
// A form that is a unit's own alias (named: "SNV" of Sở Nội vụ) is that
// unit's alone, not also Sở Ngoại vụ's initials.
func agencyInitials(units []queries.Unit, keys map[int64]string, named map[string]bool) []nlu.Term {
	var out []nlu.Term
	for _, u := range units {
		key, ok := keys[u.ID]
		toks := nlu.Normalize(u.Name).Tokens
		if !ok || len(toks) < 3 || toks[0] != "so" {
			continue
		}
		var ini, head strings.Builder
		inHead := true
		for _, w := range toks[1:] {
			if w == "va" {
				inHead = false
				continue
			}
			ini.WriteByte(w[0])
			if inHead {
				head.WriteByte(w[0])
			}
		}
		forms := []string{"so " + ini.String(), "s" + ini.String()}
		if h := head.String(); h != ini.String() && len(h) >= 2 {
			// "SGD": the words before "và" alone ("Sở Giáo dục và Đào tạo").
			forms = append(forms, "s"+h)
		}
		for _, form := range forms {
			if nlu.Normalize(form).Folded == form && !initialsTaken[form] && !named[form] {
				out = append(out, nlu.Term{Owner: key, Folded: form})
			}
		}
	}
	return out
}

// townInitials are the short forms people type for a city or a town: the
// kind's own short form and the initials of its name, apart or joined
// ("Thị xã Hồng Lĩnh": "TX HL", "TXHL"; "Thành phố Hà Tĩnh": "TPHT").
func townInitials(units []queries.Unit, keys map[int64]string) []nlu.Term {
	var out []nlu.Term
	for _, u := range units {
		key, ok := keys[u.ID]
		toks := nlu.Normalize(u.Name).Tokens
		if !ok || len(toks) < 4 {
			continue
		}
		kind, rest := townKinds[toks[0]+" "+toks[1]], toks[2:]
		if kind == "" {
			continue
		}
		var ini strings.Builder
		for _, w := range rest {
			ini.WriteByte(w[0])
		}
		for _, form := range []string{kind + " " + ini.String(), kind + ini.String()} {
			if folded := nlu.Normalize(form).Folded; folded != "" {
				out = append(out, nlu.Term{Owner: key, Folded: folded})
			}
		}
	}
	return out
}

// townKinds are the short forms of the kinds of towns.
var townKinds = map[string]string{"thanh pho": "tp", "thi xa": "tx"}

// districtInitials are the initials people type on a phone for a
// district-level unit's name without its kind ("Can Lộc": "CL", "Hương
// Khê": "HK"), and its first word's initial before the second word ("Thạch
// Hà": "T.Hà"). A form the normalisation reads as something else ("HS" is
// "hồ sơ", "HT" is "Hà Tĩnh") is left out; two units with the same
// initials ("KA": Huyện Kỳ Anh, Thị xã Kỳ Anh) share it and are asked back;
// initials people type for other words are left out too, and returned as
// taken: a question may still mean the unit by them where the other word
// cannot be meant (see Catalog.TakenInitials).
func districtInitials(units []queries.Unit, keys map[int64]string) (terms []nlu.Term, taken map[string][]string) {
	taken = map[string][]string{}
	for _, u := range units {
		key, ok := keys[u.ID]
		if !ok || u.Level != "district" {
			continue
		}
		toks := nlu.Normalize(u.Name).Tokens
		name, kind := toks, ""
		for _, k := range []string{"huyen", "thi xa", "thanh pho"} {
			if kw := strings.Fields(k); len(toks) > len(kw) && strings.Join(toks[:len(kw)], " ") == k {
				name, kind = toks[len(kw):], k
			}
		}
		if len(name) != 2 || len(name[0]) < 2 || len(name[1]) < 2 {
			continue
		}
		initials := name[0][:1] + name[1][:1]
		forms := []string{initials, name[0][:1] + " " + name[1]}
		if kind == "huyen" {
			// "H.KA", "H KA": the district, where the initials are shared
			// with a town of the same name.
			forms = append(forms, "h "+initials, "h"+initials)
		}
		for _, form := range forms {
			if nlu.Normalize(form).Folded != form {
				continue
			}
			if initialsTaken[form] {
				taken[form] = append(taken[form], key)
				continue
			}
			terms = append(terms, nlu.Term{Owner: key, Folded: form})
		}
	}
	return terms, taken
}

// initialsTaken are initials people type for other words: "đt" (điện tử,
// đào tạo), "stt" (số thứ tự). ("nx" ending a message is "nữa": see nlu.Normalize.)
var initialsTaken = map[string]bool{"dt": true, "stt": true}

// comparedWith are what "so" (set against) often precedes, which "sở" folds
// like: a department's head of name that is one is no alias.
var comparedWith = map[string]bool{"ke hoach": true, "muc tieu": true, "chi tieu": true, "cung ky": true}

// agencyHeads are the heads of departments' names, before the first
// comma, "và" or dash, that people say for the whole ("Sở Nông nghiệp" for
// Sở Nông nghiệp và Phát triển nông thôn, "Sở Văn hóa" for Sở Văn hóa,
// Thể thao và Du lịch), when no other unit's name has that head and it is
// no unit's own alias.
func agencyHeads(units []queries.Unit, keys map[int64]string, named map[string]bool) []nlu.Term {
	owners := map[string][]string{}
	for _, u := range units {
		key, ok := keys[u.ID]
		if !ok {
			continue
		}
		head := u.Name
		for _, cut := range []string{",", " và ", " - ", " – "} {
			head, _, _ = strings.Cut(head, cut)
		}
		toks := nlu.Normalize(head).Tokens
		if head == u.Name || len(toks) < 3 || toks[0] != "so" {
			continue
		}
		form := strings.Join(toks, " ")
		if comparedWith[strings.Join(toks[1:], " ")] {
			continue // "so KH 2019": set against the plan, not Sở Kế hoạch
		}
		if !slices.Contains(owners[form], key) {
			owners[form] = append(owners[form], key)
		}
	}
	var out []nlu.Term
	for form, keys := range owners {
		if len(keys) == 1 && !named[form] {
			out = append(out, nlu.Term{Owner: keys[0], Folded: form})
		}
	}
	slices.SortFunc(out, func(a, b nlu.Term) int { return strings.Compare(a.Folded, b.Folded) })
	return out
}
