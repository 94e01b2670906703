#!/bin/bash
# /opt/kafka/bin/kafka-topics.sh (and any other kafka-<tool>.sh linked here): the tool's main class
# on the image's classpath, as the apache/kafka image's scripts do.
set -euo pipefail
case "$(basename "$0")" in
  kafka-topics.sh) main=org.apache.kafka.tools.TopicCommand ;;
  kafka-consumer-groups.sh) main=org.apache.kafka.tools.consumer.group.ConsumerGroupCommand ;;
  kafka-storage.sh) main=kafka.tools.StorageTool ;;
  *) echo "$(basename "$0"): not in this image" >&2; exit 2 ;;
esac
# KAFKA_HEAP_OPTS holds several JVM flags: split on spaces on purpose.
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:--Xmx256m} -Djava.awt.headless=true \
  -Dlog4j2.configurationFile=file:/opt/kafka/config/tools-log4j2.properties -cp '/opt/kafka/libs/*' "$main" "$@"
