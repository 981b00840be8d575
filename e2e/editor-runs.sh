# Sourced, with its arguments, by the editor runners that run one editor process per policy
# (e2e/nvim/run.sh, e2e/emacs/run.sh): what they open and expect, and the tally of their runs (each run
# prints "ok - …" lines and a last "N passed, N failed[, N skipped]").

# the policies to open: the arguments, or the e2e fixture and every example
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=(e2e/fixtures/ws/*.policy.yaml examples/*.policy.yaml); fi
# ids the completion at a data item's category: must offer
export DERBES_DATA_CATEGORIES=$(node -p "require('./server/src/taxonomy/data/data-categories.json').entries.map(e => e.id).join(',')")
# expected_code <file>: a diagnostic code the file must show (the fixture's misspelt key), or nothing
expected_code() { case "$1" in e2e/fixtures/*) echo unknown-key ;; esac; }

pass=0 fail=0 skipped=0

# tally <editor> <exit code> <the run's result lines>: prints them (the summary aside) indented, adds the
# counts; a run without a summary, or that exited non-zero with nothing failed, counts as one failure
tally() {
  local editor=$1 rc=$2 out=$3 line p q s
  printf '%s\n' "$out" | grep -Ev '^[0-9]+ passed, [0-9]+ failed|^$' | sed 's/^/  /'
  line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -1)
  if [ -z "$line" ]; then
    echo "  $editor exited $rc without a summary"; fail=$((fail + 1)); return
  fi
  p=${line%% passed*}; q=${line#*passed, }; q=${q%% failed*}
  pass=$((pass + p)); fail=$((fail + q))
  case "$line" in *skipped*) s=${line##*failed, }; skipped=$((skipped + ${s%% skipped*})) ;; esac
  [ "$rc" -eq 0 ] || [ "$q" -gt 0 ] || fail=$((fail + 1))
}

# tally_total: the runner's last line, the totals; its status is the runner's
tally_total() {
  echo "$pass passed, $fail failed$([ "$skipped" -gt 0 ] && echo ", $skipped skipped")"
  [ "$fail" -eq 0 ]
}
