package main

import (
	"fmt"
	"time"
)

var x int
var s string
var b bool

func g() int { x += 10; s += "!"; b = !b; return x }

func show(tag string, a int, c int) { fmt.Println(tag, a, c) }

func main() {
	defer fmt.Println("defer-println", x, g(), x+g(), s+"|", b)
	defer fmt.Println("defer-println2", x+g())
	go fmt.Println("go-println", x, x+g(), s)
	time.Sleep(time.Millisecond)
	go func(a int, t string) { fmt.Println("go-lit", a, t) }(x+g(), s+fmt.Sprint(g()))
	time.Sleep(time.Millisecond)
	defer show("defer-nested", g()+x, len(fmt.Sprint(x, g())))
	fmt.Println("x", x, s, b)
}
