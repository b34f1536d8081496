package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.Waitgroup
	fmt.Println(wg)
}
