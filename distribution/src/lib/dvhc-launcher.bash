# The JVM a dvhc command runs in, as both launchers choose it: bin/dvhc of the distribution (which has this file in
# its lib/) and scripts/dvhc of a source checkout (which reads it from distribution/src/lib/). Sourced, not run.
# Where the two differ — finding the classes, where the class-data archives live, building a checkout — each
# launcher says so itself. No dirname, cksum or cut here where bash can do without: each process started costs a
# launcher 10-25 ms on the project's 2-core machine (docs/decisions/0016-heap-in-huge-pages.md).

# java_cmd: $DVHC_JAVA_CMD, else $JAVA_HOME/bin/java, else java on the PATH.
dvhc_java() {
  if [ -n "${DVHC_JAVA_CMD:-}" ]; then
    java_cmd="$DVHC_JAVA_CMD"
  elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java_cmd="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    java_cmd="java"
  else
    echo "dvhc: error: no Java found: install a JDK or JRE 17 or newer, or set JAVA_HOME" >&2
    exit 5
  fi
}

# jvm, extra, quick and compilers for the command line "$@".
dvhc_options() {
  # Serial GC and a small bounded heap: on 2 cores as fast as G1 for these jobs, with a third of the memory. The
  # young generation is large enough, and its survivor spaces large enough, for the rows in flight of two partitions
  # to die young: with -Xmn48m an address remap promoted them and the old generation filled to the heap's limit (peak
  # RSS 420 MB, 16.1 s for 1,000,000 rows; now 294 MB, 14.5 s; a code remap of 2,000,000 rows stays at 252 MB;
  # docs/benchmarks.md). More heap: DVHC_JAVA_OPTS=-Xmx1g.
  jvm=(-XX:+UseSerialGC -Xmx256m -Xmn96m -XX:SurvivorRatio=2 -XX:+ExitOnOutOfMemoryError -Xlog:cds=off
    -Xlog:cds+dynamic=off)

  # The heap in transparent huge pages where the kernel offers them (madvise or always): on this project's 2-core
  # machine a page fault costs about 14 us, and a job command touched 38,000 pages; with huge pages for the heap,
  # 22,000, and a 10-row remap took 1.60 s instead of 1.84 s, --help 0.41 s instead of 0.48 s, a 2,000,000-row remap
  # 3.42 s instead of 3.79 s (docs/decisions/0016-heap-in-huge-pages.md). Only where offered: otherwise the JVM warns
  # on stdout.
  local thp=""
  if [ -r /sys/kernel/mm/transparent_hugepage/enabled ]; then read -r thp </sys/kernel/mm/transparent_hugepage/enabled; fi
  case "$thp" in *"[always]"* | *"[madvise]"*) jvm+=(-XX:+UseTransparentHugePages) ;; esac

  # Java sees a terminal only when stdin and stdout are one; the progress bar goes to stderr, so the launcher tells.
  if [ -t 2 ]; then export DVHC_STDERR_TTY=1; else export DVHC_STDERR_TTY=0; fi
  read -r -a extra <<<"${DVHC_JAVA_OPTS:-}"

  # The C1 compiler alone, for help, version and the short runs below; on a machine with at most two processors on
  # one thread. The JVM gives C1 two threads there, and they took the second core from the command's own thread for
  # the 0.8 s of CPU that a 10-row remap spends compiling. With one: a 10-row remap 1.48 -> 1.31 s, a lookup 0.90 ->
  # 0.81 s, agencies validate 1.25 -> 1.12 s (docs/benchmarks.md). Not when DVHC_JAVA_OPTS chooses the compilers
  # itself: with both compilers the JVM refuses to start on one thread.
  local c1=(-XX:TieredStopAtLevel=1) online=""
  if [ -r /sys/devices/system/cpu/online ]; then read -r online </sys/devices/system/cpu/online; fi
  case "$online ${DVHC_JAVA_OPTS:-}" in
    *Tiered* | *CICompilerCount*) ;;
    "0 "* | "0-1 "*) c1+=(-XX:CICompilerCount=1) ;;
  esac

  # Help and version answer from picocli's model alone, without Spring: the job archive costs them more than it saves
  # (0.87 s against 0.67 s for --help, docs/benchmarks.md), so they have a small archive of their own (about 3 MB,
  # made by one --help run) and only the C1 compiler (nothing runs long enough for C2 to pay).
  quick=0
  if [ $# -eq 0 ] || [ "${1:-}" = help ]; then
    quick=1
  fi
  local arg
  for arg in "$@"; do
    case "$arg" in -h | --help | -V | --version) quick=1 ;; esac
  done

  # A longer run keeps both compilers, but C2 compiles a method only once it has run ten times as often as the JVM's
  # default asks: otherwise C2 spends seconds of CPU, on the cores the job needs, on start-up code (class loading,
  # reflection, Spring) that a few thousand calls made warm, and the rows' own methods still reach it early. A
  # 1,000,000-row --into used 18 % less CPU and 8 % less wall time, a 20,000-row file remap 17 % less wall time
  # (docs/benchmarks.md). Help, version and a short run get C1 alone.
  compilers=(-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000
    -XX:Tier4BackEdgeThreshold=400000)
  warm=()
  if [ "$quick" -eq 1 ]; then
    compilers=("${c1[@]}")
  elif dvhc_short_run "$@"; then
    compilers=("${c1[@]}")
    dvhc_warm_run "$@"
  fi
}

# warm: the option that hands a short run to the warm process of this build (decision 0018), for the command's own
# JVM only (not a training run's); DVHC_WARM=0 (or false, no, off) keeps every command in a JVM of its own. Not when
# DVHC_JAVA_OPTS chooses the JVM (the warm process has the options of the command that started it) or the command
# line reads standard input (-) or an @file: both would be the warm process's, not this terminal's.
# Its socket is in $XDG_RUNTIME_DIR/dvhc, else in /tmp/dvhc-<uid> ($TMPDIR on macOS, as Java's temporary folder); the
# JVM makes the folder, for the user alone.
dvhc_warm_run() {
  case "${DVHC_WARM:-1}" in 0 | [Ff][Aa][Ll][Ss][Ee] | [Nn][Oo] | [Oo][Ff][Ff]) return 0 ;; esac
  [ -z "${DVHC_JAVA_OPTS:-}" ] || return 0
  local arg
  for arg in "$@"; do
    case "$arg" in - | @*) return 0 ;; esac
  done
  case "${XDG_RUNTIME_DIR:-}" in
    /*) warm_folder="$XDG_RUNTIME_DIR/dvhc" ;;
    *) case "${OSTYPE:-}" in darwin*) warm_folder="${TMPDIR:-/tmp}" ;; *) warm_folder=/tmp ;; esac
       warm_folder="${warm_folder%/}/dvhc-$UID" ;;
  esac
  warm=("-Ddvhc.warm=$warm_folder")
}

# Whether "$@" is a run that cannot last, for the C1 compiler alone: C2 compiles, on the same two cores, code that a
# small job runs for milliseconds. C1 alone took a third off the CPU time of a 10-row remap and of a lookup
# (docs/benchmarks.md). Short runs: the catalog's and the jobs' queries, and remap and agencies runs whose --input
# files add up to at most 1 MiB. A larger input (a 2,000,000-row remap needs C2), a table remap and every other
# command keep both compilers.
dvhc_short_run() {
  local words=() arg value="" input=0 bytes=0
  for arg in "$@"; do
    if [ -n "$value" ]; then
      if [ "$value" = input ]; then
        input=1
        bytes=$((bytes + $(dvhc_file_size "$arg")))
      fi
      value=""
      continue
    fi
    case "$arg" in
      --input) value=input ;;
      --input=*) input=1; bytes=$((bytes + $(dvhc_file_size "${arg#--input=}"))) ;;
      --home | --db | --db-user | --db-password-env | --log-format) value=root ;;
      -*) ;;
      *) words+=("$arg") ;;
    esac
  done
  case "${words[0]:-} ${words[1]:-}" in
    "reference lookup" | "reference list" | "reference show" | "jobs list" | "jobs show") return 0 ;;
    "remap "* | "agencies validate" | "agencies allocate") [ "$input" -eq 1 ] && [ "$bytes" -le 1048576 ] ;;
    *) return 1 ;;
  esac
}

# Whether the warm process of a short run seems to listen (decision 0018): a socket in its folder. The command's JVM is
# then only its client, which the small help archive starts about 0.17 s sooner than the job archive (0.39 s against
# 0.56 s for a 10-row remap, docs/benchmarks.md). A socket of another build, or one that a killed warm process left,
# costs that one command a start without the job archive.
dvhc_warm_listening() {
  [ "${#warm[@]}" -gt 0 ] && compgen -G "$warm_folder/warm-*.sock" >/dev/null
}

dvhc_file_size() { wc -c 2>/dev/null <"$1" || echo 0; }

# java_bin (the Java binary, links resolved: an archive belongs to one Java) and archive: the kind of class-data
# archive (its file suffix, the option that makes one at exit, the option that uses one). Java 25 and later keep an
# AOT cache (JEP 483, JEP 514) where older ones keep a class-data archive: the classes loaded and also linked, with
# method profiles. On Temurin 25, medians of interleaved runs: --help 0.46 → 0.40 s, a lookup 1.21 → 1.01 s, a 10-row
# remap 2.37 → 2.04 s, agencies validate 1.56 → 1.33 s (docs/benchmarks.md). Its logging is off: JDK 25.0.3 warns on
# stdout about adapters it cannot link from the cache, which it then makes as usual.
dvhc_archive_kind() {
  java_bin="$(readlink -f "$(command -v "$java_cmd")")"
  local java_feature=0 name value
  if [ -r "${java_bin%/bin/java}/release" ]; then
    while IFS='=' read -r name value; do
      if [ "$name" = JAVA_VERSION ]; then value="${value//\"/}"; java_feature="${value%%.*}"; fi
    done <"${java_bin%/bin/java}/release"
  fi
  archive=(jsa -XX:ArchiveClassesAtExit -XX:SharedArchiveFile)
  if [ "$java_feature" -ge 25 ] 2>/dev/null; then
    archive=(aot -XX:AOTCacheOutput -XX:AOTCache)
    jvm+=("-Xlog:aot*=off")
  fi
}

# Makes the archive FILE by running the java command line after it, the option that writes the archive added after
# the Java binary (the training run's output dropped), or leaves none if that fails: dvhc then runs as well, only
# slower to start.
dvhc_train() {
  local file="$1"
  shift
  if "$1" "${archive[1]}=$file.$$" "${@:2}" >/dev/null 2>&1; then
    mv -f "$file.$$" "$file"
  else
    rm -f "$file.$$"
  fi
}
