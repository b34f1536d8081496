package main

import "fmt"

func main() {
	s := "a"
	n := 3
	var r rune = 'a'
	fmt.Println(1<<-1, n<<s, s<<1, 1<<n, r<<n, n & s, s | 1, ^s)
	fmt.Println(n >> 70, 1<<100, 1<<1000000)
	var u int = 1 << n << 70
	const big = 1 << 70
	fmt.Println(big, ^big)
}
