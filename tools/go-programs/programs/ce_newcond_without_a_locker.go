package main

import (
	"fmt"
	"sync"
)

func main() {
	c := sync.NewCond()
	fmt.Println(c)
}
