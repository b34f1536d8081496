package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	fmt.Println(a == b, a != b, &a == &b, &a == &a)
	a.Lock()
	fmt.Println(a == b, a != b)
	a.Unlock()
	fmt.Println(a == b)
	var w1, w2 sync.WaitGroup
	w1.Add(1)
	fmt.Println(w1 == w2)
	w1.Done()
	fmt.Println(w1 == w2)
}
