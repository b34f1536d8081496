#![cfg(not(target_arch = "wasm32"))]
//! A plain reference model runs beside the simulation, in every mode, variant and policy,
//! and checks it at every step: every slot the core reports for a push or a pop, both
//! pointers and every slot's contents, and, for every run that finishes, that the values
//! consumed are exactly the values produced (as multisets).
//!
//! Go's channel is modelled as a `VecDeque` with an out pointer (the in pointer follows
//! from the length); OSTEP's buffer as its own `buffer[]`, `fill_ptr` and `use_ptr`, which
//! move independently, as in the C source. The generators favour long runs over small
//! rings, so pointers wrap often; `--nocapture` prints how many checked pops wrapped.

use std::collections::VecDeque;

use producer_consumer_lab::sim::rng::Rng;
use producer_consumer_lab::sim::world::SlotView;
use producer_consumer_lab::sim::{
    Action, Mode, Outcome, PolicyKind, Scenario, Simulation, Variant,
};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

/// The buffer as the model believes it is.
struct Model {
    capacity: usize,
    /// Go: values head first. OSTEP: unused.
    queue: VecDeque<u32>,
    /// OSTEP's `buffer[]`: `None` empty, `Some(None)` END_OF_STREAM, `Some(Some(v))` a value.
    slots: Vec<Option<Option<u32>>>,
    /// Go's head / OSTEP's `use_ptr`.
    out: usize,
    /// OSTEP's `fill_ptr` (Go derives its in pointer from `out` and the length).
    fill: usize,
    produced: Vec<u32>,
    consumed: Vec<u32>,
    /// Checked pops whose out pointer wrapped from the last slot to 0 (rings of 2 or more).
    wraps: u64,
}

impl Model {
    fn new(capacity: usize) -> Model {
        Model {
            capacity,
            queue: VecDeque::new(),
            slots: vec![None; capacity],
            out: 0,
            fill: 0,
            produced: Vec::new(),
            consumed: Vec::new(),
            wraps: 0,
        }
    }

    fn next(&self, slot: usize) -> usize {
        (slot + 1) % self.capacity.max(1)
    }

    fn count_wrap(&mut self, slot: usize) {
        if self.capacity >= 2 && slot == self.capacity - 1 {
            self.wraps += 1;
        }
    }

    fn go_in(&self) -> usize {
        (self.out + self.queue.len()) % self.capacity.max(1)
    }

    /// Applies one Go step's action, checking the slots it names.
    fn go_step(&mut self, action: &Action) -> Result<(), TestCaseError> {
        match action {
            Action::SentToBuffer { item, slot } => {
                prop_assert_eq!(*slot, self.go_in(), "a send fills the in slot");
                self.queue.push_back(item.value);
                self.produced.push(item.value);
            }
            Action::HandedOff { item, .. } => {
                self.produced.push(item.value);
                self.consumed.push(item.value);
            }
            Action::ReceivedFromSender { item, .. } => {
                self.produced.push(item.value);
                self.consumed.push(item.value);
            }
            Action::ReceivedFromBuffer { item, slot, refill } => {
                prop_assert_eq!(*slot, self.out, "a receive empties the out slot");
                prop_assert_eq!(self.queue.pop_front(), Some(item.value), "the head leaves");
                self.count_wrap(*slot);
                self.out = self.next(self.out);
                self.consumed.push(item.value);
                if let Some((_, held, to_slot)) = refill {
                    prop_assert_eq!(*to_slot, self.go_in(), "the refill takes the in slot");
                    self.queue.push_back(held.value);
                    self.produced.push(held.value);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Applies one OSTEP step's action, checking `fill_ptr` and `use_ptr` as the C code moves them.
    fn ostep_step(&mut self, action: &Action) -> Result<(), TestCaseError> {
        match action {
            Action::Fill { value, slot } => {
                prop_assert_eq!(*slot, self.fill, "fill writes at fill_ptr");
                prop_assert_eq!(self.slots[*slot], None, "fill writes an empty slot");
                self.slots[*slot] = Some(*value);
                self.fill = self.next(self.fill);
                self.produced.extend(*value);
            }
            Action::Get { value, slot } => {
                prop_assert_eq!(*slot, self.out, "get reads at use_ptr");
                prop_assert_eq!(
                    self.slots[*slot].take(),
                    Some(*value),
                    "get takes what was filled"
                );
                self.count_wrap(*slot);
                self.out = self.next(self.out);
                self.consumed.extend(*value);
            }
            _ => {}
        }
        Ok(())
    }

    /// The core's drawn buffer agrees with the model: pointers and every slot.
    fn check_view(&self, sim: &Simulation, mode: Mode) -> Result<(), TestCaseError> {
        let view = sim.world().buffer_view();
        if self.capacity == 0 {
            return Ok(());
        }
        prop_assert_eq!(view.out_slot, self.out, "the out pointer");
        let shown: Vec<Option<Option<u32>>> = view
            .slots
            .iter()
            .map(|s| match s {
                SlotView::Empty => None,
                SlotView::Item(item) => Some(Some(item.value)),
                SlotView::EndOfStream => Some(None),
            })
            .collect();
        if mode == Mode::Go {
            prop_assert_eq!(view.in_slot, self.go_in(), "the in pointer");
            let mut expected = vec![None; self.capacity];
            for (i, &v) in self.queue.iter().enumerate() {
                expected[(self.out + i) % self.capacity] = Some(Some(v));
            }
            prop_assert_eq!(shown, expected, "the slots");
        } else {
            prop_assert_eq!(view.in_slot, self.fill, "fill_ptr");
            prop_assert_eq!(&shown, &self.slots, "the slots");
        }
        Ok(())
    }
}

/// Every value the program makes, sorted: Go's `(k-1)*items + i` for i in 1..=items,
/// OSTEP's `k*loops + i` for i in 0..loops.
fn expected_values(s: &Scenario) -> Vec<u32> {
    let (p, n) = (u32::from(s.producers), s.items);
    let mut all: Vec<u32> = match s.mode {
        Mode::Go => (1..=p * n).collect(),
        _ => (0..p * n).collect(),
    };
    all.sort_unstable();
    all
}

/// Runs `s` to its end beside the model; manual runs pick random valid tasks. Returns how
/// many checked pops wrapped the out pointer.
fn check_run(s: Scenario, picks: u64) -> Result<u64, TestCaseError> {
    let mode = s.mode;
    let manual = s.policy == PolicyKind::Manual;
    let mut model = Model::new(usize::from(s.capacity));
    let (mut sim, mut rng) = (Simulation::new(s.clone()), Rng::new(picks));
    while sim.outcome().is_none() && sim.steps() < 200_000 {
        if manual {
            let choices = sim.choices();
            prop_assert!(!choices.is_empty());
            prop_assert_eq!(sim.step_task(choices[rng.below(choices.len())]), Ok(()));
        } else if sim.run_to_end(1) == 0 {
            break;
        }
        match mode {
            Mode::Go => model.go_step(&sim.event().action)?,
            _ => model.ostep_step(&sim.event().action)?,
        }
        model.check_view(&sim, mode)?;
    }
    if sim.outcome() == Some(&Outcome::Finished) {
        let mut consumed = model.consumed.clone();
        consumed.sort_unstable();
        prop_assert_eq!(
            &consumed,
            &expected_values(&s),
            "each value consumed exactly once"
        );
        let mut produced = model.produced.clone();
        produced.sort_unstable();
        prop_assert_eq!(
            produced,
            expected_values(&s),
            "each value produced exactly once"
        );
    }
    Ok(model.wraps)
}

/// Small rings, long runs: pointers wrap many times.
fn sizes() -> impl Strategy<Value = (u8, u8, u8, u32)> {
    let capacity = prop_oneof![1 => Just(0u8), 2 => Just(1u8), 4 => 2u8..=4, 1 => 5u8..=9];
    (1u8..=3, 1u8..=3, capacity, 1u32..=40)
}

fn scenario(mode: Mode) -> impl Strategy<Value = Scenario> {
    let variants: Vec<Option<Variant>> = match mode {
        Mode::Go => vec![None],
        m => Variant::ALL
            .into_iter()
            .filter(|v| v.mode() == m)
            .map(Some)
            .collect(),
    };
    let ms = prop::collection::vec(prop_oneof![Just(0u32), 1u32..=20], 1..=3);
    (
        sizes(),
        select(variants),
        select(PolicyKind::ALL.to_vec()),
        ms.clone(),
        ms,
        any::<u64>(),
    )
        .prop_map(
            move |((p, c, cap, items), variant, policy, pm, cm, seed)| Scenario {
                mode,
                variant,
                producers: p,
                consumers: c,
                capacity: if mode == Mode::Go { cap } else { cap.max(1) },
                items,
                produce_ms: pm,
                consume_ms: cm,
                policy,
                seed,
                ..Scenario::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn go_channel_slots_pointers_and_values_match_the_model(s in scenario(Mode::Go), picks: u64) {
        check_run(s, picks)?;
    }


    #[test]
    fn monitor_buffer_slots_pointers_and_values_match_the_model(s in scenario(Mode::Monitor), picks: u64) {
        check_run(s, picks)?;
    }


    #[test]
    fn semaphore_buffer_slots_pointers_and_values_match_the_model(s in scenario(Mode::Semaphore), picks: u64) {
        check_run(s, picks)?;
    }

}

#[test]
fn the_generated_runs_wrap_the_out_pointer_often() {
    // The same generators, drawn deterministically: how much wrap-around the properties see.
    let mut runner = TestRunner::deterministic();
    let mut wraps = 0;
    for mode in [Mode::Go, Mode::Monitor, Mode::Semaphore] {
        for _ in 0..200 {
            let tree = scenario(mode).new_tree(&mut runner);
            let s = tree.map(|t| t.current()).unwrap_or_default();
            wraps += check_run(s, 7).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    eprintln!("600 deterministic runs: {wraps} checked pops wrapped the out pointer");
    assert!(wraps > 1000, "only {wraps} wraps");
}
