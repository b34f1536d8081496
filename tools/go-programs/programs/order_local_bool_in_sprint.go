package main

import "fmt"

func main() {
	ok := false
	set := func() string { ok = true; return "set" }
	fmt.Printf("%s\n", fmt.Sprint(ok, set()))
}
