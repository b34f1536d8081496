package main

import "fmt"

func logMsg(s string) {
	fmt.Println("log:", s)
}

func cleanup() {
	logMsg("closing resources")
	fmt.Println("cleanup finished")
}

func main() {
	defer cleanup()
	panic("producer failed")
}
