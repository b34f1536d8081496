package main

func consume(ch <-chan int) {
	close(ch)
}

func main() {
	ch := make(chan int)
	consume(ch)
}
