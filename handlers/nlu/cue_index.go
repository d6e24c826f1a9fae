package nlu

// Indexes of the cue lists looked up in every question. A question's words
// are looked up once in the dictionary of the lists' first words (a bit
// each); a list is then scanned by those bits, not by a lookup of each
// phrase's first word, and the text of a phrase is compared only where
// its first word is in the question.

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

// indexedList is a list's index by first word, and the number of each
// phrase's first word in the dictionary of first words.
type indexedList struct {
	byFirst cueIndex
	firstID []int
}

type listKey struct {
	first *[]string
	n     int
}

// cueLists are the lists indexed, by first phrase and length (a list cut
// from another shares its first phrase), and cueFirstWords the dictionary of
// their first words; built once, read only.
var cueLists, cueFirstWords = indexLists(outOfScope, whyHowCues, whyCues, quantityCues, numberCues, compareCues, reportingCues,
	moneyCues, targetCues, diffCues, shareCues, againstCues, askingCues, checkCues, creditCues, exportCues, grantedCues,
	judgementWords, leadAskCues, legalDocuments, moneyWords, percentCues, progressCues, projectCues, projectWhenCues,
	questionWords, quoteAskCues, rankAsc, rankDesc, rateCues, reasonCues, reportWords, scheduleCues, sourceAskCues,
	stateCues, unstoredMoneyStates, spentStates, whatAskedCues, whatCues, whenAskedCues, wholeSpanCues, wholeWords, avgCues,
	bothBodiesCues, countedNouns, documentCues, eachUnitWords, exceptCues, greetings, leadCues, missingCues, moneyForCues,
	projectStateWords, rankAll, rankOfCues, ratioCues, recipientCues, reportCountCues, requiredCues, mustReportCues, sumCues,
	timeChangeCues, unitDiffCues, whichOfTwo, unlistedBodies, profileCues, unsentCues, translationCues, reverseCues, boundChangeCues, perCues,
	rankMoveCues, spreadCues, sentShareCues, storedElsewhereCues)

func indexLists(lists ...[][]string) (map[listKey]indexedList, map[string]int) {
	out := make(map[listKey]indexedList, len(lists))
	words := map[string]int{}
	for _, l := range lists {
		if len(l) == 0 {
			continue
		}
		ids := make([]int, len(l))
		for i, p := range l {
			id := -1
			if len(p) > 0 {
				var ok bool
				if id, ok = words[p[0]]; !ok {
					id = len(words)
					words[p[0]] = id
				}
			}
			ids[i] = id
		}
		out[listKey{&l[0], len(l)}] = indexedList{byFirst: indexCues(l), firstID: ids}
	}
	return out, words
}

// indexOf is the list's index, if it has one.
func indexOf(list [][]string) (indexedList, bool) {
	if len(list) == 0 {
		return indexedList{}, false
	}
	ix, ok := cueLists[listKey{&list[0], len(list)}]
	return ix, ok
}

// cueBits marks the first words of cues the question has, once a question.
func (q *question) cueBits() []uint64 {
	if q.bits == nil {
		q.bits = make([]uint64, (len(cueFirstWords)+63)/64)
		for _, t := range q.tokens {
			if id, ok := cueFirstWords[t]; ok {
				q.bits[id/64] |= 1 << (id % 64)
			}
		}
	}
	return q.bits
}

// hasCueWord: the question has the first word numbered id.
func (q *question) hasCueWord(id int) bool {
	return id >= 0 && q.cueBits()[id/64]&(1<<(id%64)) != 0
}
