package main

import (
	"fmt"
	"sync"
	"time"
)

// A package function named without a call is a function value that is not used; Go
// describes it with its full signature, parameter names and variadic any included.
func main() {
	var mu sync.Mutex
	fmt.Println
	fmt.Print
	if true {
		fmt.Printf
	}
	fmt.Sprint
	fmt.Sprintln
	fmt.Sprintf
	for i := 0; i < 1; i++ {
		time.Sleep
	}
	go func() {
		time.After
	}()
	sync.NewCond
	mu.Lock()
}
