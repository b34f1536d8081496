package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	b := make(chan bool)
	close(b)
	x, ok2 := <-b
	fmt.Println(x, ok2)
	for v := range ch {
		fmt.Println("never", v)
	}
	e := make(chan struct{})
	close(e)
	<-e
	fmt.Println(<-e)
}
