package main

import (
	"fmt"
	"sync"
	"time"
)

const (
	Started = 1 << iota
	Working
	Done
	Failed
)

func describe(f int) string {
	s := ""
	if f&Started != 0 {
		s += "S"
	}
	if f&Working != 0 {
		s += "W"
	}
	if f&Done != 0 {
		s += "D"
	}
	if f&Failed != 0 {
		s += "F"
	}
	return s
}

func main() {
	var mu sync.Mutex
	status := 0
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		status |= Started
		mu.Unlock()
		time.Sleep(10 * time.Millisecond)
		mu.Lock()
		status |= Working
		mu.Unlock()
		time.Sleep(10 * time.Millisecond)
		mu.Lock()
		status = status&^Working | Done
		mu.Unlock()
	}()
	for i := 0; i < 4; i++ {
		time.Sleep(7 * time.Millisecond)
		mu.Lock()
		fmt.Printf("t=%2dms status=%04b %s\n", 7*(i+1), status, describe(status))
		mu.Unlock()
	}
	wg.Wait()
}
