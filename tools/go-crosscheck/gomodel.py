#!/usr/bin/env python3
"""An executable model of how Go 1.19's runtime (GOMAXPROCS=1, -tags faketime) schedules
the SEMANTICS.md §1 program, with switches that replace each Go rule by the simulator's.

Its purpose is diagnosis: with every switch on Go's side it should reproduce the real Go
trace, with every switch on the simulator's side it should reproduce pc-trace, and the
switches that must be flipped to turn one into the other name the rules that differ.

Go rules modelled (runtime/proc.go, chan.go, time.go, sema.go of Go 1.19):
  START    `go f()` puts the new goroutine in the P's `runnext` slot (kicking the previous
           occupant to the tail of the local run queue) and the creator keeps running.
           So main runs first: with C == 1 main is consumer C1 and reaches `range ch`
           before any producer runs; with C > 1 main blocks in wg.Wait and the LAST
           goroutine created runs first, then the others in creation order.
           Simulator: no main goroutine; P1..Pp, C1..Cc ready in creation order.
  CHANWAKE A goroutine woken by a channel operation (send to a waiting receiver, receive
           that unblocks a sender, close) is put in `runnext`: it runs as soon as the
           current goroutine blocks, before goroutines that were ready earlier; the previous
           runnext goes to the tail. closechan readies the waiters in reverse queue order.
           Simulator: the woken task joins the tail of the ready queue.
  TIMERWAKE A goroutine whose sleep ends is readied the same way (goroutineReady ->
           goready -> runnext). All timers due at the new instant fire in one checkTimers
           pass, so the LAST one fired runs first, then the others in firing order.
           Simulator: woken sleepers join the tail in wake order.
  HEAP     Timers due at the same instant fire in the order of the P's 4-ary timer heap
           (siftupTimer/siftdownTimer compare `when` only), not in the order the sleeps
           began. Simulator: FIFO by the order the sleeps began.
Both: a running goroutine keeps the processor until it blocks, sleeps (> 0) or exits;
time.Sleep(0) returns at once; time jumps to the earliest timer only when nothing can run;
with no timer left and nothing runnable, Go reports the deadlock at the current time.
When main returns the program ends (the simulator ends when every task has finished).

Usage: gomodel.py [--sim-rules RULES] '<pc-trace query>'   (RULES: comma list or 'all')
"""
import collections
import sys

RULES = ("START", "CHANWAKE", "TIMERWAKE", "HEAP")


class Deadlock(Exception):
    pass


class Model:
    def __init__(self, p, c, cap, items, pms, cms, close, sim_rules=()):
        self.sim = set(sim_rules)
        self.p, self.c, self.cap, self.items = p, c, cap, items
        self.pms, self.cms, self.close = pms, cms, close
        self.now = 0
        self.out = []
        self.runnext = None
        self.runq = collections.deque()
        self.timers = []  # 4-ary heap of [when, seq, g]
        self.seq = 0
        self.buf = collections.deque()
        self.recvq = collections.deque()  # goroutines
        self.sendq = collections.deque()  # (g, value)
        self.closed = False
        self.left = p
        self.wg = c
        self.main_waiting = False
        self.end = None

    # -- run queue ------------------------------------------------------------
    def ready(self, g, kind):
        go_rule = {"chan": "CHANWAKE", "timer": "TIMERWAKE", "go": "START"}[kind]
        if go_rule in self.sim:
            self.runq.append(g)
            return
        old, self.runnext = self.runnext, g
        if old is not None:
            self.runq.append(old)

    def pick(self):
        if self.runnext is not None:
            g, self.runnext = self.runnext, None
            return g
        if self.runq:
            return self.runq.popleft()
        return None

    # -- timers (runtime/time.go) -----------------------------------------------
    def add_timer(self, when, g):
        t = self.timers
        t.append([when, self.seq, g])
        self.seq += 1
        if "HEAP" in self.sim:
            t.sort(key=lambda x: (x[0], x[1]))
            return
        i = len(t) - 1
        tmp = t[i]
        while i > 0:
            p = (i - 1) // 4
            if tmp[0] >= t[p][0]:
                break
            t[i] = t[p]
            i = p
        t[i] = tmp

    def pop_timer(self):
        t = self.timers
        top = t[0]
        if "HEAP" in self.sim:
            t.pop(0)
            return top
        last = t.pop()
        if t:
            t[0] = last
            i, n, when, tmp = 0, len(t), last[0], last
            while True:
                c = i * 4 + 1
                c3 = c + 2
                if c >= n:
                    break
                w = t[c][0]
                if c + 1 < n and t[c + 1][0] < w:
                    w = t[c + 1][0]
                    c += 1
                if c3 < n:
                    w3 = t[c3][0]
                    if c3 + 1 < n and t[c3 + 1][0] < w3:
                        w3 = t[c3 + 1][0]
                        c3 += 1
                    if w3 < w:
                        w = w3
                        c = c3
                if w >= when:
                    break
                t[i] = t[c]
                i = c
            t[i] = tmp
        return top

    # -- goroutine bodies (generators yielding 'park' or 'exit') ----------------
    def say(self, name, text):
        self.out.append(f"{self.now} {name} {text}")

    def send(self, g, v):
        if self.closed:
            raise RuntimeError("panic: send on closed channel")
        if self.recvq:
            r = self.recvq.popleft()
            r.value = v
            self.ready(r, "chan")
            return False
        if len(self.buf) < self.cap:
            self.buf.append(v)
            return False
        self.sendq.append((g, v))
        return True  # park

    def recv(self, g):
        """Returns (parked, ok, value)."""
        if self.closed and not self.buf:
            return False, False, None
        if self.sendq:
            s, sv = self.sendq.popleft()
            if self.cap == 0:
                v = sv
            else:
                v = self.buf.popleft()
                self.buf.append(sv)
            self.ready(s, "chan")
            return False, True, v
        if self.buf:
            return False, True, self.buf.popleft()
        self.recvq.append(g)
        return True, None, None

    def do_close(self):
        waiters = list(self.recvq) + [s for s, _ in self.sendq]
        self.recvq.clear()
        self.closed = True
        if self.sendq:
            raise RuntimeError("panic: send on closed channel")
        order = waiters if "CHANWAKE" in self.sim else list(reversed(waiters))
        for w in order:
            w.value = None
            self.ready(w, "chan")

    def sleep(self, g, ms):
        if ms <= 0:
            return False
        self.add_timer(self.now + ms, g)
        return True

    def producer(self, g, k):
        name, d = f"P{k}", self.pms[(k - 1) % len(self.pms)]
        for i in range(1, self.items + 1):
            v = (k - 1) * self.items + i
            self.say(name, f"Produced :  {v}")
            if self.send(g, v):
                yield "park"
            if self.sleep(g, d):
                yield "park"
        self.left -= 1
        if self.left == 0 and self.close:
            self.do_close()

    def consumer(self, g, k, in_main):
        name, d = f"C{k}", self.cms[(k - 1) % len(self.cms)]
        while True:
            parked, ok, v = self.recv(g)
            if parked:
                yield "park"
                v = g.value
                ok = v is not None
            if not ok:
                break
            self.say(name, f"Consumed :  {v}")
            if self.sleep(g, d):
                yield "park"
        if not in_main:
            self.wg -= 1
            if self.wg == 0 and self.main_waiting:
                self.ready(self.main, "chan")

    def main_body(self, g):
        if "START" in self.sim:
            # The simulator's start: producers then consumers, ready in creation order.
            for k in range(1, self.p + 1):
                self.spawn(self.producer, k)
            for k in range(1, self.c + 1):
                self.spawn(self.consumer, k, False)
            self.main_waiting = True
            yield "park"
            return
        for k in range(1, self.p + 1):
            self.spawn(self.producer, k)
        if self.c == 1:
            yield from self.consumer(g, 1, True)
        else:
            for k in range(1, self.c + 1):
                self.spawn(self.consumer, k, False)
            if self.wg > 0:
                self.main_waiting = True
                yield "park"

    def spawn(self, fn, *args):
        g = G()
        g.gen = fn(g, *args)
        self.ready(g, "go")

    def run(self):
        self.main = G()
        self.main.gen = self.main_body(self.main)
        cur = self.main
        try:
            while True:
                try:
                    next(cur.gen)
                except StopIteration:
                    if cur is self.main:
                        return self.finish(f"{self.now} end finished")
                cur = self.pick()
                if cur is None:
                    if not self.timers:
                        return self.finish(f"{self.now} end deadlock")
                    self.now = self.timers[0][0]
                    while self.timers and self.timers[0][0] <= self.now:
                        self.ready(self.pop_timer()[2], "timer")
                    cur = self.pick()
        except RuntimeError as e:
            return self.finish(f"{self.now} end error: {e}")

    def finish(self, end):
        self.out.append(end)
        return self.out


class G:
    value = None


def parse_query(q):
    d = dict(kv.split("=", 1) for kv in q.split("&") if kv)
    ints = lambda s: [int(x) for x in s.split(",")]
    return (int(d.get("producers", 1)), int(d.get("consumers", 1)), int(d.get("capacity", 2)),
            int(d.get("items", 5)), ints(d.get("produce_ms", "5000")),
            ints(d.get("consume_ms", "8000")), int(d.get("close", 1)))


def trace(s, sim_rules=()):
    return Model(*s, sim_rules=sim_rules).run()


if __name__ == "__main__":
    args = sys.argv[1:]
    rules = ()
    if args and args[0] == "--sim-rules":
        rules = RULES if args[1] == "all" else tuple(args[1].split(","))
        args = args[2:]
    print("\n".join(trace(parse_query(args[0]), rules)))
