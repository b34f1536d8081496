package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string, 2)
	go func() {
		ch <- "\xe4\xb8"
		time.Sleep(time.Millisecond)
		ch <- "\x96!"
		close(ch)
	}()
	s := ""
	for part := range ch {
		fmt.Printf("part %q len %d\n", part, len(part))
		s += part
	}
	fmt.Println(s, len(s))
}
