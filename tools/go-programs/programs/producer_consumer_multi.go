package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(id int, ch chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= 3; i++ {
		v := id*10 + i
		fmt.Println("Produced : ", v)
		ch <- v
		time.Sleep(time.Duration(id) * time.Millisecond)
	}
}

func consumer(id int, ch <-chan int, done chan<- bool) {
	for v := range ch {
		fmt.Println("Consumer", id, "got", v)
		time.Sleep(4 * time.Millisecond)
	}
	done <- true
}

func main() {
	ch := make(chan int, 2)
	done := make(chan bool)
	var wg sync.WaitGroup
	for p := 1; p <= 2; p++ {
		wg.Add(1)
		go producer(p, ch, &wg)
	}
	for c := 1; c <= 2; c++ {
		go consumer(c, ch, done)
	}
	wg.Wait()
	close(ch)
	<-done
	<-done
	fmt.Println("all consumed")
}
