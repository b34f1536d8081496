package main

import "fmt"

func consume(c chan string) {
	fmt.Println(<-c)
}

func main() {
	c := make(chan int)
	go consume(c)
}
