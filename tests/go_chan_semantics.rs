#![cfg(not(target_arch = "wasm32"))]
//! Go channel semantics, after Go's own `runtime/chan_test.go`, for every capacity 0..=32:
//! blocking and non-blocking sends and receives, FIFO order, close draining the buffer,
//! close waking receivers, and many producers' values each received exactly once.
//!
//! Each property is checked on the channel itself ([`Channel`]) and on whole programs
//! ([`Simulation`]), with manual choices where a test needs one particular interleaving.

use producer_consumer_lab::sim::go::{Channel, RecvResult, SendResult};
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::{
    Item, PolicyKind, PrintKind, Scenario, Simulation, TaskId, TaskState, WaitReason,
};

const CAPACITIES: std::ops::RangeInclusive<u8> = 0..=32;

fn item(value: u32) -> Item {
    Item {
        value,
        producer: 0,
        since_ms: 0,
    }
}

/// One producer and `consumers` consumers on a channel of `capacity`, chosen by hand.
fn manual(capacity: u8, items: u32, consumers: u8) -> Simulation {
    Simulation::new(Scenario {
        consumers,
        capacity,
        items,
        produce_ms: vec![0],
        consume_ms: vec![0],
        policy: PolicyKind::Manual,
        ..Scenario::default()
    })
}

/// Sends `1..=n` into `ch`, each into the buffer.
fn fill(ch: &mut Channel, n: usize) {
    for v in 1..=n as u32 {
        assert!(matches!(ch.send(0, item(v)), SendResult::Buffered(_)));
    }
}

/// Runs `task` until it is no longer runnable (blocked, asleep or done).
fn run_while_runnable(sim: &mut Simulation, task: TaskId) {
    while sim.kernel().state(task).is_runnable() && sim.step_task(task).is_ok() {}
}

/// The values consumers printed, in print order.
fn consumed(trace: &Trace) -> Vec<u32> {
    let values = trace.lines.iter().filter_map(|line| match line.print {
        PrintKind::Consumed(v) => Some(v),
        _ => None,
    });
    values.collect()
}

#[test]
fn a_send_blocks_exactly_when_no_receiver_waits_and_the_buffer_is_full() {
    for cap in CAPACITIES.map(usize::from) {
        let mut ch = Channel::new(cap);
        fill(&mut ch, cap);
        assert_eq!(ch.send(0, item(99)), SendResult::Blocked, "cap {cap}: full");
        assert!(ch.invariants_hold());
        // A receiver waiting on an empty channel gets the value without buffering it.
        let mut ch = Channel::new(cap);
        assert_eq!(ch.recv(1, 0), RecvResult::Blocked, "cap {cap}: empty");
        assert_eq!(ch.send(0, item(7)), SendResult::HandedOff(1));
        assert!(ch.buffer().is_empty() && ch.invariants_hold());
    }
}

#[test]
fn a_producer_alone_fills_the_buffer_then_blocks_and_a_consumer_alone_blocks() {
    for cap in CAPACITIES {
        let mut sim = manual(cap, u32::from(cap) + 1, 1);
        run_while_runnable(&mut sim, 0);
        let full = [WaitReason::SendNoReceiver, WaitReason::SendFull][usize::from(cap > 0)];
        assert_eq!(sim.kernel().state(0), TaskState::Blocked(full), "cap {cap}");
        assert_eq!(
            sim.world().buffered(),
            usize::from(cap),
            "cap {cap}: all slots"
        );
        let mut sim = manual(cap, 3, 1);
        run_while_runnable(&mut sim, 1);
        let empty = TaskState::Blocked(WaitReason::RecvEmpty);
        assert_eq!(
            sim.kernel().state(1),
            empty,
            "cap {cap}: nothing to receive"
        );
    }
}

#[test]
fn a_full_buffer_takes_the_blocked_senders_value_at_its_tail_on_receive() {
    for cap in CAPACITIES.map(usize::from).filter(|&cap| cap > 0) {
        let mut ch = Channel::new(cap);
        fill(&mut ch, cap);
        assert_eq!(ch.send(5, item(1000)), SendResult::Blocked);
        let RecvResult::FromBuffer {
            item: got, refill, ..
        } = ch.recv(9, 0)
        else {
            panic!("cap {cap}: a full buffer gives its head");
        };
        assert_eq!(got.value, 1);
        assert_eq!(
            refill.map(|(sender, held, _)| (sender, held.value)),
            Some((5, 1000))
        );
        let rest: Vec<u32> = ch.buffer().iter().map(|i| i.value).collect();
        let expected: Vec<u32> = (2..=cap as u32).chain([1000]).collect();
        assert_eq!(rest, expected, "cap {cap}: FIFO, the sender's value last");
    }
}

#[test]
fn a_single_producers_values_come_out_in_order() {
    for cap in CAPACITIES {
        for policy in [
            PolicyKind::RunUntilBlock,
            PolicyKind::RoundRobin,
            PolicyKind::Random,
        ] {
            let scenario = Scenario {
                capacity: cap,
                items: 60,
                produce_ms: vec![0],
                consume_ms: vec![3],
                policy,
                seed: u64::from(cap),
                ..Scenario::default()
            };
            let values = consumed(&Trace::of(scenario));
            assert_eq!(
                values,
                (1..=60).collect::<Vec<_>>(),
                "cap {cap}, {policy:?}"
            );
        }
    }
}

#[test]
fn close_lets_receivers_drain_the_buffer_before_range_ends() {
    for capacity in CAPACITIES {
        let cap = usize::from(capacity);
        let mut ch = Channel::new(cap);
        fill(&mut ch, cap);
        assert!(ch.close().is_some());
        assert_eq!(
            ch.send(0, item(0)),
            SendResult::Closed,
            "send on closed channel"
        );
        assert_eq!(ch.close(), None, "close of closed channel");
        let mut drained = Vec::new();
        while let RecvResult::FromBuffer { item, .. } = ch.recv(1, 0) {
            drained.push(item.value);
        }
        assert_eq!(drained, (1..=cap as u32).collect::<Vec<_>>(), "cap {cap}");
        assert_eq!(
            ch.recv(1, 0),
            RecvResult::Closed,
            "cap {cap}: then closed, forever"
        );
        // The whole program: the producer fills the buffer and closes before C1 runs.
        let mut sim = manual(capacity, u32::from(capacity), 1);
        run_while_runnable(&mut sim, 0);
        assert_eq!(
            sim.kernel().state(0),
            TaskState::Done,
            "cap {cap}: closed and exited"
        );
        run_while_runnable(&mut sim, 1);
        assert_eq!(
            sim.kernel().state(1),
            TaskState::Done,
            "cap {cap}: range ended"
        );
        assert_eq!(
            sim.world().consumed_by(),
            [cap as u64],
            "cap {cap}: all drained"
        );
    }
}

#[test]
fn close_wakes_every_blocked_receiver_in_fifo_order_and_their_range_ends() {
    for cap in CAPACITIES {
        let mut ch = Channel::new(usize::from(cap));
        for receiver in [3, 1, 2] {
            assert_eq!(ch.recv(receiver, 0), RecvResult::Blocked);
        }
        assert_eq!(ch.close(), Some((vec![3, 1, 2], vec![])), "cap {cap}");
        // The program: three consumers block, the producer hands one value over and closes.
        let mut sim = manual(cap, 1, 3);
        (1..=3).for_each(|c| run_while_runnable(&mut sim, c));
        assert!(
            (1..=3).all(|c| !sim.kernel().state(c).is_runnable()),
            "cap {cap}"
        );
        run_while_runnable(&mut sim, 0);
        assert_eq!(
            sim.event().woke,
            [2, 3],
            "cap {cap}: C1 got the value; close woke C2, C3"
        );
        (1..=3).for_each(|c| run_while_runnable(&mut sim, c));
        assert!(
            (0..4).all(|t| sim.kernel().state(t) == TaskState::Done),
            "cap {cap}"
        );
        assert_eq!(
            sim.outcome().map(|o| o.word()),
            Some("finished"),
            "cap {cap}"
        );
    }
}

#[test]
fn four_producers_values_are_each_received_exactly_once_by_several_consumers() {
    for cap in CAPACITIES {
        for policy in [
            PolicyKind::RoundRobin,
            PolicyKind::Random,
            PolicyKind::RunUntilBlock,
        ] {
            let scenario = Scenario {
                producers: 4,
                consumers: 3,
                capacity: cap,
                items: 150,
                produce_ms: vec![0, 1, 2, 0],
                consume_ms: vec![0, 2, 1],
                policy,
                seed: 1000 + u64::from(cap),
                ..Scenario::default()
            };
            let trace = Trace::of(scenario);
            let mut values = consumed(&trace);
            values.sort_unstable();
            assert_eq!(
                values,
                (1..=600).collect::<Vec<_>>(),
                "cap {cap}, {policy:?}"
            );
            assert_eq!(trace.consumed.iter().sum::<u64>(), 600);
            assert_eq!(trace.end_word(), "finished", "cap {cap}, {policy:?}");
        }
    }
}
