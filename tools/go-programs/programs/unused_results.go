package main

import "fmt"

func two() int { return 2 }

func main() {
	two()
	ch := make(chan int, 1)
	ch <- 1
	<-ch
	var x int
	var y, z = 1, "s"
	x = y
	fmt.Println(x, y, z)
}
