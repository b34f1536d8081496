package main

import (
	"fmt"
	"time"
)

var flag bool
var name = "old"
var d time.Duration

func set() int {
	flag = true
	name = "new"
	d = time.Second
	return 1
}

func reset() int {
	flag = false
	name = "old"
	d = 0
	return 0
}

func main() {
	fmt.Println(flag, name, d, set())
	reset()
	fmt.Println(!flag, name+"", d*2, set())
	reset()
	fmt.Println(flag == false, len(name), set())
	reset()
	x := d + time.Duration(set())
	fmt.Println(x)
	reset()
	ch := make(chan int, 1)
	ch <- int(d) + set()
	fmt.Println(<-ch)
}
