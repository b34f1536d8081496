package main

func recvOnly(ch <-chan int) {
	ch <- 1
}

func sendOnly(ch chan<- int) {
	<-ch
}

func main() {
	ch := make(chan int)
	go recvOnly(ch)
	sendOnly(ch)
}
