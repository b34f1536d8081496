package main

import "time"

// go and defer need a call that can stand as a statement. A rejected call is still
// checked in full, so ch counts as used and no "declared but not used" follows.
func main() {
	ch := make(chan int, 1)
	n := 2
	go len(ch)
	defer cap(ch)
	go make(chan int)
	defer time.Duration(n)
	go time.Duration(5)
	go (len(ch))
	go func() {
		defer len(ch)
	}()
	if n > 1 {
		go cap(ch)
	}
}
