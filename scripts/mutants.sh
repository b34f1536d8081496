#!/usr/bin/env bash
# Mutation testing of the core's semantic files with cargo-mutants (from crates.io): each
# mutant is a small plausible bug (an operator flipped, a return value replaced, a branch
# removed) that the native tests must catch. Too slow for the test command (each mutant
# rebuilds the crate), so it is a documented check run by hand:
#
#   scripts/mutants.sh                 every group below
#   scripts/mutants.sh go sync         only these groups (go, kernel, sync, history, interpreter)
#   MUTANTS_JOBS=2 scripts/mutants.sh  more builds at once (default 1: two cores)
#   MUTANTS_ITERATE=1 scripts/mutants.sh interpreter
#                                      resume: skip the mutants an earlier run already judged
#
# Each group mutates its files and runs only the tests that exercise them, so one mutant
# costs seconds, not the whole suite. Results: mutants.out/<group>/ (outcomes.json,
# caught.txt, missed.txt, unviable.txt, timeout.txt); the summary line per group is what
# the README quotes. Missed mutants are either killed by a new test or listed in the
# README as equivalent, with the reason.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

MUTANTS_VERSION="27.1.0"
if [[ "$(cargo mutants --version 2>/dev/null | awk '{ print $2 }')" != "$MUTANTS_VERSION" ]]; then
  say "installing cargo-mutants $MUTANTS_VERSION (takes minutes)"
  cargo install --locked cargo-mutants --version "$MUTANTS_VERSION"
fi

# group_files GROUP / group_tests GROUP: what each group mutates, and the tests it runs.
group_files() {
  case "$1" in
    go) echo src/sim/go/channel.rs src/sim/ring_buffer.rs src/sim/run_queue.rs \
      src/sim/timers.rs src/sim/go_timer_heap.rs ;;
    kernel) echo src/sim/kernel.rs ;;
    sync) echo src/sim/monitor/mutex.rs src/sim/monitor/condvar.rs src/sim/semaphore/counting.rs ;;
    history) echo src/sim/history/checkpoints.rs ;;
    interpreter) find src/sim/golang -name '*.rs' 2>/dev/null |
      grep -E '(chan|sync|select|wait|mutex|cond)' | tr '\n' ' ' ;;
    *) die "unknown group: $1 (go, kernel, sync, history, interpreter)" ;;
  esac
}
group_tests() {
  case "$1" in
    go | kernel) echo go_chan_semantics go_properties go_runtime_crosscheck go_runtime_policy \
      go_seed_trace go_close_wake_order go_blocked_sender_line model_checked_buffers \
      narration_messages monitor_book_figures monitor_correct_never_fails \
      semaphore_book_figure ;;
    sync) echo monitor_book_figures monitor_broken_variants monitor_correct_never_fails \
      monitor_manual_schedule semaphore_book_figure semaphore_correct_never_fails \
      semaphore_mutex_outside model_checked_buffers ostep_real_outcomes ;;
    history) echo history history_branching history_memory ;;
    interpreter) ls tests/go_programs*.rs tests/golang*.rs tests/model_checked_learner*.rs 2>/dev/null |
      xargs -r -n1 basename | sed 's/\.rs$//' | tr '\n' ' ' ;;
  esac
}

groups=("$@")
[[ ${#groups[@]} -gt 0 ]] || groups=(go kernel sync history interpreter)
for group in "${groups[@]}"; do
  read -r -a files <<<"$(group_files "$group")"
  if [[ ${#files[@]} -eq 0 ]]; then
    say "$group: no files to mutate yet; skipped"
    continue
  fi
  mkdir -p "mutants.out/$group"
  # A mutant that makes a test loop forever costs the whole timeout, so it is three times
  # the unmutated tests' time (at least cargo-mutants' 20 s), measured at the start under
  # the same load: the groups' tests take 4 to 11 s on a quiet machine.
  args=(--no-shuffle --jobs "${MUTANTS_JOBS:-1}" --output "mutants.out/$group"
    --timeout-multiplier 3 --build-timeout 600 --cargo-arg=--lib)
  [[ -n "${MUTANTS_ITERATE:-}" ]] && args+=(--iterate)
  for f in "${files[@]}"; do args+=(--file "$f"); done
  for t in $(group_tests "$group"); do
    # For the build too (`--cargo-arg`): otherwise every mutant relinks all ~90 test binaries.
    [[ -f "tests/$t.rs" ]] && args+=("--cargo-arg=--test=$t")
  done
  say "$group: ${files[*]}"
  cargo mutants "${args[@]}" || true # non-zero whenever a mutant survives
  dir="mutants.out/$group/mutants.out"
  count() { [[ -f "$dir/$1.txt" ]] && wc -l <"$dir/$1.txt" || echo 0; }
  printf 'mutants.sh: %-12s caught %s, missed %s, unviable %s, timeout %s\n' "$group" \
    "$(count caught)" "$(count missed)" "$(count unviable)" "$(count timeout)"
done
