package main

import (
	"fmt"
	"time"
)

func label(id, n int) string {
	return fmt.Sprintf("p%d-%02d", id, n)
}

func main() {
	ch := make(chan string, 2)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- label(1, i)
			time.Sleep(10 * time.Millisecond)
		}
		close(ch)
	}()
	for s := range ch {
		line := fmt.Sprint("got ", s, " ", len(s), true)
		fmt.Println(line, len(line))
	}
	a := fmt.Sprintln("a", 1, 2)
	fmt.Print(a)
	fmt.Printf("%q %v\n", fmt.Sprint(1, 2, "x", "y", 3), fmt.Sprintf("%5.2s|%-4d|", "hello", 7))
	fmt.Println(fmt.Sprint(), fmt.Sprintf("%T %T", fmt.Sprint(), 1), fmt.Sprint(time.Second*3/2, nil))
}
