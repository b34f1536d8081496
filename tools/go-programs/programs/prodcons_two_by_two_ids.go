package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan string, 1)
	var pw, cw sync.WaitGroup
	for p := 1; p <= 2; p++ {
		pw.Add(1)
		go func(id int) {
			defer pw.Done()
			for i := 1; i <= 3; i++ {
				item := "p" + fmt.Sprint(id) + "-" + fmt.Sprint(i)
				ch <- item
				time.Sleep(time.Duration(4*id) * time.Millisecond)
			}
		}(p)
	}
	for c := 1; c <= 2; c++ {
		cw.Add(1)
		go func(id int) {
			defer cw.Done()
			for it := range ch {
				fmt.Println("c", id, "<-", it)
				time.Sleep(6 * time.Millisecond)
			}
		}(c)
	}
	pw.Wait()
	close(ch)
	cw.Wait()
	fmt.Println("end")
}
