package main

import "fmt"

func next(c rune) rune { return c + 1 }

func main() {
	var r rune = 2147483647
	r++
	fmt.Println(r)
	r = -2147483648
	r--
	fmt.Println(r, -r)
	big := 5000000000
	fmt.Println(rune(big), rune(-big), int(rune(big))+1)
	m := rune(-2147483648)
	fmt.Println(m/-1, m*2, m*m)
	x := 'a'
	x *= 100000000
	fmt.Println(x)
	n := -1
	fmt.Printf("%q %q %q\n", string(rune(n)), string(rune(0x110000)), string(rune(0xD800)))
	fmt.Printf("%s|%d|%v|%T|%x\n", 'a', 'a', 'a'+1, 'a'+1, next('y'))
	var z rune
	fmt.Println(z, next(z))
	ch := make(chan rune, 2)
	ch <- 'h'
	ch <- 'i'
	close(ch)
	for c := range ch {
		fmt.Printf("%c%T ", c, c)
	}
	v, ok := <-ch
	fmt.Println(v, ok)
	fmt.Println(string(x), len(string('é')))
	var k int = 'a' + 1
	fmt.Println(k)
	const c = 'a' + 1
	fmt.Printf("%T %v\n", c, c)
	fmt.Print('a', 'b', "\n")
	panic('x' + 1)
}
