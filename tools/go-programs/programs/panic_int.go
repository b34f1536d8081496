package main

func main() {
	x := 40
	panic(x + 2)
}
