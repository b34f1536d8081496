//! One step of the explorer's breadth-first search: expand a state of the current depth
//! into one child per runnable task, keep the children whose fingerprint is new, check
//! each against the goal, and move to the next depth when this one is done. The parent
//! tree (`parents`) gives a found state's schedule back; ended and repeated runs are kept
//! as spares to be refilled, so the search allocates little once it is running.

use super::{fingerprint, Explorer, Found, Node, Verdict};
use crate::sim::refill::Refill;
use crate::sim::simulation::Simulation;

impl Explorer {
    /// Expands one state of the current depth, or moves on to the next depth.
    pub(super) fn expand_one(&mut self) {
        let Some(node) = self.frontier.pop() else {
            return self.next_depth();
        };
        let mut choices = std::mem::take(&mut self.choices);
        node.sim.choices_into(&mut choices);
        self.expand_choices(node, &choices);
        self.choices = choices;
    }

    /// Tries each of `choices` from `node`'s state.
    fn expand_choices(&mut self, node: Node, choices: &[usize]) {
        let last = choices.len().saturating_sub(1);
        let mut parent = Some(node.sim);
        for (i, &task) in choices.iter().enumerate() {
            // The last choice takes the parent itself: one copy fewer per state.
            let mut sim = if i == last {
                parent
                    .take()
                    .expect("the parent is kept until its last choice")
            } else {
                self.copy_of(parent.as_deref().expect("parent kept"))
            };
            self.checked += 1;
            if sim.step_task(task).is_err() {
                self.recycle(sim);
                continue;
            }
            let mut progress = node.progress;
            let pick = task as u8;
            if self.goal.observe(&sim, &mut progress) {
                let mut schedule = self.path_to(node.id);
                schedule.push(pick);
                self.verdict = Verdict::Found(Found::new(&self.scenario, schedule, &sim));
                return;
            }
            if sim.outcome().is_some() {
                self.ended_runs += 1;
                self.recycle(sim);
                continue;
            }
            if !self
                .visited
                .insert(fingerprint(&sim, progress, self.control_only))
            {
                self.recycle(sim);
                continue;
            }
            let id = self.parents.len() as u32;
            self.parents.push((node.id, pick));
            self.next.push(Node { sim, id, progress });
            if self.visited.len() as u64 >= self.max_states {
                self.verdict = Verdict::StateLimit;
                return;
            }
        }
    }

    /// Keeps `sim` to be refilled later. All are kept: a spare is storage that was in use
    /// a moment ago, so keeping it never holds more than the search's peak, and a depth
    /// whose frontier grows again then copies into old storage instead of allocating.
    fn recycle(&mut self, sim: Box<Simulation>) {
        self.spares.push(sim);
    }

    /// A copy of `sim`, made in a spare run's storage when there is one.
    fn copy_of(&mut self, sim: &Simulation) -> Box<Simulation> {
        match self.spares.pop() {
            Some(mut spare) => {
                spare.refill_from(sim);
                spare
            }
            None => Box::new(sim.clone()),
        }
    }

    fn next_depth(&mut self) {
        if self.next.is_empty() {
            self.verdict = Verdict::Exhausted;
            return;
        }
        self.depth += 1;
        if self.depth >= self.max_depth {
            self.verdict = Verdict::DepthLimit;
            return;
        }
        std::mem::swap(&mut self.frontier, &mut self.next);
    }

    /// The picks from the start to node `id`.
    fn path_to(&self, mut id: u32) -> Vec<u8> {
        let mut picks = Vec::new();
        while id != 0 {
            let (parent, pick) = self.parents[id as usize];
            picks.push(pick);
            id = parent;
        }
        picks.reverse();
        picks
    }
}
