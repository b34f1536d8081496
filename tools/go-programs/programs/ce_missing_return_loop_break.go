package main

import "fmt"

func find(n int) int {
	for i := 0; ; i++ {
		if i*i >= n {
			break
		}
	}
}

func main() {
	fmt.Println(find(10))
}
