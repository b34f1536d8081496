package main

func main() {
	x := 1
	for i := 0; i < 3; i++ {
		v := i
	}
}
