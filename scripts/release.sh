#!/usr/bin/env bash
# Release chores, as docs/release.md describes them.
#
#   scripts/release.sh check               main is clean, its dist/ is what the sources build
#   scripts/release.sh tag v1.2.3 [--push]  annotated tag v1.2.3 on HEAD (package.json must say 1.2.3)
#   scripts/release.sh move-major v1.2.3 [--push]   v1 moved to the commit of v1.2.3
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "release: $*" >&2; exit 1; }

semver() {
  [[ "$1" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || die "$1 is not a release tag like v1.2.3"
  major="v${BASH_REMATCH[1]}"
}

check() {
  [ -z "$(git status --porcelain)" ] || die "the working tree has changes: commit or stash them"
  npm run build >/dev/null
  git add --intent-to-add --all -- dist/
  git diff --quiet -- dist/ || die "dist/ is stale: run npm run build and commit dist/"
  echo "release: the tree is clean and dist/ matches the sources"
}

tag() {
  semver "$1"
  local version
  version=$(node -p 'require("./package.json").version')
  [ "v$version" = "$1" ] || die "package.json says $version, not ${1#v}: bump it first"
  git rev-parse -q --verify "refs/tags/$1" >/dev/null && die "$1 exists already"
  check
  git tag -a "$1" -m "gc-timeouts $1"
  echo "release: tagged $1 at $(git rev-parse --short HEAD)"
  [ "${2:-}" = --push ] && git push origin "refs/tags/$1"
  return 0
}

move_major() {
  semver "$1"
  local commit
  commit=$(git rev-parse -q --verify "$1^{commit}") || die "no tag $1"
  # A major tag never moves backwards: the newest release of that major is the one users get.
  local newest
  newest=$(git tag --list "$major.*" --sort=-v:refname | grep -E "^$major\.[0-9]+\.[0-9]+$" | head -n 1)
  [ "$newest" = "$1" ] || die "$1 is not the newest $major release ($newest is)"
  git tag -fa "$major" -m "gc-timeouts $1" "$commit"
  echo "release: $major -> $1 ($(git rev-parse --short "$commit"))"
  [ "${2:-}" = --push ] && git push --force origin "refs/tags/$major"
  return 0
}

case "${1:-}" in
  check) check ;;
  tag) tag "${2:-}" "${3:-}" ;;
  move-major) move_major "${2:-}" "${3:-}" ;;
  *) die "usage: scripts/release.sh check | tag vX.Y.Z [--push] | move-major vX.Y.Z [--push]" ;;
esac
