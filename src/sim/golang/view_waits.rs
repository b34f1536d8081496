//! Who waits for what in a running Go program: the channel, `select`, mutex, `WaitGroup`
//! or `Cond` each blocked goroutine is parked on, and the variable names of the sync
//! objects, for the stage's arrows, the task cards and the wait-queue panel.

use super::run::GoRun;
use super::sync::SyncObj;
use super::value::Value;
use crate::sim::task::{TaskId, TaskState};

/// What one blocked goroutine is parked on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WaitTarget {
    /// A channel, by index in [`GoRun::channels`]: sending (true) or receiving.
    Chan {
        /// The channel.
        chan: usize,
        /// True for a send.
        send: bool,
    },
    /// A parked `select` on these channels.
    Select(Vec<usize>),
    /// A sync object, by index in [`GoRun::sync_objects`].
    Sync(usize),
    /// `time.Sleep`, until this virtual time (the kernel's unit: ns for Go programs).
    Sleep(u64),
}

impl GoRun {
    /// What `task` is parked on; `None` when it is runnable, running or done.
    pub fn waiting_on(&self, task: TaskId) -> Option<WaitTarget> {
        match self.kernel.states().get(task).copied()? {
            TaskState::Sleeping { until_ms } => return Some(WaitTarget::Sleep(until_ms)),
            TaskState::Blocked(_) => {}
            _ => return None,
        }
        let m = &self.machine;
        if let Some(g) = m.gs.get(task) {
            if !g.selecting.is_empty() {
                return Some(WaitTarget::Select(
                    g.selecting.iter().map(|&c| c as usize).collect(),
                ));
            }
        }
        for (chan, c) in m.chans.iter().enumerate() {
            if c.sendq.iter().any(|w| w.g == task) {
                return Some(WaitTarget::Chan { chan, send: true });
            }
            if c.recvq.iter().any(|w| w.g == task) {
                return Some(WaitTarget::Chan { chan, send: false });
            }
        }
        m.objs
            .iter()
            .position(|o| match o {
                SyncObj::Mutex { sema, .. } | SyncObj::WaitGroup { sema, .. } => {
                    sema.waiters.contains(&task)
                }
                SyncObj::Cond { waiters, .. } => waiters.iter().any(|(_, g)| *g == task),
            })
            .map(WaitTarget::Sync)
    }

    /// Each sync object's variable name (`mu`, `wg`, `notFull`); when no variable holds
    /// it any more, the one it was made into; else `#N` (its place in the order made).
    pub fn sync_names(&self) -> Vec<String> {
        (0..self.machine.objs.len())
            .map(|i| {
                let id = i as u32;
                self.holder_name(|v| matches!(v, Value::Obj(Some(o)) if *o == id))
                    .or_else(|| self.birth_names.objs.get(i).cloned().flatten())
                    .unwrap_or_else(|| format!("#{}", i + 1))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::build;
    use super::*;
    use crate::sim::kernel::Outcome;
    use crate::sim::scenario::PolicyKind;

    fn ended(src: &str) -> GoRun {
        let Ok(prog) = build(src) else {
            panic!("the test program builds")
        };
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        run.run_to_end();
        run
    }

    #[test]
    fn a_deadlocked_program_says_who_waits_on_which_channel_and_wait_group() {
        let run = ended("package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tjobs := make(chan int)\n\twg.Add(1)\n\tgo func() {\n\t\tjobs <- 1\n\t\tjobs <- 2\n\t\twg.Done()\n\t}()\n\t<-jobs\n\twg.Wait()\n}\n");
        assert_eq!(run.waiting_on(0), Some(WaitTarget::Sync(0)));
        assert_eq!(
            run.waiting_on(1),
            Some(WaitTarget::Chan {
                chan: 0,
                send: true
            })
        );
        assert_eq!(run.sync_names(), vec!["wg".to_string()]);
    }

    #[test]
    fn channels_and_sync_objects_keep_their_names_after_main_returns() {
        let run = ended("package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tjobs := make(chan int, 2)\n\tmu.Lock()\n\tjobs <- 1\n\tmu.Unlock()\n}\n");
        assert!(matches!(run.outcome(), Some(Outcome::Finished)));
        let names: Vec<String> = run.channels().into_iter().map(|c| c.name).collect();
        assert_eq!(names, vec!["jobs".to_string()]);
        assert_eq!(run.sync_names(), vec!["mu".to_string()]);
    }

    #[test]
    fn a_live_holder_names_a_channel_before_the_variable_it_was_made_into() {
        // made into `out` inside gen, then held by main's `c`: while main runs, `c`.
        let src = "package main\n\nfunc gen() chan int {\n\tout := make(chan int, 1)\n\treturn out\n}\n\nfunc main() {\n\tc := gen()\n\tc <- 1\n\t<-c\n}\n";
        let Ok(prog) = build(src) else {
            panic!("the test program builds")
        };
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        while run.birth_names.chans.is_empty() && run.step(None) {}
        assert_eq!(run.channels()[0].name, "out");
        while run.channels()[0].buffered.is_empty() && run.step(None) {}
        assert_eq!(run.channels()[0].name, "c");
    }

    #[test]
    fn a_parked_select_waits_on_all_its_channels_and_a_sleeper_until_its_time() {
        let src = "package main\n\nimport \"time\"\n\nfunc main() {\n\ta := make(chan int)\n\tb := make(chan int)\n\tgo func() {\n\t\ttime.Sleep(5 * time.Second)\n\t}()\n\tselect {\n\tcase <-a:\n\tcase <-b:\n\t}\n}\n";
        let run = ended(src);
        assert_eq!(run.waiting_on(0), Some(WaitTarget::Select(vec![0, 1])));
        let Ok(prog) = build(src) else {
            panic!("the test program builds")
        };
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        while run.waiting_on(1).is_none() && run.step(None) {}
        assert_eq!(run.waiting_on(1), Some(WaitTarget::Sleep(5_000_000_000)));
    }
}
