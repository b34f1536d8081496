package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var balance = 100

func withdraw(n int) {
	mu.Lock()
	defer mu.Unlock()
	if n > balance {
		panic("insufficient funds")
	}
	balance -= n
	fmt.Println("balance", balance)
}

func main() {
	withdraw(30)
	withdraw(50)
	withdraw(40)
}
