package main

import (
	"fmt"
	"time"
)

const (
	FlagA = 1 << iota
	FlagB
	FlagC
)

func isEven(n int) bool { return n&1 == 0 }

func main() {
	flags := FlagA | FlagC
	fmt.Println(flags, flags&FlagB != 0, flags&FlagC != 0, flags&^FlagA)
	fmt.Printf("%03b %T\n", flags, FlagB)
	for i := 0; i < 5; i++ {
		fmt.Print(isEven(i), " ")
	}
	fmt.Println()
	x := 0xF0
	x |= 0x0F
	x &^= 0x3C
	x ^= 1
	x <<= 2
	x >>= 1
	fmt.Println(x, ^x, -x>>2, ^0)
	var r rune = 'a'
	fmt.Println(r<<24, r<<25, r<<26, ^r, r>>1)
	n := 70
	fmt.Println(1<<n, -1>>n, 5>>n, 1<<(n-7))
	d := time.Millisecond << 3
	fmt.Println(d, time.Second>>1)
	s := uintLike(3)
	fmt.Println(s)
	neg := -1
	defer fmt.Println("deferred")
	fmt.Println(1 << neg)
}

func uintLike(k int) int { return 1<<k - 1 }
