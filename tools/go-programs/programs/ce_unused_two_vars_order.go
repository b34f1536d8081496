package main

func main() {
	b := 2
	a := 1
}
