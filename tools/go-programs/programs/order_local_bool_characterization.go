package main

import "fmt"

func main() {
	lb := false
	n := 1
	s := "old"
	set := func() bool { lb = true; n = 2; s = "new"; return true }
	if lb == set() {
		fmt.Println("cond saw new lb")
	}
	lb = false
	x := lb
	fmt.Println("A", x, lb == set(), lb)
	lb = false
	r := fmt.Sprint(lb, set())
	fmt.Println("B", r)
	lb = false
	show := func(v bool, t string) { fmt.Println("C", v, t) }
	show(lb, fmt.Sprint(set()))
	lb = false
	ch := make(chan bool, 1)
	ch <- lb && set()
	fmt.Println("D", <-ch, n, s)
	lb = false
	defer fmt.Println("E deferred", lb, set())
	lb = false
	panic(fmt.Sprint(lb, set()))
}
