package main

import (
	"fmt"
	"time"
)

func main() {
	n := -7
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|%O\n", n, n, n, n, n, n, n, n, n, n)
	fmt.Printf("%x|%#x|%#o|%08b|% d|% d|%#b\n", 3054, 3054, 8, 5, 5, -5, 5)
	fmt.Printf("%+v|%#v|%#v|%#v|%+q\n", 5, 5, "s", true, "é")
	fmt.Printf("%c%c%c|%U|%#U|%q|%q\n", 72, 105, 33, 0x1F600, 0x1F600, 0x1F600, -1)
	fmt.Printf("%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%5.0d|\n", 7, 7, 7, 7, 0, 0)
	fmt.Printf("%#08x|%+08d|% 08d|%-08d|\n", 255, 42, 42, 42)
	fmt.Printf("%05s|%-05s|%05t|%5q|%-7q|\n", "ab", "ab", true, "x", "y")
	fmt.Printf("%x|%X|% x|%#x|% #x|%.1x|%8x|%-8x|\n", "hi", "hi", "hi", "hi", "hi", "hi", "hi", "hi")
	fmt.Printf("%5z|%+z|%-4t|\n", 3, 4, 5)
	fmt.Printf("%t|%d|%s|%x|%v|%5v\n", time.Second, time.Second, time.Second, time.Second, time.Second, time.Millisecond)
	fmt.Printf("%T|%T|%T|%T|%T|%T\n", 1, "s", true, time.Second, struct{}{}, make(chan int))
	fmt.Printf("%v|%5v|%d|%s\n", struct{}{}, struct{}{}, struct{}{}, struct{}{})
	fmt.Printf("%[2]d %[1]d|%[3]d|%[0]d|%[x]d|%d %d\n", 1, 2, 3)
	fmt.Printf("%*d|%-*d|%.*d|%*d\n", 5, 1, 5, 2, 3, 4, "x", 9)
	fmt.Printf("%d %!|%5.|%.\n", 1, 2)
	fmt.Printf("%s %d\n", "a", "b", 1, true, time.Second)
	ch := make(chan int)
	fmt.Printf("%d|%s|%t\n", ch == nil, ch == nil, ch == nil)
}
