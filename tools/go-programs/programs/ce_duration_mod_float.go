package main

import (
	"fmt"
	"time"
)

func main() {
	var d time.Duration = "1s"
	fmt.Println(d)
}
