package main

import (
	"fmt"
	"sync"
)

func main() {
	c := sync.NewCond(5)
	fmt.Println(c)
}
