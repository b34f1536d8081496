package main

import (
	"fmt"
	"time"
)

func main() {
	d := time.Second << 40
	fmt.Println(d)
}
