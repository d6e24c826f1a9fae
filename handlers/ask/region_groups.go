package ask

// regionGroupAsked: the words ask of units grouped by region ("huyện miền
// núi", "vùng núi", "các xã ven biển", "huyện 30a"), which no report or
// list groups units by: no figure of any unit stands for such a group.
func regionGroupAsked(words []string) bool {
	return hasWord(words, "mien", "nui") || hasWord(words, "vung", "nui") || hasWord(words, "ven", "bien") ||
		hasWord(words, "vung", "cao") || hasWord(words, "dong", "bang") || hasWord(words, "30a")
}
