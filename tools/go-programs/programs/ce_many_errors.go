package main

import "fmt"

func main() {
	a := undefinedA
	b := undefinedB
	c := undefinedC
	d := undefinedD
	e := undefinedE
	f := undefinedF
	g := undefinedG
	h := undefinedH
	i := undefinedI
	j := undefinedJ
	k := undefinedK
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k)
}
