package main

import "fmt"

func main() {
	fmt.Println("tab\there", "nul\x00end", "\u00e9\U0001F600", "\101\x42\u0043", len("\xe2\x82\xac"), "\xe2\x82\xac")
	fmt.Println('\x41', '\101', '\u00e9', '\'', "\\", `raw\n`)
	fmt.Printf("%q %q %q\n", "\a\b\f\v", '\n', "\u200b")
}
