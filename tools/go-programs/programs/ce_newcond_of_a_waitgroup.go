package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	c := sync.NewCond(&wg)
	fmt.Println(c)
}
