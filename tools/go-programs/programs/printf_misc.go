package main

import "fmt"

func main() {
	fmt.Printf("%-5d|%5d|%05d|%x|%X|%c|%%|\n", 42, 42, 42, 3735928559, 48879, 'Z')
	fmt.Printf("%3s|%-3s|%.1s|\n", "abcd", "a", "xyz")
	fmt.Printf("%v %v\n", true, false)
	fmt.Printf("%5t|%-6t|\n", true, false)
	fmt.Printf("%T %T\n", 5, "s")
	fmt.Printf("%08d|%-08d|%+08d\n", -42, -42, 42)
	fmt.Printf("%q|%q|%q\n", "tab\there", `back\slash`, "日本")
	fmt.Printf("%x|%X\n", "Hello", "日")
	fmt.Printf("%d items at %d%% done\n", 3, 75)
}
