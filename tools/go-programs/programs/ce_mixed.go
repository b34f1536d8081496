package main

import (
	"fmt"
	"sync"
)

func g() {}

func main() {
	var wg sync.WaitGroup
	wg.Add("1")
	x := g()
	fmt.Println(x)
	close(5)
	var r <-chan int
	close(r)
}
