package main

func main() {
	ch := make(chan int)
	go close
	_ = ch
}
