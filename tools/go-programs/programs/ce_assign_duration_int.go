package main

import (
	"fmt"
	"time"
)

func main() {
	var wait int = 2 * time.Second
	fmt.Println(wait)
}
