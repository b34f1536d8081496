package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	mu.Lock()
	fmt.Println(mu, wg)
	fmt.Println(&mu, &wg)
	c := sync.NewCond(&mu)
	_ = c
	fmt.Printf("%v %d\n", mu, 3)
}
