package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	balance = 100
)

func withdraw(amount int) bool {
	mu.Lock()
	defer mu.Unlock()
	if amount > balance {
		return false
	}
	balance -= amount
	return true
}

func deposit(amount int) int {
	mu.Lock()
	defer mu.Unlock()
	balance += amount
	return balance
}

func main() {
	fmt.Println("balance", balance, "withdraw 30:", withdraw(30))
	fmt.Println("balance", balance, "withdraw 90:", withdraw(90))
	fmt.Println("balance", balance, "deposit 50 ->", deposit(50))
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fmt.Printf("client %d: balance %d, withdraw %d ok=%t\n", n, balance, n*20, withdraw(n*20))
		}(i)
	}
	wg.Wait()
	fmt.Println("final balance", balance)
}
