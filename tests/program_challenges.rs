#![cfg(not(target_arch = "wasm32"))]
//! Every challenge in `static/program-challenges.txt` is solved by its stored schedule
//! at exactly its last pick, is not solved by Go's own order, and has no shorter
//! solution: a breadth-first search over every manual schedule of its program (states
//! told apart by everything the program and the scheduler hold) finds none shorter than
//! par, so par is the true fewest picks.

use std::collections::{HashSet, VecDeque};
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

use producer_consumer_lab::sim::golang::program_challenge::{parse_all, ProgramChallenge};
use producer_consumer_lab::sim::golang::{self, GoRun};
use producer_consumer_lab::sim::scenario::PolicyKind;

/// The most states the search may visit before the test gives up on a challenge.
const MAX_STATES: usize = 400_000;

fn challenges() -> Vec<ProgramChallenge> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = fs::read_to_string(root.join("static/program-challenges.txt")).expect("asset");
    parse_all(&text).expect("every record parses")
}

fn start(c: &ProgramChallenge, policy: PolicyKind) -> GoRun {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = fs::read_to_string(root.join("static/programs").join(&c.program)).expect("program");
    let prog = golang::build(&src).expect("the challenge's program compiles");
    GoRun::new(prog, policy, 1)
}

/// A hash of everything that decides what `run` can do next and what it has printed.
fn state_key(run: &GoRun) -> u64 {
    let m = &run.machine;
    let mut h = DefaultHasher::new();
    format!(
        "{:?}{:?}{:?}{:?}{:?}",
        m.gs, m.globals, m.chans, m.objs, run.kernel
    )
    .hash(&mut h);
    run.stdout().hash(&mut h);
    h.finish()
}

/// The shortest manual schedule that reaches `c`'s goal, by breadth-first search.
fn shortest(c: &ProgramChallenge) -> Option<Vec<usize>> {
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([(start(c, PolicyKind::Manual), Vec::new())]);
    while let Some((run, picks)) = queue.pop_front() {
        let choices = run.clone().choices();
        for g in choices {
            let mut next = run.clone();
            if !next.step(Some(g)) {
                continue;
            }
            let mut path = picks.clone();
            path.push(g);
            if c.goal.reached(&next) {
                return Some(path);
            }
            if next.outcome().is_none() && seen.insert(state_key(&next)) {
                assert!(
                    seen.len() < MAX_STATES,
                    "{}: the search grew too large",
                    c.name
                );
                queue.push_back((next, path));
            }
        }
    }
    None
}

#[test]
fn each_stored_solution_reaches_its_goal_at_its_last_pick_and_not_before() {
    let all = challenges();
    assert!(all.len() >= 3, "expected the three program challenges");
    for c in &all {
        assert_eq!(
            c.solution.len(),
            c.par,
            "{}: the solution is par picks",
            c.name
        );
        let mut run = start(c, PolicyKind::Manual);
        for (i, &g) in c.solution.iter().enumerate() {
            assert!(
                !c.goal.reached(&run),
                "{}: reached before pick {}",
                c.name,
                i + 1
            );
            assert!(run.step(Some(g)), "{}: pick {} ({g}) runs", c.name, i + 1);
        }
        assert!(
            c.goal.reached(&run),
            "{}: the solution reaches the goal",
            c.name
        );
    }
}

#[test]
fn go_s_own_order_does_not_solve_any_challenge() {
    for c in &challenges() {
        let mut run = start(c, PolicyKind::GoRuntime);
        run.run_to_end();
        assert!(!c.goal.reached(&run), "{}: Go's order solves it", c.name);
    }
}

#[test]
fn no_schedule_shorter_than_par_reaches_the_goal() {
    let mut wrong = Vec::new();
    for c in &challenges() {
        let found =
            shortest(c).unwrap_or_else(|| panic!("{}: no schedule reaches the goal", c.name));
        let list: Vec<String> = found.iter().map(ToString::to_string).collect();
        println!(
            "{}: shortest {} picks: {}",
            c.name,
            found.len(),
            list.join(",")
        );
        if found.len() != c.par {
            wrong.push(format!(
                "{}: par {} but {} picks suffice",
                c.name,
                c.par,
                found.len()
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
}
