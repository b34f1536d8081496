//! The view's URL parameters (`embed`, `panels`, `view`, `autoplay`, `speed`, `theme`,
//! `step`): every key read and written back, every bad value named in a message, and junk
//! never panics.

use producer_consumer_lab::view_params::{
    join_queries, parse_view_params, view_query, Speed, Theme, ViewParams, SPEEDS,
};

#[test]
fn an_empty_query_gives_the_defaults_and_no_errors() {
    let parsed = parse_view_params("");
    assert_eq!(parsed.params, ViewParams::default());
    assert!(parsed.errors.is_empty());
    assert_eq!(parsed.params.speed.factor(), 2.0);
    assert_eq!(parsed.params.theme, Theme::Auto);
}

#[test]
fn every_key_is_read_with_or_without_the_question_mark() {
    let parsed = parse_view_params("?embed=1&autoplay=1&speed=0.25&theme=dark&step=12");
    let p = parsed.params;
    assert!(p.embed && p.autoplay);
    assert_eq!(p.speed.factor(), 0.25);
    assert_eq!(p.theme, Theme::Dark);
    assert_eq!(p.step, Some(12));
    assert!(parsed.errors.is_empty());
    assert_eq!(parse_view_params("theme=light").params.theme, Theme::Light);
}

#[test]
fn the_scenario_keys_and_unknown_keys_are_ignored() {
    let parsed = parse_view_params("preset=seed&capacity=99&bogus&speed=4");
    assert_eq!(parsed.params.speed.factor(), 4.0);
    assert!(parsed.errors.is_empty());
}

#[test]
fn speeds_may_be_written_with_a_times_sign_or_decimals() {
    for (text, factor) in [
        ("2x", 2.0),
        ("64", 64.0),
        (".5", 0.5),
        ("1.0", 1.0),
        ("8%C3%97", 8.0),
    ] {
        let parsed = parse_view_params(&format!("speed={text}"));
        assert_eq!(parsed.params.speed.factor(), factor, "speed={text}");
        assert!(parsed.errors.is_empty(), "speed={text}");
    }
}

#[test]
fn a_bad_speed_names_the_value_the_allowed_speeds_and_the_default_kept() {
    let parsed = parse_view_params("speed=3&step=4");
    assert_eq!(parsed.params.speed, Speed::DEFAULT);
    assert_eq!(parsed.params.step, Some(4), "the other keys still apply");
    let messages: Vec<String> = parsed.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["speed=3 is not recognised: allowed 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64 (kept the default, 2)"]
    );
}

#[test]
fn every_bad_key_gets_its_own_message() {
    let parsed = parse_view_params("embed=yes&autoplay=2&theme=blue&step=-1&speed=");
    let keys: Vec<&str> = parsed.errors.iter().map(|e| e.key).collect();
    assert_eq!(keys, ["embed", "autoplay", "speed", "theme", "step"]);
    assert_eq!(parsed.params, ViewParams::default());
    assert_eq!(
        parsed.errors[3].to_string(),
        "theme=blue is not recognised: allowed auto, light, dark (kept the default, auto)"
    );
    assert!(parsed.errors[4]
        .to_string()
        .starts_with("step=-1 is not recognised: allowed 0 to "));
}

#[test]
fn when_a_key_repeats_the_last_one_wins() {
    let parsed = parse_view_params("speed=64&speed=1");
    assert_eq!(parsed.params.speed.factor(), 1.0);
}

#[test]
fn a_huge_or_badly_escaped_value_is_shortened_or_reported_raw() {
    let huge = format!("theme={}", "x".repeat(10_000));
    let parsed = parse_view_params(&huge);
    assert_eq!(parsed.errors[0].value.chars().count(), 41);
    let parsed = parse_view_params("speed=%zz");
    assert_eq!(parsed.errors[0].value, "%zz");
}

#[test]
fn junk_never_panics() {
    for junk in [
        "&&&",
        "=",
        "==&=",
        "%",
        "step=99999999999999999999999",
        "speed=NaN",
        "é=é",
    ] {
        let _ = parse_view_params(junk);
    }
}

#[test]
fn writing_keeps_only_what_differs_from_the_defaults() {
    assert_eq!(view_query(&ViewParams::default()), "");
    let params = ViewParams {
        embed: true,
        autoplay: true,
        speed: Speed::from_index(0),
        theme: Theme::Dark,
        step: Some(7),
        ..ViewParams::default()
    };
    let written = view_query(&params);
    assert_eq!(written, "embed=1&autoplay=1&speed=0.25&theme=dark&step=7");
    assert_eq!(parse_view_params(&written).params, params);
}

#[test]
fn faster_and_slower_walk_the_list_and_stop_at_its_ends() {
    let slowest = Speed::from_index(0);
    assert_eq!(slowest.slower(), slowest);
    let fastest = Speed::from_index(99);
    assert_eq!(fastest.factor(), 64.0);
    assert_eq!(fastest.faster(), fastest);
    assert_eq!(Speed::DEFAULT.faster().factor(), 4.0);
    assert_eq!(Speed::DEFAULT.to_string(), "2×");
    assert_eq!(SPEEDS.len(), 9);
}

#[test]
fn queries_join_with_ampersands_and_skip_empty_parts() {
    assert_eq!(join_queries(&["a=1", "", "b=2"]), "a=1&b=2");
    assert_eq!(join_queries(&["", ""]), "");
}

#[test]
fn panels_and_the_presentation_view_are_read_and_written_back_in_a_fixed_order() {
    use producer_consumer_lab::view_params::Panel;
    let parsed = parse_view_params("embed=1&panels=timeline,code&view=present&step=3");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let p = parsed.params;
    assert!(p.panels.has(Panel::Code) && p.panels.has(Panel::Timeline));
    assert!(!p.panels.has(Panel::Console));
    assert!(p.present);
    assert_eq!(
        view_query(&p),
        "embed=1&panels=code,timeline&view=present&step=3"
    );
    let all = parse_view_params("panels=book,queues,console,timeline,code").params;
    assert_eq!(all.panels.names(), "code,console,queues,book,timeline");
    assert!(parse_view_params("panels=").params.panels.is_empty());
}

#[test]
fn an_unknown_panel_or_view_is_named_and_keeps_the_default() {
    let parsed = parse_view_params("panels=code,stack&view=huge");
    assert!(parsed.params.panels.is_empty());
    assert!(!parsed.params.present);
    let messages: Vec<String> = parsed.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "panels=code,stack is not recognised: allowed a comma-separated list of code, \
             console, queues, book, timeline (kept the default, none)",
            "view=huge is not recognised: allowed full, present (kept the default, full)",
        ]
    );
}
