package main

import "fmt"

func main() {
	const k = 10
	fmt.Println(1<<k, k<<1, 'a'<<1, -1>>1, -1<<1, ^-1)
	fmt.Printf("%T %T %T\n", 1<<k, 'a'<<1, k>>1)
}
