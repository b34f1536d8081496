// Command go-crosscheck runs the program of SEMANTICS.md §1 (the seed's producer/consumer
// program generalised to P producers and C consumers) on the real Go runtime, so that its
// output can be compared with the simulator's `pc-trace`.
//
// Build it with the runtime's fake clock (the one the Go playground uses):
//
//	GOFLAGS=-mod=mod GOPROXY=off go build -tags faketime -o /tmp/gocc main.go
//	GOMAXPROCS=1 /tmp/gocc -p 1 -c 1 -cap 2 -items 5 -produce 5000 -consume 8000 | python3 decode.py
//
// With -tags faketime, time starts at a fixed instant and jumps only when every goroutine
// is blocked, and every write to fd 1 or 2 carries a playback header with the virtual time
// (decode.py turns it into `<ms> <task> <text>` lines).
//
// Each print is one write of `<task> <text>\n` (task = P1.., C1..). With one consumer the
// consumer runs in the main goroutine, as in seed.md; with more, main starts them and
// waits on a sync.WaitGroup. Goroutines are created producers first, then consumers.
// Only the standard library is used; each print is one fmt.Println, so one write.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func msList(s string) []time.Duration {
	var out []time.Duration
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 0 {
			os.Stderr.WriteString("bad ms list: " + s + "\n")
			os.Exit(2)
		}
		out = append(out, time.Duration(n)*time.Millisecond)
	}
	return out
}

// say prints `<task> <text> <v>` the way the seed does, with fmt.Println, whose output is
// one write (Fprintln formats into a buffer first). Println puts a space between operands,
// so `say("P1", "Produced : ", 1)` prints `P1 Produced :  1`, two spaces, as the seed's
// `fmt.Println("Produced : ", i)` prints `Produced :  1`.
func say(task, text string, v int) {
	fmt.Println(task+" "+text, v)
}

func main() {
	p := flag.Int("p", 1, "producers")
	c := flag.Int("c", 1, "consumers")
	capacity := flag.Int("cap", 2, "channel capacity")
	items := flag.Int("items", 5, "items per producer")
	produce := flag.String("produce", "5000", "producer sleeps in ms, comma list cycled over producers")
	consume := flag.String("consume", "8000", "consumer sleeps in ms, comma list cycled over consumers")
	closeCh := flag.Int("close", 1, "1: the last producer to finish closes the channel")
	done := flag.Bool("done", false, "each consumer prints `<task> done` when its range loop ends, to show the order close wakes them in")
	flag.Parse()
	pms, cms := msList(*produce), msList(*consume)

	ch := make(chan int, *capacity)
	var left int32 = int32(*p)

	producer := func(k int) {
		name := "P" + strconv.Itoa(k)
		d := pms[(k-1)%len(pms)]
		for i := 1; i <= *items; i++ {
			v := (k-1)*(*items) + i
			say(name, "Produced : ", v)
			ch <- v
			time.Sleep(d)
		}
		if atomic.AddInt32(&left, -1) == 0 && *closeCh == 1 {
			close(ch)
		}
	}
	consumer := func(k int) {
		name := "C" + strconv.Itoa(k)
		d := cms[(k-1)%len(cms)]
		for v := range ch {
			say(name, "Consumed : ", v)
			time.Sleep(d)
		}
		if *done {
			fmt.Println(name, "done")
		}
	}

	for k := 1; k <= *p; k++ {
		go producer(k)
	}
	if *c == 1 {
		consumer(1) // in the main goroutine, as in seed.md
	} else {
		var wg sync.WaitGroup
		wg.Add(*c)
		for k := 1; k <= *c; k++ {
			k := k
			go func() { defer wg.Done(); consumer(k) }()
		}
		wg.Wait()
	}
	// The end line: main returns now (decode.py prints `<ms> end finished` from this mark).
	os.Stdout.Write([]byte("\x01end\n"))
}
