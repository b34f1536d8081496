package main

func main() {
	break
	continue
}
