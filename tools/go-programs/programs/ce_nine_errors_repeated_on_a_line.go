package main

// An error that repeats the one just before it on the same line is not counted: nine
// errors, one of them twice, stay under the limit of ten.
func main() {
	_ = u1
	_ = u2
	_ = u3
	_ = u4
	_ = u5
	_ = u6
	_ = u7
	_ = u8
	_ = u9 + u9
}
