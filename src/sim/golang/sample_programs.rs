//! Programs the speed figures are measured on, shared by the native benchmark
//! (`benches/golang.rs`) and the in-browser measurement (`tests/web_program_speed.rs`) so
//! both figures are for the same source.

/// A loop-heavy program: about 3 million statements, one goroutine.
pub const LOOP: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tsum := 0\n\tfor i := 0; i < 1000000; i++ {\n\t\tsum += i % 7\n\t\tif sum > 100 {\n\t\t\tsum -= 100\n\t\t}\n\t}\n\tfmt.Println(sum)\n}\n";

/// A channel ping-pong between two goroutines: about 1 million statements, each a send,
/// a receive or a loop test.
pub const PINGPONG: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tdone := make(chan bool)\n\tgo func() {\n\t\tfor v := range ch {\n\t\t\tif v < 0 {\n\t\t\t\tfmt.Println(v)\n\t\t\t}\n\t\t}\n\t\tdone <- true\n\t}()\n\tfor i := 0; i < 200000; i++ {\n\t\tch <- i\n\t}\n\tclose(ch)\n\t<-done\n}\n";

/// A 300-line program: 48 small functions of seven lines each, called from main.
pub fn three_hundred_lines() -> String {
    let mut src =
        String::from("package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\n");
    for i in 0..48 {
        src.push_str(&format!(
            "func f{i}(ch chan int, wg *sync.WaitGroup) {{\n\tdefer wg.Done()\n\tfor j := 0; j < {i}; j++ {{\n\t\tch <- j * {i}\n\t\ttime.Sleep(time.Millisecond)\n\t}}\n}}\n"
        ));
    }
    src.push_str("func main() {\n\tch := make(chan int, 100)\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo f1(ch, &wg)\n\twg.Wait()\n\tfmt.Println(len(ch))\n}\n");
    src
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_three_hundred_line_program_has_three_hundred_lines_and_builds() {
        let src = super::three_hundred_lines();
        assert!(src.lines().count() >= 300);
        assert!(super::super::build(&src).is_ok());
    }
}
