#!/usr/bin/env bash
# The README's test command: installs what the tests need and is missing (Debian's redis-server, chromium and
# chromium-driver, with apt-get), then runs every test: dotnet test NegoSim.sln -c Release [ARGS...].
# Extra arguments go to dotnet test, e.g. ./test.sh --filter "Category!=Slow" for the fast subset.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK (dotnet) is not on PATH; this project needs .NET SDK 10 (see global.json)." >&2
  exit 1
fi

# The cluster tests start a real redis-server; the classroom and report tests open pages in a real headless Chromium,
# the report tests through Debian's chromedriver (Selenium; nothing is downloaded).
need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
{ command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; } || need+=(chromium)
{ command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ]; } || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]} (Debian packages)"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null; }; then
    echo "test.sh: could not install ${need[*]}; install them (apt-get install ${need[*]}) and run again." >&2
    exit 1
  fi
fi

exec dotnet test NegoSim.sln -c Release "$@"
