#![cfg(not(target_arch = "wasm32"))]
//! Properties of the Go program over thousands of random scenarios and schedules: every
//! policy (manual with random valid picks), capacity 0 included, several producers and
//! consumers, sleeps including 0, with and without `close`.
//!
//! After every step: no value is lost or duplicated, values leave the buffer in the order
//! they entered it (the sequence of dequeues is the sequence of enqueues), the buffer never
//! exceeds its capacity, and Go's channel invariants hold. Across runs: the same inputs
//! give the same steps, and stepping back k steps then forward k steps changes nothing.

use std::collections::VecDeque;

use producer_consumer_lab::sim::history::Run;
use producer_consumer_lab::sim::rng::Rng;
use producer_consumer_lab::sim::world::World;
use producer_consumer_lab::sim::{
    Action, Item, Mode, Outcome, PolicyKind, Scenario, Simulation, StepEvent, StepResult,
};
use proptest::prelude::*;
use proptest::sample::select;

const POLICIES: [PolicyKind; 5] = [
    PolicyKind::RunUntilBlock,
    PolicyKind::RoundRobin,
    PolicyKind::Random,
    PolicyKind::Manual,
    PolicyKind::GoRuntime,
];

/// Sleeps per task: zero often, short often (ties and interleavings), long sometimes.
fn ms_list() -> impl Strategy<Value = Vec<u32>> {
    let ms = prop_oneof![3 => Just(0u32), 3 => 1u32..=10, 1 => 11u32..=5000];
    prop::collection::vec(ms, 1..=3)
}

/// A small Go scenario: up to 4 producers and 4 consumers, capacity 0 in a third of cases.
fn go_scenario() -> impl Strategy<Value = Scenario> {
    let capacity = prop_oneof![2 => Just(0u8), 3 => 1u8..=4, 1 => 5u8..=16];
    let sizes = (1u8..=4, 1u8..=4, capacity, 1u32..=40);
    let rest = (
        ms_list(),
        ms_list(),
        prop::bool::weighted(0.85),
        select(&POLICIES[..]),
    );
    (sizes, rest, any::<u64>()).prop_map(|((p, c, cap, items), (pm, cm, close, policy), seed)| {
        Scenario {
            mode: Mode::Go,
            producers: p,
            consumers: c,
            capacity: cap,
            items,
            produce_ms: pm,
            consume_ms: cm,
            close,
            policy,
            seed,
            ..Scenario::default()
        }
    })
}

/// Runs `scenario` to its end, calling `check` after every step. Manual runs pick a random
/// valid task each step (from `Simulation::choices`), drawn from `picks`. Returns the final
/// state and the task of every step.
fn drive(
    scenario: Scenario,
    picks: u64,
    mut check: impl FnMut(&Simulation) -> Result<(), TestCaseError>,
) -> Result<(Simulation, Vec<u8>), TestCaseError> {
    let manual = scenario.policy == PolicyKind::Manual;
    let (mut sim, mut rng, mut tasks) = (Simulation::new(scenario), Rng::new(picks), Vec::new());
    while sim.outcome().is_none() && sim.steps() < 100_000 {
        if manual {
            let choices = sim.choices();
            prop_assert!(!choices.is_empty(), "a live run always offers a choice");
            let task = choices[rng.below(choices.len())];
            prop_assert_eq!(sim.step_task(task), Ok(()));
        } else {
            prop_assert_eq!(sim.step(), StepResult::Stepped);
        }
        tasks.push(sim.event().task as u8);
        check(&sim)?;
    }
    prop_assert!(sim.outcome().is_some(), "the run ends");
    Ok((sim, tasks))
}

/// What the checker remembers between steps: a model of the buffer and who got what.
#[derive(Default)]
struct Ledger {
    /// The values in the buffer, as the events say they went in and out.
    buffer: VecDeque<u32>,
    /// `received[v]`: value `v` has been received.
    received: Vec<bool>,
    /// Per producer, the last value of its received, to check they arrive in order.
    last_from: Vec<u32>,
}

impl Ledger {
    fn receive(&mut self, item: Item, scenario: &Scenario) -> Result<(), TestCaseError> {
        let v = item.value as usize;
        let producer = usize::from(item.producer);
        prop_assert_eq!(
            (v - 1) / scenario.items as usize,
            producer,
            "value {} is its producer's",
            v
        );
        prop_assert!(!self.received[v], "value {} received twice", v);
        self.received[v] = true;
        prop_assert!(
            item.value > self.last_from[producer],
            "producer {}'s values in order",
            producer
        );
        self.last_from[producer] = item.value;
        Ok(())
    }

    /// Checks one step: conservation, capacity, Go's invariants and FIFO through the buffer.
    fn check(&mut self, sim: &Simulation) -> Result<(), TestCaseError> {
        let scenario = sim.scenario();
        let World::Go(w) = sim.world() else {
            return Err(TestCaseError::fail("a Go scenario runs the Go world"));
        };
        let counts = sim.world().counts();
        prop_assert_eq!(
            counts.produced,
            counts.consumed + counts.buffered + counts.in_flight
        );
        prop_assert!(sim.world().buffered() <= usize::from(scenario.capacity));
        prop_assert!(
            w.channel().invariants_hold(),
            "Go's invariants at step {}",
            sim.steps()
        );
        match sim.event().action {
            Action::SentToBuffer { item, .. } => self.buffer.push_back(item.value),
            Action::ReceivedFromBuffer { item, refill, .. } => {
                prop_assert_eq!(self.buffer.pop_front(), Some(item.value), "FIFO");
                if let Some((_, held, _)) = refill {
                    self.buffer.push_back(held.value);
                }
                self.receive(item, scenario)?;
            }
            Action::HandedOff { item, .. } | Action::ReceivedFromSender { item, .. } => {
                prop_assert!(
                    self.buffer.is_empty(),
                    "a value bypasses only an empty buffer"
                );
                self.receive(item, scenario)?;
            }
            _ => {}
        }
        let in_buffer: Vec<u32> = w.channel().buffer().iter().map(|i| i.value).collect();
        prop_assert_eq!(&in_buffer, &Vec::from(self.buffer.clone()));
        Ok(())
    }
}

/// Every step's event, for comparing two runs.
fn events(scenario: &Scenario, picks: u64) -> Result<Vec<StepEvent>, TestCaseError> {
    let mut events = Vec::new();
    drive(scenario.clone(), picks, |sim| {
        events.push(sim.event().clone());
        Ok(())
    })?;
    Ok(events)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn no_value_is_lost_duplicated_or_reordered_and_go_invariants_hold(
        scenario in go_scenario(),
        picks in any::<u64>(),
    ) {
        let total = usize::from(scenario.producers) * scenario.items as usize;
        let mut ledger = Ledger {
            received: vec![false; total + 1],
            last_from: vec![0; usize::from(scenario.producers)],
            ..Ledger::default()
        };
        let close = scenario.close;
        let (sim, _) = drive(scenario, picks, |sim| ledger.check(sim))?;
        prop_assert!(ledger.received[1..].iter().all(|&r| r), "every value received");
        prop_assert!(ledger.buffer.is_empty());
        let expected = if close { "finished" } else { "deadlock" };
        prop_assert_eq!(sim.outcome().map(Outcome::word), Some(expected));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn the_same_inputs_give_the_same_steps_and_back_then_forward_changes_nothing(
        scenario in go_scenario(),
        picks in any::<u64>(),
        at in 0.0..=1.0f64,
        back in 0u64..=40,
    ) {
        prop_assert_eq!(events(&scenario, picks)?, events(&scenario, picks)?);
        let (sim, tasks) = drive(scenario.clone(), picks, |_| Ok(()))?;
        // A manual run's picks become its schedule; other policies replay by themselves.
        let mut run = Run::new(Scenario { schedule: tasks, ..scenario });
        run.run_to_end(u64::MAX);
        prop_assert_eq!(run.sim().kernel(), sim.kernel());
        prop_assert_eq!(run.sim().world(), sim.world());
        let n = (run.furthest_step() as f64 * at) as u64;
        let k = back.min(n);
        run.seek(n);
        let before = format!("{:?}", run.sim());
        for _ in 0..k {
            prop_assert!(run.back());
        }
        prop_assert_eq!(run.sim().steps(), n - k);
        for _ in 0..k {
            prop_assert_eq!(run.step(), StepResult::Stepped);
        }
        prop_assert_eq!(format!("{:?}", run.sim()), before);
    }
}
