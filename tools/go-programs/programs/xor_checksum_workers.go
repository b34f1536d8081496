package main

import (
	"fmt"
	"sync"
	"time"
)

func checksum(id, n int) int {
	sum := 0
	for i := 1; i <= n; i++ {
		sum ^= i * id
		sum = sum<<1 | sum>>62&1
	}
	return sum & 0xFFFF
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			c := checksum(id, 50*id)
			time.Sleep(time.Duration(c%7) * time.Millisecond)
			mu.Lock()
			total ^= c
			fmt.Printf("worker %d checksum %04x total %04x\n", id, c, total)
			mu.Unlock()
		}(id)
	}
	wg.Wait()
	fmt.Printf("final %016b\n", total)
}
