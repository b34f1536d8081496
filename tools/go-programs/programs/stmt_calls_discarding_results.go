package main

import (
	"fmt"
	"sync"
	"time"
)

func twice(n int) int {
	fmt.Println("twice", n)
	return 2 * n
}

// Calls of functions and methods may stand as statements whatever their results, as may
// a receive, parenthesised or not; go and defer may call them too.
func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	var mu sync.Mutex
	twice(1)
	(twice(2))
	(<-ch)
	<-ch
	fmt.Sprint("dropped")
	time.After(time.Millisecond)
	sync.NewCond(&mu)
	k := func() int { fmt.Println("k"); return 3 }
	k()
	defer k()
	defer fmt.Sprintf("%d", 4)
	go twice(3)
	go fmt.Sprint(5)
	defer close(ch)
	func() int { fmt.Println("literal"); return 6 }()
	const c = len("héllo") * 2
	fmt.Println(c, len(ch))
	time.Sleep(time.Millisecond)
	fmt.Println("end")
}
