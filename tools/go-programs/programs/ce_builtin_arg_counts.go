package main

func main() {
	ch := make(chan int)
	close()
	close(ch, ch)
	_ = len()
	panic()
}
