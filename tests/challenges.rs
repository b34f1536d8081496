//! The shipped challenges (`static/challenges.txt`): each parses, its stored solution
//! solves it in exactly par picks, par is the explorer's shortest schedule, a different
//! schedule does not solve it, and `challenge=NAME` finds it (with a clear error otherwise).

use producer_consumer_lab::sim::challenge::{self, Attempt, Challenge};
use producer_consumer_lab::sim::explore::{Explorer, Verdict};
use producer_consumer_lab::sim::scenario::Mode;
use producer_consumer_lab::sim::Simulation;

const FILE: &str = include_str!("../static/challenges.txt");

fn all() -> Vec<Challenge> {
    challenge::parse_all(FILE).unwrap_or_else(|e| panic!("static/challenges.txt: {e}"))
}

#[test]
fn at_least_twelve_challenges_cover_go_the_monitor_and_semaphores() {
    let all = all();
    assert!(all.len() >= 12, "{} challenges", all.len());
    for mode in [Mode::Go, Mode::Monitor, Mode::Semaphore] {
        assert!(all.iter().any(|c| c.scenario().mode == mode), "{mode:?}");
    }
    assert!(all.iter().all(|c| c.hints.len() <= 3 && !c.task.is_empty()));
}

#[test]
fn each_stored_solution_solves_its_challenge_in_par_picks() {
    for c in all() {
        let picks = c.solution_picks();
        assert_eq!(picks.len(), c.par, "{}: solution length", c.name);
        assert_eq!(
            c.attempt(&picks),
            Attempt::Solved { picks: c.par },
            "{}",
            c.name
        );
    }
}

#[test]
fn par_is_the_explorers_shortest_schedule() {
    for c in all() {
        let report = Explorer::new(&c.scenario(), c.goal.clone()).run_to_end();
        let Verdict::Found(found) = report.verdict else {
            panic!("{}: the explorer found no solution", c.name);
        };
        assert_eq!(
            found.schedule.len(),
            c.par,
            "{}: {}",
            c.name,
            found.schedule_text
        );
    }
}

#[test]
fn a_truncated_solution_and_a_different_schedule_do_not_solve_it() {
    for c in all() {
        let solution = c.solution_picks();
        assert_eq!(
            c.attempt(&solution[..c.par - 1]),
            Attempt::NotSolved,
            "{}: one pick short",
            c.name
        );
        // A different schedule of par picks that does not reach the goal: the solution
        // with one pick changed to another runnable task, then first-ready picks.
        let different = (0..c.par)
            .filter_map(|i| detour(&c, &solution, i))
            .find(|picks| c.attempt(picks) != (Attempt::Solved { picks: picks.len() }));
        let different = different.unwrap_or_else(|| panic!("{}: every detour solves it", c.name));
        assert_ne!(different, solution);
        assert!(
            !matches!(c.attempt(&different), Attempt::Solved { .. }),
            "{}",
            c.name
        );
    }
}

/// The solution's first `i` picks, then another task than its pick `i` (if one can run),
/// then the first runnable task, up to par picks in all.
fn detour(c: &Challenge, solution: &[u8], i: usize) -> Option<Vec<u8>> {
    let mut sim = Simulation::new(c.scenario());
    for &t in &solution[..i] {
        sim.step_task(usize::from(t)).ok()?;
    }
    let other = sim
        .choices()
        .into_iter()
        .find(|&t| t != usize::from(solution[i]))?;
    let mut picks = solution[..i].to_vec();
    let mut next = Some(other);
    while let Some(t) = next.filter(|_| picks.len() < c.par) {
        picks.push(t as u8);
        sim.step_task(t).ok()?;
        next = sim.choices().first().copied();
    }
    Some(picks)
}

#[test]
fn a_challenge_link_names_one_and_a_wrong_name_lists_the_allowed_ones() {
    let all = all();
    let found = challenge::from_query("?challenge=if-not-while&speed=2", &all);
    assert_eq!(
        found.map(|c| c.map(|c| c.name.clone())),
        Ok(Some("if-not-while".into()))
    );
    assert_eq!(challenge::from_query("preset=seed", &all), Ok(None));
    let err = challenge::from_query("challenge=nope%1B", &all).expect_err("unknown");
    let message = err.to_string();
    assert!(message
        .starts_with("challenge=nope\\x1B is not a challenge: allowed go-fan-in-last-first, "));
}

#[test]
fn the_success_message_gives_picks_and_par() {
    let c = &all()[0];
    assert_eq!(c.success_message(30), "Found in 30 picks; par 23.");
    assert_eq!(
        c.success_message(23),
        "Found in 23 picks; par 23. You matched par."
    );
}

#[test]
fn a_bad_challenge_record_names_its_line_and_problem() {
    let err = challenge::parse_all(
        "name: x\ntitle: t\ntask: t\nquery: items=2\ngoal: win\npar: 1\nsolution: P1\n",
    )
    .expect_err("bad goal");
    assert!(
        err.to_string()
            .starts_with("line 1: goal \"win\" is not a known goal"),
        "{err}"
    );
    let err = challenge::parse_all(
        "name: x\ntitle: t\ntask: t\nquery: items=2\ngoal: deadlock\npar: 1\nsolution: Q9\n",
    )
    .expect_err("bad schedule");
    assert!(err.to_string().contains("Q9"), "{err}");
}
