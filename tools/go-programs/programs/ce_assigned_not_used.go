package main

func main() {
	x := 1
	x = 2
	y := 3
	y++
	go func() {
		z := 4
		z = 5
	}()
}
