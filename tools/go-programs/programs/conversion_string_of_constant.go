package main

import (
	"fmt"
	"time"
)

// string of an integer constant is the UTF-8 of that code point, or of U+FFFD when it
// is none (negative, a surrogate, past U+10FFFF, or past int64 even).
func main() {
	const c time.Duration = 66
	const big = 1114112
	s := string(65) + string(c)
	fmt.Printf("%q %q %q %q %q\n", s, string(-1), string(big), string(0xD800), string(0x1F600))
	fmt.Println(string(10000000000000000000), len(string(0x1F600)))
	fmt.Printf("%T %v\n", string(97), string(97) == "a")
}
