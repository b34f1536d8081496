package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	fmt.Println("waiting without the lock")
	c.Wait()
}
