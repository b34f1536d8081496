package main

import (
	"fmt"
	"sync"
)

var lock sync.mutex
var hits int

func hit(done chan bool) {
	lock.Lock()
	hits++
	lock.Unlock()
	done <- true
}

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go hit(done)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println(hits)
}
