package main

import "fmt"

func main() {
	done := false
	n := 0
	ch := make(chan bool, 1)
	go func() {
		done = true
		n = 5
		ch <- true
	}()
	fmt.Println(done, n, <-ch)
}
