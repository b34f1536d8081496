package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(1)
	fmt.Printf("%+v|%+v|%+v|%+v\n", wg, &wg, mu, &mu)
	fmt.Printf("%+v|%+d|%+v|%+q|%+v\n", 5, 5, "s", "é", true)
	fmt.Printf("[%+10v][%-+12v]\n", mu, mu)
	wg.Done()
}
