package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep('a')
	fmt.Println(-'a', 'a' * 2, 'a' / 2, 'a' % 10)
	fmt.Printf("%T %T %v\n", 'a' * 2, -'a', string('a' + 1))
}
