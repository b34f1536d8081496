//! `pc-trace --sweep PARAM:FROM-TO QUERY`: runs the experiment headless and prints one
//! tab-separated row per setting (the page's chart table, as text).

use producer_consumer_lab::sim::experiment::Sweep;
use producer_consumer_lab::sim::scenario::Scenario;

/// Runs the sweep `text` on `base`; returns the exit status (0, or 64 for a bad sweep).
pub fn run(text: &str, base: &Scenario) -> i32 {
    let mut sweep = match Sweep::parse(text, base) {
        Ok(sweep) => sweep,
        Err(e) => {
            eprintln!("pc-trace: {e}");
            return 64;
        }
    };
    println!(
        "{}\tthroughput/s\tmean occupancy\tproducers blocked\tconsumers blocked\tfinish ms\tlimited by",
        sweep.param.name()
    );
    sweep.run_all();
    for (value, m) in sweep.values.iter().zip(&sweep.results) {
        let rate = m
            .throughput_per_s
            .map_or("no time passes".to_owned(), |r| format!("{r:.3}"));
        println!(
            "{value}\t{rate}\t{:.2}\t{:.0}%\t{:.0}%\t{}\t{}",
            m.mean_occupancy,
            m.producers_blocked * 100.0,
            m.consumers_blocked * 100.0,
            m.finish_ms,
            m.limit.describe()
        );
    }
    0
}
