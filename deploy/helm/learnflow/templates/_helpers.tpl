{{/* Fixed names (not the release's): the component releases of the skills find each other by them. */}}
{{- define "learnflow.labels" -}}
app.kubernetes.io/part-of: learnflow
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "learnflow.appVersion" -}}
{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "learnflow.image" -}}
{{ printf "%s:%s" .Values.image.repository (include "learnflow.appVersion" .) }}
{{- end -}}

{{- define "learnflow.codeExecutionImage" -}}
{{ printf "%s:%s" .Values.image.codeExecutionRepository (include "learnflow.appVersion" .) }}
{{- end -}}

{{/* Kafka bootstrap servers as host:port,... for the chosen mode. */}}
{{- define "learnflow.kafkaBrokers" -}}
{{- if eq .Values.kafka.mode "external" -}}
{{ required "kafka.external.brokers is required when kafka.mode=external" .Values.kafka.external.brokers }}
{{- else if eq .Values.kafka.mode "strimzi" -}}
{{ printf "learnflow-kafka-kafka-bootstrap.%s.svc.cluster.local:9092" .Release.Namespace }}
{{- else -}}
{{ printf "learnflow-kafka.%s.svc.cluster.local:9092" .Release.Namespace }}
{{- end -}}
{{- end -}}

{{/* id=http://learnflow-<id>.<namespace>.svc.cluster.local:<port>,... for every service but the gateway. */}}
{{- define "learnflow.serviceUrls" -}}
{{- $urls := list -}}
{{- range $id, $svc := .Values.services -}}
{{- if ne $id "api-gateway" -}}
{{- $urls = append $urls (printf "%s=http://learnflow-%s.%s.svc.cluster.local:%v" $id $id $.Release.Namespace $svc.port) -}}
{{- end -}}
{{- end -}}
{{ join "," $urls }}
{{- end -}}

{{/* The Secret (name, key) holding the database URL for the chosen mode. */}}
{{- define "learnflow.dbSecretName" -}}
{{- if eq .Values.postgres.mode "cnpg" -}}
learnflow-pg-app
{{- else if eq .Values.postgres.mode "external" -}}
{{ .Values.postgres.external.existingSecret | default "learnflow-db-external" }}
{{- else -}}
learnflow-postgres
{{- end -}}
{{- end -}}

{{- define "learnflow.dbSecretKey" -}}
{{- if and (eq .Values.postgres.mode "external") .Values.postgres.external.existingSecret -}}
{{ .Values.postgres.external.existingSecretKey }}
{{- else -}}
uri
{{- end -}}
{{- end -}}

{{- define "learnflow.databaseUrlEnv" -}}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "learnflow.dbSecretName" . }}
      key: {{ include "learnflow.dbSecretKey" . }}
{{- end -}}

{{- define "learnflow.appSecretName" -}}
{{ .Values.app.existingSecret | default "learnflow-app" }}
{{- end -}}

{{/* Keeps a generated value across upgrades: the existing Secret's, else a new random one. */}}
{{- define "learnflow.keptSecret" -}}
{{- $existing := lookup "v1" "Secret" .ctx.Release.Namespace .name -}}
{{- if and $existing $existing.data (hasKey $existing.data .key) -}}
{{ index $existing.data .key | b64dec }}
{{- else -}}
{{ randAlphaNum (int .length) }}
{{- end -}}
{{- end -}}

{{/* Pod-level securityContext of the app: non-root (the node user of node:20-slim), RuntimeDefault seccomp. */}}
{{- define "learnflow.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1000
runAsGroup: 1000
fsGroup: 1000
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "learnflow.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: [ALL]
{{- end -}}

{{/* Dapr sidecar annotations for one service: app id = service id = consumer group. */}}
{{- define "learnflow.daprAnnotations" -}}
dapr.io/enabled: "true"
dapr.io/app-id: {{ .id | quote }}
dapr.io/app-port: {{ .port | quote }}
dapr.io/app-protocol: http
dapr.io/config: {{ .root.Values.dapr.configName | quote }}
dapr.io/log-level: {{ .root.Values.dapr.logLevel | quote }}
dapr.io/enable-metrics: "true"
dapr.io/sidecar-cpu-request: {{ .root.Values.dapr.sidecar.cpuRequest | quote }}
dapr.io/sidecar-memory-request: {{ .root.Values.dapr.sidecar.memoryRequest | quote }}
dapr.io/sidecar-cpu-limit: {{ .root.Values.dapr.sidecar.cpuLimit | quote }}
dapr.io/sidecar-memory-limit: {{ .root.Values.dapr.sidecar.memoryLimit | quote }}
dapr.io/sidecar-seccomp-profile-type: RuntimeDefault
dapr.io/graceful-shutdown-seconds: "10"
{{- end -}}

{{/* The catalog topics (files/topics.txt, generated from packages/contracts). */}}
{{- define "learnflow.topics" -}}
{{- range .Files.Lines "files/topics.txt" }}
{{- $t := trim . }}
{{- if and $t (not (hasPrefix "#" $t)) }}
{{ $t }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "learnflow.scheduling" -}}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}
