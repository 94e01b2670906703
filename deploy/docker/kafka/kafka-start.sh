#!/bin/bash
# Entrypoint of the learnflow-kafka image: the environment interface of the apache/kafka image that
# the chart uses (KAFKA_FOO_BAR=x becomes foo.bar=x, CLUSTER_ID formats the log dir once).
set -euo pipefail
conf=/tmp/kafka/server.properties
mkdir -p /tmp/kafka
: >"$conf"
while IFS='=' read -r name value; do
  case "$name" in
    KAFKA_HEAP_OPTS | KAFKA_OPTS | KAFKA_JVM_PERFORMANCE_OPTS) ;;
    KAFKA_*)
      key="${name#KAFKA_}"
      key="${key,,}"
      printf '%s=%s\n' "${key//_/.}" "$value" >>"$conf"
      ;;
  esac
done < <(env)
logdir="$(sed -n 's/^log\.dirs=//p' "$conf")"
: "${logdir:?KAFKA_LOG_DIRS is required}"
: "${CLUSTER_ID:?CLUSTER_ID is required}"
mkdir -p "$logdir"
# KAFKA_HEAP_OPTS holds several JVM flags: split on spaces on purpose.
# shellcheck disable=SC2206
java=(java ${KAFKA_HEAP_OPTS:--Xmx512m} -XX:+UseG1GC -Djava.awt.headless=true
  -Dlog4j2.configurationFile=file:/opt/kafka/config/log4j2.properties -cp '/opt/kafka/libs/*')
if [[ ! -f "$logdir/meta.properties" ]]; then
  echo "kafka: formatting $logdir (cluster id $CLUSTER_ID)"
  "${java[@]}" kafka.tools.StorageTool format --config "$conf" --cluster-id "$CLUSTER_ID" --ignore-formatted
fi
echo "kafka: starting with $(wc -l <"$conf") settings from the environment"
exec "${java[@]}" kafka.Kafka "$conf"
