package main

import (
	"fmt"
	"time"
)

func main() {
	d := 250 * time.Millisecond
	fmt.Printf("[%8v][%-8v][%s][%d]\n", d, d, d, d)
	fmt.Printf("took %v\n", 2*time.Minute+500*time.Millisecond)
	fmt.Printf("%v %v %v\n", time.Duration(1), time.Duration(1001), time.Duration(1000001))
	fmt.Printf("%q\n", time.Second)
	fmt.Printf("%x\n", time.Second)
	fmt.Printf("%T\n", d/time.Millisecond)
	for i := 1; i <= 3; i++ {
		fmt.Println(time.Duration(i) * 333 * time.Millisecond)
	}
}
