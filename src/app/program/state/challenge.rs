//! The program lab's scheduler challenge (`challenge=NAME`): the goal is checked after
//! every change to the run, the first success is announced against par and remembered,
//! and a shortest solution can be replayed from step 0.

use super::ProgramState;

impl ProgramState {
    /// Replays the challenge's shortest solution from step 0; false without a challenge.
    pub(super) fn replay_solution(&mut self) -> bool {
        let Some(c) = self.challenge.clone() else {
            return false;
        };
        self.playing = false;
        self.with_run(|r| {
            r.seek(0);
            c.solution.iter().all(|&g| r.step(Some(g)))
        });
        self.after_run_change();
        self.announcement = format!(
            "A shortest solution, {} picks, replayed. {}",
            c.par, self.announcement
        );
        true
    }

    /// The first time the shown step reaches the challenge's goal: remember it, and say
    /// so ("Found in 18 picks; par 14.").
    pub(super) fn check_challenge(&mut self) {
        let Some(c) = self.challenge.clone() else {
            return;
        };
        let reached = self.run().map(|r| (c.goal.reached(r.now()), r.steps()));
        if let (Some((true, steps)), None) = (reached, self.solved) {
            self.solved = Some(steps);
            crate::app::panels::challenge_panel::remember_solved(&c.name);
            let verdict = match steps.cmp(&(c.par as u64)) {
                std::cmp::Ordering::Less => "You beat par!",
                std::cmp::Ordering::Equal => "You matched par.",
                std::cmp::Ordering::Greater => "Can you do it in fewer?",
            };
            self.announcement = format!(
                "Found in {steps} picks; par {}. {verdict} {}",
                c.par, self.announcement
            );
        }
    }
}
