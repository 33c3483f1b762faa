#!/usr/bin/env bash
# Lints OpenAPI specs with Spectral (spectral:oas) and Redocly (recommended), the rulesets in scripts/spec-lint/.
# Any error or warning fails. Usage: scripts/lint-specs.sh [spec.yaml ...]   (default: every api-specs/*/openapi.yaml)
# Installs the two linters from the npm registry into scripts/spec-lint/node_modules on first use (needs Node.js).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/scripts/spec-lint"
if [ $# -eq 0 ]; then
  set -- "$root"/api-specs/*/openapi.yaml
fi
if [ ! -x "$tools/node_modules/.bin/spectral" ] || [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
failed=0
for spec in "$@"; do
  if ! "$tools/node_modules/.bin/spectral" lint --quiet --fail-severity=warn --ruleset "$tools/.spectral.yaml" "$spec"; then
    failed=1
  fi
  report="$("$tools/node_modules/.bin/redocly" lint --config "$tools/redocly.yaml" --format=json "$spec" 2>/dev/null || true)"
  if ! REPORT="$report" SPEC="$spec" python3 - <<'PY'
import json, os, sys
report = json.loads(os.environ["REPORT"])
for problem in report["problems"]:
    where = problem["location"][0].get("pointer", "")
    print(f'{os.environ["SPEC"]}: redocly {problem["severity"]} {problem["ruleId"]}: {problem["message"]} at {where}')
sys.exit(1 if report["totals"]["errors"] or report["totals"]["warnings"] else 0)
PY
  then
    failed=1
  fi
done
if [ "$failed" = 0 ]; then
  echo "spec lint: $# spec(s), no errors or warnings (Spectral spectral:oas, Redocly recommended)"
fi
exit "$failed"
