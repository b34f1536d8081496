package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	fmt.Println("hi")
}
