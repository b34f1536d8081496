package main

import "time"

func main() {
	panic(3 * time.Second)
}
