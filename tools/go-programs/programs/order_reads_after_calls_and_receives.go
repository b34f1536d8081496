package main

import (
	"fmt"
	"time"
)

var count int
var flag bool
var s string

func inc() int {
	count++
	return count
}

func toggle() bool {
	flag = !flag
	return flag
}

func grow() string {
	s += "!"
	return s
}

func show(a, b int) {
	fmt.Println("show", a, b)
}

func main() {
	fmt.Println(count, inc())
	x := count + inc()
	fmt.Println("x", x)
	fmt.Println(count == 2, inc())
	fmt.Println(count+0, inc())
	fmt.Println(-count, inc())
	fmt.Println(!flag, toggle())
	fmt.Println(flag, toggle())
	if count < inc() {
		fmt.Println("less")
	} else {
		fmt.Println("not less")
	}
	fmt.Println(time.Duration(count), inc())
	fmt.Println(fmt.Sprint(count), inc())
	fmt.Printf("%d %d\n", count, inc())
	fmt.Println(s, grow())
	fmt.Println(s+"?", grow())
	go show(count, inc())
	defer fmt.Println("deferred", count, inc())
	ch := make(chan int, 3)
	ch <- count + inc()
	ch <- 7
	fmt.Println(len(ch), <-ch, len(ch))
	fmt.Println(count > 0 && toggle(), flag)
	y := count
	y += inc()
	fmt.Println("y", y)
	count += inc()
	fmt.Println("count", count)
	done := make(chan bool)
	go func() {
		count = 100
		done <- true
	}()
	fmt.Println("count", count, "done", <-done)
	time.Sleep(time.Millisecond)
}
