package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	a := 1
	b, c := 2, 3
	fmt.Println(b)
}
