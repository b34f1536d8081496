package main

import "time"

func main() {
	n := 100
	time.Sleep(n)
	time.Sleep(n * time.Millisecond)
}
