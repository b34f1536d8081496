package main

import "fmt"

func main() {
	fmt.Println(len("\xff"), len("\xff\xfe"), len("\377"), len("a\x00b"))
	fmt.Println(len("héllo"), len("世界"), len("\u00e9"))
}
