#!/usr/bin/env python3
"""Generates random Go programs from a grammar of the lab's subset (GO-SUBSET.md).

    python3 tools/go-programs/gen.py --count 150 --seed 1 [--out generated]

Each program has a few channels (buffered or not), goroutines that send, receive,
sleep, print, lock a mutex, use `select` (with or without `default`), loop, call a
helper and sometimes close a channel; main starts them with a WaitGroup and does the
same. Every declared variable is used, so each program compiles; many deadlock or panic,
which the corpus wants too. Programs whose real output varies are dropped by record.py.
"""
import argparse
import os
import random

HEADER = """package main

import (
\t"fmt"
\t"sync"
\t"time"
)

const unit = time.Millisecond

var mu sync.Mutex
var wg sync.WaitGroup

func helper(a int, b int) int {
\tif a > b {
\t\treturn a - b
\t}
\treturn a*2 + b
}

"""


class Gen:
    def __init__(self, rng, nchan):
        self.r = rng
        self.nchan = nchan
        self.uid = 0

    def name(self, base):
        self.uid += 1
        return "%s%d" % (base, self.uid)

    def expr(self, vars_):
        r = self.r
        atoms = [str(r.randint(0, 9))] + vars_
        a, b = r.choice(atoms), r.choice(atoms)
        form = r.randint(0, 4)
        if form == 0:
            return a
        if form == 1:
            return "%s + %s" % (a, b)
        if form == 2:
            return "%s * %s %% 7" % (a, b)
        if form == 3:
            return "helper(%s, %s)" % (a, b)
        return "(%s - %s) / 3" % (a, b)

    def stmts(self, who, vars_, depth, n):
        return "".join(self.stmt(who, vars_, depth) for _ in range(n))

    def stmt(self, who, vars_, depth):
        r = self.r
        ind = "\t" * (depth + 1)
        c = "c%d" % r.randrange(self.nchan)
        k = r.randint(0, 13)
        if k <= 1:
            return '%sfmt.Println("%s", %s)\n' % (ind, who, self.expr(vars_))
        if k == 2:
            return "%s%s <- %s\n" % (ind, c, self.expr(vars_))
        if k == 3:
            v = self.name("v")
            return '%s%s := <-%s\n%sfmt.Println("%s got", %s)\n' % (ind, v, c, ind, who, v)
        if k == 4:
            return "%stime.Sleep(%d * time.Millisecond)\n" % (ind, r.choice([1, 2, 3, 5, 10, 20]))
        if k == 5 and depth < 2:
            j = self.name("j")
            body = self.stmts(who, vars_ + [j], depth + 1, r.randint(1, 3))
            return "%sfor %s := 0; %s < %d; %s++ {\n%s%s}\n" % (ind, j, j, r.randint(1, 3), j, body, ind)
        if k == 6:
            return '%smu.Lock()\n%sfmt.Println("%s locked")\n%smu.Unlock()\n' % (ind, ind, who, ind)
        if k == 7:
            c2 = "c%d" % r.randrange(self.nchan)
            v = self.name("v")
            default = '%sdefault:\n%s\tfmt.Println("%s default")\n' % (ind, ind, who) if r.random() < 0.5 else ""
            return ('%sselect {\n%scase %s := <-%s:\n%s\tfmt.Println("%s sel", %s)\n%scase %s <- %s:\n'
                    '%s\tfmt.Println("%s sent")\n%s%s}\n') % (
                ind, ind, v, c, ind, who, v, ind, c2, self.expr(vars_), ind, who, default, ind)
        if k == 8 and depth < 2:
            cond = "%s %s %s" % (r.choice(vars_ or ["1"]), r.choice(["<", ">", "==", "!="]), r.randint(0, 5))
            a = self.stmts(who, vars_, depth + 1, 1)
            b = self.stmts(who, vars_, depth + 1, 1)
            return "%sif %s {\n%s%s} else {\n%s%s}\n" % (ind, cond, a, ind, b, ind)
        if k == 9 and r.random() < 0.3:
            return "%sclose(%s)\n" % (ind, c)
        if k == 10:
            v, ok = self.name("v"), self.name("ok")
            return '%s%s, %s := <-%s\n%sfmt.Println("%s recv", %s, %s)\n' % (ind, v, ok, c, ind, who, v, ok)
        if k == 11:
            return '%sfmt.Printf("%s %%d %%v\\n", %s, %s)\n' % (ind, who, self.expr(vars_), r.choice(["true", '"s"', "len(%s)" % c]))
        if k == 12 and depth < 2:
            v = self.name("r")
            body = '%s\tfmt.Println("%s range", %s)\n' % (ind, who, v)
            return "%sfor %s := range %s {\n%s%s\tbreak\n%s}\n" % (ind, v, c, body, ind, ind)
        return '%sfmt.Println("%s", len(%s), cap(%s))\n' % (ind, who, c, c)

    def program(self, ngor):
        r = self.r
        chans = "".join("\tc%d := make(chan int, %d)\n" % (i, r.choice([0, 0, 1, 2, 3])) for i in range(self.nchan))
        params = ", ".join("c%d chan int" % i for i in range(self.nchan))
        args = ", ".join("c%d" % i for i in range(self.nchan))
        funcs = ""
        starts = ""
        for g in range(ngor):
            body = self.stmts("g%d" % g, ["id"], 0, r.randint(2, 6))
            funcs += "func g%d(id int, %s) {\n\tdefer wg.Done()\n%s}\n\n" % (g, params, body)
            starts += "\tgo g%d(%d, %s)\n" % (g, g + 1, args)
        mainbody = self.stmts("main", ["n"], 0, r.randint(1, 4))
        wait = "\twg.Wait()\n" if r.random() < 0.7 else "\ttime.Sleep(%d * time.Millisecond)\n" % r.choice([5, 50])
        return (HEADER + funcs + "func main() {\n" + chans + "\tn := %d\n" % r.randint(1, 4) +
                "\twg.Add(%d)\n" % ngor + starts + mainbody + wait + '\tfmt.Println("end", n)\n}\n')


def pipeline(r):
    """A producer-consumer program: P producers, C consumers, a channel of random capacity."""
    p, c = r.randint(1, 3), r.randint(1, 3)
    cap = r.choice([0, 1, 2, 3, 5])
    sleeps = [r.choice([0, 1, 2, 5, 10, 10, 15]) for _ in range(p + c)]
    src = HEADER.replace("var wg sync.WaitGroup\n", "var wg sync.WaitGroup\nvar total int\n")
    src += "func producer(id int, n int, d int, out chan<- int) {\n\tdefer wg.Done()\n"
    src += "\tfor i := 0; i < n; i++ {\n\t\tv := id*100 + i\n"
    src += '\t\tfmt.Println("producer", id, "sends", v)\n\t\tout <- v\n'
    src += "\t\tif d > 0 {\n\t\t\ttime.Sleep(time.Duration(d) * time.Millisecond)\n\t\t}\n\t}\n}\n\n"
    timeout = r.random() < 0.35
    src += "func consumer(id int, d int, in <-chan int, done chan<- bool) {\n"
    if timeout:
        t = r.choice([3, 7, 12, 20])
        src += "\tfor {\n\t\tselect {\n\t\tcase v, ok := <-in:\n\t\t\tif !ok {\n\t\t\t\tdone <- true\n\t\t\t\treturn\n\t\t\t}\n"
        src += '\t\t\tfmt.Println("consumer", id, "got", v)\n'
        src += "\t\t\tmu.Lock()\n\t\t\ttotal += v\n\t\t\tmu.Unlock()\n"
        src += "\t\tcase <-time.After(%d * time.Millisecond):\n" % t
        src += '\t\t\tfmt.Println("consumer", id, "timeout")\n\t\t}\n'
        src += "\t\tif d > 0 {\n\t\t\ttime.Sleep(time.Duration(d) * time.Millisecond)\n\t\t}\n\t}\n}\n\n"
    else:
        src += "\tfor v := range in {\n"
        src += '\t\tfmt.Printf("consumer %d got %3d\\n", id, v)\n'
        src += "\t\tmu.Lock()\n\t\ttotal += v\n\t\tmu.Unlock()\n"
        src += "\t\tif d > 0 {\n\t\t\ttime.Sleep(time.Duration(d) * time.Millisecond)\n\t\t}\n\t}\n\tdone <- true\n}\n\n"
    src += "func main() {\n\tch := make(chan int, %d)\n\tdone := make(chan bool)\n" % cap
    order = [("p", i) for i in range(p)] + [("c", i) for i in range(c)]
    r.shuffle(order)
    for kind, i in order:
        if kind == "p":
            src += "\twg.Add(1)\n\tgo producer(%d, %d, %d, ch)\n" % (i + 1, r.randint(1, 4), sleeps[i])
        else:
            src += "\tgo consumer(%d, %d, ch, done)\n" % (i + 1, sleeps[p + i])
    src += "\twg.Wait()\n"
    if timeout or r.random() < 0.9:
        src += "\tclose(ch)\n"
    src += "\tfor i := 0; i < %d; i++ {\n\t\t<-done\n\t}\n" % c
    src += '\tfmt.Println("total", total, "in", unit*time.Duration(total%7))\n}\n'
    return src


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=150)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pipelines", type=int, default=0)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for i in range(a.count):
        rng = random.Random(a.seed * 100003 + i)
        g = Gen(rng, rng.randint(1, 3))
        src = g.program(rng.randint(1, 3))
        with open(os.path.join(a.out, "g%03d.go" % i), "w") as f:
            f.write(src)
    for i in range(a.pipelines):
        rng = random.Random(a.seed * 200003 + i)
        with open(os.path.join(a.out, "p%03d.go" % i), "w") as f:
            f.write(pipeline(rng))


if __name__ == "__main__":
    main()
