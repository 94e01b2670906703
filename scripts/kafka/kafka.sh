#!/usr/bin/env bash
# A single-node Kafka (KRaft, broker + controller in one JVM) for development and CI, without Docker.
# The broker jars come from Maven Central through scripts/kafka/pom.xml (reusing ~/.m2).
#
#   scripts/kafka/kafka.sh start    fetch jars if needed, format storage once, start, create the catalog topics
#   scripts/kafka/kafka.sh stop     stop cleanly (SIGTERM, then wait)
#   scripts/kafka/kafka.sh status   exit 0 when running, 3 when not
#   scripts/kafka/kafka.sh reset    stop and delete the data (topics, offsets)
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_HEAP (512m),
# KAFKA_START_TIMEOUT seconds (60), KAFKA_PARTITIONS per catalog topic (3), KAFKA_STATE_DIR for the
# data, config, log and pid (.cache/kafka; another directory and ports run a second broker, as the
# chaos test does). Needs Java 17+, Maven, npm ci.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
POM="$ROOT/scripts/kafka/pom.xml"
CACHE="$ROOT/.cache/kafka"
LIBS="$CACHE/libs"
STATE="${KAFKA_STATE_DIR:-$CACHE}"
DATA="$STATE/data"
CONF="$STATE/server.properties"
LOG4J="$STATE/log4j2.properties"
LOG="$STATE/kafka.log"
OUT="$STATE/kafka.out"
PIDFILE="$STATE/kafka.pid"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
HEAP="${KAFKA_HEAP:-512m}"
TIMEOUT="${KAFKA_START_TIMEOUT:-60}"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")"

say() { printf 'kafka: %s\n' "$*"; }
die() {
  printf 'kafka: %s\n' "$*" >&2
  exit 1
}

running_pid() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid
  pid="$(cat "$PIDFILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -q 'kafka.Kafka' "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_java() {
  command -v java >/dev/null || die "java not found: Kafka $KAFKA_VERSION needs Java 17+ (apt-get install openjdk-17-jre-headless)"
  local major
  major="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  [[ "${major:-0}" -ge 17 ]] || die "Java $major found: Kafka $KAFKA_VERSION needs Java 17+"
}

fetch_jars() {
  local marker="$LIBS/.kafka-$KAFKA_VERSION"
  [[ -f "$marker" ]] && return 0
  command -v mvn >/dev/null || die "mvn not found: it fetches the broker jars once (apt-get install maven)"
  say "fetching Kafka $KAFKA_VERSION jars with Maven into .cache/kafka/libs (once; reuses ~/.m2)"
  rm -rf "$LIBS"
  mkdir -p "$CACHE"
  if ! mvn -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies >"$CACHE/maven.log" 2>&1; then
    grep -E 'ERROR|BUILD' "$CACHE/maven.log" | tail -n 15 >&2
    die "Maven could not fetch the jars; full output in .cache/kafka/maven.log"
  fi
  touch "$marker"
}

write_config() {
  mkdir -p "$DATA" "$STATE/logs"
  cat >"$CONF" <<EOF
# Written by scripts/kafka/kafka.sh on every start: edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$DATA
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=false
delete.topic.enable=true
group.initial.rebalance.delay.ms=0
group.min.session.timeout.ms=1000
log.retention.hours=24
log.segment.bytes=16777216
EOF
  cat >"$LOG4J" <<EOF
# Everything goes to one file; nothing to the terminal.
status = error
appender.file.type = File
appender.file.name = FILE
appender.file.fileName = $LOG
appender.file.append = true
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = FILE
logger.kafka.name = kafka
logger.kafka.level = INFO
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.apache.name = org.apache.kafka
logger.apache.level = INFO
logger.state.name = state.change.logger
logger.state.level = WARN
# The per-topic and per-partition chatter and the config dumps.
logger.config.name = org.apache.kafka.common.config.AbstractConfig
logger.config.level = WARN
logger.partition.name = kafka.cluster.Partition
logger.partition.level = WARN
logger.storage.name = org.apache.kafka.storage.internals.log
logger.storage.level = WARN
logger.replication.name = org.apache.kafka.controller.ReplicationControlManager
logger.replication.level = WARN
EOF
}

JAVA_ARGS=("-Xms$HEAP" "-Xmx$HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
  "-Dlog4j2.configurationFile=file:$LOG4J" "-Dkafka.logs.dir=$STATE/logs" -cp "$LIBS/*")

format_storage() {
  [[ -f "$DATA/meta.properties" ]] && return 0
  # A Kafka Uuid: 16 random bytes, URL-safe base64 without padding.
  local cluster_id
  cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  # One id in 64 starts with "-": given as --cluster-id=ID, the tool cannot read it as an option.
  say "formatting KRaft storage in $DATA (cluster id $cluster_id)"
  java "${JAVA_ARGS[@]}" kafka.tools.StorageTool format --config "$CONF" --cluster-id="$cluster_id" --ignore-formatted \
    >>"$OUT" 2>&1 || {
    tail -n 20 "$OUT" >&2
    die "formatting failed; try: $0 reset"
  }
}

create_topics() {
  say "creating the catalog topics (idempotent)"
  [[ -x "$ROOT/node_modules/.bin/tsx" ]] || die "node_modules/.bin/tsx is missing: run 'npm ci' first"
  (cd "$ROOT" && KAFKA_BROKERS="127.0.0.1:$PORT" node_modules/.bin/tsx scripts/kafka/create-topics.ts) ||
    die "could not create the topics; the broker log is $LOG"
}

start() {
  local pid
  if pid="$(running_pid)"; then
    say "already running (pid $pid) on 127.0.0.1:$PORT"
    create_topics
    return 0
  fi
  rm -f "$PIDFILE"
  port_open "$PORT" && die "port $PORT is taken by another process; stop it or set KAFKA_PORT"
  local started=$SECONDS
  check_java
  mkdir -p "$CACHE" "$STATE"
  fetch_jars
  write_config
  format_storage
  say "starting Kafka $KAFKA_VERSION on 127.0.0.1:$PORT (controller :$CONTROLLER_PORT, heap $HEAP, log $LOG)"
  local lines=0
  if [[ -f "$LOG" ]] && (($(wc -c <"$LOG") > 10485760)); then mv -f "$LOG" "$LOG.1"; fi
  [[ -f "$LOG" ]] && lines="$(wc -l <"$LOG")"
  # setsid: the broker outlives this shell and its process group; the pid is java's own.
  local detach=()
  command -v setsid >/dev/null && detach=(setsid)
  "${detach[@]}" nohup java "${JAVA_ARGS[@]}" kafka.Kafka "$CONF" >>"$OUT" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  pid="$(cat "$PIDFILE")"
  printf 'kafka: waiting for the broker '
  for ((i = 0; i < TIMEOUT * 2; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      printf '\n'
      rm -f "$PIDFILE"
      say "the broker exited during startup; last lines of $LOG and kafka.out:"
      tail -n +"$((lines + 1))" "$LOG" 2>/dev/null | tail -n 25 >&2 || true
      tail -n 10 "$OUT" >&2 || true
      die "fix the error above, or start from empty data with: $0 reset && $0 start"
    fi
    if port_open "$PORT" && tail -n +"$((lines + 1))" "$LOG" 2>/dev/null | grep -q 'Kafka Server started'; then
      printf ' ready in %ss\n' "$((SECONDS - started))"
      create_topics
      say "running (pid $pid); KAFKA_BROKERS=127.0.0.1:$PORT; started in $((SECONDS - started))s"
      return 0
    fi
    printf '.'
    sleep 0.5
  done
  printf '\n'
  say "not ready after ${TIMEOUT}s; last lines of $LOG:"
  tail -n +"$((lines + 1))" "$LOG" 2>/dev/null | tail -n 25 >&2 || true
  die "still starting (pid $pid): check $LOG, then '$0 stop' (or raise KAFKA_START_TIMEOUT)"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PIDFILE"
    say "not running"
    return 0
  fi
  printf 'kafka: stopping (pid %s) ' "$pid"
  kill -TERM "$pid"
  for ((i = 0; i < 60; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PIDFILE"
      printf ' stopped\n'
      return 0
    fi
    printf '.'
    sleep 0.5
  done
  printf '\n'
  say "still running after 30s; killing it (the next start recovers the logs)"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    if port_open "$PORT"; then
      say "running (pid $pid) on 127.0.0.1:$PORT, Kafka $KAFKA_VERSION, data in $DATA"
    else
      say "starting or stuck (pid $pid): 127.0.0.1:$PORT does not answer yet; see $LOG"
    fi
    return 0
  fi
  say "not running (start it with: scripts/kafka/kafka.sh start)"
  return 3
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
reset)
  stop
  rm -rf "$DATA"
  say "data deleted; the next start formats a new cluster"
  ;;
*)
  echo "usage: $0 {start|stop|status|reset}" >&2
  exit 2
  ;;
esac
