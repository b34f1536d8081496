package main

import "fmt"

func main() {
	var bits int
	n := 60
	for i := 2; i < n; i++ {
		bits |= 1 << i
	}
	for i := 2; i*i < n; i++ {
		if bits&(1<<i) != 0 {
			for j := i * i; j < n; j += i {
				bits &^= 1 << j
			}
		}
	}
	for i := 0; i < n; i++ {
		if bits>>i&1 == 1 {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	fmt.Printf("%x\n", bits)
}
