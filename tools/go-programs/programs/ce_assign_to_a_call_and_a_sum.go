package main

func f() int { return 1 }

func main() {
	f() = 3
	len("ab") = 2
	x := 1
	x + 1 = 2
}
