package main

import (
	"fmt"
	"time"
)

const timeout = 50 * time.Millisecond

func main() {
	fmt.Printf("%#v|%+v|%v\n", time.Second, timeout, timeout*3)
	fmt.Printf("%T %T\n", timeout, 50*time.Millisecond/time.Millisecond)
	fmt.Printf("%08v|%-8v|%8d\n", timeout, timeout, timeout)
	var d time.Duration
	d += timeout
	d *= 2
	fmt.Println(d, d > timeout, d-timeout == timeout)
}
