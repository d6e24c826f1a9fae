// Package dataset loads data into the database and writes it out, in the
// one format `chatbot import` reads: a workbook (.xlsx) or a folder of
// UTF-8 CSV files, one sheet per table, the header row as the contract
// (sheets.go lists every sheet and column with what it means).
//
// Import plans the whole file against what the database holds, sheet by
// sheet in the order of the contract (so a figure may name an indicator
// or a unit the same file adds), refuses it with every wrong row named in
// Vietnamese (Problems), or writes it in one transaction and reports what
// it added, changed and left as it was (Report). Export and Template
// write the same format. The shipped datasets (the 2019 demo, the 2025
// structure) are folders of it, and `seed demo` is an import of one.
//
// Units are known over time: a unit is its code and the day it began, a
// code is reused only after its former unit ended, and every code read in
// a row is resolved on the date the row concerns.
//
// It sits above queries (its only way to the database) and reads periods
// and folds names with handlers/nlu, the parser questions use.
package dataset
