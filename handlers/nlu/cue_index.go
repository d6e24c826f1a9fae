package nlu

// First-word indexes of the longest cue lists: a question of a dozen words
// is looked up a dozen times in a list's index, not once per phrase of the
// list (a hundred phrases, some lists).

// cueIndex maps a first word to the phrases of a list that start with it.
type cueIndex map[string][][]string

func indexCues(list [][]string) cueIndex {
	ix := cueIndex{}
	for _, p := range list {
		if len(p) > 0 {
			ix[p[0]] = append(ix[p[0]], p)
		}
	}
	return ix
}

// in: one of the list's phrases occurs in the tokens.
func (ix cueIndex) in(tokens []string) bool {
	for i, t := range tokens {
		for _, p := range ix[t] {
			if runAt(tokens, i, p) {
				return true
			}
		}
	}
	return false
}

// indexedCues are the indexes of the lists looked up in every question,
// by the list's first phrase and length (a list cut from another shares
// its first phrase); built once, read only.
var indexedCues = indexLists(outOfScope, whyHowCues, whyCues, quantityCues, numberCues, compareCues, reportingCues,
	moneyCues, targetCues, diffCues, shareCues, againstCues, askingCues, checkCues, creditCues, exportCues, grantedCues,
	judgementWords, leadAskCues, legalDocuments, moneyWords, percentCues, progressCues, projectCues, projectWhenCues,
	questionWords, quoteAskCues, rankAsc, rankDesc, rateCues, reasonCues, reportWords, scheduleCues, sourceAskCues,
	stateCues, unstoredMoneyStates, whatAskedCues, whatCues, whenAskedCues, wholeSpanCues, wholeWords, avgCues,
	bothBodiesCues, countedNouns, documentCues, eachUnitWords, exceptCues, greetings, leadCues, missingCues, moneyForCues,
	projectStateWords, rankAll, rankOfCues, ratioCues, recipientCues, reportCountCues, requiredCues, sumCues,
	timeChangeCues, unitDiffCues, whichOfTwo)

// minIndexed: a shorter list is looked up faster phrase by phrase.
const minIndexed = 16

type listKey struct {
	first *[]string
	n     int
}

func indexLists(lists ...[][]string) map[listKey]cueIndex {
	out := make(map[listKey]cueIndex, len(lists))
	for _, l := range lists {
		if len(l) >= minIndexed {
			out[listKey{&l[0], len(l)}] = indexCues(l)
		}
	}
	return out
}

// indexOf is the list's index, if it has one.
func indexOf(list [][]string) (cueIndex, bool) {
	if len(list) == 0 {
		return nil, false
	}
	ix, ok := indexedCues[listKey{&list[0], len(list)}]
	return ix, ok
}
