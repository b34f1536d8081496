package main

// The tenth error stops the compiler: "too many errors" follows at once, though no
// eleventh would.
func main() {
	n := 1
	n += "1"
	n += "2"
	n += "3"
	n += "4"
	n += "5"
	n += "6"
	n += "7"
	n += "8"
	n += "9"
	n += "10"
}
